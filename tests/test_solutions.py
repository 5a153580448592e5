"""The worked solutions in solutions/: one per exercise, and each passes its notebook's self-check.

A new notebook with exercises needs its names (what the exercises' earlier cells define) in ``notebook_state``.
"""

import ast
import json
from pathlib import Path

import numpy as np
import pytest

import nnlib as nl

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = sorted((ROOT / "solutions").glob("*.py"))


@pytest.fixture(scope="module")
def notebook_state(trained_network):
    """What the exercises of each notebook can use: the names its earlier cells define."""
    net, (x, y), (xt, yt) = trained_network  # notebook 04's network, trained once (tests/conftest.py)
    X_train, X_test = nl.flatten(x), nl.flatten(xt)
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
