"""An underthesea-backed spaCy tokenizer that keeps `doc.text == text`.

The text is expected to be normalized already (see `extraction.text`): this
module never rewrites characters. Lines are split first (underthesea's
`sent_tokenize` does not split at newlines), each line is split into
sentences, each sentence is word-segmented with `use_token_normalize=False`,
and every word is mapped back to its exact character offsets. Whatever the
segmenter dropped or altered is kept as plain whitespace-separated tokens, so
no character of the text is ever lost.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extraction.components.base import TEXT_KEY

MAX_SENTENCE_CHARS = 1200
"""Longer sentences are cut at whitespace before segmentation: underthesea's
cost grows faster than linearly with input length (NOTES)."""

_WHITESPACE = re.compile(r"\s+")
_NON_SPACE_RUN = re.compile(r"\S+")


@dataclass(frozen=True)
class Segment:
    """One sentence of the text: its char range and its words' char ranges."""

    start: int
    end: int
    words: tuple[tuple[int, int], ...]


def _underthesea():
    from underthesea import sent_tokenize, word_tokenize
    return sent_tokenize, word_tokenize


def sentence_ranges(text: str) -> Iterator[tuple[int, int]]:
    """Char ranges of the sentences of `text`, never crossing a newline."""
    sent_tokenize, _ = _underthesea()
    line_start = 0
    for line in text.split("\n"):
        if line.strip():
            cursor = 0
            for sentence in sent_tokenize(line):
                found = line.find(sentence, cursor)
                if found < 0:
                    continue
                cursor = found + len(sentence)
                yield from _bounded(line_start + found, line_start + cursor, text)
            rest = line[cursor:]
            if rest.strip():
                offset = line_start + cursor + (len(rest) - len(rest.lstrip()))
                yield from _bounded(offset, line_start + len(line.rstrip()), text)
        line_start += len(line) + 1


def _bounded(start: int, end: int, text: str) -> Iterator[tuple[int, int]]:
    """Cut a sentence longer than MAX_SENTENCE_CHARS at whitespace."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def word_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Char ranges of underthesea's words in text[start:end], mapped back exactly."""
    _, word_tokenize = _underthesea()
    sentence = text[start:end]
    words = word_tokenize(sentence, use_token_normalize=False)
    ranges: list[tuple[int, int]] = []
    cursor = 0
    for word in words:
        located = _locate(sentence, word, cursor)
        if located is None:
            continue
        ranges.append((start + located[0], start + located[1]))
        cursor = located[1]
    return _fill_gaps(text, start, end, ranges)


def _locate(sentence: str, word: str, cursor: int) -> tuple[int, int] | None:
    """Find `word` (syllables joined by single spaces) at or after `cursor`."""
    position = cursor
    while position < len(sentence) and sentence[position].isspace():
        position += 1
    if sentence.startswith(word, position):
        return position, position + len(word)
    syllables = word.split(" ")
    pattern = r"\s+".join(re.escape(s) for s in syllables if s)
    if not pattern:
        return None
    match = re.compile(pattern).search(sentence, cursor)
    if match is None:
        return None
    return match.start(), match.end()


def _fill_gaps(text: str, start: int, end: int,
               ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cover any non-space text the segmenter skipped with whitespace-split tokens."""
    filled: list[tuple[int, int]] = []
    cursor = start
    for word_start, word_end in ranges + [(end, end)]:
        for gap in _NON_SPACE_RUN.finditer(text, cursor, word_start):
            filled.append((gap.start(), gap.end()))
        if word_end > word_start:
            filled.append((word_start, word_end))
        cursor = max(cursor, word_end)
    return filled


def segment(text: str) -> list[Segment]:
    """Sentences and words of `text` as exact char ranges."""
    return [Segment(s, e, tuple(word_ranges(text, s, e))) for s, e in sentence_ranges(text)]


def doc_from_segments(vocab: Vocab, text: str, segments: list[Segment]) -> Doc:
    """Build a Doc whose text is exactly `text`; whitespace runs other than a
    single space become whitespace tokens, as spaCy does."""
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool] = []
    cursor = 0

    def add_gap(gap_end: int) -> None:
        gap = text[cursor:gap_end]
        if not gap:
            return
        if words and gap == " " and not spaces[-1]:
            spaces[-1] = True
            return
        if words and not spaces[-1] and gap.startswith(" "):
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            sent_starts.append(not sent_starts)

    for seg in segments:
        for index, (word_start, word_end) in enumerate(seg.words):
            add_gap(word_start)
            words.append(text[word_start:word_end])
            spaces.append(False)
            sent_starts.append(index == 0)
            cursor = word_end
    add_gap(len(text))
    if sent_starts:
        sent_starts[0] = True
    return Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)


class UnderseaTokenizer:
    """spaCy tokenizer: sentences and words from underthesea, text kept exactly."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        doc = doc_from_segments(self.vocab, text, segment(text))
        doc.user_data[TEXT_KEY] = text
        return doc

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "UnderseaTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "UnderseaTokenizer":
        return self


def collapse_whitespace(token_text: str) -> str:
    """A token's surface with inner whitespace collapsed to one space (SPEC sentences.tokens)."""
    return _WHITESPACE.sub(" ", token_text)
