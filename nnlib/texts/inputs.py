"""Errors at nnlib's boundary: a learner's arrays, shapes, sizes and settings, checked before anything is
computed (``nnlib/_inputs.py``, ``nnlib/_shapes.py``, ``nnlib/activations.py``, the networks)."""

TEXTS = {
    # errors
    "shape_error": {
        "en": "{name} should have shape {expected}, but it has shape {received}.",
        "zh-CN": "{name} 的形状应为 {expected}，实际却是 {received}。",
    },
    "unknown_activation": {
        "en": "Unknown activation {name!r}: choose one of {choices}.",
        "zh-CN": "未知的激活函数 {name!r}：请从 {choices} 中选择。",
    },
    "input_rng": {
        "en": "{name} should be a random generator, np.random.default_rng(0), or a seed such as 0; got {value}.",
        "zh-CN": "{name} 应该是一个随机数生成器 np.random.default_rng(0)，或一个种子（例如 0）；你给的是 {value}。",
    },
    "input_whole": {
        "en": "{name} should be a whole number of at least {minimum}; got {value}.",
        "zh-CN": "{name} 应该是不小于 {minimum} 的整数；你给的是 {value}。",
    },
    "input_positive": {
        "en": "{name} should be a number above 0 (for example 0.1); got {value}.",
        "zh-CN": "{name} 应该是大于 0 的数（例如 0.1）；你给的是 {value}。",
    },
    "input_sizes": {
        "en": "the layer sizes should be a list of at least two whole numbers of at least 1, from the input to the "
        "output, such as [784, 16, 16, 10]; got {value}.",
        "zh-CN": "层的大小应是一个至少有两个数的列表，从输入层到输出层，每个数都是不小于 1 的整数，"
        "例如 [784, 16, 16, 10]；你给的是 {value}。",
    },
    "input_choice": {
        "en": "{name} {value} is not one of the choices: {choices}.",
        "zh-CN": "{name} {value} 不在可选项中：{choices}。",
    },
    "input_not_numbers": {
        "en": "{name} should hold numbers; got {value}.",
        "zh-CN": "{name} 应该是数值；你给的是 {value}。",
    },
    "input_not_finite": {
        "en": "{name} holds {count} values that are nan or inf: every input must be a real number. Look at how "
        "{name} was computed.",
        "zh-CN": "{name} 中有 {count} 个值是 nan 或 inf：每个输入都必须是实数。检查一下 {name} 是怎么算出来的。",
    },
    "input_pixels_255": {
        "en": "{name} holds values up to {high:g}, but the network takes pixels from 0 to 1. Pass the images "
        "through nl.flatten(images), which divides by 255.",
        "zh-CN": "{name} 中的值最大到 {high:g}，但网络需要 0 到 1 之间的像素。请先用 nl.flatten(images) "
        "处理图像（它会除以 255）。",
    },
    "input_images_flat": {
        "en": "{who} shows images of shape (n, 28, 28), as load_mnist returns them (such as test_images); "
        "{name} has shape {shape}, the network's input X: pass the images instead.",
        "zh-CN": "{who} 显示形状为 (n, 28, 28) 的图像，也就是 load_mnist 返回的样子（例如 test_images）；"
        "{name} 的形状是 {shape}，那是网络的输入 X：请传入图像。",
    },
    "input_images_shape": {
        "en": "{who} shows images of shape (n, 28, 28), as load_mnist returns them; {name} has shape {shape}.",
        "zh-CN": "{who} 显示形状为 (n, 28, 28) 的图像，也就是 load_mnist 返回的样子；{name} 的形状却是 {shape}。",
    },
    "input_images_01": {
        "en": "{name} holds pixels from 0 to 1, but {who} takes images with pixels from 0 to 255, as load_mnist "
        "returns them: pass them without dividing by 255.",
        "zh-CN": "{name} 的像素在 0 到 1 之间，但 {who} 需要 0 到 255 的像素，也就是 load_mnist 返回的样子："
        "请不要除以 255，直接传入。",
    },
    "input_labels_one_hot": {
        "en": "{name} has shape {shape}: these look like one-hot targets. Give the labels, one digit per "
        "example, shape (n,): {name}.argmax(axis=1).",
        "zh-CN": "{name} 的形状是 {shape}：这像是独热（one-hot）目标。请给出标签，每个样本一个数字，"
        "形状为 (n,)：{name}.argmax(axis=1)。",
    },
    "input_labels_shape": {
        "en": "{name} should be the labels, one digit per example, shape (n,), such as train_labels; got {value}.",
        "zh-CN": "{name} 应该是标签，每个样本一个数字，形状为 (n,)，例如 train_labels；你给的是 {value}。",
    },
    "input_labels_whole": {
        "en": "{name} should hold whole digits 0..9, but it holds fractions such as {value}.",
        "zh-CN": "{name} 应该是 0..9 的整数，但其中有小数，例如 {value}。",
    },
    "input_labels_range": {
        "en": "{name} holds the label {value}, but labels are digits from 0 to {last}.",
        "zh-CN": "{name} 中有标签 {value}，但标签应是 0 到 {last} 的数字。",
    },
    "input_labels_length": {
        "en": "{name} has {count} labels for {n} examples: give one label per row of X (the same slice of both).",
        "zh-CN": "{name} 有 {count} 个标签，却有 {n} 个样本：X 的每一行需要一个标签（两者取同样的切片）。",
    },
    "input_validation": {
        "en": "validation should be a pair (X_test, test_labels); got {value}.",
        "zh-CN": "validation 应该是一对 (X_test, test_labels)；你给的是 {value}。",
    },
    "input_last_layer": {
        "en": "the last layer has {outputs} neurons, but there are 10 digits: end the sizes with 10, such as "
        "[784, 16, 16, 10].",
        "zh-CN": "最后一层有 {outputs} 个神经元，但数字有 10 个：层的大小要以 10 结尾，例如 [784, 16, 16, 10]。",
    },
    "input_not_mlp": {
        "en": "{who} draws the layers of a network of notebook 04, nl.Network(...); got a {value}. A CNN's "
        "layers are feature maps: look at them with net.feature_maps(X) and notebook 05's explorers.",
        "zh-CN": "{who} 画出的是笔记本 04 的网络 nl.Network(...) 的各层；你给的是一个 {value}。CNN 的各层是特征图："
        "请用 net.feature_maps(X) 和笔记本 05 的探索器来看。",
    },
    "input_index": {
        "en": "{name} should be a whole number from 0 to {last}; got {value}.",
        "zh-CN": "{name} 应该是 0 到 {last} 之间的整数；你给的是 {value}。",
    },
    "input_empty": {
        "en": "{name} holds no examples (shape {shape}): the selection is empty. Check the slice or the condition "
        "that chose the rows, e.g. X_train[:1000].",
        "zh-CN": "{name} 里一个样本都没有（形状 {shape}）：选出来的是空的。请检查选取行的切片或条件，"
        "例如 X_train[:1000]。",
    },
    "input_epochs_zero": {
        "en": "epochs=0 trains nothing: the network would stay a guesser. Give epochs=1 or more (the lesson uses 5).",
        "zh-CN": "epochs=0 等于什么都不训练：网络仍然只会瞎猜。请给 epochs=1 或更多（课程里用的是 5）。",
    },
    "input_callback": {
        "en": "callback should be a function that fit calls after each epoch, callback(epoch, history), such as "
        "curves.update (without brackets); got {value} (a {kind}).",
        "zh-CN": "callback 应该是一个函数，fit 在每一轮之后调用它：callback(epoch, history)，例如 curves.update"
        "（不带括号）；你给的是 {value}（一个 {kind}）。",
    },
    "input_targets_labels": {
        "en": "{name} should be the targets, shape ({n}, {classes}), one-hot; it has shape {shape}: these are the "
        "labels. Turn them into targets first: net.cost(X, nl.one_hot(y)).",
        "zh-CN": "{name} 应该是目标，形状为 ({n}, {classes})，独热编码；它的形状是 {shape}：这是标签。"
        "请先把标签变成目标：net.cost(X, nl.one_hot(y))。",
    },
    "input_targets_shape": {
        "en": "{name} should be the targets, shape ({n}, {classes}), one row per example of X; it has shape {shape}. "
        "Make them from the labels of the same examples: nl.one_hot(y).",
        "zh-CN": "{name} 应该是目标，形状为 ({n}, {classes})，X 的每个样本一行；它的形状是 {shape}。"
        "请用同一批样本的标签生成：nl.one_hot(y)。",
    },
    "input_weights_video": {
        "en": "W[{k}] has shape {shape}, the video's orientation (one row per neuron). In nnlib, Z = X @ W + b, so "
        "W[{k}] is ({n_in}, {n_out}), one column per neuron: set it to your matrix's transpose, .T.",
        "zh-CN": "W[{k}] 的形状是 {shape}，这是视频里的写法（每个神经元一行）。在 nnlib 中 Z = X @ W + b，"
        "所以 W[{k}] 的形状是 ({n_in}, {n_out})，每个神经元一列：请改用你的矩阵的转置 .T。",
    },
    "input_weights_shape": {
        "en": "{name} should have shape {expected} for this network's sizes; it has shape {shape}. Build the network "
        "again with the sizes you want: nl.Network([784, ..., 10], rng).",
        "zh-CN": "按这个网络的层大小，{name} 的形状应为 {expected}；实际却是 {shape}。请用你想要的层大小重新创建"
        "网络：nl.Network([784, ..., 10], rng)。",
    },
    "input_weights_nan": {
        "en": "{name} holds {count} values that are not numbers (nan or inf): the network cannot compute with them. "
        "Build the network again (or set finite starting values).",
        "zh-CN": "{name} 中有 {count} 个值不是数（nan 或 inf）：网络没法用它们计算。请重新创建网络"
        "（或者设置有限的初始值）。",
    },
    "input_channels": {
        "en": "channels should list the number of kernels of each conv layer, such as (8,) or (8, 16); got {value}.",
        "zh-CN": "channels 应该列出每个卷积层的卷积核个数，例如 (8,) 或 (8, 16)；你给的是 {value}。",
    },
    "input_too_many_layers": {
        "en": "channels={value} asks for {layers} conv layers, but a 28 × 28 image allows at most {most} with "
        "{kernel} × {kernel} kernels and 2 × 2 pooling (sides {sides}). Use at most {most} layers, e.g. (8, 16).",
        "zh-CN": "channels={value} 要 {layers} 个卷积层，但 28 × 28 的图像在 {kernel} × {kernel} 卷积核和 2 × 2 "
        "池化下最多只能有 {most} 层（边长 {sides}）。请最多用 {most} 层，例如 (8, 16)。",
    },
    "input_flag": {
        "en": "{name} should be True or False (or 'on' / 'off'); got {value}.",
        "zh-CN": "{name} 应该是 True 或 False（或 'on' / 'off'）；你给的是 {value}。",
    },
    "input_confusion": {
        "en": "a confusion matrix is square, shape (10, 10), as nl.evaluate.confusion_matrix(y, predicted) gives it; "
        "got shape {shape}.",
        "zh-CN": "混淆矩阵是方阵，形状为 (10, 10)，也就是 nl.evaluate.confusion_matrix(y, predicted) 给出的样子；"
        "你给的形状是 {shape}。",
    },
    "input_one_image": {
        "en": "nl.flatten takes a batch of images, shape (n, 28, 28); got shape {shape}, one image. For one image "
        "use nl.flatten(image[None]) (shape (1, 784)), or pick a slice such as images[5:6].",
        "zh-CN": "nl.flatten 接受一批图像，形状为 (n, 28, 28)；你给的形状是 {shape}，只是一张图像。单张图像请用 "
        "nl.flatten(image[None])（形状 (1, 784)），或者取一个切片，例如 images[5:6]。",
    },
    "input_one_hot_twice": {
        "en": "nl.one_hot takes labels, shape (n,); it got shape {shape}, targets that are one-hot already. Use them "
        "as they are (their labels are Y.argmax(axis=1)).",
        "zh-CN": "nl.one_hot 接受标签，形状为 (n,)；你给的形状是 {shape}，已经是独热编码的目标了。直接使用它们就行"
        "（对应的标签是 Y.argmax(axis=1)）。",
    },
    "input_whole_signed": {
        "en": "{name} should be a whole number of pixels (negative moves left or up); got {value}.",
        "zh-CN": "{name} 应该是整数个像素（负数表示向左或向上移动）；你给的是 {value}。",
    },
    "input_hidden_names": {
        "en": "hidden_names should be a dict from a hidden layer's number to its neurons' names, like {example} "
              "(hidden layers: {hidden}); got {value}.",
        "zh-CN": "hidden_names 应该是一个字典：键是隐藏层的编号，值是这一层各个神经元的名字，例如 {example}"
                 "（隐藏层编号：{hidden}）；你给的是 {value}。",
    },
    "input_hidden_layer": {
        "en": "hidden_names: {value} is not a hidden layer of this network; use the number the diagram shows "
              "(hidden layers: {hidden}).",
        "zh-CN": "hidden_names：{value} 不是这个网络的隐藏层；请用图上标出的编号（隐藏层编号：{hidden}）。",
    },
    "input_hidden_name_list": {
        "en": "hidden_names[{k}] should be a list of {n} strings, one name per neuron of hidden layer {k}, top to "
              "bottom; got {value}.",
        "zh-CN": "hidden_names[{k}] 应该是由 {n} 个字符串组成的列表，隐藏层 {k} 的每个神经元一个名字，从上到下排列；"
                 "你给的是 {value}。",
    },
}
