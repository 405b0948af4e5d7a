"""The extractor visits only the tokens its lookup tables say may be triggers
(``timeline.events.extract._trigger_candidates``); no token that the trigger rules would accept may
be left out, and the text it slices for sentences must be what spaCy gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from geodata.language.pipeline import is_headline
from timeline.events.extract import _trigger_candidates
from timeline.events.nlp import parse
from timeline.events.triggers import SAY_VERBS, gerund_type, noun_type, verb_type
from timeline.sources.demo import load_demo_articles

pytestmark = pytest.mark.slow

SEED = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "lavrov-wonsan-2025.txt"

# Sentences that exercise the verb rules with special cases (objects, subjects, particles).
RULE_SENTENCES = (
    "Rebels took control of Goma on Monday.\n"
    "A passenger train ran into a goods train near Patna.\n"
    "Protesters set fire to a police station and threw stones at officers.\n"
    "Moscow sent troops and weapons to the border.\n"
    "Arriving in Wonsan, the minister held talks.\n"
    "The West rallies behind Ukraine.\n"
    "Wildfires burned 300 homes, officials said.\n"
)


def _texts() -> list[str]:
    texts = [RULE_SENTENCES]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    texts.extend(article.text for article in load_demo_articles())
    return texts


def _rules_accept(token) -> bool:
    """What the per-token loop of _sentence_triggers would keep (trigger or verb of saying)."""
    if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod":
        return verb_type(token) is not None or token.lemma_.lower() in SAY_VERBS
    if token.pos_ in ("NOUN", "PROPN"):
        return gerund_type(token) is not None or noun_type(token) is not None
    return False


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t[:30])
def test_every_token_the_trigger_rules_accept_is_a_candidate(text: str) -> None:
    doc = parse(text)
    candidates = set(_trigger_candidates(doc))
    accepted = [t for t in doc if _rules_accept(t)]
    assert accepted, "the text should hold triggers"
    missed = [(t.text, t.pos_, t.lemma_) for t in accepted if t.i not in candidates]
    assert not missed
    assert _trigger_candidates(doc) == sorted(candidates)


def test_candidates_skip_words_that_name_no_happening() -> None:
    doc = parse("The old bridge is long and green.")
    assert _trigger_candidates(doc) == []


def test_sentence_text_slices_match_spacy() -> None:
    doc = parse("Russia Warns US Over Alliance\nMoscow  said on Friday it would respond.  Talks follow.\n")
    for sentence in doc.sents:
        assert doc.text[sentence.start_char:sentence.end_char] == sentence.text
    first = next(iter(doc.sents))
    assert is_headline(first)


def test_a_place_described_as_hosting_something_names_no_meeting() -> None:
    # "a training ground hosting an arms fair": the participle says what the place held
    doc = parse("A missile strike on a training ground hosting an arms fair near Tarsk killed ten people on Monday.")
    assert verb_type(next(t for t in doc if t.lower_ == "hosting")) is None
    doc = parse("The Dayton council hosted a forum for candidates on Monday.")
    assert verb_type(next(t for t in doc if t.lower_ == "hosted")) == "meet"


def test_aiding_a_crime_one_is_charged_with_is_no_aid() -> None:
    # "arrested for aiding terrorism": the offence, no humanitarian or financial aid
    doc = parse("Police in Tarsk arrested the mayor on Monday for alleged corruption and aiding terrorism.")
    assert verb_type(next(t for t in doc if t.lower_ == "aiding")) is None
    doc = parse("He was charged on Monday with aiding and abetting the escape of a prisoner in Dayton.")
    assert verb_type(next(t for t in doc if t.lower_ == "aiding")) is None
    doc = parse("The European Union will fund reconstruction in Tarsk, the commission said on Monday.")
    assert verb_type(next(t for t in doc if t.lower_ == "fund")) == "aid"
