"""The candidate type of the date passes and its sentence context: ``Collector`` holds one
sentence's spans already taken (a span taken by an earlier pass is not reused by a later one)
and the mentions found, finished as ``DateMention`` in the NFC text's offsets.
"""

from __future__ import annotations

import re
from datetime import date

from baochi.nlp.dates.filters import said_to_recur
from baochi.nlp.model import DateMention
from baochi.nlp.spans import SpanSet, Taken
from baochi.nlp.tokens import TextView

# a vague part of a month written before it: its first, middle or last ten days ("thượng tuần",
# "trung tuần", "hạ tuần"), its start, middle or end ("đầu", "giữa", "cuối")
_PART_OF_MONTH = re.compile(r"(?<![^\W\d_])(?:(?:thượng|trung|hạ)\s+tuần|đầu|giữa|cuối)\s+$")
_PART_OF_YEAR = re.compile(r"(?<![^\W\d_])(?:đầu|giữa|cuối)\s+$")  # "cuối năm 2021", "Đầu năm 2024"
# "đầu" closing another word ("nhận đỡ đầu năm 2022": sponsored in 2022; "dẫn đầu", "bắt đầu tháng 5")
_DAU_COMPOUND = re.compile(r"(?<![^\W\d_])(?:đỡ|dẫn|hàng|đứng|đi|bắt|ban|cầm|mũi|gật|cúi|lên|trên)\s+$")


class Collector:
    """One sentence's candidates: ``free``/``taken`` for the spans passes have read, ``add`` to
    keep a mention (offsets relative to the sentence), ``has_digit``/``has_dm`` for the passes'
    cheap guards, ``pub`` the publication date."""

    def __init__(self, view: TextView, s_start: int, s_end: int, sentence: int,
                 quoted: SpanSet):
        self.view = view
        self.quoted = quoted
        self.s_start = s_start
        self.s_end = s_end
        self.sentence = sentence
        self.taken = Taken()
        self.out: list[DateMention] = []
        self.has_digit = False  # the sentence has a digit
        self.has_dm = False  # … and something like a day-month ("9/10", "ngày 9")
        self.pub: date | None = None

    def free(self, a: int, b: int) -> bool:
        return self.taken.free(a, b)

    def part_lead(self, sent: str, a: int, year: bool = False) -> int:
        """Where a month's mention starts when a vague part of the month is written right before
        it ("trung tuần tháng 7 năm nay", "cuối tháng 11/2017", "Giữa tháng Tám"): the part is in
        the surface, the value stays the whole month (GUIDE); with ``year``, a year's part ("cuối
        năm 2021": the year); else ``a``."""
        m = (_PART_OF_YEAR if year else _PART_OF_MONTH).search(sent, max(0, a - 16), a)
        if m is None or not self.free(m.start(), a) or sent.startswith("đầu", m.start()) \
                and _DAU_COMPOUND.search(sent, max(0, m.start() - 8), m.start()):
            return a
        return m.start()

    def add(self, a: int, b: int, start: date | None, end: date | None, gran: str,
            pod: str | None, lead: int | None = None) -> None:
        """Keep a mention of ``sent[a:b]``; ``lead`` (``part_lead``) starts its surface earlier
        than the period read, which alone decides whether it recurs."""
        a += self.s_start
        b += self.s_start
        text = self.view.text
        while b > a and text[b - 1].isspace():
            b -= 1
        self.taken.take(a - self.s_start if lead is None else lead, b - self.s_start)
        if gran in ("day", "month", "range") and said_to_recur(self.view.fold, a, b, text):
            return  # "ngày 15/5 hàng năm", "từ ngày 15/4-15/5 hàng năm": every year's, no date of the text
        if lead is not None:
            a = lead + self.s_start
        self.out.append(
            DateMention(
                surface=text[a:b], start=a, end=b, sentence=self.sentence,
                date_start=start.isoformat() if start else None,
                date_end=end.isoformat() if end else None,
                granularity=gran, part_of_day=pod,
            )
        )
