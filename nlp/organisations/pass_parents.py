"""Pass: a centre, office or department named by its field in lower case and placed under its
parent by "thuộc" / "trực thuộc" ("Trung tâm hợp tác hữu nghị, thuộc Liên hiệp các tổ chức hữu
nghị tỉnh", "Văn phòng tư vấn pháp luật trực thuộc Hội Luật gia huyện X"): a body of its own at
its parent's level and place ("Trung tâm hợp tác hữu nghị tỉnh Hải Dương"); the parent stays its
own mention (GUIDE: a unit with a name of its own is not composed with a parent after
"thuộc" and a comma).

Any parent the other passes read serves (a province's, a district's or a commune's body), so
the reading holds for every level; a parent with no level and place gives none. Work only for
texts with "thuộc", proportional to the parents read."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.names import CLAUSE_WORDS, NOT_IN_NAME

# the unit's head, its field in lower case (two to seven words), the link to its parent
_UNIT_THEN_LINK = re.compile(
    r"(?<![^\W_])(?P<unit>(?:Trung\s+tâm|Văn\s+phòng|Phòng|Ban)"
    r"(?P<field>(?:\s+[^\W\d_A-ZĐ][^\W\d_]*){2,7}))"
    r"\s*,?\s+(?:trực\s+)?thuộc\s+$"
)


def pass_thuoc_units(ctx: Ctx) -> None:
    """Units named by their field before "thuộc" and a parent with a level and place."""
    if "thuộc" not in ctx.text:
        return
    for c in list(ctx.cands):
        if c.priority < 2 or not c.level or not c.place or c.start < 12:
            continue
        lo = max(ctx.view.sentence_starts[ctx.view.sentence_of(c.start)], c.start - 90)
        m = _UNIT_THEN_LINK.search(ctx.text, lo, c.start)
        if m is None or NOT_IN_NAME.search(m.group("field")) \
                or CLAUSE_WORDS.search(m.group("field")):
            continue
        unit = re.sub(r"\s+", " ", m.group("unit"))
        where = c.name[len(c.name) - len(c.place) - len(c.level) - 1:] \
            if c.name.endswith(f"{c.level} {c.place}") else f"{c.level} {c.place}"
        ctx.cands.append(Cand(m.start(), m.end("unit"), f"{unit} {where}", None, c.province,
                              "đơn vị", 2, known=False))
