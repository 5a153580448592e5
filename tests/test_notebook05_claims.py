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
    video, modern, cnn = results["mlp_video"], results["mlp_modern"], results["cnn"]
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
