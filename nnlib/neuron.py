"""One neuron: z = w1·a1 + … + wn·an + b, then a' = f(z) (notebooks 01 and 02)."""

import numpy as np

from . import _inputs as inputs
from ._shapes import check_shape
from .activations import get_activation


def neuron(a, w, b: float, activation: str = "sigmoid") -> tuple[np.ndarray, np.ndarray]:
    """The weighted sum ``z`` and the activation ``f(z)`` of one neuron.

    Shapes: ``a`` is one input vector ``(n_in,)`` or a batch ``(n, n_in)``; ``w`` is ``(n_in,)``; ``b`` a number.
    Numbers are taken as one input (n_in = 1).
    Returns ``(z, f(z))``, each of shape ``()`` for one input vector and ``(n,)`` for a batch.
    ``activation`` is "sigmoid" or "relu".
    """
    f, _ = get_activation(activation)
    a, w, b = (np.asarray(inputs.numbers(name, value), dtype=float) for name, value in (("a", a), ("w", w), ("b", b)))
    w = np.atleast_1d(w)
    if a.ndim == 0:
        a = a.reshape(1)
    check_shape("w", w, (None,))
    n_in = w.shape[0]
    check_shape("a", a, (n_in,) if a.ndim == 1 else (None, n_in))
    check_shape("b", b, ())
    z = a @ w + b
    return z, f(z)
