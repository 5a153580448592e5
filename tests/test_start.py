"""The README's start, run for real: each README's own JupyterLab command, on 127.0.0.1 with a token of its own.

What a learner gets: notebook 01 of the README's language open, the whole repository in the file browser,
JupyterLab's interface in that language by default and no news prompt; and a language the learner chooses later
(Settings ▸ Language) is kept in the learner's own settings, which win over these defaults at the next start.
The interface itself, in a browser, is checked by tests/browser/test_jupyterlab.py.
"""

import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGUAGE = "@jupyterlab/translation-extension:plugin"
NEWS = "@jupyterlab/apputils-extension:notification"


def start_command(readme: str) -> list[str]:
    """The JupyterLab part of the README's start command (after its last ``&&``), as arguments."""
    start = re.findall(r"```bash\n(.*?)\n```", (ROOT / readme).read_text(encoding="utf-8"), re.S)[0]
    args = shlex.split(start.split("&&")[-1])
    assert args[:2] == [".venv/bin/jupyter", "lab"], start
    return args[2:]


class Server:
    """JupyterLab started from the repository's root as the README starts it, plus what a test needs: no browser,
    a free port, a token, and the learner's folders (settings, runtime) in a temporary place."""

    def __init__(self, args: list[str], home: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.token = uuid.uuid4().hex
        self.home = home
        env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(home / "user-settings"),
                   JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"), JUPYTER_RUNTIME_DIR=str(home / "runtime"))
        self.log = open(home / "jupyterlab.log", "w", encoding="utf-8")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jupyter", "lab", *args, "--no-browser", "--ip=127.0.0.1", f"--port={self.port}",
             f"--IdentityProvider.token={self.token}", "--allow-root"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while True:
            assert self.process.poll() is None, (home / "jupyterlab.log").read_text(encoding="utf-8")
            try:
                self.api("api/status")
                break
            except OSError:
                assert time.monotonic() < deadline, "JupyterLab did not start within 120 s"
                time.sleep(0.5)

    def api(self, path: str, method: str = "GET", body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/{path}", method=method, data=data,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
        return json.loads(text) if text else None

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


@pytest.fixture(scope="module", params=[("README.md", "en", "en"), ("README.zh-CN.md", "zh-CN", "zh_CN")],
                ids=["en", "zh-CN"])
def started(request, tmp_path_factory):
    readme, folder, locale = request.param
    server = Server(start_command(readme), tmp_path_factory.mktemp(f"learner-{folder}"))
    yield server, folder, locale
    server.stop()


def test_it_opens_notebook_01_with_the_whole_repository_in_the_file_browser(started):
    server, folder, _ = started
    top = {item["name"] for item in server.api("api/contents")["content"]}
    assert {"notebooks", "docs", "solutions", "README.md", "README.zh-CN.md"} <= top, top
    assert {"en", "zh-CN"} <= {item["name"] for item in server.api("api/contents/notebooks")["content"]}
    # the page the server opens in the learner's browser
    opened = "\n".join(p.read_text(encoding="utf-8") for p in (server.home / "runtime").glob("jpserver-*-open.html"))
    assert f"/lab/tree/notebooks/{folder}/01-the-neuron.ipynb?token=" in opened, opened


def test_the_interface_is_in_the_readmes_language_with_no_news_prompt(started):
    server, _, locale = started
    language = server.api(f"lab/api/settings/{LANGUAGE}")
    assert language["schema"]["properties"]["locale"]["default"] == locale
    assert language["settings"] == {}, "the defaults must not be written into the learner's settings"
    assert server.api(f"lab/api/settings/{NEWS}")["schema"]["properties"]["fetchNews"]["default"] == "false"
    # the language pack is installed and speaks the language: JupyterLab's own catalogue, as the browser gets it
    assert locale in server.api("lab/api/translations")["data"]
    catalogue = server.api(f"lab/api/translations/{locale}")["data"]
    if locale == "zh_CN":
        assert catalogue["jupyterlab"]["menu\u0004Run"] == ["运行"]
    else:
        assert catalogue == {}  # English is JupyterLab's own language: no catalogue


def test_a_language_the_learner_chooses_is_kept(started):
    """Settings ▸ Language saves the learner's choice in the learner's own settings; the README's defaults stay
    defaults, so that choice wins at every later start."""
    server, _, locale = started
    chosen = "en" if locale == "zh_CN" else "zh_CN"
    override_file = ROOT / "lab-settings" / ("zh-CN" if locale == "zh_CN" else "en") / "overrides.json"
    before = override_file.read_text(encoding="utf-8")
    server.api(f"lab/api/settings/{LANGUAGE}", method="PUT", body={"raw": json.dumps({"locale": chosen})})
    saved = server.home / "user-settings" / "@jupyterlab" / "translation-extension" / "plugin.jupyterlab-settings"
    assert json.loads(saved.read_text(encoding="utf-8"))["locale"] == chosen
    language = server.api(f"lab/api/settings/{LANGUAGE}")
    assert language["settings"]["locale"] == chosen
    assert language["schema"]["properties"]["locale"]["default"] == locale
    assert override_file.read_text(encoding="utf-8") == before


def test_every_start_in_the_texts_uses_its_languages_defaults():
    """Every JupyterLab start a text gives (the READMEs', the teacher's guide's projector start) sets that
    text's language."""
    texts = {"README.md": "en", "docs/teaching.md": "en", "README.zh-CN.md": "zh-CN", "docs/teaching.zh-CN.md": "zh-CN"}
    for name, folder in texts.items():
        starts = re.findall(r"jupyter lab\b[^`\n]*", (ROOT / name).read_text(encoding="utf-8"))
        assert starts, name
        for start in starts:
            settings = (f"--LabApp.app_settings_dir=lab-settings{sep}{folder} " for sep in "/\\")  # \\: Windows
            assert any(option in start + " " for option in settings), (name, start)
