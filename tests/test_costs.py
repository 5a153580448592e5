"""nnlib.costs: each cost and the output-layer error δ = ∂C/∂z that backpropagation starts from."""

import re
import tokenize
from pathlib import Path

import numpy as np
import pytest

import nnlib as nl
from tests.gradcheck import numeric_gradient

OUTPUTS = {"quadratic": nl.sigmoid, "cross_entropy": nl.activations.softmax}


def test_costs_by_hand():
    Y = np.array([[0.0, 1.0], [1.0, 0.0]])
    A = np.array([[0.2, 0.6], [0.5, 0.5]])
    # ½((0.2)² + (0.4)²) = 0.1 and ½(0.25 + 0.25) = 0.25; mean 0.175
    assert nl.costs.quadratic(A, Y) == pytest.approx(0.175)
    # −log 0.6 and −log 0.5, averaged
    assert nl.costs.cross_entropy(A, Y) == pytest.approx(-(np.log(0.6) + np.log(0.5)) / 2)
    assert nl.costs.cross_entropy(np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]])) == pytest.approx(-np.log(1e-12))


@pytest.mark.parametrize("cost", ["quadratic", "cross_entropy"])
def test_delta_is_the_slope_of_the_cost_in_z(cost):
    """δ of each cost, for the output activation it goes with, equals n · ∂C/∂z by finite differences."""
    rng = np.random.default_rng(3)
    Z = rng.normal(size=(4, 10))
    Y = nl.one_hot(rng.integers(0, 10, 4))
    C, delta, f = getattr(nl.costs, cost), getattr(nl.costs, f"{cost}_delta"), OUTPUTS[cost]
    numeric = numeric_gradient(Z, lambda: C(f(Z), Y))
    np.testing.assert_allclose(delta(f(Z), Y) / len(Z), numeric, atol=1e-7)


# The formulas of activations, costs and the weighted input, by the code that gives each away (spaces removed),
# and their one home.
HOMES = {r"np\.exp\(": "activations.py", r"np\.tanh\(": "activations.py", r"np\.maximum\(.+,0\)": "activations.py",
         r"np\.log\(": "costs.py", r"\*\(1-": "activations.py", r"@(self\.)?W\w*\+(self\.)?b": "layers.py"}


def code_lines(path: Path) -> dict[int, str]:
    """The code of each line of a Python file without its strings and comments, spaces removed."""
    lines: dict[int, str] = {}
    with path.open(encoding="utf-8") as source:
        for token in tokenize.generate_tokens(source.readline):
            if token.type not in (tokenize.STRING, tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE):
                lines[token.start[0]] = lines.get(token.start[0], "") + token.string
    return lines


def test_each_formula_has_one_home():
    """σ, ReLU, softmax, the costs and z = a W + b are written once, in nnlib/activations.py, nnlib/costs.py and
    nnlib/layers.py; every other module (the networks, the explorers, the self-checks) calls them."""
    found = []
    for path in sorted((Path(nl.__file__).parent).rglob("*.py")):
        for number, code in code_lines(path).items():
            found += [f"{path.name}:{number}: {code}" for pattern, home in HOMES.items()
                      if re.search(pattern, code) and path.name != home]
    assert not found, "a formula written outside its home module:\n" + "\n".join(found)


def test_both_networks_use_the_same_costs():
    rng = np.random.default_rng(0)
    A, Y = nl.activations.softmax(rng.normal(size=(5, 10))), nl.one_hot(rng.integers(0, 10, 5))
    assert nl.Network([784, 10], 0).cost_of(A, Y) == nl.costs.quadratic(A, Y)
    assert nl.Network([784, 10], 0, output="softmax").cost_of(A, Y) == nl.costs.cross_entropy(A, Y)
    assert nl.CNN(0).cost_of(A, Y) == nl.costs.cross_entropy(A, Y)
