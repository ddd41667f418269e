"""After the passes: two mentions written side by side as one date become one mention (a
relative day and its date, a date and its lunar gloss).
"""

from __future__ import annotations

import re
from dataclasses import replace

from baochi.nlp.dates.grammar import CAN_CHI, DM_HINT, POD
from baochi.nlp.dates.mention import Collector
from baochi.nlp.model import DateMention

_REL_DAY = re.compile(rf"(?:{POD}\s+(?:nay|qua|mai)|hôm\s+(?:nay|qua|kia)|ngày\s+mai|ngày\s+hôm\s+(?:nay|qua))")
_APPOSED_GAP = re.compile(r"\s*[,–—-]?\s*")  # "Hôm nay, 15/3", "chiều nay 9/7", "Sáng nay - 23/9"
# "(tức ngày 1/12 âm lịch)", "(nhằm ngày mùng 1 tháng Giêng)": a gloss restating the day
_GLOSS_GAP = re.compile(r"\s*(?:,|\()?\s*(?:tức|nhằm)\s+(?:là\s+|vào\s+)?")
# the lunar days glossing several solar days, their first days written in the gap: "(tức ngày 8
# và ", "(tức các ngày 8, "
_RANGE_GLOSS_GAP = re.compile(
    r"\s*(?:,|\()?\s*(?:tức|nhằm)\s+(?:là\s+|vào\s+)?(?:(?:các\s+)?(?:ngày|mùng|mồng)\s+)?"
    r"(?:\d{1,2}\s*(?:,|và|&|đến|-|–)\s*)*")
# a gloss whose lunar day's number stands before the new year read as the date ("(tức ngày 27 Tết
# Kỷ Hợi 2019)": the 27th of the last month before that Tết)
_TET_DAY_GLOSS_GAP = re.compile(
    r"\s*(?:,|\()?\s*(?:tức|nhằm)\s+(?:là\s+|vào\s+)?(?:ngày|mùng|mồng)\s+\d{1,2}\s+")
# a bracket holding only a lunar day ("(mùng 6 Tết Bính Ngọ)", "(mồng 1 tháng Giêng)"): a gloss
# without "tức"
_BRACKET_GAP = re.compile(r"\s*\(\s*")
_LUNAR_DAY_GLOSS = re.compile(r"(?:mùng|mồng)\s+[^\W_]+\s+(?:tết|tháng)(?![^\W\d_])")
_TET_DAY = re.compile(r"(?:(?:mùng|mồng)\s+[^\W_]+\s+)?tết(?![^\W\d_])")  # "mùng 5 Tết Ất Tỵ", "Tết Giáp Thìn"


def _merged(c: Collector, prev: DateMention, cur: DateMention) -> DateMention | None:
    """One mention for two written side by side as one: a relative day and its date ("Hôm nay,
    15/3/2026", "chiều nay 9/7", "Sáng nay, thứ Bảy (20/7)", "Sáng nay - 23/9": the written
    date), and a date with
    its lunar day as a gloss ("Ngày 10/1 (tức ngày 1/12 âm lịch)", "…, tức ngày 15/6 năm Giáp
    Thìn", "Ngày 2/2 (tức mùng 5 Tết Ất Tỵ)": the first). A gloss restates the same day: two
    mentions would count one day twice."""
    fold = c.view.fold
    gap = fold[prev.end:cur.start]
    if prev.granularity == "range" and cur.granularity in ("day", "range") \
            and _RANGE_GLOSS_GAP.fullmatch(gap) and "lịch" in fold[cur.start:cur.end + 8]:
        keep = prev  # "ngày 8 và 9-12 (tức ngày 8 và 9-11 Âm lịch)": the lunar days glossing the range
    elif cur.granularity != "day":
        return None
    elif _REL_DAY.fullmatch(fold, prev.start, prev.end) and _APPOSED_GAP.fullmatch(gap) \
            and any(ch.isdigit() for ch in cur.surface):
        keep = cur
    elif prev.granularity == "day" and _GLOSS_GAP.fullmatch(gap) \
            and (DM_HINT.search(fold, cur.start, cur.end) or _TET_DAY.match(fold, cur.start, cur.end)):
        keep = prev
    elif prev.granularity == "day" and _TET_DAY_GLOSS_GAP.fullmatch(gap) \
            and _TET_DAY.match(fold, cur.start, cur.end):
        keep = prev  # "ngày 01-02 (tức ngày 27 Tết Kỷ Hợi 2019)": the day's number is in the gap
    elif prev.granularity == "day" and _BRACKET_GAP.fullmatch(gap) \
            and _LUNAR_DAY_GLOSS.match(fold, cur.start, cur.end) and fold[cur.end:cur.end + 1] == ")":
        keep = prev  # "ngày 22/2 (mùng 6 Tết Bính Ngọ)": a bracketed lunar day glosses the day
    else:
        return None
    end = cur.end
    if "(" in gap and end < len(fold) and fold[end] == ")":
        end += 1
    return replace(keep, surface=c.view.text[prev.start:end], start=prev.start, end=end,
                   part_of_day=prev.part_of_day or cur.part_of_day)


# a bracket after a day holding its lunar day-month with the lunar year or "âm lịch" after it,
# "tức" or not ("Ngày 27/01/2023 (ngày 06/01 Tết Nguyên đán Quý Mão năm 2023)", "(6/1 âm lịch)"):
# the whole bracket is the gloss, whatever dates the passes read inside it
_LUNAR_BRACKET = re.compile(
    r"\s*\(\s*(?:tức\s+)?(?:(?:ngày|mùng|mồng)\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}\s+"
    rf"(?:tết|âm\s+lịch|(?:năm\s+)?{CAN_CHI})(?![^\W\d_])[^()]{{0,60}}\)")


def _absorb_lunar_brackets(c: Collector, out: list[DateMention]) -> list[DateMention]:
    fold = c.view.fold
    kept: list[DateMention] = []
    end = -1
    for cur in out:
        if cur.start < end:
            continue  # inside the gloss of the day before
        m = _LUNAR_BRACKET.match(fold, cur.end) if cur.granularity == "day" else None
        if m is not None:
            end = m.end()
            cur = replace(cur, surface=c.view.text[cur.start:end], end=end)
        kept.append(cur)
    return kept


def merge_apposed(c: Collector) -> None:
    if len(c.out) < 2:
        return
    out = _absorb_lunar_brackets(c, sorted(c.out, key=lambda d: d.start))
    merged: list[DateMention] = []
    for cur in out:
        joined = _merged(c, merged[-1], cur) if merged else None
        if joined is not None:
            merged[-1] = joined
        else:
            merged.append(cur)
    c.out = merged
