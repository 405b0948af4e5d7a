"""French and Spanish: words and sentences by rule, names by capitalisation.

spaCy's French model is LGPL-LR and takes 6-8 s to load; the only Spanish one for spaCy 3
is GPL-3 and pinned to spaCy < 3.2, so it cannot be installed with this project's one install
command. News names its places and people with capitals, and the gazetteer knows the places,
so a rule-based reader serves: a capitalised run (with "de", "del", "la", "du" inside) is a
name; whether it is a place is for the gazetteer to say.
"""
from __future__ import annotations

import re

from geodata.language.analysis import Analysis, Entity, Word

_WORD = re.compile(r"(?i:(?:jusqu|lorsqu|puisqu|qu|[ldjnmtsc])['’](?=[^\W\d_]))|\d+(?:[.,:]\d+)*|[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?|\S", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"¿¡(]?[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n(?=[A-ZÀ-ÖØ-Þ«\"¿¡])")
_CONNECTORS = {"de", "del", "la", "las", "los", "du", "des", "le", "d", "-"}
#: words written with a capital at a sentence's start that are never names
FUNCTION_WORDS = {
    "fr": set("""le la les un une des du de d l et ou mais donc car ni que qui quoi dont où ce cette ces cet
il elle ils elles on nous vous je tu au aux en dans sur sous par pour avec sans selon après avant depuis se sa son ses
pendant lors mardi lundi mercredi jeudi vendredi samedi dimanche""".split()),
    "es": set("""el la los las un una unos unas de del y e o u pero que quien cuyo donde este esta estos
estas ese esa eso al en con sin por para según tras ante desde durante hasta se su sus lunes martes miércoles jueves
viernes sábado domingo""".split()),
}
ADPOSITIONS = {"fr": {"à", "a", "en", "dans", "au", "aux", "sur", "près", "vers", "depuis", "de", "du", "des"},
               "es": {"en", "a", "al", "de", "del", "desde", "hacia", "cerca", "sobre"}}


class RomancePipeline:
    def __init__(self, language: str) -> None:
        self.language = language
        self.function_words = FUNCTION_WORDS[language]

    def base_forms(self, word: str) -> tuple[str, ...]:
        return (word,)

    def analyze(self, text: str) -> Analysis:
        analysis = Analysis(self.language, text)
        start = 0
        bounds = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
        for end in bounds:
            if text[start:end].strip():
                analysis.sentences.append((start, end))
            start = end
        index = 0
        for number, (s, e) in enumerate(analysis.sentences):
            index = number
            for m in _WORD.finditer(text, s, e):
                token = m.group()
                low = token.lower().rstrip("'’")
                if token[0].isdigit():
                    pos = "NUM"
                elif not token[0].isalpha():
                    pos = "PUNCT"
                elif low in ADPOSITIONS[self.language]:
                    pos = "ADP"
                elif low in self.function_words:
                    pos = "X"
                elif token[0].isupper():
                    pos = "PROPN"
                else:
                    pos = "X"
                analysis.words.append(Word(m.start(), m.end(), token, low, pos, "", "", index))
        analysis.entities = self._names(analysis)
        return analysis

    def _names(self, analysis: Analysis) -> list[Entity]:
        """Capitalised runs, not counting a function word that opens a sentence."""
        names = []
        words = analysis.words
        i = 0
        while i < len(words):
            word = words[i]
            if word.pos != "PROPN":
                i += 1
                continue
            if word.lemma in self.function_words:
                i += 1
                continue
            j = i + 1
            end = i
            while j < len(words) and words[j].sentence == word.sentence:
                if words[j].pos == "PROPN":
                    end = j
                    j += 1
                elif words[j].lemma in _CONNECTORS and j + 1 < len(words) and words[j + 1].pos == "PROPN":
                    j += 1
                else:
                    break
            start_char = words[i].start
            names.append(Entity(start_char, words[end].end, analysis.text[start_char:words[end].end], "NAME",
                                analysis.text[start_char:words[end].end]))
            i = end + 1
        return names


def load(language: str) -> RomancePipeline:
    return RomancePipeline(language)
