"""Stretches of time counted from the publication date or the narrative: "the past three
days", "last 2 weeks", "the next 3 years", "the following two days".

A stretch is a DATE with an interval of whole calendar units: "the past three days" are the
three days before the reference day, "the next 2 weeks" the two ISO weeks after the
reference's week (a week is Monday to Sunday, never just its Monday). Its value is the ISO
8601 interval in the unit ("2025-W27/2025-W28"). Vague amounts ("the past few days") stay
vague references (:mod:`timeline.dates._rules`).
"""
from __future__ import annotations

import re

from timeline.dates import _calendar as cal
from timeline.dates._calendar import Resolved
from timeline.dates._context import DateContext
from timeline.dates._rules import NUMBER, _number, _pub, _with_anchor, rule

_UNIT_CODES = {"day": "D", "week": "W", "fortnight": "D", "month": "M", "quarter": "Q", "year": "Y",
               "decade": "DE"}
_BACK = frozenset({"last", "past", "previous", "preceding"})


@rule("span", rf"(?:(?:the|these|those)\s+)?(last|past|previous|preceding|next|coming|following|upcoming)\s+"
      rf"(?:({NUMBER}|(?:a\s+)?couple\s+of)\s+(days|weeks|fortnights|months|quarters|years|yrs|decades)|(fortnight))", priority=3, triggers="last past previous preceding next coming following upcoming")
def _span(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    which = m.group(1).lower()
    if m.group(4):
        count, unit_word = 1, "fortnight"
    else:
        count, unit_word = _number(m.group(2)), m.group(3).lower().rstrip("s").replace("yr", "year")
    if count is None or count < 1 or count > 100:
        return None
    unit = _UNIT_CODES[unit_word]
    if unit_word == "fortnight":
        count *= 14
    direction = -1 if which in _BACK else 1
    ref, ref_desc = ctx.published, _pub(ctx)
    narrative = which in ("following", "preceding") or (
        m.group().lower().startswith(("the", "those")) and which in ("next", "previous")
        and ctx.last_day is not None and ctx.tense(m.start(), m.end()) == "past")
    if narrative:
        # "On Monday ... over the following two days": counted from the narrative's day.
        ref, ref_desc = ctx.reference_day()
    res = cal.span_ref(ref, unit, count, direction)
    side = "before" if direction < 0 else "after"
    return _with_anchor(res, f"{m.group()} → {count} {unit_word}(s) {side} the one of {ref_desc}")
