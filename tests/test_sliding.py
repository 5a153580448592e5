"""Notebook 05's sliding windows: the convolution explorer and the pooling explorer, headless (their matplotlib
figure and readout, and what they send to the browser, which draws them with js/sliding.js and js/pooling.js)."""


import json
import shutil
import subprocess

import numpy as np
import pytest

import nnlib as nl
from nnlib.widgets.base import esm
from nnlib.widgets.sliding import pooling_window, sliding_window


@pytest.fixture(scope="module")
def digits():
    (x, _), _ = nl.data.load_bundled()
    return x[:10]


def test_sliding_window_is_one_step_of_the_convolution(digits):
    image, K = digits[3] / 255, nl.conv.KERNELS["vertical edge"]
    full = nl.conv2d(image[None], K[None])[0, 0]
    step = sliding_window(image, K, 5 * 26 + 7)
    assert (step["row"], step["col"]) == (5, 7)
    assert np.array_equal(step["patch"], image[5:8, 7:10])
    assert np.allclose(step["products"], K * image[5:8, 7:10])
    assert step["sum"] == pytest.approx(full[5, 7])
    filled = step["map"].ravel()
    assert np.allclose(filled[: 5 * 26 + 8], full.ravel()[: 5 * 26 + 8])
    assert np.isnan(filled[5 * 26 + 8 :]).all()
    assert not np.isnan(sliding_window(image, K, 26 * 26 - 1)["map"]).any()  # the last window completes the map


def test_pooling_window_picks_the_maximum():
    feature = np.arange(36, dtype=float).reshape(6, 6)[::-1]  # largest values at the top
    step = pooling_window(feature, 1 * 3 + 2)  # block (1, 2): rows 2-3, columns 4-5
    assert np.array_equal(step["block"], feature[2:4, 4:6])
    assert step["argmax"] == (0, 1) and step["max"] == feature[2, 5]
    assert np.allclose(step["pooled"].ravel()[:6], nl.max_pool2d(feature[None, None])[0, 0].ravel()[:6])
    assert np.isnan(step["pooled"].ravel()[6:]).all()


def test_sliding_explorer_moves_the_window_and_fills_the_map(digits, lang):
    ex = nl.widgets.sliding_explorer(digits, index=3, position=0)
    K = nl.conv.KERNELS["vertical edge"]
    full = nl.conv2d(digits[3][None] / 255, K[None])[0, 0]
    before = ex.static_png()
    ex.controls["position"].value = 10 * 26 + 12
    assert ex.static_png() != before
    assert ex.artists["window"].get_xy() == (11.5, 9.5)  # the 3x3 frame's corner, on the digit
    assert ex.artists["pixel"].get_xy() == (11.5, 9.5)  # the output pixel's frame, on the map
    patch = digits[3][10:13, 12:15] / 255
    assert np.array_equal(ex.artists["patch"].get_array(), patch)
    products = K * patch
    assert [x.get_text() for x in ex.artists["texts"]["products"][1]] == [
        f"{v:.2f}" if abs(v) >= 0.005 else "0" for v in products[1]]
    shown = np.ma.filled(ex.artists["map"].get_array(), np.nan).ravel()
    assert np.allclose(shown[: 10 * 26 + 13], full.ravel()[: 10 * 26 + 13]) and np.isnan(shown[10 * 26 + 13 :]).all()
    total = nl.widgets.base.term(full[10, 12])
    assert f"<b>{total}</b>" in ex.readout.value and "(10, 12)" in ex.readout.value
    assert ex.artists["total"].get_text() == f"Σ = {full[10, 12]:.2f}"
    assert ("位置" in ex.controls["position"].description) == (lang == "zh-CN")


def test_sliding_explorer_kernel_presets_and_sliders(digits):
    ex = nl.widgets.sliding_explorer(digits, index=3, position=200)
    ex.controls["preset"].value = "horizontal edge"
    assert [ex.controls[f"k{i}{j}"].value for i in range(3) for j in range(3)] == [-1, -2, -1, 0, 0, 0, 1, 2, 1]
    ex.controls["k11"].value = 2.0  # a slider moved: the kernel is a custom one, and the map follows it
    assert ex.controls["preset"].value == "custom"
    K = nl.conv.KERNELS["horizontal edge"].copy()
    K[1, 1] = 2.0
    assert np.allclose(ex.artists["kernel"].get_array(), K)
    assert ex.artists["texts"]["kernel"][1][1].get_text() == "2.00"
    full = nl.conv2d(digits[3][None] / 255, K[None])[0, 0]
    assert np.allclose(np.ma.filled(ex.artists["map"].get_array(), np.nan).ravel()[:201], full.ravel()[:201])
    ex.controls["index"].value = 5
    assert np.array_equal(ex.artists["input"].get_array(), digits[5] / 255)


def test_pooling_explorer_picks_out_the_maximum(digits, lang):
    ex = nl.widgets.pooling_explorer(digits, index=3, position=0)
    feature = np.maximum(nl.conv2d(digits[3][None] / 255, nl.conv.KERNELS["vertical edge"][None])[0, 0], 0)
    pooled = nl.max_pool2d(feature[None, None])[0, 0]
    r, c = np.unravel_index(int(np.argmax(pooled)), pooled.shape)  # the brightest block: its maximum is not 0
    before = ex.static_png()
    ex.controls["position"].value = int(r * 13 + c)
    assert ex.static_png() != before
    block = feature[2 * r : 2 * r + 2, 2 * c : 2 * c + 2]
    assert np.array_equal(ex.artists["block"].get_array(), block)
    i, j = np.unravel_index(int(np.argmax(block)), (2, 2))
    assert ex.artists["best"].get_xy() == (j - 0.5, i - 0.5)
    assert ex.artists["frame"].get_xy() == (2 * c - 0.5, 2 * r - 0.5)
    assert f"<b>{nl.widgets.base.term(pooled[r, c])}</b>" in ex.readout.value
    shown = np.ma.filled(ex.artists["pooled"].get_array(), np.nan).ravel()
    assert shown[r * 13 + c] == pooled[r, c] and np.isnan(shown[r * 13 + c + 1 :]).all()
    ex.controls["preset"].value = "horizontal edge"
    assert not np.array_equal(ex.artists["relu"].get_array(), feature)
    assert ("方块" in ex.readout.value) == (lang == "zh-CN")


@pytest.mark.parametrize(("builder", "kind"), [("sliding_explorer", "sliding"), ("pooling_explorer", "pooling")])
def test_the_browser_gets_the_digits_the_presets_and_its_module(builder, kind, digits):
    """The browser draws from ``data``: the digits as they are (uint8) and the kernel presets, on the sliders' range
    where there are sliders (the sliding window), as nnlib.conv has them where there are none (pooling)."""
    ex = getattr(nl.widgets, builder)(digits, index=3, position=0)
    assert ex.kind == kind and ex.data["images"]["dtype"] == "uint8" and ex.data["images"]["shape"] == [10, 28, 28]
    assert set(ex.data["presets"]) == set(nl.conv.KERNELS)
    assert ex.data["presets"]["sharpen"][4] == (3.0 if kind == "sliding" else 5.0)
    module = esm(kind)
    assert "export function reactKernel" in module and 'from "./' not in module  # js/conv_parts.js, joined in
    readout_keys = {"window_at", "window_sum"} if kind == "sliding" else {"block_at", "pooled_at"}
    assert readout_keys <= set(ex.texts)


def test_a_new_kernel_is_drawn_and_written_in_its_cells(digits):
    """A preset and then one slider change the kernel: its picture, its numbers, the products and the sum follow."""
    ex = nl.widgets.sliding_explorer(digits, index=3, position=100)
    ex.controls["preset"].value = "horizontal edge"
    ex.controls["k11"].value = 2.5
    ex.controls["position"].value = 150
    K = nl.conv.KERNELS["horizontal edge"].copy()
    K[1, 1] = 2.5
    assert np.allclose(ex.artists["kernel"].get_array(), K)
    assert ex.artists["texts"]["kernel"][1][1].get_text() == "2.50"
    assert ex.artists["texts"]["kernel"][0][1].get_text() == "-2.00"
    patch = digits[3][5:8, 20:23] / 255  # position 150: row 5, column 20
    assert ex.artists["total"].get_text() == f"Σ = {float((K * patch).sum()):.2f}"


def test_a_preset_beyond_the_sliders_is_clipped_onto_them(digits):
    """The sharpen kernel's 5 shows as 3 on its slider (the sliders' end), as choosing it in the browser does."""
    ex = nl.widgets.sliding_explorer(digits, kernel="sharpen")
    assert ex.values["k11"] == 3.0 and ex.controls["preset"].value == "sharpen"
    ex.controls["preset"].value = "blur"
    ex.controls["preset"].value = "sharpen"
    assert ex.controls["k11"].value == 3.0 and ex.controls["preset"].value == "sharpen"


# The browser's drawing, run in Node with a figure that only records its texts: the same readout and the same
# numbers in the cells as the matplotlib figure, for the three explorers of notebook 05.
RECORD_TEXTS = """
const [, , module, casesFile] = process.argv;
const { draw, decode } = await import(module);
const fs = await import("node:fs");
const results = JSON.parse(fs.readFileSync(casesFile, "utf8")).map(({ values, data, texts }) => {
  const drawn = [];
  const ctx = new Proxy({}, { get: () => () => {}, set: () => true });
  const fig = { width: 1000, height: 300, ctx, canvas: { setAttribute() {} }, image() {}, rect() {}, hatch() {},
    line() {}, text(s) { drawn.push(s); } };
  return { rows: draw(fig, values, decode(data), texts).join("<br>"), drawn };
});
console.log(JSON.stringify(results));
"""


def python_shows(ex) -> tuple[str, list[str]]:
    """The readout's rows and the numbers written in the matplotlib figure's cells (and its caption)."""
    rows = ex.readout.value
    cells = ex.artists["values"] if "values" in ex.artists else ex.artists["texts"]
    grids = cells.values() if isinstance(cells, dict) else [cells]
    numbers = [text.get_text() for grid in grids for line in grid for text in line]
    if "total" in ex.artists:
        numbers.append(ex.artists["total"].get_text())
    return rows, numbers  # the readout HTML, as the browser joins its rows


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
@pytest.mark.parametrize("builder", ["sliding_explorer", "pooling_explorer", "kernel_explorer"])
def test_the_browser_shows_the_same_numbers(builder, digits, lang, tmp_path):
    ex = getattr(nl.widgets, builder)(digits, index=3)
    rng = np.random.default_rng(5)
    cases, expected = [], []
    for trial in range(6):
        moves = {"index": int(rng.integers(len(digits)))}
        if "position" in ex.controls:
            moves["position"] = int(rng.integers(ex.controls["position"].max + 1))
        ex.set(**moves)
        if trial % 2 or "k11" not in ex.controls:
            ex.controls["preset"].value = list(nl.conv.KERNELS)[trial % 5]
        else:  # a custom kernel on the sliders' grid: weights like 1.25, which Python writes as "1.2" with .2g
            ex.set(**{f"k{i}{j}": float(rng.integers(-12, 13)) / 4 for i in range(3) for j in range(3)})
        cases.append({"values": dict(ex.values), "data": ex.data, "texts": ex.texts})
        expected.append(python_shows(ex))
    module = tmp_path / "module.mjs"
    module.write_text(esm(ex.kind) + "\nexport { draw };\n", encoding="utf-8")
    (tmp_path / "cases.json").write_text(json.dumps(cases), encoding="utf-8")
    script = tmp_path / "record.mjs"
    script.write_text(RECORD_TEXTS, encoding="utf-8")
    result = subprocess.run(["node", str(script), module.as_uri(), str(tmp_path / "cases.json")], capture_output=True,
                            text=True, timeout=60, check=True)
    for shown, (rows, numbers) in zip(json.loads(result.stdout), expected, strict=True):
        assert shown["rows"] == rows
        assert sorted(set(numbers) - set(shown["drawn"])) == []
