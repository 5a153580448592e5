# Exercise 01.4, a worked solution / 练习 01.4 参考答案
# a = 0: z = b, so b = 3 gives σ(3) ≈ 0.95 (on). a = 1: z = w + b; a negative weight pulls z down:
# w = -6 gives z = -3 and σ(-3) ≈ 0.05 (off). The sign of w decides the direction.
# a = 0 时 z = b，取 b = 3，σ(3) ≈ 0.95（打开）。a = 1 时 z = w + b；负权重把 z 往下拉：
# w = -6 时 z = -3，σ(-3) ≈ 0.05（关闭）。w 的正负决定了方向。
w = -6.0
b = 3.0
nl.checks.not_neuron(w, b)
