# Exercise 03.2, a worked solution / 练习 03.2 参考答案
sizes = [784, 32, 10]
n_params = sum(n_in * n_out + n_out for n_in, n_out in zip(sizes[:-1], sizes[1:]))  # 25,120 + 330 = 25,450
nl.checks.parameter_total(n_params)
