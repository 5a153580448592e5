"""The online path, end to end: notebook 04 in English and 05 in Chinese run against a 60,000 + 10,000-image set
in MNIST's format (tests/fullset.py) served from 127.0.0.1 through ``$NNLIB_MIRRORS``, each into an empty
``$NNLIB_DATA``, with ``NNLIB_OFFLINE=0``.

On the full set, outputs that nbval compares offline (shapes, counts) legitimately differ, so this test asks
that every cell runs without an error and that the notebook says which data it used. Cell times are printed
(``pytest -s``), not asserted: benchmarks/run.py reports them.
"""

import pytest

from .fullset import ROOT, build_full_set, cell_seconds, execute, online_environment, serve, text_of


@pytest.fixture(scope="module")
def mirror():
    directory = build_full_set()
    with serve(directory) as url:
        yield url, directory


# Each notebook once and each language once: the download and the full set are the same in both languages (nbval
# runs every notebook of both languages offline), and each run of notebook 04 or 05 on 60,000 digits takes a minute.
@pytest.mark.parametrize(("language", "notebook"), [("en", "04-handwritten-digits.ipynb"),
                                                    ("zh-CN", "05-cnn-intuition.ipynb")])
def test_notebook_runs_on_the_full_set(mirror, tmp_path, monkeypatch, language, notebook):
    url, directory = mirror
    for name, value in online_environment(url, directory, tmp_path / "data").items():
        monkeypatch.setenv(name, value)
    nb = execute(ROOT / "notebooks" / language / notebook)
    said = text_of(nb)
    assert "60,000" in said and "10,000" in said, "the notebook must say that it used the full set"
    assert str(tmp_path / "data") in said
    assert sorted(p.name for p in (tmp_path / "data").iterdir() if p.name != ".nnlib-downloads") == sorted(
        line.split()[2] for line in (directory / "checksums.txt").read_text(encoding="utf-8").splitlines())
    slowest = sorted(cell_seconds(nb), reverse=True)[:3]
    print(f"\n{language}/{notebook}: slowest cells " + "; ".join(f"{s:.1f} s {line!r}" for s, line in slowest))
