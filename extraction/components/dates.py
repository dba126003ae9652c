"""Dates (SPEC §3 and §3.1 "Dates"): calendar days, months, quarters, years and year ranges.

Works on characters: each surface form of `extraction.patterns.dates` proposes
candidates, context rules drop durations, lunar dates, fractions, legal
symbols, law names and event editions, overlapping candidates keep the longest,
and an underspecified year is taken from the publication date (60-day rule).
A surface form is searched only around its anchors (the digits one scan finds,
the word 'quý'), never over the whole text.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extraction.components.base import Mention, SpanExtractor, text_of
from extraction.components.legal_refs import law_name_spans
from extraction.patterns import dates as P
from extraction.patterns.legal_refs import SYMBOL

LABEL = "DATE"
DEFAULT_FUTURE_TOLERANCE_DAYS = 60
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_CONTEXT_CHARS = 160


@dataclass(frozen=True)
class _DateSpec:
    """One date before its year is settled."""

    start: int
    end: int
    granularity: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    last_year: int | None = None
    relative_year: int | None = None
    part_of_day: str | None = None


@dataclass(frozen=True)
class _Group:
    """The dates one match yields (two for a day range or a coordination)."""

    start: int
    end: int
    specs: tuple[_DateSpec, ...]


def find_dates(text: str, published: date | None = None, *,
               future_tolerance_days: int = DEFAULT_FUTURE_TOLERANCE_DAYS) -> list[Mention]:
    """Date mentions of `text` with ISO values; years missing from the text come from `published`."""
    blocked = _blocked_spans(text)
    groups = [group for group in _candidates(text) if not _overlaps_any(group, blocked)]
    mentions = [mention for group in _longest_non_overlapping(groups)
                for mention in _group_mentions(group, text, published, future_tolerance_days)]
    return sorted(mentions, key=lambda mention: (mention.start, mention.end))


def _candidates(text: str) -> Iterator[_Group]:
    hits = _digit_anchor_hits(text)
    yield from _numeric_dates(text, hits["day_month"])
    yield from _textual_dates(text, hits["month"])
    yield from _months(text, hits["month"])
    yield from _quarters(text, [hit.start() for hit in P.QUARTER_ANCHOR.finditer(text)])
    yield from _years(text, hits["year"])
    yield from _year_ranges(text, hits["year_range"])
    yield from _bare_years(text, hits["year"])


def _digit_anchor_hits(text: str) -> dict[str, list[int]]:
    """Where each kind of digit anchor (a group of `DIGIT_ANCHORS`) is in `text`."""
    hits: dict[str, list[int]] = {name: [] for name in P.DIGIT_ANCHORS.groupindex}
    for hit in P.DIGIT_ANCHORS.finditer(text):
        for name, held in hit.groupdict().items():
            if held is not None:
                hits[name].append(hit.start())
    return hits


def _matches(pattern: re.Pattern[str], text: str, hits: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, searched only near the `hits` of an anchor every match holds.

    The next match from `position` holds a hit at or after `position`, so it starts at most
    `MAX_MATCH_CHARS` before the first such hit; a match starting at or before that hit reads nothing past
    `MAX_MATCH_CHARS` after it, so the bounded search finds it as the unbounded one would.
    """
    position = index = 0
    while index < len(hits):
        hit = hits[index]
        if hit >= position:
            found = pattern.search(text, max(position, hit - P.MAX_MATCH_CHARS), hit + P.MAX_MATCH_CHARS)
            if found is not None and found.start() <= hit:
                yield found
                position = found.end()
                continue
        index += 1


# --- surface forms ------------------------------------------------------------------------

def _numeric_dates(text: str, hits: list[int]) -> Iterator[_Group]:
    for match in _matches(P.NUMERIC_DATE, text, hits):
        group = _numeric_group(text, match)
        if group is not None:
            yield group


def _numeric_group(text: str, match: re.Match[str]) -> _Group | None:
    """'Sáng ngày 13/4', '31/3/1975', and a day range '18 – 25/8' (two dates); a bare 'd/m' needs a cue."""
    day, month, year = int(match["d"]), int(match["m"]), _int_or_none(match["y"])
    if not _valid_day(day, month) or not _valid_year(year) or _is_lunar(text, match.end()):
        return None
    if _inside_number_chain(text, match):
        return None
    has_prefix = bool(match["pod"] or match["rel"] or match["dayword"])
    last = _DateSpec(match.start("d"), match.end(), "day", year, month, day,
                     part_of_day=_part_of_day(match["pod"]))
    first = _range_start(match, last)
    if first is not None and (year is not None or has_prefix or _linked_by_dash(match)):
        return _Group(match.start(), match.end(), (replace(first, start=match.start()), last))
    start = match.start() if has_prefix and match["d1"] is None else _own_day_word_start(text, match)
    if year is None and start == match.start("d") and not (match["sep"] == "/" and _ends_with(
            P.BARE_DAY_CUE_BEFORE, P.BARE_DAY_CUE_BEFORE_CHARS, _left(text, start))):
        return None
    return _Group(start, match.end(), (replace(last, start=start),))


def _inside_number_chain(text: str, match: re.Match[str]) -> bool:
    """'khu đất 2-4-6 Hai Bà Trưng', 'số 12/5': a house number or a chain of numbers, not a date."""
    if match["y"] is None and P.NUMBER_CHAIN.match(text, match.start("d1") if match["d1"] else match.start("d")):
        return True
    return not (match["pod"] or match["rel"] or match["dayword"]) and _ends_with(
        P.HOUSE_NUMBER_BEFORE, P.HOUSE_NUMBER_BEFORE_CHARS, _left(text, match.start()))


def _range_start(match: re.Match[str], last: _DateSpec) -> _DateSpec | None:
    """The first day of '18 – 25/8', '26/8 - 5/9', '21 và 22/6/2018' (it takes the last day's month and year)."""
    if match["d1"] is None:
        return None
    day = int(match["d1"])
    month = int(match["m1"]) if match["m1"] else last.month
    if not _valid_day(day, month):
        return None
    return replace(last, day=day, month=month, end=match.end())


def _linked_by_dash(match: re.Match[str]) -> bool:
    return match["link"].strip() in P.RANGE_DASHES


def _own_day_word_start(text: str, match: re.Match[str]) -> int:
    """Where the last day's own 'ngày' starts ('… 1/4, ngày 5/6'), else the day itself."""
    found = P.DAY_WORD_BEFORE.search(text, max(0, match.start("d") - 6), match.start("d"))
    return found.start() if found else match.start("d")


def _textual_dates(text: str, hits: list[int]) -> Iterator[_Group]:
    for match in _matches(P.TEXTUAL_DATE, text, hits):
        day, month, year = int(match["d"]), int(match["m"]), _int_or_none(match["y"])
        if not _valid_day(day, month) or not _valid_year(year) or _is_lunar(text, match.end()):
            continue
        spec = _DateSpec(match.start(), match.end(), "day", year, month, day,
                         part_of_day=_part_of_day(match["pod"]))
        yield _Group(match.start(), match.end(), (spec,))


def _months(text: str, hits: list[int]) -> Iterator[_Group]:
    for match in _matches(P.MONTH, text, hits):
        month = int(match["m"])
        left = _left(text, match.start())
        if not 1 <= month <= 12 or _ends_with(P.DURATION_BEFORE, P.DURATION_BEFORE_CHARS, left):
            continue
        if match.group()[0] == "T" and _capitalized_word_before(left):
            continue
        year, relative = _year_tail(match)
        if not _valid_year(year) or _is_lunar(text, match.end()):
            continue
        last = _DateSpec(match.start(), match.end(), "month", year, month, relative_year=relative)
        yield _coordinated(match, text, last, "m1", "month")


def _quarters(text: str, hits: list[int]) -> Iterator[_Group]:
    for match in _matches(P.QUARTER, text, hits):
        if _ends_with(P.DURATION_BEFORE, P.DURATION_BEFORE_CHARS, _left(text, match.start())):
            continue
        year, relative = _year_tail(match)
        if not _valid_year(year):
            continue
        quarter = P.ROMAN_QUARTERS[match["q"].casefold()]
        last = _DateSpec(match.start(), match.end(), "quarter", year, quarter=quarter, relative_year=relative)
        yield _coordinated(match, text, last, "q1", "quarter")


def _coordinated(match: re.Match[str], text: str, last: _DateSpec, first_group: str, kind: str) -> _Group:
    """'tháng 3 và tháng 4/2025', 'quý I và II/2025': the first one takes the last one's year."""
    if match[first_group] is None:
        return _Group(match.start(), match.end(), (last,))
    value_group = "m" if kind == "month" else "q"
    second_start = match.start(value_group)
    keyword = "tháng " if kind == "month" else "quý "
    if text[max(0, second_start - len(keyword)):second_start].casefold() == keyword:
        second_start -= len(keyword)
    if kind == "month":
        first = replace(last, month=int(match[first_group]), end=match.end())
        if not 1 <= first.month <= 12:
            return _Group(second_start, match.end(), (replace(last, start=second_start),))
    else:
        first = replace(last, quarter=P.ROMAN_QUARTERS[match[first_group].casefold()], end=match.end())
    return _Group(match.start(), match.end(), (first, replace(last, start=second_start)))


def _years(text: str, hits: list[int]) -> Iterator[_Group]:
    for match in _matches(P.YEAR, text, hits):
        year = int(match["y"])
        if not _valid_year(year) or _labels_edition(_left(text, match.start("y"))):
            continue
        yield _Group(match.start(), match.end(), (_DateSpec(match.start(), match.end(), "year", year),))


def _year_ranges(text: str, hits: list[int]) -> Iterator[_Group]:
    for match in _matches(P.YEAR_RANGE, text, hits):
        first, last = int(match["y1"]), int(match["y2"])
        keyword = (match["kw"] or "").casefold()
        if not first < last <= first + P.MAX_RANGE_YEARS or not _valid_year(first):
            continue
        if match["link"].strip().startswith(("đến", "tới")) and keyword not in P.RANGE_WORDS_ALLOWING_DEN:
            continue
        if keyword == "nhiệm kỳ" and P.CONGRESS_NAME_BEFORE.search(_left(text, match.start())):
            continue
        if _labels_edition(_left(text, match.start("kw") if match["kw"] else match.start("y1"))):
            continue
        spec = _DateSpec(match.start(), match.end(), "range", first, last_year=last)
        yield _Group(match.start(), match.end(), (spec,))


def _bare_years(text: str, hits: list[int]) -> Iterator[_Group]:
    for match in _matches(P.BARE_YEAR, text, hits):
        left = _left(text, match.start())
        if P.QUANTITY_AFTER.match(text[match.end():match.end() + 12]):
            continue
        if not (_ends_with(P.YEAR_COORDINATION_BEFORE, P.YEAR_COORDINATION_BEFORE_CHARS, left)
                or _after_name(left)):
            continue
        spec = _DateSpec(match.start(), match.end(), "year", int(match["y"]))
        yield _Group(match.start(), match.end(), (spec,))


def _after_name(left: str) -> bool:
    """'Bình Định 2025', 'Giáp Ngọ 2014': a year closing a name (a plan's, a holiday's), not an event edition."""
    return _capitalized_word_before(left) and not _labels_edition(left)


def _capitalized_word_before(left: str) -> bool:
    """Is the word before the space that ends `left` capitalized (and not the end of a sentence or of a line,
    such as a heading)?"""
    written = left.rstrip()
    if not written or len(written) == len(left) or "\n" in left[len(written):]:
        return False
    word = written.rsplit(None, 1)[-1]
    return word[0].isupper() and word[-1] not in P.SENTENCE_END_CHARS and not word[0].isdigit()


def _labels_edition(left: str) -> bool:
    """'Festival Bình Định 2025', 'Năm an toàn giao thông 2015', 'Asian Cup 2019'."""
    return bool(P.EVENT_EDITION_BEFORE.search(left)
                or _ends_with(P.EVENT_NAME_END_BEFORE, P.EVENT_NAME_END_BEFORE_CHARS, left))


# --- context ------------------------------------------------------------------------------

def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """Where digits are not dates: document symbols ('30/2020/NĐ-CP') and law names ('Luật Đất đai năm 2024')."""
    return [match.span() for match in SYMBOL.finditer(text)] + law_name_spans(text)


def _overlaps_any(group: _Group, spans: list[tuple[int, int]]) -> bool:
    return any(group.start < end and start < group.end for start, end in spans)


def _longest_non_overlapping(groups: list[_Group]) -> list[_Group]:
    kept: list[_Group] = []
    for group in sorted(groups, key=lambda g: (g.start, -(g.end - g.start))):
        if not kept or group.start >= kept[-1].end:
            kept.append(group)
    return kept


def _left(text: str, position: int) -> str:
    return text[max(0, position - _CONTEXT_CHARS):position]


def _ends_with(pattern: re.Pattern[str], most_chars: int, left: str) -> bool:
    """Does `pattern`, anchored at the end and matching at most `most_chars` characters, match at the end of
    `left`? Searched only there: a regex search tries every start position."""
    return pattern.search(left, max(0, len(left) - most_chars)) is not None


def _is_lunar(text: str, end: int) -> bool:
    return bool(P.LUNAR_AFTER.match(text[end:end + 12]))


def _year_tail(match: re.Match[str]) -> tuple[int | None, int | None]:
    year = _int_or_none(match["y"] or match["y2"])
    relative = P.RELATIVE_YEARS[match["relyear"].casefold()] if match["relyear"] else None
    return year, relative


def _part_of_day(written: str | None) -> str | None:
    return P.PARTS_OF_DAY[" ".join(written.split()).casefold()] if written else None


def _valid_day(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]


def _valid_year(year: int | None) -> bool:
    return year is None or P.MIN_YEAR <= year <= P.MAX_YEAR


def _int_or_none(digits: str | None) -> int | None:
    return int(digits) if digits else None


# --- values -------------------------------------------------------------------------------

def _group_mentions(group: _Group, text: str, published: date | None, tolerance_days: int) -> list[Mention]:
    """The group's dates; a range or a coordination without its year takes the one its first date gets
    ('18 – 25/8' is one stretch of days: both ends in the same year)."""
    first = group.specs[0]
    shared_year = first.year if first.year is not None else _inferred_year(first, text, published, tolerance_days)
    return [_to_mention(spec, spec.year if spec.year is not None else shared_year) for spec in group.specs]


def _to_mention(spec: _DateSpec, year: int | None) -> Mention:
    return Mention(spec.start, spec.end, LABEL, {
        "value": _iso_value(spec, year),
        "granularity": spec.granularity,
        "part_of_day": spec.part_of_day,
    })


def _inferred_year(spec: _DateSpec, text: str, published: date | None, tolerance_days: int) -> int | None:
    """The publication year, or the year before when the date would fall far after publication."""
    if published is None:
        return None
    if spec.relative_year is not None:
        return published.year + spec.relative_year
    month = spec.month or 3 * ((spec.quarter or 1) - 1) + 1
    first_day = _calendar_date(published.year, month, spec.day or 1)
    if (first_day - published).days <= tolerance_days or _looks_forward(text, spec):
        return published.year
    return published.year - 1


def _calendar_date(year: int, month: int, day: int) -> date:
    """The date, with 29 February of a common year read as the 28th."""
    return date(year, month, 28 if (month, day) == (2, 29) and not calendar.isleap(year) else day)


def _looks_forward(text: str, spec: _DateSpec) -> bool:
    before = text[max(0, spec.start - 80):spec.start]
    sentence_start = max((match.end() for match in P.SENTENCE_BOUNDARY.finditer(before)), default=0)
    return bool(P.FORWARD_CUES.search(before[sentence_start:] + text[spec.start:spec.end + 30]))


def _iso_value(spec: _DateSpec, year: int | None) -> str:
    written_year = f"{year:04d}" if year is not None else "XXXX"
    if spec.granularity == "range":
        return f"{spec.year:04d}/{spec.last_year:04d}"
    if spec.granularity == "year":
        return written_year
    if spec.granularity == "quarter":
        return f"{written_year}-Q{spec.quarter}"
    if spec.granularity == "month":
        return f"{written_year}-{spec.month:02d}"
    return f"{written_year}-{spec.month:02d}-{spec.day:02d}"


# --- spaCy --------------------------------------------------------------------------------

class DateExtractor(SpanExtractor):
    """Writes date mentions to `doc.spans["dates"]`; the publication date is `doc.user_data["published"]`."""

    span_key = "dates"

    def __init__(self, *, future_tolerance_days: int = DEFAULT_FUTURE_TOLERANCE_DAYS) -> None:
        self.future_tolerance_days = future_tolerance_days

    def match(self, doc: Doc) -> list[Mention]:
        return find_dates(text_of(doc), doc.user_data.get("published"),
                          future_tolerance_days=self.future_tolerance_days)


@Language.factory("govnews_dates", default_config={"future_tolerance_days": DEFAULT_FUTURE_TOLERANCE_DAYS})
def make_date_extractor(nlp: Language, name: str, future_tolerance_days: int) -> DateExtractor:
    return DateExtractor(future_tolerance_days=future_tolerance_days)
