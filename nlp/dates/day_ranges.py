"""Passes over ranges and lists of days: full-date ranges, "từ … đến …" (also to and from
"nay"), days of one month ("9 & 10/9", "Ngày 18 và 19-3", "từ ngày 25 - 27 tháng 02") and two
day-months joined by a dash ("dịp 30/4 - 1/5").
"""

from __future__ import annotations

import re
from datetime import date

from baochi.nlp import lunar
from baochi.nlp.dates.filters import SHARE_AFTER
from baochi.nlp.dates.grammar import (
    FLAGS,
    POD,
    YEAR_IN_TEXT,
    E,
    N,
    day_part,
    dm_pattern,
    dmy_pattern,
)
from baochi.nlp.dates.mention import Collector
from baochi.nlp.dates.resolve import (
    dm_parts,
    lunar_value,
    lunar_year,
    resolve_dm,
    safe_date,
    valid_dm,
)

RANGE_FULL = re.compile(
    # two full dates joined by an odd separator are one range as with a dash: an anniversary's
    # span written "(22/12/1944 * 22/12/2024)" or "1/5/1990 ~ 1/5/2025" (the second date is no
    # day of its own, the first no day of the text)
    # (a slash too: "(26-3-1931/26-3-2017)")
    rf"(?:từ\s+)?(?:ngày\s+)?{dmy_pattern('a')}\s*(?:[-–—*~÷/]|đến|tới)\s*(?:ngày\s+)?{dmy_pattern('b', '')}", FLAGS
)
# the count of an anniversary before its span ("kỷ niệm 86 năm ngày thành lập … (26-3-…")
_COUNT_BEFORE = re.compile(r"(?<![\d/.\-])(?P<n>\d{1,3})\s+năm\s+(?:ngày\s+)?[^\d()]{0,100}\(\s*$", FLAGS)
RANGE_TO = re.compile(
    # a relative day apposed to the first day is one with it ("từ sáng nay 14/10 đến 17/10": the
    # written days, as "Chiều nay 5/6" is the written day)
    rf"(?:(?P<from>từ|kể\s+từ)\s+)?(?:{POD}\s+nay\s*,?\s*(?=(?:ngày\s+)?\d))?(?:ngày\s+)?"
    rf"(?:{dm_pattern('a')}|{N}(?P<ad0>\d{{1,2}}){E})"
    # a day named in brackets after the first day is a gloss inside the range: "từ ngày 8/5
    # (Ngày Chữ thập đỏ …) đến ngày 19/5" (GUIDE, batches 29 and 30)
    rf"(?:\s*\([^()\d]{{1,80}}\)(?=\s*(?:đến|tới)))?"
    rf"\s*(?P<conn>đến|tới|[-–—])\s*(?:hết\s+)?(?:ngày\s+)?{dm_pattern('b')}",
    FLAGS,
)
SINCE = re.compile(
    rf"(?:kể\s+)?từ\s+(?:ngày\s+)?(?:{dm_pattern('a')}|(?P<ad6>\d{{1,2}})\.(?P<am6>\d{{1,2}}))"
    r"\s*,?\s+(?:đến|tới)\s+nay(?![^\W\d_])", FLAGS
)  # "từ ngày 15/8 đến nay", "Từ ngày 1.8 đến nay"
UNTIL_FROM_NOW = re.compile(
    rf"(?<![^\W\d_])từ\s+nay\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?{dm_pattern('b')}", FLAGS
)  # "từ nay đến ngày 31/8/2025": from the publication date
JOINED = re.compile(
    rf"(?:{POD}\s+)?(?:ngày\s+)?{N}(?P<d1>\d{{1,2}})(?P<more>(?:\s*(?:,|&|và|[-–])\s*\d{{1,2}})+)"
    rf"\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}))?{E}",
    FLAGS,
)
WRITTEN_RANGE = re.compile(
    rf"(?:(?P<from>(?:kể\s+)?từ)\s+)?ngày\s+{N}(?P<d1>\d{{1,2}})\s*(?:[-–]|đến|tới|và)\s*(?:ngày\s+)?(?P<d2>\d{{1,2}})"
    r"\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?(?!\d)(?P<lunar>\s*(?:\(\s*)?âm\s+lịch(?:\s*\))?)?", FLAGS)


def pass_written_range(c: Collector, sent: str, pub: date | None) -> None:
    """Days of one month with the month written out ("từ ngày 25 - 27 tháng 02", "ngày 9 và 10
    tháng 7 năm 2024"): one range; with "âm lịch" the lunar days, converted."""
    if "tháng" not in sent or not c.has_dm:
        return
    for m in WRITTEN_RANGE.finditer(sent):
        d1, d2, mon = int(m.group("d1")), int(m.group("d2")), int(m.group("m"))
        if not (d1 < d2 and valid_dm(d1, mon) and valid_dm(d2, mon)) or not c.free(m.start(), m.end()):
            continue
        y = int(m.group("y")) if m.group("y") else None
        if m.group("lunar"):
            a = lunar_value(d1, mon, y, pub)
            b = lunar_value(d2, mon, y, pub) if a is None else lunar.to_solar(d2, mon, lunar_year(a, mon))
            c.add(m.start(), m.end(), a, b, "range", None)
            continue
        ok1, a = resolve_dm(d1, mon, y, pub)
        ok2, b = resolve_dm(d2, mon, a.year if a else y, pub)
        if ok1 and ok2:
            c.add(m.start(), m.end(), a, b, "range", None)


# "từ 17 tháng 3 đến ngày 19 tháng 3 năm 2021", "từ 17 đến 19 tháng 3 năm 2021": days with the
# month written out, the first without "ngày" (after "từ" a number before "tháng N" is a day)
WORDED_FROM = re.compile(
    r"(?<![^\W\d_])từ\s+(?:ngày\s+)?(?P<d1>\d{1,2})(?:\s+tháng\s+(?P<m1>\d{1,2}))?\s+(?:đến|tới)\s+"
    r"(?:hết\s+)?(?:ngày\s+)?(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?(?!\d)", FLAGS)


def pass_worded_from(c: Collector, sent: str, pub: date | None) -> None:
    """"từ 17 tháng 3 đến ngày 19 tháng 3 năm 2021", "từ 17 đến 19 tháng 3 năm 2021": one range,
    the first day in the second's month when its own is not written, in the year before when
    its month comes later in the year."""
    if "từ" not in sent or "tháng" not in sent or not c.has_digit:
        return
    for m in WORDED_FROM.finditer(sent):
        d1, d2, m2 = int(m.group("d1")), int(m.group("d2")), int(m.group("m2"))
        m1 = int(m.group("m1") or m2)
        if not (valid_dm(d1, m1) and valid_dm(d2, m2)) or (m1, d1) == (m2, d2) \
                or not m.group("m1") and d1 > d2 or not c.free(m.start(), m.end()):
            continue
        ok, b = resolve_dm(d2, m2, int(m.group("y")) if m.group("y") else None, pub)
        if not ok:
            continue
        a = safe_date(b.year - ((m1, d1) > (m2, d2)), m1, d1) if b else None
        c.add(m.start(), m.end(), a, b, "range", None)


def pass_full_ranges(c: Collector, sent: str, pub: date | None) -> None:
    """1. ranges of full dates."""
    if not c.has_dm or len(YEAR_IN_TEXT.findall(sent)) < 2:
        return
    for m in RANGE_FULL.finditer(sent):
        a, b = dm_parts(m, "a"), dm_parts(m, "b")
        if not (a and b) or a[2] is None or b[2] is None or not c.free(m.start(), m.end()):
            continue
        da, db = safe_date(a[2], a[1], a[0]), safe_date(b[2], b[1], b[0])
        if da and db and da > db and (pub is None or da.year > pub.year):
            da = _miscounted_start(sent, m.start(), da, db)
        if da and db and da <= db:
            c.add(m.start(), m.end(), da, db, "range", None)


def _miscounted_start(sent: str, pos: int, da: date, db: date) -> date | None:
    """An anniversary's span whose first year is mistyped in its century, after the page's year
    and the span's end ("kỷ niệm 86 năm … (26-3-2031/26-3-2017)"): the count before the bracket
    gives the year, when it differs from the one written only in its first two digits."""
    m = _COUNT_BEFORE.search(sent, max(0, pos - 140), pos)
    if m is None:
        return None
    year = db.year - int(m.group("n"))
    if year % 100 != da.year % 100:
        return None
    return safe_date(year, da.month, da.day)


# an anniversary's bracketed span from the founding day to the year it is kept in ("Ngày thành
# lập Hội … (20.10.1930 – 2015)"): the founding day to the end of that year, as a span of years
# runs to its last year's end (GUIDE: "(20-10-1930 - 20-10-2015)" → a range)
DAY_TO_YEAR = re.compile(
    r"\(\s*(?P<d>\d{1,2})\s*(?P<s>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<y1>\d{4})\s*[-–—]\s*"
    r"(?P<y2>\d{4})\s*\)")


def pass_day_to_year(c: Collector, sent: str, pub: date | None) -> None:
    """1b. "(20.10.1930 – 2015)": from the day to the end of the year, the brackets kept out."""
    if "(" not in sent or not c.has_dm:
        return
    for m in DAY_TO_YEAR.finditer(sent):
        a, b = m.start("d"), m.end("y2")
        da = safe_date(int(m.group("y1")), int(m.group("m")), int(m.group("d")))
        y2 = int(m.group("y2"))
        if da is not None and da.year < y2 <= 2100 and c.free(a, b):
            c.add(a, b, da, date(y2, 12, 31), "range", None)


# from a year to a full date ("từ năm 1947 đến ngày 30-5-1950"): the year's first day to that day
YEAR_TO_DAY = re.compile(
    r"(?<![^\W\d_])(?:kể\s+)?từ\s+(?:năm\s+)?(?P<y1>\d{4})\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?"
    r"(?P<d>\d{1,2})\s*(?P<s>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<y2>\d{4})(?!\d)", FLAGS)


def pass_year_to_day(c: Collector, sent: str, pub: date | None) -> None:
    """1c. "từ năm 1947 đến ngày 30-5-1950": one range from the year's start to the day."""
    if "từ" not in sent or not c.has_dm:
        return
    for m in YEAR_TO_DAY.finditer(sent):
        y1 = int(m.group("y1"))
        db = safe_date(int(m.group("y2")), int(m.group("m")), int(m.group("d")))
        if db is not None and 1900 <= y1 <= db.year and c.free(m.start(), m.end()):
            c.add(m.start(), m.end(), date(y1, 1, 1), db, "range", None)


def pass_since(c: Collector, sent: str, pub: date | None) -> None:
    """2a. "từ ngày 15/8 đến nay": to the publication date."""
    if not c.has_dm or "nay" not in sent:
        return
    for m in SINCE.finditer(sent):
        p = dm_parts(m, "a")
        if not p or not c.free(m.start(), m.end()):
            continue
        ok, da = resolve_dm(*p, pub)
        if ok and (pub is None or da is None or da <= pub):
            c.add(m.start(), m.end(), da, pub, "range", None)


def pass_until_from_now(c: Collector, sent: str, pub: date | None) -> None:
    """2b. "từ nay đến ngày 31/8/2025": from the publication date (null without one)."""
    if not c.has_dm or "từ nay" not in sent.lower():
        return
    for m in UNTIL_FROM_NOW.finditer(sent):
        p = dm_parts(m, "b")
        if not p or not c.free(m.start(), m.end()):
            continue
        ok, db = resolve_dm(*p, pub)
        if ok and (pub is None or db is None or pub <= db):
            c.add(m.start(), m.end(), pub, db, "range", None)


def _range_to_value(m: re.Match, pub: date | None) -> tuple[date | None, date | None] | None:
    b = dm_parts(m, "b")
    if not b:
        return None
    a = dm_parts(m, "a")
    if a is None:
        a = (int(m.group("ad0")), b[1], b[2])
    ok_b, db = resolve_dm(*b, pub)
    if not ok_b:
        return None
    y_a = a[2] if a[2] is not None else (db.year if db else None)
    if y_a is not None and a[2] is None and db is not None and (a[1], a[0]) > (b[1], b[0]):
        y_a -= 1  # "từ 20/12 đến 5/1/2021"
    ok_a, da = resolve_dm(a[0], a[1], y_a, pub) if y_a is not None else resolve_dm(
        a[0], a[1], None, None)
    if not ok_a or (da and db and da > db):
        return None
    return da, db


def pass_range_to(c: Collector, sent: str, pub: date | None) -> None:
    """2. "từ 17/10 đến 18/11/2012", "từ 9 đến 12/3"."""
    if not c.has_dm or not ("đến" in sent or "tới" in sent or "từ" in sent):
        return
    for m in RANGE_TO.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        if m.group("conn") not in ("đến", "tới") and not m.group("from"):
            continue
        if "ngày" not in m.group(0) and SHARE_AFTER.match(sent, m.end()):
            continue  # "từ 1/3 đến 1/2 số hộ": shares
        span = _range_to_value(m, pub)
        if span is not None:
            c.add(m.start(), m.end(), span[0], span[1], "range", None)


def pass_joined_days(c: Collector, sent: str, pub: date | None) -> None:
    """4. several days of one month ("9 & 10/9", "ngày 9, 10/9")."""
    if not c.has_dm or "/" not in sent:
        return
    for m in JOINED.finditer(sent):
        if not c.free(m.start(), m.end()):
            continue
        days = [int(m.group("d1"))] + [int(x) for x in re.findall(r"\d{1,2}", m.group("more"))]
        mon = int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else None
        if any(not valid_dm(d, mon) for d in days) or days != sorted(days):
            continue
        ok1, d1 = resolve_dm(days[0], mon, y, pub)
        ok2, d2 = resolve_dm(days[-1], mon, d1.year if d1 else y, pub)
        if ok1 and ok2:
            c.add(m.start(), m.end(), d1, d2, "range", day_part(m))


# a bracket holding only several days of one month ("Liên hoan kéo dài 2 ngày (18 và 19-11)"),
# also glossing the weekend it names ("cuối tuần qua (16 và 17-11)": one mention, the written days,
# as a relative day and its date are); the bracket itself is the cue a bare "18 và 19-11" lacks
BRACKET_JOINED = re.compile(
    r"(?:(?<![^\W\d_])cuối\s+tuần\s+(?:qua|này|trước|rồi)\s*)?\(\s*(?:ngày\s+)?"
    r"(?P<d1>\d{1,2})(?P<more>(?:\s*(?:,|&|và)\s*\d{1,2})+)\s*(?P<msep>[-./])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=msep)\s*(?P<y>(?:19|20)\d{2}))?\s*\)", FLAGS)


def pass_bracket_joined_days(c: Collector, sent: str, pub: date | None) -> None:
    """Several days of one month alone in a bracket, and the weekend it glosses (``BRACKET_JOINED``)."""
    if not c.has_dm or "(" not in sent:
        return
    for m in BRACKET_JOINED.finditer(sent):
        days = [int(m.group("d1"))] + [int(x) for x in re.findall(r"\d{1,2}", m.group("more"))]
        mon = int(m.group("m"))
        if not c.free(m.start(), m.end()) or days != sorted(set(days)) \
                or any(not valid_dm(d, mon) for d in days):
            continue
        y = int(m.group("y")) if m.group("y") else None
        ok1, d1 = resolve_dm(days[0], mon, y, pub)
        ok2, d2 = resolve_dm(days[-1], mon, d1.year if d1 else y, pub)
        if ok1 and ok2:
            c.add(m.start(), m.end(), d1, d2, "range", None)


JOINED_DASH = re.compile(
    rf"(?:{POD}\s+(?:ngày\s+)?|ngày\s+){N}(?P<d1>\d{{1,2}})(?P<more>(?:\s*(?:,|&|và|(?P<dash>[-–]))\s*\d{{1,2}})+)"
    r"\s*(?P<msep>[-.])\s*(?P<m>\d{1,2})(?:\s*[-.]\s*(?P<y>\d{4}))?(?!\d|[.\-]\d)", FLAGS)  # "Ngày 18 và 19-3"


def pass_joined_dash(c: Collector, sent: str, pub: date | None) -> None:
    """Several days of one month with a dash or dot before the month ("Ngày 18 và 19-3",
    "trong 2 ngày 10 và 11-7", "sáng 9, 10.9", "hai ngày 9 - 10.12.2020"); "ngày" or a part of
    day must lead."""
    if not c.has_dm:
        return
    for m in JOINED_DASH.finditer(sent):
        days = [int(m.group("d1"))] + [int(x) for x in re.findall(r"\d{1,2}", m.group("more"))]
        mon = int(m.group("m"))
        if not c.free(m.start(), m.end()) or days != sorted(set(days)) \
                or any(not valid_dm(d, mon) for d in days) or (m.group("dash") and m.group("msep") != "."):
            continue  # a dash between days only before a dotted month ("9 - 10.12.2020")
        y = int(m.group("y")) if m.group("y") else None
        ok1, d1 = resolve_dm(days[0], mon, y, pub)
        ok2, d2 = resolve_dm(days[-1], mon, d1.year if d1 else y, pub)
        if ok1 and ok2:
            c.add(m.start(), m.end(), d1, d2, "range", day_part(m))


DM_DASH_RANGE = re.compile(
    rf"(?:(?P<from>từ)\s+)?(?:ngày\s+)?{N}(?P<ad>\d{{1,2}})/(?P<am>\d{{1,2}})\s*[-–]\s*(?P<bd>\d{{1,2}})/(?P<bm>\d{{1,2}})"
    r"(?:/(?P<by>\d{4}))?(?!\d|/\d)", FLAGS)


def pass_dm_dash_range(c: Collector, sent: str, pub: date | None) -> None:
    """Two day-months joined by a dash after "từ", "ngày" or a holiday's "dịp" ("dịp 30/4 -
    1/5", "từ 28/12 - 2/1/2025"): one range; the first takes the year of the second."""
    if not c.has_dm or "/" not in sent:
        return
    for m in DM_DASH_RANGE.finditer(sent):
        cue = m.group("from") or m.group(0).startswith("ngày") or re.search(
            r"(?:dịp|lễ)\s+$", sent[max(0, m.start() - 8):m.start()])
        if not cue or not c.free(m.start(), m.end()):
            continue
        ad, am, bd, bm = (int(m.group(k)) for k in ("ad", "am", "bd", "bm"))
        if not (valid_dm(ad, am) and valid_dm(bd, bm)) or ((am, ad) > (bm, bd) and (am, bm) != (12, 1)):
            continue  # only a December-January range runs over the new year ("1/3 - 1/2" is a share)
        ok_b, db = resolve_dm(bd, bm, int(m.group("by")) if m.group("by") else None, pub)
        y_a = (db.year - ((am, ad) > (bm, bd))) if db else None
        ok_a, da = resolve_dm(ad, am, y_a, pub) if y_a else (True, None)
        if ok_a and ok_b and not (da and db and da > db):
            c.add(m.start(), m.end(), da, db, "range", None)
