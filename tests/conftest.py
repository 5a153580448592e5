"""Shared test set-up.

Kernels that nbval starts inherit the environment. With this PYTHONWARNINGS, a "Glyph ... missing from font"
warning raised in a notebook
(for instance by a plot a cell makes itself) becomes an error there, so a missing glyph fails the run.
"""

import os

import pytest

os.environ["PYTHONWARNINGS"] = "error:Glyph:UserWarning"
# The notebooks use the bundled digits in tests, so that the numbers they print are the committed ones
# (tests/test_data.py covers the download path against a server of its own on 127.0.0.1).
os.environ["NNLIB_OFFLINE"] = "1"


@pytest.fixture(params=["en", "zh-CN"])
def lang(request):
    """Run a test in each language; nnlib finds its own language again afterwards."""
    import nnlib as nl

    nl.set_language(request.param)
    yield request.param
    nl.set_language(None)
