"""Run a committed notebook in a kernel of its own and ask its variables questions afterwards.

The lessons' claims about trained networks are tested on the lessons' own code and settings, not on a copy of
them: ``NotebookRun`` runs every code cell of ``notebooks/<lang>/<name>`` in order (in the notebook's folder, with
the bundled digits, as nbval does), keeps the kernel alive, and ``run.value("net.accuracy(X_test, test_labels)")``
evaluates an expression there.

``perturbed=True`` first jitters the initial weights of every ``Network`` and ``CNN`` the notebook builds by a
relative 1e-6 (about 8 float32 rounding steps): what a different CPU or BLAS build does to the same computation.
Untrained answers that hold under it are the same on every machine; trained numbers drift, as they do from one
machine to the next (tests/test_portable.py).
"""

import json
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager

from nnlib.widgets.base import WIDGET_VIEW

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"

PERTURB = '''
import numpy as _np
import nnlib as _nl


def _jitter(model, _rng=_np.random.default_rng(20261129)):
    for value in vars(model).values():
        for array in value if isinstance(value, list | tuple) else [value]:
            if isinstance(array, _np.ndarray) and array.dtype.kind == "f":
                array *= (1 + 1e-6 * _rng.standard_normal(array.shape)).astype(array.dtype)


for _cls in (_nl.Network, _nl.CNN):
    def _init(self, *args, _original=_cls.__init__, **kwargs):
        _original(self, *args, **kwargs)
        _jitter(self)
    _cls.__init__ = _init
'''

TO_JSON = '''
def _nnlib_test_plain(value):
    import numpy
    if isinstance(value, numpy.ndarray | numpy.generic):
        return value.tolist()
    if isinstance(value, dict):
        return {str(k): _nnlib_test_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nnlib_test_plain(v) for v in value]
    return value
'''


class CellError(RuntimeError):
    """A cell raised; the message holds the cell's source and the error."""


class NotebookRun:
    """One executed notebook: ``outputs[k]`` is what code cell k printed (stdout and text/plain, as nbval reads it)."""

    def __init__(self, lang: str, name: str, perturbed: bool = False, timeout: float = 1800):
        self.path = NOTEBOOKS / lang / name
        self.notebook = nbformat.read(self.path, as_version=4)
        self.timeout = timeout
        self.km = KernelManager(kernel_name="python3")
        self.km.start_kernel(cwd=str(self.path.parent))
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=120)
        try:
            self.run(TO_JSON)
            if perturbed:
                self.run(PERTURB)
            self.cells = [c for c in self.notebook.cells if c.cell_type == "code"]
            self.outputs = [self.run(c.source) for c in self.cells]
        except BaseException:
            self.close()
            raise

    def run(self, source: str) -> str:
        """Run ``source`` in the kernel; returns its stdout and text/plain results; raises ``CellError`` on an error."""
        parts, error = [], []

        def hook(message):
            kind, content = message["msg_type"], message["content"]
            if kind == "stream" and content["name"] == "stdout":
                parts.append(content["text"])
            elif kind in ("execute_result", "display_data") and "text/plain" in content["data"]:
                if WIDGET_VIEW not in content["data"]:
                    parts.append(content["data"]["text/plain"] + "\n")
            elif kind == "error":
                error.append(f"{content['ename']}: {content['evalue']}")

        self.kc.execute_interactive(source, output_hook=hook, timeout=self.timeout, allow_stdin=False)
        if error:
            raise CellError(f"{self.path.name}: a cell raised {error[0]}\n--- cell ---\n{source}")
        return "".join(parts)

    def value(self, expression: str):
        """The value of ``expression`` in the notebook's namespace, as plain Python (arrays become lists)."""
        text = self.run(f"print(__import__('json').dumps(_nnlib_test_plain({expression})))")
        return json.loads(text.strip().splitlines()[-1])

    def close(self) -> None:
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def stored_output(cell) -> str:
    """What a committed code cell printed, read the same way as ``NotebookRun.run`` reads a live one."""
    parts = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream" and output["name"] == "stdout":
            parts.append(output["text"])
        elif output["output_type"] in ("execute_result", "display_data") and "text/plain" in output["data"]:
            if WIDGET_VIEW not in output["data"]:
                parts.append(output["data"]["text/plain"] + "\n")
    return "".join(parts)
