# Exercise 02.2, a worked solution / 练习 02.2 参考答案
# z = 1.5 * 0.9 + w2 * 0.2 + 0.5 * 0.6 - 0.5 = 1.15 + 0.2 * w2: each 1 added to w2 adds a2 = 0.2 to z,
# so z = 0 needs w2 = -1.15 / 0.2 = -5.75.
# z = 1.5 * 0.9 + w2 * 0.2 + 0.5 * 0.6 - 0.5 = 1.15 + 0.2 * w2：w2 每增加 1，z 就增加 a2 = 0.2，
# 所以 z = 0 需要 w2 = -1.15 / 0.2 = -5.75。
a_ex = np.array([0.9, 0.2, 0.6])
rest = 1.5 * a_ex[0] + 0.5 * a_ex[2] - 0.5  # z without the w2 term / 不含 w2 那一项的 z
w2_zero = -rest / a_ex[1]
nl.checks.zero_weight(w2_zero)
