from . import Lesson, code, md

LESSON = Lesson(
    "04", "handwritten-digits",
    {"en": "Handwritten digits (MNIST)", "zh-CN": "手写数字（MNIST）"},
    {"en": "784 pixels in, 10 digits out: the 784-16-16-10 network trained on real MNIST digits; draw your own.",
     "zh-CN": "输入 784 个像素，输出 10 个数字：在真实 MNIST 数据上训练 784-16-16-10 网络；还能自己写数字让它认。"},
    [
        md(
            """
## Goal

By the end of this notebook you can

- say why a 28 × 28 image is **784 numbers**, and why the network has 784 inputs and **10 outputs**;
- say why the video hopes for **layers**: a 9 is a loop on top and a line on the right, a loop is made of little
  edges — and build that hope by hand as a working network, and say where it fails;
- train the video's network, **784-16-16-10**, on real handwritten digits and measure how often it is right;
- watch one digit light the network up layer by layer, draw your own, and test the hope against what training
  really learned;
- name what this network cannot do (a digit moved by a few pixels, pure noise), the reason for CNNs.
""",
            """
## 目标

学完这个笔记本，你能够

- 说明为什么一张 28 × 28 的图像就是 **784 个数**，以及为什么网络有 784 个输入和 **10 个输出**；
- 说明视频为什么寄希望于**分层**：9 是上面一个圈加右边一条竖线，圈又由一小段一小段的边缘组成——
  并亲手把这个期望搭成一个能运行的网络，说出它在哪里失败；
- 在真实的手写数字上训练视频中的网络 **784-16-16-10**，并衡量它答对的比例；
- 看一个数字让网络逐层亮起，自己写一个数字，并用训练真正学到的东西检验当初的期望；
- 说出这个网络做不到什么（平移几个像素的数字、纯噪声），这正是引出 CNN 的原因。
""",
        ),
        code(
            """
import time

import numpy as np

import nnlib as nl
"""
        ),
        md(
            """
## 1. 784 numbers in

MNIST is a classic collection of handwritten digits, each a 28 × 28 grey image. `nl.load_mnist()` gives the
full set (60,000 training + 10,000 test digits) when this machine can download it, and otherwise 10,000 real
MNIST digits that come with nnlib (8,000 for training, 2,000 for testing). It says which one it used.
""",
            """
## 1. 输入：784 个数

MNIST 是经典的手写数字数据集，每个数字都是一张 28 × 28 的灰度图。能联网下载时，`nl.load_mnist()`
给出完整数据集（60,000 个训练样本 + 10,000 个测试样本）；否则使用 nnlib 自带的 10,000 个真实 MNIST 数字
（8,000 个用于训练，2,000 个用于测试）。它会说明用的是哪一个。
""",
        ),
        code(
            """
(train_images, train_labels), (test_images, test_labels) = nl.load_mnist()
print(train_images.shape, train_images.dtype, train_labels.shape, test_images.shape)
""",
            check=True,
        ),
        code(
            """
nl.show(nl.plots.digits_figure(train_images[:20], train_labels[:20]))
"""
        ),
        md(
            """
To the computer, each image is just a grid of numbers from 0 (paper) to 255 (ink). Here is the first one,
each number drawn as a character, darker for more ink:
""",
            """
对计算机来说，每张图像只是一格格的数字，从 0（白纸）到 255（墨迹）。下面是第一张图，每个数用一个字符表示，墨越多字符越“黑”：
""",
        ),
        code(
            """
shades = " .:-=+*#%@"
for row in train_images[0]:
    print("".join(shades[int(value) * len(shades) // 256] for value in row))
print(nl.t("nb04_label", label=train_labels[0]))
""",
            check=True,
        ),
        md(
            """
The 784 grey levels, scaled to 0..1, are the activations of the **input layer**: 784 neurons. One example is one
row of the input matrix X, shape (n, 784), the convention of notebook 03.
""",
            """
这 784 个灰度值缩放到 0..1 后，就是**输入层** 784 个神经元的激活值。一个样本是输入矩阵 X 的一行，X 的形状为 (n, 784)，
这正是笔记本 03 中的约定。
""",
        ),
        code(
            """
X_train = train_images.reshape(len(train_images), 784).astype(np.float32) / 255  # float32: half the memory
X_test = test_images.reshape(len(test_images), 784).astype(np.float32) / 255
print(X_train.shape, X_test.shape, X_train.min(), X_train.max())
print(nl.t("nb04_flatten_same", same=np.allclose(nl.flatten(train_images[:1000]), X_train[:1000])))
""",
            check=True,
            zh={"float32: half the memory": "float32：内存减半"},
        ),
        md(
            """
## 2. An untrained network

The network of the video: the **input layer** of 784 pixels, two **hidden layers** of 16 neurons (hidden because
we never set or read them directly: they sit between what goes in and what comes out), and the **output layer**
of 10 neurons — output neuron d should light up for the digit d, and the brightest one is the answer.

The whole network is **a function**: 784 numbers in, 10 numbers out, with 13,002 knobs inside (its weights and
biases). Learning means finding good values for those knobs. Here they start random, so its answers are guesses:
""",
            """
## 2. 未经训练的网络

视频中的网络：**输入层**是 784 个像素，接着是两个各有 16 个神经元的**隐藏层**（叫“隐藏”，是因为我们从不直接设定或读取它们：
它们夹在输入和输出之间），最后是 10 个神经元的**输出层**——第 d 个输出神经元应该在看到数字 d 时亮起来，最亮的那个就是答案。

整个网络就是**一个函数**：输入 784 个数，输出 10 个数，里面有 13,002 个旋钮（权重和偏置）。学习，就是为这些旋钮找到好的取值。
这里它们一开始是随机的，所以它的回答只是瞎猜：
""",
        ),
        code(
            """
net = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))
print(nl.t("nb04_labels", labels=test_labels[:12]))
print(nl.t("nb04_answers", answers=net.predict(X_test[:12])))
print(nl.t("nb04_right", percent=100 * net.accuracy(X_test, test_labels)))
""",
            check=True,
        ),
        md(
            """
## 3. Why layers? The hope, built by hand

Why two hidden layers, and why should they help? The video's argument: when you read a **9** you see *a loop on
top and a line on the right*; an **8** is *two loops*; a **4** is *three lines*. And a loop is itself made of
*little edges*. So one might hope that

- hidden layer 1 finds **little edges**,
- hidden layer 2 combines edges into **parts** (loops, lines),
- the output layer combines parts into **digits**.

This is loosely how the brain's visual system is thought to work too (cells that answer edges, then shapes); the
network only borrows the idea. Before any training, let's build this hope ourselves, with notebook 02's tool: a
neuron whose weights are a picture fires on images that have ink where its picture has. Here are the digits we
build it for, drawn from loops and lines on MNIST's 28 × 28 grid:
""",
            """
## 3. 为什么要分层？亲手搭出这个期望

为什么要两个隐藏层，它们又凭什么有用？视频的论证是：你读一个 **9** 时，看到的是*上面一个圈、右边一条竖线*；**8** 是*两个圈*；
**4** 是*三条线*。而一个圈本身又由*一小段一小段的边缘*组成。于是我们可以期望：

- 第 1 个隐藏层找出**小边缘**，
- 第 2 个隐藏层把边缘组合成**部件**（圈、线），
- 输出层把部件组合成**数字**。

人们认为大脑的视觉系统大致也是这样工作的（有的细胞对边缘有反应，再往后的对形状有反应）；神经网络只是借用了这个思路。
在训练之前，我们先用笔记本 02 的工具亲手搭出这个期望：一个以图片为权重的神经元，在输入图像的墨迹恰好落在它那张图片有墨的地方时激活。
下面是我们要识别的数字，都在 MNIST 的 28 × 28 网格上用圆圈和线条画成：
""",
        ),
        code(
            """
drawings = nl.handmade.drawings()  # digit -> uint8 (28, 28), like an MNIST image
X_hand = nl.flatten(np.array(list(drawings.values())))  # (6, 784), ink in 0..1
nl.show(nl.plots.digits_figure(list(drawings.values()), list(drawings), columns=6,
                               title=nl.t("drawings_title")))
""",
            zh={
                "digit -> uint8 (28, 28), like an MNIST image": "数字 -> uint8 (28, 28)，和 MNIST 图像一样",
                "(6, 784), ink in 0..1": "(6, 784)，墨迹在 0..1 之间",
            },
        ),
        md(
            """
**Layer 1: 16 little edges.** Each neuron's weights are one edge's picture — a quarter of the upper or of the
lower loop, or a short piece of a line — divided by the edge's total ink, so that w · a is *the share of the
edge that is inked* (0 to 1). With weights × 10 and bias −5, z = 10 · (share − ½): the neuron fires when more
than half of its edge has ink.
""",
            """
**第 1 层：16 条小边缘。** 每个神经元的权重是一条边缘的图片——上圈或下圈的四分之一，或者一条线的一小段——再除以这条边缘的墨量总和，
这样 w · a 就是*这条边缘被墨覆盖的比例*（0 到 1）。权重乘以 10、偏置取 −5，于是 z = 10 · (比例 − ½)：
边缘有一半以上被墨覆盖时，神经元就激活。
""",
        ),
        code(
            """
edges = nl.handmade.edge_pictures()  # name -> (28, 28) thin stroke in 0..1
edge_names = list(edges)
E = np.array([picture.ravel() / picture.sum() for picture in edges.values()]).T  # (784, 16): column j = edge j
W1, b1 = 10 * E, np.full(16, -5.0)
A1 = nl.sigmoid(X_hand @ W1 + b1)  # (6, 16)
nl.show(nl.plots.weight_images_figure(W1.T.reshape(16, 28, 28), [nl.handmade.edge_label(n) for n in edge_names],
                                      title=nl.t("edges_title")))
""",
            zh={
                "name -> (28, 28) thin stroke in 0..1": "名称 -> (28, 28) 的细笔画，在 0..1 之间",
                "(784, 16): column j = edge j": "(784, 16)：第 j 列 = 边缘 j",
            },
        ),
        md(
            """
**Layer 2: 6 parts.** A part neuron gets weight 10 from each edge it needs and 0 from the others, and bias
−10 · (k − ½) for k needed edges: it fires when all of them fire. **Output layer: 3 digits**, the video's
three examples. A digit neuron gets +10 from the parts it needs, −10 from a part that must *not* be there (a 9
has no loop at the bottom), and the same kind of bias. Every weight of the network is in these two tables:
""",
            """
**第 2 层：6 个部件。** 部件神经元从它需要的每条边缘那里得到权重 10，从其他边缘得到 0；若需要 k 条边缘，偏置就是
−10 · (k − ½)：只有所需的边缘全部激活时它才激活。**输出层：3 个数字**，就是视频里的三个例子。
数字神经元从它需要的部件那里得到 +10，从*不能*出现的部件那里得到 −10（9 的下面没有圈），偏置同理。
整个网络的每个权重都在下面这两张表里：
""",
        ),
        code(
            r"""
parts = {  # part: the edges it needs
    "loop on top": ["upper ◠", "upper (", "upper )", "upper ◡"],
    "loop at the bottom": ["lower ◠", "lower (", "lower )", "lower ◡"],
    "upper left line": ["left │ 1", "left │ 2"],
    "upper right line": ["right │ 1", "right │ 2"],
    "lower right line": ["right │ 3", "right │ 4"],
    "bar across": ["bar ─ 1", "bar ─ 2"],
}
digit_rules = {  # digit: +1 for a part it needs, -1 for a part that must not be there
    "4": {"upper left line": 1, "bar across": 1, "upper right line": 1, "lower right line": 1, "loop on top": -1},
    "8": {"loop on top": 1, "loop at the bottom": 1},
    "9": {"loop on top": 1, "lower right line": 1, "loop at the bottom": -1},
}
part_names = list(parts)
W2 = np.zeros((16, 6))
for j, needed in enumerate(parts.values()):
    for edge in needed:
        W2[edge_names.index(edge), j] = 10
b2 = -10 * (np.array([len(needed) for needed in parts.values()]) - 0.5)
W3 = np.zeros((6, 3))
for j, rule in enumerate(digit_rules.values()):
    for part, sign in rule.items():
        W3[part_names.index(part), j] = 10 * sign
b3 = -10 * (np.array([sum(sign > 0 for sign in rule.values()) for rule in digit_rules.values()]) - 0.5)
print(W3.astype(int), b3, sep="\n")  # W3: one row per part, one column per digit (4, 8, 9); then b3
""",
            check=True,
            zh={
                "part: the edges it needs": "部件：它需要的边缘",
                "digit: +1 for a part it needs, -1 for a part that must not be there": "数字：需要的部件给 +1，不能出现的部件给 -1",
                "W3: one row per part, one column per digit (4, 8, 9); then b3": "W3：每个部件一行，每个数字（4、8、9）一列；然后是 b3",
            },
        ),
        md(
            """
Now let each drawing go through the three layers — z = a W + b and σ, as in notebook 03 — and list which edges and
which parts fire (activation above 0.5):
""",
            """
现在让每幅画依次通过这三层——和笔记本 03 一样，z = a W + b，再取 σ——并列出哪些边缘、哪些部件激活了（激活值超过 0.5）：
""",
        ),
        code(
            """
A1 = nl.sigmoid(X_hand @ W1 + b1)  # (6, 16): edges
A2 = nl.sigmoid(A1 @ W2 + b2)  # (6, 6): parts
A3 = nl.sigmoid(A2 @ W3 + b3)  # (6, 3): the digits 4, 8, 9
none, comma = nl.t("nothing_fires"), nl.t("list_comma")
for digit, a1, a2, a3 in zip(drawings, A1, A2, A3):
    fired_parts = [nl.t(p) for p, a in zip(part_names, a2) if a > 0.5]
    answer = [d for d, a in zip(digit_rules, a3) if a > 0.5]
    print(nl.t("hand_fires", name=nl.t("drawn_digit", digit=digit), edges=int(np.sum(a1 > 0.5)),
                    fired=comma.join(fired_parts) or none))
    print("   ", nl.t("hand_answer", digit=digit, outputs=np.round(a3, 2), answer=comma.join(answer) or none))
""",
            check=True,
            zh={
                "(6, 16): edges": "(6, 16)：边缘",
                "(6, 6): parts": "(6, 6)：部件",
                "(6, 3): the digits 4, 8, 9": "(6, 3)：数字 4、8、9",
            },
        ),
        md(
            """
It works on the digits it was built for: the drawn 9, 8 and 4 light up their own output and no other. Parts
share edges — the right side of a loop is also a piece of a line on the right, so the drawn 8 fires the right-hand
lines too — and the output layer sorts that out: a 9 must have no loop at the bottom. The 0, 6 and 7 light up
nothing: we gave it no neuron for them. Here is the hand-made network as the video draws it, lit up by the drawn 9
through every layer: 16 edges, 6 parts (named beside their circles), 3 digits. Pick another drawing
with the slider, and step back through the layers with **layer**:
""",
            """
对于搭建时设想的这几个数字，它确实管用：画的 9、8、4 都只点亮各自的输出。部件之间共用边缘——圈的右侧同时也是右边竖线的一段，
所以画的 8 也点亮了右边的竖线——输出层会把这一点理清楚：9 的下面不能有圈。0、6、7 则什么也点不亮：我们根本没给它们准备神经元。
下面把这个手工网络画成视频里的样子，画的 9 把它的每一层都点亮了：16 条边缘、6 个部件（名字写在各自的圆圈旁边）、
3 个数字。用滑块换一幅画，用 **逐层** 一层一层往回看：
""",
        ),
        code(
            """
hand = nl.Network([784, 16, 6, 3], rng=np.random.default_rng(0))
hand.W, hand.b = [W1, W2, W3], [b1, b2, b3]
print(nl.t("nb04_parts_named", parts=comma.join(f"{k + 1} {nl.t(p)}" for k, p in enumerate(part_names))))
""",
            check=True,
        ),
        code(
            """
nl.widgets.network_explorer(hand, np.array(list(drawings.values())), index=0, output_names=list(digit_rules),
                           hidden_names={2: [nl.t(p) for p in part_names]})
"""
        ),
        md(
            """
**Where it fails.** Move the drawn 9 three pixels to the right, or show it real handwritten digits from the test
set: real strokes are slanted, thicker or thinner, smaller or larger, and never sit exactly on our edges.
""",
            """
**它在哪里失败。** 把画的 9 向右移动 3 个像素，或者给它看测试集里真实的手写数字：真实的笔画会倾斜、粗细不一、大小不一，
从来不会恰好落在我们画的边缘上。
""",
        ),
        code(
            """
def hand_outputs(X):
    return nl.sigmoid(nl.sigmoid(nl.sigmoid(X @ W1 + b1) @ W2 + b2) @ W3 + b3)


moved = hand_outputs(nl.flatten(nl.data.shift(drawings["9"][None], dx=3, dy=0)))[0]
moved_answer = list(digit_rules)[moved.argmax()] if moved.max() > 0.5 else none
print(nl.t("hand_moved", outputs=np.round(moved, 2), answer=moved_answer))
real = hand_outputs(X_test)  # (n, 3)
for k, digit in enumerate(digit_rules):
    mine = test_labels == int(digit)
    print(nl.t("hand_real", digit=digit, share=100 * np.mean(real[mine, k] > 0.5),
                    others=100 * np.mean(real[~mine, k] > 0.5)))
""",
            check=True,
        ),
        md(
            """
The hope, made by hand, is a working network on our clean drawings and almost useless on real handwriting:
a person would need to foresee every way of writing a 9. Training does not start from our rules: it adjusts all
13,002 numbers from examples. Whether it ends up with edges and loops is a question we test in section 6.
""",
            """
亲手搭出的这个期望，在我们干净的画上是一个能用的网络，在真实的手写数字上却几乎毫无用处：人得预见写 9 的每一种写法才行。
训练并不从我们的规则出发：它根据样本调整全部 13,002 个数。它最后会不会学出边缘和圆圈？我们在第 6 节检验。
""",
        ),
        md(
            """
## 4. Training: turning 13,002 knobs

How wrong is the network? For one digit, compare its 10 outputs a with what they should be, y (1 for the right
digit, 0 elsewhere), and add up the squared differences, halved: ½‖a − y‖². The **cost** is this number averaged
over many digits: one number that says how wrong the network is. Training nudges every weight and bias a little in
the direction that lowers the cost (**gradient descent**); that direction is computed by **backpropagation** — the
topic of the video's next chapters. The **learning rate** (`lr`) says how big each nudge is. `net.fit` does this
on small batches of digits (`batch_size` at a time), and one **epoch** is one pass through all the training
digits: with `epochs=30`, every training digit is used 30 times. It returns the cost and the accuracy per epoch.
""",
            """
## 4. 训练：调节 13,002 个旋钮

网络错了多少？对一个数字，把它的 10 个输出 a 和应有的输出 y（正确数字为 1，其余为 0）相比较，把差的平方加起来再减半：
½‖a − y‖²。**代价**就是这个数在许多数字上的平均值：用一个数说明网络整体错了多少。训练就是把每个权重和偏置都朝着让代价变小的方向
挪动一点点（**梯度下降**）；这个方向由**反向传播**算出——这是视频后面几章的内容。**学习率**（`lr`）决定每次挪动的步子有多大。
`net.fit` 每次取一小批数字（每批 `batch_size` 个）完成这些步骤；**一轮**（epoch）就是把全部训练数字过一遍：`epochs=30`
表示每个训练数字都被用 30 次。它返回每一轮的代价和准确率。
""",
        ),
        code(
            """
Y_test = nl.one_hot(test_labels)  # the outputs we want, shape (n, 10)
outputs = net.predict_proba(X_test)
cost = np.mean(0.5 * np.sum((outputs - Y_test) ** 2, axis=1))
print(nl.t("nb04_cost_before", cost=cost, nnlib=net.cost(X_test, Y_test)))
""",
            check=True,
            zh={"the outputs we want, shape (n, 10)": "我们想要的输出，形状 (n, 10)"},
        ),
        md(
            """
How many digits to learn from is a choice. More data: better, slower. Here the network learns from the first
`n_train` training digits (all of them when there are fewer), 30 times over (30 **epochs**), so that training
takes seconds on any machine. With the full set, raise `n_train` up to 60,000 and run the cell again: the test
accuracy goes up a little, and the time grows in proportion.
""",
            """
用多少个数字来学习，是一个选择。数据越多：效果越好，也越慢。这里网络从前 `n_train` 个训练数字中学习
（不够这么多时就用全部），反复学 30 遍（30 **轮**），这样在任何机器上训练都只要几秒钟。如果用的是完整数据集，
可以把 `n_train` 调大（最多 60,000）再运行这个单元格：测试准确率会略有提高，用时则按比例增加。
""",
        ),
        code(
            """
n_train = 20_000  # how many training digits the network learns from: more data, better and slower
curves = nl.widgets.TrainingCurves(epochs=30)
display(curves)
start = time.perf_counter()
history = net.fit(X_train[:n_train], train_labels[:n_train], epochs=30, batch_size=10, lr=3.0,
                  rng=np.random.default_rng(1), validation=(X_test, test_labels), callback=curves.update)
seconds = time.perf_counter() - start
""",
            zh={
                "how many training digits the network learns from: more data, better and slower":
                    "网络用多少个训练数字来学习：数据越多，效果越好，也越慢",
            },
        ),
        code(
            """
print(nl.t("nb04_trained_in", n=len(X_train[:n_train]), seconds=seconds))
""",
            ignore=True,
        ),
        code(
            """
print(nl.t("nb04_cost_after", cost=history["loss"][-1]))
print(nl.t("nb04_test_accuracy", percent=100 * net.accuracy(X_test, test_labels)))
""",
            trained=True,
        ),
        md(
            r"""
**For the curious: where this network's code lives.** `net` is an `nl.Network`, about 120 lines of NumPy in
`nnlib/network.py`. For a batch X of shape (n, 784), in the symbols of that file:

- **forward** (`Network.forward`), layer after layer from a = X to the output: z = a_prev W + b, a = σ(z);
- **backward** (`Network.backward`), from the output back to the first hidden layer: at the output
  δ = (a − y) ⊙ σ′(z); one layer back δ_prev = δ Wᵀ ⊙ σ′(z_prev); each layer's gradients are
  ∂C/∂W = a_prevᵀ δ and ∂C/∂b = Σ δ (summed over the batch, and divided by n, since C is the average);
- **one step** (`step`, written once in `nnlib/training.py` for every network): W ← W − lr · ∂C/∂W, and b likewise.
  `fit` repeats it batch after batch.

Glossary: **δ** ("delta") of a layer is ∂C/∂z, how much the cost changes when that layer's z changes; **⊙**
multiplies element by element (NumPy's `*`); **Wᵀ** is W transposed (`W.T`): it sends δ back along the same
connections, from each neuron to the neurons that fed it; σ′(z) = σ(z)(1 − σ(z)) is the slope of the sigmoid.
Why these formulas hold is the video's chapters 3 and 4 (and chapter 2 of Nielsen's book *Neural Networks and
Deep Learning*). To read the code here, run `nl.Network.backward??` in a new cell.
""",
            r"""
**给好奇的你：这个网络的代码在哪里。** `net` 是一个 `nl.Network`，它的代码在 `nnlib/network.py` 里，
大约 120 行 NumPy。对一批形状为 (n, 784) 的 X，用那个文件里的记号：

- **前向**（`Network.forward`）：从 a = X 开始，一层接一层直到输出：z = a_prev W + b，a = σ(z)；
- **反向**（`Network.backward`）：从输出层往回走到第 1 个隐藏层：在输出层 δ = (a − y) ⊙ σ′(z)；往回一层
  δ_prev = δ Wᵀ ⊙ σ′(z_prev)；每一层的梯度是 ∂C/∂W = a_prevᵀ δ 和 ∂C/∂b = Σ δ（对这一批求和，再除以 n，
  因为 C 是平均值）；
- **一步**（`step`，在 `nnlib/training.py` 里只写了一次，每种网络共用）：W ← W − lr · ∂C/∂W，b 也一样。
  `fit` 就是一批接一批地重复这一步。

术语表：一层的 **δ**（读作 delta）是 ∂C/∂z，即这一层的 z 变化时代价变化多少；**⊙** 表示逐个元素相乘（NumPy 的 `*`）；
**Wᵀ** 是 W 的转置（`W.T`）：它让 δ 沿着同样的连接往回传，从每个神经元传给向它输入的那些神经元；
σ′(z) = σ(z)(1 − σ(z)) 是 sigmoid 的斜率。这些公式为什么成立，是视频第 3、4 章的内容（也可以看 Nielsen 的书
《Neural Networks and Deep Learning》第 2 章）。想在这里读代码，就在一个新单元格里运行 `nl.Network.backward??`。
""",
        ),
        md(
            """
## 5. One digit lights up the network

The video's picture from notebook 01, alive: the image is the input layer (of its 784 pixels the diagram draws 8,
along the marked middle row); each circle of the hidden layers and of the output layer is shaded by its
activation (white = 0, black = 1). Between two layers the lines are the strongest contributions a · w of *this*
digit into the next layer: blue and solid where they push the next neuron up, vermillion and dashed where they
push it down. Shown as stored: the first test digit, gone through every layer. Step back and forth through the
layers with **layer**, and pick another test digit with the slider. The brightest output, the answer, is ringed;
the readout gives all 10 outputs and the true label.
""",
            """
## 5. 一个数字让网络亮起来

笔记本 01 里视频的那张图，这回是活的：图像就是输入层（784 个像素中，图上只画出标记的中间一行上的 8 个）；
隐藏层和输出层的每个圆圈按激活值着色（白 = 0，黑 = 1）。两层之间的连线，是*这个*数字传给下一层的最强的几份贡献 a · w：
蓝色实线把下一个神经元往上推，橙红色虚线把它往下压。保存下来的这张图里，第一个测试数字已经走完了每一层。
用 **逐层** 一层一层地来回走，用滑块换一个测试数字。
最亮的输出就是答案，用圆环圈出；右边的读数给出全部 10 个输出和真实标签。
""",
        ),
        code(
            """
nl.widgets.network_explorer(net, test_images, test_labels, index=0)
"""
        ),
        md(
            """
Try: step from the input to the output for a 1 and for a 0. Do the same hidden neurons light up? Find a digit it
gets wrong (✗): at which layer does it start to look like the wrong answer?
""",
            """
试一试：对一个 1 和一个 0，分别从输入层走到输出层。亮起来的是同一批隐藏神经元吗？找一个它答错（✗）的数字：
从哪一层开始，它看起来像那个错误答案了？
""",
        ),
        md(
            """
## 6. Hope vs reality

Section 3 built the hope by hand: hidden layer 1 as 16 little edges. Did training find edges? Each of the 16
neurons of the trained hidden layer 1 has 784 weights — a 28 × 28 picture, as in notebook 02. Above, the edges we
built; below, what training produced:
""",
            """
## 6. 期望与现实

第 3 节亲手搭出了期望：第 1 个隐藏层是 16 条小边缘。训练找到边缘了吗？训练后第 1 个隐藏层的 16 个神经元各有 784 个权重——
正如笔记本 02 所示，就是一张 28 × 28 的图。上面是我们搭的边缘，下面是训练得到的结果：
""",
        ),
        code(
            """
nl.show(nl.plots.weight_images_figure(E.T.reshape(16, 28, 28), [nl.handmade.edge_label(n) for n in edge_names],
                                      title=nl.t("hoped_title")))
learned = net.W[0].T.reshape(16, 28, 28)  # column j of W is neuron j's 784 weights
nl.show(nl.plots.weight_images_figure(learned, range(1, 17), title=nl.t("learned_title")))
""",
            zh={"column j of W is neuron j's 784 weights": "W 的第 j 列是神经元 j 的 784 个权重"},
        ),
        md(
            """
Mostly blotches spread over the whole middle of the image, not thin edges. To put a number on it, compare each
learned picture with each of our 16 edges by their **cosine similarity**: the weighted sum of one picture against
the other, after scaling both to length 1 — 1 for the same picture, 0 for nothing in common. For each learned
neuron, here is its best match among the edges:
""",
            """
大多是散布在图像中部的一团团斑块，而不是细细的边缘。为了用数来说话，把每张学到的图和我们的 16 条边缘逐一比较它们的
**余弦相似度**：把两张图都缩放到长度 1，再算一张对另一张的加权和——同一张图为 1，毫无共同之处为 0。
下面是每个学到的神经元在这些边缘中的最佳匹配：
""",
        ),
        code(
            """
edges_unit = E / np.linalg.norm(E, axis=0)  # (784, 16): each edge scaled to length 1
learned_unit = net.W[0] / np.linalg.norm(net.W[0], axis=0)  # (784, 16): each learned neuron, length 1
similarity = learned_unit.T @ edges_unit  # (16 learned, 16 edges)
best = np.abs(similarity).max(axis=1)
print(np.round(best, 2))
print(nl.t("nb04_best_match", high=best.max()))
untrained = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))  # net as it was before training
untrained_unit = untrained.W[0] / np.linalg.norm(untrained.W[0], axis=0)
best_untrained = np.abs(untrained_unit.T @ edges_unit).max(axis=1)
print(nl.t("nb04_best_untrained", values=np.round(best_untrained, 2)))
""",
            trained=True,
            zh={
                "(784, 16): each edge scaled to length 1": "(784, 16)：每条边缘缩放到长度 1",
                "(784, 16): each learned neuron, length 1": "(784, 16)：每个学到的神经元，长度为 1",
                "(16 learned, 16 edges)": "(16 个学到的, 16 条边缘)",
                "net as it was before training": "训练之前的 net",
            },
        ),
        md(
            """
None of them comes close to 1: training did not find our edges. The trained neurons match our edges better than
the same 16 neurons did before training (the baseline line, all near 0.1: random weights match nothing), but
their best matches (the first line) stay far below 1.
The video says as much. In this chapter it presents edges → parts → digits as a hope and leaves open whether the
trained network really works that way; in its next chapter it looks at the trained weights and finds that they
do not pick out little edges — they look almost random, with loose patterns in the middle, as they do here. Yet
this network reads about 93% of the test digits (measured on the 2,000 bundled test digits after learning from
the 8,000 bundled training digits; section 4 printed your run's figure) and our hand-made one almost none:
training found *some* 13,002 numbers that classify digits well, not the tidy ones we imagined.
""",
            """
没有一个接近 1：训练并没有找到我们的边缘。训练后的神经元与我们的边缘的匹配程度，比同样 16 个神经元在训练之前要高
（见“基准”那一行，都在 0.1 左右：随机的权重什么也匹配不上），但它们的最佳匹配（第一行）仍远小于 1。视频自己也这样说。在这一章里，
它把“边缘 → 部件 → 数字”当作一种期望提出来，并没有断言训练后的网络真的如此；在下一章里，它查看训练好的权重，
发现它们并没有挑出小边缘——看上去几乎是随机的，只在中间有些松散的图案，和这里一样。
可是这个网络能认对大约 93% 的测试数字（这是在自带的 8,000 个训练数字上学习、在自带的 2,000 个测试数字上测得的；
你这次运行的结果见第 4 节的打印），而我们手工搭的网络几乎一个也认不出：训练找到的是*某一组*能很好地识别数字的
13,002 个数，而不是我们想象中那么整齐的那组。
""",
        ),
        md(
            """
## 7. Where it goes wrong

The **confusion matrix** counts, for each true digit (row), how often each answer (column) was given: the
diagonal holds the right answers. Below it, some of the digits it got wrong, "label → answer":
""",
            """
## 7. 它错在哪里

**混淆矩阵**统计了每个真实数字（行）被回答成各个数字（列）的次数：对角线上是答对的数量。
下面还列出了一些它答错的数字，格式为“标签 → 答案”：
""",
        ),
        code(
            """
predictions = net.predict(X_test)
C = nl.evaluate.confusion_matrix(test_labels, predictions)
nl.show(nl.plots.confusion_figure(C))
"""
        ),
        code(
            """
wrong = nl.evaluate.mistakes(test_labels, predictions)
print(nl.t("nb04_mistakes", wrong=len(wrong), total=len(test_labels)))
nl.show(nl.plots.digits_figure(test_images[wrong[:20]],
                               [f"{test_labels[i]} → {predictions[i]}" for i in wrong[:20]]))
""",
            trained=True,
        ),
        md(
            """
## 8. Draw your own digit

Draw a digit in the box with the mouse (one stroke at a time). After each stroke your drawing is centred and
scaled the way MNIST digits are, and every layer answers. **Clear** starts again.
""",
            """
## 8. 自己写一个数字

用鼠标在方框里写一个数字（一次一笔）。每写完一笔，你的字都会像 MNIST 数字那样被居中和缩放，然后每一层都会给出反应。
点击**清除**重新开始。
""",
        ),
        code(
            """
pad = nl.widgets.drawing_pad(net)
pad
"""
        ),
        md(
            """
Then run the next cell to see your drawing light up the network diagram, layer by layer (run it again after
changing your drawing):
""",
            """
写好之后，运行下一个单元格，看你的字让网络图逐层亮起（改了字之后再运行一次）：
""",
        ),
        code(
            """
nl.widgets.network_explorer(net, pad.digit[None], layers=0)
"""
        ),
        md(
            """
## 9. Blind spots

Each weight of hidden layer 1 belongs to one pixel position: weight W[i, j] multiplies the ink of pixel i and
nothing else. The network keeps no images; it has one weight per pixel per neuron, learned where the training
digits had their ink. Move every test digit just **3 pixels to the right** and ask again; then show it **pure
noise**, which is no digit at all:
""",
            """
## 9. 盲点

第 1 个隐藏层的每个权重都属于一个固定的像素位置：权重 W[i, j] 只乘以像素 i 上的墨，别的都不管。网络并不保存图像；
它为每个神经元的每个像素各有一个权重，是在训练数字有墨的那些位置上学出来的。把每个测试数字都**向右移动 3 个像素**再问一次；
然后给它看**纯噪声**，那根本不是数字：
""",
        ),
        code(
            """
shifted = nl.data.shift(test_images, dx=3, dy=0)
print(nl.t("nb04_as_is", percent=100 * net.accuracy(X_test, test_labels)))
print(nl.t("nb04_moved", percent=100 * net.accuracy(nl.flatten(shifted), test_labels)))

noise = np.random.default_rng(2).integers(0, 256, size=(5, 28, 28), dtype=np.uint8)
noise_outputs = net.predict_proba(nl.flatten(noise))
for k, out in enumerate(noise_outputs):
    first, second = np.argsort(out)[::-1][:2]  # the winner and the runner-up
    print(nl.t("nb04_noise", k=k, answer=first, high=out[first], second=second, second_high=out[second],
               total=out.sum()))
""",
            trained=True,
            zh={"the winner and the runner-up": "最高的和第二高的"},
        ),
        code(
            """
examples = np.concatenate([test_images[:5], shifted[:5], noise])
answers = net.predict(nl.flatten(examples))
rows = [nl.t("row_original"), nl.t("row_moved"), nl.t("row_noise")]
nl.show(nl.plots.digits_figure(examples, [f"→ {a}" for a in answers], columns=5, row_labels=rows))
"""
        ),
        md(
            """
A digit moved a few pixels puts its ink on other pixels, whose weights were learned for other things: the
accuracy falls far. And noise still lights up an output neuron: for some of these noise images one output stands
far above the runner-up printed beside it. But a sigmoid
output is not a probability: each of the 10 outputs is squashed on its own, so they need not add up to 1 (the sums
printed above differ from one noise image to the next), and a high output only says that this neuron's weighted
sum was large. Nothing in this network knows that a stroke is a stroke wherever it is. A
**convolutional network** (notebook 05) looks for small patterns everywhere in the image: edges, then strokes,
then digits.
""",
            """
数字平移几个像素后，墨落到了别的像素上，而这些像素的权重是为别的用途学出来的：准确率大幅下降。噪声也仍然会点亮某个输出神经元：
在其中几张噪声图上，有一个输出远高于打印在它旁边的第二高的输出。但 sigmoid 的输出并不是概率：10 个输出各自被压缩，加起来不一定等于 1（上面打印的和，
每张噪声图都不一样），输出高只说明这个神经元的加权和很大。这个网络并不知道：一个笔画挪到别处，仍然是同一个笔画。
**卷积神经网络**（笔记本 05）会在图像的每个位置寻找小图案：先是边缘，然后是部件，最后是数字。
""",
        ),
        md(
            """
## 10. Our class's own digits

MNIST's digits were written around 1990 by employees of the US Census Bureau and by American high-school students.
How well does the network read *our* handwriting? Draw a digit on the pad below, then click the number it is: the
pad saves it (only the 28 × 28 picture and its label, in a file of its own under `class-digits/` beside this
notebook) and clears itself for the next one. Draw each digit 0-9 a few times. Your teacher collects the class's files and merges them into one,
`class.npz`, with `python -m nnlib.class_digits merge FOLDER -o class.npz`.
""",
            """
## 10. 我们班自己的数字

MNIST 的数字是 1990 年前后由美国人口普查局的职员和美国的高中生写的。这个网络读*我们*的字又读得怎么样？在下面的画板上写一个数字，
再点击它是哪个数字：画板就把它保存下来（只保存 28 × 28 的图和它的标签，存在这个笔记本旁边 `class-digits/`
文件夹里一个属于你自己的文件中），并清空画板，好写下一个。把 0-9 每个数字都写上几遍。老师收齐全班的文件后，用
`python -m nnlib.class_digits merge 文件夹 -o class.npz` 把它们合并成一个文件 `class.npz`。
""",
        ),
        code(
            """
class_pad = nl.widgets.class_digits_pad(net)
class_pad
"""
        ),
        md(
            """
Then test the trained network on the class's handwriting: this cell takes `class.npz` if it is beside this
notebook, otherwise the digits you saved in this session. The confusion matrix and the digits it got wrong are
read as in section 7.
""",
            """
然后用全班的笔迹来检验训练好的网络：如果这个笔记本旁边有 `class.npz`，这个单元格就用它，否则用你在本次会话中保存的数字。
混淆矩阵和答错的数字的读法与第 7 节相同。
""",
        ),
        code(
            """
class_set = nl.class_digits.for_lesson(class_pad)  # class.npz, else this session's digits, else None
if class_set is None:
    print(nl.t("nb04_class_none"))
else:
    if class_set.source is None:
        print(nl.t("nb04_class_from_pad", n=len(class_set)))
    else:
        print(nl.t("nb04_class_from_file", n=len(class_set), source=class_set.source))
    X_class = nl.flatten(class_set.images)  # (n, 784), ink in 0..1, as X_test
    class_predictions = net.predict(X_class)
    class_wrong = nl.evaluate.mistakes(class_set.labels, class_predictions)
    print(nl.t("nb04_class_accuracy", mnist=100 * net.accuracy(X_test, test_labels),
               ours=100 * net.accuracy(X_class, class_set.labels), right=len(class_set) - len(class_wrong),
               n=len(class_set)))
    C_class = nl.evaluate.confusion_matrix(class_set.labels, class_predictions)
    nl.show(nl.plots.confusion_figure(C_class, title=nl.t("nb04_class_confusion")))
    if len(class_wrong):
        nl.show(nl.plots.digits_figure(class_set.images[class_wrong[:20]],
                                       [f"{class_set.labels[i]} → {class_predictions[i]}" for i in class_wrong[:20]],
                                       title=nl.t("nb04_class_wrong")))
    else:
        print(nl.t("nb04_class_all_right"))
""",
            trained=True,
            zh={"class.npz, else this session's digits, else None": "class.npz，否则用本次会话的数字，再否则为 None",
                "(n, 784), ink in 0..1, as X_test": "(n, 784)，墨迹在 0..1 之间，和 X_test 一样"},
        ),
        md(
            """
## Summary

- A 28 × 28 image is 784 numbers: the activations of the input layer. The 10 outputs of the output layer stand
  for the digits 0-9; the layers in between are hidden. The whole network is a function with 13,002 knobs.
- The hope behind the layers — edges, then parts (loops, lines), then digits — can be built by hand: it works on
  clean drawings and fails on real handwriting.
- The cost ½‖a − y‖², averaged, says how wrong the network is; training lowers it by gradient descent, one small
  step (the learning rate) per batch, epoch after epoch. The 784-16-16-10 network then gets about 93% of the
  2,000 bundled test digits right (after learning from the 8,000 bundled training digits).
- What its hidden layers learn is useful but not the tidy edges we hoped for: the best match with any of our edges
  stays far from 1.
- It fails on digits moved by a few pixels, and on noise it still gives high outputs, which are not probabilities:
  the reason for CNNs.
""",
            """
## 小结

- 一张 28 × 28 的图像就是 784 个数：输入层的激活值。输出层的 10 个输出分别代表数字 0-9；中间的是隐藏层。
  整个网络是一个带有 13,002 个旋钮的函数。
- 分层背后的期望——先是边缘，再是部件（圈、线），最后是数字——可以亲手搭出来：它在干净的画上有效，在真实的手写数字上失败。
- 代价 ½‖a − y‖² 的平均值衡量网络错了多少；训练用梯度下降降低代价，每批迈一小步（步子大小就是学习率），一轮又一轮。
  训练后的 784-16-16-10 网络能答对自带的 2,000 个测试数字中的大约 93%（在自带的 8,000 个训练数字上学习之后）。
- 隐藏层学到的东西有用，却不是我们期望的那种整齐边缘：与我们任何一条边缘的最佳匹配都远小于 1。
- 数字平移几个像素它就会出错；面对噪声它仍会给出很高的输出，而这些输出并不是概率：这正是需要 CNN 的原因。
""",
        ),
        md(
            """
## Exercises

**Exercise 1.** Compute the network's test accuracy yourself, as a number between 0 and 1, from
`net.predict(X_test)` and `test_labels`.
""",
            """
## 练习

**练习 1.** 根据 `net.predict(X_test)` 和 `test_labels`，自己算出网络在测试集上的准确率（0 到 1 之间的数）。
""",
        ),
        code(
            """
my_accuracy = ...
nl.checks.my_accuracy(my_accuracy, net, X_test, test_labels)
""",
            check=True,
        ),
        md(
            """
**Exercise 2.** Which mistake does the network make most often? Give it as a pair (label, answer), read off
the confusion matrix `C` (for example with `np.argmax` on `C` without its diagonal).
""",
            """
**练习 2.** 网络最常犯的是哪种错误？以 (标签, 答案) 的形式给出，从混淆矩阵 `C` 中读出
（例如对去掉对角线的 `C` 用 `np.argmax`）。
""",
        ),
        code(
            """
pair = ...
nl.checks.most_confused(pair, C)
""",
            check=True,
        ),
        md(
            """
**Exercise 3.** Train the modern variant: ReLU in the hidden layers and a softmax output with cross-entropy,
`nl.Network([784, 16, 16, 10], rng=..., hidden="relu", output="softmax")`, until it gets at least 90% of the
test digits right (try `lr=0.1`).
""",
            """
**练习 3.** 训练现代的变体：隐藏层用 ReLU，输出层用 softmax 加交叉熵，
`nl.Network([784, 16, 16, 10], rng=..., hidden="relu", output="softmax")`，直到它在测试集上至少答对 90%
（试试 `lr=0.1`）。
""",
        ),
        code(
            """
modern = ...
nl.checks.modern_network(modern, X_test, test_labels)
""",
            check=True,
        ),
        md(
            """
**Exercise 4.** What does the network think test digit 0 looks like? Its second hidden layer holds 16 numbers per
digit (`net.activations(X_test)[2]`, shape (n, 16)). Find the index of the *other* test digit whose 16 numbers are
closest to those of digit 0 (the smallest Euclidean distance, `np.linalg.norm`). Before you look: will it have the
same label? Then check with `test_labels` and look at both images.
""",
            """
**练习 4.** 在网络眼里，测试数字 0 像什么？它的第 2 个隐藏层对每个数字给出 16 个数（`net.activations(X_test)[2]`，
形状 (n, 16)）。找出与 0 号数字的这 16 个数最接近（欧几里得距离最小，`np.linalg.norm`）的*另一个*测试数字的序号。
先猜一猜：它的标签会相同吗？再用 `test_labels` 核对，并看看这两张图。
""",
        ),
        code(
            """
closest = ...
nl.checks.closest_hidden(closest, net, X_test, 0)
""",
            check=True,
        ),
        md(
            """
A stroke moved by three pixels defeated this network; in notebook 05 you build one that looks for the same small
stroke everywhere in the image, and see how much of that loss it wins back.
""",
            """
平移三个像素的笔画就难倒了这个网络；在笔记本 05 里，你会搭一个在图像的每个位置寻找同一小段笔画的网络，
看看它能把损失挽回多少。
""",
        ),
    ],
)
