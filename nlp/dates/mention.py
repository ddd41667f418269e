"""The candidate type of the date passes and its sentence context: ``Collector`` holds one
sentence's spans already taken (a span taken by an earlier pass is not reused by a later one)
and the mentions found, finished as ``DateMention`` in the NFC text's offsets.
"""

from __future__ import annotations

from datetime import date

from baochi.nlp.dates.filters import said_to_recur
from baochi.nlp.model import DateMention
from baochi.nlp.spans import SpanSet, Taken
from baochi.nlp.tokens import TextView


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

    def add(self, a: int, b: int, start: date | None, end: date | None, gran: str,
            pod: str | None) -> None:
        a += self.s_start
        b += self.s_start
        text = self.view.text
        while b > a and text[b - 1].isspace():
            b -= 1
        self.taken.take(a - self.s_start, b - self.s_start)
        if gran in ("day", "month", "range") and said_to_recur(self.view.fold, a, b, text):
            return  # "ngày 15/5 hàng năm", "từ ngày 15/4-15/5 hàng năm": every year's, no date of the text
        self.out.append(
            DateMention(
                surface=text[a:b], start=a, end=b, sentence=self.sentence,
                date_start=start.isoformat() if start else None,
                date_end=end.isoformat() if end else None,
                granularity=gran, part_of_day=pod,
            )
        )
