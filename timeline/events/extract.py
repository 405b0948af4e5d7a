"""Event extraction: one event per reported happening, with its evidence.

The text is parsed once (sentences, dependencies, entities); places come from
:func:`geodata.geoparse` and dates from :func:`timeline.dates.find_dates` over the same
text. A sentence yields an event from its main trigger word (:mod:`timeline.events.triggers`),
and one more for each further trigger with a place of its own; each event has the actors
around its trigger (:mod:`timeline.events.actors`), the place it happened (:mod:`timeline.events.locate`)
and the date that governs its clause — else the date of the narrative so far, else the
publication date marked as such. Mentions of the same happening (same type, compatible
doer, place and date) are merged into one event carrying all its evidence; so are a
toll reported right after an attack ("casualties were reported in Chernivtsi") and the
attack. Verbs joined by "and" with objects of their own are happenings of their own
("resume flights ... and continue work on a bridge"). A deployment takes the place where
the next sentence puts its troops ("these forces defended the Kursk region"), and one with
no destination named takes the one of the same actor's earlier deployment.
Datelines ("PORT SUDAN, March 18 —") are blanked out first (:mod:`timeline.sources.dateline`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, DET, NOUN, PRON, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from geodata import geoparse
from geodata.language.detect import NATIVE_LANGUAGES, detect_language
from geodata.language.pipeline import doc_text as text_of
from geodata.gazetteer.index import capital_of, country, country_named, haversine_km, lookup, place_for_demonym
from geodata.language.pipeline import is_headline, opens_paragraph, recognition_doc
from geodata.model import PlaceMention
from timeline.dates import ORDINAL_WORDS, count_back, find_dates
from timeline.events.actor_options import OUTLET_NAME_WORDS, OUTLET_NAMES, ActorOption, actor_options
from timeline.events.actors import (BEARING_VERBS, CONSEQUENCE_NOUNS, CROWD_ACTOR, NAMED_BODY_HEADS, OFFICE_TITLES,
                                    OFFICE_VERBS, Actor, ActorResolver, contest_party, declared_winner, defendant_of,
                                    named_attacker, named_speaker_of, with_speaker)
from timeline.events.coref import (ASSUMED_DATE, HARM_TYPES, TOLL_WORDS, cluster, compatible, county_holds,
                                   date_assumed, deadline_dated, definite, follows_another, future_saying, in_title,
                                   opens_with_title, outer_clause_date, split_kinds)
from timeline.events.corroborate import LOCAL_TYPES  # (a mention merges with another only at the very same place)
from timeline.events.features import (FIRST_PERSON, GENERIC_CUES, GROUPS, OFFICES, PRESENT_TAGS, Cue,
                                     candidate_features, digest_item, in_digest, inside_quotes, told_in_simple_present)
from timeline.events.locate import (
    DESTINATION,
    DIVISION_WORDS,
    EARLIER_ACT_PREPOSITIONS,
    GEO_PRECISION,
    HERE_DATELINE,
    HOME_BODY_NOUNS,
    HOME_NATION,
    HOME_ROLE,
    HOME_TYPES,
    LOCATIVE,
    MOVEMENT_TYPES,
    NATION_GUESS_TYPES,
    NOT_ITS_OWN,
    PLACE_FINENESS,
    SAME_TIME_WORDS,
    SEQUENCE_WORDS,
    VERBAL_TYPES,
    Location,
    Locator,
    body_nation,
    dates_another_act,
    fold,
    governing_preposition,
    in_what_was_said,
    told_elsewhere,
    trigger_path,
)
from timeline.events.nlp import StringTest, parse
from timeline.events.place_options import PlaceOption, place_options
from timeline.events.places import PlaceTokens, coordination_head
from timeline.events.scoring import EventModel, load_model
from timeline.events.slices import SLICE_CHARS, extract_in_slices
from timeline.events.triggers import (
    APPEAL_VERBS,
    CAUSE_MARKS,
    CROWD_CONTROL,
    DEATH_VERBS,
    DENY_VERBS,
    FORCES,
    HARM_VERBS,
    LAW_TEXTS,
    LEGAL_ACTS,
    NOUN_TRIGGER_WORDS,
    QUOTE_VERBS,
    SAY_VERBS,
    SPOKESPERSON_TITLES,
    TYPE_RANK,
    VERB_TRIGGER_LEMMAS,
    could_be_gerund,
    craft_moving,
    figurative,
    gerund_type,
    mode_of,
    no_violence_told,
    noun_type,
    only_possible_participle,
    participle_clause,
    partitive_whole,
    quoted_label,
    text_passes_a_chamber,
    to_infinitive,
    verb_type,
)
from timeline.model import DateMention, Event, article_id, parties
from timeline.sources.dateline import find_datelines, mask
from timeline.sources.ingest import source_day_first
from timeline.sources.pubdate import parse_published

logger = logging.getLogger(__name__)

POINT_TYPES = {"DATE", "TIME"}

#: a curly quote or dash whose UTF-8 bytes were read as cp1252 and lost all but the first, "â",
#: left before a space or punctuation ("Minnesotaâ s schools", "â Fear is ...", "it had â we
#: lost"): the contraction after it ("s", "t", "re", "ll", "ve", "d", "m"), or a lone mark
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u00e2 (s|t|re|ll|ve|d|m)(?![A-Za-z])")
_LOST_MARK = re.compile(r"\u00e2(?![A-Za-z\u00c0-\u024f])")


def repair_lost_quotes(text: str) -> str:
    """The text with quotes and apostrophes an encoding slip cut down to "â" restored, offsets
    unchanged: "thatâ s used" -> "that's  used" (the contraction moves up to the apostrophe and
    the space goes after it), a lone "â" between words -> a dash, any other -> a quote mark, so
    the parser reads "that's used" and not a name "thatâ" as the verb's object. An "â" inside
    a word ("Venâncio", "Châtillon") is a letter and stays."""
    if "\u00e2" not in text:
        return text
    text = _LOST_APOSTROPHE.sub(lambda m: "'" + m.group(1) + " ", text)
    return _LOST_MARK.sub(lambda m: "-" if _between_words(text, m.start()) else '"', text)


def _between_words(text: str, i: int) -> bool:
    """The character at ``i`` stands alone between two lower-case-led words ("city â had"): a dash."""
    return 0 < i < len(text) - 2 and text[i - 1] == " " and text[i + 1] == " " \
        and text[i - 2:i - 1].isalnum() and text[i + 2].islower()


@dataclass
class _Trigger:
    token: Token
    event_type: str
    strength: float  # how surely the word names a happening
    coordinated: bool = False  # a verb joined to a trigger by "and", with an object of its own
    chosen: bool = True  # the rules' own pick; others are candidates the event model may keep
    rank: int = 0  # order of preference among the sentence's candidates


def extract_events(text: str, *, published: dt.date | dt.datetime | str, title: str | None = None,
                   url: str | None = None, doc: Doc | None = None) -> list[Event]:
    """The events an article reports, in document order.

    >>> events = extract_events("Police arrested 14 people in Nairobi on Tuesday.",
    ...                         published="2025-07-10")
    >>> events[0].event_type, events[0].place_name, str(events[0].date_start)
    ('arrest', 'Nairobi', '2025-07-08')

    Articles in Russian, Ukrainian, Korean, French and Spanish go to their own pipelines
    (:mod:`timeline.events.multilingual`); the events keep this contract, with ``language``.
    """
    if isinstance(text, str) and doc is None and len(text) > SLICE_CHARS:  # memory: one slice at a time
        return extract_in_slices(text, extract_events, published=parse_published(published), title=title,
                                 url=url, size=SLICE_CHARS)
    language = detect_language(text) if isinstance(text, str) else "en"
    if language in NATIVE_LANGUAGES:
        from timeline.events.multilingual import extract_native_events

        return extract_native_events(text, language=language, published=published, title=title, url=url)
    return select_events(candidate_events(text, published=published, title=title, url=url, doc=doc), load_model())


def select_events(candidates: list[Candidate], model: EventModel | None) -> list[Event]:
    """The events among an article's candidates: with the event model, mentions grouped into
    happenings (:mod:`timeline.events.coref`), each group whose most likely mention is real
    enough becoming one event with the place and doer the models rank first and a calibrated
    confidence; without it, the rules' own picks, merged by :func:`_merge_repeats`."""
    if model is None:
        events = _merge_repeats([c.event for c in candidates if c.chosen and not c.split])
    else:
        # Mentions are grouped first (a weak mention, such as the attribution of a detail,
        # joins the happening it tells of instead of standing alone); a group is an event
        # when its most likely mention clears the keep threshold.
        mentions, raw = [], {}
        head_raw: dict[int, float] = {}  # trigger token -> raw probability, for coordinated verbs
        own = {id(cue): model.raw(candidate_features(cue)) for cue in candidates}
        for cue in candidates:
            if _historical_present(cue):
                # "The harbour authority bans night fishing in the bay": a chronicle's or a
                # digest's main verb in the present tells the day's happening as done
                own[id(cue)] = max(own[id(cue)], model.keep_threshold)
        for cue in candidates:
            lifted = _own_act_announced(cue, candidates)
            if lifted is not None and own[id(lifted)] < model.keep_threshold:
                # "The ministry announces the closure of its consulate in Basra": a digest's
                # announcement of the party's own act or plan is that act (codebook §2); the
                # act's own mention when it has one, else the announcement, which stands for it
                own[id(lifted)] = model.keep_threshold
        for cue in candidates:
            clause = _plan_announced(cue)
            if clause is not None and not any(
                    c is not cue and c.sentence.start == cue.sentence.start and c.trigger.i in clause
                    and own[id(c)] >= model.keep_threshold for c in candidates):
                # "The ministry announces that it will close its consulate in Basra": a digest's
                # announcement of what is to be done is the plan, told by the announcement (unless
                # the plan's own mention is sure: "announces that an election will be held")
                own[id(cue)] = max(own[id(cue)], model.keep_threshold)
                _take_plans_day(cue, [c for c in candidates if c is not cue and c.trigger.i in clause
                                      and c.sentence.start == cue.sentence.start])
        for cue, announcement in _announcements(candidates):
            # "announced a new aid package for Ukraine": the announced act is as sure as its
            # announcement (codebook §2: an announcement of one's own act is that act)
            own[id(cue)] = max(own[id(cue)], own[id(announcement)])
        lifted_quotes: set[int] = set()
        for cue in candidates:
            if own[id(cue)] >= model.keep_threshold:
                continue
            if _introduced_quotation(cue):
                # a quotation a rule alone keeps: it names no happening the model is itself sure
                # of that it is grouped with
                lifted_quotes.add(id(cue))
            if id(cue) in lifted_quotes or any(told_as_sure(cue) for told_as_sure in _TOLD_AS_SURE):
                own[id(cue)] = model.keep_threshold
        for cue in candidates:
            deed = _deed_done_during(cue, candidates)
            if deed is not None and own[id(deed)] >= model.keep_threshold:
                # "five civilians are killed ... during demonstrations over prices": a deed told
                # as done during a happening tells that it went on (the deed's own is sure)
                own[id(cue)] = max(own[id(cue)], model.keep_threshold)
        told = _told_happenings(candidates, lambda c: own[id(c)] >= model.keep_threshold)
        harm_story = any(c.event.event_type in HARM_TYPES and c.event.mode == "asserted"
                         and own[id(c)] >= model.keep_threshold for c in candidates)
        harm_stories = {c.story_start for c in candidates if c.event.event_type in HARM_TYPES
                        and c.event.mode == "asserted" and own[id(c)] >= model.keep_threshold}
        hazard_story = any(c.event.event_type in HAZARD_TYPES and c.event.mode == "asserted"
                           and own[id(c)] >= model.keep_threshold for c in candidates)
        for cue in candidates:
            probability = own[id(cue)]
            head_raw.setdefault(cue.trigger.i, probability)
            if cue.coordinated:
                # "resume flights ... and continue work on a bridge": as sure as the verb it is
                # joined to
                probability = max([probability] + [head_raw.get(c.i, 0.0) for c in cue.trigger.conjuncts])
            if _no_event_voice(cue) or id(cue) in told or _private_encounter(cue) or _only_possible(cue.trigger) \
                    or _inquiry_only(cue) or _case_talk(cue, candidates) or (
                    cue.event.event_type == "arrest" and (_legal_standing(cue.trigger)
                                                          or _charged_in_happening(cue, candidates))) \
                    or _describing_accusation(cue.trigger, cue.event.event_type) \
                    or _threat_in_a_crime(cue.trigger, cue.event.event_type) \
                    or _background_without_time(cue) or _generic_claim(cue) or _standing_rule(cue) or _own_hope(cue) or _conditional_verdict(cue) \
                    or _answer_when_asked(cue) or _own_deed_recounted(cue) or _saying_in_time_clause(cue) \
                    or _private_quote(cue) or _quoted_bare_plural(cue) or _quoted_wish(cue) \
                    or _service_offered(cue) or _negated_without_denier(cue) \
                    or (cue.event.event_type == "visit" and craft_moving(cue.trigger)) \
                    or (hazard_story and _scene_recounted(cue)) \
                    or (harm_story and _undergone_recounted(cue)) \
                    or (cue.story_start in harm_stories and _death_told(cue)) \
                    or _how_its_head_went(cue, candidates, lambda c: own[id(c)] >= model.keep_threshold):
                # a private person's or an expert's words are no event (codebook §1), nor is
                # a police officer's account of what happened or a source telling of another
                # happening (§2), nor a person's standing before the law (§1); they may still
                # be the evidence of the happening they tell of
                probability = min(probability, model.keep_threshold * 0.99)
            if probability >= model.mention_threshold:
                raw[id(cue)] = probability
                mentions.append(cue)
        events = []
        item_of: dict[int, int] = {}  # event id -> the digest item its happening is told in (see digest_item)
        for group in _happenings(mentions, raw, model):
            top = max(raw[id(c)] for c in group)
            if top < model.keep_threshold:
                continue
            # the happening is named by its most specific strong mention: "confirmed plans to
            # resume flights" is the plan, not the confirmation
            strong = [c for c in group if raw[id(c)] >= model.keep_threshold]
            strong = [c for c in strong if id(c) not in lifted_quotes] or strong
            # not a noun told as coming after another happening ("This announcement comes after a
            # report published Saturday"): it takes up the happening, whose own mention names it
            strong = [c for c in strong if not follows_another(c.trigger)] or strong
            if any(not _interception(c) for c in strong):
                # the attack's own mention, not the defenders' (see _interception)
                strong = [c for c in strong if not _interception(c)]
            legal_case = any(_legal_act(c) for c in strong)
            best = min(strong, key=lambda c: (_naming_rank(c, legal_case), -raw[id(c)]))
            # ... and, of those as specific and nearly as likely, by the first (the lead)
            rank = _naming_rank(best, legal_case)
            best = min((c for c in strong if _naming_rank(c, legal_case) == rank
                        and raw[id(c)] >= raw[id(best)] - LEAD_MARGIN), key=lambda c: c.sentence_index)
            best = _spoken_by_name(best, group) or best
            if outer_clause_date(best):
                # a mention dated by its own words names the happening, not one that has the day of
                # a clause it hangs from ("paid tribute Tuesday to the bombing victims": the bombing
                # is not Tuesday's)
                dated = [c for c in strong if c.own_date and not date_assumed(c.event) and not outer_clause_date(c)]
                # of its kind; for a noun dated by a time limit, of a kind one happening can also be
                # ("A cause for the fighting had not been determined by Monday" after "a brawl early
                # Saturday": the brawl's day)
                own = [c for c in dated if c.event.event_type == best.event.event_type] \
                    or [c for c in dated if deadline_dated(best) and c.event.mode == best.event.mode
                        and compatible(c.event.event_type, best.event.event_type)]
                best = min(own, key=lambda c: c.sentence_index) if own else best
            best.event.confidence = round(model.confidence(top, article=not in_digest(best)), 2)
            if model.place_weights and best.place_options:
                _choose_place(best, model)
            if model.actor_weights and best.actor_options:
                _choose_actor(best, model)
            for other in group:
                if other is not best:
                    mention = other.event
                    if model.actor_weights and other.actor_options and mention.actor1 \
                            and not _doer_stands(other, model):
                        # a further mention's doer fills the happening's only where the actor
                        # model keeps that mention's own doer (not one it would drop)
                        mention = dataclasses.replace(mention, actor1=None)
                    if mention.actor1 and best.event.event_type == "arrest" and _defendants_own(other):
                        # "She was caught after a raid ... Munene admitted two charges": the one
                        # who pleads, admits or faces the charges is who was arrested, not its doer
                        mention = dataclasses.replace(mention, actor1=None)
                    outer = outer_clause_date(other)
                    if outer and mention.actor1:
                        # "prosecutors charged him on Monday with killing the clerk": the day and
                        # the doer are the charge's, not the killing's (see outer_clause_date)
                        mention = dataclasses.replace(mention, actor1=None)
                    _absorb(best.event, mention,
                            dates=_may_date(other, best) and not outer and not _ahead_of_deed(other, best))
            if _no_event_voice(best):
                # the speaker the group names ("..., he said" after "said Lt. Ann Ruiz"): a private
                # person's or an officer's account is no statement (codebook §1, §2)
                continue
            _date_from_mentions(best, group)
            if best.lead_date is not None and (best.event.date_derivation or "").startswith(PUBLICATION_DERIVATION):
                # the title's happening the body's mentions left undated: the lead's day
                _redate(best.event, best.lead_date, "the headline's happening, dated by its lead")
            events.append(best.event)
            item_of[id(best.event)] = digest_item(best)
        events.sort(key=lambda e: e.start)
        events = _fold_country_mentions(events, item_of)
    locator = candidates[0].locator if candidates else None
    sentence_of = {id(c.event): c.sentence for c in candidates}
    cue_of = {id(c.event): c for c in candidates}
    # (the article's attacker is looked for only when it has an attack to give it to)
    attacker = named_attacker(candidates[0].trigger.doc) if candidates and not in_digest(candidates[0]) and any(
        e.event_type in HARM_TYPES for e in events) else None
    for event in events:
        national = None
        if locator is not None:
            _origin_from_sender(event, locator)
            doer = event.actor_details[0] if event.actor_details else None
            if (why := locator.no_place(event.event_type, event.geonameid, event.place_derivation,
                                        _place_in_what_was_said(cue_of.get(id(event)))
                                        or _absorbed_from_what_was_said(event, candidates),
                                        event.place_text if event.lat is not None else None, doer, event.country_code,
                                        (event.sentence, *(e.get("sentence") or "" for e in event.evidence)))) \
                    is not None:
                _clear_place(event, f"no place of the happening in the text ({why})")  # not a wrong one
            # (judged on the doer's own words, before the doer is named after the place)
            national = locator.national_place(event.event_type, doer, event.place_derivation, event.geonameid,
                                              event.country_code)
        _crowd_doer(event)
        _name_country(event, sentence_of.get(id(event)))
        if national is not None:
            country, why = national
            if country is None:
                _clear_place(event, f"no place of the happening in the text ({why})")
            else:
                _set_place(event, country)
                event.place_derivation = f"{why} → {country.name} (country)"
        if locator is not None and sentence_of.get(id(event)) is not None and (
                wide := locator.wide_place(sentence_of[id(event)].text, event.place_derivation,
                                           event.geonameid)) is not None:
            # "Flags flew at half-staff across the state" in a story set in Milltown: the state
            _set_place(event, wide)
            event.place_derivation = f"no place in the sentence: a happening over the whole " \
                                     f"{'country' if wide.feature == 'country' else 'state'}, " \
                                     f"{wide.name}"
        _un_seat(event, sentence_of.get(id(event)))
        _home_nation(event, locator, cue_of.get(id(event)))
        _item_nation(event, locator, cue_of.get(id(event)))
        _possessor_nation(event, locator, cue_of.get(id(event)))
        _words_at_sea(event, locator)
        _office_jurisdiction(event, locator, cue_of.get(id(event)))
        if event.lat is None:
            _doers_country(event, locator, sentence_of.get(id(event)))
        _legislature_seat(event, locator, cue_of.get(id(event)))
        _no_doer_of_hazard(event)
        _doer_named_elsewhere(event, cue_of.get(id(event)), attacker)
        # the doer and target are final here; ``actors`` is derived from them once, not
        # re-synced by every step that changes one
        event.actors = parties(event.actor1, event.actor2)
        _future_is_planned(event, cue_of.get(id(event)))
    _home_nation_of_sentence(events, cue_of)
    _place_of_deed_set_in(events, cue_of)
    return _fold_place_copies(events, cue_of)


def _fold_place_copies(events: list[Event], cue_of: dict[int, Candidate]) -> list[Event]:
    """Copies of one mention made for several places (:func:`_one_per_place`) that end at one
    place, or at none, are one event: "The navy announces an operation to target smugglers in
    the Caribbean and South America" is one operation once no place of either copy is taken as
    where it happened, and "Authorities in Britain and the US announced that 300 people were
    arrested" one arrest when both copies fall back to one country (codebook §2: one event per
    happening, one per named place). The first keeps the others' evidence."""
    kept: list[Event] = []
    for event in events:
        cue = cue_of.get(id(event))
        twin = cue is not None and next(
            (k for k in kept if (c := cue_of.get(id(k))) is not None and c.trigger.i == cue.trigger.i
             and c.sentence.start == cue.sentence.start and _same_fields(k, event)), None)
        if twin:
            _absorb(twin, event)
        else:
            kept.append(event)
    return kept


def _same_fields(one: Event, other: Event) -> bool:
    """Two events of one kind, mode, doer, place and dates."""
    return all(getattr(one, name) == getattr(other, name) for name in (
        "event_type", "mode", "actor1", "geonameid", "place_name", "date_start", "date_end"))


def _home_nation_of_sentence(events: list[Event], cue_of: dict[int, Candidate]) -> None:
    """A happening whose sentence names no place for it, told beside one placed in the nation
    whose body does it ("Peruvian police constable Juan Soto is arrested over the beating of a
    student, which prompted clashes with police this week": the arrest is in Peru), is set in
    that nation too, not at a guess from elsewhere in the article (a digest's earlier item):
    the sentence tells of one country's affairs (see :func:`_home_nation`)."""
    homes: dict[int, Event] = {}  # sentence start -> its happening placed by its body's nation
    for event in events:
        cue = cue_of.get(id(event))
        if cue is not None and (event.place_derivation or "").startswith(HOME_NATION):
            homes.setdefault(cue.sentence.start, event)
    for event in events:
        cue = cue_of.get(id(event))
        home = homes.get(cue.sentence.start) if cue is not None else None
        if home is None or home is event or event.country_code == home.country_code \
                or not (event.place_derivation or "").startswith(_GUESSED_PLACES):
            continue
        _copy_place(event, home)
        event.place_derivation = f"no place in the sentence: the nation of the happening told beside it " \
                                 f"→ {home.place_name} (country)"


#: words that put a noun's happening in the past whatever date its sentence gives
_BEFORE_WORDS = {"previous", "earlier", "former", "past", "last", "prior", "previously", "formerly"}


def _defendants_own(cue: Candidate) -> bool:
    """The mention of a case is told by its defendant's own part in it, its subject the one
    charged: "Doe pleaded not guilty", "Doe made a court appearance" (:func:`defendant_of`),
    "Doe admitted two charges of fraud", "the three each face five charges of arson" (a charge
    noun its subject owns up to or bears)."""
    trigger = cue.trigger
    if defendant_of(trigger) is not None:
        return True
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and (
        trigger.head.lemma_.lower() in _OWNING_UP | BEARING_VERBS) \
        and any(c.dep_ == "nsubj" for c in trigger.head.children)


def _interception(cue: Candidate) -> bool:
    """The defenders' account of an attack: "air defences shot down 40 drones", "the army
    says it intercepted 12 missiles" after "A drone strike hits a fuel depot in Tula". Told
    with the attack itself, it names the defender, not the attacker, so the attack's own
    mention names the happening and its doer."""
    token = cue.trigger
    lemma = token.lemma_.lower()
    if lemma == "intercept" or (lemma == "down" and token.pos_ == "VERB"):
        return True
    return lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children)


def _future_is_planned(event: Event, cue: Candidate | None) -> None:
    """An event told as done whose own date (one its sentence states) lies wholly after the
    day of the report has not happened yet: it is planned ("voters go to the polls in the April 26
    election", published April 1; codebook §3). Not a verb told in the past ("the board voted
    5-0 to begin building next month": the date is the building's) nor "previous agreements".
    Set on the chosen event only: the event model reads the sentence's wording
    (:func:`mode_of`), not the date."""
    if cue is None or event.mode != "asserted" or event.published is None or event.date_start is None \
            or event.date_start <= event.published or not (event.date_derivation or "").startswith("'"):
        return
    token = cue.trigger
    helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_.lower() == "have" for c in helpers) \
            or any(c.lower_ in _BEFORE_WORDS for c in token.children):
        return
    event.mode = "planned"


def _historical_present(cue: Candidate) -> bool:
    """True for a happening told as the main verb of its sentence in the simple present with a
    party for its subject, the tense in which news digests, chronologies and summaries tell
    the day's happenings as done ("The harbour authority bans night fishing in the bay", "Over
    5,000 teachers demonstrate in Lisbon against the pay freeze"): not a verb of saying,
    confirming or announcing (what a source says, confirms or announces is told by its own
    words), nor a question. A root in the bare form with a subject and no auxiliary is the
    present tense mis-tagged ("Twelve councillors leave the ruling coalition")."""
    trigger = cue.trigger
    if cue.event.mode != "asserted" or trigger.pos != VERB or not _told_in_the_present(trigger, bare=True):
        return False
    lemma = trigger.lemma_.lower()
    if lemma in SAY_VERBS or lemma in ANNOUNCE_VERBS or lemma == "confirm":
        return False
    sentence = trigger.sent
    return not text_of(sentence.doc)[sentence.start_char:sentence.end_char].rstrip().endswith("?")


#: Clauses a deed's verb heads when the sentence tells it as done, not as a detail of a person
#: or a thing ("the mayor, who donated ... on Friday"): the main verb, a verb joined to it by
#: "and", a clause of time ("after the parliament ratified the treaty on Tuesday").
_DEED_CLAUSES = {"ROOT", "conj", "advcl"}
#: Who does a deed told with its day: a named party, a state, or a body named by its office
#: ("the Hungarian parliament"); not a pronoun, nor a crowd.
_DEED_DOERS = {"named", "state", "nominal"}


def _dated_past_deed(cue: Candidate) -> bool:
    """A deed (not a saying) told by a finite verb in the simple past with a doer and the day it
    was done stated in its own clause: "On March 6, the mayor donated $5,000 to the shelter",
    "Lena Ruiz flew to Oslo on Saturday to meet the envoy", "after the parliament ratified the
    treaty on Tuesday", or by a gerund after "after" in a sentence told in the past ("After
    touring the port Thursday, the minister flew home": see :func:`_done_before`). The stated
    day and the past tense tell a happening that took place, whatever the model makes of the
    wording; not a clock time only ("crews arrived at about 2:50 p.m. to find ..." times a
    step of a scene), a date the sentence does not state (the narrative's), a relative
    clause's detail, or a negated verb."""
    trigger, event = cue.trigger, cue.event
    if event.mode != "asserted" or trigger.pos != VERB or event.event_type in VERBAL_TYPES \
            or not (trigger.tag_ == "VBD" and trigger.dep_ in _DEED_CLAUSES or _done_before(trigger)):
        return False
    lemma = trigger.lemma_.lower()
    if lemma in SAY_VERBS or lemma in ANNOUNCE_VERBS or any(c.dep_ == "neg" for c in trigger.children):
        return False
    derivation = event.date_derivation or ""
    if not cue.own_date or event.date_precision != "day" or not derivation.startswith("'") \
            or "time of day" in derivation:
        return False
    return bool(event.actor1) and cue.actor1_kind in _DEED_DOERS


#: Nouns of a text or a testimony a party puts out or files: a clause of accusing hung on one
#: tells the accusation the text makes ("filed affidavits alleging ...", "a statement accusing
#: ..."); not a journalist's article or column (codebook §1)
ACCUSING_TEXTS = LEGAL_ACTS | {"affidavit", "testimony", "case", "statement", "letter", "report", "resolution",
                               "declaration"}


def _accusation_in_a_text(cue: Candidate) -> bool:
    """An accusation told by a participle or a relative clause on the noun of a text or a
    testimony ("the relatives filed affidavits alleging that he beat the boy", "her testimony
    accusing the minister of fraud", "a complaint that alleged the army armed the militia"):
    the text makes the accusation, so the accusation was made (codebook §2: an accusation is
    the speaker's own position), however the model reads a clause hung on a noun. Not a
    negated clause, nor a text told only as planned or hypothetical."""
    trigger, event = cue.trigger, cue.event
    if event.event_type != "condemn" or event.mode not in ("asserted", "denied") or trigger.pos != VERB \
            or trigger.dep_ not in ("acl", "relcl") or any(c.dep_ == "neg" for c in trigger.children):
        return False
    return trigger.head.pos_ == "NOUN" and trigger.head.lemma_.lower() in ACCUSING_TEXTS


def _dated_background_harm(cue: Candidate) -> bool:
    """A harm (attack, accident, disaster) named by a noun whose own words state its time: "in
    response to the closure of a consulate following a railway explosion earlier this month",
    "suspected in the 2019 bombing of a bus depot", "a three-hour shootout Thursday north of
    the capital left four gunmen dead". The background the codebook codes is the one with a
    time of its own (§1, §3); a time in the noun's own phrase (the preposition's phrase it is
    the object of), or right after the noun itself, makes it such a happening, however it hangs
    from the sentence. Not a date elsewhere in the sentence ("several other fires occurred
    throughout the state Tuesday": the verb's), nor a noun the parser makes the whole sentence."""
    trigger, event = cue.trigger, cue.event
    if event.mode != "asserted" or trigger.pos_ != "NOUN" or trigger.dep_ == "ROOT" \
            or event.event_type not in RETOLD_TYPES or not cue.own_date \
            or not (event.date_derivation or "").startswith("'") or not event.date_text:
        return False
    text = text_of(trigger.doc)
    if text[trigger.idx + len(trigger.text):].lstrip().startswith(event.date_text):
        return True  # "a shootout Thursday"
    if not (trigger.dep_ == "pobj" or (trigger.dep_ == "dobj" and trigger.head.dep_ == "prep")):
        return False
    # (a time hung on the preposition the noun is the object of is the noun's, and so is one
    # right after its phrase, wherever the parser hangs it: "following a railway explosion
    # earlier this month that ...")
    start = min(t.idx for t in trigger.head.subtree)
    end = max(t.idx + len(t.text) for t in trigger.head.subtree)
    return event.date_text in text[start:end] or text[end:].lstrip().startswith(event.date_text)


def _dated_in_subordinate_clause(cue: Candidate) -> bool:
    """A harm (attack, accident, disaster) named by the object of a past-tense verb in a
    relative or adverbial clause whose own words state its time ("the beating of a student,
    which prompted clashes with police this week"; "after the ruling, which sparked deadly
    fighting on Sunday"): the clause tells it as done, at a time of its own, whatever the
    sentence's main verb tells (see :func:`_dated_background_harm` for a noun in a phrase of
    time). A harm joined to another noun ("protests and clashes") is the object too."""
    trigger, event = cue.trigger, cue.event
    if event.mode != "asserted" or trigger.pos_ != "NOUN" or event.event_type not in RETOLD_TYPES \
            or not cue.own_date or not (event.date_derivation or "").startswith("'") or not event.date_text:
        return False
    first = trigger
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head  # "protests and clashes": the first of the joined nouns is the object
    verb = first.head
    if first.dep_ != "dobj" or verb.tag_ != "VBD" or verb.dep_ not in ("relcl", "advcl"):
        return False
    text = text_of(trigger.doc)
    start = min(t.idx for t in verb.subtree)
    end = max(t.idx + len(t.text) for t in verb.subtree)
    return event.date_text in text[start:end]


def _how_its_head_went(cue: Candidate, candidates: list[Candidate], sure: Callable[[Candidate], bool]) -> bool:
    """The mention is a participle set off by a comma after a sure deed of its sentence, with no
    subject of its own (a free adjunct): what that deed did or how it went, the same happening
    (codebook §2), not another one. "Governor Ann Roe signed the bill on Monday, outlawing
    fracking in the state" is the signing; "Gunmen stormed two villages, killing nine and
    abducting dozens" is the raid. Not a saying ("stopped in Moorhead, urging residents to ..."
    is a statement of its own), a toll (linked by its clause), what is handed on to another party
    (:func:`_handed_on`), nor the acts a saying announces ("announced measures, suspending a
    treaty and expelling diplomats": each announced act is an event, codebook §2)."""
    verb = cue.trigger
    if cue.event.event_type in VERBAL_TYPES or verb.lemma_.lower() in TOLL_WORDS:
        return False
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head  # "killing nine and abducting dozens": the first of the joined participles
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i >= verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    left = verb.left_edge
    if left.i == 0 or verb.doc[left.i - 1].text != "," or _handed_on(verb):
        return False
    return any(c.trigger.i == verb.head.i and c.trigger.i != cue.trigger.i and c.event.mode == cue.event.mode
               and c.sentence.start == cue.sentence.start and c.event.event_type not in VERBAL_TYPES and sure(c)
               for c in candidates)


def _handed_on(verb: Token) -> bool:
    """The verb hands something on to a named party, whose own step comes next: "The Senate passed
    the bill, sending it to the House", "..., referring the case to the Supreme Court"."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))
        for o in c.children) for c in verb.children)


def _done_before(verb: Token) -> bool:
    """A gerund after "after" whose governing verb is in the simple past ("After touring the
    port Thursday, the minister flew home"; "after meeting the envoy on Friday, she left"):
    the clause of time tells a deed done before a past one, as a finite verb would."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "after" \
        and verb.head.head.tag_ == "VBD"


#: Kinds of happening a party schedules for a day: meetings (forums, hearings, sessions), visits,
#: elections.
_SCHEDULED_TYPES = {"meet", "visit", "election"}


def _scheduled_gathering(cue: Candidate) -> bool:
    """A meeting, visit or election its own clause schedules for a stated day after the report
    ("The council will host a forum on April 22", "A public meeting is set for 7 p.m. May 14",
    "The board will hold its vote on Tuesday, June 2"): a planned happening, which the codebook
    codes with its planned time (§3: mode planned), whatever the model makes of the wording.
    Not a day the sentence does not state (the narrative's), a coarser time ("the 2014
    Games", "in the summer": no schedule), nor a verb hung from a preposition ("soon after
    arriving Monday": a step timed by another happening, not a plan)."""
    event = cue.event
    if event.event_type not in _SCHEDULED_TYPES or event.mode not in ("planned", "asserted"):
        return False
    derivation = event.date_derivation or ""
    if not cue.own_date or not derivation.startswith("'") or event.date_start is None \
            or event.date_precision != "day" or cue.trigger.dep_ == "pcomp":
        return False
    return event.date_start > cue.published


def _told_in_the_present(verb: Token, *, bare: bool) -> bool:
    """The verb is its sentence's main verb in the simple present (with ``bare``, also in the
    bare form the tagger gives a present it misreads), not under a modal, "do" or a negation,
    with a party for its subject (not a pronoun: "we negotiate ..."), outside quotes, in a
    sentence with no word of a habit ("usually")."""
    # (the simple present a digest tells its items in, as coref's _told_as_today reads it, and
    # more: a happening lifted for its telling needs a party for subject, no negation, no habit)
    sentence = verb.sent
    if verb.dep_ != "ROOT" or not told_in_simple_present(sentence, verb, PRESENT_TAGS if bare else ("VBZ", "VBP")):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos == PRON or subject.lower_ in _PERSONAL_PRONOUNS:
        return False
    return not any(t.lower_ in GENERIC_CUES for t in sentence)


#: Verbs of a body's inquiry into a happening ("investigate", "look into"): a routine step.
INQUIRY_VERBS = {"investigate", "probe", "examine", "review"}
#: What a source says is not yet known ("the cause is unclear").
UNKNOWN_WORDS = {"unclear", "unknown", "uncertain", "undetermined"}


#: Nouns of a body's inquiry into a happening ("the investigation", "a probe").
INQUIRY_NOUNS = {"investigation", "probe", "inquiry"}
#: Verbs that tell only an inquiry's course: its length or going on ("the probe could last two
#: years"), or its opening by a body other than the speaker ("the NTSB would begin an investigation").
INQUIRY_COURSE_VERBS = {"last", "take", "continue", "remain"}
INQUIRY_OPENING_VERBS = {"begin", "start", "open", "launch"}


def _inquiry_step(content: Token) -> bool:
    """True for said words that tell a step or the course of an inquiry, in any tense: an
    inquiry verb in the passive done by another body or as part of an inquiry ("the road will
    be examined as part of the investigation", "the crash will be investigated by the state
    patrol"); an inquiry noun as the subject or object of a verb of its course ("their
    investigation could last as long as two years"), or opened by a named third body ("the
    NTSB would begin an investigation"). A routine step, no position of the speaker's (codebook
    §1). Not a body's word that the happening will be looked into ("the government reports that
    the circumstances will be investigated", "said it would open an inquiry"): a pledge."""
    lemma = content.lemma_.lower()
    children = list(content.children)
    if lemma in INQUIRY_VERBS and any(c.dep_ == "auxpass" for c in children):
        return any(c.dep_ == "agent" for c in children) or any(
            t.lower_ == "part" and t.dep_ == "pobj" and any(g.lemma_.lower() in INQUIRY_NOUNS for g in t.subtree)
            for t in content.subtree)
    if not any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in INQUIRY_NOUNS for c in children):
        return False
    if lemma in INQUIRY_OPENING_VERBS:
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ == "PROPN"
    return lemma in INQUIRY_COURSE_VERBS


def _inquiry_only(cue: Cue) -> bool:
    """True for a bare verb of saying whose words only tell that the body is looking into a
    happening or that something about it is not known ("The coast guard says it is
    investigating", "police said they were looking into the crash", "the agency states that the
    cause of the fire is unclear"): a routine step of an investigation or no finding, no
    position of the speaker's own (codebook §1: investigations' routine steps are not coded;
    §2: the happening is the event). It may still be evidence of the happening."""
    if not _bare_statement(cue):
        return False
    content = _said_content(cue.trigger)
    if content is None or any(c.dep_ == "neg" for c in content.children):
        return False
    if _inquiry_step(content):
        return True
    lemma = content.lemma_.lower()
    if lemma in INQUIRY_VERBS or (lemma == "look" and any(
            c.lower_ == "into" and c.dep_ in ("prep", "prt") for c in content.children)):
        return content.tag_ == "VBG" or content.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in content.children)
    return lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in UNKNOWN_WORDS for c in content.children)


#: Steps of a criminal case a party's words may speak of ("the hearing", "a grand jury").
CASE_STEP_WORDS = {"hearing", "bail", "jury", "counsel", "witness", "plea", "arraignment", "indictment",
                   "sentencing", "testimony"}


def _case_talk(cue: Cue, candidates: list[Candidate]) -> bool:
    """True for a bare verb of saying whose words (outside the speaker's own name) speak of a
    step in a criminal case the article tells of ("Specifics will follow Thursday's hearing, his
    lawyer said", "Rowe said he cannot afford counsel", "the prosecutor said he will put the
    evidence before a grand jury"): a party's talk about the case is part of the case (codebook:
    court appearances, trials and criminal cases are the arrest's), not a statement of its own.
    Only where the article has a mention of an arrest, a charge or a trial."""
    if not _bare_statement(cue):
        return False
    say = cue.trigger
    speaker = {t.i for c in say.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if not any(t.lemma_.lower() in CASE_STEP_WORDS for t in cue.sentence if t.i not in speaker):
        return False
    return any(c.event.event_type == "arrest" for c in candidates if c is not cue)


#: Objects of "announces" that report what happened, not an act of the announcer ("announces the
#: death of its commander", "announces the results of the vote", "announces the toll").
REPORTED_OBJECTS = {"death", "result", "toll", "number", "figure", "name", "finding", "casualty", "loss", "news",
                    "detail", "discovery", "outcome"}


def _own_act_announced(cue: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """For "X announces ..." as its sentence's main verb in the present (a digest's way of telling
    the day's acts) with, for object, the party's own act or plan, the mention that stands for
    that act: the announced act's own mention when it has one ("The treasury announces sanctions
    against three banks"), else the announcement ("The ministry announces the closure of its
    consulate in Basra"). None for an object that reports ("announces the death of its
    commander"), a clause (what it tells may have happened: "announces that six people were
    killed"). The caller leaves alone an act whose own mention is already sure (it stands by
    itself; the announcement is no second event)."""
    trigger = cue.trigger
    if cue.event.event_type != "statement" or trigger.lemma_.lower() not in ANNOUNCE_VERBS \
            or not _told_in_the_present(trigger, bare=False):
        return None
    thing = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos != NOUN or thing.lemma_.lower() in REPORTED_OBJECTS:
        return None  # (a clause, "announces that six people were killed" or "it will cease", is left to the model)
    words = {thing.i} | {c.i for c in thing.children if c.dep_ in ("compound", "acl", "xcomp")}
    acts = [c for c in candidates if c is not cue and c.sentence.start == cue.sentence.start
            and c.trigger.i in words and c.event.event_type not in VERBAL_TYPES]
    return acts[0] if acts else cue


def _plan_announced(cue: Candidate) -> set[int] | None:
    """True for "X announces (that) ... will ..." as its sentence's main verb in the present (a
    digest's way of telling the day's news): "The ministry announces that it will close its
    consulate in Basra", "The army announces troops will stay in the buffer zone". What is
    announced to come is a plan, and the announcement is the day's happening (codebook §2, §3);
    a clause told as done ("announces that six people were killed") is left to the model. The
    tokens of the announced clause, else None."""
    trigger = cue.trigger
    if cue.event.event_type != "statement" or trigger.lemma_.lower() not in ANNOUNCE_VERBS \
            or not _told_in_the_present(trigger, bare=False):
        return None
    clause = next((c for c in trigger.children if c.dep_ == "ccomp"
                   and any(a.dep_ == "aux" and a.lower_ == "will" for a in c.children)), None)
    return None if clause is None else {t.i for t in clause.subtree}


def _take_plans_day(cue: Candidate, inside: list[Candidate]) -> None:
    """The announcement that stands for a plan (:func:`_plan_announced`) is the plan, to come:
    "The ministry announces it will close its consulate in Basra when the lease ends on
    March 3" is a closure planned for March 3, the day a mention inside the announced clause
    takes from its sentence when that day lies after the report."""
    event = cue.event
    dated = next((c.event for c in inside if c.event.date_start is not None and event.published is not None
                  and c.event.date_start > event.published and not date_assumed(c.event)), None)
    if dated is None:
        return
    event.date_start, event.date_end = dated.date_start, dated.date_end
    event.date_precision, event.date_text = dated.date_precision, dated.date_text
    event.date_derivation = f"{dated.date_derivation} (the day of the plan the announcement tells)"
    event.mode = "planned"


#: Happenings of nature or mishap whose human toll a sentence may tell.
HAZARD_TYPES = {"disaster", "accident"}


def _hazard_with_toll(cue: Candidate) -> bool:
    """True when a flood, storm, fire or crash told as done is the cause of a toll its
    sentence tells in the same clause chain: the toll's word governs it ("Five people are
    killed in flash floods in Ogun", "... are injured as Cyclone Ava makes landfall") or
    hangs inside its phrase ("the blaze, which injured three firefighters")."""
    if cue.event.event_type not in HAZARD_TYPES or cue.event.mode != "asserted":
        return False
    trigger = cue.trigger
    if any(a.lemma_.lower() in TOLL_WORDS for a in islice(trigger.ancestors, 6)):
        return True
    return any(t.i != trigger.i and t.pos == VERB and t.lemma_.lower() in TOLL_WORDS for t in trigger.subtree)


def _text_passed(cue: Candidate) -> bool:
    """A law text told as having passed the body that voted it, not negated ("This bill passed
    the Senate on Tuesday", "A bill passes through Congress and is signed by the president"; see
    :func:`timeline.events.triggers.text_passes_a_chamber`): the body's vote is told as done,
    whatever the model makes of a wording told from the text's side."""
    trigger = cue.trigger
    return cue.event.mode == "asserted" and trigger.lemma_.lower() == "pass" and text_passes_a_chamber(trigger) \
        and not any(c.dep_ == "neg" for c in trigger.children)


def _quoted_characterisation(cue: Candidate) -> bool:
    """A verb of naming whose label is the speaker's quoted words, told as done ("The foreign
    ministry characterized the raid as \"a gross violation of our sovereignty\"", "the minister
    called the plan \"a disgrace\""; see :func:`timeline.events.triggers.quoted_label`): the
    speaker's own position, a statement or condemnation (codebook §2), not an account of
    what happened. (A private person's words stay no event: :func:`_no_event_voice`.)"""
    trigger = cue.trigger
    return cue.event.event_type in ("statement", "condemn") and cue.event.mode == "asserted" \
        and trigger.pos_ == "VERB" and trigger.tag_ in ("VBD", "VBN", "VBZ") and quoted_label(trigger) is not None


def _partly_quoted_claim(cue: Candidate) -> bool:
    """A bare verb of saying whose reported clause carries the speaker's own words judging
    something, quoted inside the reporter's clause ("the minister said the vote was \"a farce\"",
    "Moscow says the \"illegal\" seizure was \"close to piracy\""): a quoted adjective or what
    the thing "was" is the speaker's position or accusation (codebook §2), not the reporter's
    account of what happened, and is kept even in a story of a fire or an attack. Not a clause
    quoted whole ('"The roof was gone," he said': an account), nor a quoted name ('carried a
    \"deer gun\"'), nor words another reports ("a paper reported its source said ..."). (A
    private person's words stay no event: :func:`_no_event_voice`.)"""
    say = cue.trigger
    if cue.event.event_type != "statement" or cue.event.mode != "asserted" or say.pos_ != "VERB" \
            or say.lemma_.lower() not in SAY_VERBS or inside_quotes(say.sent, say) \
            or (say.dep_ == "ccomp" and say.head.lemma_.lower() in SAY_VERBS):
        return False  # (a saying told by another, "reported its source said ...": second-hand)
    content = next((c for c in say.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if content is None:
        return False
    clause = [t for t in content.subtree if t.text not in _QUOTE_MARKS]
    if not clause or inside_quotes(say.sent, clause[0]):
        return False
    return any(t.pos_ == "ADJ" or t.dep_ == "attr" for t in clause[1:] if inside_quotes(say.sent, t))


#: What may stand between a verb of saying and the quotation it introduces: the medium or
#: setting or the subject ("said via Twitter, ...", "told reporters in Geneva: ...", "said of the
#: outbreak, ...", "spoke about the deal: ..."), then a comma or a colon.
_QUOTE_INTRODUCED = re.compile(
    r"(?:\s+(?:via|in|on|at|to|during|after|before|through|of|about)\b[^\"“”,:;]{1,50})?\s*[,:]\s*[\"“]")
#: Verbs whose quotation after a comma or colon is the speaker's own words (:func:`_introduced_quotation`).
_QUOTING_VERBS = SAY_VERBS | QUOTE_VERBS
#: The entity kinds of a speaker named in the verb's own subject.
_NAMED_SPEAKERS = {"PERSON", "ORG", "GPE", "NORP"}


def _quote_follows(say: Token) -> bool:
    """True when the speaker's words follow the verb quoted in full after a comma or a colon
    (:data:`_QUOTE_INTRODUCED`): "said of the outbreak, \"...\"", "commented: \"...\""."""
    return _QUOTE_INTRODUCED.match(text_of(say.doc), say.idx + len(say.text), say.sent.end_char) is not None


def _introduces_quotation(verb: Token) -> bool:
    """A verb of speaking that tells a saying by the quotation it introduces (:data:`QUOTE_VERBS`:
    "Mayor Jane Doe commented, \"The closure hurts us.\"", "the director spoke of the deal: \"...\""):
    the quoted words are the speaker's, as after "said"; not the verb alone ("spoke at the
    ceremony", "commented on the photos"), nor one inside a quotation."""
    if verb.lemma_.lower() not in QUOTE_VERBS or verb.pos_ != "VERB" or inside_quotes(verb.sent, verb) \
            or not _quote_follows(verb):
        return False
    # the main verb, or hung by the parser on the quotation's own verb after it
    return verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "parataxis") and verb.head.dep_ == "ROOT"
                                   and verb.head.i > verb.i and inside_quotes(verb.sent, verb.head))


def _introduced_quotation(cue: Candidate) -> bool:
    """A bare verb of saying by a named speaker that introduces the speaker's words quoted in
    full after a comma or a colon ("Senator Jane Roe said, \"This bill betrays our farmers.\"",
    "The minister wrote via Twitter: \"We will not accept ...\""): news sets off a party's
    statement, a tweet or a prepared remark this way, and the quotation is its content, the
    speaker's own position (codebook §2), not the reporter's account of what happened with a
    source named. Not one whose speaker is unnamed ("a man said, ...") or a saying told by
    another. (A private person's, an officer's or a recounting voice stays no event: the
    checks of :func:`select_events` after this still apply.)"""
    say = cue.trigger
    if not _bare_statement(cue, verb=True) or cue.event.mode != "asserted" \
            or say.lemma_.lower() not in _QUOTING_VERBS \
            or inside_quotes(say.sent, say) or (say.dep_ == "ccomp" and say.head.lemma_.lower() in SAY_VERBS):
        return False
    if not _quote_follows(say):
        return False
    subject = next((c for c in say.children if c.dep_ == "nsubj"), None)
    # the speaker the doer rules name ("He added, ...": the person the text named before)
    return subject is not None and cue.actor1_kind == "named" and (
        subject.pos_ == "PRON" or any(t.ent_type_ in _NAMED_SPEAKERS for t in subject.subtree))


#: Candidates the text tells as surely happened (or surely planned), whatever the event model
#: scores them: each is kept (its own score raised to the keep threshold in :func:`select_events`).
_TOLD_AS_SURE: tuple[Callable[[Candidate], bool], ...] = (
    _hazard_with_toll,             # "Three people are killed after tornadoes touch down near Wichita" (§2: a toll)
    _dated_past_deed,              # "On March 6, the mayor donated $5,000 to the shelter" (§2)
    _dated_background_harm,        # "following a railway explosion earlier this month" (§1, §3)
    _accusation_in_a_text,         # "the relatives filed affidavits alleging that he beat the boy" (§2)
    _dated_in_subordinate_clause,  # "the beating of a student, which prompted clashes this week"
    _scheduled_gathering,          # "The council will host a forum on April 22" (§3: planned)
    _text_passed,                  # "This bill passed the Senate on Tuesday" (§1: a parliamentary vote)
    _quoted_characterisation,      # 'characterized the raid as "a gross violation"' (§2: own position)
    _partly_quoted_claim,          # 'the minister said the vote was "a farce"' (§2: own position)
)  # (and _introduced_quotation, 'Senator Jane Roe said, "..."' (§2), asked once in select_events, which
#    also keeps such a lifted quotation from naming its group)


def _scene_recounted(cue: Candidate) -> bool:
    """True for a bare verb of saying whose words recount, in the past, what was seen or done
    ("'The whole roof was gone,' a neighbour said", "the fire chief said the blaze started in
    the kitchen", "a spokeswoman said both drivers were treated at the hospital", "said the
    family has moved into a motel"): in a story
    of a crash, fire, flood or storm such words are the account of the hazard (codebook §2: an
    account of what happened is no event of its own), not a statement; they may still be its
    evidence. Not a plan, a hope or a position ("said they would reopen the road", "said
    drivers need to take care", "said he does not think the dam will hold"): a modal, a
    negation or a present-tense clause keeps the statement."""
    return _recounted_content(cue) is not None


def _recounted_content(cue: Candidate) -> Token | None:
    """The verb of the words that recount a scene (:func:`_scene_recounted`), or None."""
    if not _bare_statement(cue) or cue.trigger.lemma_.lower() not in SAY_VERBS or _partly_quoted_claim(cue):
        return None
    content = _said_content(cue.trigger)
    if content is None:
        return None
    helpers = [c for c in content.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.tag_ == "MD" or c.dep_ == "neg" for c in helpers):
        return None
    recounted = content.tag_ == "VBD" or any(c.tag_ == "VBD" for c in helpers) or (
        content.tag_ == "VBN" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in helpers))
    return content if recounted else None


def _undergone_recounted(cue: Candidate) -> bool:
    """True for a bare verb of saying whose own words (no quotation) tell in the simple past
    passive what others underwent ("a spokesman said officers were called to the house at
    2 p.m.", "the suspect was seen crossing the border, the newspaper reported"): in a story of
    an attack such words are its account, no statement of the speaker's (codebook §2); they may
    still be its evidence. Not a quotation (the speaker's own voice: "'we were pushed out of the
    talks,' he said"), a perfect (a standing charge: "said she had been kidnapped") or the
    speaker's side as the one undergoing ("said they were attacked")."""
    content = _recounted_content(cue)
    if content is None:
        return False
    if inside_quotes(content.sent, content) \
            or _perfect(content):
        return False
    return any(c.dep_ == "auxpass" for c in content.children) \
        and not any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in content.children)


def _death_told(cue: Candidate) -> bool:
    """True for a death read as a mishap's toll by its verb alone ("Doe died in the terminal
    after waiting there for hours"): in a story of an attack (a digest's item, not the whole
    digest) such a death is the attack's toll as the story tells it (codebook §2), no mishap of
    its own; it may still be its evidence."""
    return cue.event.event_type == "accident" and cue.trigger.lemma_.lower() in DEATH_VERBS


def _naming_rank(cue: Cue, legal_case: bool) -> int:
    """How specific a mention is to name its happening (:data:`TYPE_RANK`), save that in a
    happening with a legal act's mention (``legal_case``) a statement is no more specific than
    the act: "filed a lawsuit against the state ... The complaint notes many residents lack
    transport" is the suit, told on its own day, not the complaint's words (codebook §2)."""
    if legal_case and cue.event.event_type == "statement":
        return TYPE_RANK["other"]
    return TYPE_RANK.get(cue.event.event_type, 99)


#: Verbs of a party's own step in a civil case or a court's ruling on it
_LEGAL_VERBS = {"sue", "file", "rule"}


def _legal_act(cue: Cue) -> bool:
    """True for a party's or a court's legal act told by its own verb ("the groups filed a
    lawsuit", "the state sued the firm", "a judge ruled the law unconstitutional"); a noun
    ("a previous Supreme Court ruling") may be background told in passing."""
    return cue.event.event_type == "other" and cue.trigger.pos_ == "VERB" \
        and cue.trigger.lemma_.lower() in _LEGAL_VERBS


#: How much likelier a later mention must be than an earlier strong one of the same kind to
#: name the happening: news tells a happening first in its lead ("Kellogg arrived in Kyiv on
#: Monday ...") and takes it up later in passing ("His visit follows a week in which ...").
LEAD_MARGIN = 0.1


def _place_in_what_was_said(cue: Candidate | None) -> bool:
    """True when the event's place lies in what its words say ("condemned the shelling of
    schools in X"), not in a phrase that sets their scene ("during talks in X, he thanked")."""
    if cue is None or cue.locator is None or cue.event.geonameid is None:
        return False
    place = next((p for p in cue.locator.places_in(cue.sentence) if p.geonameid == cue.event.geonameid), None)
    token = cue.locator.token_of(place) if place is not None else None
    return token is not None and in_what_was_said(token, cue.trigger)


def _absorbed_from_what_was_said(event: Event, candidates: list[Candidate]) -> bool:
    """True when the event's place came from a further mention of it (see :func:`_absorb`) and
    lies in what that mention's words say: "Castro spoke in Havana on Monday. He said the boy
    would soon leave Miami." The statement's place is not Miami, whichever mention names the
    happening."""
    return any(_place_in_what_was_said(cue) for cue in _place_givers(event, candidates))


def _place_givers(event: Event, candidates: list[Candidate]) -> Iterator[Candidate]:
    """The further mentions of the event (its evidence, see :func:`_absorb`) that could have
    given it its place: the same place, found the same way."""
    starts = {e.get("start") for e in event.evidence}
    if event.geonameid is None or not starts:
        return
    yield from (cue for cue in candidates if cue.event.start in starts and _placed_alike(cue.event, event))


def _placed_alike(one: Event, other: Event) -> bool:
    """The two events have the same place, derived the same way."""
    return one.geonameid == other.geonameid and one.place_derivation == other.place_derivation


def _happenings(mentions: list[Candidate], raw: dict[int, float], model: EventModel) -> list[list[Candidate]]:
    """The mentions grouped into happenings: the pair model's groups (:func:`cluster`), each
    parted into one group per kind of happening its strong mentions tell (:func:`split_kinds`)."""
    groups = cluster(mentions, model.same_happening, _same_happening, threshold=model.pair_threshold)
    strong = lambda cue: raw[id(cue)] >= model.keep_threshold  # noqa: E731
    return [part for group in groups for part in split_kinds(group, strong)]


#: Who tells what happened for the police, an inquiry or the fire service (lemmas and title words).
REPORTING_VOICES = {"police", "policeman", "policewoman", "sheriff", "detective", "investigator", "coroner",
                    "examiner", "firefighter", "fire", "trooper", "sergeant", "sgt", "lieutenant", "lt", "captain",
                    "capt", "patrol", "paramedic", "dispatcher", "constable", "marshal", "officer", "garda", "gardai",
                    # a federal investigator's account of a case ("FBI agent Bill Lee said", "the FBI says
                    # the car was found"); not "superintendent", which is a school district's head too
                    # ("Superintendent Ann Roe said the schools need 40 more teachers": a position)
                    "agent", "fbi"}
#: Who speaks as a private person or a commentator, not for a party: their quotes are no event.
PRIVATE_VOICES = {"resident", "neighbor", "neighbour", "friend", "relative", "mother", "father", "stepmother",
                  "stepfather", "son", "daughter", "wife", "husband", "brother", "sister", "cousin", "uncle", "aunt",
                  "grandmother", "grandfather", "widow", "witness", "analyst", "expert", "professor", "researcher",
                  "meteorologist", "economist", "observer", "commentator", "scholar", "villager", "passenger",
                  "survivor", "student", "customer", "shopkeeper", "marcher", "classmate", "boyfriend", "girlfriend",
                  "homeowner", "bystander", "prisoner", "parishioner", "fan", "motorist", "teammate", "coach",
                  "singer", "songwriter", "singer-songwriter", "musician", "artist", "defendant", "suspect",
                  # scientists comment as experts do ("Ann Lee, an astronomer with the observatory, said
                  # the flash was a meteor")
                  "scientist", "astronomer", "geologist", "seismologist", "volcanologist", "physicist", "biologist",
                  "chemist", "historian", "climatologist", "epidemiologist", "hydrologist",
                  "victim", "patient", "tenant", "landlord", "coworker", "co-worker", "correspondent", "reporter",
                  "journalist", "columnist", "parent", "grandparent", "grandson", "granddaughter", "nephew", "niece",
                  "stepson", "stepdaughter", "builder", "churchgoer", "congregant", "bartender", "waiter",
                  "waitress", "retiree", "volunteer", "shopper", "diner", "driver", "worker",
                  # a side in a dispute speaks for itself, not for a party: "Critics of the plan said
                  # the road would ruin the valley", "Ann Lee, a supporter of the bypass, said it
                  # will cut traffic" (codebook §1: opinions, private persons' quotes)
                  "supporter", "backer", "opponent", "critic",
                  # a trade or a craft speaks for the person, not for a party: "Ann Lee, a teacher at
                  # the school, said", "actor Ann Lee said of her co-star" (not a developer or a
                  # businessman: a business may be a party to the dispute the article tells; not
                  # "runner" or "author": a "front-runner" is a candidate, a bill's author a lawmaker)
                  "teacher", "farmer", "athlete", "sprinter", "footballer", "actor", "actress",
                  "filmmaker", "novelist", "poet", "comedian", "rapper", "celebrity"}
#: Verbs that describe a person by their home ("who lives on Oak Street").
RESIDING = {"live", "reside", "work"}
#: Who speaks in a court hearing: their words are part of the hearing (codebook: court appearances
#: and trials are the arrest's), not a party's statement.
COURT_VOICES = {"judge", "magistrate", "juror", "jury", "prosecutor"}


def _descriptors(token: Token) -> set[str]:
    """A person's own word and the words that describe them: "Micanopy resident Troy Blakely",
    "Carla Dunn, a meteorologist at ...", "the gunman's stepmother"."""
    words = {token.lemma_.lower()}
    if token.lower_ in _QUANTIFIERS:
        # "Several of the parents said ...": the speakers are some of the parents
        words.update(o.lemma_.lower() for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj")
    described = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        described.append(token.head)  # "An ex-wife of Stewart's, Sue Griffin, ..."
    # its modifiers, and theirs: "Chiefland Police Chief Robert Douglas"
    words.update(t.lemma_.lower() for t in token.subtree if t.i < token.i and t.dep_ in ("compound", "amod"))
    for other in described:
        words.add(other.lemma_.lower())
        words.update(c.lemma_.lower() for c in other.children if c.dep_ in ("compound", "amod"))
        # "Tai Ahmad, one of Ouellette's closest friends"
        words.update(o.lemma_.lower() for c in other.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj")
        if any(t.lower_ in OFFICES for t in other.subtree):
            words.add("office")  # "Raul Castro, younger brother of the president and head of the armed forces"
    if any(c.dep_ == "relcl" and c.lemma_.lower() in RESIDING for t in [token, *described] for c in t.children):
        # "Ann Lee, who lives on Oak Street", "Tom Roe, a nurse who works nights": described by
        # her home or her work, a private person
        words.add("resident")
    return words


def _no_event_voice(cue: Cue) -> bool:
    """True for a bare verb of saying that is no event: a private person or a commentator
    speaking (codebook §1), or an account of a happening, by the police, an investigator, a
    coroner or a fire officer or to the police ("Gillen told detectives"; §2: "X said the
    blast killed four" gives the blast; "police confirmed that the body was his")."""
    if cue.event.event_type == "statement" and not _bare_saying(cue) and cue.trigger.pos_ == "VERB":
        return _private(_speaker_words(cue, bare=False))  # "a neighbour urged the council to ..."
    if not _bare_statement(cue):
        return False
    if _sign_off(cue.trigger) or _opinion_piece(cue.trigger) or _outlet_says(cue.trigger):
        return True
    words = _speaker_words(cue)
    if _private(words) or words & (REPORTING_VOICES | COURT_VOICES) or _defence_counsel(words):
        return True
    told = {c.lemma_.lower() for c in cue.trigger.children if c.dep_ in ("dobj", "dative")}
    return bool(told & (REPORTING_VOICES | {"authority"}))


#: Who pleads a defendant's case: with one of :data:`COUNSEL_WORDS`, "defense attorney Ann Lee".
DEFENCE_WORDS = {"defense", "defence"}
COUNSEL_WORDS = {"attorney", "lawyer", "counsel", "solicitor", "barrister"}


def _defence_counsel(words: set[str]) -> bool:
    """The speaker is a defendant's lawyer ("Defense attorney Ann Lee said her client felt
    remorse"): a private client's advocate speaking of the case, whose words are part of the
    case (like a prosecutor's, :data:`COURT_VOICES`), not a party's statement. Not a defence
    minister or ministry ("Defense Secretary Tom Roe said"): no counsel word."""
    return bool(words & DEFENCE_WORDS) and bool(words & COUNSEL_WORDS)


def _generic_claim(cue: Cue) -> bool:
    """A bare verb of saying whose words are a generic or habitual claim, no position or act
    of the speaker's ("Typically, city clerks are not fined for late filings, a county
    spokeswoman said"; "'She was always a fighter,' her coach said"): codebook §1 excludes
    generic and habitual statements. Not the speaker's own saying ("I have always said the
    plan was wrong, and today I repeat it"): that is the speaker's position."""
    if not _bare_statement(cue, verb=True):
        return False
    content = _said_content(cue.trigger)
    if content is None or content.lemma_.lower() in SAY_VERBS:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _GENERIC_CLAIM_ADVERBS for c in content.children)


#: Types whose present passive tells a standing state of one real happening ("he is charged with
#: murder", "she is accused of fraud"): not a rule of how things go.
_STANDING_STATE_TYPES = {"arrest", "statement"}


def _standing_rule(cue: Cue) -> bool:
    """A happening told in the simple present, active or passive, with no time of its own, in a
    whole article (no digest, no headline, outside quotes): how an institution works or what
    is generally so ("Members of the House are elected for two-year terms", "The prime
    minister is appointed by the monarch", "Summits of the bloc usually center on trade"):
    a general truth, no one happening (codebook §1: generic statements, background without a
    specific time). A whole article tells its news in the past; a digest or headline tells it
    in the present (:func:`_historical_present`) and is left alone."""
    verb = cue.trigger
    if (cue.own_date and not _only_lengths(verb)) or cue.event.event_type in _STANDING_STATE_TYPES \
            or in_digest(cue) or verb.pos_ not in ("VERB", "AUX") or is_headline(cue.sentence) \
            or cue.sentence.start == 0:
        return False  # (a text's first line may be its title, told in the present)
    if verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        verb = verb.head  # a passive read as a copula: "every member is re-elected"
    if inside_quotes(cue.sentence, verb) or (verb.lemma_.lower() == "be" and cue.trigger is verb) \
            or not told_in_simple_present(cue.sentence, verb, ("VBZ",), passive=True):
        return False  # (an active "VBP" may be a past the tagger misread: "poll workers quit")
    clause = verb.head if verb.dep_ == "conj" else verb  # "... is the third-ranking officer and assumes ..."
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        or next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or verb.dep_ == "relcl" or _attributed(verb):
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_ != "be" and not _on_condition(verb):
        return False  # an active present may be a day's happening ("The navy carries out a strike")
    return not _particular_subject(subject)


#: Words that open a condition under which a rule applies: "assumes the office if ...".
_CONDITION_MARKS = {"if", "unless", "whenever"}


def _on_condition(verb: Token) -> bool:
    """The verb is told as what happens under a condition or as a matter of course ("The
    speaker automatically assumes the office if the president dies", "the deputy usually
    chairs the session"): a rule, not a day's happening."""
    return any(c.dep_ == "advmod" and (c.lower_ in GENERIC_CUES or c.lower_ == "automatically")
               or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
               for c in verb.children)


def _attributed(verb: Token) -> bool:
    """The verb's clause is a claim put in a source's mouth ("According to the minister, the rebels
    are backed by Iran", "officials say the road is closed"): the source's position, which may
    be an event of its own, not the narrator's account of how things are."""
    return any(t.lower_ == "according" for t in verb.sent) \
        or any(a.lemma_.lower() in SAY_VERBS for a in verb.ancestors)


def _only_lengths(verb: Token) -> bool:
    """Every time expression in the verb's clause is a length that qualifies a noun ("elected
    for two-year terms", "a six-month ban"), no time of a happening."""
    times = [t for t in verb.subtree if t.ent_type_ in ("DATE", "TIME")]
    return all(t.head.ent_type_ in ("DATE", "TIME") or (t.dep_ in ("compound", "amod") and t.head.pos_ == "NOUN")
               for t in times) and all(t.head.ent_type_ not in ("DATE", "TIME")
                                       or t.head.dep_ in ("compound", "amod") for t in times)


#: Pronouns that stand for anyone: "one must register", "you vote by mail".
_ANYONE = {"one", "you"}


def _particular_subject(subject: Token) -> bool:
    """A subject that picks out one party or a counted few, so that a present tells a particular
    happening (a transcript's "One person is killed", "Gonzalez arrives", "It condemns the
    attacks"): a pronoun (other than "one", "you"), a person's or a place's name, or a number.
    An office or a class ("the prime minister", "members of the House") is no such party."""
    if subject.pos == PRON and subject.lower_ not in _ANYONE:
        return True
    if subject.ent_type_ == "CARDINAL" or subject.pos_ == "NUM" or any(c.dep_ == "nummod" for c in subject.children):
        return True
    return any(t.ent_type_ in ("PERSON", "GPE") for t in subject.subtree)


def _conditional_verdict(cue: Cue) -> bool:
    """A bare verb of saying whose words are a verdict on something that may come, a copula
    under "would", "could" or "might" with a thing or a deed for subject ("'It would be bad
    for the town,' she said"; "'Having them here would be an honour,' he said"): an opinion
    on a hypothetical case, no position or act of the speaker's (codebook §1: opinions,
    hypothetical happenings). Not the speaker's own state ("he would not be surprised if ...")
    nor a passive ("the cuts would be reversed": a deed told)."""
    if not _bare_statement(cue, verb=True):
        return False
    content = _said_content(cue.trigger)
    if content is None or content.lemma_ != "be" or not any(
            c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS for c in content.children):
        return False
    if not any(c.dep_ in ("acomp", "attr") for c in content.children):
        return False
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "csubj")), None)
    return subject is not None and (subject.lower_ not in _PERSONAL_PRONOUNS or subject.lower_ == "it") \
        and subject.ent_type_ != "PERSON"


def _own_deed_recounted(cue: Cue) -> bool:
    """A bare verb of saying after a quotation in which the speaker recounts a past deed of his
    or her own, "I" or "we" the doer in the active voice ("'We drove back to the farm and
    waited,' Lee said"; "'We have had a busy spring,' he said"): the speaker's story of what
    he or she did, no position and no act of speech (codebook §1: opinions, private quotes;
    §2: one's own action is that action, not a statement). Not a denial ("we did not"), a
    plan (a modal), a state ("we were ready"), a feeling or thought ("we hoped"), something
    undergone (a passive) or a further saying ("we told them")."""
    if not _bare_statement(cue, verb=True):
        return False
    content = _said_content(cue.trigger)
    if content is None or content.pos_ != "VERB" or content.lemma_.lower() in _NO_DEED_TOLD:
        return False
    # the speaker's own words quoted before the saying, "I" or "we" the doer (not "'He acted
    # bravely,' she said": another's deed; nor "said he had sent a team": an act reported)
    if content.i > cue.trigger.i or not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in content.children):
        return False
    helpers = [c for c in content.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ in ("auxpass", "neg") or c.tag_ == "MD" for c in helpers):
        return False
    return content.tag_ == "VBD" or (content.tag_ == "VBN" and any(c.lemma_ == "have" for c in helpers))


#: Participles that open a saying as the answer to a question put to the speaker: "Asked
#: whether ...", "Told about this later, ...".
_PUT_TO_SPEAKER = {"ask", "tell", "question", "press"}


def _answer_when_asked(cue: Cue) -> bool:
    """A bare verb of saying opened by a passive participle of asking ("Asked if he would go,
    Reed said he would consider it"; "Told about the remark later, Reed said he had misspoken"):
    the speaker's answer to a reporter's question (codebook §1: responses to journalists'
    requests are not coded). Not a speaker answering a named questioner at a meeting ("asked by
    the mayor, the engineer said ...": that is the meeting's business)."""
    if not _bare_statement(cue, verb=True):
        return False
    for c in cue.trigger.children:
        if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in _PUT_TO_SPEAKER and c.i < cue.trigger.i \
                and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children) \
                and not any(g.dep_ == "agent" for g in c.children):
            return True
    return False


def _private_quote(cue: Cue) -> bool:
    """A happening named only inside a private person's direct quotation ("'Thank you so much
    for coming,' said Ann Lee, a neighbour of the family"; "'We saw the roof blow off,' a
    witness said"): a private person's words are no event, nor are the happenings they
    mention (codebook §1: private persons' quotes). The speaker is the subject of the
    sentence's verb of saying outside the quote, or, for a pronoun, the person the event
    names."""
    if cue.event.event_type == "statement" or not inside_quotes(cue.trigger.sent, cue.trigger):
        return False
    for say in cue.trigger.sent:
        if say.lemma_.lower() not in SAY_VERBS or say.pos_ not in ("VERB", "AUX") or inside_quotes(say.sent, say):
            continue
        subject = next((c for c in say.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        words = _descriptors(subject)
        if subject.lower_ in _PERSONAL_PRONOUNS and cue.event.actor1:
            last = cue.event.actor1.split()[-1].lower()
            for ent in say.doc.ents:
                if ent.label_ == "PERSON" and ent[-1].lower_ == last:
                    words |= _descriptors(ent.root)
        return _private(words)
    return False


#: Quotation marks that open a quotation wherever they stand; a straight mark opens after a space.
_OPENING_MARKS = ("“", "``")
#: Quotation marks that close one.
_CLOSING_MARKS = ("”", "''")
#: Every token that is a double quotation mark, opening, closing or straight
_QUOTE_MARKS = frozenset({'"', *_OPENING_MARKS, *_CLOSING_MARKS})


def _in_opened_quote(token: Token) -> bool:
    """The token is inside a quotation of its sentence (:func:`~timeline.events.features.inside_quotes`)
    that a mark before it opens (:func:`_quote_opened_before`)."""
    return inside_quotes(token.sent, token) and _quote_opened_before(token)


def _quote_opened_before(token: Token) -> bool:
    """The last quotation mark before the token in its sentence opens a quotation (a curly or
    doubled opening mark, or a straight one after a space or at the start): the token is
    quoted. Unlike :func:`~timeline.events.features.inside_quotes` a closing mark not matched
    in the sentence (the quote began with a single backtick, or in a sentence before) is
    no opening: "`We will march,'' said Lee, who leads protests" quotes no "protests"."""
    before = text_of(token.doc)[token.sent.start_char:token.idx]
    marks = [(before.rfind(m), m) for m in _OPENING_MARKS + _CLOSING_MARKS + ('"',)]
    at, mark = max(marks)
    if at < 0 or mark in _CLOSING_MARKS:
        return False
    return mark in _OPENING_MARKS or at == 0 or before[at - 1] in " \t\n([:—–-"


def _quoted_bare_plural(cue: Cue) -> bool:
    """A happening's plural noun inside a direct quotation with no determiner, number or
    possessive, no date or place in the quotation, not told in the past by the quoted clause: what
    the speaker says of such happenings in general ("'Tunisia is facing terrorist attacks,'
    he said"; a system "'marred by arbitrary detentions'"; "a 'pattern of threats'"), no one
    happening (codebook §1: generic claims, opinions). Not "'arrests were made in Paris
    overnight'" (told in the past, dated) nor "'our condolences'" (the speaker's own)."""
    noun = cue.trigger
    if cue.event.event_type == "statement" or noun.tag_ != "NNS" \
            or not _in_opened_quote(noun):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children) \
            or any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL") and inside_quotes(t.sent, t)
                   for t in noun.subtree):
        return False
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not inside_quotes(verb.sent, verb):
        return True  # a quoted phrase that describes ("a 'pattern of threats'")
    told_past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    return not told_past and not any(t.ent_type_ in ("DATE", "TIME") and inside_quotes(t.sent, t) for t in verb.subtree)


def _quoted_wish(cue: Cue) -> bool:
    """A happening inside a direct quotation that is only what someone "would like" to see
    ("'Some of those would like to have another vote,' the MP said"; "'I'd like to see more
    arrests,' she said"), with no past-tense verb between it and the wish: a wish, no happening
    reported, planned or threatened by a party (codebook §1: opinions and hopes; the speaker's
    own hope is :func:`_own_hope`)."""
    trigger = cue.trigger
    if cue.event.event_type == "statement" or not _in_opened_quote(trigger):
        return False
    for verb in trigger.ancestors:
        if not inside_quotes(verb.sent, verb) or verb.tag_ == "VBD":
            return False
        if verb.lemma_.lower() == "like" and any(c.dep_ == "aux" and c.lower_ in ("would", "'d")
                                                 for c in verb.children):
            return True
    return False


#: Verbs by which a body offers a service it keeps: "offers", "provides".
_SERVICE_VERBS = {"offer", "provide"}


def _service_offered(cue: Cue) -> bool:
    """A happening's noun that a body "offers" or "provides" in the simple present with no time
    of its own ("The clinic offers legal aid and counselling support to families"): a standing
    service that describes the body, no one happening (codebook §1: generic or habitual).
    Headlines tell the past in the present: not them."""
    trigger = cue.trigger
    if trigger.pos_ == "VERB":
        verb = trigger  # "the clinic offers counselling"
    elif trigger.pos_ == "NOUN":
        while trigger.dep_ == "conj" and trigger.head.i != trigger.i:
            trigger = trigger.head  # "offers housing, food and support"
        verb = trigger.head if trigger.dep_ == "dobj" else trigger
    else:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SERVICE_VERBS or verb.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    if any(c.dep_ == "xcomp" or (c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON) for c in verb.children) \
            or inside_quotes(verb.sent, verb):
        return False  # "offers to mediate": a proposal; "'We offer our support,' the minister said": an act
    return not is_headline(verb.sent)


#: Verbs of hoping: what a speaker hopes for is a feeling, not a position or an act.
_HOPING = {"hope", "wish"}
#: Verbs of the mind: what a speaker says he felt or thought is a position, no deed ("said she
#: hoped", "said he believed").
_MIND_VERBS = _HOPING | {"think", "believe", "feel", "want", "expect", "know", "fear", "worry", "understand",
                         "regret", "doubt", "suspect", "consider"}
#: Verbs whose first-person past tells no deed of the speaker's: a saying, a thought, a state.
_NO_DEED_TOLD = SAY_VERBS | _MIND_VERBS | {"be"}
#: A first-person subject: the subject forms of the features' first-person words.
_FIRST_PERSON = FIRST_PERSON - {"me", "us", "my", "our"}


def _own_hope(cue: Cue) -> bool:
    """A bare verb of saying whose words are the speaker's own hope ("'We're hoping for two more
    weeks,' said the director", "'We look forward to the new library,' she said", "'I would like
    to think voters care,' he said"): a feeling, no appeal, demand or pledge (codebook §1:
    opinions)."""
    if not _bare_statement(cue, verb=True):
        return False
    content = _said_content(cue.trigger)
    if content is None or not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in content.children):
        return False
    lemma = content.lemma_.lower()
    if lemma in _HOPING or (content.lower_ == "hoping"):
        return True
    if lemma == "look" and any(c.lower_ == "forward" for c in content.children):
        return True  # "we look forward to it"
    return lemma == "like" and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in content.children)


#: Where a newspaper or a writer gives an opinion: "said in an editorial", "writes in a column".
OPINION_PIECES = {"editorial", "editorials", "column", "op-ed", "commentary", "blog", "essay"}


def _opinion_piece(say: Token) -> bool:
    """A verb of saying whose words are an opinion piece's ("The Millbrook Herald wrote in an editorial"):
    journalists' and writers' opinions are no event (codebook §1)."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "on") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in OPINION_PIECES for o in c.children) for c in say.children)


def _outlet_says(say: Token) -> bool:
    """A bare verb of saying whose speaker is a news outlet that is not the state's voice ("The
    Daily Courier reported that ...", "the newspaper noted ...", "Népszava noted ..." where the
    article calls it "daily Népszava"): a source of the news, not a happening (codebook §1, §2:
    source attribution). Not "state television said" (the state speaks through it)."""
    subject = next((c for c in say.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return False
    modifiers = {c.lower_ for c in subject.children if c.dep_ in ("amod", "compound")}
    if modifiers & _STATE_MEDIA or _reported_plan(say):
        return False
    if subject.lower_ in OUTLET_DESCRIPTORS:
        return True  # "the newspaper reported"
    if subject.pos_ != "PROPN":
        return False
    return subject.lower_ in OUTLET_WORDS or _called_outlet(subject)


def _reported_plan(say: Token) -> bool:
    """The clause a saying reports is a plan or a pledge told with "will" or "would" ("The Lagos
    Gazette reports that Ghana will reopen its embassy"): the party's own position, which the
    outlet only carries (see :func:`_outlet_reports`)."""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall")
                                         for a in c.children) for c in say.children)


def _called_outlet(name: Token) -> bool:
    """The article calls the named party a news outlet somewhere: "daily Népszava", "the
    broadcaster TVN24 said", "Népszava, a daily, ..."."""
    for token in name.doc:
        if token.text != name.text:
            continue
        if token.i > 0 and token.doc[token.i - 1].lower_ in OUTLET_DESCRIPTORS:
            return True
        if any(c.dep_ == "appos" and c.lower_ in OUTLET_DESCRIPTORS for c in token.children):
            return True
    return False


def _sign_off(say: Token) -> bool:
    """A reporter's sign-off, which says nothing: "Lisa Smith reports from Geneva"."""
    return say.lemma_.lower() == "report" and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis")
                                                      for c in say.children) \
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in say.children)


#: Private people named by a common noun ("the man and the woman met over the Internet").
PRIVATE_PEOPLE = {"man", "men", "woman", "women", "couple", "pair", "boy", "girl", "teen", "teenager", "person",
                  "people", "child", "children", "family"}
_PERSONAL_PRONOUNS = {"he", "she", "him", "her", "they", "them", "i", "me", "we", "us", "you"}


def _private_encounter(cue: Cue) -> bool:
    """A meeting or a visit between private people: "X met Y in 2007", "the man and woman met
    over the Internet", "she visited him in hospital", "talked with them". The codebook's
    meetings and visits are those of parties (officials, organisations, states), as its
    statements are; private persons' doings of this kind are no event."""
    trigger = cue.trigger
    if cue.event.event_type not in ("meet", "visit"):
        return False
    if trigger.pos_ in ("NOUN", "PROPN"):
        # a meeting's "with" names the other side; a trip's ("a trip with his classmates") the company
        return cue.event.event_type == "meet" and _private_counterpart(trigger)
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    subject, verb = None, trigger
    for _ in range(3):  # "ate some cookies and talked with them", "missed talking to him": the head's
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head  # "the woman who travelled with him": the woman
    if subject is None or subject.dep_ == "nsubjpass" or _party(subject, cue.event.actor1):
        return False
    others = [c for c in trigger.children if c.dep_ == "dobj"]
    if trigger.dep_ == "relcl" and trigger.head.i != subject.i:
        others.append(trigger.head)  # "the man she met over the Internet"
    others += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
               for o in c.children if o.dep_ == "pobj"]
    if any(_party(o, None) or o.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or o.pos_ not in ("PROPN", "PRON", "NOUN")
           for o in others):
        return False
    if not others:  # "the man and the woman met"; not "he arrived in Philadelphia"
        return subject.lemma_.lower() in PRIVATE_PEOPLE or _private(_descriptors(subject))
    if not all(o.ent_type_ == "PERSON" or o.lower_ in _PERSONAL_PRONOUNS or o.lemma_.lower() in PRIVATE_PEOPLE
               for o in others):
        return False
    # two names with no office found for either are not enough ("Rubio met Lavrov"): one side
    # must be told as a private person ("the man", "a neighbour") or be a pronoun for one
    return any(t.lower_ in _PERSONAL_PRONOUNS or t.lemma_.lower() in PRIVATE_PEOPLE or _private(_descriptors(t))
               for t in [subject, *others])


def _private_counterpart(noun: Token) -> bool:
    """A meeting's noun whose other side is one private person named by a common noun ("recalled
    a phone conversation with the man", "her meeting with a neighbour"): the codebook's
    meetings are between parties, a talk with a private person is no event (see
    :func:`_private_encounter`). Not a group ("a meeting with residents", "with the families"),
    which an office holder may meet as such."""
    others = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
              for o in c.children if o.dep_ == "pobj"]
    return bool(others) and all(o.tag_ == "NN" and not _party(o, None) for o in others)


def _party(token: Token, name: str | None) -> bool:
    """The word names a party rather than a private person: an organisation, a state or
    people, an office holder (by the words around the name here or anywhere in the article),
    or a group of officials ("the delegation", "ministers")."""
    if token.ent_type_ in ("ORG", "GPE", "NORP"):
        return True
    if token.lower_ in _PERSONAL_PRONOUNS:
        if not name:
            return False
        if {w.strip(".,").lower() for w in name.split()} & OFFICES:
            return True  # "he" is "the president"
        last = name.split()[-1].lower()
    elif token.ent_type_ == "PERSON" or token.pos_ == "PROPN":
        last = token.lower_
    else:
        return token.lemma_.lower() not in PRIVATE_PEOPLE and not _private(_descriptors(token))
    words = _descriptors(token) if token.lower_ not in _PERSONAL_PRONOUNS else set()
    doc = token.doc
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent[-1].lower_ == last:
            words |= _descriptors(ent.root)
            words |= {t.lower_.rstrip(".") for t in doc[max(0, ent.start - 4):ent.start]}
    return bool(words & OFFICES)


#: nouns that make the happening they are "of" a mere possibility ("the possibility of a ground assault")
_POSSIBILITY_NOUNS = {"possibility", "prospect", "chance", "likelihood", "risk", "danger"}
#: what a happening's noun may be said to be when it has not happened ("a deal was possible")
_POSSIBLE_WORDS = {"possible", "unlikely", "improbable", "impossible", "conceivable"}


def _only_possible(trigger: Token) -> bool:
    """A happening's noun or participle told only as a possibility, no happening (codebook §1:
    hypothetical happenings and speculation are part of the words that voice them): "planning
    was built around the possibility of a ground assault", "a deal was possible", "an EU summit
    is unlikely to take place"; a participle read as hypothetical by the triggers' modality
    (:func:`only_possible_participle`: "anyone can be arrested", "he may have fled"). Not what
    is likely or expected ("a deal is likely to be signed on Friday" is a plan, codebook §3)."""
    if only_possible_participle(trigger):
        return True
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _POSSIBILITY_NOUNS:
        return True
    if trigger.dep_ == "nsubj" and head.lemma_.lower() == "be":
        return any(c.dep_ == "acomp" and c.lower_ in _POSSIBLE_WORDS for c in head.children)
    return False


def _negated_without_denier(cue: Cue) -> bool:
    """A happening told only as not having happened, by a plain negation with no party that
    denies it ("The suspect fled and is not in custody", "the man has not yet been caught",
    "officials said they didn't plan to close the road unless it burned closer"): a negated
    non-event (codebook §1), not a denial. A denial names its denier, the doer who says it did
    not happen ("Brown said he did not hit him back") or a verb of denying ("denied the officers
    had met"): those are coded with mode denied (codebook §2)."""
    if cue.event.mode != "denied" or cue.event.actor1:
        return False
    trigger = cue.trigger
    return not any(t.lemma_.lower() in DENY_VERBS for t in [trigger, *islice(trigger.ancestors, 4)])


def _legal_standing(trigger: Token) -> bool:
    """For an arrest's trigger: a person's standing before the law, not a happening (codebook
    §1: no event without a specific happening): "faces charges", "is wanted on charges", "is
    awaiting trial", "the first time he has been arrested". "Was charged" and "went on trial"
    are happenings; so, for the news, is "the suspects are in custody" (they were arrested)."""
    lemma, head = trigger.lemma_.lower(), trigger.head
    if lemma == "charge" and trigger.pos_ == "NOUN":
        if head.lemma_.lower() == "face":
            return True
        if head.lower_ in ("on", "for") and head.head.lemma_.lower() == "want":
            return True
    if lemma == "trial" and head.lemma_.lower() == "await":
        return True
    return trigger.dep_ == "relcl" and head.lemma_.lower() == "time" \
        and any(c.lower_ == "first" for c in head.children)


#: Kinds of happening a person is charged "in": a crime with a victim.
_CHARGED_IN_TYPES = {"attack", "violence_against_civilians", "riot"}


def _charged_in_happening(cue: Candidate, candidates: list[Candidate]) -> bool:
    """For an arrest's trigger: a person's standing as charged "in" a violent happening the
    sentence names, told in the present or present perfect with no time of its own ("He is
    also charged in the 2019 bombing of the courthouse", "Lee has already been charged in the
    shooting"): the background of the case, a standing before the law (codebook §1), not an
    arrest of its own; the happening it names is told by its own words. Not a charge told as
    done ("was charged in the shooting on Friday") nor as today's news ("now is charged")."""
    verb = cue.trigger
    if verb.lemma_.lower() != "charge" or verb.tag_ != "VBN":
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ == "auxpass" for c in helpers) or any(c.tag_ in ("VBD", "MD") for c in helpers) \
            or any(c.lower_ == "now" for c in verb.children):
        return False
    if any(c.lemma_ == "have" for c in helpers) and not any(c.lower_ in ("already", "also") for c in verb.children):
        return False  # "has been charged in the stabbing": the present perfect of the day's news
    named = {c.trigger.i for c in candidates if c.event.event_type in _CHARGED_IN_TYPES
             and c.sentence.start == cue.sentence.start}
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in _VIOLENT_CRIME_NOUNS or any(t.i in named for t in o.subtree))
        for o in p.children) for p in verb.children)


#: Nouns of a violent crime a person is charged "in". A list of its own, not the attack nouns
#: of ``triggers.NOUN_TYPES`` (session 23 review): it holds "death", no trigger there, and lacks
#: 62 of theirs ("raid", "robbery", "clash"); derived from them it would change output.
_VIOLENT_CRIME_NOUNS = {"attack", "bombing", "shooting", "killing", "murder", "slaying", "stabbing", "assault",
                        "death", "beating", "massacre"}


def _describing_accusation(trigger: Token, event_type: str) -> bool:
    """An accusation that only describes a defendant or a crowd ("the man accused of knifing
    him went to jail", "a woman ..., now in jail, accused of taking part in a robbery",
    "protests accusing the government of backsliding erupt"): a participle giving the doer's
    standing before the law or the protest's grievance, not a condemnation of its own
    (codebook §1); the happening it names is told by its own words. It may still be evidence.
    So too a blame with no accuser ("the driver was blamed for the crash"), an accusation a
    person owns up to ("admitted to falsely accusing a neighbour") and the ground of an arrest
    ("police arrest the gang's leader, accusing him of extortion")."""
    if event_type != "condemn":
        return False
    lemma = trigger.lemma_.lower()
    if lemma in _BLAME_VERBS and trigger.tag_ == "VBN" and not any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in trigger.children):
        # "officers blamed for three crashes", "other drivers were faulted in two wrecks": who
        # caused the happening, told with no accuser (codebook §1: an identifiable party's)
        return True
    if trigger.tag_ == "VBG" and trigger.dep_ in ("xcomp", "pcomp", "advcl"):
        head = trigger.head.head if trigger.dep_ == "pcomp" else trigger.head
        # "admitted to falsely accusing a neighbour", "regretted calling the mayor a liar": a
        # past act the speaker owns up to; "police arrest the leader, accusing him of fraud":
        # the arrest's ground (the arrest is the happening, codebook §3 "arrest")
        if head.lemma_.lower() in _OWNING_UP or (trigger.dep_ == "advcl" and head.lemma_.lower() in ARREST_VERBS):
            return True
    if lemma != "accuse":
        return False
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and trigger.head.lemma_.lower() in ACCUSING_TEXTS:
        return False  # "a statement accusing the company of fraud": the text's own accusation
    return trigger.dep_ in ("acl", "amod") or (trigger.dep_ == "advcl" and trigger.tag_ == "VBN") \
        or _accused_without_object(trigger)


def _accused_without_object(trigger: Token) -> bool:
    """"accused of" with no one accused: "the man accused of knifing him went to jail" (a parse
    may read the participle as the man's own verb). "Accuse" takes whom it accuses as its
    object ("the mayor accused the council of lying"); with none, and no passive helper, the
    word describes the noun before it as the accused, and is no accusation."""
    return trigger.tag_ in ("VBD", "VBN") \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children) \
        and not any(c.dep_ in ("dobj", "auxpass", "aux", "nsubjpass", "ccomp") for c in trigger.children)


def _threat_in_a_crime(trigger: Token, event_type: str) -> bool:
    """A threat made to a private person in a crime ("the man had threatened her and damaged her
    car", "he burst in, threatening the clerk", "accused of threatening a tax worker with a
    knife"): a detail of the assault or of the case against its doer, which the text tells by
    its own words, not a warning by an identifiable party (codebook §1 and the "warn" type).
    Not a threat to do something ("threatened to close the border") nor one made to a state,
    a party or a body ("threatened Kyiv with new strikes")."""
    if event_type != "warn" or trigger.pos_ != "VERB" or trigger.lemma_.lower() != "threaten":
        return False
    if any(c.dep_ == "xcomp" for c in trigger.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" and not any(o.lemma_.lower() in _HAND_WEAPONS for o in c.children)
           for c in trigger.children):
        return False  # "threatened him with sanctions": a party's warning
    return any(c.dep_ == "dobj" and c.lower_ in _PRIVATE_VICTIMS for c in trigger.children)


#: The person a threat in a crime is made to ("threatened her", "threatening the woman").
_PRIVATE_VICTIMS = {"her", "him", "me", "woman", "man", "girl", "boy", "wife", "husband", "girlfriend",
                    "boyfriend", "neighbor", "neighbour", "clerk", "cashier", "worker", "employee", "victim",
                    "teenager", "child", "mother", "father", "son", "daughter", "driver", "customer"}
#: Weapons held to a person's face ("threatened her with a gun").
_HAND_WEAPONS = {"gun", "handgun", "pistol", "rifle", "shotgun", "knife", "machete", "bat", "hammer", "weapon",
                 "firearm", "axe", "sword", "blade"}


#: Verbs that put a happening's cause on someone ("blamed for the crash").
_BLAME_VERBS = {"blame", "fault"}
#: Verbs by which a person owns up to, or disowns, a past act of their own.
_OWNING_UP = {"admit", "regret", "confess", "apologize", "apologise", "deny", "acknowledge"}
#: Verbs of arresting or charging a person.
ARREST_VERBS = {"arrest", "detain", "charge", "jail", "indict", "hold", "apprehend", "nab"}


def _background_without_time(cue: Cue) -> bool:
    """A mention of background the article gives without a time of its own (codebook §1 and
    §3: background happenings are coded only with a time of their own): a tally over a span
    running up to now (:func:`_running_tally`), or a relative clause that describes a person
    (:func:`_describing_clause`). It is no event of its own, but it may still be a later
    mention of a happening the text tells with its time ("the man who shot the pastor")."""
    token = cue.trigger
    # (a tally's own date is the start of its span, "since 2003": no time of one happening)
    return _running_tally(token, cue.published) or (not cue.own_date and (
        _describing_clause(token) or _describing_participle(token) or _pact_broken(cue) or _standing_ground(token)
        or _first_time(token) or _said_before(cue) or _held_describing(cue))) or _custody_ground(token)


#: Verbs whose past participle tells a standing state of custody ("detained", "jailed", "held").
_CUSTODY_VERBS = {"detain", "jail", "hold", "imprison", "incarcerate"}


def _held_describing(cue: Cue) -> bool:
    """A custody participle that only says where people are held, with no time of its own:
    a reduced relative on a noun that is another verb's argument ("the 12 sailors detained in
    Iran will be freed", "families of prisoners held abroad met the minister") or a "while"
    clause ("they alleged abuse while detained at the centre"). It tells a standing state of
    the people the sentence is about, not an arrest the article reports (codebook §1); it may
    still be a later mention of an arrest the text tells with its time."""
    verb = cue.trigger
    if cue.event.event_type != "arrest" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _CUSTODY_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ == "while" for c in verb.children)
    noun = verb.head
    return verb.dep_ == "acl" and noun.pos_ in ("NOUN", "PROPN", "PRON") and noun.i < verb.i \
        and noun.dep_ not in ("ROOT", "appos") and noun.head.i != noun.i


def _said_before(cue: Cue) -> bool:
    """A saying told in the past perfect or on an earlier occasion (:func:`_earlier_occasion`) with
    no time of its own ("Previously, the mayor had said he would never sign the levy", "the
    ministry had said the border would stay open"): what was
    said before the story's time, its background (codebook §1 and §3: background without a
    specific time is not coded), not the speaker's statement on an occasion the article reports."""
    verb = cue.trigger
    if cue.event.event_type != "statement" or verb.lemma_.lower() not in SAY_VERBS:
        return False
    return (verb.tag_ == "VBN" and _perfect(verb, past=True)) or _earlier_occasion(verb)


def _earlier_occasion(say: Token) -> bool:
    """A verb of saying whose occasion is told as an earlier one, with no time of its own ("he
    said in an earlier interview", "the agency said in a previous statement"): words said
    before the story's time, its background, not a statement on an occasion it reports."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "during") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in SAYING_OCCASIONS
        and any(m.dep_ == "amod" and m.lower_ in _BEFORE_WORDS for m in o.children)
        for o in c.children) for c in say.children)


def _perfect(verb: Token, *, past: bool = False) -> bool:
    """The verb is told in a perfect ("has/had said"; with ``past``, the past perfect only)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and (not past or c.tag_ == "VBD")
               for c in verb.children)


def _first_time(token: Token) -> bool:
    """A happening told as what a record counts, in a relative clause on "the first time" ("the
    shake-up was the first time that a governor has been replaced after a feud with a mayor"): a
    tally of the past, not a happening of its own (codebook §1); the news it compares may be
    told by its own words. Not with a time of its own ("the first time Xi and Putin have met in
    Moscow this year": that meeting)."""
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    if verb is None or verb.dep_ != "relcl" or verb.head.lemma_.lower() != "time":
        return False
    return any(c.lower_ == "first" for c in verb.head.children) \
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


#: Verbs of a person's standing before the law that name a happening only as its ground.
_STANDING_VERBS = {"want", "await"}
#: Nouns that link a standing to the happening it concerns ("in connection with", "for questioning in").
_STANDING_LINKS = {"connection", "questioning", "relation", "regard"}


def _standing_ground(token: Token) -> bool:
    """A happening named only as the ground of a person's standing before the law, with no time
    of its own: "he is also wanted in connection with the shootings of doctors in two cities",
    "another suspect is awaiting extradition from Spain". The standing is no happening (codebook
    §1), nor is the background it names; a happening the article tells with its time is told by
    its own words ("wanted for questioning in last month's shooting" keeps its date: not here)."""
    node = token
    for _ in range(4):  # shooting <- with <- connection <- in <- wanted
        if node.dep_ == "dobj" and node.head.lemma_.lower() == "await":
            node = node.head
            break
        if node.dep_ == "pobj" or (node.dep_ == "pcomp" and node.head.pos_ == "ADP"):
            node = node.head.head
        elif node.dep_ == "prep" or (node is not token and node.lemma_.lower() in _STANDING_LINKS):
            node = node.head
        else:
            break
        if node.lemma_.lower() in _STANDING_VERBS:
            break
    if node is token or node.lemma_.lower() not in _STANDING_VERBS or node.pos_ not in ("VERB", "AUX"):
        return False
    if node.lemma_.lower() == "want":  # the passive of standing ("is wanted for"), not "want to"
        return node.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in node.children)
    return node.tag_ == "VBG"  # "is awaiting extradition"


def _custody_ground(token: Token) -> bool:
    """A happening named only as why people are "in custody", through a linking noun and with no
    date in its own phrase: "two men remain in custody in connection with the stabbing", "police
    said on Friday that four people were in custody for questioning about the fire". The custody
    is the news; the stabbing is a later mention of a happening the text tells before (it may
    still be that happening's evidence), not a second happening of another type in the sentence.
    A date elsewhere in the sentence ("said on Friday") is the custody's or the saying's, not
    the happening's; one in its phrase ("in connection with last week's stabbing") keeps it."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
        return False
    node, linked = token, False
    for _ in range(3):  # stabbing <- with <- connection <- in <- remain
        if node.dep_ == "pobj" or (node.dep_ == "pcomp" and node.head.pos_ == "ADP"):
            node = node.head.head
        else:
            break
        if node.lower_ in _STANDING_LINKS:
            linked = True
        elif node.pos_ in ("VERB", "AUX"):
            break
    if not linked or node.pos_ not in ("VERB", "AUX"):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
        return False
    return any(t.lower_ == "custody" and t.dep_ == "pobj" and t.head.lower_ == "in" for t in node.subtree)


#: Verbs and nouns by which a party is said to break or undermine a pact or talks.
BREAKING_WORDS = {"violate", "breach", "break", "undermine", "discredit", "sabotage", "flout", "derail", "violation"}


def _pact_broken(cue: Cue) -> bool:
    """An agreement or talks named only as what a party broke or undermines, with no time of
    their own ("says the rebels violated the truce agreed by both sides", "accuses Ruritania of
    trying to derail the peace talks", "in breach of the ceasefire"): the news is the breach
    (an accusation when a party tells of it), the pact is background (codebook §1: background
    only with a time of its own, "the ceasefire signed in October 2025")."""
    if cue.event.event_type not in ("agree", "meet"):
        return False
    token = cue.trigger
    if token.dep_ == "dobj" and token.head.lemma_.lower() in BREAKING_WORDS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in BREAKING_WORDS


#: Conjunctions of a clause that sets the time of the sentence's main clause: "after they
#: confirmed", "once he said".
_TIME_CLAUSE_MARKS = SEQUENCE_WORDS | SAME_TIME_WORDS | {"until", "once"}


def _saying_in_time_clause(cue: Cue) -> bool:
    """A bare verb of saying or confirming in a clause of time ("After they confirmed that the
    boy was safe, his mother drove home"; "when the clerk said the office was closed, ..."): a
    step of the story that times the main clause's doing, no statement of a party's on an
    occasion of its own (codebook §2: source attribution is not an event)."""
    if not _bare_statement(cue, verb=True):
        return False
    say = cue.trigger
    return say.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_CLAUSE_MARKS for c in say.children)


#: Words that give a clause a time of its own by another happening ("after his arrest").
_TIME_LINKS = _TIME_CLAUSE_MARKS | {"as", "ago", "earlier", "later", "then"}


def _describing_clause(token: Token) -> bool:
    """A happening told in a relative clause on a person ("who", "whom", "whose") that has no
    time of its own, by a date or by another happening, and that says who the sentence's doer
    or speaker is ("Burdine, a developer who put together the deal to buy the flats, said
    ...") or what people habitually do ("donors who give aid to the camp want ..."): not what
    the article reports. Not with a time ("Goodwin, who stepped down after his arrest", "who
    lost the race last year"), not on the one the news is done to ("police arrested a man who
    stabbed two people at a bar": the stabbing is news), and not for a happening that is only
    the clause's circumstance ("three men who were reported missing after a collapse at the
    landfill": the collapse)."""
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    if verb is None or verb.dep_ != "relcl":
        return False
    if verb is not token and (token.head.lower_ in _TIME_LINKS or token.dep_ not in ("dobj", "pobj", "attr")):
        return False  # "who were reported missing after a collapse": the collapse is no description
    if not any(c.lower_ in ("who", "whom", "whose") for c in verb.subtree if c.i < verb.i):
        return False
    if any(t.lower_ in _TIME_LINKS or t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    # who the sentence's doer or speaker is ("Reyes, a builder who put together the deal, said"),
    # or what a person habitually does ("people who falsely accuse others"); a clause on
    # whom the news is done to tells the news ("police arrested a man who stabbed two people")
    return _subject_person(verb.head) or (verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children))


def _describing_participle(token: Token) -> bool:
    """A happening told by a passive participle set off by commas after the sentence's subject,
    with no time of its own ("The army, supported by local militias, killed dozens of
    insurgents"; "Hamas, backed by Iran, ..."): it says who the doer is, a standing state, not
    what the article reports (as a describing relative clause, :func:`_describing_clause`). Not
    with a time or a link to another happening ("The man, arrested after a chase, ...")."""
    if token.pos_ != "VERB" or token.tag_ != "VBN" or token.dep_ != "acl":
        return False
    subject = token.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or not (token.i > 0 and token.doc[token.i - 1].text == ","):
        return False
    return not any(t.lower_ in _TIME_LINKS or t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def _subject_person(noun: Token) -> bool:
    """The noun is its clause's subject, or in apposition to it ("Reyes, a builder")."""
    for _ in range(2):
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return True
        if noun.dep_ != "appos" or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


#: Words that count the happenings a span of time holds ("several states", "427 fugitives").
_MANY = {"several", "many", "numerous", "multiple", "various", "dozens", "hundreds", "thousands", "scores", "times"}
#: An ordinal number: "the 28th", "the third".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|" + "|".join(word for word, n in ORDINAL_WORDS.items() if n <= 10))
#: Nouns of a span of time running up to now: "over the last five years", "in recent years".
_SPAN_UNITS = {"years", "decades", "months", "weeks"}
#: Words that make such a span run up to now: "over the last five years", "in the past two
#: weeks", "in the first six months of the year" (a count of the year so far).
_SPAN_OPENERS = {"last", "past", "recent", "first"}


def _running_tally(token: Token, published: dt.date) -> bool:
    """A count of happenings over a span running up to now ("the 28th soldier
    from the state killed since 2003", "had been arrested in several states since 1990", "14
    killings since 1993", "the slayings of 14 women over the last five years", "over 90 killed in
    the past three weeks", "250 killed in the first four months of the year", "the two sides
    have not met since May 2008"): a tally or a state, no one happening with a time of its own
    (codebook §1: cumulative tolls; background without a specific time). A single state that
    began then ("has kept a moratorium since 1996") and a span from a recent day ("in custody
    since last week") are not tallies."""
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    if verb is token and token.dep_ == "pcomp" and token.head.dep_ == "prep" \
            and token.head.head.pos_ in ("VERB", "AUX"):
        # "arrested in several states since 1990 for protesting": the protests are as many
        verb = token.head.head
    owners = [token] + ([verb] if verb is not None and verb is not token else [])
    for owner in owners:
        for prep in owner.children:
            if prep.dep_ != "prep":
                continue
            words = list(prep.subtree)
            if token.i in {t.i for t in words}:
                continue  # "since the bombing": the happening is the span's start
            if prep.lower_ == "since":
                # from a past year ("since 2003", "since May 2008", "since last year"), not
                # from a day of the news ("in custody since Monday")
                lowers = {t.lower_ for t in words}
                if not (any(t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) < published.year
                            for t in words) or ("last" in lowers and lowers & {"year", "decade"})):
                    continue
            elif prep.lower_ in ("over", "in", "during", "for"):
                # "over the last five years", "in recent months": the span's own noun, not
                # a date with "last year" in it ("in July last year")
                if not any(c.dep_ == "pobj" and c.lower_ in _SPAN_UNITS and c.tag_ == "NNS" and any(
                        a.lower_ in _SPAN_OPENERS for a in c.children) for c in prep.children):
                    continue
            else:
                continue
            if _counted(token, verb, {t.i for t in words}):
                return True
    return False


def _counted(token: Token, verb: Token | None, span: set[int]) -> bool:
    """The happening is told as many or as none: a plural noun ("killings"), a number or an
    ordinal on its participants ("the 28th person killed", "427 fugitives were taken"), a
    quantifier ("in several states") or a negation ("have not met")."""
    if any(c.tag_ == "JJS" or c.lower_ in ("most", "first") for c in token.children):
        return False  # "the largest protests since 2011": one happening measured against the past
    if token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NNS", "NNPS"):
        return True
    if token.dep_ == "acl" and (token.head.tag_ in ("NNS", "NNPS") or any(
            c.dep_ in ("amod", "nummod") and (c.tag_ == "CD" or _ORDINAL.fullmatch(c.lower_))
            for c in token.head.children)):
        return True  # "the 28th person killed since 2003", "300 people killed since 2015"
    if verb is None:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ in ("advcl", "ccomp", "relcl", "conj", "mark") or child.i in span:
            continue
        for t in child.subtree:
            if t.i in span:
                continue
            if t.lower_ in _MANY or (t.ent_type_ == "CARDINAL" and t.like_num):
                return True
    return False


def _bare_saying(cue: Cue) -> bool:
    """A verb that only says or confirms ("said", "told", "confirmed"), not one with content of
    its own (an appeal, a condemnation, an announcement)."""
    return cue.strength <= 0.3 or cue.trigger.lemma_.lower() == "confirm"


def _bare_statement(cue: Cue, *, verb: bool = False) -> bool:
    """A statement mention by a word that only says or confirms (:func:`_bare_saying`); with
    ``verb``, told by a verb ("Lee said", not "in a statement")."""
    return cue.event.event_type == "statement" and _bare_saying(cue) \
        and (not verb or cue.trigger.pos_ in ("VERB", "AUX"))


def _told_happenings(candidates: list[Candidate], likely: Callable[[Candidate], bool] | None = None) -> set[int]:
    """The bare verbs of saying (``id`` of their cues) whose words report a happening of
    another kind as done: "authorities said the couple were killed", "the army said its
    aircraft had bombed the camp". Codebook §2: a source's attribution is no event of its
    own, the happening is. Not a position or a plan ("said it would retaliate", "said the
    strikes must stop"): the content's verb has no modal and is in the past, or states a
    present fact of a happening the model keeps ("the three each face charges of arson, the
    service said"). The same for the occasion of a saying ("the service said in a statement",
    "told reporters at a news conference"): the noun is where the source spoke, not words of
    its own."""
    by_sentence: dict[int, list[Candidate]] = {}
    for cue in candidates:
        by_sentence.setdefault(cue.sentence.start, []).append(cue)
    told: set[int] = set()
    for happening, announcement in _announcements(candidates):
        if likely is None or likely(happening):
            # "announced the indictment", "the arrest announced today": the happening stands
            # for it (``likely``: the model keeps the happening's own mention)
            told.add(id(announcement))
    for cue in candidates:
        say = _setting_of_saying(cue)
        announcing = _announcing(cue)
        if say is None and not announcing and (not _bare_statement(cue)
                                               or cue.trigger.lemma_.lower() not in SAY_VERBS | {"confirm"}):
            continue
        say = say or cue.trigger
        content = _said_content(say)
        if content is None:
            continue
        done = _reported_as_done(content)
        told_now = not done and _told_as_fact(content)
        if not done and not told_now:
            continue
        # the happening is the clause's own ("said [the army struck]", "said [the blast killed]"),
        # not one inside a further clause ("said it had informed the family that he died")
        if any(other.event.event_type not in VERBAL_TYPES and _clause_verb(other.trigger) == content
               and (not told_now or other.event.mode == "asserted")
               and (say is cue.trigger and not told_now and not announcing or likely is None or likely(other))
               and (not announcing or content in (other.trigger, other.trigger.head))
               for other in by_sentence[cue.sentence.start] if other is not cue):
            told.add(id(cue))
    return told


def _announcing(cue: Cue) -> bool:
    """A statement by a verb of making known ("authorities announced that 300 people were
    arrested", "the ministry declared that the dam had burst"): what its clause tells as done is
    the happening, announced by its doer or attributed to a source, no second event beside it
    (codebook §2) when the model keeps the happening's own mention. Its object, the act
    announced, is :func:`_announcements`'. Told by an active verb with its subject (not "Ann Roe
    is announced as the new minister")."""
    return cue.event.event_type == "statement" and cue.trigger.lemma_.lower() in MAKING_KNOWN \
        and cue.trigger.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in cue.trigger.children)


#: the occasions of a saying: "said in a statement", "told reporters at a news conference"
SAYING_OCCASIONS = {"statement", "conference", "briefing", "interview", "release"}


def _setting_of_saying(cue: Cue) -> Token | None:
    """The verb of saying whose occasion a statement's noun names ("the service said in a
    statement", "he told reporters at a news conference"): the noun is where the words were
    said, not words of its own (codebook §2: source attribution is no event)."""
    return _saying_at(cue.trigger) if cue.event.event_type == "statement" else None


def _saying_at(noun: Token) -> Token | None:
    """The verb of saying whose occasion ``noun`` names ("said in a statement", "told reporters
    at a news conference"), else None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SAYING_OCCASIONS \
            or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "at", "during"):
        return None
    say = noun.head.head
    return say if say.lemma_.lower() in SAY_VERBS and say.pos_ in ("VERB", "AUX") else None


#: the occasions of a saying where one speaks (not a text: "said in a statement" names the words)
SPOKEN_OCCASIONS = SAYING_OCCASIONS - {"statement", "release"}


def _occasion_of_main_saying(token: Token, event_type: str) -> bool:
    """A statement's noun that only names where the sentence's main verb of saying was spoken
    ("Prime Minister Ardern said at a press conference that ...", "he told the BBC in an
    interview"): the saying is the statement, with its speaker; the noun is its occasion."""
    if event_type != "statement" or token.lemma_.lower() not in SPOKEN_OCCASIONS:
        return False
    say = _saying_at(token)
    return say is not None and say.dep_ == "ROOT"


def _told_as_fact(verb: Token) -> bool:
    """The clause states a present fact about a happening, with no modal and no negation ("the
    three each face five charges of arson", "the suspects are in custody"): no position of the
    speaker's own (that is "would", "must", "not")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return False  # "said the strikes are a war crime": a judgement of the speaker's own
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                              for c in verb.children)


def _announcements(candidates: list[Candidate]) -> list[tuple[Candidate, Candidate]]:
    """(happening, its announcement) pairs of one sentence: a mention of an act of another
    kind than speech that a verb of announcing has for its object ("announced a new aid
    package", "unveiled sanctions")."""
    pairs = []
    for cue in candidates:
        if cue.event.event_type != "statement" or cue.trigger.lemma_.lower() not in ANNOUNCE_VERBS:
            continue
        announced = _announced(cue.trigger)
        pairs.extend((other, cue) for other in candidates
                     if other is not cue and other.sentence.start == cue.sentence.start
                     and other.trigger.i in announced and other.event.event_type not in VERBAL_TYPES)
    return pairs


#: Verbs by which a party makes its own act known.
ANNOUNCE_VERBS = {"announce", "unveil"}
#: Verbs of making a happening known in a clause ("announced that", "declared that").
MAKING_KNOWN = ANNOUNCE_VERBS | {"declare"}


def _announced(announce: Token) -> set[int]:
    """The tokens naming what a verb of announcing announces: its object ("announced the
    indictment", and what "plans" are for: "announced plans to travel"), its passive subject,
    or the noun it describes ("the arrest announced today"). Codebook §2: an announcement of
    one's own action or plan is that action, not a statement of its own."""
    things = [c for c in announce.children if c.dep_ in ("dobj", "nsubjpass")]
    if announce.dep_ == "acl":
        things.append(announce.head)
    found = {t.i for t in things}
    for thing in things:
        found |= {c.i for c in thing.children if c.dep_ in ("acl", "xcomp", "relcl")}  # "plans to travel"
        found |= {c.i for c in thing.children if c.dep_ == "compound"}  # "an aid package"
    return found


def _said_content(say: Token) -> Token | None:
    """The verb of what a verb of saying reports: its clause ("said [the army struck]") or,
    after the quote, the clause it hangs from ("[the army struck], officials said")."""
    content = next((c for c in say.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if content is None and say.dep_ in ("parataxis", "ccomp") and say.head.pos_ in ("VERB", "AUX") \
            and say.head.i < say.i:
        content = say.head
    return content


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word belongs to (itself for a verb)."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _told_now(token: Token) -> bool:
    """The happening is told in the simple present, the tense of news told as it happens
    ("gunmen kill six in a raid", "the minister says ...", "at least 12 people are killed"):
    it is the report's own time, not an earlier day the story gave. A verb told so, or a noun
    under a verb of happening ("are killed in drone strikes"), not a noun under any present
    verb ("the arrests follow days of riots": the riots keep their day); not the present
    perfect ("has killed"), a modal, what a speaker says ("officials say 23 passengers are
    killed": the toll of a dated crash) or a quotation (its present is the speaker's, on the
    day of the saying)."""
    if inside_quotes(token.sent, token):
        return False
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    if verb is None or (verb is not token and (verb.lemma_.lower() not in VERB_TRIGGER_LEMMAS
                                              or verb.lemma_.lower() == "be")):
        return False  # a noun's own happening verb ("killed in drone strikes"), not "follow" or
        # a standing state ("eight of them are in custody")
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAY_VERBS:
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tags = {verb.tag_} | {c.tag_ for c in helpers}
    if verb.tag_ == "VB" and not helpers and any(c.dep_ == "nsubj" for c in verb.children) and (
            verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
        # a main clause's base form with a subject and no helper is finite ("Gunmen kill
        # six"); not the small clause of "let troops use its territory"
        tags.add("VBP")
    return bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "MD"} \
        and not any(c.lemma_.lower() == "have" for c in helpers)


def _on_the_reports_day(token: Token) -> bool:
    """The happening is told in the simple present (:func:`_told_now`), or in a clause of what led
    to one so told ("Eight people are killed after a bus struck a mine", "a town is cut off when
    a bridge collapsed"): the past tense there only sets it before the present's happening, the
    report's own time, not on an earlier day the story gave."""
    if _told_now(token):
        return True
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    return verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBD" \
        and any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in verb.children) and _told_now(verb.head)


def _reported_as_done(verb: Token) -> bool:
    """The clause tells of a past happening: a past or perfect verb without a modal, and not
    a judgement of one ("said the strikes were a war crime")."""
    if verb.lemma_ == "be" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _private(words: set[str]) -> bool:
    """The speaker's words make them a private person or a commentator, not an office holder."""
    return bool(words & PRIVATE_VOICES) and not words & OFFICES


def _speaker_words(cue: Cue, bare: bool = True) -> set[str]:
    """The words that describe the speaker of a bare verb of saying (empty for anything else;
    with ``bare`` False, of any verb of a statement)."""
    if cue.event.event_type != "statement" or (bare and not _bare_saying(cue)):
        return set()
    say = cue.trigger
    subjects = [c for c in say.children if c.dep_ in ("nsubj", "nsubjpass")]  # "ex - wife": three, at times
    if not subjects:
        return set()
    speaker = subjects[-1]
    words = set().union(*(_descriptors(s) for s in subjects))
    name = cue.event.actor1
    if name and len(name.split()) > 1 or speaker.pos_ == "PRON":
        last = (name or "").split()[-1].lower() if name else None
        first = next((ent for ent in say.doc.ents if ent.label_ == "PERSON" and last and ent[-1].lower_ == last), None)
        if first is not None:
            words |= _descriptors(first.root)
            # a title the parser cut off at its abbreviation's dot: "Police Lt. Tom Hale"
            words |= {t.lower_ for t in say.doc[max(0, first.start - 4):first.start]
                      if t.text.rstrip(".").isalpha() and (t.is_title or t.is_upper)}
    # an abbreviated title is one token with its stop ("Lt.", "Sgt."): the lists hold the word
    return {word.rstrip(".") for word in words}


def _may_date(mention: Cue, best: Cue) -> bool:
    """Whether another mention grouped with the happening may give it its date: not one in
    another story of the article when the happening is told in the present, as a digest tells
    its items ("Police arrest the mayor of Istanbul." is today's news, not of the year the
    item before it gives for another arrest)."""
    if mention.event.event_type != best.event.event_type and not best.own_date and _told_now(best.trigger):
        return False  # "Trump calls for a truce." is today's, whatever day a grouped deed of another kind has
    if not best.own_date and date_assumed(mention.event) and _told_now(best.trigger):
        # "The navy carries out an airstrike off Oman. ... The president says six people were
        # killed in the strike.": the present tells the happening as today's; a later mention
        # with no date of its own only carries the narrative's earlier day along
        return False
    if not best.own_date and _told_as_before(mention.trigger):
        # "The summit is held at Evian. Evian becomes the first town to host it twice, previously
        # hosting the summit in 2003": a mention set before the happening names an earlier one
        return False
    if mention.story_start != best.story_start and not _told_in_past(best.trigger):
        # a digest's other item tells its own news ("A court sentences a man for a murder on 3
        # December." after "Two senators surrender after a court orders their arrest"): its day
        # is not this item's, even when the two are taken for one happening (outside a digest
        # every mention's story_start is 0); a wire story told in the past that reads as items
        # still dates its lead by its later paragraphs ("Bombs blew apart two embassies. ...
        # The bombings occurred on Friday")
        return False
    return mention.story == best.story or not _told_now(best.trigger)


def _told_as_before(trigger: Token) -> bool:
    """The mention, or the clause it is told in, carries a word that sets it before the story's
    time ("previously hosting the summit", "the previous summit", "an earlier raid")."""
    verb = _clause_verb(trigger)
    return any(c.lower_ in _BEFORE_WORDS and c.dep_ in ("advmod", "amod")
               for t in (trigger, verb) if t is not None for c in t.children)


def _ahead_of_deed(mention: Cue, best: Cue) -> bool:
    """The mention's date is wholly after the report while the happening is told as done: a
    day still to come is not its day ("Protesters vowed to join each other's marches this
    summer. ... Police held back a crowd as the protesters marched through the town"). Not a
    mention whose own sentence dates something near it ("arrested two men ahead of rallies next
    month": the rallies' day is to come, whatever the tense of the arrest)."""
    return mention.event.date_start is not None and mention.event.date_start > best.published \
        and best.event.mode == "asserted" and _done_in_past(best.trigger) \
        and not best.own_date


def _date_from_mentions(best: Cue, group: list[Cue]) -> None:
    """A happening whose naming mention has no date of its own takes the date that another
    mention of the same kind states for it ("the 2003 stabbing of a ferry guard ... recovered from the
    attack"): the first such, in document order, rather than the narrative's last date."""
    told_ahead = future_saying(best)
    if best.own_date and not date_assumed(best.event) and not told_ahead:
        return
    if told_ahead:
        # "Ortiz said the bridge could open by June 2031": the saying is dated by the group's
        # other sayings, not by what was said
        same_kind = lambda c: c.event.event_type in VERBAL_TYPES and not future_saying(c)  # noqa: E731
    else:
        same_kind = lambda c: c.event.event_type == best.event.event_type  # noqa: E731
    # a mention whose sentence dates only something near it ("A man who fled a stop this past
    # September has been indicted") takes the date of the happening's own pick of another
    # sentence ("Reyes was indicted March 2"), not of a passing mention ("The unrest followed
    # demonstrations on June 25" names another protest)
    near_only = best.own_date and not told_ahead
    dated = next((c for c in group if c is not best and c.own_date and not date_assumed(c.event)
                  and (c.chosen or not near_only) and c.event.mode == best.event.mode
                  and c.event.date_start is not None and same_kind(c) and _may_date(c, best)
                  and not _ahead_of_deed(c, best)), None)
    if dated is None:
        return
    for name in DATE_FIELDS:
        setattr(best.event, name, getattr(dated.event, name))


def _name_country(event: Event, sentence: Span | None = None) -> None:
    """A nominal doer gets its country, as ACLED names actors ("police" in a story placed in
    Benin → "police (Benin)"): from its own words ("Kenyan police"), else, for a state's forces,
    from the state the sentence names as theirs ("the Israeli military said its troops raided
    a hospital in Gaza": Israel's, not the place's), else the event's place."""
    if not event.actor1 or not event.actor_details or event.actor_details[0].get("name") != event.actor1:
        return
    details = event.actor_details[0]
    if details.get("kind") != "nominal" or details.get("category") in (None, "civilians", "rebel group"):
        return
    own = details.get("country_code") or _people_country(event.actor1)  # its own words say it ("Kenyan police")
    if own is None and details.get("category") == "state forces" and sentence is not None:
        own = _forces_state(sentence)
    code = own or event.country_code  # else the event's place
    found = country(code) if code else None
    if found is None:
        return
    details["country_code"] = code
    kind = _state_force_kind(event.actor1) if details.get("category") == "state forces" else None
    if kind == "Police" and not own and code in LOCAL_POLICE_COUNTRIES:
        # "Police arrested the driver" in a story from Ohio: the town's or county's own force,
        # not a national one (there is none), so the country is no part of its name
        return
    if kind is not None and not _names_a_local_force(event.actor1):
        # one name per state's forces, ACLED's: "Kenyan police", "police officers" in a Kenyan
        # story → "Police Forces of Kenya"; "Russian troops", "the army" → "Military Forces of Russia"
        details["text"] = event.actor1
        event.actor1 = details["name"] = f"{kind} Forces of {found['name']}"
    elif not own and found["name"].lower() not in event.actor1.lower() and (
            details.get("category") in ("protesters", "rioters") or not _proper_words(event.actor1)):
        # "police (Benin)", "ethnic Kurds (Germany)" marching; a body with a name of its own ("the
        # Stadium Authority board", "Taco Bell") is named by it: its country is not the event's to say
        event.actor1 = details["name"] = f"{event.actor1} ({found['name']})"


#: Countries with no national police force: "police" in a story placed there are the town's,
#: the county's or the state's own department, never "Police Forces of" the country. The only
#: list of its kind (session 23 review): geodata's "US" cues are about a text's wording.
LOCAL_POLICE_COUNTRIES = {"US"}


#: Nouns of a state's armed or governing bodies: a nationality on one of them ("the Israeli
#: military", "Russia's defence ministry") names the state whose forces the sentence tells of.
STATE_BODY_WORDS = {"military", "army", "ministry", "forces", "troops", "government", "officials", "navy", "command",
                    "defence", "defense", "police", "authorities", "soldiers", "air", "force"} | SPOKESPERSON_TITLES


def _forces_state(sentence: Span) -> str | None:
    """The country code of the one state the sentence names as the owner of an armed or
    governing body ("the Israeli military said", "Russia's defence ministry said its forces"),
    or None when it names none or several. A place named after a preposition is where
    something happened, not whose forces they are."""
    codes = set()
    for token in sentence:
        if token.ent_type_ not in ("NORP", "GPE") or token.head.lower_ not in STATE_BODY_WORDS \
                or token.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        # the whole name the token ends ("South Sudanese", "North Korea's"), not its last word
        entity = next((ent for ent in sentence.doc.ents if ent.start <= token.i < ent.end), None)
        words = (entity.text if entity is not None else token.text).removesuffix("'s").removesuffix("’s")
        found = place_for_demonym(words)
        if found is None and token.ent_type_ == "GPE":
            found = country_named(words)
        if found is not None and found.get("country_code"):
            codes.add(found["country_code"])
    return codes.pop() if len(codes) == 1 else None


def _people_country(name: str) -> str | None:
    """The country a people's name in the singular stands for before a noun ("Serb police",
    "Croat forces": the plural "Serbs", "Croats" name the country's people), or None."""
    for word in name.split()[:-1]:
        if word[:1].isupper() and place_for_demonym(word) is None:
            found = place_for_demonym(word + "s")
            if found is not None and found.get("feature") == "country" and found.get("country_code"):
                return found["country_code"]
    return None


def _proper_words(name: str) -> bool:
    """The name holds a proper name's word: a capitalised word after its first."""
    return any(word[:1].isupper() for word in name.split()[1:])


def _state_force_kind(name: str) -> str | None:
    """"Police" or "Military" for a state's police or army named by its members' words ("Kenyan
    police", "Syrian government forces"); None for a force another word tells of ("rebel
    forces", "border guards", "federal agents")."""
    tokens = re.findall(r"[A-Za-z'-]+", name)
    lower = {t.lower() for t in tokens}
    if lower & NOT_STATE_WORDS:
        return None
    described = [t for t in tokens if t.lower() not in POLICE_WORDS | MILITARY_WORDS | FORCE_WORDS]
    if any(t[:1].islower() for t in described):
        return None  # a common word says which force: "border guards", "federal agents"
    if lower & POLICE_WORDS and not lower & MILITARY_WORDS:
        return "Police"
    if lower & (MILITARY_WORDS | {"forces"}) and not lower & POLICE_WORDS:
        return "Military"
    return None


def _names_a_local_force(name: str) -> bool:
    """The force's own words name a place finer than its country ("Dagestani police",
    "Danbury police", "Makhachkala police"): the text's name is the more precise one."""
    for word in name.replace("(", " ").replace(")", " ").split():
        if not word[:1].isupper() or word.lower() in POLICE_WORDS | MILITARY_WORDS:
            continue
        place = place_for_demonym(word)
        if place is None:
            found = lookup(word, limit=1)
            place = found[0] if found else None
        if place is not None and place.get("feature") != "country":
            return True
    return False


#: words of a police force's members; the other state forces are military
POLICE_WORDS = {"police", "policeman", "policemen", "policewoman", "officer", "officers", "sheriff", "deputy",
                "deputies", "gardai", "garda", "trooper", "troopers", "gendarme", "gendarmes", "constable",
                "constables", "patrol"}
MILITARY_WORDS = {"army", "military", "soldier", "soldiers", "troop", "troops", "navy", "marine", "marines",
                  "brigade", "battalion", "air"}
#: words a state force's name may hold besides its members'
FORCE_WORDS = {"the", "forces", "force", "security", "government"}
#: words of forces that are not the state's
NOT_STATE_WORDS = {"rebel", "rebels", "opposition", "insurgent", "insurgents", "militia", "militias", "separatist",
                   "separatists", "guerrilla", "guerrillas", "paramilitary", "paramilitaries"}


@dataclass
class Candidate(Cue):
    """A candidate happening with what the extractor found for it (see :func:`candidate_events`)."""

    locator: Locator | None = None
    #: every place the event could take, for the place model
    place_options: list[PlaceOption] = field(default_factory=list)
    #: every party that could be its doer, for the actor model
    actor_options: list[ActorOption] = field(default_factory=list)
    #: a copy of another candidate for one more of the places it happened at
    split: bool = False
    #: for a title's mention dated by the publication day, the day its lead gives
    #: (see :func:`_headline_from_lead`)
    lead_date: DateMention | None = None


def candidate_events(text: str, *, published: dt.date | dt.datetime | str, title: str | None = None,
                     url: str | None = None, doc: Doc | None = None) -> list[Candidate]:
    """Every candidate happening of an article, in document order: the rules' pick for each
    sentence (``chosen``) and the sentence's other triggers of another kind, each made into an
    event with its actors, place and date. :func:`extract_events` keeps those the event model
    (:mod:`timeline.events.scoring`) judges real and merges mentions of one happening."""
    day = parse_published(published)
    if not text or not text.strip():
        return []
    datelines = find_datelines(text)
    # same offsets; datelines name no actor and date no event, cut-down quotes are restored
    story = mask(repair_lost_quotes(text), datelines)
    if doc is None or datelines:
        doc = parse(story)
        doc_text = story  # a parse keeps its text verbatim
    else:
        doc_text = text_of(doc)
    places = geoparse(story, doc=doc, context=_dateline_context(datelines))
    dateline_place = _dateline_place(datelines, places)
    # where the story is set orders its numeric dates when nothing else does ("01/03/2026" in Leeds)
    setting = [dateline_place] if dateline_place is not None else [p for p in places if p.resolved and p.role != "adjectival"]
    found_dates = [d for d in find_dates(text, day, day_first=source_day_first(url), countries=[p.country_code for p in setting])
                   if d.type in POINT_TYPES
                   and not any(line.start <= d.start < line.end for line in datelines)]
    dates = [d for d in found_dates if d.start_date is not None]
    offsets = [d for d in found_dates if d.offset is not None]  # "a year after he was killed", dated or not
    place_tokens = PlaceTokens(doc, places)
    headline = opens_with_title(story, title)
    actors = ActorResolver(doc, place_tokens, headline=headline)
    locator = Locator(doc, places, place_tokens)
    source_id = article_id(text, day)
    locator.dateline = dateline_place
    mentions = Counter(p.geonameid for p in locator.names)
    named_counts = Counter(actor.name for actor in (actors.actor_of(ent.root) for ent in doc.ents
                                                     if ent.label_ in ("PERSON", "ORG", "NORP", "GPE"))
                           if actor is not None)
    doers: list[Actor] = []  # the doers of the chosen events so far

    found: list[Candidate] = []
    chosen_events: list[Event] = []
    destined: set[str] = set()  # ids of movements placed at a destination the text names
    narrative_date: DateMention | None = None
    lead_date: DateMention | None = None  # the first date the story's narrative took (its lead's day)
    # the narrative's date before a new paragraph went back to the lead's day (while no sentence
    # has dated anything since): see _same_occasion in timeline.events.coref
    aside_date: DateMention | None = None
    background_date: DateMention | None = None  # a past day the last dated sentence went back to
    told_happenings: dict[str, DateMention | None] = {}  # per kind of happening: the date the last one took
    # per kind of happening: the single days the text's happenings of that kind take (from their
    # clause or the narrative), in document order
    dated_happenings: dict[str, list[DateMention]] = {}
    retold_ahead: dict[int, str] = {}  # a known happening's mention dated by another clause: its kind
    coarse: dict[int, tuple[str, DateMention]] = {}  # a happening dated by a month, week or year: kind, span
    story_words: set[str] = set()  # the names and nouns of the story so far (since a headline or a new story)
    story_index = 0  # the number of the story the sentence is told in
    story_start = 0  # the sentence that opened a digest item's story (positions count from it)
    candidates = _trigger_candidates(doc)
    marks_paragraphs = _marks_paragraphs(doc_text)
    sentences = list(doc.sents)
    sentence_words = [_story_words(sentence) for sentence in sentences]  # (read ahead and in the walk)
    # each sentence's dates, in the text's order (in the walk, and for the next sentence after it)
    dates_by_sentence = [[d for d in dates if sentence.start_char <= d.start < sentence.end_char]
                         for sentence in sentences]
    # a digest's items are stories of their own from its first one on, and, whatever the tense,
    # from the paragraph on by which enough items opened a story of their own (both read ahead)
    digest, digest_onset = _digest_shaped(sentences, sentence_words, doc_text) if marks_paragraphs else (False, None)
    locator.digest = locator.digest_item = digest
    title_lead_date = None  # the date the lead (the first sentences after a title that date anything) gives
    title_lead_index = 1  # (the sentence it gives it in)
    for sentence_index, sentence in enumerate(sentences):
        sentence_text = doc_text[sentence.start_char:sentence.end_char]  # sentence.text, not rebuilt from tokens
        if is_headline(sentence):
            # A new section: its story has not given a date or a place yet.
            narrative_date = background_date = lead_date = aside_date = None
            locator.section_place = None
            story_words = set()
            story_index += 1
            continue
        if opens_paragraph(sentence, doc_text):
            if lead_date is not None and narrative_date is not None and narrative_date.precision == "day" \
                    and narrative_date.end_date < lead_date.start_date:
                # a wire story's aside to an earlier day ends with its paragraph: the next one
                # returns to the lead's day unless it dates itself ("The minister toured the
                # flooded valley on Tuesday. ... Engineers, meanwhile, said Monday the dam had
                # held. [new paragraph] She met farmers in the town square." -- Tuesday)
                aside_date, narrative_date = narrative_date, lead_date
        if sentence_index and _new_story(sentence, doc_text, story_words, marks_paragraphs, digest):
            # a paragraph that takes up nothing of the story so far (a digest's next item):
            # the earlier paragraphs' date and place are not its own
            if marks_paragraphs:
                # (a text without line breaks marks no paragraph: a sentence that takes up
                # nothing of the story may be a digest's next item or an aside of the same
                # day, "Police arrested a man in Leeds on Monday. A bus crashed into a wall":
                # its place is not the story's, its day may well be)
                narrative_date = lead_date = aside_date = None
                story_index += 1  # (for grouping too; in a text that marks no paragraph it stays one story)
                story_start = sentence_index
            if sentence_index == digest_onset:
                # a digest by its items alone: a good share of its paragraphs so far are items
                # of their own (a wire story's paragraphs mostly go on with it); the place the
                # whole text names most is no guess for its later items
                locator.digest_item = True
            background_date = None
            locator.section_place = None
            story_words = set()
        elif sentence_index and digest and _new_story(sentence, doc_text, story_words, marks_paragraphs, digest,
                                                      named_first=True):
            # a digest's item that names its doer before its pronoun ("Costa Rica closes its
            # airspace after a volcano erupts" after an item on floods in Sylhet): "its" is Costa
            # Rica's, not a word taking up the item before, so the earlier item's date and place
            # are not its own (it stays the same story for coreference: a new story there
            # splits happenings told twice)
            narrative_date = lead_date = aside_date = background_date = None
            locator.section_place = None
        story_words |= sentence_words[sentence_index]
        sentence_dates = dates_by_sentence[sentence_index]
        if chosen_events and chosen_events[-1].event_type == "deploy" and _refers_to_forces(sentence):
            # "North Korea deployed troops ... Many of these forces defended the Kursk region"
            if _refine_deployment(chosen_events[-1], sentence, sentence_text, locator):
                destined.add(chosen_events[-1].id)
        triggers = _sentence_triggers(sentence, locator, candidates)  # (none: the sentence only dates)
        chosen_tokens = {t.token.i for t in triggers if t.chosen}
        for trigger in triggers:
            # the happenings the rules see in the sentence (a candidate sees itself among them)
            trigger_tokens = chosen_tokens | {trigger.token.i}
            actor1, actor2 = actors.actors_for(trigger.token, trigger.event_type, remember=trigger.chosen)
            location = locator.locate(sentence, trigger.token, trigger.event_type,
                                      actors.actor_token_ids(trigger.token), trigger_tokens)
            sentence_offsets = [d for d in offsets if sentence.start_char <= d.start < sentence.end_char]
            claims = _date_claims(doc, sentence_dates, trigger.token, trigger_tokens, trigger.event_type,
                                  offsets=sentence_offsets, published=day)
            own_date = _governing_date(claims)
            if own_date is None:
                own_date = _counted_from_clause_day(doc, sentence_offsets, trigger.token, narrative_date, day)
            # the date the event model reads: a participant's clause's date counts as a cue
            cue_date = _governing_date(claims, participants=True)
            date_cue = None if _same_mention(cue_date, own_date) else cue_date
            if trigger.event_type in RETOLD_TYPES:
                own_date = _retold(trigger.token, own_date, narrative_date, told_happenings.get(trigger.event_type))
                taken = own_date or narrative_date
                if _retold_ahead(trigger.token, own_date):
                    retold_ahead[trigger.token.i] = trigger.event_type
                elif _coarsely_dated(trigger.token, own_date):
                    coarse[trigger.token.i] = (trigger.event_type, own_date)
                elif trigger.chosen and taken is not None and taken.anchor != RETOLD and taken.precision == "day" \
                        and taken.start_date is not None and taken.start_date == taken.end_date:
                    # (the day the happening takes from its clause or the narrative: "On Aug. 2, the
                    # talks had just ended. Then the bomb went off")
                    dated_happenings.setdefault(trigger.event_type, []).append(taken)
            dated_later = own_date is not None and own_date.start_date is not None and own_date.start_date > day
            if dated_later \
                    and mode_of(trigger.token) == "asserted" and _done_in_past(trigger.token) \
                    and (trigger.event_type in VERBAL_TYPES or trigger.token.pos_ in ("NOUN", "PROPN")
                         or _SPAN_END.search(doc_text, max(0, own_date.start - 12), own_date.start)) \
                    and not (trigger.token.pos_ in ("NOUN", "PROPN") and _dated_in(own_date, trigger.token)):
                # a day wholly after the report cannot be that of a statement, or of a happening's
                # noun, the report tells as done: it is that of what was said, of another clause
                # or of a deadline ("Col. Lee said in an interview that she hopes to reopen the
                # bridge within the next two weeks": the interview is not two weeks on; "The
                # council approved the appointments, terms expiring March 31, 2030"). A verb of
                # planning keeps its day ("the vote was set for May 12"); the narrative or the
                # report dates the rest. Nor of a verb told as done whose day ends what it set
                # ("extended the deadline until Tuesday", "closed the road through Friday")
                own_date = None  # (the sentence still dates something: the model's cue stays)
            else:
                dated_later = False
            if _on_the_eve_of(trigger.token) and not (
                    own_date is not None and any(t.idx == own_date.start for t in trigger.token.subtree)):
                # (a date of the happening's own phrase, "the Pope's visit on Sunday", is its own)
                own_date = _day_after(own_date or narrative_date, day)
            years_back = _anniversary_of(trigger.token, own_date)
            if years_back:
                # "today, the 39th anniversary of the invasion": the invasion 39 years before today
                own_date = _years_before(own_date or narrative_date, day, years_back)
            dated = own_date is not None or _governing_date(claims, described=True) is not None
            if trigger.chosen and location is not None and location.explicit:
                locator.section_place = location.place
                locator.section_type = trigger.event_type
            event = _make_event(
                source_id=source_id, sentence=sentence, sentence_text=sentence_text, trigger=trigger,
                actor1=actor1, actor2=actor2, location=location, own_date=own_date,
                narrative_date=narrative_date, background_date=background_date, published=day, title=title,
                url=url, dated_for_model=dated_later or own_date is not None or date_cue is not None,
                said_on=_said_on(claims) if own_date is None else None,
            )
            if trigger.event_type in RETOLD_TYPES and trigger.chosen:
                told_happenings[trigger.event_type] = own_date or narrative_date
            if trigger.chosen:
                if location is not None and location.explicit:
                    destined.add(event.id)
                elif trigger.event_type in INHERIT_DESTINATION and _inherit_destination(event, chosen_events, destined,
                                                                                        locator):
                    destined.add(event.id)
                chosen_events.append(event)
            options = place_options(locator, sentence, trigger.token, trigger.event_type,
                                    actors.actor_token_ids(trigger.token), trigger_tokens,
                                    location.place if location is not None else None, dateline_place, mentions)
            if location is None and told_elsewhere(trigger.token) and not locator.places_in(sentence):
                # "convicted of a minor charge in another state": no guess from elsewhere in the text
                options = [option for option in options if option.kind == "none"]
            actor_choices = actor_options(actors, sentence, trigger.token, trigger.event_type, actor1, doers,
                                          named_counts, target=actor2)
            if trigger.chosen and actor1 is not None:
                doers.append(actor1)
            candidate = Candidate(
                event=event, trigger=trigger.token, sentence=sentence, sentence_index=sentence_index,
                chosen=trigger.chosen, rank=trigger.rank, candidates_in_sentence=len(triggers),
                strength=trigger.strength, coordinated=trigger.coordinated,
                actor1_kind=actor1.kind if actor1 is not None else None, actor2=actor2 is not None,
                place_explicit=location is not None and location.explicit, own_date=dated,
                published=day, locator=locator, place_options=options, actor_options=actor_choices, story=story_index,
                story_start=story_start,
                date_cue=(date_cue.precision, date_cue.start_date) if date_cue is not None else None,
                aside_date=(aside_date.start_date, aside_date.end_date) if aside_date is not None
                and (event.date_derivation or "").startswith(NARRATIVE_DERIVATION) else None)
            found.append(candidate)
            found.extend(_one_per_place(candidate))
            found.extend(_one_per_speaker(candidate, actors))
        if sentence_dates:
            carried = [d for d in sentence_dates if not (locator.digest_item and _describes_a_noun(d, sentence))]
            narrative_date = _narrative(carried, day, doc_text, sentence.start_char, narrative_date) or narrative_date
            if narrative_date is not lead_date:
                aside_date = None  # the text dates its own sentences again
            background_date = _background(doc, sentence_dates, day)
            lead_date = lead_date or narrative_date
            if title_lead_date is None and sentence_index in _LEAD_SENTENCES:
                title_lead_date, title_lead_index = narrative_date, sentence_index
    _headline_from_lead(found, title_lead_date, title_lead_index)
    _dated_by_its_quote(found, sentences, dates_by_sentence)
    # a happening the text tells of again (or first) in another clause takes the day the text
    # gives it anywhere, even later: see _retold_ahead and _coarsely_dated
    for candidate in found:
        day = None
        if candidate.trigger.i in coarse:
            kind, span = coarse[candidate.trigger.i]
            days = {d.start_date: d for d in dated_happenings.get(kind, ())
                    if span.start_date <= d.start_date <= span.end_date}
            day = (next(iter(days.values())), RETOLD_WITHIN) if len(days) == 1 else None  # (one day, else unsure)
        elif candidate.trigger.i in retold_ahead:
            earlier = [d for d in dated_happenings.get(retold_ahead[candidate.trigger.i], ())
                       if d.start_date < candidate.event.date_start]
            day = (earlier[0], RETOLD_AHEAD) if earlier else None
        if day is not None:
            if day[1] == RETOLD_AHEAD and candidate.own_date and candidate.date_cue is None:
                # (the event model reads the date of the mention's own sentence, as before; a
                # day inside the mention's own span is read as that span would be)
                candidate.date_cue = (candidate.event.date_precision, candidate.event.date_start)
            _redate(candidate.event, *day)
    if not locator.digest_item:
        # only a digest's items are stories of their own whose first sentence is a lead; a wire
        # story's paragraph that takes up nothing of it so far ("A bus crashed into a wall in
        # Leeds." after a paragraph on an arrest) is still told deep inside the article. (Whether
        # the text is a digest is known only once its later paragraphs are read, hence here and
        # not where a candidate is built; its cues are read after this, by select_events.)
        for candidate in found:
            candidate.story_start = 0
    _tolls_of_the_hazard(found)
    return found


def _bare_toll(cue: Candidate) -> bool:
    """A harm told as a bare toll: a passive "kill", "injure" or "wound" with no doer, in a
    sentence that names no weapon, armed party or assault ("twenty people have been confirmed
    killed", "Nine people are injured in Naha"), or one whose doer is "it" (:func:`_toll_of_it`)."""
    verb = cue.trigger
    if cue.event.event_type != "attack" or cue.event.mode != "asserted" or not no_violence_told(cue.sentence):
        return False
    if _count_of_casualties(verb):
        return True
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("kill", "injure", "wound"):
        return False
    if _toll_of_it(verb):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "agent", "dobj") for c in verb.children)


def _toll_of_it(verb: Token) -> bool:
    """An active "kill"/"injure" whose doer is the pronoun "it" ("Officials said it killed nine
    people and injured 50 more"), in a sentence with no weapon, armed party or assault: "it"
    takes up a thing told before, in a story of a fire, flood or crash the hazard, so the harm
    is its toll (codebook §2), not an attack of its own. (A body's "it" comes with its armed
    words: "the army says it killed 30 fighters" is no bare toll.)"""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    while not subjects and verb.dep_ == "conj":  # ("destroyed 300 homes, ripped up roads, killed one")
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and (subjects[0].lower_ == "it" or _happening_taken_up(subjects[0]))


#: General nouns of a happening, which name no kind of their own ("that event", "the incident").
_GENERAL_HAPPENINGS = {"event", "incident"}


def _happening_taken_up(subject: Token) -> bool:
    """A general noun of a happening with a determiner pointing back ("That event destroyed at
    least 300 homes and killed one", "the incident injured four"): like "it", it takes up a
    happening told before and names no kind of its own, so the harm is that happening's toll."""
    return subject.lemma_.lower() in _GENERAL_HAPPENINGS and any(
        c.dep_ == "det" and c.lower_ in ("that", "this", "the") for c in subject.children)


def _count_of_casualties(noun: Token) -> bool:
    """The noun "casualties" told as a count with no happening of its own ("the total reported
    casualties increased to 167", "casualties rose to 40"): no "of"-phrase names what caused
    them, so, in a sentence with no weapon or armed party, they are a toll of what the story
    told before, not an attack of their own."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ("casualty", "casualties") \
        and noun.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _tolls_of_the_hazard(found: list[Candidate]) -> None:
    """Type as its hazard a bare toll (:func:`_bare_toll`) told in a story (a digest's item, else
    the whole text) of a flood, storm, quake, fire or crash told as done, with no attack or
    killing of its own: "Hurricane Dorian cleared the Bahamas yesterday. ... Prime minister
    Hubert Minnis said that twenty people have been confirmed killed." is the hurricane's toll
    (codebook §2: casualties are part of the disaster that caused them), not an attack by
    nobody. The toll takes the type of the story's latest hazard before it; with no hazard, in a
    story with no violence, it is an accident (:func:`_death_with_no_violence`)."""
    for cue in found:
        if not _bare_toll(cue):
            continue
        story = [c for c in found if c.story_start == cue.story_start]
        # (a harm word beside a hazard's own word is that hazard's, as _reconcile reads it:
        # "aftershocks of an earthquake that struck on Wednesday")
        told_hazards = {c.sentence_index for c in story if c.chosen and c.event.event_type in HAZARD_TYPES}
        if any(c.chosen and c.event.event_type in HARM_TYPES and not _bare_toll(c)
               and c.sentence_index not in told_hazards
               and (c.sentence_index <= cue.sentence_index or not _toll_of_it(cue.trigger)) for c in story):
            continue  # (a bombing's toll stays the bombing's)
        hazards = [c for c in story if c.chosen and c.event.event_type in HAZARD_TYPES
                   and c.event.mode == "asserted" and c.sentence_index <= cue.sentence_index]
        if hazards:
            cue.event.event_type = hazards[-1].event.event_type
        elif _death_with_no_violence(cue, story, found):
            cue.event.event_type = "accident"


def _death_with_no_violence(cue: Candidate, story: list[Candidate], found: list[Candidate]) -> bool:
    """True for a bare toll (:func:`_bare_toll`) in a story of two or more sentences none of
    which names a weapon, an armed party or an assault, with no other candidate of an attack or
    riot ("An engineer was killed while working at the station. ... Police treated the death as
    unexplained."): a death no one is told to have caused is a mishap's toll (codebook §1: an
    attack is a killing by an armed actor), whatever word the story has, or lacks, for the
    mishap. Not a lone toll ("60 people were killed in Goma.": no story tells its cause), nor a
    harm "in"/"during" a happening's noun ("killed in a security operation")."""
    if any(c is not cue and c.event.event_type in HARM_TYPES | {"riot"} for c in story):
        return False  # "killed in a bombing", "killed during clashes": the harm's own word tells it
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during", "amid") and any(
            o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in cue.trigger.children):
        return False  # "killed in a security operation": the phrase names what the harm came in
    sentences = list(cue.trigger.doc.sents)
    end = min((c.story_start for c in found if c.story_start > cue.story_start), default=len(sentences))
    told = sentences[cue.story_start:end]
    return len(told) >= 2 and all(no_violence_told(sentence) for sentence in told)


#: Places the rules found beyond the sentence for a movement: where the next sentence puts
#: the deployed troops, or where the same actor's earlier deployment went; and the dateline's
#: city a reporter's "here" names. The place model sees only the sentence's options, so these stand.
FOLLOWED_PLACES = ("where the deployed forces are", "no destination in the sentence: where the earlier", HERE_DATELINE)


#: Happenings whose content may be another happening with its own place ("agreed to send troops to X")
AGREED_TYPES = {"agree", "meet"}


def _choose_place(cue: Candidate, model: EventModel) -> None:
    """Give the event the place the place model ranks first among its options (no place
    when that ranks first)."""
    event = cue.event
    if (event.place_derivation or "").startswith(FOLLOWED_PLACES) or HOME_ROLE in (event.place_derivation or ""):
        return  # (the story's town instead of a visitor's home state: no option of the sentence is it)
    if model.trust_rules and cue.place_explicit and not cue.split \
            and not (event.place_derivation or "").startswith(NOT_ITS_OWN):
        return  # the rules found where it happened: a locative or destination on its own path
    # The story's place in a country the sentence does not name is not where it happened
    # ("Russia launched assaults on Ukraine" in a story set in Wonsan).
    options = [o for o in cue.place_options if not o.features.get("outside_the_sentence_countries")
               and not o.features.get("owner_modifier")  # "the bombings of U.S. embassies": not where
               and not o.features.get("party")  # "Egypt and Syria agreed": who did it, not where
               and not o.features.get("route_end")  # "sank on the way from Cuba": neither end is where
               and not o.features.get("home_elsewhere")]  # "a Louisiana man" in a Kentucky story: his home
    if any(o.features.get("route_end") for o in cue.place_options) and not any(
            o.kind == "sentence" and o.place is not None for o in options):
        # "the boat sank on the way from Cuba to the United States": it happened on the journey
        # the sentence names, not in the story's town either
        options = [o for o in options if o.kind == "none"]
    if event.event_type in VERBAL_TYPES:
        # "Pyongyang would support Moscow", "China condemned Washington": a place that names
        # the speaker or the one spoken of is not where it was said
        options = [o for o in options if not o.features.get("in_actor")]
    elif event.event_type in AGREED_TYPES:
        # "Egypt and Syria agreed to send troops to Saudi Arabia": where a movement that was
        # agreed goes is not where the agreement was made (but "travelled to Pyongyang, when
        # the two signed a treaty": the journey during which it was made)
        options = [o for o in options if not (o.features.get("other_trigger_owns") and o.features.get("path:other")
                                              and (o.features.get("prep:destination") or o.features.get("prep:origin"))
                                              and _inside(cue, o.place))]
    if model.trust_rules and event.lat is not None and not _fallback_place(event):
        # the rules found it in the sentence: the model may prefer another place of the
        # sentence, or none, but not the story's place
        options = [o for o in options if o.kind in ("sentence", "none")]
    best = max(options, key=lambda option: model.place_score(option.features))
    if best.place is None:
        _clear_place(event, "no place of the happening in the text")
        cue.place_explicit = False
        return
    if best.place.geonameid == event.geonameid:
        return  # the rules' own choice, with its derivation
    _set_place(event, best.place)
    cue.place_explicit = best.kind == "sentence"
    where = {"sentence": "named in the sentence", "section": "no place in the sentence: the place of the story so far",
             "setting": "no place in the sentence: the article's setting",
             "dateline": "no place in the sentence: the dateline's city"}[best.kind]
    event.place_derivation = f"{where} → {best.place.name} ({best.place.feature}), ranked first by the place model"


def _inside(cue: Candidate, place: PlaceMention | None) -> bool:
    """True when a place is named inside the trigger's own phrase (what it is about)."""
    token = cue.locator.token_of(place) if cue.locator is not None and place is not None else None
    return token is not None and cue.trigger.i in {a.i for a in token.ancestors}


#: Happenings that strike a place: the places they fall "on" are where they happened.
STRUCK_TYPES = {"attack", "violence_against_civilians"}
#: Happenings that are one per place they are told to be at: the local ones, and votes (each
#: state's primary is its own vote: "primaries in Kansas, Iowa and Nebraska").
PER_PLACE_TYPES = LOCAL_TYPES | {"election"}


def _one_per_place(candidate: Candidate) -> list[Candidate]:
    """Strikes, protests, fires, votes at several places the sentence names as where they
    happened ("fires in Torrington, Weston and Glastonbury", "primaries in Ohio and Arizona")
    are one happening per place: a copy of the candidate for each further place, each with only
    that place (or none) to take. A strike's places may be what it fell on: "The air force
    carried out strikes on Jabalia and Deir al-Balah" is a strike on each town."""
    event_type = candidate.event.event_type
    if event_type not in PER_PLACE_TYPES:
        return []
    where = [o for o in candidate.place_options if o.kind == "sentence" and o.place is not None
             and _where_it_happened(candidate, o)]
    where = [o for o in where if not _belongs_to_another_happening(candidate, o.place)
             and not _not_its_own_place(candidate, o.place, where)]
    # "Vancouver, British Columbia; Winnipeg, Manitoba", "the Kenton County jail in Covington":
    # a province or county that holds another of the places is where that one is, not a place
    # of its own
    finer = {o.place.geonameid: other.place for o in where for other in where
             if other is not o and _holds(o.place, other.place)}
    where = [o for o in where if o.place.geonameid not in finer]
    if len(where) >= 2:
        # "in Luxi County, Hunan, China", "in Fastiv, Kyiv Oblast": the names after the first
        # qualify its address (whatever the gazetteer made of them), they are no further places
        text = text_of(candidate.trigger.doc)
        places = [o.place for o in candidate.place_options if o.place is not None]
        steps = {o.place.geonameid: other.place for o in where for other in where
                 if other is not o and _qualifies(o.place, other.place, text, places)}
        finer.update(steps)
        where = [o for o in where if o.place.geonameid not in steps]
    _to_the_finest(candidate, finer)
    if len(where) >= 2:
        # "strikes on Rafah and Khan Yunis in southern Gaza", "the refinery in Omsk, Omsk Oblast
        # in the Siberia region": a place told right after another of the sentence as where that
        # one lies is its address, no further place
        text = text_of(candidate.trigger.doc)
        places = [o.place for o in candidate.place_options if o.place is not None
                  and (o in where or o.features.get("prep:locative"))]
        where = [o for o in where if not any(_lies_in(other, o.place, text) for other in places
                                             if other is not o.place)]
    if len(where) < 2:
        return []
    copies = []
    none = [o for o in candidate.place_options if o.kind == "none"]
    for option in where:
        if option.place.geonameid == candidate.event.geonameid:
            continue
        event = _event_copy(candidate.event, option.place.geonameid)
        _set_place(event, option.place)
        event.place_derivation = f"one of the places the sentence names for it → {option.place.name} " \
                                 f"({option.place.feature})"
        copies.append(dataclasses.replace(candidate, event=event, place_explicit=True,
                                          place_options=[option] + none, split=True))
    return copies


def _event_copy(event: Event, apart_by: object) -> Event:
    """A copy of a candidate's event for another place or speaker of its sentence (no evidence
    yet, its own lists), with an id of its own."""
    copy = dataclasses.replace(event, evidence=[], actors=list(event.actors),
                               actor_details=[dict(d) for d in event.actor_details])
    copy.id = hashlib.sha1(f"{event.id}:{apart_by}".encode()).hexdigest()[:16]
    return copy


def _one_per_speaker(candidate: Candidate, actors: ActorResolver) -> list[Candidate]:
    """Sayings by several parties joined by "and" are one statement per speaker (codebook §2):
    "Both the council and the government called for an inquiry", "Sanders and Obama announced
    their support for Biden" → the candidate is the first speaker's (who "their" stands for
    when the rules named no doer) and a copy of it each further speaker's, their only doer."""
    if candidate.event.event_type not in VERBAL_TYPES or not (candidate.chosen or candidate.trigger.dep_ == "ROOT"):
        return []  # (not "several days after Israel and Hamas declared cease-fires": the truces)
    speakers = actors.co_doers(candidate.trigger)
    if not speakers or _joint_sayings(candidate.trigger.doc) or _joint_act_told(candidate.trigger):
        return []
    if candidate.event.actor1 is None:
        _give_speaker(candidate, speakers[0])
    copies = []
    for actor in speakers:
        if actor.name == candidate.event.actor1:
            continue
        event = _event_copy(candidate.event, actor.name)
        copy = dataclasses.replace(candidate, event=event, split=True)
        _give_speaker(copy, actor)
        copies.append(copy)
    return copies


JOINT_WORDS = {"joint", "jointly", "together"}
SAYING_NOUNS = {"statement", "declaration", "communique", "communiqué", "letter", "appeal", "call", "conference",
                "briefing", "release", "news", "press"}


def _joint_sayings(doc: Doc) -> bool:
    """The text tells of a joint saying ("In their joint statement, Yeltsin and Kuchma called
    for ...", "the two leaders jointly called for ..."): parties joined by "and" there speak as
    one, one statement (codebook §2), not one each."""
    return any(t.lower_ == "jointly" or (t.lower_ in JOINT_WORDS and t.head.lower_ in SAYING_NOUNS) for t in doc)


def _joint_act_told(verb: Token) -> bool:
    """The speakers tell of what they, or the state they speak for, do together: "Biden and
    Sanders announced they would form six working groups", "President Soler and interior
    minister Ruiz say that Chile will not pull its police out" are one announcement of one
    joint plan or one state's position, not one per speaker."""
    return any(c.dep_ in ("ccomp", "xcomp") and any(
        s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in ("they", "we") or s.ent_type_ == "GPE")
        for s in c.children) for c in verb.children)


def _give_speaker(candidate: Candidate, actor: Actor) -> None:
    """Make ``actor`` the candidate's doer, the only one the actor model can give it."""
    event = candidate.event
    event.actor1 = actor.name
    event.actor_details = [actor.to_dict()]
    event.actors = parties(actor.name, event.actor2)
    candidate.actor1_kind = actor.kind
    candidate.actor_options = [dataclasses.replace(o, actor=actor) for o in candidate.actor_options
                               if o.relation == "rules"]


def _to_the_finest(candidate: Candidate, finer: dict[int | None, PlaceMention]) -> None:
    """Give the candidate the finest place of the address it took a step of: "a shooting in
    Tehuitzingo, Puebla, Mexico" happened in Tehuitzingo, not in the state that follows it; and
    that place as the address reads it ("in Mykolaivka, Sumy Raion, Sumy Oblast": the Mykolaivka
    of Sumy Oblast, see :func:`_read_in`). ``finer`` maps a step of an address to the place it
    is the area of."""
    event = candidate.event
    if not finer:
        return
    named = {o.place.geonameid: o.place for o in candidate.place_options if o.place is not None}
    place = named.get(event.geonameid)
    if place is None:
        return
    area_of = {f.geonameid: named[a] for a, f in finer.items() if a in named}
    for _ in range(len(finer)):  # (down the address, each step to the next finer)
        place = finer.get(place.geonameid, place)
    node, found = place, place
    for _ in range(len(area_of)):  # (up the address: the finest place must lie in each area)
        area = area_of.get(node.geonameid)
        if area is None:
            break
        reading = _read_in(found, area)
        found = reading if reading is not None else area
        if reading is None:
            break  # (no town of that name in the area: the area is what the text surely gives)
        node = area
    if found.geonameid == event.geonameid:
        return
    told = event.place_name
    _set_place(event, found)
    event.place_derivation = f"the finest place of its address (told: {told}) → {found.name} ({found.feature})"


def _read_in(place: PlaceMention, area: PlaceMention) -> PlaceMention | None:
    """The reading of ``place`` that lies in ``area``, the first-level division its address names
    ("Mykolaivka, Sumy Raion, Sumy Oblast": the Mykolaivka of Sumy Oblast, not the larger one the
    gazetteer knows in Donetsk Oblast): ``place`` itself when it lies there or the area is no
    such division (or ``place`` is one itself, "Jenin, West Bank"), None when no place of that
    name lies there nor near it (:func:`_near_the_area`)."""
    if area.feature != "admin1" or place.feature == "admin1" or not area.country_code \
            or place.country_code != area.country_code or not place.admin1 or fold(place.admin1) == fold(area.name or ""):
        return place
    for reading in lookup(place.name or place.text, country_code=area.country_code, limit=None):
        if reading.get("feature") == place.feature and fold(reading.get("admin1") or "") == fold(area.name or ""):
            return dataclasses.replace(place, **{key: reading.get(key) for key in (
                "name", "lat", "lon", "geonameid", "population", "admin1")})
    return place if _near_the_area(place, area) else None


#: How far from the point of the area its address names a town the gazetteer files under another
#: division may lie and still be in that area (km).
AREA_REACH_KM = 100.0


def _near_the_area(place: PlaceMention, area: PlaceMention) -> bool:
    """True when ``place`` lies near the point of the ``area`` its address names though the
    gazetteer files it under another first-level division: "Tulkarm, West Bank" (the gazetteer
    files Tulkarm under its own governorate, beside the West Bank), not a namesake far across
    the country ("Mykolaivka, Sumy Oblast" read as the Mykolaivka of Donetsk Oblast)."""
    return None not in (place.lat, place.lon, area.lat, area.lon) \
        and haversine_km(place.lat, place.lon, area.lat, area.lon) <= AREA_REACH_KM


#: Words that end the name of a part of a city ("Shevchenkivskyi District", "Gulshan neighbourhood").
CITY_PARTS = {"district", "raion", "borough", "neighbourhood", "neighborhood", "quarter", "ward"}


def _qualifies(area: PlaceMention, place: PlaceMention, text: str, places: list[PlaceMention]) -> bool:
    """True when ``area`` follows ``place`` after a comma as the next step of its address
    ("Luxi County, Hunan", "Fastiv, Kyiv Oblast", "Nairobi, Kenya"): a coarser division or a
    country (or the city a district or a town is part of, "Kyivskyi District, Odesa", "Barra
    Funda, São Paulo"), and not the next item of a list of places ("Kherson, Zaporizhzhia and Donetsk",
    "Gaza, Lebanon, Syria"; a list set off by semicolons, "Dix, Illinois; Newburgh, Indiana",
    is one of addresses)."""
    if not text or area.start < place.end or not _address_gap(text[place.end:area.start]):
        return False
    if area.feature == "country":
        # (a country not the place's own says the place was misread: both stay; but a named
        # district is no item of a list of countries, "Mardan District, India": its address)
        return place.feature not in ("country", "continent", "region") and (
            area.country_code == place.country_code or (
                place.text.split()[-1].lower() in DIVISION_WORDS and not _listed_after(area, text, places)))
    if area.feature == "city" and place.text.split()[-1].lower() in CITY_PARTS \
            and (not place.country_code or place.country_code == area.country_code):
        return True  # "Shevchenkivskyi District, Kharkiv": a district of the city that follows
    # "Barra Funda, São Paulo, Brazil": a town or quarter, then the city it is part of; not the
    # last two of a list of towns ("Ankara, Izmir, Istanbul")
    # ("Bensonhurst, Brooklyn, New York City": each town a part of the city after it)
    town_of_city = area.feature == "city" and place.feature == "city" \
        and bool(place.country_code) and place.country_code == area.country_code \
        and text[place.end:area.start].strip() == "," \
        and (_part_of_city(place, area) or not any(p.feature == "city" and p.end is not None and p.end <= place.start
                                                    and _address_gap(text[p.end:place.start]) for p in places))
    if not (area.feature in ("admin1", "admin2") or area.text.split()[-1].lower() in DIVISION_WORDS or town_of_city
            or _names_its_province(area, place)) \
            or place.feature in ("country", "continent", "region") \
            or (place.feature == "admin1" and not _province_of_its_town(place)) \
            or (place.country_code and area.country_code and place.country_code != area.country_code
                and not _misread_division(area, place, text, places)):
        return False
    if ";" in text[max(0, place.start - 200):place.start]:
        return True
    return not _listed_after(area, text, places)


def _listed_after(area: PlaceMention, text: str, places: list[PlaceMention]) -> bool:
    """True when ``area``, the name after a comma, is an item of a list of places rather than
    the next step of an address: "and" or "or" follows it, or the chain goes on with a place no
    coarser than it ("Gaza, Lebanon, Syria"; not "Barra Funda, São Paulo, Brazil")."""
    listed = re.match(r"\s*,?\s*(and|or)\b", text[area.end:area.end + 40]) is not None
    following = [p for p in places if p.start > area.end and _address_gap(text[area.end:p.start])]
    fineness = PLACE_FINENESS.get(area.feature or "", 5)
    return listed or any(PLACE_FINENESS.get(p.feature or "", 5) <= fineness and not _part_of_city(area, p)
                         for p in following)


def _province_of_its_town(place: PlaceMention) -> bool:
    """True when ``place``, read by the gazetteer as a first-level division, bears the name of
    a town of its own country that the division is named after, the name not saying it is
    the division ("Jenin, West Bank": the town and its governorate share the name; not "Jenin
    Governorate"): the first name of an address, it is the town's area, a step finer than
    the region that follows it."""
    if place.feature != "admin1" or not place.country_code or place.text.split()[-1].lower() in DIVISION_WORDS:
        return False
    return any(c.get("feature") == "city" and c.get("country_code") == place.country_code
               and fold(c.get("admin1") or "") == fold(place.name or "") for c in place.candidates)


#: How far from the centre of a city one of its quarters or boroughs may lie (km).
CITY_PART_KM = 25.0


def _part_of_city(place: PlaceMention, city: PlaceMention) -> bool:
    """True when the town ``place`` may be a quarter or borough of the ``city`` named after it in an
    address ("Bensonhurst, Brooklyn, New York City"): both towns of one country, the city the
    larger by far and the town near its centre (towns of a list lie apart or are no smaller:
    "Ankara, Izmir, Istanbul")."""
    return place.feature == "city" and city.feature == "city" and bool(place.country_code) \
        and place.country_code == city.country_code and place.geonameid != city.geonameid \
        and (city.population or 0) > 2 * (place.population or 0) \
        and None not in (place.lat, place.lon, city.lat, city.lon) \
        and haversine_km(place.lat, place.lon, city.lat, city.lon) <= CITY_PART_KM


def _names_its_province(area: PlaceMention, place: PlaceMention) -> bool:
    """True when ``area``, read by the gazetteer as a city, bears the name of the province it
    is in and that province holds ``place``: "Tehuitzingo, Puebla" (the state of Puebla, not its
    capital), "Al Dhafra, Abu Dhabi" (the emirate). The province's names are the area's own
    reading's and those of its other readings in the same country (the gazetteer spells a
    province's name more than one way)."""
    if area.feature != "city" or not place.admin1 or not area.country_code or place.country_code != area.country_code:
        return False
    readings = [area.to_dict()] + [c for c in area.candidates if c.get("country_code") == area.country_code]
    provinces = {fold(r.get("admin1") or "") for r in readings} | {
        fold(r.get("name") or "") for r in readings if r.get("feature") == "admin1"}
    provinces.discard("")
    return fold(area.text) in provinces and fold(place.admin1) in provinces


def _misread_division(area: PlaceMention, place: PlaceMention, text: str, places: list[PlaceMention]) -> bool:
    """True when ``area`` is named as a division ("Deir ez-Zor Governorate") that the gazetteer
    read as a town of another country, or is a division the gazetteer knows only abroad
    ("Berkshire" only as the county of Massachusetts), and the address goes on with the place's
    own country ("Mayadin, Deir ez-Zor Governorate, Syria", "Reading, Berkshire, UK"): the
    place's own division, misread."""
    if area.feature not in ("city", "admin2", "admin1") \
            or (area.feature == "city" and area.text.split()[-1].lower() not in DIVISION_WORDS):
        return False
    return any(p.feature == "country" and p.country_code == place.country_code and p.start >= area.end
               and _address_gap(text[area.end:p.start]) for p in places)


def _address_gap(between: str) -> bool:
    """True when the text between two places of an address is a comma, maybe after the rest of
    the first one's name ("Ras Laffan Industrial City, Al Khor, Qatar")."""
    return "," in between and _ADDRESS_GAP.fullmatch(between) is not None


#: A comma between two names of an address, after the rest of the first one's name if any.
#: The names between may be of several words ("Mykolaivka, Sumy Raion, Sumy Oblast"); the next
#: one's name may begin before the part the gazetteer read ("Mayadin, Deir ez-Zor Governorate").
_ADDRESS_GAP = re.compile(r"(?:\s*[A-Z][\w'’.-]*)*\s*,(?:\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*,)*\s*"
                          r"(?:[A-Z][\w'’]*\s+[a-z]{1,3}-)?")


def _holds(area: PlaceMention, place: PlaceMention) -> bool:
    """True when ``area`` (a country, a first-level division or a county) contains the finer
    ``place`` (a county its towns, by the gazetteer: :func:`~timeline.events.coref.county_holds`)."""
    if area.geonameid == place.geonameid or area.feature not in ("admin1", "admin2", "country"):
        return False
    if area.feature == "admin2" and county_holds(area.geonameid, place.geonameid):
        return True
    if area.feature == "country":
        return place.feature not in ("country", "continent", "region") and place.country_code == area.country_code
    return place.feature in ("city", "admin2") and area.feature != place.feature and bool(place.admin1) \
        and place.country_code == area.country_code and fold(place.admin1) == fold(area.name or "")


#: Nouns an appositive describes a place by before telling where it lies ("Magnitogorsk, a
#: city in the Ural region").
PLACE_KIND_NOUNS = ("city", "town", "village", "port", "suburb", "district", "settlement", "hamlet",
                    "neighbourhood", "neighborhood", "municipality", "community", "resort", "island")
#: "X in Y", "X in southern Y", "X, near Y", "X, a city in Y": the words between a place and the
#: one it is told to lie in or by.
_LIES_IN = re.compile(rf"(?:,?\s+|,\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(PLACE_KIND_NOUNS)})\s+)"
                      r"(?:in|near|outside)\s+(?:the\s+)?"
                      r"(?:(?:north|south|east|west|central)[a-z-]*\s+)?")


def _lies_in(place: PlaceMention, area: PlaceMention, text: str) -> bool:
    """True when ``area`` follows ``place`` as where it lies ("Khan Yunis in southern Gaza",
    "Karaj, near Tehran", "Magnitogorsk, a city in the Ural region"): "in", "near" or
    "outside", perhaps "the" and a direction, between them, maybe after an appositive telling
    what kind of place the first one is."""
    return bool(text) and place.end is not None and area.start is not None and place.end <= area.start \
        and area.start - place.end < 45 and _LIES_IN.fullmatch(text[place.end:area.start]) is not None


#: Adverbs that single out some of the places a happening was at ("especially in Liguria").
FOCUS_WORDS = {"especially", "particularly", "notably", "mainly", "mostly", "chiefly", "primarily"}


def _singled_out(candidate: Candidate, place: PlaceMention) -> bool:
    """True when the place is in a phrase that singles out where, of the trigger's own area, it
    struck most, set off after the phrase the trigger is in: "Heavy flooding in northern Italy,
    especially in Liguria and Piedmont, left four dead" is flooding in Liguria and in Piedmont
    too, though the parser hangs the phrase off the subject the trigger is part of."""
    token = candidate.locator.token_of(place) if candidate.locator is not None else None
    if token is None:
        return False
    prep = coordination_head(token).head
    trigger = candidate.trigger
    return prep.dep_ == "prep" and prep.i > trigger.i \
        and any(c.dep_ == "advmod" and c.lower_ in FOCUS_WORDS for c in prep.children) \
        and any(a.i == prep.head.i for a in islice(trigger.ancestors, 6))


#: A line between two places named before it ("the Chad–Sudan border"), after the first or the second.
BORDER_AFTER = re.compile(r"(\s*[-–—/]\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3})?\s+(?:border|frontier|boundary)\b")


def _where_it_happened(candidate: Candidate, option: PlaceOption) -> bool:
    """True when a place the sentence names is where the happening took place, for
    :func:`_one_per_place`: in its locative phrase (or what a strike fell "on", or what it
    struck), on its own path or singled out or in its toll, and no party's place unless struck."""
    features = option.features
    struck = _struck_object(candidate, option.place)
    return bool((features.get("prep:locative") or struck
                 or (features.get("prep:prep:on") and candidate.event.event_type in STRUCK_TYPES))
                and (not features.get("in_actor") or struck)
                and (features.get("path:own") or features.get("path:inner") or _singled_out(candidate, option.place)
                     or _in_its_toll(candidate, option.place))
                and not features.get("country_of_finer_place"))


def _struck_object(candidate: Candidate, place: PlaceMention) -> bool:
    """True when a natural force's or a strike's verb takes a list of places as what it struck: "A
    tornado strikes Abel and Bakerstown" is a tornado in each town (the object of "strike"/"hit" is
    no party to a disaster). Only a list: a lone object ("hits the East Coast") is left to the
    place rules."""
    token = candidate.locator.token_of(place) if candidate.locator is not None else None
    trigger = candidate.trigger
    if token is None or trigger.pos != VERB or candidate.event.event_type not in STRUCK_TYPES | {"disaster"}:
        return False
    head = coordination_head(token)
    listed = token.i != head.i or any(child.dep_ == "conj" for child in head.children)
    return listed and head.dep_ == "dobj" and head.head.i == trigger.i


def _in_its_toll(candidate: Candidate, place: PlaceMention) -> bool:
    """True when the place is where the happening's toll fell, told in a participle clause of the
    trigger's verb: "An earthquake hit the region, killing 12 people and injuring six others in
    Abel and Bakerstown" is a quake in each town (the casualties are part of it)."""
    token = candidate.locator.token_of(place) if candidate.locator is not None else None
    if token is None:
        return False
    prep = coordination_head(token).head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos != VERB or verb.tag_ != "VBG" or verb.lemma_.lower() not in TOLL_WORDS:
        return False
    clause = coordination_head(verb)
    return clause.dep_ in ("advcl", "xcomp") and clause.head.i == candidate.trigger.i


def _not_its_own_place(candidate: Candidate, place: PlaceMention, where: list[PlaceOption]) -> bool:
    """True when a place the sentence names is no further place of the happening to copy it to:
    the owner in a possessive address ("a barn fire in Essex County's Hollis Township" is one
    fire, in the township); a place in a relative clause that tells of the doer or the one it
    befell ("Mr Dorn, who had fled to Spain, was convicted in Ohio" is no conviction in
    Spain); a side of a border named as where it was ("a shootout near the Chad–Sudan border in
    Adre" is no shootout in Chad); a place hanging off another happening's noun outside the trigger's own phrase ("the
    air raid on Homs is not linked to the bombings in Aleppo" places the bombings only)."""
    token = candidate.locator.token_of(place) if candidate.locator is not None else None
    if token is None:
        return False
    trigger = candidate.trigger
    if token.dep_ == "poss":
        heads = {candidate.locator.token_of(o.place) for o in where if o.place is not place}
        if any(h is not None and h.i == token.head.i for h in heads):
            return True
    text = text_of(token.doc)
    border = BORDER_AFTER.match(text, place.end)
    if border and (border.group(1) or re.search(r"[-–—/]\s*$", text[max(0, place.start - 3):place.start])):
        return True
    ancestors = list(islice(token.ancestors, 12))
    above = any(node.i == trigger.i for node in ancestors)
    for node in ancestors:
        if node.i == trigger.i:
            return False
        if node.dep_ in ("relcl", "acl") and node.pos in (VERB, AUX) \
                and node.head.dep_ in ("nsubj", "nsubjpass") and node.head.head.i == trigger.i:
            return True
        if not above and node.pos == NOUN and node.lemma_.lower() in NOUN_TRIGGER_WORDS:
            return True
    return False


def _belongs_to_another_happening(candidate: Candidate, place: PlaceMention) -> bool:
    """True when the place hangs off an event noun of another kind inside the trigger's phrase: "arrested
    in connection with the bombings of embassies in Kenya and Tanzania" places the bombings,
    not the arrest."""
    token = candidate.locator.token_of(place) if candidate.locator is not None else None
    if token is None:
        return False
    for node in islice(token.ancestors, 12):
        if node.i == candidate.trigger.i:
            return False
        if node.pos == NOUN and node.lemma_.lower() in NOUN_TRIGGER_WORDS \
                and noun_type(node) not in (None, candidate.event.event_type):
            return True
    return False


#: Grammatical roles that name the doer outright: the rules' doer in one of them stands.
DIRECT_ROLES = ("subject", "agent", "possessor", "by", "mover", "light_verb_subject", "court", "gerund_subject",
                "participle_subject", "announcer", "armed_modifier", "fight_side")


def _choose_actor(cue: Candidate, model: EventModel) -> None:
    """Give the event the doer the actor model ranks first among its options (none when that
    ranks first); the target stays the rules' own."""
    best = _best_actor_option(cue, model)
    if best is None:
        return
    event = cue.event
    details = [d for d in event.actor_details[1:]] if event.actor1 else list(event.actor_details)
    if best.actor is None:
        event.actor1 = None
        event.actor_details = details
    else:
        event.actor1 = best.actor.name
        event.actor_details = [best.actor.to_dict()] + [d for d in details if d.get("name") != best.actor.name]
        if event.actor2 == best.actor.name:
            event.actor2 = None
    cue.actor1_kind = best.actor.kind if best.actor is not None else None


def _best_actor_option(cue: Candidate, model: EventModel) -> ActorOption | None:
    """The doer option the actor model ranks first, or None where the rules' own doer stands
    (the syntax states it, or it is a crowd, deployed forces or the one who takes office)."""
    options = ranked_actor_options(cue, trust_rules=model.trust_rules)
    if not options:
        return None
    return max(options, key=lambda option: model.actor_score(option.features))


def ranked_actor_options(cue: Candidate, *, trust_rules: bool = True) -> list[ActorOption] | None:
    """The doer options the actor model ranks for ``cue`` (see :func:`_best_actor_option`), or
    None where the rules' own doer stands; the actor model is fitted on these."""
    reported = _outlet_reports(cue)
    if reported is not None:
        # "The Tasnim News Agency reports that Iran will keep the strait closed": the outlet
        # tells of Iran's position; the party the reported clause is about takes it
        named = [o for o in cue.actor_options if o.actor is not None and o.actor.name in reported]
        if named:
            return named
    rules = next((o for o in cue.actor_options if o.relation == "rules"), None)
    if trust_rules and rules is not None and any(rules.features.get(f"also:{relation}") for relation in DIRECT_ROLES):
        return None  # the rules' doer is the trigger's own subject, agent or possessor
    if rules is not None and rules.actor is not None and cue.event.event_type == "election" \
            and contest_party(cue.trigger) is not None and rules.actor.name.endswith(" Party"):
        return None  # the party that holds the primary ("the Republican primary"): its own vote
    if rules is not None and rules.actor is not None and rules.actor.category in CROWD_ACTOR.values():
        return None  # the crowd named as who they are ("Cuban exiles protesting"): the subject
    if rules is not None and rules.actor is not None and rules.features.get("also:passive_subject") and (
            cue.event.event_type == "deploy" or cue.trigger.lemma_.lower() in OFFICE_VERBS
            or (cue.event.event_type == "election" and declared_winner(cue.trigger))):
        # the forces deployed ("Russian troops were deployed"): their state deploys them; the
        # one sworn in takes office ("Jane Roe was sworn in as mayor"); the one declared the
        # winner wins ("Jane Roe was declared the winner of the runoff")
        return None
    options = cue.actor_options
    if cue.event.event_type not in VERBAL_TYPES:
        # "tanks pushed into the city, residents said": who tells of a happening is its source,
        # not its doer, unless the text also makes them the doer ("the army said it struck")
        self_told = any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we")
                        for c in cue.trigger.children)  # "the army said it had struck": its own act
        if not self_told:
            options = [o for o in options if not _only_its_source(o)] or options
    return options


def _doer_stands(cue: Candidate, model: EventModel) -> bool:
    """True when the actor model keeps the mention's own doer (the rules' pick): "Police said
    they arrested two men. The arrests ..." keeps the police; a doer the model would not give
    this mention does not fill the happening another mention names."""
    best = _best_actor_option(cue, model)
    return best is None or (best.actor is not None and best.actor.name == cue.event.actor1)


def _only_its_source(option: ActorOption) -> bool:
    """True when the only tie of a party to a happening is that it tells of it (the subject of
    a verb of saying the trigger hangs from), whatever the rules made of it; for a news outlet,
    being named in the sentence is no further tie ("The Daily Courier reports that the county
    will buy two fire engines": the paper buys nothing)."""
    relations = {option.relation} | {key[len("also:"):] for key in option.features if key.startswith("also:")}
    if "speaker" in relations and option.actor is not None and _outlet_name(option.actor.name):
        relations = {r for r in relations if not r.startswith("sentence_")}
    return "speaker" in relations and relations <= {"speaker", "rules"}


def _outlet_name(name: str) -> bool:
    """The name is a news outlet's ("The Daily Courier", "Tasnim News Agency")."""
    return bool({word.lower() for word in name.split()} & OUTLET_WORDS)


#: words of a news outlet's name ("The Financial Times", "Tasnim News Agency", "the Cape Argus
#: newspaper"): what it reports is its source's news, not its own act. The actor options' name
#: words of an outlet told or carrying the words, and the words of papers' names a speaker's
#: name holds ("The Daily Courier", "the Chronicle").
OUTLET_WORDS = OUTLET_NAME_WORDS | OUTLET_NAMES | {"daily", "broadcaster", "guardian", "courier", "chronicle",
                                                   "observer", "examiner", "inquirer"}

#: what an article calls a news outlet beside its name ("daily Népszava", "the broadcaster TVN24")
OUTLET_DESCRIPTORS = {"newspaper", "daily", "weekly", "tabloid", "broadcaster", "magazine", "channel", "outlet",
                      "website", "network", "station", "media", "newspapers", "outlets"}
#: modifiers that make an outlet the state's voice ("state television", "state-run media")
_STATE_MEDIA = {"state", "state-run", "state-owned", "official", "government", "government-run"}


def _outlet_reports(cue: Candidate) -> str | None:
    """The subject's words of the clause a news outlet reports, when the cue is the outlet's
    report ("The Daily Courier reports that the county will buy two fire engines" → "the
    county"); None for anything else (a ministry's or a party's report is its own statement)."""
    trigger = cue.trigger
    if cue.event.event_type not in VERBAL_TYPES or trigger.lemma_.lower() != "report" or trigger.pos_ != "VERB":
        return None
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(t.lower_ in OUTLET_WORDS and (t.is_title or t.lower_ == "newspaper")
                                  for t in subject.subtree):
        return None  # (a proper name's word: "a local paper" or "the agency" may be anyone's)
    clause = next((c for c in trigger.children if c.dep_ == "ccomp"), None)
    said = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    return " ".join(t.text for t in said.subtree) if said is not None else None


def _doer_named_elsewhere(event: Event, cue: Candidate | None, attacker: str | None) -> None:
    """An attack whose own sentence names no doer ("An individual has been arrested after the
    mayor was stabbed last night") is the doing of the one person the article names as its
    attacker or charges with it (:func:`~timeline.events.actors.named_attacker`: "The attacker,
    identified as Jan Kowal", "a charge of murder against Jan Kowal"), not of a party another
    sentence names (a minister who condemned it). Not when that person is whom the attack
    befell ("police shot Kowal dead"), nor when the sentence names a doer of its own."""
    if attacker is None or cue is None or event.event_type not in HARM_TYPES:
        return
    surname = attacker.split()[-1].lower()
    words = {t.lower_ for t in cue.sentence}
    if event.actor1 and set(event.actor1.lower().split()) & words:
        return  # the sentence's own doer ("the officers shot him dead": the police)
    victims = [c for c in cue.trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if surname in (event.actor2 or "").lower().split() or any(surname in {t.lower_ for t in v.subtree} for v in victims):
        return
    event.actor_details = [Actor(name=attacker, person=True).to_dict()] + [
        d for d in event.actor_details if d.get("name") not in (attacker, event.actor1)]
    event.actor1 = attacker


def _no_doer_of_hazard(event: Event) -> None:
    """A natural disaster has no doer (codebook §3: actor1 is null for natural disasters; issue
    #15: no floods or places among the actors): "floods swept the valley", "strong winds
    toppled trucks in central Kansas" name no party. Nor has an accident a named doer that is no
    person: "the Vondel church catches fire", "an Air Ruritania jet skidded off the runway" (what
    burned or crashed, or its owner, is no party; the annotated news names a doer of an accident
    only for a driver at fault, whom a person's name or a noun like "driver" gives). (The hazard
    still tells the event's kind and, before this, its place.)"""
    if event.event_type not in ("disaster", "accident") or not event.actor1:
        return
    doer = event.actor_details[0] if event.actor_details and event.actor_details[0].get("name") == event.actor1 else None
    if event.event_type == "accident" and doer and (doer.get("person") or doer.get("kind") == "nominal"):
        return  # "the driver crashed into a bus shelter", "John Smith crashed his car": who drove
    if doer:
        event.actor_details = event.actor_details[1:]
    event.actor1 = None


def _crowd_doer(event: Event) -> None:
    """A protest or riot with no doer named is its protesters' or rioters' (ACLED's
    "Protesters (Country)")."""
    crowd = CROWD_ACTOR.get(event.event_type)
    if crowd is None or event.actor1:
        return
    event.actor1 = crowd
    event.actor_details = [{"name": crowd, "country_code": None, "kind": "nominal",
                            "category": "protesters" if crowd == "protesters" else "rioters"}] + event.actor_details


def _dateline_context(datelines: list) -> str | None:
    """The places of the datelines, which the story's geoparse does not see (masked), as a
    sentence that informs it: "FAIRFIELD, Conn. -- ... the couple's Fairfield home" is the
    Connecticut town, not the Australian suburb."""
    named = [", ".join(part for part in (line.city, line.region) if part) for line in datelines if line.city]
    return " ".join(f"In {name}." for name in named) or None


def _dateline_place(datelines: list, places: list[PlaceMention]) -> PlaceMention | None:
    """The first dateline's city ("NAIROBI, Kenya (AP) _"), resolved; None without one.

    A bare city the story names too is the story's sense of it: "COLUMBUS -- A Columbus
    woman ... Platte County" is Columbus, Nebraska, which the dateline alone cannot tell."""
    for line in datelines:
        if line.city and not line.region:
            same = next((p for p in places if p.resolved and p.role != "adjectival"
                         and p.text.casefold() == line.city.casefold()), None)
            if same is not None:
                return same
        named = ", ".join(part for part in (line.city, line.region) if part)
        sentence = f"In {named}."  # (read once: the story's geoparse read it as its context)
        found = [p for p in geoparse(sentence, doc=recognition_doc(sentence)) if p.resolved and p.role != "adjectival"]
        if found:
            return found[0]
    return None


SENT_TYPES = {"deploy", "supply", "aid"}


def _origin_from_sender(event: Event, locator: Locator) -> None:
    """A state that sends troops or goods abroad is where they came from ("North Korea
    deployed troops" to the Kursk region starts in North Korea), when the text names no origin."""
    if event.event_type not in SENT_TYPES or event.origin is not None or event.lat is None:
        return
    sender = event.actor_details[0] if event.actor_details else None
    code = sender.get("country_code") if sender and sender.get("kind") == "state" else None
    if not code or code == event.country_code:
        return
    country = locator.country_mention(code)
    if country is not None:
        event.origin = {"name": country.name, "lat": country.lat, "lon": country.lon, "country_code": code}


# Movements whose destination, when the sentence names none, is where the same actor's
# earlier movement of the kind went ("may deploy more troops" after "deployed troops to X").
INHERIT_DESTINATION = {"deploy"}


def _inherit_destination(event: Event, earlier: list[Event], destined: set[str], locator: Locator) -> bool:
    """Give a deployment with no destination of its own the place of the same actor's last
    located deployment in the article; a planned or possible one only its country (where
    the next troops go within it is not said). True when it found one."""
    actor_country = _actor_country(event)
    for previous in reversed(earlier):
        if previous.event_type != event.event_type or previous.lat is None or previous.id not in destined:
            continue
        same = (event.actor1 is None or previous.actor1 == event.actor1
                or (actor_country is not None and actor_country == _actor_country(previous)))
        if not same:
            continue
        country = locator.country_mention(previous.country_code) if event.mode != previous.mode else None
        if country is not None and previous.geo_precision != "country":
            _set_place(event, country)
        else:
            _copy_place(event, previous)
        event.place_derivation = (f"no destination in the sentence: where the earlier {event.event_type} "
                                  f"went, {event.place_name} ('{previous.sentence[:60]}...')")
        return True
    return False


#: Happenings done on another's ground (a strike, a shipment, a sanction): the doer's own
#: country is no guess for where they happened
ABROAD_TYPES = {"attack", "violence_against_civilians", "sanction"} | (MOVEMENT_TYPES - {"visit"})
#: A visit told as one abroad ("began a state visit on Friday", "travelled abroad"): not in the
#: visitor's country, where a visit of "border towns" or "the troops" may well be
VISIT_ABROAD = re.compile(r"\b(?:state|foreign|overseas)\s+(?:visit|trip|tour)|\babroad\b|\boverseas\b", re.I)


#: The bodies of the United Nations that sit at its headquarters in New York: "the UN General
#: Assembly", "the U.N. Security Council", or "the Security Council" alone; not a state's
#: ("Russia's Security Council", "the National Security Council", "the Security Council of
#: Armenia") nor a US state's legislature, which bears the state's name
UN_BODY = re.compile(r"\b(?:UN|U\.N\.|United Nations)\s+(?:Security Council|General Assembly)\b"
                     r"|(?<=\b[Tt]he )Security Council\b(?!\s+of\b)")
#: Words that make the body's mention the happening's venue: "during a UN Security Council
#: meeting", "on the sidelines of the UN General Assembly", "told a session of the Security
#: Council"; a mention in another role is no venue ("in violation of UN Security Council
#: resolutions", "called on the Security Council to act")
UN_MEETING_WORDS = {"meeting", "meetings", "session", "sessions", "sidelines", "summit", "debate", "address"}
#: Happenings done at a place of their own, never in the body's chamber: a strike, a massacre
UN_NEVER_THERE = {"attack", "violence_against_civilians"}
#: The derivations of a place the text does not state for the happening (a guess the body's
#: venue overrules)
GUESSED_PLACES = ("no place in the sentence", "no venue in the sentence", "no place of the happening")


def _un_seat(event: Event, sentence: Span | None) -> None:
    """A happening of a UN body, or one at its meeting, whose place the text does not state is
    at the UN's headquarters in New York: "The Security Council condemned the bombing on
    Thursday", "Ruritania renewed its call for a ceasefire during a UN Security Council
    meeting", "the two presidents met on the sidelines of the UN General Assembly". A place
    the sentence gives it stays ("the Security Council met in Geneva")."""
    if sentence is None or event.event_type in UN_NEVER_THERE \
            or (event.lat is not None and not (event.place_derivation or "").startswith(GUESSED_PLACES)):
        return
    text = sentence.text
    matches = list(UN_BODY.finditer(text))
    if not matches:
        return
    doer = (event.actor1 or "")
    if not any(m.group(0) in doer or m.group(0).split()[-2:] == doer.split()[-2:] for m in matches):
        # not the doer: the body's meeting must be where it happened
        if not any(any(a.lower_ in UN_MEETING_WORDS or a.lemma_.lower() in UN_MEETING_WORDS
                       for a in islice(span.root.ancestors, 5)) for _, span in _matched_spans(sentence, matches)):
            return
    city = next((c for c in lookup("New York City", country_code="US") if c.get("feature") == "city"
                 and c.get("lat") is not None), None)
    if city is None:
        return
    _set_seat(event, city, "US", "UN headquarters", "a UN body's happening, at its headquarters")


def _matched_spans(sentence: Span, matches) -> Iterator[tuple[re.Match, Span]]:
    """Each regex match on the sentence's text with the tokens it covers (widened to whole
    tokens); matches that cover no token are left out."""
    for m in matches:
        span = sentence.doc.char_span(sentence.start_char + m.start(), sentence.start_char + m.end(),
                                      alignment_mode="expand")
        if span is not None:
            yield m, span


def _set_seat(event: Event, city: dict, code: str, source: str, why: str) -> None:
    """Place the event at a body's seat, the gazetteer's ``city`` in country ``code``, saying
    ``why`` after the derivation it had."""
    before = event.place_derivation or "no place of the happening in the text"
    _set_place(event, PlaceMention(0, 0, city["name"], name=city["name"], lat=city["lat"], lon=city["lon"],
                                   geonameid=city.get("geonameid") or city.get("id"), country_code=code,
                                   feature="city", score=1.0, source=source))
    event.place_derivation = f"{before}: {why} → {city['name']} (city)"


def _doers_country(event: Event, locator: Locator | None, sentence: Span | None) -> None:
    """A happening the text gives no place for takes its doer's country, at country precision,
    when the doer has one: "Costa Rica closes its airspace for five hours", "Canadian
    authorities issued a nationwide arrest warrant", "the army chief visited border towns to
    reinforce its presence" (codebook §3: country precision when only the country is
    supported). Not for words, which with no venue stated have no place (§3), nor for a
    happening done on another's ground ("Ruritania launched drones"), nor one the text puts
    only in a continent or a region of several countries, nor one between states ("Chile and
    Peru agreed to reopen the border", "Norway condemned Peru"): another country the sentence
    names, or the other party's, may as well be where it happened."""
    if event.event_type in ABROAD_TYPES | VERBAL_TYPES or "only a continent" in (event.place_derivation or "") \
            or (event.event_type == "visit" and sentence is not None and VISIT_ABROAD.search(sentence.text)):
        return  # (words with no venue stated have no place: the country is only acceptable, §3)
    doer = event.actor_details[0] if event.actor_details else None
    code = doer.get("country_code") if doer else None
    if not code or any(other.get("country_code") not in (None, code) for other in event.actor_details[1:]):
        return
    if locator is not None and sentence is not None and any(
            p.feature == "country" and p.country_code != code for p in locator.places_in(sentence)):
        return
    place = _country_place(locator, code, "doer's country")
    if place is None:
        return
    why = event.place_derivation or "no place of the happening in the text"
    _set_place(event, place)
    event.place_derivation = f"{why}: its doer's country → {place.name} (country)"


#: A nation's legislature by its name: "Parliament", "Congress", "the House of Commons", "the
#: Knesset"; "the Senate", "the National Assembly" and "the House of Representatives" only with
#: the nation named on them or the happening already placed in the country (a US state has them too)
LEGISLATURE = re.compile(r"\b(?:[Pp]arliament|Congress|congress(?= (?:approved|passed|voted|rejected))"
                         r"|House of Commons|Bundestag|Knesset|State Duma|Verkhovna Rada|Sejm|Majlis)\b")
CHAMBER = re.compile(r"\b(?:Senate|National Assembly|House of Representatives|National Congress)\b")
#: Words between a legislature and the happening that make it the doer or the venue: its
#: members, its session ("Members of Parliament protested", "during the Senate's session")
LEGISLATURE_PREPOSITIONS = {"in", "at", "by", "during", "before", "through", "of", "inside"}
#: Words before such a name that make it another body: a region's, a union's or a state's
#: assembly ("the Scottish Parliament", "the European Parliament", "the state Senate"), or a
#: party ("the African National Congress"): none sits in the nation's capital
NOT_THE_NATIONS = {"european", "scottish", "welsh", "catalan", "flemish", "walloon", "state", "provincial",
                   "regional", "youth", "student", "students", "african", "pan-african", "latin", "arab",
                   "world", "union", "party", "city", "county", "tribal"}


def _legislature_seat(event: Event, locator: Locator | None, cue: Candidate | None) -> None:
    """A happening a nation's legislature does, or one in its chamber, whose place the text
    does not state (or states only as the country) is at its seat, the nation's capital:
    "Yesterday, the Parliament of Ruritania voted to expel the troops" (in its capital),
    "The impeachment trial begins in the Senate", "Members of Parliament protested during the
    final session". The nation is the one named on the body ("Ruritania's National Congress",
    "the Ruritanian parliament"), else the country the happening is placed in, else the
    article's. Words are placed so only when the chamber is their venue ("told the Senate
    chamber"); a body that is only talked about ("elections to parliament", "a bill sent to
    Congress") places nothing."""
    if cue is None or locator is None or event.event_type in UN_NEVER_THERE:
        return
    guessed = event.lat is None or event.geo_precision == "country" \
        or (event.place_derivation or "").startswith(GUESSED_PLACES)
    if not guessed:
        return
    borrowed = (event.place_derivation or "").startswith(GUESSED_PLACES)
    # (a country the body's nationality gives stays for what the body does; the chamber named as
    # the venue still puts it at the seat: "the trial of the Ruritanian president begins in the Senate")
    home = HOME_NATION in (event.place_derivation or "")
    placed = event.country_code if event.geo_precision == "country" else None
    setting = locator.setting.country_code if locator.setting is not None and not locator.digest_item else None
    # (a country borrowed from the story so far yields to the article's own)
    fallback = (setting or placed) if borrowed else (placed or setting)
    sentence, text = cue.sentence, cue.sentence.text
    code = None
    for pattern, national_only in ((LEGISLATURE, False), (CHAMBER, True)):
        for m, span in _matched_spans(sentence, pattern.finditer(text)):
            before = text[:m.start()].split()
            if not _body_of_happening(span.root, cue.trigger, event.event_type, venue_only=home) \
                    or (before and before[-1].lower().strip("'’\"(") in NOT_THE_NATIONS):
                continue
            named = _named_nation(span, locator, event.event_type)
            if named is None and national_only and event.geo_precision != "country":
                continue
            code = named or fallback
            break
        if code:
            break
    capital = capital_of(code) if code else None
    if capital is None or capital.get("lat") is None:
        return
    _set_seat(event, capital, code, "seat of the legislature", "a happening of the nation's legislature, at its seat")


def _body_of_happening(root: Token, trigger: Token, event_type: str, venue_only: bool = False) -> bool:
    """Whether a body's name (its head ``root``) is the happening's doer or venue: the
    trigger's subject or agent, or the object of a locative preposition on it, within a few
    steps and no other verb between ("Members of Parliament protested", "voted into office by
    Congress", "begins in the Senate"). For words, or when ``venue_only``, only the venue counts
    ("said in Parliament")."""
    node, steps, preps = root, 0, []
    # (a doer the happening's clause modifies: "Members of Parliament who protested", or the
    # parser's "Members [of Parliament] protested ..." read as a noun with a clause; the verb a
    # nominal happening is the subject of: "the trial begins in the Senate")
    doer = trigger.head if trigger.dep_ in ("acl", "relcl", "nsubj", "nsubjpass") else trigger
    while node.i not in (trigger.i, doer.i) and steps < 5:
        if node.dep_ in ("prep", "dative", "agent"):
            preps.append(node.lower_)
        if node.pos_ in ("VERB", "AUX") and node.i != root.i:
            return False
        if node.head.i == node.i:
            return False
        node, steps = node.head, steps + 1
    if node.i not in (trigger.i, doer.i) or any(p not in LEGISLATURE_PREPOSITIONS for p in preps):
        return False
    if event_type in VERBAL_TYPES or venue_only:
        return bool(preps) and preps[-1] in ("in", "at", "during", "before", "inside")
    return True


def _named_nation(span: Span, locator: Locator, event_type: str) -> str | None:
    """The country code a body's phrase names ("Ruritania's National Congress", "the Parliament
    of Ruritania", "the 116th United States Congress", "the Ruritanian parliament"), else None."""
    tokens = {t.i for t in span.root.subtree} | {t.i for t in span}
    for place in locator.places_in(span.root.sent):
        token = locator.token_of(place)
        if place.feature == "country" and token is not None and token.i in tokens:
            return place.country_code
    for token in span.root.subtree:
        if (code := body_nation(token, event_type)) is not None:
            return code
    return None


def _country_place(locator: Locator | None, code: str, source: str) -> PlaceMention | None:
    """The country ``code`` as a place: the article's mention of it, else the gazetteer's
    (``source`` says why it is taken); None when the gazetteer has no coordinates for it."""
    place = locator.country_mention(code) if locator is not None else None
    if place is not None:
        return place
    found = country(code)
    if found is None or found.get("lat") is None:
        return None
    return PlaceMention(0, 0, found["name"], name=found["name"], lat=found["lat"], lon=found["lon"],
                        geonameid=found.get("geonameid"), country_code=code, feature="country",
                        score=1.0, source=source)


#: Guessed places: the sentence names none for the happening (the story's, the article's
#: setting, the dateline's), or the model left it with none
_GUESSED_PLACES = ("no place in the sentence", "no place of the happening in the text", "no venue in the sentence",
                   "no place of the happening in the sentence")


def _home_nation(event: Event, locator: Locator | None, cue: Candidate | None) -> None:
    """A domestic happening whose sentence names no place but names the nation whose body
    does it takes that country, at country precision, instead of a guess from elsewhere in
    the article: "Incumbent Nauruan president David Adeang is re-elected by the parliament"
    in a digest whose earlier item was set in Gaza is in Nauru; "Bangladeshis vote to elect a
    parliament" is in Bangladesh (codebook §3: country precision when only the country is
    supported). So is "Peruvian authorities issued an arrest warrant for a U.S. fugitive",
    whose only place is the fugitive's. A strike, a killing, a protest, a riot or an accident
    takes it only when its sentence names no place at all ("the Ruritanian military conducts
    airstrikes, killing 19 rebels": :data:`NATION_GUESS_TYPES`). A guess inside that country stays (it is finer); a
    nationality of a person or a thing ("two Mexican nationals were arrested") or of a
    group's name ("the Irish Republican Army") names no body and changes nothing."""
    if cue is None or locator is None or event.event_type not in NATION_GUESS_TYPES \
            or "only a continent" in (event.place_derivation or ""):
        return
    guessed = (event.place_derivation or "").startswith(_GUESSED_PLACES)
    if not guessed and (event.event_type not in HOME_TYPES or not _off_its_own_clause(event, cue)):
        return  # (a strike's or a protest's place of its sentence stays: see NATION_GUESS_TYPES)
    place = locator.home_nation(cue.sentence, event.event_type)
    if place is None or event.country_code == place.country_code:
        return
    _set_place(event, place)
    event.place_derivation = f"{HOME_NATION} → {place.name} (country)"


def _off_its_own_clause(event: Event, cue: Candidate) -> bool:
    """Whether the event's place is a place of its sentence that is where something goes
    ("A Ruritanian court orders the extradition of a kingpin to Freedonia": the happening is
    no movement, so the end of the one it names is not where it was) or that hangs off
    another clause than the trigger's ("the former Ruritanian president is indicted on charges
    alleging that he ordered drones sent into Freedonia"): not where the nation's body acted."""
    if event.geonameid is None or cue.locator is None:
        return False
    place = next((p for p in cue.locator.places_in(cue.sentence) if p.geonameid == event.geonameid), None)
    token = cue.locator.token_of(place) if place is not None else None
    if token is None:
        return False
    return governing_preposition(token) in DESTINATION or trigger_path(token, cue.trigger) != "own"


def _item_nation(event: Event, locator: Locator | None, cue: Candidate | None) -> None:
    """An election a digest's item tells with no place of its own is held in the one country its
    paragraph so far names ("Ruritania's parliament approves an amendment. The reform would take
    effect after the April presidential election": in Ruritania), at country precision (codebook
    §3: country precision when only the country is supported). Not when the paragraph names
    places of several countries, nor in a wire story (its places are its setting's)."""
    if cue is None or locator is None or event.event_type != "election" or event.lat is not None \
            or not locator.digest_item:
        return
    doc, sentence = cue.sentence.doc, cue.sentence
    text = text_of(doc)
    sentences = [sentence]  # the paragraph so far, read back to its first sentence
    while sentence.start > 0 and not opens_paragraph(sentence, text):
        sentence = doc[sentence.start - 1].sent
        sentences.append(sentence)
    codes = {p.country_code for sentence in sentences for p in locator.places_in(sentence) if p.country_code}
    if len(codes) != 1:
        return
    place = _country_place(locator, codes.pop(), "the paragraph's country")
    if place is None:
        return
    why = event.place_derivation or "no place of the happening in the text"
    _set_place(event, place)
    event.place_derivation = f"{why}: an election in the one country its paragraph names → {place.name} (country)"


#: Head nouns of a country's bodies and of office-holders named only by title, as the subject
#: of their words ("Ruritania's electoral board reports", "Ruritania's interior minister said");
#: a name's last word is none of them ("Ruritania's John Smith says")
_BODY_HEADS = HOME_BODY_NOUNS | NAMED_BODY_HEADS | SPOKESPERSON_TITLES | {
    "agency", "office", "service", "authority", "bank", "observatory", "institute", "administration", "department",
    "bureau", "command", "tribunal", "regulator", "embassy"}


def _possessor_nation(event: Event, locator: Locator | None, cue: Candidate | None) -> None:
    """Words of a body the text names as a country's, with no venue stated and no place left,
    take that country, at country precision: "Ruritania's electoral commission reports that
    the ruling party won" is told in Ruritania (codebook §3: a national body's statement with
    no venue is placed at its country when only the country is supported). Only the doer's
    own possessor counts ("Ruritania's X says"), not a country its words name; the subject is a
    body or an office named by its head noun, not a person ("Ruritania's John Smith says"),
    who travels and keeps no place."""
    if cue is None or locator is None or event.lat is not None or event.event_type not in VERBAL_TYPES \
            or "only a continent" in (event.place_derivation or ""):
        return
    trigger = cue.trigger
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in _BODY_HEADS \
            or any(t.ent_type_ == "PERSON" for t in subject.subtree):  # (a person travels: no state's body)
        return
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None:
        return
    place = next((p for p in locator.places_in(cue.sentence) if p.feature == "country"
                  and (token := locator.token_of(p)) is not None and token.i == owner.i), None)
    if place is None:
        return
    _set_place(event, place)
    event.place_derivation = f"no place of the happening in the text: the country whose body speaks → " \
                             f"{place.name} (country)"


#: Titles of local office-holders whose acts of office are done in the place they govern
_LOCAL_OFFICES = {"mayor", "governor"}
#: Types of act an office-holder does from the seat of the office (words, decrees, declarations)
_OFFICE_ACT_TYPES = VERBAL_TYPES | {"other"}


def _office_jurisdiction(event: Event, locator: Locator | None, cue: Candidate | None) -> None:
    """The words or decree of a local office-holder named by the place they govern, with no
    venue stated, are placed in that town or state: "Mayor of Milltown Ann Roe has declared a
    day of mourning", "Ann Roe, the mayor of Milltown, announced classes were suspended",
    "Ruritania governor Ann Roe declared a state of emergency" (codebook §3: where the happening
    took place; a mayor's or a governor's act of office is done in their jurisdiction). A
    country is no such place (a national body's words with no venue have none); a place its
    clause gives it ("announced at a news conference in Capitol City") leaves it as it is."""
    if cue is None or locator is None or event.event_type not in _OFFICE_ACT_TYPES:
        return
    if event.lat is not None and not (event.place_derivation or "").startswith(_GUESSED_PLACES):
        return
    subject = next((c for c in cue.trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return
    titles = [t for t in (subject, *subject.children) if t.lemma_.lower() in _LOCAL_OFFICES
              and (t.i == subject.i or t.dep_ in ("appos", "compound", "nmod"))]
    sentence = cue.sentence
    if titles and _place_in_clause(cue, subject, locator):
        return  # "announced at a news conference in Sacramento": a venue (or a place of the words) told
    for title in titles:
        place = next((p for p in locator.places_in(sentence)
                      if p.feature in ("city", "admin1", "admin2") and (token := locator.token_of(p)) is not None
                      and _names_jurisdiction(token, title)), None)
        if place is None:  # "Mayor of Milltown Ann Roe": a name the tagger took into the person's,
            place = next((p for p in locator.names if p.feature in ("city", "admin1", "admin2")  # read
                          and any(t.text == p.text and _names_jurisdiction(t, title) for t in sentence)), None)
        if place is not None:
            _set_place(event, place)
            event.place_derivation = f"no venue stated: the place the doer governs as {title.lower_} → " \
                                     f"{place.name} ({place.feature})"
            return


def _words_at_sea(event: Event, locator: Locator | None) -> None:
    """Words or a decree placed at a sea, a gulf or an ocean have no place of their own: "The
    governor of Ruritania, a state on the Gulf of Tarn, declared an emergency", "the president
    called for cooperation in the Eastern Mediterranean", or a storm story's setting given to
    an official's words (codebook §3: a statement is placed where it was made if the text says
    so; nobody speaks from the open sea)."""
    if locator is None or event.event_type not in _OFFICE_ACT_TYPES or event.place_name is None:
        return
    if any(p.feature == "water" and p.name == event.place_name for p in locator.names):
        _clear_place(event, f"no place of the happening in the text (a sea, {event.place_name}, is no venue of words)")


def _place_in_clause(cue: Candidate, subject: Token, locator: Locator) -> bool:
    """Whether the trigger's clause, outside its subject, holds a place after a locative
    preposition ("announced at a news conference in Sacramento", "declared an emergency in
    three counties of Oregon")."""
    clause = {t.i for t in cue.trigger.subtree} - {t.i for t in subject.subtree}
    return any(token.i in clause and governing_preposition(token) in LOCATIVE
               for p in locator.places_in(cue.sentence) if (token := locator.token_of(p)) is not None)


def _names_jurisdiction(token: Token, title: Token) -> bool:
    """Whether the place word ``token`` names the jurisdiction of the office ``title``:
    "mayor of Milltown", "Milltown's mayor", "Milltown mayor" (a word of the name hanging off
    the title; "Mayor of Milltown Ann Roe", parsed as the name's compound)."""
    while token.dep_ == "compound" and token.head.i != title.i and token.head.pos_ == "PROPN":
        token = token.head
    if token.head.i == title.i and token.dep_ in ("compound", "poss", "nmod", "amod"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i == title.i


def _copy_place(event: Event, other: Event) -> None:
    """``event`` takes ``other``'s place (every place field; the derivation is the caller's)."""
    for name in PLACE_FIELDS:
        setattr(event, name, getattr(other, name))


def _clear_place(event: Event, derivation: str) -> None:
    """No place for the event, with the reason in its derivation."""
    for name in PLACE_FIELDS:
        setattr(event, name, None)
    event.place_derivation = derivation


def _set_place(event: Event, place: PlaceMention) -> None:
    event.lat, event.lon = place.lat, place.lon
    event.place_name = display_name(place)
    event.country_code = place.country_code
    event.geo_precision = GEO_PRECISION.get(place.feature or "", "region")
    event.geonameid = place.geonameid
    event.place_text = place.text


def _actor_country(event: Event) -> str | None:
    details = getattr(event, "actor_details", None) or []
    return details[0].get("country_code") if details else None


_QUANTIFIERS = {"many", "some", "most", "all", "part", "one", "several", "thousands", "hundreds", "half", "few"}


def _refers_to_forces(sentence: Span) -> bool:
    """True when the sentence's subject points back at troops already mentioned ("these
    forces", "many of the soldiers", "their units")."""
    subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    subject = partitive_whole(subject, _QUANTIFIERS)  # "many of the soldiers": the soldiers
    if subject.lower_ not in FORCES:
        return False
    return any(c.lower_ in ("these", "those", "the", "their", "such") for c in subject.children
               if c.dep_ in ("det", "poss"))


def _refine_deployment(event: Event, sentence: Span, sentence_text: str, locator: Locator) -> bool:
    """Place a deployment where the next sentence says its troops are, when that is finer.
    True when it did."""
    candidates = []
    for place in locator.places_in(sentence):
        token = locator.token_of(place)
        if token is None or token.dep_ in ("nsubj", "nsubjpass"):
            continue
        precision = GEO_PRECISION.get(place.feature or "", "region")
        candidates.append((_GEO_RANK.get(precision, 5), place.start, place, precision))
    if not candidates:
        return False
    rank, _, place, precision = min(candidates, key=lambda c: c[:2])
    if event.lat is not None and rank >= _GEO_RANK.get(event.geo_precision or "", 5):
        return False
    _set_place(event, place)
    locator.section_place = place
    locator.section_type = event.event_type
    event.place_derivation = f"where the deployed forces are, in the next sentence → {place.name} ({place.feature})"
    event.evidence.append({"sentence": sentence_text.strip(), "start": sentence.start_char,
                           "end": sentence.start_char + len(sentence_text.rstrip())})
    return True


NARRATIVE_PRECISIONS = {"day", "week", "unknown"}
NARRATIVE_DAYS = 92  # a story's own days are near its publication; "the 1990 uprising" is background
#: The precisions of a background date that the next sentences told in the past take up.
BACKGROUND_PRECISIONS = {"day", "week", "month", "year"}
#: The steps of a court case: a court story's news is its latest step, not the day of the
#: crime it went back to ("The theft was on May 2. The men pleaded guilty." in an October report)
COURT_STEPS = {"sentence", "plead", "convict", "acquit", "arraign", "indict", "try", "sentencing", "plea",
               "conviction", "acquittal", "arraignment", "indictment", "trial", "verdict", "hearing"}


#: A statement with no time of its own is current news (the codebook's undated rule): it
#: continues the narrative only when the narrative is itself current, no older than this. An
#: older one is the story's background ("the fire of March 7"), not the scene of the saying.
CURRENT_STATEMENT_DAYS = 14


#: Words that tie a paragraph to the one before it ("Meanwhile, ...", "Two days later ...").
CONTINUING_WORDS = {"also", "meanwhile", "later", "earlier", "additionally", "then", "afterwards", "afterward",
                    "still", "again", "too", "however", "but", "furthermore", "moreover", "there", "same"}
#: Pronouns that point back into the story.
BACK_POINTERS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "these", "that",
                 "those", "such", "former", "latter"}
#: ... those of them that stand for a person or thing named (their antecedent may be a name told
#: before them in their own sentence: :func:`_new_story`)
PERSONAL_POINTERS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"})


def _story_words(sentence: Span) -> set[str]:
    """The names and common nouns a sentence tells of (lower-cased lemmas): what a later
    paragraph of the same story takes up. A sentence the parse left untagged (no trigger
    candidate in it) gives all its content words."""
    if not _tagged(sentence):
        return {t.lower_ for t in sentence if t.is_alpha and not t.is_stop and len(t.text) > 2}
    return {t.lemma_.lower() for t in sentence if t.pos in (PROPN, NOUN) and len(t.text) > 2}


def _tagged(sentence: Span) -> bool:
    """Whether the parse tagged the sentence (it tags only the sentences that may tell a happening)."""
    return any(t.pos for t in sentence)


#: Titles of office: said of a doer of the paragraph's own ("Kenyan president William Ruto"),
#: they take up no one of the story before it (:func:`_new_story`).
#: The actors' titles of office, with "prime" (of "prime minister") and "queen".
ITEM_TITLES = frozenset(OFFICE_TITLES | {"prime", "queen"})


#: A text is a digest of separate items once this many of its paragraphs, and this share of
#: them so far, opened a story of their own (:func:`_new_story`, :func:`_digest_shaped`)
DIGEST_MIN_ITEMS = 2
DIGEST_SHARE = 0.3
#: ... and this share of its paragraphs open in the present tense (:func:`_digest_shaped`)
DIGEST_PRESENT_SHARE = 0.5


def _marks_paragraphs(text: str) -> bool:
    """The text breaks its lines, and so marks paragraphs ("Police arrested a man." and "A bus
    crashed." on lines of their own); a text without any line break marks none."""
    return "\n" in text.strip()


def _digest_shaped(sentences: list[Span], sentence_words: list[set[str]], text: str) -> tuple[bool, int | None]:
    """The text's digest shape, read in one pass over its paragraphs, as (shaped, onset).
    ``shaped``: a good share of its paragraphs take up nothing of the paragraphs before them
    (:func:`_new_story`), and most paragraphs open in the present tense, the tense a digest,
    roundup or live blog tells each item's news in ("Rebels seize Goma. [new paragraph] Six
    people are killed in a fire in Hunan. [new paragraph] Costa Rica closes its airspace."); a
    wire story's paragraphs tell its happenings in the past. Such a text's items are read as
    items from the first on (titles and pronouns of their own, :func:`_new_story`). ``onset``:
    the first sentence by which that many items, and that share of the paragraphs so far, opened
    a story of their own, whatever the tense (a digest told in the past: "Police arrested a man
    in Leeds. [new paragraph] A bus crashed into a wall in Hull."), or None; only the items
    from there on are a digest's (their places are no guess from the whole text). The shape
    asks both :func:`_enough_items` and :func:`_mostly_present`, the onset the first alone. The two
    differ on purpose: the onset asks no tense, and its share counts only the paragraphs after
    a line break (not the text's first line), as the count the main walk kept did; without it
    (the shape alone deciding) the past-tense digests' later items lose their places (realnews
    train F1 .7582 -> .7572). ``sentence_words``: each sentence's :func:`_story_words`."""
    story_words: set[str] = set()
    paragraphs = new_stories = present = 0
    broken = 0  # the paragraphs after a line break, the onset's share (the text's first line is none)
    onset: int | None = None
    for index, sentence in enumerate(sentences):
        if is_headline(sentence):
            story_words = set()
            continue
        opens = opens_paragraph(sentence, text)
        broken += opens
        if opens or not index:
            paragraphs += 1
            present += told_in_simple_present(sentence, sentence.root, passive=True)
            if index and _new_story(sentence, text, story_words, True):
                new_stories += 1
                story_words = set()
                if onset is None and _enough_items(new_stories, broken):
                    onset = index
        story_words |= sentence_words[index]
    shaped = _enough_items(new_stories, paragraphs) and _mostly_present(present, paragraphs)
    return shaped, onset


def _enough_items(new_stories: int, paragraphs: int) -> bool:
    """The first criterion of a digest (shape and onset alike): at least
    :data:`DIGEST_MIN_ITEMS` paragraphs opened a story of their own, and they are at least
    :data:`DIGEST_SHARE` of the ``paragraphs`` counted (2 of 6 paragraphs are; 2 of 7 are not)."""
    return new_stories >= DIGEST_MIN_ITEMS and new_stories >= DIGEST_SHARE * paragraphs


def _mostly_present(present: int, paragraphs: int) -> bool:
    """The second criterion, of the shape only: at least :data:`DIGEST_PRESENT_SHARE` of the
    ``paragraphs`` open in the simple present, a digest's tense ("Rebels seize Goma.")."""
    return present >= DIGEST_PRESENT_SHARE * paragraphs


def _new_story(sentence: Span, text: str, story_words: set[str], marks_paragraphs: bool,
               digest: bool = False, named_first: bool = False) -> bool:
    """True when a sentence opens a paragraph that takes up nothing of the story so far: no
    word that points back ("he", "the same day", "meanwhile"), no name of the earlier
    paragraphs and no noun of theirs told as known (possessed or definite: "the blast"; an
    undetermined one, "over gross corruption" after "citing corruption concerns", takes up
    nothing). A digest's next item ("Six people are killed in a house fire in Hunan" after a
    bus crash in India) is a new story; a wire story's next paragraph names its people,
    places or happening again ("Albright announced ...", "The blast ..."). ``marks_paragraphs``: the
    text marks paragraphs (:func:`_marks_paragraphs`); then only a sentence after a line break
    opens one, else any sentence may. ``digest``: the text has a digest's shape
    (:func:`_digest_shaped`); then a title said of a doer of the paragraph's own takes up no one
    (:data:`ITEM_TITLES`). ``named_first``: a personal pronoun after a name earlier in its own
    sentence refers to that name, not back into the story ("Costa Rica closes its airspace":
    "its" is Costa Rica's)."""
    if (marks_paragraphs and not opens_paragraph(sentence, text)) or not story_words or not _tagged(sentence):
        return False  # (an untagged sentence tells no happening: nothing to tell apart)
    # a named speaker the pronoun of its reported clause stands for ("Yemen's Houthis say they
    # launched ..."): the sentence names its party afresh, its pronouns' antecedents are its own
    named_first = named_first or any(t.lower_ in PERSONAL_POINTERS and named_speaker_of(t) is not None
                                     for t in sentence)
    shares_a_noun = False
    for token in sentence:
        word = token.lower_
        if word in CONTINUING_WORDS or (word in BACK_POINTERS and token.pos in (PRON, DET)):
            if named_first and word in PERSONAL_POINTERS and any(
                    t.pos == PROPN for t in sentence[:token.i - sentence.start]):
                continue  # (a name told before it in the sentence is its antecedent)
            return False
        lemma = token.lemma_.lower()
        if token.pos in (PROPN, NOUN) and lemma in story_words:
            if digest and lemma in ITEM_TITLES and (token.pos == PROPN or not definite(token)):
                # a title before a name or with a nation of its own takes up no one ("President
                # of Peru Ana Ruiz appoints a new Prime Minister" after an item on Prime
                # Minister Lars Holm's budget in Oslo; "Nauruan president Ben Ato" after
                # "Malagasy president Paul Rado"); "the president" does
                continue
            if token.pos == NOUN and _named_by_compound(token):
                shares_a_noun = True  # "the Bari region" after "the Catatumbo region": another one, by its name
                continue
            if token.pos == PROPN or definite(token.head if token.dep_ == "compound" else token):
                return False
            shares_a_noun = True
    # an undetermined noun told before takes up nothing only in an item that sets out somewhere
    # new ("A fire destroyed a market in Lagos, where traders blame corruption"), or, in a digest,
    # with a nation of its own ("A Norwegian ex-premier is charged with corruption"); without a place
    # of its own the paragraph goes on with the story ("Zelenskiy said the attack's timing was
    # deliberate, as allies discussed air defence")
    settings = ("GPE", "LOC", "FAC", "NORP") if digest else ("GPE", "LOC", "FAC")
    return not shares_a_noun or any(
        ent.label_ in settings and not {t.lemma_.lower() for t in ent} & story_words
        for ent in sentence.ents)


def _named_by_compound(noun: Token) -> bool:
    """A common noun a proper name before it names ("the Bari region", "the Zaporizhzhia
    front"): the definite article goes with the name, so the noun takes up nothing told before
    (a name told before is itself a word the story shares)."""
    return any(c.dep_ == "compound" and c.pos == PROPN for c in noun.children)


def _then_holder_speaks(verb: Token) -> bool:
    """The speaker is named by the post held at the time ("The then-manager of the board, Ann
    Roe, called it \"a retrograde step\"", "then-President Jane Roe said ..."): "then-" tells
    the words were said in the past the story has gone back to, not on its own day."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    words = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    return any(t.lower_ == "then" and t.i + 1 < len(t.doc) and t.nbor().text == "-"
               for w in words for t in w.subtree)


def _narrative(sentence_dates: list[DateMention], published: dt.date, text: str = "",
               sentence_start: int | None = None, current: DateMention | None = None) -> DateMention | None:
    """The date later sentences of the section inherit: a day or a short span shortly before
    the publication date, not a year, not a date of the story's background, not a date
    still to come (a plan's date: "will visit on Friday" does not carry the story on), and not
    the start of a state that lasts to the report ("the shelter has stayed open since Jan. 1
    on donations", "clubs open as of Jan. 1": the story is not told from that day), not the time
    of a figure compared with ("down from 60 the previous day"), and not a
    speaker's quoted "today" while the story already has a day of its own (``current``, the
    narrative so far: see :func:`_quoted_deixis`)."""
    fine = [d for d in sentence_dates if d.precision in NARRATIVE_PRECISIONS
            and 0 <= (published - d.start_date).days <= NARRATIVE_DAYS
            and not _STATE_START.search(text[max(0, d.start - 12):d.start])
            and not _COMPARED_FIGURE.search(text[max(0, d.start - 70):d.start])
            and not (current is not None and _quoted_deixis(d, text, sentence_start))
            and not (current is not None and _nowadays(d, text, sentence_start))]
    return fine[-1] if fine else None


def _nowadays(mention: DateMention, text: str, sentence_start: int | None) -> bool:
    """A sentence opening on "Today," set against what the story told before ("Engineers
    inspected the valley back then. Today, the collapse is still a sore point"): "nowadays",
    not a day the story goes on from (its later sayings stay of the story's day)."""
    return sentence_start is not None and mention.text.lower() == "today" \
        and not text[sentence_start:mention.start].strip() and text[mention.end:mention.end + 1] == ","


def _describes_a_noun(mention: DateMention, sentence: Span) -> bool:
    """The date sits in a relative clause describing a noun ("Rebels killed the general, who
    was appointed to his post four days ago."): the day of a background fact about someone
    or something, not a day the story goes on from."""
    token = next((t for t in sentence if t.idx <= mention.start < t.idx + len(t.text)), None)
    return token is not None and any(t.dep_ == "relcl" for t in [token, *token.ancestors])


#: Words that name a day by the speaker's own "now" ("today", "last night"): inside a quotation
#: they count from the day the words were said, which the report may well put before its own day.
SPEAKER_DAY_WORDS = re.compile(r"^(?:today|tonight|yesterday|tomorrow|now|last night|this (?:morning|afternoon|evening))$",
                               re.IGNORECASE)


def _quoted_deixis(mention: DateMention, text: str, sentence_start: int | None) -> bool:
    """The date is a speaker's "today" or "yesterday" inside a quotation: the day counts from
    when the words were said, not from the report's day (the normaliser's anchor), so it does
    not become the day the next sentences inherit ("The mayor yesterday stood by her decision.
    'Everyone who phoned me today was supportive,' she said. Her critics called a radio show.":
    the call-in is of yesterday, not of the publication day)."""
    if sentence_start is None or not SPEAKER_DAY_WORDS.match(mention.text.strip()):
        return False
    before = text[sentence_start:mention.start]
    straight = before.count('"') + before.count("``") + before.count("''")
    return straight % 2 == 1 or before.count("“") > before.count("”")


#: Words before a date that make it the end of a span ("until Tuesday", "through May 1").
_SPAN_END = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)

#: Words before a date that make it the start of a state lasting to now, not a day of the story.
_STATE_START = re.compile(r"\b(?:since|as of)\s+$", re.IGNORECASE)

#: Words before a date that make it the time of a figure compared with ("42 ships crossed,
#: down from 60 the previous day"; "sales rose to $9 million, compared with $8 million a year
#: earlier"): the figure's day, not a day the story goes on from.
_COMPARED_FIGURE = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to))\s+[^,;.()]{0,30}\d[^,;.()]{0,30}$",
                              re.IGNORECASE)


#: Kinds of happening a later definite mention takes up again ("the bombs", "the crash").
RETOLD_TYPES = {"attack", "accident", "disaster"}
RETOLD = "the same happening, dated when the text first told of it"
#: What a happening's verb may be told of ("the bombs went off", "their boat sank"): the
#: subject then stands for the happening.
HARMING_THINGS = {"bomb", "grenade", "device", "explosive", "mine", "rocket", "missile", "shell", "drone",
                  "car", "truck", "bus", "train", "plane", "aircraft", "jet", "helicopter", "ship", "boat", "ferry",
                  "vessel", "vehicle", "van", "storm", "hurricane", "typhoon", "cyclone", "tornado", "flood",
                  "earthquake", "quake", "fire", "wildfire"}


def _dated_in(mention: DateMention, trigger: Token) -> bool:
    """The date is in the trigger's own phrase or clause ("the bombing on Aug. 7")."""
    return any(t.idx <= mention.start < t.idx + len(t.text) for t in trigger.subtree)


def _retold(trigger: Token, own_date: DateMention | None, narrative_date: DateMention | None,
            last: DateMention | None) -> DateMention | None:
    """The date of a happening the text tells of again with a definite noun and no date of its
    own phrase: the day the last happening of its kind took (from its own sentence or the
    narrative), when that is earlier than the day the mention would take from its sentence or
    the narrative ("The bombs
    killed 12 on Aug. 7, 1998. [...] Police arrested a suspect on Thursday. The bombs went off
    almost simultaneously": Aug. 7, not Thursday)."""
    if last is None or last.precision != "day" or last.start_date is None:
        return own_date
    if own_date is not None and (_dated_in(own_date, trigger) or trigger.dep_ in ("nsubj", "nsubjpass")):
        return own_date  # "the bombing on Aug. 7"; "the storm dropped a foot of snow on Monday"
    noun = trigger if trigger.pos_ in ("NOUN", "PROPN") else next(
        (c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
         and (noun_type(c) or c.lemma_.lower() in HARMING_THINGS)), None)
    if noun is None or not definite(noun) or mode_of(trigger) != "asserted":
        return own_date
    current = own_date or narrative_date
    if current is not None and (current.start_date is None or current.start_date <= last.start_date):
        return own_date
    return dataclasses.replace(last, anchor=RETOLD)


RETOLD_AHEAD = "the same happening, dated where the text tells of it"


def _retold_ahead(trigger: Token, own_date: DateMention | None) -> bool:
    """A happening told of by a definite noun in a prepositional phrase of another clause,
    dated only by that clause or the narrative: "Ann Lee on Wednesday finished the talks that
    were interrupted by the bombing of the embassy. [...] The bomb went off on Aug. 2, killing
    20.": the bombing is of the day the text gives it, even when told later (Aug. 2), not the
    talks' Wednesday. The caller takes the first such day of its kind earlier than the one the
    mention took. (Not a bare plural: "in response to missile attacks on the camps" may be
    another happening of the kind than the bombing the text dates.)"""
    if own_date is not None and (own_date.anchor == RETOLD or _dated_in(own_date, trigger)):
        return False
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and mode_of(trigger) == "asserted" and definite(trigger)


RETOLD_WITHIN = "the day the text gives the happening within that span"


def _coarsely_dated(trigger: Token, own_date: DateMention | None) -> bool:
    """A happening's noun dated only by a month, week or year of its phrase or clause ("terrorist
    bombings this month of two embassies show [...] The bombs went off on Aug. 2"; "police
    arrested two men this month over the bombing"): the caller takes the one day the text
    gives a happening of its kind within that span (Aug. 2)."""
    return own_date is not None and own_date.precision in ("week", "month", "year") \
        and own_date.start_date is not None and own_date.end_date is not None \
        and trigger.pos_ == "NOUN" and mode_of(trigger) == "asserted"


#: How a date derivation begins when nothing in the text before the mention dates it.
PUBLICATION_DERIVATION = "no date in the text: publication date"


#: The sentences after a title that make up its lead: the first of them that dates anything
#: dates the headline ("Group criticizes budget. The plan shortchanges schools, parents said.
#: The group said in a letter sent Tuesday ...": the lead's first sentence often dates nothing).
_LEAD_SENTENCES = (1, 2)


def _spoken_by_name(best: Cue, group: list[Cue]) -> Cue | None:
    """A saying told by a noun with no speaker of its own ("the announcement", "his remarks")
    grouped with a verb of saying in another sentence that names its speaker ("Prime Minister
    Lee says that ..."): the verb tells the saying itself, with who said it, and the noun only
    refers to it; the verb heads the happening (its speaker, day and place), however surer the
    noun's own mention is. Not a verb whose speaker makes it no event (:func:`_no_event_voice`)."""
    if best.trigger.pos_ != "NOUN" or best.event.event_type not in VERBAL_TYPES or best.event.actor1:
        return None
    return next((c for c in group if c.trigger.pos_ == "VERB" and c.event.actor1 and _names_speaker(c)
                 and not _no_event_voice(c)
                 and c.sentence_index != best.sentence_index
                 and c.event.event_type == best.event.event_type), None)


def _names_speaker(cue: Cue) -> bool:
    """A verb of saying whose speaker is named: by its doer's name ("Mayor Ruiz says", "Norway
    says"), or by a person's name in its subject ("Israeli prime minister Jane Doe and her
    deputy say"), not only by a title ("the top commander said")."""
    if cue.actor1_kind in ("named", "state"):
        return True
    return any(t.ent_type_ == "PERSON" for s in cue.trigger.children if s.dep_ == "nsubj" for t in s.subtree)


def _headline_from_lead(found: list[Candidate], lead_date: DateMention | None, lead_index: int = 1) -> None:
    """The day the lead gives, kept for a title's mention with no date in the text before it
    (dated by the publication day): a headline tells in short, in the present, the happening its
    lead then tells in full and dates ("Oakdale man injured in crash. A pickup went off the road
    early Tuesday ..."; codebook §2), in the first sentence after the title that dates anything
    (``lead_index``, one of :data:`_LEAD_SENTENCES`). Not when that sentence dates a happening
    of another kind ("Officer's shooting ruled lawful. The officer fired at a driver on May 2
    ...": the ruling is not the shooting's day), nor a day after the report."""
    if lead_date is None or lead_date.precision != "day" or lead_date.start_date is None:
        return
    lead = [c for c in found if c.sentence_index == lead_index and c.own_date]
    for cue in found:
        event = cue.event
        if cue.sentence_index != 0 or not in_title(cue) or event.mode != "asserted" \
                or lead_date.start_date > cue.published \
                or not (event.date_derivation or "").startswith(PUBLICATION_DERIVATION):
            continue
        if all(compatible(c.event.event_type, event.event_type) for c in lead):
            cue.lead_date = lead_date


#: Marks that open a quotation.
_OPENING_QUOTES = ('"', "\u201c", "``", "\u2018")
#: Between a quotation's say verb and the day it is tagged with ("she said late Tuesday").
_TAG_GAP = re.compile(r"\s*(?:on\s+)?")


def _dated_by_its_quote(found: list[Candidate], sentences: list[Span],
                        dates_by_sentence: list[list[DateMention]]) -> None:
    """A saying the narrative dates, followed by a quotation its speaker is tagged with, by a
    pronoun, on a day of its own ("Lee criticized the plan as wasteful. 'It will not work,' she
    said late Tuesday."): the quotation is what the saying said, so the tag's day is its day.
    ``dates_by_sentence`` holds each sentence's dates (only the next sentence's are read)."""
    for cue in found:
        event = cue.event
        if event.event_type not in VERBAL_TYPES or not (event.date_derivation or "").startswith(NARRATIVE_DERIVATION) \
                or cue.sentence_index + 1 >= len(sentences):
            continue
        tag = sentences[cue.sentence_index + 1]
        text = text_of(tag.doc)
        if not text[tag.start_char:tag.end_char].lstrip().startswith(_OPENING_QUOTES):
            continue
        days = [d for d in dates_by_sentence[cue.sentence_index + 1] if d.precision == "day"
                and d.start_date is not None and d.start_date == d.end_date and d.start_date <= cue.published]
        says = [t for t in tag if t.lemma_.lower() in SAY_VERBS
                and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children)]
        if len(days) != 1 or len(says) != 1 \
                or not _TAG_GAP.fullmatch(text[says[0].idx + len(says[0].text):days[0].start]):
            continue
        if days[0].start_date != event.date_start:
            _redate(event, days[0], "the day its speaker's quotation after it is tagged with")


def _redate(event: Event, mention: DateMention, why: str) -> None:
    """Give the event the day of ``mention`` (a single day), saying why. A date its sentence
    did not give stays told as such ("no date in the sentence ...")."""
    assumed = next((p for p in ASSUMED_DATE
                    if (event.date_derivation or "").startswith(p)), None)
    event.date_start, event.date_end = mention.start_date, mention.end_date
    event.date_precision, event.date_text = mention.precision, mention.text
    told = f"'{mention.text}' → {_interval(mention)}"
    event.date_derivation = f"{assumed}: {why}, {told}" if assumed else f"{told} ({why})"


#: Coarse dates wholly before the report: a past month or year is background however recent.
_PAST_SPAN_PRECISIONS = {"month", "year"}


def _recent_past_span(mention: DateMention, published: dt.date, text: str) -> bool:
    """A month or a year wholly before the report ("last year", "in March" in April), not the
    start of a state lasting to the report ("has been his envoy since the start of the year")."""
    return mention.precision in _PAST_SPAN_PRECISIONS and mention.end_date < published \
        and not _STATE_START.search(text[max(0, mention.start - 40):mention.start])


def _background(doc: Doc, sentence_dates: list[DateMention], published: dt.date) -> DateMention | None:
    """The past day a sentence goes back to, when its last date is one of the story's
    background (older than the narrative's days: "The driver fled a traffic stop on Sept. 21"
    in a March report), else None: the sentences after it that tell of the past without a
    date of their own tell of that day ("He crashed his car a mile on"), not of the narrative's.
    The date must be a clause's ("was rescued in late November"), not a thing's ("marked the
    anniversary of a July 7, 1990 uprising", "pleaded guilty to her death in May 2007": the
    sentence itself stays in the story's time), nor the bound of a record ("the largest attack
    since the war began in February 2022"). A month or a year wholly before the report is
    background however recent ("The row surfaced last year when he asked for funds. He withdrew
    the request." in a March report; "in March a judge ruled against them. They appealed." in
    April): it is no narrative day either, so the report's day would be the only other guess."""
    last = max(sentence_dates, key=lambda d: d.start)
    if last.precision not in BACKGROUND_PRECISIONS or last.end_date is None \
            or ((published - last.end_date).days <= NARRATIVE_DAYS
                and not _recent_past_span(last, published, text_of(doc))):
        return None
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None:
        return None
    node = span.root
    while node.dep_ in ("pobj", "prep", "npadvmod", "nummod", "compound", "appos") and node.head.i != node.i \
            and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    if node.pos_ == "VERB" and node.dep_ == "relcl" and len(sentence_dates) > 1:
        # "reporting in 2004 the owner, who had bought the hall in 2001, applied ...": the
        # participant's clause is no time the sentence goes back to; the date before it may be
        return _background(doc, [d for d in sentence_dates if d is not last], published)
    if node.pos_ not in ("VERB", "AUX") or node.dep_ == "relcl":
        return None  # (a clause describing a participant, "Ann Lee, whose home flooded in 1997, said ...")
    sentence = span.sent
    if any(t.lower_ == "since" for t in sentence[:span.start - sentence.start]) and any(
            t.tag_ in ("JJS", "RBS") or t.lower_ in _RECORD_WORDS for t in sentence):
        return None
    return last


def _done_in_past(token: Token) -> bool:
    """The trigger is told as done: a verb in the simple past ("approved", "said") or with a
    past auxiliary ("was given", "had fled"), or a noun of such a verb's clause ("approved the
    appointments"), outside a quotation. Unlike :func:`_told_in_past` a verb does not take the
    tense of a clause it hangs from ("announced plans to travel next week": the travel is
    still to come)."""
    if inside_quotes(token.sent, token):
        return False
    if token.pos_ in ("NOUN", "PROPN"):
        token = _clause_verb(token)  # "approved the appointments", "said in an interview"
        if token is None:
            return False
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() in _PLANNING_VERBS:
        return False
    return _own_tense_past(token) is True


#: Verbs whose clause names a day still to come even when told in the past ("the accession
#: was planned for early March", "the vote was set for May 12"): that day is the happening's.
_PLANNING_VERBS = {"plan", "schedule", "set", "slate", "expect", "postpone", "delay", "reschedule", "move",
                   "push", "fix", "book", "call", "agree", "decide", "vote", "intend", "aim", "propose"}


def _own_tense_past(verb: Token) -> bool | None:
    """Whether the verb's own tense is the past: True for a past form or a past auxiliary
    ("crashed", "was arrested", "had fled"), False for a modal or a present one ("will
    meet", "is held", "says"), None for a verb with no tense of its own (a participle or an
    infinitive, "causing", "to strike")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in helpers):
        return False
    tensed = [c for c in helpers if c.tag_ in ("VBD", "VBZ", "VBP")]
    if tensed:
        return tensed[0].tag_ == "VBD"
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return verb.tag_ == "VBD"
    return None


def _told_in_past(token: Token) -> bool:
    """The trigger's clause is told in the simple past or the past perfect, outside a
    quotation ("crashed his car", "had fled", "was arrested"), not in the present or with a
    modal. A clause without a tense of its own takes that of the clause it hangs from
    ("slammed on his brakes, causing the deputy's car to strike his", "appeared confused
    following his arrest")."""
    if inside_quotes(token.sent, token):
        return False
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    for _ in range(6):
        if verb is None:
            return False
        past = _own_tense_past(verb)
        if past is not None:
            return past
        if verb.head.i == verb.i:
            return False
        verb = _clause_verb(verb.head)
    return False


def _trigger_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may be triggers or verbs of saying, in order: verbs whose
    lemma :func:`verb_type` knows, nouns that :func:`noun_type` or :func:`gerund_type` may
    read. A superset (:func:`_sentence_triggers` judges each one), found from the doc's
    arrays with one string test per distinct lemma or word ever seen, not per token."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    columns = doc.to_array([POS, DEP, LEMMA, LOWER])
    pos = columns[:, 0]
    found = []
    verbs = numpy.flatnonzero((pos == VERB) | (pos == AUX))
    if len(verbs):
        table = _VERB_LEMMAS
        for i, dep, lemma in zip(verbs.tolist(), columns[verbs, 1].tolist(), columns[verbs, 2].tolist()):
            if dep != _AMOD and (table.get(lemma) or (lemma not in table and table.learn(lemma, strings))):
                found.append(i)
    nouns = numpy.flatnonzero((pos == NOUN) | (pos == PROPN))
    if len(nouns):
        lemmas, words = _NOUN_LEMMAS, _NOUN_WORDS
        for i, lemma, word in zip(nouns.tolist(), columns[nouns, 2].tolist(), columns[nouns, 3].tolist()):
            if lemmas.get(lemma) or (lemma not in lemmas and lemmas.learn(lemma, strings)) \
                    or words.get(word) or (word not in words and words.learn(word, strings)):
                found.append(i)
    if len(verbs) and len(nouns):
        found.sort()
    return found


_AMOD = get_string_id("amod")
_VERB_LEMMAS = StringTest(lambda lemma: lemma.lower() in VERB_TRIGGER_LEMMAS)
_NOUN_LEMMAS = StringTest(lambda lemma: lemma.lower() in NOUN_TRIGGER_WORDS)
_NOUN_WORDS = StringTest(lambda word: word in NOUN_TRIGGER_WORDS or could_be_gerund(word))


MAX_EVENTS_PER_SENTENCE = 3
MAX_OTHER_CANDIDATES = 2
OWN_CLAUSE_DEPS = {"relcl", "conj", "advcl", "ccomp"}


#: Nouns a participle before them names a happening of ("the shooting death", "a stabbing
#: spree"), unlike the nouns it only describes ("their negotiating stance").
_HAPPENING_HEADS = {"death", "deaths", "spree", "incident", "incidents", "rampage", "attack", "attacks", "victim",
                    "victims", "case", "suspect", "suspects", "injury", "injuries", "wound", "wounds"}


def _sentence_triggers(sentence: Span, locator: Locator, candidate_ids: list[int]) -> list[_Trigger]:
    """The sentence's best trigger, plus any other trigger that has a place of its own.

    ``candidate_ids`` are the doc's possible triggers (:func:`_trigger_candidates`); the
    other tokens of the sentence are not visited.

    "Lavrov's visit to North Korea followed meetings in Kuala Lumpur with Rubio" reports
    two happenings: the second trigger ("meetings") owns the place "in Kuala Lumpur".
    """
    candidates: list[tuple[tuple, _Trigger]] = []
    say: Token | None = None
    doc = sentence.doc
    first = bisect_left(candidate_ids, sentence.start)
    last = bisect_left(candidate_ids, sentence.end, first)
    for i in candidate_ids[first:last]:
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod" and not (
                token.dep_ == "compound" and token.head.lemma_.lower() not in _HAPPENING_HEADS):
            # "collapsed buildings", "their negotiating stance": a modifier, no event (but "the
            # shooting death of a doctor" names the shooting)
            event_type = verb_type(token)
            if event_type is None:
                if say is None and (token.lemma_.lower() in SAY_VERBS and token.dep_ == "ROOT"
                                    or _introduces_quotation(token)) \
                        and not _counterfactual(token) and not _many_unnamed_over_time(token) \
                        and not _raised_attribution(token):
                    say = token
                if token.lemma_.lower() in SAY_VERBS and with_speaker(token) is not None:
                    # "..., with Mayor Jane Doe stating that ...": the speaker's own statement
                    candidates.append(((True, TYPE_RANK.get("statement", 99), _depth(token), False),
                                       _Trigger(token, "statement", 0.6)))
                continue
            strength = 0.6
        elif token.pos_ in ("NOUN", "PROPN") and gerund_type(token) is not None:
            event_type = gerund_type(token)  # "Arriving in Wonsan, ...": a participle mistagged
            strength = 0.6
        elif token.pos_ in ("NOUN", "PROPN"):
            event_type = noun_type(token)
            if event_type is None:
                continue
            strength = 0.45
        else:
            continue
        if _no_happening(token) or _habitual(token) or _many_unnamed_over_time(token) or _modifier_only(token) \
                or _topic_only(token) or _label_only(token) or _place_name(token) or _generic_when(token) \
                or _inside_a_body_name(token, event_type) \
                or _setting_only(token) or _slogan(token) or _victims_named(token) \
                or figurative(token, event_type) or _counterfactual(token) or _asked_for(token) \
                or _pending(token) or _conditional_outcome(token) or _open_question(token) \
                or _saying_participle(token, event_type) or _wording_of_a_law(token, event_type) \
                or _negated_description(token) or _purpose_clause(token) or _tally_of_cases(token) \
                or _for_subject_infinitive(token) or _conditional_requirement(token) \
                or _present_participle_of_noun(token, event_type) or _occasion_of_main_saying(token, event_type):
            continue
        depth = _depth(token)
        # Main-clause triggers first (the lead sentence's verb is the lead event), then
        # the most specific type, then the shallowest, verbs before nouns.
        candidates.append(((depth > 2, TYPE_RANK.get(event_type, 99), depth, strength < 0.5),
                           _Trigger(token, event_type, strength)))
    if not candidates:
        return [_Trigger(say, "statement", 0.3)] if say is not None else []
    statement = _Trigger(say, "statement", 0.3, chosen=False) if say is not None else None
    candidates += _coordinated(candidates)
    candidates = _reconcile(candidates)
    # "signed an agreement", "launched an assault", "staged a protest": one happening, named
    # by the verb; the noun's places and dates are the verb's.
    verbs = {c.token.i for _, c in candidates if c.strength > 0.5 and c.event_type != "statement"}
    appeals = {c.token.i for _, c in candidates if c.strength > 0.5 and c.token.lemma_.lower() in APPEAL_VERBS}
    folded = [(k, c) for k, c in candidates if c.strength > 0.5 or _concurrent_setting(c, candidates) or (
        _governing_verb(c.token) not in verbs and not any(a.i in appeals for a in islice(c.token.ancestors, 4)))]
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
        own_clause = (candidate.strength > 0.5
                      and (candidate.token.dep_ in OWN_CLAUSE_DEPS or _governs_chosen_clause(candidate, chosen))
                      and candidate.event_type not in {c.event_type for c in chosen}
                      and candidate.event_type != "statement") or candidate.coordinated \
            or _concurrent_setting(candidate, candidates)
        second_doer = _second_doer(candidate, chosen) or _second_measure(candidate, chosen) \
            or _successive_office_change(candidate, chosen) or _days_apart(candidate, chosen) \
            or (candidate.event_type == "statement" and with_speaker(candidate.token) is not None)
        if not owned and not own_clause and not second_doer:
            continue
        if not second_doer and any(c.event_type == candidate.event_type and owners.get(c.token.i) == owned
                                   for c in chosen):
            continue
        if _purpose_of(candidate, chosen) or _inside_chosen_object(candidate, chosen):
            continue  # "marched in Istanbul ... to protest the killings": the march's purpose
        chosen.append(candidate)
    # Triggers of another kind of happening than every chosen one ("condemned the bombing"):
    # candidates for the event model, one per kind.
    groups = {GROUPS.get(c.event_type) for c in chosen}
    others = []
    for _, candidate in candidates:
        group = GROUPS.get(candidate.event_type)
        if candidate in chosen or group in groups or len(others) >= MAX_OTHER_CANDIDATES:
            continue
        groups.add(group)
        candidate.chosen = False
        others.append(candidate)
    if statement is not None and "verbal" not in groups:
        others.append(statement)
    ranked = chosen + others
    for rank, trigger in enumerate(ranked):
        trigger.rank = rank
    return sorted(ranked, key=lambda t: t.token.i)


#: Prepositions that set what a clause tells inside a happening going on at the time: "killed
#: during protests", "arrested amid clashes".
CONCURRENT_PREPS = {"during", "amid", "amidst"}


def _concurrent_setting(noun: _Trigger, candidates: list[tuple[tuple, _Trigger]]) -> bool:
    """A happening's noun after "during" or "amid" that the verb it hangs from is another kind
    of happening than ("five civilians are killed ... during demonstrations over prices",
    "detained during protests against the election"): the protest the deed took place in is a
    happening of its own, not the verb's object folded into it (as "staged a protest" is)."""
    verb = _set_in(noun.token)
    kinds = {GROUPS.get(c.event_type) for _, c in candidates if verb is not None and c.token.i == verb.i}
    return bool(kinds) and GROUPS.get(noun.event_type) not in kinds


def _set_in(token: Token) -> Token | None:
    """The word of the deed told as done during or amid the happening a noun names ("killed" of
    "killed during demonstrations"), or None when the noun is not after such a preposition."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj" or token.head.lower_ not in CONCURRENT_PREPS:
        return None
    return token.head.head


def _deed_done_during(cue: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The candidate of the deed told as done during or amid the happening ``cue`` names, when it
    is of another kind ("killed ... during demonstrations"), else None."""
    deed = _set_in(cue.trigger)
    if deed is None:
        return None
    return next((c for c in candidates if c.trigger.i in {t.i for t in (deed, *deed.conjuncts)} and not c.split
                 and GROUPS.get(c.event.event_type) != GROUPS.get(cue.event.event_type)), None)


def _place_of_deed_set_in(events: list[Event], cue_of: dict[int, Candidate]) -> None:
    """A happening named as the setting of a deed ("detained and jailed during protests against
    the election") and the deed share a place: of the two, one with no place of its own takes
    the other's (what was done during it was done where it went on: "During talks in Tartu, the
    minister thanked Estonia" thanked in Tartu)."""
    by_trigger = {cue.trigger.i: event for event in events if (cue := cue_of.get(id(event))) is not None}
    for event in events:
        cue = cue_of.get(id(event))
        deed = _set_in(cue.trigger) if cue is not None else None
        # (of verbs joined by "and", the first names the deed: "detained and jailed during protests")
        source = next((by_trigger[t.i] for t in (deed, *deed.conjuncts) if t.i in by_trigger), None) \
            if deed is not None else None
        if source is None or (event.lat is None) == (source.lat is None):
            continue
        placed, unplaced = (source, event) if event.lat is None else (event, source)
        _copy_place(unplaced, placed)
        unplaced.place_derivation = f"the place of the happening it was done in or during: {placed.place_derivation}"


# Happenings that one clause can list several of: "plans to resume flights and continue work
# on a bridge" are two projects. Fights and protests are not split ("killed two and wounded
# five" is one attack).
SPLIT_TYPES = {"agree", "aid", "supply", "support"}


# Verbs that carry on, start or widen a joint undertaking; joined to an agreement verb they
# name another undertaking of the same kind.
PROJECT_VERBS = {"continue", "expand", "begin", "start", "build", "open", "reopen", "restore", "increase",
                 "boost", "establish", "develop", "extend", "deepen", "strengthen", "launch", "complete",
                 "finish", "construct", "upgrade", "renew"}


#: Determiners that say no such happening took place: "no residents were injured", "no trip".
_NONE_DETS = {"no", "neither"}
_NONE_WORDS = {"nobody", "none", "noone"}


def _no_happening(token: Token) -> bool:
    """True when the sentence says the happening did not take place for anyone: "No
    residents were injured", "nobody was killed", "Annan has no trip planned" (codebook
    §1: negated non-events). A denial by a party ("X did not attack") is another matter:
    its mode is ``denied``."""
    if any(c.dep_ == "det" and c.lower_ in _NONE_DETS for c in token.children):
        return True  # "no trip", "no attack"
    if token.pos_ in ("VERB", "AUX"):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and (
                    child.lower_ in _NONE_WORDS
                    or any(c.dep_ == "det" and c.lower_ in _NONE_DETS for c in child.children)):
                return True
    return False


#: Nouns that a happening's noun only classifies when it modifies them ("the fire department",
#: "a detention center", "fire hydrants", "the election law"): standing bodies and posts,
#: buildings and equipment, rules and documents, seasons and risks. A compound names a kind of
#: such a thing, no happening; heads that presuppose one happening ("the crash victims", "a
#: murder charge", "the blast scene") are not here.
CLASSIFIED_HEADS = {
    # bodies, units and standing posts
    "department", "departments", "service", "services", "station", "stations", "chief", "chiefs", "marshal",
    "marshals", "commission", "committee", "committees", "office", "agency", "authority", "bureau", "unit",
    "squad", "division", "board", "council", "club", "association", "organization", "organisation", "academy",
    "company", "district", "institute", "network",
    # buildings, places and equipment
    "facility", "facilities", "center", "centre", "centers", "centres", "house", "hall", "building", "door",
    "doors", "hydrant", "hydrants", "truck", "trucks", "engine", "engines", "extinguisher", "extinguishers",
    "alarm", "alarms", "wire", "equipment", "gear", "shelter", "cell", "cells", "room",
    # training named by what it rehearses ("a fire drill", "live fire exercises")
    "drill", "drills", "exercise", "exercises",
    # rules, documents, money and measures
    "ban", "bans", "permit", "permits", "code", "codes", "law", "laws", "statute", "ordinance", "regulation",
    "regulations", "rule", "rules", "insurance", "policy", "fund", "funds", "tax",
    # people and kit named by their trade ("a tour operator", "a support worker", "assault rifles",
    # "a support police car")
    "operator", "operators", "worker", "workers", "guide", "guides", "agent", "agents", "group", "groups",
    "rifle", "rifles", "helicopter", "helicopters", "dog", "dogs", "car", "cars", "vehicle", "vehicles",
    "boat", "boats", "companies", "industry", "business",
    # times, risks and outlooks (no one happening)
    "season", "danger", "hazard", "hazards", "risk", "outlook", "forecast",
}


def _classifier(token: Token) -> bool:
    """A happening's noun that only modifies a noun after it, a body, a building, a tool, a rule
    or a season ("the fire department", "a new detention facility", "fire hydrants", "the
    burn season"): it names a kind of thing, no happening (a noun-noun compound classifies)."""
    head = token.head
    return token.dep_ in ("compound", "nmod") and head.i > token.i and head.pos_ in ("NOUN", "PROPN") \
        and (head.lemma_.lower() in CLASSIFIED_HEADS or head.lower_ in CLASSIFIED_HEADS)


#: Modals that with a perfect tell what did not happen: "would have told", "could have died".
_COUNTERFACTUAL_MODALS = {"would", "could", "might", "should"}


def _counterfactual(token: Token) -> bool:
    """A verb in the past conditional ("the pastor would have warned her", "they could have been
    killed", "should have arrested him"): what did not happen (codebook §1: hypothetical)."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ != "VBN":
        return False
    auxes = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    return "have" in auxes and any(a in _COUNTERFACTUAL_MODALS for a in auxes)


def _raised_attribution(say: Token) -> bool:
    """A verb of saying in the passive with an infinitive and no one named who says it ("ten
    ships are reported to have crossed the strait", "the leader is said to have fled"): an
    attribution of the infinitive's happening to nobody identifiable, no statement of its own
    (codebook §2: source attribution is not an event; §1: speculation by nobody identifiable)."""
    return any(c.dep_ == "auxpass" for c in say.children) and not any(c.dep_ == "agent" for c in say.children) \
        and any(c.dep_ == "xcomp" and to_infinitive(c) for c in say.children)


def _saying_participle(token: Token, event_type: str) -> bool:
    """A verb of saying or confirming as a participle that only qualifies a noun or a number,
    with nothing said after it ("60 confirmed dead", "the reported sighting"): a word of the
    count's or the thing's standing, no statement made (a word sense, codebook §1)."""
    return event_type == "statement" and token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "pcomp") \
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "agent", "prep", "advcl") for c in token.children)


def _wording_of_a_law(token: Token, event_type: str) -> bool:
    """A verb of saying as the participle that gives what a law, a bill or a plan provides ("signs
    a law banning the games and declaring them illegal", "approves a bill proposing prison
    terms"): the text's wording, told with the act that passes or proposes it, not a party's
    statement (codebook §2: an announcement of one's own act is that act)."""
    if event_type != "statement" or token.pos_ not in ("VERB", "AUX"):
        return False
    node = token
    while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head  # "a law banning the games and declaring them illegal"
    return node.dep_ == "acl" and node.tag_ == "VBG" and node.head.lower_ in LAW_TEXTS


def _negated_description(token: Token) -> bool:
    """A negated verb in a relative clause ("those who did not support me", "residents who have not
    paid the levy"): it describes the people it hangs from by what they did not do, neither a
    happening nor a party's denial (codebook §1: negated non-events)."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ == "relcl" and any(c.dep_ == "neg" for c in token.children)


def _present_participle_of_noun(token: Token, event_type: str) -> bool:
    """A present participle after a common noun it describes ("a tour group travelling around
    the valley", "the crews working on the line"): who the people are, what they are doing at
    the time; no happening of its own reported (codebook §1: background descriptions)."""
    return event_type == "visit" and token.tag_ == "VBG" and token.dep_ == "acl" and token.head.pos_ == "NOUN" \
        and token.head.i < token.i


#: Nouns of the cases a happening is counted over: "arrested in only four cases".
_CASE_NOUNS = {"cases", "instances", "incidents", "occasions"}


def _tally_of_cases(token: Token) -> bool:
    """A happening's verb counted over cases by a number or a quantifier ("suspects had been
    arrested in only four cases", "charges were filed in most instances"): a statistic, no one
    happening (codebook §1: cumulative tolls and statistics)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ in _CASE_NOUNS and any(
            c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in _MANY | {"most", "some", "few"})
            for c in o.children) for o in p.children) for p in token.children)


def _open_question(token: Token) -> bool:
    """A happening told by the verb of a finite clause of "whether": the open question of an
    inquiry, a doubt or a trial ("a jury will decide whether the driver killed the cyclist", "it is
    unclear whether he crossed the border"): asked, not reported (codebook §1: speculation and
    hypothetical happenings). Not a noun under a verb of state ("whether two suspects remained
    in detention": the custody stands), nor a party's choice of its own act ("will decide
    whether to ban fireworks": a decision planned).
    """
    if token.pos_ not in ("VERB", "AUX") or to_infinitive(token):
        return False
    return any(c.lower_ == "whether" for c in token.children)


#: Conjunctions of a clause that tells a condition or a time still to come when its verb is in
#: the present: "until he is caught", "once the group arrives", "if a suspect is charged".
#: ("when" and "whenever" are adverbs to the parser, and their present clauses are as often
#: habits told as done: "when police arrive, they find ...": not here)
_PENDING_MARKS = {"if", "unless", "until", "till", "once", "before"}


def _pending(token: Token) -> bool:
    """A happening in a clause of condition or time whose verb is in the present ("until he is
    caught", "once the delegation lands in Lisbon", "if a driver is found"): it has
    not happened (codebook §1: hypothetical). Headlines tell the past in the present: not them."""
    verb = _clause_verb(token)
    for _ in range(3):  # "until the crews manage to reach the village": up from the infinitive,
        # and from a second verb of the clause ("if a suspect is caught and charged")
        if verb is None or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _PENDING_MARKS
                                                       for c in verb.children):
        return False
    tenses = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not set(tenses) & {"VBZ", "VBP"} or set(tenses) & {"VBD", "MD"}:
        return False
    return not is_headline(verb.sent)


#: Modals of an aim: "so they will back him", "so that the crews could reach the village".
_AIM_MODALS = {"will", "would", "can", "could", "may", "might", "'ll"}


def _purpose_clause(token: Token) -> bool:
    """A happening's verb in a clause of "so" or "so that" with a modal ("hope to win them over
    so they will support me next time", "cleared the road so that crews could reach the
    village"): the aim of another act, hoped for, not a happening nor a party's plan (codebook
    §1: hypothetical happenings). Not "so" of a result in the past ("the road was cleared, so
    the crews reached the village")."""
    verb = _clause_verb(token)
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ == "so"
                                                       for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _AIM_MODALS for c in verb.children)


#: Modals of what would follow from a condition: "a trial would precede", "the road could close".
_CONDITIONAL_MODALS = {"would", "could", "might"}


def _for_subject_infinitive(token: Token) -> bool:
    """A happening in an infinitive clause whose subject comes with "for", put before the main
    verb ("For a candidate to win the nomination, 1,991 delegates are needed", "in order for the
    bill to pass, both houses would have to ..."): the condition a requirement sets, not a
    happening (codebook §1: hypothetical happenings, rules in force)."""
    verb = _clause_verb(token)
    if verb is None or not to_infinitive(verb) or verb.i > verb.sent.root.i:
        return False  # after the main verb, an aim: "asked for a stay to allow time for him to join a suit"
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return True  # "for" read as the clause's mark, its subject an nsubj
    if verb.dep_ not in ("relcl", "acl"):
        return False
    subject = verb.head
    # a party or a thing picked out ("for a candidate", "for the bill", "for Congress"), not a
    # bare noun the infinitive completes ("wanted for failure to appear in court")
    return subject.dep_ == "pobj" and subject.head.lower_ == "for" and subject.i < verb.i \
        and (subject.pos_ in ("PROPN", "PRON") or any(c.dep_ in ("det", "poss") for c in subject.children))


#: Verbs of what must be done: "would have to pass it", "would need to be ratified".
_NECESSITY_VERBS = {"have", "need"}


def _conditional_requirement(token: Token) -> bool:
    """A happening told as what would have to be done ("both houses would have to pass it, and
    then it would have to be ratified by the states"): a requirement on a case not yet met, not a
    happening nor a party's plan (codebook §1: hypothetical happenings, rules in force). A step
    given its day ("would need to be voted on next week") is planned, and a party's
    words of what it would have to do ("the minister said troops would have to withdraw") and a
    quote are the speaker's: not them."""
    verb = _clause_verb(token)
    if verb is None or verb.dep_ != "xcomp" or not to_infinitive(verb):
        return False
    need = verb.head
    if need.lemma_.lower() not in _NECESSITY_VERBS or not any(
            c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS for c in need.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in need.subtree):
        return False  # a step with its day ("would need to be voted on, possibly next week"): planned
    return not any(a.lemma_.lower() in SAY_VERBS for a in need.ancestors) and not inside_quotes(need.sent, need)


def _conditional_outcome(token: Token) -> bool:
    """A happening told as what would follow if a condition in the present were met ("If a
    suspect is caught in both states, a state trial would come first", "if the river rises,
    the bridge could close"): it has not happened (codebook §1: hypothetical). A party's own
    words of what it would do ("the ministry said it would respond if ...") are its threat or
    plan, and a quote is a speaker's: not them."""
    verb = _clause_verb(token)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS for c in verb.children):
        return False
    if any(a.lemma_.lower() in SAY_VERBS for a in verb.ancestors) or inside_quotes(verb.sent, verb):
        return False
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
            tenses = {clause.tag_} | {c.tag_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
            if tenses & {"VBZ", "VBP"} and not tenses & {"VBD", "MD"}:
                return True
    return False


#: Appeals whose infinitive names what is asked for, not a happening: "urged lawmakers to pass
#: the bill", "asked every city to approve an ordinance".
# (an authorisation's act has not happened either: "authorised the coast guard to board the boats")
_ASKING = APPEAL_VERBS - {"warn", "threaten", "caution"} | {"authorize", "authorise", "empower"}


def _asked_for(token: Token) -> bool:
    """A verb in the infinitive an appeal asks for ("urged councillors to adopt the levy",
    "will ask cities to approve an ordinance"): the appeal's topic (codebook §1: hypothetical;
    the appeal is the event). So is what a demand names ("rallies to demand his resignation",
    "clerics urge a TV ban", "called for a ban on fireworks") and the clause it asks for
    ("demand that the president step down")."""
    head = token.head
    if token.pos_ in ("VERB", "AUX") and token.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _ASKING:
        if to_infinitive(token):
            return True
        # "demand that Saakashvili step down": a subjunctive, the bare verb with no tense of its own
        return head.lemma_.lower() in _DEMANDING and token.tag_ == "VB" \
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    if _listed_demand(token):
        return True
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "dobj" and head.lemma_.lower() in _DEMANDING:
        return True  # "demanding his resignation", "urge TV ban"
    # "called for a ban", "pressed for his release"
    # (a noun's "demand for his extradition" may itself be the news, refused or met)
    return token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _ASKING \
        and head.head.pos_ in ("VERB", "AUX")


#: Nouns naming a list of things asked for, and the verbs that list them ("their demands include ...").
_DEMAND_LISTS = {"demand", "request", "grievance"}
_LISTING_VERBS = {"include", "expand", "comprise", "be", "remain", "grow"}


def _listed_demand(token: Token) -> bool:
    """A happening's word among the items of a list of demands ("Their demands have included
    dissolving Parliament ... and new elections", "protesters' demands have expanded to the
    dismissal of the bill"): what a party asks for, not a happening (codebook §1: the protest
    or appeal is the event). An item with a date of its own is a past happening the demand
    refers to ("an investigation of the police violence on June 12") and is kept."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in _LISTING_VERBS
                 and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _DEMAND_LISTS
                         for c in a.children)), None)
    if verb is None or token.i < verb.i:
        return False
    item = [token]  # the words up to the listed item that holds the token (not the items before it)
    while item[-1].head != verb and item[-1].dep_ != "conj" and item[-1].head != item[-1]:
        item.append(item[-1].head)
    dated = [token] + [c for t in item for c in t.children if c.dep_ == "prep"]
    return not any(t.ent_type_ == "DATE" for d in dated for t in d.subtree)


#: Appeals whose object is the thing asked for ("demanded his resignation"); not "asked
#: questions", "called a meeting" or "pressed charges".
_DEMANDING = {"demand", "urge"}


def _modifier_only(token: Token) -> bool:
    """A happening's noun that only classifies another noun ("the fire department": see
    :func:`_classifier`), or an arrest sought with a reward ("information leading to the
    arrest of ...", "a reward for his capture"): no happening (yet)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if _classifier(token):
        return True
    if noun_type(token) == "arrest" and token.dep_ == "pobj" and token.head.lower_ in ("to", "for"):
        # "information leading to the arrest of", "a reward for the capture of"
        return token.head.head.lemma_.lower() in ("lead", "reward", "bounty", "information")
    return _names_the_source(token)


def _place_name(token: Token) -> bool:
    """A happening's word that is, or ends, the name of a place ("hiding under a bridge in
    Hurricane", "a cabin on Fire Island"): a town, a feature or a building so named, no
    happening. A storm's name follows its kind ("Hurricane Katrina": the name ends in
    "Katrina") and is kept."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    return token.ent_iob_ in ("B", "I") and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


#: Subjects of a present clause of "when" that make it tell what happens to any such thing:
#: "when they hit the atmosphere", "when you light a fire".
_GENERIC_SUBJECTS = {"they", "you", "one"}


def _generic_when(token: Token) -> bool:
    """A happening's verb in a clause of "when" in the simple present, under a verb in the simple
    present, with a pronoun for any such thing or a bare plural for subject ("Meteors burn up
    when they hit the atmosphere", "Dry leaves catch fire when people burn brush"): what
    happens each time, no one happening (codebook §1: generic statements). Not a headline or
    a digest's present ("Eighteen are injured when two trains collide": the subject is counted)."""
    if token.pos_ != "VERB" or not _simple_present(token) or token.dep_ != "advcl" \
            or not any(c.lower_ in ("when", "whenever") for c in token.children) \
            or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    head = token.head
    while head.dep_ == "conj" and head.tag_ == "VB" and head.head.i != head.i:
        head = head.head  # "rocks that burn and create light when ...": the first verb's tense
    if not _simple_present(head) or any(c.dep_ in ("aux", "auxpass") for c in head.children) \
            or is_headline(token.sent):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _GENERIC_SUBJECTS:
        return True
    return subject.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss", "compound") for c in subject.children)


def _simple_present(verb: Token) -> bool:
    """The verb is in the simple present, or a form the present shares with the past that the
    tagger read as past ("when they hit", "when they cut"). A test of the verb's tag and form
    alone, for a clause's tense: no bare form (VB), no look at auxiliaries (the callers check
    them) or quotation marks. Not :func:`~timeline.events.features.told_in_simple_present`,
    which asks how the sentence tells the verb (no auxiliary, outside quotes, the bare form
    counted, a present passive optionally) and takes a past-tagged "hit" as a past."""
    return verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower())


def _inside_a_body_name(token: Token, event_type: str) -> bool:
    """A happening's noun inside the name of an organisation: a word that modifies the name's
    head ("the Electronic Attack Squadron", "the Rapid Support Forces drone strike"), or the
    head of a body's name cited as a source ("according to the National Conference of State
    Legislatures"): it names the body, no happening. Not a gathering the name only labels
    ("the G7 Summit met", "the Summit of the Americas opened"), nor a storm's or a fire's name,
    which the parser may take for a body's ("Tropical Storm Penha", "Typhoon Phanfone")."""
    if event_type in HAZARD_TYPES or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ != "ORG" \
            or not token.text[:1].isupper():
        return False
    name = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    if name is None or name.label_ != "ORG" or token.i == name.end - 1:
        return False
    if token.dep_ == "compound" and token.i < name.root.i:
        return True
    return token.i == name.root.i and token.dep_ == "pobj" and token.head.lower_ == "to" \
        and token.head.head.lower_ == "according"


def _names_the_source(token: Token) -> bool:
    """A happening's noun that names the kind of document a detail is attributed to
    ("According to arrest warrants filed with the court, the two men killed her", "according to
    the crash report"): the source of what is told, not a report of its own that the arrest or
    crash took place (unlike "according to the narrative of her arrest")."""
    if token.dep_ != "compound":
        return False
    document = token.head
    return document.dep_ == "pobj" and document.head.lower_ == "to" and document.head.head.lower_ == "according"


#: Feelings whose object is a fear, not a happening: "worried about flooding".
_FEARS = {"worry", "worried", "concern", "concerned", "afraid", "fear", "fearful", "anxious", "nervous", "scared",
          "frightened", "terrified", "uneasy", "apprehensive"}
#: Works and gatherings whose subject is a happening: "a documentary on the killings".
_WORKS = {"documentary", "film", "movie", "screening", "book", "novel", "play", "discussion", "debate", "panel",
          "lecture", "seminar", "symposium", "exhibition", "exhibit", "series", "podcast", "course", "class"}


def _topic_only(token: Token) -> bool:
    """A happening named only as the topic of a fear or of a work about it ("worried about
    flooding", "fear of an attack", "a documentary on the killings"): not a report
    of the happening itself (codebook §1: hypothetical happenings; a work about one is no
    event)."""
    gerund = token.tag_ == "VBG"  # "worried about flooding", parsed as a verb under the preposition
    if (token.pos_ not in ("NOUN", "PROPN") and not gerund) or token.dep_ not in ("pobj", "pcomp") \
            or token.head.lower_ not in ("about", "on", "of", "over"):
        return False
    owner = token.head.head
    if token.head.lower_ in ("about", "on", "over") and owner.lemma_.lower() in _DISCUSSIONS:
        return True  # "talks on a ceasefire stalled": the talks are the happening, the truce their topic
    if token.head.lower_ in ("about", "of") and owner.lemma_.lower() in _FEARS:
        return True  # "worried about flooding", "fears of a new offensive"
    return token.head.lower_ in ("about", "on") and owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() in _WORKS


#: Verbs and nouns that put a label on something: "described the policy as ethnic cleansing".
_LABELLING = {"describe", "description", "characterize", "characterise", "characterization", "characterisation",
              "label", "brand", "term", "portray", "depict", "denounce", "decry"}
#: Nouns through which a label is given: "as one of ethnic cleansing", "as a form of torture".
_LABEL_KINDS = {"one", "form", "kind", "act", "case", "sort", "type"}
#: Verbs that liken one thing to another ("likened the campaign to a war"): what it is likened
#: to is rhetoric (the thing likened may be a happening of its own).
_LIKENING = {"liken", "equate"}


def _label_only(token: Token) -> bool:
    """A happening's noun that is only a label a speaker puts on something, or a likeness it is
    held up to ("described the demolitions as a form of ethnic cleansing", "the mayor's
    characterization of the delay as a kidnapping", "likened the campaign to a war"): a
    characterisation, part of the statement that voices it, not a happening reported
    (codebook §1: rhetorical examples; hypothetical happenings are part of the statement)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in _LIKENING:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _LABEL_KINDS:
        token = token.head.head  # "as one of ethnic cleansing"
    return token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_.lower() in _LABELLING


#: Nouns of a gathering that may only be the setting of what is done or said at it.
_GATHERINGS = {"meeting"}
#: Verbs whose "at the meeting" tells the gathering itself ("held", "attended", "met at").
_GATHERING_VERBS = {"hold", "attend", "meet", "convene", "call", "schedule", "chair", "host", "open", "address"}


def _setting_only(token: Token) -> bool:
    """A meeting named only as the setting of another act done or said at it ("Smith said at
    Monday's meeting that ...", "residents voiced anger at Tuesday's council meeting"): the act
    is the news, the routine meeting no happening of its own ("began a discussion at their
    Monday meeting"). Not a meeting with a named
    counterpart ("at a meeting with the Chinese premier"), nor one held, attended or called."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _GATHERINGS or token.dep_ != "pobj" \
            or token.head.lower_ not in ("at", "during"):
        return False
    act = token.head.head  # the verb, or the act's noun ("began a discussion at their meeting")
    if act.pos_ not in ("VERB", "AUX", "NOUN") or act.lemma_.lower() in _GATHERING_VERBS | _GATHERINGS:
        return False
    if token.tag_ == "NN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"
                                  for c in token.children):
        return False  # "during a UN Security Council meeting": a named body's one session, a happening of its own
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "of") for c in token.children)


#: What carries a slogan: "signs that said ...", "placards reading ...".
_SLOGAN_BEARERS = {"sign", "placard", "banner", "poster", "t-shirt", "shirt", "sticker", "billboard", "flag"}
#: Verbs whose words are a slogan whatever their subject: "chanting 'Free Gaza'".
_SLOGAN_VERBS = {"chant"}


def _slogan(token: Token) -> bool:
    """A happening's word in the words of a sign, a banner or a chant ("Toting signs that said
    'Vote no on 1', about 55 residents marched", "placards reading 'Stop the bombing'",
    "chanting 'Arrest the killers'"): a slogan of the protest, no happening of its own."""
    child = token
    for node in token.ancestors:
        lemma = node.lemma_.lower()
        if lemma in _SLOGAN_VERBS and child.dep_ in ("ccomp", "dobj", "xcomp", "parataxis"):
            return True
        if lemma in ("say", "read") and child.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "oprd"):
            bearer = node.head if node.dep_ in ("acl", "relcl") else next(
                (c for c in node.children if c.dep_ == "nsubj"), None)
            if bearer is not None and bearer.lemma_.lower() in _SLOGAN_BEARERS:
                return True
        child = node
    return False


def _victims_named(token: Token) -> bool:
    """A harm that only names who receive another act ("compensation payments to the families
    of the dead and to those injured", "a fund for those wounded"): the people hurt, told as
    the recipients of aid or care, not a report of their harm of its own."""
    head = token.head
    return token.tag_ == "VBN" and token.dep_ == "acl" and token.lemma_.lower() in HARM_VERBS \
        and head.lower_ == "those" and head.dep_ in ("pobj", "dobj", "dative")


#: Nouns of discussing: what they are on or about is their topic, not a happening.
_DISCUSSIONS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "dialogue",
                "consultation", "consultations"}


#: Words that make a happening a habit or a tally, not one happening: "march each July",
#: "had been arrested more than a dozen times".
#: ("currently" only with a simple present: see :func:`_habitual`; "sometimes", "never", "whenever"
#: and "rarely" of the model's generic cues tell of no habit of the happening)
_HABITUAL = (GENERIC_CUES - {"sometimes", "never", "whenever", "rarely"}) | {
    "annually", "times", "constantly", "consistently", "habitually", "customarily", "commonly", "normally"}
#: Of them, the adverbs that make the verb they modify a habit ("each", "every" and "times" count
#: only with a unit of time or a number)
_HABIT_ADVERBS = _HABITUAL - {"each", "every", "times"}
#: Of those, the adverbs that make what a saying says a rule, not one happening or position
#: ("officers are typically not charged", "he was always a leader"; not the adverbs of a
#: series, "regularly", "repeatedly", "annually", "constantly", "consistently"): see
#: :func:`_generic_claim`
_GENERIC_CLAIM_ADVERBS = _HABIT_ADVERBS - {"regularly", "repeatedly", "annually", "constantly", "consistently"}
#: Units of time that "every"/"each" makes a habit of ("rallies almost every day").
_TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights", "morning",
               "evening", "weekend", "summer", "winter", "spring", "time", "season", "friday", "saturday", "sunday",
               "monday", "tuesday", "wednesday", "thursday"}


def _habitual(token: Token) -> bool:
    """True for a happening the sentence tells as a habit or a count of many (codebook §1:
    generic or habitual statements, cumulative tolls): "Orangemen march each July", "has been
    arrested more than a dozen times", "the camp has been repeatedly targeted"."""
    if _every_time(token) or _present_relative(token):
        return True
    # as habitual as what it is joined to or hangs from: "was consistently involved in disputes
    # and public criticism of the chief, including filing complaints with the state"
    if token.dep_ == "conj" and token.pos_ == "NOUN" and token.head.dep_ == "pobj" and _habitual(token.head):
        return True
    if token.dep_ == "pcomp" and token.pos_ == "VERB" and token.head.dep_ == "prep" \
            and token.head.head.pos_ in ("VERB", "AUX") and token.head.head.i != token.i and _habitual(token.head.head):
        return True
    if token.pos_ not in ("VERB", "AUX"):
        head = token.head
        if token.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and _habitual(head) \
                and not _present_relative(head):  # "a prisoner who leads protests" may tell of them
            return True  # "the city currently holds elections in September"
        # "arrested more than a dozen times during abortion protests": the protests are as many
        return token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
            and head.head.i != token.i and _habitual(head.head)
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ == "currently":
            if token.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
                return True  # "currently, the city holds elections in September": its practice
            continue  # "is currently holding talks": under way now
        if child.dep_ in ("advmod", "npadvmod", "dobj") and child.lower_ in _HABIT_ADVERBS:
            return True
        if child.dep_ in ("npadvmod", "advmod", "dobj") and child.lower_ in ("times",) and any(
                g.dep_ in ("nummod", "amod", "quantmod") for g in child.subtree):
            return True  # "a dozen times", "several times"
        if child.dep_ in ("npadvmod", "advmod") and any(g.dep_ == "det" and g.lower_ in ("each", "every")
                                                        for g in child.children):
            return True  # "each July", "every year"
    return False


#: Words that make a subject an unnamed many: "several residents", "numerous lawmakers".
_VAGUE_MANY = {"several", "many", "numerous", "various", "multiple", "some"}


def _many_unnamed_over_time(token: Token) -> bool:
    """A verb in the perfect with an unnamed many for subject and no time of its own
    ("Several neighbours had protested the plans", "Numerous lawmakers have told reporters
    they were unhappy"): a summary of doings on unnamed occasions, no one happening
    (codebook §1: generic or habitual statements). Not a dated one ("Several hundred farmers
    have marched in Lyon since Monday") nor a simple past ("several residents protested on
    Monday")."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ != "VBN" \
            or not _perfect(token):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ in ("amod", "det") and c.lower_ in _VAGUE_MANY for c in subject.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def _every_time(token: Token) -> bool:
    """A happening's noun in a clause with "every"/"each" and a unit of time ("the government has
    been holding rallies almost every day", "other rallies almost every day"): a habit, no one
    happening. The "every" must belong to the noun's own clause."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = _clause_verb(token)
    for t in token.sent:
        if t.lower_ in ("every", "each") and t.head.lower_ in _TIME_UNITS and t.head.dep_ in ("npadvmod", "advmod") \
                and verb is not None and getattr(_clause_verb(t.head), "i", None) == verb.i:
            return True
    return False


def _present_relative(token: Token) -> bool:
    """A happening in a relative clause in the simple present ("Americans who give so much
    military aid to Israel", "the district, which provides drinking water to a million people"): a
    standing practice that describes its doer, no one happening. Headlines and lists of the
    day's news tell the past in the present: not them (those have no relative clause of this kind
    in their lead, and a headline is checked)."""
    verb = token  # (not its object: "a former prisoner who leads anti-Orange protests" may tell of them)
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") or c.tag_ == "WRB" for c in verb.children):
        return False  # "... are injured when two trains collide": the parser's relative clause is one of time
    return not is_headline(verb.sent)


#: Words that set one clause's happening before or after the other's.
_SEQUENCE_MARKS = {"after", "before"}
#: Units of a distance in time that puts two happenings on different days ("two days after").
_DAY_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}


def _measured_sequence_clause(token: Token) -> Token | None:
    """The verb of a clause set a measured number of days before or after the main one, or None:
    "issues a decree one day after fleeing the capital" (``fleeing``, a "pcomp" of "after"),
    "two days after a soldier was injured" (``injured``, an "advcl" marked "after"). The
    distance ("one day", "two days", "weeks") hangs from "after", from the clause's verb or
    from the verb "after" modifies."""
    if token.pos_ != "VERB":
        return None
    if token.dep_ == "pcomp" and token.head.lower_ in _SEQUENCE_MARKS:
        mark = token.head
        holders = (mark, mark.head)
    elif token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in token.children):
        holders = (token,) + tuple(c for c in token.children if c.dep_ == "mark")
    else:
        return None
    measured = any(c.dep_ == "npadvmod" and c.lower_ in _DAY_UNITS for h in holders for c in h.children)
    return token if measured else None


def _days_apart(candidate: _Trigger, chosen: list[_Trigger]) -> bool:
    """True for a trigger of a chosen one's kind when one of the two is in a clause set days
    before or after the other ("Rajoelina issues a decree dissolving parliament one day after
    fleeing the capital", "accuses the army of shooting a villager, two days after a soldier
    was injured by a land mine"): happenings a day or more apart are two, each with its own
    date (codebook §2: one happening retold stays one; "seconds before the bomb exploded" is
    not days apart)."""
    token = candidate.token
    for c in chosen:
        if GROUPS.get(c.event_type) != GROUPS.get(candidate.event_type) or c.event_type == "statement":
            continue
        for clause, other in ((_measured_sequence_clause(token), c.token), (_measured_sequence_clause(c.token), token)):
            if clause is not None and not any(t.i == other.i for t in clause.subtree):
                return True
    return False


def _named_subject(verb: Token) -> Token | None:
    """The verb's own subject when it is a noun or a name (not a pronoun, not a relative word)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _second_doer(candidate: _Trigger, chosen: list[_Trigger]) -> bool:
    """True for a verb of a chosen happening's kind joined by "and"/"but" to the chosen verb,
    with a doer of its own: "The tenants filed a lawsuit against the landlord, but a county
    judge ruled against them" (the suit and the ruling are two steps of one case, taken by two
    parties), "Smith was arrested Friday, and Jones was arrested on Monday" (two arrests). A
    clause of time or cause is not one ("was arrested after store guards detained him": the
    detention is the arrest told again)."""
    token = candidate.token
    if candidate.strength <= 0.5 or token.pos_ != "VERB" or candidate.event_type == "statement" \
            or token.dep_ != "conj":
        return False
    subject = _named_subject(token)
    if subject is None:
        return _agent_beside_chamber(token, chosen) or _appointer_beside_tenure(token, chosen)
    for c in chosen:
        if c.event_type != candidate.event_type or c.token.pos_ != "VERB":
            continue
        # the chosen verb's clause: its own, or the verb it completes ("refused to sign the
        # deal, and the agency extended its deadline": the refusal's clause)
        clause = c.token.head if c.token.dep_ == "xcomp" else c.token
        if not (token.head.i == clause.i or clause.head.i == token.i):
            continue
        other = _named_subject(clause)
        if other is not None and other.lemma_.lower() != subject.lemma_.lower():
            return True
    return False


#: words of a leadership change that one holder of a post undergoes (leaving it or taking it)
_OFFICE_CHANGES = {"resign", "resignation", "step", "quit", "abdicate", "abdication", "retire", "retirement",
                   "ouster", "removal", "succeed", "replace", "swear", "swearing-in", "become", "inaugurate",
                   "inauguration", "appoint", "appointment"}


def _office_holder(token: Token) -> Token | None:
    """Who leaves or takes the post a leadership change's word tells of, when named (by a name,
    not a title: "the Secretary of State would succeed him" names no one): the
    agent of "succeeded by Burnham", the subject of "Johnson succeeding her" or of "May is to
    step down", the "of" object or the possessive of "the resignation of Rumen Radev"."""
    if token.pos_ in ("NOUN", "PROPN"):
        holders = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"] + [c for c in token.children if c.dep_ == "poss"]
    else:
        holders = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] \
            or [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not holders and token.dep_ == "xcomp":
            holders = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((h for h in holders if h.pos_ == "PROPN" and h.lower_ not in ITEM_TITLES), None)


def _successive_office_change(candidate: _Trigger, chosen: list[_Trigger]) -> bool:
    """True for a second leadership change in the sentence, of another named holder than a
    chosen one's: "Ana Ruiz becomes president following the resignation of Tom Berg", "the
    premier is to step down today, with Ortiz succeeding her", "Lee resigns as mayor and is
    succeeded by Kim": the one who leaves and the one who takes office are two happenings
    (codebook §1, other), with two doers and often two days."""
    if candidate.event_type != "other" or candidate.token.lemma_.lower() not in _OFFICE_CHANGES:
        return False
    holder = _office_holder(candidate.token)
    if holder is None:
        return False
    names = {t.lower_ for t in holder.subtree if t.pos_ == "PROPN"}
    for c in chosen:
        if c.event_type == "other" and c.token.lemma_.lower() in _OFFICE_CHANGES:
            other = _office_holder(c.token)
            if other is not None and not names & {t.lower_ for t in other.subtree if t.pos_ == "PROPN"}:
                return True
    return False


def _named_agent(verb: Token) -> Token | None:
    """The noun or name of a passive verb's "by" phrase ("appointed by President Putin")."""
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children
                 if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)


def _appointer_beside_tenure(verb: Token, chosen: list[_Trigger]) -> bool:
    """A passive appointment with an agent of its own joined by "and" to a chosen leadership
    change of the same holder ("had served as governor since 1996 and was appointed by
    Putin to a fourth term in 2007"): the tenure's start and the appointer's act are two
    happenings, by two parties on two dates (see :func:`_second_doer`)."""
    agent = _named_agent(verb)
    if agent is None or verb.lemma_.lower() not in _OFFICE_CHANGES:
        return False
    for c in chosen:
        subject = _named_subject(c.token) if c.token.i == verb.head.i and c.event_type == "other" else None
        if subject is not None and subject.lemma_.lower() != agent.lemma_.lower():
            return True
    return False


def _agent_beside_chamber(verb: Token, chosen: list[_Trigger]) -> bool:
    """A passive verb with an agent of its own joined by "and" to a chosen verb by which a law
    text passes a body ("A bill passes through Congress and is signed by President Ruiz"): the
    body's vote and the agent's act are two steps taken by two parties (see :func:`_second_doer`;
    :func:`timeline.events.triggers.passing_chamber`)."""
    agent = _named_agent(verb)
    return agent is not None and any(c.token.i == verb.head.i and c.token.pos_ == "VERB"
                                     and text_passes_a_chamber(c.token) for c in chosen)


def _second_measure(candidate: _Trigger, chosen: list[_Trigger]) -> bool:
    """True for a second measure of the catch-all kind joined by "and" to a chosen one, each
    verb with an object of its own: "The new director took office in May and ordered cuts to
    the agency's fleet" (taking office and ordering cuts are two acts of one doer, told in one
    clause). Not for fights or protests ("killed two and wounded five" is one attack), nor for
    one object ("drafted and signed the order" is one act)."""
    token = candidate.token
    if candidate.strength <= 0.5 or candidate.event_type != "other" or token.pos_ != "VERB" \
            or token.dep_ != "conj":
        return False
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    if not objects:
        return False
    for c in chosen:
        if c.event_type == "other" and c.token.i == token.head.i:
            own = {g.lemma_.lower() for g in c.token.children if g.dep_ == "dobj"}
            if own and not own & objects:
                return True
    return False


def _governs_chosen_clause(candidate: _Trigger, chosen: list[_Trigger]) -> bool:
    """True for a verb whose own clause holds a chosen happening of another kind as a clause
    of its own: "Two states restore diplomatic relations as their presidents meet in Geneva"
    (the meeting was chosen first; the restoring is the main clause's happening). The clause
    has a subject of its own (not a participle: "arrested two men, detonating ...")."""
    token = candidate.token
    return token.pos_ == "VERB" and any(
        c.token.dep_ in OWN_CLAUSE_DEPS and c.token.head.i == token.i and c.token.pos_ == "VERB"
        and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.token.children) or _earlier_named(c.token, token)
        for c in chosen)


#: Words that put a named happening before the main clause's ("following the election").
_BEFORE_MARKS = {"following", "after"}


def _earlier_named(noun: Token, verb: Token) -> bool:
    """A happening noun named only as what came before the verb's own happening: "the party
    leader is tasked with forming a government, following the parliamentary election" (the
    election is chosen first; the mandate is the main clause's happening of its own)."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ in _BEFORE_MARKS \
        and noun.head.head.i == verb.i and verb.dep_ == "ROOT"


def _purpose_of(candidate: _Trigger, chosen: list[_Trigger]) -> bool:
    """True for an infinitive of purpose of a chosen happening of the same kind ("marched
    ... to protest the killings", "sent troops to attack the town"): one happening."""
    token = candidate.token
    if token.dep_ not in ("advcl", "xcomp") or not to_infinitive(token):
        return False
    ancestors = {a.i for a in islice(token.ancestors, 4)}
    return any(c.event_type == candidate.event_type and c.token.i in ancestors for c in chosen)


def _inside_chosen_object(candidate: _Trigger, chosen: list[_Trigger]) -> bool:
    """True for a noun of a chosen verb's kind inside the phrase of that verb's object noun of
    the same kind ("the two sides reach an agreement brokered by Oman to begin a truce in the
    valley"): the object's detail, the one happening the verb names (codebook §2)."""
    token = candidate.token
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in chosen:
        if c.event_type != candidate.event_type or c.token.pos_ != "VERB":
            continue
        for obj in c.token.children:
            if obj.dep_ == "dobj" and obj.i != token.i and noun_type(obj) == c.event_type \
                    and any(a.i == obj.i for a in token.ancestors):
                return True
    return False


def _coordinated(candidates: list[tuple[tuple, _Trigger]]) -> list[tuple[tuple, _Trigger]]:
    """Verbs joined by "and" to a trigger verb, each with an object of its own and no type of
    their own, as further happenings of the trigger's type ("resume flights ... and continue
    work on a bridge")."""
    taken = {c.token.i for _, c in candidates}
    extra: list[tuple[tuple, _Trigger]] = []
    for key, candidate in candidates:
        head = candidate.token
        if candidate.strength <= 0.5 or candidate.event_type not in SPLIT_TYPES or head.pos_ != "VERB":
            continue
        head_objects = {c.lemma_.lower() for c in head.children if c.dep_ == "dobj"}
        for conj in head.conjuncts:
            if conj.i in taken or conj.pos_ != "VERB" or conj.i < head.i or conj.lemma_.lower() not in PROJECT_VERBS:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                continue  # "Kim vowing support and Russia offering technology": another doer
            objects = {c.lemma_.lower() for c in conj.children if c.dep_ == "dobj"}
            if not objects or objects & head_objects:
                continue
            taken.add(conj.i)
            extra.append((key[:2] + (_depth(conj),) + key[3:], _Trigger(conj, candidate.event_type, candidate.strength,
                                                                        coordinated=True)))
    return extra


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
        if types & {"disaster", "accident"} and candidate.event_type == "attack" and (
                lemma in HARM_VERBS or candidate.token.lower_ in CONSEQUENCE_NOUNS):
            continue  # (and "the number of casualties rose" after an earthquake: its toll)
        if candidate.event_type == "attack":
            words = {t.lower_ for t in candidate.token.subtree}
            if "protest" in types and words & CROWD_CONTROL:
                continue
            if words & NON_LETHAL and words & PROTESTERS and lemma not in HARM_VERBS:
                # "police fired tear gas at protesters": the protest is the event (ACLED's
                # protest with intervention), whoever dispersed it
                candidate.event_type = "protest"
                key = (key[0], TYPE_RANK["protest"]) + key[2:]
        kept.append((key, candidate))
    return kept or candidates


NON_LETHAL = {"tear", "gas", "teargas", "cannon", "cannons", "rubber", "pellets", "baton", "batons", "pepper"}
PROTESTERS = {"protesters", "protestors", "demonstrators", "marchers", "crowd", "crowds", "rally", "protest",
              "protests", "demonstration", "demonstrations"}


def _depth(token: Token) -> int:
    return sum(1 for _ in islice(token.ancestors, 20))


_ANCHORED_SPAN = re.compile(
    r"^(?:(?:just|only|some|about)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(day|week)s?\s+(after|before|earlier|later)$", re.I)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}


#: Between two dates in apposition: a comma.
_APPOSED = re.compile(r"\s*,\s*")


@dataclass
class _DateClaims:
    """Where each date of a sentence hangs for one trigger, worked out once per trigger (the
    trigger's date, the date the event model reads and whether anything dates the happening
    are three readings of it, :func:`_governing_date`)."""
    doc: Doc
    sentence_dates: list[DateMention]
    trigger: Token
    trigger_tokens: set[int]
    event_type: str | None
    ancestors: set[int]
    descendants: set[int]
    # per date the rules do not drop outright: (date, span, owner, not the happening's in any
    # reading, a participant's only, of a saying above, the occasion of a saying)
    dates: list[tuple[DateMention, Span | None, int | None, bool, bool, bool, bool]]
    anchored_offsets: list[tuple[DateMention, Span]]
    anchor_tokens: set[int]


def _date_claims(doc: Doc, sentence_dates: list[DateMention], trigger: Token, trigger_tokens: set[int],
                 event_type: str | None = None, offsets: list[DateMention] | None = None,
                 published: dt.date | None = None) -> _DateClaims:
    """The dates of the trigger's sentence, each with the clause it belongs to and what the
    rules of :func:`_governing_date` say of it, for every reading of it."""
    if not sentence_dates:
        return _DateClaims(doc, sentence_dates, trigger, trigger_tokens, event_type, set(), set(), [], [], set())
    ancestors = {t.i for t in trigger.ancestors}
    descendants = {t.i for t in trigger.subtree}
    # an offset in the sentence counts from the happening ("a year after he was killed"),
    # whether or not the text dates it
    anchored_offsets = [(d, span) for d, span in ((d, doc.char_span(d.start, d.end, alignment_mode="expand"))
                                                  for d in offsets or ())
                        if span is not None and _anchored_on(span, trigger)]
    anchor_tokens = set().union(*(_anchor_tokens(span) for _, span in anchored_offsets))
    dates = []
    for mention in sentence_dates:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and _record_since(span.root):
            continue  # "the first ceasefire since November 2023": the last time, not this one's
        owner = _clause_owner(span.root, trigger_tokens) if span is not None else None
        if owner is not None and _past_date_of_asked_deed(doc[owner], trigger, mention, published):
            owner = trigger.i
        if owner is not None and _carried_out_in_relative(doc[owner], trigger):
            owner = trigger.i
        if _when_takes_up(mention, trigger):
            # "in 2005 when the attorney ordered him to repay": the date of the "when" clause
            dates.append((mention, span, trigger.i, False, False, False, False))
            continue
        # "flooding the centre as rain that began last week kept falling": the date of
        # something a noun inside the happening is, not of the happening
        # "The suspect, whose trial is Monday, was arrested": the trial's day, not the arrest's
        # (not the participle that dates a statement's occasion: "said in a letter published Monday")
        issued = event_type in VERBAL_TYPES and owner is not None and _dated_occasion(doc[owner], trigger)
        other = owner is not None and owner != trigger.i and owner in descendants \
            and doc[owner].dep_ in ("relcl", "acl") and doc[owner].head.i != trigger.i and not issued
        # "the rampage came weeks after a gunman killed ten": the offset dates the rampage,
        # counted from the killing, whose own date it is not ("two days after" with a day
        # in the sentence is counted back to the anchor below)
        other = other or (span is not None and _anchored_on(span, trigger)
                          and not _ANCHORED_SPAN.match(mention.text.strip()))
        # "The opposition has stepped up pressure since its defeat in a war last August and
        # plans protests on April 9": a 'since' phrase of another word is when that state
        # began (the war's time), not the protests'
        other = other or (span is not None and _since_of_another(span.root, trigger))
        # "Ann Lee is asked to form a government, following the election in October": in news
        # told as it happens, a past month or year below the happening is an earlier act's
        other = other or (owner is not None and owner != trigger.i and owner in descendants
                          and _earlier_time_of_told_now(mention, trigger, published))
        # "Protesters are arrested after the assassination of the mayor earlier this month": a
        # past month closing an after/following phrase is that earlier act's, however the parse
        # hangs it, when the happening outside the phrase is told as it happens
        other = other or (span is not None and _closes_earlier_act_phrase(span, trigger)
                          and _earlier_time_of_told_now(mention, trigger, published))
        # "A court upholds her sentence for defaming the king in a 2021 speech, while granting her
        # bail": a past year in a clause beside the happening's, told as it happens, is that
        # clause's
        other = other or (owner is not None and owner != trigger.i and owner not in descendants
                          and owner not in ancestors
                          and _earlier_time_of_told_now(mention, _tense_bearer(trigger), published))
        # "The board voted 5-0, but members questioned whether the builders could finish by May
        # 1, 2010": the day an open question is about, not the day of a happening outside it
        other = other or (owner is not None and owner != trigger.i and _open_question_of_another(doc[owner], trigger))
        # "Cuba kept up its condemnation of Wednesday's meeting": the meeting's day, not the
        # condemnation's
        other = other or (span is not None and _possessed_by_another(span, trigger, event_type))
        # "charged Roe with murder in the 1995 shooting of a guard": the shooting's year, not
        # the charge's
        other = other or (span is not None and event_type == "arrest" and _in_crime_charged(span, trigger))
        # "Aid workers on Friday flew to Marlow to help victims of the bombings": Friday is the
        # flight's, the bombings came before it
        other = other or (owner is not None and owner in ancestors and mention.precision == "day"
                          and mention.end <= trigger.idx and _told_as_cause(trigger, doc[owner]))
        # "A plea deal is discussed for Jane Roe, a woman accused of killing her son in
        # June 2007": the killing's date, not the deal's
        participant = not other and span is not None and owner is not None and owner != trigger.i and (
            _in_participant_clause(doc[owner], trigger)
            and not (mention.end <= trigger.idx and _PREMODIFIER_GAP.fullmatch(text_of(doc)[mention.end:trigger.idx])))
        # "The court upholds the sentence for Jane Roe, the perpetrator of the arson attack
        # on a studio in 2019": what the participant is, told with its own time, not the ruling's
        participant = participant or (span is not None and owner is not None
                                      and _in_apposition(span, doc[owner], trigger))
        # "Ann Lee, a 2000 graduate of the school, was home at the time of the fire": the
        # graduate's year, not the fire's
        participant = participant or (span is not None and owner is not None and owner != trigger.i
                                      and _describes_a_thing(span, mention, trigger_tokens))
        # "Ann Lee, a candidate in the 2026 election, is shot": the election's year tells who
        # the doer or victim is, not when the shooting is
        participant = participant or (span is not None and _describes_a_subject(span, trigger))
        participant = participant and not issued
        # "X said Friday in response to U.S. missile attacks": the day of the saying, not
        # of the attacks it tells of
        saying = owner is not None and event_type not in VERBAL_TYPES and _reporting_clause(doc[owner], trigger, ancestors)
        # "said during his visit to Wonsan on Saturday", "said at a news conference
        # Friday": the occasion of the saying dates it
        setting = event_type in VERBAL_TYPES and owner is not None and (_setting_of(doc[owner], trigger) or issued)
        dates.append((mention, span, owner, other, participant, saying, setting))
    return _DateClaims(doc, sentence_dates, trigger, trigger_tokens, event_type, ancestors, descendants, dates,
                       anchored_offsets, anchor_tokens)


def _reporting_clause(owner: Token, trigger: Token, ancestors: set[int]) -> bool:
    """The date's clause is the verb of saying that reports the trigger's happening, or a
    clause of time of that verb ("At least 80 were killed, officials said as dawn broke
    Saturday"): above the trigger, or hung by the parser from the reported clause when the
    saying comes after it ("The blast was staged, investigators said Monday"). The day is the
    saying's."""
    say = owner
    if say.lemma_.lower() not in SAY_VERBS and say.dep_ == "advcl" and say.i != trigger.i and say.i not in ancestors:
        # "said as dawn broke Saturday"; not a clause that holds the happening ("Since the
        # decision was announced Wednesday, they have said ...": the decision's day)
        say = say.head
    if say.lemma_.lower() not in SAY_VERBS or say.pos_ != "VERB":
        return False
    if say.i in ancestors:
        return True
    content = trigger if trigger.pos_ in ("VERB", "AUX") else next(
        (a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return content is not None and say.dep_ in ("parataxis", "ccomp") and say.head.i == content.i \
        and say.i > trigger.i


def _past_date_of_asked_deed(owner: Token, trigger: Token, mention: DateMention,
                             published: dt.date | None) -> bool:
    """A date before publication hung on the to-infinitive the trigger governs ("invited the
    party to rejoin the talks two weeks ago", "urged them to leave last week", "were invited
    to join the alliance in July 1997"): the deed asked, offered or meant is still to come
    when the trigger happens, so a past date is the trigger's, not that deed's (a later one
    stays the deed's: "called on them to vote in May")."""
    return published is not None and mention.end_date is not None \
        and mention.end_date < published and owner.dep_ == "xcomp" and owner.head.i == trigger.i \
        and owner.i > trigger.i and to_infinitive(owner)


#: Verbs by which a relative clause of a happening's noun tells when it was done, took place or
#: is due ("the treaty, which they signed last May", "the raid that troops carried out on
#: Monday", "a ruling, which is expected next month"); "take" only as "take place".
_CARRYING_OUT_VERBS = {"sign", "hold", "stage", "carry", "launch", "conduct", "mount", "happen", "occur",
                       "take", "reach", "strike", "conclude", "seal", "ink", "begin", "start", "unfold",
                       "expect", "schedule", "set", "plan", "slate"}


def _carried_out_in_relative(owner: Token, trigger: Token) -> bool:
    """The date's clause is a relative clause of the trigger's own noun whose verb tells that
    the happening was done, took place or is due ("a treaty calling for border talks, which
    the two presidents signed last May"; "the raid, which took place on Monday, left two
    dead"; "to await a ruling on the case, which is expected next month"): the clause dates
    the happening itself, not an earlier act or a participant ("the ordinance, which would
    take effect in June": not its vote)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or owner.dep_ != "relcl" or owner.lemma_.lower() not in _CARRYING_OUT_VERBS:
        return False
    if owner.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in owner.children):
        return False
    # (the parse may hang the clause from the last noun of the trigger's phrase: "a treaty
    # calling for border demarcation, which they signed")
    return owner.head.i == trigger.i or (owner.head.i > trigger.i and owner.head.i in {t.i for t in trigger.subtree})


def _when_takes_up(mention: DateMention, trigger: Token) -> bool:
    """The trigger's clause opens with "when" right after the date ("got his hand slapped in
    2005 when the attorney ordered him to repay the town", "most recently in April, when he was
    accused of theft"): "when" takes up that date as a relative adverb, so the clause's
    happening is at that time, whatever clause the parse hangs the date from."""
    when = next((t for t in trigger.children if t.lower_ == "when" and t.dep_ == "advmod" and t.i < trigger.i), None)
    return when is not None and mention.end <= when.idx \
        and _DATE_THEN_WHEN.fullmatch(text_of(trigger.doc)[mention.end:when.idx]) is not None


#: Between a date and the "when" that takes it up: nothing but a space or a comma.
_DATE_THEN_WHEN = re.compile(r"\s*,?\s*")


def _in_crime_charged(span: Span, trigger: Token) -> bool:
    """The date lies in the phrase of the violent crime an arrest's trigger names as its ground
    ("charged him with murder in the 1995 shooting of a guard", "arrested in the May 3 killing"):
    a noun of such a crime stands between the date and the trigger in the parse."""
    for node in span.root.ancestors:
        if node.i == trigger.i:
            return False
        if node.pos_ == "NOUN" and node.lemma_.lower() in _VIOLENT_CRIME_NOUNS:
            return trigger.i in {a.i for a in node.ancestors}
    return False


def _governing_date(claims: _DateClaims, described: bool = False, participants: bool = False) -> DateMention | None:
    """The date of the trigger's clause.

    Each date belongs to the nearest verb or trigger above it in the parse. The trigger
    takes a date of its own; else one of a clause that contains it ("reached a record in
    Porto Alegre on Sunday, flooding the centre" dates the flooding); else one of a clause
    inside it; else a date that belongs to no clause. "X on Sunday, two days after an earthquake" dates the earthquake
    two days before Sunday. A date in a relative clause of a participant ("the suspect, whose
    trial is Monday, was arrested") is that clause's and never dates the happening, nor does
    an offset counted from the happening ("weeks after a gunman killed ten"); with
    ``described`` they are still taken as a last resort (only to tell whether the sentence dates
    anything near the happening, a cue of the event model, not the happening's date). So is a
    date of a participant's relative or participial clause that leaves the trigger out ("a plea
    deal for Jane Roe, a woman accused of killing her son in June 2007, is discussed"); with
    ``participants`` it is taken as before that rule (the date the event model reads).
    """
    doc, sentence_dates, trigger, event_type = claims.doc, claims.sentence_dates, claims.trigger, claims.event_type
    if not sentence_dates:
        return None
    trigger_tokens, ancestors, descendants = claims.trigger_tokens, claims.ancestors, claims.descendants
    anchored_offsets, anchor_tokens = claims.anchored_offsets, claims.anchor_tokens
    own, outer, inner, free, unclaimed, later = [], [], [], [], [], []
    for mention, span, owner, other, participant, saying, setting in claims.dates:
        if other or (participant and not participants):
            if described:
                later.append(mention)
            continue
        if saying:
            continue
        if setting:
            own.append(mention)
            continue
        if (owner not in trigger_tokens or owner == trigger.i) and not (
                event_type in VERBAL_TYPES and not described and owner is not None and owner != trigger.i
                and owner in descendants):
            # what a statement says ("said the developers could finish from August to May")
            # dates its content, even when the content's verb is no happening of its own
            unclaimed.append(mention)
        if owner is None:
            free.append(mention)
        elif owner == trigger.i:
            own.append(mention)
        elif owner in ancestors:
            outer.append(mention)
        elif owner in descendants:
            inner.append(mention)  # "took Goma after fighters marched in on Monday"
    # Last, a date of the sentence that no other happening in it claims. What a statement
    # says ("warned that troops may deploy in July") dates its content, not the statement.
    if event_type in VERBAL_TYPES:
        inner = []
    if anchor_tokens and not described:
        # "a memorial on Sunday, one year after he was killed": the killing is before the
        # dates of the clause the offset belongs to; only dates inside the anchor date it
        def inside(d: DateMention) -> bool:
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            return span is not None and span.root.i in anchor_tokens
        outer, free, unclaimed = ([d for d in pool if inside(d)] for pool in (outer, free, unclaimed))
        if not (own or outer or inner or free or unclaimed):
            counted = _counted_back(d for d, _ in anchored_offsets)
            if counted is not None:
                return counted
    pool = own or outer or inner or free or unclaimed or later
    if not pool:
        return None
    pool = _days_over_naming_years(pool, doc, trigger_tokens)
    best = min(pool, key=lambda d: abs(d.start - trigger.idx))
    if best.precision != "day":
        # two dates in apposition, the day and a coarser one ("On Tuesday, nearly two months
        # later, a jury convicted her"): the coarser one places that day in the story
        text = text_of(doc)
        best = next((d for d in pool if d.precision == "day" and _APPOSED.fullmatch(
            text[min(d.end, best.end):max(d.start, best.start)])), best)
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


def _days_over_naming_years(pool: list[DateMention], doc: Doc, trigger_tokens: set[int]) -> list[DateMention]:
    """A year written before a noun that is no happening names which thing it is ("announced
    the winners of the 2019 Nobel Prize", "unveiled its 2020 budget plan"): when the clause
    also gives a day ("On Tuesday, the academy announced the winners of the 2019 Nobel
    Prize"), the day dates the happening and the year only names the thing."""
    if not any(d.precision == "day" for d in pool):
        return pool

    def naming(d: DateMention) -> bool:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        return span is not None and _describes_a_thing(span, d, trigger_tokens)
    return [d for d in pool if not naming(d)] or pool


def _said_on(claims: _DateClaims) -> DateMention | None:
    """The day of the saying whose content the trigger is ("Officials said last week that six
    people were in custody", "Police said on Monday that the men had fled"), when the trigger
    has no date of its own: that date is the saying's, not the happening's (see
    :func:`_governing_date`), but what was told as done by then cannot be later. Only a day
    or a week, nearest the trigger."""
    said = [mention for mention, _, _, other, participant, saying, _ in claims.dates
            if saying and not other and not participant and mention.precision in ("day", "week")
            and mention.start_date is not None and mention.end_date is not None]
    return min(said, key=lambda d: abs(d.start - claims.trigger.idx)) if said else None


#: Prepositions whose noun sets the occasion of a happening ("said during his visit on Saturday",
#: "told reporters at a news conference Friday").
SETTING_PREPS = {"during", "at", "in"}
#: Prepositions whose noun is the occasion of the clause's happening ("won in last year's
#: election", "At Monday's meeting, the council approved the budget"): the setting ones and "on".
_OCCASION_PREPS = SETTING_PREPS | {"on"}


#: Between a date and the trigger it is written before ("the Dec. 21, 1988, bombing"): the
#: trigger's own date, however the parse hangs it.
_PREMODIFIER_GAP = re.compile(r"[\s,]*(?:'s\s*)?")


#: Prepositions whose noun sets the scene of the clause ("at a 2008 meeting", "during a 2008 visit"):
#: the occasion ones, the sequence words but "following", "until" and "by".
_SCENE_PREPS = _OCCASION_PREPS | (SEQUENCE_WORDS - {"following"}) | {"until", "by"}


def _in_apposition(span: Span, owner: Token, trigger: Token) -> bool:
    """The date hangs, below its clause, from a noun in apposition to another noun (a
    participant told of: "Jane Roe, the perpetrator of the arson attack on a studio in 2019")
    that leaves the trigger out: what that participant is, not when the happening is. Not a
    date written before a noun ("Roe, the only survivor of the Sept. 13 shooting, is charged
    in the death of ...": the day of the happening the noun names, maybe the trigger's)."""
    root = span.root
    if root.dep_ in ("compound", "nummod", "nmod", "amod", "poss"):
        return False
    node = root
    for _ in range(12):
        if node.i == owner.i or node.head.i == node.i:
            return False
        if node.dep_ == "appos" and node.head.i != trigger.i and trigger.i not in {t.i for t in node.subtree} \
                and not span.start <= node.i < span.end:  # (not the date itself: "the attacks, Aug. 7, killed 20")
            return True
        node = node.head
    return False


def _describes_a_subject(span: Span, trigger: Token) -> bool:
    """The date is written before a noun in a prepositional phrase of the trigger's subject
    ("Senator and candidate in the 2026 presidential election Ann Lee is shot"; "a survivor of
    the 2019 attack is killed"): it tells what the participant is, not when the happening is.
    Not a date the subject itself is the possessor or occasion of ("Monday's explosion killed
    ten"), nor a day in a phrase of its own ("Police on Monday arrest a man")."""
    root = span.root
    if root.dep_ not in ("nummod", "compound", "amod", "poss", "nmod") or root.head.dep_ != "pobj":
        return False
    node, through_phrase = root.head, False
    for _ in range(12):
        if node.head.i == node.i or node.i == trigger.i:
            return False
        through_phrase = through_phrase or node.dep_ == "prep"
        if node.dep_ in ("nsubj", "nsubjpass") and node.head.i == trigger.i:
            return through_phrase
        node = node.head
    return False


def _describes_a_thing(span: Span, mention: DateMention, trigger_tokens: set[int]) -> bool:
    """A year written before a noun that is no happening of the sentence tells what that
    thing is ("a 2000 graduate of the school", "a 1971 convention gives Libya the right"): the
    thing's year, not the clause's time. Not a noun that sets the scene ("at a 2008 meeting,
    the board voted"), save an election's noun, not the trigger, whose year names which contest
    it is ("On Wednesday, Senator Jane Roe ended her bid for the nomination in the 2020
    presidential election"): the contest's year spans the whole campaign, and a step in it (a bid
    ended, a caucus won, an endorsement) takes the day its clause gives, even where the contest
    sets the scene ("in the 2020 election")."""
    root = span.root
    head = root.head
    if mention.precision != "year" or root.dep_ not in ("nummod", "compound", "amod") or head.i == root.i \
            or head.pos_ not in ("NOUN", "PROPN") or head.i in trigger_tokens or head.i < root.i:
        return False
    kind = noun_type(head)
    if kind == "election":
        return True  # the contest's name
    if kind:
        return False  # (a happening's noun, "the 1996 bombing that killed one", keeps its year)
    return not (head.dep_ == "pobj" and head.head.lower_ in _SCENE_PREPS)


def _possessed_by_another(span: Span, trigger: Token, event_type: str | None) -> bool:
    """The date is written as the possessor of a noun other than the trigger ("Cuba kept up
    its condemnation of Wednesday's meeting"; "a man was arrested in connection with last
    year's blasts"): the day of what that noun names, not the happening's. Not a noun the
    trigger is part of ("last month's shooting death"), that is the trigger's occasion ("At
    Monday's meeting, the council approved the budget") or its doer ("Monday's explosion
    killed ten"), nor one of the trigger's own kind, maybe the same happening told again
    ("Lee won a second term following Saturday's election")."""
    root = span.root
    noun = root.head
    if root.dep_ != "poss" or noun.i == root.i or noun.i == trigger.i or span.start <= trigger.i < span.end:
        return False
    if noun.head.i == trigger.i and noun.dep_ in ("nsubj", "nsubjpass") or trigger.head.i == noun.i \
            and trigger.dep_ in ("compound", "amod", "nmod"):
        return False
    if event_type is not None and noun_type(noun) == event_type:
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION_PREPS and noun.head.head.i == trigger.i)


#: Nouns whose "of", "to" or "for" phrase names what came before them ("victims of the
#: bombings", "in response to the strikes").
_AFTERMATH_NOUNS = {"victim", "survivor", "aftermath", "wake", "response", "retaliation", "reprisal", "revenge"}


def _told_as_cause(trigger: Token, owner: Token) -> bool:
    """The trigger is a noun in a phrase of the owner's clause that names what came before
    the owner's happening ("The minister met aides on Friday following the bombings"; "Aid
    workers flew to Marlow on Friday to help victims of the bombings"): the owner's date is
    not the noun's."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    node = trigger
    for _ in range(8):
        head = node.head
        if head.i == node.i or head.i == owner.i and node.dep_ != "pobj":
            return False
        if dates_another_act(node, EARLIER_ACT_PREPOSITIONS) or (
                node.dep_ == "pobj" and head.lower_ in ("of", "to", "for")
                and head.head.lemma_.lower() in _AFTERMATH_NOUNS):
            return True
        if head.i == owner.i:
            return False
        node = head
    return False


def _same_mention(a: DateMention | None, b: DateMention | None) -> bool:
    """The two are the same date of the text (or both None)."""
    if a is None or b is None:
        return a is b
    return (a.start, a.end, a.start_date, a.end_date, a.precision) == (b.start, b.end, b.start_date, b.end_date,
                                                                      b.precision)


def _in_participant_clause(owner: Token, trigger: Token) -> bool:
    """The date's clause is a relative or participial clause of a noun (at any depth above the
    date's verb) that leaves the trigger out and hangs from no word of the trigger's own
    clause chain: what is told of a participant ("Jane Roe, a woman accused of killing her
    son in June 2007, is sentenced"; "a plea deal for Jane Roe, a woman accused of killing
    her son in June 2007, is discussed"): that clause's time, never the happening's."""
    chain = {trigger.i} | {t.i for t in trigger.ancestors}
    if any(t.dep_ in ("relcl", "acl") for t in [trigger, *islice(trigger.ancestors, 3)]):
        return False  # the happening is itself told in a clause of a noun ("the agents charged in the bombing that killed 259")
    node = owner
    for _ in range(12):
        if node.i in chain:
            return False
        if node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX") and node.head.i != trigger.i \
                and not any(t.i == trigger.i for t in node.subtree):
            return node.head.i not in chain or node.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")
        if node.head.i == node.i:
            return False
        node = node.head
    return False


#: Words that make a noun a record, the first or the most of its kind in a while.
_RECORD_WORDS = {"first", "last", "only", "largest", "biggest", "worst", "deadliest", "heaviest", "highest",
                 "lowest", "most", "least", "longest", "strongest", "major"}


def _record_since(root: Token) -> bool:
    """The date bounds a record, "the first major ceasefire since November 2023", "the
    largest attack since 2022", "the first time since 1967": the previous such happening's
    time, never this one's."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "since":
        return False
    head = prep.head  # the record noun or adjective, or the verb whose object or attribute it is
    if head.pos_ == "ADJ" and (head.tag_ == "JJS" or head.lower_ in _RECORD_WORDS):
        return True  # "the meeting is their first since 2019"
    nouns = [head] if head.pos_ in ("NOUN", "PROPN") else \
        [c for c in head.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    return any(noun.pos_ == "ADJ" and (noun.tag_ == "JJS" or noun.lower_ in _RECORD_WORDS) for noun in nouns) \
        or any(c.dep_ in ("amod", "advmod") and (c.tag_ in ("JJS", "RBS") or c.lower_ in _RECORD_WORDS)
               for noun in nouns for c in noun.children)


def _open_question_of_another(owner: Token, trigger: Token) -> bool:
    """True when the date's clause is, or lies inside, a clause of "whether" that does not hold
    the trigger ("members questioned whether the builders could finish by May 1, 2010" after
    "the board voted"): an open question's time (codebook §1: what is asked is not reported)."""
    node = owner
    for _ in range(6):
        if node.i == trigger.i or any(a.i == node.i for a in trigger.ancestors):
            return False
        if _open_question(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


#: Precisions of a date too coarse to be the day of a happening told as it happens.
_EARLIER_ACT_PRECISIONS = {"month", "season", "quarter", "year", "decade"}


def _earlier_time_of_told_now(mention: DateMention, trigger: Token, published: dt.date | None) -> bool:
    """A month or a coarser span wholly before the report, in a phrase or clause below a
    happening told in the simple present, the tense of news told as it happens ("Ann Lee is
    asked to form a government, following the election in October 2024"): the time of an
    earlier act, not the happening's, which is the report's own (a past verb may tell of that
    span: "She was caught after a raid on her home last November")."""
    return published is not None and mention.precision in _EARLIER_ACT_PRECISIONS \
        and mention.end_date is not None and mention.end_date < published and _told_now(trigger)


def _tense_bearer(trigger: Token) -> Token:
    """The word whose tense tells the trigger's time: the trigger itself, or the verb a
    subject-less participle clause hangs from ("upholds the sentence, while granting her
    bail": "upholds")."""
    if participle_clause(trigger) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return trigger.head
    return trigger


def _closes_earlier_act_phrase(span: Span, trigger: Token) -> bool:
    """The date lies inside, or right after, the noun phrase of an "after"/"following" phrase
    that leaves the trigger out ("are arrested after the assassination of the mayor earlier
    this month", "orders the consulate closed following a railway explosion earlier this
    month", "is held following the collapse of the cabinet in June"): it ends the phrase that
    names the earlier act, whichever word the parse hangs it from."""
    for prep in span.sent:
        if prep.i >= span.start:
            break
        if prep.lower_ not in EARLIER_ACT_PREPOSITIONS or prep.dep_ != "prep":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or trigger.i in {t.i for t in prep.subtree}:
            continue
        inside = {t.i for t in obj.subtree}
        if span.root.i in inside or span.start == max(inside) + 1:
            return True
    return False


def _since_of_another(root: Token, trigger: Token) -> bool:
    """The date lies in a 'since' phrase or clause that leaves the trigger out and hangs from
    another word than the trigger, or that bounds a record: the start of a state told of
    something else, not the happening's time ("The rebels have stepped up raids since their
    defeat last August and plan a march on April 9": not the march's; "In his longest remarks
    since his arrest last month, Ann Lee told reporters on Tuesday that ...": not the remarks').
    A state the trigger itself is in keeps its start ("have occupied the square since Monday",
    "has kept a truce since 2019")."""
    node = root
    for _ in range(10):
        if node.i == trigger.i:
            return False  # the trigger is inside the phrase ("since his arrest last month")
        if node.lower_ == "since" and node.dep_ == "prep":
            phrase, head = node, node.head
        else:
            mark = next((c for c in node.children if c.lower_ == "since" and c.dep_ == "mark"), None)
            phrase, head = (node, node.head) if mark is not None else (None, None)
        if phrase is not None:
            if head.i == phrase.i or trigger.i in {t.i for t in phrase.subtree}:
                return False
            if head.i != trigger.i and not (trigger.head.i == head.i and trigger.pos_ in ("NOUN", "PROPN")
                                            and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")):
                return True  # (the verb whose object the trigger is keeps it: "has kept a truce since 2019")
            words = [head, *(c for c in head.children if c.dep_ in ("amod", "advmod"))]
            words += [c for w in words[1:] for c in w.children if c.dep_ == "advmod"]
            return any(w.tag_ in ("JJS", "RBS") or w.lower_ in _RECORD_WORDS for w in words)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _setting_of(owner: Token, trigger: Token) -> bool:
    """The date's owner is a noun of a phrase that sets the trigger's occasion ("said
    during his visit on Saturday", "told reporters at a news conference Friday")."""
    prep = owner.head
    return owner.pos_ == "NOUN" and owner.dep_ == "pobj" and prep.dep_ == "prep" \
        and prep.lower_ in SETTING_PREPS and prep.head.i == trigger.i


def _dated_occasion(owner: Token, trigger: Token) -> bool:
    """The date's owner is a past participle of the noun that sets a saying's occasion, or of a
    noun its "to" or "of" phrase names ("said in a letter published Wednesday", "In a statement
    issued on Monday, police confirmed", "In a letter to The Mercury News, published on Monday, the
    chief executive said"): the day the words were published, the saying's own."""
    if owner.dep_ != "acl" or owner.tag_ != "VBN":
        return False
    noun = owner.head
    for _ in range(3):
        if _setting_of(noun, trigger):
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "of"):
            return False
        noun = noun.head.head
    return False


def _on_the_eve_of(trigger: Token) -> bool:
    """The happening is what a day is the eve of ("found rifles Sunday on the eve of the
    reopening of trade talks", "tonight is the eve of the king's visit")."""
    for node in islice(trigger.ancestors, 4):
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.lemma_.lower() == "eve" and node.pos_ == "NOUN":
            return any(child.lower_ == "of" for child in node.children)
    return False


#: Counts of an anniversary in words (hyphens read as spaces): the one-word ordinals up to the
#: twelfth and the multiples of five ("the fifteenth", "the fortieth"), two compounds, and
#: counts of years
_ORDINAL_WORDS = {word: n for word, n in ORDINAL_WORDS.items() if n <= 12 or n % 5 == 0} | {
    "twenty fifth": 25, "seventy fifth": 75,
    # (a count of years: "the one-year anniversary", "the five-year anniversary")
    "one year": 1, "two year": 2, "three year": 3, "four year": 4, "five year": 5, "six year": 6, "seven year": 7,
    "eight year": 8, "nine year": 9, "ten year": 10, "twenty year": 20, "thirty year": 30, "fifty year": 50,
    "hundred year": 100}
_ANNIVERSARY_COUNT = re.compile(r"\b(?:(\d{1,3})(?:st|nd|rd|th|\syear)|(%s))\b" % "|".join(
    sorted(_ORDINAL_WORDS, key=len, reverse=True)))


def _anniversary_of(trigger: Token, own_date: DateMention | None) -> int:
    """How many years before its anniversary's day the happening is, when the trigger is what
    a counted anniversary is of ("Crowds gather in the square today, the 39th anniversary of
    the invasion"; "a call last week to mark the 30th anniversary of the peace treaty"), else
    0. Not when the date is written inside the "of" phrase, the happening's own ("the 30th
    anniversary of the March 1979 treaty")."""
    for node in islice(trigger.ancestors, 5):
        if node.pos_ in ("VERB", "AUX"):
            return 0
        if node.lemma_.lower() != "anniversary" or node.pos_ != "NOUN":
            continue
        of = next((c for c in node.children if c.lower_ == "of" and c.i > node.i), None)
        # (or named again in apposition after the "of" phrase: "the 39th anniversary of the
        # Bay of Pigs fiasco, an aborted invasion", however the parse hangs it)
        if of is None or trigger.i not in {t.i for t in of.subtree} and not (
                trigger.dep_ == "appos" and trigger.head.i == node.i and trigger.i > of.i):
            return 0
        if own_date is not None and any(t.idx == own_date.start for t in of.subtree):
            return 0
        words = re.sub(r"\s*-\s*", " ", node.doc[node.left_edge.i:node.i].text.lower())
        match = _ANNIVERSARY_COUNT.search(words)
        if match is None:
            return 0
        return int(match.group(1)) if match.group(1) else _ORDINAL_WORDS[match.group(2)]
    return 0


def _years_before(base: DateMention | None, published: dt.date, years: int) -> DateMention:
    """The anniversary's date (else the publication day) so many years back."""
    def back(day: dt.date) -> dt.date:
        try:
            return day.replace(year=day.year - years)
        except ValueError:  # (Feb. 29)
            return day.replace(year=day.year - years, day=28)
    if base is not None and base.start_date is not None and base.end_date is not None:
        start, end, precision, text = back(base.start_date), back(base.end_date), base.precision, base.text
    else:
        start = end = back(published)
        precision, text = "day", "the publication date"
    return DateMention(base.start if base is not None else 0, base.end if base is not None else 0, text, "DATE",
                       start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}", start, end,
                       precision, anchor=f"{years} year(s) before its anniversary, {text!r} → {start}..{end}")


def _day_after(eve: DateMention | None, published: dt.date) -> DateMention:
    """The day after the eve: after the eve's own day, else after the publication day."""
    if eve is not None and eve.precision == "day" and eve.start_date == eve.end_date:
        base, text = eve.start_date, eve.text
    else:
        base, text = published, "the publication date"
    day = base + dt.timedelta(days=1)
    return DateMention(eve.start if eve is not None else 0, eve.end if eve is not None else 0, text, "DATE",
                       day.isoformat(), day, day, "day", anchor=f"the day after its eve, {text!r} ({base}) → {day}")


#: Words of an offset that introduce what it counts from ("two days after the vote", "weeks prior to it").
ANCHOR_WORDS = SEQUENCE_WORDS | {"prior"}


def _counted_back(offsets) -> DateMention | None:
    """The day of a happening an offset counts from, when the offset names a day and a whole
    amount ("a memorial on Sunday, a year after he was killed": the killing a year before that
    Sunday; "two days before the vote ..." the vote two days after), else None."""
    for offset in offsets:
        if offset.precision != "day" or offset.start_date is None or offset.start_date != offset.end_date:
            continue
        day = count_back(offset.offset, offset.start_date)
        if day is not None:
            return DateMention(offset.start, offset.end, offset.text, "DATE", day.isoformat(), day, day, "day",
                               anchor=f"counted back from {offset.start_date} by {offset.text!r} → {day}")
    return None


def _counted_from_clause_day(doc: Doc, offsets: list[DateMention], trigger: Token,
                             narrative_date: DateMention | None, published: dt.date) -> DateMention | None:
    """The day of a happening an undated offset counts from, when no date of the sentence is
    the happening's: the offset's clause takes the story's day (the narrative's single day,
    else the report's), and the anchor, which follows the offset in English, that day less the
    amount ("A former minister joins the opposition party, three days after he declared
    support for its leader": the declaration three days before the joining). None for a vague
    amount ("weeks after"), a narrative date coarser than a day, or a trigger outside the
    offset's anchor ("votes to remove the mayor, two weeks before the council dissolves")."""
    base = published
    if narrative_date is not None:
        if narrative_date.precision != "day" or narrative_date.start_date is None \
                or narrative_date.start_date != narrative_date.end_date:
            return None
        base = narrative_date.start_date
    for offset in offsets:
        span = doc.char_span(offset.start, offset.end, alignment_mode="expand")
        if offset.start_date is not None or span is None or trigger.i < span.end \
                or not _heads_the_anchor(span, trigger):
            continue
        day = count_back(offset.offset, base)
        if day is not None:
            return DateMention(offset.start, offset.end, offset.text, "DATE", day.isoformat(), day, day, "day",
                               anchor=f"counted back from the clause's day {base} by {offset.text!r} → {day}")
    return None


def _heads_the_anchor(span: Span, trigger: Token) -> bool:
    """The trigger is the happening an offset counts from: the verb of the clause its 'after'
    or 'before' opens ("two days after a soldier was injured"), the noun the preposition takes
    ("two days after the collapse of a landfill"), or a noun of that verb's own clause ("two
    days after an attack on a convoy killed six"); not a clause of its own below the anchor
    ("three days after he declared support for her, leaving the party": the leaving)."""
    heads = set()
    for word, anchor in _offset_anchors(span):
        heads.add(anchor.i)
        heads.update(t.i for t in word.children if t.dep_ in ("pobj", "pcomp"))
    if trigger.i in heads:
        return True
    clause = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX") or a.i in heads), None)
    return trigger.pos_ in ("NOUN", "PROPN") and clause is not None and clause.i in heads


def _anchored_on(span: Span, trigger: Token) -> bool:
    """The date is an offset ("weeks after", "two days before") whose anchor is the trigger's
    happening: the trigger lies in the phrase or clause the offset's 'after' or 'before'
    introduces, outside the date."""
    return trigger.i in _anchor_tokens(span) and not span.start <= trigger.i < span.end


def _offset_anchors(span: Span) -> Iterator[tuple[Token, Token]]:
    """Each 'after' or 'before' of an offset with the word its anchor hangs from: the
    preposition itself ("after the quake") or, for a subordinator, the verb of its clause
    ("weeks after a gunman killed ten")."""
    for word in span:
        if word.lower_ in ANCHOR_WORDS:
            yield word, word.head if word.dep_ == "mark" else word


def _anchor_tokens(span: Span) -> set[int]:
    """The tokens of the phrase or clause an offset counts from: "after the quake" (a
    preposition over its anchor), "weeks after a gunman killed ten" (a subordinator whose
    clause is the anchor)."""
    return {t.i for _, anchor in _offset_anchors(span) for t in anchor.subtree}


def _clause_owner(token: Token, trigger_tokens: set[int]) -> int | None:
    """The nearest trigger or verb above a token (its clause), or None."""
    return next((node.i for node in islice(token.ancestors, 12)
                 if node.i in trigger_tokens or node.pos_ in ("VERB", "AUX")), None)


#: how the derivation of a date the narrative carried over to the sentence begins
NARRATIVE_DERIVATION = "no date in the sentence: the narrative's last date,"


def _make_event(*, source_id: str, sentence: Span, sentence_text: str, trigger: _Trigger,
                actor1: Actor | None, actor2: Actor | None, location: Location | None,
                own_date: DateMention | None, narrative_date: DateMention | None, published: dt.date,
                title: str | None, url: str | None, background_date: DateMention | None = None,
                dated_for_model: bool | None = None, said_on: DateMention | None = None) -> Event:
    mode = mode_of(trigger.token)
    inherited = narrative_date.start_date if narrative_date is not None else published
    if own_date is not None:
        date, date_text, precision = own_date, own_date.text, own_date.precision
        derivation = f"'{own_date.text}' → {_interval(own_date)}" + (f" ({own_date.anchor})" if own_date.anchor else "")
    elif background_date is not None and mode == "asserted" \
            and (trigger.event_type not in VERBAL_TYPES or _then_holder_speaks(trigger.token)) \
            and trigger.token.lemma_.lower() not in COURT_STEPS and _told_in_past(trigger.token) \
            and (trigger.token.pos_ == "VERB" or (published - background_date.end_date).days > NARRATIVE_DAYS):
        # "The driver fled a traffic stop on Sept. 21 [in a March report]. He crashed his car a
        # mile on.": the crash is of that background day, not of the report's recent narrative.
        # A recent past month or year ("last year") dates only a deed told by its verb, not a
        # noun a sentence describes ("a goal of the visit was a pact"). Words are of the story's
        # day, save a "then-" holder's ("the then-manager called it \"a retrograde step\"").
        date, date_text, precision = background_date, background_date.text, background_date.precision
        derivation = (f"no date in the sentence: the background day an earlier sentence went back to, "
                      f"'{background_date.text}' → {_interval(background_date)}")
    elif said_on is not None and mode == "asserted" and inherited > said_on.end_date \
            and _told_in_past(trigger.token):
        # "Police said on Monday that the men had fled. [Tuesday's report]": the saying's day is
        # not the flight's, but what was told as done by then is not later than it either (not
        # a state told in the present: "three men face charges, police said on Monday")
        date, date_text, precision = said_on, said_on.text, said_on.precision
        derivation = (f"no date in the sentence: by the day it was told of, '{said_on.text}' → {_interval(said_on)}"
                      f", not the later {inherited}")
    elif narrative_date is not None and not (mode == "asserted" and narrative_date.start_date > published) \
            and not (trigger.event_type in VERBAL_TYPES
                     and (published - narrative_date.end_date).days > CURRENT_STATEMENT_DAYS) \
            and not (mode == "asserted" and narrative_date.end_date < published
                     and _on_the_reports_day(trigger.token)):
        date, date_text, precision = narrative_date, narrative_date.text, narrative_date.precision
        derivation = f"{NARRATIVE_DERIVATION} '{narrative_date.text}' → {_interval(narrative_date)}"
    else:
        date, date_text, precision = None, None, "unknown"
        derivation = f"{PUBLICATION_DERIVATION} {published.isoformat()}"
        if narrative_date is not None and narrative_date.end_date < published \
                and _on_the_reports_day(trigger.token):
            derivation += f" (told in the present: not the narrative's earlier '{narrative_date.text}')"
    date_start = date.start_date if date is not None else published
    date_end = date.end_date if date is not None else published
    if mode in ("asserted", "denied") and date_start <= published < date_end:
        # "told reporters this week", "arrested this month": what is reported as done is done
        # by the publication day (the codebook's "this month" → [1st, pub]); so is a denial,
        # dated when it was made ("this week the mayor has denied taking bribes")
        date_end = published
        derivation += f", up to the publication date {published.isoformat()}: reported as done"
    start, end = sentence.start_char, sentence.end_char
    actors_list = parties(actor1.name if actor1 else None, actor2.name if actor2 else None)
    place = location.place if location is not None else None
    if dated_for_model is None:
        dated_for_model = own_date is not None
    confidence = trigger.strength + 0.12 * (actor1 is not None) + 0.1 * dated_for_model \
        + 0.1 * (location is not None and "setting" not in location.derivation)
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
        sentence=sentence_text.strip(),
        start=start,
        end=start + len(sentence_text.rstrip()),
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
    return _display_name(place.text or "", place.name)


_POSSESSIVE_END = re.compile(r"(?:['’]s?)$")


@functools.lru_cache(maxsize=4096)
def _display_name(text: str, name: str | None) -> str | None:
    surface = _POSSESSIVE_END.sub("", text).strip()
    if name and surface and fold(surface) == fold(name):
        return surface if surface[0].isupper() else name
    return name


def _interval(mention: DateMention) -> str:
    if mention.start_date == mention.end_date:
        return mention.start_date.isoformat()
    return f"{mention.start_date.isoformat()}..{mention.end_date.isoformat()}"


PLACE_FIELDS = ("lat", "lon", "place_name", "country_code", "geo_precision", "geonameid", "place_text",
                "place_derivation")
DATE_FIELDS = ("date_start", "date_end", "date_precision", "date_text", "date_derivation")
_GEO_RANK = {"point": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}


def _merge_repeats(events: list[Event]) -> list[Event]:
    """One event per happening: a later mention of the same happening becomes evidence.

    "Lavrov's visit to Pyongyang ... The visit follows ..." is one visit. The merged event
    keeps the finer place and the more precise date of its mentions.
    """
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if _same_happening(k, event)), None)
        if twin is None and kept and _is_consequence_of(event, kept[-1]):
            twin = kept[-1]  # "... launched an assault. Casualties were reported in Chernivtsi."
        if twin is None:
            kept.append(event)
            continue
        _absorb(twin, event)
        twin.confidence = round(min(0.95, twin.confidence + 0.05), 2)
    return kept


def _fold_country_mentions(events: list[Event], item_of: dict[int, int] | None = None) -> list[Event]:
    """A local happening placed only at its country is the one happening of its kind the
    article places inside that country, when there is exactly one: "the bombings of the
    embassies in Kenya and Tanzania" and "the blast in Dar es Salaam" are one bombing in
    Tanzania (codebook §2: a summary sentence is a span of the happening it names). With two
    or more inside the country the country-wide mention stays (it may be their summary or a
    happening of its own); doers, modes or dates that differ, or "another"/"a second" before
    either, keep them apart, and so do two items of a digest (``item_of``: an event's item),
    each a story of its own ("Iranian forces shoot down a U.S. jet in Iranian airspace" is no
    summary of another item's "three people are killed in a strike on Tehran"). The merged
    event keeps the finer place and, of two dates one inside the other, the narrower."""
    item_of = item_of or {}
    folded: set[int] = set()
    for event in events:
        if event.event_type not in LOCAL_TYPES or event.geo_precision != "country" or _fallback_place(event) \
                or _announces_another(event):
            continue  # "another wave of attacks hit Ukraine": a happening of its own
        inside = [other for other in events if other is not event and id(other) not in folded
                  and not _announces_another(other)
                  and other.event_type == event.event_type and other.mode == event.mode
                  and other.country_code == event.country_code
                  and item_of.get(id(other), 0) == item_of.get(id(event), 0)
                  and other.geo_precision not in (None, "country", "region")
                  and not (event.actor1 and other.actor1 and event.actor1 != other.actor1)
                  and _dates_nest(event, other)]
        if len(inside) != 1:
            continue
        twin = inside[0]
        narrower = event.date_precision != "unknown" and twin.date_precision != "unknown" \
            and twin.date_start <= event.date_start and event.date_end <= twin.date_end \
            and (event.date_start, event.date_end) != (twin.date_start, twin.date_end)
        _absorb(twin, event)
        if narrower:
            for name in DATE_FIELDS:
                setattr(twin, name, getattr(event, name))
        folded.add(id(event))
    return [event for event in events if id(event) not in folded]


def _dates_nest(a: Event, b: Event) -> bool:
    """One event's dates lie inside the other's (or either has none)."""
    if a.date_precision == "unknown" or b.date_precision == "unknown" or a.date_start is None or b.date_start is None:
        return True
    return (a.date_start <= b.date_start and b.date_end <= a.date_end) or \
        (b.date_start <= a.date_start and a.date_end <= b.date_end)


def _absorb(twin: Event, event: Event, dates: bool = True) -> None:
    """Make ``event``, a further mention of ``twin``'s happening, part of it: its sentence
    becomes evidence (once), and its doer, place and date (unless ``dates`` is False) fill or
    refine ``twin``'s."""
    if event.start != twin.start and all(e.get("start") != event.start for e in twin.evidence):
        twin.evidence.append({"sentence": event.sentence, "start": event.start, "end": event.end})
    if twin.event_type not in VERBAL_TYPES and event.event_type in VERBAL_TYPES:
        # "..., the ministry said": who told of a happening is not who did it
        event = dataclasses.replace(event, actor1=None, actor2=None)
    if twin.actor1 and event.actor1 and twin.actor1 != event.actor1 and twin.actor_details \
            and twin.actor_details[0].get("kind") == "state" and event.actor_details \
            and event.actor_details[0].get("name") == event.actor1 and event.actor_details[0].get("person") \
            and event.actor_details[0].get("country_code") == twin.actor_details[0].get("country_code"):
        # the state's official who spoke ("Russian Defence Minister Ivan Petrov") is the more
        # precise doer than the state, not a person of no state or another's (a reporter); another body is
        # another party, not the state's voice ("Russia launched missiles at Ukraine ... the
        # Houthis said they launched an attack": the merged mention's doer does not replace Russia)
        twin.actor1 = event.actor1
        twin.actor_details = event.actor_details[:1] + twin.actor_details[1:]
    if event.event_type == twin.event_type or (twin.event_type in VERBAL_TYPES and event.event_type in VERBAL_TYPES):
        # a mention of another kind ("forcing families to flee" after "tanks pushed into the
        # city") names its own doer, not this happening's
        twin.actor1 = twin.actor1 or event.actor1
    twin.actor2 = twin.actor2 or event.actor2
    # (where someone told of a happening is not where it happened: "Smith was charged with murder
    # ... his stepmother said from her home in Irving" leaves the charge's place to its own mentions)
    if event.lat is not None and not (twin.event_type not in VERBAL_TYPES and event.event_type in VERBAL_TYPES) and (
            twin.lat is None or (_fallback_place(twin) and not _fallback_place(event))
            or (_GEO_RANK.get(event.geo_precision or "", 5) < _GEO_RANK.get(twin.geo_precision or "", 5)
                and (not _fallback_place(event) or _fallback_place(twin)))):
        _copy_place(twin, event)
    if dates and not _day_of_telling(twin, event) \
            and (twin.date_precision == "unknown" and event.date_precision != "unknown"
                 or _narrows(event, twin)):
        for name in DATE_FIELDS:
            setattr(twin, name, getattr(event, name))


def _day_of_telling(twin: Event, event: Event) -> bool:
    """The further mention is a saying dated by its own sentence, of a happening of another
    kind ("The blast was staged, investigators said Monday"; "Officials said Wednesday that
    the man fired the shots"): the day it was told on is not the day the happening was, as
    who told of it is not who did it."""
    return twin.event_type not in VERBAL_TYPES and event.event_type in VERBAL_TYPES and not date_assumed(event)


def _narrows(event: Event, twin: Event) -> bool:
    """The further mention's own sentence gives the happening a single day within the span
    the happening has so far ("last month's shooting of a doctor ... the Oct. 23 slaying"): the
    day is the finer date, as a town is the finer place."""
    return event.date_start is not None and event.date_start == event.date_end and not date_assumed(event) \
        and twin.date_start is not None and twin.date_end is not None and twin.date_start < twin.date_end \
        and twin.date_start <= event.date_start <= twin.date_end


def _fallback_place(event: Event) -> bool:
    """True when the event's place is a guess (the setting, the story so far), not named for it."""
    return (event.place_derivation or "").startswith("no ")


def _is_consequence_of(event: Event, previous: Event) -> bool:
    if event.event_type != "attack" or previous.event_type != "attack" or event.actor1:
        return False
    if (event.trigger or "").lower() not in CONSEQUENCE_NOUNS or _announces_another(event):
        return False
    if event.mode != previous.mode or not (event.date_derivation or "").startswith("no date in the sentence"):
        return False
    if event.date_start != previous.date_start or event.date_end != previous.date_end:
        return False
    if previous.country_code and event.country_code and previous.country_code != event.country_code:
        return False
    last = previous.evidence[-1]["end"] if previous.evidence else previous.end
    return 0 <= event.start - last <= 400


#: (the opening lookahead of first letters only spares trying the words at every other position)
_ANOTHER = re.compile(r"(?=[afmnrst])\b(?:another|second|third|fresh|new|further|renewed|more)\b(?:\W+\w+){0,2}\W*$", re.I)


def _announces_another(event: Event) -> bool:
    """ "Another wave of attacks", "a second strike": the text says this is a new happening."""
    offset = event.sentence.find(event.trigger or "\0")
    return offset > 0 and bool(_ANOTHER.search(event.sentence[:offset]))


# Happenings a state does through its officials: "Russia warns ..." and "Russian Foreign
# Minister Lavrov warned ..." at one place and time are one warning.
VOICED_TYPES = {"warn", "condemn"}


def _speaks_for(a: Event, b: Event) -> bool:
    """True when one doer is a state and the other a person the article ties to it."""
    if a.event_type not in VOICED_TYPES or not a.actor_details or not b.actor_details:
        return False
    first, second = a.actor_details[0], b.actor_details[0]
    kinds = {first.get("kind"), second.get("kind")}
    return kinds == {"state", "named"} and first.get("country_code") is not None \
        and first.get("country_code") == second.get("country_code")


def _same_happening(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.mode != b.mode:
        return False
    if a.start == b.start and a.trigger != b.trigger and a.event_type not in LOCAL_TYPES:
        return False  # two happenings a sentence tells apart ("resume flights and continue work on a bridge")
    if _announces_another(b):
        return False
    if a.actor1 and b.actor1 and a.actor1 != b.actor1 and not _speaks_for(a, b):
        return False
    if not (a.actor1 or b.actor1) and a.event_type in LOCAL_TYPES:
        return False  # two strikes by nobody named are two strikes
    if a.geonameid != b.geonameid and a.lat is not None and b.lat is not None:
        if a.event_type in LOCAL_TYPES or a.country_code != b.country_code:
            return False
        if "country" not in (a.geo_precision, b.geo_precision):
            return False  # Pyongyang and North Korea may be one visit; Pyongyang and Wonsan not
    if a.date_precision != "unknown" and b.date_precision != "unknown" and not (
            date_assumed(a) or date_assumed(b)):
        if a.date_end < b.date_start or b.date_end < a.date_start:
            return False
    return True


