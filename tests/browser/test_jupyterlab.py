"""The whole series in a real browser: JupyterLab on 127.0.0.1 driven by Debian's Chromium through Playwright.

For every notebook of both languages: open it, wait until its kernel is really connected, run all cells, and
check that nothing failed and every widget rendered; then move a slider of every explorer with the keyboard
(and, in notebook 04, draw a stroke with the mouse) and check that the figure's pixels and the readout changed.
JupyterLab starts as each README starts it (``--LabApp.app_settings_dir=lab-settings/<language>``): the zh-CN
notebooks run in a Chinese interface, the en notebooks in an English one; elements are found by command id, role or
class, never by a menu's text. Screenshots go to ``artifacts/screenshots/`` (``*-menus.png``: the Run menu open).
Without Chromium the test is skipped (a failure when ``CI`` is set).
"""

import json

import nbformat
import pytest

from nnlib.widgets.base import WIDGET_VIEW
from tests.browser.harness import CHROMIUM, NOTEBOOKS, ROOT, SHOTS, wait_for  # noqa: F401

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


def nudge(page, explorer) -> None:
    """Move the explorer's first slider that can move by five keyboard steps, as a person would (towards the end
    it is farther from); with no movable slider (a diagram of one drawn digit), press another of its toggle
    buttons. The figure's pixels (its canvas) and the readout must both change."""
    explorer.scroll_into_view_if_needed()
    figure, readout = explorer.locator("canvas.nnlib-canvas").first, explorer.locator(".nnlib-readout")
    before_pixels, before_text = image_pixels(figure), readout.inner_text()
    sliders = explorer.locator("input[type=range]")
    movable = [sliders.nth(k) for k in range(sliders.count())
               if float(sliders.nth(k).get_attribute("max")) > float(sliders.nth(k).get_attribute("min"))]
    if movable:
        slider = movable[0]
        low, high, now = (float(x) for x in slider.evaluate("s => [s.min, s.max, s.value]"))
        slider.focus()
        for _ in range(5):
            slider.press("ArrowRight" if high - now >= now - low else "ArrowLeft")
    else:
        buttons = explorer.locator("button[aria-pressed=false]")
        assert buttons.count(), "an explorer with neither a movable slider nor a toggle button"
        buttons.first.click()
    page.wait_for_function("([el, old]) => el.innerText !== old", arg=[readout.element_handle(), before_text],
                           timeout=20_000)
    wait_for(lambda: image_pixels(figure) != before_pixels, 20, "the explorer's figure to change")


def check_interface(page, language: str) -> None:
    """The interface speaks ``language``: the page says so, no news prompt covers the notebook, and the commands
    behind the menu items that the texts name carry the labels that the texts give (tests/test_menu_names.py checks
    the texts against the language pack's catalogue; here the running interface is checked against it)."""
    from tests.test_menu_names import MENU_COMMANDS, catalogue, translate

    assert page.evaluate("document.documentElement.lang") == language
    page.wait_for_function("() => window.jupyterapp.commands.hasCommand('jupyterlab-translation:en')",
                           timeout=30_000)
    for english, command in MENU_COMMANDS.items():
        label = page.evaluate("(id) => window.jupyterapp.commands.label(id)", command)
        if language == "en":
            assert label == english, command
        elif english in catalogue():
            assert label == translate(english, None), command
    assert page.locator(".Toastify__toast").count() == 0, page.locator(".Toastify__toast").all_inner_texts()


def close(context, lab, notebook: str) -> None:
    context.close()
    for session in lab.api("sessions"):
        if session["path"] == notebook:
            lab.api(f"sessions/{session['id']}", method="DELETE")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[f"{p.parent.name}/{p.name}" for p in NOTEBOOKS])
def test_notebook_runs_and_its_explorers_respond(path, labs, browser):
    notebook = path.relative_to(ROOT).as_posix()
    lab = labs(path.parent.name)
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    console_errors = []
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    try:
        open_and_run(page, lab, notebook)
        check_interface(page, lab.language)
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")

        assert panel.locator('[data-mime-type="application/vnd.jupyter.error"]').count() == 0, "a cell raised"
        text = panel.inner_text()
        assert "Loading widget" not in text and "Error displaying widget" not in text
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        expected_views = sum(1 for c in cells if c["cell_type"] == "code"
                             for o in c.get("outputs", []) if WIDGET_VIEW in o.get("data", {}))
        # ipywidgets' own views, and nnlib's explorers (anywidget views, class nnlib-explorer-widget)
        rendered = panel.locator(".jp-OutputArea-output :is(.jupyter-widgets, .nnlib-explorer-widget)").count()
        assert rendered >= expected_views, f"{rendered} widget views rendered, {expected_views} expected"

        explorers = panel.locator(".nnlib-explorer-widget:not(.nnlib-drawing-pad) .nnlib-explorer")
        for k in range(explorers.count()):
            nudge(page, explorers.nth(k))

        pads = panel.locator(".nnlib-drawing-pad")
        for k in range(pads.count()):
            pad = pads.nth(k)
            pad.scroll_into_view_if_needed()
            canvas, figure = pad.locator(".nnlib-pad-column canvas").first, pad.locator("canvas.nnlib-canvas").first
            before_pixels, before_text = image_pixels(figure), pad.locator(".nnlib-readout").inner_text()
            box = canvas.bounding_box()
            page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.15)
            page.mouse.down()
            for step in range(1, 21):
                page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * (0.15 + 0.7 * step / 20))
            page.mouse.up()
            wait_for(lambda pad=pad, old=before_text: pad.locator(".nnlib-readout").inner_text() != old, 20,
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


@pytest.mark.parametrize("language", ["zh-CN", "en"])
def test_the_interface_speaks_the_language_of_the_notebooks(language, labs, browser):
    """A notebook of each language opened as a learner opens it, its Run menu open (by command, not by its text):
    the menus are in the notebook's language and no news prompt covers the notebook. Screenshot:
    ``artifacts/screenshots/<language>-menus.png``."""
    from tests.test_menu_names import translate

    lab = labs(language)
    notebook = f"notebooks/{language}/01-the-neuron.ipynb"
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"http://127.0.0.1:{lab.port}/lab/tree/{notebook}?token={lab.token}&reset")
        page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
        wait_for(lambda: lab.session(notebook), 60, f"the kernel of {notebook} to be connected")
        check_interface(page, language)
        page.evaluate("() => window.jupyterapp.commands.execute('runmenu:open')")
        run_all = page.locator('#jp-mainmenu-run [data-command="runmenu:run-all"] .lm-Menu-itemLabel')
        run_all.wait_for(timeout=10_000)
        expected = "Run All Cells" if language == "en" else translate("Run All Cells", None)
        assert run_all.inner_text() == expected
        menus = ["File", "Edit", "View", "Run", "Kernel", "Settings", "Help"]
        titles = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
        assert set(menus if language == "en" else [translate(m, "menu") for m in menus]) <= set(titles), titles
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SHOTS / f"{language}-menus.png")
    finally:
        close(context, lab, notebook)


def test_presenting_a_notebook_keeps_its_explorers_live(labs, browser):
    """Presenting in class: JupyterLab's presentation mode with nnlib's projector mode (RISE cannot render
    ipywidgets with the pinned JupyterLab, see docs/teaching.md); the explorer's slide still answers the keys."""
    lab = labs("zh-CN")
    # notebook 01 as a teacher runs it in class: projector mode switched on in a cell right after the imports
    nb = nbformat.read(ROOT / "notebooks" / "zh-CN" / "01-the-neuron.ipynb", as_version=4)
    first_code = next(k for k, cell in enumerate(nb.cells) if cell.cell_type == "code")
    nb.cells.insert(first_code + 1, nbformat.v4.new_code_cell("nl.projector(True)"))
    notebook = "notebooks/zh-CN/01-the-neuron-projected.ipynb"
    nbformat.write(nb, lab.root / notebook)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        open_and_run(page, lab, notebook)
        assert page.locator(".nnlib-explorer.nnlib-projector").count() > 0, "projector mode did not take effect"
        page.evaluate("() => window.jupyterapp.commands.execute('application:toggle-presentation-mode')")
        page.wait_for_selector("body.jp-mod-presentationMode, .jp-mod-presentationMode", timeout=10_000)
        explorer = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .nnlib-explorer").first
        nudge(page, explorer)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SHOTS / "presentation-zh-CN-01.png")
    finally:
        close(context, lab, notebook)


def test_explorers_move_without_the_kernel(labs, browser):
    """The explorers compute and draw in the browser: once the notebook has run, its kernel is shut down and every
    explorer still answers the keyboard, sending no message to a kernel before its picture changes."""
    lab = labs("en")
    notebook = "notebooks/en/01-the-neuron.ipynb"
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        open_and_run(page, lab, notebook)
        for session in lab.api("sessions"):
            if session["path"] == notebook:
                lab.api(f"kernels/{session['kernel']['id']}", method="DELETE")
        wait_for(lambda: not any(s["path"] == notebook for s in lab.api("sessions"))
                 or all(s["kernel"]["execution_state"] == "dead" for s in lab.api("sessions")
                        if s["path"] == notebook) or not lab.api("kernels"), 30, "the kernel to be gone")
        explorers = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .nnlib-explorer")
        assert explorers.count() > 0
        for k in range(explorers.count()):
            nudge(page, explorers.nth(k))
        assert not errors, errors
    finally:
        close(context, lab, notebook)
