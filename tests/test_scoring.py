"""SPEC §5's scorer: value normalization, per-kind sets, micro P/R/F1, the cleaning check."""
import json
import pickle
import unicodedata
from pathlib import Path

import pytest

from extraction.scoring import (
    KINDS,
    PRF,
    absent_and_body_checks,
    fold_tone_placement,
    normalize_value,
    score,
    value_sets,
)

GOLD_PATH = Path(__file__).resolve().parents[1] / "corpora" / "gold" / "dev.jsonl"

SAME_VALUE = [
    ("hoà", "hòa"),
    ("Thuỷ", "Thủy"),
    ("Uỷ ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("Văn hoá - Xã hội", "Văn hóa - Xã hội"),
    ("sức khoẻ", "sức khỏe"),
    ("Thượng uý", "Thượng úy"),
    ("KHOẺ", "khỏe"),
    ("HĐND Thành phố", "hđnd thành phố"),
    ("Ðảng bộ tỉnh", "Đảng bộ tỉnh"),
    ("ÐẢNG ỦY", "đảng ủy"),
    ("Sở  Y\ttế \n tỉnh Lào Cai", "Sở Y tế tỉnh Lào Cai"),
    ("Ban Văn hóa – Xã hội HĐND Thành phố", "Ban Văn hóa - Xã hội HĐND Thành phố"),
    ("Ban Văn hóa — Xã hội", "Ban Văn hóa - Xã hội"),
    ("30/2020/NĐ\u2010CP", "30/2020/NĐ-CP"),
    ("18\u2011NQ/TW", "18-NQ/TW"),
    ("2023\u22122030", "2023-2030"),
    ("“Nâng cao năng lực, hiệu lực, hiệu quả hoạt động của HĐND các cấp”",
     "Nâng cao năng lực, hiệu lực, hiệu quả hoạt động của HĐND các cấp"),
    ("«Đề án 04»", "Đề án 04"),
    ("\"Nghị quyết số 18-NQ/TW\";", "Nghị quyết số 18-NQ/TW"),
    ("'Luật Đất đai 2024'", "Luật Đất đai 2024"),
    ("Lê Văn Hoạt,", "Lê Văn Hoạt"),
    ("(Sở Y tế tỉnh Yên Bái).", "Sở Y tế tỉnh Yên Bái"),
    ("Trung tâm Kiểm soát bệnh tật:", "Trung tâm Kiểm soát bệnh tật"),
    ("Hoàng Quốc Hương…", "Hoàng Quốc Hương"),
    (unicodedata.normalize("NFD", "Lê Thị Hồng Vân"), "Lê Thị Hồng Vân"),
    ("Sở\u00a0Y tế", "Sở Y tế"),
    ("Ban Thường\u200b vụ Thành ủy", "Ban Thường vụ Thành ủy"),
    ("Luật Tổ chức Chính phủ (sửa đổi).", "Luật Tổ chức Chính phủ (sửa đổi)"),
    ("Trưởng ban Tổ chức Tỉnh uỷ Thanh Hoá", "Trưởng ban Tổ chức Tỉnh ủy Thanh Hóa"),
]

DIFFERENT_VALUE = [
    ("Hòa", "Hoa"),
    ("Thủy", "Thúy"),
    ("Đảng", "Dảng"),
    ("Sở Y tế", "Sở Y tế tỉnh Lào Cai"),
    ("Đề án 04", "Đề án 4"),
    ("18-NQ/TW", "18/NQ-TW"),
    ("Ban Văn hóa - Xã hội", "Ban Văn hóa Xã hội"),
    ("2025-04-13", "XXXX-04-13"),
    ("Luật Tổ chức Chính phủ (sửa đổi)", "Luật Tổ chức Chính phủ"),
    ("Lê Văn Hoạt", "Lê Văn Hoàt"),
]

NORMALIZED_FORM = [
    ("“Đề án 04”", "đề án 04"),
    ("Luật Tổ chức Chính phủ (sửa đổi)", "luật tổ chức chính phủ (sửa đổi)"),
    ("Kế hoạch phát triển kinh tế - xã hội 5 năm (2021-2025)",
     "kế hoạch phát triển kinh tế - xã hội 5 năm (2021-2025)"),
    ("(Tổng hợp)", "tổng hợp"),
    ("Hiến pháp 2013 (sửa đổi", "hiến pháp 2013 (sửa đổi"),
    ("sửa đổi)", "sửa đổi"),
    ("  Ủy ban MTTQ tỉnh. ", "ủy ban mttq tỉnh"),
    ("Thành uỷ Hà Nội", "thành ủy hà nội"),
    ("...", ""),
]

TONE_PLACEMENT = [
    # oa, all five tones
    ("hoà", "hòa"), ("hoá", "hóa"), ("hoả", "hỏa"), ("xoã", "xõa"), ("hoạ", "họa"),
    # oe
    ("xoè", "xòe"), ("khoé", "khóe"), ("khoẻ", "khỏe"), ("toẽ", "tõe"), ("oẹ", "ọe"),
    # uy
    ("tuỳ", "tùy"), ("uý", "úy"), ("thuỷ", "thủy"), ("luỹ", "lũy"), ("thuỵ", "thụy"),
    # upper and title case keep their case
    ("HOÀ BÌNH", "HÒA BÌNH"), ("Khoẻ", "Khỏe"), ("THUỶ LỢI", "THỦY LỢI"), ("Uỷ ban", "Ủy ban"),
    ("Thanh Hoá", "Thanh Hóa"),
    # closed syllables, triphthongs and "qu" are the same in both styles
    ("hoàn thành", "hoàn thành"), ("Huỳnh", "Huỳnh"), ("năm ngoái", "năm ngoái"),
    ("quý I/2025", "quý I/2025"), ("Quỳnh Lưu", "Quỳnh Lưu"), ("khoảng", "khoảng"),
    # already first-vowel placement
    ("Ủy ban nhân dân", "Ủy ban nhân dân"),
]


@pytest.mark.parametrize("left, right", SAME_VALUE)
def test_values_normalize_equal(left, right):
    assert normalize_value(left) == normalize_value(right)


@pytest.mark.parametrize("left, right", DIFFERENT_VALUE)
def test_values_stay_apart(left, right):
    assert normalize_value(left) != normalize_value(right)


@pytest.mark.parametrize("value, expected", NORMALIZED_FORM)
def test_normalized_form(value, expected):
    assert normalize_value(value) == expected


@pytest.mark.parametrize("text, expected", TONE_PLACEMENT)
def test_tone_placement_folds_to_the_first_vowel(text, expected):
    assert fold_tone_placement(text) == expected


def test_normalized_values_are_stable():
    for left, _ in SAME_VALUE:
        once = normalize_value(left)
        assert normalize_value(once) == once


HOAT = "Lê Văn Hoạt"
HUONG = "Hoàng Quốc Hương"

GOLD_HANOI = {
    "doc_id": "hanoi",
    "officials": [HOAT],
    "positions": [{"person": HOAT, "title": "Phó Chủ tịch HĐND Thành phố", "role": "Phó Chủ tịch"}],
    "agencies": [{"text": "Ban Văn hóa - Xã hội HĐND Thành phố", "canonical": "x"},
                 {"text": "Sở Y tế Hà Nội", "canonical": "x"},
                 {"text": "Ban Thường vụ Thành ủy", "canonical": "x"}],
    "dates": [{"text": "Ngày 11-3", "value": "XXXX-03-11"}],
    "legal_refs": [{"text": "Đề án 04", "key": "Đề án 04"}],
    "is_restructuring": False,
}
PRED_HANOI = {
    "officials": [HOAT, "Lê Văn Hoạt,", "HÀ QUỐC"],
    "positions": [{"person": HOAT, "title": "Phó Chủ tịch HĐND Thành phố", "role": "Phó Chủ tịch"},
                  {"person": HOAT, "title": "Phó Chủ tịch", "role": "Phó Chủ tịch"}],
    "agencies": [{"text": "Ban Văn hóa – Xã hội HĐND Thành phố", "canonical": "y"},
                 {"text": "Sở Y tế", "canonical": "y"}],
    "dates": [{"text": "Ngày 11-3", "value": "XXXX-03-11"}, {"text": "11/3", "value": "XXXX-03-11"}],
    "legal_refs": [{"text": "Đề án số 04", "key": "Đề án 04"}, {"text": "Quy chế", "key": "Quy chế phối hợp"}],
    "is_restructuring": True,
}
GOLD_LAOCAI = {
    "doc_id": "laocai",
    "officials": [HUONG, "Lê Thị Hồng Vân"],
    "positions": [{"person": HUONG, "title": "Tỉnh ủy viên", "role": "Tỉnh ủy viên"},
                  {"person": HUONG, "title": "Bí thư Đảng bộ", "role": "Bí thư"},
                  {"person": HUONG, "title": "Giám đốc Sở Y tế tỉnh Lào Cai", "role": "Giám đốc"},
                  {"person": HUONG, "title": "Giám đốc Sở Y tế", "role": "Giám đốc"}],
    "agencies": [{"text": "Sở Y tế tỉnh Lào Cai", "canonical": "x"}],
    "dates": [{"text": "Sáng ngày 13/4", "value": "XXXX-04-13"}],
    "legal_refs": [{"text": "Nghị quyết số 18-NQ/TW", "key": "18-NQ/TW"}],
    "is_restructuring": True,
}
PRED_LAOCAI = {
    "officials": ["Hoàng Quốc Hương", "Lê Thị Hồng Vân"],
    "positions": [{"person": HUONG, "title": "Tỉnh uỷ viên", "role": "Tỉnh uỷ viên"},
                  {"person": HUONG, "title": "Bí thư Đảng bộ - Giám đốc Sở Y tế tỉnh Lào Cai", "role": "Bí thư"},
                  {"person": HUONG, "title": "Giám đốc Sở Y tế tỉnh Lào Cai", "role": "Giám đốc Sở"}],
    "agencies": [{"text": "Sở Y tế tỉnh Lào Cai", "canonical": "x"}, {"text": "Tỉnh ủy", "canonical": "x"}],
    "dates": [{"text": "ngày 13/4", "value": "2025-04-13"}],
    "legal_refs": [{"text": "Nghị quyết 18", "key": "18 - NQ/TW"}],
    "is_restructuring": True,
}
GOLD_MISSING = {
    "doc_id": "no-prediction",
    "officials": ["Nguyễn Văn Hùng"],
    "positions": [{"person": "Nguyễn Văn Hùng", "title": "Trưởng Ban Tổ chức Tỉnh ủy", "role": "Trưởng ban"}],
    "agencies": [{"text": "Ban Tổ chức Tỉnh ủy", "canonical": "x"}],
    "dates": [{"text": "năm 2024", "value": "2024"}],
    "legal_refs": [{"text": "Luật Đất đai", "key": "Luật Đất đai"}],
    "is_restructuring": False,
}

# (kind, tp, fp, fn), counted by hand over the three gold articles above
EXPECTED_COUNTS = [
    # Hà Nội: Hoạt found twice (one value), HÀ QUỐC spurious; Lào Cai: both found; missing doc: 1 fn
    ("officials", 3, 1, 1),
    # Hà Nội: title found, bare "Phó Chủ tịch" spurious; Lào Cai: "Tỉnh uỷ viên" and the Lào Cai
    # title found, the chained one spurious, "Bí thư Đảng bộ" and "Giám đốc Sở Y tế" missed; missing: 1
    ("positions_title", 3, 2, 3),
    # Hà Nội: (Hoạt, Phó Chủ tịch) once; Lào Cai: Tỉnh ủy viên, Bí thư found, "Giám đốc Sở" spurious,
    # "Giám đốc" missed; missing doc: 1
    ("positions_role", 3, 1, 2),
    # Hà Nội: Ban Văn hóa found, "Sở Y tế" spurious, two missed; Lào Cai: 1 found, Tỉnh ủy spurious
    ("agencies", 2, 2, 3),
    # Hà Nội: one value found (two surfaces); Lào Cai: 2025-04-13 spurious, XXXX-04-13 missed
    ("dates", 1, 1, 2),
    # Hà Nội: Đề án 04 found, Quy chế spurious; Lào Cai: "18 - NQ/TW" is not "18-NQ/TW"
    ("legal_refs", 1, 2, 2),
    ("legal_refs_numbered", 1, 1, 1),
]


@pytest.fixture(scope="module")
def hand_report():
    predicted = {"hanoi": PRED_HANOI, "laocai": PRED_LAOCAI, "not-in-gold": PRED_LAOCAI}
    return score([GOLD_HANOI, GOLD_LAOCAI, GOLD_MISSING], predicted)


@pytest.mark.parametrize("kind, tp, fp, fn", EXPECTED_COUNTS)
def test_hand_counted_scores(hand_report, kind, tp, fp, fn):
    prf = hand_report.per_kind[kind]
    assert (prf.tp, prf.fp, prf.fn) == (tp, fp, fn)
    assert prf.precision == pytest.approx(tp / (tp + fp))
    assert prf.recall == pytest.approx(tp / (tp + fn))
    assert prf.f1 == pytest.approx(2 * tp / (2 * tp + fp + fn))


def test_officials_f1_by_hand(hand_report):
    # P = 3/4, R = 3/4 → F1 = 0.75
    assert hand_report.per_kind["officials"].f1 == pytest.approx(0.75)
    # P = 3/5, R = 3/6 → F1 = 2·0.6·0.5 / 1.1
    assert hand_report.per_kind["positions_title"].f1 == pytest.approx(0.6 / 1.1)


def test_kinds_in_order(hand_report):
    assert tuple(hand_report.per_kind) == KINDS


def test_restructuring_accuracy(hand_report):
    # Hà Nội wrong (True for False), Lào Cai right, the unpredicted article wrong
    assert hand_report.restructuring_accuracy == pytest.approx(1 / 3)


def test_restructuring_is_none_when_nothing_answers():
    unanswered = {key: value for key, value in GOLD_HANOI.items() if key != "is_restructuring"}
    report = score([GOLD_HANOI], {"hanoi": unanswered})
    assert report.restructuring_accuracy is None
    assert not report.errors


def test_missing_prediction_counts_every_value_missed(hand_report):
    missing = next(a for a in hand_report.errors if a.doc_id == "no-prediction")
    assert not missing.predicted
    assert missing.missed["officials"] == ("nguyễn văn hùng",)
    assert missing.missed["positions_title"] == (("nguyễn văn hùng", "trưởng ban tổ chức tỉnh ủy"),)
    assert missing.missed["legal_refs"] == ("luật đất đai",)
    assert "legal_refs_numbered" not in missing.missed
    assert not missing.spurious
    assert missing.restructuring_wrong
    assert missing.n_errors == 7


def test_errors_worst_first_and_serializable(hand_report):
    counts = [a.n_errors for a in hand_report.errors]
    assert counts == sorted(counts, reverse=True)
    assert {a.doc_id for a in hand_report.errors} == {"hanoi", "laocai", "no-prediction"}
    laocai = next(a for a in hand_report.errors if a.doc_id == "laocai")
    assert laocai.spurious["dates"] == ("2025-04-13",)
    assert "Giám đốc Sở" not in str(laocai) and "giám đốc sở" in str(laocai)
    decoded = json.loads(json.dumps(hand_report.to_dict(), ensure_ascii=False))
    assert decoded["per_kind"]["officials"]["tp"] == 3
    assert decoded["restructuring_accuracy"] == pytest.approx(1 / 3)
    assert pickle.loads(pickle.dumps(hand_report)) == hand_report


@pytest.mark.parametrize("officials, expected", [
    (["Lê Văn Hoạt", "Lê Văn Hoạt"], {"lê văn hoạt"}),
    (["Lê Văn Hoạt", "LÊ VĂN HOẠT", "Lê Văn Hoạt,", " Lê  Văn Hoạt "], {"lê văn hoạt"}),
    (["Nguyễn Thị Thanh Thuỷ", "Nguyễn Thị Thanh Thủy"], {"nguyễn thị thanh thủy"}),
    (["", "...", None, "Hoàng Quốc Hương"], {"hoàng quốc hương"}),
])
def test_duplicates_inside_a_set_count_once(officials, expected):
    sets = value_sets({"officials": officials})
    assert sets["officials"] == expected
    report = score([{"doc_id": "d", "officials": ["Lê Văn Hoạt"]}], {"d": {"officials": officials}})
    found = len(expected & {"lê văn hoạt"})
    assert (report.per_kind["officials"].tp, report.per_kind["officials"].fp) == (found, len(expected) - found)


def test_one_office_written_two_ways_gives_two_titles_one_role():
    positions = [{"person": HUONG, "title": "Giám đốc Sở Y tế", "role": "Giám đốc"},
                 {"person": HUONG, "title": "Giám đốc Sở Y tế tỉnh Lào Cai", "role": "Giám đốc"},
                 {"person": HUONG, "title": "Tỉnh ủy viên", "role": "Tỉnh ủy viên"}]
    sets = value_sets({"positions": positions})
    assert sets["positions_title"] == {("hoàng quốc hương", "giám đốc sở y tế"),
                                       ("hoàng quốc hương", "giám đốc sở y tế tỉnh lào cai"),
                                       ("hoàng quốc hương", "tỉnh ủy viên")}
    assert sets["positions_role"] == {("hoàng quốc hương", "giám đốc"), ("hoàng quốc hương", "tỉnh ủy viên")}


def test_pairs_need_the_same_person():
    gold = {"doc_id": "d", "positions": [{"person": HUONG, "title": "Giám đốc Sở Y tế", "role": "Giám đốc"}]}
    pred = {"positions": [{"person": "Lê Thị Hồng Vân", "title": "Giám đốc Sở Y tế", "role": "Giám đốc"},
                          {"person": HUONG, "title": "Giám đốc Sở Y tế", "role": None}]}
    report = score([gold], {"d": pred})
    title, role = report.per_kind["positions_title"], report.per_kind["positions_role"]
    assert (title.tp, title.fp, title.fn) == (1, 1, 0)
    assert (role.tp, role.fp, role.fn) == (0, 1, 1)


@pytest.mark.parametrize("keys, numbered", [
    (["18-NQ/TW", "Đề án 04", "Luật Đất đai 2024"], {"18-nq/tw", "đề án 04", "luật đất đai 2024"}),
    (["Hiến pháp", "Luật Tổ chức chính quyền địa phương", "Nghị quyết Đại hội Đảng lần thứ XII"], set()),
    (["Quy hoạch tỉnh thời kỳ 2021 - 2030", "Điều lệ Đảng"], {"quy hoạch tỉnh thời kỳ 2021 - 2030"}),
])
def test_numbered_legal_refs_hold_a_digit(keys, numbered):
    sets = value_sets({"legal_refs": [{"text": key, "key": key} for key in keys]})
    assert sets["legal_refs_numbered"] == numbered
    assert sets["legal_refs"] >= numbered and len(sets["legal_refs"]) == len(keys)


@pytest.mark.parametrize("tp, fp, fn, precision, recall, f1", [
    (0, 0, 0, 1.0, 1.0, 1.0),   # nothing to find, nothing predicted
    (0, 0, 4, 0.0, 0.0, 0.0),   # nothing predicted, something to find
    (0, 3, 0, 0.0, 0.0, 0.0),   # nothing to find, something predicted
    (2, 2, 0, 0.5, 1.0, 2 / 3),
    (3, 1, 5, 0.75, 3 / 8, 0.5),
])
def test_prf_conventions(tp, fp, fn, precision, recall, f1):
    prf = PRF(tp, fp, fn)
    assert (prf.precision, prf.recall, prf.f1) == pytest.approx((precision, recall, f1))


def _gold_records():
    with open(GOLD_PATH, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_gold_scored_against_itself_is_perfect():
    gold = _gold_records()
    report = score(gold, {record["doc_id"]: record for record in gold})
    for kind in KINDS:
        prf = report.per_kind[kind]
        assert prf.tp > 0, kind
        assert (prf.fp, prf.fn, prf.f1) == (0, 0, 1.0), kind
    assert report.restructuring_accuracy == 1.0
    assert report.errors == []


def test_gold_without_predictions_finds_nothing():
    gold = _gold_records()
    report = score(gold, {})
    for kind in KINDS:
        prf = report.per_kind[kind]
        assert prf.tp == prf.fp == 0 and prf.fn > 0 and prf.f1 == 0.0, kind
    assert report.restructuring_accuracy is None
    assert len(report.errors) == len(gold)


LAOCAI_RAW = (
    "CTTĐT - Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc giữa Sở Y tế tỉnh "
    "Lào Cai và Sở Y tế tỉnh Yên Bái.\n"
    "Quang cảnh buổi làm việc\n"
    "Tại buổi làm việc, hai bên đã trao đổi, thống nhất các nội dung liên quan đến việc sắp xếp, "
    "hợp nhất Sở Y tế hai tỉnh.\n"
    "Lượt xem: 1.024"
)
LAOCAI_GOLD = {"doc_id": "laocai", "text": LAOCAI_RAW, "absent": ["Lượt xem", "Quang cảnh buổi làm việc"]}
FIRST_LINE, SECOND_LINE = LAOCAI_RAW.split("\n")[0], LAOCAI_RAW.split("\n")[2]


@pytest.mark.parametrize("clean_text, expected_problems", [
    (f"{FIRST_LINE}\n\n{SECOND_LINE}", []),
    # whitespace aside: re-wrapped lines and collapsed spaces are no change
    (FIRST_LINE.replace("Lào Cai", "Lào\nCai") + "\n" + SECOND_LINE.replace(", ", ",  "), []),
    (f"{FIRST_LINE}\n{SECOND_LINE}\nLượt xem: 1.024", ["absent string still in clean text: 'Lượt xem'"]),
    (f"Quang cảnh buổi làm việc\n{FIRST_LINE}\n{SECOND_LINE}",
     ["absent string still in clean text: 'Quang cảnh buổi làm việc'"]),
    (SECOND_LINE, ["body line lost in cleaning"]),
    (FIRST_LINE.replace("Yên Bái", "Yen Bai") + "\n" + SECOND_LINE, ["body line lost in cleaning"]),
    (LAOCAI_RAW, ["absent string still in clean text: 'Lượt xem'",
                  "absent string still in clean text: 'Quang cảnh buổi làm việc'"]),
])
def test_absent_and_body_checks(clean_text, expected_problems):
    problems = absent_and_body_checks(LAOCAI_GOLD, clean_text)
    assert len(problems) == len(expected_problems)
    for problem, expected in zip(problems, expected_problems):
        assert problem.startswith(expected)


def test_space_restored_after_a_sentence_end_is_no_change():
    gold = {"text": FIRST_LINE + SECOND_LINE, "absent": []}
    assert absent_and_body_checks(gold, f"{FIRST_LINE} {SECOND_LINE}") == []
    assert absent_and_body_checks(gold, FIRST_LINE) != []


def test_body_check_reads_lookalike_and_decomposed_letters():
    gold = {"text": "Ðảng bộ, chính quyền và nhân dân huyện Tuy Phước đang tiến hành rà soát và đánh giá "
                    "từng chỉ tiêu, tiêu chí.", "absent": []}
    clean = unicodedata.normalize("NFD", gold["text"].replace("Ð", "Đ"))
    assert absent_and_body_checks(gold, clean) == []


def test_short_lines_are_not_checked():
    gold = {"text": "Quang cảnh buổi làm việc\nSở Y tế tỉnh Lào Cai", "absent": []}
    assert absent_and_body_checks(gold, "") == []
