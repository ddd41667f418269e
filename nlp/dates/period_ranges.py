"""Passes over ranges of months and years: "giai đoạn 2021-2025", "từ tháng 3/2023 đến
nay", "từ nay đến cuối năm", "từ tháng 4 đến tháng 5", "từ tháng 2/2010 đến tháng 6/2012", "từ
đầu năm đến hết tháng 6", a bracketed "(2021 - 2025)".
"""

from __future__ import annotations

import re
from datetime import date

from baochi.nlp.dates.filters import CROP_SEASON_BEFORE, quantity_after
from baochi.nlp.dates.grammar import FLAGS
from baochi.nlp.dates.mention import Collector
from baochi.nlp.dates.resolve import month_end, nearest_year, safe_date
from baochi.nlp.dates.years import year_hint

YEAR_RANGE = re.compile(
    # "giai đoạn 2021-2025", "nhiệm kỳ 2014- 2019", "từ năm 2016 đến hết năm 2020", "Từ năm 2021
    # tính đến hết năm 2023", "từ 2016 - 2020", "các năm 2018 - 2022", "giai đoạn 2021 - nay"
    # ("kì" is the same word as "kỳ", written with i: "nhiệm kì 2022 - 2027")
    # (the typo "gia đoạn" and the short "NK" for "nhiệm kỳ" as well: "NK 2021 – 2026")
    r"(?<![^\W\d_])(?:(?P<lead>giai?\s+đoạn|nhiệm\s+k[ỳì]|thời\s+k[ỳì]|nk(?=\s+\d))\s+(?:từ\s+)?(?:năm\s+)?"
    r"|(?:(?:kể|tính)\s+)?từ\s+(?:(?:đầu|giữa|cuối)\s+)?(?:năm\s+)?|(?:các\s+)?năm\s+)"
    r"(?P<y1>\d{4})\s*(?:[-–—]|(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?)\s*"
    r"(?:(?:năm\s+)?(?P<y2>\d{4})(?!\d)|(?P<nay>nay)(?![^\W\d_]))",
    FLAGS,
)


def pass_year_ranges(c: Collector, sent: str, pub: date | None) -> None:
    """9. "giai đoạn 2021-2025", "nhiệm kỳ 2020-2025", "từ năm 2016 đến hết năm 2020": from the
    first day of the first year to the last of the second; "… đến nay", "giai đoạn 2021 - nay"
    end on the publication date (null without one)."""
    if not c.has_digit or ("năm" not in sent and "đoạn" not in sent and "kỳ" not in sent
                           and "kì" not in sent and "từ" not in sent and "nk" not in sent):
        return
    for m in YEAR_RANGE.finditer(sent):
        y1 = int(m.group("y1"))
        if not c.free(m.start(), m.end()) or not 1900 <= y1 <= 2100 or quantity_after(sent, m.end()):
            continue  # "từ 1950 đến 2000 người", "từ 1990 - 2000 đồng" are quantities
        if CROP_SEASON_BEFORE.search(sent, max(0, m.start() - 30), m.start()):
            continue  # "vụ Đông Xuân năm 2023 – 2024": a crop season, not a range of years
        if m.group("nay"):
            if pub is None or y1 <= pub.year:
                c.add(m.start(), m.end(), date(y1, 1, 1), pub, "range", None)
            continue
        y2 = int(m.group("y2"))
        if y1 < y2 <= 2100 or (m.group("lead") and y1 == y2):
            c.add(m.start(), m.end(), date(y1, 1, 1), date(y2, 12, 31), "range", None)


SINCE_MONTH = re.compile(
    r"(?<![^\W\d_])(?:kể\s+)?từ\s+(?:(?:(?:đầu|giữa|cuối|(?:thượng|trung|hạ)\s+tuần)\s+)?tháng\s+(?P<m>\d{1,2})"
    r"(?:\s*(?:/|-|\.|năm)\s*(?P<my>\d{4}))?|năm\s+(?P<y>\d{4}))"
    r"\s*,?\s+(?:cho\s+)?(?:đến|tới)\s+nay(?![^\W\d_])", FLAGS)
UNTIL_YEAR_END = re.compile(
    r"(?<![^\W\d_])từ\s+nay\s+(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?năm\s+(?P<y>\d{4})(?!\d)"
    r"|(?<![^\W\d_])từ\s+nay\s+(?:đến|tới)\s+(?:hết|cuối)\s+năm(?:\s+nay)?(?![^\W\d_]|\s*\d)", FLAGS)
UNTIL_MONTH_END = re.compile(
    r"(?<![^\W\d_])từ\s+nay\s+(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?tháng\s+(?P<m>\d{1,2})"
    r"(?:\s*(?:/|-|\.|năm)\s*(?P<y>\d{4}))?(?![\d/\-]\d)(?!\d|,\d)", FLAGS)
# a vague part of a month ("giữa tháng 4", "trung tuần tháng 10"; "đến hết tháng 12"): the
# whole month
_PART = r"(?:(?:đầu|giữa|cuối|hết|(?:thượng|trung|hạ)\s+tuần)\s+)?"
MONTH_RANGE = re.compile(
    rf"(?<![^\W\d_])từ\s+{_PART}tháng\s+(?P<m1>\d{{1,2}})\s+(?:đến|tới)\s+(?:{_PART}"
    r"tháng\s+(?P<m2>\d{1,2})(?:\s*(?:/|-|\.|năm)\s*(?P<y>\d{4}))?"
    r"|(?P<m2b>\d{1,2})\s*[/.\-]\s*(?P<yb>\d{4}))(?![\d/])", FLAGS)  # "… đến 8.2012"
BRACKET_YEARS = re.compile(r"\(\s*(?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})\s*\)")


def _since_month_start(m: re.Match, pub: date | None) -> tuple[bool, date | None]:
    """(valid, first day) of "từ tháng M(/YYYY)", "từ năm YYYY"; a month without a year is the
    latest one not after publication (the article's year without a publication date)."""
    mon = int(m.group("m") or 1)
    y_raw = m.group("y") or m.group("my")
    if not 1 <= mon <= 12:
        return False, None
    if y_raw is None:
        if pub is None:
            y = year_hint(mon)
            return True, (date(y, mon, 1) if y else None)
        y = pub.year if mon <= pub.month else pub.year - 1
    else:
        y = int(y_raw)
    start = safe_date(y, mon, 1) if 1900 <= y <= 2100 else None
    return start is not None and not (pub and start > pub), start


# "đến nay" after a comma opening a clause of its own ("…, đến nay đã gần 70 năm", "…, đến nay
# vẫn …"): the year before the comma is not the start of a range to now
_NOW_CLAUSE = re.compile(r"\s+(?:đã|vẫn|là|tròn|được)(?![^\W\d_])", FLAGS)


def pass_since_month(c: Collector, sent: str, pub: date | None) -> None:
    """"Từ tháng 3/2023 đến nay", "từ năm 2020 đến nay", "từ đầu tháng 7 đến nay", "từ trung
    tuần tháng 3 đến nay" (a ten-day part of the month: the month): to the publication date
    (null without one)."""
    if "nay" not in sent or not c.has_digit:
        return
    for m in SINCE_MONTH.finditer(sent):
        if "," in m.group() and _NOW_CLAUSE.match(sent, m.end()):
            continue  # "thành lập từ năm 1947, đến nay đã gần 70 năm": a year, then a new clause
        ok, start = _since_month_start(m, pub)
        if ok and c.free(m.start(), m.end()):
            c.add(m.start(), m.end(), start, pub, "range", None)


def pass_until_year_end(c: Collector, sent: str, pub: date | None) -> None:
    """"từ nay đến (hết) năm 2025", "từ nay đến cuối năm": from the publication date to the
    end of that year. ("tính
    đến hết năm 2024", a total at a date, is that year: read by the year rule.)"""
    if "từ nay" not in sent:
        return
    for m in UNTIL_YEAR_END.finditer(sent):
        # "từ nay đến cuối năm": the publication year (the article's year without one)
        y = int(m.group("y")) if m.group("y") else (pub.year if pub else year_hint())
        if y is not None and not 1900 <= y <= 2100 or not c.free(m.start(), m.end()):
            continue
        c.add(m.start(), m.end(), pub, date(y, 12, 31) if y else None, "range", None)


def pass_until_month_end(c: Collector, sent: str, pub: date | None) -> None:
    """"từ nay đến cuối tháng 10", "từ nay đến hết tháng 6/2025": from the publication date to
    the end of that month (the first such month not before publication; start null without a
    publication date), like "từ nay đến cuối năm"."""
    if "từ nay" not in sent:
        return
    for m in UNTIL_MONTH_END.finditer(sent):
        mon = int(m.group("m"))
        if not 1 <= mon <= 12 or not c.free(m.start(), m.end()):
            continue
        if m.group("y"):
            y: int | None = int(m.group("y"))
        elif pub is not None:
            y = pub.year if mon >= pub.month else pub.year + 1
        else:
            y = year_hint(mon)
        if y is not None and not 1900 <= y <= 2100:
            continue
        c.add(m.start(), m.end(), pub, month_end(y, mon) if y else None, "range", None)


def pass_month_range(c: Collector, sent: str, pub: date | None) -> None:
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
                return date(yy, m1, 1), month_end(yy, m2)
            span = nearest_year(period, pub)
            y = span[0].year if span else None
        y = y if y is not None else year_hint(m1)
        if y is None:
            c.add(m.start(), m.end(), None, None, "range", None)
        else:
            c.add(m.start(), m.end(), date(y, m1, 1), month_end(y, m2), "range", None)


def pass_bracket_years(c: Collector, sent: str, pub: date | None) -> None:
    """"(2021 - 2025)" after a name: the years inside the brackets."""
    if "(" not in sent or not c.has_digit:
        return
    for m in BRACKET_YEARS.finditer(sent):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        a, b = m.start("y1"), m.end("y2")
        # a history's span may open before 1900 ("kỷ niệm 235 năm chiến thắng X (1789-2024)");
        # it ends in the years the press writes about
        if 1000 <= y1 <= y2 <= 2100 and y2 >= 1900 and c.free(a, b):
            c.add(a, b, date(y1, 1, 1), date(y2, 12, 31), "range", None)


# "từ ngày tháng 4/2024 đến hết tháng 8/2024": a "ngày" left without its number (a form's blank)
# before the first month is no day of its own
MONTH_YEAR_RANGE = re.compile(
    rf"(?<![^\W\d_])từ\s+(?:ngày\s+(?=tháng))?{_PART}tháng\s+(?P<m1>\d{{1,2}})\s*(?:/|-|\.|năm)\s*(?P<y1>\d{{4}})(?:\s*,?\s+(?:đến|tới)\s+|\s*[-–]\s*)"
    rf"(?:{_PART}tháng\s+)?(?P<m2>\d{{1,2}})\s*(?:/|-|\.|năm)\s*(?P<y2>\d{{4}})(?!\d)", FLAGS)
YTD_TO_MONTH = re.compile(
    r"(?<![^\W\d_])từ\s+đầu\s+năm(?:\s+(?P<y>\d{4}))?\s+(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
    r"tháng\s+(?P<m>\d{1,2})(?:\s*(?:/|-|\.|năm)\s*(?P<y2>\d{4}))?(?![\d/]\d|\d)", FLAGS)


def pass_ytd_to_month(c: Collector, sent: str, pub: date | None) -> None:
    """"Từ đầu năm (2024) đến hết tháng 6": 1 January to the end of that month, of the year
    written, else the publication year (the article's year without one)."""
    if "đầu năm" not in sent:
        return
    for m in YTD_TO_MONTH.finditer(sent):
        mon = int(m.group("m"))
        y_raw = m.group("y") or m.group("y2")
        y = int(y_raw) if y_raw else (pub.year if pub else year_hint(mon))
        if not 1 <= mon <= 12 or not c.free(m.start(), m.end()) or (y and not 1900 <= y <= 2100):
            continue
        c.add(m.start(), m.end(), date(y, 1, 1) if y else None, month_end(y, mon) if y else None,
              "range", None)


def pass_month_year_range(c: Collector, sent: str, pub: date | None) -> None:
    """"từ tháng 2/2010 đến tháng 6/2012": from the first day of the one to the last of the other."""
    if "tháng" not in sent or "từ" not in sent:
        return
    for m in MONTH_YEAR_RANGE.finditer(sent):
        m1, m2, y1, y2 = (int(m.group(k)) for k in ("m1", "m2", "y1", "y2"))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1900 <= y1 <= 2100 and 1900 <= y2 <= 2100) \
                or (y1, m1) > (y2, m2) or not c.free(m.start(), m.end()):
            continue
        c.add(m.start(), m.end(), date(y1, m1, 1), month_end(y2, m2), "range", None)
