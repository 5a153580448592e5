import numpy as np
import pytest

import nnlib as nl


def test_one_input_as_in_the_lesson():
    z, a = nl.neuron(0.5, 4.0, -1.0)
    assert z == pytest.approx(1.0) and a == pytest.approx(1 / (1 + np.exp(-1.0)))
    z, a = nl.neuron(0.5, -4.0, 1.0, activation="relu")
    assert z == pytest.approx(-1.0) and a == 0.0


def test_many_inputs_and_a_batch():
    w, b = np.array([1.0, -2.0, 0.5]), 0.25
    a = np.array([0.2, 0.4, 0.6])
    z, out = nl.neuron(a, w, b)
    assert z.shape == () and z == pytest.approx(0.2 - 0.8 + 0.3 + 0.25)
    batch = np.stack([a, 2 * a, np.zeros(3)])  # (n, n_in) = (3, 3)
    z, out = nl.neuron(batch, w, b)
    assert z.shape == (3,) and out.shape == (3,)
    assert np.allclose(z, [sum(w * row) + b for row in batch])
    assert np.allclose(out, nl.sigmoid(z))


def test_bias_of_minus_ten_fires_only_above_ten():
    """The seed's example: b = -10 keeps the neuron quiet until the weighted sum passes 10."""
    w = np.ones(4)
    _, quiet = nl.neuron(np.full(4, 2.0), w, -10.0)  # weighted sum 8
    _, fires = nl.neuron(np.full(4, 3.0), w, -10.0)  # weighted sum 12
    assert quiet < 0.5 < fires


@pytest.mark.parametrize(
    ("a", "w", "b", "names"),
    [
        ([1.0, 2.0], [0.5, 0.5, 0.5], 0.0, ("a", "(3,)", "(2,)")),
        (np.ones((4, 2)), np.ones(3), 0.0, ("a", "(n, 3)", "(4, 2)")),
        (np.ones(3), np.ones((3, 1)), 0.0, ("w", "(n,)", "(3, 1)")),
        (np.ones(3), np.ones(3), [1.0, 2.0], ("b", "()", "(2,)")),
    ],
)
def test_shape_errors_name_expected_and_received(lang, a, w, b, names):
    with pytest.raises(nl.ShapeError) as error:
        nl.neuron(a, w, b)
    message = str(error.value)
    for part in names:
        assert part in message
    assert ("形状" in message) == (lang == "zh-CN")
