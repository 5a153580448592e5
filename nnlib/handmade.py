"""Pictures for notebook 04's hope, a network made by hand: little edges, then parts (loops, lines), then digits.

Everything lives on MNIST's 28 × 28 grid. ``edge_pictures()`` gives 16 little edges, each a thin stroke in 0..1:
the weights of one neuron, as in notebook 02 (a neuron whose weights are a picture fires on images that have ink
where its picture has). ``drawings()`` gives digits drawn from the same strokes, uint8 like MNIST. The network
itself (which edges make a part, which parts make a digit) is written in the notebook.
"""

import numpy as np

from .drawing import rasterize
from .i18n import t

UPPER, LOWER = (14.0, 9.5), (14.0, 19.5)  # centres (x, y) of the two loops, in pixels (y grows downwards)
RADIUS = 5.0
LEFT, BAR = 7.5, 16.5  # the 4's left line (x) and bar (y), a little apart from where a loop would be
PEN = 2.6  # stroke width of the drawn digits, in pixels (MNIST's strokes are 2 to 4 pixels wide)
EDGE_PEN = 1.0  # stroke width of an edge neuron's weight picture


def arc(centre: tuple, radius: float, start: float, end: float, points: int = 16) -> list[tuple[float, float]]:
    """Points (x, y) of a circular arc from angle ``start`` to ``end`` in degrees (0 = right, 90 = up)."""
    angles = np.radians(np.linspace(start, end, points))
    return [(centre[0] + radius * np.cos(a), centre[1] - radius * np.sin(a)) for a in angles]


def _loop_edges(centre: tuple, name: str) -> dict:
    return {f"{name} ◠": arc(centre, RADIUS, 45, 135), f"{name} (": arc(centre, RADIUS, 135, 225),
            f"{name} ◡": arc(centre, RADIUS, 225, 315), f"{name} )": arc(centre, RADIUS, -45, 45)}


def edges() -> dict[str, list[tuple[float, float]]]:
    """The 16 little edges, each a stroke (a list of (x, y) points): 8 arcs (a quarter of a loop each, upper and
    lower loop) and 8 short straight pieces (two for each line a 4 or a 9 is made of)."""
    right, left, bar = UPPER[0] + RADIUS, LEFT, BAR
    return {
        **_loop_edges(UPPER, "upper"),
        **_loop_edges(LOWER, "lower"),
        "left │ 1": [(left, 4.0), (left, 9.0)], "left │ 2": [(left, 9.5), (left, 14.5)],
        "right │ 1": [(right, 4.0), (right, 9.0)], "right │ 2": [(right, 9.5), (right, 14.5)],
        "right │ 3": [(right, 15.0), (right, 19.5)], "right │ 4": [(right, 20.0), (right, 24.5)],
        "bar ─ 1": [(left, bar), (14.0, bar)], "bar ─ 2": [(14.5, bar), (right + 3.0, bar)],
    }


def edge_label(name: str) -> str:
    """An edge's name in the notebook's language: "upper ◠" → "upper loop ◠" / "上圈 ◠"."""
    place, mark = name.split(" ", 1)
    return f"{t(place)} {mark}"


def edge_pictures() -> dict[str, np.ndarray]:
    """Each edge as a thin stroke on the 28 × 28 grid, float ``(28, 28)`` in 0..1 (the weights of one neuron)."""
    return {name: rasterize([stroke], size=28, width=EDGE_PEN) for name, stroke in edges().items()}


def drawings() -> dict[str, np.ndarray]:
    """Digits drawn from loops and lines, each uint8 ``(28, 28)`` like an MNIST image (0 = paper, 255 = ink)."""
    right, left, bar = UPPER[0] + RADIUS, LEFT, BAR
    upper, lower = arc(UPPER, RADIUS, 0, 360, 48), arc(LOWER, RADIUS, 0, 360, 48)
    strokes = {
        "9": [upper, [(right, UPPER[1]), (right, 24.5)]],
        "8": [upper, lower],
        "4": [[(left, 4.0), (left, bar)], [(left, bar), (right + 3.0, bar)], [(right, 4.0), (right, 24.5)]],
        "0": [[(14.0 + 5.0 * np.cos(a), 14.5 - 10.0 * np.sin(a)) for a in np.radians(np.linspace(0, 360, 64))]],
        "6": [lower, arc((LOWER[0] + 5.0, LOWER[1]), 10.0, 100, 180, 16)],
        "7": [[(left - 1.0, 4.5), (right + 1.0, 4.5)], [(right + 1.0, 4.5), (13.0, 24.5)]],
    }
    return {digit: (255 * rasterize(s, size=28, width=PEN)).round().astype(np.uint8) for digit, s in strokes.items()}
