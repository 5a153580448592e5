"""Build the student edition: the series without the worked solutions, ready to hand out.

    python scripts/build_student_edition.py                 # build/student-edition/ and build/student-edition.zip
    python scripts/build_student_edition.py --out DIR       # the same, under DIR instead of build/

The edition holds the committed notebooks of both languages (outputs kept, so they read well before they are
run) without their closing "Solutions" note and its ``%load ../../solutions/…`` lines, nnlib itself, the pinned
requirements, ``pyproject.toml``, the licence, JupyterLab's settings for each language (``lab-settings/``) and a
short README with the set-up commands (also from a wheelhouse) and one start command per language. It holds no
``solutions/`` folder. The zip is reproducible: the same sources give the same bytes.
"""

# ruff: noqa: E501 (one-line set-up commands are as long as they need to be)

import argparse
import shutil
import sys
import zipfile
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from own_folder import OwnFolder  # noqa: E402

NAME = "student-edition"
MARK = ".nnlib-student-edition"  # in a folder this script wrote: the only kind it replaces
FILES = ["LICENSE", "pyproject.toml", "requirements.txt"]
LANGUAGES = ("en", "zh-CN")
ZIP_DATE = (2026, 1, 1, 0, 0, 0)  # a fixed date for every zip entry, so that the zip is reproducible

README = """\
# What is a neural network? · 神经网络是什么 — student edition / 学生版

Notebooks: `notebooks/en/` (English), `notebooks/zh-CN/` (中文). Python 3.10 to 3.14 / Python 3.10 到 3.14.

## Set up, once / 安装（一次）

Linux, macOS:

```bash
python3 -m venv .venv && .venv/bin/pip install -r requirements.txt && .venv/bin/pip install --no-deps --no-build-isolation -e . && .venv/bin/python -m nnlib.kernel_startup
```

Windows (PowerShell):

```powershell
py -m venv .venv; .venv\\Scripts\\python -m pip install -r requirements.txt; .venv\\Scripts\\python -m pip install --no-deps --no-build-isolation -e .; .venv\\Scripts\\python -m nnlib.kernel_startup
```

The last step writes a kernel start-up into `.venv/`: after a restart, running a cell before the cells above it
says to run those first (delete `.venv/etc/ipython/ipython_kernel_config.py` to turn it off) / 最后一步在 `.venv/`
中写入内核启动文件：内核重启后，先运行了后面的单元格时会提示先运行上面的单元格（删除该文件即可关闭）.

Without internet, from the wheelhouse folder your teacher gives you (on a USB stick or a school share) /
没有互联网时，从老师提供的离线安装包文件夹（U 盘或学校的共享文件夹）安装: add / 在第一个 pip 步骤中加上
`--no-index --find-links <folder / 文件夹>` to the first pip step, for example / 例如

```bash
python3 -m venv .venv && .venv/bin/pip install --no-index --find-links /media/usb/nnlib-wheelhouse -r requirements.txt && .venv/bin/pip install --no-deps --no-build-isolation -e . && .venv/bin/python -m nnlib.kernel_startup
```

```powershell
py -m venv .venv; .venv\\Scripts\\python -m pip install --no-index --find-links E:\\nnlib-wheelhouse -r requirements.txt; .venv\\Scripts\\python -m pip install --no-deps --no-build-isolation -e .; .venv\\Scripts\\python -m nnlib.kernel_startup
```

## Start (every time, no network needed) / 启动（每次都用，不需要网络）

English (Linux, macOS):

```bash
.venv/bin/jupyter lab --ServerApp.root_dir=. --LabApp.app_settings_dir=lab-settings/en notebooks/en/01-the-neuron.ipynb
```

中文（Linux、macOS）：

```bash
.venv/bin/jupyter lab --ServerApp.root_dir=. --LabApp.app_settings_dir=lab-settings/zh-CN notebooks/zh-CN/01-the-neuron.ipynb
```

English (Windows, PowerShell):

```powershell
.venv\\Scripts\\jupyter lab --ServerApp.root_dir=. --LabApp.app_settings_dir=lab-settings\\en notebooks\\en\\01-the-neuron.ipynb
```

中文（Windows，PowerShell）：

```powershell
.venv\\Scripts\\jupyter lab --ServerApp.root_dir=. --LabApp.app_settings_dir=lab-settings\\zh-CN notebooks\\zh-CN\\01-the-neuron.ipynb
```

JupyterLab's menus open in that language; **Settings ▸ Language** changes them / JupyterLab 的菜单使用该语言；
可在 **设置 ▸ 语言** 中更改.

In class / 上课时: your teacher may ask you to start with the bundled digits, so that everyone sees the same
numbers / 老师可能会让大家用自带数据启动，这样每个人看到的数字都一样: put `NNLIB_OFFLINE=1 ` before the start
command / 在启动命令前加上 `NNLIB_OFFLINE=1 ` (PowerShell: `$env:NNLIB_OFFLINE = "1"` first / 先执行).

Run a notebook from the top (**Run ▸ Run All Cells** / **运行 ▸ 运行所有单元格**), then move the sliders.
Each exercise checks itself / 每道练习都会自检.
"""


def is_solutions_note(cell) -> bool:
    """The closing note that says where the worked solutions are and loads them with %load."""
    return cell.cell_type == "markdown" and "%load " in cell.source and "solutions/" in cell.source


def without_source_note(text: str) -> str:
    """A first cell without the contributors' "generated from scripts/lessons/..." comment: the edition has no
    scripts/ and no CONTRIBUTING.md."""
    first, _, rest = text.partition("\n")
    return rest if first.startswith("<!--") and "scripts/lessons/" in first else text


def student_notebook(path: Path) -> nbformat.NotebookNode:
    """A committed notebook without its solutions note and without the note on the file it is built from."""
    nb = nbformat.read(path, as_version=4)
    nb.cells = [cell for cell in nb.cells if not is_solutions_note(cell)]
    nb.cells[0].source = without_source_note(nb.cells[0].source)
    return nb


def build(out: Path) -> tuple[Path, Path]:
    """Write ``out/student-edition/`` and ``out/student-edition.zip``; return both paths."""
    folder, archive = out / NAME, out / f"{NAME}.zip"
    own = OwnFolder(folder, MARK, "an edition this script wrote")
    own.claim()  # refuses a folder it did not write, or a file in it a learner added or changed
    for name in FILES:
        shutil.copyfile(ROOT / name, own.add(name))
    own.write("README.md", README)
    for lang in LANGUAGES:  # JupyterLab's defaults for each start: its language, no news prompt
        shutil.copyfile(ROOT / "lab-settings" / lang / "overrides.json", own.add(f"lab-settings/{lang}/overrides.json"))
    for path in sorted((ROOT / "nnlib").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            shutil.copyfile(path, own.add(path.relative_to(ROOT).as_posix()))
    for lang in LANGUAGES:
        for path in sorted((ROOT / "notebooks" / lang).glob("*.ipynb")):
            text = nbformat.writes(student_notebook(path))
            own.write(f"notebooks/{lang}/{path.name}", text if text.endswith("\n") else text + "\n")
    own.seal()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MARK):
            entry = zipfile.ZipInfo(f"{NAME}/{path.relative_to(folder).as_posix()}", date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            zf.writestr(entry, path.read_bytes())
    return folder, archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "build", help="where to write the folder and the zip")
    args = parser.parse_args()
    folder, archive = build(args.out)
    notebooks = len(list(folder.glob("notebooks/*/*.ipynb")))
    print(f"wrote {folder} ({notebooks} notebooks) and {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
