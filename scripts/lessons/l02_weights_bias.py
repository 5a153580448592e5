from . import Lesson, code, md

LESSON = Lesson(
    "02", "weights-and-bias",
    {"en": "Weights and bias", "zh-CN": "权重与偏置"},
    {"en": "σ(w₁a₁ + … + wₙaₙ + b): weights as a picture a neuron looks for, the bias as a threshold (b = −10).",
     "zh-CN": "σ(w₁a₁ + … + wₙaₙ + b)：权重是神经元要寻找的图案，偏置是阈值（b = −10）。"},
    [
        md(
            """
## Goal

By the end of this notebook you can

- compute a neuron's activation from many inputs: **σ(w₁a₁ + w₂a₂ + … + wₙaₙ + b)**;
- read a neuron's weights as a **picture** of the pattern it looks for, and its weighted sum as a match score;
- use the **bias as a threshold**: b = −10 makes a neuron fire only when its weighted sum exceeds 10, and say
  why the sigmoid's threshold is a soft one;
- say how much each term contributes to z.
""",
            """
## 目标

学完这个笔记本，你能够

- 根据多个输入计算神经元的激活值：**σ(w₁a₁ + w₂a₂ + … + wₙaₙ + b)**；
- 把神经元的权重看成它要寻找的图案的**图片**，把加权和看成匹配程度；
- 把**偏置当作阈值**：b = −10 让神经元只在加权和超过 10 时才激活，并说出为什么 sigmoid 的阈值是“软”的；
- 说出每一项对 z 贡献了多少。
""",
        ),
        code(
            """
import numpy as np

import nnlib as nl
"""
        ),
        md(
            r"""
## 1. Many inputs, one weight each

The connections between neurons are called **weights**, like the synapses in our brain (a neuron of the human
cortex has about 7,000 of them). A neuron with n inputs has n weights, and computes

$$a' = \sigma(w_1 a_1 + w_2 a_2 + \dots + w_n a_n + b) .$$

The sum w₁a₁ + … + wₙaₙ is the **dot product** of the vectors w and a: `w @ a` in NumPy.
""",
            r"""
## 1. 线：多个输入，各有一个权重

神经元之间的连接称为**权重**，类似我们大脑中的突触（人类大脑皮层的每个神经元大约有 7000 个突触）。
有 n 个输入的神经元就有 n 个权重，它计算

$$a' = \sigma(w_1 a_1 + w_2 a_2 + \dots + w_n a_n + b) 。$$

和式 w₁a₁ + … + wₙaₙ 就是向量 w 与 a 的**点积**：NumPy 里写作 `w @ a`。
""",
        ),
        code(
            """
a = np.array([0.9, 0.2, 0.6])    # the activations of three neurons before
w = np.array([1.5, -2.0, 0.5])   # one weight per connection
b = -0.5

z_loop = 0.0
for w_i, a_i in zip(w, a):
    z_loop += w_i * a_i
z_loop += b

z = w @ a + b
print(f"z_loop = {z_loop:.2f}, z = w @ a + b = {z:.2f}, sigmoid(z) = {nl.sigmoid(z):.4f}")
z, activation = nl.neuron(a, w, b)
print(f"nl.neuron: z = {z:.2f}, a = σ(z) = {activation:.4f}")
""",
            check=True,
            zh={"the activations of three neurons before": "前一层三个神经元的激活值", "one weight per connection": "每个连接一个权重"},
        ),
        md(
            """
## 2. Weights as a picture

A neuron that looks at an image has **one weight per pixel**. Draw those weights as an image of their own —
blue where a weight is positive, vermillion where it is negative, white where it is zero — and you see the
pattern the neuron is looking for. Multiply input and weights pixel by pixel and add everything up: the
weighted sum is large when the ink falls on blue weights and small when it falls on vermillion ones. It
measures **how well the image matches the pattern**.

Below, a 12 × 12 image (a "seven"), the weights of a "top bar" detector, and their product. (The printed
labels come from `nl.t(...)`, which gives a label in the notebook's language: the Chinese notebook runs the
same code and prints Chinese.)
""",
            """
## 2. 把权重画成图

一个观察图像的神经元，**每个像素对应一个权重**。把这些权重本身画成一张图——正权重为蓝色，负权重为橙红色，
零为白色——就能看到这个神经元在寻找的图案。把输入与权重逐像素相乘再全部相加：笔画落在蓝色权重上时加权和大，
落在橙红色权重上时加权和小。加权和衡量的是**图像与图案有多匹配**。

下面是一张 12 × 12 的图像（“7”）、一个“顶部横线”检测器的权重，以及两者的乘积。
（打印的标签来自 `nl.t(...)`，它按笔记本的语言给出标签：中英文笔记本运行同样的代码，各自打印自己的语言。）
""",
        ),
        code(
            """
image = nl.patterns.images()["seven"]            # shape (12, 12), ink in 0..1
weights = nl.patterns.weight_patterns()["top bar"]  # shape (12, 12), weights in -1..1
print(image.shape, weights.shape)
print(nl.t("sum_over_pixels", total=np.sum(weights * image)))
print(nl.t("same_as_dot", n=image.size, total=weights.ravel() @ image.ravel()))
""",
            check=True,
            zh={
                "shape (12, 12), ink in 0..1": "形状 (12, 12)，墨迹在 0..1 之间",
                "shape (12, 12), weights in -1..1": "形状 (12, 12)，权重在 -1..1 之间",
            },
        ),
        md(
            """
Now change the picture. Choose an input image and a weight pattern, and make the positive or the negative
weights stronger. Which pattern gives the zero the highest score? Why does the "top bar" detector also like
the seven?
""",
            """
现在换一换图。选择一张输入图像和一种权重图案，并加强正权重或负权重。哪种图案给“0”的得分最高？
为什么“顶部横线”检测器也喜欢“7”？
""",
        ),
        code(
            """
nl.widgets.image_neuron_explorer(image="seven", pattern="top bar", bias=-4.0)
"""
        ),
        md(
            """
## 3. The bias as a threshold

The bias decides how easily a neuron fires. Say we want a neuron to fire (activation above 0.5) only when
its weighted sum s = w₁a₁ + … + wₙaₙ is **larger than 10**. Since σ(s + b) > 0.5 exactly when s + b > 0,
we set **b = −10**: weighted sums below 10 then give an activation below 0.5, however the weights got there.
""",
            """
## 3. 偏置就是阈值

偏置决定了神经元被激活的难易程度。假设我们希望神经元只在加权和 s = w₁a₁ + … + wₙaₙ **大于 10** 时才激活
（激活值超过 0.5）。因为 σ(s + b) > 0.5 当且仅当 s + b > 0，所以令 **b = −10**：加权和小于 10 时，
无论权重如何，激活值都低于 0.5。
""",
        ),
        code(
            """
s = np.array([3.0, 7.0, 9.0, 11.0, 14.0, 18.0])  # weighted sums of six inputs
b = -10.0
activation = nl.sigmoid(s + b)
for s_i, a_i in zip(s, activation):
    print(f"s = {s_i:4.1f}  sigmoid(s + b) = {a_i:.3f}  " + (nl.t("fires") if a_i > 0.5 else nl.t("quiet_word")))
""",
            check=True,
            zh={"weighted sums of six inputs": "六个输入的加权和"},
        ),
        md(
            """
Look at s = 9: the activation is 0.269, not 0. The sigmoid is a **soft threshold**. It crosses 0.5 exactly
at s = 10, but it climbs there gradually: 1 below the threshold it gives σ(−1) = 0.269, 3 below σ(−3) = 0.047,
and only far below it is it close to 0. "Fires" here means "above 0.5", and "quiet" means "below 0.5",
not "silent". To make the step sharper, scale the weights and the bias together by a factor k: the
threshold stays at s = 10, and σ(k·(s − 10)) drops faster below it:
""",
            """
看 s = 9：激活值是 0.269，而不是 0。sigmoid 是一个**软阈值**：它恰好在 s = 10 处穿过 0.5，但它是逐渐爬升到那里的：
比阈值低 1 时 σ(−1) = 0.269，低 3 时 σ(−3) = 0.047，只有远低于阈值时才接近 0。所以这里的“激活”指“高于 0.5”，
“不激活”指“低于 0.5”，并不是完全为 0。想让这一步更陡，可以把权重和偏置一起乘以一个因子 k：
阈值仍是 s = 10，而 σ(k·(s − 10)) 在阈值以下下降得更快：
""",
        ),
        code(
            """
for k in [1, 3, 10]:
    print(f"k = {k:>2}:  s = 9 -> {nl.sigmoid(k * (9 - 10)):.3f}   s = 11 -> {nl.sigmoid(k * (11 - 10)):.3f}")
""",
            check=True,
        ),
        md(
            """
Move the bias: the curve slides left and right, and the dashed threshold s = −b with it. Filled points fire,
hollow ones stay below 0.5.
""",
            """
拖动偏置滑块：曲线左右平移，虚线阈值 s = −b 也随之移动。实心点表示激活，空心点表示不激活。
""",
        ),
        code(
            """
nl.widgets.bias_explorer(b=-10.0)
"""
        ),
        md(
            """
## 4. Explorer: three weights and a bias

The neuron below has three inputs a = (0.9, 0.2, 0.6). Each bar is one term of z: w₁a₁, w₂a₂, w₃a₃ and b
(blue and plain when positive, vermillion and hatched when negative); the grey bar is their sum z, and the
point on the right is σ(z).

- Make w₂ large. Why does it change z so little?
- Find weights that give z = 0 with b = −0.5. What is σ(z) then?
""",
            """
## 4. 探索器：三个权重和一个偏置

下面的神经元有三个输入 a = (0.9, 0.2, 0.6)。每根柱子是 z 的一项：w₁a₁、w₂a₂、w₃a₃ 和 b
（正数为蓝色实心，负数为橙红色斜线）；灰色柱子是它们的和 z，右图中的点是 σ(z)。

- 把 w₂ 调大。为什么 z 变化很小？
- 在 b = −0.5 时找出使 z = 0 的权重。此时 σ(z) 是多少？
""",
        ),
        code(
            """
nl.widgets.weights_explorer(w1=1.5, w2=-2.0, w3=0.5, b=-0.5)
"""
        ),
        md(
            """
## Summary

- A neuron with n inputs computes **σ(w₁a₁ + … + wₙaₙ + b)** = σ(w @ a + b).
- Weights give the strength and the sign of each connection. For an image, the weights form a **picture of the pattern**
  the neuron looks for; the weighted sum measures the match.
- The **bias** is a threshold: with b = −10 the neuron's activation is above 0.5 only for weighted sums above
  10. The sigmoid's threshold is soft: just below it (s = 9) the activation is still 0.269.
- Every term wᵢaᵢ adds its share to z: a large weight on an inactive input changes little.
""",
            """
## 小结

- 有 n 个输入的神经元计算 **σ(w₁a₁ + … + wₙaₙ + b)** = σ(w @ a + b)。
- 权重表示连接的强弱和正负。对于图像，权重构成了神经元要寻找的**图案**；加权和衡量匹配程度。
- **偏置**是阈值：b = −10 时，只有加权和超过 10，神经元的激活值才高于 0.5。sigmoid 的阈值是软的：
  略低于阈值（s = 9）时激活值仍有 0.269。
- 每一项 wᵢaᵢ 都为 z 贡献一份：不活跃的输入即使权重很大，影响也很小。
""",
        ),
        md(
            """
## Exercises

Replace each `...` and run the cell; the self-check says what is right or wrong.

**Exercise 1.** A sigmoid neuron has one input a, with the weight w = 2. Choose b so that it fires (activation
above 0.5) exactly when a is above 3.
""",
            """
## 练习

把每个 `...` 换成你的答案并运行单元格；自检会告诉你对在哪里、错在哪里。

**练习 1.** 一个 sigmoid 神经元只有一个输入 a，权重 w = 2。选择 b，使它恰好在 a 大于 3 时激活（激活值大于 0.5）。
""",
        ),
        code(
            """
b_threshold = ...
nl.checks.fire_above_three(b_threshold)
""",
            check=True,
        ),
        md(
            """
**Exercise 2.** Go back to the neuron of section 1 (a = (0.9, 0.2, 0.6), w = (1.5, −2.0, 0.5), b = −0.5).
Keep a, b, w₁ and w₃ as they are, and change only w₂: which w₂ makes z exactly 0, so that the neuron sits at
σ(0) = 0.5? Reason from z = w₁a₁ + w₂a₂ + w₃a₃ + b (NumPy can check your arithmetic).
""",
            """
**练习 2.** 回到第 1 节的神经元（a = (0.9, 0.2, 0.6)，w = (1.5, −2.0, 0.5)，b = −0.5）。a、b、w₁ 和 w₃ 都不变，
只改 w₂：w₂ 取多少时 z 恰好为 0，使神经元正好停在 σ(0) = 0.5？从 z = w₁a₁ + w₂a₂ + w₃a₃ + b 推出来
（可以用 NumPy 验算）。
""",
        ),
        code(
            """
w2_zero = ...
nl.checks.zero_weight(w2_zero)
""",
            check=True,
        ),
        md(
            """
**Exercise 3.** Section 2 showed weights that detect a bar at the *top*. Now design 12 × 12 weights for a bar at
the *bottom*: a horizontal stroke along row 9, columns 2 to 9 (the top bar is row 2, columns 2 to 9). No cell
draws this image; `nl.checks.bottom_bar()` makes it if you want to test. Its weighted sum must be above 0 and at
least 1 more than that of every image in `nl.patterns.images()` (a seven, a one, a four, a zero and the top bar).
""",
            """
**练习 3.** 第 2 节给出了检测*顶部*横线的权重。现在请设计一组 12 × 12 的权重，检测*底部*的横线：沿第 9 行、
第 2 到第 9 列的一条水平笔画（顶部横线在第 2 行、第 2 到第 9 列）。没有哪个单元格画过这张图；想测试的话，
`nl.checks.bottom_bar()` 可以生成它。它的加权和必须大于 0，并且比 `nl.patterns.images()` 中每张图像
（数字 7、1、4、0 和顶部横线）的加权和都至少高 1。
""",
        ),
        code(
            """
w_bottom = ...
nl.checks.bottom_bar_detector(w_bottom)
""",
            check=True,
        ),
        md(
            """
**Exercise 4.** The "top bar" detector also likes the seven, because a seven has a top bar. Build a neuron
that tells them apart: choose 12 × 12 weights `w_seven` and a bias `b_seven` so that σ(w·a + b) is above 0.5
for the seven and below 0.5 for the top bar alone, the one, the four and the zero. Think first: what does the
seven have that its top bar does not, and where must the bias sit between their weighted sums?
""",
            """
**练习 4.** “顶部横线”检测器也喜欢 7，因为 7 本身就有一条顶部横线。做一个能把它们区分开的神经元：选择 12 × 12 的
权重 `w_seven` 和偏置 `b_seven`，使 σ(w·a + b) 对数字 7 高于 0.5，对单独的顶部横线、数字 1、4、0 都低于 0.5。
先想一想：7 有什么是它的顶部横线没有的？偏置应该落在它们的加权和之间的什么位置？
""",
        ),
        code(
            """
w_seven = ...
b_seven = ...
nl.checks.seven_not_bar(w_seven, b_seven)
""",
            check=True,
        ),
        md(
            """
One neuron finds one pattern; in notebook 03, 16 of them side by side become a layer, a whole batch of images
goes through it in one matrix product, and the layers stack up into the video's network of 13,002 knobs.
""",
            """
一个神经元找一种图案；在笔记本 03 里，16 个这样的神经元并排组成一层，一整批图像用一次矩阵乘法就能通过这一层，
一层层叠起来，就是视频里那个有 13,002 个旋钮的网络。
""",
        ),
    ],
)
