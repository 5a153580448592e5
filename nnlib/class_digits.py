"""Our class's own digits (notebook 04, section 10): the digits a class draws, saved, merged and loaded back.

A file of class digits is an ``.npz`` (numpy's zip of arrays, read with ``allow_pickle=False``) holding

- ``images``: ``(n, 28, 28)`` uint8, the drawings as the network sees them (``nnlib.drawing``: 0 paper, 255 ink);
- ``labels``: ``(n,)`` uint8, the digit each drawing is, as its writer said;
- ``format``: ``FORMAT``, the text that says what the file is.

Nothing else: no names, no dates, no machine. A student's pad (``nl.widgets.class_digits_pad``) saves into a file
of its own, ``class-digits/<random id>.npz`` beside the notebook: the name is chosen when the first digit is saved,
never one that exists, and each later digit of the same pad rewrites only that file. The teacher collects the
class's files in one folder (subfolders are fine) and merges them with one command:

    python -m nnlib.class_digits merge FOLDER -o class.npz

Every file is checked; a bad one (not an .npz, arrays missing or of the wrong shape, labels outside 0-9, a copy of
a file already merged) is left out and reported in the teacher's language, and the rest are merged. An existing
output file is never replaced unless ``--replace`` says so.
"""

import argparse
import hashlib
import os
import sys
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ._inputs import InputError
from .i18n import set_command_language, t

FORMAT = "nnlib-class-digits-1"
FOLDER = "class-digits"  # where a student's pad saves, beside the notebook
MERGED = "class.npz"  # the teacher's merged file, beside the notebook


class ClassDigitsError(InputError):
    """A file is not a file of class digits; the message, in the current language, says why."""


@dataclass
class ClassDigits:
    """Digits with their labels: ``images`` ``(n, 28, 28)`` uint8, ``labels`` ``(n,)`` int64, and where they come
    from (``source``: a file's path, or ``None`` for the digits of this session's pad)."""

    images: np.ndarray
    labels: np.ndarray
    source: Path | None = None

    def __len__(self) -> int:
        return len(self.labels)


def write(path: Path, images: np.ndarray, labels: np.ndarray) -> None:
    """Write ``images`` ``(n, 28, 28)`` and ``labels`` ``(n,)`` to ``path`` in the class-digits format, whole or not
    at all: first into ``path`` + ``.part``, then moved onto ``path`` (a crash never leaves half a file)."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    with open(part, "wb") as file:
        np.savez_compressed(file, images=np.asarray(images, dtype=np.uint8), labels=np.asarray(labels, np.uint8),
                            format=np.array(FORMAT))
    os.replace(part, path)


def read(path) -> ClassDigits:
    """The digits of one file, checked; ``ClassDigitsError`` (what is wrong, in the current language) otherwise."""
    path = Path(path)
    if path.suffix.lower() != ".npz":
        raise ClassDigitsError(t("class_bad_suffix"))
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as error:
        raise ClassDigitsError(t("class_bad_open", error=type(error).__name__)) from error
    missing = [name for name in ("images", "labels") if name not in arrays]
    if missing:
        raise ClassDigitsError(t("class_bad_missing", names=", ".join(missing), found=", ".join(arrays) or "-"))
    if "format" in arrays and str(arrays["format"]) != FORMAT:
        raise ClassDigitsError(t("class_bad_format", found=str(arrays["format"])[:40], expected=FORMAT))
    images, labels = arrays["images"], arrays["labels"]
    if images.ndim != 3 or images.shape[1:] != (28, 28):
        raise ClassDigitsError(t("class_bad_images", shape=images.shape))
    if images.dtype.kind not in "ui" or (images.size and (images.min() < 0 or images.max() > 255)):
        raise ClassDigitsError(t("class_bad_pixels", dtype=images.dtype))
    if labels.ndim != 1 or labels.dtype.kind not in "ui" or (labels.size and (labels.min() < 0 or labels.max() > 9)):
        raise ClassDigitsError(t("class_bad_labels"))
    if len(labels) != len(images):
        raise ClassDigitsError(t("class_bad_count", images=len(images), labels=len(labels)))
    if len(labels) == 0:
        raise ClassDigitsError(t("class_bad_empty"))
    return ClassDigits(images.astype(np.uint8), labels.astype(np.int64), path)


class Saver:
    """Saves one pad's digits into one new file under ``folder`` (``class-digits``): ``add(image, label)`` appends a
    digit and writes the file again; its name (``path``, a random id) is chosen at the first digit, never the name of
    a file that exists. ``images`` ``(n, 28, 28)`` and ``labels`` ``(n,)``: what it has saved so far."""

    def __init__(self, folder=FOLDER):
        self.folder = Path(folder)
        self.path: Path | None = None
        self._images: list[np.ndarray] = []
        self._labels: list[int] = []

    @property
    def images(self) -> np.ndarray:
        return np.array(self._images, dtype=np.uint8).reshape(-1, 28, 28)

    @property
    def labels(self) -> np.ndarray:
        return np.array(self._labels, dtype=np.int64)

    def _new_path(self) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        while True:
            path = self.folder / f"{uuid.uuid4().hex[:10]}.npz"
            try:
                with open(path, "xb"):  # taken for this pad; fails if the name exists
                    return path
            except FileExistsError:
                continue

    def add(self, image: np.ndarray, label: int) -> Path:
        """Save one more digit: ``image`` ``(28, 28)`` uint8, ``label`` 0-9. Returns the file's path."""
        image = np.asarray(image, dtype=np.uint8).reshape(28, 28)
        if self.path is None:
            self.path = self._new_path()
        write(self.path, np.array([*self._images, image]), np.array([*self._labels, int(label)]))
        self._images.append(image.copy())
        self._labels.append(int(label))
        return self.path


def for_lesson(pad=None, merged=MERGED) -> ClassDigits | None:
    """Notebook 04's class set: the teacher's merged file ``merged`` if it is there, else the digits ``pad`` (a
    ``ClassDigitsPad``) saved in this session, else ``None``. A merged file that is not a file of class digits
    raises ``ClassDigitsError``."""
    if Path(merged).is_file():
        return read(merged)
    if pad is not None and len(pad.saved_labels):
        return ClassDigits(pad.saved_images, pad.saved_labels, None)
    return None


# Merging: what the teacher runs ----------------------------------------------------------------------------------

@dataclass
class MergeReport:
    """What ``merge`` did: ``merged`` ``[(path, count)]``, ``bad`` ``[(path, reason)]``, the output's path, how many
    digits per label (``counts`` ``(10,)``), and ``seconds``."""

    output: Path
    merged: list = field(default_factory=list)
    bad: list = field(default_factory=list)
    counts: np.ndarray = field(default_factory=lambda: np.zeros(10, dtype=np.int64))
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return int(self.counts.sum())

    def lines(self, folder: Path) -> list[str]:
        """The report, one line each, in the current language (files named relative to ``folder``)."""
        def name(path: Path) -> str:
            return path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)

        out = []
        if self.total:
            out.append(t("class_merged", total=self.total, files=len(self.merged), output=self.output,
                         seconds=self.seconds))
            out.append(t("class_counts", counts=", ".join(f"{d}: {n}" for d, n in enumerate(self.counts))))
        else:
            out.append(t("class_merged_none", folder=folder))
        if self.bad:
            out.append(t("class_left_out", count=len(self.bad)))
            out.extend(f"  {name(path)}: {reason}" for path, reason in self.bad)
        return out


def merge(folder, output=MERGED, replace: bool = False) -> MergeReport:
    """Merge every file of class digits under ``folder`` (subfolders too, in name order) into ``output``.

    A bad file is left out and reported (``MergeReport.bad``), as is a file whose digits are the same as a file's
    merged already (one student's file collected twice). Files whose names start with "." are skipped silently.
    ``output`` is not replaced if it exists, unless ``replace``; ``InputError`` then, and when ``folder`` is not a
    folder. Nothing is written when no file holds digits."""
    start = time.perf_counter()
    folder, output = Path(folder), Path(output)
    if not folder.is_dir():
        raise InputError(t("class_no_folder", folder=folder))
    if output.exists() and not replace:
        raise InputError(t("class_output_exists", output=output))
    report = MergeReport(output)
    images, labels, seen = [], [], {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.resolve() == output.resolve():
            continue  # last time's merged file, kept in the same folder
        try:
            digits = read(path)
        except ClassDigitsError as error:
            report.bad.append((path, str(error)))
            continue
        fingerprint = hashlib.sha256(digits.images.tobytes() + digits.labels.tobytes()).hexdigest()
        if fingerprint in seen:
            report.bad.append((path, t("class_bad_copy", other=seen[fingerprint].relative_to(folder).as_posix())))
            continue
        seen[fingerprint] = path
        images.append(digits.images)
        labels.append(digits.labels)
        report.merged.append((path, len(digits)))
    if images:
        all_labels = np.concatenate(labels)
        output.parent.mkdir(parents=True, exist_ok=True)
        write(output, np.concatenate(images), all_labels)
        report.counts = np.bincount(all_labels, minlength=10)
    report.seconds = time.perf_counter() - start
    return report


def main(argv: list[str] | None = None) -> int:
    """``python -m nnlib.class_digits merge FOLDER [-o class.npz] [--replace] [--lang zh-CN]``. Exit status 0
    when some digits were merged, 1 when none were (or the command could not run)."""
    parser = argparse.ArgumentParser(prog="python -m nnlib.class_digits",
                                     description="Merge the class's files of drawn digits into one file.")
    commands = parser.add_subparsers(dest="command", required=True)
    merging = commands.add_parser("merge", help="merge every .npz under FOLDER into one file")
    merging.add_argument("folder", help="the folder holding the class's files (subfolders are searched too)")
    merging.add_argument("-o", "--output", default=MERGED, help=f"the merged file (default: {MERGED})")
    merging.add_argument("--replace", action="store_true", help="replace the merged file if it exists")
    merging.add_argument("--lang", help="the report's language: en or zh-CN (default: the system's)")
    args = parser.parse_args(argv)
    set_command_language(args.lang)
    try:
        report = merge(args.folder, args.output, replace=args.replace)
    except InputError as error:
        print(error, file=sys.stderr)
        return 1
    for line in report.lines(Path(args.folder)):
        print(line)
    return 0 if report.total else 1


if __name__ == "__main__":
    sys.exit(main())
