"""person_key and person_id (SPEC §4): same person across articles, namesakes apart."""
from __future__ import annotations

import pytest

from pipelines.stages.identity import (
    NATIONAL_SCOPE,
    UNKNOWN_SCOPE,
    assign_person_ids,
    person_key,
    person_scope,
)


def position(person: str, title: str, role: str | None, organization: str | None = None,
             *, former: bool = False) -> dict:
    return {"person_name": person, "person_start": 0, "title": title, "role": role,
            "organization": organization, "organization_canonical": None, "former": former}


def article_rows(province_2025: str | None, *positions: dict,
                 officials: tuple[str, ...] = ()) -> tuple[list[dict], list[dict]]:
    """One article's officials and positions after assign_person_ids."""
    names = list(officials) or list(dict.fromkeys(p["person_name"] for p in positions))
    official_rows = [{"name": name, "start": 0} for name in names]
    position_rows = [dict(p) for p in positions]
    assign_person_ids(official_rows, position_rows, article_province_2025=province_2025)
    return official_rows, position_rows


def id_of(name: str, province_2025: str | None, *positions: dict) -> str:
    officials, _ = article_rows(province_2025, *positions, officials=(name,))
    return officials[0]["person_id"]


@pytest.mark.parametrize("written, expected", [
    ("Nguyễn Thị Thuỷ", "nguyễn thị thủy"),
    ("NGUYỄN THỊ THỦY", "nguyễn thị thủy"),
    ("Lê  Văn\nHoạt", "lê văn hoạt"),
    ("Phạm Thị Hoà", "phạm thị hòa"),
    ("Hoàng Quốc Hương", "hoàng quốc hương"),
    ("Huỳnh Tấn Việt", "huỳnh tấn việt"),
    ("Nguyễn Văn Quý", "nguyễn văn quý"),
])
def test_person_key_folds_case_tone_placement_and_spaces(written, expected):
    assert person_key(written) == expected


def test_person_key_of_a_decomposed_name_equals_the_composed_one():
    decomposed = "Nguye\u0302\u0303n Thi\u0323 Thu\u0309y"
    assert person_key(decomposed) == person_key("Nguyễn Thị Thủy")


def test_same_health_director_in_two_lao_cai_articles_keeps_one_id():
    # "đồng chí Hoàng Quốc Hương, Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc Sở Y tế"
    first = id_of("Hoàng Quốc Hương", "Lào Cai",
                  position("Hoàng Quốc Hương", "Tỉnh ủy viên", "Tỉnh ủy viên"),
                  position("Hoàng Quốc Hương", "Bí thư Đảng bộ", "Bí thư"),
                  position("Hoàng Quốc Hương", "Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế"))
    # "ông Hoàng Quốc Hương, Giám đốc Sở Y tế tỉnh Lào Cai cho biết …"
    second = id_of("Hoàng Quốc Hương", "Lào Cai",
                   position("Hoàng Quốc Hương", "Giám đốc Sở Y tế tỉnh Lào Cai", "Giám đốc",
                            "Sở Y tế tỉnh Lào Cai"))
    assert first == second


def test_promotion_within_the_province_keeps_the_id():
    # a Yên Bái article of April 2025 and a Lào Cai article after the merger
    before = id_of("Nguyễn Thế Phước", None,
                   position("Nguyễn Thế Phước", "Phó Chủ tịch UBND tỉnh Yên Bái", "Phó Chủ tịch",
                            "UBND tỉnh Yên Bái"))
    after = id_of("Nguyễn Thế Phước", "Lào Cai",
                  position("Nguyễn Thế Phước", "Chủ tịch UBND tỉnh", "Chủ tịch", "UBND tỉnh"))
    assert before == after


@pytest.mark.parametrize("first_province, second_province", [
    ("Cà Mau", "Gia Lai"),       # a Bạc Liêu article and a Bình Định one, after the merger
    ("Lào Cai", "Hà Nội"),
])
def test_namesakes_in_two_provinces_stay_apart(first_province, second_province):
    # "ông Nguyễn Văn Hùng, Giám đốc Sở Nông nghiệp và Môi trường"
    director = position("Nguyễn Văn Hùng", "Giám đốc Sở Nông nghiệp và Môi trường", "Giám đốc",
                        "Sở Nông nghiệp và Môi trường")
    assert id_of("Nguyễn Văn Hùng", first_province, director) != \
        id_of("Nguyễn Văn Hùng", second_province, director)


def test_namesakes_told_apart_by_the_province_their_titles_name():
    # "Phó Chủ tịch UBND tỉnh Bạc Liêu Nguyễn Văn Hùng" / "… tỉnh Bình Định …", both in a Hà Nội article
    bac_lieu = id_of("Nguyễn Văn Hùng", "Hà Nội",
                     position("Nguyễn Văn Hùng", "Phó Chủ tịch UBND tỉnh Bạc Liêu", "Phó Chủ tịch",
                              "UBND tỉnh Bạc Liêu"))
    binh_dinh = id_of("Nguyễn Văn Hùng", "Hà Nội",
                      position("Nguyễn Văn Hùng", "Phó Chủ tịch UBND tỉnh Bình Định", "Phó Chủ tịch",
                               "UBND tỉnh Bình Định"))
    assert bac_lieu != binh_dinh


@pytest.mark.parametrize("written", ["Nguyễn Thị Thuỷ", "NGUYỄN THỊ THỦY", "Nguyễn  Thị Thủy"])
def test_spelling_and_case_variants_merge(written):
    chair = position(written, "Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh")
    assert id_of(written, "Lào Cai", chair) == id_of("Nguyễn Thị Thủy", "Lào Cai",
                                                     position("Nguyễn Thị Thủy", "Chủ tịch HĐND tỉnh",
                                                              "Chủ tịch", "HĐND tỉnh"))


def test_minister_keeps_one_id_across_provincial_articles():
    # "Bộ trưởng Bộ Y tế Đào Hồng Lan làm việc với tỉnh …"
    in_lao_cai = id_of("Đào Hồng Lan", "Lào Cai",
                       position("Đào Hồng Lan", "Bộ trưởng Bộ Y tế", "Bộ trưởng", "Bộ Y tế"))
    in_ca_mau = id_of("Đào Hồng Lan", "Cà Mau",
                      position("Đào Hồng Lan", "Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng"),
                      position("Đào Hồng Lan", "Bộ trưởng Bộ Y tế", "Bộ trưởng", "Bộ Y tế"))
    assert in_lao_cai == in_ca_mau


@pytest.mark.parametrize("title, role, organization, expected", [
    ("Bộ trưởng Bộ Nội vụ", "Bộ trưởng", "Bộ Nội vụ", NATIONAL_SCOPE),
    ("Thứ trưởng Bộ Kế hoạch - Đầu tư", "Thứ trưởng", "Bộ Kế hoạch - Đầu tư", NATIONAL_SCOPE),
    ("Phó Thủ tướng Thường trực Chính phủ", "Phó Thủ tướng Thường trực", "Chính phủ", NATIONAL_SCOPE),
    ("Phó Chủ tịch Quốc hội", "Phó Chủ tịch", "Quốc hội", NATIONAL_SCOPE),
    ("Tổng Bí thư", "Tổng Bí thư", None, NATIONAL_SCOPE),
    ("Chủ tịch nước", "Chủ tịch", None, NATIONAL_SCOPE),
    ("Phó Tổng tham mưu trưởng Quân đội nhân dân Việt Nam", "Phó Tổng Tham mưu trưởng",
     "Quân đội nhân dân Việt Nam", NATIONAL_SCOPE),
    ("Trưởng Ban Tuyên giáo Trung ương", "Trưởng ban", "Ban Tuyên giáo Trung ương", NATIONAL_SCOPE),
    # local bodies that hold a national word
    ("Trưởng đoàn ĐBQH tỉnh", "Trưởng đoàn", "Đoàn ĐBQH tỉnh", "Lào Cai"),
    ("Phó Trưởng Đoàn đại biểu Quốc hội tỉnh", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh", "Lào Cai"),
    ("Trợ lý Công tác Quần chúng Bộ CHQS tỉnh", "Trợ lý Công tác Quần chúng", "Bộ CHQS tỉnh", "Lào Cai"),
    ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh", "Lào Cai"),
    ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh", "Lào Cai"),
    ("Bí thư Đảng bộ", "Bí thư", None, "Lào Cai"),
    ("Giám đốc Sở Lao động - Thương binh và Xã hội", "Giám đốc",
     "Sở Lao động - Thương binh và Xã hội", "Lào Cai"),
    # a province named in the title wins over the article's
    ("Chủ tịch UBND tỉnh Thái Nguyên", "Chủ tịch", "UBND tỉnh Thái Nguyên", "Thái Nguyên"),
    ("Phó Chủ tịch UBND TPHCM", "Phó Chủ tịch", "UBND TPHCM", "Thành phố Hồ Chí Minh"),
    ("Bí thư Thành ủy Hà Nội", "Bí thư", "Thành ủy Hà Nội", "Hà Nội"),
    ("Chủ tịch UBND tỉnh Bình Định", "Chủ tịch", "UBND tỉnh Bình Định", "Gia Lai"),
])
def test_scope_of_a_position(title, role, organization, expected):
    assert person_scope([position("Nguyễn Văn A", title, role, organization)], "Lào Cai") == expected


def test_shared_memberships_decide_no_scope():
    # "đồng chí Trịnh Xuân Trường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"
    with_membership = id_of("Trịnh Xuân Trường", "Lào Cai",
                            position("Trịnh Xuân Trường", "Ủy viên Trung ương Đảng",
                                     "Ủy viên Trung ương Đảng"),
                            position("Trịnh Xuân Trường", "Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"))
    without = id_of("Trịnh Xuân Trường", "Lào Cai",
                    position("Trịnh Xuân Trường", "Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"))
    assert with_membership == without


def test_a_former_title_decides_only_when_no_current_one():
    retired = [position("Nguyễn Thanh Long", "Bộ trưởng Bộ Y tế", "Bộ trưởng", "Bộ Y tế", former=True)]
    assert person_scope(retired, "Lào Cai") == NATIONAL_SCOPE
    moved = retired + [position("Nguyễn Thanh Long", "Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế")]
    assert person_scope(moved, "Lào Cai") == "Lào Cai"


def test_rows_of_one_person_share_the_id_and_every_row_gets_one():
    officials, positions = article_rows(
        "Lào Cai",
        position("Hoàng Quốc Hương", "Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế"),
        position("Bùi Văn Quang", "Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy"),
        officials=("Hoàng Quốc Hương", "Bùi Văn Quang", "Lê Thị Hằng"),
    )
    ids = {row["name"]: row["person_id"] for row in officials}
    assert len(set(ids.values())) == 3
    assert [p["person_id"] for p in positions] == [ids["Hoàng Quốc Hương"], ids["Bùi Văn Quang"]]


def test_an_article_without_province_gives_the_unknown_scope():
    assert person_scope([], UNKNOWN_SCOPE) == UNKNOWN_SCOPE
    assert id_of("Lê Thị Hằng", None) != id_of("Lê Thị Hằng", "Lào Cai")


def test_the_article_province_is_read_after_the_merger():
    # an article about Yên Bái whose province_2025 was written with its old name
    assert id_of("Lê Thị Hằng", "Yên Bái") == id_of("Lê Thị Hằng", "Lào Cai")
