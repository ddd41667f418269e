"""Pass: a national outlet's or body's resident bureau in a province ("cơ quan thường trú Báo
Nhân dân tại Tuyên Quang", "Phân xã Thông tấn xã Việt Nam thường trú tại Tuyên Quang", "Văn phòng
đại diện Báo Tuổi Trẻ tại Đà Nẵng", "Cơ quan Thường trực Ban Dân vận Trung ương tại TP Hồ Chí
Minh"): one body — the bureau's head, its parent's canonical name, "tại" and the province — as
provincial papers name the bureaus at their press meetings and awards; the parent inside it is
no mention of its own (GUIDE: a unit written with its parent is one body).

Work only for texts with "tại" and a bureau's head, proportional to the candidates."""

from __future__ import annotations

import re

from baochi.nlp import places
from baochi.nlp.organisations.candidates import Cand, Ctx

# the bureau's head, right before its parent
_HEAD = re.compile(r"(?<![^\W_])(?P<head>(?i:cơ\s+quan\s+(?:thường\s+trú|thường\s+trực|đại\s+diện)|"
                   r"văn\s+phòng\s+(?:thường\s+trú|đại\s+diện)|phân\s+xã))\s+$")
# after the parent: "(thường trú) tại" and a province, with or without its level
_TAIL = re.compile(r"(?P<resident>\s+thường\s+trú)?\s+tại\s+(?P<level>(?:tỉnh|thành\s+phố)\s+)?"
                   r"(?P<place>(?:TP\.?\s*)?[A-ZĐ][^\W\d_]*(?:(?:\s+|\s*-\s*)[A-ZĐ][^\W\d_]*){0,3})")


def _province(start: int, written: str) -> tuple[str, int] | None:
    """The province a run of capitalised words at ``start`` opens with, longest first, and
    where its name ends."""
    words = list(re.finditer(r"[^\W\d_]+", written))
    for n in range(len(words), 0, -1):
        if (found := places.province_spelling(written[:words[n - 1].end()])) is not None:
            return found, start + words[n - 1].end()
    return None


def pass_bureaus(ctx: Ctx) -> None:
    """A resident bureau of a national outlet or body in a province: one body."""
    text = ctx.text
    if " tại " not in text or not any(h in ctx.tn for h in ("thường trú", "thường trực", "đại diện", "phân xã")):
        return
    for c in list(ctx.cands):
        if c.priority < 1 or c.start < 8:
            continue
        head = _HEAD.search(text, max(0, c.start - 30), c.start)
        tail = _TAIL.match(text, c.end)
        if head is None or tail is None:
            continue
        found = _province(tail.start("place"), tail.group("place"))
        if found is None:
            continue
        province, end = found
        written = re.sub(r"\s+", " ", head.group("head"))
        name = f"{written[0].upper()}{written[1:]} {c.name}"
        name += f"{' thường trú' if tail.group('resident') else ''} tại {province}"
        ctx.cands.append(Cand(head.start(), end, name, None, province, c.kind, c.priority + 1,
                              known=c.known))


# "Cơ quan" written with a capital right before a body of a level and place: that body's agency,
# its staff and offices ("Cơ quan Ủy ban MTTQ Việt Nam tỉnh triển khai nhiệm vụ năm 2026"), one
# body; in lower case it is any agency ("các cơ quan, đơn vị"), and a body named on its own
_AGENCY = re.compile(r"(?<![^\W_])Cơ\s+quan\s+$")


def pass_body_agencies(ctx: Ctx) -> None:
    """A body's agency written "Cơ quan" and the body: one body named so."""
    if "Cơ quan" not in ctx.text:
        return
    for c in list(ctx.cands):
        if c.priority < 2 or not c.level or not c.place or c.start < 7 or c.name.startswith("Cơ quan"):
            continue
        head = _AGENCY.search(ctx.text, c.start - 12, c.start)
        if head is not None:
            ctx.cands.append(Cand(head.start(), c.end, f"Cơ quan {c.name}", c.acronym, c.province,
                                  c.kind, c.priority + 1, known=c.known))
