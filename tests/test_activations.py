import math
import warnings

import numpy as np
import pytest

import nnlib as nl

Z = np.array([-1000.0, -50.0, -3.0, -0.5, 0.0, 0.5, 3.0, 50.0, 1000.0])


def reference_sigmoid(z: float) -> float:
    """The textbook formula, in exact-enough float arithmetic where it does not overflow."""
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def test_sigmoid_matches_the_formula():
    expected = np.array([reference_sigmoid(z) for z in Z])
    assert np.allclose(nl.sigmoid(Z), expected, rtol=1e-12, atol=1e-300)
    assert nl.sigmoid(0.0) == 0.5


def test_sigmoid_never_warns_and_stays_in_range():
    extremes = np.array([-np.inf, -1e308, -1000.0, 1000.0, 1e308, np.inf])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise"):
            s = nl.sigmoid(extremes)
            nl.sigmoid_prime(extremes)
    assert np.array_equal(s, [0.0, 0.0, 0.0, 1.0, 1.0, 1.0])
    dense = nl.sigmoid(np.linspace(-40, 40, 10001))
    assert np.all((dense >= 0) & (dense <= 1)) and np.all(np.diff(dense) >= 0)


def test_sigmoid_is_symmetric():
    z = np.linspace(-30, 30, 601)
    assert np.allclose(nl.sigmoid(-z), 1 - nl.sigmoid(z))


@pytest.mark.parametrize("name", ["sigmoid", "relu"])
def test_derivatives_match_finite_differences(name):
    f, f_prime = nl.activations.get_activation(name)
    z = np.array([-4.0, -1.3, -0.2, 0.3, 1.7, 5.0])  # away from ReLU's kink at 0
    h = 1e-6
    numeric = (f(z + h) - f(z - h)) / (2 * h)
    assert np.allclose(f_prime(z), numeric, atol=1e-7)


def test_relu():
    assert np.array_equal(nl.relu(np.array([-2.0, 0.0, 3.5])), [0.0, 0.0, 3.5])
    assert np.array_equal(nl.relu_prime(np.array([-2.0, 0.0, 3.5])), [0.0, 0.0, 1.0])
    assert nl.relu(np.arange(6.0).reshape(2, 3) - 2).shape == (2, 3)


def test_unknown_activation_is_explained(lang):
    with pytest.raises(ValueError) as error:
        nl.activations.get_activation("tanh")
    assert "tanh" in str(error.value) and "sigmoid" in str(error.value)
    assert ("未知" in str(error.value)) == (lang == "zh-CN")


def test_the_fast_sigmoid_of_training_is_the_sigmoid():
    z = np.linspace(-40, 40, 2001)
    np.testing.assert_allclose(nl.activations.sigmoid_fast(z), nl.sigmoid(z), rtol=1e-12, atol=1e-15)
    z32 = z.astype(np.float32)
    np.testing.assert_allclose(nl.activations.sigmoid_fast(z32), nl.sigmoid(z32), rtol=1e-6, atol=1e-7)
