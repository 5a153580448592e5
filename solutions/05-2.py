# Exercise 05.2, a worked solution / 练习 05.2 参考答案
pixel = np.sum(K * nine[14:17, 6:9])  # the 3 x 3 patch whose top-left corner is (14, 6)
nl.checks.conv_pixel(pixel, nine, K, row=14, col=6)
