"""A tiny convolutional network in NumPy (notebook 05): (conv → ReLU → 2×2 max-pool) × L → dense → softmax.

Input as everywhere in the series: ``X`` ``(n, 784)``, taken as images ``(n, 1, 28, 28)``. Layer l has kernels
``K[l]`` ``(c_out, c_in, 3, 3)`` and biases ``bK[l]`` ``(c_out,)`` ('valid' convolution: 28 → 26, pooled to 13;
a second layer: 13 → 11 → 5); the dense layer has ``W`` ``(c·h·w, 10)`` and ``b`` ``(10,)``. Cost: cross-entropy.
"""

from collections.abc import Callable

import numpy as np

from . import _inputs as inputs
from ._shapes import check_shape
from .conv import conv2d, conv2d_backward, max_pool2d, max_pool2d_backward
from .network import softmax
from .training import train


class CNN:
    """``CNN(rng)``: one conv layer of 8 kernels; ``CNN(rng, channels=(8, 16))``: two conv layers."""

    def __init__(self, rng: np.random.Generator | int, channels: tuple = (8,), kernel: int = 3, classes: int = 10,
                 dtype=np.float32):
        rng = inputs.generator(rng)
        self.channels, self.kernel = tuple(channels), kernel
        self.K, self.bK = [], []
        c_in, side = 1, 28
        for c_out in self.channels:
            fan_in = c_in * kernel * kernel
            self.K.append((rng.standard_normal((c_out, c_in, kernel, kernel)) * np.sqrt(2 / fan_in)).astype(dtype))
            self.bK.append(np.zeros(c_out, dtype=dtype))
            c_in, side = c_out, (side - kernel + 1) // 2
        self.flat = c_in * side * side
        self.W = (rng.standard_normal((self.flat, classes)) / np.sqrt(self.flat)).astype(dtype)
        self.b = np.zeros(classes, dtype=dtype)

    def images(self, X: np.ndarray) -> np.ndarray:
        """``X`` ``(n, 784)`` -> images ``(n, 1, 28, 28)`` in the network's float type."""
        X = np.asarray(X, dtype=self.W.dtype)
        check_shape("X", X, (None, 784))
        return X.reshape(-1, 1, 28, 28)

    def feature_maps(self, X: np.ndarray) -> list[dict]:
        """For each conv layer, its maps: ``{"input", "conv", "relu", "pool"}``, each ``(n, c, h, w)``."""
        layers, A = [], self.images(X)
        for K, bK in zip(self.K, self.bK, strict=True):
            Z = conv2d(A, K, bK)
            R = np.maximum(Z, 0)
            P = max_pool2d(R)
            layers.append({"input": A, "conv": Z, "relu": R, "pool": P})
            A = P
        return layers

    def _forward(self, X: np.ndarray):
        layers = self.feature_maps(X)
        flat = layers[-1]["pool"].reshape(len(X), -1)
        return layers, flat, softmax(flat @ self.W + self.b)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """The 10 output activations (softmax) of each row of ``X``: ``(n, 10)``."""
        return self._forward(inputs.pixels("X", X))[2]

    def predict(self, X: np.ndarray, batch: int = 1000) -> np.ndarray:
        """The predicted digit of each row of ``X`` ``(n, 784)``: ``(n,)``."""
        X = inputs.pixels("X", X)
        return np.concatenate([self.predict_proba(X[i : i + batch]).argmax(axis=1) for i in range(0, len(X), batch)])

    def accuracy(self, X: np.ndarray, y: np.ndarray) -> float:
        """The share of rows of ``X`` whose predicted digit is the label ``y`` ``(n,)``."""
        predicted = self.predict(X)
        return float(np.mean(predicted == inputs.labels("y", y, len(predicted), self.W.shape[1])))

    @staticmethod
    def cost_of(A: np.ndarray, Y: np.ndarray) -> float:
        """The average cross-entropy −Σ y log a of outputs ``A`` ``(n, 10)`` against targets ``Y``."""
        return float(-np.mean(np.sum(Y * np.log(np.maximum(A, 1e-12)), axis=1)))

    def cost(self, X: np.ndarray, Y: np.ndarray, batch: int = 1000) -> float:
        """The average cross-entropy over the rows of ``X`` ``(n, 784)``, computed 1,000 rows at a time."""
        total = sum(self.cost_of(self.predict_proba(X[i : i + batch]), Y[i : i + batch]) * len(X[i : i + batch])
                    for i in range(0, len(X), batch))
        return total / len(X)

    def gradients(self, X: np.ndarray, Y: np.ndarray) -> dict:
        """Backpropagation through dense, pooling, ReLU and convolution: ``{"W", "b", "K": [...], "bK": [...]}``."""
        return self._backpropagate(X, Y)[0]

    def _backpropagate(self, X: np.ndarray, Y: np.ndarray):
        layers, flat, A = self._forward(X)
        delta = (A - Y) / len(X)  # softmax with cross-entropy
        grads = {"W": flat.T @ delta, "b": delta.sum(axis=0), "K": [None] * len(self.K), "bK": [None] * len(self.K)}
        d = (delta @ self.W.T).reshape(layers[-1]["pool"].shape)
        for l in range(len(self.K) - 1, -1, -1):  # noqa: E741 (l for layer, as in the book)
            maps = layers[l]
            d = max_pool2d_backward(d, maps["relu"], maps["pool"])
            d = d * (maps["conv"] > 0)
            d, grads["K"][l], grads["bK"][l] = conv2d_backward(d, maps["input"], self.K[l], need_dX=l > 0)
        return grads, A

    def step(self, X: np.ndarray, Y: np.ndarray, lr: float) -> np.ndarray:
        """One gradient-descent step on a batch; returns the batch's outputs ``(n, 10)`` before the step."""
        grads, outputs = self._backpropagate(X, Y)
        self.W -= lr * grads["W"]
        self.b -= lr * grads["b"]
        for l in range(len(self.K)):  # noqa: E741
            self.K[l] -= lr * grads["K"][l]
            self.bK[l] -= lr * grads["bK"][l]
        return outputs

    def fit(self, X: np.ndarray, y: np.ndarray, epochs: int = 5, batch_size: int = 32, lr: float = 0.1,
            rng: np.random.Generator | None = None, validation: tuple | None = None,
            callback: Callable[[int, dict], None] | None = None, progress: bool = True) -> dict:
        """Mini-batch gradient descent (``nnlib.training.train``); returns the history per epoch."""
        self.images(X)
        X, y, epochs, batch_size, lr, rng, validation = inputs.fit_arguments(
            X, y, epochs, batch_size, lr, rng, validation, self.W.shape[1])
        return train(self, X, y, epochs, batch_size, lr, rng, validation, callback, progress)
