"""Exact and near-duplicate detection over clean article bodies.

Exact duplicates share `content_hash` (the clean text folded for matching).
Near duplicates are found with MinHash LSH (datasketch `MinHashLSH`) and kept
only when the estimated Jaccard similarity of their 5-word shingle sets
reaches `NEAR_THRESHOLD`.

Signatures are datasketch's "affine32" MinHash (seed `SEED`, `NUM_PERM`
permutations: MurmurHash3's finalizer, then `a * h + b mod 2**32`), computed
here with numpy in one pass instead of datasketch's per-value Python loop, so
a stored signature is exactly what `datasketch.MinHash(scheme="affine32")`
would hold for the same shingle hashes.

Choices, measured on the dev corpus (dev/articles.jsonl with its 10
republished pairs, articles_more_provinces.jsonl, articles_vfnd.jsonl; 183
articles, texts cleaned by `extraction.cleaning.clean`):

- `SHINGLE_SIZE` = 5 words (Vietnamese words are syllables). The exact
  Jaccard of the republished pairs is 0.80 to 1.00 (a copy without its
  closing paragraph keeps 0.80 of an article's shingles); the closest
  non-pair is 0.15 (3-word shingles: 0.18), and 99.9 % of non-pairs are
  under 0.02.
- `NEAR_THRESHOLD` = 0.5: about midway in that gap, 0.30 under the farthest
  pair and 0.35 over the closest non-pair, each more than six standard
  deviations of a 128-permutation estimate (sqrt(J(1-J)/128) <= 0.044).
- `NUM_PERM` = 128: the estimate's precision above; 64 would halve the
  signature cost but widen its error to 0.0625 at J = 0.5.
- `LSH_PARAMS` = 10 bands of 2 rows: a pair of Jaccard 0.5 / 0.6 / 0.8
  becomes a candidate with probability 0.944 / 0.989 / 0.99998, and an
  unrelated stored article (dev mean Jaccard 0.00016) with probability
  3e-5 (datasketch's own choice for 0.5, 25 bands of 5 rows, catches a pair
  of 0.5 with probability 0.55). Each band costs about 290 bytes per indexed
  article in datasketch's dict storage: with the kept signatures the index
  holds 2.9 kB per article over the 20,000 bulk records and 4.0 kB when no
  two articles share a bucket (`benchmarks/bench_dedup.py`), under the 5 kB
  budget that more bands would exceed.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from extraction.text import OLD_STYLE_TONES

SHINGLE_SIZE = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
NEAR_THRESHOLD = 0.5
LSH_PARAMS = (10, 2)
"""(bands, rows per band) of the LSH index; see the module docstring."""

SIGNATURE_DTYPE = np.uint32
INITIAL_ROWS = 1024
"""Signature rows an index allocates first; it doubles them when full."""
EMPTY_HASH = np.iinfo(SIGNATURE_DTYPE).max
"""Every value of the signature of a text without words (datasketch's empty MinHash)."""

_NEW_TO_OLD_STYLE_TONE = tuple((new, old) for old, new in OLD_STYLE_TONES.items())
"""New-style tone placement ("hòa") and its old style ("hoà"). Rewriting new
to old needs no context: a new-style "òa" only ends an open syllable, while an
old-style "oà" also sits inside closed ones ("hoàn")."""

_ASCII_NON_ALPHANUMERIC = bytes(byte for byte in range(128) if not chr(byte).isalnum())
_ASCII_SEPARATORS = bytes.maketrans(_ASCII_NON_ALPHANUMERIC, b" " * len(_ASCII_NON_ALPHANUMERIC))
"""Every ASCII byte that is not a letter or digit becomes a space."""
_WIDE_PUNCTUATION = tuple(ch.encode("utf-8") for ch in "“”‘’–—…«»•·")
"""Non-ASCII punctuation of Vietnamese news, split off words like ASCII punctuation."""

_FMIX32_SHIFTS = (16, 13, 16)
_FMIX32_MULTIPLIERS = (0x85EBCA6B, 0xC2B2AE35)
"""MurmurHash3's 32-bit finalizer, datasketch's pre-mix of the "affine32" scheme."""


@dataclass(frozen=True)
class Candidate:
    """One article of the current run."""

    article_id: str
    published: date | None
    content_hash: str
    signature: np.ndarray = field(compare=False, repr=False)


@dataclass(frozen=True)
class StoredCanonical:
    """A canonical article already in the store."""

    article_id: str
    content_hash: str
    signature: np.ndarray = field(compare=False, repr=False)


@dataclass(frozen=True)
class Duplicate:
    """A `duplicates` row: `duplicate_of` always names a canonical article."""

    article_id: str
    duplicate_of: str
    kind: str  # "exact" | "near"
    similarity: float


def word_hashes(text: str) -> np.ndarray:
    """CRC-32 of each word of `text`, lower-cased, tone placement folded, punctuation dropped."""
    folded = text.lower()
    for new_style, old_style in _NEW_TO_OLD_STYLE_TONE:
        folded = folded.replace(new_style, old_style)
    encoded = folded.encode("utf-8").translate(_ASCII_SEPARATORS)
    for mark in _WIDE_PUNCTUATION:
        encoded = encoded.replace(mark, b" ")
    words = encoded.split()
    return np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))


@lru_cache(maxsize=8)
def _shingle_multipliers(size: int) -> np.ndarray:
    """Random odd 64-bit multipliers, one per word position of a shingle."""
    random = np.random.RandomState(SEED)
    halves = random.randint(0, 1 << 63, size=size, dtype=np.uint64)
    return halves * np.uint64(2) + np.uint64(1)


def _shingle_hashes(words: np.ndarray, size: int) -> np.ndarray:
    """32-bit hash of every run of `size` consecutive words (one run when the text is shorter).

    Multilinear multiply-shift hashing: the sum of word hash times a random odd
    multiplier per position, modulo 2**64, keeping the high 32 bits.
    """
    if len(words) == 0:
        return np.empty(0, dtype=SIGNATURE_DTYPE)
    width = min(size, len(words))
    count = len(words) - width + 1
    multipliers = _shingle_multipliers(size)
    combined = words[:count] * multipliers[0]
    for offset in range(1, width):
        combined += words[offset:offset + count] * multipliers[offset]
    return (combined >> np.uint64(32)).astype(SIGNATURE_DTYPE)


def shingles(text: str, size: int = SHINGLE_SIZE) -> np.ndarray:
    """The set of `size`-word shingles of `text`, as sorted unique 32-bit hashes."""
    return np.unique(_shingle_hashes(word_hashes(text), size))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutation parameters (a, b) for `SEED`, as column vectors."""
    a, b = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    return a.reshape(-1, 1), b.reshape(-1, 1)


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer on uint32 values (multiplication wraps modulo 2**32)."""
    first, second, third = (SIGNATURE_DTYPE(shift) for shift in _FMIX32_SHIFTS)
    low, high = (SIGNATURE_DTYPE(multiplier) for multiplier in _FMIX32_MULTIPLIERS)
    values = (values ^ (values >> first)) * low
    values = (values ^ (values >> second)) * high
    return values ^ (values >> third)


def min_hash(shingle_hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature of a set of 32-bit hashes (datasketch's affine32 scheme)."""
    if len(shingle_hashes) == 0:
        return np.full(NUM_PERM, EMPTY_HASH, dtype=SIGNATURE_DTYPE)
    a, b = _permutations()
    permuted = a * _fmix32(shingle_hashes.astype(SIGNATURE_DTYPE, copy=False))
    permuted += b
    return permuted.min(axis=1)


def signature(text: str) -> np.ndarray:
    """The MinHash signature (`NUM_PERM` uint32 values) of a clean body's 5-word shingles."""
    return min_hash(_shingle_hashes(word_hashes(text), SHINGLE_SIZE))


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """The Jaccard similarity estimated from two signatures: the share of equal values."""
    return float(np.count_nonzero(first == second)) / len(first)


def _as_signature(values: Iterable[int]) -> np.ndarray:
    """An owned uint32 copy of a signature (stored ones come back from Parquet as lists)."""
    result = np.array(values, dtype=SIGNATURE_DTYPE)
    if result.shape != (NUM_PERM,):
        raise ValueError(f"a signature has {NUM_PERM} values, got shape {result.shape}")
    return result


def _lean(signature_values: np.ndarray) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=signature_values, scheme=SCHEME)


class NearDuplicateIndex:
    """Canonical articles in a MinHash LSH index, with their signatures to verify candidates.

    The LSH keys are row numbers of one signature matrix, so the candidates of a
    query are verified in a single vectorized comparison.
    """

    def __init__(self) -> None:
        self._lsh = MinHashLSH(num_perm=NUM_PERM, params=LSH_PARAMS)
        self._article_ids: list[str] = []
        self._signatures = np.empty((INITIAL_ROWS, NUM_PERM), dtype=SIGNATURE_DTYPE)

    def __len__(self) -> int:
        return len(self._article_ids)

    def add(self, article_id: str, signature_values: Iterable[int]) -> None:
        owned = _as_signature(signature_values)
        row = len(self._article_ids)
        if row == len(self._signatures):
            self._signatures = _doubled(self._signatures)
        self._signatures[row] = owned
        self._lsh.insert(row, _lean(owned))
        self._article_ids.append(article_id)

    def closest(self, signature_values: Iterable[int]) -> tuple[str, float] | None:
        """The indexed article most similar to the signature among the LSH candidates
        (ties to the smallest id), with its estimated Jaccard; None without candidates."""
        query = _as_signature(signature_values)
        rows = np.fromiter(self._lsh.query(_lean(query)), dtype=np.intp)
        if len(rows) == 0:
            return None
        shared = np.count_nonzero(self._signatures[rows] == query, axis=1)
        best = shared.max()
        article_id = min(self._article_ids[row] for row in rows[shared == best])
        return article_id, float(best) / NUM_PERM


def _doubled(matrix: np.ndarray) -> np.ndarray:
    grown = np.empty((2 * len(matrix), matrix.shape[1]), dtype=matrix.dtype)
    grown[:len(matrix)] = matrix
    return grown


def canonical_order(candidate: Candidate) -> tuple[bool, date | None, str]:
    """Earliest `published` first, undated last, then the smallest `article_id`."""
    return candidate.published is None, candidate.published, candidate.article_id


def find_duplicates(
    candidates: list[Candidate],
    stored: Iterable[StoredCanonical],
    *,
    threshold: float = NEAR_THRESHOLD,
) -> list[Duplicate]:
    """The duplicates among this run's candidates, in canonical order.

    Stored canonicals are indexed first, so they stay canonical. Candidates
    are taken earliest first (see `canonical_order`), whatever the input
    order: each one is an exact duplicate of the canonical owning its
    `content_hash`, else a near duplicate of the most similar indexed
    canonical at estimated Jaccard >= `threshold`, else a new canonical. Only
    canonicals are indexed, so `duplicate_of` never names a duplicate. A
    stored article with the id of a candidate is the earlier version of that
    record, which the candidate supersedes: it is left out. `LSH_PARAMS` are
    tuned for thresholds of 0.5 and above: lower ones miss more pairs.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    run_ids = {candidate.article_id for candidate in candidates}
    if len(run_ids) != len(candidates):
        raise ValueError("candidate article ids must be unique")
    index = NearDuplicateIndex()
    canonical_by_hash: dict[str, str] = {}
    for canonical in stored:
        if canonical.article_id not in run_ids:
            canonical_by_hash.setdefault(canonical.content_hash, canonical.article_id)
            index.add(canonical.article_id, canonical.signature)
    duplicates: list[Duplicate] = []
    for candidate in sorted(candidates, key=canonical_order):
        duplicate = _duplicate_of_indexed(candidate, canonical_by_hash, index, threshold)
        if duplicate is None:
            canonical_by_hash.setdefault(candidate.content_hash, candidate.article_id)
            index.add(candidate.article_id, candidate.signature)
        else:
            canonical_by_hash.setdefault(candidate.content_hash, duplicate.duplicate_of)
            duplicates.append(duplicate)
    return duplicates


def _duplicate_of_indexed(
    candidate: Candidate,
    canonical_by_hash: dict[str, str],
    index: NearDuplicateIndex,
    threshold: float,
) -> Duplicate | None:
    exact = canonical_by_hash.get(candidate.content_hash)
    if exact is not None:
        return Duplicate(candidate.article_id, exact, "exact", 1.0)
    closest = index.closest(candidate.signature)
    if closest is None or closest[1] < threshold:
        return None
    return Duplicate(candidate.article_id, closest[0], "near", closest[1])
