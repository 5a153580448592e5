"""load_mnist against a real HTTP server on 127.0.0.1, started by the tests, serving IDX files made from the
bundled digits: success, wrong checksum, truncated file, 404, unreachable server, slow server, corrupt cache."""

import gzip
import time

import numpy as np
import pytest

import nnlib as nl
from nnlib import data
from tests.loopback import Server, unused_port

NAMES = list(data.MNIST_FILES)


def idx_bytes(array: np.ndarray) -> bytes:
    magic = 0x00000803 if array.ndim == 3 else 0x00000801
    header = magic.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in array.shape)
    return header + array.astype(np.uint8).tobytes()


@pytest.fixture(scope="module")
def served_files():
    """The four standard file names, holding the bundled digits (train 8,000, test 2,000), gzipped."""
    (x_train, y_train), (x_test, y_test) = data.load_bundled()
    arrays = dict(zip(NAMES, (x_train, y_train, x_test, y_test), strict=True))
    return {name: gzip.compress(idx_bytes(array), mtime=0) for name, array in arrays.items()}


def checksums(files: dict) -> dict:
    return {name: (data.sha256(content), len(content)) for name, content in files.items()}


def assert_no_partial_files(directory):
    leftovers = [p.name for p in directory.glob("*")] if directory.exists() else []
    assert not [p for p in leftovers if p.endswith(".part")], leftovers


def test_download_then_cache(tmp_path, served_files, capsys):
    with Server(served_files) as server:
        (x, y), (xt, yt) = nl.load_mnist(offline=False, mirrors=[server.url], files=checksums(served_files),
                                         cache=tmp_path, timeout=5)
        first = capsys.readouterr().out
        assert len(server.requests) == 4
        (x2, _), _ = nl.load_mnist(offline=False, mirrors=[server.url], files=checksums(served_files),
                                   cache=tmp_path, timeout=5)
        assert len(server.requests) == 4, "the second call must read the cache"
    assert "downloaded" in first and "cache" in capsys.readouterr().out
    bundled_train, bundled_test = data.load_bundled()
    assert x.dtype == np.uint8 and x.shape == (8000, 28, 28) and yt.shape == (2000,)
    assert np.array_equal(x, bundled_train[0]) and np.array_equal(yt, bundled_test[1]) and np.array_equal(x2, x)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*NAMES, data.OURS])  # and the list of them


def test_second_mirror_is_tried(tmp_path, served_files):
    with Server(served_files) as good:
        dead = f"http://127.0.0.1:{unused_port()}/"
        (x, _), _ = nl.load_mnist(offline=False, mirrors=[dead, good.url], files=checksums(served_files),
                                  cache=tmp_path, timeout=5, verbose=False)
    assert x.shape == (8000, 28, 28)


def fallback(tmp_path, capsys, mirrors, files, timeout=5.0):
    (x, y), (xt, yt) = nl.load_mnist(offline=False, mirrors=mirrors, public=False, files=files, cache=tmp_path,
                                     timeout=timeout)
    said = capsys.readouterr().out
    assert "bundled offline set" in said and x.shape == (8000, 28, 28)
    assert_no_partial_files(tmp_path)
    return said


def test_wrong_checksum_falls_back_and_leaves_nothing(tmp_path, served_files, capsys):
    wrong = checksums(served_files)
    wrong[NAMES[0]] = ("0" * 64, wrong[NAMES[0]][1])
    with Server(served_files) as server:
        said = fallback(tmp_path, capsys, [server.url], wrong)
    assert "SHA-256" in said and NAMES[0] in said
    assert not (tmp_path / NAMES[0]).exists()


def test_truncated_file_is_named_and_removed(tmp_path, served_files, capsys):
    broken = dict(served_files)
    broken[NAMES[0]] = gzip.compress(gzip.decompress(served_files[NAMES[0]])[:-1000], mtime=0)
    with Server(broken) as server:
        said = fallback(tmp_path, capsys, [server.url], checksums(broken))
    assert NAMES[0] in said and "truncated" in said


def test_not_found(tmp_path, served_files, capsys):
    missing = {k: v for k, v in served_files.items() if k != NAMES[2]}
    with Server(missing) as server:
        said = fallback(tmp_path, capsys, [server.url], checksums(served_files))
    assert "404" in said and NAMES[2] in said


def test_unreachable_server(tmp_path, served_files, capsys):
    said = fallback(tmp_path, capsys, [f"http://127.0.0.1:{unused_port()}/"], checksums(served_files))
    assert "refused" in said.lower() or "connect" in said.lower()


def test_slow_server_times_out(tmp_path, served_files, capsys):
    with Server(served_files, delay=2.0) as server:
        start = time.perf_counter()
        said = fallback(tmp_path, capsys, [server.url], checksums(served_files), timeout=0.5)
        assert time.perf_counter() - start < 2.0
    assert "timed out" in said.lower()


def test_corrupt_cache_entry_is_fetched_again(tmp_path, served_files):
    for name, content in served_files.items():
        (tmp_path / name).write_bytes(content)
    (tmp_path / NAMES[1]).write_bytes(b"not the labels")
    (tmp_path / data.OURS).write_text(f"{'0' * 64} {NAMES[1]}\n", encoding="utf-8")  # nnlib wrote it
    with Server(served_files) as server:
        nl.load_mnist(offline=False, mirrors=[server.url], files=checksums(served_files), cache=tmp_path,
                      timeout=5, verbose=False)
        assert server.requests == ["/mnist/" + NAMES[1]]
    assert (tmp_path / NAMES[1]).read_bytes() == served_files[NAMES[1]]


def test_offline_option_and_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NNLIB_OFFLINE", "1")
    (x, y), (xt, yt) = nl.load_mnist(mirrors=["http://127.0.0.1:9/"], cache=tmp_path)
    assert "offline use was asked for" in capsys.readouterr().out
    assert x.shape == (8000, 28, 28) and xt.shape == (2000, 28, 28) and not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("content", "kind", "words"),
    [
        (b"\x00\x00\x08", "labels", "too short"),
        (idx_bytes(np.zeros((2, 28, 28))), "labels", "magic number"),
        (idx_bytes(np.zeros((2, 28, 27))), "images", "(2, 28, 27)"),
        (idx_bytes(np.zeros((2, 28, 28)))[:-1], "images", "truncated"),
        (idx_bytes(np.zeros(5)) + b"\x00", "labels", "truncated"),
    ],
)
def test_idx_parser_names_the_file_and_the_problem(content, kind, words):
    with pytest.raises(data.DataError, match="some-file.gz") as error:
        data.parse_idx(content, "some-file.gz", kind)
    assert words in str(error.value)


def test_bundled_set_is_real_and_balanced():
    (x, y), (xt, yt) = data.load_bundled()
    assert x.shape == (8000, 28, 28) and xt.shape == (2000, 28, 28) and x.dtype == xt.dtype == np.uint8
    assert y.dtype == yt.dtype == np.uint8
    train_counts, test_counts = np.bincount(y, minlength=10), np.bincount(yt, minlength=10)
    assert np.all(np.abs(test_counts / (train_counts + test_counts) - 0.2) < 0.01)  # 80/20 in every class
    assert 20 < x.mean() < 60 and x.max() == 255  # real ink, not noise
    assert data.sha256(data.BUNDLED.read_bytes()) == data.BUNDLED_SHA256


def test_flatten_and_one_hot():
    images = np.arange(2 * 28 * 28).reshape(2, 28, 28) % 256
    X = nl.flatten(images.astype(np.uint8))
    assert X.shape == (2, 784) and X.dtype == np.float32 and X.max() <= 1.0
    assert np.array_equal(nl.one_hot(np.array([3, 0]))[:, [0, 3]], [[0, 1], [1, 0]])
