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

- compute a **convolution** by hand: a 3 × 3 kernel is a tiny neuron whose 9 weights slide over the image, one
  window at a time;
- read a **feature map**, and say what ReLU and **max-pooling** do to it — and what pooling does *not* do;
- follow a small CNN layer by layer: **edges**, then larger pieces, then the **digit**, and say which part of
  the network does what;
- compare it fairly with notebook 04's networks, on the same digits and on digits moved a few pixels;
- tell where the idea comes from: the visual cortex, the neocognitron, LeNet.
""",
            """
## 目标

学完这个笔记本，你能够

- 手算**卷积**：3 × 3 的卷积核就是一个小神经元，它的 9 个权重一个窗口一个窗口地在图像上滑动；
- 读懂**特征图**，说出 ReLU 和**最大池化**对它做了什么——以及池化*没有*做到什么；
- 逐层跟踪一个小 CNN：先是**边缘**，然后是更大的部件，最后是**数字**，并说出网络的每个部分各起什么作用；
- 在同样的数字以及平移了几个像素的数字上，把它与笔记本 04 的网络公平地比较；
- 说出这个想法的来历：视觉皮层、新认知机（neocognitron）、LeNet。
""",
        ),
        code(
            """
import time

import numpy as np
from IPython.display import Markdown

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
print(nl.t("by_hand_line", by_hand=by_hand, conv=feature_map[row, col]))
print(nl.t("shapes_line", before=nine.shape, after=feature_map.shape))
""",
            check=True,
        ),
        md(
            """
## 2. Explorer: the window slides

Here the sliding happens one step at a time. The **position** slider moves the 3 × 3 window over the digit
(click it, then use the arrow keys): beside the digit are the 9 pixel values under the window, the kernel, their
9 products, and the sum of the products — which is the output pixel, framed in the feature map. The map fills in
as the window goes, row by row: 26 positions per row, because a 3 × 3 window fits 28 − 3 + 1 times.

Try: before each step, predict the sign of the sum — is there ink on the right of the window and paper on its
left? Move the window onto the left side of the 9's loop, then onto its right side. Then choose another kernel,
or set the 9 weights yourself.
""",
            """
## 2. 探索器：窗口在滑动

这里滑动一步一步地发生。**位置**滑块让 3 × 3 的窗口在数字上移动（先点击它，再用方向键）：数字旁边依次是窗口下的
9 个像素值、卷积核、它们的 9 个乘积，以及乘积之和——也就是输出像素，在特征图中用方框标出。窗口一边走，特征图一边
一行一行地填满：每行 26 个位置，因为 3 × 3 的窗口在 28 个像素中能放 28 − 3 + 1 次。

试一试：每走一步之前，先预测总和的正负——窗口右边有墨、左边是纸吗？把窗口移到 9 的圆圈左侧，再移到右侧。
然后换一个卷积核，或者自己设置 9 个权重。
""",
        ),
        code(
            """
nl.widgets.sliding_explorer(test_images[:100], index=int(np.flatnonzero(test_labels[:100] == 9)[0]),
                            position=8 * 26 + 8)
"""
        ),
        md(
            """
## 3. Explorer: every window at once, ReLU and max-pooling

The same computation at all 676 positions gives the whole feature map. Blue: the kernel responds; vermillion: the
opposite pattern (here, paper on the right of the ink). **ReLU** keeps only the positive responses. **Max-pooling**
keeps the largest value of every 2 × 2 block: the map gets half as wide. Which kernel lights up the top bar of a 7?
The loop of a 9?
""",
            """
## 3. 探索器：一次看所有窗口，ReLU 与最大池化

在全部 676 个位置上做同样的计算，就得到整张特征图。蓝色表示卷积核有响应，橙红色表示相反的图案（这里是墨迹右边是纸）。
**ReLU** 只保留正的响应。**最大池化**保留每个 2 × 2 方块里的最大值：特征图的宽度减半。
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
## 4. Pooling, one block at a time — and what it forgives

The 2 × 2 window now moves over the feature map after ReLU, two pixels at a time: of its 4 values, the largest is
picked out (framed) and becomes one cell of the pooled map.
""",
            """
## 4. 一块一块地池化——以及它能容忍什么

现在 2 × 2 的窗口在经过 ReLU 的特征图上移动，每次走两个像素：4 个值里最大的那个被挑出来（用方框标出），
成为池化后特征图的一个格子。
""",
        ),
        code(
            """
nl.widgets.pooling_explorer(test_images[:100], index=int(np.flatnonzero(test_labels[:100] == 9)[0]),
                            position=4 * 13 + 4)
"""
        ),
        md(
            """
What does pooling buy when the digit moves? Move the 9 by 1 and by 2 pixels to the right and compare its maps
with the unmoved ones, pixel by pixel at the same place. A pixel counts as *lit* when it is above a tenth of the
map's largest value, and as *changed* when it moved by more than that tenth:
""",
            """
数字移动时，池化能带来什么？把 9 向右移动 1 个和 2 个像素，在同样的位置上逐个像素地与未移动时的特征图比较。
一个像素的值超过特征图最大值的十分之一，就算它*亮*；变化超过这十分之一，就算它*变了*：
""",
        ),
        code(
            """
def changed_share(before, after):
    \"\"\"The share of the lit pixels (in either map) that changed by more than a tenth of the largest value.\"\"\"
    tenth = 0.1 * before.max()
    lit = (before > tenth) | (after > tenth)
    return np.mean(np.abs(after - before)[lit] > tenth)


def relu_and_pool(image):
    feature = np.maximum(nl.conv2d(image[None], K[None])[0, 0], 0)  # (26, 26)
    return feature, nl.max_pool2d(feature[None, None])[0, 0]  # (13, 13)


feature_0, pooled_0 = relu_and_pool(nine)
pooled_maps = [pooled_0]
shift_changes = {}
for dx in (1, 2):
    feature_dx, pooled_dx = relu_and_pool(nl.data.shift(nine[None], dx=dx, dy=0)[0])
    pooled_maps.append(pooled_dx)
    shift_changes[dx] = (changed_share(feature_0, feature_dx), changed_share(pooled_0, pooled_dx))
    print(nl.t("shift_line", dx=dx, map=100 * shift_changes[dx][0], pooled=100 * shift_changes[dx][1]))
moved_back = changed_share(pooled_0[:, :-1], pooled_maps[2][:, 1:])  # the 2-px map, one cell to the left
print(nl.t("shift_back", share=100 * moved_back))
nl.show(nl.plots.digits_figure(pooled_maps, [nl.t("moved_px", dx=dx) for dx in (0, 1, 2)], columns=3,
                               limits=(0, pooled_0.max()), title=nl.t("pooled_maps_title")))
""",
            check=True,
        ),
        md(
            """
Read the numbers honestly. After a 1-pixel move, most lit pixels of the feature map change (an edge one pixel
further is a different pixel), and fewer of the pooled map do — but still more than half: pooling makes the map
change *less*, not stay the same. After a 2-pixel move the pooled map is the *same* map moved by exactly one cell
(0% changed once moved back): the kernel gives the same response wherever the edge is, and pooling halves the
move. A CNN therefore does not ignore where things are; each pooling makes a move smaller, and the layers after it
have less to learn.
""",
            """
诚实地读这些数字。移动 1 个像素后，特征图中大多数亮的像素都变了（边缘挪了一个像素，就落在另一个像素上），
池化后的特征图变化的像素少一些——但仍超过一半：池化让特征图变化*更小*，而不是保持不变。移动 2 个像素后，
池化后的特征图是*同一张*图，恰好挪了一格（挪回来后 0% 变化）：无论边缘在哪里，卷积核给出的响应都相同，
而池化把移动的距离减半。所以 CNN 并不是不管东西在哪里；每次池化都让移动变小，后面的层要学的就少一些。
""",
        ),
        md(
            """
## 5. Training a small CNN

Our CNN has two convolution layers: 8 kernels of 3 × 3 on the image (28 → 26, pooled to 13), then 16 kernels on
those 8 maps (13 → 11, pooled to 5), then a dense layer from the 16 × 5 × 5 = 400 numbers to the 10 outputs,
with ReLU, softmax and the cross-entropy cost, trained by gradient descent with backpropagation as in notebook 04.

Two choices keep it honest and quick:

- **The first layer starts as 8 edge detectors**: vertical, horizontal and the two diagonal edges, each with both
  signs (ink on one side, or on the other). Training is free to change them, and the cell below prints how much it
  did. Why not start from random kernels, as for the other layers? A short training on a few thousand digits moves
  the first layer very little (see the printed correlations), so random kernels would stay random: their maps would
  be blurred copies of the digit, and a kernel whose weights are mostly negative would give a blank map after ReLU
  (a "dead" kernel). Large CNNs trained long on many images do learn edge detectors in their first layer by
  themselves.
- **It trains on `n_train` digits** (4,000), for 4 epochs, so that this notebook stays fast on a laptop or on
  Binder. Raise `n_train` to use more of the training digits: the accuracies below usually go up, and the
  training takes longer in proportion.
""",
            """
## 5. 训练一个小 CNN

我们的 CNN 有两个卷积层：第一层在图像上用 8 个 3 × 3 卷积核（28 → 26，池化到 13），第二层在这 8 张特征图上用
16 个卷积核（13 → 11，池化到 5），最后一个全连接层把 16 × 5 × 5 = 400 个数连到 10 个输出；它使用 ReLU、softmax
和交叉熵代价，像笔记本 04 一样用梯度下降加反向传播训练。

有两个选择让它既诚实又快：

- **第一层从 8 个边缘检测器开始**：竖直、水平和两条对角线方向的边缘，每个方向两种符号（墨在一侧，或在另一侧）。
  训练可以自由地改变它们，下面的单元格会打印出改变了多少。为什么不像其他层那样从随机卷积核开始？在几千个数字上
  的短时间训练几乎不改变第一层（看打印出的相关系数），所以随机卷积核会一直是随机的：它们的特征图是数字的模糊副本，
  而权重大多为负的卷积核经过 ReLU 后会给出一张空白的特征图（一个"死掉"的卷积核）。在大量图像上长时间训练的大型
  CNN，第一层会自己学出边缘检测器。
- **它只在 `n_train` 个数字上训练**（4,000 个），训练 4 轮，这样这个笔记本在笔记本电脑或 Binder 上也能很快运行。
  把 `n_train` 调大就能用上更多训练数字：下面的准确率会提高，训练时间也按比例变长。
""",
        ),
        code(
            """
n_train = 4000  # raise it to train on more digits (slower)
X_small, y_small = X_train[:n_train], train_labels[:n_train]

edges = np.array([nl.conv.KERNELS["vertical edge"], nl.conv.KERNELS["horizontal edge"],
                  nl.conv.KERNELS["diagonal edge"], nl.conv.KERNELS["diagonal edge"][:, ::-1]])
cnn = nl.CNN(rng=np.random.default_rng(0), channels=(8, 16))
cnn.K[0][:, 0] = np.concatenate([edges, -edges]) / 4  # layer 1: 8 edge kernels (c_out, c_in=1, 3, 3)
start_kernels = cnn.K[0][:, 0].copy()

curves = nl.widgets.TrainingCurves(epochs=4)
display(curves)
start = time.perf_counter()
history = cnn.fit(X_small, y_small, epochs=4, batch_size=32, lr=0.1, rng=np.random.default_rng(1),
                  validation=(X_test[:1000], test_labels[:1000]), callback=curves.update)
cnn_seconds = time.perf_counter() - start
"""
        ),
        code(
            """
print(nl.t("trained_in", seconds=cnn_seconds))
""",
            ignore=True,
        ),
        code(
            """
learned = cnn.K[0][:, 0]  # the 8 kernels of the first layer after training, each 3 x 3
kernel_change = [np.corrcoef(a.ravel(), b.ravel())[0, 1] for a, b in zip(start_kernels, learned)]
print(nl.t("cnn_accuracy", acc=100 * cnn.accuracy(X_test, test_labels)))
print(nl.t("kernel_change", values=", ".join(f"{c:.2f}" for c in kernel_change)))
nl.show(nl.plots.weight_images_figure(learned, range(1, 9), title=nl.t("learned_kernels")))
""",
            trained=True,
        ),
        md(
            """
## 6. Edges, then larger pieces, then the digit

Here is the 9 again, through the trained CNN. The first layer's 8 maps are shown before ReLU: each is blue along
the **edges** its kernel looks for and vermillion along the opposite ones — map 1 is blue on the left side of the
steep strokes, map 2 on the top side of the flat ones, and so on; ReLU keeps the blue and drops the rest. None is
blank: after ReLU every map keeps some response (the printed peaks), because every edge direction occurs somewhere
in a 9. The second layer looks at 3 × 3 windows of those 8 maps, that is at 8 × 8 pixels of the digit, and combines edges
into larger pieces (read its 16 maps: some follow the loop, some the stem, most are less easy to name). The dense
layer then weighs all the pieces into the **digit**.
""",
            """
## 6. 先是边缘，然后是更大的部件，最后是数字

再看一次这个 9 穿过训练好的 CNN。第一层的 8 张特征图显示的是 ReLU 之前的值：每张图在它的卷积核要找的**边缘**上
是蓝色，在相反的边缘上是橙红色——第 1 张在陡峭笔画的左侧是蓝色，第 2 张在平缓笔画的上侧是蓝色，依此类推；ReLU
保留蓝色，去掉其余部分。没有一张是空白的：经过 ReLU 后每张图都还有响应（看打印出的最大值），因为 9 的某处总会
出现每个方向的边缘。第二层看这 8 张特征图上的 3 × 3 窗口，也就是数字上 8 × 8 个像素的范围，
把边缘组合成更大的部件（看看它的 16 张特征图：有的沿着圆圈，有的沿着竖线，多数不那么容易命名）。最后，
全连接层把所有部件加权，得出**数字**。
""",
        ),
        code(
            """
layers = cnn.feature_maps(nine.reshape(1, 784))
first, second = layers[0]["relu"][0], layers[1]["relu"][0]
print(nl.t("layer_shapes", first=first.shape, second=second.shape))
""",
            check=True,
        ),
        code(
            """
print(nl.t("map_peaks", values=", ".join(f"{m:.2f}" for m in first.max(axis=(1, 2)))))
nl.show(nl.plots.weight_images_figure(layers[0]["conv"][0], range(1, 9), title=nl.t("layer1_maps")))
nl.show(nl.plots.digits_figure(second, range(1, 17), columns=8, limits=None, title=nl.t("layer2_maps")))
outputs = cnn.predict_proba(nine.reshape(1, 784))[0]
print(nl.t("outputs_line", values=np.round(outputs, 3), answer=outputs.argmax()))
""",
            trained=True,
        ),
        md(
            """
What does each part do? **Small windows**: a unit sees only a few neighbouring pixels, so the first layer can
only find local patterns such as edges. **Depth**: each layer looks at windows of the maps below, so it sees a
larger part of the digit and can combine edges into pieces. **Pooling**: halves the maps, so the next layer's
window covers twice as much, and small moves shrink. **Sharing the kernel** across positions: the same pattern
gives the same response wherever it is (you saw the 2-pixel move give the same pooled map, one cell over), and a
layer needs 9 weights per kernel instead of one per pixel.
""",
            """
每个部分做什么？**小窗口**：一个单元只看几个相邻的像素，所以第一层只能找到边缘这类局部图案。**深度**：每一层看下面
特征图上的窗口，所以它看到数字中更大的一块，能把边缘组合成部件。**池化**：让特征图减半，下一层的窗口就覆盖两倍的范围，
小的移动也随之变小。**共享卷积核**（所有位置用同一个卷积核）：同一个图案无论在哪里都得到同样的响应（你已经看到，
移动 2 个像素后池化的特征图相同，只是挪了一格）；而且每个卷积核只需要 9 个权重，而不是每个像素一个。
""",
        ),
        md(
            """
## 7. A fair comparison

To see what each step buys, train three networks on the **same `n_train` digits** and ask them about the same test
digits, then about the same digits moved 3 pixels to the right:

1. the **MLP of the video** (notebook 04): 784-16-16-10, sigmoid, quadratic cost, 30 epochs, batch 10, learning
   rate 3.0;
2. the **modern MLP** (exercise 04.3): the same layers, with ReLU, softmax and cross-entropy, 30 epochs, batch 32,
   learning rate 0.1;
3. the **CNN** above: trained the modern way too, with convolution and pooling in front of the dense layer.
""",
            """
## 7. 公平的比较

为了看清每一步带来了什么，在**同样的 `n_train` 个数字**上训练三个网络，先让它们回答同样的测试数字，
再回答向右平移 3 个像素后的同样数字：

1. **视频里的 MLP**（笔记本 04）：784-16-16-10，sigmoid，二次代价，30 轮，批大小 10，学习率 3.0；
2. **现代的 MLP**（练习 04.3）：同样的层，用 ReLU、softmax 和交叉熵，30 轮，批大小 32，学习率 0.1；
3. 上面的 **CNN**：同样用现代的方式训练，只是在全连接层前面加上了卷积和池化。
""",
        ),
        code(
            """
mlp_video = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))
start = time.perf_counter()
mlp_video.fit(X_small, y_small, epochs=30, batch_size=10, lr=3.0, rng=np.random.default_rng(1))
mlp_video_seconds = time.perf_counter() - start

mlp_modern = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0), hidden="relu", output="softmax")
start = time.perf_counter()
mlp_modern.fit(X_small, y_small, epochs=30, batch_size=32, lr=0.1, rng=np.random.default_rng(1))
mlp_modern_seconds = time.perf_counter() - start
"""
        ),
        code(
            r"""
X_moved = nl.flatten(nl.data.shift(test_images, dx=3, dy=0))
cnn_parameters = sum(p.size for p in [*cnn.K, *cnn.bK, cnn.W, cnn.b])
mlp_parameters = sum(nl.parameter_count([784, 16, 16, 10]))
results = {}
rows = [nl.t("comparison_header"), "|---|---:|---:|---:|---:|"]
for key, net, parameters, seconds in (("mlp_video", mlp_video, mlp_parameters, mlp_video_seconds),
                                      ("mlp_modern", mlp_modern, mlp_parameters, mlp_modern_seconds),
                                      ("cnn", cnn, cnn_parameters, cnn_seconds)):
    results[key] = (net.accuracy(X_test, test_labels), net.accuracy(X_moved, test_labels))
    rows.append(f"| {nl.t(key)} | {100 * results[key][0]:.1f}% | {100 * results[key][1]:.1f}% "
                f"| {parameters:,} | {seconds:.1f} s |")
display(Markdown("\n".join(rows)))
""",
            trained=True,
        ),
        md(
            """
Credit each gain to its cause (your numbers differ a little from machine to machine; these statements hold on
every machine we tried, and a test checks them):

- **MLP of the video → modern MLP**: on these digits the modern training (ReLU, softmax, cross-entropy) buys
  little: the two MLPs end within about two points of each other. Its real gain is elsewhere: it learns with a
  sensible learning rate and does not stall, which matters for deeper networks.
- **Modern MLP → CNN**: same training method, fewer than half the parameters, and a few points more on the test
  digits: that gain belongs to the convolutional layers — small windows, shared kernels, depth, pooling.
- **Moved digits**: both MLPs lose about half their accuracy when the digits move 3 pixels; the CNN loses about
  half as many points as they do (it keeps more than 60%), because the shared kernels find the same edges wherever
  they are and pooling shrinks the move. It still loses a lot: its dense layer at the end does care where the
  pieces are.
""",
            """
把每一份提高归功于它的原因（你的数字会因机器不同而略有差别；下面的说法在我们试过的每台机器上都成立，并有测试检查）：

- **视频里的 MLP → 现代的 MLP**：在这些数字上，现代的训练方式（ReLU、softmax、交叉熵）带来的提高很小：两个 MLP
  的准确率相差不到两个百分点左右。它真正的好处在别处：用合理的学习率就能学，不会停滞，这对更深的网络很重要。
- **现代的 MLP → CNN**：训练方式相同，参数不到一半，测试准确率却高出几个百分点：这份提高属于卷积层——小窗口、
  共享的卷积核、深度和池化。
- **平移后的数字**：数字平移 3 个像素时，两个 MLP 的准确率都下降了大约一半；CNN 下降的百分点大约只有它们的一半
  （仍高于 60%），因为共享的卷积核无论边缘在哪里都能找到它们，池化又让移动变小。它的准确率仍然下降了不少：
  最后的全连接层确实在意部件的位置。
""",
        ),
        md(
            """
## 8. Where the idea comes from

In 1959–1962 David Hubel and Torsten Wiesel found neurons in the cat's visual cortex that respond to an edge of
one orientation at one place (*simple cells*) and others that respond to it anywhere in a small region (*complex
cells*) — the idea behind kernels and pooling. In 1980 Kunihiko Fukushima built the *neocognitron*, layers of
such cells alternating, which recognised shapes even when they moved. In 1989 Yann LeCun and his colleagues
trained such a network with backpropagation to read handwritten ZIP-code digits, and in 1998 his LeNet-5 read the
MNIST digits of this series — the ancestor of every CNN since.
""",
            """
## 8. 这个想法从哪里来

1959–1962 年，David Hubel 和 Torsten Wiesel 在猫的视觉皮层中发现：有的神经元只对某个位置上某个方向的边缘有反应
（*简单细胞*），有的对一小片区域里任何位置的这种边缘都有反应（*复杂细胞*）——这正是卷积核和池化背后的想法。
1980 年，福岛邦彦（Kunihiko Fukushima）搭建了*新认知机*（neocognitron），由这两种细胞一层层交替组成，形状移动了也能认出。
1989 年，Yann LeCun 和同事用反向传播训练这样的网络来读手写的邮政编码数字；1998 年，他的 LeNet-5 读的正是本系列的
MNIST 数字——此后所有 CNN 的祖先。
""",
        ),
        md(
            """
## Summary

- A **convolution** slides a small kernel — a tiny neuron with 3 × 3 weights — over the image, one window at a
  time; each window's Σ K · a is one pixel of the **feature map**. ReLU keeps the positive responses.
- **Max-pooling** keeps the largest value of each 2 × 2 block: the map halves, a 1-pixel move changes it less (not
  nothing), and a 2-pixel move becomes a 1-cell move of the same map.
- Small windows, depth and pooling build the hierarchy — **edges**, then larger pieces, then the **digit**;
  sharing the kernel makes the response the same wherever a pattern is. Here the first layer was started as edge
  detectors, because a short training would not have made them.
- Trained the same way on the same digits, the CNN beats the modern MLP by a few points with fewer than half the
  parameters, and loses about half as much on moved digits; the modern training alone buys the MLP little here.
- Hubel and Wiesel's cells → Fukushima's neocognitron → LeCun's LeNet on these very digits.
""",
            """
## 小结

- **卷积**让一个小卷积核——一个带 3 × 3 权重的小神经元——一个窗口一个窗口地在图像上滑动；每个窗口的 Σ K · a
  就是**特征图**的一个像素。ReLU 保留正的响应。
- **最大池化**保留每个 2 × 2 方块里的最大值：特征图减半，移动 1 个像素时它变化得更少（但不是不变），
  移动 2 个像素则变成同一张图挪动 1 格。
- 小窗口、深度和池化搭起了层次——先是**边缘**，然后是更大的部件，最后是**数字**；共享卷积核让同一个图案无论在哪里
  都得到同样的响应。这里第一层是从边缘检测器开始的，因为短时间的训练学不出它们。
- 用同样的方式、在同样的数字上训练，CNN 比现代的 MLP 高出几个百分点，参数却不到一半，面对平移后的数字时准确率
  下降的幅度约为 MLP 的一半；在这里，仅靠现代的训练方式，MLP 提高得很少。
- Hubel 和 Wiesel 的细胞 → 福岛邦彦的新认知机 → LeCun 在这些数字上训练的 LeNet。
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
        md(
            """
**Exercise 4.** Look at `seven` below (the first 7 of the test digits), but do not run your kernel on it yet.
*Predict* the (row, column) of the feature map where your `K_top` responds most strongly, and write it down;
then run the cell. Remember that output pixel (r, c) belongs to the window whose top-left corner is at (r, c).
""",
            """
**练习 4.** 看看下面的 `seven`（测试数字中的第一个 7），但先不要用你的卷积核去算。*预测*你的 `K_top`
在特征图的哪个位置（行, 列）响应最强，把它写下来；然后再运行这个单元格。记住：输出像素 (r, c) 对应左上角在
(r, c) 的那个窗口。
""",
        ),
        code(
            """
seven = test_images[np.flatnonzero(test_labels == 7)[0]] / 255
nl.show(nl.plots.digits_figure([seven], [""], columns=1, limits=(0, 1)))
brightest = ...  # (row, column), predicted before running K_top on seven
nl.checks.brightest_window(brightest, seven, K_top)
""",
            check=True,
        ),
        md(
            """
**Exercise 5.** A digit moves 2 pixels to the right: by how many cells does its 13 × 13 pooled map move? And a
digit that moves 4 pixels: by how many cells does the CNN's second pooled map (5 × 5) move? Answer as
`(cells, cells)`, then check the first number with `pooled_maps` of section 4.
""",
            """
**练习 5.** 一个数字向右移动 2 个像素：它 13 × 13 的池化特征图移动几格？一个数字移动 4 个像素：CNN 第二次池化后的
特征图（5 × 5）移动几格？以 `(格数, 格数)` 的形式回答，然后用第 4 节的 `pooled_maps` 验证第一个数。
""",
        ),
        code(
            """
moves = ...
nl.checks.pooled_moves(moves)
""",
            check=True,
        ),
    ],
)
