"""Agency names: the grammar (SPEC §3, §3.1 Agencies), canonical names, the article's province."""
import json
import pickle
from pathlib import Path

import pytest

from extraction.components.agencies import (AgencyExtractor, Reader, Scanner, article_province, canonical_agency,
                                            find_agencies, province_after_2025, scan, tokenize)

REPO = Path(__file__).resolve().parents[1]


def surfaces(text: str, province: str | None = None) -> list[str]:
    return [text[m.start:m.end] for m in find_agencies(text, province=province)]


# (sentence as published, the article's province, the agency surfaces expected, in order)
SURFACES = [
    # heads, names, units, owners (seed articles: Hà Nội, Lào Cai / Yên Bái)
    ("Ngày 11-3, Ban Văn hóa - Xã hội HĐND Thành phố và Sở Y tế Hà Nội đã ký kết quy chế phối hợp công tác.",
     "Hà Nội", ["Ban Văn hóa - Xã hội HĐND Thành phố", "Sở Y tế Hà Nội"]),
    ("Việc giữa các Ban HĐND Thành phố với các cơ quan chuyên môn của UBND Thành phố cụ thể hóa hơn nữa",
     "Hà Nội", ["HĐND Thành phố", "UBND Thành phố"]),
    ("thực hiện Đề án 04 của Ban Thường vụ Thành ủy về “Nâng cao năng lực, hiệu lực, hiệu quả hoạt động của "
     "HĐND các cấp thành phố Hà Nội”", "Hà Nội", ["Ban Thường vụ Thành ủy"]),
    ("Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc giữa Sở Y tế tỉnh Lào Cai và Sở Y tế "
     "tỉnh Yên Bái. Buổi làm việc nhằm trao đổi các nội dung trọng tâm liên quan đến xây dựng Đề án hợp nhất "
     "giữa hai Sở Y tế.", "Lào Cai", ["Sở Y tế tỉnh Lào Cai", "Sở Y tế tỉnh Lào Cai", "Sở Y tế tỉnh Yên Bái"]),
    ("Đại diện ngành Y tế Lào Cai có đồng chí Hoàng Quốc Hương, Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc Sở Y tế; "
     "các đồng chí trong Ban giám đốc, các phòng chuyên môn thuộc Sở: Lãnh đạo các đơn vị: Trung tâm Kiểm soát "
     "bệnh tật, Trung tâm Kiểm nghiệm, Trung tâm Pháp y, Chi cục Dân số, Trung tâm Công tác xã hội tỉnh Lào Cai.",
     "Lào Cai", ["Sở Y tế", "Trung tâm Kiểm soát bệnh tật", "Trung tâm Kiểm nghiệm", "Trung tâm Pháp y",
                 "Chi cục Dân số", "Trung tâm Công tác xã hội tỉnh Lào Cai"]),
    ("lãnh đạo các đơn vị: Trung tâm Kiểm soát bệnh tật, Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, thực phẩm, "
     "Trung tâm Pháp Y, Trung tâm Công tác xã hội và Bảo trợ xã hội tỉnh Yên Bái.", "Lào Cai",
     ["Trung tâm Kiểm soát bệnh tật", "Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, thực phẩm", "Trung tâm Pháp Y",
      "Trung tâm Công tác xã hội và Bảo trợ xã hội tỉnh Yên Bái"]),
    ("Trên tinh thần triển khai hiệu quả Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về tiếp tục đổi mới",
     "Lào Cai", ["Ban Chấp hành Trung ương"]),
    ("lãnh đạo hai Sở đã thống nhất các nội dung hoàn thiện dự thảo Đề án hợp nhất để báo cáo lãnh đạo UBND hai "
     "tỉnh xem xét", "Lào Cai", []),
    # Bạc Liêu portal
    ("Ngày 17/12, UBND tỉnh vừa ký Quyết định số 2685/QĐ-UBND ban hành Kế hoạch", "Bạc Liêu", ["UBND tỉnh"]),
    ("có các doanh nghiệp, cửa hàng: Siêu thị Co.opmart Bạc Liêu; Công ty Cổ phần Xăng dầu – Dầu khí Bạc Liêu; "
     "Chi nhánh Công ty Cổ phần Thương nghiệp Cà Mau tại Bạc Liêu; Doanh nghiệp tư nhân Thanh Hưng.", "Bạc Liêu",
     ["Siêu thị Co.opmart Bạc Liêu", "Công ty Cổ phần Xăng dầu – Dầu khí Bạc Liêu",
      "Chi nhánh Công ty Cổ phần Thương nghiệp Cà Mau tại Bạc Liêu", "Doanh nghiệp tư nhân Thanh Hưng"]),
    ("các ngành chức năng có liên quan thành lập Đoàn kiểm tra để quản lý của các Doanh nghiệp tham gia Chương "
     "trình", "Bạc Liêu", []),
    ("Chiều 26/6, Giám đốc Sở Lao động - Thương binh và Xã hội (LĐTB&XH) Trần Hồng Chiến đã chủ trì Hội nghị sơ "
     "kết của Ngành LĐTB&XH.", "Bạc Liêu", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Ban An toàn giao thông tỉnh vừa ban hành Kế hoạch triển khai công tác bảo đảm trật tự an toàn giao thông",
     "Bạc Liêu", ["Ban An toàn giao thông tỉnh"]),
    ("Dự đại hội có ông Trần Thanh Hải, Phó Chủ tịch Thường trực Tổng LĐLĐ Việt Nam; bà Lê Thị Ái Nam, Phó Bí thư "
     "Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", "Bạc Liêu", ["Tổng LĐLĐ Việt Nam", "Tỉnh ủy", "HĐND tỉnh"]),
    ("Công tác xây dựng tổ chức Công đoàn và phát triển đoàn viên được chú trọng. Công đoàn các cấp đã xây dựng "
     "quỹ Mái ấm công đoàn", "Bạc Liêu", []),
    ("Đại hội đã bầu ra Ban Chấp hành Công đoàn tỉnh Bạc Liêu khóa X, nhiệm kỳ 2018 - 2023 gồm 34 đồng chí.",
     "Bạc Liêu", ["Ban Chấp hành Công đoàn tỉnh Bạc Liêu khóa X"]),
    ("Đến dự lễ có các đồng chí: Dương Thành Trung - Chủ tịch UBND tỉnh; Quảng Trọng Ninh - Trưởng Ban Dân vận "
     "Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nguyễn Bình Tân - Trưởng Ban Tuyên giáo Tỉnh ủy",
     "Bạc Liêu", ["UBND tỉnh", "Ban Dân vận Tỉnh ủy", "Ủy ban MTTQ Việt Nam tỉnh", "Ban Tuyên giáo Tỉnh ủy"]),
    ("ông Nguyễn Hoàng Ly - Bí thư Đảng ủy, Chủ tịch UBND xã Định Thành cho biết, nhiều năm qua Đảng bộ, chính "
     "quyền và nhân dân luôn tích cực", "Bạc Liêu", ["UBND xã Định Thành"]),
    ("công bố Quyết định về việc thành lập Ban Chỉ đạo thực hiện Chương trình mục tiêu Quốc gia xây dựng nông "
     "thôn mới trên địa bàn tỉnh Bạc Liêu giai đoạn 2016 – 2020; đánh giá kết quả", "Bạc Liêu",
     ["Ban Chỉ đạo thực hiện Chương trình mục tiêu Quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Bạc Liêu "
      "giai đoạn 2016 – 2020"]),
    ("hoàn thiện bộ máy Ban Chỉ đạo các cấp, đảm bảo năng lực", "Bạc Liêu", []),
    ("Tham dự lễ ký kết có ông Nguyễn Quang Dương, UVTW Đảng, Bí thư Tỉnh ủy; ông Đặng Huy Đông, nguyên Thứ "
     "trưởng Bộ Kế hoạch - Đầu tư; Thiếu tướng Đoàn Thanh Xuân, Phó Chính ủy Quân khu 9.", "Bạc Liêu",
     ["Tỉnh ủy", "Bộ Kế hoạch - Đầu tư", "Quân khu 9"]),
    ("Đại hội Đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bạc Liêu (LHH) đã được tổ chức. Đại hội đã "
     "bầu ra 7 đồng chí vào Ban Thường vụ LHH. Lãnh đạo LHH Việt Nam dự.", "Bạc Liêu",
     ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bạc Liêu", "Ban Thường vụ LHH", "LHH Việt Nam"]),
    # Bình Định
    ("chiều 30/3, Tỉnh ủy, HĐND, UBND, UBMTTQ Việt Nam tỉnh đã tổ chức Gặp mặt đại biểu Quân – Dân – Chính "
     "tiêu biểu tỉnh Bình Định.", "Bình Định", ["Tỉnh ủy", "HĐND", "UBND", "UBMTTQ Việt Nam tỉnh"]),
    ("Đại biểu Quân khu 5, Mẹ Việt Nam Anh hùng, các cựu chiến binh Sư đoàn 3 Sao Vàng", "Bình Định",
     ["Quân khu 5", "Sư đoàn 3 Sao Vàng"]),
    ("Thượng úy Nguyễn Chu Khánh, Trợ lý Công tác Quần chúng Bộ CHQS tỉnh và Tiến sĩ Lê Mộng Huyền, Giảng viên "
     "Khoa kinh tế và Kế toán, Trường Đại học Quy Nhơn", "Bình Định",
     ["Bộ CHQS tỉnh", "Khoa kinh tế và Kế toán", "Trường Đại học Quy Nhơn"]),
    ("Theo Chi cục Quản lý đất đai (Sở TN&MT), tỉnh Bình Định có tổng diện tích tự nhiên 606.640 ha",
     "Bình Định", ["Chi cục Quản lý đất đai", "Sở TN&MT"]),
    ("Ông Phạm Quang Ân, Trưởng Phòng NN&PTNT huyện Tuy Phước, cho biết", "Bình Định",
     ["Phòng NN&PTNT huyện Tuy Phước"]),
    ("hoàn thành bộ hồ sơ và trình Bộ NN&PTNT thẩm định, đề xuất Thủ tướng Chính phủ công nhận", "Bình Định",
     ["Bộ NN&PTNT", "Chính phủ"]),
    ("Chủ tịch UBND tỉnh Phạm Anh Tuấn giao UBND phường Nhơn Bình, UBND TP Quy Nhơn tiếp tục rà soát. Tham dự "
     "buổi tiếp có Phó Trưởng Đoàn ĐBQH tỉnh Lý Tiết Hạnh.", "Bình Định",
     ["UBND tỉnh", "UBND phường Nhơn Bình", "UBND TP Quy Nhơn", "Đoàn ĐBQH tỉnh"]),
    ("Được Liên minh HTX tỉnh tư vấn, HTX Nông nghiệp Phước Hưng phối hợp cùng Công ty CP Tập đoàn Thái Bình Seed "
     "(Thái Bình Seed, ở tỉnh Thái Bình) thực hiện Dự án. Theo đó, Thái Bình Seed cho nông dân mượn lúa giống.",
     "Bình Định", ["Liên minh HTX tỉnh", "HTX Nông nghiệp Phước Hưng", "Công ty CP Tập đoàn Thái Bình Seed",
                   "Thái Bình Seed"]),
    ("Trong danh sách còn có HTX Nông nghiệp Phước Sơn 1 và HTX Nông nghiệp II Nhơn Thọ tâm đắc", "Bình Định",
     ["HTX Nông nghiệp Phước Sơn 1", "HTX Nông nghiệp II Nhơn Thọ"]),
    ("tạo điều kiện cho các HTX được vay vốn từ Quỹ hỗ trợ phát triển HTX tỉnh để đầu tư", "Bình Định",
     ["Quỹ hỗ trợ phát triển HTX tỉnh"]),
    ("Chiều 21.4, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh (phiên bất thường) dưới sự "
     "chủ trì của các đồng chí Thường trực Tỉnh ủy: Lê Kim Toàn - Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn "
     "ĐBQH tỉnh", "Bình Định", ["Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh", "Thường trực Tỉnh ủy",
                               "Tỉnh ủy", "đoàn ĐBQH tỉnh"]),
    ("các kế hoạch, chỉ đạo của Ban Thường vụ Tỉnh ủy Gia Lai và Tỉnh ủy Bình Định về sắp xếp", "Bình Định",
     ["Ban Thường vụ Tỉnh ủy Gia Lai", "Tỉnh ủy Bình Định"]),
    ("Thiếu tướng Lô Xuân Thuân, Phó Tư lệnh, kiêm Tham mưu trưởng Bộ Tư lệnh Quân khu 1 thay mặt lực lượng. "
     "Trung úy Ngô Thị Thu Hiền (Đoàn Nghi lễ Quân đội) chia sẻ. Ban tổ chức cũng bố trí nước uống.",
     "Bình Định", ["Bộ Tư lệnh Quân khu 1", "Đoàn Nghi lễ Quân đội"]),
    # national bodies
    ("dưới sự điều hành của Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội Nguyễn Đức Hải, Quốc hội đã thông qua",
     None, ["Trung ương Đảng", "Quốc hội", "Quốc hội"]),
    ("Báo cáo trước khi Quốc hội biểu quyết, Chủ nhiệm Uỷ ban Kinh tế và Tài chính Phan Văn Mãi cho biết",
     None, ["Quốc hội", "Uỷ ban Kinh tế và Tài chính"]),
    ("Chủ nhiệm Ủy ban Pháp luật và Tư pháp của Quốc hội Hoàng Thanh Tùng tán thành, nhất là Nghị quyết số "
     "60-NQ/TW của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII.", None,
     ["Ủy ban Pháp luật và Tư pháp của Quốc hội", "Ban Chấp hành Trung ương Đảng khóa XIII"]),
    ("100% HĐND cấp tỉnh, cấp huyện, cấp xã của 52 tỉnh, thành phố đã biểu quyết; Hội đồng nhân dân các cấp",
     None, []),
    ("giao Đảng ủy Chính phủ phối hợp với Ban Tổ chức Trung ương, các tỉnh ủy, thành ủy trực thuộc Trung ương",
     None, ["Đảng ủy Chính phủ", "Ban Tổ chức Trung ương"]),
    ("Chính quyền địa phương cấp tỉnh gồm có hội đồng nhân dân và ủy ban nhân dân. Ủy ban nhân dân cấp tỉnh tổ "
     "chức 14 sở.", None, []),
    ("đại diện lãnh đạo Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam; Bộ Nội vụ; đại diện cơ quan Kiểm tra Trung "
     "ương, Văn phòng Trung ương Đảng…", None,
     ["Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam", "Bộ Nội vụ", "cơ quan Kiểm tra Trung ương",
      "Văn phòng Trung ương Đảng"]),
    ("Chủ nhiệm Uỷ ban Công tác Đại biểu, Trưởng Ban tổ chức Đảng uỷ Quốc hội Nguyễn Thanh Hải đã trình bày",
     None, ["Uỷ ban Công tác Đại biểu", "Ban tổ chức Đảng uỷ Quốc hội"]),
    ("Bí thư Đảng uỷ, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh", None, ["Bộ Tư pháp"]),
    ("theo Nghị quyết số 27 của BCH Trung ương khoá XII với lộ trình phù hợp", None, ["BCH Trung ương khoá XII"]),
    ("Chủ nhiệm Tổng cục Chính trị Quân đội Nhân dân Việt Nam và được bầu làm Tổng Bí thư Ban Chấp hành Trung "
     "ương Đảng năm 1997", None,
     ["Tổng cục Chính trị Quân đội Nhân dân Việt Nam", "Ban Chấp hành Trung ương Đảng"]),
    ("Cục Quản lý đất đai vừa có Báo cáo số 34 gửi Quyền Bộ trưởng Bộ Nông nghiệp và Môi trường Trần Đức Thắng",
     None, ["Cục Quản lý đất đai", "Bộ Nông nghiệp và Môi trường"]),
    ("Sở Xây dựng tiếp thu ý kiến của các cơ quan, đơn vị; UBND cấp xã triển khai thực hiện; Sở Xây dựng hướng "
     "dẫn UBND phường, xã, đặc khu", "Thành phố Hồ Chí Minh", ["Sở Xây dựng", "Sở Xây dựng"]),
    ("Văn phòng UBND TPHCM thông báo kết luận; do Trung tâm Phát triển quỹ đất TPHCM quản lý",
     "Thành phố Hồ Chí Minh", ["Văn phòng UBND TPHCM", "Trung tâm Phát triển quỹ đất TPHCM"]),
    ("Nhằm phục vụ người dân khi không còn tổ chức Công an cấp huyện, Công an Thành phố Hồ Chí Minh phân cấp cho "
     "Công an các phường, xã, thị trấn. Đối với Công an 17 phường thuộc các quận, thành phố Thủ Đức (nơi trước "
     "đây Công an quận, thành phố Thủ Đức đặt trụ sở)", "Thành phố Hồ Chí Minh",
     ["Công an Thành phố Hồ Chí Minh"]),
    # other provinces, other years
    ("Ban Pháp chế HĐND TP  Hà Nội  vừa báo cáo kết quả, theo tin tức trên báo Dân trí. Hà Nội tổ chức lại Quỹ "
     "đầu tư phát triển TP trên cơ sở hợp nhất 3 quỹ, báo Vietnamnet đưa tin.", "Hà Nội",
     ["Ban Pháp chế HĐND TP  Hà Nội", "báo Dân trí", "Quỹ đầu tư phát triển TP", "báo Vietnamnet"]),
    ("Ngày 19/6, đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn đã đến làm việc với UBND tỉnh Thái "
     "Nguyên. Báo cáo của Sở Nông nghiệp Thái Nguyên nêu rõ. Công ty TNHH MTV Khai thác thủy lợi tỉnh được giao "
     "làm chủ đầu tư, đơn vị tư vấn là Tổng công ty Tư vấn xây dựng thủy lợi Việt Nam.", "Thái Nguyên",
     ["Bộ Nông nghiệp và Phát triển nông thôn", "UBND tỉnh Thái Nguyên", "Sở Nông nghiệp Thái Nguyên",
      "Công ty TNHH MTV Khai thác thủy lợi tỉnh", "Tổng công ty Tư vấn xây dựng thủy lợi Việt Nam"]),
    ("Năm 2024, Trung tâm Phục vụ hành chính công tỉnh đã tham mưu Văn phòng UBND tỉnh trình UBND tỉnh ban hành",
     "Quảng Trị", ["Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng UBND tỉnh", "UBND tỉnh"]),
    ("Đoàn đại biểu Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa do đồng chí Đỗ Trọng Hưng làm "
     "trưởng đoàn", "Thanh Hóa", ["Tỉnh ủy", "HĐND", "UBND", "Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa"]),
    ("Thay mặt Đảng bộ, chính quyền, quân và dân các dân tộc tỉnh Thanh Hóa, thực hiện Nghị quyết Đại hội Đảng "
     "bộ tỉnh lần thứ XIX", "Thanh Hóa", ["Đảng bộ tỉnh"]),
    # a standing deputy's title before the body: "Thường trực" is the role's, not a body
    ("Đồng chí Lại Xuân Môn, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Trung ương phát biểu.", None,
     ["Ban Tuyên giáo và Dân vận Trung ương"]),
    ("Bà Lê Thị Hoa, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy; Thường trực HĐND tỉnh cùng dự.", "Bạc Liêu",
     ["Ban Dân vận Tỉnh ủy", "Thường trực HĐND tỉnh"]),
    ("Bà Nguyễn Thị Lan, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, phát biểu.", "Bạc Liêu",
     ["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"]),
    ("4. Đồng chí Trần Cẩm Tú, Uỷ viên Bộ Chính trị, Thường trực Ban Bí thư Trung ương Đảng.", None,
     ["Bộ Chính trị", "Ban Bí thư Trung ương Đảng"]),
    # national bodies named with the state or the party they belong to
    ("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam, Chính phủ "
     "nước Cộng hoà xã hội chủ nghĩa Việt Nam vô cùng thương tiếc báo tin.", None,
     ["Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam",
      "Chính phủ nước Cộng hoà xã hội chủ nghĩa Việt Nam"]),
    ("Đồng chí Bùi Quang Huy, Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh.", None,
     ["Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
    ("Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh giai đoạn 2016 – 2020 đã tổ "
     "chức hội nghị; Ban Chỉ đạo phòng chống dịch tỉnh và các sở, ngành cùng dự.", "Bạc Liêu",
     ["Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh giai đoạn 2016 – 2020",
      "Ban Chỉ đạo phòng chống dịch tỉnh"]),
    ("Từ năm 1987, đồng chí làm Phó Chủ tịch Hội đồng Bộ trưởng; học tại Viện Hàn lâm Kinh tế quốc dân Liên Xô.", None,
     ["Hội đồng Bộ trưởng", "Viện Hàn lâm Kinh tế quốc dân Liên Xô"]),
    # companies named with words in lower case; a city named with a word that also opens a website's name
    ("Công ty TNHH MTV xổ số kiến thiết Bến Tre và Công ty cổ phần giống cây trồng miền Nam ký kết hợp tác.", None,
     ["Công ty TNHH MTV xổ số kiến thiết Bến Tre", "Công ty cổ phần giống cây trồng miền Nam"]),
    # after its legal form, a company's name may run in lower case up to the capitalized words closing it
    ("Công ty TNHH xử lý nước Hưng Phát và Công ty TNHH MTV cấp thoát nước Bạc Liêu đã bàn giao công trình.", None,
     ["Công ty TNHH xử lý nước Hưng Phát", "Công ty TNHH MTV cấp thoát nước Bạc Liêu"]),
    ("Công ty cổ phần đã ký với UBND tỉnh; Công ty TNHH đã làm việc với Sở Y tế.", "Bạc Liêu",
     ["UBND tỉnh", "Sở Y tế"]),
    ("Công ty trao tặng Trường Tiểu học Tân Lập 50 bộ bàn ghế; HTX tặng quà Hội Nông dân xã Tân Lập.", "Bạc Liêu",
     ["Trường Tiểu học Tân Lập", "Hội Nông dân xã Tân Lập"]),
    # a function word after a comma opens a phrase, not another item of the name
    ("Ông Luc Verhoeven, Tổng Giám đốc Công ty TNHH Flanders Packaging Việt Nam, doanh nghiệp đang hoạt động tại "
     "tỉnh.", "Hải Dương", ["Công ty TNHH Flanders Packaging Việt Nam"]),
    ("Ông Nguyễn Văn Sáu, Chủ nhiệm HTX dịch vụ muối Tri Hải, cho biết.", "Ninh Thuận", ["HTX dịch vụ muối Tri Hải"]),
    # a verb after an abbreviated name opens the predicate; a hospital named for its region
    ("Phó Giám đốc Sở TT-TT thông tin thêm về Bệnh viện Đa khoa vùng Tây Nguyên.", "Đắk Lắk",
     ["Sở TT-TT", "Bệnh viện Đa khoa vùng Tây Nguyên"]),
    ("Hôm qua, UBND TP. Nha Trang tổ chức hội nghị; theo Trang tin điện tử Sở Y tế, kết quả khả quan.", "Khánh Hòa",
     ["UBND TP. Nha Trang", "Sở Y tế"]),
    ("Ban Chỉ đạo Cải cách hành chính tỉnh Phú Thọ tổ chức hội nghị sơ kết.", "Phú Thọ",
     ["Ban Chỉ đạo Cải cách hành chính tỉnh Phú Thọ"]),
    # a company named like a person right after its legal form
    ("Công ty TNHH Lê Gia và Công ty CP Hoàng Thịnh Đạt ký kết hợp tác.", "Nghệ An",
     ["Công ty TNHH Lê Gia", "Công ty CP Hoàng Thịnh Đạt"]),
    # a hospital's two-word name may open with a family name; a longer run is the name of a person
    ("Bệnh viện Bạch Mai, Bệnh viện Việt Đức đã hỗ trợ tỉnh.", "Hà Nội", ["Bệnh viện Bạch Mai", "Bệnh viện Việt Đức"]),
    ("Phó Giám đốc Bệnh viện Lê Văn Cường cho biết bệnh nhân đã ổn định.", "Hà Nội", []),
    # generic, plural, class, place, venue, person: none
    ("Hội nghị được tổ chức tại Trung tâm Hội nghị tỉnh; các sở, ban, ngành và địa phương cùng dự.",
     "Bạc Liêu", []),
    ("xây dựng các phương án sắp xếp tỉnh Lào Cai và tỉnh Yên Bái, xã Tân Lập.", "Lào Cai", []),
    ("Tham dự có đồng chí Lê Văn A, Bí thư Chi bộ, và các đồng chí trong Đảng ủy.", "Bạc Liêu", []),
    ("thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước", "Bạc Liêu", []),
    ("Kỷ niệm 50 năm Ngày giải phóng, Hồ Núi Cốc là địa điểm du lịch hấp dẫn ở Hội An và Đài Loan.", None, []),
]


@pytest.mark.parametrize("text, province, expected", SURFACES)
def test_agency_surfaces(text, province, expected):
    assert surfaces(text, province) == expected


# (sentence, the article's province, surface, canonical name, kind, province attribute)
CANONICAL = [
    ("Ngày 17/12, UBND tỉnh vừa ký Quyết định số 2685/QĐ-UBND", "Bạc Liêu", "UBND tỉnh",
     "Ủy ban nhân dân tỉnh Bạc Liêu", "state", "Bạc Liêu"),
    ("Phó Chủ tịch HĐND Thành phố nhấn mạnh", "Hà Nội", "HĐND Thành phố",
     "Hội đồng nhân dân thành phố Hà Nội", "state", "Hà Nội"),
    ("Đề án 04 của Ban Thường vụ Thành ủy về nâng cao năng lực", "Hà Nội", "Ban Thường vụ Thành ủy",
     "Ban Thường vụ Thành ủy Hà Nội", "party", "Hà Nội"),
    ("đề nghị Ban Văn hóa Xã hội và Sở Y tế thực hiện nghiêm túc", "Hà Nội", "Sở Y tế",
     "Sở Y tế thành phố Hà Nội", "state", "Hà Nội"),
    ("Uỷ ban nhân dân TP. Hà Nội xây dựng 126 phương án", None, "Uỷ ban nhân dân TP. Hà Nội",
     "Ủy ban nhân dân thành phố Hà Nội", "state", "Hà Nội"),
    ("Theo Chi cục Quản lý đất đai (Sở TN&MT), tỉnh Bình Định", "Bình Định", "Sở TN&MT",
     "Sở Tài nguyên và Môi trường tỉnh Bình Định", "state", "Bình Định"),
    ("trình Bộ NN&PTNT thẩm định", "Bình Định", "Bộ NN&PTNT",
     "Bộ Nông nghiệp và Phát triển nông thôn", "state", None),
    ("Trợ lý Công tác Quần chúng Bộ CHQS tỉnh và Tiến sĩ", "Bình Định", "Bộ CHQS tỉnh",
     "Bộ Chỉ huy Quân sự tỉnh Bình Định", "military", "Bình Định"),
    ("Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tặng nhà", "Bạc Liêu",
     "Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu", "mass_organization",
     "Bạc Liêu"),
    ("Nghị quyết số 60-NQ/TW của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII.", None,
     "Ban Chấp hành Trung ương Đảng khóa XIII", "Ban Chấp hành Trung ương", "party", None),
    ("bầu cử đại biểu Quốc hội khóa XVI và Hội đồng nhân dân các cấp", None, "Quốc hội khóa XVI",
     "Quốc hội", "state", None),
    ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đỗ Trọng Hưng", "Thanh Hóa", "Trung ương Đảng",
     "Ban Chấp hành Trung ương", "party", None),
    ("Lãnh đạo Tổng LĐLĐ Việt Nam và Lãnh đạo Tỉnh ủy tặng hoa", "Bạc Liêu", "Tổng LĐLĐ Việt Nam",
     "Tổng Liên đoàn Lao động Việt Nam", "mass_organization", None),
    ("Công an Thành phố Hồ Chí Minh tiếp tục triển khai phân cấp", None, "Công an Thành phố Hồ Chí Minh",
     "Công an thành phố Hồ Chí Minh", "state", "Thành phố Hồ Chí Minh"),
    ("phối hợp cùng Công ty CP Tập đoàn Thái Bình Seed thực hiện", "Bình Định",
     "Công ty CP Tập đoàn Thái Bình Seed", "Công ty Cổ phần Tập đoàn Thái Bình Seed", "enterprise", None),
    ("UBND huyện Đông Hải long trọng tổ chức lễ công bố", "Bạc Liêu", "UBND huyện Đông Hải",
     "Ủy ban nhân dân huyện Đông Hải", "state", "Bạc Liêu"),
    ("giao UBND phường Nhơn Bình, UBND TP Quy Nhơn tiếp tục rà soát", "Bình Định", "UBND TP Quy Nhơn",
     "Ủy ban nhân dân thành phố Quy Nhơn", "state", "Bình Định"),
    ("Phó Chủ tịch UBND TPHCM Bùi Xuân Cường giao Sở Xây dựng", "Thành phố Hồ Chí Minh", "Sở Xây dựng",
     "Sở Xây dựng thành phố Hồ Chí Minh", "state", "Thành phố Hồ Chí Minh"),
]


@pytest.mark.parametrize("text, province, surface, canonical, kind, belongs", CANONICAL)
def test_canonical_name_kind_and_province(text, province, surface, canonical, kind, belongs):
    found = {text[m.start:m.end]: m.attrs for m in find_agencies(text, province=province)}
    assert found[surface]["canonical"] == canonical
    assert found[surface]["kind"] == kind
    assert found[surface]["province"] == belongs
    assert found[surface]["province_2025"] == (province_after_2025(belongs) if belongs else None)


def test_province_2025_follows_the_merger():
    attrs = find_agencies("Sở Y tế tỉnh Yên Bái tổ chức hội nghị", province="Lào Cai")[0].attrs
    assert (attrs["province"], attrs["province_2025"]) == ("Yên Bái", "Lào Cai")


def test_unit_comes_from_the_province_named_earlier_in_the_paragraph():
    text = ("Đại diện ngành Y tế Lào Cai có Giám đốc Sở Y tế.\n"
            "Đại diện ngành Y tế Yên Bái có Giám đốc Sở Y tế; lãnh đạo Trung tâm Kiểm soát bệnh tật.")
    canonicals = [m.attrs["canonical"] for m in find_agencies(text, province="Lào Cai")]
    assert canonicals == ["Sở Y tế tỉnh Lào Cai", "Sở Y tế tỉnh Yên Bái",
                          "Trung tâm Kiểm soát bệnh tật tỉnh Yên Bái"]


def test_short_mention_takes_the_fuller_mention_of_the_same_body():
    text = ("Ban Pháp chế HĐND TP Hà Nội vừa báo cáo kết quả khảo sát.\n"
            "Ban Pháp chế kiến nghị TP tiếp tục nghiên cứu các cơ chế.")
    canonicals = [m.attrs["canonical"] for m in find_agencies(text, province="Hà Nội")]
    assert canonicals == ["Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội"] * 2


def test_abbreviation_defined_in_the_article_names_the_body():
    text = ("Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bạc Liêu (LHH) khai mạc. "
            "Trong nhiệm kỳ qua, LHH đã không ngừng đổi mới.")
    mentions = find_agencies(text, province="Bạc Liêu")
    assert [text[m.start:m.end] for m in mentions] == ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bạc Liêu", "LHH"]
    assert mentions[1].attrs["canonical"] == "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bạc Liêu"


def test_offsets_index_text_not_in_nfc():
    text = "Chủ tịch UBND xã \u0110i\u0323nh Tha\u0300nh phát biểu"
    (mention,) = find_agencies(text, province="Bạc Liêu")
    assert text[mention.start:mention.end] == "UBND xã \u0110i\u0323nh Tha\u0300nh"
    assert mention.attrs["canonical"] == "Ủy ban nhân dân xã Định Thành"


@pytest.mark.parametrize("surface, province, canonical", [
    ("UBND tỉnh", "Bạc Liêu", "Ủy ban nhân dân tỉnh Bạc Liêu"),
    ("Thành ủy", "Hà Nội", "Thành ủy Hà Nội"),
    ("Sở Y tế", "Hà Nội", "Sở Y tế thành phố Hà Nội"),
    ("HĐND Thành phố", "Hà Nội", "Hội đồng nhân dân thành phố Hà Nội"),
    ("Bộ Y tế", "Hà Nội", "Bộ Y tế"),
    ("Chính phủ", "Bạc Liêu", "Chính phủ"),
    ("Ban Chấp hành Trung ương Đảng khóa XIV", None, "Ban Chấp hành Trung ương"),
    ("Uỷ ban Thường vụ Quốc hội", None, "Ủy ban Thường vụ Quốc hội"),
    ("Phòng NN&PTNT huyện Tuy Phước", "Bình Định", "Phòng Nông nghiệp và Phát triển nông thôn huyện Tuy Phước"),
    ("Liên minh HTX tỉnh", "Bình Định", "Liên minh Hợp tác xã tỉnh Bình Định"),
    ("Sở Y tế", None, "Sở Y tế"),
])
def test_canonical_agency(surface, province, canonical):
    assert canonical_agency(surface, province=province) == canonical


@pytest.mark.parametrize("text, title, source, expected", [
    ("Ngày 17/12, UBND tỉnh vừa ký Quyết định ban hành Kế hoạch trên địa bàn tỉnh Bạc Liêu.", None, None,
     "Bạc Liêu"),
    ("Trong 6 tháng đầu năm, ngành đã triển khai thực hiện có hiệu quả các lĩnh vực.", None,
     "nguyenhoangphuc96/SureNews (Bạc Liêu portal baclieu.gov.vn content embedded in Android app)", "Bạc Liêu"),
    ("Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân trên địa bàn thành phố Quy Nhơn.", None,
     "binhdinh.gov.vn", "Bình Định"),
    ("Quyền Chủ tịch UBND tỉnh chủ trì tại điểm cầu Quảng Trị. Phó Thủ tướng Nguyễn Hòa Bình chủ trì hội nghị.",
     "Bộ Nội vụ triển khai nhiệm vụ năm 2025", "https://baoquangtri.vn/bo-noi-vu", "Quảng Trị"),
    ("Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc giữa Sở Y tế tỉnh Lào Cai và Sở Y tế "
     "tỉnh Yên Bái.", None, None, "Lào Cai"),
    ("Phó Chủ tịch UBND TPHCM Bùi Xuân Cường giao Sở Xây dựng; trên địa bàn TPHCM.", None, None,
     "Thành phố Hồ Chí Minh"),
    ("Quốc hội đã thông qua Nghị quyết về việc kéo dài thời hạn miễn thuế sử dụng đất nông nghiệp.", None, None,
     None),
])
def test_article_province(text, title, source, expected):
    assert article_province(text, title=title, source=source) == expected


# -- kinds of bodies SPEC §3.1 lists, each recognised with its maximal span -----------------------

# (sentence, the article's province, the agency surfaces expected, in order)
BODIES = [
    # foreign and international bodies count (SPEC §3.1), with the place of a mission
    ("Đại sứ quán Hoa Kỳ tại Việt Nam phối hợp với Sở Ngoại vụ tổ chức hội thảo.", "Quảng Trị",
     ["Đại sứ quán Hoa Kỳ tại Việt Nam", "Sở Ngoại vụ"]),
    ("Tổng Lãnh sự quán Nhật Bản tại TP HCM và Lãnh sự quán Lào tại Đà Nẵng dự buổi tiếp.", None,
     ["Tổng Lãnh sự quán Nhật Bản tại TP HCM", "Lãnh sự quán Lào tại Đà Nẵng"]),
    ("Đoàn công tác của Bộ Ngoại giao Hàn Quốc đã làm việc với Chính phủ Lào và Quốc hội Lào.", None,
     ["Bộ Ngoại giao Hàn Quốc", "Chính phủ Lào", "Quốc hội Lào"]),
    ("Tổ chức Y tế Thế giới (WHO) khuyến cáo các nước tăng cường tiêm chủng; đại diện WHO tại Việt Nam "
     "cho biết Quỹ Nhi đồng Liên hợp quốc sẽ hỗ trợ.", None,
     ["Tổ chức Y tế Thế giới", "WHO tại Việt Nam", "Quỹ Nhi đồng Liên hợp quốc"]),
    ("Dự án do Cơ quan Hợp tác Quốc tế Nhật Bản tài trợ, Ngân hàng Phát triển châu Á đồng tài trợ.", "Quảng Trị",
     ["Cơ quan Hợp tác Quốc tế Nhật Bản", "Ngân hàng Phát triển châu Á"]),
    ("Ông John Smith, Giám đốc Điều hành AmCham và đại diện Liên đoàn Bóng đá Thái Lan dự lễ.", None,
     ["AmCham", "Liên đoàn Bóng đá Thái Lan"]),
    ("Vận động viên Tây Ban Nha giành huy chương; hàng hóa nhập từ Đài Loan tăng mạnh.", None, []),
    # police and military units, their abbreviated forms
    ("CA tỉnh đã phối hợp với Công an huyện Gio Linh điều tra làm rõ vụ việc.", "Quảng Trị",
     ["CA tỉnh", "Công an huyện Gio Linh"]),
    ("Phòng An ninh kinh tế Công an tỉnh phối hợp với Phòng Cảnh sát kinh tế và Phòng PC03.", "Quảng Trị",
     ["Phòng An ninh kinh tế Công an tỉnh", "Phòng Cảnh sát kinh tế", "Phòng PC03"]),
    ("Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Đồn Biên phòng Cửa Tùng tham gia diễn tập.",
     "Quảng Trị", ["Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Đồn Biên phòng Cửa Tùng"]),
    ("Đồn Biên phòng cửa khẩu quốc tế Lao Bảo phối hợp với Ban CHQS huyện Hướng Hóa tuần tra.", "Quảng Trị",
     ["Đồn Biên phòng cửa khẩu quốc tế Lao Bảo", "Ban CHQS huyện Hướng Hóa"]),
    ("Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Trị đã khởi tố vụ án; Cơ quan điều tra đang làm rõ.",
     "Quảng Trị", ["Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Trị"]),
    ("Đội Cảnh sát giao thông số 1 Công an thành phố Đông Hà ra quân; Đội tuyển Việt Nam thi đấu.", "Quảng Trị",
     ["Đội Cảnh sát giao thông số 1 Công an thành phố Đông Hà"]),
    # schools and hospitals: named after a person, numbered; not as a building or a type alone
    ("Học sinh Trường THPT chuyên Lê Quý Đôn và Trường Tiểu học số 2 Nhơn Bình đạt giải cao.", "Bình Định",
     ["Trường THPT chuyên Lê Quý Đôn", "Trường Tiểu học số 2 Nhơn Bình"]),
    ("Sáng 20/4, UBND tỉnh tổ chức khởi công xây dựng Bệnh viện Đa khoa tỉnh cơ sở 2 và dự án Trường THPT "
     "Nguyễn Du.", "Quảng Trị", ["UBND tỉnh"]),
    ("Quyết định thành lập Trường Mầm non Hoa Sen được công bố tại Bệnh viện Đa khoa.", "Quảng Trị",
     ["Trường Mầm non Hoa Sen"]),
    ("Hội nghị diễn ra tại trụ sở Trung tâm Y tế huyện Cam Lộ.", "Quảng Trị", ["Trung tâm Y tế huyện Cam Lộ"]),
    # names with an enumeration, with a number, offices of two bodies
    ("Sở Văn hóa, Thể thao và Du lịch phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện Cam Lộ.",
     "Quảng Trị", ["Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Cam Lộ"]),
    ("Sở Y tế, Sở Tài chính và Sở Nội vụ cùng tham gia thẩm định.", "Quảng Trị",
     ["Sở Y tế", "Sở Tài chính", "Sở Nội vụ"]),
    ("Ngày 1/7, UBND xã Tây Sơn 4 ra mắt; Chủ tịch UBND huyện Tuy Phước 5 năm liền đạt danh hiệu.", "Bình Định",
     ["UBND xã Tây Sơn 4", "UBND huyện Tuy Phước"]),
    ("Văn phòng Đoàn ĐBQH và HĐND tỉnh phối hợp với Văn phòng UBND tỉnh và Sở Tư pháp.", "Quảng Trị",
     ["Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng UBND tỉnh", "Sở Tư pháp"]),
    ("Trưởng Ban Chính sách, chiến lược Trung ương; Đảng ủy các cơ quan Đảng tỉnh và Đảng ủy Mặt trận Tổ "
     "quốc, các đoàn thể tỉnh.", "Gia Lai",
     ["Ban Chính sách, chiến lược Trung ương", "Đảng ủy các cơ quan Đảng tỉnh",
      "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"]),
    ("tham mưu cho hội đồng thi đua, khen thưởng Trung ương; Hội đồng Thi đua - Khen thưởng tỉnh họp.",
     "Quảng Trị", ["hội đồng thi đua, khen thưởng Trung ương", "Hội đồng Thi đua - Khen thưởng tỉnh"]),
    ("Chánh án Tòa án nhân dân tối cao và Chủ tịch Hội đồng Quốc phòng và An ninh dự.", "Quảng Trị",
     ["Tòa án nhân dân tối cao", "Hội đồng Quốc phòng và An ninh"]),
    # unit names after a committee, after "TP"
    ("Trụ sở Thành ủy Quy Nhơn; Bí thư Thị ủy Hoài Nhơn Trần Văn Hùng phát biểu.", "Bình Định",
     ["Thành ủy Quy Nhơn", "Thị ủy Hoài Nhơn"]),
    ("Phó Chủ tịch UBND TP HCM giao Sở GTVT TP HCM khảo sát.", None, ["UBND TP HCM", "Sở GTVT TP HCM"]),
    # a word starting a two-syllable word with the next one is not the end of a name
    ("Bộ Công Thương yêu cầu các địa phương; tri ân Sư đoàn 3 Sao Vàng anh hùng.", None,
     ["Bộ Công Thương", "Sư đoàn 3 Sao Vàng"]),
    # classes of bodies, photo credits, deputies of every council
    ("Ủy ban MTTQ Việt Nam các cấp, Trung tâm Y tế các huyện và Hội Nông dân cấp huyện cùng vào cuộc.",
     "Quảng Trị", []),
    ("Lực lượng chức năng kiểm tra hồ chứa. Ảnh: TTXVN Báo cáo của Sở Nông nghiệp cho thấy. Ảnh: Văn Điệp/TTXVN",
     "Thái Nguyên", ["Sở Nông nghiệp"]),
    ("dự án Luật sửa đổi Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND", None, ["Quốc hội"]),
    ("Tiếp xúc cử tri của đại biểu HĐND tỉnh tại xã Gio Mỹ", "Quảng Trị", ["HĐND tỉnh"]),
]


@pytest.mark.parametrize("text, province, expected", BODIES)
def test_kinds_of_bodies(text, province, expected):
    assert surfaces(text, province) == expected


# (sentence, the article's province, surface, canonical name, kind, province attribute)
CANONICAL_BY_RULE = [
    ("Đại sứ quán Hoa Kỳ tại Việt Nam phối hợp tổ chức.", "Quảng Trị", "Đại sứ quán Hoa Kỳ tại Việt Nam",
     "Đại sứ quán Hoa Kỳ tại Việt Nam", "other", None),
    ("Bộ trưởng Bộ Ngoại giao Hàn Quốc thăm tỉnh.", "Quảng Trị", "Bộ Ngoại giao Hàn Quốc",
     "Bộ Ngoại giao Hàn Quốc", "other", None),
    ("Quỹ Nhi đồng Liên hợp quốc hỗ trợ tỉnh.", "Quảng Trị", "Quỹ Nhi đồng Liên hợp quốc",
     "Quỹ Nhi đồng Liên hợp quốc", "other", None),
    ("Đại diện AmCham dự hội nghị.", "Bạc Liêu", "AmCham", "Phòng Thương mại Hoa Kỳ tại Việt Nam", "other", None),
    # the party committees of a unit's agencies and of its enterprises, named in lower case as often as not
    ("Đảng ủy Khối doanh nghiệp tỉnh tổ chức hội nghị.", "Bạc Liêu", "Đảng ủy Khối doanh nghiệp tỉnh",
     "Đảng ủy Khối doanh nghiệp tỉnh Bạc Liêu", "party", "Bạc Liêu"),
    ("Đảng ủy khối các cơ quan Trung ương tổ chức hội nghị.", "Bạc Liêu", "Đảng ủy khối các cơ quan Trung ương",
     "Đảng ủy Khối các cơ quan Trung ương", "party", None),
    ("Bí thư Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh phát biểu.", "Quảng Trị",
     "Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Quảng Trị",
     "party", "Quảng Trị"),
    ("Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh phát biểu.", "Quảng Trị",
     "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Quảng Trị", "party",
     "Quảng Trị"),
    ("Cảng vụ Hàng hải Bạc Liêu kiểm tra tàu cá.", "Bạc Liêu", "Cảng vụ Hàng hải Bạc Liêu",
     "Cảng vụ Hàng hải Bạc Liêu", "state", "Bạc Liêu"),
    ("CA tỉnh đã vào cuộc.", "Quảng Trị", "CA tỉnh", "Công an tỉnh Quảng Trị", "state", "Quảng Trị"),
    ("Ban CHQS huyện Hướng Hóa tuần tra.", "Quảng Trị", "Ban CHQS huyện Hướng Hóa",
     "Ban Chỉ huy Quân sự huyện Hướng Hóa", "military", "Quảng Trị"),
    ("Đồn Biên phòng Cửa Tùng tham gia.", "Quảng Trị", "Đồn Biên phòng Cửa Tùng", "Đồn Biên phòng Cửa Tùng",
     "military", None),
    # a section of another body: the article's province is its province, not part of its name
    ("Phòng Kế hoạch - Tài chính thuộc Sở Y tế tham mưu.", "Quảng Trị", "Phòng Kế hoạch - Tài chính",
     "Phòng Kế hoạch - Tài chính", "state", "Quảng Trị"),
    ("Giảng viên Khoa kinh tế và Kế toán, Trường Đại học Quy Nhơn.", "Bình Định", "Khoa kinh tế và Kế toán",
     "Khoa kinh tế và Kế toán, Trường Đại học Quy Nhơn", "public_service", None),
    ("Cục Ngoại vụ, Bộ Ngoại giao tổ chức lớp bồi dưỡng.", "Bạc Liêu", "Cục Ngoại vụ",
     "Cục Ngoại vụ, Bộ Ngoại giao", "state", None),
    # a city's committee in a province is not the province's
    ("Thành ủy đã chỉ đạo các phường triển khai.", "Bình Định", "Thành ủy", "Thành ủy", "party", "Bình Định"),
    ("Thành ủy đã chỉ đạo các phường triển khai.", "Hà Nội", "Thành ủy", "Thành ủy Hà Nội", "party", "Hà Nội"),
    ("Bí thư Thị uỷ Hoài Nhơn phát biểu.", "Bình Định", "Thị uỷ Hoài Nhơn", "Thị ủy Hoài Nhơn", "party",
     "Bình Định"),
    # bodies of one unit written once after the last of them
    ("Sáng 31/3, Huyện ủy, HĐND, UBND, UBMTTQ Việt Nam huyện Tây Sơn tổ chức lễ kỷ niệm.", "Bình Định", "HĐND",
     "Hội đồng nhân dân huyện Tây Sơn", "state", "Bình Định"),
    ("Sáng 31/3, Huyện ủy, HĐND, UBND, UBMTTQ Việt Nam huyện Tây Sơn tổ chức lễ kỷ niệm.", "Bình Định",
     "Huyện ủy", "Huyện ủy Tây Sơn", "party", "Bình Định"),
    ("Chiều 30/3, Tỉnh ủy, HĐND, UBND, UBMTTQ Việt Nam tỉnh tổ chức gặp mặt.", "Bình Định", "UBND",
     "Ủy ban nhân dân tỉnh Bình Định", "state", "Bình Định"),
    ("Văn phòng Đoàn ĐBQH và HĐND tỉnh tham mưu.", "Quảng Trị", "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
     "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Quảng Trị", "state", "Quảng Trị"),
    # the province written right after the name
    ("Ngày 12/5, Công an huyện Triệu Phong (Quảng Trị) bắt giữ đối tượng.", None, "Công an huyện Triệu Phong",
     "Công an huyện Triệu Phong", "state", "Quảng Trị"),
    ("Công an thị xã Ba Đồn, tỉnh Quảng Bình đã tạm giữ đối tượng.", None, "Công an thị xã Ba Đồn",
     "Công an thị xã Ba Đồn", "state", "Quảng Bình"),
    # national bodies, person names inside names, official spellings
    ("Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu.", "Quảng Ngãi",
     "Học viện Chính trị quốc gia Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh", "public_service", None),
    ("nguyên Chủ tịch Hội đồng Quốc phòng và An ninh", "Quảng Ngãi", "Hội đồng Quốc phòng và An ninh",
     "Hội đồng Quốc phòng và An ninh", "state", None),
    ("Chủ nhiệm Uỷ ban Kinh tế và Tài chính cho biết", None, "Uỷ ban Kinh tế và Tài chính",
     "Ủy ban Kinh tế và Tài chính của Quốc hội", "state", None),
    ("đại diện cơ quan Kiểm tra Trung ương", None, "cơ quan Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương",
     "party", None),
    ("nguyên Thứ trưởng Bộ Kế hoạch - Đầu tư", "Bạc Liêu", "Bộ Kế hoạch - Đầu tư", "Bộ Kế hoạch và Đầu tư",
     "state", None),
    ("Sở Tài nguyên Môi trường đã kiểm tra", "Hải Phòng", "Sở Tài nguyên Môi trường",
     "Sở Tài nguyên và Môi trường thành phố Hải Phòng", "state", "Hải Phòng"),
    ("Học sinh Trường THCS Lê Hòa Bình đạt giải.", "Thành phố Hồ Chí Minh", "Trường THCS Lê Hòa Bình",
     "Trường THCS Lê Hòa Bình", "public_service", None),
    # a hospital's two-word name opening with a family name; a longer run is a person's name
    ("Phó Giám đốc Bệnh viện Bạch Mai cho biết.", "Hà Nội", "Bệnh viện Bạch Mai", "Bệnh viện Bạch Mai",
     "public_service", None),
    # a district or ward abbreviated to its letter and a full stop
    ("UBND Q.1 đã kiểm tra.", "Thành phố Hồ Chí Minh", "UBND Q.1", "Ủy ban nhân dân quận 1", "state",
     "Thành phố Hồ Chí Minh"),
    ("Công an H.Bắc Bình đã vào cuộc.", "Bình Thuận", "Công an H.Bắc Bình", "Công an huyện Bắc Bình", "state",
     "Bình Thuận"),
    ("UBND P.Bến Nghé phối hợp.", "Thành phố Hồ Chí Minh", "UBND P.Bến Nghé", "Ủy ban nhân dân phường Bến Nghé",
     "state", "Thành phố Hồ Chí Minh"),
]


@pytest.mark.parametrize("text, province, surface, canonical, kind, belongs", CANONICAL_BY_RULE)
def test_canonical_kind_and_province_by_rule(text, province, surface, canonical, kind, belongs):
    found = {text[m.start:m.end]: m.attrs for m in find_agencies(text, province=province)}
    assert (found[surface]["canonical"], found[surface]["kind"], found[surface]["province"]) \
        == (canonical, kind, belongs)


@pytest.mark.parametrize("text, title, source, expected", [
    # a district named like a province is not that province
    ("Ủy ban MTTQ Việt Nam huyện Hòa Bình tổ chức hội nghị; MTTQ Việt Nam huyện Hòa Bình phát động.", None, None,
     None),
    ("Ủy ban MTTQ Việt Nam huyện Hòa Bình tổ chức hội nghị.", None, "baclieu.gov.vn", "Bạc Liêu"),
    # a headline in capitals names its province
    ("Kết quả sau sắp xếp còn 58 đơn vị hành chính cấp xã.", "DỰ KIẾN 58 ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH BÌNH ĐỊNH",
     None, "Bình Định"),
    # a provincial portal outweighs the neighbours a story lists
    ("Xã Vĩnh Thạnh giáp tỉnh Gia Lai. Xã An Lão giáp tỉnh Gia Lai, Quảng Ngãi. Xã Vân Canh giáp tỉnh Gia Lai.",
     None, "binhdinh.gov.vn", "Bình Định"),
])
def test_article_province_by_rule(text, title, source, expected):
    assert article_province(text, title=title, source=source) == expected


def test_gold_agency_f1():
    """Micro F1 of agency texts on the hand-annotated gold (SPEC §5), boilerplate included."""
    from extraction.lexicons import lexicon_key

    def key(text: str) -> str:
        return lexicon_key(text).strip(" \"'“”‘’.,;:!?()[]")

    true_positives = predicted = expected = 0
    for line in (REPO / "corpora" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        found = {key(text[m.start:m.end]) for m in find_agencies(text, province=article_province(text))}
        gold = {key(agency["text"]) for agency in record["agencies"]}
        true_positives += len(found & gold)
        predicted += len(found)
        expected += len(gold)
    precision, recall = true_positives / predicted, true_positives / expected
    assert 2 * precision * recall / (precision + recall) >= 0.88


def test_spacy_component_writes_span_group():
    from extraction.nlp import blank_vietnamese
    import extraction.components.agencies  # noqa: F401  (registers the factory)

    nlp = blank_vietnamese()
    nlp.add_pipe("govnews_agencies")
    doc = nlp.make_doc("Chủ tịch UBND tỉnh Phạm Anh Tuấn làm việc với Sở Y tế.")
    doc.user_data["province"] = "Bình Định"
    doc = nlp.get_pipe("govnews_agencies")(doc)
    assert [span.text for span in doc.spans["agencies"]] == ["UBND tỉnh", "Sở Y tế"]
    mentions = doc.spans["agencies"].attrs["mentions"]
    assert mentions[0].attrs["canonical"] == "Ủy ban nhân dân tỉnh Bình Định"


def test_extractor_pickles():
    extractor = pickle.loads(pickle.dumps(AgencyExtractor()))
    assert extractor.span_key == "agencies"


# -- reading only around possible heads finds what a reading of the whole text finds ----------------

# (sentence, the article's province, the agency surfaces expected): line breaks, text edges,
# dotted levels, look-back phrases, names longer than one read, defined abbreviations
READ_AROUND_HEADS = [
    ("UBND tỉnh Bạc Liêu vừa ban hành kế hoạch triển khai.", "Bạc Liêu", ["UBND tỉnh Bạc Liêu"]),
    ("Sở Y tế tỉnh\nLào Cai tổ chức hội nghị tổng kết.", "Lào Cai", ["Sở Y tế tỉnh"]),
    ("Đoàn đã làm việc với Sở Tư pháp", "Bạc Liêu", ["Sở Tư pháp"]),
    ("Phó Chủ tịch UBND TP.HCM và lãnh đạo UBND TP. Hà Nội dự hội nghị.", None,
     ["UBND TP.HCM", "UBND TP. Hà Nội"]),
    ("Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII đã bế mạc.", None,
     ["Ban Chấp hành Trung ương Đảng khóa XIII"]),
    ("Lãnh đạo một số Sở, ngành và UBND các huyện tham dự.", "Bạc Liêu", []),
    ("Buổi làm việc giữa hai Sở Y tế diễn ra sáng nay.", "Lào Cai", []),
    ("Phó Chủ tịch Thường trực HĐND tỉnh Nguyễn Văn Hòa phát biểu.", "Bạc Liêu", ["HĐND tỉnh"]),
    ("Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, thực phẩm tỉnh Bình Định được kiện toàn.", "Bình Định",
     ["Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, thực phẩm tỉnh Bình Định"]),
    ("Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 "
     "tỉnh Bạc Liêu, Sở Nông nghiệp và Phát triển nông thôn cùng dự.", "Bạc Liêu",
     ["Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 "
      "tỉnh Bạc Liêu", "Sở Nông nghiệp và Phát triển nông thôn"]),
    ("Ngày 17/12, Uỷ ban nhân dân tỉnh Thanh Hoá ban hành Quyết định.", "Thanh Hóa",
     ["Uỷ ban nhân dân tỉnh Thanh Hoá"]),
    ("Công an Thành phố Hồ Chí Minh phối hợp với Bộ Chỉ huy Quân sự tỉnh Bình Dương.", None,
     ["Công an Thành phố Hồ Chí Minh", "Bộ Chỉ huy Quân sự tỉnh Bình Dương"]),
    ("Thường trực HĐND tỉnh; Ban Pháp chế HĐND tỉnh;\nBan Kinh tế - Ngân sách HĐND tỉnh.", "Bạc Liêu",
     ["Thường trực HĐND tỉnh", "Ban Pháp chế HĐND tỉnh", "Ban Kinh tế - Ngân sách HĐND tỉnh"]),
    ("Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bạc Liêu (LHH) khai mạc.\n"
     "Trong nhiệm kỳ qua, LHH đã không ngừng đổi mới.", "Bạc Liêu",
     ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bạc Liêu", "LHH"]),
    ("Vận động viên Tây Ban Nha giành huy chương; hàng hóa nhập từ Đài Loan.", None, []),
    ("Tỉnh tổ chức khởi công xây dựng Bệnh viện Đa khoa tỉnh cơ sở 2.", "Quảng Trị", []),
    ("Học sinh Trường THCS Lê Hòa Bình đạt giải; tri ân Sư đoàn 3 Sao Vàng anh hùng.", None,
     ["Trường THCS Lê Hòa Bình", "Sư đoàn 3 Sao Vàng"]),
    ("Bộ trưởng Bộ Ngoại giao Hàn Quốc và Đại sứ quán Nhật Bản tại Việt Nam dự.", None,
     ["Bộ Ngoại giao Hàn Quốc", "Đại sứ quán Nhật Bản tại Việt Nam"]),
]


def _whole_text_names(text: str) -> list[tuple]:
    """Every name a scanner reading the text from its start finds, trying each token in turn."""
    scanner, index, names = Scanner(text), 0, []
    while scanner.has(index):
        parse = scanner.parse(index)
        if parse is None:
            index += 1
            continue
        names.append(_described(scanner, parse))
        index = parse.last
    return names


def _described(scanner: Scanner, parse) -> tuple:
    """A parse with char offsets instead of token indices, pieces included."""
    pieces = tuple((piece.role, scanner.tokens[piece.first].start, scanner.tokens[piece.last - 1].end,
                    piece.head, piece.province, piece.level) for piece in parse.pieces)
    return scanner.tokens[parse.first].start, scanner.tokens[parse.last - 1].end, pieces


def _gold_and_sample_texts() -> list[str]:
    gold = (REPO / "corpora" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    samples = sorted((REPO / "corpora" / "samples").glob("*.txt"))
    return [json.loads(line)["text"] for line in gold] + [path.read_text(encoding="utf-8") for path in samples]


@pytest.mark.parametrize("text, province, expected", READ_AROUND_HEADS)
def test_names_read_around_heads(text, province, expected):
    assert surfaces(text, province) == expected
    assert [_described(scanner, parse) for scanner, parse in scan(Reader(text))] == _whole_text_names(text)


def test_reading_around_heads_agrees_with_reading_whole_articles():
    for text in _gold_and_sample_texts():
        assert [_described(scanner, parse) for scanner, parse in scan(Reader(text))] == _whole_text_names(text)


@pytest.mark.parametrize("text", [case[0] for case in READ_AROUND_HEADS] + [
    "Ngày 13/4, tại TP.HCM,\n\nUBND Thành phố họp với Co.opmart.Sau đó Sở Y tế.Đại diện phát biểu.",
    "Chủ tịch UBND xã \u0110i\u0323nh Tha\u0300nh_Uỷ ban nhân dân xã phát biểu",
])
def test_a_reading_from_any_word_gives_the_tokens_and_lines_of_the_whole_text(text):
    whole = Scanner(text)
    whole.has(len(text))
    assert whole.tokens == tokenize(text)
    for first, token in enumerate(whole.tokens):
        scanner, index = Reader(text).at(token.start)
        scanner.has(len(text))
        assert scanner.tokens[index:] == whole.tokens[first:]
        assert {i - index for i in scanner.line_starts if i >= index} == {i - first for i in whole.line_starts
                                                                          if i >= first}
