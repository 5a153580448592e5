"""Our class's own digits in a real browser (issue 25, item 7): a learner draws on the class-digits pad in JupyterLab
with the mouse and clicks the digit's number; the kernel saves the drawing into a new file under class-digits/ beside
the notebook; the teacher's merge command takes the files. The scoring by notebook 04's cells is in
tests/test_class_digits.py.
"""

import subprocess
import sys

import nbformat
import numpy as np

from nnlib.class_digits import read
from tests.browser.harness import SHOTS, wait_for
from tests.browser.test_jupyterlab import close, open_and_run

CELLS = [
    "import numpy as np\nimport nnlib as nl",
    "net = nl.Network([784, 16, 16, 10], rng=np.random.default_rng(0))",
    "class_pad = nl.widgets.class_digits_pad(net)\nclass_pad",
]


def stroke(page, canvas, points) -> None:
    """Draw one stroke with the mouse through ``points`` (fractions of the pad's width and height)."""
    box = canvas.bounding_box()
    at = [(box["x"] + box["width"] * x, box["y"] + box["height"] * y) for x, y in points]
    page.mouse.move(*at[0])
    page.mouse.down()
    for (x0, y0), (x1, y1) in zip(at, at[1:], strict=False):
        for step in range(1, 11):
            page.mouse.move(x0 + (x1 - x0) * step / 10, y0 + (y1 - y0) * step / 10)
    page.mouse.up()


def test_digits_drawn_in_the_browser_are_saved_with_one_click_and_merged(labs, browser, tmp_path):
    lab = labs("en")
    folder = lab.root / "notebooks" / "en"
    notebook = "notebooks/en/class-digits-browser.ipynb"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in CELLS], metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}})
    nbformat.write(nb, lab.root / notebook)
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        open_and_run(page, lab, notebook)
        pad = page.locator(".nnlib-drawing-pad").first
        pad.scroll_into_view_if_needed()
        canvas = pad.locator(".nnlib-pad-column canvas").first
        status = pad.locator(".nnlib-pad-status")
        assert pad.locator(".nnlib-pad-saving button").count() == 10

        pad.locator('.nnlib-pad-saving button[data-label="4"]').click()  # nothing drawn yet
        wait_for(lambda: "Draw a digit first" in status.inner_text(), 20, "the pad to ask for a drawing first")

        stroke(page, canvas, [(0.5, 0.12), (0.5, 0.88)])  # a 1
        pad.locator('.nnlib-pad-saving button[data-label="1"]').click()
        wait_for(lambda: "Saved as a 1" in status.inner_text(), 20, "the kernel to say it saved the 1")
        stroke(page, canvas, [(0.25, 0.2), (0.75, 0.2), (0.4, 0.85)])  # a 7: the bar, then down
        pad.locator('.nnlib-pad-saving button[data-label="7"]').click()
        wait_for(lambda: "Saved as a 7" in status.inner_text(), 20, "the kernel to say it saved the 7")
        SHOTS.mkdir(parents=True, exist_ok=True)
        pad.screenshot(path=SHOTS / "class-digits-pad.png")

        files = list((folder / "class-digits").glob("*.npz"))
        assert len(files) == 1, files
        saved = read(files[0])
        assert saved.labels.tolist() == [1, 7]
        one, seven = saved.images.astype(float)
        columns = np.arange(28)
        assert abs((one.sum(axis=0) * columns).sum() / one.sum() - 13.5) < 1.5  # a vertical bar in the middle
        assert one[:, :10].sum() < 0.05 * one.sum() and seven[:8].sum() > seven[20:].sum()  # the 7's bar on top
        assert "nnlib-drawing-pad" in pad.get_attribute("class")

        result = subprocess.run([sys.executable, "-m", "nnlib.class_digits", "merge", "class-digits", "-o",
                                 str(tmp_path / "class.npz"), "--lang", "en"], cwd=folder, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr
        assert np.array_equal(read(tmp_path / "class.npz").images, saved.images)
        assert not errors, errors
    finally:
        close(context, lab, notebook)
