"""Grammar fragments of Vietnamese organization names.

An agency is a head noun (corpora/lexicons/agency_heads.tsv) followed by a name
("Sở Y tế", "Trung tâm Kiểm soát bệnh tật"), an owning body ("Ban Thường vụ
Tỉnh ủy"), an administrative unit ("UBND tỉnh Lào Cai", "HĐND Thành phố") and
qualifiers ("khóa XIII", "của Quốc hội"). The word lists below say what may
precede, continue or end such a name. Words are compared case-folded, after
`extraction.lexicons.fold_tone_marks`; multi-word entries are token tuples.
"""
import re

_LETTERS = r"(?:[^\W_]++|[\u0300-\u036f]++)++"
TOKEN = re.compile(rf"{_LETTERS}(?:[&/'’\-]{_LETTERS})*|[^\w\s]")
"""A word (inner "&", "/", "-" kept: "NN&PTNT", "LĐ-TB&XH"; combining marks of text not in
NFC kept inside the word) or one punctuation mark. Words around a full stop are joined
afterwards ("TP.HCM", "Co.opmart")."""

TOKEN_GAP = re.compile(r"[\s_]")
"""A character of no token (TOKEN skips whitespace and "_"): reading may stop before it."""

GAP_AND_TOKEN = re.compile(rf"((?:{TOKEN_GAP.pattern})*)({TOKEN.pattern})")
"""The gap before a token and the token: consecutive matches cover the text up to its last
token, so their lengths add up to offsets."""

WORD_GAP = r"\s*"
"""Between the words of a head or a place when searching the text for where one may start
(underscores are read as spaces there, and a search hit is then checked on the tokens)."""

ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
YEAR = re.compile(r"(?:19|20)\d\d")
DASHES = frozenset("-‐‑‒–—")
NAME_CLOSING_PUNCTUATION = frozenset(",;.:()[]\"“”‘’!?…|*")
"""Where a descriptive name ("Ban Chỉ đạo thực hiện …") ends."""

PREDICATE_AUXILIARIES = frozenset({"đã", "đang", "sẽ", "vừa", "cũng", "đều", "luôn", "vẫn", "chưa"})
"""Words that open the predicate after a descriptive name written without punctuation ("Ban Chỉ đạo … giai đoạn
2016 – 2020 | đã tổ chức …"); "và" before a plural ("… | và các sở, ngành") ends it too."""

PREDICATE_VERBS = frozenset({
    "chủ trì", "cho biết", "phát biểu", "đề nghị", "yêu cầu", "làm việc", "ban hành", "kết luận", "nhấn mạnh",
    "khẳng định", "tham dự", "kiểm tra", "tổ chức", "thông báo",
})
"""Verbs that end a descriptive name as `PREDICATE_AUXILIARIES` do ("Ban Chỉ đạo IUU tỉnh | chủ trì cuộc họp")."""

LEVELS: dict[tuple[str, ...], str] = {
    ("tỉnh",): "tỉnh", ("Tỉnh",): "tỉnh",
    ("thành", "phố"): "thành phố", ("Thành", "phố"): "thành phố",
    ("TP",): "thành phố", ("Tp",): "thành phố",
    ("huyện",): "huyện", ("Huyện",): "huyện",
    ("quận",): "quận", ("Quận",): "quận",
    ("thị", "xã"): "thị xã", ("Thị", "xã"): "thị xã", ("TX",): "thị xã",
    ("thị", "trấn"): "thị trấn", ("Thị", "trấn"): "thị trấn",
    ("xã",): "xã", ("phường",): "phường", ("Phường",): "phường",
    ("đặc", "khu"): "đặc khu", ("thôn",): "thôn", ("ấp",): "ấp",
    ("Q",): "quận", ("H",): "huyện", ("P",): "phường",
}
"""Administrative levels as written → the level in a canonical name (lower case)."""

DOTTED_LEVELS = frozenset({"TP", "Tp", "TX", "Q", "H", "P"})
"""Abbreviated levels that may carry a full stop ("TP. Quy Nhơn")."""

LETTER_LEVELS = frozenset({"Q", "H", "P"})
"""Levels abbreviated to one letter, levels only with their full stop attached ("UBND Q.1", "Công an H.Bắc Bình")."""

PROVINCE_LEVELS = frozenset({"tỉnh", "thành phố"})
"""Levels whose name may be a province of the lexicon; below them, district and commune
names are written as they are ("huyện Hòa Bình" is not the province Hòa Bình)."""

LEVEL_PREFIX = re.compile(r"(?:TP|Tp|Thành phố|thành phố)(?:\b|(?=[A-Z]))")
"""A province written with its level ("TP.HCM", "TP. Hà Nội")."""

LEVEL_COORDINATORS = frozenset({",", "và", "/"})
"""Between two bare levels they make a class of units: "UBND phường, xã", "UBND tỉnh và huyện"."""

PROVINCE_NAMED_LEVELS = frozenset({"tỉnh"})
"""After these levels only a province of the lexicon is a name ("UBND tỉnh Phạm Anh Tuấn"
is "UBND tỉnh" followed by a person)."""

PLURAL_DETERMINERS = frozenset({
    "các", "những", "mọi", "mỗi", "từng", "nhiều", "vài", "một",
    "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười",
})
"""Before a head, or right after it, these make a generic or plural mention
("hai Sở Y tế", "UBND hai tỉnh", "HĐND các cấp")."""

PLURAL_PHRASES: tuple[tuple[str, ...], ...] = (("một", "số"),)
"""Right before a head, like PLURAL_DETERMINERS: "một số Sở"."""

ORDINALS: tuple[tuple[str, ...], ...] = (("thứ",), ("số",), ("khóa",))
"""A number after these is an ordinal, not a count ("lần thứ 11 Ban Chấp hành …")."""

CLASS_WORDS = frozenset({"cấp"})
"""Right after a head: a class of bodies ("UBND cấp huyện")."""

STOP_SYLLABLES = frozenset({
    "đã", "đang", "sẽ", "vừa", "cũng", "còn", "vẫn", "đều", "luôn", "chưa", "không", "có",
    "là", "được", "bị", "và", "với", "của", "cho", "tại", "về", "từ", "đến", "trong", "theo",
    "để", "thì", "mà", "nên", "nhưng", "hoặc", "khi", "như", "do", "vì", "trên", "sau",
    "trước", "này", "đó", "thuộc", "gồm", "cùng", "nhằm", "phải", "cần", "ông", "bà", "các",
    "những", "mọi", "mỗi", "một", "hai", "ba", "cấp", "năm", "tháng", "ngày", "lần", "khóa",
    "nhiệm", "mấy", "hôm",
})
"""Function words that never complete a name's capitalized syllable (the syllable right
after "Sở Xây" is "dựng", never "đã" or "với")."""

MAX_UNIT_NUMBER_DIGITS = 2
COUNTED_WORDS = frozenset({
    "năm", "tháng", "ngày", "tuần", "quý", "giờ", "lần", "cấp", "khóa", "nhiệm", "người", "hộ", "xã", "phường",
    "thôn", "ấp", "đơn", "ha", "km", "m", "tấn", "tỷ", "triệu", "nghìn", "ngàn", "đồng", "con", "chiếc", "căn",
    "học",
})
"""After a number, these make it a count, not part of a unit's name ("Tuy Phước 5 năm qua")."""
MEASURE_MARKS = frozenset({"%"})
NUMBER_JOINING_MARKS = frozenset({"/", ".", ","})
"""After a number, a percentage, or one of these joining it to the next number (a date
"15/3", a decimal "12,5"): not a unit's number."""

SENTENCE_STARTERS = frozenset({
    "qua", "theo", "tại", "trong", "sau", "khi", "trước", "với", "để", "do", "vì", "từ",
    "ngoài", "đến", "nhưng", "ngày", "năm",
})
"""Capitalized, these start a sentence ("… Sở Tư pháp TP. Qua kiểm tra …"): never the name
of a district or city after an abbreviated level."""

LEGAL_FORMS = frozenset({"cp", "tnhh", "mtv", "tmcp", "cổ phần", "trách nhiệm hữu hạn", "một thành viên"})
"""A company's legal form is not its name: "Công ty CP" alone names no company."""

_LEGAL_FORM = "|".join(sorted(LEGAL_FORMS, key=len, reverse=True))
LEGAL_FORM_SEQUENCE = re.compile(rf"(?:{_LEGAL_FORM})(?: (?:{_LEGAL_FORM}))*")
"""Legal forms one after another, as case-folded words joined by spaces: "tnhh một thành viên"."""

COMPANY_NAME_STOPS = STOP_SYLLABLES - {"cấp"} | {"sang", "tặng", "trao", "bán", "mua", "gửi", "giao", "ký"}
"""Function words, and verbs of giving and trading, that end a company's lower-case name ("Công ty TNHH xuất khẩu |
sang Nhật Bản"); "cấp" there supplies ("cấp thoát nước")."""

MAX_LOWERCASE_COMPANY_WORDS = 8
"""After its legal form, a company's name may run this many lower-case syllables before the capitalized
words that close it: "Công ty TNHH xử lý nước Trâm Anh"."""

TYPE_ONLY_NAMES = frozenset({"đa khoa", "đa khoa khu vực", "đa khoa vùng", "chuyên khoa"})
"""A hospital's type is not its name: "Bệnh viện Đa khoa" alone names no hospital."""

PERSON_NAMED_HEADS = frozenset({"Trường", "Học viện"})
"""Heads whose name may be a person's name ("Trường Lê Quý Đôn", "Trường THPT Chu Văn An":
these heads and the longer heads they start; companies too); after other heads a person's
name ends the organization's name ("Trưởng Phòng Nguyễn Văn A")."""

PLACE_NAMED_HEADS = frozenset({"Bệnh viện"})
"""Heads whose two-word name may start with a family name ("Bệnh viện Bạch Mai"); a longer run after them is
still a person's name ("Giám đốc Bệnh viện Lê Văn A")."""

MAX_PERSON_NAME_WORDS = 4
"""A person's name an organization is named after is read whole, up to this many words."""

PERSON_NAME_PLACES = frozenset({"Hồ Chí Minh"})
"""Spellings of a province that, written without a level inside an organization's name, are a
person's name ("Học viện Chính trị quốc gia Hồ Chí Minh"; not "Công an TP Hồ Chí Minh")."""

SHORT_NAME_KINDS = frozenset({"public_service", "mass_organization", "inherit"})
"""Under heads of these kinds a one-word name is rather a place ("Hội An", "Đài Loan",
"Trường Sa", "Tây Ban Nha"): one word alone is not taken (newspapers and companies keep
one-word names: "báo Vietnamnet")."""

MIDDLE_NAMES = frozenset({"văn", "thị"})
"""With family names, what makes a capitalized word before a head part of a person's or a
street's name ("Đinh Bộ Lĩnh")."""

OPEN_NAME_GROUPS = frozenset({"verbal", "open"})
"""Name-word groups that never end a name (agency_name_words.tsv)."""

TITLES: tuple[tuple[str, ...], ...] = (
    ("giám", "đốc"), ("phó",), ("chủ", "tịch"), ("bí", "thư"), ("trưởng",), ("chánh",),
    ("tổng", "bí", "thư"), ("tổng", "giám", "đốc"), ("tổng", "thư", "ký"), ("ủy", "viên"),
    ("thủ", "trưởng"), ("chỉ", "huy", "trưởng"), ("tư", "lệnh"), ("chính", "ủy"),
    ("hiệu", "trưởng"), ("viện", "trưởng"), ("cục", "trưởng"), ("vụ", "trưởng"),
    ("bộ", "trưởng"), ("thứ", "trưởng"), ("chủ", "nhiệm"), ("thủ", "tướng"),
    ("kế", "toán", "trưởng"), ("trưởng", "ban"),
    ("thượng", "tướng"), ("trung", "tướng"), ("thiếu", "tướng"), ("đại", "tướng"),
    ("đại", "tá"), ("thượng", "tá"), ("trung", "tá"), ("thiếu", "tá"), ("thượng", "úy"),
    ("trung", "úy"), ("thiếu", "úy"), ("tham", "mưu", "trưởng"), ("chánh", "văn", "phòng"),
)
"""Title words: they end a name ("Bí thư Đảng bộ - Giám đốc Sở Y tế") and, just before
"Thường trực", make it part of a title ("Phó Bí thư Thường trực Tỉnh ủy")."""

NOT_A_NAME: tuple[tuple[str, ...], ...] = (
    ("hội", "nghị"), ("hội", "thảo"), ("hội", "thi"), ("hội", "diễn"), ("hội", "chợ"),
    ("hội", "trường"), ("lễ",), ("đại", "hội"), ("kỳ", "họp"), ("phiên", "họp"),
    ("chương", "trình"), ("đề", "án"), ("nghị", "quyết"), ("nghị", "định"),
    ("quyết", "định"), ("thông", "tư"), ("chỉ", "thị"), ("kết", "luận"), ("luật",),
    ("ngày",), ("tết",), ("năm",), ("tháng",), ("quý",), ("cổng",),
    ("trang", "tin"), ("trang", "thông", "tin"), ("trang", "web"), ("trang", "điện", "tử"), ("hệ", "thống"), ("dự", "án"), ("tờ", "trình"), ("báo", "cáo"),
    ("lãnh", "đạo"), ("đại", "diện"),
)
"""Capitalized words that start an event, a document, a venue or a group of people, never
an organization's name ("Trung tâm Hội nghị tỉnh", "… và Lãnh đạo Tỉnh ủy")."""

NOT_AN_AGENCY: tuple[tuple[str, ...], ...] = (
    ("hội", "đồng", "quản", "trị"), ("ban", "giám", "đốc"), ("ban", "giám", "hiệu"),
    ("ban", "quản", "trị"), ("ban", "biên", "tập"), ("đoàn", "công", "tác"),
    ("đoàn", "giám", "sát"), ("đoàn", "kiểm", "tra"), ("đoàn", "chủ", "tịch"),
    ("ban", "giám", "khảo"), ("thường", "trực", "ban", "bí", "thư"),
)
"""Inner boards and temporary groups: "Ban giám đốc", "Đoàn công tác", "Hội đồng Quản trị"; and an office written
like a body, "Thường trực Ban Bí thư" (its body is "Ban Bí thư")."""

MEMBERSHIP_SUFFIX = "viên"
"""A party committee fused with it is a membership title: "Tỉnh ủy viên"."""

HEAD_OF_BOARD_TITLES: tuple[tuple[str, ...], ...] = (("trưởng",),)
"""The title word before "Ban" that makes "Ban Thường trực" part of a standing deputy's title ("Phó Trưởng Ban
Thường trực Ban Tổ chức Tỉnh ủy")."""

STANDING_BODY = "Thường trực"
STANDING_BODY_KEYS = tuple(STANDING_BODY.casefold().split(" "))
"""A standing body, unless a title precedes it ("Phó Chủ tịch Thường trực")."""

NATIONAL_QUALIFIERS: tuple[tuple[str, ...], ...] = (
    ("Việt", "Nam"), ("Trung", "ương", "Đảng"), ("Trung", "ương"), ("TW",),
)
"""Qualifiers naming the national level: "Tổng LĐLĐ Việt Nam", "Ban Tổ chức Trung ương"."""

OF_NATIONAL_BODY: tuple[tuple[str, ...], ...] = (("của", "Quốc", "hội"), ("của", "Chính", "phủ"))
OF_NATIONAL_BODY_HEADS = frozenset({"Ủy ban", "Ban", "Văn phòng", "Hội đồng"})
"""Committees named with their parent: "Ủy ban Pháp luật và Tư pháp của Quốc hội"."""

GENERIC_LOWER_HEADS = frozenset({"cơ quan"})
""""cơ quan X" names a body only with a national or local owner ("cơ quan Kiểm tra Trung
ương"; not "cơ quan Thuế")."""

NATION_WORDS = re.compile(r"\b(?:Trung ương|Việt Nam|Quốc hội|Chính phủ|[Qq]uốc gia|tối cao)\b")
"""A name holding these belongs to the national level: no province is appended."""

LOCATIVE = "tại"
BRANCH_HEADS = frozenset({"Chi nhánh", "Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán"})
"""A branch or a mission is named with its place: "Chi nhánh Công ty … tại Bạc Liêu",
"Đại sứ quán Hoa Kỳ tại Việt Nam"; so is a foreign body ("Phòng Thương mại Hoa Kỳ tại Việt
Nam")."""

SECTION_OF_BODY_HEADS = frozenset({"Phòng", "Trạm Y tế", "Hạt Kiểm lâm", "Đội Cảnh sát", "Đội CSGT",
                                   "Đội Quản lý thị trường", "Đội QLTT"})
"""Sections of other bodies ("Phòng Kế hoạch - Tài chính", "Đội CSGT số 3"), these heads and the
longer heads they start: the article's province is their province attribute, but no unit is
appended to their canonical name."""

OUTPUT_FOREIGN_KIND = "other"
"""The `kind` of foreign and international bodies (foreign_bodies.tsv), but for a company."""
ENTERPRISE_KIND = "enterprise"

UNIT_NAMED_HEADS = frozenset({"Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy", "Thành đoàn", "Huyện đoàn"})
"""Bodies of a city or district named by the unit's name right after them, without its level
("Thành ủy Quy Nhơn", "Huyện ủy Tây Sơn", "Thị ủy Đức Phổ")."""

COMMITTEE_LEVELS = {"Tỉnh ủy": "tỉnh", "Tỉnh đoàn": "tỉnh", "Thành ủy": "thành phố", "Thành đoàn": "thành phố",
                    "Huyện ủy": "huyện", "Huyện đoàn": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}
"""The level of the unit a fused committee belongs to (by its canonical head): "Thành ủy" in a
province whose level is "tỉnh" is a city's committee, so the province is not its unit."""

SECTION_HEADS = frozenset({"Khoa", "Phòng", "Vụ", "Cục", "Viện", "Trung tâm", "Văn phòng"})
PARENT_HEADS = frozenset({"Bộ", "Tổng cục", "Trường", "Đại học", "Học viện", "Sở", "Bệnh viện", "Công an",
                          "Viện Hàn lâm"})
"""A section (its head and name alone) followed by a comma and a body with a parent's head is
named with that parent: "Khoa Kinh tế và Kế toán, Trường Đại học Quy Nhơn"."""

JOINT_OFFICE_HEADS = frozenset({"Văn phòng"})
"""Offices serving two bodies of one unit: "Văn phòng Đoàn ĐBQH và HĐND tỉnh"."""
JOINT_OFFICE_OWNERS = frozenset({"Đoàn đại biểu Quốc hội", "Hội đồng nhân dân", "Ủy ban nhân dân"})
"""The bodies (by canonical head) that share such an office."""

SHARED_UNIT_SEPARATORS = frozenset({",", "và", "-", "–", "—"})
"""Between bodies of one unit written once at the end: "Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt
Nam huyện Tây Sơn" (each is a body of huyện Tây Sơn)."""

CLASS_AFTER_NAME: tuple[tuple[str, ...], ...] = (
    ("các", "cấp"), ("các", "địa", "phương"), ("các", "tỉnh"), ("các", "huyện"), ("các", "xã"),
    ("các", "phường"), ("các", "quận"), ("các", "thị", "xã"), ("các", "thành", "phố"),
    ("các", "thị", "trấn"), ("những", "địa", "phương"), ("cấp", "tỉnh"), ("cấp", "huyện"),
    ("cấp", "xã"), ("cấp", "cơ", "sở"), ("cấp", "trên"), ("cấp", "dưới"), ("hai", "cấp"),
    ("ba", "cấp"),
)
"""After a name, these make it a class of bodies: "Ủy ban MTTQ Việt Nam các cấp", "Trung tâm
Y tế các huyện", "Hội Nông dân cấp huyện"."""

CLASS_MEMBER_WORDS: tuple[tuple[str, ...], ...] = (("đại", "biểu"),)
"""Before a body's head alone, in an article whose province is unknown, these name members of
every such body: "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND"."""

BUILDING_HEADS = frozenset({"Bệnh viện", "Trường", "Trung tâm", "Bảo tàng", "Thư viện", "Học viện",
                            "Đại học", "Siêu thị", "Trạm Y tế"})
"""Heads of bodies that are also buildings (these heads and the longer heads they start)."""

CONSTRUCTION_CUES: tuple[tuple[str, ...], ...] = (
    ("khởi", "công"), ("động", "thổ"), ("xây", "dựng"), ("xây", "mới"), ("khánh", "thành"),
    ("cải", "tạo"), ("nâng", "cấp"), ("sửa", "chữa"), ("mở", "rộng"), ("thi", "công"),
    ("công", "trình"), ("dự", "án"), ("hạng", "mục"), ("gói", "thầu"),
)
"""Right before a building head, the name is a building or a construction project, not an
organization ("khởi công Bệnh viện X", "dự án Trường THPT Y"); a venue named after its body
still names it ("trụ sở Trung tâm Y tế huyện")."""

PHOTO_CREDIT = re.compile(r"(?:Ảnh|Nguồn ảnh|Video|Clip|Đồ họa|Đồ hoạ|Infographic)\s*:\s*(?:[^\n/:;.]{1,40}/\s*)?$")
"""A credit right before a name ("Ảnh: TTXVN", "Ảnh: Văn Điệp/TTXVN") names the photo's
source, which is boilerplate (SPEC §3.1)."""
CREDIT_LOOKBACK_CHARS = 64

TERM_WORD = "khóa"
"""A written term ("khóa XIII") belongs to the name as written and is dropped from the
canonical name; "nhiệm kỳ 2020 - 2025" is a date, not part of the name."""

NAME_CONNECTOR = "và"
MAX_ENUMERATED_ITEMS = 4
MAX_ENUMERATED_ITEM_WORDS = 4
"""How far an enumeration inside a name is read ("Văn hóa, Thể thao và Du lịch")."""
NUMBER_WORD = "số"
""""số" and a number continue a name: "Đội Cảnh sát giao thông số 1", "Trường Tiểu học số 2"."""
ENUMERATION_MARK = ","
OPENING_PARENTHESIS = "("
CLOSING_PARENTHESIS = ")"

PROVINCE_WEIGHTS = {"named_with_level": 2.0, "bare": 1.0, "title": 3.0, "source": 10.0}
"""How much a province mention counts towards the article's province. A provincial portal's
name outweighs the neighbours a story lists ("… giáp tỉnh Gia Lai" six times in a Bình Định
portal's article)."""
MIN_PROVINCE_SCORE = 2.0
MIN_SOURCE_KEY_CHARS = 5
"""A province's ASCII-folded name found inside a source or domain ("baoquangtri.vn")
counts only from this length on ("hue" would match too much)."""
