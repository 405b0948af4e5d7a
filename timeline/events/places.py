"""Where an article's place mentions sit among its tokens, found once per article and shared by
the actor resolver (a place among an actor's words) and the locator (a place's head token).

>>> spans = PlaceTokens(doc, places)       # doc: the parsed article; places: its geoparse
>>> spans.head(places[0]), spans.place_at(4)
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from geodata.model import PlaceMention


class PlaceTokens:
    """Each place mention's token span (its characters widened to whole tokens), its head
    token, and the place at a token. Mentions made later (a capital named by a demonym) are
    looked up on first use."""

    def __init__(self, doc: Doc, places: list[PlaceMention]) -> None:
        self._doc = doc
        self._span: dict[int, Span | None] = {}  # id(place) -> its span (None: no token span)
        #: token index -> the place mention covering it (the later mention where two overlap)
        self.at: dict[int, PlaceMention] = {}
        for place in places:
            span = self.span(place)
            if span is not None:
                for i in range(span.start, span.end):
                    self.at[i] = place

    def span(self, place: PlaceMention) -> Span | None:
        key = id(place)
        if key not in self._span:
            self._span[key] = self._doc.char_span(place.start, place.end, alignment_mode="expand")
        return self._span[key]

    def head(self, place: PlaceMention) -> Token | None:
        """The head token of the place's span."""
        span = self.span(place)
        return None if span is None else span.root

    def place_at(self, token_index: int) -> PlaceMention | None:
        return self.at.get(token_index)


def coordination_head(token: Token, depth: int = 4) -> Token:
    """The token a conjunct or an apposition hangs from, climbed up to ``depth`` links: the
    first of "Egypt and Syria", the noun of "Kenya, the host" (the token itself otherwise)."""
    node = token
    for _ in range(depth):
        if node.dep_ not in ("conj", "appos") or node.head == node:
            break
        node = node.head
    return node
