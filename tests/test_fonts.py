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
