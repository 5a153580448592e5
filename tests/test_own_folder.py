"""The build scripts' output folder (scripts/own_folder.py): a rebuild replaces only what the build wrote."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from own_folder import OwnFolder  # noqa: E402


def build(out: Path, names=("a.txt", "sub/b.txt")) -> OwnFolder:
    folder = OwnFolder(out, ".mark", "a test build")
    folder.claim()
    for name in names:
        folder.write(name, f"written as {name}")
    folder.seal()
    return folder


def test_a_rebuild_replaces_the_previous_files_and_only_those(tmp_path):
    out = tmp_path / "out"
    build(out)
    build(out, names=("a.txt",))  # sub/b.txt is no longer written: it goes, and its empty folder with it
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [".mark", "a.txt"]
    assert json.loads((out / ".mark").read_text(encoding="utf-8"))["files"].keys() == {"a.txt"}


@pytest.mark.parametrize("case", ["a file added", "a file changed", "no mark"])
def test_a_folder_with_a_learners_work_is_refused_and_left_as_it_is(tmp_path, case):
    out = tmp_path / "out"
    build(out)
    if case == "a file added":
        (out / "class-digits").mkdir()
        (out / "class-digits" / "x.npz").write_bytes(b"a learner's digits")
    elif case == "a file changed":
        (out / "sub" / "b.txt").write_text("a learner's edit", encoding="utf-8")
    else:
        (out / ".mark").unlink()
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(SystemExit, match="nothing was deleted") as refused:
        build(out)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert case == "no mark" or ("x.npz" if case == "a file added" else "b.txt (changed") in str(refused.value)


def test_a_student_edition_a_learner_worked_in_is_not_replaced(tmp_path):
    script = [sys.executable, str(ROOT / "scripts" / "build_student_edition.py"), "--out", str(tmp_path)]
    subprocess.run(script, check=True, capture_output=True)
    notebook = tmp_path / "student-edition" / "notebooks" / "en" / "01-the-neuron.ipynb"
    notebook.write_text(notebook.read_text(encoding="utf-8").replace("Goal", "My goal"), encoding="utf-8")
    refused = subprocess.run(script, capture_output=True, encoding="utf-8")
    assert refused.returncode != 0 and "01-the-neuron.ipynb (changed" in refused.stderr
    assert "My goal" in notebook.read_text(encoding="utf-8")
