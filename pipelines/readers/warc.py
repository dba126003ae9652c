"""Web archives (`*.warc`, `*.warc.gz`): each HTML response record is one article.

Request, metadata, resource and revisit records and responses of another
content type (images, scripts) are not articles: they are skipped and not
counted. An article's doc_id and url are the record's WARC-Target-URI (its
WARC-Record-ID when there is none); the payload is decoded by the HTTP
charset, else as a page (see `decode_html`). The WARC-Date is when the page
was crawled, never its publication date. warcio does not notice a file cut
short, so each record's block is checked against its Content-Length and the
archive's end against the file's size: from the first record that is cut or
cannot be parsed, one `bad_warc_record` reject stands for the rest of the
file; the records before it stay articles.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Generator, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from pipelines.records import Article, Reject
from pipelines.readers.html import declared_charset, decode_html, extract_page, page_article
from pipelines.readers.txt import MAX_BYTES_PER_CHARACTER, check_text_size
from pipelines.readers.walk import InputFile, RecordError

if TYPE_CHECKING:
    from pipelines.config import RunConfig

WARC_FORMAT = "warc"
"""warcio also reads ARC files and takes lines of text for ARC headers: neither is a WARC input."""

REQUIRED_WARC_HEADERS = ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length")
"""Fields every WARC record has (WARC 1.0/1.1): without them the header was cut short."""

HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
READ_CHUNK_BYTES = 1 << 16


def read_warc(file: InputFile, config: RunConfig) -> Iterator[Article | Reject]:
    with file.path.open("rb") as stream:
        archive = ArchiveIterator(stream)
        try:
            read_to_the_end = yield from _archive_records(archive, file, config)
        except OSError:
            raise
        # warcio signals malformed archives with assorted exception types
        # (ArchiveLoadFailed, ValueError, zlib.error, AttributeError on a header cut short)
        except Exception as error:
            yield file.reject("bad_warc_record", f"unparseable record after byte {archive.offset}: "
                              f"{type(error).__name__}: {str(error).strip()[:200]}")
            return
        file_size = os.fstat(stream.fileno()).st_size
        if read_to_the_end and archive.offset < file_size:
            yield file.reject("bad_warc_record", f"unparseable data from byte {archive.offset} "
                              f"of {file_size}: the file is cut inside a record or damaged")


def _archive_records(archive: ArchiveIterator, file: InputFile,
                     config: RunConfig) -> Generator[Article | Reject, None, bool]:
    """The archive's articles; False when a bad record stopped the reading."""
    for record in archive:
        is_warc = record.format == WARC_FORMAT
        # the payload is read before `record_problem` drains the record's block
        is_article = is_warc and is_html_response(record)
        payload = read_payload(record, config.max_record_bytes) if is_article else None
        problem = record_problem(record)
        if problem:
            yield file.reject("bad_warc_record", problem, record_doc_id(record) if is_warc else None)
            return False
        if payload is not None:
            yield warc_article(record, payload, file, config)
    return True


def record_problem(record: ArcWarcRecord) -> str | None:
    """Why the record cannot be read (not WARC, its header or block cut short), if it cannot."""
    if record.format != WARC_FORMAT:
        return f"not a WARC record (warcio read it as {record.format!r})"
    absent = [name for name in REQUIRED_WARC_HEADERS if not record.rec_headers.get_header(name)]
    if absent:
        return f"incomplete WARC header: no {', '.join(absent)}"
    missing = unread_block_bytes(record)
    return f"record cut short: {missing} bytes of its block are missing" if missing else None


def is_html_response(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return content_type.split(";", 1)[0].strip().lower() in HTML_CONTENT_TYPES


def read_payload(record: ArcWarcRecord, limit: int) -> bytes:
    """The HTTP body, decompressed, read no further than needed to know it is too large."""
    return record.content_stream().read(limit * MAX_BYTES_PER_CHARACTER + 1)


def unread_block_bytes(record: ArcWarcRecord) -> int:
    """Read the record's block to its end; the bytes its Content-Length promised but the file lacks."""
    while record.raw_stream.read(READ_CHUNK_BYTES):
        pass
    return getattr(record.raw_stream, "limit", 0)


def record_doc_id(record: ArcWarcRecord) -> str | None:
    headers = record.rec_headers
    return headers.get_header("WARC-Target-URI") or headers.get_header("WARC-Record-ID")


def warc_article(record: ArcWarcRecord, payload: bytes, file: InputFile,
                 config: RunConfig) -> Article | Reject:
    doc_id = record_doc_id(record)
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        most_bytes = config.max_record_bytes * MAX_BYTES_PER_CHARACTER
        if len(payload) > most_bytes:
            raise RecordError("too_large", f"payload of more than {most_bytes} bytes, over the limit "
                              f"of {config.max_record_bytes} bytes of html")
        http_charset = declared_charset(record.http_headers.get_header("Content-Type") or "")
        html = decode_html(payload, http_charset)
        check_text_size(html, config.max_record_bytes, "html")
        page = extract_page(html, url=url)
    except RecordError as error:
        return file.reject(error.reason, error.detail, doc_id)
    return page_article(page, doc_id=doc_id, source_path=file.relative, url=url)
