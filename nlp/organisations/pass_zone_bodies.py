"""Pass: a province's economic zone's board and trade union written without the zone's name
("Công đoàn Khu kinh tế tổ chức …", "Ban quản lý Khu kinh tế tỉnh"): a province has one
economic zone authority and its union, so on a province's paper they are that province's
("Công đoàn Khu kinh tế tỉnh X", "Ban Quản lý Khu kinh tế tỉnh X"). A zone written with its own
name ("Công đoàn Khu kinh tế Đông Nam") or with a place after the level is read by other passes;
on a centrally-run city's paper or a national paper nothing is read. Work only for texts with
"Khu kinh tế"."""

from __future__ import annotations

import re

from baochi.nlp import places
from baochi.nlp.organisations.candidates import Ctx

_BARE_ZONE = re.compile(
    r"(?<![^\W_])(?P<head>(?-i:Công)\s+đoàn|Ban\s+[Qq]uản\s+lý)\s+(?-i:Khu)\s+kinh\s+tế"
    r"(?P<level>\s+tỉnh)?(?![^\W_])", re.IGNORECASE)
# what may follow the bare zone: punctuation, the end, or a lower-case word that is no level or
# place word (a verb: "… Khu kinh tế tổ chức")
_AFTER = re.compile(r"\s*(?:[,;:.!?)]|[-–]\s|$)|\s+(?!(?:tỉnh|thành|huyện|thị|xã|quận|phường|"
                    r"khu|số|cấp)(?![^\W_]))(?-i:[a-zđà-ỹ])", re.IGNORECASE)


def pass_zone_bodies(ctx: Ctx) -> None:
    """The economic zone's board or union written bare: the paper's province's."""
    if "Khu kinh tế" not in ctx.text:
        return
    province = ctx.source_province
    if province is None or province in places.cities() \
            or f"Thành phố {province}" in places.cities():
        return
    for m in _BARE_ZONE.finditer(ctx.text):
        if _AFTER.match(ctx.text, m.end()) is None:
            continue
        head = "Công đoàn" if m.group("head").lower().startswith("công") else "Ban Quản lý"
        kind = "đoàn thể" if head == "Công đoàn" else "đơn vị"
        ctx.add(m.start(), m.end(), f"{head} Khu kinh tế tỉnh {province}", None, province, kind,
                2, known=False)
