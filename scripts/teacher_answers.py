"""Answers for the teacher, and the quizzes to hand out: every number computed by nnlib, not typed.

    python scripts/teacher_answers.py          # write the answers into both guides and the quizzes to hand out
    python scripts/teacher_answers.py --check  # exit 1 if a guide or a quiz differs from what nnlib computes

The questions the guide asks the class (docs/teaching*.md, "Ask" bullets) and the quiz questions
(docs/handouts/quiz*.md) are written here once, in English and Chinese; their answers are templates whose numbers
come from nnlib (``values()``). The answers go into each guide between ``<!-- answers:start -->`` and
``<!-- answers:end -->``; the quizzes (questions only, no answers) are whole generated files.
"""

# ruff: noqa: E501 (bilingual question and answer texts are as long as they need to be)

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
GUIDES = {"en": ROOT / "docs" / "teaching.md", "zh-CN": ROOT / "docs" / "teaching.zh-CN.md"}
QUIZZES = {"en": ROOT / "docs" / "handouts" / "quiz.md", "zh-CN": ROOT / "docs" / "handouts" / "quiz.zh-CN.md"}
START, END = "<!-- answers:start -->", "<!-- answers:end -->"


def values() -> dict:
    """Every number an answer states, computed with nnlib (the functions the notebooks teach and use)."""
    import nnlib as nl
    from nnlib.widgets.weights import INPUTS, SAMPLE_SUMS

    v = {}
    # 01: the explorer starts at a = 0.5, w = 4, b = -1 (notebook 01, §7)
    z, s = nl.neuron(0.5, 4.0, -1.0)
    v["n01_z"], v["n01_s"] = float(z), float(s)
    z, s = nl.neuron(0.5, 5.0, -1.0)
    v["n01_z_w5"], v["n01_s_w5"] = float(z), float(s)
    v["n01_w0"] = sorted({round(float(nl.neuron(a, 0.0, -1.0)[1]), 3) for a in (0.0, 0.5, 1.0)})
    # a = 1, b = -5: σ(w - 5) = 0.5 at w = 5; 0.9 needs z = ln 9
    v["n01_w_half"] = next(w / 10 for w in range(0, 200) if float(nl.neuron(1.0, w / 10, -5.0)[1]) >= 0.5)
    v["n01_w_09"] = next(w / 10 for w in range(0, 200) if float(nl.neuron(1.0, w / 10, -5.0)[1]) >= 0.9)
    v["n01_s_w6"] = float(nl.neuron(1.0, 6.0, -5.0)[1])
    # ReLU with z < 0: a = 0.5, w = -1, b = -1 and w = -0.9
    z1, r1 = nl.neuron(0.5, -1.0, -1.0, activation="relu")
    z2, r2 = nl.neuron(0.5, -0.9, -1.0, activation="relu")
    v["n01_dead"] = (float(z1), float(r1), float(z2), float(r2), float(nl.relu_prime(z1)))
    v["n01_sigma0"] = float(nl.sigmoid(0.0))
    v["n01_relu"] = (float(nl.relu(-2.0)), float(nl.relu(3.0)))

    # 02: the image explorer (12×12 pictures of nnlib.patterns), the bias explorer, the three-weights explorer
    images, shapes = nl.patterns.images(), nl.patterns.weight_patterns()
    scores = {p: float(np.sum(w * images["zero"])) for p, w in shapes.items()}
    v["n02_zero_best"] = max(scores, key=scores.get)
    v["n02_zero_scores"] = scores
    v["n02_bar_seven"] = float(np.sum(shapes["top bar"] * images["seven"]))
    v["n02_bar_one"] = float(np.sum(shapes["top bar"] * images["one"]))
    v["n02_bar_seven_sigma"] = float(nl.neuron(images["seven"].ravel(), shapes["top bar"].ravel(), -4.0)[1])
    sums = np.array(SAMPLE_SUMS)
    v["n02_fire_b5"] = [float(s) for s in sums[nl.sigmoid(sums - 5.0) > 0.5]]
    v["n02_sigma_at_5"] = float(nl.sigmoid(5.0 - 5.0))
    a = np.array(INPUTS)
    v["n02_inputs"] = tuple(float(x) for x in a)
    z, s = nl.neuron(a, [1.5, -2.0, 0.5], -0.5)
    v["n02_z"], v["n02_s"] = float(z), float(s)
    v["n02_dz_w2"] = float(nl.neuron(a, [1.5, -1.0, 0.5], -0.5)[0] - z)
    v["n02_dz_w1"] = float(nl.neuron(a, [2.5, -2.0, 0.5], -0.5)[0] - z)
    z, s = nl.neuron([1.0, 0.5, 0.0], [2.0, -1.0, 3.0], -1.0)
    v["n02_quiz_z"], v["n02_quiz_s"] = float(z), float(s)

    # 03: the parameters of 784-16-16-10, layer by layer; shapes of a layer
    sizes = [784, 16, 16, 10]
    layers = [sum(nl.parameter_count(sizes[k:k + 2])) for k in range(3)]
    weights, biases = nl.parameter_count(sizes)
    v["n03_layers"], v["n03_total"], v["n03_weights"], v["n03_biases"] = layers, weights + biases, weights, biases
    v["n03_first_share"] = 100 * layers[0] / (weights + biases)
    W, b = nl.init_layer(784, 16, np.random.default_rng(0))
    Z, _ = nl.dense(np.zeros((100, 784)), W, b)
    v["n03_W"], v["n03_b"], v["n03_Z"] = W.shape, b.shape, Z.shape
    v["n03_784_100_10"] = sum(nl.parameter_count([784, 100, 10]))
    # notebook 03's small examples: the video's W (2, 3) on one input a (3,); a batch X (4, 3) with W = W_video.T
    W_video, a0, b2 = np.zeros((2, 3)), np.zeros(3), np.zeros(2)
    v["n03_video"] = (W_video.shape, a0.shape, b2.shape, nl.sigmoid(W_video @ a0 + b2).shape)
    X4 = np.zeros((4, 3))
    v["n03_batch"] = (X4.shape, W_video.T.shape, nl.dense(X4, W_video.T, b2)[1].shape)

    # 04: an untrained network on the bundled test digits; chance is one in ten
    (_, _), (test_images, test_labels) = nl.data.load_bundled()
    net = nl.Network(sizes, rng=np.random.default_rng(0))
    v["n04_untrained"] = 100 * net.accuracy(nl.flatten(test_images), test_labels)
    v["n04_in_out"] = (sizes[0], sizes[-1])

    # 05: sizes through convolution and pooling; what max-pooling keeps
    for k in (3, 5):
        fmap = nl.conv2d(np.zeros((1, 28, 28)), np.zeros((1, k, k)))
        v[f"n05_conv{k}"] = fmap.shape[-1]
        v[f"n05_pool{k}"] = nl.max_pool2d(fmap).shape[-1]
    v["n05_pool_example"] = float(nl.max_pool2d(np.array([[[[1.0, 3.0], [2.0, 0.0]]]])).item())
    # which preset kernel answers the top bar of notebook 02's seven most strongly (rows 0-2 of the map)
    seven = images["seven"][None]
    bar = {name: float(np.abs(nl.conv2d(seven, K[None])[0, 0, :3]).max()) for name, K in nl.conv.KERNELS.items()
           if name != "sharpen"}
    v["n05_bar_kernel"] = max(bar, key=bar.get)
    v["n05_kernel_weights"] = int(np.prod(nl.conv.KERNELS["vertical edge"].shape))
    # notebook 05, sections 2 and 4: the first 9 of the bundled test digits and the vertical-edge kernel
    K = nl.conv.KERNELS["vertical edge"]
    nine = test_images[np.flatnonzero(test_labels == 9)[0]] / 255
    fmap = nl.conv2d(nine[None], K[None])[0, 0]
    v["n05_kernel_sum"] = float(K.sum())
    v["n05_start"] = float(fmap[8, 8])  # the sliding explorer starts at position 8 · 26 + 8: row 8, column 8
    low = np.unravel_index(fmap.argmin(), fmap.shape)
    v["n05_lowest"] = (float(fmap[low]), int(low[0]), int(low[1]))

    def relu_and_pool(image):
        feature = np.maximum(nl.conv2d(image[None], K[None])[0, 0], 0)
        return feature, nl.max_pool2d(feature[None, None])[0, 0]

    def changed_share(before, after):  # the lit pixels that changed by more than a tenth of the largest value
        tenth = 0.1 * before.max()
        lit = (before > tenth) | (after > tenth)
        return 100 * float(np.mean(np.abs(after - before)[lit] > tenth))

    feature_0, pooled_0 = relu_and_pool(nine)
    for dx in (1, 2):
        feature, pooled = relu_and_pool(nl.data.shift(nine[None], dx=dx, dy=0)[0])
        v[f"n05_moved{dx}"] = (changed_share(feature_0, feature), changed_share(pooled_0, pooled))
        if dx == 2:
            v["n05_moved_back"] = changed_share(pooled_0[:, :-1], pooled[:, 1:])
    return v


def n(x: float, digits: int = 2) -> str:
    """A number as the guide writes it: a real minus sign, thousands separated by commas."""
    text = f"{x:,.{digits}f}" if isinstance(x, float) and digits else f"{round(x):,}"
    return text.replace("-", "−")


# Each entry: (notebook, English question, Chinese question, English answer, Chinese answer); answers are
# functions of the values, so that every number in them is computed.
ASK = [
    ("01", "why are the middle layers called hidden?", "中间的层为什么叫隐藏层？",
     lambda v: f"Nobody sets them: the input layer is the image ({v['n04_in_out'][0]} pixels) and the output layer "
               f"the answer ({v['n04_in_out'][1]} digits); the two layers in between are neither, and the network "
               f"finds their values itself.",
     lambda v: f"没有人设定它们：输入层是图像（{v['n04_in_out'][0]} 个像素），输出层是答案（{v['n04_in_out'][1]} 个数字）；"
               f"中间的两层两者都不是，它们的值由网络自己算出。"),
    ("01", "how is this like the brain's visual system, and how is it not?", "它和大脑的视觉系统哪里像、哪里不像？",
     lambda v: "Like it: layers of simple units, each responding to what the layer before found (notebook 05 tells "
               "how CNNs took the idea from the visual cortex). Not like it: a neuron here holds one number, not a "
               "train of spikes; the signal goes one way, with no loops back; and it learns by gradient descent on "
               "labelled examples, a method the brain is not known to use. Loosely inspired by the brain, not a model of it.",
     lambda v: "像的地方：一层层简单的单元，每个单元对前一层的发现作出反应（笔记本 05 讲了 CNN 如何从视觉皮层借来这个想法）。"
               "不像的地方：这里的神经元存的是一个数，而不是一串脉冲；信号只朝一个方向走，没有回路；它靠在带标签的样本上"
               "做梯度下降来学习，而没有证据表明大脑用这种方法学习。它只是大致受到大脑的启发，而不是大脑的模型。"),
    ("01", "which way will the point go?", "那个点会往哪边走？",
     lambda v: f"With a > 0, a larger w makes z = w·a + b larger: the point moves right and up the curve. "
               f"From the start (a = 0.5, w = 4, b = −1): z = {n(v['n01_z'])}, σ = {n(v['n01_s'], 3)}; "
               f"w = 5 gives z = {n(v['n01_z_w5'])}, σ = {n(v['n01_s_w5'], 3)} (w up by 1 moves z up by a).",
     lambda v: f"a > 0 时 w 越大，z = w·a + b 越大：点沿曲线向右上方移动。从初始值（a = 0.5，w = 4，b = −1）出发："
               f"z = {n(v['n01_z'])}，σ = {n(v['n01_s'], 3)}；w = 5 时 z = {n(v['n01_z_w5'])}，"
               f"σ = {n(v['n01_s_w5'], 3)}（w 每变 1，z 就变 a）。"),
    ("01", "does the input still matter?", "输入还重要吗？",
     lambda v: f"No: z = 0·a + b = b whatever a is; with b = −1 the activation is σ(−1) = "
               f"{n(v['n01_w0'][0], 3)} for every a.",
     lambda v: f"不重要：无论 a 是多少，z = 0·a + b = b；b = −1 时激活值对任何 a 都是 σ(−1) = {n(v['n01_w0'][0], 3)}。"),
    ("01", "how large must w become to fire again?", "w 要多大才能重新激活？",
     lambda v: f"As large as −b: with a = 1 and b = −5 the neuron reaches σ = 0.5 at w = {n(v['n01_w_half'], 1)}. "
               f"At the slider's end, w = 6, σ = {n(v['n01_s_w6'], 3)}; clearly on (σ ≥ 0.9) needs "
               f"w ≥ {n(v['n01_w_09'], 1)}, beyond the slider.",
     lambda v: f"要达到 −b：a = 1、b = −5 时，w = {n(v['n01_w_half'], 1)} 才使 σ = 0.5。滑块的尽头 w = 6 时 "
               f"σ = {n(v['n01_s_w6'], 3)}；要明确激活（σ ≥ 0.9）需要 w ≥ {n(v['n01_w_09'], 1)}，超出了滑块范围。"),
    ("01", "does a small change of w change anything?", "w 的微小变化有影响吗？",
     lambda v: f"No (a dead ReLU): with a = 0.5, b = −1, w = −1 gives z = {n(v['n01_dead'][0])}, "
               f"ReLU = {n(v['n01_dead'][1], 0)}; w = −0.9 gives z = {n(v['n01_dead'][2])}, still "
               f"{n(v['n01_dead'][3], 0)}. The slope of ReLU there is {n(v['n01_dead'][4], 0)}.",
     lambda v: f"没有（ReLU 处于死区）：a = 0.5、b = −1 时，w = −1 得 z = {n(v['n01_dead'][0])}，"
               f"ReLU = {n(v['n01_dead'][1], 0)}；w = −0.9 得 z = {n(v['n01_dead'][2])}，仍是 {n(v['n01_dead'][3], 0)}。"
               f"ReLU 在那里的斜率是 {n(v['n01_dead'][4], 0)}。"),
    ("02", "which pattern scores a zero highest, and why does the top-bar detector like the seven?",
     "哪种图案给 0 的得分最高？为什么顶部横线检测器也喜欢 7？",
     lambda v: f"The {v['n02_zero_best']} (Σ w·a = {n(v['n02_zero_scores'][v['n02_zero_best']])} for the 0). "
               f"The 7 starts with a bar at the top, exactly where the top-bar weights are positive: "
               f"Σ w·a = {n(v['n02_bar_seven'])} (σ = {n(v['n02_bar_seven_sigma'], 3)} with b = −4), against "
               f"{n(v['n02_bar_one'])} for the 1.",
     lambda v: f"{ZH_PATTERN[v['n02_zero_best']]}（0 的 Σ w·a = {n(v['n02_zero_scores'][v['n02_zero_best']])}）。"
               f"7 的顶部正好有一道横线，恰在顶部横线权重为正的地方：Σ w·a = {n(v['n02_bar_seven'])}"
               f"（b = −4 时 σ = {n(v['n02_bar_seven_sigma'], 3)}），而 1 只有 {n(v['n02_bar_one'])}。"),
    ("02", "where is the threshold for b = −5?", "b = −5 时阈值在哪里？",
     lambda v: f"At a weighted sum s = 5, where σ(s + b) = σ(0) = {n(v['n02_sigma_at_5'], 1)}; of the six sample "
               f"inputs, {', '.join(n(s, 0) for s in v['n02_fire_b5'])} fire.",
     lambda v: f"在加权和 s = 5 处，那里 σ(s + b) = σ(0) = {n(v['n02_sigma_at_5'], 1)}；六个样本输入中 "
               f"{'、'.join(n(s, 0) for s in v['n02_fire_b5'])} 会激活。"),
    ("02", "why does a large w₂ change z so little?", "为什么 w₂ 很大，z 却变化不大？",
     lambda v: f"Its input a₂ = {n(v['n02_inputs'][1], 1)} is small: w₂ up by 1 moves z by only "
               f"{n(v['n02_dz_w2'], 1)}, w₁ up by 1 by {n(v['n02_dz_w1'], 1)} (a₁ = "
               f"{n(v['n02_inputs'][0], 1)}). At the start z = {n(v['n02_z'])}.",
     lambda v: f"它的输入 a₂ = {n(v['n02_inputs'][1], 1)} 很小：w₂ 增加 1，z 只变 {n(v['n02_dz_w2'], 1)}；"
               f"w₁ 增加 1，z 变 {n(v['n02_dz_w1'], 1)}（a₁ = {n(v['n02_inputs'][0], 1)}）。初始时 z = {n(v['n02_z'])}。"),
    ("03", "which edges change, which row of W?", "哪些连线变了？W 的哪一行变了？",
     lambda v: "The three edges into neuron 2 (from a₁, a₂ and a₃) and row 2 of the matrix on the right, the video's "
               "W; in code that is column 2, W[:, 1].",
     lambda v: "进入神经元 2 的三条连线（来自 a₁、a₂、a₃），以及右边矩阵（视频里的 W）的第 2 行；"
               "在代码里是第 2 列，即 W[:, 1]。"),
    ("03", "Why is the matrix form so much faster than loops?", "为什么矩阵形式比循环快这么多？",
     lambda v: "One call hands all the multiplications to compiled code (BLAS) that works on whole rows at once; the "
               "loop runs one Python step per weight. The results agree (the notebook checks it); the speed-up "
               "depends on the machine, so read it from the notebook's timing cell.",
     lambda v: "一次调用就把所有乘法交给编译好的代码（BLAS），它整行整行地计算；循环则每个权重都要执行一步 Python。"
               "两者结果一致（笔记本做了检查）；加速多少取决于机器，请看笔记本的计时单元格。"),
    ("03", "which layer holds most of the 13,002 parameters?", "13,002 个参数大部分在哪一层？",
     lambda v: f"The first: 784 × 16 weights + 16 biases = {n(v['n03_layers'][0])} of {n(v['n03_total'])} "
               f"({n(v['n03_first_share'], 1)}%); then {n(v['n03_layers'][1])} and {n(v['n03_layers'][2])}.",
     lambda v: f"第一层：784 × 16 个权重 + 16 个偏置 = {n(v['n03_layers'][0])}，占 {n(v['n03_total'])} 个中的 "
               f"{n(v['n03_first_share'], 1)}%；其后两层分别是 {n(v['n03_layers'][1])} 和 {n(v['n03_layers'][2])}。"),
    ("03", "what shape will this be?", "这个结果是什么形状？",
     lambda v: f"Read it from the shapes before running: the video's form, W {v['n03_video'][0]} @ a "
               f"{v['n03_video'][1]} + b {v['n03_video'][2]}, gives {v['n03_video'][3]}, one number per neuron; the "
               f"batch, X {v['n03_batch'][0]} @ W {v['n03_batch'][1]} + b, gives {v['n03_batch'][2]}, one row per "
               f"example and one column per neuron. As 3 inputs, 2 neurons and 4 examples all differ, a transposed W "
               f"does not fit, and nl.dense says so.",
     lambda v: f"运行之前先从形状推出来：视频的写法 W {v['n03_video'][0]} @ a {v['n03_video'][1]} + b "
               f"{v['n03_video'][2]} 得到 {v['n03_video'][3]}，每个神经元一个数；一批数据 X {v['n03_batch'][0]} @ W "
               f"{v['n03_batch'][1]} + b 得到 {v['n03_batch'][2]}，每个样本一行，每个神经元一列。3 个输入、2 个神经元、"
               f"4 个样本各不相同，所以转置的 W 对不上，nl.dense 会明确说出来。"),
    ("04", "what will a random network answer?", "随机网络会怎么回答？",
     lambda v: f"Guesses: about one digit in ten right, as by chance (notebook 04's untrained network: "
               f"{n(v['n04_untrained'], 0)}% of the bundled test digits).",
     lambda v: f"瞎猜：大约十个里对一个，和碰运气一样（笔记本 04 中未训练的网络在自带测试数字上答对 {n(v['n04_untrained'], 0)}%）。"),
    ("04", "which hidden neurons light up for a 7?", "看到 7 时哪些隐藏神经元亮了？",
     lambda v: "Several, and a different mix for each 7; which ones depends on the training run. There is no single "
               "\"7 neuron\" in the hidden layers: the pattern of many neurons carries the answer.",
     lambda v: "好几个，而且每个 7 亮的组合都不一样；具体是哪些取决于这次训练。隐藏层里没有一个“7 号神经元”："
               "答案由许多神经元共同的模式给出。"),
    ("04", "do they look like strokes?", "它们像笔画吗？",
     lambda v: "Not really: mostly speckled blobs of positive and negative weights, not the clean edges and loops one "
               "might hope for; a network reaches its 13,002 numbers without drawing what a person would.",
     lambda v: "不太像：大多是正负权重交错的斑点，而不是人们期望的清晰边缘和圆圈；网络找到它的 13,002 个数时，并不会画出人会画的东西。"),
    ("04", "why does moving a digit 3 pixels break it?", "为什么把数字平移 3 个像素它就错了？",
     lambda v: "Each first-layer weight belongs to one pixel position. Moved, the ink falls on pixels whose weights "
               "learned something else: to the network it is a different pattern of 784 numbers. The accuracy drop "
               "is printed in 04 §9 (it depends on the training run).",
     lambda v: "第一层的每个权重都对应一个固定的像素位置。平移之后，墨迹落在权重学到别的东西的像素上：对网络来说，"
               "这是另一组 784 个数。准确率下降多少见 04 §9 的输出（取决于这次训练）。"),
    ("05", "will the sum be positive or negative?", "总和是正还是负？",
     lambda v: f"Positive where the window has ink on its right and paper on its left (the left side of a stroke: the "
               f"kernel's right column is positive), negative on the right side of a stroke, "
               f"{n(v['n05_kernel_sum'], 0)} on plain paper and on even ink (the 9 weights add up to "
               f"{n(v['n05_kernel_sum'], 0)}). With the bundled digits the explorer starts at row 8, column 8, on the "
               f"left side of the 9's loop: the sum is {n(v['n05_start'])}; the most negative, "
               f"{n(v['n05_lowest'][0])}, is at row {v['n05_lowest'][1]}, column {v['n05_lowest'][2]}, on its right side.",
     lambda v: f"窗口右边有墨、左边是纸的地方（笔画的左侧：卷积核右边一列为正）为正，笔画的右侧为负，白纸上和均匀的墨迹上为 "
               f"{n(v['n05_kernel_sum'], 0)}（9 个权重加起来是 {n(v['n05_kernel_sum'], 0)}）。使用自带数据时，探索器从第 8 行、"
               f"第 8 列开始，在 9 的圆圈左侧：总和是 {n(v['n05_start'])}；最负的值 {n(v['n05_lowest'][0])} 在第 "
               f"{v['n05_lowest'][1]} 行、第 {v['n05_lowest'][2]} 列，在圆圈右侧。"),
    ("05", "which kernel lights up the top bar of a 7?", "哪个卷积核能点亮 7 的顶部横线？",
     lambda v: f"The {v['n05_bar_kernel']}: its rows (−1 −2 −1 / 0 0 0 / 1 2 1) answer where the ink changes from "
               f"top to bottom, above and below a horizontal stroke.",
     lambda v: f"{ZH_KERNEL[v['n05_bar_kernel']]}卷积核：它的三行（−1 −2 −1 / 0 0 0 / 1 2 1）在墨迹从上到下发生变化的地方"
               f"响应，也就是横向笔画的上下两侧。"),
    ("05", "What does max-pooling keep?", "最大池化保留了什么？",
     lambda v: f"The largest value of each 2 × 2 block (the block 1 3 / 2 0 gives {n(v['n05_pool_example'], 0)}), "
               f"the strongest response there: the map shrinks from {v['n05_conv3']} × {v['n05_conv3']} to "
               f"{v['n05_pool3']} × {v['n05_pool3']}. What it does not keep is where in the block that response was; "
               f"that does not make the pooled map ignore a moved digit (next question).",
     lambda v: f"每个 2 × 2 方块中的最大值（方块 1 3 / 2 0 得到 {n(v['n05_pool_example'], 0)}），也就是那里最强的响应："
               f"特征图从 {v['n05_conv3']} × {v['n05_conv3']} 缩小到 {v['n05_pool3']} × {v['n05_pool3']}。"
               f"它不保留这个响应在方块里的位置；但这并不意味着池化后的特征图对移动的数字视而不见（见下一个问题）。"),
    ("05", "does pooling keep a moved digit's map the same?", "池化能让移动后的数字的特征图保持不变吗？",
     lambda v: f"No, it makes it change less. Moved by 1 pixel, {n(v['n05_moved1'][0], 0)}% of the lit pixels of the "
               f"9's feature map change, and {n(v['n05_moved1'][1], 0)}% of the pooled map: fewer, but still more than "
               f"half. Moved by 2 pixels, the pooled map is the same map moved by exactly one cell "
               f"({n(v['n05_moved_back'], 0)}% changed once moved back): pooling halves a move, it does not remove it. "
               f"(05 §4, vertical-edge kernel, bundled digits; this involves no training.)",
     lambda v: f"不能，它只让特征图变化得更少。移动 1 个像素时，9 的特征图中亮的像素有 {n(v['n05_moved1'][0], 0)}% 变了，"
               f"池化后的特征图有 {n(v['n05_moved1'][1], 0)}% 变了：少一些，但仍超过一半。移动 2 个像素时，池化后的特征图是"
               f"同一张图恰好挪了一格（挪回来后 {n(v['n05_moved_back'], 0)}% 变化）：池化把移动减半，而不是消除它。"
               f"（05 §4，竖直边缘卷积核，自带数据；不涉及训练。）"),
    ("05", "why start the first layer as edge detectors?", "为什么第一层从边缘检测器开始？",
     lambda v: "For readable pictures, not for accuracy: started from random kernels, the same CNN reads about as many "
               "digits, with the notebook's settings and trained much longer (05 §5 prints both, measured by "
               "scripts/train_cnn_from_random.py). But training moves the first layer little (the printed correlations "
               "with the start stay close to 1, even in the long run), so random kernels stay random-looking and their "
               "maps cannot be named. Large networks trained long on over a million photos do learn edge detectors in "
               "their first layer (AlexNet: Krizhevsky, Sutskever and Hinton 2012, Fig. 3; Zeiler and Fergus 2014); "
               "this small CNN does not show it.",
     lambda v: "为了看得懂的图，而不是为了准确率：从随机卷积核开始，同样的 CNN 认对的数字差不多一样多，无论用笔记本的设置还是训练得久得多"
               "（05 §5 打印了两者，由 scripts/train_cnn_from_random.py 测得）。但训练对第一层改变很少（打印出的与起点的相关系数都接近 1，"
               "训练得久也一样），所以随机卷积核看上去仍是随机的，它们的特征图叫不出名字。在一百多万张照片上长时间训练的大型网络，"
               "第一层确实会学出边缘检测器（AlexNet：Krizhevsky、Sutskever 和 Hinton 2012，图 3；Zeiler 和 Fergus 2014）；"
               "这个小 CNN 并没有表现出这一点。"),
    ("05", "what does the modern training buy the MLP here?", "现代的训练方式在这里给 MLP 带来了什么？",
     lambda v: "Little on these digits: the MLP of the video and the modern MLP end within about two points of each "
               "other. What it is known for is not measured here: in deeper networks sigmoid layers far from the "
               "output learn ever more slowly (Nielsen, Neural Networks and Deep Learning, chapter 5), and a ReLU, "
               "which does not saturate, slows learning less (chapter 6). So the CNN's gain over the modern MLP, trained the same way, belongs to "
               "convolution and pooling. The figures are in the table of 05 §7 (they depend on the training run).",
     lambda v: "在这些数字上带来的很少：视频里的 MLP 和现代的 MLP 的准确率相差不到两个百分点左右。它出名的好处这里并没有测量："
               "在更深的网络里，离输出越远的 sigmoid 层学得越慢（Nielsen《Neural Networks and Deep Learning》第 5 章），"
               "不会饱和的 ReLU 拖慢学习的程度小得多（同书第 6 章）。所以 CNN 相对于同样方式训练的现代 MLP 的提高，属于卷积和池化。"
               "具体数字见 05 §7 的表格（取决于这次训练）。"),
    ("05", "why does the CNN's accuracy drop so much less on shifted digits?", "为什么 CNN 在平移后的数字上准确率下降得少得多？",
     lambda v: "The same kernels slide over every position, so an edge gives the same response wherever it is, and "
               "each pooling halves a move. The MLPs' weights are tied to pixel positions: moved 3 pixels, both lose "
               "about half their accuracy, and the CNN loses about half as many points as they do. It still loses a "
               "lot: its dense layer at the end cares where the pieces are. The figures are in the table of 05 §7 "
               "(they depend on the training run).",
     lambda v: "同样的卷积核在每个位置上滑动，所以边缘无论在哪里都得到同样的响应，而每次池化又把移动减半；MLP 的权重则绑定在像素"
               "位置上：平移 3 个像素时，两个 MLP 的准确率都下降了大约一半，CNN 下降的百分点大约只有它们的一半。它仍然下降了不少："
               "最后的全连接层在意部件的位置。具体数字见 05 §7 的表格（取决于这次训练）。"),
]

ZH_PATTERN = {"top bar": "顶部横线", "vertical stroke": "竖直笔画", "left-right edge": "左右边缘", "loop": "圆圈"}
ZH_KERNEL = {"vertical edge": "竖直边缘", "horizontal edge": "水平边缘", "diagonal edge": "对角边缘", "blur": "模糊"}

QUIZ = [
    ("01", "What does one neuron hold?", "一个神经元里存着什么？",
     lambda v: "One number, its activation (between 0 and 1 with σ).",
     lambda v: "一个数，即它的激活值（用 σ 时在 0 到 1 之间）。"),
    ("01", "A neuron has a = 0.5, w = 4, b = −1. What are z and σ(z)?",
     "一个神经元的 a = 0.5，w = 4，b = −1。z 和 σ(z) 各是多少？",
     lambda v: f"z = {n(v['n01_z'])}, σ(z) = {n(v['n01_s'], 3)}.",
     lambda v: f"z = {n(v['n01_z'])}，σ(z) = {n(v['n01_s'], 3)}。"),
    ("01", "What is σ(0)?", "σ(0) 是多少？",
     lambda v: f"{n(v['n01_sigma0'], 1)} (not 0).", lambda v: f"{n(v['n01_sigma0'], 1)}（不是 0）。"),
    ("01", "What are ReLU(−2) and ReLU(3)?", "ReLU(−2) 和 ReLU(3) 各是多少？",
     lambda v: f"{n(v['n01_relu'][0], 0)} and {n(v['n01_relu'][1], 0)}: ReLU has no upper limit.",
     lambda v: f"{n(v['n01_relu'][0], 0)} 和 {n(v['n01_relu'][1], 0)}：ReLU 没有上限。"),
    ("02", "For a = (1, 0.5, 0), w = (2, −1, 3) and b = −1, what is z = w₁a₁ + w₂a₂ + w₃a₃ + b?",
     "a = (1, 0.5, 0)，w = (2, −1, 3)，b = −1 时，z = w₁a₁ + w₂a₂ + w₃a₃ + b 是多少？",
     lambda v: f"z = 2 − 0.5 + 0 − 1 = {n(v['n02_quiz_z'])}, and σ(z) = {n(v['n02_quiz_s'], 3)}; the weight 3 "
               f"adds nothing, as its input is 0.",
     lambda v: f"z = 2 − 0.5 + 0 − 1 = {n(v['n02_quiz_z'])}，σ(z) = {n(v['n02_quiz_s'], 3)}；权重 3 什么也没加，"
               f"因为它的输入是 0。"),
    ("02", "Which bias makes a neuron fire only when its weighted sum is above 10?",
     "偏置取多少，神经元才只在加权和超过 10 时激活？",
     lambda v: "b = −10: σ(s − 10) passes 0.5 at s = 10.", lambda v: "b = −10：σ(s − 10) 在 s = 10 处越过 0.5。"),
    ("02", "What does a negative weight on a pixel say?", "某个像素上的负权重表示什么？",
     lambda v: "\"No ink here, please\": ink on that pixel lowers z.", lambda v: "“这里最好没有墨迹”：那个像素上的墨迹会降低 z。"),
    ("02", "Does the top-bar pattern score the 7 or the 1 higher?", "顶部横线图案给 7 的得分高，还是给 1 的得分高？",
     lambda v: f"The 7: Σ w·a = {n(v['n02_bar_seven'])}, against {n(v['n02_bar_one'])} for the 1.",
     lambda v: f"7：Σ w·a = {n(v['n02_bar_seven'])}，而 1 只有 {n(v['n02_bar_one'])}。"),
    ("03", "In code, what are the shapes of W and b of a layer from 784 inputs to 16 neurons?",
     "在代码里，从 784 个输入到 16 个神经元的一层，W 和 b 的形状各是什么？",
     lambda v: f"W is {v['n03_W']}, one column per neuron; b is {v['n03_b']}.",
     lambda v: f"W 是 {v['n03_W']}，每个神经元一列；b 是 {v['n03_b']}。"),
    ("03", "A batch X has shape (100, 784). What is the shape of Z = X @ W + b for that layer?",
     "一批数据 X 的形状是 (100, 784)。这一层的 Z = X @ W + b 是什么形状？",
     lambda v: f"{v['n03_Z']}: one row per example, one column per neuron.",
     lambda v: f"{v['n03_Z']}：每个样本一行，每个神经元一列。"),
    ("03", "How many parameters does the 784-16-16-10 network have?", "784-16-16-10 网络有多少个参数？",
     lambda v: f"{n(v['n03_total'])}: {n(v['n03_weights'])} weights and {n(v['n03_biases'])} biases.",
     lambda v: f"{n(v['n03_total'])} 个：{n(v['n03_weights'])} 个权重和 {n(v['n03_biases'])} 个偏置。"),
    ("03", "How many parameters does a 784-100-10 network have?", "784-100-10 网络有多少个参数？",
     lambda v: f"{n(v['n03_784_100_10'])} (784 × 100 + 100 + 100 × 10 + 10).",
     lambda v: f"{n(v['n03_784_100_10'])} 个（784 × 100 + 100 + 100 × 10 + 10）。"),
    ("04", "How many input and how many output neurons does the digit network have, and why?",
     "识别数字的网络有多少个输入神经元、多少个输出神经元？为什么？",
     lambda v: f"{v['n04_in_out'][0]} in, one per pixel of a 28 × 28 image; {v['n04_in_out'][1]} out, one per digit.",
     lambda v: f"输入 {v['n04_in_out'][0]} 个，28 × 28 图像的每个像素一个；输出 {v['n04_in_out'][1]} 个，每个数字一个。"),
    ("04", "About how often is an untrained network right?", "未经训练的网络大约多久答对一次？",
     lambda v: f"About one time in ten, by chance (notebook 04: {n(v['n04_untrained'], 0)}%).",
     lambda v: f"大约十次对一次，纯属碰运气（笔记本 04：{n(v['n04_untrained'], 0)}%）。"),
    ("04", "Is an answer given with a high output value always right?", "输出值很高的答案一定正确吗？",
     lambda v: "No: pure noise also lights up one output well above the others (04 §9); a sigmoid output is not a probability.",
     lambda v: "不一定：纯噪声也会让某个输出远高于其他输出（04 §9）；sigmoid 的输出不是概率。"),
    ("04", "Why does a digit moved by 3 pixels confuse the network?", "为什么平移 3 个像素的数字会让网络出错？",
     lambda v: "Each first-layer weight belongs to one pixel position: moved, it is a different pattern of 784 "
               "numbers.",
     lambda v: "第一层的每个权重都对应一个固定的像素位置：平移后，它就是另一组 784 个数。"),
    ("05", "A 28 × 28 image, a 5 × 5 kernel, 'valid' convolution, then 2 × 2 max-pooling: what sizes come out?",
     "28 × 28 的图像、5 × 5 的卷积核、“valid”卷积，再做 2 × 2 最大池化：输出各是多大？",
     lambda v: f"{v['n05_conv5']} × {v['n05_conv5']} (28 − 5 + 1), then {v['n05_pool5']} × {v['n05_pool5']}.",
     lambda v: f"{v['n05_conv5']} × {v['n05_conv5']}（28 − 5 + 1），然后是 {v['n05_pool5']} × {v['n05_pool5']}。"),
    ("05", "How many weights does one 3 × 3 kernel have, for a 28 × 28 image and for a 1000 × 1000 one?",
     "一个 3 × 3 卷积核有多少个权重？图像是 28 × 28 和 1000 × 1000 时各是多少？",
     lambda v: f"{v['n05_kernel_weights']} in both cases (plus one bias): the kernel is shared by every position.",
     lambda v: f"两种情况都是 {v['n05_kernel_weights']} 个（另加一个偏置）：所有位置共用同一个卷积核。"),
    ("05", "What does 2 × 2 max-pooling give for the window 1 3 / 2 0?", "对窗口 1 3 / 2 0 做 2 × 2 最大池化，结果是多少？",
     lambda v: f"{n(v['n05_pool_example'], 0)}, the largest value (not the average).",
     lambda v: f"{n(v['n05_pool_example'], 0)}，即最大值（不是平均值）。"),
    ("05", "Does a deep-learning convolution flip its kernel?", "深度学习中的卷积会翻转卷积核吗？",
     lambda v: "No: it slides the kernel as it is (a cross-correlation).",
     lambda v: "不会：卷积核原样滑动（数学上叫互相关）。"),
    ("05", "A digit moves 1 pixel. Is its max-pooled feature map the same as before?",
     "一个数字移动了 1 个像素。它经过最大池化的特征图和原来一样吗？",
     lambda v: f"No: it changes less than the feature map, but it changes (05 §4: "
               f"{n(v['n05_moved1'][1], 0)}% of the lit pooled pixels, against {n(v['n05_moved1'][0], 0)}% before "
               f"pooling). A 2-pixel move becomes a 1-cell move of the same pooled map.",
     lambda v: f"不一样：它比池化前的特征图变化得少，但仍然会变（05 §4：池化后亮的像素有 "
               f"{n(v['n05_moved1'][1], 0)}% 变了，池化前是 {n(v['n05_moved1'][0], 0)}%）。移动 2 个像素则变成同一张池化特征图挪动 1 格。"),
]

TITLES = {
    "01": {"en": "01 · The neuron", "zh-CN": "01 · 神经元"},
    "02": {"en": "02 · Weights and bias", "zh-CN": "02 · 权重与偏置"},
    "03": {"en": "03 · A layer in matrix form", "zh-CN": "03 · 层与矩阵"},
    "04": {"en": "04 · Handwritten digits", "zh-CN": "04 · 手写数字"},
    "05": {"en": "05 · CNN intuition", "zh-CN": "05 · 卷积神经网络的直觉"},
}
WORDS = {
    "en": {"answers": "## Answers for the teacher", "ask": "Asked in class", "quiz": "Quiz",
           "intro": "Every question the sections above ask the class, and every question of the quiz to hand out "
                    "([`handouts/quiz.md`](handouts/quiz.md)), with the expected answer. The numbers are computed by "
                    "nnlib, not typed: `python scripts/teacher_answers.py` writes this section, and a test checks "
                    "it. Answers that depend on a training run give no number: read it from the notebook.",
           "quiz_title": "# Quiz: what is a neural network?",
           "quiz_intro": "Name: ____________________    Answer in a word, a number or a sentence. "
                         "The question bank: the class pack (scripts/build_class_pack.py) prints a shorter quiz for each route.",
           "generated": "<!-- generated by scripts/teacher_answers.py from one source for both languages: "
                        "do not edit -->",
           "other": "**English** · [中文](quiz.zh-CN.md)"},
    "zh-CN": {"answers": "## 给老师的答案", "ask": "课堂提问", "quiz": "小测验",
              "intro": "下面列出上面各节向全班提出的每个问题和要分发的小测验（[`handouts/quiz.zh-CN.md`](handouts/quiz.zh-CN.md)）"
                       "中的每道题，并给出预期的答案。其中的数字由 nnlib 计算，而不是手写的：`python scripts/teacher_answers.py` "
                       "生成本节，并有测试检查它。取决于训练结果的答案不给数字：请看笔记本里的输出。",
              "quiz_title": "# 小测验：神经网络是什么",
              "quiz_intro": "姓名：____________________    用一个词、一个数或一句话回答。（题库：课堂资料包 scripts/build_class_pack.py 为每条路线打印更短的小测验。）",
              "generated": "<!-- 由 scripts/teacher_answers.py 从中英文共用的同一份源生成：请勿手工修改 -->",
              "other": "[English](quiz.md) · **中文**"},
}


def answers_section(v: dict, lang: str) -> str:
    """The guide's answers section (between the markers) in ``lang``."""
    words, k = WORDS[lang], 0 if lang == "en" else 1
    out = [START, words["answers"], "", words["intro"], ""]
    for number, title in TITLES.items():
        out += [f"### {title[lang]}", "", f"**{words['ask']}**", ""]
        out += [f"- **{q[1 + k]}** {q[3 + k](v)}" for q in ASK if q[0] == number]
        out += ["", f"**{words['quiz']}**", ""]
        out += [f"{i}. **{q[1 + k]}** {q[3 + k](v)}" for i, q in enumerate((q for q in QUIZ if q[0] == number), 1)]
        out.append("")
    return "\n".join(out + [END])


def quiz(lang: str) -> str:
    """The quiz to hand out: questions only, with room to answer."""
    words, k = WORDS[lang], 0 if lang == "en" else 1
    out = [words["generated"], "", words["other"], "", words["quiz_title"], "", words["quiz_intro"], ""]
    for number, title in TITLES.items():
        out += [f"## {title[lang]}", ""]
        out += [f"{i}. {q[1 + k]}\n\n   ____________________________________________\n"
                for i, q in enumerate((q for q in QUIZ if q[0] == number), 1)]
    return "\n".join(out).rstrip() + "\n"


def rendered() -> dict[Path, str]:
    """Every file this script writes, with its new text."""
    v, files = values(), {}
    for lang, path in GUIDES.items():
        text = path.read_text(encoding="utf-8")
        if START in text:
            head, rest = text.split(START, 1)
            tail = rest.split(END, 1)[1]
        else:  # first run: before the accessibility section
            marker = "## Accessibility" if lang == "en" else "## 无障碍"
            head, tail = text.split(marker, 1)
            tail = "\n\n" + marker + tail
        files[path] = head + answers_section(v, lang) + tail
    for lang, path in QUIZZES.items():
        files[path] = quiz(lang)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if a file differs from what nnlib computes")
    args = parser.parse_args()
    stale = []
    for path, text in rendered().items():
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            stale.append(str(path.relative_to(ROOT)))
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                print("wrote", path.relative_to(ROOT))
    if args.check and stale:
        print("out of date (run python scripts/teacher_answers.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
