from . import Lesson, code, md

LESSON = Lesson(
    "03", "a-layer-in-matrix-form",
    {"en": "A layer in matrix form", "zh-CN": "层与矩阵"},
    {"en": "a⁽¹⁾ = σ(W a⁽⁰⁾ + b): a whole layer in one line, loop vs matrix; the network as a function, 784 numbers "
           "in, 10 out, 13,002 knobs.",
     "zh-CN": "a⁽¹⁾ = σ(W a⁽⁰⁾ + b)：一行代码算完一整层，循环与矩阵对比；整个网络是一个函数：输入 784 个数，输出 10 个数，"
              "13,002 个旋钮。"},
    [
        md(
            """
## Goal

By the end of this notebook you can

- write a whole layer of neurons as one formula, **a⁽¹⁾ = σ(W a⁽⁰⁾ + b)**, and give the shape of W, a and b;
- say which part of W belongs to which neuron;
- compute a layer with a loop and with one matrix product, and see why the matrix form wins;
- count the parameters of a network from its layer sizes: 13,002 for 784-16-16-10;
- say why a whole network is a function: 784 numbers in, 10 out, 13,002 knobs.
""",
            """
## 目标

学完这个笔记本，你能够

- 把一整层神经元写成一个公式 **a⁽¹⁾ = σ(W a⁽⁰⁾ + b)**，并说出 W、a、b 的形状；
- 说出 W 的哪一部分属于哪个神经元；
- 分别用循环和一次矩阵乘法计算一层，并理解矩阵形式为什么更好；
- 根据各层大小数出网络的参数个数：784-16-16-10 网络有 13,002 个；
- 说出为什么整个网络是一个函数：输入 784 个数，输出 10 个数，有 13,002 个旋钮。
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
            r"""
## 1. From one neuron to a layer

A layer is many neurons that all look at the same inputs a⁽⁰⁾. Neuron j has its own weights and its own bias:
a⁽¹⁾ⱼ = σ(wⱼ,₁a₁ + … + wⱼ,ₙaₙ + bⱼ). Stack the weight vectors as the **rows of a matrix** and all the
neurons are computed at once:

$$a^{(1)} = \sigma\!\left(\begin{bmatrix} w_{1,1} & \cdots & w_{1,n} \\ \vdots & \ddots & \vdots \\ w_{k,1} & \cdots & w_{k,n} \end{bmatrix}
\begin{bmatrix} a_1^{(0)} \\ \vdots \\ a_n^{(0)} \end{bmatrix} + \begin{bmatrix} b_1 \\ \vdots \\ b_k \end{bmatrix}\right)
= \sigma(W a^{(0)} + b)$$

With n inputs and k neurons: W is k × n, a⁽⁰⁾ has n entries, b and a⁽¹⁾ have k. The sigmoid acts on each entry.
In the network of the video, a⁽⁰⁾ is the **input layer** (784 pixels) and a⁽¹⁾ the first **hidden layer**
(16 neurons); the same formula takes a⁽¹⁾ to the second hidden layer, and that to the **output layer**. Below, 3 inputs and 2 neurons: W is 2 × 3. (Shapes that differ teach more: with a square W a mistake would
go unnoticed.)
""",
            r"""
## 1. 从一个神经元到一层

一层就是许多个神经元，它们看着同样的输入 a⁽⁰⁾。第 j 个神经元有自己的权重和偏置：
a⁽¹⁾ⱼ = σ(wⱼ,₁a₁ + … + wⱼ,ₙaₙ + bⱼ)。把这些权重向量作为**矩阵的行**叠起来，所有神经元就能一次算完：

$$a^{(1)} = \sigma\!\left(\begin{bmatrix} w_{1,1} & \cdots & w_{1,n} \\ \vdots & \ddots & \vdots \\ w_{k,1} & \cdots & w_{k,n} \end{bmatrix}
\begin{bmatrix} a_1^{(0)} \\ \vdots \\ a_n^{(0)} \end{bmatrix} + \begin{bmatrix} b_1 \\ \vdots \\ b_k \end{bmatrix}\right)
= \sigma(W a^{(0)} + b)$$

有 n 个输入、k 个神经元时：W 是 k × n 矩阵，a⁽⁰⁾ 有 n 个分量，b 和 a⁽¹⁾ 各有 k 个。sigmoid 作用在每个分量上。
在视频的网络中，a⁽⁰⁾ 是**输入层**（784 个像素），a⁽¹⁾ 是第一个**隐藏层**（16 个神经元）；同一个公式再把 a⁽¹⁾
算成第二个隐藏层，再算成**输出层**。下面是 3 个输入、2 个神经元：W 是 2 × 3。（形状各不相同才更能说明问题：如果 W 是方阵，写错了也看不出来。）
""",
        ),
        code(
            """
W_video = np.array([[2.0, -1.5, 1.0],    # neuron 1's weights: one row per neuron, as in the video
                    [-1.0, 2.5, 0.5]])   # neuron 2
a0 = np.array([0.8, 0.3, 0.6])           # 3 inputs
b = np.array([-0.5, -1.0])               # one bias per neuron

a1 = nl.sigmoid(W_video @ a0 + b)        # (2, 3) @ (3,) + (2,) -> (2,)
print("W_video:", W_video.shape, " a0:", a0.shape, " b:", b.shape, " a1:", a1.shape)
print("a1 =", np.round(a1, 3))
""",
            check=True,
            zh={
                "neuron 1's weights: one row per neuron, as in the video": "神经元 1 的权重：每个神经元一行，和视频里一样",
                "neuron 2": "神经元 2",
                "3 inputs": "3 个输入",
                "one bias per neuron": "每个神经元一个偏置",
            },
        ),
        md(
            """
## 2. Explorer: a layer as a diagram and as a matrix

This explorer has 3 inputs and 3 neurons. Choose a neuron, then move its weights and its bias. Its connections are highlighted in the diagram (blue and
solid for positive weights, vermillion and dashed for negative ones, thicker for larger weights) and its
**row of W** is framed in the matrix. Node shading shows the activations; the numbers are beside them.
""",
            """
## 2. 探索器：层的网络图与矩阵

这个探索器有 3 个输入、3 个神经元。选择一个神经元，然后调整它的权重和偏置。网络图中会突出显示它的连接（正权重为蓝色实线，负权重为橙红色虚线，
权重越大线越粗），矩阵中会框出它的**那一行 W**。节点的深浅表示激活值，旁边标有具体数值。
""",
        ),
        code(
            """
nl.widgets.layer_explorer(a=(0.8, 0.3, 0.6))
"""
        ),
        md(
            r"""
## 3. Many examples at once: the shape convention of this series

In practice we feed a whole **batch** of examples through a layer. We put one example per **row** of a
matrix X of shape (n, n_in) — for MNIST, (n, 784). Then the layer is

$$Z = X W + b, \qquad A = \sigma(Z),$$

with W of shape (n_in, n_out): it is the video's matrix **transposed**, so **column j** of W holds neuron j's
weights. Z and A have shape (n, n_out): one row per example, one column per neuron. `b` of shape (n_out,) is
added to every row (NumPy broadcasting). `nl.dense(X, W, b)` computes exactly this.

**Why W is stored as (n_in, n_out).** Data come one example per row: `X[i]` is example i, as MNIST and
every NumPy data set store them. The product `X @ W` pairs the columns of X (the inputs) with the rows of W,
so W needs one row per input: (n_in, n_out). Then Z[i, j] = Σₖ X[i, k] W[k, j] is neuron j's weighted sum for
example i, and one product computes the whole batch. The video's matrix holds the same numbers:
`X @ W_video.T + b` gives the same Z.
""",
            r"""
## 3. 一次处理许多样本：本系列的形状约定

实际中我们会把一整**批**样本送进一层。每个样本占矩阵 X 的一**行**，X 的形状是 (n, n_in)——对 MNIST 来说是 (n, 784)。
这时一层写作

$$Z = X W + b, \qquad A = \sigma(Z),$$

其中 W 的形状是 (n_in, n_out)：它是视频中矩阵的**转置**，所以 W 的**第 j 列**是第 j 个神经元的权重。
Z 和 A 的形状是 (n, n_out)：每行一个样本，每列一个神经元。形状为 (n_out,) 的 `b` 会加到每一行上（NumPy 广播）。
`nl.dense(X, W, b)` 正是这样计算的。

**为什么把 W 存成 (n_in, n_out)。** 数据是每行一个样本：`X[i]` 就是第 i 个样本，MNIST 和所有 NumPy 数据集都这样存。
乘积 `X @ W` 把 X 的列（输入）和 W 的行配对，所以 W 要每个输入一行：(n_in, n_out)。这样 Z[i, j] = Σₖ X[i, k] W[k, j]
就是第 j 个神经元对第 i 个样本的加权和，一次乘法就算完整批样本。视频中的矩阵存的是同样的数：
`X @ W_video.T + b` 得到同样的 Z。
""",
        ),
        code(
            """
W = W_video.T                     # (n_in, n_out) = (3, 2): column j is neuron j
X = np.array([[0.8, 0.3, 0.6],    # example 1 (the a0 above)
              [0.0, 1.0, 0.0],    # example 2
              [1.0, 1.0, 1.0],    # example 3
              [0.2, 0.9, 0.4]])   # example 4: a batch of 4 examples, 3 inputs each
Z = X @ W + b                     # (4, 3) @ (3, 2) + (2,) -> (4, 2)
A = nl.sigmoid(Z)
print("X:", X.shape, " W:", W.shape, " b:", b.shape, " A:", A.shape)
print(nl.t("equals_a1", ok=np.allclose(A[0], a1)))
print(nl.t("dense_same", ok=np.allclose(nl.dense(X, W, b)[1], A)))
""",
            check=True,
            zh={
                "(n_in, n_out) = (3, 2): column j is neuron j": "(n_in, n_out) = (3, 2)：第 j 列是神经元 j",
                "example 1 (the a0 above)": "样本 1（就是上面的 a0）",
                "example 2": "样本 2",
                "example 3": "样本 3",
                "example 4: a batch of 4 examples, 3 inputs each": "样本 4：一批 4 个样本，每个 3 个输入",
            },
        ),
        md(
            """
Give `nl.dense` the video's matrix by mistake and the shapes do not fit: it reads n_in and n_out from W,
so with W of shape (2, 3) it expects 2 inputs per example, and says so.
""",
            """
如果误把视频中的矩阵交给 `nl.dense`，形状就对不上：它从 W 读出 n_in 和 n_out，所以 W 的形状是 (2, 3) 时，
它期望每个样本有 2 个输入，并会明确说出来。
""",
        ),
        code(
            """
try:
    nl.dense(X, W_video, b)
except nl.ShapeError as error:
    print(error)
""",
            check=True,
        ),
        md(
            """
## 4. Loop or matrix: the same numbers, not the same speed

Here is a layer of the MNIST network, 784 inputs → 16 neurons, applied to 1,000 images: first with Python
loops, one multiplication at a time, then with one matrix product. The numbers agree; the times (on your
machine) do not.
""",
            """
## 4. 循环还是矩阵：结果相同，速度不同

下面是 MNIST 网络中的一层，784 个输入 → 16 个神经元，作用在 1000 张图像上：先用 Python 循环一次做一个乘法，
再用一次矩阵乘法。两者结果一致；所用时间（在你的电脑上）却差别很大。
""",
        ),
        code(
            """
rng = np.random.default_rng(0)
X_big = rng.random((1000, 784))
W_big, b_big = nl.init_layer(784, 16, rng)


def layer_with_loops(X, W, b):
    n, n_in = X.shape
    n_out = W.shape[1]
    Z = np.zeros((n, n_out))
    for i in range(n):
        for j in range(n_out):
            total = b[j]
            for k in range(n_in):
                total += X[i, k] * W[k, j]
            Z[i, j] = total
    return nl.sigmoid(Z)


start = time.perf_counter()
A_loop = layer_with_loops(X_big[:100], W_big, b_big)  # only 100 images: loops are slow
loop_seconds = (time.perf_counter() - start) * 10      # scaled to 1,000 images
start = time.perf_counter()
A_matrix = nl.sigmoid(X_big @ W_big + b_big)
matrix_seconds = time.perf_counter() - start
print(nl.t("same_numbers", ok=np.allclose(A_loop, A_matrix[:100])))
""",
            check=True,
            zh={"only 100 images: loops are slow": "只用 100 张图像：循环很慢", "scaled to 1,000 images": "换算成 1000 张图像"},
        ),
        code(
            """
print(nl.t("time_loops", seconds=loop_seconds))
print(nl.t("time_matrix", seconds=matrix_seconds))
print(nl.t("time_ratio", ratio=loop_seconds / matrix_seconds))
""",
            ignore=True,
        ),
        md(
            """
## 5. How many parameters?

The network of the video has 784 inputs, two hidden layers of 16 neurons and 10 outputs. Each layer has
n_in × n_out weights and n_out biases. Counting them from the layer sizes:
""",
            """
## 5. 有多少个参数？

视频中的网络有 784 个输入、两个各含 16 个神经元的隐藏层和 10 个输出。每一层有 n_in × n_out 个权重和 n_out 个偏置。
根据各层大小来数：
""",
        ),
        code(
            """
sizes = [784, 16, 16, 10]
n_weights = sum(n_in * n_out for n_in, n_out in zip(sizes[:-1], sizes[1:]))
n_biases = sum(sizes[1:])
print(nl.t("count_line", w=n_weights, b=n_biases, total=n_weights + n_biases))
print(nl.t("count_agrees", ok=nl.parameter_count(sizes) == (n_weights, n_biases)))
""",
            check=True,
        ),
        md(
            """
Change the hidden sizes and watch the count: which layer holds most of the parameters, and why?
""",
            """
改变隐藏层的大小，观察参数个数的变化：哪一层的参数最多？为什么？
""",
        ),
        code(
            """
nl.widgets.parameter_counter(hidden1=16, hidden2=16)
"""
        ),
        md(
            """
## 6. The whole network is a function

Put the layers one after the other and the network of the video is **one function**: 784 numbers in (the
pixels), 10 numbers out (the output layer), and in between 13,002 **knobs**, its weights and biases. Each
layer is the line of section 3, applied to what the layer before produced. Below, the function written with
`nl.dense`, run on a digit's 784 pixels with random knobs: those of notebook 04's `nl.Network` before any
training. `nl.Network` computes each layer the same way, Z = A @ W + b and A = σ(Z) (it writes that line
itself rather than calling `nl.dense`), and gives the same 10 numbers.
""",
            """
## 6. 面：整个网络是一个函数

把各层一层接一层地连起来，视频中的网络就是**一个函数**：输入 784 个数（像素），输出 10 个数（输出层），
中间是 13,002 个**旋钮**，也就是它的权重和偏置。每一层都是第 3 节的那一行代码，作用在前一层算出的结果上。
下面用 `nl.dense` 写出这个函数，用随机的旋钮（笔记本 04 的 `nl.Network` 训练之前的权重）作用在一个数字的 784 个像素上。
`nl.Network` 每一层也是这样算的：Z = A @ W + b，A = σ(Z)（它自己写出这一行，而不是调用 `nl.dense`），
得到的 10 个数完全相同。
""",
        ),
        code(
            """
def network(x, Ws, bs):
    a = x
    for W, b in zip(Ws, bs):
        _, a = nl.dense(a, W, b)  # one layer: a = σ(a @ W + b)
    return a


net = nl.Network([784, 16, 16, 10], np.random.default_rng(0))  # notebook 04's network, not trained
(digits, labels), _ = nl.data.load_bundled()
x = digits[1].reshape(784) / 255                               # a digit's 784 pixels, in 0..1
y = network(x, net.W, net.b)
knobs = sum(W.size + b.size for W, b in zip(net.W, net.b))
print(nl.t("numbers_in_out", n_in=x.size, n_out=y.size, knobs=knobs))
print(nl.t("network_same", ok=np.allclose(y, net.activations(x[None])[-1][0], atol=1e-6)))
""",
            check=True,
            zh={
                "one layer: a = σ(a @ W + b)": "一层：a = σ(a @ W + b)",
                "notebook 04's network, not trained": "笔记本 04 的网络，没有训练过",
                "a digit's 784 pixels, in 0..1": "一个数字的 784 个像素，在 0..1 之间",
            },
        ),
        md(
            """
The same function as the picture of notebook 01: the input layer holds the pixels, each hidden layer the
16 numbers computed from the layer before, the output layer the 10 numbers y. The lines are the 8 strongest
contributions w · a between each pair of layers.
""",
            """
这就是笔记本 01 那张图里的函数：输入层存着像素，每个隐藏层存着由前一层算出的 16 个数，输出层存着 10 个数 y。
图中的线是每两层之间贡献 w · a 最大的 8 条连接。
""",
        ),
        code(
            """
layers = [x]
for W, b in zip(net.W, net.b):
    layers.append(nl.dense(layers[-1], W, b)[1])
nl.show(nl.plots.network_figure(activations=layers, weights=net.W, strongest=8))
"""
        ),
        md(
            """
With random knobs the 10 numbers mean nothing. **Learning means finding values for the 13,002 knobs** that
make the function give the right answer for the digits: the brightest output neuron should be the digit in
the image. That is the next chapter of the video, and notebook 04.
""",
            """
旋钮是随机的时候，这 10 个数毫无意义。**学习就是为这 13,002 个旋钮找到合适的值**，使这个函数对各个数字给出正确的答案：
最亮的输出神经元应该正是图像中的数字。这是视频的下一章，也是笔记本 04 的内容。
""",
        ),
        md(
            """
## Summary

- A layer computes **a⁽¹⁾ = σ(W a⁽⁰⁾ + b)**; in the video's form W is k × n with one row per neuron.
- For a batch, this series writes **Z = X @ W + b, A = σ(Z)**, with X (n, n_in), W (n_in, n_out) — one
  column per neuron — and b (n_out,). `nl.dense(X, W, b)` does exactly that. W is (n_in, n_out) because X
  holds one example per row.
- Loops and the matrix product give the same numbers; the matrix product is far faster, hundreds to thousands
  of times depending on the machine and how busy it is (the cell in section 4 prints the factor on yours).
- 784-16-16-10 has 12,960 weights and 42 biases: **13,002 parameters**.
- The whole network is a function, 784 numbers in and 10 out, with 13,002 knobs; learning means finding good
  values for them. Notebook 04's `nl.Network` computes it layer by layer, exactly as `nl.dense` does.
""",
            """
## 小结

- 一层计算 **a⁽¹⁾ = σ(W a⁽⁰⁾ + b)**；按视频中的写法，W 是 k × n 矩阵，每个神经元一行。
- 处理一批样本时，本系列写作 **Z = X @ W + b, A = σ(Z)**，其中 X 为 (n, n_in)，W 为 (n_in, n_out)——每个神经元一列，
  b 为 (n_out,)。`nl.dense(X, W, b)` 正是这样计算的。W 是 (n_in, n_out)，因为 X 每行一个样本。
- 循环和矩阵乘法得到相同的结果；矩阵乘法快得多：快几百到几千倍，取决于电脑以及它有多忙
  （第 4 节的单元格会打印出在你的电脑上的倍数）。
- 784-16-16-10 网络有 12,960 个权重和 42 个偏置：共 **13,002 个参数**。
- 整个网络是一个函数：输入 784 个数，输出 10 个数，有 13,002 个旋钮；学习就是为它们找到合适的值。
  笔记本 04 的 `nl.Network` 逐层计算它，和 `nl.dense` 的算法完全一样。
""",
        ),
        md(
            """
## Exercises

**Exercise 1.** Create the weights W and biases b of a layer from 784 inputs to 16 neurons, all zeros, with
the shapes that `Z = X @ W + b` needs.
""",
            """
## 练习

**练习 1.** 为一个从 784 个输入到 16 个神经元的层创建全零的权重 W 和偏置 b，形状要符合 `Z = X @ W + b` 的需要。
""",
        ),
        code(
            """
W_zero = ...
b_zero = ...
nl.checks.layer_shapes(W_zero, b_zero)
""",
            check=True,
        ),
        md(
            """
**Exercise 2.** How many parameters does the network 784-32-10 have?
""",
            """
**练习 2.** 784-32-10 网络有多少个参数？
""",
        ),
        code(
            """
n_params = ...
nl.checks.parameter_total(n_params)
""",
            check=True,
        ),
        md(
            """
**Exercise 3.** Compute the activations A of the layer below for the batch X, without `nl.dense`.
""",
            """
**练习 3.** 不用 `nl.dense`，计算下面这一层对这批样本 X 的激活值 A。
""",
        ),
        code(
            """
X_ex = np.array([[1.0, 0.0], [0.5, 0.5], [0.0, 1.0]])  # 3 examples, 2 inputs
W_ex = np.array([[1.0, -1.0, 2.0], [0.5, 3.0, -2.0]])   # 2 inputs -> 3 neurons
b_ex = np.array([0.0, -1.0, 0.5])
A_ex = ...
nl.checks.layer_output(A_ex, X_ex, W_ex, b_ex)
""",
            check=True,
            zh={"3 examples, 2 inputs": "3 个样本，2 个输入", "2 inputs -> 3 neurons": "2 个输入 -> 3 个神经元"},
        ),
        md(
            """
**Exercise 4.** Predict before you run anything. A batch of 5 images goes through the network 784-32-16-10.
Give the shapes of W2 (the weights of the second layer, in this series' convention), of A2 (the second
layer's activations) and of A3 (the output), as tuples such as (2, 3).
""",
            """
**练习 4.** 先预测，不要运行任何代码。一批 5 张图像通过网络 784-32-16-10。请按本系列的约定，给出 W2（第二层的权重）、
A2（第二层的激活值）和 A3（输出）的形状，写成 (2, 3) 这样的元组。
""",
        ),
        code(
            """
shape_W2 = ...
shape_A2 = ...
shape_A3 = ...
nl.checks.predicted_shapes(shape_W2, shape_A2, shape_A3)
""",
            check=True,
        ),
        md(
            """
The network now exists as a chain of σ(Wa + b), with 13,002 knobs still set at random. In notebook 04 it meets
real handwritten digits: untrained it guesses, and after it learns from 8,000 of them it reads most digits it
has never seen.
""",
            """
现在这个网络已经是一串 σ(Wa + b)，但 13,002 个旋钮还是随机设置的。到了笔记本 04，它会遇到真实的手写数字：
没训练时只能瞎猜；从其中 8,000 个学习之后，它能认出大多数从没见过的数字。
""",
        ),
    ],
)
