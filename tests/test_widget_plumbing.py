"""The plumbing every explorer shares (widgets/base.py): the state the browser draws from (``values``, ``data``,
``texts``, ``spec``), values set from Python (``set``, the controls, reactions with ``on``, ``hold``) and moved in
the browser (no drawing in the kernel), the stored picture and state of an explorer's output, the live figures,
and the one projector factor."""

import base64
import json

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
    """Two sliders and a figure; ``redraw`` records the values it was given. (Its front end is the neuron's: the
    browser is not involved in these tests.)"""
    with plots.style_context():
        fig, ax = plots.new_figure(figsize=(3.0, 2.0))
        (line,) = ax.plot([0, 1], [0, 0])
    controls = {"a": base.slider("a", 0.0, -1.0, 1.0, 0.1), "b": base.slider("b", 0.0, -1.0, 1.0, 0.1)}

    def redraw(v: dict) -> str:
        seen.append({k: v[k] for k in ("a", "b")})
        line.set_ydata([v["a"], v["b"]])
        return base.readout(f"{v['a']:.1f} {v['b']:.1f}")

    return base.Explorer("neuron", fig, {"line": line}, controls, redraw)


def from_browser(explorer, **values) -> None:
    """What the browser does when a control moves there: the new values arrive with the property lock held."""
    new = dict(explorer.values) | values
    with explorer._lock_property(values=new):
        explorer.values = new


# Values set from Python ------------------------------------------------------------------------------------------

def test_a_reaction_runs_first_then_one_redraw_reads_what_it_set():
    seen = []
    ex = tiny_explorer(seen)
    ex.on("a", lambda value: setattr(ex.controls["b"], "value", -value))  # b follows a, mirrored
    redraws = counted(ex)
    ex.controls["a"].value = 0.5
    assert redraws[0] == 1  # setting b from the reaction did not redraw by itself
    assert seen[-1] == {"a": 0.5, "b": -0.5}  # the one redraw saw both values
    assert list(ex.artists["line"].get_ydata()) == [0.5, -0.5]
    assert ex.values == {"a": 0.5, "b": -0.5}  # what the browser is sent
    ex.set(b=0.2)  # no reaction on b: a stays
    assert redraws[0] == 2 and seen[-1] == {"a": 0.5, "b": 0.2}


def test_reactions_of_controls_set_by_a_reaction_do_not_run():
    seen, order = [], []
    ex = tiny_explorer(seen)
    ex.on("a", lambda value: (order.append(("a", value)), setattr(ex.controls["b"], "value", 0.9)))
    ex.on("b", lambda value: order.append(("b", value)))
    ex.controls["a"].value = 0.3
    assert order == [("a", 0.3)] and ex.values["b"] == 0.9
    ex.controls["b"].value = 0.1
    assert order == [("a", 0.3), ("b", 0.1)]


def test_a_failing_reaction_is_raised_in_the_cell_that_set_the_value_and_nothing_is_redrawn():
    ex = tiny_explorer([])
    ex.on("a", lambda value: 1 / 0)
    redraws = counted(ex)
    with pytest.raises(ZeroDivisionError):
        ex.controls["a"].value = 0.4
    assert redraws[0] == 0


def test_holding_skips_reactions_and_redraws_and_nests_and_the_picture_follows_later():
    seen = []
    ex = tiny_explorer(seen)
    ex.on("a", lambda value: setattr(ex.controls["b"], "value", 1.0))
    redraws = counted(ex)
    with ex.hold():
        ex.controls["a"].value = 0.7
        with ex.hold():
            ex.controls["b"].value = 0.2
        ex.controls["b"].value = 0.7  # still held after the inner block
    assert redraws[0] == 0 and ex.values == {"a": 0.7, "b": 0.7}  # the browser has them
    assert "0.7 0.7" in ex.readout.value and redraws[0] == 1  # the figure follows when it is needed
    assert list(ex.artists["line"].get_ydata()) == [0.7, 0.7]


def test_controls_keep_their_values_in_range_on_their_steps_and_among_their_choices(lang):
    ex = nl.widgets.neuron_explorer()
    ex.controls["w"].value = 100  # as ipywidgets' sliders do: clamped to the range
    assert ex.values["w"] == 6.0 and ex.controls["w"].max == 6.0
    ex.set(w=-100, a=0.123)  # set() checks as the controls do
    assert ex.values["w"] == -6.0 and ex.values["a"] == 0.123
    for name, wrong in (("activation", "tanh"), ("w", float("nan")), ("b", float("inf")), ("a", "0.5"), ("a", None)):
        with pytest.raises(nl.InputError) as error:
            ex.set(**{name: wrong})
        assert name in str(error.value) and has_chinese(str(error.value)) == (lang == "zh-CN")
    assert ex.values == {"a": 0.123, "w": -6.0, "b": -1.0, "activation": "sigmoid"}  # nothing of it was kept
    json.dumps(ex.state())  # plain JSON still: no NaN reached the state


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# Values moved in the browser ---------------------------------------------------------------------------------------

def test_a_move_in_the_browser_costs_the_kernel_no_drawing_until_the_picture_is_needed():
    seen = []
    ex = tiny_explorer(seen)
    redraws = counted(ex)
    for k in range(30):  # a drag: thirty values arrive
        from_browser(ex, a=round(k / 30, 2))
    assert redraws[0] == 0 and ex.values["a"] == 0.97  # Python reads the values at once
    assert ex.readout.value.count("1.0 0.0") == 1  # the readout, when read, is of the last value
    assert redraws[0] == 1 and seen[-1] == {"a": 0.97, "b": 0.0}
    ex.readout  # noqa: B018 (read again: nothing changed, nothing drawn)
    assert redraws[0] == 1
    from_browser(ex, b=-0.5)
    assert bytes(ex.static_png()).startswith(b"\x89PNG") and redraws[0] == 2  # the stored picture is of it too
    assert list(ex.artists["line"].get_ydata()) == [0.97, -0.5]


def test_a_reaction_is_not_run_again_for_values_from_the_browser():
    """The browser ran its own copy of the reaction (js/<kind>.js ``react``) and sent every value it set."""
    ex = tiny_explorer([])
    calls = []
    ex.on("a", calls.append)
    from_browser(ex, a=0.3, b=-0.3)
    assert calls == [] and ex.values == {"a": 0.3, "b": -0.3}


# The state the browser draws from, and an explorer's output ---------------------------------------------------------

def test_an_explorer_sends_its_controls_values_data_and_texts(lang):
    ex = nl.widgets.neuron_explorer(a=0.25)
    assert [c["name"] for c in ex.spec] == ["a", "w", "b", "activation"]
    a = ex.spec[0]
    assert a["kind"] == "slider" and (a["min"], a["max"], a["step"]) == (0.0, 1.0, 0.01) and ex.values["a"] == 0.25
    assert ex.spec[3]["kind"] == "toggle" and [v for _, v in ex.spec[3]["options"]] == ["sigmoid", "relu"]
    assert "{f}" in ex.texts["neuron_title"] and "redraw_failed" in ex.texts  # fields left for the browser
    assert ("一个神经元" in ex.texts["neuron_title"]) == (lang == "zh-CN")
    assert ex.kind == "neuron" and "export default { render }" in ex._esm


def test_pack_sends_an_array_its_type_and_shape():
    x = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
    packed = base.pack(x, "float32")
    assert packed["dtype"] == "float32" and packed["shape"] == [3, 4]
    back = np.frombuffer(base64.b64decode(packed["b64"]), dtype=np.float32).reshape(packed["shape"])
    assert np.array_equal(back, x)
    eye = base.pack(np.eye(2, dtype=np.uint8) * 255, "uint8")
    assert eye["b64"] == base64.b64encode(bytes([255, 0, 0, 255])).decode()


def test_the_output_carries_the_live_view_a_picture_a_text_and_the_state_for_pages_without_a_kernel(lang):
    ex = nl.widgets.neuron_explorer()
    from_browser(ex, w=-3.0)
    data, _ = ex._repr_mimebundle_()
    assert base.WIDGET_VIEW in data and data["text/plain"] == nl.t("explorer_repr")
    assert base64.b64decode(data["image/png"]).startswith(b"\x89PNG")
    state = json.loads(json.dumps(data[base.EXPLORER_STATE]))  # plain JSON: a page can hold it
    assert state["kind"] == "neuron" and state["values"]["w"] == -3.0 and state["spec"] == ex.spec
    assert set(state) == {"kind", "spec", "values", "data", "texts", "projector"}


def test_projector_mode_reaches_the_browser():
    nl.projector(True)
    try:
        assert nl.widgets.neuron_explorer().projector
    finally:
        nl.projector(None)
    assert not nl.widgets.neuron_explorer().projector


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
    # the browser's factors are the Python ones (js/base.js)
    source = (base.JS_FOLDER / "base.js").read_text(encoding="utf-8")
    assert f"FIGURE_SCALE = {plots.PROJECTOR_SCALE}" in source
    assert f"CONTROL_SCALE = {base.CONTROL_TEXT_SCALE}" in source


def test_a_preset_between_the_sliders_steps_keeps_its_values():
    """The blur kernel's weights are 1/9, between the kernel sliders' steps of 0.25: kept as they are."""
    (x, _), _ = nl.data.load_bundled()
    ex = nl.widgets.kernel_explorer(x[:3])
    ex.controls["preset"].value = "blur"
    assert np.allclose([ex.values[f"k{i}{j}"] for i in range(3) for j in range(3)], 1 / 9)
    assert ex.values["preset"] == "blur"
