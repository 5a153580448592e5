"""Training: the progress bar, the epochs, a stopped, stuck or diverging run (``nnlib/training.py``,
``nnlib/progress.py``, ``nnlib/evaluate.py``)."""

TEXTS = {
    "loss_word": {"en": "cost", "zh-CN": "代价"},
    "epoch_of": {"en": "epoch {k}/{n}", "zh-CN": "第 {k}/{n} 轮"},
    "time_left": {"en": "about {time} left", "zh-CN": "大约还需 {time}"},
    "time_done": {"en": "done in {time}", "zh-CN": "用时 {time}"},
    "seconds": {"en": "{s} s", "zh-CN": "{s} 秒"},
    "minutes": {"en": "{m} min {s} s", "zh-CN": "{m} 分 {s} 秒"},
    "training_stuck": {
        "en": "after {epochs} epochs the network gets only {accuracy:.0f}% of the training digits right, no better "
        "than guessing: with lr={lr:g} the steps are probably too large (or the inputs are not pixels in 0..1). "
        "Build the network again and try a learning rate 10 times smaller, or leave lr out (the default suits "
        "each kind of network).",
        "zh-CN": "训练 {epochs} 轮之后，网络只答对 {accuracy:.0f}% 的训练数字，和瞎猜差不多：lr={lr:g} 的步子"
        "大概太大了（或者输入不是 0 到 1 之间的像素）。请重新创建网络，试试小 10 倍的学习率，"
        "或者不写 lr（默认值适合每种网络）。",
    },
    "training_stopped": {
        "en": "stopped after {done:,} of {total:,} batches ({epochs} of {n} epochs complete). The network keeps "
        "what it learned; net.batches_trained and net.epochs_trained say how much.",
        "zh-CN": "已在 {total:,} 批中的第 {done:,} 批之后停止（{n} 轮中完成了 {epochs} 轮）。网络保留已经学到的"
        "东西；net.batches_trained 和 net.epochs_trained 会告诉你训练了多少。",
    },
    "input_same_length": {
        "en": "{first} and {second} should have the same shape, one entry per example; got {a} and {b}.",
        "zh-CN": "{first} 和 {second} 的形状应该相同，每个样本一项；你给的是 {a} 和 {b}。",
    },
    "diverged": {
        "en": "training stopped at epoch {epoch}: the cost became {loss} with lr={lr:g}, so the steps were too large "
        "and the weights blew up. Build the network again and train with a smaller learning rate, such as "
        "lr={smaller:g}, or leave lr out: the default suits each kind of network.",
        "zh-CN": "训练在第 {epoch} 轮停止：lr={lr:g} 时代价变成了 {loss}，步子太大，权重爆炸了。"
        "请重新创建网络，用更小的学习率训练，例如 lr={smaller:g}；"
        "或者不写 lr：默认值适合每种网络。",
    },
    "training": {"en": "Training", "zh-CN": "训练中"},
}
