"""Headless tests of the explorers: set a control's value, assert what the figure and the readout show."""

import numpy as np
import pytest
from matplotlib.colors import to_rgb

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
    assert bytes(explorer.static_png()).startswith(b"\x89PNG")


@pytest.mark.parametrize(("name", "value"), [("a", 0.25), ("w", -3.0), ("b", 2.5)])
def test_each_slider_moves_the_point_and_the_readout(explorer, name, value):
    figure, lines = explorer.figure, list(explorer.artists["axes"].lines)
    png_before, readout_before = explorer.static_png(), explorer.readout.value
    explorer.controls[name].value = value
    v = explorer.values
    z = v["w"] * v["a"] + v["b"]
    assert point(explorer) == pytest.approx((z, float(nl.sigmoid(z))))
    assert f"<b>{z:.2f}</b>" in explorer.readout.value and explorer.readout.value != readout_before
    assert explorer.static_png() != png_before
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
    ranges = {name: (c.min, c.max, c.step) for name, c in explorer.controls.items() if c.step is not None}
    assert ranges == {"a": (0.0, 1.0, 0.01), "w": (-6.0, 6.0, 0.1), "b": (-6.0, 6.0, 0.1)}


# Notebook 02 ---------------------------------------------------------------------------------------------

def test_image_neuron_explorer_follows_image_pattern_and_strengths(lang):
    ex = nl.widgets.image_neuron_explorer(image="seven", pattern="top bar", bias=-4.0)
    images, shapes = nl.patterns.images(), nl.patterns.weight_patterns()
    assert np.array_equal(ex.artists["input"].get_array(), images["seven"])
    assert "<b>7.00</b>" in ex.readout.value and "<b>3.00</b>" in ex.readout.value  # Σ w·a = 7, z = 7 − 4
    assert "σ(z) = 0.953" in ex.artists["total"].get_text()
    png = bytes(ex.static_png())
    ex.controls["image"].value = "zero"
    assert np.array_equal(ex.artists["input"].get_array(), images["zero"])
    ex.controls["pattern"].value = "loop"
    w = shapes["loop"]
    assert np.allclose(ex.artists["weights"].get_array(), w)
    assert np.allclose(ex.artists["product"].get_array(), w * images["zero"])
    ex.controls["negative"].value = 0.0
    assert ex.artists["weights"].get_array().min() == 0.0
    expected = float(np.sum(np.where(w > 0, w, 0) * images["zero"]))
    assert f"<b>{expected:.2f}</b>" in ex.readout.value
    assert ex.values == {"image": "zero", "pattern": "loop", "positive": 1.0, "negative": 0.0, "b": -4.0}
    assert bytes(ex.static_png()) != png
    # what the browser draws from: every image and weight pattern, and the texts in the learner's language
    assert set(ex.data["images"]) == set(images) and set(ex.data["shapes"]) == set(shapes)
    assert ex.kind == "image_neuron" and ("权重" in ex.texts["weights_w"]) == (lang == "zh-CN")
    labels = [label for label, _ in ex.controls["image"].options]
    assert ("数字 7" in labels) == (lang == "zh-CN")


def test_bias_explorer_fires_only_above_minus_b():
    ex = nl.widgets.bias_explorer(b=-10.0)
    fire_x, _ = ex.artists["fire"].get_data()
    quiet_x, _ = ex.artists["quiet"].get_data()
    assert list(fire_x) == [11.0, 14.0, 18.0] and list(quiet_x) == [3.0, 7.0, 9.0]
    assert list(ex.artists["threshold"].get_xdata()) == [10.0, 10.0]
    ex.controls["b"].value = -5.0
    assert list(ex.artists["fire"].get_data()[0]) == [7.0, 9.0, 11.0, 14.0, 18.0]
    assert "7, 9, 11, 14, 18" in ex.readout.value
    assert np.allclose(ex.artists["curve"].get_ydata()[0], nl.sigmoid(-5.0))
    assert ex.artists["title"].get_text() == "b = -5.0: fires when s > 5.0"
    ex.set(b=0.0)  # the threshold at s = 0, not "-0.0"
    assert "s > 0.0" in ex.readout.value and "-0.0" not in ex.artists["title"].get_text()
    assert ex.data == {"sums": list(nl.widgets.weights.SAMPLE_SUMS)}


def test_weights_explorer_bars_are_the_terms_of_z():
    ex = nl.widgets.weights_explorer(w1=1.5, w2=-2.0, w3=0.5, b=-0.5)
    heights = [bar.get_height() for bar in ex.artists["bars"]]
    assert np.allclose(heights, [1.35, -0.4, 0.3, -0.5, 0.75])
    ex.controls["w2"].value = 3.0
    heights = [bar.get_height() for bar in ex.artists["bars"]]
    assert np.allclose(heights, [1.35, 0.6, 0.3, -0.5, 1.75])
    assert ex.artists["bars"][1].get_hatch() in ("", None)  # positive: no hatch
    assert ex.artists["bars"][3].get_hatch() == "//"  # negative bias: hatched
    assert np.allclose(ex.artists["point"].get_data(), [[1.75], [nl.sigmoid(1.75)]])
    assert "<b>1.75</b>" in ex.readout.value
    assert [label.get_text() for label in ex.artists["values"]] == ["1.35", "0.60", "0.30", "-0.50", "1.75"]
    ex.set(w1=0.0, w2=0.0, w3=0.0, b=0.0)  # z = 0: no "-0.00" anywhere
    assert ex.values == {"w1": 0.0, "w2": 0.0, "w3": 0.0, "b": 0.0}
    assert "<b>0.00</b>" in ex.readout.value and "-0.00" not in ex.readout.value
    assert all(label.get_text() == "0.00" for label in ex.artists["values"])


# Notebook 03 ---------------------------------------------------------------------------------------------

def test_layer_explorer_edits_the_chosen_neuron_only():
    ex = nl.widgets.layer_explorer(a=(0.8, 0.3, 0.6))
    W0 = nl.widgets.layer.START_W.copy()
    assert ex.controls["w1"].value == W0[0, 0]
    ex.controls["neuron"].value = 1  # neuron 2: the sliders now show its weights, and nothing else changed
    assert [ex.controls[f"w{i}"].value for i in (1, 2, 3)] == list(W0[:, 1])
    assert np.allclose(ex.artists["matrix"].get_array(), W0.T)
    assert ex.artists["row"].get_y() == 0.5
    ex.controls["w2"].value = -3.0  # neuron 2's weight from input 2
    W = ex.artists["matrix"].get_array()
    assert W[1, 1] == -3.0 and np.allclose(np.delete(W.ravel(), 4), np.delete(W0.T.ravel(), 4))
    edge = ex.artists["edges"][1][1]
    assert edge.get_linestyle() == "--" and edge.get_alpha() == 1.0
    assert ex.artists["edges"][1][0].get_alpha() < 0.5  # neuron 1's edges are faded
    _, a1 = nl.dense(np.array([0.8, 0.3, 0.6]), W.T, nl.widgets.layer.START_B)
    assert ex.artists["labels_out"][1].get_text() == f"{a1[1]:.3f}"
    assert f"<b>{a1[1]:.3f}</b>" in ex.readout.value
    ex.controls["neuron"].value = 0  # back to neuron 1: its own weights return to the sliders
    assert ex.controls["w2"].value == W0[1, 0]
    # the layer lives in values (what the browser draws from): W (n_in, n_out) as nnlib.layers, and b
    W0[1, 1] = -3.0
    assert np.array_equal(ex.values["W"], W0) and np.array_equal(ex.values["b"], nl.widgets.layer.START_B)
    ex.set(neuron=2, b=1.5)  # the slider b is the chosen neuron's bias
    assert ex.values["b"] == [-0.5, -1.0, 1.5] and ex.controls["b"].value == 1.5
    assert ex.artists["nodes_out"].get_edgecolors()[2][:3] == pytest.approx(to_rgb(nl.plots.ORANGE))
    assert ex.kind == "layer" and set(ex.texts) >= {"layer_diagram_title", "matrix_title", "neuron_n"}


def test_layer_explorer_inputs_shade_the_nodes():
    ex = nl.widgets.layer_explorer(a=(0.8, 0.3, 0.6))
    ex.controls["a1"].value = 0.0
    assert np.allclose(ex.artists["nodes_in"].get_facecolors()[0][:3], [1, 1, 1])  # inactive: white
    assert ex.artists["labels_in"][0].get_text() == "0.00"


def test_parameter_counter():
    ex = nl.widgets.parameter_counter()
    assert "<b>13,002</b>" in ex.readout.value
    ex.controls["hidden1"].value = 32
    weights, biases = nl.parameter_count([784, 32, 16, 10])
    assert f"<b>{weights + biases:,}</b>" in ex.readout.value
    assert ex.artists["weights"][0].get_height() == 784 * 32
    assert ex.values == {"hidden1": 32, "hidden2": 16} and ex.kind == "parameters"
    assert ex.artists["title"].get_text() == f"784-32-16-10: {weights + biases:,}"
    assert set(ex.texts) >= {"weights_count", "biases_count", "total_count", "weights_word", "biases_word"}


# Notebook 05 ---------------------------------------------------------------------------------------------

def test_kernel_explorer_presets_sliders_and_maps(lang):
    (x, _), _ = nl.data.load_bundled()
    ex = nl.widgets.kernel_explorer(x[:10], index=2, kernel="vertical edge")
    K = nl.conv.KERNELS["vertical edge"]
    expected = nl.conv2d(x[2][None] / 255, K[None])[0, 0]
    assert np.allclose(ex.artists["map"].get_array(), expected)
    assert np.allclose(ex.artists["relu"].get_array(), np.maximum(expected, 0))
    assert ex.artists["pool"].get_array().shape == (13, 13)
    assert f"<b>{expected.max():.2f}</b>" in ex.readout.value
    ex.controls["preset"].value = "horizontal edge"  # the sliders take the preset's values
    assert [ex.controls[f"k{i}{j}"].value for i in range(3) for j in range(3)] == [-1, -2, -1, 0, 0, 0, 1, 2, 1]
    assert ex.controls["preset"].value == "horizontal edge"
    ex.controls["k11"].value = 2.0  # moving a slider makes the kernel a custom one
    assert ex.controls["preset"].value == "custom"
    K2 = nl.conv.KERNELS["horizontal edge"].copy()
    K2[1, 1] = 2.0
    assert np.allclose(ex.artists["kernel"].get_array(), K2)
    assert np.allclose(ex.artists["map"].get_array(), nl.conv2d(x[2][None] / 255, K2[None])[0, 0])
    ex.controls["index"].value = 5
    assert np.array_equal(ex.artists["input"].get_array(), x[5])
    assert ("卷积核" in ex.controls["preset"].description) == (lang == "zh-CN")
