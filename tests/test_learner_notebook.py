"""Notebook habits: after a restart, a cell run from the middle fails with a NameError; once nnlib is imported,
that error gets one line in the learner's language (a real kernel, started by nbclient). Outside a kernel,
importing nnlib registers nothing."""

import nbformat
import pytest
from nbclient import NotebookClient

import nnlib as nl
from nnlib import _hints


def run_cells(sources: list[str], folder) -> list:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in sources])
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(folder)}}).execute()
    return nb.cells


def text_of(cell) -> str:
    return "".join(output.get("text", "") for output in cell.outputs if output.output_type == "stream")


@pytest.mark.parametrize(("language", "words"),
                         [("en", "Run All Above Selected Cell"), ("zh-CN", "运行选中单元格上方的所有单元格")])
def test_a_name_error_says_run_the_cells_above(language, words, tmp_path, monkeypatch):
    monkeypatch.setenv("NNLIB_LANG", language)
    cells = run_cells(["x = 1", "import nnlib as nl", "net.predict(X_test)", "1 / 0", "print(x + 1)"], tmp_path)
    name_error = cells[2]
    assert any(o.output_type == "error" and o.ename == "NameError" for o in name_error.outputs)
    assert words in text_of(name_error) and "`net`" in text_of(name_error)
    assert text_of(cells[3]) == ""  # other errors: no hint
    assert text_of(cells[4]) == "2\n"


def test_importing_nnlib_in_a_kernel_changes_no_file_of_the_environment(tmp_path):
    """No side effects on import: the kernel start-up (the hint before nnlib is imported) is written by the set-up's
    step ``python -m nnlib.kernel_startup``, never by an import (tests/test_learner_round2_kernel.py checks both in an
    environment of its own, where the file is absent before)."""
    config = _hints.startup_file().parent

    def files() -> dict:
        return {path: path.read_bytes() for path in sorted(config.rglob("*")) if path.is_file()}

    before = files()
    cells = run_cells(["import nnlib", "net"], tmp_path)
    assert "`net`" in text_of(cells[1])
    assert files() == before


def test_outside_a_kernel_nothing_is_registered():
    assert nl is not None and _hints.install() is False
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        assert _hints._after_cell not in shell.events.callbacks["post_run_cell"]  # a plain shell: not a kernel
        assert _hints.install(shell) is True and _hints.install(shell) is True
        assert shell.events.callbacks["post_run_cell"].count(_hints._after_cell) == 1
        _hints.uninstall(shell)
        assert _hints._after_cell not in shell.events.callbacks["post_run_cell"]
    finally:
        InteractiveShell.clear_instance()


def test_an_untrained_network_says_so_in_the_digit_explorer(lang):
    from nnlib.widgets import digit_explorer

    (_, _), (xt, yt) = nl.data.load_bundled()
    net = nl.Network([784, 16, 16, 10], 0)
    explorer = digit_explorer(net, xt[:20], yt[:20])
    assert "⚠" in explorer.readout.value and ("训练" in explorer.readout.value) == (lang == "zh-CN")
    assert explorer.data["untrained"] is True and "untrained_note" in explorer.texts  # the browser says it too
    net.fit(nl.flatten(xt[:200]), yt[:200], epochs=1, progress=False)
    explorer.controls["index"].value = 3  # it shows the network as it was when its cell ran, as the browser does
    assert "⚠" in explorer.readout.value and explorer.data["untrained"] is True
    again = digit_explorer(net, xt[:20], yt[:20])  # the cell run again after training, as the note asks
    assert "⚠" not in again.readout.value and again.data["untrained"] is False and net.epochs_trained == 1
