"""Selective parsing: entities everywhere, syntax for the sentences that may hold an event."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, POS

from geodata.language.pipeline import load_pipeline, load_syntax_pipeline
from timeline.events.extract import _trigger_candidates
from timeline.events.nlp import _event_words, parse, parse_many
from timeline.sources.demo import load_demo_articles

TEXT = ("Heavy rain is expected over the weekend.\n\n"
        "Police arrested 14 people in Nairobi on Tuesday, officials said.\n"
        "The weather was mild. Russian troops stayed in the Kursk region.")


def sentences(doc):
    return [s for s in doc.sents if s.text.strip()]


def test_only_sentences_with_a_possible_trigger_are_parsed():
    doc = parse(TEXT)
    weather, arrest, mild, troops = sentences(doc)
    assert weather.text.startswith("Heavy rain") and mild.text.startswith("The weather")
    for plain in (weather, mild):  # no trigger word: a flat tree, no tags, lower-case lemmas
        assert [t.pos_ for t in plain] == [""] * len(plain)
        assert plain.root.i == plain.start and {t.dep_ for t in plain if t.i != plain.start} <= {"dep"}
        assert [t.lemma_ for t in plain] == [t.lower_ for t in plain]
    arrested = next(t for t in arrest if t.text == "arrested")
    assert arrested.pos_ == "VERB" and arrested.lemma_ == "arrest"
    assert arrested.dep_ == "ccomp" and arrested.head.text == "said" and arrest.root.text == "said"
    assert {c.text for c in arrested.children} >= {"Police", "people"}
    assert troops.root.text == "stayed" and troops.root.pos_ == "VERB"  # "troops" may be referred back to
    assert [e.text for e in doc.ents][:2] == ["the weekend", "14"]  # entities in every sentence
    assert doc.has_annotation("DEP") and doc.has_annotation("SENT_START")


def test_a_text_without_events_is_not_parsed_and_empty_text_works():
    doc = parse("The weather was mild and the sky was blue.")
    assert [t.pos_ for t in doc] == [""] * len(doc)
    assert len(parse("")) == 0
    assert len(parse("\n\n")) == 1


@pytest.mark.parametrize("form, expected", [
    ("arrested", True), ("met", True), ("said", True), ("struck", True), ("protests", True),
    ("troops", True), ("deploying", True), ("weather", False), ("morning", False), ("blue", False),
])
def test_event_words(form, expected):
    assert _event_words(load_syntax_pipeline()).may_trigger(form) is expected


def test_every_trigger_candidate_of_a_full_parse_lies_in_a_parsed_sentence():
    full = load_pipeline()  # every sentence parsed
    texts = [a.text for a in load_demo_articles()]
    for text, doc in zip(texts, parse_many(texts, batch_size=3)):
        reference = full(text)
        pos = doc.to_array(POS)
        missed = [reference[i].text for i in _trigger_candidates(reference)
                  if pos[i] == 0 and not reference[i].lower_.endswith("ing")]
        assert missed == [], text[:60]


def test_parse_many_equals_parse():
    texts = [a.text for a in load_demo_articles()][:4] + ["", "Troops arrived."]
    columns = [POS, DEP, HEAD, LEMMA]
    for text, doc in zip(texts, parse_many(texts, batch_size=3)):
        one = parse(text)
        assert doc.to_array(columns).tolist() == one.to_array(columns).tolist()
        assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in one.ents]


def test_a_trigger_verb_read_as_a_plural_noun_with_a_subject_is_a_verb():
    # the digest's present "states" after a named body: the tagger's plural noun, the parser's
    # clause head with a subject; a noun takes no subject, so it is the verb
    doc = parse("In reply, the Committee of Safety states that it will study the proposals.")
    states = next(t for t in doc if t.lower_ == "states")
    assert states.pos_ == "VERB" and states.tag_ == "VBZ"
    plural = parse("Officials from three states met in Dunmore on Monday.")
    assert next(t for t in plural if t.lower_ == "states").pos_ == "NOUN"  # no subject of its own


def test_a_trigger_verb_read_as_a_plural_noun_with_an_object_is_a_verb():
    # "court orders" read as one compound noun although "orders" has a direct object: a noun
    # takes no object, so "orders" is the verb and "court" its subject
    doc = parse("Two senators go into hiding after an anti-fraud court orders their arrest on bribery charges.")
    orders = next(t for t in doc if t.lower_ == "orders")
    assert orders.pos_ == "VERB" and orders.tag_ == "VBZ"
    assert [c.text for c in orders.children if c.dep_ == "nsubj"] == ["court"]


def test_a_present_verb_with_its_subject_read_as_a_compound_takes_that_subject():
    # the tagger saw the verb, the parser hung the noun before it on it as a compound and gave
    # it no subject (as it does in long digest items): that noun is its subject
    from spacy.tokens import Doc
    from timeline.events.nlp import _verbs_read_as_nouns
    words = ["A", "court", "orders", "the", "extradition", "."]
    doc = Doc(load_syntax_pipeline().vocab, words=words, tags=["DT", "NN", "VBZ", "DT", "NN", "."],
              deps=["det", "compound", "ROOT", "det", "dobj", "punct"], heads=[1, 2, 2, 4, 2, 2],
              lemmas=["a", "court", "order", "the", "extradition", "."],
              pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    _verbs_read_as_nouns(doc)
    assert doc[1].dep_ == "nsubj" and doc[2].pos_ == "VERB"


def test_a_bodys_noun_read_as_an_adjective_on_a_saying_verb_is_its_subject():
    # "The Ruritanian military states that ...": the tagger read "military" as an adjective on
    # the plural noun "states" and hung the "that" clause on it; a noun takes no such clause,
    # so "states" is the verb, "military" (with its own words) its subject, the clause its content
    from spacy.tokens import Doc
    from timeline.events.nlp import _verbs_read_as_nouns
    words = ["The", "Ruritanian", "military", "states", "that", "it", "has", "struck", "a", "depot", "."]
    doc = Doc(load_syntax_pipeline().vocab, words=words,
              tags=["DT", "JJ", "JJ", "NNS", "IN", "PRP", "VBZ", "VBN", "DT", "NN", "."],
              deps=["det", "amod", "amod", "ROOT", "mark", "nsubj", "aux", "relcl", "det", "dobj", "punct"],
              heads=[3, 3, 3, 3, 7, 7, 7, 3, 9, 7, 3],
              lemmas=["the", "ruritanian", "military", "state", "that", "it", "have", "strike", "a", "depot", "."],
              pos=["DET", "ADJ", "ADJ", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    _verbs_read_as_nouns(doc)
    assert (doc[3].pos_, doc[2].dep_, doc[7].dep_) == ("VERB", "nsubj", "ccomp")
    assert doc[1].head.i == 2 and doc[0].head.i == 2
    # an adjective that names no body stays one: "Unconfirmed reports that he has fled"
    words = ["Unconfirmed", "reports", "that", "he", "has", "fled", "."]
    doc = Doc(load_syntax_pipeline().vocab, words=words, tags=["JJ", "NNS", "IN", "PRP", "VBZ", "VBN", "."],
              deps=["amod", "ROOT", "mark", "nsubj", "aux", "acl", "punct"], heads=[1, 1, 5, 5, 5, 1, 1],
              lemmas=["unconfirmed", "report", "that", "he", "have", "flee", "."],
              pos=["ADJ", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"])
    _verbs_read_as_nouns(doc)
    assert doc[1].pos_ == "NOUN" and doc[5].dep_ == "acl"


def _syntax_doc(rows):
    """A parsed Doc from (word, tag, pos, lemma, dep, head) rows."""
    from spacy.tokens import Doc
    words, tags, pos, lemmas, deps, heads = (list(c) for c in zip(*rows))
    return Doc(load_syntax_pipeline().vocab, words=words, tags=tags, pos=pos, lemmas=lemmas, deps=deps, heads=heads)


def test_a_headline_verb_read_as_a_compound_of_its_object_heads_the_sentence():
    # "Roe grants pardons": the tagger read "grants" as a plural noun and the parser the three
    # words as one noun phrase; the sentence has no verb, so "grants" is it, "Roe" its subject
    from timeline.events.nlp import _verbs_read_as_nouns
    doc = _syntax_doc([("President", "NNP", "PROPN", "president", "compound", 1),
                       ("Roe", "NNP", "PROPN", "roe", "compound", 2),
                       ("grants", "NNS", "NOUN", "grant", "compound", 3),
                       ("pardons", "NNS", "NOUN", "pardon", "ROOT", 3),
                       ("to", "IN", "ADP", "to", "prep", 3),
                       ("40", "CD", "NUM", "40", "nummod", 6),
                       ("prisoners", "NNS", "NOUN", "prisoner", "pobj", 4),
                       (".", ".", "PUNCT", ".", "punct", 3)])
    _verbs_read_as_nouns(doc)
    assert (doc[2].tag_, doc[2].dep_, doc[1].dep_, doc[3].dep_) == ("VBZ", "ROOT", "nsubj", "dobj")
    assert doc[1].head.i == 2 and doc[3].head.i == 2 and doc[0].head.i == 1


def test_a_headline_verb_read_as_a_plural_noun_before_a_name_takes_the_name_as_its_object():
    # "Ruritania names Ann Roe as its envoy": "names" read as a noun with the name in apposition
    from timeline.events.nlp import _verbs_read_as_nouns
    doc = _syntax_doc([("Ruritania", "NNP", "PROPN", "ruritania", "compound", 1),
                       ("names", "NNS", "NOUN", "name", "ROOT", 1),
                       ("Ann", "NNP", "PROPN", "ann", "compound", 3),
                       ("Roe", "NNP", "PROPN", "roe", "appos", 1),
                       ("as", "IN", "ADP", "as", "prep", 1),
                       ("envoy", "NN", "NOUN", "envoy", "pobj", 4),
                       (".", ".", "PUNCT", ".", "punct", 1)])
    _verbs_read_as_nouns(doc)
    assert (doc[1].pos_, doc[0].dep_, doc[3].dep_) == ("VERB", "nsubj", "dobj")


def test_a_noun_phrase_before_a_subjectless_verb_stays_a_noun_phrase():
    # "Ruritanian attacks, Dunmore, injure ten": "injure" (no subject of its own) is the
    # predicate, and "attacks" the noun of its subject
    from timeline.events.nlp import _verbs_read_as_nouns
    doc = _syntax_doc([("Ruritanian", "NNP", "PROPN", "ruritanian", "compound", 1),
                       ("attacks", "NNS", "NOUN", "attack", "ROOT", 1),
                       ("Dunmore", "NNP", "PROPN", "dunmore", "appos", 1),
                       ("injure", "VBP", "VERB", "injure", "dep", 1),
                       ("ten", "CD", "NUM", "ten", "dobj", 3),
                       (".", ".", "PUNCT", ".", "punct", 1)])
    _verbs_read_as_nouns(doc)
    assert doc[1].pos_ == "NOUN" and doc[0].dep_ == "compound"


def test_a_body_issuing_a_measure_in_the_present_is_the_verbs_subject():
    # "issue" is no trigger verb, but it does the happening its object names ("issues an
    # arrest warrant"): read as a plural noun with a subject, it is the verb
    doc = parse("The anti-graft agency issues an arrest warrant for the former minister.")
    issues = next(t for t in doc if t.lower_ == "issues")
    assert issues.pos_ == "VERB" and [c.text for c in issues.children if c.dep_ == "nsubj"] == ["agency"]


def test_an_editors_bracket_opening_a_quotation_ends_no_sentence():
    """'said, "[t]he outbreak ..."': the bracket marks the quoted words' first word changed or
    cut; the sentence goes on to the quotation's end instead of ending at the quote mark (a
    quotation after a closing stop still starts its own sentence)."""
    text = ('Opposition leader Mark Doyle said his party "[is] ready for an election — but we will not risk '
            'a crisis in our schools." The health director, Dr. Ruth Kane, said on Tuesday, "[t]he outbreak '
            'will get worse." Governor Ann Price said, "[...] We will not allow the plant to close." '
            'Workers cheered. "[The] plan is bad," a union leader said.')
    assert [s.text.strip() for s in parse(text).sents] == [
        'Opposition leader Mark Doyle said his party "[is] ready for an election — but we will not risk '
        'a crisis in our schools."',
        'The health director, Dr. Ruth Kane, said on Tuesday, "[t]he outbreak will get worse."',
        'Governor Ann Price said, "[...] We will not allow the plant to close."',
        'Workers cheered.',
        '"[The] plan is bad," a union leader said.',
    ]
