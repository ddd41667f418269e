"""Passes that take page metadata out of the text before any date pass reads it: a time
stamp opening the paragraph and a byline stamp with its time zone.
"""

from __future__ import annotations

import re
from datetime import date

from baochi.nlp.dates.grammar import FLAGS, WD
from baochi.nlp.dates.mention import Collector

_STAMP_GAP = r"(?:\s+|\s*[-–|,]\s*)"  # "10:24 06/08/2022", "26/08/2015 - 18:11", "08:11 | 06/08/2022"
_CLOCK = r"\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?(?![^\W\d_]))?"  # "10:24", "05:37 PM"
_STAMP = re.compile(rf"\s*(?:{_CLOCK}{_STAMP_GAP}\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}{_STAMP_GAP}{_CLOCK})"
                    r"(?=\s)")


# a page's date stamp glued to the lead's first word, opening the paragraph ("23/04/2021Sáng
# 22/04, …": the stamp and the text run together where the page's line break was lost)
_GLUED_STAMP = re.compile(r"\s*\d{1,2}/\d{1,2}/\d{4}(?=[^\W\d_])")


# a listing page's stamp between a teaser's headline and its lead ("… Quỹ Xã hội công đoàn
# 22/08/2020 05:19 Từ đầu năm …"): a full date and a bare clock time, then a capital
_INNER_STAMP = re.compile(r"(?<![\w/.\-])\d{1,2}/\d{1,2}/\d{4}[ \t]+\d{1,2}:\d{2}(?=[ \t]+[^\W\d_])")


# a headline merged with its stamp and dateline ("… Ngày hội Đại đoàn kết 09:21 19/06/2023
# (Mặt trận) -Chiều 16/6, …"): a clock time and a full date, then the outlet's bracketed tag
# or a capital
_TIME_DATE_STAMP = re.compile(
    r"(?<![\w/.\-:])\d{1,2}:\d{2}[ \t]+\d{1,2}/\d{1,2}/\d{4}(?=[ \t]+(?:\([^()\d]{1,30}\)|[^\W\d_]))")
# a headline closing with its page's stamp ("VOV mang tết sớm … tỉnh Quảng Nam 05/01/2025
# 18:19"): a full date and a clock time ending the paragraph
_CLOSING_STAMP = re.compile(r"(?<![\w/.\-])(?<!ngày\s)\d{1,2}/\d{1,2}/\d{4}[ \t]+\d{1,2}:\d{2}\s*$")
# a headline merged with its stamp, the date glued to the headline's last word or standing
# alone ("… có hoàn cảnh khó khăn15/10/2023 - 12:24:00 Nhân kỷ niệm …"): a full date, a dash and
# a clock time with its seconds — the page's stamp whatever stands before it
_DASHED_STAMP = re.compile(r"(?<![\d/.\-])\d{1,2}/\d{1,2}/\d{4}\s*[-–|]\s*\d{1,2}:\d{2}:\d{2}(?![\d:])")
# a page's update stamp ("Ngày cập nhật 26/11/2021", "Cập nhật lúc: 08:15 26/11/2021"): metadata
_UPDATE_STAMP = re.compile(
    r"(?<![^\W\d_])(?:ngày\s+)?cập\s+nhật(?:\s+(?:lúc|ngày))?\s*:?\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*)?\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}(?:\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?)?",
    FLAGS)


def stamp_date(text: str) -> date | None:
    """The date of the page's own time stamp written in the text (opening it, "10:24 06/08/2022
    Tối 5-8, …", or between a listing teaser's headline and lead, "… 22/08/2020 05:19 Từ đầu năm
    …"): the publication date of an article whose page gives none. One date only; two
    different stamps (several teasers) give none."""
    found = set()
    m = _STAMP.match(text) or _GLUED_STAMP.match(text)
    if m is not None:
        found.add(_stamp_day(m.group(0)))
    for m in _INNER_STAMP.finditer(text):
        rest = text[m.end():].lstrip(" \t")
        if rest[:1].isupper():
            found.add(_stamp_day(m.group(0)))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_STAMP_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _stamp_day(stamp: str) -> date | None:
    m = _STAMP_DAY.search(stamp)
    if m is None:
        return None
    d, mo, y = (int(x) for x in m.groups())
    try:
        return date(y, mo, d) if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def pass_stamp(c: Collector, sent: str, pub: date | None) -> None:
    """0. a page's time stamp opening the paragraph ("10:24 06/08/2022 Tối 5-8, …", a date glued
    to the lead's first word, "23/04/2021Sáng 22/04, …") or
    standing between a teaser's headline and its lead ("… 22/08/2020 05:19 Từ đầu năm …",
    "… 09:21 19/06/2023 (Mặt trận) -Chiều 16/6") or closing a headline ("… Quảng Nam 05/01/2025
    18:19") or merged into it with a dash and seconds ("… khó khăn15/10/2023 - 12:24:00"), and an update stamp ("Ngày cập nhật
    26/11/2021") are page metadata, not dates of the text: their spans are taken without a
    mention."""
    if not c.has_dm:
        return
    m = (_STAMP.match(sent) or _GLUED_STAMP.match(sent)) if c.s_start == 0 else None
    if m is not None:
        c.taken.take(m.start(), m.end())
    for m in _UPDATE_STAMP.finditer(sent):
        if c.free(m.start(), m.end()):
            c.taken.take(m.start(), m.end())
    if ":" not in sent:
        return
    closing = _CLOSING_STAMP.search(sent) if c.s_end >= len(c.view.text.rstrip()) else None
    if closing is not None and c.free(closing.start(), closing.end()):
        c.taken.take(closing.start(), closing.end())
    _take_inner_stamps(c, sent)
    for m in _INNER_STAMP.finditer(sent):
        after = c.s_start + m.end() + 1
        while after < len(c.view.text) and c.view.text[after] in " \t":
            after += 1
        if after < len(c.view.text) and c.view.text[after].isupper() and c.free(m.start(), m.end()):
            c.taken.take(m.start(), m.end())


def _take_inner_stamps(c: Collector, sent: str) -> None:
    """A stamp merged into a headline with a dash and seconds, and a clock time with a full date
    inside the paragraph: their spans are taken without a mention."""
    for m in _DASHED_STAMP.finditer(sent):
        if c.free(m.start(), m.end()):
            c.taken.take(m.start(), m.end())
    for m in _TIME_DATE_STAMP.finditer(sent):
        if c.s_start + m.start() > 0 and c.free(m.start(), m.end()):
            c.taken.take(m.start(), m.end())


# a page's byline stamp with its time zone ("Thứ Tư, 08/04/2015, 08:11 [GMT+7]", "04:30 GMT+7,
# Thứ Ba, 27/9/2022"), wherever it stands: metadata, not a date of the text
_GMT_STAMP = re.compile(
    rf"(?:{WD}\s*,\s*)?(?:ngày\s+)?\d{{1,2}}[/\-.]\d{{1,2}}[/\-.]\d{{4}}\s*,?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*\[?\s*gmt\s*\+\s*7\s*\]?"
    rf"|\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*\[?\s*gmt\s*\+\s*7\s*\]?\s*,?\s*(?:{WD}\s*,\s*)?(?:ngày\s+)?\d{{1,2}}[/\-.]\d{{1,2}}[/\-.]\d{{4}}",
    FLAGS)


def pass_gmt_stamp(c: Collector, sent: str, pub: date | None) -> None:
    """0. a byline stamp with "GMT+7" is taken without a mention (see ``_GMT_STAMP``)."""
    if "gmt" not in sent or not c.has_dm:
        return
    for m in _GMT_STAMP.finditer(sent):
        c.taken.take(m.start(), m.end())
