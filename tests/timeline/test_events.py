"""Event extraction with the real spaCy model, gazetteer and date normaliser.

Golden files: tests/timeline/golden/<demo article>.json hold the expected events of each
bundled demo article (a stable projection: type, mode, actors, dates, place, evidence).
Regenerate them on purpose only, after checking the change is an improvement:
``UPDATE_GOLDEN=1 python -m pytest tests/timeline/test_events.py``.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from timeline import extract_events
from timeline.demo import load_demo_articles
from timeline.errors import PublicationDateError

pytestmark = pytest.mark.slow

GOLDEN = Path(__file__).parent / "golden"
SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "lavrov-wonsan-2025.txt"


def projection(event) -> dict:
    return {
        "type": event.event_type,
        "mode": event.mode,
        "actors": event.actors,
        "date": [str(event.date_start), str(event.date_end), event.date_precision],
        "place": event.place_name,
        "country": event.country_code,
        "geo_precision": event.geo_precision,
        "lat_lon": [round(event.lat, 2), round(event.lon, 2)] if event.lat is not None else None,
        "evidence": [event.start, event.end],
        "trigger": event.trigger,
    }


@pytest.mark.parametrize("article", load_demo_articles(), ids=lambda a: a.source_file if hasattr(a, "source_file") else a.title[:30])
def test_demo_article_matches_its_golden_file(article) -> None:
    events = extract_events(article.text, published=article.published, title=article.title, url=article.url)
    got = [projection(e) for e in events]
    name = article.url.rstrip("/").rsplit("/", 1)[-1] if article.url else article.id
    path = GOLDEN / f"{name}.json"
    if os.environ.get("UPDATE_GOLDEN") == "1" or not path.exists():
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))
    for event in events:
        assert article.text[event.start:event.end] == event.sentence


def test_one_sentence_event() -> None:
    [event] = extract_events("Police arrested 14 people in Nairobi on Tuesday.", published="2025-07-10")
    assert event.event_type == "arrest"
    assert event.actor1 == "Police"
    assert event.place_name == "Nairobi" and event.country_code == "KE"
    assert (event.date_start, event.date_end, event.date_precision) == (dt.date(2025, 7, 8), dt.date(2025, 7, 8), "day")


def test_relative_date_follows_the_narrative() -> None:
    text = ("Russian drones struck Chernivtsi on Tuesday night, killing two people. "
            "A second wave of drones hit Kharkiv the following day.")
    events = extract_events(text, published="2025-07-10")
    assert [e.event_type for e in events] == ["attack", "attack"]
    assert events[0].date_start == dt.date(2025, 7, 8)
    assert events[1].date_start == dt.date(2025, 7, 9)
    assert [e.place_name for e in events] == ["Chernivtsi", "Kharkiv"]


def test_future_and_imprecise_dates_keep_their_width() -> None:
    [event] = extract_events("North Korea may deploy more troops to Russia in July or August.", published="2025-07-14")
    assert event.event_type == "deploy" and event.mode == "hypothetical"
    assert (event.date_start, event.date_end) == (dt.date(2025, 7, 1), dt.date(2025, 8, 31))


def test_no_date_in_the_text_is_the_publication_date_marked_unknown() -> None:
    [event] = extract_events("Protesters marched through Lagos.", published="2025-07-10")
    assert event.event_type == "protest"
    assert event.date_start == event.date_end == dt.date(2025, 7, 10)
    assert event.date_precision == "unknown"
    assert "publication date" in event.date_derivation


def test_demonyms_name_actors_not_locations() -> None:
    [event] = extract_events("North Korean troops were deployed to the Kursk region on Monday.", published="2025-07-14")
    assert event.event_type == "deploy"
    assert "Kursk" in event.place_name and event.geo_precision == "admin1"
    assert event.country_code == "RU"


def test_dateline_is_neither_actor_nor_date() -> None:
    text = "PORT SUDAN, March 18 (Demo Wire) — Drones struck a market in El Obeid on Sunday, killing nine people."
    [event] = extract_events(text, published="2025-03-18")
    assert event.date_start == dt.date(2025, 3, 16)
    assert "Port Sudan" not in event.actors


def test_repeated_mentions_are_one_event_with_its_evidence() -> None:
    text = ("Police arrested the opposition leader in Istanbul on Wednesday. "
            "Police arrested the opposition leader in Istanbul on Wednesday, his lawyer said.")
    events = extract_events(text, published="2025-03-20")
    assert len(events) == 1
    assert len(events[0].evidence) == 1


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "Это статья на русском языке.", "x" * 100_000])
def test_odd_text_gives_a_list(text) -> None:
    assert isinstance(extract_events(text, published="2025-07-14"), list)


def test_bad_publication_date() -> None:
    with pytest.raises(PublicationDateError):
        extract_events("Police arrested 14 people in Nairobi.", published="2025-02-30")


def test_seed_article_places_and_dates() -> None:
    events = extract_events(SEED.read_text(encoding="utf-8"), published="2025-07-14")
    by_place = {}
    for event in events:
        by_place.setdefault(event.place_name or "", []).append(event)
    for expected in ("Wonsan", "Kursk", "Chernivtsi", "Kuala Lumpur", "Minsk", "Kyiv"):
        assert any(expected in name for name in by_place), expected
    for event in events:
        assert event.date_start <= event.date_end <= dt.date(2025, 8, 31)
    chernivtsi = by_place["Chernivtsi"][0]
    assert chernivtsi.event_type == "attack"
    assert chernivtsi.date_end <= dt.date(2025, 7, 14)


def test_another_wave_is_a_new_happening() -> None:
    text = ("Russia launched drones at Ukraine on Tuesday, killing two people in Chernivtsi. "
            "Another wave of attacks hit Ukraine the following day.")
    events = extract_events(text, published="2025-07-10")
    attacks = [e for e in events if e.event_type == "attack"]
    assert len(attacks) >= 2
    assert attacks[-1].date_start == dt.date(2025, 7, 9)
