"""Notebook 05's explorer: a 3×3 kernel slides over a digit; its feature map, the ReLU and the max-pool, live."""

import numpy as np

from .. import _inputs as inputs
from ..activations import relu
from ..conv import KERNELS, conv2d, max_pool2d
from ..i18n import t
from ..plots import INK_CMAP, SIGNED_CMAP, new_figure, style_context
from .base import Explorer, int_slider, readout, slider
from .weights import dropdown

KERNEL_LIMIT = 3.0


def kernel_controls(kernel: str) -> dict:
    """A preset dropdown (the presets and "custom") and the nine weight sliders ``k00`` … ``k22`` of a 3×3 kernel."""
    start = KERNELS.get(kernel, np.zeros((3, 3)))  # "custom" starts from a blank kernel
    controls = {"preset": dropdown(t("kernel_word"), [*KERNELS, "custom"], kernel)}
    controls |= {f"k{i}{j}": slider(f"K[{i},{j}]", float(start[i, j]), -KERNEL_LIMIT, KERNEL_LIMIT, 0.25)
                 for i in range(3) for j in range(3)}
    return controls


def kernel_from_controls(v: dict, controls: dict, state: dict) -> np.ndarray:
    """The kernel ``(3, 3)`` the controls stand for. A newly chosen preset puts its values on the sliders; a slider
    moved away from the preset turns the dropdown to "custom". ``state``: ``{"preset", "explorer"}``."""
    if v["preset"] != state["preset"]:  # a preset was chosen: put its values on the sliders
        state["preset"] = v["preset"]
        if v["preset"] != "custom":
            with state["explorer"].hold():
                for (i, j), value in np.ndenumerate(KERNELS[v["preset"]]):
                    controls[f"k{i}{j}"].value = float(np.clip(value, -KERNEL_LIMIT, KERNEL_LIMIT))
    K = np.array([[controls[f"k{i}{j}"].value for j in range(3)] for i in range(3)])  # as the sliders now stand
    if v["preset"] != "custom" and not np.allclose(K, np.clip(KERNELS[v["preset"]], -KERNEL_LIMIT, KERNEL_LIMIT)):
        state["preset"] = "custom"  # a slider moved away from the preset
        with state["explorer"].hold():
            controls["preset"].value = "custom"
    return K


def kernel_explorer(images: np.ndarray, index: int = 0, kernel: str = "vertical edge") -> Explorer:
    """Pick a digit of ``images`` (n, 28, 28) and a kernel (a preset, or nine sliders): the kernel, the feature
    map (26 × 26, blue where it responds positively), its ReLU, and the 2 × 2 max-pool (13 × 13)."""
    images = inputs.images("images", images, "kernel_explorer")
    inputs.choice("kernel", kernel, [*KERNELS, "custom"])
    index = inputs.index("index", index, len(images))
    start = KERNELS.get(kernel, np.zeros((3, 3)))  # "custom" starts from a blank kernel
    with style_context():
        fig, axes = new_figure(figsize=(12.5, 3.4), ncols=5)
        pictures = {
            "input": axes[0].imshow(images[index], cmap=INK_CMAP, vmin=0, vmax=255),
            "kernel": axes[1].imshow(start, cmap=SIGNED_CMAP, vmin=-KERNEL_LIMIT, vmax=KERNEL_LIMIT),
            "map": axes[2].imshow(np.zeros((26, 26)), cmap=SIGNED_CMAP, vmin=-4, vmax=4),
            "relu": axes[3].imshow(np.zeros((26, 26)), cmap=INK_CMAP, vmin=0, vmax=4),
            "pool": axes[4].imshow(np.zeros((13, 13)), cmap=INK_CMAP, vmin=0, vmax=4),
        }
        for ax, key in zip(axes, ("input_28", "kernel_3", "feature_map", "after_relu", "after_pool"), strict=True):
            ax.set_title(t(key), fontsize=14)
            ax.set_xticks([])
            ax.set_yticks([])
            ax.grid(False)
        values = [[axes[1].text(j, i, "", ha="center", va="center", fontsize=13) for j in range(3)] for i in range(3)]
    controls = {"index": int_slider(t("digit_number"), index, 0, len(images) - 1), **kernel_controls(kernel)}
    state = {"preset": kernel, "explorer": None}

    def redraw(v: dict) -> str:
        K = kernel_from_controls(v, controls, state)
        image = images[v["index"]] / 255.0
        feature = conv2d(image[None], K[None])[0, 0]
        relu_map = relu(feature)
        pooled = max_pool2d(relu_map[None, None])[0, 0]
        pictures["input"].set_data(images[v["index"]])
        pictures["kernel"].set_data(K)
        for (i, j), value in np.ndenumerate(K):
            values[i][j].set_text(f"{value:.2g}")
        pictures["map"].set_data(feature)
        pictures["relu"].set_data(relu_map)
        pictures["pool"].set_data(pooled)
        return readout(
            t("map_range", low=float(feature.min()), high=float(feature.max())),
            t("relu_share", share=100 * float(np.mean(relu_map > 0))),
            t("pool_size", before=feature.shape, after=pooled.shape),
        )

    artists = dict(pictures, values=values)
    state["explorer"] = Explorer(fig, artists, controls, redraw)
    return state["explorer"]
