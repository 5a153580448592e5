from . import Lesson, code, md

LESSON = Lesson(
    "05", "cnn-intuition",
    {"en": "CNN intuition", "zh-CN": "卷积神经网络的直觉"},
    {"en": "A kernel is a tiny neuron that slides: edges, then strokes, then the digit; a CNN against notebook 04's network.",
     "zh-CN": "卷积核是一个会滑动的小神经元：先找边缘，再找笔画，最后认出数字；CNN 与笔记本 04 的网络对比。"},
    [
        md(
            """
## Goal

By the end of this notebook you can

- explain a **convolution**: a 3 × 3 kernel is a tiny neuron whose 9 weights slide over the whole image;
- read a **feature map**, and say what ReLU and **max-pooling** do to it;
- follow a trained CNN layer by layer: first **edges**, then **strokes and arcs**, then the **digit**;
- compare it with notebook 04's network, on the same digits and on digits moved a few pixels.
""",
            """
## 目标

学完这个笔记本，你能够

- 解释**卷积**：3 × 3 的卷积核就是一个小神经元，它的 9 个权重在整张图像上滑动；
- 读懂**特征图**，并说出 ReLU 和**最大池化**对它做了什么；
- 逐层跟踪一个训练好的 CNN：先是**边缘**，然后是**笔画和弧线**，最后是**数字**；
- 在同样的数字以及平移了几个像素的数字上，把它与笔记本 04 的网络比较。
""",
        ),
        code(
            """
import time

import numpy as np

import nnlib as nl

(train_images, train_labels), (test_images, test_labels) = nl.load_mnist()
X_train, X_test = nl.flatten(train_images), nl.flatten(test_images)
"""
        ),
        md(
            """
## 1. A kernel is a tiny neuron that slides

Notebook 04's network looks at all 784 pixels at once, so a stroke in a new place is a new pattern to it. A
**convolutional** network uses small neurons instead: a **kernel** of 3 × 3 weights looks at one 3 × 3 patch,
computes Σ w · a like any neuron (notebook 02), then **slides** one pixel and does it again, over the whole image.
The results form a new image, the **feature map**: large where the patch looks like the kernel.

The kernels are drawn in notebook 02's colours: blue for positive weights, vermillion for negative ones.
This one finds vertical edges (ink on the right, paper on the left):
""",
            """
## 1. 卷积核是一个会滑动的小神经元

笔记本 04 的网络一次看全部 784 个像素，所以同一笔画换个位置，对它来说就是新的图案。**卷积**网络改用小神经元：
一个 3 × 3 权重的**卷积核**只看一个 3 × 3 的小块，像任何神经元一样计算 Σ w · a（笔记本 02），然后**滑动**一个像素再算一次，
走遍整张图像。结果组成一张新图，称为**特征图**：哪里的小块像卷积核，哪里的值就大。

卷积核沿用笔记本 02 的颜色：蓝色为正权重，橙红色为负权重。下面这个卷积核能找出竖直边缘（右边有墨，左边是纸）：
""",
        ),
        code(
            """
K = nl.conv.KERNELS["vertical edge"]
print(K)
nine = test_images[np.flatnonzero(test_labels == 9)[0]] / 255  # the first 9 of the test digits

row, col = 10, 12
patch = nine[row : row + 3, col : col + 3]
by_hand = np.sum(K * patch)
feature_map = nl.conv2d(nine[None], K[None])[0, 0]  # (1 image, 1 kernel) -> the map of that pair
print(f"one output pixel by hand: {by_hand:.3f}; nl.conv2d there: {feature_map[row, col]:.3f}")
print("shapes:", nine.shape, "->", feature_map.shape)
""",
            check=True,
        ),
        md(
            """
## 2. Explorer: a kernel, its feature map, ReLU and max-pooling

Pick a digit and a kernel (or set the 9 weights yourself). Blue in the feature map: the kernel responds;
vermillion: the opposite pattern. **ReLU** keeps only the positive responses. **Max-pooling** keeps the largest
value of every 2 × 2 block: the map gets half as wide, and a stroke moved by one pixel still gives the same
answer. Which kernel lights up the top bar of a 7? The loop of a 9?
""",
            """
## 2. 探索器：卷积核、特征图、ReLU 与最大池化

选一个数字和一个卷积核（或者自己设置 9 个权重）。特征图中蓝色表示卷积核有响应，橙红色表示相反的图案。
**ReLU** 只保留正的响应。**最大池化**保留每个 2 × 2 方块里的最大值：特征图的宽度减半，笔画移动一个像素时结果仍然相同。
哪个卷积核能点亮 7 的顶部横线？9 的圆圈呢？
""",
        ),
        code(
            """
nl.widgets.kernel_explorer(test_images[:100], index=int(np.flatnonzero(test_labels[:100] == 9)[0]))
"""
        ),
        md(
            """
## 3. Training a tiny CNN

Our CNN has two convolution layers: 8 kernels of 3 × 3 on the image (28 → 26, pooled to 13), then 16 kernels on
those 8 maps (13 → 11, pooled to 5), then a dense layer from the 16 × 5 × 5 = 400 numbers to the 10 outputs.
It is trained like notebook 04's network — gradient descent with backpropagation, here with ReLU, softmax and
the cross-entropy cost — on the same training digits, and its kernels are learned, not designed.
""",
            """
## 3. 训练一个小小的 CNN

我们的 CNN 有两个卷积层：第一层在图像上用 8 个 3 × 3 卷积核（28 → 26，池化到 13），第二层在这 8 张特征图上用
16 个卷积核（13 → 11，池化到 5），最后一个全连接层把 16 × 5 × 5 = 400 个数连到 10 个输出。它的训练方式和笔记本 04
的网络一样——梯度下降加反向传播，这里使用 ReLU、softmax 和交叉熵代价——用的也是同样的训练数字；它的卷积核是学出来的，而不是设计出来的。
""",
        ),
        code(
            """
cnn = nl.CNN(rng=np.random.default_rng(0), channels=(8, 16))
curves = nl.widgets.TrainingCurves(epochs=10)
display(curves)
start = time.perf_counter()
history = cnn.fit(X_train, train_labels, epochs=10, batch_size=32, lr=0.1, rng=np.random.default_rng(1),
                  validation=(X_test, test_labels), callback=curves.update)
cnn_seconds = time.perf_counter() - start
"""
        ),
        code(
            """
print(f"trained in {cnn_seconds:.1f} s")
""",
            ignore=True,
        ),
        code(
            """
print(f"CNN test accuracy: {100 * cnn.accuracy(X_test, test_labels):.1f}%")
learned = cnn.K[0][:, 0]  # the 8 learned kernels of the first layer, each 3 x 3
nl.show(nl.plots.weight_images_figure(learned, range(1, 9), title=nl.i18n.t("learned_kernels")))
""",
            trained=True,
        ),
        md(
            """
## 4. Edges, then strokes, then the digit

Here is the 9 again, through the trained CNN. The first layer's 8 maps are the digit seen through 8 kernels:
some keep it whole, others only its **edges** on one side or in one direction. The second layer combines them into 16 maps of larger pieces — **strokes and arcs**: the loop at the
top, the stem on the right. The dense layer then puts the pieces together into the **digit**.
""",
            """
## 4. 先是边缘，然后是笔画，最后是数字

再看一次这个 9 穿过训练好的 CNN。第一层的 8 张特征图是透过 8 个卷积核看到的数字：有的保留整个数字，有的只保留某一侧或某个方向的**边缘**。第二层把它们组合成 16 张由更大部件构成的特征图——
**笔画和弧线**：上面的圆圈、右边的竖线。最后，全连接层把这些部件拼成一个**数字**。
""",
        ),
        code(
            """
layers = cnn.feature_maps(nine.reshape(1, 784))
first, second = layers[0]["relu"][0], layers[1]["relu"][0]
print("layer 1:", first.shape, " layer 2:", second.shape)
nl.show(nl.plots.digits_figure(first, range(1, 9), columns=8, limits=None, title=nl.i18n.t("layer1_maps")))
""",
            check=True,
        ),
        code(
            """
nl.show(nl.plots.digits_figure(second, range(1, 17), columns=8, limits=None, title=nl.i18n.t("layer2_maps")))
outputs = cnn.predict_proba(nine.reshape(1, 784))[0]
print("outputs:", np.round(outputs, 3), "-> answer:", outputs.argmax())
""",
            trained=True,
        ),
        md(
            """
## 5. The CNN against notebook 04's network

Train notebook 04's 784-16-16-10 network again, exactly as there, and ask both networks about the same test
digits, then about the same digits moved 3 pixels to the right:
""",
            """
## 5. CNN 对比笔记本 04 的网络

按照笔记本 04 的方式重新训练 784-16-16-10 网络，然后让两个网络回答同样的测试数字，再回答向右平移 3 个像素后的同样数字：
""",
        ),
        code(
            """
mlp = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))
mlp.fit(X_train, train_labels, epochs=30, batch_size=10, lr=3.0, rng=np.random.default_rng(1))
X_shifted = nl.flatten(nl.evaluate.shift(test_images, dx=3, dy=0))

print(f"{'network':<22}{'test digits':>14}{'moved 3 px':>14}{'drop':>8}")
for name, net in (("784-16-16-10", mlp), ("CNN (8, 16 kernels)", cnn)):
    plain, moved = net.accuracy(X_test, test_labels), net.accuracy(X_shifted, test_labels)
    print(f"{name:<22}{100 * plain:>13.1f}%{100 * moved:>13.1f}%{100 * (plain - moved):>7.1f}%")
""",
            trained=True,
        ),
        md(
            """
The CNN is more accurate with fewer weights in its first layers (8 × 9 + 16 × 8 × 9 kernel weights instead of
784 × 16), because every kernel is used at every position. And it loses much less when the digit moves: the same
kernels find the same edges wherever they are, and pooling forgives small shifts.
""",
            """
CNN 的准确率更高，而它前几层的权重却更少（卷积核权重共 8 × 9 + 16 × 8 × 9 个，而不是 784 × 16 个），因为每个卷积核在每个位置上都被重复使用。
数字平移时它的损失也小得多：同样的卷积核无论边缘在哪里都能找到它们，池化又能容忍小的平移。
""",
        ),
        md(
            """
## Summary

- A **convolution** slides a small kernel — a tiny neuron with 3 × 3 weights — over the image; the responses form
  a **feature map**. ReLU keeps the positive responses; **max-pooling** halves the map and forgives small shifts.
- Stacked, the layers find **edges**, then **strokes and arcs**, then the **digit**, as in the video's hope for
  the hidden layers — here it really happens, because the kernels are shared across the image.
- On the same digits the tiny CNN beats the 784-16-16-10 network, and it loses much less on moved digits.
""",
            """
## 小结

- **卷积**让一个小卷积核——一个带 3 × 3 权重的小神经元——在图像上滑动；它的响应组成**特征图**。ReLU 保留正的响应；
  **最大池化**把特征图减半，并能容忍小的平移。
- 多层叠加后，网络先找到**边缘**，然后是**笔画和弧线**，最后是**数字**——正是视频对隐藏层的期望；在这里它真的发生了，
  因为卷积核在整张图像上共享。
- 在同样的数字上，小小的 CNN 胜过 784-16-16-10 网络，面对平移后的数字也损失得少得多。
""",
        ),
        md(
            """
## Exercises

**Exercise 1.** A 28 × 28 image, a 3 × 3 kernel, 'valid' convolution, then 2 × 2 max-pooling: give the two
shapes, as `((rows, columns), (rows, columns))`.
""",
            """
## 练习

**练习 1.** 一张 28 × 28 的图像，用 3 × 3 卷积核做 'valid' 卷积，再做 2 × 2 最大池化：给出两个形状，
格式为 `((行, 列), (行, 列))`。
""",
        ),
        code(
            """
shapes = ...
nl.checks.conv_shapes(shapes)
""",
            check=True,
        ),
        md(
            """
**Exercise 2.** Compute the feature map of `nine` with the kernel `K` at row 14, column 6 by hand, with NumPy.
""",
            """
**练习 2.** 用 NumPy 手动计算 `nine` 与卷积核 `K` 的特征图在第 14 行、第 6 列的值。
""",
        ),
        code(
            """
pixel = ...
nl.checks.conv_pixel(pixel, nine, K, row=14, col=6)
""",
            check=True,
        ),
        md(
            """
**Exercise 3.** Design a 3 × 3 kernel that responds to the top bar of a 7 (a horizontal stroke) more than to
the vertical stroke of a 1. Try it in the explorer first.
""",
            """
**练习 3.** 设计一个 3 × 3 卷积核，使它对 7 的顶部横线（一条水平笔画）的响应强于对 1 的竖直笔画的响应。
可以先在探索器里试一试。
""",
        ),
        code(
            """
K_top = ...
nl.checks.top_bar_kernel(K_top)
""",
            check=True,
        ),
    ],
)
