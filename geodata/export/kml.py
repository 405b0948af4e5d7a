"""KML 2.2 export of located records: one Placemark per event with a TimeSpan.

Written with :mod:`xml.etree.ElementTree` (text is escaped by the serializer; characters
XML 1.0 cannot hold at all, such as NUL or a lone surrogate, are left out). Google
Earth and QGIS read ``TimeSpan`` begin/end as the event's interval (``end`` is the last
day, inclusive, as in the records).

>>> text = kml_text([{"id": "e1", "event_type": "visit", "lat": 39.15, "lon": 127.44,
...                   "date_start": "2025-07-11", "date_end": "2025-07-12"}])
>>> "<begin>2025-07-11</begin>" in text
True
"""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from typing import Any

KML_NS = "http://www.opengis.net/kml/2.2"

# Extended data written for each placemark (name -> record field).
EXTENDED_FIELDS = {
    "event_id": "id", "event_type": "event_type", "mode": "mode", "date_precision": "date_precision",
    "date_text": "date_text", "place_name": "place_name", "country_code": "country_code",
    "geo_precision": "geo_precision", "confidence": "confidence", "source_title": "source_title",
    "source_url": "source_url", "published": "published",
}


def _get(record: Any, name: str) -> Any:
    return record.get(name) if isinstance(record, Mapping) else getattr(record, name, None)


# What XML 1.0 has no way to write, not even as a character reference.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return "" if value is None else _NOT_XML.sub("", str(value))


def _actors(record: Any) -> list[str]:
    return [a if isinstance(a, str) else str(_get(a, "name")) for a in _get(record, "actors") or []]


def kml_document(records: Iterable[Any], *, name: str = "Events") -> ET.Element:
    """The KML root element of the located records (records without coordinates are left out)."""
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    document = ET.SubElement(root, f"{{{KML_NS}}}Document")
    ET.SubElement(document, f"{{{KML_NS}}}name").text = _text(name)
    for record in records:
        lat, lon = _get(record, "lat"), _get(record, "lon")
        if lat is None or lon is None:
            continue
        placemark = ET.SubElement(document, f"{{{KML_NS}}}Placemark", id=f"event-{_text(_get(record, 'id'))}")
        actors = _actors(record)
        title = f"{_text(_get(record, 'event_type')) or 'event'}" + (f": {_text(', '.join(actors))}" if actors else "")
        ET.SubElement(placemark, f"{{{KML_NS}}}name").text = title
        ET.SubElement(placemark, f"{{{KML_NS}}}description").text = _text(_get(record, "sentence"))
        start, end = _text(_get(record, "date_start")), _text(_get(record, "date_end"))
        if start or end:
            span = ET.SubElement(placemark, f"{{{KML_NS}}}TimeSpan")
            if start:
                ET.SubElement(span, f"{{{KML_NS}}}begin").text = start[:10]
            if end:
                ET.SubElement(span, f"{{{KML_NS}}}end").text = end[:10]
        extended = ET.SubElement(placemark, f"{{{KML_NS}}}ExtendedData")
        for key, field in EXTENDED_FIELDS.items():
            data = ET.SubElement(extended, f"{{{KML_NS}}}Data", name=key)
            ET.SubElement(data, f"{{{KML_NS}}}value").text = _text(_get(record, field))
        data = ET.SubElement(extended, f"{{{KML_NS}}}Data", name="actors")
        ET.SubElement(data, f"{{{KML_NS}}}value").text = _text("; ".join(actors))
        point = ET.SubElement(placemark, f"{{{KML_NS}}}Point")
        ET.SubElement(point, f"{{{KML_NS}}}coordinates").text = f"{float(lon):.6f},{float(lat):.6f}"
    return root


def kml_text(records: Iterable[Any], *, name: str = "Events") -> str:
    """The KML document as a string (UTF-8 XML declaration included)."""
    root = kml_document(records, name=name)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
