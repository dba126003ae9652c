"""Cross-article person identity (SPEC §4): `person_id` on officials and positions.

A person is identified by their normalized name and a *scope*, with no global
state and no lookup of earlier runs:

    person_id = stable_id(person_key(name), scope)

The scope of a person in one article comes from the positions the article
links to them, current ones first (former ones only when none is current):

1. "national" when a position is a national office: the Government, the
   National Assembly, a ministry, the Party's central bodies (Trung ương, Bộ
   Chính trị, Ban Bí thư), the Supreme Court and Procuracy, the army's general
   staff and military regions, or a body named "… Việt Nam" — unless the
   position names a local unit ("tỉnh", "huyện", "xã", …), as in "Đoàn ĐBQH
   tỉnh" or "Bộ Chỉ huy Quân sự tỉnh", which makes it local;
2. otherwise the province after the 2025 merger named in a local position's
   text ("Chủ tịch UBND tỉnh Yên Bái" → "Lào Cai"), else the article's
   `province_2025`, else "unknown".

Memberships that national and provincial officials both hold (Ủy viên Trung
ương Đảng, Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Đại biểu Quốc hội) decide
nothing, so a provincial secretary who is also a Central Committee member keeps
one id whether or not an article names the membership.

What this gives: a person promoted within their province or within national
bodies keeps the id; namesakes in different provinces stay apart; a minister
keeps one id across provincial articles.

Known limits: two namesakes in one province (or two national namesakes) merge;
a person who moves between a province and a national office, or to another
province, gets a new id; a person mentioned with no position in an article
without a province gets the "unknown" scope and an id of their own; within one
article every mention of a name is the same person.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from extraction.lexicons import provinces
from extraction.text import fold_for_match
from pipelines.records import stable_id


NATIONAL_SCOPE = "national"
UNKNOWN_SCOPE = "unknown"

# --- patterns over folded text (fold_for_match: lower case, new-style tone marks) ---

SHARED_MEMBERSHIP = re.compile(
    r"^(?:ủy viên (?:dự khuyết )?(?:ban chấp hành )?trung ương(?: đảng)?"
    r"|uvtw(?: đảng)?"
    r"|ủy viên bộ chính trị"
    r"|ủy viên ban bí thư"
    r"|đại biểu quốc hội|đbqh)$"
)
"""Roles held by national and provincial officials alike: they decide no scope."""

MINISTRY = r"(?<!đảng )(?<!cán )(?<!toàn )(?<!chi )(?<!\w)bộ (?!chỉ huy|chqs|đội|tư lệnh|phận|môn|máy)(?=\w)"
"""A ministry ("Bộ Y tế") or its minister ("Bộ trưởng"), not "Đảng bộ", "Bộ Chỉ huy Quân sự", "bộ đội"."""

NATIONAL_BODY = re.compile(
    "|".join([
        MINISTRY,
        r"(?<!\w)thứ trưởng(?!\w)",
        r"(?<!phi )(?<!\w)chính phủ(?!\w)",
        r"(?<!đại biểu )(?<!\w)quốc hội(?!\w)",
        r"(?<!\w)trung ương(?!\w)",
        r"(?<!\w)bộ chính trị(?!\w)",
        r"(?<!\w)ban bí thư(?!\w)",
        r"(?<!\w)tổng bí thư(?!\w)",
        r"(?<!\w)thủ tướng(?!\w)",
        r"(?<!\w)chủ tịch nước(?!\w)",
        r"(?<!\w)tối cao(?!\w)",
        r"(?<!\w)quân khu(?!\w)",
        r"(?<!\w)quân đội nhân dân(?!\w)",
        r"(?<!\w)việt nam$",
    ])
)
"""A national office or body, in a position's role, title or organization."""

LOCAL_UNIT = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|tp|tphcm|thủ đô|huyện|quận|thị xã|thị trấn|xã(?! hội)|phường"
    r"|thành ủy|huyện ủy|quận ủy|thị ủy)(?!\w)"
)
"""A local administrative unit: a position naming one is local even with a national word."""

PROVINCE_LEVEL = r"(?:tỉnh ủy|thành ủy|tỉnh|thành phố|thủ đô|tp\.?)"
"""The words that introduce a province's name ("tỉnh Lào Cai", "Thành ủy Hà Nội", "TP.HCM")."""

_LEADING_LEVEL = re.compile(rf"^{PROVINCE_LEVEL}\s*")


def person_key(name: str) -> str:
    """The normalized name: NFC, tone-mark placement and case folded, whitespace collapsed."""
    return fold_for_match(name)


def assign_person_ids(officials: list[dict[str, Any]], positions: list[dict[str, Any]], *,
                      article_province_2025: str | None) -> None:
    """Set `person_id` on every official and position row of ONE article, in place."""
    positions_by_person: dict[str, list[dict[str, Any]]] = {}
    for position in positions:
        positions_by_person.setdefault(person_key(position["person_name"]), []).append(position)
    article_scope = _province_2025(article_province_2025) if article_province_2025 else UNKNOWN_SCOPE

    def person_id(name: str) -> str:
        key = person_key(name)
        return stable_id(key, person_scope(positions_by_person.get(key, []), article_scope))

    for official in officials:
        official["person_id"] = person_id(official["name"])
    for position in positions:
        position["person_id"] = person_id(position["person_name"])


def person_scope(positions: Iterable[dict[str, Any]], article_scope: str) -> str:
    """"national", a province after the 2025 merger, or `article_scope` (see the module doc)."""
    deciding = [p for p in positions if not _is_shared_membership(p)]
    current = [p for p in deciding if not p.get("former")]
    considered = current or deciding
    if any(_is_national(p) for p in considered):
        return NATIONAL_SCOPE
    for position in considered:
        province = _named_province_2025(_position_text(position))
        if province:
            return province
    return article_scope


def _position_text(position: dict[str, Any]) -> str:
    parts = (position.get(k) for k in ("role", "title", "organization", "organization_canonical"))
    return " | ".join(fold_for_match(p) for p in parts if p)


def _is_shared_membership(position: dict[str, Any]) -> bool:
    role = position.get("role") or position.get("title") or ""
    return bool(SHARED_MEMBERSHIP.match(fold_for_match(role)))


def _is_national(position: dict[str, Any]) -> bool:
    fields = (position.get(k) for k in ("role", "title", "organization", "organization_canonical"))
    texts = [fold_for_match(f) for f in fields if f]
    if any(LOCAL_UNIT.search(text) for text in texts):
        return False
    return any(NATIONAL_BODY.search(text) for text in texts)


def _named_province_2025(folded_text: str) -> str | None:
    match = _province_mention().search(folded_text)
    return _province_forms()[match.group("name")] if match else None


def _province_2025(name: str) -> str:
    """The post-merger province of a province name (itself when it is not in the lexicon)."""
    return _province_forms().get(_LEADING_LEVEL.sub("", fold_for_match(name)), name)


@lru_cache(maxsize=1)
def _province_forms() -> dict[str, str]:
    """Folded name or variant (without its level word) → province after the 2025 merger."""
    forms: dict[str, str] = {}
    for province in provinces():
        for written in province.spellings:
            forms[_LEADING_LEVEL.sub("", fold_for_match(written))] = province.province_2025
    return forms


@lru_cache(maxsize=1)
def _province_mention() -> re.Pattern[str]:
    names = sorted(_province_forms(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w){PROVINCE_LEVEL}\s*(?P<name>{alternatives})(?!\w)")
