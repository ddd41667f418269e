"""Regular-expression pieces every date pass shares: parts of day, weekdays, day-month(-year)
forms, the can chi of a lunar year, and the cheap sentence tests (a digit, a day-month) that let
a sentence skip the passes it cannot feed. All patterns read the folded text (lower case, one
tone placement, the same length as the NFC text) so offsets stay valid in the NFC text.
"""

from __future__ import annotations

import re

from baochi.nlp import lunar
from baochi.nlp.normalise import tone_normalise

POD = r"(?P<pod>rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm)"
WD = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
N = r"(?<![\d/.,\-])"  # a number starts here (not inside another number)
E = r"(?![\d])"
SEP = r"\s*[/\-–]\s*"


def dmy_pattern(p: str, n: str = N) -> str:
    """Day-month-year; ``n`` guards its start (the second date of a range may follow a bare
    dash: "7/5/1954-7/5/2019")."""
    return (
        rf"(?:{n}(?P<{p}d>\d{{1,2}}){SEP}(?P<{p}m>\d{{1,2}})\s*[/\-.]\s*(?P<{p}y>\d{{4}}){E}"
        rf"|{n}(?P<{p}d2>\d{{1,2}})\.(?P<{p}m2>\d{{1,2}})\.(?P<{p}y2>\d{{4}}){E}"
        rf"|ngày\s+(?P<{p}d3>\d{{1,2}})\s+tháng\s+(?P<{p}m3>\d{{1,2}})\s+năm\s+(?P<{p}y3>\d{{4}}){E})"
    )


def dm_pattern(p: str) -> str:
    """Day-month with an optional year."""
    return (
        rf"(?:{dmy_pattern(p)}"
        rf"|{N}(?P<{p}d4>\d{{1,2}}){SEP}(?P<{p}m4>\d{{1,2}})(?![\d]|\s*[/\-.]\s*\d)"
        rf"|ngày\s+(?P<{p}d5>\d{{1,2}})\s+tháng\s+(?P<{p}m5>\d{{1,2}}){E}(?!\s+năm\s+\d))"
    )


FLAGS = re.UNICODE
YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
         "một": 1, "hai": 2, "ba": 3, "bốn": 4}


def day_part(m: re.Match) -> str | None:
    pod = m.groupdict().get("pod")
    if not pod:
        return None
    return "sáng" if pod.startswith(("rạng", "sáng")) else pod


def fold_word(w: str) -> str:
    return tone_normalise(w).lower()


CAN_CHI_KEYS = [[f"{fold_word(c)} {fold_word(h)}" for h in lunar.CHI] for c in lunar.CAN]
CAN_CHI = (r"(?:" + "|".join(fold_word(c) for c in lunar.CAN) + r")\s+(?:"
           + "|".join(fold_word(h) for h in (*lunar.CHI, "Tị", "Mẹo")) + r")(?![^\W_])")
DIGIT = re.compile(r"\d")
DM_HINT = re.compile(r"\d\s*[/\-–.]\s*\d|ngày\s+\d")
