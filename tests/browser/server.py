"""Shared by the browser tests: a real ``streamlit run app.py`` on a free local port."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob", "about"}
#: Headless Chromium preloads the omnibox popup's WebUI pages in another renderer for every
#: new window, which on a 2-core machine competes with the page under test: turned off.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_healthy(url: str, process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise TimeoutError(f"streamlit did not answer {url} within {timeout:.0f} s")


@contextlib.contextmanager
def streamlit_app(store: Path, log_dir: Path, *, script: str = "app.py") -> Iterator[str]:
    """Run the app (or another ``script``) on ``store`` (no demo loading); yield its base
    URL; stop it after."""
    port = free_port()
    # The app's default first run: map and timeline first, the controls when the map is drawn.
    env = dict(os.environ, TIMELINE_DB=str(store), TIMELINE_DEMO="0", TIMELINE_FIRST_RUN="light")
    log = (log_dir / "streamlit.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}/_stcore/health", process)
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def launch_chromium(playwright: object) -> object:
    """Debian's Chromium, headless, with no background networking (never a downloaded browser)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)  # type: ignore[attr-defined]


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in LOCAL_SCHEMES or (parsed.hostname or "") in LOCAL_HOSTS


@dataclass
class Recorded:
    """A page in its own browser context, and what happened in it."""

    page: Any
    requests: list[tuple[str, str]] = field(default_factory=list)  # (resource type, URL), every frame
    page_errors: list[str] = field(default_factory=list)  # uncaught script errors
    dialogs: list[str] = field(default_factory=list)  # alert/confirm/prompt messages (dismissed)

    def outside(self) -> list[tuple[str, str]]:
        """The requests that left the machine."""
        return [(kind, url[:120]) for kind, url in self.requests if not is_local(url)]


@contextlib.contextmanager
def recorded_page(width: int = 1400, height: int = 1400, *, color_scheme: str | None = None) -> Iterator[Recorded]:
    """Debian's Chromium with one page; every request of its context, every uncaught error
    and every dialog are recorded. The browser is closed after. ``color_scheme`` ("dark")
    is the system's colour scheme the page sees (the app's theme follows it)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(viewport={"width": width, "height": height},  # type: ignore[attr-defined]
                                          **({"color_scheme": color_scheme} if color_scheme else {}))
            requests: list[tuple[str, str]] = []
            context.on("request", lambda request: requests.append((request.resource_type, request.url)))
            recorded = Recorded(context.new_page(), requests)

            def on_dialog(dialog: Any) -> None:
                recorded.dialogs.append(dialog.message)
                dialog.dismiss()

            recorded.page.on("pageerror", lambda error: recorded.page_errors.append(str(error)))
            recorded.page.on("dialog", on_dialog)
            yield recorded
        finally:
            browser.close()  # type: ignore[attr-defined]


def open_edit_form(page: Any, attempts: int = 3) -> None:
    """Open the selected event's "Edit event" expander until its form shows: the rerun of
    the click that selected the event may redraw the expander closed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(attempts):
        page.get_by_text("Edit event").first.click()
        try:
            page.get_by_text("Save corrections").wait_for(timeout=15_000)
            return
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise


def download_from_popover(page: Any, popover: Any, button: str, attempts: int = 3) -> Any:
    """Open ``popover`` (a locator of its button) if ``button`` is not showing and download
    with it; returns the download. The rerun of an earlier click (a saved correction) may
    redraw the popover closed between two downloads."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    target = page.get_by_role("button", name=button)
    for attempt in range(attempts):
        try:
            if not target.is_visible():
                popover.click()
            with page.expect_download(timeout=15_000) as download:
                target.click(timeout=10_000)
            return download.value
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")
