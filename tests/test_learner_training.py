"""Training as a learner runs it: a diverging run stops with advice, a run stuck at chance says so, and the
default learning rate of every kind of network learns the bundled digits."""

import warnings

import numpy as np
import pytest

import nnlib as nl
from nnlib.widgets import TrainingCurves


@pytest.fixture(scope="module")
def digits():
    (x, y), (xt, yt) = nl.data.load_bundled()
    return nl.flatten(x), y, nl.flatten(xt), yt


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_diverging_run_stops_and_suggests_a_smaller_lr(digits, lang):
    X, y, _, _ = digits
    net = nl.Network([784, 16, 16, 10], 0, hidden="relu", output="softmax")
    curves = TrainingCurves(2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # NumPy's overflow warnings on the way to nan
        with pytest.raises(nl.TrainingDiverged) as error:
            net.fit(X[:1000], y[:1000], epochs=2, lr=1e6, progress=False, callback=curves.update)
    message = str(error.value)
    assert "lr=100000" in message and "nan" in message and has_chinese(message) == (lang == "zh-CN")
    assert isinstance(error.value, FloatingPointError)


def test_a_run_stuck_at_chance_says_so(digits, lang):
    X, y, _, _ = digits
    net = nl.Network([784, 16, 16, 10], 0)
    with pytest.warns(nl.training.TrainingStuck) as record:
        history = net.fit(X[:1000], y[:1000], epochs=2, lr=1e6, progress=False)
    assert history["accuracy"][-1] < 0.15
    message = str(record[0].message)
    assert "lr=1e+06" in message and has_chinese(message) == (lang == "zh-CN")


def test_training_curves_survive_a_non_finite_loss():
    curves = TrainingCurves(3)
    curves.update(1, {"loss": [0.5, float("inf")], "accuracy": [0.5, 0.1], "val_accuracy": []})
    low, high = curves.loss_ax.get_ylim()
    assert np.isfinite(high) and high > 0


@pytest.mark.parametrize(("hidden", "output"), [("sigmoid", "sigmoid"), ("relu", "sigmoid"), ("sigmoid", "softmax"),
                                                ("relu", "softmax")])
def test_the_default_learning_rate_learns_for_every_kind_of_network(digits, hidden, output):
    """With no lr (and the default batch size), 5 epochs on the 8,000 bundled digits: at least 85% of the 2,000
    test digits.

    How ``Network.DEFAULT_LR`` was chosen: with the default batch size 32, each (hidden, output) gets about 90% of
    the bundled test digits after 5 epochs (90-92%, measured on two seeds), and the rate 2-10 times larger that would
    still seem safe is avoided: ReLU collapses to 10% at 3.0 with a sigmoid output and at 1.0 with softmax."""
    X, y, Xt, yt = digits
    net = nl.Network([784, 16, 16, 10], 1, hidden=hidden, output=output)
    history = net.fit(X, y, epochs=5, rng=2, progress=False)
    assert history["loss"][-1] < history["loss"][0]
    assert net.accuracy(Xt, yt) >= 0.85, (hidden, output, net.accuracy(Xt, yt))


def test_a_seed_works_wherever_a_generator_does(digits):
    X, y, _, _ = digits
    a = nl.Network([784, 16, 10], 42)
    b = nl.Network([784, 16, 10], np.random.default_rng(42))
    assert all(np.array_equal(wa, wb) for wa, wb in zip(a.W, b.W, strict=True))
    ha = a.fit(X[:300], y[:300], epochs=1, rng=7, progress=False)
    hb = b.fit(X[:300], y[:300], epochs=1, rng=np.random.default_rng(7), progress=False)
    assert ha == hb
    assert nl.CNN(3).K[0].shape == nl.CNN(np.random.default_rng(3)).K[0].shape
