# Exercise 01.1, a worked solution / 练习 01.1 参考答案
# σ(z) = 0.5 exactly at z = 0 (1 / (1 + e^0) = 1 / 2), so we need 2a - 3 = 0: a = 3 / 2.
# σ(z) 恰好在 z = 0 处等于 0.5（1 / (1 + e^0) = 1 / 2），所以要 2a - 3 = 0：a = 3 / 2。
a_half = 1.5
nl.checks.half_input(a_half)
