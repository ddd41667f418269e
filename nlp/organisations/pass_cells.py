"""Pass: grass-roots units listed after one plural head and a colon ("các Chi đoàn các cơ quan:
Sở Thông tin và Truyền thông; Sở Nông nghiệp và Phát triển nông thôn …", "các Công đoàn cơ sở:
Công ty A, Công ty B"): each body listed is that unit of the body, not the body itself (GUIDE:
a unit of a department written with it is one body)."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Ctx

# the plural head of the units, what they belong to, then a colon
_CELLS = re.compile(
    r"(?<![^\W_])[Cc]ác\s+(?P<unit>[Cc]hi\s+đoàn|[Cc]hi\s+bộ|[Cc]hi\s+hội|[Cc]ông\s+đoàn\s+cơ\s+sở|"
    r"CĐCS|[Đđ]oàn\s+cơ\s+sở)(?:\s+(?:của\s+|thuộc\s+)?các\s+(?:cơ\s+quan|đơn\s+vị|sở|ngành|"
    r"doanh\s+nghiệp|trường|công\s+ty))?(?:\s+(?:sau|như))?\s*:\s*")
_UNITS = {"chi đoàn": "Chi đoàn", "chi bộ": "Chi bộ", "chi hội": "Chi hội",
          "công đoàn cơ sở": "Công đoàn cơ sở", "cđcs": "Công đoàn cơ sở",
          "đoàn cơ sở": "Đoàn cơ sở"}
_ITEM_SEP = re.compile(r"\s*[;,]\s*(?:và\s+)?|\s+và\s+")
# a listed body that is a unit of its own ("… và Đoàn cơ sở Viettel tỉnh"): the list of the
# head's units ends there
_OWN_UNIT = re.compile(r"^(?:Chi|Đoàn|Công đoàn|Liên đội|Huyện đoàn|Tỉnh đoàn|Thành đoàn)(?= )")


def pass_cell_lists(ctx: Ctx) -> None:
    """Each body listed after "các <unit> …:" is read as that unit of the body, over the body's
    own reading; the walk stops at the first item that is no body read so far."""
    if ":" not in ctx.text:
        return
    for m in _CELLS.finditer(ctx.text):
        unit = _UNITS[re.sub(r"\s+", " ", m.group("unit")).lower()]
        at = m.end()
        for _ in range(8):
            here = [c for c in ctx.cands if c.start == at]
            if not here:
                break
            c = max(here, key=lambda c: (c.priority, c.end - c.start))
            if _OWN_UNIT.match(c.name):
                break
            ctx.add(c.start, c.end, f"{unit} {c.name}", None, c.province, "đoàn thể",
                    c.priority + 1, known=False)
            sep = _ITEM_SEP.match(ctx.text, c.end)
            if sep is None:
                break
            at = sep.end()
