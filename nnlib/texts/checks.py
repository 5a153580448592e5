"""The exercises' self-checks: what is right, and what to look at when it is not (``nnlib/checks.py``)."""

TEXTS = {
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
