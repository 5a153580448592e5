"""The explorers' front ends (nnlib/widgets/js/*.js) pass eslint (tests/js/eslint.config.js: the recommended rules
for browser modules, plus no var, const where possible, ===, no shadowed or unused names).

eslint comes from npm: ``npm ci --prefix tests/js`` (``.ci/run`` does it). Without it this test is skipped with that
hint, and fails in CI.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from nnlib.widgets.base import JS_FOLDER, esm

ROOT = Path(__file__).resolve().parents[1]
ESLINT = ROOT / "tests" / "js" / "node_modules" / ".bin" / "eslint"
CONFIG = ROOT / "tests" / "js" / "eslint.config.js"


@pytest.fixture(scope="module")
def eslint():
    if not ESLINT.exists() or shutil.which("node") is None:
        message = "eslint is not installed: run `npm ci --prefix tests/js` (needs Node.js 20.19 or newer)."
        if os.environ.get("CI"):
            pytest.fail(message + " CI must install it (.ci/run does).")
        pytest.skip(message)

    def run(*args: str, stdin: str | None = None) -> list[dict]:
        result = subprocess.run([str(ESLINT), "--config", str(CONFIG), "--format", "json", *args], cwd=ROOT,
                                input=stdin, capture_output=True, text=True, timeout=120)
        assert result.returncode in (0, 1), result.stderr
        return json.loads(result.stdout)

    return run


def test_every_explorer_module_passes_eslint(eslint):
    files = sorted(JS_FOLDER.glob("*.js"))
    report = eslint(*(str(path.relative_to(ROOT)) for path in files))
    assert sorted(Path(entry["filePath"]).name for entry in report) == [path.name for path in files]  # all linted
    problems = [f"{Path(e['filePath']).name}:{m['line']}: {m['message']} ({m['ruleId']})"
                for e in report for m in e["messages"]]
    assert not problems, "\n".join(problems)


def test_the_lint_finds_what_it_should(eslint):
    bad = 'var unused = 1;\nexport function f(x) { if (x == 1) { let x = 2; return x; } return y; }\n'
    report = eslint("--stdin", "--stdin-filename", "nnlib/widgets/js/bad.js", stdin=bad)
    rules = {m["ruleId"] for m in report[0]["messages"]}
    assert {"no-var", "no-unused-vars", "eqeqeq", "no-shadow", "no-undef"} <= rules


def test_each_explorer_bundle_is_one_module_without_local_imports():
    """base.esm(kind) joins mirror.js, base.js, the shared files the kind names (``// needs: a.js``) and the kind's
    file: no import of a local file may be left in it."""
    needs = [re.match(r"// needs: (.+)\n", path.read_text(encoding="utf-8")) for path in JS_FOLDER.glob("*.js")]
    shared = {name.strip().removesuffix(".js") for m in needs if m for name in m.group(1).split(",")}
    assert all((JS_FOLDER / f"{name}.js").exists() for name in shared), shared
    kinds = [path.stem for path in JS_FOLDER.glob("*.js") if path.stem not in {"mirror", "base", "page", *shared}]
    assert "neuron" in kinds
    for kind in kinds:
        source = esm(kind)
        assert 'from "./' not in source, kind
        assert len(re.findall(r"^export default ", source, re.MULTILINE)) == 1, kind
