"""Notebook 04's views of a trained network: one digit through every layer, a drawing pad, live training curves.

The digit explorer and the drawing pad are drawn in the browser (js/digits.js, js/pad.js: the network's forward
pass mirrored by js/mirror.js, from its weights sent once as ``data``); the matplotlib ``LayersFigure`` is their
stored picture and what headless tests read. ``TrainingCurves`` follows a training in the kernel.
"""

import copy
import time

import ipywidgets as widgets
import numpy as np

from .. import _inputs as inputs
from .._inputs import InputError
from ..data import flatten
from ..drawing import PAD, PEN, mnist_style, rasterize
from ..i18n import t
from ..plots import BLUE, GREY, INK_CMAP, ORANGE, fix_layout, new_figure, style_context
from .base import Explorer, LiveFigure, image_axes, int_slider, pack, readout, templates

# Digits sent to the browser (uint8, 784 bytes each, stored with the notebook's output for the static pages):
# the index slider runs over these. 300 of notebook 04's test digits hold about 20 the network gets wrong.
MAX_DIGITS = 300


def network_data(net) -> dict:
    """What the browser needs to run ``net`` (js/mirror.js ``forward``): its weights and biases in the network's own
    float type, its sizes and its activations' names."""

    def packed(array) -> dict:
        array = np.asarray(array)
        return pack(array, str(array.dtype) if array.dtype in (np.float32, np.float64) else "float64")

    return {"W": [packed(W) for W in net.W], "b": [packed(b) for b in net.b], "sizes": [int(n) for n in net.sizes],
            "hidden": net.hidden, "output": net.output}


def digits_data(images: np.ndarray, labels=None) -> dict:
    """The first ``MAX_DIGITS`` images (uint8) and labels, for the browser."""
    data = {"images": pack(np.clip(images[:MAX_DIGITS], 0, 255), "uint8")}
    if labels is not None:
        data["labels"] = pack(labels[:MAX_DIGITS], "int32")
    return data


def untrained(net) -> bool:
    """A network no training has touched (a cell run before the training cell, or after a restart)."""
    return net.untrained() if hasattr(net, "untrained") else getattr(net, "epochs_trained", None) == 0


def training_note(net) -> str | None:
    """What an explorer says above a network's answer: that it is not trained yet, or that its training was
    stopped part of the way (``Model.interrupted``); None for a network trained as asked."""
    if untrained(net):
        return t("untrained_note")
    if getattr(net, "interrupted", False) or getattr(net, "epochs_trained", 1) == 0 < net.batches_trained:
        return t("partly_trained_note", batches=net.batches_trained, epochs=net.epochs_trained)
    return None


def note_for_browser(explorer: Explorer, net) -> None:
    """Send ``training_note(net)`` to the browser's readout (js/digit_layers.js and js/network.js show
    ``texts.untrained_note`` when ``data.untrained``)."""
    note = training_note(net)
    explorer.data = explorer.data | {"untrained": note is not None}
    if note is not None:
        explorer.texts = explorer.texts | {"untrained_note": note}


def box(ax) -> list[float]:
    """Where ``ax`` is drawn, ``[x0, y0, width, height]`` in figure fractions from the bottom left (as matplotlib
    draws it: with its aspect applied), for the browser to draw the same panel in the same place."""
    ax.apply_aspect()
    return [round(float(v), 5) for v in ax.get_position().bounds]

class LayersFigure:
    """One figure: a 28×28 input, the activations of each hidden layer as a column of cells, the 10 outputs as bars.

    ``show(image, activations, label)`` moves the existing artists; nothing is rebuilt.
    """

    def __init__(self, hidden_sizes: list[int]):
        ratios = [2.6] + [0.55] * len(hidden_sizes) + [2.2]
        with style_context():
            self.figure, axes = new_figure(figsize=(10.0, 4.4), ncols=len(ratios), width_ratios=ratios)
            self.input = axes[0].imshow(np.zeros((28, 28)), cmap=INK_CMAP, vmin=0, vmax=255)
            image_axes(axes[0], t("input_784"))
            self.hidden = []
            for k, (ax, size) in enumerate(zip(axes[1:-1], hidden_sizes, strict=True)):
                self.hidden.append(ax.imshow(np.zeros((size, 1)), cmap=INK_CMAP, vmin=0, vmax=1, aspect="auto"))
                image_axes(ax, t("hidden_short", n=k + 1), fontsize=13)
            out_ax = axes[-1]
            self.bars = out_ax.barh(range(10), np.zeros(10), color=GREY)
            out_ax.set_yticks(range(10))
            out_ax.invert_yaxis()
            out_ax.set_xlim(0, 1)
            out_ax.set_title(t("output_10"))
            self.answer = out_ax.text(0.98, 9.4, "", ha="right", fontsize=15, color=BLUE)
        self.axes = axes
        fix_layout(self.figure)

    def show(self, image: np.ndarray, activations: list[np.ndarray], label: int | None = None) -> int:
        """Draw ``image`` (28, 28) uint8 and the ``activations`` ``[X, A1, ..., A_out]`` of one example.

        Returns the network's answer."""
        self.input.set_data(image)
        for picture, A in zip(self.hidden, activations[1:-1], strict=True):
            picture.set_data(A.reshape(-1, 1))
        out = activations[-1].ravel()
        answer = int(np.argmax(out))
        for digit, bar in enumerate(self.bars):
            bar.set_width(float(out[digit]))
            bar.set_color(BLUE if digit == answer else GREY)
            bar.set_edgecolor(ORANGE if digit == label else "none")
            bar.set_linewidth(3)
        self.answer.set_text(t("answer_is", digit=answer))
        return answer

    def layout(self) -> dict:
        """Where each panel is drawn (``box``) and the output panel's y range, for the browser's copy."""
        return {"input": box(self.axes[0]), "hidden": [box(ax) for ax in self.axes[1:-1]],
                "output": box(self.axes[-1]), "output_ylim": [float(v) for v in self.axes[-1].get_ylim()]}


def _report(out: np.ndarray, answer: int, label: int | None, net=None) -> str:
    rows = [t("answer_line", digit=answer, confidence=float(out[answer]))]
    note = training_note(net)
    if note is not None:
        rows.insert(0, note)
    if label is not None:
        rows.append(t("label_line", digit=label) + (" ✓" if label == answer else " ✗"))
    rows.append(" ".join(f"{d}:{v:.2f}" for d, v in enumerate(out)))
    return readout(*rows)


REPORT_TEXTS = ("answer_line", "untrained_note", "label_line", "answer_is", "input_784", "hidden_short", "output_10")


def digit_explorer(net, images: np.ndarray, labels: np.ndarray, index: int = 0) -> Explorer:
    """Pick a digit from ``images`` (n, 28, 28) with a slider: its input, hidden and output activations, together.

    The network's answer is the blue bar; the label's bar has an orange outline. The slider runs over the first
    ``MAX_DIGITS`` (300) digits at most (0 … min(n, 300) − 1): those are sent to the browser, which runs the
    network itself.
    """
    net = copy.deepcopy(inputs.mlp(net, "digit_explorer"))  # as it is now, in the browser and here alike
    images = inputs.images("images", images, "digit_explorer")
    labels = inputs.labels("labels", labels, len(images))
    shown = min(len(images), MAX_DIGITS)
    index = inputs.index("index", index, shown)
    view = LayersFigure(net.sizes[1:-1])
    controls = {"index": int_slider(t("digit_number"), index, 0, shown - 1)}

    def redraw(v: dict) -> str:
        image, label = images[v["index"]], int(labels[v["index"]])
        activations = [A[0] for A in net.activations(flatten(image[None]))]
        answer = view.show(image, activations, label)
        return _report(activations[-1], answer, label, net)

    artists = {"input": view.input, "hidden": view.hidden, "bars": view.bars, "answer": view.answer}
    data = {"net": network_data(net), "untrained": untrained(net)} | digits_data(images, labels)
    explorer = Explorer("digits", view.figure, artists, controls, redraw, data=data,
                               texts=templates(*REPORT_TEXTS))
    explorer.data = explorer.data | {"layout": view.layout()}  # as laid out for the first drawing
    note_for_browser(explorer, net)
    return explorer


class DrawingPad(Explorer):
    """Draw a digit with the mouse; after each stroke the network's layers answer, in the browser (js/pad.js).

    The strokes (``values["strokes"]``, a list of strokes, each a list of ``[x, y]`` points in pad pixels) reach
    the kernel after each stroke; ``strokes`` and ``digit`` (the MNIST-style 28×28 uint8 digit the network sees,
    made by ``nnlib.drawing`` from the strokes) follow them. ``add_stroke(points)`` and ``clear()`` do from Python
    what the mouse and the Clear button do (for tests and for scripted demos); the pad in the browser follows.
    """

    repr_key = "pad_repr"

    def __init__(self, net):
        self.net = net = copy.deepcopy(inputs.mlp(net, "drawing_pad"))  # as it is now, in the browser and here
        self.view = LayersFigure(net.sizes[1:-1])
        self._digit_of = (None, np.zeros((28, 28), dtype=np.uint8))  # (strokes, their digit): the last one made

        def redraw(v: dict) -> str:
            digit = self._digit(v["strokes"])
            activations = [A[0] for A in self.net.activations(flatten(digit[None]))]
            answer = self.view.show(digit, activations)
            return _report(activations[-1], answer, None, self.net) if v["strokes"] else readout(t("draw_here"))

        artists = {"input": self.view.input, "hidden": self.view.hidden, "bars": self.view.bars,
                   "answer": self.view.answer}
        data = {"net": network_data(net), "untrained": untrained(net), "pad": PAD, "pen": PEN}
        super().__init__("pad", self.view.figure, artists, {}, redraw, data=data, extra={"strokes": []},
                         texts=templates(*REPORT_TEXTS, "draw_here", "clear"))
        self.data = self.data | {"layout": self.view.layout()}
        note_for_browser(self, net)
        self.add_class("nnlib-drawing-pad")

    @property
    def strokes(self) -> list:
        """The strokes drawn so far, each a list of ``[x, y]`` points in pad pixels (0 … 280)."""
        return self.values["strokes"]

    @property
    def digit(self) -> np.ndarray:
        """The drawing as the network sees it: MNIST-style, uint8 (28, 28) (``nnlib.drawing``)."""
        return self._digit(self.strokes)

    def _digit(self, strokes: list) -> np.ndarray:
        if strokes != self._digit_of[0]:
            copied = [[[float(x), float(y)] for x, y in stroke] for stroke in strokes]  # not the caller's lists
            self._digit_of = (copied, mnist_style(rasterize(copied)))
        return self._digit_of[1]

    def add_stroke(self, points: list) -> None:
        """Add one stroke, a list of (x, y) points in pad pixels (at least one), as the mouse would draw it."""
        stroke = [[float(x), float(y)] for x, y in points]
        if not stroke:
            raise InputError(t("input_not_numbers", name="points", value="[]"))
        self.set(strokes=[*self.strokes, stroke])

    def clear(self) -> None:
        """Empty the pad, as its Clear button does."""
        self.set(strokes=[])


def drawing_pad(net) -> DrawingPad:
    """Notebook 04: a pad to draw a digit on, and the network's layers answering after every stroke."""
    return DrawingPad(net)


class ClassDigitsPad(DrawingPad):
    """The drawing pad of the class's own digits (notebook 04, section 10): below the pad, one button per digit
    0-9; a click on one saves the drawing with that label (``save``) and clears the pad for the next.

    The browser sends ``{"save": label}`` to the kernel (js/pad.js), which saves ``digit`` (the strokes as
    ``nnlib.drawing`` makes them) through ``nnlib.class_digits.Saver``: into one new file of this pad,
    ``<folder>/<random id>.npz``, never an existing one. ``values["status"]`` says what happened, in the learner's
    language, under the buttons. ``saved_images`` ``(n, 28, 28)`` uint8 and ``saved_labels`` ``(n,)``: what this pad
    has saved so far; ``path``: its file (``None`` before the first digit).
    """

    repr_key = "class_pad_repr"

    def __init__(self, net, folder=None):
        from ..class_digits import FOLDER, Saver  # here: `python -m nnlib.class_digits` must find it not imported

        self.saver = Saver(FOLDER if folder is None else folder)
        super().__init__(net)
        self.texts = self.texts | templates("class_save_as", "class_static")
        self.data = self.data | {"saving": True}
        self.values = self.values | {"status": ""}
        self.on_msg(self._message)

    @property
    def path(self):
        return self.saver.path

    @property
    def saved_images(self) -> np.ndarray:
        return self.saver.images

    @property
    def saved_labels(self) -> np.ndarray:
        return self.saver.labels

    def save(self, label: int):
        """Save the drawing as the digit ``label`` (0-9), as a click on that button does, and clear the pad. Returns
        the file's path, or ``None`` when nothing was saved (an empty pad, a folder that cannot be written): the
        reason is then in ``values["status"]``, which the pad shows."""
        label = inputs.index("label", label, 10)
        if not self.strokes:
            self.set(status=t("class_draw_first"))
            return None
        try:
            path = self.saver.add(self.digit, label)
        except OSError as error:
            self.set(status=t("class_save_failed", folder=self.saver.folder, error=error.strerror or error))
            return None
        counts = np.bincount(self.saved_labels, minlength=10)
        self.set(strokes=[], status=t("class_saved", label=label, count=len(self.saved_labels),
                                      path=path.as_posix(), counts=" ".join(f"{d}:{n}" for d, n in
                                                                            enumerate(counts))))
        return path

    def _message(self, widget, content, buffers) -> None:
        """A click in the browser: ``{"save": label}``."""
        if isinstance(content, dict) and "save" in content:
            self.save(content["save"])


def class_digits_pad(net, folder=None) -> ClassDigitsPad:
    """Notebook 04, section 10: draw a digit, click its number to save it for the class (``ClassDigitsPad``); the
    files go to ``folder`` (default ``class-digits``, beside the notebook)."""
    return ClassDigitsPad(net, folder)


class TrainingCurves(LiveFigure, widgets.VBox):
    """Live cost and accuracy curves; pass ``update`` as ``Network.fit``'s callback.

    Displayed with ``display(curves)``, its output is replaced by the finished curves after the last epoch, so
    that a notebook opened without a kernel shows how training went (not the empty axes it started with).
    """

    repr_key = "curves_repr"
    every = 1.0  # seconds: a drawing takes about 0.1 s, so the curves are drawn at most once a second (and at the end)

    def __init__(self, epochs: int):
        self.epochs, self._display, self._drawn = inputs.whole("epochs", epochs), None, -np.inf
        with style_context():
            figure, (self.loss_ax, self.acc_ax) = new_figure(figsize=(10.0, 3.6), ncols=2)
            (self.loss_line,) = self.loss_ax.plot([], [], "o-", color=BLUE, markersize=5)
            (self.train_line,) = self.acc_ax.plot([], [], "o-", color=BLUE, markersize=5, label=t("train_word"))
            (self.test_line,) = self.acc_ax.plot([], [], "s--", color=ORANGE, markersize=5, label=t("test_word"))
            for ax in (self.loss_ax, self.acc_ax):
                ax.set_xlim(0.5, epochs + 0.5)
                ax.set_xlabel(t("epoch_word"))
            self.loss_ax.set_title(t("loss_word"))
            self.acc_ax.set_title(t("accuracy_word"))
            self.acc_ax.set_ylim(0, 1)
            self.acc_ax.legend(loc="lower right")
        fix_layout(figure)
        self._live_figure(figure, width=750)
        self.render()
        super().__init__([self.image])

    def _ipython_display_(self) -> None:
        from IPython.display import display

        self._display = display(self._repr_mimebundle_(), raw=True, display_id=True)

    def update(self, epoch: int, history: dict) -> None:
        if self.figure is None:  # closed (its cell was run again): nothing to draw on
            return
        epochs = np.arange(1, len(history["loss"]) + 1)
        self.loss_line.set_data(epochs, history["loss"])
        finite = [loss for loss in history["loss"] if np.isfinite(loss)]
        self.loss_ax.set_ylim(0, max(finite, default=1.0) * 1.1 or 1.0)
        self.train_line.set_data(epochs, history["accuracy"])
        self.test_line.set_data(epochs[: len(history["val_accuracy"])], history["val_accuracy"])
        if len(history["loss"]) >= self.epochs or time.perf_counter() - self._drawn >= self.every:
            self.render()
            self._drawn = time.perf_counter()
        if self._display is not None and len(history["loss"]) >= self.epochs:
            self._display.update(self._repr_mimebundle_(), raw=True)  # the stored picture: the finished curves
