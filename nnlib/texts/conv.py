"""Convolution: the preset kernels' names and the errors of ``nnlib/conv.py``."""

TEXTS = {
    "vertical edge": {"en": "vertical edge", "zh-CN": "竖直边缘"},
    "horizontal edge": {"en": "horizontal edge", "zh-CN": "水平边缘"},
    "diagonal edge": {"en": "diagonal edge", "zh-CN": "斜向边缘"},
    "blur": {"en": "blur", "zh-CN": "模糊"},
    "sharpen": {"en": "sharpen", "zh-CN": "锐化"},
    "conv_mode": {
        "en": "mode must be 'valid' or 'same', not {mode!r}: 'valid' keeps the positions where the kernel fits "
        "inside the image (the map is smaller), 'same' pads the image with zeros so that the map keeps its size.",
        "zh-CN": "mode 只能是 'valid' 或 'same'，而不是 {mode!r}：'valid' 只保留卷积核完全落在图像内的位置"
        "（特征图变小），'same' 在图像四周补零，使特征图保持原来的大小。",
    },
}
