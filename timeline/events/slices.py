"""Long texts in slices: extraction memory bounded by a slice, not by the article.

spaCy keeps arrays per token for a whole Doc: an 18.9 MB text needed one array of
3,150,000 × 384 floats (4.5 GiB). A text longer than :data:`SLICE_CHARS` is cut into
slices of at most that many characters, after a blank line where possible, else after a
line break, a sentence's end or a space (:func:`text_slices`); each slice's events are
extracted on their own and their offsets (``start``, ``end`` and those of each
``evidence`` entry) shifted back into the whole text (:func:`extract_in_slices`). News
articles, a few thousand characters, are never sliced. Across a cut, a narrative's date
or place does not carry over and repeats of one happening are not merged.

>>> list(text_slices("One.\\n\\nTwo.\\n\\nThree.", size=8))
[(0, 6), (6, 12), (12, 18)]
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator

from timeline.model import Event, article_id

SLICE_CHARS = 50_000
_CUTS = ("\n\n", "\n", ". ", "! ", "? ", " ")  # where a slice may end, best first

Extractor = Callable[..., list[Event]]


def text_slices(text: str, *, size: int = SLICE_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of consecutive slices covering ``text``, each at most ``size``
    characters and, where the text allows, at least half of that."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            end = _cut(text, start + size // 2, end)
        yield start, end
        start = end


def _cut(text: str, earliest: int, latest: int) -> int:
    for mark in _CUTS:
        at = text.rfind(mark, earliest, latest)
        if at != -1:
            return at + len(mark)
    return latest


def extract_in_slices(text: str, extract: Extractor, *, published: dt.date, title: str | None = None,
                      url: str | None = None, size: int = SLICE_CHARS) -> list[Event]:
    """``extract(slice, published=..., title=..., url=...)`` over each slice of ``text``: the
    events in document order, with offsets into ``text``, ``article_id`` the whole text's,
    and ids made from it (an id names the slice's start and the event within it)."""
    whole = article_id(text, published)
    events: list[Event] = []
    for start, end in text_slices(text, size=size):
        piece = text[start:end]
        if not piece.strip():
            continue
        for event in extract(piece, published=published, title=title, url=url):
            events.append(_shifted(event, start, whole))
    return events


def _shifted(event: Event, offset: int, whole: str) -> Event:
    event.start += offset
    event.end += offset
    for mention in event.evidence:
        for key in ("start", "end"):
            if isinstance(mention.get(key), int):
                mention[key] += offset
    event.id = hashlib.sha1(f"{whole}:{offset}:{event.id}".encode()).hexdigest()[:16]
    event.article_id = whole
    return event
