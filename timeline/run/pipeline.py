"""From articles to stored events: the one path the CLI and the app both take.

Extraction runs on an engine chosen by name (:mod:`timeline.run.engines`): ``local``
(this process for ``workers=1``, else a pool of processes, :mod:`timeline.run.parallel`) or
``dask`` (:mod:`timeline.run.distributed`); in every case this process writes the store, one
transaction per article, so a crash at any moment loses at most the article being
written and a re-run completes the rest (articles already stored are skipped before
extraction).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timeline.errors import InputError
from timeline.model import Article, Event, word_count
from timeline.run.engines import get_engine, run_engine
from timeline.store.database import Store

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, Article], None]


@dataclass
class IngestReport:
    articles: int = 0  # articles read
    new_articles: int = 0  # articles that were not yet in the store (written by this run)
    events: int = 0  # events extracted from the new articles
    new_events: int = 0  # events written to the store
    extracted: list[Event] = field(default_factory=list)  # events of the new articles, in input order
    stored_records: list[dict] = field(default_factory=list)  # with keep_events: records of articles already stored
    words: int = 0  # words in the articles extracted
    seconds: float = 0.0  # wall time of extraction and writing


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
    chosen = get_engine(engine)
    if workers < 1:
        raise InputError("--workers must be at least 1")
    if parquet_dir is not None and not chosen.writes_partitions:
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
    extracted = run_engine(engine, todo, workers=workers, scheduler=scheduler, parquet_dir=parquet_dir) if todo else ()
    for article_id, events in extracted:
        article = by_id[article_id]
        report.events += len(events)
        report.words += word_count(article.text)
        if store is not None:
            # Another writer may have stored the article since it was checked: then it is not new.
            (inserted, added), = store.write_articles([(article, events)])
            report.new_articles += inserted
            report.new_events += added
        else:
            report.new_articles += 1
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


def ensure_demo(store: Store, *, progress: ProgressCallback | None = None) -> int:
    """Load the bundled demo articles into the store unless they are there; return new events."""
    from timeline.sources.demo import load_demo_articles

    return ingest_articles(load_demo_articles(), store, progress=progress).new_events
