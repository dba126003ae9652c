"""The record types that flow between batch steps.

A reader yields `Article` (raw input, not yet cleaned) or `Reject`; the stages
fill in the derived fields of `Article` in place; the store writes them out.
The spaCy `Doc` never leaves `extraction/`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any


def stable_id(*parts: str) -> str:
    """A short, stable hex id from the given identity parts."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]


def record_article_id(source_path: str, doc_id: str) -> str:
    """The `article_id` of the input record `doc_id` of `source_path`."""
    return stable_id(source_path, doc_id)


@dataclass
class Article:
    """One input record on its way to the `articles` table.

    Readers set the input fields (`doc_id`, `source_path`, `raw_text`, and the
    metadata they find); cleaning sets `text`; later stages add sentences,
    entities and dedup fields.
    """

    doc_id: str
    source_path: str
    raw_text: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    author: str | None = None
    # derived by the stages
    text: str = ""
    content_hash: str = ""
    duplicate_of: str | None = None
    is_restructuring: bool = False
    province: str | None = None
    province_2025: str | None = None
    sentences: list[dict[str, Any]] = field(default_factory=list)
    entities: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    signature: list[int] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        """Stable across runs: derived from where the record came from and its id."""
        return record_article_id(self.source_path, self.doc_id)

    @property
    def raw_hash(self) -> str:
        """Hash of the record as read, to tell a changed input record from a re-read one."""
        return hashlib.sha1(self.raw_text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Reject:
    """An input record that could not become an article, with a SPEC reason code."""

    doc_id: str | None
    source_path: str
    reason: str
    detail: str

    @property
    def record_id(self) -> str | None:
        """The `article_id` the record has when it reads well; None when its id
        is unknown, or when it only repeats the id of a record read before it."""
        if self.doc_id is None or self.reason == "duplicate_id":
            return None
        return record_article_id(self.source_path, self.doc_id)


REJECT_REASONS = (
    "undecodable",
    "malformed_json",
    "not_an_object",
    "missing_text",
    "empty_body",
    "not_vietnamese",
    "too_large",
    "unreadable_file",
    "bad_gzip",
    "bad_html",
    "bad_warc_record",
    "unsupported_format",
    "duplicate_id",
)
"""SPEC §1's reason codes, plus `duplicate_id`: a second record with the same id
in the same file (the first one read is kept)."""
