from __future__ import annotations

import datetime as dt

import pytest

from timeline.errors import PublicationDateError
from timeline.sources.pubdate import parse_published


@pytest.mark.parametrize("value, expected", [
    ("2025-07-14", dt.date(2025, 7, 14)),
    ("2025-7-4", dt.date(2025, 7, 4)),
    ("2025-07-14T16:42:00+03:00", dt.date(2025, 7, 14)),
    ("2025-07-14 10:00", dt.date(2025, 7, 14)),
    ("2025-07-14T10:00:00.5Z", dt.date(2025, 7, 14)),
    (dt.date(2009, 3, 20), dt.date(2009, 3, 20)),
    (dt.datetime(2009, 3, 20, 23, 59), dt.date(2009, 3, 20)),
])
def test_accepts_dates(value, expected) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value, words", [
    (None, "needed"),
    ("", "needed"),
    ("14/07/2025", "YYYY-MM-DD"),
    ("2025-02-31", "not a real date"),
    ("2025-13-01", "not a real date"),
    ("99999-01-01", "YYYY-MM-DD"),
    ("1066-10-14", "outside"),
    (20250714, "must be a date"),
    ("2025-07-14 lol", "not a time of day"),
    ("2025-07-14T25:61:00", "not a time of day"),
    ("2025-07-14T10:00:00+99:00", "not a time of day"),
])
def test_rejects_bad_dates_with_a_clear_message(value, words) -> None:
    with pytest.raises(PublicationDateError, match=words):
        parse_published(value)
