"""The first-character lookahead put in front of every date rule changes no match."""
import re

from timeline.dates._first_chars import first_char_lookahead
from timeline.dates._rules import RULES


def test_class_of_first_characters():
    ahead = first_char_lookahead(r"(?:the\s+)?(\d+)(?:st|nd|rd|th)", re.IGNORECASE)
    assert re.match(ahead, "The 3rd", re.IGNORECASE) and re.match(ahead, "3rd")
    assert not re.match(ahead, "on the 3rd") and not re.match(ahead, " 3rd")


def test_case_kept_per_item():
    ahead = first_char_lookahead(r"(?i:may)|Q[1-4]")
    assert re.match(ahead, "MAY") and re.match(ahead, "Q3")
    assert not re.match(ahead, "q3")  # "Q" was case-sensitive


def test_no_lookahead_when_first_character_unknown():
    assert first_char_lookahead(r"(?:the)?") == ""  # may match nothing
    assert first_char_lookahead(r".5") == ""
    assert first_char_lookahead(r"[^a]b") == ""


def test_every_rule_matches_as_without_it():
    text = ("On Monday the 3rd of March 2025, two weeks ago, \u212aelvin said at 10:30 a.m. that "
            "THE 21ST OF OCTOBER and Q3 2024, 12/05/2021, the 1990s and mid-'97 were recent; "
            "\u017funday, \u0130n May, last night and this morning.")
    for rule in RULES:
        source = rule.pattern.pattern
        plain = re.compile(source[source.index("(?<![\\w$"):], rule.pattern.flags)  # without the lookahead
        assert rule.pattern.pattern.startswith("(?=")
        assert [(m.span(), m.groups()) for m in rule.pattern.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)], rule.name
