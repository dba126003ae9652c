"""The grammar around role words: what joins titles into a chain, what an organization
after a role word is made of, and what ends it.

The role words themselves are the lexicon `corpora/lexicons/roles.tsv`.
"""
import re

from extraction.patterns.names import UPPER_LETTERS

ROLE_PREFIX_DEPUTY = "Phó"
ROLE_PREFIX_ACTING = "Quyền"
ROLE_MODIFIERS = ("Thường trực", "chuyên trách", "thứ nhất")
"""Written after a role word and part of the role: "Phó Chủ tịch Thường trực UBND tỉnh", "Phó Trưởng Đoàn
chuyên trách Đoàn ĐBQH tỉnh", "Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương"."""

FORMER_MARKERS = re.compile(r"(?<![\w])(?i:nguyên|cựu|cố)\s+$")
"""Written before a title held in the past ("nguyên Bộ trưởng") or by someone who has died ("cố Tổng Bí thư")."""

FORMER_PREFIX = re.compile(r"(?:nguyên|cựu|cố)\s+", re.I)
"""The same marker opening the next title of a chain: "…, nguyên Chủ tịch nước"."""

CHAIN_SEPARATOR = re.compile(r"\s*,\s*(?:kiêm\s+|đồng thời là\s+|(?:hiện|hiện nay|nay)(?:\s+đang)?\s+là\s+)?"
                             r"|\s+[-–—]\s*|[-–—]\s*|\s+(?:kiêm|đồng thời là)\s+"
                             rf"|[ \t\u00a0]*\([ \t\u00a0]*(?![{UPPER_LETTERS}.&]{{2,10}}\))")
"""Between two titles of one person: "Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc Sở Y tế", "Phó Tư lệnh, kiêm Tham
mưu trưởng", "UVTV- PCT UBND xã", "HUV-Phó Trưởng Ban", "nguyên Phó Giám đốc Sở, hiện là Giám đốc Trung tâm", "Bí thư
Đảng ủy xã đồng thời là Chủ tịch HĐND xã", "Chủ tịch UBND tỉnh Khánh Hòa (nguyên Chủ tịch UBND tỉnh Ninh Thuận)" (not
the title's abbreviation: "Phó Chủ tịch (PCT)"). A separator only joins when a role word follows it; "và" does not
join ("Bộ trưởng Bộ Y tế và Thứ trưởng A": A is the Thứ trưởng only)."""

ABBREVIATION_IN_BRACKETS = re.compile(rf"[ \t\u00a0]*\([{UPPER_LETTERS}.&]{{2,10}}\)")
"""A title's abbreviation in brackets after it, skipped before the next title of the chain: "Tỉnh ủy viên (TUV), Giám
đốc Sở Y tế"."""

CAREER_LIST = (r"(?:kinh qua|trải qua|đảm nhiệm|đảm nhận|đảm trách|nắm giữ|giữ)\s+(?:các|nhiều)\s+"
               r"(?:chức vụ|chức danh|vị trí|cương vị|nhiệm vụ)(?:\s+(?:quan trọng|lãnh đạo|chủ chốt|khác))?"
               r"(?:(?:\s+(?:[^\W\d_]+|\([^()\n]{1,30}\))){1,8}?\s*,?\s+(?:như|gồm|bao gồm)"
               r"|\s*,?\s+(?:như|gồm|bao gồm))?\s*:?\s+")
"""The offices a person held, listed after this phrase: "ông A từng kinh qua các chức vụ: Title, Title; Title",
"… các vị trí như Title; Title", "… nhiều vị trí quan trọng trong ngành kiểm sát, bao gồm Title và Title", "… nhiều
chức vụ tại huyện Chư Păh (Gia Lai) như: Title, Title"; each title of the list is that person's."""

ASSIGNMENT_VERB_MAX_CHARS = 80
"""How far before a title its verb is looked for: the career phrase may name where ("đảm nhiệm nhiều chức vụ tại
huyện Chư Păh (Gia Lai) như: Title")."""

ASSIGNMENT_VERB = re.compile(
    r"(?:" + CAREER_LIST + "|"
    r"(?:được\s+)?(?:bầu|cử|giao|điều động|phân công)(?:\s+(?:lại|bổ sung))?\s+(?:giữ\s+)?"
    r"(?:chức(?:\s+(?:vụ|danh))?|làm)\s+|trở thành\s+(?:tân\s+)?"
    r"|(?<![\w])vào\s+chức\s+(?:vụ|danh)\s+|được\s+giới thiệu\s+(?:để\s+)?(?:bầu|ứng cử)\s+"
    r"|(?:được\s+)?bổ nhiệm\s+(?:giữ\s+)?(?:(?:chức(?:\s+vụ)?|làm)\s+)?"
    r"|(?:đảm nhiệm|đảm nhận|giữ|kiêm nhiệm|kiêm)\s+(?:chức(?:\s+(?:vụ|danh))?\s+|cương vị\s+|vị trí\s+)?"
    r"|(?:tái\s+)?(?:đắc cử|trúng cử)\s+(?:(?:chức(?:\s+vụ)?|làm)\s+)?|tái cử\s+"
    r"|(?<![\w])làm\s+|được\s+giao\s+|trên cương vị\s+|(?:với\s+)?(?:tư cách|cương vị)\s+(?:là\s+)?)$")
"""A verb that gives the subject of the sentence a title: "được bầu làm Chủ tịch", "làm trưởng đoàn",
"đảm nhiệm chức vụ Chủ nhiệm Tổng cục Chính trị", "được giao Quyền Giám đốc Sở", "tái đắc cử Chủ tịch Hội"."""

PRONOUN_SUBJECT = re.compile(r"(?<![\w])(?P<pronoun>(?i:đồng chí|ông|bà))[ \t\u00a0]+(?=[^\W\d_])")
"""A form of address standing for the person the text is about, as the subject of its clause ("Tháng 9/1992 đến
tháng 8/1997: Đồng chí làm Phó Thủ tướng Chính phủ", "Năm 2015, ông được bầu làm Chủ tịch UBND huyện"), when a
lower-case word follows it, not a name. It is the subject when it opens its sentence or follows `CLAUSE_OPENING`,
and `PRONOUN_PREDICATE` is all that stands between it and the title."""

_WHEN = r"[ \t\u00a0*]*(?:(?:[Tt]rước|[Ss]au)[ \t\u00a0]+)?(?<![^\W_])[Kk]hi[ \t\u00a0]+"

WHEN_CLAUSE = re.compile(rf"{_WHEN}\S[^,.;:!?\n]*")
"""A clause of time opening its sentence, up to its comma, with the title inside it: "Khi làm việc với Title, ông A
đề nghị …" — the comma after it ties no title in it to the name after it (a title right after "khi" is the clause's
subject, and the comma ties it: "Sau khi Giám đốc Sở Tài chính, ông A báo cáo, …")."""

FRONTED_CLAUSE = re.compile(
    rf"{_WHEN}[^,.;:!?\n]{{0,60}}?"
    r"(?<![^\W_])(?:làm|là|giữ\s+chức(?:\s+(?:vụ|danh))?|chức(?:\s+(?:vụ|danh))?)[ \t\u00a0]+")
"""A clause opening its sentence whose verb gives the sentence's subject a title, written before the subject:
"Trước khi được bầu làm Title, ông A từng là …", "Khi còn là Title, ông …", "Sau khi nhận chức Title, bà B …"."""

REPLACED_BEFORE_MAX_CHARS = 24
REPLACED_BEFORE = re.compile(r"(?<![^\W_])(?i:thay)(?:\s+(?:thế|cho))?\s+(?:(?i:ông|bà|đồng chí)\s+)?$")
"""The person another one replaces, never the subject of the verb giving the title: "Trước khi thay ông A làm Chủ
tịch …, ông B …", "ông B được bầu thay ông A làm …"."""

PASSIVE_AFTER = re.compile(r"(?<![^\W_])(?i:được)(?![^\W_])")
""""được" after the person replaced opens that person's own passive: "thay ông A được điều động làm Title"."""

PASSIVE_BEFORE = re.compile(r"(?<![^\W_])được[ \t\u00a0]+(?:[^\W\d_]+[ \t\u00a0]+){0,3}$")
"""A person named in a fronted clause right after "được" (and a title) is the agent of its passive, not its subject:
"Trước khi được Thủ tướng A bổ nhiệm làm Title, ông B …"."""

FRONTED_CLAUSE_END = re.compile(r"[^,.;:!?\n]{0,60},[ \t\u00a0]*")
"""The rest of a fronted clause after its title, to the comma before the subject ("nhiệm kỳ 2020-2025 vào ngày
22/10/2020, ")."""

PRONOUNS_OF_ANYONE = frozenset({"đồng chí"})
"""Forms of address that stand for a person whatever form the person was named with ("ông", "bà" do not)."""

CLAUSE_OPENING = re.compile(r"[:;,][ \t\u00a0*]*\Z")
"""What ends right before a subject that opens a clause: "Tháng 02/1987 đến tháng 8/1992: | Đồng chí …",
"Tại Đại hội …, | Đồng chí …"."""

PRONOUN_PREDICATE = re.compile(
    r"(?:(?:đã|sẽ|đang|được|tiếp tục|từng|lần lượt|vẫn|cũng|chính thức|còn|hiện|nay)\s+)*"
    r"(?:" + ASSIGNMENT_VERB.pattern.removesuffix("$") + r"|là\s+(?:(?:nguyên|cựu)\s+)?)")
"""The verb, with its adverbs, between a form of address standing for the person and the title it gives: "làm",
"tiếp tục được bầu làm", "là" (matched whole on the lower-cased view)."""

LINE_MARKS = " \t\u00a0*#>-"
"""What may open a line before its first word: spaces, markdown marks, a list dash."""

COORDINATED_PREDICATES_MAX_CHARS = 120
"""How far a form of address may stand from the verb giving a title across other predicates of it."""

ITEM_GAP = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[,;]\s*|\s+và\s+)")
ITEM_GAP_BODIES_MAX = 3
ITEM_GAP_BODY_MAX_CHARS = 60
"""Between two chains of titles in a list a verb gives the person the text is about: a comma or a semicolon, and at
most a few capitalized bodies or notes in brackets, each followed by one ("Đội trưởng Đội địa chất 4, Đoàn địa chất 20,
Bí thư Chi đoàn …", "… An ninh (tháng 9/1997); Ủy viên …")."""

DELEGATION_BEFORE = re.compile(r"(?:thừa|theo)\s+(?:ủy|uỷ)\s+quyền\s+(?:của\s+)?$|(?<![\w])thay mặt\s+(?:cho\s+)?$")
"""Acting for someone else: "thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Nội vụ X" — the first
title is another person's, it does not chain with the next."""

FRONTED_TOPIC = re.compile(r"\s*(?:Đối với|đối với|Riêng với|Riêng đối với|Trường hợp|Với trường hợp)\s")
"""A topic phrase opening a clause and closed by a comma: "Đối với gia đình bà X, Chủ tịch UBND tỉnh giao …" —
the title after that comma is the subject of the main clause, not in apposition to X."""

GIVEN_NAME_AFTER_ADDRESS = re.compile(
    rf"(?<![^\W\d_])(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Đđ]ồng chí)[ \t\u00a0]+"
    rf"(?P<given>[{UPPER_LETTERS}][^\W\d_]*)(?![^\W\d_])(?![ \t\u00a0]*[{UPPER_LETTERS}\d])")
"""A form of address and a given name alone ("bà Thìn", "ông Thành"), no other capitalized word after it: a
person named in full earlier in the text."""

ABBREVIATION_DOT = re.compile(r"(?<![^\W\d_])(?:TP|Tp|TX|TT|TS|ThS|PGS|GS|BS|KS|Th|St)\.$")
"""The dot closing an abbreviation, which ends no sentence: "TP. Hồ Chí Minh", "TS. Lê Văn A"."""

CLOSED_APPOSITION = re.compile(r"\s*(?:\([^()\n]*\)\s*)?(?:[,;.)]|$)")
"""An apposition that ends like one: the title chain is followed by a comma, a semicolon or the end."""

LIST_COLON = re.compile(r"\s*:\s*")

_TERM_ONE = r"(?i:khóa|khoá|nhiệm kỳ)[ \t\u00a0]+(?:\d{4}[ \t\u00a0]*[-–][ \t\u00a0]*\d{4}|[IVXLC]+|\d+)(?![^\W_])"
_LIST_VERB = r"(?:là|gồm|gồm có|bao gồm)"
_CHOSEN = r"(?:được|đã được)\s+(?:bầu|bầu lại|chỉ định|bổ nhiệm|phân công|điều động|giới thiệu|tái cử)"

_UNIT_AGE = r"(?:[ \t\u00a0]+(?:mới|cũ)(?![^\W_]))?"
"""A unit's "mới"/"cũ" after a title: the unit before or after a merger ("Bí thư Tỉnh ủy Tây Ninh mới")."""

_TERM_AFTER_TITLE = rf"{_UNIT_AGE}(?:,?[ \t\u00a0]+{_TERM_ONE})*"
"""A unit's "mới"/"cũ" and the term after a title, each term possibly after a comma, before the list of its holders
("các Phó Chủ tịch UBND TP Hải Phòng mới, nhiệm kỳ 2021 - 2026, gồm: …") or the person a decision concerns."""

LIST_NAMED_AFTER_TITLE = re.compile(
    rf"{_TERM_AFTER_TITLE},?\s+{_LIST_VERB}\s+(?:các|những)\s+(?:ông|bà|đồng chí|vị)(?:\s*,\s*(?:ông|bà))?(?:\s*:)?\s*",
    re.I)
"""A list of the people holding a title, introduced after it: "6 Phó Chủ tịch là các ông: A, B", "… là các ông
A 53 tuổi; B 52 tuổi", "Tám Phó Chủ tịch UBND bao gồm các ông A, B"."""

LIST_INTRO_BEFORE = re.compile(r"(?:các|những)\s+(?:(?:đồng chí|ông|bà|vị)\s+)?$|(?:^|\n)[ \t*#>-]*$", re.I)
"""A title shared by a list of people: "các đồng chí <Title>: A, B và C", "các <Title>: A, B", or a line
opening with the title ("Phó Chủ tịch: A, B, C")."""

LIST_ITEM_SEPARATORS = {mark: re.compile(rf"\s*{mark}\s*(?:và\s+)?|\s+và\s+") for mark in ";,"}
"""Items of a list of people are split at semicolons when the list has any, else at commas ("A, B, và C")."""

AGE_OR_BIRTH_YEAR = r"(?:\d{1,3}\s+tuổi|(?:SN|sinh năm)\s*\d{4}|sinh ngày\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4})"
PERSONAL_NOTE = rf"{AGE_OR_BIRTH_YEAR}\s*,\s*"
"""An age or a year of birth opening the brackets after a name, before the title: "(45 tuổi, Phó Chủ tịch …)"."""

PERSONAL_NOTES_AFTER_NAME = re.compile(
    rf"(?:\s*,\s*(?:{AGE_OR_BIRTH_YEAR}|(?:người\s+)?dân tộc\s+[{UPPER_LETTERS}][^\W\d_]*)|\s+{AGE_OR_BIRTH_YEAR})+"
    r"(?=\s*,)")
"""Notes between commas right after a name, or an age written right after it, before the title in apposition: "Sần
Thị Mai, 37 tuổi, người dân tộc Giáy, nguyên Chủ tịch Ủy ban MTTQ huyện", "Lê Anh Tú 53 tuổi, Phó Chủ tịch"."""

APPOSITION_GAP_MAX_CHARS = 20
"""A name and the title in apposition after it are never further apart, notes aside ("A (sinh năm 1970, Title")."""

APPOSITION_GAP = re.compile(
    r"(?:\s*\([^()\n]{1,80}\)(?=\s*(?:[,–—-]|(?:(?:hiện|đang|từng|nay|nguyên)\s+)?là\s)))?"
    rf"(?:\s*(?:,|[-–—]|\((?:{PERSONAL_NOTE})?"
    r"|,?\s+(?:(?:hiện|hiện đang|đang|từng|nay|vốn|nguyên|đồng thời|đều|còn|vẫn)\s+)?là(?:\s+(?:các|những)(?=\s))?)\s*"
    r"|[ \t\u00a0]+)"
    r"(?:(?i:nguyên|cựu|cố)\s+)?")
"""Between a name and the title in apposition after it: "A, Title", "A – Title", "A (Title", "A là Title",
"A (dân tộc Chăm), Title", "A (45 tuổi, Title",
"A hiện là Title", "A từng là Title", "A nguyên là Title", "A và B là các Title", and "A Title" written without a comma
("đồng chí Phạm Anh Tuấn Chủ tịch UBND tỉnh")."""

PLURAL_COPULA = re.compile(r"(?<![^\W_])(?:đều\s+là|là\s+(?:các|những))\s")
"""A title shared by the subjects coordinated before it: "các ông A, B và bà C là các Phó Chủ tịch UBND tỉnh"."""

NAME_AFTER_TITLE_GAP = re.compile(
    r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[-–—]\s*|:[ \t\u00a0]*"
    r"|(?:(?:lúc|khi|thời điểm)\s+(?:đó|ấy|bấy giờ)\s+|(?:hiện nay|hiện tại|hiện|đương nhiệm)\s+"
    r"|được\s+(?:chỉ định|bầu|bổ nhiệm|phân công|giới thiệu)\s+)?là\s+)?")
"""Between a title and the name after it: "Giám đốc Sở … (LĐTB&XH) Trần Hồng Chiến", "Chủ tịch UBND tỉnh - A",
"Trưởng đoàn là đồng chí A", "Giám đốc Sở Y tế khi đó là ông A", "Cục trưởng Cục Báo chí hiện là ông A", "Vụ trưởng
đương nhiệm là ông A", "Chủ tịch UBND phường Hiệp Bình: ông A", "Chủ tịch UBND tỉnh được chỉ định là ông A"."""

CONCERNING_PERSON = re.compile(rf"{_TERM_AFTER_TITLE},?\s+(?:đối với\s+|của\s+(?=(?:ông|bà|đồng chí)\s))")
"""A title, then the person a decision about it concerns: "miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông A",
"phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026 đối với ông B", "bầu bổ sung Ủy viên UBND
tỉnh, nhiệm kỳ 2021-2026 đối với ông D", "miễn nhiệm chức Chủ tịch UBND tỉnh của ông C"; the title is that person's,
not the one of a name before it ("… đối với ông A, Chủ tịch UBND tỉnh đối với ông B")."""

COMMA_BEFORE_NAME = re.compile(r"\s*,\s*")
"""A comma between a title and the name after it: only with an honorific after it ("Giám đốc Sở Y tế, ông A")
and no person before the title, whose apposition it would be ("A, Giám đốc Sở Y tế, ông B, …")."""

CLOSED_BARE_NAME = re.compile(rf"\s*,\s*(?![{UPPER_LETTERS}]|{AGE_OR_BIRTH_YEAR})(?=[^\W_])")
"""A name written after a title and a comma without an honorific ties only when a comma closes it and the
clause goes on in lower case or with a date ("Theo Trưởng Công an xã, Đặng Văn B, khi …", "Phó Giám đốc Bệnh
viện, Dương Văn C, 27/3"), not before another name or title ("Chủ tịch UBND tỉnh, A, Giám đốc Sở …") nor before the
person's age or year of birth ("… gửi Chủ tịch UBND xã, A, sinh năm 1980, đã …": the subject of a new clause)."""

COPULA_BEFORE = re.compile(r"(?:^|[^\w])là\s+(?:(?:nguyên|cựu|cố)\s+)?$")
COPULA_AFTER = re.compile(r"\s+là\s")
"""A title that is the predicate of "là" ("bà X là Phó Chủ tịch tỉnh, ông Y là Giám đốc Sở …"), or a name
that is the subject of its own "là": the comma between them ends a clause, it does not tie them."""

PORTFOLIO = re.compile(r"[ \t\u00a0]+phụ trách[ \t\u00a0]+(?=\S)")
"""The field a deputy is in charge of, written after the title: "Phó Chủ tịch UBND tỉnh phụ trách khối kinh tế".
It is not part of the title; an organization right after it is ("Phó Giám đốc phụ trách Sở Y tế")."""

TERM = re.compile(rf"{_UNIT_AGE}[ \t\u00a0]+{_TERM_ONE}(?:,?[ \t\u00a0]+{_TERM_ONE})*")
TERM_START = re.compile(_TERM_ONE)
"""The term written after a title ("Đại biểu HĐND tỉnh khóa XII", "Chủ tịch LHH khoá IV, nhiệm kỳ 2018 - 2023", "Phó
Chủ tịch UBND tỉnh Tây Ninh mới nhiệm kỳ 2021–2026"): not part of the title, and it does not part the title from the
name or the next title after it."""

PORTFOLIO_WORD = re.compile(r"[^\W\d_]+|[-–—&]")
"""A word of a portfolio, or a dash inside it ("phụ trách lĩnh vực văn hóa - xã hội")."""

PORTFOLIO_MAX_WORDS = 12

QUALIFIED_BODY = re.compile(r"(?:ban chỉ đạo|ủy ban|hội đồng|tiểu ban|(?:phòng|đội) (?:cảnh sát điều tra tội phạm|csđttp))"
                            r"(?![^\W_])")
"""Bodies named with what they are about, after "về" (matched on the lower-cased view): "Ban Chỉ đạo Trung ương
về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Đội Cảnh
sát điều tra tội phạm về ma túy Công an huyện"."""

QUALIFIER = re.compile(r"[ \t\u00a0]+về[ \t\u00a0]+")
QUALIFIER_CHUNK = re.compile(r"[^\s,;.:!?()“”\"]+")
"""A word of the subject after "về", symbols included ("18-NQ/TW"); punctuation ends the subject."""

QUALIFIER_END = re.compile(
    r"(?:cho biết|cho hay|cho rằng|phát biểu|nhấn mạnh|chủ trì|khẳng định|đề nghị|yêu cầu|báo cáo|trình bày|"
    r"chia sẻ|kết luận|đánh giá|làm việc|tham dự|ký|đã|đang|sẽ|vừa|cũng|được|bị|là|có|tại|cùng|dự|và các)"
    r"(?![^\W_])")
"""Words that open the predicate after the subject: the body's name ends before them (on the lower-cased view)."""

QUALIFIER_MAX_WORDS = 16

MANAGING_BODY = re.compile(r"(?:ban\s+(?:quản lý|chỉ đạo(?:\s+quốc gia)?|điều hành)"
                           r"|(?:tổng cục|chi cục|cục|đội)\s+quản lý)(?![^\W_])")
"""Boards and departments named by what they manage or steer, written after them mostly in lower case (matched on
the lower-cased view): "Ban Quản lý rừng phòng hộ Ia Grai", "Ban Quản lý dự án đầu tư xây dựng các công trình giao
thông tỉnh", "Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19", "Cục Quản lý khám, chữa bệnh"."""

OTHERS_JOINED = re.compile(r"và\s+(?:đại diện|lãnh đạo)(?![^\W_])")
""""và" joining others to a title's holder, not a part of its organization's name: "Phó Cục trưởng Cục Trồng trọt
và đại diện Cục Kinh tế hợp tác" (on the lower-cased view)."""

MANAGED_OBJECT_END = re.compile(
    r"(?:kiểm tra|thăm|trao|tặng|tiếp|nêu|giới thiệu|thông tin|thông báo|trả lời|bày tỏ|ghi nhận|mong|chúc|"
    rf"khóa|khoá|nhiệm kỳ|giai đoạn|năm|trong|người|nhằm|để|với|do|của|làm)(?![^\W_])|{OTHERS_JOINED.pattern}")
"""Besides `QUALIFIER_END`, what ends the object of a managing board: a predicate, a term ("khóa XV",
"nhiệm kỳ 2020 - 2025"), a relative or a prepositional phrase."""


MANAGED_OBJECT_MAX_WORDS = 16

SEATED_BODY_END = "cấp cao"
"""A high court or procuracy is named with its seat, written like a posting: "Viện Kiểm sát nhân dân cấp cao tại
Thành phố Hồ Chí Minh" (on the lower-cased view)."""

POSTING = re.compile(r"(?:[ \t\u00a0]*\([^()\n]{1,24}\))?[ \t\u00a0]+tại[ \t\u00a0]+")
"""Where a diplomat or a representative is posted, part of the title, after the body's abbreviation if one is
written: "Đại sứ Việt Nam tại Nhật Bản", "Trưởng đại diện Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) tại
Việt Nam"."""

HYPHENATED_PLACE_PARTS = re.compile(r"(?:-[^\W\d_]+)+")
"""The parts of a foreign place's name joined by hyphens, in lower case after the first ("Pắc-xế", "Viêng-chăn")."""

POSTING_PLACE_END = re.compile(rf"[ \t\u00a0]+và[ \t\u00a0]+(?![{UPPER_LETTERS}])")
""""và" and a lower-case word end the place a title's holder is posted to: another phrase starts there ("Đại sứ Việt
Nam tại Nhật Bản và cán bộ Đại sứ quán"); "tại Vương quốc Anh và Bắc Ireland" is one place."""

PLURAL_BEFORE = re.compile(r"(?:^|[^\w])(?:các|những|hai|ba|bốn|cùng các)\s+(?:(?:đồng chí|ông|bà|vị)\s+)?$", re.I)
"""A title written for several people: "các Phó Chủ tịch UBND tỉnh A, B và C", "hai Phó Chủ tịch …"."""

OFFICE_WORD = re.compile(r"(?<![^\W_])(?:chức|nhiệm vụ|bầu|miễn nhiệm|bãi nhiệm|bổ nhiệm|phê chuẩn|cho thôi)(?![^\W_])")
"""The office named as one or a decision about it ("chức vụ", "nhiệm vụ đại biểu", "phê chuẩn kết quả bầu:"): such a
decision may name the person it concerns after the title ("… đối với ông A")."""

NOTE_AFTER_NAME = re.compile(r"[ \t\u00a0]*\([^()\n]{1,80}\)")
"""A note in brackets right after a name ("A (43 tuổi, Phó Chủ tịch UBND quận 2)")."""

NUMBER_BEFORE_MAX_CHARS = 12
NUMBER_BEFORE = re.compile(
    r"(?:(?<!\S)(?<!tháng )(?<!ngày )(?<!năm )(?<!quý )\d{1,2}|(?<![^\W_])(?:hai|ba|bốn|sáu|bảy|tám|chín|mười))\s+$")
"""A title counted before a list of its holders: "3 Phó Bí thư khác là A, B, C", "hai phó chủ tịch đương nhiệm là
ông A và ông B" (not a date: "tháng 3 | Phó …", "Chiều 12/3 | Phó …")."""

LIST_AFTER_PLURAL_TITLE = re.compile(
    rf"{_TERM_AFTER_TITLE}(?:\s+(?:khác|còn lại|hiện tại|hiện nay|đương nhiệm|{_CHOSEN}))?,?\s+"
    rf"(?:{_LIST_VERB}(?:\s+(?:ông|bà|đồng chí)(?=\s*:))?|cho\s+các\s+(?:ông|bà)(?:\s*,\s*(?:ông|bà))?)\s*:?\s*")
"""The holders of a title written for several people, listed after it: "3 Phó Bí thư khác là A, B, C", "Các Phó Chủ
tịch hiện tại là A, B", "Các Phó Bí thư được chỉ định gồm: A, B", "4 Phó Bí thư gồm bà: A, ông B", "bổ nhiệm 10 Thứ
trưởng cho các ông, bà: A, B" (not "Bằng khen của Chủ tịch UBND tỉnh cho các ông, bà: …", no count there)."""

NEXT_LISTED_NAME = re.compile(r"\s*(?:,|;|\s(?:và|cùng))\s*")
"""Between two names sharing the title before them."""

ASSIGNMENT_VERB_INSIDE = re.compile(
    r"(?<![^\W_])(?:đắc cử|trúng cử|được bầu|được bổ nhiệm|được chỉ định|giữ chức|làm|là)(?![^\W_])")
"""A verb giving a title inside what stands between two coordinated names: the first name is the subject of a clause
of its own, not a second subject of the verb after the second name."""

AND_BEFORE_TITLED_NAME = re.compile(r"\s+và\s+(?=\S)")
"""Between two subjects of one verb, the second with its title before it: "do Giám đốc Sở Y tế A và Phó Giám đốc Sở
B làm trưởng đoàn" gives the title to both."""

BEFORE_VERB_MAX_CHARS = 20
"""How far before a verb giving a title its negation or its unnamed holder is looked for."""

NEGATION_BEFORE = re.compile(r"(?<![^\W_])(?:không|chưa|chẳng|từ chối)(?:[ \t\u00a0]+(?:muốn|được|thể|có|đồng ý))?"
                             r"[ \t\u00a0]+$")
"""A negated verb gives no title: "bày tỏ nguyện vọng không muốn làm Giám đốc Bệnh viện", "chưa được bổ nhiệm"."""

UNNAMED_HOLDER_BEFORE = re.compile(r"(?<![^\W_])(?:chỉ định|giới thiệu|bổ nhiệm|điều động|bầu|cử|chọn)[ \t\u00a0]+"
                                   r"(?:nhân sự|cán bộ|người|ứng viên)[ \t\u00a0]+$")
"""A verb whose subject is an unnamed holder gives the person named before it no title: "Thủ tướng A đã ký quyết
định chỉ định nhân sự giữ chức vụ Chủ tịch UBND các tỉnh" (not a body's name: "Vụ trưởng Vụ Tổ chức cán bộ giữ
chức …")."""

AGENT_MARKER = re.compile(rf"(?<![^\W_])do[ \t\u00a0]+(?=[{UPPER_LETTERS}]|(?:ông|bà|đồng chí|ngài)[ \t\u00a0])")
""""do" before the agent of a verb ("đoàn công tác do Quận trưởng X làm trưởng đoàn"): a person named before it is
not that verb's subject."""

TITLED_COORDINATED_NAME = re.compile(r"\s*,\s*(?P<titles>[^.;:\n]{3,120}?)(?:\s*,)?\s+và\s+")
"""Between two subjects of one verb, the first with its titles in apposition: "bầu ông A, Bí thư Huyện ủy Yên Lạc và
bà B, Phó Ban Nội chính Tỉnh ủy giữ chức Phó Chủ tịch UBND tỉnh" gives the title to both (not past a semicolon: the
items of "các đồng chí: A, Title; B, Title" are no subjects of the verb after the list)."""

ORG_HEADS = frozenset({
    "Sở", "Bộ", "Ban", "Ủy ban", "Uỷ ban", "UBND", "HĐND", "MTTQ", "UBMTTQ", "Tỉnh ủy", "Tỉnh uỷ",
    "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Quận ủy", "Quận uỷ", "Thị ủy", "Thị uỷ", "Đảng ủy",
    "Đảng uỷ", "Đảng bộ", "Chi bộ", "Cục", "Tổng cục", "Chi cục", "Vụ", "Viện", "Phòng", "Văn phòng", "Khoa",
    "Trường", "Học viện", "Đại học", "Bệnh viện", "Trung tâm", "Hội", "Hội đồng", "Liên minh", "Liên hiệp",
    "Liên đoàn", "Liên doanh", "Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng", "HTX", "Hợp tác xã",
    "Quân khu", "Quân đoàn", "Quân chủng", "Binh chủng", "Sư đoàn", "Lữ đoàn", "Bộ Tư lệnh", "Bộ Chỉ huy",
    "Bộ CHQS", "Công an", "Thanh tra", "Tòa án", "Toà án", "TAND", "Viện Kiểm sát", "VKSND", "Kho bạc",
    "Quốc hội", "Chính phủ", "Đoàn", "Tỉnh đoàn", "Thành đoàn", "Báo", "Đài", "Quỹ", "Kiểm toán", "Hải quan",
    "Chi nhánh", "Nhà xuất bản", "Tạp chí", "Thông tấn xã", "TTXVN", "LHH", "Tổng LĐLĐ", "LĐLĐ", "Đảng",
    "Nhà nước", "Mặt trận", "Trung ương", "BCH", "Ban Chấp hành", "Cảng vụ", "Đồn", "Chi hội", "Hiệp hội",
})
"""Words that open the name of an organization. A capitalized word right after one of them starts
a new word of that name, and a specialty after "Trợ lý" ends where one of them begins."""

ORG_HEAD_AT_END = re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(map(re.escape, ORG_HEADS))) + r")\Z")
"""A text ending with one of `ORG_HEADS` as a whole word; search it from `ORG_HEAD_LONGEST` before the end."""

ORG_HEAD_LONGEST = max(map(len, ORG_HEADS))

ORG_HEAD_AT_START = re.compile(r"(?:" + "|".join(sorted(map(re.escape, ORG_HEADS), key=len, reverse=True))
                               + r")(?![^\W_])")
"""A text starting with one of `ORG_HEADS` as a whole word."""

WORD_FORMING_ROLE_STARTS = frozenset({"vụ"})
"""First syllables of role words ("Vụ trưởng", "Vụ phó") that, written in lower case right after a syllable they form
a word with, are that word's end: "chức vụ | Phó Chủ tịch", "chức vụ | trưởng Ban Dân vận"."""

ROLE_BLOCKING_HEADS = frozenset({
    "Ban", "Bộ", "Đoàn", "Văn phòng", "Hội đồng", "Ủy ban", "Uỷ ban", "Cơ quan", "cơ quan",
    "ban", "đoàn", "Cụm", "Khối",
})
"""A role word right after one of these names a body, not a person's title: "Ban Giám đốc",
"Bộ Tư lệnh", "Đoàn Chủ tịch", "Văn phòng Chủ tịch nước"."""

ORG_LOWERCASE_VERBS = frozenset({
    "quản lý", "chỉ đạo", "hỗ trợ", "kiểm tra", "xây dựng", "phát triển", "bảo vệ", "cải cách", "điều tra",
    "phòng chống", "bồi thường", "nghiên cứu", "giải phóng", "chỉ huy", "đào tạo", "đầu tư", "kinh doanh",
    "thi đua", "khen thưởng", "tổng hợp", "quy hoạch", "phòng cháy", "chữa cháy", "cứu hộ", "cứu nạn",
    "tiếp công dân", "giáo dục", "bảo hiểm", "thống kê", "kiểm toán", "xuất bản", "truyền thông", "thông tin",
    "tổ chức", "chăm sóc", "bảo trợ",
})
"""Words of `ORG_LOWERCASE_WORDS` that are also verbs: after a title they may be the predicate of the sentence
("Giám đốc Sở Y tế kiểm tra công tác …"), so they continue a name only when no object follows them."""

GENERIC_ORG_NOUNS = frozenset({"ban", "phòng", "đoàn", "khoa", "trạm", "ấp", "thôn", "bản", "khu phố",
                               "văn phòng", "công an", "thanh tra", "nước"})
"""Organization parts of a role word that name no organization on their own ("Trưởng ban", "Chủ tịch nước")."""

UNIT_WORDS = re.compile(
    r"(?<![^\W_])(?:TP\.|Tp\.|TX\.|(?:TP|TX|Thành phố|tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|ấp|thôn|bản|"
    r"khu phố)(?!\w))")
"""Administrative units; the place named after one belongs to the organization ("UBND tỉnh Lào Cai"). "Thành phố"
is also written capitalized for the city the article is about ("HĐND Thành phố")."""

ABBREVIATION = re.compile(r"[A-ZĐ][A-ZĐÀ-Ỹ0-9&]*(?:[-&.][A-ZĐÀ-Ỹ0-9&]+)*\.?")
"""An upper-case abbreviation inside an organization's name: UBND, HĐND, NN&PTNT, TN&MT, LĐTB&XH, TP."""

BRACKETED_ABBREVIATION_BEFORE_UNIT = re.compile(
    r"\([A-ZĐ][A-ZĐ0-9&.\-]{1,14}\)(?=[ \t\u00a0]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|TP\.?)(?![^\W_]))")
"""A body's abbreviation in brackets inside its name, before the unit: "Hội đồng nhân dân (HĐND) tỉnh Bình Định", "Sở
Nông nghiệp và Môi trường (NN&MT) tỉnh Đồng Tháp"."""

ORG_NUMBER = re.compile(r"(?:\d+[A-Za-z]?|[IVXLC]+)(?![\w/])")
"""A number or Roman numeral inside a name: "Quân khu 1", "HTX Nông nghiệp II Nhơn Thọ"."""

ORG_CONNECTORS = ("và", "-", "–", "&", "của", "nước")
"""Join two parts of one organization's name when a capitalized part follows:
"Sở Lao động - Thương binh và Xã hội", "Ủy ban Pháp luật và Tư pháp của Quốc hội",
"Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam"."""

ENUMERATION_MAX_TOKENS = 16
ENUMERATION_MAX_PARTS = 4
"""A comma inside an organization's name enumerates its fields, the last one after "và": "Bộ Văn hóa, Thể
thao và Du lịch", "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam"; it is read that far at most."""

CREDIT_WORDS = frozenset({"Ảnh", "Video", "Clip", "Nguồn"})
"""A capitalized word that opens a photo or source credit, never part of a name ("… Quận 2 - Ảnh 1")."""

ORG_LOWERCASE_WORDS = tuple(sorted({
    "nhân dân", "đất đai", "nông thôn", "bệnh tật", "xã hội", "môi trường", "đầu tư", "kinh tế", "tổ chức",
    "phát triển", "khoa học", "công nghệ", "kỹ thuật", "giao thông", "vận tải", "tài nguyên", "đô thị",
    "thủy sản", "thuỷ sản", "thủy lợi", "thuỷ lợi", "nông nghiệp", "lâm nghiệp", "công nghiệp",
    "thương mại", "du lịch", "thể thao", "văn hóa", "văn hoá", "giáo dục", "đào tạo", "y tế", "dân số",
    "gia đình", "trẻ em", "thanh niên", "phụ nữ", "nông dân", "cựu chiến binh", "an ninh", "quốc phòng",
    "trật tự", "an toàn", "thực phẩm", "phòng chống", "tham nhũng", "tội phạm", "ma túy", "ma tuý",
    "hành chính", "quốc gia", "quốc tế", "trung ương", "địa phương", "dự án", "thị trường", "xây dựng",
    "cảnh sát", "quản lý", "điều tra", "kiểm sát", "nhà nước", "chính trị", "chính sách", "pháp luật",
    "pháp chế", "hình sự", "kinh doanh", "tài chính", "ngân sách", "hải quan", "biên phòng", "vũ trang",
    "lực lượng", "quân sự", "cứu hộ", "cứu nạn", "phòng cháy", "chữa cháy", "công dân", "dân tộc",
    "tôn giáo", "tuyên giáo", "dân vận", "kiểm tra", "nội chính", "đối ngoại", "thông tin", "truyền thông",
    "báo chí", "xuất bản", "phát thanh", "truyền hình", "điện tử", "cải cách", "thi đua", "khen thưởng",
    "lao động", "thương binh", "việc làm", "bảo hiểm", "kế hoạch", "kế toán", "kiểm toán", "thống kê",
    "tư pháp", "nội vụ", "ngoại giao", "công thương", "xây dựng", "quy hoạch", "kiến trúc", "tiếp công dân",
    "giải phóng", "mặt bằng", "bồi thường", "hỗ trợ", "khuyến nông", "thú y", "bảo vệ", "thực vật",
    "nghiên cứu", "chiến lược", "tổng hợp", "cơ sở", "hạ tầng", "dữ liệu", "dịch vụ", "cổ phần",
    "trách nhiệm", "hữu hạn", "một thành viên", "thành viên", "đa khoa", "sản nhi", "đặc biệt", "bền vững",
    "chi bộ", "đảng ủy", "đảng uỷ", "đảng bộ", "công an", "hội đồng", "đại biểu", "tối cao", "chủ nghĩa",
    "tổ quốc", "cộng sản", "đối nội", "môi trường", "quỹ đất", "chỉ huy", "chỉ đạo",
    "luật sư", "sức khỏe", "sức khoẻ", "chăm sóc", "cán bộ", "chất lượng", "nông lâm sản", "nông sản", "lâm sản",
    "kiểm lâm", "khuyến học", "người cao tuổi", "chữ thập đỏ", "nạn nhân", "chất độc da cam", "khu công nghiệp",
    "khu kinh tế", "doanh nhân", "doanh nghiệp", "hợp tác xã", "người khuyết tật", "trẻ mồ côi", "bảo trợ",
    "đa phương", "song phương", "thiên tai", "tìm kiếm", "lãng phí", "tiêu cực", "phòng, chống",
    "tham nhũng, tiêu cực", "tham nhũng, lãng phí, tiêu cực", "cán sự đảng", "phòng thủ dân sự", "dân sự", "cửa khẩu",
    "cửa khẩu quốc tế", "cấp cao", "huyện ủy", "huyện uỷ", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "quận ủy",
    "quận uỷ", "thị ủy", "thị uỷ", "cộng đồng", "kinh tế vùng", "khám, chữa bệnh", "khám chữa bệnh",
    "hồi sức tích cực", "hồi sức cấp cứu", "chống độc", "gây mê hồi sức", "chẩn đoán hình ảnh", "truyền nhiễm",
    "tim mạch can thiệp", "tim mạch", "thận nhân tạo", "tai mũi họng", "răng hàm mặt", "kiểm soát nhiễm khuẩn",
    "dinh dưỡng", "sản phụ khoa", "nội tổng hợp", "ngoại tổng hợp", "chấn thương chỉnh hình", "vật tư",
    "thiết bị y tế",
}, key=lambda w: (-len(w), w)))
"""Lower-case words inside organization names ("Cục Quản lý đất đai", "Quân đội nhân dân Việt Nam",
"Trung tâm Kiểm soát bệnh tật"), longest first; a few are written with a comma, as the names of standing
committees have them ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh")."""

LOWERCASE_HEADS = re.compile(
    r"(?:nhà trường|đồn|chùa|tổ|bệnh viện|công ty|tập đoàn|ngân hàng|nhà máy|xí nghiệp|trung tâm|bảo tàng|thư viện|khách sạn|hợp tác xã|"
    r"sở|trường)(?![^\W_])")
"""Organizations written in lower case right after a role word, named by their kind alone or followed by their name:
"Giám đốc bệnh viện", "Hiệu trưởng trường", "Phó Giám đốc sở" (matched on the lower-cased view; a one-syllable head
that makes a word with the next syllable, "trường hợp", is none)."""

PREDICATE_VERBS = re.compile(
    r"(?:kiến nghị|đề xuất|phối hợp|giải trình|khảo sát|giám sát|quán triệt|phổ biến|tuyên dương|chất vấn|thảo luận|"
    r"bàn giao|cam kết|lắng nghe|tiếp thu|trao đổi|chỉ đạo|chúc mừng|biểu dương|khen ngợi|ghi nhận|"
    r"hướng dẫn|thông tin|giải thích|tham gia|tiếp nhận|tiếp đón|công bố|trao tặng|động viên|thăm hỏi|giới thiệu|"
    r"hoan nghênh|cảm ơn|thông báo|trả lời|bày tỏ|nhận định|tuyên bố|phân tích|lưu ý|nhắc nhở|đôn đốc|kêu gọi)"
    r"(?![^\W_])")
"""Verbs opening the predicate right after a title, besides `QUALIFIER_END` (matched on the lower-cased view): a
capitalized word of a name followed by one of them ends there ("Trưởng khoa Nhi | kiến nghị Bộ Y tế …")."""

NAMES_AFTER_ROLE_HEAD = re.compile(r"(?:đại diện|tham mưu)(?![^\W_])")
"""Lower-case names of a body right after the body word a role carries or "Văn phòng", verbs anywhere else:
"Trưởng Ban đại diện HĐQT", "Trưởng phòng tham mưu Công an tỉnh", "Văn phòng đại diện", but "Giám đốc Sở tham mưu
UBND tỉnh", "Chủ tịch Hội đại diện Hội Nông dân tỉnh" (on the lower-cased view); a name's closing follows them."""

OFFICE_BEFORE = re.compile(r"(?i:văn phòng)[ \t\u00a0]+$")

PHRASE_AFTER_NAME = frozenset({"cùng", "đã", "đang", "sẽ", "vừa", "cũng", "được", "là", "có", "và"})
"""Words that open the next phrase after a name, and never an object: an enumerated lower-case word before them
("Sở Kế hoạch và đầu tư | cùng lãnh đạo …") ends the name; "thông tin | cho các xã" is a verb and its object."""

NOMINAL_TAGS = frozenset({"N", "Nc", "Nu", "Np", "Ny", "Nb", "A"})
"""underthesea's tags of nouns and adjectives, the only words a lower-case run ending a name may hold."""

LOWERCASE_RUN_STOPS = frozenset({"lúc", "hồi", "bấy", "giờ", "ấy", "hiện", "nay", "bên", "cạnh", "trên", "dưới",
                                 "hết", "sức", "tinh", "thần", "thời", "điểm", "đây", "kia", "dẫn", "đầu", "mới", "cũ",
                                 "nhiều", "mỗi", "vài", "mấy", "hôm", "tuần", "sáng", "trưa", "chiều", "tối", "đêm",
                                 "ý"})
"""Words of time, quantity, place and manner, the verb of leading a delegation, and "mới"/"cũ" telling a unit before
or after a merger, that the tagger may read as nouns or adjectives but never end an organization's name: "Giám đốc Sở
Y tế | lúc bấy giờ", "… | bên cạnh", "… | trên tinh thần", "Thứ trưởng Bộ Y tế | dẫn đầu", "Bí thư Tỉnh ủy Tây Ninh |
mới", "Giám đốc Sở Tài chính | nhiều năm qua", "… | tuần qua", "… | ý kiến"."""

LOWERCASE_RUN_MAX_WORDS = 6
LOWERCASE_RUN_CLOSE = re.compile(rf"[ \t\u00a0]*(?:[,;.()\n–—-]|$|[{UPPER_LETTERS}])")
"""Lower-case words ending an organization's name ("Hội Doanh nhân trẻ", "Phòng Kê khai và kế toán thuế") are at
most this many, and what follows them closes a name: punctuation, a bracket, the end of the line or a capital (or the
word opening the predicate, told by the POS tagger)."""

COMPOUND_STOP_SYLLABLES = frozenset({
    "và", "dự", "cho", "đã", "đang", "sẽ", "cùng", "với", "tại", "về", "trong", "năm", "khóa", "khoá",
    "nhiệm", "lần", "ngày", "tháng", "là", "được", "bị", "có", "làm", "đến", "để", "thì", "nói", "này",
    "đó", "phát", "trao", "tặng", "thăm", "kiểm", "thay", "nhấn", "khẳng", "đề", "yêu", "chào", "chúc",
    "nêu", "cũng", "đi", "đón", "gửi", "tham", "vừa", "từng", "kiêm", "cảm", "khen", "đọc", "nghe", "xem",
    "theo", "như", "khi", "sau", "trước", "từ", "đều", "luôn", "rất", "mà", "nhưng", "hay", "hoặc", "các",
    "những", "một", "hai", "ba", "ra", "vào", "qua", "còn", "vẫn", "ở", "thành", "của",
})
"""Lower-case syllables that do not continue a capitalized word of an organization's name:
they start the verb or phrase after the title ("Sở Y tế cho biết", "Ban Chấp hành Trung ương Đảng năm 1997")."""
