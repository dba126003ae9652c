"""Clean each raw article; empty or non-Vietnamese bodies become rejects."""
from __future__ import annotations

import hashlib
import re

from extraction.cleaning import clean
from extraction.text import fold_for_match
from pipelines.config import RunConfig
from pipelines.faults import crash_point
from pipelines.records import Article, Reject

_VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
_LETTER = re.compile(r"[^\W\d_]")


def vietnamese_ratio(text: str) -> float:
    """Share of letters that only Vietnamese writes (đ, ă, ơ, ư, tone-marked vowels)."""
    letters = _LETTER.findall(text.lower())
    if not letters:
        return 0.0
    return sum(1 for ch in letters if ch in _VIETNAMESE_LETTERS) / len(letters)


def content_hash(text: str) -> str:
    """The exact-duplicate key: a hash of the text folded for matching."""
    return hashlib.sha1(fold_for_match(text).encode("utf-8")).hexdigest()


def clean_article(article: Article, config: RunConfig) -> Article | Reject:
    cleaned = clean(article.raw_text, title=article.title)
    crash_point("clean")
    if not cleaned.text.strip():
        return Reject(article.doc_id, article.source_path, "empty_body",
                      f"nothing left after cleaning {len(article.raw_text)} characters")
    ratio = vietnamese_ratio(cleaned.text)
    if ratio < config.min_vietnamese_ratio:
        return Reject(article.doc_id, article.source_path, "not_vietnamese",
                      f"{ratio:.1%} of letters are Vietnamese-specific "
                      f"(threshold {config.min_vietnamese_ratio:.0%})")
    article.text = cleaned.text
    article.removed = dict(cleaned.removed)
    article.author = article.author or cleaned.author
    article.published = article.published or cleaned.dateline
    article.content_hash = content_hash(cleaned.text)
    return article
