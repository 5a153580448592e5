"""Learner-proof, round 2 (issue 27), in real kernels: a training interrupted with Kernel ▸ Interrupt ends cleanly;
after a restart the NameError hint comes before nnlib is imported (the kernel start-up that the set-up's step
``python -m nnlib.kernel_startup`` writes, in an environment of the test's own; importing nnlib writes nothing);
30 re-runs of an explorer's cell keep the kernel's memory (RSS) flat."""

import json
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parents[1]


class Kernel:
    """A kernel of ``python`` (default: this one) started in ``folder``; ``run(code)`` returns what it printed."""

    def __init__(self, folder: Path, python: str | None = None, specs: Path | None = None):
        if python is None:
            self.km = KernelManager(kernel_name="python3")
        else:
            spec = specs / "kernels" / "other"
            spec.mkdir(parents=True, exist_ok=True)
            (spec / "kernel.json").write_text(json.dumps({
                "argv": [python, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "other", "language": "python"}), encoding="utf-8")
            self.km = KernelManager(kernel_name="other",
                                    kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(specs / "kernels")]))
        self.km.start_kernel(cwd=str(folder))
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=120)

    def run(self, code: str, timeout: float = 300) -> str:
        out = []

        def hook(message):
            content = message["content"]
            if message["msg_type"] == "stream":
                out.append(content["text"])
            elif message["msg_type"] == "error":
                out.append(f"{content['ename']}: {content['evalue']}\n")

        self.kc.execute_interactive(code, output_hook=hook, timeout=timeout)
        return "".join(out)

    def close(self) -> None:
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_an_interrupted_training_ends_cleanly(lang):
    kernel = Kernel(ROOT / "notebooks" / lang)
    try:
        kernel.run("import nnlib as nl\n(x, y), (xt, yt) = nl.load_mnist(offline=True, verbose=False)\n"
                   "X, X_test = nl.flatten(x), nl.flatten(xt)\nnet = nl.Network([784, 16, 16, 10], rng=0)")
        msg_id = kernel.kc.execute("history = net.fit(X, y, epochs=1000)")
        time.sleep(3)
        kernel.km.interrupt_kernel()
        bars = []
        while True:
            message = kernel.kc.get_iopub_msg(timeout=60)
            if message["parent_header"].get("msg_id") != msg_id:
                continue
            if message["msg_type"] in ("display_data", "update_display_data"):
                bars.append(message["content"]["data"].get("text/plain", ""))
            if message["msg_type"] == "error":
                bars.append("ERROR " + message["content"]["ename"])
            if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
                break
        reply = kernel.kc.get_shell_msg(timeout=60)
        assert reply["content"]["status"] == "ok", bars  # no KeyboardInterrupt traceback
        stopped = bars[-1]
        said = json.loads(kernel.run("import json\nprint(json.dumps([net.epochs_trained, net.batches_trained, "
                                     "net.interrupted, len(history['loss']), net.accuracy(X_test, yt)]))"))
        epochs, batches, interrupted, finished, accuracy = said
        assert interrupted and batches > 0 and finished == epochs and batches >= 250 * epochs
        assert f"{batches:,}" in stopped and "1000" in stopped.replace(",", "") and "■" in stopped
        assert ("stopped after" in stopped) == (lang == "en") and ("已在" in stopped) == (lang == "zh-CN")
        assert accuracy > 0.5  # it kept what it learned
        readout = kernel.run("ex = nl.widgets.network_explorer(net, xt, yt)\nprint(ex.readout.value)")
        assert f"{batches:,}" in readout and "⚠" in readout
        print(f"\n{lang}: stopped after {batches:,} batches ({epochs} epochs), test accuracy {accuracy:.1%}")
    finally:
        kernel.close()


@pytest.fixture
def own_environment(tmp_path_factory):
    """A virtual environment of the test's own that sees this one's packages and nnlib (nothing is installed)."""
    where = tmp_path_factory.mktemp("env") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "series.pth").write_text(f"{sysconfig.get_paths()['purelib']}\n{ROOT}\n", encoding="utf-8")
    return where, str(python)


def kernel_startup(python: str, lang: str, folder: Path) -> str:
    """The set-up's step ``python -m nnlib.kernel_startup --lang LANG`` in that environment: what it printed (it
    must end well in every case, never stopping a set-up)."""
    done = subprocess.run([python, "-m", "nnlib.kernel_startup", "--lang", lang], cwd=folder, capture_output=True,
                          encoding="utf-8", timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert len(done.stdout.splitlines()) == 1, done.stdout
    return done.stdout


def test_importing_nnlib_in_a_kernel_writes_no_file(own_environment, tmp_path):
    """No side effects on import: a notebook kernel that imports nnlib gets the hint, and the environment gets no
    file (the kernel start-up is the set-up's step, ``python -m nnlib.kernel_startup``)."""
    where, python = own_environment
    config = where / "etc" / "ipython"
    assert not config.exists()
    kernel = Kernel(tmp_path, python, tmp_path)
    try:
        assert kernel.run("import nnlib as nl\nprint(nl.__file__)").strip() == str(ROOT / "nnlib" / "__init__.py")
        assert "`net`" in kernel.run("net")  # the hint is registered in this kernel all the same
    finally:
        kernel.close()
    assert not config.exists(), sorted(config.rglob("*"))
    assert not (where / "etc").exists()


@pytest.mark.parametrize(("lang", "words", "written", "there"),
                         [("en", "Run All Above Selected Cell", "written to", "already in"),
                          ("zh-CN", "运行选中单元格上方的所有单元格", "已写入", "已经存在")])
def test_after_a_restart_the_hint_comes_before_nnlib_is_imported(own_environment, lang, words, written, there,
                                                                 tmp_path):
    """The set-up's step writes the kernel start-up; from then on a new kernel (a restart) gives the hint before
    nnlib is imported."""
    where, python = own_environment
    folder = tmp_path / "notebooks" / lang
    folder.mkdir(parents=True)
    startup = where / "etc" / "ipython" / "ipython_kernel_config.py"
    said = kernel_startup(python, lang, tmp_path)
    assert written in said and str(startup) in said, said
    assert startup.read_text(encoding="utf-8").startswith("# nnlib kernel start-up")
    before = startup.read_bytes()
    said = kernel_startup(python, lang, tmp_path)  # the set-up run a second time
    assert there in said and startup.read_bytes() == before, said
    again = Kernel(folder, python, tmp_path)  # a restart
    try:
        said = again.run("net.predict(X_test)")
        assert "NameError" in said and words in said and "`net`" in said and said.count("nnlib") == 1
        assert again.run("print('nnlib' in __import__('sys').modules, [n for n in dir() if 'nnlib' in n])") \
            == "True []\n"  # imported only to give the hint; no name left in the notebook
        again.run("import nnlib as nl")
        assert again.run("x_test").count("`x_test`") == 1  # one hint, not two
        assert again.run("print(1 + 1)") == "2\n"
    finally:
        again.close()
    assert startup.read_bytes() == before


@pytest.mark.parametrize(("lang", "words"), [("en", "not written by nnlib"), ("zh-CN", "不是 nnlib 写的")])
def test_a_file_of_the_same_name_is_left_alone(own_environment, lang, words, tmp_path):
    where, python = own_environment
    startup = where / "etc" / "ipython" / "ipython_kernel_config.py"
    startup.parent.mkdir(parents=True)
    mine = "c.InteractiveShellApp.exec_lines = ['mine = 1']\n"
    startup.write_text(mine, encoding="utf-8")
    said = kernel_startup(python, lang, tmp_path)
    assert words in said and str(startup) in said, said
    kernel = Kernel(tmp_path, python, tmp_path)
    try:
        kernel.run("import nnlib")
        assert kernel.run("print(mine)") == "1\n"
    finally:
        kernel.close()
    assert startup.read_text(encoding="utf-8") == mine


@pytest.mark.parametrize(("lang", "words"), [("en", "cannot write"), ("zh-CN", "无法写入")])
def test_a_start_up_that_cannot_be_written_does_not_stop_the_set_up(own_environment, lang, words, tmp_path):
    """``etc/ipython`` is a file here, so no folder can be made there (as in an environment one may not write)."""
    where, python = own_environment
    blocker = where / "etc" / "ipython"
    blocker.parent.mkdir()
    blocker.write_text("someone's file\n", encoding="utf-8")
    said = kernel_startup(python, lang, tmp_path)
    assert words in said and "ipython_kernel_config.py" in said, said
    assert blocker.read_text(encoding="utf-8") == "someone's file\n"


MEMORY = ("import gc\ndef _rss():\n    gc.collect()\n"
          "    return int(open('/proc/self/statm').read().split()[1]) * 4096 / 1e6")


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads the memory from /proc (Linux)")
@pytest.mark.parametrize("cell", ["nl.widgets.digit_explorer(net, xt, yt)", "pad = nl.widgets.drawing_pad(net)",
                                  "curves = nl.widgets.TrainingCurves(5)\ncurves"])
def test_thirty_re_runs_of_an_explorers_cell_keep_memory_flat(cell):
    kernel = Kernel(ROOT / "notebooks" / "en")
    try:
        kernel.run("import nnlib as nl\n(x, y), (xt, yt) = nl.load_mnist(offline=True, verbose=False)\n"
                   "net = nl.Network([784, 16, 16, 10], rng=0)\n" + MEMORY)
        for _ in range(3):
            kernel.run(cell)
        before = float(kernel.run("print(_rss())"))
        for _ in range(30):
            assert "Error" not in kernel.run(cell)
        after = float(kernel.run("print(_rss())"))
        alive = kernel.run("import ipywidgets\nprint(len(ipywidgets.widgets.widget._instances))")
        print(f"\n{cell.splitlines()[0]!r}: {before:.1f} MB -> {after:.1f} MB after 30 re-runs "
              f"({after - before:+.1f} MB), {alive.strip()} widgets alive")
        assert after - before < 10, (before, after)
        assert int(alive) <= 12
    finally:
        kernel.close()


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_notebook_04_out_of_order_says_untrained_and_refuses_zero_epochs(lang):
    """Notebook 04's own cells through nbclient, the training cell skipped: the network explorer says the network
    is not trained (the hand-made network of §3 gets no such note); ``fit(epochs=0)`` is refused at once."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "notebooks" / lang / "04-handwritten-digits.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    wanted = [c for c in code if c.source.startswith(("import time", "(train_images", "X_train = ", "net = nl.Network",
                                                      "drawings = ", "edges = ", "parts = ", "A1 = ", "hand = "))]
    readout = "print(_.readout.value)"
    sources = [c.source for c in wanted] + [
        next(c.source for c in code if c.source.startswith("nl.widgets.network_explorer(hand")), readout,
        next(c.source for c in code if c.source.startswith("nl.widgets.network_explorer(net, test_images")), readout,
        "net.fit(X_train[:100], train_labels[:100], epochs=0)"]
    run = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    NotebookClient(run, timeout=300, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(ROOT / "notebooks" / lang)}}).execute()

    def said(cell) -> str:
        return "".join(o.get("text", "") + o.get("evalue", "") for o in cell.outputs)

    note = "not been trained yet" if lang == "en" else "还没有训练"
    hand_readout, net_readout, zero = said(run.cells[-4]), said(run.cells[-2]), run.cells[-1]
    assert note not in hand_readout and "⚠" not in hand_readout
    assert note in net_readout
    assert zero.outputs[-1].ename == "InputError" and "epochs=1" in said(zero)
