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
def trained_network():
    """Notebook 04's network, trained once for every test that needs a trained one: 784-16-16-10, sigmoid, 10
    epochs of the bundled 8,000 digits (batch 10, lr 3.0, seeds 0 and 1). Returns ``(net, (x, y), (xt, yt))``
    with the digits as 28 × 28 images. Tests must not change it (train a copy of their own for that)."""
    import numpy as np

    import nnlib as nl

    (x, y), (xt, yt) = nl.data.load_bundled()
    net = nl.Network([784, 16, 16, 10], np.random.default_rng(0))
    net.fit(nl.flatten(x), y, epochs=10, batch_size=10, lr=3.0, rng=np.random.default_rng(1), progress=False)
    return net, (x, y), (xt, yt)


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


@pytest.fixture(params=[False, True], ids=["as-committed", "rounded-differently"])
def mnist(request, notebook_run):
    """Notebook 04 (en) run once as committed and once with its weights rounded differently."""
    return notebook_run("en", "04-handwritten-digits.ipynb", perturbed=request.param)
