"""What looks like a date and is not: counts and shares after a number ("2-3 kẻng", "1/3 số
hộ"), quantities ("12.5 tạ/ha"), bare day-months without a cue, holidays inside an
anniversary, durations and comparisons ("5 năm qua", "năm sau … năm trước"), "hôm nay" meaning
nowadays, recurring weekdays and days ("Chủ nhật hằng tuần", "ngày 15/5 hằng năm"), crop
seasons. The passes ask these; none of them adds a mention.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baochi.nlp.dates.mention import Collector

# what may precede a bare day-month (no part of day, weekday or "ngày"): not in the span
_CUE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:từ|đến|tới|vào|dịp|trước|sau|hôm|hết|hạn|lúc|nay|qua|kỷ\s+niệm|lễ|là)\s*$|(?:^|[\s])\(\s*$|^\s*$"
)
# a relative day written just before, joined by a comma or a dash, and a comma after: the
# day-month is its date in apposition ("Sáng nay - 23/9, …", "Sáng nay, 10-11, …"), one mention
# with it (``merge``); "Sáng nay, 2-3 đoàn khách …" counts; so does one written with a space only
# ("Sáng nay 12-1, …")
_RELATIVE_DAY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm)\s+(?:nay|qua|mai)|"
    r"hôm\s+(?:nay|qua|kia)|ngày\s+mai|ngày\s+hôm\s+(?:nay|qua))(?:\s*[,–—-]\s*|\s+)$")
CROP_BEFORE = re.compile(r"(?<![^\W\d_])vụ\s+(?:[^\W\d_]+\s+)?$")  # "vụ Hè 2024", "vụ Đông Xuân": a crop season
# a crop season named before a year or a pair of years ("vụ Đông Xuân năm 2023 – 2024", "vụ lúa
# Hè Thu năm 2024"): the season, which runs across the years, not a date (GUIDE, "Not dates")
CROP_SEASON_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:vụ\s+(?:lúa\s+|sản\s+xuất\s+)?(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân\s+hè|"
    r"chiêm\s+xuân|chiêm|mùa|đông|xuân|hè|thu)|niên\s+vụ)\s+(?:năm\s+)?$")  # "niên vụ 2021 – 2022": a crop year
COUNT_AFTER = re.compile(r"\s+(?:kẻng|lần|người|hộ|ngày|giờ|phút|km|ha|tấn|con|cây|chiếc|em|cm|m|"
                         r"lớp|đợt|buổi|suất|triệu|tỷ|nghìn|trăm|tuần|năm(?!\s+(?:\d|nay|ngoái|trước|tới|sau))|tháng(?!\s+\d))"
                         r"(?![^\W_])")


# what follows a fraction rather than a day ("chiếm đến 1/3 số hộ", "tới 2/3 diện tích", "giảm
# đến 1/2 so với cùng kỳ")
SHARE_AFTER = re.compile(
    r"\s+(?:số|tổng|phần|diện\s+tích|dân\s+số|lượng|sản\s+lượng|kinh\s+phí|giá\s+trị|chỉ\s+tiêu|"
    r"tiêu\s+chí|so\s+với|xã|thôn|bản|trường|học\s+sinh|cán\s+bộ|đơn\s+vị|doanh\s+nghiệp|thành\s+viên|"
    r"hội\s+viên|đoàn\s+viên|đảng\s+viên|gia\s+đình|dự\s+án|công\s+trình|lao\s+động|cơ\s+sở|"
    r"chi\s+hội)(?![^\W_])")
_DECIMAL_AFTER = re.compile(r"[,.]\d+")
_OTHER_END = re.compile(r"\s*(?:đến|tới|[-–])\s*\d{1,2}\s*/\s*\d{1,2}")


def bare_day_month_ok(c: Collector, sent: str, m: re.Match) -> bool:
    """A bare day-month needs a cue before it, a date just before it ("9 và 10/9"), or a named
    day ("Ngày Nhà giáo Việt Nam 20/11")."""
    before = sent[max(0, m.start() - 12): m.start()]
    core = m.group(0)
    if COUNT_AFTER.match(sent, m.end()) or SHARE_AFTER.match(sent, m.end()):
        return False  # "từ 2-3 kẻng", "1- 2 lần": a count; "đến 1/3 số hộ": a share
    decimal = _DECIMAL_AFTER.match(sent, m.end())
    if decimal and quantity_after(sent, decimal.end()):
        return False  # "giảm từ 1-1,5%", "tăng 2-2.5 lần": a range of numbers ending in a decimal
    other_end = _OTHER_END.match(sent, m.end())
    if other_end and SHARE_AFTER.match(sent, other_end.end()):
        return False  # "từ 1/3 đến 1/2 số hộ"
    if _RELATIVE_DAY_BEFORE.search(sent, max(0, m.start() - 24), m.start()) \
            and re.match(r"\s*(?:[,;:.)]|$)", sent[m.end():]):
        return True  # "Sáng nay - 23/9, …", "Sáng nay, 10-11, …": the day the relative one names
    after_date = c.out and c.out[-1].end - c.s_start >= m.start() - 5 and re.search(
        r"(?:và|,|&)\s*$", before)
    if after_date:
        return True
    if not sent[:m.start()].strip() and not m.group("open") \
            and not re.match(r"\s*[,:;–\-]", sent[m.end():]):
        return False  # "2/9 lại đến": the holiday as the subject ("(20/12) Đồng chí …" is dated)
    if _CUE_BEFORE.search(before) and ("/" in core or re.search(
            r"(?:từ|đến|tới|vào|dịp)\s*$", before)):
        return True
    return _named_day_before(c, m.start()) or _press_credit(c, sent, m)


# a press credit in brackets closing with its day ("(TTXVN/VietnamPlus.vn 22/9)", "(Theo
# Dân trí.vn 5/3)"): the day the cited outlet published, a date of the text
_CREDIT_BEFORE = re.compile(r"\((?:[Tt]heo\s+)?(?:[^\s()]*[^\W\d_]\.(?:vn|com|net|org)|"
                            r"[A-ZĐ]{3,}/[^\s()]+)\s*$")


def _press_credit(c: Collector, sent: str, m: re.Match) -> bool:
    if not re.match(r"\s*\)", sent[m.end():]):
        return False
    start = c.s_start + m.start()
    # from the paragraph, not the sentence: the splitter cuts "VietnamPlus.vn" at its dot
    return _CREDIT_BEFORE.search(c.view.text, max(0, start - 45), start) is not None


# a named day written right before its day-month ("Ngày Nhà giáo Việt Nam 20/11", "“Ngày
# Pháp luật Việt Nam” 9/11", "Ngày Thương binh - Liệt sĩ 27-7", "Quốc khánh 2/9")
_NAMED_DAY = re.compile(r"(?<![^\W_])(?:[Nn]gày\s+(?P<w>[^\W\d_])[^\W\d_]*"
                        r"(?:\s*[-–,]?\s+[^\W\d_]+(?:/[^\W\d_]+)?){0,7}"
                        r"|(?P<qk>[Qq]uốc\s+khánh))\s*[”\"’»]?\s*$")


# a named day counted in years or spoken of for its meaning is the holiday, not a date of the
# text: "kỷ niệm 111 năm Ngày Quốc tế Phụ nữ 8/3", "ý nghĩa lịch sử ngày Quốc tế Phụ nữ 8/3"
_HOLIDAY_BEFORE = re.compile(r"(?:\d+\s+năm|ý\s+nghĩa(?:\s+lịch\s+sử)?(?:\s+của)?)\s*$", re.IGNORECASE)


# what makes a named day the time of what the sentence reports ("Nhân Ngày Doanh nhân Việt Nam
# (13-10), …", "vào dịp Ngày …", "đúng Ngày …"): this year's day, a date of the text
_OCCASION_BEFORE = re.compile(r"(?<![^\W\d_])(?:nhân|dịp|vào|đúng|trong)(?:\s+(?:dịp|kỳ))?(?:\s+(?:nghỉ\s+)?lễ)?"
                              r"(?:\s+kỷ\s+niệm)?\s+$",
                              re.IGNORECASE)


def _named_day_before(c: Collector, pos: int) -> bool:
    """A capitalised named day written right before the day-month at ``pos`` ("Ngày Nhà giáo
    Việt Nam 20/11") that is the occasion the sentence dates an event by ("Nhân Ngày …"; in
    lower case too after such a word: "nhân dịp ngày quốc tế thiếu nhi 01.06"): the day-month
    is this year's day. Elsewhere the day-month is the holiday's own gloss, the same every year
    (``holiday_gloss``)."""
    named = _named_day_at(c, pos, occasion_only=True)
    if named is None:
        return False
    before = c.view.text[max(c.s_start, named - 30):named]
    return not _HOLIDAY_BEFORE.search(before) and _OCCASION_BEFORE.search(before) is not None


def holiday_occasion(c: Collector, pos: int) -> bool:
    """The named day right before ``pos`` is the occasion of the news (``_named_day_before``)."""
    return _named_day_before(c, pos)


def _named_day_at(c: Collector, pos: int, occasion_only: bool = False) -> int | None:
    """Where the capitalised named day written right before ``pos`` starts (None without one);
    with ``occasion_only`` also a named day in lower case after an occasion word ("nhân dịp
    ngày quốc tế thiếu nhi"), which only ever makes the day-month a date, never a gloss."""
    start = c.s_start + pos
    lo = max(c.s_start, start - 70)
    m = _NAMED_DAY.search(c.view.text[lo:start])
    if m is None:
        return None
    if m.group("qk") or m.group("w").isupper():
        return lo + m.start()
    named = lo + m.start()
    before = c.view.text[max(c.s_start, named - 30):named]
    if occasion_only and c.view.text.startswith("Ngày", named) and _OCCASION_BEFORE.search(before):
        return named  # "Nhân Ngày toàn dân phòng cháy chữa cháy (4-10)": "Ngày" capitalised, its name not
    return named if occasion_only and _LOWER_OCCASION_BEFORE.search(before) else None


# before a named day in lower case, only the words that say the event falls on it ("nhân dịp",
# "vào", "đúng"): "tuyên truyền … nhân ngày thế giới chống lao 24/3" is the campaign's occasion,
# not the day of what is reported
_LOWER_OCCASION_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:nhân|vào)\s+dịp|dịp|vào|đúng(?:\s+vào)?)\s+$",
                                    re.IGNORECASE)


def holiday_gloss(c: Collector, sent: str, m: re.Match) -> bool:
    """The day-month at ``m`` (no year, no part of day or weekday) glosses the named day written
    right before it ("chào mừng Ngày Nhà giáo Việt Nam 20/11", "Ngày Thương binh - Liệt sĩ
    (ngày 27/7)", "Ngày Nhà giáo Việt Nam 20-11 là …"): the recurring holiday named for its
    meaning, not a date of the text (GUIDE, "Not dates") — unless the holiday is the occasion
    the sentence dates an event by ("Nhân Ngày Doanh nhân Việt Nam (13-10), …")."""
    if m.group("pod") or m.group("wd"):
        return False
    return _named_day_at(c, m.start()) is not None and not _named_day_before(c, m.start())


# a named month glossed by its month in brackets ("Tháng Nhân đạo (tháng 5)", "Tháng Thanh niên
# (tháng 3)", "Tháng hành động vì trẻ em (tháng 6)"): "Tháng" and its name's words, no month word
_NAMED_MONTH = re.compile(
    r"(?<![^\W\d_])Tháng\s+(?!(?:[Mm]ột|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười|"
    r"[Gg]iêng|[Cc]hạp)(?![^\W_]))[^\W\d_]+(?:\s+[^\W\d_]+){0,7}\s*\(\s*$")


def month_gloss(c: Collector, sent: str, a: int, b: int) -> bool:
    """The month without a year at ``sent[a:b]`` glosses, in brackets, the named month written
    right before it ("Tháng Nhân đạo (tháng 5)"): the month every year is, as a holiday's own
    day glossed so is (``holiday_gloss``) — unless the named month is the occasion the sentence
    dates an event by ("Nhân Tháng Thanh niên (tháng 3), …")."""
    if not re.match(r"\s*\)", sent[b:]):
        return False
    start = c.s_start + a
    m = _NAMED_MONTH.search(c.view.text, max(c.s_start, start - 70), start)
    if m is None:
        return False
    before = c.view.text[max(c.s_start, m.start() - 30):m.start()]
    return _OCCASION_BEFORE.search(before) is None


_COUNT_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?<![\d/.\-])\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|chục|vài)\s+$")
_TODAY_BEFORE = re.compile(
    r"vào|trong|từ|đến|tới|cho|ngay|là|và|hoặc|chiều|sáng|trưa|tối|đêm|hết|sau|trước|kể|"
    r"ra|mạc|chức|đầu|thúc|lực|mắt|bố|công|thành|quân|họp|việc|thăm|tiếp|về|đi|nhận|trao|gặp")


# "hôm nay" set against the future in one phrase ("cho hôm nay và mai sau", "không chỉ cho hôm nay
# mà cho cả các thế hệ mai sau", "cho hôm nay và tương lai"): the present time, not a day ("hôm
# nay và ngày mai" may be two days of a meeting)
_FUTURE_PAIRED = re.compile(
    r"\s*,?\s+(?:và|mà|lẫn|cũng\s+như)(?:\s+(?:cho|vì|của|cả|các|những|thế\s+hệ|con\s+cháu)){0,4}"
    r"\s+(?:mai\s+sau|tương\s+lai|muôn\s+đời\s+sau|đời\s+sau)(?![^\W\d_])")


def relative_is_date(c: Collector, sent: str, m: re.Match) -> bool:
    before = sent[max(0, m.start() - 8): m.start()]
    counted = _COUNT_BEFORE.search(before) and not re.search(
        r"tháng\s+[^\W\d_]+\s+$|\d:\d{2}\s+$|(?<![^\W\d_])thứ\s+[^\W_]+\s+$",
        sent[max(0, m.start() - 16): m.start()])
    # "tháng Bảy năm nay", a stamp's clock time "05:19 Từ đầu năm đến nay", an ordinal edition
    # "lần thứ 4 năm nay" (this year's fourth, not "these four years"): no count before it
    if re.search(r"(?:những|các|mấy|nhiều)\s+$", before) or counted:
        return False  # "những năm qua", "5 năm qua", "hai tuần trước": durations
    if c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
        return False  # a slogan or title ("Sống xanh vì ngày mai")
    if not re.fullmatch(r"hôm\s+nay", m.group(0)):
        return True
    if _FUTURE_PAIRED.match(sent, m.end()):
        return False  # "cho hôm nay mà cho cả các thế hệ mai sau": the present set against the future
    abs_start = c.s_start + m.start()
    window = max(c.s_start, abs_start - 24)
    prev = re.search(r"([^\W\d_]+)\s+$", c.view.text[window:abs_start])
    # "thôn Đông Hòa hôm nay", "thế hệ trẻ hôm nay", "thời kỳ hội nhập hôm nay": the place or
    # the time as it is now; a date opens a clause or follows a time word or an event's verb
    if prev is None:
        return True
    word = prev.group(1)
    if word[0].isupper() and c.view.text[c.s_start:window + prev.start()].strip():
        return False  # a proper name before it (not the sentence's first word)
    if word.lower() in ("đến", "tới") and sent[m.end():m.end() + 1] == "," \
            and c.view.text[c.s_start:window + prev.start()].strip() in ("", ","):
        return False  # "Đến hôm nay, …" opening its clause: "as of now", like a bare "Đến nay"
    return _TODAY_BEFORE.fullmatch(word.lower()) is not None


def comparison(sent: str, found: str) -> bool:
    words = found.split()
    if len(words) != 2 or words[0] not in ("năm", "tháng", "tuần") or words[1] not in ("sau", "trước"):
        return False
    other = "trước" if words[1] == "sau" else "sau"
    return re.search(rf"(?<![^\W\d_]){words[0]}\s+{other}(?![^\W\d_])", sent) is not None


# a weekday meant as every such day: "các ngày thứ Bảy", "mỗi Chủ nhật", "thứ 7 hoặc Chủ nhật",
# "thứ Bảy, Chủ nhật hằng tuần"
_GENERIC_WEEKDAY_BEFORE = re.compile(r"(?:các|mỗi|những|hằng|hàng|hoặc)\s+$")
# the second of two weekdays joined after a plural ("các thứ Bảy và Chủ nhật", "những ngày thứ
# Bảy, Chủ nhật"): every such day too
_GENERIC_PAIR_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:các|mỗi|những|hằng|hàng)\s+(?:ngày\s+)?(?:thứ\s+[^\W_]+|chủ\s+nhật)\s*(?:,|và|hoặc)\s*$")
_GENERIC_WEEKDAY_AFTER = re.compile(
    r"\s*(?:(?:,|và|hoặc)\s*(?:thứ\s+\w+|chủ\s+nhật)\s*)?(?:hằng|hàng)\s+tuần|\s+hoặc\s")


# a noun counted by an ordinal ("Kỳ họp thứ Ba", "phiên họp thứ Năm", "khóa thứ Hai", "năm thứ
# Ba", "lần thứ Bảy"): "thứ Ba" after it is "the third", not Tuesday
_ORDINAL_NOUN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:lần|tuần|ngày|năm|kỳ|kì|họp|phiên|khóa|khoá|đợt|vòng|hội\s+nghị|đại\s+hội|lớp|"
    r"số|giải|hạng|mùa|phần|tập|chương|buổi|cuộc|lượt|bài|thế\s+hệ)\s+$")


# a weekday word ending a proper name ("Đạo Quan binh thứ Tư", "Quân khu Thứ Ba"): the name's
# ordinal. The name is a capitalised word among the (at most two) words right before "thứ", with
# no punctuation between, that is no part of day or time word opening the sentence ("Sáng thứ Tư",
# "Hôm thứ Hai", "Vào thứ Bảy")
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_]+)(?:\s+[^\W\d_]+)?\s+$")
_TIME_WORDS = frozenset(["sáng", "chiều", "tối", "trưa", "đêm", "khuya", "rạng", "hôm", "vào", "ngày",
                         "từ", "đến", "tới", "cuối", "đầu", "giữa", "sớm", "trước", "sau", "suốt",
                         "trong", "qua", "hằng", "hàng", "mỗi", "các", "những", "và", "hoặc", "đến"])


def _ends_a_name(c: Collector, sent: str, pos: int) -> bool:
    m = _NAME_BEFORE.search(sent, max(0, pos - 30), pos)
    if m is None:
        return False
    words = sent[m.start():pos].split()
    if any(w.lower() in _TIME_WORDS for w in words):
        return False
    return any(capitalised(c, m.start() + sent[m.start():pos].index(w)) for w in words)


def capitalised(c: Collector, pos: int) -> bool:
    ch = c.view.text[c.s_start + pos]
    return ch.isupper()


def weekday_is_date(c: Collector, sent: str, m: re.Match) -> bool:
    word = m.start("n") if m.group("n") else m.start("cn")
    if not capitalised(c, word) or not c.free(m.start(), m.end()) \
            or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
        return False  # "“Chủ nhật vì cộng đồng”" is a name
    if re.match(r"\s*(?:,\s*)?(?:ngày\s+)?\d", sent[m.end():]) or _ORDINAL_NOUN_BEFORE.search(
            sent, max(0, m.start() - 12), m.start()) or not m.group("q") and _ends_a_name(c, sent, m.start()):
        return False  # a date follows (read by the day rules) or an ordinal
    return not (_GENERIC_WEEKDAY_BEFORE.search(sent[max(0, m.start() - 8):m.start()])
                or _GENERIC_WEEKDAY_AFTER.match(sent, m.end())
                or _GENERIC_PAIR_BEFORE.search(sent[max(0, m.start() - 30):m.start()]))


# a quantity after a dotted number ("từ 12.5 đến 15.5 tạ/ha", "đến 2.5 triệu"): not a date
_UNIT_AFTER = re.compile(r"\s*(?:%|[^\W\d_]+\s*/|(?:tạ|kg|lít|đồng|usd|m2|m3|mm|độ|điểm|sản\s+phẩm|phần\s+trăm)(?![^\W_]))")


def quantity_after(sent: str, pos: int) -> bool:
    return COUNT_AFTER.match(sent, pos) is not None or _UNIT_AFTER.match(sent, pos) is not None


# a day or month said to recur ("ngày 15/5 hàng năm", "hàng năm vào ngày 18/11")
RECURRING_AFTER = re.compile(r"\s*,?\s*(?:hằng|hàng|mỗi)\s+(?:năm|tuần|tháng)(?![^\W\d_])")
RECURRING_BEFORE = re.compile(r"(?<![^\W\d_])(?:hằng|hàng|mỗi)\s+năm\s+(?:vào\s+)?(?:trong\s+)?(?:ngày\s+)?$")


def said_to_recur(fold: str, a: int, b: int, text: str | None = None) -> bool:
    """The day or month at ``fold[a:b]`` is said to recur ("ngày 15/5 hàng năm", "hàng năm vào
    ngày 18/11", "ngày 15/2 âm lịch hằng năm", "Tháng 4 hằng năm", "tháng 3 là dịp …"): every
    year's, not a date of the text, whatever the publication date (an article written on the day
    is dated by its page, not by the recurring day); a year written in the span keeps it. So is
    a day, month or span said to be a named day or month ("Tháng 3 là tháng thanh niên", "từ
    ngày 10/11 - 10/12 là Tháng hành động …", "ngày 26/3 là ngày thành lập Đoàn") or given its
    holiday's name in apposition as the subject of a clause ("Ngày 26/3, ngày Thành lập Đoàn …
    đã trở thành …"; with ``text``, which shows the capitals)."""
    if re.search(r"\d{4}", fold[a:b]):
        return False
    if RECURRING_AFTER.match(fold, b) or RECURRING_BEFORE.search(fold, max(0, a - 30), a) \
            or _OCCASION_MONTH.match(fold, a, b) and _OCCASION_AFTER.match(fold, b):
        return True
    if text is None or not fold.startswith(("ngày", "tháng", "từ"), a) and not fold[a:a + 1].isdigit():
        return False  # "Sáng 26/3, ngày thành lập Đoàn, …": the event's own day
    named = _NAMED_AS.match(fold, b)
    if named is None:
        named = _HOLIDAY_APPOSED.match(fold, b)
        if named is None or _APPOSED_PREDICATE.match(fold, named.end()) is None:
            return False
    w = named.start("w")
    return text[named.start("n")].isupper() or text[w].isupper() \
        or _HOLIDAY_WORDS.match(fold, w) is not None


# a day, month or span said to be a named day or month: "… là tháng thanh niên", "… được chọn là
# Ngày …"; the name capitalised or in a holiday's words (``_HOLIDAY_WORDS``)
_NAMED_AS = re.compile(
    r"\s*,?\s+(?:luôn\s+|vốn\s+|(?:đã\s+)?được\s+(?:xem|coi|chọn|lấy|gọi)\s+)?là\s+"
    r"(?P<n>ngày(?!\s+(?:hội|khai|bế|diễn|tổ))|tháng|tuần(?:\s+lễ)?)\s+(?P<w>[^\W\d_])")
# a holiday's name in apposition ("Ngày 26/3, ngày Thành lập Đoàn …"), then (below) the verb of
# the clause it is the subject of, no comma closing the apposition first
_HOLIDAY_APPOSED = re.compile(r"\s*,\s*(?P<n>ngày(?!\s+(?:hội|khai|bế|diễn|tổ))|tháng)\s+(?P<w>[^\W\d_])")
_APPOSED_PREDICATE = re.compile(
    r"[^,;.:!?()]{0,80}?\s(?:đã|là|trở\s+thành|có\s+ý\s+nghĩa|mang|luôn|vẫn|gắn\s+liền)(?![^\W\d_])")
_HOLIDAY_WORDS = re.compile(
    r"(?:thành\s+lập|truyền\s+thống|kỷ\s+niệm|quốc\s+tế|thế\s+giới|toàn\s+dân|toàn\s+quốc|"
    r"quốc\s+gia|thanh\s+niên|công\s+nhân|nhân\s+đạo|vì\s)")


# a month without a year said to be an occasion or a season ("tháng 3 là dịp để tuổi trẻ hành
# động", "Tháng 5 vốn là mùa …"): every year's month, spoken of for what it means
_OCCASION_MONTH = re.compile(r"tháng\s+\d{1,2}$")
_OCCASION_AFTER = re.compile(r"\s+(?:luôn\s+|vốn\s+|được\s+(?:xem|coi)\s+)?là\s+(?:dịp|mùa)(?![^\W\d_])")
