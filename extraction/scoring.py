"""SPEC §5's scorer: per-article sets of normalized values, micro-averaged P/R/F1 per kind.

Each article gives, per kind, the SET of its distinct normalized values (names,
(person, title) and (person, role) pairs, agency texts, date values, legal-ref
keys, and the keys holding a digit). True positives, false positives and false
negatives are counted per article and summed over all articles (micro average).

Conventions where a ratio has a zero denominator:
- precision with nothing predicted is 1.0 when there was nothing to find, else 0.0;
- recall with nothing to find is 1.0 when nothing was predicted, else 0.0;
- F1 is 2·tp / (2·tp + fp + fn): 1.0 when there was nothing to find and
  nothing was predicted, 0.0 whenever tp is 0 otherwise.
A gold article without a prediction counts as every value missed; predictions
for articles not in the gold are ignored. Restructuring accuracy is over the
gold articles that carry `is_restructuring`; it is None when no prediction
answers the question at all (a predictor that does not classify), otherwise an
unanswered article counts as wrong.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from extraction.text import fold_tone_placement, normalize

KINDS = (
    "officials",
    "positions_title",
    "positions_role",
    "agencies",
    "dates",
    "legal_refs",
    "legal_refs_numbered",
)
"""The scored kinds, in report order."""

Value = str | tuple[str, str]
"""A scored value: a normalized string, or a normalized (person, title|role) pair."""

BODY_LINE_MIN_CHARS = 80
"""A gold line longer than this, holding no `absent` string, is body and must survive cleaning."""

# --- character data for normalize_value -------------------------------------

LOOKALIKE_LETTERS = MappingProxyType({"\u00d0": "\u0110", "\u00f0": "\u0111"})
"""Icelandic eth "Ð"/"ð" typed for Vietnamese "Đ"/"đ"."""

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
"""Hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus and
their small / full-width forms: all read as "-"."""

INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
"""Soft hyphen, zero-width spaces and joiners, BOM: dropped."""

CHARACTER_TABLE = MappingProxyType(str.maketrans(
    {**LOOKALIKE_LETTERS, **{dash: "-" for dash in DASHES}, **{ch: None for ch in INVISIBLE}}
))

WHITESPACE = re.compile(r"\s+")

BRACKET_PAIRS = MappingProxyType({"(": ")", "[": "]", "{": "}"})
"""Brackets are stripped at an edge only when unpaired, or when one pair encloses
the whole value: "Luật X (sửa đổi)" keeps its ")"."""
CLOSING_BRACKETS = MappingProxyType({close: open_ for open_, close in BRACKET_PAIRS.items()})

EXTRA_EDGE_CHARACTERS = frozenset("|`´^~")
"""Edge characters stripped besides Unicode punctuation (markdown table borders, stray accents)."""


# --- normalization -----------------------------------------------------------

def _is_loose_edge(character: str) -> bool:
    if character in BRACKET_PAIRS or character in CLOSING_BRACKETS:
        return False
    return character.isspace() or character in EXTRA_EDGE_CHARACTERS \
        or unicodedata.category(character).startswith("P")


def _partner_index(text: str, index: int) -> int | None:
    """Index of the bracket pairing with the one at `index`, or None when it has none."""
    bracket = text[index]
    if bracket in BRACKET_PAIRS:
        partner, positions = BRACKET_PAIRS[bracket], range(index, len(text))
    else:
        partner, positions = CLOSING_BRACKETS[bracket], range(index, -1, -1)
    depth = 0
    for position in positions:
        if text[position] == bracket:
            depth += 1
        elif text[position] == partner:
            depth -= 1
            if depth == 0:
                return position
    return None


def _strip_edge_brackets(value: str) -> str:
    if value and value[0] in BRACKET_PAIRS:
        partner = _partner_index(value, 0)
        if partner is None:
            return value[1:]
        if partner == len(value) - 1:
            return value[1:-1]
    if value and value[-1] in CLOSING_BRACKETS and _partner_index(value, len(value) - 1) is None:
        return value[:-1]
    return value


def strip_edges(value: str) -> str:
    """Drop surrounding quotes, punctuation, whitespace and unpaired or enclosing brackets."""
    while True:
        start, end = 0, len(value)
        while start < end and _is_loose_edge(value[start]):
            start += 1
        while end > start and _is_loose_edge(value[end - 1]):
            end -= 1
        stripped = _strip_edge_brackets(value[start:end])
        if stripped == value:
            return value
        value = stripped


@lru_cache(maxsize=1 << 16)
def normalize_value(value: str) -> str:
    """SPEC §5's comparison form of a value.

    NFC, "Ð" read as "Đ", case folded, dashes unified to "-", tone marks of
    "oa"/"oe"/"uy" on the first vowel, whitespace collapsed, surrounding quotes
    and punctuation stripped.
    """
    text = unicodedata.normalize("NFC", value).translate(CHARACTER_TABLE).casefold()
    text = WHITESPACE.sub(" ", fold_tone_placement(text))
    return strip_edges(text)


# --- value sets --------------------------------------------------------------

def _strings(values: Iterable[Any]) -> set[str]:
    normalized = (normalize_value(v) for v in values if isinstance(v, str))
    return {v for v in normalized if v}


def _field_values(entries: Iterable[Any], key: str) -> set[str]:
    return _strings(entry.get(key) for entry in entries if isinstance(entry, Mapping))


def _pairs(positions: Iterable[Any], key: str) -> set[tuple[str, str]]:
    pairs = set()
    for position in positions:
        if not isinstance(position, Mapping):
            continue
        person, other = position.get("person"), position.get(key)
        if isinstance(person, str) and isinstance(other, str):
            pair = (normalize_value(person), normalize_value(other))
            if all(pair):
                pairs.add(pair)
    return pairs


HAS_DIGIT = re.compile(r"\d")


def value_sets(record: Mapping[str, Any]) -> dict[str, set[Value]]:
    """The normalized set of values of each kind in a record of the gold format.

    Missing fields, values that are not strings and values empty after
    normalization contribute nothing.
    """
    positions = record.get("positions") or []
    legal_keys = _field_values(record.get("legal_refs") or [], "key")
    return {
        "officials": _strings(record.get("officials") or []),
        "positions_title": _pairs(positions, "title"),
        "positions_role": _pairs(positions, "role"),
        "agencies": _field_values(record.get("agencies") or [], "text"),
        "dates": _field_values(record.get("dates") or [], "value"),
        "legal_refs": legal_keys,
        "legal_refs_numbered": {key for key in legal_keys if HAS_DIGIT.search(key)},
    }


# --- scores ------------------------------------------------------------------

@dataclass(frozen=True)
class PRF:
    """Micro-averaged counts of one kind, with the conventions of the module docstring."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 1.0 if denominator == 0 else 2 * self.tp / denominator

    def plus(self, tp: int, fp: int, fn: int) -> PRF:
        return PRF(self.tp + tp, self.fp + fp, self.fn + fn)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


def _display(value: Value) -> str:
    return " | ".join(value) if isinstance(value, tuple) else value


@dataclass(frozen=True)
class ArticleErrors:
    """What one article got wrong: missed and spurious normalized values per kind."""

    doc_id: str
    predicted: bool
    missed: dict[str, tuple[Value, ...]]
    spurious: dict[str, tuple[Value, ...]]
    gold_restructuring: bool | None = None
    predicted_restructuring: bool | None = None
    restructuring_wrong: bool = False

    @property
    def n_errors(self) -> int:
        values = sum(len(v) for v in self.missed.values()) + sum(len(v) for v in self.spurious.values())
        return values + int(self.restructuring_wrong)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "predicted": self.predicted,
            "n_errors": self.n_errors,
            "missed": {kind: list(values) for kind, values in self.missed.items()},
            "spurious": {kind: list(values) for kind, values in self.spurious.items()},
            "restructuring": {"gold": self.gold_restructuring, "predicted": self.predicted_restructuring,
                              "wrong": self.restructuring_wrong},
        }

    def __str__(self) -> str:
        header = f"{self.doc_id}: {self.n_errors} error(s)" + ("" if self.predicted else " (no prediction)")
        lines = [header]
        if self.restructuring_wrong:
            lines.append(f"  is_restructuring: gold {self.gold_restructuring}, "
                         f"predicted {self.predicted_restructuring}")
        for label, found in (("missed", self.missed), ("spurious", self.spurious)):
            for kind, values in found.items():
                lines.append(f"  {label} {kind}: " + "; ".join(_display(v) for v in values))
        return "\n".join(lines)


@dataclass(frozen=True)
class Report:
    per_kind: dict[str, PRF]
    restructuring_accuracy: float | None
    errors: list[ArticleErrors]
    n_articles: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_articles": self.n_articles,
            "per_kind": {kind: prf.to_dict() for kind, prf in self.per_kind.items()},
            "restructuring_accuracy": self.restructuring_accuracy,
            "errors": [article.to_dict() for article in self.errors],
        }


def _flag(record: Mapping[str, Any] | None) -> bool | None:
    value = record.get("is_restructuring") if record is not None else None
    return value if isinstance(value, bool) else None


def _article_errors(doc_id: str, gold_sets: dict[str, set[Value]], predicted_sets: dict[str, set[Value]],
                    has_prediction: bool, flags: tuple[bool | None, bool | None], answering: bool,
                    ) -> ArticleErrors:
    missed = {k: tuple(sorted(gold_sets[k] - predicted_sets[k])) for k in KINDS}
    spurious = {k: tuple(sorted(predicted_sets[k] - gold_sets[k])) for k in KINDS}
    gold_flag, predicted_flag = flags
    return ArticleErrors(
        doc_id=doc_id,
        predicted=has_prediction,
        missed={k: v for k, v in missed.items() if v},
        spurious={k: v for k, v in spurious.items() if v},
        gold_restructuring=gold_flag,
        predicted_restructuring=predicted_flag,
        restructuring_wrong=answering and gold_flag is not None and predicted_flag != gold_flag,
    )


def score(gold: Iterable[Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]]) -> Report:
    """Score predictions keyed by doc_id against gold records (SPEC §5)."""
    gold = list(gold)
    answering = any(_flag(predicted.get(g["doc_id"])) is not None for g in gold)
    nothing_predicted = {kind: set() for kind in KINDS}
    per_kind = {kind: PRF() for kind in KINDS}
    articles, judged, correct = [], 0, 0
    for record in gold:
        doc_id = record["doc_id"]
        prediction = predicted.get(doc_id)
        gold_sets = value_sets(record)
        predicted_sets = value_sets(prediction) if prediction is not None else nothing_predicted
        for kind in KINDS:
            found, expected = predicted_sets[kind], gold_sets[kind]
            per_kind[kind] = per_kind[kind].plus(len(found & expected), len(found - expected),
                                                 len(expected - found))
        flags = (_flag(record), _flag(prediction))
        if flags[0] is not None:
            judged += 1
            correct += int(flags[1] == flags[0])
        article = _article_errors(doc_id, gold_sets, predicted_sets, prediction is not None, flags, answering)
        if article.n_errors:
            articles.append(article)
    articles.sort(key=lambda a: (-a.n_errors, a.doc_id))
    accuracy = correct / judged if judged and answering else None
    return Report(per_kind=per_kind, restructuring_accuracy=accuracy, errors=articles, n_articles=len(gold))


# --- cleaning check ----------------------------------------------------------

def _collapsed(text: str) -> str:
    return WHITESPACE.sub(" ", normalize(text)).strip()


def _without_whitespace(text: str) -> str:
    return WHITESPACE.sub("", normalize(text))


def absent_and_body_checks(gold_record: Mapping[str, Any], clean_text: str) -> list[str]:
    """SPEC §5's cleaning check of one article's clean text; an empty list is a pass.

    Each `absent` string must be gone (compared after NFC and whitespace
    collapsing, case kept). Each gold line over 80 characters holding no
    `absent` string must survive, whitespace aside: compared with whitespace
    removed, so a space restored after a sentence end or a re-wrapped line is
    no change.
    """
    absent = [a for a in (_collapsed(s) for s in gold_record.get("absent") or [] if isinstance(s, str)) if a]
    clean = _collapsed(clean_text)
    problems = [f"absent string still in clean text: {a!r}" for a in absent if a in clean]
    clean_compact = _without_whitespace(clean_text)
    for line in normalize(gold_record.get("text") or "").split("\n"):
        body = _collapsed(line)
        if len(body) <= BODY_LINE_MIN_CHARS or any(a in body for a in absent):
            continue
        if _without_whitespace(body) not in clean_compact:
            problems.append(f"body line lost in cleaning: {body[:BODY_LINE_MIN_CHARS]!r}…")
    return problems
