"""The guides point at real sections: every "§n" (or "section n", "第 n 节") in docs/ names a heading that exists
in that notebook and language, and every section heading is numbered the same way in both languages."""

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from build_class_pack import ROUTES  # noqa: E402

DOCS = sorted((ROOT / "docs").rglob("*.md"))
LANG = {"en": "", "zh-CN": ".zh-CN"}
# a reference, with the notebook it names when it names one: "04 §9", "04's §9", "notebook 05, section 4",
# "笔记本 05 第 4 节", "04 中 §9"; otherwise the notebook is the one of its table row or of its heading
REF = re.compile(r"(?:\b(?:notebook |笔记本 ?)?(?P<nb>\d\d)(?:'s|,| 中的?| 的)? ?)?"
                 r"(?:§(?P<a>\d+)|\b[Ss]ection (?P<b>\d+)|第 ?(?P<c>\d+) ?节)")
NOTEBOOK_HEADING = re.compile(r"#{2,4} (\d\d) · ")


def language(path: Path) -> str:
    return "zh-CN" if path.name.endswith(".zh-CN.md") else "en"


def headings(lang: str) -> dict[str, set[int]]:
    """notebook -> the numbers n of its ``## n. ...`` headings, in the committed notebooks of ``lang``."""
    found = {}
    for path in sorted((ROOT / "notebooks" / lang).glob("[0-9][0-9]-*.ipynb")):
        numbers = found.setdefault(path.name[:2], set())
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown":
                numbers |= {int(m) for m in re.findall(r"^## (\d+)\. ", "".join(cell["source"]), re.M)}
    return found


def references(text: str) -> list[tuple[int, str | None, int]]:
    """(line number, notebook or None, n) of every section reference in a guide's ``text``."""
    found, context = [], None
    for k, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):  # "## 04 · Handwritten digits", "## Our class's own digits (notebook 04, ...)"
            m = NOTEBOOK_HEADING.match(line) or re.search(r"(?:notebook |笔记本 ?)(\d\d)\b", line)
            context = m[1] if m else None
        row = None
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            row = next((c for c in cells[1:2] if re.fullmatch(r"\d\d", c)), None)
        previous = None
        for m in REF.finditer(line):
            # the end of a range ("01 §2-§5") belongs to the notebook of its start
            in_range = previous is not None and line[previous[0]:m.start()] == "-"
            notebook = m["nb"] or (previous[1] if in_range else None) or row or context
            found.append((k, notebook, int(m["a"] or m["b"] or m["c"])))
            previous = (m.end(), notebook)
    return found


def wrong_references(text: str, lang: str) -> list[str]:
    known = headings(lang)
    wrong = []
    for line, notebook, n in references(text):
        if notebook is None:
            wrong.append(f"line {line}: §{n} names no notebook (write it as 04 §9, or under a notebook's heading)")
        elif n not in known.get(notebook, set()):
            wrong.append(f"line {line}: {notebook} §{n} is no heading of notebooks/{lang}/{notebook}-*.ipynb "
                         f"(its sections: {sorted(known.get(notebook, set()))})")
    return wrong


@pytest.mark.parametrize("path", DOCS, ids=[p.relative_to(ROOT / "docs").as_posix() for p in DOCS])
def test_every_section_reference_names_a_heading(path):
    text = path.read_text(encoding="utf-8")
    assert not wrong_references(text, language(path)), "\n".join(wrong_references(text, language(path)))


def test_the_guides_do_refer_to_sections():
    counts = {p.name: len(references(p.read_text(encoding="utf-8"))) for p in DOCS if p.parent.name == "docs"}
    assert all(c >= 40 for c in counts.values()), counts  # the routes and the answers: the check checks something


def test_a_reference_to_a_missing_section_fails():
    """The check can fail: a section that exists in no notebook, and one named outside any notebook's context."""
    text = "## 04 · Handwritten digits\n\n- noise (§12)\n\n## Before the lesson\n\n- see §3\n- 05 §4 pooling\n"
    wrong = wrong_references(text, "en")
    assert len(wrong) == 2 and "04 §12" in wrong[0] and "names no notebook" in wrong[1], wrong


def test_sections_are_numbered_the_same_way_in_both_languages():
    en, zh = headings("en"), headings("zh-CN")
    assert en == zh
    for notebook, numbers in en.items():
        assert numbers == set(range(1, len(numbers) + 1)), (notebook, sorted(numbers))  # 1, 2, ... without a gap


def test_lesson_sources_number_each_heading_in_both_languages():
    """Cell by cell, the English and the Chinese text carry the same numbered headings."""
    import importlib

    for path in sorted((ROOT / "scripts" / "lessons").glob("l0*.py")):
        lesson = importlib.import_module(f"lessons.{path.stem}").LESSON
        for k, cell in enumerate(lesson.cells):
            if cell.kind == "markdown":
                en, zh = (re.findall(r"^## (\d+)\. ", cell.text[lang], re.M) for lang in ("en", "zh-CN"))
                assert en == zh, (path.name, k, en, zh)


@pytest.mark.parametrize("lang", LANG)
def test_route_tables_name_the_sections_of_the_class_pack(lang):
    """The routes of the guide and of the class pack (scripts/build_class_pack.py ROUTES) cover the same sections."""
    text = (ROOT / "docs" / f"teaching{LANG[lang]}.md").read_text(encoding="utf-8")
    for name in ROUTES:
        start = text.index(f"<!-- route:{name} -->")
        table = text[start:text.index("\n\n", text.index("\n|", start))]
        shown = {}
        for line in table.splitlines():
            cells = [c.strip() for c in line.strip("|").split("|")]
            if line.startswith("|") and re.fullmatch(r"\d\d", cells[1]):
                found = shown.setdefault(cells[1], set())
                for a, b in re.findall(r"§(\d+)(?:-§(\d+))?", " ".join(cells[2:-1])):
                    found |= set(range(int(a), int(b or a) + 1))
        shown = {nb: s for nb, s in shown.items() if s}  # notebook 00 has no numbered sections
        expected = {nb: set(s) for nb, s in ROUTES[name]["sections"].items()}
        assert shown == expected, (lang, name, shown, expected)


@pytest.mark.parametrize("path", DOCS, ids=[p.relative_to(ROOT / "docs").as_posix() for p in DOCS])
def test_no_confident_noise(path):
    """Noise lights up an output, but a sigmoid output is not a confidence: the guides do not say otherwise."""
    text = path.read_text(encoding="utf-8").lower()
    assert "confident" not in text and "自信" not in text and "有把握" not in text
