"""Lines that notebook 02 prints itself (``scripts/lessons/l02_*.py``), with ``nl.t(key)``."""

TEXTS = {
    "sum_over_pixels": {"en": "sum of w × a over all pixels: {total}", "zh-CN": "所有像素上 w × a 的和：{total}"},
    "same_as_dot": {"en": "the same, as a dot product of {n} numbers: {total}",
                    "zh-CN": "同样的数，作为 {n} 个数的点积：{total}"},
    "quiet_word": {"en": "quiet (below 0.5)", "zh-CN": "不激活（低于 0.5）"},
}
