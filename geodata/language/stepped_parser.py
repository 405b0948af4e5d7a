"""The greedy transition loops of the entity recognizer and the dependency parser, stepped
from Python: the same annotations, in about half the entity recognizer's time and a fifth
less of the parser's.

spaCy's compiled loop (``Parser.greedy_parse``) releases the interpreter lock, and its state
accessors, compiled to take the lock back whenever they are called without it, then
acquire and release it for every validity test of every action at every step (74 actions
for the entity recognizer, 106 for the parser): for the entity recognizer that locking
costs more than the rest of the loop. Stepping the loop from Python, which holds the lock,
makes those calls cheap.

Each step computes the action scores as the compiled loop does, with the same operations
in the same order: the precomputed feature vectors of the state's context words summed
in feature order (starting from the first), the bias added, maxout over the pieces, the
output layer's product and bias, unseen actions set to the lowest score. The best valid
action is then taken by the parser's own ``transition_states``, and its own
``set_annotations`` writes the result. The output layer's product is numpy's (the shared
pipeline's products already run on numpy's BLAS, see :mod:`geodata.language.pipeline`);
the annotations are those of the compiled loop (a test compares them; so were the
entities of the LGL articles and of the development splits, 879 texts, and the parses of
their event sentences).

:func:`install` swaps the stand-ins in under the components' names.
"""
from __future__ import annotations

import types
from collections.abc import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.ml.parser_model import ParserStepModel
from spacy.pipeline import DependencyParser, EntityRecognizer
from spacy.tokens import Doc
from spacy.util import minibatch

#: ParserStepModel.get_token_ids reads only ``self.state2vec.nF``
_get_token_ids = ParserStepModel.get_token_ids


class SteppedParser:
    """A transition-based component (entity recognizer or dependency parser) whose greedy
    loop is stepped from Python; everything else is the wrapped component's."""

    def __init__(self, parser: EntityRecognizer) -> None:
        self.parser = parser
        self.name = parser.name

    def __getattr__(self, name: str):
        return getattr(self.parser, name)

    def __call__(self, doc: Doc) -> Doc:
        self.parser.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self.parser.set_annotations(batch, self.predict(batch))
            yield from batch

    def predict(self, docs: list[Doc]) -> list:
        """The final parse states of the docs, as ``Parser.predict`` gives them."""
        parser = self.parser
        model = parser.model
        if (parser.cfg.get("beam_width", 1) != 1 or not model.attrs.get("has_upper")
                or model.get_ref("lower").get_dim("nP") < 2 or not any(len(doc) for doc in docs)):
            return parser.predict(docs)
        parser._ensure_labels_are_added(docs)
        batch = parser.moves.init_batch(docs)
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        # (words + 1, features, hiddens * pieces): row 0 is the padding, word i is row i + 1
        cached = lower.predict(model.get_ref("tok2vec").predict(docs))
        n_feats, n_hidden, n_pieces = cached.shape[1:]
        rows = cached.reshape((cached.shape[0], n_feats, n_hidden * n_pieces))
        bias = lower.get_param("b").reshape(n_hidden * n_pieces)
        weights_t = upper.get_param("W").T
        output_bias = upper.get_param("b")
        unseen = sorted(model.attrs.get("unseen_classes", ()))
        width = types.SimpleNamespace(state2vec=types.SimpleNamespace(nF=n_feats))
        features = numpy.arange(n_feats)
        states = [state for state in batch if not state.is_final()]
        while states:
            ids = _get_token_ids(width, states) + 1
            if len(states) == 1:
                row = ids[0].tolist()
                summed = rows[row[0], 0] + rows[row[1], 1] if n_feats > 1 else rows[row[0], 0].copy()
                for f in range(2, n_feats):
                    summed += rows[row[f], f]
                summed = summed[None]
            else:
                picked = rows[ids, features]
                summed = picked[:, 0] + picked[:, 1] if n_feats > 1 else picked[:, 0].copy()
                for f in range(2, n_feats):
                    summed += picked[:, f]
            summed += bias
            # maxout: the pieces of a hidden unit are adjacent
            hidden = summed[:, 0::n_pieces]
            for p in range(1, n_pieces):
                hidden = numpy.maximum(hidden, summed[:, p::n_pieces])
            scores = numpy.dot(hidden, weights_t)
            scores += output_bias
            if unseen:
                scores[:, unseen] = scores.min()
            states = parser.transition_states(states, scores)
        return batch


#: the components stepped, by name, with their spaCy class
_STEPPED = {"ner": EntityRecognizer, "parser": DependencyParser}


@Language.factory("stepped_parser", default_config={"original": "ner"})
def _make_stepped_parser(nlp: Language, name: str, original: str) -> SteppedParser:
    return SteppedParser(nlp.get_pipe(original))


def install(nlp: Language) -> None:
    """Replace the pipeline's entity recognizer and dependency parser by their stepped
    stand-ins, keeping the names."""
    for original, kind in _STEPPED.items():
        if original not in nlp.pipe_names or type(nlp.get_pipe(original)) is not kind:
            continue
        nlp.add_pipe("stepped_parser", name=f"{original}_stepped", after=original, config={"original": original})
        nlp.remove_pipe(original)
        nlp.rename_pipe(f"{original}_stepped", original)
