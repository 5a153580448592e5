"""Explorers: controls that drive a figure and a numeric readout, live, computed and drawn in the browser (see
``base``; each explorer's front end is nnlib/widgets/js/<kind>.js).

One module per notebook. The slider explorers' builders return an ``Explorer`` (tests/test_slider_sweep.py finds
them by that return type and moves every control) and most are named ``*_explorer``; ``drawing_pad`` returns a
``DrawingPad``, an ``Explorer`` too, drawn on by the mouse. ``TrainingCurves`` follows a training in the kernel
(``base.LiveFigure``).
"""

from .base import Explorer, readout, slider
from .digits import ClassDigitsPad, DrawingPad, TrainingCurves, class_digits_pad, digit_explorer, drawing_pad
from .kernels import kernel_explorer
from .layer import layer_explorer, parameter_counter
from .network_view import network_explorer
from .neuron import neuron_explorer
from .sliding import pooling_explorer, sliding_explorer
from .weights import bias_explorer, image_neuron_explorer, weights_explorer

__all__ = [
    "Explorer", "readout", "slider",
    "neuron_explorer",  # 01
    "image_neuron_explorer", "bias_explorer", "weights_explorer",  # 02
    "layer_explorer", "parameter_counter",  # 03
    "digit_explorer", "drawing_pad", "DrawingPad", "TrainingCurves", "network_explorer",  # 04
    "class_digits_pad", "ClassDigitsPad",  # 04
    "sliding_explorer", "kernel_explorer", "pooling_explorer",  # 05
]
