# Exercise 05.3, a worked solution / 练习 05.3 参考答案
# An edge kernel has ink weights on one side only. A line kernel weighs ink positively on its middle row and
# negatively on both rows around it: a thin line (paper above and below) scores 6, an edge at most 3, and a
# vertical stroke 0 (its -1, +2, -1 cancel).
# 边缘卷积核只在一侧给墨迹正权重。线卷积核在中间一行给正权重、上下两行都给负权重：细线（上下都是白纸）得 6，
# 边缘最多得 3，竖直笔画得 0（-1、+2、-1 相互抵消）。
K_top = np.array([[-1.0, -1.0, -1.0],
                  [2.0, 2.0, 2.0],
                  [-1.0, -1.0, -1.0]])
nl.checks.line_kernel(K_top)
