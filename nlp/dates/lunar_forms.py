"""Passes over lunar forms, converted with the computed lunar calendar
(``baochi.nlp.lunar``), never guessed: the lunar new year and its days ("Tết Giáp Thìn 2024",
"mùng 5 Tết Ất Tỵ"), day-months marked "âm lịch", and the lunar months ("tháng Giêng", "tháng
Chạp", "tháng 7 âm lịch").
"""

from __future__ import annotations

import re
from datetime import date

from baochi.nlp import lunar
from baochi.nlp.dates.grammar import CAN_CHI, CAN_CHI_KEYS, FLAGS, POD, SEP, N, day_part
from baochi.nlp.dates.mention import Collector
from baochi.nlp.dates.resolve import lunar_value, nearest_year
from baochi.nlp.dates.years import year_hint

LUNAR_DAY = re.compile(
    rf"(?:{POD}\s+)?(?:(?:ngày|mùng|mồng)\s+)?{N}(?P<d>\d{{1,2}}){SEP}(?P<m>\d{{1,2}})"
    r"(?:\s*[/\-]\s*(?P<y>\d{4}))?\s*(?:\(\s*)?âm\s+lịch(?:\s*\))?",
    re.UNICODE,
)


# the holiday itself enjoyed ("vui Tết Tân Sửu", "ăn Tết Giáp Thìn"), or the things named after
# it ("quà Tết Ất Tỵ", "hàng Tết", "chợ Tết", "mâm cỗ Tết"), without its number: what the people
# do or get, not a day the text is dated by (as "Xuân Ất Tỵ"); so are "vui đón Tết …" (to enjoy
# welcoming it) and "(một) cái Tết …" (a Tết had: "có một cái Tết Quý Mão no ấm"); a bare "đón Tết
# Giáp Thìn" stays the occasion (real-0456)
_ENJOYED_BEFORE = re.compile(r"(?<![^\W\d_])(?:vui(?:\s+đón)?|ăn|quà|hàng|chợ|cỗ|mâm|bánh|nêu|sắm|cái)\s+$")


def _lunar_dates(c: Collector, sent: str, pub: date | None) -> None:
    """"Tết Nguyên đán Tân Sửu", "Tết Giáp Thìn 2024": day 1 of the lunar year, computed with
    the lunar calendar (``baochi.nlp.lunar``); a can chi alone takes the year nearest publication."""
    for m in _TET.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        cc = m.group("cc") or m.group("cc2")
        y_raw = m.group("y") or m.group("y2")
        if not cc and not y_raw:
            continue
        if not y_raw and not m.group("ld") and _ENJOYED_BEFORE.search(sent, max(0, m.start() - 12),
                                                                       m.start()):
            continue  # "vui Tết Tân Sửu", "quà Tết Ất Tỵ": the holiday enjoyed, no day of the text
        year = None
        if y_raw:
            year = int(y_raw)
            if not 1900 <= year <= 2100:
                continue
        elif pub is not None:
            want = re.sub(r"\s+", " ", cc)
            years = [y for y in range(pub.year - 31, pub.year + 31)
                     if CAN_CHI_KEYS[(y + 6) % 10][(y + 8) % 12] == want]
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


# the lunar new year without its year or can chi as the time around which the news falls
# ("trước, trong và sau Tết Nguyên đán", the press's phrase for the holiday season a campaign
# covers): the occasion of the news, the Tết nearest publication (GUIDE: Tết as the occasion;
# left out in an undated article, and where the bare holiday is enjoyed: "đón Tết Nguyên đán")
_AROUND_TET = re.compile(
    r"(?<![^\W\d_])trước\s*,\s*trong\s*(?:,|và)\s*sau\s+(?:dịp\s+)?(?P<t>tết\s+nguyên\s+đán)"
    r"(?![^\W\d_])(?!\s*[-–—]?\s*(?:năm\s+)?\d)", FLAGS)


def _around_tet(c: Collector, sent: str, pub: date) -> None:
    for m in _AROUND_TET.finditer(sent):
        if not c.free(m.start("t"), m.end("t")):
            continue
        dt = min((lunar.tet(y) for y in (pub.year - 1, pub.year, pub.year + 1)),
                 key=lambda d: abs((d - pub).days))
        c.add(m.start("t"), m.end("t"), dt, dt, "day", None)


def pass_tet(c: Collector, sent: str, pub: date | None) -> None:
    """The lunar new year with its year or can chi and its first days (``_lunar_dates``), and
    the bare holiday as the season the news falls around (``_AROUND_TET``)."""
    if "tết" in sent:
        _lunar_dates(c, sent, pub)
        if pub is not None and "sau tết" in sent:
            _around_tet(c, sent, pub)


def _lunar_day_value(m: re.Match, pub: date | None) -> date | None:
    d, mon = int(m.group("d")), int(m.group("m"))
    return lunar_value(d, mon, int(m.group("y")) if m.group("y") else None, pub)


def pass_lunar_day(c: Collector, sent: str, pub: date | None) -> None:
    """0. lunar day-months ("ngày 15/2 âm lịch", "mùng 10/3 âm lịch"): converted with the lunar
    calendar, the lunar year nearest publication; never read as solar dates."""
    if not c.has_dm or "âm lịch" not in sent:
        return
    for m in LUNAR_DAY.finditer(sent):
        d, mon = int(m.group("d")), int(m.group("m"))
        if not c.free(m.start(), m.end()) or not (1 <= mon <= 12 and 1 <= d <= 30):
            continue
        dt = _lunar_day_value(m, pub)
        c.add(m.start(), m.end(), dt, dt, "day", day_part(m))


LUNAR_WRITTEN_DAY = re.compile(
    rf"(?:{POD}\s+)?(?:ngày|mùng|mồng)\s+{N}(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}}|giêng|chạp)"
    r"(?:\s+năm\s+(?P<y>\d{4}))?\s*(?:\(\s*)?âm\s+lịch(?:\s*\))?", FLAGS)


def pass_lunar_written_day(c: Collector, sent: str, pub: date | None) -> None:
    """Lunar days with the month written out ("ngày 1 tháng 12 âm lịch", "mùng 10 tháng 3 âm
    lịch", "mùng 6 tháng Giêng âm lịch"): converted like "ngày 15/2 âm lịch"."""
    if "âm lịch" not in sent or not c.has_digit:
        return
    for m in LUNAR_WRITTEN_DAY.finditer(sent):
        d, w = int(m.group("d")), m.group("m")
        mon = 1 if w == "giêng" else 12 if w == "chạp" else int(w)
        if not c.free(m.start(), m.end()) or not (1 <= mon <= 12 and 1 <= d <= 30):
            continue
        dt = lunar_value(d, mon, int(m.group("y")) if m.group("y") else None, pub)
        c.add(m.start(), m.end(), dt, dt, "day", day_part(m))


# a day of the first or last lunar month written without "âm lịch" ("chiều 26 tháng Chạp", "mùng 8
# tháng Giêng"): the month's name says the calendar; read on a dated page only (the lunar year
# nearest publication), and not as one end of a list or range ("mùng 6 và 7 tháng Giêng")
LUNAR_NAMED_MONTH_DAY = re.compile(
    rf"(?:{POD}\s+)?(?:(?:ngày|mùng|mồng)\s+)?{N}(?P<d>\d{{1,2}})\s+tháng\s+(?P<w>giêng|chạp)"
    r"(?![^\W\d_])(?!\s+(?:năm|âm\s+lịch)(?![^\W\d_]))", FLAGS)
_LISTED_DAY_BEFORE = re.compile(r"\d\s*(?:và|,|[-–])\s*$")


def pass_lunar_named_month_day(c: Collector, sent: str, pub: date | None) -> None:
    """"chiều 26 tháng Chạp" on a page dated 8 February 2024: the 26th of the last lunar month
    of the lunar year nearest publication (5 February 2024); a day said to recur ("… hằng năm")
    is every year's."""
    if pub is None or ("giêng" not in sent and "chạp" not in sent) or not c.has_digit:
        return
    for m in LUNAR_NAMED_MONTH_DAY.finditer(sent):
        d = int(m.group("d"))
        if not 1 <= d <= 30 or not c.free(m.start(), m.end()) \
                or _LISTED_DAY_BEFORE.search(sent[max(0, m.start() - 6):m.start()]) \
                or _RECURS_LATER.match(sent, m.end()) \
                or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            continue
        dt = lunar_value(d, 1 if m.group("w") == "giêng" else 12, None, pub)
        if dt is not None:
            c.add(m.start(), m.end(), dt, dt, "day", day_part(m))


LUNAR_MONTH = re.compile(
    r"(?<![^\W\d_])tháng\s+(?P<w>giêng|chạp)(?![^\W\d_])(?:\s+năm\s+(?P<y>(?:19|20)\d{2})(?!\d))?", FLAGS)
_LUNAR_DAY_BEFORE = re.compile(r"(?:rằm|mùng|mồng|ngày|\d)\s+$")


def pass_lunar_months(c: Collector, sent: str, pub: date | None) -> None:
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
        _add_lunar_month(c, sent, m, 1 if m.group("w") == "giêng" else 12, pub)


# a lunar month without its year in a sentence that says what falls in it recurs ("vào đầu tháng 7
# âm lịch, gắn với lễ hội … được tổ chức hàng năm", "tháng Giêng, khi hội làng mở ra hằng năm"):
# the month of every year, as "tháng 7 âm lịch hằng năm" is (GUIDE: recurring months)
_RECURS_LATER = re.compile(r"[^.!?\d]{0,120}?(?<![^\W\d_])(?:hằng|hàng)\s+năm(?![^\W\d_])", FLAGS)


def _add_lunar_month(c: Collector, sent: str, m: re.Match, mon: int, pub: date | None) -> None:
    if not m.group("y") and _RECURS_LATER.match(sent, m.end()):
        c.taken.take(m.start(), m.end())  # read, and no solar month either
        return

    def span(yy: int, mon: int = mon) -> tuple[date, date] | None:
        return lunar.month_span(mon, yy)
    if m.group("y"):
        got = span(int(m.group("y"))) if 1900 <= int(m.group("y")) <= 2100 else None
    elif pub is not None:
        got = nearest_year(span, pub)
    else:
        hint = year_hint()
        got = span(hint) if hint else None
    c.add(m.start(), m.end(), got[0] if got else None, got[1] if got else None, "month", None,
          c.part_lead(sent, m.start()))


LUNAR_NUMBERED_MONTH = re.compile(
    r"(?<![^\W\d_])tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?\s*(?:\(\s*)?âm\s+lịch(?:\s*\))?", FLAGS)


def pass_lunar_numbered_month(c: Collector, sent: str, pub: date | None) -> None:
    """"tháng 7 âm lịch": that lunar month (as "tháng Giêng"), never the solar one."""
    if "âm lịch" not in sent or not c.has_digit:
        return
    for m in LUNAR_NUMBERED_MONTH.finditer(sent):
        mon = int(m.group("m"))
        if 1 <= mon <= 12 and c.free(m.start(), m.end()) \
                and not _LUNAR_DAY_BEFORE.search(sent[max(0, m.start() - 8):m.start()]):
            _add_lunar_month(c, sent, m, mon, pub)


# a fixed lunar festival written with its year, as the lunar new year is ("Tết Tân Sửu 2021": its
# first day) and Christmas ("Noel 2016": 25 December): its day of that lunar year — Vu Lan on the
# 15th of the seventh month ("lễ Vu Lan báo hiếu 2019"), the Mid-Autumn festival on the 15th of
# the eighth ("Tết Trung thu 2022"), the first full moon on the 15th of the first ("Rằm tháng
# Giêng năm 2023", "Tết Nguyên tiêu 2023"). Vu Lan and Trung thu take a bare year only: "Tết
# Trung thu năm 2022" is read as the year (as real-1509 is labelled); the festival's season
# ("mùa Vu Lan 2022", the whole month) is no day; without a year the festival is every year's.
_LUNAR_FESTIVAL_YEAR = re.compile(
    r"(?<![^\W\d_])(?:(?:(?:đại\s+)?lễ\s+)?(?P<vl>vu\s+lan)(?:\s+báo\s+hiếu)?"
    r"|tết\s+(?P<tt>trung\s+thu)"
    r"|(?P<r1>rằm\s+tháng\s+giêng|tết\s+nguyên\s+tiêu)(?:\s+năm)?)"
    r"\s+(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)", FLAGS)
_FESTIVAL_MONTH = {"vl": 7, "tt": 8, "r1": 1}
_SEASON_BEFORE = re.compile(r"(?<![^\W\d_])mùa\s+$")


def pass_lunar_festival_year(c: Collector, sent: str, pub: date | None) -> None:
    """A fixed lunar festival with its year (``_LUNAR_FESTIVAL_YEAR``): its solar day."""
    if not c.has_digit or not ("vu lan" in sent or "trung thu" in sent or "giêng" in sent
                               or "nguyên tiêu" in sent):
        return
    for m in _LUNAR_FESTIVAL_YEAR.finditer(sent):
        if not c.free(m.start(), m.end()) or _SEASON_BEFORE.search(sent, max(0, m.start() - 6), m.start()):
            continue
        mon = next(_FESTIVAL_MONTH[k] for k in _FESTIVAL_MONTH if m.group(k))
        dt = lunar.to_solar(15, mon, int(m.group("y")))
        if dt is not None:
            c.add(m.start(), m.end(), dt, dt, "day", None)


# a can chi and its year joined by a space or a dash ("Tết Nguyên đán Giáp Thìn – 2024", as the
# press writes the holiday's year in headlines and captions); a bare "Tết Nguyên đán" takes no dash
_CC_YEAR = r"(?:\s*[-–—]\s*|\s+)"
_TET = re.compile(
    r"(?<![^\W_])(?:(?:mùng|mồng)\s+(?P<ld>\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?"
    rf"tết\s+(?:nguyên\s+đán(?:\s+(?P<cc>{CAN_CHI}))?(?:(?(cc){_CC_YEAR}|\s+)(?:năm\s+)?(?P<y>\d{{4}})(?!\d))?"
    rf"|(?P<cc2>{CAN_CHI})(?:{_CC_YEAR}(?:năm\s+)?(?P<y2>\d{{4}})(?!\d))?)"
)
_LUNAR_DAY_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                    "chín": 9, "mười": 10}
