"""``widgets.base.term``: how a readout writes a number inside a formula (three fixes, now each tested):
negative numbers in parentheses, no negative zero, and the sign chosen after rounding."""

import re

import numpy as np
import pytest

import nnlib as nl
from nnlib.widgets.base import term


@pytest.mark.parametrize(("x", "digits", "text"), [
    (1.5, 2, "1.50"),
    (0, 2, "0.00"),
    (-1.5, 2, "(-1.50)"),  # "+ (-1.50)" in a formula, not "+ -1.50"
    (-3, 1, "(-3.0)"),
    (12.345, 1, "12.3"),
    (-0.0, 2, "0.00"),  # negative zero
    (-0.004, 2, "0.00"),  # rounds to zero: no sign, no parentheses
    (-0.04, 1, "0.0"),
    (-0.006, 2, "(-0.01)"),  # rounds away from zero: still negative
    (0.996, 2, "1.00"),
    (np.float32(-0.0), 2, "0.00"),
    (np.float32(-2.25), 1, "(-2.2)"),  # float32 -2.25 rounds half to even, as Python does
    (np.float64(-0.001), 2, "0.00"),
    (np.array(-1.0), 2, "(-1.00)"),  # a 0-d array, as numpy computations return
])
def test_number(x, digits, text):
    assert term(x, digits) == text


def test_default_is_two_digits():
    assert term(0.5) == "0.50" and term(-0.5) == "(-0.50)"


def test_a_formula_reads_as_written_by_hand():
    formula = f"z = {term(2.0)} × 1.00 + {term(-1.5)} = 0.50"
    assert formula == "z = 2.00 × 1.00 + (-1.50) = 0.50"


def test_readouts_of_the_neuron_explorer_never_show_a_bare_minus_or_negative_zero():
    explorer = nl.widgets.neuron_explorer()
    for w in (-6.0, -0.1, 0.0, 0.1, 6.0):
        for b in (-6.0, -0.1, 0.0, 0.1):
            explorer.controls["w"].value, explorer.controls["b"].value = w, b
            text = explorer.readout.value
            assert not re.search(r"[+×] -", text), text
            assert "-0.00" not in text and "(-0.00)" not in text, text
            assert (f"{term(w)} ×" in text) and (f"+ {term(b)} =" in text), text
