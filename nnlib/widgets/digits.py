"""Notebook 04's views of a trained network: one digit through every layer, a drawing pad, live training curves."""

import ipywidgets as widgets
import numpy as np

from .. import _inputs as inputs
from ..data import flatten
from ..drawing import PAD, PEN, mnist_style, rasterize
from ..i18n import t
from ..plots import BLUE, GREY, INK_CMAP, ORANGE, fix_layout, new_figure, style_context
from .base import Explorer, LiveFigure, image_axes, int_slider, readout


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


def _report(out: np.ndarray, answer: int, label: int | None, net=None) -> str:
    rows = [t("answer_line", digit=answer, confidence=float(out[answer]))]
    if getattr(net, "epochs_trained", None) == 0:  # a cell run before the training cell, or after a restart
        rows.insert(0, t("untrained_note"))
    if label is not None:
        rows.append(t("label_line", digit=label) + (" ✓" if label == answer else " ✗"))
    rows.append(" ".join(f"{d}:{v:.2f}" for d, v in enumerate(out)))
    return readout(*rows)


def digit_explorer(net, images: np.ndarray, labels: np.ndarray, index: int = 0) -> Explorer:
    """Pick a digit from ``images`` (n, 28, 28) with a slider: its input, hidden and output activations, together.

    The network's answer is the blue bar; the label's bar has an orange outline.
    """
    net = inputs.mlp(net, "digit_explorer")
    images = inputs.images("images", images, "digit_explorer")
    labels = inputs.labels("labels", labels, len(images))
    index = inputs.index("index", index, len(images))
    view = LayersFigure(net.sizes[1:-1])
    controls = {"index": int_slider(t("digit_number"), index, 0, len(images) - 1)}

    def redraw(v: dict) -> str:
        image, label = images[v["index"]], int(labels[v["index"]])
        activations = [A[0] for A in net.activations(flatten(image[None]))]
        answer = view.show(image, activations, label)
        return _report(activations[-1], answer, label, net)

    artists = {"input": view.input, "hidden": view.hidden, "bars": view.bars, "answer": view.answer}
    return Explorer(view.figure, artists, controls, redraw)


class DrawingPad(LiveFigure, widgets.HBox):
    """Draw a digit with the mouse; after each stroke the network's layers answer.

    The strokes are kept in the kernel (``strokes``), turned into an MNIST-style 28×28 digit (``digit``, uint8) and
    fed to the network, whose layers are drawn into ``image`` (the picture widget, as in every explorer).
    ``add_stroke(points)`` does what a mouse stroke does (for tests and for scripted demos).
    """

    repr_key = "pad_repr"

    def __init__(self, net):
        from ipycanvas import Canvas

        net = inputs.mlp(net, "drawing_pad")
        self.net, self.strokes, self._pen_down = net, [], False
        self.canvas = Canvas(width=PAD, height=PAD, layout=widgets.Layout(width=f"{PAD}px", height=f"{PAD}px",
                                                                          border="3px solid #0072B2"))
        self.canvas.line_width, self.canvas.line_cap, self.canvas.line_join = PEN, "round", "round"
        self.canvas.stroke_style = "black"
        self.canvas.on_mouse_down(self._down)
        self.canvas.on_mouse_move(self._move)
        self.canvas.on_mouse_up(self._up)
        self.canvas.on_mouse_out(self._up)
        self.clear_button = widgets.Button(description=t("clear"), icon="eraser")
        self.clear_button.on_click(lambda _: self.clear())
        self.view = LayersFigure(net.sizes[1:-1])
        self._live_figure(self.view.figure, width=720)
        self.readout = widgets.HTML()
        self.digit = np.zeros((28, 28), dtype=np.uint8)
        super().__init__([widgets.VBox([widgets.HTML(t("draw_here")), self.canvas, self.clear_button]),
                          widgets.VBox([self.image, self.readout])],
                         layout=widgets.Layout(flex_flow="row wrap"))
        self.add_class("nnlib-drawing-pad")
        self.update()

    def update(self) -> None:
        """Turn the strokes into the network's input and show every layer's answer."""
        self.digit = mnist_style(rasterize(self.strokes))
        activations = [A[0] for A in self.net.activations(flatten(self.digit[None]))]
        answer = self.view.show(self.digit, activations)
        drawn = _report(activations[-1], answer, None, self.net) if self.strokes else None
        self.readout.value = drawn or readout(t("draw_here"))
        self.render()

    def add_stroke(self, points: list) -> None:
        """Add one stroke, a list of (x, y) points in pad pixels, drawn on the pad as well."""
        points = [(float(x), float(y)) for x, y in points]
        self.strokes.append(points)
        if len(points) > 1:
            self.canvas.stroke_lines(points)
        self.update()

    def clear(self) -> None:
        self.strokes = []
        self.canvas.clear()
        self.update()

    def _down(self, x: float, y: float) -> None:
        self._pen_down = True
        self.strokes.append([(x, y)])

    def _move(self, x: float, y: float) -> None:
        if self._pen_down:
            last = self.strokes[-1][-1]
            self.strokes[-1].append((x, y))
            self.canvas.stroke_line(last[0], last[1], x, y)

    def _up(self, x: float, y: float) -> None:
        if self._pen_down:
            self._pen_down = False
            self.update()


def drawing_pad(net) -> DrawingPad:
    """Notebook 04: a pad to draw a digit on, and the network's layers answering after every stroke."""
    return DrawingPad(net)


class TrainingCurves(LiveFigure, widgets.VBox):
    """Live cost and accuracy curves; pass ``update`` as ``Network.fit``'s callback.

    Displayed with ``display(curves)``, its output is replaced by the finished curves after the last epoch, so
    that a notebook opened without a kernel shows how training went (not the empty axes it started with).
    """

    repr_key = "curves_repr"

    def __init__(self, epochs: int):
        self.epochs, self._display = epochs, None
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
        epochs = np.arange(1, len(history["loss"]) + 1)
        self.loss_line.set_data(epochs, history["loss"])
        finite = [loss for loss in history["loss"] if np.isfinite(loss)]
        self.loss_ax.set_ylim(0, max(finite, default=1.0) * 1.1 or 1.0)
        self.train_line.set_data(epochs, history["accuracy"])
        self.test_line.set_data(epochs[: len(history["val_accuracy"])], history["val_accuracy"])
        self.render()
        if self._display is not None and len(history["loss"]) >= self.epochs:
            self._display.update(self._repr_mimebundle_(), raw=True)  # the stored picture: the finished curves
