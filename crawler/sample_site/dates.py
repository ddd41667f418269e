"""Date expressions as Vietnamese provincial papers write them.

The generator always picks the real date first and renders it afterwards, so the manifest
holds the resolution a correct NLP date module must find. Expressions without a year are only
produced when the year nearest the publication date is the intended one (checked here).
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from baochi.crawler.sample_site.vocab import ROMAN, WEEKDAYS

PARTS = ("sáng", "trưa", "chiều", "tối", "đêm")
PART_WEIGHTS = (5, 1, 5, 3, 1)


@dataclass(frozen=True)
class DateExpr:
    surface: str
    date_start: date
    date_end: date
    granularity: str
    part_of_day: str | None = None

    def attrs(self) -> dict:
        return {
            "date_start": self.date_start.isoformat(),
            "date_end": self.date_end.isoformat(),
            "granularity": self.granularity,
            "part_of_day": self.part_of_day,
        }


def nearest_year(day: int, month: int, pub: date) -> int:
    """Year that puts day/month nearest to the publication date (the resolution rule)."""
    best: tuple[int, int] | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        distance = abs((candidate - pub).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    assert best is not None
    return best[1]


def nearest_month_year(month: int, pub: date) -> int:
    best = min((pub.year - 1, pub.year, pub.year + 1),
               key=lambda y: abs((y * 12 + month) - (pub.year * 12 + pub.month)))
    return best


def _dm(rng: random.Random, d: date) -> str:
    """day-month without year, in one of the house styles."""
    style = rng.random()
    if style < 0.55:
        return f"{d.day}/{d.month}"
    if style < 0.93:
        return f"{d.day}-{d.month}"
    return f"{d.day}- {d.month}"  # stray space ("Tối 28- 4")


def _dmy(rng: random.Random, d: date) -> str:
    if rng.random() < 0.8:
        return f"{d.day}/{d.month}/{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def day_expr(rng: random.Random, pub: date, d: date, *, with_part: bool,
             parts: tuple[str, ...] | None = None) -> DateExpr:
    """A single day, written without a year when that is unambiguous."""
    if nearest_year(d.day, d.month, pub) != d.year:
        return DateExpr(f"ngày {_dmy(rng, d)}", d, d, "day")
    if with_part:
        part = rng.choice(parts) if parts else rng.choices(PARTS, PART_WEIGHTS)[0]
        if d == pub and rng.random() < 0.35:
            return DateExpr(f"{part} nay ({d.day}/{d.month})", d, d, "day", part)
        if d == pub - timedelta(days=1) and part in ("chiều", "tối") and rng.random() < 0.3:
            return DateExpr(f"{part} qua", d, d, "day", part)
        return DateExpr(f"{part} {_dm(rng, d)}", d, d, "day", part)
    if d == pub - timedelta(days=1) and rng.random() < 0.3:
        return DateExpr("hôm qua", d, d, "day")
    if rng.random() < 0.65:
        return DateExpr(f"ngày {_dm(rng, d)}", d, d, "day")
    return DateExpr(f"ngày {_dmy(rng, d)}", d, d, "day")


def full_day_expr(rng: random.Random, d: date) -> DateExpr:
    if rng.random() < 0.5:
        return DateExpr(f"ngày {d.day} tháng {d.month} năm {d.year}", d, d, "day")
    return DateExpr(f"ngày {_dmy(rng, d)}", d, d, "day")


def month_expr(rng: random.Random, pub: date, offset: int) -> DateExpr:
    index = pub.year * 12 + (pub.month - 1) + offset
    year, month = divmod(index, 12)
    month += 1
    start = date(year, month, 1)
    end = date(year, month, calendar.monthrange(year, month)[1])
    r = rng.random()
    if r < 0.4 and -4 <= offset <= 1 and nearest_month_year(month, pub) == year:
        surface = f"tháng {month}"
    elif r < 0.8:
        surface = f"tháng {month}/{year}"
    else:
        surface = f"tháng {month} năm {year}"
    return DateExpr(surface, start, end, "month")


def quarter_expr(rng: random.Random, year: int, quarter: int) -> DateExpr:
    start = date(year, 3 * quarter - 2, 1)
    end_month = 3 * quarter
    end = date(year, end_month, calendar.monthrange(year, end_month)[1])
    roman = ROMAN[quarter - 1]
    surface = f"quý {roman}/{year}" if rng.random() < 0.6 else f"quý {roman} năm {year}"
    return DateExpr(surface, start, end, "quarter")


def half_expr(rng: random.Random, pub: date, year: int, first: bool) -> DateExpr:
    start = date(year, 1, 1) if first else date(year, 7, 1)
    end = date(year, 6, 30) if first else date(year, 12, 31)
    words = "6 tháng đầu năm" if first else "6 tháng cuối năm"
    if year == pub.year and rng.random() < 0.5:
        return DateExpr(words, start, end, "half")
    return DateExpr(f"{words} {year}", start, end, "half")


def year_expr(rng: random.Random, pub: date, year: int) -> DateExpr:
    if year == pub.year and rng.random() < 0.2:
        return DateExpr("năm nay", date(year, 1, 1), date(year, 12, 31), "year")
    return DateExpr(f"năm {year}", date(year, 1, 1), date(year, 12, 31), "year")


def years_range_expr(rng: random.Random, pub: date) -> DateExpr:
    first = 2021 if pub.year <= 2025 and rng.random() < 0.7 else 2026
    if first == 2026 and rng.random() < 0.5:
        first = 2021
    last = first + 4
    sep = "-" if rng.random() < 0.8 else " - "
    return DateExpr(f"giai đoạn {first}{sep}{last}", date(first, 1, 1), date(last, 12, 31),
                    "range")


def days_range_expr(rng: random.Random, pub: date) -> DateExpr:
    end = pub + timedelta(days=rng.randint(-20, 40))
    start = end - timedelta(days=rng.randint(3, 45))
    lead = "từ ngày" if rng.random() < 0.25 else "từ"
    mid = "đến ngày" if lead == "từ ngày" else "đến"
    surface = f"{lead} {start.day}/{start.month} {mid} {end.day}/{end.month}/{end.year}"
    return DateExpr(surface, start, end, "range")


def visible_time(rng: random.Random, dt: datetime) -> str:
    """The article header time in one of the four formats the site uses."""
    r = rng.random()
    if r < 0.3:
        return f"{WEEKDAYS[dt.weekday()]}, {dt:%d/%m/%Y - %H:%M}"
    if r < 0.55:
        return f"{dt:%d/%m/%Y %H:%M}"
    if r < 0.8:
        return f"{dt:%Y-%m-%d %H:%M:%S}"
    return f"{dt:%d/%m/%Y | %H:%M} GMT+7"
