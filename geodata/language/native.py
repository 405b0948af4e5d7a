"""Pipelines for articles not in English: one interface, one result type, per-language backends.

Every backend (:mod:`geodata.language.languages`) turns a text into an :class:`Analysis`:
words with their base form, part of speech (Universal Dependencies tags) and case, sentence
spans and named entities, all with character offsets into the original text. Places,
dates and events are then found over it by code that does not know which analyser ran.

A backend is loaded when the first article in its language arrives (``load_pipeline``),
once per process; English never loads one.

>>> analysis = analyze("Лавров прибыл в Вонсан.", "ru")   # doctest: +SKIP
>>> [(w.text, w.lemma, w.pos) for w in analysis.words][:2]   # doctest: +SKIP
[('Лавров', 'лавров', 'PROPN'), ('прибыл', 'прибыть', 'VERB')]
"""
from __future__ import annotations

import functools
import logging
import threading
from typing import Protocol

from geodata.language.analysis import Analysis

logger = logging.getLogger(__name__)

#: the languages with a pipeline of their own
LANGUAGES = ("ru", "uk", "ko", "fr", "es")


class LanguagePipeline(Protocol):
    """What every backend offers."""

    language: str

    def analyze(self, text: str) -> Analysis: ...

    def base_forms(self, word: str) -> tuple[str, ...]:
        """The nominative (dictionary) forms a word may have, lower case, most likely first
        ("Харкові" → ("харків", "харко")); the word itself, lower-cased, where the language
        does not inflect names."""
        ...


_lock = threading.Lock()


@functools.cache
def _load(language: str) -> LanguagePipeline:
    if language == "ru":
        from geodata.language.languages.russian import load
    elif language == "uk":
        from geodata.language.languages.ukrainian import load
    elif language == "ko":
        from geodata.language.languages.korean import load
    else:
        from geodata.language.languages.romance import load
    pipeline = load(language)
    logger.info("loaded the %s pipeline", language)
    return pipeline


def load_pipeline(language: str) -> LanguagePipeline:
    """The pipeline of ``language`` (ISO 639-1), loaded on first use; KeyError when there is none."""
    if language not in LANGUAGES:
        raise KeyError(f"no pipeline for language {language!r}")
    with _lock:
        return _load(language)


def analyze(text: str, language: str) -> Analysis:
    """Words, sentences and entities of ``text`` in ``language``."""
    return load_pipeline(language).analyze(text)
