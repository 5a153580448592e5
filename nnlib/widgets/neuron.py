"""Notebook 01's explorer: one neuron, its activation curve and the point (z, f(z)) on it."""

import numpy as np

from ..activations import get_activation
from ..i18n import t
from ..neuron import neuron
from ..plots import BLUE, GREY, ORANGE, new_figure, style_context
from .base import Explorer, fixed, readout, slider, templates, term, toggle_buttons

Z_RANGE = 12.0  # the neuron explorer's z axis runs from -12 to 12


def neuron_explorer(a: float = 0.5, w: float = 2.0, b: float = -1.0, activation: str = "sigmoid") -> Explorer:
    """Notebook 01: sliders for the input a, the weight w and the bias b and a sigmoid/ReLU switch.

    Shows the activation curve f(z) with the neuron's point (z, f(z)) on it, and readouts of z and f(z); drawn in
    the browser by js/neuron.js, in matplotlib here for the stored picture.
    """
    z_grid = np.linspace(-Z_RANGE, Z_RANGE, 481)
    with style_context():
        fig, ax = new_figure()
        (curve,) = ax.plot(z_grid, z_grid, color=BLUE)
        (guide,) = ax.plot([], [], color=GREY, linestyle="--", linewidth=1.5)
        (point,) = ax.plot([], [], "o", color=ORANGE, markeredgecolor="black", zorder=3)
        ax.set_xlim(-Z_RANGE, Z_RANGE)
        ax.set_xlabel(t("weighted_sum_z"))
        artists = {"curve": curve, "guide": guide, "point": point, "title": ax.set_title(""),
                   "ylabel": ax.set_ylabel(""), "axes": ax}
    controls = {
        "a": slider(t("input_a"), a, 0.0, 1.0, 0.01),
        "w": slider(t("weight_w"), w, -6.0, 6.0, 0.1),
        "b": slider(t("bias_b"), b, -6.0, 6.0, 0.1),
        "activation": toggle_buttons(t("activation_fn"), [(t("sigmoid"), "sigmoid"), (t("relu"), "relu")], activation),
    }

    def redraw(v: dict) -> str:
        z, out = neuron(v["a"], v["w"], v["b"], activation=v["activation"])
        f, _ = get_activation(v["activation"])
        symbol = "σ" if v["activation"] == "sigmoid" else "ReLU"
        curve.set_ydata(f(z_grid))
        ax.set_ylim((-0.05, 1.05) if v["activation"] == "sigmoid" else (-0.6, Z_RANGE + 0.6))
        bottom = ax.get_ylim()[0]
        guide.set_data([z, z, -Z_RANGE], [bottom, out, out])
        point.set_data([z], [out])
        artists["title"].set_text(t("neuron_title", f=t(v["activation"])))
        artists["ylabel"].set_text(t("activation_of_z", f=symbol))
        return readout(
            f"z = w·a + b = {term(v['w'])} × {fixed(v['a'])} + {term(v['b'])} = <b>{fixed(z)}</b>",
            f"{symbol}(z) = <b>{fixed(out, 3)}</b>",
        )

    texts = templates("neuron_title", "sigmoid", "relu", "activation_of_z", "weighted_sum_z")
    return Explorer("neuron", fig, artists, controls, redraw, texts=texts)
