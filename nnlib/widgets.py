"""Explorers: sliders that drive a figure and a numeric readout, live.

An ``Explorer`` keeps one matplotlib figure for its whole life. Moving a control calls a redraw function that
moves the existing artists (``set_data``, ``set_text``) and returns the readout's HTML; the figure is then
rendered to PNG into an ``ipywidgets.Image``. Nothing is rebuilt per move, and no pyplot state is touched.
Everything to test is an attribute: ``controls``, ``figure``, ``artists``, ``image``, ``readout``.
"""

from collections.abc import Callable

import ipywidgets as widgets
import numpy as np

from .activations import get_activation
from .i18n import t
from .neuron import neuron
from .plots import BLUE, GREY, ORANGE, fix_layout, new_figure, render_png, style_context


class Explorer(widgets.VBox):
    """A figure, its controls and a readout, redrawn by ``redraw(values) -> readout_html`` on every change."""

    def __init__(self, figure, artists: dict, controls: dict, redraw: Callable[[dict], str]):
        self.figure, self.artists, self.controls = figure, artists, controls
        self._redraw = redraw
        width = int(figure.get_figwidth() * figure.dpi)
        self.image = widgets.Image(format="png", layout=widgets.Layout(width=f"{width}px", max_width="100%"))
        self.readout = widgets.HTML(layout=widgets.Layout(margin="8px 0 0 0"))
        panel = widgets.VBox([*controls.values(), self.readout], layout=widgets.Layout(min_width="360px"))
        super().__init__([widgets.HBox([self.image, panel], layout=widgets.Layout(flex_flow="row wrap"))])
        self.add_class("nnlib-explorer")
        for control in controls.values():
            control.observe(self._changed, names="value")
        self.readout.value = redraw(self.values())
        fix_layout(figure)  # after the first redraw, so the layout has room for the titles it set
        self.image.value = render_png(figure)

    def __repr__(self) -> str:
        # what a notebook shows where the widget cannot be (opened but not run): a hint, not a PNG's bytes
        return t("explorer_repr")

    def values(self) -> dict:
        """The current value of every control, by name."""
        return {name: control.value for name, control in self.controls.items()}

    def update(self) -> None:
        """Redraw the figure's artists and the readout from the controls' values."""
        self.readout.value = self._redraw(self.values())
        self.image.value = render_png(self.figure)

    def _changed(self, _change) -> None:
        self.update()


def slider(description: str, value: float, low: float, high: float, step: float) -> widgets.FloatSlider:
    """A wide float slider with a readable label; continuous, so the figure follows the hand."""
    return widgets.FloatSlider(
        value=value, min=low, max=high, step=step, description=description,
        readout_format=".2f", continuous_update=True,
        style={"description_width": "90px"}, layout=widgets.Layout(width="360px"),
    )


def readout(*rows: str) -> str:
    """Readout HTML: one row per line, large enough to read from afar."""
    return "<div style='font-size:1.25em;line-height:1.6'>" + "<br>".join(rows) + "</div>"


Z_RANGE = 12.0  # the neuron explorer's z axis runs from -12 to 12


def neuron_explorer(a: float = 0.5, w: float = 2.0, b: float = -1.0, activation: str = "sigmoid") -> Explorer:
    """Notebook 01: sliders for the input a, the weight w and the bias b and a sigmoid/ReLU switch.

    Shows the activation curve f(z) with the neuron's point (z, f(z)) on it, and readouts of z and f(z).
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
        "activation": widgets.ToggleButtons(
            options=[(t("sigmoid"), "sigmoid"), (t("relu"), "relu")], value=activation,
            description=t("activation_fn"), style={"description_width": "90px", "button_width": "130px"},
        ),
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
            f"z = w·a + b = {v['w']:.2f} × {v['a']:.2f} + ({v['b']:.2f}) = <b>{float(z):.2f}</b>",
            f"{symbol}(z) = <b>{float(out):.3f}</b>",
        )

    return Explorer(fig, artists, controls, redraw)
