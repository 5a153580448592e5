"""A drag in a real kernel: the browser sends slider values faster than the figure can be drawn; the explorer
draws the latest value, not every stale one in turn (no backlog), and a single move after a pause at once.

The kernel is real (jupyter_client on 127.0.0.1); the messages are those a browser sends for a slider.
"""

import json
import time

import pytest

SETUP = """
import json
import nnlib as nl
ex = nl.widgets.neuron_explorer(a=0.5, w=4.0, b=-1.0)
drawn = []
_update = ex.update
def counting_update():
    drawn.append(ex.controls["b"].value)
    _update()
ex.update = counting_update
print(ex.controls["b"].comm.comm_id)
"""


@pytest.fixture(scope="module")
def kernel():
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name="python3")
    yield kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def run(kc, code: str) -> str:
    """Execute ``code`` and return what it printed."""
    msg_id = kc.execute(code)
    text = []
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            text.append(msg["content"]["text"])
        if msg["msg_type"] == "error":
            raise AssertionError("\n".join(msg["content"]["traceback"]))
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return "".join(text)


def move(kc, comm_id: str, value: float) -> None:
    """What the browser sends when the slider's handle moves."""
    kc.session.send(kc.shell_channel.socket, "comm_msg",
                    {"comm_id": comm_id, "data": {"method": "update", "state": {"value": value}, "buffer_paths": []}})


def state(kc) -> dict:
    """What was drawn, once the messages sent so far were handled and a drawing they scheduled has run."""
    return json.loads(run(kc, "import asyncio\nawait asyncio.sleep(0.3)\n"
                              "print(json.dumps({'drawn': drawn, 'readout': ex.readout.value}))"))


def test_a_fast_drag_draws_the_latest_value_without_a_backlog(kernel):
    comm_id = run(kernel, SETUP).strip()
    values = [round(-6.0 + 0.2 * k, 1) for k in range(40)]  # -6.0 ... 1.8, one move every 2 ms
    for value in values:
        move(kernel, comm_id, value)
        time.sleep(0.002)
    seen = state(kernel)
    assert seen["drawn"][-1] == values[-1]  # the figure ends where the hand stopped
    assert len(seen["drawn"]) < len(values) / 2, seen["drawn"]  # stale values were skipped, not drawn in turn
    z = 4.0 * 0.5 + values[-1]
    assert f"<b>{z:.2f}</b>" in seen["readout"]


def test_a_single_move_after_a_pause_is_drawn(kernel):
    comm_id = run(kernel, "print(ex.controls['b'].comm.comm_id)").strip()
    before = len(state(kernel)["drawn"])
    move(kernel, comm_id, -2.5)
    seen = state(kernel)
    assert seen["drawn"][before:] == [-2.5]
    assert "<b>-0.50</b>" in seen["readout"]
