"""Every text nnlib shows, English and Chinese side by side: one module per area of nnlib, one per notebook.

Each module holds ``TEXTS``: key -> ``{"en": ..., "zh-CN": ...}``; a text may hold ``str.format`` fields. A key
lives in the module of the code that shows it (when several areas show it, in the one lowest in this list);
errors about a learner's input (``input_*``) live in ``inputs``, the self-checks' (``check_*``, ``hint_*``) in
``checks``. ``tests/test_texts.py`` holds them to it: every key used somewhere, in both languages, in one module
only, and no text written twice.
"""

from . import (
           checks,
           class_digits,
           conv,
           data,
           handmade,
           inputs,
           notebook02,
           notebook03,
           notebook04,
           notebook05,
           plots,
           startup,
           training,
           widgets,
)

MODULES = (startup, inputs, data, handmade, conv, training, plots, widgets, checks, class_digits,
           notebook02, notebook03, notebook04, notebook05)

TEXTS: dict[str, dict[str, str]] = {key: texts for module in MODULES for key, texts in module.TEXTS.items()}
