"""Russian: natasha (segmentation, morphology, named entities; MIT) with pymorphy3 base forms.

natasha's own lemmatiser needs pymorphy2, which runs on Python 3.11 only through a patch and
finds its dictionaries through ``pkg_resources``; pymorphy3 needs neither.
"""
from __future__ import annotations

from geodata.language.analysis import Analysis, Entity, Word
from geodata.language.languages.cyrillic import Morphology

_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


class NatashaPipeline:
    """natasha's news models over one text; ``morph`` taggs parts of speech and case."""

    def __init__(self, language: str, *, morph_tags: bool = True) -> None:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

        self.language = language
        self.segmenter = Segmenter()
        embedding = NewsEmbedding()
        self.ner = NewsNERTagger(embedding)
        self.morph_tagger = NewsMorphTagger(embedding) if morph_tags else None
        self.morphology = Morphology(language)

    def base_forms(self, word: str) -> tuple[str, ...]:
        return self.morphology.base_forms(word)

    def natasha_doc(self, text: str):
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.ner)
        if self.morph_tagger is not None:
            doc.tag_morph(self.morph_tagger)
        return doc

    def analyze(self, text: str) -> Analysis:
        doc = self.natasha_doc(text)
        analysis = Analysis(self.language, text)
        for index, sentence in enumerate(doc.sents):
            analysis.sentences.append((sentence.start, sentence.stop))
            for token in sentence.tokens:
                pos = token.pos or "X"
                feats = token.feats or {}
                analysis.words.append(Word(token.start, token.stop, token.text,
                                           self.morphology.lemma(token.text, pos), pos,
                                           _CASES.get(feats.get("Case", ""), ""), "", index))
        for span in doc.spans:
            base = span.text
            if span.type == "PER":
                base = self.morphology.person_base(span.text.split())
            analysis.entities.append(Entity(span.start, span.stop, span.text, span.type, base))
        return analysis


def load(language: str = "ru") -> NatashaPipeline:
    return NatashaPipeline(language)
