# Exercise 03.3, a worked solution / 练习 03.3 参考答案
A_ex = nl.sigmoid(X_ex @ W_ex + b_ex)  # (3, 2) @ (2, 3) + (3,) -> (3, 3)
nl.checks.layer_output(A_ex, X_ex, W_ex, b_ex)
