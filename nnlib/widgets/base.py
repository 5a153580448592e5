"""Explorers: controls that drive a figure and a numeric readout, live, drawn in the browser.

An explorer's figure, controls and readout are drawn by a small ES module (nnlib/widgets/js/<kind>.js, with
js/mirror.js for the math it shows and js/base.js for what all share) on every input event, without waiting for the
kernel; the kernel is told the new values afterwards. So an explorer answers within a frame in JupyterLab, on Binder,
and on a static page with no kernel at all (scripts/build_site.py). Python keeps the one home of the math: the
JavaScript mirrors only what an explorer shows, and tests/browser/test_mirror.py holds it to nnlib's numbers.

``Explorer`` (an anywidget) holds the state the browser draws from: ``values`` (every control's value by name, and
any other state it keeps), ``data`` (what it shows but never changes: digits, weights), ``texts`` (its texts in the
notebook's language) and ``spec`` (its controls, made here: ``slider``, ``int_slider``, ``dropdown``,
``toggle_buttons``). Python reads ``ex.values`` and sets values with ``ex.set(...)`` or ``ex.controls[name].value``;
the browser then draws them too.

Beside the browser's drawing, each explorer keeps a matplotlib figure of the same picture, drawn by its ``redraw``
when a value is set from Python and when the picture is needed: the stored picture of a notebook (``StaticPicture``:
GitHub, nbviewer and nbconvert show it, and a notebook JupyterLab opened but did not run), and what the headless
tests look at. Values moved in the browser cost the kernel no drawing.

A control that sets other controls (a preset that fills a kernel's sliders) says so with ``explorer.on(name, fn)``
for values set from Python, and with the ``react`` of its module for moves in the browser.
"""


import base64
import math
import re
import weakref
from collections.abc import Callable
from contextlib import contextmanager
from functools import cache
from numbers import Real
from pathlib import Path
from types import SimpleNamespace

import anywidget
import ipywidgets as widgets
import numpy as np
import traitlets
from matplotlib.artist import Artist

from .._inputs import InputError
from ..i18n import TEXTS, language, t
from ..plots import compact_png, fix_layout, projector_on, render_png

# Projector mode: every explorer's controls and readout grow by one factor, CONTROL_TEXT_SCALE (js/base.js
# CONTROL_SCALE). Figures grow by plots.PROJECTOR_SCALE (js/base.js FIGURE_SCALE), smaller because a figure is
# already much larger than a control's text and must still fit beside its controls.
CONTROL_TEXT_SCALE = 1.45


# The stored picture of one explorer stays below this many bytes (before base64), so that the committed notebooks
# stay small; tests/test_static_pictures.py checks it on every committed notebook.
STATIC_PNG_BUDGET = 60_000  # the largest, 04's trained network lit up by a digit, is about 48 kB
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


class StaticPicture:
    """Mixin for a widget drawn as a PNG: its display output carries that PNG (``static_png()``, in a compact
    palette form) and a short text (``repr_key``) beside the widget view, for every place without a kernel."""

    repr_key = "explorer_repr"

    def static_png(self) -> bytes:
        """The PNG a reader without a kernel sees (the widget's current picture)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        # what a notebook shows where neither the widget nor a picture can be: a hint, not a PNG's bytes
        return t(self.repr_key)

    def _repr_mimebundle_(self, **kwargs) -> dict:
        data = super()._repr_mimebundle_(**kwargs)
        data["text/plain"] = t(self.repr_key)  # the same on every machine: nbval compares it
        data["image/png"] = base64.b64encode(compact_png(self.static_png())).decode("ascii")
        return data


# The widgets made by each notebook cell in its last run: cell -> (run, [weak references]). When the cell runs
# again and makes a widget, the ones of its earlier run are closed (their views are gone from the notebook
# already), so that 30 re-runs of a cell keep one explorer in memory, not 30.
_made_by_cell: dict = {}


def _cell() -> tuple | None:
    """(the running cell, this run of it) in a notebook kernel: the cell's id (JupyterLab and nbclient send it)
    or else its code, and the execution count; None outside a kernel."""
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    shell = get_ipython()
    if shell is None or not hasattr(shell, "kernel"):
        return None
    parent = getattr(shell, "parent_header", None) or {}
    cell = (parent.get("metadata") or {}).get("cellId") or (parent.get("content") or {}).get("code")
    return None if cell is None else (cell, shell.execution_count)


def replaces(widget) -> None:
    """Record that the running cell made ``widget``; close the widgets its earlier runs made."""
    here = _cell()
    if here is None:
        return
    cell, run = here
    earlier_run, made = _made_by_cell.get(cell, (run, []))
    if earlier_run != run:
        for ref in made:
            old = ref()
            if old is not None and old is not widget:
                old.close()
        made = []
        _give_back_memory()
    _made_by_cell[cell] = (run, [*made, weakref.ref(widget)])


def _give_back_memory() -> None:
    """Return the memory freed by closed figures to the system (glibc keeps freed blocks of a few MB, such as a
    figure's pixels, in the process otherwise); nothing where the C library has no ``malloc_trim``."""
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, Windows, musl): their allocators give memory back
        return


def release(widget, model_id: str | None = None) -> None:
    """Drop what a closed widget held (its matplotlib figure and artists), so that memory is given back even while
    the notebook's output history (``Out``) still refers to the widget; and the stored picture and state of its
    display (``model_id``) that IPython's output history keeps (``HistoryManager.outputs``, IPython 9), about
    0.4 MB per explorer shown."""
    def drawn(value) -> bool:  # a figure, an artist, or something holding them (a list of lines, a view)
        if isinstance(value, list | tuple):
            return any(drawn(v) for v in value)
        return isinstance(value, Artist) or isinstance(getattr(value, "figure", None), Artist)

    for name, value in list(vars(widget).items()):
        if name != "_trait_values" and drawn(value):
            setattr(widget, name, None)
    widget.figure, widget.artists = None, {}
    here = _cell()
    if model_id is None or here is None:
        return
    from IPython import get_ipython

    outputs = getattr(getattr(get_ipython(), "history_manager", None), "outputs", None) or {}
    for entries in outputs.values():
        for entry in entries:
            bundle = getattr(entry, "bundle", None)
            if isinstance(bundle, dict) and (bundle.get(WIDGET_VIEW) or {}).get("model_id") == model_id:
                for key in ("image/png", EXPLORER_STATE):
                    bundle.pop(key, None)


class LiveFigure(StaticPicture):
    """Mixin for a widget that shows one matplotlib figure drawn in the kernel (``TrainingCurves``, which follows a
    training as it runs): ``render()`` draws ``figure`` to PNG into ``image`` (an ``ipywidgets.Image``); the stored
    picture (``static_png``) is the image's current PNG.

    Call ``_live_figure(figure, width)`` before laying out the widget, and put ``image`` in it."""

    def _live_figure(self, figure, width: int | None = None) -> None:
        """``width``: the image's width in pixels (default: the figure's)."""
        self.figure = figure
        width = width or int(figure.get_figwidth() * figure.dpi)
        self.image = widgets.Image(format="png", layout=widgets.Layout(width=f"{width}px", max_width="100%"))
        replaces(self)

    def render(self) -> None:
        """Draw the figure as it now stands into ``image`` (nothing once closed)."""
        if self.figure is not None:
            self.image.value = render_png(self.figure)

    def close(self) -> None:
        """Close the widget and its image, and free its figure (see ``Explorer.close``)."""
        model_id = self.model_id if self.comm is not None else None
        super().close()
        image = getattr(self, "image", None)  # None: closed while it was being made
        for widget in (self.layout, image, getattr(image, "layout", None)):
            if widget is not None:
                widget.close()
        if image is not None:
            image.value = b""
        release(self, model_id)

    def static_png(self) -> bytes:
        return self.image.value


def image_axes(ax, title: str, fontsize: float | None = None, frame: str | None = None) -> None:
    """Set up ``ax`` to show a picture (``imshow``): its title, no ticks, no grid; ``frame``: a colour for a thin
    frame around it (by default none)."""
    ax.set_title(title, **({} if fontsize is None else {"fontsize": fontsize}))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    if frame is not None:
        for spine in ax.spines.values():
            spine.set_visible(True)
            spine.set_color(frame)


def fixed(x: float, digits: int = 2) -> str:
    """``x`` with ``digits`` decimals and never "-0.00" (as js/base.js ``fixed``: the browser writes the same)."""
    return f"{round(float(x), digits) + 0.0:.{digits}f}"


def term(x: float, digits: int = 2) -> str:
    """A number as a term of a formula in a readout: negative ones in parentheses, "+ (-1.5)" rather than "+ -1.5"."""
    text = fixed(x, digits)
    return f"({text})" if text.startswith("-") else text


def readout(*rows: str) -> str:
    """The readout's HTML, one row per line, as the browser shows it (js/base.js sizes it, projector mode too)."""
    return "<br>".join(rows)


# The explorer and its controls ----------------------------------------------------------------------------------

JS_FOLDER = Path(__file__).with_name("js")
EXPLORER_STATE = "application/vnd.nnlib.explorer+json"  # an explorer's state in its output, for the static pages
_LOCAL_IMPORT = re.compile(r'^import \{[^}]*\} from "\./[\w-]+\.js";\n', re.MULTILINE)
_NEEDS = re.compile(r"^// needs: ([\w., -]+)\n")  # a kind's first line naming the shared files it imports from


@cache
def esm(kind: str) -> str:
    """The front end of the explorer ``kind`` as one ES module: js/mirror.js, js/base.js, the files of parts
    several explorers share that js/<kind>.js names on its first line (``// needs: a.js, b.js``), and js/<kind>.js,
    their imports of each other dropped (they are one module now). anywidget and the static pages load exactly
    this."""
    own = (JS_FOLDER / f"{kind}.js").read_text(encoding="utf-8")
    needs = _NEEDS.match(own)
    shared = [name.strip() for name in needs.group(1).split(",")] if needs else []
    parts = [(JS_FOLDER / name).read_text(encoding="utf-8") for name in ("mirror.js", "base.js", *shared)]
    return "\n".join(_LOCAL_IMPORT.sub("", part) for part in [*parts, own])


FONT_FILE = Path(__file__).parents[1] / "fonts" / "nnlib-cjk-explorers.otf"


@cache
def explorer_font() -> str:
    """The explorers' Chinese font, base64: the characters they write in Chinese, cut from nnlib's figure font
    (scripts/make_cjk_font.py), so that a machine without any CJK font draws them too (js/base.js loadFont)."""
    return base64.b64encode(FONT_FILE.read_bytes()).decode("ascii")


def pack(array, dtype: str = "float64") -> dict:
    """An array for the browser: ``{"dtype", "shape", "b64"}`` (js/base.js ``decode`` turns it into a typed array).
    ``dtype``: float64, float32, uint8 or int32."""
    array = np.ascontiguousarray(array, dtype=dtype)
    return {"dtype": dtype, "shape": list(array.shape), "b64": base64.b64encode(array.tobytes()).decode("ascii")}


def templates(*keys: str) -> dict:
    """The texts ``keys`` in the notebook's language, their fields left for the browser to fill (js/base.js
    ``format``); ``redraw_failed`` is always among them."""
    lang = language()
    return {key: TEXTS[key][lang] for key in (*keys, "redraw_failed")}


class Control:
    """One control of an ``Explorer``, as Python sees it: ``value`` reads and sets the explorer's value
    ``name`` (setting it redraws, as moving the control does), ``min``, ``max``, ``step``, ``options`` and
    ``description`` describe it. The browser draws it (js/base.js)."""

    def __init__(self, kind: str, description: str, value, **spec):
        self.kind, self.description, self.start, self.spec = kind, description, value, spec
        self.min, self.max, self.step = spec.get("min"), spec.get("max"), spec.get("step")
        self.options = spec.get("options")
        self.name, self._explorer, self._get, self._set = None, None, None, None

    def bind(self, explorer, name: str, get=None, set=None) -> None:  # noqa: A002 (the pair get/set)
        """Attach to ``explorer`` as control ``name``; ``get(values)``/``set(values, x)`` when it shows part of a
        larger value (a layer's W) rather than ``values[name]``."""
        self._explorer, self.name, self._get, self._set = explorer, name, get, set

    @property
    def value(self):
        values = self._explorer.values
        x = self._get(values) if self._get else values[self.name]
        return {"slider": float, "int": int}.get(self.kind, lambda same: same)(x)  # JSON's 2 is a slider's 2.0

    @value.setter
    def value(self, x) -> None:
        self._explorer.set(**{self.name: x})

    def valid(self, x):
        """``x`` as this control holds it, or an ``InputError`` in the learner's language: a choice among the
        options; a finite number, clamped to [min, max] (as ipywidgets' sliders do; a value set by code may lie
        between the steps, as a blur kernel's 1/9 does, and the browser shows it as it is)."""
        if self.kind in ("select", "toggle"):
            choices = [value for _, value in self.options]
            if not any(x == c and isinstance(x, bool) == isinstance(c, bool) for c in choices):
                raise InputError(t("input_choice", name=self.name, value=repr(x)[:40],
                                   choices=", ".join(map(repr, choices))))
            return x
        if isinstance(x, bool) or not isinstance(x, Real):
            raise InputError(t("input_not_numbers", name=self.name, value=repr(x)[:40]))
        if not math.isfinite(x):
            raise InputError(t("input_not_finite", name=self.name, count=1))
        x = min(max(float(x), self.min), self.max)
        return int(round(x)) if self.kind == "int" else x

    def to_browser(self) -> dict:
        spec = {"name": self.name, "kind": self.kind, "label": self.description} | self.spec
        if spec.get("options") is not None:
            spec["options"] = [[label, value] for label, value in spec["options"]]
        return spec


def slider(description: str, value: float, low: float, high: float, step: float, digits: int = 2) -> Control:
    """A slider drawn in the browser; ``digits``: decimals of the value shown beside it."""
    return Control("slider", description, float(value), min=low, max=high, step=step, digits=digits)


def int_slider(description: str, value: int, low: int, high: int) -> Control:
    return Control("int", description, value, min=low, max=high, step=1)  # checked by Control.valid


def dropdown(description: str, names: list[str], value: str) -> Control:
    """A dropdown whose options show translated names and whose values stay the English keys."""
    return Control("select", description, value, options=[(t(name), name) for name in names])


def toggle_buttons(description: str, options: list[tuple[str, object]], value) -> Control:
    """A row of buttons, one per ``(label, value)`` option."""
    return Control("toggle", description, value, options=list(options))


class Explorer(StaticPicture, anywidget.AnyWidget):
    """An explorer drawn in the browser by js/<kind>.js on every input event (see above); its state is
    ``values`` (every control's value by name, and any other state it keeps), ``data`` (what it shows but never
    changes), ``texts`` (its texts in the notebook's language) and ``spec`` (its controls).

    From Python: ``ex.values["w"]`` reads, ``ex.set(w=2.0)`` or ``ex.controls["w"].value = 2.0`` sets and redraws
    (the browser and the matplotlib figure). ``redraw(values) -> readout_html`` draws that figure (``figure``,
    ``artists``) and gives the readout (``readout.value``) as the browser shows them: the stored picture of a
    notebook, and what headless tests look at. Values moved in the browser reach ``values`` at once; the figure
    follows them only when it is next needed (``readout``, ``static_png``), so a drag never waits for matplotlib.
    """

    _esm = traitlets.Unicode().tag(sync=True)
    kind = traitlets.Unicode().tag(sync=True)
    spec = traitlets.List().tag(sync=True)
    values = traitlets.Dict().tag(sync=True)
    data = traitlets.Dict().tag(sync=True)
    texts = traitlets.Dict().tag(sync=True)
    projector = traitlets.Bool(False).tag(sync=True)
    font = traitlets.Unicode("").tag(sync=True)  # in Chinese: the explorers' font (sent, not stored with the output)

    def __init__(self, kind: str, figure, artists: dict, controls: dict[str, Control], redraw: Callable[[dict], str],
                 data: dict | None = None, texts: dict | None = None, extra: dict | None = None,
                 access: dict | None = None):
        """``extra``: values that are not controls (a layer's W and b); ``access``: ``{name: (get, set)}`` for a
        control that shows part of such a value."""
        self.figure, self.artists, self.controls = figure, artists, controls
        self._redraw, self._holding, self._reactions, self._stale = redraw, False, {}, False
        self._readout = SimpleNamespace(value="")
        for name, control in controls.items():
            control.bind(self, name, *(access or {}).get(name, (None, None)))
            control.start = control.valid(control.start)  # a starting value of nan or "2" is refused here
        start = {name: c.start for name, c in controls.items() if name not in (access or {})} | (extra or {})
        super().__init__(_esm=esm(kind), kind=kind, spec=[c.to_browser() for c in controls.values()], values=start,
                         data=data or {}, texts=texts or templates(), projector=projector_on(),
                         font=explorer_font() if language() == "zh-CN" else "")
        self.add_class("nnlib-explorer-widget")
        self.observe(self._moved_in_browser, names="values")
        self.update()
        fix_layout(figure)  # after the first redraw, so the layout has room for the titles it set
        replaces(self)

    def set(self, **values) -> None:
        """Set values by name (as moving their controls would: each checked by its control, ``Control.valid``)
        and redraw once; the reactions of the controls set (``on``) run first. Inside ``hold()`` nothing is
        redrawn and no reaction runs (the figure is redrawn when next needed). An error in a reaction or in the
        redraw is raised here, in the cell that set the value."""
        new = dict(self.values)
        for name, x in values.items():
            control = self.controls.get(name)
            if control is not None:
                x = values[name] = control.valid(x)
            if control is not None and control._set is not None:
                control._set(new, x)
            else:
                new[name] = x
        self.values = new
        if self._holding:
            self._stale = True
            return
        for name, x in values.items():
            for fn in self._reactions.get(name, []):
                with self.hold():
                    fn(x)
        self.update()

    def on(self, name: str, fn: Callable[[object], None]) -> None:
        """React to the control ``name`` set from Python: ``fn(new_value)`` runs first (under ``hold()``: what it
        sets neither redraws nor runs reactions), then the figure is redrawn once. The browser has its own copy of
        each reaction (the explorer's ``react`` in js/<kind>.js)."""
        if name not in self.controls:
            raise KeyError(f"{name!r} is not one of the controls {list(self.controls)}")
        self._reactions.setdefault(name, []).append(fn)

    @contextmanager
    def hold(self):
        """Within this block, setting values does not redraw (for setting several at once)."""
        holding, self._holding = self._holding, True
        try:
            yield
        finally:
            self._holding = holding

    def update(self) -> None:
        """Redraw the matplotlib figure and the readout from ``values``."""
        self._stale = False
        self._readout.value = self._redraw(self.values_for_redraw())

    def values_for_redraw(self) -> dict:
        """What ``redraw`` is given: ``values``, with each plain control's value as it holds it (a float slider a
        float, also when the browser sent 2 for 2.0)."""
        v = dict(self.values)
        for name, control in self.controls.items():
            if control._get is None:
                v[name] = control.value
        return v

    @property
    def readout(self):
        """The readout as the browser shows it now (``.value``, HTML)."""
        if self._stale:
            self.update()
        return self._readout

    def render(self) -> bytes:
        return render_png(self.figure)

    def static_png(self) -> bytes:
        if self._stale:
            self.update()
        return self.render()

    def _moved_in_browser(self, change) -> None:
        if "values" in getattr(self, "_property_lock", {}):  # moved in the browser: drawn there already
            self._stale = True

    def close(self) -> None:
        """Close the widget (its view goes) and free what it held: its figure, its artists, the data it showed.
        An explorer made again by the same cell (a re-run) closes the one it replaces (``replaces``)."""
        model_id = self.model_id if self.comm is not None else None
        super().close()
        self.layout.close()
        release(self, model_id)
        self._redraw, self._reactions, self._stale = (lambda values: ""), {}, False
        self.data = {}

    def state(self) -> dict:
        """What the static pages need to bring this explorer to life without a kernel."""
        return {"kind": self.kind, "spec": self.spec, "values": self.values, "data": self.data, "texts": self.texts,
                "projector": self.projector}

    def _repr_mimebundle_(self, **kwargs) -> tuple[dict, dict]:
        data, metadata = anywidget.AnyWidget._repr_mimebundle_(self, **kwargs)
        data["text/plain"] = t(self.repr_key)  # the same on every machine: nbval compares it
        data["image/png"] = base64.b64encode(compact_png(self.static_png())).decode("ascii")
        data[EXPLORER_STATE] = self.state()
        return data, metadata
