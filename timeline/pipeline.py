"""From articles to stored events: the one path the CLI and the app both take."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timeline.model import Article, Event
from timeline.store import Store

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, Article], None]


@dataclass
class IngestReport:
    articles: int = 0  # articles read
    new_articles: int = 0  # articles that were not yet in the store
    events: int = 0  # events extracted from the new articles
    new_events: int = 0  # events written to the store
    extracted: list[Event] = field(default_factory=list)


def events_of(article: Article) -> list[Event]:
    """Extract an article's events, with the article's source details on each."""
    from timeline.events import extract_events

    events = extract_events(article.text, published=article.published, title=article.title, url=article.url)
    for event in events:
        event.article_id = article.id
        event.source_title = article.title
        event.source_url = article.url
    return events


def ingest_articles(articles: Iterable[Article], store: Store | None = None, *,
                    progress: ProgressCallback | None = None, keep_events: bool = False) -> IngestReport:
    """Extract and store each article; articles already in the store are skipped.

    ``progress(i, n, article)`` is called after each article (i counts from 1).
    With ``store=None`` nothing is written and the events are kept in the report.
    """
    articles = list(articles)
    report = IngestReport()
    for i, article in enumerate(articles, start=1):
        report.articles += 1
        if store is not None and store.has_article(article.id):
            logger.info("already stored: %s", article.title or article.id)
        else:
            events = events_of(article)
            report.events += len(events)
            if store is not None:
                report.new_articles += 1
                report.new_events += store.add_article(article, events)
            else:
                report.new_articles += 1
            if keep_events or store is None:
                report.extracted.extend(events)
        if progress is not None:
            progress(i, len(articles), article)
    return report


def ensure_demo(store: Store, *, progress: ProgressCallback | None = None) -> int:
    """Load the bundled demo articles into the store unless they are there; return new events."""
    from timeline.demo import load_demo_articles

    return ingest_articles(load_demo_articles(), store, progress=progress).new_events
