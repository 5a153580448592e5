"""The cost of a network's outputs (notebook 04), and where backpropagation starts.

Outputs ``A`` and one-hot targets ``Y`` are ``(n, 10)``; a cost is averaged over the n examples. For each cost,
``*_delta`` is the error of the output layer, δ = ∂C/∂z per example ``(n, 10)``, for the output activation it is
used with:

- as in the video: sigmoid outputs and the quadratic cost C = ½‖a − y‖², δ = (a − y) ⊙ σ'(z);
- the modern choice: softmax outputs and the cross-entropy C = −Σ y log a, δ = a − y.
"""

import numpy as np

from .activations import sigmoid_slope


def quadratic(A: np.ndarray, Y: np.ndarray) -> float:
    """C = ½‖a − y‖², averaged over the rows of ``A`` and ``Y`` ``(n, 10)``."""
    return float(0.5 * np.mean(np.sum((A - Y) ** 2, axis=1)))


def quadratic_delta(A: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """δ = (a − y) ⊙ σ'(z) of a sigmoid output layer, with σ'(z) = σ(z)(1 − σ(z)) = a(1 − a); ``(n, 10)``."""
    return (A - Y) * sigmoid_slope(A)


def cross_entropy(A: np.ndarray, Y: np.ndarray) -> float:
    """C = −Σ y log a, averaged over the rows of ``A`` and ``Y`` ``(n, 10)`` (a is kept above 1e-12: log 0 = −∞)."""
    return float(-np.mean(np.sum(Y * np.log(np.maximum(A, 1e-12)), axis=1)))


def cross_entropy_delta(A: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """δ = a − y of a softmax output layer with the cross-entropy (softmax's slope and the log cancel); ``(n, 10)``."""
    return A - Y
