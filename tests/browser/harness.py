"""What the browser tests share: where things are, Chromium, and one JupyterLab server per interface language.

The fixtures that hold them for a whole run (``chromium``, ``browser``, ``labs``) are in ``conftest.py`` beside this
file, so that every browser test module uses the same browser and the same servers.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*/*.ipynb"))
CHROMIUM = os.environ.get("NNLIB_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--no-first-run", "--disable-extensions",
                  "--disable-component-update", "--disable-sync"]
SETTINGS = {  # every cell in the page (no windowing), nothing saved (no news prompt: lab-settings/ sees to that)
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}


def wait_for(condition, timeout: float, what: str, interval: float = 0.2):
    """Poll ``condition`` until it returns something true; fail after ``timeout`` seconds naming ``what``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")


class Lab:
    """One JupyterLab server per interface language for the whole run, on a free port of 127.0.0.1, with a token
    of its own, started with the README's defaults for that language (``lab-settings/<language>/``).

    It serves a copy of ``notebooks/`` in a temporary folder, so that running them never touches the repository.
    """

    def __init__(self, tmp: Path, language: str):
        self.language = language
        self.root = tmp / "series"
        shutil.copytree(ROOT / "notebooks", self.root / "notebooks")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.token = uuid.uuid4().hex
        settings = tmp / "settings"
        for name, values in SETTINGS.items():
            path = settings / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values), encoding="utf-8")
        env = dict(os.environ, NNLIB_OFFLINE="1", JUPYTERLAB_SETTINGS_DIR=str(settings),
                   JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"), JUPYTER_RUNTIME_DIR=str(tmp / "runtime"))
        self.log = open(tmp / "jupyterlab.log", "w", encoding="utf-8")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1", f"--port={self.port}",
             f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={self.root}", "--allow-root",
             f"--LabApp.app_settings_dir={ROOT / 'lab-settings' / language}",
             "--LabApp.expose_app_in_browser=True", "--ServerApp.disable_check_xsrf=False"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)
        wait_for(self.ready, 90, "JupyterLab to start")

    def api(self, path: str, method: str = "GET"):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/{path}", method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def ready(self) -> bool:
        if self.process.poll() is not None:
            pytest.fail(f"JupyterLab exited with {self.process.returncode}")
        try:
            return bool(self.api("status"))
        except OSError:
            return False

    def session(self, notebook: str):
        """The notebook's session once its kernel is idle with a browser connected, else None."""
        for session in self.api("sessions"):
            kernel = session["kernel"]
            if session["path"] == notebook and kernel["execution_state"] == "idle" and kernel["connections"] > 0:
                return session
        return None

    def stop(self):
        for session in self.api("sessions"):
            self.api(f"sessions/{session['id']}", method="DELETE")
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()
