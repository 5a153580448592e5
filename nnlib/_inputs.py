"""Checks of what a learner passes to nnlib's public functions, one helper per kind of mistake.

Each helper returns the value in the form nnlib computes with (an int seed becomes a ``Generator``, labels
become an int array), or raises ``InputError`` (a ``ValueError``) whose message, in the notebook's language,
names what was received and says what to do. They run once at the boundary (``Network``, ``fit``, ``predict``,
``flatten``, the explorers), never inside the math: a training step checks nothing.
"""

from numbers import Integral, Real

import numpy as np

from .i18n import t


class InputError(ValueError):
    """A value given to nnlib is not in the form it needs; the message says what to do."""


def _short(value) -> str:
    if isinstance(value, np.ndarray):
        return f"array {value.shape} {value.dtype}" if value.size > 8 else repr(value)
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def generator(rng, name: str = "rng", optional: bool = False) -> np.random.Generator | None:
    """A ``np.random.Generator``: one given as such, or made from an int seed (``rng=42``)."""
    if rng is None and optional:
        return None
    if isinstance(rng, np.random.Generator):
        return rng
    if isinstance(rng, Integral) and not isinstance(rng, bool) and int(rng) >= 0:
        return np.random.default_rng(int(rng))
    raise InputError(t("input_rng", name=name, value=_short(rng)))


def whole(name: str, value, minimum: int = 1) -> int:
    """A whole number ``>= minimum`` (``batch_size``, ``epochs``, a layer size)."""
    if isinstance(value, bool) or not isinstance(value, Integral | Real) or not float(value).is_integer() \
            or value < minimum:
        raise InputError(t("input_whole", name=name, value=_short(value), minimum=minimum))
    return int(value)


def index(name: str, value, n: int) -> int:
    """A position in a collection of ``n`` items: a whole number from 0 to n - 1."""
    if isinstance(value, bool) or not isinstance(value, Integral) or not 0 <= value < n:
        raise InputError(t("input_index", name=name, value=_short(value), last=n - 1))
    return int(value)


def pixel_move(name: str, value) -> int:
    """A move by a whole number of pixels, of either sign (``dx``, ``dy`` of ``nl.data.shift``)."""
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise InputError(t("input_whole_signed", name=name, value=_short(value)))
    return int(value)


def positive_number(name: str, value) -> float:
    """A finite number > 0 (a learning rate)."""
    if isinstance(value, bool) or not isinstance(value, Real) or not np.isfinite(value) or value <= 0:
        raise InputError(t("input_positive", name=name, value=_short(value)))
    return float(value)


def layer_sizes(sizes) -> list[int]:
    """Layer sizes like ``[784, 16, 16, 10]``: at least an input and an output layer, each at least 1 neuron."""
    try:
        sizes = list(sizes)
        if len(sizes) < 2:
            raise ValueError
        return [whole("sizes", size) for size in sizes]
    except (TypeError, ValueError):
        raise InputError(t("input_sizes", value=_short(sizes))) from None


def choice(name: str, value, choices) -> str:
    """One of ``choices`` (an activation, a kernel preset)."""
    if not isinstance(value, str) or value not in choices:
        raise InputError(t("input_choice", name=name, value=_short(value), choices=", ".join(map(repr, choices))))
    return value


def pixels(name: str, X) -> np.ndarray:
    """``X`` as the networks take it: finite numbers, pixels in 0..1 (not 0..255)."""
    X = np.asarray(X)
    if X.dtype.kind not in "biuf":
        raise InputError(t("input_not_numbers", name=name, value=_short(X)))
    if not X.size:
        return X
    low, high = X.min(), X.max()  # a NaN makes both NaN, an inf shows in one: two passes and no temporary array
    if X.dtype.kind == "f" and not (np.isfinite(low) and np.isfinite(high)):
        raise InputError(t("input_not_finite", name=name, count=int(np.count_nonzero(~np.isfinite(X)))))
    if high > 1.0 + 1e-6:
        raise InputError(t("input_pixels_255", name=name, high=float(high)))
    return X


def images(name: str, images, who: str) -> np.ndarray:
    """Images ``(n, 28, 28)`` with pixels 0..255, as ``load_mnist`` returns them (not ``X`` ``(n, 784)``)."""
    images = np.asarray(images)
    if images.dtype.kind not in "biuf":
        raise InputError(t("input_not_numbers", name=name, value=_short(images)))
    if images.ndim == 2 and images.shape[1] == 784:
        raise InputError(t("input_images_flat", name=name, who=who, shape=images.shape))
    if images.ndim != 3 or images.shape[1:] != (28, 28) or len(images) == 0:
        raise InputError(t("input_images_shape", name=name, who=who, shape=images.shape))
    if images.dtype.kind == "f" and not np.isfinite(images).all():
        raise InputError(t("input_not_finite", name=name, count=int(np.count_nonzero(~np.isfinite(images)))))
    if images.dtype.kind == "f" and 0 < images.max() <= 1.0:
        raise InputError(t("input_images_01", name=name, who=who))
    return images


def labels(name: str, y, n: int | None = None, classes: int = 10) -> np.ndarray:
    """Labels ``(n,)``: whole numbers 0..classes-1, one per example."""
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] == classes:
        raise InputError(t("input_labels_one_hot", name=name, shape=y.shape))
    if y.ndim != 1 or y.dtype.kind not in "iuf":
        raise InputError(t("input_labels_shape", name=name, value=_short(y)))
    if y.dtype.kind == "f":
        if not np.isfinite(y).all() or not np.all(y == np.round(y)):
            raise InputError(t("input_labels_whole", name=name, value=_short(y[:5])))
        y = y.astype(np.int64)
    if y.size and (y.min() < 0 or y.max() >= classes):
        bad = int(y.min()) if y.min() < 0 else int(y.max())
        raise InputError(t("input_labels_range", name=name, value=bad, last=classes - 1))
    if n is not None and len(y) != n:
        raise InputError(t("input_labels_length", name=name, count=len(y), n=n))
    return y


def validation_pair(validation) -> tuple | None:
    """``None`` or a pair ``(X_val, y_val)``."""
    if validation is None:
        return None
    if not isinstance(validation, tuple | list) or len(validation) != 2:
        raise InputError(t("input_validation", value=_short(validation)))
    X_val, y_val = validation
    X_val = pixels("validation[0]", X_val)
    return X_val, labels("validation[1]", y_val, len(X_val))


def fit_arguments(X, y, epochs, batch_size, lr, rng, validation, outputs: int, callback=None) -> tuple:
    """Every argument of ``fit`` checked: ``(X, y, epochs, batch_size, lr, rng, validation)``; all before the
    first step (a callback that cannot be called is found now, not after a whole epoch)."""
    if outputs != 10:
        raise InputError(t("input_last_layer", outputs=outputs))
    X = pixels("X", X)
    if X.ndim and len(X) == 0:
        raise InputError(t("input_empty", name="X", shape=X.shape))
    y = labels("y", y, len(X) if X.ndim else None)
    if isinstance(epochs, Integral) and not isinstance(epochs, bool) and epochs == 0:
        raise InputError(t("input_epochs_zero"))
    if callback is not None and not callable(callback):
        raise InputError(t("input_callback", value=_short(callback), kind=type(callback).__name__))
    return (X, y, whole("epochs", epochs), whole("batch_size", batch_size), positive_number("lr", lr),
            generator(rng, optional=True), validation_pair(validation))


def conv_sides(kernel: int, side: int = 28) -> list[int]:
    """The side of the maps after each (conv 'valid' → 2×2 max-pool) layer that fits in a ``side`` image:
    28 → 13 → 5 → 1 for a 3 × 3 kernel."""
    sides = [side]
    while (sides[-1] - kernel + 1) // 2 >= 1:
        sides.append((sides[-1] - kernel + 1) // 2)
    return sides


def channels(value, kernel: int) -> tuple:
    """A CNN's ``channels``: one whole number >= 1 per conv layer, no more layers than a 28 × 28 image allows."""
    try:
        value = tuple(value) if not isinstance(value, Integral) else (value,)
        value = tuple(whole("channels", c) for c in value)
    except TypeError:
        raise InputError(t("input_channels", value=_short(value))) from None
    sides = conv_sides(kernel)
    if not value or len(value) > len(sides) - 1:
        raise InputError(t("input_too_many_layers", layers=len(value), most=len(sides) - 1, kernel=kernel,
                           sides=" → ".join(map(str, sides)), value=_short(value)))
    return value


def targets(name: str, Y, n: int, classes: int = 10) -> np.ndarray:
    """Targets ``Y`` ``(n, classes)``, one-hot (``nl.one_hot(y)``), not the labels ``y`` ``(n,)``."""
    Y = np.asarray(Y)
    if Y.dtype.kind not in "biuf":
        raise InputError(t("input_not_numbers", name=name, value=_short(Y)))
    if Y.ndim == 1 and len(Y) == n:
        raise InputError(t("input_targets_labels", name=name, shape=Y.shape, n=n, classes=classes))
    if Y.shape != (n, classes):
        raise InputError(t("input_targets_shape", name=name, shape=Y.shape, n=n, classes=classes))
    return Y


def parameters(net) -> None:
    """Every ``W[k]`` ``(n_in, n_out)`` and ``b[k]`` ``(n_out,)`` of a ``Network`` as its ``sizes`` say (a learner
    may have set one by hand, perhaps in the video's orientation, one row per neuron)."""
    for k, (n_in, n_out) in enumerate(zip(net.sizes[:-1], net.sizes[1:], strict=True)):
        W, b = np.asarray(net.W[k]), np.asarray(net.b[k])
        if W.shape == (n_out, n_in) and n_in != n_out:
            raise InputError(t("input_weights_video", k=k, shape=W.shape, n_in=n_in, n_out=n_out))
        if W.shape != (n_in, n_out):
            raise InputError(t("input_weights_shape", name=f"W[{k}]", shape=W.shape, expected=(n_in, n_out)))
        if b.shape != (n_out,):
            raise InputError(t("input_weights_shape", name=f"b[{k}]", shape=b.shape, expected=(n_out,)))
        for name, array in ((f"W[{k}]", W), (f"b[{k}]", b)):
            if array.dtype.kind not in "biuf":
                raise InputError(t("input_not_numbers", name=name, value=_short(array)))
            if not np.isfinite(array).all():
                raise InputError(t("input_weights_nan", name=name, count=int(np.count_nonzero(~np.isfinite(array)))))


def mlp(net, who: str):
    """A network of notebook 04 (``nl.Network``, with ``sizes``), for the explorers that draw its layers."""
    if not hasattr(net, "sizes") or not hasattr(net, "activations"):
        raise InputError(t("input_not_mlp", who=who, value=type(net).__name__))
    return net


def numbers(name: str, value) -> float | np.ndarray:
    """A number or an array of numbers (not None, not a string)."""
    array = np.asarray(value)
    if array.dtype.kind not in "biuf":
        raise InputError(t("input_not_numbers", name=name, value=_short(value)))
    return value
