"""Notebook 05's sliding windows: a 3×3 kernel moved over a digit one position at a time, and a 2×2 max-pool
moved over a feature map, each output pixel computed in front of the learner and the output map filling in. Drawn in
the browser by js/sliding.js and js/pooling.js (with js/conv_parts.js), in matplotlib here for the stored picture."""

import numpy as np
from matplotlib.patches import Rectangle

from .. import _inputs as inputs
from ..activations import relu
from ..conv import KERNELS, conv2d, max_pool2d
from ..i18n import t
from ..plots import INK_CMAP, ORANGE, SIGNED_CMAP, new_figure, style_context
from .base import Explorer, dropdown, fixed, image_axes, int_slider, pack, readout, templates, term
from .kernels import KERNEL_LIMIT, kernel_controls, kernel_of, link_kernel_controls, presets_on_sliders, start_kernel

MAP_LIMIT = 4.0  # the colour scale of feature maps, as in the kernel explorer
GRID = "#999999"  # the frames of the pictures and the lines between the cells of the small ones


class FillingMap:
    """An output map being filled in, pixel after pixel: the current pixel framed, the part not computed yet
    (the rest of its row, and the rows below) under two hatched rectangles. ``show(row, col)`` moves them."""

    def __init__(self, ax, side: int):
        self.side = side
        self.pending = [ax.add_patch(Rectangle((0, 0), 0, 0, facecolor="#EEEEEE", edgecolor="#AAAAAA", hatch="//",
                                               linewidth=0)) for _ in range(2)]
        self.frame = _frame(ax, 1, width=2.5)

    def show(self, row: int, col: int) -> None:
        """Frame output pixel (row, col) and hatch what comes after it."""
        rest_of_row, below = self.pending
        rest_of_row.set_bounds(col + 0.5, row - 0.5, self.side - 1 - col, 1)
        below.set_bounds(-0.5, row + 0.5, self.side, self.side - 1 - row)
        self.frame.set_xy((col - 0.5, row - 0.5))


def _cell_lines(ax, size: int) -> list:
    """Thin lines between the cells of a small ``size`` × ``size`` picture."""
    return [line for k in np.arange(0.5, size - 1) for line in (ax.axhline(k, color=GRID, linewidth=1),
                                                                ax.axvline(k, color=GRID, linewidth=1))]


def _caption(ax, y: float):
    """A text below a picture, for its result (moved with ``set_text``)."""
    return ax.text(0.5, y, "", transform=ax.transAxes, ha="center", va="top", fontsize=15)


def _window_arguments(images, index, kernel: str, position, presets: list, who: str, side: int) -> tuple:
    """An explorer's arguments checked where a learner passes them (messages in the notebook's language): digits
    ``(n, 28, 28)`` with pixels 0..255, a kernel among ``presets``, a digit's number and a window position
    (0 … side² − 1) in range. Returns ``(images, index, position)``."""
    images = inputs.images("images", images, who)
    inputs.choice("kernel", kernel, presets)
    return images, inputs.index("index", index, len(images)), inputs.index("position", position, side * side)


def _window_controls(images: np.ndarray, side: int, position: int, index: int) -> dict:
    """The window's position over an output map of ``side`` × ``side`` (reading order) and the digit's number."""
    return {"position": int_slider(t("window_position"), position, 0, side * side - 1),
            "index": int_slider(t("digit_number"), index, 0, len(images) - 1)}


def _value_texts(ax, rows: int, columns: int, size: int = 13) -> list:
    """A text artist in the middle of every cell of a small image, for its number."""
    return [[ax.text(j, i, "", ha="center", va="center", fontsize=size) for j in range(columns)] for i in range(rows)]


def _frame(ax, size: int, colour: str = ORANGE, width: float = 3.0) -> Rectangle:
    """A square frame of ``size`` × ``size`` pixels (moved with ``set_xy``)."""
    return ax.add_patch(Rectangle((-0.5, -0.5), size, size, fill=False, edgecolor=colour, linewidth=width))


def _write(texts, values, limit: float, digits: int = 2, ink: bool = False) -> None:
    """Write ``values`` into ``texts``, white on dark cells so that every number stays readable."""
    for (i, j), value in np.ndenumerate(values):
        texts[i][j].set_text(f"{value:.{digits}f}" if abs(value) >= 0.005 else "0")
        dark = value > 0.5 * limit if ink else abs(value) > 0.6 * limit
        texts[i][j].set_color("white" if dark else "black")


def sliding_window(image: np.ndarray, K: np.ndarray, position: int) -> dict:
    """One step of a 'valid' convolution of ``image`` ``(h, w)`` with ``K`` ``(3, 3)``, window number ``position``
    (reading order): ``{"row", "col", "patch" (3, 3), "products" (3, 3), "sum", "map" (h-2, w-2) with the
    outputs up to this position and NaN after it}``."""
    image, K = np.asarray(image, dtype=float), np.asarray(K, dtype=float)
    full = conv2d(image[None], K[None])[0, 0]
    rows, columns = full.shape
    row, col = divmod(int(position), columns)
    patch = image[row : row + 3, col : col + 3]
    products = K * patch
    filled = full.ravel().copy()
    filled[int(position) + 1 :] = np.nan
    return {"row": row, "col": col, "patch": patch, "products": products, "sum": float(products.sum()),
            "map": filled.reshape(rows, columns)}


def pooling_window(feature: np.ndarray, position: int, size: int = 2) -> dict:
    """One step of a ``size`` × ``size`` max-pool of ``feature`` ``(h, w)``, block number ``position``:
    ``{"row", "col" (of the block in the pooled map), "block" (size, size), "argmax" (i, j) in the block, "max",
    "pooled" (h // size, w // size) up to this block, NaN after it}``."""
    feature = np.asarray(feature, dtype=float)
    full = max_pool2d(feature[None, None], size)[0, 0]
    row, col = divmod(int(position), full.shape[1])
    block = feature[row * size : row * size + size, col * size : col * size + size]
    i, j = np.unravel_index(int(np.argmax(block)), block.shape)
    filled = full.ravel().copy()
    filled[int(position) + 1 :] = np.nan
    return {"row": row, "col": col, "block": block, "argmax": (int(i), int(j)), "max": float(block.max()),
            "pooled": filled.reshape(full.shape)}


def sliding_explorer(images: np.ndarray, index: int = 0, kernel: str = "vertical edge",
                     position: int = 0) -> Explorer:
    """Slide a 3 × 3 kernel over a digit of ``images`` (n, 28, 28), one window at a time: the window on the digit,
    its 9 pixel values, the kernel, the 9 products, and the feature map (26 × 26) filled in up to this window,
    whose pixel is framed. Controls: the position (0 … 675, reading order), the digit, a kernel preset or its
    nine weights."""
    side = 26
    images, index, position = _window_arguments(images, index, kernel, position, [*KERNELS, "custom"],
                                                "sliding_explorer", side)
    with style_context():
        fig, axes = new_figure(figsize=(13.0, 3.6), ncols=5, gridspec_kw={"width_ratios": [1.25, 1, 1, 1, 1.25]})
        pictures = {
            "input": axes[0].imshow(images[index] / 255, cmap=INK_CMAP, vmin=0, vmax=1),
            "patch": axes[1].imshow(np.zeros((3, 3)), cmap=INK_CMAP, vmin=0, vmax=1),
            "kernel": axes[2].imshow(start_kernel(kernel), cmap=SIGNED_CMAP, vmin=-KERNEL_LIMIT, vmax=KERNEL_LIMIT),
            "products": axes[3].imshow(np.zeros((3, 3)), cmap=SIGNED_CMAP, vmin=-KERNEL_LIMIT, vmax=KERNEL_LIMIT),
            "map": axes[4].imshow(np.full((side, side), np.nan), cmap=SIGNED_CMAP, vmin=-MAP_LIMIT, vmax=MAP_LIMIT),
        }
        for ax, key in zip(axes, ("input_28", "patch_9", "kernel_3", "products_9", "feature_map"), strict=True):
            image_axes(ax, t(key), fontsize=14, frame=GRID)
        cell_lines = [line for ax in axes[1:4] for line in _cell_lines(ax, 3)]
        output = FillingMap(axes[4], side)
        texts = {"patch": _value_texts(axes[1], 3, 3), "kernel": _value_texts(axes[2], 3, 3),
                 "products": _value_texts(axes[3], 3, 3)}
        window = _frame(axes[0], 3)
        total = _caption(axes[3], -0.1)
    controls = _window_controls(images, side, position, index) | kernel_controls(kernel)

    def redraw(v: dict) -> str:
        K = kernel_of(v)
        step = sliding_window(images[v["index"]] / 255, K, v["position"])
        pictures["input"].set_data(images[v["index"]] / 255)
        pictures["patch"].set_data(step["patch"])
        pictures["kernel"].set_data(K)
        pictures["products"].set_data(step["products"])
        pictures["map"].set_data(step["map"])
        _write(texts["patch"], step["patch"], 1.0, ink=True)
        _write(texts["kernel"], K, KERNEL_LIMIT, digits=2)
        _write(texts["products"], step["products"], KERNEL_LIMIT)
        row, col = step["row"], step["col"]
        window.set_xy((col - 0.5, row - 0.5))
        output.show(row, col)
        total.set_text(f"Σ = {fixed(step['sum'])}")  # a sum of 0 may be ±1e-17: "0.00" in Python and the browser
        terms = " + ".join(term(x) for x in step["products"].ravel())
        return readout(
            t("window_at", row=row, col=col, k=v["position"] + 1, n=side * side),
            f"Σ K·a = {terms}",
            t("window_sum", total=term(step["sum"]), row=row, col=col),
        )

    data = {"images": pack(images, "uint8"), "presets": presets_on_sliders()}
    texts_shown = templates("input_28", "patch_9", "kernel_3", "products_9", "feature_map", "window_at", "window_sum")
    explorer = Explorer("sliding", fig, dict(pictures, texts=texts, window=window, pixel=output.frame,
                                                    total=total, cell_lines=cell_lines),
                               controls, redraw, data=data, texts=texts_shown)
    link_kernel_controls(explorer)
    return explorer


def pooling_explorer(images: np.ndarray, index: int = 0, kernel: str = "vertical edge",
                     position: int = 0) -> Explorer:
    """Slide a 2 × 2 max-pool over a feature map: the digit of ``images`` (n, 28, 28) through a kernel preset and
    ReLU (26 × 26) with the block framed, the block's 4 values with its maximum picked out, and the pooled map
    (13 × 13) filled in up to this block. Controls: the position (0 … 168), the digit, the kernel preset."""
    side = 13
    images, index, position = _window_arguments(images, index, kernel, position, list(KERNELS), "pooling_explorer",
                                                side)
    with style_context():
        fig, axes = new_figure(figsize=(11.0, 3.8), ncols=3, gridspec_kw={"width_ratios": [1.3, 1, 1.3]})
        pictures = {
            "relu": axes[0].imshow(np.zeros((2 * side, 2 * side)), cmap=INK_CMAP, vmin=0, vmax=MAP_LIMIT),
            "block": axes[1].imshow(np.zeros((2, 2)), cmap=INK_CMAP, vmin=0, vmax=MAP_LIMIT),
            "pooled": axes[2].imshow(np.full((side, side), np.nan), cmap=INK_CMAP, vmin=0, vmax=MAP_LIMIT),
        }
        for ax, key in zip(axes, ("after_relu_26", "block_4", "after_pool"), strict=True):
            image_axes(ax, t(key), fontsize=14, frame=GRID)
        cell_lines = _cell_lines(axes[1], 2)
        output = FillingMap(axes[2], side)
        texts = _value_texts(axes[1], 2, 2, size=16)
        block_frame, best = _frame(axes[0], 2), _frame(axes[1], 1, width=5)
        total = _caption(axes[1], -0.06)
    controls = _window_controls(images, side, position, index)
    controls["preset"] = dropdown(t("kernel_word"), list(KERNELS), kernel)

    def redraw(v: dict) -> str:
        feature = relu(conv2d(images[v["index"]][None] / 255, KERNELS[v["preset"]][None])[0, 0])
        step = pooling_window(feature, v["position"])
        pictures["relu"].set_data(feature)
        pictures["block"].set_data(step["block"])
        pictures["pooled"].set_data(step["pooled"])
        _write(texts, step["block"], MAP_LIMIT, ink=True)
        row, col, (i, j) = step["row"], step["col"], step["argmax"]
        block_frame.set_xy((2 * col - 0.5, 2 * row - 0.5))
        best.set_xy((j - 0.5, i - 0.5))
        output.show(row, col)
        total.set_text(t("block_max", value=f"{step['max']:.2f}"))
        values = ", ".join(term(x) for x in step["block"].ravel())
        return readout(
            t("block_at", row=2 * row, row_end=2 * row + 1, col=2 * col, col_end=2 * col + 1, k=v["position"] + 1,
              n=side * side),
            t("block_max_of", values=values, max=term(step["max"])),
            t("pooled_at", row=row, col=col),
        )

    # the presets as they are (no sliders to clip them here): the map is the one nnlib.conv2d gives
    data = {"images": pack(images, "uint8"), "presets": {name: K.ravel().tolist() for name, K in KERNELS.items()}}
    texts_shown = templates("after_relu_26", "block_4", "after_pool", "block_at", "pooled_at", "block_max",
                            "block_max_of")
    return Explorer("pooling", fig, dict(pictures, texts=texts, frame=block_frame, best=best,
                                                cell=output.frame, total=total, cell_lines=cell_lines),
                           controls, redraw, data=data, texts=texts_shown)
