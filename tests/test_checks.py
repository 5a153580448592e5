"""The exercises' self-checks: a right answer passes, a wrong one fails and says what is wrong."""

import numpy as np
import pytest

import nnlib as nl
from nnlib import checks


def test_placeholder_asks_for_an_answer(lang):
    for result in (checks.half_point(...), checks.my_relu(...), checks.switch_neuron(..., 1.0)):
        assert not result and "..." in result.message


def test_half_point():
    assert checks.half_point(0)
    assert checks.half_point(0.0)
    wrong = checks.half_point(0.5)
    assert not wrong and "0.622" in wrong.message
    assert not checks.half_point("0")


def test_my_relu():
    assert checks.my_relu(lambda z: np.maximum(0, z))
    assert checks.my_relu(nl.relu)
    identity = checks.my_relu(lambda z: z)
    assert not identity and "-3.0" in identity.message and "0" in identity.message
    scalar_only = checks.my_relu(lambda z: max(0.0, z))  # fails on an array
    assert not scalar_only and "ValueError" in scalar_only.message
    returns_dots = checks.my_relu(lambda z: ...)
    assert not returns_dots and "..." in returns_dots.message
    assert not checks.my_relu(3)


def test_switch_neuron():
    assert checks.switch_neuron(4.4, -2.2)
    assert checks.switch_neuron(20, -10)
    bias_too_high = checks.switch_neuron(5.0, 0.0)
    assert not bias_too_high and "0.500" in bias_too_high.message and "b" in bias_too_high.message
    weight_too_small = checks.switch_neuron(1.0, -3.0)
    assert not weight_too_small and "w" in weight_too_small.message


def test_results_display_in_the_notebook_language(lang):
    result = checks.half_point(1.0)
    assert ("还不对" in result.message) == (lang == "zh-CN")
    assert result._repr_html_().startswith("<div") and repr(result).startswith("❌")


@pytest.mark.parametrize("value", [True, None, [0.0], "x"])
def test_non_numbers_are_explained(value):
    result = checks.switch_neuron(value, 0.0)
    assert not result and repr(value) in result.message


def test_fire_above_ten():
    assert checks.fire_above_ten(-10)
    wrong = checks.fire_above_ten(10)
    assert not wrong and "-10" in wrong.message and "10" in wrong.message
    assert "-8" in checks.fire_above_ten(-8).message


def test_weighted_sum():
    assert checks.weighted_sum(np.dot([1.5, -2.0, 0.5], [0.9, 0.2, 0.6]) - 0.5)
    assert not checks.weighted_sum(1.25)  # forgot b
    assert "np.dot" in checks.weighted_sum(0.0).message


def test_top_stroke_detector():
    w = np.zeros((12, 12))
    w[1:4, :] = 1
    w[4:, :] = -1
    assert checks.top_stroke_detector(w)
    assert not checks.top_stroke_detector(np.zeros((12, 12)))
    assert "(12, 12)" in checks.top_stroke_detector(np.zeros((28, 28))).message
    vertical = nl.patterns.weight_patterns()["vertical stroke"]
    result = checks.top_stroke_detector(vertical)
    assert not result and "one" in result.message  # the one scores highest for a vertical stroke


def test_layer_shapes():
    assert checks.layer_shapes(np.zeros((784, 16)), np.zeros(16))
    transposed = checks.layer_shapes(np.zeros((16, 784)), np.zeros(16))
    assert not transposed and "(784, 16)" in transposed.message and "(16, 784)" in transposed.message


def test_parameter_total():
    assert checks.parameter_total(784 * 32 + 32 + 32 * 10 + 10)
    assert "bias" in checks.parameter_total(784 * 32 + 32 * 10).message
    assert not checks.parameter_total(13002)


def test_layer_output():
    X, W, b = np.array([[1.0, 0.0], [0.5, 0.5]]), np.array([[1.0, -1.0], [0.5, 3.0]]), np.array([0.0, -1.0])
    assert checks.layer_output(nl.sigmoid(X @ W + b), X, W, b)
    assert "sigmoid" in checks.layer_output(X @ W + b, X, W, b).message
    assert not checks.layer_output(nl.sigmoid(X @ W.T + b), X, W, b)
    assert "(2, 2)" in checks.layer_output(np.zeros(3), X, W, b).message
