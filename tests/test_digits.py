"""Notebook 04's pieces: the drawing pipeline, the evaluation helpers, the digit picker and the drawing pad."""

import numpy as np
import pytest

import nnlib as nl
from nnlib.drawing import mnist_style, rasterize


@pytest.fixture(scope="module")
def trained(trained_network):
    net, _, (xt, yt) = trained_network  # shared by the tests (tests/conftest.py)
    return net, xt, yt


def centre_of_mass(image):
    r, c = np.indices(image.shape)
    total = image.sum()
    return (r * image).sum() / total, (c * image).sum() / total


def test_a_stroke_becomes_an_mnist_style_digit():
    ink = rasterize([[(100, 30), (100, 250)]])  # a vertical line, off-centre to the left
    assert ink.shape == (280, 280) and ink.max() == 1.0
    image = mnist_style(ink)
    assert image.shape == (28, 28) and image.dtype == np.uint8
    rows = np.flatnonzero(image.max(axis=1) > 30)
    assert 18 <= rows[-1] - rows[0] + 1 <= 21  # scaled to a 20-pixel box
    r, c = centre_of_mass(image.astype(float))
    assert abs(r - 13.5) <= 1 and abs(c - 13.5) <= 1  # centred by its centre of mass
    assert not mnist_style(rasterize([])).any()


def test_a_dot_and_a_curve_render():
    assert rasterize([[(50, 50)]]).sum() > 0
    curve = [(140 + 80 * np.cos(a), 140 + 80 * np.sin(a)) for a in np.linspace(0, 2 * np.pi, 40)]
    image = mnist_style(rasterize([curve]))
    assert image[14, 14] < 50 and image.max() == 255  # a ring: ink around, paper in the middle


def test_confusion_matrix_mistakes_and_shift():
    y, p = np.array([0, 1, 1, 2, 2, 2]), np.array([0, 1, 2, 2, 0, 2])
    C = nl.evaluate.confusion_matrix(y, p, classes=3)
    assert C.tolist() == [[1, 0, 0], [0, 1, 1], [1, 0, 2]] and C.sum() == 6
    assert nl.evaluate.mistakes(y, p).tolist() == [2, 4]
    images = np.zeros((1, 28, 28), dtype=np.uint8)
    images[0, 10, 10] = 255
    moved = nl.data.shift(images, dx=3, dy=-2)
    assert moved[0, 8, 13] == 255 and moved.sum() == 255
    assert nl.data.shift(images, dx=30, dy=0).sum() == 0


def test_digit_explorer_shows_every_layer(trained, lang):
    net, xt, yt = trained
    ex = nl.widgets.digit_explorer(net, xt, yt, index=0)
    ex.controls["index"].value = 7
    acts = net.activations(nl.flatten(xt[7:8]))
    assert np.array_equal(ex.artists["input"].get_array(), xt[7])
    assert np.allclose(ex.artists["hidden"][0].get_array().ravel(), acts[1][0])
    assert np.allclose([bar.get_width() for bar in ex.artists["bars"]], acts[-1][0])
    answer = int(acts[-1][0].argmax())
    assert f"<b>{answer}</b>" in ex.readout.value and f"<b>{yt[7]}</b>" in ex.readout.value
    assert str(answer) in ex.artists["answer"].get_text()


def test_digit_explorer_sends_the_network_and_at_most_max_digits(trained):
    net, xt, yt = trained
    ex = nl.widgets.digit_explorer(net, xt, yt, index=299)
    assert len(xt) > 300 and ex.controls["index"].max == 299  # the digits the browser has
    assert ex.data["images"]["shape"] == [300, 28, 28] and ex.data["images"]["dtype"] == "uint8"
    assert ex.data["labels"]["shape"] == [300]
    sent = ex.data["net"]
    assert sent["sizes"] == [784, 16, 16, 10] and sent["hidden"] == "sigmoid" and sent["output"] == "sigmoid"
    assert [W["dtype"] for W in sent["W"]] == ["float32"] * 3 and sent["b"][2]["shape"] == [10]
    assert ex.data["untrained"] is False and set(ex.data["layout"]) >= {"input", "hidden", "output"}


def test_drawing_pad_from_browser_strokes_to_prediction(trained):
    net = trained[0]
    pad = nl.widgets.drawing_pad(net)
    assert pad.kind == "pad" and pad.values == {"strokes": []} and not pad.digit.any()
    empty_png = pad.static_png()
    # what the browser sends after one stroke (down, moves, up): the strokes, as a change of values
    stroke = [[140.0, float(y)] for y in range(40, 250, 10)] + [[140.0, 250.0]]
    pad.set_state({"values": {"strokes": [stroke]}})
    assert len(pad.strokes) == 1 and len(pad.strokes[0]) == 22
    assert np.array_equal(pad.digit, mnist_style(rasterize([stroke])))  # nnlib.drawing's own digit
    assert pad.digit.sum() > 0 and pad.static_png() != empty_png
    assert np.array_equal(pad.artists["input"].get_array(), pad.digit)
    expected = int(net.predict(nl.flatten(pad.digit[None]))[0])
    assert f"<b>{expected}</b>" in pad.readout.value
    assert expected == 1  # a vertical stroke is a one
    pad.clear()
    assert pad.strokes == [] and pad.values["strokes"] == [] and not pad.digit.any()
    assert "<b>" not in pad.readout.value  # "draw a digit here" again


def test_drawing_pad_scripted_strokes_make_a_seven(trained):
    pad = nl.widgets.drawing_pad(trained[0])
    pad.add_stroke([(70, 60), (210, 60)])
    pad.add_stroke([(210, 60), (120, 240)])
    assert len(pad.strokes) == 2
    top_rows = pad.digit[:9].sum()
    assert top_rows > pad.digit[19:].sum()  # the bar sits at the top
    assert pad.values["strokes"] == [[[70.0, 60.0], [210.0, 60.0]], [[210.0, 60.0], [120.0, 240.0]]]  # the browser's


def test_training_curves_follow_the_history():
    curves = nl.widgets.TrainingCurves(epochs=3)
    before = bytes(curves.image.value)
    curves.update(1, {"loss": [0.3, 0.2], "accuracy": [0.5, 0.7], "val_accuracy": [0.4, 0.6]})
    assert list(curves.train_line.get_ydata()) == [0.5, 0.7]
    assert list(curves.test_line.get_xdata()) == [1, 2]
    assert bytes(curves.image.value) != before
