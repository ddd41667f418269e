"""Where a name written without quotes ends: capitalised words up to a function word, a
level and place, or punctuation (``_unquoted_name``); and two editions or two catalogue names
joined by a dash read as two campaigns (``_editions``).
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.catalogue import campaign_key
from baochi.nlp.campaigns.variants import canonical
from baochi.nlp.tokens import TextView

_I = re.IGNORECASE


_STOP_WORDS = {
    "do", "được", "đã", "đang", "sẽ", "tại", "trên", "trong", "năm", "giai", "gắn", "nhằm",
    "thì", "mà", "bằng", "với", "của", "và", "để", "cho", "đến", "từ", "là", "có", "vào", "theo",
    "sau", "trước", "khi", "nên", "cũng", "rất", "đều", "bởi", "nay", "qua", "ở", "tới", "này",
    "đó", "nhưng", "hoặc", "hay", "thông", "tiếp", "tục", "lan", "tỏa", "diễn", "ra",
    # verbs of the clause the name is subject of: "phong trào X đạt 3 tỷ đồng", "… góp phần",
    # "… thu hút", "… trở thành"
    "đạt", "góp", "thu", "trở",
    # a time or an outcome the clause reads on with: "phong trào X cuối thế kỷ XIX thất bại",
    # "… giành thắng lợi", "… nổ ra", "… bùng lên"
    "cuối", "giành", "thất", "nổ", "bùng",
}


_GENERIC = {"thi đua yêu nước", "thi đua", "yêu nước", "thi đua khen thưởng"}


_ORG_HEADS = re.compile(
    r"^(?:Hội|Đoàn|Ban|Sở|Phòng|Ủy|UBND|HĐND|MTTQ|Mặt|Trung|Tỉnh|Huyện|Thành|Bộ|Công|Liên|"
    r"Chính|Quốc|Nhà|Đảng|Văn|Cục|Chi|Tổng|Trường|Bệnh|Viện|Quỹ|Hợp)(?![^\W_])"
)


# two editions named together, each with its year: "Tình nguyện mùa đông 2025 - Xuân tình
# nguyện 2026" is two campaigns
_DOUBLE_EDITION = re.compile(
    r"(?P<a>(?:[^\W\d_]+\s+){2,}(?:năm\s+)?(?:19|20)\d{2})\s*[-–—]\s*"
    r"(?P<b>(?:[^\W\d_]+\s+){2,}(?:năm\s+)?(?:19|20)\d{2})$")


_NAME_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")


def _editions(text: str, a: int, b: int, name: str) -> list[tuple[int, int, str]]:
    """(start, end, name as written) of each campaign in a name: one, or two joined by a dash
    when each carries its own edition year or each is a catalogue name on its own
    ("Tình nguyện mùa đông – Xuân tình nguyện") and the whole is not."""
    if name != text[a:b]:
        return [(a, b, name)]
    m = _DOUBLE_EDITION.match(text, a, b)
    if m is not None:
        return [(m.start("a"), m.end("a"), m.group("a")),
                (m.start("b"), m.end("b"), m.group("b"))]
    dashes = list(_NAME_DASH.finditer(text, a, b))
    if len(dashes) != 1 or canonical(name)[2]:
        return [(a, b, name)]
    d = dashes[0]
    left, right = text[a:d.start()], text[d.end():b]
    if canonical(left)[2] and canonical(right)[2]:
        return [(a, d.start(), left), (d.end(), b, right)]
    return [(a, b, name)]


_CLAUSE_END = re.compile(r"[.;:!?()“”\"«»\n]")


# where an unquoted name surely ends: its organiser ("của …", "do …"), a place or time, or
# punctuation — not a run of words cut at a length limit
_CLEAR_END = re.compile(r"\s*(?:[,.;:!?()]|$)|\s+(?:của|do|tại|ở|năm|trong|nhằm|được|đã)(?![^\W_])")


def _capitalised_run(view: TextView, pos: int) -> int:
    """End of the words from ``pos`` that are capitalised or continue a word begun by one."""
    text = view.text
    end = pos
    for a, b in view.syllable_spans[view.syllable_index_at(pos):]:
        if a < pos:
            continue
        if a != end and not (a == end + 1 and text[end] == " "):
            break
        if a != pos and not text[a].isupper() and a in view.word_starts:
            break
        end = b
    return end


_NAME_WORD = re.compile(r"[^\W_]+(?:[/-][^\W_]+)*")


_NAME_GAP = re.compile(r" - | |, (?=[^\W\d_]+ [^\W\d_]+)")  # the dash first: " " would match its first space


# official "Tháng …" names carry function words ("Tháng hành động vì bình đẳng giới và phòng
# ngừa, ứng phó với bạo lực trên cơ sở giới"): only these end them
_MONTH_STOP = {"năm", "được", "đã", "đang", "sẽ", "tại", "do", "của", "là", "nhằm", "để", "đến",
               "từ", "diễn", "có", "trong", "khi", "thì", "mà", "nên", "cũng", "này", "đó",
               "nay", "qua", "tới", "sau", "trước", "cho", "theo", "tiếp", "ra", "bằng", "vừa",
               "hiện"}


# "cùng" joins the name ("Sát cánh cùng gia đình Việt") unless it opens "cùng với", "cùng các"
_CUNG = re.compile(r"cùng(?:\s+(?:với|các|những|nhiều|toàn|cả|nhau|lúc)(?![^\W_])|\W*$)", _I)


_LEVEL_PLACE = re.compile(r"(?:tỉnh|huyện|xã|phường|thị\s+xã|thành\s+phố|TP\.?)\s+[A-ZĐ]")
_LEVEL_AFTER_COMMA = re.compile(r"(?:tỉnh|huyện|xã|phường|thị\s+xã|thị\s+trấn|thành\s+phố|quận|"
                                # a clause opened by a quantity, a subject or a connective
                                # after a comma is the sentence going on, no second half of a
                                # name ("chương trình Xuân yêu thương, nhiều hoạt động …")
                                r"nhiều|các|những|mọi|một\s+số|hàng\s+(?:trăm|nghìn|ngàn|chục)|"
                                r"đơn\s+vị|chúng\s+(?:tôi|ta|em)|bà\s+con|người\s+dân|"
                                r"(?:trong|qua|từ|theo|sau)\s+đó|đồng\s+thời|năm\s+\d)"
                                r"(?![^\W_])")


_NUMBER_LED = re.compile(r"(?:Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+(?!nay|qua|tới|sau)"
                         r"[^\W\d_]")


def _unquoted_name(view: TextView, pos: int, stop: set | None = None, max_words: int = 12,
                   max_commas: int = 1, strict_end: bool = False) -> int | None:
    """End of an unquoted capitalised name starting at ``pos``, or None when not a name.

    The name runs over words joined by single spaces (a comma or dash is allowed inside,
    "Sạch làng, đẹp ruộng") until punctuation or a function word ("được", "do", "của" …);
    ``strict_end``: a name still running at ``max_words`` is no name.
    """
    text = view.text
    if _ORG_HEADS.match(text, pos):
        return None
    end = pos
    count = 0
    commas = 0
    cursor = pos
    stop = _STOP_WORDS if stop is None else stop
    while count < max_words:
        m = _NAME_WORD.match(text, cursor)
        if not m:
            break
        # a stop word ends the name only as a word of its own ("đang" in "Ba đảm đang" is not)
        if count > 0 and (m.group(0).lower() in stop and m.start() in view.word_starts
                          or _LEVEL_PLACE.match(text, m.start()) or _CUNG.match(text, m.start())):
            break  # "… tỉnh Quảng Nam": the organiser's level and place follow the name
        end = m.end()
        count += 1
        gap = _NAME_GAP.match(text, end)
        if not gap:
            break
        if gap.group(0).startswith(","):
            commas += 1
            if commas > max_commas or _LEVEL_AFTER_COMMA.match(text, gap.end()):
                break  # "…, huyện tổ chức …": a level opens the clause after the name
        cursor = gap.end()
    if count >= max_words and _NAME_WORD.match(text, cursor) and (
            strict_end or end not in view.word_ends):
        return None  # cut at the length limit (inside a word): where the name ends is unknown
    return _name_end_ok(view, pos, end, count)


def _name_end_ok(view: TextView, pos: int, end: int, count: int) -> int | None:
    """``end`` when the words [pos, end) can be a name: three words or more ("Hai giỏi", "Ba
    đảm đang": two when led by a number word), not a generic phrase, ending on a word end."""
    text = view.text
    if count < 3 and not (count == 2 and _NUMBER_LED.match(text, pos)):
        return None
    if campaign_key(text[pos:end]) in _GENERIC:
        return None
    if end not in view.word_ends and end < len(text) and text[end].isalnum():
        return None
    return end


# a short form defined right after a name: "phong trào “Dân vận khéo” (DVK)"
_DEFINED_ACRONYM = re.compile(r"[”\"»’]?\s*\((?P<a>[A-ZĐ][A-ZĐ0-9&-]{1,11})\)")
