"""Korean place spans, learned: which runs of Kiwi morphemes name a place (KLUE-NER's LC).

The rules of :func:`geodata.toponyms.native._korean` take the proper nouns the names index
knows. KLUE's places are wider: landmarks and buildings (경복궁, 서울역, 문막휴게소), roads,
mountains and seas the index lacks; and narrower: a country acting as an agent ("북한이 …
밝혔다") or a city in a court's name ("서울북부지법") is no place. This module scores every
candidate span (:func:`candidates`: up to four nominal morphemes, glued or a space apart) with a
logistic regression learned from the KLUE-NER *train* sentences (never its dev set), over:

- what the **lexicon** says of the span's text: how often it was a place among the times it
  was a candidate in train (``[places, seen]``), or that train never saw it;
- its **shape**: morpheme tags, first and last syllables, head noun;
- the **names index**: known or not, feature class, match kind, population;
- its **neighbours**: the particle or noun glued after it, the next word's last noun, the word
  before, whether that word is a known place ("경남 진해").

The greedy decoding keeps the most probable spans above the threshold that overlap no more
probable one. The lexicon and weights (``geodata/gazetteer/data/ko_places.json.gz``, CC BY-SA
4.0 like the data they come from) are written by ``benchmarks/train_korean_places.py``, which
says how the training labels were rebuilt and where the data came from.
"""
from __future__ import annotations

import functools
import gzip
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Collection, Mapping, Sequence

from geodata.language.analysis import Word

DATA_PATH = Path(__file__).resolve().parents[1] / "gazetteer" / "data" / "ko_places.json.gz"

#: morphemes a name may be made of
NOMINAL = frozenset({"NNP", "NNG", "SL", "SH", "SN", "XSN", "XPN", "NNB"})
#: morphemes a name may start with
STARTS = frozenset({"NNP", "SL", "SH", "NNG"})
#: morphemes a name may end with
ENDS = frozenset({"NNP", "NNG", "SL", "SH", "XSN"})
MAX_MORPHEMES = 4
VOUCHED_THRESHOLD = 0.1
MAX_CHARS = 20

#: what the names index says of a span: (feature class or "", match kind or "", population)
IndexView = tuple[str, str, int]


@dataclass(slots=True)
class Span:
    i: int  # first morpheme
    j: int  # one past the last morpheme
    start: int
    end: int
    text: str


def candidates(words: Sequence[Word], text: str, known: Callable[[str], bool]) -> list[Span]:
    """Every run of up to four nominal morphemes, glued or a single space apart, that starts
    with a proper noun, a foreign word or a common noun, and ends with a noun; a run of common
    nouns only when ``known`` (the lexicon) has its text."""
    found = []
    n = len(words)
    for i in range(n):
        if words[i].tag not in STARTS:
            continue
        proper = False
        for j in range(i + 1, min(n, i + MAX_MORPHEMES) + 1):
            w = words[j - 1]
            if w.tag not in NOMINAL or w.sentence != words[i].sentence:
                break
            if j - 1 > i:
                gap = text[words[j - 2].end:w.start]
                if gap not in ("", " "):
                    break
            proper = proper or w.tag in ("NNP", "SL", "SH")
            start, end = words[i].start, w.end
            if end - start > MAX_CHARS:
                break
            if w.tag not in ENDS:
                continue
            surface = text[start:end]
            if proper or known(surface):
                found.append(Span(i, j, start, end, surface))
    return found


def _bin(value: int, edges: Sequence[int]) -> int:
    return sum(value >= e for e in edges)


def _head(words: Sequence[Word], k: int) -> tuple[str, str]:
    """The last noun of the word (space to space) that morpheme ``k`` starts, and the last two
    syllables of its nouns ("강남경찰서" → "찰서"); or empty."""
    head, start, end = "", words[k].start if k < len(words) else 0, 0
    while k < len(words):
        if words[k].tag in ("NNG", "NNP", "XSN", "NNB"):
            head, end = words[k].lemma, words[k].end
        if k + 1 >= len(words) or words[k + 1].start != words[k].end:
            break
        k += 1
    return head, "".join(w.text for w in words if start <= w.start and w.end <= end)[-2:]


def lexicon_features(entry: Sequence[float] | None) -> list[str]:
    """What the lexicon says of a span's text: unseen, or its place share and how often seen."""
    if entry is None:
        return ["lex=unseen"]
    places, seen = entry
    share = _bin(round(100 * places / max(seen, 1)), (5, 20, 40, 60, 80, 95))
    often = _bin(int(seen), (2, 5, 20))
    return [f"lexp={share}", f"lexn={often}", f"lexp={share}&n={often}"]


def _previous_name(words: Sequence[Word], text: str, i: int) -> str:
    """The run of nouns just before morpheme ``i``, a space apart ("경남" before "진해"), or ""."""
    k = i - 1
    if k < 0 or text[words[k].end:words[i].start] != " " or words[k].tag not in ("NNP", "NNG", "XSN", "SL"):
        return ""
    first = k
    while first > 0 and words[first - 1].end == words[first].start and words[first - 1].tag in NOMINAL:
        first -= 1
    return text[words[first].start:words[k].end]


def features(words: Sequence[Word], text: str, span: Span, view: IndexView,
             entry: Sequence[float] | None = None, lexicon: Mapping[str, Sequence[float]] | None = None) -> list[str]:
    """The model's features of ``span``: never its whole text, but what the lexicon (``entry``
    for the span, ``lexicon`` for its neighbours) and the names index (``view``) say of it."""
    run = words[span.i:span.j]
    tags = "+".join(("_" if k and text[run[k - 1].end:w.start] == " " else "") + w.tag for k, w in enumerate(run))
    surface = span.text.replace(" ", "")
    last = run[-1]
    out = [f"tags={tags}", f"len={min(len(surface), 8)}", f"last1={surface[-1:]}", f"last2={surface[-2:]}",
           f"first1={surface[:1]}", f"head={last.lemma}/{last.tag}" if len(run) > 1 else f"single={last.tag}"]
    if not any("\uac00" <= c <= "\ud7a3" for c in surface):
        out.append("latin" if surface.isascii() else "nohangul")
    lexf = lexicon_features(entry)
    out += lexf
    out.append(f"{lexf[0]}&tags={tags}")
    feature, match, population = view
    out.append(f"ix={feature or '-'}")
    if feature:
        out.append(f"ixm={match}")
        out.append(f"ixp={_bin(population, (1_000, 100_000, 1_000_000))}")
        out.append(f"ix={feature}&tags={tags}")
        out.append(f"ix={feature}&{lexf[0]}")
    after = words[span.j] if span.j < len(words) else None
    before = words[span.i - 1] if span.i > 0 else None
    if after is None or after.sentence != run[-1].sentence:
        out.append("next=END")
    elif after.start == span.end:
        key = after.lemma if after.tag.startswith(("J", "X", "V", "E", "N", "S")) else ""
        out.append(f"next={after.tag}:{key}")
        out.append(f"nexttag={after.tag}")
        out.append(f"{lexf[0]}&nexttag={after.tag}")
        if feature:
            out.append(f"ix={feature}&next={after.tag}:{key}")
        if after.tag in ("NNG", "XSN", "NNB", "NNP"):
            head, ending = _head(words, span.j)
            out += [f"gluedhead={head}", f"gluedend={ending}"]
    else:
        out.append(f"after={after.tag}:{after.lemma if after.tag in ('NNG', 'VV') else ''}")
        out.append(f"aftertag={after.tag}")
        out.append(f"{lexf[0]}&aftertag={after.tag}")
        if after.tag in ("NNG", "NNP", "SL"):
            head, ending = _head(words, span.j)
            out += [f"afterhead={head}", f"afterend={ending}", f"{lexf[0]}&afterend={ending}"]
    if before is None or before.sentence != run[0].sentence:
        out.append("prev=BEGIN")
    elif before.end == span.start:
        out.append(f"prevglued={before.tag}:{before.lemma if before.tag != 'NNP' else ''}")
    else:
        out.append(f"prev={before.tag}:{before.lemma if before.tag not in ('NNP', 'SN', 'SL') else ''}")
    if lexicon is not None:
        previous = lexicon.get(_previous_name(words, text, span.i)) if span.i else None
        if previous is not None and previous[1] >= 2 and previous[0] >= previous[1] / 2:
            out.append("prevplace")
            out.append(f"prevplace&{lexf[0]}")
    quote = text[max(0, span.start - 1):span.start]
    if quote and quote in "'\"‘“<《「『[(":
        out.append(f"open={quote}")
    return out


class KoreanPlaceModel:
    """The lexicon and backoff weights of ``ko_places.json.gz``."""

    def __init__(self, data: dict) -> None:
        self.lexicon: dict[str, list[int]] = data["lexicon"]
        self.weights: dict[str, float] = data["weights"]
        self.bias: float = data["bias"]
        self.threshold: float = data.get("threshold", 0.5)
        #: what a vouched span needs: not learned, a floor against the absurd
        self.vouched_threshold: float = VOUCHED_THRESHOLD
        self.meta: dict = data.get("meta", {})

    @classmethod
    def load(cls, path: Path | None = None) -> "KoreanPlaceModel":
        with gzip.open(path or DATA_PATH, "rt", encoding="utf-8") as fh:
            return cls(json.load(fh))

    def known(self, surface: str) -> bool:
        entry = self.lexicon.get(surface)
        return entry is not None and entry[0] > 0

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def spans(self, words: Sequence[Word], text: str, view: Callable[[str], IndexView],
              vouched: Collection[tuple[int, int]] = ()) -> list[tuple[Span, float]]:
        """The place spans of one text, non-overlapping, in text order, with their probabilities;
        a ``vouched`` span (names the caller knows for places) needs only ``vouched_threshold``."""
        scored = []
        for span in candidates(words, text, self.known):
            p = self.probability(features(words, text, span, view(span.text), self.lexicon.get(span.text),
                                          self.lexicon))
            scored.append((span, p))
        return decode(scored, self.threshold, vouched, self.vouched_threshold)


def decode(scored: list[tuple[Span, float]], threshold: float, vouched: Collection[tuple[int, int]] = (),
           vouched_threshold: float | None = None) -> list[tuple[Span, float]]:
    """The most probable candidates above ``threshold`` (``vouched_threshold`` for a ``vouched``
    span) that overlap no more probable one, in text order."""
    taken: list[tuple[Span, float]] = []
    for span, p in sorted(scored, key=lambda sp: (-sp[1], sp[0].start)):
        if p < threshold and (vouched_threshold is None or p < vouched_threshold
                              or (span.start, span.end) not in vouched):
            continue
        if all(span.end <= other.start or other.end <= span.start for other, _ in taken):
            taken.append((span, p))
    taken.sort(key=lambda sp: sp[0].start)
    return taken


@functools.cache
def get_model() -> KoreanPlaceModel:
    """The shipped model, loaded once."""
    return KoreanPlaceModel.load()


def index_view(lookup: Callable[[str], list[dict]], surface: str) -> IndexView:
    """What the names index says of ``surface`` (``lookup``: name key → candidates, most prominent
    first): the best candidate's feature class, match kind and population, or empty."""
    from geodata.gazetteer.names import name_key

    cands = lookup(name_key(surface))
    if not cands:
        return "", "", 0
    best = cands[0]
    return best["feature"], best.get("match") or "", int(best.get("population") or 0)
