"""The static edition in Chromium, offline: every page opened from ``file://`` with every other request blocked
loads with no failed request and no console error, shows no TeX, and every live explorer on it draws and moves
(an arrow key on its first slider changes its readout or paints a new picture), with no kernel. On paper the
explorer is its stored picture.

The site is built from the committed notebooks, every explorer output of which carries its state
(tests/test_site.py ``live_notebooks``). The load times it prints (``-s``) are those of the load event, offline.
"""

import time

import pytest

from tests.browser.harness import SHOTS
from tests.test_site import all_pages, build, live_notebooks


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("static-site")
    build(out, live_notebooks())
    return out


@pytest.fixture
def offline(browser):
    """A fresh browser context where only file:// URLs load; ``problems`` lists every failed request, blocked
    request, console error and page error."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    problems: list[str] = []
    warnings: list[str] = []

    def route(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            problems.append(f"blocked: {route.request.url[:120]}")
            route.abort()

    context.route("**/*", route)

    def open_page(path):
        page = context.new_page()
        page.on("requestfailed", lambda r: problems.append(f"failed: {r.url[:120]} ({r.failure})"))
        page.on("console", lambda m: (problems if m.type == "error" else warnings).append(f"console: {m.text}"))
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        started = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load")
        return page, time.perf_counter() - started

    open_page.warnings = warnings
    yield open_page, problems
    context.close()


def wait_until_started(page, warnings=()):
    """Every explorer whose module is on the page is alive (nnlib-alive), within 10 s; returns how many."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    stuck = """() => [...document.querySelectorAll(".nnlib-static")].filter((c) =>
        !c.classList.contains("nnlib-alive") && document.getElementById(`nnlib-esm-${c.dataset.kind}`))
        .map((c) => c.dataset.kind)"""
    try:
        page.wait_for_function(f"() => ({stuck})().length === 0", timeout=10_000)
    except PlaywrightTimeout:
        pytest.fail(f"{page.url}: explorers that did not start: {page.evaluate(stuck)}\n" + "\n".join(warnings))
    return page.locator(".nnlib-static.nnlib-alive").count()


def state_of(explorer):
    return explorer.evaluate(
        """(el) => [el.querySelector(".nnlib-readout")?.textContent ?? "", el.dataset.drawn ?? "0"]""")


def test_every_page_works_offline_and_every_explorer_moves(site, offline):
    open_page, problems = offline
    live_total = 0
    for path in all_pages(site):
        page, seconds = open_page(path)
        print(f"{path.relative_to(site)}: load event after {1000 * seconds:.0f} ms, "
              f"{path.stat().st_size / 1e6:.2f} MB")
        live = wait_until_started(page, open_page.warnings)
        assert "$$" not in page.inner_text("body"), f"{path.name}: TeX left in the text"
        containers = page.locator(".nnlib-static")
        for k in range(containers.count()):
            container = containers.nth(k)
            kind = container.get_attribute("data-kind")
            assert "nnlib-alive" in (container.get_attribute("class") or ""), f"{path.name}: {kind} did not start"
            explorer = container.locator(".nnlib-explorer")
            assert explorer.count() == 1, f"{path.name}: explorer {k + 1} ({kind}) did not render"
            assert int(explorer.get_attribute("data-drawn") or 0) >= 1, f"{path.name}: {kind} never painted"
            assert container.locator(".nnlib-picture").is_hidden(), f"{path.name}: {kind}: picture on screen"
            sliders = explorer.locator("input[type=range]")
            if sliders.count() == 0:
                continue
            slider = sliders.first
            before = state_of(explorer)
            at_max = slider.evaluate("(s) => Number(s.value) >= Number(s.max)")
            slider.focus()
            page.keyboard.press("ArrowLeft" if at_max else "ArrowRight")
            page.wait_for_function(
                "([el, before]) => (el.querySelector('.nnlib-readout')?.textContent ?? '') !== before[0]"
                " || (el.dataset.drawn ?? '0') !== before[1]",
                arg=[explorer.element_handle(), before], timeout=5_000)
            live_total += 1
        print(f"  {containers.count()} explorers, {live} live")
        if containers.count() and path.parent.name == "zh-CN":  # the explorers' own Chinese font, loaded
            fonts = page.evaluate("() => [...document.fonts].map((f) => [f.family.replaceAll('\"', ''), f.status])")
            assert ["nnlib CJK Explorers", "loaded"] in fonts, f"{path.name}: {fonts}"
        page.close()
    assert live_total >= 1, "no live explorer moved on any page"
    assert not problems, "\n".join(problems)


def test_on_paper_an_explorer_is_its_picture(site, offline):
    open_page, problems = offline
    shots = []
    for lang in ("en", "zh-CN"):
        page, _ = open_page(site / lang / "01-the-neuron.html")
        assert wait_until_started(page, open_page.warnings) >= 1
        container = page.locator(".nnlib-static.nnlib-alive").first
        cell = container.locator("xpath=ancestor::div[contains(@class, 'jp-Cell')][1]")
        SHOTS.mkdir(parents=True, exist_ok=True)
        cell.screenshot(path=SHOTS / f"static-site-{lang}-01-explorer.png")
        page.emulate_media(media="print")
        assert container.locator(".nnlib-picture").is_visible()
        assert container.locator(".nnlib-live").is_hidden()
        cell.screenshot(path=SHOTS / f"static-site-{lang}-01-explorer-print.png")
        shots.append(lang)
        page.close()
    assert shots == ["en", "zh-CN"] and not problems, "\n".join(problems)


def test_without_javascript_every_explorer_is_its_picture(site, browser):
    context = browser.new_context(java_script_enabled=False)
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                  else route.abort())
    page = context.new_page()
    page.goto((site / "en" / "01-the-neuron.html").as_uri(), wait_until="load")
    pictures = page.locator(".nnlib-static .nnlib-picture")
    assert pictures.count() >= 1
    for k in range(pictures.count()):
        assert pictures.nth(k).is_visible()
        assert pictures.nth(k).evaluate("(img) => img.naturalWidth > 0")
    context.close()
