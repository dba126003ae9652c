"""Build the spaCy pipeline once per process."""
from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language

from extraction.tokenizer import UnderseaTokenizer

COMPONENT_MODULES = {
    "govnews_pos": "extraction.pos",
    "govnews_context": "extraction.components.context",
    "govnews_dates": "extraction.components.dates",
    "govnews_legal_refs": "extraction.components.legal_refs",
    "govnews_agencies": "extraction.components.agencies",
    "govnews_officials": "extraction.components.officials",
    "govnews_positions": "extraction.components.positions",
    "govnews_restructuring": "extraction.components.restructuring",
}
"""Factory name → the module that registers it (imported on demand)."""

SEGMENTATION_ONLY: tuple[str, ...] = ("govnews_pos",)
EXTRACTORS: tuple[str, ...] = (
    "govnews_context",
    "govnews_dates",
    "govnews_legal_refs",
    "govnews_agencies",
    "govnews_officials",
    "govnews_positions",
    "govnews_restructuring",
)
DEFAULT_COMPONENTS: tuple[str, ...] = SEGMENTATION_ONLY + EXTRACTORS


def blank_vietnamese() -> Language:
    """A Vietnamese Language with our tokenizer (pyvi is never imported)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = UnderseaTokenizer(nlp.vocab)
    return nlp


@lru_cache(maxsize=4)
def load_nlp(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Language:
    """The pipeline with the given components, built lazily and cached per process."""
    nlp = blank_vietnamese()
    for name in components:
        importlib.import_module(COMPONENT_MODULES[name])
        nlp.add_pipe(name)
    return nlp
