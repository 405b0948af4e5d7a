"""Parsing text with the shared spaCy pipeline (loaded once per process by geodata.language.pipeline).

Entities and sentences are found for the whole text; the dependency parse, tags and lemmas
only for the sentences that may report a happening: those with a word that can be a form
of a trigger or of a verb of saying (:mod:`timeline.events.triggers`), or that name troops. A
sentence without one yields no event, and parsing it was about a third of the work.
The other sentences keep their boundaries and get a flat tree (every word attached to the
first, label ``dep``), no tags and their lower-case forms as lemmas.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, ORTH, POS, SPACY, TAG
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from geodata.language.pipeline import load_pipeline, load_syntax_pipeline, remember_text, rule_lemmas
from timeline.events.actors import AGENTS, DOING_VERBS
from timeline.events.triggers import (FORCES, NOUN_TRIGGER_WORDS, RIDER_LEMMAS, VERB_TRIGGER_LEMMAS, VERB_TYPES,
                                     could_be_gerund)

_SYNTAX_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
_LEMMA_POS = ("verb", "noun")
#: Verbs a headline's present tense puts before a noun that names its happening ("issues an
#: arrest warrant", "grants pardons"): besides the trigger verbs, those that do a noun's happening
_HEADLINE_VERBS = VERB_TRIGGER_LEMMAS | DOING_VERBS


def parse(text: str) -> Doc:
    """Tokens, sentences (a headline line is its own sentence) and entities for the whole
    text; dependencies, tags and lemmas for the sentences that may report an event."""
    doc = load_pipeline(with_parser=False)(text)
    remember_text(doc, text)
    add_syntax([doc])
    return doc


def parse_many(texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Doc]:
    """:func:`parse` for many texts, run in batches (faster than one by one)."""
    recognition = load_pipeline(with_parser=False)
    batch: list[Doc] = []
    for doc in recognition.pipe(texts, batch_size=batch_size):
        batch.append(doc)
        if len(batch) == batch_size:
            yield from add_syntax(batch)
            batch = []
    if batch:
        yield from add_syntax(batch)


def warm_up() -> None:
    """Load the pipeline now rather than on the first article."""
    load_pipeline(with_parser=False)
    load_syntax_pipeline()


def add_syntax(docs: list[Doc]) -> list[Doc]:
    """Parse the event sentences of each Doc (in one batch) and write the result into it."""
    syntax = load_syntax_pipeline()
    words = _event_words(syntax)
    plans = []
    for doc in docs:
        if len(doc):
            bounds = _sentence_bounds(doc)
            plans.append((doc, bounds, _event_sentences(doc, bounds, words)))
    subs = [_sub_doc(doc, spans) for doc, _, spans in plans]
    parsed = [sub for sub in subs if len(sub)]
    for _, component in syntax.pipeline:
        parsed = list(component.pipe(parsed)) if hasattr(component, "pipe") else [component(d) for d in parsed]
    done = iter(parsed)
    for (doc, bounds, spans), sub in zip(plans, subs):
        if len(sub):
            sub = next(done)
            _verbs_read_as_nouns(sub)
        _copy_syntax(doc, bounds, spans, sub)
    return docs


def _verbs_read_as_nouns(doc: Doc) -> None:
    """Retag as a present-tense verb a trigger verb's "-s" form the tagger took for a plural
    noun although the parser gave it a subject: "the Board of Peace states that it will ...",
    "Igor Ivanov calls extending NATO membership 'a mistake'" (a noun takes no subject; the
    third person "-s" of a digest's present tense reads like a plural). So is one the parser
    gave a direct object, the noun just before it read as its compound: "after an anti-graft
    court orders their arrest" (a noun takes no object): that noun is the verb's subject; and
    so is the noun the parser hung as a compound on a word it did tag as a present verb with no
    subject ("The Spanish Supreme Court orders the minister into detention"). Run on the parsed
    sentences only, the plural nouns and present verbs found by their tag column."""
    plural, present = doc.vocab.strings["NNS"], doc.vocab.strings["VBZ"]
    tags = doc.to_array(TAG)
    for i in numpy.flatnonzero((tags == plural) | (tags == present)).tolist():
        token = doc[i]
        if not (token.lower_.endswith("s") and token.lemma_.lower() in _HEADLINE_VERBS):
            continue
        if token.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in token.children):
            token.tag_, token.pos_ = "VBZ", "VERB"
        elif (token.tag_ == "VBZ" or any(c.dep_ == "dobj" for c in token.children)) \
                and _subject_read_as_compound(token):
            token.tag_, token.pos_ = "VBZ", "VERB"
            doc[i - 1].dep_ = "nsubj"
        elif token.dep_ == "ROOT" and _subject_read_as_adjective(token):
            token.tag_, token.pos_ = "VBZ", "VERB"
            subject = doc[i - 1]
            for modifier in [c for c in token.lefts if c.i < subject.i]:
                modifier.head = subject  # "The Ruritanian military": its words are the subject's
            subject.dep_, subject.tag_, subject.pos_ = "nsubj", "NN", "NOUN"
            for clause in _that_clauses(token):
                clause.dep_ = "ccomp"
        elif token.tag_ == "NNS":
            subject = _headline_subject(token)
            if subject is not None:
                _read_as_present_verb(token, subject)


def _headline_subject(token: Token) -> Token | None:
    """The name or body right before a verb's "-s" form the tagger took for a plural noun that
    heads a clause with no verb of its own and is followed by its object: "Hamas names Khalil
    al-Hayya as its new leader", "A federal jury orders Boeing to pay" (the name read as in
    apposition), "President Roe grants pardons to 77 people" (read as the noun "grants
    pardons"). The third person "-s" of a digest's or headline's present tense reads like a
    plural; the word is the verb, the noun before it (read as its compound or modifier) its
    subject. None unless the word (or, when it is a compound, the noun it is on) is the
    sentence's root, when it has a subject already, and when some other finite verb of the
    sentence has no subject (that verb is the predicate, the word's phrase its subject).
    """
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.head.i != token.i or before.dep_ not in ("compound", "amod", "nmod") \
            or not (before.tag_ in ("NNP", "NNPS") or before.lower_ in AGENTS) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    if token.dep_ == "compound":
        # "Roe grants pardons": the noun it is on is the root, and the verb's object
        if not (token.head.dep_ == "ROOT" and token.head.i > token.i and token.head.tag_ in ("NN", "NNS")):
            return None
    elif token.dep_ != "ROOT" or getattr(_first_right(token), "dep_", None) not in ("dobj", "appos"):
        return None
    return None if any(_subjectless_predicate(t, token) for t in token.sent) else before


def _first_right(token: Token) -> Token | None:
    """The first word after the token hung on it, punctuation aside."""
    return next((c for c in token.rights if c.dep_ != "punct"), None)


def _subjectless_predicate(verb: Token, word: Token) -> bool:
    """A finite verb of the sentence, other than the word and its conjuncts, with no subject of
    its own and not an auxiliary or in a subordinate clause: the predicate the phrase before it
    is the subject of ("settler attacks in the valley injure ten")."""
    return verb.tag_ in ("VBZ", "VBP", "VBD") and verb.i != word.i \
        and not (verb.dep_ == "conj" and verb.head.i == word.i) \
        and verb.dep_ not in ("aux", "auxpass", "relcl", "advcl", "ccomp", "acl") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children)


def _read_as_present_verb(token: Token, subject: Token) -> None:
    """Make the word the present verb heading its sentence, the noun before it its subject
    (with the words before that noun) and the noun it was a compound of, or the name in
    apposition right after it, its object: "Hamas names Khalil al-Hayya ..."."""
    noun = token.head if token.dep_ == "compound" else None
    token.tag_, token.pos_ = "VBZ", "VERB"
    if noun is not None:
        token.head, token.dep_ = token, "ROOT"
        noun.head, noun.dep_ = token, "dobj"
        for modifier in [c for c in noun.lefts if c.i < subject.i]:
            modifier.head = subject
    for modifier in [c for c in token.lefts if c.i < subject.i]:
        modifier.head = subject  # "The Ruritanian military": its words are the subject's
    subject.dep_ = "nsubj"
    if subject.tag_ not in ("NN", "NNP", "NNPS"):
        subject.tag_, subject.pos_ = "NN", "NOUN"
    after = _first_right(token)
    if after is not None and after.dep_ == "appos" and not any(c.dep_ == "dobj" for c in token.children):
        after.dep_ = "dobj"


def _subject_read_as_compound(token: Token) -> bool:
    """The noun right before the word is its compound and the word has no subject: "an
    anti-graft court orders ...", read as the compound noun "court orders"."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.head.i == token.i and before.dep_ == "compound" \
        and before.tag_ in ("NN", "NNP", "NNS", "NNPS") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _subject_read_as_adjective(token: Token) -> bool:
    """The body's noun right before the word is read as an adjective on it, and the word has
    no subject but a "that" clause: "The Ruritanian military states that it has struck ...",
    read as the noun phrase "military states" with a clause hung on it."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.head.i == token.i and before.dep_ == "amod" \
        and before.lower_ in AGENTS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
        and bool(_that_clauses(token))


def _that_clauses(token: Token) -> list[Token]:
    """The clauses after the word opened by "that" with a subject of their own."""
    return [c for c in token.rights if c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)]


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of every sentence."""
    starts = [s.start for s in doc.sents]
    return list(zip(starts, starts[1:] + [len(doc)]))


def _event_sentences(doc: Doc, bounds: list[tuple[int, int]], words: "_EventWords") -> list[tuple[int, int]]:
    """The bounds of the sentences with a possible trigger."""
    lower = doc.to_array(LOWER)
    ids, inverse = numpy.unique(lower, return_inverse=True)
    known = words.known
    flags = numpy.fromiter((known.get(i) if i in known else known.learn(i, doc.vocab.strings)
                            for i in ids.tolist()), dtype=bool, count=len(ids))[inverse]
    return [(a, b) for a, b in bounds if flags[a:b].any()]


def _sub_doc(doc: Doc, spans: list[tuple[int, int]]) -> Doc:
    """A Doc of the given sentences only, their boundaries preset (the parser keeps them)."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    # every word's text from its string id (not a Token built for each)
    strings = doc.vocab.strings
    columns = doc.to_array([ORTH, SPACY]).tolist()
    for a, b in spans:
        for orth, space in columns[a:b]:
            words.append(strings[orth])
            spaces.append(bool(space))
        starts.extend([True] + [False] * (b - a - 1))
    return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)


def _copy_syntax(doc: Doc, bounds: list[tuple[int, int]], spans: list[tuple[int, int]], sub: Doc) -> None:
    """Write the sub-Doc's annotations back, and a flat tree for the other sentences."""
    n = len(doc)
    strings = doc.vocab.strings
    columns = numpy.zeros((n, len(_SYNTAX_ATTRS)), dtype="uint64")
    columns[:, 3] = doc.to_array(LOWER)
    columns[:, 4] = strings.add("dep")
    root = strings.add("ROOT")
    heads = numpy.zeros(n, dtype="int64")
    for a, b in bounds:
        heads[a:b] = a - numpy.arange(a, b)
        columns[a, 4] = root
    columns[:, 5] = heads.view("uint64")
    if spans:
        index = numpy.concatenate([numpy.arange(a, b) for a, b in spans])
        columns[index] = sub.to_array(_SYNTAX_ATTRS)
    doc.from_array(_SYNTAX_ATTRS, columns)
    if spans and sub.tensor is not None and len(sub.tensor) == len(index):
        # the parser's contextual token vectors of the event sentences (zeros elsewhere)
        tensor = numpy.zeros((n, sub.tensor.shape[1]), dtype="float32")
        tensor[index] = sub.tensor
        doc.tensor = tensor


class StringTest(dict):
    """String id -> whether the string passes a test, filled as ids are met (an id names
    the same string in every vocabulary, so one table serves all docs)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def learn(self, string_id: int, strings: StringStore) -> bool:
        hit = self[string_id] = self.test(strings[string_id])
        return hit


class _EventWords:
    """Whether a lower-case form may be a trigger word, a form of a trigger verb or noun or
    of a verb of saying, or a word for troops; decided once per form.

    A superset of what :func:`timeline.events.extract._trigger_candidates` accepts after tagging:
    every lemma the model's rule lemmatizer could give the form as a verb or a noun (its
    exceptions and suffix rules, whatever its word index says) is tested.
    """

    def __init__(self, nlp: Language) -> None:
        pipe = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        pipe = getattr(pipe, "lemmatizer", pipe)
        lookups = getattr(pipe, "lookups", None)
        table = (lambda name: lookups.get_table(name, {})) if lookups is not None else (lambda name: {})
        self.rules = {pos: table("lemma_rules").get(pos, []) for pos in _LEMMA_POS}
        self.exceptions = {pos: table("lemma_exc").get(pos, {}) for pos in _LEMMA_POS}
        #: lower-case form id -> :meth:`may_trigger`
        self.known = StringTest(self.may_trigger)

    def lemmas(self, form: str) -> set[str]:
        return rule_lemmas(form, self.rules, self.exceptions)

    def may_trigger(self, form: str) -> bool:
        if form in FORCES or form in NOUN_TRIGGER_WORDS:
            return True
        if could_be_gerund(form) and _gerund_lemmas(form) & VERB_TYPES.keys():
            return True
        return any(lemma in VERB_TRIGGER_LEMMAS and form in RIDER_LEMMAS.get(lemma, (form,))
                   or lemma in NOUN_TRIGGER_WORDS for lemma in self.lemmas(form))


def _gerund_lemmas(form: str) -> set[str]:
    stem = form[:-3]
    return {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}


@functools.cache
def _event_words(nlp: Language) -> _EventWords:
    return _EventWords(nlp)
