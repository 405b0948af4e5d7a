"""The SQLite store the CLI writes and the app reads: articles, events and corrections.

Idempotent: an article's id is a hash of its text and publication date (its ``content_hash``
a SHA-256 of the whitespace-normalised text alone), and an event's id is derived from the
article id and its evidence offsets, so ingesting the same article twice changes nothing.

Crash-safe: the file is in WAL mode and each article is written with its events in one
``BEGIN IMMEDIATE`` transaction, so a process killed at any moment (``kill -9`` included)
leaves every article either fully stored or absent; re-running the same ingest completes
it with nothing lost and nothing duplicated.

Concurrent use: any number of readers (the app's threads, other processes) can read while
one ingest writes; writers queue behind SQLite's lock for up to ``busy_timeout`` seconds.
One :class:`Store` may be shared between threads (its connection is guarded by a lock),
or each thread may open its own; both are safe.

The file is ``--db`` when given, else ``$TIMELINE_DB``, else ``timeline/events.sqlite``
under the user's data directory.

>>> import tempfile, os
>>> with Store(os.path.join(tempfile.mkdtemp(), "s.sqlite")) as store:
...     store.counts()
{'articles': 0, 'events': 0}
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from timeline.errors import InputError
from timeline.model import Article, Event, one_line

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 3
#: ``articles.published_from`` of the bundled demo articles (they are removable as a set).
DEMO_MARK = "demo manifest"
BUSY_TIMEOUT_S = 60.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT,
    url TEXT,
    source TEXT,
    published TEXT NOT NULL,
    published_from TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    content_hash TEXT
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
    data TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en'
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id, seq);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
CREATE TABLE IF NOT EXISTS store_flags (
    name TEXT PRIMARY KEY,
    value TEXT
);
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


def content_hash(text: str) -> str:
    """SHA-256 of the text with its whitespace normalised (the same story, whatever its layout)."""
    return hashlib.sha256(one_line(text).encode("utf-8")).hexdigest()


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


class Store:
    """A connection to the events store. Use as a context manager or call :meth:`close`.

    Safe to share between threads: every statement runs under the store's lock.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            # isolation_level=None: transactions are begun explicitly (BEGIN IMMEDIATE), so
            # a writer takes the write lock up front and never fails on a lock upgrade.
            self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                         check_same_thread=False)
        except sqlite3.Error as exc:
            raise InputError(f"{self.path}: cannot open the store ({exc})") from None
        self._conn.row_factory = sqlite3.Row
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self._set_up()
                break
            except sqlite3.OperationalError as exc:
                # Two processes creating a new store at once: switching it to WAL needs the
                # file to itself, and SQLite reports "locked" at once instead of waiting.
                if "locked" not in str(exc) and "busy" not in str(exc):
                    self._conn.close()
                    raise InputError(f"{self.path}: not a timeline store ({exc})") from None
                if time.monotonic() > deadline:
                    self._conn.close()
                    raise InputError(f"{self.path}: the store stayed locked by another process ({exc})") from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:
                self._conn.close()
                raise InputError(f"{self.path}: not a timeline store ({exc})") from None

    def _set_up(self) -> None:
        self._conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        self._conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed article survives a power cut too, not only a killed process.
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            return  # readers never take the write lock for a schema that is already there
        with self._write():
            for statement in SCHEMA.split(";"):
                if statement.strip():  # executescript would commit the open transaction
                    self._conn.execute(statement)
            columns = {row["name"] for row in self._conn.execute("PRAGMA table_info(articles)")}
            if "content_hash" not in columns:
                self._conn.execute("ALTER TABLE articles ADD COLUMN content_hash TEXT")
            self._conn.execute("CREATE INDEX IF NOT EXISTS articles_content ON articles(content_hash)")
            event_columns = {row["name"] for row in self._conn.execute("PRAGMA table_info(events)")}
            if "language" not in event_columns:
                # version 3: the article's language (ISO 639-1); every earlier event was read as English
                self._conn.execute("ALTER TABLE events ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")
                self._conn.execute("UPDATE events SET data = json_set(data, '$.language', 'en')"
                                   " WHERE json_extract(data, '$.language') IS NULL")
            self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- writing -------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def stored_ids(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already stored (one query per 500 ids)."""
        ids = list(dict.fromkeys(article_ids))
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(row[0] for row in self._read(f"SELECT id FROM articles WHERE id IN ({marks})", tuple(chunk)))
        return found

    def add_article(self, article: Article, events: Iterable[Event]) -> int:
        """Store an article and its events in one transaction; return how many events were new.

        An article already in the store is left as it is (its events too), so ingesting
        twice never duplicates anything.
        """
        return self.write_articles([(article, events)])[0][1]

    def write_articles(self, items: Iterable[tuple[Article, Iterable[Event]]]) -> list[tuple[bool, int]]:
        """Store each (article, events) pair, all in one transaction: for each, whether the
        article was new and how many of its events were (an event whose id is stored
        already is not written again). A value the store cannot hold (a lone surrogate, an
        integer beyond 64 bits) is an :class:`InputError` and nothing of ``items`` is written."""
        with self._write() as conn:
            return [self._insert(conn, article, list(events)) for article, events in items]

    @staticmethod
    def _insert(conn: sqlite3.Connection, article: Article, events: list[Event]) -> tuple[bool, int]:
        try:
            cur = conn.execute(
                "INSERT OR IGNORE INTO articles (id, title, url, source, published, published_from,"
                " text, ingested_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.title, article.url, article.source, article.published.isoformat(),
                 article.published_from, article.text,
                 dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), content_hash(article.text)),
            )
            if cur.rowcount == 0:
                return False, 0
            added = 0
            for seq, event in enumerate(events):
                record = event.to_dict()
                cur = conn.execute(
                    "INSERT OR IGNORE INTO events (id, article_id, seq, event_type, mode, date_start,"
                    " date_end, date_precision, lat, lon, country_code, data, language)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (event.id, article.id, seq, event.event_type, event.mode, record["date_start"],
                     record["date_end"], event.date_precision, event.lat, event.lon,
                     event.country_code, json.dumps(record, default=_jsonable, ensure_ascii=False),
                     event.language or "en"),
                )
                added += cur.rowcount
            return True, added
        except (UnicodeEncodeError, OverflowError, TypeError, sqlite3.InterfaceError, sqlite3.ProgrammingError) as exc:
            # The readers check every value first; this is the last guard, and the transaction
            # is rolled back, so the store is as it was.
            raise InputError(f"{article.title or article.source or article.id}: a value cannot be stored "
                             f"({type(exc).__name__}: {str(exc)[:120]})") from None

    # -- reading -------------------------------------------------------------------

    def events(self) -> list[dict[str, Any]]:
        """Every stored event as a plain record (the fields of :class:`Event`), in
        publication then document order. Dates are ISO strings. Events of the bundled
        demo articles carry ``demo: True``."""
        rows = self._read(
            "SELECT e.data, a.published_from = ? AS demo FROM events e JOIN articles a ON a.id = e.article_id"
            " ORDER BY a.published, a.id, e.seq", (DEMO_MARK,)
        )
        records = [json.loads(row["data"]) for row in rows]
        for record, row in zip(records, rows):
            if row["demo"]:
                record["demo"] = True
        return records

    def flag(self, name: str) -> str | None:
        """A value the store keeps about itself (e.g. that the demo was offered), or None."""
        rows = self._read("SELECT value FROM store_flags WHERE name = ?", (name,))
        return rows[0]["value"] if rows else None

    def set_flag(self, name: str, value: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO store_flags (name, value) VALUES (?, ?)", (name, value))

    def demo_article_ids(self) -> list[str]:
        """The ids of the bundled demo articles in the store."""
        return [row["id"] for row in self._read("SELECT id FROM articles WHERE published_from = ?", (DEMO_MARK,))]

    def delete_articles(self, article_ids: Iterable[str]) -> int:
        """Delete articles and their events (one transaction); returns the events deleted."""
        ids = list(article_ids)
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        with self._write() as conn:
            deleted = conn.execute(f"DELETE FROM events WHERE article_id IN ({marks})", ids).rowcount
            conn.execute(f"DELETE FROM articles WHERE id IN ({marks})", ids)
        return int(deleted)

    def articles(self) -> list[dict[str, Any]]:
        rows = self._read(
            "SELECT a.id, a.title, a.url, a.source, a.published, a.published_from, a.ingested_at,"
            " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events"
            " FROM articles a ORDER BY a.published, a.id"
        )
        return [dict(row) for row in rows]

    def events_of_articles(self, article_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """The stored event records of these articles, by article id, in document order."""
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, list[dict[str, Any]]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._read(f"SELECT article_id, data FROM events WHERE article_id IN ({marks})"
                                  " ORDER BY article_id, seq", tuple(chunk)):
                found.setdefault(row["article_id"], []).append(json.loads(row["data"]))
        return found

    def article_text(self, article_id: str) -> str | None:
        rows = self._read("SELECT text FROM articles WHERE id = ?", (article_id,))
        return rows[0]["text"] if rows else None

    def counts(self) -> dict[str, int]:
        with self._lock:
            # one read transaction, so the two counts agree while an ingest writes
            self._conn.execute("BEGIN")
            try:
                n_articles = self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                n_events = self._conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
            finally:
                self._conn.execute("COMMIT")
        return {"articles": n_articles, "events": n_events}

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and the store's own invariants (empty: none)."""
        problems = [row[0] for row in self._read("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key: {tuple(row)}" for row in self._read("PRAGMA foreign_key_check")]
        orphans = self._read("SELECT COUNT(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)")[0][0]
        if orphans:
            problems.append(f"{orphans} events without their article")
        return problems
