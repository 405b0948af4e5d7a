"""``geoparse(text)``: find the places (toponyms) a text names and resolve them, offline.

The module is not called ``geoparse`` so that importing it never shadows the function
``geodata.geoparse``.

>>> [(m.text, m.country_code, m.role) for m in geoparse("Russian troops left Kursk.")]
[('Russian', 'RU', 'adjectival'), ('Kursk', 'RU', 'name')]
"""
from __future__ import annotations

import logging
import re
from typing import Iterator

from spacy.tokens import Doc

from geodata.gazetteer.index import Gazetteer, get_gazetteer
from geodata.model import PlaceMention
from geodata.toponyms.recognize import Toponym, recognize
from geodata.toponyms.resolve import country_cues, region_cues, resolve, to_mention

logger = logging.getLogger(__name__)

CHUNK_CHARS = 50_000  # long texts are parsed in pieces split at line breaks (memory bounded by a piece)
_HAS_LETTER = re.compile(r"[A-Za-z]")


def _chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        yield start, text[start:end]
        start = end


def geoparse(text: str, *, doc: Doc | None = None, gazetteer: Gazetteer | None = None,
             language: str | None = None, context: str | None = None) -> list[PlaceMention]:
    """Place mentions of ``text`` in document order, resolved where possible.

    ``language`` (ISO 639-1) reads the text with that language's pipeline
    (:mod:`geodata.toponyms.native`: ru, uk, ko, fr, es); without it the text is English.

    ``doc`` may be a spaCy Doc of exactly ``text`` from :func:`geodata.language.pipeline.load_pipeline`
    so the text is not parsed twice. Unresolved mentions keep ``lat``/``lon`` None.

    ``context`` is English text about the same story kept out of ``text`` (a dateline masked
    from it, "In Fairfield, Conn."): its places weigh in the resolution of ``text``'s places as
    the article's own would ("the couple's Fairfield home" is then the Connecticut town), but
    are not returned.
    Never raises on odd input (empty, huge, non-English): it returns a possibly empty list.
    """
    if language not in (None, "en") and isinstance(text, str):
        from geodata.toponyms.native import geoparse_native

        return geoparse_native(text, language, gazetteer=gazetteer)
    if not isinstance(text, str) or not _HAS_LETTER.search(text):
        return []
    gaz = gazetteer or get_gazetteer()
    toponyms: list[Toponym] = []
    from geodata.language.pipeline import doc_text  # (the Doc's text, built once and kept)

    if doc is not None and doc_text(doc) == text:
        toponyms = recognize(text, doc, gaz)
    else:
        from geodata.language.pipeline import load_pipeline

        nlp = load_pipeline(with_parser=False)
        pieces = list(_chunks(text))
        for (offset, piece), piece_doc in zip(pieces, nlp.pipe(p for _, p in pieces)):
            toponyms.extend(recognize(text, piece_doc, gaz, offset=offset))
    before = _context_toponyms(context, gaz) if toponyms else []
    if before:
        for t in toponyms:
            t.container = [ci + len(before) for ci in t.container]
    whole = text + " " + context if context else text
    resolved = resolve(before + toponyms, gaz, cues=country_cues(whole), regions=region_cues(whole))[len(before):]
    return [to_mention(t, r) for t, r in zip(toponyms, resolved)]


def _context_toponyms(context: str | None, gaz: Gazetteer) -> list[Toponym]:
    """The toponyms of ``context``, placed before the text (negative offsets)."""
    if not context or not isinstance(context, str) or not _HAS_LETTER.search(context):
        return []
    from geodata.language.pipeline import recognition_doc

    found = recognize(context, recognition_doc(context), gaz)
    shift = len(context) + 2  # a gap: the context's last name is no list item of the text's first
    for t in found:
        t.start -= shift
        t.end -= shift
    return found

