"""Reading a publication date given by a user, a file's metadata or a batch line."""
from __future__ import annotations

import datetime as dt
import re

from timeline.errors import PublicationDateError

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](.+?))?\s*$")
EARLIEST = dt.date(1800, 1, 1)
LATEST = dt.date(2200, 12, 31)


def parse_published(value: dt.date | dt.datetime | str | None) -> dt.date:
    """Return the publication date as a ``date``, or raise :class:`PublicationDateError`.

    Accepts a ``date``, a ``datetime`` or an ISO string ``YYYY-MM-DD`` (a time part, which
    must be an ISO time such as ``T16:42:00+03:00``, is ignored). Nothing is guessed: a
    missing date is an error, never today's date.

    >>> parse_published("2025-07-14")
    datetime.date(2025, 7, 14)
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        raise PublicationDateError("a publication date is needed (YYYY-MM-DD), none was given")
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        match = _ISO.match(value)
        if not match:
            raise PublicationDateError(f"publication date {value!r} is not of the form YYYY-MM-DD")
        year, month, dom = (int(g) for g in match.groups()[:3])
        try:
            day = dt.date(year, month, dom)
        except ValueError as exc:
            raise PublicationDateError(f"publication date {value!r} is not a real date ({exc})") from None
        clock = match.group(4)
        if clock is not None and not _is_time(clock):
            raise PublicationDateError(f"publication date {value!r}: {clock!r} is not a time of day (HH:MM[:SS])")
    else:
        raise PublicationDateError(f"publication date must be a date or YYYY-MM-DD, not {type(value).__name__}")
    if not EARLIEST <= day <= LATEST:
        raise PublicationDateError(
            f"publication date {day.isoformat()} is outside {EARLIEST.year}-{LATEST.year}")
    return day


def _is_time(text: str) -> bool:
    """Whether ``text`` is an ISO 8601 time of day, with an optional offset or Z."""
    try:
        dt.time.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return False
    return True
