"""Temporal expressions in English text: recognition and TIMEX3 normalisation.

:func:`find_dates` finds dates, times, durations and sets in a text and resolves each
against the publication date (or, for anaphoric expressions such as "the following day",
against the previous date of the narrative). Hand-written rules of compiled regular
expressions propose spans; overlaps are settled in favour of the longest (a rule that
rejects its match gives way to the shorter matches inside it); the survivors are
normalised in document order. The rules, by family:

- :mod:`._rules`: names of days and months in any case, days of the month ("the second
  of December", "Tuesday the 19th", "on the 3rd"), years, decades, centuries, seasons,
  quarters, relative units ("last decade"), deictic days, parts of days, vague references,
  durations and sets;
- :mod:`._numeric`: dates in digits, day and month ordered by the numbers, the caller's
  ``day_first``, the text's own dates or the separator;
- :mod:`._spans`: "the past three days", "next 3 weeks" as whole calendar units;
- :mod:`._compound`: "the last Monday of March", "Wednesday of next week", "end of month";
- :mod:`._holidays`: feasts and national days (calendars in :mod:`._astro`);
- :mod:`._anchored`: "two days after the vote", counted from the date the text gives the
  vote, else left unresolved.

Conventions: without a year or a modifier, a clause's tense decides the direction (a
phrase standing alone looks ahead, news without a cue looks back); a week is a week and a
month a month (early/mid/late narrow the interval, never the value); a day or month
without a year in a chronicle takes the year of its own dated sentence.

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
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from timeline.dates._calendar import Resolved, count_back, day_ref, month_ref, week_ref
from timeline.dates._context import DateContext, Point
from timeline.dates._rules import ORDINAL_WORDS, RULES, text_words
from timeline.dates import _compound, _holidays, _numeric, _spans  # noqa: F401  (they register their rules)
from timeline.dates._anchored import PendingOffsets
from timeline.dates import _anchored
from timeline.model import DateMention
from timeline.sources.pubdate import parse_published

__all__ = ["find_dates", "governing_date", "count_back", "POINT_TYPES", "ORDINAL_WORDS"]

log = logging.getLogger(__name__)

#: Mention types that denote a point or stretch on the calendar (they have an interval).
POINT_TYPES = frozenset({"DATE", "TIME"})

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|until|till|or|and)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"^\s*(?:or|-|–)\s*$", re.IGNORECASE)
#: "Aug 4 through Aug 8", "Monday until Wednesday": a range even without "from".
_THROUGH = re.compile(r"^\s*(?:through|thru|until|till)\s*$", re.IGNORECASE)
_CONJOINED = re.compile(r"^\s*(?:and|&)\s*$", re.IGNORECASE)
#: "lived there 1975 to 1980", "ran 30 October to 2 November": two years, months or days of the
#: month joined by "to" are a range even without "from" (not two weekdays, "moved Monday to Friday",
#: nor two times of day, "noon to 10 p.m. Saturday").
_TO = re.compile(r"^\s*to\s*$", re.IGNORECASE)


def find_dates(text: str, published: dt.date | dt.datetime | str, *,
               day_first: bool | None = None,
               countries: Sequence[str | None] | None = None) -> list[DateMention]:
    """Find the temporal expressions in ``text`` and normalise them, in document order.

    ``published`` is the publication date every relative expression is resolved against;
    a missing or malformed one raises :class:`timeline.errors.PublicationDateError`.
    ``day_first`` is the source's convention for numeric dates such as "05/04/2021" (True:
    day first, as in Europe; False: month first, as in the US); left None, the text's own
    unambiguous dates decide, else its spelling ("colour", "organisers": day first), else
    the separator (dots: day first). Extraction passes the source's convention read from the
    article's address (:func:`timeline.sources.ingest.source_day_first`: "bbc.co.uk" day
    first, ".gov" month first, a generic ".com" None, left to the text). When the text's dates
    and spelling do not settle the order either, the country it is set in does ("the fair on
    01/03/2026 in Leeds": day first): ``countries``, the ISO codes of the countries of the
    places a caller's geoparser found (its dateline's, when it has one), else a light
    gazetteer lookup of the dateline and the names after "in", "at", "near".
    Impossible dates in the text (31 February, year 99999) are skipped, never raised.

    >>> m = find_dates("Troops may deploy in July.", "2025-03-02")[0]
    >>> (m.text, m.value, m.start_date.isoformat(), m.end_date.isoformat(), m.precision)
    ('July', '2025-07', '2025-07-01', '2025-07-31', 'month')
    """
    pub = parse_published(published)
    if not text or not text.strip():
        return []
    candidates = _candidates(text)
    ctx = DateContext(text, pub, day_first=day_first, countries=countries)
    found: list[_Found] = []
    offsets = PendingOffsets(text, found, ctx)
    for start, end, rule, match in candidates:
        offsets.resolve_before(start)  # "days before the vote on Sunday": once "Sunday" is read
        last_day = ctx.last_day
        try:
            res = rule.handler(match, ctx)
        except (ValueError, OverflowError) as exc:  # impossible date in the text
            log.debug("skipped %r at %d: %s", match.group(), start, exc)
            res = None
        if res is None:
            candidates.send(False)  # the shorter matches inside it get their turn
            continue
        if res.start_date is not None and res.type in POINT_TYPES:
            anchor = res.anchor or ""
            ctx.last_point = Point(res.start_date, res.precision, end,
                                   f"{res.value} (previous date in the text, {match.group()!r})",
                                   deictic="publication date" in anchor)
            ctx.note(start, end, res.start_date, res.precision, explicit=anchor.startswith("explicit"),
                     deictic="publication date" in anchor)
        found.append(_Found(start, end, res))
        if ctx.last_day is not last_day:
            ctx.last_day_end = end
        if res.pending is not None:
            offsets.add(len(found) - 1)
    offsets.resolve_before(len(text) + 1)
    _week_ended(text, found)
    _clock_day_in_clause(text, found, ctx)
    _merge_ranges(text, found, pub)
    return [_mention(text, f.start, f.end, f.res) for f in found]


@dataclass
class _Found:
    """A normalised match before it becomes a :class:`DateMention`."""

    start: int
    end: int
    res: Resolved


_Match = tuple[int, int, object, "re.Match[str]", int]  # start, end, rule, match, rule index


def _all_matches(text: str) -> list[_Match]:
    """Every match of every rule, the preferred first (longest, then rule priority)."""
    found = []
    words = text_words(text)
    for index, rule in enumerate(RULES):
        if not rule.may_match(words):
            continue
        for match in rule.pattern.finditer(text):
            if match.end() > match.start():
                found.append((match.start(), match.end(), rule, match, index))
    found.sort(key=lambda c: (-(c[1] - c[0]), -c[2].priority, c[0], c[4]))
    return found


def _select(matches: list[_Match]) -> list[_Match]:
    """Non-overlapping matches in order of preference, returned in document order."""
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping
    kept = []
    for candidate in matches:
        start, end = candidate[0], candidate[1]
        i = bisect.bisect_left(taken, (start, end))
        if i > 0 and taken[i - 1][1] > start:
            continue
        if i < len(taken) and taken[i][0] < end:
            continue
        taken.insert(i, (start, end))
        kept.append(candidate)
    kept.sort(key=lambda c: c[0])
    return kept


def _candidates(text: str) -> Iterator[tuple[int, int, object, "re.Match[str]"]]:
    """The matches to normalise, in document order; overlaps are settled in favour of the
    longest (then the rule's priority). ``send(False)`` after a candidate its handler
    rejected ("Thursday, the first of a planned ..." is no "Thursday the 1st") brings the
    best of the shorter matches inside it next ("Thursday")."""
    matches = _all_matches(text)
    queue = deque(_select(matches))
    by_start = sorted(matches, key=lambda c: c[0])  # for the matches inside a rejected one
    starts = [c[0] for c in by_start]
    tried: set[int] = set()  # each match is offered once: two rules' matches of one span
    while queue:             # must not bring each other back when both are rejected
        start, end, rule, match, index = queue.popleft()
        tried.add(id(match))
        accepted = yield start, end, rule, match
        if accepted is False:
            lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            inside = [c for c in by_start[lo:hi] if c[1] <= end and id(c[3]) not in tried]
            inside.sort(key=lambda c: (-(c[1] - c[0]), -c[2].priority, c[0], c[4]))
            queue.extendleft(reversed(_select(inside)))
            yield None  # answers the send()


def _mention(text: str, start: int, end: int, res: Resolved) -> DateMention:
    return DateMention(start=start, end=end, text=text[start:end], type=res.type, value=res.value,
                       start_date=res.start_date, end_date=res.end_date,
                       precision=res.precision, anchor=res.anchor,
                       relative_to=res.relative_to, offset=res.offset)


_WEEK_ENDED = re.compile(r"\bthe\s+week\s+(?:ended|ending|to)\s+(?:on\s+)?$", re.IGNORECASE)


def _week_ended(text: str, found: list[_Found]) -> None:
    """ "Stocks fell in the week ended Oct. 25", "in the week to Friday": the seven days up
    to that day, a week (the ISO week holding most of them), not the day itself. The
    mention grows to take in "the week ended"; a bare "the week" found before it goes."""
    for i, f in enumerate(found):
        res = f.res
        if res.type not in POINT_TYPES or res.precision != "day" or res.start_date is None:
            continue
        head = _WEEK_ENDED.search(text, max(0, f.start - 30), f.start)
        if head is None:
            continue
        last = res.start_date
        week = week_ref(last - dt.timedelta(days=3))
        week.start_date, week.end_date = last - dt.timedelta(days=6), last
        week.anchor = f"the seven days up to {last.isoformat()} ({res.anchor})"
        f.start, f.res = head.start(), week
    found[:] = [f for i, f in enumerate(found)
                if not (i + 1 < len(found) and f.end > found[i + 1].start)]


_CLAUSE_BREAK = re.compile(r"[,;:()\n]|\s--|\s—|\b(?:said|says|told|tells|reported|announced|and|but|when|while)\b", re.IGNORECASE)


def _clock_day_in_clause(text: str, found: list[_Found], ctx: DateContext) -> None:
    """A bare clock time ("at 6 a.m.") takes the day named later in its own clause ("a
    jogger saw the car at 6 a.m. near the house 10 days before the murder"), not the
    narrative's previous day: a few words on, with no comma, conjunction or reporting verb
    between (in "at 10 a.m., police said Monday" Monday dates the saying). Right before the
    day ("at noon the day before", "at 6 a.m. two days ago") the two are one mention, as a
    day right before the time is ("the day after tomorrow at 5pm")."""
    joined: set[int] = set()
    for i, f in enumerate(found):
        res = f.res
        if res.inferred != "day" or res.type != "TIME":
            continue
        if i and i - 1 not in joined and _take_date_before(text, found[i - 1], f):
            joined.add(i - 1)
            continue
        if i + 1 < len(found) and _take_clause_day(text, f, found[i + 1], ctx):
            if not text[f.end:found[i + 1].start].strip():
                f.end = found[i + 1].end  # "at 6 a.m. ten days before the shooting": one time of that day
                joined.add(i + 1)
        else:
            if _GENERIC_CLOCK_BEFORE.search(text, max(0, f.start - 4), f.start) and re.match(r"\s+[a-z]", text[f.end:f.end + 2]):
                # "adopted a 9 p.m. closing time": a time of any day, naming no day
                res.value, res.start_date, res.end_date, res.precision = res.value[10:], None, None, "unknown"
                res.anchor = "a time of day as an attribute ('a 9 p.m. closing time'): no particular day"
                continue
            _take_happening_day(text, found, i, ctx)
    if joined:
        found[:] = [f for i, f in enumerate(found) if i not in joined]


#: An indefinite article before a bare clock time used as an attribute ("a 9 p.m. closing time").
_GENERIC_CLOCK_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
#: Between a day and its clock time: "12 Aug 2012 10:22", "the day after tomorrow at 5pm".
_DATE_CLOCK_GAP = re.compile(r"\s*,?\s*(?:at\s+)?")


def _take_date_before(text: str, d: _Found, f: _Found) -> bool:
    """A bare clock time right after a day ("7/17 4pm", "the day after tomorrow at 5pm") is a
    time of that day: one mention, the time's value on that day."""
    day = d.res
    if day.type != "DATE" or day.precision != "day" or day.start_date is None or day.end_date != day.start_date:
        return False
    if not _DATE_CLOCK_GAP.fullmatch(text[d.end:f.start]):
        return False
    _set_day(f.res, day.start_date, f"the day right before it, {text[d.start:d.end]!r}")
    f.start = d.start
    return True


#: The same clock time told in another zone, in brackets after it: "at 2am local time (0100 UTC)
#: on Friday", "at 14:30 local time (1230 GMT) on Sunday". An aside, not a break of the clause.
_ZONE_ASIDE = re.compile(r"\s*\(\s*\d{1,2}:?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:UTC|GMT)\s*\)", re.IGNORECASE)


def _take_clause_day(text: str, f: _Found, g: _Found, ctx: DateContext) -> bool:
    """See :func:`_clock_day_in_clause`."""
    res, day = f.res, g.res
    if day.type != "DATE" or day.precision != "day" or day.start_date is None:
        return False
    gap = _ZONE_ASIDE.sub(" ", text[f.end:g.start])
    if len(gap) > 60 or _CLAUSE_BREAK.search(gap) or re.search(r"[.!?]", gap):
        return False
    if ctx.sentence_bounds(f.start) != ctx.sentence_bounds(g.start):
        return False
    _set_day(res, day.start_date, f"the day its clause names, {text[g.start:g.end]!r}")
    return True


#: A happening's verb right before a clock time: "was shot to death at 10 p.m.".
_VERB_BEFORE_CLOCK = re.compile(r"\b([A-Za-z]+)(?:\s+(?:to\s+death|dead|down|up))?\s+(?:at|around|about|shortly\s+(?:before|after))\s+$")


def _take_happening_day(text: str, found: list[_Found], i: int, ctx: DateContext) -> None:
    """ "Slepian ... was shot to death at 10 p.m.": a bare clock time right after the verb
    of a happening the text has dated to a day ("shot to death last Oct. 23") is that day's,
    when its own sentence names no day."""
    f = found[i]
    verb = _VERB_BEFORE_CLOCK.search(text, max(0, f.start - 40), f.start)
    if verb is None or not _anchored.family_verb(verb.group(1)):
        return
    s_start, s_end = ctx.sentence_bounds(f.start)
    if any(g.res.precision == "day" and g is not f and s_start <= g.start < s_end for g in found):
        return
    dated = [g for g in found if _anchored.fixed(g) and g.res.precision == "day" and g.res.inferred != "day"]
    base = _anchored.earlier_date(text, dated, verb.group(1), verb.start(1), ctx)
    if base is not None and base.res.precision == "day":
        _set_day(f.res, base.res.start_date, f"the day of the {verb.group(1)} dated by {text[base.start:base.end]!r}")


def _set_day(res: Resolved, day: dt.date, why: str) -> None:
    res.value = day.isoformat() + res.value[10:]
    res.start_date = res.end_date = day
    res.anchor = f"time of day on {day.isoformat()} ({why})"


def _merge_ranges(text: str, found: list[_Found], published: dt.date) -> None:
    """Give the first part of "from March to May", "between 1990 and 1995", "July or
    August" the interval of the whole range.

    Both parts stay mentions of their own (each is a temporal expression of the text and
    keeps its own value); the first part's ``end_date`` is stretched to the end of the
    second part and its anchor says so, so whoever dates an event by the first part gets
    the whole range. A first part without a year takes the second's ("between March and
    May 2020"); of two bare weekdays the first comes before the second ("from Monday to
    Wednesday").
    """
    for prev_found, cur_found in zip(found, found[1:]):
        prev, cur = prev_found.res, cur_found.res
        if not (prev.type in POINT_TYPES and cur.type in POINT_TYPES and prev.start_date and cur.start_date
                and prev.end_date and cur.end_date):
            continue
        gap = text[prev_found.end:cur_found.start]
        if len(gap) > 12:
            continue
        opened = _RANGE_OPEN.search(text[max(0, prev_found.start - 12):prev_found.start])
        through = _THROUGH.match(gap)
        if prev.precision != cur.precision:
            # "from August to May 1, 2027": a month to a day, with "from" or "through"
            if not ((prev.precision, cur.precision) == ("month", "day") and prev.type == cur.type == "DATE"
                    and (opened or through) and (_TO.match(gap) or through)):
                continue
        joined = (_ALTERNATIVE.match(gap) or through or (opened and _RANGE_JOIN.match(gap))
                  or (_TO.match(gap) and prev.precision in ("day", "month", "year") and prev.type == cur.type == "DATE"
                      and prev.inferred != "week" and cur.inferred != "week"))
        if joined:
            _fit_range_ends(prev, cur, published)
        if not prev.end_date < cur.start_date:
            continue
        adjacent_days = (prev.precision == "day" and _CONJOINED.match(gap) is not None
                         and (cur.start_date - prev.end_date).days == 1)  # "April 24 and 25"
        if joined or adjacent_days:
            prev.end_date = cur.end_date
            prev.anchor = (f"{prev.anchor}; range {text[prev_found.start:prev_found.end]!r} .. "
                           f"{text[cur_found.start:cur_found.end]!r} up to {cur.end_date.isoformat()}")


def _fit_range_ends(first: Resolved, second: Resolved, published: dt.date) -> None:
    """Make the start of a range come before its end when the normaliser guessed a year or
    a week for one of them: the year the text gives the other end, or the week before."""
    if first.inferred == "year" and second.inferred is None and first.precision in ("day", "month"):
        year = second.start_date.year
        if (first.start_date.month, first.start_date.day) > (second.start_date.month, second.start_date.day):
            year -= 1  # "from December to February 2021"
        shift_years = year - first.start_date.year
        if shift_years:
            _move(first, years=shift_years)
    elif first.inferred == "week" and second.inferred == "week" and first.start_date > second.start_date:
        if second.start_date <= published:
            _move(first, days=-7)
        else:
            _move(second, days=7)
    elif (first.inferred == "week" and second.inferred == "week" and first.precision == "day"
          and (second.start_date - first.start_date).days >= 7):
        # "from Thursday until Saturday" (the office was shut): the Saturday after that Thursday
        _move(second, days=-7 * ((second.start_date - first.start_date).days // 7))
    elif first.inferred == "week" and second.precision == "day" and second.inferred is None:
        # "from Monday to Wednesday last week": the Monday of the days up to that Wednesday
        back = (second.start_date.weekday() - first.start_date.weekday()) % 7
        _move(first, days=(second.start_date - dt.timedelta(days=back) - first.start_date).days)


def _move(res: Resolved, *, years: int = 0, days: int = 0) -> None:
    """Shift a day or month result by whole years or days, value and interval alike."""
    if res.precision == "month":
        year = res.start_date.year + years
        moved = month_ref(year, res.start_date.month)
        # a part of the month ("from mid-March to the end of May 2020") keeps its days
        moved.start_date = moved.start_date.replace(day=res.start_date.day)
        if (res.end_date.year, res.end_date.month) == (res.start_date.year, res.start_date.month):
            moved.end_date = moved.end_date.replace(day=min(res.end_date.day, moved.end_date.day))
    else:
        day = res.start_date.replace(year=res.start_date.year + years) + dt.timedelta(days=days)
        moved = day_ref(day)
        moved.value += res.value[10:]  # a time of day stays
    res.value, res.start_date, res.end_date = moved.value, moved.start_date, moved.end_date
    res.anchor = f"{res.anchor}; moved to fit its range"


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
