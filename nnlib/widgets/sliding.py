"""Notebook 05's sliding windows: a 3×3 kernel moved over a digit one position at a time, and a 2×2 max-pool
moved over a feature map, each output pixel computed in front of the learner and the output map filling in."""

import numpy as np
from matplotlib.patches import Rectangle

from ..activations import relu
from ..conv import KERNELS, conv2d, max_pool2d
from ..i18n import t
from ..plots import INK_CMAP, ORANGE, SIGNED_CMAP, new_figure, style_context
from .base import Explorer, int_slider, number, readout
from .kernels import KERNEL_LIMIT, kernel_controls, kernel_from_controls
from .weights import dropdown

MAP_LIMIT = 4.0  # the colour scale of feature maps, as in the kernel explorer


def _bare(ax, title: str) -> None:
    ax.set_title(title, fontsize=14)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(True)
        spine.set_color("#999999")


def _pending(ax) -> list:
    """Two hatched rectangles over the part of an output map not computed yet (the rest of the current row, and
    the rows below it); moved by ``_cover``."""
    return [ax.add_patch(Rectangle((0, 0), 0, 0, facecolor="#EEEEEE", edgecolor="#AAAAAA", hatch="//", linewidth=0))
            for _ in range(2)]


def _cover(pending: list, row: int, col: int, rows: int, columns: int) -> None:
    """Place the hatched rectangles after output pixel (row, col) of a rows × columns map."""
    rest_of_row, below = pending
    rest_of_row.set_bounds(col + 0.5, row - 0.5, columns - 1 - col, 1)
    below.set_bounds(-0.5, row + 0.5, columns, rows - 1 - row)


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
    side = images.shape[1] - 2
    with style_context():
        fig, axes = new_figure(figsize=(13.0, 3.6), ncols=5, gridspec_kw={"width_ratios": [1.25, 1, 1, 1, 1.25]})
        pictures = {
            "input": axes[0].imshow(images[index] / 255, cmap=INK_CMAP, vmin=0, vmax=1),
            "patch": axes[1].imshow(np.zeros((3, 3)), cmap=INK_CMAP, vmin=0, vmax=1),
            "kernel": axes[2].imshow(KERNELS[kernel], cmap=SIGNED_CMAP, vmin=-KERNEL_LIMIT, vmax=KERNEL_LIMIT),
            "products": axes[3].imshow(np.zeros((3, 3)), cmap=SIGNED_CMAP, vmin=-KERNEL_LIMIT, vmax=KERNEL_LIMIT),
            "map": axes[4].imshow(np.full((side, side), np.nan), cmap=SIGNED_CMAP, vmin=-MAP_LIMIT, vmax=MAP_LIMIT),
        }
        for ax, key in zip(axes, ("input_28", "patch_9", "kernel_3", "products_9", "feature_map"), strict=True):
            _bare(ax, t(key))
        cell_lines = [line for ax in axes[1:4] for k in (0.5, 1.5)
                      for line in (ax.axhline(k, color="#999999", linewidth=1), ax.axvline(k, color="#999999",
                                                                                          linewidth=1))]
        pending = _pending(axes[4])
        texts = {"patch": _value_texts(axes[1], 3, 3), "kernel": _value_texts(axes[2], 3, 3),
                 "products": _value_texts(axes[3], 3, 3)}
        window, pixel = _frame(axes[0], 3), _frame(axes[4], 1, width=2.5)
        total = axes[3].text(0.5, -0.1, "", transform=axes[3].transAxes, ha="center", va="top", fontsize=15)
    controls = {
        "position": int_slider(t("window_position"), position, 0, side * side - 1),
        "index": int_slider(t("digit_number"), index, 0, len(images) - 1),
        **kernel_controls(kernel),
    }
    state = {"preset": kernel, "explorer": None}

    def redraw(v: dict) -> str:
        K = kernel_from_controls(v, controls, state)
        step = sliding_window(images[v["index"]] / 255, K, v["position"])
        pictures["input"].set_data(images[v["index"]] / 255)
        pictures["patch"].set_data(step["patch"])
        pictures["products"].set_data(step["products"])
        pictures["map"].set_data(step["map"])
        _write(texts["patch"], step["patch"], 1.0, ink=True)
        if state.get("kernel") is None or not np.array_equal(K, state["kernel"]):
            # the kernel is part of the still background (it does not move while the window slides): redraw it
            state["kernel"] = K
            pictures["kernel"].set_data(K)
            _write(texts["kernel"], K, KERNEL_LIMIT, digits=2)
            if state["explorer"] is not None:
                state["explorer"].still_changed()
        _write(texts["products"], step["products"], KERNEL_LIMIT)
        row, col = step["row"], step["col"]
        window.set_xy((col - 0.5, row - 0.5))
        pixel.set_xy((col - 0.5, row - 0.5))
        _cover(pending, row, col, side, side)
        total.set_text(f"Σ = {step['sum']:.2f}")
        terms = " + ".join(number(x) for x in step["products"].ravel())
        return readout(
            t("window_at", row=row, col=col, k=v["position"] + 1, n=side * side),
            f"Σ K·a = {terms}",
            t("window_sum", total=number(step["sum"]), row=row, col=col),
        )

    # the kernel and its numbers stay still while the window slides (redrawn when it changes); the rest moves.
    # Spines and cell lines are drawn over the moving images, as in a full drawing.
    spines = [spine for ax in axes for spine in ax.spines.values()]
    numbers = [x for key in ("patch", "products") for line in texts[key] for x in line]
    moving = [*(p for key, p in pictures.items() if key != "kernel"), *pending, *cell_lines, *spines, *numbers,
              window, pixel, total]
    state["explorer"] = Explorer(fig, dict(pictures, texts=texts, window=window, pixel=pixel, total=total),
                                 controls, redraw, animated=moving)
    return state["explorer"]


def pooling_explorer(images: np.ndarray, index: int = 0, kernel: str = "vertical edge",
                     position: int = 0) -> Explorer:
    """Slide a 2 × 2 max-pool over a feature map: the digit of ``images`` (n, 28, 28) through a kernel preset and
    ReLU (26 × 26) with the block framed, the block's 4 values with its maximum picked out, and the pooled map
    (13 × 13) filled in up to this block. Controls: the position (0 … 168), the digit, the kernel preset."""
    side = (images.shape[1] - 2) // 2
    with style_context():
        fig, axes = new_figure(figsize=(11.0, 3.8), ncols=3, gridspec_kw={"width_ratios": [1.3, 1, 1.3]})
        pictures = {
            "relu": axes[0].imshow(np.zeros((2 * side, 2 * side)), cmap=INK_CMAP, vmin=0, vmax=MAP_LIMIT),
            "block": axes[1].imshow(np.zeros((2, 2)), cmap=INK_CMAP, vmin=0, vmax=MAP_LIMIT),
            "pooled": axes[2].imshow(np.full((side, side), np.nan), cmap=INK_CMAP, vmin=0, vmax=MAP_LIMIT),
        }
        for ax, key in zip(axes, ("after_relu_26", "block_4", "after_pool"), strict=True):
            _bare(ax, t(key))
        cell_lines = [axes[1].axhline(0.5, color="#999999", linewidth=1),
                      axes[1].axvline(0.5, color="#999999", linewidth=1)]
        pending = _pending(axes[2])
        texts = _value_texts(axes[1], 2, 2, size=16)
        block_frame, best, cell = _frame(axes[0], 2), _frame(axes[1], 1, width=5), _frame(axes[2], 1, width=2.5)
        total = axes[1].text(0.5, -0.06, "", transform=axes[1].transAxes, ha="center", va="top", fontsize=15)
    controls = {
        "position": int_slider(t("window_position"), position, 0, side * side - 1),
        "index": int_slider(t("digit_number"), index, 0, len(images) - 1),
        "preset": dropdown(t("kernel_word"), list(KERNELS), kernel),
    }

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
        cell.set_xy((col - 0.5, row - 0.5))
        _cover(pending, row, col, side, side)
        total.set_text(f"max = {step['max']:.2f}")
        values = ", ".join(number(x) for x in step["block"].ravel())
        return readout(
            t("block_at", row=2 * row, row_end=2 * row + 1, col=2 * col, col_end=2 * col + 1, k=v["position"] + 1,
              n=side * side),
            f"max({values}) = <b>{number(step['max'])}</b>",
            t("pooled_at", row=row, col=col),
        )

    spines = [spine for ax in axes for spine in ax.spines.values()]
    numbers = [x for line in texts for x in line]
    moving = [*pictures.values(), *pending, *cell_lines, *spines, *numbers, block_frame, best, cell, total]
    return Explorer(fig, dict(pictures, texts=texts, frame=block_frame, best=best, cell=cell, total=total),
                    controls, redraw, animated=moving)
