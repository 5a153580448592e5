"""The class pack (scripts/build_class_pack.py): real PDFs printed by Chromium, read back with pypdf.

Page counts, quizzes on the sections their route covers, no answers in the students' copy, every number of a key
computed by nnlib, fonts embedded, and a build that never writes into a folder it did not make."""

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf", reason="pypdf is in requirements-dev.txt")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import build_class_pack as pack  # noqa: E402

SCRIPT = [sys.executable, str(ROOT / "scripts" / "build_class_pack.py")]


def flat(text: str) -> str:
    """Text without any whitespace: PDF text extraction breaks lines and spaces where the layout did."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))  # NFKC: the "fi" ligature is f and i


def numbers(text: str) -> list[str]:
    """The numbers of ``text``, section references ("§9", "01.2") and notebook numbers left out."""
    text = re.sub(r"\b\d\d(?:\.\d)? §\d+(?:, §\d+)*|§\d+|\b0\d\b", " ", text)
    return re.findall(r"\d+(?:[.,]\d+)*", text)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    if pack.CHROMIUM is None:
        pytest.fail("Chromium is not installed: on Debian or Ubuntu, `apt-get install chromium`.")
    out = tmp_path_factory.mktemp("pack") / "class-pack"
    result = subprocess.run([*SCRIPT, "--out", str(out)], capture_output=True, encoding="utf-8", timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_the_pack_has_every_pdf_with_its_page_count(built):
    pages = {p.relative_to(built).as_posix(): len(pypdf.PdfReader(p).pages) for p in built.rglob("*.pdf")}
    expected = {f"students/{lang}/formula-sheet.pdf" for lang in pack.LANGUAGES}
    for lang in pack.LANGUAGES:
        for name in pack.ROUTES:
            expected |= {f"students/{lang}/worksheet-{name}.pdf", f"students/{lang}/quiz-{name}.pdf",
                         f"teacher/{lang}/key-{name}.pdf"}
    assert set(pages) == expected
    for name, count in pages.items():
        if "formula-sheet" in name:
            assert count == 1, (name, count)  # one A4 page
        elif "/quiz-" in name:
            assert count == 2, (name, count)  # before the lesson, after the lesson: one page each
        elif "/worksheet-" in name:
            assert 1 <= count <= 3, (name, count)
        else:
            assert 1 <= count <= 2, (name, count)
    for path in built.rglob("*.pdf"):
        box = pypdf.PdfReader(path).pages[0].mediabox
        assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2, path  # A4, in points


def test_every_quiz_question_is_on_a_section_its_route_covers():
    items = pack.quiz_items()
    assert set(pack.QUIZ_SECTIONS) == set(items)  # every question of the bank says which section it is on
    english, chinese = pack.headings("en"), pack.headings("zh-CN")
    for name, route in pack.ROUTES.items():
        assert 4 <= len(route["quiz"]) <= 8, name  # short: sized to the route
        assert len(route["quiz"]) == len(set(route["quiz"]))
        for q in route["quiz"]:
            notebook = q[:2]
            for section in pack.QUIZ_SECTIONS[q]:
                assert section in route["sections"].get(notebook, []), (name, q, section)
                assert section in english[notebook] and section in chinese[notebook], (q, section)
        for notebook, section, tasks in pack.route_tasks(name, pack.pack_values_cached()):
            assert section in route["sections"][notebook] and tasks, (name, notebook, section)


def test_each_worksheet_box_is_an_explorer_of_that_section():
    """A box per explorer: the section it names shows an explorer (an nl.widgets call) in the lesson."""
    import json

    for name, route in pack.ROUTES.items():
        for notebook, section, *_ in route["explorers"]:
            path = next((ROOT / "notebooks" / "en").glob(f"{notebook}-*.ipynb"))
            current, calls = None, []
            for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
                source = "".join(cell["source"])
                m = re.match(r"## (\d+)\.", source) if cell["cell_type"] == "markdown" else None
                if cell["cell_type"] == "markdown" and source.startswith("## "):
                    current = int(m[1]) if m else None
                if current == section and cell["cell_type"] == "code":
                    calls += re.findall(r"nl\.widgets\.\w+_(?:explorer|pad|counter)\(", source)
            assert calls, (name, notebook, section)


def test_the_students_copy_holds_no_answers(built):
    v = pack.pack_values_cached()
    for lang in pack.LANGUAGES:
        for name in pack.ROUTES:
            students = flat(text_of(built / "students" / lang / f"quiz-{name}.pdf")
                            + text_of(built / "students" / lang / f"worksheet-{name}.pdf"))
            assert len(students) > 200
            items = pack.key_items(lang, name, v)
            asked = {x for _, question, _ in items for x in numbers(question)}
            for _, question, answer in items:
                assert flat(question) in students, (lang, name, question)  # the question is there ...
                assert flat(answer)[:25] not in students, (lang, name, answer)  # ... its answer is not
                for number in set(numbers(answer)) - asked:
                    if "." in number or len(number) >= 3:  # 0.731, 18.03, 12,960: a number only the key has
                        assert number not in students, (lang, name, number, answer)
            for word in ("teacher", "guide", "answer key", "solution", "教师", "老师", "指南", "答案在"):
                assert word not in students.lower(), (lang, name, word)  # nor where the answers are


def test_the_key_holds_every_answer(built):
    v = pack.pack_values_cached()
    for lang in pack.LANGUAGES:
        for name in pack.ROUTES:
            key = flat(text_of(built / "teacher" / lang / f"key-{name}.pdf"))
            for _, _, answer in pack.key_items(lang, name, v):
                assert flat(answer) in key, (lang, name, answer)


def computed_numbers(v) -> set[str]:
    """Every way the key may write a value nnlib computed (scripts/teacher_answers.n)."""
    found = set()

    def walk(x):
        if isinstance(x, dict):
            for item in x.values():
                walk(item)
        elif isinstance(x, (list, tuple)):
            for item in x:
                walk(item)
        elif isinstance(x, bool) or isinstance(x, str):
            return
        elif isinstance(x, (int, float)):
            for digits in (0, 1, 2, 3):
                found.add(pack.n(float(x), digits).replace("−", ""))
            found.add(pack.n(int(round(x))).replace("−", ""))
    walk(v)
    # sums the keys write from two computed values (notebook 02's z after w₂ + 1)
    found.add(pack.n(v["n02_z"] + v["n02_dz_w2"]).replace("−", ""))
    return found


def uncomputed(items, v) -> list:
    """(answer, number) of every number of an answer that is neither in its question nor computed by nnlib."""
    computed = computed_numbers(v)
    return [(answer, x) for _, question, answer in items for x in numbers(answer)
            if x not in numbers(question) and x not in computed]


def test_every_number_in_a_key_is_computed_by_nnlib():
    v = pack.pack_values_cached()
    for lang in pack.LANGUAGES:
        for name in pack.ROUTES:
            assert not uncomputed(pack.key_items(lang, name, v), v), (lang, name)


def test_a_typed_number_in_a_key_is_found():
    """The check can fail: a number typed into an answer (0.7311 for σ(1)) is neither asked nor computed."""
    v = pack.pack_values_cached()
    typed = [("01 §5", "What is σ(1)?", "About 0.7311.")]
    assert uncomputed(typed, v) == [("About 0.7311.", "0.7311")]


def test_fonts_are_embedded_and_chinese_is_text(built):
    for path in built.rglob("*.pdf"):
        reader = pypdf.PdfReader(path)
        for page in reader.pages:
            fonts = page["/Resources"]["/Font"]
            assert fonts, path
            for ref in fonts.values():
                font = ref.get_object()
                if font["/Subtype"] == "/Type3":
                    assert font["/CharProcs"], path  # the glyphs are drawn from outlines in the PDF
                    continue
                if font["/Subtype"] == "/Type0":
                    font = font["/DescendantFonts"][0].get_object()
                descriptor = font["/FontDescriptor"].get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (path, font)
        if "/zh-CN/" in path.as_posix():
            text = text_of(path)
            assert len(re.findall(r"[\u4e00-\u9fff]", text)) > 20, path  # Chinese characters, as text


def test_the_formula_sheet_uses_the_lessons_notation(built):
    for lang in pack.LANGUAGES:
        text = text_of(built / "students" / lang / "formula-sheet.pdf")
        assert "f(z)" not in text
        for formula in ("z = w₁a₁ + w₂a₂ + … + wₙaₙ + b", "a′ = σ(z)", "σ(z) = 1 / (1 + e⁻ᶻ)", "a⁽¹⁾ = σ(W a⁽⁰⁾ + b)",
                        "Z = X @ W + b"):
            assert flat(formula) in flat(text), (lang, formula)
    sheet = (ROOT / "docs" / "handouts" / "formula-sheet.md").read_text(encoding="utf-8")
    headers = [line for line in sheet.splitlines() if line.startswith("|") and not line.startswith("|---")]
    assert all(any(cell.strip() for cell in line.strip("|").split("|")) for line in headers)  # no empty row


def test_the_hands_on_route_fits_45_minutes():
    minutes = pack.lab_minutes(pack.pack_values_cached())
    assert 35 <= sum(minutes.values()) <= 45, minutes
    students = {(nb, s) for nb, s, _ in pack.route_tasks("lab-45", pack.pack_values_cached())}
    assert sum(m for k, m in minutes.items() if k in students) > 0.5 * sum(minutes.values())  # hands-on: mostly
    # the guides state the estimate; a lesson whose sections grew or shrank makes them say it again
    for guide, pattern in (("teaching.md", r"That gives (\d+(?:\.\d)?) minutes"),
                           ("teaching.zh-CN.md", r"合计 (\d+(?:\.\d)?) 分钟")):
        stated = re.search(pattern, (ROOT / "docs" / guide).read_text(encoding="utf-8"))
        assert stated and abs(float(stated[1]) - sum(minutes.values())) <= 1.5, (guide, sum(minutes.values()))


def test_the_build_writes_only_into_its_own_folder(tmp_path):
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "my-notes.txt").write_text("a teacher's own file", encoding="utf-8")
    refused = subprocess.run([*SCRIPT, "--out", str(foreign)], capture_output=True, encoding="utf-8")
    assert refused.returncode != 0 and "nothing was written" in refused.stderr
    assert [p.name for p in foreign.iterdir()] == ["my-notes.txt"]
    # a folder with the mark, but with a file the build did not write: refused too, nothing touched
    marked = tmp_path / "pack"
    (marked / "students").mkdir(parents=True)
    (marked / pack.MARK).write_text("", encoding="utf-8")
    (marked / "students" / "extra.pdf").write_bytes(b"mine")
    refused = subprocess.run([*SCRIPT, "--out", str(marked)], capture_output=True, encoding="utf-8")
    assert refused.returncode != 0 and "extra.pdf" in refused.stderr
    assert (marked / "students" / "extra.pdf").read_bytes() == b"mine"
