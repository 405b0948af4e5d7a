"""Places in Russian, Ukrainian, Korean, French and Spanish text: recognised over the language's
:class:`~geodata.language.analysis.Analysis`, resolved by the same resolver as English.

Recognition, per language:

- Russian and Ukrainian: natasha's LOC entities, and capitalised runs of words (with a lower-case
  type word such as "область") whose nominative is a known place name; a single word must
  name a country, region, subdivision or a town of 1,000 people, and not stand in a person's
  name, an organisation's name ("МИД России" names Russia all the same) or quotes.
  Ukrainian follows NER-UK's convention: no place inside the name of an organisation, office
  or law ("Верховної Ради України"; a country there is an adjective, the actor's country), but
  places inside quoted speech; "Донецькій та Луганській областях" and "Західній Україні" are
  one span each; one word must not be a common word, a first name or an adjective that only
  looks like a village's name ("Доля", "Луганського гарнізону"). Street addresses ("вул.
  Кольцова, 14") are places without coordinates.
- Korean: the spans a model learned from KLUE-NER train takes for places
  (:mod:`geodata.toponyms.korean_model`: landmarks the index lacks too, not a city in a court's
  name), resolved through the names index where it knows them (a landmark it lacks stays
  unresolved, or is placed at the town it is named after); neighbours separated by a space are
  one address ("미국 펜실베이니아주"), unless the first is a road. The rules
  (:func:`_korean`: proper nouns the index knows) still give the adjectives: a country glued to
  군/측/인 ("러시아군") is the actor's country, not a place. The project's curated names the
  train sentences never saw (하르키우) are places unless the model all but rules them out.
- French and Spanish: capitalised runs the names index or the main index know.

Adjectives of countries ("российские", "nord-coréens") are ``role="adjectival"``.
Candidates come from :mod:`geodata.gazetteer.names` (plus the main index for Latin names);
:func:`geodata.toponyms.resolve.resolve` chooses among them with the article's context.
"""
from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Callable

from geodata.gazetteer import curated_names
from geodata.gazetteer.index import Candidate, Gazetteer, get_gazetteer, normalize
from geodata.gazetteer.names import KOREAN_SUFFIXES, NameIndex, get_names, name_key
from geodata.language.analysis import Analysis, Word, open_quotation
from geodata.language.native import LanguagePipeline, load_pipeline
from geodata.model import PlaceMention
from geodata.toponyms.recognize import Toponym
from geodata.toponyms.resolve import resolve, to_mention

logger = logging.getLogger(__name__)

_NAME_TAGS = {"Name", "Surn", "Patr"}

_BIG = {"country", "continent", "admin1", "region", "water", "landform"}
_TOWNS = {"admin1", "admin2", "city"}
#: a single word naming a town this small is more often something else
MIN_TOWN_POPULATION = {"ru": 1_000, "uk": 1_000, "fr": 20_000, "es": 20_000, "ko": 0}
#: words that make a place name a subdivision or a district, per language → the English type word
TYPE_WORDS = {
    "область": "region", "край": "krai", "республика": "republic", "республіка": "republic", "округ": "district",
    "район": "district", "губерния": "province", "громада": "district", "море": "sea", "река": "river",
    "річка": "river", "озеро": "lake", "полуостров": "peninsula", "півострів": "peninsula", "остров": "island",
    "острів": "island", "обл": "region",
}
#: abbreviated type words ("Донецька обл.") → the word they stand for
ABBREVIATED_TYPES = {"обл": "область"}
_KOREAN_TYPES = {"도": "province", "주": "region", "시": "city", "군": "county", "구": "district"}
#: Korean nouns glued to a country that make it an adjective ("러시아군", "북한측", "한국인")
_KOREAN_ADJECTIVAL = {"군", "측", "인", "산", "제", "계", "식"}
#: a road before a place is not the first part of its address
_KOREAN_ROADS = ("고속도로", "도로", "국도", "대로")
KOREAN_LOCATIVE_PARTICLES = {"에서", "에", "으로", "로", "까지"}
#: words before a name that make it an organisation's ("МИД России" still names Russia, but
#: "Банк России" a bank): only these block
_ORG_HEADS = {"банк", "университет", "академия", "агентство", "компания", "фонд", "газета", "телеканал",
              "банку", "університет", "академія", "агентство", "компанія", "газета", "телеканал", "радио", "радіо"}


def geoparse_native(text: str, language: str, *, analysis: Analysis | None = None,
                    gazetteer: Gazetteer | None = None, names: NameIndex | None = None) -> list[PlaceMention]:
    """Place mentions of ``text`` (written in ``language``) in document order, resolved where possible.

    ``analysis`` is the language pipeline's reading of exactly ``text``, when the caller has it.

    >>> [(m.text, m.name) for m in geoparse_native("Лавров прибыл в Вонсан.", "ru")]   # doctest: +SKIP
    [('Вонсан', 'Wonsan')]
    """
    pipeline = load_pipeline(language)
    if analysis is None:
        analysis = pipeline.analyze(text)
    gaz = gazetteer or get_gazetteer()
    index = names or get_names()
    if language == "ko":
        found = _korean_learned(analysis, index)
    elif language in ("ru", "uk"):
        found = _cyrillic(analysis, pipeline, index)
    else:
        found = _latin(analysis, index, gaz)
    found.sort(key=lambda item: item[0].start)
    toponyms = [t for t, _ in found]
    keys = {t.text: key for t, (key, _) in found}
    chosen = resolve(toponyms, gaz, candidates=[cands for _, (_, cands) in found],
                     key=lambda name: keys.get(name) or name_key(name))
    return [to_mention(t, r) for t, r in zip(toponyms, chosen)]


Found = tuple[Toponym, tuple[str, list[Candidate]]]


def _country_candidate(code: str) -> list[Candidate]:
    found = get_gazetteer().country(code)
    if found is None:
        return []
    found["match"] = "name"
    return [found]


def _adjective(word: Word, language: str) -> Found | None:
    code = curated_names.ADJECTIVES.get(language, {}).get(word.lemma) or curated_names.ADJECTIVES.get(
        language, {}).get(word.text.lower())
    if not code:
        return None
    return Toponym(word.start, word.end, word.text, "adjectival", "NORP"), (word.lemma, _country_candidate(code))


def _acceptable(cands: list[Candidate], words: int, language: str, *, abbreviation: bool = False) -> list[Candidate]:
    """The candidates a name may stand for; a single word must name something big enough."""
    if words > 1:
        return cands
    if abbreviation:  # "РФ", "США": only the names the curated lists and CLDR give, not "ПАТ" (a company form)
        return [c for c in cands if c.get("match") == "name"]
    minimum = MIN_TOWN_POPULATION[language]
    return [c for c in cands if c["feature"] in _BIG or (c["population"] or 0) >= minimum
            or c["feature"] == "admin2" and c.get("match") != "weak"]


# --------------------------------------------------------------------------- Russian, Ukrainian

def _cyrillic(analysis: Analysis, pipeline: LanguagePipeline, index: NameIndex) -> list[Found]:
    language = analysis.language
    text = analysis.text
    words = analysis.words
    found: list[Found] = []
    taken = [False] * len(words)
    start_of = {w.start: i for i, w in enumerate(words)}
    blocked = [False] * len(words)
    for entity in analysis.entities:
        if entity.label in ("PER", "ORG"):
            for i, w in enumerate(words):
                if entity.start <= w.start and w.end <= entity.end:
                    blocked[i] = entity.label == "PER"

    def lookup(run: list[Word]) -> tuple[str, list[Candidate]]:
        forms = [(ABBREVIATED_TYPES[w.text.lower()],) if w.text.lower() in ABBREVIATED_TYPES
                 else pipeline.base_forms(w.text)[:5] for w in run]
        keys = [" ".join(c) for c in itertools.islice(itertools.product(*forms), 40)]
        cands = index.lookup_keys([name_key(k) for k in keys], language=language)
        return (name_key(keys[0]) if not cands else _best_key(keys, index)), cands

    def add(i: int, j: int, label: str, *, keep_unknown: bool = False) -> bool:
        run = words[i:j]
        if _in_quotes(text, run[0].start, titles_only=language == "uk") or any(blocked[i:j]) or any(taken[i:j]):
            return False
        if label != "LOC" and _after_org_head(words, i):
            return False
        if language == "uk" and _in_name_chain(words, i, pipeline, lambda k: taken[k] or bool(
                _acceptable(lookup([words[k]])[1], 1, language)) and _proper_reading(words[k], pipeline)):
            for k in range(i, j):  # "Ради міністрів Автономної Республіки Крим": no part of it either
                blocked[k] = True
            key, cands = lookup(run)
            countries = [c for c in cands if c["feature"] == "country" and c.get("match") == "name"]
            if countries and j - i == 1:  # "Міністерство оборони України": Ukraine's, as "українське" is
                found.append((Toponym(run[0].start, run[-1].end, run[0].text, "adjectival", "NORP"), (key, countries)))
                taken[i] = True
            return False
        key, cands = lookup(run)
        cands = _acceptable(cands, j - i, language, abbreviation=j - i == 1 and (
            _abbreviation(run[0].text) if language == "uk" else run[0].text.isupper()))
        if language == "uk" and j - i == 1 and _continued(words, j, text, pipeline) and not (
                taken[j] or _acceptable(lookup([words[j]])[1], 1, language)):
            return False  # "у Високому Замку": one word of a longer name the gazetteer lacks
        listed = i >= 2 and words[i - 1].text in (",", "та", "і", "й") and taken[i - 2]  # "Галич, Бурштин"
        if language == "uk" and j - i == 1 and cands and not _ukrainian_single(run[0], words, i, pipeline, cands,
                                                                              listed=listed):
            return False
        if not cands and not keep_unknown:
            return False
        type_word = TYPE_WORDS.get(run[-1].lemma) or TYPE_WORDS.get(run[0].lemma)
        toponym = Toponym(run[0].start, run[-1].end, text[run[0].start:run[-1].end], "name", label, type_word,
                          next_word=words[j].lemma if j < len(words) else "")
        found.append((toponym, (key, cands)))
        for k in range(i, j):
            taken[k] = True
        return True

    if language == "uk":  # "вул. Кольцова, 14": an address, with no gazetteer entry; no town inside it
        for i, j in _streets(words, text):
            if not any(taken[i:j]) and not _in_quotes(text, words[i].start, titles_only=True):
                found.append((Toponym(words[i].start, words[j - 1].end, text[words[i].start:words[j - 1].end],
                                      "name", "STREET", "street"), ("", [])))
                for k in range(i, j):
                    taken[k] = True
    for entity in analysis.entities:
        if entity.label != "LOC" or entity.start not in start_of:
            continue
        i = start_of[entity.start]
        j = i
        while j < len(words) and words[j].end <= entity.end:
            j += 1
        # "Київській" + "області": the type word natasha left out belongs to the name
        typed = j
        while typed < len(words) and words[typed].lemma in TYPE_WORDS and words[typed].text.islower():
            typed += 1
        if typed > j and add(i, typed, "LOC"):
            continue
        if language == "uk" and i > 0 and words[i - 1].text.isupper() and len(words[i - 1].text) >= 2 \
                and text[words[i - 1].end:words[i].start] == " " and add(i - 1, j, "LOC"):
            continue  # "АР Крим": an abbreviation natasha left out, with which the name is known
        if add(i, j, "LOC"):
            continue
        # "Белгородской области" unknown whole: the name before the type word may be known
        k = j
        while k - 1 > i and words[k - 1].lemma in TYPE_WORDS:
            k -= 1
        if k < j and add(i, k, "LOC"):
            continue
        # natasha's Russian places are right nine times in ten: an unknown one is kept, unresolved
        add(i, j, "LOC", keep_unknown=language == "ru")
    for i, word in enumerate(words):
        letters = word.text.replace("-", "") if language == "uk" else word.text  # "Івано-Франківську"
        if taken[i] or blocked[i] or not word.text[:1].isupper() or not letters.isalpha():
            continue
        if word.pos in ("ADP", "CCONJ", "PART", "PRON", "VERB") or len(word.text) < 2:
            continue
        adjective = _adjective(word, language)
        if adjective is not None:
            found.append(adjective)
            taken[i] = True
            continue
        if word.pos == "ADJ" and any(add(i, i + length, "GAZ") for length in (3, 2) if _capitalised_run(
                words, i, i + length, text)):
            continue  # "Західна Європа", "Північне море": the names index knows the whole
        if not _name_like(word, words, i, pipeline):
            # a country's or region's own name in this language ("Україна") is always a place
            key, cands = lookup([word])
            if any(c.get("match") == "name" and c["feature"] in _BIG for c in cands) and not word.text.isupper():
                add(i, i + 1, "GAZ")
            elif language == "uk" and _big_city_inside_sentence(word, words, i, cands, pipeline):
                add(i, i + 1, "GAZ")  # "у Кракові": the dictionary knows the word, not as a place
            continue
        for length in (4, 3, 2, 1):
            j = i + length
            if j > len(words):
                continue
            if length > 1 and not _capitalised_run(words, i, j, text):
                continue
            if add(i, j, "GAZ"):
                break
    for i, word in enumerate(words):
        if not taken[i] and word.pos == "ADJ" and not word.text[:1].isupper():
            adjective = _adjective(word, language)
            if adjective is not None:
                found.append(adjective)
    if language == "uk":
        found = _ukrainian_spans(found, words, text, taken)
    return found


#: Ukrainian words and abbreviations of streets and squares, by their lemma
STREET_WORDS = {"вулиця", "вул", "проспект", "просп", "пр", "провулок", "пров", "бульвар", "б-р", "площа", "пл",
                "узвіз", "шосе"}
_ABBREVIATED_STREETS = {"вул", "просп", "пр", "пров", "б-р", "пл"}


def _streets(words: list[Word], text: str) -> list[tuple[int, int]]:
    """Word ranges of Ukrainian street addresses: a street word and its capitalised name, with
    initials ("вул. Р. Люксембург"), numbers inside ("вул. 50 років Жовтня") and the house
    number after it ("вулиці Літкенса, 8", "просп. Гагаріна 362"), as NER-UK marks them."""
    def glued(j: int) -> int:  # "В" + "'ячеслава", "15" + "д": one word the tokenizer split
        while j < len(words) and words[j].start == words[j - 1].end and (
                words[j].text[:1].isalnum() or words[j].text[:1] in "'’ʼ"):
            j += 1
        return j

    found = []
    i = 0
    while i < len(words):
        word = words[i]
        low = word.text.lower()
        abbreviated = low in _ABBREVIATED_STREETS
        if not (abbreviated or word.lemma in STREET_WORDS) or word.text[:1].isupper() and not abbreviated \
                or "plur" in word.tag:  # "на вулицях Києва"
            i += 1
            continue
        j = i + 1
        if abbreviated:
            if j < len(words) and words[j].text == ".":
                j += 1  # "вул.", "вул ." (NER-UK's tokenised text)
            elif low != "вул":
                i += 1
                continue
        start_name = j
        named = False
        while j < len(words):
            w = words[j]
            if w.text[:1].isupper() and w.text.replace("-", "").replace("'", "").replace("’", "").isalpha():
                named = True
                j = glued(j + 1)
                if len(w.text) == 1 and j < len(words) and words[j].text == ".":
                    j += 1  # an initial
            elif w.text[:1].isdigit() and j + 1 < len(words) and not named and (
                    words[j + 1].text[:1].isupper() or words[j + 1].text.islower() and j + 2 < len(words)
                    and words[j + 2].text[:1].isupper()):
                j += 2 if words[j + 1].text.islower() else 1  # "50 років Жовтня", "40-річчя Перемоги"
            else:
                break
        if not named or j == start_name:
            i += 1
            continue
        # the house number: "Крилова, 7", "Гагаріна 362", "Ватутіна, 20 / 1"
        k = j + 1 if j < len(words) and words[j].text == "," else j
        if k + 2 < len(words) and words[k].text == "буд" and words[k + 1].text == ".":
            k += 2  # "вул. Промислова, буд. 29"
        if k < len(words) and words[k].text[:1].isdigit() and len(words[k].text) <= 8:
            j = glued(k + 1)
            if j + 1 < len(words) and words[j].text == "/" and words[j + 1].text[:1].isdigit():
                j = glued(j + 2)
        found.append((i, j))
        i = j
    return found


def _capitalised_run(words: list[Word], i: int, j: int, text: str) -> bool:
    """Whether ``words[i:j]`` may be one multi-word name: within the text, every word after the
    first capitalised or a type word ("Київській області"), one space or hyphen apart."""
    if j > len(words) or j - i < 2:
        return False
    run = words[i:j]
    return all(w.text[:1].isupper() or w.lemma in TYPE_WORDS for w in run[1:]) and all(
        text[a.end:b.start] in (" ", "-") for a, b in zip(run, run[1:]))


#: capitalised adjectives of a part of a land ("Західна Україна", "Східній Європі")
_PART_ADJECTIVES = {"західний", "східний", "північний", "південний", "центральний", "південно-східний",
                    "північно-східний", "південно-західний", "північно-західний", "центрально-східний"}
_COORDINATORS = {"та", "і", "й", ","}
#: forms of type words that may be plural ("Харківська та Сумська області")
_PLURAL_TYPE_FORMS = {"області", "районі", "райони", "моря"}


def _ukrainian_spans(found: list[Found], words: list[Word], text: str, taken: list[bool]) -> list[Found]:
    """NER-UK's spans of places: the part of a land with its capitalised adjective ("Західній
    Україні": the adjective belongs to the place, which is still Ukraine), and coordinated
    subdivisions with their one plural type word ("Донецькій та Луганській областях": one span,
    resolved as its last member)."""
    index_of = {w.start: k for k, w in enumerate(words)}
    end_of = {w.end: k for k, w in enumerate(words)}
    out: list[Found] = []
    for toponym, resolved in found:
        first, last = index_of.get(toponym.start), end_of.get(toponym.end)
        if toponym.role != "name" or first is None or last is None:
            out.append((toponym, resolved))
            continue
        start = toponym.start
        k = first - 1
        if k >= 0 and not taken[k] and words[k].pos == "ADJ" and words[k].lemma in _PART_ADJECTIVES \
                and words[k].text[:1].isupper() and text[words[k].end:start] == " ":
            start = words[k].start
            taken[k] = True
        elif ("plur" in words[last].tag or words[last].text.lower() in _PLURAL_TYPE_FORMS) \
                and words[last].lemma in TYPE_WORDS and last > first:
            k = first - 1  # the last two joined by a conjunction, earlier ones by commas
            while k >= 1 and (words[k].lemma in _COORDINATORS if k < first - 1 else words[k].text != ",") \
                    and words[k].lemma in _COORDINATORS and words[k - 1].pos == "ADJ" and words[k - 1].text[:1].isupper():
                start = words[k - 1].start
                k -= 2
                if k >= 0 and words[k].text != ",":
                    break
        if start == toponym.start:
            out.append((toponym, resolved))
            continue
        merged = Toponym(start, toponym.end, text[start:toponym.end], "name", toponym.label, toponym.type_word,
                         next_word=toponym.next_word)
        out.append((merged, resolved))
    spans = [(t.start, t.end) for t, _ in out]
    return [(t, r) for t, r in out  # the members of a merged span are no places of their own
            if not any(a <= t.start and t.end <= b and (a, b) != (t.start, t.end) for a, b in spans)]


def _name_like(word: Word, words: list[Word], i: int, pipeline: LanguagePipeline) -> bool:
    """Whether a capitalised word may start a place name the NER missed: an abbreviation
    ("РФ", "США"), or a word the dictionary knows as a place name (Russian "Geox") or as a
    proper noun (Ukrainian lexemes with their own gender), or does not know at all; not a
    common word opening a sentence ("Таким", "Начало")."""
    text = word.text
    if text.isupper() and len(text) >= 2:
        return True
    if pipeline.language == "uk" and _after_settlement_abbreviation(words, i):
        return True  # "у м. Дніпрі", "в с. Стоянка"
    if i + 1 < len(words) and words[i + 1].lemma in TYPE_WORDS:
        return True  # "Дніпропетровській області"
    morphology = getattr(pipeline, "morphology", None)
    if morphology is None:
        return True
    parses = morphology.parse(text.lower())
    # Ukrainian: any reading ("Луцька" is first an adjective and a surname, then Луцьк's genitive)
    proper_place = [p for p in (parses if pipeline.language == "uk" else parses[:4]) if p.tag.POS == "NOUN"
                    and "inan" in p.tag.grammemes and str(p.tag).split(" ")[0].count(",") >= 2]
    if pipeline.language == "uk" and morphology.analyzer.word_is_known(text.lower()) \
            and morphology.is_person_name(text) and not proper_place:
        return False  # "Петро", "Володимир": people ("Львові" is also a surname's form, but a town's first)
    following = words[i + 1] if i + 1 < len(words) else None
    if following is not None and following.sentence == word.sentence and following.text[:1].isupper() \
            and following.text.isalpha() and morphology.is_person_name(text) and following.lemma not in TYPE_WORDS:
        return False  # "Володимир Грабчак": a first name before a surname
    if any("Geox" in p.tag.grammemes for p in parses[:4]):
        return True
    if not morphology.analyzer.word_is_known(text.lower()):
        return True
    first = i == 0 or words[i - 1].sentence != word.sentence or words[i - 1].text in ("«", "\"", "(", "—", "-")
    if first:
        return False
    if pipeline.language == "uk":
        return bool(proper_place)
    return False


def _big_city_inside_sentence(word: Word, words: list[Word], i: int, cands: list[Candidate],
                              pipeline: LanguagePipeline) -> bool:
    """Whether a capitalised word after a preposition or "м." ("у Кракові", "в м. Дніпрі"),
    not a person's name nor glued to more letters ("Мар'яна" split at its apostrophe) nor an
    adjective of the next word ("у Київському університеті"), names a city of 100,000 people."""
    morphology = getattr(pipeline, "morphology", None)
    if not _after_settlement_abbreviation(words, i) and (
            i == 0 or words[i - 1].sentence != word.sentence or words[i - 1].pos != "ADP"):
        return False
    if not word.text[1:].replace("-", "").islower():
        return False
    if i + 1 < len(words) and words[i + 1].start == word.end and words[i + 1].text[:1] not in ".,;:!?)»\"":
        return False
    following = words[i + 1] if i + 1 < len(words) and words[i + 1].sentence == word.sentence else None
    if morphology is not None and (morphology.is_person_name(word.text) or any(
            p.tag.POS in ("ADJF", "PRTF") for p in morphology.parse(word.text.lower())[:1]) and following is not None
            and following.text.isalpha() and (following.pos in ("NOUN", "ADJ") or following.text[:1].isupper())):
        return False
    return any(c["feature"] == "city" and (c["population"] or 0) >= 100_000 and c.get("match") != "weak" for c in cands)


def _continued(words: list[Word], j: int, text: str, pipeline: LanguagePipeline) -> bool:
    """Whether ``words[j]`` continues the name before it: a capitalised noun one space after
    it, in the same sentence, and no person's name ("Києві Петро Порошенко" is two names)."""
    if j >= len(words) or j == 0 or words[j].sentence != words[j - 1].sentence:
        return False
    word = words[j]
    morphology = getattr(pipeline, "morphology", None)
    return text[words[j - 1].end:word.start] == " " and word.text[:1].isupper() and word.text.isalpha() \
        and word.pos in ("NOUN", "PROPN") and not word.text.isupper() and word.lemma not in TYPE_WORDS \
        and not (morphology is not None and (morphology.is_person_name(word.text) or morphology.is_animate_noun(
            word.text)))


def _after_settlement_abbreviation(words: list[Word], i: int) -> bool:
    """Whether ``words[i]`` follows "м." or "с." (a town, a village): the sentence splitter
    may have ended a sentence at that full stop."""
    return i >= 2 and words[i - 1].text == "." and words[i - 2].text.lower() in ("м", "с", "смт", "сел")


def _best_key(keys: list[str], index: NameIndex) -> str:
    return next((name_key(k) for k in keys if index.has_key(name_key(k))), name_key(keys[0]))


#: a quotation longer than this many words is speech, not a title ("«Тендери в Україні давно ...»")
_TITLE_WORDS = 6


def _in_quotes(text: str, start: int, *, titles_only: bool = False) -> bool:
    """Whether ``start`` lies inside quotes; with ``titles_only``, inside a quoted title
    («Нафтогаз України»), not in quoted speech, where a place is still a place (NER-UK's
    convention; the Russian rules still skip every quotation)."""
    before = text[max(0, start - 200):start]
    opened = open_quotation(before)
    if opened < 0:
        return False
    if not titles_only:
        return True
    closing = text.find("»", start)
    inner = text[max(0, start - 200) + opened + 1:closing if closing >= 0 else start + 200]
    return len(inner.split()) <= _TITLE_WORDS


def _after_org_head(words: list[Word], i: int) -> bool:
    return any(w.lemma in _ORG_HEADS for w in words[max(0, i - 2):i])


def _in_name_chain(words: list[Word], i: int, pipeline: LanguagePipeline,
                   is_place: Callable[[int], bool] = lambda k: False) -> bool:
    """Whether the place at ``words[i]`` ends the name of an organisation, an office or a law:
    in the genitive after a chain of nouns and adjectives that starts with a capitalised word
    or an abbreviation or holds an institution's noun ("Верховної Ради України", "Інституту мови
    НАН України", "прокуратури Одеської області"), or in the locative after "в"/"у" that follows
    such a chain ("Управління СБУ у Волинській області"). NER-UK counts no place inside such a
    name; a chain of common words ("на території України", "мешканка Києва") leaves it a place."""
    morphology = getattr(pipeline, "morphology", None)
    if morphology is None:
        return False
    cases = {case for p in morphology.parse(words[i].text.lower()) for case in ("gent", "loct") if case in p.tag.grammemes}
    if not cases:
        return False
    j = i - 1
    if _after_settlement_abbreviation(words, i):
        j = i - 2  # "суду м. Києва": the splitter may end a sentence at "м."
    sentence = words[j].sentence if j >= 0 else words[i].sentence
    if "gent" not in cases:  # the locative: only after "в"/"у" and an institution before it
        if j < 1 or words[j].text.lower() not in ("в", "у") and not (
                words[j].lemma in ("місто", "м", ".") and j >= 2 and words[j - 1].text.lower() in ("в", "у", "м")):
            return False
        while j >= 0 and words[j].text.lower() not in ("в", "у"):
            j -= 1  # "у місті Києві", "у м. Києві"
        j -= 1
        located = True
    else:
        located = False
    steps = 0
    while j >= 0 and words[j].sentence == sentence and steps < 6:
        word = words[j]
        if word.text == "." and j > 0 and words[j - 1].text in ("м", "міста"):
            j -= 1  # "суду м. Києва"
            continue
        if not word.text.replace("-", "").isalpha() or word.pos not in ("NOUN", "PROPN", "ADJ", "X"):
            return False
        if located and word.lemma in _INSTITUTIONS:
            return True  # "інспекції у Херсонській області", "управління Держгеокадастру у Волинській області"
        if word.text.isupper() and len(word.text) >= 2:
            # "НАН України", "ЗС України", "ГУ СБУ в Київській області" (not "WWF в Україні")
            return not located or word.text in _STATE_ABBREVIATIONS
        if located or word.lemma in _PART_ADJECTIVES:
            pass  # "музею в Ялті": a capitalised word alone makes no institution; "Західної України"
        elif j == i - 1 and word.text[:1].isupper() and is_place(j):
            return False  # "у Жмеринці Вінницької області": a town and its oblast
        elif word.text[:1].isupper():
            first = j == 0 or words[j - 1].sentence != sentence
            # "Вищий господарський суд України" opens its sentence
            return not first or any(w.lemma in _NAME_CHAIN_HEADS for w in words[j:i])
        j -= 1
        steps += 1
        if j > 0 and words[j].lemma in ("і", "та", "й") and words[j - 1].text.islower():
            j -= 1  # "Міністерства доходів і зборів України": common words on both sides
    return False


#: abbreviations of state offices ("ГУ СБУ в Київській області")
_STATE_ABBREVIATIONS = {"СБУ", "ГУ", "ДПІ", "ДФС", "МНС", "ДСНС", "УМВС", "ГУМВС", "МВС", "НП", "ДАБІ", "ГУНП",
                        "ДАІ", "РДА", "ОДА", "ДСА", "ДМС", "ДПС", "УСБУ"}
#: nouns of state offices: a place after one and "в"/"у" is part of its name ("інспекції у
#: Херсонській області", "Управління СБУ у Волинській області")
_INSTITUTIONS = {"управління", "служба", "інспекція", "прокуратура", "департамент", "нацполіція", "поліція",
                 "держгеокадастр", "держказначейство", "казначейство", "відділ"}


def _abbreviation(text: str) -> bool:
    """"США", "РФ", and company forms written in mixed case ("ПрАТ", "ТзОВ")."""
    return len(text) >= 2 and (text.isupper() or text[:1].isupper() and any(
        c.isupper() and text[k - 1] != "-" for k, c in enumerate(text[1:], 1)))  # not "Івано-Франківськ"


def _ukrainian_single(word: Word, words: list[Word], i: int, pipeline: LanguagePipeline,
                      cands: list[Candidate], *, listed: bool = False) -> bool:
    """Whether one Ukrainian word may be a place on its own (its candidates are known):
    not a surname after an initial ("Б. Хмельницького"), not a pronoun opening a sentence
    ("Того ж дня", not Togo), not an adjective ("Луганського гарнізону": a village's name
    too), and, when the dictionary reads it as a common word or a person's name ("Доля",
    "Іванці"), only the name of something big (a country, a region, a city of 100,000)."""
    if any(c["feature"] in _BIG and c.get("match") == "name" for c in cands):
        return not (i == 0 or words[i - 1].sentence != word.sentence) or not _function_word(word, pipeline, 10)
    morphology = getattr(pipeline, "morphology", None)
    if morphology is None or _abbreviation(word.text):
        return True
    parses = morphology.parse(word.text.lower())
    # read as an adjective, and as no noun but one shaped like it ("Луганського": луганське, a
    # village; not "Луганську", also the town Луганськ)
    adjective = bool(parses) and parses[0].tag.POS in ("ADJF", "ADJS", "PRTF") and all(
        p.normal_form.endswith(("ий", "ій", "е", "а", "я")) for p in parses if p.tag.POS == "NOUN")
    if i >= 2 and words[i - 1].text == "." and len(words[i - 2].text) == 1 and words[i - 2].text.isupper() and (
            adjective or morphology.is_person_name(word.text)):
        return False  # "Б. Хмельницького": a surname after an initial
    following = words[i + 1] if i + 1 < len(words) and words[i + 1].sentence == word.sentence else None
    if adjective and following is not None and following.text.isalpha() and following.lemma not in TYPE_WORDS and (
            following.text[:1].isupper() or following.pos in ("NOUN", "ADJ")):
        return False  # "Луганського гарнізону", "Високому Замку": an adjective of a longer name
    if _function_word(word, pipeline):
        return False
    big = any(c["feature"] in _BIG or (c["population"] or 0) >= 100_000 for c in cands)
    if not morphology.analyzer.word_is_known(word.text.lower()):
        return len(word.text) > 2 or big  # "Ой" (an interjection the dictionary lacks) is no town
    proper = any(_proper_place(p) or "Geox" in p.tag.grammemes for p in parses)
    if big:
        return True
    if not proper:
        return False
    # a common word or a person's name too ("Доля": fate, and a village; "бабі Галі"): a small
    # place only after a preposition, a word for a settlement ("у Бучі", "село Доля") or
    # another place in a list (``listed``: "Галич, Бурштин")
    other = any(p.tag.POS == "NOUN" and not _proper_place(p) or _NAME_TAGS & p.tag.grammemes for p in parses)
    previous = words[i - 1] if i > 0 and words[i - 1].sentence == word.sentence else None
    return not other or listed or previous is not None and (
        previous.pos == "ADP" or previous.lemma in _SETTLEMENT_WORDS)


#: words for settlements before a name ("село Доля", "смт Кіровське", "м. Буча")
_SETTLEMENT_WORDS = {"село", "селище", "смт", "місто", "м", "с", "хутір", "містечко", "станиця", "."}


def _proper_place(parse) -> bool:
    """A Ukrainian dictionary reading of a proper inanimate noun: its gender in the lexeme's
    part of the tag ("NOUN,masc,inan" for Харків; common nouns: "NOUN,inan")."""
    return parse.tag.POS == "NOUN" and "inan" in parse.tag.grammemes and str(parse.tag).split(" ")[0].count(",") >= 2


def _proper_reading(word: Word, pipeline: LanguagePipeline) -> bool:
    """Whether the dictionary reads a word as a proper noun of a place (see :func:`_proper_place`)."""
    morphology = getattr(pipeline, "morphology", None)
    return morphology is not None and any(_proper_place(p) for p in morphology.parse(word.text.lower()))


def _function_word(word: Word, pipeline: LanguagePipeline, readings: int = 3) -> bool:
    """Whether one of the first ``readings`` dictionary readings of a word is a pronoun, a
    conjunction, a preposition, a particle, an interjection or an adverb ("Того", "Ой")."""
    morphology = getattr(pipeline, "morphology", None)
    return morphology is not None and any(p.tag.POS in ("NPRO", "CONJ", "PREP", "PRCL", "INTJ", "PRED", "ADVB")
                                          for p in morphology.parse(word.text.lower())[:readings])


#: nouns that open an organisation's or an office's name even at the start of a sentence
_NAME_CHAIN_HEADS = {"міністерство", "міністр", "рада", "суд", "прокуратура", "служба", "комітет", "інститут",
                     "університет", "академія", "банк", "управління", "департамент", "кабінет", "президент",
                     "агентство", "фонд", "асоціація", "спілка", "партія", "закон", "конституція", "кодекс",
                     "генеральний", "верховний", "національний", "державний", "апеляційний", "господарський"}


# --------------------------------------------------------------------------- Korean

def _korean(analysis: Analysis, index: NameIndex) -> list[Found]:
    words = analysis.words
    text = analysis.text
    spans: list[tuple[int, int, str, list[Candidate], str | None]] = []
    i = 0
    people = {e.start for e in analysis.entities if e.label == "PER"}
    while i < len(words):
        word = words[i]
        if word.tag != "NNP" or len(word.text) < 2:
            i += 1
            continue
        j = i + 1
        end = word.end
        while j < len(words) and words[j].start == end and words[j].lemma in KOREAN_SUFFIXES and words[j].tag in (
                "NNG", "NNP", "XSN", "NNB"):
            end = words[j].end
            j += 1
        surface = text[word.start:end]
        cands = index.lookup_keys([name_key(surface)], language="ko") if end > word.end else []
        if not cands:  # "러시아군": the army of Russia, not a county
            end, j = word.end, i + 1
            surface = word.text
            cands = index.lookup_keys([name_key(surface)], language="ko")
        type_word = _KOREAN_TYPES.get(surface[-1]) if end > word.end else None
        following = words[j] if j < len(words) else None
        glued = following is not None and following.start == end
        if word.start in people:  # "케리 장관" is Kerry, not Cary; "미국 대통령" still names the country
            cands = [c for c in cands if c["feature"] in _BIG]
        if cands:
            countries = [c for c in cands if c["feature"] == "country"]
            # "러시아군" (its army), "북한측": the country names an actor, as an adjective does,
            # and locates nothing
            if glued and following.lemma in _KOREAN_ADJECTIVAL and countries:
                spans.append((word.start, word.end, "adjectival", countries, None))
            else:
                spans.append((word.start, end, "name", cands, type_word))
        elif glued and following.tag == "JKB" and following.lemma in KOREAN_LOCATIVE_PARTICLES:
            spans.append((word.start, end, "name", [], None))  # "...에서": a place the gazetteer lacks
        i = j
    return _korean_addresses(spans, text, keep_earlier_candidates=False)


def _korean_addresses(spans: list[tuple[int, int, str, list[Candidate], str | None]], text: str, *,
                      keep_earlier_candidates: bool) -> list[Found]:
    """The Korean spans as toponyms, places a space apart joined into one address whose last
    part is the place ("미국 펜실베이니아주 피츠버그"); not after a road ("<영동고속도로:LC> <강릉:LC>
    방향", KLUE-NER train 00000). With ``keep_earlier_candidates``, an address whose last part
    the index lacks keeps the candidates of the part before it."""
    found: list[Found] = []
    for start, end, role, cands, type_word in spans:
        if found and role == "name" and found[-1][0].role == "name" and text[found[-1][0].end:start] == " " \
                and not found[-1][0].text.endswith(_KOREAN_ROADS):
            previous, (_, previous_cands) = found[-1]
            merged = Toponym(previous.start, end, text[previous.start:end], "name", "NNP", type_word)
            kept = cands or previous_cands if keep_earlier_candidates else cands
            found[-1] = (merged, (name_key(text[start:end]), kept))
            continue
        found.append((Toponym(start, end, text[start:end], role, "NNP", type_word), (name_key(text[start:end]), cands)))
    return found


@functools.cache
def _curated_korean() -> frozenset[str]:
    return frozenset(name for names in curated_names.NAMES.values() for name in names.get("ko", ()))


def _korean_learned(analysis: Analysis, index: NameIndex) -> list[Found]:
    """Korean places as the model learned from KLUE-NER train decides them
    (:mod:`geodata.toponyms.korean_model`), resolved through the names index where it knows
    them; the rules' adjectives ("러시아군") are kept."""
    from geodata.toponyms.korean_model import get_model, index_view

    words = analysis.words
    text = analysis.text
    model = get_model()

    looked_up: dict[str, list[Candidate]] = {}

    def lookup(key: str) -> list[Candidate]:
        # the model asks for every candidate span, and the chosen spans are looked up again
        if key not in looked_up:
            looked_up[key] = index.lookup_keys([key], language="ko")
        return looked_up[key]

    people = {e.start for e in analysis.entities if e.label == "PER"}
    # the project's own names (키이우, 하르키우) where KLUE's train sentences never saw them
    vouched = {(w.start, w.end) for w in words if w.tag == "NNP" and w.text in _curated_korean()
               and w.text not in model.lexicon}
    spans: list[tuple[int, int, str, list[Candidate], str | None]] = []
    for span, _ in model.spans(words, text, lambda surface: index_view(lookup, surface), vouched):
        run = words[span.i:span.j]
        cands = lookup(name_key(span.text))
        type_word = None
        if not cands and len(run) > 1 and run[-1].lemma in KOREAN_SUFFIXES and run[-1].start == run[-2].end:
            cands = lookup(name_key(text[span.start:run[-2].end]))  # "펜실베이니아주": the state's name
        if not cands and len(run) > 1 and run[0].tag == "NNP":
            # "부평역", "해운대 해수욕장": a landmark the index lacks, placed at the town it is named
            # after; not at a country ("중국대사관" stands in Seoul)
            cands = [c for c in lookup(name_key(run[0].text)) if c["feature"] in _TOWNS and c.get("match") != "weak"]
        if len(run) > 1 and run[-1].start == run[-2].end:
            type_word = _KOREAN_TYPES.get(span.text[-1])
        if span.start in people:
            cands = [c for c in cands if c["feature"] in _BIG]
        spans.append((span.start, span.end, "name", cands, type_word))
    taken = [(s, e) for s, e, *_ in spans]
    for toponym, (key, cands) in _korean(analysis, index):
        if toponym.role == "adjectival" and not any(s < toponym.end and toponym.start < e for s, e in taken):
            spans.append((toponym.start, toponym.end, "adjectival", cands, None))
    spans.sort()
    return _korean_addresses(spans, text, keep_earlier_candidates=True)


# --------------------------------------------------------------------------- French, Spanish

def _latin(analysis: Analysis, index: NameIndex, gazetteer: Gazetteer) -> list[Found]:
    language = analysis.language
    found: list[Found] = []
    for word in analysis.words:
        if not word.text[:1].isupper():
            adjective = _adjective(word, language)
            if adjective is not None:
                found.append(adjective)
    for entity in analysis.entities:
        name = entity.text
        if analysis.text[entity.end:entity.end + 1] == "$":
            continue  # "US$": a currency
        cands = index.lookup_keys([name_key(name)], language=language)
        own = {c["id"] for c in cands}
        cands += [c for c in gazetteer.lookup(name, limit=10) if c["id"] not in own]
        words = len(name.split())
        after_preposition = _after_locative(analysis, entity.start)
        cands = [c for c in cands if c.get("match") != "weak"]
        if not after_preposition:
            cands = _acceptable(cands, words, language)
        if not cands:
            continue
        found.append((Toponym(entity.start, entity.end, name, "name", "NAME"), (normalize(name), cands)))
    return found


_LOCATIVE = re.compile(r"(?:\b(?:en|à|a|au|dans|près de|cerca de|desde|hacia|de)\s+)$", re.I)


def _after_locative(analysis: Analysis, start: int) -> bool:
    return bool(_LOCATIVE.search(analysis.text[max(0, start - 12):start]))
