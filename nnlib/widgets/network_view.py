"""Notebook 04: the network diagram of the video, lit up layer by layer for one digit.

The image is the input layer; each further layer is a column of circles shaded by its activation (white = 0,
black = 1, like ink); between two layers the strongest contributions a·w of this digit are drawn, blue and solid
where they push the next neuron up, vermillion and dashed where they push it down. A "layer" control shows the
layers one after the other, as the video does. ``NetworkDiagram.show`` moves the existing artists.
"""

import ipywidgets as widgets
import numpy as np
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.patches import Circle, Rectangle

from ..data import flatten
from ..i18n import t
from ..plots import BLUE, GREY, INK_CMAP, NEGATIVE, ORANGE, POSITIVE, fix_layout, new_figure, style_context
from .base import Explorer, control_layout, int_slider, readout

IMAGE = 28.0  # the input image spans 0..28 in both directions
GAP = 20.0  # horizontal distance between two columns of circles
LINES = (40, 30, 24)  # how many connections are drawn into each layer (the strongest contributions)


def strongest(a: np.ndarray, W: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ``k`` largest contributions ``a_i·W[i, j]`` in size, for ``a`` ``(n_in,)`` and ``W`` ``(n_in, n_out)``.

    Returns ``(i, j, value)``, each ``(k,)``, largest first (fewer if W has fewer entries)."""
    contributions = a[:, None] * W
    k = min(k, contributions.size)
    flat = np.argpartition(np.abs(contributions).ravel(), -k)[-k:]
    flat = flat[np.argsort(-np.abs(contributions.ravel()[flat]), kind="stable")]
    i, j = np.unravel_index(flat, contributions.shape)
    return i, j, contributions[i, j]


class NetworkDiagram:
    """The figure: an image as the input layer, then one column of circles per layer, connections between them.

    ``sizes`` e.g. ``[784, 16, 16, 10]``; ``output_names`` label the output circles (default: 0, 1, …)."""

    def __init__(self, sizes: list[int], output_names=None):
        self.sizes = list(sizes)
        columns = len(sizes) - 1
        names = [str(n) for n in (output_names if output_names is not None else range(sizes[-1]))]
        with style_context():
            self.figure, ax = new_figure(figsize=(10.5, 4.1))
            ax.set_aspect("equal")
            ax.axis("off")
            self.input = ax.imshow(np.zeros((28, 28)), cmap=INK_CMAP, vmin=0, vmax=255,
                                   extent=(0, IMAGE, 0, IMAGE))
            ax.add_patch(Rectangle((0, 0), IMAGE, IMAGE, fill=False, edgecolor=GREY, linewidth=1.2))
            self.centres, self.circles, self.lines = [], [], []
            for layer in range(1, columns + 1):
                n, x = sizes[layer], IMAGE + GAP * layer
                step = min(IMAGE / n, 2.6)
                ys = IMAGE / 2 + step * (np.arange(n)[::-1] - (n - 1) / 2)  # neuron 0 on top
                self.centres.append(np.column_stack([np.full(n, x), ys]))
                radius = min(0.42 * step, 1.0)
                circles = PatchCollection([Circle((x, y), radius) for y in ys], facecolor="white",
                                          edgecolor=GREY, linewidth=1.2, zorder=3)
                ax.add_collection(circles)
                self.circles.append(circles)
                lines = LineCollection([], zorder=2, capstyle="round")
                ax.add_collection(lines)
                self.lines.append(lines)
                ax.text(x, -1.2, self._title(layer, columns, n), ha="center", va="top", fontsize=12)
            ax.text(IMAGE / 2, -1.2, t("diagram_input", n=sizes[0]), ha="center", va="top", fontsize=12)
            out = self.centres[-1]
            self.value_texts = [ax.text(out[k, 0] + 1.6, out[k, 1], name, va="center", fontsize=11, color=GREY)
                                for k, name in enumerate(names)]
            self.answer = ax.text(IMAGE + GAP * columns + 1.3, IMAGE + 1.6, "", ha="left", fontsize=14,
                                  color=BLUE)
            ax.set_xlim(-0.5, IMAGE + GAP * columns + 9)
            ax.set_ylim(-3.5, IMAGE + 2.6)
        self.names, self.axes = names, ax
        fix_layout(self.figure)

    @staticmethod
    def _title(layer: int, columns: int, n: int) -> str:
        if layer == columns:
            return t("diagram_output", n=n)
        return t("diagram_hidden", k=layer, n=n)

    def _endpoints(self, gap: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Segments ``(k, 2, 2)`` from neuron i of layer ``gap`` (a pixel for the input) to neuron j of the next."""
        if gap == 0:
            rows, cols = np.divmod(i, 28)
            start = np.column_stack([cols + 0.5, IMAGE - rows - 0.5])
        else:
            start = self.centres[gap - 1][i]
        return np.stack([start, self.centres[gap][j]], axis=1)

    def show(self, image: np.ndarray, activations: list[np.ndarray], W: list[np.ndarray], layers: int,
             label=None) -> int | None:
        """Draw ``image`` (28, 28) uint8 and the ``activations`` ``[x (784,), a1, …, out]`` of one example, up to
        layer ``layers`` (0: the input only). Returns the answer (the brightest output) once the output is shown."""
        self.input.set_data(image)
        columns = len(self.circles)
        for layer in range(1, columns + 1):
            circles, lines = self.circles[layer - 1], self.lines[layer - 1]
            lit = layer <= layers
            a = np.clip(activations[layer], 0, 1) if lit else np.zeros(len(activations[layer]))
            grey = 1 - a
            circles.set_facecolor(np.column_stack([grey, grey, grey]))
            circles.set_edgecolor(GREY if not lit else "black")
            lines.set_visible(lit)
            if lit:
                i, j, value = strongest(np.asarray(activations[layer - 1], dtype=float),
                                        np.asarray(W[layer - 1], dtype=float), LINES[min(layer - 1, 2)])
                size = np.abs(value) / max(float(np.abs(value).max()), 1e-12)
                lines.set_segments(self._endpoints(layer - 1, i, j))
                lines.set_color([POSITIVE if v >= 0 else NEGATIVE for v in value])
                lines.set_linestyle(["solid" if v >= 0 else (0, (2, 2)) for v in value])
                lines.set_linewidth(0.4 + 2.6 * size)
                lines.set_alpha(None)
        out = np.asarray(activations[-1], dtype=float)
        shown = layers >= columns
        answer = int(np.argmax(out)) if shown else None
        for k, text in enumerate(self.value_texts):
            text.set_text((f"{self.names[k]}  {out[k]:.2f}" + (" ←" if k == answer else "")) if shown
                          else self.names[k])
            text.set_color(BLUE if k == answer else ORANGE if k == label else GREY)
        self.answer.set_text(t("answer_is", digit=self.names[answer]) if shown else "")
        return answer


def network_explorer(net, images: np.ndarray, labels=None, index: int = 0, layers: int | None = None,
                     output_names=None) -> Explorer:
    """Notebook 04: the diagram of ``net`` (any ``nl.Network``) for the digit ``images[index]``, lit up layer by layer.

    ``images`` uint8 ``(n, 28, 28)``; ``labels`` ``(n,)`` or None; ``layers``: how many layers are lit at first
    (default: all). Controls: ``index`` (which digit) and ``layer`` (how far the digit has gone)."""
    columns = len(net.sizes) - 1
    view = NetworkDiagram(net.sizes, output_names)
    steps = [(t("diagram_step_input"), 0)] + [(t("diagram_step_hidden", k=k), k) for k in range(1, columns)]
    steps.append((t("diagram_step_output"), columns))
    controls = {"index": int_slider(t("digit_number"), index, 0, len(images) - 1),
                "layer": widgets.ToggleButtons(options=steps, value=columns if layers is None else layers,
                                               description=t("diagram_layer"), **control_layout())}
    controls["layer"].style.button_width = "auto"
    cache = {}

    def activations_of(k: int) -> list[np.ndarray]:
        if k not in cache:
            cache.clear()
            cache[k] = [A[0] for A in net.activations(flatten(images[k][None]))]
        return cache[k]

    def redraw(v: dict) -> str:
        k, shown = v["index"], v["layer"]
        label = None if labels is None else int(labels[k])
        activations = activations_of(k)
        answer = view.show(images[k], activations, net.W, shown, label)
        rows = []
        if shown == 0:
            rows.append(t("diagram_says_input"))
        elif shown < columns:
            a = activations[shown]
            rows.append(t("diagram_says_hidden", k=shown, active=int(np.sum(a > 0.5)), n=len(a)))
        else:
            rows.append(t("answer_line", digit=view.names[answer], confidence=float(activations[-1][answer])))
        if label is not None:
            mark = "" if answer is None else (" ✓" if label == answer else " ✗")
            rows.append(t("label_line", digit=view.names[label]) + mark)
        return readout(*rows)

    artists = {"input": view.input, "circles": view.circles, "lines": view.lines, "values": view.value_texts,
               "answer": view.answer, "centres": view.centres}
    moving = [view.input, *view.circles, *view.lines, *view.value_texts, view.answer]
    return Explorer(view.figure, artists, controls, redraw, animated=moving)
