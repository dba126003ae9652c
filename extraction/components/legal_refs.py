"""Legal references (SPEC §3 and §3.1 "Legal references"): documents cited by symbol, number or name.

Works on characters. A type word from `corpora/lexicons/legal_doc_types.tsv`
followed by a symbol or a number is a numbered reference; a plan, programme or
scheme ("named" types) and a law, code or charter ("law" types) are also
references by a name that singles them out. A name runs from the type word to
the first clause boundary (`extraction.patterns.legal_refs`); a plan's year or
period closes its name unless its horizon, area or issuer follows. Keys follow the
SPEC: the symbol, else "<type> <number>", else the name; later informal
mentions take the key of the fuller reference earlier in the article.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, islice
from typing import Iterable, Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from extraction.components.base import Mention, SpanExtractor, text_of
from extraction.lexicons import abbreviations, read_tsv
from extraction.patterns import legal_refs as P

LABEL = "LEGAL_REF"
_SCAN_CHARS = 600
_LOOKAHEAD_TOKENS = 12
"""The most tokens the name-boundary rules read after the current one (`_list_item_follows` after a comma)."""
_SENTENCE_START_CHARS = frozenset(".!?:;\n*#|-–•+\"“")
_TITLE_CONTEXT_CHARS = 40
"""How far before a type word `_titled` looks for the last written character (past spaces)."""


@dataclass(frozen=True)
class DocType:
    name: str
    kind: str
    codes: tuple[str, ...]


_TypeWords = list[tuple[re.Match[str], DocType]]
"""The type words written in a text, each with its document type."""


class _NumberItem(NamedTuple):
    """One number after a type word: where it is written, the number, and its symbol or written year."""

    start: int
    end: int
    number: str
    symbol: re.Match[str] | None = None
    year: str | None = None


class _Token(NamedTuple):
    start: int
    end: int
    kind: str
    text: str
    folded: str


@dataclass(frozen=True)
class _Name:
    """A scanned document name: where it ends, its key text and what makes it specific."""

    end: int
    key: str
    words: tuple[str, ...]
    quoted: bool = False
    issuer: str | None = None
    own_words: tuple[str, ...] = ()
    """The words before a 'của <owner>' phrase: what must not be generic."""


@dataclass(frozen=True)
class _Ref:
    start: int
    end: int
    doc_type: str
    kind: str
    key: str
    number: str | None = None
    year: int | None = None
    symbol: str | None = None
    issuer: str | None = None
    meeting: bool = False
    coordinated: bool = False
    name: str | None = None
    """What a later informal mention is compared with, when it is not the key (a law keyed by its symbol)."""
    tentative: bool = False
    """A name that does not single out a document by itself: kept only as a later mention of one that does."""


# --- lexicon --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def doc_types() -> tuple[DocType, ...]:
    """The document types of the lexicon, longest written form first."""
    rows = []
    for row in read_tsv("legal_doc_types.tsv", header=False):
        name, kind, codes = (row + ["", ""])[:3]
        rows.append(DocType(name, kind, tuple(code for code in codes.split(",") if code)))
    return tuple(sorted(rows, key=lambda row: -len(row.name)))


@lru_cache(maxsize=4)
def _type_word_pattern(kind: str | None = None) -> re.Pattern[str]:
    """A type word of the lexicon (of one `kind`, or of any) as a whole word, in any case, longest first.

    One alternative per first letter and case ('N(?<!\\w\\w)(?i:ghị\\squyết|ghị\\sđịnh)(?!\\w)|n…'): when
    every alternative starts with a plain letter, the regex engine skips straight to those letters instead
    of trying each type word at every position. The look-behind after that letter keeps it a word start."""
    rests: dict[str, list[str]] = {}
    for row in doc_types():
        if kind in (None, row.kind):
            rests.setdefault(row.name[0].casefold(), []).append(re.escape(row.name[1:]).replace(r"\ ", r"\s"))
    alternatives = [rf"{re.escape(letter)}(?<!\w\w)(?i:{'|'.join(rest)})(?!\w)"
                    for first, rest in rests.items() for letter in (first.upper(), first)]
    return re.compile("|".join(alternatives))


def _type_words(text: str, kind: str | None = None) -> _TypeWords:
    """Every type word (of one `kind`, or of any) in `text` with its document type."""
    return [(match, _doc_type_of(match.group())) for match in _type_word_pattern(kind).finditer(text)]


@lru_cache(maxsize=1)
def _types_by_folded_name() -> dict[str, DocType]:
    return {_collapse(row.name.casefold()): row for row in doc_types()}


@lru_cache(maxsize=1)
def _types_by_code() -> dict[str, str]:
    return {code: row.name for row in doc_types() for code in row.codes}


def _doc_type_of(written: str) -> DocType:
    return _types_by_folded_name()[_collapse(written.casefold())]


# --- public API -----------------------------------------------------------------------------

def find_legal_refs(text: str, *, include_named: bool = True) -> list[Mention]:
    """Legal-reference mentions of `text`, each with doc_type, number, year, symbol, issuer and key."""
    type_words = _type_words(text)
    refs = list(_numbered_refs(text, type_words))
    if include_named:
        refs += list(_named_refs(text, type_words)) + list(_law_refs(text, type_words))
        refs += list(_meeting_resolutions(text))
    refs += list(_bare_symbols(text, refs))
    refs = _resolve_keys(_without_nested(_deduplicated(refs)))
    return [_to_mention(ref) for ref in sorted(refs, key=lambda ref: (ref.start, ref.end))]


def law_name_spans(text: str) -> list[tuple[int, int]]:
    """Where laws are named ('Luật Đất đai năm 2024'): a year there is part of the name, not a date.

    Only law type words are looked for: they share no word with the other types (the lexicon's tests
    check it), so no other type word written over them could hide them."""
    return [(ref.start, ref.end) for ref in _law_refs(text, _type_words(text, "law"))]


# --- numbered references --------------------------------------------------------------------

def _numbered_refs(text: str, type_words: _TypeWords) -> Iterator[_Ref]:
    for match, doc_type in type_words:
        if doc_type.kind == "law" and not match.group()[0].isupper():
            continue
        yield from _numbers_after(text, match, doc_type)


def _numbers_after(text: str, match: re.Match[str], doc_type: DocType) -> Iterator[_Ref]:
    """'Nghị quyết số 18-NQ/TW', 'Đề án 04', 'Nghị định 151 và 226/2025/NĐ-CP' (one reference per number)."""
    items = _numbers_following(text, match.end())
    shared = next((item.symbol for item in reversed(items) if item.symbol is not None), None)
    for index, item in enumerate(items):
        symbol: re.Match[str] | str | None = item.symbol
        if symbol is None and item.year is None and shared is not None:
            symbol = _with_number(_symbol_text(shared), item.number)
        start = match.start() if index == 0 else item.start
        yield _numbered_ref(text, start, item.end, doc_type.name, item.number, symbol, item.year)


def _numbers_following(text: str, position: int) -> list[_NumberItem]:
    """The document numbers written right after a type word ending at `position` (none when a count or a
    quantity follows it: 'Kế hoạch 5 năm')."""
    lead = P.SYMBOL_AFTER_TYPE.match(text[position:position + 40])
    if lead is None or not _plain_qualifier(lead["qualifier"]):
        return []
    return list(_coordinated_numbers(text, position + lead.end()))


def _plain_qualifier(qualifier: str | None) -> bool:
    """'Chương trình hành động số …', 'Thông báo Kết luận số …': no qualifier, a lower-case one or a type word."""
    return not qualifier or qualifier.islower() or _type_word_pattern().fullmatch(qualifier.strip()) is not None


def _coordinated_numbers(text: str, position: int) -> Iterator[_NumberItem]:
    while True:
        item = _number_at(text, position)
        if item is None:
            return
        yield item
        position = item.end
        link = P.NUMBER_COORDINATION.match(text[position:position + 10])
        if link is None or not text[position + link.end():position + link.end() + 1].isdigit():
            return
        position += link.end()


def _number_at(text: str, position: int) -> _NumberItem | None:
    """A symbol ('18-NQ/TW'), a number with its year ('33/2023') or a number ('18') starting at `position`."""
    symbol = P.SYMBOL.match(text, position)
    if symbol is not None:
        return _NumberItem(position, symbol.end(), symbol["num"], symbol=symbol)
    window = " " + text[position:position + 16]
    with_year = P.NUMBER_YEAR_AFTER_TYPE.match(window)
    if with_year is not None:
        return _NumberItem(position, position + with_year.end() - 1, with_year["num"], year=with_year["year"])
    number = P.NUMBER_AFTER_TYPE.match(window)
    if number is None or P.UNIT_AFTER_NUMBER.match(text[position + number.end() - 1:][:20]):
        return None
    return _NumberItem(position, position + number.end() - 1, number["num"])


def _numbered_ref(text: str, start: int, end: int, doc_type: str, number: str,
                  symbol: re.Match[str] | str | None, written_year: str | None = None) -> _Ref:
    symbol_text = _symbol_text(symbol) if symbol is not None else None
    year = _symbol_year(symbol_text) if symbol_text else None
    issue_date = P.ISSUE_DATE_AFTER.match(text[end:end + 24])
    if year is None:
        year = int(written_year) if written_year else int(issue_date["year"]) if issue_date else None
    issuer = _symbol_issuer(symbol_text) if symbol_text else _issuer_after(text, end, issue_date)
    written_number = f"{number}/{written_year}" if written_year else number
    key = symbol_text or f"{doc_type} {written_number}"
    return _Ref(start, end, doc_type, "numbered", key, number, year, symbol_text, issuer)


def _bare_symbols(text: str, refs: list[_Ref]) -> Iterator[_Ref]:
    """A symbol with no type word before it ('… và 226/2025/NĐ-CP'): the type comes from its code."""
    covered = [(ref.start, ref.end) for ref in refs if ref.symbol]
    for match in P.SYMBOL.finditer(text):
        if any(start <= match.start() and match.end() <= end for start, end in covered):
            continue
        symbol = _symbol_text(match)
        code = match["code_a"] or match["code_b"] or match["code_c"]
        doc_type = _types_by_code().get(code, "Văn bản")
        yield _numbered_ref(text, match.start(), match.end(), doc_type, match["num"], symbol)


def _symbol_text(symbol: re.Match[str] | str) -> str:
    """The symbol without inner spaces, with ASCII hyphens ('79/2024/TT- BCA' → '79/2024/TT-BCA')."""
    written = symbol if isinstance(symbol, str) else symbol.group()
    return P.WHITESPACE.sub("", written).replace("–", "-")


def _with_number(symbol: str, number: str) -> str:
    """'226/2025/NĐ-CP' shared by 'Nghị định 151' → '151/2025/NĐ-CP'."""
    return P.SYMBOL_NUMBER.sub(number, symbol)


def _symbol_year(symbol: str) -> int | None:
    found = P.SYMBOL_YEAR.match(symbol)
    return int(found["year"]) if found else None


def _symbol_issuer(symbol: str) -> str | None:
    """'18-NQ/TW' → 'TW'; '30/2020/NĐ-CP' → 'CP'; '55/2010/QH12' → 'QH12'; '2685/QĐ-UBND' → 'UBND'."""
    if P.PARTY_SYMBOL.match(symbol):
        return symbol.split("/", 1)[1]
    last = symbol.rsplit("/", 1)[-1]
    if "-" not in last:
        return last if P.ISSUER_CODE.match(last) else None
    return last.split("-", 1)[1]


def _issuer_after(text: str, end: int, issue_date: re.Match[str] | None) -> str | None:
    """'Đề án 04 của Ban Thường vụ Thành ủy về …' → 'Ban Thường vụ Thành ủy'."""
    position = end + (issue_date.end() if issue_date else 0)
    found = P.ISSUER_LINK.match(text[position:position + 8])
    if found is None:
        return None
    tokens = _issuer_tokens(_tokens(text, position + found.end()))
    return _join(text, tokens) if tokens else None


# --- named plans, programmes and schemes ---------------------------------------------------

def _named_refs(text: str, type_words: _TypeWords) -> Iterator[_Ref]:
    for match, doc_type in type_words:
        if doc_type.kind != "named" or _numbered_next(text, match.end()):
            continue
        left = text[max(0, match.start() - 80):match.start()]
        if _not_a_document(left, match):
            continue
        name_start, coordinated = _name_start(text, match.end())
        name = _quoted_title(text, match) or _scan_name(text, name_start, law=False)
        if name is None or _is_generic(name) or _names_only_a_body(name) or _is_target(name, doc_type) \
                or _is_event(text, match, name, doc_type):
            continue
        yield _Ref(match.start(), name.end, doc_type.name, "named", f"{doc_type.name} {name.key}",
                   issuer=name.issuer, coordinated=coordinated,
                   tentative=not _stands_alone(name, doc_type, _titled(text, match)))


def _not_a_document(left: str, match: re.Match[str]) -> bool:
    """Plural or counted ('các Đề án'), a target ('đạt 16,97% kế hoạch'), inside an organization's name ('Bộ Kế
    hoạch và Đầu tư') or qualifying a noun ('trưởng phòng quy hoạch', 'đối tác chiến lược')."""
    return (_ends_with(P.PLURAL_BEFORE, P.PLURAL_BEFORE_CHARS, left)
            or _ends_with(P.TARGET_BEFORE, P.TARGET_BEFORE_CHARS, left)
            or (match.group()[0].islower()
                and _ends_with(P.MODIFIED_NOUN_BEFORE, P.MODIFIED_NOUN_BEFORE_CHARS, left))
            or _inside_organization_name(left, match))


def _quoted_title(text: str, match: re.Match[str]) -> _Name | None:
    """'“Đề án bồi dưỡng kiến thức và kỹ năng cho công chức …”': the type word opens a quoted title."""
    if match.start() == 0 or text[match.start() - 1] not in P.OPENING_QUOTES:
        return None
    rest = P.QUOTED_TITLE_REST.match(text, match.end())
    inner = _collapse(rest.group()).strip(" ,") if rest else ""
    if not inner:
        return None
    words = tuple(inner.split())
    return _Name(rest.end(), inner, words, quoted=True, own_words=words)


def _is_target(name: _Name, doc_type: DocType) -> bool:
    """'kế hoạch thu ngân sách năm 2025': a plan's figures, not a document."""
    return doc_type.name in P.TARGET_PLAN_TYPES and bool(P.TARGET_PLAN.match(name.key))


def _is_event(text: str, match: re.Match[str], name: _Name, doc_type: DocType) -> bool:
    """'chương trình nghệ thuật chào mừng …', 'tổ chức Chương trình “…”', 'Chương trình “…” diễn ra tại …': a show,
    an event or an agenda called a programme."""
    if doc_type.name not in P.EVENT_PROGRAMME_TYPES:
        return False
    left = text[max(0, match.start() - P.EVENT_BEFORE_CHARS):match.start()]
    return bool(P.EVENT_PROGRAMME.match(name.key) or P.EVENT_BEFORE.search(left)
                or P.EVENT_AFTER.match(_rest_of_clause(text, name.end)))


def _rest_of_clause(text: str, position: int) -> str:
    """What follows a name, past a year or a period written after a quoted title ('“…” năm 2025 được tổ chức')."""
    rest = text[position:position + 60]
    year = P.YEAR_AFTER_TITLE.match(rest)
    return rest[year.end():] if year else rest


def _ends_with(pattern: re.Pattern[str], most_chars: int, left: str) -> bool:
    """Does `pattern`, anchored at the end and matching at most `most_chars` characters, match at the end of
    `left`? Searched only there: a regex search tries every start position."""
    return pattern.search(left, max(0, len(left) - most_chars)) is not None


def _inside_organization_name(left: str, match: re.Match[str]) -> bool:
    """'Bộ Kế hoạch và Đầu tư', 'Viện Nghiên cứu chiến lược': the type word belongs to an organization's name.
    After a comma only a lower-case type word does ('Ban Chính sách, chiến lược Trung ương')."""
    if left.rstrip().endswith(",") and match.group()[0].isupper():
        return False
    words = [word.rstrip(",") for word in left.split()][-(P.ORGANIZATION_NAME_WORDS + 3):]
    heads = _organization_heads_by_first_word()
    return any(tuple(words[index:index + len(head)]) == head and _name_chain(words[index + len(head):])
               for index, word in enumerate(words) for head in heads.get(word, ()))


@lru_cache(maxsize=1)
def _organization_heads_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    """`ORGANIZATION_HEADS` by their first word, so that only the heads a word may start are compared."""
    heads: dict[str, list[tuple[str, ...]]] = {}
    for head in P.ORGANIZATION_HEADS:
        heads.setdefault(head[0], []).append(head)
    return heads


def _name_chain(words: list[str]) -> bool:
    """Capitalized words, each followed by at most one lower-case syllable ('Nghiên cứu', 'Chính sách')."""
    previous_capitalized = False
    for word in words:
        if not word or not (word[0].isupper() or previous_capitalized):
            return False
        previous_capitalized = word[0].isupper()
    return len(words) <= P.ORGANIZATION_NAME_WORDS


def _numbered_next(text: str, position: int) -> bool:
    """Does a document number follow the type word ending at `position`?"""
    return bool(_numbers_following(text, position))


def _name_start(text: str, position: int) -> tuple[int, bool]:
    """Where the name begins; in 'đề án, phương án sắp xếp …' the first type takes the second one's name."""
    link = P.TYPE_COORDINATION.match(text[position:position + 8])
    if link is not None:
        following = _type_word_pattern().match(text, position + link.end())
        if following is not None and _doc_type_of(following.group()).kind == "named":
            return following.end(), True
    return position, False


def _titled(text: str, match: re.Match[str]) -> bool:
    """A capitalized type word inside a sentence marks a title ('thực hiện Chương trình xây dựng nông thôn mới')."""
    if not match.group()[0].isupper():
        return False
    before = text[max(0, match.start() - _TITLE_CONTEXT_CHARS):match.start()].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_START_CHARS


def _is_generic(name: _Name) -> bool:
    """A kind of plan, a recurring task or a budget line rather than one document (§3.1 (c))."""
    if not name.words or P.FREQUENCY_IN_NAME.search(name.key) or P.GENERIC_FIRST_WORDS.match(name.key):
        return True
    if P.PLURAL_INSIDE.search(name.key):
        return True
    return all(word.casefold() in P.GENERIC_NAME_WORDS for word in _distinctive_words(name.own_words)
               if not any(ch.isdigit() for ch in word))


def _names_only_a_body(name: _Name) -> bool:
    """'Phương án NHNN huy động vàng …' read as far as 'Phương án NHNN': the abbreviation of a body, the plan's
    author, is no name of the plan."""
    return len(name.own_words) == 1 and name.own_words[0] in abbreviations()


def _distinctive_words(words: tuple[str, ...]) -> list[str]:
    """The words of a name that could single it out: without the area it covers ('… trên địa bàn tỉnh') and
    without type words that no number follows ('Kế hoạch thực hiện Nghị quyết')."""
    folded = [word.casefold() for word in words]
    size = len(P.SCOPE_OF_NAME)
    scope = next((index for index in range(len(folded)) if tuple(folded[index:index + size]) == P.SCOPE_OF_NAME),
                 len(folded))
    return [word for piece in _around_unnumbered_type_words(" ".join(words[:scope])) for word in piece.split()]


def _around_unnumbered_type_words(written: str) -> list[str]:
    """`written` split around the type words that no number follows."""
    pieces, position = [], 0
    for match in _type_word_pattern().finditer(written):
        if not _numbered_next(written, match.end()):
            pieces.append(written[position:match.start()])
            position = match.end()
    return pieces + [written[position:]]


def _stands_alone(name: _Name, doc_type: DocType, titled: bool) -> bool:
    """Does the name single out one document by itself: written as a title, quoted, or with a proper noun,
    an abbreviation or a number ('quy hoạch tỉnh thời kỳ 2021 - 2030', 'chương trình xây dựng NTM')?"""
    if titled or name.quoted:
        return True
    own_words = _type_word_pattern().sub(" ", name.key).split()
    if doc_type.name in P.PROPER_NOUN_TYPES:
        return any(word[:1].isupper() and not word.isupper() for word in own_words)
    return any(word[:1].isupper() or any(ch.isdigit() for ch in word) for word in own_words)


# --- laws, codes, the constitution, charters -----------------------------------------------

def _law_refs(text: str, type_words: _TypeWords) -> Iterator[_Ref]:
    for match, doc_type in type_words:
        written = match.group()
        if doc_type.kind != "law" or not written[0].isupper() or _numbered_next(text, match.end()):
            continue
        if P.NOT_A_LAW_AFTER.match(text[match.end():match.end() + 16]) or _inside_organization_name(
                text[max(0, match.start() - 80):match.start()], match):
            continue
        if doc_type.name in P.PARTY_ONLY_TYPES and not P.PARTY_NAME_AFTER.match(text, match.end()):
            continue
        ref = _law_ref(text, match, doc_type)
        if ref is not None:
            yield ref


def _law_ref(text: str, match: re.Match[str], doc_type: DocType) -> _Ref | None:
    amending = P.AMENDING_LAW.match(text[match.end():match.end() + 80])
    if amending is not None:
        inner = _type_word_pattern().match(text, match.end() + amending.end())
        inner_ref = _law_ref(text, inner, _doc_type_of(inner.group())) if inner else None
        if inner_ref is None:
            return None
        key = _collapse(f"{doc_type.name} {text[match.end():inner_ref.end].strip()}")
        return _Ref(match.start(), inner_ref.end, doc_type.name, "law", key)
    name = _scan_name(text, match.end(), law=True)
    if name is None:
        return _bare_law(text, match, doc_type)
    key = _collapse(f"{doc_type.name} {name.key}")
    symbol = _symbol_after_law_name(text, name.end)
    if symbol is not None:
        symbol_text = _symbol_text(symbol)
        return _Ref(match.start(), symbol.end(), doc_type.name, "law", symbol_text, symbol["num"],
                    _symbol_year(symbol_text), symbol_text, _symbol_issuer(symbol_text), name=key)
    return _Ref(match.start(), name.end, doc_type.name, "law", key, year=_year_in(name.key))


def _symbol_after_law_name(text: str, position: int) -> re.Match[str] | None:
    """'Luật Đất đai số 31/2024/QH15': the symbol written after a law's name (the law's key)."""
    lead = P.SYMBOL_AFTER_LAW_NAME.match(text[position:position + 8])
    return P.SYMBOL.match(text, position + lead.end()) if lead else None


def _bare_law(text: str, match: re.Match[str], doc_type: DocType) -> _Ref | None:
    """'Hiến pháp', 'Hiến pháp năm 2013 (sửa đổi)': the constitution needs no name."""
    if doc_type.name != "Hiến pháp":
        return None
    end, key, year = match.end(), doc_type.name, None
    found_year = P.LAW_YEAR.match(text[end:end + 12])
    if found_year is not None:
        year, end = int(found_year["year"]), end + found_year.end()
        key = f"{key} {year}"
    amended = P.AMENDED_MARK.match(text[end:end + 24])
    if amended is not None:
        end, key = end + amended.end(), f"{key} ({amended['mark']})"
    return _Ref(match.start(), end, doc_type.name, "law", key, year=year)


def _year_in(key: str) -> int | None:
    found = P.YEAR_IN_NAME.search(key)
    return int(found["year"]) if found else None


# --- resolutions named by their meeting -----------------------------------------------------

def _meeting_resolutions(text: str) -> Iterator[_Ref]:
    for match in P.MEETING_RESOLUTION.finditer(text):
        key = _collapse(match.group())
        yield _Ref(match.start(), match.end(), "Nghị quyết", "named", key, meeting=True)


# --- name scanning --------------------------------------------------------------------------

def _tokens(text: str, position: int) -> Iterator[_Token]:
    """The tokens from `position` on, up to `_SCAN_CHARS` (`NAME_TOKEN` matches wherever a non-space is left)."""
    for match in P.NAME_TOKEN.finditer(text, position, position + _SCAN_CHARS):
        kind = match.lastgroup
        written = match.group(kind)
        yield _Token(match.start(kind), match.end(kind), kind, written, written.casefold())


class _TokenStream:
    """The tokens after a position, scanned only as far as they are read (a name ends long before
    `_SCAN_CHARS`)."""

    def __init__(self, text: str, position: int) -> None:
        self._unread = _tokens(text, position)
        self._read: list[_Token] = []

    def has(self, index: int) -> bool:
        missing = index + 1 - len(self._read)
        if missing > 0:
            self._read.extend(islice(self._unread, missing))
        return index < len(self._read)

    def __getitem__(self, index: int) -> _Token:
        self.has(index)
        return self._read[index]

    def between(self, start: int, stop: int) -> list[_Token]:
        """The tokens from `start` to `stop` (exclusive), fewer at the end of the scan."""
        self.has(stop - 1)
        return self._read[start:stop]

    def after(self, start: int) -> Iterator[_Token]:
        index = start
        while self.has(index):
            yield self._read[index]
            index += 1


def _scan_name(text: str, position: int, *, law: bool) -> _Name | None:
    """The name after a type word, up to the first clause boundary (None when there is no name)."""
    tokens = _TokenStream(text, position)
    if not tokens.has(0) or "\n" in text[position:tokens[0].start]:
        return None
    if tokens[0].kind == "quote":
        return _quoted_name(tokens)
    if law and not (tokens[0].kind == "word" and tokens[0].text[0].isupper()):
        return None
    kept, owner, dropped = _name_tokens(text, tokens, law=law)
    if not kept:
        return None
    key = _key_text(text, kept, dropped, law=law)
    if not key:
        return None
    words = tuple(token.text for token in kept if token.kind == "word")
    own_words = tuple(token.text for token in kept if token.kind == "word" and token not in owner)
    return _Name(kept[-1].end, key, words, issuer=_join(text, owner[1:]) if dropped else None,
                 own_words=own_words)


def _quoted_name(tokens: _TokenStream) -> _Name:
    """'“Mỗi xã một sản phẩm” (OCOP)': a quoted name, with the bracketed abbreviation written right after it."""
    inner = tokens[0].text[1:-1].strip()
    words = tuple(inner.split())
    if tokens.has(1) and tokens[1].kind == "paren" and P.PAREN_KEPT.match(tokens[1].text):
        return _Name(tokens[1].end, f"{inner} {tokens[1].text}", words, quoted=True, own_words=words)
    return _Name(tokens[0].end, inner, words, quoted=True, own_words=words)


def _name_tokens(text: str, tokens: _TokenStream, *, law: bool
                 ) -> tuple[list[_Token], list[_Token], list[_Token]]:
    """The tokens of the name, those of its 'của <owner>' phrase, and those kept in the span but not the key."""
    kept: list[_Token] = []
    owner: list[_Token] = []
    dropped: list[_Token] = []
    national = False
    index = 0
    while tokens.has(index) and len(kept) < P.NAME_MAX_WORDS:
        token = tokens[index]
        following = tokens.between(index + 1, index + 1 + _LOOKAHEAD_TOKENS)
        if "\n" in text[(kept[-1].end if kept else token.start):token.start]:
            break
        if not law and kept and _closes_name(kept[-1]) and not _goes_on_after_year(token, following):
            break
        if token.kind == "paren":
            if not kept or not P.PAREN_KEPT.match(token.text):
                break
            kept.append(token)
            if law:
                break
        elif token.kind == "dash":
            if not kept or not following or following[0].kind != "word":
                break
            kept.append(token)
        elif token.kind == "punct":
            if not _punct_continues(token, kept, following):
                break
            kept.append(token)
        elif token.kind != "word":
            break
        elif token.folded == "của" and not law:
            reading = _with_owner(kept, tokens, index)
            if reading.resume_at is None:
                return reading.kept, reading.owner, dropped + reading.dropped
            kept, owner, dropped = reading.kept, reading.owner, dropped + reading.dropped
            index = reading.resume_at
            continue
        elif law and token.folded == "số" and following and following[0].text[0].isdigit():
            break
        elif token.folded == "ngày" and not law and following and P.DATE_TOKEN.fullmatch(following[0].text):
            dated = [token, following[0]]
            reading = _after_issue_date(kept + dated, tokens, index + len(dated))
            if reading.resume_at is None:
                break
            kept, owner, dropped = reading.kept, reading.owner or owner, dropped + dated + reading.dropped
            index = reading.resume_at
            continue
        elif _ends_name(token, following, kept, national, law=law):
            break
        else:
            kept.append(token)
            national = national or bool(P.NATIONAL_PROGRAMME.match(_join(text, kept)))
            if law and _is_year(token):
                if following and following[0].kind == "paren" and P.PAREN_KEPT.match(following[0].text):
                    kept.append(following[0])
                break
        index += 1
    while kept and (kept[-1].kind in {"punct", "dash"} or (law and kept[-1].text in P.LAW_TRAILING_WORDS)):
        kept.pop()
    return kept, owner, dropped


def _joins_named_units(token: _Token, following: list[_Token], kept: list[_Token]) -> bool:
    """'… tỉnh Gia Lai với (tỉnh) Bình Định': a joiner between a proper name and another (unit's) name."""
    if token.folded not in P.UNIT_JOINERS or not kept or not kept[-1].text[0].isupper() or not following:
        return False
    named = following[1:] if following[0].folded in P.UNIT_LEVELS else following
    return bool(named) and named[0].kind == "word" and named[0].text[0].isupper()


def _closes_name(token: _Token) -> bool:
    """A year or a period ('năm 2025', '2021-2030', '(2021-2025)') closes a plan's name."""
    return token.kind in {"word", "paren"} and P.YEAR_OR_PERIOD.fullmatch(token.text) is not None


def _goes_on_after_year(token: _Token, following: list[_Token]) -> bool:
    """After a year: a comma or a bracket (judged as usual), the end of a range, or `AFTER_YEAR_CONTINUATIONS`."""
    if token.kind in {"punct", "paren"}:
        return True
    if token.kind == "dash":
        return bool(following) and _is_year(following[0])
    return token.kind == "word" and _starts_with(token, following, P.AFTER_YEAR_CONTINUATIONS)


def _after_issue_date(kept: list[_Token], tokens: _TokenStream, index: int) -> _OwnerReading:
    """'Chương trình hành động ngày 15/4/2025 của Tỉnh ủy thực hiện …': the name goes on after its issuing date
    (and its issuer) only with what carries a name on after an issuer (`NAME_AFTER_ISSUER`)."""
    if not tokens.has(index):
        return _OwnerReading(kept, [], [])
    if tokens[index].folded == "của":
        return _with_owner(kept, tokens, index)
    if _starts_with(tokens[index], tokens.between(index + 1, index + 3), P.NAME_AFTER_ISSUER):
        return _OwnerReading(kept, [], [], resume_at=index)
    return _OwnerReading(kept, [], [])


def _ends_name(token: _Token, following: list[_Token], kept: list[_Token], national: bool, *, law: bool) -> bool:
    lower = token.text[0].islower()
    next_word = following[0].folded if following and following[0].kind == "word" else ""
    if lower and token.folded in P.STOP_WORDS and (token.folded, next_word) not in P.KEPT_PHRASES:
        if _joins_named_units(token, following, kept):
            return False
        return law or not (token.folded == "cho" and bool(following)
                           and _starts_with(following[0], following[1:], P.BENEFICIARIES))
    if lower and (token.folded, next_word) in P.STOP_PHRASES:
        return True
    if lower and kept and (token.folded, next_word) in P.PREDICATE_PHRASES:
        return True
    if token.folded in P.TOWARDS_A_BODY and following and following[0].text[0].isupper():
        return True
    if lower and token.folded in P.QUANTITY_VERBS and following and (
            following[0].text[0].isdigit() or following[0].folded in P.APPROXIMATORS):
        return True
    if national and _starts_with(token, following, P.LOCAL_SCOPE_WORDS):
        return True
    if token.folded in {"và", "hoặc"}:
        return not _coordination_continues(following, kept)
    return False


def _coordination_continues(following: list[_Token], kept: list[_Token]) -> bool:
    """'đại biểu Quốc hội và đại biểu HĐND', 'tỉnh Gia Lai và tỉnh Bình Định', '… khóa XVI và Hội đồng …', the
    last item of a list ('… dân cư, định danh và xác thực điện tử'), a coordination inside the name
    ('… kiến thức và kỹ năng cho cán bộ …')."""
    if not following or following[0].kind != "word":
        return False
    word = following[0]
    if _starts_type_word(word, following[1:]):
        return False
    if word.text[0].isupper() or (_list_word(word) and (_reading_a_list(kept) or _reaches_name_tail(following))):
        return True
    return word.folded in {kept_token.folded for kept_token in kept if kept_token.kind == "word"}


def _reaches_name_tail(following: list[_Token]) -> bool:
    """'… kiến thức và kỹ năng cho cán bộ …', '… kinh tế và xã hội giai đoạn 2021 - 2025': after 'và', a few
    lower-case words lead to what only goes on a name (the people it is for, its period, its area)."""
    for index in range(1, min(len(following), P.LIST_ITEM_MAX_WORDS + 1)):
        token, rest = following[index], following[index + 1:]
        if _is_year(token) or (token.folded == "cho" and rest and _starts_with(rest[0], rest[1:], P.BENEFICIARIES)):
            return True
        if _starts_with(token, rest, P.NAME_TAILS):
            return True
        if not _list_word(token) or _starts_type_word(token, rest):
            return False
    return False


def _starts_type_word(token: _Token, rest: list[_Token]) -> bool:
    """Does a type word ('kế hoạch', 'Luật') start at `token`: another document, not this name's tail."""
    pattern = _type_word_pattern()
    return bool(pattern.fullmatch(token.text) or (rest and pattern.fullmatch(f"{token.text} {rest[0].text}")))


def _reading_a_list(kept: list[_Token]) -> bool:
    """Is the name in a list item ('… về dân cư, định danh | và xác thực …'): a comma among its last words?"""
    return any(token.text == "," for token in kept[-(P.LIST_ITEM_MAX_WORDS + 1):])


def _punct_continues(token: _Token, kept: list[_Token], following: list[_Token]) -> bool:
    if not kept or not following:
        return False
    if token.text == ",":
        if _starts_with(following[0], following[1:], P.COMMA_CONTINUATIONS) or _list_item_follows(following):
            return True
        return following[0].kind == "word" and following[0].folded in {
            kept_token.folded for kept_token in kept if kept_token.kind == "word"}
    if token.text == ".":
        return kept[-1].text in P.ABBREVIATION_DOTS and following[0].kind == "word" and following[0].text[0].isupper()
    return False


def _list_item_follows(following: list[_Token]) -> bool:
    """', định danh và xác thực điện tử …', ', công nghệ, đổi mới sáng tạo và chuyển đổi số': after a comma,
    list items of a few lower-case words each, separated by commas, then 'và' and a lower-case word (no
    function word, no administrative level, no clause opener: '…, tỉnh và các sở đã …', '…, góp phần ổn định
    và …' end the name)."""
    position = 0
    while position < len(following):
        size = _list_item_size(following[position:])
        if size == 0:
            return False
        link = following[position + size:position + size + 2]
        if len(link) == 2 and link[0].folded == "và" and _list_word(link[1]):
            return True
        if not link or link[0].text != ",":
            return False
        position += size + 1
    return False


def _list_item_size(tokens: list[_Token]) -> int:
    """How many list words start `tokens` (at most `LIST_ITEM_MAX_WORDS`; 0 when a clause opens there); an
    abbreviation is an item of its own ('… về chip bán dẫn, AI và an toàn thông tin mạng')."""
    if tokens and _is_abbreviation(tokens[0]):
        return 1
    size = 0
    while size < min(len(tokens), P.LIST_ITEM_MAX_WORDS) and _list_word(tokens[size]):
        size += 1
    if size >= 2 and (tokens[0].folded, tokens[1].folded) in P.STOP_PHRASES:
        return 0
    return size


def _is_abbreviation(token: _Token) -> bool:
    return token.kind == "word" and len(token.text) >= 2 and token.text.isupper()


def _list_word(token: _Token) -> bool:
    return (token.kind == "word" and token.text[0].islower() and token.folded not in P.STOP_WORDS
            and token.folded not in P.ADMINISTRATIVE_LEVELS and token.folded not in P.QUANTIFIERS)


def _starts_with(token: _Token, following: list[_Token], phrases: tuple[tuple[str, ...], ...]) -> bool:
    words = [token.folded] + [other.folded for other in following[:3]]
    return any(tuple(words[:len(phrase)]) == phrase for phrase in phrases)


class _OwnerReading(NamedTuple):
    """A name read up to and through a 'của <owner>' phrase."""

    kept: list[_Token]
    owner: list[_Token]
    dropped: list[_Token]
    resume_at: int | None = None
    """The token the name goes on with after the phrase, or None when the name ends there."""


def _with_owner(kept: list[_Token], tokens: _TokenStream, index: int) -> _OwnerReading:
    """'của <unit or body>' inside or after a name.

    Kept in the name when a year follows ('… cấp xã của tỉnh Bình Định 2025') or when it closes the
    name ('… tổ chức bộ máy của Chính phủ'); dropped from the key when it names the issuer of what it
    follows, a dated or numbered document ('… năm 2025 của TP. Hà Nội', '… Nghị quyết số 57-NQ/TW của
    Bộ Chính trị'), or when the name goes on after it ('Chương trình hành động của Chính phủ thực hiện …');
    left out when the sentence goes on after it.
    """
    owner = _issuer_tokens(tokens.after(index + 1))
    if not owner:
        return _OwnerReading(kept, [], [])
    after_index = index + 1 + len(owner)
    after = tokens[after_index] if tokens.has(after_index) else None
    phrase = tokens.between(index, after_index)
    if after is not None and after.kind == "word" and _starts_with(
            after, tokens.between(after_index + 1, after_index + 3), P.NAME_AFTER_ISSUER):
        return _OwnerReading(kept + phrase, phrase, phrase, resume_at=after_index)
    if not kept:
        return _OwnerReading(kept, [], [])
    if after is not None and (_is_year(after) or (after.folded == "năm" and tokens.has(after_index + 1)
                                                  and _is_year(tokens[after_index + 1]))):
        end_index = after_index + (1 if _is_year(after) else 2)
        return _OwnerReading(kept + tokens.between(index, end_index), phrase, [])
    if after is None or after.kind in {"punct", "quote", "paren"} or (
            after.kind == "word" and after.text[0].islower() and after.folded in P.STOP_WORDS):
        return _OwnerReading(kept + phrase, phrase, phrase if _names_its_issuer(kept[-1]) else [])
    return _OwnerReading(kept, [], [])


def _names_its_issuer(token: _Token) -> bool:
    """Does 'của <body>' after this token name who issued it: a year or a document's number ends there."""
    return any(character.isdigit() for character in token.text)


def _issuer_tokens(tokens: Iterable[_Token]) -> list[_Token]:
    """A body or unit after 'của': capitalized syllables (each with at most one lower-case syllable after it:
    'Chính phủ', 'Ban Thường vụ Thành ủy'), abbreviations and administrative levels ('tỉnh Bình Định')."""
    taken: list[_Token] = []
    for token in tokens:
        if token.kind == "punct" and token.text == "." and taken and taken[-1].text in P.ABBREVIATION_DOTS:
            taken.append(token)
            continue
        if token.kind != "word" or token.folded in P.STOP_WORDS or (token.folded == "và" and not taken):
            break
        after_capital = bool(taken) and taken[-1].kind == "word" and taken[-1].text[0].isupper()
        if not (token.text[0].isupper() or token.folded in P.ADMINISTRATIVE_LEVELS or after_capital
                or token.folded in P.BODY_NAME_LOWER_WORDS):
            break
        taken.append(token)
    while taken and (taken[-1].folded in {"và", "cấp"} or taken[-1].kind == "punct"):
        taken.pop()
    return taken


def _key_text(text: str, kept: list[_Token], dropped: list[_Token], *, law: bool) -> str:
    """The name as written without the dropped tokens (each run of kept tokens as written)."""
    runs: list[list[_Token]] = []
    previous_kept = False
    for token in kept:
        in_key = token not in dropped
        if in_key and previous_kept:
            runs[-1].append(token)
        elif in_key:
            runs.append([token])
        previous_kept = in_key
    key = _collapse(" ".join(text[run[0].start:run[-1].end] for run in runs)).strip(" ,")
    if law:
        key = P.LAW_YEAR_IN_KEY.sub(r"\1", key)
    return key


def _is_year(token: _Token) -> bool:
    return token.kind == "word" and bool(P.YEAR_WORD.fullmatch(token.text))


def _join(text: str, tokens: list[_Token]) -> str:
    return _collapse(text[tokens[0].start:tokens[-1].end]) if tokens else ""


# --- keys -----------------------------------------------------------------------------------

def _deduplicated(refs: list[_Ref]) -> list[_Ref]:
    """One reference per start (a numbered reading before a meeting's resolution before a name), and one per
    symbol occurrence ('Thông báo kết luận số 123-TB/TU' is not also a 'kết luận số 123-TB/TU')."""
    by_start: dict[int, _Ref] = {}
    for ref in refs:
        current = by_start.get(ref.start)
        if current is None or _priority(ref) < _priority(current):
            by_start[ref.start] = ref
    by_number_end: dict[int, _Ref] = {}
    others = []
    for ref in by_start.values():
        if ref.kind != "numbered":
            others.append(ref)
        elif ref.end not in by_number_end or ref.start < by_number_end[ref.end].start:
            by_number_end[ref.end] = ref
    return others + list(by_number_end.values())


def _priority(ref: _Ref) -> tuple[int, int]:
    rank = 0 if ref.kind == "numbered" else 1 if ref.meeting else 2
    return rank, -(ref.end - ref.start)


def _without_nested(refs: list[_Ref]) -> list[_Ref]:
    """A plan named inside another document's name ('Kế hoạch thực hiện Chương trình …') is part of that name.
    Numbered references and a law named inside an amending law stay."""
    outers = sorted((ref.start, ref.end) for ref in refs if ref.kind != "numbered" and not ref.coordinated)
    starts = [start for start, _ in outers]
    furthest_ends = list(accumulate((end for _, end in outers), max))
    return [ref for ref in refs
            if ref.kind != "named" or ref.meeting or not _enclosed(ref, starts, furthest_ends)]


def _enclosed(ref: _Ref, starts: list[int], furthest_ends: list[int]) -> bool:
    """Does a span starting before `ref` reach its end? (`furthest_ends[i]`: the furthest end of spans 0..i.)"""
    before = bisect_left(starts, ref.start)
    return before > 0 and furthest_ends[before - 1] >= ref.end


class _EarlierReferences:
    """The references of an article read so far, indexed by what a later mention is compared on."""

    def __init__(self) -> None:
        self._keys_by_number: dict[tuple[str, str | None], str] = {}
        # (kind, doc_type) → each key, in the order first read, with its comparable words
        self._names: dict[tuple[str, str], dict[str, list[str]]] = {}

    def add(self, ref: _Ref) -> None:
        if ref.kind == "numbered" and ref.key != f"{ref.doc_type} {ref.number}":
            self._keys_by_number.setdefault((ref.doc_type, ref.number), ref.key)
        if ref.kind != "numbered" and not ref.meeting:
            names = self._names.setdefault((ref.kind, ref.doc_type), {})
            if ref.key not in names:
                names[ref.key] = _comparable(ref.name or ref.key)

    def key_of(self, ref: _Ref) -> str | None:
        """An informal later mention ('Nghị quyết 18', 'Luật Đất đai') takes the key of the fuller one before it."""
        if ref.symbol is not None or ref.meeting:
            return None
        if ref.kind == "numbered":
            return self._keys_by_number.get((ref.doc_type, ref.number))
        words = _comparable(ref.key)
        return next((key for key, earlier in self._names.get((ref.kind, ref.doc_type), {}).items()
                     if _same_document(words, earlier)), None)


def _resolve_keys(refs: list[_Ref]) -> list[_Ref]:
    resolved: list[_Ref] = []
    earlier = _EarlierReferences()
    for ref in sorted(refs, key=lambda ref: (ref.start, ref.end)):
        earlier_key = earlier.key_of(ref)
        if earlier_key is not None:
            ref = replace(ref, key=earlier_key, tentative=False)
        elif ref.tentative:
            continue
        resolved.append(ref)
        earlier.add(ref)
    meeting_keys = {ref.key: _comparable(ref.key) for ref in resolved if ref.meeting}
    return [replace(ref, key=_fullest_meeting_key(ref.key, meeting_keys)) if ref.meeting else ref
            for ref in resolved]


def _fullest_meeting_key(key: str, meeting_keys: dict[str, list[str]]) -> str:
    """The longest key of the article's meeting resolutions that holds all the words of `key`."""
    fuller = [other for other, words in meeting_keys.items() if _is_subsequence(meeting_keys[key], words)]
    return max(fuller, key=len, default=key)


def _same_document(later: list[str], earlier: list[str]) -> bool:
    if _same_words(later, earlier):
        return True
    later_period, earlier_period = _period_of(later), _period_of(earlier)
    if bool(later_period) == bool(earlier_period):
        return False
    return _same_words(_without_period(later), _without_period(earlier))


def _same_words(later: list[str], earlier: list[str]) -> bool:
    """The later name is the earlier one shortened, or the two differ by a few words that are not numbers."""
    if later == earlier:
        return True
    if _is_subsequence(later, earlier) and not _embedded(later, earlier):
        return True
    if not _is_subsequence(earlier, later) or len(earlier) < P.VARIANT_MIN_OVERLAP * len(later):
        return False
    return not any(any(ch.isdigit() for ch in word) for word in later if word not in earlier)


def _period_of(words: list[str]) -> str:
    found = P.PERIOD_IN_NAME.search(" ".join(words))
    return found.group() if found else ""


def _without_period(words: list[str]) -> list[str]:
    return P.PERIOD_IN_NAME.sub(" ", " ".join(words)).split()


def _embedded(words: list[str], container: list[str]) -> bool:
    """'Luật Bầu cử …' written out inside 'Luật sửa đổi, bổ sung … của Luật Bầu cử …' is another law."""
    size = len(words)
    return any(container[index:index + size] == words for index in range(1, len(container) - size + 1))


def _is_subsequence(words: list[str], container: list[str]) -> bool:
    remaining = iter(container)
    return all(word in remaining for word in words)


def _comparable(key: str) -> list[str]:
    folded = unicodedata.normalize("NFC", key).casefold().replace("ð", "đ")
    folded = P.TONE_PLACEMENT_AT_END.sub(lambda found: P.TONE_PLACEMENT[found.group()], folded)
    words = []
    for word in P.COMPARABLE_WORD.findall(folded):
        words.extend(P.ABBREVIATIONS.get(word, word.rstrip(".")).split())
    return [word for word in words if word not in P.IGNORED_IN_COMPARISON]


def _collapse(value: str) -> str:
    return P.WHITESPACE.sub(" ", value).strip()


def _to_mention(ref: _Ref) -> Mention:
    return Mention(ref.start, ref.end, LABEL, {
        "doc_type": ref.doc_type,
        "number": ref.number,
        "year": ref.year,
        "symbol": ref.symbol,
        "issuer": ref.issuer,
        "key": ref.key,
    })


# --- spaCy --------------------------------------------------------------------------------

class LegalRefExtractor(SpanExtractor):
    """Writes legal-reference mentions to `doc.spans["legal_refs"]`."""

    span_key = "legal_refs"

    def __init__(self, *, include_named: bool = True) -> None:
        self.include_named = include_named

    def match(self, doc: Doc) -> list[Mention]:
        return find_legal_refs(text_of(doc), include_named=self.include_named)


@Language.factory("govnews_legal_refs", default_config={"include_named": True})
def make_legal_ref_extractor(nlp: Language, name: str, include_named: bool) -> LegalRefExtractor:
    return LegalRefExtractor(include_named=include_named)
