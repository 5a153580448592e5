"""Installing and opening the series without a network, run for real with the package index unreachable.

- The README's set-up command a second time: its pip steps find every requirement installed and build nnlib with
  the setuptools the requirements pinned (``--no-build-isolation``), asking the index for nothing.
- The README's open-again command: JupyterLab answers over HTTP on 127.0.0.1.
- A computer room's install from a wheelhouse (``scripts/make_wheelhouse.py``): the wheelhouse README's command
  makes a fresh virtual environment, then notebook 01 runs in its kernel. The wheelhouse is downloaded before the
  tests (``.ci/run`` does it; a test may reach only 127.0.0.1) and its folder is passed in ``NNLIB_WHEELHOUSE``.

"Unreachable": pip's index is a port on 127.0.0.1 where nothing listens, with no other index, no find-links and no
configuration file; a control in each test shows that pip then cannot download anything.
"""

import json
import os
import re
import shlex
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = "Scripts" if os.name == "nt" else "bin"


def fenced(name: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)\n```", (ROOT / name).read_text(encoding="utf-8"), re.S)


def free_port() -> int:
    """A port on 127.0.0.1 where nothing listens (the socket that found it is closed at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def offline_env(**extra: str) -> dict[str, str]:
    """The environment of a machine whose package index does not answer: pip's index is a closed port on
    127.0.0.1, and no configuration file, extra index or find-links folder of this machine is read."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_INDEX_URL=f"http://127.0.0.1:{free_port()}/simple/", PIP_CONFIG_FILE=os.devnull,
               PIP_RETRIES="0", PIP_TIMEOUT="5", PIP_DISABLE_PIP_VERSION_CHECK="1", **extra)
    return env


def assert_index_unreachable(python: Path, env: dict[str, str], tmp: Path) -> None:
    """The control: with this environment pip cannot download a package it does not have."""
    result = subprocess.run([str(python), "-m", "pip", "download", "--no-deps", "--dest", str(tmp / "control"),
                             "setuptools"], env=env, capture_output=True, encoding="utf-8", timeout=120)
    assert result.returncode != 0, "pip downloaded a package: the index is reachable, the test would prove nothing"


def setup_steps(readme: str) -> tuple[list[str], str]:
    """The README's bash set-up command split into its steps, and its open-again command."""
    setup, open_again, _test = fenced(readme, "bash")
    return setup.split(" && "), open_again


def test_readme_setup_works_a_second_time_with_the_index_unreachable(tmp_path):
    """A learner's ``.venv`` after a first set-up stands here as a fresh virtual environment that sees the packages
    of the environment running this test (a ``.pth`` file): every pinned requirement is installed, nnlib is not."""
    steps, _ = setup_steps("README.md")
    assert steps[0] == "python3 -m venv .venv" and steps[-1].startswith(".venv/bin/jupyter lab "), steps
    pip_steps = [shlex.split(step)[1:] for step in steps if step.startswith(".venv/bin/pip ")]
    assert len(pip_steps) == 2 and "--no-build-isolation" in pip_steps[1], pip_steps
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / BIN / ("python.exe" if os.name == "nt" else "python")
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, encoding="utf-8", check=True).stdout.strip()
    (Path(site) / "installed-before.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    env = offline_env()
    assert_index_unreachable(python, env, tmp_path)
    outputs = []
    for args in pip_steps:
        start = time.monotonic()
        result = subprocess.run([str(python), "-m", "pip", *args], cwd=ROOT, env=env, capture_output=True,
                                encoding="utf-8", timeout=600)
        assert result.returncode == 0, f"offline: pip {' '.join(args)}\n{result.stdout}\n{result.stderr}"
        outputs.append(result.stdout)
        print(f"pip {' '.join(args)}: {time.monotonic() - start:.1f} s offline")
    assert "Requirement already satisfied: setuptools==" in outputs[0]
    assert "Successfully installed nnlib" in outputs[1]
    # what the README's command did before: an isolated build, which fetches setuptools from the index, fails here
    isolated = [arg for arg in pip_steps[1] if arg != "--no-build-isolation"]
    result = subprocess.run([str(python), "-m", "pip", *isolated], cwd=ROOT, env=env, capture_output=True,
                            encoding="utf-8", timeout=600)
    assert result.returncode != 0 and "setuptools" in result.stdout + result.stderr, result.stdout + result.stderr
    where = subprocess.run([str(python), "-c", "import nnlib; print(nnlib.__file__)"], cwd=tmp_path, env=env,
                           capture_output=True, encoding="utf-8")
    assert Path(where.stdout.strip()).resolve() == (ROOT / "nnlib" / "__init__.py").resolve(), where.stderr


@pytest.mark.parametrize("readme, lang", [("README.md", "en"), ("README.zh-CN.md", "zh-CN")])
def test_readme_open_again_command_answers_with_the_index_unreachable(readme, lang, tmp_path):
    """The README's open-again command, as written (its ``.venv/bin/jupyter`` is the one beside this test's Python),
    plus what a test needs: no browser, a free port on 127.0.0.1, a token, the learner's folders in a temporary
    place."""
    _, open_again = setup_steps(readme)
    args = shlex.split(open_again)
    assert args[:2] == [".venv/bin/jupyter", "lab"] and f"notebooks/{lang}/01-the-neuron.ipynb" in args, open_again
    jupyter = Path(sys.executable).parent / ("jupyter.exe" if os.name == "nt" else "jupyter")
    env = offline_env(JUPYTERLAB_SETTINGS_DIR=str(tmp_path / "user-settings"),
                      JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
                      JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"))
    assert_index_unreachable(Path(sys.executable), env, tmp_path)
    port, token = free_port(), uuid.uuid4().hex
    log = tmp_path / "jupyterlab.log"
    start = time.monotonic()
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen([str(jupyter), *args[1:], "--no-browser", "--ip=127.0.0.1", f"--port={port}",
                                    f"--IdentityProvider.token={token}", "--allow-root"],
                                   cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            page = None
            while page is None:
                assert process.poll() is None, log.read_text(encoding="utf-8")
                assert time.monotonic() - start < 120, "JupyterLab did not answer within 120 s"
                try:
                    url = f"http://127.0.0.1:{port}/lab/tree/notebooks/{lang}/01-the-neuron.ipynb?token={token}"
                    with urllib.request.urlopen(url, timeout=10) as response:
                        page = (response.status, response.read().decode("utf-8"))
                except OSError:
                    time.sleep(0.5)
            print(f"{readme}: JupyterLab answered {time.monotonic() - start:.1f} s after the open command")
            assert page[0] == 200 and "<title>JupyterLab</title>" in page[1], page
        finally:
            process.terminate()
            process.wait(timeout=30)


def wheelhouse() -> Path:
    folder = os.environ.get("NNLIB_WHEELHOUSE")
    if not folder:
        message = ("NNLIB_WHEELHOUSE is not set. The wheelhouse is downloaded before the tests: "
                   "`python scripts/make_wheelhouse.py --platform linux --python "
                   f"{sys.version_info.major}.{sys.version_info.minor} --out DIR`, then NNLIB_WHEELHOUSE=DIR.")
        if os.environ.get("CI"):
            pytest.fail(message + " CI must do it (.ci/run does).")
        pytest.skip(message)
    path = Path(folder)
    assert (path / ".nnlib-wheelhouse").is_file(), f"{path} is not a wheelhouse of scripts/make_wheelhouse.py"
    return path


NOTEBOOK_RUN = """
import json, sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
nb.cells.append(nbformat.v4.new_code_cell("import sys, nnlib\\nprint(sys.prefix)\\nprint(nnlib.__file__)"))
NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": sys.argv[2]}}).execute()
print(json.dumps(nb.cells[-1].outputs[0]["text"].splitlines()))
"""


def test_a_room_installs_from_the_wheelhouse_and_runs_notebook_01(tmp_path):
    """The wheelhouse README's Linux command in a new folder (Python: this one), then notebook 01 (en) in the new
    environment's own kernel, with its own nnlib (installed from the wheel, not this repository's)."""
    folder = wheelhouse()
    install = fenced(str(folder / "README.md"), "bash")[0].splitlines()[0]
    name = folder.name
    assert install.startswith("python3 -m venv .venv && ") and f"--no-index --find-links /media/usb/{name} " in install
    assert install.endswith(" nnlib && .venv/bin/python -m nnlib.kernel_startup"), install
    command = install.replace(f"/media/usb/{name}", shlex.quote(str(folder))).replace("python3 ", shlex.quote(
        sys.executable) + " ", 1)
    env = offline_env(JUPYTER_DATA_DIR=str(tmp_path / "jupyter-data"), JUPYTER_CONFIG_DIR=str(tmp_path / "jcfg"),
                      JUPYTER_RUNTIME_DIR=str(tmp_path / "rt"))
    assert_index_unreachable(Path(sys.executable), env, tmp_path)
    room = tmp_path / "room-pc"
    room.mkdir()
    start = time.monotonic()
    result = subprocess.run(["bash", "-c", command], cwd=room, env=env, capture_output=True, encoding="utf-8",
                            timeout=1200)
    installed = time.monotonic() - start
    assert result.returncode == 0, f"{command}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    python = room / ".venv" / BIN / "python"
    startup = room / ".venv" / "etc" / "ipython" / "ipython_kernel_config.py"  # the command's last step wrote it
    assert startup.read_text(encoding="utf-8").startswith("# nnlib kernel start-up"), result.stdout[-3000:]
    start = time.monotonic()
    notebook = ROOT / "notebooks" / "en" / "01-the-neuron.ipynb"
    run = subprocess.run([str(python), "-c", NOTEBOOK_RUN, str(notebook), str(notebook.parent)], cwd=room, env=env,
                         capture_output=True, encoding="utf-8", timeout=900)
    ran = time.monotonic() - start
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-5000:]
    prefix, nnlib_file = json.loads(run.stdout.strip().splitlines()[-1])
    assert Path(prefix).resolve() == (room / ".venv").resolve(), prefix
    assert Path(nnlib_file).resolve().is_relative_to((room / ".venv").resolve()), nnlib_file
    print(f"wheelhouse install {installed:.0f} s, notebook 01 (en) {ran:.0f} s, both offline")


def test_make_wheelhouse_writes_only_into_a_folder_it_wrote(tmp_path):
    """A folder that holds someone's files and no mark of the script is refused before anything is downloaded."""
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "lesson-plan.docx").write_text("a teacher's own file", encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_wheelhouse.py"), "--platform", "linux",
                             "--python", "3.12", "--out", str(folder)], env=offline_env(), capture_output=True,
                            encoding="utf-8", timeout=120)
    assert result.returncode != 0 and "nothing was deleted or written" in result.stderr, result.stderr
    assert [p.name for p in folder.iterdir()] == ["lesson-plan.docx"]
    assert (folder / "lesson-plan.docx").read_text(encoding="utf-8") == "a teacher's own file"
