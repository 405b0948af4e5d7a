"""Ukrainian: natasha's news models for sentences, words and entities (trained on Russian,
they still find most Ukrainian names), pymorphy3's Ukrainian dictionary for base forms,
parts of speech and case, and persons by the dictionary's name tags.

No Ukrainian NER model with its weights is on PyPI; NER-UK's data is for non-commercial use
only, so none is trained on it here.
"""
from __future__ import annotations

from geodata.language.analysis import Analysis, Entity, Word
from geodata.language.languages.cyrillic import UD_POS, case_of
from geodata.language.languages.russian import NatashaPipeline


#: short words the dictionary also reads as nouns or letters ("до", "у")
FUNCTION_WORDS = {w: "ADP" for w in "до в у на з із зі під над по про для від через біля після за перед між поблизу".split()}
FUNCTION_WORDS.update({w: "CCONJ" for w in "та і й а але чи або".split()})
FUNCTION_WORDS.update({w: "PART" for w in "не ні же б би".split()})


class UkrainianPipeline(NatashaPipeline):
    def __init__(self) -> None:
        super().__init__("uk", morph_tags=False)

    def analyze(self, text: str) -> Analysis:
        doc = self.natasha_doc(text)
        analysis = Analysis("uk", text)
        morphology = self.morphology
        for index, sentence in enumerate(doc.sents):
            analysis.sentences.append((sentence.start, sentence.stop))
            for token in sentence.tokens:
                tag = morphology.tag(token.text)
                pos = FUNCTION_WORDS.get(token.text.lower()) or (
                    UD_POS.get(tag.POS, "X") if tag is not None and tag.POS else (
                        "PUNCT" if not token.text[:1].isalnum() else "X"))
                if pos == "NOUN" and token.text[:1].isupper() and token.start != sentence.start:
                    pos = "PROPN"
                analysis.words.append(Word(token.start, token.stop, token.text,
                                           morphology.lemma(token.text, pos), pos, case_of(tag),
                                           str(tag) if tag is not None else "", index))
        # natasha's persons on Ukrainian are poor (titles, clauses); the dictionary's are better
        entities = [Entity(s.start, s.stop, s.text, s.type, s.text) for s in doc.spans
                    if s.type != "PER" and s.text[:1].isupper()]
        persons = self._persons(analysis)  # they win over natasha's places: "Володимир Грабчак" is a man
        entities = [e for e in entities if not any(e.start < p.end and p.start < e.end for p in persons)] + persons
        analysis.entities = sorted(entities, key=lambda e: e.start)
        return analysis

    def _persons(self, analysis: Analysis) -> list[Entity]:
        """Runs of capitalised words one of which is a first name, surname or patronymic."""
        found: list[Entity] = []
        run: list[Word] = []
        for word in [*analysis.words, None]:
            if word is not None and word.text[:1].isupper() and word.text.isalpha() and (
                    not run or (run[-1].sentence == word.sentence and analysis.text[run[-1].end:word.start] == " ")):
                run.append(word)
                continue
            while run and not self.morphology.is_person_name(run[0].text) and not (
                    len(run) >= 2 and self.morphology.is_animate_noun(run[0].text)
                    and self.morphology.is_person_name(run[1].text)):
                run = run[1:]  # "Росії Сергій Лавров": the country before the name is no part of it
            if len(run) >= 2:
                text = analysis.text[run[0].start:run[-1].end]
                found.append(Entity(run[0].start, run[-1].end, text, "PER",
                                    self.morphology.person_base([w.text for w in run])))
            run = [word] if word is not None and word.text[:1].isupper() and word.text.isalpha() else []
        return found


def load(language: str = "uk") -> UkrainianPipeline:
    return UkrainianPipeline()
