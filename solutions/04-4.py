# Exercise 04.4, a worked solution / 练习 04.4 参考答案
A2 = net.activations(X_test)[2]  # hidden layer 2 for every test digit, (n, 16) / 每个测试数字的第 2 个隐藏层
distances = np.linalg.norm(A2 - A2[0], axis=1)  # distance of every row to row 0 / 每一行到第 0 行的距离
distances[0] = np.inf  # leave digit 0 itself out / 排除 0 号数字自己
closest = int(np.argmin(distances))
print(test_labels[0], test_labels[closest])  # the same label? / 标签相同吗？
nl.checks.closest_hidden(closest, net, X_test, 0)
