"""Positions: the titles written next to a named person, one role each, linked to that person.

A title is a role word from `corpora/lexicons/roles.tsv` ("Phó Chủ tịch", "Trưởng Ban", "Tỉnh ủy
viên") and the organization written after it ("HĐND Thành phố", "Dân vận Tỉnh ủy", "Bộ Văn hóa, Thể
thao và Du lịch"), with a committee's subject after "về" and a diplomat's posting after "tại"; the
field a deputy is in charge of ("phụ trách khối kinh tế") is left out, a body run "phụ trách" is not.
Titles chain ("Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc Sở Y tế"); a chain is linked to a person when
the text ties them: "Title A", "Title phụ trách … A", "Title là ông A", "Title, ông A", "A, Title",
"A - Title", "A (Title)", "A hiện là Title", a list after "các đồng chí Title:" or "các Title A, B",
or a verb giving the subject a title ("được bầu làm Chủ tịch", "làm trưởng đoàn"). In a biography a form of
address stands for the person the text is about ("Tháng 9/1992 đến tháng 8/1997: Đồng chí làm Phó Thủ tướng
Chính phủ"), and the list of titles its verb gives goes on item by item past the bodies it names.

This module also holds what the officials extractor shares with it: the matching view of a
text, the honorific lexicon and the role matcher.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import Iterable, Mapping

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from extraction.components.agencies import canonical_agency
from extraction.components.base import Mention, SpanExtractor, mentions_of, text_of
from extraction.patterns.agencies import DASHES
from extraction.patterns.names import CLAUSE_INITIAL_ADDRESS, NON_PERSON_PHRASES, UPPER_LETTERS
from extraction.patterns.titles import (ABBREVIATION, ABBREVIATION_DOT, ABBREVIATION_IN_BRACKETS, AGENT_MARKER,
                                        AND_BEFORE_TITLED_NAME, APPOSITION_GAP, APPOSITION_GAP_MAX_CHARS,
                                        ASSIGNMENT_VERB, ASSIGNMENT_VERB_INSIDE, ASSIGNMENT_VERB_MAX_CHARS,
                                        BEFORE_VERB_MAX_CHARS, BRACKETED_ABBREVIATION_BEFORE_UNIT, CHAIN_SEPARATOR,
                                        CLAUSE_OPENING, CLOSED_APPOSITION, CLOSED_BARE_NAME, COMMA_BEFORE_NAME,
                                        COMPOUND_STOP_SYLLABLES, CONCERNING_PERSON, COORDINATED_PREDICATES_MAX_CHARS,
                                        COPULA_AFTER, COPULA_BEFORE, CREDIT_WORDS, DELEGATION_BEFORE,
                                        ENUMERATION_MAX_PARTS, ENUMERATION_MAX_TOKENS, FORMER_MARKERS, FORMER_PREFIX,
                                        FRONTED_CLAUSE, FRONTED_CLAUSE_END, FRONTED_TOPIC, GENERIC_ORG_NOUNS,
                                        GIVEN_NAME_AFTER_ADDRESS, HYPHENATED_PLACE_PARTS, ITEM_GAP, ITEM_GAP_BODIES_MAX,
                                        ITEM_GAP_BODY_MAX_CHARS, LINE_MARKS, LIST_AFTER_PLURAL_TITLE, LIST_COLON,
                                        LIST_INTRO_BEFORE, LIST_ITEM_SEPARATORS, LIST_NAMED_AFTER_TITLE,
                                        LOWERCASE_HEADS, LOWERCASE_RUN_CLOSE, LOWERCASE_RUN_MAX_WORDS,
                                        LOWERCASE_RUN_STOPS, MANAGED_OBJECT_END, MANAGED_OBJECT_MAX_WORDS,
                                        MANAGING_BODY, NAMES_AFTER_ROLE_HEAD, NAME_AFTER_TITLE_GAP, NEGATION_BEFORE,
                                        NEXT_LISTED_NAME, NOMINAL_TAGS, NOTE_AFTER_NAME, NUMBER_BEFORE,
                                        NUMBER_BEFORE_MAX_CHARS, OFFICE_BEFORE, OFFICE_WORD, ORG_CONNECTORS,
                                        ORG_HEAD_AT_END, ORG_HEAD_AT_START, ORG_HEAD_LONGEST, ORG_LOWERCASE_VERBS,
                                        ORG_LOWERCASE_WORDS, ORG_NUMBER, OTHERS_JOINED, PASSIVE_AFTER, PASSIVE_BEFORE,
                                        PERSONAL_NOTES_AFTER_NAME, PHRASE_AFTER_NAME, PLURAL_BEFORE, PLURAL_COPULA,
                                        PORTFOLIO, PORTFOLIO_MAX_WORDS, PORTFOLIO_WORD, POSTING, POSTING_PLACE_END,
                                        PREDICATE_VERBS, PRONOUNS_OF_ANYONE, PRONOUN_PREDICATE, PRONOUN_SUBJECT,
                                        QUALIFIED_BODY, QUALIFIER, QUALIFIER_CHUNK, QUALIFIER_END, QUALIFIER_MAX_WORDS,
                                        REPLACED_BEFORE, REPLACED_BEFORE_MAX_CHARS, ROLE_BLOCKING_HEADS, ROLE_MODIFIERS,
                                        ROLE_PREFIX_ACTING, ROLE_PREFIX_DEPUTY, SEATED_BODY_END, TERM, TERM_START,
                                        TITLED_COORDINATED_NAME, UNIT_WORDS, UNNAMED_HOLDER_BEFORE, WHEN_CLAUSE,
                                        WORD_FORMING_ROLE_STARTS)
from extraction.lexicons import lexicon_key, provinces, read_tsv, two_syllable_words
from extraction.text import fold_tone_placement

_SPACES = re.compile(r"[ \t\u00a0]*")
_NOTE_IN_BRACKETS = re.compile(r"^\s*\([^()\n]*\)")
_ITEM_BODY = re.compile(r"[^,;.:!?\n]+(?=[,;.:!?\n])")
_TOKEN = re.compile(rf"(?:[{UPPER_LETTERS}]\.)+[{UPPER_LETTERS}](?![^\W_])|[^\W_]+(?:[&'’][^\W_]+)*|\S")
"""A word, an abbreviation of single letters with dots ("T.Ư", Trung ương), or any other character."""
_CLAUSE_END = re.compile(r"[.!?\n;:]")
_LIST_END = re.compile(r"\.(?:\s|$)|\n")
_COMPOSABLE = re.compile(r".[\u0300-\u036f\u1dc0-\u1dff]+", re.S)
_TWO_SYLLABLES = re.compile(r"[^\W\d_]+[ \t\u00a0]+([^\W\d_]+)")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_SYLLABLE = re.compile(r"[^\W\d_]+")
_PLACE_PREFIXES = re.compile(r"^(?:TP\.?\s*|Tp\.?\s*|Thành phố\s+|Thủ đô\s+|Tỉnh\s+)")
_PLACE_PARTS = re.compile(r"\s[-–]\s|-")
_MAX_PLACE_SYLLABLES = 4
_NAME_KINDS = frozenset({"word_start", "word", "whole_word", "compound", "lower_word", "field_word",
                         "embedded_role", "lower_head", "lower_run", "head_name", "bracketed_abbreviation"})
"""Kinds of the tokens inside the words of a name, before any unit or place."""
_CLOSING_KINDS = frozenset({"unit", "place", "abbreviation", "number"})
"""Kinds after which only another unit or a capitalized part continues a name: "UBND tỉnh chỉ đạo" ends at "tỉnh"."""


@dataclass(frozen=True)
class Normalized:
    """The text in NFC with "Ð" (U+00D0) read as "Đ", and the way back to the offsets of the original."""

    text: str
    starts: tuple[int, ...] | None = None  # original start of each character; None: the text was already NFC
    ends: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def to_normalized(self, mentions: Iterable[Mention]) -> list[Mention]:
        """Mentions of the original text, with offsets into the normalized text."""
        if self.starts is None or self.ends is None:
            return list(mentions)
        boundaries = {start: i for i, start in reversed(list(enumerate(self.starts)))}
        boundaries[self.ends[-1]] = len(self.text)
        return [Mention(boundaries[m.start], boundaries[m.end], m.label, m.attrs) for m in mentions]


def normalized(text: str) -> Normalized:
    """NFC the text for matching; mentions found in it are mapped back with `original_span`."""
    mapped = text.replace("\u00d0", "Đ")
    if unicodedata.is_normalized("NFC", mapped):
        return Normalized(mapped)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for grapheme in _COMPOSABLE.finditer(mapped):
        chars.append(mapped[done:grapheme.start()])
        starts.extend(range(done, grapheme.start()))
        ends.extend(range(done + 1, grapheme.start() + 1))
        composed = unicodedata.normalize("NFC", grapheme.group())
        chars.append(composed)
        starts.extend([grapheme.start()] * len(composed))
        ends.extend([grapheme.end()] * len(composed))
        done = grapheme.end()
    chars.append(mapped[done:])
    starts.extend(range(done, len(mapped)))
    ends.extend(range(done + 1, len(mapped) + 1))
    return Normalized("".join(chars), tuple(starts), tuple(ends))


def match_view(text: str) -> str:
    """The text lower-cased, with old-style tone marks moved ("uỷ" → "ủy"), of the same length:
    offsets into the view are offsets into the text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return fold_tone_placement(lowered)


@lru_cache(maxsize=2)
def text_view(text: str) -> str:
    """`match_view` of a whole text, kept for the next extractor that reads the same text."""
    return match_view(text)


def _words_alternation(surfaces: Iterable[str]) -> str:
    """One regex alternative for all the (view-normalized) words, as a trie: the longest match wins
    and matching costs one branch per character, however many words there are."""
    trie: dict = {}
    for surface in {match_view(s) for s in surfaces}:
        node = trie
        for char in surface:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
                for char, child in sorted(node.items(), key=lambda item: item[0] == "") if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


# --- honorifics -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Honorific:
    start: int
    end: int
    strong: bool


@dataclass(frozen=True)
class HonorificLexicon:
    kinds: dict[str, tuple[str, bool]]
    pattern: re.Pattern[str]
    before: re.Pattern[str]

    def at(self, text: str, view: str, pos: int) -> Honorific | None:
        """The honorific starting at `pos`, if any."""
        match = self.pattern.match(view, pos)
        return self._checked(text, match) if match else None

    def ending_at(self, text: str, view: str, pos: int) -> Honorific | None:
        """The honorific written just before `pos` (whitespace between), if any."""
        match = self.before.search(view, max(0, pos - 48), pos)
        return self._checked(text, match, group="h") if match else None

    def _checked(self, text: str, match: re.Match[str], group: int | str = 0) -> Honorific | None:
        start, end = match.span(group)
        kind, strong = self.kinds[re.sub(r"\s+", " ", match.group(group))]
        surface = text[start:end]
        if kind == "address" and not strong and surface[:1].isupper() and not opens_address(text, start, surface):
            return None  # "Anh" inside "Phạm Anh Tuấn", not the form of address; "Ngài" is written capitalized
        return Honorific(start, end, strong)


def opens_sentence(text: str, pos: int) -> bool:
    """Whether `pos` opens a sentence, a line, a quotation or a list item (a capital there says nothing)."""
    before = text[max(0, pos - 4):pos].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?:;…\n(“\"'-–—*#>[]"


def opens_address(text: str, pos: int, word: str) -> bool:
    """Whether a capitalized form of address at `pos` may be one: opening a sentence, or after a comma or "và" for
    the forms some writers capitalize there."""
    before = text[max(0, pos - 4):pos].rstrip(" \t\u00a0")
    after_comma = before.endswith(",") or before.endswith(" và")
    return opens_sentence(text, pos) or (word in CLAUSE_INITIAL_ADDRESS and after_comma
                                         and not known_place_length(text, pos))  # "… và Bà Rịa - Vũng Tàu"


@lru_cache(maxsize=1)
def honorifics() -> HonorificLexicon:
    rows = read_tsv("honorifics.tsv", header=False)
    kinds = {match_view(surface): (kind, strength == "strong") for surface, kind, strength in rows}
    alternation = _words_alternation(surface for surface, *_ in rows)
    boundary = r"(?:(?<=\.)|(?![\w]))"
    return HonorificLexicon(
        kinds,
        re.compile(rf"(?<![\w.])(?:{alternation}){boundary}"),
        re.compile(rf"(?<![\w.])(?P<h>{alternation}){boundary}[ \t\u00a0]*$"),
    )


# --- roles ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RoleEntry:
    canonical: str
    organization_part: str | None
    specialty: bool
    posting: bool


@dataclass(frozen=True)
class RoleMatch:
    """A role word in the text: [start, end) with its canonical role; `organization_start` is where
    the organization begins when the role word already names it ("Trưởng Ban" → "Ban")."""

    start: int
    end: int
    canonical: str
    organization_start: int | None
    specialty: bool
    posting: bool


@dataclass(frozen=True)
class RoleLexicon:
    entries: dict[str, RoleEntry]
    modifiers: dict[str, str]
    pattern: re.Pattern[str]

    def at(self, text: str, view: str, pos: int) -> RoleMatch | None:
        match = self.pattern.match(view, pos)
        return self.from_match(text, view, match) if match else None

    def all_in(self, text: str, view: str) -> tuple[RoleMatch, ...]:
        """Every role word of the text (both extractors ask for them: the answer is kept for the last texts)."""
        return _role_matches(text, view)

    def all_in_span(self, text: str, view: str, start: int, end: int) -> list[RoleMatch]:
        return [role for role in self.all_in(text, view) if start <= role.start < end]

    def from_match(self, text: str, view: str, match: re.Match[str]) -> RoleMatch | None:
        """The role a match of `pattern` stands for; None for a body named like a role ("Ban Giám đốc")."""
        entry = self.entries[re.sub(r"\s+", " ", match.group("core"))]
        acting = bool(match.group("acting")) and not _forms_word_with_previous(
            text, match.start(), text[match.start():match.end("acting")].strip())  # not "chính quyền Tổng thống"
        start = match.start() if acting or not match.group("acting") else match.end("acting")
        prefixed = acting or match.group("deputy")
        if not prefixed and _after_blocking_head(text, start):
            return None
        first_syllable = _SYLLABLE.match(text, start)
        if first_syllable and first_syllable.group() in WORD_FORMING_ROLE_STARTS \
                and _forms_word_with_previous(text, start, first_syllable.group()):
            return None  # "chức vụ | Phó Chủ tịch": "vụ phó" is no role there
        canonical = " ".join(part for part in (
            ROLE_PREFIX_ACTING if acting else "",
            ROLE_PREFIX_DEPUTY if match.group("deputy") else "",
            entry.canonical,
            self.modifiers[match_view(match.group("modifier").strip())] if match.group("modifier") else "",
        ) if part)
        organization_start = None
        if entry.organization_part:
            offset = view.find(match_view(entry.organization_part).split()[0], match.start("core"))
            organization_start = offset if offset >= 0 else None
        if organization_start is not None and match.group("modifier"):
            organization_start = _SPACES.match(text, match.end()).end()  # "Phó Trưởng Ban Thường trực | Ban Tổ chức"
        return RoleMatch(start, match.end(), canonical, organization_start, entry.specialty, entry.posting)

    def embedded_end(self, text: str, view: str, pos: int) -> int | None:
        """End of a role word written as a word of a body's name ("Văn phòng Chủ tịch nước"), if one is at `pos`."""
        match = self.pattern.match(view, pos)
        return match.end() if match and self.from_match(text, view, match) is None else None


@lru_cache(maxsize=4)
def _role_matches(text: str, view: str) -> tuple[RoleMatch, ...]:
    lexicon = roles()
    found, pos = [], 0
    while match := lexicon.pattern.search(view, pos):
        role = lexicon.from_match(text, view, match)
        if role:
            found.append(role)
        pos = match.end() if role else match.start() + 1  # "chức vụ | Phó Chủ tịch" after "vụ Phó" is rejected
    return tuple(found)


def _after_blocking_head(text: str, pos: int) -> bool:
    before = text[max(0, pos - 16):pos]
    return any(before.endswith(f"{head} ") and (len(before) == len(head) + 1
                                                or not before[-len(head) - 2].isalnum())
               for head in ROLE_BLOCKING_HEADS)


@lru_cache(maxsize=1)
def roles() -> RoleLexicon:
    entries: dict[str, RoleEntry] = {}
    for row in read_tsv("roles.tsv", header=False):
        surface, canonical, organization_part, specialty, posting = (row + [""] * 5)[:5]
        entries[match_view(surface)] = RoleEntry(canonical, organization_part or None, specialty == "yes",
                                                 posting == "yes")
    alternation = _words_alternation(entries)
    modifiers = _words_alternation(ROLE_MODIFIERS)
    acting, deputy = match_view(ROLE_PREFIX_ACTING), match_view(ROLE_PREFIX_DEPUTY)
    pattern = re.compile(rf"(?<![\w])(?P<acting>{acting}\s+)?(?P<deputy>{deputy}\s+)?"
                         rf"(?P<core>{alternation})(?P<modifier>\s+(?:{modifiers}))?(?![\w])")
    return RoleLexicon(entries, {match_view(m): m for m in ROLE_MODIFIERS}, pattern)


# --- organizations after a role word --------------------------------------------------------------

@dataclass(frozen=True)
class Scan:
    """A text being scanned for titles; a title never runs into one of `stops` (where a person's name
    starts) nor past the end of its line."""

    text: str
    view: str
    stops: frozenset[int]
    bodies: Mapping[int, int] = field(default_factory=dict)
    """Where each agency the agency grammar found starts, and where it ends: a title's organization
    written from such a start runs at least as far (SPEC: "the role with its organization")."""
    body_starts: tuple[int, ...] = field(init=False)
    """The starts of `bodies`, in order."""
    non_nominal: frozenset[int] | None = None
    """Where the words the POS tagger reads as neither nouns nor adjectives start (verbs, prepositions, adverbs…);
    None when the caller passes no tags (then no run of lower-case words ends an organization's name, see
    `_lowercase_run_end`)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "body_starts", tuple(sorted(self.bodies)))


def _is_title_case(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or not any(c.isupper() for c in word[1:]))


@lru_cache(maxsize=1)
def _organization_lowercase_word() -> re.Pattern[str]:
    return re.compile(rf"(?:{_words_alternation(ORG_LOWERCASE_WORDS)})(?![^\W_])")


@lru_cache(maxsize=1)
def _generic_organization_nouns() -> frozenset[str]:
    return frozenset(match_view(w) for w in GENERIC_ORG_NOUNS)


def organization_word_end(view: str, pos: int) -> int | None:
    """End of an organization word written in lower case at `pos` ("đất đai", "nhân dân")."""
    match = _organization_lowercase_word().match(view, pos)
    return match.end() if match else None


def _next_token(scan: Scan, pos: int) -> re.Match[str] | None:
    start = _SPACES.match(scan.text, pos).end()
    if start in scan.stops:
        return None
    return _TOKEN.match(scan.text, start)


def _continues_organization(scan: Scan, pos: int) -> bool:
    """After a connector: does a capitalized part of the same name follow, or a lower-case word of
    organization names that is no predicate ("Chi cục Quản lý chất lượng nông lâm sản và thủy sản", "Phòng Văn
    hóa và thông tin huyện")?"""
    token = _next_token(scan, pos)
    if not token:
        return False
    word = token.group()
    if word[:1].islower():
        word_end = organization_word_end(scan.view, token.start())
        return bool(word_end) and (not _is_predicate(scan, token.start(), word_end) or _phrase_follows(scan, word_end))
    starts_title = roles().at(scan.text, scan.view, token.start()) or _rank_at(scan, token.start()) \
        or (word in CLAUSE_INITIAL_ADDRESS and opens_address(scan.text, token.start(), word))  # "… và | Ông A"
    return ((_is_title_case(word) or bool(ABBREVIATION.fullmatch(word))) and not starts_title
            and word not in CREDIT_WORDS)


def _parent_after_dash(scan: Scan, at: int) -> bool:
    """A dash between a unit and the body it belongs to: "Phòng Chỉ đạo tuyến | - Bệnh viện Da liễu Trung ương"; not
    between the bodies of one office ("Văn phòng HĐND - UBND huyện")."""
    following = _SPACES.match(scan.text, at + 1).end()
    head = ORG_HEAD_AT_START.match(scan.text, following)
    return scan.text[at] in DASHES and following > at + 1 and head is not None and not head.group().isupper()


def _phrase_follows(scan: Scan, pos: int) -> bool:
    """A word that opens another phrase comes next ("Sở Kế hoạch và đầu tư | cùng lãnh đạo …"): the enumerated word
    before it ends the name, it takes no object."""
    following = _next_token(scan, pos)
    return following is not None and following.group() in PHRASE_AFTER_NAME


def _rank_at(scan: Scan, pos: int) -> bool:
    """A rank or degree before a name starts here ("Tiến sĩ Lê …", "Thượng úy Nguyễn …"): a person, not an
    organization, follows; "Đoàn Luật sư tỉnh" and "Liên đoàn Luật sư Việt Nam" name a body."""
    honorific = honorifics().at(scan.text, scan.view, pos)
    if not (honorific and honorific.strong):
        return False
    following = _SPACES.match(scan.text, honorific.end).end()
    return scan.text[following:following + 1].isupper() and not known_place_length(scan.text, following)


def organization_end(scan: Scan, start: int, *, after_head: bool) -> int:
    """Where the organization written from `start` ends (== start when there is none)."""
    end, pos = start, start
    kind = "head" if after_head else "role"
    while True:
        token = _next_token(scan, pos)
        if not token:
            return end
        word, at = token.group(), token.start()
        kind = _organization_token_kind(scan, word, at, kind)
        if kind == "stop":
            return end
        if kind == "connector":
            pos = token.end()
            continue
        pos = end = _token_extent(scan, token, kind)


def _organization_token_kind(scan: Scan, word: str, at: int, previous: str) -> str:
    text, view = scan.text, scan.view
    if word == "(" and previous in _NAME_KINDS and BRACKETED_ABBREVIATION_BEFORE_UNIT.match(text, at):
        return "bracketed_abbreviation"
    if word == ",":
        return "connector" if previous in _NAME_KINDS and _enumeration_follows(scan, at + 1) else "stop"
    if word[:1].islower():
        return _lowercase_token_kind(scan, word, at, previous)
    if word in ORG_CONNECTORS:
        return "connector" if _continues_organization(scan, at + len(word)) and not _parent_after_dash(scan, at) \
            else "stop"
    if UNIT_WORDS.match(text, at) and ABBREVIATION.fullmatch(word):
        return "unit"
    if roles().embedded_end(text, view, at):
        return "embedded_role"
    if roles().at(text, view, at) or _rank_at(scan, at) or word in CREDIT_WORDS or TERM_START.match(text, at):
        return "stop"
    if ORG_NUMBER.match(text, at) and previous != "role":
        return "number"
    if _is_title_case(word):
        starts_word = previous not in ("word_start", "word", "place") or _ends_with_head(text, at)
        if previous in ("unit", "place"):
            return "place"
        if starts_word and (organization_word_end(view, at) or at) > at + len(word):
            return "whole_word"  # "Chữ thập đỏ", "Người cao tuổi": a word of organization names, capitalized
        return "word_start" if starts_word else "word"
    if ABBREVIATION.fullmatch(word):
        return "abbreviation"
    return "stop"


def _lowercase_token_kind(scan: Scan, word: str, at: int, previous: str) -> str:
    text, view = scan.text, scan.view
    if word in ORG_CONNECTORS and _continues_organization(scan, at + len(word)) \
            and not OTHERS_JOINED.match(scan.view, at):
        return "connector"
    if previous == "role" and _lowercase_head_end(scan, at):
        return "lower_head"
    if previous == "head" or OFFICE_BEFORE.search(text, max(0, at - 12), at):
        name = NAMES_AFTER_ROLE_HEAD.match(scan.view, at)
        if name and LOWERCASE_RUN_CLOSE.match(text, name.end()):
            return "head_name"  # "Trưởng phòng | tham mưu Công an tỉnh", "Văn phòng | đại diện"
    if previous in _CLOSING_KINDS:
        return "unit" if UNIT_WORDS.match(text, at) else "stop"
    word_end = organization_word_end(view, at)
    if word_end:
        if previous == "lower_head" and view[at:word_end] in _lowercase_verbs():
            return "stop"  # "Giám đốc bệnh viện | thông tin."
        after_head = previous == "head" or (previous == "word_start" and _ends_with_head(text, at))
        enumerated = previous == "connector" and _phrase_follows(scan, word_end)  # "Kế hoạch và đầu tư | cùng"
        return "stop" if not (after_head or enumerated) and _is_predicate(scan, at, word_end) else "lower_word"
    if UNIT_WORDS.match(text, at):
        return "unit"
    if word in COMPOUND_STOP_SYLLABLES:
        return "stop"
    if (previous == "word_start" and not PREDICATE_VERBS.match(view, at) and not QUALIFIER_END.match(view, at)) \
            or (previous in ("word", "compound") and _forms_word_with_previous(text, at, word)):
        return "compound"
    if previous in _NAME_KINDS and _field_word_before_name_part(scan, at):
        return "field_word"
    if (previous in _NAME_KINDS or previous == "head") and _lowercase_run_end(scan, at):
        return "lower_run"  # "Hội Doanh nhân | trẻ tỉnh", "Trưởng Ban | đại diện HĐQT"
    return "stop"


def _lowercase_run_end(scan: Scan, at: int) -> int | None:
    """The end of the lower-case words ending a name written with its first word alone capitalized ("Hội Doanh
    nhân | trẻ tỉnh", "Phòng Kê khai và kế toán | thuế,"): a few nouns and adjectives (by the POS tagger), none a
    word that says when, how many or where, closed as a name is: by a unit, a capitalized word that opens no title, an
    abbreviation, a person's name, a bracket, a punctuation mark, or the word opening the predicate ("Cục Quản lý |
    dược | trong thời hạn 5 năm"). None when they are not so."""
    if scan.non_nominal is None:
        return None
    pos = end = at
    predicate = False
    for _ in range(LOWERCASE_RUN_MAX_WORDS):
        token = _next_token(scan, pos)
        if token is None or not token.group().isalpha() or not token.group()[:1].islower() \
                or UNIT_WORDS.match(scan.text, token.start()) or honorifics().at(scan.text, scan.view, token.start()):
            break
        if token.group() in ORG_CONNECTORS and end > at:
            pos = token.end()
            continue
        if token.start() in scan.non_nominal or token.group() in COMPOUND_STOP_SYLLABLES \
                or PREDICATE_VERBS.match(scan.view, token.start()):
            predicate = True
            break
        if token.group() in LOWERCASE_RUN_STOPS or _ends_managed_object(scan, token.start()):
            return None
        pos = end = token.end()
    else:
        return None
    if end == at or pos != end:
        return None
    following = _SPACES.match(scan.text, end).end()
    closed = predicate or LOWERCASE_RUN_CLOSE.match(scan.text, end) or UNIT_WORDS.match(scan.text, following) \
        or honorifics().at(scan.text, scan.view, following)
    return end if closed and not roles().at(scan.text, scan.view, following) else None


def _lowercase_head_end(scan: Scan, at: int) -> int | None:
    """The end of an organization's kind written in lower case right after a role word ("Giám đốc | bệnh viện")."""
    head = LOWERCASE_HEADS.match(scan.view, at)
    if not head:
        return None
    if " " not in head.group():
        pair = _TWO_SYLLABLES.match(scan.text, at)
        if pair and lexicon_key(pair.group()) in two_syllable_words():
            return None
    return head.end()


def _is_predicate(scan: Scan, at: int, word_end: int) -> bool:
    """A verb among the organization words with its object after it: "(Sở Y tế) kiểm tra công tác"."""
    if scan.view[at:word_end] not in _lowercase_verbs():
        return False
    following = _next_token(scan, word_end)
    if following is None or not following.group()[:1].islower():
        return False
    return not (organization_word_end(scan.view, following.start()) or UNIT_WORDS.match(scan.text, following.start())
                or following.group() in ORG_CONNECTORS)


@lru_cache(maxsize=1)
def _lowercase_verbs() -> frozenset[str]:
    return frozenset(match_view(w) for w in ORG_LOWERCASE_VERBS)


def _forms_word_with_previous(text: str, at: int, word: str) -> bool:
    """The syllable before `at` and `word` make one word of the dictionary: "(Tổng) Liên đoàn"."""
    previous = _LAST_WORD.search(text[max(0, at - 12):at].rstrip())
    return bool(previous) and lexicon_key(f"{previous.group()} {word}") in two_syllable_words()


def _field_word_before_name_part(scan: Scan, at: int) -> bool:
    """A two-syllable word of the dictionary followed by a word of organization names, a unit or a known
    place: "Trung tâm pháp y tỉnh", "Hội khoa học lịch sử Việt Nam", "Phòng Vật tư thiết bị y tế"."""
    pair = _TWO_SYLLABLES.match(scan.text, at)
    if not pair or lexicon_key(pair.group()) not in two_syllable_words() or pair.end() in scan.stops \
            or _ends_managed_object(scan, at) or PREDICATE_VERBS.match(scan.view, at):
        return False  # a verb opening the predicate: "Tập đoàn Kowa Denki | giới thiệu kế hoạch"
    following = _next_token(scan, pair.end())
    if following is None:
        return False
    at = following.start()
    word_end = organization_word_end(scan.view, at)
    return bool(word_end and not _is_predicate(scan, at, word_end)) or bool(UNIT_WORDS.match(scan.text, at)) \
        or known_place_length(scan.text, at) > 0


def _enumeration_follows(scan: Scan, pos: int) -> bool:
    """After a comma inside a name: more capitalized fields, the last one after "và" ("Bộ Văn hóa, Thể thao
    và Du lịch"); none of them opens an organization, a title or a person's name."""
    parts, part_open = 0, False
    for _ in range(ENUMERATION_MAX_TOKENS):
        token = _next_token(scan, pos)
        if token is None:
            return False
        word = token.group()
        if not part_open:
            if not _opens_enumerated_field(scan, token):
                return False
            parts, part_open = parts + 1, True
        elif word == "và":
            following = _next_token(scan, token.end())
            return following is not None and _opens_enumerated_field(scan, following)
        elif word == ",":
            part_open = parts < ENUMERATION_MAX_PARTS
            if not part_open:
                return False
        elif not word[:1].isalpha() or roles().at(scan.text, scan.view, token.start()):
            return False
        pos = token.end()
    return False


def _opens_enumerated_field(scan: Scan, token: re.Match[str]) -> bool:
    """A capitalized word, or a lower-case word of organization names ("Trung tâm Xúc tiến đầu tư, thương mại
    và du lịch"), that opens no organization, title or rank."""
    word, at = token.group(), token.start()
    if word[:1].islower():
        word_end = organization_word_end(scan.view, at)
        return bool(word_end) and scan.view[at:word_end] not in _lowercase_verbs()
    return (_is_title_case(word) and word not in CREDIT_WORDS and not ORG_HEAD_AT_START.match(scan.text, at)
            and not roles().at(scan.text, scan.view, at) and not _rank_at(scan, at))


def _ends_with_head(text: str, pos: int) -> bool:
    before = text[max(0, pos - 24):pos].rstrip()
    return bool(ORG_HEAD_AT_END.search(before, max(0, len(before) - ORG_HEAD_LONGEST)))


def _token_extent(scan: Scan, token: re.Match[str], kind: str) -> int:
    if kind in ("lower_word", "whole_word"):
        return organization_word_end(scan.view, token.start()) or token.end()
    if kind == "unit":
        return UNIT_WORDS.match(scan.text, token.start()).end()
    if kind == "field_word":
        return _TWO_SYLLABLES.match(scan.text, token.start()).end()
    if kind == "head_name":
        return NAMES_AFTER_ROLE_HEAD.match(scan.view, token.start()).end()
    if kind == "lower_run":
        return _lowercase_run_end(scan, token.start()) or token.end()
    if kind == "lower_head":
        return _lowercase_head_end(scan, token.start()) or token.end()
    if kind == "embedded_role":
        return roles().embedded_end(scan.text, scan.view, token.start()) or token.end()
    if kind == "bracketed_abbreviation":
        return BRACKETED_ABBREVIATION_BEFORE_UNIT.match(scan.text, token.start()).end()
    return token.end()


# --- places ---------------------------------------------------------------------------------------

def _province_phrases() -> set[str]:
    phrases: set[str] = set()
    for province in provinces():
        for phrase in [province.name, province.province_2025, *province.variants]:
            phrase = _PLACE_PREFIXES.sub("", phrase.strip())
            phrases.update(part.strip() for part in _PLACE_PARTS.split(phrase) if part.strip())
            phrases.add(phrase)
    return phrases


@lru_cache(maxsize=1)
def place_keys() -> frozenset[str]:
    """The provinces (and their parts: "Bà Rịa", "Vũng Tàu"), countries and regions, as matching views."""
    return frozenset(match_view(p) for p in _province_phrases() | NON_PERSON_PHRASES if p)


def known_place_length(text: str, pos: int) -> int:
    """How many characters from `pos` name a known place ("Đà Nẵng", "Việt Nam"), 0 if none does."""
    end, length = pos, 0
    for _ in range(_MAX_PLACE_SYLLABLES):
        syllable = _SYLLABLE.match(text, end)
        if not syllable or not syllable.group()[0].isupper():
            break
        end = syllable.end()
        if match_view(text[pos:end]) in place_keys():
            length = end - pos
        if not text.startswith(" ", end):
            break
        end += 1
    return length


# --- titles and chains ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Title:
    start: int
    end: int
    role: str
    organization_start: int | None
    former: bool

    def organization_span(self, text: str) -> tuple[int, int] | None:
        """Where the organization part of the title is, if it names one ("Trưởng ban" names none)."""
        if self.organization_start is None or self.organization_start >= self.end:
            return None
        if match_view(text[self.organization_start:self.end].strip()) in _generic_organization_nouns():
            return None
        return self.organization_start, self.end


def _specialty_end(scan: Scan, pos: int) -> int:
    """Capitalized words naming the field of "Trợ lý", "Chuyên viên" up to an organization's name."""
    end, kind = pos, "role"
    while (token := _next_token(scan, end)) and not _ends_with_head(scan.text, token.end()) \
            and not ORG_HEAD_AT_START.match(scan.text, token.start()):
        kind = _organization_token_kind(scan, token.group(), token.start(), kind)
        if kind not in ("word_start", "word", "compound"):
            break
        end = token.end()
    return end


def parse_title(scan: Scan, role: RoleMatch) -> Title:
    role_end = _specialty_end(scan, role.end) if role.specialty else role.end
    canonical = role.canonical + scan.text[role.end:role_end] if role_end > role.end else role.canonical
    end = organization_end(scan, role_end, after_head=role.organization_start is not None)
    if role.organization_start is not None:
        organization_start: int | None = role.organization_start
    else:
        organization_start = _SPACES.match(scan.text, role_end).end() if end > role_end else None
    names_no_organization = organization_start is None or end == role_end
    if names_no_organization and (in_charge := _organization_in_charge(scan, role_end)):
        organization_start, end = in_charge
    if organization_start is not None and QUALIFIED_BODY.match(scan.view, organization_start) \
            and not UNIT_WORDS.search(scan.text, organization_start, end):
        end = _subject_end(scan, end)
    if organization_start is not None and MANAGING_BODY.search(scan.view, organization_start, end) \
            and not UNIT_WORDS.search(scan.text, organization_start, end):
        end = _managed_object_end(scan, end)
    if organization_start is not None:
        end = _whole_body_end(scan, organization_start, end)
    if role.posting or scan.view.endswith(SEATED_BODY_END, 0, end):
        end = _posting_end(scan, end)
    former = bool(FORMER_MARKERS.search(scan.text, max(0, role.start - 8), role.start))
    return Title(role.start, end, canonical, organization_start, former)


def _whole_body_end(scan: Scan, organization_start: int, end: int) -> int:
    """`end`, or the end of an agency written from inside the organization (from `organization_start` or a
    later word of it) when it runs further on the same line and no person's name starts inside it ("Trưởng Ban
    Chính sách, chiến lược Trung ương", "Trưởng khoa Chống độc Bệnh viện Đa khoa vùng Tây Nguyên")."""
    inside = scan.body_starts[bisect_left(scan.body_starts, organization_start):bisect_left(scan.body_starts, end)]
    body_end = max((scan.bodies[start] for start in inside), default=end)
    if body_end <= end or "\n" in scan.text[end:body_end] \
            or any(end <= stop < body_end for stop in scan.stops):
        return end
    term = TERM.search(scan.text, end, body_end)  # a term stays out of the title
    return max(end, term.start()) if term else body_end


def _organization_in_charge(scan: Scan, pos: int) -> tuple[int, int] | None:
    """The organization a deputy runs, after "phụ trách": "Phó Giám đốc phụ trách Sở Y tế"."""
    portfolio = PORTFOLIO.match(scan.text, pos)
    if not portfolio or not ORG_HEAD_AT_START.match(scan.text, portfolio.end()):
        return None
    end = organization_end(scan, portfolio.end(), after_head=False)
    return (portfolio.end(), end) if end > portfolio.end() else None


def _subject_end(scan: Scan, end: int) -> int:
    """The end of what a body is about, written after "về": "Ban Chỉ đạo Trung ương về tổng kết việc thực hiện
    Nghị quyết số 18-NQ/TW"; it runs up to punctuation, a title, a person's name or the predicate."""
    qualifier = QUALIFIER.match(scan.text, end)
    if not qualifier:
        return end
    subject_end, at = end, qualifier.end()
    for _ in range(QUALIFIER_MAX_WORDS):
        chunk = QUALIFIER_CHUNK.match(scan.text, at)
        if not chunk or at in scan.stops or QUALIFIER_END.match(scan.view, at) \
                or roles().at(scan.text, scan.view, at):
            break
        subject_end = chunk.end()
        if not scan.text.startswith(" ", subject_end):
            break
        at = subject_end + 1
    return subject_end


def _managed_object_end(scan: Scan, end: int) -> int:
    """The end of what a board manages, written after its name: "Ban Quản lý rừng phòng hộ Ia Grai",
    "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh". It is read only when it closes like a name: at
    punctuation, a person's name, a title, or a unit and its place; before a predicate it is left out."""
    at = end
    for _ in range(MANAGED_OBJECT_MAX_WORDS):
        word_start = _SPACES.match(scan.text, at).end()
        if UNIT_WORDS.match(scan.text, word_start) and at > end:
            return organization_end(scan, at, after_head=True)
        chunk = QUALIFIER_CHUNK.match(scan.text, word_start)
        if not chunk or word_start in scan.stops or roles().at(scan.text, scan.view, word_start):
            return at
        if _ends_managed_object(scan, word_start):
            return end
        at = organization_word_end(scan.view, word_start) or chunk.end()
    return end


def _ends_managed_object(scan: Scan, at: int) -> bool:
    return bool(QUALIFIER_END.match(scan.view, at) or MANAGED_OBJECT_END.match(scan.view, at)
                or honorifics().at(scan.text, scan.view, at))


def _posting_end(scan: Scan, end: int) -> int:
    """The end of the place a diplomat or a representative is posted to, written after the title: "Đại sứ Việt Nam
    tại Nhật Bản"."""
    posting = POSTING.match(scan.text, end)
    if not posting or not _is_title_case(scan.text[posting.end():posting.end() + 1]):
        return end
    place_end = organization_end(scan, posting.end(), after_head=True)
    if hyphenated := HYPHENATED_PLACE_PARTS.match(scan.text, place_end):
        place_end = hyphenated.end()
    conjunction = POSTING_PLACE_END.search(scan.text, posting.end(), place_end)
    place_end = conjunction.start() if conjunction else place_end
    return place_end if place_end > posting.end() else end


def portfolio_end(scan: Scan, pos: int) -> int:
    """The end of the term and the field written after a title ("khóa XII", "phụ trách khối kinh tế"), or `pos`
    when there is neither. The field runs over words and dashes, up to punctuation, a title or a person's name."""
    pos = _term_end(scan.text, pos)
    portfolio = PORTFOLIO.match(scan.text, pos)
    if not portfolio:
        return pos
    end = at = portfolio.start()
    for _ in range(PORTFOLIO_MAX_WORDS):
        start = _SPACES.match(scan.text, at).end()
        word = PORTFOLIO_WORD.match(scan.text, start)
        if not word or start in scan.stops or word.group() == "kiêm" or roles().at(scan.text, scan.view, start):
            break
        at = word.end()
        if word.group()[0].isalpha():
            end = at
    return end


def parse_chain(scan: Scan, role: RoleMatch) -> list[Title]:
    """The titles chained from `role`: "Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc Sở Y tế", also past the
    field of a title ("Phó Chủ tịch UBND tỉnh phụ trách khối kinh tế, Trưởng Ban …")."""
    chain = [parse_title(scan, role)]
    if DELEGATION_BEFORE.search(scan.view, max(0, role.start - 30), role.start):
        return chain
    while True:
        after = portfolio_end(scan, chain[-1].end)
        abbreviation = ABBREVIATION_IN_BRACKETS.match(scan.text, after)
        separator = CHAIN_SEPARATOR.match(scan.text, abbreviation.end() if abbreviation else after)
        if not separator or separator.end() in scan.stops:
            return chain
        at = separator.end()
        former = FORMER_PREFIX.match(scan.text, at)
        next_role = roles().at(scan.text, scan.view, former.end() if former else at)
        if not next_role:
            return chain
        chain.append(parse_title(scan, next_role))


def name_start_after(scan: Scan, chain_end: int) -> int:
    """Where the name of the person a chain of titles is written before would start: past a field
    ("phụ trách …"), a note in brackets, a dash or "là" ("Phó Chủ tịch UBND tỉnh phụ trách khối kinh tế
    Nguyễn Văn A", "Trưởng đoàn là đồng chí A")."""
    return NAME_AFTER_TITLE_GAP.match(scan.text, portfolio_end(scan, chain_end)).end()


def title_chains(scan: Scan) -> list[list[Title]]:
    """Every chain of titles in the text, left to right, not overlapping."""
    chains: list[list[Title]] = []
    covered = 0
    for role in roles().all_in(scan.text, scan.view):
        if role.start < covered:
            continue
        chain = parse_chain(scan, role)
        chains.append(chain)
        covered = chain[-1].end
    return chains


# --- linking titles to persons --------------------------------------------------------------------

def _person_before(officials: list[Mention], text: str, chain: list[Title]) -> Mention | None:
    """The person a chain is in apposition to: "A, Title", "A - Title", "A (Title"."""
    chain_start = chain[0].start
    for person in reversed(officials):
        if person.end <= chain_start:
            notes = PERSONAL_NOTES_AFTER_NAME.match(text, person.end, chain_start)
            gap = text[notes.end() if notes else person.end:chain_start]
            if len(_NOTE_IN_BRACKETS.sub("", gap)) >= APPOSITION_GAP_MAX_CHARS or not APPOSITION_GAP.fullmatch(gap):
                return None
            if _in_fronted_topic(text, person.start) and not CLOSED_APPOSITION.match(text, chain[-1].end):
                return None
            return person
    return None


def _in_fronted_topic(text: str, pos: int) -> bool:
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, pos)), default=0)
    return bool(FRONTED_TOPIC.match(text, clause_start)) and "," not in text[clause_start:pos]


def _person_after(officials: list[Mention], scan: Scan, chain_end: int, *, comma: bool) -> Mention | None:
    """The person a chain is written before: "Title A", "Title - A", "Title ông A", "Title phụ trách … A",
    and when `comma` is allowed "Title, ông A"."""
    gap_start = portfolio_end(scan, chain_end)
    for person in officials:
        if person.start >= gap_start:
            gap_end = person.start
            honorific = honorifics().ending_at(scan.text, scan.view, gap_end)
            if honorific and honorific.start >= gap_start:
                gap_end = honorific.start
            gap = scan.text[gap_start:gap_end]
            if len(gap) < 40 and NAME_AFTER_TITLE_GAP.fullmatch(gap):
                return person
            closed = honorific or CLOSED_BARE_NAME.match(scan.text, person.end)
            comma_ties = comma and closed and COMMA_BEFORE_NAME.fullmatch(gap)
            return person if comma_ties and not COPULA_AFTER.match(scan.text, person.end) else None
    return None


def _person_concerned(officials: list[Mention], scan: Scan, chain: list[Title]) -> Mention | None:
    """The person a decision about the office concerns, written after its title: "(miễn nhiệm chức vụ) Title (term)
    đối với ông A"; the office is named as one earlier in the sentence ("chức", "nhiệm vụ"), not "Quyết định xử phạt của
    Title đối với ông A"."""
    concerning = CONCERNING_PERSON.match(scan.text, _term_end(scan.text, chain[-1].end))
    if not concerning or not OFFICE_WORD.search(scan.view, _sentence_start(scan.text, chain[0].start), chain[0].start):
        return None
    name_start = _name_start_past_address(scan, concerning.end())
    return next((person for person in officials if person.start == name_start), None)


def _name_start_past_address(scan: Scan, pos: int) -> int:
    """Where a name written at `pos` starts, past a form of address or rank."""
    honorific = honorifics().at(scan.text, scan.view, pos)
    return _SPACES.match(scan.text, honorific.end).end() if honorific else pos


def _opens_next_item(scan: Scan, chain_end: int, after: Mention) -> bool:
    """A dash and a form of address before the next name start another item: "A - Title – Title – Đồng chí B, …"."""
    honorific = honorifics().ending_at(scan.text, scan.view, after.start)
    return honorific is not None and any(dash in scan.text[chain_end:honorific.start] for dash in DASHES)


def _persons_sharing(officials: list[Mention], scan: Scan, first: Mention) -> list[Mention]:
    """The names listed after a title written for several people: "các Phó Chủ tịch UBND tỉnh A, B và C"."""
    starts = {person.start: person for person in officials}
    listed = [first]
    while separator := NEXT_LISTED_NAME.match(scan.text, listed[-1].end):
        person = starts.get(_name_start_past_address(scan, separator.end()))
        if person is None:
            break
        listed.append(person)
    return listed


def _subject_before(officials: list[Mention], text: str, pos: int) -> Mention | None:
    """The nearest person earlier in the same sentence: the subject a verb gives a title to, not the one replaced
    ("… thay ông A làm Title", but "… thay ông A được điều động làm Title"); none when someone known only by a form of
    address and a given name stands nearer ("Ông Cường cho biết, bà Hằng vẫn giữ vị trí …")."""
    sentence_start = _sentence_start(text, pos)
    earlier = [p for p in officials if sentence_start <= p.start and p.end <= pos
               and not (_replaced(text, p) and not PASSIVE_AFTER.search(text, p.end, pos))]
    agent = AGENT_MARKER.search(text, earlier[-1].end, pos) if earlier else None
    if not earlier or agent and "," not in text[agent.end():pos] \
            or any(CLAUSE_OPENING.search(text[earlier[-1].end:m.start()])
                   for m in GIVEN_NAME_AFTER_ADDRESS.finditer(text, earlier[-1].end, pos)):
        return None
    return earlier[-1]


def _replaced(text: str, person: Mention) -> bool:
    return bool(REPLACED_BEFORE.search(text, max(0, person.start - REPLACED_BEFORE_MAX_CHARS), person.start))


def _listed_persons(officials: list[Mention], scan: Scan, chain_start: int, chain_end: int) -> list[Mention]:
    """"các đồng chí <Title>: A, Title; B, Title" → the persons opening each item of the list."""
    after_title = _term_end(scan.text, chain_end)  # "các vị đại biểu Quốc hội khóa XV:"
    opening = None
    numbered = NUMBER_BEFORE.search(scan.view, max(0, chain_start - NUMBER_BEFORE_MAX_CHARS), chain_start)
    counted = numbered or PLURAL_BEFORE.search(scan.text, max(0, chain_start - 24), chain_start)
    if numbered or any(c.isupper() for c in scan.text[chain_start:chain_end]):
        # an office, or a counted one ("hai phó chủ tịch đương nhiệm là ông A và ông B"), not "Các giảng viên gồm …"
        opening = LIST_NAMED_AFTER_TITLE.match(scan.text, after_title)
        if opening is None and counted:
            opening = LIST_AFTER_PLURAL_TITLE.match(scan.text, after_title)
    elif counted:  # in lower case, the list announced by a colon: "các phó bí thư tỉnh ủy gồm: bà A, Title; ông B"
        opening = LIST_AFTER_PLURAL_TITLE.match(scan.text, after_title)
        opening = opening if opening and ":" in opening.group() else None
    if opening is None:
        opening = LIST_COLON.match(scan.text, after_title)
        if not opening or not LIST_INTRO_BEFORE.search(scan.text, max(0, chain_start - 20), chain_start):
            return []
    list_end = _list_end(scan.text, opening.end())
    item_starts = _list_item_starts(scan, opening.end(), list_end)
    starts = {person.start: person for person in officials}
    return [starts[start] for start in map(partial(_item_name_start, scan), item_starts) if start in starts]


def _list_end(text: str, start: int) -> int:
    """Where a list of people starts at `start` ends: at a full stop or a line break, past the line breaks of a list
    whose items are paragraphs ending in semicolons ("gồm:\n\nÔng A, Title;\n\nÔng B, Title.")."""
    for end in _LIST_END.finditer(text, start):
        line = text[max(start, text.rfind("\n", 0, end.start()) + 1):end.start()].rstrip()
        if end.group() != "\n" or line and not line.endswith(";"):
            return end.start()
    return len(text)


def _item_name_start(scan: Scan, item_start: int) -> int:
    """Where the name of a list item starts: past a form of address, or past the item's own titles ("các đồng chí
    Ủy viên Trung ương Đảng: Chủ nhiệm Văn phòng Quốc hội A; Bộ trưởng Bộ Tư pháp B")."""
    role = roles().at(scan.text, scan.view, item_start)
    if role is not None:
        item_start = name_start_after(scan, parse_chain(scan, role)[-1].end)
    return _name_start_past_address(scan, item_start)


def _fronted_clause_subject(officials: list[Mention], scan: Scan, chain: list[Title],
                            sentence_start: int) -> Mention | None:
    """The subject after a clause opening the sentence that gives it the title: "Trước khi được bầu làm Title, ông
    A từng là …" gives it to A; "…, ông từng đảm nhiệm …" to the person named last before the sentence. None when the
    clause names its own subject ("Khi ông A làm Title, ông B …"); the agent of a passive is none ("Trước khi được Thủ
    tướng A bổ nhiệm làm Title, ông B …")."""
    start = chain[0].start
    if not FRONTED_CLAUSE.fullmatch(scan.view, sentence_start, start) or any(
            sentence_start <= person.start < start and not _replaced(scan.text, person)
            and not PASSIVE_BEFORE.search(scan.view, sentence_start, person.start) for person in officials):
        return None
    clause_end = FRONTED_CLAUSE_END.match(scan.text, _term_end(scan.text, chain[-1].end))
    if clause_end is None:
        return None
    name_start = _name_start_past_address(scan, clause_end.end())
    if named := next((person for person in officials if person.start == name_start), None):
        return named
    pronoun = PRONOUN_SUBJECT.match(scan.text, clause_end.end())
    if pronoun is None or not scan.text[pronoun.end()].islower():
        return None
    return _antecedent(officials, sentence_start, pronoun.group("pronoun"))


def _antecedent(officials: list[Mention], sentence_start: int, pronoun: str) -> Mention | None:
    """The person named last before the sentence that `pronoun` ("ông", "đồng chí") opens, when it may stand for
    them: "Ông" and "Bà" take a person written with the same form of address, or with none."""
    earlier = [p for p in officials if p.end <= sentence_start]
    if not earlier:
        return None
    antecedent, pronoun = earlier[-1], match_view(pronoun)
    written = match_view(antecedent.attrs.get("honorific") or "")
    return antecedent if pronoun in PRONOUNS_OF_ANYONE or written in ("", pronoun) else None


def _pronoun_antecedent(officials: list[Mention], scan: Scan, pos: int) -> Mention | None:
    """The person a form of address stands for when it is the subject of the verb giving the title at `pos`
    ("Đồng chí làm …", "Năm 2015, ông được bầu làm …"): the last person named before that sentence, when no one
    is named in it before `pos`; "Ông" and "Bà" take a person written with the same form of address, or with none."""
    sentence_start = _sentence_start(scan.text, pos)
    subject = next((m for m in PRONOUN_SUBJECT.finditer(scan.text, sentence_start, pos)
                    if _opens_clause(scan.text, sentence_start, m) and scan.text[m.end()].islower()
                    and _gives_title(scan, m.end(), pos)), None)
    if subject is None or any(sentence_start <= p.start < pos for p in officials):
        return None
    return _antecedent(officials, sentence_start, subject.group("pronoun"))


def _gives_title(scan: Scan, subject_end: int, pos: int) -> bool:
    """Between a subject and the title at `pos`: its verb ("làm", "được bầu làm", "là"), or other predicates of the
    same subject and, after a comma or a semicolon, that verb ("Đồng chí học Trường …; làm Bí thư Chi bộ lớp")."""
    if PRONOUN_PREDICATE.fullmatch(scan.view, subject_end, pos):
        return True
    last_clause = max(scan.text.rfind(",", subject_end, pos), scan.text.rfind(";", subject_end, pos)) + 1
    return (last_clause > 0 and pos - subject_end <= COORDINATED_PREDICATES_MAX_CHARS
            and ":" not in scan.text[subject_end:pos]
            and bool(PRONOUN_PREDICATE.fullmatch(scan.view, _SPACES.match(scan.text, last_clause).end(), pos)))


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last full stop, "!", "?" or line break before it; the
    dot of an abbreviation ("TP. Hồ Chí Minh", "TS. Lê …", "T.Ư Đảng") ends no sentence."""
    end = pos
    while (stop := max(text.rfind(mark, 0, end) for mark in ".!?\n")) >= 0:
        inside_word = text[stop] == "." and 0 < stop < len(text) - 1 and text[stop + 1].isalnum() \
            and (text[stop - 1].isupper() or text[stop - 1].isdigit())  # "T.Ư", "Q.1"; not "hội nghị.Kỳ họp"
        if not (inside_word or ABBREVIATION_DOT.search(text, max(0, stop - 5), stop + 1)):
            return stop + 1
        end = stop
    return 0


def _opens_clause(text: str, sentence_start: int, subject: re.Match[str]) -> bool:
    """A capitalized form of address opening its sentence, or one after a colon, semicolon or comma."""
    before = text[sentence_start:subject.start()]
    return (not before.strip(LINE_MARKS) and subject.group()[0].isupper()) or bool(CLAUSE_OPENING.search(before))


class Link(list):
    """The persons a chain of titles is linked to; `opens_list` when a verb gives them to the person the text is
    about, so that the next chains of the list go to that person too."""

    def __init__(self, persons: Iterable[Mention], *, opens_list: bool) -> None:
        super().__init__(persons)
        self.opens_list = opens_list


def _list_item_starts(scan: Scan, start: int, end: int) -> list[int]:
    """Where the items of a list of people start: at semicolons when the list has any ("A, Title; B, Title"), and
    at the commas of a part holding no title ("… Sở NN&PTNT: A, B; đại diện …"); else at commas. A list whose first
    part holds no title ends before a part opening with its own form of address or title and holding a title: "các
    Phó Trưởng Ban: A, B; đồng chí C, Title" and "các đồng chí Phó Chủ tịch UBND tỉnh: A, B; Giám đốc Sở Ngoại vụ C"
    list A and B. A part whose items open with their holders' titles is split at the commas before them ("các Ủy viên
    Bộ Chính trị: Title A, Title B; …")."""
    if ";" not in scan.text[start:end]:
        return [start] + [m.end() for m in LIST_ITEM_SEPARATORS[","].finditer(scan.text, start, end)]
    part_starts = [start] + [m.end() for m in LIST_ITEM_SEPARATORS[";"].finditer(scan.text, start, end)]
    parts = list(zip(part_starts, part_starts[1:] + [end]))
    first_titled = _holds_title(scan, *parts[0])
    starts: list[int] = []
    for part_start, part_end in parts:
        titled = _holds_title(scan, part_start, part_end)
        opens_title = roles().at(scan.text, scan.view, part_start)
        if titled and not first_titled and (opens_title or honorifics().at(scan.text, scan.view, part_start)):
            break
        starts.append(part_start)
        commas = [m.end() for m in LIST_ITEM_SEPARATORS[","].finditer(scan.text, part_start, part_end)]
        if not titled:
            starts += commas
        elif opens_title:  # "Title A, Title B, Title C": each item opens with its holder's title
            starts += [comma for comma in commas if roles().at(scan.text, scan.view, comma)]
    return starts


def _holds_title(scan: Scan, start: int, end: int) -> bool:
    return bool(roles().all_in_span(scan.text, scan.view, start, end))


def _linked_persons(officials: list[Mention], scan: Scan, chain: list[Title]) -> list[Mention]:
    start, end = chain[0].start, chain[-1].end
    listed = _listed_persons(officials, scan, start, end)
    if listed:
        return listed
    if concerned := _person_concerned(officials, scan, chain):
        return [concerned]
    sentence_start = _sentence_start(scan.text, start)
    if fronted := _fronted_clause_subject(officials, scan, chain, sentence_start):
        return [fronted]
    before = _person_before(officials, scan.text, chain)
    assigned = ASSIGNMENT_VERB.search(scan.view, max(0, start - ASSIGNMENT_VERB_MAX_CHARS), start)
    comma = before is None and not COPULA_BEFORE.search(scan.text, max(0, start - 16), start) \
        and not DELEGATION_BEFORE.search(scan.view, max(0, start - 30), start) and not assigned \
        and not WHEN_CLAUSE.fullmatch(scan.view, sentence_start, start)
    # "Thừa ủy quyền của Title, ông A"; "B tái đắc cử chức Title, ông A làm …": the comma ties no one
    after = _person_after(officials, scan, end, comma=comma)
    if before and after and "," not in scan.text[end:after.start]:
        # "A, Title B": the title is B's, unless a dash and a form of address open the next item ("A - Title –
        # Đồng chí B, …")
        return [before] if _opens_next_item(scan, end, after) else [after]
    if after and not before and PLURAL_BEFORE.search(scan.text, max(0, start - 24), start):
        return _persons_sharing(officials, scan, after)
    if before and not after and PLURAL_COPULA.search(scan.view, before.end, start):
        return _coordinated_subjects(officials, scan, before)
    if before or after:
        return [p for p in (before, after) if p]
    gives = assigned and not _gives_no_named_subject(scan, assigned.start())
    subject = _subject_before(officials, scan.text, start) if gives else None
    if subject is None and (antecedent := _pronoun_antecedent(officials, scan, start)):
        return Link([antecedent], opens_list=True)
    if subject is None:
        return []
    return Link(_coordinated_subjects(officials, scan, subject), opens_list=True)  # "A làm Title và Title"


def _coordinated_subjects(officials: list[Mention], scan: Scan, last: Mention) -> list[Mention]:
    """The subject a verb gives a title to, with the names coordinated before it: "các đồng chí A và B được bầu giữ
    chức Phó Bí thư Huyện ủy" gives the title to both."""
    subjects = [last]
    for person in reversed([p for p in officials if p.end <= last.start]):
        notes = NOTE_AFTER_NAME.match(scan.text, person.end)  # "bầu các ông A (43 tuổi, Title), B (Title) giữ chức"
        gap_start, gap_end = notes.end() if notes else person.end, subjects[0].start
        honorific = honorifics().ending_at(scan.text, scan.view, subjects[0].start)
        if honorific and honorific.start >= gap_start:
            gap_end = honorific.start
        gap = scan.text[gap_start:gap_end]
        titled = TITLED_COORDINATED_NAME.fullmatch(gap)
        if titled and ASSIGNMENT_VERB_INSIDE.search(scan.view, gap_start + titled.start("titles"),
                                                    gap_start + titled.end("titles")):
            break  # "A, Title tái đắc cử Title và B, Title tái đắc cử Title": A has a verb of its own
        if not (NEXT_LISTED_NAME.fullmatch(gap)
                or titled and roles().at(scan.text, scan.view, gap_start + titled.start("titles"))
                or _title_opens_gap(scan, gap_start, subjects[0].start)):
            break
        subjects.insert(0, person)
    return subjects


def _gives_no_named_subject(scan: Scan, verb_start: int) -> bool:
    """The verb is negated ("không muốn làm Title") or its subject is an unnamed holder ("chỉ định nhân sự giữ chức
    Title")."""
    window = max(0, verb_start - BEFORE_VERB_MAX_CHARS)
    return any(pattern.search(scan.view, window, verb_start) for pattern in (NEGATION_BEFORE, UNNAMED_HOLDER_BEFORE))


def _title_opens_gap(scan: Scan, gap_start: int, name_start: int) -> bool:
    """"A và Title B": the gap between two subjects is "và" and the second one's title, written right before it."""
    opening = AND_BEFORE_TITLED_NAME.match(scan.text, gap_start, name_start)
    if opening is None:
        return False
    role = roles().at(scan.text, scan.view, opening.end())
    return role is not None and name_start_after(scan, parse_chain(scan, role)[-1].end) == name_start


def _continues_list(scan: Scan, list_end: int, chain: list[Title]) -> bool:
    """The chain is the next item, from `list_end`, of a list of titles a verb gives the person the text is about,
    past the bodies the list names ("Đồng chí làm Đội trưởng Đội địa chất 4, Đoàn địa chất 20, Bí thư Chi đoàn
    Đội địa chất 4"), and it closes like an item (a comma, a semicolon, the end of the sentence)."""
    pos, bodies = list_end, 0
    while (gap := ITEM_GAP.match(scan.text, pos)) and gap.end() < chain[0].start:
        body_end = _item_body_end(scan.text, gap.end(), chain[0].start)
        if body_end is None or bodies == ITEM_GAP_BODIES_MAX:
            return False
        pos, bodies = body_end, bodies + 1
    return bool(gap) and gap.end() == chain[0].start \
        and bool(CLOSED_APPOSITION.match(scan.text, _term_end(scan.text, chain[-1].end)))


def _term_end(text: str, pos: int) -> int:
    """The end of the term written at `pos` ("khoá X, XI"), or `pos`."""
    term = TERM.match(text, pos)
    return term.end() if term else pos


def _item_body_end(text: str, start: int, limit: int) -> int | None:
    """The end of a capitalized body skipped between two items of a list of titles, before the punctuation after it."""
    body = _ITEM_BODY.match(text, start, min(start + ITEM_GAP_BODY_MAX_CHARS, limit))
    return start + len(body.group().rstrip()) if body and text[start:start + 1].isupper() else None


def _position_mention(text: Normalized, original: str, title: Title, person: Mention) -> Mention:
    start, end = text.original_span(title.start, title.end)
    person_start, person_end = text.original_span(person.start, person.end)
    organization = title.organization_span(text.text)
    return Mention(start, end, "POSITION", {
        "person_name": person.attrs.get("name", original[person_start:person_end]),
        "person_start": person_start,
        "title": original[start:end],
        "role": title.role,
        "organization": original[slice(*text.original_span(*organization))].strip() if organization else None,
        "former": title.former,
    })


def given_name_references(text: str, officials: list[Mention]) -> list[Mention]:
    """A person named in full and later in the same paragraph by a form of address and the given name alone ("bà
    Thìn" after "bà Lê Thị Thìn"): the later mention stands for the full name (attribute `name`), so a title the text
    ties to it is that person's. A given name shared by two of the persons named stands for neither."""
    named_ends: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    shared: set[str] = set()
    for official in sorted(officials, key=lambda m: m.start):
        words = (official.attrs.get("name") or text[official.start:official.end]).split()
        if len(words) < 2:
            continue
        given, name = words[-1], " ".join(words)
        if names.setdefault(given, name) != name:
            shared.add(given)
        named_ends.setdefault(given, []).append(official.end)
    named_at = {(m.start, m.end) for m in officials}
    view = match_view(text)
    references = []
    for match in GIVEN_NAME_AFTER_ADDRESS.finditer(text):
        given, start, end = match.group("given"), match.start("given"), match.end("given")
        if given in shared or given not in names or (start, end) in named_at:
            continue
        ends = named_ends[given]
        last_named = bisect_right(ends, start) - 1
        if last_named < 0 or "\n" in text[ends[last_named]:start] or honorifics().at(text, view, match.start()) is None:
            continue
        references.append(Mention(start, end, "PERSON", {"name": names[given]}))
    return references


def find_positions(text: str, officials: list[Mention], agencies: Iterable[Mention] = (),
                   non_nominal: frozenset[int] | None = None) -> list[Mention]:
    """Titles linked to the named persons in `officials` and to the later mentions of them by given name
    (label "POSITION", offsets of the title); `agencies` give the extent of the organizations written in titles,
    and `non_nominal` (where the words the POS tagger reads as neither nouns nor adjectives start) where lower-case
    words of their names cannot run."""
    norm = normalized(text)
    persons = norm.to_normalized(officials)
    persons = sorted([*persons, *given_name_references(norm.text, persons)], key=lambda m: m.start)
    bodies = {body.start: body.end for body in norm.to_normalized(agencies)}
    scan = Scan(norm.text, text_view(norm.text), frozenset(p.start for p in persons), bodies,
                non_nominal=starts_in(norm, non_nominal))
    found: dict[tuple[int, int, int], Mention] = {}
    listing: list[Mention] = []  # the person a list of titles going on is given to, if one is
    list_end = 0
    for chain in title_chains(scan):
        linked = _linked_persons(persons, scan, chain)
        if not linked and listing and _continues_list(scan, list_end, chain):
            linked = listing
        else:
            listing = linked if isinstance(linked, Link) and linked.opens_list else []
        list_end = chain[-1].end
        for person in linked:
            for title in chain:
                key = (title.start, title.end, person.start)
                found.setdefault(key, _position_mention(norm, text, title, person))
    return sorted(found.values(), key=lambda m: (m.start, m.attrs["person_start"]))


class PositionExtractor(SpanExtractor):
    """Links titles to the persons the officials extractor found (`doc.spans["officials"]`)."""

    span_key = "positions"

    def match(self, doc: Doc) -> list[Mention]:
        agencies = mentions_of(doc, "agencies")
        positions = find_positions(text_of(doc), mentions_of(doc, "officials"), agencies, non_nominal_words(doc))
        return with_organization_canonical(positions, agencies,
                                           province=doc.user_data.get("province"))


def non_nominal_words(doc: Doc) -> frozenset[int] | None:
    """Where the words the POS tagger read as neither nouns nor adjectives start, or None when the doc was not
    tagged."""
    if not len(doc):
        return frozenset()
    starts, tags = doc.to_array(["IDX", "TAG"]).T
    if not tags.any():
        return None
    nominal = [doc.vocab.strings.add(tag) for tag in NOMINAL_TAGS]
    return frozenset(starts[(tags != 0) & ~numpy.isin(tags, nominal)].tolist())


def starts_in(norm: Normalized, starts: frozenset[int] | None) -> frozenset[int] | None:
    """The offsets of the original text `starts`, as offsets into the normalized text."""
    if starts is None or norm.starts is None:
        return starts
    return frozenset(m.start for m in norm.to_normalized(Mention(start, start + 1, "") for start in starts))


def with_organization_canonical(positions: list[Mention], agencies: list[Mention], *,
                                province: str | None) -> list[Mention]:
    """Each position's organization by its official name: the canonical of the
    agency found inside the title (which knows the paragraph's province), else
    the organization as written completed with the article's province."""
    completed = []
    for position in positions:
        organization = position.attrs.get("organization")
        inside = [a for a in agencies if position.start <= a.start and a.end <= position.end]
        if inside:
            canonical = max(inside, key=lambda a: a.end - a.start).attrs.get("canonical")
        elif organization:
            canonical = canonical_agency(organization, province=province)
        else:
            canonical = None
        completed.append(replace(position, attrs={**position.attrs, "organization_canonical": canonical}))
    return completed


@Language.factory("govnews_positions", default_config={})
def make_position_extractor(nlp: Language, name: str) -> PositionExtractor:
    return PositionExtractor()
