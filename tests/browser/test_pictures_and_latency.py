"""In Chromium: (1) a notebook opened in JupyterLab but not run shows every explorer's stored picture; (2) how fast
every explorer answers its slider, in JupyterLab and on the static pages opened from file://, each against the
browser-only reference of its place measured in the same run.

(2) is a measurement, not an assertion, marked ``benchmark``: the test suite leaves it out (``-m 'not benchmark'``
in pyproject.toml; every explorer's slider is moved in the browser by tests/browser/test_jupyterlab.py and
test_static_site.py), and ``python benchmarks/run.py --browser`` runs it: it writes ``artifacts/latency.json`` and
prints a table, which ``benchmarks/run.py`` shows beside its other rows. One step = one arrow key on the explorer's
first slider, timed in the page from the key event until the explorer's canvas has a new drawing (the count in its
``data-drawn`` attribute) and the next frame is painted; the kernel messages sent before and after that picture are
counted. References: in JupyterLab a browser-only ``jsdlink`` between two ipywidgets, and, for history, a kernel
callback that only swaps a ready PNG (the least any explorer drawn in the kernel could take); on the static pages a
range input that repaints a canvas. A drag: 120 key steps 1/60 s apart (2 s at 60 events a second); "lag" is the
time from the last step to the last new picture (a backlog of stale frames shows as a long lag), "pictures" how
many were drawn, "settled" whether the readout kept the last value's numbers.
"""


import json
import os
import re
import statistics
import time
from pathlib import Path

import nbformat
import pytest

from nnlib.widgets.base import WIDGET_VIEW

# the fixtures (one JupyterLab, one Chromium) and helpers of the main browser test
from tests.browser.harness import ROOT
from tests.browser.test_jupyterlab import close, open_and_run

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*/*.ipynb"))
REPORT = ROOT / "artifacts" / "latency.json"
SHOTS = ROOT / "artifacts" / "screenshots"
STEPS, WARMUP, DRAG_STEPS = 25, 3, 120
NOT_SLIDERS = ("TrainingCurves", "drawing_pad", "class_digits_pad")  # nl.widgets views that are not slider explorers

FLOOR_CODE = '''\
import io
import ipywidgets as widgets
import numpy as np
import PIL.Image

def frame(k):  # a 750x450 PNG of about 30 kB, like an explorer's figure
    pixels = np.full((450, 750, 3), 255, np.uint8)
    pixels[100:200, 100:200] = np.random.default_rng(k).integers(0, 256, (100, 100, 1), dtype=np.uint8)
    buffer = io.BytesIO()
    PIL.Image.fromarray(pixels).save(buffer, format="png", compress_level=1)
    return buffer.getvalue()

frames = [frame(k) for k in range(101)]
image = widgets.Image(value=frames[50], format="png", layout=widgets.Layout(width="750px"))
slider = widgets.IntSlider(value=50, min=0, max=100, continuous_update=True)
slider.observe(lambda change: setattr(image, "value", frames[change["new"]]), names="value")
kernel_floor = widgets.VBox([image, slider])
kernel_floor.add_class("floor-kernel")
kernel_floor
'''
BROWSER_FLOOR_CODE = '''\
source = widgets.IntSlider(value=50, min=0, max=100)
target = widgets.Label(value="50")
target.add_class("floor-target")
widgets.jsdlink((source, "value"), (target, "value"))
browser_floor = widgets.VBox([source, target])
browser_floor.add_class("floor-browser")
browser_floor
'''

# Every message the page sends to a kernel, timed: a step of an explorer drawn in the browser must change its picture
# before any message leaves (the kernel is told afterwards).
COUNT_MESSAGES = """(() => {
    window.__sent = [];
    const send = WebSocket.prototype.send;
    WebSocket.prototype.send = function (data) { window.__sent.push(performance.now()); return send.call(this, data); };
})();"""

# In the page: press a key on the root's first slider (`handle`); resolve with the milliseconds until the picture
# changed and the next frame was painted (null after 5 s), and the messages sent to the kernel before and after the
# picture changed (within 300 ms). The picture: for nnlib's explorers a new drawing of their canvas (the count in
# the root's data-drawn attribute, set when a drawing is done), for the floors the target element's content.
ONE_STEP = """async ([root, handleSelector, targetSelector, key]) => {
    const handle = root.querySelector(handleSelector);
    const target = targetSelector ? root.querySelector(targetSelector) : root;
    const options = targetSelector ? {attributes: true, childList: true, characterData: true, subtree: true}
                                   : {attributes: true, attributeFilter: ['data-drawn']};
    let drawnAt = null;
    const changed = new Promise(resolve => {
        const observer = new MutationObserver(() => {
            observer.disconnect();
            drawnAt = performance.now();
            requestAnimationFrame(() => resolve(performance.now()));
        });
        observer.observe(target, options);
        setTimeout(() => { observer.disconnect(); resolve(null); }, 5000);
    });
    const sent = (window.__sent || []).length;
    const start = performance.now();
    handle.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, cancelable: true}));
    const end = await changed;
    await new Promise(r => setTimeout(r, 300));
    const times = (window.__sent || []).slice(sent);
    return {ms: end === null ? null : end - start, before: times.filter(t => drawnAt === null || t < drawnAt).length,
            after: times.filter(t => drawnAt !== null && t >= drawnAt).length};
}"""

# A drag: ``steps`` keys ``interval`` ms apart (right, then back left: 2 s at 60 events a second); record every new
# picture until it has been still for 1.5 s. Returns the lag from the last key to the last picture (a backlog of stale
# frames shows as a long lag), the number of pictures, and whether the last picture is of the last value.
DRAG = """async ([root, handleSelector, targetSelector, steps, interval]) => {
    const handle = root.querySelector(handleSelector);
    const target = targetSelector ? root.querySelector(targetSelector) : root;
    const options = targetSelector ? {attributes: true, childList: true, characterData: true, subtree: true}
                                   : {attributes: true, attributeFilter: ['data-drawn']};
    const readout = root.querySelector('.nnlib-readout');
    const changes = [];
    const observer = new MutationObserver(() => changes.push(performance.now()));
    observer.observe(target, options);
    let last = 0;
    for (let k = 0; k < steps; k++) {
        const key = k < steps / 2 ? 'ArrowRight' : 'ArrowLeft';
        handle.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, cancelable: true}));
        last = performance.now();
        await new Promise(r => setTimeout(r, interval));
    }
    let seen = -1;
    while (seen !== changes.length) {
        seen = changes.length;
        await new Promise(r => setTimeout(r, 1500));
    }
    observer.disconnect();
    // settled: what it shows now is what a fresh drawing of the last value shows (one step away and back)
    const shown = readout ? readout.innerText : null;
    for (const key of ['ArrowRight', 'ArrowLeft']) {
        handle.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, cancelable: true}));
        await new Promise(r => setTimeout(r, 300));
    }
    return {lag: changes.length ? changes[changes.length - 1] - last : null, frames: changes.length,
            settled: readout ? readout.innerText === shown : null};
}"""

EXPLORER = ("input[type=range]", None)  # nnlib's explorers: their first slider, their canvas drawings
SLIDER_EXPLORERS = ".nnlib-explorer-widget:not(.nnlib-drawing-pad) .nnlib-explorer"  # the drawing pad has no slider
KERNEL_FLOOR, BROWSER_FLOOR = (".noUi-handle", "img"), (".noUi-handle", ".floor-target")


def movable(explorer) -> bool:
    """Whether the explorer's first slider can move (the diagram of one drawn digit has a slider of one value)."""
    sliders = explorer.locator("input[type=range]")
    return sliders.count() > 0 and sliders.first.evaluate("(s) => Number(s.max) > Number(s.min)")


def measure(page, root, kind: tuple, name: str, notebook: str, where: str = "JupyterLab") -> dict:
    """Median and p90 of one-step latencies, the kernel messages per step, and a drag, for the explorer (or floor)
    ``root``; ``kind``: (the slider's selector, the picture's selector or None for an explorer's drawings)."""
    root.scroll_into_view_if_needed()
    handle = root.element_handle()
    samples, before, after = [], [], []
    for k in range(WARMUP + STEPS):
        step = page.evaluate(ONE_STEP, [handle, *kind, "ArrowRight" if k % 2 == 0 else "ArrowLeft"])
        if k >= WARMUP and step["ms"] is not None:
            samples.append(step["ms"])
            before.append(step["before"])
            after.append(step["after"])
        time.sleep(0.15)  # let the kernel settle between steps
    drag = page.evaluate(DRAG, [handle, *kind, DRAG_STEPS, 1000 / 60])
    samples.sort()
    return {"name": name, "notebook": notebook, "where": where, "n": len(samples), "lost": STEPS - len(samples),
            "median_ms": round(statistics.median(samples), 1) if samples else None,
            "p90_ms": round(samples[int(0.9 * (len(samples) - 1))], 1) if samples else None,
            "messages_before_picture": max(before, default=None),
            "messages_per_step": round(statistics.mean(after), 2) if after else None,
            "drag_steps": DRAG_STEPS, "drag_frames": drag["frames"], "drag_settled": drag["settled"],
            "drag_lag_ms": None if drag["lag"] is None else round(drag["lag"], 1)}


REFERENCES = {"JupyterLab": "floor: browser-only jsdlink", "static page": "floor: a range input repaints a canvas"}


def table(report: dict) -> str:
    """Each row beside the browser-only reference of its place (JupyterLab or the static page), same run."""
    reference = {where: next((r["median_ms"] for r in report["rows"] if r["name"] == name), None)
                 for where, name in REFERENCES.items()}
    lines = ["| what | where | median ms | p90 ms | above browser-only ms | p90 / median | kernel messages before "
             "picture, per step | drag of 120 events: lag ms, pictures, settled |", "|---|---|---|---|---|---|---|---|"]
    for r in report["rows"]:
        med, p90, where = r["median_ms"], r["p90_ms"], r.get("where", "JupyterLab")
        ref = reference.get(where)
        above = "" if r["name"].startswith("floor") or med is None or ref is None else f"{med - ref:+.1f}"
        ratio = "" if not med else f"{p90 / med:.2f}"
        lines.append(f"| {r['name']} | {where} | {med} | {p90} | {above} | {ratio} | "
                     f"{r.get('messages_before_picture')}, {r.get('messages_per_step')} | "
                     f"{r['drag_lag_ms']}, {r['drag_frames']}, {r.get('drag_settled')} |")
    return "\n".join(lines)


def explorer_cells(nb) -> list[tuple[int, str]]:
    """(cell index, "neuron explorer (01)"-style name) of every displayed slider explorer of a notebook."""
    found = []
    for k, cell in enumerate(nb.cells):
        calls = re.findall(r"nl\.widgets\.(\w+)\(", cell.source) if cell.cell_type == "code" else []
        calls = [c for c in calls if c not in NOT_SLIDERS]
        shown = any(WIDGET_VIEW in o.get("data", {}) for o in cell.get("outputs", []))
        if calls and shown:
            found.append((k, calls[0].replace("_", " ")))
    return found


def trimmed(server, path: Path) -> tuple[str, list[str]]:
    """A copy of the notebook (beside it, on the server) that stops after its last explorer: what follows (the
    CNN's training in 05, for instance) is not measured and would only make the run longer. Returns its path on
    the server and the names of its explorers, in order."""
    nb = nbformat.read(path, as_version=4)
    explorers = explorer_cells(nb)
    nb.cells = nb.cells[: explorers[-1][0] + 1]
    target = server.root / path.relative_to(ROOT).parent / f"latency-{path.name}"
    nbformat.write(nb, target)
    return target.relative_to(server.root).as_posix(), [f"{name} ({path.name[:2]})" for _, name in explorers]


# One notebook per language, between them every kind of stored picture (explorers, the drawing pad, training
# curves, the sliding window): JupyterLab picks the PNG the same way in every notebook, and
# tests/test_static_pictures.py checks that every committed notebook stores every picture.
UNRUN = [ROOT / "notebooks" / "en" / "04-handwritten-digits.ipynb",
         ROOT / "notebooks" / "zh-CN" / "05-cnn-intuition.ipynb"]


@pytest.mark.parametrize("path", UNRUN, ids=[f"{p.parent.name}/{p.name}" for p in UNRUN])
def test_a_notebook_opened_but_not_run_shows_every_explorer_picture(path, labs, browser):
    """The stored output holds a widget view (its model is gone) and a PNG: JupyterLab must show the PNG."""
    lab = labs(path.parent.name)
    notebook = path.relative_to(ROOT).as_posix()
    nb = json.loads(path.read_text(encoding="utf-8"))
    pictures = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])
                if "image/png" in o.get("data", {})]
    views = [o for o in pictures if WIDGET_VIEW in o["data"]]
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    try:
        page.goto(f"http://127.0.0.1:{lab.port}/lab/tree/{notebook}?token={lab.token}&reset")
        page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        shown = panel.locator('.jp-OutputArea-output[data-mime-type="image/png"] img')
        page.wait_for_function("([el, n]) => el.querySelectorAll("
                               "'.jp-OutputArea-output[data-mime-type=\"image/png\"] img').length >= n",
                               arg=[panel.element_handle(), len(pictures)], timeout=30_000)
        assert shown.count() == len(pictures)
        time.sleep(1.0)  # give a widget renderer (if one were chosen) the time to say it found no model
        text = panel.inner_text()
        assert "Loading widget" not in text and "Error displaying widget" not in text
        assert panel.locator(".jupyter-widgets").count() == 0 or not views
        if views:
            SHOTS.mkdir(parents=True, exist_ok=True)
            first = panel.locator(".jp-Cell").filter(has=page.locator('[data-mime-type="image/png"]'))
            first.last.scroll_into_view_if_needed()
            page.screenshot(path=SHOTS / f"unrun-{path.parent.name}-{path.stem}.png")
    finally:
        close(context, lab, notebook)


@pytest.mark.benchmark
def test_slider_latency_in_the_browser_against_the_floor(labs, browser):
    """Writes artifacts/latency.json and prints the table (nothing is asserted beyond getting numbers)."""
    lab = labs("en")
    floor_nb = nbformat.v4.new_notebook()
    floor_nb.cells = [nbformat.v4.new_code_cell(FLOOR_CODE), nbformat.v4.new_code_cell(BROWSER_FLOOR_CODE)]
    floor_nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    nbformat.write(floor_nb, lab.root / "floor.ipynb")
    report = {"when": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()), "load_before": os.getloadavg(),
              "cpus": os.cpu_count(), "steps": STEPS, "rows": []}
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    context.add_init_script(COUNT_MESSAGES)
    page = context.new_page()
    try:
        open_and_run(page, lab, "floor.ipynb")
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        report["rows"].append(measure(page, panel.locator(".floor-kernel"), KERNEL_FLOOR,
                                      "floor: kernel swaps a ready PNG", "-"))
        report["rows"].append(measure(page, panel.locator(".floor-browser"), BROWSER_FLOOR,
                                      "floor: browser-only jsdlink", "-"))
    finally:
        close(context, lab, "floor.ipynb")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    lessons = [p for p in NOTEBOOKS if p.parent.name == "en" and not p.name.startswith("00")]
    for path in lessons:
        notebook, names = trimmed(lab, path)
        context = browser.new_context(viewport={"width": 1500, "height": 1000})
        context.add_init_script(COUNT_MESSAGES)
        page = context.new_page()
        try:
            open_and_run(page, lab, notebook)
            explorers = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) " + SLIDER_EXPLORERS)
            assert explorers.count() == len(names)
            for k, name in enumerate(names):
                if movable(explorers.nth(k)):
                    report["rows"].append(measure(page, explorers.nth(k), EXPLORER, name, notebook))
        except Exception as error:  # noqa: BLE001 (a slow machine: keep what was measured, say what was not)
            report.setdefault("not_measured", []).append(f"{notebook}: {type(error).__name__}: {error}"[:300])
        finally:
            close(context, lab, notebook)
        report["load_after"] = os.getloadavg()
        REPORT.write_text(json.dumps(report, indent=1), encoding="utf-8")  # after each notebook: partial results
    print(f"\nload average {report['load_before']} -> {report['load_after']} on {report['cpus']} cores")
    print(table(report))
    # an explorer whose first slider cannot move (one image only: notebook 04's diagram of your own drawing) has no
    # numbers; the floor and the others must have them
    assert all(r["median_ms"] is not None for r in report["rows"] if r["name"].startswith("floor"))
    assert sum(r["median_ms"] is not None for r in report["rows"]) >= len(report["rows"]) - 2
    assert not report.get("not_measured"), report["not_measured"]


# The browser-only reference of the static pages: a range input that repaints a canvas (a 300 × 300 picture and a
# curve) and counts its drawings as an explorer does, measured the same way.
CANVAS_REFERENCE = """<!DOCTYPE html><html><body><div class="nnlib-explorer" data-drawn="0">
<canvas width="600" height="400"></canvas><input type="range" min="0" max="100" step="1" value="50"></div><script>
const root = document.querySelector(".nnlib-explorer"), input = root.querySelector("input");
const ctx = root.querySelector("canvas").getContext("2d");
let frame = null;
function paint() {
  frame = null;
  const v = Number(input.value);
  ctx.fillStyle = "white"; ctx.fillRect(0, 0, 600, 400);
  ctx.fillStyle = `rgb(${2 * v}, 80, 160)`; ctx.fillRect(20, 20, 300, 300);
  ctx.beginPath(); for (let x = 0; x < 240; x++) ctx.lineTo(340 + x, 200 - 100 * Math.tanh((x - 2 * v) / 20));
  ctx.stroke();
  root.dataset.drawn = String(Number(root.dataset.drawn) + 1);
}
input.addEventListener("keydown", (e) => {
  const d = {ArrowRight: 1, ArrowLeft: -1}[e.key];
  if (d === undefined) return;
  e.preventDefault(); input.value = String(Number(input.value) + d);
  if (frame === null) frame = requestAnimationFrame(paint);
});
paint();
</script></body></html>"""


@pytest.mark.benchmark
def test_explorer_latency_on_the_static_pages(browser, tmp_path):
    """The same measurement on the static edition built from the committed notebooks, opened from file:// with no
    network: every slider explorer of the English pages against a range input that repaints a canvas; and the size
    of every page and the time to open it (the load event, offline). Adds to artifacts/latency.json."""
    from tests.test_site import build

    site = tmp_path / "site"
    build(site)
    report = json.loads(REPORT.read_text(encoding="utf-8")) if REPORT.exists() else {
        "when": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()), "load_before": os.getloadavg(),
        "cpus": os.cpu_count(), "steps": STEPS, "rows": []}
    report["rows"] = [r for r in report["rows"] if r.get("where") != "static page"]
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    page = context.new_page()
    reference = tmp_path / "reference.html"
    reference.write_text(CANVAS_REFERENCE, encoding="utf-8")
    page.goto(reference.as_uri())
    report["rows"].append(measure(page, page.locator(".nnlib-explorer"), EXPLORER,
                                  "floor: a range input repaints a canvas", "-", "static page"))
    pages = sorted(site.glob("*/*.html")) + [site / "index.html"]
    report["site"] = {"pages": {}, "total_mb": round(sum(p.stat().st_size for p in pages) / 1e6, 2)}
    for path in pages:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load")
            times.append(time.perf_counter() - started)
        name = path.relative_to(site).as_posix()
        report["site"]["pages"][name] = {"mb": round(path.stat().st_size / 1e6, 2),
                                         "open_ms": round(1000 * statistics.median(times))}
        if path.parent.name != "en":
            continue
        page.wait_for_function("() => [...document.querySelectorAll('.nnlib-static')].every("
                               "(c) => c.classList.contains('nnlib-alive'))", timeout=20_000)
        explorers = page.locator('.nnlib-static:not([data-kind="pad"]) .nnlib-explorer')
        for k in range(explorers.count()):
            if not movable(explorers.nth(k)):
                continue
            kind = explorers.nth(k).evaluate("(el) => el.closest('.nnlib-static').dataset.kind")
            report["rows"].append(measure(page, explorers.nth(k), EXPLORER, f"{kind} ({path.name[:2]})",
                                          name, "static page"))
    context.close()
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(table(report))
    print(json.dumps(report["site"], indent=1))
    assert all(r["median_ms"] is not None for r in report["rows"] if r.get("where") == "static page")


if __name__ == "__main__":  # print the table of the last report
    print(table(json.loads(Path(REPORT).read_text(encoding="utf-8"))))
