"""Passes over periods named by a number or a word: halves and first months of a year ("6
tháng đầu năm"), quarters and their lists, months (also in words, "Tháng Mười Hai") and their
lists, years and their lists, "năm mới 2026".
"""

from __future__ import annotations

import re
from datetime import date

from baochi.nlp.dates.filters import (
    COUNT_AFTER,
    CROP_SEASON_BEFORE,
    capitalised,
    month_gloss,
    quantity_after,
)
from baochi.nlp.dates.grammar import CAN_CHI, FLAGS, ROMAN
from baochi.nlp.dates.mention import Collector
from baochi.nlp.dates.resolve import month_end, nearest_year, year_of
from baochi.nlp.dates.years import SENTENCE_YEAR, context_year, in_association_name, year_hint

HALF = re.compile(
    r"(?<![^\W\d_])(?P<n>\d{1,2}|sáu|ba|chín)\s+tháng\s+(?P<pos>đầu|cuối)\s+năm"
    r"(?:\s+(?:(?P<y>\d{4})|(?P<nay>nay)(?![^\W\d_])))?(?![\d])"
    r"|(?<![^\W\d_])nửa\s+(?P<pos2>đầu|cuối)\s+năm(?:\s+(?:(?P<y2>\d{4})|(?P<nay2>nay)(?![^\W\d_])))?(?![\d])"
    r"|(?<![^\W\d_])(?P<n3>\d{1,2}|sáu|ba|chín)\s+tháng\s+(?:đầu\s+)?(?:của\s+)?năm\s+"
    r"(?:(?P<y3>\d{4})(?!\d)|(?P<nay3>nay)(?![^\W\d_]))",
    FLAGS,
)  # "6 tháng đầu năm", "nửa cuối năm 2024", "9 tháng của năm 2019", "9 tháng năm 2022"; "… năm nay"
QUARTER = re.compile(
    r"(?<![^\W\d_])qu[ýí]\s+(?P<q>iv|i{1,3}|[1-4]|một|hai|ba|bốn)(?![^\W_])(?:\s*(?:/|-|năm)\s*(?P<y>\d{4})(?!\d))?",
    FLAGS,
)
MONTH = re.compile(
    # not a rate ("0,7%/tháng 8,4%/năm", "3 lần/ tháng"): a month word after "/" is "per month"
    r"(?<![^\W\d_])(?<!/)(?<!/\s)tháng\s+(?P<m>\d{1,2})(?:\s*(?:/|-|\.|năm)\s*(?P<y>\d{4}))?"
    # nor an amount after "tháng" ("mỗi tháng 1.500.000 đồng": a thousands group after the number)
    r"(?![\d/\-]\d)(?!\d|,\d)(?!\.\d{3}(?!\d))",
    FLAGS,
)
# "năm 2019", also with its space dropped before a year of this era ("năm2018", a typo)
YEAR = re.compile(r"(?<![^\W\d_])năm(?:\s+|(?=(?:19|20)\d{2}(?!\d)))(?P<y>\d{4})(?!\d)", FLAGS)
_N_MONTHS = {"sáu": 6, "ba": 3, "chín": 9}


def pass_halves(c: Collector, sent: str, pub: date | None) -> None:
    """7. halves and first/last months of a year ("6 tháng đầu năm"; "9 tháng năm 2022", the
    reporting period of January to September, as "9 tháng đầu năm 2022"; "9 tháng năm nay", of
    the publication year: read before the relative words, whose "năm nay" it holds)."""
    if "tháng" not in sent and "nửa" not in sent:
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
        if m.group("nay") or m.group("nay2") or m.group("nay3"):
            # "6 tháng đầu năm nay", "9 tháng năm nay": this year's, the article's year when undated
            year = pub.year if pub else year_hint()
        else:
            year = int(y_raw) if y_raw else (context_year(sent, m.start())
                                             or (pub.year if pub else year_hint()))
        if year is None:
            c.add(m.start(), m.end(), None, None, gran, None)
        elif pos == "đầu":
            c.add(m.start(), m.end(), date(year, 1, 1), month_end(year, n), gran, None)
        else:
            c.add(m.start(), m.end(), date(year, 13 - n, 1), date(year, 12, 31), gran, None)


QUARTER_LIST = re.compile(
    r"(?<![^\W\d_])qu[ýí]\s+(?P<q1>iv|i{1,3}|[1-4])(?P<more>(?:\s*(?:,|và|&|[-–])\s*(?:qu[ýí]\s+)?(?:iv|i{1,3}|[1-4])(?![^\W_]))+)"
    r"(?:\s*(?:/|-|năm)\s*(?P<y>\d{4})(?!\d)|\s+năm\s+(?P<rel>nay|ngoái|trước|tới|sau)(?![^\W\d_]))?", FLAGS)


def pass_quarter_list(c: Collector, sent: str, pub: date | None) -> None:
    """Quarters listed after one "quý" ("quý III và IV", "quý I, II năm 2024"): one quarter
    mention each (as years listed), all of the year written after the last, else the year
    nearest publication of the first."""
    if "quý" not in sent and "quí" not in sent:
        return
    for m in QUARTER_LIST.finditer(sent):
        items = [(m.start("q1"), m.end("q1"))] + [
            (m.start("more") + x.start(1), m.start("more") + x.end(1))
            for x in re.finditer(r"(iv|i{1,3}|[1-4])(?![^\W_])", m.group("more"))]
        quarters = [ROMAN[sent[a:b]] for a, b in items]
        if quarters != sorted(set(quarters)) or not c.free(m.start(), m.end()) \
                or COUNT_AFTER.match(sent, m.end()):
            continue

        def qspan(yy: int, q: int = quarters[0]) -> tuple[date, date]:
            return date(yy, 3 * q - 2, 1), month_end(yy, 3 * q)
        y = year_of(m, pub, 3 * quarters[0], qspan)
        spans = [(m.start(), items[0][1])] + items[1:]
        spans[-1] = (spans[-1][0], m.end())
        for (a, b), q in zip(spans, quarters, strict=True):
            c.add(a, b, date(y, 3 * q - 2, 1) if y else None, month_end(y, 3 * q) if y else None,
                  "quarter", None)


def pass_quarters(c: Collector, sent: str, pub: date | None) -> None:
    """8. quarters; without a year or a publication date, the year the article makes clear
    (like a day-month's)."""
    if "quý" not in sent and "quí" not in sent:
        return
    for m in QUARTER.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        q = ROMAN[m.group("q")]

        def qspan(y: int, q: int = q) -> tuple[date, date]:
            return date(y, 3 * q - 2, 1), month_end(y, 3 * q)
        a: date | None
        b: date | None
        if m.group("y"):
            a, b = qspan(int(m.group("y")))
        elif pub:
            a, b = nearest_year(qspan, pub)
        else:  # an undated article: the year it makes clear ("quý I, triển khai … quý II/2024")
            hint = year_hint(3 * q)
            a, b = qspan(hint) if hint else (None, None)
        c.add(m.start(), m.end(), a, b, "quarter", None)


# "quý" mistyped one letter off ("quá 1/2020", "quy I/2021", "qúy 2 năm 2022"): a quarter only with
# its year written after a slash or "năm" (no other reading of "1/2020" there) — "quá 1/2" is a share
TYPO_QUARTER = re.compile(
    r"(?<![^\W\d_])(?:qu[áàảãạỳỷỹỵy]|qú[yi])\s+(?P<q>iv|i{1,3}|[1-4])\s*(?:/|năm)\s*(?P<y>(?:19|20)\d{2})(?![\d/.\-])",
    FLAGS)


def pass_typo_quarters(c: Collector, sent: str, pub: date | None) -> None:
    """A quarter whose "quý" is mistyped one letter off, with its year (``TYPO_QUARTER``)."""
    if not c.has_digit or "qu" not in sent:
        return
    for m in TYPO_QUARTER.finditer(sent):
        if c.free(m.start(), m.end()):
            q, y = ROMAN[m.group("q")], int(m.group("y"))
            c.add(m.start(), m.end(), date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter", None)


# a day's number written right before "tháng" ("ngày Thế giới chống lao 24 tháng 3")
_DAY_NUMBER_BEFORE = re.compile(r"(?<![\d/.\-])\d{1,2}\s+$")


# a month the name of a programme, drive or event is made of ("Chương trình Tháng 3 biên giới",
# "Giải chạy Tháng 5 vì biển đảo"): the name's head right before a capitalised "Tháng N" and
# a word of the name after it, none of time
_NAME_HEAD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:chương\s+trình|chiến\s+dịch|phong\s+trào|cuộc\s+vận\s+động|giải(?:\s+chạy)?|"
    r"hội\s+thi|cuộc\s+thi|ngày\s+hội|lễ\s+hội|liên\s+hoan|hội\s+trại|hành\s+trình|câu\s+lạc\s+bộ|"
    r"đêm\s+nhạc|đội\s+hình)\s+$", FLAGS)
_NAME_WORD_AFTER = re.compile(
    r"\s+(?!(?:năm|này|tới|qua|vừa|trước|sau|đến|tới|và|hoặc|hằng|hàng|mỗi|là|của|do|tại|ở|với|"
    r"âm|dương|đã|đang|sẽ|được|có)(?![^\W\d_]))[^\W\d_]", FLAGS)


def _month_in_name(c: Collector, sent: str, m: re.Match) -> bool:
    return c.view.text[c.s_start + m.start()].isupper() and _NAME_HEAD_BEFORE.search(sent, max(0, m.start() - 24),
                                                                  m.start()) is not None \
        and _NAME_WORD_AFTER.match(sent, m.end()) is not None


def pass_months(c: Collector, sent: str, pub: date | None) -> None:
    """10. months ("tháng 5", "tháng 5/2024"); a month without a year inside quotes is part of a
    name ("“Chương trình Đối thoại tháng 5”"), not a date."""
    if not c.has_digit or "tháng" not in sent:
        return
    for m in MONTH.finditer(sent):
        if not c.free(m.start(), m.end()) or not m.group("y") and c.quoted.overlaps(
                c.s_start + m.start(), c.s_start + m.end()):
            continue  # "“Chương trình Đối thoại tháng 5”": a month without a year in a title
        if _DAY_NUMBER_BEFORE.search(sent, max(0, m.start() - 4), m.start()):
            continue  # "24 tháng 3": the month of a day the day rules read (or leave), not a month
        if not m.group("y") and (_month_in_name(c, sent, m) or month_gloss(c, sent, m.start(), m.end())):
            continue  # "Chương trình Tháng 3 biên giới": a month the name is made of; "Tháng Nhân
            # đạo (tháng 5)": the named month's gloss, every year's
        mon = int(m.group("m"))
        if not 1 <= mon <= 12:
            continue

        def mspan(y: int, mon: int = mon) -> tuple[date, date]:
            return date(y, mon, 1), month_end(y, mon)
        a: date | None
        b: date | None
        y = int(m.group("y")) if m.group("y") else (None if pub else year_hint(mon))
        if y is not None:
            if not 1900 <= y <= 2100:
                continue
            a, b = mspan(y)
        elif pub:
            a, b = nearest_year(mspan, pub)
            earlier = SENTENCE_YEAR.get()  # as for a day-month (see sentence_year)
            if a > pub and earlier is not None:
                a, b = mspan(earlier)
        else:
            a = b = None
        c.add(m.start(), m.end(), a, b, "month", None, c.part_lead(sent, m.start()))


# "giai đoạn sau năm 2020": the open period after the year, not the year itself
_PERIOD_AFTER = re.compile(r"(?<![^\W\d_])(?:giai\s+đoạn|thời\s+kỳ)\s+sau\s+$")


def pass_years(c: Collector, sent: str, pub: date | None) -> None:
    """11. years (not the year a later open period starts after: "giai đoạn sau năm 2020")."""
    if not c.has_digit or "năm" not in sent:
        return
    for m in YEAR.finditer(sent):
        if not c.free(m.start(), m.end()) \
                or _PERIOD_AFTER.search(sent, max(0, m.start() - 20), m.start()) \
                or CROP_SEASON_BEFORE.search(sent, max(0, m.start() - 30), m.start()) \
                or in_association_name(sent, m.start(), m.end()):
            continue  # "vụ Đông Xuân năm 2024": a crop season
        y = int(m.group("y"))
        if 1900 <= y <= 2100 or _historical_year(sent, m, y):
            c.add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None,
                  c.part_lead(sent, m.start(), year=True))


def _historical_year(sent: str, m: re.Match, y: int) -> bool:
    """A year of history before 1900 written after "năm" ("Trận … năm 1785", "năm 1786,
    nghĩa quân …"): a year like any other (the labels keep them; the GUIDE sets no lower bound),
    not a count of something after "năm" = five ("năm 1200 ha")."""
    return 1000 <= y < 1900 and not quantity_after(sent, m.end())


# a year of birth written with the press's short form of "sinh năm" ("CCB Lê Văn A (SN 1962, …)"):
# a year, as "sinh năm 1962" is
_BIRTH_YEAR = re.compile(r"(?<![^\W\d_])sn\s*:?\s*(?P<y>(?:19|20)\d{2})(?![\d/.\-])", FLAGS)


def pass_birth_year(c: Collector, sent: str, pub: date | None) -> None:
    """"SN 1962": the year of birth (``_BIRTH_YEAR``)."""
    if not c.has_digit or "sn" not in sent:
        return
    for m in _BIRTH_YEAR.finditer(sent):
        y = int(m.group("y"))
        if c.free(m.start(), m.end()) and 1900 <= y <= 2100:
            c.add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


# a founding year written alone in brackets after the body or place founded ("thành lập tỉnh
# Quảng Bình (1604) đến nay", "ra đời Hội … (1930)"): that year, as "năm 1604" is; the founding
# word opens the clause the bracket closes (no clause punctuation between)
_FOUNDING_BRACKET_YEAR = re.compile(
    r"(?<![^\W\d_])(?:thành\s+lập|lập\s+(?:thành|ra|nên)|tái\s+lập|ra\s+đời|khai\s+sinh)(?![^\W\d_])"
    r"[^().,;:!?\d]{1,60}?\(\s*(?P<y>1\d{3}|20\d{2})\s*\)", FLAGS)


def pass_founding_bracket_year(c: Collector, sent: str, pub: date | None) -> None:
    """"lập thành tỉnh X (1831)": the founding year (``_FOUNDING_BRACKET_YEAR``)."""
    _bracket_years(c, sent, _FOUNDING_BRACKET_YEAR)


def _bracket_years(c: Collector, sent: str, pattern: re.Pattern[str]) -> None:
    """Each year the pattern finds alone in brackets after its cue: that year."""
    if not c.has_digit or "(" not in sent:
        return
    for m in pattern.finditer(sent):
        y = int(m.group("y"))
        if c.free(m.start("y"), m.end("y")) and 1000 <= y <= 2100:
            c.add(m.start("y"), m.end("y"), date(y, 1, 1), date(y, 12, 31), "year", None)


# a year written alone in brackets after a battle or historical event ("trận chiến bảo vệ đảo Gạc Ma
# (1988)", "chiến thắng Điện Biên Phủ (1954)", "cuộc Tổng tiến công … (1968)"): the year it happened,
# as after a founding (the event's word opens the clause the bracket closes)
_EVENT_BRACKET_YEAR = re.compile(
    r"(?<![^\W\d_])(?:trận(?:\s+(?:chiến|đánh))?|chiến\s+thắng|chiến\s+dịch|khởi\s+nghĩa|"
    r"kháng\s+chiến|tổng\s+tiến\s+công|tổng\s+khởi\s+nghĩa)(?![^\W\d_])"
    r"[^().,;:!?\d]{1,60}?\(\s*(?P<y>1\d{3}|20\d{2})\s*\)", FLAGS)


def pass_event_bracket_year(c: Collector, sent: str, pub: date | None) -> None:
    """"trận chiến bảo vệ đảo X (1988)": the event's year (``_EVENT_BRACKET_YEAR``)."""
    _bracket_years(c, sent, _EVENT_BRACKET_YEAR)


# a strategy's horizon written without "năm" ("đến năm 2030, tầm nhìn 2050", "định hướng đến
# 2035"): that year, as "tầm nhìn đến năm 2045" is read by ``pass_years``
_HORIZON_YEAR = re.compile(r"(?<![^\W\d_])(?:tầm\s+nhìn|định\s+hướng)(?:\s+(?:đến|tới))?\s+"
                           r"(?P<y>(?:19|20)\d{2})(?![\d/.\-]\d)", FLAGS)


def pass_horizon_year(c: Collector, sent: str, pub: date | None) -> None:
    """"tầm nhìn 2050": the horizon's year (``_HORIZON_YEAR``)."""
    if not c.has_digit or ("tầm nhìn" not in sent and "định hướng" not in sent):
        return
    for m in _HORIZON_YEAR.finditer(sent):
        y = int(m.group("y"))
        if c.free(m.start("y"), m.end("y")):
            c.add(m.start("y"), m.end("y"), date(y, 1, 1), date(y, 12, 31), "year", None)


_MONTH_NAMES = {"một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12}
MONTH_WORD = re.compile(
    r"(?<![^\W\d_])tháng\s+(?P<w>mười\s+một|mười\s+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|"
    r"mười)(?![^\W_])(?:\s+(?:năm\s+)?(?P<y>\d{4})(?!\d|[/.\-]\d))?", FLAGS)  # "Tháng Tám 2024" too
NEW_YEAR = re.compile(rf"(?<![^\W\d_])năm\s+mới\s+(?:{CAN_CHI}\s+)?(?P<y>\d{{4}})(?!\d)", FLAGS)


def pass_month_words(c: Collector, sent: str, pub: date | None) -> None:
    """"tháng Năm", "Tháng Mười Hai": a month written in words, with a capital (a lower-case
    "tháng năm" is "months and years"); "Cách mạng Tháng Tám" is an event, "Rằm tháng Bảy" a
    lunar festival."""
    if "tháng" not in sent:
        return
    for m in MONTH_WORD.finditer(sent):
        if not capitalised(c, m.start("w")) or not c.free(m.start(), m.end()) \
                or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            continue
        if re.search(r"(?:cách\s+mạng|rằm|mùng|mồng)\s+$", sent[max(0, m.start() - 12):m.start()]):
            continue  # "Rằm tháng Bảy", "mùng 1 tháng Năm" (lunar festivals) are not solar months
        mon = _MONTH_NAMES[re.sub(r"\s+", " ", m.group("w"))]
        y = int(m.group("y")) if m.group("y") else (None if pub else year_hint(mon))

        def mspan(yy: int, mon: int = mon) -> tuple[date, date]:
            return date(yy, mon, 1), month_end(yy, mon)
        span = mspan(y) if y else (nearest_year(mspan, pub) if pub else None)
        c.add(m.start(), m.end(), span[0] if span else None, span[1] if span else None,
              "month", None, c.part_lead(sent, m.start()))


def pass_new_year(c: Collector, sent: str, pub: date | None) -> None:
    """"năm mới 2026": the year."""
    if "mới" not in sent or not c.has_digit:
        return
    for m in NEW_YEAR.finditer(sent):
        y = int(m.group("y"))
        if 1900 <= y <= 2100 and c.free(m.start(), m.end()):
            c.add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


MONTH_LIST = re.compile(
    r"(?<![^\W\d_])tháng\s+(?P<m1>\d{1,2})(?P<more>(?:\s*(?:,|và|&|[-–])\s*\d{1,2}(?!\d))+)"
    r"(?:\s*(?:/|-|\.|năm)\s*(?P<y>(?:19|20)\d{2})(?!\d)|\s+năm\s+(?P<rel>nay|ngoái|trước|tới|sau)(?![^\W\d_]))?"
    r"(?!\d|\s*[/.\-]\s*\d)", FLAGS)  # "tháng 7 và 8", "tháng 7-8/2024", "tháng 6, 7, 8 năm nay"
YEAR_LIST = re.compile(
    r"(?<![^\W\d_])năm\s+(?P<y1>(?:19|20)\d{2})(?P<more>(?:\s*(?:,|và|&)\s*(?:năm\s+)?(?:19|20)\d{2}(?![\d.,]\d))+)"
    r"(?!\d)", FLAGS)  # "các năm 2016, 2017 và 2018"


def pass_month_list(c: Collector, sent: str, pub: date | None) -> None:
    """Several months of one year ("tháng 7 và 8", "tháng 7-8/2024", "tháng 6, 7, 8 năm nay"):
    one range from the first to the last when they run on (or are joined by a dash); the
    month-day rules never read "7-8/2024" after "tháng" as a day. A list with commas needs its
    year; a count after the last number ("tháng 7 và 8 hộ") is no month."""
    if "tháng" not in sent or not c.has_digit:
        return
    for m in MONTH_LIST.finditer(sent):
        months = [int(m.group("m1"))] + [int(x) for x in re.findall(r"\d{1,2}", m.group("more"))]
        dash = re.search(r"[-–]", m.group("more")) is not None
        if not c.free(m.start(), m.end()) or COUNT_AFTER.match(sent, m.end()) \
                or ("," in m.group("more") and not (m.group("y") or m.group("rel"))):
            continue
        runs_on = months == list(range(months[0], months[0] + len(months)))
        if not (1 <= months[0] < months[-1] <= 12) or not (runs_on or (dash and len(months) == 2)):
            continue
        first, last = months[0], months[-1]

        def period(yy: int, first: int = first, last: int = last) -> tuple[date, date]:
            return date(yy, first, 1), month_end(yy, last)
        y = year_of(m, pub, first, period)
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


def pass_year_list(c: Collector, sent: str, pub: date | None) -> None:
    """"các năm 2016, 2017 và 2018": one year mention per year (the first with its "năm")."""
    if "năm" not in sent or not c.has_digit:
        return
    for m in YEAR_LIST.finditer(sent):
        if not c.free(m.start(), m.end()) or COUNT_AFTER.match(sent, m.end()):
            continue
        spans = [(m.start(), m.end("y1"))] + [
            (m.start("more") + x.start(), m.start("more") + x.end())
            for x in re.finditer(r"(?:19|20)\d{2}", m.group("more"))]
        years = [int(sent[b - 4:b]) for _, b in spans]
        if years != sorted(set(years)) or not _year_list_closes(sent, m):
            continue
        for (a, b), y in zip(spans, years, strict=True):
            c.add(a, b, date(y, 1, 1), date(y, 12, 31), "year", None)
