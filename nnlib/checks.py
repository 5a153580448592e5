"""Self-checks for the exercises: each returns a ``CheckResult`` that says what is right or what is wrong.

A check never raises and never accepts a wrong answer. Every check is written the same way, so that a new one
gets the same guarantees for free::

    @self_check
    def half_point(z_half) -> CheckResult:
        z = number("z_half", z_half)          # a real, finite number, or the check stops here and explains why
        if abs(float(sigmoid(z)) - 0.5) > 1e-6:
            return failed(t("check_half_point", value=shown(z), got=float(sigmoid(z))))
        return passed()

The guard ``@self_check`` turns what the answer helpers raise (``NotYet``) into a failed result, and anything
else that goes wrong inside the check (a learner's value that breaks a formula) into a failed result too: never
a traceback. The answer helpers accept right answers in every usual form and refuse the rest:

- ``number(name, value)``: Python and NumPy ints and floats (float32, ``np.int64``) and 0-d arrays; refuses
  ``...``, ``None``, strings, booleans, containers, functions, NaN and ±inf;
- ``whole_number(name, value)``: the same, and the value must be a whole number (``25450`` or ``25450.0``);
- ``array(name, value, shape)``: arrays and nested lists of numbers of exactly ``shape``, all finite;
- ``integers(name, value, count)``: a tuple, list or array of ``count`` whole numbers (``np.unravel_index``'s
  result included); refuses strings (``"32"`` is not ``(3, 2)``) and non-integral floats;
- ``function(name, fn)`` and ``call(name, fn, arg)``: a callable, and its return value for ``arg`` as a float
  array, with messages for an exception, a missing ``return`` (None) and a non-number;
- ``model(name, net)``: a network (something with ``predict``), with a message for ``None`` and for the history
  dict that ``fit`` returns.

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
from .i18n import t
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


def number(name: str, value) -> float:
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
    result = number(name, value)
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


def model(name: str, net):
    """``net`` if it is a network (it has ``predict``); else NotYet (None, the history ``fit`` returns, ...)."""
    _fill_in(name, net)
    if isinstance(net, dict) and "loss" in net:
        raise NotYet(t("check_history_not_model", name=name))
    if not callable(getattr(net, "predict", None)):
        raise NotYet(t("check_not_model", name=name, value=shown(net)))
    return net


def given(name: str, value):
    """``value`` unless it is None or ``...``: one of the values the cell passes from earlier cells."""
    if value is None or value is Ellipsis:
        raise NotYet(t("check_missing_value", name=name, value=shown(value)))
    return value


# Notebook 01 -------------------------------------------------------------------------------------------

@self_check
def half_point(z_half) -> CheckResult:
    """Exercise 01.1: the z at which σ(z) = 0.5."""
    z = number("z_half", z_half)
    got = float(sigmoid(z))
    if abs(got - 0.5) > 1e-6:
        return failed(t("check_half_point", value=z, got=got))
    return passed()


@self_check
def my_relu(fn) -> CheckResult:
    """Exercise 01.2: a ReLU written by the learner, compared with nnlib's on numbers and on an array."""
    function("my_relu", fn)
    cases = [(-3.0, "hint_relu_negative"), (2.5, "hint_relu_positive"), (0.0, "hint_relu_negative"),
             (np.array([-2.0, 0.5, 4.0]), "hint_relu_array")]
    for z, hint in cases:
        arg = np.array2string(z, separator=", ") if isinstance(z, np.ndarray) else repr(z)
        raised_hint = t(hint) if hint == "hint_relu_array" else ""
        got = call("my_relu", fn, z, arg, raised_hint)
        want = relu(z)
        if got.shape != want.shape or not np.allclose(got, want):  # NaN is never close to anything
            shape_note = "" if got.shape == want.shape else t("hint_same_shape", got=got.shape, want=want.shape)
            return failed(t("check_wrong_value", name="my_relu", arg=arg, got=got, want=want,
                            hint=(t(hint) + " " + shape_note).strip()))
    return passed()


@self_check
def switch_neuron(w, b, low_max: float = 0.1, high_min: float = 0.9) -> CheckResult:
    """Exercise 01.3: w and b for a sigmoid neuron that is off (≤ 0.1) for a = 0 and on (≥ 0.9) for a = 1."""
    w, b = number("w", w), number("b", b)
    _, low = neuron(0.0, w, b)
    _, high = neuron(1.0, w, b)
    if low > low_max or high < high_min:
        hint = t("hint_off_bias") if low > low_max else t("hint_off_weight")
        return failed(t("check_off_neuron", low=float(low), high=float(high), low_max=low_max,
                        high_min=high_min, hint=hint))
    return passed()


# Notebook 02 -------------------------------------------------------------------------------------------

@self_check
def fire_above_ten(b) -> CheckResult:
    """Exercise 02.1: the bias that makes σ(s + b) fire (> 0.5) exactly for weighted sums s above 10."""
    b = number("b_threshold", b)
    if abs(b + 10) > 0.1:
        return failed(t("check_threshold", b=b, s=-b + 0.0))
    return passed()


@self_check
def weighted_sum(z) -> CheckResult:
    """Exercise 02.2: z for a = (0.9, 0.2, 0.6), w = (1.5, -2.0, 0.5), b = -0.5 (float32 answers pass too)."""
    z = number("z_answer", z)
    want = float(np.dot([1.5, -2.0, 0.5], [0.9, 0.2, 0.6]) - 0.5)
    if abs(z - want) > 1e-6:
        return failed(t("check_weighted_sum", got=z))
    return passed()


@self_check
def top_stroke_detector(w) -> CheckResult:
    """Exercise 02.3: 12×12 weights whose weighted sum is larger for a top bar than for a 1, a 4 or a 0."""
    size = patterns.SIZE
    w = array("w_top", w, (size, size))
    sums = {name: float(np.sum(w * image)) for name, image in patterns.images().items()}
    others = {name: s for name, s in sums.items() if name in ("one", "four", "zero")}
    best_other = max(others, key=others.get)
    if sums["top bar"] <= 0 or sums["top bar"] < others[best_other] + 1:
        listing = ", ".join(f"{t(name)}: {s:.2f}" for name, s in sums.items())
        return failed(t("check_top_stroke", listing=listing, other=t(best_other)))
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
def accuracy(value, net, X, y) -> CheckResult:
    """Exercise 04.1: the share of the digits ``X`` ``(n, 784)`` with labels ``y`` that ``net`` gets right."""
    value = number("my_accuracy", value)
    net = model("net", net)
    want = float(np.mean(net.predict(given("X_test", X)) == np.asarray(given("test_labels", y))))
    if abs(value - 100 * want) < 1e-6 and want > 0:
        return failed(t("check_accuracy_percent", got=value, want=want))
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
    net = model("modern", net)
    if getattr(net, "hidden", None) != "relu" or getattr(net, "output", None) != "softmax":
        return failed(t("check_modern_kind", hidden=getattr(net, "hidden", "?"), output=getattr(net, "output", "?")))
    got = float(np.mean(net.predict(given("X_test", X)) == np.asarray(given("test_labels", y))))
    if got < 0.9:
        return failed(t("check_modern_accuracy", got=100 * got))
    return passed()


# Notebook 05 -------------------------------------------------------------------------------------------

@self_check
def conv_shapes(shapes) -> CheckResult:
    """Exercise 05.1: the shapes after a 'valid' 3×3 convolution of a 28×28 image, and after 2×2 max-pooling."""
    _fill_in("shapes", shapes)
    form = NotYet(t("check_shapes_form", value=shown(shapes)))
    if isinstance(shapes, str | bytes) or not hasattr(shapes, "__len__") or len(shapes) != 2:
        raise form
    try:
        after_conv, after_pool = (integers("shapes", shape, 2, "check_shapes_form") for shape in shapes)
    except NotYet:
        raise form from None
    if after_conv != (26, 26):
        return failed(t("check_conv_shape", got=after_conv))
    if after_pool != (13, 13):
        return failed(t("check_pool_shape", got=after_pool))
    return passed()


@self_check
def conv_pixel(value, image, K, row: int, col: int) -> CheckResult:
    """Exercise 05.2: one pixel of the feature map, Σ K · (the 3×3 patch whose top-left corner is (row, col))."""
    value = number("pixel", value)
    image, K = np.asarray(given("image", image), dtype=float), np.asarray(given("K", K), dtype=float)
    want = float(conv2d(image[None], K[None])[0, 0, row, col])
    if abs(value - want) > 1e-6 * max(1.0, abs(want)):
        return failed(t("check_conv_pixel", got=value, row=row, col=col))
    return passed()


@self_check
def top_bar_kernel(K) -> CheckResult:
    """Exercise 05.3: a 3×3 kernel that responds more strongly to the top bar of a 7 than to a 1's vertical stroke."""
    K = array("K_top", K, (3, 3))
    images = patterns.images()
    response = {name: float(relu(conv2d(images[name][None], K[None])).max()) for name in ("top bar", "one")}
    if response["top bar"] < response["one"] + 1:
        return failed(t("check_top_bar_kernel", bar=response["top bar"], one=response["one"]))
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
    best = tuple(int(i) for i in np.unravel_index(int(np.argmax(feature)), feature.shape))
    got = float(feature[position])
    if got < 0.75 * peak:
        return failed(t("check_brightest", guess=position, got=got, peak=peak, best=best))
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
    w, b = number("w", w), number("b", b)
    low, high = float(sigmoid(b)), float(sigmoid(w + b))
    if low >= on_min and high <= off_max:
        return passed()
    hint = t("hint_not_sign") if w >= 0 else t("hint_not_bias") if low < on_min else t("hint_not_weight")
    return failed(t("check_not_neuron", low=low, high=high, on=on_min, off=off_max, hint=hint))


@self_check
def seven_not_bar(w, b) -> CheckResult:
    """Exercise 02.4: 12×12 weights ``w`` and a bias ``b`` so that σ(w·a + b) > 0.5 for the seven and < 0.5 for
    the top bar alone, the one, the four and the zero (the images of ``nl.patterns.images()``)."""
    w, b = array("w_seven", w, (patterns.SIZE, patterns.SIZE)), number("b_seven", b)
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
