"""The shared spaCy pipeline: same annotations as the model, faster rule components,
headline lines kept whole."""
from __future__ import annotations

import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from geodata.language import rule_components
from geodata.language.pipeline import doc_text, load_pipeline, model_name, opens_paragraph

# Every rare attribute-ruler pattern kind: dependency tests, regexes, two-token patterns,
# whitespace tokens, contractions.
TEXTS = [
    "Russia's foreign minister arrived in Wonsan on Saturday. There is no deal yet, he said.",
    "I ain't gonna do it, y'all. Let's go, c'mon! Nothin' happened. You gotta see it.",
    "He didn't say whether it was over, but officials did.\n\nPolice   arrested 14 people\tin Nairobi.",
    "Which troops? Those that were deployed. It is what it is; I told you and you told it.",
    "",
    "\n \n",
]


def test_rule_components_match_the_model_token_by_token():
    name = model_name()
    original = spacy.load(name)
    fast = spacy.load(name)
    rule_components.install(fast)
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "IndexedAttributeRuler"
    assert type(fast.get_pipe("lemmatizer")).__name__ == "CachedLemmatizer"
    assert fast.pipe_names == original.pipe_names
    columns = [POS, MORPH, LEMMA, TAG, DEP, HEAD]
    for _ in range(2):  # the second pass is served from the lemma cache
        for text in TEXTS:
            a, b = original(text), fast(text)
            assert a.to_array(columns).tolist() == b.to_array(columns).tolist(), text
    ruler = fast.get_pipe("attribute_ruler")
    # the one-token patterns are looked up; the regexes, two-token and whitespace patterns are
    # tested on the Doc's arrays: spaCy's Matcher is left nothing to do
    assert len(ruler.rest) == 0 and ruler.fixed
    assert ruler._rows  # the second pass read each token row's annotations from the row cache


def test_shared_pipeline_tokenizes_like_the_model():
    plain = spacy.load(model_name(), exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                              "lemmatizer", "ner"])
    nlp = load_pipeline()
    text = "Don't go to the U.S. at 3:30pm, Mr. Smith's 10km run :) see https://example.org/a?b=1 e.g. now."
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in plain.make_doc(text)]
    # the model's rules, and the abbreviated ranks it lacks
    assert set(plain.tokenizer.rules) < set(nlp.tokenizer.rules)
    assert set(nlp.tokenizer.rules) - set(plain.tokenizer.rules) == {"Sgt.", "Cpl.", "Lt.", "Capt.", "Col.", "Maj.",
                                                                     "Pvt.", "Pfc.", "Spc.", "Cmdr.", "Cdr.",
                                                                     "Brig.", "Det.", "Insp.", "Supt.", "Atty.",
                                                                     "Sens.", "Reps.", "Gens.", "Govs.", "Msgr.",
                                                                     "Amb."}
    assert len(plain.tokenizer.rules) > 1000


def test_an_abbreviated_rank_before_a_name_ends_no_sentence():
    nlp = load_pipeline(with_parser=False)
    text = ("\"We check the bridge every hour,\" said Sgt. Dana Holt, a patrol spokeswoman. "
            "During his first tour Lance Cpl. John Ruiz met him. Det. Insp. Liam Walsh opposed bail. "
            "Drivers were told to use the detour.")
    sentences = [s.text for s in nlp(text).sents]
    assert sentences == [
        "\"We check the bridge every hour,\" said Sgt. Dana Holt, a patrol spokeswoman.",
        "During his first tour Lance Cpl. John Ruiz met him.",
        "Det. Insp. Liam Walsh opposed bail.",
        "Drivers were told to use the detour.",
    ]
    assert [t.text for t in nlp("Capt. Rod Beer spoke.")][:3] == ["Capt.", "Rod", "Beer"]


def test_headline_line_is_one_sentence_and_line_breaks_end_sentences():
    text = "Russia Warns US Over Growing Alliance With Pyongyang\nLavrov arrived on Friday. He met Kim.\n\nTalks went on"
    doc = load_pipeline()(text)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "Russia Warns US Over Growing Alliance With Pyongyang"
    assert "Lavrov arrived on Friday." in sentences
    assert sentences[-1] == "Talks went on"


def test_a_sentence_after_a_line_break_opens_a_paragraph():
    doc = load_pipeline(with_parser=False)("Rebels seized the town. Two died.\n\nA ferry sank in the bay.")
    sentences = [s for s in doc.sents if s.text.strip()]
    assert [opens_paragraph(s, doc_text(doc)) for s in sentences] == [False, False, True]


def test_recognition_pipeline_skips_the_shared_tok2vec_and_finds_the_same_entities():
    nlp = load_pipeline(with_parser=False)
    assert "tok2vec" not in nlp.pipe_names and {"senter", "ner"} <= set(nlp.pipe_names)
    reference = spacy.load(model_name(), exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
    reference.enable_pipe("senter")
    for text in TEXTS[:3]:
        ours, theirs = nlp(text), reference(text)
        assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]
    assert [e.text for e in nlp(TEXTS[0]).ents][:1] == ["Russia"]


def test_pipelines_multiply_on_numpy_and_annotate_like_the_model():
    """Matrix products go through numpy's BLAS (one thread), with the model's annotations."""
    from threadpoolctl import threadpool_info

    nlp = load_pipeline()
    for name in ("tok2vec", "parser", "ner"):
        assert not nlp.get_pipe(name).model.ops.use_blis, name
    assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")
    reference = spacy.load(model_name())  # thinc's default backend
    assert reference.get_pipe("ner").model.ops.use_blis
    columns = [POS, TAG, DEP, HEAD]
    for text in TEXTS[:4]:
        ours, theirs = nlp(text), reference(text)
        assert ours.to_array(columns).tolist() == theirs.to_array(columns).tolist(), text
        assert [(e.start, e.end, e.label_) for e in ours.ents] == [(e.start, e.end, e.label_) for e in theirs.ents]


def test_saved_strings_are_not_read_and_every_string_attribute_reads_like_the_model():
    """The vocabulary's saved strings (85k) are skipped at load: every string a token shows
    (text, norm, shape, affixes, tag, dependency, lemma, morphology, entity label) is added
    as it is made, so each one reads as it does with the model's full vocabulary."""
    reference = spacy.load(model_name())
    for nlp in (load_pipeline(), load_pipeline(with_parser=False)):
        assert len(nlp.vocab.strings) < len(reference.vocab.strings) / 10
    nlp = load_pipeline()

    def strings(doc):
        return [(t.text, t.norm_, t.shape_, t.prefix_, t.suffix_, t.tag_, t.pos_, t.dep_, t.lemma_,
                 str(t.morph), t.ent_type_, t.ent_iob_) for t in doc]

    for text in TEXTS:
        assert strings(nlp(text)) == strings(reference(text)), text
    assert ("Russia", "GPE") in [(e.text, e.label_) for e in nlp(TEXTS[0]).ents]


def test_is_english_word_knows_common_words_and_their_forms() -> None:
    from geodata.language.pipeline import is_english_word

    assert is_english_word("Hotel") and is_english_word("Commissioners") and is_english_word("selectman")
    assert is_english_word("Laffan") is False and is_english_word("Shok") is False


def test_is_english_adjective_tells_adjectives_from_nouns() -> None:
    from geodata.language.pipeline import is_english_adjective

    assert is_english_adjective("Federal") and is_english_adjective("green")
    assert not is_english_adjective("Concord") and not is_english_adjective("Laffan")


def test_the_lemmatizers_word_index_is_read_once_for_all_its_readers() -> None:
    from geodata.language.pipeline import lemma_lookups

    lookups = lemma_lookups()
    assert lookups is lemma_lookups()
    assert {"heavy", "several", "mass"} <= set(lookups.get_table("lemma_index")["adj"])
