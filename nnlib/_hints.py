"""A hint after a ``NameError`` in a notebook: "run the cells above first", in the learner's language.

After a kernel restart, running a cell from the middle of a notebook fails with a bare ``NameError`` on
``net`` or ``X_test``. Once nnlib has been imported in a notebook kernel, such an error gets one more line that
says what to do (Run ▸ Run All Above Selected Cell).

Why this happens on import, although nnlib has no side effects on import: the hint is plumbing of the
notebook, like a progress bar; it changes no result, no setting and no output other than the line after a
``NameError``. It is registered only inside a running IPython kernel (never in a script, a test or a plain
Python shell), through IPython's public ``post_run_cell`` event (no exception handler is replaced, so other
tools keep theirs), at most once per kernel; ``uninstall()`` removes it.
"""

from .i18n import t


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
    """Register the hint in ``shell`` (default: the running kernel); False outside a kernel. Idempotent."""
    shell = shell if shell is not None else _shell()
    if shell is None:
        return False
    if _after_cell not in shell.events.callbacks["post_run_cell"]:
        shell.events.register("post_run_cell", _after_cell)
    return True


def uninstall(shell=None) -> None:
    """Remove the hint again."""
    shell = shell if shell is not None else _shell()
    if shell is not None and _after_cell in shell.events.callbacks["post_run_cell"]:
        shell.events.unregister("post_run_cell", _after_cell)
