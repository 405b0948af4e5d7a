"""The learned Korean place spans (geodata.toponyms.korean_model) and their use in
geoparse_native; sentences written for these tests."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from geodata.language.analysis import Word
from geodata.toponyms.korean_model import DATA_PATH, KoreanPlaceModel, Span, candidates, decode, features, get_model
from geodata.toponyms.native import geoparse_native

KHARKIV, SUWON, DAEJEON = 706483, 1835553, 1835235


def places(text: str) -> list[tuple[str, str, int | None]]:
    return [(m.text, m.role, m.geonameid) for m in geoparse_native(text, "ko")]


def words_of(*parts: tuple[str, str], text: str) -> list[Word]:
    """Words for ``text`` from (surface, tag) pairs in order."""
    out, at = [], 0
    for surface, tag in parts:
        start = text.index(surface, at)
        out.append(Word(start, start + len(surface), surface, surface, "X", tag=tag))
        at = start + len(surface)
    return out


def test_the_shipped_model_is_small_and_says_where_it_came_from() -> None:
    assert DATA_PATH.stat().st_size < 3_000_000
    model = get_model()
    assert "KLUE-NER" in model.meta["trained_on"] and model.meta["licence"] == "CC BY-SA 4.0"
    assert 0 < model.threshold < 1 and len(model.weights) > 1000
    places_seen, seen = model.lexicon["서울"]
    assert seen > 100 and places_seen / seen > 0.5  # a place most times train saw it


def test_candidates_are_runs_of_nouns_that_start_with_a_name() -> None:
    text = "경기 수원시 팔달구에서 불이 났다"
    words = words_of(("경기", "NNP"), ("수원시", "NNP"), ("팔달", "NNP"), ("구", "XSN"), ("에서", "JKB"),
                     ("불", "NNG"), ("이", "JKS"), ("났", "VV"), ("다", "EF"), text=text)
    found = {span.text for span in candidates(words, text, known=lambda surface: False)}
    assert {"경기", "경기 수원시", "수원시 팔달구", "팔달구", "팔달"} <= found
    assert "불" not in found  # a common noun only when the lexicon knows it
    assert "불" in {span.text for span in candidates(words, text, known=lambda surface: surface == "불")}
    assert not any("에서" in text_ for text_ in found)  # particles end a name


def test_features_never_hold_the_span_itself() -> None:
    text = "해운대역에서 만났다"
    words = words_of(("해운대", "NNP"), ("역", "NNG"), ("에서", "JKB"), ("만났", "VV"), ("다", "EF"), text=text)
    span = Span(0, 2, 0, 4, "해운대역")
    feats = features(words, text, span, ("", "", 0), None, {})
    assert "lex=unseen" in feats and "next=JKB:에서" in feats and "head=역/NNG" in feats and "last1=역" in feats
    assert not any("해운대" in f for f in feats)


def test_decoding_keeps_the_likelier_of_two_overlapping_spans_and_a_vouched_one() -> None:
    a, b, c = Span(0, 1, 0, 2, "경남"), Span(0, 2, 0, 5, "경남 진해"), Span(3, 4, 10, 14, "하르키우")
    chosen = decode([(a, 0.9), (b, 0.4), (c, 0.2)], 0.3)
    assert [s.text for s, _ in chosen] == ["경남"]
    chosen = decode([(a, 0.3), (b, 0.8), (c, 0.2)], 0.3, vouched={(10, 14)}, vouched_threshold=0.1)
    assert [s.text for s, _ in chosen] == ["경남 진해", "하르키우"]


def test_a_model_reads_its_file(tmp_path: Path) -> None:
    path = tmp_path / "m.json.gz"
    data = {"lexicon": {"가나": [3.0, 4]}, "weights": {"lexp=5": 2.0}, "bias": -1.0, "threshold": 0.4}
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(data, fh)
    model = KoreanPlaceModel.load(path)
    assert model.known("가나") and not model.known("다라")
    assert model.probability(["lexp=5"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)


# --------------------------------------------------------------------------- in geoparse_native

def test_a_landmark_the_index_lacks_is_a_place_left_unresolved() -> None:
    assert places("관광객들은 어제 경복궁에서 한복을 입고 사진을 찍었다.") == [("경복궁", "name", None)]


def test_a_city_in_a_courts_name_is_no_place() -> None:
    assert places("서울중앙지법은 이날 피고인에게 징역 3년을 선고했다.") == []


def test_an_address_is_one_place_but_a_road_before_a_city_is_not_part_of_it() -> None:
    assert places("경기 수원시 팔달구에서 큰 불이 났다.") == [("경기 수원시 팔달구", "name", SUWON)]
    assert places("사고는 경부고속도로 대전 방향에서 일어났다.") == [("경부고속도로", "name", None),
                                                     ("대전", "name", DAEJEON)]


def test_a_curated_name_train_never_saw_stays_a_place() -> None:
    assert places("러시아군이 10일 하르키우를 공격했다.") == [("러시아", "adjectival", 2017370),
                                                ("하르키우", "name", KHARKIV)]
