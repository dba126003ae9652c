"""Plain-text articles (`*.txt`, one article per file), and decoding bytes to text.

Decoding order: a byte-order mark (dropped), strict UTF-8 (unless it holds NUL
characters, as UTF-16 text without a mark does), a declared charset (HTTP
header or `<meta>`, for pages), then charset-normalizer's candidates, ranked by
the share of their characters that Vietnamese text is written with. A declared
or detected decoding with control characters or replacement marks is not
plausible; with none left the record is `undecodable`. Windows-1258 text decodes with separate
(combining) tone marks: cleaning normalizes it to NFC later.
"""
from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING, Iterator

from charset_normalizer import from_bytes

from pipelines.records import Article, Reject
from pipelines.readers.walk import InputFile, RecordError

if TYPE_CHECKING:
    from pipelines.config import RunConfig

BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Marks and the codecs that drop them; UTF-32 first, its LE mark starts like UTF-16's."""

VIETNAMESE_LETTERS = (
    "abcdefghijklmnopqrstuvwxyz"
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
"""Combining grave, acute, tilde, hook above and dot below: how Windows-1258 writes tones."""

TYPOGRAPHIC_MARKS = "–—‘’“”…•«»°·\u00a0"

VIETNAMESE_TEXT_CHARACTERS = frozenset(
    VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + TONE_MARKS + TYPOGRAPHIC_MARKS
    + "".join(map(chr, range(0x21, 0x7F)))
)
"""What Vietnamese text is written with: a decoding with fewer other characters is likelier."""

PREFERRED_CODE_PAGES = ("cp1258", "cp1252")
"""On a tie, the Windows code pages of Vietnamese and Western European text win."""

IMPLAUSIBLE_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ufdd0-\ufdef\ufffe\uffff]")
"""Controls other than whitespace, replacement marks and noncharacters: signs of a wrong decoding."""

TITLE_BLOCK = re.compile(r"\A(?P<title>[^\r\n]*)\r?\n[ \t]*\r?\n")
"""A first line followed by a blank line."""

MAX_BYTES_PER_CHARACTER = 4
"""No encoding spends more than 4 bytes on a character (UTF-8, UTF-32): a file of N bytes
holds at least N / 4 characters, and a text of N characters is at most 4 N UTF-8 bytes."""


def read_txt(file: InputFile, config: RunConfig) -> Iterator[Article | Reject]:
    """One article per file; see `split_title` for the title rule."""
    doc_id = file.stem_id
    try:
        check_file_size(file, config.max_record_bytes)
        text = decode_text(file.path.read_bytes())
        if text is None:
            raise RecordError("undecodable", "no plausible text encoding found")
        check_text_size(text, config.max_record_bytes, "text")
    except RecordError as error:
        yield file.reject(error.reason, error.detail, doc_id)
        return
    title, body = split_title(text)
    yield Article(doc_id=doc_id, source_path=file.relative, raw_text=body, title=title)


def split_title(text: str) -> tuple[str | None, str]:
    """(title, rest): the first line is the title when a blank line follows it and it
    does not end with a full stop; the rest starts after that blank line."""
    match = TITLE_BLOCK.match(text)
    if match is None:
        return None, text
    title = match["title"].strip()
    if not title or title.endswith("."):
        return None, text
    return title, text[match.end():]


def decode_text(data: bytes, declared: str | None = None) -> str | None:
    """The text `data` encodes, or None when no encoding gives plausible text."""
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _decode_strictly(data, codec)
    text = _decode_strictly(data, "utf-8")
    if text is not None and "\x00" not in text:
        return text
    text = _decode_strictly(data, declared) if declared else None
    if text is not None and is_plausible(text):
        return text
    return _detected_text(data)


def is_plausible(text: str) -> bool:
    return IMPLAUSIBLE_CHARACTERS.search(text) is None


def vietnamese_text_share(text: str) -> float:
    """Share of the visible characters of `text` that Vietnamese text is written with."""
    visible = [character for character in text if not character.isspace()]
    if not visible:
        return 0.0
    return sum(character in VIETNAMESE_TEXT_CHARACTERS for character in visible) / len(visible)


def check_file_size(file: InputFile, limit: int) -> None:
    """Reject without reading a file too big to hold less than `limit` bytes of text."""
    size = file.path.stat().st_size
    if size > limit * MAX_BYTES_PER_CHARACTER:
        raise RecordError("too_large", f"file of {size} bytes, over the limit of {limit} bytes of text")


def check_text_size(text: str, limit: int, what: str) -> None:
    """Raise `too_large` when the UTF-8 form of `text` exceeds `limit` bytes."""
    if len(text) * MAX_BYTES_PER_CHARACTER <= limit:
        return
    size = len(text) if text.isascii() else len(text.encode("utf-8"))
    if size > limit:
        raise RecordError("too_large", f"{what} of {size} bytes, over the limit of {limit} bytes")


def _decode_strictly(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detected_text(data: bytes) -> str | None:
    """The most Vietnamese-looking plausible decoding charset-normalizer proposes."""
    candidates = [(str(match), match.could_be_from_charset) for match in from_bytes(data)]
    plausible = [(text, charsets) for text, charsets in candidates if is_plausible(text)]
    if not plausible:
        return None
    return min(enumerate(plausible), key=lambda item: (
        -vietnamese_text_share(item[1][0]), _preference(item[1][1]), item[0]))[1][0]


def _preference(charsets: list[str]) -> int:
    """Rank of the best preferred code page that gives this decoding (lower is better)."""
    return min((PREFERRED_CODE_PAGES.index(c) for c in charsets if c in PREFERRED_CODE_PAGES),
               default=len(PREFERRED_CODE_PAGES))
