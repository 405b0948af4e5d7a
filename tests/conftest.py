"""Shared fixtures: hand-made event records and a pre-filled store (no spaCy needed).

The suite never touches the user's store, data or cache: before any test runs,
``$TIMELINE_DB``, ``$XDG_DATA_HOME``, ``$XDG_CACHE_HOME`` and ``$TIMELINE_CACHE_DIR`` point
into one temporary folder for the session (the gazetteer index is built there once per
session; subprocesses inherit it), each test gets a store of its own in its ``tmp_path``,
and at the end the session fails if the user's default store or cache changed.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from timeline.model import Article, Event
from timeline.store.database import Store

PUBLISHED = dt.date(2025, 7, 14)

#: What the session redirects: the store, the data and cache directories, the index cache.
ISOLATED_ENV = ("TIMELINE_DB", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TIMELINE_CACHE_DIR")


def user_paths() -> list[Path]:
    """The user's default store (and its WAL files) and gazetteer index, as the environment
    the session started in names them: what no test may write. (Only the files this
    project writes there: other programs may share the cache folder.)"""
    env = os.environ
    data = Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    store = Path(env["TIMELINE_DB"]).expanduser() if env.get("TIMELINE_DB") else data / "timeline" / "events.sqlite"
    cache = Path(env["TIMELINE_CACHE_DIR"]) if env.get("TIMELINE_CACHE_DIR") else Path.home() / ".cache" / "timeline"
    from geodata.gazetteer.index import BUILD_VERSION

    return [store, Path(f"{store}-wal"), Path(f"{store}-shm"), cache / f"gazetteer-v{BUILD_VERSION}.sqlite"]


def fingerprint(paths: list[Path]) -> dict[str, Any]:
    """Existence, size and modification time of each file; stat only, nothing is read."""
    seen: dict[str, Any] = {}
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            seen[str(path)] = None
            continue
        seen[str(path)] = (info.st_size, info.st_mtime_ns)
    return seen


def pytest_configure(config: pytest.Config) -> None:
    """Before anything is collected: the user's paths are noted and the environment is
    pointed at a session folder."""
    config._timeline_user_paths = user_paths()  # type: ignore[attr-defined]
    config._timeline_user_state = fingerprint(config._timeline_user_paths)  # type: ignore[attr-defined]
    folder = Path(tempfile.mkdtemp(prefix="timeline-tests-"))
    config._timeline_folder = folder  # type: ignore[attr-defined]
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
    os.environ["TIMELINE_CACHE_DIR"] = str(folder / "cache" / "timeline")
    os.environ["TIMELINE_DB"] = str(folder / "data" / "timeline" / "events.sqlite")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The session fails if the user's default store or index cache changed while it ran."""
    config = session.config
    paths = getattr(config, "_timeline_user_paths", None)
    if paths is None:
        return
    changed = [path for path, state in fingerprint(paths).items() if state != config._timeline_user_state[path]]
    if changed:
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        message = f"the test run changed the user's store or cache: {', '.join(changed)}"
        if reporter is not None:
            reporter.write_line(f"ERROR: {message}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    shutil.rmtree(config._timeline_folder, ignore_errors=True)


@pytest.fixture(scope="session")
def gazetteer_index() -> Path:
    """The gazetteer index, built once per session into the session's cache folder (about
    30 s). Tests that start the app ask for it first, so that no page load waits for it."""
    from geodata.gazetteer.index import ensure_index

    return ensure_index()


@pytest.fixture(autouse=True)
def index_before_slow_tests(request: pytest.FixtureRequest) -> None:
    """A test marked ``slow`` (the real pipeline, often in a subprocess it times) finds the
    session's gazetteer index built: its first build would count in the test's timings."""
    if request.node.get_closest_marker("slow"):
        request.getfixturevalue("gazetteer_index")


@pytest.fixture(autouse=True)
def private_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Every test's default store is a file of its own (``$TIMELINE_DB``), never the user's."""
    path = tmp_path / "default-store" / "events.sqlite"
    monkeypatch.setenv("TIMELINE_DB", str(path))
    return path


def make_event(event_id: str, **fields: Any) -> Event:
    """An Event with plausible defaults; ``fields`` override them."""
    values: dict[str, Any] = dict(
        id=event_id, event_type="meet", actors=["Sergei Lavrov", "Choe Son Hui"],
        date_start=dt.date(2025, 7, 12), date_end=dt.date(2025, 7, 12), date_precision="day",
        date_text="on Saturday", lat=39.1528, lon=127.4436, place_name="Wonsan",
        country_code="KP", geo_precision="city",
        sentence="The two foreign ministers held talks in Wonsan on Saturday.",
        start=0, end=60, confidence=0.8, date_derivation="weekday before the publication date",
        place_derivation="city named in the sentence", published=PUBLISHED,
        source_title="Demo: ministers meet in Wonsan", source_url="https://example.org/wonsan",
    )
    values.update(fields)
    return Event(**values)


def sample_events() -> list[Event]:
    """Five events: day/month/season precision, city/country precision, one undated and
    unlocated, one with hostile text (HTML, a backtick template and Markdown)."""
    return [
        make_event("ev-meet"),
        make_event("ev-deploy", event_type="deploy", actors=["North Korea"],
                   date_start=dt.date(2025, 7, 1), date_end=dt.date(2025, 7, 31), date_precision="month",
                   date_text="in July", lat=51.73, lon=36.19, place_name="Kursk", country_code="RU",
                   geo_precision="admin1", sentence="North Korea sent more troops to Kursk in July."),
        make_event("ev-attack", event_type="attack", actors=["Russia"],
                   date_start=dt.date(2025, 7, 9), date_end=dt.date(2025, 7, 9),
                   date_text="overnight into Wednesday", lat=49.0, lon=32.0, place_name="Ukraine",
                   country_code="UA", geo_precision="country",
                   sentence="Russia launched drones at Ukraine overnight into Wednesday."),
        make_event("ev-protest", event_type="protest", actors=["protesters"],
                   date_start=dt.date(2025, 9, 1), date_end=dt.date(2025, 11, 30), date_precision="season",
                   date_text="this autumn", lat=-1.2864, lon=36.8172, place_name="Nairobi",
                   country_code="KE", geo_precision="city",
                   sentence="<img src=x onerror=alert(1)> `${alert(2)}` ![pwn](http://evil.example/x.png) rallies."),
        make_event("ev-undated", event_type="statement", actors=["Marco Rubio"],
                   date_start=None, date_end=None, date_precision="unknown", date_text=None,
                   lat=None, lon=None, place_name=None, country_code=None, geo_precision=None,
                   date_derivation=None, place_derivation=None,
                   sentence="Rubio said talks would go on."),
    ]


@pytest.fixture
def event_records() -> list[dict[str, Any]]:
    """The sample events as store records (ISO date strings)."""
    return [event.to_dict() for event in sample_events()]


def fill_store(path: Path, events: list[Event] | None = None, article: Article | None = None) -> Path:
    """Store ``events`` (default: :func:`sample_events`) as the events of ``article``."""
    article = article or Article(text="Demo article text for the sample events.", published=PUBLISHED,
                                 title="Demo: ministers meet in Wonsan", url="https://example.org/wonsan",
                                 source="test")
    events = sample_events() if events is None else events
    for event in events:
        event.article_id = article.id
    with Store(path) as store:
        store.add_article(article, events)
    return path


@pytest.fixture
def filled_store(tmp_path: Path) -> Path:
    """A store file holding :func:`sample_events`."""
    return fill_store(tmp_path / "events.sqlite")
