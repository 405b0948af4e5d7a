"""Places in Russian, Ukrainian, Korean, French and Spanish text: recognised over the language's
:class:`~geodata.language.analysis.Analysis`, resolved by the same resolver as English.

Recognition, per language:

- Russian and Ukrainian: natasha's LOC entities, and capitalised runs of words (with a lower-case
  type word such as "область") whose nominative is a known place name; a single word must
  name a country, region, subdivision or a town of 1,000 people, and not stand in a person's
  name, an organisation's name ("МИД России" names Russia all the same) or quotes.
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

from geodata.gazetteer import curated_names
from geodata.gazetteer.index import Candidate, Gazetteer, get_gazetteer, normalize
from geodata.gazetteer.names import KOREAN_SUFFIXES, NameIndex, get_names, name_key
from geodata.language.analysis import Analysis, Word
from geodata.language.native import LanguagePipeline, load_pipeline
from geodata.model import PlaceMention
from geodata.toponyms.recognize import Toponym
from geodata.toponyms.resolve import resolve, to_mention

logger = logging.getLogger(__name__)

_BIG = {"country", "continent", "admin1", "region", "water", "landform"}
_TOWNS = {"admin1", "admin2", "city"}
#: a single word naming a town this small is more often something else
MIN_TOWN_POPULATION = {"ru": 1_000, "uk": 1_000, "fr": 20_000, "es": 20_000, "ko": 0}
#: words that make a place name a subdivision or a district, per language → the English type word
TYPE_WORDS = {
    "область": "region", "край": "krai", "республика": "republic", "республіка": "republic", "округ": "district",
    "район": "district", "губерния": "province", "громада": "district", "море": "sea", "река": "river",
    "річка": "river", "озеро": "lake", "полуостров": "peninsula", "півострів": "peninsula", "остров": "island",
    "острів": "island",
}
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
        forms = [pipeline.base_forms(w.text)[:5] for w in run]
        keys = [" ".join(c) for c in itertools.islice(itertools.product(*forms), 40)]
        cands = index.lookup_keys([name_key(k) for k in keys], language=language)
        return (name_key(keys[0]) if not cands else _best_key(keys, index)), cands

    def add(i: int, j: int, label: str, *, keep_unknown: bool = False) -> bool:
        run = words[i:j]
        if _in_quotes(text, run[0].start) or any(blocked[i:j]) or any(taken[i:j]):
            return False
        if label != "LOC" and _after_org_head(words, i):
            return False
        key, cands = lookup(run)
        cands = _acceptable(cands, j - i, language, abbreviation=j - i == 1 and run[0].text.isupper())
        if not cands and not keep_unknown:
            return False
        type_word = TYPE_WORDS.get(run[-1].lemma) or TYPE_WORDS.get(run[0].lemma)
        toponym = Toponym(run[0].start, run[-1].end, text[run[0].start:run[-1].end], "name", label, type_word,
                          next_word=words[j].lemma if j < len(words) else "")
        found.append((toponym, (key, cands)))
        for k in range(i, j):
            taken[k] = True
        return True

    for entity in analysis.entities:
        if entity.label != "LOC" or entity.start not in start_of:
            continue
        i = start_of[entity.start]
        j = i
        while j < len(words) and words[j].end <= entity.end:
            j += 1
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
        if taken[i] or blocked[i] or not word.text[:1].isupper() or not word.text.isalpha():
            continue
        if word.pos in ("ADP", "CCONJ", "PART", "PRON", "VERB") or len(word.text) < 2:
            continue
        adjective = _adjective(word, language)
        if adjective is not None:
            found.append(adjective)
            taken[i] = True
            continue
        if not _name_like(word, words, i, pipeline):
            # a country's or region's own name in this language ("Україна") is always a place
            key, cands = lookup([word])
            if any(c.get("match") == "name" and c["feature"] in _BIG for c in cands) and not word.text.isupper():
                add(i, i + 1, "GAZ")
            continue
        for length in (4, 3, 2, 1):
            j = i + length
            if j > len(words):
                continue
            run = words[i:j]
            if length > 1 and not all(w.text[:1].isupper() or w.lemma in TYPE_WORDS for w in run[1:]):
                continue
            if length > 1 and any(text[a.end:b.start] not in (" ", "-") for a, b in zip(run, run[1:])):
                continue
            if add(i, j, "GAZ"):
                break
    for i, word in enumerate(words):
        if not taken[i] and word.pos == "ADJ" and not word.text[:1].isupper():
            adjective = _adjective(word, language)
            if adjective is not None:
                found.append(adjective)
    return found


def _name_like(word: Word, words: list[Word], i: int, pipeline: LanguagePipeline) -> bool:
    """Whether a capitalised word may start a place name the NER missed: an abbreviation
    ("РФ", "США"), or a word the dictionary knows as a place name (Russian "Geox") or as a
    proper noun (Ukrainian lexemes with their own gender), or does not know at all; not a
    common word opening a sentence ("Таким", "Начало")."""
    text = word.text
    if text.isupper() and len(text) >= 2:
        return True
    if i + 1 < len(words) and words[i + 1].lemma in TYPE_WORDS:
        return True  # "Дніпропетровській області"
    morphology = getattr(pipeline, "morphology", None)
    if morphology is None:
        return True
    parses = morphology.parse(text.lower())
    proper_place = [p for p in parses[:4] if p.tag.POS == "NOUN" and "inan" in p.tag.grammemes
                    and str(p.tag).split(" ")[0].count(",") >= 2]
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


def _best_key(keys: list[str], index: NameIndex) -> str:
    return next((name_key(k) for k in keys if index.has_key(name_key(k))), name_key(keys[0]))


def _in_quotes(text: str, start: int) -> bool:
    before = text[max(0, start - 200):start]
    opened = max(before.rfind(q) for q in "«„")
    closed = before.rfind("»")
    return opened > closed


def _after_org_head(words: list[Word], i: int) -> bool:
    return any(w.lemma in _ORG_HEADS for w in words[max(0, i - 2):i])


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
    found: list[Found] = []
    for start, end, role, cands, type_word in spans:
        # "미국 펜실베이니아주 피츠버그": places a space apart are one address, the last one the place;
        # not after a road ("<영동고속도로:LC> <강릉:LC> 방향", KLUE-NER train 00000)
        if found and role == "name" and found[-1][0].role == "name" and text[found[-1][0].end:start] == " " \
                and not found[-1][0].text.endswith(_KOREAN_ROADS):
            previous, (_, previous_cands) = found[-1]
            merged = Toponym(previous.start, end, text[previous.start:end], "name", "NNP", type_word)
            found[-1] = (merged, (name_key(text[start:end]), cands))
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

    def lookup(key: str) -> list[Candidate]:
        return index.lookup_keys([key], language="ko")

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
    found: list[Found] = []
    for start, end, role, cands, type_word in spans:
        # "미국 펜실베이니아주 피츠버그": places a space apart are one address, the last one the place;
        # not after a road ("<영동고속도로:LC> <강릉:LC> 방향", KLUE-NER train 00000)
        if found and role == "name" and found[-1][0].role == "name" and text[found[-1][0].end:start] == " " \
                and not found[-1][0].text.endswith(_KOREAN_ROADS):
            previous, (_, previous_cands) = found[-1]
            merged = Toponym(previous.start, end, text[previous.start:end], "name", "NNP", type_word)
            found[-1] = (merged, (name_key(text[start:end]), cands or previous_cands))
            continue
        found.append((Toponym(start, end, text[start:end], role, "NNP", type_word), (name_key(text[start:end]), cands)))
    return found


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
