"""The language of a notebook: every text nnlib shows (labels, titles, feedback, errors) in English or Chinese.

The code cells of the English and the Chinese notebook are identical, so nnlib finds the language itself:

1. ``set_language("zh-CN")`` if a cell called it;
2. otherwise the environment variable ``NNLIB_LANG`` (``en`` or ``zh-CN``, in any usual spelling: ``zh``,
   ``zh_CN``, ``zh-cn``, ``zh-Hans``, ``en_US`` ...; an unknown value is ignored with one warning);
3. otherwise the folder the kernel runs in: a notebook under ``notebooks/zh-CN/`` starts its kernel there;
4. otherwise English.

The texts themselves live in ``nnlib/texts/``, one module per area of nnlib and one per notebook.
"""

import locale
import os
import warnings
from pathlib import Path

from .texts import TEXTS

LANGUAGES = ("en", "zh-CN")
_chosen: str | None = None
_warned: set = set()


def normalize_language(name) -> str | None:
    """``"en"`` or ``"zh-CN"`` for the usual spellings of a language (``zh``, ``zh_CN``, ``zh-cn``, ``zh-Hans``,
    ``zh_CN.UTF-8``, ``en_US``, ``en-GB``, ``C``); ``None`` for anything else. Every Chinese variant gets the
    simplified Chinese texts, the only Chinese nnlib has."""
    if not isinstance(name, str):
        return None
    key = name.strip().split(".")[0].split("@")[0].replace("_", "-").lower()
    if key in ("zh", "chinese", "中文") or key.startswith("zh-"):
        return "zh-CN"
    if key in ("en", "english", "c", "posix") or key.startswith("en-"):
        return "en"
    return None


def set_language(language: str | None) -> None:
    """Choose the language of every text nnlib shows (``"en"``, ``"zh-CN"`` or a usual spelling of them, such
    as ``"zh"``); ``None`` goes back to finding it itself."""
    global _chosen
    if language is not None:
        normal = normalize_language(language)
        if normal is None:
            raise ValueError(TEXTS["unknown_language"][language_or_english()].format(name=language,
                                                                                       choices=LANGUAGES))
        language = normal
    _chosen = language


def set_command_language(chosen: str | None) -> None:
    """The language of a command's output (``python -m nnlib.class_digits``, ``python -m nnlib.kernel_startup``):
    ``--lang``, else NNLIB_LANG, else the system's (LC_ALL, LC_MESSAGES, LANG, the Windows locale), else English."""
    if chosen:
        set_language(chosen)
        return
    if os.environ.get("NNLIB_LANG", "").strip():
        return  # language() reads it
    candidates = [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    candidates.append(locale.getlocale()[0] or "")
    for name in candidates:
        if name.lower().startswith("chinese"):  # Windows: "Chinese (Simplified)_China"
            set_language("zh-CN")
            return
        if normalize_language(name):
            set_language(normalize_language(name))
            return
    set_language("en")


def language_or_english() -> str:
    """The language in use, as ``language()``, without warnings (for texts about the language itself)."""
    try:
        return language()
    except Exception:
        return "en"


def language() -> str:
    """The language in use: ``"en"`` or ``"zh-CN"`` (see the module's docstring for how it is found)."""
    if _chosen is not None:
        return _chosen
    env = os.environ.get("NNLIB_LANG", "").strip()
    if env:
        normal = normalize_language(env)
        if normal is not None:
            return normal
        if env not in _warned:  # once per spelling, in the language the folder gives, which is then used
            _warned.add(env)
            warnings.warn(TEXTS["env_unknown_language"][_folder_language()].format(value=env), UserWarning,
                          stacklevel=2)
    return _folder_language()


def _folder_language() -> str:
    """``"zh-CN"`` for a kernel running under ``notebooks/zh-CN/`` (or a session of that name), else ``"en"``."""
    for place in (os.environ.get("JPY_SESSION_NAME", ""), str(Path.cwd())):
        if "zh-CN" in Path(place).parts:
            return "zh-CN"
    return "en"


def t(key: str, **fields: object) -> str:
    """The text ``key`` in the current language, with ``fields`` filled in."""
    return TEXTS[key][language()].format(**fields)
