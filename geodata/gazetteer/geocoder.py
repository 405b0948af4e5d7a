"""Place-name lookup behind one small interface: the offline gazetteer (default) or an
optional online geocoder (Nominatim through ``geopy``; off unless asked for).

Both return candidate dicts shaped like :func:`geodata.gazetteer.index.lookup`'s (name, lat,
lon, geonameid, country_code, feature, population, admin1, ...), most prominent first:

>>> OfflineGeocoder().geocode("Wonsan")[0]["country_code"]
'KP'

The online geocoder is never used by the tests against the internet: they point it at a
local server. Nominatim's usage policy asks for a real user agent and at most one request
a second; callers that geocode in bulk must throttle.
"""
from __future__ import annotations

import logging
from typing import Any, Protocol

from geodata.gazetteer.index import Candidate, Gazetteer, get_gazetteer

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "timeline-geoparser/1.0"
# Nominatim's class/type of a result -> this package's feature kinds
_NOMINATIM_FEATURES = {
    ("boundary", "administrative"): "admin1", ("place", "country"): "country",
    ("place", "state"): "admin1", ("place", "county"): "admin2", ("place", "city"): "city",
    ("place", "town"): "city", ("place", "village"): "city", ("place", "hamlet"): "city",
    ("place", "island"): "landform", ("place", "continent"): "continent",
    ("natural", "water"): "water", ("waterway", "river"): "water",
}


class Geocoder(Protocol):
    """What geoparsing needs from a geocoder."""

    def geocode(self, name: str, *, country_code: str | None = None,
                limit: int = 5) -> list[Candidate]:
        """Candidates for ``name`` (optionally within ISO alpha-2 ``country_code``), best
        first, at most ``limit``; ``[]`` when the name is unknown."""
        ...


class OfflineGeocoder:
    """The offline gazetteer index (:mod:`geodata.gazetteer.index`) as a :class:`Geocoder`."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    def geocode(self, name: str, *, country_code: str | None = None,
                limit: int = 5) -> list[Candidate]:
        gaz = self._gazetteer or get_gazetteer()
        return gaz.lookup(name, country_code=country_code, limit=limit)


class NominatimGeocoder:
    """OpenStreetMap Nominatim (or a compatible server at ``domain``) through ``geopy``.

    Network errors are logged and re-raised as :class:`GeocoderError`; an unknown name
    gives ``[]``.
    """

    def __init__(self, *, domain: str = "nominatim.openstreetmap.org", scheme: str = "https",
                 user_agent: str = DEFAULT_USER_AGENT, timeout: float = 10.0) -> None:
        from geopy.geocoders import Nominatim

        self._client = Nominatim(domain=domain, scheme=scheme, user_agent=user_agent,
                                 timeout=timeout)

    def geocode(self, name: str, *, country_code: str | None = None,
                limit: int = 5) -> list[Candidate]:
        from geopy.exc import GeopyError

        if not name or not name.strip():
            return []
        try:
            found = self._client.geocode(name, exactly_one=False, limit=limit,
                                         addressdetails=True,
                                         country_codes=country_code.lower() if country_code else None)
        except GeopyError as exc:
            logger.warning("online geocoding of %r failed: %s", name, exc)
            raise GeocoderError(f"online geocoding of {name!r} failed: {exc}") from exc
        cands = [nominatim_candidate(loc.raw) for loc in (found or [])]
        if country_code:
            cands = [c for c in cands if c["country_code"] == country_code.upper()]
        return cands[:limit]


class GeocoderError(RuntimeError):
    """The online geocoder could not be reached or answered badly."""


def nominatim_candidate(raw: dict[str, Any]) -> Candidate:
    """A Nominatim JSON result as a gazetteer-style candidate dict."""
    address = raw.get("address") or {}
    feature = _NOMINATIM_FEATURES.get((raw.get("class"), raw.get("type")), "city")
    if feature == "admin1" and raw.get("type") == "administrative":
        rank = int(raw.get("place_rank") or 8)
        feature = "country" if rank <= 4 else "admin1" if rank <= 8 else "admin2" if rank <= 12 else "city"
    name = (raw.get("name") or str(raw.get("display_name", "")).split(",")[0]).strip()
    return {
        "id": raw.get("place_id"), "name": name,
        "lat": float(raw["lat"]), "lon": float(raw["lon"]), "geonameid": None,
        "country_code": (address.get("country_code") or "").upper() or None,
        "feature": feature, "population": 0, "admin1_code": None,
        "admin1": address.get("state"), "admin2": address.get("county"), "match": "online",
    }


def get_geocoder(online: bool = False, **options: Any) -> Geocoder:
    """The offline gazetteer geocoder, or the online one when ``online`` is true."""
    return NominatimGeocoder(**options) if online else OfflineGeocoder()
