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
}
"""Administrative levels as written → the level in a canonical name (lower case)."""

DOTTED_LEVELS = frozenset({"TP", "Tp", "TX"})
"""Abbreviated levels that may carry a full stop ("TP. Quy Nhơn")."""

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

SENTENCE_STARTERS = frozenset({
    "qua", "theo", "tại", "trong", "sau", "khi", "trước", "với", "để", "do", "vì", "từ",
    "ngoài", "đến", "nhưng", "ngày", "năm",
})
"""Capitalized, these start a sentence ("… Sở Tư pháp TP. Qua kiểm tra …"): never the name
of a district or city after an abbreviated level."""

LEGAL_FORMS = frozenset({"cp", "tnhh", "mtv", "tmcp", "cổ phần", "trách nhiệm hữu hạn", "một thành viên"})
"""A company's legal form is not its name: "Công ty CP" alone names no company."""

PERSON_NAMED_HEADS = frozenset({"Trường", "Học viện"})
"""Heads whose name may be a person's name ("Trường Lê Quý Đôn"; companies too); after
other heads a person's name ends the organization's name ("Trưởng Phòng Nguyễn Văn A")."""

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
    ("kế", "toán", "trưởng"),
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
    ("trang",), ("hệ", "thống"), ("dự", "án"), ("tờ", "trình"), ("báo", "cáo"),
    ("lãnh", "đạo"), ("đại", "diện"),
)
"""Capitalized words that start an event, a document, a venue or a group of people, never
an organization's name ("Trung tâm Hội nghị tỉnh", "… và Lãnh đạo Tỉnh ủy")."""

NOT_AN_AGENCY: tuple[tuple[str, ...], ...] = (
    ("hội", "đồng", "quản", "trị"), ("ban", "giám", "đốc"), ("ban", "giám", "hiệu"),
    ("ban", "quản", "trị"), ("ban", "biên", "tập"), ("đoàn", "công", "tác"),
    ("đoàn", "giám", "sát"), ("đoàn", "kiểm", "tra"), ("đoàn", "chủ", "tịch"),
    ("ban", "giám", "khảo"),
)
"""Inner boards and temporary groups: "Ban giám đốc", "Đoàn công tác", "Hội đồng Quản trị"."""

MEMBERSHIP_SUFFIX = "viên"
"""A party committee fused with it is a membership title: "Tỉnh ủy viên"."""

STANDING_BODY = "Thường trực"
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

NATION_WORDS = re.compile(r"\b(?:Trung ương|Việt Nam|Quốc hội|Chính phủ|[Qq]uốc gia)\b")
"""A name holding these belongs to the national level: no province is appended."""

LOCATIVE = "tại"
BRANCH_HEADS = frozenset({"Chi nhánh"})
"""A branch is named with its place: "Chi nhánh Công ty … tại Bạc Liêu"."""

TERM_WORD = "khóa"
"""A written term ("khóa XIII") belongs to the name as written and is dropped from the
canonical name; "nhiệm kỳ 2020 - 2025" is a date, not part of the name."""

NAME_CONNECTOR = "và"
ENUMERATION_MARK = ","
OPENING_PARENTHESIS = "("
CLOSING_PARENTHESIS = ")"

PROVINCE_WEIGHTS = {"named_with_level": 2.0, "bare": 1.0, "title": 3.0, "source": 5.0}
"""How much a province mention counts towards the article's province."""
MIN_PROVINCE_SCORE = 2.0
MIN_SOURCE_KEY_CHARS = 5
"""A province's ASCII-folded name found inside a source or domain ("baoquangtri.vn")
counts only from this length on ("hue" would match too much)."""
