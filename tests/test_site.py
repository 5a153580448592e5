"""The static edition (scripts/build_site.py): every notebook as a page in both languages, every explorer as a
picture, every link between pages leads to a page that exists; the pages load nothing from elsewhere (no CDN: the
formulas are MathML written at build time), every explorer whose output carries its state is live on its page
(its state, its module, the runtime), and the build writes only into a folder of its own.

The live explorers are checked on the committed notebooks, every explorer output of which must carry its state
(EXPLORER_STATE; ``live_notebooks``). In Chromium: tests/browser/test_static_site.py.
"""

import base64
import importlib.util
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import nbformat
import pytest

from nnlib.widgets.base import EXPLORER_STATE, JS_FOLDER, WIDGET_VIEW, esm

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "zh-CN")
BUILD = ROOT / "scripts" / "build_site.py"


def build_site_module():
    spec = importlib.util.spec_from_file_location("build_site", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def explorer_outputs(path: Path) -> list[dict]:
    """The outputs of a notebook that carry an explorer's state."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])
            if EXPLORER_STATE in o.get("data", {})]


def live_notebooks() -> Path:
    """The committed notebooks, once checked that every explorer output in them carries its state (a rebuild that
    lost it would leave the static pages with pictures only). Outputs with a widget view that are not explorers:
    the training curves, which follow a training in the kernel, and progress bars (no stored picture)."""
    from nnlib.i18n import TEXTS

    curves = set(TEXTS["curves_repr"].values())
    missing, found = [], 0
    for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for output in (o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])):
            data = output.get("data", {})
            found += EXPLORER_STATE in data
            pictured = WIDGET_VIEW in data and "image/png" in data  # a live figure (progress bars are not)
            if pictured and EXPLORER_STATE not in data and data.get("text/plain") not in curves:
                missing.append(f"{path.relative_to(ROOT)}: {data.get('text/plain')}")
    assert found >= 24, f"{found} explorer outputs carry their state"  # 12 explorers a language, at least
    assert not missing, "explorer outputs without their state (rebuild with --run):\n" + "\n".join(missing)
    return ROOT / "notebooks"


def build(out: Path, notebooks: Path = ROOT / "notebooks", check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BUILD), "--out", str(out), "--notebooks", str(notebooks)],
                          check=check, capture_output=True, text=True, timeout=600)


class Links(HTMLParser):
    """Every href and img src of a page, and the ids it defines."""

    def __init__(self):
        super().__init__()
        self.hrefs, self.images, self.ids = [], [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag == "img" and attrs.get("src"):
            self.images.append(attrs["src"])


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    build(out)
    return out


@pytest.fixture(scope="module")
def live(site):
    """``(notebooks, site)``: the notebooks with live explorers and their site."""
    return live_notebooks(), site


def notebooks():
    return sorted((ROOT / "notebooks").glob("*/*.ipynb"))


def test_every_notebook_has_a_page_in_its_language(site):
    assert notebooks()
    for path in notebooks():
        assert (site / path.parent.name / path.with_suffix(".html").name).is_file(), path
    assert (site / "index.html").is_file()


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_explorer_is_a_picture_on_its_page(site, path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    page = site / path.parent.name / path.with_suffix(".html").name
    images = set(parse(page).images)
    pictures = [o["data"]["image/png"] for c in nb["cells"] if c["cell_type"] == "code"
                for o in c.get("outputs", []) if WIDGET_VIEW in o.get("data", {}) and "image/png" in o["data"]]
    if not path.name.startswith("00"):
        assert pictures, "a lesson without a pictured explorer"
    for png in pictures:
        assert f"data:image/png;base64,{png.strip()}" in images
        assert base64.b64decode(png).startswith(b"\x89PNG")
    assert WIDGET_VIEW not in page.read_text(encoding="utf-8")


def test_every_link_between_pages_resolves(site):
    pages = [site / "index.html", *sorted(site.glob("*/*.html"))]
    checked = 0
    for page in pages:
        for href in parse(page).hrefs:
            url = urlparse(href)
            if url.scheme or href.startswith("#"):
                continue
            assert not url.path.endswith(".ipynb"), f"{page.name}: {href} still points to a notebook"
            target = (page.parent / unquote(url.path)).resolve()
            assert target.is_file() and site.resolve() in target.parents, f"{page.name}: {href} leads nowhere"
            if url.fragment:
                assert url.fragment in parse(target).ids, f"{page.name}: {href}: no such anchor"
            checked += 1
    # the index (2 × 6), each page's language bar (2) and its navigation (contents, previous, next, twice)
    assert checked >= 12 + 2 * len(pages)


@pytest.mark.parametrize("lang", LANGS)
def test_pages_link_to_the_same_page_in_the_other_language(site, lang):
    other = [x for x in LANGS if x != lang][0]
    for page in sorted((site / lang).glob("*.html")):
        assert f"../{other}/{page.name}" in parse(page).hrefs


# --- nothing from elsewhere ---------------------------------------------------------------------------------------

class Loads(HTMLParser):
    """What a page would load: attribute values that name a resource (on any element but a link the reader
    follows, ``<a href>``), the text of its scripts and styles, and its text outside <math> and <script>."""

    RESOURCE = {"src", "href", "data", "srcset", "poster", "background", "action", "formaction", "manifest"}

    def __init__(self):
        super().__init__()
        self.urls, self.scripts, self.styles, self.text = [], [], [], []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        for name, value in attrs:
            if value and (name in self.RESOURCE and tag != "a" or name == "style"):
                (self.styles if name == "style" else self.urls).append(value)

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        where = self.stack[-1] if self.stack else ""
        if where == "script":
            self.scripts.append(data)
        elif where == "style":
            self.styles.append(data)
        elif "math" not in self.stack:
            self.text.append(data)


def loads(path: Path) -> Loads:
    parser = Loads()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def all_pages(site: Path) -> list[Path]:
    return [site / "index.html", *sorted(site.glob("*/*.html"))]


def test_pages_load_nothing_from_elsewhere(site, live):
    for page in all_pages(site) + all_pages(live[1]):
        found = loads(page)
        for url in found.urls:
            assert url.startswith(("data:", "#")) or not urlparse(url).scheme, f"{page}: loads {url[:80]}"
        for style in found.styles:
            style = re.sub(r"/\*.*?\*/", "", style, flags=re.DOTALL)  # comments may name their sources
            assert not re.search(r"https?://|@import", style), f"{page}: a style loads from elsewhere"
            for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", style):
                assert url.startswith(("data:", "#")), f"{page}: a style loads {url[:80]}"
        for script in found.scripts:
            assert not re.search(r"https?://", script), f"{page}: a script names a web address"
        text = page.read_text(encoding="utf-8")
        for cdn in ("mathjax", "require.js", "requirejs", "mermaid", "cdnjs", "unpkg", "jsdelivr"):
            assert cdn not in text.lower(), f"{page}: still mentions {cdn}"


def markdown_formulas(path: Path) -> int:
    nb = json.loads(path.read_text(encoding="utf-8"))
    source = "\n\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    return len(re.findall(r"\$\$.+?\$\$", source, re.DOTALL))


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_formula_is_mathml(site, path):
    page = site / path.parent.name / path.with_suffix(".html").name
    text = page.read_text(encoding="utf-8")
    assert len(re.findall(r'<math display="block"', text)) >= markdown_formulas(path)
    outside = "".join(loads(page).text)
    assert "$$" not in outside
    assert not re.search(r"\$[^$\n]*\\[a-zA-Z]+[^$\n]*\$", outside), "inline TeX left as text"


def test_a_formula_the_build_cannot_write_stops_it():
    site_build = build_site_module()
    assert site_build.mathml(r"\frac{1}{2}", "inline").startswith("<math")
    assert "w3.org" not in site_build.mathml("x", "block")
    with pytest.raises(site_build.BuildError, match="MathML"):
        site_build.mathml(r"\frac{1}{", "block")


# --- live explorers -----------------------------------------------------------------------------------------------

class Containers(HTMLParser):
    """The live explorers' containers of a page: kind, stored state, picture; and the modules on the page."""

    def __init__(self):
        super().__init__()
        self.containers, self.modules, self.runtime = [], {}, False
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "div" and "nnlib-static" in classes:
            self.containers.append({"kind": attrs.get("data-kind"), "state": None, "picture": None, "live": False})
        elif tag == "div" and "nnlib-live" in classes and self.containers:
            self.containers[-1]["live"] = True
        elif tag == "img" and "nnlib-picture" in classes and self.containers:
            self.containers[-1]["picture"] = attrs.get("src")
        elif tag == "script":
            if "nnlib-state" in classes:
                self._in = ("state", None)
            elif (attrs.get("id") or "").startswith("nnlib-esm-"):
                self._in = ("module", attrs["id"].removeprefix("nnlib-esm-"))
            elif attrs.get("type") == "module":
                self._in = ("runtime", None)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = None

    def handle_data(self, data):
        if self._in is None:
            return
        what, kind = self._in
        if what == "state":
            self.containers[-1]["state"] = json.loads(data)
        elif what == "module":
            self.modules[kind] = json.loads(data)
        else:
            self.runtime = self.runtime or "nnlib-static" in data and "render(" in data


def test_every_explorer_output_is_live_on_its_page(live):
    notebooks, site = live
    sources = sorted(notebooks.glob("*/*.ipynb"))
    assert any(explorer_outputs(path) for path in sources), "no explorer output carries its state"
    for path in sources:
        outputs = explorer_outputs(path)
        page = site / path.parent.name / path.with_suffix(".html").name
        found = Containers()
        found.feed(page.read_text(encoding="utf-8"))
        assert len(found.containers) == len(outputs), page
        for output, container in zip(outputs, found.containers, strict=True):
            state = output["data"][EXPLORER_STATE]
            assert container["state"] == state and container["kind"] == state["kind"] and container["live"]
            assert container["picture"] == f"data:image/png;base64,{output['data']['image/png'].strip()}"
            if (JS_FOLDER / f"{state['kind']}.js").is_file():
                assert found.modules[state["kind"]] == esm(state["kind"]), f"{page}: no module {state['kind']}"
        assert set(found.modules) == {o["data"][EXPLORER_STATE]["kind"] for o in outputs} & {
            p.stem for p in JS_FOLDER.glob("*.js")}, "each needed module once, no other"
        assert found.runtime == bool(outputs), f"{page}: the page runtime (js/page.js) is missing or extra"
        assert WIDGET_VIEW not in page.read_text(encoding="utf-8")


def test_an_explorer_without_its_module_stays_its_picture(tmp_path):
    site_build = build_site_module()
    state = {"kind": "not_written_yet", "spec": [], "values": {}, "data": {}, "texts": {}, "projector": False}
    png = base64.b64encode(b"\x89PNG fake").decode()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("ex", outputs=[nbformat.v4.new_output(
        "display_data", data={EXPLORER_STATE: state, "image/png": png, "text/plain": "explorer"})])])
    assert site_build.bring_explorers(nb) == ({}, 1)
    html = nb.cells[0].outputs[0]["data"]["text/html"]
    assert 'data-kind="not_written_yet"' in html and f"base64,{png}" in html


def test_state_and_modules_cannot_end_their_script_element():
    site_build = build_site_module()
    text = site_build.script_json({"x": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and json.loads(text) == {"x": "</script><!-- & \u2028"}
    assert "</script" not in site_build.inline_script('// ends with </script> <!-- x\nconst a = "</SCRIPT>";')


# --- the output folder: the build's own, never anything else ------------------------------------------------------

@pytest.fixture
def small_notebooks(tmp_path):
    """Two tiny notebooks in each language: a build of them takes a second."""
    folder = tmp_path / "notebooks"
    for lang in LANGS:
        for name in ("01-one.ipynb", "02-two.ipynb"):
            nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"# {name}\n\n$$z = w a + b$$")])
            (folder / lang).mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, folder / lang / name)
    return folder


def test_the_build_writes_a_new_folder_and_rebuilds_its_own(tmp_path, small_notebooks):
    site_build = build_site_module()
    out = tmp_path / "new" / "site"
    site_build.build(out, small_notebooks)
    mark = json.loads((out / site_build.MARK).read_text(encoding="utf-8"))
    assert sorted(mark["files"]) == sorted(["index.html", "en/01-one.html", "en/02-two.html", "zh-CN/01-one.html",
                                            "zh-CN/02-two.html"])
    for lang in LANGS:  # a notebook gone: its page goes with the next build
        (small_notebooks / lang / "02-two.ipynb").unlink()
    site_build.build(out, small_notebooks)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html")) == [
        "en/01-one.html", "index.html", "zh-CN/01-one.html"]
    empty = tmp_path / "empty"
    empty.mkdir()
    site_build.build(empty, small_notebooks)
    assert (empty / "index.html").is_file()


@pytest.mark.parametrize("case", ["foreign folder", "previous build and a file of someone else", "a file",
                                  "an unreadable mark"])
def test_the_build_never_deletes_what_is_not_its_own(tmp_path, small_notebooks, case):
    site_build = build_site_module()
    out = tmp_path / "out"
    if case == "foreign folder":
        (out / "en").mkdir(parents=True)
        (out / "en" / "01-one.html").write_text("my own page", encoding="utf-8")
        (out / "notes.txt").write_text("keep me", encoding="utf-8")
    elif case == "previous build and a file of someone else":
        site_build.build(out, small_notebooks)
        (out / "en" / "notes.txt").write_text("keep me", encoding="utf-8")
    elif case == "a file":
        out.write_text("keep me", encoding="utf-8")
    else:
        out.mkdir()
        (out / site_build.MARK).write_text("not json", encoding="utf-8")
        (out / "notes.txt").write_text("keep me", encoding="utf-8")
    before = {p: p.read_bytes() for p in [out, *out.rglob("*")] if p.is_file()}
    with pytest.raises(site_build.BuildError, match="not a folder|nothing was deleted|Nothing was deleted"):
        site_build.build(out, small_notebooks)
    assert {p: p.read_bytes() for p in [out, *out.rglob("*")] if p.is_file()} == before


def test_the_command_stops_with_a_clear_message(tmp_path, small_notebooks):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.tex").write_text("keep me", encoding="utf-8")
    result = build(out, small_notebooks, check=False)
    assert result.returncode == 2 and "not a site this script built" in result.stderr
    assert "Traceback" not in result.stderr and (out / "thesis.tex").read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in out.iterdir()) == ["thesis.tex"]
