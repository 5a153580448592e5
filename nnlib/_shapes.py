"""Shape checks whose errors name the expected and the received shape, in the notebook's language."""

import numpy as np

from .i18n import t


class ShapeError(ValueError):
    """An array does not have the shape a formula needs."""


def check_shape(name: str, array: np.ndarray, expected: tuple) -> None:
    """Raise ShapeError unless ``array.shape`` matches ``expected``; ``None`` in ``expected`` matches any size."""
    ok = array.ndim == len(expected) and all(e is None or e == s for e, s in zip(expected, array.shape, strict=True))
    if not ok:
        sizes = ", ".join("n" if e is None else str(e) for e in expected)
        shown = f"({sizes},)" if len(expected) == 1 else f"({sizes})"
        raise ShapeError(t("shape_error", name=name, expected=shown, received=tuple(array.shape)))
