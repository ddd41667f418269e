"""An article's province read from its text when its source gives none: dateline,
the paper naming itself, the province named most, or the one province of its districts and
communes."""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp import places
from baochi.nlp.normalise import key
from baochi.nlp.organisations.bodies import catalogue
from baochi.nlp.organisations.placing import named_units
from baochi.nlp.organisations.words import COMMUNE_LEVELS, DISTRICT_LEVELS, skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, WORD_BOUNDARY_BEFORE, alternation
from baochi.nlp.tokens import TextView

_I = re.IGNORECASE


_DATELINE = re.compile(r"\s*\(?\s*(?P<p>[^\W\d_][^()\-–—,.:]{1,28}?)\s*\)?\s*[-–—]\s")
_BEFORE_PROVINCE = re.compile(r"(?:(?P<level>tỉnh|thành\s+phố|TP\.?)|(?P<paper>Báo)|"
                              r"(?P<district>huyện|quận|thị\s+xã|xã|phường))\s+$", _I)


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


def infer_province(view: TextView) -> tuple[str, str] | None:
    """(province, found_by) of an article whose source gives none, read from its text.

    ``found_by`` says how: ``"dateline"`` (the text opens with a province: "Thanh Hóa – …",
    "(Quảng Bình) - …"), ``"paper"`` (the paper names itself: "Báo Cà Mau"), ``"text"`` (the
    province named most in the text, "tỉnh X" counting twice a bare "X"; a tie names none;
    when the text names no province, the one province of the districts and communes it names).
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
        if before is not None and before.group("paper") and paper is None:
            paper = name
        score[name] = score.get(name, 0) + (2 if before is not None else 1)
    if paper is not None:
        return paper, "paper"
    if not score:
        unit = _province_of_units(view)
        return (unit, "text") if unit else None
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0], "text"
