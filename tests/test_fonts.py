"""Chinese text in figures draws with real glyphs from the bundled font; a missing glyph is an error."""

import warnings

import pytest
from fontTools.ttLib import TTFont

import nnlib as nl
from nnlib import i18n, plots


def chinese_characters() -> set[str]:
    return {ch for texts in i18n.TEXTS.values() for ch in texts["zh-CN"] if ord(ch) > 0x2E7F}


def test_bundled_font_has_every_character_nnlib_writes():
    cmap = TTFont(plots.FONT_FILE)["cmap"].getBestCmap()
    missing = sorted(ch for ch in chinese_characters() if ord(ch) not in cmap)
    assert not missing, f"run scripts/make_cjk_font.py: the font lacks {''.join(missing)}"


def test_font_licence_is_shipped_beside_it():
    licence = (plots.FONT_FILE.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Noto Sans CJK SC" in licence


def figure_with_text(text: str):
    with plots.style_context():
        fig, ax = plots.new_figure(figsize=(4, 2))
        ax.set_title(text)
    return fig


def test_every_chinese_text_renders_without_a_missing_glyph():
    text = "".join(sorted(chinese_characters()))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        png = plots.render_png(figure_with_text(text))
    assert png.startswith(b"\x89PNG")


@pytest.mark.parametrize("text", ["한국어", "ᚠᚢᚦ"])  # Hangul and runes: in neither DejaVu Sans nor the subset
def test_a_missing_glyph_is_an_error(text):
    with pytest.raises(nl.MissingGlyphError, match="missing from font"):
        plots.render_png(figure_with_text(text))


def test_drawing_changes_no_global_setting():
    import matplotlib as mpl

    before = dict(mpl.rcParams)
    plots.render_png(figure_with_text("神经元"))
    assert dict(mpl.rcParams) == before


# The explorers, drawn in the browser, bring their own small font for the Chinese they write -------------------------

def make_cjk_font():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_cjk_font", plots.FONT_FILE.parents[2] / "scripts"
                                                  / "make_cjk_font.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_explorers_font_has_every_character_they_write_in_chinese():
    from nnlib.widgets.base import FONT_FILE

    written = make_cjk_font().explorer_text()  # texts, control labels, options, names, as made in Chinese
    assert "神" in written and len(written) > 100
    cmap = TTFont(FONT_FILE)["cmap"].getBestCmap()
    # the Chinese characters and punctuation (σ, ·, ⁽⁰⁾ and the like come from any system's fonts, as in figures)
    missing = sorted(ch for ch in written if ord(ch) > 0x2E7F and ord(ch) not in cmap)
    assert not missing, f"run scripts/make_cjk_font.py --explorers: the explorers' font lacks {''.join(missing)}"
    assert FONT_FILE.stat().st_size < 100_000  # sent once to each Chinese explorer, and once per Chinese page
    assert "nnlib CJK Explorers" in TTFont(FONT_FILE)["name"].getDebugName(1)  # renamed, as the OFL asks


def test_chinese_explorers_are_sent_the_font_and_do_not_store_it():
    from nnlib.widgets.base import EXPLORER_STATE, explorer_font

    english = nl.widgets.neuron_explorer()
    nl.set_language("zh-CN")
    try:
        chinese = nl.widgets.neuron_explorer()
    finally:
        nl.set_language(None)
    assert english.font == "" and chinese.font == explorer_font()
    data, _ = chinese._repr_mimebundle_()
    assert "font" not in data[EXPLORER_STATE]  # the static page holds it once, not each output
