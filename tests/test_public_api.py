"""The public API follows the rule stated in nnlib/__init__.py: the top level is what the notebooks call by name
(plus the few names a teacher or learner types or catches); everything else is reached through its module."""

import re
import types
from pathlib import Path

import nnlib as nl

ROOT = Path(__file__).resolve().parents[1]
# The second list of nnlib/__init__.py's docstring: top level although no notebook cell calls them.
TYPED_OR_CAUGHT = {"set_language", "projector", "sigmoid_prime", "relu_prime",
                   "ShapeError", "InputError", "MissingGlyphError", "TrainingDiverged"}


def called() -> set[str]:
    """Every ``nl.name`` and ``nl.module.name`` in the lessons' code and the worked solutions."""
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "scripts" / "lessons").glob("l*.py")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "solutions").glob("*.py")]
    return {m for text in texts for m in re.findall(r"\bnl\.(\w+(?:\.\w+)?)", text)}


def top_level_names() -> set[str]:
    return {name for name in nl.__all__ if not isinstance(getattr(nl, name), types.ModuleType)}


def test_every_name_the_notebooks_call_exists():
    for dotted in called():
        first, _, rest = dotted.partition(".")
        assert first in nl.__all__, f"nl.{first} is called by a notebook but not exported"
        if rest and isinstance(getattr(nl, first), types.ModuleType):
            assert hasattr(getattr(nl, first), rest), f"nl.{dotted}"


def test_the_top_level_is_what_the_notebooks_call():
    used = {dotted.partition(".")[0] for dotted in called()}
    unused = top_level_names() - used - TYPED_OR_CAUGHT
    assert not unused, f"top-level names no notebook calls: {sorted(unused)}; reach them through their module"
    assert TYPED_OR_CAUGHT <= top_level_names()


def test_the_rule_would_catch_a_name_no_notebook_calls(monkeypatch):
    monkeypatch.setattr(nl, "__all__", [*nl.__all__, "confusion_matrix"])
    monkeypatch.setattr(nl, "confusion_matrix", nl.evaluate.confusion_matrix, raising=False)
    assert "confusion_matrix" in top_level_names() - {d.partition(".")[0] for d in called()} - TYPED_OR_CAUGHT


def test_modules_stay_reachable_where_a_function_takes_the_name():
    import sys

    import nnlib.neuron  # noqa: F401  (the module of notebook 01, shadowed by the function nl.neuron)

    assert callable(nl.neuron) and isinstance(sys.modules["nnlib.neuron"], types.ModuleType)
    assert set(nl.__all__) == {name for name in nl.__all__ if hasattr(nl, name)}
