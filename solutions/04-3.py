# Exercise 04.3, a worked solution / 练习 04.3 参考答案
# ReLU + softmax + cross-entropy learns with a much smaller learning rate than the sigmoid network.
# ReLU + softmax + 交叉熵所需的学习率比 sigmoid 网络小得多。
modern = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0), hidden="relu", output="softmax")
modern.fit(X_train, train_labels, epochs=10, batch_size=32, lr=0.1, rng=np.random.default_rng(1))
nl.checks.modern_network(modern, X_test, test_labels)
