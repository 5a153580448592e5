"""Lines that notebook 05 prints itself (``scripts/lessons/l05_*.py``), with ``nl.t(key)``."""

TEXTS = {
    "learned_kernels": {"en": "the first layer's 8 kernels after training", "zh-CN": "训练后第一层的 8 个卷积核"},
    "layer1_maps": {"en": "layer 1: 8 feature maps before ReLU (blue: the kernel's edge; vermillion: the opposite "
                          "edge)",
                    "zh-CN": "第 1 层：ReLU 之前的 8 张特征图（蓝色：卷积核要找的边缘；橙红色：相反的边缘）"},
    "layer2_maps": {"en": "layer 2: 16 feature maps (larger pieces)", "zh-CN": "第 2 层：16 张特征图（更大的部件）"},
    "by_hand_line": {"en": "one output pixel by hand: {by_hand:.3f}; nl.conv2d there: {conv:.3f}",
                     "zh-CN": "手算的一个输出像素：{by_hand:.3f}；nl.conv2d 在该处的值：{conv:.3f}"},
    "shapes_line": {"en": "shapes: {before} -> {after}", "zh-CN": "形状：{before} -> {after}"},
    "shift_line": {"en": "moved {dx} px: {map:.0f}% of the lit pixels of the feature map changed, "
                         "{pooled:.0f}% of the pooled map",
                   "zh-CN": "移动 {dx} 个像素：特征图中亮的像素有 {map:.0f}% 变了，"
                            "池化后的特征图有 {pooled:.0f}% 变了"},
    "shift_back": {"en": "moved 2 px, the pooled map moved back by one cell: {share:.0f}% changed",
                   "zh-CN": "移动 2 个像素后，把池化后的特征图挪回一格：{share:.0f}% 变了"},
    "moved_px": {"en": "moved {dx} px", "zh-CN": "移动 {dx} 个像素"},
    "pooled_maps_title": {"en": "pooled maps 13 × 13", "zh-CN": "池化后 13 × 13"},
    "trained_in": {"en": "trained in {seconds:.1f} s", "zh-CN": "训练用时 {seconds:.1f} 秒"},
    "cnn_accuracy": {"en": "CNN test accuracy: {acc:.1f}%", "zh-CN": "CNN 的测试准确率：{acc:.1f}%"},
    "kernel_change": {"en": "each first-layer kernel after training against its start (correlation, 1 = unchanged): "
                            "{values}",
                      "zh-CN": "训练后第一层每个卷积核与起点的相关系数（1 = 没有变化）：{values}"},
    "random_run_facts": {"en": "random start, trained by the script: {epochs} epochs on the {n:,} bundled training "
                         "digits, {seconds:.0f} s; test accuracy {acc:.1f}% (the hand start, trained the same way: "
                         "{hand:.1f}%)",
                         "zh-CN": "随机起点，由脚本训练：在自带的 {n:,} 个训练数字上训练 {epochs} 轮，"
                         "用时 {seconds:.0f} 秒；测试准确率 {acc:.1f}%（手工起点用同样的方式训练：{hand:.1f}%）"},
    "short_run_facts": {"en": "this notebook's settings ({n:,} digits, {epochs} epochs), measured by the script on the "
                        "bundled digits: random start {random:.1f}%, hand start {hand:.1f}%",
                        "zh-CN": "用这个笔记本的设置（{n:,} 个数字，{epochs} 轮），由脚本在自带的数字上测得："
                        "随机起点 {random:.1f}%，手工起点 {hand:.1f}%"},
    "resemblance_learned": {"en": "learned from a random start, best |correlation| with a hand kernel: {values} "
                            "(mean {mean:.2f})",
                            "zh-CN": "从随机起点学到的卷积核，与手工卷积核的最大 |相关系数|："
                            "{values}（平均 {mean:.2f}）"},
    "resemblance_start": {"en": "the same 8 kernels before training: {values} (mean {mean:.2f})",
                          "zh-CN": "同样 8 个卷积核在训练之前：{values}（平均 {mean:.2f}）"},
    "resemblance_random": {"en": "baseline, {n:,} random 3 × 3 kernels: median {median:.2f}, 9 in 10 below "
                           "{p90:.2f}",
                           "zh-CN": "基准：{n:,} 个随机的 3 × 3 卷积核，中位数 {median:.2f}，"
                           "十个中有九个低于 {p90:.2f}"},
    "kernels_side_by_side": {"en": "top: the hand start; bottom: learned from a random start (its resemblance above "
                             "each)",
                             "zh-CN": "上排：手工起点；下排：从随机起点学到的卷积核（上方是它的相似度）"},
    "hand_kernel_title": {"en": "hand {k}", "zh-CN": "手工 {k}"},
    "scaled_weight_bar": {"en": "weight ÷ largest |weight|", "zh-CN": "权重 ÷ 最大 |权重|"},
    "layer_shapes": {"en": "layer 1: {first}  layer 2: {second}", "zh-CN": "第 1 层：{first}  第 2 层：{second}"},
    "map_peaks": {"en": "the largest value of each layer-1 map: {values}",
                  "zh-CN": "第 1 层每张特征图的最大值：{values}"},
    "outputs_line": {"en": "outputs: {values} -> answer: {answer}", "zh-CN": "输出：{values} -> 答案：{answer}"},
    "comparison_header": {"en": "| network | test digits | moved 3 px | parameters | training |",
                          "zh-CN": "| 网络 | 测试数字 | 平移 3 个像素 | 参数 | 训练用时 |"},
    "mlp_video": {"en": "MLP as in the video (sigmoid, quadratic cost)", "zh-CN": "视频里的 MLP（sigmoid，二次代价）"},
    "mlp_modern": {"en": "modern MLP (ReLU, softmax, cross-entropy)", "zh-CN": "现代的 MLP（ReLU、softmax、交叉熵）"},
    "cnn_modern": {"en": "CNN (8 + 16 kernels, trained the modern way)",
                   "zh-CN": "CNN（8 + 16 个卷积核，现代训练方式）"},
}
