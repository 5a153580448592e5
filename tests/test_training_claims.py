"""What notebook 04 says about how it trains (issue 12), tested on the notebook's own code and settings."""

MNIST = "04-handwritten-digits.ipynb"


def test_it_learns_from_n_train_digits_30_times_over(notebook_run):
    # 04 §3: "learns from the first n_train training digits (all of them when there are fewer), 30 times over"
    run = notebook_run("en", MNIST)
    n_train, used, available, epochs = run.value(
        "[n_train, len(X_train[:n_train]), len(X_train), len(history['loss'])]")
    assert n_train >= 8000 and used == min(n_train, available) and epochs == 30
    assert available == 8000 and used == 8000  # offline (the tests' setting): the bundled 8,000, all of them
