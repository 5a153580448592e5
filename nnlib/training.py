"""Mini-batch gradient descent for any model of the series (``Network``, ``CNN``): one loop, one history.

A model provides ``step(X, Y, lr)`` (one gradient step on a batch, returning the batch's outputs from before the
step), ``cost_of(A, Y)`` (the average cost of outputs ``A``) and ``accuracy(X, y)``.
"""

import math
import warnings
from collections.abc import Callable

import numpy as np

from .data import one_hot
from .i18n import t
from .progress import Progress


class TrainingDiverged(FloatingPointError):
    """The cost became nan or inf during training: the learning rate was too large."""


class TrainingStuck(UserWarning):
    """After training, the network is no better than guessing: usually a learning rate far too large."""


def train(model, X: np.ndarray, y: np.ndarray, epochs: int, batch_size: int, lr: float,
          rng: np.random.Generator | None = None, validation: tuple | None = None,
          callback: Callable[[int, dict], None] | None = None, progress: bool = True) -> dict:
    """Train ``model`` on ``X`` ``(n, 784)`` with labels ``y`` ``(n,)``; returns ``{"loss", "accuracy",
    "val_accuracy"}``, one value per epoch.

    Each epoch shuffles with ``rng`` (same seed, same numbers) into a reused buffer, then takes one step per
    batch. The training loss and accuracy of an epoch are averages over its batches, measured as the batches
    go (as Keras reports them), which costs no extra pass over the data. ``callback(epoch, history)`` runs
    after each epoch. Nothing is printed; a progress bar shows in a notebook unless ``progress=False``.
    A cost that becomes nan or inf stops the training with ``TrainingDiverged`` (advice: a smaller ``lr``).
    """
    X = np.asarray(X, dtype=np.float32)
    Y = one_hot(y, 10)
    rng = rng if rng is not None else np.random.default_rng(0)
    history = {"loss": [], "accuracy": [], "val_accuracy": []}
    y = np.asarray(y)
    X_buffer, Y_buffer, y_buffer = np.empty_like(X), np.empty_like(Y), np.empty_like(y)
    bar = Progress(epochs, t("training")) if progress else None
    for epoch in range(epochs):
        order = rng.permutation(len(X))
        np.take(X, order, axis=0, out=X_buffer)  # one shuffled copy per epoch (X[order] faults pages: slower)
        np.take(Y, order, axis=0, out=Y_buffer)
        np.take(y, order, out=y_buffer)
        cost_sum, correct = 0.0, 0
        for start in range(0, len(X), batch_size):
            batch = slice(start, start + batch_size)
            outputs = model.step(X_buffer[batch], Y_buffer[batch], lr)
            cost_sum += model.cost_of(outputs, Y_buffer[batch]) * len(outputs)
            if not math.isfinite(cost_sum):  # one float test per batch: a diverging run stops here, with advice
                if bar is not None:
                    bar.finish(ok=False)
                raise TrainingDiverged(t("diverged", epoch=epoch + 1, loss=cost_sum, lr=lr, smaller=lr / 10))
            correct += int(np.count_nonzero(outputs.argmax(axis=1) == y_buffer[batch]))
        history["loss"].append(cost_sum / len(X))
        history["accuracy"].append(correct / len(X))
        if validation is not None:
            history["val_accuracy"].append(model.accuracy(*validation))
        if bar is not None:
            bar.update(epoch + 1, f"{t('loss_word')} {history['loss'][-1]:.4f}")
        if callback is not None:
            callback(epoch, history)
    if bar is not None:
        bar.finish()
    if epochs >= 2 and history["accuracy"][-1] < 0.15:  # no better than guessing one of 10 digits
        warnings.warn(t("training_stuck", accuracy=100 * history["accuracy"][-1], epochs=epochs, lr=lr),
                      TrainingStuck, stacklevel=3)
    return history
