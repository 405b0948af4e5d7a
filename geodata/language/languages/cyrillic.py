"""Russian and Ukrainian morphology through pymorphy3: base forms of words and names.

Place names are looked up by their nominative ("в Харкові" → "харків", "Запорізькій
області" → "запорізька область"): each word is put in the nominative keeping its gender
and number, which is how the gazetteer spells multi-word names; the dictionary form
(masculine for adjectives) is tried as well.
"""
from __future__ import annotations

import functools

#: pymorphy3's parts of speech → Universal Dependencies
UD_POS = {"NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "PRTF": "ADJ", "PRTS": "ADJ",
          "VERB": "VERB", "INFN": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
          "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ"}
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
_NAME_TAGS = {"Name", "Surn", "Patr"}


class Morphology:
    """Base forms for one language ("ru" or "uk"); cached per word."""

    def __init__(self, language: str) -> None:
        import pymorphy3

        self.language = language
        self.analyzer = pymorphy3.MorphAnalyzer(lang=language)
        self.parse = functools.lru_cache(maxsize=200_000)(self._parse)
        self.base_forms = functools.lru_cache(maxsize=200_000)(self._base_forms)

    def _parse(self, word: str):
        return tuple(self.analyzer.parse(word))

    def lemma(self, word: str, ud_pos: str | None = None) -> str:
        """The dictionary form of ``word``, preferring a parse of part of speech ``ud_pos``."""
        parses = self.parse(word.lower())
        if not parses:
            return word.lower()
        if ud_pos:
            for parse in parses:
                if UD_POS.get(parse.tag.POS) == ud_pos or (ud_pos == "PROPN" and parse.tag.POS == "NOUN"):
                    return parse.normal_form.replace("ё", "е")
        return parses[0].normal_form.replace("ё", "е")

    def tag(self, word: str):
        parses = self.parse(word.lower())
        return parses[0].tag if parses else None

    def _base_forms(self, word: str) -> tuple[str, ...]:
        low = word.lower().replace("ё", "е")
        forms = [low]
        for parse in self.parse(low)[:6]:
            if parse.tag.POS in ("PREP", "CONJ", "PRCL", "NPRO", "INTJ"):
                continue
            nominative = parse.inflect({"nomn"}) if "nomn" not in parse.tag else parse
            if nominative is not None:
                forms.append(nominative.word.replace("ё", "е"))
            forms.append(parse.normal_form.replace("ё", "е"))
        return tuple(dict.fromkeys(forms))

    def is_person_name(self, word: str) -> bool:
        """Whether a capitalised word can be a first name, surname or patronymic."""
        return any(_NAME_TAGS & parse.tag.grammemes for parse in self.parse(word.lower()))

    def is_animate_noun(self, word: str) -> bool:
        """Whether a word can be an animate noun ("Володимир", which the Ukrainian dictionary
        knows as a town and as a person without a name tag)."""
        return any(parse.tag.POS == "NOUN" and "anim" in parse.tag.grammemes for parse in self.parse(word.lower()))

    def person_base(self, words: list[str]) -> str:
        """A person's name in the nominative ("Сергея Лаврова" → "Сергей Лавров")."""
        out = []
        for word in words:
            parses = [p for p in self.parse(word.lower()) if _NAME_TAGS & p.tag.grammemes] or list(self.parse(word.lower()))
            base = word
            for parse in parses[:1]:
                if "nomn" in parse.tag:
                    break
                nominative = parse.inflect({"nomn", "sing"}) or parse.inflect({"nomn"})
                if nominative is not None:
                    base = nominative.word
                    base = base[:1].upper() + base[1:] if word[:1].isupper() else base
            out.append(base)
        return " ".join(out)


def case_of(tag) -> str:
    """The grammatical case a pymorphy3 tag carries, or ""."""
    return next((case for case in CASES if tag is not None and case in tag.grammemes), "")
