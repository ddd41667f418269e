"""The Vietnamese lunar calendar, computed (not tabulated): new moons and solar terms after
Jean Meeus, "Astronomical Algorithms", in the form published by Hồ Ngọc Đức for the
Vietnamese calendar (time zone UTC+7, which is why Vietnam's Tết differs from China's in some
years, e.g. 1985 and 2007).

Only what the date rules need: the solar date of the lunar new year (Tết Nguyên đán, day 1 of
month 1) of a given year, and the sexagenary (can chi) name of a year.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from functools import cache

_TZ = 7.0
CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")


def _jd(d: date) -> int:
    return d.toordinal() + 1721425


def _from_jd(jd: int) -> date:
    return date.fromordinal(jd - 1721425)


def _new_moon(k: int) -> float:
    """Julian day (TT) of the k-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 -= 0.4068 * math.sin(mpr * dr) - 0.0161 * math.sin(dr * 2 * mpr)
    c1 -= 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 -= 0.0074 * math.sin(dr * (m - mpr)) - 0.0004 * math.sin(dr * (2 * f + m))
    c1 -= 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        deltat = (0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3
                  - 0.000000081 * t * t3)
    else:
        deltat = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - deltat


def _new_moon_day(k: int) -> int:
    return int(_new_moon(k) + 0.5 + _TZ / 24)


def _sun_longitude_sector(day: int) -> int:
    """Sector (0–11, 30° each) of the sun's longitude at local midnight of Julian day ``day``."""
    jdn = day - 0.5 - _TZ / 24
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    lon -= math.pi * 2 * int(lon / (math.pi * 2))
    if lon < 0:
        lon += 2 * math.pi
    return int(lon / math.pi * 6)


def _month11(year: int) -> int:
    """Julian day of the start of lunar month 11 (the month holding the winter solstice)."""
    off = _jd(date(year, 12, 31)) - 2415021
    k = int(off / 29.530588853)
    nm = _new_moon_day(k)
    if _sun_longitude_sector(nm) >= 9:
        nm = _new_moon_day(k - 1)
    return nm


def _leap_offset(a11: int) -> int:
    k = int((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i = 1
    arc = _sun_longitude_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_longitude_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            break
    return i - 1


@cache
def tet(year: int) -> date:
    """Solar date of the lunar new year that falls in (solar) ``year``."""
    a11 = _month11(year - 1)
    b11 = _month11(year)
    k = int(0.5 + (a11 - 2415021.076998695) / 29.530588853)
    months = 2  # month 11 -> 12 -> 1
    if b11 - a11 > 365:  # a leap month in this lunar year: it counts if it is month 11 or 12
        leap = _leap_offset(a11)
        if leap <= 2:
            months = 3
    return _from_jd(_new_moon_day(k + months))


def can_chi(year: int) -> str:
    return f"{CAN[(year + 6) % 10]} {CHI[(year + 8) % 12]}"


def to_solar(day: int, month: int, year: int, leap: bool = False) -> date | None:
    """Solar date of lunar ``day``/``month`` of the lunar year whose new year falls in solar
    ``year``; None when that day does not exist (a leap month that the year lacks, day 30 of
    a 29-day month)."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    if month < 11:
        a11, b11 = _month11(year - 1), _month11(year)
    else:
        a11, b11 = _month11(year), _month11(year + 1)
    k = int(0.5 + (a11 - 2415021.076998695) / 29.530588853)
    off = month - 11
    if off < 0:
        off += 12
    if b11 - a11 > 365:
        leap_off = _leap_offset(a11)
        leap_month = leap_off - 2
        if leap_month < 0:
            leap_month += 12
        if leap and month != leap_month:
            return None
        if leap or off >= leap_off:
            off += 1
    elif leap:
        return None
    start = _new_moon_day(k + off)
    if day == 30 and _new_moon_day(k + off + 1) - start < 30:
        return None
    return _from_jd(start + day - 1)


def month_span(month: int, year: int) -> tuple[date, date] | None:
    """First and last solar day of the (ordinary) lunar ``month`` of the lunar year whose new
    year falls in solar ``year``: "tháng Giêng" is month 1, "tháng Chạp" month 12. The month
    ends the day before the next one begins (a leap month of the same number, if the year has
    one, is the next)."""
    start = to_solar(1, month, year)
    if start is None:
        return None
    nxt = to_solar(1, month, year, leap=True)
    if nxt is None:
        nxt = to_solar(1, month + 1, year) if month < 12 else tet(year + 1)
    if nxt is None:
        return None
    return start, nxt - timedelta(days=1)
