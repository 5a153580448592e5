"""The hand-made patterns and the hand-made network of notebooks 02 and 04: digits, strokes, edges and parts
(``nnlib/patterns.py``, ``nnlib/handmade.py``)."""

TEXTS = {
    "seven": {"en": "a seven", "zh-CN": "数字 7"},
    "one": {"en": "a one", "zh-CN": "数字 1"},
    "four": {"en": "a four", "zh-CN": "数字 4"},
    "zero": {"en": "a zero", "zh-CN": "数字 0"},
    "top bar": {"en": "top bar", "zh-CN": "顶部横线"},
    "vertical stroke": {"en": "vertical stroke", "zh-CN": "竖线"},
    "left-right edge": {"en": "left-right edge", "zh-CN": "左右边缘"},
    "loop": {"en": "loop", "zh-CN": "圆圈"},
    # the hand-made network of the hope: edges, parts, digits
    "upper": {"en": "upper loop", "zh-CN": "上圈"},
    "lower": {"en": "lower loop", "zh-CN": "下圈"},
}
