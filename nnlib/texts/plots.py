"""Figures drawn with matplotlib: axes, titles and legends (``nnlib/plots.py``)."""

TEXTS = {
    "answer_word": {"en": "the network's answer", "zh-CN": "网络的答案"},
    "label_word": {"en": "label (the true digit)", "zh-CN": "标签（真实数字）"},
    "left": {"en": "left", "zh-CN": "左"},
    "right": {"en": "right", "zh-CN": "右"},
    "weight_colourbar": {"en": "weight (blue > 0, vermillion < 0)", "zh-CN": "权重（蓝 > 0，橙红 < 0）"},
    "activation_bar": {"en": "activation: 0 (white) … 1 (black)", "zh-CN": "激活值：0（白）… 1（黑）"},
    "layer_input": {"en": "input layer\n{n} pixels", "zh-CN": "输入层\n{n} 个像素"},
    "layer_hidden": {"en": "hidden layer {k}\n{n} neurons", "zh-CN": "隐藏层 {k}\n{n} 个神经元"},
    "layer_output": {"en": "output layer\n{n} digits", "zh-CN": "输出层\n{n} 个数字"},
    "diagram_layers": {
        "en": "the diagram has {want} layers, but {got} arrays of activations were given: give one per layer.",
        "zh-CN": "这张图有 {want} 层，却给了 {got} 组激活值：请每层给一组。",
    },
    "sigmoid": {"en": "sigmoid σ", "zh-CN": "sigmoid σ"},
    "relu": {"en": "ReLU", "zh-CN": "ReLU"},
}
