# Exercise 01.3, a worked solution / 练习 01.3 参考答案
# a = 0: z = b = -10, σ(-10) ≈ 0.00005 (off).  a = 1: z = w + b = 10, σ(10) ≈ 0.99995 (on).
# a = 0 时 z = b = -10（关）；a = 1 时 z = w + b = 10（开）。
w = 20.0
b = -10.0
nl.checks.switch_neuron(w, b)
