"""Fixtures of the unit tests (the environment of every test is set in the root ``conftest.py``)."""

import pytest


@pytest.fixture(params=["en", "zh-CN"])
def lang(request):
    """Run a test in each language; nnlib finds its own language again afterwards."""
    import nnlib as nl

    nl.set_language(request.param)
    yield request.param
    nl.set_language(None)


@pytest.fixture(scope="session")
def notebook_run():
    """``notebook_run(lang, name, perturbed=False)``: a ``NotebookRun`` (tests/notebook_runs.py), run once."""
    from tests.notebook_runs import NotebookRun

    runs = {}

    def get(lang: str, name: str, perturbed: bool = False) -> NotebookRun:
        if (lang, name, perturbed) not in runs:
            runs[lang, name, perturbed] = NotebookRun(lang, name, perturbed)
        return runs[lang, name, perturbed]

    yield get
    for run in runs.values():
        run.close()
