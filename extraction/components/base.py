"""The shape every extractor shares, after spaCy's own components.

`match(doc)` finds mentions and returns them as `Mention`s (exact character
offsets into `doc.text` plus the kind's attributes); `set_annotations(doc,
mentions)` writes them to `doc.spans[span_key]`. The span group's
`attrs["mentions"]` keeps the `Mention`s in the same order as the spans, since
a mention's exact offsets may cut through a token while a `Span` cannot.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from spacy.tokens import Doc, SpanGroup


@dataclass(frozen=True)
class Mention:
    """One extracted mention: exact char offsets into the text, a label, attributes."""

    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]


class SpanExtractor:
    """Base for extractors: call = set_annotations(doc, match(doc))."""

    span_key: str = ""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Mention]:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, mentions: Iterable[Mention]) -> None:
        kept, spans = [], []
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, label=mention.label,
                                 alignment_mode="expand")
            if span is None:
                continue
            kept.append(mention)
            spans.append(span)
        doc.spans[self.span_key] = SpanGroup(doc, name=self.span_key, spans=spans,
                                             attrs={"mentions": kept})


TEXT_KEY = "text"
"""`doc.user_data` key under which the tokenizer keeps the text it was given:
spaCy rebuilds `doc.text` from the tokens on every access."""


def text_of(doc: Doc) -> str:
    """The doc's text, without rebuilding it from the tokens each time."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc.text


def mentions_of(doc: Doc, span_key: str) -> list[Mention]:
    """The mentions an extractor stored under `span_key` (empty when it did not run)."""
    if span_key not in doc.spans:
        return []
    return list(doc.spans[span_key].attrs.get("mentions", []))
