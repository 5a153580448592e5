"""A fully connected network trained by backpropagation, in NumPy (notebook 04).

Notation as in the series: a batch ``X`` ``(n, 784)``; ``W[k]`` ``(n_in, n_out)`` and ``b[k]`` ``(n_out,)`` connect
layer k to layer k + 1; ``z = a_prev W + b``, ``a = f(z)`` (notebook 03's ``dense``). Targets ``Y`` ``(n, 10)`` are
one-hot. Layer 0 is the input (``a = X``), the last layer the output.

Two choices:
- as in the video: sigmoid everywhere, quadratic cost C = ½‖a − y‖² per example (``Network(sizes, rng)``);
- the modern one: ReLU in the hidden layers, softmax output and cross-entropy cost
  (``Network(sizes, rng, hidden="relu", output="softmax")``).

Backpropagation (the video's next chapters; Nielsen's book, chapter 2) in the symbols of ``backward``:
δ ("delta") of a layer is ∂C/∂z, how much the cost changes when that layer's z changes, ``(n, n_out)``;
⊙ multiplies element by element (NumPy's ``*``); Wᵀ is ``W.T``; C is the cost averaged over the batch, hence the
``/ n``. The output layer's δ comes from its cost (``nnlib.costs``); each earlier δ from the one after it.
"""

import numpy as np

from . import _inputs as inputs
from ._shapes import check_shape
from .activations import relu, relu_prime, sigmoid_fast, sigmoid_slope, softmax
from .costs import cross_entropy, cross_entropy_delta, quadratic, quadratic_delta
from .i18n import t
from .layers import init_layer, weighted_input
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
        if hidden not in ("sigmoid", "relu"):
            raise ValueError(t("unknown_activation", name=hidden, choices=("sigmoid", "relu")))
        if output not in ("sigmoid", "softmax"):
            raise ValueError(t("unknown_activation", name=output, choices=("sigmoid", "softmax")))
        sizes, rng = inputs.layer_sizes(sizes), inputs.generator(rng)
        self.sizes, self.hidden, self.output, self.classes = sizes, hidden, output, sizes[-1]
        layers = [init_layer(n_in, n_out, rng, dtype) for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=True)]
        self.W, self.b = [W for W, _ in layers], [b for _, b in layers]
        self._start = self.parameters_now()  # weights set by hand later are not "untrained" (``untrained``)

    @property
    def default_lr(self) -> float:
        """The learning rate ``fit`` takes when none is given (``DEFAULT_LR``)."""
        return self.DEFAULT_LR[self.hidden, self.output]

    def check(self) -> None:
        """Every ``W[k]`` ``(n_in, n_out)`` and ``b[k]`` ``(n_out,)`` as ``sizes`` says, and finite
        (``_inputs.parameters``)."""
        inputs.parameters(self)

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

    def forward(self, X: np.ndarray) -> tuple[list, list[np.ndarray]]:
        """Every layer's ``z`` and ``a`` for a batch ``X`` ``(n, 784)``: ``Zs[k]`` and ``As[k]`` belong to layer k;
        ``As[0]`` is ``X`` (the input layer has no z: ``Zs[0]`` is None), ``As[-1]`` the output ``(n, 10)``."""
        Zs, As = [None], [self.inputs(X)]
        for W, b in zip(self.W[:-1], self.b[:-1], strict=True):  # the hidden layers
            Zs.append(weighted_input(As[-1], W, b))                # z = a_prev W + b
            As.append(self.f(Zs[-1]))                              # a = f(z)
        Zs.append(weighted_input(As[-1], self.W[-1], self.b[-1]))  # the output layer: z = a_prev W + b
        As.append(softmax(Zs[-1]) if self.output == "softmax" else sigmoid_fast(Zs[-1]))  # a = softmax(z) or σ(z)
        return Zs, As

    def activations(self, X: np.ndarray) -> list[np.ndarray]:
        """Every layer's activations for ``X`` ``(n, 784)``: ``[X, A1 (n, 16), A2 (n, 16), A3 (n, 10)]``."""
        self.check()
        return self.forward(inputs.pixels("X", X))[1]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """The output layer's activations ``(n, 10)``."""
        self.check()
        return self.forward(inputs.pixels("X", X))[1][-1]

    def cost_of(self, A: np.ndarray, Y: np.ndarray) -> float:
        """The average cost of outputs ``A`` ``(n, 10)`` against targets ``Y``: quadratic ½‖a − y‖², or the
        cross-entropy −Σ y log a for a softmax output (``nnlib.costs``)."""
        return cross_entropy(A, Y) if self.output == "softmax" else quadratic(A, Y)

    def backward(self, Zs: list, As: list[np.ndarray], Y: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Backpropagation: from ``forward``'s ``Zs`` and ``As`` and the targets ``Y`` ``(n, 10)``, the gradients of
        the average cost with respect to every ``W[k]`` and ``b[k]`` (same shapes). Whole batches at once."""
        n, L = len(Y), len(self.W)
        grad_W, grad_b = [None] * L, [None] * L
        if self.output == "softmax":
            delta = cross_entropy_delta(As[-1], Y) / n             # δ = (a − y) / n  (softmax, cross-entropy)
        else:
            delta = quadratic_delta(As[-1], Y) / n                 # δ = (a − y) ⊙ σ'(z) / n,  σ' = a(1 − a)
        for k in range(L - 1, -1, -1):                             # W[k] leads from layer k to layer k + 1
            grad_W[k] = As[k].T @ delta                            # ∂C/∂W = a_prevᵀ δ
            grad_b[k] = delta.sum(axis=0)                          # ∂C/∂b = Σ δ over the batch
            if k:                                                  # δ of layer k, from δ of layer k + 1:
                delta = (delta @ self.W[k].T) * self.f_prime(Zs[k], As[k])  # δ_prev = δ Wᵀ ⊙ f'(z_prev)
        return grad_W, grad_b

    def gradients(self, X: np.ndarray, Y: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """The gradients of the average cost over the batch ``X`` ``(n, 784)``, ``Y`` ``(n, 10)``: forward, then
        backward."""
        return self.backward(*self.forward(X), Y)

    def step(self, X: np.ndarray, Y: np.ndarray, lr: float) -> np.ndarray:
        """One gradient-descent step on the batch ``X`` ``(n, 784)``, ``Y`` ``(n, 10)``: W -= lr·∂C/∂W, b likewise.

        Returns the batch's outputs ``(n, 10)`` before the step (for the running cost and accuracy)."""
        Zs, As = self.forward(X)
        grad_W, grad_b = self.backward(Zs, As, Y)
        for k in range(len(self.W)):
            self.W[k] -= lr * grad_W[k]
            self.b[k] -= lr * grad_b[k]
        return As[-1]
