"""The entity recognizer stepped from Python finds the entities of spaCy's compiled loop."""
from __future__ import annotations

from spacy.attrs import ENT_IOB, ENT_TYPE

from geodata.language.pipeline import load_pipeline
from geodata.language.stepped_parser import SteppedParser

TEXTS = [
    "Russia's foreign minister arrived in Wonsan on Saturday. There is no deal yet, he said.",
    "Police arrested 14 people in Nairobi on March 3, 2024, after a $2 million heist at the "
    "First National Bank on Moi Avenue, Inspector Jane Wanjiru told the Daily Nation.",
    "Council Votes To Close Elm Street School\nThe Springfield school board voted 5-2 on "
    "Tuesday night to close the school by June. About 300 pupils will move to Lincoln Elementary.",
    "",
    "\n \n",
]


def _recognized(nlp, recognizer, texts):
    """The entity columns of each text after the pipeline's other components and ``recognizer``."""
    found = []
    for text in texts:
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name != "ner":
                doc = component(doc)
        found.append(recognizer(doc).to_array([ENT_IOB, ENT_TYPE]).tolist())
    return found


def test_shared_pipelines_step_the_entity_recognizer():
    for nlp in (load_pipeline(), load_pipeline(with_parser=False)):
        assert isinstance(nlp.get_pipe("ner"), SteppedParser)
        assert nlp.pipe_names[-1] == "ner"


def test_stepped_recognizer_finds_the_compiled_loops_entities_one_by_one_and_batched():
    nlp = load_pipeline(with_parser=False)
    stepped = nlp.get_pipe("ner")
    compiled = stepped.parser
    assert _recognized(nlp, stepped, TEXTS) == _recognized(nlp, compiled, TEXTS)
    docs = [nlp.make_doc(text) for text in TEXTS]
    for name, component in nlp.pipeline:
        if name != "ner":
            docs = [component(doc) for doc in docs]
    ours = list(stepped.pipe([doc.copy() for doc in docs], batch_size=3))
    theirs = list(compiled.pipe([doc.copy() for doc in docs], batch_size=3))
    assert [d.to_array([ENT_IOB, ENT_TYPE]).tolist() for d in ours] == \
        [d.to_array([ENT_IOB, ENT_TYPE]).tolist() for d in theirs]
    assert ("Nairobi", "GPE") in [(e.text, e.label_) for e in ours[1].ents]
