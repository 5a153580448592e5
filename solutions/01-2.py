# Exercise 01.2, a worked solution / 练习 01.2 参考答案
# np.maximum compares element by element, so it works on a number and on a whole array.
# np.maximum 逐元素比较，所以单个数和整个数组都能处理。
def my_relu(z):
    return np.maximum(0, z)


nl.checks.my_relu(my_relu)
