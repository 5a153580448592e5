"""In class: projector mode (figures, fonts and controls larger) and slide metadata for presenting."""

import json
from pathlib import Path

import nnlib as nl

ROOT = Path(__file__).resolve().parents[1]


def test_projector_mode_enlarges_figures_fonts_and_controls():
    normal = nl.widgets.neuron_explorer()
    nl.projector(True)
    try:
        big = nl.widgets.neuron_explorer()
    finally:
        nl.projector(None)
    assert big.figure.get_figwidth() > normal.figure.get_figwidth()
    title_size = lambda ex: ex.artists["title"].get_fontsize()  # noqa: E731
    assert title_size(big) > title_size(normal)
    assert big.artists["curve"].get_linewidth() > normal.artists["curve"].get_linewidth()
    # the controls and the readout: all by the one factor of widgets.base (the browser scales the controls by it,
    # js/base.js CONTROL_SCALE, when the explorer says projector)
    k = nl.widgets.base.CONTROL_TEXT_SCALE
    assert big.projector and not normal.projector and k > 1
    nl.projector(False)
    try:
        assert not nl.widgets.neuron_explorer().projector  # off again
    finally:
        nl.projector(None)


def test_projector_mode_from_the_environment(monkeypatch):
    monkeypatch.setenv("NNLIB_PROJECTOR", "1")
    assert nl.plots.projector_on() and nl.plots.style()["font.size"] > 14


def test_every_cell_has_slide_metadata_and_explorers_get_their_own_slide():
    for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for k, cell in enumerate(cells):
            kind = cell["metadata"].get("slideshow", {}).get("slide_type")
            assert kind in ("slide", "subslide", "fragment", "-", "skip", "notes"), (path.name, k)
            if "nl.widgets." in "".join(cell["source"]):
                assert kind == "slide", (path.name, k)
                if k + 1 < len(cells):
                    assert cells[k + 1]["metadata"]["slideshow"]["slide_type"] == "slide", (path.name, k + 1)
        assert cells[0]["metadata"]["slideshow"]["slide_type"] == "slide"
