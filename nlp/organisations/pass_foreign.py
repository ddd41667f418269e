"""Pass: a foreign country's mass organisation named by its head and the country ("Hội Liên
hiệp Phụ nữ Lào", "Hội Liên hiệp Phụ nữ nước Cộng hòa Dân chủ Nhân dân Lào", "Hội Chữ thập đỏ
Trung Quốc"): a body of its own, with no province of Vietnam, named by its head and the country
(the state form "nước CHDCND" left out, so both writings are one body)."""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp import places
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, WORD_BOUNDARY_BEFORE, alternation

# heads of mass organisations every country of the region has, written out
_HEADS = ("Hội Liên hiệp Phụ nữ", "Hội Chữ thập đỏ", "Hội Nông dân", "Hội Cựu chiến binh",
          "Liên đoàn Lao động", "Tổng Liên đoàn Lao động", "Hội Liên hiệp Thanh niên",
          "Đoàn Thanh niên Nhân dân Cách mạng", "Đoàn Thanh niên Cộng sản", "Hội Nhà báo",
          "Liên hiệp Công đoàn",
          # a foreign State's own organs ("Chính phủ Úc", "Quốc hội Lào")
          "Chính phủ", "Quốc hội",
          # its army and ministries ("Quân đội nhân dân Lào", "Bộ Quốc phòng Campuchia"): not ours,
          # whose catalogue names would otherwise take the words before the country
          "Quân đội nhân dân", "Quân đội Hoàng gia", "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao")
# the state form written before the country's name
_STATE = (r"nước\s+(?:Cộng\s+hòa\s+Dân\s+chủ\s+Nhân\s+dân|CHDCND|Cộng\s+hòa\s+Nhân\s+dân|CHND|"
          r"Cộng\s+hòa\s+Xã\s+hội\s+chủ\s+nghĩa|CHXHCN|Cộng\s+hòa|Vương\s+quốc|Liên\s+bang)\s+|"
          r"nước\s+")


@cache
def _foreign_re() -> re.Pattern:
    return re.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<head>" + alternation(list(_HEADS)) + r")\s+(?:" + _STATE
        + r")?(?P<country>" + alternation(list(places.COUNTRIES)) + r")" + WORD_BOUNDARY_AFTER
        # a capitalised word after it makes a place of ours ("Hội Nông dân Lào Cai", "… Anh Sơn")
        + r"(?!\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")


def pass_foreign_bodies(ctx: Ctx) -> None:
    """Mass organisations of a foreign country, read before the catalogue's bodies of the same
    head would take the words for one of ours (they need a level and place, so they are not)."""
    if not any(c in ctx.text for c in places.COUNTRIES):
        return
    for m in _foreign_re().finditer(ctx.text):
        head = re.sub(r"\s+", " ", m.group("head"))
        ctx.add(m.start(), m.end(), f"{head} {m.group('country')}", None, None, "đoàn thể", 3,
                known=False)
