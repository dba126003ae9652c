"""The lexicons under `corpora/lexicons/`, read once per process.

Every file is UTF-8, tab-separated, with `#` comment lines documenting its
columns, then a header line (provinces.tsv names its columns in a comment). Lookups go through
`lexicon_key`, which folds case, the look-alike "Ð", dashes, spacing and the
placement of tone marks ("Uỷ" = "Ủy", "hoà" = "hòa").
"""
from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extraction.text import fold_tone_placement

LEXICON_DIR = Path(__file__).resolve().parents[1] / "corpora" / "lexicons"
WORD_LIST = ("corpus", "data", "Viet74K.txt")
"""Hồ Ngọc Đức's Vietnamese word list, as shipped inside the underthesea package."""

_LOOKALIKES = (("Ð", "Đ"), ("ð", "đ"))
_DASHES = re.compile(r"\s*[-‐‑‒–—―]\s*")
_SPACES = re.compile(r"\s+")
_DASH_CHARACTERS = "-‐‑‒–—―"
"""The dashes of _DASHES, the hyphen-minus first (the others are replaced by " - ")."""
_ODD_SPACE = re.compile(r"[^\S\n ]")
"""Whitespace other than a space or a line break."""
def fold_tone_marks(text: str) -> str:
    """Same-length rewrite: look-alike "Ð" → "Đ" and tone marks in the older placement
    ("Uỷ ban" → "Ủy ban", "khoá" → "khóa"); offsets into `text` stay valid."""
    for lookalike, letter in _LOOKALIKES:
        text = text.replace(lookalike, letter)
    return fold_tone_placement(text)


@lru_cache(maxsize=1 << 14)
def lexicon_key(text: str) -> str:
    """The form lexicon entries are looked up by."""
    folded = fold_tone_marks(unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", _DASHES.sub(" - ", folded)).strip().casefold()


def lexicon_keys(lines: list[str]) -> list[str]:
    """`lexicon_key` of each line (lines hold no "\\n"), rewriting them all in one pass: a
    word list of tens of thousands of lines is keyed in a few hundredths of a second, not
    in a few tenths. A dash keeps the spaces around it here, which are then collapsed with
    the others: the same result as dropping them first."""
    text = fold_tone_marks(unicodedata.normalize("NFC", "\n".join(lines)))
    for dash in _DASH_CHARACTERS:
        text = text.replace(dash, " - ")
    text = _ODD_SPACE.sub(" ", text)
    while "  " in text:
        text = text.replace("  ", " ")
    return list(map(str.strip, text.casefold().split("\n")))


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits only: "Bình Định" → "binhdinh"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in decomposed if not unicodedata.combining(c)).lower())


def read_tsv(name: str, *, header: bool = True) -> list[list[str]]:
    """Rows of a lexicon file, comments (and the header line, when it has one) left out."""
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    return [[cell.strip() for cell in line.split("\t")] for line in body[1 if header else 0:]]


@dataclass(frozen=True)
class Province:
    """One of the 63 provinces / centrally-run cities before the 2025 merger."""

    name: str
    level: str
    province_2025: str
    variants: tuple[str, ...]

    @property
    def short_name(self) -> str:
        """The name without its level word ("Thành phố Hồ Chí Minh" → "Hồ Chí Minh")."""
        if self.name.casefold().startswith(self.level + " "):
            return self.name[len(self.level) + 1:]
        return self.name

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, self.short_name) + self.variants


@dataclass(frozen=True)
class AgencyHead:
    """A head noun of organization names (see agency_heads.tsv)."""

    head: str
    expansion: str
    kind: str
    unit: str
    alone: bool
    name: str


@dataclass(frozen=True)
class Abbreviation:
    abbreviation: str
    expansion: str
    after: tuple[str, ...]


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    result = []
    for row in read_tsv("provinces.tsv", header=False):
        name, level, after_2025 = row[:3]
        variants = tuple(v.strip() for v in (row[3] if len(row) > 3 else "").split(",") if v.strip())
        result.append(Province(name, level, after_2025, variants))
    return tuple(result)


@lru_cache(maxsize=1)
def _province_index() -> dict[str, Province]:
    index: dict[str, Province] = {}
    for province in provinces():
        for spelling in province.spellings:
            index.setdefault(lexicon_key(spelling), province)
    return index


_LEADING_LEVEL = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s+")


def find_province(name: str | None) -> Province | None:
    """The province a name or variant denotes ("TP.HCM", "tỉnh Yên Bái"), or None."""
    if not name:
        return None
    key = lexicon_key(name)
    return _province_index().get(key) or _province_index().get(_LEADING_LEVEL.sub("", key))


def province_after_2025(name: str) -> str | None:
    """The province `name` belongs to after the 2025 merger ("Yên Bái" → "Lào Cai")."""
    province = find_province(name)
    return province.province_2025 if province else None


@lru_cache(maxsize=1)
def agency_heads() -> tuple[AgencyHead, ...]:
    return tuple(AgencyHead(fold_tone_marks(head), expansion, kind, unit, alone == "yes", name)
                 for head, expansion, kind, unit, alone, name in read_tsv("agency_heads.tsv"))


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, Abbreviation]:
    table: dict[str, Abbreviation] = {}
    for row in read_tsv("abbreviations.tsv"):
        after = tuple(w for w in (row[2] if len(row) > 2 else "").split(",") if w)
        table[row[0]] = Abbreviation(row[0], row[1], after)
    return table


@lru_cache(maxsize=1)
def agency_name_words() -> dict[str, str]:
    """Lower-case words that continue an organization's name → their group."""
    return {lexicon_key(word): group for word, group in read_tsv("agency_name_words.tsv")}


@lru_cache(maxsize=1)
def person_surnames() -> frozenset[str]:
    return frozenset(fold_tone_marks(row[0]) for row in read_tsv("person_surnames.tsv"))


@lru_cache(maxsize=1)
def two_syllable_words() -> frozenset[str]:
    """The two-syllable words of the Vietnamese word list shipped with underthesea, as
    lexicon keys ("y tế", "chiến lược"); read from the package's files without importing it."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent.joinpath(*WORD_LIST)
    words = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(key for key in lexicon_keys(words) if key.count(" ") == 1)


@lru_cache(maxsize=1)
def foreign_places() -> dict[str, str]:
    """Countries, territories and world regions as written ("Hoa Kỳ", "châu Âu") → their
    group (country | region); see foreign_places.tsv."""
    return {fold_tone_marks(name): group for name, group in read_tsv("foreign_places.tsv")}


@lru_cache(maxsize=1)
def agency_name_variants() -> dict[str, str]:
    """Informal spellings of ministries' and departments' names → their official form
    (agency_name_variants.tsv), the written side with tone marks folded."""
    return {fold_tone_marks(written): official for written, official in read_tsv("agency_name_variants.tsv")}


FOREIGN_KIND = "foreign"
"""The kind of the heads of foreign_bodies.tsv, told apart from the kinds of agency_heads.tsv."""


@lru_cache(maxsize=1)
def foreign_agency_heads() -> tuple[AgencyHead, ...]:
    """Heads of foreign and international bodies (foreign_bodies.tsv): of kind FOREIGN_KIND,
    never attached to a Vietnamese unit."""
    return tuple(AgencyHead(fold_tone_marks(head), expansion, FOREIGN_KIND, "none", alone == "yes", name)
                 for head, expansion, alone, name in read_tsv("foreign_bodies.tsv"))
