"""Readable without a kernel: every explorer's output carries a picture of its figure beside the live widget.

GitHub, nbviewer, ``jupyter nbconvert --to html`` and slides have no widget state, so they show an output's PNG;
JupyterLab shows the PNG in a notebook opened but not run. These tests check the display bundle of each explorer
(headless), the committed notebooks (a picture for every explorer, within the size budget) and nbconvert's HTML.
"""

import base64
import io
import json
import re
from pathlib import Path

import nbformat
import numpy as np
import PIL.Image
import pytest
from IPython.core.formatters import DisplayFormatter

import nnlib as nl
from nnlib.plots import compact_png
from nnlib.widgets.base import STATIC_PNG_BUDGET, WIDGET_VIEW

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*/*.ipynb"))
# All the stored explorer pictures of one notebook together stay below this many bytes (before base64); notebook
# 04, with its two lit network explorers, training curves, drawing pad and the class's pad, has the most (about
# 120 kB). The rest of a notebook (the lessons' own figures) is the lessons' business.
NOTEBOOK_BUDGET = 160_000
# A progress bar's stored text ("Training: 30/30 ✓"): the one widget output that needs no picture.
PROGRESS_TEXT = re.compile(r"^[^\n]+: \d+/\d+( [✓✗])?$")


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(PIL.Image.open(io.BytesIO(png)).convert("RGB"))


def bundle(widget) -> dict:
    """What IPython sends for ``widget`` as a cell's result (TrainingCurves displays this bundle itself)."""
    if hasattr(widget, "_ipython_display_"):
        return widget._repr_mimebundle_()
    data, _ = DisplayFormatter().format(widget)
    return data


@pytest.fixture(scope="module")
def digits():
    (x, y), (xt, yt) = nl.data.load_bundled()
    net = nl.Network([784, 16, 16, 10], np.random.default_rng(0))
    return net, xt[:50], yt[:50]


BUILDERS = {
    "neuron": lambda d: nl.widgets.neuron_explorer(a=0.5, w=4.0, b=-1.0),
    "image neuron": lambda d: nl.widgets.image_neuron_explorer(image="seven", pattern="top bar", bias=-4.0),
    "bias": lambda d: nl.widgets.bias_explorer(b=-10.0),
    "weights": lambda d: nl.widgets.weights_explorer(w1=1.5, w2=-2.0, w3=0.5, b=-0.5),
    "layer": lambda d: nl.widgets.layer_explorer(a=(0.8, 0.3, 0.6)),
    "parameter counter": lambda d: nl.widgets.parameter_counter(hidden1=16, hidden2=16),
    "digit picker": lambda d: nl.widgets.digit_explorer(*d, index=0),
    "drawing pad": lambda d: nl.widgets.drawing_pad(d[0]),
    "training curves": lambda d: nl.widgets.TrainingCurves(epochs=3),
    "kernel": lambda d: nl.widgets.kernel_explorer(d[1], index=0),
}


@pytest.mark.parametrize("name", BUILDERS)
def test_the_display_bundle_carries_the_live_view_a_picture_and_a_text(name, digits, lang):
    widget = BUILDERS[name](digits)
    data = bundle(widget)
    assert data[WIDGET_VIEW]["model_id"] == widget.model_id
    assert data["text/plain"] == repr(widget) and data["text/plain"].startswith("[")
    assert ("运行" in data["text/plain"]) == (lang == "zh-CN") or name == "training curves"
    png = base64.b64decode(data["image/png"])
    assert png.startswith(b"\x89PNG") and len(png) <= STATIC_PNG_BUDGET
    live = pixels(bytes(widget.static_png()))
    stored = pixels(png)
    assert stored.shape == live.shape  # the same picture, same size
    assert np.abs(stored.astype(int) - live.astype(int)).mean() < 2.0  # a palette copy: close to every pixel


def test_the_picture_is_the_state_at_display_time(lang):
    explorer = nl.widgets.neuron_explorer(a=0.5, w=4.0, b=-1.0)
    first = bundle(explorer)["image/png"]
    explorer.controls["b"].value = 3.0
    assert bundle(explorer)["image/png"] != first


def test_compact_png_keeps_the_pixels_and_is_smaller(lang):
    live = bytes(nl.widgets.layer_explorer(a=(0.8, 0.3, 0.6)).static_png())
    small = compact_png(live)
    assert len(small) < len(live) / 2
    assert np.abs(pixels(small).astype(int) - pixels(live).astype(int)).mean() < 2.0


def test_training_curves_store_the_finished_curves(tmp_path):
    """In a real kernel, the curves' output is replaced after the last epoch (nbclient keeps the update)."""
    from nbclient import NotebookClient

    history = {"loss": [0.9, 0.5], "accuracy": [0.4, 0.7], "val_accuracy": [0.35, 0.65]}
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import nnlib as nl\n"
        "curves = nl.widgets.TrainingCurves(epochs=2)\n"
        "display(curves)\n"
        f"h = {history!r}\n"
        "curves.update(1, {k: v[:1] for k, v in h.items()})\n"
        "curves.update(2, h)"
    )]
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for o in nb.cells[0].outputs if "image/png" in o.get("data", {})]
    assert len(outputs) == 1 and WIDGET_VIEW in outputs[0]["data"]
    stored = pixels(base64.b64decode(outputs[0]["data"]["image/png"]))
    nl.set_language("en")
    try:
        curves = nl.widgets.TrainingCurves(epochs=2)
        empty = pixels(bytes(curves.image.value))
        curves.update(2, history)
        finished = pixels(bytes(curves.image.value))
    finally:
        nl.set_language(None)
    assert np.abs(stored.astype(int) - finished.astype(int)).mean() < 2.0
    assert np.abs(stored.astype(int) - empty.astype(int)).mean() > 2 * np.abs(
        stored.astype(int) - finished.astype(int)).mean()


# The committed notebooks ---------------------------------------------------------------------------------------

def explorer_cells(nb: dict) -> list[dict]:
    """The code cells that display something of ``nl.widgets`` (an explorer, the drawing pad, training curves)."""
    return [c for c in nb["cells"] if c["cell_type"] == "code" and "nl.widgets." in "".join(c["source"])
            and any(WIDGET_VIEW in o.get("data", {}) for o in c.get("outputs", []))]


def pictures_of(cell: dict) -> list[dict]:
    return [o for o in cell.get("outputs", []) if WIDGET_VIEW in o.get("data", {}) and "image/png" in o["data"]]


def test_there_are_notebooks_to_check():
    assert len(NOTEBOOKS) >= 12
    lessons = [p for p in NOTEBOOKS if not p.name.startswith("00")]
    assert all(explorer_cells(json.loads(p.read_text(encoding="utf-8"))) for p in lessons), "a lesson without explorer"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_explorer_has_its_picture_within_the_budget(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in explorer_cells(nb):
        assert pictures_of(cell), f"{path.name}: explorer cell {cell['id']} has no stored picture (rebuild it)"
    total = 0
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW not in data:
                continue
            text = "".join(data.get("text/plain", ""))
            # every widget output shows something without a kernel: a picture, or a progress bar's last state
            assert "image/png" in data or PROGRESS_TEXT.match(text), (path.name, cell["id"], text[:80])
            if "image/png" in data:
                png = base64.b64decode(data["image/png"])
                assert png.startswith(b"\x89PNG") and len(png) <= STATIC_PNG_BUDGET, (cell["id"], len(png))
                total += len(png)
    assert total <= NOTEBOOK_BUDGET, (path.name, total)


@pytest.mark.parametrize("exporter", ["HTMLExporter", "SlidesExporter"])
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_nbconvert_html_and_slides_show_every_explorer_as_a_picture(path, exporter):
    """``jupyter nbconvert --to html`` (and ``--to slides``) of the committed notebook."""
    import nbconvert

    nb = nbformat.read(path, as_version=4)
    html, _ = getattr(nbconvert, exporter)().from_notebook_node(nb, resources={"metadata": {"path": str(path.parent)}})
    for cell in explorer_cells(nb):
        for output in pictures_of(cell):
            assert f'src="data:image/png;base64,{output["data"]["image/png"].strip()}"' in html, cell["id"]
    # no widget without its state: nothing of the live view is left to render
    assert WIDGET_VIEW not in html
