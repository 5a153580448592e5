from . import Lesson, code, md

LESSON = Lesson(
    "05", "cnn-intuition",
    {"en": "CNN intuition", "zh-CN": "卷积神经网络的直觉"},
    {"en": "A kernel is a tiny neuron that slides: edges, then strokes, then the digit; a CNN against notebook 04's network.",
     "zh-CN": "卷积核是一个会滑动的小神经元：先找边缘，再找部件，最后认出数字；CNN 与笔记本 04 的网络对比。"},
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
            zh={
                "the first 9 of the test digits": "测试数字中的第一个 9",
                "(1 image, 1 kernel) -> the map of that pair": "(1 张图像, 1 个卷积核) -> 这一对的特征图",
            },
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

在全部 676 个位置上做同样的计算，就得到整张特征图。蓝色表示卷积核有响应，橙红色表示相反的图案（这里是左边有墨、右边是纸）。
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
            zh={"the 2-px map, one cell to the left": "平移 2 像素的特征图，向左一格"},
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
  did. This start buys **readable pictures, not accuracy**: in section 6 every first-layer map is an edge you can
  name. Started from random kernels, as the other layers are, the same training reads about as many digits (both
  are printed under *Kernels nobody wrote* below), but it moves the first layer very little (see the printed
  correlations): the kernels stay the random ones they started as, and their maps are hard to name.
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
  训练可以自由地改变它们，下面的单元格会打印出改变了多少。这个起点换来的是**看得懂的图，而不是准确率**：在第 6 节里，
  第一层的每张特征图都是一种叫得出名字的边缘。如果像其他层那样从随机卷积核开始，同样的训练认对的数字差不多一样多
  （两者都打印在下面的“没有人写过的卷积核”里），但它几乎不改变第一层（看打印出的相关系数），所以卷积核还是开始时那些随机的
  卷积核，它们的特征图也很难叫出名字。
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
""",
            zh={
                "raise it to train on more digits (slower)": "调大它就用更多数字训练（更慢）",
                "layer 1: 8 edge kernels (c_out, c_in=1, 3, 3)": "第 1 层：8 个边缘卷积核 (c_out, c_in=1, 3, 3)",
            },
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
            zh={"the 8 kernels of the first layer after training, each 3 x 3": "训练后第一层的 8 个卷积核，每个 3 x 3"},
        ),
        md(
            """
**Kernels nobody wrote.** Would a longer training from a random start find edge detectors by itself? The script
`scripts/train_cnn_from_random.py` trained this same CNN from random kernels (seed 0) for longer: 30 epochs on
all 8,000 bundled training digits. It also trained it with this notebook's settings, and from the hand start both
ways, and stored the results in `nnlib/data/cnn-random-start.npz` (checked by its SHA-256 when it is loaded). The
cell below loads them and draws the hand start (top row) beside the 8 kernels learned from the random start
(bottom row). How much does a learned kernel look like an edge detector? Each one's **best |correlation|** with
any of the 8 hand kernels says it: 1 when it is one of them up to scale and sign, 0 when it has nothing in common
with any. As a baseline, the same measure for the random kernels it started from, and for 10,000 fresh random
kernels:
""",
            """
**没有人写过的卷积核。** 从随机起点训练得更久，它会自己找到边缘检测器吗？脚本 `scripts/train_cnn_from_random.py`
从随机卷积核（种子 0）开始把同一个 CNN 训练得更久：在自带的全部 8,000 个训练数字上训练 30 轮。它还用这个笔记本的
设置训练了一次，又从手工起点按这两种方式各训练了一次，把结果存进 `nnlib/data/cnn-random-start.npz`（加载时用它的
SHA-256 校验）。下面的单元格加载这些结果，把手工起点（上排）和从随机起点学到的 8 个卷积核（下排）并排画出来。
学到的卷积核有多像边缘检测器？看它与 8 个手工卷积核中任意一个的**最大 |相关系数|**：与其中一个只差缩放和正负号时为 1，
与哪个都毫无共同之处时为 0。作为基准，同样的度量也用在它开始时的随机卷积核上，以及 10,000 个新的随机卷积核上：
""",
        ),
        code(
            """
random_cnn, stored = nl.cnn.load_random_start()  # written by scripts/train_cnn_from_random.py, checked by SHA-256
runs = stored["facts"]["runs"]  # each run: start, digits, epochs, seconds, test accuracy


def resemblance(kernels):
    \"\"\"Each kernel's best |correlation| with any of the 8 hand kernels: (k, 3, 3) -> (k,), from 0 to 1.\"\"\"
    k = kernels.reshape(len(kernels), 9)
    k = k - k.mean(axis=1, keepdims=True)  # a correlation compares patterns, not their average level
    h = start_kernels.reshape(8, 9)  # the hand start of this notebook (each averages 0)
    cosines = (k / np.linalg.norm(k, axis=1, keepdims=True)) @ (h / np.linalg.norm(h, axis=1, keepdims=True)).T
    return np.abs(cosines).max(axis=1)


short, long_run = runs["random_short"], runs["random_long"]
print(nl.t("short_run_facts", n=short["n_train"], epochs=short["epochs"], random=100 * short["test_accuracy"],
           hand=100 * runs["hand_short"]["test_accuracy"]))
print(nl.t("random_run_facts", epochs=long_run["epochs"], n=long_run["n_train"], seconds=long_run["seconds"],
           acc=100 * long_run["test_accuracy"], hand=100 * runs["hand_long"]["test_accuracy"]))
learned_random = stored["random_long_end"]  # (8, 3, 3): the first layer nobody wrote
similar = resemblance(learned_random)
similar_start = resemblance(stored["random_long_start"])
similar_random = resemblance(np.random.default_rng(3).standard_normal((10_000, 3, 3)))
print(nl.t("resemblance_learned", values=", ".join(f"{r:.2f}" for r in similar), mean=similar.mean()))
print(nl.t("resemblance_start", values=", ".join(f"{r:.2f}" for r in similar_start), mean=similar_start.mean()))
print(nl.t("resemblance_random", n=10_000, median=np.median(similar_random), p90=np.percentile(similar_random, 90)))
random_change = [np.corrcoef(a.ravel(), b.ravel())[0, 1] for a, b in zip(stored["random_long_start"], learned_random)]
print(nl.t("kernel_change", values=", ".join(f"{c:.2f}" for c in random_change)))
both = np.concatenate([start_kernels, learned_random])  # (16, 3, 3): the hand start on top, learned below
both = both / np.abs(both).max(axis=(1, 2), keepdims=True)  # each kernel scaled to its largest weight
nl.show(nl.plots.weight_images_figure(both, [nl.t("hand_kernel_title", k=k) for k in range(1, 9)]
                                      + [f"{r:.2f}" for r in similar], title=nl.t("kernels_side_by_side"),
                                      colorbar_label=nl.t("scaled_weight_bar")))
""",
            trained=True,
            zh={"written by scripts/train_cnn_from_random.py, checked by SHA-256":
                "由 scripts/train_cnn_from_random.py 写出，用 SHA-256 校验",
                "each run: start, digits, epochs, seconds, test accuracy": "每次运行：起点、数字个数、轮数、秒数、测试准确率",
                "a correlation compares patterns, not their average level": "相关系数比较的是图案，而不是它们的平均高低",
                "the hand start of this notebook (each averages 0)": "这个笔记本的手工起点（每个的平均值都是 0）",
                "(8, 3, 3): the first layer nobody wrote": "(8, 3, 3)：没有人写过的第一层",
                "(16, 3, 3): the hand start on top, learned below": "(16, 3, 3)：上面是手工起点，下面是学到的",
                "each kernel scaled to its largest weight": "每个卷积核按它最大的权重缩放"},
        ),
        md(
            """
They are not edge detectors. On average their resemblance to our edges (the line *learned from a random start*)
is only a little above what random kernels score (the two lines below it), and each learned kernel is still close
to the random kernel it started from (the last line: correlations near 1). Yet this network reads about as many bundled test digits as
the hand start trained the same way (both printed above): the layers after the first learned to use whatever the
first layer gives them. So the hand start of this notebook is there for the pictures, not for the accuracy.

First layers that turn into edge detectors by themselves do exist, in large networks trained long on over a
million photos: most of the first-layer filters of AlexNet are oriented edges and colour blobs (Krizhevsky,
Sutskever and Hinton, 2012, Fig. 3), and Zeiler and Fergus (2014) show the same in the first layer of theirs.
Our 8 kernels of 3 × 3, trained on 8,000 small digits, do not show it.
""",
            """
它们不是边缘检测器。平均来看，它们与我们的边缘的相似度（“从随机起点学到的卷积核”那一行）只比随机卷积核的得分
（它下面的两行）高一点点，而且每个学到的卷积核仍然接近它开始时的那个随机卷积核（最后一行：相关系数接近 1）。可是这个网络认对的自带测试数字，
和用同样方式训练的手工起点差不多一样多（上面打印了两者）：第一层之后的那些层学会了利用第一层给它们的无论什么东西。
所以这个笔记本用手工起点，是为了图，而不是为了准确率。

第一层自己变成边缘检测器的情况确实存在，不过是在用一百多万张照片长时间训练的大型网络里：AlexNet 第一层的滤波器
大多是各个方向的边缘和色块（Krizhevsky、Sutskever 和 Hinton，2012 年，图 3），Zeiler 和 Fergus（2014 年）
在他们的网络的第一层里也看到了同样的情况。我们这 8 个 3 × 3 的卷积核，在 8,000 个小小的数字上训练，并没有表现出这一点。
""",
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

再让这个 9 通过训练好的 CNN，逐层看一看。第一层的 8 张特征图显示的是 ReLU 之前的值：每张图在它的卷积核要找的**边缘**上
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
                                      ("cnn_modern", cnn, cnn_parameters, cnn_seconds)):
    results[key] = (net.accuracy(X_test, test_labels), net.accuracy(X_moved, test_labels))
    rows.append(f"| {nl.t(key)} | {100 * results[key][0]:.1f}% | {100 * results[key][1]:.1f}% "
                f"| {parameters:,} | {nl.t('seconds', s=f'{seconds:.1f}')} |")
display(Markdown("\n".join(rows)))
""",
            trained=True,
        ),
        md(
            """
Credit each gain to its cause (your numbers differ a little from machine to machine; these statements hold on
every machine we tried, and a test checks them):

- **MLP of the video → modern MLP**: on these digits the modern training (ReLU, softmax, cross-entropy) buys
  little: the two MLPs end within about two points of each other. What it is known for is not measured here:
  in deeper networks, sigmoid layers learn ever more slowly the further they are from the output (the "vanishing
  gradient" of Nielsen's *Neural Networks and Deep Learning*, chapter 5); a ReLU does not saturate, so it slows
  learning down less (chapter 6).
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
  的准确率相差不到两个百分点。它出名的好处这里并没有测量：在更深的网络里，sigmoid 层离输出越远学得越慢
  （Nielsen《Neural Networks and Deep Learning》第 5 章所说的“梯度消失”）；ReLU 不会饱和，所以它拖慢学习的程度
  小得多（同书第 6 章）。
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
  detectors so that its pictures can be read: started from random kernels, the same CNN reads about as many
  digits, and its first layer stays close to the random kernels it started from, even after 30 epochs on all
  8,000 bundled training digits.
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
  都得到同样的响应。这里第一层从边缘检测器开始，是为了让它的图看得懂：从随机卷积核开始，同样的 CNN 认对的数字
  差不多一样多，而它的第一层仍然接近开始时的随机卷积核，即使在自带的全部 8,000 个训练数字上训练 30 轮也是如此。
- 用同样的方式、在同样的数字上训练，CNN 比现代的 MLP 高出几个百分点，参数却不到一半，面对平移后的数字时准确率
  下降的幅度约为 MLP 的一半；在这里，仅靠现代的训练方式，MLP 提高得很少。
- Hubel 和 Wiesel 的细胞 → 福岛邦彦的新认知机 → LeCun 在这些数字上训练的 LeNet。
""",
        ),
        md(
            """
## Exercises

**Exercise 1.** This notebook's kernels are 3 × 3. Many networks use larger ones: predict the shapes for a
28 × 28 image, a **5 × 5** kernel, 'valid' convolution, then 2 × 2 max-pooling. Give the two shapes, as
`((rows, columns), (rows, columns))`, without running a convolution.
""",
            """
## 练习

**练习 1.** 本笔记本的卷积核都是 3 × 3 的。很多网络用更大的卷积核：请预测一张 28 × 28 的图像用 **5 × 5** 卷积核做
'valid' 卷积、再做 2 × 2 最大池化后的形状。不要运行卷积，直接给出两个形状，格式为 `((行, 列), (行, 列))`。
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
**Exercise 3.** The "horizontal edge" preset answers to *edges*: a border between paper and ink. Design a
3 × 3 kernel for thin horizontal *lines* instead: after ReLU, its strongest response to the top bar of a 7 must
be at least 1.5 times its strongest response to the vertical stroke of a 1, and to a filled area's edge (the
upper half of the image inked, or the lower half). The preset fails this test; find out why in the explorer,
then change what makes it fail.
""",
            """
**练习 3.** 预设的“水平边缘”卷积核响应的是*边缘*：白纸与墨迹的分界。请改为设计一个找细的水平*线*的 3 × 3
卷积核：经过 ReLU 后，它对 7 的顶部横线的最强响应，必须至少是它对 1 的竖直笔画、以及对一块涂黑区域边缘
（图像上半部涂黑，或下半部涂黑）的最强响应的 1.5 倍。预设的卷积核通不过这个检验：先在探索器里看看原因，
再改掉让它失败的地方。
""",
        ),
        code(
            """
K_top = ...
nl.checks.line_kernel(K_top)
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
            zh={"(row, column), predicted before running K_top on seven": "(行, 列)，在用 K_top 算 seven 之前预测"},
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
        md(
            """
In notebooks 04 and 05 `fit` found thousands of good numbers while you watched the cost fall, but you never saw
how. The video's next chapter, *Gradient descent, how neural networks learn* (3Blue1Brown, chapter 2), opens that
box: the network rolls downhill on its cost, one small step at a time.
""",
            """
在笔记本 04 和 05 里，你看着代价一路下降，`fit` 找到了成千上万个好用的数，可你始终没看到它是怎么找到的。
视频的下一章《梯度下降，神经网络如何学习》（3Blue1Brown，第 2 章）打开了这个盒子：网络沿着它的代价一小步一小步地往下坡走。
""",
        ),
    ],
)
