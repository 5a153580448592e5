# Exercise 05.5, a worked solution / 练习 05.5 参考答案
# The convolution moves its map as far as the digit moves; each 2 x 2 pooling halves the move:
# 2 px -> 1 cell; 4 px -> 2 cells after the first pooling -> 1 cell after the second.
# 卷积后的特征图与数字移动同样的距离；每次 2 x 2 池化把移动减半：
# 2 像素 -> 1 格；4 像素 -> 第一次池化后 2 格 -> 第二次池化后 1 格。
moves = (1, 1)
nl.checks.pooled_moves(moves)
