"""Table rows from processed articles and rejects (the store's input)."""
from __future__ import annotations

from typing import Any

from pipelines.records import Article, Reject, stable_id
from pipelines.store.schema import ENTITY_TABLES


def article_row(article: Article, *, run_id: str, pipeline_version: str) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "doc_id": article.doc_id,
        "source_path": article.source_path,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "province": article.province,
        "province_2025": article.province_2025,
        "author": article.author,
        "text": article.text,
        "content_hash": article.content_hash,
        "raw_hash": article.raw_hash,
        "duplicate_of": article.duplicate_of,
        "is_restructuring": article.is_restructuring,
        "n_sentences": len(article.sentences),
        "n_tokens": sum(len(s["tokens"]) for s in article.sentences),
        "pipeline_version": pipeline_version,
        "run_id": run_id,
    }


def derived_rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """Rows of the sentence and entity tables for one article."""
    tagged = {"sentences": article.sentences,
              "signatures": [{"minhash": article.signature}]}
    tagged.update({kind: article.entities.get(kind, []) for kind in ENTITY_TABLES})
    return {table: [dict(row, article_id=article.article_id) for row in rows]
            for table, rows in tagged.items()}


def reject_id(reject: Reject) -> str:
    """Stable across runs for the same bad record."""
    return stable_id(reject.source_path, reject.doc_id or "", reject.reason, reject.detail)


def reject_row(reject: Reject, *, run_id: str) -> dict[str, Any]:
    return {
        "reject_id": reject_id(reject),
        "doc_id": reject.doc_id,
        "source_path": reject.source_path,
        "reason": reject.reason,
        "detail": reject.detail,
        "run_id": run_id,
    }
