"""Notebook 03's explorers: a layer of three neurons as a diagram and as a matrix; the parameter counter.

Both are drawn in the browser (js/layer.js, js/parameters.js); the matplotlib figures here are the same pictures,
for the stored picture and the headless tests."""

import numpy as np
from matplotlib.patches import Rectangle

from ..i18n import t
from ..layers import dense, parameter_count
from ..plots import BLUE, GREY, ORANGE, SIGNED_CMAP, new_figure, sign_colour, style_context
from .base import Explorer, fixed, int_slider, readout, slider, templates, term, toggle_buttons

# The layer of layer_explorer: W is (n_in, n_out) = (3, 3), column j = neuron j's weights (see nnlib.layers).
START_W = np.array([[2.0, -1.0, 0.5], [-1.5, 2.5, 1.0], [1.0, 0.5, -2.0]])
START_B = np.array([-0.5, -1.0, 0.5])
WEIGHT_LIMIT = 4.0


def _weight_access(i: int):
    """(get, set) of the slider w{i + 1}: the chosen neuron's weight from input i + 1, W[i][neuron]."""

    def get(values: dict) -> float:
        return values["W"][i][values["neuron"]]

    def set_(values: dict, x: float) -> None:
        values["W"] = [list(row) for row in values["W"]]  # a new W: the old values stay as they were
        values["W"][i][values["neuron"]] = x

    return get, set_


def _bias_get(values: dict) -> float:
    return values["b"][values["neuron"]]


def _bias_set(values: dict, x: float) -> None:
    values["b"] = [x if j == values["neuron"] else bj for j, bj in enumerate(values["b"])]


def layer_explorer(a=(0.8, 0.3, 0.6)) -> Explorer:
    """Three inputs, a layer of three sigmoid neurons: a⁽¹⁾ = σ(W a⁽⁰⁾ + b), as a network diagram and as a matrix.

    Choose a neuron, then move its weights and bias: its edges and its row of the matrix (the video's W, which
    is ``W.T`` in code) are highlighted. Edges: blue and solid for positive weights, vermillion and dashed for
    negative ones, thicker for larger magnitudes. Nodes: darker for a higher activation.

    ``values`` holds the layer: ``W`` (3 × 3, nested lists, column j = neuron j) and ``b``; the sliders w1, w2,
    w3 and b show the chosen neuron's weights and bias (``ex.controls["w1"].value = 2.0`` sets W[0][neuron]).
    Drawn in the browser by js/layer.js, in matplotlib here for the stored picture.
    """
    n_in, n_out = START_W.shape
    y_in, y_out = np.linspace(1, -1, n_in), np.linspace(1, -1, n_out)
    with style_context():
        fig, (net_ax, mat_ax) = new_figure(figsize=(11.0, 4.6), ncols=2, width_ratios=[1.25, 1])
        edges = [[net_ax.plot([0, 1], [y_in[i], y_out[j]], zorder=1)[0] for j in range(n_out)] for i in range(n_in)]
        nodes_in = net_ax.scatter(np.zeros(n_in), y_in, s=1600, edgecolors=BLUE, linewidths=2.5, zorder=2)
        nodes_out = net_ax.scatter(np.ones(n_out), y_out, s=1600, edgecolors=BLUE, linewidths=2.5, zorder=2)
        labels_in = [net_ax.text(-0.17, y, "", ha="right", va="center") for y in y_in]
        labels_out = [net_ax.text(1.17, y, "", ha="left", va="center") for y in y_out]
        net_ax.set_xlim(-0.75, 1.75)
        net_ax.set_ylim(-1.4, 1.4)
        net_ax.axis("off")
        net_ax.set_title(t("layer_diagram_title"))
        matrix = mat_ax.imshow(START_W.T, cmap=SIGNED_CMAP, vmin=-WEIGHT_LIMIT, vmax=WEIGHT_LIMIT)
        cells = [[mat_ax.text(i, j, "", ha="center", va="center", fontsize=15) for i in range(n_in)]
                 for j in range(n_out)]
        row = mat_ax.add_patch(Rectangle((-0.5, -0.5), n_in, 1, fill=False, edgecolor="black", linewidth=4))
        mat_ax.set_xticks(range(n_in), [f"a{i + 1}⁽⁰⁾" for i in range(n_in)])
        mat_ax.set_yticks(range(n_out), [t("neuron_n", n=j + 1) for j in range(n_out)])
        mat_ax.grid(False)
        mat_ax.set_title(t("matrix_title"))
        fig.colorbar(matrix, cax=mat_ax.inset_axes([1.08, 0.0, 0.07, 1.0]), label=t("weight_sign_legend"))
    artists = {"edges": edges, "nodes_in": nodes_in, "nodes_out": nodes_out, "labels_in": labels_in,
               "labels_out": labels_out, "matrix": matrix, "cells": cells, "row": row, "axes": net_ax}
    controls = {f"a{i + 1}": slider(f"a{i + 1}⁽⁰⁾", float(a[i]), 0.0, 1.0, 0.05) for i in range(n_in)}
    controls["neuron"] = toggle_buttons(t("neuron_pick"), [(t("neuron_n", n=j + 1), j) for j in range(n_out)], 0)
    controls |= {f"w{i + 1}": slider(f"w{i + 1}", float(START_W[i, 0]), -WEIGHT_LIMIT, WEIGHT_LIMIT, 0.1)
                 for i in range(n_in)}
    controls["b"] = slider(t("bias_b"), float(START_B[0]), -WEIGHT_LIMIT, WEIGHT_LIMIT, 0.1)
    access = {f"w{i + 1}": _weight_access(i) for i in range(n_in)} | {"b": (_bias_get, _bias_set)}

    def redraw(v: dict) -> str:
        j = v["neuron"]
        W, b = np.array(v["W"], dtype=float), np.array(v["b"], dtype=float)
        a0 = np.array([v[f"a{i + 1}"] for i in range(n_in)])
        z, a1 = dense(a0, W, b)
        for i in range(n_in):
            for k in range(n_out):
                edge, w = edges[i][k], W[i, k]
                edge.set_color(sign_colour(w))
                edge.set_linestyle("-" if w >= 0 else "--")
                edge.set_linewidth(1 + 5 * abs(w) / WEIGHT_LIMIT)
                edge.set_alpha(1.0 if k == j else 0.18)
        nodes_in.set_facecolors([(1 - x, 1 - x, 1 - x) for x in a0])  # darker = more active
        nodes_out.set_facecolors([(1 - x, 1 - x, 1 - x) for x in a1])
        nodes_out.set_edgecolors([ORANGE if k == j else BLUE for k in range(n_out)])
        for label, x in zip(labels_in, a0, strict=True):
            label.set_text(f"{x:.2f}")
        for label, x in zip(labels_out, a1, strict=True):
            label.set_text(f"{x:.3f}")
        matrix.set_data(W.T)
        for k in range(n_out):
            for i in range(n_in):
                cells[k][i].set_text(f"{W[i, k]:.1f}")
                cells[k][i].set_color("white" if abs(W[i, k]) > 0.6 * WEIGHT_LIMIT else "black")
        row.set_y(j - 0.5)
        terms = " + ".join(f"{term(W[i, j], 1)}×{a0[i]:.2f}" for i in range(n_in))
        return readout(
            f"z{j + 1} = {terms} + {term(b[j], 1)} = <b>{fixed(z[j])}</b>",
            f"a{j + 1}⁽¹⁾ = σ(z{j + 1}) = <b>{a1[j]:.3f}</b>",
            "a⁽¹⁾ = σ(W a⁽⁰⁾ + b) = [" + ", ".join(f"{x:.3f}" for x in a1) + "]",
        )

    texts = templates("layer_diagram_title", "matrix_title", "weight_sign_legend", "neuron_n")
    extra = {"W": START_W.tolist(), "b": START_B.tolist()}
    return Explorer("layer", fig, artists, controls, redraw, texts=texts, extra=extra, access=access)


def parameter_counter(hidden1: int = 16, hidden2: int = 16) -> Explorer:
    """The 784-h1-h2-10 network's parameters, layer by layer, as the two hidden sizes change (drawn in the browser
    by js/parameters.js, in matplotlib here for the stored picture)."""
    with style_context():
        fig, ax = new_figure(figsize=(8.0, 4.0))
        positions = np.arange(3)
        weight_bars = ax.bar(positions - 0.2, np.zeros(3), width=0.4, color=BLUE, label=t("weights_word"))
        bias_bars = ax.bar(positions + 0.2, np.zeros(3), width=0.4, color=GREY, hatch="//", label=t("biases_word"))
        ax.set_yscale("symlog", linthresh=10)
        ax.set_ylim(0, 2e5)
        ax.legend(loc="upper right")
        ax.set_ylabel(t("count_word"))
        title = ax.set_title("")
    artists = {"weights": weight_bars, "biases": bias_bars, "title": title, "axes": ax}
    controls = {
        "hidden1": int_slider(t("hidden_n", n=1), hidden1, 1, 128),
        "hidden2": int_slider(t("hidden_n", n=2), hidden2, 1, 128),
    }

    def redraw(v: dict) -> str:
        sizes = [784, v["hidden1"], v["hidden2"], 10]
        per_layer = [parameter_count(sizes[k : k + 2]) for k in range(3)]
        for k, (n_w, n_b) in enumerate(per_layer):
            weight_bars[k].set_height(n_w)
            bias_bars[k].set_height(n_b)
        ax.set_xticks(range(3), [f"{sizes[k]}→{sizes[k + 1]}" for k in range(3)])
        n_weights, n_biases = parameter_count(sizes)
        title.set_text("-".join(map(str, sizes)) + f": {n_weights + n_biases:,}")
        return readout(
            t("weights_count", n=n_weights),
            t("biases_count", n=n_biases),
            t("total_count", n=n_weights + n_biases),
        )

    texts = templates("weights_word", "biases_word", "count_word", "weights_count", "biases_count", "total_count")
    return Explorer("parameters", fig, artists, controls, redraw, texts=texts)
