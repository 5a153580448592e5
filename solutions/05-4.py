# Exercise 05.4, a worked solution / 练习 05.4 参考答案
# K_top answers most where its positive middle row lies on the bar and its negative rows on the paper above and
# below it: the window whose middle row is the bar's row, so its top-left corner is one row higher; along the bar,
# the middle of the bar. / K_top 的正权重中间行落在横线上、上下两行的负权重落在纸上时响应最强：窗口的中间行就是
# 横线所在的行，所以左上角要高一行；横向取横线的中间。
seven = test_images[np.flatnonzero(test_labels == 7)[0]] / 255
K_top = np.array([[-1.0, -1.0, -1.0],
                  [2.0, 2.0, 2.0],
                  [-1.0, -1.0, -1.0]])
bar_row = int(np.argmax(seven[:14].sum(axis=1)))  # the top bar: the row of the upper half with the most ink
bar_columns = np.flatnonzero(seven[bar_row] > 0.5)
brightest = (bar_row - 1, int(round(bar_columns.mean())) - 1)  # top-left corner of the window centred on the bar
nl.checks.brightest_window(brightest, seven, K_top)
