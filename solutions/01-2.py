# Exercise 01.2, a worked solution / 练习 01.2 参考答案
# np.where(condition, x, y) picks x where the condition holds and y elsewhere, element by element, so it works
# on a number and on a whole array. (np.maximum(0.1 * z, z) gives the same: for z < 0, 0.1 * z is the larger.)
# np.where(条件, x, y) 逐元素地在条件成立处取 x、其余取 y，所以单个数和整个数组都能处理。
# （np.maximum(0.1 * z, z) 结果相同：z < 0 时 0.1 * z 更大。）
def leaky_relu(z):
    return np.where(z > 0, z, 0.1 * z)


nl.checks.leaky_relu(leaky_relu)
