"""nnlib/texts/: every key used, in both languages, in one module only, in the module of the code that shows it,
and no text written twice."""

import re
import string
from pathlib import Path

import pytest

from nnlib import i18n, texts

ROOT = Path(__file__).resolve().parents[1]
LESSON = re.compile(r"l(\d\d)_")


def fields(text: str) -> set:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def sources() -> dict[str, str]:
    """Every file that may show a text: nnlib's Python and JavaScript (not the texts), the scripts and lessons."""
    files = [*ROOT.glob("nnlib/**/*.py"), *ROOT.glob("nnlib/widgets/js/*.js"), *ROOT.glob("scripts/**/*.py")]
    return {str(path.relative_to(ROOT)): path.read_text(encoding="utf-8") for path in files
            if "texts" not in path.relative_to(ROOT).parts[:2]}


def users(key: str, files: dict[str, str]) -> list[str]:
    """The files that name ``key`` as a string literal (``t("key")``, ``templates("key", ...)``, a list of keys)."""
    quoted = re.compile(f"[\"']{re.escape(key)}[\"']")
    return [name for name, text in files.items() if quoted.search(text)]


def unused_keys(table: dict, files: dict[str, str]) -> list[str]:
    return [key for key in table if not users(key, files)]


def test_every_key_is_used_somewhere():
    assert unused_keys(i18n.TEXTS, sources()) == []


def test_the_unused_key_check_finds_a_key_nobody_uses():
    table = dict(i18n.TEXTS, nobody_shows_this={"en": "x", "zh-CN": "x"})
    assert unused_keys(table, sources()) == ["nobody_shows_this"]


@pytest.mark.parametrize("key", sorted(i18n.TEXTS))
def test_every_text_exists_in_both_languages_with_the_same_fields(key):
    both = i18n.TEXTS[key]
    assert set(both) == set(i18n.LANGUAGES), f"{key}: {sorted(both)}"
    assert fields(both["en"]) == fields(both["zh-CN"])
    chinese = any("\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" for ch in both["zh-CN"])  # or 、。
    assert chinese or both["zh-CN"] == both["en"], f"{key}: the Chinese text has no Chinese"


def test_every_key_lives_in_one_module():
    owners: dict[str, list[str]] = {}
    for module in texts.MODULES:
        for key in module.TEXTS:
            owners.setdefault(key, []).append(module.__name__)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
    assert len(texts.TEXTS) == sum(len(module.TEXTS) for module in texts.MODULES)


def test_every_module_of_the_folder_is_merged():
    files = {path.stem for path in (ROOT / "nnlib" / "texts").glob("*.py")} - {"__init__"}
    assert files == {module.__name__.rsplit(".", 1)[1] for module in texts.MODULES}


def test_no_text_is_written_twice():
    seen: dict[tuple, str] = {}
    twice = []
    for key, both in i18n.TEXTS.items():
        pair = (both["en"], both["zh-CN"])
        if pair in seen:
            twice.append((seen[pair], key))
        seen.setdefault(pair, key)
    assert twice == []


def test_a_notebooks_lines_are_used_by_that_notebook_alone():
    files = sources()
    for module in texts.MODULES:
        number = module.__name__.rsplit(".", 1)[1].removeprefix("notebook")
        if not number.isdigit():
            continue
        for key in module.TEXTS:
            where = users(key, files)
            lessons = {LESSON.search(name).group(1) for name in where if "lessons" in name}
            in_nnlib = [name for name in where if name.startswith("nnlib/")]
            assert lessons and min(lessons) == number and not in_nnlib, f"{key} in {module.__name__}: {where}"


def test_nnlibs_own_texts_are_not_in_a_notebooks_module():
    files = sources()
    for module in texts.MODULES:
        if "notebook" in module.__name__:
            continue
        for key in module.TEXTS:
            assert any(name.startswith("nnlib/") for name in users(key, files)), \
                f"{key} in {module.__name__} is shown by no nnlib code: move it to its notebook's module"


def test_no_block_is_named_after_an_issue():
    for path in (ROOT / "nnlib" / "texts").glob("*.py"):
        assert not re.search(r"issue", path.read_text(encoding="utf-8"), re.IGNORECASE), path.name
