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
One gradient-descent step, W ← W − lr · ∂C/∂W and b likewise, is ``step`` (``nnlib.training``, shared with the CNN).
"""

import numpy as np

from . import _inputs as inputs
from ._shapes import check_shape
from .activations import relu, relu_slope, sigmoid_fast, sigmoid_slope, softmax
from .costs import cross_entropy, cross_entropy_delta, quadratic, quadratic_delta
from .i18n import t
from .layers import init_layer, weighted_input
from .training import Model

# The hidden layers' activation f, and f'(z) computed from a = f(z): σ' = a(1 − a), ReLU' = [a > 0].
HIDDEN = {"sigmoid": (sigmoid_fast, sigmoid_slope), "relu": (relu, relu_slope)}
# The output layer's activation, its cost and its δ: σ with the quadratic cost, or softmax with the cross-entropy.
OUTPUT = {"sigmoid": (sigmoid_fast, quadratic, quadratic_delta),
          "softmax": (softmax, cross_entropy, cross_entropy_delta)}


class Network(Model):
    """``Network([784, 16, 16, 10], rng)``: each layer set up as in notebook 03 (``init_layer``: weights from
    N(0, 1/n_in) drawn with ``rng``, a Generator or an int seed; biases 0), in float32.

    ``predict``, ``predict_proba``, ``accuracy``, ``cost``, ``step`` and ``fit`` come from ``nnlib.training.Model``."""

    # The learning rate ``fit`` uses when none is given, per (hidden, output), with the default batch size 32
    # (how it was chosen: tests/test_learner_training.py).
    DEFAULT_LR = {("sigmoid", "sigmoid"): 3.0, ("relu", "sigmoid"): 0.5, ("sigmoid", "softmax"): 0.5,
                  ("relu", "softmax"): 0.1}

    def __init__(self, sizes: list[int], rng: np.random.Generator | int, hidden: str = "sigmoid",
                 output: str = "sigmoid", dtype=np.float32):
        if not isinstance(hidden, str) or hidden not in HIDDEN:
            raise ValueError(t("unknown_activation", name=hidden, choices=tuple(HIDDEN)))
        if not isinstance(output, str) or output not in OUTPUT:
            raise ValueError(t("unknown_activation", name=output, choices=tuple(OUTPUT)))
        sizes, rng = inputs.layer_sizes(sizes), inputs.generator(rng)
        self.sizes, self.hidden, self.output, self.classes = sizes, hidden, output, sizes[-1]
        self.f, self.f_prime = HIDDEN[hidden]  # chosen once, here: no step asks again
        self.f_out, self.cost_of, self.output_delta = OUTPUT[output]
        layers = [init_layer(n_in, n_out, rng, dtype) for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=True)]
        self.W, self.b = [W for W, _ in layers], [b for _, b in layers]
        self._start = self.parameters_now()  # weights set by hand later are not "untrained" (``untrained``)

    @property
    def default_lr(self) -> float:
        """The learning rate ``fit`` takes when none is given (``DEFAULT_LR``)."""
        return self.DEFAULT_LR[self.hidden, self.output]

    def parameters(self) -> list[np.ndarray]:
        """``[W[0], W[1], ..., b[0], b[1], ...]``: the arrays a step changes, in the order of ``gradients``."""
        return [*self.W, *self.b]

    def set_parameters(self, arrays: list[np.ndarray]) -> None:
        """Take ``arrays``, in the order of ``parameters()``, as the weights and biases."""
        self.W, self.b = list(arrays[: len(self.W)]), list(arrays[len(self.W) :])

    def check(self) -> None:
        """Every ``W[k]`` ``(n_in, n_out)`` and ``b[k]`` ``(n_out,)`` as ``sizes`` says, and finite
        (``_inputs.parameters``)."""
        inputs.parameters(self)

    def as_input(self, X) -> np.ndarray:
        """``X`` ``(n, 784)`` in the network's float type; a wrong shape is an error that says so."""
        X = np.asarray(X, dtype=self.W[0].dtype)
        check_shape("X", X, (None, self.sizes[0]))
        return X

    def forward(self, X: np.ndarray) -> list[np.ndarray]:
        """Every layer's activations for a batch ``X`` ``(n, 784)`` (as ``as_input`` gives it): ``As[k]`` belongs to
        layer k, ``As[0]`` is ``X``, ``As[-1]`` the output ``(n, 10)``."""
        As = [X]
        for W, b in zip(self.W[:-1], self.b[:-1], strict=True):  # the hidden layers
            z = weighted_input(As[-1], W, b)                      # z = a_prev W + b
            As.append(self.f(z))                                  # a = f(z)
        z = weighted_input(As[-1], self.W[-1], self.b[-1])        # the output layer: z = a_prev W + b
        As.append(self.f_out(z))                                  # a = σ(z), or softmax(z)
        return As

    def outputs(self, X: np.ndarray) -> np.ndarray:
        """The output layer's activations ``(n, 10)`` for ``X`` as ``as_input`` gives it."""
        return self.forward(X)[-1]

    def activations(self, X: np.ndarray) -> list[np.ndarray]:
        """Every layer's activations for ``X`` ``(n, 784)``: ``[X, A1 (n, 16), A2 (n, 16), A3 (n, 10)]``."""
        self.check()
        return self.forward(self.as_input(inputs.pixels("X", X)))

    def backward(self, As: list[np.ndarray], Y: np.ndarray) -> list[np.ndarray]:
        """Backpropagation: from ``forward``'s activations ``As`` and the targets ``Y`` ``(n, 10)``, the gradients of
        the average cost, ``[∂C/∂W[0], ..., ∂C/∂b[0], ...]`` (as ``parameters()``, same shapes). Whole batches."""
        n, L = len(Y), len(self.W)
        grad_W, grad_b = [None] * L, [None] * L
        delta = self.output_delta(As[-1], Y) / n                  # δ = (a − y) ⊙ σ'(z) / n, or (a − y) / n (softmax)
        for k in range(L - 1, -1, -1):                             # W[k] leads from layer k to layer k + 1
            grad_W[k] = As[k].T @ delta                            # ∂C/∂W = a_prevᵀ δ
            grad_b[k] = delta.sum(axis=0)                          # ∂C/∂b = Σ δ over the batch
            if k:                                                  # δ of layer k, from δ of layer k + 1:
                delta = (delta @ self.W[k].T) * self.f_prime(As[k])  # δ_prev = δ Wᵀ ⊙ f'(z_prev)
        return grad_W + grad_b

    def backprop(self, X: np.ndarray, Y: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
        """Forward, then backward, for ``X`` ``(n, 784)`` and ``Y`` ``(n, 10)``: the outputs ``(n, 10)`` and the
        gradients (``backward``)."""
        As = self.forward(X)
        return As[-1], self.backward(As, Y)
