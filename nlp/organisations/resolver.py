"""The one resolver of every pass: a body, its level and its place make the canonical
name and the province ("Ủy ban nhân dân tỉnh Thanh Hóa"; a party committee's level is in
its name: "Tỉnh ủy Thanh Hóa")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from baochi.nlp import places
from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.placing import Place, city_place
from baochi.nlp.organisations.words import CAPITAL

if TYPE_CHECKING:
    from baochi.nlp.organisations.candidates import Cand


def _committee_canonical(body: Body, place: Place | None, source_province: str | None
                         ) -> tuple[str, str | None] | None:
    if place is not None and place.place:
        where = place.place
        if f"Thành phố {where}" in places.cities():
            where = f"Thành phố {where}"  # "Thành ủy Thành phố Hồ Chí Minh"
        return f"{body.name} {where}", place.province
    if body.committee_level == "tỉnh":
        if source_province:
            return f"{body.name} {source_province}", source_province
        return body.name, None
    if body.committee_level == "thành phố" and source_province in places.cities():
        return f"{body.name} {source_province}", source_province  # "Thành ủy Hà Nội"
    return None


# the kind of a catalogue body that is a foreign administration ("Ủy ban chính quyền" of a Lao
# province or district): its level and place are written like ours, its province is none
FOREIGN = "chính quyền nước ngoài"


def canonical(body: Body, place: Place | None, source_province: str | None
              ) -> tuple[str, str | None] | None:
    """(canonical name, province) or None when the mention names no single body."""
    if body.national:
        return body.name, None
    if body.committee_level:
        return _committee_canonical(body, place, source_province)
    level = place.level if place else None
    where = place.place if place else None
    province = place.province if place else None
    if level is None:
        if not body.default_level:
            return None
        level = body.default_level
        where = source_province if level == "tỉnh" else None
        province = source_province
        if where is None:
            return body.name, None  # "Sở Y tế" with no known province
    if body.kind == FOREIGN and where:
        # a neighbouring country's unit ("UBCQ huyện Sê Pôn"): no province of Vietnam
        return f"{body.name} {level} {where}", None
    names = dict(body.level_names)
    if level in names and where:
        return f"{names[level]} {where}", province
    if where:
        if level in ("tỉnh", "thành phố") and where in places.cities():
            # "Đoàn ĐBQH Hải Phòng": a centrally-run city is no tỉnh; "LĐLĐ TPHCM" is of
            # "thành phố Hồ Chí Minh", its level written once
            level, where = "thành phố", city_place(where)
        return f"{body.name} {level} {where}", province
    return f"{body.name} {level}", province


# the place that ends a body's name: a level word (or a committee named by its level, "Huyện ủy",
# "Tỉnh đoàn") and the unit's name, up to four capitalised syllables ("Krông A Na", "Ia H'Drai")
_LEVEL_IN_NAME = re.compile(r"(?<![^\W_])(?:(?P<province>tỉnh|(?i:Tỉnh)\s+(?:ủy|uỷ|đoàn))|"
                            r"(?P<district>huyện|quận|thị\s+xã|thành\s+phố|"
                            r"(?i:Huyện|Quận|Thị|Thành)\s+(?:ủy|uỷ|đoàn)))\s+")
_SYLLABLE = CAPITAL + r"[^\W\d_]*(?:['’][^\W\d_]+)?"
_UNIT_NAME = re.compile(_SYLLABLE + r"(?: " + _SYLLABLE + r"){0,3}")


def spell_places(chosen: Iterable[Cand]) -> None:
    """The district or province that ends each body's name as the gazetteer spells it, when
    the name was written with marks left out ("Hội Chữ thập đỏ huyện Lăk" -> "… huyện Lắk",
    "Huyện đoàn M'Drak" -> "Huyện đoàn M'Đrắk", "tỉnh Dak Lak" -> "tỉnh Đắk Lắk"), and the
    body's province the unit's when none was read (``places.district_spelling``: one unit of
    that name in the body's province, or in the country)."""
    for c in chosen:
        if c.kind == FOREIGN:
            continue
        levels = list(_LEVEL_IN_NAME.finditer(c.name))
        last = levels[-1] if levels else None
        if last is None or not _UNIT_NAME.fullmatch(c.name, last.end()):
            continue
        written = c.name[last.end():]
        if last.group("province"):
            province = places.province_spelling(written)
            if province is not None and not province.startswith("Thành phố "):
                c.name = c.name[:last.end()] + province
                if c.province is None or c.province == written:
                    c.province = province
            continue
        if last.group("district").startswith("thành") and places.province_spelling(written):
            continue  # a centrally-run city ("thành phố Đà Nẵng"), or one named as its province
        found = places.district_spelling(written, c.province)
        if found is None:
            continue
        c.name = c.name[:last.end()] + found[0]
        if found[1] not in places.covered_provinces(c.province):
            c.province = found[1]
