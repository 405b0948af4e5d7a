"""One colour-blind-safe colour per family of event types, shared by the map, timeline and table."""
from __future__ import annotations

from geodata.export import palette


def test_types_the_analyst_confused_get_different_colours() -> None:
    # Issue 17: meet and other were both blue, attack and condemn both red, agree and support green.
    assert palette.event_colour("meet") != palette.event_colour("sabotage")
    assert palette.event_colour("attack") != palette.event_colour("condemn")
    assert palette.event_colour("agree") == palette.event_colour("support")  # one family, named in the legend


def test_family_colours_are_the_okabe_ito_palette_and_distinct() -> None:
    okabe_ito = {"#0072B2", "#009E73", "#E69F00", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#999999"}
    colours = [colour for _, colour, _ in palette.TYPE_FAMILIES.values()]
    assert len(set(colours)) == len(colours)
    assert set(colours) <= okabe_ito


def test_legend_lists_families_of_the_types_present() -> None:
    entries = palette.legend_entries(["attack", "meet", "sabotage"])
    assert [e["family"] for e in entries] == ["cooperation", "violence", "other"]
    assert entries[-1]["types"] == ["sabotage"]
