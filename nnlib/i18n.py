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
    "sigmoid": {"en": "sigmoid σ", "zh-CN": "sigmoid σ"},
    "relu": {"en": "ReLU", "zh-CN": "ReLU"},
    # widgets
    "input_a": {"en": "input a", "zh-CN": "输入 a"},
    "weight_w": {"en": "weight w", "zh-CN": "权重 w"},
    "bias_b": {"en": "bias b", "zh-CN": "偏置 b"},
    "activation_fn": {"en": "activation", "zh-CN": "激活函数"},
    "explorer_repr": {
        "en": "[explorer: run this cell to bring its sliders to life]",
        "zh-CN": "[探索器：运行这个单元格，滑块就能使用了]",
    },
    "pad_repr": {
        "en": "[drawing pad: run this cell to draw a digit for the network]",
        "zh-CN": "[画板：运行这个单元格，就能画一个数字给网络看]",
    },
    "curves_repr": {
        "en": "[training curves: cost and accuracy after each epoch]",
        "zh-CN": "[训练曲线：每一轮之后的代价和准确率]",
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


TEXTS |= {
    "idx_short": {"en": "{name}: only {size} bytes, too short for an IDX header.",
                  "zh-CN": "{name}：只有 {size} 字节，不足一个 IDX 文件头。"},
    "idx_magic": {"en": "{name}: magic number {magic}, expected {expected}: not an MNIST IDX file of this kind.",
                  "zh-CN": "{name}：魔数为 {magic}，应为 {expected}：不是这种 MNIST IDX 文件。"},
    "idx_dims": {"en": "{name}: images of shape {dims}, expected (n, 28, 28).",
                 "zh-CN": "{name}：图像形状为 {dims}，应为 (n, 28, 28)。"},
    "idx_length": {"en": "{name}: {size} bytes, but its header announces {expected}: the file is truncated or corrupt.",
                   "zh-CN": "{name}：文件有 {size} 字节，但文件头声明应有 {expected} 字节：文件不完整或已损坏。"},
    "idx_mismatch": {"en": "{name}: {images} images but {labels} labels.",
                     "zh-CN": "{name}：有 {images} 张图像，却有 {labels} 个标签。"},
    "gzip_broken": {"en": "{name}: not a valid gzip file ({error}).",
                    "zh-CN": "{name}：不是有效的 gzip 文件（{error}）。"},
    "checksum_wrong": {"en": "{name}: wrong SHA-256 (from {url}).",
                       "zh-CN": "{name}：SHA-256 校验失败（来自 {url}）。"},
    "download_failed": {"en": "could not download {name}: {problems}", "zh-CN": "无法下载 {name}：{problems}"},
    "downloading": {"en": "Downloading MNIST", "zh-CN": "正在下载 MNIST"},
    "training": {"en": "Training", "zh-CN": "训练中"},
    "loss_word": {"en": "cost", "zh-CN": "代价"},
    "input_784": {"en": "input: 784 pixels", "zh-CN": "输入：784 个像素"},
    "hidden_short": {"en": "h{n}", "zh-CN": "隐{n}"},
    "output_10": {"en": "output: 10 neurons", "zh-CN": "输出：10 个神经元"},
    "answer_is": {"en": "answer: {digit}", "zh-CN": "答案：{digit}"},
    "answer_line": {"en": "answer: <b>{digit}</b> (output {confidence:.3f})",
                    "zh-CN": "答案：<b>{digit}</b>（输出 {confidence:.3f}）"},
    "label_line": {"en": "label: <b>{digit}</b>", "zh-CN": "标签：<b>{digit}</b>"},
    "digit_number": {"en": "digit no.", "zh-CN": "第几个"},
    "clear": {"en": "Clear", "zh-CN": "清除"},
    "draw_here": {"en": "Draw a digit here with the mouse.", "zh-CN": "用鼠标在这里写一个数字。"},
    "train_word": {"en": "training digits", "zh-CN": "训练集"},
    "test_word": {"en": "test digits", "zh-CN": "测试集"},
    "epoch_word": {"en": "epoch", "zh-CN": "轮次"},
    "accuracy_word": {"en": "accuracy", "zh-CN": "准确率"},
    "hoped_title": {"en": "what we might hope for: strokes and loops", "zh-CN": "我们期望的：笔画和圆圈"},
    "learned_title": {"en": "what training produced: the 16 weight images of hidden layer 1",
                      "zh-CN": "训练得到的：第 1 个隐藏层的 16 张权重图"},
    "answer_word": {"en": "the network's answer", "zh-CN": "网络的答案"},
    "label_word": {"en": "label (the true digit)", "zh-CN": "标签（真实数字）"},
    "input_28": {"en": "input 28 × 28", "zh-CN": "输入 28 × 28"},
    "kernel_3": {"en": "kernel 3 × 3", "zh-CN": "卷积核 3 × 3"},
    "feature_map": {"en": "feature map 26 × 26", "zh-CN": "特征图 26 × 26"},
    "after_relu": {"en": "after ReLU", "zh-CN": "经过 ReLU"},
    "after_pool": {"en": "after max-pool 13 × 13", "zh-CN": "最大池化后 13 × 13"},
    "kernel_word": {"en": "kernel", "zh-CN": "卷积核"},
    "vertical edge": {"en": "vertical edge", "zh-CN": "竖直边缘"},
    "horizontal edge": {"en": "horizontal edge", "zh-CN": "水平边缘"},
    "diagonal edge": {"en": "diagonal edge", "zh-CN": "斜向边缘"},
    "blur": {"en": "blur", "zh-CN": "模糊"},
    "sharpen": {"en": "sharpen", "zh-CN": "锐化"},
    "custom": {"en": "custom (sliders)", "zh-CN": "自定义（滑块）"},
    "map_range": {"en": "feature map from <b>{low:.2f}</b> to <b>{high:.2f}</b>",
                  "zh-CN": "特征图取值从 <b>{low:.2f}</b> 到 <b>{high:.2f}</b>"},
    "relu_share": {"en": "positive after ReLU: <b>{share:.0f}%</b> of the pixels",
                   "zh-CN": "ReLU 之后为正的像素：<b>{share:.0f}%</b>"},
    "pool_size": {"en": "max-pool: {before} → {after}", "zh-CN": "最大池化：{before} → {after}"},
    "learned_kernels": {"en": "the 8 kernels the first layer learned", "zh-CN": "第一层学到的 8 个卷积核"},
    "layer1_maps": {"en": "layer 1: 8 feature maps (edges)", "zh-CN": "第 1 层：8 张特征图（边缘）"},
    "layer2_maps": {"en": "layer 2: 16 feature maps (strokes and arcs)", "zh-CN": "第 2 层：16 张特征图（笔画和弧线）"},
    "offline_chosen": {"en": "offline use was asked for", "zh-CN": "已选择离线使用"},
    "source_cache": {
        "en": "MNIST: the full set from the cache in {where} ({n_train:,} training + {n_test:,} test digits).",
        "zh-CN": "MNIST：使用 {where} 中缓存的完整数据集（{n_train:,} 个训练样本 + {n_test:,} 个测试样本）。",
    },
    "source_download": {
        "en": "MNIST: the full set, downloaded into {where} ({n_train:,} training + {n_test:,} test digits).",
        "zh-CN": "MNIST：已下载完整数据集到 {where}（{n_train:,} 个训练样本 + {n_test:,} 个测试样本）。",
    },
    "source_bundled": {
        "en": "MNIST: the bundled offline set of real digits ({n_train:,} training + {n_test:,} test), "
        "because {reason}.",
        "zh-CN": "MNIST：使用随附的离线真实手写数字（{n_train:,} 个训练样本 + {n_test:,} 个测试样本），"
        "原因：{reason}。",
    },
}


TEXTS |= {
    "check_accuracy_percent": {
        "en": "{got:g} is a percentage; give the share as a number between 0 and 1 ({want:.4f}).",
        "zh-CN": "{got:g} 是百分数；请给出 0 到 1 之间的比例（{want:.4f}）。",
    },
    "check_accuracy": {
        "en": "{got:g} is not the share of correct answers: compare net.predict(X_test) with test_labels, "
        "then take the mean.",
        "zh-CN": "{got:g} 不是答对的比例：把 net.predict(X_test) 与 test_labels 比较，再取平均值。",
    },
    "check_pair_form": {
        "en": "give the pair as (label, prediction), e.g. (4, 9); got {value!r}.",
        "zh-CN": "请以 (标签, 预测) 的形式给出，例如 (4, 9)；你给的是 {value!r}。",
    },
    "check_pair_diagonal": {
        "en": "the diagonal counts the correct answers: look off the diagonal.",
        "zh-CN": "对角线上是答对的数量：请看对角线以外的格子。",
    },
    "check_pair_count": {
        "en": "C[{label}, {prediction}] = {count}, but another cell off the diagonal counts {more}.",
        "zh-CN": "C[{label}, {prediction}] = {count}，但对角线以外还有一个格子是 {more}。",
    },
    "check_modern_kind": {
        "en": "this network has hidden={hidden!r} and output={output!r}; the modern choice is hidden='relu', "
        "output='softmax'.",
        "zh-CN": "这个网络的 hidden={hidden!r}、output={output!r}；现代的选择是 hidden='relu'、output='softmax'。",
    },
    "check_modern_accuracy": {
        "en": "it gets {got:.1f}% of the test digits right; train it until it reaches 90% (more epochs, or a "
        "learning rate around 0.1).",
        "zh-CN": "它在测试集上的准确率是 {got:.1f}%；继续训练直到达到 90%（增加轮次，或把学习率设为 0.1 左右）。",
    },
}


TEXTS |= {
    "check_shapes_form": {
        "en": "give two shapes, ((rows, columns) after the convolution, (rows, columns) after the pooling); "
        "got {value!r}.",
        "zh-CN": "请给出两个形状：（卷积后的 (行, 列)，池化后的 (行, 列)）；你给的是 {value!r}。",
    },
    "check_conv_shape": {
        "en": "after the convolution the map is not {got}: a 3 × 3 kernel fits in 28 − 3 + 1 positions per row.",
        "zh-CN": "卷积后的特征图不是 {got}：3 × 3 的卷积核在每行只能放 28 − 3 + 1 个位置。",
    },
    "check_pool_shape": {
        "en": "after 2 × 2 max-pooling the map is not {got}: pooling halves each side.",
        "zh-CN": "2 × 2 最大池化后不是 {got}：池化让每条边减半。",
    },
    "check_conv_pixel": {
        "en": "{got:g} is not the feature map at ({row}, {col}): multiply the kernel with the 3 × 3 patch "
        "image[{row}:{row}+3, {col}:{col}+3] element by element, then add everything up.",
        "zh-CN": "{got:g} 不是特征图在 ({row}, {col}) 处的值：把卷积核与 3 × 3 的小块 "
        "image[{row}:{row}+3, {col}:{col}+3] 逐元素相乘，再全部相加。",
    },
    "check_top_bar_kernel": {
        "en": "after ReLU your kernel gives at most {bar:.2f} on the top bar and {one:.2f} on the 1; the bar needs "
        "at least 1 more. Positive weights in a row, negative ones above and below it, find horizontal lines.",
        "zh-CN": "经过 ReLU 后，你的卷积核在顶部横线上最大为 {bar:.2f}，在数字 1 上为 {one:.2f}；横线需要至少高 1。"
        "一行正权重、上下两行负权重，可以找出水平线。",
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
