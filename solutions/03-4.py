# Exercise 03.4, a worked solution / 练习 03.4 参考答案
# 784-32-16-10: layer 2 goes from 32 neurons to 16, so W2 is (n_in, n_out) = (32, 16).
# A batch of 5 images: every layer's activations have 5 rows, one column per neuron: A2 (5, 16), A3 (5, 10).
# 第 2 层从 32 个神经元到 16 个，所以 W2 是 (n_in, n_out) = (32, 16)。
# 一批 5 张图像：每层的激活值都有 5 行，每个神经元一列：A2 (5, 16)，A3 (5, 10)。
shape_W2 = (32, 16)
shape_A2 = (5, 16)
shape_A3 = (5, 10)
nl.checks.predicted_shapes(shape_W2, shape_A2, shape_A3)
