import numpy as np
import pytest

import nnlib as nl
from tests.gradcheck import numeric_gradient


def finite_difference_check(net, X, Y):
    grad_W, grad_b = net.gradients(X, Y)
    for layer in range(len(net.W)):
        for params, grads in ((net.W[layer], grad_W[layer]), (net.b[layer], grad_b[layer])):
            numeric = numeric_gradient(params, lambda: net.cost(X, Y))
            assert np.allclose(grads, numeric, rtol=1e-5, atol=1e-8), (layer, np.abs(grads - numeric).max())


@pytest.mark.parametrize(("hidden", "output"), [("sigmoid", "sigmoid"), ("relu", "softmax"), ("relu", "sigmoid"),
                                                ("sigmoid", "softmax")])
def test_backpropagation_matches_finite_differences(hidden, output):
    rng = np.random.default_rng(3)
    net = nl.Network([6, 5, 4, 3], rng, hidden=hidden, output=output, dtype=np.float64)
    for b in net.b:
        b += rng.normal(size=b.shape)  # nonzero biases, so that no ReLU sits exactly on its kink
    X, Y = rng.random((7, 6)), nl.one_hot(rng.integers(0, 3, size=7), 3).astype(np.float64)
    finite_difference_check(net, X, Y)


def test_forward_pass_is_notebook_03s_dense_layer():
    rng = np.random.default_rng(4)
    net = nl.Network([784, 16, 16, 10], rng)
    X = rng.random((5, 784)).astype(np.float32)
    A = X
    for W, b in zip(net.W, net.b, strict=True):
        A = nl.dense(A, W, b)[1]
    acts = net.activations(X)
    assert [a.shape for a in acts] == [(5, 784), (5, 16), (5, 16), (5, 10)]
    assert np.allclose(acts[-1], A, atol=1e-6)
    assert net.predict(X).shape == (5,)
    with pytest.raises(nl.ShapeError, match=r"\(n, 784\)"):
        net.predict(np.zeros((5, 28, 28)))


def small_data():
    (x, y), (xt, yt) = nl.data.load_bundled()
    return nl.flatten(x), y, nl.flatten(xt), yt


def test_same_seed_same_numbers_and_nothing_printed(capsys):
    X, y, _, _ = small_data()
    histories = []
    for _ in range(2):
        net = nl.Network([784, 16, 16, 10], np.random.default_rng(0))
        histories.append(net.fit(X[:1000], y[:1000], epochs=2, batch_size=10, lr=3.0, rng=np.random.default_rng(1)))
    assert histories[0] == histories[1] and len(histories[0]["loss"]) == 2
    assert capsys.readouterr().out == ""


def test_the_video_network_reaches_91_percent_on_the_bundled_split():
    X, y, Xt, yt = small_data()
    net = nl.Network([784, 16, 16, 10], np.random.default_rng(0))
    seen = []
    history = net.fit(X, y, epochs=30, batch_size=10, lr=3.0, rng=np.random.default_rng(1), validation=(Xt, yt),
                      callback=lambda epoch, h: seen.append(epoch))
    assert seen == list(range(30)) and history["loss"][-1] < history["loss"][0]
    assert net.accuracy(Xt, yt) >= 0.91


def test_softmax_rows_are_probabilities():
    Z = np.array([[1000.0, 0.0, -1000.0], [1.0, 2.0, 3.0]])
    P = nl.activations.softmax(Z)
    assert np.allclose(P.sum(axis=1), 1) and np.all(P >= 0) and P[0, 0] == 1.0


def test_unknown_choices_are_refused():
    with pytest.raises(ValueError, match="softmax"):
        nl.Network([4, 2], np.random.default_rng(0), output="tanh")
    with pytest.raises(ValueError, match="relu"):
        nl.Network([4, 2], np.random.default_rng(0), hidden="tanh")
