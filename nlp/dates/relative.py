"""Passes over relative words: a month or quarter of a relative year ("tháng 4 năm
ngoái"), "hôm nay", "tuần qua", "năm vừa qua" …, weekdays with their qualifier ("thứ Bảy vừa
qua") and hours ago; all resolved against the publication date (``resolve``).
"""

from __future__ import annotations

import re
from datetime import date

from baochi.nlp.dates.filters import (
    CROP_SEASON_BEFORE,
    comparison,
    relative_is_date,
    weekday_is_date,
)
from baochi.nlp.dates.grammar import FLAGS, POD, ROMAN, day_part
from baochi.nlp.dates.mention import Collector
from baochi.nlp.dates.resolve import month_end, relative_span, weekday_date
from baochi.nlp.dates.years import article_year, year_hint

RELATIVE = re.compile(
    rf"(?<![^\W\d_])(?:{POD}\s+(?P<rel>nay|qua|mai)|(?P<hom>hôm\s+(?:nay|qua|kia)|ngày\s+mai|ngày\s+hôm\s+(?:nay|qua))"
    r"|(?P<week>tuần\s+(?:(?:vừa\s+)?qua|trước|này|tới|sau))|(?P<month>tháng\s+(?:trước|này|tới|sau|vừa\s+qua))"
    r"|(?P<year>năm\s+(?:nay|ngoái|trước|tới|sau|(?:vừa\s+)?qua))|(?P<quarter>qu[ýí]\s+(?:vừa\s+qua|trước|này|tới|sau))|(?P<ytd>từ\s+đầu\s+năm(?:\s+(?P<ytdy>\d{4}))?\s+(?:đến|tới)\s+nay))"
    r"(?![^\W\d_])",
    FLAGS,
)
REL_YEAR_PERIOD = re.compile(
    r"(?<![^\W\d_])(?:tháng\s+(?P<m>\d{1,2})|qu[ýí]\s+(?P<q>iv|i{1,3}|[1-4]|một|hai|ba|bốn))"
    r"\s+năm\s+(?P<rel>nay|ngoái|trước|tới|sau)(?![^\W\d_])",
    FLAGS,
)


def pass_relative_year_period(c: Collector, sent: str, pub: date | None) -> None:
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
            q = ROMAN[m.group("q")]
            first, last, gran = 3 * q - 2, 3 * q, "quarter"
        lead = c.part_lead(sent, m.start()) if gran == "month" else None  # "trung tuần tháng 7 năm nay"
        if pub is None:
            # "tháng 7 năm nay" in an undated article: the year the article makes clear, as a
            # bare "năm nay" takes (``pass_relative``); "năm ngoái"/"năm tới" need the page's date
            hint = year_hint(last) if shift == 0 else None
            if hint is None:
                c.add(m.start(), m.end(), None, None, gran, None, lead)
            else:
                c.add(m.start(), m.end(), date(hint, first, 1), month_end(hint, last), gran, None, lead)
            continue
        y = pub.year + shift
        c.add(m.start(), m.end(), date(y, first, 1), month_end(y, last), gran, None, lead)


# "sau" opening "sau khi" / "sau đó" (after …) is no "năm sau" (next year)
_NOT_AFTER_NOW = re.compile(r"sau\s+(?:khi|đó)(?![^\W\d_])", FLAGS)


# "(so với) cùng kỳ năm trước / tháng trước": the same period of the year before, a comparison's
# baseline, not a period the text is about (batch 31's adjudicated labels)
_SAME_PERIOD_BEFORE = re.compile(r"(?<![^\W\d_])cùng\s+kỳ\s+$", FLAGS)


def pass_relative(c: Collector, sent: str, pub: date | None) -> None:
    """6. relative expressions (hôm nay, chiều qua, tuần qua, tháng trước …)."""
    for m in RELATIVE.finditer(sent):
        if not c.free(m.start(), m.end()) or not relative_is_date(c, sent, m):
            continue
        if comparison(sent, m.group(0)):
            continue  # "tỷ lệ … năm sau đều cao hơn năm trước": any year against the one before
        if _SAME_PERIOD_BEFORE.search(sent, max(0, m.start() - 12), m.start()):
            continue  # "tăng 1.685 con so với cùng kỳ năm trước": the baseline of a figure
        if _NOT_AFTER_NOW.match(sent, m.end() - 3) or sent[max(0, m.start() - 1):m.start()] == "/":
            continue  # "200 triệu đồng/năm sau khi trừ chi phí": a rate, then "sau khi" (after)
        if m.group(0).startswith("năm") and CROP_SEASON_BEFORE.search(sent, max(0, m.start() - 30), m.start()):
            continue  # "vụ chiêm năm nay", "vụ Đông Xuân năm trước": a crop season, as with its number
        if re.fullmatch(r"năm\s+qua", m.group(0)):
            # "Năm qua" (no "vừa") is the year the paragraph writes about ("Năm 2018, … Năm qua
            # đã có …"); with none written it may be the last twelve months: no date
            year = article_year(c.view.fold)
            if year is not None:
                c.add(m.start(), m.end(), date(year, 1, 1), date(year, 12, 31), "year", None)
            continue
        gran, start, end = relative_span(m, pub)
        hint = year_hint()
        if pub is None and hint and re.fullmatch(r"năm\s+nay", m.group(0)):
            start, end = date(hint, 1, 1), date(hint, 12, 31)  # the year the article is in
        c.add(m.start(), m.end(), start, end, gran, day_part(m))


# "năm cũ" ("the old year": "tiễn năm cũ, đón năm mới", "những nỗ lực trong năm cũ"): the year
# ending at the turn the article is written at — the one before the new year it names ("… năm
# mới 2023" → 2022), else, on a page dated December, that year, dated January or February, the
# year before; any other month gives no turn and no date
_OLD_YEAR = re.compile(r"(?<![^\W\d_])năm\s+cũ(?![^\W\d_])", FLAGS)
_NEW_YEAR_NAMED = re.compile(r"(?<![^\W\d_])(?:năm|xuân)\s+mới\s+(?:[^\W\d_]+\s+[^\W\d_]+\s+)?"
                             r"(?P<y>(?:19|20)\d{2})(?!\d)", FLAGS)


def pass_old_year(c: Collector, sent: str, pub: date | None) -> None:
    """6b. "năm cũ": the year before the new year the paragraph names, else the one ending at a
    page dated December to February."""
    if "cũ" not in sent:
        return
    for m in _OLD_YEAR.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        named = {int(n.group("y")) for n in _NEW_YEAR_NAMED.finditer(c.view.fold)}
        if len(named) == 1:
            y: int | None = named.pop() - 1
        elif pub is not None and pub.month in (12, 1, 2):
            y = pub.year if pub.month == 12 else pub.year - 1
        else:
            y = None
        if y is not None:
            c.add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


# a bare "cuối năm" ("the year's end") opening a clause or after a word that places an event in
# time ("Vào cuối năm, hội trao 200 suất quà", "phấn đấu đến cuối năm …"): on a dated page, that
# year (the GUIDE, round 24, as "cuối năm 2021" is the year); undated, no date. Its other forms
# are read elsewhere ("6 tháng cuối năm", "từ nay đến cuối năm", "cuối năm 2021", "cuối năm nay")
# or are no year's end ("cuối năm học", a school year's)
YEAR_END = re.compile(
    r"(?:(?<![^\W\d_])(?:vào|dịp|trong|đến|tới)\s+|^\s*|[,;:]\s*)(?P<ye>cuối\s+năm)"
    r"(?!\s*(?:\d|nay|ngoái|trước|tới|sau|qua|vừa|học|tài|âm|mới|hằng|hàng|mỗi)(?![^\W\d_]))(?![^\W\d_])",
    FLAGS)


def pass_year_end(c: Collector, sent: str, pub: date | None) -> None:
    """A bare "cuối năm" on a dated page: the publication year (``YEAR_END``)."""
    if pub is None or "cuối năm" not in sent:
        return
    for m in YEAR_END.finditer(sent):
        a, b = m.start("ye"), m.end("ye")
        if c.free(a, b) and not c.quoted.overlaps(c.s_start + a, c.s_start + b):
            c.add(a, b, date(pub.year, 1, 1), date(pub.year, 12, 31), "year", None)


HOURS_AGO = re.compile(
    r"(?<![^\W\d_])(?:(?:\d{1,2}|một|hai|ba|vài|mấy)\s+(?:giờ|tiếng|phút)\s+trước|"
    r"cách\s+đây\s+(?:\d{1,2}|một|hai|ba|vài)\s+(?:giờ|tiếng))(?![^\W\d_])", FLAGS)
WEEKDAY = re.compile(r"(?<![^\W\d_])(?:thứ\s+(?P<n>hai|ba|tư|năm|sáu|bảy)|(?P<cn>chủ\s+nhật))"
                     r"(?:\s+(?P<q>tuần\s+(?:trước|qua|vừa\s+qua|này|tới|sau)|vừa\s+qua|sắp\s+tới|tới|này))?"
                     r"(?![^\W\d_])", FLAGS)
_WEEKDAY_N = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}


def pass_hours_ago(c: Collector, sent: str, pub: date | None) -> None:
    """"2 giờ trước", "cách đây vài tiếng": the publication day."""
    if "trước" not in sent and "cách đây" not in sent:
        return
    for m in HOURS_AGO.finditer(sent):
        if c.free(m.start(), m.end()):
            c.add(m.start(), m.end(), pub, pub, "day", None)


def pass_weekday(c: Collector, sent: str, pub: date | None) -> None:
    """A weekday written alone ("thứ Hai", "Chủ nhật", "thứ Bảy vừa qua", "thứ Sáu tuần trước"),
    with a capital (a lower-case "thứ hai" is an ordinal), not a recurring one ("các ngày thứ
    Bảy", "Chủ nhật hằng tuần"): see ``weekday_date``."""
    if "thứ" not in sent and "chủ nhật" not in sent:
        return
    for m in WEEKDAY.finditer(sent):
        if not weekday_is_date(c, sent, m):
            continue
        # the span is the weekday; its qualifier is kept from the relative rules ("Thứ Năm
        # tới" is no "năm tới", "thứ Hai tuần trước" no "tuần trước")
        end = m.end("n") if m.group("n") else m.end("cn")
        dt = None
        if pub is not None:
            want = 6 if m.group("cn") else _WEEKDAY_N[m.group("n")]
            dt = weekday_date(want, m.group("q"), pub)
        c.add(m.start(), end, dt, dt, "day", None)
        if m.group("q"):
            c.taken.take(m.start("q"), m.end("q"))
