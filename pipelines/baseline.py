"""The reference `govnews eval` prints beside our scores: underthesea's CRF `ner`.

Only the offline CRF model is used (never `ner(deep=True)`, which downloads a
model). Its cost grows faster than linearly with input length, so it runs on one
sentence at a time, lines split first (`sent_tokenize` does not split at
newlines) and over-long sentences cut at a word boundary.
"""
from __future__ import annotations

from typing import Any, Iterator

from underthesea import ner, sent_tokenize

MAX_SENTENCE_CHARS = 400
"""Longer sentences (run-on lists, tables flattened to one line) are tagged in pieces of at most this size."""

OFFICIAL_LABEL = "PER"
AGENCY_LABEL = "ORG"


def bounded_sentences(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> Iterator[str]:
    """The text's sentences, line by line, each at most `max_chars` long."""
    for line in text.splitlines():
        if not line.strip():
            continue
        for sentence in sent_tokenize(line.strip()):
            yield from _pieces(sentence, max_chars)


def _pieces(sentence: str, max_chars: int) -> Iterator[str]:
    rest = sentence.strip()
    while len(rest) > max_chars:
        cut = rest.rfind(" ", 0, max_chars + 1)
        cut = cut if cut > 0 else max_chars
        yield rest[:cut]
        rest = rest[cut:].strip()
    if rest:
        yield rest


def entity_spans(tagged: list[tuple[str, ...]]) -> list[tuple[str, str]]:
    """(label, surface) of each entity in `ner` output: B- starts one, I- of the same label extends it.

    An I- tag that does not continue an entity of its label starts one (the
    lenient CoNLL reading). Words are joined with one space.
    """
    spans: list[tuple[str, str]] = []
    label, words = "", []
    for row in tagged:
        word, tag = row[0], row[-1]
        prefix, _, tag_label = tag.partition("-")
        if prefix == "I" and tag_label == label:
            words.append(word)
            continue
        if words:
            spans.append((label, " ".join(words)))
        label, words = (tag_label, [word]) if prefix in ("B", "I") else ("", [])
    if words:
        spans.append((label, " ".join(words)))
    return spans


def underthesea_entities(text: str) -> dict[str, Any]:
    """underthesea's PER spans as officials and ORG spans as agencies, in the gold format.

    The other kinds are empty; there is no `is_restructuring` answer.
    """
    officials: dict[str, None] = {}
    agencies: dict[str, None] = {}
    for sentence in bounded_sentences(text):
        for label, surface in entity_spans(ner(sentence)):
            if label == OFFICIAL_LABEL:
                officials[surface] = None
            elif label == AGENCY_LABEL:
                agencies[surface] = None
    return {
        "officials": list(officials),
        "positions": [],
        "agencies": [{"text": surface, "canonical": surface} for surface in agencies],
        "dates": [],
        "legal_refs": [],
    }
