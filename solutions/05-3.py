# Exercise 05.3, a worked solution / 练习 05.3 参考答案
# Positive weights along the middle row, negative ones above and below: a horizontal line detector.
# 中间一行为正权重，上下两行为负权重：水平线检测器。
K_top = np.array([[-1.0, -1.0, -1.0],
                  [2.0, 2.0, 2.0],
                  [-1.0, -1.0, -1.0]])
nl.checks.top_bar_kernel(K_top)
