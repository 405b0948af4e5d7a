"""Toponym recognition: spaCy entities plus gazetteer matching, cleaned into spans.

spaCy's small English model finds most place names (GPE, LOC, FAC) and demonyms (NORP)
but misses or mislabels some ("Kursk" in "Russia's Kursk region" comes out as PRODUCT).
So capitalised word sequences that the gazetteer knows as prominent places are added as
well, spans are widened over a following type word ("region", "County", "River"), and
abbreviations ("Ky.", "W.Va.", "U.S.") are found by pattern.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from spacy.attrs import IDX, IS_ALPHA, LOWER, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc

from geodata.gazetteer import curated
from geodata.gazetteer.index import Gazetteer, normalize
from geodata.language.pipeline import doc_text, is_english_adjective, is_english_word

logger = logging.getLogger(__name__)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_TYPE_WORDS_ADMIN1 = {"region", "province", "oblast", "state", "governorate", "prefecture",
                      "territory", "krai", "republic"}
_TYPE_WORDS_ADMIN2 = {"county", "parish", "borough", "district", "township"}
_TYPE_WORDS_WATER = {"river", "sea", "lake", "bay", "gulf", "strait", "ocean", "creek", "canal"}
_TYPE_WORDS_LAND = {"peninsula", "mountains", "island", "islands", "valley", "desert", "heights"}
TYPE_WORDS = _TYPE_WORDS_ADMIN1 | _TYPE_WORDS_ADMIN2 | _TYPE_WORDS_WATER | _TYPE_WORDS_LAND
_POSSESSIVE = re.compile(r"(?:['\u2019]s?|\u2019)$")
_EDGE_PUNCT = " \t\n\"'\u201c\u201d\u2018\u2019()[],;:!?-\u2013\u2014"
_ABBREVIATIONS = set(curated.ADMIN1_ABBREVIATIONS) | {k for k in curated.COUNTRY_ALIASES
                                                       if "." in k or (k.isupper() and len(k) >= 3)}


def _first_letters(words) -> str:
    """A lookahead for the first characters of ``words``: a pattern that opens with it is
    tried only where one of them stands, not at every position of the text (``re`` skips
    the others without entering the lookbehinds); it matches exactly the same."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


_ABBREVIATION = re.compile(
    _first_letters(_ABBREVIATIONS)
    + r"(?<![A-Za-z.])(" + "|".join(sorted((re.escape(a) for a in _ABBREVIATIONS),
                                         key=len, reverse=True)) + r")(?![A-Za-z])")
_POSTAL = re.compile(_first_letters(curated.US_POSTAL) + r"(?<=[a-z\.], )(" + "|".join(curated.US_POSTAL) + r")\b")
_INITIAL = re.compile(r"^[A-Z]\.$")
_ENTITY_STOP = {"PERSON", "ORG", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                "QUANTITY", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"}


@dataclass
class Toponym:
    """A recognised span before resolution."""

    start: int
    end: int
    text: str
    role: str = "name"  # name | adjectival
    # spaCy label or "GAZ" / "ABBR"; "STREET" (an address) and "NAME" (a longer name the
    # gazetteer does not know) are never resolved
    label: str = ""
    type_word: str | None = None  # lower-cased type word inside or after the span
    container: list[int] = field(default_factory=list)  # indexes of enclosing toponyms ("Springfield, Ill.")
    next_word: str = ""  # lower-cased word right after the span ("police" in "Palestine police")


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip a leading "the", trailing possessive and punctuation from text[start:end]."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT.replace("'", "").replace("\u2019", ""):
        end -= 1
    m = _POSSESSIVE.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    while end > start and text[end - 1] in _EDGE_PUNCT and text[end - 1] != ".":
        end -= 1
    if text[start:end].lower().startswith("the "):
        start += 4
    return start, end


def _sentence_starts(doc: Doc) -> list[bool]:
    """``token.is_sent_start`` for every token, computed once (spaCy scans the whole doc
    on each access of the attribute)."""
    if not doc.has_annotation("SENT_START"):
        return [i == 0 for i in range(len(doc))]
    starts = [value == 1 for value in doc.to_array(SENT_START).tolist()]
    if starts:
        starts[0] = True
    return starts


def _is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _capitalised_tokens(doc: Doc) -> list[bool]:
    """Per token: does its text start with a capital? Read from the Doc's arrays, so the
    scans below skip every other token without building spaCy Token objects."""
    strings = doc.vocab.strings
    return [strings[orth][:1].isupper() for orth in doc.to_array(ORTH).tolist()] if len(doc) else []


def _token_strings(doc: Doc) -> tuple[list[str], list[str]]:
    """``[t.text for t in doc]`` and ``[t.lower_ for t in doc]``, from the Doc's arrays."""
    if not len(doc):
        return [], []
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER]).tolist()
    return [strings[orth] for orth, _ in rows], [strings[lower] for _, lower in rows]


def _token_ids(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Per token: its text's and lower-case form's string ids and its character offset, read
    from the Doc's arrays once; a caller turns only the ids it needs into strings."""
    if not len(doc):
        return [], [], []
    arr = doc.to_array([ORTH, LOWER, IDX])
    return arr[:, 0].tolist(), arr[:, 1].tolist(), arr[:, 2].tolist()


def _leading_place(doc: Doc, start: int, end: int, gazetteer: Gazetteer, *,
                   min_population: int) -> int:
    """End token of the longest capitalised prefix of doc[start:end] naming a place, or start."""
    for j in range(min(end, start + 4), start, -1):
        words = doc[start:j]
        if not all(_is_capitalised(w.text) or w.lower_ in ("of", "de", "-", "'s", "’s") for w in words):
            continue  # "KwaZulu-Natal" is three tokens, "Cox's Bazar" three
        if not words[-1].is_alpha and words[-1].text not in (".",):
            continue
        key = normalize(words.text)
        if len(key) < 3 or (j - start == 1 and key in curated.NON_PLACE_WORDS):
            continue
        for cand in gazetteer.lookup(words.text, limit=5):
            if cand.get("match") == "weak" or (
                    j - start == 1 and cand.get("match") != "name" and cand["feature"] == "city"):
                continue  # "Duke University": an alternate name of a small town is no evidence
            if cand["feature"] in ("country", "continent", "admin1", "region", "water", "landform",
                                   "admin2") or (cand["population"] or 0) >= min_population:
                return j
    return start


#: how many people a place must have for its name to be read off a time expression's front
TIME_FRONT_MIN_POPULATION = 100_000


def _place_before_time_words(doc: Doc, ent, gazetteer: Gazetteer) -> int:
    """The first token of a time or date entity that is not a place's name at its front: the
    tagger may take a place and the time words after it for one time ("drone attacks on Kyiv
    overnight", "shelling of Kherson this morning"), and a time word's place is a place.
    Only a well-known place's name before lowercase words only ("March 6", "Christmas Day",
    "South 13th" keep the whole entity); the entity's start otherwise."""
    if ent.label_ not in ("TIME", "DATE"):
        return ent.start
    j = _leading_place(doc, ent.start, ent.end, gazetteer, min_population=TIME_FRONT_MIN_POPULATION)
    if j == ent.start or j == ent.end or not all(t.is_alpha and t.is_lower for t in doc[j:ent.end]):
        return ent.start
    return j


def recognize(text: str, doc: Doc, gazetteer: Gazetteer, *, offset: int = 0) -> list[Toponym]:
    """Toponym spans in ``doc`` (a spaCy Doc of ``text[offset:offset+len(doc_text(doc))]``)."""
    doc_str = doc_text(doc)
    found: list[Toponym] = []
    institutions = _institution_names(doc, gazetteer)  # names seen naming an institution ("Franklin")
    # names seen naming a newspaper, a ship or a car ("the daily Granma", "a Dodge Durango")
    # (a one-word name only: "the daily Jerusalem Post" leaves Jerusalem a place)
    # every token's text and lower-case form, read from the arrays once (not a Token each)
    words, lowers = _token_strings(doc)
    things = {normalize(words[i + 1]) for i in range(len(doc) - 1)
              if (lowers[i] in _NAMED_THING_WORDS or words[i] in _CAR_MAKES) and words[i + 1][:1].isupper()
              and (i + 2 >= len(doc) or not words[i + 2][:1].isupper())}
    taken = [False] * len(doc)
    blocked = [False] * len(doc)
    person = [False] * len(doc)
    sent_start = _sentence_starts(doc)
    ents = list(doc.ents)

    def keep_unresolved(s: int, start_tok: int, end_tok: int, label: str, type_word: str | None = None) -> bool:
        """Keep doc[start_tok:end_tok] (from character ``s``) as a name without coordinates."""
        end = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        found.append(Toponym(s + offset, end + offset, doc_str[s:end], "name", label, type_word,
                             next_word=doc[end_tok].lower_ if end_tok < len(doc) else ""))
        for i in range(start_tok, end_tok):
            taken[i] = True
        return True

    def add(start_tok: int, end_tok: int, label: str, role: str = "name") -> bool:
        plain = role == "name" and label not in ("ABBR", "POSTAL")  # a name, not an abbreviation or a code
        if plain:
            # "Dar-es-Salaam" of which the model saw only "Salaam": the whole hyphenated name
            ws, we = _hyphenated_word(doc, start_tok, end_tok)
            if (ws, we) != (start_tok, end_tok) and not any(taken[ws:we]) and gazetteer.has_name(doc[ws:we].text):
                start_tok, end_tok = ws, we
            elif _in_joined_name(doc, start_tok, end_tok, taken):
                # "closed the Bab-el-Mandeb": a piece of a longer hyphenated name the gazetteer
                # does not know (one joined by "el", "al", "sur": not "Israel-Hamas") is no place
                # of its own (not Al Bab, Syria): the whole is kept, without coordinates
                ws, we = _hyphenated_word(doc, start_tok, _without_hyphen(doc, start_tok, end_tok))
                return keep_unresolved(doc[ws].idx, ws, we, "NAME")
        if role == "name":
            # the longest known name wins: "Rio Grande" + "do Sul" -> "Rio Grande do Sul"
            end_tok = _extend_right(doc, start_tok, end_tok, gazetteer, taken)
        if role == "name" and _city_of_town(doc, start_tok, end_tok, gazetteer):
            end_tok -= 1  # "the Dublin City Council": the town's, not a place called "Dublin City"
        span = doc[start_tok:end_tok]
        s, e = _clean_span(doc_str, span.start_char, span.end_char)
        if e <= s or _is_currency(doc_str, s, e):
            return False
        if plain and end_tok < len(doc) and doc[end_tok].text in _STREET_SUFFIXES:
            # "1517 Locust Street", "Eastland Avenue": a street, not the town of Locust; the
            # gold of news geoparsing keeps such spans, without coordinates
            return keep_unresolved(s, start_tok, end_tok + 1, "STREET", "street")
        if role == "name" and label != "ABBR" and not _plausible_name(doc, doc_str[s:e], end_tok, gazetteer):
            return False
        longer = _head_of_longer_name(doc, start_tok, end_tok, gazetteer, taken, sent_start) if plain else None
        if longer is not None:
            # "a gas facility in Ras Laffan Industrial City": the whole name is the place, which
            # the gazetteer does not know (kept, unresolved), not the village of Ras in India
            return keep_unresolved(s, start_tok, longer, "NAME")
        # widen over a following type word ("Kursk region", "Laurel County", "Tumen River")
        type_word = None
        words = doc_str[s:e].split()
        last = words[-1].lower() if words else ""
        if last in TYPE_WORDS:
            type_word = last
        elif end_tok < len(doc) and doc[end_tok].lower_ in TYPE_WORDS and role == "name":
            nxt = doc[end_tok]
            candidate = doc_str[s:nxt.idx + len(nxt.text)]
            if nxt.text[0].isupper() or gazetteer.has_name(candidate):
                e = nxt.idx + len(nxt.text)
                type_word = nxt.lower_
                end_tok += 1
            elif nxt.lower_ in _TYPE_WORDS_ADMIN1 | _TYPE_WORDS_ADMIN2:
                type_word = nxt.lower_
        name = doc_str[s:e]
        if (role == "name" and type_word is None and label != "ABBR"
                and normalize(name) in curated.RELIGIOUS_GROUPS):
            for i in range(start_tok, min(end_tok, len(doc))):
                taken[i] = True
            return False  # "the Ismaili community", "Christian leaders": a faith, not a town
        if (role == "name" and end_tok - start_tok == 1 and type_word is None and label != "ABBR"
                and not _after_locative(doc, start_tok) and _only_unpeopled(name, gazetteer)):
            return False  # "the Titan missile": a hamlet with no known inhabitants is no evidence
        if role == "name" and _saints_dedication(doc_str, s, e):
            for i in range(start_tok, min(end_tok, len(doc))):
                taken[i] = True
            return False  # "St. Patrick's Day", "St. Mary's Hospital": the saint's, not a parish of Jamaica
        if (role == "name" and end_tok - start_tok == 1 and doc[start_tok].lower_ in curated.LEGISLATURE_NAMES
                and not _right_after_preposition(doc, start_tok)):
            taken[start_tok] = True
            return False  # "the Duma's committee", "Duma deputies": the parliament, not the Syrian town
        other = _names_something_else(doc, start_tok, end_tok, gazetteer) if plain else None
        if other is not None:
            for i in range(start_tok, min(end_tok, len(doc))):
                taken[i] = True  # no shorter part of it either ("York" of "New York Times")
            if other == "institution":
                institutions.add(normalize(name))
            return False
        if role == "name" and _is_disease_name(doc, start_tok, end_tok):
            for i in range(start_tok, min(end_tok, len(doc))):
                taken[i] = True
            return False  # "imported Marburg", "West Nile cases"
        if end_tok < len(doc) and (doc[end_tok].lower_ in _DISEASE_WORDS
                                   or doc[end_tok].lower_.endswith("virus")):
            return False  # "West Nile virus", "Rift Valley fever": a disease, not a place
        if role == "name" and not gazetteer.has_name(name) and not (
                type_word and gazetteer.has_name(" ".join(name.split()[:-1]) or "-")):
            if gazetteer.demonym(name) is not None:
                role = "adjectival"
            elif label in ("GPE", "LOC") and any(
                    c["feature"] != "city" or (c["population"] or 0) >= 20_000
                    for c in gazetteer.lookup_fold(name, limit=3)):
                pass  # a known place spelt another way ("Khan Younis", "El Fashir")
            elif label in ("GPE", "LOC", "FAC", "NORP"):
                # "Henderson County Jail", "Northeast Georgia": keep the place inside
                inner = _inner_place(doc, start_tok, end_tok, gazetteer)
                if inner is not None and _is_kind_word(doc, start_tok, end_tok, label, inner):
                    inner = None  # "rallied at Freedom Plaza": a plaza is no town called Plaza
                if (inner is not None and label == "FAC" and doc[end_tok - 1].lower_ in _BUILDING_KINDS
                        and _address_after(doc, end_tok, gazetteer)):
                    # "crashed at Bradley International Airport in Windsor Locks": a facility
                    # whose address follows is where it is; the town its name shares is no
                    # place here, nor where the name comes again ("Bradley Airport reopened")
                    institutions.add(normalize(doc[inner[0]:inner[1]].text))
                    inner = None
                if inner is not None:
                    return add(inner[0], inner[1], label)
                if label == "FAC" and end_tok - start_tok > 1 and doc[end_tok - 1].lower_ in _FACILITY_KINDS:
                    # "drinks at Brick Street Bar": the last word of a facility's name is its kind
                    # (a bar), not a place of that name (Bar in Montenegro) for the gazetteer pass
                    taken[end_tok - 1] = True
                if (label in ("GPE", "LOC") and end_tok - start_tok == 2 and doc[end_tok - 1].is_alpha
                        and _is_capitalised(doc[end_tok - 1].text)
                        and doc[end_tok - 1].lower_ not in _NAME_TAIL_WORDS
                        and _is_state_or_country(doc[start_tok].text, gazetteer)):
                    # "on FM 645 in the Tennessee Colony area": a place named after a state, which
                    # the gazetteer does not know, is not that state for the gazetteer pass
                    taken[start_tok] = taken[start_tok + 1] = True
                return False  # unknown to the gazetteer: most are people or firms
        if type_word is None and role == "name":
            type_word = _type_before(doc, start_tok)
        for i in range(start_tok, min(end_tok, len(doc))):
            taken[i] = True
        found.append(Toponym(s + offset, e + offset, name, role, label, type_word,
                             next_word=doc[end_tok].lower_ if end_tok < len(doc) else ""))
        return True

    surnames = {doc[i].lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) > 1
                for i in range(ent.start, ent.end)}
    # a name after a personal title anywhere in the text is a person's where it acts as one
    # ("President Bush ... Bush said ... Bush's son" was Bush, Egypt); "flooding hit Jackson"
    # after "Gov. Jackson" is still the town
    titled = {lowers[i + 1] for i in range(len(doc) - 1) if _is_title(words[i])
              and words[i + 1][:1].isupper() and doc[i + 1].is_alpha
              and lowers[i + 1] not in curated.NON_PLACE_WORDS}
    speakers = _speaker_names(doc, sent_start)
    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            if len(ent) == 1 and ent[0].lower_ in surnames and not _is_major_place(ent.text, gazetteer):
                # "Maya Harden ... Harden said": the person again, not Hardin; nor a hamlet of the
                # name for the gazetteer pass ("James Kopp ... interest in Kopp as a suspect":
                # not Kopp, a village of 200 in Germany)
                if not any(c.get("match") == "name" and (c["population"] or 0) >= SURNAME_TOWN_POPULATION
                           for c in gazetteer.lookup(ent.text, limit=5)):
                    blocked[ent.start] = True
                continue
            add(ent.start, ent.end, ent.label_)
        elif ent.label_ == "NORP":
            s, e = _clean_span(doc_str, ent.start_char, ent.end_char)
            if gazetteer.demonym(doc_str[s:e]) is not None:
                for i in range(ent.start, ent.end):
                    taken[i] = True
                found.append(Toponym(s + offset, e + offset, doc_str[s:e], "adjectival", "NORP"))
            else:
                cands = gazetteer.lookup(doc_str[s:e], limit=5)
                if cands and cands[0]["feature"] in ("country", "admin1", "region") and cands[0].get("match") == "name":
                    add(ent.start, ent.end, "NORP")
                elif any(c.get("match") == "name" and c["feature"] in ("city", "admin2")
                         and (c["population"] or 0) >= 100_000 for c in cands):
                    add(ent.start, ent.end, "NORP")  # "the town of Toruń" tagged NORP
        elif ent.label_ in _ENTITY_STOP:
            for i in range(_place_before_time_words(doc, ent, gazetteer), ent.end):
                blocked[i] = True
                person[i] = ent.label_ == "PERSON"
    for ent in ents:
        if ent.label_ in ("ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"):
            first = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            j = _leading_place(doc, first, ent.end, gazetteer, min_population=1_000)
            whole_is_big = j == ent.end and any(
                c["feature"] in ("country", "admin1", "region", "continent", "water")
                for c in gazetteer.lookup(doc[first:j].text, limit=3) if c.get("match") != "weak")
            followed_by_institution = ent.end < len(doc) and doc[ent.end].lower_ in _INSTITUTION_WORDS
            container = _container_after(doc, ent.end, gazetteer) if j == ent.end and ent.label_ == "ORG" \
                and j - first == 1 else None
            if j == ent.end and not whole_is_big and container is not None:
                # "a drone struck Eilat in southern Israel", "Drones target Erbil in Iraq's north":
                # a one-word name the tagger calls an organisation, followed by "in" and the
                # country (or state) that holds a town of that name, is that town's address
                whole_is_big = any(c.get("match") == "name" and c["feature"] == "city"
                                   and c.get("country_code") == container and (c["population"] or 0) >= 1_000
                                   for c in gazetteer.lookup(doc[first:j].text, limit=5))
            if j == ent.end and not whole_is_big and not followed_by_institution and (
                    _after_locative(doc, ent.start) or _before_punctuation(doc, ent.end)
                    or _after_place_and_comma(doc, ent.start, taken)):
                # "killed civilians in El Fasher", "Krasnodar, Russia": a place labelled ORG
                whole_is_big = any((c.get("match") == "name" and (
                    c["feature"] in ("admin2", "landform", "water") or (c["population"] or 0) >= (
                        1_000 if _after_locative(doc, ent.start) else 100_000)))
                    or _district_by_full_name(c, j - first)
                    for c in gazetteer.lookup(doc[first:j].text, limit=5))
            if (j == ent.end and not whole_is_big and ent.end < len(doc)
                    and doc[ent.end].lower_ in _LOCAL_AUTHORITY_WORDS):
                # "Roselle police", "Dublin City Council": a town's own authority names the town
                whole_is_big = any(c.get("match") == "name" and c["feature"] in ("city", "admin2")
                                   and (c["population"] or 0) >= 1_000
                                   for c in gazetteer.lookup(doc[first:j].text, limit=5))
            if j == first and _town_of_common_word(doc, first, gazetteer):
                j, whole_is_big = first + 1, True  # "the Concord Police": the town
            if j < ent.end and doc[j].lower_ not in _INSTITUTION_WORDS and not _county_court(doc, first, j):
                j = first
            elif (j < ent.end and doc[j].lower_ == "party" and j - first == 1
                  and not _is_major_place(doc[first:j].text, gazetteer)):
                # "Abiy Ahmed's Prosperity Party", "the Unity Party": a party named for an idea,
                # not for the hamlet of that name ("the Kentucky Democratic Party" keeps Kentucky)
                j = first
            elif j == ent.end and not whole_is_big:
                j = first
            if j > first and not any(taken[first:j]):
                add(first, j, "ORG")
            elif j == first and ent.label_ == "ORG":
                # "Citizens of Suriname vote", "the Government of India": the country after "of"
                tail = _country_after_of(doc, first, ent.end, gazetteer)
                if tail is not None and not any(taken[tail:ent.end]):
                    add(tail, ent.end, "ORG")
            if ent.label_ in ("ORG", "FAC"):
                # "a shooting at a Martin's Supermarket in Elkhart, Indiana" tagged ORG whole:
                # the town after "in" closing the span is the shop's address, not its name
                tail = _town_after_in(doc, first, ent.end, gazetteer)
                if tail is not None and not any(taken[tail:ent.end]):
                    add(tail, ent.end, "ORG")
        elif (ent.label_ == "PERSON" and 1 < len(ent) <= 4 and not any(taken[ent.start:ent.end])
              and (ent.end >= len(doc) or doc[ent.end].lower_ not in _INSTITUTION_WORDS)):
            # "in El Fasher", "Porto Alegre was flooded" tagged PERSON: a known place after a
            # locative preposition, or a big city's full multi-word name
            min_pop = 1_000 if _after_locative(doc, ent.start) else 100_000
            cands = gazetteer.lookup(ent.text, limit=5)
            if any(c.get("match") in ("name", "alt") and (c["population"] or 0) >= min_pop
                   for c in cands):
                for i in range(ent.start, ent.end):
                    blocked[i] = person[i] = False
                add(ent.start, ent.end, "PER")
        elif (ent.label_ == "PERSON" and len(ent) == 1 and ent[0].lower_ not in surnames
              and (ent.start == 0 or not doc[ent.start - 1].text[:1].isupper()
                   or sent_start[ent.start - 1])
              and not (ent.start > 0 and doc[ent.start - 1].lower_ in _PERSON_APPOSITION_NOUNS)):
            # spaCy often calls a lone town name a person ("Alexandria woman charged")
            cands = gazetteer.lookup(ent.text, limit=5)
            if any(c.get("match") == "name" and (
                    c["feature"] in ("country", "admin1", "region", "landform", "continent")
                    or (c["feature"] == "city" and (c["population"] or 0) >= 20_000)) for c in cands):
                for i in range(ent.start, ent.end):
                    blocked[i] = person[i] = False
                add(ent.start, ent.end, "PER")
    for i in range(len(doc)):
        if person[i] and doc[i].lower_ not in surnames and (i == 0 or not person[i - 1]) and (
                i + 1 >= len(doc) or not person[i + 1]):
            person[i] = False  # a lone "person" token may still be a known place (propagation)

    _gazetteer_matches(doc, gazetteer, taken, blocked, add, sent_start)
    _propagate(doc, found, taken, person, gazetteer, add, offset)
    _abbreviations(doc_str, found, offset)
    found.sort(key=lambda t: (t.start, -t.end))
    deduped: list[Toponym] = []
    for t in found:
        if deduped and t.start < deduped[-1].end:
            continue
        if all(w[:1].islower() for w in t.text.split()):
            continue  # "the swan", "cheddar cheese", "european": proper names are capitalised
        if normalize(t.text) in things and t.type_word is None and _names_the_thing_again(doc, t, offset, gazetteer):
            continue  # "the Nissan Rogue ... the Rogue pulled up": the car again; "in Rogue River" stays
        if (t.label in ("ORG", "PER", "FAC") and normalize(t.text) in institutions
                and not _is_major_place(t.text, gazetteer)):
            continue  # "Franklin Elementary ... teachers at Franklin" (tagged ORG): the school again
        if " " not in t.text and t.text.lower() in surnames | titled and _acts_as_person(doc, t, offset):
            continue  # "Elizabeth Fairfield ... Fairfield has rejected a plea": the person again
        if " " not in t.text and t.text.lower() in speakers and _speaker_again(doc, t, offset, gazetteer):
            continue  # "Gáspár Maróth ... Maróth said": the speaker again, not Maroth, Iran
        deduped.append(t)
    _link_containers(doc_str, deduped, offset)
    return deduped


#: the least population of a town that a surname of the text's people may still name
SURNAME_TOWN_POPULATION = 1_000

_LOCATIVES = {"in", "at", "near", "outside", "around", "across", "inside", "into", "toward",
              "towards", "from"}
_CONNECTORS = {"of", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "la",
               "le", "-", "upon", "sur", "am", "der", "en", "y", "al", "el", "and", "&"}
# "the city of Sagaing", "the province of Idlib": the type word comes before the name
_TYPE_BEFORE = {"city": "city", "town": "city", "village": "city", "port": "city",
                "capital": "city", "township": "city", "hamlet": "city", "suburb": "city",
                "province": "province", "state": "state", "region": "region",
                "county": "county", "district": "district", "governorate": "governorate",
                "prefecture": "prefecture", "oblast": "oblast", "island": "island"}


#: Nouns for a person that a name right after them names ("her sister Charlotte", "his son Jordan")
_PERSON_APPOSITION_NOUNS = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
                            "grandson", "granddaughter", "grandmother", "grandfather", "uncle", "aunt",
                            "nephew", "niece", "cousin", "fiance", "fiancee", "fiancé", "fiancée", "boyfriend",
                            "girlfriend", "widow", "widower", "stepson", "stepdaughter", "mom", "dad"}


def _district_by_full_name(cand: dict, n_tokens: int) -> bool:
    """True for an administrative area the words name in its full form with its type word,
    which the gazetteer keeps as an alternate name ("in Siak Regency, Indonesia", "camps in
    Cox's Bazar District"): a name of several words for a district is evidence of a place even
    where the tagger calls it an organisation."""
    return cand.get("match") == "alt" and cand["feature"] in ("admin1", "admin2") and n_tokens > 1


def _byline_first_name(doc: Doc, i: int, gazetteer: Gazetteer) -> bool:
    """True when a one-word name opens a byline: "By"/"BY" at the start of a line or after a
    sentence's stop, then the name and one more capitalised word that is no place, no place's
    type or street word and no force, the line not going on in lower case ("BY CHAD MERRILL
    Staff Writer", "By Jordan Pell"): the writer's first name, not the country."""
    j = i + 1
    if i == 0 or j >= len(doc) or doc[i - 1].lower_ != "by":
        return False
    by = doc[i - 1]
    if not (by.i == 0 or "\n" in doc[by.i - 1].text or doc[by.i - 1].text == "."):
        return False  # "REBELS ROUTED BY CHAD ARMY": inside a sentence, no byline
    if not doc[j].is_alpha or not _is_capitalised(doc[j].text) or doc[j].lower_ in _FORCE_WORDS:
        return False  # "By Chad Army estimates": the country's forces
    end = j + 1
    if end < len(doc) and doc[end].is_alpha and not _is_capitalised(doc[end].text):
        return False  # the sentence goes on in lower case: no name of a writer

    if doc[j].lower_ in TYPE_WORDS or doc[j].text in _STREET_SUFFIXES or doc[j].lower_ in _MONTHS_DAYS:
        return False
    return not gazetteer.lookup(doc[j].text, limit=1)


#: Words after a country's name that make it the country's forces, not a writer's surname.
_FORCE_WORDS = {"army", "forces", "military", "government", "police", "troops", "navy"}
_MONTHS_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


#: Words after a name that make it a person acting or speaking ("Fairfield has rejected",
#: "Harden said"); the geoparser's pipeline has no parser, so the next word tells.
_PERSON_VERBS = {"said", "says", "told", "tells", "added", "has", "had", "is", "was", "will", "would", "pleaded",
                 "denied", "admitted", "testified", "faces", "faced", "wrote", "asked", "declined", "refused",
                 "agreed", "acknowledged", "claimed", "insisted", "argued", "rejected", "allegedly"}

#: what a person named in a court story has, written after the name: "the Fairfield hearing"
_PERSON_NOUNS = {"hearing", "trial", "case", "defense", "defence", "lawyer", "lawyers", "attorney", "attorneys",
                 "sentencing", "arraignment", "verdict", "plea", "family", "murder", "testimony", "jury"}


def _acts_as_person(doc: Doc, toponym: Toponym, offset: int) -> bool:
    """A one-word name that speaks, acts or owns, not after a locative: "Elizabeth Fairfield
    ... Fairfield has rejected a plea", "Fairfield's trial"; or that names the person's case
    even after one ("new twist in Fairfield hearing")."""
    span = doc.char_span(toponym.start - offset, toponym.end - offset, alignment_mode="expand")
    if span is None or len(span) != 1 or span.end >= len(doc):
        return False
    following = doc[span.end].lower_
    if following in _PERSON_NOUNS:
        return True
    if _after_locative(doc, span.start):
        return False
    return following in ("'s", "’s") or following in _PERSON_VERBS


#: Verbs of saying that, right after a one-word name, make it someone who speaks ("Maróth said",
#: "Time reported"): a person or an outlet, which a small town never is
_SPEECH_VERBS = {"said", "says", "told", "tells", "added", "noted", "reported", "reports", "stated", "explained",
                 "announced", "wrote", "tweeted"}


def _speaker_names(doc: Doc, sent_start: list[bool]) -> set[str]:
    """The lower-cased capitalised one-word names the text has speak: a word right before a
    verb of saying, after no other capitalised word of its sentence and no preposition
    ("Maróth said", "Time reported"; not the "Kansas City" of "Kansas City said", nor the town
    of "a spokesman for the city of Sevierville said")."""
    return {doc[i].lower_ for i in range(len(doc) - 1)
            if doc[i + 1].lower_ in _SPEECH_VERBS and doc[i].is_alpha and _is_capitalised(doc[i].text)
            and (sent_start[i] or not _is_capitalised(doc[i - 1].text)) and not _right_after_preposition(doc, i)}


def _speaker_again(doc: Doc, toponym: Toponym, offset: int, gazetteer: Gazetteer) -> bool:
    """Whether a one-word name the text has speak ("Maróth said", "Time reported") names that
    speaker here too ("an interview with Gáspár Maróth", "according to Time"): unless it is a
    country, state or big city, which speak for their governments ("Moscow said"), or it comes
    after a locative preposition ("in Time")."""
    span = doc.char_span(toponym.start - offset, toponym.end - offset, alignment_mode="expand")
    return span is not None and not _is_major_place(toponym.text, gazetteer) and not _after_locative(doc, span.start)


def _only_unpeopled(name: str, gazetteer: Gazetteer) -> bool:
    """Whether every place the gazetteer knows by ``name`` is a town or subdivision with no
    known inhabitants (a GeoNames entry of population 0: a farm, a camp, a townless parish):
    too weak to make a capitalised word a place by itself."""
    cands = gazetteer.lookup(name, limit=10)
    return bool(cands) and all(c["feature"] in ("city", "admin1", "admin2") and not c["population"]
                               for c in cands)


#: determiners before a name that make it a thing's, not a place's ("the Durango pulled up")
_THING_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "that", "this"})


def _names_the_thing_again(doc: Doc, toponym: Toponym, offset: int, gazetteer: Gazetteer) -> bool:
    """Whether a one-word name the text has given a car, ship or newspaper ("a red Dodge
    Durango", "the yacht Granma") names that thing again here: when a determiner stands right
    before it ("when the Durango pulled up", "shots fired from the Durango"), as before no
    place's name, even a big place's; otherwise unless it is a big place or comes right after
    a preposition ("a Hyundai Tucson was stolen in Tucson")."""
    start = doc.char_span(toponym.start - offset, toponym.end - offset, alignment_mode="expand").start
    if start > 0 and doc[start - 1].lower_ in _THING_DETERMINERS:
        return True
    return not _is_major_place(toponym.text, gazetteer) and not _right_after_preposition(doc, start)


def _is_major_place(name: str, gazetteer: Gazetteer) -> bool:
    """A country, first-level subdivision or big city: "Washington" stays a place even
    after "George Washington"."""
    return any(c.get("match") == "name" and (c["feature"] in ("country", "admin1", "region", "continent")
                                             or (c["population"] or 0) >= 100_000)
               for c in gazetteer.lookup(name, limit=5))


def _right_after_preposition(doc: Doc, start: int) -> bool:
    """Whether doc[start] directly follows a preposition, with no article ("attack on Duma",
    "in Tucson"; not "in the Duma")."""
    return 0 < start < len(doc) and doc[start - 1].dep_ == "prep" or (
        0 < start <= len(doc) and doc[start - 1].lower_ in _LOCATIVES | {"on", "to", "of", "for", "against"})


def _after_locative(doc: Doc, start: int) -> bool:
    """Whether doc[start] follows a locative preposition ("in", "near", "in the")."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in _LOCATIVES


def _after_place_and_comma(doc: Doc, start: int, taken: list[bool]) -> bool:
    """Whether doc[start] follows "<recognised place>, " ("Pandi, Bulacan"): a container."""
    return start >= 2 and doc[start - 1].text == "," and taken[start - 2]


#: words between "in" and the country of an address ("in southern Israel", "in the north of Iraq")
_ADDRESS_FILLERS = {"the", "southern", "northern", "eastern", "western", "central", "south", "north", "east",
                    "west", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
                    "northwest", "southeast", "southwest", "far", "rural", "occupied"}


def _container_after(doc: Doc, end: int, gazetteer: Gazetteer) -> str | None:
    """The country code of the country or first-level division that "in" names right after
    ``end`` ("Eilat in southern Israel" → IL, "Erbil in Iraq's Kurdistan Region" → IQ), or None."""
    if end >= len(doc) or doc[end].lower_ != "in":
        return None
    i = end + 1
    while i < len(doc) and doc[i].lower_ in _ADDRESS_FILLERS:
        i += 1
    if i >= len(doc) or doc[i].ent_type_ != "GPE" or doc[i].ent_iob_ != "B":
        return None
    k = i + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    top = next(iter(gazetteer.lookup(doc[i:k].text, limit=1)), None)
    if top is None or top.get("match") == "weak" or top["feature"] not in ("country", "admin1"):
        return None
    return top.get("country_code")


def _before_punctuation(doc: Doc, end: int) -> bool:
    return end >= len(doc) or doc[end].text in (",", ";", ")", "(", ".", "\u2014", "--")


def _type_before(doc: Doc, start: int) -> str | None:
    """The type word of "the city of X" / "the village of X", lower-cased, or None."""
    if start >= 2 and doc[start - 1].lower_ == "of":
        return _TYPE_BEFORE.get(doc[start - 2].lower_)
    return None


def _country_after_of(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int | None:
    """The first token of a country's or a state's name that closes the organisation-like span
    doc[start:end] after "of" and a word for its people or its government ("Citizens of
    Suriname vote", "the Government of India"), or None. An institution's or a firm's name
    ("the University of California", "the Bank of America") is not the place's people."""
    for k in range(end - 1, start, -1):
        if doc[k].lower_ == "of":
            tail = doc[k + 1:end]
            if doc[k - 1].lower_ in _PEOPLE_OF_WORDS and len(tail) and all(
                    _is_capitalised(w.text) and w.is_alpha for w in tail) and _is_state_or_country(tail.text, gazetteer):
                return k + 1
            return None
    return None


def _is_kind_word(doc: Doc, start: int, end: int, label: str, inner: tuple[int, int]) -> bool:
    """Whether ``inner``, the place found inside the facility's name doc[start:end], is only its
    last word naming the facility's kind ("Freedom Plaza", "Brick Street Bar"), not a town."""
    return (label == "FAC" and end - start > 1 and inner == (end - 1, end)
            and doc[end - 1].lower_ in _FACILITY_KINDS)


def _address_after(doc: Doc, end: int, gazetteer: Gazetteer) -> bool:
    """Whether "in" and a known place's capitalised name follow doc[end - 1], the last word of
    a facility's name: its address ("Bradley International Airport in Windsor Locks")."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return False
    k = end + 1
    while k < len(doc) and k - end <= 3 and doc[k].is_alpha and _is_capitalised(doc[k].text):
        k += 1
    return k > end + 1 and any(c.get("match") in ("name", "alt") for c in gazetteer.lookup(doc[end + 1:k].text, limit=3))


def _town_after_in(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int | None:
    """The first token of a known town's (or larger place's) name that closes the span
    doc[start:end], an organisation or a facility, after "in" ("a Martin's Supermarket in
    Elkhart", "the Grand Hotel in Brighton"), or None. Only a short name of capitalised words
    right before punctuation or the end of the text (an address: "in Elkhart, Indiana"), so
    "the Church of Jesus Christ in Latter Days" style names of a body stay whole."""
    if not _before_punctuation(doc, end):
        return None
    for k in range(end - 2, start, -1):
        if doc[k].lower_ == "in":
            tail = doc[k + 1:end]
            if not 1 <= len(tail) <= 3 or not all(_is_capitalised(w.text) and w.is_alpha for w in tail):
                return None
            if any(c.get("match") == "name" and (
                    c["feature"] in ("country", "admin1", "admin2", "region")
                    or (c["feature"] == "city" and (c["population"] or 0) >= 1_000))
                   for c in gazetteer.lookup(tail.text, limit=5)):
                return k + 1
            return None
    return None


#: words for the people or the government of a place, before "of" and its name
_PEOPLE_OF_WORDS = {"citizens", "people", "peoples", "residents", "inhabitants", "voters", "nationals", "natives",
                    "government", "parliament", "president", "presidency", "king", "queen", "emir", "sultan"}


def _head_of_longer_name(doc: Doc, start: int, end: int, gazetteer: Gazetteer, taken: list[bool],
                         sent_start: list[bool]) -> int | None:
    """The end token of the longer capitalised name that doc[start:end], a small place's name,
    only begins, or None: in "a gas facility in Ras Laffan Industrial City" the next word is
    no English word and no known place ("Laffan"), so the name goes on, and it is not the
    Indian village of Ras. A common word after the name leaves it a place named inside a
    facility's or a body's name ("the Walker County Fair", "the Mount Pleasant Civic
    Center", "Litchfield Selectman"), as do a big place ("Baghdad Khalil ..."), a type word
    inside the span ("Henderson County") and a capitalised run before it (a headline)."""
    if end >= len(doc) or start == 0 or taken[end] or sent_start[end] or doc[end - 1].text.endswith("."):
        return None  # "in Harrisburg, Pa. Smith said": an abbreviation's stop may end the sentence
    nxt, prev = doc[end], doc[start - 1]
    if not (nxt.is_alpha and _is_capitalised(nxt.text) and not nxt.text.isupper()) or nxt.is_stop:
        return None
    if prev.is_alpha and _is_capitalised(prev.text):
        return None
    if doc[end - 1].lower_ in TYPE_WORDS or nxt.lower_ in TYPE_WORDS or nxt.lower_ in _MONTHS_DAYS:
        return None
    if is_english_word(nxt.text) is not False or gazetteer.has_name(nxt.text) \
            or _is_major_place(doc[start:end].text, gazetteer):
        return None
    j = end + 1
    while j < len(doc) and j - end < 4 and not taken[j] and doc[j].is_alpha and _is_capitalised(doc[j].text):
        j += 1
    return j


def _hyphenated_word(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The tokens of the hyphenated word doc[start:end] is part of ("Dar-es-Salaam" around
    "Salaam"), or (start, end) when the span stands alone."""
    s = start
    while s >= 2 and doc[s - 1].text == "-" and not doc[s - 1].whitespace_ and not doc[s - 2].whitespace_ \
            and doc[s - 2].is_alpha:
        s -= 2
    e = end
    while e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
            and doc[e + 1].is_alpha:
        e += 2
    return s, e


def _without_hyphen(doc: Doc, start: int, end: int) -> int:
    """``end`` before the hyphens closing doc[start:end] ("Bab -" of "Bab-el-Mandeb")."""
    while end > start + 1 and doc[end - 1].text == "-":
        end -= 1
    return end


def _in_joined_name(doc: Doc, start: int, end: int, taken: list[bool]) -> bool:
    """Whether doc[start:end] is a piece of a longer hyphenated name joined by a lower-case
    word ("Bab" of "Bab-el-Mandeb", "Ain" of "Ain-el-Hilweh"), not a name of its own in a
    hyphenated pair of names ("Israel-Hamas", "Kyiv-bound" has no piece after a joining word)."""
    ws, we = _hyphenated_word(doc, start, _without_hyphen(doc, start, end))
    if (ws, we) == (start, end) or we - ws < 5 or any(taken[ws:we]):
        return False
    return any(doc[k].is_lower and doc[k].is_alpha for k in range(ws + 1, we - 1))


def _extend_right(doc: Doc, start: int, end: int, gazetteer: Gazetteer, taken: list[bool]) -> int:
    """``end`` moved over following capitalised words and name particles when the longer
    name is a known place ("Rio Grande" + "do Sul", "Porto" + "Alegre")."""
    n = len(doc)
    best = end
    j = end
    while j < n and j - end < 3 and not taken[j]:
        tok = doc[j]
        if tok.lower_ in _CONNECTORS and tok.text != tok.text.upper():
            j += 1
            continue
        if not (tok.is_alpha and _is_capitalised(tok.text)) or tok.lower_ in TYPE_WORDS:
            break
        j += 1
        if gazetteer.has_name(doc[start:j].text):
            best = j
    return best


def _plausible_name(doc: Doc, name: str, end_tok: int, gazetteer: Gazetteer) -> bool:
    """False for spans that look like places only by accident: a lone direction adjective
    ("Western governments"), an organisation's acronym ("NATO", "EST") that is not a
    country or region abbreviation."""
    key = normalize(name)
    if key in _DIRECTIONS:
        return False
    letters = name.replace(".", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 5 and " " not in name:
        dateline = end_tok < len(doc) and doc[end_tok].text in (",", "\u2014", "\u2013", "-", "(", "--")
        cands = gazetteer.lookup(name, limit=3)
        big = any(c["feature"] in ("country", "continent", "region") or (
            c["feature"] == "admin1" and c.get("match") == "alt") for c in cands)
        if not big and not dateline:
            return False
    return True


# A place name directly before one of these words is part of a newspaper's or news
# agency's name ("the New York Times", "China Daily", "Xinhua News Agency"): a source, not
# a place the text talks about.
_NEWSPAPER_WORDS = {"Times", "Post", "Herald", "Daily", "Journal", "Tribune", "Gazette",
                    "Chronicle", "Sentinel", "Courier", "Inquirer", "Enquirer", "Telegraph",
                    "Telegram", "Examiner", "Dispatch", "Bulletin", "Globe", "Star", "Ledger",
                    "Register", "Observer", "Review", "News", "Sun-Times", "Post-Dispatch",
                    "Star-Telegram", "Star-Ledger", "Journal-Constitution"}
# Institutions mostly named after people ("Franklin Elementary", "Belk Foundation", "Smith
# College"); a place name before them names the institution, not the place.
_NAMED_INSTITUTION_WORDS = {"University", "College", "Elementary", "Academy", "Foundation",
                            "Institute", "Seminary", "Center", "Centre"}
_NAMED_INSTITUTION_IDS = frozenset(get_string_id(word) for word in _NAMED_INSTITUTION_WORDS)
# ... unless the words after them make the whole a street or a landmark ("Times Square")
_STREET_WORDS = {"office", "square", "building", "road", "street", "avenue", "drive", "lane",
                 "boulevard", "way", "plaza", "park", "parkway", "highway", "court"}
#: capitalised words that make the name before them a street's ("Locust Street", "Elm St.")
_STREET_SUFFIXES = {"Street", "St.", "Avenue", "Ave.", "Ave", "Road", "Rd.", "Boulevard", "Blvd.", "Lane", "Ln.",
                    "Drive", "Pike", "Parkway", "Pkwy.", "Terrace", "Circle"}
_BROADCASTER_WORDS = {"Radio", "Television", "TV"}
# personal titles: "Mrs Kong", "President Obama", "Judge Anderson" name people
_TITLES = {"mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "judge",
           "president", "sgt", "lt", "capt", "det", "rev", "prof", "professor", "officer",
           "sheriff", "deputy", "coach", "justice", "mayor"} | {
    # a monarch's or prelate's title before a given name: "Queen Elizabeth II", "King Charles",
    # "Pope Leo" name a person, not Elizabeth, New Jersey or Leo, Indiana
    "queen", "king", "prince", "princess", "emperor", "empress", "pope", "sheikh", "duke", "duchess"}


#: words before a name that make it a newspaper's, a ship's or a vehicle's
_NAMED_THING_WORDS = {"daily", "newspaper", "weekly", "tabloid", "magazine", "paper", "yacht", "ship", "vessel",
                      "carrier", "frigate", "destroyer", "cruiser", "tanker", "freighter", "ferry", "liner",
                      "submarine", "warship", "trawler"}
_CAR_MAKES = {"Dodge", "Ford", "Chevrolet", "Chevy", "Toyota", "Honda", "Nissan", "Jeep", "Buick", "Pontiac",
              "Cadillac", "Chrysler", "Mercury", "Lincoln", "GMC", "Hyundai", "Kia", "Mazda", "Subaru",
              "Volkswagen", "Oldsmobile", "Plymouth", "Saturn", "Mitsubishi", "Lexus", "Acura", "Infiniti"}

#: what follows a leader's surname to name a government or a time ("the Clinton administration")
_LEADER_ERA_WORDS = {"administration", "administrations", "presidency", "era", "doctrine"}


_SAINT = re.compile(r"(?:St|Ste|Saint|Sainte|San|Santa)\.? [A-Z][a-z]+$")
_POSSESSIVE_AFTER = ("'s", "\u2019s")


def _saints_dedication(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a saint's name ("St. Patrick"), stands in the possessive for
    what is dedicated to the saint and named after it ("St. Patrick's Day", "St. Mary's
    Hospital", "St. John's Church"): not a place. A place's own possessive ("St. Lucia's prime
    minister", "Santa Cruz's beaches", "St. Petersburg's mayor") stays a place."""
    if not _SAINT.match(text[start:end]) or text[end:end + 2] not in _POSSESSIVE_AFTER:
        return False
    after = text[end + 2:end + 40].split()
    return bool(after) and after[0].strip(".,;:").lower() in _DEDICATED_WORDS


#: what is dedicated to a saint and named for one ("St. Luke's Hospital", "St. Patrick's Day")
_DEDICATED_WORDS = {"day", "church", "cathedral", "chapel", "basilica", "catholic", "episcopal", "lutheran",
                    "methodist", "presbyterian", "hospital", "medical", "school", "academy", "college",
                    "university", "seminary", "abbey", "monastery", "home", "eve", "feast", "parade"}


def _is_title(word: str) -> bool:
    """A capitalised personal title ("President", "Mr.", "Gov."), not an all-capitals word."""
    return word.rstrip(".").lower() in _TITLES and word[:1].isupper() and word != word.upper()


#: the compass words that name the federal judicial districts of a US state
_DISTRICT_COMPASS = frozenset({"Northern", "Southern", "Eastern", "Western", "Middle", "Central"})


def _court_district(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """"convicted in the Southern District of New York", "the Northern District of California":
    doc[start:end] ("Southern District", or "Northern" before "District") opens the name of a
    US state's federal judicial district, not Hong Kong's Eastern District or Israel's Northern
    District; the state after "of" is the place, read on its own ("the Southern District of
    Israel" is left alone)."""
    words = [t.text for t in doc[start:end] if t.lower_ != "the"]
    if not words or words[0] not in _DISTRICT_COMPASS or len(words) > 2:
        return False
    j = end
    if words[-1] != "District":
        if len(words) != 1 or j >= len(doc) or doc[j].text != "District":
            return False
        j += 1
    if j + 1 >= len(doc) or doc[j].text != "of":
        return False
    return any(c["feature"] == "admin1" and c.get("country_code") == "US" and c.get("match") == "name"
               for k in (j + 3, j + 2) if k <= len(doc) for c in gazetteer.lookup(doc[j + 1:k].text, limit=8))


def _names_something_else(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> str | None:
    """What doc[start:end], a capitalised place name, is here part of instead of a place:
    ``"broadcaster"`` ("Radio Pyongyang"), ``"person"`` ("Mrs Lincoln"), ``"newspaper"``
    ("Los Angeles Times") or ``"institution"`` ("Franklin Elementary"); None when nothing."""
    n = len(doc)
    if start > 0 and doc[start - 1].text in _BROADCASTER_WORDS:
        return "broadcaster"
    prev = doc[start - 1].text if start > 0 else ""
    if end - start == 1 and _is_title(prev):
        return "person"
    if _court_district(doc, start, end, gazetteer):
        return "court district"
    if prev.lower() in _NAMED_THING_WORDS or prev in _CAR_MAKES:
        return "thing"  # "the Communist Party daily Granma", "the yacht Granma", "a Dodge Durango"
    if end >= n:
        return None
    nxt = doc[end].text
    after = doc[end + 1].lower_ if end + 1 < n else ""
    if after in _STREET_WORDS:
        return None
    if (end - start == 1 and nxt.lower() in _LEADER_ERA_WORDS
            and not _is_major_place(doc[start].text, gazetteer)):
        return "person"  # "the Clinton administration", "the Bush era": a leader, not Clinton, Iowa
    if nxt in _NEWSPAPER_WORDS:
        return "newspaper"
    if nxt in _NAMED_INSTITUTION_WORDS:
        # "Ohio State University", "University of Kentucky College", "Ohio University": a
        # state or country is named all the same
        if doc[end - 1].lower_ == "state" or (start >= 2 and doc[start - 1].lower_ == "of"
                                              and doc[start - 2].text in _NAMED_INSTITUTION_WORDS):
            return None
        if any(_is_state_or_country(doc[k:end].text, gazetteer) for k in range(start, end)):
            return None  # "Eastern Kentucky University" too
        return "institution"
    return None


def _is_state_or_country(name: str, gazetteer: Gazetteer) -> bool:
    """A country's or a populous subdivision's name that no big city shares ("Ohio", "India";
    not "San Jose", a province of Costa Rica and a Californian city)."""
    cands = [c for c in gazetteer.lookup(name, limit=10) if c.get("match") != "weak"]
    if any(c["feature"] == "city" and c.get("match") == "name" and (c["population"] or 0) >= 100_000
           for c in cands):
        return False
    return any(c["feature"] == "country"
               or (c["feature"] == "admin1" and (c["population"] or 0) >= 500_000) for c in cands)


def _institution_names(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """Lookup keys of the capitalised words before a person-named institution's type word
    ("Franklin Elementary", "Charles Webb Center" -> "franklin", "charles webb", "webb")."""
    names: set[str] = set()
    n = len(doc)
    orths = doc.to_array(ORTH).tolist() if n else []  # (string ids: no Token built for each word)
    for i in range(1, n):
        if orths[i] not in _NAMED_INSTITUTION_IDS or (i + 1 < n and doc[i + 1].lower_ in _STREET_WORDS):
            continue
        j = i
        while (j > 0 and i - j < 3 and doc[j - 1].is_alpha and _is_capitalised(doc[j - 1].text)
               and doc[j - 1].lower_ not in ("the", "of")
               and doc[j - 1].text not in _NAMED_INSTITUTION_WORDS):
            j -= 1
        if j == i or _names_something_else(doc, j, i, gazetteer) != "institution":
            continue
        for k in range(j, i):
            names.add(normalize(doc[k:i].text))
    return names


_DISEASE_WORDS = {"virus", "fever", "flu", "influenza", "disease", "encephalitis", "strain",
                  "hemorrhagic", "haemorrhagic"}


def _is_disease_name(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] (or it with the word before: "West" + "Nile") names a
    disease rather than a place: a known disease name the text does not place with a
    locative preposition or a following comma."""
    keys = {normalize(doc[start:end].text)}
    if start > 0:
        keys.add(normalize(doc[start - 1:end].text))
    if not keys & curated.DISEASE_PLACE_NAMES:
        return False
    return not (_after_locative(doc, start) or (end < len(doc) and doc[end].text == ","))


def _is_currency(text: str, start: int, end: int) -> bool:
    """"US$100", "$US 15 billion", "NZ$": a country code that marks a currency."""
    return "$" in (text[end:end + 1], text[max(0, start - 1):start], text[start:start + 1],
                   text[end - 1:end])
_INSTITUTION_WORDS = set("""
police department county city public school schools council fire sheriff sheriff's hospital bureau
historical society high board state national chamber area community regional metropolitan
airport herald times news university college library commission court circuit township parish
town village health housing transit water park parks zoo museum symphony church rotary economic
development port district post journal gazette tribune register daily record star observer
independent press medical memorial utilities electric general city's county's state's
legislature house senate assembly guard highway transportation corrections republican democratic
party government administration office municipal elementary middle academy center centre
""".split())

#: kinds of venue that end a facility's name and are also some place's name ("Brick Street Bar")
_FACILITY_KINDS = {"bar", "pub", "tavern", "saloon", "lounge", "grill", "inn", "cafe", "diner", "club",
                   "motel", "hotel", "mall", "plaza", "market"}

#: last words of a facility's name that make it a building or a site of one (an airport, a
#: hospital, a market), not a street or a park, whose names the gold of news geoparsing keeps
_BUILDING_KINDS = _FACILITY_KINDS - _STREET_WORDS | {
    "airport", "airfield", "station", "terminal", "hospital", "clinic", "school", "college", "university",
    "academy", "center", "centre", "church", "mosque", "temple", "cathedral", "museum", "library", "zoo",
    "stadium", "arena", "theater", "theatre", "prison", "jail", "bazaar", "bazar", "base", "factory", "plant"}

#: words after "<Town> City" that make it the town's government ("the Fairview City Council",
#: "Fairview City Manager Ann Lee", "Fairview City Hall"), not a place named "Fairview City"
_CITY_GOVERNMENT_WORDS = frozenset("""council councils councilman councilwoman councilmen councilwomen
    councilmember councilmembers councilor councilors councillor councillors manager hall attorney clerk
    commission commissioners administrator engineer planner auditor treasurer solicitor schools""".split())


def _city_of_town(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether doc[start:end] is "<Town> City" written before the town's government: "the
    Fairview City Council voted", "then Fairview City Manager Ann Lee" is the town of Fairview,
    not some "Fairview City" elsewhere (a county of that name abroad, a smaller namesake town)
    -- when a town bears the name without "City" and is more populous than any town called
    "<Name> City" ("the Kansas City Council" stays Kansas City), and unless the gazetteer knows
    "<Name> City" as another name of just one town of the name, not its most populous one (then
    it names that town: "the Springfield City Council" is the Massachusetts city's, not
    Missouri's bigger Springfield)."""
    if end - start < 2 or end >= len(doc) or doc[end - 1].lower_ != "city" \
            or doc[end].lower_ not in _CITY_GOVERNMENT_WORDS:
        return False
    short, whole = doc[start:end - 1].text, doc[start:end].text
    towns = [c for c in gazetteer.lookup(short, limit=8) if c.get("match") == "name" and c["feature"] == "city"]
    if not towns:
        return False
    top = max(towns, key=lambda c: c["population"] or 0)
    cands = gazetteer.lookup(whole, limit=8)
    known = [c for c in cands if c["feature"] == "city" and c.get("match") == "alt"
             and normalize(c["name"]) == normalize(short)]
    if len(known) == 1 and known[0]["id"] != top["id"]:
        return False
    town = top["population"] or 0
    return town >= 1_000 and town > max((c["population"] or 0 for c in cands
                                         if c.get("match") == "name" and c["feature"] == "city"), default=0)


# a town's own authorities: "Roselle police", "Moorhead City Council", "Lombard officials"
_LOCAL_AUTHORITY_WORDS = {"police", "sheriff", "fire", "council", "mayor", "township", "schools",
                          "officials", "residents", "city"}

#: the levels of a state's trial courts that a county's name heads ("Merrimack County Superior Court")
_COUNTY_COURT_LEVELS = frozenset({"superior", "supreme", "probate"})
#: what a county keeps its prisoners in, named by the county ("the Madison County Detention Center")
_COUNTY_JAIL_WORDS = frozenset({"detention", "jail", "correctional"})


def _county_court(doc: Doc, start: int, end: int) -> bool:
    """"a Merrimack County Superior Court judge", "lodged in the Madison County Detention
    Center": doc[start:end] is a county's name ("... County", "... Parish") heading the name
    of a court or jail of that county, so the county is named. A bare name before such a court
    or jail ("Middlesex Superior Court", "the DeSoto Detention Center") may be the county's or
    a town's and is left alone."""
    return (end - start >= 2 and doc[end - 1].lower_ in ("county", "parish") and end < len(doc)
            and doc[end].lower_ in _COUNTY_COURT_LEVELS | _COUNTY_JAIL_WORDS)


#: a town's own force or office after its name ("Concord Police", "Liberty Fire"): words of
#: :data:`_LOCAL_AUTHORITY_WORDS` that no trade union or council of another kind uses
_TOWN_FORCE_WORDS = frozenset({"police", "sheriff", "fire", "mayor"})


def _town_of_common_word(doc: Doc, i: int, gazetteer: Gazetteer) -> bool:
    """"the Concord Police", "Independence City Council": a capitalised common word
    (:data:`curated.NON_PLACE_WORDS`, no adjective: not "Federal Police") that a town of
    LOCAL_USE_POPULATION bears as its own name is that town before its own police, fire
    service, mayor or city council, as any town's name is ("Roselle police"); the town, not
    a province of the name (see :func:`geodata.toponyms.resolve.candidates_for`)."""
    n = len(doc)
    if i + 1 >= n or doc[i].lower_ not in curated.NON_PLACE_WORDS or not _is_capitalised(doc[i].text):
        return False
    if i > 0 and (doc[i - 1].lower_ == "of" or (_is_capitalised(doc[i - 1].text) and doc[i - 1].is_alpha
                                                and doc[i - 1].lower_ not in ("a", "an", "the"))):
        return False  # the tail of a longer name: "the Chamber of Commerce Mayor's Breakfast"
    after = doc[i + 1].lower_
    if not (after in _TOWN_FORCE_WORDS or (after in ("city", "town") and i + 2 < n and doc[i + 2].lower_ == "council")):
        return False
    if is_english_adjective(doc[i].text):
        return False
    return any(c.get("match") == "name" and c["feature"] == "city" and c["name"].lower() == doc[i].lower_
               and (c["population"] or 0) >= LOCAL_USE_POPULATION for c in gazetteer.lookup(doc[i].text, limit=5))


#: words after a town's name that make it the town's people ("Chicopee residents"); not its
#: authority ("Danbury police" names a force, which the organisation pass reads)
_LOCAL_USE_WORDS = {"residents", "resident", "man", "woman", "men", "women", "couple", "teen", "teenager", "boy",
                    "girl", "family", "homeowners", "voters"}
#: the least population of a town the gazetteer pass takes from that use alone
LOCAL_USE_POPULATION = 10_000
#: one word of Latin letters, some of them accented ("Ōtsuchi", "Kraków", "Şanlıurfa")
_LATIN_WORD = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
#: the letters that UTF-8 quotes and spaces read as Windows-1252 leave in a word ("Itâ", "MafiaÂ")
_MOJIBAKE = re.compile("[\u00c2\u00c3]|\u00e2$")

# (not _ADDRESS_FILLERS, on purpose: these lead a name that is a part of a place, "Greater London",
# "downtown Chicago", "Southern Ohio"; those stand between "in" and a country, "in the far north of")
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "northern", "southern", "eastern", "western", "central", "metro",
               "greater", "downtown", "upstate", "coastal", "rural", "suburban", "mid", "inner"}
#: last words that make a two-word name a kind of place, a direction or an institution, not a
#: place named after a state ("Ohio County", "Southern Ohio", "Ohio State" vs "Tennessee Colony")
_NAME_TAIL_WORDS = TYPE_WORDS | _DIRECTIONS | _INSTITUTION_WORDS


def _inner_place(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The first, longest token run inside doc[start:end] that the gazetteer knows."""
    s = start
    while s < end and doc[s].lower_ in _DIRECTIONS | {"the"}:
        s += 1
    for i in range(s, end):
        j = _leading_place(doc, i, end, gazetteer, min_population=0)
        if j > i + 1 or (j == i + 1 and doc[i].lower_ not in curated.NON_PLACE_WORDS
                         and doc[i].lower_ not in TYPE_WORDS):
            # a one-word part of a longer unknown name ("Bahanaga Bazar"): another place
            # that shares the word is a guess too far, unless the rest is a generic word
            if j == i + 1 and any(
                    _is_capitalised(doc[k].text) and doc[k].is_alpha
                    and doc[k].lower_ not in _DIRECTIONS | TYPE_WORDS | _INSTITUTION_WORDS
                    and doc[k].lower_ not in curated.NON_PLACE_WORDS
                    for k in range(s, end) if k != i):
                return None
            return i, j
    return None


def _propagate(doc: Doc, found: list[Toponym], taken: list[bool], person: list[bool],
               gazetteer: Gazetteer, add, offset: int) -> None:
    """A name recognised as a place once is a place wherever else it occurs (not in names)."""
    known = {normalize(t.text): len(t.text.split()) for t in found if t.role == "name"
             and t.label in ("GPE", "LOC", "PER", "ABBR") and gazetteer.has_name(t.text)
             and normalize(t.text) not in curated.NON_PLACE_WORDS}
    if not known:
        return
    n = len(doc)
    capitalised = _capitalised_tokens(doc)
    strings, text = doc.vocab.strings, doc_text(doc)
    orths, _, idx = _token_ids(doc)
    i = 0
    while i < n:
        if taken[i] or person[i] or not capitalised[i]:
            i += 1
            continue
        step = 1
        for length in (3, 2, 1):
            j = i + length
            if j > n or any(taken[k] or person[k] for k in range(i, j)):
                continue
            if normalize(text[idx[i]:idx[j - 1] + len(strings[orths[j - 1]])]) in known:  # doc[i:j].text
                add(i, j, "DOC")
                step = length
                break
        i += step


def _org_places(doc: Doc, ent, gazetteer: Gazetteer, add) -> None:
    """An ORG entity that is exactly a prominent place name ("Georgia" tagged ORG)."""
    s, e = _clean_span(doc_text(doc), ent.start_char, ent.end_char)
    name = doc_text(doc)[s:e]
    cands = gazetteer.lookup(name, limit=3)
    if cands and cands[0]["feature"] in ("country", "admin1", "continent", "region") and cands[0].get("match") != "weak":
        add(ent.start, ent.end, "ORG")


def _gazetteer_matches(doc: Doc, gazetteer: Gazetteer, taken: list[bool], blocked: list[bool],
                       add, sent_start: list[bool]) -> None:
    """Capitalised token sequences (up to 4 tokens) naming a prominent known place."""
    i = 0
    n = len(doc)
    capitalised = _capitalised_tokens(doc)
    alpha = doc.to_array(IS_ALPHA).tolist() if n else []
    # token texts and lower-case forms from the arrays' string ids (not a Span or Token each)
    strings, text = doc.vocab.strings, doc_text(doc)
    orths, lower_ids, idx = _token_ids(doc)
    while i < n:
        if taken[i] or blocked[i] or not capitalised[i] or not alpha[i]:
            i += 1
            continue
        tok_text = strings[orths[i]]
        matched = 0
        for length in (4, 3, 2, 1):
            j = i + length
            if j > n or any(taken[k] or blocked[k] for k in range(i, j)):
                continue
            # (capitalised[k] is _is_capitalised(doc[k].text))
            if not all(capitalised[k] or strings[lower_ids[k]] in ("of", "de", "-") for k in range(i, j)):
                continue
            name = text[idx[i]:idx[j - 1] + len(strings[orths[j - 1]])]  # doc[i:j].text
            key = normalize(name)
            # a lone common word is a place only as a town's name before its own force ("the
            # Concord Police"); :func:`_town_of_common_word` holds only for a word whose
            # lower-case form is a common word, and that form is then the word's key
            common = length == 1 and key in curated.NON_PLACE_WORDS
            town_force = common and _town_of_common_word(doc, i, gazetteer)
            if (common and not town_force) or (length == 1 and len(key) < 3):
                continue
            if length == 1 and sent_start[i] and doc[i].pos_ not in ("PROPN", "") and not (
                    j < n and strings[lower_ids[j]] in _LOCAL_USE_WORDS and is_english_word(tok_text) is False):
                continue  # (but "Chicopee residents discuss ...": no English word, a town's people)
            if length == 1 and j < n and _INITIAL.match(strings[orths[j]]):
                continue  # "Michael J. Dillon": a first name before an initial
            if length == 1 and _byline_first_name(doc, i, gazetteer):
                continue  # "BY CHAD WOZNIAK": a byline's first name, not the country
            cands = gazetteer.lookup(name, limit=8)
            if not cands:
                continue
            best = cands[0]
            strong = best.get("match") != "weak" and (
                best["feature"] in ("country", "continent", "admin1", "region", "water", "landform")
                or (best["feature"] == "city" and (best["population"] or 0) >= 100_000))
            next_is_type = j < n and strings[lower_ids[j]] in TYPE_WORDS
            after_preposition = i > 0 and strings[lower_ids[i - 1]] in ("in", "near", "outside") and any(
                c.get("match") != "weak" and c["feature"] in ("city", "admin2") for c in cands)
            if length == 1 and not next_is_type:
                named = [c for c in cands if c.get("match") == "name"]
                if not named:
                    continue
                best = named[0]
                strong = best["feature"] in ("country", "continent", "admin1", "region", "water",
                                             "landform") or (best["feature"] == "city" and (best["population"] or 0) >= 100_000)
            # "Chicopee residents discuss ...", "a Berea man was charged": a town's name before
            # its people, the way local news names its town (not an English
            # word: "Most residents said" is no town in Czechia)
            local_use = length == 1 and j < n and strings[lower_ids[j]] in _LOCAL_USE_WORDS \
                and is_english_word(tok_text) is False and any(
                c.get("match") == "name" and c["feature"] == "city" and (c["population"] or 0) >= LOCAL_USE_POPULATION
                for c in cands)
            # "Ōtsuchi issued an evacuation order": a lone name spelt with a diacritic
            # (a macron, an acute, a cedilla) is no English word, and its plain-letter form
            # naming a town is that town (persons are tagged and blocked before this pass)
            # (not a word garbled by a wrong decoding: "Itâ s" of "It's" read as Windows-1252)
            marked = (length == 1 and not tok_text.isascii() and _LATIN_WORD.fullmatch(tok_text) is not None
                      and _MOJIBAKE.search(tok_text) is None
                      and (i == 0 or not capitalised[i - 1] or sent_start[i])
                      and not (j < n and capitalised[j] and alpha[j])
                      and any(c.get("match") == "name" and c["feature"] in ("city", "admin2")
                              and (c["population"] or 0) >= LOCAL_USE_POPULATION for c in cands))
            if strong or next_is_type or after_preposition or local_use or marked or town_force:
                add(i, j, "GAZ")
                matched = j - i
                break
        i += matched or 1


def _abbreviations(text: str, found: list[Toponym], offset: int) -> None:
    covered = [(t.start - offset, t.end - offset) for t in found]

    def free(s: int, e: int) -> bool:
        return not any(s < ce and cs < e for cs, ce in covered)

    for m in _ABBREVIATION.finditer(text):
        if free(m.start(), m.end()) and not _is_currency(text, m.start(), m.end()):
            found.append(Toponym(m.start() + offset, m.end() + offset, m.group(1), "name", "ABBR"))
            covered.append((m.start(), m.end()))
    for m in _POSTAL.finditer(text):
        if free(m.start(), m.end()) and any(ce <= m.start() and m.start() - ce <= 2 for _, ce in covered):
            found.append(Toponym(m.start() + offset, m.end() + offset, m.group(1), "name", "POSTAL"))
            covered.append((m.start(), m.end()))


def _link_containers(text: str, toponyms: list[Toponym], offset: int) -> None:
    """Mark "Springfield, Ill." / "Paris, France": the second names the first's container."""
    for i in range(len(toponyms) - 1):
        a, b = toponyms[i], toponyms[i + 1]
        gap = text[a.end - offset:b.start - offset]
        if gap.strip() in (",", "(") and a.role == "name" and b.role == "name":
            a.container.append(i + 1)
            # chains: "Springfield, Sangamon County, Ill."
            if i + 2 < len(toponyms):
                c = toponyms[i + 2]
                gap2 = text[b.end - offset:c.start - offset]
                if gap2.strip() == "," and c.role == "name":
                    a.container.append(i + 2)
