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
- train the video's network, **784-16-16-10**, on real handwritten digits and measure how often it is right;
- follow one digit through every layer, and draw your own;
- name what this network cannot do (a digit moved by a few pixels, pure noise), the reason for CNNs.
""",
            """
## 目标

学完这个笔记本，你能够

- 说明为什么一张 28 × 28 的图像就是 **784 个数**，以及为什么网络有 784 个输入和 **10 个输出**；
- 在真实的手写数字上训练视频中的网络 **784-16-16-10**，并衡量它答对的比例；
- 跟踪一个数字穿过每一层，还能自己写一个数字；
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
print("label:", train_labels[0])
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
print("nl.flatten does the same:", np.allclose(nl.flatten(train_images[:1000]), X_train[:1000]))
""",
            check=True,
        ),
        md(
            """
## 2. An untrained network

The network of the video: 784 inputs, two hidden layers of 16 neurons, 10 outputs — output neuron d should
light up for the digit d. Its 13,002 weights and biases start random, so its answers are guesses:
""",
            """
## 2. 未经训练的网络

视频中的网络：784 个输入、两个各 16 个神经元的隐藏层、10 个输出——第 d 个输出神经元应该在看到数字 d 时亮起来。
它的 13,002 个权重和偏置一开始是随机的，所以它的回答只是瞎猜：
""",
        ),
        code(
            """
net = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))
print("labels:     ", test_labels[:12])
print("its answers:", net.predict(X_test[:12]))
print(f"right: {100 * net.accuracy(X_test, test_labels):.1f}% of the test digits")
""",
            check=True,
        ),
        md(
            """
## 3. Training: turning 13,002 knobs

How wrong is the network? For one digit, compare its 10 outputs a with what they should be, y (1 for the right
digit, 0 elsewhere), and add up the squared differences: the **cost** ½‖a − y‖². Training nudges every weight
and bias a little in the direction that lowers the average cost over many digits (gradient descent); the
direction is computed by **backpropagation** — the topic of the video's next chapters. `net.fit` does both, on
batches of 10 digits at a time, and returns the history of cost and accuracy per epoch.
""",
            """
## 3. 训练：调节 13,002 个旋钮

网络错得有多离谱？对一个数字，把它的 10 个输出 a 和应有的输出 y（正确数字为 1，其余为 0）相比较，
把差的平方加起来：这就是**代价** ½‖a − y‖²。训练就是把每个权重和偏置都朝着让许多数字的平均代价变小的方向
挪动一点点（梯度下降）；这个方向由**反向传播**算出——这是视频后面几章的内容。`net.fit` 每次取 10 个数字为一批，
完成这两步，并返回每一轮的代价和准确率。
""",
        ),
        code(
            """
Y_test = nl.one_hot(test_labels)  # the outputs we want, shape (n, 10)
outputs = net.predict_proba(X_test)
cost = np.mean(0.5 * np.sum((outputs - Y_test) ** 2, axis=1))
print(f"cost before training: {cost:.4f}   (nnlib: {net.cost(X_test, Y_test):.4f})")
""",
            check=True,
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
"""
        ),
        code(
            """
print(f"trained on {len(X_train[:n_train]):,} digits in {seconds:.1f} s")
""",
            ignore=True,
        ),
        code(
            """
print(f"cost after training: {history['loss'][-1]:.4f}")
print(f"test accuracy: {100 * net.accuracy(X_test, test_labels):.1f}%")
""",
            trained=True,
        ),
        md(
            """
## 4. One digit through every layer

Pick a test digit. Left: the 784 input activations. Middle: the 16 + 16 hidden activations (darker = more
active). Right: the 10 outputs; the answer is the blue bar, the true label has an orange outline.
""",
            """
## 4. 跟踪一个数字穿过每一层

选一个测试集里的数字。左边：784 个输入激活值。中间：16 + 16 个隐藏层激活值（颜色越深越活跃）。
右边：10 个输出；蓝色的柱子是网络的答案，橙色边框标出真实标签。
""",
        ),
        code(
            """
nl.widgets.digit_explorer(net, test_images, test_labels, index=0)
"""
        ),
        md(
            """
## 5. What did the first layer learn?

The video hopes that the first hidden layer learns little **strokes**, and the second combines them into
**loops and lines**. Each of the 16 neurons of the first hidden layer has 784 weights — a 28 × 28 picture, as in
notebook 02. Here is what one might hope for, and what training really produced:
""",
            """
## 5. 第一层学到了什么？

视频希望第一个隐藏层学会小的**笔画**，第二个隐藏层再把它们组合成**圆圈和线条**。第一个隐藏层的 16 个神经元
各有 784 个权重——正如笔记本 02 所示，就是一张 28 × 28 的图。下面是我们的期望，以及训练真正得到的结果：
""",
        ),
        code(
            """
patterns = nl.patterns.weight_patterns()  # notebook 02's 12 x 12 patterns, enlarged to 28 x 28
hoped = [np.pad(np.kron(p, np.ones((2, 2))), 2) for p in patterns.values()]
names = [nl.i18n.t(name) for name in patterns]
nl.show(nl.plots.weight_images_figure(hoped, names, columns=4, title=nl.i18n.t("hoped_title")))
"""
        ),
        code(
            """
learned = net.W[0].T.reshape(16, 28, 28)  # column j of W is neuron j's 784 weights
nl.show(nl.plots.weight_images_figure(learned, range(1, 17), title=nl.i18n.t("learned_title")))
"""
        ),
        md(
            """
Mostly blotches, not clean strokes — just as the video admits. The network found *some* 13,002 numbers that
classify digits well, not the tidy ones we imagined.
""",
            """
大多是一团团斑块，而不是整齐的笔画——正如视频所承认的那样。网络找到的是*某一组*能很好地识别数字的 13,002 个数，
而不是我们想象中那么整齐的那组。
""",
        ),
        md(
            """
## 6. Where it goes wrong

The **confusion matrix** counts, for each true digit (row), how often each answer (column) was given: the
diagonal holds the right answers. Below it, some of the digits it got wrong, "label → answer":
""",
            """
## 6. 它错在哪里

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
print(f"{len(wrong)} mistakes out of {len(test_labels)}")
nl.show(nl.plots.digits_figure(test_images[wrong[:20]],
                               [f"{test_labels[i]} → {predictions[i]}" for i in wrong[:20]]))
""",
            trained=True,
        ),
        md(
            """
## 7. Draw your own digit

Draw a digit in the box with the mouse (one stroke at a time). After each stroke your drawing is centred and
scaled the way MNIST digits are, and every layer answers. **Clear** starts again.
""",
            """
## 7. 自己写一个数字

用鼠标在方框里写一个数字（一次一笔）。每写完一笔，你的字都会像 MNIST 数字那样被居中和缩放，然后每一层都会给出反应。
点击**清除**重新开始。
""",
        ),
        code(
            """
nl.widgets.drawing_pad(net)
"""
        ),
        md(
            """
## 8. Blind spots

The network compares the whole image, pixel by pixel, with what it has seen. Move every test digit just
**3 pixels to the right** and ask again; then show it **pure noise**, which is no digit at all:
""",
            """
## 8. 盲点

这个网络是把整张图逐像素地与它见过的样子相比较。把每个测试数字都**向右移动 3 个像素**再问一次；
然后给它看**纯噪声**，那根本不是数字：
""",
        ),
        code(
            """
shifted = nl.evaluate.shift(test_images, dx=3, dy=0)
print(f"test accuracy, digits as they are:       {100 * net.accuracy(X_test, test_labels):.1f}%")
print(f"test accuracy, digits moved 3 px right:  {100 * net.accuracy(nl.flatten(shifted), test_labels):.1f}%")

noise = np.random.default_rng(2).integers(0, 256, size=(5, 28, 28), dtype=np.uint8)
noise_outputs = net.predict_proba(nl.flatten(noise))
for k, out in enumerate(noise_outputs):
    print(f"noise {k}: answer {out.argmax()} with output {out.max():.2f}")
""",
            trained=True,
        ),
        code(
            """
examples = np.concatenate([test_images[:5], shifted[:5], noise])
answers = net.predict(nl.flatten(examples))
nl.show(nl.plots.digits_figure(examples, [f"→ {a}" for a in answers], columns=5))
"""
        ),
        md(
            """
A digit moved a few pixels becomes a different pattern of 784 numbers, and noise still lights up an output
neuron. Nothing in this network knows that a stroke is a stroke wherever it is. A **convolutional network**
(notebook 05) looks for small patterns everywhere in the image: edges, then strokes, then digits.
""",
            """
一个平移了几个像素的数字就变成了另一组 784 个数，而噪声也会点亮某个输出神经元。这个网络根本不知道笔画无论在哪里都是笔画。
**卷积神经网络**（笔记本 05）会在图像的每个位置寻找小图案：先是边缘，然后是笔画，最后是数字。
""",
        ),
        md(
            """
## Summary

- A 28 × 28 image is 784 numbers: the activations of the input layer. The 10 outputs stand for the digits 0-9.
- The cost ½‖a − y‖² says how wrong the network is; training lowers it by gradient descent, with gradients from
  backpropagation. The 784-16-16-10 network then gets about 93% of the test digits right.
- What the hidden layers learn is useful but not the tidy strokes we might hope for.
- It fails on digits moved by a few pixels and answers noise with confidence: the reason for CNNs.
""",
            """
## 小结

- 一张 28 × 28 的图像就是 784 个数：输入层的激活值。10 个输出分别代表数字 0-9。
- 代价 ½‖a − y‖² 衡量网络错得有多远；训练用梯度下降降低代价，梯度由反向传播算出。
  训练后的 784-16-16-10 网络能答对大约 93% 的测试数字。
- 隐藏层学到的东西有用，却不是我们期望的那种整齐笔画。
- 数字平移几个像素它就会出错，面对噪声也会自信地给出答案：这正是需要 CNN 的原因。
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
nl.checks.accuracy(my_accuracy, net, X_test, test_labels)
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
    ],
)
