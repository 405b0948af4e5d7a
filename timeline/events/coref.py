"""One event per happening: which candidate mentions report the same happening.

A happening is reported again and again ("... bombed the embassy. The blast killed 12. The
bombing was the worst since ..."); the codebook wants one event with every sentence as its
evidence, and strikes at two places, or on two days, as two events. Candidates are taken in
document order; each joins the group of an earlier mention when the pair model says they
are the same happening, else starts a group of its own.

The pair model reads general cues of the two mentions (same kind of happening, the same or
another place, date and doer, a definite "the attack" pointing back, "another strike"
announcing a new one, how far apart they are); :mod:`timeline.events.scoring` holds its
weights. Some links the text makes outright, whatever the pair model says: a definite "the
bombing" points back to the happening it names, an attack on a named person ("Slepian,
52, was shot with a rifle") is the attack on that person told before, a strike or a fire
at a place already named is the one told there, and an undated detail of a criminal case
("she was remanded to custody") is the arrest told before, a member's vote ("Councilman
Rivera voted against the permit") is the body's vote; a saying that joins nothing else is the
same speaker's earlier saying on that day and in that town (a town or a later date in what
was said is not where or when it was said). Some the text tells apart outright: "other fires
..., including a brush fire" are not the fire told before, and an arrest is not the plea or
sentence that ends its case.
"""
from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from geodata.gazetteer.index import country_for_demonym, country_named, get_gazetteer, haversine_km, in_county
from geodata.language.pipeline import TITLE_ABBREVIATIONS
from timeline.events.actors import PATIENT_NOUNS
from timeline.events.corroborate import LOCAL_TYPES, SYMMETRIC_TYPES
from timeline.events.features import GROUPS, Cue, digest_item, told_in_simple_present
from timeline.events.locate import NOT_ITS_OWN, SAME_TIME_WORDS, TIME_PREPOSITIONS, VERBAL_TYPES
from timeline.events.triggers import quoted_label

#: The scorer's groups of compatible types (../shared/eval/CODEBOOK.md §4).
COMPATIBLE = (
    {"attack", "violence_against_civilians", "riot"}, {"protest", "riot"}, {"arrest", "sanction", "other"},
    {"attack", "deploy"}, {"meet", "visit", "agree"}, {"aid", "supply", "deploy"},
    {"statement", "warn", "condemn", "support"}, {"disaster", "accident"}, {"election", "agree"},
    {"other", "statement"},
)
#: Nouns that refer back to a happening already told ("the blast", "the violence").
ANAPHORS = {"attack", "blast", "bombing", "explosion", "incident", "violence", "fighting", "killing", "killings",
            "shooting", "raid", "strike", "strikes", "assault", "clashes", "clash", "unrest", "crash", "accident",
            "fire", "blaze", "storm", "flood", "flooding", "quake", "earthquake", "meeting", "talks", "visit",
            "trip", "agreement", "deal", "protest", "protests", "rally", "arrest", "arrests", "verdict", "trial",
            "election", "vote", "decision", "move", "announcement", "statement", "deaths", "death", "casualties",
            "toll", "injuries", "damage", "victims", "bombings", "attacks"}
TOLL_WORDS = {"kill", "die", "dead", "death", "deaths", "injure", "wound", "casualties", "casualty", "toll",
              "injuries", "victims", "victim", "hurt", "damage", "destroy"}
#: Local happenings that one place names once (:func:`_same_place`).
SAME_PLACE_TYPES = LOCAL_TYPES - {"arrest"}
NEW_CUES = {"another", "second", "third", "fresh", "new", "further", "renewed", "separate", "latest", "earlier",
            "subsequent"}


def compatible(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in COMPATIBLE)


def pair_features(group: Sequence[Cue], cue: Cue, *, first_group: bool,
                  same_happening: Callable[[object, object], bool]) -> dict[str, float]:
    """Cues of "``cue`` reports the same happening as the mentions of ``group``"."""
    f: dict[str, float] = {"bias": 1.0}
    event, token = cue.event, cue.trigger
    types = {m.event.event_type for m in group}
    if event.event_type in types:
        f["same_type"] = 1.0
    elif GROUPS.get(event.event_type) in {GROUPS.get(t) for t in types}:
        f["same_group"] = 1.0
    elif any(compatible(event.event_type, t) for t in types):
        f["compatible_type"] = 1.0
    else:
        f["other_type"] = 1.0
    f[f"type:{event.event_type}"] = 1.0
    if cue.strength <= 0.3:
        # a verb of saying with nothing better in its sentence: often the attribution of a
        # detail of a happening already told ("..., the ministry said")
        f["says"] = 1.0
        f[f"says_{'same' if 'same_type' in f or 'same_group' in f else 'other'}_type"] = 1.0
    group_lemmas = {m.trigger.lemma_.lower() for m in group}
    sentence_lemmas = _sentence_lemmas(cue)
    if sentence_lemmas & group_lemmas:
        f["sentence_names_group_trigger"] = 1.0
    if sentence_lemmas & TOLL_WORDS and group[0].event.event_type in ("attack", "violence_against_civilians",
                                                                      "disaster", "accident", "riot"):
        f["sentence_tells_toll"] = 1.0
    if any(same_happening(m.event, event) for m in group):
        f["rules_same"] = 1.0
    distance = min(cue.sentence_index - m.sentence_index for m in group)
    f[f"distance:{0 if distance <= 0 else 1 if distance == 1 else 2 if distance <= 3 else 3 if distance <= 7 else 4}"] = 1.0
    if token.lemma_.lower() in {m.trigger.lemma_.lower() for m in group}:
        f["same_lemma"] = 1.0
    lower = token.lower_
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    possessed = any(c.dep_ == "poss" for c in token.children)
    if token.pos_ in ("NOUN", "PROPN") and (determiners & {"the", "this", "that", "these", "those"} or possessed):
        f["definite_noun"] = 1.0
        if lower in ANAPHORS or token.lemma_.lower() in ANAPHORS:
            f["anaphor"] = 1.0
    if token.lemma_.lower() in TOLL_WORDS or lower in TOLL_WORDS:
        f["toll_word"] = 1.0
    if _new_cue(cue):
        f["new_cue"] = 1.0
    # place
    places = {m.event.geonameid for m in group if m.event.geonameid is not None and m.place_explicit}
    if cue.place_explicit and event.geonameid is not None:
        if event.geonameid in places:
            f["place:same"] = 1.0
        elif places:
            countries = {m.event.country_code for m in group if m.place_explicit}
            f["place:other_same_country" if event.country_code in countries else "place:other"] = 1.0
        else:
            f["place:new"] = 1.0
    else:
        f["place:unstated"] = 1.0
    # date
    dated = [m.event for m in group if m.own_date and m.event.date_start is not None]
    if cue.own_date and event.date_start is not None and not deadline_dated(cue):
        if not dated:
            f["date:new"] = 1.0
        elif any(m.date_start <= event.date_end and event.date_start <= m.date_end for m in dated):
            f["date:overlap"] = 1.0
        else:
            f["date:disjoint"] = 1.0
    else:
        f["date:unstated"] = 1.0
    # doer
    doers = {m.event.actor1 for m in group if m.event.actor1}
    if event.actor1 and doers:
        f["actor:same" if event.actor1 in doers else "actor:other"] = 1.0
        if event.actor1 in doers and event.event_type in types:
            f["same_doer_same_type"] = 1.0  # "Lavrov's trip confirms ..." at the story's end
    else:
        f["actor:unstated"] = 1.0
    if event.mode not in {m.event.mode for m in group}:
        f["mode:other"] = 1.0
    if first_group:
        f["lead_happening"] = 1.0
    if len(group) > 1:
        f["group:several"] = 1.0
    return f


def distinct(a: Cue, b: Cue) -> bool:
    """Mentions the text itself tells apart, whatever the pair model says: two happenings
    the rules chose in one sentence (with places or clauses of their own, or joined by
    "and"; not two mentions of one kind of local happening at one place, or of which only
    one names a place), copies of one trigger for two places, or the same kind of local happening at two
    named places or on two stated days, local happenings whose clauses place them in two
    countries (:func:`scene_countries`), and the sayings of two speakers each named by their verb's
    subject. Two sayings of one speaker in one sentence stay one statement, and so do a toll and
    the happening its clause tells as its cause (:func:`_toll_of`)."""
    a, b = a.told_as or a, b.told_as or b
    if a.sentence.start == b.sentence.start and a.chosen and b.chosen and a.trigger.i != b.trigger.i:
        # unless they are the same kind of happening at the same place ("fires occurred,
        # including a brush fire in Torrington"): repeated strikes on one place are one event
        # (one of them placed by its words, the other by none: "eleven are injured in a car
        # accident near Armenia, Colombia, when the driver loses control" tells the crash once, the
        # place the one names is the sentence's for both)
        same_place = a.event.geonameid is not None and a.event.geonameid == b.event.geonameid \
            or (a.place_explicit != b.place_explicit and not _one_of_several(a) and not _one_of_several(b))
        if not (same_place and a.event.event_type == b.event.event_type and a.event.event_type in LOCAL_TYPES
                and a.event.mode == b.event.mode) and not _one_speaker(a, b) \
                and not _toll_of(a, b) and not _toll_of(b, a) \
                and not (_decides(a, b) and _governs(a, b)) and not (_decides(b, a) and _governs(b, a)) \
                and not _nested_noun(a, b) and not _nested_noun(b, a) \
                and not _met_on_visit(a, b) and not _met_on_visit(b, a):
            return True
    if a.trigger.i == b.trigger.i:
        # copies of one trigger for two places, or for two speakers joined by "and" (one
        # statement per speaker: "Both the council and the government called for an inquiry")
        return a.event.geonameid != b.event.geonameid or (
            a.event.event_type in VERBAL_TYPES and a.event.actor1 != b.event.actor1)
    if _other_speakers(a, b):
        return True
    ea, eb = a.event, b.event
    if a.place_explicit and b.place_explicit and (ea.geonameid, ea.place_name) != (eb.geonameid, eb.place_name) \
            and ea.lat is not None \
            and not (_same_name(_speaker(a), _speaker(b)) and not (_own_place(a) and _own_place(b))) \
            and eb.lat is not None:
        regional = "region" in (ea.geo_precision, eb.geo_precision)
        sayings = bool(VERBAL_TYPES & {ea.event_type, eb.event_type})
        if ea.country_code and eb.country_code and ea.country_code != eb.country_code and not (regional and sayings):
            return True  # strikes in two countries (a strip of land or a strait too); visits to two countries
        if (not ea.country_code or not eb.country_code) and not sayings \
                and haversine_km(ea.lat, ea.lon, eb.lat, eb.lon) > FAR_APART_KM:
            return True  # a strait and a city far from it
        if ea.country_code and ea.country_code == eb.country_code and "country" not in (ea.geo_precision, eb.geo_precision) \
                and not regional and not county_holds(ea.geonameid, eb.geonameid):
            return True  # strikes on two cities; Pyongyang and North Korea may be one visit, Pyongyang and Wonsan not
    if ea.event_type in LOCAL_TYPES and eb.event_type in LOCAL_TYPES and a.sentence.start != b.sentence.start:
        # "Six people are killed in a house fire in Hunan, China." and "Six people are killed as
        # a bus crashes into a truck in West Bengal, India.": two happenings, whatever place the
        # rules chose for either (the one a fire or a crash is placed at may be the story's)
        scene_a, scene_b = scene_countries(a), scene_countries(b)
        if scene_a and scene_b and not scene_a & scene_b:
            return True
    if _two_digest_items(a, b):
        return True  # "Puntland authorities ban foreign entries." and, items below, "Israel bans UNRWA."
    if _two_item_leads(a, b):
        return True  # "Port authorities ban night fishing." and, a paragraph below, "A court sentences two smugglers."
    if _doers_of_two_states(a, b):
        return True  # Iran's drone attack and Israel's air strike told on one page
    if _two_doers_today(a, b) or _two_arrested_today(a, b):
        return True  # "M23 seizes the airport in Goma." and "Uganda shells rebel camps near Bunia."
    if _two_tolls_today(a, b):
        return True  # "Three farmers are killed in a raid in Tessen." and "Troops kill a rebel commander in Tessen."
    if _of_a_past_year(a) and _told_as_news(b, a) or _of_a_past_year(b) and _told_as_news(a, b):
        return True  # "the bombing of a Lorvik mosque in 2017" and "Two guards are shot at a bank in Tessen."
    if _past_election(a, b) or _past_election(b, a):
        return True  # "turnout was twice that of the 2007 election" and "Tuesday's council election"
    if ea.event_type == eb.event_type == "arrest" and a.sentence.start != b.sentence.start \
            and {_legal_step(a), _legal_step(b)} == {"arrest", "outcome"}:
        return True  # an arrest and the sentence or plea that ends the case come on other days
    if _to_come(a) and _done(b) or _to_come(b) and _done(a):
        return True  # "will appear on the May 12 ballot" is not the filing that has been done
    if _dated(a) and _dated(b) and ea.date_start and eb.date_start and (
            ea.date_end < eb.date_start or eb.date_end < ea.date_start) and compatible(ea.event_type, eb.event_type) \
            and not outer_clause_date(a) and not outer_clause_date(b):
        return True
    return False


def _nested_noun(outer: Cue, inner: Cue) -> bool:
    """Two event nouns of one kind, the second inside the first's phrase ("freezes all foreign
    aid except military aid to Israel", "sanctions on banks, with further sanctions on oil"): one
    happening told with its exception or detail; not one of several told as such ("strikes,
    including the attack in Lviv")."""
    o, i = outer.trigger, inner.trigger
    return o.pos_ == i.pos_ == "NOUN" and outer.event.event_type == inner.event.event_type \
        and outer.event.mode == inner.event.mode and o.i < i.i and i.i in {t.i for t in o.subtree} \
        and not _one_of_several(outer) and not _one_of_several(inner)


def _met_on_visit(visit: Cue, meeting: Cue) -> bool:
    """A meeting told inside the phrase of a visit of the same mode, or the clause of the light
    verb whose object the visit is ("made a visit to Prague on Monday, where he met the
    president"): what was done on the visit, one happening."""
    v, m = visit.trigger, meeting.trigger
    phrase = v.head if v.dep_ == "dobj" else v  # "made a visit to Prague, where ...": the light verb's clause
    return visit.event.event_type == "visit" and meeting.event.event_type == "meet" \
        and visit.event.mode == meeting.event.mode and v.i < m.i and m.i in {t.i for t in phrase.subtree}


@functools.lru_cache(maxsize=4096)
def county_holds(a: int | None, b: int | None) -> bool:
    """One of two places is a county (a second-level division) and the other a town in it: "A
    Columbus woman was fined ... in Platte County Court" names the woman's town and the court's
    county, one fine; "Spafford was indicted in Palestine" and "Anderson County grand jury
    indicts ..." one indictment. Such a pair tells no two happenings apart by place (the
    codebook takes the town and its county as one place, §3 place_alt); two towns, or a town
    and another county, still do."""
    if a is None or b is None or a == b:
        return False
    found = get_gazetteer().places([a, b])
    pa, pb = found.get(a), found.get(b)
    if pa is None or pb is None:
        return False
    return any(town["feature"] == "city" and in_county(town, county) for town, county in ((pa, pb), (pb, pa)))


#: Words that tell a part of a wider whole ("drones at Ukrainian cities, including the attack in Lviv").
PART_WORDS = {"including", "among"}


def _one_of_several(cue: Cue) -> bool:
    """The mention's sentence tells a happening as one of several ("launched 300 drones at
    cities, including the attack that killed two in Lviv"): "including" or "among" before an
    event noun. The place that one names is its own, not the whole's; "ten are killed,
    including two students" names people, not happenings."""
    return any(t.lower_ in PART_WORDS and t.dep_ == "prep" and any(
        c.dep_ == "pobj" and (c.lemma_.lower() in ANAPHORS or c.lower_ in ANAPHORS) for c in t.children)
        for t in cue.sentence)


def _two_digest_items(a: Cue, b: Cue) -> bool:
    """Mentions in two items of a digest: two paragraphs that take up nothing of each other's
    story (:attr:`Cue.story`), each told as today's news in the present tense, as a digest of
    the day tells its items ("Police arrest 14 protesters in Lagos." ... "Guards detain a
    reporter in Accra."): two happenings, however alike their kind. A wire story's paragraphs,
    told in the past ("At least 82 were killed"), may take up nothing of the paragraph before
    and still tell its happening: they are left to the other cues."""
    return a.story != b.story and _told_as_today(a) and _told_as_today(b)


def _two_item_leads(a: Cue, b: Cue) -> bool:
    """Two deeds, each its own paragraph's main verb told as today's news in the present
    (:func:`_told_as_today`), as a digest tells one item a paragraph: "Port authorities ban
    night fishing in the bay." and, a paragraph below, "The regional court sentences two
    smugglers to prison." are two happenings, though the second takes up the first's place
    (a digest's items on one country follow each other, :func:`_two_digest_items` needs a new
    story). Not when the later paragraph names a happening told before by a definite or
    possessed noun ("The strike kills three", "Three are killed after Iran's retaliatory strikes":
    :func:`definite`), nor sayings (one per speaker, :func:`_other_speakers`)."""
    if a.sentence.start == b.sentence.start or VERBAL_TYPES & {a.event.event_type, b.event.event_type}:
        return False
    if a.trigger.dep_ != "ROOT" or b.trigger.dep_ != "ROOT" or not (_told_as_today(a) and _told_as_today(b)):
        return False
    first, later = (a, b) if a.sentence.start < b.sentence.start else (b, a)
    between = first.sentence.doc.text[first.sentence.start_char:later.sentence.start_char]
    if "\n" not in between[len(first.sentence.text.rstrip()):]:
        return False  # (a sentence's span may hold the blank line after it)
    if any(t.lower_ in ANAPHORS and definite(t) for t in later.sentence):
        return False
    return not _bare_toll(later)


#: How a verb's dependents tell where, when, by whom or from what a toll came ("in a blast",
#: "by gunmen", "when a bus overturned").
TOLL_SCENE_DEPS = {"prep", "agent", "advcl", "npadvmod"}


def _bare_toll(cue: Cue) -> bool:
    """A toll told in a sentence of its own with nothing of its own around it: no place, no day,
    no cause, no doer ("Four attackers are killed.", "Two more people die."). A digest gives each
    item its place and its cause; such a paragraph goes on with the happening told just before,
    so it is no item of its own."""
    token = cue.trigger
    return token.pos_ == "VERB" and token.lemma_.lower() in TOLL_WORDS and not cue.place_explicit \
        and not cue.own_date and not any(c.dep_ in TOLL_SCENE_DEPS | {"nsubj"} for c in token.children) \
        and not any(t.ent_type_ in PLACE_ENTITIES + ("DATE", "TIME") for t in cue.sentence)


def _told_as_today(cue: Cue) -> bool:
    """The mention's sentence is told in the simple present, outside quotation marks
    (:func:`~timeline.events.features.told_in_simple_present`, "Rebels seize the airport"), or in
    the present passive ("are killed", not "were killed": a past passive may be a wire story's
    account of its own happening)."""
    return told_in_simple_present(cue.sentence, cue.sentence.root, passive=True)


def _toll_of(toll: Cue, cause: Cue) -> bool:
    """A toll and the happening its clause tells as its cause, in one sentence: "Seven people
    are killed as a bus crashes into a truck in Siliguri", "... are killed in an arson attack
    at a house", "a blast ripped through the market, killing 12", "the bombing that killed 30"
    are one crash, one attack, one blast (codebook §2: a toll is part of the happening that
    caused it), though the rules placed only the cause. The cause hangs off the toll (or its
    "and 20 are injured") by a clause or a preposition, or the toll right off the cause: not
    "launched 300 drones, including the attack that killed two in Lviv", a toll of one of the
    strikes, at a place of its own."""
    if toll.trigger.lemma_.lower() not in TOLL_WORDS | RUIN_WORDS or toll.event.mode != cause.event.mode \
            or not compatible(toll.event.event_type, cause.event.event_type):
        return False
    t, c = toll.trigger, cause.trigger
    if t.head.i == c.i and t.dep_ in TOLL_LINKS:
        return True
    tolls = {t.i} | {x.i for x in t.conjuncts}
    node = c
    for _ in range(8):
        if node.i in tolls:
            return True
        if node.dep_ not in CAUSE_PATH or node.head.i == node.i:
            return False
        node = node.head
    return False


#: Verbs of the ruin a happening leaves, told as its toll ("a church catches fire, collapsing the
#: tower", "a storm sweeps the coast, flattening homes"): part of that happening, not another.
RUIN_WORDS = {"collapse", "flatten", "raze", "gut", "topple", "level", "sink", "submerge"}
#: How a toll hangs off the happening that caused it ("rips through, killing 12", "the bombing
#: that killed 30").
TOLL_LINKS = {"advcl", "xcomp", "conj", "relcl"}
#: How the cause hangs off its toll: a clause ("as a bus crashes"), a preposition ("in an attack",
#: "following clashes"), a noun's modifier or conjunct ("an arson and shooting attack"), the object
#: of the clause's verb ("a farmer is killed when soldiers open fire on a crowd"), the clause a
#: verb of causing makes happen ("are killed after winds cause a ferry to capsize": "capsize" hangs
#: off "ferry" or off "cause").
CAUSE_PATH = {"advcl", "prep", "pobj", "pcomp", "conj", "compound", "nmod", "amod", "dobj", "acl", "ccomp"}


#: Named places this far apart are never the scene of one local happening.
FAR_APART_KM = 500
#: How a place of the sentence hangs off its word when it says where something happened ("in
#: Hunan", "at the embassy in Nairobi", "near Padina", "into a truck", "on Kyiv"): the place
#: options' preposition cues (:mod:`timeline.events.place_options`).
SCENE_PREPOSITIONS = ("prep:locative", "prep:into", "prep:prep:on", "prep:prep:over")


def scene_countries(cue: Cue) -> set[str]:
    """The countries a mention's clause places something in: the mention's own place when
    the sentence names it, and each place its clause (the clause of the verb it is, or hangs
    off, with the clauses inside it) names after "in", "at", "near", "off", "on" that is no
    party, no owner and no part of a doer ("Israel struck", "the U.S. embassy", "Kenyan
    police"). "Six people are killed as a bus crashes into a truck in Jalpaiguri, India"
    places the killing in India; "Cpl. Ann Ruiz, 21, of Ohio, was killed" places nothing in
    the U.S., nor does "agents were sent to investigate the bombings, but there was no word in
    Washington" place the bombings there."""
    if cue.scene is None:
        cue.scene = frozenset(_scene_countries(cue))
    return cue.scene


def _scene_countries(cue: Cue) -> set[str]:
    countries = {cue.event.country_code} if cue.place_explicit and cue.event.country_code else set()
    locator = getattr(cue, "locator", None)
    if locator is None:
        return countries
    clause = cue.trigger  # the verb whose clause holds the mention (a Token is made anew: compare indices)
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    inside = {t.i for t in clause.subtree}
    for option in getattr(cue, "place_options", None) or ():
        place, f = option.place, option.features
        if option.kind != "sentence" or place is None or not place.country_code \
                or f.get("in_actor") or f.get("owner_modifier") or f.get("party") \
                or not any(f.get(name) for name in SCENE_PREPOSITIONS):
            continue
        token = locator.token_of(place)
        if token is not None and token.i in inside:
            countries.add(place.country_code)
    return countries


def _doers_of_two_states(a: Cue, b: Cue) -> bool:
    """Two deeds (not sayings) whose named doers belong to two different countries and neither
    of which is the other's target: two happenings ("Iran attacks bases in Bahrain", "Israel
    strikes depots in Gaza"), not one clash told from its two sides ("troops fought the
    rebels ... the rebels fired back")."""
    ea, eb = a.event, b.event
    if ea.event_type in VERBAL_TYPES or eb.event_type in VERBAL_TYPES:
        return False

    def country(event, name: str | None, *, named: bool) -> str | None:
        details = next((d for d in event.actor_details if name and d.get("name") == name), None)
        if details is None or (named and details.get("kind") not in ("named", "state")):
            return None
        return details.get("country_code")
    doer_a, doer_b = country(ea, ea.actor1, named=True), country(eb, eb.actor1, named=True)
    if not (doer_a and doer_b) or doer_a == doer_b:
        return False
    target_a, target_b = country(ea, ea.actor2, named=False), country(eb, eb.actor2, named=False)
    return doer_b != target_a and doer_a != target_b and not _same_name(ea.actor1, eb.actor2) \
        and not _same_name(eb.actor1, ea.actor2)


#: Happenings with several parties, none of them its one doer: the voters and the winner of an
#: election, the sides of a meeting or a deal.
SEVERAL_PARTY_TYPES = SYMMETRIC_TYPES | {"election"}


def _two_doers_today(a: Cue, b: Cue) -> bool:
    """Two deeds told in two sentences as today's news (:func:`_told_as_today`), each by a doer
    its sentence names (a name or a state, not "rebels"), the two doers sharing no word and
    neither the other's target: "M23 seizes the airport in Goma." and "Uganda shells rebel camps
    near Bunia." are two happenings, as a digest tells its items, whatever kind, place or day
    the rules gave either (the doers' countries may be unknown, :func:`_doers_of_two_states`).
    Not sayings (one per speaker, :func:`_other_speakers`), nor elections, meetings or deals, whose parties are several ("Voters
    go to the polls ..." and "Ana Ruiz wins the election"); a story told in the past ("the troops
    fought the rebels ... the rebels fired back") is left to the other cues."""
    ea, eb = a.event, b.event
    if a.sentence.start == b.sentence.start or VERBAL_TYPES & {ea.event_type, eb.event_type} \
            or SEVERAL_PARTY_TYPES & {ea.event_type, eb.event_type}:
        return False
    if a.actor1_kind not in ("named", "state") or b.actor1_kind not in ("named", "state") \
            or not ea.actor1 or not eb.actor1:
        return False
    if _share_a_word(ea.actor1, eb.actor1) or _same_name(ea.actor1, eb.actor2) \
            or _same_name(eb.actor1, ea.actor2):
        return False
    return _told_as_today(a) and _told_as_today(b)


def _of_a_past_year(cue: Cue) -> bool:
    """The mention's sentence dates it to a year before the one the article was published in
    ("the perpetrator of the bombing of a Lorvik mosque in 2017"): a happening of the past,
    told as the background of today's news."""
    event = cue.event
    return _dated(cue) and event.date_end is not None and event.date_end.year < cue.published.year


def _past_election(old: Cue, other: Cue) -> bool:
    """An election its sentence dates to a year before the article's ("the presidential election
    last fall", "the 2007 city election") and another election mention with no date of its own
    ("the citywide election", "Rhodes won the seat"): a past year's vote is another happening
    than the one at hand, which the pair model may take it for."""
    return old.event.event_type == other.event.event_type == "election" and _of_a_past_year(old) \
        and not _dated(other)


#: Verbs of a state, not a deed, told in the present: a wire story's background ("Kopp is a
#: suspect in a fatal attack", "he faces a charge of murder", "he is wanted for the shootings")
#: may name the old happening again.
STATE_VERBS = {"be", "have", "face", "remain", "stand", "want", "accuse", "suspect"}


def _told_as_news(today: Cue, old: Cue) -> bool:
    """A deed told in another sentence as today's news, by its own verb in the simple present
    or the present passive at the head of its sentence ("Two guards are shot at a bank in
    Tessen."), not in the title and with no date of its own before the article's year: a
    happening other than the one of a past year (:func:`_of_a_past_year`) told near it ("A court
    upholds the sentence of the man who bombed a Lorvik mosque in 2017."), however alike their
    kind and whatever place the rules gave either. Only deeds of compatible kinds (sayings are
    one per speaker, :func:`_other_speakers`); a title's short telling, a noun under a verb of
    state ("Kopp is wanted for the 1998 shooting") or a mention dated to a past year too may
    still be the old happening told again."""
    event, verb = today.event, today.trigger
    if today.sentence.start == old.sentence.start or in_title(today) \
            or VERBAL_TYPES & {event.event_type, old.event.event_type} \
            or not compatible(event.event_type, old.event.event_type):
        return False
    if event.date_start is not None and today.own_date and event.date_start.year < today.published.year:
        return False
    root = today.sentence.root
    # the happening is the verb told in the present itself, not a noun under a verb of state
    # ("Kopp is a suspect in a fatal attack", "he is wanted for the shootings")
    return verb.pos_ == "VERB" and (verb.i == root.i or verb.i in {t.i for t in root.conjuncts}) \
        and verb.lemma_.lower() not in STATE_VERBS and told_in_simple_present(today.sentence, verb, passive=True)


def _two_arrested_today(a: Cue, b: Cue) -> bool:
    """Two arrests (or charges) told in two sentences as today's news, of people who share no
    word of their names: "Police in Lyon arrest a former mayor." and "Ana Ruiz is charged with
    fraud in Madrid." are two cases, as a digest tells its items; a story told in the past ("Lee
    was arrested ... Lee was charged Monday") is left to the other cues (:func:`_same_case`)."""
    ea, eb = a.event, b.event
    if a.sentence.start == b.sentence.start or ea.event_type != "arrest" or eb.event_type != "arrest":
        return False
    if not ea.actor2 or not eb.actor2 or _share_a_word(ea.actor2, eb.actor2):
        return False
    return _told_as_today(a) and _told_as_today(b)


#: Verbs of a toll whose object (or passive subject) is who was harmed (fewer than the
#: triggers' HARM_VERBS, which also hold "die", "destroy": no victim as object there).
VICTIM_VERBS = {"kill", "injure", "wound"}
#: Heads of a victim phrase that take up people told before ("two others are injured", "one of
#: them died"): the same happening's toll, not other victims.
SAME_VICTIM_HEADS = {"other", "others", "one", "two", "three", "several", "many", "some", "all", "dozens", "more"}


def _victims(cue: Cue) -> Token | None:
    """The head of who a killing or wounding verb tells as harmed: its passive subject ("Three
    farmers are killed") or its object ("troops kill a commander"); None for a pronoun."""
    verb = cue.trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in VICTIM_VERBS:
        return None
    head = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.lower_ in SAME_VICTIM_HEADS:
        return None
    return head


def _two_tolls_today(a: Cue, b: Cue) -> bool:
    """Two killings (or woundings) told in two sentences as today's news (:func:`_told_as_today`),
    each naming whom it harmed by another head word: "Three farmers are killed in a raid in
    Tessen." and "Troops confirm they killed rebel commander Ali Musa in Tessen." are two
    happenings, as a digest tells its items, though the town and the day are one. Not "two
    others are injured" (the toll of the happening told), nor "Three gunmen are killed." in a
    sentence of its own with no place, day or cause (:func:`_bare_toll`), nor a story told in the past ("Ten
    people were killed ... The blast wounded 20 children"), left to the other cues."""
    if a.sentence.start == b.sentence.start or a.event.event_type not in HARM_TYPES \
            or b.event.event_type not in HARM_TYPES or a.event.mode != b.event.mode:
        return False
    va, vb = _victims(a), _victims(b)
    if va is None or vb is None or va.lemma_.lower() == vb.lemma_.lower() or _bare_toll(a) or _bare_toll(b):
        return False  # (a toll with nothing of its own goes on with the one told: :func:`_bare_toll`)
    return _told_as_today(a) and _told_as_today(b)


def _share_a_word(x: str, y: str) -> bool:
    """Two names with a word in common ("Mexican army", "army"; "Ruiz", "Ana Ruiz")."""
    return bool({w.strip(".").lower() for w in x.split()} & {w.strip(".").lower() for w in y.split()})


def _one_speaker(a: Cue, b: Cue) -> bool:
    """Two sayings of one named speaker ("the minister condemned the raid and vowed to find
    those behind it"): one statement per speaker per occasion (codebook §2). So are two saying
    verbs of one subject joined in one sentence, whoever it is ("A Chilean senator praised the
    deal but warned that much remained to be done")."""
    return a.event.mode == b.event.mode and (_same_name(_speaker(a), _speaker(b))
                                             or _joined_sayings(a, b) or _joined_sayings(b, a))


def _joined_sayings(first: Cue, second: Cue) -> bool:
    """The second saying's verb is joined to the first's and has no subject of its own."""
    f, s = first.trigger, second.trigger
    return first.event.event_type in VERBAL_TYPES and second.event.event_type in VERBAL_TYPES \
        and s.dep_ == "conj" and s.head.i == f.i and f.pos_ == s.pos_ == "VERB" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in s.children)


#: The steps of a criminal case that are never on one day: the arrest, and the plea, verdict or
#: sentence that ends the case (lemmas of their triggers).
LEGAL_STEPS = {"arrest": {"arrest", "detain", "apprehend", "capture", "nab"},
               "outcome": {"sentence", "convict", "plead", "acquit"}}


def _legal_step(cue: Cue) -> str | None:
    """The step a verb tells ("was arrested", "pleaded guilty"), or a singular noun of the case's
    end whose sentence dates it ("after his guilty plea Monday"); other nouns are left alone:
    "prior arrests", "her convictions go back to 1992" are a record, not a step of this case."""
    lemma = cue.trigger.lemma_.lower()
    if cue.trigger.pos_ != "VERB":
        return "outcome" if cue.own_date and cue.trigger.tag_ == "NN" and lemma in OUTCOME_NOUNS else None
    return next((step for step, lemmas in LEGAL_STEPS.items() if lemma in lemmas), None)


#: Nouns of the end of a criminal case.
OUTCOME_NOUNS = {"plea", "conviction", "sentence", "sentencing", "verdict", "acquittal"}


def _dated(cue: Cue, *, stated: bool = True) -> bool:
    """The mention has a date of its own (``stated``: its sentence gives one) that can tell it
    apart: not a saying told as done ("said", "told") but dated after the article was
    published ("Ortiz said the bridge could open by June 2031": the date of what was said, not
    of the saying)."""
    event = cue.event
    if event.date_start is None or (stated and (not cue.own_date or date_assumed(event))):
        return False
    return not future_saying(cue)


#: How a date derivation begins when the event's sentence gives it no date of its own (the
#: narrative's last date, a background day or the publication date was assumed).
ASSUMED_DATE = ("no date in the sentence", "no date in the text")


def date_assumed(event) -> bool:
    """The event's date is none its sentence gives: assumed, though the sentence may date
    something near it ("A man who fled a traffic stop this past September has been indicted":
    the flight's September, the indictment's publication day assumed); such a date tells no two
    mentions apart."""
    return (event.date_derivation or "").startswith(ASSUMED_DATE)


#: Modes of a happening still to come.
TO_COME_MODES = {"planned", "hypothetical", "threatened"}


def _to_come(cue: Cue) -> bool:
    """A happening told as still to come on a day its sentence states after the story was
    published ("the summit in April", "will appear on the May 12 ballot")."""
    event = cue.event
    return event.mode in TO_COME_MODES and cue.own_date and event.date_start is not None \
        and event.date_start > cue.published


def _done(cue: Cue) -> bool:
    """A happening told as done: asserted by a verb in the past ("have filed", "was arrested"),
    on no day after the story was published ("is to be sentenced July 13" is still to come)."""
    event = cue.event
    return event.mode == "asserted" and cue.trigger.tag_ in ("VBD", "VBN") \
        and (event.date_start is None or event.date_start <= cue.published)


def future_saying(cue: Cue) -> bool:
    """A saying told as done ("said", "told") whose date is after the article was published:
    the date of what was said, not of the saying."""
    event = cue.event
    return event.event_type in VERBAL_TYPES and event.mode == "asserted" and cue.trigger.tag_ in ("VBD", "VBN") \
        and event.date_start is not None and event.date_start > cue.published


def _own_place(cue: Cue) -> bool:
    """The mention's sentence places the happening itself: not a place in what a speaker
    said ("Banks told council the ads at the Columbia airport ...": said where the council
    met) nor that of another happening its phrase names ("arrested over the bombing in
    Nairobi"). Such a place tells no two sayings of one speaker apart."""
    return cue.place_explicit and not (cue.event.place_derivation or "").startswith(NOT_ITS_OWN)


def _referent(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The group a definite or possessed event noun points back to, however far: "Lavrov's
    trip", "the bombing", "the blast killed 12" (a toll verb whose subject is one) — the latest
    group of the same type whose doer it names (or any, when it names none; one telling its
    kind first, :func:`_latest_told_first`, and one telling of the doer its possessor names before
    a doerless one, :func:`_own_doers_first`) and that the text does not tell apart from it. For
    an attack, a fire or a crash named back by a noun that has no day of its own, the day its
    sentence gives is another's ("seen near his home in the days before the shooting", "Reports Tuesday showed
    ice was a factor in the crash") and tells it apart from nothing."""
    token = cue.trigger
    if token.pos_ == "VERB" and token.lemma_.lower() in TOLL_WORDS:
        # "The car bomb attack at the embassy killed 253 people", "Four others were killed in the
        # attack": the toll of the attack told
        token = _toll_noun(token) or token
    partaker = False
    if token.pos_ == "VERB" and token.lemma_.lower() in PARTAKE_VERBS:
        # "The ruling party is the only one contesting the election", "attended the meeting": the
        # happening is the one its definite object names back, whoever takes part in it (the
        # verb's subject is one of its parties, not its doer)
        named = next((o for o in _partaken(token) if o.lemma_.lower() in ANAPHORS or o.lower_ in ANAPHORS), None)
        if named is not None:
            token, partaker = named, True
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if not (definite(token, POINTING_DETERMINERS)
            or (_said_of_it(token) and cue.event.event_type in HARM_TYPES | HAZARD_TYPES)) \
            or any(c.dep_ == "amod" and c.lower_ in SERIES_WORDS for c in token.children):
        # "the latest arrest", "his first statement as governor", "the upcoming meetings": one
        # of a series, told as such, is not simply the one of its kind told before
        return None
    told, sequel = cue, follows_another(token)
    if sequel:
        # "This announcement comes after the documentary was released on Saturday", "The move
        # follows a ruling in Canberra on Monday": day and place are the earlier happening's
        told = dataclasses.replace(cue, own_date=cue.own_date and _dated_itself(token),
                                   place_explicit=cue.place_explicit and _placed_itself(token))
    if told.own_date and cue.event.event_type in HARM_TYPES | HAZARD_TYPES and not _dated_itself(token):
        # "Reports Tuesday showed ice might have been a factor in the crash": the day is the
        # reports', not the crash's; the noun names no day of its own
        told = dataclasses.replace(told, own_date=False)
    if told.place_explicit and cue.event.event_type in HARM_TYPES | HAZARD_TYPES \
            and not _placed_itself(token):
        # "Kopp vanished after the shooting, and his car was found at the Newark airport": the
        # town is the car's, not the shooting's; the noun names no place of its own
        told = dataclasses.replace(told, place_explicit=False)
    for group in _own_doers_first(_latest_told_first(groups, cue), cue):
        if cue.event.event_type not in {m.event.event_type for m in group}:
            continue
        unreal = UNREAL_MODES | TO_COME_MODES if cue.event.event_type in HARM_TYPES | HAZARD_TYPES or sequel \
            else UNREAL_MODES
        if cue.event.mode == "asserted" and all(m.event.mode in unreal for m in group
                                                 if m.event.event_type == cue.event.event_type):
            # "Crews could not stop a fire on such a dry day, the chief said. ... The fire
            # started Thursday": a happening that took place takes up no supposed or denied
            # one of its kind, nor one still to come ("officials fear another strike ... The
            # bombing will set back those efforts" names the bombing told before, not the
            # feared strike; for an attack, a fire or a crash only: "the conference is expected in
            # October" may be the one told as planned; nor does one told as coming after another:
            # "X will be sworn in on Wednesday. The resignation follows a series of dismissals"
            # is not the swearing-in); the pair model may still join them
            continue
        doers = {m.event.actor1 for m in group if m.event.actor1}
        if cue.event.actor1 and doers and cue.event.actor1 not in doers and not partaker:
            continue
        if any(distinct(member, told) for member in group):
            continue
        if told is not cue:
            cue.told_as = told
        return group
    return None


#: Verbs that set a happening after another one: "The move comes after ...", "The raid followed ...".
SEQUENCE_VERBS = {"follow", "come"}


def follows_another(noun: Token) -> bool:
    """A definite event noun told as coming after another happening, the subject of "follow"
    or "come" ("This announcement comes after the documentary was released on Saturday", "The
    resignation follows weeks of criticism"): a sentence that takes up the happening told
    before to set it after another, whose day and place the rest of the sentence gives."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in SEQUENCE_VERBS


def _dated_itself(noun: Token) -> bool:
    """The noun's own phrase gives a day or time ("the Monday attack", "the raid on Friday")."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)


def _placed_itself(noun: Token) -> bool:
    """The noun's own phrase names a place ("the attack in Kabul")."""
    return any(t.ent_type_ in PLACE_ENTITIES for t in noun.subtree)


def _toll_noun(verb: Token) -> Token | None:
    """The event noun whose toll a verb of harm tells: its subject ("The blast killed 12") or
    the object of its "in" ("Four other people were also killed in the attack", "two died in
    the crash"); None when it names none. The noun must still be definite to point back
    (:func:`_referent`): "killed in an attack" may tell a new one."""
    named = lambda t: t.pos_ == "NOUN" and (t.lemma_.lower() in ANAPHORS or t.lower_ in ANAPHORS)  # noqa: E731
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and named(c)), None)
    if subject is not None:
        return subject
    return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                 for o in c.children if o.dep_ == "pobj" and named(o)), None)


def _latest_told_first(groups: list[list[Cue]], cue: Cue) -> list[list[Cue]]:
    """The groups a definite noun may point back to, latest first; for an attack, a fire or a
    crash, the groups that tell one of its kind as their sentence's own happening come before
    those that only name one aside: "Two men are charged with murder, conspiracy to commit
    murder and fraud" names a crime as a charge (a mention of another kind in a sentence whose
    happening is the charge), so "Before the shooting, the gunman had worked as a cook" points
    back to the shooting told before, not to that murder."""
    latest = list(reversed(groups))
    if cue.event.event_type not in HARM_TYPES | HAZARD_TYPES:
        return latest
    kind = cue.event.event_type
    return _those_first(latest, lambda g: any(m.chosen and m.event.event_type == kind for m in g))


def _own_doers_first(groups: list[list[Cue]], cue: Cue) -> list[list[Cue]]:
    """The groups a noun that names its doer by its possessor may point back to, those that tell
    of that doer first: "The Pope's visit is important" after "this is the eve of the Pope's visit
    ... Today, hundreds of people began to arrive" is the Pope's visit told before, not the
    later arrival of people no one named."""
    doer = cue.event.actor1
    if not doer or not any(c.dep_ == "poss" for c in cue.trigger.children):
        return groups
    return _those_first(groups, lambda g: any(m.event.actor1 == doer for m in g))


def _those_first(groups: list[list[Cue]], first: Callable[[list[Cue]], bool]) -> list[list[Cue]]:
    """The groups, those ``first`` holds for before the others, each part in its given order."""
    held = [first(g) for g in groups]
    return [g for g, h in zip(groups, held) if h] + [g for g, h in zip(groups, held) if not h]


#: Pronouns that, as the subject of "be", name a happening told before ("It was a cowardly attack").
BACK_PRONOUNS = {"it", "this", "that"}


def _said_of_it(noun: Token) -> bool:
    """An event noun said of "it" or "this" by a copula ("This appears to have been a
    well-planned attack", "It was the worst crash in a decade"): what the happening told before
    was, not another one. Taken for an attack, a fire or a crash only: "this is a compromise
    between ..." says what a bill is, not which deal was told before."""
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_ != "be":
        return False
    governor = copula
    while governor.dep_ == "xcomp" and governor.head.i != governor.i:  # "appears to have been"
        governor = governor.head
    return any(c.dep_ == "nsubj" and c.lower_ in BACK_PRONOUNS for verb in (copula, governor) for c in verb.children)


#: Verbs of taking part in a happening their object names ("contest the election", "attend the
#: meeting", "take part in the talks"): the verb tells that happening, not one of its own.
PARTAKE_VERBS = {"win", "lose", "contest", "attend", "join", "participate", "take"}


def _partaken(verb: Token) -> list[Token]:
    """The verb's direct object, or the object of its "in" ("participated in the vote", "took
    part in the talks")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "part"]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            objects += [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "dobj" and c.lower_ == "part":
            objects += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
                        for o in p.children if o.dep_ == "pobj"]
    return objects


#: Named-entity labels of places.
PLACE_ENTITIES = ("GPE", "LOC", "FAC")
#: Adjectives that place a definite event noun in a series of its kind ("the latest arrest").
SERIES_WORDS = {"latest", "new", "first", "upcoming", "impending", "next", "previous", "earlier"}


#: Modes of a happening that is only supposed or denied, not told as real.
UNREAL_MODES = {"hypothetical", "denied"}


#: Happenings done to a person: one named person is killed (or shot, abducted) once in a story.
HARM_TYPES = {"attack", "violence_against_civilians"}
#: Fires, crashes, storms: happenings with a toll, like attacks.
HAZARD_TYPES = {kind for kind, group in GROUPS.items() if group == "hazard"}


def _latest_holding(groups: list[list[Cue]], cue: Cue, holds: Callable[[Cue], bool],
                    apart: Callable[[Cue, Cue], bool] | None = None) -> list[Cue] | None:
    """The latest group with a mention that ``holds``, unless one of its mentions is told
    apart from ``cue`` (:func:`distinct`, or ``apart``): then none."""
    apart = apart or distinct
    for group in reversed(groups):
        if any(holds(m) for m in group):
            return None if any(apart(m, cue) for m in group) else group
    return None


def _victim(cue: Cue) -> str | None:
    """The named person an attack was done to ("Slepian, 52, was shot"), or None."""
    event = cue.event
    if event.event_type not in HARM_TYPES or not event.actor2:
        return None
    details = next((d for d in event.actor_details if d.get("name") == event.actor2), None)
    if details is None or details.get("kind") != "named" or len(event.actor2.split()) < 2:
        return None
    return event.actor2


def _same_victim(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The group of an attack on the same named person: a person is killed once, and "Dr.
    Barnett Slepian was killed last fall" and "Slepian, 52, was shot with a rifle" tell one
    shooting, whatever date or place their sentences give (so neither tells a later mention
    apart: :attr:`Cue.told_as`); not when the text announces another attack or names another
    doer. Failing that, a victim named in an earlier attack's sentence or introduced as the victim
    of a killing (:func:`_victim_named_before`)."""
    victim = _victim(cue)
    if victim is None or _new_cue(cue):
        return None
    for group in reversed(groups):
        if not any(_victim(m) == victim for m in group):
            continue
        if _other_doer(group, cue):
            continue
        if any(m.sentence.start == cue.sentence.start and m.chosen and cue.chosen and m.trigger.i != cue.trigger.i
               for m in group):
            continue
        # joined whatever day or place its sentence gives, the mention tells no later one apart by
        # them either: after "Slepian died in a Buffalo hospital on Friday", "Slepian was shot at
        # his home in Amherst" is still the one shooting (the hospital's town is not its scene)
        return _joined_as_retold(group, cue)
    return _victim_named_before(groups, cue, victim)


def _victim_named_before(groups: list[list[Cue]], cue: Cue, victim: str) -> list[Cue] | None:
    """An attack retold without a date of its own, its victim named in the sentence of an
    attack told before that names no victim itself: after "Kopp was indicted in the 2003
    shooting death of Dr. Alan Verne", "Verne was killed by a single shot through a window" is
    that shooting, not a new one on the publication day. The latest such group, unless told
    apart or its doer is another."""
    if cue.own_date:
        return None
    surname = victim.split()[-1]
    for group in reversed(groups):
        harms = [m for m in group if m.event.event_type in HARM_TYPES]
        if not any(m.sentence.start < cue.sentence.start and not m.event.actor2
                   and any(t.text == surname and t.pos_ == "PROPN" for t in m.sentence) for m in harms):
            continue
        return _retold_in(group, cue)
    return _victim_of_lead(groups, cue, surname)


#: Nouns of something done to a person that make their "of" object (or possessor) its victim:
#: "the death of Dr. Alan Verne", "Verne's murder" (the harm among :data:`actors.PATIENT_NOUNS`).
VICTIM_NOUNS = PATIENT_NOUNS & {"assassination", "murder", "killing", "slaying", "death", "execution", "beating"}


def _introduced_as_victim(cue: Cue, surname: str) -> bool:
    """The article named the person before as the one something harmful was done to: "is
    responsible for the death of Dr. Alan Verne", "Verne's slaying"."""
    for token in cue.trigger.doc[:cue.sentence.start]:
        if token.text != surname or token.pos_ != "PROPN":
            continue
        name_head = token
        while name_head.dep_ in ("compound", "flat") and name_head.head.i != name_head.i:
            name_head = name_head.head
        head = name_head.head
        if name_head.dep_ == "pobj" and head.lower_ == "of":
            head = head.head
        elif name_head.dep_ != "poss":
            continue
        if head.lemma_.lower() in VICTIM_NOUNS:
            return True
    return False


def _victim_of_lead(groups: list[list[Cue]], cue: Cue, surname: str) -> list[Cue] | None:
    """An undated attack retold on a person the article introduced as the victim of a killing
    ("the death of Dr. Alan Verne" ... "Verne, 47, was shot with a rifle") whose own attack
    mentions name nobody ("the slaying of a doctor"): the story's first attack, the lead's,
    unless told apart or its doer is another."""
    if not _introduced_as_victim(cue, surname):
        return None
    group = next((g for g in groups if any(m.event.event_type in HARM_TYPES for m in g)), None)
    if group is None or any(m.event.actor2 for m in group if m.event.event_type in HARM_TYPES):
        return None
    return _retold_in(group, cue)


def _retold_in(group: list[Cue], cue: Cue) -> list[Cue] | None:
    """``group``, which the undated retelling ``cue`` joins whatever place or day its sentence
    gives (as in :func:`_same_victim`); none when the group has another doer or a mention told
    apart from it."""
    if _other_doer(group, cue) or any(distinct(m, cue) for m in group):
        return None
    return _joined_as_retold(group, cue)


def _other_doer(group: list[Cue], cue: Cue) -> bool:
    """The mention names a doer and the group names others, none of them the mention's."""
    doers = {m.event.actor1 for m in group if m.event.actor1}
    return bool(cue.event.actor1 and doers and cue.event.actor1 not in doers)


def _joined_as_retold(group: list[Cue], cue: Cue) -> list[Cue]:
    """``group``, which ``cue`` joins as a retelling: whatever day or place its sentence gives, it
    tells no later mention apart by them (:attr:`Cue.told_as`)."""
    cue.told_as = dataclasses.replace(cue, place_explicit=False, own_date=False)
    return group


def _same_place(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The happening of the same local kind placed at the same town before, however far (the
    later mention names the town itself): codebook §2, repeated strikes on one place within one stated period are one
    event ("U.S. missile attacks on sites in Afghanistan ... U.S. forces launched strikes
    against camps in Afghanistan"; a fire in a town told again by its toll). Not when the
    text announces another one ("another fire"), tells them apart (another stated day), or
    the place is a region; nor for arrests, whose court steps at one court on other days
    are events of their own."""
    event = cue.event
    if event.event_type not in SAME_PLACE_TYPES or not cue.place_explicit or event.geonameid is None \
            or event.geo_precision == "region" or _new_cue(cue):
        return None
    for group in reversed(groups):
        if not any(m.event.geonameid == event.geonameid
                   and m.event.event_type == event.event_type and m.event.mode == event.mode for m in group):
            continue
        if any(distinct(m, cue) for m in group):
            continue
        return group
    return None


#: Words for casting a vote ("voted against", "cast his vote").
VOTE_LEMMAS = {"vote", "ballot"}
_PERSON_PRONOUNS = {"he", "she", "i", "him", "her"}


def _voter(token: Token) -> Token | None:
    """Who cast the vote a vote word tells: the verb's subject ("Councilman Rivera voted
    against the permit") or the noun's possessor ("as he cast his vote")."""
    if token.pos_ in ("VERB", "AUX"):
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    return next((c for c in token.children if c.dep_ == "poss"), None)


def _member_vote(cue: Cue) -> bool:
    """A vote cast by one person (a member of the body that votes), not a body's vote."""
    if cue.event.event_type != "election" or cue.trigger.lemma_.lower() not in VOTE_LEMMAS:
        return False
    voter = _voter(cue.trigger)
    if voter is None:
        return False
    voters = [voter] + list(voter.conjuncts)  # "Ruiz and Bell voted for the levy"
    return all(v.ent_type_ == "PERSON" or v.lower_ in _PERSON_PRONOUNS for v in voters)


def _body_vote(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The body's vote a member's vote is part of, however far: "The council voted 8-1 to
    approve the permit ... Councilman Rivera voted against the permit" is one vote (codebook
    §2: one event per happening; a body and its members' votes on one matter at one sitting
    are one happening). The latest group holding a vote by no single person, unless the text
    tells them apart (another stated day, another place) or announces another vote."""
    if not _member_vote(cue) or _new_cue(cue):
        return None
    return _latest_holding(groups, cue, lambda m: m.event.event_type == "election"
                           and m.event.mode == cue.event.mode and not _member_vote(m))


#: Nouns too general to tell what a vote was on ("the county's request", "the city council").
GENERAL_NOUNS = {"city", "county", "state", "council", "board", "commission", "commissioner", "member", "vote",
                 "meeting", "motion", "item", "thing", "people", "year", "month", "week", "day", "time", "way",
                 "plan", "request", "issue", "matter", "proposal", "session", "night", "monday", "tuesday",
                 "wednesday", "thursday", "friday", "saturday", "sunday"}


def _matter(token: Token) -> set[str]:
    """The content nouns of what a mention's clause is about, its doer's words aside:
    "commissioners voted to dismiss the assessors" -> {assessor}."""
    doers = {t.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for t in c.subtree}
    return {t.lemma_.lower() for t in token.subtree if t.i != token.i and t.i not in doers
            and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in GENERAL_NOUNS and len(t.text) > 2}


def _same_vote(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """A body's vote told again: "Madison County commissioners voted Monday to wipe clean the
    Board of Tax Assessors by dismissing its members ... Commissioners voted to dismiss the
    assessors after a closed-door session Monday night" is one vote (codebook §2), however far
    apart. The latest group holding a body's vote (not one member's) on the same matter (a
    content noun in common) by the same body or by none named, when the pair model put the
    mention nowhere; not when the text tells another ("In other action, commissioners voted
    ...") or tells them apart (another stated day)."""
    event = cue.event
    if event.event_type != "election" or cue.trigger.lemma_.lower() not in VOTE_LEMMAS or _member_vote(cue) \
            or _new_cue(cue) or _tells_another(cue):
        return None
    matter = _matter(cue.trigger)
    if not matter:
        return None
    return _latest_holding(groups, cue, lambda m: m.event.event_type == "election"
                           and m.trigger.lemma_.lower() in VOTE_LEMMAS and not _member_vote(m)
                           and m.event.mode == event.mode and bool(_matter(m.trigger) & matter)
                           and (not m.event.actor1 or not event.actor1 or _same_name(m.event.actor1, event.actor1)))


#: Kinds of the decision a body's vote makes ("lifted the burn ban", "granted a permit").
DECISION_TYPES = {"sanction", "other", "agree"}


def _a_bodys_vote(cue: Cue) -> bool:
    """A vote by a body (not one member's): "commissioners voted for an end to the ban"."""
    return cue.event.event_type == "election" and cue.trigger.lemma_.lower() in VOTE_LEMMAS and not _member_vote(cue)


def _vote_and_decision(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """A body's vote and the decision it made, told by another verb: "The county lifted the
    five-week-old burn ban Tuesday. ... commissioners unanimously voted for an end to the ban",
    "The council voted to approve a drilling site on a horse farm. ... The firm was granted a
    permit to drill on the horse farm" are one happening (codebook §2), though the pair model
    finds a vote and a ban or a permit of other kinds. The latest group holding a decision (for
    a vote) or a body's vote (for a decision) that :func:`_decides` pairs with the mention, when
    the pair model put the mention nowhere; not when the text tells another ("In other action,
    ...") or tells them apart."""
    if _new_cue(cue) or _tells_another(cue) or not (_a_bodys_vote(cue) or cue.event.event_type in DECISION_TYPES):
        return None
    return _latest_holding(groups, cue, lambda m: m.story == cue.story and (_decides(m, cue) or _decides(cue, m)))


def _decides(vote: Cue, decision: Cue) -> bool:
    """A body's vote and a decision of the same mode, on the same day, on the same matter (a
    content noun in common): "voted for an end to the ban" and "lifted the burn ban"; not an
    opinion that takes a clause ("agreed that the problems had gone on long enough"). Or the
    decision the vote's own words tell (:func:`_governs`: "votes to impeach him")."""
    return _a_bodys_vote(vote) and decision.event.event_type in DECISION_TYPES \
        and vote.event.mode == decision.event.mode and (_governs(vote, decision) or (
            _same_day(vote.event, decision.event)
            and not any(c.dep_ == "ccomp" for c in decision.trigger.children)
            and bool(_matter(vote.trigger) & _matter(decision.trigger))))


def _governs(vote: Cue, decision: Cue) -> bool:
    """A vote and the decision it made told in one clause, the decision as what the vote was to
    do: "the assembly votes to impeach the governor", "the board voted unanimously to lift the
    ban" are one happening, whatever the decision's clause names or dates. Told by the words (a
    vote word, adverbs or none, "to" and the verb): "and votes to impeach him" may be parsed as
    a noun, its infinitive hung elsewhere."""
    v, d = vote.trigger, decision.trigger
    if v.sent.start != d.sent.start or d.i <= v.i or d.tag_ != "VB":
        return False
    between = v.doc[v.i + 1:d.i]
    return len(between) >= 1 and between[-1].lower_ == "to" and all(t.pos_ == "ADV" for t in between[:-1])


def _same_day(a, b) -> bool:
    """Two events dated to the same day, each by a day of its own (a vote and the decision it
    made fall on one day; a headline's undated "County lifts burn ban" is left to the other cues)."""
    return a.date_start is not None and b.date_start is not None and a.date_precision == b.date_precision == "day" \
        and a.date_start <= b.date_end and b.date_start <= a.date_end


def _speaker(cue: Cue) -> str | None:
    """The named speaker of a verbal mention ("Keenan said", "Abbas warned"), or None."""
    if cue.event.event_type not in VERBAL_TYPES or cue.actor1_kind != "named" or not cue.event.actor1:
        return None
    return cue.event.actor1


def _other_speakers(a: Cue, b: Cue) -> bool:
    """Two sayings by two named speakers ("Mayor Ruiz said ..."; "... Councilman Bell said"):
    codebook §2 codes one statement per speaker per occasion, so two speakers at one hearing
    made two statements, not one. A state is a speaker too ("Norway said", "the State
    Department says"), another than a person whose title names another party
    (:func:`_speaks_for_another`), not than its own minister named by a bare title."""
    if _he_and_she(a, b):
        return True
    sa, sb = _voice(a), _voice(b)
    if sa is None or sb is None or _same_name(sa, sb) or not (_names(a, sa) and _names(b, sb)):
        return False
    if (a.actor1_kind == "state") != (b.actor1_kind == "state"):
        # "New Zealand said Friday ..." and "Foreign Minister Don McKinnon said ...": the state's
        # own minister may speak for it; "U.S. president Donald Trump" or "NATO Secretary General
        # Javier Solana" speaks for another party than "Israel" or "The State Department"
        state, other = (a, b) if a.actor1_kind == "state" else (b, a)
        return _speaks_for_another(other, state.event.country_code)
    return True


#: The personal pronouns of a man and of a woman as a saying's subject.
GENDERED_PRONOUNS = {"he", "she"}


def _he_and_she(a: Cue, b: Cue) -> bool:
    """Two sayings whose subjects are "he" and "she": two speakers, whoever the pronouns were
    taken to stand for ("... she declared." and "'My evidence is scant,' he said.": the
    man quoted last, not the minister told before)."""
    pa, pb = _gendered_subject(a), _gendered_subject(b)
    return pa is not None and pb is not None and pa != pb


def _gendered_subject(cue: Cue) -> str | None:
    """ "he" or "she" when it is the subject of a verbal mention's verb, else None."""
    if cue.event.event_type not in VERBAL_TYPES:
        return None
    return next((c.lower_ for c in cue.trigger.children
                 if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in GENDERED_PRONOUNS), None)


def _voice(cue: Cue) -> str | None:
    """Who a verbal mention's subject names as speaking, a person or a party: "Javier Solana
    says" and "The State Department says" are two speakers (a state's body speaks for itself)."""
    if cue.event.event_type not in VERBAL_TYPES or cue.actor1_kind not in ("named", "state") or not cue.event.actor1:
        return None
    return cue.event.actor1


def _speaks_for_another(cue: Cue, country_code: str | None) -> bool:
    """The saying's subject names a party besides its speaker's own name that is not the state
    of ``country_code``: a body ("NATO Secretary General Javier Solana"), or another
    country by its name or its people's ("U.S. president Donald Trump", "Tanzanian Foreign
    Minister Jakaya Kikwete"). A bare title ("Foreign Minister Don McKinnon") names none."""
    subject = _saying_subject(cue)
    if subject is None:
        return False
    inside = {t.i for t in subject.subtree}
    for ent in cue.sentence.ents:
        if ent.start not in inside or _share_a_word(ent.text, cue.event.actor1):
            continue  # the speaker's own name, however the tagger labelled it
        if ent.label_ == "ORG":
            return True
        found = _country_named(ent)
        if found and found != country_code:
            return True
    return False


def _country_named(ent) -> str | None:
    """The country a GPE entity names ("U.S.") or a NORP entity's people belong to ("Tanzanian")."""
    if ent.label_ == "NORP":
        return country_for_demonym(ent.text)
    if ent.label_ == "GPE":
        found = country_named(ent.text)
        return found["country_code"] if found is not None else None
    return None


def _saying_subject(cue: Cue) -> Token | None:
    """The subject of a verbal mention's verb; for a noun that a verb takes as its object, that
    verb's ("Iran rejects the ultimatum", "the ministry issued a warning")."""
    trigger = cue.trigger
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") else trigger
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _names(cue: Cue, name: str) -> bool:
    """The saying's subject names the speaker ("Councilman Todd Cullum said", "said attorney Ann
    Bell"), not "he said" of a speaker named before: who "he" is may be misread."""
    subject = _saying_subject(cue)
    if subject is None or subject.pos_ == "PRON":
        return False
    words = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}
    return any(w.strip(".").lower() in words for w in name.split() if w.strip(".").lower() not in TITLES)


def _same_speaker(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The group of what the same named speaker said on the same occasion, however far:
    codebook §2 codes one statement per speaker per occasion, not one per quoted sentence
    ("Keenan said ..."; "... the rules of evidence still apply, Keenan said"). The latest
    group holding a verbal mention of the speaker (by any of their names: "Roger Burne",
    "Mr Burne", or by the title before the name alone, :func:`_title_of`), unless the text tells them apart (another
    stated day or place) or the speaker's mentions there fall on another day or in another
    town (the stops of a tour)."""
    speaker = _speaker(cue)
    if _new_cue(cue) or _also_did(cue):
        return None
    if speaker is None:
        return _titled_speaker(groups, cue)
    return _latest_said_group(groups, cue, lambda m: _same_name(_speaker(m), speaker) or _title_of(m, cue))


def _title_of(nominal: Cue, named: Cue) -> bool:
    """The nominal speaker of one saying is the title before the name of the other's speaker:
    "the immigration minister criticized ..." and "Immigration Minister Ann Roe told the radio
    ...", "Syrian President Omar Haddad told ..." and "the Syrian president reiterated ...": one
    speaker named once by title and name, once by the title alone."""
    if nominal.actor1_kind != "nominal" or not nominal.event.actor1 or _speaker(named) is None \
            or nominal.event.event_type not in VERBAL_TYPES:
        return False
    subject = next((c for c in named.trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    words = [t for t in subject.subtree]
    title = nominal.event.actor1.lower().split()
    for k in range(len(words) - len(title)):
        if [t.lower_ for t in words[k:k + len(title)]] == title and words[k + len(title)].pos_ == "PROPN":
            return True
    return False


def _titled_speaker(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """For a saying by a nominal speaker, the latest group of the sayings of the speaker its
    title names (:func:`_title_of`), on the same occasion and not told apart."""
    return _latest_said_group(groups, cue, lambda m: _title_of(cue, m))


def _latest_said_group(groups: list[list[Cue]], cue: Cue, by_speaker) -> list[Cue] | None:
    """The latest group holding a saying ``by_speaker`` accepts as the same speaker's, when the
    text does not tell it apart from ``cue`` and those sayings are on the same occasion; None
    when that latest group is told apart or on another occasion."""
    for group in reversed(groups):
        said = [m for m in group if by_speaker(m)]
        if not said:
            continue
        if any(distinct(m, cue) for m in group) or not all(_same_occasion(m, cue) for m in said):
            return None
        return group
    return None


#: Titles before a name, without their stop ("Mr", "Sgt", "Gen").
TITLES = {title.rstrip(".").lower() for title in TITLE_ABBREVIATIONS} | {"dr", "sir"}


def _same_name(a: str | None, b: str | None) -> bool:
    """One person's names: "Roger Burne", "Mr Burne", "Burne" (the shorter one's words, titles
    aside, are all in the longer one)."""
    if a is None or b is None:
        return False
    wa = {w.strip(".").lower() for w in a.split()} - TITLES
    wb = {w.strip(".").lower() for w in b.split()} - TITLES
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _same_occasion(x: Cue, y: Cue) -> bool:
    """Two sayings whose dates overlap and that their sentences do not place in two towns (a
    town in what was said, or the story's town, is not where it was said: :func:`_own_place`).
    A date the narrative carries over (none stated in the sentence) tells two sayings apart only
    where they are also told in two places (the stops of a tour); else it may be the date of
    what was said before ("... was halted on Tuesday," Kerr said)."""
    a, b = x.event, y.event
    elsewhere = a.geonameid is not None and b.geonameid is not None and a.geonameid != b.geonameid \
        and not _country_and_its_town(a, b)
    stated = not elsewhere
    if _dated(x, stated=stated) and _dated(y, stated=stated) and (a.date_end < b.date_start
                                                                  or b.date_end < a.date_start):
        return False
    if _dated(x, stated=stated) and _dated(y, stated=stated) and (x.aside_date or y.aside_date):
        # a saying dated only by the narrative's return to the lead's day after an aside is not
        # thereby on the lead saying's occasion in another place ("The minister spoke in Lyon on
        # Friday. ... Unions said Thursday ... [new paragraph] She flew to Dijon. She told workers
        # at the airport ...": two stops, the return's Friday alone does not make them one)
        (xs, xe) = x.aside_date or (a.date_start, a.date_end)
        (ys, ye) = y.aside_date or (b.date_start, b.date_end)
        if xe < ys or ye < xs:
            return False
    towns = ("point", "city")
    return not (_own_place(x) and _own_place(y) and a.geonameid is not None and b.geonameid is not None
                and a.geonameid != b.geonameid and a.geo_precision in towns and b.geo_precision in towns)


def _country_and_its_town(a, b) -> bool:
    """One of two places is a country and the other lies inside it: not two stops of a tour
    but one place told at two scales ("the minister criticized ... immigrants in France";
    "the minister told the radio that ... migrants in Calais ...")."""
    return bool(a.country_code) and a.country_code == b.country_code \
        and "country" in (a.geo_precision, b.geo_precision)


def _defendant(cue: Cue) -> str | None:
    """The named person an arrest is done to ("Ashley L. Evans is charged with ..."), or None."""
    details = next((d for d in cue.event.actor_details if d.get("name") == cue.event.actor2), None)
    return cue.event.actor2 if details is not None and details.get("kind") == "named" else None


def _same_case(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The arrest that a later detail of a criminal case tells of, however far: "Evans is
    charged with ...", "She was remanded to custody on a $50,000 bond", "the charges carry
    up to life in prison" are the standing of the person arrested, not a happening of its own
    (codebook §2: details of a happening are its spans). The latest group holding an arrest
    mention of the same mode, when the detail is a noun of the case or "charged", its
    sentence gives no date and no place of its own, it announces no new happening ("a second
    arrest") and names no other party than the group's defendant (a name, when the arrest
    named nobody, is the person arrested: "a Springfield woman ... Jane Miller is charged"). A step told as a verb
    ("was arrested", "was indicted", "pleaded guilty") is left to the pair model: a court
    case's steps on other days are events of their own."""
    if cue.event.event_type != "arrest" or cue.own_date or cue.place_explicit or _new_cue(cue) \
            or any(t.ent_type_ in ("DATE", "TIME") for t in cue.sentence):
        return None
    if cue.trigger.pos_ not in ("NOUN", "PROPN") and cue.trigger.lemma_.lower() != "charge":
        return None
    for group in reversed(groups):
        arrests = [m for m in group if m.event.event_type == "arrest" and m.event.mode == cue.event.mode]
        if not arrests:
            continue
        if any(distinct(m, cue) for m in group):
            return None
        defendants = {_defendant(m) for m in arrests} - {None}
        if cue.event.actor2 is not None and _defendant(cue) not in defendants \
                and (defendants or _defendant(cue) is None):
            return None  # "police arrested six Protestants": other people, another arrest
        return group
    return None


def _charge(cue: Cue) -> set[str]:
    """The content words of what a charge verb says the person is charged with ("was charged
    with selling stolen bicycles" -> {sell, stolen, bicycle})."""
    words: set[str] = set()
    for prep in cue.trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "for", "of"):
            words |= {t.lemma_.lower() for t in prep.subtree if t.pos_ in ("NOUN", "VERB", "ADJ")
                      and t.lemma_.lower() not in GENERAL_NOUNS and len(t.text) > 2}
    return words


def _same_charge(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The group of the same charge told again: "The owner of the shop was charged with selling
    stolen bicycles" and, in the story's last paragraph, "A 41-year-old was charged with selling
    stolen bicycles" tell one charge (codebook §2), though the pair model found other days for
    them (the second's narrative day). The latest group holding an arrest mention of the same verb and mode whose
    charge shares two words or more with the mention's, when the pair model put it nowhere; not
    when the text announces another one, tells them apart (another stated day) or names other
    people charged ("Ann Ruiz was charged with burglary" after "Tom Lee was charged with burglary")."""
    if cue.event.event_type != "arrest" or cue.trigger.pos_ != "VERB" or _new_cue(cue) or _tells_another(cue):
        return None
    charge, lemma = _charge(cue), cue.trigger.lemma_.lower()
    if len(charge) < 2:
        return None
    person = cue.event.actor2
    return _latest_holding(groups, cue, lambda m: m.event.event_type == "arrest" and m.event.mode == cue.event.mode
                           and m.trigger.lemma_.lower() == lemma and len(_charge(m) & charge) >= 2
                           and not (person and m.event.actor2 and not _share_a_word(person, m.event.actor2)))


def _same_defendant(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The group of the same step of a criminal case against the same named person, however far:
    "Gary Wilson, 54, was sentenced to two years Friday at the county courthouse" and, far below,
    "Wilson was sentenced Friday following a hearing" tell one sentencing (codebook §2), whatever
    place the rules chose for either (the defendant's home town, the court's county). The latest
    group holding an arrest mention of the same mode and the same step (:func:`_legal_step`, or
    the same trigger lemma) done to the same person (by any of their names), unless the text
    tells them apart (another stated day) or announces another one."""
    if cue.event.event_type != "arrest" or _new_cue(cue):
        return None
    defendant = _defendant(cue)
    if defendant is None:
        return None
    lemma, step = cue.trigger.lemma_.lower(), _legal_step(cue)
    return _latest_holding(groups, cue, lambda m: m.event.event_type == "arrest" and m.event.mode == cue.event.mode
                           and _same_name(_defendant(m), defendant)
                           and (m.trigger.lemma_.lower() == lemma or (step is not None and _legal_step(m) == step)),
                           apart=_apart)


def _apart(a: Cue, b: Cue) -> bool:
    """What :func:`distinct` tells apart, but two places in one country: the town a defendant
    comes from and the court's county are no two scenes of one step of a case."""
    if not distinct(a, b):
        return False
    ea, eb = a.event, b.event
    if ea.country_code and ea.country_code == eb.country_code and a.sentence.start != b.sentence.start:
        moved = dataclasses.replace(b, place_explicit=False)
        return distinct(a, moved)
    return True


def _read_once(test: Callable[[Cue], bool]) -> Callable[[Cue], bool]:
    """``test(cue)`` for a test of the cue's trigger and sentence alone, kept on the cue: the
    clustering asks it once for every group the cue meets."""
    name = test.__name__

    @functools.wraps(test)
    def once(cue: Cue) -> bool:
        key = (name, cue.trigger.i, cue.sentence.start)
        found = cue.read.get(key)
        if found is None:
            found = cue.read[key] = test(cue)
        return found

    return once


@_read_once
def outer_clause_date(cue: Cue) -> bool:
    """The mention's date is that of a clause its own clause hangs from, not its own: "On March 9,
    police received a call reporting that the girl had been assaulted" (the call's day, not the
    assault's), "prosecutors charged him on Monday with killing the clerk", "the man who hurled
    the grenade was identified Thursday". Such a day tells no two mentions of a happening apart
    (the assault told before with a day of its own is the same one); the date the event keeps
    is left alone. Not a date of the happening's own phrase ("a raid on Monday, when gunmen
    attacked the post"). A time limit of the clause around a happening's noun is such a day too
    (:func:`_deadline`)."""
    root = _date_root(cue)
    if root is None:
        return False
    trigger = cue.trigger
    if _deadline(root, trigger):
        return True
    date_verb = root.head if root.head.pos_ in ("VERB", "AUX") else next(
        (a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    own_verb = trigger if trigger.pos_ in ("VERB", "AUX") else next(
        (a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if date_verb is None or own_verb is None or date_verb.i == own_verb.i:
        return False
    node = own_verb
    while node.i != date_verb.i:
        if node.dep_ not in NESTING_DEPS or node.head.i == node.i or (node.dep_ == "ccomp" and node.i < node.head.i) \
                or (node.dep_ in ("pcomp", "pobj") and node.head.lower_ in TIME_LINK_WORDS):
            # not under it, or beside it ("fled in May before police raided ...", "spoke on
            # Saturday after meeting Kim": the day may be both's); a clause before its verb is
            # what a speaker said ("[...], he said Monday"), the day the saying's
            return False
        node = node.head
    return True


def _date_root(cue: Cue) -> Token | None:
    """The head word of the mention's date phrase in its sentence, when the phrase is found there
    and does not hold the trigger."""
    text = cue.event.date_text
    if not text:
        return None
    sentence = cue.sentence
    at = sentence.text.find(text)
    if at < 0:
        return None
    start, end = sentence.start_char + at, sentence.start_char + at + len(text)
    words = [t for t in sentence if start <= t.idx < end]
    if not words:
        return None
    root = next((t for t in words if not start <= t.head.idx < end or t.head.i == t.i), words[0])
    trigger = cue.trigger
    if trigger in words or any(t.i == trigger.i for t in root.subtree):
        return None
    return root


def _deadline(root: Token, trigger: Token) -> bool:
    """A date given as a time limit ("by Monday morning") of a clause that names the happening by
    a noun among its participants: "A motive for the fighting had not been established by Monday
    morning" tells until when the motive was unknown, not when the fighting was."""
    return trigger.pos_ == "NOUN" and root.dep_ == "pobj" and root.head.lower_ == "by"


@_read_once
def deadline_dated(cue: Cue) -> bool:
    """The mention's date is a time limit of the clause around its noun (:func:`_deadline`)."""
    root = _date_root(cue)
    return root is not None and _deadline(root, cue.trigger)


#: How a clause hangs from the clause a date belongs to when it tells of another happening:
#: what was reported or charged ("reporting [that she had been assaulted]", "charged [with
#: killing]"), a participant's relative clause ("the man [who hurled a grenade]").
NESTING_DEPS = {"ccomp", "pcomp", "pobj", "prep", "relcl", "acl", "nsubj", "nsubjpass", "dobj"}
#: Words that set a happening in time beside another ("after meeting Kim", "during the raid").
TIME_LINK_WORDS = TIME_PREPOSITIONS | SAME_TIME_WORDS | {"upon", "ahead", "prior"}


def _sentence_lemmas(cue: Cue) -> frozenset[str]:
    """The lower-case lemmas of the cue's sentence, read once per cue (a cue meets every group)."""
    if cue.lemmas is None:
        cue.lemmas = frozenset(t.lemma_.lower() for t in cue.sentence)
    return cue.lemmas


@_read_once
def _new_cue(cue: Cue) -> bool:
    """ "another shooting", "a second blast", "the latest strike": the text says it is a new
    happening (within three words before the trigger), or tells it outright (:func:`_another`)."""
    token = cue.trigger
    sentence, doc = cue.sentence, token.doc
    # the sentence's words up to three before the trigger (a slice, not the whole sentence read)
    left = {t.lower_ for t in token.lefts} | {doc[k].lower_ for k in range(max(sentence.start, token.i - 3),
                                                                          min(token.i, sentence.end))}
    return bool(left & NEW_CUES) or _another(cue)


#: Words of the trigger itself that make it another happening of its kind.
ANOTHER_WORDS = {"another", "second", "third", "fourth", "separate", "subsequent"}


def _another(cue: Cue) -> bool:
    """The trigger's own words make it another happening than the one of its kind told
    before: "another fire", "a second blast", "other fires" (not "the other fire"), and one
    of the happenings a phrase so announces: "other fires broke out, including a brush fire"."""
    token = cue.trigger
    if _told_as_another(token):
        return True
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in ("including", "like", "as"):
        return False
    whole = head.head  # the noun the examples are of, or the verb of the clause that names it
    wholes = [whole] if whole.pos_ in ("NOUN", "PROPN") else \
        [c for c in whole.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN")]
    return any(_told_as_another(w) for w in wholes)


#: Sentence openings that turn to another happening ("Meanwhile, police arrested 31 people ...").
TURNS = {"meanwhile", "elsewhere"}


@_read_once
def _turns_elsewhere(cue: Cue) -> bool:
    """The mention's sentence opens by turning to something else ("Meanwhile, ...", "Elsewhere,
    ..."): a happening of the kind told before is another one; not a toll ("Meanwhile, two of
    the wounded died"), which is part of the happening that caused it (codebook §2), nor one
    its sentence refers back to ("the attack")."""
    if cue.trigger.lemma_.lower() in TOLL_WORDS or cue.trigger.lower_ in TOLL_WORDS:
        return False
    if any(t.lemma_.lower() in ANAPHORS and t.i != cue.trigger.i and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) for t in cue.sentence):
        return False  # "Meanwhile, the army said the attack had been repelled": told back to
    first = next((t for t in cue.sentence if not t.is_space and not t.is_punct), None)
    return first is not None and first.lower_ in TURNS


def _told_as_another(token: Token) -> bool:
    words = {c.lower_: c.dep_ for c in token.children if c.dep_ in ("det", "amod", "nummod", "advmod")}
    if words.keys() & ANOTHER_WORDS:
        return True
    return not definite(token) and words.get("other") == "amod"


#: Determiners of a noun told as known already.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: The singular ones, that point back to one happening told before.
POINTING_DETERMINERS = frozenset({"the", "this", "that"})


def definite(token: Token, determiners: frozenset[str] = DEFINITE_DETERMINERS) -> bool:
    """A noun told as known already: possessed or with a definite determiner ("the bombs",
    "their crash", "this attack")."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in determiners) for c in token.children)


def _first_link(links, groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The group the first of ``links`` that finds one gives the mention, or None; never, for a
    digest item's own happening, a group told only in other items (:func:`_other_items`) unless
    its sentence names a happening told before by a definite noun (:func:`_names_one_told`):
    "Two civilians are killed in a missile strike near a mosque in Gaza City." is a happening of
    its own, not the strikes an item above reported killing dozens in Gaza, however alike the
    links find their kind, place or case; "Ann Roe wins the election." goes on with the vote
    told in the item above."""
    item = _own_item(cue)
    if item is not None and _names_one_told(cue):
        item = None  # (it goes on with a happening told before, in whatever item)
    return next((group for group in (link(groups, cue) for link in links) if group is not None
                 and not _other_items(group, item)), None)


def _names_one_told(cue: Cue) -> bool:
    """The mention's sentence names a happening as known by a definite or possessed noun other
    than its trigger ("wins the election", "condemns the attack"): it takes up a story told before."""
    return any(t.i != cue.trigger.i and t.lower_ in ANAPHORS and definite(t) for t in cue.sentence)


def cluster(cues: Sequence[Cue], same: Callable[[dict[str, float]], float],
            same_happening: Callable[[object, object], bool], *, threshold: float = 0.5) -> list[list[Cue]]:
    """Groups of mentions of one happening, in document order of their first mention.
    ``same(features)`` is the probability that a mention joins a group; never a group
    holding a mention the text tells apart from it (:func:`distinct`), nor, for a deed, a group
    told in earlier items of a digest by other doers (:func:`_another_story`), nor, for an item's
    own happening, a group told only in other items (:func:`_other_items`). A saying the pair
    model puts in no group joins the same speaker's earlier saying (:func:`_same_speaker`)."""
    groups: list[list[Cue]] = []
    for cue in cues:
        best, best_p = None, threshold
        referent = _first_link(_TOLD_LINKS, groups, cue)
        if referent is not None:
            referent.append(cue)
            continue
        new = _another(cue) or _turns_elsewhere(cue) or _also_did(cue)
        item = _own_item(cue)
        for n, group in enumerate(groups):
            if _told_apart(group, cue) or _another_story(group, cue) or _other_items(group, item):
                continue
            if new and any(m.event.event_type == cue.event.event_type and m.sentence_index < cue.sentence_index
                           for m in group):
                continue  # "another fire", "other fires": not the fire told before
            p = same(pair_features(group, cue, first_group=n == 0, same_happening=same_happening))
            if p >= best_p:
                best, best_p = group, p
        if best is not None:
            best = _speakers_own(groups, cue, best)
        if best is None:
            best = _first_link(_FALLBACK_LINKS, groups, cue)
        if best is None:
            groups.append([cue])
        else:
            best.append(cue)
    return groups


def _told_apart(group: list[Cue], cue: Cue) -> bool:
    """The text tells the mention apart from the group (:func:`distinct`), but for a member of a
    kind no one happening can share with it, told in its own sentence, when the group holds a
    chosen mention of a kind it can be: that member is a happening the pair model chained to
    them, which :func:`split_kinds` parts from them again. "Defendant makes court appearance."
    and "A woman accused of driving the car that killed Ann Roe made her first court appearance
    Thursday": the lead's sentence tells the killing apart from the appearance, not the
    appearance from the title's, which the group holds with the killing."""
    kin = [m for m in group if m.chosen and compatible(m.event.event_type, cue.event.event_type)]
    return any(distinct(member, cue) for member in group
               if not (kin and member.sentence.start == cue.sentence.start
                       and not compatible(member.event.event_type, cue.event.event_type)))


def _speakers_own(groups: list[list[Cue]], cue: Cue, chosen: list[Cue]) -> list[Cue]:
    """The group of the same named speaker's earlier saying (:func:`_same_speaker`) for a saying
    the pair model put with happenings of no kind it can be: "Gonzalez lashed out at his
    relatives on Sunday. ... [a paragraph on the relatives' abuse charges] ... Gonzalez said he
    did not believe the video" is what Gonzalez said on that occasion (codebook §2: one statement
    per speaker per occasion), not a detail of the abuse that split_kinds would then part from
    it as a statement of its own. Else the pair model's group."""
    if _speaker(cue) is None or any(compatible(cue.event.event_type, m.event.event_type) for m in chosen):
        return chosen
    return _same_speaker(groups, cue) or chosen


def _also_did(cue: Cue) -> bool:
    """ "Police arrested two men on Monday. One of them was also charged with burglary"; "The
    minister announced a grant. She also pledged to seek more funds": 'also' on the trigger's
    own verb adds a deed to those told before, not the same one told again, so the mention
    joins no earlier group of its kind nor the speaker's earlier words. Not a statement ("he
    also said ..." goes on with one statement per speaker and occasion)."""
    token = cue.trigger
    return cue.event.event_type != "statement" and token.pos_ == "VERB" \
        and any(c.lower_ == "also" and c.dep_ == "advmod" for c in token.children)


def _sole_of_its_kind(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The one happening of its local kind told before, for a later mention whose sentence names
    no place and no day or time: in a story of one shooting, "Officer Eggers fired twice" or
    "Shots fired from the car struck him in the back of the head" tell that shooting again,
    however far below, as "Officers detained him after a brief chase" tells the one arrest
    (codebook §2); there is nothing else it could be. Not when two happenings of the kind were
    told before (which one is not for a rule to guess), when the text announces another one or
    turns elsewhere ("in another state"), tells them apart, or names another victim or other
    people arrested."""
    event = cue.event
    if event.event_type not in LOCAL_TYPES or cue.place_explicit or cue.own_date or _new_cue(cue) \
            or _turns_elsewhere(cue) or _tells_another(cue) \
            or any(t.ent_type_ in ("DATE", "TIME") for t in cue.sentence):
        return None
    kin = [g for g in groups if any(m.event.event_type == event.event_type and m.event.mode == event.mode
                                    for m in g)]
    if len(kin) != 1:
        return None
    group = kin[0]
    if any(distinct(m, cue) for m in group) or not any(m.story == cue.story for m in group):
        return None  # a digest's next item is another story, whatever it tells
    victim, victims = _victim(cue), {_victim(m) for m in group} - {None}
    if victim is not None and victims and not any(_same_name(victim, v) for v in victims):
        return None  # "Ann Ruiz was stabbed" after "Leon Price was shot": another person, another attack
    if event.event_type == "arrest" and event.actor2 is not None \
            and not any(_same_name(event.actor2, m.event.actor2) for m in group):
        return None  # "police arrested six Protestants" after "two men were arrested": other people
    return group


#: Nouns that name a happening in general ("in a separate incident").
INCIDENT_NOUNS = {"incident", "case", "episode", "event", "action", "business"}
#: Nouns of a place that, told as another, take the sentence elsewhere ("in another state").
ELSEWHERE_NOUNS = {"state", "city", "county", "town", "country", "jurisdiction"}
_ANOTHER_NOUNS = ANAPHORS | INCIDENT_NOUNS | ELSEWHERE_NOUNS


@_read_once
def _tells_another(cue: Cue) -> bool:
    """The mention's sentence names another happening or another place outright, anywhere in
    it: "In another shooting, a man was wounded", "In a separate incident, ...", "Smith was
    arrested in another state"."""
    return any(t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in _ANOTHER_NOUNS or t.lower_ in ANAPHORS)
               and _told_as_another(t) for t in cue.sentence)


def _another_story(group: list[Cue], cue: Cue) -> bool:
    """A deed told in a paragraph that takes up nothing of the story the group was told in (a
    digest's next item) and done by another named doer: "Rebels overran army positions near
    Goma." after "The air force struck depots in Rafah." is another happening, however alike
    the pair model finds two strikes told one after the other."""
    if cue.event.event_type in VERBAL_TYPES or not cue.event.actor1 or any(_same_item(m, cue) for m in group):
        return False
    doers = {m.event.actor1 for m in group if m.event.actor1}
    return bool(doers) and cue.event.actor1 not in doers


def _own_item(cue: Cue) -> int | None:
    """The digest item (:func:`digest_item`) of a mention that is its item's own happening: the
    rules' pick of its sentence, told in its main clause (:func:`_in_main_clause`), in a text
    read as a digest from its first item on; None for any other mention. Read once per mention
    for :func:`_other_items`."""
    locator = getattr(cue, "locator", None)
    if locator is None or not locator.digest or not cue.chosen or not _in_main_clause(cue.trigger):
        return None
    return digest_item(cue)


def _other_items(group: list[Cue], item: int | None) -> bool:
    """An item's own happening (its ``item``, from :func:`_own_item`) and a group told only in
    other items of the digest: each paragraph of a text read as a digest from its first item on
    is a story of its own, so the rules' pick of a sentence told in its main clause starts a
    happening of its own rather than join one of another item ("Ruritania suspends two radio stations over
    their reports on the fuel blockades." and, a paragraph below, "A man is arrested and charged
    with murder for a shooting at a bar": a ban and an arrest, however alike the pair model finds
    their kinds). A mention deep in a phrase ("attends the funeral amid questions in the
    aftermath of an airstrike") is left to the pair model: it may tell another item's happening."""
    return item is not None and all(digest_item(m) != item for m in group)


#: How far below its sentence's root a word of the main clause lies: the root verb, its
#: subject, object or clause, and theirs ("holds an election", "says that its forces attacked").
MAIN_CLAUSE_DEPTH = 2


def _in_main_clause(token: Token) -> bool:
    """The word is its sentence's root or lies at most :data:`MAIN_CLAUSE_DEPTH` arcs below it."""
    return sum(1 for _ in token.ancestors) <= MAIN_CLAUSE_DEPTH


def _same_item(one: Cue, other: Cue) -> bool:
    """Two mentions told in one story; in a digest (a roundup read item by item), in one
    paragraph too (:func:`digest_item`): each of its paragraphs is an item of its own even when
    it shares a country's name with the item before ("Iran's navy seizes a tanker." then
    "Iranian forces shoot down a U.S. drone.")."""
    return one.story == other.story and digest_item(one) == digest_item(other)


def split_kinds(group: list[Cue], strong: Callable[[Cue], bool]) -> list[list[Cue]]:
    """One group per happening when a group holds strong mentions of kinds no one happening
    can be: an attack, the arrest of its suspect and a minister's statement about it are three
    events (codebook §2), however the pair model chained them; so are what two named speakers
    said (:func:`_other_speakers`: one statement per speaker per occasion). The strong mentions
    are parted greedily, in document order, into parts whose mentions all fit each other
    (:func:`_fits`); a weak mention (an attribution, a detail) goes with the nearest part it
    fits, else with the nearest part of a compatible kind, else with the nearest part. A
    statement that tells another mention of the group (:func:`_tells`) heads no part of its
    own. A group whose strong mentions agree stays whole."""
    heads = [c for c in group if strong(c) and not _tells(c, group) and not _members_part(c, group)]
    if all(_fits(a, b) for i, a in enumerate(heads) for b in heads[i + 1:]):
        return [group]
    parts: list[list[Cue]] = []
    for cue in heads:
        part = next((p for p in parts if all(_fits(cue, m) for m in p)), None)
        if part is None:
            parts.append([cue])
        else:
            part.append(cue)
    strong_parts = [list(p) for p in parts]
    for cue in group:
        if any(cue is h for h in heads):
            continue
        fitting = [n for n, p in enumerate(strong_parts) if all(_fits(cue, m) for m in p)] or \
            [n for n, p in enumerate(strong_parts)
             if any(compatible(cue.event.event_type, m.event.event_type) for m in p)] or range(len(parts))
        nearest = min(fitting, key=lambda n: min(abs(cue.sentence_index - m.sentence_index) for m in strong_parts[n]))
        parts[nearest].append(cue)
    order = {id(c): n for n, c in enumerate(group)}
    return sorted((sorted(p, key=lambda c: order[id(c)]) for p in parts), key=lambda p: order[id(p[0])])


def _members_part(cue: Cue, group: list[Cue]) -> bool:
    """A member's vote in a group that holds the body's vote (:func:`_body_vote`): part of that
    vote, heading no happening of its own ("The council voted 8-1 to approve the permit ...
    Councilman Rivera voted against the permit"), whatever else the group holds (the permit the
    vote granted)."""
    return _member_vote(cue) and any(m.event.event_type == "election" and m.event.mode == cue.event.mode
                                     and not _member_vote(m) for m in group)


def _fits(a: Cue, b: Cue) -> bool:
    """Two mentions one happening can hold: of compatible kinds (or a body's vote and the decision
    it made, :func:`_decides`), and not sayings of two named speakers (:func:`_other_speakers`)."""
    return (compatible(a.event.event_type, b.event.event_type) or _decides(a, b) or _decides(b, a)) \
        and not _other_speakers(a, b)


#: The dependents of a verb of saying that hold what was said (or announced).
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "nsubjpass", "attr", "oprd", "obj"}


def _tells(cue: Cue, group: list[Cue]) -> bool:
    """A statement whose said content holds another mention of the group and that is no
    statement of its own: one by nobody named ("Casualties were reported in Odesa" tells the
    attack's toll), or the speaker's announcement of its own act ("Greece confirmed plans to
    resume flights" is the plan; codebook §2). Not a quoted label the speaker puts on a mention
    ("characterized the strike as \"a violation of our sovereignty\""): the mention is what is
    labelled, not what is said, and the label is the speaker's position."""
    if cue.event.event_type != "statement" or quoted_label(cue.trigger) is not None:
        return False
    content = {t.i for child in cue.trigger.children if child.dep_ in CONTENT_DEPS for t in child.subtree}
    told = [m for m in group if m is not cue and m.sentence.start == cue.sentence.start and m.trigger.i in content]
    speaker = cue.event.actor1 if cue.actor1_kind else None
    return any(speaker is None or m.event.actor1 == speaker for m in told)


def in_title(cue: Cue) -> bool:
    """The mention is in the article's title, given as its first sentence ("Grand jury indicts
    man for fleeing traffic stop. A Palestine man was indicted ...")."""
    return cue.sentence_index == 0 and opens_with_title(cue.sentence.text, cue.event.source_title)


def opens_with_title(text: str, title: str | None) -> bool:
    """The text begins with the article's title (of more than ten characters; its first forty
    compared), as a story given with its headline as its first sentence does."""
    title = (title or "").strip().rstrip(".").strip()
    return len(title) > 10 and text.strip().startswith(title[:40])


def _headline_told(groups: list[list[Cue]], cue: Cue) -> list[Cue] | None:
    """The title's happening, for the body's first mention of a deed of its kind and mode: a
    title tells in short the happening its lead then tells in full ("City man fined for false
    report." and "John Doe, 31, was fined $150 on Wednesday in Platte County Court ..."; codebook
    §2: a headline is a span of the happening it names), whatever place or day either gives
    (the title names the man's town, the lead the court's; the title gives no day). Not a saying
    (one per speaker and occasion), nor a mention that announces another happening or turns
    elsewhere, nor once the body has told one of the kind (the title's is then that one or
    neither)."""
    event = cue.event
    if cue.sentence_index == 0 or event.event_type in VERBAL_TYPES or _new_cue(cue) or _turns_elsewhere(cue) \
            or _tells_another(cue):
        return None
    kin = [g for g in groups if any(m.event.event_type == event.event_type for m in g)]
    if len(kin) != 1 or not all(in_title(m) for m in kin[0]):
        return None
    group = kin[0]
    if not any(m.event.event_type == event.event_type and m.event.mode == event.mode for m in group):
        return None
    return group


#: Links the text makes outright, taken before the pair model: a definite "the attack", the
#: same named victim, an undated detail of the case, the same defendant's court step, a strike
#: at a town already named, a body's vote told again, the title's happening told in the body.
_TOLD_LINKS = (_referent, _same_victim, _same_case, _same_defendant, _same_place, _body_vote, _headline_told)
#: Links for a mention the pair model put in no group: the same speaker's earlier saying, the
#: only happening of its kind, the same vote, the decision a vote made.
_FALLBACK_LINKS = (_same_speaker, _sole_of_its_kind, _same_vote, _vote_and_decision, _same_charge)
