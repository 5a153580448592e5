"""The static edition (scripts/build_site.py): every notebook as a page in both languages, every explorer as a
picture, every link between pages leads to a page that exists."""

import base64
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from nnlib.widgets.base import WIDGET_VIEW

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "zh-CN")


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
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_site.py"), "--out", str(out)], check=True,
                   capture_output=True, timeout=600)
    return out


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
