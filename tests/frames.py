"""What an explorer shows against what a full drawing of its figure shows (for the blitting tests)."""

import io

import numpy as np
from PIL import Image

import nnlib as nl


def share_unlike_full_drawing(explorer) -> float:
    """The share of pixels in which the explorer's current picture (``image``, perhaps blitted over a cached
    background) differs clearly from the whole figure drawn afresh; the two must have the same size."""
    frame = np.asarray(Image.open(io.BytesIO(bytes(explorer.image.value))).convert("RGB"), dtype=int)
    buffer = io.BytesIO()
    with nl.plots.style_context():
        explorer.figure.savefig(buffer, format="png", dpi=explorer.figure.dpi)
    full = np.asarray(Image.open(buffer).convert("RGB"), dtype=int)
    assert frame.shape == full.shape, (frame.shape, full.shape)
    return float((np.abs(frame - full).sum(axis=2) > 30).mean())
