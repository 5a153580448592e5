"""What the lessons say about trained networks, tested with honest bounds on the lessons' own code.

Trained numbers differ from machine to machine (tests/test_portable.py), so nbval does not compare them; each bound
here is one that a lesson's text relies on, checked on the notebook as committed and again with its weights rounded
differently (``perturbed``), as another machine would. The untrained network's answers are compared exactly by
nbval; ``test_untrained_answers_are_the_same_on_every_machine`` proves that this is safe.
"""

import re
from pathlib import Path

import numpy as np

import nnlib as nl

ROOT = Path(__file__).resolve().parents[1]


def test_the_video_network_gets_about_93_percent(mnist):
    # 04 §3 and its summary: "gets about 93% of the test digits right"
    accuracy = mnist.value("net.accuracy(X_test, test_labels)")
    assert 0.91 <= accuracy <= 0.955


def test_training_lowers_the_cost(mnist):
    # 04 §3: training lowers the average cost
    before, after = mnist.value("[cost, net.cost(X_test, Y_test)]")  # `cost` was computed before training
    assert after < before / 4


def test_a_shift_of_3_pixels_costs_most_of_the_accuracy(mnist):
    # 04 §8 and the summary: "it fails on digits moved by a few pixels"
    plain, moved = mnist.value("[net.accuracy(X_test, test_labels), net.accuracy(nl.flatten(shifted), test_labels)]")
    assert moved < plain - 0.3


def test_noise_still_lights_up_an_output(mnist):
    # 04 §8: "noise still lights up an output neuron"
    strongest = mnist.value("noise_outputs.max(axis=1)")
    assert max(strongest) > 0.5


def test_untrained_answers_are_the_same_on_every_machine():
    """04 §2 prints the untrained network's answers and accuracy, compared exactly by nbval. They are safe to compare
    because no answer is close to a tie: the gap between the two strongest outputs of every test digit is far larger
    than what float32 rounding (any BLAS kernel, any summation order) can move an output."""
    source = (ROOT / "scripts" / "lessons" / "l04_mnist.py").read_text(encoding="utf-8")
    assert "net = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))" in source  # the cell this mirrors
    (_, _), (test_images, test_labels) = nl.load_mnist(offline=True, verbose=False)
    X_test = test_images.reshape(len(test_images), 784) / 255
    net = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))
    exact = X_test.astype(np.float64)
    for W, b in zip(net.W, net.b, strict=True):
        exact = 1 / (1 + np.exp(-(exact @ W.astype(np.float64) + b)))
    top2 = np.sort(exact, axis=1)[:, -2:]
    assert np.min(top2[:, 1] - top2[:, 0]) > 1e-4  # float32 rounding moves these outputs by about 1e-6
    assert np.array_equal(exact.argmax(axis=1), net.predict(X_test))
    # the cost printed with 4 decimals is not within rounding reach of a boundary between two printed values
    cost = np.mean(0.5 * np.sum((exact - nl.one_hot(test_labels)) ** 2, axis=1))
    assert abs(cost * 1e4 - np.floor(cost * 1e4) - 0.5) > 0.01  # at least 1e-6 from a rounding boundary
    assert f"{cost:.4f}" == f"{net.cost(X_test, nl.one_hot(test_labels)):.4f}"


def test_the_size_notebook_04_gives_for_network_py_is_right():
    """04 §4 "For the curious" says how long nnlib/network.py is, in both languages: within 10% of its lines."""
    lesson = (ROOT / "scripts" / "lessons" / "l04_mnist.py").read_text(encoding="utf-8")
    said = [int(n) for pair in re.findall(r"about (\d+) lines of NumPy|大约 (\d+) 行 NumPy", lesson) for n in pair if n]
    lines = len((ROOT / "nnlib" / "network.py").read_text(encoding="utf-8").splitlines())
    assert len(said) == 2 and all(abs(n - lines) <= 0.1 * lines for n in said), (said, lines)
