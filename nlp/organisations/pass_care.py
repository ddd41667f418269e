"""Passes: care bodies the provincial press names in its gift-giving reports — an SOS
children's village ("Làng trẻ SOS", "làng SOS Đà Nẵng") and a province's children's hospital
written bare ("Bệnh viện Nhi" on a provincial page). (A club named by a quoted name is often a
model or a contest's theme, "hội thi Câu lạc bộ “Gia đình hạnh phúc”": not read.)"""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp import places
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.words import skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, alternation

# an SOS children's village, with the province or city it is in when written after it
_SOS = re.compile(r"(?<![^\W_])(?P<head>[Ll]àng\s+(?:[Tt]rẻ\s+(?:[Ee]m\s+)?)?SOS)(?![^\W_])")
# a children's hospital written without a name or place after it ("… tại Bệnh viện Nhi và Làng
# trẻ SOS"); "Bệnh viện Nhi Trung ương", "Bệnh viện Nhi đồng 1", "Bệnh viện Nhi Thanh Hóa" are
# read with their names
_BARE_CHILDRENS = re.compile(r"(?<![^\W_])Bệnh\s+viện\s+Nhi(?![^\W_])"
                             r"(?!\s*(?:[A-ZĐ0-9(–-]|(?:đồng|tỉnh|thành\s+phố|huyện|TW|TƯ)"
                             r"(?![^\W_])))")


@cache
def _province_re() -> re.Pattern:
    return re.compile(r"\s+(?P<p>" + alternation(list(places.province_forms())) + r")"
                      + WORD_BOUNDARY_AFTER)


def _province_after(ctx: Ctx, end: int) -> tuple[int, str] | None:
    """(end, province as written) of a province or city named right after ``end``."""
    m = _province_re().match(ctx.text, end)
    return (m.end(), m.group("p")) if m else None


def pass_care_bodies(ctx: Ctx) -> None:
    """The bodies of the module docstring; a bare village or hospital is the paper's
    province's (nothing on a page of no province)."""
    text, src = ctx.text, ctx.source_province
    if "SOS" in text:
        for m in _SOS.finditer(text):
            head = re.sub(r"\s+", " ", m.group("head"))
            head = head[0].upper() + head[1:].lower().replace("sos", "SOS")
            after = _province_after(ctx, m.end())
            town = ctx.cat.place_re.match(text, m.end() + 1) \
                if after is None and text[m.end():m.end() + 1] == " " else None
            if town is not None:
                # a village named by its town or district ("Làng trẻ em SOS Nha Trang")
                provs = ctx.cat.district_provinces.get(skey(town.group(0)), [])
                province = src if src in provs or not provs else provs[0]
                ctx.add(m.start(), town.end(), f"{head} {town.group(0)}", None, province,
                        "đơn vị", 2, known=False)
            elif after is not None:
                province = places.province_of_form(after[1])
                ctx.add(m.start(), after[0], f"{head} {after[1]}", None, province, "đơn vị", 2,
                        known=False)
            elif src is not None:
                ctx.add(m.start(), m.end(), f"{head} {places_name(src)}", None, src, "đơn vị", 1,
                        known=False)
    if src is not None and "Nhi" in text:
        for m in _BARE_CHILDRENS.finditer(text):
            ctx.add(m.start(), m.end(), f"Bệnh viện Nhi {places_name(src)}", None, src,
                    "đơn vị", 2, known=False)


def places_name(province: str) -> str:
    """How a province is written after a body's own name: "Thanh Hóa", "Đà Nẵng" (a centrally-run
    city without "Thành phố": "Hồ Chí Minh" is written "Thành phố Hồ Chí Minh")."""
    if province.startswith("Thành phố ") and province != "Thành phố Hồ Chí Minh":
        return province.removeprefix("Thành phố ")
    return province
