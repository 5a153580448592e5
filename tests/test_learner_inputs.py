"""Inputs in the wrong form, as learners give them: each gets a message in the learner's language that names
what was received and what to do (or, for a seed given as an int, the right result)."""

import numpy as np
import pytest

import nnlib as nl
from nnlib import InputError
from nnlib.widgets import (
    digit_explorer,
    drawing_pad,
    image_neuron_explorer,
    kernel_explorer,
    network_explorer,
    pooling_explorer,
    sliding_explorer,
)


@pytest.fixture(scope="module")
def digits():
    (x, y), (xt, yt) = nl.data.load_bundled()
    return x[:500], y[:500], xt[:50], yt[:50]


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def raises_in(lang: str, error_type, call, *words: str) -> str:
    """Run ``call``; it must raise ``error_type`` with every one of ``words``, in the language ``lang``."""
    with pytest.raises(error_type) as error:
        call()
    message = str(error.value)
    assert has_chinese(message) == (lang == "zh-CN"), message
    for word in words:
        assert word in message, (word, message)
    return message


# -- networks ---------------------------------------------------------------------------------------------

def test_a_seed_is_a_good_rng():
    net = nl.Network([784, 16, 16, 10], 42)
    assert np.array_equal(net.W[0], nl.Network([784, 16, 16, 10], np.random.default_rng(42)).W[0])


@pytest.mark.parametrize("rng", ["42", 4.2, None, True, -1, np.random.RandomState(0)])
def test_other_rngs_are_explained(rng, lang):
    raises_in(lang, InputError, lambda: nl.Network([784, 16, 10], rng), "default_rng")


@pytest.mark.parametrize("sizes", [[784], [784, 0, 10], [784, -16, 10], [784, 16.5, 10], "784-16-10", 784, []])
def test_impossible_sizes_are_explained(sizes, lang):
    raises_in(lang, InputError, lambda: nl.Network(sizes, 0), "[784, 16, 16, 10]")


def test_a_last_layer_that_is_not_10(digits, lang):
    x, y, _, _ = digits
    net = nl.Network([784, 16, 5], 0)
    raises_in(lang, InputError, lambda: net.fit(nl.flatten(x), y, epochs=1, progress=False), "5", "10")


# -- pixels 0..255 where 0..1 is expected, and the other way round ---------------------------------------

def test_images_0_255_to_fit_and_predict(digits, lang):
    x, y, _, _ = digits
    net = nl.Network([784, 16, 10], 0)
    raw = x.reshape(-1, 784)
    raises_in(lang, InputError, lambda: net.fit(raw, y, epochs=1, progress=False), "255", "nl.flatten")
    raises_in(lang, InputError, lambda: net.predict(raw), "nl.flatten")
    raises_in(lang, InputError, lambda: net.accuracy(raw, y), "nl.flatten")
    raises_in(lang, InputError, lambda: nl.CNN(0).predict(raw), "nl.flatten")
    raises_in(lang, InputError, lambda: nl.CNN(0).fit(raw, y, epochs=1, progress=False), "nl.flatten")


def test_flatten_twice(digits, lang):
    x, _, _, _ = digits
    raises_in(lang, InputError, lambda: nl.flatten(x / 255), "255")
    raises_in(lang, InputError, lambda: nl.flatten(nl.flatten(x)), "255")
    assert nl.flatten(x.astype(float)).max() == 1.0  # images in 0..255 as floats are fine
    assert nl.flatten(np.zeros((2, 28, 28))).shape == (2, 784)  # blank images too


def test_nan_inputs(digits, lang):
    x, y, _, _ = digits
    X = nl.flatten(x)
    X[3, 100] = np.nan
    net = nl.Network([784, 16, 10], 0)
    raises_in(lang, InputError, lambda: net.predict(X), "nan")
    raises_in(lang, InputError, lambda: net.fit(X, y, epochs=1, progress=False), "nan")
    raises_in(lang, InputError, lambda: nl.CNN(0).predict(X), "nan")


# -- labels -----------------------------------------------------------------------------------------------

def test_labels(digits, lang):
    x, y, _, _ = digits
    X = nl.flatten(x)
    net = nl.Network([784, 16, 10], 0)

    def fit(labels):
        return lambda: net.fit(X, labels, epochs=1, progress=False)

    raises_in(lang, InputError, fit(nl.one_hot(y)), "argmax")
    raises_in(lang, InputError, fit(y + 0.5), "0..9")
    bad = y.astype(np.int64)
    bad[7] = 10
    raises_in(lang, InputError, fit(bad), "10", "9")
    bad[7] = -1
    raises_in(lang, InputError, fit(bad), "-1")
    raises_in(lang, InputError, fit(y[:-1]), str(len(y) - 1), str(len(y)))
    raises_in(lang, InputError, fit(None), "train_labels")
    history = net.fit(X, y.astype(float), epochs=1, progress=False)  # whole numbers as floats: fine
    assert len(history["loss"]) == 1
    raises_in(lang, InputError, lambda: net.accuracy(X, y[:-1]), str(len(y) - 1))  # was a silent 0.0
    raises_in(lang, InputError, lambda: net.accuracy(X, nl.one_hot(y)), "argmax")


# -- fit's other arguments -------------------------------------------------------------------------------

def test_fit_arguments(digits, lang):
    x, y, xt, yt = digits
    X, Xt = nl.flatten(x), nl.flatten(xt)
    net = nl.Network([784, 16, 10], 0)
    for batch_size in (0, -5, 2.5, "32", None):
        raises_in(lang, InputError, lambda b=batch_size: net.fit(X, y, batch_size=b, progress=False), "batch_size")
    for lr in (0, -1.0, float("nan"), float("inf"), "0.1"):
        raises_in(lang, InputError, lambda r=lr: net.fit(X, y, lr=r, progress=False), "lr")
    raises_in(lang, InputError, lambda: net.fit(X, y, epochs=-1, progress=False), "epochs")
    raises_in(lang, InputError, lambda: net.fit(X, y, validation=Xt, progress=False), "(X_test, test_labels)")
    raises_in(lang, InputError, lambda: net.fit(X, y, validation=(Xt, yt[:-1]), progress=False), "validation")
    history = net.fit(X, y, epochs=1, validation=[Xt, yt], rng=3, progress=False)
    assert len(history["val_accuracy"]) == 1


# -- explorers --------------------------------------------------------------------------------------------

def test_digit_explorer_wants_images_and_a_network(digits, lang):
    _, _, xt, yt = digits
    net = nl.Network([784, 16, 16, 10], 0)
    raises_in(lang, InputError, lambda: digit_explorer(net, nl.flatten(xt), yt), "(n, 28, 28)", "test_images")
    raises_in(lang, InputError, lambda: digit_explorer(net, xt / 255, yt), "255")
    raises_in(lang, InputError, lambda: digit_explorer(nl.CNN(0), xt, yt), "nl.Network", "CNN")
    raises_in(lang, InputError, lambda: digit_explorer(net, xt, yt[:10]), "10")
    raises_in(lang, InputError, lambda: digit_explorer(net, xt, yt, index=50), "49")
    raises_in(lang, InputError, lambda: drawing_pad(nl.CNN(0)), "nl.Network")
    assert digit_explorer(net, xt, yt, index=49).controls["index"].max == 49
    x, y = digits[0], digits[1]  # 500 digits: the browser gets at most 300, the slider runs over those
    raises_in(lang, InputError, lambda: digit_explorer(net, x, y, index=300), "299")


def test_network_explorer_wants_images_and_a_network(digits, lang):
    _, _, xt, yt = digits
    net = nl.Network([784, 16, 16, 10], 0)
    raises_in(lang, InputError, lambda: network_explorer(net, nl.flatten(xt), yt), "(n, 28, 28)")
    raises_in(lang, InputError, lambda: network_explorer(net, xt / 255), "255")
    raises_in(lang, InputError, lambda: network_explorer(nl.CNN(0), xt, yt), "nl.Network", "CNN")
    raises_in(lang, InputError, lambda: network_explorer(net, xt, yt[:10]), "10")
    raises_in(lang, InputError, lambda: network_explorer(net, xt, index=50), "49")
    raises_in(lang, InputError, lambda: network_explorer(net, xt, layers=4), "layers", "3")
    assert network_explorer(net, xt, index=49, layers=0).values == {"index": 49, "layer": 0}


def test_kernel_explorer(digits, lang):
    _, _, xt, _ = digits
    message = raises_in(lang, InputError, lambda: kernel_explorer(xt, kernel="sobel"), "'sobel'", "'vertical edge'")
    assert "'custom'" in message
    raises_in(lang, InputError, lambda: kernel_explorer(nl.flatten(xt)), "(n, 28, 28)")
    explorer = kernel_explorer(xt, kernel="custom")  # the bare KeyError: now a blank kernel to fill in
    assert explorer.controls["preset"].value == "custom" and explorer.controls["k11"].value == 0.0
    explorer.controls["k11"].value = 1.0
    assert explorer.artists["kernel"].get_array()[1, 1] == 1.0


def test_sliding_and_pooling_explorers(digits, lang):
    """The window explorers check their arguments like kernel_explorer (a KeyError and a broken figure before)."""
    _, _, xt, _ = digits
    for explorer in (sliding_explorer, pooling_explorer):
        raises_in(lang, InputError, lambda e=explorer: e(xt[:5], kernel="sobel"), "'sobel'", "'vertical edge'")
        raises_in(lang, InputError, lambda e=explorer: e(xt[:5], index=5), "index", "4")
        raises_in(lang, InputError, lambda e=explorer: e(xt[:5], position=700), "position")
        raises_in(lang, InputError, lambda e=explorer: e(nl.flatten(xt[:5])), "(n, 28, 28)")
    explorer = sliding_explorer(xt[:5], kernel="custom")  # a blank kernel to fill in, as in kernel_explorer
    assert explorer.controls["preset"].value == "custom" and explorer.controls["k11"].value == 0.0


def test_image_neuron_explorer_names_the_choices(lang):
    raises_in(lang, InputError, lambda: image_neuron_explorer(image="eight"), "'seven'")
    raises_in(lang, InputError, lambda: image_neuron_explorer(pattern="circle"), "'top bar'")


def test_an_error_inside_a_redraw_is_raised_where_the_value_was_set():
    """A value set from Python (a cell): its redraw's error is raised in that cell. (In the browser an error of the
    drawing shows in the readout, in the learner's language: js/base.js, texts["redraw_failed"].)"""
    from nnlib.plots import new_figure
    from nnlib.widgets.base import Explorer, int_slider

    figure, _ = new_figure()

    def redraw(values):
        if values["k"] == 2:
            raise ValueError("k is too large")
        return "fine"

    explorer = Explorer("neuron", figure, {}, {"k": int_slider("k", 0, 0, 2)}, redraw)
    with pytest.raises(ValueError, match="k is too large"):
        explorer.controls["k"].value = 2
    explorer.controls["k"].value = 1
    assert "fine" in explorer.readout.value and "redraw_failed" in explorer.texts


# -- small functions --------------------------------------------------------------------------------------

def test_sigmoid_and_neuron_refuse_none(lang):
    raises_in(lang, TypeError, lambda: nl.sigmoid(None), "None")
    raises_in(lang, TypeError, lambda: nl.relu("3"), "'3'")
    raises_in(lang, InputError, lambda: nl.neuron([1.0, 2.0], [0.5, 0.5], None), "b", "None")
    raises_in(lang, InputError, lambda: nl.neuron(None, [0.5], 0.0), "a")
    assert nl.sigmoid(0) == 0.5 and nl.sigmoid(np.float32(0)).dtype == np.float32
