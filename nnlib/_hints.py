"""A hint after a ``NameError`` in a notebook: "run the cells above first", in the learner's language.

After a kernel restart, running a cell from the middle of a notebook fails with a bare ``NameError`` on
``net`` or ``X_test``. Such an error gets one more line that says what to do (Run ▸ Run All Above Selected Cell):
once nnlib has been imported in a notebook kernel, and, in an environment whose set-up ran
``python -m nnlib.kernel_startup`` (the README's set-up does), in every kernel from its start: that command writes
the kernel start-up ``STARTUP`` (``install_startup``), so that the hint comes also after a restart, before the
first cell has run again. Deleting that file turns it off.

Importing nnlib writes no file. In a running IPython kernel only (never in a script, a test or a plain Python
shell), it registers the hint through IPython's public ``post_run_cell`` event (no exception handler is replaced,
so other tools keep theirs), at most once per kernel; ``uninstall()`` removes it. This is plumbing of the
notebook, like a progress bar: it changes no result, no setting and no output other than the line after a
``NameError``.
"""

import sys
from pathlib import Path

from .i18n import t

# The kernel start-up that gives the hint before nnlib is imported (after a restart, a learner may run a later
# cell first): IPython reads ``ipython_kernel_config.py`` from ``<environment>/etc/ipython`` when any kernel of
# this environment starts. Written there by the set-up (``python -m nnlib.kernel_startup``, never on import); never
# over a file nnlib did not write. It defines nothing in the notebook and imports nnlib only after a NameError.
STARTUP_MARK = "# nnlib kernel start-up: the hint after a NameError"
STARTUP = f"""{STARTUP_MARK} (written by nnlib; delete this file to turn it off).
# After a kernel restart, a cell run before the cells above it fails with a NameError: this adds one line that
# says what to do (nnlib/_hints.py), also before nnlib is imported.
c.InteractiveShellApp.exec_lines.append(
    "def _nnlib_hint(result):\\n"
    "    if isinstance(getattr(result, 'error_in_exec', None), NameError):\\n"
    "        try:\\n"
    "            from nnlib import _hints\\n"
    "        except ImportError:\\n"
    "            return\\n"
    "        _hints._after_cell(result)\\n"
    "_nnlib_hint.nnlib_hint = True\\n"
    "get_ipython().events.register('post_run_cell', _nnlib_hint)\\n"
    "del _nnlib_hint\\n"
)
"""


def startup_file() -> Path:
    """Where the kernel start-up lives: ``<sys.prefix>/etc/ipython/ipython_kernel_config.py``."""
    return Path(sys.prefix) / "etc" / "ipython" / "ipython_kernel_config.py"


WRITTEN, THERE, FOREIGN, UNWRITABLE = "written", "there", "foreign", "unwritable"


def install_startup() -> tuple[str, str]:
    """Write the kernel start-up (``STARTUP``) into this environment (``startup_file()``) unless it is there.

    Returns ``(status, detail)``: ``WRITTEN``; ``THERE`` (nnlib's start-up was there already); ``FOREIGN`` (a file
    of the same name that nnlib did not write, left as it is); ``UNWRITABLE`` (a read-only environment; ``detail``
    says why). Never writes over any file, not even one written meanwhile."""
    path = startup_file()
    try:
        if path.exists():
            ours = _ours(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                with open(path, "x", encoding="utf-8") as out:  # "x": never over a file written meanwhile
                    out.write(STARTUP)
                return WRITTEN, ""
            except FileExistsError:  # written meanwhile: whose is it?
                ours = _ours(path)
    except OSError as error:  # not ours to write (a system Python): the hint still comes once nnlib is imported
        return UNWRITABLE, error.strerror or type(error).__name__
    return (THERE if ours else FOREIGN), ""


def _ours(path: Path) -> bool:
    """Whether the file at ``path`` is nnlib's kernel start-up (it starts with ``STARTUP_MARK``)."""
    return path.read_bytes().startswith(STARTUP_MARK.encode("utf-8"))


def _started(shell) -> bool:
    """Whether the kernel start-up's hint is registered already (then it gives the hint, and nothing else may)."""
    return any(getattr(fn, "nnlib_hint", False) for fn in shell.events.callbacks["post_run_cell"])


def _after_cell(result) -> None:
    error = getattr(result, "error_in_exec", None)
    if isinstance(error, NameError):
        print(t("hint_name_error", name=getattr(error, "name", None) or "?"))


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    shell = get_ipython()
    return shell if shell is not None and hasattr(shell, "kernel") else None


def install(shell=None) -> bool:
    """Register the hint in ``shell`` (default: the running kernel); False outside a kernel. Idempotent. Writes no
    file (the kernel start-up is the set-up's step, ``python -m nnlib.kernel_startup``)."""
    shell = shell if shell is not None else _shell()
    if shell is None:
        return False
    if _after_cell not in shell.events.callbacks["post_run_cell"] and not _started(shell):
        shell.events.register("post_run_cell", _after_cell)
    return True


def uninstall(shell=None) -> None:
    """Remove the hint again."""
    shell = shell if shell is not None else _shell()
    if shell is not None and _after_cell in shell.events.callbacks["post_run_cell"]:
        shell.events.unregister("post_run_cell", _after_cell)
