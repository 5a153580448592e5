"""The output folder of a build script (the static site, the class pack, the student edition): the script's own.

A build writes only into a new or empty folder, or one it wrote before. Its mark (a JSON file in the folder) lists
every file it wrote with the file's SHA-256, and names a file before it is written, so that a build stopped halfway
leaves a folder the next build recognises. ``claim`` refuses anything else, touching nothing: a folder without the
mark that holds files, a file the build did not write, a file it wrote that was changed since (a learner's edit
of a notebook, say). Only then does it delete the previous build's files, and only those.
"""

import hashlib
import json
from pathlib import Path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class OwnFolder:
    """``out``: the folder; ``mark``: the mark's file name; ``what``: what the build writes, for the messages
    ("a site this script built"); ``error``: the exception a refusal raises (its message says what to do)."""

    def __init__(self, out: Path, mark: str, what: str, error: type[Exception] = SystemExit):
        self.out, self.mark, self.what, self.error = out, mark, what, error
        self.files: dict[str, str | None] = {}  # name -> SHA-256 (None while it is being written)

    def _refuse(self, why: str):
        raise self.error(f"{self.out} {why}: nothing was written, nothing was deleted. Move them away, or choose "
                         "another folder with --out.")

    def _recorded(self) -> dict:
        try:
            files = json.loads((self.out / self.mark).read_text(encoding="utf-8"))["files"]
            return files if isinstance(files, dict) else {}
        except (OSError, ValueError, KeyError, TypeError):  # no mark, or not a record: nothing is known to be ours
            return {}

    def claim(self) -> None:
        """Check that ``out`` is ours (see the module docstring), then clear the previous build's files."""
        out = self.out
        if out.is_symlink() or (out.exists() and not out.is_dir()):
            self._refuse("is not a folder: a build is written into a folder of its own")
        present = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if not p.is_dir()) \
            if out.exists() else []
        present = [name for name in present if name != self.mark]
        if present and not (out / self.mark).is_file():
            self._refuse(f"holds files that are not {self.what} (no {self.mark} in it)")
        own = self._recorded()
        links = [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_symlink()] if out.exists() else []
        foreign = [name for name in present if name not in own] + links
        changed = [name for name in present if own.get(name) not in (None, sha256(out / name))]
        if foreign or changed:
            names = foreign + [f"{name} (changed since it was written)" for name in changed]
            self._refuse(f"holds files this build did not write: {', '.join(names[:5])}"
                         f"{' …' if len(names) > 5 else ''}")
        for name in present:  # the previous build's files, and nothing else
            (out / name).unlink()
        for folder in sorted((p for p in out.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)) \
                if out.exists() else []:
            if not any(folder.iterdir()):
                folder.rmdir()
        out.mkdir(parents=True, exist_ok=True)
        self._save()

    def add(self, name: str) -> Path:
        """The path to write ``name`` (posix, relative to ``out``) to, recorded in the mark before it is written."""
        self.files[name] = None
        self._save()
        path = self.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write(self, name: str, text: str) -> Path:
        """Write ``text`` as UTF-8 to ``name`` (posix, relative to ``out``), recorded in the mark with its SHA-256."""
        path = self.add(name)
        path.write_text(text, encoding="utf-8")
        self.files[name] = sha256(path)
        return path

    def seal(self) -> None:
        """Record the SHA-256 of every file written (call it once the build is done)."""
        self.files = {name: sha256(self.out / name) for name in self.files}
        self._save()

    def _save(self) -> None:
        record = {"what": f"{self.what}: the files it wrote, with their SHA-256", "files": self.files}
        (self.out / self.mark).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
