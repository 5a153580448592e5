"""Fixtures of the unit tests (the environment of every test is set in the root ``conftest.py``)."""

import pytest


@pytest.fixture(params=["en", "zh-CN"])
def lang(request):
    """Run a test in each language; nnlib finds its own language again afterwards."""
    import nnlib as nl

    nl.set_language(request.param)
    yield request.param
    nl.set_language(None)
