"""The Chinese notebooks print Chinese: no English word in a zh-CN notebook's outputs beyond code identifiers.

The code cells are identical in both languages, so every label a cell prints must come from nnlib's language
layer (``nl.t``, checks, errors). An English word in a zh-CN notebook's output is one that was printed from a
string in shared code. Allowed: identifiers that appear in the notebook's own code (``sigmoid``, ``nl``,
``dense``…, printed as code), a few terms the Chinese text itself uses untranslated, and numbers.
"""

import io
import json
import re
import tokenize
from html import unescape
from pathlib import Path

import pytest

from nnlib.widgets.base import WIDGET_VIEW

ROOT = Path(__file__).resolve().parents[1]
ZH = ROOT / "notebooks" / "zh-CN"
NOTEBOOKS = sorted(p.name for p in ZH.glob("*.ipynb"))
# Terms the Chinese notebooks use untranslated, as Chinese textbooks do.
TERMS = {"sigmoid", "ReLU", "MNIST", "NumPy", "softmax", "CNN", "IDX", "SHA", "gzip", "True", "False", "None",
         "zh", "CN"}  # and the language code that notebook 00 prints


def identifiers(cells: list[dict]) -> set[str]:
    """Every name (NAME token) in the notebook's code cells, and the parts of dotted names."""
    names = set()
    for cell in cells:
        source = "".join(cell["source"])
        lines = [line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))]
        try:
            tokens = list(tokenize.generate_tokens(io.StringIO("\n".join(lines) + "\n").readline))
        except (tokenize.TokenError, SyntaxError):
            continue
        names |= {tok.string for tok in tokens if tok.type == tokenize.NAME}
    return names


def printed_text(cell: dict) -> str:
    """What a code cell showed as text: streams, plain text and HTML (tags removed)."""
    parts = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            parts.append("".join(output["text"]))
        elif "data" in output:
            data = output["data"]
            if "text/html" in data:
                parts.append(unescape(re.sub(r"<[^>]+>", " ", "".join(data["text/html"]))))
            elif "text/plain" in data:
                text = "".join(data["text/plain"])
                if text.startswith("<"):
                    continue  # an object's default repr: <IPython.core.display.Image object>
                if WIDGET_VIEW in data and re.match(r"[A-Za-z]+\(", text):
                    continue  # ipywidgets' own repr of a widget, HBox(children=...): code, not a label
                parts.append(text)
    return "\n".join(parts)


def english_words(text: str, allowed: set[str]) -> list[str]:
    """Words of two or more Latin letters (and identifiers with _ or digits) that are not allowed."""
    words = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)
    return sorted({w for w in words if sum(c.isalpha() for c in w) >= 2 and w not in allowed})


def test_the_check_finds_english():
    cell = {"outputs": [{"output_type": "stream", "text": ["same numbers: True\n"]}]}
    assert english_words(printed_text(cell), TERMS) == ["numbers", "same"]
    html = {"outputs": [{"output_type": "display_data", "data": {"text/html": ["<b>答案：</b> 7 sigmoid"]}}]}
    assert english_words(printed_text(html), TERMS) == []


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_chinese_notebook_prints_no_english(name):
    cells = [c for c in json.loads((ZH / name).read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    allowed = TERMS | identifiers(cells)
    found = {}
    for k, cell in enumerate(cells):
        words = english_words(printed_text(cell), allowed)
        if words:
            found[k] = words
    assert not found, f"English printed by code cells (index: words): {found}"
