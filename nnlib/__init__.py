"""nnlib: the small helper package of the series "What is a neural network? / 神经网络是什么".

Each module is one concept, introduced by a notebook first: ``activations`` and ``neuron`` (01), ``patterns``
(02), ``layers`` (03), ``data``, ``handmade``, ``costs``, ``network``, ``evaluate``, ``drawing`` and
``class_digits`` (04), ``conv`` and ``cnn`` (05).
Plumbing: ``training`` (the gradient-descent loop), ``plots`` and ``widgets`` (figures and explorers),
``progress``, ``checks`` (exercise self-checks), ``i18n`` (the learner's language) and ``texts`` (every text,
English and Chinese side by side).
Use it as ``import nnlib as nl``.

The public API: what is at the top level, and what is not.

- ``nl.<name>``: the functions and classes the notebooks call by name, which is what they teach: the math
  (``sigmoid``, ``relu``, ``neuron``, ``dense``, ``init_layer``, ``parameter_count``, ``conv2d``,
  ``max_pool2d``), the models (``Network``, ``CNN``), the data (``load_mnist``, ``flatten``, ``one_hot``) and
  the notebook's own helpers (``show``, ``t``, ``language``). Next to them, what a teacher or a learner types
  or catches by name: ``set_language``, ``projector``, the activations' slopes (``sigmoid_prime``,
  ``relu_prime``) and the errors nnlib raises (``ShapeError``, ``InputError``, ``MissingGlyphError``,
  ``TrainingDiverged``).
- ``nl.<module>.<name>``: everything else, named by its concept: data and pictures a lesson uses
  (``nl.conv.KERNELS``, ``nl.patterns.images``, ``nl.handmade.drawings``, ``nl.data.load_bundled``), helpers
  of a lesson (``nl.data.shift``, ``nl.evaluate.confusion_matrix``), and all plumbing
  (``nl.plots.*``, ``nl.widgets.*``, ``nl.checks.*``, ``nl.i18n.*``).
- ``nl.neuron`` is the function of notebook 01; its module is ``nnlib.neuron`` (``import nnlib.neuron``).

tests/test_public_api.py holds both to what the notebooks and the worked solutions call: a new top-level name
needs a notebook that calls it (or a place in the second list above).
"""

from . import (
    _hints,
    activations,
    checks,
    cnn,
    conv,
    costs,
    data,
    drawing,
    evaluate,
    handmade,
    i18n,
    layers,
    network,
    patterns,
    plots,
    progress,
    training,
    widgets,
)
from ._inputs import InputError
from ._shapes import ShapeError
from .activations import relu, relu_prime, sigmoid, sigmoid_prime
from .cnn import CNN
from .conv import conv2d, max_pool2d
from .data import flatten, load_mnist, one_hot
from .i18n import language, set_language, t
from .layers import dense, init_layer, parameter_count
from .network import Network
from .neuron import neuron  # the function; its module is nnlib/neuron.py
from .plots import MissingGlyphError, projector, show
from .training import TrainingDiverged

__version__ = "0.1.0"


def __getattr__(name: str):
    """``nl.class_digits``, imported when first used: ``python -m nnlib.class_digits`` (the teacher's merge) then
    runs it without importing it twice."""
    if name == "class_digits":
        import importlib

        return importlib.import_module(f"{__name__}.class_digits")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# In a running notebook kernel only: one line after a NameError ("run the cells above first"); see _hints.
_hints.install()

__all__ = [
    "activations", "checks", "class_digits", "cnn", "conv", "costs", "data", "drawing", "evaluate", "handmade",
    "i18n", "layers", "network", "patterns", "plots", "progress", "training", "widgets",
    "ShapeError", "MissingGlyphError", "InputError", "TrainingDiverged",
    "relu", "relu_prime", "sigmoid", "sigmoid_prime", "neuron", "dense", "init_layer", "parameter_count",
    "load_mnist", "flatten", "one_hot", "Network", "CNN", "conv2d", "max_pool2d",
    "language", "set_language", "t", "show", "projector",
]
