"""Events from Russian, Ukrainian, Korean, French and Spanish articles, with the English contract.

The article is read once by its language's pipeline (:mod:`geodata.language.native`); places
come from :func:`geodata.toponyms.native.geoparse_native` over that reading (the same GeoNames
ids as English), dates from :func:`timeline.dates.multilingual.find_dates_in` (the same TIMEX3
values and precision). Each sentence with a trigger word (:mod:`timeline.events.lexicons`, the
English ontology's types) yields an event:

- its doer is the person, organisation or country named nearest before the trigger in the
  nominative (Russian, Ukrainian), marked as subject by 이/가/은/는 (Korean), or simply before
  it (French, Spanish); the other party is the next one after it;
- its place is a place named after a locative word (в/на/у, 에서/에, en/à/a), else another
  place of the sentence that is no actor, else the place of the story so far (a statement is
  not placed where its quotation says something happened);
- its date is the sentence's date, else the narrative's last date, else the publication date
  (marked as such).

The evidence sentence stays in the original language; ``gloss`` says the event in English
(type, actors, place, date), and actors are named in English (the gazetteer's names of
countries, transliterated names of people) so that reports in different languages merge.

>>> [e.event_type for e in extract_native_events("Лавров прибыл в Вонсан 12 июля.", language="ru",
...                                               published="2025-07-14")]   # doctest: +SKIP
['visit']
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass

from unidecode import unidecode

from geodata.gazetteer.index import country
from geodata.language.analysis import Analysis, Word, inside_quotation
from geodata.language.native import load_pipeline
from geodata.model import PlaceMention
from geodata.toponyms.native import geoparse_native
from timeline.dates.multilingual import find_dates_in
from timeline.events.lexicons import (
    KNOWN_ACTORS,
    KOREAN_NEGATIONS,
    NEGATIONS,
    PLANS,
    SAY_WORDS,
    THREATS,
    TRIGGERS,
)
from timeline.events.triggers import TYPE_RANK
from timeline.model import DateMention, Event, article_id, parties
from timeline.sources.pubdate import parse_published

logger = logging.getLogger(__name__)

LOCATIVES = {
    "ru": {"в", "во", "на", "под", "близ", "возле", "около", "у"},
    "uk": {"в", "у", "на", "під", "біля", "поблизу", "до"},
    "es": {"en", "a", "cerca"},
    "fr": {"à", "a", "en", "dans", "près", "au"},
}
KOREAN_LOCATIVES = {"에서", "에"}
KOREAN_SUBJECT = {"JKS", "JX"}
GEO_PRECISION = {"city": "city", "admin2": "admin2", "admin1": "admin1", "country": "country",
                 "region": "region", "continent": "region", "water": "region", "landform": "region"}
_GEO_RANK = {"point": 0, "city": 1, "admin2": 1, "admin1": 2, "region": 3, "country": 4}
POINT_TYPES = {"DATE", "TIME"}


@dataclass
class _Actor:
    name: str  # in English
    original: str
    kind: str  # named | state | organisation | nominal
    country_code: str | None
    start: int
    end: int


def extract_native_events(text: str, *, language: str, published: dt.date | dt.datetime | str,
                          title: str | None = None, url: str | None = None) -> list[Event]:
    """The events of an article written in ``language`` (ru, uk, ko, fr, es), in document order."""
    day = parse_published(published)
    if not text or not text.strip():
        return []
    pipeline = load_pipeline(language)
    analysis = pipeline.analyze(text)
    places = geoparse_native(text, language, analysis=analysis)
    dates = [d for d in find_dates_in(text, day, language) if d.type in POINT_TYPES and d.start_date is not None]
    source_id = article_id(text, day)
    known_people = _full_names(analysis)
    events: list[Event] = []
    narrative: DateMention | None = None
    section_place: PlaceMention | None = None
    for index, (start, end) in enumerate(analysis.sentences):
        words = [w for w in analysis.words if w.sentence == index]
        sentence_dates = [d for d in dates if start <= d.start < end]
        sentence_places = [p for p in places if start <= p.start < end]
        trigger = _trigger(words, language)
        if trigger is None:
            narrative = sentence_dates[0] if sentence_dates else narrative
            continue
        word, event_type = trigger
        actors = _actors(analysis, words, sentence_places, word, language, known_people)
        actor1 = _doer(actors, words, word, language)
        actor2 = next((a for a in actors if a is not actor1 and a.start > word.start), None)
        if actor2 is None and event_type in ("meet", "agree"):
            actor2 = next((a for a in actors if a is not actor1 and a.name != (actor1.name if actor1 else None)), None)
        candidates = sentence_places
        if event_type == "statement":  # «У Севастополі сталося...», – заявив він: said elsewhere
            candidates = [p for p in sentence_places
                          if not inside_quotation(text[start:p.start], straight_quotes=True)]
        place, how = _place(candidates, words, word, language, [a for a in (actor1, actor2) if a])
        if place is None and section_place is not None:
            place, how = section_place, "no place in the sentence: the place of the story so far"
        elif place is not None and how.startswith("named"):
            section_place = place
        own = min(sentence_dates, key=lambda d: abs(d.start - word.start)) if sentence_dates else None
        event = _event(text, source_id, language, start, end, word, event_type, _mode(words, word, language),
                       actor1, actor2, place, how, own, narrative, day, title, url)
        events.append(event)
        if sentence_dates:
            narrative = sentence_dates[0]
    events = _merge_repeats(events)
    for event in events:  # ``actors`` derived once from the final doer and target
        event.actors = parties(event.actor1, event.actor2)
    return events


# --------------------------------------------------------------------------- triggers

def _matches(word: Word, language: str) -> str | None:
    lexicon = TRIGGERS[language]
    if language in ("fr", "es"):
        low = word.text.lower()
        return next((t for stem, t in lexicon.items() if low.startswith(stem)), None)
    if language == "ko":
        return lexicon.get(word.lemma) if word.tag in ("NNG", "VV", "NNP") else None
    if word.pos in ("VERB", "NOUN", "ADJ", "PROPN", "X"):
        return lexicon.get(word.lemma)
    return None


def _is_say(word: Word, language: str) -> bool:
    say = SAY_WORDS[language]
    if language in ("fr", "es"):
        return any(word.text.lower().startswith(s) for s in say)
    return word.lemma in say


def _trigger(words: list[Word], language: str) -> tuple[Word, str] | None:
    """The sentence's trigger: its most specific happening; a verb of saying only alone."""
    found = [(w, t) for w in words if (t := _matches(w, language))]
    if not found:
        return None
    better = [(w, t) for w, t in found if not _is_say(w, language)] or found
    return min(better, key=lambda item: (TYPE_RANK.get(item[1], 99), item[0].start))


def _mode(words: list[Word], trigger: Word, language: str) -> str:
    position = words.index(trigger)
    before = {w.text.lower().rstrip("'’") for w in words[max(0, position - 3):position]}
    lemmas = {w.lemma for w in words[max(0, position - 4):position + 4]} | {
        w.text.lower() for w in words[max(0, position - 4):position + 4]}
    if language == "ko":
        after = words[position + 1:position + 6]
        if any(w.lemma in KOREAN_NEGATIONS and w.tag in ("VX", "MAG", "VV") for w in after):
            return "denied"
    elif before & NEGATIONS[language]:
        return "denied"
    threats = THREATS[language]
    if any(lemma.startswith(tuple(threats)) for lemma in lemmas if lemma != trigger.lemma):
        return "threatened"
    if lemmas & PLANS[language] or (language in ("es", "fr") and trigger.text.lower().endswith(
            ("rá", "rán", "ra", "ront", "rait", "raient"))):
        return "planned"
    return "asserted"


# --------------------------------------------------------------------------- actors

def _full_names(analysis: Analysis) -> dict[str, str]:
    """Surname → the full name the article gave first ("Лавров" → "Сергей Лавров")."""
    names: dict[str, str] = {}
    for entity in analysis.entities:
        parts = (entity.base or entity.text).split()
        if entity.label == "PER" and len(parts) > 1:
            names.setdefault(parts[-1].lower(), " ".join(parts))
    return names


def english_name(original: str, language: str) -> str:
    """The English name of a person or organisation: the known one, else a transliteration."""
    key = " ".join(original.lower().replace("ё", "е").split())
    if key in KNOWN_ACTORS:
        return KNOWN_ACTORS[key]
    if language == "ko":
        return romanize_hangul(original)
    if language in ("ru", "uk"):
        return unidecode(original).replace("'", "")
    return original


def _actors(analysis: Analysis, words: list[Word], places: list[PlaceMention], trigger: Word, language: str,
            known_people: dict[str, str]) -> list[_Actor]:
    start, end = (words[0].start, words[-1].end) if words else (0, 0)
    actors: list[_Actor] = []
    for entity in analysis.entities:
        if not (start <= entity.start < end) or entity.label not in ("PER", "ORG", "NNP", "NAME"):
            continue
        if any(p.start < entity.end and entity.start < p.end for p in places):
            continue  # a place, read below
        base = entity.base or entity.text
        if entity.label == "PER" and len(base.split()) == 1 and base.lower() in known_people:
            base = known_people[base.lower()]
        kind = {"PER": "named", "ORG": "organisation"}.get(entity.label, "named")
        if entity.label in ("NNP", "NAME") and english_name(base, language) == base and language in ("fr", "es"):
            kind = "named"
        actors.append(_Actor(english_name(base, language), entity.text, kind, None, entity.start, entity.end))
    for place in places:
        if place.role == "name" and _after_locative(place, words, language):
            continue  # "в России", "en Corea del Norte": where, not who
        if place.country_code and (place.feature == "country" or place.role == "adjectival"):
            found = country(place.country_code)
            name = found["name"] if found else place.name or place.text
            actors.append(_Actor(name, place.text, "state", place.country_code, place.start, place.end))
    actors.sort(key=lambda a: a.start)
    return actors


def _after_locative(place: PlaceMention, words: list[Word], language: str) -> bool:
    index = next((i for i, w in enumerate(words) if w.start == place.start), None)
    if index is None:
        return False
    if language == "ko":
        return any(w.lemma in KOREAN_LOCATIVES and w.tag.startswith("JKB") for w in words[index + 1:index + 3])
    return index > 0 and words[index - 1].text.lower() in LOCATIVES[language]


#: Russian and Ukrainian nouns of a saying, whose genitive is its author
SAYING_NOUNS = {"заявление", "заява", "слово", "обращение", "звернення", "выступление", "виступ"}


def _doer(actors: list[_Actor], words: list[Word], trigger: Word, language: str) -> _Actor | None:
    before = [a for a in actors if a.end <= trigger.start]
    by_start = {w.start: w for w in words}
    if language in ("ru", "uk"):
        nominative = [a for a in before if (w := by_start.get(a.start)) is not None and w.case in ("nomn", "")
                      and w.pos != "ADJ" or a.kind == "state" and (by_start.get(a.start) or trigger).pos == "ADJ"]
        if nominative:
            return nominative[-1]
        after = [a for a in actors if a.start >= trigger.end and (w := by_start.get(a.start)) is not None]
        # "как заявил Денис Пушилин", "затримали прикордонники": the subject after its verb;
        # "заявление Гелетея": the author of a saying named by a noun, in the genitive
        inverted = next((a for a in after if by_start[a.start].case == "nomn" and by_start[a.start].pos != "ADJ"
                         and a.kind in ("named", "organisation")), None)
        if inverted is None and trigger.pos == "NOUN" and trigger.lemma in SAYING_NOUNS:
            inverted = next((a for a in after[:1] if by_start[a.start].case == "gent" and a.kind == "named"), None)
        if inverted is not None:
            return inverted
    if language == "ko":
        subject = [a for a in actors if any(
            w.tag in KOREAN_SUBJECT and w.start >= a.end and w.start - a.end <= 8
            and not any(x.tag.startswith("J") for x in words if a.end <= x.start < w.start) for w in words)]
        if subject:
            return subject[0]
    if before:
        return before[-1] if language not in ("ko",) else before[0]
    return None


def romanize_hangul(text: str) -> str:
    """Revised Romanization of Hangul, syllable by syllable (no sound changes across them):
    a gloss for names the tables do not know ("김정은" → "Gim Jeong Eun")."""
    initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    medials = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
               "yu", "eu", "ui", "i"]
    finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
              "t", "ng", "t", "t", "k", "t", "p", "t"]
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(initials[code // 588] + medials[(code % 588) // 28] + finals[code % 28])
        else:
            out.append(ch)
    return "".join(out).title()


# --------------------------------------------------------------------------- places

def _place(places: list[PlaceMention], words: list[Word], trigger: Word, language: str,
           actors: list[_Actor]) -> tuple[PlaceMention | None, str]:
    named = [p for p in places if p.role == "name" and p.lat is not None
             and not any(a.start <= p.start < a.end for a in actors if a.kind == "state" and a.start == p.start)]
    by_start = {w.start: i for i, w in enumerate(words)}

    def locative(p: PlaceMention) -> bool:
        i = by_start.get(p.start)
        if i is None:
            return False
        if language == "ko":
            following = words[i + 1:i + 4]
            return any(w.lemma in KOREAN_LOCATIVES and w.tag.startswith("JKB") for w in following)
        return i > 0 and words[i - 1].text.lower() in LOCATIVES[language]

    located = [p for p in named if locative(p)]
    if located:
        best = min(located, key=lambda p: (_GEO_RANK.get(GEO_PRECISION.get(p.feature or "", ""), 5), abs(p.start - trigger.start)))
        return best, f"named in the sentence after a word of place: '{best.text}' → {best.name} ({best.feature})"
    others = [p for p in places if p.role == "name" and p.lat is not None and not any(
        a.start == p.start for a in actors)]
    if others:
        best = min(others, key=lambda p: (_GEO_RANK.get(GEO_PRECISION.get(p.feature or "", ""), 5), abs(p.start - trigger.start)))
        return best, f"named in the sentence: '{best.text}' → {best.name} ({best.feature})"
    return None, "no place in the text"


# --------------------------------------------------------------------------- events

def _event(text: str, source_id: str, language: str, start: int, end: int, trigger: Word, event_type: str, mode: str,
           actor1: _Actor | None, actor2: _Actor | None, place: PlaceMention | None, place_how: str,
           own: DateMention | None, narrative: DateMention | None, published: dt.date, title: str | None,
           url: str | None) -> Event:
    if own is not None:
        date, derivation = own, f"'{own.text}' → {_interval(own)}" + (f" ({own.anchor})" if own.anchor else "")
    elif narrative is not None and not (mode == "asserted" and narrative.start_date > published):
        date = narrative
        derivation = f"no date in the sentence: the narrative's last date, '{narrative.text}' → {_interval(narrative)}"
    else:
        date, derivation = None, f"no date in the text: publication date {published.isoformat()}"
    sentence = text[start:end].strip()
    offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    actors = [a for a in (actor1, actor2) if a is not None]
    confidence = 0.5 + 0.12 * (actor1 is not None) + 0.1 * (own is not None) + 0.1 * (place is not None) \
        - 0.1 * (mode != "asserted")
    event = Event(
        id=hashlib.sha1(f"{source_id}:{offset}:{trigger.start}".encode()).hexdigest()[:16],
        event_type=event_type, actors=parties(actor1.name if actor1 else None, actor2.name if actor2 else None),
        date_start=date.start_date if date else published, date_end=date.end_date if date else published,
        date_precision=date.precision if date else "unknown", date_text=date.text if date else None,
        lat=place.lat if place else None, lon=place.lon if place else None,
        place_name=place.name if place else None, country_code=place.country_code if place else None,
        geo_precision=GEO_PRECISION.get(place.feature or "", "city") if place else None,
        sentence=sentence, start=offset, end=offset + len(sentence), confidence=round(min(0.9, confidence), 2),
        actor1=actor1.name if actor1 else None, actor2=actor2.name if actor2 else None, mode=mode,
        trigger=trigger.text, geonameid=place.geonameid if place else None, place_text=place.text if place else None,
        date_derivation=derivation, place_derivation=place_how, article_id=source_id, source_url=url,
        source_title=title, published=published, language=language,
    )
    event.actor_details = [{"name": a.name, "original": a.original, "country_code": a.country_code, "kind": a.kind}
                           for a in actors]
    event.gloss = gloss(event)
    return event


def gloss(event: Event) -> str:
    """The event in English: type and mode, actors, place, date.

    >>> gloss(Event(id="e", event_type="visit", actors=["Sergei Lavrov"], date_start=dt.date(2025, 7, 12),
    ...             date_end=dt.date(2025, 7, 12), date_precision="day", date_text=None, lat=39.15, lon=127.44,
    ...             place_name="Wonsan", country_code="KP", geo_precision="city", sentence="", start=0, end=0,
    ...             confidence=0.8, actor1="Sergei Lavrov"))
    'visit: Sergei Lavrov — Wonsan (KP) — 2025-07-12'
    """
    kind = event.event_type if event.mode == "asserted" else f"{event.event_type} ({event.mode})"
    who = " → ".join(a for a in (event.actor1, event.actor2) if a) or "unnamed actor"
    where = f"{event.place_name} ({event.country_code})" if event.place_name else "place not given"
    if event.date_precision == "unknown" or event.date_start is None:
        when = "date not given"
    elif event.date_start == event.date_end:
        when = event.date_start.isoformat()
    else:
        when = f"{event.date_start.isoformat()}..{event.date_end.isoformat()}"
    return f"{kind}: {who} — {where} — {when}"


def _interval(mention: DateMention) -> str:
    if mention.start_date == mention.end_date:
        return mention.start_date.isoformat()
    return f"{mention.start_date.isoformat()}..{mention.end_date.isoformat()}"


def _same_happening(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.mode != b.mode:
        return False
    if a.actor1 and b.actor1 and a.actor1 != b.actor1:
        return False
    if a.geonameid is not None and b.geonameid is not None and a.geonameid != b.geonameid:
        return False
    if a.date_precision != "unknown" and b.date_precision != "unknown" and (
            a.date_end < b.date_start or b.date_end < a.date_start):
        return False
    return a.event_type not in ("attack", "protest", "arrest", "accident") or bool(a.actor1 or b.actor1)


def _merge_repeats(events: list[Event]) -> list[Event]:
    """One event per happening in the article: later mentions become evidence, filling the
    doer, place and date the first lacks."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if _same_happening(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        twin.evidence.append({"sentence": event.sentence, "start": event.start, "end": event.end})
        twin.actor1 = twin.actor1 or event.actor1
        twin.actor2 = twin.actor2 or event.actor2
        if event.lat is not None and (twin.lat is None or _GEO_RANK.get(event.geo_precision or "", 5)
                                      < _GEO_RANK.get(twin.geo_precision or "", 5)):
            for name in ("lat", "lon", "place_name", "country_code", "geo_precision", "geonameid", "place_text",
                         "place_derivation"):
                setattr(twin, name, getattr(event, name))
        if twin.date_precision == "unknown" and event.date_precision != "unknown":
            for name in ("date_start", "date_end", "date_precision", "date_text", "date_derivation"):
                setattr(twin, name, getattr(event, name))
        twin.gloss = gloss(twin)
    return kept


__all__ = ["extract_native_events", "english_name", "gloss", "romanize_hangul"]
