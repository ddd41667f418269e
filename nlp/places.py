"""The administrative gazetteer: provinces, districts and communes, before and after 2025.

Current units come from the maintained ``vietnam-provinces`` package (the 34 provinces and the
3,321 communes and wards in force since 2025-07-01). What it lacks is data beside it in
``nlp/catalogues``: ``provinces_2025.csv`` (the 63 earlier provinces, the province each became
part of, and the last day each was valid) and ``districts.csv`` (districts, abolished on
2025-07-01, with the province they belonged to). Names are stored as written (NFC); lookups
use folded keys (``key``).

A province is named as the press writes it: "Thanh Hóa", "Hà Nội", "Huế" (without "Thành
phố"), except "Thành phố Hồ Chí Minh", whose bare "Hồ Chí Minh" is also a person's name.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from baochi.nlp.normalise import key

# written forms of provinces besides their names
_ALIASES = {"Thành phố Hồ Chí Minh": ("TP Hồ Chí Minh", "TP.HCM", "TP. Hồ Chí Minh", "TPHCM",
                                      "thành phố Hồ Chí Minh")}


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    valid_to: date | None  # None: in force
    successor: str  # the province it is (part of) now
    act: str | None


def _csv(name: str) -> list[dict[str, str]]:
    raw = resources.files("baochi.nlp.catalogues").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in raw.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _press_name(name: str) -> str:
    if name == "Thành phố Hồ Chí Minh":
        return name
    return name.removeprefix("Thành phố ")


@cache
def current_provinces() -> tuple[str, ...]:
    """The 34 provinces in force, from vietnam-provinces."""
    from vietnam_provinces import Province as VP

    return tuple(_press_name(p.name) for p in VP.iter_all())


@cache
def cities() -> frozenset[str]:
    """The centrally-run cities (thành phố trực thuộc trung ương), from vietnam-provinces."""
    from vietnam_provinces import Province as VP
    from vietnam_provinces import VietNamDivisionType

    return frozenset(_press_name(p.name) for p in VP.iter_all()
                     if p.division_type is VietNamDivisionType.THANH_PHO_TRUNG_UONG)


@cache
def provinces() -> dict[str, Province]:
    """Every province, current and earlier, by name."""
    out: dict[str, Province] = {}
    for row in _csv("provinces_2025.csv"):
        valid_to = date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
        out[row["old_name"]] = Province(row["old_name"], valid_to, row["successor"],
                                        row["act"] or None)
    for name in current_provinces():
        if name not in out or out[name].valid_to is not None:
            out[name] = Province(name, None, name, out[name].act if name in out else None)
    return out


@cache
def province_forms() -> dict[str, str]:
    """Written form -> province name (names and aliases)."""
    forms = {p: p for p in provinces()}
    for name, aliases in _ALIASES.items():
        for a in aliases:
            forms[a] = name
    return forms


@cache
def _forms_by_key() -> dict[str, str]:
    return {key(form): name for form, name in province_forms().items()}


def province_of_form(written: str) -> str | None:
    """The province a written form names, however its dashes, tones and case are written
    ("Bà Rịa – Vũng Tàu", "Thanh Hoá"); None if it names none."""
    return _forms_by_key().get(key(written))


def successor(name: str, on: date | None = None) -> str:
    """The province ``name`` is (part of) on ``on`` (default: today's units)."""
    p = provinces().get(name)
    if p is None:
        return name
    if on is not None and (p.valid_to is None or on <= p.valid_to):
        return name
    return p.successor


# the district level (huyện, quận, thị xã, provincial thành phố) was abolished on this day
# (Resolution 203/2025/QH15): a district named in the text is a unit of before it
DISTRICTS_VALID_TO = date(2025, 6, 30)


def _legacy_province(full: str) -> str | None:
    """Our name of a province as vietnamadminunits' legacy dataset writes it ("Tỉnh Hà Giang",
    "Thành phố Hồ Chí Minh")."""
    name = full.removeprefix("Tỉnh ")
    if name != "Thành phố Hồ Chí Minh":
        name = name.removeprefix("Thành phố ")
    return province_of_form(name)


@cache
def _package_districts() -> tuple[tuple[str, str], ...]:
    """(district, province) of every district, town and provincial city of the 63 provinces
    before 2025-07-01, from vietnamadminunits' legacy (pre-2025) dataset."""
    raw = resources.files("vietnamadminunits").joinpath("data/parser_legacy.json")
    data = json.loads(raw.read_text(encoding="utf-8"))
    out = []
    for pkey, units in data["DICT_PROVINCE_DISTRICT"].items():
        province = _legacy_province(data["DICT_PROVINCE"][pkey]["province"])
        for unit in units.values():
            name = unit["districtShort"]
            if province is None or len(name) < 3 or name[-1].isdigit():
                continue  # "Quận 1" is read by its number, not as a place name
            out.append((name, province))
    return tuple(out)


@cache
def districts() -> dict[str, tuple[str, ...]]:
    """District name -> the provinces that had a district of that name (before 2025-07-01):
    vietnamadminunits' 696 districts of the 63 provinces, plus the rows of districts.csv."""
    out: dict[str, set[str]] = {}
    for name, province in _package_districts():
        out.setdefault(name, set()).add(province)
    for row in _csv("districts.csv"):
        out.setdefault(row["district"], set()).add(row["province"])
    return {k: tuple(sorted(v)) for k, v in out.items()}


@cache
def communes() -> dict[str, tuple[str, ...]]:
    """Folded commune/ward name (without "xã"/"phường") -> provinces with one of that name, from
    vietnam-provinces (units in force since 2025-07-01)."""
    from vietnam_provinces import Province as VP
    from vietnam_provinces import Ward

    prov = {p.code: _press_name(p.name) for p in VP.iter_all()}
    out: dict[str, set[str]] = {}
    for w in Ward.iter_all():
        bare = w.name
        for head in ("Phường ", "Xã ", "Đặc khu "):
            bare = bare.removeprefix(head)
        out.setdefault(key(bare), set()).add(prov[w.province_code])
    return {k: tuple(sorted(v)) for k, v in out.items()}
