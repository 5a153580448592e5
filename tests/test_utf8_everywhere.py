"""Portability to Windows: every text file is read and written as UTF-8, never in the machine's own encoding.

On Windows, ``open(path)`` and ``Path.read_text()`` without ``encoding=`` use the locale's code page (cp1252,
cp936, ...), and the Chinese texts of this series would fail to read or be written garbled. This test reads the
code of nnlib/, scripts/, tests/, benchmarks/ and conftest.py (an AST scan, no import) and lists every text-mode
``open()``, ``io.open()``, ``Path.open()``, ``read_text()`` and ``write_text()`` without an explicit encoding.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ["nnlib", "scripts", "tests", "benchmarks", "conftest.py"]
# modules whose .open() is not a text file's open (archives, images) or is binary by default
NOT_TEXT_OPENERS = {"tarfile", "zipfile", "Image", "gzip", "bz2", "lzma", "webbrowser", "os", "wave", "shelve"}


def _mode(call: ast.Call, position: int) -> ast.expr | None:
    """The ``mode`` argument of an open-like call: keyword, or the positional at ``position``."""
    for keyword in call.keywords:
        if keyword.arg == "mode":
            return keyword.value
    return call.args[position] if len(call.args) > position else None


def _is_text(mode: ast.expr | None) -> bool:
    """Whether a mode opens in text: absent (default "r"), or a constant without "b"; unknown modes count."""
    if mode is None:
        return True
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return "b" not in mode.value
    return True  # a mode computed at run time: be explicit about the encoding anyway


def text_opens_without_encoding(source: str) -> list[tuple[int, str]]:
    """(line, what) for each text-mode file opening in ``source`` that does not name its encoding."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or any(k.arg == "encoding" for k in node.keywords):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open":
            if _is_text(_mode(node, 1)):
                found.append((node.lineno, "open()"))
        elif isinstance(func, ast.Attribute) and func.attr in ("read_text", "write_text"):
            found.append((node.lineno, f".{func.attr}()"))
        elif isinstance(func, ast.Attribute) and func.attr == "open":
            receiver = func.value
            if isinstance(receiver, ast.Name) and receiver.id == "io":  # io.open(file, mode, ...)
                if _is_text(_mode(node, 1)):
                    found.append((node.lineno, "io.open()"))
            elif isinstance(receiver, ast.Name) and receiver.id in NOT_TEXT_OPENERS:
                continue
            elif not node.args or (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                # Path.open(mode="r", ...): no argument, or a mode first (tarfile.open(name) has a name first)
                if _is_text(_mode(node, 0)):
                    found.append((node.lineno, "Path.open()"))
    return found


def scanned_files() -> list[Path]:
    files = []
    for name in SCANNED:
        path = ROOT / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


@pytest.mark.parametrize("source, expected", [
    ('open("notes.txt")', 1),
    ('open("notes.txt", "w")', 1),
    ('open("notes.txt", mode="a")', 1),
    ('open("data.bin", "rb")', 0),
    ('open("notes.txt", encoding="utf-8")', 0),
    ('open("notes.txt", "w", encoding="utf-8")', 0),
    ('io.open("notes.txt")', 1),
    ('Path("x").read_text()', 1),
    ('Path("x").read_text(encoding="utf-8")', 0),
    ('path.write_text(text)', 1),
    ('path.write_text(text, encoding="utf-8")', 0),
    ('path.read_bytes()', 0),
    ('path.open()', 1),
    ('path.open("w", encoding="utf-8")', 0),
    ('path.open("rb")', 0),
    ('tarfile.open(tarball)', 0),
    ('Image.open(buffer)', 0),
    ('os.fdopen(handle, "wb")', 0),
])
def test_the_scan_finds_what_it_should(source, expected):
    assert len(text_opens_without_encoding(source)) == expected, source


def test_the_scan_covers_the_code():
    names = {p.relative_to(ROOT).as_posix() for p in scanned_files()}
    assert {"nnlib/data.py", "scripts/build_notebooks.py", "tests/test_setup.py", "benchmarks/run.py",
            "conftest.py"} <= names


def test_every_text_file_is_opened_as_utf8():
    problems = [f"{path.relative_to(ROOT).as_posix()}:{line}: {what} without encoding=\"utf-8\""
                for path in scanned_files()
                for line, what in text_opens_without_encoding(path.read_text(encoding="utf-8"))]
    assert not problems, "\n".join(problems)
