"""Officials: every named person in the body, the name only, with the honorific written before it.

A character-level grammar, no tagger: a name is a run of capitalized syllables; it counts when the
context says it is a person's name (an honorific, a title, a title in apposition after it, a list
of people) or, without such a cue, when it has the full shape of a Vietnamese name (a family name
from `corpora/lexicons/surnames.txt` and two or three more syllables). Streets, places, schools and
prizes named after people, credits and bylines, and names inside a document's title are left out.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from extraction.components.base import Mention, SpanExtractor, text_of
from extraction.components.positions import (Honorific, Scan, honorifics, match_view,
                                             normalized, opens_sentence, organization_word_end, roles,
                                             title_chains)
from extraction.lexicons import provinces, read_tsv
from extraction.patterns.names import (CAPITALIZED_WORD, CREDIT_BEFORE, DOCUMENT_WORDS, ETHNIC_NAME_MARKERS, INITIAL_AFTER,
                                       LIST_CONTINUATION, LIST_INTRO, LIST_ITEM_SEPARATOR, MAX_SYLLABLES,
                                       MAX_SYLLABLES_LONG, NON_NAME_SYLLABLES, NON_PERSON_PHRASES,
                                       PLACE_CONTEXT_BEFORE, PLACE_CUE_LAST_WORD, PLACE_CUE_LAST_WORD_LENGTH,
                                       PLACE_LIST_BEFORE, PROVINCE_UNIT_WORDS,
                                       QUOTE_CLOSE, QUOTE_OPEN, QUOTE_SPANS, SENTENCE_INITIAL_ADDRESS,
                                       SENTENCE_INITIAL_NON_NAMES, VOWELS)
from extraction.patterns.titles import APPOSITION_GAP, NAME_AFTER_TITLE_GAP, ORG_HEADS, UNIT_WORDS

_PLACE_PREFIXES = re.compile(r"^(?:TP\.?\s*|Tp\.?\s*|Thành phố\s+|Thủ đô\s+|Tỉnh\s+)")
_RUN_SPACES = " \u00a0"
_WHITESPACE = re.compile(r"\s*")
_NAME_PARTS = re.compile(r"['’\-]")
_LIST_END = re.compile(r"\.(?:\s|$)|\n")
_BYLINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t]*[.,]?[ \t]*$", re.M)


# --- lexicons -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NameLexicon:
    surnames: frozenset[str]
    compound_surnames: dict[str, tuple[tuple[str, ...], ...]]  # first syllable -> compounds
    places: frozenset[str]


def _province_phrases() -> set[str]:
    phrases: set[str] = set()
    for province in provinces():
        for phrase in [province.name, province.province_2025, *province.variants]:
            phrase = _PLACE_PREFIXES.sub("", phrase.strip())
            phrases.update(part.strip() for part in re.split(r"\s[-–]\s|-", phrase) if part.strip())
            phrases.add(phrase)
    return phrases


def _by_first_syllable(compounds: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for compound in sorted(set(compounds)):
        grouped.setdefault(compound[0], []).append(compound)
    return {first: tuple(group) for first, group in grouped.items()}


@lru_cache(maxsize=1)
def lexicon() -> NameLexicon:
    entries = [row[0] for row in read_tsv("surnames.txt", header=False)]
    places = {match_view(p) for p in _province_phrases() | NON_PERSON_PHRASES if p}
    return NameLexicon(
        frozenset(e for e in entries if " " not in e),
        _by_first_syllable(tuple(e.split()) for e in entries if " " in e),
        frozenset(places),
    )


# --- capitalized runs -----------------------------------------------------------------------------

class Syllable(NamedTuple):
    start: int
    end: int
    word: str


@lru_cache(maxsize=65536)
def _has_vowel(word: str) -> bool:
    return any(unicodedata.normalize("NFD", c)[0].lower() in VOWELS for c in word)


def _is_name_syllable(text: str, token: re.Match[str]) -> bool:
    word = token.group()
    if len(word) == 1:
        return not text.startswith(".", token.end())  # "H." is an initial
    return _is_name_shaped(word)


@lru_cache(maxsize=65536)
def _is_name_shaped(word: str) -> bool:
    """Every part title-cased, and a vowel somewhere ("Th." is an initial)."""
    return all(part[:1].isupper() and (len(part) == 1 or part[1:].islower())
               for part in _NAME_PARTS.split(word) if part) and _has_vowel(word)


def capitalized_runs(text: str) -> list[list[Syllable]]:
    """Maximal runs of capitalized syllables separated by single spaces."""
    runs: list[list[Syllable]] = []
    current: list[Syllable] = []
    for token in CAPITALIZED_WORD.finditer(text):
        if not _is_name_syllable(text, token):
            current = []
            continue
        start, end = token.span()
        if current and not (start - current[-1].end == 1 and text[start - 1] in _RUN_SPACES):
            current = []
        if not current:
            runs.append(current)
        current.append(Syllable(start, end, token.group()))
    return runs


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
    return not NON_NAME_SYLLABLES.intersection(words)


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


def _continues_as_word(text: str, run: list[Syllable]) -> bool:
    """The run's last syllable opens a lower-case word: "Đoàn Thanh niên", "Đoàn Đại biểu"."""
    last = run[-1]
    end = organization_word_end(match_view(text[last.start:last.start + 24]), 0)
    return end is not None and end > last.end - last.start


def _followed_by_initial(text: str, run: list[Syllable]) -> bool:
    initial = INITIAL_AFTER.match(text, run[-1].end)
    return bool(initial) and not _has_vowel(initial.group()[1:-1])


def _candidate(text: str, run: list[Syllable]) -> Candidate | None:
    """The part of a run that can be a name: places in front stripped, from the first family name."""
    if len(run) < 2 or _continues_as_word(text, run) or _followed_by_initial(text, run):
        return None
    words = [s.word for s in run]
    opening = int(words[0] in SENTENCE_INITIAL_ADDRESS and opens_sentence(text, run[0].start))
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
                and not opens_as_word:
            return Candidate(tuple(run[k:]), True)
        k += 1
    rest = words[first:]
    if 2 <= len(rest) <= MAX_SYLLABLES_LONG and _nameable(rest):
        return Candidate(tuple(run[first:]), False)
    return None


# --- contexts -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Context:
    """What the text around an article's runs says, computed once per text."""

    text: str
    view: str
    title_ends: dict[int, int]     # name start -> start of the title chain written just before it
    bare_role_ends: frozenset[int]  # name starts right after a role word with no organization
    list_items: frozenset[int]     # starts of the items of a list of people
    excluded: tuple[tuple[int, int], ...]


def _title_ends(scan: Scan) -> dict[int, int]:
    ends: dict[int, int] = {}
    for chain in title_chains(scan):
        gap = NAME_AFTER_TITLE_GAP.match(scan.text, chain[-1].end)
        ends[gap.end()] = chain[0].start
    return ends


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


def _context(text: str, candidates: list[Candidate], author: str | None) -> Context:
    view = match_view(text)
    scan = Scan(text, view, frozenset(c.start for c in candidates if _has_name_shape(c)))
    return Context(text, view, _title_ends(scan), _bare_role_ends(text, view),
                   _list_items(text, view), _excluded_spans(text, author))


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


def _place_runs(text: str, runs: list[list[Syllable]]) -> frozenset[int]:
    """Starts of runs named as places or streets, directly or as later items of a list of them."""
    starts: set[int] = set()
    last_place_end: int | None = None
    for run in runs:
        start = run[0].start
        continues_list = last_place_end is not None and bool(
            LIST_CONTINUATION.fullmatch(text, last_place_end, start))
        if continues_list or _in_place_context(text, start):
            starts.add(start)
            last_place_end = run[-1].end
    return frozenset(starts)


def _quoted_alone(text: str, candidate: Candidate) -> bool:
    return bool(QUOTE_OPEN.search(text, max(0, candidate.start - 3), candidate.start)
                and QUOTE_CLOSE.match(text, candidate.end))


def _foreign_shape(words: list[str]) -> bool:
    return len(words) >= 2 and all(w.isascii() for w in words) and any(len(w) > 2 for w in words)


def _has_name_shape(candidate: Candidate) -> bool:
    words = candidate.words
    if candidate.has_surname:
        return True
    if words[0] in ORG_HEADS:
        return False
    return _foreign_shape(words) or words[0] in ETHNIC_NAME_MARKERS


def _unit_before(text: str, start: int) -> str | None:
    """The administrative unit word written just before `start` ("tỉnh", "Phường"), if any."""
    before = text[max(0, start - 12):start]
    if not before.endswith((" ", "\u00a0")):
        return None
    before = before.rstrip()
    for written in (before, before.lower()):
        units = [m.group() for m in UNIT_WORDS.finditer(written) if m.end() == len(written)]
        if units:
            return units[-1]
    return None


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
    if honorific and honorific.strong:
        return True
    unit = _unit_before(text, candidate.start)
    if candidate.start in context.title_ends:
        return _has_name_shape(candidate) and (len(words) >= 3 or unit in (None, *PROVINCE_UNIT_WORDS))
    if unit:
        return False
    if candidate.start in context.list_items or honorific:
        return _has_name_shape(candidate)
    if _title_follows(context, candidate):
        return candidate.has_surname
    return (candidate.has_surname and len(words) >= 3 and not _is_place(candidate)
            and not _quoted_alone(text, candidate))


def _rescued_place(context: Context, run: list[Syllable]) -> Candidate | None:
    """A run that is all place name but written right after a bare role word: "Chủ tịch Hồ Chí Minh"."""
    if len(run) < 3 or run[0].start not in context.bare_role_ends:
        return None
    candidate = Candidate(tuple(run), True)
    return candidate if _is_place(candidate) else None


def _is_rescued(context: Context, candidate: Candidate) -> bool:
    return (len(candidate.syllables) >= 3 and candidate.start in context.bare_role_ends
            and _is_place(candidate))


def _honorific_of(context: Context, candidate: Candidate) -> Honorific | None:
    honorific = honorifics().ending_at(context.text, context.view, candidate.start)
    if honorific is None and candidate.start in context.title_ends:
        honorific = honorifics().ending_at(context.text, context.view, context.title_ends[candidate.start])
    return honorific


def _excluded(context: Context, candidate: Candidate) -> bool:
    return (any(start <= candidate.start < end for start, end in context.excluded)
            or _is_byline(context.text, candidate) or _is_credit(context.text, candidate.start))


def find_officials(text: str, *, author: str | None = None) -> list[Mention]:
    """Every named person in `text` (label "PERSON", offsets of the name only, as written)."""
    norm = normalized(text)
    mentions = []
    for candidate, honorific in _persons(norm.text, author):
        start, end = norm.original_span(candidate.start, candidate.end)
        honorific_span = norm.original_span(honorific.start, honorific.end) if honorific else None
        mentions.append(Mention(start, end, "PERSON", {
            "name": text[start:end],
            "honorific": text[slice(*honorific_span)] if honorific_span else None,
        }))
    return mentions


def _persons(text: str, author: str | None) -> list[tuple[Candidate, Honorific | None]]:
    """The accepted names of an NFC text, then their other mentions (a name found once is found everywhere)."""
    runs = capitalized_runs(text)
    candidates = {id(run): _candidate(text, run) for run in runs}
    context = _context(text, [c for c in candidates.values() if c], author)
    place_runs = _place_runs(text, runs)
    found: dict[int, tuple[Candidate, Honorific | None]] = {}
    pending: list[Candidate] = []
    for run in runs:
        candidate = candidates[id(run)] or _rescued_place(context, run)
        if candidate is None or _excluded(context, candidate):
            continue
        in_place = run[0].start in place_runs or (
            candidate.start != run[0].start and _in_place_context(text, candidate.start))
        honorific = _honorific_of(context, candidate)
        if _accepted(context, candidate, honorific, in_place):
            found[candidate.start] = (candidate, honorific)
        elif not in_place and not _unit_before(text, candidate.start):
            pending.append(candidate)
    known = {_name_key(" ".join(c.words)) for c, _ in found.values()}
    for candidate in pending:
        if _name_key(" ".join(candidate.words)) in known:
            found[candidate.start] = (candidate, _honorific_of(context, candidate))
    return [found[start] for start in sorted(found)]


class OfficialExtractor(SpanExtractor):
    """Named persons of the body; the byline author (`doc.user_data["author"]`) is never one."""

    span_key = "officials"

    def match(self, doc: Doc) -> list[Mention]:
        return find_officials(text_of(doc), author=doc.user_data.get("author"))


@Language.factory("govnews_officials", default_config={})
def make_official_extractor(nlp: Language, name: str) -> OfficialExtractor:
    return OfficialExtractor()
