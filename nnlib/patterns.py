"""Small pixel pictures for notebook 02: input images and weight patterns of a neuron that looks at an image.

Every picture is an array of shape ``(SIZE, SIZE)``; images hold grey levels in 0..1 (1 = ink), weight patterns
hold weights in -1..1 (positive: ink here raises z; negative: ink here lowers it).
"""

import numpy as np

SIZE = 12


def _blank() -> np.ndarray:
    return np.zeros((SIZE, SIZE))


def _ring(radius: float, width: float, centre=(5.5, 5.5)) -> np.ndarray:
    rows, cols = np.mgrid[0:SIZE, 0:SIZE]
    distance = np.hypot(rows - centre[0], (cols - centre[1]) * 1.15)
    return np.clip(1 - np.abs(distance - radius) / width, 0, 1)


def images() -> dict[str, np.ndarray]:
    """Input images, each ``(SIZE, SIZE)`` in 0..1: digit-like strokes drawn on a 12×12 grid."""
    seven, one, four, zero, top = _blank(), _blank(), _blank(), _ring(4.2, 1.2), _blank()
    seven[2, 2:10] = 1
    for k in range(8):  # the diagonal, from the bar's right end down to the left
        seven[3 + k, 9 - round(k * 0.6)] = 1
    one[2:11, 6] = 1
    one[3, 5] = 0.6
    four[2:8, 3] = 1
    four[7, 3:10] = 1
    four[2:11, 8] = 1
    top[2, 2:10] = 1
    return {"seven": seven, "one": one, "four": four, "zero": zero, "top bar": top}


def weight_patterns() -> dict[str, np.ndarray]:
    """Weight patterns, each ``(SIZE, SIZE)`` in -1..1: what a neuron could be looking for."""
    top_bar, vertical, edge = _blank(), _blank(), _blank()
    top_bar[1:4, 1:11] = -1
    top_bar[2, 2:10] = 1
    vertical[1:11, 4:9] = -1
    vertical[2:11, 6] = 1
    edge[:, :6] = -1
    edge[:, 6:] = 1
    loop = _ring(4.2, 1.2) - _ring(1.5, 1.5) - _ring(6.2, 0.8)
    return {"top bar": top_bar, "vertical stroke": vertical, "left-right edge": edge,
            "loop": np.clip(loop, -1, 1)}


def pattern_weights(pattern: np.ndarray, positive: float = 1.0, negative: float = 1.0) -> np.ndarray:
    """Scale a pattern's positive weights by ``positive`` and its negative ones by ``negative``; shape kept."""
    return np.where(pattern > 0, positive * pattern, negative * pattern)
