"""HTML pages (`*.html`, `*.htm`, JSONL `html` fields, WARC responses) to raw article text.

The main text comes from trafilatura (favouring recall, no comments), after
two changes to the parsed page that make its lines match the plain-text
copies of the same articles:
- each `<img>` becomes a line `[img]` where it stood (between line breaks), so
  that cleaning can drop the caption that follows an image;
- a blank line inside a text run starts a new line (pages saved from plain text
  keep their paragraphs that way).
Spaces at the ends of the extracted lines are dropped: in HTML they are not text.
Title, site name and author come from trafilatura's metadata. `published`
comes only from the page's own date markup (meta tags, JSON-LD, `<time>`),
read by htmldate without its text heuristics: never from a date in the body.

A page lxml cannot parse (nothing but a comment or doctype, nesting deeper
than libxml2's limit of 256) is `bad_html`; a page without extractable text is
`empty_body`.
"""
from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Iterator

import lxml.html
import trafilatura
from htmldate import find_date
from lxml import etree

from pipelines.records import Article, Reject
from pipelines.readers.txt import check_file_size, check_text_size, decode_text
from pipelines.readers.walk import InputFile, RecordError

if TYPE_CHECKING:
    from pipelines.config import RunConfig

IMAGE_MARKER = "[img]"
"""The line an image leaves in raw text, as in the JSONL corpora."""

NUMBERED_IMAGE_MARKER = "[img {number}]"
"""Placeholder while extracting: trafilatura merges identical paragraphs, so each image's differs."""

NUMBERED_IMAGE_LINE = re.compile(r"^[ \t|]*\[img \d+\][ \t|]*$", re.MULTILINE)
"""A placeholder alone on its line, also as a table cell (`| [img 3] |`)."""

NUMBERED_IMAGE = re.compile(r"\[img \d+\]")

BLANK_LINE_BREAK = re.compile(r"(?<=\S)[ \t\r]*\n(?:[ \t\r]*\n)+[ \t\r]*(?=\S)")
"""One or more blank lines between two pieces of text."""

CHARSET_DECLARATION = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
"""`<meta charset="…">`, `<meta http-equiv … content="text/html; charset=…">`, HTTP Content-Type."""

CHARSET_SNIFF_BYTES = 4096
"""How far into a page to look for a `<meta>` charset declaration."""

XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
"""lxml refuses a decoded string that still carries an XML encoding declaration."""

PREFORMATTED_TAGS = frozenset({"pre", "textarea", "script", "style", "code"})


@dataclass(frozen=True)
class Page:
    """What one HTML page yields for an article."""

    text: str
    title: str | None
    source: str | None
    author: str | None
    published: date | None


def read_html(file: InputFile, config: RunConfig) -> Iterator[Article | Reject]:
    """One article per file, with doc_id the file's relative path without extension."""
    doc_id = file.stem_id
    try:
        check_file_size(file, config.max_record_bytes)
        html = decode_html(file.path.read_bytes())
        check_text_size(html, config.max_record_bytes, "html")
        page = extract_page(html)
    except RecordError as error:
        yield file.reject(error.reason, error.detail, doc_id)
        return
    yield page_article(page, doc_id=doc_id, source_path=file.relative)


def page_article(page: Page, *, doc_id: str, source_path: str, url: str | None = None) -> Article:
    return Article(doc_id=doc_id, source_path=source_path, raw_text=page.text, url=url,
                   title=page.title, published=page.published, source=page.source,
                   author=page.author)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The page's text: see `decode_text`; `declared` (HTTP) before the page's `<meta>`."""
    charset = declared or declared_charset(data[:CHARSET_SNIFF_BYTES].decode("ascii", "replace"))
    html = decode_text(data, charset)
    if html is None:
        raise RecordError("undecodable", "no plausible text encoding found for the page")
    return html


def declared_charset(text: str) -> str | None:
    match = CHARSET_DECLARATION.search(text)
    return match.group(1) if match else None


def extract_page(html: str, url: str | None = None) -> Page:
    """Main text and metadata of a page; RecordError `bad_html` or `empty_body`."""
    if not html.strip():
        raise RecordError("empty_body", "the page is blank")
    html = XML_DECLARATION.sub("", html, count=1)
    tree = parse_html(html)
    published = markup_date(deepcopy(tree))
    mark_images(tree)
    split_blank_lines(tree)
    try:
        document = trafilatura.bare_extraction(
            tree, url=url, favor_recall=True, include_comments=False, include_images=False,
            include_tables=True, deduplicate=False, with_metadata=True)
    # trafilatura and lxml raise assorted exception types on pathological markup
    except Exception as error:
        raise RecordError("bad_html", f"trafilatura: {type(error).__name__}: {error}") from error
    text = restore_image_markers(document.text or "") if document is not None else ""
    if not text.strip():
        raise RecordError("empty_body", "no main text could be extracted from the page")
    return Page(text=text, title=document.title, source=document.sitename or document.hostname,
                author=document.author, published=published)


def parse_html(html: str) -> lxml.html.HtmlElement:
    """The page's tree; `bad_html` when lxml fails or gives up part-way (a fatal error)."""
    parser = lxml.html.HTMLParser()
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise RecordError("bad_html", f"lxml: {error}") from error
    fatal = [entry for entry in parser.error_log if entry.level == etree.ErrorLevels.FATAL]
    if fatal:
        raise RecordError("bad_html", f"lxml: {fatal[0].message} (line {fatal[0].line})")
    return tree


def markup_date(tree: lxml.html.HtmlElement) -> date | None:
    """The publication date the page's markup states, if any (htmldate prunes `tree`)."""
    found = find_date(tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    return date.fromisoformat(found) if found else None


def mark_images(tree: lxml.html.HtmlElement) -> None:
    """Put a numbered marker line where each `<img>` stands."""
    for number, image in enumerate(list(tree.iter("img"))):
        parent = image.getparent()
        if parent is None:
            continue
        index = parent.index(image)
        parent[index:index + 1] = [_line_break(NUMBERED_IMAGE_MARKER.format(number=number)),
                                   _line_break(image.tail)]


def restore_image_markers(text: str) -> str:
    """The `[img]` lines, and each line stripped: spaces around HTML line breaks are not text."""
    text = NUMBERED_IMAGE.sub(IMAGE_MARKER, NUMBERED_IMAGE_LINE.sub(IMAGE_MARKER, text))
    return "\n".join(line.strip() for line in text.split("\n"))


def split_blank_lines(tree: lxml.html.HtmlElement) -> None:
    """Turn blank lines inside text runs into line breaks."""
    for node in list(tree.iter()):
        in_preformatted = any(ancestor.tag in PREFORMATTED_TAGS for ancestor in node.iterancestors())
        if in_preformatted:
            continue
        if isinstance(node.tag, str) and node.tag not in PREFORMATTED_TAGS and node.text:
            head, *rest = BLANK_LINE_BREAK.split(node.text)
            node.text = head
            for offset, piece in enumerate(rest):
                node.insert(offset, _line_break(piece))
        parent = node.getparent()
        if node.tail and parent is not None:
            head, *rest = BLANK_LINE_BREAK.split(node.tail)
            node.tail = head
            index = parent.index(node)
            for offset, piece in enumerate(rest):
                parent.insert(index + 1 + offset, _line_break(piece))


def _line_break(tail: str) -> etree._Element:
    line_break = etree.Element("br")
    line_break.tail = tail
    return line_break
