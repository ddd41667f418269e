"""Passes over one day: a relative day with its date in brackets ("Sáng nay (10/10)") and a
day-month with its part of day, weekday or "ngày" (a bare one needs a cue: ``filters``).
"""

from __future__ import annotations

import re
from datetime import date

from baochi.nlp.dates.filters import bare_day_month_ok, holiday_gloss
from baochi.nlp.dates.grammar import FLAGS, POD, WD, day_part, dm_pattern
from baochi.nlp.dates.mention import Collector
from baochi.nlp.dates.resolve import dm_parts, resolve_dm, safe_date, toward

PAREN_REL = re.compile(
    rf"(?:{POD}\s+(?P<rel>nay|qua|mai)|hôm\s+(?P<rel2>nay|qua)|ngày\s+mai)\s*\(\s*(?:{WD}\s*,?\s*)?(?:ngày\s+)?"
    rf"(?:{dm_pattern('a')}|(?P<ad6>\d{{1,2}})\.(?P<am6>\d{{1,2}}))\s*\)",
    FLAGS,
)
DAY = re.compile(
    rf"(?:{POD}\s+)?(?:(?P<wd>{WD})\s*(?:,\s*|\s+))?(?P<open>\(\s*)?(?P<ngay>ngày\s+)?{dm_pattern('a')}(?(open)\s*\))",
    FLAGS,
)

# a year written after a day-month with "năm" ("1-12 năm 2023") is the day's own year; not the
# first year of a period ("năm 2023 - 2024") nor a school year ("năm học …")
_YEAR_AFTER = re.compile(r"\s+năm\s+(?P<y>(?:19|20)\d{2})(?!\d|\s*[-–—/]\s*\d)", FLAGS)
# … or bare, the separator dropped ("Sáng 19/5 2021 Tỉnh Đoàn …", a dateline): only before a
# capitalised word, a comma or the end, never a count ("19/5 2021 người") or a period's year
_BARE_YEAR_AFTER = re.compile(r" (?P<y>(?:19|20)\d{2})(?=\s*[,;:]|\s+[^\W\d_]|\s*$)(?!\s*[-–—/]\s*\d)")


def _year_after(sent: str, end: int, written: str) -> re.Match | None:
    """The day's own year written after it (``_YEAR_AFTER``, ``_BARE_YEAR_AFTER``); ``written``:
    the sentence as written (``sent`` is folded), for the capital after a bare year."""
    m = _YEAR_AFTER.match(sent, end)
    if m is not None:
        return m
    m = _BARE_YEAR_AFTER.match(sent, end)
    if m is None:
        return None
    rest = written[m.end():].lstrip()
    return m if not rest or not rest[0].isalpha() or rest[0].isupper() else None


def pass_paren_relative(c: Collector, sent: str, pub: date | None) -> None:
    """3. "Sáng nay (10/10)"."""
    if not c.has_dm or "(" not in sent:
        return
    for m in PAREN_REL.finditer(sent):
        p = dm_parts(m, "a")
        if not p or not c.free(m.start(), m.end()):
            continue
        ok, dt = resolve_dm(*p, pub)
        if ok:
            c.add(m.start(), m.end(), dt, dt, "day", day_part(m))


def pass_day(c: Collector, sent: str, pub: date | None) -> None:
    """5. one day."""
    if not c.has_dm:
        return
    for m in DAY.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        p = dm_parts(m, "a")
        if not p:
            continue
        end = m.end()
        later = _year_after(sent, end, c.view.text[c.s_start:c.s_end]) if p[2] is None else None
        if later is not None and c.free(m.start(), later.end()):
            # "Ngày Thế giới phòng chống AIDS 1-12 năm 2023", "ngày 2-9 năm 1945": one day
            p, end = (p[0], p[1], int(later.group("y"))), later.end()
        has_prefix = bool(m.group("pod") or m.group("wd") or m.group("ngay"))
        if p[2] is None and not has_prefix and not m.group(0).startswith("ngày") \
                and not bare_day_month_ok(c, sent, m):
            continue
        if p[2] is None and holiday_gloss(c, sent, m):
            continue  # "Ngày Thương binh - Liệt sĩ (ngày 27/7)": the holiday's own day
        ok, dt = resolve_dm(*p, pub)
        if ok:
            dt = toward(dt, sent, m.end(), pub) if p[2] is None else dt
            c.add(m.start(), end, dt, dt, "day", day_part(m))


# a day and month run together, the slash between them dropped, before a year ("Ngày 2310/2023"
# for 23/10/2023): read only after "ngày" and only when one split makes a date ("2310" is 23/10,
# never 2/310; "112" could be 1/12 or 11/2 and is left)
_RUN_TOGETHER = re.compile(
    rf"(?:{POD}\s+)?ngày\s+(?P<dm>\d{{3,4}})\s*/\s*(?P<y>(?:19|20)\d{{2}})(?![\d/.\-])", FLAGS)


def _one_split(dm: str, y: int) -> date | None:
    found = set()
    for k in (1, 2):
        d, m = int(dm[:k]), dm[k:]
        if len(m) <= 2 and 1 <= int(m) <= 12 and 1 <= d <= 31:
            try:
                found.add(date(y, int(m), d))
            except ValueError:
                continue
    return found.pop() if len(found) == 1 else None


def pass_run_together_day(c: Collector, sent: str, pub: date | None) -> None:
    """"Ngày 2310/2023": the one day a day and month written without their slash can be."""
    if not c.has_digit or "ngày" not in sent:
        return
    for m in _RUN_TOGETHER.finditer(sent):
        dt = _one_split(m.group("dm"), int(m.group("y")))
        if dt is not None and c.free(m.start(), m.end()):
            c.add(m.start(), m.end(), dt, dt, "day", day_part(m))


# a day written with a two-digit year ("ngày 26/07/20", "sáng 3.5.21"): the same separator twice
# and a cue before it ("ngày", a part of day, a weekday), so that a score, a version or a code is
# not read; the year is this century's, never after the page's year
_TWO_DIGIT_YEAR = re.compile(
    rf"(?:{POD}\s+(?:ngày\s+)?|ngày\s+|{WD}\s*,?\s*(?:ngày\s+)?)"
    r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{2})(?![\d/\-]|[.,]\d)", FLAGS)


def pass_two_digit_year(c: Collector, sent: str, pub: date | None) -> None:
    """"Trong ngày 26/07/20": a day whose year is written with its last two digits."""
    if not c.has_dm:
        return
    for m in _TWO_DIGIT_YEAR.finditer(sent):
        year = 2000 + int(m.group("y"))
        if year > (pub.year + 1 if pub is not None else 2039) or not c.free(m.start(), m.end()):
            continue
        dt = safe_date(year, int(m.group("m")), int(m.group("d")))
        if dt is not None:
            c.add(m.start(), m.end(), dt, dt, "day", day_part(m))
