"""Every menu path that a text tells the learner to click (**Run ▸ Run All Cells**) names the menu as the learner
sees it: JupyterLab's English labels in English texts, the Simplified Chinese language pack's translation of those
labels, as its own catalogue spells them, in Chinese texts.

The texts: both READMEs, the teacher's guides, the notebooks' markdown cells (built from scripts/lessons/) and
nnlib's messages. The English path is resolved in JupyterLab's own menu definitions (the schemas installed with
it); the label of the item at its end belongs to a command, listed in MENU_COMMANDS, whose label in the running
interface, in both languages, the browser test checks (tests/browser/test_jupyterlab.py).
"""

import json
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PATH = re.compile(r"\*\*([^*\n▸]+(?: ▸ [^*\n▸]+)+)\*\*")
# nnlib's messages are plain text (no bold): a path there stands after a colon or inside parentheses
PLAIN_PATH = re.compile(r"([A-Z\u4e00-\u9fff][^()（）：:。.\n▸*]*(?: ▸ [^()（）：:。.\n▸*]+)+)")

# The items at the end of a menu path, by their English label: the command each one runs.
MENU_COMMANDS = {
    "Run All Cells": "runmenu:run-all",
    "Presentation Mode": "application:toggle-presentation-mode",
    "Simple Interface": "application:toggle-mode",
    "Chinese (Simplified, China) - 中文 (简体, 中国)": "jupyterlab-translation:zh_CN",
    "Run All Above Selected Cell": "notebook:run-all-above",
    "Collapse Selected Code": "notebook:hide-cell-code",
    "Show Left Sidebar": "application:toggle-left-area",
}
# The Language submenu lists the installed language packs (it is filled at run time, not from a schema).
LANGUAGE_SUBMENU = "jp-mainmenu-settings-language"


@cache
def catalogue() -> dict[str, list[str]]:
    """JupyterLab's strings and their Chinese translations, from the installed language pack's own catalogue."""
    pack = pytest.importorskip("jupyterlab_language_pack_zh_CN")
    path = Path(pack.__file__).parent / "locale" / "zh_CN" / "LC_MESSAGES" / "jupyterlab.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data[""]["language"] == "zh-CN"
    return data


def translate(label: str, context: str | None) -> str:
    """The language pack's translation of one of JupyterLab's labels (``context`` "menu" for menu titles)."""
    key = f"{context}\u0004{label}" if context else label
    assert key in catalogue(), f"{label!r} is not a JupyterLab string (context {context!r})"
    return catalogue()[key][0]


@cache
def main_menus() -> dict[str, dict]:
    """JupyterLab's main menus and their submenus, from the menu definitions in the installed schemas:
    ``{menu label: {"id": ..., "submenus": {label: {...}}, "commands": {command ids}}}``."""
    from jupyterlab.commands import get_app_dir as lab_app_dir

    menus: dict[str, dict] = {}

    def merge(into: dict, entry: dict) -> None:
        into.setdefault("id", entry["id"])
        for item in entry.get("items", []):
            if item.get("type") == "submenu":
                sub = item["submenu"]
                if "label" in sub:
                    merge(into.setdefault("submenus", {}).setdefault(sub["label"], {}), sub)
                else:  # a submenu defined elsewhere, by id
                    into.setdefault("submenu_ids", set()).add(sub["id"])
            elif "command" in item:
                into.setdefault("commands", set()).add(item["command"])

    schemas = sorted((Path(lab_app_dir()) / "schemas").glob("**/*.json"))
    assert schemas, "JupyterLab's schemas were not found"
    for path in schemas:
        for entry in json.loads(path.read_text(encoding="utf-8")).get("jupyter.lab.menus", {}).get("main", []):
            if "label" in entry:
                merge(menus.setdefault(entry["label"], {}), entry)
    for path in schemas:  # items that other plugins add to a menu given by id
        for entry in json.loads(path.read_text(encoding="utf-8")).get("jupyter.lab.menus", {}).get("main", []):
            if "label" not in entry:
                for menu in menus.values():
                    if menu["id"] == entry["id"]:
                        merge(menu, entry)
    return menus


def check_english_path(path: list[str], where: str) -> None:
    """``path`` is a real menu path of JupyterLab's English interface."""
    menus = main_menus()
    assert path[0] in menus, f"{where}: {' ▸ '.join(path)}: no main menu {path[0]!r}; menus: {sorted(menus)}"
    menu = menus[path[0]]
    for label in path[1:-1]:
        assert label in menu.get("submenus", {}), f"{where}: {' ▸ '.join(path)}: no submenu {label!r}"
        menu = menu["submenus"][label]
    item = path[-1]
    assert item in MENU_COMMANDS, (f"{where}: {' ▸ '.join(path)}: add {item!r} to MENU_COMMANDS with its command id "
                                   "(the browser test then checks its label)")
    command = MENU_COMMANDS[item]
    if menu["id"] == LANGUAGE_SUBMENU:
        from jupyterlab_server.translation_utils import get_language_packs

        packs, _ = get_language_packs("en")
        locale = command.rsplit(":", 1)[1]
        assert locale in packs, f"{where}: no language pack {locale!r} installed"
        assert item == f"{packs[locale]['displayName']} - {packs[locale]['nativeName']}", where
    else:
        assert command in menu.get("commands", set()), f"{where}: {command} is not in {' ▸ '.join(path[:-1])}"


def chinese_path(path: list[str]) -> list[str]:
    """What the Chinese interface shows for an English menu path: menus and submenus in the "menu" context,
    the item by its command's label."""
    return [translate(label, "menu") for label in path[:-1]] + [translate(path[-1], None)]


def seen_in_the_english_interface(path: list[str]) -> bool:
    """The one path a Chinese text gives in English: switching an English interface (Binder) to Chinese."""
    return path[:2] == ["Settings", "Language"]


def menu_paths(text: str, plain: bool = False) -> list[list[str]]:
    return [match.strip().split(" ▸ ") for match in (PLAIN_PATH if plain else PATH).findall(text)]


def notebook_markdown(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def text_pairs() -> list[tuple[str, str, str]]:
    """(where, English text, Chinese text) for every text the series shows a learner or a teacher."""
    pairs = [("README", (ROOT / "README.md").read_text(encoding="utf-8"),
              (ROOT / "README.zh-CN.md").read_text(encoding="utf-8")),
             ("teacher's guide", (ROOT / "docs" / "teaching.md").read_text(encoding="utf-8"),
              (ROOT / "docs" / "teaching.zh-CN.md").read_text(encoding="utf-8"))]
    for en in sorted((ROOT / "notebooks" / "en").glob("*.ipynb")):
        pairs.append((f"notebook {en.name}", notebook_markdown(en),
                      notebook_markdown(ROOT / "notebooks" / "zh-CN" / en.name)))
    from nnlib.i18n import TEXTS

    pairs.append(("nnlib's messages", "\n".join(t["en"] for t in TEXTS.values()),
                  "\n".join(t["zh-CN"] for t in TEXTS.values())))
    return pairs


PAIRS = text_pairs()


def test_the_texts_name_menus():
    """The test looks at something: the texts do send the learner to menus, in both languages."""
    found = [path for _, en, zh in PAIRS for path in menu_paths(en) + menu_paths(zh)]
    assert len(found) >= 6, found


@pytest.mark.parametrize("where,en,zh", PAIRS, ids=[p[0] for p in PAIRS])
def test_menu_paths_are_named_as_the_learner_sees_them(where, en, zh):
    plain = where == "nnlib's messages"
    english, chinese = menu_paths(en, plain), menu_paths(zh, plain)
    for text in (en, zh):  # a menu path that the pattern would miss (not in bold, or other separators)
        for line in text.splitlines():
            assert line.count("▸") == sum(len(p) - 1 for p in menu_paths(line, plain)), f"{where}: {line!r}"
    assert len(english) == len(chinese), f"{where}: English texts give {english}, Chinese texts {chinese}"
    for path, translated in zip(english, chinese, strict=True):
        check_english_path(path, where)
        if translated == path and seen_in_the_english_interface(path):
            continue
        expected = chinese_path(path)
        assert translated == expected, (f"{where}: {' ▸ '.join(path)} is {' ▸ '.join(expected)} in the Chinese "
                                        f"interface, the Chinese text says {' ▸ '.join(translated)}")


def test_the_check_catches_a_wrong_translation():
    """The catalogue is really consulted: the names this series had before the language pack was read fail."""
    assert chinese_path(["View", "Appearance", "Simple Interface"]) == ["查看", "外观", "简易界面"]
    assert chinese_path(["View", "Presentation Mode"]) != ["视图", "演示模式"]
    with pytest.raises(AssertionError):
        check_english_path(["View", "Presentation Mode"], "test")
