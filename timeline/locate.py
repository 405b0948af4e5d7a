"""Where an event happened: chosen from the places of its sentence, or inherited.

A sentence names many places; the event's location is the one the happening is tied to
("...warned the US and Japan at a press conference in Wonsan" happened in Wonsan).
Preference: a place governed by a locative preposition (in, at, near, outside) on the
trigger's path; for movements the destination ("to Kyiv") with the origin kept; never a
demonym ("Russian troops") and never a place inside an actor phrase unless nothing else is
left; finer features before coarser ones. When the sentence has no place, the event takes
the article's setting (its most-mentioned or dateline place) and says so.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import chain, islice

from spacy.tokens import Doc, Span, Token

from geodata.model import PlaceMention

LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "over", "into", "on", "off", "throughout", "within"}
DESTINATION = {"to", "into", "toward", "towards"}
ORIGIN = {"from"}
# Happenings whose plainly mentioned countries are topics ("talks on Ukraine"), not venues.
SETTING_TYPES = {"meet", "statement", "warn", "condemn", "support", "agree", "other", "election"}
# Happenings that take a country named by the section as their place ("aid to Ukraine ...
# confirmed a new shipment"); a statement does not ("support for Russia in Ukraine ... Kim said").
CARRY_COUNTRY_TYPES = {"aid", "supply", "deploy", "attack", "disaster", "protest", "riot"}
MOVEMENT_TYPES = {"visit", "deploy", "supply", "aid"}
GEO_PRECISION = {
    "city": "city", "admin2": "admin1", "admin1": "admin1", "country": "country",
    "region": "region", "water": "region", "landform": "region", "continent": "region",
    "point": "point", "building": "point", "poi": "point",
}
_FEATURE_RANK = {"point": 0, "building": 0, "poi": 0, "city": 1, "admin2": 2, "admin1": 3,
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


class Locator:
    """Chooses locations for the events of one article."""

    def __init__(self, doc: Doc, places: list[PlaceMention]) -> None:
        self.names = [p for p in places if p.resolved and p.role != "adjectival"]
        self._root: dict[int, Token] = {}  # id(place) -> the head token of its span
        for place in self.names:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None:
                self._root[id(place)] = span.root
        self.setting = self._article_setting()
        #: the place of the last located event of the current section (reset at headlines)
        self.section_place: PlaceMention | None = None

    def place_owners(self, sentence: Span, trigger_tokens: set[int]) -> dict[int, list[int]]:
        """Trigger token index -> geonameids of the locative places that hang off it."""
        owners: dict[int, list[int]] = {}
        for place in self._in(sentence):
            token = self._token_of(place)
            if token is None or _governing_preposition(token) not in LOCATIVE | DESTINATION:
                continue
            owner = _nearest(token, trigger_tokens)
            if owner is not None:
                owners.setdefault(owner, []).append(place.geonameid)
        return owners

    def _in(self, sentence: Span) -> list[PlaceMention]:
        return [p for p in self.names if sentence.start_char <= p.start < sentence.end_char]

    def locate(self, sentence: Span, trigger: Token, event_type: str, actor_tokens: set[int],
               trigger_tokens: set[int] | None = None) -> Location | None:
        in_sentence = self._in(sentence)
        if not in_sentence:
            section = self.section_place
            if section is not None and (section.feature != "country" or event_type in CARRY_COUNTRY_TYPES):
                return Location(self.section_place, f"no place in the sentence: the place of the story so far, "
                                                    f"{self.section_place.name}")
            if self.setting is None:
                return None
            return Location(self.setting, f"no place in the sentence: the article's setting, {self.setting.name}")
        scored: list[tuple[tuple[int, int, int], PlaceMention, str]] = []
        origin = None
        for place in in_sentence:
            token = self._token_of(place)
            prep = _governing_preposition(token) if token is not None else None
            on_path = token is not None and _related(token, trigger)
            role = "mentioned in the sentence"
            rank = 3
            if prep in ORIGIN and event_type in MOVEMENT_TYPES:
                origin = origin or place
                rank = 4
                role = "origin"
            elif prep in DESTINATION and event_type in MOVEMENT_TYPES:
                rank = 0
                role = f"destination ('{prep} {place.text}')"
            elif prep in LOCATIVE:
                rank = 1 if on_path else 2
                role = f"'{prep} {place.text}'"
            if token is not None and token.i in actor_tokens:
                rank = 5
                role = "named in an actor"
            elif token is not None and trigger_tokens and _nearest(token, trigger_tokens) not in (None, trigger.i):
                rank = max(rank, 4)  # the place of another happening in the same sentence
            feature_rank = _FEATURE_RANK.get(place.feature or "", 5)
            scored.append(((rank, feature_rank, abs(place.start - trigger.idx)), place, role))
        scored.sort(key=lambda item: item[0])
        (rank, _, _), best, role = scored[0]
        if origin is best:
            origin = None
        setting = self.setting
        if (rank >= 3 and setting is not None and event_type in SETTING_TYPES and setting is not best
                and _FEATURE_RANK.get(best.feature or "", 5) >= _FEATURE_RANK["country"]):
            # "Rubio met Lavrov ... to discuss Ukraine": the country is the topic, not the venue.
            return Location(setting, f"no venue in the sentence ({best.name} is mentioned, not located): "
                                     f"the article's setting, {setting.name}")
        if (rank >= 3 and setting is not None and best.feature == "country" and setting is not best
                and setting.country_code == best.country_code and setting.feature != "country"):
            # "...warned against alliances directed at North Korea": no place of the happening
            # is named; the article's setting inside that country is the better guess.
            return Location(setting, f"no place of the happening in the sentence: the article's setting, "
                                     f"{setting.name} ({setting.feature}), inside {best.name}")
        return Location(best, f"{role} → {best.name} ({best.feature})", origin=origin, explicit=rank <= 2)

    def _is_subject(self, place: PlaceMention) -> bool:
        token = self._token_of(place)
        return token is not None and token.dep_ in ("nsubj", "nsubjpass", "poss")

    def _token_of(self, place: PlaceMention) -> Token | None:
        return self._root.get(id(place))

    def _article_setting(self) -> PlaceMention | None:
        """The place an article is set in: a city mentioned twice or more as a place (not as
        the subject of a verb), else the most-mentioned place, finer features first."""
        places = [p for p in self.names if not self._is_subject(p)] or self.names
        if not places:
            return None
        counts = Counter(p.geonameid for p in places)
        cities = [p for p in places if p.feature == "city" and counts[p.geonameid] >= 2]
        if cities:
            return max(cities, key=lambda p: (counts[p.geonameid], -p.start))
        return min(places, key=lambda p: (-counts[p.geonameid], _FEATURE_RANK.get(p.feature or "", 5), p.start))


# "in the city of Sagaing", "near the town of Bucha": the preposition before the place noun.
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "state", "capital",
               "port", "county", "municipality", "area", "island", "oblast", "governorate", "suburb",
               "outskirts", "centre", "center", "heart", "streets", "border"}


def _governing_preposition(token: Token) -> str | None:
    node = token
    for _ in range(5):
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            prep = node.head
            if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS and prep.head.dep_ in ("pobj", "compound"):
                node = prep.head
                continue
            return prep.lower_
        if node.dep_ in ("compound", "amod", "conj", "appos", "nmod", "poss") and node.head != node:
            node = node.head
            continue
        if node.dep_ == "pobj":
            return node.head.lower_
        return None
    return None


def _nearest(token: Token, trigger_tokens: set[int]) -> int | None:
    """The closest ancestor of a token (itself excluded) that is a trigger."""
    return next((node.i for node in islice(token.ancestors, 12) if node.i in trigger_tokens), None)


def _related(token: Token, trigger: Token) -> bool:
    """True when the place hangs off the trigger (or the trigger's head) in the parse."""
    return any(node.i in (trigger.i, trigger.head.i) for node in islice(chain([token], token.ancestors), 6))