"""The progress bar says how long: the time left from the share done, in the learner's language."""

import numpy as np

import nnlib as nl
from nnlib import progress


def test_time_left_scales_the_time_so_far():
    assert progress.time_left(10.0, 1, 4) == 30.0
    assert progress.time_left(10.0, 4, 4) == 0.0
    assert progress.time_left(0.5, 0, 4) is None


def test_durations_in_both_languages(lang):
    expected = {"en": ("12 s", "2 min 5 s"), "zh-CN": ("12 秒", "2 分 5 秒")}[lang]
    assert (progress.duration(12.4), progress.duration(125)) == expected


def test_bar_text_says_share_note_and_time_left(lang, monkeypatch):
    clock = iter([100.0, 100.0, 110.0, 110.0, 140.0, 140.0])
    monkeypatch.setattr(progress.time, "perf_counter", lambda: next(clock))
    bar = progress.Progress(4, "x")  # start at 100
    bar.update(1)  # drawn at 110 (nothing to draw outside a notebook or terminal)
    left = {"en": "25% · epoch 1/4 · about 30 s left", "zh-CN": "25% · 第 1/4 轮 · 大约还需 30 秒"}[lang]
    assert bar.text(nl.i18n.t("epoch_of", k=1, n=4)) == left
    bar.update(4)
    assert bar.text() == {"en": "100% · done in 40 s", "zh-CN": "100% · 用时 40 秒"}[lang]


def test_training_counts_every_batch_of_every_epoch(monkeypatch):
    rng = np.random.default_rng(0)
    X, y = rng.random((50, 784), dtype=np.float32), rng.integers(0, 10, size=50)
    seen = []

    class Recorder(progress.Progress):
        def update(self, done, note=""):
            seen.append(done)
            super().update(done, note)

    monkeypatch.setattr(nl.training, "Progress", Recorder)
    nl.Network([784, 4, 10], rng).fit(X, y, epochs=2, batch_size=20)
    assert max(seen) == 6 and seen[:3] == [1, 2, 3]  # 3 batches per epoch (20, 20, 10), 2 epochs
