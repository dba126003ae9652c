"""JSON Lines articles (`*.jsonl`, `*.jsonl.gz`), one object per line.

Fields: `text` or `html` (a string; `text` wins when it has content), and
optional `id`, `url`, `title`, `published`, `source`, `author`. A record's
doc_id is its `id` (stringified), else `<file>#<line number>`. Blank lines are
not records. Lines are UTF-8 (JSON's own encoding; a BOM on the first line is
dropped). Metadata written in the record wins over what its `html` states.
When a gzip stream breaks, the lines read before stay articles and one
`bad_gzip` reject stands for the rest of the file.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO, Iterator, Mapping

from pipelines.records import Article, Reject
from pipelines.readers.html import extract_page
from pipelines.readers.txt import check_text_size
from pipelines.readers.walk import InputFile, RecordError

if TYPE_CHECKING:
    from pipelines.config import RunConfig

GZIP_SUFFIX = ".gz"
UTF8_BOM = b"\xef\xbb\xbf"
METADATA_FIELDS = ("url", "title", "source", "author")
JSON_TYPE_NAMES: Mapping[type, str] = MappingProxyType({
    type(None): "null", bool: "a boolean", int: "a number", float: "a number",
    str: "a string", list: "an array", dict: "an object"})
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)
"""What a damaged gzip stream raises (BadGzipFile is an OSError: catch it first)."""


def read_jsonl(file: InputFile, config: RunConfig) -> Iterator[Article | Reject]:
    with file.path.open("rb") as raw:
        stream: BinaryIO = gzip.GzipFile(fileobj=raw) if file.path.name.lower().endswith(GZIP_SUFFIX) else raw
        yield from _read_lines(file, stream, config)


def _read_lines(file: InputFile, lines: Iterable[bytes], config: RunConfig) -> Iterator[Article | Reject]:
    number = 0
    try:
        for number, line in enumerate(lines, start=1):
            if number == 1:
                line = line.removeprefix(UTF8_BOM)
            if line.strip():
                yield record_from_line(line, number, file, config)
    except GZIP_ERRORS as error:
        yield file.reject("bad_gzip", f"after {number} lines: {type(error).__name__}: {error}")


def record_from_line(line: bytes, number: int, file: InputFile, config: RunConfig) -> Article | Reject:
    """The article one JSON line holds, or the reason it holds none."""
    fallback_id = f"{file.relative}#{number}"
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        detail = f"line {number}: not UTF-8 ({error.reason} at byte {error.start})"
        return file.reject("undecodable", detail, fallback_id)
    except json.JSONDecodeError as error:
        return file.reject("malformed_json", f"line {number}: {error}", fallback_id)
    if not isinstance(record, dict):
        kind = JSON_TYPE_NAMES.get(type(record), type(record).__name__)
        return file.reject("not_an_object", f"line {number}: {kind}, not an object", fallback_id)
    doc_id = record_id(record) or fallback_id
    try:
        return _article(record, doc_id, file, config)
    except RecordError as error:
        return file.reject(error.reason, f"line {number}: {error.detail}", doc_id)


def _article(record: dict[str, Any], doc_id: str, file: InputFile, config: RunConfig) -> Article:
    text, html = record.get("text"), record.get("html")
    metadata = {name: string_field(record, name) for name in METADATA_FIELDS}
    published = parse_published(record.get("published"))
    if isinstance(text, str) and (text.strip() or not isinstance(html, str)):
        check_text_size(text, config.max_record_bytes, "text")
        return Article(doc_id=doc_id, source_path=file.relative, raw_text=text, published=published,
                       **metadata)
    if not isinstance(html, str):
        raise RecordError("missing_text", f"`text` is {_json_type(record, 'text')} and `html` is "
                          f"{_json_type(record, 'html')}: one must be a string")
    check_text_size(html, config.max_record_bytes, "html")
    page = extract_page(html, url=metadata["url"])
    return Article(
        doc_id=doc_id, source_path=file.relative, raw_text=page.text, url=metadata["url"],
        title=metadata["title"] or page.title, source=metadata["source"] or page.source,
        author=metadata["author"] or page.author, published=published or page.published)


def record_id(record: dict[str, Any]) -> str | None:
    """The record's own `id`, stringified; None when absent, null or blank."""
    value = record.get("id")
    if value is None:
        return None
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if text.strip() else None


def _json_type(record: dict[str, Any], name: str) -> str:
    if name not in record:
        return "absent"
    return JSON_TYPE_NAMES.get(type(record[name]), type(record[name]).__name__)


def string_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    return value if isinstance(value, str) and value.strip() else None


def parse_published(value: Any) -> date | None:
    """The date of an ISO 8601 date or datetime string (as written, no time-zone shift)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None
