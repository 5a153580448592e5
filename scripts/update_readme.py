"""Fill the generated parts of README.md and README.zh-CN.md: the list of notebooks and the Binder links.

    python scripts/update_readme.py          # rewrite them
    python scripts/update_readme.py --check  # exit 1 if they are out of date

The repository's public address lives in one place, ``binder/repository``: edit that line and run this script,
and every Binder link follows. While it is the placeholder ``OWNER/REPO`` the READMEs say where the links will be
instead of showing links that lead nowhere.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from build_notebooks import series  # noqa: E402

READMES = {"en": ROOT / "README.md", "zh-CN": ROOT / "README.zh-CN.md"}
BRANCH = "main"


def repository() -> str:
    return (ROOT / "binder" / "repository").read_text(encoding="utf-8").strip()


PLACEHOLDER = "OWNER/REPO"


def binder_url(lang: str, filename: str) -> str:
    return f"https://mybinder.org/v2/gh/{repository()}/{BRANCH}?urlpath=lab/tree/notebooks/{lang}/{filename}"


HEADER = {"en": "| # | Notebook | What it shows |", "zh-CN": "| # | 笔记本 | 内容 |"}


def notebook_list(lang: str) -> str:
    return HEADER[lang] + "\n|---|---|---|\n" + "\n".join(
        f"| {lesson.number} | [{lesson.title[lang]}](notebooks/{lang}/{lesson.filename}) | {lesson.summary[lang]} |"
        for lesson in series()
    )


def links() -> str:
    if repository() == PLACEHOLDER:
        return ""
    first = series()[1].filename
    return "\n".join(f"[binder-{lang}]: {binder_url(lang, first)}" for lang in READMES) + "\n"


BADGES = {
    "en": "\n".join((
        "[![Binder: English](https://mybinder.org/badge_logo.svg)][binder-en] English ·",
        "[![Binder: 中文](https://mybinder.org/badge_logo.svg)][binder-zh-CN] 中文 — opens notebook 01 in JupyterLab,"
        " nothing to install.",
        "",
        "On Binder, JupyterLab's menus start in English: **Settings ▸ Language ▸ Chinese (Simplified, China) -"
        " 中文 (简体, 中国)** switches them to Chinese.",
        "")),
    "zh-CN": "\n".join((
        "[![Binder：中文](https://mybinder.org/badge_logo.svg)][binder-zh-CN] 中文 ·",
        "[![Binder: English](https://mybinder.org/badge_logo.svg)][binder-en] English —— "
        "在 JupyterLab 中打开笔记本 01，无需安装。",
        "",
        "Binder 上 JupyterLab 的菜单一开始是英文的：选择 **Settings ▸ Language ▸ Chinese (Simplified, China) -"
        " 中文 (简体, 中国)** 即可换成中文。",
        "")),
}
NO_ADDRESS_YET = {
    "en": "**Binder** (notebook 01 in JupyterLab in your browser, nothing to install): its links appear here once\n"
          "`binder/repository` holds this repository's GitHub address (see [For contributors](#for-contributors)).\n",
    "zh-CN": "**Binder**（在浏览器里的 JupyterLab 中打开笔记本 01，无需安装）：`binder/repository` 写入本仓库\n"
             "在 GitHub 上的地址之后，链接就会出现在这里（见[参与开发](#参与开发)）。\n",
}


def binder(lang: str) -> str:
    return NO_ADDRESS_YET[lang] if repository() == PLACEHOLDER else BADGES[lang]


def filled(text: str, lang: str) -> str:
    for name, body in (("notebooks", notebook_list(lang) + "\n"), ("links", links()), ("binder", binder(lang))):
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"{READMES[lang].name}: markers for {name} are missing")
        text = pattern.sub(lambda m, body=body: m.group(1) + body + m.group(2), text)
    return text


def main() -> int:
    stale = []
    for lang, path in READMES.items():
        text = path.read_text(encoding="utf-8")
        new = filled(text, lang)
        if new != text:
            if "--check" in sys.argv:
                stale.append(path.name)
            else:
                path.write_text(new, encoding="utf-8")
                print("updated", path.name)
    if stale:
        print("out of date (run scripts/update_readme.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
