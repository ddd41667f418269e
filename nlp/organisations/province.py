"""An article's province read from its text when its source gives none: dateline,
the paper naming itself, the province named most, or the one province of its districts and
communes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from baochi.nlp import places
from baochi.nlp.normalise import key, slug
from baochi.nlp.organisations.bodies import Catalogue, catalogue
from baochi.nlp.organisations.pass_press import PORTAL_HOST, portal_province
from baochi.nlp.organisations.placing import named_units
from baochi.nlp.organisations.words import COMMUNE_LEVELS, DISTRICT_LEVELS, skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, WORD_BOUNDARY_BEFORE, alternation
from baochi.nlp.tokens import TextView

_I = re.IGNORECASE


_DATELINE = re.compile(r"\s*\(?\s*(?P<p>[^\W\d_][^()\-–—,.:]{1,28}?)\s*\)?\s*[-–—]\s")
_BEFORE_PROVINCE = re.compile(r"(?:(?P<level>tỉnh|thành\s+phố|TP\.?)|(?P<paper>Báo)|"
                              r"(?P<district>huyện|quận|thị\s+xã|xã|phường))\s+$", _I)


# a province written with dotted initials ("T.T.Huế") names it only after its level or as the
# dateline: bare, it is also how a byline writes a person ("Ảnh: T.T.Huế")
_INITIALS = re.compile(r"(?:[A-ZĐ]\.\s*){2}")


@cache
def _province_re() -> re.Pattern:
    return re.compile(WORD_BOUNDARY_BEFORE + "(?-i:" + alternation(list(places.province_forms()))
                      + ")" + WORD_BOUNDARY_AFTER)


# the levels whose units name their province: districts (a district-level city too, "TP Phú
# Quốc" of Kiên Giang, when its name is no province's) and communes
_UNIT_LEVELS = frozenset(DISTRICT_LEVELS | set(COMMUNE_LEVELS))


def _province_of_units(view: TextView) -> str | None:
    """The one province whose districts ("huyện Đức Cơ", before 2025) and communes (units in
    force since 2025) the text names with their level, when their names belong to one
    province only; None when they name none or several."""
    cat = catalogue()
    found: set[str] = set()
    for _start, level, p in named_units(view, cat, None, levels=_UNIT_LEVELS):
        pkey = skey(p.place or "")
        if level == "thành phố" and pkey in cat.province_keys:
            continue  # "thành phố Hà Tĩnh": the province's own name, counted as a province
        provs = cat.district_provinces.get(pkey, ()) if level in DISTRICT_LEVELS \
            else places.communes().get(key(p.place or ""), ())
        if len(set(provs)) == 1:
            found.add(places.successor(provs[0]) if level in COMMUNE_LEVELS else provs[0])
        if len(found) > 1:
            return None
    return found.pop() if found else None


def _credit_province(view: TextView) -> tuple[str, str] | None:
    """The one province whose portal a credit names ("Ảnh: …/daklak.gov.vn"), when the text
    names no province: the photo and the report are that province's."""
    if ".gov.vn" not in view.text:
        return None
    found = {p for m in PORTAL_HOST.finditer(view.text)
             if (p := portal_province(m.group("host"))) is not None}
    return (found.pop(), "credit") if len(found) == 1 else None


def infer_province(view: TextView) -> tuple[str, str] | None:
    """(province, found_by) of an article whose source gives none, read from its text.

    ``found_by`` says how: ``"dateline"`` (the text opens with a province: "Thanh Hóa – …",
    "(Quảng Bình) - …"), ``"paper"`` (the paper names itself: "Báo Cà Mau"), ``"text"`` (the
    province named most in the text, "tỉnh X" counting twice a bare "X"; a tie names none;
    when the text names no province, the one province of the districts and communes it names,
    else of the portal a credit names: ``"credit"``).
    A name after "huyện", "xã" … is a district or commune, not a province.
    """
    d = _DATELINE.match(view.text)
    named = places.province_of_form(d.group("p").strip()) if d else None
    if named is not None:
        return named, "dateline"
    score: dict[str, int] = {}
    paper: str | None = None
    for m in _province_re().finditer(view.text):
        before = _BEFORE_PROVINCE.search(view.text, max(0, m.start() - 12), m.start())
        name = places.province_of_form(m.group(0))
        if name is None:
            continue
        if before is not None and before.group("district"):
            continue
        if before is None and _INITIALS.match(m.group(0)):
            continue  # "Ảnh: T.T.Huế": a person's initials as much as the province's
        if before is not None and before.group("paper") and paper is None:
            paper = name
        score[name] = score.get(name, 0) + (2 if before is not None else 1)
    if paper is not None:
        return paper, "paper"
    if not score:
        unit = _province_of_units(view)
        return (unit, "text") if unit else _credit_province(view)
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0], "text"


# districts were abolished on 2025-07-01, the day provinces merged: a text naming a district of a
# province merged into the paper's was written about that province, before the merger
_DISTRICTS_END = date(2025, 7, 1)
_UNIT_WORDS = re.compile(r"(?<![^\W_])(?:huyện|thị\s+xã|thành\s+phố|tp\.?|tx\.?|xã|phường|thị\s+trấn)\s",
                         _I)
# a district's Party committee, Youth Union or association named by the district alone
# ("Huyện đoàn Đông Hải", "Thị ủy Giá Rai"): the district is named too
_DISTRICT_BODY = re.compile(r"(?<![^\W_])(?:Huyện|Thị|Thành|Quận)\s+(?:ủy|uỷ|đoàn|hội)\s+"
                            r"(?P<name>[^\W\d_][^\W\d_]*(?:\s+[^\W\d_][^\W\d_]*){0,3})")


def _bodies_districts(view: TextView, cat: Catalogue, covered: tuple[str, ...]) -> Iterator[list[str]]:
    """The covered provinces of each district a district body is named after (above)."""
    for m in _DISTRICT_BODY.finditer(view.text):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            if not all(w[0].isupper() for w in words[:n]):
                continue
            provs = [q for q in cat.district_provinces.get(skey(" ".join(words[:n])), ())
                     if q in covered]
            if provs:
                yield provs
                break


# level words of a district or commune in an address's headline: a province's name after one
# is that unit's ("phuong-bac-giang"), not the province's
_UNIT_SLUG_BEFORE = frozenset({"xa", "phuong", "huyen", "quan", "tp", "pho", "tran"})


def _address_province(address: str | None, source_province: str,
                      covered: tuple[str, ...]) -> str | None:
    """The one province merged into the paper's that the page address's headline words name
    ("…/tinh-doan-bac-giang-tuyen-duong-…" on Bắc Ninh's paper: Bắc Giang), the paper's own
    not named; none after a unit's level word ("…/phuong-bac-giang-…")."""
    if not address:
        return None
    path = address.strip().lower().split("://", 1)[-1].partition("/")[2]
    tokens = re.findall(r"[a-z0-9]+", path.split("?", 1)[0])
    named = set()
    for q in covered:
        words = slug(q).split("-")
        for i in range(len(tokens) - len(words) + 1):
            if tokens[i:i + len(words)] == words \
                    and (i == 0 or tokens[i - 1] not in _UNIT_SLUG_BEFORE):
                named.add(q)
    if len(named) != 1 or source_province in named:
        return None
    return named.pop()


def pre_merger_province(view: TextView, source_province: str | None,
                        published: date | None, address: str | None = None) -> str | None:
    """The province a bare "tỉnh" names in a paper whose province absorbed others in 2025, when
    the text's units point to one absorbed province only: districts ("huyện Quang Bình" on Tuyên
    Quang's station: Hà Giang's district, so "UBND tỉnh" is Hà Giang's), district bodies named
    by the district ("Huyện đoàn Đông Hải"), the absorbed province's seat ("TP. Bạc Liêu" on Cà
    Mau's paper) and communes of that level and name that only it had; with none of these, the
    one absorbed province the page address's headline words name; else the paper's own. Units
    named in an article dated after the merger name no earlier province."""
    if source_province is None or (published is not None and published >= _DISTRICTS_END):
        return source_province
    covered = places.covered_provinces(source_province)
    if len(covered) < 2:
        return source_province
    cat = catalogue()
    found: set[str] = set()
    for provs in _bodies_districts(view, cat, covered):
        found.update(provs)
    if _UNIT_WORDS.search(view.tn):
        for _start, level, p in named_units(view, cat, None, levels=_UNIT_LEVELS):
            pkey = skey(p.place or "")
            if level in COMMUNE_LEVELS:
                held = [q for q in covered if q in places.legacy_commune_provinces(level, p.place or "")]
                if len(held) == 1:  # a name several of them had says nothing
                    found.add(held[0])
                continue
            if level == "thành phố" and pkey in cat.province_keys:
                seat = places.province_of_form(p.place or "")
                if seat in covered:
                    found.add(seat)  # a province's seat: that province
                continue
            found.update(q for q in cat.district_provinces.get(pkey, ()) if q in covered)
    if not found:
        # nothing in the text: the absorbed province the page address's headline names (an
        # absorbed paper's older pages on the merged paper's site, GUIDE)
        return _address_province(address, source_province, covered) or source_province
    if len(found) != 1:
        return source_province
    return found.pop()
