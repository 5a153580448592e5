"""Headless tests of the explorers: set a control's value, assert what the figure and the readout show."""

import numpy as np
import pytest

import nnlib as nl


@pytest.fixture
def explorer(lang):
    return nl.widgets.neuron_explorer(a=0.5, w=4.0, b=-1.0)


def point(explorer):
    x, y = explorer.artists["point"].get_data()
    return float(x[0]), float(y[0])


def test_starts_where_it_was_asked(explorer):
    assert point(explorer) == pytest.approx((1.0, float(nl.sigmoid(1.0))))
    assert "<b>1.00</b>" in explorer.readout.value and "<b>0.731</b>" in explorer.readout.value
    assert bytes(explorer.image.value).startswith(b"\x89PNG")


@pytest.mark.parametrize(("name", "value"), [("a", 0.25), ("w", -3.0), ("b", 2.5)])
def test_each_slider_moves_the_point_and_the_readout(explorer, name, value):
    figure, lines = explorer.figure, list(explorer.artists["axes"].lines)
    png_before, readout_before = explorer.image.value, explorer.readout.value
    explorer.controls[name].value = value
    v = explorer.values()
    z = v["w"] * v["a"] + v["b"]
    assert point(explorer) == pytest.approx((z, float(nl.sigmoid(z))))
    assert f"<b>{z:.2f}</b>" in explorer.readout.value and explorer.readout.value != readout_before
    assert explorer.image.value != png_before
    # the same figure and the same artists, moved: nothing rebuilt
    assert explorer.figure is figure and list(explorer.artists["axes"].lines) == lines


def test_relu_switch_changes_the_curve_and_the_labels(explorer, lang):
    explorer.controls["b"].value = -3.0  # z = 4·0.5 − 3 = −1
    explorer.controls["activation"].value = "relu"
    curve = explorer.artists["curve"]
    z_grid, y = curve.get_data()
    assert np.array_equal(y, np.maximum(0, z_grid))
    assert point(explorer) == pytest.approx((-1.0, 0.0))
    assert "ReLU(z) = <b>0.000</b>" in explorer.readout.value
    assert "ReLU" in explorer.artists["title"].get_text()
    assert explorer.artists["axes"].get_ylim()[1] > 10
    explorer.controls["activation"].value = "sigmoid"
    assert np.allclose(curve.get_ydata(), nl.sigmoid(z_grid))


def test_labels_follow_the_language(explorer, lang):
    label = explorer.artists["axes"].get_xlabel()
    assert ("加权和" in label) == (lang == "zh-CN")
    assert ("权重" in explorer.controls["w"].description) == (lang == "zh-CN")
    assert ("探索器" in repr(explorer)) == (lang == "zh-CN")


def test_sliders_have_explicit_ranges(explorer):
    ranges = {name: (c.min, c.max, c.step) for name, c in explorer.controls.items() if hasattr(c, "step")}
    assert ranges == {"a": (0.0, 1.0, 0.01), "w": (-6.0, 6.0, 0.1), "b": (-6.0, 6.0, 0.1)}
