"""Is restructuring one of the article's subjects? An explainable, weighted decision."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extraction.components.base import text_of

from extraction.patterns.restructuring import (CASE_VARIANTS, CONTEXT_CUES, LEAD_CHARS, MIN_CUE_SENTENCES,
                                               MIN_SCORE, NEGATIVE_CUES, SENTENCE_SPLIT, STRONG_CUES, Cue)

CUES: tuple[tuple[str, Cue], ...] = tuple({**STRONG_CUES, **NEGATIVE_CUES}.items())


@dataclass(frozen=True)
class Evidence:
    sentence: str
    cues: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class Verdict:
    is_restructuring: bool
    score: float
    evidence: tuple[Evidence, ...]

    def as_dict(self) -> dict:
        return {"is_restructuring": self.is_restructuring, "score": self.score,
                "evidence": [f"{e.score:+.1f} [{', '.join(e.cues)}] {e.sentence}"
                             for e in self.evidence]}


def _keyword_text(text: str) -> str:
    """`text` as cue keywords are looked up in (see CASE_VARIANTS)."""
    for variant, letter in CASE_VARIANTS:
        text = text.replace(variant, letter)
    return text.lower()


def _possible_cues(text: str, cues: tuple[tuple[str, Cue], ...] = CUES) -> tuple[tuple[str, Cue], ...]:
    """The cues whose keywords occur in `text`: only these can match in it."""
    written = _keyword_text(text)
    return tuple((name, cue) for name, cue in cues if any(keyword in written for keyword in cue.keywords))


def _score_sentence(sentence: str, cues: list[tuple[str, Cue]]) -> tuple[float, tuple[str, ...]]:
    score, found = 0.0, []
    for name, cue in cues:
        if cue.pattern.search(sentence):
            score += cue.weight
            found.append(name)
    return score, tuple(found)


def _cues_by_sentence(sentences: list[str], cues: tuple[tuple[str, Cue], ...]) -> dict[int, list[tuple[str, Cue]]]:
    """For each sentence holding a cue's keyword, the cues that can match in it (in `cues` order): the keywords
    are looked for once in the whole text, not in every sentence."""
    written = _keyword_text("\n".join(sentences))
    starts = list(accumulate((len(sentence) + 1 for sentence in sentences[:-1]), initial=0))
    found: dict[int, list[tuple[str, Cue]]] = {}
    for name, cue in cues:
        for index in sorted({bisect_right(starts, at) - 1 for keyword in cue.keywords
                             for at in _occurrences(written, keyword)}):
            found.setdefault(index, []).append((name, cue))
    return found


def _occurrences(text: str, keyword: str) -> Iterator[int]:
    at = text.find(keyword)
    while at != -1:
        yield at
        at = text.find(keyword, at + 1)


def _evidence(text: str, title: str | None, cues: tuple[tuple[str, Cue], ...]) -> list[Evidence]:
    """The sentences carrying cues, weighted (the title and lead count double)."""
    sentences = [piece.strip() for piece in ([title] if title else []) + SENTENCE_SPLIT.split(text)]
    candidates = _cues_by_sentence(sentences, cues)
    evidence: list[Evidence] = []
    position = 0
    for index, sentence in enumerate(sentences):
        if not sentence:
            continue
        is_title = bool(title) and index == 0
        in_lead = is_title or position < LEAD_CHARS
        position += 0 if is_title else len(sentence)
        score, found = _score_sentence(sentence, candidates.get(index, []))
        if found:
            evidence.append(Evidence(sentence, found, score * (2 if in_lead else 1)))
    return evidence


def judge(text: str, *, title: str | None = None) -> Verdict:
    """Weigh cue sentences (the title and lead count double) into a decision; an article
    holding no cue's keyword is decided without splitting it into sentences."""
    cues = _possible_cues(f"{title}\n{text}" if title else text)
    evidence = _evidence(text, title, cues) if cues else []
    total = sum(e.score for e in evidence)
    positive_sentences = sum(1 for e in evidence if e.score > 0)
    has_core_cue = any(set(e.cues) - CONTEXT_CUES for e in evidence if e.score > 0)
    decided = has_core_cue and total >= MIN_SCORE and positive_sentences >= MIN_CUE_SENTENCES
    return Verdict(decided, total, tuple(evidence))


class RestructuringClassifier:
    """Writes `doc.user_data["restructuring"]`: the decision and its evidence."""

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["restructuring"] = judge(text_of(doc), title=doc.user_data.get("title")).as_dict()
        return doc


@Language.factory("govnews_restructuring")
def make_restructuring_classifier(nlp: Language, name: str) -> RestructuringClassifier:
    return RestructuringClassifier()
