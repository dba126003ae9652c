"""What a person's name looks like in Vietnamese news, and the contexts that rule one out.

The family names, honorifics and role words are lexicons under `corpora/lexicons/`;
this module keeps the character-level grammar and the short closed word lists.
"""
import re

UPPER_LETTERS = "".join(chr(c) for c in [*range(0x41, 0x250), *range(0x1E00, 0x1F00)] if chr(c).isupper())
"""Capital letters of Latin scripts, Vietnamese included ("Đ", "Ư", "Ấ")."""

CAPITALIZED_WORD = re.compile(rf"[{UPPER_LETTERS}](?<![^\W\d_].)[^\W\d_]*(?:['’\-][^\W\d_]+)*")
"""A word opening with a capital letter: letters, with an inner apostrophe or hyphen ("H'Hen",
"Jean-Pierre"). A name is a run of these. The capital comes first and the look-behind (no letter
before it) second, so that a search skips straight to the capitals."""

ABBREVIATION_AFTER_HYPHEN = re.compile(r"-(?=[A-ZĐ]{2,}(?![^\W\d_]*[a-zà-ỹđ]))")
"""A title's abbreviation written against a name with a hyphen ("Vương Minh Mẫn-HUV-Phó Trưởng Ban Dân vận"): the
name ends at the hyphen."""

LOWERCASE_AFTER_HYPHEN = re.compile(r"-[^\W\d_A-ZĐ]")
"""A name transliterated syllable by syllable, its syllables joined by hyphens in lower case ("Su Căn Bun-nhông",
"Phon-súc In-thạ-vông"): a foreign name's shape, never a Vietnamese one."""

MAX_SYLLABLE_LETTERS = 7
"""The longest Vietnamese syllable has seven letters ("nghiêng"): a longer capitalized word is foreign."""

MAX_SYLLABLES = 4
MAX_SYLLABLES_LONG = 5
"""Kinh names have 2-4 syllables; ethnic-minority and compound-surname names may run to 5
("Y Thanh Hà Niê Kđăm", "Tôn Nữ Thị Ninh")."""

ETHNIC_NAME_MARKERS = frozenset({"A", "U", "Y", "Ya", "Ksor", "Siu", "Nay", "Niê", "Kpă", "Mlô", "Byă", "Êban", "Rơ",
                                  "Rah", "Kđăm", "Êñuôl", "Ênuôl", "Ayun", "Hđơk"})
"""Syllables that mark a Central Highlands name ("A Pớt", "U Huấn", "Y Thanh Hà Niê Kđăm"), which may run to five
syllables."""

PLACE_CONTEXT_WORDS = (
    "đường", "Đường", "Phố", "tuyến phố", "ngõ", "ngách", "hẻm", "quốc lộ", "đại lộ", "Đại lộ", "Cầu", "Bến",
    "Chợ", "khu phố", "tổ dân phố", "buôn", "làng", "khu vực", "Sông", "Núi", "Đèo", "Đảo", "quần đảo",
    "Trường", "THPT", "THCS", "PTTH", "Tiểu học", "Mầm non", "Đại học", "Học viện", "Bệnh viện", "Trung tâm",
    "Công ty", "công ty", "Tập đoàn", "tập đoàn", "HTX", "Hợp tác xã", "Doanh nghiệp", "doanh nghiệp",
    "Siêu thị", "siêu thị", "Khu", "Cụm", "Quảng trường", "Công viên", "Nhà văn hóa", "Nhà văn hoá",
    "Nhà thi đấu", "Sân vận động", "sân bay", "Sân bay", "Cảng", "Ga", "Nhà ga", "Khách sạn", "khách sạn",
    "nhà khách", "Bảo tàng", "bảo tàng", "Lăng", "Đền", "Chùa", "Khu di tích", "khu di tích", "di tích",
    "Di tích", "Nhà tưởng niệm", "tượng đài", "Tượng đài", "Giải", "Giải thưởng", "giải thưởng", "Huân chương",
    "huân chương", "Quỹ", "Huy hiệu", "Tư tưởng", "tư tưởng", "phong cách", "tấm gương", "thời đại",
    "Đoàn Thanh niên", "Đội Thiếu niên", "mang tên", "tên là", "Chiến dịch", "chiến dịch", "tiểu học",
    "mầm non", "trung học cơ sở", "trung học phổ thông", "trạm", "giao lộ", "ngã tư", "ngã ba", "nút giao",
    "bãi biển", "bãi tắm", "Văn phòng Luật sư", "Công ty Luật", "văn phòng luật sư",
)
"""Words that, written just before a capitalized run, make it a street, place, school, company, prize or
doctrine named after someone ("đường Trần Phú", "Trường THPT Lê Quý Đôn", "Tư tưởng Hồ Chí Minh")."""

PLACE_CONTEXT_BEFORE = re.compile(
    r"(?:^|[\s(“\"'])(?:(?<![Tt]hành )phố|số \d+[A-Za-z]?|"
    + "|".join(re.escape(word) for word in PLACE_CONTEXT_WORDS) + r")\s+$")
"""One of `PLACE_CONTEXT_WORDS` (or "phố", "số 12") ending right before a capitalized run."""

PLACE_LIST_CUES = ("như", "gồm", "gồm có", "là")

PLACE_LIST_BEFORE = re.compile(
    r"(?:đường|phố|tuyến phố|tuyến đường|phường|xã|thị trấn|quận|huyện|trường|cầu|sông|chợ)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:" + "|".join(PLACE_LIST_CUES) + r")\s*:?\s+$", re.I)
"""A list of streets, wards or schools: "các tuyến đường chính như Trần Hưng Đạo, Lê Lợi, Hai Bà Trưng"."""

_PLACE_CUE_LAST_WORDS = {cue.split()[-1] for cue in (*PLACE_CONTEXT_WORDS, *PLACE_LIST_CUES, "phố")}

PLACE_CUE_LAST_WORD = re.compile(
    r"(?:(?<![^\W_])(?:" + "|".join(sorted(map(re.escape, _PLACE_CUE_LAST_WORDS))) + r")|\d[A-Za-z]?)\Z", re.I)
"""A text ending with the last word of a cue of `PLACE_CONTEXT_BEFORE` or `PLACE_LIST_BEFORE`: where none
ends right before a run (spaces and a colon aside), neither pattern can match there."""

PLACE_CUE_LAST_WORD_LENGTH = max(map(len, _PLACE_CUE_LAST_WORDS))

LIST_CONTINUATION = re.compile(
    r"\s*(?:\([^()\n]{0,40}\)|\d[\d.,]*\s*\w{0,3})?\s*(?:[,;]\s*|\s+(?:và|hoặc)\s+|\s+[-–]\s+)")
"""Between two items of a list, after an optional note ("(quận 2)", "205 mm"): an item after a street
or a place is a street or a place too."""

QUOTE_OPEN = re.compile(r"[“\"'‘«]\s*$")
QUOTE_CLOSE = re.compile(r"\s*[”\"'’»]")
"""A capitalized phrase quoted on its own is a brand, a product or a work's title ("“Trà Gò Loi”")."""

CREDIT_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:\(?(?:Ảnh|ảnh|Ảnh minh họa|Video|Clip|Bài|Bài và ảnh|Bài, ảnh|Bài và Ảnh|Tin|"
    r"Tin và ảnh|Tác giả|Nguồn|Biên tập|Thực hiện|Nhóm PV|PV|Đồ họa)\s*[:\-–]?\s*)$"
    r"|(?:Ảnh|Tác giả|Nguồn|Bài và ảnh|Bài, ảnh)\s*:\s*$")
"""A photo or text credit: the name after it is the author of the picture or the report."""

DOCUMENT_WORDS = re.compile(
    r"(?:Nghị quyết|Quyết định|Đề án|Chương trình|Kế hoạch|Chỉ thị|Kết luận|Luật|Thông tư|Nghị định|"
    r"Quy định|Hướng dẫn|Báo cáo|Tờ trình|Công văn|Thông báo|sách|cuốn|cuốn sách|tác phẩm|tập|bộ phim|phim|"
    r"bài hát|ca khúc|cuộc thi|Cuộc thi|chuyên đề|chủ đề|hội thảo|Hội thảo|triển lãm|Triển lãm|"
    r"phong trào|cuộc vận động|Cuộc vận động|với tên|tên gọi|khẩu hiệu)"
    r"(?:\s+\S+){0,4}?\s*[:\-]?\s*$")
"""A document or work named just before a quotation: a name inside that quotation is part of
the document's title, not a person in the story."""

QUOTE_SPANS = re.compile(r"“[^”\n]{1,400}”|\"[^\"\n]{1,400}\"|«[^»\n]{1,400}»")

NON_NAME_SYLLABLES = frozenset({
    "Núi", "Sông", "Suối", "Đèo", "Biển", "Cầu", "Chợ", "Phố", "Đường", "Xã", "Huyện", "Tỉnh", "Quận",
    "Phường", "Bến", "Cảng", "Đảo", "Rừng", "Vịnh", "Đầm", "Thác", "Khu", "Làng", "Chùa", "Đền",
    "Miếu", "Lăng", "Trường", "Viện", "Sở", "Bộ", "Ban", "Cục", "Hội", "Đảng", "Ủy", "Uỷ", "Tòa", "Toà",
    "Bank", "Group", "Corporation", "Corp", "Company", "Capital", "Holdings", "Energy", "Airlines",
    "Airways", "Investment", "Foundation", "University", "College", "Hospital", "Hotel", "Resort", "Media",
    "Technology", "Tech", "Motor", "Motors", "International", "Global", "Partners", "Fund", "Land",
})
"""Syllables that are never part of a person's name: a run holding one names a place or a body
("Hồ Núi Cốc", "Nam A Bank")."""

MIDDLE_NAMES = frozenset({"Văn", "Thị"})
"""Middle names: after a family name that is also a place or body word, or one the lexicon lacks ("Thành Thị
Nguyệt", "Bá Văn Thành"), they make the run a person's name."""

WORDS_OPENED_BY_MIDDLE_NAMES = frozenset({
    "văn hóa", "văn hoá", "văn học", "văn nghệ", "văn phòng", "văn bản", "văn kiện", "văn thư", "văn miếu",
    "văn hiến", "văn chương", "thị xã", "thị trấn", "thị trường", "thị sát", "thị thực", "thị chính",
})
"""Words that a middle name's syllable opens, capitalized in names of bodies and places ("Nhà Văn Hóa Thanh Niên",
"Thị Xã"): no middle name there."""

LOWERCASE_MIDDLE_NAME = re.compile(r"[ \u00a0](thị|văn)[ \u00a0]")
"""A middle name written in lower case between a family name and the rest, in older or hurried writing:
"Lê thị Hồng Vân", "Nguyễn văn Tám"."""

_PARTICLES = "bin|binti|ibn|al|el|de|da|di|du|del|dos|van|von|der|den|ter|la|le"
NAME_PARTICLE = re.compile(rf"[ \u00a0]((?:{_PARTICLES})(?:[ \u00a0](?:{_PARTICLES}))?)[ \u00a0]")
"""A lower-case particle inside a foreign name, between two capitalized words written in Latin letters
without diacritics: "Salman bin Abdulaziz Al-Saud", "Ursula von der Leyen"."""

GIVEN_NAME_SYLLABLES = frozenset({"Trường", "Vịnh", "Hội", "Cầu", "Biển", "Tỉnh", "Khu", "Viện"})
"""Syllables of `NON_NAME_SYLLABLES` that are also common given names, as the last syllable of a name:
"Nguyễn Xuân Trường" is a person, "Trường Lê Quý Đôn" a school."""

INITIAL_AFTER = re.compile(r"[ \u00a0][^\W\d_]{1,2}\.")
"""A name cut short by an initial ("Lô Thị Đ.", "Nguyễn Đức Th."): a person kept anonymous, no name."""

VOWELS = frozenset("aeiouy")

PROVINCE_UNIT_WORDS = ("tỉnh",)
"""After "tỉnh" comes a province, all of which are known (`provinces.tsv`): an unknown name after
"UBND tỉnh" is a person's ("Chủ tịch UBND tỉnh Lý Tiết Hạnh"). After "phường", "xã", "thành phố"
a two-syllable name is as likely a place ("phường Trần Phú", "thành phố Hà Tiên")."""

MIN_PLACE_SYLLABLES = 2
"""A commune, ward or district is named with two syllables at least: after "xã", "phường", "huyện" a family
name as the second syllable of a run is still the place's ("xã Vĩnh Trạch Đông")."""

SENTENCE_INITIAL_NON_NAMES = frozenset({"Từ"})
"""Family names that, opening a sentence, are ordinary words ("Từ Hà Nội đến ...")."""

SENTENCE_INITIAL_ADDRESS = frozenset({"Ông", "Bà", "Anh", "Chị", "Em", "Cụ", "Cháu", "Ngài"})
"""A form of address opening a sentence is capitalized and runs into the name after it ("Ông Lee Bok Hang")."""

CLAUSE_INITIAL_ADDRESS = frozenset({"Ông", "Bà"})
"""Forms of address some writers capitalize after a comma too ("…, Ông Arthur Erken - Trưởng Đại diện UNFPA")."""

LOWERCASE_COMMITTEE_OF_UNIT = re.compile(r"(?<![^\W_])(huyện|tỉnh|thành|quận|thị)[ \u00a0](?:ủy|uỷ)$")
"""A unit's party committee written in lower case ("huyện ủy Trần Đề"): the capitalized words after it name the unit,
as after the unit word itself; written "Huyện ủy", a person's name may follow ("Bí thư Huyện ủy Lò Pâng")."""

CAPITALIZED_ADDRESS = frozenset({"Ngài"})
"""A form of address written capitalized wherever it stands ("do Ngài Ouk Sovann dẫn đầu")."""

LIST_INTRO = re.compile(
    r"(?:[Cc]ác|[Nn]hững|[Gg]ồm(?: các)?|[Cc]ó(?: các)?)\s+(?:đồng chí|ông|bà|vị|đại biểu|hộ gia đình|hộ|gia đình|"
    r"cá nhân|em|cháu|cụ|nghệ nhân|thương binh|cựu chiến binh|tác giả)\b[^:;.\n]{0,160}?:\s*")
"""A list of people follows: "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, B; C"."""

LIST_ITEM_OPENING = re.compile(r"(?:[,;:]|\svà)\s*$")
"""What ends right before an item of a list of people: a comma, a semicolon, a colon or "và"."""

LIST_ITEM_SEPARATOR = re.compile(r"\s*(?:;|,|\s(?:và|cùng)\s)\s*")

NON_PERSON_PHRASES = frozenset({
    "Việt Nam", "Hoa Kỳ", "Thái Lan", "Hàn Quốc", "Trung Quốc", "Nhật Bản", "Mông Cổ", "Cao Miên",
    "Ma Cao", "Đài Loan", "Hồng Kông", "Triều Tiên", "Ấn Độ", "Hà Lan", "Tây Ban Nha", "Bồ Đào Nha",
    "Lào", "Hoàng Sa", "Trường Sa", "Tây Nguyên", "Tây Bắc", "Đông Bắc", "Nam Bộ", "Bắc Bộ", "Trung Bộ",
    "Nam Trung Bộ", "Bắc Trung Bộ", "Đông Nam Bộ", "Tây Nam Bộ", "Đông Nam Á", "Cửu Long", "Hồ Gươm",
    "Hồ Tây", "Hoàn Kiếm", "Ba Đình", "Thăng Long", "Sài Gòn", "Chợ Lớn", "Phú Quốc", "Côn Đảo",
    "Hạ Long", "Phan Thiết", "Phan Rang", "Cao Lãnh", "Lâm Hà", "Mai Sơn", "Hà Đông", "Hà Tiên",
    "Trần Văn Thời", "Hồ Chí Minh", "Châu Âu", "Châu Á", "Châu Phi", "Châu Mỹ", "Châu Đại Dương",
    "Điện Biên Phủ", "Mậu Thân", "Giáp Ngọ", "Quang Trung", "Lý Sơn", "Mũi Né", "Tam Kỳ",
    "Pháp", "Mỹ", "Nga", "Đức", "Úc", "Ý", "Canada", "Indonesia", "Singapore", "Malaysia", "Philippines",
    "Campuchia", "Myanmar", "Brunei", "Australia", "Israel", "Iran", "Iraq", "Ukraine", "Arab Saudi",
    "Ả Rập Xê Út", "Ai Cập", "Thổ Nhĩ Kỳ", "Cuba", "Venezuela", "Brazil", "Argentina",
})
"""Capitalized phrases that look like names but are places, countries or years (the provinces come
from `corpora/lexicons/provinces.tsv`)."""
