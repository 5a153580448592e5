"""Download everything the series installs into one folder, so that a whole computer room installs without a network.

    python scripts/make_wheelhouse.py                                  # every platform and Python: build/wheelhouse/
    python scripts/make_wheelhouse.py --platform windows --python 3.12 # only what one room needs
    python scripts/make_wheelhouse.py --out /media/usb/nnlib-wheelhouse --platform linux --platform macos

The folder holds, for each platform and Python version chosen, every package pinned in ``requirements.txt`` and
everything they need (binary wheels only: ``pip download --only-binary=:all: --platform ... --python-version ...``),
nnlib itself as a wheel, a copy of ``requirements.txt`` and a README in both languages that says how to install from
it: ``pip install --no-index --find-links <folder> -r <folder>/requirements.txt nnlib``.

pip evaluates environment markers (``; sys_platform == "win32"``, ``; python_version < "3.11"``) for the machine it
runs on, not for ``--platform`` and ``--python-version`` (pip issue 11664): a Windows room would miss the Windows-only
packages. This script therefore runs pip with the marker environment of the target, and checks first that pip sees it.

Run it where the package index is reachable (it downloads); installing from the folder needs no network. It writes
only into a folder that is empty or that it wrote before (its mark, ``.nnlib-wheelhouse``, lists the files it wrote);
on a rebuild it replaces only files it wrote itself and never deletes any other file.
"""

# ruff: noqa: E501 (the README's one-line install commands are as long as they need to be)

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARK = ".nnlib-wheelhouse"
# The Python versions the README supports: those for which every pin has wheels (numpy 2.4.6 has none for 3.15).
PYTHONS = ("3.10", "3.11", "3.12", "3.13", "3.14")
# platform -> (pip's --platform tags, best first; the environment markers of that platform)
PLATFORMS = {
    "linux": (["manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"],
              {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "platform_machine": "x86_64"}),
    "windows": (["win_amd64"],
                {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"}),
    # macOS 11 (Big Sur) and newer; pip also takes the older macosx_10_* wheels for these tags
    "macos-x86_64": (["macosx_11_0_x86_64"],
                     {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                      "platform_machine": "x86_64"}),
    "macos-arm64": (["macosx_11_0_arm64"],
                    {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                     "platform_machine": "arm64"}),
}
ALIASES = {"macos": ["macos-x86_64", "macos-arm64"], "all": list(PLATFORMS)}

# pip, run with the target's environment markers. The first check makes sure the replacement took effect in this
# version of pip (it reads markers through its vendored ``packaging``): otherwise it stops instead of downloading
# the wrong packages.
PIP_FOR_TARGET = """
import json, sys
import pip._vendor.packaging.markers as markers
target = json.loads(sys.argv[1])
host = markers.default_environment
markers.default_environment = lambda: {**host(), **target}
probe = markers.Marker(f'sys_platform == "{target["sys_platform"]}" and python_version == "{target["python_version"]}"')
if not probe.evaluate():
    sys.exit("make_wheelhouse: this pip does not take the target's environment markers; nothing was downloaded")
from pip._internal.cli.main import main
sys.exit(main(sys.argv[2:]))
"""

README = """\
# What is a neural network? · 神经网络是什么 — wheelhouse / 离线安装包

Written by `scripts/make_wheelhouse.py` on {date}: {size}. The packages pinned in `requirements.txt` (a copy is
here) and nnlib itself, for CPython on / 适用于以下平台的 CPython:

{targets}

## English

Everything the series installs, for a room without internet: copy this folder to a USB stick or a school share.
On each PC, in the series' folder (a clone of the repository or the unpacked student edition), install from it
(nothing is downloaded) and write the kernel start-up (after a restart, running a cell before the cells above it
says to run those first; delete `.venv/etc/ipython/ipython_kernel_config.py` to turn it off), then open the
series. Write the folder's real place instead of `/media/usb/{name}`
(`E:\\{name}` or `\\\\server\\share\\{name}` on Windows).

Linux or macOS:

```bash
python3 -m venv .venv && .venv/bin/pip install --no-index --find-links /media/usb/{name} -r /media/usb/{name}/requirements.txt nnlib && .venv/bin/python -m nnlib.kernel_startup
.venv/bin/jupyter lab --ServerApp.root_dir=. --LabApp.app_settings_dir=lab-settings/en notebooks/en/01-the-neuron.ipynb
```

Windows (PowerShell, Python from python.org):

```powershell
py -m venv .venv; .venv\\Scripts\\python -m pip install --no-index --find-links E:\\{name} -r E:\\{name}\\requirements.txt nnlib; .venv\\Scripts\\python -m nnlib.kernel_startup
.venv\\Scripts\\jupyter lab --ServerApp.root_dir=. --LabApp.app_settings_dir=lab-settings\\en notebooks\\en\\01-the-neuron.ipynb
```

A PC whose Python or system is not listed above finds no matching files ("No matching distribution found"): build
the folder again with that platform and version (`python scripts/make_wheelhouse.py --help`). Set
`NNLIB_OFFLINE=1` before opening (PowerShell: `$env:NNLIB_OFFLINE = "1"`) so that notebook 04 uses the digits
that come with nnlib without trying the network.

## 中文

本系列需要安装的全部软件包，供没有互联网的机房使用：把这个文件夹复制到 U 盘或学校的共享文件夹。在每台电脑上，进入本系列
的文件夹（仓库的克隆或解压后的学生版），从这里安装（不下载任何东西）并写入内核启动文件（内核重启后，先运行了后面的单元格时
会提示先运行上面的单元格；删除 `.venv/etc/ipython/ipython_kernel_config.py` 即可关闭），然后打开本系列。
把 `/media/usb/{name}` 换成这个文件夹的实际位置（Windows 上例如 `E:\\{name}` 或 `\\\\server\\share\\{name}`）。

Linux 或 macOS：

```bash
python3 -m venv .venv && .venv/bin/pip install --no-index --find-links /media/usb/{name} -r /media/usb/{name}/requirements.txt nnlib && .venv/bin/python -m nnlib.kernel_startup --lang zh-CN
.venv/bin/jupyter lab --ServerApp.root_dir=. --LabApp.app_settings_dir=lab-settings/zh-CN notebooks/zh-CN/01-the-neuron.ipynb
```

Windows（PowerShell，python.org 的 Python）：

```powershell
py -m venv .venv; .venv\\Scripts\\python -m pip install --no-index --find-links E:\\{name} -r E:\\{name}\\requirements.txt nnlib; .venv\\Scripts\\python -m nnlib.kernel_startup --lang zh-CN
.venv\\Scripts\\jupyter lab --ServerApp.root_dir=. --LabApp.app_settings_dir=lab-settings\\zh-CN notebooks\\zh-CN\\01-the-neuron.ipynb
```

如果某台电脑的 Python 版本或操作系统不在上面的列表中，pip 会找不到匹配的文件（“No matching distribution found”）：
请加上那个平台和版本重新生成这个文件夹（`python scripts/make_wheelhouse.py --help`）。打开之前设置 `NNLIB_OFFLINE=1`
（PowerShell：`$env:NNLIB_OFFLINE = "1"`），笔记本 04 就会直接使用 nnlib 自带的手写数字，不尝试联网。
"""


def target_markers(platform: str, python: str) -> dict[str, str]:
    """The environment markers of a CPython ``python`` (``"3.12"``) on ``platform``."""
    return {**PLATFORMS[platform][1], "python_version": python, "python_full_version": f"{python}.0",
            "implementation_name": "cpython", "platform_python_implementation": "CPython"}


def download(platform: str, python: str, requirements: Path, dest: Path) -> None:
    """Every wheel ``requirements`` needs on ``platform`` with CPython ``python``, into ``dest``."""
    tags = [arg for tag in PLATFORMS[platform][0] for arg in ("--platform", tag)]
    command = [sys.executable, "-c", PIP_FOR_TARGET, json.dumps(target_markers(platform, python)), "download",
               "--only-binary=:all:", "--implementation", "cp", "--python-version", python, *tags,
               "--progress-bar", "off", "--quiet", "--dest", str(dest), "-r", str(requirements)]
    result = subprocess.run(command)
    if result.returncode != 0:
        raise SystemExit(f"make_wheelhouse: pip could not download every package for {platform}, Python {python} "
                         "(see above); nothing in the folder was changed.")


def nnlib_wheel(dest: Path) -> None:
    """nnlib as a wheel, built from a copy of its sources (so that no build/ folder appears in the repository)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for name in ("pyproject.toml", "README.md", "LICENSE"):
            shutil.copyfile(ROOT / name, src / name)
        shutil.copytree(ROOT / "nnlib", src / "nnlib", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        try:
            from importlib.metadata import version

            isolation = [] if int(version("setuptools").split(".")[0]) < 77 else ["--no-build-isolation"]
        except Exception:  # no setuptools here: pip fetches the build backend (the download needs the index anyway)
            isolation = []
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "--quiet", "--wheel-dir",
                        str(dest), str(src)], check=True)


def written_before(out: Path) -> set[str]:
    """The files a previous run wrote into ``out`` (its mark lists them); refuses a folder this script did not write."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise SystemExit(f"make_wheelhouse: {out} is not a folder: nothing was written.")
    if not out.exists() or not any(out.iterdir()):
        return set()
    if not (out / MARK).is_file():
        raise SystemExit(f"make_wheelhouse: {out} is not empty and is not a wheelhouse this script wrote (no {MARK} "
                         "in it): nothing was deleted or written. Choose another --out, or an empty folder.")
    return {line for line in (out / MARK).read_text(encoding="utf-8").splitlines()[1:] if line}


def build(out: Path, platforms: list[str], pythons: list[str], requirements: Path) -> dict:
    """Write the wheelhouse into ``out``; return what it holds (files, bytes, seconds)."""
    ours = written_before(out)
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp)
        for platform in platforms:
            for python in pythons:
                t0 = time.monotonic()
                download(platform, python, requirements, staged)
                print(f"{platform}, Python {python}: {time.monotonic() - t0:.0f} s", flush=True)
        nnlib_wheel(staged)
        shutil.copyfile(requirements, staged / "requirements.txt")
        files = sorted(p.name for p in staged.iterdir() if p.is_file())
        out.mkdir(parents=True, exist_ok=True)
        for name in files:
            if (out / name).exists() and name not in ours:
                if (out / name).read_bytes() == (staged / name).read_bytes():
                    continue  # the same file, put there by someone else: left as it is
                raise SystemExit(f"make_wheelhouse: {out / name} is not a file this script wrote and differs from "
                                 "the new one: nothing was overwritten. Move it away or choose another --out.")
        for name in files:
            shutil.copyfile(staged / name, out / name)
    for name in sorted(ours - set(files) - {"README.md"}):
        (out / name).unlink(missing_ok=True)  # a file a previous run wrote that this one no longer needs
    size = sum((out / name).stat().st_size for name in files)
    targets = "\n".join(f"- {p}: Python {', '.join(pythons)}" for p in platforms)
    readme = README.format(date=time.strftime("%Y-%m-%d"), size=f"{len(files)} files, {size / 1e6:.0f} MB",
                           targets=targets, name=out.name)
    (out / "README.md").write_text(readme, encoding="utf-8")
    (out / MARK).write_text("written by scripts/make_wheelhouse.py; the files it wrote:\n"
                            + "\n".join([*files, "README.md"]) + "\n", encoding="utf-8")
    return {"files": len(files), "bytes": size, "seconds": time.monotonic() - start}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "wheelhouse", help="the folder to write")
    parser.add_argument("--platform", action="append", choices=[*PLATFORMS, *ALIASES],
                        help="repeat for several; default: all (linux, windows, macos-x86_64, macos-arm64)")
    parser.add_argument("--python", action="append", choices=PYTHONS,
                        help=f"CPython version, repeat for several; default: all ({', '.join(PYTHONS)})")
    parser.add_argument("--requirements", type=Path, default=ROOT / "requirements.txt", help=argparse.SUPPRESS)
    args = parser.parse_args()
    platforms = list(dict.fromkeys(p for name in args.platform or ["all"] for p in ALIASES.get(name, [name])))
    pythons = list(dict.fromkeys(args.python or PYTHONS))
    report = build(args.out.resolve(), platforms, pythons, args.requirements)
    print(f"wrote {args.out} ({report['files']} files, {report['bytes'] / 1e6:.0f} MB) in {report['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
