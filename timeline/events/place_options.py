"""Which place is the event's: every place an event could take, with the cues a place model
weighs (:mod:`timeline.events.scoring`), and ``None`` (no place rather than a wrong one).

The options are the resolved places of the event's sentence, the place of the story so far,
the article's setting and its dateline city. Each is described by how it hangs off the
trigger (the preposition that governs it, whether it is in the trigger's own clause, in an
actor's words, the subject or a modifier of some other noun), its kind of feature, how often
the article names it, and whether the rules would have chosen it; "no place" by the kind of
happening and what the sentence offers. Cues are general: no place name is ever one.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from geodata.model import PlaceMention
from timeline.events.features import GROUPS
from timeline.events.locate import (
    DESTINATION,
    LEGAL_TYPES,
    LOCATIVE,
    ORIGIN,
    PLACE_NOUNS,
    TOPICAL,
    VERBAL_TYPES,
    Locator,
    appealed_for,
    dated_by,
    governing_preposition,
    inside_another_happening,
    MOVEMENT_TYPES,
    nearest_trigger,
    owner_modifier,
    party_role,
    purpose_of_governor,
    route_end,
    said_at,
    stands_for_government,
    trigger_path,
)


@dataclass
class PlaceOption:
    place: PlaceMention | None
    kind: str  # sentence | section | setting | dateline | none
    features: dict[str, float]


def _prep_class(prep: str | None) -> str:
    if prep is None:
        return "none"
    if prep in DESTINATION:
        return "destination" if prep != "into" else "into"
    if prep in ORIGIN:
        return "origin"
    if prep in TOPICAL and prep not in ("on", "over"):
        return "topical"
    if prep in LOCATIVE:
        return "locative" if prep not in ("on", "over") else f"prep:{prep}"
    if prep in ("of", "between", "by", "for", "with", "against", "across", "along", "via"):
        return f"prep:{prep}"
    return "other"


def place_options(locator: Locator, sentence: Span, trigger: Token, event_type: str, actor_tokens: set[int],
                  trigger_tokens: set[int], rules_place: PlaceMention | None, dateline: PlaceMention | None,
                  mentions: dict[int, int]) -> list[PlaceOption]:
    """Every place the event could take, and no place; ``mentions`` counts each geonameid's
    mentions in the article."""
    group = GROUPS.get(event_type, "other")
    options: list[PlaceOption] = []
    in_sentence = locator.places_in(sentence)
    seen: set[int] = set()
    finer_countries = {p.country_code for p in in_sentence if p.feature not in ("country", "continent", "region")}

    def common(place: PlaceMention, f: dict[str, float]) -> dict[str, float]:
        f["bias"] = 1.0
        feature = place.feature or "other"
        f[f"feature:{feature}"] = 1.0
        f[f"group_feature:{group}:{feature}"] = 1.0
        if rules_place is not None and place.geonameid == rules_place.geonameid:
            f["rules_choice"] = 1.0
        count = mentions.get(place.geonameid or -1, 0)
        f[f"mentions:{min(count, 3)}"] = 1.0
        if dateline is not None and place.geonameid == dateline.geonameid:
            f["is_dateline_place"] = 1.0
        if feature == "country" and place.country_code in finer_countries:
            f["country_of_finer_place"] = 1.0
        if locator.setting is not None and place.geonameid == locator.setting.geonameid:
            f["is_setting"] = 1.0
        return f

    for place in in_sentence:
        if place.geonameid in seen:
            continue
        seen.add(place.geonameid)
        f: dict[str, float] = {"kind:sentence": 1.0}
        token = locator.token_of(place)
        if token is None:
            f["no_token"] = 1.0
        else:
            prep = _prep_class(governing_preposition(token))
            path = trigger_path(token, trigger)
            f[f"prep:{prep}"] = 1.0
            f[f"path:{path}"] = 1.0
            f[f"group_prep:{group}:{prep}"] = 1.0
            f[f"prep_path:{prep}:{path}"] = 1.0
            f[f"dep:{token.dep_}"] = 1.0
            if token.i in actor_tokens:
                f["in_actor"] = 1.0
            if token.dep_ in ("compound", "poss", "amod", "nmod"):
                head = token.head
                if head.i == trigger.i:
                    f["modifies_trigger"] = 1.0
                elif head.lemma_.lower() in PLACE_NOUNS:
                    f["modifies_place_noun"] = 1.0
                else:
                    f["modifies_other_noun"] = 1.0
                    if owner_modifier(token, trigger, place):
                        f["owner_modifier"] = 1.0  # "U.S. embassies": whose, not where
            if token.dep_ in ("nsubj", "nsubjpass"):
                f["subject"] = 1.0
            if prep not in ("locative", "destination", "into") and party_role(token, trigger, event_type, place.feature):
                f["party"] = 1.0  # "Egypt and Syria agreed", "condemned Iran": who, not where
            elif stands_for_government(place, token, trigger, event_type):
                f["party"] = 1.0  # "talks between Moscow and Kyiv": governments, not a venue
            if locator.home_elsewhere(place) is not None:
                f["home_elsewhere"] = 1.0  # "a Louisiana man was arrested" in a Kentucky town's story
            if event_type not in MOVEMENT_TYPES and route_end(token):
                f["route_end"] = 1.0  # "sank on the way from Cuba to Florida": it happened at neither
            if event_type in LEGAL_TYPES and inside_another_happening(token, trigger, event_type):
                continue  # "arrested in connection with the bombings in Kenya": the bombings' place
            if event_type not in VERBAL_TYPES and path == "other" and (
                    purpose_of_governor(token, trigger) or dated_by(token, trigger)):
                # "sent to a laboratory in Dover to determine whether it was used to kill",
                # "vanished after the shooting, and the car was found in Dover": another act's place
                continue
            if event_type not in VERBAL_TYPES and appealed_for(token, trigger) is not None:
                continue  # "meets the president and urges an end to fighting across Sudan": what is asked for
            nearest = nearest_trigger(token, trigger_tokens)
            if nearest is not None and nearest != trigger.i:
                f["other_trigger_owns"] = 1.0
            gap = abs(token.i - trigger.i)
            f[f"gap:{0 if gap <= 3 else 1 if gap <= 8 else 2 if gap <= 16 else 3}"] = 1.0
            if token.i < trigger.i:
                f["before_trigger"] = 1.0
        options.append(PlaceOption(place, "sentence", common(place, f)))
    sentence_countries = {p.country_code for p in in_sentence if p.country_code}
    # The article's setting only when the story has no place of its own so far: in a
    # story that moves (talks in Wonsan, strikes in Ukraine) it is seldom where the next
    # happening is.
    # A digest's later item has no setting of the whole text either.
    setting = locator.setting if locator.section_place is None and not (
        locator.digest_item and event_type not in VERBAL_TYPES) else None
    for kind, place in (("section", locator.section_place), ("setting", setting), ("dateline", dateline)):
        if place is None or place.geonameid in seen:
            continue
        seen.add(place.geonameid)
        f = {f"kind:{kind}": 1.0, f"group_kind:{group}:{kind}": 1.0,
             "sentence_has_places" if in_sentence else "sentence_without_places": 1.0}
        if sentence_countries:
            # the story's place in a country the sentence does not name is seldom where it happened
            f["in_a_sentence_country" if place.country_code in sentence_countries else "outside_the_sentence_countries"] = 1.0
        options.append(PlaceOption(place, kind, common(place, f)))
    none = {"bias": 1.0, "kind:none": 1.0, f"group_none:{group}": 1.0, f"type_none:{event_type}": 1.0,
            "sentence_has_places" if in_sentence else "sentence_without_places": 1.0}
    if rules_place is None:
        none["rules_choice"] = 1.0
    options.append(PlaceOption(None, "none", none))
    return options

