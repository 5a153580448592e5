"""The promises of the repository's set-up: pinned requirements, Binder, the README's commands, lint."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_binder_requirements_are_the_runtime_requirements():
    requirements = (ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8")
    assert requirements == (ROOT / "requirements.txt").read_text(encoding="utf-8")


def test_every_requirement_is_pinned_exactly():
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in lines(ROOT / name):
            if line.startswith("-r "):
                continue
            pin = r"[A-Za-z0-9_.\-\[\]]+==[0-9][0-9A-Za-z.]*"
            assert re.fullmatch(pin + r"(; python_version [<>=]+ \"3\.\d+\")?", line), line
    runtime = {re.split(r"[=;]", line)[0] for line in lines(ROOT / "requirements.txt")}
    assert {"numpy", "matplotlib", "ipywidgets", "anywidget", "jupyterlab", "ipykernel", "pillow"} <= runtime


def test_the_chinese_interface_is_pinned():
    assert "jupyterlab-language-pack-zh-CN==4.5.post3" in lines(ROOT / "requirements.txt")


def test_binder_installs_nnlib_in_postbuild_not_in_requirements():
    post_build = (ROOT / "binder" / "postBuild").read_text(encoding="utf-8")
    assert "set -euo pipefail" in post_build and "--no-deps" in post_build
    assert not any(line.startswith("-e") or line == "." for line in lines(ROOT / "binder" / "requirements.txt"))
    assert (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip() == "python-3.12"


def fenced(text: str, language: str) -> list[str]:
    """The code blocks of ``text`` fenced as ```language."""
    return re.findall(rf"```{language}\n(.*?)\n```", text, re.S)


def test_binder_starts_jupyterlab_with_the_english_defaults(tmp_path):
    """Binder starts JupyterLab itself (a link cannot pass the README's options): postBuild puts the English
    start's defaults (English menus, no news prompt) into the image's JupyterLab. Run here against a JupyterLab
    application folder of the test's own (``JUPYTERLAB_DIR``), without the pip step and the kernel start-up's step
    (which would write into this environment; tests/test_learner_round2_kernel.py runs that command)."""
    post_build = (ROOT / "binder" / "postBuild").read_text(encoding="utf-8")
    steps = [line for line in post_build.splitlines() if line and not line.startswith("#")]
    pip = next(i for i, line in enumerate(steps) if "pip install" in line)
    assert steps[pip + 1] == "python -m nnlib.kernel_startup", steps  # right after nnlib is installed
    script = [line for line in post_build.splitlines()
              if "pip install" not in line and "nnlib.kernel_startup" not in line]
    env = dict(os.environ, JUPYTERLAB_DIR=str(tmp_path / "lab"),
               PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    subprocess.run(["bash", "-c", "\n".join(script)], cwd=ROOT, env=env, check=True)
    installed = tmp_path / "lab" / "settings" / "overrides.json"
    expected = (ROOT / "lab-settings" / "en" / "overrides.json").read_text(encoding="utf-8")
    assert installed.read_text(encoding="utf-8") == expected


def test_readmes_have_a_setup_an_open_again_and_a_test_command():
    """Per platform, bash (Linux, macOS) and PowerShell (Windows), with the same steps on both: the set-up command
    (it ends by opening the series), the open-again command (only that opening, which needs no network) and the test
    command. nnlib is built with the setuptools the requirements pin (``--no-build-isolation``): a set-up run again
    offline fetches nothing (tests/test_install_offline.py runs it with the package index unreachable)."""
    for name, lang in (("README.md", "en"), ("README.zh-CN.md", "zh-CN")):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert text.count("```") == 2 * 6, f"{name}: only the six commands are fenced code blocks"
        blocks = fenced(text, "bash")
        assert len(blocks) == 3, name
        start, open_again, test = blocks
        # the whole repository in the file browser, JupyterLab's defaults for this language, notebook 01 open
        # (tests/test_start.py runs this command's JupyterLab and checks what it serves)
        opening = (f".venv/bin/jupyter lab --ServerApp.root_dir=. --LabApp.app_settings_dir=lab-settings/{lang}"
                   f" notebooks/{lang}/01-the-neuron.ipynb")
        assert "python3 -m venv .venv" in start and start.endswith(" && " + opening), start
        assert open_again == opening, open_again
        assert "requirements-dev.txt" in test and test.endswith("python -m pytest")
        windows = fenced(text, "powershell")
        assert len(windows) == 3, name
        win_start, win_open_again, win_test = windows
        win_opening = opening.replace(".venv/bin/", ".venv\\Scripts\\").replace("/", "\\")
        assert win_start.startswith("py -m venv .venv") and win_start.endswith("; " + win_opening), win_start
        assert win_open_again == win_opening, win_open_again
        assert "requirements-dev.txt" in win_test and win_test.endswith(r".venv\Scripts\python -m pytest")
        for posix, win in ((start, win_start), (open_again, win_open_again), (test, win_test)):
            assert "/" not in win and "&&" not in win, win  # Windows paths; PowerShell 5.1 has no &&
            assert re.findall(r"-r ([^\s;]+)", posix) == re.findall(r"-r ([^\s;]+)", win)  # the same requirements
            nnlib = "--no-deps --no-build-isolation -e ."
            assert posix.count(nnlib) == win.count(nnlib)
            assert posix.count("pip install") == posix.count("--no-build-isolation") + posix.count("-r ")
            assert len(posix.split(" && ")) == len(win.split("; "))  # the same number of steps
        # after nnlib is installed, before JupyterLab opens: the kernel start-up (nnlib/kernel_startup.py)
        startup = f".venv/bin/python -m nnlib.kernel_startup --lang {lang}"  # its one line in the README's language
        steps, win_steps = start.split(" && "), win_start.split("; ")
        assert steps[-2] == startup and "-e ." in steps[-3], steps
        assert win_steps[-2] == startup.replace(".venv/bin/", ".venv\\Scripts\\"), win_steps
        assert "kernel_startup" not in test + win_test  # the tests make environments of their own


def test_ci_finds_the_readme_test_command():
    """.ci/run takes the first code block after ``<!-- test-command``: it must be the bash test command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    expected = fenced(readme, "bash")[2]
    after = readme[readme.index("<!-- test-command"):]
    assert after.split("```", 2)[1].split("\n", 1)[1].rstrip("\n") == expected  # what the awk below does
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    program = re.search(r"test_command=\$\(awk '([^']+)' README\.md\)", ci)
    assert program, ".ci/run no longer extracts the test command with awk: update this test"
    if shutil.which("awk"):
        result = subprocess.run(["awk", program.group(1), "README.md"], cwd=ROOT, capture_output=True,
                                encoding="utf-8", check=True)
        assert result.stdout.strip() == expected


def test_readmes_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_readme.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    repository = (ROOT / "binder" / "repository").read_text(encoding="utf-8").strip()
    for name in ("README.md", "README.zh-CN.md"):
        readme = (ROOT / name).read_text(encoding="utf-8")
        if repository == "OWNER/REPO":  # no address yet: no link that leads nowhere, and where it will come from
            assert "mybinder.org/v2/gh" not in readme and "`binder/repository`" in readme, name
        else:
            assert readme.count(f"mybinder.org/v2/gh/{repository}/") == 2, name


def test_readmes_link_binder_once_the_address_is_known(monkeypatch):
    sys.path.insert(0, str(ROOT / "scripts"))
    import update_readme

    monkeypatch.setattr(update_readme, "repository", lambda: "someone/what-is-a-neural-network")
    for lang, path in update_readme.READMES.items():
        readme = update_readme.filled(path.read_text(encoding="utf-8"), lang)
        assert readme.count("https://mybinder.org/v2/gh/someone/what-is-a-neural-network/main?urlpath=lab/tree/"
                            "notebooks/") == 2, path.name
        assert "][binder-en]" in readme and "][binder-zh-CN]" in readme and "OWNER" not in readme


def test_ruff_is_clean_on_code_and_notebooks():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(ROOT)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    listed = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--show-files", str(ROOT)],
                            capture_output=True, text=True).stdout
    assert "01-the-neuron.ipynb" in listed, "ruff should lint the notebooks too"


def test_no_side_effects_on_import():
    # (reading rcParams["backend"] would itself import pyplot, so it is left out of the comparison)
    code = (
        "import matplotlib as mpl, warnings, numpy as np\n"
        "def state():\n"
        "    rc = {k: mpl.rcParams[k] for k in mpl.rcParams if k != 'backend'}\n"
        "    return rc, list(warnings.filters), np.random.get_state()[1][:5].tolist()\n"
        "before = state()\n"
        "import nnlib\n"
        "after = state()\n"
        "assert before[0] == after[0], 'rcParams changed'\n"
        "assert before[1] == after[1], ('warning filters changed', before[1], after[1])\n"
        "assert before[2] == after[2], 'the random state changed'\n"
        "import sys; assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
