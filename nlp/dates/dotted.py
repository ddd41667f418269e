"""Passes over dotted day-months ("Sáng 11.3", "Từ ngày 12.5 đến 15.5", "Sáng nay 20.7",
"đến 31.12"), read only after a date word or a cue and never before a quantity.
"""

from __future__ import annotations

import re
from datetime import date

from baochi.nlp.dates.filters import holiday_occasion, quantity_after
from baochi.nlp.dates.grammar import FLAGS, POD, WD, N, day_part
from baochi.nlp.dates.mention import Collector
from baochi.nlp.dates.resolve import resolve_dm

DOTTED_DAY = re.compile(
    rf"(?<![^\W\d_])(?:{POD}|(?P<ngay>ngày))\s+(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})"
    r"(?:\.(?P<y>\d{4}))?(?![\d.,]\d)(?!\d)", FLAGS)


def pass_dotted_day(c: Collector, sent: str, pub: date | None) -> None:
    """"Sáng 11.3", "Ngày 14.9": a dotted day.month after a part of day or "ngày"."""
    if "." not in sent or not c.has_digit:
        return
    for m in DOTTED_DAY.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        y = int(m.group("y")) if m.group("y") else None
        ok, dt = resolve_dm(int(m.group("d")), int(m.group("m")), y, pub)
        if ok:
            c.add(m.start(), m.end(), dt, dt, "day", day_part(m))


_DOT_DM = r"(?P<{p}d>\d{{1,2}})\.(?P<{p}m>\d{{1,2}})(?:\.(?P<{p}y>\d{{4}}))?"
_DOT_END = r"(?!\d|[.,]\d|\s*%)"
DOTTED_RANGE = re.compile(
    rf"(?:(?P<from>(?:kể\s+)?từ)\s+)?(?P<ngay>ngày\s+)?{N}{_DOT_DM.format(p='a')}\s*(?P<conn>đến|tới|[-–])\s*(?:hết\s+)?"
    rf"(?:ngày\s+)?{_DOT_DM.format(p='b')}{_DOT_END}", FLAGS)  # "Từ ngày 12.5 đến 15.5"
REL_DOTTED = re.compile(
    rf"(?:{POD}\s+(?:nay|qua|mai)|hôm\s+(?:nay|qua)|ngày\s+mai)\s*,?\s*(?:{WD}\s*,?\s*)?(?:ngày\s+)?"
    rf"{N}{_DOT_DM.format(p='')}{_DOT_END}", FLAGS)  # "Sáng nay 20.7", "hôm qua, 19.7"
CUED_DOTTED = re.compile(
    rf"(?<![^\W\d_])(?:đến|tới|trước|sau|từ|hôm|hạn|dịp|hết|vào|lễ|quốc\s+khánh)\s+{N}{_DOT_DM.format(p='')}{_DOT_END}",
    FLAGS)  # "đến 31.12", "dịp 27.7": the cue is not in the span


def _dotted(m: re.Match, p: str, pub: date | None, year: int | None = None) -> tuple[bool, date | None]:
    y = m.group(f"{p}y")
    return resolve_dm(int(m.group(f"{p}d")), int(m.group(f"{p}m")), int(y) if y else year, pub)


# a bracketed range glossing a period named before it ("đầu tháng sáu vừa qua (01.06 - 04.06)")
_PERIOD_BEFORE_BRACKET = re.compile(r"(?<![^\W\d_])(?:tháng|tuần|ngày|dịp|qua)(?![^\W\d_])[^()]{0,30}\(\s*$")


def _range_cued(c: Collector, sent: str, m: re.Match) -> bool:
    """The dotted range at ``m`` is dated by "từ"/"ngày" before it, or stands in brackets right
    after a period it glosses ("đầu tháng sáu vừa qua (01.06 - 04.06)")."""
    if m.group("from") or m.group("ngay"):
        return True
    return sent[m.end():m.end() + 2].lstrip().startswith(")") and \
        _PERIOD_BEFORE_BRACKET.search(sent, max(0, m.start() - 45), m.start()) is not None


def pass_dotted_range(c: Collector, sent: str, pub: date | None) -> None:
    """Two dotted day-months joined by "đến" or a dash after "từ" or "ngày" ("Từ ngày 12.5 đến
    15.5", "từ 12.5 đến hết 15.6.2024"), or in brackets after the period they gloss ("đầu
    tháng sáu vừa qua (01.06 - 04.06)"): one range; the first takes the year of the second."""
    if "." not in sent or not c.has_dm:
        return
    for m in DOTTED_RANGE.finditer(sent):
        if not _range_cued(c, sent, m) or not c.free(m.start(), m.end()) \
                or quantity_after(sent, m.end()):
            continue
        a, b = (int(m.group("am")), int(m.group("ad"))), (int(m.group("bm")), int(m.group("bd")))
        if a > b and (a[0], b[0]) != (12, 1) and not m.group("ay"):
            continue
        ok_b, db = _dotted(m, "b", pub)
        y_a = (db.year - (a > b)) if db and not m.group("ay") else None
        ok_a, da = _dotted(m, "a", pub, y_a)
        if ok_a and ok_b and not (da and db and da > db):
            c.add(m.start(), m.end(), da, db, "range", None)


def pass_dotted_relative(c: Collector, sent: str, pub: date | None) -> None:
    """A relative day with its dotted date, without brackets ("Sáng nay 20.7"): the date."""
    if "." not in sent or not c.has_dm:
        return
    for m in REL_DOTTED.finditer(sent):
        if c.free(m.start(), m.end()):
            ok, dt = _dotted(m, "", pub)
            if ok:
                c.add(m.start(), m.end(), dt, dt, "day", day_part(m))


_BARE_DOTTED = re.compile(rf"(?<![\d.,])(?<![^\W\d_]){_DOT_DM.format(p='')}{_DOT_END}")


def pass_occasion_dotted(c: Collector, sent: str, pub: date | None) -> None:
    """A dotted day-month right after the named day that is the occasion of the news ("Chương
    trình diễn ra nhân dịp ngày quốc tế thiếu nhi 01.06"): that day, as with a slash."""
    if "." not in sent or not c.has_dm or not ("nhân" in sent or "dịp" in sent or "vào" in sent):
        return
    for m in _BARE_DOTTED.finditer(sent):
        a = m.start()
        if not c.free(a, m.end()) or quantity_after(sent, m.end()) or not holiday_occasion(c, a):
            continue
        ok, dt = _dotted(m, "", pub)
        if ok:
            c.add(a, m.end(), dt, dt, "day", None)


def pass_cued_dotted(c: Collector, sent: str, pub: date | None) -> None:
    """A bare dotted day-month after a cue ("đến 31.12", "trước 30.6", "dịp 27.7"), not a count
    or a share ("đến 2.5 triệu", "12.5%")."""
    if "." not in sent or not c.has_dm:
        return
    for m in CUED_DOTTED.finditer(sent):
        a = m.start("d")
        if not c.free(a, m.end()) or quantity_after(sent, m.end()) \
                or re.match(r"\s*(?:đến|tới|lên|[-–])\s*\d", sent[m.end():]):
            continue  # one end of a range of quantities ("từ 12.5 đến 15.5 tạ/ha")
        if m.group(0).startswith("quốc") and not holiday_occasion(c, a):
            continue  # "kỷ niệm … Quốc khánh 2.9": the holiday's own day (see ``filters``)
        ok, dt = _dotted(m, "", pub)
        if ok:
            c.add(a, m.end(), dt, dt, "day", None)
