"""What a relative date expression is resolved against: the publication date, the previous
date of the narrative, and the tense of the sentence around it."""
from __future__ import annotations

import bisect
import datetime as dt
import re

_SENTENCE_END = re.compile(r"""(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|No))[.!?]["')\]]*\s+(?=["'(\[]*[A-Z0-9`])|\n\s*\n""")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")

_FUTURE_WORDS = frozenset("""will wo shall 'll would may might upcoming
scheduled planned planning plans plan intends supposed intend expects expect expected hopes hope
due aims aim tomorrow soon""".split())
#: "to" after these makes the clause about what is to come ("is set to meet Friday").
_FUTURE_BEFORE_TO = frozenset("set going due expected scheduled planning plans plan is are".split())
_PAST_WORDS = frozenset("""said was were had did told announced reported added declared
stated confirmed denied met arrived left began ended died killed took came went gave
made held fell rose ago last yesterday earlier since""".split())
_NOT_PAST_ED = frozenset("""need indeed speed feed seed bed red proceed exceed succeed
hundred kindred bred shed breed united limited based""".split())


_SOON_AS = re.compile(r"\bas\s+(?:early|soon|late)\s+as\s+$|\w\s+until\s+$")


class DateContext:
    """Per-document state while mentions are normalised in document order."""

    def __init__(self, text: str, published: dt.date) -> None:
        self.text = text
        self.published = published
        self._ends: list[int] | None = None
        #: the latest mention at day precision: (date, its text), for "the following day"
        self.last_day: tuple[dt.date, str] | None = None
        #: the latest vague span ("days before"): (start, end, its text), for "the following day"
        self.last_vague: tuple[dt.date, dt.date, str] | None = None
        #: the latest quarter mentioned: (year, quarter), for "a year earlier" in results
        self.last_quarter: tuple[int, int] | None = None
        #: the latest point-in-time mention of any precision: (its first day, description)
        self.last_point: tuple[dt.date, str] | None = None
        self.has_quarters = bool(re.search(r"\bquarter|\bperiod\b", text, re.I))

    # ------------------------------------------------------------------ sentences
    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the sentence containing ``pos``."""
        if self._ends is None:
            self._ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        i = bisect.bisect_right(self._ends, pos)
        start = self._ends[i - 1] if i else 0
        end = self._ends[i] if i < len(self._ends) else len(self.text)
        return start, end

    def tense(self, start: int, end: int) -> str | None:
        """'future', 'past' or None for the clause around the span ``start``..``end``.

        The nearest tense cue before the span decides ("will meet Friday", "said Friday");
        without one, the nearest cue after it within the sentence.
        """
        s_start, s_end = self.sentence_bounds(start)
        near = self.text[max(s_start, start - 20):start].lower()
        if _SOON_AS.search(near):
            return "future"
        before = _WORD.findall(self.text[max(s_start, start - 120):start])
        for i in range(len(before) - 1, -1, -1):
            cue = _cue(before, i)
            if cue == "future" and any(w.lower() == "had" for w in before[max(0, i - 3):i]):
                return "past"  # "had been due to expire Friday", "was to meet Monday"
            if cue:
                return cue
        after = _WORD.findall(self.text[end:min(s_end, end + 80)])
        for i in range(len(after)):
            cue = _cue(after, i)
            if cue:
                return cue
        return None

    def direction(self, start: int, end: int, default: str = "past") -> str:
        """'future' when the clause is about what is to come, else ``default``."""
        tense = self.tense(start, end)
        if tense == "future":
            return "future"
        if tense == "past":
            return "past"
        return default

    # ------------------------------------------------------------------ anchors
    def reference_day(self) -> tuple[dt.date, str]:
        """The previous date of the narrative, else the publication date, with a description."""
        if self.last_day is not None:
            day, text = self.last_day
            return day, f"{day.isoformat()} (previous date in the text, {text!r})"
        return self.published, f"publication date {self.published.isoformat()}"


def _cue(words: list[str], i: int) -> str | None:
    word = words[i]
    low = word.lower()
    if (low in _FUTURE_WORDS and word not in ("May", "Will")) or low == "'ll":
        return "future"
    if low == "to" and i > 0 and words[i - 1].lower() in _FUTURE_BEFORE_TO:
        return "future"
    if low in _PAST_WORDS:
        return "past"
    if low.endswith("ed") and len(low) > 4 and low not in _NOT_PAST_ED and word[0].islower():
        if i > 0 and words[i - 1].lower() in ("be", "been", "being"):
            return None  # a passive ("to be published"): the auxiliary decides
        return "past"
    return None
