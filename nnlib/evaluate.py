"""How a trained network does (notebook 04): confusion matrix, mistakes, shifted digits."""

import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, classes: int = 10) -> np.ndarray:
    """``C[i, j]``: how many digits with label i were predicted as j. Labels ``(n,)``; ``C`` ``(classes, classes)``."""
    C = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(C, (np.asarray(y_true, dtype=np.int64), np.asarray(y_pred, dtype=np.int64)), 1)
    return C


def mistakes(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """The indices ``(m,)`` of the examples whose prediction is not their label, in order."""
    return np.flatnonzero(np.asarray(y_true) != np.asarray(y_pred))


def shift(images: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """Images ``(n, 28, 28)`` moved ``dx`` pixels right and ``dy`` down; what leaves the frame is lost, shape kept."""
    images = np.asarray(images)
    out = np.zeros_like(images)
    h, w = images.shape[-2:]
    if abs(dx) >= w or abs(dy) >= h:
        return out
    src_y, dst_y = slice(max(0, -dy), min(h, h - dy)), slice(max(0, dy), min(h, h + dy))
    src_x, dst_x = slice(max(0, -dx), min(w, w - dx)), slice(max(0, dx), min(w, w + dx))
    out[..., dst_y, dst_x] = images[..., src_y, src_x]
    return out
