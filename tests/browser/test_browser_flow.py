"""A coordinator's day in a real browser: log in, read the map, record occupancy, see it counted, read Ukrainian.

Drives Debian's Chromium through Playwright against pytest-django's live server. Screenshots go to /tmp.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import corridor

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
VENDOR = Path(corridor.__file__).parent / "static" / "vendor" / "maplibre-gl" / "maplibre-gl.mjs"
SHOTS = Path(os.environ.get("CORRIDOR_SCREENSHOTS", "/tmp"))
PASSWORD = "correct horse battery staple 42"  # tests/conftest.py

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM} (apt-get install -y chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright")
    # Playwright's sync API runs an event loop in this thread; Django refuses ORM calls there unless told it is
    # safe. Only while these tests run: the variable is read at each call.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with playwright_api.sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    yield page
    context.close()


def _log_in(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(f"{base}/")


def test_it_logs_in_maps_records_occupancy_and_speaks_ukrainian(world: Any, live_server: Any, page: Any) -> None:
    assert VENDOR.exists(), "MapLibre is not vendored: run `npm ci && python3 scripts/vendor_static.py`"
    base = live_server.url
    _log_in(page, base, "coordinator")
    assert "coordinator" in page.inner_text("header")

    # The map: MapLibre draws its canvas and the facilities GeoJSON, with no tile server.
    page.goto(f"{base}/map/")
    page.wait_for_selector("#map canvas.maplibregl-canvas")
    page.wait_for_selector("#map[data-loaded]")
    assert page.get_attribute("#map", "data-loaded") == "2"  # the shelter and the collection point have coordinates
    # Polled from Python: wait_for_function evaluates strings in the page, which the strict CSP forbids.
    rendered = 0
    for _ in range(100):
        rendered = page.evaluate("window.corridorMap.queryRenderedFeatures({layers: ['facilities']}).length")
        if rendered:
            break
        page.wait_for_timeout(100)
    assert rendered >= 1
    assert page.evaluate("window.corridorMap.querySourceFeatures('outlines').length") > 0
    page.screenshot(path=str(SHOTS / "corridor_browser_map.png"))

    # Record a shelter's occupancy through the form.
    page.goto(f"{base}/facilities/{world.shelter.pk}/report/")
    page.fill("#id_source_name", "Shelter warden Olena")
    page.select_option("#id_status", "open")
    page.fill("#id_people", "437")
    page.fill("#id_children", "61")
    page.select_option("#id_water", "none")
    page.select_option("#id_needs-0-item", "baby_formula")
    page.select_option("#id_needs-0-urgency", "4")
    page.screenshot(path=str(SHOTS / "corridor_browser_report_form.png"), full_page=True)
    page.click("button.primary[type=submit]")
    page.wait_for_url(f"{base}/facilities/{world.shelter.pk}/")
    assert "437" in page.inner_text("#state-people")
    assert "Shelter warden Olena" in page.inner_text("main")

    # The settlement dashboard counts it, and ranks the need.
    page.goto(f"{base}/settlements/{world.mariupol.pk}/")
    assert page.inner_text("#total-people").strip() == "437"
    assert "Baby formula" in page.inner_text("main")
    page.screenshot(path=str(SHOTS / "corridor_browser_dashboard.png"), full_page=True)

    # Switch to Ukrainian with the language switcher.
    page.click("form.lang button[value=uk]")
    page.wait_for_selector("html[lang=uk]")
    text = page.inner_text("body")
    assert "Підсумки" in text and "Дитяча суміш" in text and "Маріуполь" in text
    page.screenshot(path=str(SHOTS / "corridor_browser_dashboard_uk.png"), full_page=True)
    assert page.errors == []


def test_the_public_map_shows_only_published_facilities(world: Any, live_server: Any, page: Any) -> None:
    page.goto(f"{live_server.url}/map/")
    page.wait_for_selector("#map[data-loaded]")
    assert page.get_attribute("#map", "data-loaded") == "1"
    assert world.shelter.name_en not in page.inner_text("main")
    assert page.errors == []
