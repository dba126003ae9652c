"""`govnews eval`: run the pipeline on gold texts and score it as SPEC §5 says."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from extraction.scoring import Report, absent_and_body_checks, score
from pipelines.baseline import underthesea_entities
from pipelines.config import RunConfig
from pipelines.engines.local import process_batch
from pipelines.records import Article


def load_gold(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_article(record: dict[str, Any]) -> Article:
    published = record.get("published")
    return Article(doc_id=record["doc_id"], source_path="gold", raw_text=record["text"],
                   title=record.get("title"), source=record.get("source"),
                   published=date.fromisoformat(published[:10]) if published else None)


def as_gold_format(article: Article) -> dict[str, Any]:
    """Our extraction of one article in the gold file's format."""
    entities = article.entities
    return {
        "doc_id": article.doc_id,
        "officials": [m["name"] for m in entities.get("officials", [])],
        "positions": [{"person": m["person_name"], "title": m["title"], "role": m.get("role")}
                      for m in entities.get("positions", [])],
        "agencies": [{"text": m["text"], "canonical": m.get("canonical")}
                     for m in entities.get("agencies", [])],
        "dates": [{"text": m["text"], "value": m["value"]} for m in entities.get("dates", [])],
        "legal_refs": [{"text": m["text"], "key": m["key"]} for m in entities.get("legal_refs", [])],
        "is_restructuring": article.is_restructuring,
    }


def predict(records: Iterable[dict[str, Any]], config: RunConfig) -> tuple[dict[str, dict], dict[str, str]]:
    """Predictions keyed by doc_id, and each article's clean text (as `govnews run` processes them)."""
    articles = [r for r in process_batch([gold_article(r) for r in records], config)
                if isinstance(r, Article)]
    return ({a.doc_id: as_gold_format(a) for a in articles},
            {a.doc_id: a.text for a in articles})


@dataclass(frozen=True)
class Evaluation:
    ours: Report
    baseline: Report
    cleaning_problems: dict[str, list[str]]


def evaluate(gold_path: Path, config: RunConfig) -> Evaluation:
    gold = load_gold(gold_path)
    predicted, texts = predict(gold, config)
    problems = {}
    for record in gold:
        found = absent_and_body_checks(record, texts.get(record["doc_id"], ""))
        if found:
            problems[record["doc_id"]] = found
    baseline = {r["doc_id"]: dict(underthesea_entities(texts.get(r["doc_id"], r["text"])),
                                  doc_id=r["doc_id"]) for r in gold}
    return Evaluation(score(gold, predicted), score(gold, baseline), problems)
