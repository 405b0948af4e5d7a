"""Offsets from a happening the text names: "a day after the vote", "days before the
summit", "two weeks after the attack", "three days after Easter", "the Monday after Easter".

They are resolved once every date of the text is known, against the date the text gives
that happening, found in this order:

1. a date that is the phrase itself or opens it: "after Easter", "before the 15 June vote";
2. the date the offset stands beside: "on Friday, two days after the shooting" — the offset
   names the same day as "Friday" (the shooting is two days earlier);
3. a date inside the phrase: "a week after his arrest on June 30";
4. an earlier mention of the same happening that the text dates: "The vote on Sunday
   passed calmly. A day after the vote, ..." — the date nearest that mention in its
   sentence.

When none is found the offset stays unresolved: value "XXXX-XX-XX", no interval, and
``relative_to``/``offset`` say what it counts from, for a caller that knows that date.
It is never counted from the publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Protocol

from timeline.dates import _calendar as cal
from timeline.dates._calendar import Offset, Resolved
from timeline.dates._context import DateContext


class _Found(Protocol):
    start: int
    end: int
    res: Resolved


#: How far a vague offset reaches: "days after" up to ten days, "weeks" eight weeks, ...
VAGUE_REACH = {"D": dt.timedelta(days=10), "W": dt.timedelta(weeks=8), "M": dt.timedelta(days=365),
               "Y": dt.timedelta(days=3650)}

_DETERMINERS = frozenset("the a an his her its their our this that these those last next mr ms mrs".split())
#: Words that end the head of a noun phrase: "the attack [on the convoy]", "the vote [in May]".
_PHRASE_STOP = frozenset("""on in at of by near against with from for that which who when where as during
into over under between after before since until while and or but""".split())
_PRONOUNS = frozenset("he she they it we i you there this".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: An offset set beside a date: "on Friday, two days after", "Sunday -- a day after".
_APPOSITION = re.compile(r"\s*(?:,|--|—|–)\s*(?:(?:just|only|some|about|nearly|almost|barely|exactly|more\s+than|less\s+than)\s+)?$", re.I)
#: Where the phrase after "before"/"after" ends: the clause's next punctuation or dash.
_PHRASE_BREAK = re.compile(r"[,.;:!?()\"\n]|\s--|\s—|\s–")
#: How far back (characters) an earlier mention of the happening is looked for.
_REACH = 3000


class PendingOffsets:
    """The offsets of a text waiting for their base, resolved in reading order: each as soon
    as the reader has passed the phrase it counts from, so that what follows ("the
    following day") counts from its result."""

    def __init__(self, text: str, found: list[_Found], ctx: DateContext) -> None:
        self.text, self.found, self.ctx = text, found, ctx
        self.waiting: list[tuple[int, int]] = []  # (phrase end, index in found)
        self.deferred: list[tuple[int, int]] = []  # the same, for the end of the text

    def add(self, index: int) -> None:
        offset = self.found[index].res.pending
        self.waiting.append((_phrase_end(self.text, offset.object_start), index))

    def resolve_before(self, position: int) -> None:
        """Resolve the offsets whose phrase ends before ``position``; one whose happening
        nothing before dates waits for the end of the text, where a later mention may."""
        final = position > len(self.text)
        ready = [w for w in self.waiting if w[0] <= position]
        if final:
            ready += self.deferred
            self.deferred = []
        if not ready:
            return
        self.waiting = [w for w in self.waiting if w[0] > position]
        for phrase_end, index in ready:
            if not resolve_offset(self.text, self.found, index, phrase_end, self.ctx, later=final):
                self.deferred.append((phrase_end, index))


def resolve_offset(text: str, found: Sequence[_Found], index: int, phrase_end: int, ctx: DateContext,
                   *, later: bool = True) -> bool:
    """Resolve the pending offset ``found[index]`` in place (see the module docstring).
    With ``later`` False, an offset from a happening that no earlier date resolves but a
    later mention may ("the day after the killing") is left pending (False); any other
    is resolved in the text's order, so that what follows can count from it."""
    item = found[index]
    offset = item.res.pending
    phrase = text[offset.object_start:phrase_end].strip()
    base, how = _base(text, found, index, offset, phrase_end, ctx, later=later)
    if base is None and how == "wait":
        return False  # resolved at the end of the text; any other is resolved now, in order
    item.res.pending = None
    item.res.relative_to = phrase or None
    if base is None and (month := _month_beside(text, found, index)) is not None:
        _within(item.res, month.res, f"the month beside it, {text[month.start:month.end]!r}")
    elif base is None:
        _undated(item, offset, phrase, ctx)
    elif how == "beside":
        _same_as(item.res, base.res, f"the day beside it, {text[base.start:base.end]!r}")
    else:
        _apply(item.res, offset, base.res, f"{item.res.offset} from {phrase!r}: {how} "
                                            f"{text[base.start:base.end]!r} ({base.res.value})")
    res = item.res
    if res.start_date is not None and res.precision == "day":
        ctx.last_day, ctx.last_vague = (res.start_date, text[item.start:item.end]), None
        ctx.last_day_end = item.end
    elif res.start_date is not None and res.precision == "unknown":
        ctx.last_vague = (res.start_date, res.end_date, text[item.start:item.end])
    return True


def _undated(item: _Found, offset: Offset, phrase: str, ctx: DateContext) -> None:
    """An offset from a happening the text does not date. A vague one in a clause that
    reports the past ("just days before Lavrov's visit, Russia launched ...") is bounded
    by what the text does say: it came before the publication, within the reach of its
    amount; its value stays unresolved. Any other stays without an interval."""
    res = item.res
    res.anchor = f"counted from {phrase!r}, which the text does not date"
    if offset.amount is None and offset.unit in VAGUE_REACH and ctx.tense(item.start, item.end) == "past":
        last = ctx.published - dt.timedelta(days=1)
        res.start_date, res.end_date, res.precision = last - VAGUE_REACH[offset.unit] + dt.timedelta(days=1), last, "unknown"
        res.anchor += (f"; reported as past, so within {VAGUE_REACH[offset.unit].days} days before the "
                       f"publication date {ctx.published.isoformat()} (a bound, not a date)")


def _phrase_end(text: str, start: int) -> int:
    """The end of the noun phrase (or date) that starts at ``start``: the clause's next
    punctuation, at most 80 characters on."""
    found = _PHRASE_BREAK.search(text, start, min(len(text), start + 80))
    return found.start() if found else min(len(text), start + 80)


def _base(text: str, found: Sequence[_Found], index: int, offset: Offset, phrase_end: int,
          ctx: DateContext, *, later: bool = True) -> tuple[_Found | None, str]:
    near = offset.object_start - _REACH
    dated = [f for f in found if f.end >= near and fixed(f)]
    segment = text[offset.object_start:phrase_end]
    first_char = offset.object_start + len(segment) - len(segment.lstrip())
    article = re.match(r"the\s+", text[first_char:phrase_end], re.I)
    opening = first_char + (article.end() if article else 0)
    for f in dated:
        if f.start in (first_char, opening):
            return f, "the date"
    item = found[index]
    if index > 0 and offset.unit != "WD":
        before = found[index - 1]
        if (before.res.start_date is not None and before.res.precision == "day" and before.res.pending is None
                and _APPOSITION.match(text[before.end:item.start])):
            return before, "beside"
    inside = [f for f in dated if offset.object_start <= f.start < phrase_end]
    if inside:
        return inside[0], "the date in the phrase"
    head_word = _family_word(text[offset.object_start:phrase_end]) or _head(text[offset.object_start:phrase_end])
    if head_word is None:
        return None, ""
    earlier = earlier_date(text, dated, head_word, item.start, ctx)
    exact = offset.amount is not None and offset.unit in ("D", "W")
    if earlier is not None and (earlier.res.precision == "day" or not exact):
        return earlier, f"the {head_word} dated by"
    family = _family_of(head_word) is not None
    if family and not later:
        return None, "wait"  # a later mention may date it (better)
    after = _later_date(text, found, head_word, phrase_end) if family else None
    if after is not None and (earlier is None or after.res.precision == "day"):
        # "13 days after the embassy bombings" when only "bombings this month" came before
        return after, f"the {head_word} dated later in the text by"
    if earlier is not None:
        return earlier, f"the {head_word} dated by"
    return None, ""


def _family_word(phrase: str) -> str | None:
    """The word of a happening family in a clause ("after a sniper killed the doctor in
    his kitchen": "killed"), which names the happening better than the clause's last noun."""
    return next((word.lower() for word in _WORD.findall(phrase) if _family_of(word) is not None), None)


def _head(phrase: str) -> str | None:
    """The head noun of "the deadly embassy bombings in Nairobi" ("bombings"), or None when
    the phrase is a clause ("he was arrested") rather than a noun phrase."""
    words = _WORD.findall(phrase)
    if not words or words[0].lower() in _PRONOUNS:
        return None
    if words[0].lower() not in _DETERMINERS and not words[0][0].isupper():
        return None
    body = []
    for word in words[1:] if words[0].lower() in _DETERMINERS else words:
        if word.lower() in _PHRASE_STOP:
            break
        body.append(word)
    if not body:
        return None
    return body[-1].lower().rstrip("'’s") if body[-1].lower().endswith(("'s", "’s")) else body[-1].lower()


def _stem(word: str) -> str:
    """Enough of a noun to find its other forms: "votes", "voting", "voted" for "vote"."""
    word = re.sub(r"(?:ies|es|s)$", "", word) if len(word) > 4 else word
    return word[:max(4, len(word) - 2)] if len(word) > 5 else word.rstrip("e")


#: Between a happening's noun and the date after it: a few words of the same clause ("the
#: vote on Sunday", "the summit opened in Geneva on July 3"), no clause break.
_NOUN_TO_DATE = re.compile(r"^(?:\s+[\w'’-]+){0,7}\s+$")
#: Between a date and the noun after it: a modifier ("Sunday's vote", "the June 20 attack").
_DATE_TO_NOUN = re.compile(r"^(?:['’]s)?(?:\s+(?!(?:with|of|for|in|on|at|by|and|or|to|from|after|before)\b)[\w-]+){0,2}\s+$", re.I)


#: Words news uses in turn for one happening: "the Oct. 23 killing of the doctor ... the day
#: after his death ... ten days before the shooting" are one event, and so are "the
#: bombing", "the blast" and "the attack", or "the vote" and "the election". A head word
#: of a family finds an earlier mention by any word of it.
#: Each family: (its words, the past-tense verbs among them, which a date earlier in their
#: sentence dates).
_FAMILIES = (
    (r"kill(?:s|ed|ing|ings)?|murder(?:s|ed|ing)?|slay(?:s|ing|ings)?|slain|shoot(?:s|ing|ings)?|shot|gunned|"
     r"deaths?|died|assassinat(?:ed|ion|ions)", "killed|murdered|slain|shot|died|gunned|assassinated"),
    # "A bomb exploded on 2 September. A week after the explosion, ...": the verb of the blast too
    (r"attack(?:s|ed)?|bomb(?:s|ed|ing|ings)|blasts?|explosions?|exploded|detonat(?:ed|ions?)",
     "bombed|attacked|exploded|detonated"),
    # "The dam failed on 2 September. A week after the failure, ...": a structure giving way
    (r"failed|failures?|collaps(?:e|es|ed)|breach(?:es|ed)?", "failed|collapsed|breached"),
    (r"votes?|voted|voting|elections?|ballots?|referend(?:um|ums|a)|polls|plebiscites?|run-?offs?", "voted"),
    (r"arrest(?:s|ed)?|detention|detained", "arrested|detained"),
    # "Fighting erupted on 30 December. Four days after the clashes, ...": one battle
    (r"fighting|fights?|fought|clash(?:es|ed)?|battles?|skirmish(?:es)?|hostilities", "fought|clashed"),
    # "The earthquake struck on Tuesday. Three days after the quake, ...": one disaster
    (r"(?:earth)?quakes?|tremors?|temblors?", None),
    (r"storms?|hurricanes?|typhoons?|cyclones?|landfall", None),
    (r"fires?|blazes?|wildfires?|infernos?", None),
    (r"protests?|protested|demonstrations?|rall(?:y|ies)|(?-i:march)|marches|unrest|riots?|rioting", "protested"),
    (r"sank|sunk|sinking|capsiz(?:ed|ing)|shipwreck", "sank|capsized"),
    (r"invasion|invaded|invade|incursion", "invaded"),
    (r"coups?|putsch|takeover", None),
    (r"crash(?:es|ed)?|collisions?|derailment|accident", "crashed"),
)
_HAPPENING_FAMILIES = [re.compile(f"(?:{words})", re.I) for words, _ in _FAMILIES]
_FAMILY_VERB = re.compile("|".join(verbs for _, verbs in _FAMILIES if verbs), re.I)


def _family_of(word: str) -> re.Pattern[str] | None:
    """The family of happening words ``word`` belongs to (:data:`_HAPPENING_FAMILIES`), or None."""
    return next((family for family in _HAPPENING_FAMILIES if family.fullmatch(word)), None)


def _head_pattern(head: str) -> re.Pattern[str]:
    """What finds the other mentions of a happening whose head word is ``head``."""
    family = _family_of(head)
    if family is not None:
        return re.compile(rf"\b{family.pattern}\b", re.I)
    return re.compile(rf"\b{re.escape(_stem(head))}\w*", re.I)


def fixed(f: _Found) -> bool:
    """True for a mention that is a date of its own: resolved, not an offset, a point in time."""
    return f.res.pending is None and f.res.start_date is not None and f.res.type in ("DATE", "TIME") \
        and f.res.offset is None


def earlier_date(text: str, dated: Sequence[_Found], head: str, before: int, ctx: DateContext) -> _Found | None:
    """The date the text gives an earlier mention of ``head`` (or of a word of its family,
    see :data:`_HAPPENING_FAMILIES`): a date in the same clause right after it ("the vote
    on Sunday", "the attack on the convoy took place on June 20") or a date modifying it
    ("Sunday's vote"); the mention nearest before wins."""
    pattern = _head_pattern(head)
    occurrences = list(pattern.finditer(text, max(0, before - _REACH), before))
    for occurrence in reversed(occurrences):
        for f in dated:
            if f.start >= before:
                break
            if f.start >= occurrence.end() and _NOUN_TO_DATE.match(text[occurrence.end():f.start]):
                return f
            if f.end <= occurrence.start() and _DATE_TO_NOUN.match(text[f.end:occurrence.start()]):
                return f
        if _FAMILY_VERB.fullmatch(occurrence.group()):
            # a verb of the family with a date earlier in its sentence ("was eating in his
            # kitchen last fall when he was gunned down"): that date is the happening's
            s_start, _ = ctx.sentence_bounds(occurrence.start())
            in_sentence = [f for f in dated if s_start <= f.start and f.end <= occurrence.start()
                           and f.res.precision != "unknown"]
            if in_sentence:
                return in_sentence[-1]
    return None


def family_verb(word: str) -> bool:
    """True for a verb of a happening family ("shot", "killed", "arrested")."""
    return _FAMILY_VERB.fullmatch(word) is not None


def _later_date(text: str, found: Sequence[_Found], head: str, after: int) -> _Found | None:
    """When no earlier mention dates the happening, the first later one that does, in the
    same way ("Retaliating 13 days after the embassy bombings, ... The embassy bombings, on
    Aug. 7, killed 247 people"): news often gives the date in a background paragraph."""
    pattern = _head_pattern(head)
    dated = [f for f in found if after <= f.start <= after + _REACH and fixed(f)]
    for occurrence in pattern.finditer(text, after, min(len(text), after + _REACH)):
        for f in dated:
            if f.start >= occurrence.end() and _NOUN_TO_DATE_LATER.match(text[occurrence.end():f.start]):
                return f
            if f.end <= occurrence.start() and f.start >= after and _DATE_TO_NOUN.match(text[f.end:occurrence.start()]):
                return f
    return None


#: As :data:`_NOUN_TO_DATE`, or an apposition: "The embassy bombings, on Aug. 7, killed ...".
_NOUN_TO_DATE_LATER = re.compile(r"^(?:(?:\s+[\w'’-]+){0,7}\s+|,\s+(?:on\s+|in\s+)?)$")


def _month_beside(text: str, found: Sequence[_Found], index: int) -> _Found | None:
    """The month an offset from an undated happening stands beside: "In January, a week
    after the anniversary of the ruling, a clinic was bombed" names a day of that January."""
    if index == 0:
        return None
    before = found[index - 1]
    if (before.res.precision == "month" and before.res.start_date is not None and before.res.pending is None
            and _APPOSITION.match(text[before.end:found[index].start])):
        return before
    return None


def _within(res: Resolved, month: Resolved, how: str) -> None:
    res.value, res.start_date, res.end_date, res.precision = month.value, month.start_date, month.end_date, "month"
    res.anchor = f"{res.offset} from {res.relative_to!r}, which the text does not date: a day of {how}"


def _same_as(res: Resolved, base: Resolved, how: str) -> None:
    res.value, res.start_date, res.end_date, res.precision = base.value[:10], base.start_date, base.start_date, "day"
    res.anchor = f"{res.offset} from {res.relative_to!r}, the offset naming {how}"


def _apply(res: Resolved, offset: Offset, base: Resolved, how: str) -> None:
    """Count ``offset`` from ``base`` into ``res``."""
    day = base.start_date
    if offset.unit == "WD":
        direction = "strict_future" if offset.sign > 0 else "strict_past"
        anchor_day = base.end_date if offset.sign > 0 else base.start_date
        nth = offset.amount or 1
        moved = cal.day_ref(cal.nearest_weekday(anchor_day, offset.weekday, direction)
                            + dt.timedelta(weeks=offset.sign * (nth - 1)))
    elif offset.amount is None:
        reach = VAGUE_REACH[offset.unit]
        # "days before the vote on 23 October", or before a killing dated only "last fall":
        # the days lie within the reach before any day of the happening.
        if offset.sign > 0:
            first, last = base.start_date + dt.timedelta(days=1), base.end_date + reach
        else:
            first, last = base.start_date - reach, base.end_date - dt.timedelta(days=1)
        if base.end_date - base.start_date > reach:
            # The happening is dated coarser than the amount reaches (days before a killing
            # "last fall"): the value is the happening's own (1998-FA), which they mostly share.
            moved = Resolved(base.value, "DATE")
        else:
            # The value: the coarser unit at the happening's side ("weeks before 23 October":
            # October), the interval: the reach of the vague amount.
            near = base.end_date + dt.timedelta(days=1) if offset.sign > 0 else base.start_date - dt.timedelta(days=1)
            moved = cal.unit_ref(near, {"D": "M", "W": "M", "M": "Y", "Y": "DE"}[offset.unit])
        moved.start_date, moved.end_date, moved.precision = first, last, "unknown"
    elif "/" in base.value and offset.unit in ("D", "W"):
        # a festival of some days or weeks ("a week before Ramadan"): from its first day,
        # or after its last
        edge = base.start_date if offset.sign < 0 else base.end_date
        moved = cal.day_ref(cal.shift_date(edge, offset.unit, offset.sign * offset.amount))
    elif base.precision == "day" or offset.unit == "Y" or (offset.unit == "M" and base.precision == "month"):
        shifted = cal.shift_date(day, offset.unit, offset.sign * offset.amount)
        unit = {"D": "D", "W": "D", "M": "M" if base.precision != "day" else "D", "Y": "Y"}[offset.unit]
        if offset.unit == "M" and base.precision == "day":
            unit = "M"  # "two months after the ceasefire": about that month
        moved = cal.unit_ref(shifted, unit)
    else:
        res.anchor = f"{how}: too coarse a date ({base.precision}) to count {res.offset} from"
        return
    res.value, res.start_date, res.end_date, res.precision = moved.value, moved.start_date, moved.end_date, moved.precision
    res.anchor = how
