"""Notebook 05's sliding windows: the convolution explorer and the pooling explorer, headless."""


import numpy as np
import pytest

import nnlib as nl
from nnlib.widgets.sliding import pooling_window, sliding_window
from tests.frames import share_unlike_full_drawing


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
    before = bytes(ex.image.value)
    ex.controls["position"].value = 10 * 26 + 12
    assert bytes(ex.image.value) != before
    assert ex.artists["window"].get_xy() == (11.5, 9.5)  # the 3x3 frame's corner, on the digit
    assert ex.artists["pixel"].get_xy() == (11.5, 9.5)  # the output pixel's frame, on the map
    patch = digits[3][10:13, 12:15] / 255
    assert np.array_equal(ex.artists["patch"].get_array(), patch)
    products = K * patch
    assert [x.get_text() for x in ex.artists["texts"]["products"][1]] == [
        f"{v:.2f}" if abs(v) >= 0.005 else "0" for v in products[1]]
    shown = np.ma.filled(ex.artists["map"].get_array(), np.nan).ravel()
    assert np.allclose(shown[: 10 * 26 + 13], full.ravel()[: 10 * 26 + 13]) and np.isnan(shown[10 * 26 + 13 :]).all()
    total = nl.widgets.base.number(full[10, 12])
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
    before = bytes(ex.image.value)
    ex.controls["position"].value = int(r * 13 + c)
    assert bytes(ex.image.value) != before
    block = feature[2 * r : 2 * r + 2, 2 * c : 2 * c + 2]
    assert np.array_equal(ex.artists["block"].get_array(), block)
    i, j = np.unravel_index(int(np.argmax(block)), (2, 2))
    assert ex.artists["best"].get_xy() == (j - 0.5, i - 0.5)
    assert ex.artists["frame"].get_xy() == (2 * c - 0.5, 2 * r - 0.5)
    assert f"<b>{nl.widgets.base.number(pooled[r, c])}</b>" in ex.readout.value
    shown = np.ma.filled(ex.artists["pooled"].get_array(), np.nan).ravel()
    assert shown[r * 13 + c] == pooled[r, c] and np.isnan(shown[r * 13 + c + 1 :]).all()
    ex.controls["preset"].value = "horizontal edge"
    assert not np.array_equal(ex.artists["relu"].get_array(), feature)
    assert ("方块" in ex.readout.value) == (lang == "zh-CN")


@pytest.mark.parametrize("builder", ["sliding_explorer", "pooling_explorer"])
def test_blitted_frames_show_what_a_full_drawing_shows(builder, digits):
    """Redrawing only the moving artists over a cached background still shows the whole figure."""
    ex = getattr(nl.widgets, builder)(digits, index=3, position=0)
    ex.controls["position"].value = 100
    assert share_unlike_full_drawing(ex) < 0.005


def test_a_new_kernel_is_drawn_although_it_is_part_of_the_still_background(digits):
    """The sliding explorer keeps the kernel in its cached background; changing the kernel must redraw it."""
    ex = nl.widgets.sliding_explorer(digits, index=3, position=100)
    ex.controls["preset"].value = "horizontal edge"
    ex.controls["k11"].value = 2.5
    ex.controls["position"].value = 150  # a frame drawn over the background: it must show the new kernel
    assert share_unlike_full_drawing(ex) < 0.005
    assert ex.artists["texts"]["kernel"][1][1].get_text() == "2.50"
