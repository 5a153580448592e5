"""The sources of the notebooks: one module per notebook, each a list of cells in both languages.

A markdown cell has an English and a Chinese text; a code cell has one source, shared by both languages
(the code is identical by construction; ``tests/test_notebooks.py`` checks the built notebooks again).
``scripts/build_notebooks.py`` turns them into ``notebooks/en/*.ipynb`` and ``notebooks/zh-CN/*.ipynb``.
"""

from dataclasses import dataclass, field


@dataclass
class Cell:
    kind: str  # "markdown" or "code"
    text: dict  # language -> source; a code cell has the same source for every language
    tags: list = field(default_factory=list)


def md(en: str, zh: str) -> Cell:
    """A markdown cell, in English and in Chinese."""
    return Cell("markdown", {"en": en.strip("\n"), "zh-CN": zh.strip("\n")})


def code(source: str, check: bool = False, ignore: bool = False) -> Cell:
    """A code cell; ``check=True`` makes nbval compare its printed output exactly, ``ignore=True`` says that its
    output differs from run to run (timings), so nbval must not compare it even in strict mode."""
    source = source.strip("\n")
    tags = ["nbval-check-output"] if check else ["nbval-ignore-output"] if ignore else []
    return Cell("code", {"en": source, "zh-CN": source}, tags)


@dataclass
class Lesson:
    number: str  # "01"
    slug: str  # "the-neuron": the file is notebooks/<lang>/01-the-neuron.ipynb
    title: dict  # language -> title
    summary: dict  # language -> one line for the contents and the README
    cells: list

    @property
    def filename(self) -> str:
        return f"{self.number}-{self.slug}.ipynb"
