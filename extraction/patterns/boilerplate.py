"""What news portals wrap around an article body, as named patterns.

Each group is what one cleaning step looks for; `extraction.cleaning` holds
the logic that applies them. Patterns run on one stripped line of normalized
text (see `extraction.text.normalize`) unless the comment says otherwise.
"""
from __future__ import annotations

import re

UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
"""Vietnamese capital letters, for character classes."""
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
"""Vietnamese small letters, for character classes."""

# --- Portal prefixes opening the body -------------------------------------
# A parenthesised site or desk tag: "(binhdinh.gov.vn) - ", "(BĐ) - ",
# "(BL-CL) ", "(Chinhphu.vn) - ". Safe at the start of any paragraph.
PORTAL_TAG_PREFIX = re.compile(
    rf"^\((?:[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)|[{UPPER}]{{1,6}}(?:[-/][{UPPER}]{{1,6}})?)\)"
    r"\s*(?:[-–—:]\s*)?(?=\S)"
)
# A portal named in words or by its usual abbreviation, then a dash:
# "CTTĐT - ", "Cổng thông tin điện tử tỉnh - ", "Cổng TTĐT Chính phủ - ".
# Safe at the start of any paragraph (a reposted copy starts with it too).
PORTAL_NAME_PREFIX = re.compile(
    r"^(?:CTTĐT|TTĐT|Cổng\s+(?:thông\s+tin\s+điện\s+tử|TTĐT|thông\s+tin)(?:\s+[^\s.,:;!?–—-]+){0,4})"
    r"\s*[-–—]\s+(?=\S)",
    re.IGNORECASE,
)
# A bare newsroom code in capitals, then a dash: "TTO - ", "VOV - ".
# Only at the very start of the body, and only before a plain word or a
# digit, so a list of bodies ("HĐND - UBND tỉnh …") is left alone.
NEWSROOM_CODE_PREFIX = re.compile(rf"^[{UPPER}]{{2,6}}(?:\.[{UPPER}]{{2,4}})?\s+[-–—]\s+(?=[{UPPER}][{LOWER}]|\d)")

# --- Markdown left by reposts ----------------------------------------------
MARKDOWN_MARK = re.compile(r"[*_|#\[]")
"""Any character markdown could have used: lines without one are left alone."""
MARKDOWN_BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<inner>.*?)(?:\*\*|__)[.:]?$")
MARKDOWN_ITALIC_LINE = re.compile(r"^[*_](?![*_\s])(?P<inner>.*?)(?<![*_\s])[*_]\.?$")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
MARKDOWN_BULLET = re.compile(r"^\*\s+(?=\S)")
MARKDOWN_LINK = re.compile(r"!?\[(?P<label>[^\]\n]*)\]\((?:https?://|/|\.)[^)\s]*\)")
MARKDOWN_STRONG = re.compile(r"\*\*|__")
MARKDOWN_EMPHASIS_PAIR = re.compile(r"(?<![\w*])\*(?=[^\s*])(?P<inner>[^*\n]*?[^\s*])\*(?![\w*])")
# Table rows "| a | b |": borders at the edges, cells between.
TABLE_EDGE = re.compile(r"^\s*\||\|\s*$")
TABLE_CELL_BORDER = re.compile(r"\s*\|\s*")

# --- Whole lines that are never body, by the reason they are dropped ---------
VIEW_COUNTER = re.compile(
    r"^(?:(?:Số\s+)?lượt\s+(?:xem|đọc|truy\s+cập)|Lượt\s+xem|Đã\s+xem)\s*:?\s*[\d.,]+(?:\s+lượt)?$"
    r"|^[\d.,]+\s+lượt\s+(?:xem|đọc|truy\s+cập)$",
    re.IGNORECASE,
)
COMMENT_WIDGET = re.compile(
    r"^(?:Bình\s+luận(?:\s+bài\s+viết)?(?:\s*\(\d+\))?|Chưa\s+có\s+bình\s+luận\s+nào\.?"
    r"|(?:Gửi|Viết|Thêm)\s+(?:bình\s+luận|ý\s+kiến)(?:\s+của\s+bạn)?|Ý\s+kiến\s+(?:bạn\s+đọc|của\s+bạn|phản\s+hồi)"
    r"|Chia\s+sẻ\s+bài\s+viết\s+của\s+bạn\s+tại\s+đây|Bạn\s+đọc\s+bình\s+luận|Bình\s+luận\s+của\s+bạn)\s*:?$",
    re.IGNORECASE,
)
SHARE_PRINT = re.compile(
    r"^(?:(?:In\s+bài(?:\s+viết)?|In\s+trang|Bản\s+in|Gửi\s+email|Gửi\s+bài(?:\s+viết)?|Chia\s+sẻ|Lưu\s+bài(?:\s+viết)?"
    r"|Quay\s+lại|Trở\s+về|Về\s+đầu\s+trang|Facebook|Zalo|Twitter|Tweet|Email|Phóng\s+to|Thu\s+nhỏ|Cỡ\s+chữ)"
    r"\s*[|/·•,-]?\s*)+$",
    re.IGNORECASE,
)
MOST_READ = re.compile(
    r"^(?:Xem|Đọc|Tin\s+xem|Tin\s+đọc|Bài\s+đọc)\s+nhiều(?:\s+nhất)?\s*:?$", re.IGNORECASE
)
# Related-news blocks: their header, a ">>" link, or headlines joined by " / ".
RELATED_NEWS = re.compile(
    r"^(?:Tin\s+(?:liên\s+quan|tức\s+liên\s+quan|khác|mới(?:\s+nhất)?|cùng\s+chuyên\s+mục)|Các\s+tin\s+khác"
    r"|Bài\s+(?:viết\s+)?liên\s+quan|Các\s+bài\s+viết\s+khác|Có\s+thể\s+bạn\s+quan\s+tâm|Xem\s+thêm|Đọc\s+thêm)(?:\s*:.{0,200})?$"
    r"|^(?:>>|»|►)\s*\S.*$"
    r"|^(?=.* / )[^.!?/]{10,}(?:\s/\s[^/]{10,})+(?<![.!?:;…])$",
    re.IGNORECASE,
)
# A source or repost credit: "Nguồn: …", "Theo Cổng Thông tin …" (a short line
# without a comma, so a body sentence "Theo Kế hoạch, …" stays), "Link bài
# viết gốc: …", a bare URL, "(Tổng hợp)".
SOURCE_LINE = re.compile(
    r"^Nguồn(?:\s+(?:tin|ảnh|video|bài(?:\s+viết)?))?\s*:\s*\S.{0,150}$"
    r"|^Theo\s+(?![^,;:!?]*[,;:!?])[^\s,;:!?][^,;:!?]{0,100}(?<![.…])$"
    r"|^(?:Link|Đường\s+dẫn|URL)(?:\s+bài(?:\s+viết)?)?(?:\s+gốc)?\s*:\s*\S.*$"
    r"|^(?:https?://|www\.)\S+$"
    r"|^\((?:Tổng\s+hợp|TH|Theo\s+[^()]{1,80}|Nguồn\s*:?[^()]{1,80})\)\.?$",
    re.IGNORECASE,
)
SEPARATOR = re.compile(r"^[-_=*~•·.|+#\s:]{3,}$")

BOILERPLATE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("view_counter", VIEW_COUNTER),
    ("comment_widget", COMMENT_WIDGET),
    ("share_print", SHARE_PRINT),
    ("most_read", MOST_READ),
    ("related_news", RELATED_NEWS),
    ("source_line", SOURCE_LINE),
    ("separator", SEPARATOR),
)
"""Whole-line boilerplate, tried in order; the first name that matches is the reason."""

# --- Datelines: the publication stamp a portal prints around the body --------
# "Ngày đăng: 19/03/2025", "Giờ đăng: 13:05 ngày 25/06/2025", "Ngày giờ đăng
# bài viết gốc: 09:31 11/04/2025", "Cập nhật: …", "Thứ 4, 19/03/2025 | 20:17",
# or a stamp alone on its line "19/03/2025 20:17".
DATELINE_LABELLED = re.compile(
    r"^(?:Ngày|Giờ|Ngày\s+giờ|Thời\s+gian)\s+(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+bài(?:\s+viết)?)?(?:\s+gốc)?"
    r"\s*:\s*(?P<stamp>.{6,60})$"
    r"|^(?:Cập\s+nhật|Đăng\s+lúc|Đăng\s+ngày|Ngày\s+đăng)\s*:?\s*(?P<stamp2>.{6,60})$",
    re.IGNORECASE,
)
DATELINE_WEEKDAY = re.compile(
    r"^(?:Thứ\s+(?:[2-7]|Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+nhật|CN)\s*,\s*(?P<stamp>\d{1,2}/\d{1,2}/\d{4}.{0,30})$",
    re.IGNORECASE,
)
DATELINE_BARE = re.compile(
    r"^(?P<stamp>\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?(?:\s*\(?GMT\s*[+-]\d{1,2}\)?)?)$",
    re.IGNORECASE,
)
DATELINE_FORMS = (DATELINE_LABELLED, DATELINE_WEEKDAY, DATELINE_BARE)
DATE_IN_STAMP = re.compile(r"(?<!\d)(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})(?!\d)")

# --- Bylines -----------------------------------------------------------------
# A labelled byline anywhere: "Tác giả: Anh Cao", "Bài và ảnh: Ngọc Hân".
BYLINE_LABELLED = re.compile(
    r"^(?:Tác\s+giả|(?:Bài|Tin)\s+và\s+ảnh|(?:Bài|Tin),?\s+ảnh|Bài|Người\s+viết|Phóng\s+viên|Nhóm\s+phóng\s+viên|Nhóm\s+PV|PV)"
    r"\s*:\s*(?P<name>[^:]{2,60}?)\.?$",
    re.IGNORECASE,
)
# The last line of the body as a name in capitals ("HÀ QUỐC", "T.SỸ",
# "HỒNG HÀ (Thực hiện)", "ĐỘI TT, ĐT, GQTN & XLVPGT") …
BYLINE_CAPITALS = re.compile(
    rf"^(?P<name>[{UPPER}](?:[{UPPER}.,&/\s-]{{0,58}}[{UPPER}.])?)(?:\s*\([^()]{{1,40}}\))?$"
)
# … or a personal name in title case, perhaps two joined by a dash or after
# "Theo": "Nguyễn Vinh", "Phong Sắc", "Đoàn Loan - Lê Hoàng", "Theo M.T".
_NAME_WORD = rf"[{UPPER}][{LOWER}]*\.?"
_NAME = rf"{_NAME_WORD}(?:\s?{_NAME_WORD}){{1,3}}"
BYLINE_NAME = re.compile(rf"^(?:Theo\s+)?(?P<name>{_NAME}(?:\s+[-–]\s+{_NAME})?)(?:\s*\([^()]{{1,40}}\))?$")
# A signature in capitals that names an organization, not a writer.
ORGANIZATION_SIGNATURE = re.compile(
    r"^(?:BAN|SỞ|BỘ|ĐỘI|PHÒNG|CỤC|TỔNG\s+CỤC|CHI\s+CỤC|VỤ|VIỆN|TRUNG\s+TÂM|[ỦU]Ỷ?\s*BAN|UỶ\s+BAN|HỘI\s+ĐỒNG|HỘI"
    r"|VĂN\s+PHÒNG|CÔNG\s+AN|ĐẢNG\s+[ỦU]Ỷ?|TỈNH\s+[ỦU]Ỷ?|THÀNH\s+[ỦU]Ỷ?|HUYỆN\s+[ỦU]Ỷ?|UBND|HĐND|UBMTTQ|BCĐ|BTC"
    r"|TRƯỜNG|BỆNH\s+VIỆN|LIÊN\s+ĐOÀN|CÔNG\s+TY|TÒA\s+SOẠN|BAN\s+BIÊN\s+TẬP)\b"
)

# --- Credit or source tail run into the last line ------------------------------
# After the last sentence end: "Theo Vnexpress" (a capital after "Theo", no
# comma: "Theo đó, …" is a sentence), "Trân Châu (Tổng hợp theo báo
# Vietnamnet, Dân trí)", "(Tổng hợp)", "Nguồn: …", a URL.
TRAILING_SOURCE_TAIL = re.compile(
    r"(?<=[.!?…”\"])\s+(?P<tail>"
    rf"(?-i:Theo\s+[{UPPER}])[^,;:!?]{{0,60}}?"
    rf"|(?:(?-i:(?P<name>{_NAME}|[{UPPER}][{UPPER}.\s]{{1,30}}[{UPPER}.]))\s*)?\((?:Tổng\s+hợp|TH|Theo|Nguồn)[^()]{{0,80}}\)"
    r"|Nguồn\s*:\s*[^.!?]{1,80}"
    r"|(?:https?://|www\.)\S+"
    r")\.?\s*$",
    re.IGNORECASE,
)

# --- Photo captions ------------------------------------------------------------
# A marker where an image stood: the line after it is the image's caption.
IMAGE_MARKER = re.compile(
    r"^(?:\[(?:img|image|ảnh|hình(?:\s+ảnh)?|photo)\]|!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>)$", re.IGNORECASE
)
# A line that only stands for a photo: "Ảnh minh họa.", "Ảnh minh hoạ. Nguồn:
# Internet", "Ảnh 1.", "Ảnh chụp màn hình".
PHOTO_PLACEHOLDER = re.compile(
    r"^\(?(?:Ảnh|Hình)\s+(?:minh\s+(?:họa|hoạ)|\d{1,2}|chụp\s+màn\s+hình|cắt\s+từ\s+video|tư\s+liệu)\)?\.?"
    r"(?:\s*(?:Nguồn|Ảnh)\s*:\s*[^.!?]{1,60}\.?)?$",
    re.IGNORECASE,
)
# A photo credit closing the line: "… Ảnh: T.SỸ", "… - Ảnh: Tiến Nhất",
# "… Ảnh T.L" (a capital must follow when the colon is missing, so "Ảnh hưởng"
# never matches), "(ảnh CACC)", "- ảnh 1", "… Video: Hoilaixe".
PHOTO_CREDIT_TAIL = re.compile(
    r"(?:^|(?<=[\s.,;!?)\]”\"–-]))[(\[]?\s*"
    r"(?:(?:Ảnh|Ảnh\s+và\s+bài|Bài\s+và\s+ảnh|Video|Clip|Đồ\s+họa|Đồ\s+hoạ|Thực\s+hiện|Nguồn\s+ảnh)\s*:\s*"
    rf"[^\s:][^:]{{0,45}}|(?:Ảnh|Video)\s+[{UPPER}][^\s:]*(?:\s+[{UPPER}][^\s:]*){{0,4}}|ảnh\s+[{UPPER}\d][^\s:)]*)"
    r"[)\]]?\.?\s*$"
)
# A line opening with a credit label ("Ảnh: Bà Lê Thanh Giang trao cờ …") or
# a picture-position note ("Trong ảnh: …", "Từ trái sang: …").
PHOTO_CREDIT_HEAD = re.compile(r"^[-–(]?\s*(?:Ảnh|Trong\s+ảnh|Từ\s+trái\s+(?:sang|qua)|Từ\s+phải\s+(?:sang|qua))\s*:", re.IGNORECASE)
# Where someone stands in the picture, in brackets: "(bìa phải)", "(ngồi
# giữa)", "(thứ 2 từ trái sang)", "(bên phải, ở tổ 3 …)". Only captions say it.
PHOTO_POSITION = re.compile(
    r"\((?:(?:ngồi|đứng|hàng\s+\S+)\s+)?(?:bìa|bên|thứ\s+\d+\s+từ|từ|ở)?\s*(?:trái|phải|giữa)\b[^()]{0,80}\)",
    re.IGNORECASE,
)

# --- Line shapes -------------------------------------------------------------------
# A line ends a sentence (or opens a list) when it closes with one of these.
CLOSED_LINE = re.compile(r"[.!?…:;][\"”’'»)\]]*$")
# An item of a list: "- …", "+ …", "• …", "1. …", "2.Kết thúc …", "a) …", "II. …".
LIST_ITEM = re.compile(rf"^(?:[-–+•▪●○◦]\s*\S|\d{{1,3}}[.)]\s*[{UPPER}\d]|[a-zđ]\)\s+\S|[IVXL]{{1,5}}[.)]\s+\S)")
# A short "label: value" line ("Chủ tịch: Lê Khánh Hải"): a record, not a caption.
LABEL_VALUE = re.compile(r"^[^:]{2,40}:\s+\S")

# --- Sentence boundaries -----------------------------------------------------------
# Where one sentence ends and the next begins: a cheap split, not a
# linguistic one (a sentence mark, a space, a capital or a digit).
SENTENCE_BOUNDARY = re.compile(rf"(?<=[.!?…])[\"”’'»)\]]*\s+(?=[\"“‘'«(\[]?[{UPPER}\d])")
# The same on text folded by `extraction.text.fold_for_match` (small letters,
# single spaces): a list item's number, and a sentence mark before a space.
FOLDED_LEADING_ENUMERATOR = re.compile(r"^(?:\d{1,3}|[ivxl]{1,5}|[a-zđ])[.)] ?")
FOLDED_SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’'»)\]]* ")
# A sentence end glued to the next sentence: "Sở Y tế.Đại diện". A small
# letter or digit before and a capitalised word after, so "TP.HCM", "T.SỸ",
# "18-NQ/TW", "16,97" and "ngày 10.4" never match.
GLUED_SENTENCE_END = re.compile(rf"(?<=[{LOWER}\d])(?P<end>[.!?…]+[\"”’»)]?)(?=[{UPPER}][{LOWER}])")
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
