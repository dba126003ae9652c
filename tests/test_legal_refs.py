"""The legal-reference grammar (SPEC §3, §3.1 "Legal references") on real sentences of Vietnamese news."""
from __future__ import annotations

import json
import pickle
import re
import unicodedata
from pathlib import Path
from re import _parser as regex_parser  # the standard library's regex parser: it knows a pattern's widest match

import pytest
import spacy

import extraction.components.dates  # noqa: F401  (registers the govnews_dates factory)
from extraction.components.base import mentions_of
from extraction.components.legal_refs import LegalRefExtractor, doc_types, find_legal_refs
from extraction.patterns import legal_refs as P

GOLD = Path(__file__).resolve().parents[1] / "corpora" / "gold" / "dev.jsonl"

CASES = [
    pytest.param(
        "Trên tinh thần triển khai hiệu quả Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về tiếp tục đổi "
        "mới, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.",
        [("Nghị quyết số 18-NQ/TW", "18-NQ/TW")], id="party-symbol"),
    pytest.param(
        "Đây là giải pháp hữu hiệu thực hiện Đề án 04 của Ban Thường vụ Thành ủy về “Nâng cao năng lực, hiệu lực, "
        "hiệu quả hoạt động của HĐND các cấp thành phố Hà Nội”.",
        [("Đề án 04", "Đề án 04")], id="numbered-scheme"),
    pytest.param(
        "Buổi làm việc nhằm trao đổi các nội dung trọng tâm liên quan đến xây dựng Đề án hợp nhất giữa hai Sở Y tế.",
        [], id="generic-merger-scheme"),
    pytest.param(
        "Kết thúc buổi làm việc, lãnh đạo hai Sở đã thống nhất các nội dung hoàn thiện dự thảo Đề án hợp nhất để "
        "báo cáo lãnh đạo UBND hai tỉnh xem xét, cho ý kiến trước khi hoàn thiện Đề án.",
        [], id="draft-and-bare-scheme"),
    pytest.param(
        "Ngày 17/12, UBND tỉnh vừa ký Quyết định số 2685/QĐ-UBND ban hành Kế hoạch thực hiện Chương trình dữ trữ "
        "hàng hóa bình ổn giá vào dịp Tết Nguyên đán Giáp Ngọ 2014 trên địa bàn tỉnh Bạc Liêu.",
        [("Quyết định số 2685/QĐ-UBND", "2685/QĐ-UBND"),
         ("Kế hoạch thực hiện Chương trình dữ trữ hàng hóa bình ổn giá vào dịp Tết Nguyên đán Giáp Ngọ 2014 trên "
          "địa bàn tỉnh Bạc Liêu",
          "Kế hoạch thực hiện Chương trình dữ trữ hàng hóa bình ổn giá vào dịp Tết Nguyên đán Giáp Ngọ 2014 trên "
          "địa bàn tỉnh Bạc Liêu")], id="decision-issuing-a-plan"),
    pytest.param(
        "Ngoài ra, thực hiện Nghị định số 27/2019/NĐ-CP, UBND tỉnh đã xây dựng dữ liệu bản đồ hiện trạng sử dụng đất "
        "cấp huyện, cấp tỉnh và dữ liệu quy hoạch tỉnh thời kỳ 2021 - 2030.",
        [("Nghị định số 27/2019/NĐ-CP", "27/2019/NĐ-CP"),
         ("quy hoạch tỉnh thời kỳ 2021 - 2030", "Quy hoạch tỉnh thời kỳ 2021 - 2030")], id="decree-and-master-plan"),
    pytest.param(
        "Được quy định tại khoản 3 Điều 4 Thông tư số 79/2024/TT- BCA ngày 15/11/2024 của Bộ trưởng Bộ Công an.",
        [("Thông tư số 79/2024/TT- BCA", "79/2024/TT-BCA")], id="symbol-with-inner-space"),
    pytest.param(
        "Ban An toàn giao thông tỉnh vừa ban hành Kế hoạch triển khai công tác bảo đảm trật tự an toàn giao thông "
        "(TTAGT) năm 2015 nhằm phấn đấu giảm cả 3 tiêu chí.",
        [("Kế hoạch triển khai công tác bảo đảm trật tự an toàn giao thông (TTAGT) năm 2015",
          "Kế hoạch triển khai công tác bảo đảm trật tự an toàn giao thông (TTAGT) năm 2015")],
        id="plan-with-abbreviation-and-year"),
    pytest.param(
        "Miễn thuế được quy định tại Nghị quyết số 55/2010/QH12 ngày 24/11/2010 của Quốc hội đã được sửa đổi, bổ sung "
        "theo Nghị quyết số 28/2016/QH14 ngày 11/11/2016 của Quốc hội.",
        [("Nghị quyết số 55/2010/QH12", "55/2010/QH12"), ("Nghị quyết số 28/2016/QH14", "28/2016/QH14")],
        id="national-assembly-resolutions"),
    pytest.param(
        "Dự án Nghị quyết về việc tiếp tục miễn thuế sử dụng đất nông nghiệp của Chính phủ trình Quốc hội vào thời "
        "điểm này chưa giải quyết được các vấn đề nêu trên.", [], id="unnumbered-resolution"),
    pytest.param(
        "Bên cạnh đó, Luật Đất đai năm 2024 đã có một số quy định nhằm góp phần khắc phục tình trạng bỏ hoang đất.",
        [("Luật Đất đai năm 2024", "Luật Đất đai 2024")], id="law-with-year"),
    pytest.param(
        "Đồng chí chủ trì cuộc họp công bố Quyết định về việc thành lập Ban Chỉ đạo thực hiện Chương trình mục tiêu "
        "Quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Bạc Liêu giai đoạn 2016 – 2020; đánh giá kết quả thực "
        "hiện Chương trình giai đoạn 2011 – 2015 và triển khai kế hoạch giai đoạn 2016 – 2020.",
        [("Chương trình mục tiêu Quốc gia xây dựng nông thôn mới",
          "Chương trình mục tiêu Quốc gia xây dựng nông thôn mới")], id="national-target-programme"),
    pytest.param(
        "Các địa phương cần bám sát nội dung Nghị quyết Đại hội Đảng lần thứ XII và Nghị quyết Đại hội Đảng bộ tỉnh "
        "lần thứ XV đã đề ra.",
        [("Nghị quyết Đại hội Đảng lần thứ XII", "Nghị quyết Đại hội Đảng lần thứ XII"),
         ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV")],
        id="congress-resolutions"),
    pytest.param(
        "Tiếp tục triển khai thực hiện Đề án “Tái cơ cấu ngành trồng trọt tỉnh Bạc Liêu đến năm 2020, định hướng đến "
        "năm 2030 theo hướng nâng cao giá trị gia tăng và phát triển bền vững”.",
        [("Đề án “Tái cơ cấu ngành trồng trọt tỉnh Bạc Liêu đến năm 2020, định hướng đến năm 2030 theo hướng nâng "
          "cao giá trị gia tăng và phát triển bền vững”",
          "Đề án Tái cơ cấu ngành trồng trọt tỉnh Bạc Liêu đến năm 2020, định hướng đến năm 2030 theo hướng nâng "
          "cao giá trị gia tăng và phát triển bền vững")], id="quoted-scheme-name"),
    pytest.param(
        "Quá trình thực hiện phải có cách làm phù hợp bảo đảm tuân thủ Hiến pháp và pháp luật.",
        [("Hiến pháp", "Hiến pháp")], id="constitution"),
    pytest.param(
        "Toàn bộ 23/23 ĐVHC cấp tỉnh đã đạt định hướng tiêu chuẩn theo quy định tại Điều 4 Nghị quyết số "
        "76/2025/UBTVQH15.", [("Nghị quyết số 76/2025/UBTVQH15", "76/2025/UBTVQH15")], id="standing-committee"),
    pytest.param(
        "Tại Đề án của Chính phủ và 23 Đề án của địa phương đã nêu cụ thể nội dung phương án sắp xếp.",
        [], id="plural-schemes"),
    pytest.param(
        "Các phương án đã bám sát chỉ đạo, nhất là Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 "
        "Ban Chấp hành Trung ương Đảng khóa XIII.", [("Nghị quyết số 60-NQ/TW", "60-NQ/TW")],
        id="symbol-with-issue-date"),
    pytest.param(
        "Ủy ban tán thành việc ghi nhận các nội dung này trong Nghị quyết chung của Kỳ họp thứ 9 và đề nghị giao các "
        "cơ quan nghiên cứu.",
        [("Nghị quyết chung của Kỳ họp thứ 9", "Nghị quyết chung của Kỳ họp thứ 9")], id="session-resolution"),
    pytest.param(
        "Kết thúc hoạt động của đơn vị hành chính cấp huyện kể từ ngày 01/7/2025 sau khi Hiến pháp năm 2013 (sửa "
        "đổi) và Luật Tổ chức chính quyền địa phương năm 2025 (sửa đổi) có hiệu lực thi hành.",
        [("Hiến pháp năm 2013 (sửa đổi)", "Hiến pháp 2013 (sửa đổi)"),
         ("Luật Tổ chức chính quyền địa phương năm 2025 (sửa đổi)",
          "Luật Tổ chức chính quyền địa phương 2025 (sửa đổi)")], id="amended-constitution-and-law"),
    pytest.param(
        "Ban Thường vụ Đảng uỷ Quốc hội đã họp để cho ý kiến, gồm: Đề án phương hướng bầu cử đại biểu Quốc hội khóa "
        "XVI và Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031; Luật sửa đổi, bổ sung một số điều của Luật Bầu cử "
        "đại biểu Quốc hội và đại biểu HĐND; Báo cáo tiến độ công việc.",
        [("Đề án phương hướng bầu cử đại biểu Quốc hội khóa XVI và Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031",
          "Đề án phương hướng bầu cử đại biểu Quốc hội khóa XVI và Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031"),
         ("Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND",
          "Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND"),
         ("Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND", "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND")],
        id="amending-law-names-the-amended-law"),
    pytest.param(
        "Thực hiện tinh thần Nghị quyết số 68, Bộ đã nghiên cứu phương án đầu tư mở rộng tuyến cao tốc.",
        [("Nghị quyết số 68", "Nghị quyết 68")], id="number-without-symbol"),
    pytest.param(
        "Giao Sở Xây dựng hướng dẫn việc triển khai thực hiện Quyết định 71/2025/QĐ-UBND của UBND TPHCM ban hành "
        "quy định trình tự, thủ tục cho thuê ngắn hạn quỹ đất.",
        [("Quyết định 71/2025/QĐ-UBND", "71/2025/QĐ-UBND")], id="provincial-decision"),
    pytest.param(
        "Cục Quản lý đất đai vừa có Báo cáo số 34 gửi Quyền Bộ trưởng Bộ Nông nghiệp và Môi trường.",
        [("Báo cáo số 34", "Báo cáo 34")], id="numbered-report"),
    pytest.param(
        "Các công chức đã hướng dẫn thực hiện Nghị định 151 và 226/2025/NĐ-CP của Chính phủ.",
        [("Nghị định 151", "151/2025/NĐ-CP"), ("226/2025/NĐ-CP", "226/2025/NĐ-CP")], id="shared-symbol"),
    pytest.param(
        "Tập trung cao độ tham mưu hoàn thành đề án, phương án sắp xếp, tinh gọn tổ chức bộ máy của Chính phủ theo "
        "chỉ đạo của Trung ương.",
        [("đề án, phương án sắp xếp, tinh gọn tổ chức bộ máy của Chính phủ",
          "Đề án sắp xếp, tinh gọn tổ chức bộ máy của Chính phủ"),
         ("phương án sắp xếp, tinh gọn tổ chức bộ máy của Chính phủ",
          "Phương án sắp xếp, tinh gọn tổ chức bộ máy của Chính phủ")], id="coordinated-type-words"),
    pytest.param(
        "Quyết tâm về đích nhiều chỉ tiêu quan trọng của kế hoạch phát triển kinh tế - xã hội 5 năm (2021-2025) và "
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020-2025, quyết tâm xây dựng tỉnh Thanh Hóa.",
        [("kế hoạch phát triển kinh tế - xã hội 5 năm (2021-2025)",
          "Kế hoạch phát triển kinh tế - xã hội 5 năm (2021-2025)"),
         ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020-2025",
          "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020-2025")], id="five-year-plan-and-congress"),
    pytest.param(
        "Nghị quyết số 01/NQ-TU ngày 31/12/2020 của Ban Chấp hành Đảng bộ tỉnh Thái Nguyên về Chương trình chuyển số "
        "(CĐS), giai đoạn 2021-2025 định hướng đến năm 2030, xác định mục tiêu cơ bản đến năm 2025.",
        [("Nghị quyết số 01/NQ-TU", "01/NQ-TU"),
         ("Chương trình chuyển số (CĐS), giai đoạn 2021-2025 định hướng đến năm 2030",
          "Chương trình chuyển số (CĐS), giai đoạn 2021-2025 định hướng đến năm 2030")],
        id="programme-with-period"),
    pytest.param(
        "Khoan thăm dò chất lượng thân đập chính hồ Núi Cốc để xây dựng phương án gia cố, sửa chữa.",
        [], id="generic-option"),
    pytest.param(
        "Đoàn công tác làm việc về việc xử lý sự cố đập chính và phương án đảm bảo an toàn vùng hạ du công trình "
        "hồ Núi Cốc.",
        [("phương án đảm bảo an toàn vùng hạ du công trình hồ Núi Cốc",
          "Phương án đảm bảo an toàn vùng hạ du công trình hồ Núi Cốc")], id="named-safety-plan"),
    pytest.param(
        "Quý I/2025 tổng giá trị sản phẩm địa phương đạt 655,44 tỷ đồng, đạt 16,97% kế hoạch năm 2025.",
        [], id="target-use-of-plan"),
    pytest.param(
        "Các đơn vị khối huyện đã giải ngân được 842,238 tỷ đồng, đạt 21,14% tổng kế hoạch vốn năm 2025.",
        [], id="budget-use-of-plan"),
    pytest.param(
        "Phối hợp trong xây dựng và thực hiện kế hoạch công tác hàng năm; kế hoạch phát triển kinh tế - xã hội Thủ đô "
        "hàng năm và 5 năm.", [], id="recurring-plans"),
    pytest.param(
        "Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội "
        "toàn quốc lần thứ XIV của Đảng.", [("Chỉ thị số 45-CT/TW", "45-CT/TW")], id="directive"),
    pytest.param(
        "UBND tỉnh Quảng Ninh ban hành Kế hoạch số 125/KH-UBND ngày 20/5/2025 triển khai sắp xếp đơn vị hành chính.",
        [("Kế hoạch số 125/KH-UBND", "125/KH-UBND")], id="provincial-plan-symbol"),
    pytest.param(
        "Đồng chí Nguyễn Văn Thắng, Trưởng Ban Chính sách, chiến lược Trung ương và lãnh đạo Bộ Kế hoạch và Đầu tư "
        "dự hội nghị.", [], id="type-words-inside-organization-names"),
    pytest.param(
        "Luật sư Trần Văn Hùng cho biết Luật sửa đổi chưa được thông qua.", [], id="lawyer-and-bare-amending-law"),
    pytest.param(
        "Mỗi đảng viên phải chấp hành nghiêm Điều lệ Đảng và quy định của cấp ủy.",
        [("Điều lệ Đảng", "Điều lệ Đảng")], id="party-charter"),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy Nghệ An ban hành Thông báo kết luận số 123-TB/TU về công tác cán bộ.",
        [("Thông báo kết luận số 123-TB/TU", "123-TB/TU")], id="qualified-type-word"),
    pytest.param(
        "Ngày 17.2.2025, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 32-CT/TU thực hiện Nghị quyết "
        "số 57-NQ/TW ngày 22.12.2024 của Bộ Chính trị.",
        [("Chương trình hành động số 32-CT/TU", "32-CT/TU"), ("Nghị quyết số 57-NQ/TW", "57-NQ/TW")],
        id="action-programme"),
    pytest.param(
        "Quốc hội thảo luận về dự án Luật Tổ chức Chính phủ (sửa đổi) tại hội trường.",
        [("Luật Tổ chức Chính phủ (sửa đổi)", "Luật Tổ chức Chính phủ (sửa đổi)")], id="bill"),
    pytest.param(
        "Chính phủ đôn đốc việc thực hiện Nghị quyết số 66.1/2025/NQ-CP ngày 18/7/2025 của Chính phủ.",
        [("Nghị quyết số 66.1/2025/NQ-CP", "66.1/2025/NQ-CP")], id="decimal-number"),
    # a quoted title that opens with its type word runs to the closing quote
    pytest.param(
        "Thực hiện Quyết định số 2007/QĐ-TTg của Thủ tướng Chính phủ về việc phê duyệt “Đề án bồi dưỡng kiến thức và "
        "kỹ năng cho công chức, viên chức làm công tác hội nhập quốc tế”, Sở Ngoại vụ mở lớp bồi dưỡng.",
        [("Quyết định số 2007/QĐ-TTg", "2007/QĐ-TTg"),
         ("Đề án bồi dưỡng kiến thức và kỹ năng cho công chức, viên chức làm công tác hội nhập quốc tế",
          "Đề án bồi dưỡng kiến thức và kỹ năng cho công chức, viên chức làm công tác hội nhập quốc tế")],
        id="quoted-title-opening-with-its-type"),
    # 'của <issuer>' is dropped from the key wherever it stands
    pytest.param(
        "Thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW, các bộ đã ban hành kế "
        "hoạch triển khai.",
        [("Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW",
          "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW"), ("Nghị quyết số 57-NQ/TW", "57-NQ/TW")],
        id="issuer-inside-a-name"),
    pytest.param(
        "UBND tỉnh phê duyệt Đề án của Sở Nông nghiệp và Môi trường về phát triển nông nghiệp công nghệ cao đến năm "
        "2030.",
        [("Đề án của Sở Nông nghiệp và Môi trường về phát triển nông nghiệp công nghệ cao đến năm 2030",
          "Đề án về phát triển nông nghiệp công nghệ cao đến năm 2030")], id="issuer-before-the-subject"),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
        [("Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị",
          "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW"), ("Nghị quyết số 57-NQ/TW", "57-NQ/TW")],
        id="issuer-of-a-cited-resolution"),
    pytest.param(
        "Đề án của UBND tỉnh được HĐND tỉnh thông qua tại kỳ họp thứ 9.", [], id="issuer-then-the-sentence-goes-on"),
    # resolutions named by the meeting that adopted them
    pytest.param(
        "Thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII, tỉnh đã sắp xếp bộ máy.",
        [("Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
          "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII")], id="plenum-ordinal-in-words"),
    pytest.param(
        "Tỉnh ủy tổ chức quán triệt Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII.",
        [("Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII",
          "Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII")], id="plenum-and-its-body"),
    pytest.param(
        "Các chi bộ tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XII) về xây dựng, chỉnh đốn Đảng.",
        [("Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Trung ương 4 (khóa XII)")], id="plenum-term-in-brackets"),
    pytest.param(
        "Các sở, ngành triển khai Nghị quyết kỳ họp thứ 9 HĐND tỉnh khóa XVIII ngay sau kỳ họp.",
        [("Nghị quyết kỳ họp thứ 9 HĐND tỉnh khóa XVIII", "Nghị quyết kỳ họp thứ 9 HĐND tỉnh khóa XVIII")],
        id="council-session-resolution"),
    # party documents
    pytest.param(
        "Thực hiện Thông báo Kết luận số 45-TB/TW của Bộ Chính trị, Tỉnh ủy đã ban hành kế hoạch.",
        [("Thông báo Kết luận số 45-TB/TW", "45-TB/TW")], id="type-word-qualified-by-a-type-word"),
    pytest.param(
        "Thực hiện Kết luận 126-KL/TW và 127-KL/TW của Bộ Chính trị, Ban Bí thư, tỉnh đề xuất phương án sắp xếp.",
        [("Kết luận 126-KL/TW", "126-KL/TW"), ("127-KL/TW", "127-KL/TW")], id="coordinated-party-conclusions"),
    pytest.param(
        "Theo Hướng dẫn số 35-HD/BTCTW của Ban Tổ chức Trung ương, các cấp ủy rà soát quy hoạch cán bộ.",
        [("Hướng dẫn số 35-HD/BTCTW", "35-HD/BTCTW")], id="party-guidance"),
    pytest.param(
        "Theo Biên bản số 12/BB-UBND ngày 3/4/2025, hai bên thống nhất bàn giao trụ sở; biên bản bàn giao được lưu "
        "tại Văn phòng.", [("Biên bản số 12/BB-UBND", "12/BB-UBND")], id="numbered-minutes"),
    # names: where they go on and where they end
    pytest.param(
        "Thực hiện Đề án hỗ trợ nhà ở cho người có công với cách mạng, tỉnh đã xây mới 300 căn nhà.",
        [("Đề án hỗ trợ nhà ở cho người có công với cách mạng", "Đề án hỗ trợ nhà ở cho người có công với cách mạng")],
        id="name-goes-on-with-who-it-is-for"),
    pytest.param(
        "Thực hiện Kế hoạch bồi dưỡng kiến thức và kỹ năng cho cán bộ, công chức, viên chức làm công tác hội nhập quốc "
        "tế trên địa bàn tỉnh Bạc Liêu giai đoạn 2016 - 2020 của Ủy ban nhân dân tỉnh Bạc Liêu (tại Quyết định số "
        "1701/QĐ-UBND ngày 07/10/2016), Sở Ngoại vụ mở lớp bồi dưỡng.",
        [("Kế hoạch bồi dưỡng kiến thức và kỹ năng cho cán bộ, công chức, viên chức làm công tác hội nhập quốc tế trên "
          "địa bàn tỉnh Bạc Liêu giai đoạn 2016 - 2020 của Ủy ban nhân dân tỉnh Bạc Liêu",
          "Kế hoạch bồi dưỡng kiến thức và kỹ năng cho cán bộ, công chức, viên chức làm công tác hội nhập quốc tế trên "
          "địa bàn tỉnh Bạc Liêu giai đoạn 2016 - 2020"),
         ("Quyết định số 1701/QĐ-UBND", "1701/QĐ-UBND")], id="coordination-inside-a-name"),
    pytest.param(
        "Tỉnh ban hành Kế hoạch cải cách hành chính và giao các sở thực hiện trong năm 2025.",
        [("Kế hoạch cải cách hành chính", "Kế hoạch cải cách hành chính")], id="coordination-of-clauses"),
    pytest.param(
        "UBND tỉnh giao cho Sở Nội vụ xây dựng Kế hoạch tuyển dụng công chức cho các xã.",
        [("Kế hoạch tuyển dụng công chức", "Kế hoạch tuyển dụng công chức")], id="cho-before-a-place-ends-the-name"),
    pytest.param(
        "Tỉnh triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi "
        "số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030.",
        [("Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
          "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030",
          "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
          "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030")], id="list-inside-a-name"),
    pytest.param(
        "Tỉnh thực hiện Kế hoạch cải cách hành chính, các sở, ngành và địa phương đã tích cực triển khai.",
        [("Kế hoạch cải cách hành chính", "Kế hoạch cải cách hành chính")], id="comma-then-the-sentence-goes-on"),
    pytest.param(
        "Quốc hội đã thông qua Luật Thi đua, khen thưởng năm 2022 và Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ.",
        [("Luật Thi đua, khen thưởng năm 2022", "Luật Thi đua, khen thưởng 2022"),
         ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ")],
        id="laws-with-commas"),
    pytest.param(
        "Luật Đất đai mới có hiệu lực từ ngày 1/8/2024.", [("Luật Đất đai", "Luật Đất đai")], id="new-law"),
    # generic mentions and other senses of the type words
    pytest.param(
        "Đồng chí từng là trưởng phòng kế hoạch tổng hợp của Sở Y tế tỉnh.", [], id="type-word-in-a-unit-name"),
    pytest.param(
        "Người dân trong vùng quy hoạch Khu công nghiệp Becamex VSIP Bình Định được hỗ trợ tái định cư.", [],
        id="planned-area"),
    pytest.param(
        "Tối 30/3, chương trình nghệ thuật chào mừng 50 năm Ngày giải phóng tỉnh Bình Định diễn ra tại Quảng trường "
        "Nguyễn Tất Thành.", [], id="art-show"),
    pytest.param(
        "UBND tỉnh ban hành Chương trình công tác toàn khóa của HĐND tỉnh.", [], id="term-work-programme"),
    pytest.param(
        "Đơn vị đang hoàn thiện Đề án vị trí việc làm theo hướng dẫn của Bộ Nội vụ.", [], id="job-positions-scheme"),
    pytest.param(
        "Kế hoạch 5 năm và Chương trình công tác năm 2025 được HĐND tỉnh thông qua.", [], id="counted-plan"),
    # a year or a period closes a plan's name: only its scope, its horizon or its issuer go on after it
    pytest.param(
        "Kế hoạch phát triển kinh tế - xã hội năm 2025 tiếp tục đặt mục tiêu tăng trưởng 8%.",
        [("Kế hoạch phát triển kinh tế - xã hội năm 2025", "Kế hoạch phát triển kinh tế - xã hội năm 2025")],
        id="year-then-a-verb"),
    pytest.param(
        "Tỉnh đã triển khai Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030 bằng nhiều hình thức.",
        [("Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
          "Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030")], id="period-then-an-adverbial"),
    pytest.param(
        "Đề án sắp xếp đơn vị hành chính cấp xã tỉnh Quảng Ngãi năm 2025 khẳng định việc sắp xếp là cần thiết.",
        [("Đề án sắp xếp đơn vị hành chính cấp xã tỉnh Quảng Ngãi năm 2025",
          "Đề án sắp xếp đơn vị hành chính cấp xã tỉnh Quảng Ngãi năm 2025")], id="year-then-a-predicate"),
    pytest.param(
        "Hội nghị thông qua Quy hoạch tỉnh Nghệ An thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được Thủ tướng phê "
        "duyệt.",
        [("Quy hoạch tỉnh Nghệ An thời kỳ 2021-2030, tầm nhìn đến năm 2050",
          "Quy hoạch tỉnh Nghệ An thời kỳ 2021-2030, tầm nhìn đến năm 2050")], id="period-then-its-horizon"),
    pytest.param(
        "Thực hiện Kế hoạch phòng, chống dịch bệnh mùa Đông Xuân 2024-2025 trên địa bàn tỉnh, ngành y tế đã chủ "
        "động vật tư.",
        [("Kế hoạch phòng, chống dịch bệnh mùa Đông Xuân 2024-2025 trên địa bàn tỉnh",
          "Kế hoạch phòng, chống dịch bệnh mùa Đông Xuân 2024-2025 trên địa bàn tỉnh")], id="period-then-its-area"),
    pytest.param(
        "Tổ chức thực hiện Chương trình phát triển nhà ở tỉnh Bắc Ninh giai đoạn 2021 - 2030 theo đúng tiến độ.",
        [("Chương trình phát triển nhà ở tỉnh Bắc Ninh giai đoạn 2021 - 2030",
          "Chương trình phát triển nhà ở tỉnh Bắc Ninh giai đoạn 2021 - 2030")], id="spaced-period-then-theo"),
    # what a sentence says of a document ends its name
    pytest.param(
        "Đề án phát triển kinh tế ban đêm tỉnh Khánh Hòa tập trung vào các sản phẩm du lịch.",
        [("Đề án phát triển kinh tế ban đêm tỉnh Khánh Hòa", "Đề án phát triển kinh tế ban đêm tỉnh Khánh Hòa")],
        id="predicate-after-a-name"),
    pytest.param(
        "Tỉnh phổ biến Sổ tay Đảng viên tới các chi bộ trực thuộc.",
        [("Sổ tay Đảng viên", "Sổ tay Đảng viên")], id="handbook-sent-to-its-readers"),
    pytest.param(
        "Hai tỉnh đã trình Đề án hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang lên Chính phủ.",
        [("Đề án hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang", "Đề án hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang")],
        id="submitted-up-to-a-body"),
    pytest.param(
        "Sở Nội vụ trình Đề án nâng cấp thị xã Sơn Tây lên thành phố trực thuộc Thủ đô.",
        [("Đề án nâng cấp thị xã Sơn Tây lên thành phố trực thuộc Thủ đô",
          "Đề án nâng cấp thị xã Sơn Tây lên thành phố trực thuộc Thủ đô")], id="upgrade-scheme-keeps-lên"),
    pytest.param(
        "Tỉnh triển khai Chương trình “Mỗi xã một sản phẩm” (OCOP) gắn với phát triển du lịch nông thôn.",
        [("Chương trình “Mỗi xã một sản phẩm” (OCOP)", "Chương trình Mỗi xã một sản phẩm (OCOP)")],
        id="quoted-name-with-its-abbreviation"),
    pytest.param(
        "UBND tỉnh phê duyệt Đề án phát triển nguồn nhân lực chất lượng cao về chip bán dẫn, AI và an toàn thông tin "
        "mạng đến năm 2030.",
        [("Đề án phát triển nguồn nhân lực chất lượng cao về chip bán dẫn, AI và an toàn thông tin mạng đến năm 2030",
          "Đề án phát triển nguồn nhân lực chất lượng cao về chip bán dẫn, AI và an toàn thông tin mạng đến năm 2030")],
        id="abbreviation-in-a-listed-name"),
    pytest.param(
        "Tỉnh ủy ban hành Chương trình hành động ngày 15/4/2025 của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW.",
        [("Chương trình hành động ngày 15/4/2025 của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW",
          "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW"),
         ("Nghị quyết số 57-NQ/TW", "57-NQ/TW")], id="issuing-date-and-issuer-dropped"),
    pytest.param(
        "UBND tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng ngày 3/5/2025 và giao các sở triển khai.",
        [("Kế hoạch phát triển du lịch cộng đồng", "Kế hoạch phát triển du lịch cộng đồng")],
        id="issuing-date-after-a-name"),
    pytest.param(
        "Cử tri cho ý kiến đối với Đề án sắp xếp đơn vị hành chính tỉnh Gia Lai với Bình Định trong hai ngày.",
        [("Đề án sắp xếp đơn vị hành chính tỉnh Gia Lai với Bình Định",
          "Đề án sắp xếp đơn vị hành chính tỉnh Gia Lai với Bình Định")], id="với-joins-two-provinces"),
    pytest.param(
        "Thực hiện Đề án phát triển du lịch cộng đồng tỉnh Hà Giang với mục tiêu đón 3 triệu lượt khách.",
        [("Đề án phát triển du lịch cộng đồng tỉnh Hà Giang", "Đề án phát triển du lịch cộng đồng tỉnh Hà Giang")],
        id="với-before-a-purpose-ends-the-name"),
    # laws: where their names end
    pytest.param(
        "Luật Đất đai nghiêm cấm hành vi lấn chiếm đất công.", [("Luật Đất đai", "Luật Đất đai")],
        id="law-then-a-verb"),
    pytest.param(
        "Sở Tư pháp phổ biến Luật Hôn nhân và gia đình cho người dân các xã vùng cao.",
        [("Luật Hôn nhân và gia đình", "Luật Hôn nhân và gia đình")], id="law-then-its-audience"),
    pytest.param(
        "Tỉnh triển khai Luật Đầu tư theo phương thức đối tác công tư (PPP) trên địa bàn.",
        [("Luật Đầu tư theo phương thức đối tác công tư (PPP)", "Luật Đầu tư theo phương thức đối tác công tư (PPP)")],
        id="law-name-with-theo-phương-thức"),
    # generic plans, agendas, events and modifiers
    pytest.param("UBND tỉnh ban hành Kế hoạch triển khai thực hiện.", [], id="plan-to-implement"),
    pytest.param(
        "Tỉnh ủy xây dựng Kế hoạch thực hiện Nghị quyết và giao các cơ quan triển khai.", [],
        id="plan-for-an-unnumbered-resolution"),
    pytest.param("Sở Nội vụ tham mưu Kế hoạch tổ chức thực hiện trên địa bàn tỉnh.", [], id="plan-with-only-an-area"),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Chương trình kiểm tra, giám sát năm 2025.", [],
        id="yearly-inspection-programme"),
    pytest.param(
        "UBND huyện ban hành Kế hoạch thực hiện Đề án 06 trên địa bàn huyện năm 2025.",
        [("Kế hoạch thực hiện Đề án 06 trên địa bàn huyện năm 2025",
          "Kế hoạch thực hiện Đề án 06 trên địa bàn huyện năm 2025"), ("Đề án 06", "Đề án 06")],
        id="plan-for-a-numbered-scheme"),
    pytest.param("Theo chương trình kỳ họp thứ 9, Quốc hội sẽ thảo luận về dự án luật.", [], id="session-agenda"),
    pytest.param(
        "Chương trình “Xuân biên phòng ấm lòng dân bản” năm 2025 được tổ chức tại xã biên giới.", [],
        id="programme-held-as-an-event"),
    pytest.param(
        "Đài Phát thanh và Truyền hình tỉnh tổ chức Chương trình “Giai điệu mùa xuân” chào đón năm mới.", [],
        id="programme-organized-as-an-event"),
    pytest.param(
        "Tỉnh thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững được tổ chức thực hiện đồng bộ.",
        [("Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Chương trình mục tiêu quốc gia giảm nghèo bền vững")],
        id="programme-carried-out-is-a-document"),
    pytest.param("Nhà đầu tư chiến lược Vingroup cam kết đầu tư vào tỉnh Quảng Trị.", [], id="strategic-investor"),
    pytest.param(
        "Hội nghị thảo luận về công tác quy hoạch cán bộ Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025-2030.", [],
        id="personnel-planning"),
    pytest.param(
        "Đồng chí được đưa vào quy hoạch chức danh Bí thư Tỉnh ủy nhiệm kỳ 2025 - 2030.", [],
        id="planned-for-an-office"),
    pytest.param(
        "Chương trình Tết vì người nghèo và nạn nhân chất độc da cam năm 2025 đã trao 500 suất quà.", [],
        id="charity-campaign"),
    pytest.param("Huyện hoàn thành kế hoạch thu ngân sách năm 2025 trước 2 tháng.", [], id="revenue-target"),
    pytest.param("Trường đã hoàn thành kế hoạch tuyển sinh năm học 2025 - 2026.", [], id="enrolment-target"),
    pytest.param(
        "Tỉnh ban hành Kế hoạch thu hút đầu tư vào Khu kinh tế Nhơn Hội năm 2025.",
        [("Kế hoạch thu hút đầu tư vào Khu kinh tế Nhơn Hội năm 2025",
          "Kế hoạch thu hút đầu tư vào Khu kinh tế Nhơn Hội năm 2025")], id="investment-promotion-plan"),
    pytest.param(
        "Bộ Tài nguyên và Môi trường hướng dẫn thực hiện Chiến lược tăng trưởng xanh giai đoạn 2021-2030.",
        [("Chiến lược tăng trưởng xanh giai đoạn 2021-2030", "Chiến lược tăng trưởng xanh giai đoạn 2021-2030")],
        id="green-growth-strategy"),
    pytest.param(
        "Đảng viên phải chấp hành nghiêm Điều lệ Đảng và các quy định của Đảng.", [("Điều lệ Đảng", "Điều lệ Đảng")],
        id="party-charter"),
    pytest.param("Đại hội thông qua Điều lệ Hội Nông dân Việt Nam (sửa đổi).", [], id="association-charter"),
    pytest.param("Công ty đã sửa đổi Điều lệ Công ty cổ phần Cấp thoát nước Bình Định.", [], id="company-charter"),
    pytest.param(
        "Dự án phù hợp với Quy hoạch sử dụng đất huyện Tuy Phước đến năm 2030 đã được phê duyệt.",
        [("Quy hoạch sử dụng đất huyện Tuy Phước đến năm 2030", "Quy hoạch sử dụng đất huyện Tuy Phước đến năm 2030")],
        id="land-use-plan"),
    pytest.param(
        "Tỉnh tập trung triển khai ba đột phá chiến lược về hạ tầng, nhân lực và thể chế của Trung ương.", [],
        id="strategic-breakthroughs"),
    pytest.param(
        "Ngân hàng xây dựng Phương án NHNN huy động vàng trong nền kinh tế để tăng dự trữ ngoại hối.", [],
        id="a-body-is-no-plan-name"),
    pytest.param(
        "Các địa phương rà soát 5 năm thực hiện Luật Phổ biến, giáo dục pháp luật; báo cáo gửi về Sở Tư pháp.",
        [("Luật Phổ biến, giáo dục pháp luật", "Luật Phổ biến, giáo dục pháp luật")],
        id="a-law-named-with-a-comma"),
    pytest.param(
        "Tỉnh triển khai Đề án giao khoán quản lý, bảo vệ rừng cho hộ đồng bào dân tộc thiểu số giai đoạn 2016 - 2020 "
        "và kế hoạch vốn năm 2016.",
        [("Đề án giao khoán quản lý, bảo vệ rừng cho hộ đồng bào dân tộc thiểu số giai đoạn 2016 - 2020",
          "Đề án giao khoán quản lý, bảo vệ rừng cho hộ đồng bào dân tộc thiểu số giai đoạn 2016 - 2020")],
        id="a-scheme-named-with-a-comma"),
    pytest.param(
        "Tỉnh tiếp tục triển khai Chương trình OCOP giai đoạn 2021-2025 tại các huyện.",
        [("Chương trình OCOP giai đoạn 2021-2025", "Chương trình OCOP giai đoạn 2021-2025")],
        id="an-acronym-named-programme"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_legal_ref_surfaces_and_keys(text, expected):
    found = [(mention.text_in(text), mention.attrs["key"]) for mention in find_legal_refs(text)]
    assert found == expected


ARTICLE_CASES = [
    pytest.param(
        "Luật Đất đai năm 2024 đã có một số quy định. Đề nghị Chính phủ hướng dẫn đầy đủ các quy định của Luật Đất "
        "đai và có các giải pháp thiết thực.", ["Luật Đất đai 2024", "Luật Đất đai 2024"], id="law-later-mention"),
    pytest.param(
        "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII. Qua 7 năm thực hiện Nghị quyết 18, "
        "tỉnh đã giảm 12 đầu mối.", ["18-NQ/TW", "18-NQ/TW"], id="informal-number"),
    pytest.param(
        "Qua 7 năm thực hiện Nghị quyết 18, tỉnh đã giảm 12 đầu mối. Nghị quyết số 18-NQ/TW đặt ra yêu cầu cao.",
        ["Nghị quyết 18", "18-NQ/TW"], id="informal-number-before-full"),
    pytest.param(
        "Ngày 27/11/2024, UBND tỉnh ban hành Kế hoạch số 222 về nâng cao chất lượng cung cấp dịch vụ công trực "
        "tuyến (Kế hoạch 222). Kế hoạch 222 đặt ra yêu cầu triển khai đồng bộ các giải pháp.",
        ["Kế hoạch 222", "Kế hoạch 222", "Kế hoạch 222"], id="plan-number"),
    pytest.param(
        "Ban Chỉ đạo thực hiện Chương trình mục tiêu Quốc gia xây dựng nông thôn mới trên địa bàn tỉnh giai đoạn "
        "2016 – 2020. Chương trình xây dựng nông thôn mới là một trong hai chương trình trọng điểm. Khi xây dựng "
        "Chương trình xây dựng nông thôn mới giai đoạn 2016 – 2020, các địa phương cần tính toán kỹ.",
        ["Chương trình mục tiêu Quốc gia xây dựng nông thôn mới"] * 3, id="programme-short-forms"),
    pytest.param(
        "Báo cáo tiến độ sửa đổi, bổ sung một số điều của Hiến pháp năm 2013. Sau khi tiến hành sửa đổi Hiến pháp "
        "mới đi vào nghiên cứu.", ["Hiến pháp 2013", "Hiến pháp 2013"], id="constitution-later-mention"),
    pytest.param(
        "Trình bày Tờ trình và Đề án về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025. Ủy ban tán thành với nội "
        "dung Đề án sắp xếp đơn vị hành chính cấp tỉnh năm 2025 như Chính phủ trình.",
        ["Đề án về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025"] * 2, id="scheme-wording-variant"),
    pytest.param(
        "Ủy ban nhân dân TP. Hà Nội đã xây dựng Đề án sắp xếp ĐVHC cấp xã năm 2025 theo quy định. Chính phủ trình "
        "Uỷ ban Thường vụ Quốc hội về Đề án sắp xếp ĐVHC cấp xã năm 2025 của TP. Hà Nội.",
        ["Đề án sắp xếp ĐVHC cấp xã năm 2025"] * 2, id="issuer-after-year-dropped"),
    pytest.param(
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, tỉnh ban hành Kế hoạch số 45-KH/TU. "
        "Sau đó, Kế hoạch 45 được cụ thể hóa bằng Nghị quyết 57 và Kết luận 57.",
        ["57-NQ/TW", "45-KH/TU", "45-KH/TU", "57-NQ/TW", "Kết luận 57"], id="informal-numbers-by-type"),
    pytest.param(
        "Triển khai Nghị quyết Hội nghị Trung ương 11 khóa XIII, Tỉnh ủy đã ban hành kế hoạch. Việc thực hiện Nghị "
        "quyết Trung ương 11 được kiểm tra thường xuyên.",
        ["Nghị quyết Hội nghị Trung ương 11 khóa XIII"] * 2, id="plenum-resolution-fullest-form"),
    pytest.param(
        "UBND tỉnh ban hành Kế hoạch triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn "
        "2021 - 2025.",
        ["Kế hoạch triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025"],
        id="programme-inside-a-plan-name"),
    pytest.param(
        "Luật Đất đai năm 2024 có hiệu lực từ ngày 1/8/2024. Các quy định của Luật Đất đai đã đi vào cuộc sống; "
        "Bộ luật Dân sự cũng được sửa đổi.", ["Luật Đất đai 2024", "Luật Đất đai 2024", "Bộ luật Dân sự"],
        id="law-and-code"),
    pytest.param(
        "Luật Đất đai số 31/2024/QH15 có hiệu lực từ ngày 1/8/2024. Các quy định của Luật Đất đai được áp dụng thống "
        "nhất.", ["31/2024/QH15", "31/2024/QH15"], id="law-keyed-by-its-symbol"),
    pytest.param(
        "Theo Nghị định 33/2023 của Chính phủ, cán bộ cấp xã được bố trí theo quy mô dân số. Nghị định 33 quy định "
        "rõ số lượng cán bộ.", ["Nghị định 33/2023", "Nghị định 33/2023"], id="number-with-its-year"),
    pytest.param(
        "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025. Kết quả thực hiện "
        "Chương trình MTQG giảm nghèo bền vững đã được đánh giá.",
        ["Chương trình mục tiêu quốc gia giảm nghèo bền vững"] * 2, id="abbreviated-later-mention"),
    pytest.param(
        "Chương trình mỗi xã một sản phẩm (OCOP) giai đoạn 2021-2025 được triển khai rộng khắp. Nhờ Chương trình "
        "OCOP, nhiều sản phẩm đã có thương hiệu.",
        ["Chương trình mỗi xã một sản phẩm (OCOP) giai đoạn 2021-2025"] * 2, id="bracketed-abbreviation-later"),
    pytest.param(
        "Cử tri đồng ý với Đề án sắp xếp đơn vị hành chính cấp xã của tỉnh, đạt tỷ lệ 98,54%. UBND tỉnh trình HĐND "
        "tỉnh thông qua Đề án sắp xếp đơn vị hành chính cấp xã trên địa bàn tỉnh.",
        ["Đề án sắp xếp đơn vị hành chính cấp xã của tỉnh"] * 2, id="area-written-two-ways"),
    pytest.param(
        "Cử tri đồng ý với Đề án sắp xếp đơn vị hành chính tỉnh Gia Lai với Bình Định. Trước đó, UBND tỉnh lấy ý "
        "kiến cử tri đối với Đề án sắp xếp tỉnh Gia Lai với tỉnh Bình Định.",
        ["Đề án sắp xếp đơn vị hành chính tỉnh Gia Lai với Bình Định"] * 2, id="unit-level-written-or-not"),
    pytest.param(
        "Tỉnh triển khai Kế hoạch phát triển du lịch tỉnh Quảng Nam năm 2025. Kế hoạch phát triển du lịch tỉnh Quảng "
        "Ngãi năm 2025 cũng được ban hành.",
        ["Kế hoạch phát triển du lịch tỉnh Quảng Nam năm 2025", "Kế hoạch phát triển du lịch tỉnh Quảng Ngãi năm 2025"],
        id="plans-of-two-provinces-stay-apart"),
]


@pytest.mark.parametrize("text, keys", ARTICLE_CASES)
def test_keys_within_an_article(text, keys):
    assert [mention.attrs["key"] for mention in find_legal_refs(text)] == keys


@pytest.mark.parametrize("text, attributes", [
    pytest.param("Theo Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư.",
                 {"doc_type": "Nghị định", "number": "30", "year": 2020, "symbol": "30/2020/NĐ-CP", "issuer": "CP"},
                 id="decree"),
    pytest.param("Thực hiện Nghị quyết số 18 - NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.",
                 {"doc_type": "Nghị quyết", "number": "18", "year": 2017, "symbol": "18-NQ/TW", "issuer": "TW"},
                 id="party-resolution"),
    pytest.param("Đây là giải pháp thực hiện Đề án số 04 của Ban Thường vụ Thành ủy về nâng cao năng lực.",
                 {"doc_type": "Đề án", "number": "04", "year": None, "symbol": None,
                  "issuer": "Ban Thường vụ Thành ủy"}, id="scheme-issuer-phrase"),
    pytest.param("Các bên thống nhất theo Quyết định số 1281/QĐ-UBND của UBND tỉnh Lào Cai.",
                 {"doc_type": "Quyết định", "number": "1281", "year": None, "symbol": "1281/QĐ-UBND",
                  "issuer": "UBND"}, id="provincial-decision"),
    pytest.param("Theo hướng dẫn tại Thông tư số 05/2014/TT-BTP của Bộ Tư pháp.",
                 {"doc_type": "Thông tư", "number": "05", "year": 2014, "symbol": "05/2014/TT-BTP", "issuer": "BTP"},
                 id="circular"),
])
def test_reference_attributes(text, attributes):
    (mention,) = find_legal_refs(text)
    assert {name: mention.attrs[name] for name in attributes} == attributes


def test_lexicon_lists_the_types_the_spec_names():
    names = {row.name for row in doc_types()}
    assert {"Nghị quyết", "Nghị định", "Quyết định", "Thông tư", "Chỉ thị", "Kết luận", "Quy định", "Đề án",
            "Kế hoạch", "Luật", "Công văn", "Hướng dẫn", "Thông báo", "Chương trình"} <= names
    assert {row.kind for row in doc_types()} == {"numbered", "named", "law"}


def test_many_references_keep_their_own_keys():
    """Two hundred decisions, then an informal mention of each: every mention takes its own decision's key."""
    decisions = " ".join(f"UBND tỉnh ban hành Quyết định số {number}/QĐ-UBND về công tác cán bộ."
                         for number in range(1, 201))
    mentions = " ".join(f"Quyết định {number} đã có hiệu lực." for number in range(1, 201))
    keys = [mention.attrs["key"] for mention in find_legal_refs(f"{decisions} {mentions}")]
    assert keys == [f"{number}/QĐ-UBND" for number in range(1, 201)] * 2


def test_law_types_share_no_word_with_other_types():
    """`law_name_spans` looks for law type words alone: no other type word may be written over one of them."""
    law_words = {word for row in doc_types() if row.kind == "law" for word in row.name.casefold().split()}
    other_words = {word for row in doc_types() if row.kind != "law" for word in row.name.casefold().split()}
    assert law_words and other_words and not law_words & other_words


@pytest.mark.parametrize("pattern_name", ["PLURAL_BEFORE", "TARGET_BEFORE", "MODIFIED_NOUN_BEFORE", "EVENT_BEFORE"])
def test_context_patterns_fit_their_reach(pattern_name):
    """Searched only in their last `<NAME>_CHARS` characters; one more for a `$` before a final newline."""
    pattern = getattr(P, pattern_name)
    _, widest = regex_parser.parse(pattern.pattern, pattern.flags).getwidth()
    assert widest + 1 <= getattr(P, f"{pattern_name}_CHARS")


def test_spacy_component_writes_span_group():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("govnews_dates")
    nlp.add_pipe("govnews_legal_refs")
    text = "Ngày 6/11, UBND TPHCM giao Sở Xây dựng hướng dẫn thực hiện Quyết định 71/2025/QĐ-UBND của UBND TPHCM."
    doc = nlp(text)
    mentions = mentions_of(doc, "legal_refs")
    assert [mention.attrs["key"] for mention in mentions] == ["71/2025/QĐ-UBND"]
    assert [span.label_ for span in doc.spans["legal_refs"]] == ["LEGAL_REF"]
    assert [mention.attrs["value"] for mention in mentions_of(doc, "dates")] == ["XXXX-11-06"]


def test_extractor_pickles_with_its_options():
    extractor = pickle.loads(pickle.dumps(LegalRefExtractor(include_named=False)))
    text = "Thực hiện Nghị quyết số 18-NQ/TW và Đề án xây dựng huyện Tuy Phước đạt chuẩn NTM nâng cao."
    assert extractor.include_named is False
    assert [mention.attrs["key"] for mention in find_legal_refs(text, include_named=False)] == ["18-NQ/TW"]


def _normalized(value: str) -> str:
    value = unicodedata.normalize("NFC", value).casefold()
    value = re.sub(r"[\u2010-\u2015]", "-", value)
    return re.sub(r"\s+", " ", value).strip(" \"'“”.,;:")


def test_gold_keys_f1():
    """Per-article sets of keys over the gold, micro-averaged (SPEC §5); boilerplate is not cleaned here."""
    true_positives = predicted = expected = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = {_normalized(item["key"]) for item in record["legal_refs"]}
        found = {_normalized(mention.attrs["key"]) for mention in find_legal_refs(record["text"])}
        true_positives += len(gold & found)
        predicted += len(found)
        expected += len(gold)
    precision, recall = true_positives / predicted, true_positives / expected
    assert 2 * precision * recall / (precision + recall) >= 0.95
