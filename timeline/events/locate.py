"""Where an event happened: chosen from the places of its sentence, or inherited.

A sentence names many places; the event's location is the one the happening is tied to
("...warned the US and Japan at a press conference in Wonsan" happened in Wonsan).
Preference: a place governed by a locative preposition (in, at, near, outside) on the
trigger's path; for movements the destination ("to Kyiv") with the origin kept; never a
demonym ("Russian troops") and never a place inside an actor phrase unless nothing else is
left; finer features before coarser ones. When the sentence has no place, the event takes
the article's setting (its most-mentioned or dateline place) and says so.

Two kinds of mention are not taken at face value. A capital the article mostly uses as an
actor ("Pyongyang sent", "Pyongyang's sovereignty") stands for its state when another city
of that country is where the story happens ("a visit to Pyongyang" / "arriving in Wonsan").
A one-word name matched only through another spelling to a small place far from every
other place around it ("Kalma" → Calmar, Iowa, in a story set in North Korea) is no location.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc, Span, Token

from geodata.gazetteer.index import capital_of, country, haversine_km, is_capital, lookup, place_for_demonym
from geodata.model import PlaceMention
from timeline.events.places import PlaceTokens, coordination_head
from timeline.events.triggers import APPEAL_VERBS, BODY_KIND_WORDS, NOUN_TRIGGER_WORDS, noun_type, to_infinitive

logger = logging.getLogger(__name__)

LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "over", "into", "on", "off", "throughout", "within"}
DESTINATION = {"to", "into", "toward", "towards"}
# For statements and the like these name a topic ("warns over North Korea", "talks on Ukraine").
TOPICAL = {"over", "on", "about", "against", "regarding"}
SUBJECT_ROLE = "the subject of a clause"
#: the end of the role of a place that takes part in the happening (:func:`party_role`)
PARTY_ROLE = "a party of it"
#: a place in what a statement is about ("condemned the bombing of embassies in Kenya")
CONTENT_ROLE = "in what was said, not where it was said"
#: a place of another happening the trigger's phrase names ("arrested in connection with the
#: bombings in Kenya")
OTHER_HAPPENING_ROLE = "the place of another happening named inside this one"
#: a place where a journey began or was headed, for a happening on the way ("sank on the way from
#: Cuba to the United States"): neither end is where it happened
ROUTE_ROLE = "an end of the route it happened on, not where it happened"
#: The role of a place that hangs off another trigger of the sentence.
ANOTHER_CLAUSE_ROLE = "the place of another happening of the sentence"
#: The role of a state or a country named as a person's home ("a Louisiana man") in a story set elsewhere.
HOME_ROLE = "someone's home, not where it happened"
#: A happening the reporter places "here": the dateline's city
HERE_DATELINE = "'here': the dateline's city"
#: Happenings where people gather and speak: the words told after one are said there
GATHERING_TYPES = {"meet"}
GATHERING_PLACE = "where the gathering the story told was"
#: words of what is written, not said at a gathering ("also wrote to the minister"), as lemmas;
#: "wrote" too, which the tagger leaves as it is in a title-case headline ("Mayor Wrote Letter")
WRITTEN_WORDS = {"write", "letter", "tweet", "post", "publish", "email", "e-mail", "statement", "release", "wrote"}
#: the derivation of a place inherited from the story so far (the rules' and the place model's)
STORY_PLACE = "no place in the sentence: the place of the story so far"
#: Happenings a state's own people and bodies do at home: a vote, an arrest, an appointment or
#: a resignation ("Bangladeshi president X resigns", "Bangladeshis vote")
HOME_TYPES = {"election", "arrest", "other", "disaster"}
#: Happenings a sentence that names no place at all sets in the nation whose body or office-holder
#: does them (:meth:`Locator.home_nation`): the domestic ones, and a strike, a killing, a protest, a
#: riot or an accident ("the Ruritanian military conducts airstrikes, killing 19 rebels", "the
#: Ruritanian president orders an inquiry into the killings of protesters"): a strike across a
#: border names its target's place, so one told with none is the nation's own. Only a guess for a
#: sentence without a place: a place the sentence names for them stays (unlike the domestic ones,
#: see extract._home_nation)
NATION_GUESS_TYPES = HOME_TYPES | {"attack", "violence_against_civilians", "protest", "riot", "accident"}
#: Happenings a people that is their subject has at home: a vote ("Colombians vote"), and a
#: hardship that befalls them ("Ruritanians face hunger after the drought")
PEOPLE_TYPES = {"election", "disaster"}
#: Nouns of a state's bodies and office-holders that a nationality adjective makes the
#: nation's ("the Venezuelan government", "a South African court", "Nauruan president"), and of
#: those who run for its offices ("a Ruritanian opposition presidential candidate")
HOME_BODY_NOUNS = {"candidate", "opposition", "government", "president", "premier", "prime", "minister", "ministry", "cabinet", "parliament",
                   "legislature", "assembly", "senate", "congress", "court", "judge", "police", "authorities",
                   "army", "military", "junta", "lawmakers", "deputies", "prosecutors", "regime"}
#: Words that rank a state's body or say how far its writ runs, in its name between the
#: nationality and the body's noun ("the Peruvian Supreme Court", "the Somali National Army"):
#: unlike "Republican" in "the Irish Republican Army", they leave it the nation's body
BODY_RANK_WORDS = {"supreme", "high", "constitutional", "national", "federal", "central", "electoral"}
#: the derivation of a place taken from the nation whose body does the happening
HOME_NATION = "no place in the sentence: the nation whose body does it"
PLACED_NATION = "no place name in the sentence: the nation its place nouns are of"
#: the words of every derivation of a place guessed from the article's most-named place
SETTING_GUESS = "the article's setting"
#: Happenings of the law: an arrest, a charge or a trial is not where the crime it names was
LEGAL_TYPES = {"arrest", "sanction", "other"}
#: derivations of places the rules keep for the story but the place model may overrule
NOT_ITS_OWN = (CONTENT_ROLE, OTHER_HAPPENING_ROLE)
ORIGIN = {"from"}
# Happenings whose plainly mentioned countries are topics ("talks on Ukraine"), not venues.
SETTING_TYPES = {"meet", "visit", "statement", "warn", "condemn", "support", "agree", "other", "election"}
#: Happenings that are words: said somewhere, but not where their speaker or addressee is named.
VERBAL_TYPES = {"statement", "warn", "condemn", "support"}
# Happenings that take a country named by the section as their place ("aid to Ukraine ...
# confirmed a new shipment"); a statement does not ("support for Russia in Ukraine ... Kim said").
CARRY_COUNTRY_TYPES = {"aid", "supply", "deploy", "attack", "disaster", "protest", "riot"}
MOVEMENT_TYPES = {"visit", "deploy", "supply", "aid"}
GEO_PRECISION = {
    "city": "city", "admin2": "admin1", "admin1": "admin1", "country": "country",
    "region": "region", "water": "region", "landform": "region", "continent": "region",
    "point": "point", "building": "point", "poi": "point",
}
#: How fine a place is, 0 the finest (a point); the opposite order to the gazetteer's FEATURE_RANK
PLACE_FINENESS = {"point": 0, "building": 0, "poi": 0, "city": 1, "admin2": 2, "admin1": 3,
                  "landform": 4, "water": 4, "region": 5, "country": 6, "continent": 7}


@dataclass
class Location:
    place: PlaceMention
    derivation: str
    origin: PlaceMention | None = None
    explicit: bool = False  # named as where it happened ("in Wonsan", "to Kyiv")

    @property
    def geo_precision(self) -> str:
        return GEO_PRECISION.get(self.place.feature or "", "region")


def owner_modifier(token: Token, trigger: Token, place: PlaceMention) -> bool:
    """A country's name modifying a noun that is not the happening: "U.S. embassies",
    "a British ship", "the Kenyan embassy guards" name whose thing it is. A town's name
    there is where the thing is ("the Nairobi embassy"), and "the Kenya bombing" is placed."""
    return (place.feature == "country" and token.dep_ in ("compound", "amod", "nmod")
            and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != trigger.i
            and token.head.ent_type_ not in ("GPE", "LOC") and token.head.lemma_.lower() not in PLACE_NOUNS)


class Locator:
    """Chooses locations for the events of one article."""

    def __init__(self, doc: Doc, places: list[PlaceMention], tokens: PlaceTokens) -> None:
        self.names = sorted([p for p in places if p.resolved and p.role != "adjectival"]
                            + capitals_named_by_demonym(doc, places), key=lambda p: p.start)
        self._tokens = tokens
        #: countries named only by their people ("Colombians vote"): a nation's vote is there
        self._nations = [p for p in places if p.resolved and p.role == "adjectival" and p.feature == "country"]
        self._named = {id(place) for place in self.names}  # the places whose head tokens are read
        stray = [p for p in self.names if self._is_stray(p)]
        for place in stray:
            logger.debug("ignoring %r → %s (%s): a weak match far from the story's places",
                         place.text, place.name, place.country_code)
        self.names = [p for p in self.names if not any(p is q for q in stray)]
        elsewhere = district_elsewhere(doc.text, self.names)
        self.names = [p for p in self.names if not any(p is q for q in elsewhere)]
        #: geonameids of the continents and multi-country regions the article names (never an event's place)
        self.too_wide = {p.geonameid for p in self.names if too_wide(p)}
        #: ... and the words of those the gazetteer's own list of regions gives no geonameid
        #: ("Western Europe", "the Caucasus"), which the ids cannot tell apart
        self._too_wide_words = {p.text for p in self.names if too_wide(p) and p.geonameid is None}
        self._as_named = self.names
        self.names = [self._embassy_seat(p) or self._namesake_city(p) or p for p in self.names]
        self._named |= {id(place) for place in self.names}
        self._acting_capital_ids = self._acting_capitals()
        self.metonyms = self._metonymic_capitals()
        self.setting = self._article_setting()
        #: the place of the last located event of the current section (reset at headlines)
        self.section_place: PlaceMention | None = None
        #: the kind of happening that put the story at ``section_place``
        self.section_type: str | None = None
        #: the city of the article's dateline ("NAIROBI, Kenya (AP) _"), where the story was filed
        self.dateline: PlaceMention | None = None
        #: the text is a digest of separate items and the current sentence is in one of its later
        #: items (a paragraph that took up nothing of the story before it): the place the whole
        #: text names most is no guess for it
        self.digest_item = False
        #: the whole text is shaped as a digest, its items told in the present (not a wire story
        #: whose later paragraphs only take up nothing of the story before them)
        self.digest = False

    def place_owners(self, sentence: Span, trigger_tokens: set[int]) -> dict[int, list[int]]:
        """Trigger token index -> geonameids of the locative places that hang off it."""
        owners: dict[int, list[int]] = {}
        for place in self._in(sentence):
            token = self._token_of(place)
            if token is None or governing_preposition(token) not in LOCATIVE | DESTINATION:
                continue
            owner = nearest_trigger(token, trigger_tokens)
            if owner is not None:
                owners.setdefault(owner, []).append(place.geonameid)
        return owners

    def court_seat(self, sentence: Span) -> PlaceMention | None:
        """The town a court is named after, where a step of a case before it happens ("is due
        in Milltown Superior Court on May 2"): the town of that name in a state (a province) the
        article names, the article's setting's first; None when the court's name is already a
        place of the sentence or the town is not in such a state."""
        text = sentence.text
        match = COURT_NAME.search(text)
        if match is None:
            return None
        start = sentence.start_char + match.start(1)
        if any(start <= p.start < sentence.start_char + match.end(1) for p in self.names):
            return None
        words = list(sentence.doc.char_span(start, start + len(match.group(1).rstrip()), alignment_mode="expand")
                     or [])
        if not words or words[0].i == sentence.start or \
                governing_preposition(sentence.doc[words[-1].i + 1]) not in COURT_PREPOSITIONS:
            return None
        states = [p.admin1 for p in ([self.setting] if self.setting is not None else []) + self.names if p.admin1]
        if not states:
            return None
        name = match.group(1).strip()
        found = [c for c in lookup(name, country_code=(self.setting or self.names[0]).country_code)
                 if c.get("feature") == "city" and fold(c.get("name") or "") == fold(name) and c.get("lat") is not None]
        town = min((c for c in found if c.get("admin1") in states), default=None,
                   key=lambda c: states.index(c.get("admin1")))
        if town is None:
            return None
        return PlaceMention(
            start, start + len(name), name, name=town["name"], lat=town["lat"], lon=town["lon"],
            geonameid=town.get("geonameid") or town.get("id"), country_code=town["country_code"], feature="city",
            score=1.0, population=town.get("population"), admin1=town.get("admin1"), source="court seat")

    def _in(self, sentence: Span) -> list[PlaceMention]:
        return [p for p in self.names if sentence.start_char <= p.start < sentence.end_char]

    def locate(self, sentence: Span, trigger: Token, event_type: str, actor_tokens: set[int],
               trigger_tokens: set[int] | None = None) -> Location | None:
        in_sentence = self._in(sentence)
        here = self._here(sentence, trigger, bool(in_sentence))
        if here is not None:
            return here
        if not in_sentence and event_type in LEGAL_TYPES and (seat := self.court_seat(sentence)) is not None:
            # "She is due in Milltown Superior Court today": a step of the case is taken at the
            # court's seat, not in the defendant's home town the story is set in
            return Location(seat, f"the seat of the court it is before → {seat.name} (city)", explicit=True)
        if not in_sentence and told_elsewhere(trigger):
            # "was convicted of a minor charge in another state": somewhere the text does not
            # name, not the story's town; no place rather than a wrong one
            return None
        if not in_sentence and event_type not in VERBAL_TYPES and (placed := self.placed_in_nation(sentence)) is not None:
            # (what is said of a nation's waters is said where the speaker is, not there)
            return Location(placed, f"{PLACED_NATION} → {placed.name} (country)", explicit=True)
        if not in_sentence:
            section = self.section_place
            if section is not None and (event_type in CARRY_COUNTRY_TYPES or (
                    section.feature not in ("country", "water", "landform", "region", "continent"))):
                gathering = f" ({GATHERING_PLACE})" if self.section_type in GATHERING_TYPES \
                    and trigger.lemma_.lower() not in WRITTEN_WORDS else ""  # a letter is not said there
                return Location(self.section_place, f"{STORY_PLACE}, {self.section_place.name}{gathering}")
            if self.digest_item and event_type not in VERBAL_TYPES:
                # "Incumbent Nauruan president X is re-elected" after an item on a strike in Gaza:
                # the digest's most-named place is another item's; the nation whose body does it,
                # else no place rather than a wrong one (words keep the guess: the event model
                # weighs a statement with no place at all as less likely told)
                nation = self.home_nation(sentence, event_type)
                return Location(nation, f"{HOME_NATION} → {nation.name} (country)") if nation is not None else None
            if self.setting is None:
                return None
            return Location(self.setting, f"no place in the sentence: the article's setting, {self.setting.name}")
        scored: list[tuple[tuple[int, int, int], PlaceMention, str]] = []
        origin = None
        antecedent = _where_antecedent(trigger)
        parties: set[int | None] = set()  # the places that take part in it
        for place in in_sentence:
            token = self._token_of(place)
            prep = governing_preposition(token) if token is not None else None
            path = trigger_path(token, trigger) if token is not None else "other"
            role = "mentioned in the sentence"
            rank = 3
            where = token is not None and antecedent is not None and (
                token.i == antecedent.i or antecedent.i in {t.i for t in token.conjuncts}
                or antecedent.i in {t.i for t in token.ancestors if t.dep_ in ("compound", "appos")}
                # "left a press hall in Tartu in which he had criticized the tax": the hall's town
                # (the parser may hang "in Tartu" on "left" rather than on "hall")
                or (prep in LOCATIVE and token.head.dep_ == "prep" and (token.head.head.i == antecedent.i or (
                    antecedent.dep_ in ("dobj", "pobj") and token.head.head.i == antecedent.head.i)))
                # "a hall in Tartu, Estonia, in which ...": the town before its country
                or (antecedent.dep_ == "appos" and antecedent.head.i == token.i)
                or (antecedent.i == token.i + 2 and token.doc[token.i + 1].text == ","))
            if prep in TOPICAL and event_type in SETTING_TYPES and _topical(token):
                prep = None  # "warns over North Korea", "talks on Ukraine": a topic
            if prep in ORIGIN and event_type in MOVEMENT_TYPES:
                origin = origin or place
                rank = 4
                role = "origin"
            elif prep in DESTINATION and event_type in MOVEMENT_TYPES and (
                    path == "own" or _attached_to_governor(token, trigger)):
                rank = 0
                role = f"destination ('{prep} {place.text}')"
            elif prep in LOCATIVE and path == "other" and token is not None \
                    and event_type not in VERBAL_TYPES \
                    and (purpose_of_governor(token, trigger) or dated_by(token, trigger)):
                # "The gun was sent to a laboratory in Dover to determine whether it was used to
                # kill Smith": Dover is where the gun was sent, not where Smith was killed
                rank = 4
                role = f"'{prep} {place.text}': {ANOTHER_CLAUSE_ROLE}, '{token.doc[governing_verb(token)].text}'"
            elif prep in LOCATIVE and path != "inner":
                rank = 1 if path == "own" else 2
                role = f"'{prep} {place.text}'"
            elif prep == "between" and path == "own" and place.feature not in ("country", "continent", "region"):
                rank = 1  # "flights between Moscow and Pyongyang": the route's end
                role = f"'between {place.text}'"
            elif prep in LOCATIVE | DESTINATION:
                role = f"'{prep} {place.text}' belongs to a clause inside the happening"
            if rank <= 2 and event_type in VERBAL_TYPES and token is not None and not said_at(token, trigger):
                # "condemned the bombings of embassies in Kenya", "said the US will stay
                # throughout Africa": the place of what was said, not where it was said. It
                # stays the story's place; the place model weighs it against no place.
                role = f"{CONTENT_ROLE} ({role})"
            elif rank <= 2 and token is not None and (appeal := appealed_for(token, trigger)) is not None:
                # "meets the president and urges an end to fighting across Sudan", "repeats its
                # call for a truce in Gaza during a council meeting": the place of what is asked
                # for, not of the meeting
                rank = 4
                role = f"{role}: {ANOTHER_CLAUSE_ROLE}, '{appeal.text}'"
            elif rank <= 2 and token is not None and event_type in LEGAL_TYPES \
                    and inside_another_happening(token, trigger, event_type):
                # "was arrested in connection with the embassy blasts in Kenya": the blasts'
                # place, not the arrest's; it stays the story's place
                role = f"{OTHER_HAPPENING_ROLE} ({role})"
            party = party_role(token, trigger, event_type) if token is not None and rank >= 3 else None
            if party is None and token is not None and rank >= 3 and stands_for_government(place, token, trigger,
                                                                                          event_type):
                party = "a government that takes part"  # "talks between Moscow and Kyiv"
            if party is not None:
                # "Egypt and Syria agreed", "Syria's decision", "condemned Iran": a party of the
                # happening, not where it happened
                rank = 5
                role = f"{place.text} is {party}, {PARTY_ROLE}"
                parties.add(place.geonameid)
            elif token is not None and place.geonameid not in self.too_wide and _visited(token, trigger, event_type):
                # "Meloni visits Saudi Arabia to discuss ...": the place visited is where the
                # visit was, though the visit's counterpart may be read off it (not "visits the
                # Middle East": a region of several countries is never a happening's place)
                rank = 1
                role = f"'{trigger.text} {place.text}': the place visited"
            elif token is not None and rank >= 3 and votes_in(token, trigger, event_type, place):
                # "the state of Oregon held elections", "Ohio's primary", "the Kansas caucuses":
                # the electorate votes where it lives
                rank = 1
                role = f"{place.text} {ELECTORATE_ROLE}"
            elif token is not None and token.i in actor_tokens:
                rank = 5
                role = "named in an actor"
            elif token is not None and names_happening_place(token, trigger, trigger_tokens, event_type, place):
                # "charged in three Phoenix shootings that wounded ...": the town named before the
                # happening's noun is where it (and what the noun's phrase tells of it) happened
                rank = 1
                role = f"'{place.text} {token.head.text}' names where it happened"
            elif token is not None and trigger_tokens and nearest_trigger(token, trigger_tokens) not in (None, trigger.i):
                other = token.doc[nearest_trigger(token, trigger_tokens)]
                if other.dep_ == "advcl" and other.head.i == trigger.i and rank <= 2:
                    rank = 2  # "Arriving in Wonsan, Lavrov was received": the scene of both
                else:
                    rank = max(rank, 4)  # the place of another happening in the same sentence
                    if not complement_of(other, trigger):
                        # not what this one leads to ("invited North Korea to join a conference in Minsk")
                        role = f"{role}: {ANOTHER_CLAUSE_ROLE}, '{other.text}'"
            elif rank == 3 and token is not None and _acts(token, subjects=event_type not in PLACE_SUBJECT_TYPES):
                rank = 4  # "Russia and North Korea are aligning": a party, not a place
                role = SUBJECT_ROLE
            if rank == 3 and prep == "by" and place.feature in ("country", "admin1", "city"):
                rank = 5  # "since Georgia's defeat by Russia": the doer of a deed, not a place
                role = f"{place.text} is the doer of a deed ('by {place.text}'), {PARTY_ROLE}"
                parties.add(place.geonameid)
            if rank == 3 and token is not None and owner_modifier(token, trigger, place):
                rank = 4  # "the bombings of U.S. embassies in Kenya": whose embassies, not where
                role = f"{place.text} names an owner, not a place"
            if token is not None and _hosts(token) and token.head.i == trigger.i:
                rank = 1  # "a conference that Minsk will host": the host city is the venue
                role = f"{place.text} hosts it"
            if token is not None and event_type not in MOVEMENT_TYPES and rank >= 3 and route_end(token):
                # "the boat sank on the way from Cuba to the United States", "ten people fleeing
                # Cuba drowned": it happened between the two, at neither
                rank = 6
                role = f"{place.text} is {ROUTE_ROLE}"
            if where:
                # "a trip to North Korea, where the two countries signed a pact"
                rank = 1
                role = f"'where' refers to {place.text}"
            elif token is not None and prep in LOCATIVE and (venue := venue_of_clause(token, trigger)) is not None:
                rank = 2
                role = f"'{prep} {place.text}' tells where its venue, '{venue.text}', is"
            feature_rank = PLACE_FINENESS.get(place.feature or "", 5)
            scored.append(((rank, feature_rank, abs(place.start - trigger.idx)), place, role))
        scored = _addresses(scored, self._token_of)
        scored.sort(key=lambda item: item[0])
        (rank, _, _), best, role = scored[0]
        if origin is best:
            origin = None
        if role.endswith(ROUTE_ROLE):
            # every place of the sentence is an end of the journey it happened on: no place, not
            # the article's town (the crossing was at sea, far from either)
            return None
        setting = self.setting
        if role.endswith(PARTY_ROLE):
            # every place of the sentence is a party of the happening: none is where it happened
            if event_type in CARRY_COUNTRY_TYPES and self.section_place is not None \
                    and self.section_place.geonameid not in parties:
                return Location(self.section_place, f"no place of the happening in the sentence ({role}): "
                                                    f"the place of the story so far, {self.section_place.name}")
            if setting is not None and event_type not in VERBAL_TYPES:
                # the article's place, a guess the place model may overrule (it never takes a party)
                return Location(setting, f"no venue in the sentence ({role}): the article's setting, {setting.name}")
            return None
        if rank >= 4 and ANOTHER_CLAUSE_ROLE in role:
            # "The attack came a day after the president met his Turkish counterpart in Ankara":
            # Ankara is where they met; the attack's place is the story's, or none
            if event_type in CARRY_COUNTRY_TYPES and self.section_place is not None \
                    and self.section_place.geonameid != best.geonameid:
                return Location(self.section_place, f"no place of the happening in the sentence ({role}): "
                                                    f"the place of the story so far, {self.section_place.name}")
            return None
        if rank >= 3 and role == SUBJECT_ROLE and event_type in CARRY_COUNTRY_TYPES \
                and self.section_place is not None and self.section_place is not best:
            # "Over 4,000 soldiers have been killed, revealing North Korea's involvement":
            # the owner is no place; the story so far is.
            return Location(self.section_place, f"no place of the happening in the sentence ({best.name} is "
                                                f"{role}): the place of the story so far, {self.section_place.name}")
        if rank >= 3 and setting is not None and setting is not best and (
                (event_type in SETTING_TYPES and (rank == 3 or (rank == 5 and best.feature != "city")))
                or role == SUBJECT_ROLE):
            # "Rubio met Lavrov ... to discuss Ukraine": the country is the topic, not the venue;
            # "support for measures taken in Ukraine": the place of another clause.
            return Location(setting, f"no venue in the sentence ({best.name} is {role}): "
                                     f"the article's setting, {setting.name}")
        if (rank >= 3 and setting is not None and setting is not best and setting.feature != "country"
                and setting.country_code == best.country_code and (
                    best.feature == "country" or (best.feature in ("admin1", "admin2") and setting.feature == "city"
                                                  and not role.startswith("'")
                                                  and fold(setting.admin1 or "") == fold(best.name or "")))):
            # (a state or a province mentioned, not named as where it happened, holding the
            # article's town: "angry Indiana residents" in a story set in Hammond)
            # "...warned against alliances directed at North Korea": no place of the happening
            # is named; the article's setting inside that country is the better guess.
            return Location(setting, f"no place of the happening in the sentence: the article's setting, "
                                     f"{setting.name} ({setting.feature}), inside {best.name}")
        if rank == 5 and event_type in VERBAL_TYPES:
            # "China condemned Washington": the places are the parties, not the venue
            return None
        if rank >= 3 and event_type in VERBAL_TYPES:
            # "urged residents of Pokrovsk to leave": a place the words name is not where they were
            # said; the article's setting stays a guess, said to be one (even when it is this place)
            if setting is None:
                return None
            return Location(setting, f"no venue in the sentence ({best.name} is {role}): "
                                     f"the article's setting, {setting.name}")
        home = self.home_elsewhere(best) if rank > 2 else None
        if home is not None:
            # "A Louisiana man was arrested after a traffic stop" in a story from a Kentucky town:
            # the state the person comes from is not where it happened; the story's town is
            return Location(home, f"{best.name} is {HOME_ROLE}: the story's town, {home.name} (city)")
        town = self._town_in_state(best, rank)
        if town is not None:
            return Location(town, f"{role} → a place in {best.name}: the article's town inside it, {town.name} (city)",
                            origin=origin, explicit=rank <= 2)
        if best.geonameid in self.metonyms and rank > 2:
            # (a capital the article uses for its state is still the city where a locative puts
            # a happening: "Havana warned Washington ... In Old Havana, children marched")
            country = self.metonyms[best.geonameid]
            return Location(country, f"{role} → {best.name}, which the article uses for its state: {country.name}",
                            origin=origin, explicit=rank <= 2)
        return Location(best, f"{role} → {best.name} ({best.feature})", origin=origin, explicit=rank <= 2)

    def _here(self, sentence: Span, trigger: Token, has_places: bool) -> Location | None:
        """The dateline's city for a happening the sentence places "here" ("Orban said here
        Friday", "agents of a task force here scanned the crowd" under a WASHINGTON dateline):
        the reporter's "here" is where the story was filed. "here" on the trigger's own verb
        wins over the sentence's names; elsewhere in the sentence it stands only when the
        sentence names no place. None without a dateline."""
        if self.dateline is None:
            return None
        owners = {trigger.i, trigger.head.i} if trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else {trigger.i}
        for token in sentence:
            if token.lower_ != "here" or token.dep_ != "advmod":
                continue
            if token.head.i in owners:
                return Location(self.dateline, f"{HERE_DATELINE} on it → {self.dateline.name} (city)")
            if not has_places:
                return Location(self.dateline, f"{HERE_DATELINE} in the sentence → {self.dateline.name} (city)")
        return None

    def home_elsewhere(self, place: PlaceMention) -> PlaceMention | None:
        """The story's town (its dateline's, else the article's setting) when the only place
        the sentence gives is a state or a country named as someone's home ("a Louisiana man",
        "Smith, 44, of St. Albans, Vt.") and that town lies in another state or country: a
        person from elsewhere is arrested or hurt where the story is, not at home. None
        otherwise (a town as the home, "a Milltown man", may well be where it happened)."""
        token = self._token_of(place)
        if token is None or place.feature not in ("admin1", "country") or not _home_token(token):
            return None
        town = self.dateline or self.setting
        if town is None or town.feature != "city" or town.country_code is None:
            return None
        if place.feature == "country":
            return town if town.country_code != place.country_code else None
        if town.country_code == place.country_code and town.admin1 and fold(town.admin1) != fold(place.name or ""):
            return town
        return None

    def _town_in_state(self, place: PlaceMention, rank: int) -> PlaceMention | None:
        """The article's town (its dateline's or setting's) for a happening told at a thing of
        the state that holds it: "a gunman killed eight people in a North Carolina nursing home"
        in a story from Carthage, North Carolina, "held in a northern Kentucky jail" under a
        Covington, Ky. dateline. The state names whose home, jail or clinic it is, not where in
        the state; the story's town is. Not the state named as the place itself ("in Texas")."""
        token = self._token_of(place)
        if rank > 2 or place.feature != "admin1" or token is None or token.dep_ not in ("compound", "amod", "nmod") \
                or token.head.pos_ != "NOUN" or governing_preposition(token) not in LOCATIVE:
            return None
        for town in (self.dateline, self.setting):
            if town is not None and town.feature == "city" and town.country_code == place.country_code \
                    and fold(town.admin1 or "") == fold(place.name or ""):
                return town
        # (not a state that names whose home it is: "prosecuted in a Georgia man's death" is
        # the state's case, wherever in it he lived)
        return self._only_town_in(place) if not _home_token(token) else None

    def _only_town_in(self, state: PlaceMention) -> PlaceMention | None:
        """The one town the article names inside a state, when it names exactly one: "last
        month's explosion at an Alabama women's clinic" in a story whose only Alabama town is
        Birmingham ("the bombing in Birmingham") is the clinic of Birmingham."""
        towns = {p.geonameid: p for p in self.names if p.feature == "city" and p.country_code == state.country_code
                 and fold(p.admin1 or "") == fold(state.name or "")}
        return next(iter(towns.values())) if len(towns) == 1 else None

    def home_nation(self, sentence: Span, event_type: str) -> PlaceMention | None:
        """The country whose body does a domestic happening (or another of
        :data:`NATION_GUESS_TYPES`), when the sentence names exactly one by its nationality ("the
        Venezuelan government releases", "Nauruan president ... is re-elected", "the Ruritanian
        military conducts airstrikes"), or None (see :func:`body_nation`)."""
        if event_type not in NATION_GUESS_TYPES:
            return None
        codes = {code for code in (body_nation(token, event_type) or placed_nation(token) for token in sentence) if code}
        if len(codes) != 1:  # (a body of one nation acting in another's villages: neither is sure)
            return None
        return self._nation(codes.pop(), "nation of its body")

    def _nation(self, code: str, source: str) -> PlaceMention | None:
        """The country of a code: its mention in the article, else the gazetteer's country."""
        place = self.country_mention(code)
        if place is None:
            found = country(code)
            if found is None or found.get("lat") is None:
                return None
            place = PlaceMention(0, 0, found["name"], name=found["name"], lat=found["lat"], lon=found["lon"],
                                 geonameid=found.get("geonameid"), country_code=code, feature="country",
                                 score=1.0, source=source)
        return place

    def placed_in_nation(self, sentence: Span) -> PlaceMention | None:
        """The country a sentence without a place name places its happening in by a nationality
        on a place noun ("issues an evacuation order in southern Lebanese villages"), when it
        names exactly one so (see :func:`placed_nation`), else None."""
        codes = {code for code in map(placed_nation, sentence) if code}
        return self._nation(codes.pop(), "nationality of its place") if len(codes) == 1 else None

    def no_place(self, event_type: str, geonameid: int | None, derivation: str | None,
                 said_inside: bool = False, place_text: str | None = None,
                 doer: dict | None = None, place_country: str | None = None,
                 sentences: Iterable[str] = ()) -> str | None:
        """Why a selected event's place is none of its own, or None when it may be: a
        continent or a region of several countries ("Europe", "East Africa"), wider than any
        place a happening is coded at; the place of the story so far or the article's setting
        given to words whose venue the text does not state (a statement is not made where the
        last strike hit, nor a foreign leader's tweet in the country the story is about),
        unless the story is at the dateline's city. ``place_text`` is the words the place was
        read from, which tell a region of the gazetteer's own list (no geonameid) apart; ``doer`` is the
        event's first doer and ``sentences`` its mentions' sentences (read only for a named
        person's words given the setting: :meth:`_guessed_venue`)."""
        if self.digest and SETTING_GUESS in (derivation or ""):
            # "Tunisia releases a lawyer ... Macron announces a revival of military service": in a
            # digest of separate items, the place the whole text names most is another item's
            # (the words of a later item keep it only as a guess the event model reads)
            return "a digest's items have no setting of the whole text"
        if geonameid is None and place_text is not None and place_text in self._too_wide_words:
            return "only a continent or a region of several countries"
        if geonameid is None:
            return None
        if geonameid in self.too_wide:
            return "only a continent or a region of several countries"
        if event_type in VERBAL_TYPES and self._guessed_venue(derivation, doer, place_country, sentences) and not (
                self.dateline is not None and self.dateline.geonameid == geonameid) \
                and not (derivation or "").endswith(f"({GATHERING_PLACE})"):
            # (words told after a meeting the story placed are said at it: "The school board met
            # in Milltown on Monday. 'We need more teachers,' Smith said.")
            # unless the story is where it is filed from ("KUALA LUMPUR — ... met in the Malaysian
            # capital ... Rubio told reporters afterwards")
            return "no venue stated; the story's last place is another happening's"
        if event_type in VERBAL_TYPES and (derivation or "").startswith(CONTENT_ROLE) and said_inside:
            # "appealed for calm in Kharkiv", "condemned the bombings in Kenya": the place of what
            # was said; a statement is placed where it was made if the text says so (codebook §3)
            return "the place is in what was said, not where it was said"
        return None

    @staticmethod
    def _guessed_venue(derivation: str | None, doer: dict | None, place_country: str | None,
                       sentences: Iterable[str] = ()) -> bool:
        """Whether a place was guessed for words from the story rather than read from their
        sentence: the place of the story so far ("... Kabul. Hotak also alleged ..."), or the
        article's setting (the place the whole text names most) given to a named person's
        words, unless the person is of the setting's country or the words' mentions tell of the
        person's visit: in a story on fires in Brazil, "'We stand ready,' tweeted (British Prime
        Minister) Johnson" was not said in Brazil, while the North Korean leader's words in a
        story of a visit to Wonsan, or the visiting minister's "during his visit", may be said
        there (a body's words are left to :meth:`national_place`)."""
        derivation = derivation or ""
        if derivation.startswith(STORY_PLACE):
            return True
        if not (derivation.startswith(("no place in the sentence", "no venue in the sentence"))
                and SETTING_GUESS in derivation) or not doer or doer.get("kind") != "named":
            return False
        return not (doer.get("country_code") and doer.get("country_code") == place_country) \
            and not told_on_a_visit(sentences)

    def national_place(self, event_type: str, doer: dict | None, derivation: str | None,
                       geonameid: int | None, place_country: str | None) -> tuple[PlaceMention | None, str] | None:
        """The place of a state's body's words or acts whose venue the text does not state, or
        None when the rule does not apply: its country, when the article names it, else no
        place. A state ("Russia said"), a body of one ("the foreign ministry", "the Kremlin") or
        an office-holder the article names only by title and country ("Ukraine's interior
        minister") speaks for the country; the story's town, the dateline's or the last strike's
        is not where it spoke (codebook §3: a national body's statement with no venue has no
        place, its country is acceptable). A named person, who travels, keeps the guess."""
        if geonameid is None or event_type not in NATIONAL_TYPES or not doer \
                or not (derivation or "").startswith(FALLBACK_DERIVATIONS):
            return None
        code = doer.get("country_code")
        words = set((doer.get("name") or "").lower().replace("(", " ").replace(")", " ").split())
        national = doer.get("kind") == "state" or (
            doer.get("kind") == "nominal" and bool(words & NATIONAL_BODY_WORDS) and not words & LOCAL_BODY_WORDS)
        if not national:
            return None
        # a body whose words name no state is the story's state's ("the government said")
        country = self.country_mention(code or place_country)
        if country is None and event_type == "election" and code:
            country = next((p for p in self._nations if p.country_code == code), None)
        if country is not None and country.geonameid == geonameid:
            return None
        return country, "a state's body speaking from no stated venue: its country" if country is not None \
            else "a state's body speaking from no stated venue"

    def wide_place(self, sentence: str, derivation: str | None, geonameid: int | None) -> PlaceMention | None:
        """The state or the country a happening spreads over, when the sentence names no place
        of it and says it is state-wide or nation-wide, and the guessed place (the article's
        town, the story's) lies in that state or country: "Flags flew at half-staff across
        the state" or "the lone Republican in the race for the governor's job" in a story
        set in Milltown, Ohio happen in Ohio, not in Milltown. Only a state or a country the
        article names (a gazetteer lookup could pick a namesake); None otherwise."""
        if geonameid is None or not (derivation or "").startswith(FALLBACK_DERIVATIONS):
            return None
        here = next((p for p in (*self.names, self.setting, self.section_place, self.dateline)
                     if p is not None and p.geonameid == geonameid), None)
        if here is None or here.feature not in ("city", "admin2"):
            return None
        if STATE_WIDE.search(sentence) and here.admin1:
            return next((p for p in self.names if p.feature == "admin1" and p.country_code == here.country_code
                         and fold(p.name or "") == fold(here.admin1)), None)
        if NATION_WIDE.search(sentence):
            return self.country_mention(here.country_code)
        return None

    def country_mention(self, country_code: str | None) -> PlaceMention | None:
        """A mention of the country itself ("Russia"), when the article names it."""
        return next((p for p in self.names if p.feature == "country" and p.country_code == country_code
                     and country_code), None)

    def places_in(self, sentence: Span) -> list[PlaceMention]:
        """The resolved place names of a sentence (no demonyms, no stray matches)."""
        return self._in(sentence)

    def token_of(self, place: PlaceMention) -> Token | None:
        """The head token of a place's span."""
        return self._token_of(place)

    def _is_subject(self, place: PlaceMention) -> bool:
        """The place is a subject or an owner, or a conjunct of one ("Egypt and Syria agreed")."""
        token = self._token_of(place)
        return token is not None and coordination_head(token).dep_ in ("nsubj", "nsubjpass", "poss")

    def _token_of(self, place: PlaceMention) -> Token | None:
        return self._tokens.head(place) if id(place) in self._named else None

    def _embassy_seat(self, place: PlaceMention) -> PlaceMention | None:
        """"The U.S. embassies in Kenya and Tanzania", "the embassy blasts in Kenya": an
        embassy in a country is in the city where that country hosts embassies (its capital,
        or the city that hosts them instead: Dar es Salaam, The Hague), so the country names
        that city, as a coder would place the bombing of the embassy."""
        if place.feature != "country" or not place.country_code:
            return None
        token = self._token_of(place)
        node = coordination_head(token) if token is not None else None
        if node is None or node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in ("in", "at"):
            return None
        noun = node.head.head
        if noun.lemma_.lower() not in EMBASSY_NOUNS and not any(
                c.dep_ == "compound" and c.lemma_.lower() in EMBASSY_NOUNS for c in noun.children):
            return None
        seat = EMBASSY_SEATS.get(place.country_code)
        city = (next((c for c in lookup(seat, country_code=place.country_code) if c.get("feature") == "city"), None)
                if seat else capital_of(place.country_code))
        if city is None or city.get("lat") is None:
            return None
        return PlaceMention(
            place.start, place.end, place.text, name=city["name"], lat=city["lat"], lon=city["lon"],
            geonameid=city.get("geonameid") or city.get("id"), country_code=city["country_code"], feature="city",
            score=place.score, population=city.get("population"), admin1=city.get("admin1"), source="embassy seat")

    def _namesake_city(self, place: PlaceMention) -> PlaceMention | None:
        """"A car bomb exploded near a mall in Lagos", "the Kyoto District Court": a bare name
        the gazetteer reads as a state or a district is, in news, the big city that bears it
        and gives it its name (Lagos, Kyoto, Guayaquil, Gaza), when that city lies within it
        and holds a good share of its people. A name with its type word ("Lagos State", "in
        the province of Kyoto") stays the state; so does a name no city of it bears
        ("Punjab"), a city far from the area's centre or a small town of the name. An older
        spelling the gazetteer files under the new name of both ("Chittagong" for Chattogram
        division and city) is still the city."""
        if place.feature not in NAMESAKE_AREAS or not place.country_code or not place.text:
            return None
        surface = fold(place.text)
        token = self._token_of(place)
        words = place.text.split()
        if token is not None and len(words) > 1 and words[-1].lower() == "district" \
                and token.doc.text[place.end:place.end + 7].strip().lower().startswith("court"):
            # "the Kyoto District Court": the city's court (a longer name, "the Seoul Central
            # District Court", is left alone: its first word need not be the city)
            surface, words = fold(" ".join(words[:-1])), words[:-1]
            if len(words) > 1:
                return None
        elif len(words) > 1 and words[-1].lower() in NAMESAKE_TYPE_WORDS:
            return None  # "Lagos State"
        doc = token.doc if token is not None else None
        if token is not None and (token.lower_ in NAMESAKE_TYPE_WORDS or (
                token.i + 1 < len(doc) and doc[token.i + 1].lower_ in NAMESAKE_TYPE_WORDS
                # (but "the Kyoto District Court" is the city's court)
                and not (token.i + 2 < len(doc) and doc[token.i + 2].lower_ in ("court", "attorney")))
                or (token.i >= 2 and doc[token.i - 1].lower_ == "of"
                    and doc[token.i - 2].lower_ in NAMESAKE_TYPE_WORDS)):
            return None
        state = place.name if place.feature == "admin1" else place.admin1
        for city in lookup(" ".join(words), country_code=place.country_code, limit=5):
            if city.get("feature") != "city" or city.get("lat") is None \
                    or fold(city.get("name") or "") not in (surface, fold(place.name or "")):
                continue  # (the city bears the area's name as written, or as the gazetteer now spells both)
            if fold(city.get("admin1") or "") != fold(state or "") \
                    or (city.get("population") or 0) < NAMESAKE_SHARE * (place.population or 0) \
                    or haversine_km(place.lat, place.lon, city["lat"], city["lon"]) > NAMESAKE_KM:
                continue
            return PlaceMention(
                place.start, place.end, place.text, name=city["name"], lat=city["lat"], lon=city["lon"],
                geonameid=city.get("geonameid") or city.get("id"), country_code=city["country_code"],
                feature="city", score=place.score, population=city.get("population"), admin1=city.get("admin1"),
                source="namesake city")
        return None

    def _article_setting(self) -> PlaceMention | None:
        """The place an article is set in: a city mentioned twice or more as a place (not as
        the subject of a verb), else the first city where something is said to happen ("in",
        "at", "to"), else the most-mentioned place, finer features first. A capital that
        stands for its state is no setting."""
        # read as named: an embassy's seat names whose embassy it is ("Britain, through its
        # embassies in Thailand and Cambodia"), not where the story is
        names = self._as_named
        places = [p for p in names if not self._is_subject(p)] or names
        if not places:
            return None
        counts = Counter(p.geonameid for p in places)
        actors = self._acting_capital_ids
        cities = [p for p in places if p.feature == "city" and counts[p.geonameid] >= 2
                  and p.geonameid not in actors]
        if cities:
            return max(cities, key=lambda p: (counts[p.geonameid], -p.start))
        if actors:
            venues = [p for p in places if p.feature == "city" and p.geonameid not in actors
                      and self._is_locative(p)]
            if venues:
                return venues[0]
        return min(places, key=lambda p: (-counts[p.geonameid], PLACE_FINENESS.get(p.feature or "", 5), p.start))

    def _is_locative(self, place: PlaceMention) -> bool:
        token = self._token_of(place)
        return token is not None and (governing_preposition(token) in LOCATIVE | DESTINATION or _hosts(token))

    def _acting_capitals(self) -> set[int]:
        """Capitals the article makes a doer or owner ("Moscow views", "Moscow's concern")
        at least twice and more often than a place where something happens."""
        by_id: dict[int, list[PlaceMention]] = {}
        for place in self.names:
            if place.feature == "city" and place.geonameid and is_capital(place.geonameid):
                by_id.setdefault(place.geonameid, []).append(place)
        acting = set()
        for geonameid, mentions in by_id.items():
            doer = sum(1 for p in mentions if self._is_subject(p))
            located = sum(1 for p in mentions if self._is_locative(p))
            if doer >= 2 and doer > located:
                acting.add(geonameid)
        return acting

    def _metonymic_capitals(self) -> dict[int, PlaceMention]:
        """Capitals the article uses for their state, mapped to a mention of that state.

        A capital counts as a metonym when the article makes it a doer or owner more often
        than a place ("Pyongyang sent", "Pyongyang's sovereignty" against one "visit to
        Pyongyang"), names its country, and locates something in another city of it.
        """
        metonyms: dict[int, PlaceMention] = {}
        if not self._acting_capital_ids:
            return metonyms
        countries = {p.country_code: p for p in self.names if p.feature == "country"}
        literal_cities = {p.country_code for p in self.names if p.feature == "city"
                          and not is_capital(p.geonameid) and self._is_locative(p)}
        for place in self.names:
            if place.geonameid in self._acting_capital_ids and place.country_code in countries \
                    and place.country_code in literal_cities:
                metonyms[place.geonameid] = countries[place.country_code]
        return metonyms

    def _is_stray(self, place: PlaceMention) -> bool:
        """A one-word name matched through another spelling to a small place far from every
        other place of its sentence (else of the article); or one that only begins a
        facility's name ("the fire in Bhera Market", in a story set in Chittagong: not Bhera,
        Pakistan), which a town that is not a big city lends to no facility that far away."""
        surface = (place.text or "").strip()
        if " " in surface or not place.name or place.feature != "city":
            return False
        root = self._token_of(place)
        if fold(surface) != fold(place.name):
            largest = STRAY_MAX_POPULATION  # matched through another spelling
        elif root is not None and heads_facility_name(root):
            largest = FACILITY_TOWN_POPULATION  # "Bhera Market"
        else:
            return False
        if (place.population or 0) >= largest:
            return False
        sentence = root.sent if root is not None else None
        near = [p for p in self.names if p is not place and sentence is not None
                and sentence.start_char <= p.start < sentence.end_char and p.geonameid != place.geonameid]
        if not near:
            near = [p for p in self.names if p.geonameid != place.geonameid and p.feature != "country"]
        if not near or any(p.country_code == place.country_code for p in near):
            return False
        return min(_km(place, p) for p in near) > STRAY_MIN_KM


#: Capitalised words after a name that make it a facility's name ("Bhera Market", "Bradley Airport")
FACILITY_NAME_WORDS = {"market", "bazaar", "bazar", "mall", "plaza", "airport", "airfield", "station", "terminal",
                       "hospital", "clinic", "stadium", "arena", "hotel", "mosque", "church", "temple", "school"}
#: The population of a big city, whose name its facilities far away may still bear
FACILITY_TOWN_POPULATION = 100_000


def heads_facility_name(token: Token) -> bool:
    """Whether ``token``, a one-word place name, begins a facility's name: a capitalised word
    of a facility's kind follows it ("the fire in Bhera Market", "Bradley Airport reopened")."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in FACILITY_NAME_WORDS


#: Last words of a name that make it a part of a town ("Dniprovskyi District", "Old Town quarter")
TOWN_PART_WORDS = {"district", "raion", "rayon", "neighborhood", "neighbourhood", "quarter", "microdistrict",
                   "suburb", "borough", "ward"}
#: How far a town's part may lie from the town the text writes it with
TOWN_PART_KM = 30.0


def district_elsewhere(text: str, names: list[PlaceMention]) -> list[PlaceMention]:
    """The town parts written with their town ("strikes on Shevchenkivskyi District, Ruritown",
    "the Old Quarter of Ruritown") that the gazetteer resolved to a namesake far from that town:
    most towns' districts are not in the gazetteer, and many share a name (every big town of a
    country may have its "Central District"), so a namesake elsewhere is a wrong place; the
    town itself, written right after, is the place."""
    wrong = []
    for place, town in zip(names, names[1:]):
        words = place.text.lower().split()
        if (words and words[-1] in TOWN_PART_WORDS and town.feature == "city"
                and place.feature in ("city", "admin2") and place.lat is not None and town.lat is not None
                and text[place.end:town.start].strip() in (",", "of", "in")
                and _km(place, town) > TOWN_PART_KM):
            wrong.append(place)
    return wrong


#: Nouns of a place that "another" or "foreign" leaves unnamed ("in another state")
ELSEWHERE_NOUNS = {"state", "country", "county", "city", "town", "nation", "province", "region", "jurisdiction"}
ELSEWHERE_WORDS = {"another", "other", "foreign", "different"}


def told_elsewhere(trigger: Token) -> bool:
    """Whether the happening's clause puts it in a place it leaves unnamed: "Smith was arrested
    and convicted of a minor charge in another state", "she was jailed in a foreign country"."""
    clause = {trigger.i} | {t.i for t in trigger.conjuncts}
    for token in trigger.sent:
        if token.lower_ not in ELSEWHERE_NOUNS or token.dep_ != "pobj" or token.head.lower_ not in ("in", "at") \
                or not any(c.lower_ in ELSEWHERE_WORDS for c in token.children):
            continue
        verb = next((a for a in islice(token.ancestors, 8) if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i in clause:
            return True
    return False


def too_wide(place: PlaceMention) -> bool:
    """A continent or a region of several countries ("Europe", "East Africa", "the Middle
    East", "the European Union"): wider than any place a happening is coded at (a country at
    most), so never an event's place; no place rather than a wrong one. Seas and mountain
    ranges stay (a ship is hit at sea)."""
    return place.feature == "continent" or (place.feature == "region" and not place.country_code)


def capitals_named_by_demonym(doc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    """"The Malaysian capital", "the Ukrainian capital": the country's capital city, as a
    place mention spanning the adjective and the noun (the geoparser reads the adjective
    alone, as a reference to the country that never locates an event)."""
    found = []
    for place in places:
        if place.role != "adjectival" or place.feature != "country" or not place.country_code:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        if span.root.dep_ != "amod" or head.i != span.end or head.lower_ != "capital":
            continue
        capital = _named_capital(doc, head, place.country_code) or capital_of(place.country_code)
        if capital is None:
            continue
        found.append(PlaceMention(
            place.start, head.idx + len(head.text), doc[span.start:head.i + 1].text, name=capital["name"],
            lat=capital["lat"], lon=capital["lon"], geonameid=capital["geonameid"],
            country_code=capital["country_code"], feature="city", score=place.score,
            population=capital.get("population"), admin1=capital.get("admin1"), source="capital"))
    return found


def _named_capital(doc: Doc, head: Token, country_code: str) -> dict | None:
    """The city the text names right after "the <nationality> capital" ("the Tanzanian capital
    Dar es Salaam", "the Kenyan capital, Nairobi", "the Tanzanian capital of Dar es Salaam"),
    as the capital's record, when a town of that country bears the name: the text says which
    city it means by "capital", which may not be the one the gazetteer calls the capital
    (Tanzania's seat of government, Dodoma, is not the Dar es Salaam of the embassies); None
    otherwise. The geoparser may have read the name as a place or not ("capital Dar es Salaam
    Thursday" is one name to the tagger), so the gazetteer is asked for the words after it."""
    i = head.i + 1
    while i < len(doc) and doc[i].lower_ in (",", "of"):
        i += 1
    if i >= len(doc) or i - head.i > 3 or not doc[i].text[:1].isupper():
        return None
    for n in range(min(4, len(doc) - i), 0, -1):
        words = doc[i:i + n]
        if not words[-1].text[:1].isupper():
            continue
        town = next((c for c in lookup(words.text, country_code=country_code)
                     if c.get("feature") == "city" and fold(c.get("name") or "") == fold(words.text)
                     and c.get("lat") is not None), None)
        if town is not None:
            return {"name": town["name"], "lat": town["lat"], "lon": town["lon"],
                    "geonameid": town.get("geonameid") or town.get("id"), "country_code": town["country_code"],
                    "population": town.get("population"), "admin1": town.get("admin1")}
    return None


#: Areas a bare name may stand for the city that gives them their name, and how much of the
#: area's people and how near its centre that city must be ("Kyoto", "Lagos", "Guayaquil")
NAMESAKE_AREAS = {"admin1", "admin2"}
NAMESAKE_SHARE = 0.25
NAMESAKE_KM = 100.0
#: Words that end the name of an administrative division ("Kyiv Oblast", "Nangarhar province").
DIVISION_WORDS = {"oblast", "province", "county", "state", "region", "governorate", "district", "prefecture",
                  "krai", "raion", "department", "municipality", "canton", "voivodeship", "parish", "territory"}
#: Words that make a name the division itself, not its namesake city ("Lagos State").
NAMESAKE_TYPE_WORDS = DIVISION_WORDS | {"emirate"}

EMBASSY_NOUNS = {"embassy", "embassies", "chancery"}
#: Countries whose foreign embassies sit in a city other than the capital the gazetteer gives
EMBASSY_SEATS = {"TZ": "Dar es Salaam", "NL": "The Hague", "CI": "Abidjan", "BO": "La Paz", "MM": "Yangon",
                 "BJ": "Cotonou"}

# "in the city of Sagaing", "near the town of Bucha", "off the coast of Florida", "in the north of
# Syria": the preposition before the place noun (a part or an edge of a place is in it).
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "state", "capital",
               "port", "county", "municipality", "area", "island", "oblast", "governorate", "suburb",
               "outskirts", "centre", "center", "heart", "streets", "border",
               "coast", "coastline", "shore", "shores", "waters", "edge", "vicinity", "neighborhood",
               "neighbourhood", "part", "parts", "north", "south", "east", "west", "northeast", "northwest",
               "southeast", "southwest", "countryside"}


CONTROL_NOUNS = {"control", "capture", "seizure", "fall", "siege"}
# Nouns a place name modifies as their owner or nationality, not their location: "the U.S.
# embassy", "Kenya police", "Pakistani officials".
OWNED_NOUNS = {"embassy", "embassies", "consulate", "mission", "government", "officials", "official", "police",
               "forces", "force", "troops", "army", "military", "navy", "ambassador", "envoy", "minister",
               "ministry", "president", "leader", "authorities", "citizens", "nationals", "diplomats", "diplomat",
               "company", "companies", "firm", "firms", "bank", "intelligence", "agency", "spokesman", "spokeswoman",
               "delegation", "team", "soldiers", "planes", "jets", "warships", "ship", "drones", "missiles",
               "investigators", "agents", "staff", "personnel"}


#: nouns of people whose home town an "of" names ("a man of Pomeroy")
PERSON_NOUNS = {"man", "woman", "boy", "girl", "resident", "native", "teen", "teenager", "driver", "couple", "father",
                "mother", "son", "daughter", "student", "person", "people", "suspect", "victim"}


def _home_town(token: Token) -> bool:
    """The place is someone's home: "Smith, 39, of Pomeroy", "a woman from Pomeroy"."""
    node = coordination_head(token)
    if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in ("of", "from"):
        return False
    owner = node.head.head
    return owner.ent_type_ == "PERSON" or owner.lemma_.lower() in PERSON_NOUNS or owner.like_num


def _home_token(token: Token) -> bool:
    """The place names someone's home: "Smith, 39, of Pomeroy" (see :func:`_home_town`) or a
    place word before a noun of people, "a Louisiana man", "two Ohio teenagers"."""
    node = coordination_head(token)
    if node.dep_ in ("compound", "amod", "nmod") and node.head.i == node.i + 1 \
            and node.head.lemma_.lower() in PERSON_NOUNS:
        return True  # (right before the noun: "Montana crash victims" are the crash's, in Montana)
    if node.dep_ == "pobj" and node.head.lower_ in ("of", "from") \
            and any(child.dep_ == "appos" and child.like_num for child in node.head.head.children):
        return True  # "Kopp, 44, of St. Albans, Vt.": a name with an age (whatever its entity tag)
    return _home_town(token)


def _addresses(scored: list, token_of) -> list:
    """A locative hanging off another, finer place of the sentence names where that place is
    ("a drone struck Eilat in southern Israel", "shelled Goma in eastern Congo"): the finer place
    is where it happened, with the rank the locative gave."""
    at = {}
    for index, (_, place, _) in enumerate(scored):
        token = token_of(place)
        if token is not None:
            at[token.i] = index
    result = list(scored)
    for (key, place, role) in scored:
        token = token_of(place)
        if token is None or key[0] > 2:
            continue
        if token.dep_ == "appos" and token.head.i in at:
            # "killed in Kunming, China, when a train hits ...": the country set after the town
            # by a comma is the town's address (the parser may hang the clause off the town,
            # putting the country nearer the trigger's path than the town)
            index = at[token.head.i]
            (host_rank, fineness, gap), host, host_role = result[index]
            if fineness < key[1] and host_rank > key[0] and not host_role.endswith(PARTY_ROLE):
                result[index] = ((key[0], fineness, gap), host, f"'{host.text}, {place.text}' names {host.text}")
            continue
        node = coordination_head(token)
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in LOCATIVE:
            continue
        prep = node.head
        index = at.get(prep.head.i)
        if index is None:
            # the parser hangs the "in" on the verb ("shelled Goma in eastern Congo"): the place
            # that object of that verb it follows
            index = next((i for t, i in at.items() if token.doc[t].dep_ == "dobj" and token.doc[t].head.i == prep.head.i
                          and token.doc[t].right_edge.i + 1 == prep.i), None)
        if index is None:
            continue
        (host_rank, fineness, gap), host, host_role = result[index]
        host_token = token_of(host)
        if fineness >= key[1] or host_rank <= key[0] or host_role.endswith(PARTY_ROLE) or (
                host_token is not None and _home_town(host_token)):
            continue  # (not a party's, "China condemned Japan in Geneva", nor someone's home town,
            # "Smith, of Pomeroy in Meigs County, was charged": neither is where it happened)
        result[index] = ((key[0], fineness, gap), host,
                         f"'{node.head.lower_} {place.text}' says where {host.text} is")
    return result


#: A court named after the town it sits in ("Milltown Superior Court", "Kingsford Crown Court");
#: county, state and supreme courts are named after wider places the geoparser reads itself
COURT_NAME = re.compile(r"\b((?:[A-Z][a-z]+ ){1,2})(?:Superior|District|Circuit|Crown|Municipal|Magistrates'?|Juvenile"
                        r"|Family|Criminal|Justice|Sessions) Court\b")
#: the prepositions that put a step of a case before a court ("due in", "appeared at", "brought before")
COURT_PREPOSITIONS = {"in", "at", "before", "to", "into"}
#: nouns of a journey whose "from" and "to" name its ends ("on the way from Cuba to Florida")
ROUTE_NOUNS = {"way", "trip", "journey", "crossing", "route", "voyage", "passage", "flight", "drive", "ride",
               "trek", "sail"}
#: verbs whose object is a journey's start ("people fleeing Cuba drowned")
LEAVING_VERBS = {"flee", "leave", "escape"}


def route_end(token: Token) -> bool:
    """The place is an end of a journey: "from" or "to" on a journey noun ("during the crossing
    from Cuba to the United States"), "to" beside such a noun's "from" ("sank on the way from
    Cuba to the United States": the parser hangs "to" on the verb), or the object of leaving
    ("people fleeing Cuba")."""
    node = coordination_head(token)
    if node.dep_ == "dobj" and node.head.lemma_.lower() in LEAVING_VERBS:
        return True
    if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in ("from", "to"):
        return False
    head = node.head.head
    if head.lemma_.lower() in ROUTE_NOUNS:
        return True
    return node.head.lower_ == "to" and any(
        prep.dep_ == "prep" and noun.dep_ == "pobj" and noun.lemma_.lower() in ROUTE_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)
        for prep in head.children for noun in prep.children)


#: Words that tell the speaker is visiting the place the story is set in: "during his visit",
#: "on a two-day trip", "in town for meetings"
VISIT_OCCASION = re.compile(r"\b(?:during|on|in the course of) (?:his|her|their|a|the|this)(?: [\w-]+){0,2} "
                            r"(?:visit|trip|tour)\b|\bin town\b", re.IGNORECASE)


def told_on_a_visit(sentences: Iterable[str]) -> bool:
    """Whether a happening's mentions tell it happened on its doer's visit ("Lavrov condemned
    the alliance during his visit", "the minister, in town for meetings, told reporters"): the
    words are said at the place visited, the story's setting."""
    return any(VISIT_OCCASION.search(sentence) for sentence in sentences)


def governing_preposition(token: Token) -> str | None:
    node = token
    for _ in range(5):
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            prep = node.head
            if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS and prep.head.dep_ in ("pobj", "compound"):
                node = prep.head
                continue
            if prep.lower_ == "of" and prep.head.lemma_.lower() in CONTROL_NOUNS:
                return "in"  # "took control of Goma": the fighting was in Goma
            return prep.lower_
        if node.dep_ in ("compound", "amod", "nmod", "poss") and node.head != node \
                and node.head.pos_ in ("NOUN", "PROPN") and node.head.lemma_.lower() in OWNED_NOUNS:
            return "of"  # "the U.S. embassy in Tanzania": the embassy's owner, not where it is
        if node.dep_ in ("compound", "amod", "conj", "appos", "nmod", "poss") and node.head != node:
            node = node.head
            continue
        if node.dep_ == "pobj":
            return node.head.lower_
        return None
    return None


STRAY_MAX_POPULATION = 20_000
STRAY_MIN_KM = 1500.0


def fold(name: str) -> str:
    """A name compared without case, accents, spaces or punctuation ("Kabardino-Balkaria" and
    "kabardino balkaria" are one)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isalnum()).casefold()


def _km(a: PlaceMention, b: PlaceMention) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _where_antecedent(trigger: Token) -> Token | None:
    """The noun a "where" clause around the trigger refers to ("North Korea, where ... signed")."""
    node = trigger
    for _ in range(3):
        if node.dep_ == "relcl" and any(c.lower_ in ("where", "wherein") or (
                c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.lower_ == "which" for g in c.children))
                for c in node.children):
            return node.head  # (or "in which", "at which": "the hall in which he spoke")
        if node.dep_ not in ("conj", "xcomp") or node.head == node:
            return None
        node = node.head
    return None


def said_at(token: Token, trigger: Token) -> bool:
    """True when a place's locative phrase hangs off the trigger itself (or the verb whose
    object the trigger is), directly or through another locative phrase: "said in Wonsan",
    "warned at a press conference in Wonsan", "issued a statement in Beijing". Not a place
    inside the trigger's object or complement ("condemned the bombing of embassies in Kenya",
    "said the US will stay throughout Africa")."""
    node = token
    for _ in range(8):
        if node.dep_ in ("compound", "appos", "conj", "amod", "nmod") and node.head != node:
            node = node.head
            continue
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        prep = node.head
        governor = prep.head
        if governor.i == trigger.i or (governor.i == trigger.head.i and trigger.dep_ in ("dobj", "nsubj", "nsubjpass")):
            return prep.lower_ in LOCATIVE
        if prep.lower_ == "of" and governor.lemma_.lower() in PLACE_NOUNS:
            node = governor  # "in the capital of Kenya"
            continue
        if prep.lower_ in LOCATIVE and governor.pos_ in ("NOUN", "PROPN") and governor.dep_ == "pobj" \
                and governor.head.dep_ == "prep" and governor.head.lower_ in LOCATIVE:
            node = governor  # "at a press conference in Wonsan"
            continue
        return False
    return False


#: How the words' content hangs off them: their object, their clause, their "for"/"of"/"about"
#: phrase ("condemned the shelling of X", "said the US will stay in X", "called for calm in X")
CONTENT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "acomp", "pcomp"}
CONTENT_PREPS = TOPICAL | {"for", "of", "to", "with"}


def in_what_was_said(token: Token, trigger: Token) -> bool:
    """True when a place lies in what the words at ``trigger`` say: under its object, clause or
    topical phrase ("condemned the shelling of schools in X", "urged residents of X to leave"),
    not in a phrase that sets the scene ("during talks in X, he thanked", "speaking in X, he said
    Moscow would welcome")."""
    child = None
    for node in islice(token.ancestors, 14):
        if node.i == trigger.i:
            break
        child = node
    else:
        return False
    if child is None:
        child = token
    return child.dep_ in CONTENT_DEPS or (child.dep_ == "prep" and child.lower_ in CONTENT_PREPS) or (
        # "repeated charges that his relatives in X had offered him money": the clause a
        # "that" opens after a noun of words is what they say
        child.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children))


def appealed_for(token: Token, trigger: Token) -> Token | None:
    """The appeal (a verb or noun of urging, calling, demanding) whose object or "for" phrase
    holds a place, when the appeal is another word than the trigger and what is asked for does
    not hold the trigger: "meets the president and urges an end to fighting across Sudan",
    "repeats its call for a truce in Gaza during a council meeting". None when the trigger lies
    on the way up ("called for a truce in Gaza": the truce's own place) or the place hangs off
    no appeal."""
    child = token
    for node in islice(token.ancestors, 12):
        if node.i == trigger.i:
            return None
        if node.lemma_.lower() in APPEAL_VERBS and node.pos_ in ("VERB", "NOUN") \
                and trigger.i not in {t.i for t in child.subtree} and in_what_was_said(token, node):
            return node
        child = node
    return None


def inside_another_happening(token: Token, trigger: Token, event_type: str) -> bool:
    """True when a place's phrase hangs off an event noun of another kind between it and the
    trigger ("charged in connection with the bombings in Kenya")."""
    for node in islice(token.ancestors, 12):
        if node.i in (trigger.i, trigger.head.i):
            return False
        if node.pos_ == "NOUN" and node.lemma_.lower() in NOUN_TRIGGER_WORDS \
                and noun_type(node) not in (None, event_type):
            return True
    return False


HOST_VERBS = {"host"}


def _hosts(token: Token) -> bool:
    """True when a place is the subject of "host": the place where the hosted thing happens."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in HOST_VERBS


def _topical(token: Token) -> bool:
    """True when the preposition before a place hangs off a verb, an event word or a name
    ("warned over X", "talks on X"), not off a thing ("a bridge over the river")."""
    node = token
    for _ in range(5):
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            head = node.head.head
            return head.pos_ in ("VERB", "AUX", "PROPN") or head.lemma_.lower() in _EVENT_NOUNS
        if node.head == node:
            return False
        node = node.head
    return False


_EVENT_NOUNS = {"warning", "talks", "talk", "dispute", "row", "statement", "remarks", "comments", "tension",
                "tensions", "concern", "concerns", "criticism", "condemnation", "protest", "meeting", "summit",
                "agreement", "deal", "pact", "support", "call", "debate", "negotiations", "sanctions"}


def _attached_to_governor(token: Token, trigger: Token) -> bool:
    """True when a place's preposition hangs off the verb that governs a noun trigger — the
    parser's usual misattachment of "died after deployment to Liberia"."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    governor = next((n for n in islice(trigger.ancestors, 4) if n.pos_ in ("VERB", "AUX")), None)
    node = token
    for _ in range(5):
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            return governor is not None and node.head.head.i == governor.i
        if node.dep_ in ("compound", "amod", "conj", "appos", "nmod") and node.head != node:
            node = node.head
            continue
        return False
    return False


# Happenings whose subject place is often where they struck ("the Red River crested",
# "Texas was hit by floods"): a place as subject stays a candidate location.
PLACE_SUBJECT_TYPES = {"disaster", "accident"}


def _acts(token: Token, *, subjects: bool = True) -> bool:
    """True when a place is the subject of a verb or the owner of something (through "and"
    and compounds): "Russia and North Korea are aligning", "North Korea's involvement"."""
    node = token
    for _ in range(4):
        if (subjects and node.dep_ in ("nsubj", "nsubjpass")) or (
                node.dep_ == "poss" and node.head.pos_ == "NOUN" and node.head.lemma_.lower() not in PLACE_NOUNS):
            return True
        if node.dep_ in ("conj", "compound", "appos") and node.head != node:
            node = node.head
            continue
        return False
    return False


#: Happenings done to a place: their object or passive subject is where they happened ("shelled
#: Kherson", "Kyiv was hit", "visited Pyongyang", "armed Ukraine", "seized the town"); for the
#: others it is a party ("condemned Iran", "Iran was warned", "sanctioned Russia").
PLACE_OBJECT_TYPES = {"attack", "violence_against_civilians", "riot", "protest", "visit", "aid", "supply", "deploy",
                      "disaster", "accident", "other"}
#: Happenings that strike a place: a subject of theirs without an object is where they struck
#: ("Goma fell", "Kharkiv came under fire"); with one it is the striker ("Russia shelled Kherson").
STRUCK_TYPES = {"attack", "violence_against_civilians", "riot"}


#: Happenings whose subject is the electorate of a place: the place votes where it is.
ELECTORATE_TYPES = {"election"}


def _doer_verbs(trigger: Token) -> list[Token]:
    """The verbs whose subject is the trigger's doer: the trigger itself, or the verb a noun
    trigger is the object of ("signed a deal", "came under criticism"), and the verbs those
    share their subject with ("agreed to send", "agreed to hold talks")."""
    node = trigger
    if trigger.pos_ not in ("VERB", "AUX"):
        if trigger.dep_ in ("dobj", "attr") and trigger.head.pos_ in ("VERB", "AUX"):
            node = trigger.head
        elif trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.pos_ in ("VERB", "AUX"):
            node = trigger.head.head
        else:
            return []
    verbs = [node]
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in node.children):
            break
        if node.dep_ not in ("xcomp", "conj") or node.head.pos_ not in ("VERB", "AUX"):
            break
        node = node.head
        verbs.append(node)
    return verbs


def party_role(token: Token, trigger: Token, event_type: str, feature: str | None = None) -> str | None:
    """How a place takes part in the happening at ``trigger`` as a party, or None: its subject
    and the subject's conjuncts ("Egypt and Syria agreed"), its possessor ("Syria's decision"),
    its agent ("condemned by France"), its counterpart ("talks with Iran"), and its object or
    passive subject when the happening is done to a party, not to a place ("condemned Iran",
    "Iran was warned"). A party of a happening is not where it happened: only a locative
    preposition makes a place of it ("talks in Syria"). A struck place is no party ("Kyiv was
    hit", "Goma fell"), nor the place a disaster or accident struck ("Texas was flooded"), nor a
    town (``feature`` "city") that is the subject of its own measure ("Ōfunato issued an
    evacuation order for its residents": its authority acts within its bounds; "Japan issued
    an order" is who, not where)."""
    node = coordination_head(token)
    if event_type in PLACE_SUBJECT_TYPES:
        return None
    dep, head = node.dep_, node.head
    if event_type in ELECTORATE_TYPES and dep in ("nsubj", "nsubjpass", "poss"):
        return None  # "as Israel voted", "Ukraine's election": the electorate votes where it lives
    verbs = _doer_verbs(trigger)
    verb_ids = {v.i for v in verbs}
    if dep in ("nsubj", "csubj") and head.i in verb_ids:
        if event_type == "other" and feature == "city" and dep == "nsubj" and head.i == trigger.head.i \
                and trigger.dep_ == "dobj":
            return None  # a town's own measure: where it was taken
        if event_type in STRUCK_TYPES and not any(c.dep_ in ("dobj", "agent") for c in head.children) \
                and head.i == trigger.i:
            return None  # "Goma fell", "Kharkiv burned"
        if event_type in STRUCK_TYPES and trigger.pos_ not in ("VERB", "AUX") \
                and not any(c.dep_ == "dobj" for c in head.children):
            return None  # "Kharkiv came under fire"
        return "its subject"
    if dep == "nsubjpass" and head.i in verb_ids and event_type not in PLACE_OBJECT_TYPES:
        return "its passive subject"  # "Iran was condemned"
    if dep == "poss" and head.i == trigger.i:
        return "its possessor"
    if dep in ("dobj", "dative") and head.i == trigger.i and event_type not in PLACE_OBJECT_TYPES:
        return "its object"
    if dep == "pobj" and head.dep_ in ("prep", "agent") and (head.head.i == trigger.i or head.head.i in verb_ids):
        prep = head.lower_
        if prep == "by":
            return "its agent"
        if prep == "with":
            return "its counterpart"
        if prep == "against" and event_type not in STRUCK_TYPES:
            return "its target"
    return None


#: Happenings a state's body does from where the text need not say: its words, measures, deals, and
#: a nation's votes ("Colombians vote in the second round")
NATIONAL_TYPES = VERBAL_TYPES | {"sanction", "other", "agree", "election"}
#: Words of a state's bodies and office-holders, as a nominal doer with a country names them
#: (not "president" or "spokesman": firms, clubs and universities have them too, and the
#: doer's name keeps no possessor to tell "the company's president" apart)
NATIONAL_BODY_WORDS = {"ministry", "government", "parliament", "cabinet", "presidency", "minister", "foreign",
                       "defence", "defense"}
#: Words that make a body a town's, a county's or a federal state's ("the city administration")
LOCAL_BODY_WORDS = BODY_KIND_WORDS | {"township", "municipal", "local", "provincial", "regional"}
#: Derivations of places the text does not give for the happening itself (the story's, the
#: article's setting, the dateline's)
FALLBACK_DERIVATIONS = ("no place in the sentence", "no venue in the sentence",
                        "no place of the happening in the sentence")

#: A happening over a whole state ("across the state", "statewide", "the race for governor"),
#: or over a whole country ("nationwide", "throughout the country")
STATE_WIDE = re.compile(r"\b(?:(?:across|throughout|around) the (?:state|commonwealth)\b|state-?wide\b|gubernatorial\b"
                        r"|governor'?s (?:race|job|seat|post|election|campaign)\b|race for (?:the )?governor\b)", re.I)
NATION_WIDE = re.compile(r"\b(?:(?:across|throughout) the (?:country|nation)\b|nation-?wide\b)", re.I)

#: Happenings between governments: a capital or a country named without a locative takes part
#: in them ("talks between Moscow and Kyiv", "delegations from Washington and Tehran met",
#: "talks with Tehran"), it is not where they were held.
TALK_TYPES = {"meet"}


def stands_for_government(place: PlaceMention, token: Token, trigger: Token, event_type: str) -> bool:
    """True when a capital, a country or a state named in talks without a locative preposition
    stands for its government, a party of the talks, not their venue: "talks between Moscow and Kyiv",
    "delegations from Washington and Tehran held talks". A name that modifies the meeting noun
    itself is its venue ("the Madrid summit", "the Doha talks")."""
    if event_type not in TALK_TYPES:
        return False
    if not (place.feature in ("country", "admin1") or (place.feature == "city" and is_capital(place.geonameid))):
        return False
    if governing_preposition(token) in LOCATIVE | DESTINATION:
        return False
    node = coordination_head(token)
    if node.dep_ == "dobj" and node.head.lemma_.lower() in VISITING_VERBS:
        return False  # "visited Washington to meet Trump": where the visitor went and met
    return not (node.dep_ in ("compound", "nmod", "amod") and node.head.i == trigger.i)


#: Verbs whose object is where the doer went ("visited Washington", "toured the region").
VISITING_VERBS = {"visit", "tour", "reach"}


def _visited(token: Token, trigger: Token, event_type: str) -> bool:
    """The place is what the visit's own verb visits, its object or a conjunct of it: "visits
    Saudi Arabia", "toured Kenya and Uganda"."""
    node = coordination_head(token)
    return event_type == "visit" and node.dep_ == "dobj" and node.head.i == trigger.i \
        and trigger.lemma_.lower() in VISITING_VERBS


def trigger_path(token: Token, trigger: Token) -> str:
    """How a place hangs off the trigger: 'own' (in the trigger's own clause, or its head's),
    'inner' (in a clause of another verb inside the trigger's phrase: "support for measures
    taken in Ukraine") or 'other'."""
    for node in islice(token.ancestors, 12):
        if node.i in (trigger.i, trigger.head.i):
            return "own"
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod", "pcomp", "prep", "agent"):
            if node.dep_ in ("acl", "relcl") and trigger.i in {t.i for t in node.ancestors}:
                return "inner"
            return "other"
    return "other"


#: subordinators of the clause under an infinitive of purpose that tells what an act was done to
#: find out ("to determine whether", "to find out if"), not where the thing found out happened
PURPOSE_MARKERS = {"whether", "if"}


def governing_verb(token: Token) -> int:
    """The index of the first verb above a token (the token's own when none is found)."""
    return next((n.i for n in islice(token.ancestors, 12) if n.pos_ in ("VERB", "AUX")), token.i)


def purpose_of_governor(token: Token, trigger: Token) -> bool:
    """True when a place hangs off a verb whose purpose clause holds the trigger, two clauses
    down: "The gun was sent to a laboratory in Dover to determine whether it was used to kill
    Smith" — Dover is where the gun went, the killing is what the test is about. Only through
    an infinitive of purpose ("to determine") and a "whether"/"if" clause under it."""
    verb = token.doc[governing_verb(token)]
    if verb.i == token.i or verb.i == trigger.i:
        return False
    chain = []
    for node in islice(trigger.ancestors, 12):
        if node.i == verb.i:
            break
        chain.append(node)
    else:
        return False
    infinitive = next((n for n in chain if n.head.i == verb.i), trigger if trigger.head.i == verb.i else None)
    if infinitive is None or infinitive.dep_ not in ("advcl", "xcomp") \
            or not to_infinitive(infinitive):
        return False
    return any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKERS
               for n in [trigger, *chain] if n.i != infinitive.i for c in n.children)


#: prepositions whose object came before the act they date ("met aides following the bombings")
EARLIER_ACT_PREPOSITIONS = {"after", "following"}
#: words that count one act from another before or after it ("after the quake", "since the vote")
SEQUENCE_WORDS = EARLIER_ACT_PREPOSITIONS | {"before", "since"}
#: prepositions that date one act by another ("vanished after the shooting")
TIME_PREPOSITIONS = SEQUENCE_WORDS | {"until", "till"}
#: words that set a happening at the time of another ("during the raid", "amid protests", "when police came")
SAME_TIME_WORDS = {"during", "amid", "while", "when"}


def dates_another_act(node: Token, prepositions: set[str] = TIME_PREPOSITIONS) -> bool:
    """True when a word is the object of a preposition that dates another act by it: "vanished
    after the shooting", "met aides on Friday following the bombings" (the shooting, the
    bombings)."""
    return node.dep_ == "pobj" and node.head.lower_ in prepositions


def dated_by(token: Token, trigger: Token) -> bool:
    """True when a noun trigger only dates another act ("after the shooting") and the place is in
    a clause joined to that act: "The man vanished after the shooting and his car was found at an
    airport in Dover" — Dover is where the car was found, not where the shooting was."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.head.dep_ != "prep" or not dates_another_act(trigger):
        return False
    if any(n.i == trigger.i for n in islice(token.ancestors, 12)):
        return False
    # "were found dead near Zermatt following an avalanche": the act it dates shares its place
    # while "vanished after the shooting, and the car was found in Dover": a clause joined to it
    dated = trigger.head.head
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.head.i == dated.i:
            return node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")
        node = node.head
    return False


def complement_of(token: Token, trigger: Token) -> bool:
    """True when ``token`` lies in what the trigger leads to or tells of itself — its object, its
    infinitive, the object of its "to", a clause describing it, a verb joined to it ("invited
    North Korea to join a conference", "shootings that injured two", "shot and wounded") — not
    in a clause of its own ("came a day after the leaders met in Ankara")."""
    if any(c.i == trigger.i for c in token.conjuncts):
        return True
    node = token
    for _ in range(6):
        if node.i == trigger.i:
            return True
        if node.dep_ == "prep" and node.lower_ not in DESTINATION | {"for"}:
            return False
        if node.dep_ not in ("dobj", "xcomp", "pobj", "prep", "compound", "amod", "nmod", "relcl", "acl", "conj"):
            return False
        node = node.head
    return node.i == trigger.i


#: the parser's labels for a proper name before a noun: "the Phoenix shootings" (compound),
#: "the South Carolina primary election" (nmod: a multiword name before a modified noun)
NAME_BEFORE_NOUN = ("compound", "nmod")


def names_happening_place(token: Token, trigger: Token, trigger_tokens: set[int] | None, event_type: str,
                          place: PlaceMention) -> bool:
    """A town's or a province's name in compound position before a happening's noun: "the
    Phoenix shootings", "a Dallas robbery that left a clerk dead", "the Kursk offensive". It
    is where the noun's happening took place, and so where the trigger is when the trigger is
    that noun or is told inside its phrase. Not a party's name ("the Phoenix Suns game" hangs
    off "Suns"), a person's or an organisation's; not a country's, which there names the doer
    ("a U.S. airstrike"); and not for talks or words, whose compound is a topic ("Gaza truce
    talks")."""
    head = token.head
    if token.dep_ not in NAME_BEFORE_NOUN or head.pos_ != "NOUN" or (
            head.i not in (trigger_tokens or ()) and head.lemma_.lower() not in NOUN_TRIGGER_WORDS):
        return False
    if token.ent_type_ not in ("GPE", "LOC", "") or event_type in SETTING_TYPES | VERBAL_TYPES \
            or place.feature in ("country", "continent", "region"):
        return False
    return head.i == trigger.i or head.i in {t.i for t in islice(trigger.ancestors, 12)}


#: the role of a place whose people hold the vote (:func:`votes_in`)
ELECTORATE_ROLE = "holds the vote: where it took place"


def votes_in(token: Token, trigger: Token, event_type: str, place: PlaceMention) -> bool:
    """True when a place is the electorate of a vote, not a party to it: the subject of the
    verb that holds it or of the vote itself ("the state of Oregon held elections", "Ohio
    votes on Tuesday"), the election noun's possessor ("Ohio's primary") or the name before it
    ("the Kansas caucuses"). Its people vote where they live, so it is where the vote was
    (a place named without a locative is otherwise only "mentioned", and the story's
    setting wins over it)."""
    if event_type not in ELECTORATE_TYPES or place.feature in ("continent", "region", "water", "landform"):
        return False
    node = coordination_head(token)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in PLACE_NOUNS:
        node = node.head.head  # "the state of Oregon"
    if (node.dep_ == "poss" or node.dep_ in NAME_BEFORE_NOUN) and node.head.i == trigger.i:
        return node.ent_type_ in ("GPE", "LOC", "") or node.dep_ == "poss"
    if node.dep_ != "nsubj":
        return False
    verb = node.head
    return verb.i == trigger.i or (trigger.dep_ == "dobj" and trigger.head.i == verb.i)


def venue_of_clause(token: Token, trigger: Token) -> Token | None:
    """The venue noun whose relative clause a place's locative belongs to, when that noun is
    where the happening is ("killed five girls at an escape room the group was visiting to
    celebrate a birthday in Koszalin", "died at a hotel they had booked in Sochi"): the clause
    describes the venue, so the town it names is the happening's, though a verb of the clause
    may be a trigger of its own. The venue is the object of a locative on the trigger or on the
    verb the trigger is the subject of ("a fire killed ... at a room")."""
    for node in islice(token.ancestors, 8):
        if node.dep_ != "relcl":
            continue
        venue = node.head
        if venue.pos_ != "NOUN" or venue.dep_ != "pobj" or venue.head.lower_ not in LOCATIVE:
            return None
        holder = venue.head.head
        if holder.i == trigger.i or (trigger.dep_ in ("nsubj", "nsubjpass") and holder.i == trigger.head.i):
            return venue
        return None
    return None


def nearest_trigger(token: Token, trigger_tokens: set[int]) -> int | None:
    """The closest ancestor of a token (itself excluded) that is a trigger."""
    return next((node.i for node in islice(token.ancestors, 12) if node.i in trigger_tokens), None)


#: Nouns of places within a country, which a nationality adjective places there ("in Syrian
#: territory", "over Lebanese villages"); not a happening's nouns ("killed in Israeli strikes")
NATION_PLACE_NOUNS = {"village", "town", "city", "territory", "water", "waters", "airspace", "soil", "area",
                      "region", "province", "coast", "countryside", "border", "district", "port"}


def placed_nation(token: Token) -> str | None:
    """The country code of a nationality adjective on the object of a locative preposition,
    which places the happening in that nation ("issues an evacuation order in southern Lebanese
    villages", "shoots down a drone over Syrian waters"), else None."""
    noun = token.head
    if token.dep_ not in ("amod", "compound") or not token.text[:1].isupper() or noun.i == token.i \
            or noun.lemma_.lower() not in NATION_PLACE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in LOCATIVE:
        return None
    found = place_for_demonym(token.text)
    return found.get("country_code") if found is not None and found.get("feature") == "country" else None


def body_nation(token: Token, event_type: str) -> str | None:
    """The country code of a nationality adjective naming a state's body or office-holder
    ("the Iranian government", "a South African court"), or, for a vote or a hardship, of a
    people who are its subject ("Colombians vote", "millions of Ruritanians face hunger");
    None for any other word."""
    if not token.text[:1].isupper() or token.ent_type_ in ("GPE", "LOC", "FAC"):
        return None
    noun = token.head
    body = token.dep_ in ("amod", "compound", "nmod") and token.pos_ in ("ADJ", "PROPN", "NOUN") and (
        noun.lower_ in HOME_BODY_NOUNS or noun.lemma_.lower() in HOME_BODY_NOUNS)
    people = event_type in PEOPLE_TYPES and token.dep_ in ("nsubj", "nsubjpass") and token.lower_.endswith("s")
    if not body and not people:
        return None
    first = token  # "South African court": the name's earlier words modify its last one
    while first.i > 0 and token.doc[first.i - 1].dep_ in ("amod", "compound") \
            and first.i - 1 < token.doc[first.i - 1].head.i <= token.i and token.doc[first.i - 1].text[:1].isupper():
        first = token.doc[first.i - 1]
    if first.i > 1 and token.doc[first.i - 1].text == "-" and not token.doc[first.i - 2].whitespace_ \
            and token.doc[first.i - 2].text[:1].isupper():
        first = token.doc[first.i - 2]  # "the Bissau-Guinean military": one word, not "Guinean"
    group = next((ent for ent in token.doc.ents if ent.label_ == "ORG" and ent.start <= token.i < ent.end), None)
    if group is not None and any(t.text[:1].isupper() and not first.i <= t.i <= token.i and t.i != noun.i
                                 and t.dep_ != "det" and t.lower_ not in BODY_RANK_WORDS for t in group):
        return None  # "the Irish Republican Army": a group's name, not a body of Ireland
    for start in range(first.i, token.i + 1):
        found = place_for_demonym(token.doc[start:token.i + 1].text)
        if found is not None and found.get("feature") == "country" and found.get("country_code"):
            return found["country_code"]
    return None
