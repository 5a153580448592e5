"""The sources of the notebooks: one module per notebook, each a list of cells in both languages.

A markdown cell has an English and a Chinese text; a code cell has one source, shared by both languages,
whose comments are written in English and translated by a mapping given with the cell::

    code("b = -0.5  # the bias", zh={"the bias": "偏置"})

Only the comments differ between the languages: the code is identical by construction (``zh_source`` replaces
comment tokens and nothing else; ``tests/test_notebooks.py`` compares the built notebooks with the comments
removed, ``tests/test_lesson_sources.py`` names every comment that still lacks its Chinese).
``scripts/build_notebooks.py`` turns them into ``notebooks/en/*.ipynb`` and ``notebooks/zh-CN/*.ipynb``.
"""

import io
import re
import tokenize
from dataclasses import dataclass, field

# The tag of a code cell whose output depends on training (see ``code``).
TRAINED = "depends-on-training"


@dataclass
class Cell:
    kind: str  # "markdown" or "code"
    text: dict  # language -> source; a code cell has the same code in every language, only its comments differ
    tags: list = field(default_factory=list)


def md(en: str, zh: str) -> Cell:
    """A markdown cell, in English and in Chinese."""
    return Cell("markdown", {"en": en.strip("\n"), "zh-CN": zh.strip("\n")})


def comments(source: str) -> list[tuple[int, int, str]]:
    """The comments of ``source``: (line index, column of the ``#``, text after ``#`` stripped), in order.
    Lines a tokenizer cannot read (``%load``, ``!pip``) are read as if they had no comment."""
    lines = [line if not line.lstrip().startswith(("%", "!")) else "" for line in source.split("\n")]
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO("\n".join(lines) + "\n").readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return []
    return [(tok.start[0] - 1, tok.start[1], tok.string[1:].strip()) for tok in tokens if tok.type == tokenize.COMMENT]


def without_comments(source: str) -> str:
    """``source`` with every comment removed (and the spaces before it): what must be the same in both languages."""
    lines = source.split("\n")
    for row, col, _ in comments(source):
        lines[row] = lines[row][:col].rstrip()
    return "\n".join(lines)


def english_comments(source: str) -> list[str]:
    """The comments of ``source`` that read as English: two or more words of ASCII letters."""
    return [text for _, _, text in comments(source) if len(re.findall(r"[A-Za-z]{2,}", text)) >= 2
            and not re.search(r"[\u4e00-\u9fff]", text)]


def zh_source(source: str, zh: dict) -> str:
    """``source`` with each comment whose text is a key of ``zh`` replaced by its Chinese; nothing else changes.
    A key that matches no comment is an error (a translation left behind after its comment changed)."""
    lines, used = source.split("\n"), set()
    for row, col, text in comments(source):
        if text in zh:
            lines[row] = lines[row][:col] + "# " + zh[text]
            used.add(text)
    unused = sorted(set(zh) - used)
    if unused:
        raise ValueError(f"these translations match no comment of the cell (was the English changed?): {unused}; "
                         f"the cell's comments are: {[text for _, _, text in comments(source)]}")
    return "\n".join(lines)


def code(source: str, check: bool = False, ignore: bool = False, trained: bool = False,
         zh: dict | None = None) -> Cell:
    """A code cell. ``zh``: the Chinese of its comments, English comment text (after ``# ``) -> Chinese.

    ``check=True``: nbval compares its printed output exactly, so it may print only what is the same on every
    machine (shapes, counts fixed by the data, hand computations, the untrained network's answers).
    ``trained=True``: its output depends on the result of training, which differs with the CPU and the BLAS build
    (tests/test_portable.py shows it); nbval runs the cell but does not compare it, and what the lesson claims
    about it is tested with bounds in pytest (tests/test_lesson_claims.py). A cell cannot be both.
    ``ignore=True``: its output differs from run to run (timings); nbval does not compare it.
    """
    if check and trained:
        raise ValueError("a cell whose output depends on training cannot be compared exactly (check=True): "
                         "its numbers differ across CPUs and BLAS builds; test them with bounds in pytest")
    source = source.strip("\n")
    tags = ["nbval-check-output"] if check else ["nbval-ignore-output"] if ignore or trained else []
    if trained:
        tags.append(TRAINED)
    return Cell("code", {"en": source, "zh-CN": zh_source(source, zh or {})}, tags)


@dataclass
class Lesson:
    number: str  # "01"
    slug: str  # "the-neuron": the file is notebooks/<lang>/01-the-neuron.ipynb
    title: dict  # language -> title
    summary: dict  # language -> one line for the contents and the README
    cells: list
    source: str = ""  # "scripts/lessons/l01_neuron.py", set by scripts/build_notebooks.py when it finds the file

    @property
    def filename(self) -> str:
        return f"{self.number}-{self.slug}.ipynb"
