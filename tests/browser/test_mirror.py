"""The JavaScript that draws the explorers mirrors nnlib's math: the same inputs, fed to js/mirror.js in Chromium
and to nnlib in Python, give the same numbers.

Every number is compared with a relative tolerance of 1e-6, and an absolute one of 1e-12 for numbers that are
almost 0: σ(z) far out in its tails is computed by nnlib's network as ½·(1 + tanh(z/2)), where the two sides'
tanh may differ in their last bit (1e-16), which is then all that is left of a value of 1e-13. The winning digit
must be the same. Edge cases: z of ±1000, negative weights, an all-zero image, the largest kernel weights the
explorers' sliders allow (±3), a ReLU network and a softmax output.

Beyond mirror.js, the math the explorers' own modules show (each loaded whole, as the browser loads it:
``nnlib.widgets.base.esm(kind)``): the number formatting of js/base.js (``fixed``, ``general``, ``format``) against
Python's, the drawing pad's strokes → 28 × 28 digit (js/pad.js), the image neuron's weights (js/image_neuron.js),
the parameter counter (js/parameters.js) and the network diagram's strongest connections (js/network.js).
"""

import re

import numpy as np
import pytest

import nnlib as nl
from nnlib.activations import sigmoid_fast
from nnlib.drawing import PAD, PEN, mnist_style, rasterize
from nnlib.layers import parameter_count
from nnlib.patterns import pattern_weights, weight_patterns
from nnlib.plots import NetworkDiagram
from nnlib.widgets.base import JS_FOLDER, esm, fixed
from nnlib.widgets.kernels import KERNEL_LIMIT
from nnlib.widgets.network_view import STRONGEST

RTOL, ATOL = 1e-6, 1e-12
Z_EDGES = [-1000.0, -745.0, -700.0, -40.0, -10.0, -1.0, -1e-9, 0.0, 1e-9, 0.5, 1.0, 10.0, 40.0, 700.0, 1000.0]


LOAD = ("async ([name, src]) => { const url = URL.createObjectURL(new Blob([src], {type: 'text/javascript'}));"
        " window.modules = window.modules || {}; window.modules[name] = await import(url); }")


@pytest.fixture(scope="module")
def page(browser):
    page = browser.new_page()
    page.set_content("<!DOCTYPE html><html><body></body></html>")
    page.evaluate(LOAD, ["mirror", (JS_FOLDER / "mirror.js").read_text(encoding="utf-8")])
    yield page
    page.close()


@pytest.fixture(scope="module")
def js(page):
    """``js(expression, *args)``: evaluate ``expression`` (a function of ``m``, the mirror module, and the args)."""

    def run(expression: str, *args):
        return page.evaluate(f"(args) => {{ const m = window.modules.mirror; return ({expression})(...args); }}",
                             list(args))

    return run


@pytest.fixture(scope="module")
def kind_js(page):
    """``kind_js(kind, expression, *args)``: as ``js``, with ``m`` the whole module the browser loads for the
    explorer ``kind`` (``esm(kind)``: mirror.js, base.js, the shared files and js/<kind>.js), loaded on first use."""
    loaded = set()

    def run(kind: str, expression: str, *args):
        if kind not in loaded:
            page.evaluate(LOAD, [kind, esm(kind)])
            loaded.add(kind)
        return page.evaluate(f"(args) => {{ const m = window.modules[{kind!r}]; return ({expression})(...args); }}",
                             list(args))

    return run


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


def test_a_wrong_weight_is_caught(js):
    """A wrong mirror would be caught: one weight of the network off by 1e-4 (of the brightest pixel's connection to
    the first hidden neuron) moves that neuron's activation, and so the answer's numbers, beyond the tolerance."""
    net = nl.Network([784, 16, 16, 10], rng=4, dtype=np.float64)
    x = nl.flatten(digits(1))[0]
    expected = net.activations(x[None])
    data = network_data(net)
    data["W"][0][int(np.argmax(x)) * 16] += 1e-4  # W[0][brightest pixel, neuron 0]
    got = js("(net, x) => m.forward(net, x).map((a) => Array.from(a))", data, x.tolist())
    close(got[0], expected[0][0])  # the input is untouched
    for layer in (1, 2, 3):
        with pytest.raises(AssertionError):
            close(got[layer], expected[layer][0])


# The explorers' own math: number formatting, drawing pad, image neuron, parameter counter, network diagram -------

AWKWARD = [0, 1.125, 0.125, 2.675, 1.115, -1.25, -0.001, 9.96, 9.995, 1e-5, 12345.6, 123456789, 0.5, 1.5, 2.5, -2.5,
           1234.5, 0.045]
FIELD_SPECS = ["{x:.2f}", "{x:.3f}", "{n:,}", "{x:g}", "{x:.2g}", "{ratio:,.0f}", "{x:.1f}"]


def test_fixed_rounds_as_python_including_ties_and_never_writes_minus_zero(kind_js):
    for digits_ in (0, 1, 2, 3):
        got = kind_js("parameters", "(xs, d) => xs.map((x) => m.fixed(x, d))", AWKWARD, digits_)
        assert got == [fixed(x, digits_) for x in AWKWARD], digits_


def test_general_is_pythons_g_format(kind_js):
    for digits_ in (1, 2, 3, 4, 6):
        got = kind_js("parameters", "(xs, d) => xs.map((x) => m.general(x, d))", AWKWARD, digits_)
        assert got == [f"{x:.{digits_}g}" for x in AWKWARD], digits_


def test_general_rounds_ties_to_even_in_exponent_notation_too(kind_js):
    """Exact ties in exponent notation (12500 at .2g is 1.2e+04 in Python), and a rounding that adds a digit."""
    cases = [(12500, 2), (125000, 2), (1234565, 6), (99999, 2), (-12500, 2), (0.000125, 2), (9.5e-05, 1)]
    got = kind_js("parameters", "(cases) => cases.map(([x, d]) => m.general(x, d))", cases)
    assert got == [f"{x:.{d}g}" for x, d in cases]


def test_format_is_pythons_str_format_for_the_specs_nnlibs_texts_use(kind_js):
    """Every spec with every awkward value ({n:,} with whole numbers, what it is used for: Python writes a float
    there as its repr, 1e-05 or 123456789.0, which is not meant), as a template with text around it, except where
    Python writes a negative zero ("-0.00"), which the browser never does (checked below)."""
    cases = []
    for spec in FIELD_SPECS:
        name = spec[1:spec.index(":")]
        values = [int(x) for x in AWKWARD] + [-1234567, 1000, 999] if name == "n" else AWKWARD
        for x in values:
            template = f"a {spec} b"
            expected = template.format(**{name: x})
            if not re.fullmatch(r"-0(\.0*)?", expected.split(" ")[1]):
                cases.append((template, {name: x}, expected))
    got = kind_js("parameters", "(cases) => cases.map(([template, fields]) => m.format(template, fields))",
                  [[template, fields] for template, fields, _ in cases])
    assert got == [expected for _, _, expected in cases]
    assert len(cases) > 100
    # two fields in one template, and a field that is not given stays as it is
    assert kind_js("parameters", "(f) => m.format('{n:,} of {x:.2f}, {y}', f)", {"n": 123456, "x": 2.675}) == \
        "123,456 of 2.67, {y}"
    # the one difference from Python: no "-0.00"
    assert kind_js("parameters", "() => m.format('{x:.2f}', {x: -0.001})") == "0.00"
    assert f"{-0.001:.2f}" == "-0.00"


def circle(points: int = 30, centre=(140.0, 150.0), radius: float = 80.0) -> list:
    """A circle-ish polyline, its points rounded to a tenth of a pixel as the pad records them."""
    angles = np.linspace(0, 2 * np.pi, points)
    return [[round(centre[0] + radius * np.cos(a), 1), round(centre[1] - 0.8 * radius * np.sin(a), 1)]
            for a in angles]


STROKES = {
    "vertical line": [[[140, 40], [140, 240]]],
    "L": [[[90.5, 40.3], [90.5, 230.7], [200.2, 230.7]]],
    "circle": [circle()],
    "two strokes": [[[60, 60], [220, 60], [120.4, 240.6]], [[100.1, 150.2], [200.7, 150.2]]],
    "single point": [[[140, 140]]],
    "tiny stroke": [[[140.3, 140.1], [142.6, 141.2]]],
    "near the edge": [[[2.5, 5.1], [270.4, 40.2], [276.9, 277.3]]],
}


@pytest.mark.parametrize("name", STROKES)
def test_the_drawing_pads_strokes_to_a_28x28_digit(kind_js, name):
    """js/pad.js's rasterize + mnistStyle against nnlib.drawing's, PIL's Lanczos resize included.

    Up to one grey level per pixel, in a handful of pixels at most: nnlib rasterizes in float32 (the points, the
    distance of each pixel centre to the pen), the browser in float64, so a pixel of the pen's soft edge can land
    on the other side of a whole grey level (×255, then cut to uint8); PIL's resize then carries that one level
    into a few neighbouring pixels. Anything more (a shifted or scaled digit) fails."""
    strokes = STROKES[name]
    expected = mnist_style(rasterize(strokes)).astype(int)
    got = np.array(kind_js("pad", "(strokes, size, pen) => Array.from(m.mnistStyle(m.rasterize(strokes, size, pen),"
                                  " size))", strokes, PAD, PEN)).reshape(28, 28)
    assert expected.sum() > 0
    differ = np.abs(got - expected)
    assert differ.max() <= 1, (name, np.argwhere(differ > 1).tolist())
    assert np.count_nonzero(differ) <= 6, (name, np.count_nonzero(differ))


def test_the_empty_pad_is_an_empty_digit(kind_js):
    got = kind_js("pad", "(size, pen) => Array.from(m.mnistStyle(m.rasterize([[]], size, pen), size))", PAD, PEN)
    assert got == [0] * 784


@pytest.mark.parametrize("pattern", weight_patterns())
def test_the_image_neurons_weights(kind_js, pattern):
    shape = weight_patterns()[pattern]
    for positive, negative in ((1.0, 1.0), (0.0, 2.0), (2.0, 0.0), (0.0, 0.0), (2.0, 2.0), (0.35, 1.6)):
        got = kind_js("image_neuron", "(p, pos, neg) => Array.from(m.patternWeights(p, pos, neg))",
                      shape.ravel().tolist(), positive, negative)
        close(got, pattern_weights(shape, positive, negative).ravel())


def test_the_parameter_counter(kind_js):
    for sizes in ([784, 16, 16, 10], [784, 1, 1, 10], [784, 128, 128, 10], [784, 10], [3, 3]):
        assert kind_js("parameters", "(sizes) => m.parameterCount(sizes)", sizes) == list(parameter_count(sizes))


def python_strongest(diagram: NetworkDiagram, activations, weights, strongest: int) -> list:
    """NetworkDiagram.update's choice: per pair of columns, {(i, j): line width} of the connections drawn, i the
    index among the circles drawn of the column (for the input, among ``diagram.inputs``)."""
    diagram.update(activations, weights, strongest)
    chosen = []
    for k, lines in enumerate(diagram.edges):
        n_out = len(diagram.y[k + 1])
        widths = np.asarray(lines.get_linewidths(), dtype=float)
        chosen.append({divmod(int(n), n_out): float(widths[n]) for n in np.flatnonzero(widths > 0)})
    return chosen


def js_strongest(kind_js, inputs, activations, weights, strongest: int) -> list:
    """js/network.js drawEdges's choice, the same way: it draws into a stand-in figure whose axes map (column,
    height) to itself, with each circle's height its index, so every line drawn says which (i, j) it joins."""
    chosen = []
    for k, W in enumerate(weights):
        rows = inputs if k == 0 else list(range(W.shape[0]))
        a = activations[0][inputs] if k == 0 else activations[k]
        lines = kind_js("network", "(k, a, W, nOut, rows, strongest) => { const lines = [];"
                        " const fig = { line: (points, style) => lines.push([points, style.width]) };"
                        " const ax = { x: (v) => v, y: (v) => v };"
                        " const ys = [rows.map((_, i) => i), Array.from({ length: nOut }, (_, j) => j)];"
                        " m.drawEdges(fig, ax, 0, a, W, nOut, rows, ys, strongest); return lines; }",
                        k, a.tolist(), W.ravel().tolist(), W.shape[1], [int(i) for i in rows], strongest)
        chosen.append({(int(p[0][1]), int(p[1][1])): width for p, width in lines})
    return chosen


@pytest.mark.parametrize("strongest", [1, 5, STRONGEST, 10_000])
def test_the_network_diagrams_strongest_connections(kind_js, strongest):
    """The same connections (i, j) between each pair of columns, for random activations and weights (no ties),
    also with some activations 0 (their connections are never drawn), and the same widths up to js/network.js's
    unit (matplotlib points in pixels): compared as ratios to the widest."""
    diagram = NetworkDiagram()
    rng = np.random.default_rng(5)
    for zeros in (False, True):
        activations = [rng.random(n) for n in diagram.sizes]
        shapes = zip(diagram.sizes[:-1], diagram.sizes[1:], strict=True)
        weights = [rng.normal(0, 1, (n_in, n_out)) for n_in, n_out in shapes]
        if zeros:
            activations[0][diagram.inputs[::2]] = 0.0
            activations[1][:5] = 0.0
        expected = python_strongest(diagram, activations, weights, strongest)
        got = js_strongest(kind_js, diagram.inputs, activations, weights, strongest)
        for k, (py, js_) in enumerate(zip(expected, got, strict=True)):
            assert set(js_) == set(py), (k, strongest, zeros)
            pairs = sorted(py)
            close([js_[p] / max(js_.values()) for p in pairs], [py[p] / max(py.values()) for p in pairs])
            if strongest == 10_000:  # all of them, but those from an activation of 0
                lit = activations[0][diagram.inputs] if k == 0 else activations[k]
                assert len(py) == np.count_nonzero(lit) * weights[k].shape[1]


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_the_network_diagram_names_its_neurons_where_python_does(kind_js, lang):
    """js/network.js drawNames writes each output's name and each named hidden neuron's name (notebook 04 §3: the
    parts of hidden layer 2) beside its circle, where NetworkDiagram.name puts it, in the learner's language."""
    nl.set_language(lang)
    try:
        names = [nl.t(p) for p in ("loop on top", "loop at the bottom", "upper left line", "upper right line",
                                   "lower right line", "bar across")]
        ex = nl.widgets.network_explorer(nl.Network([784, 16, 6, 3], 0), np.zeros((1, 28, 28), np.uint8),
                                         output_names=["4", "8", "9"], hidden_names={2: names})
    finally:
        nl.set_language(None)
    diagram = ex.artists["diagram"]
    written = kind_js("network", "(ys, names, hidden) => { const out = [];"
                      " const ctx = { save() {}, restore() {}, strokeText() {},"
                      " fillText: (s, x, y) => out.push([s, x, y]) };"
                      " const fig = { ctx, text: (s, x, y) => out.push([s, x, y]) };"
                      " const ax = { x: (v) => v, y: (v) => v };"
                      " m.drawNames(fig, ax, ys, names, hidden); return out; }",
                      ex.data["y"], ex.data["names"], ex.data["hidden_names"])
    expected = [(text.get_text(), *text.get_position()) for k in (3, 2) for text in diagram.labels[k]]
    assert [w[0] for w in written] == [e[0] for e in expected] and names[0] in [w[0] for w in written]
    close([w[1:] for w in written], [e[1:] for e in expected])
