"""Self-checks for the exercises: each returns a ``CheckResult`` that says what is right or what is wrong.

A check never raises, never accepts a wrong answer, and never shows the answer on a wrong try: a message says
what the learner's own value gives and where to look, not what the right value is
(``tests/test_learner_checks.py``, ``test_no_wrong_try_shows_the_answer``). Every check is written the same way,
so that a new one gets the same guarantees for free::

    @self_check
    def half_point(z_half) -> CheckResult:
        z = one_number("z_half", z_half)      # a real, finite number, or the check stops here and explains why
        if abs(float(sigmoid(z)) - 0.5) > 1e-6:
            return failed(t("check_half_point", value=shown(z), got=float(sigmoid(z))))
        return passed()

The guard ``@self_check`` turns what the answer helpers raise (``NotYet``) into a failed result, and anything
else that goes wrong inside the check (a learner's value that breaks a formula) into a failed result too: never
a traceback. The answer helpers accept right answers in every usual form and refuse the rest:

- ``one_number(name, value)``: Python and NumPy ints and floats (float32, ``np.int64``) and 0-d arrays; refuses
  ``...``, ``None``, strings, booleans, containers, functions, NaN and ±inf;
- ``whole_number(name, value)``: the same, and the value must be a whole number (``25450`` or ``25450.0``);
- ``array(name, value, shape)``: arrays and nested lists of numbers of exactly ``shape``, all finite;
- ``integers(name, value, count)``: a tuple, list or array of ``count`` whole numbers (``np.unravel_index``'s
  result included); refuses strings (``"32"`` is not ``(3, 2)``) and non-integral floats;
- ``function(name, fn)`` and ``call(name, fn, arg)``: a callable, and its return value for ``arg`` as a float
  array, with messages for an exception, a missing ``return`` (None) and a non-number;
- ``network_like(name, net)``: a network (something with ``predict``), with a message for ``None`` and for the
  history dict that ``fit`` returns.

``shown(value)`` is a short, readable form of any value for a message; the HTML view escapes every message.
"""

import functools
import html
import math
from numbers import Real

import numpy as np

from . import patterns
from .activations import relu, sigmoid
from .conv import conv2d
from .i18n import language, t
from .layers import dense, parameter_count
from .neuron import neuron


class CheckResult:
    """The verdict of a self-check: ``ok`` (also its truth value) and a ``message`` for the learner."""

    def __init__(self, ok: bool, message: str):
        self.ok, self.message = ok, message

    def __bool__(self) -> bool:
        return self.ok

    def __repr__(self) -> str:
        return ("✅ " if self.ok else "❌ ") + self.message

    def _repr_html_(self) -> str:
        colour = "#0072B2" if self.ok else "#D55E00"
        mark = "✅" if self.ok else "❌"
        return f"<div style='font-size:1.2em;color:{colour}'>{mark} {html.escape(self.message, quote=False)}</div>"


def passed() -> CheckResult:
    return CheckResult(True, t("check_ok"))


def failed(reason: str) -> CheckResult:
    return CheckResult(False, t("check_not_yet") + reason)


class NotYet(Exception):
    """Raised by the answer helpers: the answer is not right yet, for the reason given (in the learner's language)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class _Shown:
    """A value as a message shows it: ``repr`` of it, short (``{value!r}`` in a text gives this form)."""

    def __init__(self, value):
        if callable(value) and hasattr(value, "__name__"):
            text = f"<{type(value).__name__} {value.__name__}>"
        elif isinstance(value, np.ndarray):
            text = f"array of shape {value.shape}" if value.size > 12 else repr(value)
        else:
            text = repr(value)
        self.text = text if len(text) <= 120 else text[:117] + "..."

    def __repr__(self) -> str:
        return self.text

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)


def shown(value) -> _Shown:
    """A short, readable form of ``value`` for a message (long arrays and reprs are cut)."""
    return _Shown(value)


def self_check(check):
    """The guard of every self-check: what ``NotYet`` or any other error says becomes a failed result."""

    @functools.wraps(check)
    def guarded(*args, **kwargs) -> CheckResult:
        try:
            result = check(*args, **kwargs)
        except NotYet as wrong:
            return failed(wrong.reason)
        except Exception as error:  # the learner's values broke a formula inside the check: explain, never raise
            return failed(t("check_internal", error=f"{type(error).__name__}: {error}"))
        return result if isinstance(result, CheckResult) else passed()

    return guarded


def _fill_in(name: str, value) -> None:
    if value is Ellipsis:
        raise NotYet(t("check_fill_in", name=name))


def one_number(name: str, value) -> float:
    """``value`` as a float if it is one real, finite number (int, float, NumPy scalar, 0-d array); else NotYet."""
    _fill_in(name, value)
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, bool | np.bool_) or not isinstance(value, Real | np.floating | np.integer):
        raise NotYet(t("check_not_number", name=name, value=shown(value)))
    result = float(value)
    if not math.isfinite(result):
        raise NotYet(t("check_not_finite", name=name, value=shown(value)))
    return result


def whole_number(name: str, value) -> int:
    """``value`` as an int if it is a finite whole number (``3``, ``np.int64(3)``, ``3.0``); else NotYet."""
    result = one_number(name, value)
    if not result.is_integer():
        raise NotYet(t("check_not_whole", name=name, value=shown(value)))
    return int(result)


def array(name: str, value, shape: tuple) -> np.ndarray:
    """``value`` as a float array if it holds finite numbers (not booleans) in exactly ``shape``; else NotYet."""
    _fill_in(name, value)
    if isinstance(value, str | bytes) or value is None or callable(value):
        raise NotYet(t("check_not_array", name=name, value=shown(value)))
    try:
        raw = np.asarray(value)
    except (TypeError, ValueError):
        raise NotYet(t("check_not_array", name=name, value=shown(value))) from None
    if raw.dtype.kind not in "iuf":
        raise NotYet(t("check_not_array", name=name, value=shown(value)))
    if raw.shape != tuple(shape):
        raise NotYet(t("check_shape", name=name, expected=tuple(shape), received=raw.shape))
    result = raw.astype(float)
    bad = int(np.count_nonzero(~np.isfinite(result)))
    if bad:
        raise NotYet(t("check_array_not_finite", name=name, count=bad))
    return result


def integers(name: str, value, count: int, form: str = "check_pair_form") -> tuple:
    """``value`` as a tuple of ``count`` ints (a tuple, list or array of whole numbers); else NotYet with ``form``."""
    _fill_in(name, value)
    wrong = NotYet(t(form, value=shown(value)))
    if isinstance(value, str | bytes) or not hasattr(value, "__len__"):
        raise wrong
    try:
        items = list(value)
    except TypeError:
        raise wrong from None
    if len(items) != count:
        raise wrong
    result = []
    for item in items:
        try:
            result.append(whole_number(name, item))
        except NotYet:
            raise wrong from None
    return tuple(result)


def function(name: str, fn):
    """``fn`` if it is callable; else NotYet."""
    _fill_in(name, fn)
    if not callable(fn):
        raise NotYet(t("check_not_callable", name=name, value=shown(fn)))
    return fn


def call(name: str, fn, arg, arg_text: str, hint: str = "") -> np.ndarray:
    """The learner's ``fn(arg)`` as a float array; NotYet if it raises, returns None, ``...`` or not numbers."""
    try:
        got = fn(arg.copy() if isinstance(arg, np.ndarray) else arg)
    except Exception as error:  # the learner's code: report what it raised, whatever it is, and the hint
        message = t("check_raised", name=name, arg=arg_text, error=f"{type(error).__name__}: {error}")
        raise NotYet(f"{message} {hint}".strip()) from None
    _fill_in(name, got)
    if got is None:
        raise NotYet(t("check_returned_none", name=name, arg=arg_text))
    try:
        result = np.asarray(got)
        if result.dtype.kind not in "iuf":
            raise TypeError
        return result.astype(float)
    except (TypeError, ValueError):
        raise NotYet(t("check_returned_not_number", name=name, arg=arg_text, got=shown(got))) from None


def network_like(name: str, net):
    """``net`` if it is a network (it has ``predict``); else NotYet (None, the history ``fit`` returns, ...)."""
    _fill_in(name, net)
    if isinstance(net, dict) and "loss" in net:
        raise NotYet(t("check_history_not_model", name=name))
    if not callable(getattr(net, "predict", None)):
        raise NotYet(t("check_not_model", name=name, value=shown(net)))
    return net


def listing(values: dict, digits: int = 2) -> str:
    """``{name: number}`` as a message lists it, in the learner's language: "a one: 2.00, top bar: 8.00"."""
    colon, comma = ("：", "，") if language() == "zh-CN" else (": ", ", ")
    return comma.join(f"{t(name)}{colon}{value:.{digits}f}" for name, value in values.items())


def given(name: str, value):
    """``value`` unless it is None or ``...``: one of the values the cell passes from earlier cells."""
    if value is None or value is Ellipsis:
        raise NotYet(t("check_missing_value", name=name, value=shown(value)))
    return value


# Notebook 01 -------------------------------------------------------------------------------------------

@self_check
def half_input(a_half) -> CheckResult:
    """Exercise 01.1: the input a at which the neuron with w = 2, b = −3 has activation σ(2a − 3) = 0.5."""
    a = one_number("a_half", a_half)
    z = 2.0 * a - 3.0
    got = float(sigmoid(z))
    if abs(got - 0.5) > 1e-6:
        return failed(t("check_half_input", value=a, z=z, got=got))
    return passed()


def _leaky(z):
    z = np.asarray(z, dtype=float)
    return z * np.where(z > 0, 1.0, 0.1)  # the slope times z: written unlike the solution, which must not ship


@self_check
def leaky_relu(fn) -> CheckResult:
    """Exercise 01.2: a leaky ReLU written by the learner (z for z > 0, 0.1·z otherwise), on numbers and an array."""
    function("leaky_relu", fn)
    cases = [(2.5, "hint_leaky_positive"), (-3.0, "hint_leaky_negative"), (0.0, "hint_leaky_negative"),
             (np.array([-2.0, 0.5, 4.0, -0.1]), "hint_leaky_array")]
    for z, hint in cases:
        arg = np.array2string(z, separator=", ") if isinstance(z, np.ndarray) else repr(z)
        raised_hint = t(hint) if hint == "hint_leaky_array" else ""
        got = call("leaky_relu", fn, z, arg, raised_hint)
        want = _leaky(z)
        if got.shape != want.shape or not np.allclose(got, want):  # NaN is never close to anything
            if got.shape != want.shape:
                return failed(t("check_leaky_shape", arg=arg, got=got.shape, want=want.shape))
            return failed(t("check_leaky_value", arg=arg, got=got, hint=t(hint)))
    return passed()


@self_check
def switch_neuron(w, b, low_max: float = 0.1, high_min: float = 0.9) -> CheckResult:
    """Exercise 01.3: w and b for a sigmoid neuron that is off (≤ 0.1) for a = 0 and on (≥ 0.9) for a = 1."""
    w, b = one_number("w", w), one_number("b", b)
    _, low = neuron(0.0, w, b)
    _, high = neuron(1.0, w, b)
    if low > low_max or high < high_min:
        hint = t("hint_off_bias") if low > low_max else t("hint_off_weight")
        return failed(t("check_off_neuron", low=float(low), high=float(high), low_max=low_max,
                        high_min=high_min, hint=hint))
    return passed()


# Notebook 02 -------------------------------------------------------------------------------------------

@self_check
def fire_above_three(b) -> CheckResult:
    """Exercise 02.1: the bias b of a neuron with one input and weight w = 2 that fires (σ(2a + b) > 0.5) exactly
    for inputs a above 3."""
    b = one_number("b_threshold", b)
    if abs(b + 6) > 1e-6:
        return failed(t("check_threshold_input", b=b, a=-b / 2 + 0.0))
    return passed()


WEIGHTS_02, INPUTS_02, BIAS_02 = (1.5, -2.0, 0.5), (0.9, 0.2, 0.6), -0.5  # section 1 of notebook 02


@self_check
def zero_weight(w2) -> CheckResult:
    """Exercise 02.2: the weight w₂ that makes z = w·a + b exactly 0 for the a, b and the other weights of notebook
    02's section 1 (a = (0.9, 0.2, 0.6), w = (1.5, w₂, 0.5), b = −0.5)."""
    w2 = one_number("w2_zero", w2)
    z = float(np.dot([WEIGHTS_02[0], w2, WEIGHTS_02[2]], INPUTS_02) + BIAS_02)
    if abs(z) > 1e-6:
        return failed(t("check_zero_weight", w2=w2, z=z))
    return passed()


def bottom_bar() -> np.ndarray:
    """The image of exercise 02.3, ``(SIZE, SIZE)``: a bar along row 9, columns 2 to 9 (the top bar is row 2)."""
    image = np.zeros((patterns.SIZE, patterns.SIZE))
    image[9, 2:10] = 1
    return image


@self_check
def bottom_bar_detector(w) -> CheckResult:
    """Exercise 02.3: 12×12 weights whose weighted sum is larger for a bar at the bottom (``bottom_bar()``) than for
    every image of ``nl.patterns.images()`` (seven, one, four, zero, top bar), by at least 1, and above 0."""
    size = patterns.SIZE
    w = array("w_bottom", w, (size, size))
    sums = {"bottom bar": float(np.sum(w * bottom_bar()))}
    sums.update({name: float(np.sum(w * image)) for name, image in patterns.images().items()})
    others = {name: s for name, s in sums.items() if name != "bottom bar"}
    best_other = max(others, key=others.get)
    if sums["bottom bar"] <= 0 or sums["bottom bar"] < others[best_other] + 1:
        return failed(t("check_bottom_bar", listing=listing(sums), other=t(best_other)))
    return passed()


# Notebook 03 -------------------------------------------------------------------------------------------

@self_check
def layer_shapes(W, b) -> CheckResult:
    """Exercise 03.1: zero weights and biases of a layer from 784 inputs to 16 neurons, for Z = X @ W + b."""
    for name, value, shape in (("W_zero", W, (784, 16)), ("b_zero", b, (16,))):
        values = array(name, value, shape)
        if np.any(values != 0):
            return failed(t("check_not_zeros", name=name, count=int(np.count_nonzero(values)), shape=shape))
    return passed()


@self_check
def parameter_total(n) -> CheckResult:
    """Exercise 03.2: the number of parameters of the network 784-32-10."""
    n = whole_number("n_params", n)
    weights, biases = parameter_count([784, 32, 10])
    if n == weights:
        return failed(t("check_params_biases"))
    if n != weights + biases:
        return failed(t("check_params", got=n))
    return passed()


@self_check
def layer_output(A, X, W, b) -> CheckResult:
    """Exercise 03.3: A = σ(X @ W + b) for the X, W, b of the exercise."""
    _, want = dense(given("X_ex", X), given("W_ex", W), given("b_ex", b))
    A = array("A_ex", A, want.shape)
    if not np.allclose(A, want):
        Z = np.asarray(X, dtype=float) @ np.asarray(W, dtype=float) + np.asarray(b, dtype=float)
        hint = t("hint_forgot_sigmoid") if np.allclose(A, Z) else t("hint_layer_order")
        return failed(t("check_layer_output", hint=hint))
    return passed()


# Notebook 04 -------------------------------------------------------------------------------------------

@self_check
def my_accuracy(value, net, X, y) -> CheckResult:
    """Exercise 04.1: the share of the digits ``X`` ``(n, 784)`` with labels ``y`` that ``net`` gets right."""
    value = one_number("my_accuracy", value)
    net = network_like("net", net)
    want = float(np.mean(net.predict(given("X_test", X)) == np.asarray(given("test_labels", y))))
    if abs(value - 100 * want) < 1e-6 and want > 0:
        return failed(t("check_accuracy_percent", got=value))
    if abs(value - want) > 1e-6:
        return failed(t("check_accuracy", got=value))
    return passed()


@self_check
def most_confused(pair, C) -> CheckResult:
    """Exercise 04.2: the (label, prediction) pair, off the diagonal, that the confusion matrix ``C`` counts most."""
    label, prediction = integers("pair", pair, 2)
    k = 10
    C = array("C", given("C", C), (k, k))
    if not (0 <= label < k and 0 <= prediction < k):
        return failed(t("check_pair_range", label=label, prediction=prediction, last=k - 1))
    if label == prediction:
        return failed(t("check_pair_diagonal"))
    off = C - np.diag(np.diag(C))
    best = np.unravel_index(np.argmax(off), off.shape)
    if off[label, prediction] < off[best]:
        return failed(t("check_pair_count", label=label, prediction=prediction, count=int(off[label, prediction]),
                        more=int(off[best])))
    return passed()


@self_check
def modern_network(net, X, y) -> CheckResult:
    """Exercise 04.3: a trained network with ReLU hidden layers and a softmax output, at least 90% right on X."""
    net = network_like("modern", net)
    if getattr(net, "hidden", None) != "relu" or getattr(net, "output", None) != "softmax":
        return failed(t("check_modern_kind", hidden=getattr(net, "hidden", "?"), output=getattr(net, "output", "?")))
    got = float(np.mean(net.predict(given("X_test", X)) == np.asarray(given("test_labels", y))))
    if got < 0.9:
        return failed(t("check_modern_accuracy", got=100 * got))
    return passed()


# Notebook 05 -------------------------------------------------------------------------------------------

@self_check
def conv_shapes(shapes, size: int = 28, kernel: int = 5) -> CheckResult:
    """Exercise 05.1: the shapes after a 'valid' ``kernel`` × ``kernel`` convolution of a ``size`` × ``size`` image,
    and after 2×2 max-pooling (the notebook convolves with 3 × 3 kernels; the exercise asks for 5 × 5)."""
    _fill_in("shapes", shapes)
    form = NotYet(t("check_shapes_form", value=shown(shapes)))
    if isinstance(shapes, str | bytes) or not hasattr(shapes, "__len__") or len(shapes) != 2:
        raise form
    try:
        after_conv, after_pool = (integers("shapes", shape, 2, "check_shapes_form") for shape in shapes)
    except NotYet:
        raise form from None
    side = size - kernel + 1
    if after_conv != (side, side):
        return failed(t("check_conv_shape", got=after_conv, k=kernel, n=size))
    if after_pool != (side // 2, side // 2):
        return failed(t("check_pool_shape", got=after_pool))
    return passed()


@self_check
def conv_pixel(value, image, K, row: int, col: int) -> CheckResult:
    """Exercise 05.2: one pixel of the feature map, Σ K · (the 3×3 patch whose top-left corner is (row, col))."""
    value = one_number("pixel", value)
    image, K = np.asarray(given("image", image), dtype=float), np.asarray(given("K", K), dtype=float)
    want = float(conv2d(image[None], K[None])[0, 0, row, col])
    if abs(value - want) > 1e-6 * max(1.0, abs(want)):
        return failed(t("check_conv_pixel", got=value, row=row, col=col))
    return passed()


def line_and_edges() -> dict[str, np.ndarray]:
    """The images exercise 05.3 tests a kernel on, each ``(SIZE, SIZE)``: the top bar, the one, and two filled
    areas whose border is a horizontal edge (ink in the upper half only, ink in the lower half only)."""
    images = patterns.images()
    upper, lower = np.zeros((patterns.SIZE, patterns.SIZE)), np.zeros((patterns.SIZE, patterns.SIZE))
    upper[: patterns.SIZE // 2] = 1
    lower[patterns.SIZE // 2:] = 1
    return {"top bar": images["top bar"], "one": images["one"], "upper half": upper, "lower half": lower}


@self_check
def line_kernel(K) -> CheckResult:
    """Exercise 05.3: a 3×3 kernel that finds thin horizontal lines, not edges: after ReLU its strongest response
    to the top bar is at least 1.5 times its strongest response to the one and to each filled half."""
    K = array("K_top", K, (3, 3))
    response = {name: float(relu(conv2d(image[None], K[None])).max()) for name, image in line_and_edges().items()}
    bar = response.pop("top bar")
    worst = max(response, key=response.get)
    if bar <= 0 or bar < 1.5 * response[worst]:
        hint = t("hint_line_one") if worst == "one" else t("hint_line_edge")
        return failed(t("check_line_kernel", bar=bar, listing=listing(response), hint=hint))
    return passed()


@self_check
def brightest_window(guess, image, K) -> CheckResult:
    """Exercise 05.4: the predicted (row, column) where the 'valid' feature map of ``image`` (28, 28) with ``K``
    (3, 3) is brightest: right when the map there reaches at least 3/4 of its largest value (along a stroke several
    windows are almost equally bright; a window off the stroke, or off by a row, is far dimmer)."""
    position = integers("brightest", guess, 2, form="check_brightest_form")
    K = array("K_top", K, (3, 3))
    feature = conv2d(np.asarray(image, dtype=float)[None], K[None])[0, 0]
    if not all(0 <= p < n for p, n in zip(position, feature.shape, strict=True)):
        return failed(t("check_brightest_form", value=shown(guess)))
    peak = float(feature.max())
    if peak <= 0:
        return failed(t("check_brightest_kernel", peak=peak))
    got = float(feature[position])
    if got < 0.75 * peak:  # say how bright the guess is, not where the peak is: finding it is the exercise
        return failed(t("check_brightest", guess=position, got=got, share=100 * got / peak))
    return passed()


@self_check
def pooled_moves(moves) -> CheckResult:
    """Exercise 05.5: how many cells a pooled map moves when the digit moves 2 px (13 × 13 map: 1) and 4 px
    (the second pooled map, 5 × 5: 1)."""
    answer = integers("moves", moves, 2, form="check_moves_form")
    if answer[0] != 1:
        return failed(t("check_moves_first", got=answer[0]))
    if answer[1] != 1:
        return failed(t("check_moves_second", got=answer[1]))
    return passed()
# Notebook 04, exercise 4 (issue 14) ----------------------------------------------------------------------

@self_check
def closest_hidden(index, net, X, of: int = 0, layer: int = 2) -> CheckResult:
    """Exercise 04.4: the index of the row of ``X`` ``(n, 784)``, other than ``of``, whose activations in hidden
    layer ``layer`` (``net.activations(X)[layer]``, ``(n, 16)``) are closest to those of row ``of``."""
    _fill_in("closest", index)
    try:
        index = whole_number("closest", index)
    except NotYet:
        raise NotYet(t("check_not_index", name="closest", value=shown(index))) from None
    try:
        layers = net.activations(X)
        A = np.asarray(layers[layer], dtype=float)
    except Exception as error:  # noqa: BLE001 (a learner's net or X: explain, never raise)
        return failed(t("check_raised", name="net.activations", arg="X_test", error=repr(error)))
    if not 0 <= index < len(A):
        return failed(t("check_index_range", got=index, n=len(A)))
    if index == of:
        return failed(t("check_closest_itself", of=of))

    def closest_in(B: np.ndarray) -> int:
        distance = np.linalg.norm(B - B[of], axis=1)
        distance[of] = np.inf
        return int(np.argmin(distance))

    want = closest_in(A)
    distance = np.linalg.norm(A - A[of], axis=1)
    if index == want or np.isclose(distance[index], distance[want], rtol=0, atol=1e-9):
        return passed()
    for k, other in enumerate(layers):
        if k != layer and index == closest_in(np.asarray(other, dtype=float)):
            return failed(t("check_closest_layer", layer=k, want=layer))
    return failed(t("check_closest_farther", got=index, d=float(distance[index]), best=float(distance[want])))


# Exercises that ask for understanding (issue 14) ---------------------------------------------------------------

@self_check
def not_neuron(w, b, on_min: float = 0.9, off_max: float = 0.1) -> CheckResult:
    """Exercise 01.4: w and b for a sigmoid neuron that is on (≥ 0.9) for a = 0 and off (≤ 0.1) for a = 1."""
    w, b = one_number("w", w), one_number("b", b)
    low, high = float(sigmoid(b)), float(sigmoid(w + b))
    if low >= on_min and high <= off_max:
        return passed()
    hint = t("hint_not_sign") if w >= 0 else t("hint_not_bias") if low < on_min else t("hint_not_weight")
    return failed(t("check_not_neuron", low=low, high=high, on=on_min, off=off_max, hint=hint))


@self_check
def seven_not_bar(w, b) -> CheckResult:
    """Exercise 02.4: 12×12 weights ``w`` and a bias ``b`` so that σ(w·a + b) > 0.5 for the seven and < 0.5 for
    the top bar alone, the one, the four and the zero (the images of ``nl.patterns.images()``)."""
    w, b = array("w_seven", w, (patterns.SIZE, patterns.SIZE)), one_number("b_seven", b)
    out = {name: float(sigmoid(np.sum(w * image) + b)) for name, image in patterns.images().items()}
    wrong = [name for name, value in out.items() if (value > 0.5) != (name == "seven")]
    if not wrong:
        return passed()
    listing = ", ".join(f"{t(name)} {value:.3f}" for name, value in out.items())
    hint = t("hint_seven_bar") if "top bar" in wrong else t("hint_seven_bias")
    return failed(t("check_seven_only", listing=listing, wrong=t(wrong[0]), hint=hint))


def shape_answer(name: str, value) -> tuple:
    """``value`` as a tuple of ints (a shape, of any length); else NotYet that says what a shape looks like."""
    _fill_in(name, value)
    try:
        shape = tuple(value)
        if not all(isinstance(n, int | np.integer) and not isinstance(n, bool) for n in shape):
            raise TypeError
    except TypeError:
        raise NotYet(t("check_shape_answer", name=name, value=shown(value))) from None
    return tuple(int(n) for n in shape)


@self_check
def predicted_shapes(shape_W2, shape_A2, shape_A3) -> CheckResult:
    """Exercise 03.4: for a batch of 5 images through 784-32-16-10, the shapes of W2 (the second layer's weights),
    A2 (its activations) and A3 (the output)."""
    want = {"shape_W2": (32, 16), "shape_A2": (5, 16), "shape_A3": (5, 10)}
    hints = {"shape_W2": "hint_w_shape", "shape_A2": "hint_a_shape", "shape_A3": "hint_a_shape"}
    for name, value in (("shape_W2", shape_W2), ("shape_A2", shape_A2), ("shape_A3", shape_A3)):
        shape = shape_answer(name, value)
        if shape != want[name]:
            hint = "hint_w_transposed" if name == "shape_W2" and shape == want[name][::-1] else hints[name]
            return failed(t("check_predicted_shape", name=name, got=shape, hint=t(hint)))
    return passed()
