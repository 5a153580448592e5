"""Every self-check, against right answers in other forms (float32, 0-d arrays, NumPy ints, lists) and wrong
answers of every kind (NaN, inf, None, strings, booleans, functions, wrong shapes, wrong values): a right answer
passes, a wrong one fails with a message in the learner's language, and no check ever raises."""

import re

import numpy as np
import pytest

import nnlib as nl
from nnlib import checks
from nnlib.checks import CheckResult


def my_function(z):
    return z


NOT_NUMBERS = [float("nan"), float("inf"), -float("inf"), np.float32("nan"), np.array(float("nan")), None, "0", True,
               np.True_, [0.0], np.array([0.0]), my_function, {}, 1j, ...]


def failed_with_message(result) -> bool:
    return isinstance(result, CheckResult) and not result and len(result.message) > len("Not yet: ")


def in_language(message: str, lang: str) -> bool:
    """The message is in ``lang``: Chinese characters in zh-CN, none in English."""
    has_chinese = any("\u4e00" <= ch <= "\u9fff" for ch in message)
    return has_chinese == (lang == "zh-CN")


# -- the examples of issue 13 ----------------------------------------------------------------------------------

def test_nan_is_never_correct(lang):
    nan = float("nan")
    results = [checks.half_input(nan), checks.switch_neuron(nan, -10), checks.switch_neuron(20, nan),
               checks.fire_above_three(nan), checks.zero_weight(nan), checks.parameter_total(nan),
               checks.conv_pixel(nan, np.zeros((5, 5)), np.ones((3, 3)), 0, 0),
               checks.bottom_bar_detector(np.full((12, 12), nan)), checks.line_kernel(np.full((3, 3), nan)),
               checks.layer_shapes(np.full((784, 16), nan), np.zeros(16)),
               checks.leaky_relu(lambda z: z * nan)]
    for result in results:
        assert failed_with_message(result) and in_language(result.message, lang), result.message
    assert "nan" in checks.half_input(nan).message


def test_layer_shapes_wants_zeros(lang):
    result = checks.layer_shapes(np.ones((784, 16)), np.ones(16))
    assert failed_with_message(result) and "np.zeros" in result.message and in_language(result.message, lang)
    assert "12544" in result.message  # how many values are not 0
    assert not checks.layer_shapes(np.zeros((784, 16)), np.ones(16))


def confusion_with_most_at_3_2() -> np.ndarray:
    C = np.diag(np.full(10, 50))
    C[3, 2], C[4, 9], C[7, 1] = 9, 5, 4
    return C


@pytest.mark.parametrize("pair", [(-7, -8), (3.7, 2.2), "32", (10, 0), (0, 10), (3, 2, 0), (3,), None, 3,
                                  (float("nan"), 2), (float("inf"), 2), (True, 2), ("3", "2"), ...])
def test_most_confused_refuses_pairs_that_are_not_a_cell(pair, lang):
    result = checks.most_confused(pair, confusion_with_most_at_3_2())
    assert failed_with_message(result) and in_language(result.message, lang), result.message


def test_most_confused_names_the_range(lang):
    result = checks.most_confused((10, 0), confusion_with_most_at_3_2())
    assert "0" in result.message and "9" in result.message and "10" in result.message


@pytest.mark.parametrize("pair", [(3, 2), [3, 2], np.array([3, 2]), (np.int64(3), np.int64(2)), (3.0, 2.0),
                                  np.unravel_index(20 + 2 + 10, (10, 10)), (np.array(3), np.array(2))])
def test_most_confused_accepts_the_pair_in_any_form(pair):
    result = checks.most_confused(pair, confusion_with_most_at_3_2())
    assert result, result.message


def test_most_confused_wrong_cells():
    C = confusion_with_most_at_3_2()
    assert "diagonal" in checks.most_confused((3, 3), C).message
    assert "9" in checks.most_confused((4, 9), C).message
    assert failed_with_message(checks.most_confused((3, 2), None))


@pytest.mark.parametrize("shapes", [((float("inf"), 24), (12, 12)), ((24, 24), (12, 12.5)), "((24, 24), (12, 12))",
                                    ((24, 24),), (24, 12), ((24, 24), (12, 12), (6, 6)), ((24, 24), "12"),
                                    ((28, 28), (14, 14)), ((24, 24), (13, 13)), ((26, 26), (13, 13)), None,
                                    float("nan"), ...])
def test_conv_shapes_refuses(shapes, lang):
    result = checks.conv_shapes(shapes)
    assert failed_with_message(result) and in_language(result.message, lang), result.message


@pytest.mark.parametrize("shapes", [((24, 24), (12, 12)), [[24, 24], [12, 12]], (np.array([24, 24]), (12, 12)),
                                    ((np.int64(24), 24), (12.0, 12.0)), np.array([[24, 24], [12, 12]])])
def test_conv_shapes_accepts(shapes):
    assert checks.conv_shapes(shapes)


def test_leaky_relu_with_max_shows_the_array_hint_without_the_answer(lang):
    result = checks.leaky_relu(lambda z: max(0.1 * z, z))
    assert failed_with_message(result) and "ValueError" in result.message and "NumPy" in result.message
    assert "np.where" not in result.message and "np.maximum" not in result.message  # leads, does not give it
    assert in_language(result.message, lang)


def test_leaky_relu_without_return(lang):
    def no_return(z):
        np.where(z > 0, z, 0.1 * z)

    result = checks.leaky_relu(no_return)
    assert failed_with_message(result) and "return" in result.message and "None" in result.message
    assert "nan" not in result.message and in_language(result.message, lang)


@pytest.mark.parametrize("fn", [lambda z: z, abs, lambda z: -z, nl.relu, lambda z: np.maximum(0, z) + 1,
                                lambda z: "0", lambda z: [0, 0], lambda z: np.full(3, np.nan), lambda z: 1 / 0,
                                lambda z: ..., lambda z: np.where(z > 0, z, 0.01 * z), lambda z: 0.1 * z,
                                lambda z: np.where(z > 0, z, 0.1 * np.atleast_1d(z)), "relu", None])
def test_leaky_relu_refuses(fn, lang):
    result = checks.leaky_relu(fn)
    assert failed_with_message(result) and in_language(result.message, lang), result.message


@pytest.mark.parametrize("fn", [lambda z: np.where(z > 0, z, 0.1 * z), lambda z: np.maximum(0.1 * z, z),
                                lambda z: z * np.where(z > 0, 1.0, 0.1), lambda z: nl.relu(z) + 0.1 * np.minimum(0, z),
                                lambda z: np.maximum(0.1 * np.asarray(z, dtype=np.float32), z)])
def test_leaky_relu_accepts(fn):
    assert checks.leaky_relu(fn)


def test_right_answers_in_float32_and_0d_arrays():
    a = np.array([0.9, 0.2, 0.6], dtype=np.float32)
    w2_32 = -(np.float32(1.5) * a[0] + np.float32(0.5) * a[2] - np.float32(0.5)) / a[1]
    assert w2_32.dtype == np.float32 and float(w2_32) != -5.75  # float32 rounding: not exactly -5.75
    for w2 in (w2_32, np.array(w2_32), np.array(-5.75), -5.75, np.float64(-5.75), -23 / 4):
        assert checks.zero_weight(w2), checks.zero_weight(w2).message
    for a_half in (1.5, np.float32(1.5), np.array(1.5), 3 / 2, np.array(1.5, dtype=np.float16)):
        assert checks.half_input(a_half)
    for b in (-6, -6.0, np.float32(-6), np.int16(-6), np.array(-6.0)):
        assert checks.fire_above_three(b)
    for n in (25450, 25450.0, np.int64(25450), np.array(25450), np.float32(25450)):
        assert checks.parameter_total(n)
    assert checks.switch_neuron(np.float32(20), np.array(-10))


def test_html_is_escaped(lang):
    page = checks.half_input(my_function)._repr_html_()
    assert "&lt;function my_function&gt;" in page and "<function" not in page
    assert "<script>" not in checks.half_input("<script>alert(1)</script>")._repr_html_()


@pytest.mark.parametrize("value", NOT_NUMBERS, ids=repr)
def test_number_checks_refuse_what_is_not_a_number(value, lang):
    for result in (checks.half_input(value), checks.fire_above_three(value), checks.zero_weight(value),
                   checks.parameter_total(value), checks.switch_neuron(value, -10), checks.switch_neuron(20, value),
                   checks.conv_pixel(value, np.zeros((5, 5)), np.ones((3, 3)), 0, 0),
                   checks.my_accuracy(value, nl.Network([784, 10], 0), np.zeros((3, 784)), np.zeros(3, int))):
        assert failed_with_message(result) and in_language(result.message, lang), result.message


def test_parameter_total_wants_a_whole_number(lang):
    result = checks.parameter_total(25450.5)
    assert failed_with_message(result) and "25450.5" in result.message


NOT_ARRAYS = [None, "zeros", my_function, np.array(["a"] * 9).reshape(3, 3), np.zeros((3, 3), dtype=bool),
              [[1, 2], [3]], {}, 0.0, ...]


@pytest.mark.parametrize("value", NOT_ARRAYS, ids=repr)
def test_array_checks_refuse_what_is_not_an_array(value, lang):
    X, W, b = np.array([[1.0, 0.0], [0.5, 0.5]]), np.array([[1.0, -1.0], [0.5, 3.0]]), np.array([0.0, -1.0])
    for result in (checks.bottom_bar_detector(value), checks.line_kernel(value),
                   checks.layer_shapes(value, np.zeros(16)), checks.layer_shapes(np.zeros((784, 16)), value),
                   checks.layer_output(value, X, W, b)):
        assert failed_with_message(result) and in_language(result.message, lang), result.message


def test_array_checks_accept_other_forms():
    assert checks.layer_shapes(np.zeros((784, 16), dtype=np.float32), [0] * 16)
    assert checks.layer_shapes(np.zeros((784, 16), dtype=int), np.zeros(16, dtype=np.float32))
    K = [[-1, -1, -1], [2, 2, 2], [-1, -1, -1]]
    assert checks.line_kernel(K) and checks.line_kernel(np.array(K, dtype=np.float32))
    w = np.zeros((12, 12), dtype=np.float32)
    w[9, 2:10], w[:8] = 1, -1
    assert checks.bottom_bar_detector(w) and checks.bottom_bar_detector(w.tolist())
    X, W, b = np.array([[1.0, 0.0], [0.5, 0.5]]), np.array([[1.0, -1.0], [0.5, 3.0]]), np.array([0.0, -1.0])
    assert checks.layer_output(nl.sigmoid(X @ W + b).astype(np.float32), X, W, b)
    assert checks.layer_output(nl.sigmoid(X @ W + b).tolist(), X, W, b)
    assert not checks.layer_output(np.full((2, 2), np.nan), X, W, b)


def small_network_data():
    rng = np.random.default_rng(0)
    net = nl.Network([784, 16, 10], rng)
    X, y = rng.random((40, 784)).astype(np.float32), rng.integers(0, 10, 40)
    return net, X, y


def test_accuracy_check(lang):
    net, X, y = small_network_data()
    share = np.mean(net.predict(X) == y)
    for right in (share, float(share), np.float32(share), np.array(share)):
        assert checks.my_accuracy(right, net, X, y), checks.my_accuracy(right, net, X, y).message
    for wrong in (100 * share, share + 0.1, 1.0, float("nan"), "0.1", None):
        result = checks.my_accuracy(wrong, net, X, y)
        assert failed_with_message(result) and in_language(result.message, lang)
    for bad_net in (None, {"loss": [1.0]}, "net", 3, ...):  # the accuracy(v, None, ...) raised
        result = checks.my_accuracy(share, bad_net, X, y)
        assert failed_with_message(result) and in_language(result.message, lang), result.message
    assert failed_with_message(checks.my_accuracy(share, net, None, y))
    assert failed_with_message(checks.my_accuracy(share, net, np.zeros((5, 3)), y))  # a broken X: explained


def test_modern_network_check(lang):
    net, X, y = small_network_data()
    history = {"loss": [0.3], "accuracy": [0.9], "val_accuracy": []}
    result = checks.modern_network(history, X, y)
    assert failed_with_message(result) and "fit" in result.message and in_language(result.message, lang)
    assert "relu" in checks.modern_network(net, X, y).message  # sigmoid network: the wrong kind
    modern = nl.Network([784, 16, 10], 0, hidden="relu", output="softmax")
    assert "90" in checks.modern_network(modern, X, y).message  # untrained
    for bad in (None, 3, "modern", nl.CNN(0)):
        assert failed_with_message(checks.modern_network(bad, X, y))


def test_conv_pixel_accepts_float32():
    image, K = np.random.default_rng(1).random((28, 28)), np.random.default_rng(2).normal(size=(3, 3))
    pixel = np.sum(K.astype(np.float32) * image[14:17, 6:9].astype(np.float32))
    assert pixel.dtype == np.float32 and checks.conv_pixel(pixel, image, K, 14, 6)
    assert checks.conv_pixel(np.array(np.sum(K * image[14:17, 6:9])), image, K, 14, 6)
    assert not checks.conv_pixel(np.sum(K * image[6:9, 14:17]), image, K, 14, 6)


WEIRD = [None, float("nan"), "x", object(), my_function, [], {}, -1, np.zeros((0,)), ..., np.full((3, 3), np.inf)]

CALLS = {
    "half_input": (checks.half_input, [1.5]),
    "leaky_relu": (checks.leaky_relu, [lambda z: np.where(z > 0, z, 0.1 * z)]),
    "switch_neuron": (checks.switch_neuron, [20.0, -10.0]),
    "fire_above_three": (checks.fire_above_three, [-6.0]),
    "zero_weight": (checks.zero_weight, [-5.75]),
    "bottom_bar_detector": (checks.bottom_bar_detector, [np.vstack([-np.ones((8, 12)), np.zeros((1, 12)),
                                                                   np.ones((1, 12)), np.zeros((2, 12))])]),
    "layer_shapes": (checks.layer_shapes, [np.zeros((784, 16)), np.zeros(16)]),
    "parameter_total": (checks.parameter_total, [25450]),
    "layer_output": (checks.layer_output, [nl.sigmoid(np.eye(2) @ np.eye(2)), np.eye(2), np.eye(2), np.zeros(2)]),
    "most_confused": (checks.most_confused, [(3, 2), confusion_with_most_at_3_2()]),
    "conv_shapes": (checks.conv_shapes, [((24, 24), (12, 12))]),
    "conv_pixel": (checks.conv_pixel, [0.0, np.zeros((5, 5)), np.ones((3, 3)), 0, 0]),
    "line_kernel": (checks.line_kernel, [[[-1, -1, -1], [2, 2, 2], [-1, -1, -1]]]),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_no_check_raises_and_none_accepts_a_weird_value(name):
    check, args = CALLS[name]
    assert check(*args), f"the right answer of {name} must pass: {check(*args).message}"
    answers = 2 if name == "switch_neuron" else 1
    for position in range(answers):
        for weird in WEIRD:
            values = list(args)
            values[position] = weird
            result = check(*values)
            assert failed_with_message(result), (name, position, weird, result)


# -- issue 24: a wrong try never shows the answer ---------------------------------------------------------------

def line_kernel_answer():
    return np.array([[-1.0, -1.0, -1.0], [2.0, 2.0, 2.0], [-1.0, -1.0, -1.0]])


# check -> (wrong tries, each a tuple of arguments; what would give the answer away in a message)
LEAKS = {
    "half_input (01.1, a = 1.5)": (checks.half_input, [(0,), (0.5,), (1,), (2,), (3,), (-1,), (10,)],
                                   [r"(?<![\d.])1\.5(?!\d)", r"3\s*/\s*2"]),
    "leaky_relu (01.2)": (checks.leaky_relu, [(nl.relu,), (lambda z: z,), (lambda z: max(0.1 * z, z),),
                                              (lambda z: np.where(z > 0, z, 0.01 * z),), (lambda z: None,)],
                          [r"np\.where", r"np\.maximum", r"0\.1\s*\*\s*z", r"z\s*\*\s*0\.1"]),
    "fire_above_three (02.1, b = -6)": (checks.fire_above_three, [(-3,), (-10,), (-12,), (6,), (0,), (3,)],
                                        [r"[-−]\s*6(?!\d|\.\d)"]),
    "zero_weight (02.2, w2 = -5.75)": (checks.zero_weight, [(-2,), (0,), (-5,), (-6,), (5.75,)],
                                       [r"[-−]\s*5\.75", r"[-−]23\s*/\s*4"]),
    "bottom_bar_detector (02.3)": (checks.bottom_bar_detector,
                                   [(np.zeros((12, 12)),), (nl.patterns.weight_patterns()["top bar"],),
                                    (np.ones((12, 12)),)], [r"\[\s*9\s*,", r"row 9", r"第 9 行"]),
    "accuracy (04.1)": (None, [], []),  # below: the answer depends on the network
    "conv_shapes (05.1, 24 and 12)": (checks.conv_shapes, [(((26, 26), (13, 13)),), (((28, 28), (14, 14)),),
                                                           (((24, 24), (13, 13)),), (((23, 23), (11, 11)),)],
                                      [r"(?<!\d)24(?!\d)", r"(?<!\d)12(?!\d)"]),
    "line_kernel (05.3)": (checks.line_kernel, [(nl.conv.KERNELS["horizontal edge"],), (np.ones((3, 3)),),
                                                (-nl.conv.KERNELS["horizontal edge"],),
                                                (np.array([[0, 0, 0], [1, 1, 1], [0, 0, 0]]),)],
                           [r"2,\s*2,\s*2", r"-1,\s*-1,\s*-1", r"\[\["]),
}


@pytest.mark.parametrize("name", [name for name in LEAKS if LEAKS[name][0] is not None])
def test_no_wrong_try_shows_the_answer(name, lang):
    check, tries, answer_forms = LEAKS[name]
    for args in tries:
        result = check(*args)
        assert failed_with_message(result) and in_language(result.message, lang), (args, result.message)
        leaked = [form for form in answer_forms if re.search(form, result.message)]
        assert not leaked, f"{name}: the message for a wrong try {args!r} gives the answer away: {result.message}"


def test_accuracy_given_a_percentage_does_not_print_the_share(lang):
    net, X, y = small_network_data()
    share = float(np.mean(net.predict(X) == y))
    result = checks.my_accuracy(100 * share, net, X, y)
    assert failed_with_message(result) and in_language(result.message, lang)
    for form in (f"{share:.4f}", f"{share:.3f}", f"{share:.2f}", f"{share:g}", repr(share)):
        assert form not in result.message, result.message


def test_the_leak_test_would_catch_a_leak():
    leaky = CheckResult(False, "Not yet: 0.5 is wrong, the answer is a = 1.5.")
    assert re.search(LEAKS["half_input (01.1, a = 1.5)"][2][0], leaky.message)
    assert re.search(LEAKS["fire_above_three (02.1, b = -6)"][2][0], "use b = -6.")
    assert not re.search(LEAKS["fire_above_three (02.1, b = -6)"][2][0], "b = -12 fires above 6.")
