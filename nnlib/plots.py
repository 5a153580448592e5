"""Figures for the lessons: one style readable from a classroom's back row, Chinese text that renders, PNG output.

nnlib changes no global setting on import. Figures are ``matplotlib.figure.Figure`` objects made without pyplot
(so nothing is shown twice), drawn under ``style_context()``, which adds nnlib's bundled CJK font and the style.
"""

import io
import os
import warnings
from contextlib import contextmanager
from pathlib import Path

import matplotlib as mpl
import numpy as np
import PIL.Image
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Circle

from .i18n import t

FONT_FILE = Path(__file__).parent / "fonts" / "nnlib-cjk-sans.otf"
CJK_FAMILY = "nnlib CJK Sans"  # a subset of Noto Sans CJK SC (SIL OFL 1.1), see fonts/OFL.txt

# Colour-blind-safe colours (Okabe & Ito) for lines and points.
BLUE, ORANGE, GREEN, PURPLE, GREY = "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#666666"
# The sign of a weight, everywhere in the series: blue for positive, orange for negative (never red vs green),
# and, where a line or a bar shows it, a second cue that needs no colour (solid vs dashed, plain vs hatched).
POSITIVE, NEGATIVE = BLUE, "#D55E00"
SIGNED_CMAP = LinearSegmentedColormap.from_list("nnlib_signed", [NEGATIVE, "#FFFFFF", POSITIVE])
INK_CMAP = "gray_r"  # images: 0 = white paper, 1 = black ink


def sign_colour(value: float) -> str:
    """The colour of a signed quantity: POSITIVE for >= 0, NEGATIVE below."""
    return POSITIVE if value >= 0 else NEGATIVE

_font_added = False
_projector: bool | None = None  # None: follow the environment variable NNLIB_PROJECTOR


def projector(on: bool | None = True) -> None:
    """Projector mode for a classroom: larger text, thicker lines, larger figures and controls, for figures and
    explorers made from now on. ``NNLIB_PROJECTOR=1`` in the environment turns it on for every notebook;
    ``projector(None)`` goes back to following it."""
    global _projector
    _projector = None if on is None else bool(on)


def projector_on() -> bool:
    """Whether projector mode is on (``projector()`` if it was called, else ``NNLIB_PROJECTOR``)."""
    if _projector is not None:
        return _projector
    return os.environ.get("NNLIB_PROJECTOR", "").lower() in ("1", "true", "yes", "on")


def scale() -> float:
    """How much larger text and lines are drawn: 1.0, or 1.35 in projector mode."""
    return 1.35 if projector_on() else 1.0


def _add_font() -> None:
    """Tell matplotlib's font manager about the bundled CJK font (once, the first time a figure is drawn)."""
    global _font_added
    if not _font_added:
        font_manager.fontManager.addfont(str(FONT_FILE))
        _font_added = True


def style() -> dict:
    """The rcParams of every nnlib figure: large text and thick lines, Latin and Chinese fonts; larger still in
    projector mode."""
    k = scale()
    return {
        "font.family": ["DejaVu Sans", CJK_FAMILY],
        "font.size": 14 * k,
        "axes.titlesize": 16 * k,
        "axes.labelsize": 15 * k,
        "xtick.labelsize": 13 * k,
        "ytick.labelsize": 13 * k,
        "legend.fontsize": 13 * k,
        "lines.linewidth": 3 * k,
        "lines.markersize": 12 * k,
        "axes.grid": True,
        "grid.alpha": 0.35,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "figure.dpi": 100,
        "savefig.dpi": 100,
        "axes.unicode_minus": True,
    }


@contextmanager
def style_context():
    """Within this block figures are made and drawn in nnlib's style (rcParams are restored afterwards)."""
    _add_font()
    with mpl.rc_context(style()):
        yield


class MissingGlyphError(RuntimeError):
    """A figure's text has a character that no available font can draw (it would show as an empty box)."""


def new_figure(figsize: tuple[float, float] = (7.5, 4.5), nrows: int = 1, ncols: int = 1, **kw):
    """A new figure and its axes (``Figure.subplots``) in nnlib's style; returns ``(fig, axes)``.

    Artists take their style when they are made: add them inside ``with style_context():`` too.
    """
    k = 1.25 if projector_on() else 1.0
    with style_context():
        fig = Figure(figsize=(figsize[0] * k, figsize[1] * k))
        axes = fig.subplots(nrows, ncols, **kw)
    return fig, axes


def fix_layout(fig: Figure) -> None:
    """Lay the figure out once (constrained layout, which leaves room for titles and colour bars), then freeze it,
    so that later redraws move artists without paying for a layout each time."""
    with style_context():
        FigureCanvasAgg(fig) if not isinstance(fig.canvas, FigureCanvasAgg) else None
        ConstrainedLayoutEngine(h_pad=0.08, w_pad=0.08).execute(fig)
        fig.set_layout_engine("none")


@contextmanager
def _glyphs_checked():
    """Turn "Glyph … missing from font" warnings raised while drawing into a MissingGlyphError."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    if missing:
        raise MissingGlyphError("; ".join(sorted(set(missing))))
    for w in caught:
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)


def _agg_canvas(fig: Figure) -> FigureCanvasAgg:
    return fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)


def _png(canvas: FigureCanvasAgg) -> bytes:
    rgba = PIL.Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba())
    buffer = io.BytesIO()
    rgba.convert("RGB").save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


STATIC_PNG_COLOURS = 256  # a stored picture: a palette PNG, a few times smaller than the live frames


def compact_png(png: bytes) -> bytes:
    """A smaller copy of a PNG for storing in a notebook (what GitHub, nbviewer and HTML show): the same picture
    reduced to a 256-colour palette and compressed hard. Slower than a live frame (tens of ms): used once, when
    an explorer is displayed."""
    image = PIL.Image.open(io.BytesIO(png)).convert("RGB")
    palette = image.quantize(colors=STATIC_PNG_COLOURS, method=PIL.Image.Quantize.FASTOCTREE,
                             dither=PIL.Image.Dither.NONE)
    # the octree rounds colours down (white becomes 254): give each palette entry the mean of its pixels instead
    index = np.asarray(palette).ravel()
    channels = np.asarray(image).reshape(-1, 3).T.astype(np.float64)  # (3, pixels), each row contiguous
    counts = np.bincount(index, minlength=256)
    means = np.stack([np.bincount(index, channel, minlength=256) for channel in channels], axis=1)
    colours = np.rint(means / np.maximum(counts, 1)[:, None]).astype(np.uint8)
    palette.putpalette(colours.ravel().tolist())
    buffer = io.BytesIO()
    palette.save(buffer, format="png", compress_level=6)
    return buffer.getvalue()


def render_png(fig: Figure) -> bytes:
    """The figure as PNG bytes; raises MissingGlyphError instead of drawing an empty box for a character.

    Draws on the figure's own Agg canvas (made once) and encodes with fast compression: about 20 ms for
    a 750×450 figure, a third less than ``savefig``.
    """
    canvas = _agg_canvas(fig)
    with style_context(), _glyphs_checked():
        canvas.draw()
    return _png(canvas)


class Blitter:
    """Renders a figure whose ``animated`` artists move while the rest (axes, ticks, labels) stays still.

    The still part is drawn once and kept as a bitmap; each ``png()`` restores it and draws only the moving
    artists on top (matplotlib's blitting). If an axis' limits change, the still part is drawn again.
    """

    def __init__(self, fig: Figure, animated: list):
        self.fig, self.animated, self._background, self._limits = fig, list(animated), None, None
        for artist in self.animated:
            artist.set_animated(True)

    def _axes_limits(self) -> tuple:
        return tuple((ax.get_xlim(), ax.get_ylim()) for ax in self.fig.axes)

    def png(self) -> bytes:
        canvas = _agg_canvas(self.fig)
        with style_context(), _glyphs_checked():
            if self._background is None or self._limits != self._axes_limits():
                canvas.draw()  # the still part: animated artists are left out (images are always drawn)
                self._background, self._limits = canvas.copy_from_bbox(self.fig.bbox), self._axes_limits()
            else:
                canvas.restore_region(self._background)
            renderer = canvas.get_renderer()
            for artist in self.animated:
                if artist.get_visible():
                    artist.draw(renderer)
        return _png(canvas)


def show(fig: Figure) -> None:
    """Display a figure in the notebook now, as a PNG drawn by ``render_png`` (so a missing glyph is an error)."""
    from IPython.display import Image, display

    display(Image(data=render_png(fig), format="png"))


def neurons_figure(activations) -> Figure:
    """Neurons as circles, brighter for a higher activation, each with its value; ``activations`` shape ``(k,)``.

    As everywhere in the series, like ink on paper: a silent neuron (0) is white, a fully active one (1) black.
    """
    values = list(map(float, activations))
    with style_context():
        fig, ax = new_figure(figsize=(1.6 * len(values) + 0.4, 2.0))
        for i, value in enumerate(values):
            grey = 1 - min(max(value, 0.0), 1.0)
            ax.add_patch(Circle((i, 0), 0.42, facecolor=(grey, grey, grey), edgecolor=BLUE, linewidth=2.5))
            ax.text(i, 0, f"{value:.1f}", ha="center", va="center", fontsize=18,
                    color="black" if grey > 0.5 else "white")
        ax.set_xlim(-0.6, len(values) - 0.4)
        ax.set_ylim(-0.55, 0.55)
        ax.set_aspect("equal")
        ax.axis("off")
    return fig


def digits_figure(images, titles, columns: int = 10, title: str = "", limits: tuple | None = (0, 255)) -> Figure:
    """A grid of images ``(k, h, w)`` — digits, or feature maps — each with its title (label, prediction, …).

    ``limits`` are the grey levels of white and black (0 and 255 for digits); None scales each image to its own
    range, for feature maps."""
    images = list(images)
    rows = -(-len(images) // columns)
    with style_context():
        fig, axes = new_figure(figsize=(1.25 * columns, 1.45 * rows + (0.4 if title else 0)), nrows=rows,
                               ncols=columns, squeeze=False)
        for k, ax in enumerate(axes.ravel()):
            ax.axis("off")
            if k < len(images):
                low, high = limits if limits is not None else (0, max(float(np.max(images[k])), 1e-9))
                ax.imshow(images[k], cmap=INK_CMAP, vmin=low, vmax=high)
                ax.set_title(str(titles[k]), fontsize=13)
        if title:
            fig.suptitle(title)
    fix_layout(fig)
    return fig


def weight_images_figure(pictures, titles, columns: int = 8, title: str = "", limit: float | None = None) -> Figure:
    """Weight vectors shown as images ``(k, h, w)``, blue for positive and vermillion for negative weights."""
    pictures = np.asarray(pictures, dtype=float)
    limit = limit or float(np.abs(pictures).max()) or 1.0
    rows = -(-len(pictures) // columns)
    with style_context():
        fig, axes = new_figure(figsize=(1.45 * columns + 0.8, 1.55 * rows + (0.4 if title else 0)), nrows=rows,
                               ncols=columns, squeeze=False)
        for k, ax in enumerate(axes.ravel()):
            ax.axis("off")
            if k < len(pictures):
                image = ax.imshow(pictures[k], cmap=SIGNED_CMAP, vmin=-limit, vmax=limit)
                ax.set_title(str(titles[k]), fontsize=12)
        fig.colorbar(image, ax=axes, shrink=0.8)
        if title:
            fig.suptitle(title)
    fix_layout(fig)
    return fig


def confusion_figure(C, title: str = "") -> Figure:
    """A confusion matrix ``C`` ``(10, 10)`` with its counts written in the cells: rows labels, columns answers."""

    C = np.asarray(C)
    with style_context():
        fig, ax = new_figure(figsize=(7.0, 6.2))
        ax.imshow(np.log1p(C), cmap="Blues")
        for i in range(C.shape[0]):
            for j in range(C.shape[1]):
                if C[i, j]:
                    ax.text(j, i, str(C[i, j]), ha="center", va="center", fontsize=11,
                            color="white" if C[i, j] > 0.5 * C.max() else "black")
        ax.set_xticks(range(C.shape[1]))
        ax.set_yticks(range(C.shape[0]))
        ax.grid(False)
        ax.set_xlabel(t("answer_word"))
        ax.set_ylabel(t("label_word"))
        ax.set_title(title)
    fix_layout(fig)
    return fig
