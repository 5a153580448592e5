"""Our class's own digits (issue 25, item 7): digits drawn on the class-digits pad, saved one click each into a new file
of the pad's own, merged by the teacher's one command (bad files reported, in the teacher's language, never a crash),
and scored by notebook 04's own cells against its score on MNIST's test digits.

The "class" here is real MNIST test digits drawn as strokes (each run of ink pixels of a row one stroke, in pad
pixels): they reach the kernel as the browser sends them (the widget's ``values`` state and its ``{"save": label}``
message) and become digits by nnlib.drawing, the pad's own path. tests/browser/test_class_digits.py saves from a real
browser.
"""

import json
import subprocess
import sys
import uuid
from pathlib import Path

import nbformat
import numpy as np
import pytest

import nnlib as nl
from nnlib.class_digits import FORMAT, ClassDigitsError, Saver, merge, read, write
from nnlib.drawing import mnist_style, rasterize

ROOT = Path(__file__).resolve().parents[1]


def strokes_of(image: np.ndarray) -> list:
    """A 28 × 28 digit as a pad's strokes: each run of ink (> 100) along a row becomes one horizontal stroke, in pad
    pixels (each digit pixel 10 × 10 pad pixels), as a hand would fill it in."""
    strokes = []
    for r, row in enumerate(np.asarray(image) > 100):
        c = 0
        while c < 28:
            if row[c]:
                start = c
                while c < 28 and row[c]:
                    c += 1
                strokes.append([[10.0 * start + 5, 10.0 * r + 5], [10.0 * (c - 1) + 5, 10.0 * r + 5]])
            c += 1
    return strokes


@pytest.fixture(scope="module")
def mnist():
    return nl.data.load_bundled()


@pytest.fixture(scope="module")
def net():
    return nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))


def draw_and_click(pad, strokes: list, label: int) -> None:
    """What the browser does: the strokes arrive in the pad's state, then the click's message."""
    pad.set_state({"values": {**pad.values, "strokes": strokes}})
    pad._handle_custom_msg({"save": label}, [])


def cli(*args, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    environment = {k: v for k, v in os.environ.items() if k not in ("NNLIB_LANG", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run([sys.executable, "-m", "nnlib.class_digits", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", env=environment | (env or {}), timeout=120)


# Saving from the pad ------------------------------------------------------------------------------------------------

def test_one_click_saves_the_drawing_the_kernel_made_with_its_label(tmp_path, net, mnist):
    (_, _), (x, y) = mnist
    pad = nl.widgets.class_digits_pad(net, folder=tmp_path / "class-digits")
    assert pad.data["saving"] and pad.values["status"] == "" and pad.path is None
    strokes = [strokes_of(x[k]) for k in range(3)]
    for k in range(3):
        draw_and_click(pad, strokes[k], int(y[k]))
        assert pad.strokes == []  # cleared for the next digit, in the browser too (values)
    files = list((tmp_path / "class-digits").iterdir())
    assert files == [pad.path] and pad.path.suffix == ".npz"
    saved = read(pad.path)
    assert saved.labels.tolist() == [int(v) for v in y[:3]]
    for k in range(3):  # the digit nnlib.drawing makes from the strokes, as pad.digit shows it
        assert np.array_equal(saved.images[k], mnist_style(rasterize(strokes[k])))
    with np.load(pad.path, allow_pickle=False) as archive:
        assert sorted(archive.files) == ["format", "images", "labels"]  # nothing else: no name, no time
        assert str(archive["format"]) == FORMAT
    assert str(y[2]) in pad.values["status"] and "3" in pad.values["status"]
    assert np.array_equal(pad.saved_images, saved.images)


def test_a_second_pad_never_writes_into_another_file(tmp_path, net, monkeypatch):
    folder = tmp_path / "class-digits"
    folder.mkdir()
    theirs = folder / "aaaaaaaaaa.npz"
    theirs.write_bytes(b"someone else's file")
    pad = nl.widgets.class_digits_pad(net, folder=folder)
    ids, random_id = iter([uuid.UUID("a" * 32), uuid.UUID("b" * 32)]), uuid.uuid4
    monkeypatch.setattr(uuid, "uuid4", lambda: next(ids, None) or random_id())  # the first id is taken already
    draw_and_click(pad, [[[140.0, 40.0], [140.0, 240.0]]], 1)
    assert pad.path == folder / "bbbbbbbbbb.npz"
    assert theirs.read_bytes() == b"someone else's file"
    monkeypatch.undo()
    other = nl.widgets.class_digits_pad(net, folder=folder)
    draw_and_click(other, [[[140.0, 40.0], [140.0, 240.0]]], 1)
    assert other.path not in (pad.path, theirs) and len(read(pad.path)) == 1 and len(read(other.path)) == 1


def test_an_empty_pad_or_a_folder_that_cannot_be_written_says_so(tmp_path, net, lang):
    pad = nl.widgets.class_digits_pad(net, folder=tmp_path / "class-digits")
    pad._handle_custom_msg({"save": 3}, [])
    assert pad.values["status"] == nl.t("class_draw_first") and not (tmp_path / "class-digits").exists()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    pad = nl.widgets.class_digits_pad(net, folder=blocked)
    pad.add_stroke([(140, 40), (140, 240)])
    assert pad.save(1) is None
    assert str(blocked) in pad.values["status"] and "folder=" in pad.values["status"]
    assert pad.strokes != []  # the drawing is kept: nothing was saved
    with pytest.raises(nl.InputError):
        pad.save(10)


# Merging: the teacher's one command ---------------------------------------------------------------------------------

def bad_files(folder: Path, good: Path) -> dict[str, str]:
    """One file for each way a file can be bad; returns {name: the text key of its reason}."""
    folder.mkdir(parents=True, exist_ok=True)
    images = np.zeros((2, 28, 28), np.uint8)
    (folder / "notes.txt").write_text("hello", encoding="utf-8")
    (folder / "broken.npz").write_bytes(b"PK\x03\x04 not really a zip")
    np.savez(folder / "pickled.npz", images=np.array([{"a": 1}], dtype=object), labels=np.array([1]))
    np.savez(folder / "no-labels.npz", images=images)
    np.savez(folder / "shape.npz", images=np.zeros((2, 28, 27), np.uint8), labels=np.array([1, 2]))
    np.savez(folder / "floats.npz", images=images.astype(np.float32), labels=np.array([1, 2]))
    np.savez(folder / "label-12.npz", images=images, labels=np.array([1, 12]))
    np.savez(folder / "count.npz", images=images, labels=np.array([1, 2, 3]))
    np.savez(folder / "empty.npz", images=np.zeros((0, 28, 28), np.uint8), labels=np.zeros(0, np.uint8))
    np.savez(folder / "other-format.npz", images=images, labels=np.array([1, 2]), format=np.array("something"))
    (folder / "zz-copy.npz").write_bytes(good.read_bytes())
    return {"notes.txt": "class_bad_suffix", "broken.npz": "class_bad_open", "pickled.npz": "class_bad_open",
            "no-labels.npz": "class_bad_missing", "shape.npz": "class_bad_images", "floats.npz": "class_bad_pixels",
            "label-12.npz": "class_bad_labels", "count.npz": "class_bad_count", "empty.npz": "class_bad_empty",
            "other-format.npz": "class_bad_format", "zz-copy.npz": "class_bad_copy"}


def students(folder: Path, x: np.ndarray, y: np.ndarray, count: int, per: int) -> list[Path]:
    """``count`` students' files, as their pads save them, in subfolders (one per PC, as a teacher collects them)."""
    paths = []
    for s in range(count):
        saver = Saver(folder / f"pc{s + 1:02d}" / "class-digits")
        for k in range(s * per, (s + 1) * per):
            saver.add(mnist_style(rasterize(strokes_of(x[k]))), int(y[k]))
        paths.append(saver.path)
    return paths


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_the_merge_reports_every_bad_file_in_the_teachers_language_and_merges_the_rest(tmp_path, mnist, language):
    (_, _), (x, y) = mnist
    folder = tmp_path / "collected"
    good = students(folder, x, y, count=3, per=4)
    reasons = bad_files(folder / "pc09", good[0])
    (folder / ".DS_Store").write_bytes(b"\0")  # hidden files are no one's digits: skipped silently
    env = {"LANG": "zh_CN.UTF-8"} if language == "zh-CN" else {"LANG": "en_US.UTF-8"}
    result = cli("merge", "collected", "-o", "class.npz", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    nl.set_language(language)
    try:
        assert lines[0].startswith(nl.t("class_merged", total=12, files=3, output="class.npz", seconds=0)[:12])
        assert nl.t("class_left_out", count=len(reasons)) in lines
        for name, key in reasons.items():
            line = next(row for row in lines if row.strip().startswith(f"pc09/{name}:"))
            template = nl.i18n.TEXTS[key][language]
            assert template.split("{")[0].strip() in line, (line, template)
    finally:
        nl.set_language(None)
    assert ".DS_Store" not in result.stdout
    merged = read(tmp_path / "class.npz")
    assert len(merged) == 12 and merged.labels.tolist() == [int(v) for v in y[:12]]


def test_the_merge_never_replaces_a_file_unless_told(tmp_path, mnist):
    (_, _), (x, y) = mnist
    students(tmp_path / "in", x, y, count=2, per=3)
    (tmp_path / "class.npz").write_bytes(b"last week's class")
    result = cli("merge", "in", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 1 and "--replace" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "class.npz").read_bytes() == b"last week's class"
    result = cli("merge", "in", "--replace", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 0 and len(read(tmp_path / "class.npz")) == 6
    # the merged file kept in the collected folder itself is not merged again
    write(tmp_path / "in" / "class.npz", read(tmp_path / "class.npz").images, read(tmp_path / "class.npz").labels)
    report = merge(tmp_path / "in", tmp_path / "in" / "class.npz", replace=True)
    assert report.total == 6 and not report.bad


def test_nothing_to_merge_writes_nothing_and_says_why(tmp_path):
    (tmp_path / "empty-folder").mkdir()
    result = cli("merge", "empty-folder", "--lang", "zh-CN", cwd=tmp_path)
    assert result.returncode == 1 and "没有合并任何数字" in result.stdout and not (tmp_path / "class.npz").exists()
    result = cli("merge", "no-such-folder", "--lang", "zh-CN", cwd=tmp_path)
    assert result.returncode == 1 and "不是文件夹" in result.stderr and "Traceback" not in result.stderr
    with pytest.raises(ClassDigitsError):
        read(tmp_path / "missing.npz")


# Notebook 04 scores the class's handwriting with its own cells ------------------------------------------------------

SCORE_CELL = "nl.class_digits.for_lesson(class_pad)"


def test_notebook_04_scores_the_class_digits_end_to_end(tmp_path, mnist, monkeypatch):
    """Notebook 04 run as a learner runs it (in a copy of its folder): with nothing drawn, the section says what to
    do; digits saved from the pad (through the widget's state and its click message) are scored; once the teacher
    has merged the class's files beside the notebook, those are scored: accuracy beside MNIST's, the confusion
    matrix and the digits it got wrong, as figures."""
    from tests import notebook_runs

    (_, _), (x, y) = mnist
    folder = tmp_path / "notebooks" / "en"
    folder.mkdir(parents=True)
    name = "04-handwritten-digits.ipynb"
    (folder / name).write_bytes((ROOT / "notebooks" / "en" / name).read_bytes())
    monkeypatch.setattr(notebook_runs, "NOTEBOOKS", tmp_path / "notebooks")
    run = notebook_runs.NotebookRun("en", name)
    try:
        k = next(i for i, cell in enumerate(run.cells) if SCORE_CELL in cell.source)
        assert run.outputs[k].strip() == nl.t("nb04_class_none")

        # a learner draws three digits in this session and clicks each one's number
        for j in range(3):
            run.run(f"class_pad.set_state({{'values': {{**class_pad.values, 'strokes': "
                    f"{json.dumps(strokes_of(x[100 + j]))}}}}})\n"
                    f"class_pad._handle_custom_msg({{'save': {int(y[100 + j])}}}, [])")
        saved = list((folder / "class-digits").glob("*.npz"))
        assert len(saved) == 1 and len(read(saved[0])) == 3
        assert run.run(run.cells[k].source).splitlines()[0] == nl.t("nb04_class_from_pad", n=3)

        # the teacher collects this file and four other students' and merges them beside the notebook
        collected = tmp_path / "collected"
        students(collected, x[200:], y[200:], count=4, per=20)
        (collected / "pc00").mkdir()
        (collected / "pc00" / saved[0].name).write_bytes(saved[0].read_bytes())
        (collected / "pc00" / "broken.npz").write_bytes(b"not a zip")
        result = cli("merge", str(collected), "-o", str(folder / "class.npz"), "--lang", "en", cwd=tmp_path)
        assert result.returncode == 0 and "broken.npz" in result.stdout, result.stdout + result.stderr

        images, labels = [], []
        for source in sorted(collected.rglob("*.npz")):
            if source.name != "broken.npz":
                images.append(read(source).images)
                labels.append(read(source).labels)
        images, labels = np.concatenate(images), np.concatenate(labels)
        assert len(labels) == 83

        shown = []
        run.kc.execute_interactive(run.cells[k].source, timeout=300, allow_stdin=False,
                                   output_hook=lambda m: shown.append(m))
        printed = "".join(m["content"]["text"] for m in shown if m["msg_type"] == "stream")
        figures = [m for m in shown if m["msg_type"] == "display_data" and "image/png" in m["content"]["data"]]
        ours = run.value("net.accuracy(X_class, class_set.labels)")
        mnist_accuracy = run.value("net.accuracy(X_test, test_labels)")
        predictions = np.array(run.value("class_predictions"))
        assert np.array_equal(np.array(run.value("class_set.images")), images)
        assert run.value("class_set.labels") == labels.tolist()
        right = int(np.sum(predictions == labels))
        assert ours == pytest.approx(right / len(labels))
        expected = nl.t("nb04_class_accuracy", mnist=100 * mnist_accuracy, ours=100 * ours, right=right, n=83)
        assert printed.splitlines() == [nl.t("nb04_class_from_file", n=83, source="class.npz"), expected]
        assert run.value("C_class") == nl.evaluate.confusion_matrix(labels, predictions).tolist()
        assert len(figures) == (2 if right < len(labels) else 1)  # the confusion matrix, the digits it got wrong
        assert ours > 0.5  # real digits, redrawn with the pad's pen: the trained network reads most of them
    finally:
        run.close()


def test_the_built_notebooks_say_what_to_do_when_there_are_no_class_digits(lang):
    from tests.notebook_runs import stored_output

    path = next((ROOT / "notebooks" / lang).glob("04-*.ipynb"))
    cells = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    cell = next(c for c in cells if SCORE_CELL in c.source)
    nl.set_language(lang)
    try:
        assert stored_output(cell).strip() == nl.t("nb04_class_none")
    finally:
        nl.set_language(None)
