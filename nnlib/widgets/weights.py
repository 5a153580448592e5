"""Notebook 02's explorers: weights as a picture, the bias as a threshold, and each term's share of z.

Each is drawn in the browser (js/image_neuron.js, js/bias.js, js/weights.js) and in matplotlib here, for the stored
picture and the headless tests.
"""

import numpy as np

from .. import _inputs as inputs
from .. import patterns
from ..activations import sigmoid
from ..i18n import t
from ..neuron import neuron
from ..plots import (
    BLUE,
    GREY,
    INK_CMAP,
    NEGATIVE,
    ORANGE,
    POSITIVE,
    SIGNED_CMAP,
    new_figure,
    sign_colour,
    style_context,
)
from .base import Explorer, dropdown, fixed, image_axes, pack, readout, slider, templates, term


def image_neuron_explorer(image: str = "seven", pattern: str = "top bar", bias: float = -4.0) -> Explorer:
    """A neuron that looks at a 12×12 image: the input a, the weights w, their product w·a, and z = Σ w·a + b.

    Controls: the input image, the weight pattern, the strength of its positive and of its negative weights, b.
    """
    images, shapes = patterns.images(), patterns.weight_patterns()
    inputs.choice("image", image, list(images))
    inputs.choice("pattern", pattern, list(shapes))
    with style_context():
        fig, axes = new_figure(figsize=(10.5, 4.0), ncols=3)
        pictures = [
            axes[0].imshow(images[image], cmap=INK_CMAP, vmin=0, vmax=1),
            axes[1].imshow(shapes[pattern], cmap=SIGNED_CMAP, vmin=-2, vmax=2),
            axes[2].imshow(shapes[pattern], cmap=SIGNED_CMAP, vmin=-2, vmax=2),
        ]
        for ax, key in zip(axes, ("input_a", "weights_w", "product_picture"), strict=True):
            image_axes(ax, t(key))
        fig.colorbar(pictures[2], ax=list(axes[1:]), shrink=0.8, label=t("weight_sign_legend"))
        total = fig.suptitle("")
    artists = {"input": pictures[0], "weights": pictures[1], "product": pictures[2], "total": total}
    controls = {
        "image": dropdown(t("input_a"), list(images), image),
        "pattern": dropdown(t("weights_w"), list(shapes), pattern),
        "positive": slider(t("positive_weights"), 1.0, 0.0, 2.0, 0.1),
        "negative": slider(t("negative_weights"), 1.0, 0.0, 2.0, 0.1),
        "b": slider(t("bias_b"), bias, -10.0, 10.0, 0.5),
    }

    def redraw(v: dict) -> str:
        a = images[v["image"]]
        w = patterns.pattern_weights(shapes[v["pattern"]], v["positive"], v["negative"])
        z, out = neuron(a.ravel(), w.ravel(), v["b"])
        weighted_sum = float(np.sum(w * a))
        artists["input"].set_data(a)
        artists["weights"].set_data(w)
        artists["product"].set_data(w * a)
        total.set_text(f"z = Σ w·a + b = {fixed(weighted_sum, 2)} + {term(v['b'])} = {fixed(z, 2)}"
                       f"    σ(z) = {fixed(out, 3)}")
        return readout(
            f"Σ w·a = <b>{fixed(weighted_sum, 2)}</b>",
            f"z = Σ w·a + b = <b>{fixed(z, 2)}</b>",
            f"σ(z) = <b>{fixed(out, 3)}</b> ({t('fires') if out > 0.5 else t('quiet')})",
        )

    data = {"size": patterns.SIZE, "images": {name: pack(x) for name, x in images.items()},
            "shapes": {name: pack(x) for name, x in shapes.items()}}
    texts = templates("input_a", "weights_w", "product_picture", "weight_sign_legend", "fires", "quiet")
    return Explorer("image_neuron", fig, artists, controls, redraw, data=data, texts=texts)


SAMPLE_SUMS = (3.0, 7.0, 9.0, 11.0, 14.0, 18.0)  # weighted sums w·a of six example inputs


def bias_explorer(b: float = 0.0) -> Explorer:
    """The bias as a threshold: σ(s + b) against the weighted sum s; six sample inputs fire or stay quiet.

    With b = -10 the neuron fires (activation above 0.5) only for weighted sums above 10.
    """
    s_grid = np.linspace(0, 20, 401)
    sums = np.array(SAMPLE_SUMS)
    with style_context():
        fig, ax = new_figure(figsize=(8.0, 4.2))
        (curve,) = ax.plot(s_grid, sigmoid(s_grid + b), color=BLUE)
        threshold = ax.axvline(-b, color=GREY, linestyle="--", linewidth=2)
        ax.axhline(0.5, color=GREY, linewidth=1)
        (fire,) = ax.plot([], [], "o", color=POSITIVE, markeredgecolor="black", label=t("fires"))
        (quiet,) = ax.plot([], [], "o", markerfacecolor="white", markeredgecolor=NEGATIVE, markeredgewidth=2.5,
                           label=t("quiet"))
        ax.set_xlim(0, 20)
        ax.set_ylim(-0.05, 1.05)
        ax.set_xlabel(t("weighted_sum_s"))
        ax.set_ylabel("σ(s + b)")
        ax.legend(loc="lower right")
        title = ax.set_title("")
    artists = {"curve": curve, "threshold": threshold, "fire": fire, "quiet": quiet, "title": title, "axes": ax}
    controls = {"b": slider(t("bias_b"), b, -20.0, 5.0, 0.5)}

    def redraw(v: dict) -> str:
        activation = sigmoid(sums + v["b"])
        fires = activation > 0.5
        curve.set_ydata(sigmoid(s_grid + v["b"]))
        threshold.set_xdata([-v["b"], -v["b"]])
        fire.set_data(sums[fires], activation[fires])
        quiet.set_data(sums[~fires], activation[~fires])
        threshold_s = -v["b"] + 0.0  # + 0.0 turns -0.0 into 0.0
        title.set_text(t("threshold_title", b=v["b"], s=threshold_s))
        listed = ", ".join(f"{s:g}" for s in sums[fires]) or "—"
        return readout(
            t("threshold_rule", s=threshold_s),
            t("fires_list", listed=listed),
            "σ(s + b): " + ", ".join(f"{s:g} → {a:.3f}" for s, a in zip(sums, activation, strict=True)),
        )

    texts = templates("threshold_title", "threshold_rule", "fires_list", "fires", "quiet", "weighted_sum_s")
    return Explorer("bias", fig, artists, controls, redraw, data={"sums": list(SAMPLE_SUMS)}, texts=texts)


INPUTS = (0.9, 0.2, 0.6)  # the activations a1, a2, a3 feeding the neuron of weights_explorer


def weights_explorer(w1: float = 1.5, w2: float = -2.0, w3: float = 0.5, b: float = -0.5) -> Explorer:
    """Three weights and a bias: a bar for each term w_i·a_i and for b, the sum z, and the point σ(z).

    Positive terms are blue and plain, negative ones vermillion and hatched (the sign is never told by colour alone).
    """
    a = np.array(INPUTS)
    names = ["w₁a₁", "w₂a₂", "w₃a₃", "b", "z"]
    z_grid = np.linspace(-8, 8, 321)
    with style_context():
        fig, (bars_ax, curve_ax) = new_figure(figsize=(10.0, 4.2), ncols=2, width_ratios=[1.3, 1])
        bars = bars_ax.bar(names, np.zeros(5), edgecolor="black", linewidth=1.5)
        bars_ax.axhline(0, color="black", linewidth=1)
        bars_ax.set_ylim(-8, 8)
        bars_ax.set_title(t("contributions_title"))
        values = [bars_ax.text(i, 0, "", ha="center", fontsize=13) for i in range(5)]
        curve_ax.plot(z_grid, sigmoid(z_grid), color=BLUE)
        (point,) = curve_ax.plot([], [], "o", color=ORANGE, markeredgecolor="black", zorder=3)
        curve_ax.set_xlim(-8, 8)
        curve_ax.set_ylim(-0.05, 1.05)
        curve_ax.set_xlabel("z")
        title = curve_ax.set_title("")
    artists = {"bars": bars, "values": values, "point": point, "title": title, "axes": bars_ax}
    controls = {name: slider(f"{name} (a = {ai:g})" if name != "b" else t("bias_b"), value, -4.0, 4.0, 0.1)
                for name, ai, value in (("w1", a[0], w1), ("w2", a[1], w2), ("w3", a[2], w3), ("b", None, b))}

    def redraw(v: dict) -> str:
        w = np.array([v["w1"], v["w2"], v["w3"]])
        z, out = neuron(a, w, v["b"])
        terms = [*(w * a), v["b"], float(z)]
        for i, (bar, height, label) in enumerate(zip(bars, terms, values, strict=True)):
            bar.set_height(height)
            bar.set_facecolor(sign_colour(height) if i < 4 else GREY)
            bar.set_hatch("" if height >= 0 or i == 4 else "//")
            label.set_text(fixed(height, 2))
            label.set_y(height + (0.3 if height >= 0 else -0.9))
        point.set_data([float(z)], [float(out)])
        title.set_text(f"σ(z) = {fixed(out, 3)}")
        products = " + ".join(f"{term(wi, 1)}×{ai:g}" for wi, ai in zip(w, a, strict=True))
        return readout(
            f"z = {products} + {term(v['b'], 1)} = <b>{fixed(z, 2)}</b>",
            f"σ(z) = <b>{fixed(out, 3)}</b>",
        )

    texts = templates("contributions_title")
    return Explorer("weights", fig, artists, controls, redraw, data={"inputs": list(INPUTS)}, texts=texts)
