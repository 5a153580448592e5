# Exercise 01.1, a worked solution / 练习 01.1 参考答案
# σ(0) = 1 / (1 + e^0) = 1 / 2: the sigmoid crosses 0.5 at z = 0. / sigmoid 在 z = 0 处穿过 0.5。
z_half = 0.0
nl.checks.half_point(z_half)
