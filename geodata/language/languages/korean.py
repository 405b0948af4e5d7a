"""Korean: Kiwi (kiwipiepy, Apache-2.0) morphemes and sentences.

Kiwi separates particles from nouns ("평양/NNP 에서/JKB"), which gives the roles that word
order gives in English: 이/가/은/는 mark the subject, 을/를 the object, 에서/에 the place.
Proper nouns are found by their tag (NNP); whether one is a place is for the gazetteer to say,
and a proper noun before a title word (위원장, 장관, 대통령) is a person. ``load_multi_dict=False``
skips the multi-word dictionary: 190 MB less, the same tokens for news.
"""
from __future__ import annotations

from geodata.language.analysis import Analysis, Entity, Word

_UD = {"NNG": "NOUN", "NNP": "PROPN", "NNB": "NOUN", "NR": "NUM", "NP": "PRON", "VV": "VERB", "VA": "ADJ",
       "VX": "AUX", "VCP": "AUX", "VCN": "AUX", "MM": "DET", "MAG": "ADV", "MAJ": "CCONJ", "IC": "INTJ",
       "SN": "NUM", "SL": "X", "SH": "X", "XSV": "VERB", "XSA": "ADJ"}
#: title words after a person's name ("김정은 국무위원장", "라브로프 장관")
PERSON_TITLES = frozenset("""위원장 국무위원장 총비서 대통령 총리 장관 외무장관 외교장관 국방장관 대변인 의원 대표 부장 부상
국장 사령관 대사 특사 비서 서기장 차관 국왕 여왕 왕세자 주석 수상 의장 당선인 후보 씨 총장 단장""".split())
#: words after a name that make it an organisation ("조선중앙통신", "국방부")
ORG_SUFFIXES = ("부", "청", "원", "군", "당", "통신", "회의", "위원회", "사", "대학")


class KoreanPipeline:
    language = "ko"

    def __init__(self) -> None:
        from kiwipiepy import Kiwi

        self.kiwi = Kiwi(load_multi_dict=False)
        self.kiwi.tokenize("준비")  # Kiwi reads its model at the first call: part of loading, not of the first article

    def base_forms(self, word: str) -> tuple[str, ...]:
        return (word.replace(" ", ""),)

    def analyze(self, text: str) -> Analysis:
        analysis = Analysis("ko", text)
        for index, sentence in enumerate(self.kiwi.split_into_sents(text, return_tokens=True)):
            analysis.sentences.append((sentence.start, sentence.end))
            for token in sentence.tokens:
                pos = _UD.get(token.tag, "PART" if token.tag.startswith(("J", "E")) else (
                    "PUNCT" if token.tag.startswith("S") else "X"))
                start = token.start
                end = token.start + token.len
                analysis.words.append(Word(start, end, text[start:end], token.form, pos, "", token.tag, index))
        analysis.entities = self._entities(analysis)
        return analysis

    def _entities(self, analysis: Analysis) -> list[Entity]:
        entities = []
        words = analysis.words
        for i, word in enumerate(words):
            if word.tag != "NNP":
                continue
            nxt = words[i + 1] if i + 1 < len(words) else None
            label = "NNP"
            following = [w.lemma for w in words[i + 1:i + 3] if w.tag in ("NNG", "NNP")]
            if any(lemma in PERSON_TITLES for lemma in following) or "".join(following) in PERSON_TITLES:
                label = "PER"
            elif nxt is not None and nxt.start == word.end and nxt.tag in ("NNG", "XSN") and nxt.lemma in ORG_SUFFIXES:
                label = "ORG"
            entities.append(Entity(word.start, word.end, word.text, label, word.lemma))
        return entities


def load(language: str = "ko") -> KoreanPipeline:
    return KoreanPipeline()
