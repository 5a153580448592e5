"""The lesson sources (scripts/lessons/*.py) as a contributor writes them: no backslash silently eaten.

In a plain Python string ``"\\frac"`` is a form feed and ``rac``; ``"\\beta"`` a backspace and ``eta``. Lesson
texts with a backslash are raw strings (CONTRIBUTING.md, "LaTeX and backslashes"); these tests catch the slip.
"""

import ast
import io
import tokenize
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "scripts" / "lessons").glob("*.py"))


def strings(path: Path) -> list[tuple[int, str]]:
    """Every string literal of the file: (line, value)."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return [(tok.start[0], ast.literal_eval(tok.string)) for tok in tokens
            if tok.type == tokenize.STRING and not tok.string.lower().startswith(("f", "b", "rf", "fr"))]


def control_characters(text: str) -> list[str]:
    return [repr(ch) for ch in text if ord(ch) < 32 and ch != "\n"]


@pytest.mark.parametrize("path", SOURCES, ids=[p.name for p in SOURCES])
def test_no_escape_turned_a_backslash_into_a_control_character(path):
    found = [(line, control_characters(value)) for line, value in strings(path) if control_characters(value)]
    assert not found, f"{path.name}: write the text as a raw string, r\"\"\"...\"\"\" (line, characters): {found}"


@pytest.mark.parametrize("path", SOURCES, ids=[p.name for p in SOURCES])
def test_no_invalid_escape_sequence(path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "invalid escape sequence '\s'": a DeprecationWarning, a SyntaxWarning in 3.12
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_the_checks_would_catch_a_slip(tmp_path):
    slip = tmp_path / "l99_slip.py"
    slip.write_text('TEXT = """$\\frac{1}{2}$"""\n', encoding="utf-8")
    assert control_characters(strings(slip)[0][1]) == ["'\\x0c'"]
    slip.write_text('TEXT = """$\\sigma$"""\n', encoding="utf-8")
    with pytest.raises((SyntaxError, DeprecationWarning, SyntaxWarning)):
        test_no_invalid_escape_sequence(slip)
