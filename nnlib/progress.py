"""A progress bar for anything that takes more than a couple of seconds (downloads, training).

In a notebook it is an ipywidgets bar with a label; in a terminal, a line on stderr; elsewhere (tests, CI
logs) it stays silent. It never changes a result.
"""

import sys


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


class Progress:
    """``with Progress(total, label) as bar: bar.update(k)``: k steps of ``total`` are done."""

    def __init__(self, total: int, label: str):
        self.total, self.label, self.done = max(int(total), 1), label, 0
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

    def update(self, done: int, note: str = "") -> None:
        """Set the number of finished steps (not an increment) and an optional short note."""
        self.done = min(int(done), self.total)
        if self._bar is not None:
            self._bar.value = self.done
            self._text.value = f"{self.done}/{self.total} {note}"
        elif self._terminal:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {note}")
            if self.done == self.total:
                sys.stderr.write("\n")

    def finish(self, ok: bool = True) -> None:
        """Mark the bar as done (green) or failed (red)."""
        if self._bar is not None:
            self._bar.bar_style = "success" if ok else "danger"
            self._box.summary = f"{self.label}: {self.done}/{self.total}" + (" ✓" if ok else " ✗")
            self._display.update(self._box)  # what a notebook opened without a kernel shows: the end

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.finish(exc[0] is None)
