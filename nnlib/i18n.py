"""The language of a notebook: every text nnlib shows (labels, titles, feedback, errors) in English or Chinese.

The code cells of the English and the Chinese notebook are identical, so nnlib finds the language itself:

1. ``set_language("zh-CN")`` if a cell called it;
2. otherwise the environment variable ``NNLIB_LANG`` (``en`` or ``zh-CN``);
3. otherwise the folder the kernel runs in: a notebook under ``notebooks/zh-CN/`` starts its kernel there;
4. otherwise English.
"""

import os
from pathlib import Path

LANGUAGES = ("en", "zh-CN")
_chosen: str | None = None

# key -> {language: text}. Texts may hold str.format fields.
TEXTS: dict[str, dict[str, str]] = {
    # errors
    "shape_error": {
        "en": "{name} should have shape {expected}, but it has shape {received}.",
        "zh-CN": "{name} 的形状应为 {expected}，实际却是 {received}。",
    },
    "unknown_activation": {
        "en": "Unknown activation {name!r}: choose one of {choices}.",
        "zh-CN": "未知的激活函数 {name!r}：请从 {choices} 中选择。",
    },
    "unknown_language": {
        "en": "Unknown language {name!r}: choose one of {choices}.",
        "zh-CN": "未知的语言 {name!r}：请从 {choices} 中选择。",
    },
    # plots
    "activation_of_z": {"en": "activation a = {f}(z)", "zh-CN": "激活值 a = {f}(z)"},
    "weighted_sum_z": {"en": "weighted sum z = w·a + b", "zh-CN": "加权和 z = w·a + b"},
    "neuron_title": {"en": "One neuron: {f}", "zh-CN": "一个神经元：{f}"},
    "sigmoid": {"en": "sigmoid σ", "zh-CN": "sigmoid σ（S 型函数）"},
    "relu": {"en": "ReLU", "zh-CN": "ReLU（线性整流）"},
    # widgets
    "input_a": {"en": "input a", "zh-CN": "输入 a"},
    "weight_w": {"en": "weight w", "zh-CN": "权重 w"},
    "bias_b": {"en": "bias b", "zh-CN": "偏置 b"},
    "activation_fn": {"en": "activation", "zh-CN": "激活函数"},
    "explorer_repr": {
        "en": "[explorer: run this cell to bring its sliders to life]",
        "zh-CN": "[探索器：运行这个单元格，滑块就能使用了]",
    },
    # notebook 02
    "input_image": {"en": "input a", "zh-CN": "输入 a"},
    "weights_picture": {"en": "weights w", "zh-CN": "权重 w"},
    "product_picture": {"en": "w × a, pixel by pixel", "zh-CN": "w × a（逐像素）"},
    "weight_sign_legend": {"en": "weight: vermillion < 0 < blue", "zh-CN": "权重：橙红 < 0 < 蓝"},
    "weights_w": {"en": "weights w", "zh-CN": "权重 w"},
    "positive_weights": {"en": "positive ×", "zh-CN": "正权重 ×"},
    "negative_weights": {"en": "negative ×", "zh-CN": "负权重 ×"},
    "seven": {"en": "a seven", "zh-CN": "数字 7"},
    "one": {"en": "a one", "zh-CN": "数字 1"},
    "four": {"en": "a four", "zh-CN": "数字 4"},
    "zero": {"en": "a zero", "zh-CN": "数字 0"},
    "top bar": {"en": "top bar", "zh-CN": "顶部横线"},
    "vertical stroke": {"en": "vertical stroke", "zh-CN": "竖线"},
    "left-right edge": {"en": "left-right edge", "zh-CN": "左右边缘"},
    "loop": {"en": "loop", "zh-CN": "圆圈"},
    "fires": {"en": "fires", "zh-CN": "激活"},
    "quiet": {"en": "quiet", "zh-CN": "不激活"},
    "weighted_sum_s": {"en": "weighted sum s = w₁a₁ + … + wₙaₙ", "zh-CN": "加权和 s = w₁a₁ + … + wₙaₙ"},
    "threshold_title": {"en": "b = {b:.1f}: fires when s > {s:.1f}", "zh-CN": "b = {b:.1f}：s > {s:.1f} 时激活"},
    "threshold_rule": {
        "en": "σ(s + b) > 0.5 exactly when s + b > 0, that is when s > {s:.1f}",
        "zh-CN": "σ(s + b) > 0.5 恰好当 s + b > 0，也就是 s > {s:.1f}",
    },
    "contributions_title": {"en": "each term's share of z", "zh-CN": "每一项对 z 的贡献"},
    # notebook 03
    "layer_diagram_title": {"en": "a⁽⁰⁾ → a⁽¹⁾ = σ(W a⁽⁰⁾ + b)", "zh-CN": "a⁽⁰⁾ → a⁽¹⁾ = σ(W a⁽⁰⁾ + b)"},
    "matrix_title": {"en": "W as in the video: one row per neuron", "zh-CN": "视频中的 W：每个神经元一行"},
    "neuron_n": {"en": "neuron {n}", "zh-CN": "神经元 {n}"},
    "neuron_pick": {"en": "neuron", "zh-CN": "神经元"},
    "weights_word": {"en": "weights", "zh-CN": "权重"},
    "biases_word": {"en": "biases", "zh-CN": "偏置"},
    "total_word": {"en": "parameters in all", "zh-CN": "参数总数"},
    "count_word": {"en": "how many", "zh-CN": "数量"},
    "hidden_n": {"en": "hidden {n}", "zh-CN": "隐藏层 {n}"},
    # checks
    "check_ok": {"en": "Correct!", "zh-CN": "正确！"},
    "check_not_yet": {"en": "Not yet: ", "zh-CN": "还不对："},
    "check_fill_in": {
        "en": "replace the ... in `{name}` with your answer, then run the cell again.",
        "zh-CN": "把 `{name}` 里的 ... 换成你的答案，再运行这个单元格。",
    },
    "check_not_number": {
        "en": "`{name}` should be a number, but it is {value!r}.",
        "zh-CN": "`{name}` 应该是一个数，但它是 {value!r}。",
    },
    "check_not_callable": {
        "en": "`{name}` should be a function that takes z, but it is {value!r}.",
        "zh-CN": "`{name}` 应该是一个以 z 为参数的函数，但它是 {value!r}。",
    },
    "check_raised": {
        "en": "`{name}({arg})` raised {error}.",
        "zh-CN": "`{name}({arg})` 抛出了异常 {error}。",
    },
    "check_wrong_value": {
        "en": "`{name}({arg})` returned {got}, but it should return {want}. {hint}",
        "zh-CN": "`{name}({arg})` 返回了 {got}，正确结果是 {want}。{hint}",
    },
    "hint_relu_negative": {
        "en": "ReLU turns every negative z into 0.",
        "zh-CN": "ReLU 会把所有负的 z 变成 0。",
    },
    "hint_relu_positive": {
        "en": "ReLU lets every positive z through unchanged.",
        "zh-CN": "ReLU 让正的 z 原样通过。",
    },
    "hint_relu_array": {
        "en": "It must work on a whole array at once: try np.maximum.",
        "zh-CN": "它必须能一次处理整个数组：试试 np.maximum。",
    },
    "check_off_neuron": {
        "en": "with input a = 0 the neuron gives {low:.3f} (should be at most {low_max}) "
        "and with a = 1 it gives {high:.3f} (should be at least {high_min}). {hint}",
        "zh-CN": "输入 a = 0 时神经元输出 {low:.3f}（应不超过 {low_max}），"
        "a = 1 时输出 {high:.3f}（应至少为 {high_min}）。{hint}",
    },
    "hint_off_bias": {
        "en": "With a = 0 only the bias counts: z = b. Which b gives σ(b) ≈ 0.1?",
        "zh-CN": "a = 0 时只有偏置起作用：z = b。哪个 b 使 σ(b) ≈ 0.1？",
    },
    "hint_off_weight": {
        "en": "With a = 1, z = w + b: make w large enough to lift z well above 0.",
        "zh-CN": "a = 1 时 z = w + b：让 w 足够大，把 z 抬到 0 以上足够远。",
    },
    "check_half_point": {
        "en": "σ({value}) = {got:.3f}, not 0.5. Look at the curve: where does it cross 0.5?",
        "zh-CN": "σ({value}) = {got:.3f}，不是 0.5。看看曲线：它在哪里穿过 0.5？",
    },
}


TEXTS |= {
    "check_not_array": {
        "en": "`{name}` should be an array of numbers, but it is {value!r}.",
        "zh-CN": "`{name}` 应该是一个数值数组，但它是 {value!r}。",
    },
    "check_shape": {
        "en": "`{name}` should have shape {expected}, but it has shape {received}.",
        "zh-CN": "`{name}` 的形状应为 {expected}，实际是 {received}。",
    },
    "check_threshold": {
        "en": "with b = {b:g} the neuron fires for weighted sums above {s:g}, not above 10.",
        "zh-CN": "b = {b:g} 时，神经元在加权和超过 {s:g} 时激活，而不是超过 10 时。",
    },
    "check_weighted_sum": {
        "en": "{got:g} is not w₁a₁ + w₂a₂ + w₃a₃ + b. Multiply each weight by its input, add them up, then add b "
        "(np.dot(w, a) + b).",
        "zh-CN": "{got:g} 不等于 w₁a₁ + w₂a₂ + w₃a₃ + b。"
        "把每个权重乘以对应的输入，相加，再加上 b（np.dot(w, a) + b）。",
    },
    "check_top_stroke": {
        "en": "the weighted sums are {listing}. The top bar must score at least 1 more than any of a one, a four "
        "and a zero, and above 0; now {other} comes too close. Positive weights along the top rows, negative "
        "ones where the other digits have ink, help.",
        "zh-CN": "各图像的加权和为 {listing}。顶部横线的得分必须大于 0，并且比数字 1、4、0 都至少高 1；"
        "现在{other}的得分太接近了。在顶部几行放正权重，在其他数字有笔画的地方放负权重，会有帮助。",
    },
    "check_params": {
        "en": "{got} is not the number of parameters of 784-32-10. Count the weights of each layer (n_in × n_out) "
        "and its biases (n_out), then add everything up.",
        "zh-CN": "{got} 不是 784-32-10 网络的参数个数。"
        "分别数出每一层的权重（n_in × n_out）和偏置（n_out），再全部相加。",
    },
    "check_params_biases": {
        "en": "that is the number of weights only: every neuron of a layer also has a bias.",
        "zh-CN": "这只是权重的个数：每层的每个神经元还有一个偏置。",
    },
    "check_layer_output": {"en": "A does not equal σ(X @ W + b). {hint}", "zh-CN": "A 不等于 σ(X @ W + b)。{hint}"},
    "hint_forgot_sigmoid": {
        "en": "You have Z = X @ W + b: apply the sigmoid to it.",
        "zh-CN": "你得到的是 Z = X @ W + b：还要再套上 sigmoid。",
    },
    "hint_layer_order": {
        "en": "Multiply X (one example per row) by W, add b, then take σ.",
        "zh-CN": "先用 X（每行一个样本）乘以 W，再加上 b，最后取 σ。",
    },
}


def set_language(language: str | None) -> None:
    """Choose the language of every text nnlib shows; ``None`` goes back to finding it itself."""
    global _chosen
    if language is not None and language not in LANGUAGES:
        raise ValueError(TEXTS["unknown_language"]["en"].format(name=language, choices=LANGUAGES))
    _chosen = language


def language() -> str:
    """The language in use: ``"en"`` or ``"zh-CN"`` (see the module's docstring for how it is found)."""
    if _chosen is not None:
        return _chosen
    env = os.environ.get("NNLIB_LANG")
    if env in LANGUAGES:
        return env
    for place in (os.environ.get("JPY_SESSION_NAME", ""), str(Path.cwd())):
        if "zh-CN" in Path(place).parts:
            return "zh-CN"
    return "en"


def t(key: str, **fields: object) -> str:
    """The text ``key`` in the current language, with ``fields`` filled in."""
    return TEXTS[key][language()].format(**fields)
