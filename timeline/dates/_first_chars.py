"""The characters a regular expression's match may begin with, as a lookahead to put in
front of it.

A rule's pattern is tried at every position of the text that passes its leading lookbehind
(every word start and every space after punctuation); the engine explores all its
alternatives there before failing. A lookahead of one character class, ``(?=[0-9MmTt])``,
fails at once where no match could start, and leaves every match as it was: the class is
read off the parsed pattern (literals, classes, the first item of each alternative, past
optional items and zero-width assertions), each item with the case-sensitivity it had, so
"(?i:may)" gives ``(?i:[m])`` and matches "May" as before. Where the first character cannot
be told (a pattern that may match empty, a back-reference, any character), no lookahead.
"""
from __future__ import annotations

import re

try:  # the engine's own parser (private: where a Python lays it out otherwise, no lookahead)
    from re import _constants as C  # noqa: N812 (the names of the engine's opcodes)
    from re import _parser
except ImportError:  # pragma: no cover
    C = _parser = None

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)


class _Unknown(Exception):
    """The first character cannot be told."""


def first_char_lookahead(pattern: str, flags: int = 0) -> str:
    """``(?=...)``, a lookahead every match of ``pattern`` (compiled with ``flags``) passes
    at its start, or "" when no such class can be read off it.

    >>> ahead = first_char_lookahead(r"(?:the\\s+)?(\\d+)th", re.IGNORECASE)
    >>> [bool(re.match(ahead, s)) for s in ("The 5th", "5th", " 5th", "on the 5th")]
    [True, True, False, False]
    """
    if _parser is None or flags & ~(re.IGNORECASE | re.UNICODE):
        return ""
    found: set[tuple[str, bool]] = set()
    try:
        if _first(_parser.parse(pattern, flags), flags, found):
            return ""  # may match the empty string
    except (_Unknown, AttributeError):  # (AttributeError: an engine with other opcodes)
        return ""
    parts = []
    for ignore_case in (False, True):
        items = sorted(item for item, case in found if case is ignore_case)
        if items:
            parts.append(("(?i:[%s])" if ignore_case else "(?-i:[%s])") % "".join(items))
    return "(?=%s)" % "|".join(parts)


def _first(sequence, flags: int, found: set[tuple[str, bool]]) -> bool:
    """Add to ``found`` the class items (with whether case is ignored) a match of the
    sequence may begin with; whether the sequence may match the empty string."""
    for op, av in sequence:
        ignore_case = bool(flags & re.IGNORECASE)
        if op is C.LITERAL:
            found.add(("\\U%08x" % av, ignore_case))
            return False
        if op is C.IN:
            for item_op, item in av:
                if item_op is C.LITERAL:
                    found.add(("\\U%08x" % item, ignore_case))
                elif item_op is C.RANGE:
                    found.add(("\\U%08x-\\U%08x" % item, ignore_case))
                elif item_op is C.CATEGORY and item in _CATEGORIES:
                    found.add((_CATEGORIES[item], ignore_case))
                else:  # a negated class, a category of another kind
                    raise _Unknown
            return False
        if op is C.BRANCH:
            empty = False
            for alternative in av[1]:
                empty |= _first(alternative, flags, found)
            if not empty:
                return False
        elif op is C.SUBPATTERN:
            _group, add, delete, sub = av
            if not _first(sub, (flags | add) & ~delete, found):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _first(av, flags, found):
                return False
        elif op in _REPEATS:
            least, _most, sub = av
            if not _first(sub, flags, found) and least > 0:
                return False
        elif op not in _ZERO_WIDTH:
            raise _Unknown  # any character, a back-reference, a conditional group
    return True
