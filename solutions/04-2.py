# Exercise 04.2, a worked solution / 练习 04.2 参考答案
off_diagonal = C - np.diag(np.diag(C))  # the mistakes only / 只保留错误
pair = np.unravel_index(np.argmax(off_diagonal), C.shape)  # (label, answer) / (标签, 答案)
nl.checks.most_confused(pair, C)
