"""Cue phrases of administrative restructuring news, grouped and weighted.

Each group is a `Cue`: weight, regex and keywords. A sentence's score is the
sum of the weights of the groups it matches (each group counted once per
sentence). Strong cues name the restructuring of administrative units or of
the apparatus itself; weak cues are words that also occur in other senses
("hợp nhất", "thành lập") and only count beside a unit or a body.

The keywords of a cue are lower-case words of which every match of its regex
holds one: a sentence (or a whole article) without any of them is not searched
with the regex, which is what makes judging an article cheap.
"""
import re
from typing import NamedTuple


class Cue(NamedTuple):
    weight: float
    pattern: re.Pattern[str]
    keywords: tuple[str, ...]


_UNIT = (r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đơn vị hành chính|ĐVHC|"
         r"cấp tỉnh|cấp huyện|cấp xã|Sở|Bộ|Ban|cơ quan|đơn vị|Công an|Đảng bộ|Chi bộ|"
         r"Trung tâm|Chi cục|Cục|Tổng cục|Vụ|Phòng|Ủy ban|UBND|HĐND|tổ chức)")

STRONG_CUES: dict[str, Cue] = {
    "apparatus": Cue(3.0, re.compile(
        r"(?:sắp xếp|tinh gọn|kiện toàn|sắp xếp lại|tổ chức lại)(?:,? (?:tổ chức|tinh gọn))?"
        r"(?: lại)? (?:tổ chức )?bộ máy", re.I), ("bộ máy",)),
    "administrative_units": Cue(3.0, re.compile(
        r"sắp xếp(?: lại)?,? (?:tổ chức lại )?(?:các |\d[\d.]* )?(?:đơn vị hành chính|ĐVHC)", re.I),
        ("sắp xếp",)),
    "two_level_government": Cue(2.0, re.compile(
        r"chính quyền (?:địa phương )?(?:2|hai) cấp", re.I), ("chính quyền",)),
    "level_abolished": Cue(3.0, re.compile(
        r"(?:không (?:còn )?tổ chức |bỏ |kết thúc hoạt động (?:của )?(?:các )?(?:đơn vị hành chính |ĐVHC )?)"
        r"(?:Công an |chính quyền )?cấp (?:huyện|tỉnh|xã)", re.I), ("cấp huyện", "cấp tỉnh", "cấp xã")),
    "merger": Cue(2.5, re.compile(
        rf"(?:(?:sáp nhập|hợp nhất|chia tách|giải thể)(?: \w+){{0,2}}|(?<!\w)nhập) "
        rf"(?:các |hai |ba |\d+ )?{_UNIT}", re.I), ("nhập", "hợp nhất", "chia tách", "giải thể")),
    "after_merger": Cue(1.5, re.compile(
        r"(?:sau|trước) (?:khi )?(?:sáp nhập|hợp nhất|sắp xếp)", re.I), ("sáp nhập", "hợp nhất", "sắp xếp")),
    "restructuring_scheme": Cue(2.5, re.compile(
        r"Đề án (?:hợp nhất|sáp nhập|sắp xếp)", re.I), ("đề án",)),
    "streamlining_staff": Cue(1.5, re.compile(
        r"tinh giản biên chế|dôi dư|giảm (?:được )?\d+ (?:đầu mối|phòng|đơn vị|cơ quan)", re.I),
        ("tinh giản biên chế", "dôi dư", "giảm")),
    "duties_handed_over": Cue(1.5, re.compile(
        r"(?:phân cấp|chuyển giao|bàn giao|tiếp nhận) (?:[\w,]+ ){0,8}(?:cho|về|từ) (?:Công an |UBND |chính quyền )?"
        r"(?:các )?(?:cấp xã|phường|xã|cấp tỉnh)", re.I), ("phân cấp", "chuyển giao", "bàn giao", "tiếp nhận")),
    "resolution_18": Cue(2.0, re.compile(r"18[- ]?NQ/TW|Kết luận (?:số )?(?:126|127|130|137)", re.I),
                         ("nq/tw", "kết luận")),
    "unit_formed_from_others": Cue(3.0, re.compile(
        r"trên cơ sở (?:sáp nhập|nhập|hợp nhất|chia tách|tổ chức lại|điều chỉnh địa giới)", re.I),
        ("trên cơ sở",)),
    # founding, renaming or upgrading a unit or a body; not the anniversary of its founding ("kỷ niệm 50 năm
    # thành lập huyện", "Ngày thành lập Đảng bộ")
    "unit_created_or_renamed": Cue(2.5, re.compile(
        r"(?<!năm )(?<!ngày )(?<!niệm )(?:thành lập (?:mới )?|đổi tên (?:gọi )?(?:của )?|nâng cấp )(?:các |\d+ )?"
        r"(?:tỉnh|thành phố|thị xã|quận|huyện|phường|xã|thị trấn|đơn vị hành chính|ĐVHC|"
        r"Sở|Bộ|Cục|Chi cục|Tổng cục|Đảng bộ|Đảng ủy)(?!\w)", re.I),
        ("thành lập", "đổi tên", "nâng cấp")),
    "bodies_reorganized": Cue(2.5, re.compile(
        r"(?:sắp xếp|tổ chức lại|sáp nhập|hợp nhất)(?:,? (?:tổ chức lại|tinh gọn|sắp xếp))?(?: lại)? "
        r"(?:các |\d+ )?(?:cơ quan chuyên môn|cơ quan hành chính|đơn vị sự nghiệp|sở, ngành|sở, ban, ngành|"
        r"phòng chuyên môn|cơ quan, đơn vị|tổ chức cơ sở đảng|Đảng bộ|Công an|cơ quan đảng)", re.I),
        ("sắp xếp", "tổ chức lại", "sáp nhập", "hợp nhất")),
    "early_retirement": Cue(2.5, re.compile(
        r"nghỉ hưu trước tuổi|nghỉ thôi việc|thôi việc theo nguyện vọng", re.I),
        ("nghỉ hưu trước tuổi", "thôi việc")),
    "staff_policy_decree": Cue(1.5, re.compile(
        r"178/2024/NĐ-CP|67/2025/NĐ-CP|Nghị định (?:số )?(?:178|67)\b", re.I), ("178", "67")),
}

CONTEXT_CUES = frozenset({"two_level_government", "after_merger", "duties_handed_over",
                          "streamlining_staff", "resolution_18", "staff_policy_decree"})
"""Cues that only support a decision: restructuring must also be named by a core cue."""

NEGATIVE_CUES: dict[str, Cue] = {
    "economic_sector": Cue(-3.0, re.compile(
        r"tái cơ cấu (?:ngành|nền kinh tế|doanh nghiệp|ngân hàng)", re.I), ("tái cơ cấu",)),
    "company_merger": Cue(-2.5, re.compile(
        r"(?:sáp nhập|hợp nhất|mua lại) (?:công ty|doanh nghiệp|ngân hàng|hợp tác xã|HTX)", re.I),
        ("sáp nhập", "hợp nhất", "mua lại")),
}

CASE_VARIANTS = (("İ", "i"), ("ı", "i"), ("ſ", "s"))
"""Letters that a case-insensitive regex takes for "i" or "s" although their lower case is
another letter: written as those letters before keywords are looked up in lower case."""

SENTENCE_SPLIT = re.compile(r"(?=\s)(?:(?<=[.!?;])\s+|\n+)")
"""After a sentence's closing mark, or at line breaks (the leading lookahead only lets the
search skip fast to whitespace)."""

LEAD_CHARS = 600
"""The title and the opening of the body weigh double: they say what the story is about."""

MIN_SCORE = 6.0
MIN_CUE_SENTENCES = 2
"""A single passing mention is not enough: at least this many sentences must carry a cue."""
