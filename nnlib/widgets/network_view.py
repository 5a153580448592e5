"""Notebook 04: the network diagram of the video (``plots.NetworkDiagram``, notebook 01's picture) lit up layer by
layer for one digit.

The image is the input; each further layer is a column of circles shaded by its activation (white = 0, black = 1,
like ink); between two lit layers the strongest contributions a·w of this digit are drawn, blue and solid where
they push the next neuron up, vermillion and dashed where they push it down. A "layer" control shows the layers
one after the other, as the video does. Every move changes the existing artists of the one diagram.
"""

import numpy as np

from ..data import flatten
from ..i18n import t
from ..plots import NetworkDiagram
from .base import Explorer, int_slider, readout, toggle_buttons

STRONGEST = 24  # connections drawn between two lit layers


def light_up(diagram: NetworkDiagram, activations: list[np.ndarray], W: list[np.ndarray], layers: int) -> None:
    """Show ``activations`` ``[x (784,), a1, …, out]`` on ``diagram`` up to layer ``layers`` (0: the input only):
    later layers stay white, and only connections between lit layers are drawn."""
    shown = [a if k <= layers else np.zeros_like(a) for k, a in enumerate(activations)]
    diagram.update(shown, W, STRONGEST)
    for k, lines in enumerate(diagram.edges):
        if k >= layers:  # into a layer that is not lit yet
            lines.set_linewidths(0.0)
    if layers < len(activations) - 1:
        diagram.answer_ring.set_data([], [])


def output_labels(diagram: NetworkDiagram) -> list:
    """The text artists that name the output circles (0, 1, …), top to bottom."""
    last = len(diagram.sizes) - 1
    labels = [text for text in diagram.ax.texts if text.get_position()[0] == last + 0.12]
    return sorted(labels, key=lambda text: -text.get_position()[1])


def network_explorer(net, images: np.ndarray, labels=None, index: int = 0, layers: int | None = None,
                     output_names=None) -> Explorer:
    """Notebook 04: the diagram of ``net`` (any ``nl.Network`` on 28 × 28 images) for the digit ``images[index]``,
    lit up layer by layer.

    ``images`` uint8 ``(n, 28, 28)``; ``labels`` ``(n,)`` or None; ``layers``: how many layers are lit at first
    (default: all); ``output_names``: what each output stands for (default 0, 1, …). Controls: ``index`` (which
    digit) and ``layer`` (how far the digit has gone)."""
    columns = len(net.sizes) - 1
    diagram = NetworkDiagram(net.sizes)
    names = [str(n) for n in (output_names if output_names is not None else range(net.sizes[-1]))]
    for text, name in zip(output_labels(diagram), names, strict=True):
        text.set_text(name)
    steps = [(t("diagram_step_input"), 0)] + [(t("diagram_step_hidden", k=k), k) for k in range(1, columns)]
    steps.append((t("diagram_step_output"), columns))
    controls = {"index": int_slider(t("digit_number"), index, 0, len(images) - 1),
                "layer": toggle_buttons(t("diagram_layer"), steps, columns if layers is None else layers,
                                        button_width=None)}
    cache = {}

    def activations_of(k: int) -> list[np.ndarray]:
        if k not in cache:
            cache.clear()
            cache[k] = [np.asarray(A[0], dtype=float) for A in net.activations(flatten(images[k][None]))]
        return cache[k]

    def redraw(v: dict) -> str:
        k, shown = v["index"], v["layer"]
        label = None if labels is None else int(labels[k])
        activations = activations_of(k)
        light_up(diagram, activations, net.W, shown)
        rows = []
        if shown == 0:
            rows.append(t("diagram_says_input"))
        elif shown < columns:
            a = activations[shown]
            rows.append(t("diagram_says_hidden", k=shown, active=int(np.sum(a > 0.5)), n=len(a)))
        else:
            out = activations[-1]
            answer = int(np.argmax(out))
            rows.append(t("answer_line", digit=names[answer], confidence=float(out[answer])))
            rows.append(" ".join(f"{name}:{value:.2f}" for name, value in zip(names, out, strict=True)))
        if label is not None:
            mark = "" if shown < columns else (" ✓" if names[int(np.argmax(activations[-1]))] == str(label) else " ✗")
            rows.append(t("label_line", digit=label) + mark)
        return readout(*rows)

    artists = {"diagram": diagram, "circles": diagram.circles, "edges": diagram.edges, "image": diagram.image,
               "answer_ring": diagram.answer_ring, "outputs": output_labels(diagram)}
    # drawn over the still part in this order: the image, its middle-row marker, then the diagram
    inset = [diagram.image, *diagram.image.axes.lines] if diagram.image is not None else []
    moving = [*inset, *diagram.edges, *diagram.circles, diagram.answer_ring]
    return Explorer(diagram.figure, artists, controls, redraw, animated=moving)
