from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from timeline.model import Article, Event
from timeline.store.database import Store, default_db_path


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


WRITER = """
import datetime as dt, sys
sys.path.insert(0, {root!r})
from timeline.model import Article, Event
from timeline.store.database import Store
with Store({db!r}) as store:
    for i in range({n}):
        article = Article(text=f"Story {{i}}: drones struck the city overnight.", published=dt.date(2025, 7, 10))
        events = [Event(id=f"{{article.id}}-{{k}}", event_type="attack", actors=["x"], date_start=None,
                        date_end=None, date_precision="unknown", date_text=None, lat=None, lon=None,
                        place_name=None, country_code=None, geo_precision=None, sentence="s", start=0, end=1,
                        confidence=0.5) for k in range(3)]
        store.add_article(article, events)
"""


def test_four_readers_and_one_writer_never_see_a_locked_database(tmp_path, article) -> None:
    import subprocess
    import sys
    import threading
    from pathlib import Path

    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        store.add_article(article, [make_event(article, 1)])
    root = str(Path(__file__).resolve().parents[3])
    writer = subprocess.Popen([sys.executable, "-c", WRITER.format(root=root, db=str(path), n=300)])
    shared = Store(path)  # two readers share one connection across threads, two have their own
    errors: list[BaseException] = []
    seen: list[list[int]] = [[] for _ in range(4)]

    def read(slot: int) -> None:
        store = shared if slot < 2 else Store(path)
        try:
            while writer.poll() is None:
                counts = store.counts()
                assert counts["events"] == 1 + 3 * (counts["articles"] - 1)  # whole articles only
                store.events()
                store.articles()
                seen[slot].append(counts["articles"])
        except BaseException as exc:  # reported below, with the reader that failed
            errors.append(exc)
        finally:
            if store is not shared:
                store.close()

    readers = [threading.Thread(target=read, args=(slot,)) for slot in range(4)]
    for thread in readers:
        thread.start()
    for thread in readers:
        thread.join(timeout=120)
    shared.close()
    assert writer.wait(timeout=120) == 0
    assert not errors, errors
    assert all(counts == sorted(counts) and counts for counts in seen)  # every reader read, never backwards
    with Store(path) as store:
        assert store.counts() == {"articles": 301, "events": 901}
        assert store.check() == []


def test_an_old_store_is_upgraded_in_place(tmp_path, article) -> None:
    path = tmp_path / "old.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(
        "CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, url TEXT, source TEXT, published TEXT NOT NULL,"
        " published_from TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL);"
        "CREATE TABLE events (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, seq INTEGER NOT NULL,"
        " event_type TEXT, mode TEXT, date_start TEXT, date_end TEXT, date_precision TEXT, lat REAL, lon REAL,"
        " country_code TEXT, data TEXT NOT NULL);")
    connection.close()
    with Store(path) as store:
        assert store.add_article(article, [make_event(article, 1)]) == 1
        assert store.stored_ids([article.id, "other"]) == {article.id}
    row = sqlite3.connect(path).execute("SELECT content_hash FROM articles").fetchone()
    assert len(row[0]) == 64


def test_a_file_that_is_not_a_store_is_a_user_error(tmp_path) -> None:
    from timeline.errors import InputError

    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"just some text, not SQLite" * 100)
    with pytest.raises(InputError, match="not a timeline store"):
        Store(path)


def test_events_of_stored_articles(tmp_path, article) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        store.add_article(article, [make_event(article, 2, start=5), make_event(article, 1)])
        found = store.events_of_articles([article.id, "missing"])
    assert [r["id"] for r in found[article.id]] == [f"{article.id}-2", f"{article.id}-1"]


def test_one_store_shared_by_writing_threads(tmp_path) -> None:
    import threading

    errors: list[BaseException] = []
    with Store(tmp_path / "s.sqlite") as store:
        def write(slot: int) -> None:
            try:
                for i in range(25):
                    article = Article(text=f"Thread {slot} story {i} about floods.", published=dt.date(2025, 7, 10))
                    store.add_article(article, [make_event(article, 1), make_event(article, 2)])
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(slot,)) for slot in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not errors, errors
        assert store.counts() == {"articles": 100, "events": 200}


def test_a_store_of_schema_2_gains_the_language_column(tmp_path) -> None:
    """Stores written before languages were recorded: their events are English."""
    path = tmp_path / "old.sqlite"
    with Store(path) as store:
        store.add_article(Article(text="Old article.", published=dt.date(2025, 7, 1)), [])
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE events_v2 AS SELECT id, article_id, seq, event_type, mode, date_start, date_end,"
                 " date_precision, lat, lon, country_code, data FROM events")
    conn.execute("DROP TABLE events")
    conn.execute("ALTER TABLE events_v2 RENAME TO events")
    article_id = conn.execute("SELECT id FROM articles").fetchone()[0]
    conn.execute("INSERT INTO events VALUES ('e1', ?, 0, 'meet', 'asserted', '2025-07-01', '2025-07-01', 'day',"
                 " NULL, NULL, NULL, '{\"id\": \"e1\", \"event_type\": \"meet\"}')", (article_id,))
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert [e["language"] for e in store.events()] == ["en"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT language FROM events").fetchall() == [("en",)]
    conn.close()


def test_an_event_keeps_its_language_and_gloss(tmp_path) -> None:
    event = Event(id="ru1", event_type="visit", actors=["Sergei Lavrov"], date_start=dt.date(2025, 7, 11),
                  date_end=dt.date(2025, 7, 11), date_precision="day", date_text="в пятницу", lat=39.15, lon=127.44,
                  place_name="Wonsan", country_code="KP", geo_precision="city",
                  sentence="Лавров в пятницу прибыл в Вонсан.", start=0, end=33, confidence=0.8, language="ru",
                  gloss="visit: Sergei Lavrov — Wonsan (KP) — 2025-07-11")
    with Store(tmp_path / "s.sqlite") as store:
        store.add_article(Article(text="Лавров в пятницу прибыл в Вонсан.", published=dt.date(2025, 7, 13)), [event])
        (record,) = store.events()
    assert (record["language"], record["gloss"], record["sentence"]) == ("ru", event.gloss, event.sentence)
