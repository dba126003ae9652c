"""`govnews show`: one stored article as an HTML page, to trust (or question) what was extracted.

The clean body is rendered with displaCy's span style, one label and colour per
entity kind (officials, titles, agencies, dates, legal references) at the rows'
exact `start`/`end` offsets, each paragraph as its own block. The restructuring
evidence is recomputed from the stored text and title with the same classifier
the pipeline runs, and its sentences are marked too. Below the text, one table
per kind lists the extracted rows, then the evidence with its cues and scores.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from spacy import displacy
from spacy.displacy.templates import TPL_SPAN_SLICE, TPL_SPAN_START

from extraction.components.restructuring import Verdict, judge
from pipelines.store.query import run_query


class UnknownArticle(LookupError):
    """No article of the store has this id."""


@dataclass(frozen=True)
class SpanKind:
    """One entity table as shown: its displaCy label, colour and the columns of its table."""

    table: str
    label: str
    color: str
    heading: str
    columns: tuple[str, ...]


SPAN_KINDS = (
    SpanKind("officials", "OFFICIAL", "#7aecec", "Officials",
             ("name", "honorific", "person_id")),
    SpanKind("positions", "TITLE", "#c3a6ff", "Positions (titles)",
             ("person_name", "title", "role", "organization", "organization_canonical", "former")),
    SpanKind("agencies", "AGENCY", "#feca74", "Agencies",
             ("text", "canonical", "kind", "province", "province_2025")),
    SpanKind("dates", "DATE", "#9ee37d", "Dates",
             ("text", "value", "granularity", "part_of_day")),
    SpanKind("legal_refs", "LEGAL_REF", "#ff8197", "Legal references",
             ("text", "key", "doc_type", "number", "year", "symbol", "issuer")),
)

EVIDENCE_FOR = SpanKind("restructuring", "RESTRUCTURING", "#f6d743", "Restructuring evidence",
                        ("score", "cues", "sentence"))
EVIDENCE_AGAINST_LABEL = "NOT_RESTRUCTURING"
EVIDENCE_AGAINST_COLOR = "#b0b0b0"

ARTICLE_FIELDS = ("article_id", "doc_id", "title", "source", "url", "published", "province",
                  "province_2025", "author", "duplicate_of", "is_restructuring", "pipeline_version")
"""Article columns shown in the page's header."""

WORD = re.compile(r"\S+")
PARAGRAPH = re.compile(r"[^\n]+")

SPAN_TOKEN_TEMPLATE = ('<span style="font-weight: bold; display: inline-block; position: relative; '
                       'height: {total_height}px;">{text}{span_slices}{span_starts}</span>')
"""displaCy's span token without the whitespace around it: a highlighted token carries its
own following space (a no-break space), so "13/4," renders as written, not "13/4 ,"."""
NO_BREAK_SPACE = "\u00a0"

PAGE_STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; margin: 2rem; max-width: 80rem; }
h1 { font-size: 1.5rem; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
dl.meta dt { font-weight: bold; }
.legend span { display: inline-block; padding: 2px 8px; margin: 0 6px 6px 0; border-radius: 3px;
               font-size: 0.8rem; font-weight: bold; }
table.rows { border-collapse: collapse; margin-bottom: 1.5rem; font-size: 0.9rem; }
table.rows th, table.rows td { border: 1px solid #ccc; padding: 3px 8px; text-align: left;
                               vertical-align: top; }
table.rows th { background: #f0f0f0; }
h2 .swatch { display: inline-block; width: 1rem; height: 1rem; border-radius: 3px;
             margin-right: 0.5rem; vertical-align: middle; }
"""


@dataclass(frozen=True)
class Mark:
    """A labelled character range of `articles.text`."""

    start: int
    end: int
    label: str


def render_article_html(store: Path, article_id: str) -> str:
    """The whole HTML page of one article: header, highlighted text, rows per kind, evidence.

    `article_id` may also be a `doc_id` that names exactly one article.
    `UnknownArticle` when the store has no such article.
    """
    article = load_article(store, article_id)
    rows = {kind.table: load_rows(store, kind.table, article["article_id"]) for kind in SPAN_KINDS}
    verdict = judge(article["text"], title=article["title"])
    marks = entity_marks(rows) + evidence_marks(article["text"], verdict)
    body = "\n".join([
        _header_html(article, verdict),
        _legend_html(),
        render_spans(article["text"], marks),
        *(rows_table_html(kind, rows[kind.table]) for kind in SPAN_KINDS),
        evidence_table_html(verdict),
    ])
    title = html.escape(article["title"] or article["doc_id"])
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


# --- reading the store ---------------------------------------------------------------

def load_article(store: Path, article_id: str) -> dict[str, Any]:
    """The `articles` row with this article_id, else the only one with this doc_id."""
    by_id = run_query(store, f"SELECT * FROM articles WHERE article_id = {_literal(article_id)}")
    if by_id.num_rows:
        return by_id.to_pylist()[0]
    by_doc = run_query(store, f"SELECT * FROM articles WHERE doc_id = {_literal(article_id)} "
                              "ORDER BY article_id").to_pylist()
    if len(by_doc) == 1:
        return by_doc[0]
    if by_doc:
        ids = ", ".join(row["article_id"] for row in by_doc)
        raise UnknownArticle(f"doc_id {article_id!r} names {len(by_doc)} articles ({ids}); "
                             "give one article_id")
    raise UnknownArticle(f"no article {article_id!r} in the store {store}")


def load_rows(store: Path, table: str, article_id: str) -> list[dict[str, Any]]:
    """The rows of one entity table for one article, in text order."""
    sql = (f"SELECT * FROM {table} WHERE article_id = {_literal(article_id)} "
           'ORDER BY start, "end"')
    return run_query(store, sql).to_pylist()


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# --- marks ---------------------------------------------------------------------------

def entity_marks(rows: dict[str, list[dict[str, Any]]]) -> list[Mark]:
    """One mark per extracted row, labelled by its kind."""
    return [Mark(row["start"], row["end"], kind.label)
            for kind in SPAN_KINDS for row in rows.get(kind.table, [])]


def evidence_marks(text: str, verdict: Verdict) -> list[Mark]:
    """The evidence sentences found in the text, in order (a title's evidence is not in it)."""
    marks: list[Mark] = []
    cursor = 0
    for evidence in verdict.evidence:
        start = text.find(evidence.sentence, cursor)
        if start < 0:
            continue
        end = start + len(evidence.sentence)
        label = EVIDENCE_FOR.label if evidence.score > 0 else EVIDENCE_AGAINST_LABEL
        marks.append(Mark(start, end, label))
        cursor = end
    return marks


# --- displaCy ------------------------------------------------------------------------

def render_spans(text: str, marks: Iterable[Mark]) -> str:
    """displaCy span markup of `text`, one block per paragraph (line)."""
    kept = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    paragraphs = [paragraph_doc(text, line.start(), line.end(), kept)
                  for line in PARAGRAPH.finditer(text) if line.group().strip()]
    if not paragraphs:
        return ""
    options = {"colors": label_colors(),
               "template": {"span": SPAN_TOKEN_TEMPLATE, "slice": TPL_SPAN_SLICE,
                            "start": TPL_SPAN_START}}
    return displacy.render(paragraphs, style="span", manual=True, jupyter=False, options=options)


def label_colors() -> dict[str, str]:
    colors = {kind.label: kind.color for kind in SPAN_KINDS}
    colors[EVIDENCE_FOR.label] = EVIDENCE_FOR.color
    colors[EVIDENCE_AGAINST_LABEL] = EVIDENCE_AGAINST_COLOR
    return colors


def paragraph_doc(text: str, start: int, end: int, marks: list[Mark]) -> dict[str, Any]:
    """The manual displaCy input for text[start:end]: tokens cut at every mark boundary."""
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = {max(m.start, start) for m in inside} | {min(m.end, end) for m in inside}
    tokens = token_ranges(text, start, end, cuts)
    token_starts = [token_start for token_start, _ in tokens]
    spans = []
    for mark in inside:
        first = bisect_left(token_starts, max(mark.start, start))
        last = bisect_left(token_starts, min(mark.end, end))
        if first < last:
            spans.append({"start_token": first, "end_token": last, "label": mark.label})
    highlighted = {i for span in spans for i in range(span["start_token"], span["end_token"])}
    words = [_token_text(text, token, i in highlighted) for i, token in enumerate(tokens)]
    return {"text": text[start:end], "tokens": words, "spans": spans}


def _token_text(text: str, token: tuple[int, int], highlighted: bool) -> str:
    """A plain token as written (displaCy adds a space after it); a highlighted one with
    a no-break space when whitespace follows it in the text."""
    start, end = token
    spaced = highlighted and end < len(text) and text[end].isspace()
    return text[start:end] + (NO_BREAK_SPACE if spaced else "")


def token_ranges(text: str, start: int, end: int, cuts: set[int]) -> list[tuple[int, int]]:
    """Whitespace-separated words of text[start:end], split again at the `cuts` offsets."""
    ranges: list[tuple[int, int]] = []
    for word in WORD.finditer(text, start, end):
        inner = sorted(c for c in cuts if word.start() < c < word.end())
        bounds = [word.start(), *inner, word.end()]
        ranges.extend(zip(bounds, bounds[1:]))
    return ranges


# --- HTML around the text ------------------------------------------------------------

def _header_html(article: dict[str, Any], verdict: Verdict) -> str:
    heading = html.escape(article["title"] or article["doc_id"])
    fields = [(name, article.get(name)) for name in ARTICLE_FIELDS]
    fields.append(("restructuring (recomputed)",
                   f"{verdict.is_restructuring} (score {verdict.score:+.1f})"))
    items = "".join(f"<dt>{html.escape(name)}</dt><dd>{_cell(value)}</dd>" for name, value in fields)
    return f"<h1>{heading}</h1>\n<dl class=\"meta\">{items}</dl>"


def _legend_html() -> str:
    chips = "".join(f'<span style="background: {color}">{html.escape(label)}</span>'
                    for label, color in label_colors().items())
    return f'<div class="legend">{chips}</div>'


def rows_table_html(kind: SpanKind, rows: list[dict[str, Any]]) -> str:
    """An HTML table of one kind's rows: offsets, sentence, then the kind's columns."""
    columns = ("start", "end", "sentence_index", *kind.columns)
    return _table_html(kind, columns, [[row.get(c) for c in columns] for row in rows])


def evidence_table_html(verdict: Verdict) -> str:
    rows = [[f"{e.score:+.1f}", ", ".join(e.cues), e.sentence] for e in verdict.evidence]
    return _table_html(EVIDENCE_FOR, EVIDENCE_FOR.columns, rows)


def _table_html(kind: SpanKind, columns: Iterable[str], rows: list[list[Any]]) -> str:
    heading = (f'<h2><span class="swatch" style="background: {kind.color}"></span>'
               f"{html.escape(kind.heading)} ({len(rows)})</h2>")
    if not rows:
        return heading + "\n<p>none</p>"
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f'{heading}\n<table class="rows"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _cell(value: Any) -> str:
    return "" if value is None else html.escape(str(value))
