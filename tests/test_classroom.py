"""Classroom and accessibility: worked solutions pass their self-checks, projector mode, slides, palettes."""

import ast
import json
from pathlib import Path

import matplotlib.colors as mcolors
import numpy as np
import pytest

import nnlib as nl

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = sorted((ROOT / "solutions").glob("*.py"))


@pytest.fixture(scope="module")
def notebook_state():
    """What the exercises of each notebook can use: the names its earlier cells define."""
    (x, y), (xt, yt) = nl.data.load_bundled()
    X_train, X_test = nl.flatten(x), nl.flatten(xt)
    net = nl.Network([784, 16, 16, 10], np.random.default_rng(0))
    net.fit(X_train, y, epochs=5, batch_size=10, lr=3.0, rng=np.random.default_rng(1), progress=False)
    nine = xt[np.flatnonzero(yt == 9)[0]] / 255
    return {
        "03": {"X_ex": np.array([[1.0, 0.0], [0.5, 0.5], [0.0, 1.0]]),
               "W_ex": np.array([[1.0, -1.0, 2.0], [0.5, 3.0, -2.0]]), "b_ex": np.array([0.0, -1.0, 0.5])},
        "04": {"net": net, "X_train": X_train, "train_labels": y, "X_test": X_test, "test_labels": yt,
               "C": nl.evaluate.confusion_matrix(yt, net.predict(X_test))},
        "05": {"nine": nine, "K": nl.conv.KERNELS["vertical edge"], "test_images": xt, "test_labels": yt},
    }


def run_solution(path: Path, names: dict):
    """Run a solution file as a notebook cell would, returning its last expression's value (the check)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    *body, last = tree.body
    namespace = {"np": np, "nl": nl, **names}
    exec(compile(ast.Module(body, type_ignores=[]), str(path), "exec"), namespace)  # noqa: S102 (our own files)
    return eval(compile(ast.Expression(last.value), str(path), "eval"), namespace)  # noqa: S307


def test_every_exercise_has_a_solution():
    lessons = sorted((ROOT / "notebooks" / "en").glob("0[1-9]-*.ipynb"))
    for lesson in lessons:
        cells = json.loads(lesson.read_text(encoding="utf-8"))["cells"]
        exercises = sum("nl.checks." in "".join(c["source"]) for c in cells if c["cell_type"] == "code")
        number = lesson.name[:2]
        assert len(list((ROOT / "solutions").glob(f"{number}-*.py"))) == exercises, lesson.name
        assert f"%load ../../solutions/{number}-1.py" in "".join("".join(c["source"]) for c in cells)


@pytest.mark.parametrize("path", SOLUTIONS, ids=[p.name for p in SOLUTIONS])
def test_solution_passes_its_self_check(path, notebook_state):
    result = run_solution(path, notebook_state.get(path.name[:2], {}))
    assert isinstance(result, nl.checks.CheckResult) and result.ok, result


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
    assert int(big.controls["w"].layout.width[:-2]) > int(normal.controls["w"].layout.width[:-2])
    assert "font-size:1.7em" in big.readout.value and "nnlib-projector" in big._dom_classes
    nl.projector(False)
    try:
        assert "nnlib-projector" not in nl.widgets.neuron_explorer()._dom_classes  # off again
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


def hue_family(colour) -> str:
    r, g, b = mcolors.to_rgb(colour)
    h, s, v = mcolors.rgb_to_hsv((r, g, b))
    if s < 0.25 or v < 0.2:
        return "grey"
    h *= 360
    return "red" if h < 20 or h >= 330 else "green" if 75 <= h < 170 else "other"


def test_no_palette_pairs_red_with_green():
    from nnlib import plots

    named = [plots.BLUE, plots.ORANGE, plots.GREEN, plots.PURPLE, plots.GREY, plots.POSITIVE, plots.NEGATIVE]
    assert not ({"red", "green"} <= {hue_family(c) for c in (plots.POSITIVE, plots.NEGATIVE)})
    ends = [plots.SIGNED_CMAP(0.0), plots.SIGNED_CMAP(1.0)]
    assert {hue_family(c) for c in ends} != {"red", "green"}
    assert "green" not in {hue_family(c) for c in ends}
    assert len(set(named)) == len(named) - 1  # POSITIVE is BLUE; everything else is distinct
