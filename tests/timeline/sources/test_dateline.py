"""Datelines at the head of a story (timeline.sources.dateline)."""
from __future__ import annotations

from timeline.sources.dateline import find_datelines


def test_a_bare_city_before_an_underscore_opens_the_story() -> None:
    # (made up) the news-agency style "MILLTOWN _" with the story on the next paragraph
    text = "\n\nWASHINGTON _\n\nLawmakers met on Monday to discuss the budget."
    [line] = find_datelines(text)
    assert (line.city, text[line.end:line.end + 10]) == ("Washington", "Lawmakers ")
    # an acronym or a lower-case word after the dash is no dateline
    assert find_datelines("NATO - the alliance met on Friday.") == []
    assert find_datelines("\nUNHCR _ the agency said.") == []


def test_a_dateline_after_a_bylines_date() -> None:
    # (made up) a headline and a byline run into the first line, then the dateline
    text = ("Fire guts downtown block. BY JANE ROE Staff Writer March 29, 2009 PATASKALA -- City "
            "officials said the block can be rebuilt.")
    [line] = find_datelines(text)
    assert (line.city, text[line.end:line.end + 4]) == ("Pataskala", "City")
