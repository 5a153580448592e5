"""Activation functions and their derivatives (notebook 01), and the softmax of an output layer (notebook 04).

Every function takes an array ``z`` of any shape and returns an array of the same shape; ``softmax`` works on the
rows of ``Z`` ``(n, k)``.
"""

import numpy as np

from .i18n import t


def _floats(z) -> np.ndarray:
    """``z`` as a float array, keeping float32 as float32 (integers and Python numbers become float64)."""
    if isinstance(z, np.ndarray) and z.dtype.kind == "f":
        return z
    z = np.asarray(z)
    if z.dtype.kind not in "biuf":  # None, a string, a list of them: say so rather than compute nan
        raise TypeError(t("input_not_numbers", name="z", value=repr(z.tolist() if z.ndim else z.item())[:80]))
    return z if z.dtype.kind == "f" else z.astype(float)


def sigmoid(z: np.ndarray) -> np.ndarray:
    """σ(z) = 1 / (1 + e^(-z)), squashing any number into (0, 1); shape in = shape out.

    Written so that e^x is only ever taken of x <= 0: no overflow warning, even for z = ±1000 or ±inf.
    """
    z = _floats(z)
    with np.errstate(under="ignore"):  # e^-1000 is 0.0, as it should be
        e = np.exp(-np.abs(z))  # in [0, 1]
        s = 1 / (1 + e)  # σ(|z|)
        return np.where(z >= 0, s, e * s)  # σ(z) = 1 − σ(−z) = e^z / (1 + e^z) for z < 0


def sigmoid_prime(z: np.ndarray) -> np.ndarray:
    """dσ/dz = σ(z)·(1 − σ(z)); shape in = shape out."""
    with np.errstate(under="ignore"):
        return sigmoid_slope(sigmoid(z))


def sigmoid_slope(a: np.ndarray) -> np.ndarray:
    """σ'(z) from the activation a = σ(z) itself: a·(1 − a); shape kept. Training has a at hand already."""
    return a * (1 - a)


def relu(z: np.ndarray) -> np.ndarray:
    """ReLU(z) = max(0, z): 0 for negative z, z itself otherwise; shape in = shape out."""
    z = _floats(z)
    return np.maximum(z, 0, dtype=z.dtype)


def relu_prime(z: np.ndarray) -> np.ndarray:
    """dReLU/dz: 1 where z > 0, else 0 (the value at z = 0 is taken as 0); shape in = shape out."""
    z = _floats(z)
    return (z > 0).astype(z.dtype)


def relu_slope(a: np.ndarray) -> np.ndarray:
    """ReLU'(z) from the activation a = ReLU(z) itself: 1 where a > 0 (exactly where z > 0), else 0; shape kept."""
    return (a > 0).astype(a.dtype)


def sigmoid_fast(Z: np.ndarray) -> np.ndarray:
    """σ(Z), the same function as ``sigmoid``, written as σ(z) = ½·(1 + tanh(z/2)); shape kept. Used in training.

    Why: training calls σ three times per batch, thousands of times per epoch, on arrays so small (32 × 16) that
    the fixed cost of each NumPy call (about a microsecond), not the arithmetic, is the time. ``sigmoid`` needs
    nine calls to avoid overflowing e^(-z); tanh never overflows, and this form needs four.
    """
    A = np.tanh(Z * 0.5)
    A += 1
    A *= 0.5
    return A


def softmax(Z: np.ndarray) -> np.ndarray:
    """Row-wise softmax of ``Z`` ``(n, k)``: a_j = e^(z_j) / Σ_i e^(z_i), positive, each row sums to 1; shape kept.

    The row's largest z is subtracted first (it cancels out), so that e^z never overflows.
    """
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


ACTIVATIONS = {"sigmoid": (sigmoid, sigmoid_prime), "relu": (relu, relu_prime)}


def get_activation(name: str):
    """The pair (f, f') for ``name`` in ``ACTIVATIONS`` ("sigmoid" or "relu")."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        raise ValueError(t("unknown_activation", name=name, choices=tuple(ACTIVATIONS))) from None
