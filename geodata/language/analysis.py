"""What a non-English pipeline makes of a text (:mod:`geodata.language.native`): words, sentences
and named entities, each with character offsets into the original text."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Word:
    """One word (or Korean morpheme) of a text."""

    start: int
    end: int
    text: str
    lemma: str  # base form, lower case ("прибыть", "공격")
    pos: str  # NOUN PROPN VERB ADJ ADP AUX PART PRON NUM PUNCT X
    case: str = ""  # nomn gent datv accs ablt loct (Russian, Ukrainian), else ""
    tag: str = ""  # the analyser's own tag (Kiwi's "JKS", pymorphy's grammemes)
    sentence: int = 0  # index of its sentence


@dataclass(slots=True)
class Entity:
    """A named entity: ``label`` PER, ORG or LOC; ``base`` its nominative form where known."""

    start: int
    end: int
    text: str
    label: str
    base: str = ""


@dataclass
class Analysis:
    language: str
    text: str
    words: list[Word] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def sentence_words(self, index: int) -> list[Word]:
        return [w for w in self.words if w.sentence == index]


def open_quotation(before: str) -> int:
    """Where a «…» or „…“ quotation opened in ``before`` and still open at its end begins
    (the index of its opening mark), or -1."""
    opened = max(before.rfind("«"), before.rfind("„"))
    return opened if opened > before.rfind("»") else -1


def inside_quotation(before: str, *, straight_quotes: bool = False) -> bool:
    """Whether a quotation opened in ``before`` is still open at its end: «…» or „…“, and
    with ``straight_quotes`` also "…" (an odd number of them)."""
    return open_quotation(before) >= 0 or (straight_quotes and before.count('"') % 2 == 1)
