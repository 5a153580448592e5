"""Convolution and max-pooling, vectorized with NumPy (notebook 05).

Shapes: images ``X`` ``(n, c_in, h, w)``; kernels ``K`` ``(c_out, c_in, kh, kw)``; output ``(n, c_out, h', w')``.
Single-channel shortcuts: ``X`` ``(n, h, w)`` and ``K`` ``(c_out, kh, kw)`` are taken as ``c_in = 1``.

``conv2d`` is cross-correlation, as deep-learning libraries define "convolution": the kernel slides over the
image without being flipped, and each output pixel is Σ K · (the patch under it) — a neuron whose weights are
the kernel, looking at one small patch at a time.
"""

import numpy as np

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


def patches(X: np.ndarray, kh: int, kw: int) -> np.ndarray:
    """Every kh × kw patch of ``X`` ``(n, c, h, w)`` as one column: ``(c·kh·kw, n·h'·w')`` with h' = h − kh + 1,
    w' = w − kw + 1 (rows ordered as the kernel's numbers, columns as the output pixels).

    Why: a convolution is then one matrix product, kernels ``(c_out, c·kh·kw)`` @ patches. Copying them offset
    by offset, kh·kw slices of whole image rows, is several times faster than gathering a sliding-window view
    a few numbers at a time (what ``np.tensordot`` on ``sliding_window_view`` does).
    """
    n, c, h, w = X.shape
    h2, w2 = h - kh + 1, w - kw + 1
    cols = np.empty((c, kh, kw, n, h2, w2), dtype=X.dtype)
    for i in range(kh):
        for j in range(kw):
            cols[:, i, j] = X[:, :, i : i + h2, j : j + w2].transpose(1, 0, 2, 3)
    return cols.reshape(c * kh * kw, n * h2 * w2)


def conv2d(X: np.ndarray, K: np.ndarray, b: np.ndarray | None = None, mode: str = "valid") -> np.ndarray:
    """Cross-correlate every image with every kernel (summing over input channels) and add the bias.

    ``X`` ``(n, c_in, h, w)``, ``K`` ``(c_out, c_in, kh, kw)``, ``b`` ``(c_out,)`` or None ->
    ``(n, c_out, h - kh + 1, w - kw + 1)`` for ``mode="valid"``, ``(n, c_out, h, w)`` for ``mode="same"``.
    Each output pixel is Σ K · (the patch under it): all of them at once as kernels @ ``patches(X)``.
    """
    X, K = _as_4d(X, K)
    if mode not in ("valid", "same"):
        raise ValueError(t("conv_mode", mode=mode))
    c_out, _, kh, kw = K.shape
    if mode == "same":
        X = pad_same(X, kh, kw)
    n, h2, w2 = len(X), X.shape[2] - kh + 1, X.shape[3] - kw + 1
    out = (K.reshape(c_out, -1) @ patches(X, kh, kw)).reshape(c_out, n, h2, w2).transpose(1, 0, 2, 3)
    if b is not None:
        b = np.asarray(b)
        check_shape("b", b, (c_out,))
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
    Position by position within the block, on strided views, as ``max_pool2d`` (faster than a 6-d mask).
    """
    h2, w2 = out.shape[2:]
    dX = np.zeros_like(X)
    for i in range(size):
        for j in range(size):
            view = (slice(None), slice(None), slice(i, h2 * size, size), slice(j, w2 * size, size))
            np.multiply(dOut, X[view] == out, out=dX[view])
    return dX


def conv2d_backward(dOut: np.ndarray, X: np.ndarray, K: np.ndarray, mode: str = "valid", need_dX: bool = True):
    """Gradients of ``conv2d(X, K, b, mode)`` given ``dOut`` (the gradient of its output).

    Returns ``(dX, dK, db)`` with the shapes of ``X`` ``(n, c_in, h, w)``, ``K`` and ``b`` ``(c_out,)``;
    ``dX`` is None when ``need_dX`` is False (the first layer: nothing comes before it).
    """
    X, K = _as_4d(X, K)
    c_out, c_in, kh, kw = K.shape
    Xp = pad_same(X, kh, kw) if mode == "same" else X
    n, h2, w2 = len(Xp), Xp.shape[2] - kh + 1, Xp.shape[3] - kw + 1
    dO = dOut.transpose(1, 0, 2, 3).reshape(c_out, n * h2 * w2)  # one row per kernel, as conv2d's product
    dK = (dO @ patches(Xp, kh, kw).T).reshape(K.shape)  # ∂C/∂K = Σ over pixels of dOut · (the patch)
    db = dOut.sum(axis=(0, 2, 3))
    if not need_dX:
        return None, dK, db
    # dX: each patch sends back K · dOut to the pixels it came from (the transpose of patches)
    d_patches = (K.reshape(c_out, -1).T @ dO).reshape(c_in, kh, kw, n, h2, w2)
    dXp = np.zeros(Xp.shape, dtype=d_patches.dtype)
    for i in range(kh):
        for j in range(kw):
            dXp[:, :, i : i + h2, j : j + w2] += d_patches[:, i, j].transpose(1, 0, 2, 3)
    if mode == "same":
        top, left = (kh - 1) // 2, (kw - 1) // 2
        dXp = dXp[:, :, top : top + X.shape[2], left : left + X.shape[3]]
    return dXp, dK, db
