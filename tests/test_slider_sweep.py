"""Every control of every explorer, moved across its whole range (``every_value``): no exception and no warning of
any kind."""

import inspect
import typing
import warnings

import numpy as np
import pytest

import nnlib as nl


def explorers() -> dict:
    """Every function of nnlib.widgets that returns an ``Explorer`` (by its return annotation, whatever its name),
    so that a new explorer is swept without a test edit."""
    return {name: fn for name, fn in vars(nl.widgets).items()
            if inspect.isfunction(fn) and typing.get_type_hints(fn).get("return") is nl.widgets.Explorer}


def arguments(builder: str) -> dict:
    """What a builder needs besides its defaults: digits, and a network for the digit picker."""
    (x, y), _ = nl.data.load_bundled()
    if builder in ("digit_explorer", "network_explorer"):
        return {"net": nl.Network([784, 16, 16, 10], np.random.default_rng(0)), "images": x[:40], "labels": y[:40]}
    if builder == "kernel_explorer":
        return {"images": x[:20]}
    if builder in ("sliding_explorer", "pooling_explorer"):
        return {"images": x[:5]}
    return {}


# A slider's values visited: both ends, zero, where it starts and evenly spaced values between, at most this many
# steps apart in all (each value draws the figure once; every value of a 128-step slider took minutes in CI).
SPREAD = 16


def every_value(control) -> list:
    """Every option of a dropdown or toggle; a slider's whole range on its own grid of steps (all of it when it has
    at most SPREAD steps), always with both ends, 0 if it is in range, and the value it started at."""
    if control.options is not None:
        return [value for _, value in control.options]
    count = int(round((control.max - control.min) / control.step))
    steps = np.unique(np.round(np.linspace(0, count, min(count, SPREAD) + 1)))
    special = [round((v - control.min) / control.step) for v in (0, control.value) if control.min <= v <= control.max]
    steps = np.unique(np.r_[steps, special]).astype(int)
    values = np.round(control.min + steps * control.step, 10)
    return [int(v) for v in values] if isinstance(control.value, int) else [float(v) for v in values]


def test_there_is_something_to_sweep():
    assert {"neuron_explorer", "layer_explorer", "digit_explorer"} <= set(explorers())


def test_explorers_are_found_by_type_not_by_name():
    assert "parameter_counter" in explorers()  # returns an Explorer; its name does not end in _explorer
    assert not {"slider", "readout", "drawing_pad"} & set(explorers())  # not explorers
    exported = {name for name in nl.widgets.__all__ if inspect.isfunction(getattr(nl.widgets, name))}
    assert set(explorers()) <= exported


@pytest.mark.parametrize("builder", sorted(explorers()))
def test_sweep_every_control_over_its_range(builder, lang):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise"):
            explorer = explorers()[builder](**arguments(builder))
            failed = nl.t("redraw_failed", error="")  # what the readout says when a redraw failed
            for name, control in explorer.controls.items():
                start = control.value
                for value in every_value(control):
                    control.value = value
                    assert control.value == value, (name, value)
                    assert failed not in explorer.readout.value, (name, value, explorer.readout.value)
                assert bytes(explorer.static_png()).startswith(b"\x89PNG"), name
                control.value = start
