"""Article-level context the extractors share: the province the article is about."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extraction.components.base import text_of

from extraction.components.agencies import article_province, grammar, province_after_2025


class ArticleContext:
    """Sets `doc.user_data["province"]` and `["province_2025"]` unless already given."""

    def __init__(self) -> None:
        grammar()  # the lexicons are read when the pipeline is built, not on its first article

    def __call__(self, doc: Doc) -> Doc:
        data = doc.user_data
        if not data.get("province"):
            data["province"] = article_province(text_of(doc), title=data.get("title"),
                                                source=data.get("source"))
        if data["province"] and not data.get("province_2025"):
            data["province_2025"] = province_after_2025(data["province"])
        return doc


@Language.factory("govnews_context")
def make_article_context(nlp: Language, name: str) -> ArticleContext:
    return ArticleContext()
