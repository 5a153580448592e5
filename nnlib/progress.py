"""A progress bar for anything that takes more than a couple of seconds (downloads, training), with the time left.

In a notebook it is an ipywidgets bar with a label; in a terminal, a line on stderr; elsewhere (tests, CI
logs) it stays silent. It never changes a result. The time left is the time so far scaled by the share of
the work still to do (``time_left``), redrawn at most every ``every`` seconds so that it costs nothing.
"""

import sys
import time

from .i18n import t


def _bar_box(children: list):
    """An HBox whose stored output reads as "label: done/total" where there is no widget (GitHub, HTML)."""
    import ipywidgets as widgets

    class ProgressBox(widgets.HBox):
        summary = ""

        def _repr_mimebundle_(self, **kwargs):
            data = super()._repr_mimebundle_(**kwargs)
            data["text/plain"] = self.summary
            return data

    return ProgressBox(children)


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and hasattr(shell, "kernel")


def duration(seconds: float) -> str:
    """``seconds`` as the learner reads it: "12 s", "2 min 5 s" (or 12 秒, 2 分 5 秒)."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return t("seconds", s=seconds)
    return t("minutes", m=seconds // 60, s=seconds % 60)


def time_left(elapsed: float, done: int, total: int) -> float | None:
    """The seconds still to go if the rest goes as fast as the ``done`` of ``total`` steps so far; None at 0."""
    return elapsed * (total - done) / done if done else None


class Progress:
    """``with Progress(total, label) as bar: bar.update(k)``: k steps of ``total`` are done."""

    def __init__(self, total: int, label: str, every: float = 0.25):
        self.total, self.label, self.done, self.every = max(int(total), 1), label, 0, every
        self.start = self._drawn = time.perf_counter()
        self._bar = self._text = None
        if _in_notebook():
            import ipywidgets as widgets
            from IPython.display import display

            self._bar = widgets.IntProgress(value=0, min=0, max=self.total, description=label,
                                            style={"description_width": "initial", "bar_color": "#0072B2"},
                                            layout=widgets.Layout(width="520px"))
            self._text = widgets.Label()
            self._box = _bar_box([self._bar, self._text])
            self._box.summary = f"{label}: 0/{self.total}"
            self._display = display(self._box, display_id=True)
        self._terminal = self._bar is None and sys.stderr.isatty()

    def text(self, note: str = "") -> str:
        """What the bar says: the share done, the note, and the time left (or the time taken, once done)."""
        elapsed = time.perf_counter() - self.start
        if self.done >= self.total:
            when = t("time_done", time=duration(elapsed))
        else:
            left = time_left(elapsed, self.done, self.total)
            when = "" if left is None else t("time_left", time=duration(left))
        return " · ".join(part for part in (f"{100 * self.done // self.total}%", note, when) if part)

    def update(self, done: int, note: str = "") -> None:
        """Set the number of finished steps (not an increment) and an optional short note."""
        self.done = min(int(done), self.total)
        now = time.perf_counter()
        if now - self._drawn < self.every and self.done < self.total:
            return
        self._drawn = now
        if self._bar is not None:
            self._bar.value = self.done
            self._text.value = self.text(note)
        elif self._terminal:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.text(note)}   ")
            if self.done == self.total:
                sys.stderr.write("\n")

    def finish(self, ok: bool = True) -> None:
        """Mark the bar as done (green) or failed (red)."""
        if self._bar is not None:
            self._bar.bar_style = "success" if ok else "danger"
            self._box.summary = f"{self.label}: {self.done}/{self.total}" + (" ✓" if ok else " ✗")
            self._display.update(self._box)  # what a notebook opened without a kernel shows: the end

    def stop(self, note: str) -> None:
        """Mark the bar as stopped before the end (orange), ``note`` saying after how much."""
        if self._bar is not None:
            self._bar.value = self.done
            self._bar.bar_style = "warning"
            self._text.value = note
            self._box.summary = f"{self.label}: {self.done}/{self.total} ■ {note}"
            self._display.update(self._box)
        elif self._terminal:
            sys.stderr.write(f"\n{self.label}: {note}\n")

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.finish(exc[0] is None)
