"""Every control of every explorer, moved over its whole range: no exception and no warning of any kind."""

import warnings

import numpy as np
import pytest

import nnlib as nl


def explorers() -> dict:
    """Every builder named ``*_explorer`` in nnlib.widgets, so that a new explorer is swept without a test edit."""
    return {name: getattr(nl.widgets, name) for name in dir(nl.widgets) if name.endswith("_explorer")}


def arguments(builder: str) -> dict:
    """What a builder needs besides its defaults: digits, and a network for the digit picker."""
    (x, y), _ = nl.data.load_bundled()
    if builder == "digit_explorer":
        return {"net": nl.Network([784, 16, 16, 10], np.random.default_rng(0)), "images": x[:40], "labels": y[:40]}
    if builder == "kernel_explorer":
        return {"images": x[:20]}
    if builder in ("sliding_explorer", "pooling_explorer"):  # 10 × 10 crops: every window position, quickly
        return {"images": x[:5, 9:19, 9:19]}
    return {}


def every_value(control) -> list:
    if hasattr(control, "options"):
        return [value for _, value in control.options] if isinstance(control.options[0], tuple) else control.options
    count = int(round((control.max - control.min) / control.step))
    return list(np.linspace(control.min, control.max, count + 1))


def test_there_is_something_to_sweep():
    assert {"neuron_explorer", "layer_explorer", "digit_explorer"} <= set(explorers())


@pytest.mark.parametrize("builder", sorted(explorers()))
def test_sweep_every_control_over_its_range(builder, lang):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise"):
            explorer = explorers()[builder](**arguments(builder))
            for name, control in explorer.controls.items():
                start = control.value
                for value in every_value(control):
                    control.value = value
                    assert bytes(explorer.image.value).startswith(b"\x89PNG"), (name, value)
                control.value = start
