"""load_mnist on the networks learners have (real servers and sockets on 127.0.0.1 only): a line before any
wait, a short connect timeout when packets are dropped, a failure remembered until the kernel restarts, a
deadline per file for a server that trickles, a read-only cache holding a bad file, and ``~`` in NNLIB_DATA."""

import gzip
import os
import shutil
import socket
import subprocess
import time

import numpy as np
import pytest

import nnlib as nl
from nnlib import data
from tests.loopback import Server
from tests.test_data import checksums, idx_bytes

NAMES = list(data.MNIST_FILES)


@pytest.fixture(scope="module")
def files():
    (x_train, y_train), (x_test, y_test) = data.load_bundled()
    arrays = dict(zip(NAMES, (x_train, y_train, x_test, y_test), strict=True))
    return {name: gzip.compress(idx_bytes(array), compresslevel=1, mtime=0) for name, array in arrays.items()}


@pytest.fixture(autouse=True)
def fresh_kernel():
    """Each test starts as a new kernel would: no failure remembered."""
    data.forget_failures()
    yield
    data.forget_failures()


class DroppingServer:
    """A port on 127.0.0.1 whose connection queue is full: new connections get no answer at all, as behind a
    firewall that drops packets."""

    def __enter__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(0)
        address = self.socket.getsockname()
        self.fillers = []
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(address)
            self.fillers.append(filler)
        time.sleep(0.1)
        self.url = f"http://127.0.0.1:{address[1]}/mnist/"
        return self

    def __exit__(self, *exc):
        for s in [*self.fillers, self.socket]:
            s.close()


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_line_is_printed_before_the_wait(tmp_path, files, capsys, lang):
    printed_before = []
    with Server(files, delay=0.3, on_request=lambda path: printed_before.append(capsys.readouterr().out)) as server:
        nl.load_mnist(offline=False, mirrors=[server.url], files=checksums(files), cache=tmp_path, timeout=5)
    first = printed_before[0]
    # the wait: NO_ANSWER_BUDGET (3 s) shared by the mirrors still to try (this one and the two public ones)
    assert server.url + NAMES[0] in first and "1 s" in first.replace("1 秒", "1 s")
    assert ("正在尝试" in first) == (lang == "zh-CN") and ("trying" in first) == (lang == "en")


def test_dropped_packets_cost_only_the_connect_timeout(tmp_path, files, capsys, monkeypatch):
    monkeypatch.setattr(data, "CONNECT_TIMEOUT", 0.5)
    with DroppingServer() as dropping:
        started = time.perf_counter()
        (x, _), _ = nl.load_mnist(offline=False, mirrors=[dropping.url], files=checksums(files), cache=tmp_path,
                                  timeout=15)
        waited = time.perf_counter() - started
    said = capsys.readouterr().out
    assert waited < 3, waited  # one connect timeout, not 15 s per file
    assert "timed out" in said and "bundled offline set" in said and x.shape == (8000, 28, 28)


def test_a_failure_is_remembered_until_the_kernel_restarts(tmp_path, files, capsys, monkeypatch, lang):
    monkeypatch.setattr(data, "CONNECT_TIMEOUT", 0.5)
    with DroppingServer() as dropping:
        nl.load_mnist(offline=False, mirrors=[dropping.url], files=checksums(files), cache=tmp_path)
        capsys.readouterr()
        started = time.perf_counter()
        nl.load_mnist(offline=False, mirrors=[dropping.url], files=checksums(files), cache=tmp_path)
        again = time.perf_counter() - started
        said = capsys.readouterr().out
        assert again < 0.3, again  # no second wait
        assert "trying" not in said and "正在尝试" not in said  # nothing to wait for, so no such line
        assert "forget_failures" in said and has_chinese(said) == (lang == "zh-CN")
    with Server(files) as server:  # another mirror is still tried
        (x, _), _ = nl.load_mnist(offline=False, mirrors=[dropping.url, server.url], files=checksums(files),
                                  cache=tmp_path, verbose=False)
    assert x.shape == (8000, 28, 28) and len(server.requests) == 4
    data.forget_failures()
    assert data._unreachable == {}


def test_a_trickling_server_meets_the_deadline(tmp_path, files, capsys, monkeypatch, lang):
    monkeypatch.setattr(data, "FILE_DEADLINE", 1.0)
    with Server(files, trickle=0.02) as server:
        started = time.perf_counter()
        nl.load_mnist(offline=False, mirrors=[server.url], files=checksums(files), cache=tmp_path, timeout=3)
        waited = time.perf_counter() - started
    said = capsys.readouterr().out
    assert waited < 4, waited
    assert NAMES[0] in said and ("too slow" in said or "太慢" in said)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def make_read_only(directory):
    """Make ``directory`` read-only even for root (``chattr +i``); None if this machine cannot."""
    if os.geteuid() != 0:
        directory.chmod(0o555)
        return lambda: directory.chmod(0o755)
    if shutil.which("chattr") is None:
        return None
    done = subprocess.run(["chattr", "+i", str(directory)], capture_output=True, check=False)
    if done.returncode != 0:
        return None
    return lambda: subprocess.run(["chattr", "-i", str(directory)], check=True)


def test_a_read_only_cache_with_a_bad_file_falls_back(tmp_path, files, capsys, lang):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / NAMES[1]).write_bytes(b"not the labels")
    undo = make_read_only(shared)
    if undo is None:
        pytest.skip("cannot make a folder read-only here (chattr)")
    try:
        with Server(files) as server:
            (x, _), _ = nl.load_mnist(offline=False, mirrors=[server.url], files=checksums(files), cache=shared)
        said = capsys.readouterr().out
        assert x.shape == (8000, 28, 28) and str(shared) in said and "NNLIB_DATA" in said
        assert has_chinese(said) == (lang == "zh-CN")
        assert (shared / NAMES[1]).read_bytes() == b"not the labels"  # left alone
    finally:
        undo()


def test_a_read_only_cache_with_good_files_is_used(tmp_path, files, capsys):
    shared = tmp_path / "shared"
    shared.mkdir()
    for name, content in files.items():
        (shared / name).write_bytes(content)
    undo = make_read_only(shared)
    if undo is None:
        pytest.skip("cannot make a folder read-only here (chattr)")
    try:
        (x, _), _ = nl.load_mnist(offline=False, mirrors=["http://127.0.0.1:9/"], files=checksums(files),
                                  cache=shared)
    finally:
        undo()
    assert "cache" in capsys.readouterr().out and x.shape == (8000, 28, 28)


def test_tilde_in_nnlib_data_means_home(tmp_path, files, monkeypatch):
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("NNLIB_DATA", "~/mnist-data")
    monkeypatch.chdir(work)
    assert data.cache_dir() == home / "mnist-data"
    with Server(files) as server:
        nl.load_mnist(offline=False, mirrors=[server.url], files=checksums(files), verbose=False)
    assert sorted(p.name for p in (home / "mnist-data").iterdir()) == sorted([*NAMES, data.OURS])
    assert not (work / "~").exists()
    assert np.array_equal(data.parse_idx(gzip.decompress((home / "mnist-data" / NAMES[1]).read_bytes()), "x",
                                         "labels"), data.load_bundled()[0][1])
