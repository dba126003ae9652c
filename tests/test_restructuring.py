"""The restructuring flag: weighted cues, not a single keyword hit."""
import json
from pathlib import Path

import pytest

from extraction.components.restructuring import CUES, judge
from extraction.patterns.restructuring import SENTENCE_SPLIT

GOLD = Path(__file__).resolve().parents[1] / "corpora" / "gold" / "dev.jsonl"

RESTRUCTURING = [
    # merger of departments across two provinces (seed 002's lead and a body sentence)
    ("Buổi làm việc nhằm trao đổi các nội dung trọng tâm liên quan đến xây dựng Đề án hợp nhất "
     "giữa hai Sở Y tế. Ngành Y tế hai bên chia sẻ kết quả rà soát hiện trạng tổ chức bộ máy; "
     "thống nhất tên gọi của các đơn vị sau hợp nhất. Đề xuất phương án sắp xếp đội ngũ cán bộ "
     "nhằm đảm bảo ổn định tổ chức sau khi hợp nhất các Sở.", None),
    ("Ban Chấp hành Đảng bộ tỉnh họp cho ý kiến về sắp xếp đơn vị hành chính cấp tỉnh và cấp xã. "
     "Hội nghị thống nhất chủ trương sáp nhập tỉnh Gia Lai và tỉnh Bình Định.", None),
    ("Hà Nội xây dựng 126 phương án sắp xếp 526 đơn vị hành chính cấp xã. Sau sắp xếp, "
     "thành phố còn 126 xã, phường; chính quyền địa phương 2 cấp vận hành từ ngày 1/7/2025.", None),
    ("Sau khi sắp xếp tổ chức lại bộ máy hành chính, các Sở của TP Hà Nội đã giảm được 17 "
     "Phó Giám đốc Sở. Việc tinh gọn bộ máy được thực hiện theo Nghị quyết số 18-NQ/TW.", None),
    ("Nhằm phục vụ người dân khi không còn tổ chức Công an cấp huyện, Công an tỉnh Đồng Nai "
     "chuyển giao việc đăng ký, cấp biển số xe cho Công an các xã, phường.",
     "Công an tỉnh Đồng Nai phân cấp đăng ký, cấp biển số xe cho Công an các xã, phường"),
    # new communes and wards formed by merging the old ones
    ("Thành lập phường Quy Nhơn Bắc trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số của phường Trần Quang "
     "Diệu và phường Nhơn Phú. Thành lập xã Tuy Phước 1 trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số "
     "của thị trấn Tuy Phước và xã Phước Hòa.", None),
    # staff cut as part of streamlining: early retirement under the reorganization's policy
    ("Sở Nội vụ tỉnh Nghệ An cho biết, đã có 215 cán bộ, công chức, viên chức nghỉ hưu trước tuổi, nghỉ thôi việc "
     "theo Nghị định số 178/2024/NĐ-CP. Kinh phí chi trả chính sách cho các trường hợp nghỉ thôi việc được bảo đảm "
     "kịp thời.", None),
    # departments reorganized
    ("UBND tỉnh hoàn thành sắp xếp, tổ chức lại các cơ quan chuyên môn, giảm từ 19 xuống còn 14 sở. Sau sắp xếp, "
     "tỉnh giảm 42 phòng chuyên môn thuộc sở.", None),
    # a district upgraded to a town
    ("Ủy ban Thường vụ Quốc hội quyết định thành lập thị xã Hoài Nhơn thuộc tỉnh Bình Định. Việc nâng cấp huyện "
     "Hoài Nhơn lên thị xã tạo động lực phát triển cho vùng phía bắc tỉnh.", None),
]

NOT_RESTRUCTURING = [
    # a single passing mention in a list of tasks
    ("UBND tỉnh Thái Nguyên yêu cầu các sở, ngành đẩy mạnh cải cách hành chính, chuyển đổi số, "
     "phát triển dịch vụ công trực tuyến; chuẩn bị các điều kiện cho việc sắp xếp đơn vị hành chính.", None),
    # restructuring of an economic sector
    ("Tỉnh Bạc Liêu đẩy mạnh tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới. "
     "Tái cơ cấu ngành trồng trọt theo hướng nâng cao giá trị gia tăng.", None),
    # a company merger
    ("Hai ngân hàng thương mại công bố sáp nhập doanh nghiệp con. Việc hợp nhất công ty "
     "dự kiến hoàn tất trong quý III/2025.", None),
    # background only: a land-price table after the merger
    ("Bảng giá đất mới của tỉnh Lâm Đồng sau sáp nhập được áp dụng từ ngày 1/1/2026, "
     "mức giá cao nhất 120 triệu đồng/m2 tại trung tâm thành phố Đà Lạt.", None),
    # "hội nhập" is not a merger
    ("Lớp bồi dưỡng kiến thức cho công chức làm công tác hội nhập quốc tế tỉnh Bạc Liêu. "
     "Thực hiện Đề án bồi dưỡng kiến thức và kỹ năng hội nhập quốc tế.", None),
    # a steering committee being set up is not restructuring
    ("Bí thư Tỉnh ủy chủ trì cuộc họp công bố Quyết định thành lập Ban Chỉ đạo thực hiện Chương "
     "trình mục tiêu quốc gia xây dựng nông thôn mới.", None),
    # the anniversary of a founding
    ("Huyện Hoài Ân long trọng tổ chức Lễ kỷ niệm 50 năm Ngày thành lập huyện. Nhân dịp kỷ niệm 50 năm thành lập "
     "Đảng bộ huyện, Ban Thường vụ Huyện ủy tặng quà các gia đình chính sách.", None),
    # retirement at the statutory age
    ("Chiều 2/6, Sở Y tế tổ chức gặp mặt, trao quyết định nghỉ hưu theo chế độ cho hai đồng chí lãnh đạo phòng. "
     "Giám đốc Sở ghi nhận những đóng góp của các đồng chí trong suốt 35 năm công tác.", None),
]


@pytest.mark.parametrize("text,title", RESTRUCTURING)
def test_restructuring_news_is_flagged(text, title):
    verdict = judge(text, title=title)
    assert verdict.is_restructuring, verdict
    assert verdict.evidence


@pytest.mark.parametrize("text,title", NOT_RESTRUCTURING)
def test_other_news_is_not_flagged(text, title):
    assert not judge(text, title=title).is_restructuring


def test_evidence_names_the_cues():
    verdict = judge(RESTRUCTURING[1][0])
    cues = {cue for e in verdict.evidence for cue in e.cues}
    assert {"administrative_units", "merger"} <= cues
    assert verdict.as_dict()["evidence"][0].startswith("+")


def test_accuracy_on_gold_reaches_floor():
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    right = sum(judge(r["text"]).is_restructuring == r["is_restructuring"] for r in records)
    assert right / len(records) >= 0.95


# (sentence, the cues it carries)
CUE_SENTENCES = [
    ("Hà Nội xây dựng phương án sắp xếp 526 đơn vị hành chính cấp xã.", ("administrative_units",)),
    ("Tỉnh thống nhất chủ trương sáp nhập tỉnh Gia Lai và tỉnh Bình Định.", ("merger",)),
    ("Kể từ ngày 1/7/2025, không tổ chức cấp huyện, chính quyền địa phương 2 cấp đi vào vận hành.",
     ("two_level_government", "level_abolished")),
    ("Sau sắp xếp, các Sở của thành phố đã giảm 17 phòng chuyên môn.", ("after_merger", "streamlining_staff")),
    ("Thực hiện Nghị quyết số 18-NQ/TW, tỉnh tinh gọn bộ máy các cơ quan.", ("apparatus", "resolution_18")),
    ("Đề án hợp nhất hai Sở Y tế được trình Ban Thường vụ Tỉnh ủy.", ("merger", "restructuring_scheme")),
    ("Công an tỉnh chuyển giao việc đăng ký xe cho Công an các xã, phường.", ("duties_handed_over",)),
    ("Tỉnh đẩy mạnh tái cơ cấu ngành nông nghiệp.", ("economic_sector",)),
    ("Hai ngân hàng sáp nhập công ty con.", ("company_merger",)),
    ("Kết luận số 137 của Bộ Chính trị được quán triệt.", ("resolution_18",)),
    ("Số cán bộ dôi dư sau sắp xếp được bố trí hợp lý.", ("after_merger", "streamlining_staff")),
    ("Tăng cường công tác cải cách hành chính, chuyển đổi số.", ()),
    ("Thành lập phường Quy Nhơn Bắc trên cơ sở nhập toàn bộ diện tích tự nhiên của phường Nhơn Phú.",
     ("unit_formed_from_others", "unit_created_or_renamed")),
    ("Thành lập Sở Nông nghiệp và Môi trường trên cơ sở hợp nhất Sở Nông nghiệp và Phát triển nông thôn với Sở Tài "
     "nguyên và Môi trường.", ("merger", "unit_formed_from_others", "unit_created_or_renamed")),
    ("Quyết định đổi tên Sở Lao động - Thương binh và Xã hội thành Sở Nội vụ.", ("unit_created_or_renamed",)),
    ("Tỉnh hoàn thành sắp xếp, tổ chức lại các cơ quan chuyên môn thuộc UBND tỉnh.", ("bodies_reorganized",)),
    ("Đã có 215 cán bộ nghỉ hưu trước tuổi theo Nghị định số 178/2024/NĐ-CP.",
     ("early_retirement", "staff_policy_decree")),
    ("Huyện tổ chức kỷ niệm 50 năm Ngày thành lập huyện Hoài Ân.", ()),
    ("Nhân kỷ niệm 95 năm thành lập Đảng bộ tỉnh, Tỉnh ủy tổ chức hội thảo.", ()),
    ("Sở Y tế trao quyết định nghỉ hưu theo chế độ cho đồng chí Trưởng phòng.", ()),
]


@pytest.mark.parametrize("sentence, cues", CUE_SENTENCES)
def test_sentence_cues(sentence, cues):
    assert tuple(cue for evidence in judge(sentence).evidence for cue in evidence.cues) == cues


def _gold_sentences() -> list[str]:
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    return [piece.strip() for record in records for piece in SENTENCE_SPLIT.split(record["text"]) if piece.strip()]


def test_every_cue_match_holds_one_of_its_keywords():
    """Sentences without a cue's keywords are not searched with its pattern: the keywords must
    be in every match."""
    for sentence in _gold_sentences() + [sentence for sentence, _ in CUE_SENTENCES]:
        for name, cue in CUES:
            match = cue.pattern.search(sentence)
            assert match is None or any(keyword in match.group().lower() for keyword in cue.keywords), (name, sentence)


def test_letters_a_regex_takes_for_i_are_read_as_i():
    verdict = judge("Tỉnh thực hiện TİNH GİẢN BİÊN CHẾ theo lộ trình.")
    assert verdict.evidence[0].cues == ("streamlining_staff",)


def test_article_without_any_cue_keyword():
    verdict = judge("Tỉnh Bạc Liêu tăng cường công tác cải cách hành chính, chuyển đổi số trong năm 2025.",
                    title="Đẩy mạnh chuyển đổi số")
    assert (verdict.is_restructuring, verdict.score, verdict.evidence) == (False, 0, ())
