"""How a trained network does (notebook 04): the confusion matrix and the mistakes."""

import numpy as np

from ._inputs import InputError, labels
from .i18n import t


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, classes: int = 10) -> np.ndarray:
    """``C[i, j]``: how many digits with label i were predicted as j. Labels ``(n,)``; ``C`` ``(classes, classes)``."""
    y_true = labels("y_true", y_true, classes=classes)
    y_pred = labels("y_pred", y_pred, len(y_true), classes=classes)
    C = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(C, (y_true, y_pred), 1)
    return C


def mistakes(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """The indices ``(m,)`` of the examples whose prediction is not their label, in order."""
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise InputError(t("input_same_length", first="y_true", second="y_pred", a=y_true.shape, b=y_pred.shape))
    return np.flatnonzero(y_true != y_pred)
