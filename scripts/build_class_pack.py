"""The class pack: hand-outs that print, in English and Chinese, as PDFs made by Chromium's headless printing.

    python scripts/build_class_pack.py                # writes build/class-pack/
    python scripts/build_class_pack.py --out DIR      # writes DIR/ (a new folder, or one this script wrote)
    python scripts/build_class_pack.py --timing       # prints the estimated minutes of each route's sections

What it writes, for each language (``en``, ``zh-CN``):

- ``students/<lang>/formula-sheet.pdf``: one A4 page, from ``docs/handouts/formula-sheet*.md``;
- ``students/<lang>/worksheet-<route>.pdf``: for each route of the teacher's guide, a "predict → move the slider →
  record" box per explorer the route uses;
- ``students/<lang>/quiz-<route>.pdf``: a short quiz sized to the route, once before the lesson (page 1) and once
  after it (page 2), the same questions, on sections the route covers; no answers and no word of where they are;
- ``teacher/<lang>/key-<route>.pdf``: the answers to the route's quiz and worksheet, every number computed by nnlib
  (``scripts/teacher_answers.py``'s ``values()``), never typed.

The routes (``ROUTES``) are the ones of ``docs/teaching*.md``; ``tests/test_class_pack.py`` checks that the guides'
route tables name the same sections, that each quiz question is on a section its route covers, and the page counts.
Chromium is ``/usr/bin/chromium`` (or ``NNLIB_CHROMIUM``). The Chinese pages use WenQuanYi Micro Hei where it is
installed (Debian: ``fonts-wqy-microhei``; Chromium embeds it as a TrueType subset, and its bold, which the font lacks,
as Type 3 outlines) and otherwise nnlib's own CJK font (``nnlib/fonts/nnlib-cjk-sans.otf``, embedded as Type 3
outlines, as Chromium does with every CFF font). Either way the glyphs are in the PDF and the text stays text.
The build writes only into a folder it made (its mark ``.nnlib-class-pack`` in it) and refuses any other.
"""

# ruff: noqa: E501 (bilingual texts are as long as they need to be)

import argparse
import functools
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from own_folder import OwnFolder  # noqa: E402
from teacher_answers import QUIZ, ZH_KERNEL, ZH_PATTERN, n, values  # noqa: E402

LANGUAGES = ("en", "zh-CN")
MARK = ".nnlib-class-pack"  # in a folder this script wrote: the only kind it writes into
FONT = ROOT / "nnlib" / "fonts" / "nnlib-cjk-sans.otf"
CHROMIUM = os.environ.get("NNLIB_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--no-first-run", "--disable-extensions",
                  "--disable-component-update", "--disable-sync", "--no-pdf-header-footer"]

# --- the routes ------------------------------------------------------------------------------------------------
# sections: notebook -> the § numbers the route covers (shown by the teacher, or done by the students);
# explorers: (notebook, §[, how many of its tasks]) of the worksheet's boxes, in the route's order;
# quiz: QUIZ ids "01.2" (notebook.position), asked before the lesson and again after it.
ROUTES = {
    "demo-45": {
        "title": {"en": "45 minutes, projected demo", "zh-CN": "45 分钟，投影演示"},
        "sections": {"01": [1, 2, 3, 4, 5, 7], "02": [2, 3], "03": [1, 5], "04": [1, 4, 5, 9], "05": [7]},
        "explorers": [("01", 7, 2), ("02", 2), ("02", 3), ("03", 5), ("04", 5, 1)],
        "quiz": ["01.2", "01.3", "02.2", "03.3", "04.3"],
    },
    "lab-45": {
        "title": {"en": "45 minutes, hands-on lab", "zh-CN": "45 分钟，上机动手"},
        "sections": {"01": [2, 3, 4, 5, 7], "02": [2, 3], "03": [1, 5], "04": [1, 4, 5, 8, 9]},
        "explorers": [("01", 7, 2), ("02", 2), ("02", 3), ("04", 5, 1), ("04", 8)],
        "quiz": ["01.2", "01.3", "02.4", "03.3", "04.4"],
    },
    "demo-90": {
        "title": {"en": "90 minutes, the whole series", "zh-CN": "90 分钟，整个系列"},
        "sections": {"01": [1, 2, 3, 4, 5, 6, 7], "02": [1, 2, 3, 4], "03": [1, 2, 3, 5, 6],
                     "04": [1, 2, 3, 4, 5, 6, 8, 9], "05": [1, 2, 3, 7]},
        "explorers": [("01", 7), ("02", 2, 1), ("02", 3), ("02", 4), ("03", 2), ("03", 5), ("04", 3), ("04", 5, 1),
                      ("04", 8), ("05", 2), ("05", 3)],
        "quiz": ["01.2", "01.4", "02.1", "02.2", "03.2", "03.3", "04.3", "05.3"],
    },
}

# The section(s) each quiz question is on, by its id: notebook.position in scripts/teacher_answers.QUIZ.
QUIZ_SECTIONS = {
    "01.1": [3], "01.2": [4, 5], "01.3": [5], "01.4": [6],
    "02.1": [1], "02.2": [3], "02.3": [2], "02.4": [2],
    "03.1": [3], "03.2": [3], "03.3": [5], "03.4": [5],
    "04.1": [1], "04.2": [2], "04.3": [9], "04.4": [9],
    "05.1": [3], "05.2": [1], "05.3": [3], "05.4": [1], "05.5": [4],
}


def quiz_items() -> dict:
    """QUIZ by id ("01.2": the second question of notebook 01)."""
    items, count = {}, {}
    for q in QUIZ:
        count[q[0]] = count.get(q[0], 0) + 1
        items[f"{q[0]}.{count[q[0]]}"] = q
    return items


# --- the worksheet's boxes: per explorer, tasks of (predict, move, record, answer) in both languages -------------
# an answer is a function of values() (scripts/teacher_answers.py): every number in it computed by nnlib.

def explorer_tasks(v: dict) -> dict:
    def both(en, zh):
        return {"en": en, "zh-CN": zh}

    unknown = both("Depends on the training run: read it from the screen; neighbours compare.",
                   "取决于这次训练：从屏幕上读；和同桌比较。")
    return {
        ("01", 7): [
            (both("Start: a = 0.5, w = 4, b = −1. If w goes to 5, will σ go up or down?",
                  "起点：a = 0.5，w = 4，b = −1。w 变成 5 时，σ 会变大还是变小？"),
             both("Move w to 5.", "把 w 拖到 5。"),
             both("z = ______   σ = ______", "z = ______   σ = ______"),
             both(f"Up: z = {n(v['n01_z_w5'])}, σ = {n(v['n01_s_w5'], 3)} (from z = {n(v['n01_z'])}, σ = {n(v['n01_s'], 3)}).",
                  f"变大：z = {n(v['n01_z_w5'])}，σ = {n(v['n01_s_w5'], 3)}（原来 z = {n(v['n01_z'])}，σ = {n(v['n01_s'], 3)}）。")),
            (both("Set w = 0 (b = −1). Will the input a still change σ?", "令 w = 0（b = −1）。输入 a 还会改变 σ 吗？"),
             both("Move a from 0 to 1.", "把 a 从 0 拖到 1。"),
             both("σ at a = 0: ______   σ at a = 1: ______", "a = 0 时 σ = ______   a = 1 时 σ = ______"),
             both(f"No: σ = {n(v['n01_w0'][0], 3)} for every a (z = b).", f"不会：对任何 a，σ 都是 {n(v['n01_w0'][0], 3)}（z = b）。")),
            (both("Switch to ReLU; a = 0.5, b = −1, w = −1. Will a small change of w change the activation?",
                  "切换到 ReLU；a = 0.5，b = −1，w = −1。w 的微小变化会改变激活值吗？"),
             both("Move w from −1 to −0.9.", "把 w 从 −1 拖到 −0.9。"),
             both("activation at w = −1: ______   at w = −0.9: ______", "w = −1 时激活值 ______   w = −0.9 时 ______"),
             both(f"No: {n(v['n01_dead'][1], 0)} and {n(v['n01_dead'][3], 0)} (z = {n(v['n01_dead'][0])} and {n(v['n01_dead'][2])}: a dead ReLU).",
                  f"不会：{n(v['n01_dead'][1], 0)} 和 {n(v['n01_dead'][3], 0)}（z = {n(v['n01_dead'][0])} 和 {n(v['n01_dead'][2])}：ReLU 处于死区）。")),
        ],
        ("02", 2): [
            (both("Input a: the zero. Which weight pattern w will score it highest?", "输入 a 选 0。哪种权重图案 w 给它的得分最高？"),
             both("Choose each pattern in turn.", "依次选择每种图案。"),
             both("best pattern: ______   Σ w·a = ______", "得分最高的图案：______   Σ w·a = ______"),
             both(f"The {v['n02_zero_best']}: Σ w·a = {n(v['n02_zero_scores'][v['n02_zero_best']])}.",
                  f"{ZH_PATTERN[v['n02_zero_best']]}：Σ w·a = {n(v['n02_zero_scores'][v['n02_zero_best']])}。")),
            (both("Pattern: top bar. Will it score the seven or the one higher?", "图案选顶部横线。它给 7 的得分高，还是给 1 的得分高？"),
             both("Switch the input between the seven and the one.", "在 7 和 1 之间切换输入。"),
             both("Σ w·a for the seven: ______   for the one: ______", "7 的 Σ w·a：______   1 的：______"),
             both(f"The seven: {n(v['n02_bar_seven'])}, against {n(v['n02_bar_one'])} for the one.",
                  f"7：{n(v['n02_bar_seven'])}，而 1 只有 {n(v['n02_bar_one'])}。")),
        ],
        ("02", 3): [
            (both("Start: b = −10. Where will the threshold be for b = −5?", "起点：b = −10。b = −5 时阈值会在哪里？"),
             both("Move b to −5.", "把 b 拖到 −5。"),
             both("σ = 0.5 at s = ______   the inputs that fire: ______", "σ = 0.5 时 s = ______   会激活的输入：______"),
             both(f"At s = 5; {', '.join(n(s, 0) for s in v['n02_fire_b5'])} fire.",
                  f"在 s = 5 处；{'、'.join(n(s, 0) for s in v['n02_fire_b5'])} 会激活。")),
        ],
        ("02", 4): [
            (both("w₂ = −2 is large, its input a₂ small. If w₂ goes up by 1, how much will z change?",
                  "w₂ = −2 很大，但它的输入 a₂ 很小。w₂ 增加 1 时，z 会变多少？"),
             both("Move w₂ from −2 to −1.", "把 w₂ 从 −2 拖到 −1。"),
             both("z before: ______   z after: ______", "之前 z = ______   之后 z = ______"),
             both(f"By {n(v['n02_dz_w2'], 1)} only (a₂ = {n(v['n02_inputs'][1], 1)}): z = {n(v['n02_z'])}, then {n(v['n02_z'] + v['n02_dz_w2'])}.",
                  f"只变 {n(v['n02_dz_w2'], 1)}（a₂ = {n(v['n02_inputs'][1], 1)}）：z 从 {n(v['n02_z'])} 变成 {n(v['n02_z'] + v['n02_dz_w2'])}。")),
        ],
        ("03", 2): [
            (both("Choose neuron 2. If you move its w1, which row of the matrix W will change?",
                  "选择神经元 2。拖动它的 w1 时，矩阵 W 的哪一行会变？"),
             both("Move w1 of neuron 2.", "拖动神经元 2 的 w1。"),
             both("the row that changed: ______   the edges that changed: ______", "变化的行：______   变化的连线：______"),
             both("Row 2 of the video's W (column 2 in code, W[:, 1]); the edge from a₁ to neuron 2.",
                  "视频中 W 的第 2 行（代码里是第 2 列，W[:, 1]）；从 a₁ 到神经元 2 的那条连线。")),
        ],
        ("03", 5): [
            (both(f"The network 784-16-16-10 has {n(v['n03_total'])} parameters. With 32 neurons in hidden layer 1, about how many?",
                  f"784-16-16-10 网络有 {n(v['n03_total'])} 个参数。第 1 个隐藏层有 32 个神经元时，大约有多少个？"),
             both("Move hidden layer 1 to 32.", "把第 1 个隐藏层拖到 32。"),
             both("parameters: ______   of them in the first layer: ______", "参数：______   其中第一层：______"),
             both(f"{n(v['pack_params32'][0])}, of them {n(v['pack_params32'][1])} in the first layer: nearly double, as the first layer holds most.",
                  f"{n(v['pack_params32'][0])} 个，其中第一层 {n(v['pack_params32'][1])} 个：几乎翻倍，因为大部分参数在第一层。")),
        ],
        ("04", 3): [
            (both("The hand-made network: the drawn 9 lights up the 9's output. Which outputs will the drawn 8 light up?",
                  "手工搭的网络：画的 9 点亮了 9 的输出。画的 8 会点亮哪些输出？"),
             both("Pick the drawn 8 with the slider; step through the layers with layer.",
                  "用滑块选画的 8；用“逐层”一层一层往前走。"),
             both("parts lit: ______   outputs lit: ______", "亮起的部件：______   亮起的输出：______"),
             both("Only the 8's: it lights the loops and also the lines on the right (a part of the 9), and the output "
                  "layer sorts that out: a 9 must have no loop at the bottom.",
                  "只有 8 的：它点亮了圈，也点亮了右边的竖线（9 的一个部件），输出层把这一点理清楚：9 的下面不能有圈。")),
        ],
        ("04", 5): [
            (both("The first test digit: which output neuron will light up brightest?", "第一个测试数字：哪个输出神经元会最亮？"),
             both("Step through the layers with layer.", "用“逐层”一层一层往前走。"),
             both("answer: ______   its output: ______   true label: ______", "答案：______   它的输出：______   真实标签：______"),
             unknown),
            (both("Will the network get every test digit right?", "网络会把每个测试数字都答对吗？"),
             both("Move the digit slider until you find a ✗.", "拖动数字滑块，直到找到一个 ✗。"),
             both("digit number: ______   answer: ______   true label: ______", "数字编号：______   答案：______   真实标签：______"),
             both(f"No: it gets wrong a few in a hundred of the bundled test digits (the trained network's accuracy is printed in §4). {unknown['en']}",
                  f"不会：自带测试数字中每一百个会错几个（§4 打印了训练后网络的准确率）。{unknown['zh-CN']}")),
        ],
        ("04", 8): [
            (both("Draw a 7 in the middle of the pad, then the same 7 at its left edge. Will the answer stay the same?",
                  "先在画板中间写一个 7，再在画板左边缘写同样的 7。答案会不变吗？"),
             both("Draw in the middle, read the answer; clear; draw at the edge, read it again.",
                  "在中间写，读出答案；清除；在边缘写，再读一次。"),
             both("middle: answer ______ output ______   edge: answer ______ output ______",
                  "中间：答案 ______ 输出 ______   边缘：答案 ______ 输出 ______"),
             both("Often not: each first-layer weight belongs to one pixel position (04 §9, blind spots). "
                  "The outputs depend on the training run: read them from the screen.",
                  "常常会变：第一层的每个权重都对应一个固定的像素位置（04 §9 盲点）。输出取决于这次训练：从屏幕上读。")),
        ],
        ("05", 2): [
            (both("The window starts at row 8, column 8, on the left side of the 9's loop. Will the sum be positive or negative?",
                  "窗口从第 8 行、第 8 列开始，在 9 的圆圈左侧。总和是正还是负？"),
             both("Read the sum; then move the window to row 8, column 21.", "读出总和；再把窗口移到第 8 行、第 21 列。"),
             both("sum at column 8: ______   at column 21: ______", "第 8 列的总和：______   第 21 列的：______"),
             both(f"Positive: {n(v['n05_start'])}; at column {v['n05_lowest'][2]}, on the loop's right side, {n(v['n05_lowest'][0])}.",
                  f"正：{n(v['n05_start'])}；第 {v['n05_lowest'][2]} 列在圆圈右侧，是 {n(v['n05_lowest'][0])}。")),
        ],
        ("05", 3): [
            (both("Which kernel will light up horizontal strokes, such as the top bar of a 7?", "哪个卷积核会点亮横向笔画，比如 7 的顶部横线？"),
             both("Choose each kernel in turn.", "依次选择每个卷积核。"),
             both("kernel: ______   map size: ____ × ____   after pooling: ____ × ____", "卷积核：______   特征图大小：____ × ____   池化后：____ × ____"),
             both(f"The {v['n05_bar_kernel']}; {v['n05_conv3']} × {v['n05_conv3']}, then {v['n05_pool3']} × {v['n05_pool3']}.",
                  f"{ZH_KERNEL[v['n05_bar_kernel']]}卷积核；{v['n05_conv3']} × {v['n05_conv3']}，池化后 {v['n05_pool3']} × {v['n05_pool3']}。")),
        ],
    }



def route_tasks(name: str, v: dict) -> list[tuple[str, int, list]]:
    """(notebook, §, tasks) of a route's worksheet boxes, in order."""
    tasks = explorer_tasks(v)
    return [(entry[0], entry[1], tasks[entry[:2]][:entry[2] if len(entry) > 2 else None])
            for entry in ROUTES[name]["explorers"]]


@functools.cache
def pack_values_cached() -> dict:
    """pack_values(), computed once per process (it loads the bundled digits)."""
    return pack_values()


def pack_values() -> dict:
    """values() of scripts/teacher_answers.py, plus the few numbers only the worksheets need (also from nnlib)."""
    import nnlib as nl

    v = values()
    weights, biases = nl.parameter_count([784, 32, 16, 10])
    v["pack_params32"] = (weights + biases, sum(nl.parameter_count([784, 32])))
    return v


# --- the notebooks' sections ---------------------------------------------------------------------------------

def headings(lang: str) -> dict[str, dict[int, str]]:
    """notebook -> {n: title} of its ``## n. title`` headings, as the committed notebooks in ``lang`` show them."""
    found = {}
    for path in sorted((ROOT / "notebooks" / lang).glob("[0-9][0-9]-*.ipynb")):
        sections = found.setdefault(path.name[:2], {})
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown":
                for line in "".join(cell["source"]).splitlines():
                    m = re.match(r"## (\d+)\. (.+)", line)
                    if m:
                        sections[int(m[1])] = m[2].strip()
    return found


# --- timing: how long the sections really take -----------------------------------------------------------------
# Cell run times measured on the 2-core development machine (3 December 2026, NNLIB_OFFLINE=1, nbclient), in
# seconds per section: all sections not listed ran in under 1 s. Notebook 04's training (§4) is the only long one.
RUN_SECONDS = {("04", 4): 9.6, ("05", 5): 4.5, ("05", 7): 2.9, ("04", 3): 1.6, ("04", 6): 1.4, ("04", 7): 1.2}
READ_WPM = {"students": 120, "teacher": 150}  # words a minute: learners reading a technical text; a teacher showing it
TASK_MINUTES = 2.5  # one worksheet row: predict (0.5), move the slider (1), record (0.5), compare with a neighbour (0.5)
CELL_MINUTES = 0.2  # reading and running one code cell (Shift+Enter), besides its run time


def section_words() -> dict[tuple[str, int], tuple[int, int]]:
    """(notebook, §) -> (words of its markdown, number of code cells), from the English notebooks."""
    counts = {}
    for path in sorted((ROOT / "notebooks" / "en").glob("[0-9][0-9]-*.ipynb")):
        number, current = path.name[:2], None
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"])
            if cell["cell_type"] == "markdown" and source.startswith("## "):
                m = re.match(r"## (\d+)\.", source)
                current = (number, int(m[1])) if m else None
            if current is None:
                continue
            words, cells = counts.get(current, (0, 0))
            if cell["cell_type"] == "markdown":
                counts[current] = (words + len(re.sub(r"\$\$.*?\$\$", " ", source, flags=re.S).split()), cells)
            else:
                counts[current] = (words, cells + 1)
    return counts


def section_minutes(number: str, section: int, who: str, tasks: int = 0) -> float:
    """Estimated minutes for one section: reading its text, running its cells, and the worksheet tasks done on it."""
    words, cells = section_words()[(number, section)]
    minutes = words / READ_WPM[who] + RUN_SECONDS.get((number, section), 0.5) / 60
    if who == "students":
        minutes += cells * CELL_MINUTES
    return minutes + tasks * TASK_MINUTES


# --- the pages ---------------------------------------------------------------------------------------------------

WORDS = {
    "en": {"name": "Name: ____________________", "before": "Before the lesson", "after": "After the lesson",
           "quiz": "Quiz", "worksheet": "Worksheet", "key": "Answer key (for the teacher)",
           "predict": "Predict", "move": "Move the slider", "record": "Record", "notebook": "Notebook",
           "quiz_intro": "Answer in a word, a number or a sentence. A guess is fine.",
           "after_intro": "The same questions again: answer without looking at your first page.",
           "ws_intro": "For each box: write your prediction first, then move the slider (or watch it moved on the projector), then write what you see.",
           "key_quiz": "Quiz (the same questions before and after the lesson)", "key_ws": "Worksheet",
           "covers": "Sections covered", "series": "What is a neural network?", ".": ". ", ":": ": "},
    "zh-CN": {"name": "姓名：____________________", "before": "上课前", "after": "下课前",
              "quiz": "小测验", "worksheet": "学习单", "key": "答案（教师用）",
              "predict": "预测", "move": "拖动滑块", "record": "记录", "notebook": "笔记本",
              "quiz_intro": "用一个词、一个数或一句话回答。猜一猜也可以。",
              "after_intro": "还是这些题：不要看第一页，再答一次。",
              "ws_intro": "每个方框：先写下你的预测，再拖动滑块（或看投影上的演示），然后写下你看到的结果。",
              "key_quiz": "小测验（上课前和下课前是同样的题）", "key_ws": "学习单",
              "covers": "涵盖的小节", "series": "神经网络是什么", ".": "。", ":": "："},
}

CSS = """
@font-face { font-family: "nnlib CJK Sans"; src: url("FONT_URL") format("opentype"); }
@page { size: A4; margin: 14mm 15mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "WenQuanYi Micro Hei", "nnlib CJK Sans", sans-serif; font-size: 10pt; }
html[lang="zh-CN"] { font-family: "WenQuanYi Micro Hei", "DejaVu Sans", "nnlib CJK Sans", sans-serif; }
body { margin: 0; line-height: 1.35; }
h1 { font-size: 15pt; margin: 0 0 4mm 0; }
h2 { font-size: 12pt; margin: 5mm 0 2mm 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2mm; }
th, td { border: 0.3mm solid #555; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { background: #eee; }
.page { page-break-after: always; }
.page:last-child { page-break-after: auto; }
.name { float: right; font-size: 10pt; }
.q { margin: 0 0 3mm 0; page-break-inside: avoid; }
.line { border-bottom: 0.3mm solid #777; height: 8mm; margin: 0 0 1mm 6mm; }
.box { border: 0.4mm solid #333; padding: 1.5mm 2.5mm; margin: 0 0 3mm 0; page-break-inside: avoid; }
.box h2 { margin: 0 0 1.5mm 0; font-size: 11pt; }
.box td.label { width: 26mm; font-weight: bold; }
.box td.write { height: 8mm; }
.small { font-size: 9pt; color: #333; }
ol { padding-left: 6mm; }
li { margin-bottom: 1.5mm; }
"""


def page(lang: str, title: str, body: str) -> str:
    css = CSS.replace("FONT_URL", FONT.resolve().as_uri())
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{css}</style></head><body>{body}</body></html>")


def e(text: str) -> str:
    return html.escape(text)


def route_heading(lang: str, name: str) -> str:
    return f"{WORDS[lang]['series']} · {ROUTES[name]['title'][lang]}"


def formula_sheet(lang: str) -> str:
    import mistune

    suffix = "" if lang == "en" else ".zh-CN"
    text = (ROOT / "docs" / "handouts" / f"formula-sheet{suffix}.md").read_text(encoding="utf-8")
    text = "\n".join(line for line in text.splitlines() if not line.startswith(("**English**", "[English]")))
    body = mistune.create_markdown(plugins=["table"])(text)
    return page(lang, "formula sheet", body)


def quiz(lang: str, name: str) -> str:
    """The students' quiz: page 1 before the lesson, page 2 after it; questions only."""
    w, k, items = WORDS[lang], 0 if lang == "en" else 1, quiz_items()
    questions = "".join(f'<div class="q">{i}. {e(items[q][1 + k])}<div class="line"></div></div>'
                        for i, q in enumerate(ROUTES[name]["quiz"], 1))
    pages = []
    for when, intro in ((w["before"], w["quiz_intro"]), (w["after"], w["after_intro"])):
        pages.append(f'<div class="page"><span class="name">{e(w["name"])}</span>'
                     f'<h1>{e(w["quiz"])}{w[":"]}{e(when)}</h1><p class="small">{e(route_heading(lang, name))}{w["."]}{e(intro)}</p>'
                     f"{questions}</div>")
    return page(lang, w["quiz"], "".join(pages))


def worksheet(lang: str, name: str, v: dict) -> str:
    w, titles = WORDS[lang], headings(lang)
    boxes = []
    for number, section, tasks in route_tasks(name, v):
        rows = "".join(
            f'<tr><td class="label">{e(w["predict"])}</td><td>{e(t[0][lang])}<div class="line"></div></td></tr>'
            f'<tr><td class="label">{e(w["move"])}</td><td>{e(t[1][lang])}</td></tr>'
            f'<tr><td class="label">{e(w["record"])}</td><td class="write">{e(t[2][lang])}</td></tr>'
            for t in tasks)
        boxes.append(f'<div class="box"><h2>{e(w["notebook"])} {number} §{section} · {e(titles[number][section])}</h2>'
                     f"<table>{rows}</table></div>")
    body = (f'<span class="name">{e(w["name"])}</span><h1>{e(w["worksheet"])}</h1>'
            f'<p class="small">{e(route_heading(lang, name))}{w["."]}{e(w["ws_intro"])}</p>' + "".join(boxes))
    return page(lang, w["worksheet"], body)


def key_items(lang: str, name: str, v: dict) -> list[tuple[str, str, str]]:
    """(where, question, answer) of a route's key: its quiz, then its worksheet's tasks."""
    k, items = 0 if lang == "en" else 1, quiz_items()
    out = [(f"{q} §{', §'.join(map(str, QUIZ_SECTIONS[q]))}", items[q][1 + k], items[q][3 + k](v))
           for q in ROUTES[name]["quiz"]]
    for number, section, tasks in route_tasks(name, v):
        out += [(f"{number} §{section}", t[0][lang], t[3][lang]) for t in tasks]
    return out


def key(lang: str, name: str, v: dict) -> str:
    w, sections = WORDS[lang], ROUTES[name]["sections"]
    items = key_items(lang, name, v)
    n_quiz = len(ROUTES[name]["quiz"])
    covers = "; ".join(f"{nb} §{', §'.join(map(str, s))}" for nb, s in sections.items())
    quiz_part = "".join(f"<li><b>{e(q)}</b> {e(a)} <span class='small'>({e(where)})</span></li>"
                        for where, q, a in items[:n_quiz])
    ws_part = "".join(f"<li><b>{e(q)}</b> {e(a)} <span class='small'>({e(where)})</span></li>"
                      for where, q, a in items[n_quiz:])
    body = (f"<h1>{e(w['key'])}</h1><p class='small'>{e(route_heading(lang, name))}{w['.']}{e(w['covers'])}{w[':']}{e(covers)}</p>"
            f"<h2>{e(w['key_quiz'])}</h2><ol>{quiz_part}</ol><h2>{e(w['key_ws'])}</h2><ol>{ws_part}</ol>")
    return page(lang, w["key"], body)


def documents(v: dict) -> dict[str, str]:
    """Every PDF of the pack (its path in the pack) with its HTML."""
    docs = {}
    for lang in LANGUAGES:
        docs[f"students/{lang}/formula-sheet.pdf"] = formula_sheet(lang)
        for name in ROUTES:
            docs[f"students/{lang}/worksheet-{name}.pdf"] = worksheet(lang, name, v)
            docs[f"students/{lang}/quiz-{name}.pdf"] = quiz(lang, name)
            docs[f"teacher/{lang}/key-{name}.pdf"] = key(lang, name, v)
    return docs


def print_pdf(source: Path, target: Path) -> None:
    if CHROMIUM is None:
        raise SystemExit("build_class_pack: Chromium is not installed (Debian or Ubuntu: `apt-get install chromium`).")
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                                 f"--print-to-pdf={target}", source.as_uri()],
                                capture_output=True, encoding="utf-8", timeout=120)
    if result.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
        raise SystemExit(f"build_class_pack: Chromium could not print {source.name}:\n{result.stderr[-2000:]}")


def build(out: Path) -> list[Path]:
    """Write the pack into ``out`` (made here, or written by this script before); return the PDFs."""
    v = pack_values()
    docs = documents(v)
    folder = OwnFolder(out, MARK, "a class pack this script wrote")
    folder.claim()
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for relative, text in docs.items():
            source = Path(tmp) / relative.replace("/", "__").replace(".pdf", ".html")
            source.write_text(text, encoding="utf-8")
            target = folder.add(relative)
            print_pdf(source, target)
            written.append(target)
    folder.seal()
    return written


QUIZ_MINUTES = 0.5  # one quiz question, written


def lab_minutes(v: dict | None = None) -> dict:
    """The hands-on route's estimate: minutes per (notebook, §) and for the quizzes, from the sections' real length
    (words, code cells, measured run times) and the worksheet's tasks; see section_minutes."""
    v = v or pack_values_cached()
    tasks = {(nb, s): len(t) for nb, s, t in route_tasks("lab-45", v)}
    minutes = {(nb, s): section_minutes(nb, s, "students" if (nb, s) in tasks else "teacher", tasks.get((nb, s), 0))
               for nb, sections in ROUTES["lab-45"]["sections"].items() for s in sections}
    minutes[("quiz", 0)] = 2 * QUIZ_MINUTES * len(ROUTES["lab-45"]["quiz"])  # before and after
    return minutes


def timing_table() -> str:
    minutes = lab_minutes()
    lines = [f"{nb} §{s:<2} {m:5.1f} min" if nb != "quiz" else f"quizzes {m:5.1f} min" for (nb, s), m in minutes.items()]
    return "\n".join(["lab-45: estimated minutes (students do the worksheet's sections, the teacher shows the rest)",
                       *lines, f"total {sum(minutes.values()):.1f} min"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "class-pack", help="the folder to write")
    parser.add_argument("--timing", action="store_true", help="print the estimated minutes of the routes' sections")
    args = parser.parse_args()
    if args.timing:
        print(timing_table())
        return 0
    for path in build(args.out):
        print("wrote", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
