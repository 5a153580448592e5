"""Notebook tests that pass on every machine.

Gradient descent amplifies rounding differences, and rounding depends on the CPU, the BLAS kernel and its build:
the same notebook trained on another machine prints other costs and accuracies (for notebook 04, 93.3% under
OpenBLAS's Haswell kernel, 92.6% under its Sandybridge kernel, 93.0% under SkylakeX). So nbval compares exactly only
cells whose output is the same everywhere (``code(..., check=True)`` in scripts/lessons), and a cell whose output
depends on training is declared (``code(..., trained=True)``): run, not compared; its claims are tested with bounds
in tests/test_lesson_claims.py.

The guard: every notebook is run again with its networks' initial weights jittered by a relative 1e-6 (what another
machine's rounding does; tests/notebook_runs.py). Every exactly compared cell must print the same; the trained ones
must not all stay the same (else the jitter proved nothing).
"""

import sys
from pathlib import Path

import nbformat
import pytest

from tests.notebook_runs import stored_output

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from lessons import TRAINED, code  # noqa: E402

CHECK, IGNORE = "nbval-check-output", "nbval-ignore-output"
NAMES = sorted(p.name for p in (ROOT / "notebooks" / "en").glob("*.ipynb"))


def tags(cell) -> list:
    return cell.metadata.get("tags", [])


def test_a_cell_that_depends_on_training_cannot_be_compared_exactly():
    with pytest.raises(ValueError, match="training"):
        code("print(net.accuracy(X_test, test_labels))", check=True, trained=True)
    assert code("print(1)", trained=True).tags == [IGNORE, TRAINED]


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_no_committed_cell_is_both_compared_and_trained(lang):
    for name in NAMES:
        for cell in nbformat.read(ROOT / "notebooks" / lang / name, as_version=4).cells:
            assert not (CHECK in tags(cell) and TRAINED in tags(cell)), (name, cell.source)
            assert TRAINED not in tags(cell) or IGNORE in tags(cell), (name, cell.source)


def builds_a_network(name: str) -> bool:
    """Whether a code cell of the notebook makes a ``Network`` or a ``CNN``: the jitter changes nothing else, so a
    notebook without one would run exactly as nbval already runs it."""
    cells = nbformat.read(ROOT / "notebooks" / "en" / name, as_version=4).cells
    return any(c.cell_type == "code" and ("Network(" in c.source or "CNN(" in c.source) for c in cells)


@pytest.mark.parametrize("name", [name for name in NAMES if builds_a_network(name)])
def test_exact_checks_hold_when_rounding_differs(notebook_run, name):
    run = notebook_run("en", name, perturbed=True)
    for cell, printed in zip(run.cells, run.outputs, strict=True):
        if CHECK in tags(cell):
            assert printed == stored_output(cell), (
                f"{name}: this cell is compared exactly by nbval, but its output changes when the networks' "
                f"weights are rounded differently, as on another machine. If it depends on training, declare it "
                f"code(..., trained=True) in scripts/lessons and test its claim with bounds.\n{cell.source}")


def test_the_jitter_changes_what_training_gives(notebook_run):
    trained = [(cell, printed) for name in NAMES if any(TRAINED in tags(c) for c in
               nbformat.read(ROOT / "notebooks" / "en" / name, as_version=4).cells)
               for cell, printed in zip(notebook_run("en", name, perturbed=True).cells,
                                        notebook_run("en", name, perturbed=True).outputs, strict=True)
               if TRAINED in tags(cell)]
    assert trained, "no cell is declared trained=True"
    assert any(printed != stored_output(cell) for cell, printed in trained), \
        "every trained cell printed its committed output despite the jitter: the guard would prove nothing"
