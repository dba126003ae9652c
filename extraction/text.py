"""Character-level normalization of Vietnamese text, and a folded form for comparing.

`normalize` is what `articles.text` is built from: it only repairs encoding
accidents (decomposed characters, the look-alike "Ð", odd spaces, invisible
characters, line-ending variants) and keeps every writing choice of the
author: tone-mark placement ("hoà"), dashes ("–"), case.

`fold_for_match` is a comparison key, never stored as text: it also folds
case, tone-mark placement, dashes and whitespace, so that "Ủy ban" and
"Uỷ  ban", or "Văn hóa – Xã hội" and "văn hoá - xã hội", compare equal.
"""
from __future__ import annotations

import re
import unicodedata

_LOOKALIKE_ETH = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
"""Icelandic eth "Ð"/"ð" typed for Vietnamese "Đ"/"đ"."""

_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
_CONTROL = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), *range(0x7f, 0xa0)))

_REPAIRS = {
    **_LOOKALIKE_ETH,
    **{ch: " " for ch in _ODD_SPACES},
    **{ch: "" for ch in _INVISIBLE + _CONTROL},
    "\u2028": "\n",
    "\u2029": "\n",
    "\r\n": "\n",
    "\r": "\n",
}
_NEEDS_REPAIR = re.compile("\r\n|" + "[" + re.escape("".join(ch for ch in _REPAIRS if len(ch) == 1)) + "]")

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH = re.compile("[" + _DASHES + "]")

OLD_STYLE_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
"""Old-style tone placement on an open "oa"/"oe"/"uy" syllable, and its new-style form."""
_OLD_STYLE_FORMS = {**OLD_STYLE_TONES,
                    **{old.upper(): new.upper() for old, new in OLD_STYLE_TONES.items()},
                    **{old.capitalize(): new.capitalize() for old, new in OLD_STYLE_TONES.items()},
                    **{old[0] + old[1].upper(): new[0] + new[1].upper() for old, new in OLD_STYLE_TONES.items()},
                    **{old[0].upper() + old[1]: new[0].upper() + new[1] for old, new in OLD_STYLE_TONES.items()}}
_OLD_STYLE_TONE_SYLLABLE_END = re.compile(
    r"(?<![qQ])(?:"
    + "|".join(first + "[" + "".join(sorted(old[1] for old in _OLD_STYLE_FORMS if old[0] == first)) + "]"
               for first in sorted({old[0] for old in _OLD_STYLE_FORMS}))
    + r")(?![^\W\d_])"
)
"""Only at the syllable's end ("hoàn", "huỳnh" are the same in both styles) and
not after "q" ("quý": the "u" belongs to the consonant)."""


def fold_tone_placement(text: str) -> str:
    """New-style tone placement ("hoà" → "hòa", "THUỶ" → "THỦY") on NFC text.

    A same-length rewrite that keeps case, so offsets into `text` stay valid.
    """
    return _OLD_STYLE_TONE_SYLLABLE_END.sub(lambda m: _OLD_STYLE_FORMS[m.group()], text)


def normalize(text: str) -> str:
    """NFC, "Ð" → "Đ", LF line ends, odd spaces → " ", invisible and control characters dropped."""
    text = _NEEDS_REPAIR.sub(lambda m: _REPAIRS[m.group()], text)
    return unicodedata.normalize("NFC", text)


def fold_for_match(text: str) -> str:
    """A comparison key: normalized, case-folded, new-style tone marks, "-" dashes, single spaces."""
    folded = fold_tone_placement(_DASH.sub("-", normalize(text).casefold()))
    return " ".join(folded.split())
