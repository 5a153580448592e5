"""Cut the Chinese font that nnlib bundles for its figures: a subset of Noto Sans CJK SC.

Why: matplotlib draws empty boxes for Chinese labels on a machine without a CJK font
(a fresh Linux, often Binder). nnlib therefore ships a small font of its own.

Source: the Debian package ``fonts-noto-cjk`` (``NotoSansCJK-Regular.ttc``, face 2 = SC),
licensed under the SIL Open Font License 1.1 (see ``nnlib/fonts/OFL.txt``).
The subset keeps ASCII, CJK punctuation, full-width forms, the 3,755 level-1 characters of
GB 2312 (the common characters of modern Chinese) and every character nnlib's texts use,
and is renamed "nnlib CJK Sans" as the OFL asks of modified versions.

Run again after adding Chinese text with a rare character:

    apt-get download fonts-noto-cjk && dpkg -x fonts-noto-cjk_*.deb noto
    python scripts/make_cjk_font.py noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

The explorers, drawn in the browser, bring a much smaller font of their own, cut from that one: only the characters
the explorers write in Chinese (``nnlib-cjk-explorers.otf``, "nnlib CJK Explorers"), so that a Chinese explorer's labels
are drawn on a machine or a classroom board without any CJK font. Made (also alone, after a change of a text) by

    python scripts/make_cjk_font.py --explorers
"""

import json
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "nnlib" / "fonts" / "nnlib-cjk-sans.otf"
FAMILY = "nnlib CJK Sans"
EXPLORERS_OUT = ROOT / "nnlib" / "fonts" / "nnlib-cjk-explorers.otf"
EXPLORERS_FAMILY = "nnlib CJK Explorers"


def gb2312_level1() -> str:
    """The 3,755 level-1 hanzi of GB 2312 (rows 16-55)."""
    chars = []
    for row in range(0xB0, 0xD8):
        for col in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, col]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(chars)


def texts_in_repo() -> str:
    """Every non-ASCII character in nnlib's sources and the lesson sources."""
    found = set()
    for folder in ("nnlib", "scripts/lessons"):
        for path in (ROOT / folder).rglob("*.py"):
            found.update(ch for ch in path.read_text(encoding="utf-8") if ord(ch) > 0x7F)
    return "".join(sorted(found))


def explorer_text() -> str:
    """Every character the explorers write in Chinese that is not ASCII: their texts, their controls' labels and
    options and the names in their data, as made in a Chinese notebook (tests/test_fonts.py checks the font has
    them all)."""
    sys.path.insert(0, str(ROOT))
    import nnlib as nl

    nl.set_language("zh-CN")
    try:
        (x, y), _ = nl.data.load_bundled()
        net = nl.Network([784, 16, 16, 10], 0)
        explorers = [nl.widgets.neuron_explorer(), nl.widgets.image_neuron_explorer(), nl.widgets.bias_explorer(),
                     nl.widgets.weights_explorer(), nl.widgets.layer_explorer(), nl.widgets.parameter_counter(),
                     nl.widgets.digit_explorer(net, x[:3], y[:3]), nl.widgets.network_explorer(net, x[:3], y[:3]),
                     nl.widgets.drawing_pad(net), nl.widgets.class_digits_pad(net),
                     nl.widgets.sliding_explorer(x[:3]), nl.widgets.kernel_explorer(x[:3]),
                     nl.widgets.pooling_explorer(x[:3])]
        # notebook 04 §3 names the part neurons of its hand-built network (hidden layer 2) in the diagram
        parts = ["loop on top", "loop at the bottom", "upper left line", "upper right line", "lower right line",
                 "bar across"]
        explorers.append(nl.widgets.network_explorer(nl.Network([784, 16, 6, 3], 0), x[:3],
                                                     hidden_names={2: [nl.t(p) for p in parts]}))
        written = "".join(json.dumps([ex.texts, ex.spec, ex.data.get("names", []), ex.data.get("hidden_names")],
                                     ensure_ascii=False) for ex in explorers)
    finally:
        nl.set_language(None)
    return "".join(sorted({ch for ch in written if ord(ch) > 0x7F}))


def rename(font, family: str, source: str) -> None:
    """The subset's names, as the OFL asks of a modified font."""
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = family
        elif record.nameID == 6:
            record.string = family.replace(" ", "") + "-Regular"
        elif record.nameID == 3:
            record.string = f"{family} Regular (subset of {source})"


def explorers_font() -> None:
    """The explorers' font: nnlib's figure font cut to the characters of its Chinese texts."""
    font = TTFont(OUT)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(chr(c) for c in range(0x20, 0x7F)) + explorer_text())
    subsetter.subset(font)
    rename(font, EXPLORERS_FAMILY, "Noto Sans CJK SC")
    font.save(EXPLORERS_OUT)
    print(f"wrote {EXPLORERS_OUT.relative_to(ROOT)}: {EXPLORERS_OUT.stat().st_size / 1e3:.0f} kB, "
          f"{len(font.getGlyphOrder())} glyphs")


def main(ttc: str) -> None:
    font = TTCollection(ttc).fonts[2]
    assert "CJK SC" in font["name"].getDebugName(4), "face 2 of the collection should be SC"
    text = (
        "".join(chr(c) for c in range(0x20, 0x7F))
        + "".join(chr(c) for c in range(0x3000, 0x3040))  # CJK punctuation
        + "".join(chr(c) for c in range(0xFF01, 0xFF5F))  # full-width forms
        + "·—…‘’“”"
        + gb2312_level1()
        + texts_in_repo()
    )
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    rename(font, FAMILY, "Noto Sans CJK SC")
    font.save(OUT)
    print(f"wrote {OUT.relative_to(ROOT)}: {OUT.stat().st_size / 1e6:.2f} MB, {len(font.getGlyphOrder())} glyphs")
    explorers_font()


if __name__ == "__main__":
    if sys.argv[1:] == ["--explorers"]:
        explorers_font()
    else:
        main(sys.argv[1])
