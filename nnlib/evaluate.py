"""How a trained network does (notebook 04): the confusion matrix and the mistakes."""

import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, classes: int = 10) -> np.ndarray:
    """``C[i, j]``: how many digits with label i were predicted as j. Labels ``(n,)``; ``C`` ``(classes, classes)``."""
    C = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(C, (np.asarray(y_true, dtype=np.int64), np.asarray(y_pred, dtype=np.int64)), 1)
    return C


def mistakes(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """The indices ``(m,)`` of the examples whose prediction is not their label, in order."""
    return np.flatnonzero(np.asarray(y_true) != np.asarray(y_pred))
