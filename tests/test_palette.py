"""Accessibility: signs are never told apart by red against green (the commonest colour blindness)."""

import matplotlib.colors as mcolors


def hue_family(colour) -> str:
    r, g, b = mcolors.to_rgb(colour)
    h, s, v = mcolors.rgb_to_hsv((r, g, b))
    if s < 0.25 or v < 0.2:
        return "grey"
    h *= 360
    return "red" if h < 20 or h >= 330 else "green" if 75 <= h < 170 else "other"


def test_no_palette_pairs_red_with_green():
    from nnlib import plots

    assert not ({"red", "green"} <= {hue_family(c) for c in (plots.POSITIVE, plots.NEGATIVE)})
    ends = [plots.SIGNED_CMAP(0.0), plots.SIGNED_CMAP(1.0)]
    assert "green" not in {hue_family(c) for c in ends}
