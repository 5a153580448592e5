# Exercise 03.1, a worked solution / 练习 03.1 参考答案
# Z = X @ W + b with X of shape (n, 784): W is (784, 16), one column per neuron, and b is (16,).
# X 的形状是 (n, 784)，所以 W 是 (784, 16)（每个神经元一列），b 是 (16,)。
W_zero = np.zeros((784, 16))
b_zero = np.zeros(16)
nl.checks.layer_shapes(W_zero, b_zero)
