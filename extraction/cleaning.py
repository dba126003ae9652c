"""From a raw article text to its clean body (SPEC §2 `articles.text`, §3.1 "Clean body only").

`clean` runs small steps in a fixed order, each over the list of lines:

1. normalize characters and split into stripped, non-empty lines;
2. remove markdown marks (a bold line is a sub-heading and stays; an italic
   line is a caption and goes; table borders become "; ");
3. strip portal prefixes ("CTTĐT - ", "(binhdinh.gov.vn) - ", "(BL-CL) ");
4. restore the space lost after a sentence end ("Sở Y tế.Đại diện");
5. drop whole boilerplate lines by named pattern (view counters, comment
   widgets, share links, related news, source and repost credits, datelines,
   "Tác giả: …"), keeping the dateline's date and the byline's name;
6. cut a source tail run into the last line ("… nuôi cá. Theo Vnexpress");
7. move a closing byline out of the body ("HÀ QUỐC", "T.SỸ", "Nguyễn Vinh");
8. drop photo captions (see `is_caption`);
9. drop a paragraph whose sentences all appeared earlier in the article.

Every dropped line is counted in `Cleaned.removed` under the reason's name.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from extraction.patterns import boilerplate as bp
from extraction.text import fold_for_match, normalize

SHORT_CAPTION_MAX_CHARS = 200
"""A line without a closing full stop up to this length is a caption (§3.1).
Measured on the dev corpora: such captions run to 173 characters, body
paragraphs cut without a full stop start at 286."""

IMAGE_CAPTION_MAX_CHARS = 250
"""The line after an image marker is its caption up to this length; longer, it
is a body paragraph after an image that had no caption (dev: 424)."""

CREDITED_CAPTION_MAX_CHARS = 400
"""A line closing with a photo credit or naming where someone stands in the
picture is a caption up to this length (dev: a two-sentence caption of 367);
longer, it is a paragraph with a caption run into it, kept as body (§3.1)."""

_SENTENCE_EDGE_PUNCTUATION = " .!?…;:,\"'“”‘’«»()[]-"


@dataclass(frozen=True)
class Cleaned:
    """The clean body and what was taken out of it."""

    text: str
    author: str | None = None
    dateline: date | None = None
    removed: dict[str, int] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class _Line:
    """One line of the body; `structural` marks a sub-heading or a table row the
    source set apart with markup (bold, "#", "|"): body, never a caption."""

    text: str
    structural: bool = False


def clean(raw: str, *, title: str | None = None) -> Cleaned:
    """The clean body of `raw`, its byline, its dateline and the count of what was removed."""
    removed: Counter[str] = Counter()
    lines = strip_markdown(split_lines(normalize(raw)), removed)
    lines = strip_portal_prefixes(lines, removed)
    lines = [_Line(restore_sentence_spaces(line.text), line.structural) for line in lines]
    lines, labelled_author, dateline = drop_boilerplate_lines(lines, removed)
    lines, tail_author = cut_trailing_source(lines, removed)
    lines, closing_author = take_closing_byline(lines, removed)
    lines = drop_captions(lines, title, removed)
    lines = drop_repeated_paragraphs(lines, removed)
    return Cleaned(
        text="\n".join(line.text for line in lines),
        author=labelled_author or closing_author or tail_author,
        dateline=dateline,
        removed=dict(removed),
    )


def split_lines(text: str) -> list[str]:
    """Stripped, non-empty lines, each with its runs of spaces and tabs made one space."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return [line for line in lines if line]


# --- markdown ------------------------------------------------------------------

def strip_markdown(lines: list[str], removed: Counter[str]) -> list[_Line]:
    """Remove markdown marks; bold or "#" lines become headings, italic lines are captions."""
    kept = []
    for text in lines:
        line = _demarked(text)
        if line is None:
            removed["caption"] += 1
            continue
        if line.text != text:
            removed["markdown"] += 1
        if line.text:
            kept.append(line)
    return kept


def _demarked(text: str) -> _Line | None:
    """The line without markdown marks, or None when it is an italic caption."""
    if not bp.MARKDOWN_MARK.search(text) or bp.IMAGE_MARKER.match(text):
        return _Line(text)
    if bp.TABLE_EDGE.search(text) and not bp.SEPARATOR.match(text):
        return _Line(_table_row_text(text), structural=True)
    italic = bp.MARKDOWN_ITALIC_LINE.match(text)
    if italic and "*" not in italic["inner"]:
        inner = italic["inner"].strip()
        if len(inner) <= SHORT_CAPTION_MAX_CHARS or bp.PHOTO_CREDIT_TAIL.search(inner):
            return None
    bold = bp.MARKDOWN_BOLD_LINE.match(text)
    hashes = bp.MARKDOWN_HEADING.match(text)
    structural = bool(bold and "**" not in bold["inner"]) or bool(hashes)
    text = text[hashes.end():] if hashes else text
    bullet = bp.MARKDOWN_BULLET.match(text)
    text = f"- {text[bullet.end():]}" if bullet else text
    text = bp.MARKDOWN_LINK.sub(lambda m: m["label"], text)
    text = bp.MARKDOWN_EMPHASIS_PAIR.sub(lambda m: m["inner"], text)
    text = bp.MARKDOWN_STRONG.sub("", text)
    return _Line(" ".join(text.split()), structural)


def _table_row_text(text: str) -> str:
    """A markdown table row as its cells joined by "; "."""
    cells = (cell.strip() for cell in bp.TABLE_CELL_BORDER.split(bp.TABLE_EDGE.sub("", text)))
    return "; ".join(cell for cell in cells if cell)


# --- portal prefixes, missing spaces ------------------------------------------

def strip_portal_prefixes(lines: list[_Line], removed: Counter[str]) -> list[_Line]:
    """Cut a portal's tag or name opening a paragraph ("CTTĐT - ", "(BĐ) - ", "(BL-CL) ")."""
    kept = []
    for index, line in enumerate(lines):
        patterns = [bp.PORTAL_TAG_PREFIX, bp.PORTAL_NAME_PREFIX]
        if index == 0:
            patterns.append(bp.NEWSROOM_CODE_PREFIX)
        text = line.text
        for pattern in patterns:
            prefix = pattern.match(text)
            text = text[prefix.end():] if prefix else text
        if text != line.text:
            removed["portal_prefix"] += 1
        if text:
            kept.append(_Line(text, line.structural))
    return kept


def restore_sentence_spaces(text: str) -> str:
    """Put back the space after a sentence end glued to the next sentence, outside URLs."""
    if "/" not in text and "www." not in text:
        return bp.GLUED_SENTENCE_END.sub(r"\g<end> ", text)
    pieces, start = [], 0
    for url in bp.URL.finditer(text):
        pieces.append(bp.GLUED_SENTENCE_END.sub(r"\g<end> ", text[start:url.start()]))
        pieces.append(url.group())
        start = url.end()
    pieces.append(bp.GLUED_SENTENCE_END.sub(r"\g<end> ", text[start:]))
    return "".join(pieces)


# --- boilerplate lines, datelines, bylines ------------------------------------

def drop_boilerplate_lines(
    lines: list[_Line], removed: Counter[str]
) -> tuple[list[_Line], str | None, date | None]:
    """Drop whole boilerplate lines; return the rest, a "Tác giả: …" name and the first dateline's date."""
    kept: list[_Line] = []
    authors: list[str] = []
    dates: list[date | None] = []
    for line in lines:
        stamp = dateline_stamp(line.text)
        if stamp is not None:
            removed["dateline"] += 1
            dates.append(date_in_stamp(stamp))
            continue
        byline = bp.BYLINE_LABELLED.match(line.text)
        if byline:
            removed["byline"] += 1
            authors.append(byline["name"].strip())
            continue
        reason = boilerplate_reason(line.text)
        if reason:
            removed[reason] += 1
            continue
        kept.append(line)
    return kept, next(iter(authors), None), next((day for day in dates if day), None)


def boilerplate_reason(text: str) -> str | None:
    """The name of the boilerplate pattern the whole line matches, or None for a body line."""
    if bp.PHOTO_PLACEHOLDER.match(text):
        return "caption"
    for reason, pattern in bp.BOILERPLATE_LINES:
        if pattern.match(text):
            return reason
    return None


def dateline_stamp(text: str) -> str | None:
    """The stamp of a dateline line ("Ngày đăng: 19/03/2025", "Thứ 4, 19/03/2025 | 20:17"), else None."""
    for form in bp.DATELINE_FORMS:
        match = form.match(text)
        if match:
            return next(value for value in match.groupdict().values() if value)
    return None


def date_in_stamp(stamp: str) -> date | None:
    """The day/month/year a dateline stamp names, or None when it names no valid date."""
    match = bp.DATE_IN_STAMP.search(stamp)
    if not match:
        return None
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def cut_trailing_source(lines: list[_Line], removed: Counter[str]) -> tuple[list[_Line], str | None]:
    """Cut a credit or source tail run into the last line; return the lines and a name it gives."""
    if not lines:
        return lines, None
    last = lines[-1]
    tail = bp.TRAILING_SOURCE_TAIL.search(last.text)
    if not tail:
        return lines, None
    removed["source_tail"] += 1
    name = tail["name"].strip() if tail["name"] else None
    return [*lines[:-1], _Line(last.text[:tail.start()].rstrip(), last.structural)], name


def take_closing_byline(lines: list[_Line], removed: Counter[str]) -> tuple[list[_Line], str | None]:
    """Move a byline closing the body out of it: a writer's name gives the author,
    an organization's signature ("BAN LỄ TANG") is only removed."""
    if len(lines) < 2:
        return lines, None
    text = lines[-1].text
    capitals = bp.BYLINE_CAPITALS.match(text)
    name = capitals["name"] if capitals and _is_capitals(capitals["name"]) else None
    if name and bp.ORGANIZATION_SIGNATURE.match(name):
        removed["signature"] += 1
        return lines[:-1], None
    if name is None:
        person = bp.BYLINE_NAME.match(text)
        name = person["name"] if person else None
    if name is None:
        return lines, None
    removed["byline"] += 1
    return lines[:-1], name.strip()


def _is_capitals(text: str) -> bool:
    """Written in capitals: every cased letter is a capital ("HÀ QUỐC", "T.SỸ")."""
    return text.isupper()


# --- captions ------------------------------------------------------------------

def drop_captions(lines: list[_Line], title: str | None, removed: Counter[str]) -> list[_Line]:
    """Drop image markers and photo captions (see `is_caption`)."""
    kept = []
    for index, line in enumerate(lines):
        if bp.IMAGE_MARKER.match(line.text):
            removed["image_marker"] += 1
        elif is_caption(lines, index, title):
            removed["caption"] += 1
        else:
            kept.append(line)
    return kept


def is_caption(lines: list[_Line], index: int, title: str | None) -> bool:
    """§3.1: a line after an image marker, one closing with (or followed by) a photo
    credit or naming where people stand in the picture, or a short line without a
    closing full stop — unless it is a heading, a list item or a list's
    introduction, a "label: value" record, or the headline opening the text."""
    line = lines[index]
    if line.structural or _is_capitals(line.text):
        return False
    text, length = line.text, len(line.text)
    if _follows_image_marker(lines, index) and _is_caption_sized(text):
        return True
    if length <= CREDITED_CAPTION_MAX_CHARS and (_has_photo_credit(text) or _precedes_bare_credit(lines, index)):
        return True
    return (
        length <= SHORT_CAPTION_MAX_CHARS
        and not bp.CLOSED_LINE.search(text)
        and not bp.LIST_ITEM.match(text)
        and not bp.LABEL_VALUE.match(text)
        and not _introduces_list(lines, index)
        and not _is_opening_headline(lines, index, title)
    )


def _has_photo_credit(text: str) -> bool:
    return bool(bp.PHOTO_CREDIT_TAIL.search(text) or bp.PHOTO_CREDIT_HEAD.match(text)
                or bp.PHOTO_POSITION.search(text))


def _follows_image_marker(lines: list[_Line], index: int) -> bool:
    return index > 0 and bool(bp.IMAGE_MARKER.match(lines[index - 1].text))


def _is_caption_sized(text: str) -> bool:
    """Short enough for the caption under an image: a sentence or two, no list item."""
    return (len(text) <= IMAGE_CAPTION_MAX_CHARS and not bp.LIST_ITEM.match(text)
            and len(bp.SENTENCE_BOUNDARY.split(text)) <= 2)


def _precedes_bare_credit(lines: list[_Line], index: int) -> bool:
    """The next line is nothing but a photo credit ("Ảnh: T.SỸ")."""
    if index + 1 >= len(lines):
        return False
    return bool(bp.PHOTO_CREDIT_TAIL.match(lines[index + 1].text))


def _introduces_list(lines: list[_Line], index: int) -> bool:
    return index + 1 < len(lines) and bool(bp.LIST_ITEM.match(lines[index + 1].text))


def _is_opening_headline(lines: list[_Line], index: int, title: str | None) -> bool:
    """The first line repeats the headline: it equals the title when there is one;
    without a title, it is followed by a plain body paragraph (a caption or a
    related-news link opening a repost is followed by a heading or a marker)."""
    if index != 0:
        return False
    if title is not None:
        return _same_headline(lines[0].text, title)
    if len(lines) < 2:
        return True
    following = lines[1]
    return (not following.structural and bool(bp.CLOSED_LINE.search(following.text))
            and not bp.IMAGE_MARKER.match(following.text))


def _same_headline(text: str, title: str) -> bool:
    """The line is the title, or starts with a title cut short ("… Vì nền ...")."""
    line, headline = fold_for_match(text), fold_for_match(title).rstrip(" .…")
    return bool(headline) and (line == headline or (len(headline) >= 20 and line.startswith(headline)))


# --- repeated paragraphs -------------------------------------------------------

def drop_repeated_paragraphs(lines: list[_Line], removed: Counter[str]) -> list[_Line]:
    """Drop a paragraph whose sentences all appeared earlier; one new sentence keeps it."""
    seen: set[str] = set()
    kept = []
    for line in lines:
        keys = sentence_keys(line.text)
        if keys and keys <= seen:
            removed["repeated_paragraph"] += 1
            continue
        seen |= keys
        kept.append(line)
    return kept


def sentence_keys(text: str) -> set[str]:
    """The paragraph's sentences, folded for matching, without edge punctuation
    (split after the folding, so at every sentence mark followed by a space).

    A list item's number stays with its first sentence, so item "2. A." of one
    list is not a repeat of item "17. A." of another."""
    folded = fold_for_match(text)
    enumerator = bp.FOLDED_LEADING_ENUMERATOR.match(folded)
    number = enumerator.group().strip() if enumerator else ""
    sentences = bp.FOLDED_SENTENCE_BOUNDARY.split(folded[enumerator.end():] if enumerator else folded)
    sentences[0] = f"{number} {sentences[0]}"
    keys = (sentence.strip(_SENTENCE_EDGE_PUNCTUATION) for sentence in sentences)
    return {key for key in keys if key}
