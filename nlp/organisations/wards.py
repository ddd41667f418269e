"""Numbered wards named with their district (GUIDE: every urban district of a city numbers its
wards from 1, so "phường 10" alone names no one ward).

A body whose name ends with a numbered ward ("Ủy ban nhân dân phường 10") takes the district
the paragraph names for it: the one written right after it ("Phường 10, Quận 3", "phường 5
(quận 8)"), else the one district the paragraph names at all ("tại UBND phường 10, Hội LHTN
quận Phú Nhuận …"), else the one the page address names (the portal "quan4.hochiminhcity…",
a site named after its district, "mttqquan5", "quandoantanbinh"). With none or several, the
name stays "phường N". A district written without its space ("thị xã SaĐéc") is read split
at its inner capital; a town that became a city keeps the level the text writes. Work only for
the few texts whose bodies end with a numbered ward.
"""

from __future__ import annotations

import re

from baochi.nlp import places
from baochi.nlp.organisations.candidates import Cand

# a body's name ending with a numbered ward
_WARD_END = re.compile(r"(?i)(?<![^\W_])phường \d{1,2}$")

# a district written in the text: a numbered urban district ("Quận 5", "Q.5"), or a level word
# and a capitalised name ("quận Phú Nhuận", "thành phố Đà Lạt", "TP. Vũng Tàu", "thị xã Gò Công")
_DISTRICT = re.compile(
    r"(?<![^\W_])(?:(?:[Qq]uận|Q\.)\s*(?P<n>\d{1,2})(?![\d/.,]\d)(?!\w)|"
    r"(?P<level>[Qq]uận|[Tt]hành\s+phố|TP\.?|[Tt]hị\s+xã|TX\.?)\s*"
    r"(?P<name>[A-ZĐÂĂÊÔƠƯ][^\W\d_]*(?:\s+[A-ZĐÂĂÊÔƠƯ][^\W\d_]*){0,3}))")
_TOWN_OR_CITY = {"thị xã", "thành phố"}
_GLUED = re.compile(r"(?<=[a-zđà-ỹ])(?=[A-ZĐÂĂÊÔƠƯ])")
_GAP = re.compile(r"[\s,(–-]{0,4}")
_LEVELS = {"quận": "quận", "thành phố": "thành phố", "tp": "thành phố", "tp.": "thành phố",
           "thị xã": "thị xã", "tx": "thị xã", "tx.": "thị xã"}
_DISTRICT_LEVELS = frozenset(_LEVELS.values())
# a site named after a numbered urban district ("mttqquan5", "quan4" of the city's portal)
_HOST_DISTRICT = re.compile(r"quan(?P<n>\d{1,2})$")


def _district(m: re.Match, province: str | None) -> str | None:
    """The district a ``_DISTRICT`` match names, as a name ends with it ("Quận 5", "quận Phú
    Nhuận"), when the province's gazetteer holds it at that level; None otherwise."""
    if m.group("n"):
        return f"Quận {int(m.group('n'))}"
    if province is None or province not in places.provinces():
        return None
    level = _LEVELS[re.sub(r"\s+", " ", m.group("level")).lower()]
    districts, _communes = places._address_index(province)
    # a name written without its space ("thị xã SaĐéc"): its syllables split at the capital
    words = _GLUED.sub(" ", m.group("name")).split()
    for k in range(len(words), 0, -1):
        unit = districts.get(places._folded(" ".join(words[:k])))
        if unit is not None and (unit[0] == level or {unit[0], level} == _TOWN_OR_CITY):
            # a town that became a city is named at the level the text writes ("thị xã A" in
            # a page of before its upgrade)
            return f"{level} {unit[1]}"
    return None


def _from_address(address: str | None, province: str | None) -> str | None:
    if not address:
        return None
    units = [(level, name) for level, name in places.address_units(address, province)
             if level in _DISTRICT_LEVELS]
    if len(units) == 1:
        level, name = units[0]
        return name if name.startswith("Quận ") else f"{level} {name}"
    host = _HOST_DISTRICT.search(places.host_stem(address))
    return f"Quận {int(host.group('n'))}" if host else None


def name_numbered_wards(text: str, chosen: list[Cand], province: str | None,
                        address: str | None) -> None:
    """Give each body named after a numbered ward the district the paragraph or the page
    names (module docstring)."""
    wards = [c for c in chosen if _WARD_END.search(c.name)]
    if not wards:
        return
    named = [(m.start(), m.end(), d) for m in _DISTRICT.finditer(text)
             if (d := _district(m, province)) is not None]
    only = {d for _s, _e, d in named}
    page: list[str | None] = []
    for c in wards:
        gap = _GAP.match(text, c.end)
        after = next((d for s, _e, d in named if gap is not None and s == gap.end()), None)
        district = after or (next(iter(only)) if len(only) == 1 else None)
        if district is None:
            if not page:
                page.append(_from_address(address, province))
            district = page[0]
        if district is not None:
            c.name = f"{c.name} {district}"
