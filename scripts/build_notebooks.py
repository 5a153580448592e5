"""Build the notebooks from their sources in scripts/lessons/: both languages, navigation, outputs, clean.

    python scripts/build_notebooks.py --only 04          # notebook 04, both languages: runs it only if code changed
    python scripts/build_notebooks.py --only 01 --lang en  # just the English notebook 01
    python scripts/build_notebooks.py --only 05 --run    # run it even though no code cell changed (nnlib changed)
    python scripts/build_notebooks.py --check            # exit 1 if a committed notebook differs from its source
    python scripts/build_notebooks.py                    # every notebook (each run only if its code changed)

Per notebook and per language, the build decides whether to run it. If every code cell (source and tags) is the
same as in the committed notebook, and the committed notebook has its outputs, they are carried over and no
kernel is started ("04 en: code unchanged, outputs kept"): a typo fix in the text takes seconds. If any code cell
changed (or was added, removed or moved), the whole notebook runs from the top: a kernel's state depends on every
cell before, so there is no honest way to run only the changed cell. The build sees only the lesson source: after
a change in nnlib that can change what an unchanged cell prints or draws, ask for a run with ``--run``.

The lessons are the files scripts/lessons/lNN_*.py, in the order of their numbers: a new file there is a new
notebook (no list to update). Each built notebook says in an HTML comment at the top of its first cell which
file it is generated from: an edited .ipynb is overwritten by the next build.

Each notebook gets generated navigation at its top and bottom (contents / previous / next) and a title; the
contents notebook 00 gets the list of the series. Outputs and execution counts are kept (nbval compares
them); widget state, kernel details and timings are dropped so that a rebuild changes only what changed.
"""

import argparse
import importlib
import os
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from lessons import Cell, Lesson, md  # noqa: E402

LANGUAGES = ("en", "zh-CN")
SERIES_TITLE = {"en": "What is a neural network?", "zh-CN": "神经网络是什么"}
LESSONS = ROOT / "scripts" / "lessons"
GENERATED = {
    "en": "<!-- generated from {source}: edit that file, not this notebook, and rebuild (CONTRIBUTING.md) -->",
    "zh-CN": "<!-- 由 {source} 生成：请编辑该文件而不是本笔记本，再重新生成（见 CONTRIBUTING.md） -->",
}
WORDS = {
    "en": {"contents": "Contents", "previous": "Previous", "next": "Next", "series": "The series"},
    "zh-CN": {"contents": "目录", "previous": "上一篇", "next": "下一篇", "series": "本系列"},
}
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def lesson_modules() -> list[str]:
    """The lesson sources, found by name (``lNN_anything.py``) and sorted: no hand-kept list."""
    return sorted(p.stem for p in LESSONS.glob("l[0-9][0-9]_*.py"))


def series() -> list[Lesson]:
    """Every lesson, in order, each knowing the file it comes from."""
    lessons = []
    for name in lesson_modules():
        lesson = importlib.import_module(f"lessons.{name}").LESSON
        if lesson.number != name[1:3]:
            raise ValueError(f"scripts/lessons/{name}.py holds lesson {lesson.number!r}: "
                             f"a lesson's number is the one in its file name, {name[1:3]}")
        lesson.source = f"scripts/lessons/{name}.py"
        lessons.append(lesson)
    return lessons


def link(lesson: Lesson, lang: str) -> str:
    return f"[{lesson.number} · {lesson.title[lang]}]({lesson.filename})"


def navigation(lessons: list[Lesson], i: int, lang: str) -> str:
    """The navigation line of lesson ``i``: contents · previous · next."""
    words, parts = WORDS[lang], []
    if i > 0:
        parts.append(f"[{words['contents']}]({lessons[0].filename})")
    if i > 1:
        parts.append(f"← {words['previous']}: {link(lessons[i - 1], lang)}")
    if i + 1 < len(lessons):
        parts.append(f"{words['next']}: {link(lessons[i + 1], lang)} →")
    return f"*{SERIES_TITLE[lang]}* · " + " · ".join(parts)


def contents_list(lessons: list[Lesson], lang: str) -> str:
    rows = [f"## {WORDS[lang]['series']}", ""]
    rows += [f"{n}. {link(lesson, lang)}: {lesson.summary[lang]}" for n, lesson in enumerate(lessons[1:], 1)]
    return "\n".join(rows)


def solutions_cell(number: str, names: list[str]) -> Cell:
    """A closing note on where the worked solutions are and how to load one on purpose."""
    loads = "\n".join(f"%load ../../solutions/{name}" for name in names)
    return md(
        f"**Solutions.** Try first. Then, to compare, load a worked solution on purpose into a new cell and run "
        f"it (exercise {number}.k is `solutions/{number}-k.py`):\n\n```\n{loads}\n```",
        f"**参考答案。** 先自己试一试。想对照时，在新单元格中有意地载入参考答案并运行"
        f"（练习 {number}.k 对应 `solutions/{number}-k.py`）：\n\n```\n{loads}\n```",
    )


def cells_of(lessons: list[Lesson], i: int) -> list[Cell]:
    """All cells of lesson ``i``: navigation, title, the lesson's cells (and the list, for 00), navigation."""
    lesson = lessons[i]
    nav = {lang: navigation(lessons, i, lang) for lang in LANGUAGES}
    note = {lang: GENERATED[lang].format(source=lesson.source) for lang in LANGUAGES}
    head = Cell("markdown", {lang: f"{note[lang]}\n{nav[lang]}\n\n# {lesson.number} · {lesson.title[lang]}"
                             for lang in LANGUAGES}, ["nav"])
    body = list(lesson.cells)
    if i == 0:
        body.append(md(contents_list(lessons, "en"), contents_list(lessons, "zh-CN")))
    solutions = sorted((ROOT / "solutions").glob(f"{lesson.number}-*.py"))
    if solutions:  # after the exercises; a closing sentence that points to the next notebook stays the last cell
        closing = body[-1].kind == "markdown" and not body[-1].text["en"].startswith(("**Exercise", "## "))
        body.insert(len(body) - closing, solutions_cell(lesson.number, [p.name for p in solutions]))
    foot = Cell("markdown", {lang: "---\n\n" + nav[lang] for lang in LANGUAGES}, ["nav"])
    return [head, *body, foot]


def slide_types(cells: list[Cell]) -> list[str]:
    """Slide metadata for presenting a notebook with RISE: one slide per section (## heading), each explorer
    on a slide of its own, each exercise on a sub-slide; every other cell continues the slide before it."""
    explorer = [c.kind == "code" and "nl.widgets." in c.text["en"] for c in cells]
    kinds = []
    for k, cell in enumerate(cells):
        text = cell.text["en"].lstrip()
        if k == 0 or explorer[k] or (k and explorer[k - 1]) or (cell.kind == "markdown" and text.startswith("## ")):
            kinds.append("slide")
        elif cell.kind == "markdown" and text.startswith(("**Exercise", "**Solutions")):
            kinds.append("subslide")
        else:
            kinds.append("-")
    return kinds


def notebook(cells: list[Cell], lang: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    for n, (cell, slide) in enumerate(zip(cells, slide_types(cells), strict=True)):
        make = nbformat.v4.new_code_cell if cell.kind == "code" else nbformat.v4.new_markdown_cell
        new = make(cell.text[lang])
        new.id = f"c{n:02d}"
        new.metadata = {"slideshow": {"slide_type": slide}}
        if cell.tags:
            new.metadata["tags"] = list(cell.tags)
        nb.cells.append(new)
    return nb


def execute(nb: nbformat.NotebookNode, folder: Path) -> None:
    """Run the notebook in its own folder (so nnlib finds its language) with the bundled digits (so the numbers
    are the ones every test run sees)."""
    from nbclient import NotebookClient

    os.environ["NNLIB_OFFLINE"] = "1"

    NotebookClient(nb, timeout=600, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(folder)}}).execute()
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = merged_streams(cell.outputs)


def merged_streams(outputs: list) -> list:
    """The outputs with consecutive pieces of the same stream joined: how a kernel splits what a cell prints
    depends on timing, and a rebuild should change only what changed."""
    merged = []
    for output in outputs:
        if (output.get("output_type") == "stream" and merged and merged[-1].get("output_type") == "stream"
                and merged[-1].get("name") == output.get("name")):
            merged[-1]["text"] += output["text"]
        else:
            merged.append(output)
    return merged


def skeleton(nb: nbformat.NotebookNode) -> list:
    """What a source decides: each cell's kind, source, tags and slide type (not its outputs)."""
    return [(c.cell_type, c.source, c.metadata.get("tags", []), c.metadata.get("slideshow")) for c in nb.cells]


def code_of(nb: nbformat.NotebookNode) -> list:
    """What decides a code cell's outputs, as far as the build can see: its source and its tags."""
    return [(c.source, c.metadata.get("tags", [])) for c in nb.cells if c.cell_type == "code"]


def reason_to_run(nb: nbformat.NotebookNode, old: nbformat.NotebookNode | None) -> str:
    """Why ``nb`` must be run rather than given the outputs of the committed notebook ``old``; "" if it need not:
    same code cells (source and tags, in order) and ``old`` has its outputs (every non-empty code cell ran)."""
    if old is None:
        return "no committed notebook"
    new_code, old_code = code_of(nb), code_of(old)
    for k, (new, before) in enumerate(zip(new_code, old_code, strict=False), 1):
        if new != before:
            what = "its tags" if new[0] == before[0] else (new[0].strip().splitlines() or [""])[0][:50]
            return f"code cell {k} changed ({what})"
    if len(new_code) != len(old_code):
        return f"{len(new_code)} code cells instead of {len(old_code)}"
    if any(c.source.strip() and c.execution_count is None for c in old.cells if c.cell_type == "code"):
        return "the committed notebook has no outputs"
    return ""


def carry_outputs(nb: nbformat.NotebookNode, old: nbformat.NotebookNode) -> None:
    """Give the code cells of ``nb`` the outputs and execution counts of those of ``old`` (the same code)."""
    old_code = iter(c for c in old.cells if c.cell_type == "code")
    for cell in nb.cells:
        if cell.cell_type == "code":
            before = next(old_code)
            cell.outputs, cell.execution_count = before.outputs, before.execution_count


def text_of(nb: nbformat.NotebookNode) -> str:
    """The file ``nbformat.write`` would write for ``nb``."""
    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"


def committed(path: Path) -> nbformat.NotebookNode | None:
    """The notebook at ``path`` as it is now (normally as committed); None if there is none."""
    return nbformat.read(path, as_version=4) if path.exists() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", help="numbers of the notebooks to build, e.g. 01 02")
    parser.add_argument("--check", action="store_true", help="compare the committed notebooks with their sources")
    parser.add_argument("--lang", choices=LANGUAGES, help="build one language only (default: both)")
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--run", action="store_true",
                     help="run the notebooks even if no code cell changed: needed after a change in nnlib, which "
                          "can change the outputs of unchanged cells (the build cannot see that)")
    how.add_argument("--text-only", action="store_true",
                     help="never start a kernel: keep the committed outputs, and refuse (write nothing) for a "
                          "notebook whose code cells changed. The default already keeps them when the code is "
                          "unchanged; this makes sure nothing runs")
    how.add_argument("--no-execute", action="store_true", help="write the notebooks without running them")
    args = parser.parse_args(argv)
    refused = []
    lessons, stale = series(), []
    for i, lesson in enumerate(lessons):
        if args.only and lesson.number not in args.only:
            continue
        cells = cells_of(lessons, i)
        for lang in LANGUAGES:
            if args.lang and lang != args.lang and not args.check:
                continue
            path = ROOT / "notebooks" / lang / lesson.filename
            nb = notebook(cells, lang)
            if args.check:
                if not path.exists() or skeleton(nbformat.read(path, as_version=4)) != skeleton(nb):
                    source = next((ROOT / "scripts" / "lessons").glob(f"l{lesson.number}_*.py"), None)
                    stale.append(f"{path.relative_to(ROOT)}  (its source: "
                                 f"{source.relative_to(ROOT) if source else 'scripts/lessons/'})")
                continue
            if not args.no_execute:
                old = committed(path)
                reason = "asked to (--run)" if args.run else reason_to_run(nb, old)
                if not reason:
                    carry_outputs(nb, old)
                    same = path.read_text(encoding="utf-8") == text_of(nb)
                    print(f"{lesson.number} {lang}: code unchanged, outputs kept"
                          f" ({'file unchanged' if same else 'text updated'})")
                    if not same:
                        nbformat.write(nb, path)
                    continue
                if args.text_only:
                    print(f"{lesson.number} {lang}: {reason}: not written (--text-only runs nothing)")
                    refused.append(str(path.relative_to(ROOT)))
                    continue
                print(f"{lesson.number} {lang}: {reason}: running it", flush=True)
                execute(nb, path.parent)
            nbformat.write(nb, path)
            print("wrote", path.relative_to(ROOT))
    known = {lesson.filename for lesson in lessons}
    for lang in LANGUAGES:
        stale += [str(p.relative_to(ROOT)) for p in (ROOT / "notebooks" / lang).glob("*.ipynb") if p.name not in known]
    if refused:
        print("--text-only: the code cells changed, run these again without --text-only:", *refused, sep="\n  ")
        return 1
    if stale:
        print("These notebooks differ from their lesson sources in scripts/lessons/:", *stale, sep="\n  ")
        print("If you edited a notebook by hand, keep your edit: a rebuild writes each notebook from its source "
              "and replaces it.\nFirst move the edit into the lesson source named above (the md(...) or code(...) "
              "cell, in both languages), then rebuild: .venv/bin/python scripts/build_notebooks.py --only NN.\n"
              "If you changed only the source, just rebuild. Nothing has been rebuilt or changed by this check.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
