"""Temporal expressions in English news: recognition and TIMEX3 normalisation.

:func:`find_dates` finds dates, times, durations and sets in a text and resolves each
against the publication date (or, for anaphoric expressions such as "the following day",
against the previous date of the narrative). A hand-written recogniser of compiled
regular expressions (:mod:`timeline.dates._rules`) proposes spans; overlaps are settled
in favour of the longest; the survivors are normalised in document order.

>>> [(m.text, m.value) for m in find_dates("Talks resumed on Tuesday.", "2025-07-17")]
[('Tuesday', '2025-07-15')]

:func:`governing_date` picks, for a sentence or clause, the date mention an event in it
should be dated by.

May import: timeline.model, timeline.errors and timeline.sources (publication dates).
"""
from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Sequence

from timeline.dates._calendar import Resolved
from timeline.dates._context import DateContext
from timeline.dates._rules import RULES
from timeline.model import DateMention
from timeline.sources.pubdate import parse_published

__all__ = ["find_dates", "governing_date", "POINT_TYPES"]

log = logging.getLogger(__name__)

#: Mention types that denote a point or stretch on the calendar (they have an interval).
POINT_TYPES = frozenset({"DATE", "TIME"})

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|until|till|or|and)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"^\s*(?:or|-|–)\s*$", re.IGNORECASE)
_CONJOINED = re.compile(r"^\s*(?:and|&)\s*$", re.IGNORECASE)


def find_dates(text: str, published: dt.date | dt.datetime | str) -> list[DateMention]:
    """Find the temporal expressions in ``text`` and normalise them, in document order.

    ``published`` is the publication date every relative expression is resolved against;
    a missing or malformed one raises :class:`timeline.errors.PublicationDateError`.
    Impossible dates in the text (31 February, year 99999) are skipped, never raised.

    >>> m = find_dates("Troops may deploy in July.", "2025-03-02")[0]
    >>> (m.text, m.value, m.start_date.isoformat(), m.end_date.isoformat(), m.precision)
    ('July', '2025-07', '2025-07-01', '2025-07-31', 'month')
    """
    pub = parse_published(published)
    if not text or not text.strip():
        return []
    candidates = _candidates(text)
    ctx = DateContext(text, pub)
    mentions: list[DateMention] = []
    for start, end, rule, match in candidates:
        try:
            res = rule.handler(match, ctx)
        except (ValueError, OverflowError) as exc:  # impossible date in the text
            log.debug("skipped %r at %d: %s", match.group(), start, exc)
            continue
        if res is None:
            continue
        if res.start_date is not None and res.type in POINT_TYPES:
            ctx.last_point = (res.start_date, f"{res.value} (previous date in the text, {match.group()!r})")
        mentions.append(_mention(text, start, end, res))
    return _merge_ranges(text, mentions)


def _candidates(text: str) -> list[tuple[int, int, object, re.Match[str]]]:
    """All rule matches, overlaps removed (longest first, then rule priority), in order."""
    found = []
    for index, rule in enumerate(RULES):
        for match in rule.pattern.finditer(text):
            if match.end() > match.start():
                found.append((match.start(), match.end(), rule, match, index))
    found.sort(key=lambda c: (-(c[1] - c[0]), -c[2].priority, c[0], c[4]))
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping
    kept = []
    for start, end, rule, match, _ in found:
        i = bisect.bisect_left(taken, (start, end))
        if i > 0 and taken[i - 1][1] > start:
            continue
        if i < len(taken) and taken[i][0] < end:
            continue
        taken.insert(i, (start, end))
        kept.append((start, end, rule, match))
    kept.sort(key=lambda c: c[0])
    return kept


def _mention(text: str, start: int, end: int, res: Resolved) -> DateMention:
    return DateMention(start=start, end=end, text=text[start:end], type=res.type, value=res.value,
                       start_date=res.start_date, end_date=res.end_date,
                       precision=res.precision, anchor=res.anchor)


def _merge_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Give the first part of "from March to May", "between 1990 and 1995", "July or
    August" the interval of the whole range.

    Both parts stay mentions of their own (each is a temporal expression of the text and
    keeps its own value); the first part's ``end_date`` is stretched to the end of the
    second part and its anchor says so, so whoever dates an event by the first part gets
    the whole range.
    """
    for prev, m in zip(mentions, mentions[1:]):
        if not (prev.type in POINT_TYPES and m.type in POINT_TYPES and prev.precision == m.precision
                and prev.start_date and m.start_date and prev.end_date and prev.end_date < m.start_date):
            continue
        gap = text[prev.end:m.start]
        opened = _RANGE_OPEN.search(text[max(0, prev.start - 12):prev.start])
        adjacent_days = (prev.precision == "day" and _CONJOINED.match(gap) is not None
                         and (m.start_date - prev.end_date).days == 1)  # "April 24 and 25"
        if len(gap) <= 12 and (_ALTERNATIVE.match(gap) or adjacent_days or (opened and _RANGE_JOIN.match(gap))):
            prev.end_date = m.end_date
            prev.anchor = f"{prev.anchor}; range {prev.text!r} .. {m.text!r} up to {m.end_date.isoformat()}"
    return mentions


def governing_date(mentions: Sequence[DateMention], start: int, end: int,
                   *, published: dt.date | dt.datetime | str | None = None) -> DateMention | None:
    """The date mention that dates what is said in the span ``start``..``end`` (a sentence
    or clause of the same text ``mentions`` were found in).

    Rules, in order: the point-in-time mention (DATE/TIME with an interval) inside the span,
    the finest first, then the first; else the nearest such mention before the span within
    the text (the narrative carries its date forward); else ``None`` — the caller then
    falls back to the publication date. Vague references (PRESENT_REF, ...) and durations
    never govern. ``published`` is accepted for symmetry with :func:`find_dates` and unused.

    >>> ms = find_dates("On Monday rebels attacked. They withdrew later.", "2025-07-16")
    >>> governing_date(ms, 27, 47).value
    '2025-07-14'
    """
    del published
    dated = [m for m in mentions if m.type in POINT_TYPES and m.start_date is not None]
    inside = [m for m in dated if m.start >= start and m.end <= end]
    if inside:
        order = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "unknown": 6}
        return min(inside, key=lambda m: (order.get(m.precision, 6), m.start))
    before = [m for m in dated if m.end <= start]
    return before[-1] if before else None
