"""The set-up's last step: ``python -m nnlib.kernel_startup [--lang zh-CN]``.

Writes nnlib's kernel start-up into the environment of the Python that runs it
(``<sys.prefix>/etc/ipython/ipython_kernel_config.py``, see ``nnlib._hints``): from then on, after a kernel restart,
a cell run before the cells above it gets the hint "run the cells above first" even before nnlib is imported.
Importing nnlib never writes it; the README's set-up, the student edition's, the wheelhouse's and Binder's run this.
Deleting that file turns it off.

It prints one line, in the language of ``--lang`` (English if unknown), else ``NNLIB_LANG``, else the system's:
written, already there, a file of that name that nnlib did not write (left as it is), or cannot be written. The exit
status is 0 in every case: the hint also comes once nnlib is imported, so a set-up never stops here.
"""

import argparse
import sys

from . import _hints
from .i18n import set_command_language, set_language, t

MESSAGES = {_hints.WRITTEN: "kernel_startup_written", _hints.THERE: "kernel_startup_there",
            _hints.FOREIGN: "kernel_startup_foreign", _hints.UNWRITABLE: "kernel_startup_unwritable"}


def main(argv: list[str] | None = None) -> int:
    """Install the kernel start-up, print what was done; always 0."""
    parser = argparse.ArgumentParser(prog="python -m nnlib.kernel_startup",
                                     description="Install nnlib's kernel start-up (the hint after a NameError) "
                                     "into this environment. Delete the file it names to turn it off.")
    parser.add_argument("--lang", help="the message's language: en or zh-CN (default: the system's)")
    args = parser.parse_args(argv)
    try:
        set_command_language(args.lang)
    except ValueError as error:  # an unknown --lang: said, and the step goes on in English
        print(error, file=sys.stderr)
        set_language("en")
    status, error = _hints.install_startup()
    print(t(MESSAGES[status], path=_hints.startup_file(), error=error))
    return 0


if __name__ == "__main__":
    sys.exit(main())
