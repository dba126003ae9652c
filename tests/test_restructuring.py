"""The restructuring flag: weighted cues, not a single keyword hit."""
import json
from pathlib import Path

import pytest

from extraction.components.restructuring import judge

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
