"""Shared fixtures: hand-made event records and a pre-filled store (no spaCy needed)."""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from timeline.model import Article, Event
from timeline.store.database import Store

PUBLISHED = dt.date(2025, 7, 14)


@pytest.fixture(scope="session", autouse=True)
def cache_outside_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests write their gazetteer and names indexes into a temporary cache, never the user's
    (unless ``TIMELINE_CACHE_DIR`` names one on purpose); subprocesses inherit it. A current
    gazetteer index already in the user's cache is copied in (read, never written), so that a
    test run does not spend half a minute building it again."""
    if os.environ.get("TIMELINE_CACHE_DIR"):
        return
    from geodata.gazetteer import index

    users = index.index_path()
    cache = tmp_path_factory.mktemp("cache")
    os.environ["TIMELINE_CACHE_DIR"] = str(cache)
    if users.exists():
        shutil.copyfile(users, index.index_path())


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
