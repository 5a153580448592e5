"""Shared test set-up.

Kernels that nbval starts inherit PYTHONWARNINGS: a "Glyph ... missing from font" warning raised in a notebook
(for instance by a plot a cell makes itself) becomes an error there, so a missing glyph fails the run.
"""

import os

import pytest

os.environ["PYTHONWARNINGS"] = "error:Glyph:UserWarning"


@pytest.fixture(params=["en", "zh-CN"])
def lang(request):
    """Run a test in each language; nnlib finds its own language again afterwards."""
    import nnlib as nl

    nl.set_language(request.param)
    yield request.param
    nl.set_language(None)
