"""Officials: every named person in the body, the name only, with the honorific written before it.

A character-level grammar, no tagger: a name is a run of capitalized syllables; it counts when the
context says it is a person's name (an honorific, a title, a title in apposition after it, a list
of people) or, without such a cue, when it has the full shape of a Vietnamese name (a family name
from `corpora/lexicons/surnames.txt` and two or three more syllables). Streets, places, schools and
prizes named after people, credits and bylines, and names inside a document's title are left out.
A run ends where a title starts ("Phạm Anh Tuấn Chủ tịch UBND tỉnh"); a lower-case middle name or
foreign particle stays in it ("Lê thị Hồng Vân", "Salman bin Abdulaziz"); a name in capitals counts
only with an honorific or a title next to it.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Iterable, Mapping, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from extraction.components.base import Mention, SpanExtractor, mentions_of, text_of
from extraction.components.positions import (Honorific, Scan, Title, honorifics, match_view, name_start_after,
                                             non_nominal_words, normalized, opens_address, opens_sentence,
                                             organization_word_end, place_keys, roles, starts_in, text_view,
                                             title_chains)
from extraction.lexicons import fold_tone_marks, foreign_places, read_tsv
from extraction.patterns.names import (ABBREVIATION_AFTER_HYPHEN, CAPITALIZED_ADDRESS, CAPITALIZED_WORD, CREDIT_BEFORE,
                                       DOCUMENT_WORDS, ETHNIC_NAME_MARKERS, GIVEN_NAME_SYLLABLES, INITIAL_AFTER,
                                       LIST_CONTINUATION, LIST_INTRO, LIST_ITEM_OPENING, LIST_ITEM_SEPARATOR,
                                       LOWERCASE_AFTER_HYPHEN, LOWERCASE_COMMITTEE_OF_UNIT, LOWERCASE_MIDDLE_NAME,
                                       MAX_SYLLABLES, MAX_SYLLABLES_LONG, MAX_SYLLABLE_LETTERS, MIDDLE_NAMES,
                                       MIN_PLACE_SYLLABLES, NAME_PARTICLE, NON_NAME_SYLLABLES, PLACE_CONTEXT_BEFORE,
                                       PLACE_CUE_LAST_WORD, PLACE_CUE_LAST_WORD_LENGTH, PLACE_LIST_BEFORE,
                                       PROVINCE_UNIT_WORDS, QUOTE_CLOSE, QUOTE_OPEN, QUOTE_SPANS,
                                       SENTENCE_INITIAL_ADDRESS, SENTENCE_INITIAL_NON_NAMES, VOWELS,
                                       WORDS_OPENED_BY_MIDDLE_NAMES)
from extraction.patterns.titles import APPOSITION_GAP, ORG_HEADS, UNIT_WORDS

_RUN_SPACES = " \u00a0"
_LOWERCASE_PART_GAP = 12
"""The longest gap a lower-case middle name or particle fills (" binti ", " von der ")."""
_WHITESPACE = re.compile(r"\s*")
_NAME_PARTS = re.compile(r"['’\-]")
_LIST_END = re.compile(r"\.(?:\s|$)|\n")
_LAST_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
_BYLINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t]*[.,]?[ \t]*$", re.M)


# --- lexicons -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NameLexicon:
    surnames: frozenset[str]
    compound_surnames: dict[str, tuple[tuple[str, ...], ...]]  # first syllable -> compounds
    places: frozenset[str]


def _by_first_syllable(compounds: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for compound in sorted(set(compounds)):
        grouped.setdefault(compound[0], []).append(compound)
    return {first: tuple(group) for first, group in grouped.items()}


@lru_cache(maxsize=1)
def lexicon() -> NameLexicon:
    entries = [row[0] for row in read_tsv("surnames.txt", header=False)]
    return NameLexicon(
        frozenset(e for e in entries if " " not in e),
        _by_first_syllable(tuple(e.split()) for e in entries if " " in e),
        place_keys(),
    )


# --- capitalized runs -----------------------------------------------------------------------------

class Syllable(NamedTuple):
    start: int
    end: int
    word: str
    """As a name is spelled, in title case ("NGUYỄN" → "Nguyễn")."""
    capitals: bool
    """Written all in capitals."""


@lru_cache(maxsize=65536)
def _has_vowel(word: str) -> bool:
    return any(unicodedata.normalize("NFD", c)[0].lower() in VOWELS for c in word)


def _syllable_case(text: str, word: str, end: int) -> str | None:
    """"title" or "capitals" for a syllable of a name ("Nguyễn", "NGUYỄN"), "letter" for a one-letter
    syllable ("A" of "Sùng A Hồ"), None for anything else ("H." is an initial)."""
    if len(word) == 1:
        return None if text.startswith(".", end) else "letter"
    if _is_name_shaped(word):
        return "title"
    return "capitals" if _is_capitals_shaped(word) else None


@lru_cache(maxsize=65536)
def _is_name_shaped(word: str) -> bool:
    """Every part title-cased, and a vowel somewhere ("Th." is an initial); a foreign name's part after a
    hyphen may be lower-case ("Moon Jae-in", "Bun-nhông")."""
    first, *rest = _NAME_PARTS.split(word)
    return (_is_title_cased(first) and all(_is_title_cased(part) or part.islower() for part in rest if part)
            and _has_vowel(word))


def _is_title_cased(part: str) -> bool:
    return part[:1].isupper() and (len(part) == 1 or part[1:].islower())


@lru_cache(maxsize=65536)
def _is_capitals_shaped(word: str) -> bool:
    return word.isupper() and all(part.isalpha() for part in _NAME_PARTS.split(word) if part) and _has_vowel(word)


def capitalized_runs(text: str) -> list[list[Syllable]]:
    """Maximal runs of capitalized syllables separated by single spaces, all in title case or all in
    capitals ("NGUYỄN VĂN AN"); a lower-case middle name after a family name stays in its run ("Lê thị Hồng
    Vân")."""
    runs: list[list[Syllable]] = []
    current: list[Syllable] = []
    for token in CAPITALIZED_WORD.finditer(text):
        start, end = token.span()
        word = token.group()
        if abbreviation := ABBREVIATION_AFTER_HYPHEN.search(word):  # "Vương Minh Mẫn-HUV-Phó Trưởng Ban …"
            word, end = word[:abbreviation.start()], start + abbreviation.start()
        case = _syllable_case(text, word, end)
        if case is None:
            current = []
            continue
        capitals = case == "capitals" or (case == "letter" and bool(current) and current[-1].capitals)
        if current:
            last = current[-1]
            if start - last.end == 1 and text[last.end] in _RUN_SPACES:
                if case != "letter" and last.capitals != capitals:
                    current = []  # the case of a run is kept; a one-letter syllable goes with either
            elif start - last.end <= _LOWERCASE_PART_GAP and (
                    middle := _lowercase_part(text[last.end:start], current, word, capitals)):
                current.append(Syllable(last.end + middle.start(1), last.end + middle.end(1), middle.group(1), False))
            else:
                current = []
        if not current:
            runs.append(current)
        current.append(Syllable(start, end, word.title() if capitals else word, capitals))
    return runs


def _lowercase_part(gap: str, current: list[Syllable], following: str, capitals: bool) -> re.Match[str] | None:
    """The lower-case word between two syllables of one name, if `gap` is one: a middle name after the
    family name ("Lê thị Hồng Vân") or a particle of a foreign name ("Salman bin Abdulaziz")."""
    if capitals:
        return None
    if len(current) == 1 and (middle := LOWERCASE_MIDDLE_NAME.fullmatch(gap)):
        return middle
    particle = NAME_PARTICLE.fullmatch(gap)
    return particle if particle and current[-1].word.isascii() and following.isascii() else None


def _before_titles(runs: list[list[Syllable]], title_starts: list[int]) -> list[list[Syllable]]:
    """Runs cut where a title starts (`title_starts` sorted), written on without a comma: "Phạm Anh Tuấn Chủ
    tịch UBND tỉnh" → "Phạm Anh Tuấn"; a run opening with a title ("Phó Chủ" of "Phó Chủ tịch") is dropped."""
    cut = []
    for run in runs:
        first_title = bisect_left(title_starts, run[0].start)
        if first_title < len(title_starts) and title_starts[first_title] < run[-1].end:
            title_start = title_starts[first_title]
            run = [_cut_before_title(syllable, title_start) for syllable in run if syllable.start < title_start]
        if run:
            cut.append(run)
    return cut


def _cut_before_title(syllable: Syllable, title_start: int) -> Syllable:
    """The syllable up to a title written on after a hyphen: "Châu Ngọc Tuấn-Phó Bí thư" → "Tuấn"."""
    if syllable.end <= title_start:
        return syllable
    end = title_start - 1
    return syllable._replace(end=end, word=syllable.word[:end - syllable.start])


def _cut_at_body_ends(runs: list[list[Syllable]], body_ends: list[int]) -> list[list[Syllable]]:
    """Runs cut where the name of an agency ends inside them (`body_ends` sorted): "Trường Đại học Quy Nhơn
    Nguyễn Văn Bảy" → "… Quy Nhơn" and "Nguyễn Văn Bảy"."""
    cut = []
    for run in runs:
        part: list[Syllable] = []
        for syllable in run:
            if part and _ends_between(body_ends, part[-1].end, syllable.start):
                cut.append(part)
                part = []
            part.append(syllable)
        cut.append(part)
    return cut


def _ends_between(body_ends: list[int], after: int, before: int) -> bool:
    index = bisect_left(body_ends, after)
    return index < len(body_ends) and body_ends[index] <= before


def _place_length(words: list[str], k: int) -> int:
    return _leading_place_length(tuple(words[k:k + 4]))


@lru_cache(maxsize=65536)
def _leading_place_length(words: tuple[str, ...]) -> int:
    """How many of the first syllables (up to 4) name a known place."""
    places = lexicon().places
    for length in range(len(words), 0, -1):
        if match_view(" ".join(words[:length])) in places:
            return length
    return 0


def _surname_length(words: list[str], k: int) -> int:
    names = lexicon()
    word = words[k]
    for compound in names.compound_surnames.get(word, ()):
        if tuple(words[k:k + len(compound)]) == compound:
            return len(compound)
    return 1 if word in names.surnames or word.startswith(("H'", "H’")) else 0


def _max_syllables(words: list[str]) -> int:
    ethnic = any(w in ETHNIC_NAME_MARKERS or w.startswith(("H'", "H’")) for w in words)
    return MAX_SYLLABLES_LONG if ethnic or _surname_length(words, 0) > 1 else MAX_SYLLABLES


def _nameable(words: list[str]) -> bool:
    """No syllable of the run names a place or a body, but a middle or given name of a full name that is
    also such a word ("Nguyễn Xuân Trường", "Nguyễn Trường Sơn"; "Đoàn Trường" is a school's youth union), or a
    family name that is also such a word before a middle name ("Lăng Văn Chuyên")."""
    exempt = GIVEN_NAME_SYLLABLES if len(words) > 2 else frozenset()
    first = [] if len(words) > 2 and words[1] in MIDDLE_NAMES else words[:1]  # "Lăng Văn Chuyên", not "Lăng Bác"
    return not NON_NAME_SYLLABLES.intersection(first + [w for w in words[1:] if w not in exempt])


@dataclass(frozen=True)
class Candidate:
    """A stretch of a run that may be a person's name."""

    syllables: tuple[Syllable, ...]
    has_surname: bool

    @property
    def start(self) -> int:
        return self.syllables[0].start

    @property
    def end(self) -> int:
        return self.syllables[-1].end

    @property
    def words(self) -> list[str]:
        return [s.word for s in self.syllables]

    @property
    def in_capitals(self) -> bool:
        """Written all in capitals ("NGUYỄN VĂN AN"): a name only where the context says so."""
        return any(s.capitals for s in self.syllables)


def _continues_as_word(text: str, run: list[Syllable]) -> bool:
    """The run's last syllable opens a lower-case word: "Đoàn Thanh niên", "Đoàn Đại biểu"."""
    last = run[-1]
    end = organization_word_end(match_view(text[last.start:last.start + 24]), 0)
    return end is not None and end > last.end - last.start


def _followed_by_initial(text: str, run: list[Syllable]) -> bool:
    initial = INITIAL_AFTER.match(text, run[-1].end)
    return bool(initial) and not _has_vowel(initial.group()[1:-1])


def _candidate(text: str, run: list[Syllable]) -> Candidate | None:
    """The part of a run that can be a name: places in front stripped, from the first family name. After
    a unit word, the place's name takes two syllables at least ("xã Vĩnh Trạch Đông" names no "Trạch Đông")."""
    if len(run) < 2 or _continues_as_word(text, run) or _followed_by_initial(text, run):
        return None
    words = [s.word for s in run]
    opening = int(words[0] in CAPITALIZED_ADDRESS
                  or (words[0] in SENTENCE_INITIAL_ADDRESS and opens_address(text, run[0].start, words[0])))
    first = opening + _place_length(words, opening)
    k = first
    while k < len(words):
        place = _place_length(words, k)
        if place:
            k += place
            continue
        rest = words[k:]
        opens_as_word = k == 0 and words[0] in SENTENCE_INITIAL_NON_NAMES and opens_sentence(text, run[0].start)
        if _surname_length(words, k) and 2 <= len(rest) <= _max_syllables(rest) and _nameable(rest) \
                and not opens_as_word and not _splits_place(text, run, k - first):
            return Candidate(tuple(run[k:]), True)
        if _middle_name_shape(rest) and len(rest) <= MAX_SYLLABLES_LONG and _nameable(rest):
            return Candidate(tuple(run[k:]), False)  # "TPHCM | Văn Thị Bạch Tuyết", not "Bạch Tuyết"
        k += 1
    rest = words[first:]
    if 2 <= len(rest) <= MAX_SYLLABLES_LONG and _nameable(rest):
        return Candidate(tuple(run[first:]), False)
    return None


def _splits_place(text: str, run: list[Syllable], place_syllables: int) -> bool:
    """A name starting after fewer syllables than a place named after a unit word takes."""
    return 0 < place_syllables < MIN_PLACE_SYLLABLES and _unit_before(text, run[0].start) is not None


# --- contexts -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Spans:
    """Character spans, telling in log time whether one of them covers a position."""

    starts: tuple[int, ...]
    reach: tuple[int, ...]  # the furthest end of the spans starting up to each start

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> Spans:
        ordered = sorted(spans)
        return cls(tuple(start for start, _ in ordered), tuple(accumulate((end for _, end in ordered), max)))

    def cover(self, pos: int) -> bool:
        index = bisect_right(self.starts, pos)
        return index > 0 and self.reach[index - 1] > pos


@dataclass(frozen=True)
class Context:
    """What the text around an article's runs says, computed once per text."""

    text: str
    view: str
    title_ends: dict[int, int]     # name start -> start of the title chain written just before it
    titles: Spans                  # the title chains
    bare_role_ends: frozenset[int]  # name starts right after a role word with no organization
    list_items: frozenset[int]     # starts of the items of a list of people
    excluded: Spans


def _title_ends(chains: list[list[Title]], scan: Scan) -> dict[int, int]:
    return {name_start_after(scan, chain[-1].end): chain[0].start for chain in chains}


def _bare_role_ends(text: str, view: str) -> frozenset[int]:
    """Where a name may follow a role word directly ("Chủ tịch Hồ Chí Minh", not "Lăng Chủ tịch …")."""
    return frozenset(role.end + 1 for role in roles().all_in(text, view)
                     if text.startswith(" ", role.end) and not _in_place_context(text, role.start))


def _list_items(text: str, view: str) -> frozenset[int]:
    starts: set[int] = set()
    for intro in LIST_INTRO.finditer(text):
        end_match = _LIST_END.search(text, intro.end())
        list_end = end_match.start() if end_match else len(text)
        starts.add(intro.end())
        for separator in LIST_ITEM_SEPARATOR.finditer(text, intro.end(), list_end):
            item = separator.end()
            honorific = honorifics().at(text, view, item)
            starts.add(_WHITESPACE.match(text, honorific.end).end() if honorific else item)
    return frozenset(starts)


def _excluded_spans(text: str, author: str | None) -> tuple[tuple[int, int], ...]:
    spans = [quote.span() for quote in QUOTE_SPANS.finditer(text)
             if DOCUMENT_WORDS.search(text, max(0, quote.start() - 60), quote.start())]
    if author:
        key = _name_key(author)
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(author.strip()), text, re.I)
                  if _name_key(m.group()) == key]
    return tuple(spans)


def _name_key(name: str) -> str:
    return " ".join(match_view(name).split())


def _context(text: str, view: str, candidates: list[Candidate], author: str | None,
             bodies: Mapping[int, int], non_nominal: frozenset[int] | None) -> Context:
    scan = Scan(text, view, frozenset(c.start for c in candidates if _has_name_shape(c)), bodies,
                non_nominal=non_nominal)
    inside_bodies = [(start + 1, end) for start, end in bodies.items()]  # "Công ty TNHH | Daesung Vina"
    chains = title_chains(scan)
    return Context(text, view, _title_ends(chains, scan), Spans.of((c[0].start, c[-1].end) for c in chains),
                   _bare_role_ends(text, view), _list_items(text, view),
                   Spans.of([*_excluded_spans(text, author), *inside_bodies]))


def _is_byline(text: str, candidate: Candidate) -> bool:
    """A line that holds nothing but the name: the reporter's byline."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    alone = not text[line_start:candidate.start].strip(" \t(")
    return alone and bool(_BYLINE_TAIL.match(text, candidate.end))


def _is_credit(text: str, start: int) -> bool:
    """Only a whole-line credit matches at the line's start; any other ends with a colon."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return bool(CREDIT_BEFORE.match(before)
                or (before.rstrip().endswith(":") and CREDIT_BEFORE.search(before)))


def _in_place_context(text: str, start: int) -> bool:
    return _place_cue_may_end_before(text, start) and bool(
        PLACE_CONTEXT_BEFORE.search(text, max(0, start - 40), start)
        or PLACE_LIST_BEFORE.search(text, max(0, start - 60), start))


def _place_cue_may_end_before(text: str, start: int) -> bool:
    """Whether the last word of a place cue ends right before `start`, spaces and a colon aside."""
    if not text[start - 1:start].isspace():
        return False
    words = text[max(0, start - 60):start].rstrip()
    return _ends_with_place_cue(words) or (words.endswith(":") and _ends_with_place_cue(words[:-1].rstrip()))


def _ends_with_place_cue(words: str) -> bool:
    return bool(PLACE_CUE_LAST_WORD.search(words, max(0, len(words) - PLACE_CUE_LAST_WORD_LENGTH)))


def _place_runs(text: str, runs: list[list[Syllable]]) -> dict[int, int]:
    """Runs named as places or streets, directly or as later items of a list of them: the start of each, and of
    the list's first item."""
    firsts: dict[int, int] = {}
    last_place: list[Syllable] | None = None
    for run in runs:
        start = run[0].start
        if last_place is not None and LIST_CONTINUATION.fullmatch(text, last_place[-1].end, start):
            firsts[start] = firsts[last_place[0].start]
            last_place = run
        elif _in_place_context(text, start):
            firsts[start] = start
            last_place = run
    return firsts


def _named_as_place(context: Context, place_runs: Mapping[int, int], candidate: Candidate, start: int) -> bool:
    """A later item of a list of places is a person's name when a title follows it, or when the list's first
    item closes a title ("Phó Giám đốc Bệnh viện Bạch Mai, Dương Văn A, …"): an apposition, not a list."""
    first = place_runs.get(start)
    if first is None or first == start:
        return first is not None
    closes_title = context.titles.cover(first) or first in context.title_ends
    return not (closes_title or _title_follows(context, candidate))


def _quoted_alone(text: str, candidate: Candidate) -> bool:
    return bool(QUOTE_OPEN.search(text, max(0, candidate.start - 3), candidate.start)
                and QUOTE_CLOSE.match(text, candidate.end))


def _foreign_shape(words: list[str]) -> bool:
    """Latin letters only ("Joko Widodo"), or a word longer than any Vietnamese syllable ("Bunthon Phommavông")."""
    return len(words) >= 2 and (all(w.isascii() for w in words) and any(len(w) > 2 for w in words)
                                or any(len(w) > MAX_SYLLABLE_LETTERS and w.isalpha() for w in words)
                                or any(LOWERCASE_AFTER_HYPHEN.search(w) for w in words))


def _has_name_shape(candidate: Candidate) -> bool:
    words = candidate.words
    if candidate.has_surname:
        return True
    if words[0] in ORG_HEADS:
        return False
    return _foreign_shape(words) or words[0] in ETHNIC_NAME_MARKERS or _middle_name_shape(words)


def _middle_name_shape(words: list[str]) -> bool:
    """A family name the lexicon lacks before a middle name ("Bá Văn Thành"), not a word of two syllables ("Nhà Văn
    Hóa Thanh Niên")."""
    return len(words) >= 3 and words[1] in MIDDLE_NAMES \
        and f"{words[1]} {words[2]}".lower() not in WORDS_OPENED_BY_MIDDLE_NAMES


def _unit_before(text: str, start: int) -> str | None:
    """The administrative unit word written just before `start` ("tỉnh", "Phường"), if any."""
    before = text[max(0, start - 12):start]
    if not before.endswith((" ", "\u00a0")):
        return None
    before = LOWERCASE_COMMITTEE_OF_UNIT.sub(r"\1", before.rstrip())  # "huyện ủy | Trần Đề"
    for written in (before, before.lower()):
        units = [m.group() for m in UNIT_WORDS.finditer(written) if m.end() == len(written)]
        if units:
            return units[-1]
    return None


def _place_closing_lowercase_title(context: Context, candidate: Candidate) -> bool:
    """A run of foreign shape only, after a title ending in a lower-case word that is no role word: the place
    closing an organization's name ("Giám đốc Ban Quản lý rừng phòng hộ Ia Grai"), not a person's name."""
    if candidate.has_surname or candidate.words[0] in ETHNIC_NAME_MARKERS:
        return False
    before = _LAST_WORD_BEFORE.search(context.text, max(0, candidate.start - 16), candidate.start)
    return bool(before and before.group(1)[:1].islower() and candidate.start not in context.bare_role_ends
                and not _unit_before(context.text, candidate.start))


def _title_follows(context: Context, candidate: Candidate) -> bool:
    gap = APPOSITION_GAP.match(context.text, candidate.end)
    return bool(gap and gap.group().strip() and roles().at(context.text, context.view, gap.end()))


def _is_place(candidate: Candidate) -> bool:
    words = candidate.words
    return any(_place_length(words, k) == len(words) - k for k in range(len(words) - 1))


def _accepted(context: Context, candidate: Candidate, honorific: Honorific | None, in_place: bool) -> bool:
    text, words = context.text, candidate.words
    if _is_rescued(context, candidate):
        return True
    if in_place:
        return False
    if candidate.in_capitals:
        return candidate.has_surname and (bool(honorific and honorific.strong) or _title_follows(context, candidate)
                                           or candidate.start in context.title_ends
                                           or candidate.start in context.list_items)
    if honorific and honorific.strong:
        return True
    unit = _unit_before(text, candidate.start)
    if candidate.start in context.title_ends:
        return (_has_name_shape(candidate) and (len(words) >= 3 or unit in (None, *PROVINCE_UNIT_WORDS))
                and not _place_closing_lowercase_title(context, candidate))
    if unit:
        return False
    if candidate.start in context.list_items or honorific:
        return _has_name_shape(candidate)
    if _title_follows(context, candidate):
        return candidate.has_surname or _foreign_shape(words)
    return (candidate.has_surname and len(words) >= 3 and not _is_place(candidate)
            and not _quoted_alone(text, candidate))


def _rescued_place(context: Context, run: list[Syllable]) -> Candidate | None:
    """A run that is all place name but written right after a bare role word: "Chủ tịch Hồ Chí Minh"."""
    if len(run) < 3 or run[0].start not in context.bare_role_ends:
        return None
    candidate = Candidate(tuple(run), True)
    return candidate if _is_rescued(context, candidate) else None


def _is_rescued(context: Context, candidate: Candidate) -> bool:
    """Three syllables or more right after a bare role word, a place's name all but the first ("Chủ tịch Hồ
    Chí Minh"); a body named after a place is none ("Tổng Biên tập Báo Bình Định"), nor a country ("Đại sứ Bồ Đào
    Nha")."""
    words = candidate.words
    return (len(words) >= 3 and candidate.start in context.bare_role_ends and words[0] not in ORG_HEADS
            and _is_place(candidate) and fold_tone_marks(" ".join(words)) not in foreign_places())


def _honorific_of(context: Context, candidate: Candidate) -> Honorific | None:
    honorific = honorifics().ending_at(context.text, context.view, candidate.start)
    if honorific is None and candidate.start in context.title_ends:
        honorific = honorifics().ending_at(context.text, context.view, context.title_ends[candidate.start])
    return honorific


def _excluded(context: Context, candidate: Candidate) -> bool:
    return (context.excluded.cover(candidate.start)
            or _is_byline(context.text, candidate) or _is_credit(context.text, candidate.start))


def find_officials(text: str, *, author: str | None = None, agencies: Iterable[Mention] = (),
                   non_nominal: frozenset[int] | None = None) -> list[Mention]:
    """Every named person in `text` (label "PERSON", offsets of the name only, as written); the `agencies`
    found in it end the capitalized words of their names, so a name written right after one is read on its own
    ("Hiệu trưởng Trường Đại học Quy Nhơn | Nguyễn Văn Bảy")."""
    norm = normalized(text)
    bodies = {body.start: body.end for body in norm.to_normalized(agencies)}
    mentions = []
    for candidate, honorific in _persons(norm.text, author, bodies, starts_in(norm, non_nominal)):
        start, end = norm.original_span(candidate.start, candidate.end)
        honorific_span = norm.original_span(honorific.start, honorific.end) if honorific else None
        mentions.append(Mention(start, end, "PERSON", {
            "name": text[start:end],
            "honorific": text[slice(*honorific_span)] if honorific_span else None,
        }))
    return mentions


def _persons(text: str, author: str | None, bodies: Mapping[int, int],
             non_nominal: frozenset[int] | None = None) -> list[tuple[Candidate, Honorific | None]]:
    """The accepted names of an NFC text, then their other mentions (a name found once is found everywhere)."""
    view = text_view(text)
    runs = _before_titles(capitalized_runs(text), [role.start for role in roles().all_in(text, view)])
    runs = _cut_at_body_ends(runs, sorted(set(bodies.values())))
    candidates = {id(run): _candidate(text, run) for run in runs}
    context = _context(text, view, [c for c in candidates.values() if c], author, bodies, non_nominal)
    place_runs = _place_runs(text, runs)
    found: dict[int, tuple[Candidate, Honorific | None]] = {}
    pending: list[Candidate] = []
    for run in runs:
        candidate = candidates[id(run)] or _rescued_place(context, run)
        if candidate is None or _excluded(context, candidate):
            continue
        in_place = _named_as_place(context, place_runs, candidate, run[0].start) or (
            candidate.start != run[0].start and _in_place_context(text, candidate.start))
        honorific = _honorific_of(context, candidate)
        if _accepted(context, candidate, honorific, in_place):
            found[candidate.start] = (candidate, honorific)
        elif not in_place and not _unit_before(text, candidate.start):
            pending.append(candidate)
    known = {_name_key(" ".join(c.words)) for c, _ in found.values()}
    listed = _listed_with(text, found, pending)
    for candidate in pending:
        if _name_key(" ".join(candidate.words)) in known or candidate.start in listed:
            found[candidate.start] = (candidate, _honorific_of(context, candidate))
    return [found[start] for start in sorted(found)]


def _listed_with(text: str, found: Mapping[int, tuple[Candidate, Honorific | None]],
                 pending: list[Candidate]) -> frozenset[int]:
    """The starts of short full names listed next to accepted names, each opening an item of the list: "Đặng Hồng
    Sỹ, Bùi Thắng, Lưu Văn Trung" (not the end of a body's name: "Nhà hát Lạc Hồng; Hà Thị Lý")."""
    ends = sorted(candidate.end for candidate, _ in found.values())
    starts = sorted(found)

    def next_to_accepted(candidate: Candidate) -> bool:
        before = bisect_right(ends, candidate.start) - 1
        after = bisect_left(starts, candidate.end)
        return (before >= 0 and bool(LIST_ITEM_SEPARATOR.fullmatch(text, ends[before], candidate.start))
                or after < len(starts) and bool(LIST_ITEM_SEPARATOR.fullmatch(text, candidate.end, starts[after])))

    return frozenset(candidate.start for candidate in pending
                     if candidate.has_surname and len(candidate.words) == 2 and not _is_place(candidate)
                     and LIST_ITEM_OPENING.search(text, max(0, candidate.start - 8), candidate.start)
                     and next_to_accepted(candidate))


class OfficialExtractor(SpanExtractor):
    """Named persons of the body; the byline author (`doc.user_data["author"]`) is never one."""

    span_key = "officials"

    def match(self, doc: Doc) -> list[Mention]:
        return find_officials(text_of(doc), author=doc.user_data.get("author"),
                              agencies=mentions_of(doc, "agencies"), non_nominal=non_nominal_words(doc))


@Language.factory("govnews_officials", default_config={})
def make_official_extractor(nlp: Language, name: str) -> OfficialExtractor:
    return OfficialExtractor()
