# Exercise 05.1, a worked solution / 练习 05.1 参考答案
# 'valid': 28 - 3 + 1 = 26 positions per row and column; 2 x 2 pooling halves them: 13.
# 'valid' 卷积每行每列有 28 - 3 + 1 = 26 个位置；2 x 2 池化再减半：13。
shapes = ((26, 26), (13, 13))
nl.checks.conv_shapes(shapes)
