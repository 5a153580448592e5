"""Headless tests of notebook 04's network diagram: set a control, assert on the circles, lines and readout."""

import numpy as np
import pytest

import nnlib as nl
from nnlib.widgets.network_view import strongest


@pytest.fixture(scope="module")
def digits():
    (_, _), (images, labels) = nl.data.load_bundled()
    return images[:12], labels[:12]


@pytest.fixture(scope="module")
def net():
    return nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))


def greys(circles) -> np.ndarray:
    """The shade of each circle: 0 = white (silent), 1 = black (fully active)."""
    return 1 - circles.get_facecolor()[:, 0]


def test_strongest_contributions_are_the_largest_a_times_w():
    rng = np.random.default_rng(3)
    a, W = rng.random(7), rng.standard_normal((7, 5))
    i, j, value = strongest(a, W, 6)
    contributions = a[:, None] * W
    assert np.allclose(value, contributions[i, j])
    assert np.allclose(np.abs(value), np.sort(np.abs(contributions).ravel())[::-1][:6])
    assert len(strongest(a, W, 100)[0]) == 35  # never more than there are connections


def test_circles_are_shaded_by_activation_and_follow_the_slider(lang, net, digits):
    images, labels = digits
    ex = nl.widgets.network_explorer(net, images, labels, index=0)
    for index in (0, 5):
        ex.controls["index"].value = index
        activations = [A[0] for A in net.activations(nl.flatten(images[index][None]))]
        for layer, circles in enumerate(ex.artists["circles"], start=1):
            assert np.allclose(greys(circles), activations[layer], atol=1e-6)
        assert np.array_equal(ex.artists["input"].get_array(), images[index])
        answer = int(np.argmax(activations[-1]))
        assert str(answer) in ex.artists["answer"].get_text()
        assert f"<b>{answer}</b>" in ex.readout.value and f"<b>{labels[index]}</b>" in ex.readout.value


def test_layer_control_lights_the_layers_one_after_the_other(lang, net, digits):
    images, labels = digits
    ex = nl.widgets.network_explorer(net, images, labels, layers=0)
    png = bytes(ex.image.value)
    assert all(np.allclose(greys(c), 0) for c in ex.artists["circles"])
    assert not any(lines.get_visible() for lines in ex.artists["lines"])
    assert ex.artists["answer"].get_text() == ""
    for shown in (1, 2, 3):
        ex.controls["layer"].value = shown
        lit = [lines.get_visible() for lines in ex.artists["lines"]]
        assert lit == [k < shown for k in range(3)]
        assert (ex.artists["answer"].get_text() != "") == (shown == 3)
        assert bytes(ex.image.value) != png
        png = bytes(ex.image.value)
    assert ("隐藏层" in ex.readout.value or "输出" in ex.readout.value or "答案" in ex.readout.value) == (
        lang == "zh-CN")


def test_lines_are_the_strongest_contributions_with_sign_by_colour_and_style(net, digits):
    images, labels = digits
    ex = nl.widgets.network_explorer(net, images, labels, index=3)
    activations = [A[0] for A in net.activations(nl.flatten(images[3][None]))]
    lines = ex.artists["lines"][2]  # hidden layer 2 → output
    i, j, value = strongest(activations[2], net.W[2], len(lines.get_segments()))
    segments = np.asarray(lines.get_segments())
    outputs = ex.artists["centres"][2]  # the output circles' centres (x, y)
    hidden = ex.artists["centres"][1]
    assert np.allclose(segments[:, 0], hidden[i]) and np.allclose(segments[:, 1], outputs[j])
    colours = lines.get_colors()
    blue = np.array(nl.plots.mpl.colors.to_rgba(nl.plots.POSITIVE))
    assert all(np.allclose(c, blue) == (v >= 0) for c, v in zip(colours, value, strict=True))
    dashed = [style[1] is not None for style in lines.get_linestyles()]
    assert dashed == [v < 0 for v in value]


def test_the_same_artists_are_moved_not_rebuilt(net, digits):
    images, labels = digits
    ex = nl.widgets.network_explorer(net, images, labels)
    figure, circles, artists = ex.figure, list(ex.artists["circles"]), len(ex.figure.axes[0].get_children())
    ex.controls["index"].value = 7
    ex.controls["layer"].value = 1
    assert ex.figure is figure and list(ex.artists["circles"]) == circles
    assert len(ex.figure.axes[0].get_children()) == artists


def test_works_for_any_sizes_with_named_outputs(lang):
    net = nl.Network([784, 5, 3], rng=np.random.default_rng(1))
    images = np.zeros((2, 28, 28), dtype=np.uint8)
    ex = nl.widgets.network_explorer(net, images, output_names=["4", "8", "9"])
    assert len(ex.artists["circles"]) == 2 and len(ex.artists["values"]) == 3
    assert ex.artists["values"][2].get_text().startswith("9")
