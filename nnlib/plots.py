"""Figures for the lessons: one style readable from a classroom's back row, Chinese text that renders, PNG output.

nnlib changes no global setting on import. Figures are ``matplotlib.figure.Figure`` objects made without pyplot
(so nothing is shown twice), drawn under ``style_context()``, which adds nnlib's bundled CJK font and the style.
"""

import io
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

from . import _env, _inputs
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


def projector(on: bool | str | None = True) -> None:
    """Projector mode for a classroom: larger text, thicker lines, larger figures and controls, for figures and
    explorers made from now on. ``projector(False)`` or ``projector("off")`` turns it off again;
    ``NNLIB_PROJECTOR=1`` in the environment turns it on for every notebook; ``projector(None)`` goes back to
    following it."""
    global _projector
    if on is None:
        _projector = None
        return
    parsed = _env.parse_flag(on)
    if parsed is None:
        raise _inputs.InputError(t("input_flag", name="projector", value=repr(on)))
    _projector = parsed


def projector_on() -> bool:
    """Whether projector mode is on (``projector()`` if it was called, else ``NNLIB_PROJECTOR``)."""
    if _projector is not None:
        return _projector
    return _env.flag("NNLIB_PROJECTOR")


# Projector mode draws every figure PROJECTOR_SCALE times larger: its size, its text and its lines alike. One factor
# for all three keeps a figure's proportions, so the layout checked at the normal size (titles, labels, colour bars
# that fit) is the projected one too; text grown more than its figure (1.35 against 1.25 before) took room from the
# plots. 1.25 rather than 1.35: the widest explorer (13 inches, notebook 05) stays within a 1,920-pixel screen.
PROJECTOR_SCALE = 1.25


def scale() -> float:
    """How much larger figures, text and lines are drawn: 1.0, or ``PROJECTOR_SCALE`` in projector mode."""
    return PROJECTOR_SCALE if projector_on() else 1.0


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
    k = scale()
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


def digits_figure(images, titles, columns: int = 10, title: str = "", limits: tuple | None = (0, 255),
                  row_labels=None) -> Figure:
    """A grid of images ``(k, h, w)`` — digits, or feature maps — each with its title (label, prediction, …).

    ``limits`` are the grey levels of white and black (0 and 255 for digits); None scales each image to its own
    range, for feature maps. ``row_labels``: one text per row, written left of the row."""
    images, titles = list(images), list(titles)
    if len(titles) != len(images):
        raise _inputs.InputError(t("input_same_length", first="images", second="titles", a=(len(images),),
                                   b=(len(titles),)))
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
        for ax, text in zip(axes[:, 0], row_labels or [], strict=False):
            ax.text(-0.12, 0.5, text, transform=ax.transAxes, ha="right", va="center", fontsize=13)
        if title:
            fig.suptitle(title)
    fix_layout(fig)
    return fig


def weight_images_figure(pictures, titles, columns: int = 8, title: str = "", limit: float | None = None,
                         colorbar_label: str | None = None) -> Figure:
    """Weight vectors shown as images ``(k, h, w)``, blue for positive and vermillion for negative weights; the
    colour bar is labelled ``colorbar_label`` (by default: "weight (blue > 0, vermillion < 0)")."""
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
        bar = fig.colorbar(image, ax=axes, shrink=0.8)
        bar.set_label(t("weight_colourbar") if colorbar_label is None else colorbar_label, fontsize=12)
        if title:
            fig.suptitle(title)
    fix_layout(fig)
    return fig


def confusion_figure(C, title: str = "") -> Figure:
    """A confusion matrix ``C`` ``(10, 10)`` with its counts written in the cells: rows labels, columns answers."""

    C = np.asarray(C)
    if C.ndim != 2 or C.shape[0] != C.shape[1] or C.dtype.kind not in "biuf":
        raise _inputs.InputError(t("input_confusion", shape=C.shape))
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


# The network of the video, drawn as columns of circles ---------------------------------------------------------

VIDEO_SIZES = (784, 16, 16, 10)
ACTIVATION_CMAP = mpl.colormaps[INK_CMAP]  # as everywhere: 0 = white, 1 = black


def shown_inputs(n_inputs: int = 784, shown: int = 8) -> np.ndarray:
    """Which input neurons a diagram draws when there are too many, shape ``(shown,)``: for a 28 × 28 image,
    pixels spread along its middle row (row 14, where a digit has ink); otherwise indices spread evenly."""
    if n_inputs == 784:
        return 14 * 28 + np.linspace(5, 22, min(shown, 28)).round().astype(int)
    return np.unique(np.linspace(0, n_inputs - 1, min(shown, n_inputs)).round().astype(int))


class NetworkDiagram:
    """A layered network as columns of circles, each circle one neuron holding a number (its activation).

    ``NetworkDiagram(sizes)`` draws ``sizes = (784, 16, 16, 10)`` as the video does: the 784 inputs as a few
    circles and "⋮", the hidden layers and the output layer (its circles labelled 0…9), each column labelled
    input / hidden / output, faint lines for the connections, and a colour bar for the activations.
    ``update(activations, weights, strongest)`` changes the existing artists only (circles' shading, the
    connections shown), so an explorer can redraw it for every slider move:

    - ``activations``: one array per layer, shapes ``(784,)``, ``(16,)``, ``(16,)``, ``(10,)`` (values 0..1);
      the most active output neuron, the network's answer, is ringed;
    - ``weights``: one matrix per layer, ``(n_in, n_out)`` as in ``nl.dense``; with ``strongest = k`` only the
      k strongest connections between each pair of columns are drawn (by |w · a| when activations are given,
      else by |w|), blue and solid for positive weights, vermillion and dashed for negative ones.

    ``name(k, names)`` writes one name beside each circle of column ``k`` (0 = input; the last column's names
    replace 0, 1, …), top to bottom, for example what each neuron of a hand-built hidden layer stands for.

    Artists (for tests and explorers): ``circles`` (one ``PathCollection`` per layer), ``edges`` (one
    ``LineCollection`` per pair of layers), ``answer_ring``, ``image`` (the 28 × 28 input, or None), ``figure``,
    ``labels`` (one list of ``Text`` per column, top to bottom, empty for a column without names: the last one
    holds the output labels), and ``y`` (each column's circle heights; column ``k`` is drawn at x = k).
    Of 784 inputs it draws 8 circles, pixels of the image's middle row (``shown_inputs``), marked on the image.
    """

    NAME_OFFSET = 0.12  # a name starts this far right of its circle's centre (in columns)
    HALO = 3.5  # points: the white outline that keeps a name readable where connections cross it

    def __init__(self, sizes=VIDEO_SIZES, shown: int = 8, figsize: tuple[float, float] = (10.0, 5.6)):
        from matplotlib.cm import ScalarMappable
        from matplotlib.collections import LineCollection
        from matplotlib.colors import Normalize

        self.sizes = tuple(int(n) for n in sizes)
        self.inputs = shown_inputs(self.sizes[0], shown) if self.sizes[0] > shown else np.arange(self.sizes[0])
        counts = [len(self.inputs), *self.sizes[1:]]
        self.y = [self._column(n, gap=(k == 0 and self.sizes[0] > shown)) for k, n in enumerate(counts)]
        size = 300 if max(counts) <= 10 else 170
        with style_context():
            self.figure, ax = new_figure(figsize=figsize)
            self.ax = ax
            self.edges = []
            for k in range(len(counts) - 1):
                segments = [[(k, y0), (k + 1, y1)] for y0 in self.y[k] for y1 in self.y[k + 1]]
                lines = LineCollection(segments, colors=GREY, linewidths=0.5, alpha=0.35, zorder=1)
                ax.add_collection(lines)
                self.edges.append(lines)
            self.circles = [ax.scatter(np.full(len(ys), k), ys, s=size, c=np.zeros(len(ys)), cmap=ACTIVATION_CMAP,
                                       vmin=0, vmax=1, edgecolors=BLUE, linewidths=1.5, zorder=2)
                            for k, ys in enumerate(self.y)]
            (self.answer_ring,) = ax.plot([], [], "o", markersize=22, markerfacecolor="none", markeredgecolor=ORANGE,
                                          markeredgewidth=3, zorder=3)
            if self.sizes[0] > shown:
                ax.text(0, 0, "⋮", ha="center", va="center", fontsize=22)
            self.image = None
            if self.sizes[0] == 784:  # the input is an image: draw it beside the input column
                inset = ax.inset_axes([-1.05, -0.42, 0.84, 0.84], transform=ax.transData)
                self.image = inset.imshow(np.zeros((28, 28)), cmap=INK_CMAP, vmin=0, vmax=1)
                inset.set_xticks([])
                inset.set_yticks([])
                inset.grid(False)
                for spine in inset.spines.values():
                    spine.set_visible(True)
                inset.set_visible(False)  # shown once there are activations
                inset.axhline(14, color=ORANGE, linewidth=1, alpha=0.8)
                inset.set_title("28 × 28", fontsize=12)
            last = len(counts) - 1
            self.labels = [[] for _ in counts]
            self.labels[last] = [ax.text(last + self.NAME_OFFSET, y, str(digit), ha="left", va="center",
                                         fontsize=13) for digit, y in enumerate(self.y[last])]
            for k, n in enumerate(self.sizes):
                ax.text(k, -1.22, self._layer_name(k, n), ha="center", va="top", fontsize=13)
            ax.set_xlim(-1.1 if self.image is not None else -0.45, last + 0.3)
            ax.set_ylim(-1.5, 1.08)
            ax.axis("off")
            bar = self.figure.colorbar(ScalarMappable(Normalize(0, 1), ACTIVATION_CMAP), ax=ax, shrink=0.45,
                                       location="bottom", pad=0.02, aspect=30)
            bar.set_label(t("activation_bar"))
        fix_layout(self.figure)

    @staticmethod
    def _column(n: int, gap: bool) -> np.ndarray:
        """Heights of n circles in a column, centred; with a gap in the middle for "⋮"."""
        if n == 1:
            return np.zeros(1)
        half = min(1.0, 0.065 * (n - 1))
        ys = np.linspace(half, -half, n)
        if gap:
            ys = np.where(ys > 0, ys + 0.12, ys - 0.12) * (1 / (1 + 0.12))
        return ys

    def _layer_name(self, k: int, n: int) -> str:
        last = len(self.sizes) - 1
        if k == 0:
            return t("layer_input", n=n)
        if k == last:
            return t("layer_output", n=n)
        return t("layer_hidden", k=k, n=n)

    def name(self, k: int, names) -> list:
        """Write ``names`` (one string per circle of column ``k``, top to bottom) beside column ``k``; returns
        the texts (also ``labels[k]``). A hidden column's names have a white halo, readable over the connections
        that cross them (nothing crosses the output labels)."""
        from matplotlib import patheffects

        names = [str(name) for name in names]
        if len(names) != len(self.y[k]):
            raise ValueError(t("shape_error", name=f"names[{k}]", expected=(len(self.y[k]),),
                               received=(len(names),)))
        if not self.labels[k]:
            with style_context():
                self.labels[k] = [self.ax.text(k + self.NAME_OFFSET, y, "", ha="left", va="center", fontsize=13,
                                               zorder=4) for y in self.y[k]]
        if k < len(self.sizes) - 1:
            for text in self.labels[k]:
                text.set_path_effects([patheffects.withStroke(linewidth=self.HALO, foreground="white")])
        for text, name in zip(self.labels[k], names, strict=True):
            text.set_text(name)
        return self.labels[k]

    def update(self, activations=None, weights=None, strongest: int = 0) -> None:
        """Shade the circles by ``activations`` and draw the ``strongest`` connections of ``weights`` (see the
        class docstring for the shapes); ``None`` leaves circles white and connections faint."""
        if activations is not None:
            if len(activations) != len(self.sizes):
                raise ValueError(t("diagram_layers", want=len(self.sizes), got=len(activations)))
            activations = [np.asarray(a, dtype=float).reshape(-1) for a in activations]
            for k, (a, n) in enumerate(zip(activations, self.sizes, strict=True)):
                if a.shape != (n,):
                    raise ValueError(t("shape_error", name=f"activations[{k}]", expected=(n,), received=a.shape))
            shown = [activations[0][self.inputs], *activations[1:]]
            if self.image is not None:
                self.image.set_data(activations[0].reshape(28, 28))
                self.image.axes.set_visible(True)
            for circles, a in zip(self.circles, shown, strict=True):
                circles.set_array(np.clip(a, 0, 1))
            out = activations[-1]
            answer = int(np.argmax(out))
            self.answer_ring.set_data([len(self.sizes) - 1], [self.y[-1][answer]])
        else:
            for circles in self.circles:
                circles.set_array(np.zeros(circles.get_offsets().shape[0]))
            if self.image is not None:
                self.image.axes.set_visible(False)
            self.answer_ring.set_data([], [])
        for k, lines in enumerate(self.edges):
            if weights is None or strongest <= 0:
                lines.set_colors(GREY)
                lines.set_linewidths(0.5)
                lines.set_linestyles("solid")
                lines.set_alpha(0.35)
                continue
            W = np.asarray(weights[k], dtype=float)
            rows = self.inputs if k == 0 else np.arange(W.shape[0])
            W = W[rows]  # the connections that are drawn: from the circles shown
            strength = np.abs(W * (shown[k][:, None] if activations is not None else 1.0)).ravel()
            keep = np.zeros(strength.shape, dtype=bool)
            keep[np.argsort(strength)[::-1][:strongest]] = True
            keep &= strength > 0
            top = strength.max() if strength.size and strength.max() > 0 else 1.0
            w = W.ravel()
            lines.set_colors([sign_colour(v) for v in w])
            lines.set_linestyles(["solid" if v >= 0 else "dashed" for v in w])
            lines.set_linewidths(np.where(keep, 0.8 + 3.2 * strength / top, 0.0))
            lines.set_alpha(0.9)


def network_figure(sizes=VIDEO_SIZES, activations=None, weights=None, strongest: int = 0, shown: int = 8) -> Figure:
    """The network as a picture (``NetworkDiagram``): columns of circles labelled input / hidden / output,
    optionally shaded by ``activations`` (one array per layer: ``(784,)``, ``(16,)``, ``(16,)``, ``(10,)``) and
    with the ``strongest`` connections of ``weights`` (``(n_in, n_out)`` per layer) drawn."""
    diagram = NetworkDiagram(sizes, shown=shown)
    diagram.update(activations, weights, strongest)
    return diagram.figure
