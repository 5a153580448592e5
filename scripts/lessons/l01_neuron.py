from . import Lesson, code, md

LESSON = Lesson(
    "01", "the-neuron",
    {"en": "The neuron", "zh-CN": "神经元"},
    {"en": "The task and the 784-16-16-10 network as a picture (input, hidden, output layers); a neuron holds a "
           "number; σ(w·a + b) squashes it into 0..1; ReLU is the modern choice. Explorer: a, w, b.",
     "zh-CN": "任务与 784-16-16-10 网络图（输入层、隐藏层、输出层）；神经元存着一个数；σ(w·a + b) 把它压进 0..1；"
              "现代网络多用 ReLU。探索器：a、w、b。"},
    [
        md(
            """
## Goal

By the end of this notebook you can

- say what task the series solves, and draw the network of the video, 784-16-16-10, naming its **input layer**,
  **hidden layers** and **output layer**;
- say what a neuron holds: one number, its **activation**;
- compute a neuron's weighted sum **z = w·a + b** and its activation **σ(z)** by hand and in NumPy;
- explain why the sigmoid σ keeps every activation between 0 and 1, and how **ReLU** differs;
- move a weight and a bias and predict what the neuron does.
""",
            """
## 目标

学完这个笔记本，你能够

- 说出本系列要解决的任务，并画出视频中的网络 784-16-16-10，说出它的**输入层**、**隐藏层**和**输出层**；
- 说出一个神经元存着什么：一个数，它的**激活值**；
- 用手算和 NumPy 算出神经元的加权和 **z = w·a + b** 以及激活值 **σ(z)**；
- 解释为什么 sigmoid 函数 σ 让激活值始终落在 0 到 1 之间，以及 **ReLU** 有什么不同；
- 调整一个权重和一个偏置，并预测神经元会怎样反应。
""",
        ),
        code(
            """
import numpy as np

import nnlib as nl
"""
        ),
        md(
            """
## 1. The task: a digit you read at once

Here are handwritten digits, 28 × 28 pixels each. You read them at once, although no two are written alike.
For the computer each one is just 28 × 28 = 784 numbers, grey levels from 0 (white paper) to 255 (black ink).
Writing rules by hand for "what makes a 3" is hopeless. This series builds, piece by piece, a network that
reads them: it has 784 numbers going in and gives 10 numbers out, one per digit.
""",
            """
## 1. 任务：一眼就能认出的数字

下面是一些手写数字，每张 28 × 28 像素。虽然没有两个写得一样，你还是一眼就能认出来。
对计算机来说，每张图只是 28 × 28 = 784 个数：从 0（白纸）到 255（黑墨）的灰度。
靠手写规则来定义“什么样的图是 3”几乎不可能。本系列一步步搭建一个能读懂它们的网络：
输入 784 个数，输出 10 个数，每个数字对应一个。
""",
        ),
        code(
            """
(digits, labels), _ = nl.data.load_bundled()   # real handwritten digits (MNIST), bundled with nnlib
nl.show(nl.plots.digits_figure(digits[:10], labels[:10]))
print(digits.shape, digits[0].size, digits.min(), digits.max())
""",
            check=True,
            zh={"real handwritten digits (MNIST), bundled with nnlib": "真实的手写数字（MNIST），随 nnlib 附带"},
        ),
        md(
            """
## 2. The network as a picture: every circle holds a number

This is the network of the video. **Every circle is a neuron, and every neuron holds a number.**

- The **input layer** on the left has 784 neurons, one per pixel: each holds its pixel's grey level, scaled
  to 0..1. (Only 8 of them are drawn, pixels of the image's middle row; "⋮" stands for the rest.)
- The **output layer** on the right has 10 neurons, one per digit 0…9. The network's answer is the
  **brightest** of them, the one with the highest activation: shown a 9, the network should light up the
  output neuron of the 9 more than any other.
- In between are two **hidden layers** of 16 neurons each. They are "hidden" because they are neither the
  image we give nor the answer we read: we never set them, and nobody tells the network what they should
  hold. Why two, why 16? A modest choice of the video, small enough to draw; other sizes work too.
- Each line is a **connection**: every neuron is connected to every neuron of the next layer.

Where does this structure come from? It is **loosely inspired by the brain's visual system**: there, some
neurons respond to little edges, others, further on, to combinations of them, to parts of shapes. The hope,
as the video says it, is that a layered network could work similarly. A 9 is a loop on top and a line on the
right; a loop is made of little edges. So: edges in the first hidden layer, parts such as loops and lines in
the second, the digit at the output. "Loosely" means just that much: the idea of layers of simple units,
each responding to what the layer before found. Real neurons fire in spikes, are wired in loops, and learn
in other ways; the circles here only hold numbers and pass them on. Whether training gives this network
edges and parts at all is something notebook 04 checks.
""",
            """
## 2. 把网络画出来：每个圆圈里存着一个数

这就是视频中的网络。**每个圆圈是一个神经元，每个神经元存着一个数。**

- 左边的**输入层**有 784 个神经元，每个像素一个：存的是这个像素的灰度，缩放到 0..1。
  （图中只画出其中 8 个，是图像中间那一行的像素；“⋮”代表其余的。）
- 右边的**输出层**有 10 个神经元，分别对应数字 0…9。网络的答案是其中**最亮**的那个，也就是激活值最高的那个：
  看到一个 9 时，网络应该让代表 9 的输出神经元比其他的都亮。
- 中间是两个各有 16 个神经元的**隐藏层**。称为“隐藏”，是因为它们既不是我们输入的图像，也不是我们读取的答案：
  我们从不直接设定它们，也没有人告诉网络它们应该存什么。为什么是两层、每层 16 个？这是视频里一个适中的选择，
  小到能画出来；别的大小也可以。
- 每条线是一个**连接**：每个神经元都和下一层的每个神经元相连。

这种结构从哪里来？它**大致受到大脑视觉系统的启发**：在视觉系统里，有些神经元对细小的边缘有反应，
更后面的神经元对边缘的组合、对形状的各个部件有反应。视频中的期望是，分层的网络也许会类似地工作：
9 是上面一个圈加右边一条竖线，而圈又是由许多细小的边缘组成的。于是：第一个隐藏层找边缘，
第二个隐藏层找圈和线这样的部件，输出层认出数字。“大致”就只是这么多：借用的是“一层层简单单元，
每层对前一层的发现作出反应”这个想法。真实的神经元以脉冲发放、连接中有回路、学习方式也不同；
这里的圆圈只是存一个数并把它传下去。训练后的网络究竟有没有学到边缘和部件，笔记本 04 会去检验。

本系列按“点、线、面”展开：点是神经元（本笔记本），线是权重（本笔记本和 02），面是由它们组成的整个网络（03）。
""",
        ),
        code(
            """
nl.show(nl.plots.network_figure())
""",
        ),
        md(
            """
Now let the circles hold numbers. Below, the first digit goes into the input layer (its 784 pixels, scaled
to 0..1), and every other layer computes its numbers from the layer before, as this series will show step by
step. The network's weights are still random (it is notebook 04's `nl.Network` before any training), so its
answer means nothing yet. The lines drawn are, between each pair of layers, the 12 connections that count
most for this digit (notebook 02 says how a connection counts).
""",
            """
现在让圆圈存上数。下面把第一个数字送进输入层（784 个像素，缩放到 0..1），后面每一层都根据前一层算出自己的数，
本系列会一步步讲清楚怎么算。网络的权重还是随机的（这是笔记本 04 的 `nl.Network`，还没有训练），
所以它的答案现在没有意义。图中画出的是每两层之间对这个数字影响最大的 12 条连接（连接怎样起作用，见笔记本 02）。
""",
        ),
        code(
            """
x = digits[0].reshape(784) / 255                   # the input layer: 784 numbers in 0..1
net = nl.Network([784, 16, 16, 10], np.random.default_rng(0))   # random weights, not trained
layers = [A[0] for A in net.activations(x[None])]  # the numbers in every layer: (784,), (16,), (16,), (10,)
nl.show(nl.plots.network_figure(activations=layers, weights=net.W, strongest=12))
print([layer.shape for layer in layers])
""",
            check=True,
            zh={
                "the input layer: 784 numbers in 0..1": "输入层：784 个 0..1 之间的数",
                "random weights, not trained": "随机权重，没有训练过",
                "the numbers in every layer: (784,), (16,), (16,), (10,)": "每一层的数：(784,)、(16,)、(16,)、(10,)",
            },
        ),
        md(
            """
## 3. A neuron holds a number

The smallest unit of a neural network is the **neuron**. Each neuron holds one number, its **activation**:
how active it is. With the classic sigmoid activation that number lies between 0 (silent) and 1 (fully active).

Artificial neurons are loosely like the neurons in our brain: when you see an apple 🍎, a particular group of
neurons becomes active together. An active neuron stands for a concept or a feature.

Here are four neurons and their activations: the darker, the more active (like ink on paper, as in
every figure of this series).
""",
            """
## 3. 点：神经元存着一个数

神经网络最小的基本单位是**神经元**。每个神经元存着一个数字，称为**激活值**，表示它有多活跃。
使用经典的 sigmoid 激活函数时，这个数落在 0（完全不激活）到 1（完全激活）之间。

人工神经元有点像我们大脑里的神经元：看到苹果 🍎 时，一组特定的神经元会同时活跃起来。
一个被激活的神经元对应着某个概念或特征。

下面是四个神经元和它们的激活值：颜色越深，越活跃（像纸上的墨迹，本系列所有图都这样表示）。
""",
        ),
        code(
            """
activations = np.array([0.0, 0.2, 0.7, 1.0])
nl.show(nl.plots.neurons_figure(activations))
"""
        ),
        md(
            r"""
## 4. Weights and a bias: the weighted sum z

A neuron computes its activation from the activations **a** of the neurons before it. Each connection has a
**weight w** (how strongly it counts, like a synapse) and the neuron has a **bias b** (how easily it fires).
With one input the neuron first forms the **weighted sum**

$$z = w \cdot a + b .$$
""",
            r"""
## 4. 线：权重、偏置与加权和 z

神经元根据前一层神经元的激活值 **a** 计算自己的激活值。每条连接都有一个**权重 w**（表示连接的强弱和正负，类似突触），
神经元自己还有一个**偏置 b**（它有多容易被激活）。只有一个输入时，神经元先算出**加权和**

$$z = w \cdot a + b 。$$
""",
        ),
        code(
            """
a = 0.5   # the input's activation
w = 4.0   # the weight of the connection
b = -1.0  # the bias
z = w * a + b
print(z)
""",
            check=True,
            zh={"the input's activation": "输入的激活值", "the weight of the connection": "连接的权重", "the bias": "偏置"},
        ),
        md(
            r"""
## 5. The sigmoid squashes any number into 0..1

The weighted sum z can be any number, but an activation should lie between 0 and 1. The **sigmoid** (also
called the logistic or S-shaped function) squashes every real number into that range:

$$\sigma(z) = \frac{1}{1 + e^{-z}} .$$

Very negative z give almost 0, very positive z almost 1, and z = 0 gives exactly 0.5.
""",
            r"""
## 5. sigmoid 把任何数压进 0..1

加权和 z 可以是任何数，但激活值应该落在 0 到 1 之间。**sigmoid**（也叫 S 型函数或逻辑函数）
把每个实数都压进这个范围：

$$\sigma(z) = \frac{1}{1 + e^{-z}} 。$$

z 是绝对值很大的负数时，结果接近 0；z 是很大的正数时，接近 1；z = 0 时恰好是 0.5。
""",
        ),
        code(
            """
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for z in [-10, -2, 0, 2, 10]:
    print(f"sigmoid({z:>3}) = {sigmoid(z):.4f}")
""",
            check=True,
        ),
        md(
            """
Our one-line `sigmoid` is the formula, and it is right. For z = −1000, though, it computes e^1000, which
overflows (NumPy warns). `nl.sigmoid` computes the same function in a way that never takes e of a positive
number. Same numbers, no warning:
""",
            """
这一行的 `sigmoid` 就是公式本身，结果也正确。但当 z = −1000 时，它要计算 e^1000，会溢出（NumPy 会发出警告）。
`nl.sigmoid` 换了一种写法，从不对正数取指数。结果相同，却没有警告：
""",
        ),
        code(
            """
z = np.linspace(-30, 30, 601)
print(np.allclose(sigmoid(z), nl.sigmoid(z)))
print(nl.sigmoid(np.array([-1000.0, 0.0, 1000.0])))
""",
            check=True,
        ),
        md(
            r"""
## 6. ReLU: what modern networks mostly use

The sigmoid was the classic choice. Most modern networks use the **ReLU** (rectified linear unit) instead:

$$\operatorname{ReLU}(z) = \max(0, z) .$$

It lets positive numbers through unchanged and turns negative ones into 0, so its activations range from
0 to +∞, with no upper limit. It is cheap to compute and makes deep networks easier to train. The rest of
this series uses the sigmoid, as the video does, and comes back to ReLU for convolutional networks.
""",
            r"""
## 6. ReLU：现代网络最常用的选择

sigmoid 是经典的选择。而现代网络大多使用 **ReLU**（线性整流函数）：

$$\operatorname{ReLU}(z) = \max(0, z) 。$$

它让正数原样通过，把负数变成 0，所以激活值的范围是 0 到 +∞，没有上限。它计算简单，也让深层网络更容易训练。
本系列和视频一样主要使用 sigmoid，到卷积神经网络时再回到 ReLU。
""",
        ),
        code(
            """
def relu(z):
    return np.maximum(0, z)


z = np.array([-2.0, 0.0, 3.0])
print(relu(z))
print(np.allclose(relu(z), nl.relu(z)))
""",
            check=True,
        ),
        md(
            """
## 7. Explorer: move the input, the weight and the bias

Move the sliders and watch the orange point, the neuron, travel along the activation curve. The readout
beside the figure shows z = w·a + b and the activation, with the current numbers. Switch between sigmoid
and ReLU. (Keyboard: click a slider, then use the arrow keys.)

Things to try:

- Set **w = 0**. Does the input still matter? What decides the activation now?
- Keep a = 1 and make **b** more and more negative. How large must w be for the neuron to fire again?
- With ReLU, make z negative. What is the activation, and does a small change of w change it?
""",
            """
## 7. 探索器：调整输入、权重和偏置

拖动滑块，看橙色的点（也就是这个神经元）沿着激活函数曲线移动。图旁的读数显示 z = w·a + b 和激活值的当前数值。
也可以在 sigmoid 与 ReLU 之间切换。（键盘：点击滑块后用方向键。）

可以试试：

- 把 **w 设为 0**。输入还起作用吗？现在由什么决定激活值？
- 保持 a = 1，让 **b** 越来越负。w 要多大，神经元才会重新被激活？
- 使用 ReLU 时，让 z 变成负数。激活值是多少？w 的微小变化会改变它吗？
""",
        ),
        code(
            """
nl.widgets.neuron_explorer(a=0.5, w=4.0, b=-1.0)
"""
        ),
        md(
            """
## 8. The neuron as a function

From now on `nl.neuron(a, w, b)` computes the weighted sum and the activation for us. It also takes
several inputs at once (notebook 02), and it checks that the shapes fit, with an error that says what
it expected:
""",
            """
## 8. 把神经元写成函数

从现在起，`nl.neuron(a, w, b)` 帮我们计算加权和与激活值。它也能一次处理多个输入（见笔记本 02），
并检查形状是否匹配；不匹配时，错误信息会说明它期望的形状：
""",
        ),
        code(
            """
z, activation = nl.neuron(0.5, 4.0, -1.0)
print(f"z = {z:.2f}, sigmoid(z) = {activation:.4f}")
z, activation = nl.neuron(0.5, 4.0, -1.0, activation="relu")
print(f"z = {z:.2f}, relu(z) = {activation:.4f}")

try:
    nl.neuron([1.0, 2.0], [0.5, 0.5, 0.5], 0.0)
except nl.ShapeError as error:
    print(error)
""",
            check=True,
        ),
        md(
            """
## Summary

- The task: read a handwritten digit, 28 × 28 = 784 pixels. The network of the video, 784-16-16-10, has an
  **input layer** (784 neurons, one per pixel), two **hidden layers** (16 neurons each: neither input nor
  answer, the network decides what they hold) and an **output layer** (10 neurons, one per digit: the
  brightest is the answer). Its structure is loosely inspired by the brain's visual system.
- A neuron holds one number, its activation.
- It computes a weighted sum of its inputs plus a bias, **z = w·a + b**, then an activation function.
- The **sigmoid** σ(z) = 1 / (1 + e^(−z)) squashes any z into 0..1; σ(0) = 0.5.
- **ReLU**(z) = max(0, z) is what modern networks mostly use; its activations run from 0 to +∞.
- The weight says how much the input counts (and in which direction); the bias shifts the point where the
  neuron fires.
""",
            """
## 小结

- 任务：读出一个手写数字，28 × 28 = 784 个像素。视频中的网络 784-16-16-10 有一个**输入层**（784 个神经元，
  每个像素一个）、两个**隐藏层**（各 16 个神经元：既不是输入也不是答案，由网络自己决定存什么）和一个**输出层**
  （10 个神经元，每个数字一个：最亮的就是答案）。这种结构大致受到大脑视觉系统的启发。
- 一个神经元存着一个数：它的激活值。
- 它先计算输入的加权和再加上偏置，**z = w·a + b**，然后经过激活函数。
- **sigmoid** σ(z) = 1 / (1 + e^(−z)) 把任意 z 压进 0..1；σ(0) = 0.5。
- **ReLU**(z) = max(0, z) 是现代网络最常用的激活函数；它的激活值从 0 到 +∞。
- 权重表示连接的强弱和正负；偏置移动神经元被激活的位置。
""",
        ),
        md(
            """
## Exercises

Replace each `...` with your answer and run the cell: the self-check tells you whether it is right, and
if not, what is wrong.

**Exercise 1.** A neuron has the weight w = 2 and the bias b = −3. For which input a is its activation
σ(w·a + b) exactly 0.5? Work it out from what you know about σ before you try numbers.
""",
            """
## 练习

把每个 `...` 换成你的答案并运行单元格：自检会告诉你是否正确；如果不对，会说明哪里有问题。

**练习 1.** 一个神经元的权重 w = 2，偏置 b = −3。输入 a 等于多少时，它的激活值 σ(w·a + b) 恰好等于 0.5？
先用你对 σ 的了解推出来，再去试数字。
""",
        ),
        code(
            """
a_half = ...
nl.checks.half_input(a_half)
""",
            check=True,
        ),
        md(
            """
**Exercise 2.** A variant of ReLU used in practice, the *leaky* ReLU, does not throw negative inputs away: for
z > 0 it gives z, as ReLU does, and for z ≤ 0 it gives a tenth of z (so −3 becomes −0.3). Write it, for a
single number and for a whole array.
""",
            """
**练习 2.** 实践中常用 ReLU 的一个变体——*带泄漏的* ReLU（leaky ReLU），它不会把负的输入完全丢掉：z > 0 时输出 z，
和 ReLU 一样；z ≤ 0 时输出 z 的十分之一（−3 变成 −0.3）。把它写出来，既能处理单个数，也能处理整个数组。
""",
        ),
        code(
            """
def leaky_relu(z):
    return ...


nl.checks.leaky_relu(leaky_relu)
""",
            check=True,
        ),
        md(
            """
**Exercise 3.** Build a switch: choose w and b so that the sigmoid neuron is off (activation at most 0.1)
when its input is a = 0 and on (at least 0.9) when a = 1. Try it in the explorer first.
""",
            """
**练习 3.** 做一个开关：选择 w 和 b，使 sigmoid 神经元在输入 a = 0 时关闭（激活值不超过 0.1），
在 a = 1 时打开（激活值至少 0.9）。可以先在探索器里试一试。
""",
        ),
        code(
            """
w = ...
b = ...
nl.checks.switch_neuron(w, b)
""",
            check=True,
        ),
        md(
            """
**Exercise 4.** Build the opposite switch, a "not": the neuron must be on (activation at least 0.9) when
a = 0 and off (at most 0.1) when a = 1. Before you try numbers: which sign must w have, and why? What
does the bias alone decide?
""",
            """
**练习 4.** 做一个反过来的开关，也就是“非”：输入 a = 0 时神经元打开（激活值至少 0.9），a = 1 时关闭
（不超过 0.1）。先别急着试数：w 应该是正还是负？为什么？偏置单独决定了什么？
""",
        ),
        code(
            """
w = ...
b = ...
nl.checks.not_neuron(w, b)
""",
            check=True,
        ),
        md(
            """
So far the neurons had one or a few inputs; in notebook 02 a neuron gets a whole image as its input, its
weights become a picture of the pattern it looks for, and you make one that picks out a 7 among a 1, a 4 and a 0.
""",
            """
到目前为止，神经元只有一个或几个输入；在笔记本 02 里，一个神经元的输入是一整张图像，它的权重就成了它要寻找的
图案的一幅图，你还会亲手做一个能从 1、4、0 中挑出 7 的神经元。
""",
        ),
    ],
)
