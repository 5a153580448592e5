"""The sources of the notebooks: one module per notebook, each a list of cells in both languages.

A markdown cell has an English and a Chinese text; a code cell has one source, shared by both languages
(the code is identical by construction; ``tests/test_notebooks.py`` checks the built notebooks again).
``scripts/build_notebooks.py`` turns them into ``notebooks/en/*.ipynb`` and ``notebooks/zh-CN/*.ipynb``.
"""

from dataclasses import dataclass, field

# The tag of a code cell whose output depends on training (see ``code``).
TRAINED = "depends-on-training"


@dataclass
class Cell:
    kind: str  # "markdown" or "code"
    text: dict  # language -> source; a code cell has the same source for every language
    tags: list = field(default_factory=list)


def md(en: str, zh: str) -> Cell:
    """A markdown cell, in English and in Chinese."""
    return Cell("markdown", {"en": en.strip("\n"), "zh-CN": zh.strip("\n")})


def code(source: str, check: bool = False, ignore: bool = False, trained: bool = False) -> Cell:
    """A code cell.

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
    return Cell("code", {"en": source, "zh-CN": source}, tags)


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
