from . import Lesson, code, md

# The list of notebooks is added by scripts/build_notebooks.py from the lessons themselves.
LESSON = Lesson(
    "00", "contents",
    {"en": "Contents", "zh-CN": "目录"},
    {"en": "The series at a glance, and the language nnlib found.", "zh-CN": "本系列一览，以及 nnlib 判断出的语言。"},
    [
        md(
            """
*What is a neural network?*, a series after 3Blue1Brown's chapter *But what is a neural network?*. Each notebook builds on the one before; every
one has a goal, sections with explorers to play with, a summary, and exercises that check themselves.
Run a notebook from the top (**Run ▸ Run All Cells**), then move the sliders.

The English and the Chinese notebooks have the same code: `nnlib`, the small helper package, finds the
language from the notebook's folder. This cell shows which one it found:
""",
            """
《神经网络是什么》系列参考 3Blue1Brown 的视频 *But what is a neural network?*。
每个笔记本都建立在前一个之上；每个都有学习目标、可以动手的探索器、小结，以及能自动检查答案的练习。
从头运行一个笔记本（**运行 ▸ 运行所有单元格**），然后拖动滑块。

中文和英文笔记本的代码完全相同：辅助包 `nnlib` 会根据笔记本所在的文件夹判断语言。下面的单元格显示它找到的语言：
""",
        ),
        code(
            """
import nnlib as nl

nl.language()
""",
            check=True,
        ),
    ],
)
