"""A school's own mirror: ``load_mnist(mirrors=...)`` and ``$NNLIB_MIRRORS`` are tried before the public mirrors,
and ``$NNLIB_CHECKSUMS`` replaces the standard checksums; against real HTTP servers on 127.0.0.1."""

import numpy as np

import nnlib as nl
from nnlib import data

from .loopback import Server, unused_port
from .test_data import checksums, served_files  # noqa: F401 (served_files is a fixture)


def test_environment_mirrors_come_first_and_are_split(monkeypatch, tmp_path, served_files):  # noqa: F811
    with Server(served_files) as school, Server(served_files) as public:
        dead = f"http://127.0.0.1:{unused_port()}/mnist"  # no trailing slash: one is added
        monkeypatch.setenv("NNLIB_MIRRORS", f"{dead}, {school.url}")
        monkeypatch.setattr(data, "MIRRORS", (public.url,))
        (x, _), _ = nl.load_mnist(offline=False, files=checksums(served_files), cache=tmp_path, timeout=5,
                                  verbose=False)
        assert len(school.requests) == 4 and public.requests == []
    assert x.shape == (8000, 28, 28)
    assert data.env_mirrors() == [dead + "/", school.url]


def test_argument_before_environment_before_public(monkeypatch, tmp_path, served_files):  # noqa: F811
    with Server(served_files) as argument, Server(served_files) as environment, Server(served_files) as public:
        monkeypatch.setenv("NNLIB_MIRRORS", environment.url)
        monkeypatch.setattr(data, "MIRRORS", (public.url,))
        nl.load_mnist(offline=False, mirrors=[argument.url], files=checksums(served_files), cache=tmp_path,
                      timeout=5, verbose=False)
        assert len(argument.requests) == 4 and environment.requests == [] and public.requests == []
    with Server({}) as empty, Server(served_files) as public:  # the school's mirror lacks the files: public next
        monkeypatch.setattr(data, "MIRRORS", (public.url,))
        monkeypatch.setenv("NNLIB_MIRRORS", empty.url)
        nl.load_mnist(offline=False, files=checksums(served_files), cache=tmp_path / "2", timeout=5, verbose=False)
        assert len(empty.requests) == 4 and len(public.requests) == 4


def test_checksum_file_from_environment(monkeypatch, tmp_path, served_files, capsys):  # noqa: F811
    listing = tmp_path / "sums.txt"
    listing.write_text("".join(f"{s} {n} {name}\n" for name, (s, n) in checksums(served_files).items()),
                       encoding="utf-8")
    monkeypatch.setenv("NNLIB_CHECKSUMS", str(listing))
    with Server(served_files) as school:
        monkeypatch.setenv("NNLIB_MIRRORS", school.url)
        (x, _), _ = nl.load_mnist(offline=False, public=False, cache=tmp_path / "cache", timeout=5)
    assert "downloaded" in capsys.readouterr().out and x.shape == (8000, 28, 28)
    # a wrong checksum in the file is caught as before: the bundled digits, and no file kept
    name = next(iter(served_files))
    wrong = listing.read_text(encoding="utf-8").replace(checksums(served_files)[name][0], "0" * 64)
    listing.write_text(wrong, encoding="utf-8")
    with Server(served_files) as school:
        monkeypatch.setenv("NNLIB_MIRRORS", school.url)
        nl.load_mnist(offline=False, public=False, cache=tmp_path / "cache2", timeout=5)
    said = capsys.readouterr().out
    assert "bundled" in said and "SHA-256" in said and not (tmp_path / "cache2" / name).exists()
    assert np.array_equal(x, data.load_bundled()[0][0])
