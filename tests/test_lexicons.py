"""The lexicons under corpora/lexicons: provinces, agency heads, abbreviations, name words."""
import pytest

import importlib.util
from pathlib import Path

from extraction.lexicons import (WORD_LIST, abbreviations, agency_heads, agency_name_words, find_province,
                                 fold_tone_marks, lexicon_key, lexicon_keys, person_surnames,
                                 province_after_2025, provinces, two_syllable_words)

KINDS = {"state", "party", "mass_organization", "public_service", "military", "enterprise", "other", "inherit"}


def test_63_provinces_become_34():
    assert len(provinces()) == 63
    assert len({province.name for province in provinces()}) == 63
    assert len({province.province_2025 for province in provinces()}) == 34


def test_every_merged_province_is_one_of_the_63():
    names = {province.name for province in provinces()}
    assert {province.province_2025 for province in provinces()} <= names | {"Huế"}


@pytest.mark.parametrize("written, name", [
    ("TP.HCM", "Thành phố Hồ Chí Minh"),
    ("TPHCM", "Thành phố Hồ Chí Minh"),
    ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    ("Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    ("Yên Bái", "Yên Bái"),
    ("tỉnh Yên Bái", "Yên Bái"),
    ("TP. Hà Nội", "Hà Nội"),
    ("Thanh Hoá", "Thanh Hóa"),
    ("Khánh Hoà", "Khánh Hòa"),
    ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Thừa Thiên-Huế", "Thừa Thiên Huế"),
])
def test_variants_resolve(written, name):
    assert find_province(written).name == name


@pytest.mark.parametrize("name, after_2025", [
    ("Yên Bái", "Lào Cai"),
    ("Lào Cai", "Lào Cai"),
    ("Bạc Liêu", "Cà Mau"),
    ("Bình Định", "Gia Lai"),
    ("Quảng Bình", "Quảng Trị"),
    ("Hà Nội", "Hà Nội"),
    ("TP.HCM", "Thành phố Hồ Chí Minh"),
    ("Bình Dương", "Thành phố Hồ Chí Minh"),
])
def test_province_after_2025(name, after_2025):
    assert province_after_2025(name) == after_2025


@pytest.mark.parametrize("name", ["Việt Nam", "Quy Nhơn", "", "Hoa Kỳ"])
def test_unknown_names_are_no_province(name):
    assert province_after_2025(name) is None


def test_short_name_drops_the_level():
    assert find_province("TP.HCM").short_name == "Hồ Chí Minh"
    assert find_province("Hà Nội").short_name == "Hà Nội"


@pytest.mark.parametrize("written, folded", [
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("Thanh Hoá", "Thanh Hóa"),
    ("khoá XIII", "khóa XIII"),
    ("thuỷ lợi", "thủy lợi"),
    ("Quý", "Quý"),
    ("hoàng", "hoàng"),
    ("Ðảng bộ", "Đảng bộ"),
    ("Quà tặng", "Quà tặng"),
    ("hoàn thành", "hoàn thành"),
    ("Hoà Bình, Thuỷ Nguyên", "Hòa Bình, Thủy Nguyên"),
    ("hoà_bình", "hòa_bình"),
    ("Khánh Hoà.", "Khánh Hòa."),
])
def test_fold_tone_marks_keeps_length(written, folded):
    assert fold_tone_marks(written) == folded
    assert len(fold_tone_marks(written)) == len(written)


def test_lexicon_key_folds_case_dashes_and_spacing():
    assert lexicon_key("Văn hóa – Xã  hội") == lexicon_key("văn hoá - xã hội")


KEYED_LINES = [
    ("Văn hóa – Xã  hội", "văn hóa - xã hội"),
    ("Uỷ ban nhân dân", "ủy ban nhân dân"),
    ("  Bà Rịa-Vũng Tàu ", "bà rịa - vũng tàu"),
    ("Thừa Thiên\u00a0–\u00a0Huế", "thừa thiên - huế"),
    ("Lao động--Thương binh", "lao động - - thương binh"),
    ("-Khánh Hoà", "- khánh hòa"),
    ("\t", ""),
    ("", ""),
]


@pytest.mark.parametrize("line, key", KEYED_LINES)
def test_lexicon_key_of_a_line(line, key):
    assert lexicon_key(line) == key


def test_lexicon_keys_of_many_lines_are_their_lexicon_keys():
    lines = [line for line, _ in KEYED_LINES]
    assert lexicon_keys(lines) == [key for _, key in KEYED_LINES]
    spec = importlib.util.find_spec("underthesea")
    word_list = Path(spec.origin).parent.joinpath(*WORD_LIST).read_text(encoding="utf-8").splitlines()
    assert lexicon_keys(word_list) == [lexicon_key(word) for word in word_list]


def test_agency_heads_are_well_formed():
    heads = agency_heads()
    assert {head.kind for head in heads} <= KINDS
    assert {head.unit for head in heads} <= {"level", "name", "none"}
    assert {head.name for head in heads} <= {"capital", "lower", "to_punct"}
    by_surface = {head.head: head for head in heads}
    assert by_surface["UBND"].expansion == "Ủy ban nhân dân"
    assert by_surface["Tỉnh ủy"].kind == "party" and by_surface["Tỉnh ủy"].alone
    assert by_surface["Bộ CHQS"].kind == "military"
    assert by_surface["Công ty"].kind == "enterprise"
    assert not by_surface["Đảng ủy"].alone


@pytest.mark.parametrize("abbreviation, expansion", [
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("MTTQ", "Mặt trận Tổ quốc Việt Nam"),
    ("TP.", "thành phố"),
    ("BCH", "Ban Chấp hành"),
    ("TW", "Trung ương"),
    ("NN&PTNT", "Nông nghiệp và Phát triển nông thôn"),
    ("LĐ-TB&XH", "Lao động - Thương binh và Xã hội"),
    ("CHQS", "Chỉ huy Quân sự"),
])
def test_abbreviations(abbreviation, expansion):
    assert abbreviations()[abbreviation].expansion == expansion


def test_company_abbreviations_only_after_their_head():
    assert abbreviations()["CP"].after == ("Công ty", "Tổng công ty", "Ngân hàng")


def test_name_words_and_surnames():
    words = agency_name_words()
    assert words["bệnh tật"] == "health"
    assert words["xây dựng"] == "verbal"
    assert {"Nguyễn", "Trần", "Phạm"} <= person_surnames()


def test_two_syllable_words_come_from_the_shipped_word_list():
    words = two_syllable_words()
    assert {"y tế", "chiến lược", "xây dựng"} <= words
    assert "pháp phun" not in words
