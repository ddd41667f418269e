"""Pass: a unit of a province's youth volunteer force named by its work in lower case ("Đội xe
tình nguyện TNXP tỉnh", "Đội xe tình nguyện TNXP" after the force's "Đội TNXP tỉnh"): one body
of the province, "Đội <work> Thanh niên xung phong tỉnh X". Its province: the level written
after it, else the one provincial force the paragraph names. Gated on the force's words."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.placing import province_of_level

_FORCE = r"(?:TNXP|Thanh\s+niên\s+xung\s+phong)"
# the unit: "Đội" (or "Tổ"), one to four lower-case words of its work, the force, the level
_UNIT = re.compile(r"(?<![^\W_])(?P<head>Đội|Tổ)\s+(?P<work>(?-i:[a-zđà-ỹ])[^\W\d_]*"
                   r"(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){0,3})\s+" + _FORCE
                   + r"(?P<level>\s+tỉnh)?(?![^\W_])(?!\s+(?:[A-ZĐ]|nhà)(?![^\W_]))")
# the province's force itself, named with its bare level ("Đội TNXP tỉnh", "Lực lượng TNXP tỉnh")
_PROVINCE_FORCE = re.compile(r"(?<![^\W_])(?:Đội|Lực\s+lượng)\s+" + _FORCE + r"\s+tỉnh"
                             r"(?![^\W_])(?!\s+[A-ZĐ])")
_NOT_WORK = re.compile(r"(?<![^\W_])(?:các|của|và|với|cùng|tại|đã|được|là)(?![^\W_])")


def pass_volunteer_units(ctx: Ctx) -> None:
    """The units of the province's youth volunteer force named by their work."""
    if ("TNXP" not in ctx.text and "xung phong" not in ctx.text) or not ctx.source_province:
        return
    named = _PROVINCE_FORCE.search(ctx.text) is not None
    for m in _UNIT.finditer(ctx.text):
        work = re.sub(r"\s+", " ", m.group("work"))
        if _NOT_WORK.search(work) or not (m.group("level") or named):
            continue
        province = province_of_level(ctx.source_province)
        ctx.add(m.start(), m.end(),
                f"{m.group('head')} {work} Thanh niên xung phong tỉnh {province}", None,
                province, "đơn vị", 3, known=False)
