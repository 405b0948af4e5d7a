"""One contract for every geocoder: the offline gazetteer and Nominatim (served locally)."""
from __future__ import annotations

import http.server
import json
import threading
import urllib.parse
from collections.abc import Iterator

import pytest

from geodata.gazetteer.geocoder import Geocoder, GeocoderError, NominatimGeocoder, OfflineGeocoder

_WONSAN = {"place_id": 1001, "lat": "39.1528", "lon": "127.4436", "name": "Wonsan",
           "display_name": "Wonsan, Kangwon Province, North Korea", "class": "place",
           "type": "city", "place_rank": 16,
           "address": {"city": "Wonsan", "state": "Kangwon Province", "country_code": "kp"}}
_SPRINGFIELD = {"place_id": 1002, "lat": "39.7990", "lon": "-89.6440", "name": "Springfield",
                "display_name": "Springfield, Sangamon County, Illinois, United States",
                "class": "boundary", "type": "administrative", "place_rank": 16,
                "address": {"city": "Springfield", "county": "Sangamon County",
                            "state": "Illinois", "country_code": "us"}}
_ANSWERS = {"wonsan": [_WONSAN], "springfield": [_SPRINGFIELD]}


class _Nominatim(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        answer = _ANSWERS.get(query.get("q", [""])[0].strip().lower(), [])
        codes = query.get("countrycodes", [""])[0]
        if codes:
            answer = [a for a in answer if a["address"]["country_code"] in codes.split(",")]
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def nominatim_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class GeocoderContract:
    """Behaviour every :class:`Geocoder` shares; subclasses supply ``make_geocoder``."""

    @pytest.fixture
    def geocoder(self, request) -> Geocoder:
        return self.make_geocoder(request)

    def make_geocoder(self, request) -> Geocoder:
        raise NotImplementedError

    def test_known_place_gives_candidate_dicts(self, geocoder: Geocoder) -> None:
        cands = geocoder.geocode("Wonsan")
        assert cands, "Wonsan should be found"
        best = cands[0]
        assert {"name", "lat", "lon", "geonameid", "country_code", "feature",
                "population", "admin1"} <= set(best)
        assert best["country_code"] == "KP" and best["name"] == "Wonsan"
        assert abs(best["lat"] - 39.15) < 0.3 and abs(best["lon"] - 127.44) < 0.3

    def test_unknown_name_gives_empty_list(self, geocoder: Geocoder) -> None:
        assert geocoder.geocode("Xyzzyqwv Plugh") == []
        assert geocoder.geocode("  ") == []

    def test_country_filter_and_limit(self, geocoder: Geocoder) -> None:
        us = geocoder.geocode("Springfield", country_code="US", limit=1)
        assert len(us) == 1 and us[0]["country_code"] == "US"
        assert geocoder.geocode("Wonsan", country_code="US") == []


class TestOfflineGeocoder(GeocoderContract):
    def make_geocoder(self, request) -> Geocoder:
        return OfflineGeocoder()


class TestNominatimGeocoder(GeocoderContract):
    def make_geocoder(self, request) -> Geocoder:
        domain = request.getfixturevalue("nominatim_server")
        return NominatimGeocoder(domain=domain, scheme="http", timeout=5)

    def test_nominatim_fields_are_mapped(self, geocoder: Geocoder) -> None:
        best = geocoder.geocode("Springfield")[0]
        assert best["admin1"] == "Illinois" and best["admin2"] == "Sangamon County"
        assert best["feature"] == "city" and best["match"] == "online"


def test_unreachable_server_raises_geocoder_error() -> None:
    with socket_closed_port() as port:
        geocoder = NominatimGeocoder(domain=f"127.0.0.1:{port}", scheme="http", timeout=2)
        with pytest.raises(GeocoderError):
            geocoder.geocode("Wonsan")


class socket_closed_port:
    """A local port with nothing listening on it."""

    def __enter__(self) -> int:
        import socket

        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        return self.port

    def __exit__(self, *exc: object) -> None:
        return None
