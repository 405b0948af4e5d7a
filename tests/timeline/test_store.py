from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from timeline.model import Article, Event
from timeline.store import Store, default_db_path


def make_event(article: Article, n: int, **fields) -> Event:
    values = dict(
        id=f"{article.id}-{n}", event_type="attack", actors=["Russian forces"],
        date_start=dt.date(2025, 7, 9), date_end=dt.date(2025, 7, 9), date_precision="day",
        date_text="overnight", lat=48.29, lon=25.94, place_name="Chernivtsi", country_code="UA",
        geo_precision="city", sentence="Drones struck Chernivtsi overnight.", start=0, end=34,
        confidence=0.8, article_id=article.id, published=article.published,
    )
    values.update(fields)
    return Event(**values)


@pytest.fixture()
def article() -> Article:
    return Article(text="Drones struck Chernivtsi overnight.", published=dt.date(2025, 7, 10), title="Strikes")


def test_round_trip(tmp_path, article) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        assert store.add_article(article, [make_event(article, 1)]) == 1
        [record] = store.events()
    assert record["place_name"] == "Chernivtsi"
    assert record["date_start"] == "2025-07-09"
    assert record["actors"] == ["Russian forces"]


def test_ingesting_twice_adds_nothing(tmp_path, article) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        store.add_article(article, [make_event(article, 1), make_event(article, 2)])
    with Store(path) as store:
        assert store.add_article(article, [make_event(article, 1), make_event(article, 2)]) == 0
        assert store.counts() == {"articles": 1, "events": 2}


def test_a_failed_write_leaves_the_store_unchanged(tmp_path, article) -> None:
    path = tmp_path / "s.sqlite"
    other = Article(text="Police arrested 14 people in Nairobi.", published=dt.date(2025, 7, 8))
    with Store(path) as store:
        store.add_article(article, [make_event(article, 1)])
        broken = make_event(other, 1)
        broken.date_start = object()  # not storable: the transaction must roll back
        with pytest.raises((AttributeError, TypeError)):
            store.add_article(other, [make_event(other, 0), broken])
        assert store.counts() == {"articles": 1, "events": 1}
        assert not store.has_article(other.id)


def test_store_is_a_real_sqlite_file_in_wal_mode(tmp_path, article) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        store.add_article(article, [make_event(article, 1)])
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1


def test_default_location_follows_the_environment(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "env.sqlite"))
    assert default_db_path() == tmp_path / "env.sqlite"
    monkeypatch.delenv("TIMELINE_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "timeline" / "events.sqlite"
