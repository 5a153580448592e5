"""The Chinese notebooks print Chinese: no English word in a zh-CN notebook's outputs beyond code identifiers,
no English unit after a number ("12.3 s"), no English word in what an explorer shows (its readout, the texts of
its figure, its controls) and no English comment in a zh-CN code cell.

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

import numpy as np
import pytest

from nnlib.widgets.base import WIDGET_VIEW

ROOT = Path(__file__).resolve().parents[1]
ZH = ROOT / "notebooks" / "zh-CN"
NOTEBOOKS = sorted(p.name for p in ZH.glob("*.ipynb"))
# Terms the Chinese notebooks use untranslated, as Chinese textbooks do.
TERMS = {"sigmoid", "ReLU", "MNIST", "NumPy", "softmax", "CNN", "MLP", "IDX", "SHA", "gzip", "True", "False", "None",
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
            if "text/markdown" in data:  # display(Markdown(...)): a table, whose plain text is only a repr
                parts.append(unescape(re.sub(r"<[^>]+>", " ", "".join(data["text/markdown"]))))
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


FILE_NAME = re.compile(r"[\w./-]+\.(?:npz|npy|py|ipynb|json|gz|csv|md|png|otf|txt)\b")


def english_words(text: str, allowed: set[str]) -> list[str]:
    """Words of two or more Latin letters (and identifiers with _ or digits) that are not allowed; a file name
    (``class.npz``) is a name, not a word."""
    words = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", FILE_NAME.sub(" ", text))
    return sorted({w for w in words if sum(c.isalpha() for c in w) >= 2 and w not in allowed})


def test_the_check_finds_english():
    cell = {"outputs": [{"output_type": "stream", "text": ["same numbers: True\n"]}]}
    assert english_words(printed_text(cell), TERMS) == ["numbers", "same"]
    table = {"outputs": [{"output_type": "display_data", "data": {
        "text/markdown": ["| 网络 | 用时 |\n|---|---:|\n| CNN | 12.3 s |"],
        "text/plain": ["<IPython.core.display.Markdown object>"]}}]}
    assert english_units(printed_text(table)) == ["12.3 s"]  # a Markdown table is read too
    html = {"outputs": [{"output_type": "display_data", "data": {"text/html": ["<b>答案：</b> 7 sigmoid"]}}]}
    assert english_words(printed_text(html), TERMS) == []
    assert english_words("把文件 class.npz 放在这里", TERMS) == []


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


# Units, explorers and comments (issue 24) ---------------------------------------------------------------------------

# An English unit after a number: "12.3 s", "5 ms", "3 px", "2 min". (MB, GB and % read the same in Chinese.)
# A letter after a number that is a variable ("0.269   s = 11") is not a unit: it is followed by "=".
ENGLISH_UNIT = re.compile(r"(?<![\w.])\d[\d.,]*\s*(s|ms|sec|secs|seconds?|min|mins|minutes?|h|hours?|px|pixels?)"
                          r"(?![A-Za-z0-9_])(?!\s*[=(])")


def english_units(text: str) -> list[str]:
    return sorted({m.group(0) for m in ENGLISH_UNIT.finditer(text)})


def test_the_unit_check_finds_english_units():
    assert english_units("| 93.1% | 12.3 s |") == ["12.3 s"]
    assert english_units("用时 12.3 秒，5 MB，sigmoid(2) = 0.88") == []
    assert english_units("shape (2, 3) took 40 ms") == ["40 ms"]
    assert english_units("k =  1:  s = 9 -> 0.269   s = 11 -> 0.731") == []  # s is a variable there


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_chinese_notebook_prints_no_english_unit(name):
    cells = [c for c in json.loads((ZH / name).read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    found = {k: english_units(printed_text(cell)) for k, cell in enumerate(cells) if english_units(printed_text(cell))}
    assert not found, f"English units printed by code cells (index: units): {found}"


def explorer_words(explorer) -> list[str]:
    """Every text an explorer shows: its readout, the texts of its figure (titles, labels, captions; tick labels'
    mathtext markup removed), its controls' descriptions and option labels, and the templates the browser fills."""
    texts = [explorer.readout.value if hasattr(explorer.readout, "value") else str(explorer.readout)]
    artists = explorer.figure.findobj(lambda a: hasattr(a, "get_text"))
    texts += [a.get_text().replace("\\mathdefault", "") for a in artists]
    for control in explorer.controls.values():
        texts.append(str(control.description))
        texts += [str(o[0] if isinstance(o, tuple | list) else o) for o in control.options or []]
    texts += [re.sub(r"\{[^}]*\}", " ", str(v)) for v in getattr(explorer, "texts", {}).values()]  # fields: names
    html = [unescape(re.sub(r"<[^>]+>", " ", text)) for text in texts]
    return english_words("\n".join(html), TERMS) + english_units("\n".join(html))


def explorers() -> dict:
    import numpy as np

    import nnlib as nl

    _, (images, labels) = nl.data.load_bundled()
    images, labels = images[:12], labels[:12]
    net = nl.Network([784, 16, 16, 10], np.random.default_rng(0))
    W = nl.widgets
    return {
        "neuron": lambda: W.neuron_explorer(), "neuron (ReLU)": lambda: W.neuron_explorer(activation="relu"),
        "image neuron": lambda: W.image_neuron_explorer(), "bias": lambda: W.bias_explorer(),
        "weights": lambda: W.weights_explorer(), "layer": lambda: W.layer_explorer(),
        "parameters": lambda: W.parameter_counter(), "digit": lambda: W.digit_explorer(net, images, labels),
        "network": lambda: W.network_explorer(net, images, labels), "sliding": lambda: W.sliding_explorer(images),
        "kernel": lambda: W.kernel_explorer(images), "pooling": lambda: W.pooling_explorer(images),
    }


EXPLORERS = ["neuron", "neuron (ReLU)", "image neuron", "bias", "weights", "layer", "parameters", "digit", "network",
             "sliding", "kernel", "pooling"]


@pytest.mark.parametrize("name", EXPLORERS)
def test_chinese_explorers_show_no_english(name):
    import nnlib as nl

    nl.set_language("zh-CN")
    try:
        explorer = explorers()[name]()
        words = explorer_words(explorer)
        for control in explorer.controls.values():  # and after each control moved once
            if control.options:
                option = control.options[-1]
                control.value = option[1] if isinstance(option, tuple | list) else option
            elif control.max is not None:
                control.value = control.max
            words += explorer_words(explorer)
    finally:
        nl.set_language(None)
    assert not sorted(set(words)), f"the {name} explorer shows English in Chinese: {sorted(set(words))}"


def test_the_explorer_check_finds_english():
    import nnlib as nl

    explorer = nl.widgets.pooling_explorer(np.zeros((1, 28, 28)))
    explorer.figure.axes[0].set_title("max = 0.00")
    assert "max" in explorer_words(explorer)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_chinese_code_cells_have_no_english_comment(name):
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from lessons import english_comments

    cells = [c for c in json.loads((ZH / name).read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    found = {k: english_comments("".join(c["source"])) for k, c in enumerate(cells)
             if english_comments("".join(c["source"]))}
    assert not found, f"English comments in zh-CN code cells (index: comments); scripts/lessons/__init__.py: {found}"
