"""Parsing text with the shared spaCy pipeline (loaded once per process by geodata.language)."""
from __future__ import annotations

from spacy.tokens import Doc

from geodata.language import load_pipeline


def parse(text: str) -> Doc:
    """Tokens, sentences (a headline line is its own sentence), dependencies and entities."""
    return load_pipeline()(text)


def warm_up() -> None:
    """Load the pipeline now rather than on the first article."""
    load_pipeline()
