"""Session fixtures of the browser tests: one Chromium and one JupyterLab per interface language for the run."""

import os

import pytest

from tests.browser.harness import CHROMIUM, CHROMIUM_FLAGS, Lab


@pytest.fixture(scope="session")
def chromium():
    if CHROMIUM is None:
        message = "Chromium is not installed: on Debian or Ubuntu, `sudo apt-get install chromium`."
        if os.environ.get("CI"):
            pytest.fail(message + " CI must install it (.ci/run does).")
        pytest.skip(message + " The browser test was skipped.")
    return CHROMIUM


@pytest.fixture(scope="session")
def labs(chromium, tmp_path_factory):
    """``labs(language)``: the JupyterLab of that interface language, started on first use."""
    servers: dict[str, Lab] = {}

    def get(language: str) -> Lab:
        if language not in servers:
            servers[language] = Lab(tmp_path_factory.mktemp(f"lab-{language}"), language)
        return servers[language]

    yield get
    for server in servers.values():
        server.stop()


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
