# Exercise 02.4, a worked solution / 练习 02.4 参考答案
# The weights are a picture of the seven: +1 where the seven has ink, -1 everywhere else.
# The seven then scores 16 (16 pixels of ink), its top bar alone only 8 (8 pixels): a bias between -16 and -8,
# here -12, lets only the seven through. The 1, the 4 and the 0 put most of their ink on negative weights.
# 权重就是一张“7”的图：7 有笔画的地方为 +1，其余为 -1。7 的加权和是 16（16 个笔画像素），单独的顶部横线只有 8：
# 偏置取 -16 到 -8 之间（这里取 -12），就只有 7 能激活。数字 1、4、0 的笔画大多落在负权重上。
seven = nl.patterns.images()["seven"]
w_seven = 2 * seven - 1
b_seven = -12.0
nl.checks.seven_not_bar(w_seven, b_seven)
