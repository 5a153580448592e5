# Exercise 05.1, a worked solution / 练习 05.1 参考答案
# 'valid': a 5 x 5 window fits in 28 - 5 + 1 = 24 positions per row and column; 2 x 2 pooling halves them: 12.
# 'valid' 卷积：5 x 5 的窗口每行每列能放 28 - 5 + 1 = 24 个位置；2 x 2 池化再减半：12。
shapes = ((24, 24), (12, 12))
nl.checks.conv_shapes(shapes)
