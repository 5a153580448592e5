import numpy as np
import pytest

import nnlib as nl


def test_dense_matches_one_neuron_at_a_time():
    rng = np.random.default_rng(1)
    X, (W, b) = rng.random((5, 4)), nl.init_layer(4, 3, rng)
    b = b + rng.normal(size=3)
    Z, A = nl.dense(X, W, b)
    assert Z.shape == A.shape == (5, 3)
    for j in range(3):  # column j of W is neuron j
        z_j, a_j = nl.neuron(X, W[:, j], b[j])
        assert np.allclose(Z[:, j], z_j) and np.allclose(A[:, j], a_j)
    z1, a1 = nl.dense(X[0], W, b)
    assert z1.shape == (3,) and np.allclose(a1, A[0])
    assert np.allclose(nl.dense(X, W, b, activation="relu")[1], np.maximum(0, Z))


def test_dense_shape_errors_name_the_shapes():
    W, b = np.zeros((784, 16)), np.zeros(16)
    with pytest.raises(nl.ShapeError, match=r"\(n, 784\).*\(5, 28\)"):
        nl.dense(np.zeros((5, 28)), W, b)
    with pytest.raises(nl.ShapeError, match=r"\(16,\).*\(10,\)"):
        nl.dense(np.zeros((5, 784)), W, np.zeros(10))


def test_init_layer_is_seeded_and_scaled():
    W1, b1 = nl.init_layer(784, 16, np.random.default_rng(7))
    W2, _ = nl.init_layer(784, 16, np.random.default_rng(7))
    assert W1.shape == (784, 16) and b1.shape == (16,) and np.array_equal(W1, W2)
    assert abs(W1.std() - 1 / np.sqrt(784)) < 0.005


def test_parameter_count():
    assert nl.parameter_count([784, 16, 16, 10]) == (12960, 42)
    assert sum(nl.parameter_count([784, 16, 16, 10])) == 13002
    assert nl.parameter_count([2, 3]) == (6, 3)
