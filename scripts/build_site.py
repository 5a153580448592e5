"""Build the static edition: the notebooks as HTML pages, both languages, for a teacher to print or host.

    python scripts/build_site.py                      # writes build/site/ from notebooks/
    python scripts/build_site.py --out DIR            # somewhere else
    python scripts/build_site.py --notebooks DIR      # from other notebooks (DIR/en/*.ipynb, DIR/zh-CN/*.ipynb)

Every page is a notebook as stored (outputs included, nothing is run), and it works from a file with no network
at all: every script, style and picture is inside the page. Each explorer whose output carries its state
(nnlib.widgets.base.EXPLORER_STATE) is live on the page: its ES module (nnlib.widgets.base.esm(kind)) runs there
without a kernel (nnlib/widgets/js/page.js gives it a model over the stored state), and the picture of its figure
stored beside it is what prints, and what shows when JavaScript is off or the explorer cannot start. An explorer
without a stored state, or of a kind nnlib has no module for (a notebook from another version), is its picture
(``StaticPicture``). Formulas are MathML,
written at build time (latex2mathml); the browser draws them itself, no MathJax.

Links between notebooks (``02-weights-and-bias.ipynb``) become links between pages (``02-weights-and-bias.html``),
each page links to the same page in the other language, and ``index.html`` lists the series in both.

The build writes only into a folder of its own: one that does not exist yet, an empty one, or one that holds a
previous build and nothing else (it keeps the list of what it wrote in ``.nnlib-site``); otherwise it stops and
says why, having deleted nothing.
"""

import argparse
import html
import json
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from own_folder import OwnFolder  # noqa: E402

from nnlib.widgets.base import EXPLORER_STATE, JS_FOLDER, WIDGET_VIEW, esm, explorer_font  # noqa: E402

LANGUAGES = {"en": "English", "zh-CN": "中文"}
TITLES = {"en": "What is a neural network?", "zh-CN": "神经网络是什么"}
NOTEBOOK_LINK = re.compile(r"\]\(((?![a-z]+://)[^)\s]+?)\.ipynb(#[^)\s]*)?\)")
MARK = ".nnlib-site"  # a build's own file: what it wrote, so the next build knows the folder is its own
MATHML_NS = ' xmlns="http://www.w3.org/1998/Math/MathML"'  # an HTML page puts <math> there anyway

# The page's own style: on screen a live explorer replaces its picture; on paper the picture is printed.
SITE_CSS = """
.nnlib-static .nnlib-picture { display: block; max-width: 100%; }
.nnlib-static.nnlib-alive .nnlib-picture { display: none; }
.nnlib-static:not(.nnlib-alive) .nnlib-live { display: none; }
@media print {
  .nnlib-static .nnlib-live { display: none !important; }
  .nnlib-static.nnlib-alive .nnlib-picture { display: block; }
}
math[display="block"] { margin: 1em 0; font-size: 1.15em; }
"""

TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block extra_css %}<style type="text/css">{{ resources.nnlib_css }}</style>{% endblock extra_css %}
{% block footer_js %}
{%- for kind, source in resources.nnlib_modules.items() %}
<script type="application/json" id="nnlib-esm-{{ kind }}">{{ source }}</script>
{%- endfor %}
{%- if resources.nnlib_font %}
<script type="application/json" id="nnlib-font">{{ resources.nnlib_font }}</script>
{%- endif %}
{%- if resources.nnlib_live %}
<script type="module">{{ resources.nnlib_runtime }}</script>
{%- endif %}
{% endblock footer_js %}
"""


class BuildError(RuntimeError):
    """The build cannot go on (a folder not its own, a formula it cannot write); the message says why."""


# --- formulas -----------------------------------------------------------------------------------------------------

def mathml(tex: str, display: str) -> str:
    """A TeX formula as MathML (``display``: "block" or "inline")."""
    from latex2mathml.converter import convert

    try:
        return convert(tex, display=display).replace(MATHML_NS, "", 1)
    except Exception as error:  # the page must not show raw TeX: stop and name the formula
        raise BuildError(f"cannot write the formula {tex!r} as MathML: {type(error).__name__}: {error}") from error


def site_exporter():
    """nbconvert's lab template without its CDN scripts (require.js, MathJax, mermaid), markdown formulas as MathML,
    and the page's own style and scripts (resources ``nnlib_css``, ``nnlib_modules``, ``nnlib_runtime``)."""
    from jinja2 import DictLoader, pass_context
    from nbconvert import HTMLExporter
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    class MathMLRenderer(IPythonRenderer):
        def block_math(self, body: str) -> str:
            return mathml(body, "block")

        def inline_math(self, body: str) -> str:
            return mathml(body, "inline")

        def latex_environment(self, name: str, body: str) -> str:
            return mathml(f"\\begin{{{name}}}{body}\\end{{{name}}}", "block")

    class SiteExporter(HTMLExporter):
        @pass_context
        def markdown2html(self, context, source):
            cell = context.get("cell", {})
            path = context.get("resources", {}).get("metadata", {}).get("path", "")
            renderer = MathMLRenderer(escape=False, attachments=cell.get("attachments", {}),
                                      embed_images=self.embed_images, path=path,
                                      anchor_link_text=self.anchor_link_text,
                                      exclude_anchor_links=self.exclude_anchor_links, **self.lexer_options)
            return MarkdownWithMath(renderer=renderer).render(source)

    return SiteExporter(template_name="lab", template_file="nnlib-site.html.j2",
                        extra_loaders=[DictLoader({"nnlib-site.html.j2": TEMPLATE})])


# --- explorers ----------------------------------------------------------------------------------------------------

def script_json(value) -> str:
    """JSON that can sit inside a <script> element: no "<" in it (so no "</script>"), "&" and the line separators
    escaped too."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def inline_script(source: str) -> str:
    """JavaScript to put inside a <script> element: a "</script" or "<!--" in it (in a comment or a string) must
    not end or confuse the element; "<\\/" means "</" in a string and changes nothing in a comment."""
    return re.sub(r"<(/script|!--)", lambda m: "<\\" + m.group(1), source, flags=re.IGNORECASE)


def module_of(kind: str) -> str | None:
    """The explorer module of ``kind`` (``esm``: mirror.js, base.js, the files it needs and js/<kind>.js), or None
    for a kind nnlib has no module for (a notebook written by another version of nnlib)."""
    if not re.fullmatch(r"[a-z_]+", kind) or not (JS_FOLDER / f"{kind}.js").is_file():
        return None
    return esm(kind)


def live_explorer(state: dict, png: str | None) -> str:
    """The HTML of an explorer output on the page: its stored state, the element it is drawn into, its picture."""
    picture = (f'<img class="nnlib-picture" alt="" src="data:image/png;base64,{png.strip()}">' if png else "")
    kind = html.escape(str(state.get("kind", "")))
    return (f'<div class="nnlib-static" data-kind="{kind}">'
            f'<script type="application/json" class="nnlib-state">{script_json(state)}</script>'
            f'<div class="nnlib-live"></div>{picture}</div>')


def bring_explorers(nb) -> tuple[dict[str, str], int]:
    """Every output carrying an explorer's state becomes its live container (HTML). Returns the modules the page
    needs, by kind (a kind nnlib has no module for is left out: its explorers stay pictures, with a console
    warning), and how many explorers there are."""
    modules: dict[str, str] = {}
    count = 0
    for cell in nb.cells:
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            data = output.get("data", {})
            if EXPLORER_STATE not in data:
                continue
            state = data[EXPLORER_STATE]
            kind = state.get("kind", "")
            if kind not in modules and (source := module_of(kind)) is not None:
                modules[kind] = source
            output["data"] = {"text/html": live_explorer(state, data.get("image/png")),
                              "text/plain": data.get("text/plain", "")}
            output.setdefault("metadata", {}).pop(WIDGET_VIEW, None)
            count += 1
    return modules, count


# --- pages --------------------------------------------------------------------------------------------------------

def html_links(markdown: str) -> str:
    """``[text](01-the-neuron.ipynb)`` -> ``[text](01-the-neuron.html)``; links to the web are left alone."""
    return NOTEBOOK_LINK.sub(lambda m: f"]({m.group(1)}.html{m.group(2) or ''})", markdown)


def language_bar(lang: str, page: str) -> str:
    """A line at the top of a page: the other language's version of the same page, and the index."""
    others = [f"[{name}](../{other}/{page})" for other, name in LANGUAGES.items() if other != lang]
    return f"{LANGUAGES[lang]} · " + " · ".join(others) + " · [⌂](../index.html)"


def page(path: Path, lang: str) -> str:
    """One notebook as a self-contained HTML page (nbconvert's lab template, nothing loaded from elsewhere)."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = html_links(cell.source)
    nb.cells.insert(0, nbformat.v4.new_markdown_cell(language_bar(lang, path.with_suffix(".html").name)))
    nb.metadata.pop("widgets", None)  # no widget manager: explorers are live (page.js) or pictures
    modules, explorers = bring_explorers(nb)
    runtime = inline_script((JS_FOLDER / "page.js").read_text(encoding="utf-8"))
    # the explorers' Chinese font, once per page that has explorers in Chinese (a board may have no CJK font)
    font = script_json(explorer_font()) if explorers and lang == "zh-CN" else ""
    resources = {"metadata": {"path": str(path.parent), "name": path.stem}, "nnlib_css": SITE_CSS,
                 "nnlib_modules": {kind: script_json(source) for kind, source in modules.items()},
                 "nnlib_live": explorers > 0, "nnlib_runtime": runtime, "nnlib_font": font}
    body, _ = site_exporter().from_notebook_node(nb, resources=resources)
    return re.sub(r'<html lang="[^"]*">|<html>', f'<html lang="{lang}">', body, count=1)


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


def build(out: Path, notebooks: Path = ROOT / "notebooks") -> list[Path]:
    """Write the site of ``notebooks`` (``<lang>/*.ipynb``) into ``out`` (see ``Site``); returns the pages."""
    site = OwnFolder(out, MARK, "a site this script built", BuildError)
    site.claim()
    written, listing = [], {}
    for lang in LANGUAGES:
        listing[lang] = []
        for path in sorted((notebooks / lang).glob("*.ipynb")):
            name = path.with_suffix(".html").name
            written.append(site.write(f"{lang}/{name}", page(path, lang)))
            listing[lang].append((name, title_of(path)))
    pages = [site.write("index.html", index(listing)), *written]
    site.seal()
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "site", help="where to write the site")
    parser.add_argument("--notebooks", type=Path, default=ROOT / "notebooks",
                        help="the notebooks to build from (a folder with en/ and zh-CN/)")
    args = parser.parse_args()
    try:
        pages = build(args.out.resolve(), args.notebooks.resolve())
    except BuildError as error:
        print(f"build_site: {error}", file=sys.stderr)
        return 2
    print(f"wrote {len(pages)} pages to {args.out}; open {args.out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
