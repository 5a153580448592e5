"""The plumbing every explorer shares (widgets/base.py): reactions to one control (``Explorer.on``), the live figure
(``LiveFigure``), the control helpers, and the one projector factor."""

from pathlib import Path

import ipywidgets as widgets
import numpy as np
import pytest

import nnlib as nl
from nnlib import plots
from nnlib.widgets import base


def counted(explorer):
    """Count the explorer's redraws: ``calls[0]`` after each change (the figure is redrawn through ``update``)."""
    calls, update = [0], explorer.update

    def counting_update():
        calls[0] += 1
        update()

    explorer.update = counting_update
    return calls


def tiny_explorer(seen: list):
    """Two sliders and a figure; ``redraw`` records the values it was given."""
    with plots.style_context():
        fig, ax = plots.new_figure(figsize=(3.0, 2.0))
        (line,) = ax.plot([0, 1], [0, 0])
    controls = {"a": base.slider("a", 0.0, -1.0, 1.0, 0.1), "b": base.slider("b", 0.0, -1.0, 1.0, 0.1)}

    def redraw(v: dict) -> str:
        seen.append(dict(v))
        line.set_ydata([v["a"], v["b"]])
        return base.readout(f"{v['a']:.1f} {v['b']:.1f}")

    return nl.widgets.Explorer(fig, {"line": line}, controls, redraw)


# Explorer.on -------------------------------------------------------------------------------------------------

def test_a_reaction_runs_first_then_one_redraw_reads_what_it_set():
    seen = []
    ex = tiny_explorer(seen)
    ex.on("a", lambda value: setattr(ex.controls["b"], "value", -value))  # b follows a, mirrored
    redraws = counted(ex)
    ex.controls["a"].value = 0.5
    assert redraws[0] == 1  # setting b from the reaction did not redraw by itself
    assert seen[-1] == {"a": 0.5, "b": -0.5}  # the one redraw saw both values
    assert list(ex.artists["line"].get_ydata()) == [0.5, -0.5]
    ex.controls["b"].value = 0.2  # no reaction on b: a stays
    assert redraws[0] == 2 and seen[-1] == {"a": 0.5, "b": 0.2}


def test_reactions_of_controls_set_by_a_reaction_do_not_run():
    seen, order = [], []
    ex = tiny_explorer(seen)
    ex.on("a", lambda value: (order.append(("a", value)), setattr(ex.controls["b"], "value", 0.9)))
    ex.on("b", lambda value: order.append(("b", value)))
    ex.on("a", lambda value: order.append(("a again", value)))  # several reactions run in the order added
    ex.controls["a"].value = 0.3
    assert order == [("a", 0.3), ("a again", 0.3)]
    ex.controls["b"].value = 0.1
    assert order[-1] == ("b", 0.1)


def test_a_failing_reaction_is_shown_in_the_readout_and_nothing_is_redrawn(lang):
    ex = tiny_explorer([])
    ex.on("a", lambda value: 1 / 0)
    redraws = counted(ex)
    ex.controls["a"].value = 0.4
    assert redraws[0] == 0 and "ZeroDivisionError" in ex.readout.value
    with pytest.raises(KeyError, match="'c'"):
        ex.on("c", print)


def test_holding_skips_reactions_and_redraws_and_nests():
    seen, order = [], []
    ex = tiny_explorer(seen)
    ex.on("a", order.append)
    redraws = counted(ex)
    with ex.hold():
        with ex.hold():
            ex.controls["a"].value = 0.7
        ex.controls["b"].value = 0.7  # still held after the inner block
    assert order == [] and redraws[0] == 0
    ex.update()
    assert seen[-1] == {"a": 0.7, "b": 0.7}


# The explorers that link controls ----------------------------------------------------------------------------

def test_choosing_a_neuron_loads_its_weights_and_redraws_once():
    ex = nl.widgets.layer_explorer()
    W0, b0 = nl.widgets.layer.START_W, nl.widgets.layer.START_B
    redraws = counted(ex)
    ex.controls["neuron"].value = 2
    assert redraws[0] == 1
    assert [ex.controls[f"w{i}"].value for i in (1, 2, 3)] == list(W0[:, 2]) and ex.controls["b"].value == b0[2]
    assert ex.artists["row"].get_y() == 1.5  # the readout and the figure are of neuron 3
    assert f"z3 = {nl.widgets.base.number(W0[0, 2], 1)}×0.80" in ex.readout.value
    ex.controls["w1"].value = -3.5  # neuron 3's weight, kept when another neuron is shown and chosen again
    ex.controls["b"].value = 1.5
    assert redraws[0] == 3
    ex.controls["neuron"].value = 0
    assert ex.controls["w1"].value == W0[0, 0] and ex.controls["b"].value == b0[0]
    ex.controls["neuron"].value = 2
    assert ex.controls["w1"].value == -3.5 and ex.controls["b"].value == 1.5
    assert ex.artists["matrix"].get_array()[2, 0] == -3.5 and ex.artists["matrix"].get_array()[0, 0] == W0[0, 0]
    assert redraws[0] == 5


@pytest.mark.parametrize("builder", ["kernel_explorer", "sliding_explorer"])
def test_a_preset_fills_the_kernel_sliders_and_a_moved_slider_makes_it_custom(builder):
    (x, _), _ = nl.data.load_bundled()
    ex = getattr(nl.widgets, builder)(x[:5], kernel="vertical edge")
    kernel = lambda: [ex.controls[f"k{i}{j}"].value for i in range(3) for j in range(3)]  # noqa: E731
    redraws = counted(ex)
    ex.controls["preset"].value = "horizontal edge"
    assert redraws[0] == 1 and kernel() == [-1, -2, -1, 0, 0, 0, 1, 2, 1]
    assert ex.controls["preset"].value == "horizontal edge"
    assert np.array_equal(ex.artists["kernel"].get_array(), nl.conv.KERNELS["horizontal edge"])
    ex.controls["k11"].value = 2.0
    assert redraws[0] == 2 and ex.controls["preset"].value == "custom"
    assert kernel()[4] == 2.0 and ex.artists["kernel"].get_array()[1, 1] == 2.0
    ex.controls["k00"].value = 0.5  # custom stays custom
    assert redraws[0] == 3 and ex.controls["preset"].value == "custom" and kernel()[:5] == [0.5, -2, -1, 0, 2.0]
    ex.controls["preset"].value = "custom"  # choosing "custom" itself keeps the sliders as they are
    assert kernel()[:5] == [0.5, -2, -1, 0, 2.0]
    ex.controls["preset"].value = "blur"
    assert redraws[0] == 4 and ex.controls["preset"].value == "blur"
    assert np.allclose(kernel(), nl.conv.KERNELS["blur"].ravel())


# One live figure -----------------------------------------------------------------------------------------------

def test_explorer_drawing_pad_and_training_curves_are_live_figures(trained_network):
    pad = nl.widgets.drawing_pad(trained_network[0])
    curves = nl.widgets.TrainingCurves(epochs=2)
    explorer = nl.widgets.neuron_explorer()
    for live in (pad, curves, explorer):
        assert isinstance(live, base.LiveFigure)
        assert isinstance(live.image, widgets.Image)  # one name, one meaning: the picture widget
        assert bytes(live.image.value).startswith(b"\x89PNG") and live.static_png() == live.image.value
        assert "image/png" in live._repr_mimebundle_()
    assert pad.digit.shape == (28, 28) and pad.digit.dtype == np.uint8  # the drawn digit, the network's input
    pad.add_stroke([(140, 40), (140, 250)])
    assert pad.digit.any() and pad.image in pad.children[1].children


# Control helpers -------------------------------------------------------------------------------------------------

def test_the_control_helpers_live_in_base():
    from nnlib.widgets import kernels, layer, neuron, sliding, weights

    assert weights.dropdown is base.dropdown and kernels.dropdown is base.dropdown and sliding.dropdown is base.dropdown
    assert "def dropdown" not in Path(weights.__file__).read_text(encoding="utf-8")
    for module in (kernels, layer, neuron, sliding, weights, nl.widgets.digits):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert "set_xticks([])" not in source and "ToggleButtons(" not in source, module.__name__


def test_dropdown_shows_translated_names_and_keeps_english_values(lang):
    control = base.dropdown("k", ["vertical edge", "custom"], "custom")
    assert [value for _, value in control.options] == ["vertical edge", "custom"] and control.value == "custom"
    assert (control.options[0][0] != "vertical edge") == (lang == "zh-CN")


def test_image_axes_hides_ticks_and_grid_and_may_frame_the_picture():
    with plots.style_context():
        fig, (plain, framed) = plots.new_figure(ncols=2)
        base.image_axes(plain, "plain")
        base.image_axes(framed, "framed", fontsize=11, frame="#999999")
    assert plain.get_title() == "plain" and not plain.get_xticks().size and not plain.get_yticks().size
    assert not any(line.get_visible() for line in plain.get_xgridlines())
    assert framed.title.get_fontsize() == 11 and framed.spines["top"].get_visible()
    assert plain.title.get_fontsize() == plots.style()["axes.titlesize"]  # the style's title size by default


def button_width(control) -> float:
    return float(control.style.button_width.removesuffix("px"))


def test_projector_mode_widens_toggle_buttons_as_their_text_grows():
    normal = {"neuron": nl.widgets.neuron_explorer().controls["activation"],
              "layer": nl.widgets.layer_explorer().controls["neuron"]}
    nl.projector(True)
    try:
        big = {"neuron": nl.widgets.neuron_explorer().controls["activation"],
               "layer": nl.widgets.layer_explorer().controls["neuron"]}
    finally:
        nl.projector(None)
    for name in normal:
        assert button_width(big[name]) == pytest.approx(base.CONTROL_TEXT_SCALE * button_width(normal[name]), abs=1)
        assert f"font-size: {base.CONTROL_TEXT_SCALE}em" in base.PROJECTOR_CSS
    assert button_width(normal["neuron"]) == 130 and button_width(normal["layer"]) == 90  # as before


def test_projector_mode_scales_figures_and_text_by_one_factor():
    normal_fig, _ = plots.new_figure(figsize=(8.0, 4.0))
    normal_style = plots.style()
    nl.projector(True)
    try:
        big_fig, _ = plots.new_figure(figsize=(8.0, 4.0))
        big_style = plots.style()
    finally:
        nl.projector(None)
    k = plots.PROJECTOR_SCALE
    assert k > 1
    assert big_fig.get_figwidth() == pytest.approx(k * normal_fig.get_figwidth())
    assert big_fig.get_figheight() == pytest.approx(k * normal_fig.get_figheight())
    for key in ("font.size", "axes.titlesize", "lines.linewidth"):
        assert big_style[key] == pytest.approx(k * normal_style[key]), key
