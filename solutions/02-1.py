# Exercise 02.1, a worked solution / 练习 02.1 参考答案
# σ(s + b) > 0.5 exactly when s + b > 0, that is s > -b: so b = -10. / σ(s + b) > 0.5 当且仅当 s > -b，所以 b = -10。
b_threshold = -10.0
nl.checks.fire_above_ten(b_threshold)
