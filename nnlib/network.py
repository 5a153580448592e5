"""A fully connected network trained by backpropagation, in NumPy (notebook 04).

Notation as in the series: a batch ``X`` ``(n, 784)``; layer l has ``W[l]`` ``(n_in, n_out)`` and ``b[l]``
``(n_out,)``; ``Z = A_prev @ W + b``, ``A = f(Z)`` (notebook 03's ``dense``). Targets ``Y`` ``(n, 10)`` are one-hot.

Two choices:
- as in the video: sigmoid everywhere, quadratic cost C = ½‖a − y‖² per example (``Network(sizes, rng)``);
- the modern one: ReLU in the hidden layers, softmax output and cross-entropy cost
  (``Network(sizes, rng, hidden="relu", output="softmax")``).
"""

from collections.abc import Callable

import numpy as np

from . import _inputs as inputs
from ._shapes import check_shape
from .activations import get_activation
from .i18n import t
from .training import train


def softmax(Z: np.ndarray) -> np.ndarray:
    """Row-wise softmax of ``Z`` ``(n, k)``: positive, each row sums to 1; shape kept."""
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


class Network:
    """``Network([784, 16, 16, 10], rng)``: weights drawn from N(0, 1/n_in) with ``rng`` (a Generator or an int
    seed), biases 0."""

    # The learning rate ``fit`` uses when none is given, per (hidden, output), with the default batch size 32:
    # each gets about 90% of the bundled test digits right after 5 epochs, and the rate 2-10 times larger that
    # would still be safe (ReLU collapses to 10% at 3.0 with a sigmoid output and at 1.0 with softmax) is
    # avoided. Measured on two seeds; tests/test_learner_training.py checks it.
    DEFAULT_LR = {("sigmoid", "sigmoid"): 3.0, ("relu", "sigmoid"): 0.5, ("sigmoid", "softmax"): 0.5,
                  ("relu", "softmax"): 0.1}

    def __init__(self, sizes: list[int], rng: np.random.Generator | int, hidden: str = "sigmoid",
                 output: str = "sigmoid", dtype=np.float32):
        if output not in ("sigmoid", "softmax"):
            raise ValueError(t("unknown_activation", name=output, choices=("sigmoid", "softmax")))
        get_activation(hidden)
        sizes, rng = inputs.layer_sizes(sizes), inputs.generator(rng)
        self.sizes, self.hidden, self.output = sizes, hidden, output
        self.epochs_trained = 0  # how many epochs fit has run: 0 means its answers are guesses
        self.W = [(rng.standard_normal((n_in, n_out)) / np.sqrt(n_in)).astype(dtype)
                  for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=True)]
        self.b = [np.zeros(n_out, dtype=dtype) for n_out in sizes[1:]]

    @property
    def loss_name(self) -> str:
        return "quadratic" if self.output == "sigmoid" else "cross-entropy"

    def _check_input(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=self.W[0].dtype)
        check_shape("X", X, (None, self.sizes[0]))
        return X

    def forward(self, X: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Every layer's ``Z`` and ``A`` for a batch ``X`` ``(n, 784)``; ``A[0]`` is ``X``, ``A[-1]`` the output."""
        X = self._check_input(X)
        f, _ = get_activation(self.hidden)
        Zs, As = [], [X]
        for layer, (W, b) in enumerate(zip(self.W, self.b, strict=True)):
            Z = As[-1] @ W + b
            last = layer == len(self.W) - 1
            if not last:
                A = f(Z)
            elif self.output == "softmax":
                A = softmax(Z)
            else:
                A = get_activation("sigmoid")[0](Z)
            Zs.append(Z)
            As.append(A)
        return Zs, As

    def activations(self, X: np.ndarray) -> list[np.ndarray]:
        """Every layer's activations for ``X`` ``(n, 784)``: ``[X, A1 (n, 16), A2 (n, 16), A3 (n, 10)]``."""
        return self.forward(inputs.pixels("X", X))[1]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """The output layer's activations ``(n, 10)``."""
        return self.forward(inputs.pixels("X", X))[1][-1]

    def predict(self, X: np.ndarray) -> np.ndarray:
        """The predicted digit of each row of ``X``: the most active output neuron, ``(n,)``."""
        return np.argmax(self.predict_proba(X), axis=1)

    def accuracy(self, X: np.ndarray, y: np.ndarray) -> float:
        """The share of rows of ``X`` whose predicted digit is the label ``y`` ``(n,)``."""
        predicted = self.predict(X)
        return float(np.mean(predicted == inputs.labels("y", y, len(predicted), self.sizes[-1])))

    def cost_of(self, A: np.ndarray, Y: np.ndarray) -> float:
        """The average cost of outputs ``A`` ``(n, 10)`` against targets ``Y``: quadratic ½‖a − y‖² or cross-entropy
        −Σ y log a."""
        if self.output == "softmax":
            return float(-np.mean(np.sum(Y * np.log(np.maximum(A, 1e-12)), axis=1)))
        return float(0.5 * np.mean(np.sum((A - Y) ** 2, axis=1)))

    def cost(self, X: np.ndarray, Y: np.ndarray) -> float:
        """The average cost over the batch ``X`` ``(n, 784)`` with targets ``Y`` ``(n, 10)``."""
        return self.cost_of(self.predict_proba(X), Y)

    def gradients(self, X: np.ndarray, Y: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Backpropagation: the gradients of the average cost with respect to every ``W[l]`` and ``b[l]``.

        ``delta`` of the output layer is (a − y)·σ'(z) for the quadratic cost and a − y for softmax with
        cross-entropy; then delta_prev = (delta @ W.T) · f'(Z_prev). Whole batches at once, no loop over examples.
        """
        return self._backpropagate(X, Y)[:2]

    def _backpropagate(self, X: np.ndarray, Y: np.ndarray):
        Zs, As = self.forward(X)
        n = len(X)
        _, f_prime = get_activation(self.hidden)
        if self.output == "softmax":
            delta = (As[-1] - Y) / n
        else:
            delta = (As[-1] - Y) * (As[-1] * (1 - As[-1])) / n  # σ'(z) = σ(z)(1 − σ(z))
        grad_W, grad_b = [None] * len(self.W), [None] * len(self.W)
        for layer in range(len(self.W) - 1, -1, -1):
            grad_W[layer] = As[layer].T @ delta
            grad_b[layer] = delta.sum(axis=0)
            if layer:
                if self.hidden == "sigmoid":
                    derivative = As[layer] * (1 - As[layer])
                else:
                    derivative = f_prime(Zs[layer - 1])
                delta = (delta @ self.W[layer].T) * derivative
        return grad_W, grad_b, As[-1]

    def step(self, X: np.ndarray, Y: np.ndarray, lr: float) -> np.ndarray:
        """One gradient-descent step on the batch ``X`` ``(n, 784)``, ``Y`` ``(n, 10)``: W -= lr·∂C/∂W, b likewise.

        Returns the batch's outputs ``(n, 10)`` before the step (for the running cost and accuracy)."""
        grad_W, grad_b, outputs = self._backpropagate(X, Y)
        for layer in range(len(self.W)):
            self.W[layer] -= lr * grad_W[layer]
            self.b[layer] -= lr * grad_b[layer]
        return outputs

    def fit(self, X: np.ndarray, y: np.ndarray, epochs: int = 10, batch_size: int = 32, lr: float | None = None,
            rng: np.random.Generator | int | None = None, validation: tuple | None = None,
            callback: Callable[[int, dict], None] | None = None, progress: bool = True) -> dict:
        """Mini-batch gradient descent (``nnlib.training.train``); returns the history
        ``{"loss", "accuracy", "val_accuracy"}`` per epoch. ``X`` ``(n, 784)`` pixels in 0..1, ``y`` ``(n,)``
        labels 0..9; ``lr=None`` takes ``DEFAULT_LR`` for this network's hidden and output choice."""
        lr = self.DEFAULT_LR[self.hidden, self.output] if lr is None else lr
        X, y, epochs, batch_size, lr, rng, validation = inputs.fit_arguments(
            self._check_input(X), y, epochs, batch_size, lr, rng, validation, self.sizes[-1])
        history = train(self, X, y, epochs, batch_size, lr, rng, validation, callback, progress)
        self.epochs_trained += epochs
        return history
