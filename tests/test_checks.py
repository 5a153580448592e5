"""The exercises' self-checks: a right answer passes, a wrong one fails and says what is wrong."""

import numpy as np
import pytest

import nnlib as nl
from nnlib import checks


def test_placeholder_asks_for_an_answer(lang):
    for result in (checks.half_input(...), checks.leaky_relu(...), checks.switch_neuron(..., 1.0)):
        assert not result and "..." in result.message


def test_half_input():
    assert checks.half_input(1.5)
    assert checks.half_input(3 / 2)
    wrong = checks.half_input(0.5)  # z = 2 * 0.5 - 3 = -2, σ(-2) = 0.119
    assert not wrong and "0.119" in wrong.message and "-2" in wrong.message
    assert not checks.half_input(0)  # the z of σ(z) = 0.5, not the input a
    assert not checks.half_input("1.5")


def test_leaky_relu():
    assert checks.leaky_relu(lambda z: np.where(z > 0, z, 0.1 * z))
    assert checks.leaky_relu(lambda z: np.maximum(0.1 * z, z))
    plain = checks.leaky_relu(nl.relu)  # ReLU itself: negatives become 0, not a tenth
    assert not plain and "-3.0" in plain.message and "tenth" in plain.message
    scalar_only = checks.leaky_relu(lambda z: max(0.1 * z, z))  # fails on an array
    assert not scalar_only and "ValueError" in scalar_only.message
    returns_dots = checks.leaky_relu(lambda z: ...)
    assert not returns_dots and "..." in returns_dots.message
    assert not checks.leaky_relu(3)


def test_switch_neuron():
    assert checks.switch_neuron(4.4, -2.2)
    assert checks.switch_neuron(20, -10)
    bias_too_high = checks.switch_neuron(5.0, 0.0)
    assert not bias_too_high and "0.500" in bias_too_high.message and "b" in bias_too_high.message
    weight_too_small = checks.switch_neuron(1.0, -3.0)
    assert not weight_too_small and "w" in weight_too_small.message


def test_results_display_in_the_notebook_language(lang):
    result = checks.half_input(1.0)
    assert ("还不对" in result.message) == (lang == "zh-CN")
    assert result._repr_html_().startswith("<div") and repr(result).startswith("❌")


@pytest.mark.parametrize("value", [True, None, [0.0], "x"])
def test_non_numbers_are_explained(value):
    result = checks.switch_neuron(value, 0.0)
    assert not result and repr(value) in result.message


def test_fire_above_three():
    assert checks.fire_above_three(-6)
    wrong = checks.fire_above_three(-3)  # the threshold of the weighted sum, not of the input
    assert not wrong and "-3" in wrong.message and "1.5" in wrong.message
    assert "5" in checks.fire_above_three(-10).message  # the old exercise's -10: fires above a = 5
    assert not checks.fire_above_three(-5.95)  # close is not right: it fires above 2.975


def test_zero_weight():
    assert checks.zero_weight(-5.75)
    wrong = checks.zero_weight(-2.0)  # section 1's w₂, unchanged: z = 0.75
    assert not wrong and "0.75" in wrong.message


def test_bottom_bar_detector():
    w = np.zeros((12, 12))
    w[9, 2:10] = 1
    w[:8] = -1
    assert checks.bottom_bar_detector(w)
    assert not checks.bottom_bar_detector(np.zeros((12, 12)))
    assert "(12, 12)" in checks.bottom_bar_detector(np.zeros((28, 28))).message
    vertical = nl.patterns.weight_patterns()["vertical stroke"]
    result = checks.bottom_bar_detector(vertical)
    assert not result and "one" in result.message  # the one scores highest for a vertical stroke


@pytest.mark.parametrize("name", ["top bar", "vertical stroke", "left-right edge", "loop"])
def test_no_printed_weight_pattern_passes_exercise_02_3(name):
    assert not checks.bottom_bar_detector(nl.patterns.weight_patterns()[name])


@pytest.mark.parametrize("name", ["seven", "one", "four", "zero", "top bar"])
def test_no_printed_image_passes_exercise_02_3(name):
    image = nl.patterns.images()[name]
    assert not checks.bottom_bar_detector(image) and not checks.bottom_bar_detector(2 * image - 1)


@pytest.mark.parametrize("name", list(nl.conv.KERNELS))
def test_no_kernel_preset_passes_exercise_05_3(name):
    K = nl.conv.KERNELS[name]
    assert not checks.line_kernel(K) and not checks.line_kernel(-K)


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
