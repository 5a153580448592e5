"""Headless tests of notebook 04's network explorer: set a control, assert on the diagram's circles, connections
and the readout (the diagram itself, nl.plots.NetworkDiagram, is tested in tests/test_network_diagram.py)."""

import numpy as np
import pytest

import nnlib as nl


@pytest.fixture(scope="module")
def digits():
    (_, _), (images, labels) = nl.data.load_bundled()
    return images[:12], labels[:12]


@pytest.fixture(scope="module")
def net():
    return nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))


def shades(circles) -> np.ndarray:
    return np.asarray(circles.get_array(), dtype=float)


def drawn(lines) -> int:
    """How many connections are drawn (the others have width 0)."""
    return int(np.count_nonzero(np.asarray(lines.get_linewidths()) > 0))


def test_circles_are_shaded_by_activation_and_follow_the_slider(lang, net, digits):
    images, labels = digits
    ex = nl.widgets.network_explorer(net, images, labels, index=0)
    for index in (0, 5):
        png = ex.static_png()
        ex.controls["index"].value = index
        activations = [A[0] for A in net.activations(nl.flatten(images[index][None]))]
        for layer, circles in enumerate(ex.artists["circles"][1:], start=1):
            assert np.allclose(shades(circles), activations[layer], atol=1e-6)
        assert np.allclose(ex.artists["image"].get_array(), images[index] / 255)
        answer = int(np.argmax(activations[-1]))
        ring_y = ex.artists["answer_ring"].get_ydata()[0]
        assert ring_y == pytest.approx(ex.artists["diagram"].y[-1][answer])
        assert f"<b>{answer}</b>" in ex.readout.value and f"<b>{labels[index]}</b>" in ex.readout.value
        assert index == 0 or ex.static_png() != png


def test_layer_control_lights_the_layers_one_after_the_other(lang, net, digits):
    images, labels = digits
    ex = nl.widgets.network_explorer(net, images, labels, layers=0)
    assert all(np.allclose(shades(c), 0) for c in ex.artists["circles"][1:])
    assert [drawn(lines) for lines in ex.artists["edges"]] == [0, 0, 0]
    assert len(ex.artists["answer_ring"].get_xdata()) == 0
    png = ex.static_png()
    for shown in (1, 2, 3):
        ex.controls["layer"].value = shown
        counts = [drawn(lines) for lines in ex.artists["edges"]]
        assert all((n > 0) == (k < shown) for k, n in enumerate(counts)), counts
        lit = [not np.allclose(shades(c), 0) for c in ex.artists["circles"][1:]]
        assert lit == [k < shown for k in range(3)]
        assert (len(ex.artists["answer_ring"].get_xdata()) == 1) == (shown == 3)
        assert ex.static_png() != png
        png = ex.static_png()
    assert ("答案" in ex.readout.value) == (lang == "zh-CN")
    assert ("逐层" in ex.controls["layer"].description) == (lang == "zh-CN")


def test_the_same_artists_are_moved_not_rebuilt(net, digits):
    images, labels = digits
    ex = nl.widgets.network_explorer(net, images, labels)
    figure, circles, children = ex.figure, list(ex.artists["circles"]), len(ex.figure.axes[0].get_children())
    ex.controls["index"].value = 7
    ex.controls["layer"].value = 1
    assert ex.figure is figure and list(ex.artists["circles"]) == circles
    assert len(ex.figure.axes[0].get_children()) == children


def test_works_for_other_sizes_with_named_outputs(lang):
    net = nl.Network([784, 16, 6, 3], rng=np.random.default_rng(1))
    images = np.zeros((2, 28, 28), dtype=np.uint8)
    ex = nl.widgets.network_explorer(net, images, output_names=["4", "8", "9"])
    assert [c.get_offsets().shape[0] for c in ex.artists["circles"]] == [8, 16, 6, 3]
    assert [text.get_text() for text in ex.artists["outputs"]] == ["4", "8", "9"]
    assert "4:" in ex.readout.value and "9:" in ex.readout.value


def test_the_browser_gets_the_network_the_digits_and_the_diagram(net, digits):
    images, labels = digits
    ex = nl.widgets.network_explorer(net, images, labels, layers=1)
    assert ex.kind == "network" and ex.values == {"index": 0, "layer": 1}
    assert [option[1] for option in ex.controls["layer"].options] == [0, 1, 2, 3]
    assert ex.data["images"]["shape"] == [12, 28, 28] and ex.controls["index"].max == 11
    assert ex.data["net"]["sizes"] == [784, 16, 16, 10] and len(ex.data["net"]["W"]) == 3
    assert ex.data["strongest"] == 24 and ex.data["names"] == [str(d) for d in range(10)]
    assert ex.data["inputs"] == nl.plots.shown_inputs().tolist()
    assert [len(ys) for ys in ex.data["y"]] == [8, 16, 16, 10]
    assert ex.data["layout"]["xlim"] == list(ex.artists["diagram"].ax.get_xlim())
    unlabelled = nl.widgets.network_explorer(net, images[:1])
    assert "labels" not in unlabelled.data and unlabelled.controls["index"].max == 0


def test_hidden_neurons_are_named_in_the_diagram_and_sent_to_the_browser(lang):
    # 04 §3 names the part neurons of its hand-built network (hidden layer 2) beside their circles
    net = nl.Network([784, 16, 6, 3], rng=np.random.default_rng(1))
    images = np.zeros((2, 28, 28), dtype=np.uint8)
    names = ["top", "bottom", "left", "right", "lower right", "bar"]
    ex = nl.widgets.network_explorer(net, images, output_names=["4", "8", "9"], hidden_names={2: names})
    diagram = ex.artists["diagram"]
    assert [text.get_text() for text in diagram.labels[2]] == names and diagram.labels[1] == []
    for text, y in zip(diagram.labels[2], diagram.y[2], strict=True):  # beside its own circle
        assert text.get_position() == pytest.approx((2 + diagram.NAME_OFFSET, y))
    assert ex.data["hidden_names"] == [None, None, names, None]
    plain = nl.widgets.network_explorer(net, images)
    assert plain.data["hidden_names"] == [None, None, None, None] and plain.artists["diagram"].labels[2] == []
    assert ex.static_png() != plain.static_png()


@pytest.mark.parametrize(("hidden_names", "said"), [
    (["top"], "{2: [...]}"), ({3: ["a"] * 3}, "3"), ({0: ["a"] * 784}, "0"), ({2: ["a"] * 5}, "6"),
    ({2: "abcdef"}, "6"), ({2: [1, 2, 3, 4, 5, 6]}, "6"), ({True: ["a"] * 16}, "True")])
def test_wrong_hidden_names_are_explained_in_the_learners_language(lang, hidden_names, said):
    net = nl.Network([784, 16, 6, 3], rng=np.random.default_rng(1))
    images = np.zeros((2, 28, 28), dtype=np.uint8)
    with pytest.raises(nl.InputError) as error:
        nl.widgets.network_explorer(net, images, hidden_names=hidden_names)
    message = str(error.value)
    assert "hidden_names" in message and said in message
    assert ("隐藏层" in message) == (lang == "zh-CN")
