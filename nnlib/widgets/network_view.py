"""Notebook 04: the network diagram of the video (``plots.NetworkDiagram``, notebook 01's picture) lit up layer by
layer for one digit.

The image is the input; each further layer is a column of circles shaded by its activation (white = 0, black = 1,
like ink); between two lit layers the strongest contributions a·w of this digit are drawn, blue and solid where
they push the next neuron up, vermillion and dashed where they push it down. A "layer" control shows the layers
one after the other, as the video does. Drawn in the browser by js/network.js (the network's forward pass mirrored
by js/mirror.js, from its weights sent once); the matplotlib diagram here is its stored picture, and every redraw
changes the existing artists of that one diagram.
"""

import copy
import html

import numpy as np

from .. import _inputs as inputs
from ..data import flatten
from ..i18n import t
from ..plots import NetworkDiagram
from .base import Explorer, int_slider, readout, templates, toggle_buttons
from .digits import MAX_DIGITS, box, digits_data, network_data, note_for_browser, training_note

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


def hidden_names_of(hidden_names, sizes) -> dict[int, list[str]]:
    """``hidden_names`` checked against the layer ``sizes``: ``{k: names}`` with ``k`` a hidden layer's number
    (1 … len(sizes) − 2, as the diagram labels them) and one string per neuron of that layer, top to bottom."""
    if hidden_names is None:
        return {}
    hidden = list(range(1, len(sizes) - 1))
    if not isinstance(hidden_names, dict):
        raise inputs.InputError(t("input_hidden_names", value=inputs._short(hidden_names), example="{2: [...]}",
                                  hidden=t("list_comma").join(map(str, hidden))))
    checked = {}
    for k, names in hidden_names.items():
        if isinstance(k, bool) or not isinstance(k, int | np.integer) or int(k) not in hidden:
            raise inputs.InputError(t("input_hidden_layer", value=inputs._short(k),
                                      hidden=t("list_comma").join(map(str, hidden))))
        k = int(k)
        if isinstance(names, str) or not hasattr(names, "__len__") or len(names) != sizes[k] \
                or not all(isinstance(name, str) for name in names):
            raise inputs.InputError(t("input_hidden_name_list", k=k, n=sizes[k], value=inputs._short(names)))
        checked[k] = list(names)
    return checked


def network_explorer(net, images: np.ndarray, labels=None, index: int = 0, layers: int | None = None,
                     output_names=None, hidden_names=None) -> Explorer:
    """Notebook 04: the diagram of ``net`` (any ``nl.Network`` on 28 × 28 images) for the digit ``images[index]``,
    lit up layer by layer.

    ``images`` uint8 ``(n, 28, 28)``; ``labels`` ``(n,)`` or None; ``layers``: how many layers are lit at first
    (default: all); ``output_names``: what each output stands for (default 0, 1, …); ``hidden_names``: what
    neurons of hidden layers stand for, written beside them, ``{k: [one string per neuron, top to bottom]}`` with
    ``k`` the hidden layer's number in the diagram (``{2: ["loop on top", …]}`` for hidden layer 2).

    Controls: ``index`` (which digit: the first 300 at most (``MAX_DIGITS``), 0 … min(n, 300) − 1, are sent to
    the browser, which runs the network itself) and ``layer`` (how far the digit has gone)."""
    net = copy.deepcopy(inputs.mlp(net, "network_explorer"))  # as it is now, in the browser and here alike
    images = inputs.images("images", images, "network_explorer")
    labels = None if labels is None else inputs.labels("labels", labels, len(images))
    shown_digits = min(len(images), MAX_DIGITS)
    index = inputs.index("index", index, shown_digits)
    columns = len(net.sizes) - 1
    layers = columns if layers is None else inputs.index("layers", layers, columns + 1)
    hidden = hidden_names_of(hidden_names, net.sizes)
    diagram = NetworkDiagram(net.sizes)
    names = [str(n) for n in (output_names if output_names is not None else range(net.sizes[-1]))]
    diagram.name(columns, names)
    for k, neuron_names in hidden.items():
        diagram.name(k, neuron_names)
    steps = [(t("diagram_step_input"), 0)] + [(t("diagram_step_hidden", k=k), k) for k in range(1, columns)]
    steps.append((t("diagram_step_output"), columns))
    controls = {"index": int_slider(t("digit_number"), index, 0, shown_digits - 1),
                "layer": toggle_buttons(t("diagram_layer"), steps, layers)}
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
            rows.append(t("answer_line", digit=html.escape(names[answer]), confidence=float(out[answer])))
            rows.append(" ".join(f"{html.escape(name)}:{value:.2f}" for name, value in zip(names, out, strict=True)))
        if training_note(net) is not None:
            rows.insert(0, training_note(net))
        if label is not None:
            mark = "" if shown < columns else (" ✓" if names[int(np.argmax(activations[-1]))] == str(label) else " ✗")
            rows.append(t("label_line", digit=label) + mark)
        return readout(*rows)

    artists = {"diagram": diagram, "circles": diagram.circles, "edges": diagram.edges, "image": diagram.image,
               "answer_ring": diagram.answer_ring, "outputs": diagram.labels[-1], "labels": diagram.labels}
    data = {"net": network_data(net), "names": names, "strongest": STRONGEST,
            "hidden_names": [hidden.get(k) for k in range(columns + 1)],  # per column: names or None
            "y": [[float(y) for y in ys] for ys in diagram.y], "inputs": [int(i) for i in diagram.inputs]}
    texts = templates("diagram_says_input", "diagram_says_hidden", "answer_line", "label_line", "layer_input",
                      "layer_hidden", "layer_output", "activation_bar", "untrained_note")
    explorer = Explorer("network", diagram.figure, artists, controls, redraw,
                               data=data | digits_data(images, labels), texts=texts)
    ax, bar = diagram.ax, diagram.figure.axes[-1]  # the diagram and its colour bar
    explorer.data = explorer.data | {"layout": {"diagram": box(ax), "xlim": [float(x) for x in ax.get_xlim()],
                                                "ylim": [float(y) for y in ax.get_ylim()], "bar": box(bar)}}
    note_for_browser(explorer, net)
    return explorer
