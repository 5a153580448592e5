# Exercise 02.1, a worked solution / 练习 02.1 参考答案
# σ(2a + b) > 0.5 exactly when 2a + b > 0, that is a > -b / 2: for a > 3, b = -6.
# σ(2a + b) > 0.5 当且仅当 2a + b > 0，也就是 a > -b / 2：要 a > 3，就取 b = -6。
b_threshold = -6.0
nl.checks.fire_above_three(b_threshold)
