"""A tiny convolutional network in NumPy (notebook 05): (conv → ReLU → 2×2 max-pool) × L → dense → softmax.

Input as everywhere in the series: ``X`` ``(n, 784)``, taken as images ``(n, 1, 28, 28)``. Layer k has kernels
``K[k]`` ``(c_out, c_in, 3, 3)`` and biases ``bK[k]`` ``(c_out,)`` ('valid' convolution: 28 → 26, pooled to 13;
a second layer: 13 → 11 → 5); the dense layer has ``W`` ``(c·h·w, 10)`` and ``b`` ``(10,)``. Cost: cross-entropy.
"""

import hashlib
import json
from pathlib import Path

import numpy as np

from . import _inputs as inputs
from ._shapes import check_shape
from .activations import relu, relu_slope, softmax
from .conv import conv2d, conv2d_backward, max_pool2d, max_pool2d_backward
from .costs import cross_entropy, cross_entropy_delta
from .data import DataError
from .i18n import t
from .layers import init_layer, weighted_input
from .training import Model


class CNN(Model):
    """``CNN(rng)``: one conv layer of 8 kernels; ``CNN(rng, channels=(8, 16))``: two conv layers.

    ``predict``, ``predict_proba``, ``accuracy``, ``cost``, ``step`` and ``fit`` come from
    ``nnlib.training.Model``."""

    default_lr = 0.1  # the learning rate fit takes when none is given

    def __init__(self, rng: np.random.Generator | int, channels: tuple = (8,), kernel: int = 3, classes: int = 10,
                 dtype=np.float32):
        rng = inputs.generator(rng)
        kernel = inputs.whole("kernel", kernel)
        channels = inputs.channels(channels, kernel)
        self.channels, self.kernel, self.classes = channels, kernel, inputs.whole("classes", classes)
        self.K, self.bK = [], []
        c_in, side = 1, 28
        for c_out in self.channels:
            fan_in = c_in * kernel * kernel
            self.K.append((rng.standard_normal((c_out, c_in, kernel, kernel)) * np.sqrt(2 / fan_in)).astype(dtype))
            self.bK.append(np.zeros(c_out, dtype=dtype))
            c_in, side = c_out, (side - kernel + 1) // 2
        self.flat = c_in * side * side
        self.W, self.b = init_layer(self.flat, classes, rng, dtype)  # the dense layer, as in notebook 03
        self._start = self.parameters_now()  # parameters set later (a stored run) are not "untrained"

    def parameters(self) -> list[np.ndarray]:
        """``[K[0], K[1], ..., bK[0], bK[1], ..., W, b]``: the arrays a step changes, in the order of ``gradients``."""
        return [*self.K, *self.bK, self.W, self.b]

    def set_parameters(self, arrays: list[np.ndarray]) -> None:
        """Take ``arrays``, in the order of ``parameters()``, as the kernels, their biases and the dense layer."""
        L = len(self.K)
        self.K, self.bK, (self.W, self.b) = list(arrays[:L]), list(arrays[L : 2 * L]), arrays[2 * L :]

    def as_input(self, X: np.ndarray) -> np.ndarray:
        """``X`` ``(n, 784)`` in the network's float type; a wrong shape is an error that says so."""
        X = np.asarray(X, dtype=self.W.dtype)
        check_shape("X", X, (None, 784))
        return X

    def images(self, X: np.ndarray) -> np.ndarray:
        """``X`` ``(n, 784)`` -> images ``(n, 1, 28, 28)`` in the network's float type."""
        return self.as_input(X).reshape(-1, 1, 28, 28)

    def feature_maps(self, X: np.ndarray) -> list[dict]:
        """For each conv layer, its maps: ``{"input", "conv", "relu", "pool"}``, each ``(n, c, h, w)``."""
        return self.forward(self.as_input(X))[0]

    def forward(self, X: np.ndarray) -> tuple[list[dict], np.ndarray, np.ndarray]:
        """For a batch ``X`` ``(n, 784)`` (as ``as_input`` gives it): every conv layer's maps (``feature_maps``), the
        last pooled maps flattened ``(n, c·h·w)``, and the outputs ``A`` ``(n, 10)`` of the dense layer with softmax."""
        layers, A = [], X.reshape(-1, 1, 28, 28)
        for K, bK in zip(self.K, self.bK, strict=True):
            Z = conv2d(A, K, bK)
            R = relu(Z)
            P = max_pool2d(R)
            layers.append({"input": A, "conv": Z, "relu": R, "pool": P})
            A = P
        flat = A.reshape(len(X), -1)
        return layers, flat, softmax(weighted_input(flat, self.W, self.b))

    def outputs(self, X: np.ndarray) -> np.ndarray:
        """The 10 output activations (softmax) of each row of ``X`` as ``as_input`` gives it: ``(n, 10)``."""
        return self.forward(X)[2]

    def cost_of(self, A: np.ndarray, Y: np.ndarray) -> float:
        """The average cross-entropy −Σ y log a of outputs ``A`` ``(n, 10)`` against targets ``Y`` (``nnlib.costs``)."""
        return cross_entropy(A, Y)

    def backward(self, layers: list[dict], flat: np.ndarray, A: np.ndarray, Y: np.ndarray) -> list[np.ndarray]:
        """Backpropagation through dense, pooling, ReLU and convolution, from ``forward``'s results and the targets
        ``Y`` ``(n, 10)``: ``[∂C/∂K[0], ..., ∂C/∂bK[0], ..., ∂C/∂W, ∂C/∂b]`` (as ``parameters()``, same shapes)."""
        L = len(self.K)
        grad_K, grad_bK = [None] * L, [None] * L
        delta = cross_entropy_delta(A, Y) / len(Y)  # δ = (a − y) / n  (softmax, cross-entropy)
        grad_W, grad_b = flat.T @ delta, delta.sum(axis=0)
        d = (delta @ self.W.T).reshape(layers[-1]["pool"].shape)  # ∂C/∂(pooled maps)
        for k in range(L - 1, -1, -1):
            maps = layers[k]
            d = max_pool2d_backward(d, maps["relu"], maps["pool"])  # to the maximum of each window
            d = d * relu_slope(maps["relu"])                        # through ReLU
            d, grad_K[k], grad_bK[k] = conv2d_backward(d, maps["input"], self.K[k], need_dX=k > 0)
        return [*grad_K, *grad_bK, grad_W, grad_b]

    def backprop(self, X: np.ndarray, Y: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
        """Forward, then backward, for ``X`` ``(n, 784)`` and ``Y`` ``(n, 10)``: the outputs ``(n, 10)`` and the
        gradients (``backward``)."""
        layers, flat, outputs = self.forward(X)
        return outputs, self.backward(layers, flat, outputs, Y)


# Notebook 05's CNN trained from a random start by scripts/train_cnn_from_random.py (see data/PROVENANCE.md).
RANDOM_START = Path(__file__).parent / "data" / "cnn-random-start.npz"
RANDOM_START_SHA256 = "7d504648fad7d7dfdb3cbefa4d68001d2778068b0c2e106cb545fc24939d1ae1"


def load_random_start(path: Path = RANDOM_START, sha256: str = RANDOM_START_SHA256) -> tuple[CNN, dict]:
    """What scripts/train_cnn_from_random.py stored, checked by SHA-256 and read without pickle: ``(cnn, run)``.

    ``cnn``: the ``CNN(channels=(8, 16))`` of its long random-start run, ready to use. ``run``: its arrays,
    ``"<name>_start"`` and ``"<name>_end"`` (first-layer kernels before and after training, ``(8, 3, 3)``) and
    ``"<name>_val"`` (test accuracy per epoch) for each run name, and ``run["facts"]`` (a dict: data, seeds,
    epochs, seconds)."""
    path = Path(path)
    if hashlib.sha256(path.read_bytes()).hexdigest() != sha256:
        raise DataError(t("stored_file_changed", name=path.name, path=str(path)))
    with np.load(path, allow_pickle=False) as npz:
        run = {key: npz[key] for key in npz.files}
    run["facts"] = json.loads(str(run["facts"]))
    cnn = CNN(rng=0, channels=(len(run["K0"]), len(run["K1"])))
    cnn.set_parameters([run["K0"], run["K1"], run["bK0"], run["bK1"], run["W"], run["b"]])
    return cnn, run
