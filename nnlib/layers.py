"""A layer of neurons in matrix form (notebook 03): Z = X @ W + b, A = f(Z).

Shape convention of the whole series: a batch ``X`` has one example per row, ``(n, n_in)``; a layer's weights
``W`` are ``(n_in, n_out)``, so column j holds neuron j's weights (the video's matrix, one row per neuron, is
``W.T``); its biases ``b`` are ``(n_out,)``.
"""

import numpy as np

from ._inputs import generator, layer_sizes, whole
from ._shapes import check_shape
from .activations import get_activation


def dense(X: np.ndarray, W: np.ndarray, b: np.ndarray, activation: str = "sigmoid") -> tuple[np.ndarray, np.ndarray]:
    """One layer's forward pass: ``Z = X @ W + b`` and ``A = f(Z)``.

    Shapes: ``X`` ``(n, n_in)`` (or one example ``(n_in,)``), ``W`` ``(n_in, n_out)``, ``b`` ``(n_out,)``;
    returns ``Z`` and ``A``, each ``(n, n_out)`` (or ``(n_out,)`` for one example).
    """
    f, _ = get_activation(activation)
    X, W, b = np.asarray(X, dtype=float), np.asarray(W, dtype=float), np.asarray(b, dtype=float)
    check_shape("W", W, (None, None))
    n_in, n_out = W.shape
    check_shape("X", X, (n_in,) if X.ndim == 1 else (None, n_in))
    check_shape("b", b, (n_out,))
    Z = weighted_input(X, W, b)
    return Z, f(Z)


def weighted_input(A: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """z = a W + b for a batch: ``A`` ``(n, n_in)`` @ ``W`` ``(n_in, n_out)`` + ``b`` ``(n_out,)`` -> ``(n, n_out)``.

    The formula alone, without ``dense``'s checks: the networks call it thousands of times per epoch."""
    return A @ W + b


def init_layer(n_in: int, n_out: int, rng: np.random.Generator, dtype=float) -> tuple[np.ndarray, np.ndarray]:
    """Random starting weights ``W`` ``(n_in, n_out)``, drawn from N(0, 1/n_in), and zero biases ``b`` ``(n_out,)``
    (both float64 unless ``dtype`` says otherwise)."""
    n_in, n_out, rng = whole("n_in", n_in), whole("n_out", n_out), generator(rng)
    W = rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_in, n_out))
    return W.astype(dtype, copy=False), np.zeros(n_out, dtype=dtype)


def parameter_count(sizes: list[int]) -> tuple[int, int]:
    """(number of weights, number of biases) of a network with layer sizes ``sizes``, e.g. [784, 16, 16, 10]."""
    sizes = layer_sizes(sizes)
    weights = sum(n_in * n_out for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=True))
    return weights, sum(sizes[1:])
