"""Notebook 05's explorer: a 3×3 kernel slides over a digit; its feature map, the ReLU and the max-pool, live.
Drawn in the browser by js/kernel.js (with js/conv_parts.js, which the sliding windows share), in matplotlib here
for the stored picture."""

import numpy as np

from .. import _inputs as inputs
from ..activations import relu
from ..conv import KERNELS, conv2d, max_pool2d
from ..i18n import t
from ..plots import INK_CMAP, SIGNED_CMAP, new_figure, style_context
from .base import Explorer, dropdown, image_axes, int_slider, pack, readout, slider, templates

KERNEL_LIMIT = 3.0
KERNEL_SLIDERS = [f"k{i}{j}" for i in range(3) for j in range(3)]  # the controls of K[i, j], in reading order


def start_kernel(kernel: str) -> np.ndarray:
    """The kernel ``(3, 3)`` an explorer starts with: the preset ``kernel``, or a blank one for "custom"."""
    return KERNELS.get(kernel, np.zeros((3, 3)))


def kernel_controls(kernel: str) -> dict:
    """A preset dropdown (the presets and "custom") and the nine weight sliders ``k00`` … ``k22`` of a 3×3 kernel,
    at the preset's values as the sliders can show them."""
    start = np.clip(start_kernel(kernel), -KERNEL_LIMIT, KERNEL_LIMIT)
    controls = {"preset": dropdown(t("kernel_word"), [*KERNELS, "custom"], kernel)}
    controls |= {f"k{i}{j}": slider(f"K[{i},{j}]", float(start[i, j]), -KERNEL_LIMIT, KERNEL_LIMIT, 0.25)
                 for i in range(3) for j in range(3)}
    return controls


def kernel_of(v: dict) -> np.ndarray:
    """The kernel ``(3, 3)`` that the nine sliders of ``v`` (the controls' values) stand for."""
    return np.array([v[name] for name in KERNEL_SLIDERS]).reshape(3, 3)


def preset_on_sliders(preset: str) -> np.ndarray:
    """A preset kernel ``(3, 3)`` as the sliders can show it (within ±KERNEL_LIMIT)."""
    return np.clip(KERNELS[preset], -KERNEL_LIMIT, KERNEL_LIMIT)


def presets_on_sliders() -> dict:
    """Every preset as the sliders show it, for the browser: ``{name: [9 weights, reading order]}``."""
    return {name: preset_on_sliders(name).ravel().tolist() for name in KERNELS}


def link_kernel_controls(explorer: Explorer) -> None:
    """Tie the preset dropdown and the nine sliders of ``kernel_controls`` together: choosing a preset puts its
    values on the sliders; moving a slider away from the preset turns the dropdown to "custom". (Set from Python;
    the browser has the same link, js/conv_parts.js ``reactKernel``.)"""
    controls = explorer.controls

    def fill_sliders(preset: str) -> None:
        if preset != "custom":
            for name, value in zip(KERNEL_SLIDERS, preset_on_sliders(preset).ravel(), strict=True):
                controls[name].value = float(value)

    def maybe_custom(_value: float) -> None:
        preset = controls["preset"].value
        if preset != "custom" and not np.allclose(kernel_of(explorer.values), preset_on_sliders(preset)):
            controls["preset"].value = "custom"

    explorer.on("preset", fill_sliders)
    for name in KERNEL_SLIDERS:
        explorer.on(name, maybe_custom)


def kernel_explorer(images: np.ndarray, index: int = 0, kernel: str = "vertical edge") -> Explorer:
    """Pick a digit of ``images`` (n, 28, 28) and a kernel (a preset, or nine sliders): the kernel, the feature
    map (26 × 26, blue where it responds positively), its ReLU, and the 2 × 2 max-pool (13 × 13)."""
    images = inputs.images("images", images, "kernel_explorer")
    inputs.choice("kernel", kernel, [*KERNELS, "custom"])
    index = inputs.index("index", index, len(images))
    start = start_kernel(kernel)
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
            image_axes(ax, t(key), fontsize=14)
        values = [[axes[1].text(j, i, "", ha="center", va="center", fontsize=13) for j in range(3)] for i in range(3)]
    controls = {"index": int_slider(t("digit_number"), index, 0, len(images) - 1), **kernel_controls(kernel)}

    def redraw(v: dict) -> str:
        K = kernel_of(v)
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
            # rounded first, as the browser writes them: never "-0.00"
            t("map_range", low=round(float(feature.min()), 2) + 0.0, high=round(float(feature.max()), 2) + 0.0),
            t("relu_share", share=100 * float(np.mean(relu_map > 0))),
            t("pool_size", before=feature.shape, after=pooled.shape),
        )

    artists = dict(pictures, values=values)
    data = {"images": pack(images, "uint8"), "presets": presets_on_sliders()}
    texts = templates("input_28", "kernel_3", "feature_map", "after_relu", "after_pool", "map_range", "relu_share",
                      "pool_size")
    explorer = Explorer("kernel", fig, artists, controls, redraw, data=data, texts=texts)
    link_kernel_controls(explorer)
    return explorer
