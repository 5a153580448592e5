# Exercise 02.2, a worked solution / 练习 02.2 参考答案
a_ex = np.array([0.9, 0.2, 0.6])
w_ex = np.array([1.5, -2.0, 0.5])
z_answer = w_ex @ a_ex + (-0.5)  # 1.35 - 0.4 + 0.3 - 0.5 = 0.75
nl.checks.weighted_sum(z_answer)
