# Exercise 02.3, a worked solution / 练习 02.3 参考答案
# The top bar's detector moved down: reward ink on row 9, where the bottom bar is, and punish ink on the rows
# above it, where the other images have theirs.
# 把顶部横线检测器挪到下面：第 9 行（底部横线所在处）的墨迹给正权重，上面几行（其他图像的笔画所在处）给负权重。
w_bottom = np.zeros((12, 12))
w_bottom[9, 2:10] = 1.0
w_bottom[:8, :] = -1.0
nl.checks.bottom_bar_detector(w_bottom)
