# Exercise 04.1, a worked solution / 练习 04.1 参考答案
# True counts as 1 and False as 0, so the mean of the comparisons is the share of right answers.
# True 记为 1，False 记为 0，所以比较结果的平均值就是答对的比例。
my_accuracy = np.mean(net.predict(X_test) == test_labels)
nl.checks.my_accuracy(my_accuracy, net, X_test, test_labels)
