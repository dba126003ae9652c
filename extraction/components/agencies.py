"""Agencies: names of specific organizations, their canonical names, the article's province.

A name is read as a head noun from `agency_heads.tsv` ("Sở", "UBND", "Ban Chấp
hành", "Công ty") followed by what may follow it in Vietnamese official usage:
a name whose first word is capitalized ("Y tế", "Kiểm soát bệnh tật",
"Văn hóa - Xã hội"), an owning body ("Ban Thường vụ" + "Tỉnh ủy"), an
administrative unit ("tỉnh Lào Cai", "Thành phố", "TP. Hà Nội") and
qualifiers ("khóa XIII", "của Quốc hội"). Capitalization is the main signal;
lower-case words continue a name only from `agency_name_words.tsv`. Generic,
plural and class mentions ("hai Sở Y tế", "UBND cấp huyện", "Trung tâm Y tế các
huyện", "Ban giám đốc"), places alone, fused membership titles ("Tỉnh ủy viên"),
buildings and construction projects ("khởi công Bệnh viện X") and photo credits
("Ảnh: TTXVN") are not agencies.

Foreign and international bodies count: the heads of `foreign_bodies.tsv`
("Đại sứ quán", "WHO") and any name qualified by a country or region of
`foreign_places.tsv` ("Bộ Ngoại giao Hàn Quốc"); their kind is other and no
Vietnamese province is theirs.

An abbreviation or short name defined in parentheses right after a name
("Liên hiệp các Hội … (LHH)", "Công ty … (Thái Bình Seed, …)") names the same
body where it recurs in the article; restated there ("Tổ chức Y tế Thế giới
(WHO)"), it is not a mention of its own.

The canonical name spells out abbreviations, writes informal names in their
official form (`agency_name_variants.tsv`), writes the unit's level in lower
case and appends the unit when the text leaves it out: a province written right
after the name ("(Thanh Hóa)"), else the nearest province named earlier in the
same paragraph, else the article's province. Bodies coordinated before the one
that carries their unit share it ("Huyện ủy, HĐND, UBND huyện Tây Sơn"); a
section followed by its parent takes the parent's name ("Khoa …, Trường Đại học
Quy Nhơn"); sections of other bodies ("Phòng Kế hoạch - Tài chính") and a city's
committee in a province ("Thành ủy" in Bình Định) take no unit. A short mention
("Ban Pháp chế") takes the canonical name of the one fuller mention of the same
body in the article ("Ban Pháp chế HĐND TP Hà Nội").

Reading: one search over the text finds where a head (or a province) may start;
a `Scanner` reads the tokens from a few words before such a place on, only as
far as the grammar asks, so text far from any organization is never tokenized.
Read that way, a name is parsed exactly as in a reading of the whole text.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate, chain
from operator import attrgetter, itemgetter
from typing import Iterable, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from extraction.components.base import Mention, SpanExtractor, text_of
from extraction.lexicons import (FOREIGN_KIND, AgencyHead, Province, abbreviations, agency_heads,
                                 agency_name_variants, agency_name_words, ascii_fold, find_province,
                                 fold_tone_marks, foreign_agency_heads, foreign_places, lexicon_key,
                                 person_surnames, province_after_2025, provinces, two_syllable_words)
from extraction.patterns import agencies as grammar_words
from extraction.patterns.names import MAX_SYLLABLE_LETTERS

LABEL = "AGENCY"
SPAN_KEY = "agencies"
_SPACES = re.compile(r"\s+")
_SPACED_DASH = re.compile(r"\s*[-‐‑‒–—]\s+|\s+[-‐‑‒–—]\s*")
READ_AHEAD_CHARS = 48
"""A scanner reads this many characters more (up to the next gap) when the grammar asks
for a token it has not read yet."""
BACK_CHARS = 64
"""How much text before a place `_tokens_back` looks at first (more when that is too little)."""
REACH_CHARS = 64
"""A place this far past what a scanner has read is read by it; a new scanner (which reads
a few words back first) opens further away."""


class Token(NamedTuple):
    """A word or punctuation mark of the text, with its offsets; `key` is the text case-folded."""

    text: str
    start: int
    end: int
    key: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_lower(self) -> bool:
        return self.text[0].islower()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_abbreviation(self) -> bool:
        return _is_abbreviation(self.text)

    @property
    def is_syllable(self) -> bool:
        """A capitalized syllable ("Xây", "Y"), not an abbreviation."""
        return self.is_capitalized and (len(self.text) == 1 or self.text[1:].islower())


def _is_abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_new_token = partial(tuple.__new__, Token)
_TEXT, _KEY = attrgetter("text"), attrgetter("key")


def tokenize(text: str, start: int = 0, end: int | None = None, *, searchable: bool = False) -> list[Token]:
    """Words and punctuation of `text[start:end]` (both at gaps or at the text's ends); each
    token's text is in NFC with tone marks folded, its offsets index `text` as given. A
    `searchable` text (see `_searchable`) has its words in that form already.

    The (gap, token) pairs give the offsets as running sums of their lengths, so that no
    Python code runs per token."""
    pairs = grammar_words.GAP_AND_TOKEN.findall(text, start, len(text) if end is None else end)
    offsets = list(accumulate(map(len, chain.from_iterable(pairs)), initial=start))
    words = map(itemgetter(1), pairs)
    texts = list(words if searchable else map(_comparable, words))
    tokens = list(map(_new_token, zip(texts, offsets[1::2], offsets[2::2], map(str.casefold, texts))))
    return _join_dotted(tokens) if "." in texts else tokens


@lru_cache(maxsize=1 << 16)
def _comparable(written: str) -> str:
    return fold_tone_marks(unicodedata.normalize("NFC", written))


def _is_gap(character: str) -> bool:
    """In no token (see grammar_words.GAP_AND_TOKEN)."""
    return character.isspace() or character == "_"


def _tokens_back(text: str, position: int, count: int) -> int:
    """A token boundary at least `count` tokens before `position`, or the text's start: the
    start of the `count`-th run of non-gap characters before the one holding `position`
    (found walking the reversed text before `position`, a stretch at a time)."""
    stretch = BACK_CHARS
    while True:
        low = max(0, position - stretch)
        before = text[low:position][::-1]
        walked = _walk_back(count + 1).match(before).end()
        if walked < len(before) or low == 0:
            return position - walked
        stretch *= 2


@lru_cache(maxsize=8)
def _walk_back(runs: int) -> re.Pattern[str]:
    """On a reversed text: `runs` times gap characters (as in TOKEN_GAP), then others."""
    return re.compile(rf"(?:[\s_]*+[^\s_]*+){{{runs}}}")


def _after_line_break(text: str, position: int) -> bool:
    """The token at `position` starts a line: a line break lies between it and a token before."""
    start = position
    while start > 0 and _is_gap(text[start - 1]):
        start -= 1
    return start > 0 and "\n" in text[start:position]


def _join_dotted(tokens: list[Token]) -> list[Token]:
    """Join "TP" "." "HCM" and "Co" "." "opmart", never a sentence end ("tế.Đại"). Dots are
    taken right to left: whether a dot joins depends on the last character of the word before
    it and the first of the word after it, which joining further right leaves as they were."""
    joined = list(tokens)
    for dot in reversed([index for index, token in enumerate(tokens) if token.text == "."]):
        if 0 < dot < len(joined) - 1 and _dotted_pair(joined[dot - 1], joined[dot], joined[dot + 1]):
            left, right = joined[dot - 1], joined[dot + 1]
            text = f"{left.text}.{right.text}"
            joined[dot - 1:dot + 2] = [Token(text, left.start, right.end, text.casefold())]
    return joined


def _dotted_pair(left: Token, dot: Token, right: Token) -> bool:
    """Not a level abbreviated to one letter: "Q.1" is the level, its dot and the name."""
    return (dot.text == "." and left.end == dot.start and dot.end == right.start
            and left.is_word and right.is_word and left.text not in grammar_words.LETTER_LEVELS
            and (left.text[-1].isupper() or right.text[0].islower()))


Sequences = dict[str, tuple[tuple[tuple[str, ...], object], ...]]


def _index(entries: Iterable[tuple[tuple[str, ...], object]]) -> Sequences:
    """Entries keyed by their first word, longest first."""
    grouped: dict[str, list[tuple[tuple[str, ...], object]]] = {}
    for words, value in entries:
        grouped.setdefault(words[0], []).append((words, value))
    return {first: tuple(sorted(group, key=lambda entry: -len(entry[0]))) for first, group in grouped.items()}


def _phrases(phrases: Iterable[tuple[str, ...]]) -> Sequences:
    """Case-folded phrases, for `Scanner.match(..., fold=True)`."""
    return _index((tuple(word.casefold() for word in phrase), True) for phrase in phrases)


def _words(text: str) -> tuple[str, ...]:
    return tuple(token.text for token in tokenize(text))


def _finder(phrases: Iterable[tuple[str, ...]]) -> re.Pattern[str]:
    """Finds where one of the phrases (token texts) may start in the searchable text; the
    tokens there confirm it (token bounds and line breaks are not checked by the search).
    The phrases share their prefixes in a trie: the regex engine runs it much faster than a
    flat alternation of a hundred phrases."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for piece in _pattern_pieces(phrase):
            node = node.setdefault(piece, {})
        node[""] = {}
    return re.compile(_trie_pattern(trie))


def _pattern_pieces(phrase: tuple[str, ...]) -> list[str]:
    """The phrase as regex pieces: one per character, WORD_GAP between words."""
    pieces = [re.escape(character) for character in phrase[0]]
    for word in phrase[1:]:
        pieces += [grammar_words.WORD_GAP, *map(re.escape, word)]
    return pieces


def _trie_pattern(node: dict[str, dict]) -> str:
    """The alternation of the paths below `node`; the key "" marks where a phrase ends."""
    branches = [piece + _trie_pattern(child) for piece, child in sorted(node.items()) if piece]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


@dataclass(frozen=True)
class Grammar:
    """The lexicons, indexed for matching at a token, and the searches for where to look."""

    heads: Sequences
    places: Sequences
    levels: Sequences
    name_words: Sequences
    surnames: frozenset[str]
    words: frozenset[str]
    titles: Sequences
    events: Sequences
    inner_boards: Sequences
    national: Sequences
    of_national: Sequences
    foreign: Sequences
    class_after_name: Sequences
    construction_cues: tuple[tuple[str, ...], ...]
    head_finder: re.Pattern[str]
    place_finder: re.Pattern[str]
    lookback: int
    """How many tokens before a head or a place the grammar looks at (phrases ending right
    before a head, "TP ." before a place)."""


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    head_words = [(_words(head.head), head) for head in agency_heads() + foreign_agency_heads()]
    place_words = [(_words(spelling), province) for province in provinces() for spelling in province.spellings]
    name_words = _index((tuple(word.split(" ")), group) for word, group in agency_name_words().items())
    levels = _index(grammar_words.LEVELS.items())
    backward = grammar_words.TITLES + grammar_words.PLURAL_PHRASES
    lookback = max(2, *map(len, backward), 1 + max(map(len, grammar_words.ORDINALS)))
    return Grammar(_index(head_words), _index(place_words), levels, name_words, person_surnames(),
                   two_syllable_words(), _phrases(grammar_words.TITLES), _phrases(grammar_words.NOT_A_NAME),
                   _phrases(grammar_words.NOT_AN_AGENCY), _phrases(grammar_words.NATIONAL_QUALIFIERS),
                   _phrases(grammar_words.OF_NATIONAL_BODY),
                   _index((_words(name), group) for name, group in foreign_places().items()),
                   _phrases(grammar_words.CLASS_AFTER_NAME),
                   tuple(tuple(word.casefold() for word in cue) for cue in grammar_words.CONSTRUCTION_CUES),
                   _finder(words for words, _ in head_words),
                   _finder(words for words, _ in place_words), lookback)


@lru_cache(maxsize=4)
def _searchable(text: str) -> str | None:
    """The text as the finders search it: tone marks folded as on tokens and underscores read
    as spaces (same length, same offsets); None when the text is not in NFC, as its tokens may
    then read otherwise than its characters. Kept for the last few texts: the article's
    province and its agencies are read from the same text."""
    if not unicodedata.is_normalized("NFC", text):
        return None
    return fold_tone_marks(text.replace("_", " "))


def _starts(finder: re.Pattern[str], text: str, searchable: str | None) -> list[int]:
    """Every offset where `finder` matches (overlapping hits included), ascending; every
    token's start when the text cannot be searched."""
    if searchable is None:
        return [match.start() for match in grammar_words.TOKEN.finditer(text)]
    starts = []
    found = finder.search(searchable)
    while found is not None:
        starts.append(found.start())
        found = finder.search(searchable, found.start() + 1)
    return starts


@lru_cache(maxsize=4)
def _place_starts(text: str, searchable: str | None) -> tuple[int, ...]:
    """Where a province may be named (see `_starts`), kept for the last few texts: the article's
    province and its agencies' units are read from the same text."""
    return tuple(_starts(grammar().place_finder, text, searchable))


@dataclass(frozen=True, slots=True)
class Piece:
    """One part of a parsed name: role is head, name, level, place, national, term or link."""

    role: str
    first: int
    last: int
    head: AgencyHead | None = None
    province: Province | None = None
    level: str | None = None


@dataclass(frozen=True, slots=True)
class Parse:
    """A name found at tokens[first:last]."""

    first: int
    last: int
    pieces: tuple[Piece, ...]
    heads: tuple[AgencyHead, ...] = field(init=False, compare=False)
    roles: frozenset[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "heads", tuple(piece.head for piece in self.pieces if piece.role == "head"))
        object.__setattr__(self, "roles", frozenset(piece.role for piece in self.pieces))

    @property
    def kind(self) -> str:
        kinds = [head.kind for head in self.heads if head.kind != "inherit"]
        if self.is_foreign:
            enterprise = kinds[:1] == [grammar_words.ENTERPRISE_KIND]
            return grammar_words.ENTERPRISE_KIND if enterprise else grammar_words.OUTPUT_FOREIGN_KIND
        return kinds[0] if kinds else "state"

    @property
    def is_foreign(self) -> bool:
        """A foreign or international body: one named with a country or region, or one of
        (or under) an international organization."""
        return "foreign" in self.roles or any(head.kind == FOREIGN_KIND for head in self.heads)

    @property
    def unit_style(self) -> str:
        return self.heads[-1].unit

    def has(self, role: str) -> bool:
        return role in self.roles

    @property
    def is_bare(self) -> bool:
        """Head and name only: no owner, unit or qualifier written."""
        return len(self.heads) == 1 and self.roles <= {"head", "name"}


class NotAnAgency(Exception):
    """Raised inside a parse when the words name a class, a plural or a place."""


class Scanner:
    """Reads the tokens of one text from `origin` on, as far as the grammar asks for them, and
    parses agency names there. Token indices count from the first token read; a scanner
    started `grammar().lookback` tokens before a place parses it as a whole-text reading would."""

    def __init__(self, text: str, origin: int = 0, aliases: Sequences | None = None,
                 searchable: str | None = None):
        self.text = text
        self.searchable = searchable
        self.grammar = grammar()
        self.aliases = aliases or {}
        self.tokens: list[Token] = []
        self.line_starts: set[int] = set()
        self.read_to = origin

    @classmethod
    def before(cls, text: str, position: int, aliases: Sequences | None = None,
               searchable: str | None = None) -> Scanner:
        """A scanner reading from far enough before `position` for the grammar's look-back."""
        return cls(text, _tokens_back(text, position, grammar().lookback), aliases, searchable)

    # -- reading ----------------------------------------------------------------------

    def _read(self) -> bool:
        """Reads on to the first gap `READ_AHEAD_CHARS` further; False at the end of the text."""
        if self.read_to >= len(self.text):
            return False
        gap = grammar_words.TOKEN_GAP.search(self.text, self.read_to + READ_AHEAD_CHARS)
        end = gap.start() if gap else len(self.text)
        if self.searchable is None:
            tokens = tokenize(self.text, self.read_to, end)
        else:
            tokens = tokenize(self.searchable, self.read_to, end, searchable=True)
        if tokens:
            self._mark_line_starts(tokens)
            self.tokens += tokens
        self.read_to = end
        return True

    def _mark_line_starts(self, tokens: list[Token]) -> None:
        """Records which of the tokens about to be appended start a line."""
        first = len(self.tokens)
        if not first and _after_line_break(self.text, tokens[0].start):
            self.line_starts.add(0)
        line_break = self.text.find("\n", self.tokens[-1].end if first else tokens[0].start, tokens[-1].start)
        while line_break >= 0:
            index = bisect_left(tokens, line_break, key=attrgetter("start"))
            self.line_starts.add(first + index)
            line_break = self.text.find("\n", tokens[index].start, tokens[-1].start)

    def has(self, index: int) -> bool:
        """Token `index` exists (read now if it was not yet)."""
        while index >= len(self.tokens):
            if not self._read():
                return False
        return index >= 0

    def index_at(self, position: int) -> int | None:
        """The index of the token starting at char offset `position`, if one does."""
        while self.read_to <= position and self._read():
            pass
        index = bisect_left(self.tokens, position, key=attrgetter("start"))
        return index if index < len(self.tokens) and self.tokens[index].start == position else None

    # -- token access -------------------------------------------------------------

    def token(self, index: int) -> Token | None:
        return self.tokens[index] if 0 <= index < len(self.tokens) or self.has(index) else None

    def on_line(self, index: int) -> bool:
        """Token `index` exists and continues the line of the token before it."""
        return (index < len(self.tokens) or self.has(index)) and index not in self.line_starts

    def match(self, index: int, sequences: Sequences, fold: bool = False) -> tuple[object, int] | None:
        """The longest entry of `sequences` starting at token `index`, and its end."""
        if not (0 <= index < len(self.tokens) or self.has(index)):
            return None
        read = _KEY if fold else _TEXT
        entries = sequences.get(read(self.tokens[index]))
        if not entries:
            return None
        second = read(self.tokens[index + 1]) if self.has(index + 1) else None
        for words, value in entries:
            if len(words) > 1 and words[1] != second:
                continue
            end = index + len(words)
            if self.has(end - 1) and self.line_starts.isdisjoint(range(index + 1, end)) \
                    and tuple(map(read, self.tokens[index:end])) == words:
                return value, end
        return None

    def ends_with(self, index: int, phrases: Iterable[tuple[str, ...]]) -> bool:
        """A phrase ends right before token `index` on the same line."""
        for phrase in phrases:
            start = index - len(phrase)
            if start >= 0 and self.tokens[index - 1].key == phrase[-1] \
                    and all(self.on_line(i) for i in range(start + 1, index + 1)) \
                    and tuple(t.key for t in self.tokens[start:index]) == phrase:
                return True
        return False

    def head_at(self, index: int) -> tuple[AgencyHead, int] | None:
        return (self.aliases and self.match(index, self.aliases)) or self.match(index, self.grammar.heads)

    def place_at(self, index: int) -> tuple[Province, int] | None:
        return self.match(index, self.grammar.places)

    def level_at(self, index: int) -> tuple[str, int] | None:
        """A level word ("tỉnh", "Thành phố", "TP."), not the start of a body ("Tỉnh ủy")."""
        found = self.match(index, self.grammar.levels)
        if found is None or self.match(index, self.grammar.heads):
            return None
        level, end = found
        attached_dot = self._is_attached_dot(end)
        if self.tokens[index].text in grammar_words.LETTER_LEVELS and not attached_dot:
            return None
        if self.tokens[index].text in grammar_words.DOTTED_LEVELS and attached_dot:
            end += 1
        return level, end

    def _is_attached_dot(self, index: int) -> bool:
        token = self.token(index)
        return token is not None and token.text == "." and token.start == self.tokens[index - 1].end

    def is_person_at(self, index: int) -> bool:
        """A run of capitalized words starting with a family name ("Phạm Anh Tuấn")."""
        token, following = self.token(index), self.token(index + 1)
        return (token is not None and token.text in self.grammar.surnames and following is not None
                and self.on_line(index + 1) and following.is_syllable and self.place_at(index) is None)

    def is_title_at(self, index: int) -> bool:
        return self.match(index, self.grammar.titles, fold=True) is not None

    def is_event_at(self, index: int) -> bool:
        return self.match(index, self.grammar.events, fold=True) is not None

    def foreign_at(self, index: int) -> int | None:
        """End of a country or region named at `index` as a qualifier right after a word
        ("Bộ Ngoại giao Hoa Kỳ", "Chính phủ Lào"): not inside a longer capitalized name
        ("Mộ Đức", "Lào Cai", "Đức Phổ"), not an item of an enumeration ("Thuốc, Mỹ phẩm"),
        nor the first syllable of a word ("Mỹ thuật", "Pháp chế")."""
        found = self.match(index, self.grammar.foreign)
        if found is None:
            return None
        end = found[1]
        before, following = self.token(index - 1), self.token(end)
        if before is None or not self.on_line(index) or not before.is_word or before.is_syllable \
                or before.text == grammar_words.NAME_CONNECTOR:
            return None
        if following is None or not self.on_line(end) or not following.is_word:
            return end
        if following.is_syllable and len(following.text) > MAX_SYLLABLE_LETTERS:
            return end  # a foreign person's name: "Bộ Ngoại giao Lào | Thongloun Sisoulith"
        if following.is_syllable or following.is_abbreviation:
            return None
        joined = f"{self.tokens[end - 1].key} {following.key}"
        return None if following.is_lower and joined in self.grammar.words else end

    def _inside_foreign_place(self, index: int, after_head: int) -> bool:
        """The head's words belong to a country's name ("Tây Ban Nha", "Đài Loan")."""
        for start in range(max(0, index - 2), index + 1):
            if self.tokens[start].text not in self.grammar.foreign:
                continue
            found = self.match(start, self.grammar.foreign)
            if found is not None and found[1] > index and (start < index or found[1] > after_head):
                return True
        return False

    # -- parsing ------------------------------------------------------------------------

    def parse(self, index: int, depth: int = 0) -> Parse | None:
        try:
            return self._parse(index, depth)
        except NotAnAgency:
            return None

    def _parse(self, index: int, depth: int) -> Parse | None:
        found = self.head_at(index)
        if found is None or depth > 3:
            return None
        head, after_head = found
        if self._excluded(index, after_head, head):
            return None
        pieces = [Piece("head", index, after_head, head=head)]
        end = self._name(after_head, head, pieces, depth)
        end = self._joint_owner(end, head, pieces, depth)
        end = self._qualifiers(end, head, pieces)
        if self.match(end, self.grammar.class_after_name, fold=True) is not None:
            raise NotAnAgency("a class of bodies: Hội Nông dân cấp huyện")
        parse = Parse(index, end, tuple(_merge_names(pieces)))
        return parse if self._complete(parse, head) else None

    def _excluded(self, index: int, after_head: int, head: AgencyHead) -> bool:
        """Generic, plural or class mentions, inner boards, fused membership titles."""
        before, after = self.token(index - 1), self.token(after_head)
        if before is not None and self.on_line(index):
            if before.key in grammar_words.PLURAL_DETERMINERS or self.ends_with(index, grammar_words.PLURAL_PHRASES):
                return True
            if before.text.isdigit() and len(before.text) <= 3 and not self.ends_with(index - 1, grammar_words.ORDINALS):
                return True
            if len(head.head.split(" ")) == 1 and before.is_syllable \
                    and (before.text in self.grammar.surnames or before.key in grammar_words.MIDDLE_NAMES):
                return True
        if self.match(index, self.grammar.inner_boards, fold=True) is not None:
            return True
        if self._inside_foreign_place(index, after_head):
            return True
        if _is_building(head) and self.ends_with(index, self.grammar.construction_cues):
            return True
        if head.head == grammar_words.STANDING_BODY and self.ends_with(index, grammar_words.TITLES):
            return True
        if self._standing_title_before_body(index, after_head):
            return True
        needs_name = _needs_written_name(head)
        if after is None or not self.on_line(after_head):
            return needs_name
        if after.text == grammar_words.MEMBERSHIP_SUFFIX:
            return True
        if after.key in grammar_words.PLURAL_DETERMINERS or after.key in grammar_words.CLASS_WORDS:
            return True
        if after.text.isdigit() and self.level_at(after_head + 1):
            return True
        return needs_name and not (after.is_capitalized or after.is_abbreviation)

    def _standing_title_before_body(self, index: int, after_head: int) -> bool:
        """The head is the end of a standing deputy's title, the body follows: "Phó Trưởng Ban Thường trực |
        Ban Tổ chức Tỉnh ủy" (the body is the second "Ban"); not "Ủy viên Ban Thường trực Ủy ban MTTQ", a board."""
        standing = grammar_words.STANDING_BODY_KEYS
        written = tuple(token.key for token in self.tokens[after_head:after_head + len(standing)])
        body = after_head + len(standing)
        return (written == standing and self.ends_with(index, grammar_words.HEAD_OF_BOARD_TITLES)
                and self.on_line(body) and self.head_at(body) is not None)

    def _is_lower_at(self, index: int) -> bool:
        token = self.token(index)
        return token is not None and self.on_line(index) and token.is_lower

    # -- the name after the head ------------------------------------------------------

    def _name(self, index: int, head: AgencyHead, pieces: list[Piece], depth: int) -> int:
        if head.name == "to_punct":
            return self._descriptive_name(index, pieces)
        named = False
        if head.name == "lower" and self._is_lower_at(index):
            bridged = self._lower_name(index)
            if head.kind == "enterprise" and not (bridged > index and self._closes_name(bridged)):
                bridged = self._lowercase_company_name(index)  # "HTX | dịch vụ muối | Tri Hải"
            if bridged > index and self._closes_name(bridged):
                pieces.append(Piece("name", index, bridged))
                index, named = bridged, True
        may_own = (not head.alone or head.kind == "inherit") and head.kind != "other"
        while self.on_line(index):
            token = self.tokens[index]
            if named and token.is_lower:
                continued = self._continuation(index)
                if continued == index and head.kind == "enterprise" and self._legal_form_only(pieces):
                    continued = self._lowercase_company_name(index)
                if continued > index:
                    pieces.append(Piece("name", index, continued))
                    index = continued
                    continue
            if may_own and self.head_at(index) and (not named or head.kind == "inherit"):
                owner = self.parse(index, depth + 1)
                if owner is not None:
                    pieces.extend(owner.pieces)
                    return owner.last
            if self.level_at(index):
                return self._unit(index, pieces)
            place = self._province_place_at(index, pieces[0].first)
            if place and head.kind != "enterprise" and (named or head.alone or head.unit != "none"):
                pieces.append(Piece("place", index, place[1], province=place[0]))
                return place[1]
            if len(pieces) == 1 and head.head in grammar_words.UNIT_NAMED_HEADS:
                unit_end = self._local_name(index)
                if unit_end > index:
                    pieces.append(Piece("place", index, unit_end))
                    return unit_end
            foreign_end = self.foreign_at(index)
            if foreign_end is not None:
                pieces.append(Piece("foreign", index, foreign_end))
                return foreign_end
            after_legal_form = head.kind == "enterprise" and self._legal_form_only(pieces)
            taken = self._name_word(index, named and not after_legal_form, head)  # "Công ty CP | Hoàng Thịnh Đạt"
            if taken == index:
                break
            pieces.append(Piece("name", index, taken))
            index, named = taken, True
        return index

    def _legal_form_only(self, pieces: list[Piece]) -> bool:
        """The name read so far is a company's legal form ("TNHH MTV", "cổ phần")."""
        words = [t.key for piece in pieces if piece.role == "name" for t in self.tokens[piece.first:piece.last]]
        return bool(words) and grammar_words.LEGAL_FORM_SEQUENCE.fullmatch(" ".join(words)) is not None

    def _lowercase_company_name(self, index: int) -> int:
        """After a company's head or legal form, lower-case syllables closed by a capitalized word, an
        abbreviation, a unit or a body: "Công ty TNHH | xử lý nước | Trâm Anh"; `index` when they are not
        closed so."""
        end = index
        while end - index < grammar_words.MAX_LOWERCASE_COMPANY_WORDS and self._is_lower_at(end) \
                and self.tokens[end].text.isalpha() and not self.level_at(end) \
                and (self.tokens[end].key not in grammar_words.COMPANY_NAME_STOPS or self._joins_lowercase_words(end, index)):
            end += 1
        return end if end > index and self._closes_company_name(end) else index

    def _closes_company_name(self, index: int) -> bool:
        """A unit, or a capitalized word or abbreviation opening no other body, title, person or event, closes a
        company's lower-case name; "Công ty trao tặng | Trường Tiểu học Tân Lập" names no company."""
        token = self.token(index)
        if token is None or not self.on_line(index) or self.head_at(index):
            return False
        return self.level_at(index) is not None or (token.is_capitalized or token.is_abbreviation) \
            and self._closes_name(index)

    def _joins_lowercase_words(self, index: int, start: int) -> bool:
        """"và" between two lower-case words of a company's name: "cấp thoát nước và môi trường đô thị"."""
        following = self.token(index + 1)
        return index > start and self.tokens[index].text == grammar_words.NAME_CONNECTOR and following is not None \
            and self._is_lower_at(index + 1) and following.key not in grammar_words.COMPANY_NAME_STOPS

    def _joint_owner(self, index: int, head: AgencyHead, pieces: list[Piece], depth: int) -> int:
        """An office of two bodies of one unit: "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng
        HĐND và UBND huyện"; returns the end of the second owner, or `index` when there is none."""
        if head.head not in grammar_words.JOINT_OFFICE_HEADS:
            return index
        owners = [self._owner_head(piece) for piece in pieces[1:]]
        token = self.token(index)
        if len(owners) != 1 \
                or owners[0] is None or owners[0].expansion not in grammar_words.JOINT_OFFICE_OWNERS \
                or any(piece.role in ("level", "place") for piece in pieces) \
                or token is None or token.text != grammar_words.NAME_CONNECTOR or not self.on_line(index + 1):
            return index
        second = self.parse(index + 1, depth + 1)
        if second is None or second.heads[0].expansion not in grammar_words.JOINT_OFFICE_OWNERS:
            return index
        pieces.append(Piece("link", index, index + 1))
        pieces.extend(second.pieces)
        return second.last

    def _owner_head(self, piece: Piece) -> AgencyHead | None:
        """The head of a body named by the piece: an owner ("Văn phòng UBND"), or a head read
        as a name ("Văn phòng Đoàn ĐBQH")."""
        if piece.role == "head":
            return piece.head
        found = self.head_at(piece.first) if piece.role == "name" else None
        return found[0] if found is not None and found[1] == piece.last else None

    def _province_place_at(self, index: int, head_index: int) -> tuple[Province, int] | None:
        """A province named at `index`, unless its spelling is there a person's name
        ("Học viện Chính trị quốc gia Hồ Chí Minh")."""
        place = self.place_at(index)
        if place is None:
            return None
        written = " ".join(token.text for token in self.tokens[index:place[1]])
        if written in grammar_words.PERSON_NAME_PLACES or self._ends_person_name(index, head_index):
            return None
        return place

    def _ends_person_name(self, index: int, head_index: int) -> bool:
        """The capitalized words of the name right before `index` start with a family name: a
        province's name there ends a person's name ("Trường THCS Lê Hòa Bình")."""
        start = index
        while start > head_index + 1 and self.on_line(start) and self.tokens[start - 1].is_syllable:
            start -= 1
        return start < index and self.tokens[start].text in self.grammar.surnames

    def _name_word(self, index: int, named: bool, head: AgencyHead) -> int:
        """End of the next name word(s) at `index`, or `index` when the name ends there."""
        token = self.tokens[index]
        if head.alone and head.kind != "inherit":
            return index
        if token.is_capitalized or token.is_abbreviation:
            if self.is_event_at(index) or self.is_title_at(index):
                return index
            inner_head = self.match(index, self.grammar.heads)
            if inner_head is not None:
                return inner_head[1]
            if self.is_person_at(index):
                if not named and self._named_like_a_place(head, index):
                    return index + 2
                if named or not self._may_bear_person_name(head):
                    return index
                return index + min(self._capitalized_run(index), grammar_words.MAX_PERSON_NAME_WORDS)
            return max(self._name_words_at(index), index + 1)
        if token.text.isdigit() and (not named or self._number_in_name(index)):
            return index + 1
        if token.key == grammar_words.NUMBER_WORD and self._is_number_at(index + 1):
            return index + 2
        if named and self._connects_name(index):
            return index + 1
        return index

    def _is_number_at(self, index: int) -> bool:
        token = self.token(index)
        return token is not None and self.on_line(index) and token.text.isdigit()

    @staticmethod
    def _may_bear_person_name(head: AgencyHead) -> bool:
        """Schools and companies are often named like people ("Trường Lê Quý Đôn")."""
        return _starts_with_one_of(head, grammar_words.PERSON_NAMED_HEADS) or head.kind == "enterprise"

    def _named_like_a_place(self, head: AgencyHead, index: int) -> bool:
        return _starts_with_one_of(head, grammar_words.PLACE_NAMED_HEADS) and self._capitalized_run(index) == 2

    def _number_in_name(self, index: int) -> bool:
        """"Quân khu 5", "HTX Nông nghiệp 1 Nhơn Lộc"; not "Bộ Y tế 3 lần", "10 %"."""
        following = self.token(index + 1)
        if len(self.tokens[index].text) > 4 or grammar_words.YEAR.fullmatch(self.tokens[index].text):
            return False
        if following is None or not self.on_line(index + 1):
            return True
        return following.text != "%" and (not following.is_lower or following.text == grammar_words.NAME_CONNECTOR)

    def _connects_name(self, index: int) -> bool:
        """"và", a dash or an enumeration comma inside a name ("Nông nghiệp và Phát triển
        nông thôn", "Văn hóa - Xã hội", "Kiểm nghiệm Thuốc, Mỹ phẩm, thực phẩm")."""
        token, following = self.tokens[index], self.token(index + 1)
        if following is None or not self.on_line(index + 1):
            return False
        if token.text == grammar_words.ENUMERATION_MARK:
            return self._enumerates(index)
        if token.text != grammar_words.NAME_CONNECTOR and token.text not in grammar_words.DASHES:
            return False
        return following.is_capitalized and self._free_name_word(index + 1)

    def _free_name_word(self, index: int) -> bool:
        """A capitalized word that starts no other body, place, person, title or event."""
        return not (self.head_at(index) or self.level_at(index) or self.place_at(index)
                    or self.is_person_at(index) or self.is_title_at(index) or self.is_event_at(index))

    def _enumerates(self, index: int) -> bool:
        """A comma between one-word items of a name: "Thuốc, Mỹ phẩm, thực phẩm"."""
        item, before_item, following = self.token(index - 1), self.token(index - 2), self.tokens[index + 1]
        if following.is_lower:
            item_end = self._name_words_at(index + 1)
            return self._enumeration_started(index) and item_end > index + 1 and not self._opens_phrase(item_end)
        one_word_item = item is not None and item.is_syllable and before_item is not None \
            and before_item.is_lower and not self.head_at(index - 2)
        if one_word_item and following.is_syllable and self._free_name_word(index + 1):
            return True
        return self._closed_enumeration(index)

    def _opens_phrase(self, index: int) -> bool:
        """A function word at `index` opens the phrase after a name: "Công ty …, doanh nghiệp | đang hoạt động"."""
        token = self.token(index)
        return token is not None and self.on_line(index) and token.key in grammar_words.STOP_SYLLABLES

    def _closed_enumeration(self, index: int) -> bool:
        """After the comma at `index`, capitalized items separated by commas, the last one
        after "và": "Bộ Văn hóa, Thể thao và Du lịch", "Cục Đo đạc, Bản đồ và Thông tin địa lý"."""
        position = index + 1
        for _ in range(grammar_words.MAX_ENUMERATED_ITEMS):
            end = self._enumerated_item(position)
            token = self.token(end)
            if end == position or token is None or not self.on_line(end):
                return False
            if token.text == grammar_words.NAME_CONNECTOR:
                return self._enumerated_item(end + 1) > end + 1
            if token.text != grammar_words.ENUMERATION_MARK:
                return False
            position = end + 1
        return False

    def _enumerated_item(self, index: int) -> int:
        """End of one item of an enumeration inside a name: capitalized words that start no
        other body, place, person, title or event, and the lower-case words continuing them."""
        end = index
        while self.on_line(end) and end - index < grammar_words.MAX_ENUMERATED_ITEM_WORDS:
            token = self.tokens[end]
            if token.is_syllable and self._free_name_word(end):
                end += 1
            elif end > index and token.is_lower and self._continuation(end) > end:
                end = self._continuation(end)
            else:
                break
        return end

    def _enumeration_started(self, index: int) -> bool:
        """A comma on the line up to token `index - 1` (the text's very first token aside)."""
        item = self.tokens[index - 1]
        line_start = self.text.rfind("\n", 0, item.start) + 1
        first_token = grammar_words.TOKEN.search(self.text)
        return self.text.rfind(grammar_words.ENUMERATION_MARK, max(line_start, first_token.end()), item.end) >= 0

    def _continuation(self, index: int) -> int:
        """Lower-case words continuing a name: words of the name-word lexicon ("bệnh tật",
        "hành chính công"), or the second syllable of a two-syllable word whose first
        syllable is capitalized ("Y tế", "Chiến lược"); not "Cảnh sát Pháp phun",
        "Becamex Bình Định thực hiện"."""
        lexicon_end = self._name_words_at(index)
        if lexicon_end > index:
            return lexicon_end
        token, before = self.tokens[index], self.tokens[index - 1]
        if not before.is_syllable or token.key in grammar_words.STOP_SYLLABLES:
            return index
        if self.level_at(index) or self.is_title_at(index):
            return index
        if f"{before.key} {token.key}" not in self.grammar.words:
            return index
        return index if self._starts_lower_word(index) else index + 1

    def _starts_lower_word(self, index: int) -> bool:
        """The syllable at `index` starts a two-syllable word with the lower-case syllable after
        it: then it belongs there, not to the capitalized syllable before it ("Sao Vàng anh
        hùng", "Bộ Công Thương yêu cầu")."""
        following = self.token(index + 1)
        return following is not None and self.on_line(index + 1) and following.is_lower \
            and f"{self.tokens[index].key} {following.key}" in self.grammar.words

    def _name_words_at(self, index: int) -> int:
        """End of the name-word lexicon entries at `index`; a verbal entry ("xây dựng")
        must be followed by more of the name."""
        found = self.match(index, self.grammar.name_words, fold=True)
        if found is None:
            return index
        group, end = found
        rest = self._name_words_at(end) if self._is_lower_at(end) else end
        if group in grammar_words.OPEN_NAME_GROUPS and rest == end and not self._name_goes_on(end):
            return index
        return rest

    def _name_goes_on(self, index: int) -> bool:
        """An abbreviation, a unit, or "và" and a capitalized word come next."""
        token = self.token(index)
        if token is None or not self.on_line(index):
            return False
        if token.text == grammar_words.NAME_CONNECTOR:
            following = self.token(index + 1)
            return following is not None and self.on_line(index + 1) and following.is_capitalized \
                and self._free_name_word(index + 1)
        return token.is_abbreviation or self.level_at(index) is not None

    def _lower_name(self, index: int) -> int:
        """A name starting in lower case ("Quỹ đầu tư phát triển", "Ban tổ chức"): name
        words, verbal ones included, and "và" between them."""
        end = index
        while self.on_line(end):
            found = self.match(end, self.grammar.name_words, fold=True)
            if found is not None:
                end = found[1]
            elif self.tokens[end].text == grammar_words.NAME_CONNECTOR and end > index \
                    and self.match(end + 1, self.grammar.name_words, fold=True):
                end += 1
            else:
                break
        return end

    def _closes_name(self, index: int) -> bool:
        """A lower-case name must end in a capitalized word, an abbreviation, a unit or a body."""
        token = self.token(index)
        if token is None or not self.on_line(index):
            return False
        if token.text == grammar_words.NAME_CONNECTOR:
            return self._closes_name(index + 1) and self.tokens[index + 1].is_capitalized
        if self.level_at(index) or self.head_at(index) or token.is_abbreviation:
            return True
        return token.is_capitalized and not (self.is_event_at(index) or self.is_title_at(index)
                                             or self.is_person_at(index))

    def _descriptive_name(self, index: int, pieces: list[Piece]) -> int:
        """"Ban Chỉ đạo thực hiện Chương trình …": the name runs to the next punctuation, the predicate or the name
        of a person written after it ("Trưởng Ban Chỉ đạo IUU tỉnh | Đoàn Minh Quyết")."""
        end = index
        while self.on_line(end) and self.tokens[end].text not in grammar_words.NAME_CLOSING_PUNCTUATION \
                and not self._opens_predicate(end) and not (end > index and self.is_person_at(end)):
            end += 1
        if end > index:
            pieces.append(Piece("name", index, end))
        return end

    def _opens_predicate(self, index: int) -> bool:
        token, following = self.tokens[index], self.token(index + 1)
        if token.key in grammar_words.PREDICATE_AUXILIARIES:
            return True
        if following is None or not self.on_line(index + 1):
            return False
        return f"{token.key} {following.key}" in grammar_words.PREDICATE_VERBS or (
            token.text == grammar_words.NAME_CONNECTOR and following.key in grammar_words.PLURAL_DETERMINERS)

    # -- units and qualifiers ---------------------------------------------------------------

    def _unit(self, index: int, pieces: list[Piece]) -> int:
        level, after_level = self.level_at(index)
        place = self.place_at(after_level) if level in grammar_words.PROVINCE_LEVELS and self.on_line(after_level) else None
        whole = self.place_at(index) if level in grammar_words.PROVINCE_LEVELS and place is None else None
        if whole is not None and whole[1] > after_level:
            pieces.append(Piece("place", index, whole[1], province=whole[0]))
            return whole[1]
        pieces.append(Piece("level", index, after_level, level=level))
        if place is not None:
            pieces.append(Piece("place", after_level, place[1], province=place[0]))
            return place[1]
        if level not in grammar_words.PROVINCE_NAMED_LEVELS:
            end = self._local_name(after_level)
            if end > after_level:
                pieces.append(Piece("place", after_level, end))
                return end
        if self._coordinated_level(after_level):
            raise NotAnAgency("a class of units: UBND phường, xã")
        if self.tokens[after_level - 1].text == ".":
            pieces[-1] = Piece("level", index, after_level - 1, level=level)
            return after_level - 1
        return after_level

    def _local_name(self, index: int) -> int:
        """The name of a district, commune or city: up to four capitalized words or a number."""
        end = index
        if self.on_line(end) and self.tokens[end].text.isdigit():
            return end + 1
        if not self.on_line(end) or self.tokens[end].key in grammar_words.SENTENCE_STARTERS:
            return index
        if self.is_person_at(index) and self._capitalized_run(index) >= 3:
            return index
        while self.on_line(end) and end - index < 4 and self.tokens[end].is_syllable \
                and not (self.head_at(end) or self.is_title_at(end) or self.is_event_at(end)) \
                and not (end > index and self.is_person_at(end) and self._capitalized_run(end) >= 3):
            end += 1
        return end + 1 if end > index and self._numbers_unit(end) else end

    def _numbers_unit(self, index: int) -> bool:
        """A number right after a commune's name numbers it ("xã Tây Sơn 4"), unless it counts
        what follows ("huyện Tuy Phước 5 năm qua")."""
        token, following = self.token(index), self.token(index + 1)
        if token is None or not self.on_line(index) or not token.text.isdigit() \
                or len(token.text) > grammar_words.MAX_UNIT_NUMBER_DIGITS:
            return False
        if following is None or not self.on_line(index + 1):
            return True
        if following.text in grammar_words.MEASURE_MARKS:
            return False
        if following.text in grammar_words.NUMBER_JOINING_MARKS:
            after = self.token(index + 2)
            return not (following.start == token.end and after is not None and after.start == following.end)
        return following.key not in grammar_words.COUNTED_WORDS

    def _capitalized_run(self, index: int) -> int:
        end = index
        while self.on_line(end) and self.tokens[end].is_syllable:
            end += 1
        return end - index

    def _coordinated_level(self, index: int) -> bool:
        token = self.token(index)
        return (token is not None and self.on_line(index) and token.text in grammar_words.LEVEL_COORDINATORS
                and self.on_line(index + 1) and self.level_at(index + 1) is not None)

    def _qualifiers(self, index: int, head: AgencyHead, pieces: list[Piece]) -> int:
        while self.on_line(index):
            located = any(piece.role in ("level", "place") for piece in pieces)
            national = self._national_end(index)
            term = self._term(index)
            if national and not located:
                pieces.append(Piece("national", index, national))
                index = national
            elif not located and self.level_at(index):
                index = self._unit(index, pieces)
            elif term:
                pieces.append(Piece("term", index, term))
                index = term
            elif self._of_national_body(index, head, pieces, located):
                end = index + 3
                pieces.append(Piece("link", index, end))
                index = end
            elif self.tokens[index].text == grammar_words.LOCATIVE and self._named_with_place(head, pieces):
                end = self._branch_place(index + 1)
                if end == index + 1:
                    break
                pieces.append(Piece("link", index, end))
                index = end
            else:
                break
        return index

    def _national_end(self, index: int) -> int | None:
        """End of a national qualifier ("Việt Nam", "Trung ương Đảng") at `index`."""
        found = self.match(index, self.grammar.national, fold=True)
        return found[1] if found else None

    def _term(self, index: int) -> int | None:
        """"khóa XIII" right after a name."""
        after = index + 1
        if self.tokens[index].key != grammar_words.TERM_WORD or not self.on_line(after):
            return None
        number = self.tokens[after].text
        return after + 1 if grammar_words.ROMAN_NUMERAL.fullmatch(number) or number.isdigit() else None

    def _of_national_body(self, index: int, head: AgencyHead, pieces: list[Piece], located: bool) -> bool:
        named = head.alone or any(piece.role == "name" for piece in pieces)
        return (named and not located and len([p for p in pieces if p.role == "head"]) == 1
                and _starts_with_one_of(head, grammar_words.OF_NATIONAL_BODY_HEADS)
                and self.match(index, self.grammar.of_national, fold=True) is not None)

    @staticmethod
    def _named_with_place(head: AgencyHead, pieces: list[Piece]) -> bool:
        """Branches, missions and foreign bodies: "… tại Bạc Liêu", "… tại Việt Nam"."""
        return head.head in grammar_words.BRANCH_HEADS or head.kind == FOREIGN_KIND \
            or any(piece.role == "foreign" for piece in pieces)

    def _branch_place(self, index: int) -> int:
        """End of the place after "tại": a province, a country, or a local name whose last
        syllable starts no word with the next one ("tại Quảng trường" names no place)."""
        if not self.on_line(index):
            return index
        place = self.place_at(index)
        if place is not None:
            return place[1]
        foreign_end = self.foreign_at(index)
        if foreign_end is not None:
            return foreign_end
        end = self._national_end(index) or self._local_name(index)
        return index if end > index and self._starts_lower_word(end - 1) else end

    def _complete(self, parse: Parse, head: AgencyHead) -> bool:
        named = parse.has("name")
        if named and parse.is_bare and not head.alone and self._name_says_nothing(parse, head):
            return False
        if head.head in grammar_words.GENERIC_LOWER_HEADS:
            return named and (parse.has("national") or parse.has("place") or len(parse.heads) > 1
                              or _mentions_nation(self.surface(parse)))
        if _needs_written_name(head) and not (named or parse.has("national")):
            return False
        return head.alone or named or len(parse.heads) > 1 or parse.has("place") or parse.has("level") \
            or parse.has("national") or parse.has("foreign")

    def _name_says_nothing(self, parse: Parse, head: AgencyHead) -> bool:
        """A name that singles out no body: a legal form or a type alone ("Công ty CP",
        "Bệnh viện Đa khoa"), or one capitalized word under heads that also start place names
        ("Hội An", "Đài Loan")."""
        words = [t for piece in parse.pieces if piece.role == "name" for t in self.tokens[piece.first:piece.last]]
        keys = " ".join(t.key for t in words)
        if keys in grammar_words.LEGAL_FORMS or all(t.key in grammar_words.LEGAL_FORMS for t in words):
            return True
        if keys in grammar_words.TYPE_ONLY_NAMES:
            return True
        return head.kind in grammar_words.SHORT_NAME_KINDS and len(words) == 1 and words[0].is_syllable

    def surface(self, parse: Parse) -> str:
        return self.text[self.tokens[parse.first].start:self.tokens[parse.last - 1].end]

    def piece_text(self, piece: Piece) -> str:
        return self.text[self.tokens[piece.first].start:self.tokens[piece.last - 1].end]

    # -- abbreviations defined in the article -------------------------------------------

    def defined_alias(self, parse: Parse) -> tuple[int, int] | None:
        """The tokens of a short name defined in parentheses right after `parse`."""
        opening = parse.last
        if self.token(opening) is None or self.tokens[opening].text != grammar_words.OPENING_PARENTHESIS \
                or not self.on_line(opening):
            return None
        end = opening + 1
        while self.on_line(end) and (self.tokens[end].is_capitalized or self.tokens[end].is_abbreviation):
            end += 1
        closing = self.token(end)
        if end == opening + 1 or closing is None or closing.text not in (grammar_words.CLOSING_PARENTHESIS, ","):
            return None
        alias = self.tokens[opening + 1:end]
        words = [t for t in self.tokens[parse.first:parse.last] if t.is_word]
        if len(alias) == 1 and alias[0].is_abbreviation:
            return (opening + 1, end) if _initials_match(alias[0].text, words) else None
        written = [t.text for t in words]
        return (opening + 1, end) if len(alias) >= 2 and written[-len(alias):] == [t.text for t in alias] else None

    def alias_head(self, parse: Parse, first: int, last: int) -> AgencyHead:
        expansion = compose(self, parse, province=None, with_units=False)
        surface = " ".join(t.text for t in self.tokens[first:last])
        return AgencyHead(surface, expansion, parse.kind, parse.unit_style, True, "capital")


class Found(NamedTuple):
    """A parsed name and the scanner holding its tokens."""

    scanner: Scanner
    parse: Parse


class Reader:
    """The scanners reading one text, each opened a little before a place of interest (see
    `Scanner.before`); a later place within `REACH_CHARS` of one is read by that one."""

    def __init__(self, text: str, aliases: Sequences | None = None):
        self.text = text
        self.searchable = _searchable(text)
        self.aliases = aliases
        self.opened_at: list[int] = []
        self.scanners: list[Scanner] = []

    def at(self, position: int) -> tuple[Scanner, int | None]:
        """A scanner that has read the text at `position` and the index of the token starting
        there (None if no token does)."""
        nearest = bisect_right(self.opened_at, position) - 1
        if nearest >= 0 and position < self.scanners[nearest].read_to + REACH_CHARS:
            scanner = self.scanners[nearest]
        else:
            scanner = Scanner.before(self.text, position, self.aliases, self.searchable)
            self.opened_at.insert(nearest + 1, position)
            self.scanners.insert(nearest + 1, scanner)
        return scanner, scanner.index_at(position)


def scan(reader: Reader, skipped: frozenset[int] = frozenset()) -> list[Found]:
    """The agency names of the text, left to right; tokens starting at `skipped` offsets start none."""
    found: list[Found] = []
    resume = 0
    for start in _head_starts(reader.text, reader.searchable, reader.aliases):
        if start < resume or start in skipped:
            continue
        scanner, index = reader.at(start)
        parse = None if index is None else scanner.parse(index)
        if parse is not None:
            found.append(Found(scanner, parse))
            resume = scanner.tokens[parse.last - 1].end
    return found


def _head_starts(text: str, searchable: str | None, aliases: Sequences | None) -> list[int]:
    starts = _starts(grammar().head_finder, text, searchable)
    if not aliases:
        return starts
    alias_words = (words for entries in aliases.values() for words, _ in entries)
    return sorted(set(starts).union(_starts(_finder(alias_words), text, searchable)))


def definitions(found: list[Found]) -> tuple[Sequences, frozenset[int]]:
    """Short names defined in parentheses right after a name, and the offsets of their tokens."""
    aliases: list[tuple[tuple[str, ...], AgencyHead]] = []
    skipped: set[int] = set()
    for scanner, parse in found:
        defined = scanner.defined_alias(parse)
        if defined is None:
            continue
        first, last = defined
        aliases.append((tuple(t.text for t in scanner.tokens[first:last]), scanner.alias_head(parse, first, last)))
        skipped.update(t.start for t in scanner.tokens[first:last])
    return _index(aliases), frozenset(skipped)


_REPEATED_PHRASE = re.compile(r"\b(\w+ \w+) \1\b")


@lru_cache(maxsize=1 << 14)
def _without_repeats(joined: str) -> str:
    """Normalized, a repeated two-word phrase written once ("Hội đồng Hội đồng nhân dân" → …)."""
    return _REPEATED_PHRASE.sub(r"\1", _normalized(joined))


def _abbreviated(written: str) -> bool:
    return any(map(_is_abbreviation, written.split(" ")))


@lru_cache(maxsize=1 << 10)
def _starts_with_one_of(head: AgencyHead, heads: frozenset[str]) -> bool:
    """The head is one of `heads` or a longer head starting with one ("Trường THPT")."""
    return head.head in heads or any(head.head.startswith(short + " ") for short in heads)


def _is_building(head: AgencyHead) -> bool:
    return _starts_with_one_of(head, grammar_words.BUILDING_HEADS)


def _needs_written_name(head: AgencyHead) -> bool:
    """A head written in lower case ("báo", "cơ quan") names a body only with a name after it."""
    return head.head[0].islower() and head.head.split(" ")[-1][0].islower()


def _mentions_nation(text: str) -> bool:
    return grammar_words.NATION_WORDS.search(fold_tone_marks(text)) is not None


def _initials_match(abbreviation: str, words: list[Token]) -> bool:
    """"LHH" for "Liên hiệp các Hội …": the abbreviation's letters start the name's initials
    (connectives left out), so it names the whole body, not only its field ("Sở … (NN&PTNT)")."""
    letters = "".join(c for c in abbreviation if c.isalpha()).upper()
    initials = "".join(t.text[0].upper() for t in words if t.key not in ("và", "các", "của"))
    return len(letters) >= 2 and initials.startswith(letters)


def _merge_names(pieces: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in pieces:
        if merged and piece.role == "name" and merged[-1].role == "name" and merged[-1].last == piece.first:
            merged[-1] = Piece("name", merged[-1].first, piece.last)
        else:
            merged.append(piece)
    return merged


# -- canonical names ----------------------------------------------------------------------------


def compose(scanner: Scanner, parse: Parse, *, province: Province | None, with_units: bool = True) -> str:
    """The canonical name of a parsed agency (see the module docstring)."""
    parts: list[str] = []
    governing: AgencyHead | None = None
    for index, piece in enumerate(parse.pieces):
        if piece.role == "head":
            governing = piece.head
            written = _normalized(scanner.piece_text(piece))
            parts.append(piece.head.expansion if index == 0 or _abbreviated(written) else written)
        elif piece.role == "name":
            parts.append(_expanded(scanner, piece))
        elif piece.role in ("level", "place") and with_units:
            parts.extend(_unit_words(scanner, parse.pieces, index, governing))
        elif piece.role in ("national", "link", "foreign"):
            written = _normalized(scanner.piece_text(piece))
            if not " ".join(parts).endswith(written):
                parts.append(written)
    canonical = _without_repeats(" ".join(part for part in parts if part))
    if with_units and province is not None:
        canonical = _with_unit(canonical, parse, province)
    return canonical[:1].upper() + canonical[1:]


def _unit_words(scanner: Scanner, pieces: tuple[Piece, ...], index: int, governing: AgencyHead | None) -> list[str]:
    piece = pieces[index]
    if piece.role == "level":
        return [piece.level]
    if piece.province is None:
        return [_normalized(scanner.piece_text(piece))]
    written = _normalized(scanner.piece_text(piece))
    if index > 0 and pieces[index - 1].role == "level" or (governing and governing.unit == "name"):
        return [piece.province.short_name]
    if (governing and governing.unit == "level") or grammar_words.LEVEL_PREFIX.match(written):
        return [piece.province.level, piece.province.short_name]
    return [written]


def _with_unit(canonical: str, parse: Parse, province: Province) -> str:
    """Append the article's unit when the text leaves it out ("UBND tỉnh" → "… tỉnh Bạc Liêu")."""
    if parse.has("place"):
        return canonical
    levels = [piece.level for piece in parse.pieces if piece.role == "level"]
    if levels:
        return f"{canonical} {province.short_name}" if parse.pieces[-1].role == "level" \
            and levels[-1] == province.level else canonical
    section = _starts_with_one_of(parse.heads[-1], grammar_words.SECTION_OF_BODY_HEADS)
    if section or not _is_local(parse, canonical):
        return canonical
    if parse.unit_style == "name":
        committee_level = grammar_words.COMMITTEE_LEVELS.get(parse.heads[-1].expansion)
        if committee_level is not None and committee_level != province.level:
            return canonical
        return f"{canonical} {province.short_name}"
    return f"{canonical} {province.level} {province.short_name}"


def _is_local(parse: Parse, canonical: str) -> bool:
    """A body of one administrative unit (not a national one, not a self-named company)."""
    if parse.is_foreign:
        return False
    if parse.has("level") or parse.has("place"):
        return True
    if parse.unit_style == "none" or parse.has("national") or _mentions_nation(canonical):
        return False
    return not any(head.alone and head.unit == "none" for head in parse.heads)


def _expanded(scanner: Scanner, piece: Piece) -> str:
    """A name with its abbreviations spelled out ("NN&PTNT" → "Nông nghiệp và Phát triển nông
    thôn") and informal spellings in their official form ("Kế hoạch - Đầu tư")."""
    table = abbreviations()
    cursor = scanner.tokens[piece.first].start
    written: list[str] = []
    for token in scanner.tokens[piece.first:piece.last]:
        written.append(scanner.text[cursor:token.start])
        entry = table.get(token.text)
        if entry is not None and (not entry.after or _preceded_by(scanner.text, token.start, entry.after)):
            written.append(entry.expansion)
        else:
            written.append(scanner.text[token.start:token.end])
        cursor = token.end
    return _official_spelling(_normalized("".join(written)))


@lru_cache(maxsize=1 << 14)
def _official_spelling(name: str) -> str:
    return _name_variant_pattern().sub(lambda found: agency_name_variants()[found.group(0)], name)


@lru_cache(maxsize=1)
def _name_variant_pattern() -> re.Pattern[str]:
    variants = sorted(agency_name_variants(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, variants)) + r")(?!\w)")


def _preceded_by(text: str, position: int, words: tuple[str, ...]) -> bool:
    """One of `words` ends right before `position`, whitespace aside."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.endswith(words, 0, end)


@lru_cache(maxsize=1 << 14)
def _normalized(text: str) -> str:
    """NFC, tone marks folded, dashes unified, spacing collapsed."""
    folded = fold_tone_marks(unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", _SPACED_DASH.sub(" - ", folded)).strip()


def _core(scanner: Scanner, parse: Parse) -> str:
    """What identifies a body whatever its unit: the head and its own name."""
    core = [parse.pieces[0].head.expansion]
    if len(parse.pieces) > 1 and parse.pieces[1].role == "name":
        core.append(_expanded(scanner, parse.pieces[1]))
    return lexicon_key(" ".join(core)).replace(" - ", " ")


# -- the article's province ---------------------------------------------------------------------


def _province_mentions(reader: Reader) -> list[tuple[int, Province, float]]:
    """(offset, province, weight) of each province named in the text."""
    mentions = []
    for start in _place_starts(reader.text, reader.searchable):
        weighed = _weighed_province(reader, start)
        if weighed is not None:
            mentions.append((start, *weighed))
    return mentions


def _weighed_province(reader: Reader, start: int) -> tuple[Province, float] | None:
    """The province named at offset `start` and its weight, if one is."""
    scanner, index = reader.at(start)
    return None if index is None else _province_at(scanner, index)


class NamedPlaces:
    """The provinces named in a text (as `_province_mentions` finds them), each looked at only
    when asked for: a mention's unit comes from the nearest one before it."""

    def __init__(self, reader: Reader):
        self.reader = reader
        self.starts = _place_starts(reader.text, reader.searchable)
        self.named: dict[int, Province | None] = {}

    def last_between(self, low: int, high: int) -> Province | None:
        """The province named last at an offset in [low, high), if one is."""
        for index in range(bisect_left(self.starts, high) - 1, bisect_left(self.starts, low) - 1, -1):
            province = self._named_at(self.starts[index])
            if province is not None:
                return province
        return None

    def _named_at(self, start: int) -> Province | None:
        if start not in self.named:
            weighed = _weighed_province(self.reader, start)
            self.named[start] = weighed[0] if weighed else None
        return self.named[start]


def _province_at(scanner: Scanner, index: int) -> tuple[Province, float] | None:
    """The province named at token `index` and its weight; None inside another name or as
    the name of a district or commune ("huyện Hòa Bình" in Bạc Liêu)."""
    found = scanner.place_at(index)
    if found is None:
        return None
    province, end = found
    level_before = scanner.level_at(index - 1) if index > 0 and scanner.on_line(index) else None
    if level_before is not None and level_before[0] not in grammar_words.PROVINCE_LEVELS:
        return None
    written = " ".join(t.text for t in scanner.tokens[index:end])
    written_with_level = level_before is not None \
        or grammar_words.LEVEL_PREFIX.match(written) is not None or (index > 1 and scanner.level_at(index - 2) is not None
                                                        and scanner.tokens[index - 1].text == ".")
    following, before = scanner.token(end), scanner.token(index - 1)
    inside_other_name = not written_with_level and (
        (following is not None and scanner.on_line(end) and following.is_syllable)
        or (before is not None and scanner.on_line(index) and before.is_syllable))
    if inside_other_name:
        return None
    return province, grammar_words.PROVINCE_WEIGHTS["named_with_level" if written_with_level else "bare"]


@lru_cache(maxsize=1)
def _source_keys() -> tuple[tuple[str, Province], ...]:
    """(ASCII-folded spelling, province), for spellings long enough to find inside a source."""
    keys = ((ascii_fold(spelling), province) for province in provinces() for spelling in province.spellings)
    return tuple((key, province) for key, province in keys if len(key) >= grammar_words.MIN_SOURCE_KEY_CHARS)


def _provinces_in_source(source: str) -> list[Province]:
    """The provinces whose name is inside a source or domain name, in lexicon order."""
    folded = ascii_fold(source)
    return list(dict.fromkeys(province for key, province in _source_keys() if key in folded))


def _headline_case(title: str) -> str:
    """A headline written in capitals, with each word capitalized instead ("TỈNH BÌNH ĐỊNH" →
    "Tỉnh Bình Định"), so that province names are found in it."""
    return title.title() if title.isupper() else title


def article_province(text: str, *, title: str | None = None, source: str | None = None) -> str | None:
    """The province / centrally-run city the article is mainly about, named as in the lexicon
    (the unit as it was when written: "Yên Bái" in an April 2025 article), or None."""
    scores: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for offset, province, weight in _province_mentions(Reader(text)):
        scores[province.name] += weight
        first_seen.setdefault(province.name, offset)
    if title:
        for _, province, _ in _province_mentions(Reader(_headline_case(title))):
            scores[province.name] += grammar_words.PROVINCE_WEIGHTS["title"]
            first_seen.setdefault(province.name, -1)
    for province in _provinces_in_source(source) if source else ():
        scores[province.name] += grammar_words.PROVINCE_WEIGHTS["source"]
        first_seen.setdefault(province.name, -2)
    if not scores:
        return None
    best = min(scores, key=lambda name: (-scores[name], first_seen[name]))
    return best if scores[best] >= grammar_words.MIN_PROVINCE_SCORE else None


# -- public API --------------------------------------------------------------------------------------


def find_agencies(text: str, *, province: str | None = None) -> list[Mention]:
    """Agency mentions of `text` (label AGENCY, exact offsets) with attrs canonical, kind,
    province and province_2025; `province` is the article's province."""
    reader = Reader(text)
    found = scan(reader)
    aliases, skipped = definitions(found)
    if aliases:
        reader = Reader(text, aliases)
        found = scan(reader, skipped)
    found = [one for one in found if not _in_photo_credit(text, one)]
    return _without_restatements(text, _mentions(text, found, NamedPlaces(reader), find_province(province)))


def _in_photo_credit(text: str, found: Found) -> bool:
    """The name is a photo's credit ("Ảnh: TTXVN"), boilerplate run into the body."""
    start = found.scanner.tokens[found.parse.first].start
    low = max(text.rfind("\n", 0, start) + 1, start - grammar_words.CREDIT_LOOKBACK_CHARS)
    return grammar_words.PHOTO_CREDIT.search(text, low, start) is not None


def _mentions(text: str, found: list[Found], places: NamedPlaces, article: Province | None) -> list[Mention]:
    starts = [scanner.tokens[parse.first].start for scanner, parse in found]
    contexts = [_following_province(scanner, parse) or _context_province(text, start, places, article)
                for (scanner, parse), start in zip(found, starts)]
    canonicals = [compose(scanner, parse, province=context) for (scanner, parse), context in zip(found, contexts)]
    canonicals = _completed(found, canonicals)
    belongs = [_own_province(parse) or (context if _is_local(parse, canonical) else None)
               for (_, parse), context, canonical in zip(found, contexts, canonicals)]
    for index, last in _shared_units(text, found):
        canonicals[index] = _with_shared_unit(found[index], found[last], contexts[last])
        belongs[index] = belongs[last]
    for index in _sections_before_parents(text, found):
        canonicals[index] = f"{canonicals[index]}{grammar_words.ENUMERATION_MARK} {canonicals[index + 1]}"
        belongs[index] = belongs[index + 1] or belongs[index]
    mentions = []
    for (scanner, parse), start, canonical, province in zip(found, starts, canonicals, belongs):
        if province is None and _names_members_of_a_class(scanner, parse):
            continue
        mentions.append(Mention(start, scanner.tokens[parse.last - 1].end, LABEL, {
            "canonical": canonical,
            "kind": parse.kind,
            "province": province.name if province else None,
            "province_2025": province.province_2025 if province else None,
        }))
    return mentions


def _names_members_of_a_class(scanner: Scanner, parse: Parse) -> bool:
    """"đại biểu HĐND" with no unit anywhere in sight: the deputies of every council (a class
    of persons), not one council."""
    return parse.roles == {"head"} and parse.unit_style != "none" \
        and scanner.ends_with(parse.first, grammar_words.CLASS_MEMBER_WORDS)


def _following_province(scanner: Scanner, parse: Parse) -> Province | None:
    """A province written right after the name, in parentheses or after a comma: "Công an
    huyện Triệu Phong (Quảng Trị)", "Công an thị xã Ba Đồn, tỉnh Quảng Bình"."""
    index = parse.last
    opening = scanner.token(index)
    if opening is None or not scanner.on_line(index) \
            or opening.text not in (grammar_words.OPENING_PARENTHESIS, grammar_words.ENUMERATION_MARK):
        return None
    index += 1
    level = scanner.level_at(index) if scanner.on_line(index) else None
    if level is not None:
        index = level[1]
    place = scanner.place_at(index) if scanner.on_line(index) else None
    if place is None or (opening.text == grammar_words.ENUMERATION_MARK and level is None):
        return None
    closing = scanner.token(place[1])
    closed = closing is not None and closing.text == grammar_words.CLOSING_PARENTHESIS
    return place[0] if opening.text == grammar_words.ENUMERATION_MARK or closed else None


def _shared_units(text: str, found: list[Found]) -> list[tuple[int, int]]:
    """(mention, last mention of its coordination) for bodies whose unit is written once after
    the last of them: "Huyện ủy, HĐND, UBND, UBMTTQ Việt Nam huyện Tây Sơn"."""
    shared = []
    chain_end = len(found) - 1
    for index in range(len(found) - 2, -1, -1):
        if not _coordinated(text, found[index], found[index + 1]):
            chain_end = index
            continue
        if _takes_shared_unit(found[index].parse, found[chain_end].parse):
            shared.append((index, chain_end))
    return shared[::-1]


def _sections_before_parents(text: str, found: list[Found]) -> list[int]:
    """Sections named with their parent after a comma: "Khoa Kinh tế và Kế toán, Trường Đại
    học Quy Nhơn", "Cục Hàng không, Bộ Giao thông vận tải" (the section's canonical name
    takes the parent's)."""
    sections = []
    for index in range(len(found) - 1):
        section, parent = found[index], found[index + 1]
        gap = text[section.scanner.tokens[section.parse.last - 1].end:parent.scanner.tokens[parent.parse.first].start]
        if gap.strip() == grammar_words.ENUMERATION_MARK and "\n" not in gap and section.parse.is_bare \
                and _starts_with_one_of(section.parse.heads[0], grammar_words.SECTION_HEADS) \
                and _starts_with_one_of(parent.parse.heads[0], grammar_words.PARENT_HEADS):
            sections.append(index)
    return sections


def _coordinated(text: str, first: Found, second: Found) -> bool:
    gap = text[first.scanner.tokens[first.parse.last - 1].end:second.scanner.tokens[second.parse.first].start]
    words = gap.replace(grammar_words.ENUMERATION_MARK, " ").split()
    return gap.strip() != "" and all(word in grammar_words.SHARED_UNIT_SEPARATORS for word in words) \
        and "\n" not in gap


def _takes_shared_unit(parse: Parse, last: Parse) -> bool:
    """A head alone ("HĐND", "Huyện ủy") before a body with a written level, its unit's level
    matching the committee's ("Tỉnh ủy" does not take "huyện Tây Sơn")."""
    head = parse.heads[0]
    levels = [piece.level for piece in last.pieces if piece.role == "level"]
    if parse.roles != {"head"} or not head.alone or not levels:
        return False
    committee_level = grammar_words.COMMITTEE_LEVELS.get(head.expansion)
    if committee_level is not None:
        return committee_level == levels[0]
    return parse.unit_style != "none"


def _with_shared_unit(bare: Found, last: Found, province: Province | None) -> str:
    """The canonical name of a head alone with the unit written after the last body of its
    coordination ("HĐND" … "huyện Tây Sơn" → "Hội đồng nhân dân huyện Tây Sơn"); a committee
    takes the unit's name without its level ("Huyện ủy Tây Sơn")."""
    scanner, parse = last
    unit = [word for index, piece in enumerate(parse.pieces) if piece.role in ("level", "place")
            for word in _unit_words(scanner, parse.pieces, index, parse.heads[-1])]
    own = bare.parse.heads[0]
    named = parse.has("place")
    if own.unit == "name" or own.expansion in grammar_words.COMMITTEE_LEVELS:
        unit = unit[1:] if named else []
    written_level = next(piece.level for piece in parse.pieces if piece.role == "level")
    if not named and province is not None and written_level == province.level:
        unit.append(province.short_name)
    name = " ".join([own.expansion, *unit])
    return name[:1].upper() + name[1:]


def _without_restatements(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drops a name restated in parentheses right after the same body: the "(WHO)" of "Tổ
    chức Y tế Thế giới (WHO)", as a short name defined there is not a mention of its own."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        restated = previous is not None \
            and text[previous.end:mention.start].strip() == grammar_words.OPENING_PARENTHESIS \
            and text[mention.end:mention.end + 1] == grammar_words.CLOSING_PARENTHESIS \
            and _spelling_key(previous.attrs["canonical"]) == _spelling_key(mention.attrs["canonical"])
        if not restated:
            kept.append(mention)
    return kept


def _own_province(parse: Parse) -> Province | None:
    if parse.is_foreign:
        return None
    return next((piece.province for piece in parse.pieces if piece.province is not None), None)


def _context_province(text: str, start: int, places: NamedPlaces, article: Province | None) -> Province | None:
    """The nearest province named before offset `start` in its paragraph, else the article's."""
    return places.last_between(text.rfind("\n", 0, start) + 1, start) or article


def _completed(found: list[Found], canonicals: list[str]) -> list[str]:
    """A bare mention takes the canonical name of the fuller mentions of the same body when
    they agree ("Ban Pháp chế" → "Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội")."""
    fuller: dict[str, dict[str, str]] = {}
    for (scanner, parse), canonical in zip(found, canonicals):
        if not parse.is_bare:
            fuller.setdefault(_core(scanner, parse), {}).setdefault(_spelling_key(canonical), canonical)
    completed = []
    for (scanner, parse), canonical in zip(found, canonicals):
        local = parse.is_bare and parse.unit_style != "none"
        candidates = fuller.get(_core(scanner, parse), {}) if local else {}
        completed.append(next(iter(candidates.values())) if len(candidates) == 1 else canonical)
    return completed


def _spelling_key(canonical: str) -> str:
    """Canonical names that differ only in case or dashes name the same body."""
    return lexicon_key(canonical).replace(" - ", " ")


def canonical_agency(surface: str, *, province: str | None) -> str:
    """The canonical name of one agency as written ("UBND tỉnh", province "Bạc Liêu" →
    "Ủy ban nhân dân tỉnh Bạc Liêu")."""
    scanner = Scanner(surface)
    parse = scanner.parse(0) if scanner.has(0) else None
    if parse is None:
        return _normalized(surface)
    return compose(scanner, parse, province=find_province(province))


class AgencyExtractor(SpanExtractor):
    """Writes agency mentions to `doc.spans["agencies"]`; the article's province comes
    from `doc.user_data["province"]`."""

    def __init__(self, span_key: str = SPAN_KEY):
        self.span_key = span_key
        grammar()  # the lexicons are read when the pipeline is built, not on its first article

    def match(self, doc: Doc) -> list[Mention]:
        return find_agencies(text_of(doc), province=doc.user_data.get("province"))


@Language.factory("govnews_agencies", default_config={"span_key": SPAN_KEY})
def make_agency_extractor(nlp: Language, name: str, *, span_key: str) -> AgencyExtractor:
    return AgencyExtractor(span_key)


__all__ = ["AgencyExtractor", "article_province", "canonical_agency", "find_agencies", "province_after_2025"]
