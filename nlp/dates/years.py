"""Readers of the year a text gives elsewhere, for dates written without one: the article's
most written year, its school year, a year's turn, the one year of the page address (used
only without a publication date, ``year_hint``), the year written on its own in a sentence
(``context_year``) and the earlier year a reprinted sentence is about (``sentence_year``).
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date
from typing import NamedTuple
from urllib.parse import unquote

from baochi.nlp.dates.anniversaries import anniversary_year
from baochi.nlp.dates.grammar import CAN_CHI, YEAR_IN_TEXT


# Without a publication date, a day-month or month with no year takes the year the article
# writes (the most frequent explicit year; none when two are equally frequent); failing that,
# the school year it names ("năm học mới 2017 – 2018": August to December in 2017, the other
# months in 2018). A term is no year of its own, but a congress dated only by its term is held
# in the year the term says (``congress_year``): before the page address's year.
class _Hints(NamedTuple):
    year: int | None
    school: tuple[int, int] | None
    address: int | None = None  # the one year of the page address (last resort)
    # two consecutive years written equally often ("tổng kết năm 2019, triển khai nhiệm vụ năm
    # 2020"): a year's turn, the first for July–December, the second for January–June
    turn: tuple[int, int] | None = None
    term: int | None = None  # the year a congress's term says it is held in
    # the page's own date (its stamp opening the text, a dated folder or a CMS time stamp in the
    # address): it wins over a congress's term or a review's period, as the GUIDE's "dated only
    # by the congress's term (no … other year in the paragraph or page)" reads
    page: int | None = None
    # the year of the lunar new year the article is written for ("Nhân dịp Tết Nguyên đán Nhâm
    # Thìn năm 2012, chiều 28.12, …"): its gifts and visits fall in the December before
    tet: int | None = None


YEAR_HINT: ContextVar[_Hints | None] = ContextVar("YEAR_HINT", default=None)
_SCHOOL_YEAR = re.compile(r"(?<![^\W\d_])năm\s+học(?:\s+mới)?\s+(?P<y1>(?:19|20)\d{2})\s*[-–—/]\s*"
                          r"(?P<y2>(?:19|20)\d{2})(?!\d)")


def year_hint(month: int | None = None) -> int | None:
    """The year a date without one takes when there is no publication date (see above); never
    one after this year (a target or a term the text names, not the year it is written in)."""
    y = _year_hint(month)
    return y if y is None or y <= this_year() else None


def _year_hint(month: int | None = None) -> int | None:
    h = YEAR_HINT.get()
    if h is None:
        return None
    if h.year is not None:
        return h.year - 1 if month == 12 and h.tet == h.year else h.year
    if h.school is not None:
        if month is None:
            return None
        return h.school[0] if month >= 8 else h.school[1]
    if h.turn is not None:
        if month is None:
            return None
        return h.turn[0] if month >= 7 else h.turn[1]
    if h.page is not None:
        return h.page
    return h.term if h.term is not None else h.address


def year_hints(fold: str, address: str | None = None) -> _Hints:
    schools = {(int(m.group("y1")), int(m.group("y2"))) for m in _SCHOOL_YEAR.finditer(fold)}
    school = next(iter(schools)) if len(schools) == 1 else None
    if school is not None and school[1] != school[0] + 1:
        school = None
    year, turn = article_year(fold), _year_turn(fold)
    review = _REVIEW_YEAR.search(fold)
    if review is not None and turn is None and year in (None, int(review.group("y"))):
        # "Chiều ngày 10.1, … tổng kết công tác năm 2018": a year's review is held from its
        # December to the next spring, so it turns like "tổng kết năm 2018, triển khai 2019"
        year, turn = None, (int(review.group("y")), int(review.group("y")) + 1)
    term = congress_year(fold) or review_year(fold) or anniversary_year(fold, address, this_year())
    page = stamp_year(fold) or page_year(address)
    tets = {int(m.group("y")) for m in _TET_YEAR.finditer(fold)}
    tet = tets.pop() if len(tets) == 1 else None
    return _Hints(year, school, page or address_year(address), turn, term, page, tet)


# a lunar new year written with its year ("Tết Nguyên đán Nhâm Thìn năm 2012", "Tết Giáp Thìn
# 2024", "Tết Nguyên đán năm 2012"): the article's year is the Tết's, a December day the one before
_TET_YEAR = re.compile(
    rf"(?<![^\W\d_])tết\s+(?:nguyên\s+đán\s+)?(?:{CAN_CHI}\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d)")


# the page's own date stamp opening the paragraph as the page text gives it (" date 2020-07 (Báo
# X) - …", " date 2025-11-05 …"): metadata, never a mention, but the page's year — it dates a
# day-month and "năm nay" as a month folder in the address does (GUIDE), not the publication date
_PAGE_STAMP = re.compile(r"\s*date\s+(?P<y>(?:19|20)\d{2})-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?=\s|$)")


def stamp_year(fold: str) -> int | None:
    """The year of the page's date stamp opening the text (``_PAGE_STAMP``), or None."""
    m = _PAGE_STAMP.match(fold)
    return int(m.group("y")) if m is not None else None


# A day of a final review of a period ("Sáng 20/12, … tổng kết phong trào … giai đoạn 2019 -
# 2024") in an undated article: the review closes the period and is held in its last year, as
# an emulation congress is (the GUIDE). An interim review ("sơ kết") falls inside the period:
# no year of its own. Periods that disagree give none.
# So is a conference honouring the period's exemplars ("hội nghị biểu dương nông dân điển hình tiên
# tiến giai đoạn 2016 - 2020", "Hội nghị điển hình tiên tiến giai đoạn …"): it closes the period
# as its review does (the GUIDE, round 24; real-0565). The period may be written as a bracketed
# span after what the review counts ("tổng kết ba năm thi đua … (2016 - 2018)").
_PERIOD_REVIEW = re.compile(
    r"(?:(?<![^\W\d_])tổng\s+kết|(?<![^\W\d_])(?:hội\s+nghị|lễ|họp\s+mặt|gặp\s+mặt)\s+(?:[^\W\d_]+\s+){0,6}?"
    r"(?:biểu\s+dương|tuyên\s+dương|tôn\s+vinh|điển\s+hình\s+tiên\s+tiến))(?![^\W\d_])"
    r"[^;.]{0,240}?(?:(?<![^\W\d_])giai\s+đoạn\s*\(?|\()\s*"
    r"(?P<y1>(?:19|20)\d{2})\s*[-–—]\s*(?P<y2>(?:19|20)\d{2})(?!\d)")


def review_year(fold: str) -> int | None:
    """The last year of the period a text's final review closes (see above), or None."""
    if "tổng kết" not in fold and "giai đoạn" not in fold and "(" not in fold:
        return None
    years = {int(m.group("y2")) for m in _PERIOD_REVIEW.finditer(fold)}
    # a period ending after this year is not closed yet: its review is no final one
    return years.pop() if len(years) == 1 and max(years) <= this_year() else None


# A congress dated only by its term (the real-text GUIDE): a Party, Front, Youth Union or
# association congress ("Đại hội (đại biểu) … lần thứ XIX, nhiệm kỳ 2020 – 2025") opens its term
# and is held in its first year; an emulation congress ("Đại hội Thi đua yêu nước … giai đoạn
# 2020 – 2025", "Đại hội tuyên dương …") reviews its term and is held in its last. A congress
# the text only welcomes, heads towards or carries out the resolution of ("chào mừng Đại hội …",
# "tiến tới …", "Nghị quyết Đại hội …") may be in another year than the paragraph's day: none.
_CONGRESS_TERM = re.compile(
    r"(?<![^\W\d_])đại\s+hội(?P<emulation>\s+(?:thi\s+đua|tuyên\s+dương|điển\s+hình))?"
    r"(?![^\W\d_])[^;]{0,120}?(?<![^\W\d_])(?P<kind>nhiệm\s+k[ỳì]|giai\s+đoạn)\s*\(?\s*"
    r"(?P<y1>(?:19|20)\d{2})\s*[-–—]\s*(?P<y2>(?:19|20)\d{2})(?!\d)")
_CONGRESS_ONLY_NAMED = re.compile(
    r"(?:chào\s+mừng|hướng\s+tới|tiến\s+tới|hướng\s+về|chuẩn\s+bị|trước\s+thềm|phục\s+vụ|"
    r"nghị\s+quyết|văn\s+kiện|thành\s+công|sau)(?:\s+(?:các|của|cho))?\s+$")


# the resolution a congress adopted, carried out after it ("kết quả thực hiện Nghị quyết Đại hội …"):
# that congress was held in a year before the paragraph's day — no year of it, nor a reason to
# doubt the congress the paragraph holds
_PAST_CONGRESS = re.compile(r"(?<![^\W\d_])thực\s+hiện\s+(?:các\s+)?nghị\s+quyết\s+(?:của\s+)?$")


def this_year() -> int:
    """The year of the clock: no article is written after it, so a year the text only implies
    (an emulation congress's term, a review's period, the article's year) is never later."""
    return date.today().year


# A council's first session of a term ("Kỳ họp thứ nhất HĐND tỉnh khóa X, nhiệm kỳ 2021 – 2026",
# "phiên họp đầu tiên của Quốc hội khóa XV nhiệm kỳ 2021-2026") follows the election and opens
# the term: it is held in the term's first year, as a congress is (the GUIDE, round 24)
_FIRST_SESSION_TERM = re.compile(
    r"(?<![^\W\d_])(?:kỳ|kì|phiên)\s+họp\s+(?:thứ\s+nhất|đầu\s+tiên|lần\s+thứ\s+nhất)(?![^\W\d_])"
    r"[^;.]{0,120}?(?<![^\W\d_])nhiệm\s+k[ỳì]\s*\(?\s*"
    r"(?P<y1>(?:19|20)\d{2})\s*[-–—]\s*(?P<y2>(?:19|20)\d{2})(?!\d)")


def congress_year(fold: str) -> int | None:
    """The year the congresses a text holds (and a council's first session of a term) say they
    are held in (see above); none when they disagree, when a term does not fit its kind or when the congress is only welcomed. An
    emulation congress whose term ends after this year cannot be reviewing it: the series names
    the term it opens ("Đại hội Thi đua … lần thứ VII, giai đoạn 2024 - 2029" held in 2024)."""
    years = set()
    for m in _CONGRESS_TERM.finditer(fold):
        last = m.start() + m.group(0).rfind("đại hội")  # the congress the term is written after
        if _PAST_CONGRESS.search(fold, max(0, last - 30), last):
            continue  # "thực hiện Nghị quyết Đại hội lần thứ XIV … nhiệm kỳ 2016-2021": the last term's
        if _CONGRESS_ONLY_NAMED.search(fold, max(0, m.start() - 20), m.start()):
            return None
        emulation, term = m.group("emulation") is not None, m.group("kind").startswith("nh")
        if emulation == term:
            continue  # "Đại hội thi đua … nhiệm kỳ", "Đại hội … giai đoạn": no reading of their own
        last = int(m.group("y2"))
        years.add(last if emulation and last <= this_year() else int(m.group("y1")))
    for m in _FIRST_SESSION_TERM.finditer(fold):
        if _CONGRESS_ONLY_NAMED.search(fold, max(0, m.start() - 20), m.start()):
            return None
        years.add(int(m.group("y1")))  # a council's first session: the term's first year
    return years.pop() if len(years) == 1 else None


_REVIEW_YEAR = re.compile(r"(?<![^\W\d_])tổng\s+kết\s+(?:[^\W\d_]+\s+){0,9}?năm\s+(?P<y>(?:19|20)\d{2})(?!\d|\s*[-–]\s*\d)")


# a year on its own, or a dated folder or stamp "…/200709/…", "…20210202…" (year, month, day)
_ADDRESS_YEAR = re.compile(r"(?<![a-z0-9])(?P<y>(?:19|20)\d{2})(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?)?(?![a-z0-9])")
_DATED_FOLDER = re.compile(r"(?:^|/)(?P<y>(?:19|20)\d{2})(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?|/(?:0?[1-9]|1[0-2]))(?=/)")
_ADDRESS_STAMP = re.compile(r"(?<![0-9])(?:(?<=[-_/])|(?<=[-_/][a-z]))(?P<y>(?:19|20)\d{2})(?:0[1-9]|1[0-2])"
                            r"(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d")
# a page number that closes the page's name with a short stamp after a three-digit prefix
# ("…-185250914155747916.htm": 25-09-14 15:57, "…-196260127205603994.htm"), as some national
# and provincial CMSs write it: fifteen digits or more, the stamp's year two digits
_SHORT_STAMP = re.compile(r"(?<=[-_/])\d{3}(?P<yy>1\d|2\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                          r"(?:[01]\d|2[0-3])[0-5]\d\d{2,}(?=\.[a-z]{2,5}$|/?$)")
_ADDRESS_TARGET = re.compile(r"(?:^|[^a-z0-9])(?:den|toi|truoc|tam-nhin|dinh-huong)-(?:nam-)?$")


def page_year(address: str | None) -> int | None:
    """The year of the page's own date in its address, or None: one dated folder ("/201210/",
    "/2019/09/17/"), which wins over a number of the headline's words ("…-ngay-phu-nu-viet-nam-
    2010-…", the 20/10 holiday); else one time stamp a CMS writes into the page's name ("…-tet-
    20210202141941261.htm", "…-v20240527110518102.htm", "/d20161020034921427.htm": a year, month,
    day, hour and minute; also with a two-digit year after a prefix, ``_SHORT_STAMP``)."""
    path = _address_path(address)
    if path is None:
        return None
    folders = {int(m.group("y")) for m in _DATED_FOLDER.finditer(path)}
    if len(folders) == 1:
        return folders.pop()
    stamps = {int(m.group("y")) for m in _ADDRESS_STAMP.finditer(path)} \
        | {2000 + int(m.group("yy")) for m in _SHORT_STAMP.finditer(path)}
    return stamps.pop() if len(stamps) == 1 else None


def _address_path(address: str | None) -> str | None:
    if not address or "/" not in address:
        return None
    return unquote(address.strip()).lower().split("://", 1)[-1].partition("/")[2].split("?", 1)[0]


def address_year(address: str | None) -> int | None:
    """The one year written in a page address's path, as a word of the headline ("…-chien-dich-
    tinh-nguyen-he-nam-2020-509791.html") or a dated folder ("/2019/09/17/"): the article's year
    when neither the publication date nor the text gives one. A target ("…-den-nam-2030-…")
    does not count; two different years give none."""
    path = _address_path(address)
    if path is None:
        return None
    dated = page_year(address)
    if dated is not None:
        return dated
    years = {int(m.group("y")) for m in _ADDRESS_YEAR.finditer(path)
             if not _ADDRESS_TARGET.search(path, 0, m.start())}
    return years.pop() if len(years) == 1 else None


_EXPLICIT_YEAR = re.compile(r"(?:(?<![\d/.\-])(?:năm\s+|(?<!\d\s)[/\-.])|(?<![\d/.])\d{1,2}[/\-.]\d{1,2}[/\-.]"
                            r"|(?<![^\W\d_])tháng\s+\d{1,2}\s*[/\-.]\s*"
                            r"|(?<![^\W\d_])(?:vụ\s+)?(?:xuân|hè|thu|đông)(?:\s+(?:xuân|hè|thu))?\s+"
                            rf"|(?<![^\W\d_]){CAN_CHI}(?:\s*[-–—]\s*|\s+)"  # "Giáp Thìn – 2024" too
                            # the lunar new year with its number ("Tết Nguyên đán 2023")
                            r"|(?<![^\W\d_])tết\s+(?:nguyên\s+đán\s+)?"
                            # a numbered event's edition ("Giải … lần thứ 28/2023", "lần thứ 24-2019")
                            r"|(?<![^\W\d_])lần\s+thứ\s+[^\W_]+\s*[-–/]\s*"
                            # a quoted name's edition closing the quote ("“Mùa hè xanh 2017”")
                            r"|(?<=[^\W\d_])\s+(?=(?:19|20)\d{2}\s*[”\"»]))"
                            r"(?P<y>(?:19|20)\d{2})(?!\d)")  # "năm 2019", "7/5/2019", "tháng 02/2022", "vụ Xuân 2024", "Bính Ngọ 2026"


_RANGE_START = re.compile(r"\s*[-–—]\s*(?:\d{1,2}[/\-.]\d{1,2}[/\-.](?:19|20)\d{2}|(?:19|20)\d{2}\s*\))(?!\d)")


# an association named for the year its members served ("Hội Chiến sĩ thành cổ Quảng Trị năm 1972
# tỉnh Nghệ An", "Ban liên lạc … năm 1968 huyện …"): the year is part of the name, on the folded text
_ASSOCIATION_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:hội(?!\s+(?:nghị|thi|thao|diễn|chợ|trại|báo|khỏe|làng|đồng|viên)(?![^\W_]))"
    r"|ban\s+liên\s+lạc)(?:\s+(?!(?:tổ|được|đã|có|là|và|của|tại|trong|với|cho|đạt|nhận|tham|thực)"
    r"(?![^\W_]))[^\W\d_]+){2,8}(?:\s*\(\s*[^\W\d_]{2,12}\s*\))?\s+$")  # its short form in brackets too
# … or written by its short form alone ("Hội CSTCQT năm 1972 tỉnh …", "BLL … năm 1968"): a word of
# consonants only, which no Vietnamese syllable is — for a year its members served in only
_ACRONYM_ASSOCIATION_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:hội|ban\s+liên\s+lạc|bll)\s+[bcdđfghjklmnpqrstvwxz]{3,}(?![^\W_])\s+$")
_LEVEL_AFTER = re.compile(r"\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường)\s+[^\W\d_]")


# the association's bare level after "của" ("… năm 1972 của tỉnh", "… của huyện"): a work year
# can be written so too ("nhiệm vụ năm 2024 của xã"), so only a year long past counts — one its
# members served in (the wars' years), never a year the news is about
_OWN_LEVEL_AFTER = re.compile(r"\s+của\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường)(?![^\W_])")
_SERVED_BEFORE = 1990


def in_association_name(fold: str, a: int, b: int) -> bool:
    """The year written at ``fold[a:b]`` ("năm 1972") belongs to an association's name: "hội …"
    or "ban liên lạc …" before it (its short form in brackets may close it; a year before 1990
    may follow the short form alone, "Hội CSTCQT năm 1972"), the association's level and place
    right after it (or its bare level after "của" for a year before 1990)."""
    y = re.search(r"(?:19|20)\d{2}", fold[a:b])
    served = y is not None and int(y.group()) < _SERVED_BEFORE
    if _LEVEL_AFTER.match(fold, b) is None and (not served or _OWN_LEVEL_AFTER.match(fold, b) is None):
        return False
    return _ASSOCIATION_BEFORE.search(fold, max(0, a - 70), a) is not None \
        or served and _ACRONYM_ASSOCIATION_BEFORE.search(fold, max(0, a - 30), a) is not None


# the date of a standing text — a directive, resolution, conclusion, law, decree, circular or
# regulation ("Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị") — dates the text, which is
# cited for years after; it does not say the year the article is in (a plan's or a dispatch's
# date, issued for the work at hand, still does)
_STANDING_TEXT_DATE = re.compile(
    r"(?<![^\W\d_])(?:chỉ\s+thị|nghị\s+quyết|kết\s+luận|luật|nghị\s+định|thông\s+tư|pháp\s+lệnh|"
    r"quy\s+định|hiến\s+pháp)(?![^\W\d_])(?:\s+số)?(?:\s+\S*\d\S*?)?\s*,?\s*(?:ban\s+hành\s+)?"
    r"(?:ngày\s+)?$")


# a history or an anniversary given as a bracketed span of twenty years or more ("Lịch sử phong
# trào … Hội phụ nữ thành phố (1930 - 2025)", "kỷ niệm 95 năm (1930 - 2025)"): it runs to the
# year the article is written in, as an anniversary's dated range does (``_RANGE_START``)
_HISTORY_SPAN = re.compile(r"\(\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-])?(?P<y1>(?:1\d|20)\d{2})\s*[-–—]\s*(?P<y2>(?:19|20)\d{2})\s*\)")


# an anniversary counted in years before the event it marks, written with its date ("kỷ niệm 78 năm
# Quốc khánh 2/9/1945", "kỷ niệm 93 năm Ngày thành lập Đảng (3/2/1930)"): the article is written in
# the anniversary's year (1945 + 78), not the event's — the first year after the count only, and
# only when their sum is no later than this year (a range's end, "(… - 3/2/2023)", is that year)
_ANNIVERSARY_BEFORE = re.compile(r"kỷ\s+niệm\s+(?P<n>\d{1,3})\s+năm(?![^\W\d_])[^.;:!?\d]{0,90}$")


def _anniversary_of(fold: str, pos: int, y: int) -> int:
    """The year the anniversary written before the year (or its date) at ``fold[pos:]`` falls in,
    else ``y``."""
    m = _ANNIVERSARY_BEFORE.search(fold, max(0, pos - 110), pos)
    if m is None or "kỷ niệm" in fold[m.end("n"):pos]:
        return y
    at = y + int(m.group("n"))
    return at if at <= this_year() else y


# the year a figure is compared with ("tăng 1.400 hộ so năm 2016", "so với cùng kỳ năm 2019")
_COMPARED_BEFORE = re.compile(r"(?<![^\W\d_])so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+$")


def _year_counts(fold: str) -> list[tuple[int, int]]:
    """(year, times written) of the article's explicit years, most written first."""
    counts: dict[int, int] = {}
    for m in _EXPLICIT_YEAR.finditer(fold):
        if re.search(r"(?:đến|tới|trước)\s+(?:hết\s+)?năm\s+$", fold[max(0, m.start() - 16):m.end("y") - 4]):
            continue  # a target year ("đến năm 2030") is not the year the article is in
        if _COMPARED_BEFORE.search(fold, max(0, m.start() - 24), m.end("y") - 4):
            continue  # "tăng … so năm 2016": the year compared with, not the year written about
        if _RANGE_START.match(fold, m.end()):
            continue  # the first day of a range ("(19/8/1945 – 19/8/2022)", an anniversary): its end counts
        if _STANDING_TEXT_DATE.search(fold, max(0, m.start() - 50), _day_start(fold, m.start())):
            continue  # "Chỉ thị số 05-CT/TW ngày 15-5-2016": the directive's year, not the article's
        if in_association_name(fold, m.start(), m.end()):
            continue  # "Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh …": a name, not the article's year
        y = _anniversary_of(fold, m.start(), int(m.group("y")))
        counts[y] = counts.get(y, 0) + 1
    for m in _HISTORY_SPAN.finditer(fold):
        if int(m.group("y2")) - int(m.group("y1")) >= 20:
            y = int(m.group("y2"))
            counts[y] = counts.get(y, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


_DAY_MONTH_BEFORE = re.compile(r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*$")


def _day_start(fold: str, pos: int) -> int:
    """The start of the day-month written before the year separator at ``pos`` ("15-5" of
    "15-5-2016"), or ``pos`` when the year stands alone."""
    m = _DAY_MONTH_BEFORE.search(fold, max(0, pos - 8), pos)
    return m.start() if m else pos


def article_year(fold: str) -> int | None:
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


def context_year(sent: str, pos: int) -> int | None:
    """The nearest year written on its own in the sentence ("Năm 2019, …"); years that belong
    to another period ("6 tháng cuối năm 2024 và … 6 tháng đầu năm") do not count."""
    best = None
    for m in STANDALONE_YEAR.finditer(sent):
        dist = abs(m.start() - pos)
        if best is None or dist < best[0]:
            best = (dist, int(m.group("y")))
    return best[1] if best else None


STANDALONE_YEAR = re.compile(
    r"(?<!tháng đầu )(?<!tháng cuối )(?<!\d )(?<![/\-.\d])(?:năm\s+)(?P<y>(?:19|20)\d{2})(?!\d)"
)


# A sentence that dates its event by a day-month and names one earlier year of its own ("Ngày
# 10-12, … gặp mặt … năm 2013" on a page dated 2019-10-19) is about that year when the year
# nearest publication would put the event after the page's date: the page is a later listing
# or reprint. Only a year 2 to 10 years before publication counts (older ones are history),
# written on its own ("năm 2013": not in a period, a target "đến năm 2030" or a document's
# number "Nghị quyết … năm 2019"), the one year of a sentence of one clause (no ";").
SENTENCE_YEAR: ContextVar[int | None] = ContextVar("SENTENCE_YEAR", default=None)
_NOT_EVENT_YEAR = re.compile(r"(?:đến|tới|trước|hết|số|nghị\s+quyết|quyết\s+định|chỉ\s+thị|kết\s+luận|luật|"
                             r"nghị\s+định|thông\s+tư|kế\s+hoạch|đề\s+án)[^.;]{0,30}$")


def sentence_year(sent: str, pub: date | None) -> int | None:
    if pub is None or "năm" not in sent or ";" in sent:
        return None
    years = set()
    for m in YEAR_IN_TEXT.finditer(sent):
        y = int(m.group(0))
        standalone = STANDALONE_YEAR.match(sent, max(0, m.start() - 4)) is not None \
            and re.search(r"năm\s+$", sent[max(0, m.start() - 6):m.start()])
        if not standalone or _NOT_EVENT_YEAR.search(sent, 0, m.start()):
            return None  # any other year (a period, a date, a target) makes the sentence unclear
        years.add(y)
    if len(years) != 1:
        return None
    y = years.pop()
    return y if pub.year - 10 <= y <= pub.year - 2 else None
