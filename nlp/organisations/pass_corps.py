"""Pass: a corps's own units named with the corps ("Trường Quân sự Quân đoàn 4", "Đoàn TDTT
Quân đoàn 4", "Trung tâm Huấn luyện Quân đoàn 12"): one body, the unit of that corps; a corps
written without its number ("Trường Quân sự Quân đoàn") is the one corps the paragraph numbers."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Ctx

# a unit's head, its name (capitalised words or initials, a lower-case field after "Trung tâm"),
# then the corps, numbered or not
_CORPS_UNIT = re.compile(
    r"(?<![^\W_])(?P<unit>(?:Trường|Trung\s+tâm|Đoàn|Đội|Bệnh\s+viện|Xưởng|Kho)"
    r"(?:\s+(?:[Qq]uân\s+sự|[Hh]uấn\s+luyện|[Tt]hể\s+(?:dục\s+)?thể\s+thao|"
    r"[A-ZĐ][^\s,.;:()“”\"]*)){1,4}?)"
    r"\s+(?P<corps>Quân\s+đoàn|Binh\s+đoàn)(?:\s+(?P<n>\d{1,2}))?(?![^\W_])")
_NUMBERED = re.compile(r"(?<![^\W_])(?P<corps>Quân\s+đoàn|Binh\s+đoàn)\s+(?P<n>\d{1,2})(?![\w])")


def pass_corps_units(ctx: Ctx) -> None:
    """A unit named right before a corps: "<unit> Quân đoàn N" as one body."""
    text = ctx.text
    if "đoàn" not in text or ("Quân đoàn" not in text and "Binh đoàn" not in text):
        return
    numbers = {(re.sub(r"\s+", " ", m.group("corps")), m.group("n"))
               for m in _NUMBERED.finditer(text)}
    for m in _CORPS_UNIT.finditer(text):
        corps = re.sub(r"\s+", " ", m.group("corps"))
        n = m.group("n")
        if n is None:
            own = {num for c, num in numbers if c == corps}
            if len(own) != 1:
                continue
            n = own.pop()
        unit = re.sub(r"\s+", " ", m.group("unit"))
        ctx.add(m.start(), m.end(), f"{unit} {corps} {n}", None, None, "quân đội", 2,
                known=False)
