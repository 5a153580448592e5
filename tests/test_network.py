import numpy as np
import pytest

import nnlib as nl
from tests.gradcheck import numeric_gradient


def finite_difference_check(net, X, Y):
    grads = net.gradients(X, Y)
    assert [g.shape for g in grads] == [p.shape for p in net.parameters()] == [W.shape for W in net.W] + [
        b.shape for b in net.b]
    for index, (params, grad) in enumerate(zip(net.parameters(), grads, strict=True)):
        numeric = numeric_gradient(params, lambda: net.cost(X, Y))
        assert np.allclose(grad, numeric, rtol=1e-5, atol=1e-8), (index, np.abs(grad - numeric).max())


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


@pytest.mark.parametrize("make", [lambda: nl.Network([784, 16, 16, 10], 0),
                                  lambda: nl.Network([784, 12, 10], 0, hidden="relu", output="softmax"),
                                  lambda: nl.CNN(0, channels=(2, 3))])
def test_one_interface_and_the_fast_path_changes_no_number(make):
    """``parameters()`` and ``gradients()`` match for every model; ``step`` is p ← p − lr·g; ``fit``'s fast path
    (``training.FlatSteps``: one flat array, one update call) gives exactly the numbers of ``step``."""
    X, y = nl.flatten(nl.data.load_bundled()[0][0][:64]), nl.data.load_bundled()[0][1][:64]
    Y = nl.one_hot(y)
    model = make()
    grads = model.gradients(X[:16], Y[:16])
    assert [g.shape for g in grads] == [p.shape for p in model.parameters()]
    before = [p.copy() for p in model.parameters()]
    model.step(X[:16], Y[:16], 0.5)
    for p, p0, g in zip(model.parameters(), before, grads, strict=True):
        assert np.array_equal(p, p0 - np.float32(0.5) * g)
    stepped, fitted = make(), make()
    order = np.random.default_rng(1).permutation(64)
    for start in range(0, 64, 16):
        stepped.step(X[order[start : start + 16]], Y[order[start : start + 16]], 0.5)
    fitted.fit(X, y, epochs=1, batch_size=16, lr=0.5, rng=1, progress=False)
    assert fitted.batches_trained == 4 and not fitted.untrained()
    for a, b in zip(stepped.parameters(), fitted.parameters(), strict=True):
        assert a.dtype == b.dtype == np.float32 and np.array_equal(a, b)
