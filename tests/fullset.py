"""A 60,000 + 10,000-image set in MNIST's format, made from the bundled digits, served from 127.0.0.1.

Used by tests/test_online_path.py and benchmarks/run.py to run notebooks 04 and 05 the way they run online
(Binder, a laptop with a connection, a school's mirror), without the internet:

- ``build_full_set()`` writes the four standard file names (gzip'd IDX) and ``checksums.txt`` (lines
  ``<sha256> <size> <name>``, the format of ``$NNLIB_CHECKSUMS``) into ``build/fullset/``, once: training images
  are the 8,000 bundled training digits, each in 7 or 8 versions moved by up to 2 pixels; test images the 2,000
  bundled test digits, each in 5 versions (a test digit never comes from a training digit);
- ``serve(directory)`` serves it from 127.0.0.1 (tests/loopback.py; a context manager giving the URL);
- ``online_environment(url, files, data_dir)``: the environment variables a kernel needs to use them.
"""

import contextlib
import gzip
import hashlib
from pathlib import Path

import numpy as np

from nnlib import data
from tests.loopback import Server

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT / "build" / "fullset"
VERSION = "1"  # change when the recipe below changes: the cached set is rebuilt
SHIFTS = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1), (2, 0), (-2, 0), (0, 2)]


def _idx(array: np.ndarray) -> bytes:
    magic = data.IDX_MAGIC["images" if array.ndim == 3 else "labels"]
    header = magic.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in array.shape)
    return header + np.ascontiguousarray(array, dtype=np.uint8).tobytes()


def _varied(images: np.ndarray, labels: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """``n`` images: copies of ``images`` moved by the shifts above in turn, in a fixed shuffled order."""
    copies = -(-n // len(images))
    x = np.concatenate([data.shift(images, dx, dy) for dx, dy in SHIFTS[:copies]])[:n]
    y = np.tile(labels, copies)[:n]
    order = np.random.default_rng(12).permutation(n)
    return x[order], y[order]


def build_full_set(directory: Path = DEFAULT_DIR) -> Path:
    """The directory holding the four files and ``checksums.txt``; built only if missing or from another recipe."""
    directory = Path(directory)
    stamp = directory / "VERSION"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == VERSION and (directory / "checksums.txt").exists():
        return directory
    directory.mkdir(parents=True, exist_ok=True)
    (x_train, y_train), (x_test, y_test) = data.load_bundled()
    x60, y60 = _varied(x_train, y_train, 60_000)
    x10, y10 = _varied(x_test, y_test, 10_000)
    lines = []
    for name, array in zip(data.MNIST_FILES, (x60, y60, x10, y10), strict=True):
        content = gzip.compress(_idx(array), compresslevel=6, mtime=0)
        (directory / name).write_bytes(content)
        lines.append(f"{hashlib.sha256(content).hexdigest()} {len(content)} {name}\n")
    (directory / "checksums.txt").write_text("".join(lines), encoding="utf-8")
    stamp.write_text(VERSION, encoding="utf-8")
    return directory


@contextlib.contextmanager
def serve(directory: Path):
    """Serve ``directory`` over HTTP on 127.0.0.1 (a free port) while the block runs; yields the folder's URL."""
    with Server(directory=directory, path="/") as server:
        yield server.url


def online_environment(url: str, directory: Path, data_dir: Path) -> dict:
    """Environment variables for a kernel that downloads the served set into the empty ``data_dir``."""
    return {"NNLIB_OFFLINE": "0", "NNLIB_MIRRORS": url, "NNLIB_CHECKSUMS": str(Path(directory) / "checksums.txt"),
            "NNLIB_DATA": str(data_dir)}


def cell_seconds(nb) -> list[tuple[float, str]]:
    """(seconds, first line) of each executed code cell, from the timing nbclient records in the metadata."""
    from datetime import datetime

    out = []
    for cell in nb.cells:
        timing = cell.get("metadata", {}).get("execution", {})
        if cell.cell_type == "code" and "iopub.execute_input" in timing and "shell.execute_reply" in timing:
            start, end = (datetime.fromisoformat(timing[k].replace("Z", "+00:00"))
                          for k in ("iopub.execute_input", "shell.execute_reply"))
            out.append(((end - start).total_seconds(), cell.source.strip().splitlines()[0] if cell.source else ""))
    return out


def execute(path: Path, timeout: int = 600):
    """Run the notebook at ``path`` in a fresh kernel (which inherits ``os.environ``); returns the notebook run.

    Raises nbclient's ``CellExecutionError`` at the first cell that fails."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=True,
                   resources={"metadata": {"path": str(Path(path).parent)}}).execute()
    return nb


def text_of(nb) -> str:
    """Everything the notebook printed (stream outputs and plain-text results), joined."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                parts.append(output["text"])
            elif "data" in output and "text/plain" in output["data"]:
                parts.append(output["data"]["text/plain"])
    return "\n".join(parts)
