"""What notebook 05 says about its measurements, tested with honest bounds on the notebook's own code and settings.

The notebook is run as committed and again with its initial weights rounded differently (``perturbed``), as another
CPU or BLAS build would; the pooling measurements involve no training and must come out the same in both runs.
Each test names the sentence of the lesson it backs.
"""

import pytest

CNN = "05-cnn-intuition.ipynb"


@pytest.fixture(params=[False, True], ids=["as-committed", "rounded-differently"])
def cnn_run(request, notebook_run):
    return notebook_run("en", CNN, perturbed=request.param)


def test_pooling_makes_a_1px_move_change_less_but_not_nothing(cnn_run):
    # §4: "most lit pixels of the feature map change ... fewer of the pooled map do — but still more than half"
    (feature, pooled), (feature2, pooled2) = cnn_run.value("[shift_changes[1], shift_changes[2]]")
    assert feature > 0.7
    assert 0.5 < pooled < feature - 0.1
    assert pooled2 > 0.5  # the 2-px move, compared at the same place, changes most of the pooled map ...


def test_a_2px_move_moves_the_pooled_map_by_one_cell(cnn_run):
    # §4: "After a 2-pixel move the pooled map is the same map moved by exactly one cell (0% changed once moved back)"
    assert cnn_run.value("moved_back") == 0.0
    assert cnn_run.value("bool(np.allclose(pooled_maps[2][:, 1:], pooled_maps[0][:, :-1]))")


def test_training_moves_the_first_layer_little(cnn_run):
    # §5: "A short training on a few thousand digits moves the first layer very little (see the printed correlations)"
    assert min(cnn_run.value("kernel_change")) > 0.9


def test_no_first_layer_map_is_blank(cnn_run):
    # §6: "Each of the first layer's 8 maps shows the edges of one direction ...; none is blank"
    peaks = cnn_run.value("first.max(axis=(1, 2))")
    assert len(peaks) == 8 and min(peaks) > 0.2 * max(peaks)


def test_the_comparison_credits_each_gain_to_its_cause(cnn_run):
    results = cnn_run.value("results")
    video, modern, cnn = results["mlp_video"], results["mlp_modern"], results["cnn_modern"]
    # §7: "the modern training buys little: the two MLPs end within about two points of each other"
    assert abs(modern[0] - video[0]) <= 0.025
    # §7 and the summary: "the CNN ... a few points more on the test digits" than the modern MLP
    assert 0.015 <= cnn[0] - modern[0] <= 0.08
    # §7: "both MLPs lose about half their accuracy when the digits move 3 pixels"
    for plain, moved in (video, modern):
        assert 0.3 <= moved / plain <= 0.65
    # §7: "the CNN loses about half as many points as they do (it keeps more than 60%) ... It still loses a lot"
    assert cnn[1] > 0.6
    for plain, moved in (video, modern):
        assert 0.3 <= (cnn[0] - cnn[1]) / (plain - moved) <= 0.65
    assert cnn[0] - cnn[1] > 0.1


def test_the_cnn_has_fewer_than_half_the_parameters(cnn_run):
    # §7 and the summary: "fewer than half the parameters"
    cnn, mlp = cnn_run.value("[cnn_parameters, mlp_parameters]")
    assert mlp == 13_002 and cnn < mlp / 2


def test_the_stored_random_start_run_is_what_the_script_wrote():
    # §5 "Kernels nobody wrote": the file is read without pickle, checked by SHA-256, and its network is the one
    # whose test accuracy the script recorded (on the bundled test digits)
    import numpy as np

    import nnlib as nl

    cnn, run = nl.cnn.load_random_start()
    facts = run["facts"]
    assert facts["script"] == "scripts/train_cnn_from_random.py" and facts["data_sha256"] == nl.data.BUNDLED_SHA256
    long_run = facts["runs"]["random_long"]
    assert long_run["n_train"] == 8000 and long_run["epochs"] >= 10 and long_run["seconds"] > 0
    assert run["random_long_end"].shape == run["random_long_start"].shape == (8, 3, 3)
    assert np.array_equal(run["random_long_end"], cnn.K[0][:, 0])
    # the random start is the notebook's own CNN(rng=0) before training: nobody wrote these kernels
    assert np.allclose(run["random_long_start"], nl.CNN(rng=np.random.default_rng(0), channels=(8, 16)).K[0][:, 0])
    _, (xt, yt) = nl.data.load_bundled()
    assert abs(cnn.accuracy(nl.flatten(xt), yt) - long_run["test_accuracy"]) < 0.002


def test_a_changed_stored_run_is_refused(tmp_path, lang):
    import nnlib as nl

    changed = tmp_path / nl.cnn.RANDOM_START.name
    data = bytearray(nl.cnn.RANDOM_START.read_bytes())
    data[-100] ^= 1
    changed.write_bytes(bytes(data))
    with pytest.raises(nl.data.DataError) as error:
        nl.cnn.load_random_start(changed)
    assert changed.name in str(error.value)
    assert ("SHA-256 不符" in str(error.value)) == (lang == "zh-CN")


def test_the_script_does_not_overwrite_a_file(tmp_path, capsys):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import train_cnn_from_random

    existing = tmp_path / "run.npz"
    existing.write_bytes(b"mine")
    with pytest.raises(SystemExit):
        train_cnn_from_random.main(["--out", str(existing)])
    assert existing.read_bytes() == b"mine" and "--overwrite" in capsys.readouterr().err


def test_the_hand_start_buys_readable_pictures_not_accuracy(cnn_run):
    # §5: "From random kernels, the same training reaches about the same accuracy"; "Kernels nobody wrote": the
    # random start trained longer reads about as many digits as the hand start trained the same way
    runs = cnn_run.value("runs")
    assert abs(runs["random_short"]["test_accuracy"] - runs["hand_short"]["test_accuracy"]) <= 0.015
    assert abs(runs["random_long"]["test_accuracy"] - runs["hand_long"]["test_accuracy"]) <= 0.01
    assert runs["random_long"]["test_accuracy"] > runs["random_short"]["test_accuracy"]
    # the notebook's own hand-start run is the script's hand_short run, up to the machine
    assert abs(cnn_run.value("cnn.accuracy(X_test, test_labels)") - runs["hand_short"]["test_accuracy"]) <= 0.01


def test_the_kernels_learned_from_a_random_start_are_not_edge_detectors(cnn_run):
    # §5 "Kernels nobody wrote": "They are not edge detectors. Their resemblance to our edges is only a little above
    # what random kernels score, and each learned kernel is still close to the random kernel it started from
    # (correlations near 1)"
    import numpy as np

    similar, start, baseline, change = (np.array(v) for v in cnn_run.value(
        "[similar, similar_start, similar_random, random_change]"))
    assert similar.shape == start.shape == (8,) and baseline.shape == (10_000,)
    assert similar.mean() < 0.7 and np.sum(similar > 0.9) == 0  # a hand kernel itself scores 1
    assert np.median(baseline) < similar.mean() < np.percentile(baseline, 90)  # "only a little above"
    assert 0 <= similar.mean() - start.mean() < 0.2
    assert change.min() > 0.8  # "still close to the random kernel it started from"
    # the measure: each hand kernel scores 1 (it is one of them), whatever its scale and sign
    assert cnn_run.value("np.round(resemblance(np.concatenate([start_kernels, -3 * start_kernels])), 6)") == [1.0] * 16
