"""Build the static edition: the committed notebooks as HTML pages, both languages, for a teacher to print or host.

    python scripts/build_site.py                 # writes build/site/
    python scripts/build_site.py --out DIR       # somewhere else

Every page is the committed notebook (outputs included, nothing is run): each explorer appears as the picture of
its figure stored beside its widget (nnlib/widgets/base.py, ``StaticPicture``). Links between notebooks
(``02-weights-and-bias.ipynb``) become links between pages (``02-weights-and-bias.html``), each page links to the
same page in the other language, and ``index.html`` lists the series in both. The pages load MathJax from its CDN
for the formulas; everything else (figures, styles) is inside each page.
"""

import argparse
import html
import re
import shutil
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = {"en": "English", "zh-CN": "中文"}
TITLES = {"en": "What is a neural network?", "zh-CN": "神经网络是什么"}
NOTEBOOK_LINK = re.compile(r"\]\(((?![a-z]+://)[^)\s]+?)\.ipynb(#[^)\s]*)?\)")


def html_links(markdown: str) -> str:
    """``[text](01-the-neuron.ipynb)`` -> ``[text](01-the-neuron.html)``; links to the web are left alone."""
    return NOTEBOOK_LINK.sub(lambda m: f"]({m.group(1)}.html{m.group(2) or ''})", markdown)


def language_bar(lang: str, page: str) -> str:
    """A line at the top of a page: the other language's version of the same page, and the index."""
    others = [f"[{name}](../{other}/{page})" for other, name in LANGUAGES.items() if other != lang]
    return f"{LANGUAGES[lang]} · " + " · ".join(others) + " · [⌂](../index.html)"


def page(path: Path, lang: str) -> str:
    """One notebook as a self-contained HTML page (nbconvert's lab template)."""
    from nbconvert import HTMLExporter

    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = html_links(cell.source)
    nb.cells.insert(0, nbformat.v4.new_markdown_cell(language_bar(lang, path.with_suffix(".html").name)))
    nb.metadata.pop("widgets", None)  # no widget state: every explorer shows its stored picture
    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"path": str(path.parent), "name": path.stem}})
    return body.replace('<html>', f'<html lang="{lang}">', 1)


def index(pages: dict[str, list[tuple[str, str]]]) -> str:
    """The entry page: the series in each language."""
    columns = []
    for lang, entries in pages.items():
        items = "\n".join(f'<li><a href="{lang}/{name}">{html.escape(title)}</a></li>' for name, title in entries)
        columns.append(f'<section lang="{lang}"><h2>{html.escape(TITLES[lang])}</h2><ul>{items}</ul>'
                       "</section>")
    return ("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>"
            f"{html.escape(TITLES['en'])} · {html.escape(TITLES['zh-CN'])}</title>"
            "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;display:flex;gap:4em}"
            "ul{list-style:none;padding:0}li{margin:.4em 0}</style></head><body>\n"
            + "\n".join(columns) + "\n</body></html>\n")


def title_of(path: Path) -> str:
    """A notebook's title: its first heading (``# 01 · The neuron``)."""
    for cell in nbformat.read(path, as_version=4).cells:
        match = re.search(r"^# (.+)$", cell.source, re.MULTILINE) if cell.cell_type == "markdown" else None
        if match:
            return match.group(1).strip()
    return path.stem


def build(out: Path) -> list[Path]:
    """Write the site into ``out`` (emptied first); returns the pages written."""
    if out.exists():
        shutil.rmtree(out)
    written, listing = [], {}
    for lang in LANGUAGES:
        (out / lang).mkdir(parents=True)
        listing[lang] = []
        for path in sorted((ROOT / "notebooks" / lang).glob("*.ipynb")):
            target = out / lang / path.with_suffix(".html").name
            target.write_text(page(path, lang), encoding="utf-8")
            listing[lang].append((target.name, title_of(path)))
            written.append(target)
    (out / "index.html").write_text(index(listing), encoding="utf-8")
    return [out / "index.html", *written]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "site", help="where to write the site")
    args = parser.parse_args()
    pages = build(args.out.resolve())
    print(f"wrote {len(pages)} pages to {args.out}; open {args.out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
