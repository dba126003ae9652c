"""Character normalization and the folded comparison key."""
from __future__ import annotations

import unicodedata

import pytest

from extraction.text import fold_for_match, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # decomposed tone marks are composed (NFC)
        (unicodedata.normalize("NFD", "Sở Y tế tỉnh Lào Cai"), "Sở Y tế tỉnh Lào Cai"),
        # the look-alike eth is the Vietnamese letter
        ("Ðảng bộ, chính quyền và nhân dân huyện Tuy Phước", "Đảng bộ, chính quyền và nhân dân huyện Tuy Phước"),
        ("Báo Bình Ðịnh có cuộc trao đổi với TS Nguyễn Hữu Hà", "Báo Bình Định có cuộc trao đổi với TS Nguyễn Hữu Hà"),
        # line ends
        ("Ngày 11-3, Ban Văn hóa ký kết.\r\nQuy chế nêu rõ.", "Ngày 11-3, Ban Văn hóa ký kết.\nQuy chế nêu rõ."),
        ("Quang cảnh Hội nghị\rPhát biểu kết luận Hội nghị.", "Quang cảnh Hội nghị\nPhát biểu kết luận Hội nghị."),
        # no-break and other odd spaces become plain spaces
        ("\u00a0 \u00a0 Ngày 11-3, Ban Văn hóa - Xã hội", "    Ngày 11-3, Ban Văn hóa - Xã hội"),
        ("Sở Y tế\u00a0thực hiện nghiêm túc", "Sở Y tế thực hiện nghiêm túc"),
        ("tổng mức đầu tư 152.102\u202ftỷ đồng", "tổng mức đầu tư 152.102 tỷ đồng"),
        # zero-width characters, soft hyphens, a BOM and control characters go
        ("\ufeffChiều 26/6, Quốc hội đã thông qua", "Chiều 26/6, Quốc hội đã thông qua"),
        ("Ủy ban\u200b Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
        ("cơ sở dữ liệu địa chính\u00ad", "cơ sở dữ liệu địa chính"),
        ("Phó Chủ tịch\x07 UBND tỉnh\x1f Lâm Hải Giang", "Phó Chủ tịch UBND tỉnh Lâm Hải Giang"),
        # tabs and newlines stay
        ("Lượt xem:\t389\nBình luận bài viết", "Lượt xem:\t389\nBình luận bài viết"),
        # the author's tone-mark placement, dashes and case are kept as written
        ("Uỷ ban nhân dân tỉnh Thanh Hoá", "Uỷ ban nhân dân tỉnh Thanh Hoá"),
        ("giai đoạn 2020 – 2025 đạt bình quân 7 - 7,2%/năm", "giai đoạn 2020 – 2025 đạt bình quân 7 - 7,2%/năm"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ðảng bộ\u00a0huyện Tuy Phước\r\n\u200bđang rà soát",
        unicodedata.normalize("NFD", "Ủy ban Thường vụ Quốc hội"),
        "Giờ đăng: 30/05/2025 09:37",
    ],
)
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # tone-mark placement
        ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Bộ Văn hoá, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("chỉ đạo quyết liệt, tuỳ tình hình", "chỉ đạo quyết liệt, tùy tình hình"),
        ("Hồ Thanh Thuỷ", "Hồ Thanh Thủy"),
        ("chăm sóc sức khoẻ nhân dân", "chăm sóc sức khỏe nhân dân"),
        ("hoà vào dòng người cổ vũ", "hòa vào dòng người cổ vũ"),
        # case
        ("DỰ KIẾN 58 ĐƠN VỊ HÀNH CHÍNH CẤP XÃ", "Dự kiến 58 đơn vị hành chính cấp xã"),
        # the look-alike eth
        ("Ðảng bộ huyện", "Đảng bộ huyện"),
        # dashes
        ("Ban Văn hóa – Xã hội HĐND Thành phố", "Ban Văn hóa - Xã hội HĐND Thành phố"),
        ("Đoàn Loan — Lê Hoàng", "Đoàn Loan - Lê Hoàng"),
        # whitespace
        ("Ban Pháp chế HĐND TP  Hà Nội  ", "Ban Pháp chế HĐND TP Hà Nội"),
        ("Sở Y tế\u00a0Hà Nội", "Sở Y tế Hà Nội"),
        # composition
        (unicodedata.normalize("NFD", "Nghị quyết số 18-NQ/TW"), "Nghị quyết số 18-NQ/TW"),
    ],
)
def test_fold_for_match_makes_variants_equal(first: str, second: str) -> None:
    assert fold_for_match(first) == fold_for_match(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the tone stays on the vowel before a final consonant: no variant there
        ("Hoàng Quốc Hương", "Hòang Quốc Hương"),
        ("Trương Thị Huỳnh", "Trương Thị Hùynh"),
        # after "q" the "u" belongs to the consonant: "quý" is the only spelling
        ("quý I/2025", "qúy I/2025"),
        # different words stay different
        ("Sở Y tế", "Sở Tư pháp"),
        ("hoà", "hoa"),
    ],
)
def test_fold_for_match_keeps_different_words_apart(first: str, second: str) -> None:
    assert fold_for_match(first) != fold_for_match(second)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uỷ ban Thường vụ Quốc hội", "ủy ban thường vụ quốc hội"),
        ("Chủ tịch UBND tỉnh Thanh Hoá  –  Đỗ Trọng Hưng", "chủ tịch ubnd tỉnh thanh hóa - đỗ trọng hưng"),
        ("  Khu công nghiệp\nBecamex Bình Định ", "khu công nghiệp becamex bình định"),
        ("quý II/2025 và Quỹ đầu tư phát triển", "quý ii/2025 và quỹ đầu tư phát triển"),
    ],
)
def test_fold_for_match_value(text: str, expected: str) -> None:
    assert fold_for_match(text) == expected


@pytest.mark.parametrize("text", ["Uỷ ban MTTQ Việt Nam tỉnh Thanh Hoá – 2025", "Ðảng uỷ Khối\u00a0cơ quan"])
def test_fold_for_match_is_idempotent(text: str) -> None:
    assert fold_for_match(fold_for_match(text)) == fold_for_match(text)
