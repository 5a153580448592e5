"""The language of a notebook: every text nnlib shows (labels, titles, feedback, errors) in English or Chinese.

The code cells of the English and the Chinese notebook are identical, so nnlib finds the language itself:

1. ``set_language("zh-CN")`` if a cell called it;
2. otherwise the environment variable ``NNLIB_LANG`` (``en`` or ``zh-CN``, in any usual spelling: ``zh``,
   ``zh_CN``, ``zh-cn``, ``zh-Hans``, ``en_US`` ...; an unknown value is ignored with one warning);
3. otherwise the folder the kernel runs in: a notebook under ``notebooks/zh-CN/`` starts its kernel there;
4. otherwise English.
"""

import os
import warnings
from pathlib import Path

LANGUAGES = ("en", "zh-CN")
_chosen: str | None = None
_warned: set = set()

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
        "zh-CN": "σ(s + b) > 0.5 当且仅当 s + b > 0，也就是 s > {s:.1f}",
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
    "check_leaky_value": {
        "en": "`leaky_relu({arg})` returned {got}, which is not what a leaky ReLU gives. {hint}",
        "zh-CN": "`leaky_relu({arg})` 返回了 {got}，这不是带泄漏的 ReLU 应有的结果。{hint}",
    },
    "check_leaky_shape": {
        "en": "`leaky_relu({arg})` returned shape {got}; it should keep the shape of z, {want}: one output per input.",
        "zh-CN": "`leaky_relu({arg})` 返回的形状是 {got}；它应当保持 z 的形状 {want}：每个输入对应一个输出。",
    },
    "hint_leaky_negative": {
        "en": "For z ≤ 0 a leaky ReLU does not give 0: it lets a tenth of z through.",
        "zh-CN": "z ≤ 0 时，带泄漏的 ReLU 不输出 0，而是让 z 的十分之一通过。",
    },
    "hint_leaky_positive": {
        "en": "For z > 0 a leaky ReLU is just like ReLU.",
        "zh-CN": "z > 0 时，带泄漏的 ReLU 和 ReLU 完全一样。",
    },
    "hint_leaky_array": {
        "en": "It must work on a whole array at once, choosing element by element: `if` cannot do that, "
        "but a NumPy function that picks from two arrays by a condition can.",
        "zh-CN": "它必须能一次处理整个数组，逐元素地做选择：`if` 做不到，"
        "但 NumPy 里有按条件从两个数组中挑选元素的函数。",
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
    "check_half_input": {
        "en": "at a = {value:g}, z = 2a − 3 = {z:g} and σ(z) = {got:.3f}, not 0.5. At which z does the sigmoid "
        "give exactly 0.5? Then find the a that makes 2a − 3 equal to it.",
        "zh-CN": "a = {value:g} 时，z = 2a − 3 = {z:g}，σ(z) = {got:.3f}，不是 0.5。sigmoid 在哪个 z 处恰好等于 0.5？"
        "再找出让 2a − 3 等于这个 z 的 a。",
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
    "check_threshold_input": {
        "en": "with b = {b:g} the neuron fires for inputs a above {a:g}, not above 3. σ(z) > 0.5 exactly when "
        "z > 0: for which a is 2a + b > 0?",
        "zh-CN": "b = {b:g} 时，神经元在输入 a 大于 {a:g} 时激活，而不是大于 3 时。σ(z) > 0.5 当且仅当 z > 0："
        "a 取哪些值时 2a + b > 0？",
    },
    "check_zero_weight": {
        "en": "with w₂ = {w2:g}, z = {z:g}, not 0. Which term of z does w₂ change, and by how much for each 1 you "
        "add to w₂?",
        "zh-CN": "w₂ = {w2:g} 时，z = {z:g}，不是 0。w₂ 改变的是 z 的哪一项？w₂ 每增加 1，z 变化多少？",
    },
    "check_bottom_bar": {
        "en": "the weighted sums are {listing}. The bottom bar must score above 0 and at least 1 more than every "
        "other image; now {other} comes too close. Which pixels does the bottom bar ink that the others leave "
        "blank, and which do the others ink?",
        "zh-CN": "各图像的加权和为 {listing}。底部横线的得分必须大于 0，并且比其他每张图像都至少高 1；"
        "现在{other}的得分太接近了。底部横线涂黑了哪些别的图像空着的像素？别的图像又涂黑了哪些像素？",
    },
    "bottom bar": {"en": "bottom bar", "zh-CN": "底部横线"},
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
    "epoch_of": {"en": "epoch {k}/{n}", "zh-CN": "第 {k}/{n} 轮"},
    "time_left": {"en": "about {time} left", "zh-CN": "大约还需 {time}"},
    "time_done": {"en": "done in {time}", "zh-CN": "用时 {time}"},
    "seconds": {"en": "{s} s", "zh-CN": "{s} 秒"},
    "minutes": {"en": "{m} min {s} s", "zh-CN": "{m} 分 {s} 秒"},
    "input_784": {"en": "input: 784 pixels", "zh-CN": "输入：784 个像素"},
    "hidden_short": {"en": "h{n}", "zh-CN": "隐藏层 {n}"},
    "output_10": {"en": "output: 10 neurons", "zh-CN": "输出：10 个神经元"},
    "answer_is": {"en": "answer: {digit}", "zh-CN": "答案：{digit}"},
    "answer_line": {"en": "answer: <b>{digit}</b> (output {confidence:.3f})",
                    "zh-CN": "答案：<b>{digit}</b>（输出 {confidence:.3f}）"},
    "label_line": {"en": "label: <b>{digit}</b>", "zh-CN": "标签：<b>{digit}</b>"},
    "digit_number": {"en": "digit no.", "zh-CN": "样本序号"},
    "clear": {"en": "Clear", "zh-CN": "清除"},
    "draw_here": {"en": "Draw a digit here with the mouse.", "zh-CN": "用鼠标在这里写一个数字。"},
    "train_word": {"en": "training digits", "zh-CN": "训练集"},
    "test_word": {"en": "test digits", "zh-CN": "测试集"},
    "epoch_word": {"en": "epoch", "zh-CN": "轮次"},
    "accuracy_word": {"en": "accuracy", "zh-CN": "准确率"},
    "hoped_title": {"en": "what we hoped for: the 16 little edges of section 3",
                    "zh-CN": "我们期望的：第 3 节的 16 条小边缘"},
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
    "learned_kernels": {"en": "the first layer's 8 kernels after training", "zh-CN": "训练后第一层的 8 个卷积核"},
    "layer1_maps": {"en": "layer 1: 8 feature maps before ReLU (blue: the kernel's edge; vermillion: the opposite "
                          "edge)",
                    "zh-CN": "第 1 层：ReLU 之前的 8 张特征图（蓝色：卷积核要找的边缘；橙红色：相反的边缘）"},
    "layer2_maps": {"en": "layer 2: 16 feature maps (larger pieces)", "zh-CN": "第 2 层：16 张特征图（更大的部件）"},
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
        "en": "{got:g} looks like a percentage; give the share as a number between 0 and 1.",
        "zh-CN": "{got:g} 看起来是百分数；请给出 0 到 1 之间的比例。",
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
        "en": "after the convolution the map is not {got}. In how many positions does a {k} × {k} window fit "
        "along a row of {n} pixels? Count them for a 3 × 3 kernel first, and compare with section 3.",
        "zh-CN": "卷积后的特征图不是 {got}。一个 {k} × {k} 的窗口在一行 {n} 个像素上能放在多少个位置？"
        "先数一数 3 × 3 卷积核的情况，再和第 3 节对照。",
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
    "check_line_kernel": {
        "en": "after ReLU your kernel gives at most {bar:.2f} on the top bar and, on the others, {listing}; the "
        "bar needs at least 1.5 times each of them (and more than 0). {hint}",
        "zh-CN": "经过 ReLU 后，你的卷积核在顶部横线上最大为 {bar:.2f}，在其他图像上分别为 {listing}；"
        "横线的响应必须大于 0，并且至少是其他每一个的 1.5 倍。{hint}",
    },
    "hint_line_one": {
        "en": "A vertical stroke answers too: what should the weights do to ink in the middle column alone?",
        "zh-CN": "竖直笔画的响应也太强了：只有中间一列有墨迹时，权重应当怎样对待它？",
    },
    "hint_line_edge": {
        "en": "An edge (ink on one side only) answers too: a thin line has paper on both sides. What should the "
        "weights above and below the line's row do to ink?",
        "zh-CN": "边缘（只有一侧有墨迹）的响应也太强了：细线的两侧都是白纸。"
        "那么这一行上方和下方的权重应当怎样对待墨迹？",
    },
    "upper half": {"en": "the upper half inked", "zh-CN": "上半部涂黑"},
    "lower half": {"en": "the lower half inked", "zh-CN": "下半部涂黑"},
}


# Notebook 05: the sliding windows, the pooled maps of a moved digit, the comparison table
TEXTS |= {
    "window_position": {"en": "position", "zh-CN": "位置"},
    "patch_9": {"en": "the 9 pixels a", "zh-CN": "9 个像素 a"},
    "products_9": {"en": "K × a", "zh-CN": "K × a"},
    "window_at": {"en": "window at row {row}, column {col} (position {k} of {n})",
                  "zh-CN": "窗口位于第 {row} 行、第 {col} 列（第 {k} 个位置，共 {n} 个）"},
    "window_sum": {"en": "the sum <b>{total}</b> is the feature map at ({row}, {col})",
                   "zh-CN": "总和 <b>{total}</b> 就是特征图在 ({row}, {col}) 处的值"},
    "after_relu_26": {"en": "feature map after ReLU 26 × 26", "zh-CN": "经过 ReLU 的特征图 26 × 26"},
    "block_4": {"en": "the 2 × 2 block", "zh-CN": "2 × 2 方块"},
    "block_at": {"en": "block at rows {row}–{row_end}, columns {col}–{col_end} (block {k} of {n})",
                 "zh-CN": "方块位于第 {row}–{row_end} 行、第 {col}–{col_end} 列（第 {k} 块，共 {n} 块）"},
    "pooled_at": {"en": "→ the pooled map at ({row}, {col})", "zh-CN": "→ 池化后特征图在 ({row}, {col}) 处的值"},
    "block_max": {"en": "max = {value}", "zh-CN": "最大值 = {value}"},
    "block_max_of": {"en": "max({values}) = <b>{max}</b>", "zh-CN": "{values} 中的最大值 = <b>{max}</b>"},
    "by_hand_line": {"en": "one output pixel by hand: {by_hand:.3f}; nl.conv2d there: {conv:.3f}",
                     "zh-CN": "手算的一个输出像素：{by_hand:.3f}；nl.conv2d 在该处的值：{conv:.3f}"},
    "shapes_line": {"en": "shapes: {before} -> {after}", "zh-CN": "形状：{before} -> {after}"},
    "shift_line": {"en": "moved {dx} px: {map:.0f}% of the lit pixels of the feature map changed, "
                         "{pooled:.0f}% of the pooled map",
                   "zh-CN": "移动 {dx} 个像素：特征图中亮的像素有 {map:.0f}% 变了，"
                            "池化后的特征图有 {pooled:.0f}% 变了"},
    "shift_back": {"en": "moved 2 px, the pooled map moved back by one cell: {share:.0f}% changed",
                   "zh-CN": "移动 2 个像素后，把池化后的特征图挪回一格：{share:.0f}% 变了"},
    "moved_px": {"en": "moved {dx} px", "zh-CN": "移动 {dx} 个像素"},
    "pooled_maps_title": {"en": "pooled maps 13 × 13", "zh-CN": "池化后 13 × 13"},
    "trained_in": {"en": "trained in {seconds:.1f} s", "zh-CN": "训练用时 {seconds:.1f} 秒"},
    "cnn_accuracy": {"en": "CNN test accuracy: {acc:.1f}%", "zh-CN": "CNN 的测试准确率：{acc:.1f}%"},
    "kernel_change": {"en": "each first-layer kernel after training against its start (correlation, 1 = unchanged): "
                            "{values}",
                      "zh-CN": "训练后第一层每个卷积核与起点的相关系数（1 = 没有变化）：{values}"},
    "stored_file_changed": {"en": "{name} is not the file nnlib was shipped with (its SHA-256 differs): it was changed "
                            "or damaged. Restore it ({path}) from the repository or reinstall nnlib.",
                            "zh-CN": "{name} 不是 nnlib 附带的那个文件（SHA-256 不符）：它被改动或损坏了。"
                            "请从代码仓库恢复它（{path}），或者重新安装 nnlib。"},
    "random_run_facts": {"en": "random start, trained by the script: {epochs} epochs on the {n:,} bundled training "
                         "digits, {seconds:.0f} s; test accuracy {acc:.1f}% (the hand start, trained the same way: "
                         "{hand:.1f}%)",
                         "zh-CN": "随机起点，由脚本训练：在自带的 {n:,} 个训练数字上训练 {epochs} 轮，"
                         "用时 {seconds:.0f} 秒；测试准确率 {acc:.1f}%（手工起点用同样的方式训练：{hand:.1f}%）"},
    "short_run_facts": {"en": "this notebook's settings ({n:,} digits, {epochs} epochs), measured by the script on the "
                        "bundled digits: random start {random:.1f}%, hand start {hand:.1f}%",
                        "zh-CN": "用这个笔记本的设置（{n:,} 个数字，{epochs} 轮），由脚本在自带的数字上测得："
                        "随机起点 {random:.1f}%，手工起点 {hand:.1f}%"},
    "resemblance_learned": {"en": "learned from a random start, best |correlation| with a hand kernel: {values} "
                            "(mean {mean:.2f})",
                            "zh-CN": "从随机起点学到的卷积核，与手工卷积核的最大 |相关系数|："
                            "{values}（平均 {mean:.2f}）"},
    "resemblance_start": {"en": "the same 8 kernels before training: {values} (mean {mean:.2f})",
                          "zh-CN": "同样 8 个卷积核在训练之前：{values}（平均 {mean:.2f}）"},
    "resemblance_random": {"en": "baseline, {n:,} random 3 × 3 kernels: median {median:.2f}, 9 in 10 below "
                           "{p90:.2f}",
                           "zh-CN": "基准：{n:,} 个随机的 3 × 3 卷积核，中位数 {median:.2f}，"
                           "十个中有九个低于 {p90:.2f}"},
    "kernels_side_by_side": {"en": "top: the hand start; bottom: learned from a random start (its resemblance above "
                             "each)",
                             "zh-CN": "上排：手工起点；下排：从随机起点学到的卷积核（上方是它的相似度）"},
    "hand_kernel_title": {"en": "hand {k}", "zh-CN": "手工 {k}"},
    "scaled_weight_bar": {"en": "weight ÷ largest |weight|", "zh-CN": "权重 ÷ 最大 |权重|"},
    "layer_shapes": {"en": "layer 1: {first}  layer 2: {second}", "zh-CN": "第 1 层：{first}  第 2 层：{second}"},
    "map_peaks": {"en": "the largest value of each layer-1 map: {values}",
                  "zh-CN": "第 1 层每张特征图的最大值：{values}"},
    "outputs_line": {"en": "outputs: {values} -> answer: {answer}", "zh-CN": "输出：{values} -> 答案：{answer}"},
    "comparison_header": {"en": "| network | test digits | moved 3 px | parameters | training |",
                          "zh-CN": "| 网络 | 测试数字 | 平移 3 个像素 | 参数 | 训练用时 |"},
    "mlp_video": {"en": "MLP as in the video (sigmoid, quadratic cost)", "zh-CN": "视频里的 MLP（sigmoid，二次代价）"},
    "mlp_modern": {"en": "modern MLP (ReLU, softmax, cross-entropy)", "zh-CN": "现代的 MLP（ReLU、softmax、交叉熵）"},
    "cnn": {"en": "CNN (8 + 16 kernels, trained the modern way)", "zh-CN": "CNN（8 + 16 个卷积核，现代训练方式）"},
    "check_brightest_form": {
        "en": "give the position as (row, column), two whole numbers from 0 to 25; got {value!r}.",
        "zh-CN": "请以 (行, 列) 的形式给出位置，两个 0 到 25 之间的整数；你给的是 {value!r}。",
    },
    "check_brightest_kernel": {
        "en": "K_top does not respond to this 7 at all (its largest value is {peak:.2f}): solve exercise 3 first.",
        "zh-CN": "K_top 对这个 7 完全没有响应（最大值为 {peak:.2f}）：请先完成练习 3。",
    },
    "check_brightest": {
        "en": "at {guess} the map is {got:.2f}, only {share:.0f}% of its largest value. Look at what lies under "
              "the 3 × 3 window whose top-left corner is at {guess}: is it the thing your kernel's positive "
              "weights are looking for, with paper where its negative weights are?",
        "zh-CN": "特征图在 {guess} 处的值是 {got:.2f}，只有最大值的 {share:.0f}%。看看左上角在 {guess} 的那个 "
                 "3 × 3 窗口下面是什么：正权重要找的东西在不在那里？负权重所在的地方是不是白纸？",
    },
    "check_moves_form": {
        "en": "give two whole numbers of cells, (after a 2-pixel move, after a 4-pixel move); got {value!r}.",
        "zh-CN": "请给出两个整数格数：（移动 2 个像素后，移动 4 个像素后）；你给的是 {value!r}。",
    },
    "check_moves_first": {
        "en": "{got} cells is not the move of the 13 × 13 map: a 2 × 2 pool turns every 2 pixels into 1 cell.",
        "zh-CN": "13 × 13 的特征图移动的不是 {got} 格：2 × 2 池化把每 2 个像素变成 1 格。",
    },
    "check_moves_second": {
        "en": "{got} cells is not the move of the 5 × 5 map: the convolution keeps a move as it is, and each "
              "pooling halves it (4 px → 2 cells → ?).",
        "zh-CN": "5 × 5 的特征图移动的不是 {got} 格：卷积保持移动的距离不变，每次池化把它减半（4 个像素 → 2 格 → ?）。",
    },
}


# Learner-proofing (issue 13): self-checks that never accept a wrong answer, inputs checked at nnlib's boundary.
TEXTS |= {
    "check_not_finite": {
        "en": "`{name}` is {value!r}, not a real number (nan means 'not a number'): look at how it was computed.",
        "zh-CN": "`{name}` 是 {value!r}，不是一个实数（nan 表示“不是数”）：检查一下它是怎么算出来的。",
    },
    "check_not_whole": {
        "en": "`{name}` should be a whole number, but it is {value!r}.",
        "zh-CN": "`{name}` 应该是一个整数，但它是 {value!r}。",
    },
    "check_array_not_finite": {
        "en": "`{name}` holds {count} values that are nan or inf: every entry must be a real number.",
        "zh-CN": "`{name}` 中有 {count} 个值是 nan 或 inf：每个元素都必须是实数。",
    },
    "check_returned_none": {
        "en": "`{name}({arg})` returned None: did you forget `return`?",
        "zh-CN": "`{name}({arg})` 返回了 None：是不是忘了写 `return`？",
    },
    "check_returned_not_number": {
        "en": "`{name}({arg})` returned {got!r}, which is not a number.",
        "zh-CN": "`{name}({arg})` 返回了 {got!r}，这不是数。",
    },
    "check_not_model": {
        "en": "`{name}` should be a network (nl.Network(...)), but it is {value!r}. Run the cells above first "
        "(Run ▸ Run All Above Selected Cell).",
        "zh-CN": "`{name}` 应该是一个网络（nl.Network(...)），但它是 {value!r}。请先运行上面的单元格"
        "（运行 ▸ 运行选中单元格上方的所有单元格）。",
    },
    "check_history_not_model": {
        "en": "`{name}` is the history that fit returns (a dict), not the network: write `{name} = nl.Network(...)` "
        "on one line and `{name}.fit(...)` on the next.",
        "zh-CN": "`{name}` 是 fit 返回的训练历史（一个 dict），不是网络：先写 `{name} = nl.Network(...)`，"
        "下一行再写 `{name}.fit(...)`。",
    },
    "check_missing_value": {
        "en": "`{name}` is {value!r}: run the cells above first (Run ▸ Run All Above Selected Cell).",
        "zh-CN": "`{name}` 是 {value!r}：请先运行上面的单元格（运行 ▸ 运行选中单元格上方的所有单元格）。",
    },
    "check_internal": {
        "en": "this check could not use the values it was given ({error}). Look at each value the cell passes to it.",
        "zh-CN": "这个检查无法使用传给它的值（{error}）。请逐个检查这个单元格传给它的值。",
    },
    "check_not_zeros": {
        "en": "`{name}` should hold zeros only (np.zeros({shape})), but {count} of its values are not 0.",
        "zh-CN": "`{name}` 应该全是 0（np.zeros({shape})），但其中有 {count} 个值不是 0。",
    },
    "check_pair_range": {
        "en": "({label}, {prediction}) is not a cell of C: both numbers are digits, from 0 to {last}.",
        "zh-CN": "({label}, {prediction}) 不是 C 中的格子：两个数都应是 0 到 {last} 之间的数字。",
    },
}


# Notebook 04: the diagram lit up, the hand-made network of the hope, printed labels (issue 14).
TEXTS |= {
    "diagram_input": {"en": "input layer: {n} pixels", "zh-CN": "输入层：{n} 个像素"},
    "diagram_hidden": {"en": "hidden layer {k}: {n}", "zh-CN": "隐藏层 {k}：{n} 个"},
    "diagram_output": {"en": "output layer: {n}", "zh-CN": "输出层：{n} 个"},
    "diagram_layer": {"en": "layer", "zh-CN": "逐层"},
    "diagram_step_input": {"en": "input", "zh-CN": "输入层"},
    "diagram_step_hidden": {"en": "hidden {k}", "zh-CN": "隐藏层 {k}"},
    "diagram_step_output": {"en": "output", "zh-CN": "输出层"},
    "diagram_says_input": {"en": "the 784 pixels are the input layer's activations",
                           "zh-CN": "784 个像素就是输入层的激活值"},
    "diagram_says_hidden": {"en": "hidden layer {k}: <b>{active}</b> of {n} neurons above 0.5",
                            "zh-CN": "隐藏层 {k}：{n} 个神经元中有 <b>{active}</b> 个超过 0.5"},
    # the hand-made network of the hope: edges, parts, digits
    "upper": {"en": "upper loop", "zh-CN": "上圈"},
    "lower": {"en": "lower loop", "zh-CN": "下圈"},
    "left": {"en": "left", "zh-CN": "左"},
    "right": {"en": "right", "zh-CN": "右"},
    "bar": {"en": "bar", "zh-CN": "横"},
    "loop on top": {"en": "loop on top", "zh-CN": "上面的圈"},
    "loop at the bottom": {"en": "loop at the bottom", "zh-CN": "下面的圈"},
    "upper left line": {"en": "upper left line", "zh-CN": "左上竖线"},
    "upper right line": {"en": "upper right line", "zh-CN": "右上竖线"},
    "lower right line": {"en": "lower right line", "zh-CN": "右下竖线"},
    "bar across": {"en": "bar across", "zh-CN": "中间横线"},
    "edges_title": {"en": "layer 1 by hand: 16 little edges (the weights of 16 neurons)",
                    "zh-CN": "手工搭建的第 1 层：16 条小边缘（16 个神经元的权重）"},
    "drawings_title": {"en": "digits drawn from loops and lines", "zh-CN": "用圆圈和线条画出的数字"},
    "weight_colourbar": {"en": "weight (blue > 0, vermillion < 0)", "zh-CN": "权重（蓝 > 0，橙红 < 0）"},
    "hand_fires": {"en": "{name}: {edges} of 16 edges fire; parts: {fired}",
                   "zh-CN": "{name}：16 条边缘中有 {edges} 条激活；部件：{fired}"},
    "nothing_fires": {"en": "none", "zh-CN": "无"},
    "list_comma": {"en": ", ", "zh-CN": "、"},
    "drawn_digit": {"en": "drawn {digit}", "zh-CN": "画的 {digit}"},
    "hand_answer": {"en": "drawn {digit} → outputs {outputs} → answer: {answer}",
                    "zh-CN": "画的 {digit} → 输出 {outputs} → 答案：{answer}"},
    "hand_moved": {"en": "the drawn 9 moved 3 px to the right → outputs {outputs} → answer: {answer}",
                   "zh-CN": "画的 9 向右移动 3 个像素 → 输出 {outputs} → 答案：{answer}"},
    "hand_real": {"en": "real test {digit}s: its neuron fires on {share:.1f}% of them "
                  "(and on {others:.1f}% of the other digits)",
                  "zh-CN": "测试集里真实的 {digit}：它的神经元对其中 {share:.1f}% 激活（对其他数字 {others:.1f}%）"},
    "row_original": {"en": "original", "zh-CN": "原图"},
    "row_moved": {"en": "moved 3 px", "zh-CN": "右移 3 像素"},
    "row_noise": {"en": "noise", "zh-CN": "噪声"},
    # notebook 04's printed labels
    "nb04_best_match": {"en": "the best match of any learned neuron with one of our edges: {high:.2f} "
                        "(1 = the same picture)",
                        "zh-CN": "学到的神经元与我们的边缘之间的最佳匹配：{high:.2f}（1 = 同一张图）"},
    "nb04_best_untrained": {"en": "baseline, the same 16 neurons before training: {values}",
                            "zh-CN": "基准：同样 16 个神经元在训练之前：{values}"},
    "nb04_parts_named": {"en": "hidden layer 2, top to bottom: {parts}",
                         "zh-CN": "第 2 个隐藏层，从上到下：{parts}"},
    "check_not_index": {"en": "`{name}` should be a whole number, the index of a test digit, but it is {value!r}.",
                        "zh-CN": "`{name}` 应该是一个整数，即某个测试数字的序号，但它是 {value!r}。"},
    "check_index_range": {"en": "{got} is not an index of a test digit: they go from 0 to {n} − 1.",
                          "zh-CN": "{got} 不是测试数字的序号：序号从 0 到 {n} − 1。"},
    "check_closest_itself": {"en": "digit {of} is of course closest to itself (distance 0): leave it out, for "
                             "example by setting its distance to np.inf before np.argmin.",
                             "zh-CN": "{of} 号数字当然离它自己最近（距离为 0）：把它排除在外，"
                             "例如在 np.argmin 之前把它的距离设为 np.inf。"},
    "check_closest_layer": {"en": "that is the closest digit in layer {layer} of net.activations(X_test); the "
                            "exercise asks for layer {want}, the second hidden layer.",
                            "zh-CN": "那是在 net.activations(X_test) 的第 {layer} 层里最接近的数字；"
                            "练习要求的是第 {want} 层，也就是第 2 个隐藏层。"},
    "check_closest_farther": {"en": "digit {got} is at distance {d:.3f} from digit 0 in hidden layer 2, but another "
                              "digit is closer ({best:.3f}). Compute the distance to every row at once: "
                              "np.linalg.norm(A2 - A2[0], axis=1).",
                              "zh-CN": "在第 2 个隐藏层中，{got} 号数字与 0 号数字的距离是 {d:.3f}，"
                              "但还有一个数字更近（{best:.3f}）。"
                              "一次算出到每一行的距离：np.linalg.norm(A2 - A2[0], axis=1)。"},
    "nb04_label": {"en": "label: {label}", "zh-CN": "标签：{label}"},
    "nb04_flatten_same": {"en": "nl.flatten does the same: {same}", "zh-CN": "nl.flatten 的结果相同：{same}"},
    "nb04_labels": {"en": "labels:      {labels}", "zh-CN": "标签：    {labels}"},
    "nb04_answers": {"en": "its answers: {answers}", "zh-CN": "它的回答：{answers}"},
    "nb04_right": {"en": "right: {percent:.1f}% of the test digits", "zh-CN": "答对：测试数字的 {percent:.1f}%"},
    "nb04_cost_before": {"en": "cost before training: {cost:.4f}   (nnlib: {nnlib:.4f})",
                         "zh-CN": "训练前的代价：{cost:.4f}   （nnlib：{nnlib:.4f}）"},
    "nb04_trained_in": {"en": "trained on {n:,} digits in {seconds:.1f} s",
                        "zh-CN": "用 {n:,} 个数字训练，用时 {seconds:.1f} 秒"},
    "nb04_cost_after": {"en": "cost after training: {cost:.4f}", "zh-CN": "训练后的代价：{cost:.4f}"},
    "nb04_test_accuracy": {"en": "test accuracy: {percent:.1f}%", "zh-CN": "测试集准确率：{percent:.1f}%"},
    "nb04_mistakes": {"en": "{wrong} mistakes out of {total}", "zh-CN": "{total} 个数字中答错 {wrong} 个"},
    "nb04_as_is": {"en": "test accuracy, digits as they are:       {percent:.1f}%",
                   "zh-CN": "测试集准确率，数字保持原样：     {percent:.1f}%"},
    "nb04_moved": {"en": "test accuracy, digits moved 3 px right:  {percent:.1f}%",
                   "zh-CN": "测试集准确率，数字右移 3 个像素：{percent:.1f}%"},
    "nb04_noise": {"en": "noise {k}: answer {answer}, highest output {high:.2f}, runner-up {second} "
                   "({second_high:.2f}), the 10 outputs add up to {total:.2f}",
                   "zh-CN": "噪声 {k}：回答 {answer}，最高输出 {high:.2f}，第二高 {second}（{second_high:.2f}），"
                   "10 个输出之和为 {total:.2f}"},
}


# Notebooks 00-03: the network diagram, printed labels, and the understanding exercises (issue 14).
TEXTS |= {
    "weights_count": {"en": "weights: <b>{n:,}</b>", "zh-CN": "权重：<b>{n:,}</b>"},
    "biases_count": {"en": "biases: <b>{n:,}</b>", "zh-CN": "偏置：<b>{n:,}</b>"},
    "total_count": {"en": "parameters in all: <b>{n:,}</b>", "zh-CN": "参数总数：<b>{n:,}</b>"},
    "fires_list": {"en": "fires: <b>{listed}</b>", "zh-CN": "激活：<b>{listed}</b>"},
    "activation_bar": {"en": "activation: 0 (white) … 1 (black)", "zh-CN": "激活值：0（白）… 1（黑）"},
    "layer_input": {"en": "input layer\n{n} pixels", "zh-CN": "输入层\n{n} 个像素"},
    "layer_hidden": {"en": "hidden layer {k}\n{n} neurons", "zh-CN": "隐藏层 {k}\n{n} 个神经元"},
    "layer_output": {"en": "output layer\n{n} digits", "zh-CN": "输出层\n{n} 个数字"},
    "diagram_layers": {
        "en": "the diagram has {want} layers, but {got} arrays of activations were given: give one per layer.",
        "zh-CN": "这张图有 {want} 层，却给了 {got} 组激活值：请每层给一组。",
    },
    "a_digit": {"en": "a {digit}: 28 × 28 = 784 pixels", "zh-CN": "一个 {digit}：28 × 28 = 784 个像素"},
    "sum_over_pixels": {"en": "sum of w × a over all pixels: {total}", "zh-CN": "所有像素上 w × a 的和：{total}"},
    "same_as_dot": {"en": "the same, as a dot product of {n} numbers: {total}",
                    "zh-CN": "同样的数，作为 {n} 个数的点积：{total}"},
    "quiet_word": {"en": "quiet (below 0.5)", "zh-CN": "不激活（低于 0.5）"},
    "equals_a1": {"en": "the first row equals a1 above: {ok}", "zh-CN": "第一行等于上面的 a1：{ok}"},
    "dense_same": {"en": "nl.dense gives the same: {ok}", "zh-CN": "nl.dense 给出同样的结果：{ok}"},
    "same_numbers": {"en": "same numbers: {ok}", "zh-CN": "结果相同：{ok}"},
    "time_loops": {"en": "loops:  {seconds:.4f} s for 1,000 images", "zh-CN": "循环：1000 张图像用时 {seconds:.4f} 秒"},
    "time_matrix": {"en": "matrix: {seconds:.6f} s for 1,000 images",
                    "zh-CN": "矩阵：1000 张图像用时 {seconds:.6f} 秒"},
    "time_ratio": {"en": "here the matrix form is about {ratio:,.0f} times faster",
                   "zh-CN": "在这台电脑上，矩阵形式大约快 {ratio:,.0f} 倍"},
    "count_line": {"en": "weights: {w:,}  biases: {b:,}  total: {total:,}",
                   "zh-CN": "权重：{w:,}  偏置：{b:,}  合计：{total:,}"},
    "count_agrees": {"en": "nl.parameter_count agrees: {ok}", "zh-CN": "nl.parameter_count 的结果一致：{ok}"},
    "numbers_in_out": {"en": "{n_in} numbers in, {n_out} numbers out, {knobs:,} knobs",
                       "zh-CN": "输入 {n_in} 个数，输出 {n_out} 个数，{knobs:,} 个旋钮"},
    "network_same": {"en": "nl.Network (notebook 04) computes the same: {ok}",
                     "zh-CN": "nl.Network（笔记本 04）算出的结果相同：{ok}"},
    # exercise 01.4: a neuron that is on for a = 0 and off for a = 1
    "check_not_neuron": {
        "en": "with a = 0 the neuron gives {low:.3f} (should be at least {on}) and with a = 1 it gives {high:.3f} "
        "(should be at most {off}). {hint}",
        "zh-CN": "输入 a = 0 时神经元输出 {low:.3f}（应至少为 {on}），"
        "a = 1 时输出 {high:.3f}（应不超过 {off}）。{hint}",
    },
    "hint_not_sign": {
        "en": "With a positive w the neuron grows more active as a grows: here it must do the opposite.",
        "zh-CN": "w 为正时，a 越大神经元越活跃；这里要反过来。",
    },
    "hint_not_bias": {
        "en": "With a = 0 only the bias counts (z = b): which b gives σ(b) ≥ 0.9?",
        "zh-CN": "a = 0 时只有偏置起作用（z = b）：哪个 b 使 σ(b) ≥ 0.9？",
    },
    "hint_not_weight": {
        "en": "With a = 1, z = w + b: w must pull z well below 0.",
        "zh-CN": "a = 1 时 z = w + b：w 要把 z 拉到 0 以下足够远。",
    },
    # exercise 02.4: the seven fires, its top bar alone does not
    "check_seven_only": {
        "en": "σ(w·a + b) is {listing}. The seven must be above 0.5; the top bar, the one, the four and the zero "
        "below 0.5. Now {wrong} is on the wrong side. {hint}",
        "zh-CN": "σ(w·a + b) 分别为 {listing}。数字 7 应高于 0.5；顶部横线、数字 1、4、0 应低于 0.5。"
        "现在{wrong}在错误的一边。{hint}",
    },
    "hint_seven_bar": {
        "en": "The top bar is part of the seven: what does the seven have that the bar alone does not? Reward ink "
        "there, and choose b between the two weighted sums.",
        "zh-CN": "顶部横线是 7 的一部分：7 有什么是单独一条横线没有的？在那里奖励笔画，并把 b 选在两个加权和之间。",
    },
    "hint_seven_bias": {
        "en": "Look at the weighted sums w·a first, then choose b so that only the seven's sum plus b is above 0.",
        "zh-CN": "先看各图像的加权和 w·a，再选择 b，使只有 7 的加权和加上 b 大于 0。",
    },
    # exercise 03.4: predict shapes
    "check_shape_answer": {
        "en": "`{name}` should be a shape such as (2, 3), but it is {value!r}.",
        "zh-CN": "`{name}` 应该是一个形状，例如 (2, 3)，但它是 {value!r}。",
    },
    "check_predicted_shape": {
        "en": "`{name}` is not {got}. {hint}",
        "zh-CN": "`{name}` 不是 {got}。{hint}",
    },
    "hint_w_shape": {
        "en": "In this series W is (n_in, n_out): the second layer takes the 32 activations of the first.",
        "zh-CN": "本系列中 W 的形状是 (n_in, n_out)：第二层接收第一层的 32 个激活值。",
    },
    "hint_w_transposed": {
        "en": "that is the video's matrix, one row per neuron; in code W is its transpose, (n_in, n_out).",
        "zh-CN": "这是视频中的矩阵（每个神经元一行）；代码里的 W 是它的转置，(n_in, n_out)。",
    },
    "hint_a_shape": {
        "en": "A layer's activations have one row per example (5) and one column per neuron of that layer.",
        "zh-CN": "一层的激活值每行一个样本（共 5 个），每列对应这一层的一个神经元。",
    },
}


TEXTS |= {
    "input_rng": {
        "en": "{name} should be a random generator, np.random.default_rng(0), or a seed such as 0; got {value}.",
        "zh-CN": "{name} 应该是一个随机数生成器 np.random.default_rng(0)，或一个种子（例如 0）；你给的是 {value}。",
    },
    "input_whole": {
        "en": "{name} should be a whole number of at least {minimum}; got {value}.",
        "zh-CN": "{name} 应该是不小于 {minimum} 的整数；你给的是 {value}。",
    },
    "input_positive": {
        "en": "{name} should be a number above 0 (for example 0.1); got {value}.",
        "zh-CN": "{name} 应该是大于 0 的数（例如 0.1）；你给的是 {value}。",
    },
    "input_sizes": {
        "en": "the layer sizes should be a list of at least two whole numbers of at least 1, from the input to the "
        "output, such as [784, 16, 16, 10]; got {value}.",
        "zh-CN": "层的大小应是一个至少有两个数的列表，从输入层到输出层，每个数都是不小于 1 的整数，"
        "例如 [784, 16, 16, 10]；你给的是 {value}。",
    },
    "input_choice": {
        "en": "{name} {value} is not one of the choices: {choices}.",
        "zh-CN": "{name} {value} 不在可选项中：{choices}。",
    },
    "input_not_numbers": {
        "en": "{name} should hold numbers; got {value}.",
        "zh-CN": "{name} 应该是数值；你给的是 {value}。",
    },
    "input_not_finite": {
        "en": "{name} holds {count} values that are nan or inf: every input must be a real number. Look at how "
        "{name} was computed.",
        "zh-CN": "{name} 中有 {count} 个值是 nan 或 inf：每个输入都必须是实数。检查一下 {name} 是怎么算出来的。",
    },
    "input_pixels_255": {
        "en": "{name} holds values up to {high:g}, but the network takes pixels from 0 to 1. Pass the images "
        "through nl.flatten(images), which divides by 255.",
        "zh-CN": "{name} 中的值最大到 {high:g}，但网络需要 0 到 1 之间的像素。请先用 nl.flatten(images) "
        "处理图像（它会除以 255）。",
    },
    "input_images_flat": {
        "en": "{who} shows images of shape (n, 28, 28), as load_mnist returns them (such as test_images); "
        "{name} has shape {shape}, the network's input X: pass the images instead.",
        "zh-CN": "{who} 显示形状为 (n, 28, 28) 的图像，也就是 load_mnist 返回的样子（例如 test_images）；"
        "{name} 的形状是 {shape}，那是网络的输入 X：请传入图像。",
    },
    "input_images_shape": {
        "en": "{who} shows images of shape (n, 28, 28), as load_mnist returns them; {name} has shape {shape}.",
        "zh-CN": "{who} 显示形状为 (n, 28, 28) 的图像，也就是 load_mnist 返回的样子；{name} 的形状却是 {shape}。",
    },
    "input_images_01": {
        "en": "{name} holds pixels from 0 to 1, but {who} takes images with pixels from 0 to 255, as load_mnist "
        "returns them: pass them without dividing by 255.",
        "zh-CN": "{name} 的像素在 0 到 1 之间，但 {who} 需要 0 到 255 的像素，也就是 load_mnist 返回的样子："
        "请不要除以 255，直接传入。",
    },
    "input_labels_one_hot": {
        "en": "{name} has shape {shape}: these look like one-hot targets. Give the labels, one digit per "
        "example, shape (n,): {name}.argmax(axis=1).",
        "zh-CN": "{name} 的形状是 {shape}：这像是独热（one-hot）目标。请给出标签，每个样本一个数字，"
        "形状为 (n,)：{name}.argmax(axis=1)。",
    },
    "input_labels_shape": {
        "en": "{name} should be the labels, one digit per example, shape (n,), such as train_labels; got {value}.",
        "zh-CN": "{name} 应该是标签，每个样本一个数字，形状为 (n,)，例如 train_labels；你给的是 {value}。",
    },
    "input_labels_whole": {
        "en": "{name} should hold whole digits 0..9, but it holds fractions such as {value}.",
        "zh-CN": "{name} 应该是 0..9 的整数，但其中有小数，例如 {value}。",
    },
    "input_labels_range": {
        "en": "{name} holds the label {value}, but labels are digits from 0 to {last}.",
        "zh-CN": "{name} 中有标签 {value}，但标签应是 0 到 {last} 的数字。",
    },
    "input_labels_length": {
        "en": "{name} has {count} labels for {n} examples: give one label per row of X (the same slice of both).",
        "zh-CN": "{name} 有 {count} 个标签，却有 {n} 个样本：X 的每一行需要一个标签（两者取同样的切片）。",
    },
    "input_validation": {
        "en": "validation should be a pair (X_test, test_labels); got {value}.",
        "zh-CN": "validation 应该是一对 (X_test, test_labels)；你给的是 {value}。",
    },
    "input_last_layer": {
        "en": "the last layer has {outputs} neurons, but there are 10 digits: end the sizes with 10, such as "
        "[784, 16, 16, 10].",
        "zh-CN": "最后一层有 {outputs} 个神经元，但数字有 10 个：层的大小要以 10 结尾，例如 [784, 16, 16, 10]。",
    },
    "input_not_mlp": {
        "en": "{who} draws the layers of a network of notebook 04, nl.Network(...); got a {value}. A CNN's "
        "layers are feature maps: look at them with net.feature_maps(X) and notebook 05's explorers.",
        "zh-CN": "{who} 画出的是笔记本 04 的网络 nl.Network(...) 的各层；你给的是一个 {value}。CNN 的各层是特征图："
        "请用 net.feature_maps(X) 和笔记本 05 的探索器来看。",
    },
    "input_index": {
        "en": "{name} should be a whole number from 0 to {last}; got {value}.",
        "zh-CN": "{name} 应该是 0 到 {last} 之间的整数；你给的是 {value}。",
    },
    "input_hidden_names": {
        "en": "hidden_names should be a dict from a hidden layer's number to its neurons' names, like {example} "
              "(hidden layers: {hidden}); got {value}.",
        "zh-CN": "hidden_names 应该是一个字典：键是隐藏层的编号，值是这一层各个神经元的名字，例如 {example}"
                 "（隐藏层编号：{hidden}）；你给的是 {value}。",
    },
    "input_hidden_layer": {
        "en": "hidden_names: {value} is not a hidden layer of this network; use the number the diagram shows "
              "(hidden layers: {hidden}).",
        "zh-CN": "hidden_names：{value} 不是这个网络的隐藏层；请用图上标出的编号（隐藏层编号：{hidden}）。",
    },
    "input_hidden_name_list": {
        "en": "hidden_names[{k}] should be a list of {n} strings, one name per neuron of hidden layer {k}, top to "
              "bottom; got {value}.",
        "zh-CN": "hidden_names[{k}] 应该是由 {n} 个字符串组成的列表，隐藏层 {k} 的每个神经元一个名字，从上到下排列；"
                 "你给的是 {value}。",
    },
    "redraw_failed": {
        "en": "⚠ this view could not redraw: {error}",
        "zh-CN": "⚠ 这个视图无法重画：{error}",
    },
    "env_unknown_flag": {
        "en": "{name}={value!r} is not understood and is taken as off: use {on} to turn it on, {off} to turn it off.",
        "zh-CN": "无法理解 {name}={value!r}，按“关闭”处理：用 {on} 打开，用 {off} 关闭。",
    },
    "env_unknown_language": {
        "en": "NNLIB_LANG={value!r} is not a language nnlib has: use en or zh-CN (zh, zh_CN, zh-Hans work too). "
        "Using English.",
        "zh-CN": "NNLIB_LANG={value!r} 不是 nnlib 支持的语言：请用 en 或 zh-CN（zh、zh_CN、zh-Hans 也可以）。"
        "现在使用中文。",
    },
    "input_flag": {
        "en": "{name} should be True or False (or 'on' / 'off'); got {value}.",
        "zh-CN": "{name} 应该是 True 或 False（或 'on' / 'off'）；你给的是 {value}。",
    },
    "download_trying": {
        "en": "MNIST: trying {url} (waiting at most {seconds:g} s for an answer) ...",
        "zh-CN": "MNIST：正在尝试 {url}（最多等待 {seconds:g} 秒）……",
    },
    "download_remembered": {
        "en": "{mirror}: not tried again, it failed earlier in this kernel ({error}); nl.data.forget_failures() "
        "tries it again",
        "zh-CN": "{mirror}：不再尝试，它在这个内核中已经失败过（{error}）；nl.data.forget_failures() 可重新尝试",
    },
    "download_too_slow": {
        "en": "{name}: still downloading after {seconds:g} s from {url}, too slow: stopped",
        "zh-CN": "{name}：从 {url} 下载超过 {seconds:g} 秒仍未完成，太慢：已停止",
    },
    "cache_not_writable": {
        "en": "the data folder {where} cannot be written to ({error}); set NNLIB_DATA to a folder of your own",
        "zh-CN": "无法写入数据文件夹 {where}（{error}）；请把 NNLIB_DATA 设为你自己的文件夹",
    },
    "hint_name_error": {
        "en": "nnlib: `{name}` is defined in a cell above. After a restart, run the cells above first: "
        "Run ▸ Run All Above Selected Cell.",
        "zh-CN": "nnlib：`{name}` 是在上面的单元格里定义的。内核重启之后，请先运行上面的单元格："
        "运行 ▸ 运行选中单元格上方的所有单元格。",
    },
    # python -m nnlib.kernel_startup (the set-up's last step; see nnlib/kernel_startup.py)
    "kernel_startup_written": {
        "en": "nnlib: kernel start-up written to {path}: after a restart, a NameError now says to run the cells "
        "above first, even before nnlib is imported. Delete that file to turn it off.",
        "zh-CN": "nnlib：已写入内核启动文件 {path}：内核重启后，即使还没有导入 nnlib，NameError 也会提示先运行上面的"
        "单元格。删除这个文件即可关闭。",
    },
    "kernel_startup_there": {
        "en": "nnlib: the kernel start-up is already in {path}; nothing changed.",
        "zh-CN": "nnlib：内核启动文件 {path} 已经存在，没有任何改动。",
    },
    "kernel_startup_foreign": {
        "en": "nnlib: {path} exists and was not written by nnlib, so it is left as it is. The hint after a "
        "NameError comes once nnlib is imported.",
        "zh-CN": "nnlib：{path} 已经存在，而且不是 nnlib 写的，所以保持原样。导入 nnlib 之后，NameError 仍会附带提示。",
    },
    "kernel_startup_unwritable": {
        "en": "nnlib: cannot write the kernel start-up {path} ({error}); nothing changed. The hint after a "
        "NameError comes once nnlib is imported.",
        "zh-CN": "nnlib：无法写入内核启动文件 {path}（{error}），没有任何改动。"
        "导入 nnlib 之后，NameError 仍会附带提示。",
    },
    "training_stuck": {
        "en": "after {epochs} epochs the network gets only {accuracy:.0f}% of the training digits right, no better "
        "than guessing: with lr={lr:g} the steps are probably too large (or the inputs are not pixels in 0..1). "
        "Build the network again and try a learning rate 10 times smaller, or leave lr out (the default suits "
        "each kind of network).",
        "zh-CN": "训练 {epochs} 轮之后，网络只答对 {accuracy:.0f}% 的训练数字，和瞎猜差不多：lr={lr:g} 的步子"
        "大概太大了（或者输入不是 0 到 1 之间的像素）。请重新创建网络，试试小 10 倍的学习率，"
        "或者不写 lr（默认值适合每种网络）。",
    },
    "untrained_note": {
        "en": "⚠ this network has not been trained yet: its answers are guesses. Run the training cell above first.",
        "zh-CN": "⚠ 这个网络还没有训练：它的答案只是瞎猜。请先运行上面训练网络的单元格。",
    },
    # learner-proof, round 2 (issue 27): interrupted, out of order, mistyped
    "partly_trained_note": {
        "en": "⚠ this network's training was stopped after {batches:,} batches ({epochs} whole epochs): its answers "
        "are those of a network only partly trained. Run the training cell again to train it fully.",
        "zh-CN": "⚠ 这个网络的训练在 {batches:,} 批之后被中断（完整训练了 {epochs} 轮）：它的答案来自一个只训练了"
        "一部分的网络。再运行一次训练单元格，就能把它训练完整。",
    },
    "training_stopped": {
        "en": "stopped after {done:,} of {total:,} batches ({epochs} of {n} epochs complete). The network keeps "
        "what it learned; net.batches_trained and net.epochs_trained say how much.",
        "zh-CN": "已在 {total:,} 批中的第 {done:,} 批之后停止（{n} 轮中完成了 {epochs} 轮）。网络保留已经学到的"
        "东西；net.batches_trained 和 net.epochs_trained 会告诉你训练了多少。",
    },
    "input_empty": {
        "en": "{name} holds no examples (shape {shape}): the selection is empty. Check the slice or the condition "
        "that chose the rows, e.g. X_train[:1000].",
        "zh-CN": "{name} 里一个样本都没有（形状 {shape}）：选出来的是空的。请检查选取行的切片或条件，"
        "例如 X_train[:1000]。",
    },
    "input_epochs_zero": {
        "en": "epochs=0 trains nothing: the network would stay a guesser. Give epochs=1 or more (the lesson uses 5).",
        "zh-CN": "epochs=0 等于什么都不训练：网络仍然只会瞎猜。请给 epochs=1 或更多（课程里用的是 5）。",
    },
    "input_callback": {
        "en": "callback should be a function that fit calls after each epoch, callback(epoch, history), such as "
        "curves.update (without brackets); got {value} (a {kind}).",
        "zh-CN": "callback 应该是一个函数，fit 在每一轮之后调用它：callback(epoch, history)，例如 curves.update"
        "（不带括号）；你给的是 {value}（一个 {kind}）。",
    },
    "input_targets_labels": {
        "en": "{name} should be the targets, shape ({n}, {classes}), one-hot; it has shape {shape}: these are the "
        "labels. Turn them into targets first: net.cost(X, nl.one_hot(y)).",
        "zh-CN": "{name} 应该是目标，形状为 ({n}, {classes})，独热编码；它的形状是 {shape}：这是标签。"
        "请先把标签变成目标：net.cost(X, nl.one_hot(y))。",
    },
    "input_targets_shape": {
        "en": "{name} should be the targets, shape ({n}, {classes}), one row per example of X; it has shape {shape}. "
        "Make them from the labels of the same examples: nl.one_hot(y).",
        "zh-CN": "{name} 应该是目标，形状为 ({n}, {classes})，X 的每个样本一行；它的形状是 {shape}。"
        "请用同一批样本的标签生成：nl.one_hot(y)。",
    },
    "input_weights_video": {
        "en": "W[{k}] has shape {shape}, the video's orientation (one row per neuron). In nnlib, Z = X @ W + b, so "
        "W[{k}] is ({n_in}, {n_out}), one column per neuron: set it to your matrix's transpose, .T.",
        "zh-CN": "W[{k}] 的形状是 {shape}，这是视频里的写法（每个神经元一行）。在 nnlib 中 Z = X @ W + b，"
        "所以 W[{k}] 的形状是 ({n_in}, {n_out})，每个神经元一列：请改用你的矩阵的转置 .T。",
    },
    "input_weights_shape": {
        "en": "{name} should have shape {expected} for this network's sizes; it has shape {shape}. Build the network "
        "again with the sizes you want: nl.Network([784, ..., 10], rng).",
        "zh-CN": "按这个网络的层大小，{name} 的形状应为 {expected}；实际却是 {shape}。请用你想要的层大小重新创建"
        "网络：nl.Network([784, ..., 10], rng)。",
    },
    "input_weights_nan": {
        "en": "{name} holds {count} values that are not numbers (nan or inf): the network cannot compute with them. "
        "Build the network again (or set finite starting values).",
        "zh-CN": "{name} 中有 {count} 个值不是数（nan 或 inf）：网络没法用它们计算。请重新创建网络"
        "（或者设置有限的初始值）。",
    },
    "input_channels": {
        "en": "channels should list the number of kernels of each conv layer, such as (8,) or (8, 16); got {value}.",
        "zh-CN": "channels 应该列出每个卷积层的卷积核个数，例如 (8,) 或 (8, 16)；你给的是 {value}。",
    },
    "input_too_many_layers": {
        "en": "channels={value} asks for {layers} conv layers, but a 28 × 28 image allows at most {most} with "
        "{kernel} × {kernel} kernels and 2 × 2 pooling (sides {sides}). Use at most {most} layers, e.g. (8, 16).",
        "zh-CN": "channels={value} 要 {layers} 个卷积层，但 28 × 28 的图像在 {kernel} × {kernel} 卷积核和 2 × 2 "
        "池化下最多只能有 {most} 层（边长 {sides}）。请最多用 {most} 层，例如 (8, 16)。",
    },
    "input_one_image": {
        "en": "nl.flatten takes a batch of images, shape (n, 28, 28); got shape {shape}, one image. For one image "
        "use nl.flatten(image[None]) (shape (1, 784)), or pick a slice such as images[5:6].",
        "zh-CN": "nl.flatten 接受一批图像，形状为 (n, 28, 28)；你给的形状是 {shape}，只是一张图像。单张图像请用 "
        "nl.flatten(image[None])（形状 (1, 784)），或者取一个切片，例如 images[5:6]。",
    },
    "input_same_length": {
        "en": "{first} and {second} should have the same shape, one entry per example; got {a} and {b}.",
        "zh-CN": "{first} 和 {second} 的形状应该相同，每个样本一项；你给的是 {a} 和 {b}。",
    },
    "mirror_malformed": {
        "en": "MNIST: {value!r} in {where} is not a web address nnlib can use (it needs http://, https:// or "
        "file://, such as http://school-server/mnist/): skipped, trying the next source.",
        "zh-CN": "MNIST：{where} 中的 {value!r} 不是 nnlib 能用的网址（需要以 http://、https:// 或 file:// 开头，"
        "例如 http://school-server/mnist/）：已跳过，继续尝试下一个来源。",
    },
    "download_no_answer": {
        "en": "no mirror answered (waited {seconds:.1f} s: {problems}); the internet may be blocked here. For the "
        "full set later: ask for a school mirror and set NNLIB_MIRRORS to its address, or run this cell again "
        "where the internet is open",
        "zh-CN": "没有任何镜像应答（等待了 {seconds:.1f} 秒：{problems}）；这里可能无法访问互联网。以后想用完整"
        "数据集：可以向学校要一个镜像地址并把 NNLIB_MIRRORS 设为它，或者在能上网的地方重新运行这个单元格",
    },
    "input_confusion": {
        "en": "a confusion matrix is square, shape (10, 10), as nl.evaluate.confusion_matrix(y, predicted) gives it; "
        "got shape {shape}.",
        "zh-CN": "混淆矩阵是方阵，形状为 (10, 10)，也就是 nl.evaluate.confusion_matrix(y, predicted) 给出的样子；"
        "你给的形状是 {shape}。",
    },
    "download_no_mirrors": {
        "en": "there was no mirror to download from (each one given was skipped)",
        "zh-CN": "没有可以下载的镜像（给出的每一个都被跳过了）",
    },
    "input_one_hot_twice": {
        "en": "nl.one_hot takes labels, shape (n,); it got shape {shape}, targets that are one-hot already. Use them "
        "as they are (their labels are Y.argmax(axis=1)).",
        "zh-CN": "nl.one_hot 接受标签，形状为 (n,)；你给的形状是 {shape}，已经是独热编码的目标了。直接使用它们就行"
        "（对应的标签是 Y.argmax(axis=1)）。",
    },
    "input_whole_signed": {
        "en": "{name} should be a whole number of pixels (negative moves left or up); got {value}.",
        "zh-CN": "{name} 应该是整数个像素（负数表示向左或向上移动）；你给的是 {value}。",
    },
    "not_tried_time_up": {"en": "not tried, the time for an answer was up", "zh-CN": "未尝试，等待应答的时间已到"},
    "data_not_ours": {
        "en": "MNIST: {where} holds a file {name} that nnlib did not write and that is not MNIST's (another data set "
        "with the same name?): left as it is. Set NNLIB_DATA to a folder of its own for MNIST",
        "zh-CN": "MNIST：{where} 里有一个文件 {name}，它不是 nnlib 写的，也不是 MNIST 的（也许是同名的其他数据集？）："
        "保持原样，没有改动。请把 NNLIB_DATA 设为一个只给 MNIST 用的文件夹",
    },
    "diverged": {
        "en": "training stopped at epoch {epoch}: the cost became {loss} with lr={lr:g}, so the steps were too large "
        "and the weights blew up. Build the network again and train with a smaller learning rate, such as "
        "lr={smaller:g}, or leave lr out: the default suits each kind of network.",
        "zh-CN": "训练在第 {epoch} 轮停止：lr={lr:g} 时代价变成了 {loss}，步子太大，权重爆炸了。"
        "请重新创建网络，用更小的学习率训练，例如 lr={smaller:g}；"
        "或者不写 lr：默认值适合每种网络。",
    },
}

# convolution (nnlib/conv.py)
TEXTS |= {
    "conv_mode": {
        "en": "mode must be 'valid' or 'same', not {mode!r}: 'valid' keeps the positions where the kernel fits "
        "inside the image (the map is smaller), 'same' pads the image with zeros so that the map keeps its size.",
        "zh-CN": "mode 只能是 'valid' 或 'same'，而不是 {mode!r}：'valid' 只保留卷积核完全落在图像内的位置"
        "（特征图变小），'same' 在图像四周补零，使特征图保持原来的大小。",
    },
}

# our class's own digits (nnlib/class_digits.py, the pad of nnlib/widgets/digits.py, notebook 04 section 10)
TEXTS |= {
    "class_pad_repr": {
        "en": "[class digits pad: run this cell to draw digits and save them for the class]",
        "zh-CN": "[班级数字画板：运行这个单元格，就能写数字并为全班保存下来]",
    },
    "class_save_as": {"en": "Which digit is it? Click it to save your drawing:",
                      "zh-CN": "这是哪个数字？点击它，保存你写的字："},
    "class_static": {"en": "Saving needs this notebook running in Jupyter.",
                     "zh-CN": "要保存，需要在 Jupyter 中运行这个笔记本。"},
    "class_draw_first": {"en": "Draw a digit first, then click its number.",
                         "zh-CN": "请先写一个数字，再点击它对应的按钮。"},
    "class_saved": {
        "en": "Saved as a {label} ({count} saved so far, in {path}). Draw the next one. Per digit: {counts}",
        "zh-CN": "已保存为 {label}（目前共保存 {count} 个，在 {path} 中）。接着写下一个。各数字个数：{counts}",
    },
    "class_save_failed": {
        "en": "Could not save into the folder {folder} ({error}). Ask your teacher where to save, and give the pad "
        "that folder: nl.widgets.class_digits_pad(net, folder=\"...\").",
        "zh-CN": "无法保存到文件夹 {folder}（{error}）。请问老师应该保存在哪里，再把那个文件夹交给画板："
        "nl.widgets.class_digits_pad(net, folder=\"...\")。",
    },
    "class_bad_suffix": {"en": "not a file of class digits (only .npz files are merged)",
                         "zh-CN": "不是班级数字文件（只合并 .npz 文件）"},
    "class_bad_open": {"en": "cannot be read as .npz ({error}): the file is damaged or was not saved by the pad",
                       "zh-CN": "无法按 .npz 读取（{error}）：文件已损坏，或者不是画板保存的"},
    "class_bad_missing": {"en": "the arrays {names} are missing (it holds: {found})",
                          "zh-CN": "缺少数组 {names}（文件里有：{found}）"},
    "class_bad_format": {"en": "unknown format {found!r} (expected {expected})",
                         "zh-CN": "未知的格式 {found!r}（应为 {expected}）"},
    "class_bad_images": {"en": "the images should have shape (n, 28, 28), not {shape}",
                         "zh-CN": "图像的形状应为 (n, 28, 28)，实际却是 {shape}"},
    "class_bad_pixels": {"en": "the pixels should be whole numbers from 0 to 255 (it holds {dtype})",
                         "zh-CN": "像素应为 0 到 255 的整数（文件里是 {dtype}）"},
    "class_bad_labels": {"en": "the labels should be one whole number from 0 to 9 per digit",
                         "zh-CN": "标签应为每个数字一个 0 到 9 的整数"},
    "class_bad_count": {"en": "{images} images but {labels} labels",
                        "zh-CN": "有 {images} 张图像，却有 {labels} 个标签"},
    "class_bad_empty": {"en": "it holds no digits", "zh-CN": "文件里没有数字"},
    "class_bad_copy": {"en": "the same digits as {other}, merged already (the same file collected twice?)",
                       "zh-CN": "与已合并的 {other} 中的数字完全相同（同一个文件收了两次？）"},
    "class_merged": {"en": "Merged into {output}: {total:,} digits from {files} file(s), in {seconds:.2f} s.",
                     "zh-CN": "已把 {files} 个文件中的 {total:,} 个数字合并到 {output}，用时 {seconds:.2f} 秒。"},
    "class_counts": {"en": "Digits per label: {counts}", "zh-CN": "各标签的数字个数：{counts}"},
    "class_merged_none": {
        "en": "No digits were merged: there is no good file of class digits under {folder}. Nothing was written.",
        "zh-CN": "没有合并任何数字：{folder} 中没有可用的班级数字文件。没有写入任何文件。",
    },
    "class_left_out": {"en": "Left out ({count}):", "zh-CN": "未合并的文件（{count} 个）："},
    "class_no_folder": {
        "en": "{folder} is not a folder: give the folder that holds the class's files "
        "(python -m nnlib.class_digits merge FOLDER).",
        "zh-CN": "{folder} 不是文件夹：请给出存放全班文件的文件夹（python -m nnlib.class_digits merge 文件夹）。",
    },
    "class_output_exists": {
        "en": "{output} exists already and is not replaced: add --replace to replace it, or give another name "
        "with -o.",
        "zh-CN": "{output} 已经存在，不会被覆盖：要覆盖它请加上 --replace，或者用 -o 换一个文件名。",
    },
    "nb04_class_none": {
        "en": "No class digits yet. Draw digits on the pad above and click each one's number to save it, or put "
        "the teacher's merged file class.npz beside this notebook. Then run this cell again.",
        "zh-CN": "还没有班级数字。在上面的画板上写数字，每写一个就点击它对应的按钮保存；或者把老师合并好的文件 "
        "class.npz 放在这个笔记本旁边。然后再运行这个单元格。",
    },
    "nb04_class_from_file": {"en": "The class's digits: {n} from {source}.",
                             "zh-CN": "全班的数字：来自 {source} 的 {n} 个。"},
    "nb04_class_from_pad": {
        "en": "Your own digits from this session: {n} (the class's merged file class.npz is not here yet).",
        "zh-CN": "你在本次会话中写的数字：{n} 个（全班合并好的文件 class.npz 还不在这里）。",
    },
    "nb04_class_accuracy": {
        "en": "Right on MNIST's test digits: {mnist:.1f}%. Right on our class's digits: {ours:.1f}% "
        "({right} of {n}).",
        "zh-CN": "MNIST 测试数字答对 {mnist:.1f}%；我们班的数字答对 {ours:.1f}%（{n} 个中答对 {right} 个）。",
    },
    "nb04_class_confusion": {"en": "Our class's digits: label (row), answer (column)",
                             "zh-CN": "我们班的数字：标签（行），答案（列）"},
    "nb04_class_wrong": {"en": "Class digits it got wrong: label → answer",
                         "zh-CN": "答错的班级数字：标签 → 答案"},
    "nb04_class_all_right": {"en": "It got every one of them right.", "zh-CN": "它全都答对了。"},
}


def normalize_language(name) -> str | None:
    """``"en"`` or ``"zh-CN"`` for the usual spellings of a language (``zh``, ``zh_CN``, ``zh-cn``, ``zh-Hans``,
    ``zh_CN.UTF-8``, ``en_US``, ``en-GB``, ``C``); ``None`` for anything else. Every Chinese variant gets the
    simplified Chinese texts, the only Chinese nnlib has."""
    if not isinstance(name, str):
        return None
    key = name.strip().split(".")[0].split("@")[0].replace("_", "-").lower()
    if key in ("zh", "chinese", "中文") or key.startswith("zh-"):
        return "zh-CN"
    if key in ("en", "english", "c", "posix") or key.startswith("en-"):
        return "en"
    return None


def set_language(language: str | None) -> None:
    """Choose the language of every text nnlib shows (``"en"``, ``"zh-CN"`` or a usual spelling of them, such
    as ``"zh"``); ``None`` goes back to finding it itself."""
    global _chosen
    if language is not None:
        normal = normalize_language(language)
        if normal is None:
            raise ValueError(TEXTS["unknown_language"][language_or_english()].format(name=language,
                                                                                       choices=LANGUAGES))
        language = normal
    _chosen = language


def language_or_english() -> str:
    """The language in use, as ``language()``, without warnings (for texts about the language itself)."""
    try:
        return language()
    except Exception:
        return "en"


def language() -> str:
    """The language in use: ``"en"`` or ``"zh-CN"`` (see the module's docstring for how it is found)."""
    if _chosen is not None:
        return _chosen
    env = os.environ.get("NNLIB_LANG", "").strip()
    if env:
        normal = normalize_language(env)
        if normal is not None:
            return normal
        if env not in _warned:  # once per spelling, in the language the folder gives, which is then used
            _warned.add(env)
            warnings.warn(TEXTS["env_unknown_language"][_folder_language()].format(value=env), UserWarning,
                          stacklevel=2)
    return _folder_language()


def _folder_language() -> str:
    """``"zh-CN"`` for a kernel running under ``notebooks/zh-CN/`` (or a session of that name), else ``"en"``."""
    for place in (os.environ.get("JPY_SESSION_NAME", ""), str(Path.cwd())):
        if "zh-CN" in Path(place).parts:
            return "zh-CN"
    return "en"


def t(key: str, **fields: object) -> str:
    """The text ``key`` in the current language, with ``fields`` filled in."""
    return TEXTS[key][language()].format(**fields)
