"""The network of the video as a picture (nl.plots.NetworkDiagram): layers labelled, circles shaded by the
numbers they hold, the strongest connections drawn, and updates that move the existing artists."""

import io

import numpy as np
import PIL.Image
import pytest

import nnlib as nl
from nnlib.plots import NEGATIVE, POSITIVE, NetworkDiagram


def texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [ax.get_xlabel() for ax in fig.axes]


@pytest.fixture(scope="module")
def digit_layers():
    (digits, _), _ = nl.data.load_bundled()
    x = digits[0].reshape(784) / 255
    net = nl.Network([784, 16, 16, 10], np.random.default_rng(0))
    return [A[0] for A in net.activations(x[None])], net


def test_layers_are_labelled_in_the_notebook_language(lang):
    fig = nl.plots.network_figure()
    words = " ".join(texts(fig))
    if lang == "en":
        assert "input layer" in words and "hidden layer 1" in words and "hidden layer 2" in words
        assert "output layer" in words and "784" in words and "activation" in words
    else:
        assert "输入层" in words and "隐藏层 1" in words and "隐藏层 2" in words and "输出层" in words
        assert "激活值" in words
    assert [str(d) for d in range(10)] == [t for t in texts(fig) if t.isdigit() and len(t) == 1]
    nl.plots.render_png(fig)  # every glyph drawable (a missing one raises)


def test_columns_have_the_video_sizes_with_784_inputs_drawn_as_a_few():
    diagram = NetworkDiagram()
    counts = [c.get_offsets().shape[0] for c in diagram.circles]
    assert counts == [8, 16, 16, 10]
    assert "⋮" in texts(diagram.figure)
    assert [e.get_segments().__len__() for e in diagram.edges] == [8 * 16, 16 * 16, 16 * 10]
    small = NetworkDiagram((3, 4, 2))
    assert [c.get_offsets().shape[0] for c in small.circles] == [3, 4, 2] and small.image is None


def test_update_shades_circles_and_rings_the_brightest_output(digit_layers):
    layers, _ = digit_layers
    diagram = NetworkDiagram()
    circles = diagram.circles[2]
    diagram.update(layers)
    assert np.allclose(circles.get_array(), layers[2])
    assert np.allclose(diagram.circles[0].get_array(), layers[0][nl.plots.shown_inputs()])
    answer = int(np.argmax(layers[3]))
    assert diagram.answer_ring.get_ydata()[0] == pytest.approx(diagram.y[3][answer])
    assert np.allclose(diagram.image.get_array(), layers[0].reshape(28, 28)) and diagram.image.axes.get_visible()
    diagram.update(None)  # back to the bare structure, same artists
    assert diagram.circles[2] is circles and np.all(circles.get_array() == 0)
    assert len(diagram.answer_ring.get_xdata()) == 0 and not diagram.image.axes.get_visible()


def test_strongest_connections_are_the_largest_contributions(digit_layers):
    layers, net = digit_layers
    diagram = NetworkDiagram()
    diagram.update(layers, net.W, strongest=5)
    widths = diagram.edges[1].get_linewidths()
    assert np.count_nonzero(widths) == 5
    contribution = np.abs(net.W[1] * layers[1][:, None]).ravel()
    assert set(np.flatnonzero(widths)) == set(np.argsort(contribution)[-5:])
    colours = diagram.edges[1].get_colors()
    for k in np.flatnonzero(widths):
        expected = POSITIVE if net.W[1].ravel()[k] >= 0 else NEGATIVE
        assert np.allclose(colours[k][:3], nl.plots.mpl.colors.to_rgb(expected))
    # from the input, only the pixels drawn count, and a pixel without ink contributes nothing
    drawn = np.count_nonzero(diagram.edges[0].get_linewidths())
    inked = np.count_nonzero(layers[0][nl.plots.shown_inputs()])
    assert drawn <= 5 and (drawn > 0) == (inked > 0)


def test_wrong_activations_are_explained(lang):
    diagram = NetworkDiagram()
    with pytest.raises(ValueError, match="4"):
        diagram.update([np.zeros(784)])
    with pytest.raises(ValueError, match="16"):
        diagram.update([np.zeros(784), np.zeros(15), np.zeros(16), np.zeros(10)])


def test_a_redraw_shows_the_new_activations(digit_layers):
    layers, net = digit_layers
    diagram = NetworkDiagram()
    diagram.update(layers, net.W, strongest=5)
    first = nl.plots.render_png(diagram.figure)
    dark = [layer.copy() for layer in layers]
    dark[3] = np.ones(10)
    diagram.update(dark, net.W, strongest=5)
    second = nl.plots.render_png(diagram.figure)
    full = NetworkDiagram()  # the same picture drawn anew
    full.update(dark, net.W, strongest=5)

    def pixels(png):
        return np.asarray(PIL.Image.open(io.BytesIO(png)).convert("L"), dtype=float)

    assert np.mean(np.abs(pixels(second) - pixels(nl.plots.render_png(full.figure)))) < 0.3
    assert np.mean(np.abs(pixels(first) - pixels(second))) > 0.3


def test_the_diagram_keeps_its_labels_and_names_a_column(lang):
    diagram = NetworkDiagram((784, 16, 6, 3))
    outputs = diagram.labels[-1]
    assert [text.get_text() for text in outputs] == ["0", "1", "2"]
    assert [text.get_position()[1] for text in outputs] == pytest.approx(list(diagram.y[-1]))
    assert diagram.name(3, ["4", "8", "9"]) is outputs and [text.get_text() for text in outputs] == ["4", "8", "9"]
    names = [nl.t(p) for p in ("loop on top", "loop at the bottom", "upper left line", "upper right line",
                               "lower right line", "bar across")]
    texts_2 = diagram.name(2, names)
    assert diagram.labels[2] is texts_2 and [text.get_text() for text in texts_2] == names
    assert [text.get_position()[1] for text in texts_2] == pytest.approx(list(diagram.y[2]))
    assert diagram.name(2, names[::-1]) is texts_2  # renaming moves the same texts
    with pytest.raises(ValueError):
        diagram.name(2, names[:5])
    nl.plots.render_png(diagram.figure)  # every glyph drawable (a missing one raises)
