"""Event extraction: one event per reported happening, with its evidence.

The text is parsed once (sentences, dependencies, entities); places come from
:func:`geodata.geoparse` and dates from :func:`timeline.dates.find_dates` over the same
text. A sentence yields an event from its main trigger word (:mod:`timeline.triggers`),
and one more for each further trigger with a place of its own; each event has the actors
around its trigger (:mod:`timeline.actors`), the place it happened (:mod:`timeline.locate`)
and the date that governs its clause — else the date of the narrative so far, else the
publication date marked as such. Mentions of the same happening (same type, compatible
doer, place and date) are merged into one event carrying all its evidence.
Datelines ("PORT SUDAN, March 18 —") are blanked out first (:mod:`timeline.dateline`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc, Span, Token

from geodata import geoparse
from geodata.model import PlaceMention
from timeline.actors import Actor, ActorResolver
from timeline.dateline import find_datelines, mask
from timeline.dates import find_dates
from timeline.locate import Location, Locator
from timeline.model import DateMention, Event, article_id
from timeline.nlp import parse
from timeline.pubdate import parse_published
from timeline.triggers import (CROWD_CONTROL, HARM_VERBS, SAY_VERBS, TYPE_RANK, mode_of, noun_type,
                               verb_type)

logger = logging.getLogger(__name__)

POINT_TYPES = {"DATE", "TIME"}


@dataclass
class _Trigger:
    token: Token
    event_type: str
    strength: float  # how surely the word names a happening


def extract_events(text: str, *, published: dt.date | dt.datetime | str, title: str | None = None,
                   url: str | None = None, doc: Doc | None = None) -> list[Event]:
    """The events an article reports, in document order.

    >>> events = extract_events("Police arrested 14 people in Nairobi on Tuesday.",
    ...                         published="2025-07-10")
    >>> events[0].event_type, events[0].place_name, str(events[0].date_start)
    ('arrest', 'Nairobi', '2025-07-08')
    """
    day = parse_published(published)
    if not text or not text.strip():
        return []
    datelines = find_datelines(text)
    story = mask(text, datelines)  # same offsets; datelines name no actor and date no event
    doc = doc if doc is not None and not datelines else parse(story)
    places = geoparse(story, doc=doc)
    dates = [d for d in find_dates(text, day) if d.type in POINT_TYPES and d.start_date is not None
             and not any(line.start <= d.start < line.end for line in datelines)]
    actors = ActorResolver(doc, places)
    locator = Locator(doc, places)
    source_id = article_id(text, day)

    events: list[Event] = []
    narrative_date: DateMention | None = None
    for sentence in doc.sents:
        if _is_headline(sentence):
            # A new section: its story has not given a date or a place yet.
            narrative_date = None
            locator.section_place = None
            continue
        sentence_dates = [d for d in dates if sentence.start_char <= d.start < sentence.end_char]
        triggers = _sentence_triggers(sentence, locator)
        if not triggers:
            if sentence_dates:
                narrative_date = _narrative(sentence_dates, day) or narrative_date
            continue
        trigger_tokens = {t.token.i for t in triggers}
        for trigger in triggers:
            actor1, actor2 = actors.actors_for(trigger.token, trigger.event_type)
            location = locator.locate(sentence, trigger.token, trigger.event_type,
                                      actors.actor_token_ids(trigger.token), trigger_tokens)
            own_date = _governing_date(doc, sentence_dates, trigger.token, trigger_tokens)
            if location is not None and location.explicit:
                locator.section_place = location.place
            events.append(_make_event(
                source_id=source_id, sentence=sentence, trigger=trigger, actor1=actor1, actor2=actor2,
                location=location, own_date=own_date, narrative_date=narrative_date, published=day,
                title=title, url=url,
            ))
        if sentence_dates:
            narrative_date = _narrative(sentence_dates, day) or narrative_date
    return _merge_repeats(events)


NARRATIVE_PRECISIONS = {"day", "week", "unknown"}
NARRATIVE_DAYS = 92  # a story's own days are near its publication; "the 1990 uprising" is background


def _narrative(sentence_dates: list[DateMention], published: dt.date) -> DateMention | None:
    """The date later sentences of the section inherit: a day or a short span near the
    publication date, not a year and not a date of the story's background."""
    fine = [d for d in sentence_dates if d.precision in NARRATIVE_PRECISIONS
            and abs((d.start_date - published).days) <= NARRATIVE_DAYS]
    return fine[-1] if fine else None


def _is_headline(sentence: Span) -> bool:
    """A line of its own with no closing punctuation: a title or a section heading."""
    text = sentence.text.strip()
    if not text or text[-1] in ".!?\"”’)":
        return False
    ends_line = "\n" in sentence.text_with_ws[len(sentence.text.rstrip()):] or sentence.end == len(sentence.doc)
    starts_line = sentence.start == 0 or "\n" in sentence.doc[sentence.start - 1].text_with_ws
    return ends_line and starts_line


MAX_EVENTS_PER_SENTENCE = 3
OWN_CLAUSE_DEPS = {"relcl", "conj", "advcl", "ccomp"}


def _sentence_triggers(sentence: Span, locator: Locator) -> list[_Trigger]:
    """The sentence's best trigger, plus any other trigger that has a place of its own.

    "Lavrov's visit to North Korea followed meetings in Kuala Lumpur with Rubio" reports
    two happenings: the second trigger ("meetings") owns the place "in Kuala Lumpur".
    """
    candidates: list[tuple[tuple, _Trigger]] = []
    say: Token | None = None
    for token in sentence:
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod":  # "collapsed buildings": no event
            event_type = verb_type(token)
            if event_type is None:
                if token.lemma_.lower() in SAY_VERBS and say is None and token.dep_ == "ROOT":
                    say = token
                continue
            strength = 0.6
        elif token.pos_ in ("NOUN", "PROPN"):
            event_type = noun_type(token)
            if event_type is None:
                continue
            strength = 0.45
        else:
            continue
        depth = _depth(token)
        # Main-clause triggers first (the lead sentence's verb is the lead event), then
        # the most specific type, then the shallowest, verbs before nouns.
        candidates.append(((depth > 2, TYPE_RANK.get(event_type, 99), depth, strength < 0.5),
                           _Trigger(token, event_type, strength)))
    if not candidates:
        return [_Trigger(say, "statement", 0.3)] if say is not None else []
    candidates = _reconcile(candidates)
    # "signed an agreement", "launched an assault", "staged a protest": one happening, named
    # by the verb; the noun's places and dates are the verb's.
    verbs = {c.token.i for _, c in candidates if c.strength > 0.5 and c.event_type != "statement"}
    folded = [(k, c) for k, c in candidates if c.strength > 0.5 or _governing_verb(c.token) not in verbs]
    candidates = folded or candidates
    candidates.sort(key=lambda item: item[0])
    chosen = [candidates[0][1]]
    tokens = {c.token.i for _, c in candidates}
    owners = locator.place_owners(sentence, tokens)
    for _, candidate in candidates[1:]:
        owned = owners.get(candidate.token.i, [])
        if len(chosen) >= MAX_EVENTS_PER_SENTENCE:
            break
        # A verb of another kind in a clause of its own ("a trip to North Korea, where the
        # two countries signed a pact") is a happening of its own, place or not.
        own_clause = (candidate.strength > 0.5 and candidate.token.dep_ in OWN_CLAUSE_DEPS
                      and candidate.event_type not in {c.event_type for c in chosen}
                      and candidate.event_type != "statement")
        if not owned and not own_clause:
            continue
        if any(c.event_type == candidate.event_type and owners.get(c.token.i) == owned for c in chosen):
            continue
        chosen.append(candidate)
    return sorted(chosen, key=lambda t: t.token.i)


def _governing_verb(token: Token) -> int | None:
    """The verb a noun is an argument of, through "of" phrases ("launched one of its assaults")."""
    node = token
    for _ in range(4):
        if node.head == node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.i
        if node.dep_ not in ("pobj", "prep", "dobj", "nsubjpass", "attr", "conj") and node.pos_ != "ADP":
            return None
    return None


def _reconcile(candidates: list[tuple[tuple, _Trigger]]) -> list[tuple[tuple, _Trigger]]:
    """Let the happening win over words for its consequences within one sentence.

    "An earthquake killed 300": the disaster, not an attack. "Police fired tear gas at
    protesters": a protest met with force, not an attack.
    """
    types = {c.event_type for _, c in candidates}
    kept = []
    for key, candidate in candidates:
        lemma = candidate.token.lemma_.lower()
        if types & {"disaster", "accident"} and candidate.event_type == "attack" and lemma in HARM_VERBS:
            continue
        if "protest" in types and candidate.event_type == "attack" and \
                {t.lower_ for t in candidate.token.subtree} & CROWD_CONTROL:
            continue
        kept.append((key, candidate))
    return kept or candidates


def _depth(token: Token) -> int:
    return sum(1 for _ in islice(token.ancestors, 20))


_ANCHORED_SPAN = re.compile(
    r"^(?:(?:just|only|some|about)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(day|week)s?\s+(after|before|earlier|later)$", re.I)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _governing_date(doc: Doc, sentence_dates: list[DateMention], trigger: Token,
                    trigger_tokens: set[int]) -> DateMention | None:
    """The date of the trigger's clause.

    Each date belongs to the nearest verb or trigger above it in the parse. The trigger
    takes a date of its own; else one of a clause that contains it ("reached a record in
    Porto Alegre on Sunday, flooding the centre" dates the flooding); else one of a clause
    inside it; else a date that belongs to no clause. "X on Sunday, two days after an earthquake" dates the earthquake
    two days before Sunday.
    """
    if not sentence_dates:
        return None
    ancestors = {t.i for t in trigger.ancestors}
    descendants = {t.i for t in trigger.subtree}
    own, outer, inner, free, unclaimed = [], [], [], [], []
    for mention in sentence_dates:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        owner = _clause_owner(span.root, trigger_tokens) if span is not None else None
        if owner not in trigger_tokens or owner == trigger.i:
            unclaimed.append(mention)
        if owner is None:
            free.append(mention)
        elif owner == trigger.i:
            own.append(mention)
        elif owner in ancestors:
            outer.append(mention)
        elif owner in descendants:
            inner.append(mention)  # "took Goma after fighters marched in on Monday"
    # Last, a date of the sentence that no other happening in it claims.
    pool = own or outer or inner or free or unclaimed
    if not pool:
        return None
    best = min(pool, key=lambda d: abs(d.start - trigger.idx))
    anchored = _ANCHORED_SPAN.match(best.text.strip())
    if anchored and trigger.idx >= best.end:
        base = next((d for d in sentence_dates if d is not best and d.precision == "day" and d.start < best.start), None)
        if base is not None:
            amount = _NUMBER_WORDS.get(anchored.group(1).lower()) or int(anchored.group(1))
            days = amount * (7 if anchored.group(2).lower() == "week" else 1)
            sign = -1 if anchored.group(3).lower() in ("after", "later") else 1
            day = base.start_date + dt.timedelta(days=sign * days)
            return DateMention(best.start, best.end, best.text, "DATE", day.isoformat(), day, day, "day",
                               anchor=f"the happening '{best.text}' {base.text!r} ({base.start_date}) → {day}")
    return best


def _clause_owner(token: Token, trigger_tokens: set[int]) -> int | None:
    """The nearest trigger or verb above a token (its clause), or None."""
    return next((node.i for node in islice(token.ancestors, 12)
                 if node.i in trigger_tokens or node.pos_ in ("VERB", "AUX")), None)


def _make_event(*, source_id: str, sentence: Span, trigger: _Trigger, actor1: Actor | None,
                actor2: Actor | None, location: Location | None, own_date: DateMention | None,
                narrative_date: DateMention | None, published: dt.date, title: str | None,
                url: str | None) -> Event:
    if own_date is not None:
        date, date_text, precision = own_date, own_date.text, own_date.precision
        derivation = f"'{own_date.text}' → {_interval(own_date)}" + (f" ({own_date.anchor})" if own_date.anchor else "")
    elif narrative_date is not None and not (mode_of(trigger.token) == "asserted" and narrative_date.start_date > published):
        date, date_text, precision = narrative_date, narrative_date.text, narrative_date.precision
        derivation = f"no date in the sentence: the narrative's last date, '{narrative_date.text}' → {_interval(narrative_date)}"
    else:
        date, date_text, precision = None, None, "unknown"
        derivation = f"no date in the text: publication date {published.isoformat()}"
    date_start = date.start_date if date is not None else published
    date_end = date.end_date if date is not None else published
    start, end = sentence.start_char, sentence.end_char
    actors_list = [a.name for a in (actor1, actor2) if a is not None]
    place = location.place if location is not None else None
    confidence = trigger.strength + 0.12 * (actor1 is not None) + 0.1 * (own_date is not None) \
        + 0.1 * (location is not None and "setting" not in location.derivation)
    mode = mode_of(trigger.token)
    if mode != "asserted":
        confidence -= 0.1
    event_id = hashlib.sha1(f"{source_id}:{start}:{end}:{trigger.token.idx}".encode()).hexdigest()[:16]
    event = Event(
        id=event_id,
        event_type=trigger.event_type,
        actors=actors_list,
        date_start=date_start,
        date_end=date_end,
        date_precision=precision,
        date_text=date_text,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        place_name=display_name(place) if place else None,
        country_code=place.country_code if place else None,
        geo_precision=location.geo_precision if location else None,
        sentence=sentence.text.strip(),
        start=start,
        end=start + len(sentence.text.rstrip()),
        confidence=round(max(0.05, min(0.95, confidence)), 2),
        actor1=actor1.name if actor1 else None,
        actor2=actor2.name if actor2 else None,
        mode=mode,
        trigger=trigger.token.text,
        geonameid=place.geonameid if place else None,
        place_text=place.text if place else None,
        date_derivation=derivation,
        place_derivation=location.derivation if location else "no place in the text",
        article_id=source_id,
        source_url=url,
        source_title=title,
        published=published,
    )
    event.actor_details = [a.to_dict() for a in (actor1, actor2) if a is not None]
    if location is not None and location.origin is not None:
        event.origin = {"name": location.origin.name, "lat": location.origin.lat, "lon": location.origin.lon,
                        "country_code": location.origin.country_code}
    return event


def display_name(place: PlaceMention) -> str | None:
    """The gazetteer's name, spelt as the article spells it when they differ only by accents
    ("Wŏnsan" in GeoNames, "Wonsan" in the text)."""
    surface = re.sub(r"(?:['’]s?)$", "", place.text or "").strip()
    if place.name and surface and _fold(surface) == _fold(place.name):
        return surface if surface[0].isupper() else place.name
    return place.name


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _interval(mention: DateMention) -> str:
    if mention.start_date == mention.end_date:
        return mention.start_date.isoformat()
    return f"{mention.start_date.isoformat()}..{mention.end_date.isoformat()}"


PLACE_FIELDS = ("lat", "lon", "place_name", "country_code", "geo_precision", "geonameid", "place_text",
                "place_derivation")
DATE_FIELDS = ("date_start", "date_end", "date_precision", "date_text", "date_derivation")
_GEO_RANK = {"point": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}
# Happenings that recur in one story at different places (strikes, protests): a mention
# merges with another only at the very same place.
LOCAL_TYPES = {"attack", "protest", "riot", "violence_against_civilians", "arrest", "disaster", "accident"}


def _merge_repeats(events: list[Event]) -> list[Event]:
    """One event per happening: a later mention of the same happening becomes evidence.

    "Lavrov's visit to Pyongyang ... The visit follows ..." is one visit. The merged event
    keeps the finer place and the more precise date of its mentions.
    """
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if _same_happening(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        twin.evidence.append({"sentence": event.sentence, "start": event.start, "end": event.end})
        twin.confidence = round(min(0.95, twin.confidence + 0.05), 2)
        twin.actor1 = twin.actor1 or event.actor1
        twin.actor2 = twin.actor2 or event.actor2
        twin.actors = [a for a in (twin.actor1, twin.actor2) if a]
        if event.lat is not None and (twin.lat is None or _GEO_RANK.get(event.geo_precision or "", 5)
                                      < _GEO_RANK.get(twin.geo_precision or "", 5)):
            for name in PLACE_FIELDS:
                setattr(twin, name, getattr(event, name))
        if twin.date_precision == "unknown" and event.date_precision != "unknown":
            for name in DATE_FIELDS:
                setattr(twin, name, getattr(event, name))
    return kept


_ANOTHER = re.compile(r"\b(?:another|second|third|fresh|new|further|renewed|more)\b(?:\W+\w+){0,2}\W*$", re.I)


def _announces_another(event: Event) -> bool:
    """ "Another wave of attacks", "a second strike": the text says this is a new happening."""
    offset = event.sentence.find(event.trigger or "\0")
    return offset > 0 and bool(_ANOTHER.search(event.sentence[:offset]))


def _same_happening(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.mode != b.mode:
        return False
    if _announces_another(b):
        return False
    if a.actor1 and b.actor1 and a.actor1 != b.actor1:
        return False
    if not (a.actor1 or b.actor1) and a.event_type in LOCAL_TYPES:
        return False  # two strikes by nobody named are two strikes
    if a.geonameid != b.geonameid and a.lat is not None and b.lat is not None:
        if a.event_type in LOCAL_TYPES or a.country_code != b.country_code:
            return False
        if "country" not in (a.geo_precision, b.geo_precision):
            return False  # Pyongyang and North Korea may be one visit; Pyongyang and Wonsan not
    if a.date_precision != "unknown" and b.date_precision != "unknown":
        if a.date_end < b.date_start or b.date_end < a.date_start:
            return False
    return True
