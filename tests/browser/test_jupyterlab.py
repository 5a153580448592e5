"""The whole series in a real browser: JupyterLab on 127.0.0.1 driven by Debian's Chromium through Playwright.

For every notebook of both languages: open it, wait until its kernel is really connected, run all cells, and
check that nothing failed and every widget rendered; then move a slider of every explorer with the keyboard
(and, in notebook 04, draw a stroke with the mouse) and check that the figure's pixels and the readout changed.
Screenshots go to ``artifacts/screenshots/``. Without Chromium the test is skipped (a failure when ``CI`` is set).
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
SETTINGS = {  # no requests to the internet, every cell in the page (no windowing), nothing saved
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
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


@pytest.fixture(scope="session")
def chromium():
    if CHROMIUM is None:
        message = "Chromium is not installed: on Debian or Ubuntu, `sudo apt-get install chromium`."
        if os.environ.get("CI"):
            pytest.fail(message + " CI must install it (.ci/run does).")
        pytest.skip(message + " The browser test was skipped.")
    return CHROMIUM


class Lab:
    """One JupyterLab server for the whole run, on a free port of 127.0.0.1, with a token of its own.

    It serves a copy of ``notebooks/`` in a temporary folder, so that running them never touches the repository.
    """

    def __init__(self, tmp: Path):
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


@pytest.fixture(scope="session")
def lab(chromium, tmp_path_factory):
    server = Lab(tmp_path_factory.mktemp("lab"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


ALL_CELLS_RAN = """() => {
    const panel = '.jp-NotebookPanel:not(.lm-mod-hidden)';
    const prompts = [...document.querySelectorAll(panel + ' .jp-CodeCell .jp-InputPrompt')];
    return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""


def image_pixels(locator) -> bytes:
    return locator.screenshot()


def open_and_run(page, lab, notebook: str) -> None:
    """Open ``notebook`` in JupyterLab, wait until its kernel is really connected, run all cells, wait for them."""
    page.goto(f"http://127.0.0.1:{lab.port}/lab/tree/{notebook}?token={lab.token}&reset")
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
    wait_for(lambda: lab.session(notebook), 60, f"the kernel of {notebook} to be connected")
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_function(ALL_CELLS_RAN, timeout=240_000, polling=500)
    wait_for(lambda: lab.session(notebook), 120, "the kernel to finish")


def nudge(page, explorer, key: str = "ArrowRight") -> None:
    """Move the explorer's first slider by five keyboard steps, as a person would; the figure's pixels and the
    readout must both change."""
    explorer.scroll_into_view_if_needed()
    figure, readout = explorer.locator("img").first, explorer.locator(".widget-html").last
    before_pixels, before_text = image_pixels(figure), readout.inner_text()
    handle = explorer.locator(".noUi-handle").first
    handle.click()
    for _ in range(5):
        handle.press(key)
    page.wait_for_function("([el, old]) => el.innerText !== old", arg=[readout.element_handle(), before_text],
                           timeout=20_000)
    wait_for(lambda: image_pixels(figure) != before_pixels, 20, "the explorer's figure to change")


def close(context, lab, notebook: str) -> None:
    context.close()
    for session in lab.api("sessions"):
        if session["path"] == notebook:
            lab.api(f"sessions/{session['id']}", method="DELETE")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[f"{p.parent.name}/{p.name}" for p in NOTEBOOKS])
def test_notebook_runs_and_its_explorers_respond(path, lab, browser):
    notebook = path.relative_to(ROOT).as_posix()
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    console_errors = []
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    try:
        open_and_run(page, lab, notebook)
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")

        assert panel.locator('[data-mime-type="application/vnd.jupyter.error"]').count() == 0, "a cell raised"
        text = panel.inner_text()
        assert "Loading widget" not in text and "Error displaying widget" not in text
        widget_mime = "application/vnd.jupyter.widget-view+json"
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        expected_views = sum(1 for c in cells if c["cell_type"] == "code"
                             for o in c.get("outputs", []) if widget_mime in o.get("data", {}))
        rendered = panel.locator(".jp-OutputArea-output .jupyter-widgets").count()
        assert rendered >= expected_views, f"{rendered} widget views rendered, {expected_views} expected"

        explorers = panel.locator(".nnlib-explorer")
        for k in range(explorers.count()):
            nudge(page, explorers.nth(k))

        pads = panel.locator(".nnlib-drawing-pad")
        for k in range(pads.count()):
            pad = pads.nth(k)
            pad.scroll_into_view_if_needed()
            canvas, figure = pad.locator("canvas").last, pad.locator("img").first
            before_pixels, before_text = image_pixels(figure), pad.locator(".widget-html").last.inner_text()
            box = canvas.bounding_box()
            page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.15)
            page.mouse.down()
            for step in range(1, 21):
                page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * (0.15 + 0.7 * step / 20))
            page.mouse.up()
            wait_for(lambda pad=pad, old=before_text: pad.locator(".widget-html").last.inner_text() != old, 20,
                     "the drawing pad's answer to change")
            wait_for(lambda figure=figure, before=before_pixels: image_pixels(figure) != before, 20,
                     "the drawing pad's figure to change")

        SHOTS.mkdir(parents=True, exist_ok=True)
        name = f"{path.parent.name}-{path.stem}"
        page.screenshot(path=SHOTS / f"{name}.png")
        for k in range(explorers.count()):
            explorers.nth(k).screenshot(path=SHOTS / f"{name}-explorer{k + 1}.png")
        for k in range(pads.count()):
            pads.nth(k).screenshot(path=SHOTS / f"{name}-drawing{k + 1}.png")
        assert not console_errors, console_errors
    finally:
        close(context, lab, notebook)


def test_presenting_a_notebook_keeps_its_explorers_live(lab, browser):
    """Presenting in class: JupyterLab's presentation mode with nnlib's projector mode (RISE cannot render
    ipywidgets with the pinned JupyterLab, see docs/teaching.md); the explorer's slide still answers the keys."""
    notebook = "notebooks/zh-CN/01-the-neuron.ipynb"
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        open_and_run(page, lab, notebook)
        page.evaluate("() => window.jupyterapp.commands.execute('application:toggle-presentation-mode')")
        page.wait_for_selector("body.jp-mod-presentationMode, .jp-mod-presentationMode", timeout=10_000)
        explorer = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .nnlib-explorer").first
        nudge(page, explorer, key="ArrowLeft")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SHOTS / "presentation-zh-CN-01.png")
    finally:
        close(context, lab, notebook)
