"""A fully connected network trained by backpropagation, in NumPy (notebook 04).

Notation as in the series: a batch ``X`` ``(n, 784)``; layer l has ``W[l]`` ``(n_in, n_out)`` and ``b[l]``
``(n_out,)``; ``Z = A_prev @ W + b``, ``A = f(Z)`` (notebook 03's ``dense``). Targets ``Y`` ``(n, 10)`` are one-hot.

Two choices:
- as in the video: sigmoid everywhere, quadratic cost C = ½‖a − y‖² per example (``Network(sizes, rng)``);
- the modern one: ReLU in the hidden layers, softmax output and cross-entropy cost
  (``Network(sizes, rng, hidden="relu", output="softmax")``).
"""

import numpy as np

from . import _inputs as inputs
from ._shapes import check_shape
from .activations import get_activation, relu, relu_prime, sigmoid_fast, sigmoid_slope, softmax
from .costs import cross_entropy, cross_entropy_delta, quadratic, quadratic_delta
from .i18n import t
from .layers import init_layer
from .training import Model


class Network(Model):
    """``Network([784, 16, 16, 10], rng)``: each layer set up as in notebook 03 (``init_layer``: weights from
    N(0, 1/n_in) drawn with ``rng``, a Generator or an int seed; biases 0), in float32.

    ``predict``, ``accuracy``, ``cost`` and ``fit`` come from ``nnlib.training.Model``."""

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
        self.sizes, self.hidden, self.output, self.classes = sizes, hidden, output, sizes[-1]
        layers = [init_layer(n_in, n_out, rng, dtype) for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=True)]
        self.W, self.b = [W for W, _ in layers], [b for _, b in layers]

    @property
    def default_lr(self) -> float:
        """The learning rate ``fit`` takes when none is given (``DEFAULT_LR``)."""
        return self.DEFAULT_LR[self.hidden, self.output]

    def inputs(self, X) -> np.ndarray:
        """``X`` ``(n, 784)`` in the network's float type; a wrong shape is an error that says so."""
        X = np.asarray(X, dtype=self.W[0].dtype)
        check_shape("X", X, (None, self.sizes[0]))
        return X

    def f(self, Z: np.ndarray) -> np.ndarray:
        """The hidden layers' activation: σ (``sigmoid_fast``) or ReLU."""
        return sigmoid_fast(Z) if self.hidden == "sigmoid" else relu(Z)

    def f_prime(self, Z: np.ndarray, A: np.ndarray) -> np.ndarray:
        """f'(Z) of the hidden layers, from ``Z`` and ``A = f(Z)``: σ' = A(1 − A), ReLU' = [Z > 0]."""
        return sigmoid_slope(A) if self.hidden == "sigmoid" else relu_prime(Z)

    def forward(self, X: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Every layer's ``Z`` and ``A`` for a batch ``X`` ``(n, 784)``; ``A[0]`` is ``X``, ``A[-1]`` the output."""
        Zs, As = [], [self.inputs(X)]
        for W, b in zip(self.W[:-1], self.b[:-1], strict=True):  # the hidden layers
            Zs.append(As[-1] @ W + b)                              # z = a_prev W + b
            As.append(self.f(Zs[-1]))                              # a = f(z)
        Zs.append(As[-1] @ self.W[-1] + self.b[-1])                # the output layer: z = a_prev W + b
        As.append(softmax(Zs[-1]) if self.output == "softmax" else sigmoid_fast(Zs[-1]))  # a = softmax(z) or σ(z)
        return Zs, As

    def activations(self, X: np.ndarray) -> list[np.ndarray]:
        """Every layer's activations for ``X`` ``(n, 784)``: ``[X, A1 (n, 16), A2 (n, 16), A3 (n, 10)]``."""
        return self.forward(inputs.pixels("X", X))[1]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """The output layer's activations ``(n, 10)``."""
        return self.forward(inputs.pixels("X", X))[1][-1]

    def cost_of(self, A: np.ndarray, Y: np.ndarray) -> float:
        """The average cost of outputs ``A`` ``(n, 10)`` against targets ``Y``: quadratic ½‖a − y‖², or the
        cross-entropy −Σ y log a for a softmax output (``nnlib.costs``)."""
        return cross_entropy(A, Y) if self.output == "softmax" else quadratic(A, Y)

    def gradients(self, X: np.ndarray, Y: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Backpropagation: the gradients of the average cost with respect to every ``W[l]`` and ``b[l]``.

        ``delta`` of the output layer is (a − y)·σ'(z) for the quadratic cost and a − y for softmax with
        cross-entropy; then delta_prev = (delta @ W.T) · f'(Z_prev). Whole batches at once, no loop over examples.
        """
        return self._backpropagate(X, Y)[:2]

    def _backpropagate(self, X: np.ndarray, Y: np.ndarray):
        Zs, As = self.forward(X)  # As[l] is the input of layer l (As[0] = X), Zs[l] and As[l + 1] its z and a
        n, L = len(X), len(self.W)
        grad_W, grad_b = [None] * L, [None] * L
        if self.output == "softmax":
            delta = cross_entropy_delta(As[-1], Y) / n               # δ = (a − y) / n  (softmax, cross-entropy)
        else:
            delta = quadratic_delta(As[-1], Y) / n                   # δ = (a − y) ⊙ σ'(z) / n,  σ' = a(1 − a)
        for l in range(L - 1, -1, -1):  # noqa: E741 (l for layer, as in the book)
            grad_W[l] = As[l].T @ delta                              # ∂C/∂W = a_prevᵀ δ
            grad_b[l] = delta.sum(axis=0)                            # ∂C/∂b = Σ δ over the batch
            if l:
                delta = (delta @ self.W[l].T) * self.f_prime(Zs[l - 1], As[l])  # δ_prev = δ Wᵀ ⊙ f'(z_prev)
        return grad_W, grad_b, As[-1]

    def step(self, X: np.ndarray, Y: np.ndarray, lr: float) -> np.ndarray:
        """One gradient-descent step on the batch ``X`` ``(n, 784)``, ``Y`` ``(n, 10)``: W -= lr·∂C/∂W, b likewise.

        Returns the batch's outputs ``(n, 10)`` before the step (for the running cost and accuracy)."""
        grad_W, grad_b, outputs = self._backpropagate(X, Y)
        for layer in range(len(self.W)):
            self.W[layer] -= lr * grad_W[layer]
            self.b[layer] -= lr * grad_b[layer]
        return outputs
