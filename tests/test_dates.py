"""The date grammar (SPEC §3, §3.1 "Dates") on real sentences of Vietnamese news."""
from __future__ import annotations

import json
import pickle
import re
import unicodedata
from datetime import date
from pathlib import Path
from re import _parser as regex_parser  # the standard library's regex parser: it knows a pattern's widest match

import pytest
import spacy

from extraction.components.base import mentions_of
from extraction.components.dates import DateExtractor, find_dates
from extraction.patterns import dates as P

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "corpora" / "gold" / "dev.jsonl"
SAMPLES = REPO / "corpora" / "samples" / "articles.jsonl"

CASES = [
    pytest.param(
        "Chi bộ cộng sản đầu tiên của huyện được thành lập vào tháng7/1931, là hạt nhân lãnh đạo phong trào.",
        None, [("tháng7/1931", "1931-07")], id="month-without-its-space"),
    pytest.param(
        "CTTĐT - Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc giữa Sở Y tế tỉnh Lào Cai "
        "và Sở Y tế tỉnh Yên Bái.", None,
        [("Sáng ngày 13/4", "XXXX-04-13")], id="part-of-day-and-ngay"),
    pytest.param(
        "Ngày 11-3, Ban Văn hóa - Xã hội HĐND Thành phố và Sở Y tế Hà Nội đã ký kết quy chế phối hợp công tác.",
        None, [("Ngày 11-3", "XXXX-03-11")], id="hyphenated-day-month"),
    pytest.param(
        "Đảm bảo thực hiện nghiêm túc việc trao đổi, cung cấp thông tin, tài liệu lẫn nhau về kế hoạch công tác "
        "năm; kết quả hoạt động hàng quý, 6 tháng, cả năm; hoạt động giám sát, khảo sát, thẩm tra.", None,
        [], id="frequencies-and-durations"),
    pytest.param(
        "Nhân kỷ niệm 50 năm Ngày giải phóng tỉnh Bình Định (31/3/1975 - 31/3/2025), chiều 30/3, Tỉnh ủy, HĐND, "
        "UBND, UBMTTQ Việt Nam tỉnh đã tổ chức Gặp mặt đại biểu Quân – Dân – Chính tiêu biểu tỉnh Bình Định.",
        None,
        [("31/3/1975", "1975-03-31"), ("31/3/2025", "2025-03-31"), ("chiều 30/3", "XXXX-03-30")],
        id="anniversary-dates-and-afternoon"),
    pytest.param(
        "Sư đoàn 3 Sao Vàng chỉ trong 28 ngày đêm liên tục chiến đấu và giành thắng lợi, đến 20 giờ ngày 31 tháng 3 "
        "năm 1975, lá cờ chiến thắng của quân và dân Bình Định đã tung bay.", None,
        [("ngày 31 tháng 3 năm 1975", "1975-03-31")], id="spelled-out-date-after-time"),
    pytest.param(
        "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn giai đoạn 2020 – 2025 đạt bình quân 7 - 7,2%/năm. Năm 2024, "
        "tổng thu ngân sách nhà nước của tỉnh đạt trên 16.500 tỷ đồng.", None,
        [("giai đoạn 2020 – 2025", "2020/2025"), ("Năm 2024", "2024")], id="period-and-year"),
    pytest.param(
        "Trong 6 tháng đầu năm 2018, toàn Ngành LĐTB&XH triển khai thực hiện có hiệu quả các lĩnh vực.",
        date(2018, 6, 28), [("năm 2018", "2018")], id="half-year-duration-keeps-year"),
    pytest.param(
        "Duy trì tốt việc hỗ trợ, giúp đỡ trên 170 thương binh 1/4, 2/4 có mức sống trung bình gặp khó khăn.",
        None, [], id="disability-grades-are-not-dates"),
    pytest.param(
        "Thuộc thẩm quyền đăng ký của Công an cấp huyện được quy định tại khoản 3 Điều 4 Thông tư số 79/2024/TT- BCA "
        "ngày 15/11/2024 của Bộ trưởng Bộ Công an.", date(2024, 11, 15),
        [("ngày 15/11/2024", "2024-11-15")], id="symbol-year-is-not-a-date"),
    pytest.param(
        "Tính đến giữa tháng 2 năm nay, huyện đã đạt được 5/9 tiêu chí huyện nông thôn mới (NTM) nâng cao.", None,
        [("tháng 2 năm nay", "XXXX-02")], id="this-year-without-publication"),
    pytest.param(
        "Tính đến giữa tháng 2 năm nay, huyện đã đạt được 5/9 tiêu chí huyện nông thôn mới (NTM) nâng cao.",
        date(2025, 3, 10), [("tháng 2 năm nay", "2025-02")], id="this-year-from-publication"),
    pytest.param(
        "Huyện phấn đấu hoàn thành 9/9 tiêu chí NTM nâng cao vào quý II/2025; hoàn thành bộ hồ sơ vào quý III/2025 "
        "và đề xuất Thủ tướng Chính phủ công nhận vào tháng 12.2025.", None,
        [("quý II/2025", "2025-Q2"), ("quý III/2025", "2025-Q3"), ("tháng 12.2025", "2025-12")],
        id="quarters-and-dotted-month"),
    pytest.param(
        "Đại hội Công đoàn tỉnh Bạc Liêu lần thứ X, nhiệm kỳ 2018 - 2023 được diễn ra trong 2 ngày 21 và 22/6/2018.",
        date(2018, 6, 23),
        [("ngày 21 và 22/6/2018", "2018-06-21"), ("22/6/2018", "2018-06-22")],
        id="congress-term-excluded-day-range-split"),
    pytest.param(
        "Đại hội đã bầu ra Ban Chấp hành Công đoàn tỉnh Bạc Liêu khóa X, nhiệm kỳ 2018 - 2023 gồm 34 đồng chí.",
        date(2018, 6, 23), [("nhiệm kỳ 2018 - 2023", "2018/2023")], id="term-of-a-body-is-a-date"),
    pytest.param(
        "(BL-CL) Chiều 23/3, UBND huyện Đông Hải long trọng tổ chức lễ công bố Quyết định của Chủ tịch UBND tỉnh "
        "Bạc Liêu về việc công nhận xã Định Thành đạt chuẩn nông thôn mới (NTM) năm 2017.", date(2018, 3, 26),
        [("Chiều 23/3", "2018-03-23"), ("năm 2017", "2017")], id="year-from-publication"),
    pytest.param(
        "Phó Giám đốc Sở Tài chính cho biết, đến ngày 10.4, các đơn vị khối huyện đã giải ngân được 842,238 tỷ đồng "
        "vốn đầu tư công, đạt 21,14% tổng kế hoạch vốn năm 2025 của khối huyện.", None,
        [("ngày 10.4", "XXXX-04-10"), ("năm 2025", "2025")], id="dotted-day-and-budget-year"),
    pytest.param(
        "Quốc hội đã thông qua Nghị quyết về việc kéo dài thời hạn miễn thuế sử dụng đất nông nghiệp, có hiệu lực "
        "từ ngày 1/1/2026 với 443/444 đại biểu có mặt tán thành.", date(2025, 6, 26),
        [("ngày 1/1/2026", "2026-01-01")], id="vote-count-is-not-a-date"),
    pytest.param(
        "Bên cạnh đó, Luật Đất đai năm 2024 đã có một số quy định nhằm góp phần khắc phục tình trạng bỏ hoang đất.",
        date(2025, 6, 26), [], id="law-year-is-not-a-date"),
    pytest.param(
        "Gần 9 giờ tối 4.4, đoàn tàu chở cán bộ, chiến sĩ vào TP Hồ Chí Minh chuẩn bị tham gia diễu binh.", None,
        [("tối 4.4", "XXXX-04-04")], id="evening-after-clock-time"),
    pytest.param(
        "Chủ tịch UBND tỉnh trình bày tờ trình về việc thông qua Đề án sắp xếp đơn vị hành chính cấp xã của tỉnh "
        "Bình Định 2025.", None, [("2025", "2025")], id="year-in-a-plan-name"),
    pytest.param(
        "Các ĐVHC hình thành sau sắp xếp có thể hoạt động từ ngày 1/7 tới.", date(2025, 6, 11),
        [("ngày 1/7", "2025-07-01")], id="soon-after-publication"),
    pytest.param(
        "Nhân ngày mất cố Tổng Bí thư Lê Khả Phiêu (18/6 âm lịch), sáng 23/7, Đoàn đại biểu Tỉnh ủy, HĐND, UBND "
        "tỉnh Thanh Hóa đã đến dâng hoa, dâng hương.", None,
        [("sáng 23/7", "XXXX-07-23")], id="lunar-date-excluded"),
    pytest.param(
        "Quyết tâm thực hiện thắng lợi mục tiêu năm 2024 - năm tăng tốc, bứt phá của kế hoạch phát triển kinh tế - "
        "xã hội 5 năm (2021-2025) và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020-2025.", None,
        [("năm 2024", "2024"), ("2021-2025", "2021/2025")], id="congress-resolution-term-excluded"),
    pytest.param(
        "Núi Cốc là hồ nước ngọt nhân tạo, hình thành sau khi đập ngăn sông Công được xây dựng từ năm 1973 đến 1982.",
        None, [("năm 1973", "1973"), ("1982", "1982")], id="from-year-to-bare-year"),
    pytest.param(
        "Hôm nay 3/2, ngày làm việc đầu tiên sau kỳ nghỉ tết Nguyên đán, Quyền Chủ tịch UBND tỉnh đi thăm, "
        "động viên Trung tâm Phục vụ hành chính công tỉnh.", None,
        [("Hôm nay 3/2", "XXXX-02-03")], id="today"),
    pytest.param(
        "Cung cấp 76/76 dịch vụ công thiết yếu theo Đề án 06. - Thiết lập đường dây nóng, tổng đài hỗ trợ 24/7 về "
        "sử dụng dịch vụ công trực tuyến; tổ chức trực 24/24h tại hiện trường.", None,
        [], id="counts-and-round-the-clock"),
    pytest.param(
        "Trong hai tuần (từ 26/8 - 5/9), các công chức của Cục đã tham gia cùng đoàn công tác của các Sở.",
        date(2025, 9, 12), [("26/8 - 5/9", "2025-08-26"), ("5/9", "2025-09-05")], id="bare-day-range"),
    pytest.param(
        "Trước đó, trong tuần đầu (18 – 25/8), các công chức đã tổng hợp 675 kiến nghị, vướng mắc.",
        date(2025, 9, 12), [("18 – 25/8", "2025-08-18"), ("25/8", "2025-08-25")], id="days-of-one-month"),
    pytest.param(
        "So với tuần đầu, số các kiến nghị đã giảm xuống chỉ còn bằng khoảng 1/3.", date(2025, 9, 12),
        [], id="fraction-is-not-a-date"),
    pytest.param(
        "Đo đạc, lập bản đồ địa chính tỷ lệ 1/500 gần 5.179 ha; tỷ lệ 1/1.000 hơn 18.511 ha.", None,
        [], id="map-scales"),
    pytest.param(
        "Chiều 22.4, Chủ tịch UBND tỉnh có buổi làm việc với huyện Vân Canh về tình hình phát triển KT-XH quý "
        "I/2025.", None, [("Chiều 22.4", "XXXX-04-22"), ("quý I/2025", "2025-Q1")], id="quarter-roman"),
    pytest.param(
        "Tỉnh Quảng Nam phấn đấu giải ngân 60% kế hoạch vốn trong quý I và quý II/2025.", None,
        [("quý I và quý II/2025", "2025-Q1"), ("quý II/2025", "2025-Q2")], id="coordinated-quarters"),
    pytest.param(
        "Từ ngày 2 đến ngày 4/12, nhiều người đi qua cầu cao tốc bị thủng lốp.", None,
        [("ngày 2 đến ngày 4/12", "XXXX-12-02"), ("4/12", "XXXX-12-04")], id="from-day-to-day"),
    pytest.param(
        "Đồng chí đã từ trần hồi 22 giờ 51 phút, ngày 20 tháng 5 năm 2025 (tức ngày 23 tháng 4 năm Ất Tỵ), "
        "tại Nhà riêng.", None, [("ngày 20 tháng 5 năm 2025", "2025-05-20")], id="lunar-equivalent-excluded"),
    pytest.param(
        "Nhóm trộm xe SH trên đường Cách Mạng Tháng 8 (TP.HCM) vào tháng 5.2018.", None,
        [("tháng 5.2018", "2018-05")], id="month-in-a-street-name"),
    pytest.param(
        "Festival Huế 2024 và Năm Du lịch quốc gia 2025 thu hút đông đảo du khách.", None,
        [], id="event-editions"),
    pytest.param(
        "UBND tỉnh Bạc Liêu tổ chức họp mặt mừng Xuân Tết Nguyên đán Mậu Tuất 2018.", date(2018, 2, 10),
        [("2018", "2018")], id="holiday-year"),
    pytest.param(
        "Sở Tư pháp tỉnh Sóc Trăng tổ chức Hội nghị triển khai nhiệm vụ công tác tư pháp năm 2018.",
        date(2018, 1, 20), [("năm 2018", "2018")], id="meeting-year"),
    pytest.param(
        "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng "
        "khóa XII, quy định tại Nghị định số 30/2020/NĐ-CP của Chính phủ.", None,
        [("ngày 25/10/2017", "2017-10-25")], id="symbols-are-not-dates"),
    pytest.param(
        "Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2025 - 2030 diễn ra từ ngày 14 đến ngày "
        "16/10/2025.", date(2025, 10, 17),
        [("ngày 14 đến ngày 16/10/2025", "2025-10-14"), ("16/10/2025", "2025-10-16")], id="congress-dates"),
    pytest.param(
        "Vào lúc 8 giờ 30 phút, các đại biểu đã có mặt đông đủ tại hội trường.", None, [], id="clock-time"),
    pytest.param(
        "Trận động đất mạnh 7,5 độ hôm 28/9 ở ngoài khơi đảo Sulawesi.", None,
        [("hôm 28/9", "XXXX-09-28")], id="hom-cue"),
    pytest.param(
        "Tổng thu ngân sách đạt 16.500 tỷ đồng, tăng 12,5% so với cùng kỳ; 1/3 số xã đạt chuẩn. Sáng 13/4, UBND "
        "tỉnh họp phiên thường kỳ.", None, [("Sáng 13/4", "XXXX-04-13")], id="numbers-around-a-date"),
    pytest.param(
        "Rạng sáng hôm nay, mồng 2/9, hàng nghìn người dân đã có mặt tại Quảng trường Ba Đình.", None,
        [("Rạng sáng hôm nay, mồng 2/9", "XXXX-09-02")], id="longest-day-prefix"),
    pytest.param(
        "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII diễn ra từ ngày 18 đến 20/4/2025 tại Hà Nội.",
        None, [("ngày 18 đến 20/4/2025", "2025-04-18"), ("20/4/2025", "2025-04-20")], id="plenum-days"),
    pytest.param(
        "Trong tháng 3 - 4/2025, toàn tỉnh tổ chức 12 đợt kiểm tra.", None,
        [("tháng 3 - 4/2025", "2025-03"), ("4/2025", "2025-04")], id="months-with-a-dash"),
    pytest.param(
        "TỈNH ỦY TỔ CHỨC HỘI NGHỊ SƠ KẾT QUÝ IV NĂM 2024.", None, [("QUÝ IV NĂM 2024", "2024-Q4")],
        id="upper-case-quarter"),
    pytest.param(
        "QUÁ TRÌNH CÔNG TÁC\nTháng 8/1977 đến tháng 7/1979: Đồng chí làm Phó Chánh Văn phòng Tỉnh ủy.", None,
        [("Tháng 8/1977", "1977-08"), ("tháng 7/1979", "1979-07")], id="month-after-a-heading-line"),
    pytest.param(
        "Năm học 2024 - 2025, toàn tỉnh có 300 trường đạt chuẩn quốc gia.", None,
        [("Năm học 2024 - 2025", "2024/2025")], id="school-year"),
    pytest.param(
        "Khu đất 2-4-6 đường Hai Bà Trưng được giao cho doanh nghiệp không qua đấu giá.", None,
        [], id="chain-of-house-numbers"),
    pytest.param(
        "Cửa hàng tại số 12/5 đường Lê Lợi bị thiêu rụi, lớp 12/3 của trường được nghỉ học.", None,
        [], id="house-and-class-numbers"),
    pytest.param(
        "Trong dịp nghỉ lễ 30/4 - 1/5, lượng khách đến tỉnh tăng mạnh.", date(2025, 5, 3),
        [("30/4 - 1/5", "2025-04-30"), ("1/5", "2025-05-01")], id="holiday-occasion"),
    pytest.param(
        "Trong tuần đầu (18 – 25/8), các công chức đã tổng hợp 675 kiến nghị.", date(2025, 6, 20),
        [("18 – 25/8", "2025-08-18"), ("25/8", "2025-08-25")], id="range-ends-share-their-year"),
    pytest.param(
        "Các cấp ủy chuẩn bị tốt Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.", None,
        [], id="term-in-a-congress-name-without-ordinal"),
    pytest.param(
        "Hướng tới Đại hội, các đại biểu thảo luận phương hướng nhiệm kỳ 2025 - 2030.", None,
        [("nhiệm kỳ 2025 - 2030", "2025/2030")], id="term-of-a-period"),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_date_surfaces_and_values(text, published, expected):
    found = [(mention.text_in(text), mention.attrs["value"]) for mention in find_dates(text, published)]
    assert found == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Ngày 28/12, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm.", date(2025, 1, 5),
                 "2024-12-28", id="far-after-publication-is-last-year"),
    pytest.param("Ngày 3/1, UBND tỉnh Nghệ An tổ chức hội nghị triển khai nhiệm vụ.", date(2025, 1, 5),
                 "2025-01-03", id="just-before-publication"),
    pytest.param("Dự kiến ngày 28/12 sẽ khánh thành cầu Cửa Hội.", date(2025, 1, 5),
                 "2025-12-28", id="forward-cue-keeps-publication-year"),
    pytest.param("Tính đến ngày 20/12, toàn tỉnh Quảng Trị đã giải ngân 95% vốn đầu tư công.", date(2025, 1, 5),
                 "2024-12-20", id="up-to-a-past-day"),
    pytest.param("Sáng 26/2, Sở Nội vụ tỉnh Hà Tĩnh tổ chức hội nghị.", date(2025, 4, 20),
                 "2025-02-26", id="earlier-in-the-year"),
    pytest.param("Trong tháng 11, toàn tỉnh có thêm 120 doanh nghiệp thành lập mới.", date(2025, 2, 3),
                 "2024-11", id="month-far-after-publication"),
])
def test_sixty_day_rule(text, published, expected):
    values = [mention.attrs["value"] for mention in find_dates(text, published)]
    assert values == [expected]


@pytest.mark.parametrize("text, granularity, part_of_day", [
    pytest.param("Chiều 26/6, Quốc hội biểu quyết thông qua Nghị quyết.", "day", "chiều", id="day"),
    pytest.param("Trưa 14/8, Thượng tá Trương Văn Sáu cho biết.", "day", "trưa", id="noon"),
    pytest.param("Dự kiến thu phí từ tháng 1/2026.", "month", None, id="month"),
    pytest.param("Báo cáo tình hình kinh tế - xã hội quý IV năm 2024.", "quarter", None, id="quarter"),
    pytest.param("Đến năm 2030, tỉnh trở thành trung tâm kinh tế.", "year", None, id="year"),
    pytest.param("Bộ tiêu chí huyện nông thôn mới nâng cao giai đoạn 2021 - 2025.", "range", None, id="range"),
    pytest.param("Khuya ngày 8/12, tại ngã ba đường Nguyễn Huệ.", "day", "tối", id="late-night-is-evening"),
])
def test_granularity_and_part_of_day(text, granularity, part_of_day):
    (mention,) = find_dates(text)
    assert (mention.attrs["granularity"], mention.attrs["part_of_day"]) == (granularity, part_of_day)


def test_offsets_index_the_text():
    text = "Sáng 12/6/2025, tại kỳ họp thứ 9, Quốc hội biểu quyết thông qua Nghị quyết năm 2025."
    for mention in find_dates(text):
        assert text[mention.start:mention.end] == mention.text_in(text)
        assert mention.label == "DATE"
    assert [mention.text_in(text) for mention in find_dates(text)] == ["Sáng 12/6/2025", "năm 2025"]


def test_dates_deep_in_a_long_text():
    """The same dates, with the same values, after 30,000 characters of other text."""
    sentence = "Chiều 26/6, Quốc hội thông qua Nghị quyết có hiệu lực từ ngày 1/1/2026 trong quý I và quý II/2026."
    filler = "Tổng thu ngân sách đạt 16.500 tỷ đồng, tăng 12,5% so với năm 2023 và 1/3 số xã đạt chuẩn. " * 330
    alone = [(mention.text_in(sentence), mention.attrs["value"]) for mention in find_dates(sentence)]
    text = filler + sentence
    deep = [(mention.text_in(text), mention.attrs["value"]) for mention in find_dates(text)
            if mention.start >= len(filler)]
    assert deep == alone == [("Chiều 26/6", "XXXX-06-26"), ("ngày 1/1/2026", "2026-01-01"),
                             ("quý I và quý II/2026", "2026-Q1"), ("quý II/2026", "2026-Q2")]


def _texts() -> list[str]:
    """Every text at hand: the gold articles, the sample articles and the sentences of this file's tables."""
    records = [json.loads(line) for path in (GOLD, SAMPLES) for line in path.read_text(encoding="utf-8").splitlines()]
    return [record["text"] for record in records if record.get("text")] + [case.values[0] for case in CASES]


@pytest.mark.parametrize("pattern_name, anchor", [
    pytest.param("NUMERIC_DATE", "day_month", id="numeric"),
    pytest.param("TEXTUAL_DATE", "month", id="textual"),
    pytest.param("MONTH", "month", id="month"),
    pytest.param("YEAR", "year", id="year"),
    pytest.param("YEAR_RANGE", "year_range", id="year-range"),
    pytest.param("BARE_YEAR", "year", id="bare-year"),
])
def test_every_surface_match_holds_its_anchor(pattern_name, anchor):
    """A surface pattern is searched only around its anchors: a match holding none would be lost."""
    pattern, found = getattr(P, pattern_name), 0
    for text in _texts():
        hits = [hit.start() for hit in P.DIGIT_ANCHORS.finditer(text) if hit[anchor] is not None]
        for match in pattern.finditer(text):
            found += 1
            assert any(match.start() <= hit < match.end() for hit in hits), match.group()
    assert found > 0


def test_every_quarter_holds_its_anchor():
    found = 0
    for text in _texts():
        hits = [hit.start() for hit in P.QUARTER_ANCHOR.finditer(text)]
        for match in P.QUARTER.finditer(text):
            found += 1
            assert any(match.start() <= hit < match.end() for hit in hits), match.group()
    assert found > 0


LONGEST_LOOKAHEAD = 6
"""The most characters a look-ahead of the surface patterns reads (`MONTH`'s '(?!\\s?tuổi)')."""


@pytest.mark.parametrize("pattern_name", ["NUMERIC_DATE", "TEXTUAL_DATE", "MONTH", "QUARTER", "YEAR", "YEAR_RANGE",
                                          "BARE_YEAR"])
def test_surface_patterns_fit_the_search_window(pattern_name):
    pattern = getattr(P, pattern_name)
    _, widest = regex_parser.parse(pattern.pattern, pattern.flags).getwidth()
    assert widest + LONGEST_LOOKAHEAD <= P.MAX_MATCH_CHARS


@pytest.mark.parametrize("pattern_name", ["DURATION_BEFORE", "BARE_DAY_CUE_BEFORE", "EVENT_NAME_END_BEFORE",
                                          "YEAR_COORDINATION_BEFORE", "HOUSE_NUMBER_BEFORE"])
def test_context_patterns_fit_their_reach(pattern_name):
    """Searched only in their last `<NAME>_CHARS` characters; one more for a `$` before a final newline."""
    pattern = getattr(P, pattern_name)
    _, widest = regex_parser.parse(pattern.pattern, pattern.flags).getwidth()
    assert widest + 1 <= getattr(P, f"{pattern_name}_CHARS")


def test_spacy_component_reads_publication_date():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("govnews_dates")
    text = "Chiều 26/6, tiếp tục Kỳ họp thứ 9, Quốc hội thông qua Nghị quyết có hiệu lực từ ngày 1/1/2026."
    doc = nlp.make_doc(text)
    doc.user_data["published"] = date(2025, 6, 26)
    doc = nlp.get_pipe("govnews_dates")(doc)
    mentions = mentions_of(doc, "dates")
    assert [mention.text_in(text) for mention in mentions] == ["Chiều 26/6", "ngày 1/1/2026"]
    assert [mention.attrs["value"] for mention in mentions] == ["2025-06-26", "2026-01-01"]
    spans = list(doc.spans["dates"])
    assert len(spans) == 2 and all(span.label_ == "DATE" for span in spans)
    assert all(span.start_char <= mention.start and mention.end <= span.end_char
               for span, mention in zip(spans, mentions))


def test_extractor_pickles_with_its_options():
    extractor = pickle.loads(pickle.dumps(DateExtractor(future_tolerance_days=30)))
    assert extractor.future_tolerance_days == 30


def _normalized(value: str) -> str:
    value = unicodedata.normalize("NFC", value).casefold()
    value = re.sub(r"[\u2010-\u2015]", "-", value)
    return re.sub(r"\s+", " ", value).strip(" \"'“”.,;:")


def test_gold_date_values_f1():
    """Per-article sets of date values over the gold, micro-averaged (SPEC §5); boilerplate is not cleaned here."""
    true_positives = predicted = expected = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        published = date.fromisoformat(record["published"][:10]) if record.get("published") else None
        gold = {_normalized(item["value"]) for item in record["dates"]}
        found = {_normalized(mention.attrs["value"]) for mention in find_dates(record["text"], published)}
        true_positives += len(gold & found)
        predicted += len(found)
        expected += len(gold)
    precision, recall = true_positives / predicted, true_positives / expected
    assert 2 * precision * recall / (precision + recall) >= 0.95
