"""The environment variables nnlib reads, each read by one parser: ``flag`` for every on/off variable.

``NNLIB_OFFLINE``, ``NNLIB_PROJECTOR`` (and any later on/off variable) accept ``1``, ``true``, ``yes``, ``on`` and
``0``, ``false``, ``no``, ``off`` in any case; an empty or missing variable means off. Anything else is taken
as off with one warning that names the variable and the accepted spellings. ``NNLIB_LANG`` is read by
``nnlib.i18n.language`` (it accepts ``zh``, ``zh_CN``, ``zh-Hans``, ``en_US`` ...).
"""

import os
import warnings

from .i18n import t

TRUE = ("1", "true", "yes", "on")
FALSE = ("0", "false", "no", "off", "")
_warned: set = set()


class SettingWarning(UserWarning):
    """An environment variable or setting nnlib does not understand; it is ignored."""


def parse_flag(value) -> bool | None:
    """``True`` or ``False`` for a boolean, a number 0/1 or one of the accepted words; ``None`` otherwise."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in TRUE:
            return True
        if word in FALSE:
            return False
    return None


def warn_once(key: str, message: str) -> None:
    """One ``SettingWarning`` per ``key`` until the kernel restarts."""
    if key not in _warned:
        _warned.add(key)
        warnings.warn(message, SettingWarning, stacklevel=3)


def flag(name: str) -> bool:
    """The on/off environment variable ``name``: on for 1/true/yes/on, off for 0/false/no/off or unset."""
    value = os.environ.get(name, "")
    parsed = parse_flag(value)
    if parsed is None:
        warn_once(f"{name}={value}", t("env_unknown_flag", name=name, value=value, on="/".join(TRUE),
                                       off="/".join(FALSE[:-1])))
        return False
    return parsed
