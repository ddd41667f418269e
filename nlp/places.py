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
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from baochi.nlp.normalise import key, nfc, reading_form

# written forms of provinces besides their names
_ALIASES = {"Thành phố Hồ Chí Minh": ("TP Hồ Chí Minh", "TP.HCM", "TP. Hồ Chí Minh", "TPHCM",
                                      "thành phố Hồ Chí Minh", "TP HCM", "TP. HCM", "HCM")}


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    valid_to: date | None  # None: in force
    successor: str  # the province it is (part of) now
    act: str | None


# foreign countries the provincial press names most (neighbours, partners of friendship and
# cooperation): their mass organisations and parties are bodies of their own ("Hội Liên hiệp
# Phụ nữ Lào"); the official state form before a name ("nước Cộng hòa Dân chủ Nhân dân Lào")
# is read by baochi.nlp.organisations.pass_foreign
COUNTRIES = ("Lào", "Campuchia", "Trung Quốc", "Thái Lan", "Cuba", "Cu Ba", "Nga", "Hàn Quốc",
             "Nhật Bản", "Triều Tiên", "Mông Cổ", "Myanmar", "Singapore", "Indonesia",
             "Malaysia", "Philippines", "Ấn Độ", "Hoa Kỳ", "Mỹ", "Pháp", "Đức", "Anh", "Úc",
             "Ba Lan", "Séc", "Hungary", "Bulgaria", "Belarus", "Venezuela")


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


# the press's spellings of names the packages write otherwise: the old and new spellings of
# Central Highlands syllables ("Đăk Lăk", "Đắc Lắc", "Dak"), apostrophes typed either way or
# dropped ("Cư M'gar", "Cư M’gar", "Cư Mgar"), dashes with or without spaces
_SPELLINGS = (("Đắk", ("Đăk", "Đắc", "Dak", "Đak")), ("Lắk", ("Lăk", "Lắc")), ("'", ("’", "")),
              (" - ", ("-", " – ", "–")))
# short forms of provinces in headlines and captions: initials and the last name, joined by a
# dash, a space or the initials' dots ("tỉnh TT Huế", "T.T.Huế")
_SHORT_FORMS = {"Thừa Thiên Huế": ("Thừa Thiên - Huế", "TT-Huế", "TT - Huế", "TT Huế", "T.T.Huế",
                                   "T.T. Huế"),
                "Bà Rịa - Vũng Tàu": ("BR-VT", "BRVT"), "Kon Tum": ("KonTum",)}


def spellings(name: str) -> set[str]:
    """``name`` and the press's other spellings of it (``_SPELLINGS``)."""
    forms = {name}
    for written, others in _SPELLINGS:
        for form in list(forms):
            if written in form:
                forms.update(form.replace(written, o) for o in others)
    return forms


@cache
def province_forms() -> dict[str, str]:
    """Written form -> province name (names, their press spellings and aliases)."""
    forms: dict[str, str] = {}
    for p in provinces():
        for form in spellings(p):
            forms.setdefault(form, p)
    for name, aliases in (*_ALIASES.items(), *_SHORT_FORMS.items()):
        for a in aliases:
            forms[a] = name
    return forms


@cache
def _forms_by_key() -> dict[str, str]:
    return {key(form): name for form, name in province_forms().items()}


def _syllables(text: str) -> str:
    """The syllables of ``key(text)``, one space between: "TT.Huế", "T.T. Huế" and "TT - Huế" are
    "tt huế" or "t t huế" whatever marks stand between them."""
    return " ".join(re.findall(r"[^\W_]+", key(text)))


@cache
def _forms_by_syllables() -> dict[str, str]:
    return {_syllables(form): name for form, name in province_forms().items()}


def province_of_form(written: str) -> str | None:
    """The province a written form names, however its dashes, dots, tones and case are written
    ("Bà Rịa – Vũng Tàu", "Thanh Hoá", "TT.Huế"); None if it names none."""
    return _forms_by_key().get(key(written)) or _forms_by_syllables().get(_syllables(written))


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
def _legacy() -> dict:
    """vietnamadminunits' legacy (pre-2025) dataset: provinces, districts and their communes."""
    raw = resources.files("vietnamadminunits").joinpath("data/parser_legacy.json")
    return json.loads(raw.read_text(encoding="utf-8"))


# districts the package misspells, by their official names (the maintained vietnam-provinces
# names the commune that took the name so, and the press and the labels write it so: real-2138)
_PACKAGE_MISSPELLINGS = {"Mù Căng Chải": "Mù Cang Chải"}


def _district_short(unit: dict) -> str:
    """A legacy district's name without the level the package adds to tell two units of one name
    apart ("Long Mỹ (Huyện)", "Long Mỹ (Thị xã)": the level is the unit's ``districtType``)."""
    name = re.sub(r"\s*\((?:Huyện|Thị xã|Thành phố|Quận)\)$", "", unit["districtShort"])
    return _PACKAGE_MISSPELLINGS.get(name, name)


@cache
def _package_districts() -> tuple[tuple[str, str], ...]:
    """(district, province) of every district, town and provincial city of the 63 provinces
    before 2025-07-01, from vietnamadminunits' legacy (pre-2025) dataset."""
    data = _legacy()
    out = []
    for pkey, units in data["DICT_PROVINCE_DISTRICT"].items():
        province = _legacy_province(data["DICT_PROVINCE"][pkey]["province"])
        for unit in units.values():
            name = _district_short(unit)
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
        for form in spellings(name):
            out.setdefault(form, set()).add(province)
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


@cache
def district_levels() -> dict[tuple[str, str], str]:
    """(district, province) -> the level word the district is written with ("huyện", "thị
    xã", "thành phố", "quận"), from vietnamadminunits' legacy dataset: "Hội Chữ thập đỏ Tiên
    Phước" is the body of "huyện Tiên Phước", "UBND Hương Trà" that of "thị xã Hương Trà"."""
    data = _legacy()
    out: dict[tuple[str, str], str] = {}
    for pkey, units in data["DICT_PROVINCE_DISTRICT"].items():
        province = _legacy_province(data["DICT_PROVINCE"][pkey]["province"])
        for unit in units.values():
            if province is not None:
                out.setdefault((_district_short(unit), province), unit["districtType"].lower())
    for row in _csv("districts.csv"):
        # a unit the package no longer holds (merged before its dataset): "thị xã Cửa Lò"
        if row.get("level") and (row["district"], row["province"]) not in out:
            out[(row["district"], row["province"])] = row["level"]
    return out


def district_level(name: str, province: str | None) -> str:
    """The level word of district ``name`` of ``province`` (or of a province merged into it);
    "huyện" when the package does not say."""
    levels = district_levels()
    for prov in covered_provinces(province):
        if (name, prov) in levels:
            return levels[(name, prov)]
    return "huyện"


@cache
def covered_provinces(province: str | None) -> tuple[str, ...]:
    """``province`` and the provinces merged with it (2025): a paper of Tây Ninh writing
    after the merger names districts of the former Long An too, and a paper still named
    after Thừa Thiên Huế the districts the package files under Huế."""
    if province is None:
        return ()
    now = successor(province)
    return (province, *sorted(p.name for p in provinces().values()
                              if now in (p.successor, p.name) and p.name != province))


def _folded(name: str) -> str:
    """ASCII words of a name joined by "-", as a page address writes them ("Cần Giuộc" ->
    "can-giuoc")."""
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d")).lower()
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return "-".join(re.findall(r"[a-z0-9]+", plain))


# the level words of communes as an address writes them, before the commune's name
def _loose(name: str) -> str:
    """A unit's name with every mark, apostrophe, space and dash dropped, a syllable's final "k"
    read as "c" (the Highlands' "Pắk"/"Pắc"): "M'Drak", "M Đrăk", "MĐrắk" are one name."""
    folded = re.sub(r"k(?![^\W_])", "c", _folded(reading_form(name)))
    return folded.replace("-", "")


@cache
def _districts_by_loose() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for name, province in _package_districts():
        out.setdefault(_loose(name), set()).add((name, province))
    return {k: tuple(sorted(v)) for k, v in out.items()}


@cache
def _provinces_by_loose() -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for name in provinces():
        out.setdefault(_loose(name), set()).add(name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _marks(ch: str) -> tuple[str, frozenset[str]]:
    """A letter's base and its marks ("ắ" -> "a", breve and acute; "đ" -> "d", its stroke)."""
    ch = ch.lower()
    if ch == "đ":
        return "d", frozenset("đ")
    parts = unicodedata.normalize("NFD", ch)
    return parts[0], frozenset(parts[1:])


def _marks_dropped(written: str, name: str) -> bool:
    """Whether ``written`` is ``name`` typed with some of its marks left out ("Lăk" for "Lắk",
    "M'Drak" and "M Đrăk" for "M'Đrắk"): each letter the gazetteer's or its base with fewer
    marks, an apostrophe written as one, a space or nothing, a syllable's final "k" for "c"."""
    w, n = reading_form(nfc(written)).replace("’", "'"), nfc(name).replace("’", "'")
    i = j = 0
    while j < len(n):
        if n[j] == "'":
            i += 1 if i < len(w) and w[i] in "' " else 0
            j += 1
            continue
        if i >= len(w):
            return False
        (wb, wm), (nb, nm) = _marks(w[i]), _marks(n[j])
        final = j + 1 == len(n) or not n[j + 1].isalpha()
        if not (wb == nb and wm <= nm) and not (final and {wb, nb} == {"c", "k"} and not wm):
            return False
        i, j = i + 1, j + 1
    return i == len(w)


# the Highlands' word for water, officially "Đắk" in Đắk Lắk and Đắk Nông, "Đăk" in Kon Tum and
# "Đak" in Gia Lai (the package mixes them: "Đắk Glei" but "Đăk Hà", "Đăk Pơ" but "Đak Đoa"): a
# district written with any of them is as written (real-0395, -2375, -2643, -3403)
_HIGHLAND_WATER = re.compile(r"(?<![^\W_])(?:Đắk|Đăk|Đak)(?![^\W_])", re.IGNORECASE)


def district_spelling(written: str, province: str | None) -> tuple[str, str] | None:
    """(name, province) of the one district of ``province`` — or, when ``province`` has none of
    that name, of the country — whose name ``written`` is, however its marks, apostrophes and
    spaces are typed; None when no one district is. The name is the gazetteer's when ``written``
    only leaves out marks the gazetteer's has ("huyện Lăk", "M'Drak", "Krông Pak": Lắk,
    M'Đrắk, Krông Pắc), as written otherwise (other marks or spaces: "Krông Ana" for the
    package's "Krông A Na"; the Highlands' "Đắk" in any official spelling)."""
    units = _districts_by_loose().get(_loose(written), ())
    covered = covered_provinces(province)
    inside = tuple(u for u in units if u[1] in covered)
    units = inside or units
    if len(units) != 1:
        return None
    name, prov = units[0]
    same_word = _HIGHLAND_WATER.sub("Đắk", written), _HIGHLAND_WATER.sub("Đắk", name)
    if key(same_word[0]) == key(same_word[1]) or not _marks_dropped(written, name):
        return written, prov
    return name, prov


def province_spelling(written: str) -> str | None:
    """The one province whose name ``written`` is, however its marks, apostrophes, spaces and
    dashes are typed ("tỉnh Dak Lak"), or None."""
    found = province_of_form(written)
    if found is not None:
        return found
    names = _provinces_by_loose().get(_loose(written), ())
    return names[0] if len(names) == 1 else None


_COMMUNE_SLUG_LEVELS = {"xa": "xã", "phuong": "phường", "thi-tran": "thị trấn"}
COMMUNE_SLUG_LEVELS = tuple(_COMMUNE_SLUG_LEVELS.values())
_DISTRICT_SLUG_LEVELS = {"huyen": "huyện", "thi-xa": "thị xã", "tp": "thành phố",
                         "thanh-pho": "thành phố", "quan": "quận"}


@cache
def _address_index(province: str) -> tuple[dict[str, tuple[str, str]],
                                            dict[tuple[str, str], tuple[str, ...]]]:
    """The districts (folded name -> (level, name)) and communes ((level, folded name) ->
    names) of ``province`` and the provinces merged into it: legacy communes (before 2025,
    vietnamadminunits) and the communes in force since 2025-07-01 (vietnam-provinces)."""
    covered = set(covered_provinces(province))
    data = _legacy()
    districts: dict[str, tuple[str, str]] = {}
    communes: dict[tuple[str, str], set[str]] = {}
    wards = data["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"]
    for pkey, units in data["DICT_PROVINCE_DISTRICT"].items():
        if _legacy_province(data["DICT_PROVINCE"][pkey]["province"]) not in covered:
            continue
        for dkey, unit in units.items():
            districts.setdefault(_folded(_district_short(unit)),
                                 (unit["districtType"].lower(), _district_short(unit)))
            for ward in wards.get(pkey, {}).get(dkey, {}).values():
                if not isinstance(ward.get("wardType"), str):
                    continue  # a few rows of the package carry no type
                level = ward["wardType"].lower()
                communes.setdefault((level, _folded(ward["wardShort"])), set()).add(
                    ward["wardShort"])
    for level, name in _current_communes(successor(province)):
        communes.setdefault((level, _folded(name)), set()).add(name)
    return districts, {k: tuple(sorted(v)) for k, v in communes.items()}


@cache
def _commune_districts(province: str) -> dict[tuple[str, str], frozenset[tuple[str, str]]]:
    """(level, folded name) of each commune of ``province`` before 2025 -> the (level, name) of
    the districts that hold a commune of that level and name (vietnamadminunits)."""
    covered = set(covered_provinces(province))
    data = _legacy()
    out: dict[tuple[str, str], set[tuple[str, str]]] = {}
    wards = data["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"]
    for pkey, units in data["DICT_PROVINCE_DISTRICT"].items():
        if _legacy_province(data["DICT_PROVINCE"][pkey]["province"]) not in covered:
            continue
        for dkey, unit in units.items():
            district = (unit["districtType"].lower(), _district_short(unit))
            for ward in wards.get(pkey, {}).get(dkey, {}).values():
                if isinstance(ward.get("wardType"), str):
                    out.setdefault((ward["wardType"].lower(), _folded(ward["wardShort"])),
                                   set()).add(district)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _legacy_commune_provinces() -> dict[tuple[str, str], frozenset[str]]:
    """(level, folded name) of every commune, ward and township before 2025 -> the provinces
    that had one of that level and name (vietnamadminunits' legacy dataset)."""
    data = _legacy()
    out: dict[tuple[str, str], set[str]] = {}
    wards = data["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"]
    for pkey, units in data["DICT_PROVINCE_DISTRICT"].items():
        province = _legacy_province(data["DICT_PROVINCE"][pkey]["province"])
        if province is None:
            continue
        for dkey in units:
            for ward in wards.get(pkey, {}).get(dkey, {}).values():
                if isinstance(ward.get("wardType"), str):
                    out.setdefault((ward["wardType"].lower(), _folded(ward["wardShort"])),
                                   set()).add(province)
    return {k: frozenset(v) for k, v in out.items()}


def legacy_commune_provinces(level: str, name: str) -> frozenset[str]:
    """The provinces that had a commune of ``level`` ("xã", "phường", "thị trấn") named
    ``name`` before 2025-07-01 (empty when none did)."""
    return _legacy_commune_provinces().get((level, _folded(name)), frozenset())


def district_of_communes(communes: list[tuple[str, str]], province: str | None
                         ) -> tuple[str, str] | None:
    """(level, name) of the one district of ``province`` that holds every commune of
    ``communes`` ((level, name) pairs the text names) known there ("phường Nghĩa Lộ … xã Nghĩa
    Hà" -> ("thành phố", "Quảng Ngãi")); None when they are unknown or point to several."""
    if province is None or province not in provinces():
        return None
    index = _commune_districts(province)
    found: frozenset[tuple[str, str]] | None = None
    for level, name in communes:
        held = index.get((level, _folded(name)))
        if held is None:
            continue
        found = held if found is None else found & held
    return next(iter(found)) if found is not None and len(found) == 1 else None


@cache
def _current_communes(province: str) -> tuple[tuple[str, str], ...]:
    """(level, name) of the communes and wards of ``province`` in force since 2025-07-01."""
    from vietnam_provinces import Province as VP
    from vietnam_provinces import Ward

    codes = {p.code for p in VP.iter_all() if _press_name(p.name) == province}
    out = []
    for w in Ward.iter_all():
        if w.province_code not in codes:
            continue
        for head, level in (("Phường ", "phường"), ("Xã ", "xã"), ("Đặc khu ", "đặc khu")):
            if w.name.startswith(head):
                out.append((level, w.name.removeprefix(head)))
    return tuple(out)


def _host_labels(address: str) -> list[str]:
    host = address.strip().lower().split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return [re.sub(r"[^a-z0-9]", "", label) for label in host.removeprefix("www.").split(".")]


@cache
def gov_portal(address: str) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """(province, units) of a government or school portal's address "<xã>.<huyện>.<tỉnh>.gov.vn"
    ("dongtrung.thanhthuy.phutho.gov.vn" -> Phú Thọ, (("huyện", "Thanh Thủy"), ("xã", "Đồng
    Trung")); "dienban.gov.vn" -> Quảng Nam, (("thị xã", "Điện Bàn"),)): the portals of
    provinces, districts and communes are named by their units. (None, ()) for any other
    address."""
    labels = _host_labels(address)
    # "tuyengiao.hungyen.dcs.vn": the Party's provincial portals are named like the State's
    suffix = next((s for s in ("gov", "edu", "dcs") if s in labels), None)
    if suffix is None:
        return None, ()
    # "pgdtuyduc.edu.vn", "pgddtphumy.edu.vn": a district's education office is named by its
    # district too, with or without the "đào tạo" of its name
    names = [re.sub(r"^(?:huyen|thixa|xa|phuong|tp|thanhpho|phonggddt|phonggd|pgddt|pgd|sgddt|sgd)"
                    r"(?=[a-z]{4})", "", n)
             for n in labels[:labels.index(suffix)]]
    if not names:
        return None, ()
    province = _provinces_by_fold().get(names[-1])
    if province is None:
        # a label that is exactly one commune's name is that commune's portal, even when a
        # district's name is written inside it ("binhhunghoaa" holds "unghoa")
        if names[-1] not in _districts_by_fold() and (portal := _commune_portal(names[-1]))[0]:
            return portal
        unit = host_district(names[-1]) or _district_of_its_commune(names)
        if unit is None:
            return None, ()
        return unit[1], ((district_level(unit[0], unit[1]), unit[0]),)
    return province, tuple(_portal_units(province, names[:-1]))


def _district_of_its_commune(names: list[str]) -> tuple[str, str] | None:
    """(district, province) of a district's label that several districts share ("tamnong":
    Phú Thọ's and Đồng Tháp's), told apart by a commune the label before it names (a school's
    site "thphucuonga.pgdtamnong.edu.vn": Phú Cường is a commune of Đồng Tháp's Tam Nông)."""
    units = _districts_by_fold().get(names[-1], set())
    if len(units) < 2 or len(names) < 2:
        return None
    m = _SCHOOL_LABEL.match(names[-2])
    stem = m.group("stem") if m else names[-2]
    found = set()
    for district, province in units:
        level = district_level(district, province)
        for (_lv, folded), holders in _commune_districts(province).items():
            key = folded.replace("-", "")
            if (stem == key or stem[:-1] == key) and (level, district) in holders:
                found.add((district, province))
    return found.pop() if len(found) == 1 else None


def _commune_portal(label: str) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """(province, ((level, commune),)) of a portal named by its commune alone
    ("binhhunghoaa.gov.vn" -> Thành phố Hồ Chí Minh, phường Bình Hưng Hòa A), when one commune
    or ward of the country has that name; (None, ()) otherwise. Short labels name none: a
    ministry's initials ("moh") must not read as a commune."""
    if len(label) < 6:
        return None, ()
    units = _communes_by_fold().get(label, set())
    if len(units) != 1:
        return None, ()
    level, name, province = next(iter(units))
    return province, ((level, name),)


def is_commune_name(name: str) -> bool:
    """Whether some commune or ward of the country, before 2025 or since, is named ``name``
    ("Đoàn Kết": "xã Đoàn Kết" is a commune, not the Youth Union of "xã Kết")."""
    return _folded(name).replace("-", "") in _communes_by_fold()


@cache
def _communes_by_fold() -> dict[str, set[tuple[str, str, str]]]:
    """Folded commune name without separators ("binhhunghoaa") -> (level, name, province) of
    the communes and wards of that name, before 2025 (vietnamadminunits) and since
    (vietnam-provinces); the same unit in both counts once."""
    data = _legacy()
    out: dict[str, set[tuple[str, str, str]]] = {}
    wards = data["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"]
    for pkey, districts_ in wards.items():
        province = _legacy_province(data["DICT_PROVINCE"][pkey]["province"])
        if province is None:
            continue
        for units in districts_.values():
            for ward in units.values():
                if isinstance(ward.get("wardType"), str):
                    name = ward["wardShort"]
                    out.setdefault(_folded(name).replace("-", ""), set()).add(
                        (ward["wardType"].lower(), name, province))
    for province in current_provinces():
        for level, name in _current_communes(province):
            units = out.setdefault(_folded(name).replace("-", ""), set())
            if not any(u[0] == level and u[1] == name and successor(u[2]) == province
                       for u in units):
                units.add((level, name, province))
    return out


# a portal label that is only a level word: the seat of the province under it
_SEAT_LABELS = {"thanhpho": "thành phố", "tp": "thành phố", "thixa": "thị xã"}


def _portal_units(province: str, names: list[str]) -> list[tuple[str, str]]:
    """The district and commune a portal's labels name under their province's label."""
    districts, communes = _address_index(province)
    by_fold = {k.replace("-", ""): v for k, v in districts.items()}
    units: list[tuple[str, str]] = []
    if names and names[-1] in _SEAT_LABELS:
        # "thanhpho.tayninh.gov.vn": a label that is only a level word is the province's seat,
        # the city (or town) named after the province
        seat = by_fold.get(_folded(province).replace("-", ""))
        if seat is not None and seat[0] == _SEAT_LABELS[names[-1]]:
            return [seat]
    for label in reversed(names):
        if not units and label in by_fold:
            units.append(by_fold[label])
            continue
        hits = {(level, n) for (level, folded), ns in communes.items()
                if folded.replace("-", "") == label for n in ns}
        if len(hits) == 1:
            units.append(hits.pop())
        break
    return units


def _host_stem(address: str) -> str:
    host = address.strip().lower().split("://", 1)[-1].split("/", 1)[0].removeprefix("www.")
    return re.sub(r"[^a-z0-9]", "", host.split(".", 1)[0])


def host_stem(address: str) -> str:
    """The first label of an address's host, letters and digits only ("huyendoanhungha"): what
    a local site names itself by."""
    return _host_stem(address)


def _slug_tokens(address: str) -> list[str]:
    path = address.strip().lower().split("://", 1)[-1].partition("/")[2]
    return re.findall(r"[a-z0-9]+", path.split("?", 1)[0])


@cache
def address_units(address: str, province: str | None) -> tuple[tuple[str, str], ...]:
    """(level, name) of the districts and communes of ``province`` an article address's path
    names: the headline's words ("…/xa-long-an-huyen-can-giuoc-to-chuc-…" -> ("xã", "Long
    An"), ("huyện", "Cần Giuộc"); "…/can-giuoc-trao-qua-…" -> ("huyện", "Cần Giuộc")). A
    commune needs its level word before it; a district may stand alone when it has two
    syllables or more. One unit per level at most: a headline naming two says nothing."""
    if not address or province is None or province not in provinces():
        return ()
    portal_province, portal_units = gov_portal(address)
    tokens = _slug_tokens(address)
    districts, communes = _address_index(province)
    found: dict[str, set[str]] = {}
    i = 0
    while i < len(tokens):
        i = _match_unit(tokens, i, districts, communes, found)
    if portal_units and portal_province in covered_provinces(province):
        # a district's or city's portal names its district; the headline's words may name the
        # commune or ward of the article ("longxuyen.angiang.gov.vn/phuong-my-binh-…")
        units = dict(portal_units)
        for level in COMMUNE_SLUG_LEVELS:
            if level not in units and len(found.get(level, ())) == 1:
                units[level] = next(iter(found[level]))
        return _with_numbered_ward(tokens, tuple(sorted(units.items())))
    office = _office_district(address, province)
    if office is not None and not any(found.get(level) for level in DISTRICT_SLUG_LEVELS):
        found.setdefault(office[0], set()).add(office[1])
    host = _host_stem(address)
    if host and not any(found.get(level) for level in ("huyện", "thị xã", "thành phố", "quận")) \
            and not any(_folded(p).replace("-", "") in host for p in covered_provinces(province)):
        # a local site named after its district ("hiephoanet.vn"), not a provincial paper
        # whose province holds a city's name ("baobariavungtau")
        unit = host_district(host)
        if unit is not None and unit[1] in covered_provinces(province):
            level = district_level(unit[0], unit[1])
            found.setdefault(level, set()).add(unit[0])
    return _with_numbered_ward(tokens, tuple((level, next(iter(names)))
                                             for level, names in sorted(found.items())
                                             if len(names) == 1))


DISTRICT_SLUG_LEVELS = ("huyện", "thị xã", "thành phố", "quận")


def address_level_of(address: str, name: str) -> str | None:
    """The district level word an address's path writes right before district ``name``
    ("…/thi-xa-kinh-mon-…" -> "thị xã"); None when it writes the name without one."""
    tokens = _slug_tokens(address)
    folded = _folded(name).split("-")
    for i in range(len(tokens) - len(folded) + 1):
        if tokens[i:i + len(folded)] != folded:
            continue
        for words, level in _DISTRICT_SLUG_LEVELS.items():
            n = words.count("-") + 1
            if i >= n and "-".join(tokens[i - n:i]) == words:
                return level
    return None
# a school's site under its district's education office ("<school>.pgdtuyduc.edu.vn",
# "<school>.pgddtphumy.edu.vn"): the office's label names the district
_EDU_OFFICE = re.compile(r"^(?:pgd(?:dt)?|phonggd(?:dt)?)(?P<stem>[a-z]{4,})$")


def _office_district(address: str, province: str | None) -> tuple[str, str] | None:
    """(level, district) of the education office whose sub-domain a school's site is, when the
    office's label names one district of ``province``."""
    host = address.strip().lower().split("://", 1)[-1].split("/", 1)[0].removeprefix("www.")
    labels = host.split(".")
    if len(labels) < 3 or ".edu." not in f".{host}.":
        return None
    m = _EDU_OFFICE.match(labels[1])
    if m is None or province is None:
        return None
    districts, _communes = _address_index(province)
    units = {unit for folded, unit in districts.items()
             if folded.replace("-", "") == m.group("stem")}
    return units.pop() if len(units) == 1 else None


def _with_numbered_ward(tokens: list[str], units: tuple[tuple[str, str], ...]
                        ) -> tuple[tuple[str, str], ...]:
    """``units`` and the one numbered ward a headline names ("…/phuong-1-hoat-dong-…"), when
    the address names one district for it (every district numbers its wards from 1: the ward
    alone names none, GUIDE) and no ward otherwise."""
    wards = {str(int(n)) for w, n in zip(tokens, tokens[1:], strict=False)
             if w == "phuong" and n.isdigit() and len(n) <= 2}
    if len(wards) != 1 or any(level == "phường" for level, _n in units) \
            or sum(level in ("quận", "thành phố", "thị xã") for level, _n in units) != 1:
        return units
    return tuple(sorted((*units, ("phường", wards.pop()))))


# a school's site names the school by its type and name, without diacritics: "thtracvan"
# (hanam.edu.vn/thtracvan/…), "thcsphuluong.pgdhadong.edu.vn", "c1vothisau.…" (cấp 1)
# (kindergartens "mnducgiang", numbered schools "thso2namhoa" -> "Tiểu học số 2 Nam Hòa")
# a school's site label: its type, a number, "tt" for a township ("thcsttkienluong1": the
# lower-secondary school of Kiên Lương township, number 1), the unit's name, a number that tells
# two schools of one unit apart
_SCHOOL_LABEL = re.compile(r"^(?P<type>thvathcs|thcsvathpt|thcs|thpt|th|c1|c2|c3|mn|mg)"
                           r"(?:so(?P<number>\d{1,2}))?(?P<tt>tt)?(?P<stem>[a-z]{5,}?)"
                           r"(?P<tail>\d{1,2})?$")
_SCHOOL_TYPES = {"thvathcs": "Tiểu học và Trung học cơ sở",
                 "thcsvathpt": "Trung học cơ sở và Trung học phổ thông",
                 "th": "Tiểu học", "c1": "Tiểu học", "thcs": "Trung học cơ sở",
                 "c2": "Trung học cơ sở", "thpt": "Trung học phổ thông",
                 "c3": "Trung học phổ thông", "mn": "Mầm non", "mg": "Mẫu giáo"}


@cache
def school_site(address: str, province: str | None) -> str | None:
    """The school whose site ``address`` is, when its site names it after a commune or district
    of ``province`` ("hanam.edu.vn/thtracvan/…" -> "Trường Tiểu học Trác Văn"): the label's
    words are matched by their ASCII key against the units of that province only, and only one
    unit's name may match (a school named after a person, "c1vothisau", is not read: its
    diacritics cannot be known). None otherwise."""
    if not address or province is None or province not in provinces():
        return None
    rest = address.strip().lower().split("://", 1)[-1]
    host, _, path = rest.partition("/")
    if ".edu." not in f"{host}.":
        return None  # schools' sites are under edu.vn
    labels = [*host.split(".")[:1], *path.split("/")[:1]]
    districts, communes = _address_index(province)
    for label in labels:
        m = _SCHOOL_LABEL.match(re.sub(r"[^a-z0-9]", "", label))
        if m is None:
            continue
        stem, township = m.group("stem"), bool(m.group("tt"))
        names = {name for (level, folded), ns in communes.items()
                 if folded.replace("-", "") == stem and (not township or level == "thị trấn")
                 for name in ns}
        if not township:
            names |= {unit[1] for folded, unit in districts.items()
                      if folded.replace("-", "") == stem}
        if len(names) == 1:
            number = f" số {m.group('number')}" if m.group("number") else ""
            unit = ("Thị trấn " if township else "") + names.pop()
            tail = f" {m.group('tail')}" if m.group("tail") else ""
            return f"Trường {_SCHOOL_TYPES[m.group('type')]}{number} {unit}{tail}"
    return _headline_school(path, districts, communes)


# a school's own site naming it in a headline: its type, then a commune's or district's name and
# a number that tells two schools of one commune apart ("…/lien-doi-truong-tieu-hoc-phu-cuong-1-
# to-chuc-…" -> "Trường Tiểu học Phú Cường 1")
_HEADLINE_SCHOOL = re.compile(r"(?:^|-)truong-(?P<type>tieu-hoc|trung-hoc-co-so|thcs|"
                              r"trung-hoc-pho-thong|thpt|mam-non|mau-giao)-(?P<rest>[a-z0-9-]+)")
_HEADLINE_SCHOOL_TYPES = {"tieu-hoc": "Tiểu học", "trung-hoc-co-so": "Trung học cơ sở",
                          "thcs": "Trung học cơ sở", "trung-hoc-pho-thong": "Trung học phổ thông",
                          "thpt": "Trung học phổ thông", "mam-non": "Mầm non",
                          "mau-giao": "Mẫu giáo"}


def _headline_school(path: str, districts: dict, communes: dict) -> str | None:
    """The school a school site's headline names after its type, by a commune's or district's
    name that only one unit of the province has (three words at most), and the number right
    after it; None otherwise (a school named after a person cannot be spelt from its
    address)."""
    segments = [seg for seg in path.split("?", 1)[0].split("/") if seg]
    for segment in segments:
        m = _HEADLINE_SCHOOL.search(segment.lower())
        if m is None:
            continue
        tokens = m.group("rest").split("-")
        for k in range(min(3, len(tokens)), 1, -1):
            folded = "-".join(tokens[:k])
            names = {name for (_level, f), ns in communes.items() if f == folded for name in ns}
            names |= {unit[1] for f, unit in districts.items() if f == folded}
            if len(names) != 1:
                continue
            after = tokens[k] if len(tokens) > k else ""
            number = f" {int(after)}" if after.isdigit() and len(after) <= 2 else ""
            return f"Trường {_HEADLINE_SCHOOL_TYPES[m.group('type')]} {names.pop()}{number}"
    return None


# a health body's site names it by its kind and place, without diacritics:
# "trungtamyteanthi.vn" (Trung tâm Y tế huyện Ân Thi), "bvdktuthainguyen.gov.vn" (Bệnh viện Đa
# khoa Trung ương Thái Nguyên), "bvdkphutho" (Bệnh viện Đa khoa tỉnh Phú Thọ)
_HEALTH_LABEL = re.compile(r"^(?:(?P<centre>trungtamyte|ttyt)|bv(?:dk|dakhoa)(?P<central>tu|tw)?)"
                           r"(?P<stem>[a-z]{4,})$")


@cache
def health_site(address: str, province: str | None) -> str | None:
    """The district health centre or provincial general hospital whose site ``address`` is,
    read from its first host label: a centre's stem must be one district of ``province``, a
    hospital's the province itself (a hospital named otherwise, "benhvienninhphuoc", is not
    read: the label does not say which body it is). None otherwise."""
    if not address or province is None or province not in provinces():
        return None
    labels = _host_labels(address)
    m = _HEALTH_LABEL.match(labels[0]) if labels else None
    if m is None:
        return None
    stem = m.group("stem")
    if m.group("centre"):
        districts, _communes = _address_index(province)
        unit = next((u for folded, u in districts.items() if folded.replace("-", "") == stem),
                    None)
        return f"Trung tâm Y tế {unit[0]} {unit[1]}" if unit else None
    if _folded(province).replace("-", "") != stem or province in cities():
        return None
    return f"Bệnh viện Đa khoa {'Trung ương' if m.group('central') else 'tỉnh'} {province}"


def _match_unit(tokens: list[str], i: int, districts: dict, communes: dict,
                found: dict[str, set[str]]) -> int:
    """Read the unit at token ``i`` (a level word then a name, or a bare district) into
    ``found``; the index after it."""
    for words, level in (*_COMMUNE_SLUG_LEVELS.items(), *_DISTRICT_SLUG_LEVELS.items()):
        n = words.count("-") + 1
        if "-".join(tokens[i:i + n]) != words:
            continue
        for k in range(4, 0, -1):
            name = "-".join(tokens[i + n:i + n + k])
            if level in _COMMUNE_SLUG_LEVELS.values() and (level, name) in communes:
                hits = communes[(level, name)]
                if len(hits) == 1:
                    found.setdefault(level, set()).add(hits[0])
                return i + n + k
            if level not in _COMMUNE_SLUG_LEVELS.values() and name in districts:
                d_level, d_name = districts[name]
                found.setdefault(d_level, set()).add(d_name)
                return i + n + k
    for k in range(4, 1, -1):
        name = "-".join(tokens[i:i + k])
        if name in districts:
            d_level, d_name = districts[name]
            found.setdefault(d_level, set()).add(d_name)
            return i + k
    return i + 1


# Provincial papers and stations whose name is not their province's ("Báo Đồng Khởi" is Bến
# Tre's), by the stem of their address (without "bao"/"dai"): a bare "tỉnh" in them is that
# province. The big cities' dailies (Hà Nội Mới, Sài Gòn Giải Phóng) are left out: they cover
# the whole country, and a bare "thành phố" in them is the city the text names.
_PAPERS_NAMED_OTHERWISE = {
    "btv": "Bình Dương", "laodongdongnai": "Đồng Nai", "thanhuyhue": "Huế", "huengaynay": "Huế",
    # a city's station and a provincial youth site (the cities' police papers, "cadn", report
    # from every province: left out like the cities' dailies; An ninh Hải Phòng, "anhp", reports
    # its city and is listed in press.csv); stations named by their
    # call sign ("thvl", "la34") are read from ``[names] station_call_signs``, outlets named
    # otherwise from press.csv (``outlets``)
    "voh": "Thành phố Hồ Chí Minh", "tuoitrexudua": "Bến Tre",
}


# the sites of a province's mass organisations and Front, by their own words
_BODY_SITE = re.compile(r"^(?:hoinongdan|nongdan|tinhdoan|thanhdoan|hoilhpn|hoiphunu|phunu|hoiccb|"
                        r"cuuchienbinh|hoichuthapdo|chuthapdo|mattran|mttq|ubmttq|ldld|congdoan|"
                        r"hoikhuyenhoc|khuyenhoc|hoinguoicaotuoi|hoicuuchienbinh)"
                        r"(?P<initials>[a-z]{2,4})$")


@cache
def _provinces_by_initials() -> dict[str, str]:
    """Provinces by the initials of their name ("hp" → Hải Phòng, "hcm" → Thành phố Hồ Chí
    Minh); initials two provinces share ("hn": Hà Nội, Hà Nam) name none."""
    seen: dict[str, set[str]] = {}
    for form, name in province_forms().items():
        words = re.findall(r"[a-z]+", _folded(form.removeprefix("Thành phố ")))
        if len(words) >= 2:
            seen.setdefault("".join(w[0] for w in words), set()).add(name)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


@cache
def _call_sign_hosts() -> dict[str, str]:
    """Provincial stations' call signs, folded as an address spells them ("dnrtv" → Đồng Nai)."""
    from baochi.nlp.catalogues import load

    signs = load("organisations").get("names", {}).get("station_call_signs", {})
    out: dict[str, str] = {}
    for sign, written in signs.items():
        province = province_of_form(written)
        if province is not None:
            out[_folded(sign).replace("-", "")] = province
    return out


def paper_named_otherwise(stem: str) -> str | None:
    """The province of a paper whose name is not its province's, from its address stem
    ("dongkhoi" -> Bến Tre), or of a station named by its province and "tv"/"online"
    ("vinhphuctv" -> Vĩnh Phúc); None when unknown."""
    if stem in _PAPERS_NAMED_OTHERWISE:
        return _PAPERS_NAMED_OTHERWISE[stem]
    from baochi.nlp import outlets  # the press inventory (press.csv): "apbac" is Báo Ấp Bắc's

    listed = outlets.outlet_of_host(stem) or outlets.outlet_of_host("bao" + stem)
    if listed is not None:
        return listed.province
    # a provincial body's site ends with its province ("tinhdoanquangninh", "hoinongdanhatinh"):
    # the province wins over a district of another province that shares the name (huyện
    # Quảng Ninh is in Quảng Bình)
    ending = max((fold for fold in _provinces_by_fold() if len(fold) >= 5
                  and stem.endswith(fold) and len(stem) > len(fold)), key=len, default=None)
    if ending is not None:
        return _provinces_by_fold()[ending]
    # a provincial body's site named by its province's initials ("hoinongdanhp", "tinhdoanbrvt"):
    # the one province whose name has those initials
    site = _BODY_SITE.match(stem)
    if site is not None and (found := _provinces_by_initials().get(site.group("initials"))):
        return found
    for suffix in ("tv", "online", "news", "dt", "24h"):
        if stem.endswith(suffix) and len(stem) > len(suffix) + 3:
            found = _provinces_by_fold().get(stem.removesuffix(suffix))
            if found:
                return found
    # a provincial station by its call sign ("atv", "dnrtv"), or "th" and its province's
    # initials ("thtg": Truyền hình Tiền Giang)
    if (found := _call_sign_hosts().get(stem)) is not None:
        return found
    if (m := re.fullmatch(r"th([a-z]{2,3})", stem)) and (found := _provinces_by_initials().get(m.group(1))):
        return found
    # a provincial department's site, the province and the office's initials ("ngheandost")
    beginning = max((fold for fold in _provinces_by_fold() if len(fold) >= 5 and stem.startswith(fold)
                     and 2 <= len(stem) - len(fold) <= 5), key=len, default=None)
    if beginning is not None:
        return _provinces_by_fold()[beginning]
    district = host_district(stem)
    return district[1] if district else None


def is_district_name(name: str) -> bool:
    """Whether some district, town or provincial city of before 2025 is named ``name`` (any
    case, any tone placement: "Đô lương" is Đô Lương)."""
    return _folded(name).replace("-", "") in _districts_by_fold()


@cache
def _districts_by_fold() -> dict[str, set[tuple[str, str]]]:
    """Folded district name without separators ("hiephoa") -> (district, province) pairs."""
    out: dict[str, set[tuple[str, str]]] = {}
    for name, province in _package_districts():
        out.setdefault(_folded(name).replace("-", ""), set()).add((name, province))
    for row in _csv("districts.csv"):
        # districts merged before the package's dataset ("cualo.vn" is Cửa Lò's site)
        if row.get("level"):
            out.setdefault(_folded(row["district"]).replace("-", ""), set()).add(
                (row["district"], row["province"]))
    return out


# what a local site's name may hold after its district's ("hiephoanet", "vinh24h", a school's
# letter "phucuonga"): a name
# inside other words ("tainguyenmoitruong" holds "yenmo") is none
_SITE_TAIL = re.compile(r"[a-e]|\d*(?:net|online|news|tv|rt|radio|today|plus|info|portal|media|city|vn|h)?\d*"
                        r"(?:net|online|news|tv|vn)?")


@cache
def host_district(stem: str) -> tuple[str, str] | None:
    """(district, province) of the one district whose name an address's host stem holds
    ("vinh24h" -> Vinh, Nghệ An; "hiephoanet" -> Hiệp Hòa, Bắc Giang; "hoidonghuonghuongkhe" ->
    Hương Khê, Hà Tĩnh): local sites and associations named after their district. A name that
    ends the stem wins, then the longest of four letters or more; a name several districts
    share names none."""
    best: tuple[tuple[bool, int], set[tuple[str, str]]] | None = None
    for folded, units in _districts_by_fold().items():
        # a name that ends the stem wins ("huyendoanhungha": Hưng Hà, not the "doanhung" that
        # straddles the body's word and the district's), then the longest
        rank = (stem.endswith(folded), len(folded))
        if len(folded) >= 4 and folded in stem and (best is None or rank > best[0]) \
                and _SITE_TAIL.fullmatch(stem[stem.rfind(folded) + len(folded):]):
            best = (rank, units)
    if best is None or len(best[1]) != 1:
        return None
    return next(iter(best[1]))


@cache
def _provinces_by_fold() -> dict[str, str]:
    out = {_folded(form).replace("-", ""): name for form, name in province_forms().items()}
    out["hochiminhcity"] = "Thành phố Hồ Chí Minh"  # the city's portal ("quan4.hochiminhcity…")
    return out


# a headline's opening words naming a mass organisation or its people, before a district
_HEADLINE_LEAD = re.compile(r"(?:hoi-)?(?:phu-nu|lhpn|nong-dan|cuu-chien-binh|ccb|nguoi-cao-tuoi|"
                            r"chu-thap-do|ctd|khuyen-hoc)-|(?:doan-)?thanh-nien-|cong-doan-|"
                            r"mat-tran-|mttq-")


@cache
def headline_district(address: str) -> tuple[str, str, str] | None:
    """(level, district, province) of the district an article's headline opens with, when no
    other district of the country has that name ("…/muong-ang-ung-ho-hon-350-trieu-…" ->
    ("huyện", "Mường Ảng", "Điện Biên")), else the one it names after its level word anywhere
    ("…/trao-qua-tai-huyen-muong-ang-…"): what a national paper's page names for a body written
    with a bare level. Names of two syllables or more only; None otherwise."""
    path = address.strip().lower().split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    segments = [s for s in path.split("/") if s]
    tokens = re.findall(r"[a-z0-9]+", segments[-1]) if segments else []
    lead = _HEADLINE_LEAD.match("-".join(tokens))
    if lead is not None:
        # a mass organisation's people before the district ("…/phu-nu-nghia-hanh-…": "Phụ nữ
        # Nghĩa Hành …", a national paper's headline about one district's branch)
        tokens = tokens[lead.group(0).count("-"):]
    by_fold = _districts_by_fold()
    for k in range(min(4, len(tokens)), 1, -1):
        units = by_fold.get("".join(tokens[:k]), set())
        if len(units) == 1:
            name, province = next(iter(units))
            if name.count(" ") + 1 == k:
                return district_level(name, province), name, province
    return _leveled_district(tokens, by_fold)


# a district's level word in a headline ("huyen", "thi-xa", "quan"), before its name
_HEADLINE_LEVELS = {("huyen",): "huyện", ("thi", "xa"): "thị xã", ("quan",): "quận"}


def _leveled_district(tokens: list[str], by_fold: dict) -> tuple[str, str, str] | None:
    """The one district a headline names anywhere after its level word ("…/hoi-nong-dan-huyen-
    muong-ang-trao-…"), when its name (two syllables or more) is one district's of the whole
    country at that level; None when none or several are named so."""
    found: set[tuple[str, str, str]] = set()
    for i in range(len(tokens)):
        for words, level in _HEADLINE_LEVELS.items():
            if tuple(tokens[i:i + len(words)]) != words:
                continue
            at = i + len(words)
            for k in range(min(4, len(tokens) - at), 1, -1):
                units = by_fold.get("".join(tokens[at:at + k]), set())
                if len(units) == 1:
                    name, province = next(iter(units))
                    if name.count(" ") + 1 == k and district_level(name, province) == level:
                        found.add((level, name, province))
                        break
    return found.pop() if len(found) == 1 else None
