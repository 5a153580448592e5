"""The JavaScript that draws the explorers mirrors nnlib's math: the same inputs, fed to js/mirror.js in Chromium
and to nnlib in Python, give the same numbers.

Every number is compared with a relative tolerance of 1e-6, and an absolute one of 1e-12 for numbers that are
almost 0: σ(z) far out in its tails is computed by nnlib's network as ½·(1 + tanh(z/2)), where the two sides'
tanh may differ in their last bit (1e-16), which is then all that is left of a value of 1e-13. The winning digit
must be the same. Edge cases: z of ±1000, negative weights, an all-zero image, the largest kernel weights the
explorers' sliders allow (±3), a ReLU network and a softmax output.
"""

import numpy as np
import pytest

import nnlib as nl
from nnlib.activations import sigmoid_fast
from nnlib.widgets.base import JS_FOLDER
from nnlib.widgets.kernels import KERNEL_LIMIT

RTOL, ATOL = 1e-6, 1e-12
Z_EDGES = [-1000.0, -745.0, -700.0, -40.0, -10.0, -1.0, -1e-9, 0.0, 1e-9, 0.5, 1.0, 10.0, 40.0, 700.0, 1000.0]


@pytest.fixture(scope="module")
def js(browser):
    """``js(expression, *args)``: evaluate ``expression`` (a function of ``m``, the mirror module, and the args)."""
    page = browser.new_page()
    page.set_content("<!DOCTYPE html><html><body></body></html>")
    page.evaluate("async (src) => { const url = URL.createObjectURL(new Blob([src], {type: 'text/javascript'}));"
                  " window.mirror = await import(url); }", (JS_FOLDER / "mirror.js").read_text(encoding="utf-8"))

    def run(expression: str, *args):
        return page.evaluate(f"(args) => {{ const m = window.mirror; return ({expression})(...args); }}", list(args))

    yield run
    page.close()


def close(js_values, python_values) -> None:
    np.testing.assert_allclose(np.asarray(js_values, dtype=float), np.asarray(python_values, dtype=float),
                               rtol=RTOL, atol=ATOL)


def test_sigmoid_and_relu_including_z_of_plus_minus_1000(js):
    close(js("(zs) => zs.map(m.sigmoid)", Z_EDGES), nl.sigmoid(np.array(Z_EDGES)))
    close(js("(zs) => zs.map(m.sigmoidFast)", Z_EDGES), sigmoid_fast(np.array(Z_EDGES)))
    close(js("(zs) => zs.map(m.relu)", Z_EDGES), nl.relu(np.array(Z_EDGES)))
    assert js("(zs) => zs.map(m.sigmoid)", [-1000.0, 1000.0]) == [0.0, 1.0]


@pytest.mark.parametrize("activation", ["sigmoid", "relu"])
def test_one_neuron_with_negative_weights(js, activation):
    rng = np.random.default_rng(1)
    for n, scale in ((1, 6.0), (3, 4.0), (144, 2.0)):  # the explorers of 01, 02 (three weights) and 02 (12 × 12)
        a, w, b = rng.random(n), rng.uniform(-scale, scale, n), float(rng.uniform(-10, 10))
        z, out = nl.neuron(a, w, b, activation=activation)
        got = js("(a, w, b, name) => m.neuron(a, w, b, m.activation(name))", a.tolist(), w.tolist(), b, activation)
        close(got, [z, out])
    # z of ±1000: one weight of 1000 on an input of 1
    for w in (-1000.0, 1000.0):
        close(js("(w) => m.neuron([1], [w], 0)", w), nl.neuron(1.0, w, 0.0))


def test_a_layer_sigma_of_a_W_plus_b(js):
    rng = np.random.default_rng(2)
    for n_in, n_out in ((3, 3), (784, 16), (16, 10)):
        a, W, b = rng.random(n_in), rng.normal(0, 2, (n_in, n_out)), rng.normal(0, 1, n_out)
        z, a1 = nl.dense(a[None], W, b)
        got_z, got_a = js("(a, W, b) => m.dense(a, W, b).map((v) => Array.from(v))", a.tolist(), W.ravel().tolist(),
                          b.tolist())
        close(got_z, z[0])
        close(got_a, a1[0])


def digits(n: int = 8):
    (_, _), (X_test, y_test) = nl.data.load_bundled()
    return X_test[:n]


def kernels():
    """The presets, the largest weights the sliders allow (all +3, and ±3 in a checkerboard), and a random one."""
    rng = np.random.default_rng(3)
    checker = KERNEL_LIMIT * np.where(np.indices((3, 3)).sum(axis=0) % 2 == 0, 1.0, -1.0)
    return [*nl.conv.KERNELS.values(), np.full((3, 3), KERNEL_LIMIT), checker, rng.uniform(-3, 3, (3, 3))]


def test_the_3x3_convolution_relu_and_2x2_max_pool(js):
    images = [*(d / 255.0 for d in digits(4)), np.zeros((28, 28))]  # and an all-zero image
    for image in images:
        for K in kernels():
            feature = nl.conv2d(image[None], K[None])[0, 0]
            pooled = nl.max_pool2d(nl.relu(feature)[None, None])[0, 0]
            got_map, got_pool = js("(img, K) => { const f = m.conv2d(img, 28, 28, K);"
                                   " return [Array.from(f), Array.from(m.maxPool2d(f.map(m.relu), 26, 26))]; }",
                                   image.ravel().tolist(), K.ravel().tolist())
            close(got_map, feature.ravel())
            close(got_pool, pooled.ravel())


def network_data(net) -> dict:
    return {"W": [W.ravel().tolist() for W in net.W], "b": [b.tolist() for b in net.b], "sizes": net.sizes,
            "hidden": net.hidden, "output": net.output}


@pytest.mark.parametrize("hidden, output", [("sigmoid", "sigmoid"), ("relu", "softmax"), ("sigmoid", "softmax")])
def test_the_784_16_16_10_forward_pass_and_its_answer(js, hidden, output):
    net = nl.Network([784, 16, 16, 10], rng=4, hidden=hidden, output=output, dtype=np.float64)
    (X_train, y_train), _ = nl.data.load_bundled()
    net.fit(nl.flatten(X_train[:2000]), y_train[:2000], epochs=2, progress=False)  # trained: confident answers
    X = nl.flatten(np.concatenate([digits(), np.zeros((1, 28, 28), np.uint8)]))  # and an all-zero image
    for x in X:
        expected = net.activations(x[None])
        got = js("(net, x) => m.forward(net, x).map((a) => Array.from(a))", network_data(net), x.tolist())
        assert len(got) == len(expected) == 4
        for a_js, a_py in zip(got, expected, strict=True):
            close(a_js, a_py[0])
        assert js("(out) => m.argmax(out)", got[-1]) == int(np.argmax(expected[-1][0]))


def test_the_comparison_can_fail(js):
    """A wrong mirror would be caught: nnlib's σ against the JavaScript's ReLU differs beyond the tolerance."""
    with pytest.raises(AssertionError):
        close(js("(zs) => zs.map(m.relu)", [0.5, 1.0]), nl.sigmoid(np.array([0.5, 1.0])))
