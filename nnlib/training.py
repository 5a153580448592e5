"""Mini-batch gradient descent for any model of the series (``Network``, ``CNN``): one loop, one update, one history.

``Model`` is what both networks share: ``step``, ``gradients``, ``predict``, ``predict_proba``, ``accuracy``,
``cost`` and ``fit``. A model itself provides ``parameters()`` (its arrays, a list), ``set_parameters(arrays)``,
``backprop(X, Y)`` (its outputs ``(n, 10)`` for a batch and the gradients of the average cost: a list matching
``parameters()``, same order and shapes), ``outputs(X)``, ``cost_of(A, Y)`` (the average cost of outputs ``A``),
``as_input(X)`` (``X`` ``(n, 784)`` shape-checked and in its float type) and ``default_lr``. Checks happen where
a learner's data comes in (``fit``, ``predict``, ``cost``...), never inside a training step.
"""

import hashlib
import math
import warnings
from collections.abc import Callable

import numpy as np

from . import _inputs as inputs
from .data import one_hot
from .i18n import t
from .progress import Progress


class TrainingDiverged(FloatingPointError):
    """The cost became nan or inf during training: the learning rate was too large."""


class TrainingStuck(UserWarning):
    """After training, the network is no better than guessing: usually a learning rate far too large."""


def descend(parameters: list[np.ndarray], gradients: list[np.ndarray], lr: float) -> None:
    """Gradient descent, in place: every parameter p ← p − lr · ∂C/∂p (the lists match, as a model gives them)."""
    for p, g in zip(parameters, gradients, strict=True):
        p -= lr * g


# The fast path -----------------------------------------------------------------------------------------------------
# Why: a step of the 784-16-16-10 network on a batch of 32 is about 50 NumPy calls on tiny arrays, and the fixed cost
# of each call (a microsecond or two), not the arithmetic (a third of the time), is what an epoch costs. So ``train``
# makes as few calls as it can, without changing a number: the parameters live in one flat array (``FlatSteps``),
# so that ``descend`` updates them all in one call instead of two per array; the batches are copied into one reused
# buffer (``shuffled_batches``); nothing is checked inside the loop (``fit`` checks once); the progress bar is told
# about 200 times in a training, not at every batch. The equations stay as the models write them.

class FlatSteps:
    """``step(X, Y, lr)``: ``model.step``, with the model's parameters packed as views of one flat array.

    Packing copies each parameter into the flat array and gives the model the views (``set_parameters``): same
    values, new arrays. A step is then ``descend`` on one array: all parameters change, or (interrupted before
    that call) none."""

    def __init__(self, model: "Model"):
        arrays = model.parameters()
        self.flat = np.concatenate([np.ravel(p) for p in arrays]) if arrays else np.zeros(0)
        ends = np.cumsum([np.size(p) for p in arrays])
        model.set_parameters([self.flat[end - np.size(p) : end].reshape(np.shape(p)) for p, end in
                              zip(arrays, ends, strict=True)])
        self.model = model

    def __call__(self, X: np.ndarray, Y: np.ndarray, lr: float) -> np.ndarray:
        outputs, gradients = self.model.backprop(X, Y)
        descend([self.flat], [np.concatenate(gradients, axis=None)], lr)  # axis=None: each flattened
        return outputs


def shuffled_batches(X: np.ndarray, order: np.ndarray, batch_size: int):
    """The rows ``X[order]``, ``batch_size`` at a time, each copied into one reused buffer ``(batch_size, 784)``.

    Why: a shuffled copy of the whole ``X`` doubles the memory (188 MB for 60,000 digits), and ``X[idx]`` makes
    a new array per batch, whose fresh memory pages cost more than the step itself; ``np.take`` into a buffer
    that is reused costs neither (``mode="clip"``: the rows are valid, and the default mode copies twice).
    The batch is valid until the next one is taken.
    """
    buffer = np.empty((batch_size, *X.shape[1:]), dtype=X.dtype)
    for start in range(0, len(order), batch_size):
        rows = order[start : start + batch_size]
        yield start, X.take(rows, axis=0, out=buffer[: len(rows)], mode="clip")


def train(model, X: np.ndarray, y: np.ndarray, epochs: int, batch_size: int, lr: float,
          rng: np.random.Generator | None = None, validation: tuple | None = None,
          callback: Callable[[int, dict], None] | None = None, progress: bool = True) -> dict:
    """Train ``model`` on ``X`` ``(n, 784)`` with labels ``y`` ``(n,)``; returns ``{"loss", "accuracy",
    "val_accuracy"}``, one value per epoch.

    Interrupting it (Kernel ▸ Interrupt, or Ctrl-C) stops it after the current batch, cleanly: the bar says
    after how much, the model keeps what it learned (``batches_trained``, ``epochs_trained``, ``interrupted``)
    and the history of the epochs that finished is returned.

    Each epoch shuffles with ``rng`` (same seed, same numbers), then takes one step per batch. The training loss
    and accuracy of an epoch are measured on each batch's outputs as the batches go (as Keras reports them),
    which costs no extra pass over the data. ``callback(epoch, history)`` runs after each epoch. Nothing is
    printed; a progress bar with the time left shows in a notebook unless ``progress=False``.
    A cost that becomes nan or inf stops the training with ``TrainingDiverged`` (advice: a smaller ``lr``).
    """
    X = np.asarray(X)  # as the model takes it (Model.fit passes model.as_input(X))
    Y, y = one_hot(y, 10), np.asarray(y)
    rng = rng if rng is not None else np.random.default_rng(0)
    history = {"loss": [], "accuracy": [], "val_accuracy": []}
    batches = -(-len(X) // batch_size)
    bar = Progress(epochs * batches, t("training")) if progress else None
    before = model.batches_trained
    model.interrupted = False
    try:
        _epochs(model, X, Y, y, epochs, batch_size, lr, rng, validation, callback, bar, history, batches)
    except KeyboardInterrupt:  # Kernel ▸ Interrupt (or Ctrl-C): stop cleanly, keep what was learned
        whole = min(len(history["loss"]), len(history["accuracy"]))  # the epochs that finished
        for key in history:
            del history[key][whole:]
        model.interrupted = True
        if bar is not None:
            bar.stop(t("training_stopped", done=model.batches_trained - before, total=epochs * batches,
                       epochs=whole, n=epochs))
        return history
    if bar is not None:
        bar.finish()
    if epochs >= 2 and history["accuracy"][-1] < 0.15:  # no better than guessing one of 10 digits
        warnings.warn(t("training_stuck", accuracy=100 * history["accuracy"][-1], epochs=epochs, lr=lr),
                      TrainingStuck, stacklevel=3)
    return history


def _epochs(model, X, Y, y, epochs, batch_size, lr, rng, validation, callback, bar, history, batches) -> None:
    """``train``'s loop; the model counts its batches (``batches_trained``) and whole epochs (``epochs_trained``)
    as they are done, so that an interrupted training leaves them right."""
    outputs = np.empty_like(Y)  # each batch's outputs, in the epoch's order
    tell = max(1, epochs * batches // 200)  # the bar hears every ``tell`` batches (it redraws 4 times a second)
    for epoch in range(epochs):
        step = FlatSteps(model)  # packed again each epoch: a callback may have set a parameter by hand
        order = rng.permutation(len(X))
        Y_shuffled = Y[order]  # (n, 10): small, unlike X
        for start, X_batch in shuffled_batches(X, order, batch_size):
            end = start + len(X_batch)
            outputs[start:end] = step(X_batch, Y_shuffled[start:end], lr)
            model.batches_trained += 1
            if bar is not None and model.batches_trained % tell == 0:
                bar.update(epoch * batches + start // batch_size + 1, t("epoch_of", k=epoch + 1, n=epochs))
        history["loss"].append(model.cost_of(outputs, Y_shuffled))
        if not math.isfinite(history["loss"][-1]):  # a diverging run stops here, with advice
            if bar is not None:
                bar.finish(ok=False)
            raise TrainingDiverged(t("diverged", epoch=epoch + 1, loss=history["loss"][-1], lr=lr, smaller=lr / 10))
        model.epochs_trained += 1
        history["accuracy"].append(float(np.mean(outputs.argmax(axis=1) == y[order])))
        if validation is not None:  # checked once by ``fit`` (and made ``as_input``): not again at each epoch
            history["val_accuracy"].append(float(np.mean(model._predict(validation[0]) == validation[1])))
        if bar is not None:
            bar.update((epoch + 1) * batches,
                       f"{t('epoch_of', k=epoch + 1, n=epochs)} · {t('loss_word')} {history['loss'][-1]:.4f}")
        if callback is not None:
            callback(epoch, history)


class Model:
    """What ``Network`` and ``CNN`` share; see the module docstring for what a model provides itself."""

    classes = 10  # outputs: one per digit
    epochs_trained = 0  # how many whole epochs of training the model has had: 0 means ...
    batches_trained = 0  # ... and how many batches (steps): both 0 means the answers are guesses
    interrupted = False  # whether the last training was stopped by an interrupt (see ``train``)

    def parameters_now(self) -> str:
        """A fingerprint (SHA-256) of every parameter array: ``start`` holds the one of the starting values."""
        digest = hashlib.sha256()
        for array in self.parameters():
            digest.update(np.ascontiguousarray(array).tobytes())
        return digest.hexdigest()

    def untrained(self) -> bool:
        """Whether the parameters are still the random starting ones: no training, and none set by hand (as
        notebook 04 sets a hand-made network's)."""
        return self.epochs_trained == 0 and self.batches_trained == 0 and \
            getattr(self, "_start", None) in (None, self.parameters_now())

    def check(self) -> None:
        """Raise ``InputError`` if a parameter set by hand has the wrong shape or is not finite (before training
        or predicting; never inside a step)."""

    def gradients(self, X: np.ndarray, Y: np.ndarray) -> list[np.ndarray]:
        """The gradients of the average cost over the batch ``X`` ``(n, 784)``, ``Y`` ``(n, 10)``: one per array of
        ``parameters()``, same order, same shapes."""
        return self.backprop(X, Y)[1]

    def step(self, X: np.ndarray, Y: np.ndarray, lr: float) -> np.ndarray:
        """One gradient-descent step on the batch ``X`` ``(n, 784)``, ``Y`` ``(n, 10)``: every parameter
        p ← p − lr · ∂C/∂p (``descend``). Returns the batch's outputs ``(n, 10)`` from before the step."""
        outputs, gradients = self.backprop(X, Y)
        descend(self.parameters(), gradients, lr)
        return outputs

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """The output layer's activations ``(n, 10)`` for ``X`` ``(n, 784)``."""
        X = inputs.pixels("X", X)
        self.check()
        return self.outputs(self.as_input(X))

    def _predict(self, X: np.ndarray, batch: int = 1000) -> np.ndarray:
        """``predict`` without its checks, for ``X`` as ``as_input`` gives it (training's validation)."""
        answers = [self.outputs(X[i : i + batch]).argmax(axis=1) for i in range(0, len(X), batch)]
        return np.concatenate(answers) if answers else np.zeros(0, dtype=np.int64)

    def predict(self, X: np.ndarray, batch: int = 1000) -> np.ndarray:
        """The predicted digit of each row of ``X`` ``(n, 784)``, the most active output neuron: ``(n,)``."""
        X = inputs.pixels("X", X)
        self.check()
        return self._predict(self.as_input(X), batch)

    def accuracy(self, X: np.ndarray, y: np.ndarray) -> float:
        """The share of rows of ``X`` ``(n, 784)`` whose predicted digit is the label ``y`` ``(n,)``."""
        predicted = self.predict(X)
        return float(np.mean(predicted == inputs.labels("y", y, len(predicted), self.classes)))

    def cost(self, X: np.ndarray, Y: np.ndarray, batch: int = 1000) -> float:
        """The average cost over the rows of ``X`` ``(n, 784)`` with targets ``Y`` ``(n, 10)``, 1,000 rows at a time
        (so that a big ``X`` needs little memory)."""
        X = inputs.pixels("X", X)
        Y = inputs.targets("Y", Y, len(X) if X.ndim else 0, self.classes)
        if len(X) == 0:
            raise inputs.InputError(t("input_empty", name="X", shape=X.shape))
        self.check()
        X = self.as_input(X)
        total = sum(self.cost_of(self.outputs(X[i : i + batch]), Y[i : i + batch]) * len(X[i : i + batch])
                    for i in range(0, len(X), batch))
        return total / len(X)

    def fit(self, X: np.ndarray, y: np.ndarray, epochs: int = 10, batch_size: int = 32, lr: float | None = None,
            rng: np.random.Generator | int | None = None, validation: tuple | None = None,
            callback: Callable[[int, dict], None] | None = None, progress: bool = True) -> dict:
        """Mini-batch gradient descent (``train``); returns the history ``{"loss", "accuracy", "val_accuracy"}``
        per epoch. ``X`` ``(n, 784)`` pixels in 0..1, ``y`` ``(n,)`` labels 0..9; ``lr=None`` takes the model's
        ``default_lr``; ``rng`` (a Generator or a seed) shuffles."""
        lr = self.default_lr if lr is None else lr
        self.check()
        X, y, epochs, batch_size, lr, rng, validation = inputs.fit_arguments(
            self.as_input(X), y, epochs, batch_size, lr, rng, validation, self.classes, callback)
        if validation is not None:
            validation = (self.as_input(validation[0]), validation[1])
        return train(self, X, y, epochs, batch_size, lr, rng, validation, callback, progress)
