"""From strokes drawn with a mouse to an MNIST-like 28×28 image (notebook 04's drawing pad).

MNIST's digits were size-normalised to fit a 20×20 box, keeping their aspect ratio, and centred by their centre of
mass in a 28×28 image. ``mnist_style`` does the same to a drawing, so that the network sees what it was trained on.
"""

import numpy as np
from PIL import Image

from .data import shift

PAD = 280  # the drawing pad's size in screen pixels
PEN = 20.0  # the pen's width in screen pixels


def rasterize(strokes: list, size: int = PAD, width: float = PEN) -> np.ndarray:
    """Strokes (each a list of (x, y) points in pad pixels) -> ink ``(size, size)`` float in 0..1, anti-aliased."""
    ys, xs = np.mgrid[0:size, 0:size].astype(np.float32) + 0.5
    ink = np.zeros((size, size), dtype=np.float32)
    for stroke in strokes:
        points = np.asarray(stroke, dtype=np.float32).reshape(-1, 2)
        if len(points) == 1:
            points = np.vstack([points, points])
        for (x0, y0), (x1, y1) in zip(points[:-1], points[1:], strict=True):
            # distance of every pixel centre to the segment, then a soft-edged pen of the given width
            dx, dy = x1 - x0, y1 - y0
            length2 = dx * dx + dy * dy
            s = np.clip(((xs - x0) * dx + (ys - y0) * dy) / length2, 0, 1) if length2 > 0 else 0.0
            distance = np.hypot(xs - (x0 + s * dx), ys - (y0 + s * dy))
            np.maximum(ink, np.clip(width / 2 + 0.5 - distance, 0, 1), out=ink)
    return ink


def mnist_style(ink: np.ndarray) -> np.ndarray:
    """Ink ``(H, W)`` float in 0..1 -> uint8 ``(28, 28)`` as MNIST: fitted into 20×20, centred by centre of mass.

    An empty drawing gives an empty image.
    """
    ink = np.asarray(ink, dtype=np.float32)
    rows, cols = np.flatnonzero(ink.max(axis=1) > 0.05), np.flatnonzero(ink.max(axis=0) > 0.05)
    if len(rows) == 0:
        return np.zeros((28, 28), dtype=np.uint8)
    box = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    scale = 20.0 / max(box.shape)
    new_h, new_w = max(1, round(box.shape[0] * scale)), max(1, round(box.shape[1] * scale))
    small = np.asarray(Image.fromarray((box * 255).astype(np.uint8)).resize((new_w, new_h), Image.LANCZOS),
                       dtype=np.float32)
    canvas = np.zeros((28, 28), dtype=np.float32)
    top, left = (28 - new_h) // 2, (28 - new_w) // 2
    canvas[top : top + new_h, left : left + new_w] = small
    total = canvas.sum()
    if total > 0:  # move the centre of mass to the centre
        r, c = np.indices(canvas.shape)
        shift_r, shift_c = round(13.5 - (r * canvas).sum() / total), round(13.5 - (c * canvas).sum() / total)
        canvas = shift(canvas, shift_c, shift_r)
    return np.clip(canvas, 0, 255).astype(np.uint8)
