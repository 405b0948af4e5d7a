"""The SQLite store the CLI writes and the app reads: articles, events and corrections.

Idempotent: an article's id is a hash of its text and publication date, and an event's id
is derived from the article id and its evidence offsets, so ingesting the same article
twice changes nothing. Each article is written in one transaction (WAL mode), so an
interrupted ingest leaves the store as it was before that article.

The file is ``--db`` when given, else ``$TIMELINE_DB``, else ``timeline/events.sqlite``
under the user's data directory.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from timeline.model import Article, Event

logger = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT,
    url TEXT,
    source TEXT,
    published TEXT NOT NULL,
    published_from TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    event_type TEXT,
    mode TEXT,
    date_start TEXT,
    date_end TEXT,
    date_precision TEXT,
    lat REAL,
    lon REAL,
    country_code TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id, seq);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
"""

# Event fields that are dates, stored as ISO strings and read back as dates.
_DATE_FIELDS = ("date_start", "date_end", "published")


def default_db_path() -> Path:
    """``$TIMELINE_DB``, else ``<user data dir>/timeline/events.sqlite``."""
    env = os.environ.get("TIMELINE_DB")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "timeline" / "events.sqlite"


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


class Store:
    """A connection to the events store. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=30.0)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=30000")
        with self._conn:
            self._conn.executescript(SCHEMA)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    # -- writing -------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_article(self, article: Article, events: Iterable[Event]) -> int:
        """Store an article and its events in one transaction; return how many events were new.

        An article already in the store is left as it is (its events too), so ingesting
        twice never duplicates anything.
        """
        events = list(events)
        with self._conn:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO articles (id, title, url, source, published, published_from,"
                " text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.title, article.url, article.source, article.published.isoformat(),
                 article.published_from, article.text,
                 dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
            )
            if cur.rowcount == 0:
                return 0
            added = 0
            for seq, event in enumerate(events):
                record = event.to_dict()
                cur = self._conn.execute(
                    "INSERT OR IGNORE INTO events (id, article_id, seq, event_type, mode, date_start,"
                    " date_end, date_precision, lat, lon, country_code, data)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (event.id, article.id, seq, event.event_type, event.mode, record["date_start"],
                     record["date_end"], event.date_precision, event.lat, event.lon,
                     event.country_code, json.dumps(record, default=_jsonable, ensure_ascii=False)),
                )
                added += cur.rowcount
            return added

    # -- reading -------------------------------------------------------------------

    def events(self) -> list[dict[str, Any]]:
        """Every stored event as a plain record (the fields of :class:`Event`), in
        publication then document order. Dates are ISO strings."""
        rows = self._conn.execute(
            "SELECT e.data FROM events e JOIN articles a ON a.id = e.article_id"
            " ORDER BY a.published, a.id, e.seq"
        ).fetchall()
        return [json.loads(row["data"]) for row in rows]

    def articles(self) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT a.id, a.title, a.url, a.source, a.published, a.published_from, a.ingested_at,"
            " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events"
            " FROM articles a ORDER BY a.published, a.id"
        ).fetchall()
        return [dict(row) for row in rows]

    def article_text(self, article_id: str) -> str | None:
        row = self._conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row["text"] if row else None

    def counts(self) -> dict[str, int]:
        n_articles = self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        n_events = self._conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        return {"articles": n_articles, "events": n_events}
