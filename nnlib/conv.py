"""Convolution and max-pooling, vectorized with NumPy (notebook 05).

Shapes: images ``X`` ``(n, c_in, h, w)``; kernels ``K`` ``(c_out, c_in, kh, kw)``; output ``(n, c_out, h', w')``.
Single-channel shortcuts: ``X`` ``(n, h, w)`` and ``K`` ``(c_out, kh, kw)`` are taken as ``c_in = 1``.

``conv2d`` is cross-correlation, as deep-learning libraries define "convolution": the kernel slides over the
image without being flipped, and each output pixel is Σ K · (the patch under it) — a neuron whose weights are
the kernel, looking at one small patch at a time.
"""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ._shapes import check_shape
from .i18n import t

# 3×3 kernel presets for notebook 05's explorer (the sign convention of notebook 02: positive and negative weights)
KERNELS = {
    "vertical edge": np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]]),
    "horizontal edge": np.array([[-1.0, -2.0, -1.0], [0.0, 0.0, 0.0], [1.0, 2.0, 1.0]]),
    "diagonal edge": np.array([[0.0, 1.0, 2.0], [-1.0, 0.0, 1.0], [-2.0, -1.0, 0.0]]),
    "blur": np.full((3, 3), 1 / 9),
    "sharpen": np.array([[0.0, -1.0, 0.0], [-1.0, 5.0, -1.0], [0.0, -1.0, 0.0]]),
}


def _as_4d(X: np.ndarray, K: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    X, K = np.asarray(X), np.asarray(K)
    if X.ndim == 3:
        X = X[:, None]
    if K.ndim == 3:
        K = K[:, None]
    check_shape("X", X, (None, None, None, None))
    check_shape("K", K, (None, X.shape[1], None, None))
    return X, K


def pad_same(X: np.ndarray, kh: int, kw: int) -> np.ndarray:
    """Zero padding of ``X`` ``(n, c, h, w)`` so that a kh × kw kernel gives an output of the same h × w."""
    top, left = (kh - 1) // 2, (kw - 1) // 2
    return np.pad(X, ((0, 0), (0, 0), (top, kh - 1 - top), (left, kw - 1 - left)))


def conv2d(X: np.ndarray, K: np.ndarray, b: np.ndarray | None = None, mode: str = "valid") -> np.ndarray:
    """Cross-correlate every image with every kernel (summing over input channels) and add the bias.

    ``X`` ``(n, c_in, h, w)``, ``K`` ``(c_out, c_in, kh, kw)``, ``b`` ``(c_out,)`` or None ->
    ``(n, c_out, h - kh + 1, w - kw + 1)`` for ``mode="valid"``, ``(n, c_out, h, w)`` for ``mode="same"``.
    """
    X, K = _as_4d(X, K)
    if mode not in ("valid", "same"):
        raise ValueError(t("conv_mode", mode=mode))
    kh, kw = K.shape[2:]
    if mode == "same":
        X = pad_same(X, kh, kw)
    windows = sliding_window_view(X, (kh, kw), axis=(2, 3))  # (n, c_in, h', w', kh, kw)
    out = np.tensordot(windows, K, axes=([1, 4, 5], [1, 2, 3]))  # (n, h', w', c_out)
    out = out.transpose(0, 3, 1, 2)
    if b is not None:
        b = np.asarray(b)
        check_shape("b", b, (K.shape[0],))
        out = out + b[None, :, None, None]
    return np.ascontiguousarray(out)


def max_pool2d(X: np.ndarray, size: int = 2) -> np.ndarray:
    """The largest value of each ``size × size`` block: ``(n, c, h, w)`` -> ``(n, c, h // size, w // size)``.

    Rows and columns that do not fill a whole block at the bottom and right are dropped.
    """
    X = np.asarray(X)
    check_shape("X", X, (None, None, None, None))
    h2, w2 = X.shape[2] // size, X.shape[3] // size
    out = None
    for i in range(size):  # the maximum of size² strided views: much faster than a reshape and max over axes
        for j in range(size):
            view = X[:, :, i : h2 * size : size, j : w2 * size : size]
            out = view.copy() if out is None else np.maximum(out, view, out=out)
    return out


def max_pool2d_backward(dOut: np.ndarray, X: np.ndarray, out: np.ndarray, size: int = 2) -> np.ndarray:
    """Gradient of max-pooling: ``dOut`` ``(n, c, h2, w2)`` goes to the position of each block's maximum in ``X``.

    (Ties share the gradient's routing to every maximal position, which happens only with equal inputs.)
    """
    n, c, h, w = X.shape
    h2, w2 = out.shape[2:]
    blocks = X[:, :, : h2 * size, : w2 * size].reshape(n, c, h2, size, w2, size)
    mask = blocks == out[:, :, :, None, :, None]
    dX = np.zeros_like(X)
    dX[:, :, : h2 * size, : w2 * size] = (mask * dOut[:, :, :, None, :, None]).reshape(n, c, h2 * size, w2 * size)
    return dX


def conv2d_backward(dOut: np.ndarray, X: np.ndarray, K: np.ndarray, mode: str = "valid", need_dX: bool = True):
    """Gradients of ``conv2d(X, K, b, mode)`` given ``dOut`` (the gradient of its output).

    Returns ``(dX, dK, db)`` with the shapes of ``X`` ``(n, c_in, h, w)``, ``K`` and ``b`` ``(c_out,)``;
    ``dX`` is None when ``need_dX`` is False (the first layer: nothing comes before it).
    """
    X, K = _as_4d(X, K)
    kh, kw = K.shape[2:]
    Xp = pad_same(X, kh, kw) if mode == "same" else X
    windows = sliding_window_view(Xp, (kh, kw), axis=(2, 3))  # (n, c_in, h', w', kh, kw)
    dK = np.tensordot(dOut, windows, axes=([0, 2, 3], [0, 2, 3]))  # (c_out, c_in, kh, kw)
    db = dOut.sum(axis=(0, 2, 3))
    if not need_dX:
        return None, dK, db
    # dX: a "full" correlation of dOut with the kernels turned by 180°
    padded = np.pad(dOut, ((0, 0), (0, 0), (kh - 1, kh - 1), (kw - 1, kw - 1)))
    flipped = K[:, :, ::-1, ::-1].transpose(1, 0, 2, 3)  # (c_in, c_out, kh, kw)
    dXp = conv2d(padded, flipped)
    if mode == "same":
        top, left = (kh - 1) // 2, (kw - 1) // 2
        dXp = dXp[:, :, top : top + X.shape[2], left : left + X.shape[3]]
    return dXp, dK, db
