"""Dates and periods in press text, resolved against the publication date.

Rules run per sentence over the folded text (lower case, one tone placement, same length as
the NFC text) in priority order; a span taken by an earlier rule is not reused by a later one.

Conventions (documented in the README):

* the span includes the part of day ("Chiều 9-7"), a weekday, a written "ngày", "từ … đến …",
  "giai đoạn", "quý", "tháng", "năm";
* a day-month without a year takes the year (publication year −1, 0, +1) nearest the
  publication date; likewise a month or quarter without a year;
* "6 tháng đầu/cuối năm" without a year takes a year written on its own in the same sentence
  ("Năm 2019, …"), else the publication year; a year inside another period does not count
  ("… 6 tháng cuối năm 2024 và thống nhất nhiệm vụ 6 tháng đầu năm", published in 2025);
* relative words inside quotes (slogans) and "hôm nay" right after a proper name ("thôn Đông
  Hòa hôm nay", the place as it is now) are not dates;
* relative expressions (hôm nay, chiều qua, tuần qua, tháng trước …) resolve only with a
  publication date; without one they are returned with null values, never guessed;
* "tuần qua" is the seven days before publication; "tuần trước" the previous Monday–Sunday;
* several days ("9 & 10/9", "ngày 9, 10/9") and "từ … đến …" give granularity ``range``;
  "từ ngày 15/8 đến nay" ends on the publication date (null without one);
* lunar dates are computed with the lunar calendar of ``baochi.nlp.lunar`` (UTC+7), never guessed:
  "Tết Nguyên đán Tân Sửu", "Tết Giáp Thìn 2024" is day 1 of that lunar year (a can chi alone
  takes the year nearest publication, unresolved without one; a bare "Tết Nguyên đán" is not a
  date); "mùng 5 Tết Ất Tỵ" is day 5 of that lunar year; "ngày 15/2 âm lịch" is converted,
  the lunar year nearest publication;
* a bare day-month needs a cue before it ("dịp", "từ", "lễ", "Quốc khánh" …) or a named day
  ("Ngày Nhà giáo Việt Nam 20/11", "“Ngày Pháp luật Việt Nam” 9/11"); "tháng 4 năm ngoái",
  "quý I năm nay" are one month or quarter of the relative year;
* durations ("5 năm", "10 năm qua", "hai tuần trước") and school years are not extracted;
  a school year named in an undated article places its months (August–December in the first
  year); crop seasons ("vụ Hè 2024") and page stamps ("… 08:11 [GMT+7]") are not dates.

Real press forms (issue 14), each a pass of ``RULES`` with a test in
``tests/nlp/test_real_dates.py``:

* one mention for a relative day and its date ("Hôm nay, 15/3/2026", "chiều nay 9/7", "Sáng nay
  20.7": the date's value) and for a date with its lunar gloss ("Ngày 10/1 (tức ngày 1/12 âm
  lịch)": the solar date); a Tết day in the gloss stays its own mention;
* lists: days of one month ("Ngày 18 và 19-3", "sáng 9, 10.9") and months that run on
  ("tháng 7 và 8", "tháng 6-8/2023") are one range; years ("các năm 2016, 2017") and quarters
  ("quý III và IV") are one mention each;
* ranges of years however joined ("từ năm 2016 đến hết năm 2020", "từ 2016 - 2020", "các năm
  2018 - 2022", "5 năm 2021-2025") and to the publication date ("giai đoạn 2021 - nay", "từ
  (đầu) tháng 7 đến nay", "từ nay đến cuối năm"); "từ tháng 2/2010 đến tháng 6/2012";
* weekdays with their qualifier ("thứ Bảy vừa qua": the last one; "Thứ Năm tới": the next;
  "thứ Hai tuần trước": of that week); recurring ones ("các ngày thứ Bảy", "Chủ nhật hằng
  tuần", "thứ 7 hoặc Chủ nhật") are not dates; "ngày 1/7 tới" is the next 1 July;
* "năm/tháng/tuần vừa qua"; "năm qua" is the year the paragraph writes, else no date;
* lunar months ("tháng Giêng", "tháng Chạp": their solar days, the lunar year nearest
  publication; "rằm tháng Giêng" is a festival); a season or campaign edition with its year
  ("Xuân Giáp Thìn 2024", "Tháng Thanh niên 2019", "Chiến dịch Giờ Trái đất 2024");
* dotted day-months after a cue or in a range ("đến 30.6", "Từ ngày 12.5 đến 15.5"), never
  before a quantity ("12.5 tỷ", "từ 12.5 đến 15.5 tạ/ha");
* the year of a day-month: without a publication date, the article's year, else the school
  year, a year's turn ("tổng kết năm 2019, triển khai nhiệm vụ năm 2020") or the one year of
  the page address's path (``address_year``); with one, an earlier year its sentence names when
  the year nearest publication would put the event after the page's date (a reprint);
* not dates: "hôm nay" after a content word ("thế hệ trẻ hôm nay": nowadays), a named day in an
  anniversary ("kỷ niệm 111 năm Ngày Quốc tế Phụ nữ 8/3"), a solar day or month said to recur
  ("ngày 15/5 hàng năm") unless the article is written within a week of it, fractions after a
  cue ("chiếm đến 1/3 số hộ"), "năm sau … năm trước" comparisons;
* an event or a season with its edition year ("Cuộc chạy vì trẻ em Hà Nội 2016", "mùa huấn
  luyện 2019", "Noel 2016": 25 December) is that year (day).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple
from urllib.parse import unquote

from baochi.nlp import lunar
from baochi.nlp.model import DateMention
from baochi.nlp.normalise import tone_normalise
from baochi.nlp.quotes import Quote
from baochi.nlp.spans import SpanSet, Taken
from baochi.nlp.tokens import TextView

POD = r"(?P<pod>rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm)"
WD = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
N = r"(?<![\d/.,\-])"  # a number starts here (not inside another number)
E = r"(?![\d])"
SEP = r"\s*[/\-–]\s*"


def _dmy(p: str, n: str = N) -> str:
    """Day-month-year; ``n`` guards its start (the second date of a range may follow a bare
    dash: "7/5/1954-7/5/2019")."""
    return (
        rf"(?:{n}(?P<{p}d>\d{{1,2}}){SEP}(?P<{p}m>\d{{1,2}})\s*[/\-.]\s*(?P<{p}y>\d{{4}}){E}"
        rf"|{n}(?P<{p}d2>\d{{1,2}})\.(?P<{p}m2>\d{{1,2}})\.(?P<{p}y2>\d{{4}}){E}"
        rf"|ngày\s+(?P<{p}d3>\d{{1,2}})\s+tháng\s+(?P<{p}m3>\d{{1,2}})\s+năm\s+(?P<{p}y3>\d{{4}}){E})"
    )


def _dm(p: str) -> str:
    """Day-month with an optional year."""
    return (
        rf"(?:{_dmy(p)}"
        rf"|{N}(?P<{p}d4>\d{{1,2}}){SEP}(?P<{p}m4>\d{{1,2}})(?![\d]|\s*[/\-.]\s*\d)"
        rf"|ngày\s+(?P<{p}d5>\d{{1,2}})\s+tháng\s+(?P<{p}m5>\d{{1,2}}){E}(?!\s+năm\s+\d))"
    )


_FLAGS = re.UNICODE

LUNAR_DAY = re.compile(
    rf"(?:{POD}\s+)?(?:(?:ngày|mùng|mồng)\s+)?{N}(?P<d>\d{{1,2}}){SEP}(?P<m>\d{{1,2}})"
    r"(?:\s*[/\-]\s*(?P<y>\d{4}))?\s*(?:\(\s*)?âm\s+lịch(?:\s*\))?",
    re.UNICODE,
)
RANGE_FULL = re.compile(
    rf"(?:từ\s+)?(?:ngày\s+)?{_dmy('a')}\s*(?:[-–—]|đến|tới)\s*(?:ngày\s+)?{_dmy('b', '')}", _FLAGS
)
RANGE_TO = re.compile(
    rf"(?:(?P<from>từ|kể\s+từ)\s+)?(?:ngày\s+)?"
    rf"(?:{_dm('a')}|{N}(?P<ad0>\d{{1,2}}){E})"
    rf"\s*(?P<conn>đến|tới|[-–—])\s*(?:hết\s+)?(?:ngày\s+)?{_dm('b')}",
    _FLAGS,
)
SINCE = re.compile(
    rf"(?:kể\s+)?từ\s+(?:ngày\s+)?(?:{_dm('a')}|(?P<ad6>\d{{1,2}})\.(?P<am6>\d{{1,2}}))"
    r"\s*,?\s+(?:đến|tới)\s+nay(?![^\W\d_])", _FLAGS
)  # "từ ngày 15/8 đến nay", "Từ ngày 1.8 đến nay"
UNTIL_FROM_NOW = re.compile(
    rf"(?<![^\W\d_])từ\s+nay\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?{_dm('b')}", _FLAGS
)  # "từ nay đến ngày 31/8/2025": from the publication date
PAREN_REL = re.compile(
    rf"(?:{POD}\s+(?P<rel>nay|qua|mai)|hôm\s+(?P<rel2>nay|qua)|ngày\s+mai)\s*\(\s*(?:{WD}\s*,?\s*)?(?:ngày\s+)?"
    rf"(?:{_dm('a')}|(?P<ad6>\d{{1,2}})\.(?P<am6>\d{{1,2}}))\s*\)",
    _FLAGS,
)
JOINED = re.compile(
    rf"(?:{POD}\s+)?(?:ngày\s+)?{N}(?P<d1>\d{{1,2}})(?P<more>(?:\s*(?:,|&|và|[-–])\s*\d{{1,2}})+)"
    rf"\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}))?{E}",
    _FLAGS,
)
DAY = re.compile(
    rf"(?:{POD}\s+)?(?:(?P<wd>{WD})\s*(?:,\s*|\s+))?(?P<open>\(\s*)?(?P<ngay>ngày\s+)?{_dm('a')}(?(open)\s*\))",
    _FLAGS,
)
RELATIVE = re.compile(
    rf"(?<![^\W\d_])(?:{POD}\s+(?P<rel>nay|qua|mai)|(?P<hom>hôm\s+(?:nay|qua|kia)|ngày\s+mai|ngày\s+hôm\s+(?:nay|qua))"
    r"|(?P<week>tuần\s+(?:(?:vừa\s+)?qua|trước|này|tới|sau))|(?P<month>tháng\s+(?:trước|này|tới|sau|vừa\s+qua))"
    r"|(?P<year>năm\s+(?:nay|ngoái|trước|tới|sau|(?:vừa\s+)?qua))|(?P<quarter>qu[ýí]\s+(?:vừa\s+qua|trước|này|tới|sau))|(?P<ytd>từ\s+đầu\s+năm(?:\s+(?P<ytdy>\d{4}))?\s+(?:đến|tới)\s+nay))"
    r"(?![^\W\d_])",
    _FLAGS,
)
HALF = re.compile(
    r"(?<![^\W\d_])(?P<n>\d{1,2}|sáu|ba|chín)\s+tháng\s+(?P<pos>đầu|cuối)\s+năm(?:\s+(?P<y>\d{4}))?(?![\d])"
    r"|(?<![^\W\d_])nửa\s+(?P<pos2>đầu|cuối)\s+năm(?:\s+(?P<y2>\d{4}))?(?![\d])"
    r"|(?<![^\W\d_])(?P<n3>\d{1,2}|sáu|ba|chín)\s+tháng\s+(?:đầu\s+)?của\s+năm\s+(?P<y3>\d{4})(?!\d)",
    _FLAGS,
)  # "6 tháng đầu năm", "nửa cuối năm 2024", "9 tháng của năm 2019"
QUARTER = re.compile(
    r"(?<![^\W\d_])qu[ýí]\s+(?P<q>iv|i{1,3}|[1-4]|một|hai|ba|bốn)(?![^\W_])(?:\s*(?:/|-|năm)\s*(?P<y>\d{4})(?!\d))?",
    _FLAGS,
)
YEAR_RANGE = re.compile(
    # "giai đoạn 2021-2025", "nhiệm kỳ 2014- 2019", "từ năm 2016 đến hết năm 2020", "Từ năm 2021
    # tính đến hết năm 2023", "từ 2016 - 2020", "các năm 2018 - 2022", "giai đoạn 2021 - nay"
    r"(?<![^\W\d_])(?:(?P<lead>giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+(?:từ\s+)?(?:năm\s+)?"
    r"|(?:(?:kể|tính)\s+)?từ\s+(?:(?:đầu|giữa|cuối)\s+)?(?:năm\s+)?|(?:các\s+)?năm\s+)"
    r"(?P<y1>\d{4})\s*(?:[-–—]|(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?)\s*"
    r"(?:(?:năm\s+)?(?P<y2>\d{4})(?!\d)|(?P<nay>nay)(?![^\W\d_]))",
    _FLAGS,
)
MONTH = re.compile(
    r"(?<![^\W\d_])tháng\s+(?P<m>\d{1,2})(?:\s*(?:/|-|\.|năm)\s*(?P<y>\d{4}))?(?![\d/\-]\d)(?!\d)",
    _FLAGS,
)
YEAR = re.compile(r"(?<![^\W\d_])năm\s+(?P<y>\d{4})(?!\d)", _FLAGS)
REL_YEAR_PERIOD = re.compile(
    r"(?<![^\W\d_])(?:tháng\s+(?P<m>\d{1,2})|qu[ýí]\s+(?P<q>iv|i{1,3}|[1-4]|một|hai|ba|bốn))"
    r"\s+năm\s+(?P<rel>nay|ngoái|trước|tới|sau)(?![^\W\d_])",
    _FLAGS,
)
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")

# what may precede a bare day-month (no part of day, weekday or "ngày"): not in the span
_CUE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:từ|đến|tới|vào|dịp|trước|sau|hôm|hết|hạn|lúc|nay|qua|kỷ\s+niệm|lễ|là|quốc\s+khánh)\s*$|(?:^|[\s])\(\s*$|^\s*$"
)

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
          "một": 1, "hai": 2, "ba": 3, "bốn": 4}
_N_MONTHS = {"sáu": 6, "ba": 3, "chín": 9}


def _pod(m: re.Match) -> str | None:
    pod = m.groupdict().get("pod")
    if not pod:
        return None
    return "sáng" if pod.startswith(("rạng", "sáng")) else pod


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (1800 <= y <= 2100):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def _nearest_year(candidates: Callable[[int], tuple[date, date] | None], pub: date):
    best = None
    for y in (pub.year, pub.year - 1, pub.year + 1):
        span = candidates(y)
        if span is None:
            continue
        a, b = span
        dist = 0 if a <= pub <= b else min(abs((a - pub).days), abs((b - pub).days))
        if best is None or dist < best[0]:
            best = (dist, span)
    return best[1] if best else None


def _parts(m: re.Match, p: str) -> tuple[int, int, int | None] | None:
    g = m.groupdict()
    for suffix in ("", "2", "3"):
        if g.get(f"{p}d{suffix}"):
            return int(g[f"{p}d{suffix}"]), int(g[f"{p}m{suffix}"]), int(g[f"{p}y{suffix}"])
    for suffix in ("4", "5", "6"):
        if g.get(f"{p}d{suffix}"):
            return int(g[f"{p}d{suffix}"]), int(g[f"{p}m{suffix}"]), None
    return None


def _valid_dm(d: int, m: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31 and _safe_date(2000, m, d) is not None


# Without a publication date, a day-month or month with no year takes the year the article
# writes (the most frequent explicit year; none when two are equally frequent); failing that,
# the school year it names ("năm học mới 2017 – 2018": August to December in 2017, the other
# months in 2018). A term ("Đại hội … nhiệm kỳ 2016 - 2021") is no year of its own: a day
# stays unresolved.
class _Hints(NamedTuple):
    year: int | None
    school: tuple[int, int] | None
    address: int | None = None  # the one year of the page address (last resort)
    # two consecutive years written equally often ("tổng kết năm 2019, triển khai nhiệm vụ năm
    # 2020"): a year's turn, the first for July–December, the second for January–June
    turn: tuple[int, int] | None = None


_YEAR_HINT: ContextVar[_Hints | None] = ContextVar("_YEAR_HINT", default=None)
_SCHOOL_YEAR = re.compile(r"(?<![^\W\d_])năm\s+học(?:\s+mới)?\s+(?P<y1>(?:19|20)\d{2})\s*[-–—/]\s*"
                          r"(?P<y2>(?:19|20)\d{2})(?!\d)")


def _hint(month: int | None = None) -> int | None:
    """The year a date without one takes when there is no publication date (see above)."""
    h = _YEAR_HINT.get()
    if h is None:
        return None
    if h.year is not None:
        return h.year
    if h.school is not None:
        if month is None:
            return None
        return h.school[0] if month >= 8 else h.school[1]
    if h.turn is not None:
        if month is None:
            return None
        return h.turn[0] if month >= 7 else h.turn[1]
    return h.address


def _hints(fold: str, address: str | None = None) -> _Hints:
    schools = {(int(m.group("y1")), int(m.group("y2"))) for m in _SCHOOL_YEAR.finditer(fold)}
    school = next(iter(schools)) if len(schools) == 1 else None
    if school is not None and school[1] != school[0] + 1:
        school = None
    return _Hints(_article_year(fold), school, address_year(address), _year_turn(fold))


_ADDRESS_YEAR = re.compile(r"(?<![a-z0-9])(?P<y>(?:19|20)\d{2})(?![a-z0-9])")
_ADDRESS_TARGET = re.compile(r"(?:^|[^a-z0-9])(?:den|toi|truoc|tam-nhin|dinh-huong)-(?:nam-)?$")


def address_year(address: str | None) -> int | None:
    """The one year written in a page address's path, as a word of the headline ("…-chien-dich-
    tinh-nguyen-he-nam-2020-509791.html") or a dated folder ("/2019/09/17/"): the article's year
    when neither the publication date nor the text gives one. A target ("…-den-nam-2030-…")
    does not count; two different years give none."""
    if not address or "/" not in address:
        return None
    path = unquote(address.strip()).lower().split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    years = {int(m.group("y")) for m in _ADDRESS_YEAR.finditer(path)
             if not _ADDRESS_TARGET.search(path, 0, m.start())}
    return years.pop() if len(years) == 1 else None
_EXPLICIT_YEAR = re.compile(r"(?:(?<![\d/.\-])(?:năm\s+|(?<!\d\s)[/\-.])|(?<![\d/.])\d{1,2}[/\-.]\d{1,2}[/\-.]"
                            r"|(?<![^\W\d_])tháng\s+\d{1,2}\s*[/\-.]\s*"
                            r"|(?<![^\W\d_])(?:vụ\s+)?(?:xuân|hè|thu|đông)(?:\s+(?:xuân|hè|thu))?\s+)"
                            r"(?P<y>(?:19|20)\d{2})(?!\d)")  # "năm 2019", "7/5/2019", "tháng 02/2022", "vụ Xuân 2024"


def _year_counts(fold: str) -> list[tuple[int, int]]:
    """(year, times written) of the article's explicit years, most written first."""
    counts: dict[int, int] = {}
    for m in _EXPLICIT_YEAR.finditer(fold):
        if re.search(r"(?:đến|tới|trước)\s+(?:hết\s+)?năm\s+$", fold[max(0, m.start() - 16):m.end("y") - 4]):
            continue  # a target year ("đến năm 2030") is not the year the article is in
        y = int(m.group("y"))
        counts[y] = counts.get(y, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


def _article_year(fold: str) -> int | None:
    ranked = _year_counts(fold)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _year_turn(fold: str) -> tuple[int, int] | None:
    ranked = _year_counts(fold)
    if len(ranked) < 2 or ranked[0][1] != ranked[1][1] or (len(ranked) > 2 and ranked[2][1] == ranked[0][1]):
        return None
    a, b = sorted((ranked[0][0], ranked[1][0]))
    return (a, b) if b == a + 1 else None


def _resolve_dm(d: int, m: int, y: int | None, pub: date | None) -> tuple[bool, date | None]:
    """(valid, resolved date or None when it needs a publication date that is missing)."""
    if not _valid_dm(d, m):
        return False, None
    if y is None and pub is None:
        y = _hint(m)  # the year written elsewhere in the article, if any
    if y is not None:
        dt = _safe_date(y, m, d)
        return dt is not None, dt
    if pub is None:
        return True, None
    span = _nearest_year(lambda yy: (lambda x: (x, x) if x else None)(_safe_date(yy, m, d)), pub)
    earlier = _SENTENCE_YEAR.get()  # an earlier year the sentence is about (see _sentence_year)
    if span is not None and span[0] > pub and earlier is not None:
        dt = _safe_date(earlier, m, d)
        return dt is not None, dt
    return span is not None, span[0] if span else None


class _Collector:
    def __init__(self, view: TextView, s_start: int, s_end: int, sentence: int,
                 quoted: SpanSet):
        self.view = view
        self.quoted = quoted
        self.s_start = s_start
        self.s_end = s_end
        self.sentence = sentence
        self.taken = Taken()
        self.out: list[DateMention] = []
        self.has_digit = False  # the sentence has a digit
        self.has_dm = False  # … and something like a day-month ("9/10", "ngày 9")
        self.pub: date | None = None

    def free(self, a: int, b: int) -> bool:
        return self.taken.free(a, b)

    def _this_occurrence(self, start: date | None, end: date | None) -> bool:
        """A day or month said to recur ("hằng năm") is a date of the text only when the article
        is written for this year's occurrence: within a week of publication (the month holding
        it); never without a publication date."""
        if self.pub is None or start is None or end is None:
            return False
        if start == end:
            return abs((start - self.pub).days) <= 7
        return start <= self.pub <= end

    def add(self, a: int, b: int, start: date | None, end: date | None, gran: str,
            pod: str | None) -> None:
        a += self.s_start
        b += self.s_start
        text = self.view.text
        while b > a and text[b - 1].isspace():
            b -= 1
        self.taken.take(a - self.s_start, b - self.s_start)
        if gran in ("day", "month") and (_RECURRING_AFTER.match(self.view.fold, b)
                                         or _RECURRING_BEFORE.search(self.view.fold, max(0, a - 30), a)) \
                and not re.search(r"\d{4}|âm\s+lịch", self.view.fold[a:b]) \
                and not self._this_occurrence(start, end):
            return  # "ngày 15/5 hàng năm": every year, not a date of the text (a festival's lunar
            # day, "ngày 15/2 âm lịch hằng năm", is how its date is given: kept)
        self.out.append(
            DateMention(
                surface=text[a:b], start=a, end=b, sentence=self.sentence,
                date_start=start.isoformat() if start else None,
                date_end=end.isoformat() if end else None,
                granularity=gran, part_of_day=pod,
            )
        )


def _context_year(sent: str, pos: int) -> int | None:
    """The nearest year written on its own in the sentence ("Năm 2019, …"); years that belong
    to another period ("6 tháng cuối năm 2024 và … 6 tháng đầu năm") do not count."""
    best = None
    for m in _STANDALONE_YEAR.finditer(sent):
        dist = abs(m.start() - pos)
        if best is None or dist < best[0]:
            best = (dist, int(m.group("y")))
    return best[1] if best else None


_STANDALONE_YEAR = re.compile(
    r"(?<!tháng đầu )(?<!tháng cuối )(?<!\d )(?<![/\-.\d])(?:năm\s+)(?P<y>(?:19|20)\d{2})(?!\d)"
)





def _lunar_dates(c: _Collector, sent: str, pub: date | None) -> None:
    """"Tết Nguyên đán Tân Sửu", "Tết Giáp Thìn 2024": day 1 of the lunar year, computed with
    the lunar calendar (``baochi.nlp.lunar``); a can chi alone takes the year nearest publication."""
    for m in _TET.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        cc = m.group("cc") or m.group("cc2")
        y_raw = m.group("y") or m.group("y2")
        if not cc and not y_raw:
            continue
        year = None
        if y_raw:
            year = int(y_raw)
            if not 1900 <= year <= 2100:
                continue
        elif pub is not None:
            want = re.sub(r"\s+", " ", cc)
            years = [y for y in range(pub.year - 31, pub.year + 31)
                     if _CAN_CHI_KEYS[(y + 6) % 10][(y + 8) % 12] == want]
            if years:
                year = min(years, key=lambda y: abs((lunar.tet(y) - pub).days))
        dt = lunar.tet(year) if year else None
        if m.group("ld"):
            # "mùng 5 Tết Ất Tỵ": day 5 of the first lunar month of that year
            ld = m.group("ld")
            day = int(ld) if ld.isdigit() else _LUNAR_DAY_WORDS[ld]
            if not 1 <= day <= 30:
                continue
            dt = lunar.to_solar(day, 1, year) if year else None
        c.add(m.start(), m.end(), dt, dt, "day", None)


# Extraction is an ordered list of small passes (``RULES``) over one candidate type (a span of
# the sentence with its resolved period) and one resolver (``_Collector``: a span taken by an
# earlier pass is not reused by a later one). A new failure kind is a new pass with its own test.


def _pass_tet(c: _Collector, sent: str, pub: date | None) -> None:
    if "tết" in sent:
        _lunar_dates(c, sent, pub)


def _lunar_day_value(m: re.Match, pub: date | None) -> date | None:
    d, mon = int(m.group("d")), int(m.group("m"))
    return _lunar_value(d, mon, int(m.group("y")) if m.group("y") else None, pub)


def _lunar_value(d: int, mon: int, y: int | None, pub: date | None) -> date | None:
    """Solar date of lunar ``d``/``mon`` of lunar year ``y``, else of the one nearest ``pub``."""
    if y is not None:
        return lunar.to_solar(d, mon, y) if 1900 <= y <= 2100 else None
    if pub is None:
        return None
    options = [x for yy in (pub.year - 1, pub.year, pub.year + 1)
               if (x := lunar.to_solar(d, mon, yy)) is not None]
    return min(options, key=lambda x: abs((x - pub).days)) if options else None


def _pass_lunar_day(c: _Collector, sent: str, pub: date | None) -> None:
    """0. lunar day-months ("ngày 15/2 âm lịch", "mùng 10/3 âm lịch"): converted with the lunar
    calendar, the lunar year nearest publication; never read as solar dates."""
    if not c.has_dm or "âm lịch" not in sent:
        return
    for m in LUNAR_DAY.finditer(sent):
        d, mon = int(m.group("d")), int(m.group("m"))
        if not c.free(m.start(), m.end()) or not (1 <= mon <= 12 and 1 <= d <= 30):
            continue
        dt = _lunar_day_value(m, pub)
        c.add(m.start(), m.end(), dt, dt, "day", _pod(m))


LUNAR_WRITTEN_DAY = re.compile(
    rf"(?:{POD}\s+)?(?:ngày|mùng|mồng)\s+{N}(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}}|giêng|chạp)"
    r"(?:\s+năm\s+(?P<y>\d{4}))?\s*(?:\(\s*)?âm\s+lịch(?:\s*\))?", _FLAGS)


def _pass_lunar_written_day(c: _Collector, sent: str, pub: date | None) -> None:
    """Lunar days with the month written out ("ngày 1 tháng 12 âm lịch", "mùng 10 tháng 3 âm
    lịch", "mùng 6 tháng Giêng âm lịch"): converted like "ngày 15/2 âm lịch"."""
    if "âm lịch" not in sent or not c.has_digit:
        return
    for m in LUNAR_WRITTEN_DAY.finditer(sent):
        d, w = int(m.group("d")), m.group("m")
        mon = 1 if w == "giêng" else 12 if w == "chạp" else int(w)
        if not c.free(m.start(), m.end()) or not (1 <= mon <= 12 and 1 <= d <= 30):
            continue
        dt = _lunar_value(d, mon, int(m.group("y")) if m.group("y") else None, pub)
        c.add(m.start(), m.end(), dt, dt, "day", _pod(m))


WRITTEN_RANGE = re.compile(
    rf"(?:(?P<from>(?:kể\s+)?từ)\s+)?ngày\s+{N}(?P<d1>\d{{1,2}})\s*(?:[-–]|đến|tới|và)\s*(?:ngày\s+)?(?P<d2>\d{{1,2}})"
    r"\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?(?!\d)(?P<lunar>\s*(?:\(\s*)?âm\s+lịch(?:\s*\))?)?", _FLAGS)


def _pass_written_range(c: _Collector, sent: str, pub: date | None) -> None:
    """Days of one month with the month written out ("từ ngày 25 - 27 tháng 02", "ngày 9 và 10
    tháng 7 năm 2024"): one range; with "âm lịch" the lunar days, converted."""
    if "tháng" not in sent or not c.has_dm:
        return
    for m in WRITTEN_RANGE.finditer(sent):
        d1, d2, mon = int(m.group("d1")), int(m.group("d2")), int(m.group("m"))
        if not (d1 < d2 and _valid_dm(d1, mon) and _valid_dm(d2, mon)) or not c.free(m.start(), m.end()):
            continue
        y = int(m.group("y")) if m.group("y") else None
        if m.group("lunar"):
            a = _lunar_value(d1, mon, y, pub)
            b = _lunar_value(d2, mon, y, pub) if a is None else lunar.to_solar(d2, mon, _lunar_year(a, mon))
            c.add(m.start(), m.end(), a, b, "range", None)
            continue
        ok1, a = _resolve_dm(d1, mon, y, pub)
        ok2, b = _resolve_dm(d2, mon, a.year if a else y, pub)
        if ok1 and ok2:
            c.add(m.start(), m.end(), a, b, "range", None)


def _lunar_year(solar: date, month: int) -> int:
    """The lunar year (named by the solar year of its new year) of a solar day in lunar
    ``month``: months 11 and 12 fall after the solar new year of the next year."""
    return solar.year - 1 if month >= 11 and solar.month <= 3 else solar.year


def _pass_full_ranges(c: _Collector, sent: str, pub: date | None) -> None:
    """1. ranges of full dates."""
    if not c.has_dm or len(_YEAR_IN_TEXT.findall(sent)) < 2:
        return
    for m in RANGE_FULL.finditer(sent):
        a, b = _parts(m, "a"), _parts(m, "b")
        if not (a and b) or a[2] is None or b[2] is None or not c.free(m.start(), m.end()):
            continue
        da, db = _safe_date(a[2], a[1], a[0]), _safe_date(b[2], b[1], b[0])
        if da and db and da <= db:
            c.add(m.start(), m.end(), da, db, "range", None)


def _pass_since(c: _Collector, sent: str, pub: date | None) -> None:
    """2a. "từ ngày 15/8 đến nay": to the publication date."""
    if not c.has_dm or "nay" not in sent:
        return
    for m in SINCE.finditer(sent):
        p = _parts(m, "a")
        if not p or not c.free(m.start(), m.end()):
            continue
        ok, da = _resolve_dm(*p, pub)
        if ok and (pub is None or da is None or da <= pub):
            c.add(m.start(), m.end(), da, pub, "range", None)


def _pass_until_from_now(c: _Collector, sent: str, pub: date | None) -> None:
    """2b. "từ nay đến ngày 31/8/2025": from the publication date (null without one)."""
    if not c.has_dm or "từ nay" not in sent.lower():
        return
    for m in UNTIL_FROM_NOW.finditer(sent):
        p = _parts(m, "b")
        if not p or not c.free(m.start(), m.end()):
            continue
        ok, db = _resolve_dm(*p, pub)
        if ok and (pub is None or db is None or pub <= db):
            c.add(m.start(), m.end(), pub, db, "range", None)


_SUMMER_EDITION = re.compile(r"(?<![^\W\d_])[Hh]è\s+(?P<y>(?:19|20)\d{2})(?!\d)")


_CROP_BEFORE = re.compile(r"(?<![^\W\d_])vụ\s+(?:[^\W\d_]+\s+)?$")  # "vụ Hè 2024", "vụ Đông Xuân": a crop season


def _pass_summer_edition(c: _Collector, sent: str, pub: date | None) -> None:
    """A campaign's summer edition ("Chiến dịch … Hè 2012"): that year (a bare four-digit
    year is otherwise not read)."""
    if "è" not in sent:
        return
    for m in _SUMMER_EDITION.finditer(sent):
        if c.free(m.start("y"), m.end()) and not _CROP_BEFORE.search(sent, 0, m.start()):
            y = int(m.group("y"))
            c.add(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


def _range_to_value(m: re.Match, pub: date | None) -> tuple[date | None, date | None] | None:
    b = _parts(m, "b")
    if not b:
        return None
    a = _parts(m, "a")
    if a is None:
        a = (int(m.group("ad0")), b[1], b[2])
    ok_b, db = _resolve_dm(*b, pub)
    if not ok_b:
        return None
    y_a = a[2] if a[2] is not None else (db.year if db else None)
    if y_a is not None and a[2] is None and db is not None and (a[1], a[0]) > (b[1], b[0]):
        y_a -= 1  # "từ 20/12 đến 5/1/2021"
    ok_a, da = _resolve_dm(a[0], a[1], y_a, pub) if y_a is not None else _resolve_dm(
        a[0], a[1], None, None)
    if not ok_a or (da and db and da > db):
        return None
    return da, db


def _pass_range_to(c: _Collector, sent: str, pub: date | None) -> None:
    """2. "từ 17/10 đến 18/11/2012", "từ 9 đến 12/3"."""
    if not c.has_dm or not ("đến" in sent or "tới" in sent or "từ" in sent):
        return
    for m in RANGE_TO.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        if m.group("conn") not in ("đến", "tới") and not m.group("from"):
            continue
        if "ngày" not in m.group(0) and _SHARE_AFTER.match(sent, m.end()):
            continue  # "từ 1/3 đến 1/2 số hộ": shares
        span = _range_to_value(m, pub)
        if span is not None:
            c.add(m.start(), m.end(), span[0], span[1], "range", None)


def _pass_paren_relative(c: _Collector, sent: str, pub: date | None) -> None:
    """3. "Sáng nay (10/10)"."""
    if not c.has_dm or "(" not in sent:
        return
    for m in PAREN_REL.finditer(sent):
        p = _parts(m, "a")
        if not p or not c.free(m.start(), m.end()):
            continue
        ok, dt = _resolve_dm(*p, pub)
        if ok:
            c.add(m.start(), m.end(), dt, dt, "day", _pod(m))


def _pass_joined_days(c: _Collector, sent: str, pub: date | None) -> None:
    """4. several days of one month ("9 & 10/9", "ngày 9, 10/9")."""
    if not c.has_dm or "/" not in sent:
        return
    for m in JOINED.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        days = [int(m.group("d1"))] + [int(x) for x in re.findall(r"\d{1,2}", m.group("more"))]
        mon = int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else None
        if any(not _valid_dm(d, mon) for d in days) or days != sorted(days):
            continue
        ok1, d1 = _resolve_dm(days[0], mon, y, pub)
        ok2, d2 = _resolve_dm(days[-1], mon, d1.year if d1 else y, pub)
        if ok1 and ok2:
            c.add(m.start(), m.end(), d1, d2, "range", _pod(m))


_COUNT_AFTER = re.compile(r"\s+(?:kẻng|lần|người|hộ|ngày|giờ|phút|km|ha|tấn|con|cây|chiếc|em|cm|m|"
                          r"lớp|đợt|buổi|suất|triệu|tỷ|nghìn|trăm|tuần|năm(?!\s+(?:\d|nay|ngoái|trước|tới|sau))|tháng(?!\s+\d))"
                          r"(?![^\W_])")


# what follows a fraction rather than a day ("chiếm đến 1/3 số hộ", "tới 2/3 diện tích", "giảm
# đến 1/2 so với cùng kỳ")
_SHARE_AFTER = re.compile(
    r"\s+(?:số|tổng|phần|diện\s+tích|dân\s+số|lượng|sản\s+lượng|kinh\s+phí|giá\s+trị|chỉ\s+tiêu|"
    r"tiêu\s+chí|so\s+với|xã|thôn|bản|trường|học\s+sinh|cán\s+bộ|đơn\s+vị|doanh\s+nghiệp|thành\s+viên|"
    r"hội\s+viên|đoàn\s+viên|đảng\s+viên|gia\s+đình|dự\s+án|công\s+trình|lao\s+động)(?![^\W_])")


_OTHER_END = re.compile(r"\s*(?:đến|tới|[-–])\s*\d{1,2}\s*/\s*\d{1,2}")


def _bare_day_month_ok(c: _Collector, sent: str, m: re.Match) -> bool:
    """A bare day-month needs a cue before it, a date just before it ("9 và 10/9"), or a named
    day ("Ngày Nhà giáo Việt Nam 20/11")."""
    before = sent[max(0, m.start() - 12): m.start()]
    core = m.group(0)
    if _COUNT_AFTER.match(sent, m.end()) or _SHARE_AFTER.match(sent, m.end()):
        return False  # "từ 2-3 kẻng", "1- 2 lần": a count; "đến 1/3 số hộ": a share
    other_end = _OTHER_END.match(sent, m.end())
    if other_end and _SHARE_AFTER.match(sent, other_end.end()):
        return False  # "từ 1/3 đến 1/2 số hộ"
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
    return _named_day_before(c, m.start())


def _pass_day(c: _Collector, sent: str, pub: date | None) -> None:
    """5. one day."""
    if not c.has_dm:
        return
    for m in DAY.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        p = _parts(m, "a")
        if not p:
            continue
        has_prefix = bool(m.group("pod") or m.group("wd") or m.group("ngay"))
        if p[2] is None and not has_prefix and not m.group(0).startswith("ngày") \
                and not _bare_day_month_ok(c, sent, m):
            continue
        ok, dt = _resolve_dm(*p, pub)
        if ok:
            dt = _toward(dt, sent, m.end(), pub) if p[2] is None else dt
            c.add(m.start(), m.end(), dt, dt, "day", _pod(m))


# "Ngày 1/7 tới (đây)", "dịp 2/9 sắp tới": the next such day; "ngày 15/7 vừa qua": the last one
_FUTURE_AFTER = re.compile(r"\s+(?:sắp\s+)?tới(?![^\W\d_])")
_PAST_AFTER = re.compile(r"\s+vừa\s+(?:qua|rồi)(?![^\W\d_])")


def _toward(dt: date | None, sent: str, end: int, pub: date | None) -> date | None:
    """A day-month without a year, moved a year on or back when a word after it says it is to
    come ("tới") or past ("vừa qua") and the year nearest publication says otherwise."""
    if dt is None or pub is None:
        return dt
    if dt < pub and _FUTURE_AFTER.match(sent, end):
        return _safe_date(dt.year + 1, dt.month, dt.day) or dt
    if dt > pub and _PAST_AFTER.match(sent, end):
        return _safe_date(dt.year - 1, dt.month, dt.day) or dt
    return dt


# a named day written right before its day-month ("Ngày Nhà giáo Việt Nam 20/11", "“Ngày
# Pháp luật Việt Nam” 9/11", "Ngày Thương binh - Liệt sĩ 27-7")
_NAMED_DAY = re.compile(r"(?<![^\W_])[Nn]gày\s+(?P<w>[^\W\d_])[^\W\d_]*(?:\s*[-–]?\s+[^\W\d_]+){0,7}"
                        r"\s*[”\"’»]?\s*$")


# a named day counted in years or spoken of for its meaning is the holiday, not a date of the
# text: "kỷ niệm 111 năm Ngày Quốc tế Phụ nữ 8/3", "ý nghĩa lịch sử ngày Quốc tế Phụ nữ 8/3"
_HOLIDAY_BEFORE = re.compile(r"(?:\d+\s+năm|ý\s+nghĩa(?:\s+lịch\s+sử)?(?:\s+của)?)\s*$", re.IGNORECASE)


def _named_day_before(c: _Collector, pos: int) -> bool:
    start = c.s_start + pos
    lo = max(c.s_start, start - 70)
    m = _NAMED_DAY.search(c.view.text[lo:start])
    if not (m and m.group("w").isupper()):
        return False
    return not _HOLIDAY_BEFORE.search(c.view.text[max(c.s_start, lo + m.start() - 30):lo + m.start()])


def _pass_relative_year_period(c: _Collector, sent: str, pub: date | None) -> None:
    """6a. a month or quarter of a relative year ("tháng 4 năm ngoái", "quý I năm trước")."""
    if "năm" not in sent:
        return
    for m in REL_YEAR_PERIOD.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        shift = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}[m.group("rel")]
        if m.group("m"):
            mon = int(m.group("m"))
            if not 1 <= mon <= 12:
                continue
            first, last, gran = mon, mon, "month"
        else:
            q = _ROMAN[m.group("q")]
            first, last, gran = 3 * q - 2, 3 * q, "quarter"
        if pub is None:
            c.add(m.start(), m.end(), None, None, gran, None)
            continue
        y = pub.year + shift
        c.add(m.start(), m.end(), date(y, first, 1), _month_end(y, last), gran, None)


_COUNT_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?<![\d/.\-])\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|chục|vài)\s+$")


_TODAY_BEFORE = re.compile(
    r"vào|trong|từ|đến|tới|cho|ngay|là|và|hoặc|chiều|sáng|trưa|tối|đêm|hết|sau|trước|kể|"
    r"ra|mạc|chức|đầu|thúc|lực|mắt|bố|công|thành|quân|họp|việc|thăm|tiếp|về|đi|nhận|trao|gặp")


def _relative_is_date(c: _Collector, sent: str, m: re.Match) -> bool:
    before = sent[max(0, m.start() - 8): m.start()]
    counted = _COUNT_BEFORE.search(before) and not re.search(
        r"tháng\s+[^\W\d_]+\s+$", sent[max(0, m.start() - 16): m.start()])  # "tháng Bảy năm nay"
    if re.search(r"(?:những|các|mấy|nhiều)\s+$", before) or counted:
        return False  # "những năm qua", "5 năm qua", "hai tuần trước": durations
    if c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
        return False  # a slogan or title ("Sống xanh vì ngày mai")
    if not re.fullmatch(r"hôm\s+nay", m.group(0)):
        return True
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
    return _TODAY_BEFORE.fullmatch(word.lower()) is not None


def _comparison(sent: str, found: str) -> bool:
    words = found.split()
    if len(words) != 2 or words[0] not in ("năm", "tháng", "tuần") or words[1] not in ("sau", "trước"):
        return False
    other = "trước" if words[1] == "sau" else "sau"
    return re.search(rf"(?<![^\W\d_]){words[0]}\s+{other}(?![^\W\d_])", sent) is not None


def _pass_relative(c: _Collector, sent: str, pub: date | None) -> None:
    """6. relative expressions (hôm nay, chiều qua, tuần qua, tháng trước …)."""
    for m in RELATIVE.finditer(sent):
        if not c.free(m.start(), m.end()) or not _relative_is_date(c, sent, m):
            continue
        if _comparison(sent, m.group(0)):
            continue  # "tỷ lệ … năm sau đều cao hơn năm trước": any year against the one before
        if re.fullmatch(r"năm\s+qua", m.group(0)):
            # "Năm qua" (no "vừa") is the year the paragraph writes about ("Năm 2018, … Năm qua
            # đã có …"); with none written it may be the last twelve months: no date
            year = _article_year(c.view.fold)
            if year is not None:
                c.add(m.start(), m.end(), date(year, 1, 1), date(year, 12, 31), "year", None)
            continue
        gran, start, end = _relative(m, pub)
        hint = _hint()
        if pub is None and hint and re.fullmatch(r"năm\s+nay", m.group(0)):
            start, end = date(hint, 1, 1), date(hint, 12, 31)  # the year the article is in
        c.add(m.start(), m.end(), start, end, gran, _pod(m))


def _pass_halves(c: _Collector, sent: str, pub: date | None) -> None:
    """7. halves and first/last months of a year ("6 tháng đầu năm")."""
    if "tháng" not in sent:
        return
    for m in HALF.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        n_raw = m.group("n") or m.group("n3")
        pos = m.group("pos") or m.group("pos2") or "đầu"
        n = 6 if n_raw is None else (_N_MONTHS.get(n_raw) or int(n_raw))
        if not 1 <= n <= 11:
            continue
        y_raw = m.group("y") or m.group("y2") or m.group("y3")
        gran = "half" if n == 6 else "quarter" if n == 3 else "range"
        year = int(y_raw) if y_raw else (_context_year(sent, m.start())
                                         or (pub.year if pub else _hint()))
        if year is None:
            c.add(m.start(), m.end(), None, None, gran, None)
        elif pos == "đầu":
            c.add(m.start(), m.end(), date(year, 1, 1), _month_end(year, n), gran, None)
        else:
            c.add(m.start(), m.end(), date(year, 13 - n, 1), date(year, 12, 31), gran, None)


QUARTER_LIST = re.compile(
    r"(?<![^\W\d_])qu[ýí]\s+(?P<q1>iv|i{1,3}|[1-4])(?P<more>(?:\s*(?:,|và|&|[-–])\s*(?:qu[ýí]\s+)?(?:iv|i{1,3}|[1-4])(?![^\W_]))+)"
    r"(?:\s*(?:/|-|năm)\s*(?P<y>\d{4})(?!\d)|\s+năm\s+(?P<rel>nay|ngoái|trước|tới|sau)(?![^\W\d_]))?", _FLAGS)


def _pass_quarter_list(c: _Collector, sent: str, pub: date | None) -> None:
    """Quarters listed after one "quý" ("quý III và IV", "quý I, II năm 2024"): one quarter
    mention each (as years listed), all of the year written after the last, else the year
    nearest publication of the first."""
    if "quý" not in sent and "quí" not in sent:
        return
    for m in QUARTER_LIST.finditer(sent):
        items = [(m.start("q1"), m.end("q1"))] + [
            (m.start("more") + x.start(1), m.start("more") + x.end(1))
            for x in re.finditer(r"(iv|i{1,3}|[1-4])(?![^\W_])", m.group("more"))]
        quarters = [_ROMAN[sent[a:b]] for a, b in items]
        if quarters != sorted(set(quarters)) or not c.free(m.start(), m.end()) \
                or _COUNT_AFTER.match(sent, m.end()):
            continue

        def qspan(yy: int, q: int = quarters[0]) -> tuple[date, date]:
            return date(yy, 3 * q - 2, 1), _month_end(yy, 3 * q)
        y = _year_of(m, pub, 3 * quarters[0], qspan)
        spans = [(m.start(), items[0][1])] + items[1:]
        spans[-1] = (spans[-1][0], m.end())
        for (a, b), q in zip(spans, quarters, strict=True):
            c.add(a, b, date(y, 3 * q - 2, 1) if y else None, _month_end(y, 3 * q) if y else None,
                  "quarter", None)


def _pass_quarters(c: _Collector, sent: str, pub: date | None) -> None:
    """8. quarters."""
    if "quý" not in sent and "quí" not in sent:
        return
    for m in QUARTER.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        q = _ROMAN[m.group("q")]

        def qspan(y: int, q: int = q) -> tuple[date, date]:
            return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        a: date | None
        b: date | None
        if m.group("y"):
            a, b = qspan(int(m.group("y")))
        elif pub:
            a, b = _nearest_year(qspan, pub)
        else:
            a = b = None
        c.add(m.start(), m.end(), a, b, "quarter", None)


def _pass_year_ranges(c: _Collector, sent: str, pub: date | None) -> None:
    """9. "giai đoạn 2021-2025", "nhiệm kỳ 2020-2025", "từ năm 2016 đến hết năm 2020": from the
    first day of the first year to the last of the second; "… đến nay", "giai đoạn 2021 - nay"
    end on the publication date (null without one)."""
    if not c.has_digit or ("năm" not in sent and "đoạn" not in sent and "kỳ" not in sent
                           and "từ" not in sent):
        return
    for m in YEAR_RANGE.finditer(sent):
        y1 = int(m.group("y1"))
        if not c.free(m.start(), m.end()) or not 1900 <= y1 <= 2100 or _quantity_after(sent, m.end()):
            continue  # "từ 1950 đến 2000 người", "từ 1990 - 2000 đồng" are quantities
        if m.group("nay"):
            if pub is None or y1 <= pub.year:
                c.add(m.start(), m.end(), date(y1, 1, 1), pub, "range", None)
            continue
        y2 = int(m.group("y2"))
        if y1 < y2 <= 2100 or (m.group("lead") and y1 == y2):
            c.add(m.start(), m.end(), date(y1, 1, 1), date(y2, 12, 31), "range", None)


def _pass_months(c: _Collector, sent: str, pub: date | None) -> None:
    """10. months ("tháng 5", "tháng 5/2024")."""
    if not c.has_digit or "tháng" not in sent:
        return
    for m in MONTH.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        mon = int(m.group("m"))
        if not 1 <= mon <= 12:
            continue

        def mspan(y: int, mon: int = mon) -> tuple[date, date]:
            return date(y, mon, 1), _month_end(y, mon)
        a: date | None
        b: date | None
        y = int(m.group("y")) if m.group("y") else (None if pub else _hint(mon))
        if y is not None:
            if not 1900 <= y <= 2100:
                continue
            a, b = mspan(y)
        elif pub:
            a, b = _nearest_year(mspan, pub)
            earlier = _SENTENCE_YEAR.get()  # as for a day-month (see _sentence_year)
            if a > pub and earlier is not None:
                a, b = mspan(earlier)
        else:
            a = b = None
        c.add(m.start(), m.end(), a, b, "month", None)


def _pass_years(c: _Collector, sent: str, pub: date | None) -> None:
    """11. years."""
    if not c.has_digit or "năm" not in sent:
        return
    for m in YEAR.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        y = int(m.group("y"))
        if 1900 <= y <= 2100:
            c.add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


# ---------------------------------------------------------------- issue 14: real press forms

SINCE_MONTH = re.compile(
    r"(?<![^\W\d_])(?:kể\s+)?từ\s+(?:(?:(?:đầu|giữa|cuối)\s+)?tháng\s+(?P<m>\d{1,2})"
    r"(?:\s*(?:/|-|\.|năm)\s*(?P<my>\d{4}))?|năm\s+(?P<y>\d{4}))"
    r"\s*,?\s+(?:cho\s+)?(?:đến|tới)\s+nay(?![^\W\d_])", _FLAGS)
UNTIL_YEAR_END = re.compile(
    r"(?<![^\W\d_])từ\s+nay\s+(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?năm\s+(?P<y>\d{4})(?!\d)"
    r"|(?<![^\W\d_])từ\s+nay\s+(?:đến|tới)\s+(?:hết|cuối)\s+năm(?:\s+nay)?(?![^\W\d_]|\s*\d)", _FLAGS)
_PART = r"(?:(?:đầu|giữa|cuối)\s+)?"
MONTH_RANGE = re.compile(
    rf"(?<![^\W\d_])từ\s+{_PART}tháng\s+(?P<m1>\d{{1,2}})\s+(?:đến|tới)\s+(?:{_PART}"
    r"tháng\s+(?P<m2>\d{1,2})(?:\s*(?:/|-|\.|năm)\s*(?P<y>\d{4}))?"
    r"|(?P<m2b>\d{1,2})\s*[/.\-]\s*(?P<yb>\d{4}))(?![\d/])", _FLAGS)  # "… đến 8.2012"
DOTTED_DAY = re.compile(
    rf"(?<![^\W\d_])(?:{POD}|(?P<ngay>ngày))\s+(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})"
    r"(?:\.(?P<y>\d{4}))?(?![\d.,]\d)(?!\d)", _FLAGS)
_MONTH_NAMES = {"một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12}
MONTH_WORD = re.compile(
    r"(?<![^\W\d_])tháng\s+(?P<w>mười\s+một|mười\s+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|"
    r"mười)(?![^\W_])(?:\s+(?:năm\s+)?(?P<y>\d{4})(?!\d|[/.\-]\d))?", _FLAGS)  # "Tháng Tám 2024" too
HOURS_AGO = re.compile(
    r"(?<![^\W\d_])(?:(?:\d{1,2}|một|hai|ba|vài|mấy)\s+(?:giờ|tiếng|phút)\s+trước|"
    r"cách\s+đây\s+(?:\d{1,2}|một|hai|ba|vài)\s+(?:giờ|tiếng))(?![^\W\d_])", _FLAGS)
WEEKDAY = re.compile(r"(?<![^\W\d_])(?:thứ\s+(?P<n>hai|ba|tư|năm|sáu|bảy)|(?P<cn>chủ\s+nhật))"
                     r"(?:\s+(?P<q>tuần\s+(?:trước|qua|vừa\s+qua|này|tới|sau)|vừa\s+qua|sắp\s+tới|tới|này))?"
                     r"(?![^\W\d_])", _FLAGS)
# a weekday meant as every such day: "các ngày thứ Bảy", "mỗi Chủ nhật", "thứ 7 hoặc Chủ nhật",
# "thứ Bảy, Chủ nhật hằng tuần"
_GENERIC_WEEKDAY_BEFORE = re.compile(r"(?:các|mỗi|những|hằng|hàng|hoặc)\s+$")
_GENERIC_WEEKDAY_AFTER = re.compile(
    r"\s*(?:(?:,|và|hoặc)\s*(?:thứ\s+\w+|chủ\s+nhật)\s*)?(?:hằng|hàng)\s+tuần|\s+hoặc\s")
_WEEKDAY_N = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
BRACKET_YEARS = re.compile(r"\(\s*(?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})\s*\)")
NEW_YEAR = re.compile(r"(?<![^\W\d_])năm\s+mới\s+(?P<y>\d{4})(?!\d)", _FLAGS)


def _capitalised(c: _Collector, pos: int) -> bool:
    ch = c.view.text[c.s_start + pos]
    return ch.isupper()


def _since_month_start(m: re.Match, pub: date | None) -> tuple[bool, date | None]:
    """(valid, first day) of "từ tháng M(/YYYY)", "từ năm YYYY"; a month without a year is the
    latest one not after publication (the article's year without a publication date)."""
    mon = int(m.group("m") or 1)
    y_raw = m.group("y") or m.group("my")
    if not 1 <= mon <= 12:
        return False, None
    if y_raw is None:
        if pub is None:
            y = _hint(mon)
            return True, (date(y, mon, 1) if y else None)
        y = pub.year if mon <= pub.month else pub.year - 1
    else:
        y = int(y_raw)
    start = _safe_date(y, mon, 1) if 1900 <= y <= 2100 else None
    return start is not None and not (pub and start > pub), start


def _pass_since_month(c: _Collector, sent: str, pub: date | None) -> None:
    """"Từ tháng 3/2023 đến nay", "từ năm 2020 đến nay", "từ đầu tháng 7 đến nay": to the
    publication date (null without one)."""
    if "nay" not in sent or not c.has_digit:
        return
    for m in SINCE_MONTH.finditer(sent):
        ok, start = _since_month_start(m, pub)
        if ok and c.free(m.start(), m.end()):
            c.add(m.start(), m.end(), start, pub, "range", None)


def _pass_until_year_end(c: _Collector, sent: str, pub: date | None) -> None:
    """"từ nay đến (hết) năm 2025", "từ nay đến cuối năm": from the publication date to the
    end of that year. ("tính
    đến hết năm 2024", a total at a date, is that year: read by the year rule.)"""
    if "từ nay" not in sent:
        return
    for m in UNTIL_YEAR_END.finditer(sent):
        # "từ nay đến cuối năm": the publication year (the article's year without one)
        y = int(m.group("y")) if m.group("y") else (pub.year if pub else _hint())
        if y is not None and not 1900 <= y <= 2100 or not c.free(m.start(), m.end()):
            continue
        c.add(m.start(), m.end(), pub, date(y, 12, 31) if y else None, "range", None)


def _pass_month_range(c: _Collector, sent: str, pub: date | None) -> None:
    """"từ (giữa) tháng 4 đến (giữa) tháng 5": whole months, the year written or nearest."""
    if "tháng" not in sent or "từ" not in sent:
        return
    for m in MONTH_RANGE.finditer(sent):
        m1, m2 = int(m.group("m1")), int(m.group("m2") or m.group("m2b"))
        if not (1 <= m1 <= m2 <= 12) or not c.free(m.start(), m.end()):
            continue
        y_raw = m.group("y") or m.group("yb")
        y = int(y_raw) if y_raw else None
        if y is None and pub is not None:
            def period(yy: int, m1: int = m1, m2: int = m2) -> tuple[date, date]:
                return date(yy, m1, 1), _month_end(yy, m2)
            span = _nearest_year(period, pub)
            y = span[0].year if span else None
        y = y if y is not None else _hint(m1)
        if y is None:
            c.add(m.start(), m.end(), None, None, "range", None)
        else:
            c.add(m.start(), m.end(), date(y, m1, 1), _month_end(y, m2), "range", None)


def _pass_dotted_day(c: _Collector, sent: str, pub: date | None) -> None:
    """"Sáng 11.3", "Ngày 14.9": a dotted day.month after a part of day or "ngày"."""
    if "." not in sent or not c.has_digit:
        return
    for m in DOTTED_DAY.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        y = int(m.group("y")) if m.group("y") else None
        ok, dt = _resolve_dm(int(m.group("d")), int(m.group("m")), y, pub)
        if ok:
            c.add(m.start(), m.end(), dt, dt, "day", _pod(m))


def _pass_month_words(c: _Collector, sent: str, pub: date | None) -> None:
    """"tháng Năm", "Tháng Mười Hai": a month written in words, with a capital (a lower-case
    "tháng năm" is "months and years"); "Cách mạng Tháng Tám" is an event, "Rằm tháng Bảy" a
    lunar festival."""
    if "tháng" not in sent:
        return
    for m in MONTH_WORD.finditer(sent):
        if not _capitalised(c, m.start("w")) or not c.free(m.start(), m.end()) \
                or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            continue
        if re.search(r"(?:cách\s+mạng|rằm|mùng|mồng)\s+$", sent[max(0, m.start() - 12):m.start()]):
            continue  # "Rằm tháng Bảy", "mùng 1 tháng Năm" (lunar festivals) are not solar months
        mon = _MONTH_NAMES[re.sub(r"\s+", " ", m.group("w"))]
        y = int(m.group("y")) if m.group("y") else (None if pub else _hint(mon))

        def mspan(yy: int, mon: int = mon) -> tuple[date, date]:
            return date(yy, mon, 1), _month_end(yy, mon)
        span = mspan(y) if y else (_nearest_year(mspan, pub) if pub else None)
        c.add(m.start(), m.end(), span[0] if span else None, span[1] if span else None,
              "month", None)


def _pass_hours_ago(c: _Collector, sent: str, pub: date | None) -> None:
    """"2 giờ trước", "cách đây vài tiếng": the publication day."""
    if "trước" not in sent and "cách đây" not in sent:
        return
    for m in HOURS_AGO.finditer(sent):
        if c.free(m.start(), m.end()):
            c.add(m.start(), m.end(), pub, pub, "day", None)


def _weekday_is_date(c: _Collector, sent: str, m: re.Match) -> bool:
    word = m.start("n") if m.group("n") else m.start("cn")
    if not _capitalised(c, word) or not c.free(m.start(), m.end()) \
            or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
        return False  # "“Chủ nhật vì cộng đồng”" is a name
    if re.match(r"\s*(?:,\s*)?(?:ngày\s+)?\d", sent[m.end():]) or re.search(
            r"(?:lần|tuần|ngày)\s+$", sent[max(0, m.start() - 6):m.start()]):
        return False  # a date follows (read by the day rules) or an ordinal
    return not (_GENERIC_WEEKDAY_BEFORE.search(sent[max(0, m.start() - 8):m.start()])
                or _GENERIC_WEEKDAY_AFTER.match(sent, m.end()))


def _weekday_date(want: int, qualifier: str | None, pub: date) -> date:
    """The day ``want`` (0 = Monday) that the qualifier points at: none, the one nearest the
    publication date (±3 days); "vừa qua" the last one before it; "tới", "sắp tới" the next
    one after it; "tuần trước/qua", "tuần này", "tuần tới/sau" that day of that Monday–Sunday week."""
    q = re.sub(r"\s+", " ", qualifier or "")
    if q.startswith("tuần"):
        week = {"trước": -7, "qua": -7, "vừa qua": -7, "này": 0, "tới": 7, "sau": 7}[q[5:]]
        return pub - timedelta(days=pub.weekday()) + timedelta(days=week + want)
    if q == "vừa qua":
        return pub - timedelta(days=((pub.weekday() - want) % 7) or 7)
    if q in ("tới", "sắp tới"):
        return pub + timedelta(days=((want - pub.weekday()) % 7) or 7)
    return pub + timedelta(days=(want - pub.weekday() + 3) % 7 - 3)


def _pass_weekday(c: _Collector, sent: str, pub: date | None) -> None:
    """A weekday written alone ("thứ Hai", "Chủ nhật", "thứ Bảy vừa qua", "thứ Sáu tuần trước"),
    with a capital (a lower-case "thứ hai" is an ordinal), not a recurring one ("các ngày thứ
    Bảy", "Chủ nhật hằng tuần"): see ``_weekday_date``."""
    if "thứ" not in sent and "chủ nhật" not in sent:
        return
    for m in WEEKDAY.finditer(sent):
        if not _weekday_is_date(c, sent, m):
            continue
        # the span is the weekday; its qualifier is kept from the relative rules ("Thứ Năm
        # tới" is no "năm tới", "thứ Hai tuần trước" no "tuần trước")
        end = m.end("n") if m.group("n") else m.end("cn")
        dt = None
        if pub is not None:
            want = 6 if m.group("cn") else _WEEKDAY_N[m.group("n")]
            dt = _weekday_date(want, m.group("q"), pub)
        c.add(m.start(), end, dt, dt, "day", None)
        if m.group("q"):
            c.taken.take(m.start("q"), m.end("q"))


def _pass_bracket_years(c: _Collector, sent: str, pub: date | None) -> None:
    """"(2021 - 2025)" after a name: the years inside the brackets."""
    if "(" not in sent or not c.has_digit:
        return
    for m in BRACKET_YEARS.finditer(sent):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        a, b = m.start("y1"), m.end("y2")
        if 1900 <= y1 <= y2 <= 2100 and c.free(a, b):
            c.add(a, b, date(y1, 1, 1), date(y2, 12, 31), "range", None)


def _pass_new_year(c: _Collector, sent: str, pub: date | None) -> None:
    """"năm mới 2026": the year."""
    if "mới" not in sent or not c.has_digit:
        return
    for m in NEW_YEAR.finditer(sent):
        y = int(m.group("y"))
        if 1900 <= y <= 2100 and c.free(m.start(), m.end()):
            c.add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


# ---------------------------------------------------------------- issue 14: more press forms

MONTH_LIST = re.compile(
    r"(?<![^\W\d_])tháng\s+(?P<m1>\d{1,2})(?P<more>(?:\s*(?:,|và|&|[-–])\s*\d{1,2}(?!\d))+)"
    r"(?:\s*(?:/|-|\.|năm)\s*(?P<y>(?:19|20)\d{2})(?!\d)|\s+năm\s+(?P<rel>nay|ngoái|trước|tới|sau)(?![^\W\d_]))?"
    r"(?!\d|\s*[/.\-]\s*\d)", _FLAGS)  # "tháng 7 và 8", "tháng 7-8/2024", "tháng 6, 7, 8 năm nay"
YEAR_LIST = re.compile(
    r"(?<![^\W\d_])năm\s+(?P<y1>(?:19|20)\d{2})(?P<more>(?:\s*(?:,|và|&)\s*(?:năm\s+)?(?:19|20)\d{2}(?![\d.,]\d))+)"
    r"(?!\d)", _FLAGS)  # "các năm 2016, 2017 và 2018"
JOINED_DASH = re.compile(
    rf"(?:{POD}\s+(?:ngày\s+)?|ngày\s+){N}(?P<d1>\d{{1,2}})(?P<more>(?:\s*(?:,|&|và|(?P<dash>[-–]))\s*\d{{1,2}})+)"
    r"\s*(?P<msep>[-.])\s*(?P<m>\d{1,2})(?:\s*[-.]\s*(?P<y>\d{4}))?(?!\d|[.\-]\d)", _FLAGS)  # "Ngày 18 và 19-3"
LUNAR_MONTH = re.compile(
    r"(?<![^\W\d_])tháng\s+(?P<w>giêng|chạp)(?![^\W\d_])(?:\s+năm\s+(?P<y>(?:19|20)\d{2})(?!\d))?", _FLAGS)
_LUNAR_DAY_BEFORE = re.compile(r"(?:rằm|mùng|mồng|ngày|\d)\s+$")
_EDITION = re.compile(
    r"(?<![^\W\d_])(?:tháng\s+(?:thanh\s+niên|công\s+nhân|nhân\s+đạo)|xuân\s+tình\s+nguyện|mùa\s+hè\s+xanh"
    r"|tình\s+nguyện\s+mùa\s+đông)\s+(?P<y>(?:19|20)\d{2})(?![\d/.\-])", _FLAGS)


def _year_of(m: re.Match, pub: date | None, month: int,
             period: Callable[[int], tuple[date, date]]) -> int | None:
    """The year of a period without a full date: written ("/2024", "năm 2024"), relative ("năm
    nay"), else the one nearest publication, else the article's year (None when unknown)."""
    if m.group("y"):
        return int(m.group("y"))
    rel = m.groupdict().get("rel")
    if rel:
        shift = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}[rel]
        return pub.year + shift if pub else (_hint(month) if rel == "nay" else None)
    if pub is not None:
        span = _nearest_year(period, pub)
        return span[0].year if span else None
    return _hint(month)


def _pass_month_list(c: _Collector, sent: str, pub: date | None) -> None:
    """Several months of one year ("tháng 7 và 8", "tháng 7-8/2024", "tháng 6, 7, 8 năm nay"):
    one range from the first to the last when they run on (or are joined by a dash); the
    month-day rules never read "7-8/2024" after "tháng" as a day. A list with commas needs its
    year; a count after the last number ("tháng 7 và 8 hộ") is no month."""
    if "tháng" not in sent or not c.has_digit:
        return
    for m in MONTH_LIST.finditer(sent):
        months = [int(m.group("m1"))] + [int(x) for x in re.findall(r"\d{1,2}", m.group("more"))]
        dash = re.search(r"[-–]", m.group("more")) is not None
        if not c.free(m.start(), m.end()) or _COUNT_AFTER.match(sent, m.end()) \
                or ("," in m.group("more") and not (m.group("y") or m.group("rel"))):
            continue
        runs_on = months == list(range(months[0], months[0] + len(months)))
        if not (1 <= months[0] < months[-1] <= 12) or not (runs_on or (dash and len(months) == 2)):
            continue
        first, last = months[0], months[-1]

        def period(yy: int, first: int = first, last: int = last) -> tuple[date, date]:
            return date(yy, first, 1), _month_end(yy, last)
        y = _year_of(m, pub, first, period)
        if y is not None and not 1900 <= y <= 2100:
            continue
        a, b = period(y) if y is not None else (None, None)
        c.add(m.start(), m.end(), a, b, "range", None)


def _year_list_closes(sent: str, m: re.Match) -> bool:
    """A list of years is one when said so ("các năm", "hai năm"), joined by "và", or closed by
    punctuation: "năm 2023, 2024 học sinh" is a year and a count."""
    return bool(re.search(r"(?:các|những|hai|ba|bốn|năm)\s+$", sent[max(0, m.start() - 8):m.start()])
                or re.search(r"(?:và|&)\s*(?:năm\s+)?\d{4}$", m.group("more"))
                or re.match(r"\s*(?:[,.;:)!?]|$)", sent[m.end():]))


def _pass_year_list(c: _Collector, sent: str, pub: date | None) -> None:
    """"các năm 2016, 2017 và 2018": one year mention per year (the first with its "năm")."""
    if "năm" not in sent or not c.has_digit:
        return
    for m in YEAR_LIST.finditer(sent):
        if not c.free(m.start(), m.end()) or _COUNT_AFTER.match(sent, m.end()):
            continue
        spans = [(m.start(), m.end("y1"))] + [
            (m.start("more") + x.start(), m.start("more") + x.end())
            for x in re.finditer(r"(?:19|20)\d{2}", m.group("more"))]
        years = [int(sent[b - 4:b]) for _, b in spans]
        if years != sorted(set(years)) or not _year_list_closes(sent, m):
            continue
        for (a, b), y in zip(spans, years, strict=True):
            c.add(a, b, date(y, 1, 1), date(y, 12, 31), "year", None)


def _pass_joined_dash(c: _Collector, sent: str, pub: date | None) -> None:
    """Several days of one month with a dash or dot before the month ("Ngày 18 và 19-3",
    "trong 2 ngày 10 và 11-7", "sáng 9, 10.9", "hai ngày 9 - 10.12.2020"); "ngày" or a part of
    day must lead."""
    if not c.has_dm:
        return
    for m in JOINED_DASH.finditer(sent):
        days = [int(m.group("d1"))] + [int(x) for x in re.findall(r"\d{1,2}", m.group("more"))]
        mon = int(m.group("m"))
        if not c.free(m.start(), m.end()) or days != sorted(set(days)) \
                or any(not _valid_dm(d, mon) for d in days) or (m.group("dash") and m.group("msep") != "."):
            continue  # a dash between days only before a dotted month ("9 - 10.12.2020")
        y = int(m.group("y")) if m.group("y") else None
        ok1, d1 = _resolve_dm(days[0], mon, y, pub)
        ok2, d2 = _resolve_dm(days[-1], mon, d1.year if d1 else y, pub)
        if ok1 and ok2:
            c.add(m.start(), m.end(), d1, d2, "range", _pod(m))


def _pass_lunar_months(c: _Collector, sent: str, pub: date | None) -> None:
    """"tháng Giêng", "tháng Chạp": the first and last lunar months, as solar days (computed
    with ``baochi.nlp.lunar``), of the lunar year written, else the one nearest publication,
    else the article's year; a lunar day of them ("rằm tháng Giêng", "mùng 10 tháng Giêng") is
    a festival, not a month."""
    if "giêng" not in sent and "chạp" not in sent:
        return
    for m in LUNAR_MONTH.finditer(sent):
        if not c.free(m.start(), m.end()) or _LUNAR_DAY_BEFORE.search(sent[max(0, m.start() - 8):m.start()]) \
                or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            continue
        _add_lunar_month(c, m, 1 if m.group("w") == "giêng" else 12, pub)


def _add_lunar_month(c: _Collector, m: re.Match, mon: int, pub: date | None) -> None:
    def span(yy: int, mon: int = mon) -> tuple[date, date] | None:
        return lunar.month_span(mon, yy)
    if m.group("y"):
        got = span(int(m.group("y"))) if 1900 <= int(m.group("y")) <= 2100 else None
    elif pub is not None:
        got = _nearest_year(span, pub)
    else:
        hint = _hint()
        got = span(hint) if hint else None
    c.add(m.start(), m.end(), got[0] if got else None, got[1] if got else None, "month", None)


LUNAR_NUMBERED_MONTH = re.compile(
    r"(?<![^\W\d_])tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?\s*(?:\(\s*)?âm\s+lịch(?:\s*\))?", _FLAGS)


def _pass_lunar_numbered_month(c: _Collector, sent: str, pub: date | None) -> None:
    """"tháng 7 âm lịch": that lunar month (as "tháng Giêng"), never the solar one."""
    if "âm lịch" not in sent or not c.has_digit:
        return
    for m in LUNAR_NUMBERED_MONTH.finditer(sent):
        mon = int(m.group("m"))
        if 1 <= mon <= 12 and c.free(m.start(), m.end()) \
                and not _LUNAR_DAY_BEFORE.search(sent[max(0, m.start() - 8):m.start()]):
            _add_lunar_month(c, m, mon, pub)


_EDITION_TRIGGERS = ("chiến dịch", "chương trình", "phong trào", "vận động", "tháng hành", "tháng cao",
                     "cuộc chạy", "cuộc thi", "hội thi", "hội thao", "hội diễn", "liên hoan", "lễ hội",
                     "tuần lễ", "ngày hội", "festival", "giải", "triển lãm", "hội chợ")
CAMPAIGN_EDITION = re.compile(
    r"(?<![^\W\d_])(?:chiến\s+dịch|chương\s+trình|phong\s+trào|cuộc\s+vận\s+động|tháng\s+(?:hành\s+động|cao\s+điểm)"
    r"|cuộc\s+chạy|cuộc\s+thi|hội\s+thi|hội\s+thao|hội\s+diễn|liên\s+hoan|lễ\s+hội|tuần\s+lễ|ngày\s+hội|festival"
    r"|giải|triển\s+lãm|hội\s+chợ)"
    r"\s+(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,10}?)[ \t]+(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)", _FLAGS)


def _pass_campaign_edition(c: _Collector, sent: str, pub: date | None) -> None:
    """A campaign or an event named unquoted after its trigger and followed by its edition year
    ("Chiến dịch Giờ Trái đất 2024", "Tháng hành động vì trẻ em 2023", "Cuộc chạy vì trẻ em Hà
    Nội 2016", "Liên hoan các đội tuyên truyền lưu động tỉnh Quảng Ninh 2009"): that year. The
    name must be capitalised or the trigger so (a lower-case run is a clause, not a name)."""
    if not c.has_digit or not any(w in sent for w in _EDITION_TRIGGERS):
        return
    for m in CAMPAIGN_EDITION.finditer(sent):
        text = c.view.text
        name_start = c.s_start + m.start("name")
        if not (text[name_start].isupper() or text[c.s_start + m.start()].isupper()) \
                or m.group("name").split()[-1] in ("năm", "tháng", "ngày") \
                or not c.free(m.start("y"), m.end()) or _quantity_after(sent, m.end()) \
                or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            continue
        y = int(m.group("y"))
        c.add(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


SEASON_YEAR = re.compile(
    r"(?<![^\W\d_])mùa(?:\s+[^\W\d_]+){1,3}?\s+(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)", _FLAGS)


def _pass_season_year(c: _Collector, sent: str, pub: date | None) -> None:
    """A season named with its year ("mùa huấn luyện 2019", "mùa mưa bão 2024", "mùa thi 2023"):
    that year (with "năm" the year rule reads it)."""
    if "mùa" not in sent or not c.has_digit:
        return
    for m in SEASON_YEAR.finditer(sent):
        y = int(m.group("y"))
        if c.free(m.start("y"), m.end()) and not _quantity_after(sent, m.end()) \
                and not c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            c.add(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


def _pass_edition_year(c: _Collector, sent: str, pub: date | None) -> None:
    """A named month or season campaign with its edition year, unquoted ("Tháng Thanh niên
    2019", "Xuân tình nguyện 2026"): that year, as "Hè 2012"."""
    if not c.has_digit or ("tháng" not in sent and "xuân" not in sent and "mùa" not in sent
                           and "tình nguyện" not in sent):
        return
    for m in _EDITION.finditer(sent):
        y = int(m.group("y"))
        if c.free(m.start("y"), m.end()) and not c.quoted.overlaps(c.s_start + m.start(),
                                                                    c.s_start + m.end()):
            c.add(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


MONTH_YEAR_RANGE = re.compile(
    rf"(?<![^\W\d_])từ\s+{_PART}tháng\s+(?P<m1>\d{{1,2}})\s*(?:/|-|\.|năm)\s*(?P<y1>\d{{4}})(?:\s*,?\s+(?:đến|tới)\s+|\s*[-–]\s*)"
    rf"(?:{_PART}tháng\s+)?(?P<m2>\d{{1,2}})\s*(?:/|-|\.|năm)\s*(?P<y2>\d{{4}})(?!\d)", _FLAGS)


YTD_TO_MONTH = re.compile(
    r"(?<![^\W\d_])từ\s+đầu\s+năm(?:\s+(?P<y>\d{4}))?\s+(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
    r"tháng\s+(?P<m>\d{1,2})(?:\s*(?:/|-|\.|năm)\s*(?P<y2>\d{4}))?(?![\d/]\d|\d)", _FLAGS)


def _pass_ytd_to_month(c: _Collector, sent: str, pub: date | None) -> None:
    """"Từ đầu năm (2024) đến hết tháng 6": 1 January to the end of that month, of the year
    written, else the publication year (the article's year without one)."""
    if "đầu năm" not in sent:
        return
    for m in YTD_TO_MONTH.finditer(sent):
        mon = int(m.group("m"))
        y_raw = m.group("y") or m.group("y2")
        y = int(y_raw) if y_raw else (pub.year if pub else _hint(mon))
        if not 1 <= mon <= 12 or not c.free(m.start(), m.end()) or (y and not 1900 <= y <= 2100):
            continue
        c.add(m.start(), m.end(), date(y, 1, 1) if y else None, _month_end(y, mon) if y else None,
              "range", None)


def _pass_month_year_range(c: _Collector, sent: str, pub: date | None) -> None:
    """"từ tháng 2/2010 đến tháng 6/2012": from the first day of the one to the last of the other."""
    if "tháng" not in sent or "từ" not in sent:
        return
    for m in MONTH_YEAR_RANGE.finditer(sent):
        m1, m2, y1, y2 = (int(m.group(k)) for k in ("m1", "m2", "y1", "y2"))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1900 <= y1 <= 2100 and 1900 <= y2 <= 2100) \
                or (y1, m1) > (y2, m2) or not c.free(m.start(), m.end()):
            continue
        c.add(m.start(), m.end(), date(y1, m1, 1), _month_end(y2, m2), "range", None)


def _pass_spring_year(c: _Collector, sent: str, pub: date | None) -> None:
    """"Xuân Giáp Thìn 2024", "Xuân mới 2024", "xuân 2026": the year (a season named with its
    year; without the year, "Xuân Ất Tỵ", it is no date). A crop ("vụ Xuân 2024") is not, and
    neither is a quoted programme name."""
    if "xuân" not in sent or not c.has_digit:
        return
    for m in SPRING_YEAR.finditer(sent):
        y = int(m.group("y"))
        if _CROP_BEFORE.search(sent, 0, m.start()) \
                or not c.free(m.start(), m.end()) \
                or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            continue
        c.add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


DM_DASH_RANGE = re.compile(
    rf"(?:(?P<from>từ)\s+)?(?:ngày\s+)?{N}(?P<ad>\d{{1,2}})/(?P<am>\d{{1,2}})\s*[-–]\s*(?P<bd>\d{{1,2}})/(?P<bm>\d{{1,2}})"
    r"(?:/(?P<by>\d{4}))?(?!\d|/\d)", _FLAGS)


def _pass_dm_dash_range(c: _Collector, sent: str, pub: date | None) -> None:
    """Two day-months joined by a dash after "từ", "ngày" or a holiday's "dịp" ("dịp 30/4 -
    1/5", "từ 28/12 - 2/1/2025"): one range; the first takes the year of the second."""
    if not c.has_dm or "/" not in sent:
        return
    for m in DM_DASH_RANGE.finditer(sent):
        cue = m.group("from") or m.group(0).startswith("ngày") or re.search(
            r"(?:dịp|lễ)\s+$", sent[max(0, m.start() - 8):m.start()])
        if not cue or not c.free(m.start(), m.end()):
            continue
        ad, am, bd, bm = (int(m.group(k)) for k in ("ad", "am", "bd", "bm"))
        if not (_valid_dm(ad, am) and _valid_dm(bd, bm)) or ((am, ad) > (bm, bd) and (am, bm) != (12, 1)):
            continue  # only a December-January range runs over the new year ("1/3 - 1/2" is a share)
        ok_b, db = _resolve_dm(bd, bm, int(m.group("by")) if m.group("by") else None, pub)
        y_a = (db.year - ((am, ad) > (bm, bd))) if db else None
        ok_a, da = _resolve_dm(ad, am, y_a, pub) if y_a else (True, None)
        if ok_a and ok_b and not (da and db and da > db):
            c.add(m.start(), m.end(), da, db, "range", None)


_DOT_DM = r"(?P<{p}d>\d{{1,2}})\.(?P<{p}m>\d{{1,2}})(?:\.(?P<{p}y>\d{{4}}))?"
_DOT_END = r"(?!\d|[.,]\d|\s*%)"
DOTTED_RANGE = re.compile(
    rf"(?:(?P<from>(?:kể\s+)?từ)\s+)?(?P<ngay>ngày\s+)?{N}{_DOT_DM.format(p='a')}\s*(?P<conn>đến|tới|[-–])\s*(?:hết\s+)?"
    rf"(?:ngày\s+)?{_DOT_DM.format(p='b')}{_DOT_END}", _FLAGS)  # "Từ ngày 12.5 đến 15.5"
REL_DOTTED = re.compile(
    rf"(?:{POD}\s+(?:nay|qua|mai)|hôm\s+(?:nay|qua)|ngày\s+mai)\s*,?\s*(?:{WD}\s*,?\s*)?(?:ngày\s+)?"
    rf"{N}{_DOT_DM.format(p='')}{_DOT_END}", _FLAGS)  # "Sáng nay 20.7", "hôm qua, 19.7"
CUED_DOTTED = re.compile(
    rf"(?<![^\W\d_])(?:đến|tới|trước|sau|từ|hôm|hạn|dịp|hết|vào|lễ|quốc\s+khánh)\s+{N}{_DOT_DM.format(p='')}{_DOT_END}",
    _FLAGS)  # "đến 31.12", "dịp 27.7": the cue is not in the span


# a quantity after a dotted number ("từ 12.5 đến 15.5 tạ/ha", "đến 2.5 triệu"): not a date
_UNIT_AFTER = re.compile(r"\s*(?:%|[^\W\d_]+\s*/|(?:tạ|kg|lít|đồng|usd|m2|m3|mm|độ|điểm|sản\s+phẩm|phần\s+trăm)(?![^\W_]))")


def _quantity_after(sent: str, pos: int) -> bool:
    return _COUNT_AFTER.match(sent, pos) is not None or _UNIT_AFTER.match(sent, pos) is not None


def _dotted(m: re.Match, p: str, pub: date | None, year: int | None = None) -> tuple[bool, date | None]:
    y = m.group(f"{p}y")
    return _resolve_dm(int(m.group(f"{p}d")), int(m.group(f"{p}m")), int(y) if y else year, pub)


def _pass_dotted_range(c: _Collector, sent: str, pub: date | None) -> None:
    """Two dotted day-months joined by "đến" or a dash after "từ" or "ngày" ("Từ ngày 12.5 đến
    15.5", "từ 12.5 đến hết 15.6.2024"): one range; the first takes the year of the second."""
    if "." not in sent or not c.has_dm:
        return
    for m in DOTTED_RANGE.finditer(sent):
        if not (m.group("from") or m.group("ngay")) or not c.free(m.start(), m.end()) \
                or _quantity_after(sent, m.end()):
            continue
        a, b = (int(m.group("am")), int(m.group("ad"))), (int(m.group("bm")), int(m.group("bd")))
        if a > b and (a[0], b[0]) != (12, 1) and not m.group("ay"):
            continue
        ok_b, db = _dotted(m, "b", pub)
        y_a = (db.year - (a > b)) if db and not m.group("ay") else None
        ok_a, da = _dotted(m, "a", pub, y_a)
        if ok_a and ok_b and not (da and db and da > db):
            c.add(m.start(), m.end(), da, db, "range", None)


def _pass_dotted_relative(c: _Collector, sent: str, pub: date | None) -> None:
    """A relative day with its dotted date, without brackets ("Sáng nay 20.7"): the date."""
    if "." not in sent or not c.has_dm:
        return
    for m in REL_DOTTED.finditer(sent):
        if c.free(m.start(), m.end()):
            ok, dt = _dotted(m, "", pub)
            if ok:
                c.add(m.start(), m.end(), dt, dt, "day", _pod(m))


def _pass_cued_dotted(c: _Collector, sent: str, pub: date | None) -> None:
    """A bare dotted day-month after a cue ("đến 31.12", "trước 30.6", "dịp 27.7"), not a count
    or a share ("đến 2.5 triệu", "12.5%")."""
    if "." not in sent or not c.has_dm:
        return
    for m in CUED_DOTTED.finditer(sent):
        a = m.start("d")
        if not c.free(a, m.end()) or _quantity_after(sent, m.end()) \
                or re.match(r"\s*(?:đến|tới|lên|[-–])\s*\d", sent[m.end():]):
            continue  # one end of a range of quantities ("từ 12.5 đến 15.5 tạ/ha")
        ok, dt = _dotted(m, "", pub)
        if ok:
            c.add(a, m.end(), dt, dt, "day", None)


# a day or month said to recur ("ngày 15/5 hàng năm", "hàng năm vào ngày 18/11")
_RECURRING_AFTER = re.compile(r"\s*,?\s*(?:hằng|hàng|mỗi)\s+(?:năm|tuần|tháng)(?![^\W\d_])")
_RECURRING_BEFORE = re.compile(r"(?<![^\W\d_])(?:hằng|hàng|mỗi)\s+năm\s+(?:vào\s+)?(?:trong\s+)?(?:ngày\s+)?$")
CHRISTMAS = re.compile(
    r"(?<![^\W\d_])(?:lễ\s+)?(?:noel|giáng\s+sinh)\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)", _FLAGS)


def _pass_christmas(c: _Collector, sent: str, pub: date | None) -> None:
    """"(lễ) Noel 2016", "Giáng sinh năm 2024": 25 December of that year (without a year it is
    the feast, not a date)."""
    if "noel" not in sent and "giáng sinh" not in sent:
        return
    for m in CHRISTMAS.finditer(sent):
        y = int(m.group("y"))
        if c.free(m.start(), m.end()):
            c.add(m.start(), m.end(), date(y, 12, 25), date(y, 12, 25), "day", None)


_REL_DAY = re.compile(rf"(?:{POD}\s+(?:nay|qua|mai)|hôm\s+(?:nay|qua|kia)|ngày\s+mai|ngày\s+hôm\s+(?:nay|qua))")
_APPOSED_GAP = re.compile(r"\s*,?\s*")
_GLOSS_GAP = re.compile(r"\s*(?:,|\()?\s*tức\s+(?:là\s+)?")


def _merged(c: _Collector, prev: DateMention, cur: DateMention) -> DateMention | None:
    """One mention for two written side by side as one: a relative day and its date ("Hôm nay,
    15/3/2026", "chiều nay 9/7", "Sáng nay, thứ Bảy (20/7)": the written date), and a date with
    its lunar day-month as a gloss ("Ngày 10/1 (tức ngày 1/12 âm lịch)", "…, tức ngày 15/6 năm
    Giáp Thìn": the first). A Tết day in the gloss names the festival and stays a mention of
    its own ("Ngày 2/2 (tức mùng 5 Tết Ất Tỵ)")."""
    fold = c.view.fold
    gap = fold[prev.end:cur.start]
    if cur.granularity != "day":
        return None
    if _REL_DAY.fullmatch(fold, prev.start, prev.end) and _APPOSED_GAP.fullmatch(gap) \
            and any(ch.isdigit() for ch in cur.surface):
        keep = cur
    elif prev.granularity == "day" and _GLOSS_GAP.fullmatch(gap) and _DM_HINT.search(fold, cur.start, cur.end):
        keep = prev
    else:
        return None
    end = cur.end
    if "(" in gap and end < len(fold) and fold[end] == ")":
        end += 1
    return replace(keep, surface=c.view.text[prev.start:end], start=prev.start, end=end,
                   part_of_day=prev.part_of_day or cur.part_of_day)


def _merge_apposed(c: _Collector) -> None:
    if len(c.out) < 2:
        return
    out = sorted(c.out, key=lambda d: d.start)
    merged: list[DateMention] = []
    for cur in out:
        joined = _merged(c, merged[-1], cur) if merged else None
        if joined is not None:
            merged[-1] = joined
        else:
            merged.append(cur)
    c.out = merged


_STAMP_GAP = r"(?:\s+|\s*[-–|,]\s*)"  # "10:24 06/08/2022", "26/08/2015 - 18:11", "08:11 | 06/08/2022"
_STAMP = re.compile(rf"\s*(?:\d{{1,2}}:\d{{2}}{_STAMP_GAP}\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}{_STAMP_GAP}\d{{1,2}}:\d{{2}})"
                    r"(?=\s)")


def _pass_stamp(c: _Collector, sent: str, pub: date | None) -> None:
    """0. a page's time stamp opening the paragraph ("10:24 06/08/2022 Tối 5-8, …") is page
    metadata, not a date of the text: its span is taken without a mention."""
    if c.s_start != 0 or not c.has_dm:
        return
    m = _STAMP.match(sent)
    if m is not None:
        c.taken.take(m.start(), m.end())


# a page's byline stamp with its time zone ("Thứ Tư, 08/04/2015, 08:11 [GMT+7]", "04:30 GMT+7,
# Thứ Ba, 27/9/2022"), wherever it stands: metadata, not a date of the text
_GMT_STAMP = re.compile(
    rf"(?:{WD}\s*,\s*)?(?:ngày\s+)?\d{{1,2}}[/\-.]\d{{1,2}}[/\-.]\d{{4}}\s*,?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*\[?\s*gmt\s*\+\s*7\s*\]?"
    rf"|\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*\[?\s*gmt\s*\+\s*7\s*\]?\s*,?\s*(?:{WD}\s*,\s*)?(?:ngày\s+)?\d{{1,2}}[/\-.]\d{{1,2}}[/\-.]\d{{4}}",
    _FLAGS)


def _pass_gmt_stamp(c: _Collector, sent: str, pub: date | None) -> None:
    """0. a byline stamp with "GMT+7" is taken without a mention (see ``_GMT_STAMP``)."""
    if "gmt" not in sent or not c.has_dm:
        return
    for m in _GMT_STAMP.finditer(sent):
        c.taken.take(m.start(), m.end())


RULES: tuple[Callable[[_Collector, str, date | None], None], ...] = (
    _pass_stamp,
    _pass_gmt_stamp,
    _pass_tet,
    _pass_lunar_day,
    _pass_lunar_written_day,
    _pass_written_range,
    _pass_full_ranges,
    _pass_since,
    _pass_until_from_now,
    _pass_since_month,
    _pass_until_year_end,
    _pass_month_year_range,
    _pass_ytd_to_month,
    _pass_month_range,
    _pass_month_list,
    _pass_range_to,
    _pass_dm_dash_range,
    _pass_dotted_range,
    _pass_paren_relative,
    _pass_dotted_relative,
    _pass_joined_days,
    _pass_joined_dash,
    _pass_day,
    _pass_dotted_day,
    _pass_cued_dotted,
    _pass_weekday,
    _pass_relative_year_period,
    _pass_relative,
    _pass_halves,
    _pass_quarter_list,
    _pass_quarters,
    _pass_year_ranges,
    _pass_bracket_years,
    _pass_lunar_numbered_month,
    _pass_months,
    _pass_month_words,
    _pass_lunar_months,
    _pass_new_year,
    _pass_christmas,
    _pass_spring_year,
    _pass_year_list,
    _pass_years,
    _pass_summer_edition,
    _pass_edition_year,
    _pass_campaign_edition,
    _pass_season_year,
    _pass_hours_ago,
)


# A sentence that dates its event by a day-month and names one earlier year of its own ("Ngày
# 10-12, … gặp mặt … năm 2013" on a page dated 2019-10-19) is about that year when the year
# nearest publication would put the event after the page's date: the page is a later listing
# or reprint. Only a year 2 to 10 years before publication counts (older ones are history),
# written on its own ("năm 2013": not in a period, a target "đến năm 2030" or a document's
# number "Nghị quyết … năm 2019"), the one year of a sentence of one clause (no ";").
_SENTENCE_YEAR: ContextVar[int | None] = ContextVar("_SENTENCE_YEAR", default=None)
_NOT_EVENT_YEAR = re.compile(r"(?:đến|tới|trước|hết|số|nghị\s+quyết|quyết\s+định|chỉ\s+thị|kết\s+luận|luật|"
                             r"nghị\s+định|thông\s+tư|kế\s+hoạch|đề\s+án)[^.;]{0,30}$")


def _sentence_year(sent: str, pub: date | None) -> int | None:
    if pub is None or "năm" not in sent or ";" in sent:
        return None
    years = set()
    for m in _YEAR_IN_TEXT.finditer(sent):
        y = int(m.group(0))
        standalone = _STANDALONE_YEAR.match(sent, max(0, m.start() - 4)) is not None \
            and re.search(r"năm\s+$", sent[max(0, m.start() - 6):m.start()])
        if not standalone or _NOT_EVENT_YEAR.search(sent, 0, m.start()):
            return None  # any other year (a period, a date, a target) makes the sentence unclear
        years.add(y)
    if len(years) != 1:
        return None
    y = years.pop()
    return y if pub.year - 10 <= y <= pub.year - 2 else None


# the passes that can find a date in a sentence without a digit (words only: "hôm qua", "thứ
# Bảy", "quý I", "sáu tháng đầu năm", "tháng Giêng", "Tết Tân Sửu", "vài giờ trước" …); a
# sentence without digits runs only these, in the same order
_WORD_RULES = tuple(r for r in RULES if r in {
    _pass_tet, _pass_until_year_end, _pass_weekday, _pass_relative_year_period, _pass_relative,
    _pass_halves, _pass_quarter_list, _pass_quarters, _pass_month_words, _pass_lunar_months,
    _pass_hours_ago})


def _sentence_dates(c: _Collector, sent: str, pub: date | None) -> None:
    c.has_digit = _DIGIT.search(sent) is not None
    c.has_dm = c.has_digit and _DM_HINT.search(sent) is not None
    token = _SENTENCE_YEAR.set(_sentence_year(sent, pub) if c.has_digit else None)
    try:
        for rule in RULES if c.has_digit else _WORD_RULES:
            rule(c, sent, pub)
    finally:
        _SENTENCE_YEAR.reset(token)
    _merge_apposed(c)


def _relative_day(g: dict, text: str, pub: date) -> tuple[str, date | None, date | None]:
    word = g.get("rel") or text.split(" ")[-1]
    if text.endswith("hôm kia"):
        dt = pub - timedelta(days=2)
    elif word == "qua":
        dt = pub - timedelta(days=1)
    elif word == "mai":
        dt = pub + timedelta(days=1)
    else:
        dt = pub
    return "day", dt, dt


def _relative_week(text: str, pub: date) -> tuple[str, date | None, date | None]:
    if text.endswith("qua"):
        return "range", pub - timedelta(days=7), pub - timedelta(days=1)
    monday = pub - timedelta(days=pub.weekday())
    shift = {"trước": -7, "này": 0, "tới": 7, "sau": 7}[text.split(" ")[-1]]
    a = monday + timedelta(days=shift)
    return "range", a, a + timedelta(days=6)


def _relative_month(text: str, pub: date) -> tuple[str, date | None, date | None]:
    # "tháng (vừa) qua": the month before, or the month ending when written in its last days
    shift = {"trước": -1, "này": 0, "tới": 1, "sau": 1,
             "qua": 0 if pub.day >= 25 else -1}[text.split(" ")[-1]]
    y, mon = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
    return "month", date(y, mon + 1, 1), _month_end(y, mon + 1)


def _relative_year(text: str, pub: date) -> tuple[str, date | None, date | None]:
    # "năm (vừa) qua": the year before, or the year ending when written in December
    shift = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1,
             "qua": 0 if pub.month == 12 else -1}[text.split(" ")[-1]]
    y = pub.year + shift
    return "year", date(y, 1, 1), date(y, 12, 31)


def _relative_quarter(text: str, pub: date) -> tuple[str, date | None, date | None]:
    """"quý vừa qua", "quý trước": the quarter before the publication date's; "quý tới/sau"
    the one after; "quý này" its own."""
    shift = {"này": 0, "tới": 1, "sau": 1}.get(text.split(" ")[-1], -1)
    q = (pub.year * 4 + (pub.month - 1) // 3) + shift
    y, qi = divmod(q, 4)
    return "quarter", date(y, 3 * qi + 1, 1), _month_end(y, 3 * qi + 3)


def _relative(m: re.Match, pub: date | None) -> tuple[str, date | None, date | None]:
    g = m.groupdict()
    text = re.sub(r"\s+", " ", m.group(0))
    if g.get("rel") or g.get("hom"):
        return _relative_day(g, text, pub) if pub else ("day", None, None)
    if g.get("week"):
        return _relative_week(text, pub) if pub else ("range", None, None)
    if g.get("month"):
        return _relative_month(text, pub) if pub else ("month", None, None)
    if g.get("year"):
        return _relative_year(text, pub) if pub else ("year", None, None)
    if g.get("quarter"):
        return _relative_quarter(text, pub) if pub else ("quarter", None, None)
    # từ đầu năm (YYYY) đến nay
    if pub is None:
        return "range", None, None
    y = int(g["ytdy"]) if g.get("ytdy") else pub.year
    return "range", date(y, 1, 1), pub


def extract(view: TextView, pub: date | None, quotes: list[Quote] | None = None,
            address: str | None = None) -> list[DateMention]:
    """Dates of every sentence; ``quotes`` (quoted spans) keep relative words of slogans out;
    ``address`` (the page address, when that is what the caller knows of the source) gives the
    article's year when neither ``pub`` nor the text does (``address_year``)."""
    quoted = SpanSet([(q.start, q.end) for q in quotes or []])
    if pub is not None and not 1900 <= pub.year <= 2100:
        pub = None  # an absurd page date ("0001-01-01") is no publication date to resolve against
    token = _YEAR_HINT.set(_hints(view.fold, address) if pub is None else None)
    try:
        return _extract(view, pub, quoted)
    finally:
        _YEAR_HINT.reset(token)


def _extract(view: TextView, pub: date | None, quoted: SpanSet) -> list[DateMention]:
    out: list[DateMention] = []
    for idx, (s_start, s_end) in enumerate(view.sentence_spans):
        sent = view.fold[s_start:s_end]
        if not _DIGIT.search(sent) and not _RELATIVE_HINT.search(sent):
            continue
        c = _Collector(view, s_start, s_end, idx, quoted)
        c.pub = pub
        _sentence_dates(c, sent, pub)
        out.extend(c.out)
    out.sort(key=lambda d: (d.start, d.end))
    return out


_RELATIVE_HINT = re.compile(r"nay|qua|mai|tuần|tháng|năm|hôm|quý|quí|tết|thứ|chủ nhật")


def _fold_word(w: str) -> str:
    return tone_normalise(w).lower()


_CAN_CHI_KEYS = [[f"{_fold_word(c)} {_fold_word(h)}" for h in lunar.CHI] for c in lunar.CAN]
_CC = (r"(?:" + "|".join(_fold_word(c) for c in lunar.CAN) + r")\s+(?:"
       + "|".join(_fold_word(h) for h in (*lunar.CHI, "Tị", "Mẹo")) + r")(?![^\W_])")
_TET = re.compile(
    r"(?<![^\W_])(?:(?:mùng|mồng)\s+(?P<ld>\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?"
    rf"tết\s+(?:nguyên\s+đán(?:\s+(?P<cc>{_CC}))?(?:\s+(?:năm\s+)?(?P<y>\d{{4}})(?!\d))?"
    rf"|(?P<cc2>{_CC})(?:\s+(?:năm\s+)?(?P<y2>\d{{4}})(?!\d))?)"
)
_LUNAR_DAY_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                    "chín": 9, "mười": 10}
_DIGIT = re.compile(r"\d")
_DM_HINT = re.compile(r"\d\s*[/\-–.]\s*\d|ngày\s+\d")
SPRING_YEAR = re.compile(
    rf"(?<![^\W\d_])xuân\s+(?:mới\s+|{_CC}\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d|[/.\-]\d)", _FLAGS)
