"""Events from news articles: who did what, where and when, on a map and a timeline.

>>> from timeline import extract_events
>>> [e.event_type for e in extract_events("Police arrested 14 people in Nairobi on Tuesday.",
...                                        published="2025-07-10")]
['arrest']
"""
from __future__ import annotations

import geodata  # noqa: F401 - first: spaCy, when imported, comes without its command-line interface
from timeline.model import Article, DateMention, Event

__all__ = ["Article", "DateMention", "Event", "extract_events"]


def extract_events(text: str, *, published, title: str | None = None, url: str | None = None, **options):
    """See :func:`timeline.events.extract.extract_events` (imported lazily: it loads spaCy)."""
    from timeline.events.extract import extract_events as _extract

    return _extract(text, published=published, title=title, url=url, **options)
