# Exercise 02.3, a worked solution / 练习 02.3 参考答案
# Reward ink in the top rows, punish ink everywhere below them. / 顶部几行给正权重，下面的区域给负权重。
w_top = np.zeros((12, 12))
w_top[1:4, :] = 1.0
w_top[4:, :] = -1.0
nl.checks.top_stroke_detector(w_top)
