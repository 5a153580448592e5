"""Convolution, pooling and the tiny CNN: against plain loops, scipy (when installed) and finite differences."""

import numpy as np
import pytest

import nnlib as nl
from nnlib.cnn import CNN
from nnlib.conv import KERNELS, conv2d, conv2d_backward, max_pool2d, max_pool2d_backward
from tests.gradcheck import numeric_gradient


def loop_conv(X, K, b, mode):
    """The definition, one output pixel at a time:
    out[n, o, i, j] = Σ_c Σ_u Σ_v K[o, c, u, v] · X[n, c, i + u, j + v] + b[o]."""
    n, c_in, h, w = X.shape
    c_out, _, kh, kw = K.shape
    if mode == "same":
        top, left = (kh - 1) // 2, (kw - 1) // 2
        X = np.pad(X, ((0, 0), (0, 0), (top, kh - 1 - top), (left, kw - 1 - left)))
    H, W = X.shape[2] - kh + 1, X.shape[3] - kw + 1
    out = np.zeros((n, c_out, H, W))
    for i_n in range(n):
        for o in range(c_out):
            for i in range(H):
                for j in range(W):
                    out[i_n, o, i, j] = np.sum(K[o] * X[i_n, :, i : i + kh, j : j + kw]) + b[o]
    return out


def loop_pool(X, size=2):
    n, c, h, w = X.shape
    out = np.zeros((n, c, h // size, w // size))
    for i in range(h // size):
        for j in range(w // size):
            out[:, :, i, j] = X[:, :, i * size : (i + 1) * size, j * size : (j + 1) * size].max(axis=(2, 3))
    return out


@pytest.mark.parametrize("mode", ["valid", "same"])
@pytest.mark.parametrize(("c_in", "c_out", "k"), [(1, 3, 3), (2, 4, 3), (3, 2, 5), (2, 2, 4)])
def test_conv2d_matches_the_loop(mode, c_in, c_out, k):
    rng = np.random.default_rng(0)
    X, K, b = rng.normal(size=(2, c_in, 9, 8)), rng.normal(size=(c_out, c_in, k, k)), rng.normal(size=c_out)
    out = conv2d(X, K, b, mode=mode)
    assert np.allclose(out, loop_conv(X, K, b, mode))
    assert out.shape[2:] == ((9, 8) if mode == "same" else (9 - k + 1, 8 - k + 1))


def test_conv2d_matches_scipy_when_installed():
    signal = pytest.importorskip("scipy.signal")
    rng = np.random.default_rng(1)
    images, kernels = rng.normal(size=(3, 12, 12)), rng.normal(size=(2, 3, 3))
    out = conv2d(images, kernels)
    for n in range(3):
        for o in range(2):
            assert np.allclose(out[n, o], signal.correlate2d(images[n], kernels[o], mode="valid"))
    same = conv2d(images, kernels, mode="same")
    assert np.allclose(same[1, 0], signal.correlate2d(images[1], kernels[0], mode="same"))


def test_single_channel_shortcuts_and_presets():
    image = np.zeros((1, 28, 28))
    image[0, :, 14:] = 1.0  # dark right half: a vertical edge in the middle
    out = conv2d(image, np.stack([KERNELS["vertical edge"], KERNELS["horizontal edge"]]))
    assert out.shape == (1, 2, 26, 26)
    assert out[0, 0].max() == 4.0 and np.abs(out[0, 1]).max() == 0.0


def test_max_pool_matches_the_loop_and_drops_odd_edges():
    X = np.random.default_rng(2).normal(size=(2, 3, 7, 6))
    assert np.array_equal(max_pool2d(X), loop_pool(X))
    assert max_pool2d(X).shape == (2, 3, 3, 3)


def test_pool_and_conv_gradients_match_finite_differences():
    rng = np.random.default_rng(3)
    X, K = rng.normal(size=(2, 2, 6, 6)), rng.normal(size=(3, 2, 3, 3))
    G = rng.normal(size=(2, 3, 4, 4))  # a random upstream gradient: loss = Σ G · conv2d(X, K)
    dX, dK, db = conv2d_backward(G, X, K)

    numeric = numeric_gradient
    assert np.allclose(dK, numeric(K, lambda: np.sum(G * conv2d(X, K))), atol=1e-6)
    assert np.allclose(dX, numeric(X, lambda: np.sum(G * conv2d(X, K))), atol=1e-6)
    assert np.allclose(db, G.sum(axis=(0, 2, 3)))
    same_dX = conv2d_backward(rng.normal(size=(2, 3, 6, 6)), X, K, mode="same")[0]
    assert same_dX.shape == X.shape
    P = max_pool2d(X)
    H = rng.normal(size=P.shape)
    assert np.allclose(max_pool2d_backward(H, X, P), numeric(X, lambda: np.sum(H * max_pool2d(X))), atol=1e-6)


def test_bad_shapes_name_expected_and_received():
    with pytest.raises(nl.ShapeError, match=r"K.*\(n, 2, n, n\).*\(4, 3, 3, 3\)"):
        conv2d(np.zeros((1, 2, 8, 8)), np.zeros((4, 3, 3, 3)))
    with pytest.raises(nl.ShapeError, match=r"\(n, 784\)"):
        CNN(np.random.default_rng(0)).predict(np.zeros((2, 28, 28)))


@pytest.mark.parametrize("channels", [(3,), (2, 3)])
def test_cnn_backpropagation_matches_finite_differences(channels):
    rng = np.random.default_rng(4)
    net = CNN(rng, channels=channels, dtype=np.float64)
    for b in net.bK:
        b += 0.1 * rng.normal(size=b.shape)
    X = rng.random((3, 784))
    Y = nl.one_hot(np.array([1, 7, 3])).astype(np.float64)
    grads = net.gradients(X, Y)
    names = [f"K{k}" for k in range(len(channels))] + [f"bK{k}" for k in range(len(channels))] + ["W", "b"]
    assert [p.shape for p in net.parameters()] == [g.shape for g in grads]
    params = list(zip(names, net.parameters(), grads, strict=True))
    assert params[0][1] is net.K[0] and params[-2][1] is net.W and params[-1][1] is net.b
    check_rng = np.random.default_rng(5)
    for name, array, grad in params:
        flat_indices = check_rng.choice(array.size, size=min(12, array.size), replace=False)
        indices = [np.unravel_index(flat, array.shape) for flat in flat_indices]
        numeric = numeric_gradient(array, lambda: net.cost(X, Y), indices)
        for index in indices:
            assert abs(numeric[index] - grad[index]) < 1e-6, (name, index)


def test_cnn_fit_is_seeded_and_returns_a_history(capsys):
    (x, y), _ = nl.data.load_bundled()
    X = nl.flatten(x[:300])
    runs = []
    for _ in range(2):
        net = CNN(np.random.default_rng(0))
        runs.append(net.fit(X, y[:300], epochs=2, batch_size=32, lr=0.1, rng=np.random.default_rng(1)))
    assert runs[0] == runs[1] and len(runs[0]["accuracy"]) == 2
    assert capsys.readouterr().out == ""
    maps = net.feature_maps(X[:2])
    assert [m["pool"].shape for m in maps] == [(2, 8, 13, 13)]


def test_an_unknown_mode_is_explained_in_the_learners_language(lang):
    with pytest.raises(ValueError, match="'valid'") as error:
        conv2d(np.zeros((1, 5, 5)), np.zeros((1, 3, 3)), mode="full")
    message = str(error.value)
    assert "'full'" in message and "'same'" in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message) == (lang == "zh-CN")
