"""Lines that notebook 03 prints itself (``scripts/lessons/l03_*.py``), with ``nl.t(key)``."""

TEXTS = {
    "equals_a1": {"en": "the first row equals a1 above: {ok}", "zh-CN": "第一行等于上面的 a1：{ok}"},
    "dense_same": {"en": "nl.dense gives the same: {ok}", "zh-CN": "nl.dense 给出同样的结果：{ok}"},
    "same_numbers": {"en": "same numbers: {ok}", "zh-CN": "结果相同：{ok}"},
    "time_loops": {"en": "loops:  {seconds:.4f} s for 1,000 images", "zh-CN": "循环：1000 张图像用时 {seconds:.4f} 秒"},
    "time_matrix": {"en": "matrix: {seconds:.6f} s for 1,000 images",
                    "zh-CN": "矩阵：1000 张图像用时 {seconds:.6f} 秒"},
    "time_ratio": {"en": "here the matrix form is about {ratio:,.0f} times faster",
                   "zh-CN": "在这台电脑上，矩阵形式大约快 {ratio:,.0f} 倍"},
    "count_line": {"en": "weights: {w:,}  biases: {b:,}  total: {total:,}",
                   "zh-CN": "权重：{w:,}  偏置：{b:,}  合计：{total:,}"},
    "count_agrees": {"en": "nl.parameter_count agrees: {ok}", "zh-CN": "nl.parameter_count 的结果一致：{ok}"},
    "numbers_in_out": {"en": "{n_in} numbers in, {n_out} numbers out, {knobs:,} knobs",
                       "zh-CN": "输入 {n_in} 个数，输出 {n_out} 个数，{knobs:,} 个旋钮"},
    "network_same": {"en": "nl.Network (notebook 04) computes the same: {ok}",
                     "zh-CN": "nl.Network（笔记本 04）算出的结果相同：{ok}"},
}
