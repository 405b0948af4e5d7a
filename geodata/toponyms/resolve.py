"""Toponym resolution: pick the gazetteer entry each recognised span refers to.

Each candidate gets a score from a context-free prior (feature kind, population, how the
name matched) plus document evidence: an explicit container ("Springfield, Ill."), a type
word ("Kursk region" -> a first-level subdivision), the countries and subdivisions the
article names unambiguously, the article's home subdivision (the state its towns and
counties agree on, see :func:`home_region`), and closeness to the other places of the
article. The same name keeps one sense throughout a document.
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from geodata.gazetteer import curated
from geodata.gazetteer.index import (
    CAPITAL_BONUS,
    Candidate,
    Gazetteer,
    county_key,
    haversine_km,
    in_county,
    normalize,
    prominence,
)
from geodata.model import PlaceMention
from geodata.toponyms.recognize import (
    _TOWN_FORCE_WORDS,
    _TYPE_WORDS_ADMIN1,
    _TYPE_WORDS_ADMIN2,
    _TYPE_WORDS_LAND,
    _TYPE_WORDS_WATER,
    Toponym,
)

logger = logging.getLogger(__name__)

_BIG = {"country", "continent", "admin1", "region"}


def candidates_for(t: Toponym, gazetteer: Gazetteer) -> list[Candidate]:
    """All gazetteer candidates for a toponym (demonyms map to their place)."""
    if t.label in ("STREET", "NAME"):
        return []  # an address or a longer unknown name: no gazetteer entry, and no town of its name
    if t.role == "adjectival":
        cand = gazetteer.demonym(t.text)
        if cand:
            cand["match"] = "name"
            return [cand]
        return []
    cands = gazetteer.lookup(t.text)
    if t.next_word in _TOWN_FORCE_WORDS and normalize(t.text) in curated.NON_PLACE_WORDS:
        # "a Delta police officer": a common word read as a place only as a town's name before
        # its own police (see recognize._town_of_common_word) is that town, not a province
        cands = [c for c in cands if c["feature"] == "city"]
    words = t.text.split()
    if not cands and t.type_word:
        # "Kursk region": also try the bare name, and the name without the type word
        if words and words[-1].lower() == t.type_word and len(words) > 1:
            cands = gazetteer.lookup(" ".join(words[:-1]))
    if t.type_word in _TYPE_WORDS_WATER and len(words) > 1 and words[-1].lower() == t.type_word:
        # a river, creek or lake is no town's other name, nor named after one by it: "the
        # bridge over Big Creek" or "a barge on the Kiser River" is not a village GeoNames also
        # calls Big Creek or Kiser (a town of the name itself, "Battle Creek", stays)
        cands = [c for c in cands if not (c["feature"] == "city" and c.get("match") == "alt")]
    if cands and t.type_word in _TYPE_WORDS_ADMIN1:
        # "Kyiv region" and "Kyiv Oblast" name one province, though the gazetteer may give
        # each spelling to a different division (the capital's own, the province around it)
        if len(words) > 1 and words[-1].lower() == t.type_word:
            countries = {c["country_code"] for c in cands if c["feature"] == "admin1"}
            seen = {c["id"] for c in cands}
            for word in _PROVINCE_SPELLINGS - {t.type_word}:
                for c in gazetteer.lookup(" ".join(words[:-1] + [word])):
                    if c["feature"] == "admin1" and c["country_code"] in countries and c["id"] not in seen:
                        seen.add(c["id"])
                        cands.append(c)
    if not cands and t.label in ("GPE", "LOC", "FAC", "ORG", "PER"):
        # another transliteration of a known name ("Khan Younis" / "Khan Yunis")
        cands = gazetteer.lookup_fold(t.text, limit=10)
    if not cands and t.label == "NORP":
        cand = gazetteer.demonym(t.text)
        cands = [cand] if cand else []
    return cands


#: the type words of one province's names in English news ("Kyiv region", "Kyiv Oblast")
_PROVINCE_SPELLINGS = frozenset({"region", "oblast", "province", "governorate"})


def _type_bonus(cand: Candidate, type_word: str | None, label: str) -> float:
    feature = cand["feature"]
    bonus = 0.0
    if type_word:
        if type_word in _TYPE_WORDS_ADMIN1:
            bonus += 3.0 if feature == "admin1" else (-1.0 if feature == "city" else 0.0)
        elif type_word in _TYPE_WORDS_ADMIN2:
            bonus += 3.0 if feature == "admin2" else (-1.5 if feature == "city" else 0.0)
        elif type_word in _TYPE_WORDS_WATER:
            bonus += 3.0 if feature == "water" else -1.5
        elif type_word in _TYPE_WORDS_LAND:
            bonus += 2.0 if feature in ("landform", "region") else 0.0
        elif type_word == "city":  # "the city of Sagaing", "the village of X"
            bonus += 3.0 if feature == "city" else -1.5
    elif feature == "admin2" and cand.get("match") != "name":
        bonus -= 1.0
    elif feature in ("admin1", "admin2") and cand.get("match") != "name":
        bonus -= 1.0
    if label == "LOC" and feature in ("water", "landform", "region", "continent"):
        bonus += 1.0
    return bonus


def resolve(toponyms: list[Toponym], gazetteer: Gazetteer, *, candidates: list[list[Candidate]] | None = None,
            key: Callable[[str], str] = normalize, cues: dict[str, float] | None = None,
            regions: frozenset[str] = frozenset()) -> list[dict[str, Any] | None]:
    """The chosen candidate (with ``score`` and ``candidates``) for each toponym, or None.

    ``candidates`` are the toponyms' gazetteer candidates when the caller found them itself
    (another language's names index), and ``key`` the function that tells two mentions of one
    name (the names index's key for Cyrillic and Hangul, which ``normalize`` would empty).
    ``cues`` are votes for countries from the text's wording (see :func:`country_cues`), and
    ``regions`` the subdivisions its wording points to (see :func:`region_cues`).
    """
    all_cands = candidates if candidates is not None else [candidates_for(t, gazetteer) for t in toponyms]
    all_cands = _with_named_counties(toponyms, all_cands, key)

    # a name used like a town's ("a Palestine man", "Lebanon police") is not the country of
    # that name when a town or state shares it: countries take their adjective instead
    local_names = {key(t.text) for t, cands in zip(toponyms, all_cands)
                   if t.next_word in LOCAL_NOUNS and _has_local_sense(cands)}

    # ---- document context from the unambiguous and prominent mentions
    country_votes, admin1_votes, home = _document_context(toponyms, all_cands, local_names, key, cues, regions)
    # a country's name that a town of the article's home state bears, in an article that
    # names nothing else of that country (no "Lebanese", no Beirut): "Lebanon police said ...
    # in Zionsville" is the Indiana town, as a town's name used locally would be
    if home is not None:
        shadowed = _home_town_names(toponyms, all_cands, local_names, key, home[0])
        if shadowed:
            local_names |= shadowed
            country_votes, admin1_votes, home = _document_context(toponyms, all_cands, local_names, key, cues, regions)
    admin1_votes_home = 0.0
    if home is not None:
        home_code, strength = home
        home_cc = home_code.split(".")[0]
        # local news rarely names its own country: the home state speaks for it
        country_votes[home_cc] += min(strength, 3.0)
        admin1_votes_home = strength
    neighbours = _neighbourhood(toponyms, all_cands, key, country_votes, admin1_votes) if home is None else None
    if neighbours is not None:
        # the towns of one neighbourhood speak for their country as a home state would
        country_votes[neighbours[0].split(".")[0]] += min(neighbours[1], 3.0)
    # shares of at least one whole vote: a single weak vote (a town named once, 0.3) is no
    # context of its own ("San Fernando City" in the Philippines does not carry "Los Angeles" there)
    total_country = max(sum(country_votes.values()), 1.0)

    def context_score(cand: Candidate, local: bool = True) -> float:
        score = 0.0
        cc = cand["country_code"]
        if cc and country_votes:
            share = country_votes.get(cc, 0.0) / total_country
            score += 4.0 * share + (1.0 if cc in country_votes else 0.0)
            if cand.get("capital") and cc not in country_votes and local:
                score -= 3.5  # a foreign capital's prominence does not outweigh local context
                # (``local``: some reading of the name is in a country the article points to;
                # when none is, "the NATO Washington summit" in a story of Brussels and Warsaw,
                # there is no local context for the capital to give way to)
        if cand["feature"] not in ("country", "continent") and cand.get("admin1_code") in admin1_votes:
            score += 3.0 + 0.5 * min(admin1_votes[cand["admin1_code"]], 3)
        elif (home is not None and cand["feature"] in ("city", "admin2")
              and cand.get("admin1_code") == home[0]):
            score += HOME_BONUS + 0.5 * min(admin1_votes_home, 4.0)
        return score

    # ---- first pass: score every candidate
    chosen: list[dict[str, Any] | None] = [None] * len(toponyms)
    scored_lists: list[list[tuple[float, Candidate]]] = []
    # names written inside a subdivision that holds none of their readings: no place rather
    # than a namesake elsewhere, for every mention of the name (one sense per document)
    outside_names = {key(t.text) for idx, (t, cands) in enumerate(zip(toponyms, all_cands))
                     if cands and any(_outside_container(cands, all_cands[ci])
                                      and _written_inside(toponyms, idx, ci, all_cands) for ci in t.container)}
    for idx, (t, cands) in enumerate(zip(toponyms, all_cands)):
        if outside_names and key(t.text) in outside_names:
            cands = []
        if not t.type_word and is_generic_name(t.text):
            # "the North Side", "the East End": a part of some town, named by its side; a small
            # district of a country the article does not point to (the Cayman Islands' North
            # Side) or a town's other name is no reading of it: no place rather than a wrong one
            cands = [c for c in cands if not c["country_code"] or c["feature"] in _WIDE_FEATURES
                     or (c.get("match") == "name" and (c["country_code"] in country_votes
                                                       or (c["population"] or 0) >= GENERIC_MIN_POPULATION))]
        province = _province_of(cands, gazetteer) if t.type_word in _TYPE_WORDS_ADMIN1 else None
        scored = []
        # a bare name shared by a subdivision and a city inside it means the city
        city_admin1 = {c.get("admin1_code") for c in cands if c["feature"] == "city"
                       and c.get("match") == "name" and (c["population"] or 0) >= 10_000}
        has_primary = any(c.get("match") == "name" for c in cands)
        # a city's own name outranks another city's old or foreign name for it, even a
        # capital's: "Philadelphia" is the American city, not Amman (its ancient name)
        big_primary = any(c.get("match") == "name" and c["feature"] == "city"
                          and (c["population"] or 0) >= BIG_PRIMARY_CITY for c in cands)
        # whether each written container may be an item of a list rather than this name's
        # container: a property of the two names, not of a reading of this one
        listed = {ci: _in_a_list(toponyms, idx, ci) or not _town_inside(cands, all_cands[ci]) for ci in t.container}
        local = any(c["country_code"] in country_votes for c in cands)
        for cand in cands:
            alt_city = has_primary and cand.get("match") == "alt" and cand["feature"] == "city"
            penalty = (ALT_CITY_PENALTY + (CAPITAL_BONUS if big_primary and cand.get("capital") else 0.0)
                       if alt_city else 0.0)
            s = prominence(cand) - penalty + _type_bonus(cand, t.type_word, t.label) + context_score(cand, local)
            if (not t.type_word and cand["feature"] in ("admin1", "admin2")
                    and cand.get("admin1_code") in city_admin1 and cand.get("match") != "name"):
                s -= 3.0
            if province is not None and cand["id"] == province:
                s += PROVINCE_BONUS
            for ci in t.container:
                s += _container_bonus(cand, all_cands[ci], listed=listed[ci])
            if cand["feature"] == "country" and local_names and key(t.text) in local_names:
                s -= LOCAL_USE_PENALTY
            scored.append((s, cand))
        scored.sort(key=lambda x: x[0], reverse=True)
        scored_lists.append(scored)

    # ---- a town and its county named in one article: "a Paris man ... Henry County
    # deputies" is Paris, Tennessee in Henry County, Tennessee (a container the text does not
    # spell out as "Paris, Henry County")
    pairs = _town_county_pairs(all_cands, [key(t.text) for t in toponyms])
    if pairs:
        for idx, scored in enumerate(scored_lists):
            if any(cand["id"] in pairs for _, cand in scored):
                scored_lists[idx] = sorted(((s + (TOWN_COUNTY_BONUS if cand["id"] in pairs else 0.0), cand)
                                            for s, cand in scored), key=lambda x: x[0], reverse=True)

    # ---- neighbouring towns of several ambiguous names (see :func:`neighbour_towns`)
    if neighbours is not None:
        members = neighbours[2]
        for idx, scored in enumerate(scored_lists):
            if any(cand["id"] in members for _, cand in scored):
                scored_lists[idx] = sorted(((s + (NEIGHBOUR_BONUS if cand["id"] in members else 0.0), cand)
                                            for s, cand in scored), key=lambda x: x[0], reverse=True)

    # ---- spatial coherence: points near the article's confident places
    anchor_points: dict[int, tuple[float, float]] = {}
    for t, scored in zip(toponyms, scored_lists):
        if scored and (len(scored) == 1 or scored[0][0] - scored[1][0] > 2.0):
            c = scored[0][1]
            if c["feature"] in ("city", "admin2"):
                anchor_points[c["id"]] = (c["lat"], c["lon"])
    # long texts: the coherence signal needs only a sample of distinct anchors
    anchors = [(lat, lon, pid) for pid, (lat, lon) in list(anchor_points.items())[:200]]
    near_cache: dict[int, int] = {}
    if anchors:
        for idx, scored in enumerate(scored_lists):
            if len(scored) < 2:
                continue
            rescored = []
            for s, cand in scored:
                if cand["feature"] in ("city", "admin2"):
                    near = near_cache.get(cand["id"])
                    if near is None:
                        near = sum(1 for lat, lon, pid in anchors if pid != cand["id"]
                                   and haversine_km(lat, lon, cand["lat"], cand["lon"]) < 150)
                        near_cache[cand["id"]] = near
                    s += 1.0 * min(near, 3)
                rescored.append((s, cand))
            rescored.sort(key=lambda x: x[0], reverse=True)
            scored_lists[idx] = rescored

    # ---- one sense per document: the same name keeps its best-supported sense
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for idx, t in enumerate(toponyms):
        by_name[(key(t.text), t.role)].append(idx)
    for indexes in by_name.values():
        totals: dict[int, float] = defaultdict(float)
        keep: dict[int, Candidate] = {}
        for idx in indexes:
            for s, cand in scored_lists[idx]:
                totals[cand["id"]] = max(totals[cand["id"]], s)
                keep[cand["id"]] = cand
        if not totals:
            continue
        for idx in indexes:
            scored = scored_lists[idx]
            if not scored:
                continue
            # a mention with its own explicit container keeps its own decision
            if toponyms[idx].container:
                best_s, best = scored[0]
            else:
                best_id = max(totals, key=totals.get)
                best, best_s = keep[best_id], totals[best_id]
            runner_up = next((s for s, c in scored if c["id"] != best["id"]), None)
            margin = best_s - runner_up if runner_up is not None else 5.0
            result = dict(best)
            result["score"] = round(1.0 / (1.0 + math.exp(-(margin - 0.5))), 3)
            result["candidates"] = [_public(c) for _, c in scored[:5]]
            chosen[idx] = result
    return chosen


def _document_context(toponyms: list[Toponym], all_cands: list[list[Candidate]], local_names: set[str],
                      key: Callable[[str], str], cues: dict[str, float] | None,
                      regions: frozenset[str] = frozenset()) -> tuple[Counter[str], Counter[str], tuple[str, float] | None]:
    """The votes for countries and first-level subdivisions of the article's unambiguous and
    prominent mentions and its wording, and its home subdivision (see :func:`home_region`)."""
    country_votes: Counter[str] = Counter()
    admin1_votes: Counter[str] = Counter()
    for t, cands in zip(toponyms, all_cands):
        if not cands or (local_names and key(t.text) in local_names):
            continue
        big = {c["country_code"] for c in cands if c["feature"] in ("country", "admin1")
               and c.get("match") != "weak"}
        best = max(cands, key=prominence)
        if len(big) > 1:
            cued = [c for c in cands if c["feature"] == "admin1" and c.get("match") == "name"
                    and c["country_code"] in (cues or {})]
            if len(cued) != 1 or len(big & set(cues or {})) != 1:
                continue  # "Georgia": ambiguous between countries, no evidence either way
            # ... unless the text reads as the local news of one of them and it has a state of
            # the name ("Atlanta county commissioners ... needy Georgia residents ... a line in
            # Texas"): the state, a vote for it as "Texas" is one for its own state
            best = cued[0]
        if best["feature"] in ("country",) and best.get("match") != "weak":
            if len({c["country_code"] for c in cands if c["feature"] == "country"}) > 1:
                continue  # "Congo": which one is for the context to say
            country_votes[best["country_code"]] += 1.0 if t.role == "name" else 0.5
        elif best["feature"] == "admin1" and best.get("match") == "name" and not _shared_with_towns_abroad(best, cands):
            admin1_votes[best["admin1_code"]] += 1.0
            country_votes[best["country_code"]] += 1.0
        elif len({c["country_code"] for c in cands}) == 1 and cands[0]["country_code"]:
            country_votes[cands[0]["country_code"]] += 0.3
    for cc, weight in (cues or {}).items():
        country_votes[cc] += weight
    # the wording of American local news ("Hopkinton police said ... burglaries in Hillsboro"):
    # a paper's towns are its own state's, so two towns that share only one state set it
    home = home_region(toponyms, key=key, all_cands=[
        [c for c in cands if c["feature"] != "country"] if key(t.text) in local_names else cands
        for t, cands in zip(toponyms, all_cands)],
        min_cover=HOME_MIN_COVER_LOCAL if "US" in (cues or {}) else HOME_MIN_COVER,
        countries={cc for cc, v in country_votes.items() if v > 0}, regions=regions)
    return country_votes, admin1_votes, home


def _home_town_names(toponyms: list[Toponym], all_cands: list[list[Candidate]], local_names: set[str],
                     key: Callable[[str], str], home_code: str) -> set[str]:
    """The names that are a country's and a town's of the home subdivision ``home_code``,
    where the article names nothing else of that country: no demonym ("Lebanese") and no
    other name whose most prominent reading is in it ("Beirut", "Tyre"). "Lebanon schedules spring clean-up ... drop-off
    in Zionsville" (Indiana): Lebanon, Indiana."""
    found: set[str] = set()
    for t, cands in zip(toponyms, all_cands):
        name = key(t.text)
        if t.role != "name" or name in local_names or name in found:
            continue
        countries = {c["country_code"] for c in cands if c["feature"] == "country" and c.get("match") != "weak"}
        if not countries or not any(c["feature"] == "city" and c.get("match") == "name"
                                    and c.get("admin1_code") == home_code and (c["population"] or 0) >= 1_000
                                    for c in cands):
            continue
        elsewhere = False
        for t2, cands2 in zip(toponyms, all_cands):
            if key(t2.text) == name or not cands2:
                continue
            strong = [c for c in cands2 if c.get("match") != "weak"]
            if strong and max(strong, key=prominence)["country_code"] in countries:
                elsewhere = True  # "Lebanese", "Beirut": the article speaks of the country too
                break
        if not elsewhere:
            found.add(name)
    return found


#: words that make a place name generic when it has nothing else: a side or a part of somewhere
GENERIC_DIRECTIONS = frozenset("""north south east west northern southern eastern western northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern central upper lower middle mid""".split())
GENERIC_PARTS = frozenset("""side end shore shores coast district region province division area zone sector
    quarter ward""".split())


#: a province this populous may be meant by its bare generic name ("North-West") though the
#: article names only its towns
GENERIC_MIN_POPULATION = 100_000
_WIDE_FEATURES = {"continent", "region", "water", "landform"}


#: Wording of American local news that other countries' news does not use: a county's
#: commissioners, a sheriff's office, "the 800 block of Main Street", a councilman, a district
#: attorney, a grand jury, sales tax, a county coroner, a state's lawmakers or its high-school
#: finals, "Gov." and "Sen." before a name
_US_WORDING = re.compile(
    r"(?=[cdgrs\d])"  # the first letters: the alternatives are tried only there
    r"(?:\b(?:county commission(?:er)?s?|sheriff['\u2019]?s? (?:office|department|deputies|deputy)"
    r"|\d+ block of|council(?:man|woman)|state troopers?|district attorney|grand jury|sales tax|county coroner"
    r"|state (?:lawmakers|legislature|legislators|representatives?|senators?|ethics|officials"
    r"|tournament|finals|championships?))\b"
    r"|\b(?:Gov|Rep|Sen)\. [A-Z])", re.IGNORECASE)
#: the weight of that wording as a vote for the United States (one whole vote: what one
#: unambiguous state named once gives)
US_WORDING_VOTE = 1.0
#: ... and wording of American or Canadian local news ("the Delta Police Department" is in
#: British Columbia; a fire chief; an 11th-grade student; an address "3125 Clarksville St."), a
#: vote for the United States unless Canadian wording is there too
_NORTH_AMERICAN_WORDING = re.compile(r"(?=[PpFf\dfsten])"  # the first letters: the alternatives are tried only there
                                     r"(?:\b(?:[Pp]olice [Dd]epartment|[Ff]ire [Cc]hief|(?:\d{1,2}(?:st|nd|rd|th)"
                                     r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                                     r"|eleventh|twelfth)[- ]grader?s?)\b"
                                     r"|\b\d{2,5} (?:[A-Z][a-z]+ ){1,2}(?:St|Ave|Blvd|Rd|Dr)\.)")
_CANADIAN_WORDING = re.compile(r"(?=[RMOCPpc])\b(?:RCMP|Mounties|OPP|MLAs?|MPPs?|Const\.|[Pp]rovincial|[Cc]ouncillors?)\b")


#: Wording of the local news of some states only: New England towns are run by selectmen
#: ("First Selectman Ann Lee", "the Board of Selectmen")
_NEW_ENGLAND_WORDING = re.compile(r"(?=[Ss])\b(?:[Ss]electm[ae]n|[Ss]electwom[ae]n|[Ss]elect [Bb]oard|[Ss]electboard)\b")
NEW_ENGLAND = frozenset({"US.CT", "US.MA", "US.ME", "US.NH", "US.RI", "US.VT"})


def region_cues(text: str) -> frozenset[str]:
    """The subdivisions (``admin1_code``) a text's wording points to, for its home (see
    :func:`home_region`): "neighbors of First Selectman Ann Lee" is New England's local news,
    so "Clinton" is a town of Connecticut, Massachusetts or Maine, not Washington's."""
    return NEW_ENGLAND if _NEW_ENGLAND_WORDING.search(text) else frozenset()


def country_cues(text: str) -> dict[str, float]:
    """Votes for the countries a text's wording points to, as resolution context: "Georgia's
    state ethics commission" is the American state, and "a robbery in the 800 block of Candlewood
    Drive, Berea police said" a town of the United States, though neither names the country.
    Canadian news has police departments too: they count only without Canadian wording."""
    if _US_WORDING.search(text) or _NEW_ENGLAND_WORDING.search(text) or (_NORTH_AMERICAN_WORDING.search(text) and not _CANADIAN_WORDING.search(text)):
        return {"US": US_WORDING_VOTE}
    return {}


def _with_named_counties(toponyms: list[Toponym], all_cands: list[list[Candidate]],
                         key: Callable[[str], str]) -> list[list[Candidate]]:
    """A bare name that the article also writes with "County" is that county for short when
    no town of the county's state bears it: "a Westmoreland County grocery ... taken to
    Westmoreland Hospital" is the Pennsylvania county, not the parish of Jamaica ("DeKalb
    County ... DeKalb" stays the town). Not for a country, a state of the county's country or
    a city of 100,000 ("Washington County ... Washington")."""
    counties: dict[str, list[Candidate]] = {}
    for t, cands in zip(toponyms, all_cands):
        words = t.text.split()
        if len(words) > 1 and words[-1].lower() == "county" and t.role == "name":
            found = [c for c in cands if c["feature"] == "admin2" and c.get("match") != "weak"]
            if found:
                counties[key(" ".join(words[:-1]))] = found
    if not counties:
        return all_cands
    out = []
    for t, cands in zip(toponyms, all_cands):
        extra = counties.get(key(t.text)) if not t.type_word and t.role == "name" else None
        if extra:
            countries = {c["country_code"] for c in extra}
            states = {c.get("admin1_code") for c in extra}
            major = any(c["feature"] == "country" or (c["feature"] == "admin1" and c["country_code"] in countries)
                        or (c["feature"] == "city" and (c["population"] or 0) >= BIG_PRIMARY_CITY)
                        for c in cands if c.get("match") != "weak")
            towns = any(c["feature"] == "city" and c.get("match") == "name" and c.get("admin1_code") in states
                        for c in cands)
            if not major and not towns:
                cands = [dict(c, match="name") for c in extra]
        out.append(cands)
    return out


def is_generic_name(name: str) -> bool:
    """A name made only of a direction and a word for a part of a place ("North Side", "East
    End", "Central", "North-West"): every town has one, so it names no place by itself."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in name.casefold()).split() if w != "the"]
    return bool(words) and any(w in GENERIC_DIRECTIONS for w in words) \
        and all(w in GENERIC_DIRECTIONS | GENERIC_PARTS for w in words)


TOWN_COUNTY_BONUS = 2.5
#: a town of another country this populous beside a subdivision (as a share of it) makes the
#: shared name no evidence of the subdivision's country
SHARED_TOWN_SHARE = 0.1


def _shared_with_towns_abroad(admin1: Candidate, cands: list[Candidate]) -> bool:
    """Whether towns of other countries bear the subdivision's name too, one of them at least
    SHARED_TOWN_SHARE of its population: "Berea" is a district of Lesotho and towns of
    Kentucky and Ohio, and names neither country by itself."""
    floor = SHARED_TOWN_SHARE * (admin1["population"] or 0)
    return any(c.get("match") == "name" and c["feature"] in ("city", "admin2")
               and c["country_code"] != admin1["country_code"] and (c["population"] or 0) >= max(floor, 1_000)
               for c in cands)


def _town_county_pairs(all_cands: list[list[Candidate]], names: list[str]) -> set[int]:
    """The ids of the town and county candidates that pair up: a town whose county (same
    name, same state) is the candidate of another name of the article. ``names[i]`` is the
    name ``all_cands[i]`` was looked up for: a name whose candidates hold both a town and
    the county around it ("Henry": a village in Henry County) says nothing by itself."""
    counties: dict[str, list[tuple[Candidate, str]]] = defaultdict(list)
    for cands, name in zip(all_cands, names):
        for c in cands:
            if c["feature"] == "admin2" and c.get("match") != "weak":
                counties[county_key(c["name"])].append((c, name))
    if not counties:
        return set()
    found: set[int] = set()
    for cands, name in zip(all_cands, names):
        for c in cands:
            if c["feature"] != "city" or not c.get("admin2"):
                continue
            match = [county for county, other in counties.get(county_key(c["admin2"]), ())
                     if other != name and in_county(c, county)]
            if match:
                found.add(c["id"])
                found.update(county["id"] for county in match)
    return found


ALT_CITY_PENALTY = 1.5  # another city's alternate name, when some city bears the name itself
BIG_PRIMARY_CITY = 100_000  # a city this populous under the name outweighs a capital's alternate name
HOME_BONUS = 3.0
HOME_MIN_COVER = 1.0  # agreeing evidence needed (see home_region)
#: ... in a text worded as American local news (see :func:`country_cues`): two towns each
#: shared by two to four states, one state common to both ("Hopkinton" and "Hillsboro": New
#: Hampshire), are enough
HOME_MIN_COVER_LOCAL = 0.7
HOME_MIN_RATIO = 1.3  # lead of the home over the runner-up
# labels whose spans are mostly real places (facility and organisation names often hold
# a surname that is also a town somewhere: "Cooper", "Webb")
_HOME_LABELS = {"GPE", "LOC", "PER", "ABBR", "POSTAL", "DOC", "NORP"}
STATE_NAMED_WEIGHT = 2.0
SHARED_NAME_FACTOR = 0.9  # below HOME_MIN_COVER when alone


def home_region(toponyms: list[Toponym], all_cands: list[list[Candidate]], *,
                key: Callable[[str], str] = normalize, min_cover: float = HOME_MIN_COVER,
                countries: set[str] | None = None, regions: frozenset[str] = frozenset()
                ) -> tuple[str, float] | None:
    """The article's home subdivision (``admin1_code`` such as ``"US.TX"``) and how many
    of its place names agree on it, or None when no subdivision stands out.

    Local news seldom names its state, but its towns and counties do it together: each
    of "Henderson County", "Athens" and "Frankston" exists in several states, and only
    Texas has all three. So each subdivision counts the distinct names that have a town
    or county in it (a subdivision named outright -- "Virginia", "Va." -- counts
    twice), ties broken by how populous those places are. Countries, continents, world
    regions and cities of a million ("Paris") say nothing about the home and do not
    count; nor does a subdivision name that is also a big city's ("Washington").
    """
    cover: dict[str, float] = defaultdict(float)
    elsewhere = _elsewhere_names(toponyms, key)
    seen: set[str] = set()
    # a name the tagger reads as a facility's or an organisation's once ("Claims dismissed in
    # Worthington immigration raid") and as a place elsewhere ("arrested 239 people in
    # Worthington") counts by its reading as a place
    as_place = {key(t.text) for t, cands in zip(toponyms, all_cands) if cands and t.role == "name"
                and t.label in _HOME_LABELS}
    for t, cands in zip(toponyms, all_cands):
        if not cands or t.role != "name":
            continue
        name = key(t.text)
        if name in seen or name in elsewhere or (t.label not in _HOME_LABELS and name in as_place):
            continue
        seen.add(name)
        best = max(cands, key=prominence)
        if best["feature"] in ("continent", "region", "water", "landform"):
            continue
        strong = [c for c in cands if c.get("match") != "weak"]
        big_city = any(c["feature"] == "city" and (c["population"] or 0) >= 100_000 for c in strong)
        states = {c["admin1_code"] for c in strong if c["feature"] == "admin1" and c.get("admin1_code")}
        if states:
            # "Georgia" (a state and a country) shares its weight
            n_countries = len({c["country_code"] for c in strong if c["feature"] == "country"})
            n = len(states) + n_countries
            # a name shared with a country ("Georgia") cannot set the home alone
            weight = STATE_NAMED_WEIGHT / n * (SHARED_NAME_FACTOR if n_countries else 1.0)
            if not big_city:
                for code in states:
                    cover[code] += weight
            continue
        if best["feature"] == "country":
            continue
        if best["feature"] == "city" and (best["population"] or 0) >= 1_000_000 and (
                not countries or best["country_code"] in countries
                or not any(c["country_code"] in countries for c in cands if c["feature"] in ("city", "admin2"))):
            continue  # ... unless the article points to another country that has towns of the
            # name and not to the city's: "Dublin City Council ... Columbus" (``countries``: the
            # countries the article votes for) counts Dublin's American towns
        pool = [c for c in cands if c["feature"] in ("city", "admin2")]
        if t.type_word in _TYPE_WORDS_ADMIN2:
            pool = [c for c in pool if c["feature"] == "admin2"] or pool
        best_pop: dict[str, int] = {}
        for c in pool:
            code = c.get("admin1_code")
            if code:
                best_pop[code] = max(best_pop.get(code, 0), c["population"] or 0)
        if t.label not in _HOME_LABELS or not best_pop:
            continue
        if regions and regions & best_pop.keys():
            # wording only some states' local news uses ("First Selectman"): the name's towns
            # elsewhere are not the paper's
            best_pop = {code: pop for code, pop in best_pop.items() if code in regions}
        weight = 1.0 / math.sqrt(len(best_pop))
        for code, pop in best_pop.items():
            cover[code] += weight * (1.0 + 0.02 * math.log10(1 + pop))
    if not cover:
        return None
    ranked = sorted(cover.items(), key=lambda kv: kv[1], reverse=True)
    code, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top < min_cover or top < HOME_MIN_RATIO * second:
        return None
    return code, top


#: how close the towns of distinct names must lie to form one neighbourhood (see :func:`neighbour_towns`)
CLUSTER_KM = 60.0
#: ... and how many distinct names such a neighbourhood needs (local news names its town and
#: one or two around it)
CLUSTER_MIN_NAMES = 2
#: the most distinct names the cluster search looks at (long texts: a sample is enough)
CLUSTER_MAX_NAMES = 60
#: the support the neighbourhood gives each of its places (what a home state gives its towns)
NEIGHBOUR_BONUS = 4.0


def neighbour_towns(toponyms: list[Toponym], all_cands: list[list[Candidate]], *,
                    key: Callable[[str], str] = normalize) -> tuple[str, float, set[int]] | None:
    """The subdivision in which several of the article's ambiguous names have towns or counties
    next to each other, how many names that neighbourhood holds and the ids of its places, or
    None (the classic spatial-minimality reading of a local story).

    Local news names its town and the towns around it ("Middletown police ... taken to a
    Hartford hospital ... the crash in Berlin"); each name exists in many states (and a world
    capital's among them), but only in one state do a town of each lie within a short drive of
    the others. Each subdivision takes its largest group of names linked by towns or counties
    less than CLUSTER_KM apart; the neighbourhood is that of the one subdivision whose group holds at least
    CLUSTER_MIN_NAMES names, when no other subdivision's group is as large. As in
    :func:`home_region`, names whose most prominent reading is a country, a state or a city of a
    million ("Paris", "London") take no part: their towns abroad are everywhere."""
    elsewhere = _elsewhere_names(toponyms, key)
    by_state: dict[str, dict[str, list[Candidate]]] = defaultdict(lambda: defaultdict(list))
    seen: set[str] = set()
    for t, cands in zip(toponyms, all_cands):
        name = key(t.text)
        if not cands or t.role != "name" or name in seen or name in elsewhere:
            continue
        seen.add(name)
        if len(seen) > CLUSTER_MAX_NAMES:
            break
        best = max(cands, key=prominence)
        if best["feature"] not in ("city", "admin2") or (best["feature"] == "city"
                                                         and (best["population"] or 0) >= 1_000_000):
            continue  # a country's, a state's or a big city's name ("Paris") is no local town's
        # a name written with a county's type word joins through its counties only: "Jefferson
        # County's Union Township" is no town called Union that lies near a Jefferson County
        kinds = ("admin2",) if t.type_word in _TYPE_WORDS_ADMIN2 else ("city", "admin2")
        for c in cands:
            if c["feature"] in kinds and c.get("match") == "name" and c.get("admin1_code"):
                by_state[c["admin1_code"]][name].append(c)
    best: list[tuple[int, str, set[int]]] = []
    for code, names in by_state.items():
        if len(names) < CLUSTER_MIN_NAMES:
            continue
        size, members = _largest_group(names)
        best.append((size, code, members))
    if not best:
        return None
    best.sort(key=lambda b: b[0], reverse=True)
    size, code, members = best[0]
    if size < CLUSTER_MIN_NAMES or (len(best) > 1 and best[1][0] == size):
        return None
    return code, float(size), members


def _largest_group(points: dict[str, list[Candidate]]) -> tuple[int, set[int]]:
    """The number of names in the largest group linked by places less than CLUSTER_KM apart, and
    the ids of those places (each a place of one name near a place of another name)."""
    names = list(points)
    parent = {n: n for n in names}
    linked: set[int] = set()

    def root(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    for i, a in enumerate(names):
        for b in names[i + 1:]:
            for ca in points[a]:
                for cb in points[b]:
                    if haversine_km(ca["lat"], ca["lon"], cb["lat"], cb["lon"]) < CLUSTER_KM:
                        linked.update((ca["id"], cb["id"]))
                        parent[root(a)] = root(b)
    size, top = max((n, r) for r, n in Counter(root(n) for n in names).items())
    ids = {c["id"] for n in names if root(n) == top for c in points[n] if c["id"] in linked}
    return size, ids


def _neighbourhood(toponyms: list[Toponym], all_cands: list[list[Candidate]], key: Callable[[str], str],
                   country_votes: Counter[str], admin1_votes: Counter[str]) -> tuple[str, float, set[int]] | None:
    """The neighbourhood of :func:`neighbour_towns` in an article worded as local news, which
    seldom names a country but its own: towns of one neighbourhood in a story of many
    countries ("Glasgow and Paisley" beside Australia's Melbourne) are one of its places, not
    its home; nor does a neighbourhood outweigh the states the article names ("bombings in
    Atlanta and Birmingham, Alabama ... North Carolina" is not Illinois' Atlanta)."""
    found = neighbour_towns(toponyms, all_cands, key=key)
    if found is None:
        return None
    code = found[0]
    if any(v > 0 and cc != code.split(".")[0] for cc, v in country_votes.items()):
        return None
    if admin1_votes and code not in admin1_votes:
        return None
    return found


def _elsewhere_names(toponyms: list[Toponym], key: Callable[[str], str]) -> set[str]:
    """The names local news writes as somewhere else, which say nothing of where the article is
    at home: a town written with its state ("Charleston police arrested a man in Kanawha City
    ... He had served time in Kings County, N.Y." -- the news-agency style gives the state of a
    town outside the paper's own state only), however often it comes back, and that state,
    unless the article also names it on its own ("an Ohio man ... of Lima, Ohio"). A dateline's
    place keeps its weight ("SPRINGFIELD, Ill. -", or the context sentence the caller made of
    it, before the text)."""
    towns: set[str] = set()
    containers: set[str] = set()
    for t in toponyms:
        if not t.container or t.start < 0 or (t.text.isupper() and len(t.text) > 3):
            continue  # no container, or a dateline's
        towns.add(key(t.text))
        containers.update(key(toponyms[ci].text) for ci in t.container)
    if not towns:
        return towns
    contained = {id(toponyms[ci]) for t in toponyms for ci in t.container}
    alone = {key(t.text) for t in toponyms if id(t) not in contained and not t.container}
    return (towns - containers) | (containers - alone)


# nouns a town's name modifies in local news, but a country's name seldom does
LOCAL_NOUNS = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "couple",
                         "resident", "police", "mayor"})
LOCAL_USE_PENALTY = 10.0


def _has_local_sense(cands: list[Candidate]) -> bool:
    """Whether a country's name is also a town's or a state's in another country."""
    countries = {c["country_code"] for c in cands if c["feature"] == "country"}
    return bool(countries) and any(c["feature"] in ("city", "admin1") and c.get("match") == "name"
                                   and c["country_code"] not in countries for c in cands)


def _in_a_list(toponyms: list[Toponym], idx: int, container: int) -> bool:
    """The two names may be items of a list or a headline's subjects rather than a place and its
    container: "Armenia, Georgia and Azerbaijan" (another name right after the container),
    "Turkey, Armenia, Colombia" (another name right before), "Lebanon, US discuss aid"."""
    after = container + 1 < len(toponyms) and toponyms[container + 1].start - toponyms[container].end <= 10
    before = idx > 0 and toponyms[idx].start - toponyms[idx - 1].end <= 2
    # a place and its country close their phrase ("near Armenia, Colombia, when ..."); two
    # countries that go on into a clause are its subjects ("Lebanon, US discuss aid")
    closed = toponyms[container].next_word in ("", ",", ".", ";", ":", ")", "-", "–", "—", "'s", "on", "in", "at")
    return after or before or not closed


def _town_inside(cands: list[Candidate], container_cands: list[Candidate]) -> bool:
    """A reading of the name is a sizeable town inside the country the container names (the
    Colombian city of Armenia): only then can the container rule the country out."""
    countries = {cc["country_code"] for cc in container_cands if cc["feature"] == "country"}
    return any(c["feature"] in ("city", "admin2") and c["country_code"] in countries
               and (c.get("population") or 0) >= TOWN_INSIDE_POPULATION for c in cands)


#: The least population of a town that a country's name in "X, <country>" may mean.
TOWN_INSIDE_POPULATION = 10_000


def _container_bonus(cand: Candidate, container_cands: list[Candidate], *, listed: bool) -> float:
    if not listed and cand["feature"] == "country" and any(cc["feature"] == "country" for cc in container_cands) \
            and all(cc["country_code"] != cand["country_code"] for cc in container_cands):
        return -COUNTRY_IN_COUNTRY_PENALTY  # "Armenia, Colombia": a town of Colombia, not the country
    best = 0.0
    for cc in container_cands:
        if cc["feature"] == "admin1" and cand.get("admin1_code") == cc.get("admin1_code") and cand["id"] != cc["id"]:
            best = max(best, 6.0)
        elif cc["feature"] == "country" and cand["country_code"] == cc["country_code"] and cand["id"] != cc["id"]:
            best = max(best, 4.0)
        elif in_county(cand, cc):
            best = max(best, 5.0)
    return best


def _written_inside(toponyms: list[Toponym], idx: int, ci: int, all_cands: list[list[Candidate]]) -> bool:
    """Whether the text writes toponym ``idx`` inside its container ``ci`` rather than listing the
    two: the container closes its phrase ("in Luxi County, Hunan." / "Paris, Tenn., and ...") or
    is followed by a country it lies in ("Luxi County, Hunan, China"); not "Ohio, Michigan,
    Indiana" nor "Turkey, Armenia, Colombia" (a name right before)."""
    if idx > 0 and toponyms[idx].start - toponyms[idx - 1].end <= 2:
        return False
    cont = toponyms[ci]
    if cont.next_word in ("", ".", ";", ":", ")", "'s", "on", "in", "at"):
        return True
    if cont.next_word != ",":
        return False
    if ci + 1 < len(toponyms) and toponyms[ci + 1].start - cont.end <= 3:
        # another name right after: the country the container lies in, or a list's next item
        countries = {c["country_code"] for c in all_cands[ci + 1] if c["feature"] == "country"}
        return ci + 1 in toponyms[idx].container and any(
            c["feature"] in ("admin1", "admin2") and c["country_code"] in countries for c in all_cands[ci])
    return True


def _outside_container(cands: list[Candidate], container_cands: list[Candidate]) -> bool:
    """Whether the container is a subdivision (a state, province or county) and none of the
    name's readings lies in it: "a house fire in Luxi County, Hunan" when the gazetteer knows
    Luxis only in other provinces. A namesake elsewhere is a wrong place, so the name is left
    unresolved. A container that may also be a country or a big city ("Georgia", "Victoria")
    rules nothing out unless none of its readings holds a reading of the name."""
    areas = [cc for cc in container_cands if cc.get("match") != "weak"]
    kind = max(areas, key=prominence)["feature"] if areas else None
    if kind not in ("admin1", "admin2"):
        return False
    level = ("country", "admin1") if kind == "admin1" else ("country", "admin1", "admin2")
    if any(c["feature"] in level + ("continent", "region") and c.get("match") != "weak" for c in cands):
        return False  # "Ohio, Michigan": a state is no part of another state, so this is a list
    for cc in areas:
        if cc["feature"] in ("admin1", "admin2"):
            # a county's towns: by state (the county names of towns are not always the county's)
            if any(c.get("admin1_code") == cc.get("admin1_code") and c["id"] != cc["id"] for c in cands):
                return False
        elif cc["feature"] == "country":
            if any(c["country_code"] == cc["country_code"] and c["id"] != cc["id"] for c in cands):
                return False
        elif cc["feature"] == "city" and (cc["population"] or 0) >= TOWN_INSIDE_POPULATION:
            return False  # a town's district: its parts are not in the gazetteer's hierarchy
    return True


#: words in a subdivision's own name that make it a province (in English or the local language)
_PROVINCE_NAME_WORDS = frozenset(_TYPE_WORDS_ADMIN1 | {"oblysy", "voblasts", "viloyati", "ostan", "provincia",
                                                        "wilayah", "muhafazat", "vilayeti"})
#: ... and that make it a city's own division ("Horad Minsk", "Grad Zagreb", "Nairobi City")
_CITY_NAME_WORDS = frozenset({"city", "horad", "grad", "shahri", "kota", "municipality", "capital"})
PROVINCE_BONUS = 1.5


def _province_of(cands: list[Candidate], gazetteer: Gazetteer) -> int | None:
    """The id of the province a name with a provincial type word means when a country has two
    first-level subdivisions of that name: a capital city's own division and the province
    around it ("Fastiv, Kyiv Oblast": Kyivska oblast, not the city of Kyiv's division; "Moscow
    Region": Moscow Oblast). The province is the one whose name carries a type word, or that
    is not named as a city, or failing that the one holding more towns; None when the name has
    one such subdivision only."""
    divisions = [c for c in cands if c["feature"] == "admin1" and c.get("match") != "weak"]
    if len({c["country_code"] for c in divisions}) != 1 or len(divisions) < 2:
        return None

    def rank(c: Candidate) -> tuple[bool, bool, int]:
        words = set(normalize(c["name"]).split())
        return (bool(words & _PROVINCE_NAME_WORDS), not words & _CITY_NAME_WORDS,
                gazetteer.towns_in(c.get("admin1_code")))

    ranked = sorted(((rank(c), c) for c in divisions), key=lambda pair: pair[0], reverse=True)
    return ranked[0][1]["id"] if ranked[0][0] != ranked[1][0] else None


#: A country named with another country as its container is no reading of the name.
COUNTRY_IN_COUNTRY_PENALTY = 10.0


def _public(cand: Candidate) -> dict[str, Any]:
    return {k: cand.get(k) for k in ("name", "lat", "lon", "geonameid", "country_code", "feature",
                                     "population", "admin1")}


def to_mention(t: Toponym, r: dict | None) -> PlaceMention:
    """The place mention of a recognised toponym and its resolution (None: unresolved)."""
    m = PlaceMention(t.start, t.end, t.text, role=t.role, source=t.label.lower() or "gazetteer")
    if r is not None:
        m.name = r["name"]
        m.lat, m.lon = r["lat"], r["lon"]
        m.geonameid = r["geonameid"]
        m.country_code = r["country_code"]
        m.feature = r["feature"]
        m.score = r["score"]
        m.admin1 = r.get("admin1") if r["feature"] not in ("country", "continent") else None
        m.population = r.get("population")
        m.candidates = r["candidates"]
    return m
