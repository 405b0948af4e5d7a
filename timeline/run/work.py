"""The unit of work every engine runs: a batch of articles -> each article's events.

An engine (:mod:`timeline.run.engines`) hands batches to this module in this process, in
worker processes or on Dask workers; the process that called the pipeline writes the store.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence

from timeline.model import Article, Event, word_count

# Test hook: "fake" or "fake:SECONDS" replaces spaCy extraction with a cheap deterministic
# one (one event per line, SECONDS of sleep per article) so the crash tests can kill a
# real subprocess many times quickly. Never set in normal use.
FAKE_EXTRACTOR_ENV = "TIMELINE_FAKE_EXTRACTOR"
BATCH_WORDS = 2_000  # about ten news articles: enough for nlp.pipe, small enough to balance


def batches(articles: Sequence[Article], *, max_words: int = BATCH_WORDS) -> Iterator[list[Article]]:
    """Consecutive groups of articles of at most ``max_words`` words (one article may exceed it)."""
    group: list[Article] = []
    words = 0
    for article in articles:
        n = word_count(article.text)
        if group and words + n > max_words:
            yield group
            group, words = [], 0
        group.append(article)
        words += n
    if group:
        yield group



def warm_up() -> None:
    """Load the language pipelines now (a worker's initializer), unless the fake extractor is on."""
    if not os.environ.get(FAKE_EXTRACTOR_ENV):
        from timeline.events.nlp import warm_up as load

        load()


def events_of(article: Article, *, doc=None) -> list[Event]:
    """Extract an article's events, with the article's source details on each.

    ``doc`` is an optional pre-parsed spaCy ``Doc`` of ``article.text`` (see
    :func:`timeline.events.extract.extract_events` for when it is used).
    """
    fake = os.environ.get(FAKE_EXTRACTOR_ENV)
    if fake:
        events = _fake_events(article, fake)
    else:
        from timeline.events.extract import extract_events

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

    Texts without a dateline are parsed together (:func:`timeline.events.nlp.parse_many`, faster
    than one by one); the others are parsed by :func:`timeline.events.extract.extract_events`
    itself, which masks the dateline first.
    """
    docs: dict[int, object] = {}
    if not os.environ.get(FAKE_EXTRACTOR_ENV) and len(articles) > 1:
        from timeline.events.nlp import parse_many
        from timeline.sources.dateline import find_datelines

        from timeline.events.slices import SLICE_CHARS

        # A long text is parsed a slice at a time by extract_events, never whole here.
        plain = [i for i, article in enumerate(articles)
                 if len(article.text) <= SLICE_CHARS and not find_datelines(article.text)]
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
