"""From articles to stored events: the one path the CLI and the app both take.

Extraction runs in this process (``workers=1``), in a pool of processes
(``workers=N``, :mod:`timeline.parallel`) or on a Dask cluster (``engine="dask"``,
:mod:`timeline.distributed`); in every case this process writes the store, one
transaction per article, so a crash at any moment loses at most the article being
written and a re-run completes the rest (articles already stored are skipped before
extraction).
"""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from timeline.errors import InputError
from timeline.model import Article, Event
from timeline.store import Store

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, Article], None]

# Test hook: "fake" or "fake:SECONDS" replaces spaCy extraction with a cheap deterministic
# one (one event per line, SECONDS of sleep per article) so the crash tests can kill a
# real subprocess many times quickly. Never set in normal use.
FAKE_EXTRACTOR_ENV = "TIMELINE_FAKE_EXTRACTOR"
ENGINES = ("local", "dask")


@dataclass
class IngestReport:
    articles: int = 0  # articles read
    new_articles: int = 0  # articles that were not yet in the store
    events: int = 0  # events extracted from the new articles
    new_events: int = 0  # events written to the store
    extracted: list[Event] = field(default_factory=list)  # events of the new articles, in input order
    stored_records: list[dict] = field(default_factory=list)  # with keep_events: records of articles already stored
    words: int = 0  # words in the articles extracted
    seconds: float = 0.0  # wall time of extraction and writing


def events_of(article: Article, *, doc=None) -> list[Event]:
    """Extract an article's events, with the article's source details on each.

    ``doc`` is an optional pre-parsed spaCy ``Doc`` of ``article.text`` (see
    :func:`timeline.events.extract_events` for when it is used).
    """
    fake = os.environ.get(FAKE_EXTRACTOR_ENV)
    if fake:
        events = _fake_events(article, fake)
    else:
        from timeline.events import extract_events

        events = extract_events(article.text, published=article.published, title=article.title,
                                url=article.url, doc=doc)
    for event in events:
        event.article_id = article.id
        event.source_title = article.title
        event.source_url = article.url
        if event.published is None:
            event.published = article.published
    return events


def extract_batch(articles: Sequence[Article]) -> list[tuple[str, list[Event]]]:
    """Every article's events as ``(article id, events)``: the unit of work a worker runs.

    Texts without a dateline are parsed together (:func:`timeline.nlp.parse_many`, faster
    than one by one); the others are parsed by :func:`timeline.events.extract_events`
    itself, which masks the dateline first.
    """
    docs: dict[int, object] = {}
    if not os.environ.get(FAKE_EXTRACTOR_ENV) and len(articles) > 1:
        from timeline.dateline import find_datelines
        from timeline.nlp import parse_many

        plain = [i for i, article in enumerate(articles) if not find_datelines(article.text)]
        for i, doc in zip(plain, parse_many([articles[i].text for i in plain])):
            docs[i] = doc
    return [(article.id, events_of(article, doc=docs.get(i))) for i, article in enumerate(articles)]


def _fake_events(article: Article, spec: str) -> list[Event]:
    _, _, delay = spec.partition(":")
    if delay:
        time.sleep(float(delay))
    events = []
    offset = 0
    for line in article.text.split("\n"):
        start = article.text.index(line, offset) if line else offset
        offset = start + len(line)
        if not line.strip():
            continue
        events.append(Event(
            id=f"{article.id}-{start}-{offset}", event_type="statement", actors=[], date_start=article.published,
            date_end=article.published, date_precision="day", date_text=None, lat=None, lon=None,
            place_name=None, country_code=None, geo_precision=None, sentence=line.strip()[:500],
            start=start, end=offset, confidence=0.5, published=article.published))
    return events


def ingest_articles(articles: Iterable[Article], store: Store | None = None, *,
                    progress: ProgressCallback | None = None, keep_events: bool = False,
                    workers: int = 1, engine: str = "local", scheduler: str | None = None,
                    parquet_dir: str | None = None) -> IngestReport:
    """Extract and store each article; articles already in the store are skipped.

    ``progress(i, n, article)`` is called after each article (i counts from 1).
    With ``store=None`` nothing is written and the events are kept in the report
    (in input order, whatever the engine). ``workers`` > 1 extracts in that many
    processes; ``engine="dask"`` on a Dask cluster (``scheduler`` its address, else a
    local cluster of ``workers`` processes), whose tasks also write GeoParquet partitions
    to ``parquet_dir`` when given.
    """
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if workers < 1:
        raise InputError("--workers must be at least 1")
    if parquet_dir is not None and engine != "dask":
        raise InputError("partitioned GeoParquet output needs --engine dask")
    started = time.perf_counter()
    articles = list(articles)
    report = IngestReport(articles=len(articles))
    stored = store.stored_ids(a.id for a in articles) if store is not None else set()
    todo: list[Article] = []
    queued: set[str] = set()
    done = 0
    for article in articles:
        if article.id in stored or article.id in queued:
            logger.info("already stored: %s", article.title or article.id)
            done += 1
            if progress is not None:
                progress(done, len(articles), article)
        else:
            queued.add(article.id)
            todo.append(article)
    by_id = {article.id: article for article in todo}
    results: dict[str, list[Event]] = {}
    for article_id, events in _extract(todo, workers=workers, engine=engine, scheduler=scheduler,
                                          parquet_dir=parquet_dir):
        article = by_id[article_id]
        report.new_articles += 1
        report.events += len(events)
        report.words += len(article.text.split())
        if store is not None:
            report.new_events += store.add_article(article, events)
        if keep_events or store is None:
            results[article_id] = events
        done += 1
        if progress is not None:
            progress(done, len(articles), article)
    for article in todo:
        report.extracted.extend(results.get(article.id, ()))
    if keep_events and store is not None and len(todo) < len(articles):
        skipped = [a.id for a in articles if a.id not in queued]
        known = store.events_of_articles(skipped)
        report.stored_records = [record for article_id in dict.fromkeys(skipped) for record in known.get(article_id, ())]
    report.seconds = time.perf_counter() - started
    return report


def _extract(articles: list[Article], *, workers: int, engine: str, scheduler: str | None,
             parquet_dir: str | None) -> Iterator[tuple[str, list[Event]]]:
    if not articles:
        return iter(())
    if engine == "dask":
        from timeline.distributed import extract_with_dask

        return extract_with_dask(articles, scheduler=scheduler, workers=workers, parquet_dir=parquet_dir)
    if workers > 1 and len(articles) > 1:
        from timeline.parallel import extract_in_processes

        return extract_in_processes(articles, workers=workers)
    return _extract_in_batches(articles)


def _extract_in_batches(articles: list[Article]) -> Iterator[tuple[str, list[Event]]]:
    """In this process, a few articles at a time (the batches the workers get): parsed
    together, the models multiply larger matrices, about 1.5 times the words/s of one by
    one. A crash loses at most one batch's extraction, never a stored article."""
    from timeline.parallel import batches

    for group in batches(articles):
        yield from extract_batch(group)


def ensure_demo(store: Store, *, progress: ProgressCallback | None = None) -> int:
    """Load the bundled demo articles into the store unless they are there; return new events."""
    from timeline.demo import load_demo_articles

    return ingest_articles(load_demo_articles(), store, progress=progress).new_events
