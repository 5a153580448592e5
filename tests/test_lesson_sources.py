"""The lesson sources (scripts/lessons/*.py) as a contributor writes them: no backslash silently eaten.

In a plain Python string ``"\\frac"`` is a form feed and ``rac``; ``"\\beta"`` a backspace and ``eta``. Lesson
texts with a backslash are raw strings (CONTRIBUTING.md, "LaTeX and backslashes"); these tests catch the slip.
"""

import ast
import io
import sys
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


# Code comments in the learner's language (issue 24) -----------------------------------------------------------------

def lessons():
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_notebooks import series

    return series()


def untranslated(lesson) -> list[str]:
    """One line per comment of the lesson's zh-CN code that is still English, saying where and what to add."""
    from lessons import english_comments

    text = (ROOT / lesson.source).read_text(encoding="utf-8")
    found = []
    for k, cell in enumerate(c for c in lesson.cells if c.kind == "code"):
        for comment in english_comments(cell.text["zh-CN"]):
            line = next((n for n, row in enumerate(text.splitlines(), 1) if f"# {comment}" in row), "?")
            found.append(f"{lesson.source}:{line} (code cell {k + 1}): the comment {comment!r} has no Chinese; add "
                         f'zh={{{comment!r}: "…"}} to its code(...) call')
    return found


@pytest.mark.parametrize("number", ["01", "02", "03", "04", "05"])
def test_every_code_comment_has_its_chinese(number):
    lesson = next(lesson for lesson in lessons() if lesson.number == number)
    missing = untranslated(lesson)
    assert not missing, "English comments in the Chinese notebook:\n" + "\n".join(missing)


@pytest.mark.parametrize("number", ["01", "02", "03", "04", "05"])
def test_code_is_identical_in_both_languages_without_comments(number):
    from lessons import comments, without_comments

    lesson = next(lesson for lesson in lessons() if lesson.number == number)
    for cell in (c for c in lesson.cells if c.kind == "code"):
        assert without_comments(cell.text["zh-CN"]) == without_comments(cell.text["en"])
        assert len(comments(cell.text["zh-CN"])) == len(comments(cell.text["en"]))


def test_the_comment_checks_would_catch_a_slip():
    sys.path.insert(0, str(ROOT / "scripts"))
    from lessons import Lesson, code, without_comments

    cell = code("b = -0.5  # the bias\nw = 2.0  # the weight of the connection\nx = '# not a comment'",
                zh={"the bias": "偏置"})
    assert cell.text["zh-CN"] == "b = -0.5  # 偏置\nw = 2.0  # the weight of the connection\nx = '# not a comment'"
    bare = "b = -0.5\nw = 2.0\nx = '# not a comment'"
    assert without_comments(cell.text["zh-CN"]) == without_comments(cell.text["en"]) == bare
    lesson = Lesson("99", "slip", {}, {}, [cell], source="tests/test_lesson_sources.py")
    [message] = untranslated(lesson)
    assert "'the weight of the connection' has no Chinese" in message and "code cell 1" in message
    with pytest.raises(ValueError, match="match no comment"):
        code("b = 1  # the bias", zh={"a bias": "偏置"})  # a translation left behind after its comment changed
