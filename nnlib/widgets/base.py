"""Explorers: sliders that drive a figure and a numeric readout, live.

An ``Explorer`` keeps one matplotlib figure for its whole life. Moving a control calls a redraw function that
moves the existing artists (``set_data``, ``set_text``) and returns the readout's HTML; the figure is then
rendered to PNG into an ``ipywidgets.Image``. Nothing is rebuilt per move, and no pyplot state is touched.
Everything to test is an attribute: ``controls``, ``figure``, ``artists``, ``image``, ``readout``.

A control that sets other controls (a neuron chooser that loads that neuron's weights onto the sliders, a preset
that fills a kernel's sliders) says so with ``explorer.on(name, fn)``: ``fn(value)`` runs first, under ``hold()``,
then the figure is redrawn once; ``redraw`` itself only reads the values.

``LiveFigure`` is what every live picture of the series shares (explorers, ``DrawingPad``, ``TrainingCurves``): one
figure drawn to PNG into the ``ipywidgets.Image`` ``image``, whole or blitted, and the stored picture beside the widget.
The controls are made here too (``slider``, ``int_slider``, ``dropdown``, ``toggle_buttons``), so that projector mode
enlarges them all alike, and ``image_axes`` sets up an axes that shows a picture.

While a slider is dragged the browser sends values faster than a figure can be drawn. A move that comes after a
pause is drawn at once; moves that come while the explorer is busy are merged: it draws only the latest value,
once the messages already waiting have been read (``_changed``), so the figure never lags behind with stale frames.

Readable without a kernel: an explorer's display output carries, beside the live widget view, a PNG of its figure as
it was when displayed and a short text (``StaticPicture``). JupyterLab shows the live explorer in a notebook it runs
and the picture in one it only opened (an untrusted output renders only safe types such as PNG); GitHub, nbviewer,
``nbconvert`` HTML and slides, which have no widget state, show the picture.
"""

import asyncio
import base64
import html
import re
import time
from collections.abc import Callable
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import anywidget
import ipywidgets as widgets
import numpy as np
import traitlets

from ..i18n import TEXTS, language, t
from ..plots import Blitter, compact_png, fix_layout, projector_on, render_png

# Projector mode: every explorer's controls and readout grow by one factor, CONTROL_TEXT_SCALE: their text, slider
# handles, label and control widths, toggle buttons (``projected``). Figures grow by plots.PROJECTOR_SCALE, smaller
# because a figure is already much larger than a control's text and must still fit beside its controls.
CONTROL_TEXT_SCALE = 1.45
PROJECTOR_CSS = f"""<style>
.nnlib-projector .widget-label, .nnlib-projector .widget-readout, .nnlib-projector .widget-toggle-button,
.nnlib-projector .widget-dropdown select, .nnlib-projector .widget-button {{ font-size: {CONTROL_TEXT_SCALE}em; }}
.nnlib-projector .noUi-handle {{ transform: scale({CONTROL_TEXT_SCALE}); }}
</style>"""


def projected(size: float) -> float:
    """A control's size (pixels, em): as it is, or CONTROL_TEXT_SCALE times larger in projector mode."""
    return size * CONTROL_TEXT_SCALE if projector_on() else size


# The stored picture of one explorer stays below this many bytes (before base64), so that the committed notebooks
# stay small; tests/test_static_pictures.py checks it on every committed notebook.
STATIC_PNG_BUDGET = 40_000  # the largest, the layer explorer of 03, is about 21 kB
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# Merging the moves of a drag (seconds): a move within IDLE of the last drawing waits until no move came for QUIET,
# but never longer than MAX_WAIT, then only the latest values are drawn.
IDLE, QUIET, MAX_WAIT = 0.02, 0.004, 0.05


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


class LiveFigure(StaticPicture):
    """Mixin for a widget that shows one matplotlib figure, live: ``render()`` draws ``figure`` to PNG into
    ``image`` (an ``ipywidgets.Image``), whole, or with ``animated`` artists only drawn over a cached still part
    (``plots.Blitter``); the stored picture (``static_png``) is the image's current PNG.

    Call ``_live_figure(figure, animated, width)`` before laying out the widget, and put ``image`` in it."""

    def _live_figure(self, figure, animated=None, width: int | None = None) -> None:
        """``animated``: the artists that move, drawn over a cached background (default: the whole figure is drawn
        every time); ``width``: the image's width in pixels (default: the figure's)."""
        self.figure = figure
        self._blitter = Blitter(figure, animated) if animated else None
        width = width or int(figure.get_figwidth() * figure.dpi)
        self.image = widgets.Image(format="png", layout=widgets.Layout(width=f"{width}px", max_width="100%"))

    def render(self) -> None:
        """Draw the figure as it now stands into ``image``."""
        self.image.value = self._blitter.png() if self._blitter else render_png(self.figure)

    def still_changed(self) -> None:
        """Call when an artist outside ``animated`` changed: the next ``render()`` draws everything again."""
        if self._blitter is not None:
            self._blitter.invalidate()

    def static_png(self) -> bytes:
        return self.image.value


class Explorer(LiveFigure, widgets.VBox):
    """A figure, its controls and a readout, redrawn by ``redraw(values) -> readout_html`` on every change."""

    def __init__(self, figure, artists: dict, controls: dict, redraw: Callable[[dict], str], animated=None):
        """``animated``: the artists that move (all others stay still), drawn over a cached background; by
        default the whole figure is drawn on every move."""
        self.artists, self.controls = artists, controls
        self._live_figure(figure, animated)
        self._redraw, self._holding, self._reactions = redraw, False, {}
        self._pending, self._last_move, self._first_wait, self._last_draw = False, 0.0, 0.0, 0.0
        self.readout = widgets.HTML(layout=widgets.Layout(margin="8px 0 0 0"))
        panel = widgets.VBox([*controls.values(), self.readout], layout=widgets.Layout(min_width="360px"))
        children = [widgets.HBox([self.image, panel], layout=widgets.Layout(flex_flow="row wrap"))]
        if projector_on():
            children.insert(0, widgets.HTML(PROJECTOR_CSS))
        super().__init__(children)
        self.add_class("nnlib-explorer")
        if projector_on():
            self.add_class("nnlib-projector")
        for control in controls.values():
            control.observe(self._changed, names="value")
        self.readout.value = redraw(self.values())
        fix_layout(figure)  # after the first redraw, so the layout has room for the titles it set
        self.render()

    def values(self) -> dict:
        """The current value of every control, by name."""
        return {name: control.value for name, control in self.controls.items()}

    def on(self, name: str, fn: Callable[[object], None]) -> None:
        """React to the control ``name``: whenever its value changes, ``fn(new_value)`` runs first, then the figure
        is redrawn once. ``fn`` runs under ``hold()``: the controls it sets do not redraw and do not run their own
        reactions (a preset filling nine sliders is one change, not ten). A control may have several reactions;
        they run in the order they were added. Setting controls inside ``hold()`` skips reactions: set them all."""
        if name not in self.controls:
            raise KeyError(f"{name!r} is not one of the controls {list(self.controls)}")
        self._reactions.setdefault(name, []).append(fn)

    def update(self) -> None:
        """Redraw the figure's artists and the readout from the controls' values."""
        self.readout.value = self._redraw(self.values())
        self.render()

    @contextmanager
    def hold(self):
        """Within this block, setting controls does not redraw (for setting several at once)."""
        holding, self._holding = self._holding, True
        try:
            yield
        finally:
            self._holding = holding

    def _changed(self, change) -> None:
        if self._holding:
            return
        if not self._react(change):
            return
        loop = _running_loop()
        from_browser = "value" in getattr(change["owner"], "_property_lock", {})
        if loop is None or not from_browser:  # set from code (a cell, a test): draw now, synchronously
            self._safe_update()
            return
        now = self._last_move = time.perf_counter()
        if self._pending:
            return  # the waiting drawing will show this value
        if now - self._last_draw > IDLE:  # the first move after a pause: at once
            self._draw()
            return
        self._pending, self._first_wait = True, now
        loop.call_later(QUIET, self._flush, loop)

    def _flush(self, loop) -> None:
        now = time.perf_counter()
        if now - self._last_move < QUIET and now - self._first_wait < MAX_WAIT:
            loop.call_later(QUIET, self._flush, loop)  # more moves are arriving: read them first
            return
        self._pending = False
        self._draw()

    def _draw(self) -> None:
        self._safe_update()
        self._last_draw = time.perf_counter()

    def _react(self, change) -> bool:
        """Run the reactions (``on``) of the control that changed, at once, each move (they set values, which is
        quick; the drawing that follows may be merged with later moves). False if one failed (shown in the
        readout)."""
        for name, reactions in self._reactions.items():
            if self.controls[name] is change["owner"]:
                try:
                    with self.hold():
                        for fn in reactions:
                            fn(change["new"])
                except Exception as error:  # as in a redraw: show it, where it is seen
                    self._show_error(error)
                    return False
        return True

    def _safe_update(self) -> None:
        try:
            self.update()
        except Exception as error:  # inside a widget callback an error is easily missed: show it in the readout
            self._show_error(error)

    def _show_error(self, error: Exception) -> None:
        self.readout.value = readout(t("redraw_failed", error=html.escape(f"{type(error).__name__}: {error}")))


def _running_loop():
    """The kernel's event loop while it handles a message from the browser, else None (plain Python, tests)."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def control_layout() -> dict:
    """Width (360 px) and label width (90 px) of a control, ``projected``."""
    return {"style": {"description_width": f"{round(projected(90))}px"},
            "layout": widgets.Layout(width=f"{round(projected(360))}px")}


def dropdown(description: str, names: list[str], value: str) -> widgets.Dropdown:
    """A dropdown whose options show translated names and whose values stay the English keys."""
    return widgets.Dropdown(options=[(t(name), name) for name in names], value=value, description=description,
                            **control_layout())


def toggle_buttons(description: str, options: list[tuple[str, object]], value, button_width: int | None = 90):
    """A row of buttons, one per ``(label, value)`` option, laid out like the other controls. ``button_width`` in
    pixels at the normal size, wider by ``CONTROL_TEXT_SCALE`` in projector mode (where their text is larger);
    None: as wide as each label."""
    width = "auto" if button_width is None else f"{round(projected(button_width))}px"
    return widgets.ToggleButtons(options=options, value=value, description=description,
                                 style=control_layout()["style"] | {"button_width": width})


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


def slider(description: str, value: float, low: float, high: float, step: float) -> widgets.FloatSlider:
    """A wide float slider with a readable label; continuous, so the figure follows the hand."""
    return widgets.FloatSlider(value=value, min=low, max=high, step=step, description=description,
                               readout_format=".2f", continuous_update=True, **control_layout())


def int_slider(description: str, value: int, low: int, high: int) -> widgets.IntSlider:
    """An integer slider laid out like ``slider``."""
    return widgets.IntSlider(value=value, min=low, max=high, step=1, description=description, **control_layout())


def fixed(x: float, digits: int = 2) -> str:
    """``x`` with ``digits`` decimals and never "-0.00" (as js/base.js ``fixed``: the browser writes the same)."""
    return f"{round(float(x), digits) + 0.0:.{digits}f}"


def number(x: float, digits: int = 2) -> str:
    """A number for a formula in a readout: negative ones in parentheses, "+ (-1.5)" rather than "+ -1.5"."""
    text = fixed(x, digits)
    return f"({text})" if text.startswith("-") else text


def readout(*rows: str) -> str:
    """Readout HTML: one row per line, large enough to read from afar (1.25em, ``projected``)."""
    return f"<div style='font-size:{projected(1.25):.2f}em;line-height:1.6'>" + "<br>".join(rows) + "</div>"


# ---------------------------------------------------------------------------------------------------------------
# Explorers drawn in the browser. The figure, the controls and the readout are drawn by a small ES module
# (nnlib/widgets/js/<kind>.js, with js/mirror.js for the math it shows and js/base.js for what all share) on every
# input event, without waiting for the kernel; the kernel is told the new values afterwards. Python keeps the one
# home of the math (the JavaScript only mirrors it: tests/browser/test_mirror.py compares them) and a matplotlib
# figure of the same picture, drawn when a value is set from Python and for the stored picture (StaticPicture).

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
    """One control of a ``BrowserExplorer``, as Python sees it: ``value`` reads and sets the explorer's value
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
        self._explorer.set(**{self.name: self.valid(x)})

    def valid(self, x):
        """``x`` as this control holds it: numbers clamped to [min, max] (as ipywidgets' sliders do), a choice
        checked against the options."""
        if self.kind in ("select", "toggle"):
            choices = [value for _, value in self.options]
            if x not in choices:
                raise ValueError(f"{x!r} is not one of {choices}")
            return x
        x = min(max(float(x), self.min), self.max)
        return int(round(x)) if self.kind == "int" else x

    def to_browser(self) -> dict:
        spec = {"name": self.name, "kind": self.kind, "label": self.description} | self.spec
        if spec.get("options") is not None:
            spec["options"] = [[label, value] for label, value in spec["options"]]
        return spec


def live_slider(description: str, value: float, low: float, high: float, step: float, digits: int = 2) -> Control:
    """A slider drawn in the browser; ``digits``: decimals of the value shown beside it."""
    return Control("slider", description, float(value), min=low, max=high, step=step, digits=digits)


def live_int_slider(description: str, value: int, low: int, high: int) -> Control:
    return Control("int", description, int(value), min=low, max=high, step=1)


def live_dropdown(description: str, names: list[str], value: str) -> Control:
    """A dropdown whose options show translated names and whose values stay the English keys."""
    return Control("select", description, value, options=[(t(name), name) for name in names])


def live_toggle(description: str, options: list[tuple[str, object]], value) -> Control:
    """A row of buttons, one per ``(label, value)`` option."""
    return Control("toggle", description, value, options=list(options))


class BrowserExplorer(StaticPicture, anywidget.AnyWidget):
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
        start = {name: c.start for name, c in controls.items() if name not in (access or {})} | (extra or {})
        super().__init__(_esm=esm(kind), kind=kind, spec=[c.to_browser() for c in controls.values()], values=start,
                         data=data or {}, texts=texts or templates(), projector=projector_on())
        self.add_class("nnlib-explorer-widget")
        self.observe(self._moved_in_browser, names="values")
        self.update()
        fix_layout(figure)  # after the first redraw, so the layout has room for the titles it set

    def set(self, **values) -> None:
        """Set values by name (as moving their controls would) and redraw once; the reactions of the controls
        set (``on``) run first, unless inside ``hold()``."""
        new = dict(self.values)
        for name, x in values.items():
            control = self.controls.get(name)
            if control is not None and control._set is not None:
                control._set(new, x)
            else:
                new[name] = x
        with self.hold():
            self.values = new
        if not self._holding:
            for name, x in values.items():
                for fn in self._reactions.get(name, []):
                    try:
                        with self.hold():
                            fn(x)
                    except Exception as error:  # as in a redraw: show it, where it is seen
                        self._show_error(error)
                        return
            self._safe_update()

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
        """What ``redraw`` is given: ``values``, each control's value as it holds it (a float slider a float, also
        when the browser sent 2 for 2.0), and the value of a control that shows part of a larger value under its
        own name, unless ``values`` has that name already (a layer's b, whose slider shows one neuron's b)."""
        v = dict(self.values)
        for name, control in self.controls.items():
            if control._get is None or name not in v:
                v[name] = control.value
        return v

    @property
    def readout(self):
        """The readout as the browser shows it now (``.value``, HTML)."""
        if self._stale:
            self._safe_update()
        return self._readout

    def render(self) -> bytes:
        return render_png(self.figure)

    def static_png(self) -> bytes:
        if self._stale:
            self._safe_update()
        return self.render()

    def _moved_in_browser(self, change) -> None:
        if "values" in getattr(self, "_property_lock", {}):  # moved in the browser: drawn there already
            self._stale = True

    def _safe_update(self) -> None:
        try:
            self.update()
        except Exception as error:  # inside a widget callback an error is easily missed: show it in the readout
            self._show_error(error)

    def _show_error(self, error: Exception) -> None:
        self._readout.value = readout(t("redraw_failed", error=html.escape(f"{type(error).__name__}: {error}")))

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
