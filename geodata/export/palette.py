"""One colour per family of event types, the same on the map, the timeline and the table.

Eighteen types cannot each have a colour that people with a colour-vision deficiency tell
apart, so types are grouped in eight families and each family gets one colour of the
Okabe-Ito palette (Okabe & Ito 2008, designed to stay distinct under protanopia,
deuteranopia and tritanopia). Types outside the ontology fall in "other" (grey), as does
a plain statement. The legend names the families and the types in each.

>>> event_colour("attack") == event_colour("violence_against_civilians")
True
>>> event_colour("attack") != event_colour("condemn")
True
"""
from __future__ import annotations

#: Family -> (label, colour, its types). Order is the legend's.
TYPE_FAMILIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "cooperation": ("Meetings and agreements", "#0072B2", ("meet", "visit", "agree", "support")),
    "aid": ("Aid and supplies", "#009E73", ("aid", "supply")),
    "pressure": ("Warnings and condemnations", "#E69F00", ("warn", "condemn")),
    "force": ("Deployments and arrests", "#CC79A7", ("deploy", "arrest")),
    "violence": ("Attacks and violence", "#D55E00", ("attack", "violence_against_civilians", "riot")),
    "civic": ("Protests and elections", "#56B4E9", ("protest", "election")),
    "hazard": ("Disasters and accidents", "#F0E442", ("disaster", "accident")),
    "other": ("Statements and other", "#999999", ("statement",)),
}
OTHER_FAMILY = "other"

FAMILY_OF_TYPE: dict[str, str] = {kind: family for family, (_, _, kinds) in TYPE_FAMILIES.items() for kind in kinds}
#: Each known type's colour (its family's).
EVENT_TYPE_COLOURS: dict[str, str] = {kind: TYPE_FAMILIES[family][1] for kind, family in FAMILY_OF_TYPE.items()}


def event_family(event_type: str | None) -> str:
    """The family of an event type ("other" for a type outside the ontology)."""
    return FAMILY_OF_TYPE.get(event_type or "", OTHER_FAMILY)


def event_colour(event_type: str | None) -> str:
    """The colour of an event type on the map, the timeline and the table."""
    return TYPE_FAMILIES[event_family(event_type)][1]


def family_label(family: str) -> str:
    return TYPE_FAMILIES.get(family, TYPE_FAMILIES[OTHER_FAMILY])[0]


def legend_entries(event_types: list[str] | tuple[str, ...] | None = None) -> list[dict[str, object]]:
    """The families as the legend lists them: label, colour and types (only the given
    ``event_types`` when some are given, and only families that hold one of them)."""
    wanted = set(event_types) if event_types is not None else None
    entries = []
    for family, (label, colour, kinds) in TYPE_FAMILIES.items():
        present = [k for k in kinds if wanted is None or k in wanted]
        if family == OTHER_FAMILY and wanted is not None:
            present += sorted(k for k in wanted if k not in FAMILY_OF_TYPE)
        if present or wanted is None:
            entries.append({"family": family, "label": label, "colour": colour, "types": present})
    return entries
