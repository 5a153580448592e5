"""Fill the generated parts of README.md and README.zh-CN.md: the list of notebooks and the Binder links.

    python scripts/update_readme.py          # rewrite them
    python scripts/update_readme.py --check  # exit 1 if they are out of date

The repository's public address lives in one place, ``binder/repository`` (``OWNER/REPO`` until it is known):
edit that line and run this script, and every Binder link follows.
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


def binder_url(lang: str, filename: str) -> str:
    return f"https://mybinder.org/v2/gh/{repository()}/{BRANCH}?urlpath=lab/tree/notebooks/{lang}/{filename}"


HEADER = {"en": "| # | Notebook | What it shows |", "zh-CN": "| # | 笔记本 | 内容 |"}


def notebook_list(lang: str) -> str:
    return HEADER[lang] + "\n|---|---|---|\n" + "\n".join(
        f"| {lesson.number} | [{lesson.title[lang]}](notebooks/{lang}/{lesson.filename}) | {lesson.summary[lang]} |"
        for lesson in series()
    )


def links() -> str:
    first = series()[1].filename
    return "\n".join(f"[binder-{lang}]: {binder_url(lang, first)}" for lang in READMES)


def filled(text: str, lang: str) -> str:
    for name, body in (("notebooks", notebook_list(lang)), ("links", links())):
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"{READMES[lang].name}: markers for {name} are missing")
        text = pattern.sub(lambda m, body=body: m.group(1) + body + "\n" + m.group(2), text)
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
