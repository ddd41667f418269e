"""The resolver: calendar arithmetic against the publication date. A day-month, month or
quarter without a year takes the year nearest publication (a reprint's earlier year, see
``years.sentence_year``; the article's year without a publication date, see ``years.year_hint``);
lunar days are converted with ``baochi.nlp.lunar``; relative words ("hôm qua", "tuần trước",
"quý tới") and weekdays are counted from the publication date, null without one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from baochi.nlp import lunar
from baochi.nlp.dates.years import SENTENCE_YEAR, year_hint


def safe_date(y: int, m: int, d: int) -> date | None:
    if not (1800 <= y <= 2100):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def nearest_year(candidates: Callable[[int], tuple[date, date] | None], pub: date):
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


def dm_parts(m: re.Match, p: str) -> tuple[int, int, int | None] | None:
    g = m.groupdict()
    for suffix in ("", "2", "3"):
        if g.get(f"{p}d{suffix}"):
            return int(g[f"{p}d{suffix}"]), int(g[f"{p}m{suffix}"]), int(g[f"{p}y{suffix}"])
    for suffix in ("4", "5", "6"):
        if g.get(f"{p}d{suffix}"):
            return int(g[f"{p}d{suffix}"]), int(g[f"{p}m{suffix}"]), None
    return None


def valid_dm(d: int, m: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31 and safe_date(2000, m, d) is not None


def resolve_dm(d: int, m: int, y: int | None, pub: date | None) -> tuple[bool, date | None]:
    """(valid, resolved date or None when it needs a publication date that is missing)."""
    if not valid_dm(d, m):
        return False, None
    if y is None and pub is None:
        y = year_hint(m)  # the year written elsewhere in the article, if any
    if y is not None:
        dt = safe_date(y, m, d)
        return dt is not None, dt
    if pub is None:
        return True, None
    span = nearest_year(lambda yy: (lambda x: (x, x) if x else None)(safe_date(yy, m, d)), pub)
    earlier = SENTENCE_YEAR.get()  # an earlier year the sentence is about (see sentence_year)
    if span is not None and span[0] > pub and earlier is not None:
        dt = safe_date(earlier, m, d)
        return dt is not None, dt
    return span is not None, span[0] if span else None


def lunar_value(d: int, mon: int, y: int | None, pub: date | None) -> date | None:
    """Solar date of lunar ``d``/``mon`` of lunar year ``y``, else of the one nearest ``pub``."""
    if y is not None:
        return lunar.to_solar(d, mon, y) if 1900 <= y <= 2100 else None
    if pub is None:
        return None
    options = [x for yy in (pub.year - 1, pub.year, pub.year + 1)
               if (x := lunar.to_solar(d, mon, yy)) is not None]
    return min(options, key=lambda x: abs((x - pub).days)) if options else None


def lunar_year(solar: date, month: int) -> int:
    """The lunar year (named by the solar year of its new year) of a solar day in lunar
    ``month``: months 11 and 12 fall after the solar new year of the next year."""
    return solar.year - 1 if month >= 11 and solar.month <= 3 else solar.year


# "Ngày 1/7 tới (đây)", "dịp 2/9 sắp tới": the next such day; "ngày 15/7 vừa qua": the last one
_FUTURE_AFTER = re.compile(r"\s+(?:sắp\s+)?tới(?![^\W\d_])")
_PAST_AFTER = re.compile(r"\s+vừa\s+(?:qua|rồi)(?![^\W\d_])")


def toward(dt: date | None, sent: str, end: int, pub: date | None) -> date | None:
    """A day-month without a year, moved a year on or back when a word after it says it is to
    come ("tới") or past ("vừa qua") and the year nearest publication says otherwise."""
    if dt is None or pub is None:
        return dt
    if dt < pub and _FUTURE_AFTER.match(sent, end):
        return safe_date(dt.year + 1, dt.month, dt.day) or dt
    if dt > pub and _PAST_AFTER.match(sent, end):
        return safe_date(dt.year - 1, dt.month, dt.day) or dt
    return dt


def weekday_date(want: int, qualifier: str | None, pub: date) -> date:
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


def year_of(m: re.Match, pub: date | None, month: int,
            period: Callable[[int], tuple[date, date]]) -> int | None:
    """The year of a period without a full date: written ("/2024", "năm 2024"), relative ("năm
    nay"), else the one nearest publication, else the article's year (None when unknown)."""
    if m.group("y"):
        return int(m.group("y"))
    rel = m.groupdict().get("rel")
    if rel:
        shift = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}[rel]
        return pub.year + shift if pub else (year_hint(month) if rel == "nay" else None)
    if pub is not None:
        span = nearest_year(period, pub)
        return span[0].year if span else None
    return year_hint(month)


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
    return "month", date(y, mon + 1, 1), month_end(y, mon + 1)


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
    return "quarter", date(y, 3 * qi + 1, 1), month_end(y, 3 * qi + 3)


def relative_span(m: re.Match, pub: date | None) -> tuple[str, date | None, date | None]:
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
    # từ đầu năm (YYYY) đến nay: without a publication date only its written start is known
    if pub is None:
        return "range", date(int(g["ytdy"]), 1, 1) if g.get("ytdy") else None, None
    y = int(g["ytdy"]) if g.get("ytdy") else pub.year
    return "range", date(y, 1, 1), pub
