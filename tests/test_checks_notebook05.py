"""The self-checks of notebook 05's new exercises (4 and 5): right answers pass; wrong, unfinished, NaN and
malformed answers fail with a message in the learner's language, and nothing raises."""

import numpy as np
import pytest

import nnlib as nl

K_TOP = np.array([[-1.0, -1.0, -1.0], [2.0, 2.0, 2.0], [-1.0, -1.0, -1.0]])


@pytest.fixture(scope="module")
def seven():
    _, (x, y) = nl.data.load_bundled()
    return x[np.flatnonzero(y == 7)[0]] / 255


def test_brightest_window_accepts_the_peak_and_near_peak_windows(seven):
    feature = nl.conv2d(seven[None], K_TOP[None])[0, 0]
    peak = tuple(int(i) for i in np.unravel_index(int(np.argmax(feature)), feature.shape))
    assert nl.checks.brightest_window(peak, seven, K_TOP)
    assert nl.checks.brightest_window(np.array(peak), seven, K_TOP)  # numpy integers are fine
    assert nl.checks.brightest_window((float(peak[0]), float(peak[1])), seven, K_TOP)
    near = np.argwhere(feature >= 0.75 * feature.max())
    assert all(nl.checks.brightest_window(tuple(p), seven, K_TOP) for p in near)


def test_brightest_window_rejects_dim_windows_and_never_says_where_the_peak_is(seven, lang):
    feature = nl.conv2d(seven[None], K_TOP[None])[0, 0]
    peak = tuple(int(i) for i in np.unravel_index(int(np.argmax(feature)), feature.shape))
    dim = tuple(int(i) for i in np.argwhere(feature < 0.5 * feature.max())[0])
    result = nl.checks.brightest_window(dim, seven, K_TOP)
    assert not result and str(dim) in result.message  # what the guess gives, and no more
    near = {tuple(int(i) for i in p) for p in np.argwhere(feature >= 0.75 * feature.max())}
    assert not any(str(p) in result.message for p in near), "a wrong guess must not name a right answer"
    above = (peak[0] - 1, peak[1])  # one row off: the window's middle row is no longer on the bar
    wrong = nl.checks.brightest_window(above, seven, K_TOP)
    assert not wrong and not any(str(p) in wrong.message for p in near)
    assert ("特征图" in result.message) == (lang == "zh-CN")


@pytest.mark.parametrize("guess", [..., (np.nan, 3), (3,), (1, 2, 3), "ab", (26, 0), (-1, 4), (2.5, 3), (True, 3),
                                   None, (np.inf, 1)])
def test_brightest_window_fails_politely_on_malformed_guesses(guess, seven):
    result = nl.checks.brightest_window(guess, seven, K_TOP)
    assert not result and result.message


@pytest.mark.parametrize("K", [..., np.zeros((3, 3)), -np.ones((3, 3)), np.full((3, 3), np.nan), np.ones((2, 2)),
                               "kernel"])
def test_brightest_window_needs_a_kernel_that_responds(K, seven):
    result = nl.checks.brightest_window((8, 13), seven, K)
    assert not result and result.message


def test_pooled_moves():
    assert nl.checks.pooled_moves((1, 1)) and nl.checks.pooled_moves([1.0, np.int64(1)])
    for wrong in [..., (2, 1), (1, 2), (2, 2), (0, 0), (1, np.nan), (1,), "11", None, (1.5, 1), (True, True)]:
        result = nl.checks.pooled_moves(wrong)
        assert not result and result.message, wrong


def test_pooled_moves_is_what_the_maps_show():
    """The answer the check wants is what happens: a 2-px move moves the first pooled map by one cell exactly, and a
    4-px move the second pooled map by one cell (an untrained CNN, positive kernels so that nothing is cut to 0)."""
    rng = np.random.default_rng(0)
    image = np.zeros((28, 28))
    image[6:16, 5:12] = rng.random((10, 7))
    cnn = nl.CNN(rng=rng, channels=(2, 2))
    cnn.K = [np.abs(K) for K in cnn.K]
    maps = [cnn.feature_maps(nl.data.shift(image[None], dx=dx, dy=0).reshape(1, 784)) for dx in (0, 2, 4)]
    first = [m[0]["pool"][0] for m in maps]
    second = [m[1]["pool"][0] for m in maps]
    assert np.allclose(first[1][:, :, 1:], first[0][:, :, :-1])
    assert np.allclose(second[2][:, :, 1:], second[0][:, :, :-1])
