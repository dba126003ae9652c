"""Date expressions of Vietnamese news: surface forms, cue words and exclusions.

Only data lives here (named regex fragments and compiled patterns); the
grammar that combines them is `extraction.components.dates`. All patterns work
on characters of the NFC text, case-insensitively unless said otherwise.
"""
import re

PARTS_OF_DAY: dict[str, str] = {
    "rạng sáng": "sáng",
    "sáng sớm": "sáng",
    "sáng": "sáng",
    "trưa": "trưa",
    "chiều tối": "tối",
    "chiều": "chiều",
    "tối": "tối",
    "đêm": "tối",
    "khuya": "tối",
}
"""A written part of day → the `part_of_day` value (SPEC: sáng, trưa, chiều, tối)."""

ROMAN_QUARTERS: dict[str, int] = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

RELATIVE_YEARS: dict[str, int] = {"nay": 0, "ngoái": -1, "trước": -1, "sau": 1, "tới": 1}
"""'tháng 2 năm nay', 'quý III năm ngoái': the year relative to publication."""

_POD = r"(?P<pod>rạng\ssáng|sáng\ssớm|chiều\stối|sáng|trưa|chiều|tối|đêm|khuya)"
_RELATIVE_DAY = r"(?:nay|qua|mai|hôm\snay|hôm\squa)"
_DAY_WORD = r"(?:ngày|mùng|mồng)"
DATE_PREFIX = (
    rf"(?:{_POD}(?:\s{_RELATIVE_DAY})?(?:,?\s{_DAY_WORD})?"
    rf"|(?P<rel>hôm\snay|hôm\squa|ngày\smai|hôm)(?:,?\s{_DAY_WORD})?"
    rf"|(?P<dayword>{_DAY_WORD}))"
)
"""What may stand before a day and belongs to its surface: 'Sáng ngày', 'Chiều', 'Hôm nay', 'Ngày'.
Spaces are written as whitespace classes: the patterns using this fragment are verbose."""

_DAY = r"\d{1,2}"
_MONTH = r"\d{1,2}"
_YEAR = r"\d{4}"
_RANGE_LINK = r"(?:\s?[-–—]\s?|\s(?:và|đến|tới)\s|,\s?)"
_NOT_INSIDE_NUMBER_BEFORE = r"(?<![\w/.,:-])"
_NOT_INSIDE_NUMBER_AFTER = r"(?!\d|[/.,:-]\d)"

NUMERIC_DATE = re.compile(
    rf"""{_NOT_INSIDE_NUMBER_BEFORE}
    (?:{DATE_PREFIX}\s)?
    (?:(?P<d1>{_DAY})(?:(?P<s1>[/.-])(?P<m1>{_MONTH}))?(?P<link>{_RANGE_LINK})(?:{_DAY_WORD}\s)?)?
    (?P<d>{_DAY})(?P<sep>[/.-])(?P<m>{_MONTH})(?:(?P=sep)(?P<y>{_YEAR}))?
    {_NOT_INSIDE_NUMBER_AFTER}""",
    re.IGNORECASE | re.VERBOSE,
)
"""'ngày 13/4', 'Chiều 22.4', 'Ngày 11-3', '31/3/1975', '21 và 22/6/2018', '26/8 - 5/9'."""

TEXTUAL_DATE = re.compile(
    rf"""(?<!\w)(?:{_POD}\s)?(?P<dayword>ngày|mùng|mồng)\s(?P<d>{_DAY})\stháng\s(?P<m>{_MONTH})
    (?:,?\snăm\s(?P<y>{_YEAR}))?(?!\d)""",
    re.IGNORECASE | re.VERBOSE,
)
"""'ngày 31 tháng 3 năm 1975'."""

_RELATIVE_YEAR = r"\snăm\s(?P<relyear>nay|ngoái|trước|sau|tới)"
_YEAR_TAIL = rf"(?:(?P<sep>[/.-])(?P<y>{_YEAR})|,?\snăm\s(?P<y2>{_YEAR})|{_RELATIVE_YEAR})"

MONTH = re.compile(
    rf"""(?<!\w)(?:tháng\s(?P<m1>{_MONTH})(?P<link>\s(?:và|đến|tới)\s|,\s?|\s?[-–]\s?))?
    (?(m1)(?:tháng\s)?|tháng\s?)(?P<m>{_MONTH})(?!\s?tuổi)
    {_YEAR_TAIL}?(?!\d|[/.,]\d)""",
    re.IGNORECASE | re.VERBOSE,
)
"""'tháng 3', 'tháng 3/2025', 'tháng 12.2025', 'tháng 2 năm nay', 'tháng 3 và tháng 4/2025', and 'tháng7/1931'
with its space left out."""

_QUARTER_NUMBER = r"(?:IV|I{1,3}|[1-4])(?![\w])"

QUARTER = re.compile(
    rf"""(?<!\w)(?:quý\s(?P<q1>{_QUARTER_NUMBER})(?P<link>\s(?:và|đến)\s|,\s?|\s?[-–]\s?))?
    (?(q1)(?:quý\s)?|quý\s)(?P<q>{_QUARTER_NUMBER})
    {_YEAR_TAIL}?(?!\d|[/.,]\d)""",
    re.IGNORECASE | re.VERBOSE,
)
"""'quý I/2025', 'quý II năm 2025', 'quý I và quý II/2025', 'quý I và II/2025'."""

YEAR = re.compile(rf"(?<!\w)(?P<kw>năm)\s(?P<y>{_YEAR}){_NOT_INSIDE_NUMBER_AFTER}", re.IGNORECASE)
"""'năm 2025'."""

YEAR_RANGE = re.compile(
    rf"""(?<![\w/.,])(?:(?P<kw>giai\sđoạn|thời\skỳ|nhiệm\skỳ|niên\skhóa|niên\skhoá|năm\shọc|năm)\s)?
    (?P<y1>{_YEAR})(?P<link>\s?[-–—]\s?(?:năm\s)?|\s(?:đến|tới)\s(?:năm\s)?)(?P<y2>{_YEAR})
    {_NOT_INSIDE_NUMBER_AFTER}""",
    re.IGNORECASE | re.VERBOSE,
)
"""'giai đoạn 2021 - 2025', 'nhiệm kỳ 2026-2031', '(2021-2025)'."""

BARE_YEAR = re.compile(rf"(?<![\w/.,:–-])(?P<y>(?:19|20)\d{{2}})(?![\w/%]|[.,:]\d)")
"""A year written alone ('Bình Định 2025', '... đến 1982'); kept only where the context says so."""

# --- where the patterns above are searched ----------------------------------------------

MAX_MATCH_CHARS = 64
"""No surface pattern above reads more than this many characters from where a match starts, look-aheads
included: the longest, `NUMERIC_DATE`, reads 51 ('rạng sáng hôm nay, mồng 12/12 đến ngày 12/12/2025' and
its look-ahead). The surface patterns are searched only this far around their anchors."""

DIGIT_ANCHORS = re.compile(
    r"""\d
    (?=(?P<day_month>[/.-]\d\d?(?!\d))?)
    (?=(?P<month>(?<=[Tt](?i:háng)\s\d)|(?<=[Tt](?i:háng)\d))?)
    (?=(?P<year>(?<!\d\d)\d\d\d(?!\d))?)
    (?=(?P<year_range>(?<!\d\d)\d\d\d(?:\s?[-–—]|\s(?i:đến|tới)\s))?)
    (?(day_month)|(?(month)|(?(year)|(?!))))""",
    re.VERBOSE,
)
"""The digits that anchor the surface patterns, each group telling for which (a digit may anchor several):
- `day_month`: in every `NUMERIC_DATE` match, the end of its day (or of a range's first day) before the
  separator and its month;
- `month`: in every `TEXTUAL_DATE` and `MONTH` match, a month right after 'tháng';
- `year`: in every `YEAR`, `YEAR_RANGE` and `BARE_YEAR` match, its (first) year, four digits alone;
- `year_range`: in every `YEAR_RANGE` match, its first year and the start of the link to the second.
One scan finds them all: a pattern starting with a digit lets the regex engine skip straight to digits."""

QUARTER_ANCHOR = re.compile(r"[Qq](?i:uý\s)")
"""Every `QUARTER` match holds one. The first letter is a class of both cases, not IGNORECASE, for the
same reason."""

MIN_YEAR, MAX_YEAR = 1000, 2199
MAX_RANGE_YEARS = 60
"""A 'YYYY - YYYY' range spans at most this many years (longer is not a period)."""

RANGE_WORDS_ALLOWING_DEN = ("giai đoạn", "thời kỳ", "nhiệm kỳ", "niên khóa", "niên khoá", "năm học")
"""'giai đoạn 2021 đến 2025' is one period; 'từ năm 1973 đến 1982' is two years."""

DURATION_BEFORE = re.compile(
    r"(?:\d|\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mấy|vài|nhiều|các|những|mỗi|hàng|hằng|từng|"
    r"mọi))\s$",
    re.IGNORECASE,
)
"""A number or quantifier right before 'tháng'/'quý' makes a duration or frequency: '6 tháng', 'hàng quý'."""
DURATION_BEFORE_CHARS = 8
"""More than a `DURATION_BEFORE` match can hold: the pattern is searched only this far before a month."""

LUNAR_AFTER = re.compile(
    r"^\s?\(?(?:âm\slịch|ÂL)\b|^,?\snăm\s(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s", re.IGNORECASE
)
"""'18/6 âm lịch', 'ngày 23 tháng 4 năm Ất Tỵ' are lunar dates, not calendar ones."""

RANGE_DASHES = frozenset({"-", "–", "—", "đến", "tới"})
"""A day range written with these needs no 'ngày' ('từ 26/8 - 5/9'); 'và' and ',' do ('ngày 21 và 22/6')."""

DAY_WORD_BEFORE = re.compile(r"(?:ngày|mùng|mồng)\s$", re.IGNORECASE)

BARE_DAY_CUE_BEFORE = re.compile(
    r"(?:\b(?:từ|đến|tới|vào|trước|sau|hết|hôm|giữa|đầu|cuối|qua|kể\stừ|dịp|lễ)\s|\(\s?)$", re.IGNORECASE
)
"""Words that let a bare 'd/m' (no 'ngày', no year) read as a date: 'từ 26/8', 'vào 4/10', '(18 – 25/8)',
'dịp 30/4', 'nghỉ lễ 30/4 - 1/5'."""

NUMBER_CHAIN = re.compile(r"\d{1,4}(?P<link>[-/.])\d{1,4}(?:(?P=link)\d{1,4})+")
"""'2-4-6', '1/2/3': three numbers or more joined by the same mark, a house number or a list, not a date (a
date with its year is read before this is asked; a day range is written '18-25/8' or '26/8 - 5/9')."""

HOUSE_NUMBER_BEFORE = re.compile(r"\b(?:số|số\snhà|nhà|hẻm|ngõ|ngách|kiệt|kiốt|lô|phòng|lớp|căn)\s$",
                                 re.IGNORECASE)
"""'số 12/5 đường …', 'hẻm 25/3': an address or a room, not a date."""
HOUSE_NUMBER_BEFORE_CHARS = 10
"""More than a `HOUSE_NUMBER_BEFORE` match can hold."""
BARE_DAY_CUE_BEFORE_CHARS = 8
"""More than a `BARE_DAY_CUE_BEFORE` match can hold."""

EVENT_EDITION_BEFORE = re.compile(
    r"(?:Festival|Lễ\shội|Liên\shoan|Hội\schợ|Hội\sthi|Hội\sdiễn|Hội\sbáo|Ngày\shội|Cuộc\sthi|Giải(?!\sphóng)|"
    r"Tuần\slễ|Tuần|Năm|Tháng|Triển\slãm|Diễn\sđàn|SEA\sGames|Asiad|Expo|Olympic|Olympiad|World\sCup|Cup|Cúp)"
    r"(?:\s[^\W\d][^\s,.;:!?()“”\"]*){1,8}\s(?:năm\s)?$"
)
"""A year labelling an edition of a recurring event ('Festival Bình Định 2025', 'Năm an toàn giao thông 2015').
Case-sensitive: the event word is capitalized as part of the event's name."""

EVENT_NAME_END_BEFORE = re.compile(
    r"\b(?:Cup|Games|Finals|Open|Expo|Festival|Olympic|Olympiad|Asiad|Championship|Marathon|Awards?)\s$"
)
"""'Asian Cup 2019', 'SEA Games 2015': a year right after the name of a recurring event labels an edition."""
EVENT_NAME_END_BEFORE_CHARS = 16
"""More than an `EVENT_NAME_END_BEFORE` match can hold."""

SENTENCE_END_CHARS = ".!?:;)"
"""A capitalized word right before a date or a year ('đường Cách Mạng Tháng 8', 'Bình Định 2025') belongs to
a name, unless it starts a sentence."""

CONGRESS_NAME_BEFORE = re.compile(
    r"Đại\shội(?:\s(?!(?:đã|đang|sẽ|vừa|bầu|ra|được|là|có|cho|vào|với)\s)[^\s.;:]+){0,15}?"
    r"\s\(?(?:lần\sthứ|khóa|khoá)\s[IVXLCDM\d]+\)?,?\s*$"
    r"|Đại\shội(?:\s(?:[A-ZĐ][^\s.;:,]*|đại|biểu|toàn|quốc|tỉnh|thành|phố|huyện|quận|thị|xã|phường|các|cấp|bộ|"
    r"ủy|uỷ|cơ|sở)){1,8},?\s$"
)
"""A term right after a congress's name ('Đại hội … lần thứ X, nhiệm kỳ 2018 - 2023', 'Đại hội đại biểu Đảng bộ
tỉnh nhiệm kỳ 2025 - 2030') names the congress."""

YEAR_COORDINATION_BEFORE = re.compile(
    r"năm\s\d{4}(?:[^.;:\n]{0,40}?)\s(?:đến|tới|và|hoặc)\s$|năm\s\d{4},\s$", re.IGNORECASE
)
"""'từ năm 1973 đến 1982': a bare year coordinated with a written 'năm YYYY'."""
YEAR_COORDINATION_BEFORE_CHARS = 64
"""More than a `YEAR_COORDINATION_BEFORE` match can hold."""

QUANTITY_AFTER = re.compile(
    r"^\s(?:người|tỷ|tỉ|triệu|nghìn|ngàn|đồng|ha|km|m|m2|m3|kg|tấn|hộ|lượt|con|cái|chiếc|căn|vé|USD|euro|MW|%)\b",
    re.IGNORECASE,
)
"""A bare 4-digit number followed by a unit is a quantity, not a year."""

FORWARD_CUES = re.compile(
    r"\b(?:sẽ|dự\skiến|sắp|tới|kế\shoạch|phấn\sđấu|hạn\schót|chậm\snhất|trước\sngày|đến\shết|lộ\strình|"
    r"mục\stiêu)\b",
    re.IGNORECASE,
)
"""Forward-looking words: a date far after publication near them stays in the publication year."""

SENTENCE_BOUNDARY = re.compile(r"[.!?;\n](?=\s|$)")
