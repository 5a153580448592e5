"""Self-checks of the exercises that ask for understanding (01.4, 02.4, 03.4): right answers pass, wrong ones,
NaN and malformed ones fail with an explanation, and nothing raises."""

import numpy as np
import pytest

import nnlib as nl
from nnlib import checks

SEVEN = nl.patterns.images()["seven"]


def test_not_neuron():
    assert checks.not_neuron(-6.0, 3.0)
    assert checks.not_neuron(-20, 10)
    positive = checks.not_neuron(6.0, -3.0)
    assert not positive and "w" in positive.message
    assert not checks.not_neuron(-1.0, 3.0)  # a = 1 still gives 0.881
    assert not checks.not_neuron(-6.0, 1.0)  # a = 0 gives only 0.731
    assert not checks.switch_neuron(-6.0, 3.0)  # the two switches are different exercises


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), ..., None, "3", True, [1.0]])
def test_not_neuron_rejects_non_answers(bad):
    for w, b in ((bad, 3.0), (-6.0, bad)):
        result = checks.not_neuron(w, b)
        assert not result and result.message


def test_seven_not_bar():
    assert checks.seven_not_bar(2 * SEVEN - 1, -12.0)
    top_bar = checks.seven_not_bar(nl.patterns.weight_patterns()["top bar"], -4.0)  # pasting the detector fails
    assert not top_bar and "0.982" in top_bar.message
    assert not checks.seven_not_bar(2 * SEVEN - 1, -20.0)  # nothing fires
    assert not checks.seven_not_bar(2 * SEVEN - 1, -4.0)  # the bar fires too
    assert not checks.seven_not_bar(np.zeros((12, 12)), 0.0)  # σ(0) = 0.5 is not above 0.5


@pytest.mark.parametrize("w", [..., np.zeros((28, 28)), "w", np.full((12, 12), np.nan), np.full((12, 12), np.inf)])
def test_seven_not_bar_rejects_non_answers(w):
    result = checks.seven_not_bar(w, -12.0)
    assert not result and result.message
    assert not checks.seven_not_bar(2 * SEVEN - 1, float("nan"))


def test_predicted_shapes(lang):
    assert checks.predicted_shapes((32, 16), (5, 16), (5, 10))
    assert checks.predicted_shapes(np.zeros((32, 16)).shape, [5, 16], (np.int64(5), 10))
    transposed = checks.predicted_shapes((16, 32), (5, 16), (5, 10))
    assert not transposed and "(16, 32)" in transposed.message and "(n_in, n_out)" in transposed.message
    assert not checks.predicted_shapes((32, 16), (16,), (5, 10))
    assert not checks.predicted_shapes((32, 16), (5, 16), (10,))
    assert not checks.predicted_shapes((32, 16), (5, 16), (5, 10.0))


@pytest.mark.parametrize("bad", [..., "5, 10", 5, None, (True, 16), (float("nan"), 16)])
def test_predicted_shapes_rejects_non_answers(bad):
    result = checks.predicted_shapes((32, 16), bad, (5, 10))
    assert not result and result.message


def test_messages_in_the_notebook_language(lang):
    result = checks.seven_not_bar(np.zeros((12, 12)), 0.0)
    assert ("数字 7" in result.message) == (lang == "zh-CN")
