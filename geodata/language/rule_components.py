"""Faster, exact stand-ins for the model's two rule components.

spaCy's ``attribute_ruler`` tries each of its ~180 Matcher patterns at every token, and
the ``lemmatizer`` makes several Python calls per token even when its cache answers;
together they cost about a fifth of the small English pipeline's time. The stand-ins give
the same annotations (a test compares them token by token with the originals):

* :class:`IndexedAttributeRuler` looks the one-token patterns up in dictionaries by form,
  tag or dependency label (a handful of lookups per token), checks their other
  constraints on the Doc's arrays; the other fixed-length patterns (regexes, two-token and
  whitespace patterns) are tested on the arrays too, from their first token's candidates,
  and only patterns with operators would be left to a spaCy Matcher. The matches, in the
  original order, are written column by column as the original ruler's
  ``set_annotations`` would (the last match setting an attribute of a token wins).
* :class:`CachedLemmatizer` reads each token's (form, POS, morphology) from the Doc's
  arrays, asks the original lemmatizer only for combinations it has not seen, and writes
  all lemmas back at once.

:func:`install` swaps them into a loaded pipeline under the original names.
"""
from __future__ import annotations

import re
from collections import defaultdict

import numpy

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

# Token attributes a one-token pattern may test and still be looked up; the first of the
# first four with a plain choice of values is the lookup key, the rest are checked.
_COLUMNS = {"ORTH": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
_KEYS = ("ORTH", "LOWER", "TAG", "DEP")

Check = tuple[int, bool, frozenset[int]]  # (column, wanted in the set?, value hashes)


def _values(value: object) -> list[str] | None:
    """The strings a pattern value accepts, or None when it is not a plain choice."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return list(value["IN"])
    return None


def _check(strings, column: int, value: object) -> Check | None:
    """A pattern constraint as a set test on one column, or None if it is anything else."""
    if isinstance(value, bool):
        return (column, True, frozenset({int(value)}))
    if isinstance(value, dict) and set(value) == {"NOT_IN"} and all(isinstance(v, str) for v in value["NOT_IN"]):
        return (column, False, frozenset(strings.add(v) for v in value["NOT_IN"]))
    choices = _values(value)
    return None if choices is None else (column, True, frozenset(strings.add(v) for v in choices))


class _Regex(tuple):
    """A ``{"REGEX": ...}`` test of one column: (column, compiled pattern); which string ids
    pass is learnt once per id (``re.search`` on the string, as the Matcher does)."""

    def __new__(cls, column: int, pattern: str) -> "_Regex":
        return super().__new__(cls, (column, re.compile(pattern)))

    def __init__(self, column: int, pattern: str) -> None:
        self.known: dict[int, bool] = {}

    def test(self, value: int, strings) -> bool:
        hit = self.known.get(value)
        if hit is None:
            hit = self.known[value] = bool(self[1].search(strings[value]))
        return hit

    def hits(self, values: list[int], strings) -> list[int]:
        return [v for v in values if self.test(v, strings)]


def _passes(row: list[int], check: "Check | _Regex", strings) -> bool:
    if isinstance(check, _Regex):
        return check.test(row[check[0]], strings)
    return (row[check[0]] in check[2]) == check[1]


def _fixed_pattern(strings, pattern: list[dict]) -> list[list["Check | _Regex"]] | None:
    """A Matcher pattern as one list of column tests per token, or None when it uses
    anything else (operators, other attributes, other predicates)."""
    columns = list(_COLUMNS)
    tokens = []
    for spec in pattern:
        checks: list[Check | _Regex] = []
        for name, value in spec.items():
            if name not in _COLUMNS:
                return None
            column = columns.index(name)
            if (name in ("ORTH", "LOWER") and isinstance(value, dict) and set(value) == {"REGEX"}
                    and isinstance(value["REGEX"], str)):
                checks.append(_Regex(column, value["REGEX"]))
                continue
            check = _check(strings, column, value)
            if check is None:
                return None
            checks.append(check)
        tokens.append(checks)
    return tokens or None


_UNSAFE = object()  # a row the fast path leaves to set_annotations(match())


class IndexedAttributeRuler:
    """The model's attribute ruler with its one-token patterns looked up, not matched."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        # index[key column][value hash] -> [(attr_id, checks on the other columns)]
        self.index: dict[int, dict[int, list[tuple[int, list[Check]]]]] = {
            k: defaultdict(list) for k in range(len(_KEYS))}
        self.rest = Matcher(ruler.vocab)
        #: the other patterns that are a fixed sequence of simple token tests (no operators):
        #: (attr_id, one list of checks per token), matched without spaCy's Matcher
        self.fixed: list[tuple[int, list[list[Check | _Regex]]]] = []
        self.match_ids: list[int] = []
        #: token row -> :meth:`_row_entry`
        self._rows: dict[tuple[int, ...], object] = {}
        columns = list(_COLUMNS)
        for attr_id, entry in enumerate(ruler.patterns):
            key = str(attr_id)
            self.match_ids.append(strings.add(key))
            rest = []
            for pattern in entry["patterns"]:
                spec = pattern[0] if len(pattern) == 1 else {}
                lookup = next((n for n in _KEYS if n in spec and _values(spec[n]) is not None), None)
                checks = [_check(strings, columns.index(n), v) for n, v in spec.items()
                          if n != lookup and n in _COLUMNS]
                if lookup is None or len(checks) != len(spec) - 1 or None in checks:
                    rest.append(pattern)
                    continue
                table = self.index[_KEYS.index(lookup)]
                for value in _values(spec[lookup]) or []:
                    table[strings.add(value)].append((attr_id, checks))
            for pattern in rest:
                fixed = _fixed_pattern(strings, pattern)
                if fixed is None:
                    self.rest.add(key, [pattern])
                else:
                    self.fixed.append((attr_id, fixed))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The same ``(attr_id, match_id, start, end)`` list as ``AttributeRuler.match``."""
        strings = self.ruler.vocab.strings
        found = {(int(strings[m_id]), m_id, start, end)
                 for m_id, start, end in self.rest(doc, allow_missing=True, as_spans=False)} if len(self.rest) else set()
        array = doc.to_array(list(_COLUMNS.values())) if len(doc) else None
        rows = array.tolist() if array is not None else []
        if self.fixed and rows:
            self._match_fixed(array, rows, strings, found)
        tables = [(k, table) for k, table in self.index.items() if table]
        for i, row in enumerate(rows):
            for k, table in tables:
                for attr_id, checks in table.get(row[k], ()):
                    if all((row[c] in values) == wanted for c, wanted, values in checks):
                        found.add((attr_id, self.match_ids[attr_id], i, i + 1))
        return sorted(found)

    def _match_fixed(self, array, rows: list[list[int]], strings, found: set) -> None:
        """Add the matches of :attr:`fixed`: the first token's candidates are found on the
        arrays, the further tokens checked one by one (as the Matcher would, every start)."""
        n = len(rows)
        # each column's distinct values, tested once per check (not every token)
        distinct: dict[int, tuple[list[int], numpy.ndarray]] = {}
        for attr_id, tokens in self.fixed:
            size = len(tokens)
            if size > n:
                continue
            first = numpy.ones(n - size + 1, dtype=bool)
            for check in tokens[0]:
                if check[0] not in distinct:
                    values, inverse = numpy.unique(array[:, check[0]], return_inverse=True)
                    distinct[check[0]] = (values.tolist(), inverse.reshape(-1))
                values, inverse = distinct[check[0]]
                if isinstance(check, _Regex):
                    passes = [check.test(v, strings) for v in values]
                else:
                    passes = [(v in check[2]) == check[1] for v in values]
                first &= numpy.array(passes, dtype=bool)[inverse[: n - size + 1]]
            for i in numpy.flatnonzero(first).tolist():
                if all(_passes(rows[i + k], check, strings) for k in range(1, size) for check in tokens[k]):
                    found.add((attr_id, self.match_ids[attr_id], i, i + size))

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """``AttributeRuler.set_annotations`` written column by column: each token takes,
        attribute by attribute, the value of the last match that sets it (matches are sorted
        by attr_id, later rules win), and the columns are written back at once. Falls back to
        the original for extension attributes and for an index outside its match (the
        original raises its error)."""
        ruler = self.ruler
        final: dict[int, dict[int, int]] = {}
        for attr_id, _, start, end in matches:
            attrs, index = ruler.attrs[attr_id], ruler.indices[attr_id]
            i = start + index if index >= 0 else end + index
            if "_" in attrs or not start <= i < end:
                ruler.set_annotations(doc, matches)
                return
            final.setdefault(i, {}).update(attrs)
        if not final:
            return
        names = sorted({name for attrs in final.values() for name in attrs})
        place = {name: j for j, name in enumerate(names)}
        columns = doc.to_array(names).reshape(len(doc), len(names))
        for i, attrs in final.items():
            for name, value in attrs.items():
                columns[i, place[name]] = value
        doc.from_array(names, columns)

    #: most distinct token rows remembered (a long-running process reads many texts)
    ROW_CACHE_SIZE = 200_000

    def __call__(self, doc: Doc) -> Doc:
        """``set_annotations(doc, match(doc))``, faster: what the one-token patterns give a
        token depends only on its row (form, lower case, tag, label, whether a space), so it
        is worked out once per distinct row; the tokens other patterns also set are merged
        in attr_id order, as the sorted matches would be applied."""
        if not len(doc) or len(self.rest):
            self.set_annotations(doc, self.match(doc))
            return doc
        ruler = self.ruler
        array = doc.to_array(list(_COLUMNS.values()))
        rows = array.tolist()
        extra: set[tuple[int, int, int, int]] = set()
        if self.fixed:
            self._match_fixed(array, rows, ruler.vocab.strings, extra)
        also: dict[int, set[int]] = {}  # token -> attr_ids of the longer matches that set it
        for attr_id, _, start, end in extra:
            index = ruler.indices[attr_id]
            i = start + index if index >= 0 else end + index
            if "_" in ruler.attrs[attr_id] or not start <= i < end:
                self.set_annotations(doc, self.match(doc))
                return doc
            also.setdefault(i, set()).add(attr_id)
        cache = self._rows
        if len(cache) > self.ROW_CACHE_SIZE:
            cache.clear()
        values = []
        for i, row in enumerate(rows):
            key = tuple(row)
            entry = cache.get(key)
            if entry is None:
                entry = cache[key] = self._row_entry(row)
            if entry is _UNSAFE:
                self.set_annotations(doc, self.match(doc))
                return doc
            if i in also:
                entry = (None, self._merged(sorted(set(entry[0]) | also[i])))
            values.append(entry[1])
        names = sorted({name for merged in values for name in merged})
        if not names:
            return doc
        place = {name: j for j, name in enumerate(names)}
        columns = doc.to_array(names).reshape(len(doc), len(names)).tolist()
        for row, merged in zip(columns, values):
            for name, value in merged.items():
                row[place[name]] = value
        doc.from_array(names, numpy.array(columns, dtype="uint64"))
        return doc

    def _row_entry(self, row: list[int]):
        """(attr_ids of the one-token patterns a token of this row matches, ascending; the
        attributes they set, later ones winning), or _UNSAFE when the original would do
        something else (extension attributes, an index outside the token)."""
        ids = sorted({attr_id for k, table in self.index.items() if table
                      for attr_id, checks in table.get(row[k], ())
                      if all((row[c] in values) == wanted for c, wanted, values in checks)})
        if any("_" in self.ruler.attrs[a] or self.ruler.indices[a] not in (0, -1) for a in ids):
            return _UNSAFE
        return (tuple(ids), self._merged(ids))

    def _merged(self, attr_ids) -> dict[int, int]:
        merged: dict[int, int] = {}
        for attr_id in attr_ids:
            merged.update(self.ruler.attrs[attr_id])
        return merged


class CachedLemmatizer:
    """The model's rule lemmatizer, asked once per (form, POS, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        changed = False
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            value = self.cache.get(key)
            if value is None:
                value = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self.cache[key] = value
            rows[i, 3] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], rows[:, 3:4].copy())
        return doc


@Language.factory("indexed_attribute_ruler")
def _make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory("cached_lemmatizer")
def _make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


def install(nlp: Language) -> None:
    """Replace ``attribute_ruler`` and a rule-mode ``lemmatizer`` by their stand-ins,
    keeping the component names."""
    for original, factory, wanted in (("attribute_ruler", "indexed_attribute_ruler", AttributeRuler),
                                      ("lemmatizer", "cached_lemmatizer", Lemmatizer)):
        if original not in nlp.pipe_names or not isinstance(nlp.get_pipe(original), wanted):
            continue
        if original == "lemmatizer" and nlp.get_pipe(original).mode != "rule":
            continue
        nlp.add_pipe(factory, name=f"{original}_fast", after=original)
        removed = nlp.remove_pipe(original)[1]
        nlp.rename_pipe(f"{original}_fast", original)
        del removed
