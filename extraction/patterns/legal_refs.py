"""References to legal and policy documents: symbols, numbers, names and their boundaries.

Only data lives here (named regex fragments, compiled patterns, word lists);
the grammar that combines them is `extraction.components.legal_refs`. The
document types themselves are in `corpora/lexicons/legal_doc_types.tsv`.
"""
import re

# --- document symbols ("số ký hiệu") -------------------------------------------------------

_NUMBER = r"\d(?<![\w/]\d)\d{0,4}(?:\.\d{1,2})?[a-z]?"
"""A document's number ('18', '1.5', '12a') not preceded by a letter, a digit or a slash. The look-behind
follows the first digit so that `SYMBOL` starts with a digit: the regex engine then skips straight to digits."""
_CODE = r"[A-ZĐ][A-ZĐa-z]{0,7}\d{0,2}"
_ISSUER = rf"{_CODE}(?:\s?-\s?{_CODE})*"
_YEAR = r"(?:19|20)\d{2}"

SYMBOL = re.compile(
    rf"""(?P<num>{_NUMBER})(?:
      \s?[-–]\s?(?P<code_a>{_CODE})\s?/\s?(?P<issuer_a>{_ISSUER})
    | \s?/\s?(?P<year_b>{_YEAR})\s?/\s?(?P<code_b>{_CODE})(?:\s?-\s?(?P<issuer_b>{_ISSUER}))?
    | \s?/\s?(?P<code_c>{_CODE})\s?-\s?(?P<issuer_c>{_ISSUER})
    )(?![\w/])""",
    re.VERBOSE,
)
"""The three shapes of a document symbol after its number:
a. party documents '18-NQ/TW', '392-BC/BTCTW', '32-CT/TU' (number-code/issuer);
b. legal documents '30/2020/NĐ-CP', '79/2024/TT- BCA', '55/2010/QH12' (number/year/code-issuer);
c. administrative documents '2685/QĐ-UBND', '01/NQ-TU', '04/ĐA-MTTW-BTT' (number/code-issuer).
A date ('17/12/2013') has no letters and never matches. Every shape goes on with a space, a dash or a
slash, never with a digit, a full stop or a letter, so the number is always the longest one written."""

SYMBOL_NUMBER = re.compile(r"^\d{1,5}(?:\.\d{1,2})?[a-z]?")
SYMBOL_YEAR = re.compile(r"^[\d.]{1,8}[a-z]?/(?P<year>(?:19|20)\d{2})/")
PARTY_SYMBOL = re.compile(r"^[\d.]{1,8}[a-z]?-")
"""Shape a ('18-NQ/TW'): the issuer is everything after the slash."""
ISSUER_CODE = re.compile(r"^[A-ZĐ]+\d*$")
"""In '55/2010/QH12' the part after the year, with no type code before a hyphen, is the issuer."""

NUMBER_AFTER_TYPE = re.compile(r"^\s(?:số\s)?(?P<num>\d{1,5}(?:\.\d{1,2})?[a-z]?)(?![\w/]|[.,:]\d)")
"""'Nghị quyết 16', 'Báo cáo số 34', 'Đề án 04' (the number as written)."""

NUMBER_YEAR_AFTER_TYPE = re.compile(
    r"^\s(?:số\s)?(?P<num>\d{1,5})/(?P<year>(?:19|20)\d{2})(?![\w/]|[.,:]\d)")
"""'Nghị định 33/2023' (number and year without the type code): the number is written with its year."""

SYMBOL_AFTER_TYPE = re.compile(r"^\s(?P<qualifier>(?:[^\W\d]+\s){1,3}(?=số\s))?(?:số\s)?(?=\d)")
"""Between a type word and its number: 'Nghị quyết số 18-NQ/TW', and a lower-case qualifier before 'số':
'Chương trình hành động số 32-CT/TU', 'Thông báo kết luận số 45-TB/TW' (or another type word, capitalized:
'Thông báo Kết luận số 45-TB/TW')."""

SYMBOL_AFTER_LAW_NAME = re.compile(r"^\s(?:số\s)?(?=\d)")
"""'Luật Đất đai số 31/2024/QH15': a law's name followed by its symbol."""

NUMBER_COORDINATION = re.compile(r"^\s?(?:,|và|;)\s(?:số\s)?")
"""'Nghị định 151 và 226/2025/NĐ-CP': the link between coordinated numbers or symbols."""

ISSUER_LINK = re.compile(r"^\s?,?\s(?:của|do)\s")
"""'Đề án 04 của Ban Thường vụ Thành ủy', 'Nghị quyết số 27 của BCH Trung ương'."""

TYPE_COORDINATION = re.compile(r"^\s?(?:,|và|hoặc)\s")
"""'đề án, phương án sắp xếp …': two type words sharing one name."""

UNIT_AFTER_NUMBER = re.compile(
    r"^\s(?:năm|tháng|ngày|tuần|quý|giờ|phút|người|tỷ|tỉ|triệu|nghìn|ngàn|đồng|ha|km|%|lần|bước|nội\sdung|"
    r"nhiệm\svụ|điểm|giai\sđoạn|mục\stiêu|chỉ\stiêu|tiêu\schí|nhóm|dự\sán|đơn\svị|cơ\squan|văn\sbản|xã|"
    r"huyện|tỉnh|hộ|trường\shợp|vấn\sđề|lĩnh\svực|chương|điều|khoản)\b",
    re.IGNORECASE,
)
"""'Kế hoạch 5 năm', 'Báo cáo 3 nội dung': a number followed by a unit counts, it does not number a document."""

ISSUE_DATE_AFTER = re.compile(r"^,?\s(?:ngày\s)?\d{1,2}[/.-]\d{1,2}[/.-](?P<year>(?:19|20)\d{2})")
"""'Nghị quyết số 60-NQ/TW ngày 12/4/2025': the issuing date (its year becomes `year`)."""

# --- what stands before a type word ------------------------------------------------------

PLURAL_BEFORE = re.compile(
    r"(?:\b(?:các|những|nhiều|mọi|một\ssố|một\sloạt|hai|ba|bốn|từng|mỗi|loạt)|\d)\s$", re.IGNORECASE
)
"""'các Đề án', '23 Đề án', 'những nghị quyết': plural or counted mentions are not references."""
PLURAL_BEFORE_CHARS = 12
"""More than a `PLURAL_BEFORE` match can hold: the pattern is searched only this far before a type word."""

ORGANIZATION_HEADS: tuple[tuple[str, ...], ...] = (
    ("Ban",), ("Viện",), ("Vụ",), ("Cục",), ("Tổng", "cục"), ("Trung", "tâm"), ("Hội", "đồng"), ("Ủy", "ban"),
    ("Uỷ", "ban"), ("Phòng",), ("Học", "viện"), ("Trường",), ("Đại", "học"), ("Khoa",), ("Tạp", "chí"),
    ("Nhà", "xuất", "bản"), ("Câu", "lạc", "bộ"), ("Bộ",), ("Sở",), ("Chi", "cục"),
)
ORGANIZATION_NAME_WORDS = 6
"""'Viện Nghiên cứu chiến lược', 'Ban Chính sách, chiến lược Trung ương', 'Trường Đại học Luật': a type
word right after an organization's head and its capitalized words (each with at most one lower-case
syllable after it) is part of the organization's name."""

TARGET_BEFORE = re.compile(r"(?:\d\s?%|phần\străm|vượt|so\svới|theo\skế\shoạch\sđã)\s(?:tổng\s)?$", re.IGNORECASE)
"""'đạt 16,97% kế hoạch năm 2025': a target, not a plan being referred to."""
TARGET_BEFORE_CHARS = 24
"""More than a `TARGET_BEFORE` match can hold."""

# --- name boundaries ----------------------------------------------------------------------

NAME_TOKEN = re.compile(
    r"""\s*(?:(?P<quote>[“"«][^”"»\n]{1,300}[”"»])
    |(?P<paren>\([^()\n]{1,60}\))
    |(?P<word>[\w&]+(?:[-/.][\w&]+)*)
    |(?P<dash>[-–—])
    |(?P<punct>[^\w\s]))""",
    re.VERBOSE,
)
"""The pieces of a name: a quoted title, a bracket, a word ('TP.HCM', 'KT-XH'), a dash, a punctuation mark."""

OPENING_QUOTES = frozenset("“\"«")
QUOTED_TITLE_REST = re.compile(r"[^”\"»\n]{1,300}(?=[”\"»])")
"""'“Đề án bồi dưỡng kiến thức … hội nhập quốc tế”': a quoted title that starts with its type word runs to the
closing quote."""

YEAR_WORD = re.compile(r"(?:19|20)\d{2}")
YEAR_IN_NAME = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")
LAW_YEAR_IN_KEY = re.compile(r"\bnăm\s((?:19|20)\d{2})\b")
"""'Luật Đất đai năm 2024' is keyed 'Luật Đất đai 2024'."""

STOP_WORDS = frozenset({
    "đã", "đang", "sẽ", "vừa", "được", "bị", "là", "nhằm", "để", "thì", "mà", "này", "đó", "nọ", "kia",
    "ấy", "cũng", "vẫn", "đều", "phải", "cần", "nên", "với", "gồm", "như", "có", "chưa", "rất",
    "nếu", "khi", "do", "vì", "bởi", "tại", "theo", "từ", "cho", "trong", "sau", "trước", "hay", "hoặc",
    "ngày", "nhưng", "song", "còn", "đủ", "kèm", "giúp",
})
"""Function words that end a document's name: 'Luật Đất đai năm 2024 đã có …', '… Bạc Liêu được thực hiện …'."""

UNIT_JOINERS = frozenset({"với"})
UNIT_LEVELS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "tp", "tp."})
"""'Đề án sắp xếp đơn vị hành chính tỉnh Gia Lai với Bình Định', '… tỉnh Gia Lai với tỉnh Bình Định': between two
named units 'với' joins them inside the name; elsewhere it ends it ('… tỉnh Hà Giang với mục tiêu …')."""

KEPT_PHRASES = frozenset({("có", "công"), ("với", "cách"), ("theo", "phương")})
"""Function words that stay inside a name in these phrases ('Pháp lệnh Ưu đãi người có công với cách mạng', 'Luật
Đầu tư theo phương thức đối tác công tư')."""

BENEFICIARIES: tuple[tuple[str, ...], ...] = (
    ("cán", "bộ"), ("công", "chức"), ("viên", "chức"), ("người",), ("hộ",), ("học", "sinh"), ("sinh", "viên"),
    ("lao", "động"), ("phụ", "nữ"), ("trẻ", "em"), ("thanh", "niên"), ("nông", "dân"), ("doanh", "nghiệp"),
    ("đồng", "bào"), ("đội", "ngũ"), ("đối", "tượng"), ("gia", "đình"),
)
"""After 'cho', a name goes on with the people it is for ('Kế hoạch bồi dưỡng kiến thức và kỹ năng cho cán bộ,
công chức …', 'Đề án hỗ trợ nhà ở cho hộ nghèo'); 'cho' before anything else ends it."""

NAME_TAILS: tuple[tuple[str, ...], ...] = (
    ("giai", "đoạn"), ("thời", "kỳ"), ("đến", "năm"), ("tầm", "nhìn"), ("trên", "địa", "bàn"), ("năm",),
)
"""What only goes on a document's name: its period or its area. A lower-case coordination ('… và kỹ năng …') that
leads to one of these, to a year or to the people the document is for (`BENEFICIARIES`) is inside the name."""

NAME_AFTER_ISSUER: tuple[tuple[str, ...], ...] = (("về",), ("thực", "hiện"), ("triển", "khai"))
"""After 'của <issuer>' these carry on the name ('Chương trình hành động của Chính phủ thực hiện Nghị quyết
số 57-NQ/TW', 'Đề án của Sở Nông nghiệp về phát triển …'): the issuer phrase is dropped from the key."""

LIST_ITEM_MAX_WORDS = 4
"""'… dữ liệu về dân cư, định danh và xác thực điện tử …', '… khoa học, công nghệ, đổi mới sáng tạo và chuyển
đổi số': after a comma, a name goes on with list items of at most this many lower-case words each when 'và' and
a lower-case word close the list."""

STOP_PHRASES: tuple[tuple[str, ...], ...] = (
    ("sao", "cho"), ("nói", "trên"), ("nêu", "trên"), ("trên", "đây"), ("đề", "ra"), ("đặt", "ra"),
    ("nêu", "rõ"), ("xác", "định"), ("yêu", "cầu"), ("quy", "định"), ("ban", "hành"), ("thông", "qua"),
    ("đạt", "kết"), ("đạt", "được"), ("đạt", "hiệu"), ("đạt", "nhiều"), ("đạt", "tỷ"), ("mang", "lại"),
    ("góp", "phần"), ("huy", "động"), ("bao", "gồm"), ("có", "hiệu"), ("trình", "bày"), ("báo", "cáo"),
    ("thời", "gian"), ("giữa", "hai"), ("bằng", "cách"), ("đáp", "ứng"), ("hiện", "hành"), ("hiện", "nay"),
    ("xem", "xét"),
)
"""Two-word phrases that end a name ('… nhà dột nát đạt kết quả …', '… hợp nhất sao cho …')."""

PREDICATE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("tiếp", "tục"), ("tập", "trung"), ("khẳng", "định"), ("nhấn", "mạnh"), ("đặt", "mục"), ("dự", "kiến"),
    ("diễn", "ra"), ("phù", "hợp"), ("chỉ", "rõ"), ("đưa", "ra"), ("gắn", "với"), ("nghiêm", "cấm"), ("lần", "này"),
    ("tạo", "ra"), ("mở", "ra"), ("ra", "đời"),
    ("tới", "các"), ("tới", "những"), ("tới", "toàn"), ("đến", "các"), ("đến", "những"), ("đến", "toàn"),
)
"""What a sentence says of a document after its name ('Đề án … tỉnh Khánh Hòa tập trung vào …', 'Kế hoạch … tiếp
tục đặt mục tiêu …', 'phổ biến Sổ tay Đảng viên tới các chi bộ', 'Luật Đất đai nghiêm cấm …'): these end a name,
never start one."""

TOWARDS_A_BODY = frozenset({"lên"})
"""'trình Đề án … lên Chính phủ': these before a capitalized body end a name ('… thị xã lên thành phố' does not)."""

YEAR_OR_PERIOD = re.compile(r"(?:19|20)\d{2}(?:[-–](?:19|20)\d{2})?|\((?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}\)")
"""'2025', '2021-2030', '(2021-2025)': a year or a period, which closes a plan's name."""

AFTER_YEAR_CONTINUATIONS: tuple[tuple[str, ...], ...] = (
    ("tầm", "nhìn"), ("định", "hướng"), ("trên", "địa", "bàn"), ("giai", "đoạn"), ("thời", "kỳ"), ("nhiệm", "kỳ"),
    ("đến", "năm"), ("và",), ("của",),
)
"""After its year or period a name goes on only with these ('… giai đoạn 2021-2025, tầm nhìn đến năm 2030',
'… Giáp Ngọ 2014 trên địa bàn tỉnh Bạc Liêu', '… năm 2025 của TP. Hà Nội'), a comma, a bracket or the end of a
range; anything else ('… năm 2025 tiếp tục …', '… 2021-2030 bằng nhiều hình thức') is the sentence going on."""

DATE_TOKEN = re.compile(r"\d{1,2}/\d{1,2}(?:/(?:19|20)\d{2})?")
"""'15/4/2025' after 'ngày' inside a name: the issuing date, dropped from the key."""

QUANTITY_VERBS = frozenset({"đạt", "tăng", "giảm", "chiếm", "vượt", "còn"})
APPROXIMATORS = frozenset({"trên", "hơn", "gần", "khoảng", "dưới", "tới", "đến", "xấp", "ước"})
"""'… xây dựng NTM đạt trên 150 tỷ đồng': a verb of quantity before a number or an approximation ends the name."""

COMMA_CONTINUATIONS: tuple[tuple[str, ...], ...] = (
    ("giai", "đoạn"), ("thời", "kỳ"), ("định", "hướng"), ("tầm", "nhìn"), ("nhiệm", "kỳ"),
    ("bổ", "sung"), ("tinh", "gọn"), ("tổ", "chức", "lại"), ("chống",), ("công", "chức"), ("viên", "chức"),
    ("chữa", "bệnh"), ("chữa", "cháy"), ("cứu", "nạn"), ("cứu", "hộ"), ("khen", "thưởng"), ("tiêu", "cực"),
    ("giám", "sát"), ("giáo", "dục", "pháp", "luật"), ("bảo", "vệ"), ("khai", "thác"), ("sử", "dụng"),
)
"""After a comma a name goes on only with these ('…, giai đoạn 2021-2025', 'sửa đổi, bổ sung', 'sắp xếp, tinh gọn',
'Luật Phòng, chống tham nhũng', 'Luật Cán bộ, công chức', 'Luật Thi đua, khen thưởng', 'Luật Phổ biến, giáo dục
pháp luật', 'Đề án giao khoán quản lý, bảo vệ rừng …'), with a word it already
has ('xóa nhà tạm, nhà dột nát') or with a list item (`LIST_ITEM_MAX_WORDS`)."""

QUANTIFIERS = frozenset({"các", "những", "mọi", "một", "mỗi", "từng", "nhiều"})

BODY_NAME_LOWER_WORDS = frozenset({"nhân", "dân", "nông", "thôn"})
"""Lower-case syllables inside the names of bodies after 'của' ('Ủy ban nhân dân tỉnh', 'Hội đồng nhân dân',
'Sở Nông nghiệp và Phát triển nông thôn'), which the one-syllable rule of `_issuer_tokens` would cut."""

ADMINISTRATIVE_LEVELS = frozenset({
    "tỉnh", "thành", "phố", "tp", "tp.", "huyện", "quận", "thị", "xã", "phường", "trấn", "cấp", "và",
})
"""Lower-case words that may belong to an issuer or owner phrase after 'của' ('của tỉnh Bình Định')."""

NAME_MAX_WORDS = 45

ABBREVIATION_DOTS = frozenset({"TP", "Tp", "TX", "Q", "P", "TT"})
"""'TP. Hà Nội': a full stop after these does not end the name."""

PAREN_KEPT = re.compile(r"^\((?:[A-ZĐ0-9&\-]{2,12}|sửa đổi|sửa đổi, bổ sung|\d{4}\s?[-–]\s?\d{4})\)$")
"""Brackets kept inside a name: an abbreviation '(TTAGT)', '(sửa đổi)', a period '(2021-2025)'."""

AMENDING_LAW = re.compile(
    r"^\s(?:sửa\sđổi,?\sbổ\ssung|sửa\sđổi|bổ\ssung)(?:\smột\ssố\sđiều)?(?:\scủa)?(?:\scác)?\s(?=(?:Bộ\s)?[Ll]uật\s)"
)
"""'Luật sửa đổi, bổ sung một số điều của Luật Bầu cử …': the name goes on into the amended law."""

NOT_A_LAW_AFTER = re.compile(r"^\s(?:sư|gia|học|pháp|lệ|chơi|rừng|tục|sửa\sđổi\b(?!,?\sbổ))")
"""'Luật sư', 'Luật gia', 'Luật sửa đổi' (bare) are not laws by name."""

PARTY_ONLY_TYPES = frozenset({"Điều lệ"})
PARTY_NAME_AFTER = re.compile(r"\sĐảng\b")
"""Of the charters, only the Party's counts (§3.1 (b): 'Điều lệ Đảng'); 'Điều lệ Hội Nông dân Việt Nam', a company's
charter are not references."""

LAW_TRAILING_WORDS = frozenset({"mới", "cũ"})
"""'Luật Đất đai mới có hiệu lực …': a word after a law's name telling which version is meant, not part of it."""

LAW_YEAR = re.compile(r"^\s(?:năm\s)?(?P<year>(?:19|20)\d{2})(?![\d/])")
AMENDED_MARK = re.compile(r"^\s?\((?P<mark>sửa đổi(?:, bổ sung)?)\)")

# --- which names single out one document -----------------------------------------------

GENERIC_NAME_WORDS = frozenset({
    "hợp", "nhất", "sáp", "nhập", "sắp", "xếp", "này", "trên", "chung", "công", "tác", "làm", "việc",
    "hành", "động", "phối", "mới", "tổng", "thể", "chi", "tiết", "đề", "ra", "nói", "năm", "của",
    "mình", "riêng", "cụ", "thể", "tiếp", "theo", "đó", "đã", "ký", "kết", "giai", "đoạn", "thời", "kỳ",
    "nhiệm", "bảo", "đảm", "đến", "định", "hướng", "toàn", "khóa", "khoá", "trọng", "tâm", "điểm", "vị", "trí",
    "quý", "tháng", "tuần", "cả", "đầu", "cuối", "thường", "xuyên", "triển", "khai", "thực", "hiện", "tổ", "chức",
    "kiểm", "tra", "giám", "sát",
})
"""A name made only of these ('Đề án hợp nhất', 'chương trình công tác', 'Quy chế làm việc', 'Chương trình công
tác toàn khóa', 'Chương trình trọng tâm năm 2025', 'Đề án vị trí việc làm', 'Kế hoạch tổ chức thực hiện',
'Chương trình kiểm tra, giám sát năm 2025') is generic; so is one whose other words are a document named without
a number ('Kế hoạch thực hiện Nghị quyết') or the area it covers ('… trên địa bàn tỉnh', `SCOPE_OF_NAME`)."""

SCOPE_OF_NAME: tuple[str, ...] = ("trên", "địa", "bàn")

FREQUENCY_IN_NAME = re.compile(r"\b(?:hàng|hằng)\s(?:năm|quý|tháng|tuần|ngày)\b|\bđịnh\skỳ\b", re.IGNORECASE)
"""'kế hoạch … hàng năm' is a recurring task, not one document."""

GENERIC_FIRST_WORDS = re.compile(
    r"^(?:vốn|hóa|hoá|đầu\stư\scông|sản\sxuất\skinh\sdoanh|kinh\sdoanh|năm|cán\sbộ|chức\sdanh|nhân\ssự)\b",
    re.IGNORECASE,
)
"""'kế hoạch vốn năm 2011', 'kế hoạch hóa gia đình': budget uses and idioms of the type word; 'quy hoạch cán bộ
Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025-2030', 'quy hoạch chức danh Bí thư Tỉnh ủy': the planning of personnel,
not a document."""

TARGET_PLAN = re.compile(
    r"^(?:thu\sngân\ssách|chi\sngân\ssách|ngân\ssách|giải\sngân|doanh\sthu|sản\slượng|tuyển\ssinh|"
    r"tăng\strưởng|chỉ\stiêu)\b",
    re.IGNORECASE,
)
"""'hoàn thành kế hoạch thu ngân sách năm 2025', 'kế hoạch tuyển sinh năm học 2025 - 2026', 'kế hoạch tăng trưởng
GRDP năm 2025': a plan's figures (budget or target uses, §3.1 (c)), not a document; only for `TARGET_PLAN_TYPES`
('Chiến lược tăng trưởng xanh' is one)."""
TARGET_PLAN_TYPES = frozenset({"Kế hoạch"})

MODIFIED_NOUN_BEFORE = re.compile(
    r"(?:\b(?:phòng|ban|vụ|cục|tổ|vùng|ranh|đất|khu|khu\svực|diện|mốc|tầm|vị\strí|đối\stác|lợi\sthế|tính|"
    r"chỉ\stiêu|nguồn\svốn|vốn|cán\sbộ|trưởng\sphòng|đầu\stư|đột\sphá|ý\snghĩa|tầm\snhìn|tư\sduy|hợp\stác|"
    r"cây\strồng|hạ\stầng))\s$"
)
"""'trưởng phòng quy hoạch sử dụng đất', 'vùng quy hoạch khu đô thị', 'đối tác chiến lược toàn diện', 'nhà đầu tư
chiến lược Vingroup', 'ba đột phá chiến lược': a lower-case
type word after the noun it qualifies names a unit, an area or a quality, not a document."""
MODIFIED_NOUN_BEFORE_CHARS = 16
"""More than a `MODIFIED_NOUN_BEFORE` match can hold."""

EVENT_PROGRAMME = re.compile(
    r"^(?:nghệ\sthuật|văn\snghệ|ca\snhạc|biểu\sdiễn|giao\slưu|truyền\shình|phát\sthanh|khuyến\s(?:mại|mãi)|"
    r"gặp\smặt|tọa\sđàm|toạ\sđàm|hội\snghị|lễ|tour|du\slịch|kỳ\shọp|kì\shọp|phiên\shọp|hội\sthảo|diễn\sđàn|"
    r"đại\shội|hội\sthi|hội\sdiễn|cuộc\sthi|buổi|ngày\shội|lễ\shội|tết)\b",
    re.IGNORECASE,
)
"""'chương trình nghệ thuật chào mừng …', 'Chương trình giao lưu …', 'Chương trình Tết vì người nghèo …',
'chương trình kỳ họp thứ 9' (an agenda): a show, an event or a meeting's order of business, not a document."""

EVENT_BEFORE = re.compile(r"\b(?:tổ\schức|tham\sdự|dự|khai\smạc|bế\smạc|xem|theo\sdõi|phát\ssóng)\s$",
                          re.IGNORECASE)
"""'tổ chức Chương trình “Xuân biên phòng ấm lòng dân bản”': a programme held or attended is an event."""
EVENT_BEFORE_CHARS = 16
"""More than an `EVENT_BEFORE` match can hold."""

EVENT_AFTER = re.compile(
    r"^,?\s(?:(?:sẽ|đã|được|vừa|chính\sthức)\s){0,2}"
    r"(?:tổ\schức(?!\s(?:thực|triển))|diễn\sra|khai\smạc|bế\smạc|phát\ssóng|khép\slại)\b",
    re.IGNORECASE,
)
"""'Chương trình “…” năm 2025 được tổ chức tại …', '… diễn ra tại …': a programme held somewhere is an event (one
'được tổ chức thực hiện' is carried out, a document)."""

YEAR_AFTER_TITLE = re.compile(r"^\s(?:năm\s)?(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)\d{2})?")
"""'Chương trình “…” năm 2025 được tổ chức': the edition's year between a programme's title and what is said of it."""
EVENT_PROGRAMME_TYPES = frozenset({"Chương trình"})

PROPER_NOUN_TYPES = frozenset({"Phương án"})
"""'phương án' mostly means an option ('phương án đầu tư PPP'): lower-case, it names one document only with a
proper noun ('phương án đảm bảo an toàn vùng hạ du công trình hồ Núi Cốc'), not with an abbreviation alone."""

PLURAL_INSIDE = re.compile(r"\b(?:hai|ba|bốn|các|những)\s(?=[A-ZĐ])")
"""'Đề án hợp nhất giữa hai Sở Y tế': a name about several bodies does not single out one document."""

# --- resolutions named by the meeting that adopted them --------------------------------

_SPELLED_ORDINAL = (r"(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|"
                    r"mười(?:\s(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?)(?!\w)")
_ORDINAL = rf"(?:lần\sthứ\s|thứ\s)?(?:[IVXLC]+|\d{{1,2}})\b|(?:lần\sthứ\s|thứ\s){_SPELLED_ORDINAL}"
_MEETING_BODY = (r"(?:của\s)?(?:Ban\sChấp\shành\sTrung\sương(?:\sĐảng)?|BCH\s(?:Trung\sương|TW)(?:\sĐảng)?|Quốc\shội"
                 r"|(?:Hội\sđồng\snhân\sdân|HĐND)(?:\s(?:tỉnh|thành\sphố|TP\.?|huyện|quận|thị\sxã|xã|phường))?"
                 r"(?:\s[A-ZĐ][^\W\d]*){0,3})")
_TERM = r"(?:nhiệm\skỳ\s\d{4}\s?[-–]\s?\d{4}|khóa\s[IVXLC]+\b|khoá\s[IVXLC]+\b)"
MEETING_RESOLUTION = re.compile(
    rf"""Nghị\squyết(?:\schung)?(?:\scủa)?\s
    (?:(?:Đại\shội|Hội\snghị|[Kk]ỳ\shọp)(?:\s(?![IVXLC]+\b|\d|lần\sthứ\s|thứ\s)[^\s,.;:()]+){{0,8}}?\s(?:{_ORDINAL})
     |Trung\sương\s\d{{1,2}}\b)
    (?:\s{_MEETING_BODY})?
    (?:,?\s\({_TERM}\)|,?\s{_TERM})*
    (?:\scủa\sĐảng)?""",
    re.VERBOSE,
)
"""'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020-2025', 'Nghị quyết Hội nghị Trung ương 11',
'Nghị quyết chung của Kỳ họp thứ 9', 'Nghị quyết Trung ương 4 (khóa XII)', 'Nghị quyết Hội nghị lần thứ sáu Ban
Chấp hành Trung ương Đảng khóa XII' (the ordinal spelled out, the body that met written after it)."""

# --- comparing names within an article -------------------------------------------------

ABBREVIATIONS: dict[str, str] = {
    "hđnd": "hội đồng nhân dân",
    "ubnd": "ủy ban nhân dân",
    "đvhc": "đơn vị hành chính",
    "ntm": "nông thôn mới",
    "kt-xh": "kinh tế - xã hội",
    "mttq": "mặt trận tổ quốc",
    "ctmtqg": "chương trình mục tiêu quốc gia",
    "cđs": "chuyển đổi số",
    "mtqg": "mục tiêu quốc gia",
    "cchc": "cải cách hành chính",
    "cntt": "công nghệ thông tin",
    "khcn": "khoa học công nghệ",
    "dtts": "dân tộc thiểu số",
    "tp.": "thành phố",
    "tp": "thành phố",
}
"""Expanded before two names of one article are compared ('đại biểu HĐND' = 'đại biểu Hội đồng nhân dân')."""

TONE_PLACEMENT: dict[str, str] = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
"""Old-style tone placement → the one we compare with ('khoá' = 'khóa', 'uỷ' = 'ủy'), at a syllable's end
only ('đoạn' keeps its tone where it is)."""
TONE_PLACEMENT_AT_END = re.compile(rf"(?:{'|'.join(TONE_PLACEMENT)})(?!\w)")

IGNORED_IN_COMPARISON = frozenset({"về", "việc", "của", "trên", "địa", "bàn", "tỉnh", "thành", "phố", "huyện"})
"""'Đề án về việc sắp xếp …' and 'Đề án sắp xếp …' are one name; so are '… cấp xã của tỉnh' and '… cấp xã trên địa
bàn tỉnh', '… tỉnh Gia Lai với Bình Định' and '… tỉnh Gia Lai với tỉnh Bình Định' (ways of writing the area a
document covers)."""
COMPARABLE_WORD = re.compile(r"[\w&]+(?:[-.][\w&]+)*\.?")
WHITESPACE = re.compile(r"\s+")

VARIANT_MIN_OVERLAP = 0.8
"""Two names of the same type are one document when the shorter is the longer minus a few words
(at least this share of the longer's words, none of the extra words a number)."""

PERIOD_IN_NAME = re.compile(r"\b(?:giai\sđoạn|thời\skỳ|nhiệm\skỳ)\s\d{4}\s?[-–]?\s?\d{4}\b|\(\d{4}\s?[-–]\s?\d{4}\)",
                            re.IGNORECASE)
"""A programme and its phase are one document when only one of the two names writes the period
('Chương trình xây dựng nông thôn mới giai đoạn 2016 – 2020' after the programme's full name)."""

NATIONAL_PROGRAMME = re.compile(r"^mục\stiêu\squốc\sgia\b", re.IGNORECASE)
"""A national target programme's name never carries a local scope ('… trên địa bàn tỉnh X giai đoạn …')."""

LOCAL_SCOPE_WORDS: tuple[tuple[str, ...], ...] = (("trên", "địa", "bàn"), ("giai", "đoạn"), ("tại",))
