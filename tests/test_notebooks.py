"""The notebooks as files: both languages, the same code, the same skeleton, navigation that works, no noise.

nbval runs them (``pytest`` collects ``notebooks/``); these tests check what nbval does not.
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from lessons import without_comments  # noqa: E402

NOTEBOOKS = ROOT / "notebooks"
LANGS = ("en", "zh-CN")
HEADINGS = {"en": ("## Goal", "## Summary", "## Exercises"), "zh-CN": ("## 目标", "## 小结", "## 练习")}
CONTENTS = "00-contents.ipynb"


def names(lang: str) -> list[str]:
    return sorted(p.name for p in (NOTEBOOKS / lang).glob("*.ipynb"))


def load(lang: str, name: str) -> dict:
    return json.loads((NOTEBOOKS / lang / name).read_text(encoding="utf-8"))


def code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def source(cell: dict) -> str:
    return "".join(cell["source"])


def all_notebooks():
    return [(lang, name) for lang in LANGS for name in names(lang)]


def test_both_languages_have_the_same_notebooks():
    assert names("en") == names("zh-CN")
    assert CONTENTS in names("en") and "01-the-neuron.ipynb" in names("en")
    assert all(re.fullmatch(r"\d\d-[a-z0-9-]+\.ipynb", name) for name in names("en"))


@pytest.mark.parametrize("name", names("en"))
def test_code_cells_are_identical_in_both_languages(name):
    en, zh = load("en", name), load("zh-CN", name)
    assert [c["cell_type"] for c in en["cells"]] == [c["cell_type"] for c in zh["cells"]]
    # only the comments are translated (scripts/lessons/__init__.py, code(..., zh=...)): the code is the same
    code = {lang: [without_comments(source(c)) for c in code_cells(nb)] for lang, nb in (("en", en), ("zh-CN", zh))}
    assert code["en"] == code["zh-CN"]


@pytest.mark.parametrize(("lang", "name"), all_notebooks())
def test_markdown_is_written_in_its_language(lang, name):
    text = "".join(source(c) for c in load(lang, name)["cells"] if c["cell_type"] == "markdown")
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert (han > 20) == (lang == "zh-CN")


@pytest.mark.parametrize(("lang", "name"), all_notebooks())
def test_navigation_links_to_contents_previous_and_next(lang, name):
    order = names(lang)
    i = order.index(name)
    cells = load(lang, name)["cells"]
    for nav in (source(cells[0]), source(cells[-1])):
        links = re.findall(r"\]\(([^)]+\.ipynb)\)", nav)
        expected = ([CONTENTS] if i > 0 else []) + ([order[i - 1]] if i > 1 else []) + order[i + 1 : i + 2]
        assert links == expected, nav
        assert all((NOTEBOOKS / lang / link).exists() for link in links)


@pytest.mark.parametrize(("lang", "name"), [(lang, n) for lang, n in all_notebooks() if n != CONTENTS])
def test_every_lesson_has_the_skeleton(lang, name):
    cells = load(lang, name)["cells"]
    text = [source(c) for c in cells if c["cell_type"] == "markdown"]
    positions = [next(i for i, t in enumerate(text) if t.lstrip().startswith(h)) for h in HEADINGS[lang]]
    assert positions == sorted(positions), "goal, then summary, then exercises"
    exercises = code_cells({"cells": cells})[-1]
    assert "nl.checks." in source(exercises), "the last code cell is a self-checked exercise"


def test_contents_lists_every_lesson():
    for lang in LANGS:
        text = "".join(source(c) for c in load(lang, CONTENTS)["cells"])
        for name in names(lang)[1:]:
            assert f"]({name})" in text


@pytest.mark.parametrize(("lang", "name"), all_notebooks())
def test_committed_with_outputs_and_without_noise(lang, name):
    nb = load(lang, name)
    assert set(nb["metadata"]) == {"kernelspec", "language_info"}
    assert nb["metadata"]["language_info"] == {"name": "python"}
    cells = [c for c in code_cells(nb) if source(c).strip()]
    counts = [c["execution_count"] for c in cells]
    assert counts == list(range(1, len(cells) + 1)), "run from the top, in order, once"
    for cell in nb["cells"]:
        assert set(cell["metadata"]) <= {"tags", "slideshow"}
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error"
            assert output.get("name") != "stderr", source(cell)


@pytest.mark.parametrize(("lang", "name"), all_notebooks())
def test_printed_numbers_are_checked_by_nbval(lang, name):
    for cell in code_cells(load(lang, name)):
        prints = "print(" in source(cell) or "nl.checks." in source(cell)
        if prints:  # compared exactly, or explicitly not (a timing): never left undecided
            tags = cell["metadata"].get("tags", [])
            assert "nbval-check-output" in tags or "nbval-ignore-output" in tags, source(cell)


def test_notebooks_match_their_sources():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_notebooks.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def build_script():
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_notebooks

    return build_notebooks


@pytest.mark.parametrize(("lang", "name"), all_notebooks())
def test_every_notebook_names_the_file_it_is_generated_from(lang, name):
    first = source(load(lang, name)["cells"][0]).splitlines()[0]
    found = re.fullmatch(r"<!-- .*(scripts/lessons/l(\d\d)_\w+\.py).* -->", first)
    assert found, first
    assert (ROOT / found[1]).exists() and found[2] == name[:2]


def test_lessons_are_found_without_a_list():
    build = build_script()
    assert [lesson.filename for lesson in build.series()] == names("en")
    assert build.lesson_modules() == sorted(p.stem for p in (ROOT / "scripts" / "lessons").glob("l*.py"))


def test_the_build_runs_a_notebook_only_if_a_code_cell_changed():
    build = build_script()
    lessons = build.series()
    path = NOTEBOOKS / "en" / lessons[1].filename
    committed = nbformat.read(path, as_version=4)
    nb = build.notebook(build.cells_of(lessons, 1), "en")
    assert build.reason_to_run(nb, committed) == ""
    build.carry_outputs(nb, committed)
    assert [c.get("outputs") for c in nb.cells] == [c.get("outputs") for c in committed.cells]
    assert any(c.get("outputs") for c in nb.cells)
    text = next(c for c in nb.cells if c.cell_type == "markdown" and c.metadata.get("tags") != ["nav"])
    text.source += "\nA new sentence."
    assert build.reason_to_run(nb, committed) == "", "markdown does not decide the outputs"
    third = [c for c in nb.cells if c.cell_type == "code"][2]
    source = third.source
    third.source += "\nprint('new')"
    assert build.reason_to_run(nb, committed).startswith("code cell 3 changed")
    third.source, third.metadata["tags"] = source, ["nbval-ignore-output"]
    assert build.reason_to_run(nb, committed) == "code cell 3 changed (its tags)"
    fresh = build.notebook(build.cells_of(lessons, 1), "en")  # as --no-execute writes it: no outputs to keep
    assert build.reason_to_run(fresh, None) == "no committed notebook"
    assert build.reason_to_run(fresh, build.notebook(build.cells_of(lessons, 1), "en")) == \
        "the committed notebook has no outputs"


def test_pieces_of_one_stream_are_joined():
    build = build_script()
    out = [nbformat.v4.new_output("stream", name="stdout", text="[0. 0. 3.]"),
           nbformat.v4.new_output("stream", name="stdout", text="\nTrue\n"),
           nbformat.v4.new_output("stream", name="stderr", text="careful\n"),
           nbformat.v4.new_output("execute_result", data={"text/plain": "1"}, execution_count=1),
           nbformat.v4.new_output("stream", name="stdout", text="after\n")]
    assert [(o.output_type, o.get("text")) for o in build.merged_streams(out)] == [
        ("stream", "[0. 0. 3.]\nTrue\n"), ("stream", "careful\n"), ("execute_result", None), ("stream", "after\n")]


# A build in a copy of the repository, in a fresh Python: it tells which notebooks it ran and whether it started a
# kernel at all (nbclient and jupyter_client are imported only to run a notebook).
BUILD = """
import sys
sys.path.insert(0, sys.argv[1])
import build_notebooks
code = build_notebooks.main(sys.argv[2:])
print("kernel started:", any(name in sys.modules for name in ("nbclient", "jupyter_client")))
sys.exit(code)
"""


@pytest.fixture
def repo_copy(tmp_path):
    """What the build reads and writes, copied: the lesson sources, the solutions, the notebooks."""
    for folder in ("scripts", "solutions", "notebooks"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def build_in(copy: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", BUILD, str(copy / "scripts"), *args], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def add_to_lesson(copy: Path, number: str, lines: str) -> None:
    source = next((copy / "scripts" / "lessons").glob(f"l{number}_*.py"))
    source.write_text(source.read_text(encoding="utf-8") + "\n" + lines + "\n", encoding="utf-8")


def test_an_unchanged_notebook_is_kept_byte_for_byte_without_a_kernel(repo_copy):
    name = next(p.name for p in (NOTEBOOKS / "en").glob("04-*.ipynb"))
    said = build_in(repo_copy, "--only", "04")
    assert "04 en: code unchanged, outputs kept (file unchanged)" in said
    assert "04 zh-CN: code unchanged, outputs kept (file unchanged)" in said
    assert "kernel started: False" in said
    for lang in LANGS:
        assert (repo_copy / "notebooks" / lang / name).read_bytes() == (NOTEBOOKS / lang / name).read_bytes()


def test_a_changed_markdown_cell_is_written_without_running(repo_copy):
    add_to_lesson(repo_copy, "04", 'LESSON.cells.append(md("A new closing line.", "新的结尾。"))')
    said = build_in(repo_copy, "--only", "04", "--lang", "en")
    assert "04 en: code unchanged, outputs kept (text updated)" in said and "kernel started: False" in said
    name = next(p.name for p in (NOTEBOOKS / "en").glob("04-*.ipynb"))
    built, before = (nbformat.read(folder / "en" / name, as_version=4) for folder in (repo_copy / "notebooks",
                                                                                      NOTEBOOKS))
    assert any(c.source == "A new closing line." for c in built.cells)
    assert code_cells(built) == code_cells(before), "the same code cells, with the committed outputs"
    assert (repo_copy / "notebooks" / "zh-CN" / name).read_bytes() == (NOTEBOOKS / "zh-CN" / name).read_bytes()


def test_a_changed_code_cell_runs_the_notebook(repo_copy):
    add_to_lesson(repo_copy, "00", """
first = next(c for c in LESSON.cells if c.kind == "code")
first.text = {lang: text + "\\nprint(6 * 7)" for lang, text in first.text.items()}""")
    said = build_in(repo_copy, "--only", "00", "--lang", "en")
    assert "00 en: code cell 1 changed" in said and "running it" in said and "kernel started: True" in said
    built = nbformat.read(next((repo_copy / "notebooks" / "en").glob("00-*.ipynb")), as_version=4)
    cell = code_cells(built)[0]
    assert cell.source.endswith("print(6 * 7)") and cell.execution_count == 1
    assert any(output.get("text") == "42\n" for output in cell.outputs), cell.outputs
    said = build_in(repo_copy, "--only", "00", "--lang", "en", "--text-only")
    assert "00 en: code unchanged, outputs kept (file unchanged)" in said, "the run was committed"


def test_text_only_refuses_a_changed_code_cell(repo_copy):
    add_to_lesson(repo_copy, "00", 'LESSON.cells.append(code("x = 1"))')
    done = subprocess.run([sys.executable, "-c", BUILD, str(repo_copy / "scripts"), "--only", "00", "--text-only"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "kernel started: False" in done.stdout
    assert "00 en: 2 code cells instead of 1: not written" in done.stdout
    for lang in LANGS:
        name = next(p.name for p in (NOTEBOOKS / lang).glob("00-*.ipynb"))
        assert (repo_copy / "notebooks" / lang / name).read_bytes() == (NOTEBOOKS / lang / name).read_bytes()
