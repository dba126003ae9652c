"""Segment and extract: turn cleaned articles into table rows."""
from __future__ import annotations

from typing import Any

from extraction.analysis import ENTITY_KINDS, Analysis, analyze
from extraction.nlp import load_nlp
from pipelines.faults import crash_point
from pipelines.records import Article
from pipelines.stages.identity import assign_person_ids


def article_context(article: Article) -> dict[str, Any]:
    """What the extractors may know about an article beyond its text."""
    return {
        "published": article.published,
        "author": article.author,
        "title": article.title,
        "source": article.source,
        "url": article.url,
    }


def extract(articles: list[Article], components: tuple[str, ...]) -> None:
    """Fill sentences, entities and the restructuring flag of each article in place."""
    nlp = load_nlp(components)
    items = [(a.text, article_context(a)) for a in articles]
    crash_point("segment")
    for article, analysis in zip(articles, analyze(nlp, items)):
        _apply(article, analysis)


def _apply(article: Article, analysis: Analysis) -> None:
    crash_point("extract")
    article.sentences = analysis.sentences
    article.entities = {kind: analysis.mentions.get(kind, []) for kind in ENTITY_KINDS}
    article.is_restructuring = analysis.is_restructuring
    article.province = analysis.province
    article.province_2025 = analysis.province_2025
    assign_person_ids(article.entities["officials"], article.entities["positions"],
                      article_province_2025=article.province_2025)
