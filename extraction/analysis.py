"""Run the pipeline over article texts and hand back plain rows (no Doc escapes)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extraction.components.base import mentions_of, text_of
from extraction.tokenizer import collapse_whitespace

ENTITY_KINDS = ("officials", "positions", "agencies", "dates", "legal_refs")


@dataclass
class Analysis:
    """What extraction found in one text: sentences, mentions per kind, the flag."""

    sentences: list[dict[str, Any]]
    mentions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    is_restructuring: bool = False
    restructuring_evidence: list[str] = field(default_factory=list)
    province: str | None = None
    province_2025: str | None = None

    @property
    def n_tokens(self) -> int:
        return sum(len(s["tokens"]) for s in self.sentences)


def sentence_rows(doc: Doc) -> list[dict[str, Any]]:
    text = text_of(doc)
    rows = []
    for sentence in doc.sents:
        words = [t for t in sentence if not t.is_space]
        if not words:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        rows.append({
            "sentence_index": len(rows),
            "start": start,
            "end": end,
            "text": text[start:end],
            "tokens": [collapse_whitespace(t.text) for t in words],
            "pos": [t.tag_ for t in words],
        })
    return rows


def _sentence_index(starts: list[int], offset: int) -> int:
    """Index of the sentence holding char `offset` (binary search over starts)."""
    low, high = 0, len(starts)
    while low < high:
        middle = (low + high) // 2
        if starts[middle] <= offset:
            low = middle + 1
        else:
            high = middle
    return max(low - 1, 0)


def mention_rows(doc: Doc, kind: str, starts: list[int]) -> list[dict[str, Any]]:
    text = text_of(doc)
    rows = []
    for mention in mentions_of(doc, kind):
        row = dict(mention.attrs)
        row.update(start=mention.start, end=mention.end,
                   sentence_index=_sentence_index(starts, mention.start))
        row.setdefault("text", text[mention.start:mention.end])
        rows.append(row)
    return rows


def analyze_doc(doc: Doc) -> Analysis:
    sentences = sentence_rows(doc)
    starts = [s["start"] for s in sentences]
    mentions = {kind: mention_rows(doc, kind, starts) for kind in ENTITY_KINDS if kind in doc.spans}
    verdict = doc.user_data.get("restructuring", {})
    return Analysis(sentences=sentences, mentions=mentions,
                    is_restructuring=bool(verdict.get("is_restructuring", False)),
                    restructuring_evidence=list(verdict.get("evidence", [])),
                    province=doc.user_data.get("province"),
                    province_2025=doc.user_data.get("province_2025"))


def analyze(nlp: Language, items: Iterable[tuple[str, dict[str, Any]]],
            batch_size: int = 32) -> Iterator[Analysis]:
    """Analyze (text, context) pairs; the context (published, province, author, …)
    goes to `doc.user_data` before the components run."""
    def docs() -> Iterator[Doc]:
        for text, context in items:
            doc = nlp.make_doc(text)
            doc.user_data.update(context)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield analyze_doc(doc)
