"""A report of a view as one self-contained HTML page: the map, a timeline of counts, and the
event list with each event's evidence, derivations and sources (what an analyst briefs from).

Nothing is linked: the map is the offline HTML map (``formats.standalone_html``: Leaflet and the
country outlines inlined) in a sandboxed ``srcdoc`` frame, the timeline an
inline SVG drawn here, and every piece of record text is escaped. The page prints to PDF from
any browser (the map keeps its frame; the list breaks across pages).
"""
from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from geodata.export.palette import TYPE_FAMILIES, event_colour, event_family
from geodata.export.records import event_interval, event_source, format_date_interval, record_actors

#: Pixel size of the report's timeline.
CHART_WIDTH, CHART_HEIGHT = 900, 180


def _text(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def timeline_svg(records: list[Mapping[str, Any]]) -> str:
    """Events per day (per week beyond 120 days, per month beyond three years), stacked
    by type family in the palette's colours, as an inline SVG with its date axis."""
    starts = [interval[0] for interval in (event_interval(r) for r in records) if interval]
    families = [event_family(r.get("event_type")) for r in records if event_interval(r)]
    if not starts:
        return "<p>No dated events.</p>"
    first, last = min(starts), max(starts)
    span = (last - first).days
    if span <= 120:
        def period(day: dt.date) -> dt.date:
            return day
    elif span <= 3 * 365:
        def period(day: dt.date) -> dt.date:
            return day - dt.timedelta(days=day.weekday())
    else:
        def period(day: dt.date) -> dt.date:
            return day.replace(day=1)
    counts: Counter[tuple[dt.date, str]] = Counter((period(day), family) for day, family in zip(starts, families))
    periods = sorted({key[0] for key in counts})
    busiest = max(sum(n for (p, _), n in counts.items() if p == when) for when in periods)
    low, high = periods[0], periods[-1]
    days = max((high - low).days, 1)
    bar = max(2.0, min(24.0, (CHART_WIDTH - 60) / max(len(periods), 1) * 0.8))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" height="{CHART_HEIGHT + 30}" '
             f'role="img" aria-label="Events over time">']
    for when in periods:
        x = 40 + (CHART_WIDTH - 80) * (when - low).days / days
        y = CHART_HEIGHT
        for family in TYPE_FAMILIES:
            count = counts.get((when, family), 0)
            if not count:
                continue
            height = (CHART_HEIGHT - 10) * count / busiest
            y -= height
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}" '
                         f'fill="{TYPE_FAMILIES[family][1]}"><title>{_text(when.isoformat())}: {count} '
                         f'{_text(TYPE_FAMILIES[family][0].lower())}</title></rect>')
    parts.append(f'<line x1="40" y1="{CHART_HEIGHT}" x2="{CHART_WIDTH - 20}" y2="{CHART_HEIGHT}" stroke="#888"/>')
    for when in (low, high) if low != high else (low,):
        x = 40 + (CHART_WIDTH - 80) * (when - low).days / days
        parts.append(f'<text x="{x:.1f}" y="{CHART_HEIGHT + 18}" font-size="11" text-anchor="middle">'
                     f'{when.isoformat()}</text>')
    parts.append(f'<text x="4" y="14" font-size="11">{busiest}</text></svg>')
    return "".join(parts)


def _legend() -> str:
    return "".join(f'<span class="swatch" style="background:{colour}"></span>{_text(label)} '
                   for label, colour, _ in TYPE_FAMILIES.values())


def _event_rows(records: list[Mapping[str, Any]]) -> str:
    rows = []
    for record in records:
        sources = record.get("sources") or [{"source_title": record.get("source_title"),
                                             "source_url": record.get("source_url"),
                                             "published": record.get("published")}]
        source_lines = "".join(
            f"<li>{_text(s.get('source_title') or event_source(record))}"
            + (f" · {_text(s.get('published'))}" if s.get("published") else "")
            + (f" · <span class='url'>{_text(s.get('source_url'))}</span>" if s.get("source_url") else "")
            + "</li>" for s in sources)
        rows.append(
            f"<tr><td class='when'>{_text(format_date_interval(record))}"
            + (f"<div class='derivation'>{_text(record.get('date_derivation'))}</div>"
               if record.get("date_derivation") else "")
            + f"</td><td><span class='swatch' style='background:{event_colour(record.get('event_type'))}'></span>"
            f"{_text(record.get('event_type') or 'event')}<div>{_text(', '.join(record_actors(record)))}</div></td>"
            f"<td>{_text(record.get('place_name') or 'no location')}"
            + (f" ({_text(record.get('geo_precision'))})" if record.get("geo_precision") else "")
            + (f"<div class='derivation'>{_text(record.get('place_derivation'))}</div>"
               if record.get("place_derivation") else "")
            + f"</td><td>“{_text(record.get('sentence'))}”<ul class='sources'>{source_lines}</ul></td></tr>")
    return "".join(rows)


def report_html(records: Iterable[Any], *, map_page: str = "", title: str = "Event report",
                subtitle: str = "") -> bytes:
    """The report page of ``records`` (newest last), UTF-8 HTML with nothing linked;
    ``map_page`` is the offline map of the located ones (a whole HTML page)."""
    records = [dict(r) if isinstance(r, Mapping) else dict(getattr(r, "to_dict")()) for r in records]
    records.sort(key=lambda r: (event_interval(r) or (dt.date.max, dt.date.max))[0])
    located = [r for r in records if r.get("lat") is not None and r.get("lon") is not None]
    map_frame = (f'<iframe class="map" sandbox="allow-scripts" title="Map of the events" '
                 f'srcdoc="{html.escape(map_page, quote=True)}"></iframe>' if map_page
                 else "<p>No located events.</p>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_text(title)}</title>
<meta name="generator" content="timeline report">
<style>
body {{ font: 14px/1.4 sans-serif; margin: 24px; color: #222; }}
h1 {{ font-size: 22px; margin: 0; }} h2 {{ font-size: 17px; margin: 22px 0 6px; }}
.meta {{ color: #666; }} .map {{ width: 100%; height: 460px; border: 1px solid #ccc; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border-top: 1px solid #ddd; padding: 6px;
vertical-align: top; text-align: left; }} .when {{ white-space: nowrap; }}
.derivation, .url {{ color: #666; font-size: 12px; }} .sources {{ margin: 4px 0 0; padding-left: 18px; color: #444; }}
.swatch {{ display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 8px; }}
@media print {{ .map {{ height: 380px; }} tr {{ break-inside: avoid; }} }}
</style></head><body>
<h1>{_text(title)}</h1>
<p class="meta">{_text(subtitle)}{' · ' if subtitle else ''}{len(records)} events, {len(located)} located ·
made {dt.date.today().isoformat()}</p>
<h2>Map</h2>{map_frame}
<h2>Timeline</h2><div>{timeline_svg(records)}</div><p class="meta">{_legend()}</p>
<h2>Events</h2>
<table><thead><tr><th>When</th><th>What, who</th><th>Where</th><th>Evidence and sources</th></tr></thead>
<tbody>{_event_rows(records)}</tbody></table>
</body></html>
"""
    return page.encode("utf-8")
