"""Officials: named persons in real sentences of Vietnamese government news (SPEC §3, §3.1)."""
import json
import pickle
import unicodedata
from pathlib import Path

import pytest
import spacy

from extraction.components.base import Mention
from extraction.components.officials import (OfficialExtractor, _in_place_context, _is_credit, capitalized_runs,
                                              find_officials)
from extraction.patterns.names import CREDIT_BEFORE, PLACE_CONTEXT_BEFORE, PLACE_LIST_BEFORE

ROOT = Path(__file__).resolve().parents[1]

PERSONS = [
    # names after honorifics and ranks
    ("Phát biểu tại buổi ký kết quy chế phối hợp, đồng chí Lê Văn Hoạt, Phó Chủ tịch HĐND Thành phố nhấn mạnh:",
     ["Lê Văn Hoạt"]),
    ("Đại diện ngành Y tế Lào Cai có đồng chí Hoàng Quốc Hương, Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc Sở Y tế;",
     ["Hoàng Quốc Hương"]),
    ("Ông Phạm Quang Ân, Trưởng Phòng NN&PTNT huyện Tuy Phước, cho biết: Tính đến giữa tháng 2 năm nay",
     ["Phạm Quang Ân"]),
    ("Đoàn tàu do thượng tướng Nguyễn Văn Nghĩa, Phó Tổng tham mưu trưởng Quân đội nhân dân Việt Nam, dẫn đầu.",
     ["Nguyễn Văn Nghĩa"]),
    ("Trung úy Ngô Thị Thu Hiền (Đoàn Nghi lễ Quân đội) chia sẻ rằng bản thân rất vinh dự.",
     ["Ngô Thị Thu Hiền"]),
    ("Dịp này, các đại biểu còn được giao lưu với Thượng úy Nguyễn Chu Khánh, Trợ lý Công tác Quần chúng Bộ CHQS "
     "tỉnh và Tiến sĩ Lê Mộng Huyền, Giảng viên Khoa kinh tế và Kế toán", ["Nguyễn Chu Khánh", "Lê Mộng Huyền"]),
    ("Về phía nhà đầu tư có ông David Lewis, Chủ tịch Hội đồng Quản trị Liên doanh đầu tư Energy Capital Việt Nam "
     "(Hoa Kỳ); ông John Rockhold, Giám đốc Điều hành Amcham và các thành viên cùng đi.",
     ["David Lewis", "John Rockhold"]),
    ("Về phía Nhật Bản có ông Takeshi Yamada, Phó Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh; ông Kenji Sato, "
     "Lãnh sự phụ trách văn hóa.", ["Takeshi Yamada", "Kenji Sato"]),
    ("Sau trận mưa lớn, chị Lê Thị Bình (ngụ phường Nhơn Bình) cho biết nước ngập gần đến yên xe.", ["Lê Thị Bình"]),
    ("Trung tá Huỳnh Lộc – Trưởng Công an phường Nhơn Phú cho biết.", ["Huỳnh Lộc"]),
    # names before or after a title
    ("Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp.", ["Trần Hồng Hà"]),
    ("Chiều 18/4, tại Trụ sở tiếp công dân tỉnh, Chủ tịch UBND tỉnh Phạm Anh Tuấn đã chủ trì buổi tiếp.",
     ["Phạm Anh Tuấn"]),
    ("Tham dự buổi tiếp có Phó Trưởng Đoàn ĐBQH tỉnh Lý Tiết Hạnh.", ["Lý Tiết Hạnh"]),
    ("Đồng chí Chủ tịch UBND tỉnh Thái Nguyên Nguyễn Huy Dũng chủ trì cuộc họp về giải pháp nâng cao hiệu quả.",
     ["Nguyễn Huy Dũng"]),
    ("Chiều 26/6, Giám đốc Sở Lao động - Thương binh và Xã hội (LĐTB&XH) Trần Hồng Chiến đã chủ trì Hội nghị.",
     ["Trần Hồng Chiến"]),
    ("Cục Quản lý đất đai vừa có Báo cáo số 34 gửi Quyền Bộ trưởng Bộ Nông nghiệp và Môi trường Trần Đức Thắng "
     "về việc cử 34 cán bộ hỗ trợ các địa phương.", ["Trần Đức Thắng"]),
    ("Hôm nay 3/2, ngày làm việc đầu tiên sau kỳ nghỉ tết Nguyên đán, Quyền Chủ tịch UBND tỉnh Hà Sỹ Đồng đi thăm.",
     ["Hà Sỹ Đồng"]),
    ("Về phía khách mời có: Ủy viên Trung ương Đảng, Bí thư Đảng uỷ, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh;",
     ["Nguyễn Hải Ninh"]),
    ("Phát biểu chỉ đạo tại Đại hội, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh - Lê Thị Ái Nam thay mặt "
     "Tỉnh ủy ghi nhận.", ["Lê Thị Ái Nam"]),
    ("Nhân ngày mất cố Tổng Bí thư Lê Khả Phiêu (18/6 âm lịch), sáng 23/7, Đoàn đại biểu dâng hoa.",
     ["Lê Khả Phiêu"]),
    ("Học tập Chủ tịch Hồ Chí Minh, Đoàn viên thanh niên tích cực lao động.", ["Hồ Chí Minh"]),
    # lists of people
    ("Đến dự lễ có các đồng chí: Dương Thành Trung - Chủ tịch UBND tỉnh; Lê Minh Chiến - Phó Chủ tịch Thường trực "
     "UBND tỉnh; Quảng Trọng Ninh - Trưởng Ban Dân vận Tỉnh ủy.",
     ["Dương Thành Trung", "Lê Minh Chiến", "Quảng Trọng Ninh"]),
    ("Tham gia đoàn có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Phạm Thị Thanh Thủy, Trưởng Ban Dân vận Tỉnh ủy; "
     "Nguyễn Văn Hùng, Trưởng Ban Tổ chức Tỉnh ủy; Mai Xuân Liêm, Phó Chủ tịch UBND tỉnh.",
     ["Phạm Thị Thanh Thủy", "Nguyễn Văn Hùng", "Mai Xuân Liêm"]),
    ("Trước đó, Chủ tịch UBND tỉnh đã đến thăm hỏi, động viên bà Đinh Thị Kích (thương binh) và các hộ gia đình: "
     "Trần Hữu Mão (thân nhân liệt sĩ), Nguyễn Văn Hữu (hộ nghèo) cùng ở thị trấn Vân Canh.",
     ["Đinh Thị Kích", "Trần Hữu Mão", "Nguyễn Văn Hữu"]),
    # bare full names
    ("Tại buổi gặp mặt, các đại biểu giao lưu với Người chiến sỹ cách mạng kiên trung bất khuất Lê Thị Hoa.",
     ["Lê Thị Hoa"]),
    ("Ông Nguyễn Văn Khanh được bầu làm Chủ tịch./.", ["Nguyễn Văn Khanh"]),
    # ethnic-minority names
    ("Đồng chí Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy Đắk Lắk dự hội nghị.", ["Y Thanh Hà Niê Kđăm"]),
    ("Tham dự có đồng chí Rơ Mah Tuân và ông Nay Phi La.", ["Rơ Mah Tuân", "Nay Phi La"]),
    ("Dự đại hội có ông A Pớt, Phó Bí thư Tỉnh ủy Kon Tum.", ["A Pớt"]),
    ("Ông U Huấn - Phó Bí thư Thường trực Tỉnh ủy phát biểu.", ["U Huấn"]),
    ("Đoàn đến thăm huyện U Minh và Vườn quốc gia U Minh Thượng.", []),
    # a full name of two syllables listed next to accepted names
    ("Các Phó Bí thư gồm: Hồ Văn Mười, Đặng Hồng Sỹ, Bùi Thắng, Lưu Văn Trung.",
     ["Hồ Văn Mười", "Đặng Hồng Sỹ", "Bùi Thắng", "Lưu Văn Trung"]),
    ("Các phường Trần Phú, Lê Lợi, Nguyễn Trãi được khen.", []),
    ("Học sinh khu A Trường Tiểu học Kim Đồng tham gia.", []),
    ("Thiếu tướng Lô Xuân Thuân, Phó Tư lệnh, kiêm Tham mưu trưởng Bộ Tư lệnh Quân khu 1 thay mặt lực lượng.",
     ["Lô Xuân Thuân"]),
    # a family name the lexicon lacks before a middle name Văn or Thị (Chăm, Raglai names)
    ("Dự buổi lễ có bà Thành Thị Nguyệt, Phó Chủ tịch UBND tỉnh; ông Quảng Văn Sang, Chủ tịch Hội Khuyến học tỉnh.",
     ["Thành Thị Nguyệt", "Quảng Văn Sang"]),
    ("Các ông: Nguyễn Tiến Đạt và Bá Văn Thành được bổ nhiệm giữ chức Phó Giám đốc Sở Xây dựng.",
     ["Nguyễn Tiến Đạt", "Bá Văn Thành"]),
]

NOT_PERSONS = [
    ("Giám đốc Nhà Văn Hóa Thanh Niên cho biết lịch sinh hoạt hè.", []),
    ("Ngày 11-3, Ban Văn hóa - Xã hội HĐND Thành phố và Sở Y tế Hà Nội đã ký kết quy chế phối hợp công tác.", []),
    ("Trường hợp thứ nhất, ông H. (ở số 22 đường Đào Tấn, phường Nhơn Bình, thành phố Quy Nhơn) kiến nghị.", []),
    ("Đây là lời nhắn nhủ đến thế hệ trẻ hôm nay, như Bác Hồ hằng mong ước.", []),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", []),
    ("HTX Nông nghiệp Phước Hưng phối hợp cùng Công ty CP Tập đoàn Thái Bình Seed (Thái Bình Seed, ở tỉnh Thái "
     "Bình) thực hiện Dự án cánh đồng lớn.", []),
    ("Hệ thống điện chiếu sáng trên các tuyến đường chính như Phạm Văn Đồng, Lê Duẩn, Nguyễn Tất Thành cũng được "
     "nâng cấp.", []),
    ("Thành lập Phường Quy Nhơn Nam trên cơ sở nhập phường Ngô Mây, phường Nguyễn Văn Cừ, phường Quang Trung.", []),
    ("Ban tổ chức tổ chức lễ ra quân của Đoàn Thanh niên Cộng sản Hồ Chí Minh tại quần đảo Hoàng Sa.", []),
    ("Tại Ga Diêu Trì, Hiền được dì ruột cùng dượng đến động viên, tiếp sức.", []),
    ("Gia đình chị Lê Thị H. (SN 1985, trú xã Phước Sơn, huyện Tuy Phước) thuộc diện hộ nghèo.", []),
    ("Hội cha mẹ học sinh trường tiểu học Nguyễn Văn Trỗi đã trao quà cho học sinh.", []),
    ("Sản phẩm đã khẳng định được giá trị, thương hiệu trên thị trường như: “Trà Gò Loi”, “Bưởi da xanh”.", []),
    ("Khu du lịch Hồ Núi Cốc đón hàng nghìn lượt khách.", []),
    ("Tổng Giám đốc Nam A Bank cho biết ngân hàng thưởng 20.000 USD.", []),
    ("Bộ trưởng Bộ Nội vụ cho biết, việc bố trí, sắp xếp số lượng cán bộ thực hiện theo quy định.", []),
    ("Sau khi rà soát, thống nhất cách tính số liệu theo ý kiến của Ủy ban Pháp luật và Tư pháp.", []),
    ("Các tuyến phố được chỉnh trang gồm: Trần Quang Khải, Nguyễn Công Trứ và Lê Thánh Tông.", []),
    ("Gia đình bà sống tại số 12A Nguyễn Thị Minh Khai, thành phố Quy Nhơn.", []),
    ("Đoàn đến thăm Nhà tưởng niệm Võ Thị Sáu tại huyện Đất Đỏ.", []),
    ("Tại nút giao Trần Hưng Đạo - Nguyễn Văn Cừ, lực lượng chức năng phân luồng.", []),
]

NAMES_AFTER_PLACE_NAMED_BODIES = [
    # a name after a body named like a place or a person is no further item of a list of places
    ("Dự có ông Lê Văn Nam, Giám đốc Công ty Hòa Phát, Trần Văn Long, Giám đốc Sở Xây dựng.",
     ["Lê Văn Nam", "Trần Văn Long"]),
    ("Dự có các đồng chí: Lê Văn Nam, Hiệu trưởng Trường THPT Lê Lợi; Trần Văn Long, Giám đốc Sở Xây dựng.",
     ["Lê Văn Nam", "Trần Văn Long"]),
    ("Phó Giám đốc Bệnh viện Chợ Rẫy, Dương Đức Hùng, cho biết ca bệnh đã ổn định.", ["Dương Đức Hùng"]),
    # a list of places goes on
    ("Các trường Lê Lợi, Nguyễn Du, Trần Phú đã khai giảng năm học mới.", []),
    ("Công trình nằm trên đường Lê Lợi, Trần Hưng Đạo, Nguyễn Văn Cừ.", []),
]

PLACES_CLOSING_A_TITLE = [
    ("Ông Nguyễn Văn Hòa, Giám đốc Ban Quản lý rừng phòng hộ Ia Grai, cho biết diện tích rừng được giữ vững.",
     ["Nguyễn Văn Hòa"]),
    ("Giám đốc Ban Quản lý rừng phòng hộ Kon Plông Lê Hùng cho biết đơn vị đã trồng 50 ha rừng.", ["Lê Hùng"]),
    ("Tổng thống Indonesia Joko Widodo mỉm cười khi nhìn vào camera.", ["Joko Widodo"]),
    ("Trưởng Ban Quản lý dự án Lê Hùng cho biết công trình sẽ hoàn thành trong tháng 6.", ["Lê Hùng"]),
]


NAME_FORMS = [
    # a title written on after the name, without a comma, is not part of the name
    ("Đồng chí Phạm Anh Tuấn Chủ tịch UBND tỉnh phát biểu khai mạc hội nghị.", ["Phạm Anh Tuấn"]),
    ("Dự lễ có đồng chí Lê Kim Toàn Phó Bí thư Thường trực Tỉnh ủy.", ["Lê Kim Toàn"]),
    ("Ông Đinh Văn Thiệu Tỉnh ủy viên, Bí thư Huyện ủy Vĩnh Thạnh dự lễ.", ["Đinh Văn Thiệu"]),
    ("Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Tự Công Hoàng, Lâm Hải Giang.",
     ["Nguyễn Tự Công Hoàng", "Lâm Hải Giang"]),
    # a given or middle name that is also a word of places and bodies
    ("Ông Vũ Xuân Trường, nguyên Đại sứ Việt Nam tại Philippin, chuyên gia kinh tế, Bộ Ngoại giao.",
     ["Vũ Xuân Trường"]),
    ("Thứ trưởng Bộ Y tế, PGS.TS Nguyễn Trường Sơn phát biểu chỉ đạo.", ["Nguyễn Trường Sơn"]),
    ("Tháng 9/1966: Đồng chí là sinh viên; Đảng uỷ viên nhà trường, Bí thư Đoàn Trường (năm 1969).", []),
    ("Lực lượng hải quân tuần tra bảo vệ quần đảo Trường Sa.", []),
    # family names of ethnic minorities and Khmer names
    ("Ông Danh Út, Bí thư Tỉnh ủy Kiên Giang dự lễ.", ["Danh Út"]),
    ("Ông Chau Văn Kha, Trưởng ấp Tà Lọt cho biết.", ["Chau Văn Kha"]),
    ("Bà Rmah H'Luyn, Chủ tịch Hội Phụ nữ xã cho biết.", ["Rmah H'Luyn"]),
    # capitals, where the context says a person is named
    ("Dự lễ có đồng chí NGUYỄN VĂN AN, Giám đốc Sở Y tế.", ["NGUYỄN VĂN AN"]),
    ("THÔNG BÁO LỄ VIẾNG ĐỒNG CHÍ TRẦN ĐỨC LƯƠNG, NGUYÊN ỦY VIÊN BỘ CHÍNH TRỊ", ["TRẦN ĐỨC LƯƠNG"]),
    ("UBND TỈNH BẠC LIÊU THÔNG BÁO KẾT QUẢ TUYỂN DỤNG VIÊN CHỨC NĂM 2018", []),
    ("TRẦN VĂN HOÀNG ĐẠT GIẢI NHẤT CUỘC THI", []),
    # a middle name in lower case, a foreign name's lower-case part after a hyphen
    ("Đồng chí Lê thị Hồng Vân, Giám đốc Sở Y tế phát biểu.", ["Lê thị Hồng Vân"]),
    ("Gia đình cụ Nguyễn văn Tám được hỗ trợ xây nhà tình nghĩa.", ["Nguyễn văn Tám"]),
    ("Hội văn Nghệ dân gian tỉnh tổ chức trại sáng tác.", []),
    ("Tổng thống Hàn Quốc Moon Jae-in thăm chính thức Việt Nam.", ["Moon Jae-in"]),
    ("Quốc vương Arab Saudi Salman bin Abdulaziz Al-Saud thăm chính thức Indonesia.",
     ["Salman bin Abdulaziz Al-Saud"]),
    ("Bà Ursula von der Leyen, Chủ tịch Ủy ban châu Âu phát biểu.", ["Ursula von der Leyen"]),
    # a family name inside a place's name after a unit word, a body named after a place
    ("Ông Phạm Văn Bảy, Bí thư Đảng ủy xã Vĩnh Trạch Đông cho biết.", ["Phạm Văn Bảy"]),
    ("Chủ tịch UBND xã Phước Sơn Lê Hùng dự họp.", ["Lê Hùng"]),
    ("Ông Phạm Văn Bảy, Tổng Biên tập Báo Bình Định cho biết.", ["Phạm Văn Bảy"]),
]


def _names(text: str, author: str | None = None) -> list[str]:
    return [m.attrs["name"] for m in find_officials(text, author=author)]


@pytest.mark.parametrize("text, expected", PERSONS + NOT_PERSONS)
def test_named_persons(text, expected):
    assert sorted(set(_names(text))) == sorted(expected)


@pytest.mark.parametrize("text, expected", NAMES_AFTER_PLACE_NAMED_BODIES)
def test_a_name_after_a_body_named_like_a_place_is_read(text, expected):
    assert sorted(set(_pipeline_names(text))) == sorted(expected)


def _pipeline_names(text: str) -> list[str]:
    """Names as the whole pipeline finds them: the agencies found end the names before them."""
    from extraction.components.base import mentions_of
    from extraction.nlp import load_nlp

    return [m.attrs["name"] for m in mentions_of(load_nlp()(text), "officials")]


@pytest.mark.parametrize("text, expected", PLACES_CLOSING_A_TITLE)
def test_a_place_closing_a_lower_case_title_is_no_name(text, expected):
    assert sorted(set(_names(text))) == sorted(expected)


@pytest.mark.parametrize("text, expected", NAME_FORMS)
def test_names_cut_at_titles_and_their_written_forms(text, expected):
    assert sorted(set(_names(text))) == sorted(expected)


@pytest.mark.parametrize("text, expected", PERSONS + NAME_FORMS)
def test_mention_offsets_cover_the_name_only(text, expected):
    for mention in find_officials(text):
        assert mention.label == "PERSON"
        assert text[mention.start:mention.end] == mention.attrs["name"]
        assert mention.attrs["name"] in expected


@pytest.mark.parametrize("text, name, honorific", [
    ("Phát biểu tại buổi ký kết, đồng chí Lê Văn Hoạt, Phó Chủ tịch HĐND Thành phố nhấn mạnh:", "Lê Văn Hoạt",
     "đồng chí"),
    ("Thượng úy Nguyễn Chu Khánh và Tiến sĩ Lê Mộng Huyền giao lưu với các đại biểu.", "Nguyễn Chu Khánh", "Thượng úy"),
    ("Thượng úy Nguyễn Chu Khánh và Tiến sĩ Lê Mộng Huyền giao lưu với các đại biểu.", "Lê Mộng Huyền", "Tiến sĩ"),
    ("Báo cáo tham luận của PGS.TS. Nguyễn Văn Minh được đánh giá cao.", "Nguyễn Văn Minh", "PGS.TS."),
    ("Ông Lê Văn Dư mong muốn cơ quan chức năng tạo điều kiện.", "Lê Văn Dư", "Ông"),
    ("Đồng chí Bí thư Tỉnh ủy Đỗ Trọng Hưng và các thành viên trong đoàn dâng hoa.", "Đỗ Trọng Hưng", "Đồng chí"),
    ("Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp.", "Trần Hồng Hà", None),
])
def test_honorific_is_kept_apart_from_the_name(text, name, honorific):
    found = {m.attrs["name"]: m.attrs["honorific"] for m in find_officials(text)}
    assert found[name] == honorific


@pytest.mark.parametrize("text, author, expected", [
    ("Phó Chủ tịch HĐND Thành phố đề nghị thực hiện nghiêm túc./.\n\nHÀ QUỐC\n\nLượt xem: 389", "HÀ QUỐC", []),
    ("Đồng chí Hà Quốc Trị phát biểu.\nHà Quốc Trị", "Hà Quốc Trị", []),
    ("Công tác thi đua hướng mạnh đến người trực tiếp lao động.\n\nNguyễn Vinh", None, []),
    ("Một góc trung tâm xã Phước Sơn hôm nay. Ảnh: Trần Trung", None, []),
    ("Tác giả: Phan Trang\n\nÔng Nguyễn Văn An cho biết.", None, ["Nguyễn Văn An"]),
])
def test_byline_and_credits_are_no_officials(text, author, expected):
    assert _names(text, author) == expected


def test_name_inside_a_document_title_is_no_official():
    text = "Tỉnh phát động cuộc thi “Tìm hiểu cuộc đời đồng chí Lê Duẩn” trong toàn tỉnh; ông Lê Văn Dư tham gia."
    assert _names(text) == ["Lê Văn Dư"]


def test_later_mentions_of_a_known_name_are_found():
    text = ("Cựu Chiến binh Võ Lụa (ngồi bên phải) giao lưu với các đại biểu.\n"
            "Các đại biểu có dịp giao lưu với Cựu Chiến binh biệt động thành Võ Lụa - Người đã cắm cờ.")
    assert [m.start for m in find_officials(text)] == [text.index("Võ Lụa"), text.rindex("Võ Lụa")]


def test_offsets_index_a_text_that_is_not_nfc():
    text = unicodedata.normalize("NFD", "Tham dự có Chủ tịch UBND tỉnh Phạm Anh Tuấn và ông Lê Văn Dư.")
    names = [text[m.start:m.end] for m in find_officials(text)]
    assert [unicodedata.normalize("NFC", n) for n in names] == ["Phạm Anh Tuấn", "Lê Văn Dư"]


def test_spacy_component_reads_the_author_and_pickles():
    nlp = spacy.blank("xx")
    nlp.add_pipe("govnews_officials")
    doc = nlp.make_doc("Đồng chí Trần Văn Nam, Giám đốc Sở Y tế dự họp.\nLê Minh Hà")
    doc.user_data["author"] = "Lê Minh Hà"
    doc = nlp.get_pipe("govnews_officials")(doc)
    assert [span.text for span in doc.spans["officials"]] == ["Trần Văn Nam"]
    assert isinstance(pickle.loads(pickle.dumps(OfficialExtractor())), OfficialExtractor)


def _gold_f1() -> float:
    tp = fp = fn = 0
    for line in (ROOT / "corpora" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        predicted = {unicodedata.normalize("NFC", n).casefold() for n in _names(record["text"])}
        gold = {unicodedata.normalize("NFC", n).casefold() for n in record["officials"]}
        tp, fp, fn = tp + len(predicted & gold), fp + len(predicted - gold), fn + len(gold - predicted)
    return 2 * tp / (2 * tp + fp + fn)


def test_officials_on_the_gold_articles():
    """The gold texts still hold captions, whose names are not annotated: a few false positives remain."""
    assert _gold_f1() >= 0.93


def _gold_texts() -> list[str]:
    lines = (ROOT / "corpora" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [unicodedata.normalize("NFC", json.loads(line)["text"]) for line in lines]


def test_place_cue_prefilter_agrees_with_the_full_patterns_on_the_gold_articles():
    """The cheap look at the word before a run never hides a street, school or list of places."""
    checked = 0
    for text in _gold_texts():
        for run in capitalized_runs(text):
            start = run[0].start
            full = bool(PLACE_CONTEXT_BEFORE.search(text, max(0, start - 40), start)
                        or PLACE_LIST_BEFORE.search(text, max(0, start - 60), start))
            assert _in_place_context(text, start) == full, text[max(0, start - 60):start + 20]
            checked += full
    assert checked > 0


def test_credit_prefilter_agrees_with_the_full_pattern_on_the_gold_articles():
    for text in _gold_texts():
        for run in capitalized_runs(text):
            start = run[0].start
            line = text[text.rfind("\n", 0, start) + 1:start]
            assert _is_credit(text, start) == bool(CREDIT_BEFORE.search(line)), line


def test_a_name_right_after_an_agency_is_read_on_its_own():
    text = "Tại buổi làm việc, Hiệu trưởng Trường Đại học Quy Nhơn Nguyễn Văn Bảy đề nghị các khoa rà soát."
    school = text.index("Trường")
    agencies = [Mention(school, school + len("Trường Đại học Quy Nhơn"), "AGENCY")]
    assert [m.attrs["name"] for m in find_officials(text, agencies=agencies)] == ["Nguyễn Văn Bảy"]
    assert [m.attrs["name"] for m in find_officials(text)] == []
