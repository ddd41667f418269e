"""Pass: party committees written with their level in the name ("Tỉnh ủy", "Huyện ủy
Thạch Hà", "Đảng ủy xã"), and the units listed before one ("Ban Tuyên giáo, Ban Dân vận
Tỉnh ủy")."""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp import places
from baochi.nlp.catalogues import load
from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import TITLE_BEFORE
from baochi.nlp.organisations.placing import (
    Place,
    city_place,
    fallback_place,
    level_place,
    person_after_title,
    read_place,
    shared_place,
)
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, WORD_BOUNDARY_BEFORE, alternation

_I = re.IGNORECASE


_MEMBER = re.compile(r"\s+viên" + WORD_BOUNDARY_AFTER)


def _committee_place(ctx: Ctx, body: Body, after: int) -> Place | None:
    """The place written after a committee ("Huyện ủy Can Lộc", "Tỉnh ủy Nghệ An") or once
    after a list of bodies."""
    cat, tn, text, src = ctx.cat, ctx.tn, ctx.text, ctx.source_province
    spaced = after < len(tn) and tn[after] == " "
    written = read_place(ctx.view, after, cat, src, allow_bare_province=False)
    if written is not None and written.level == body.committee_level and written.place:
        # the level written again: "Thành đoàn thành phố Hồ Chí Minh" is the city's (its name
        # holds "Thành phố"), "Huyện đoàn huyện Thới Lai" the district's, named as the committee
        # is without it ("Huyện đoàn Thới Lai", as labelled)
        where = city_place(written.place) if written.place in places.cities() \
            else written.place
        return Place(written.end, written.level, where, written.province)
    p = cat.place_re.match(tn, after + 1) if spaced else None
    place = None
    if p:
        pname = text[p.start():p.end()]
        pkey = skey(pname)
        if body.committee_level != "tỉnh":
            if pkey in cat.province_keys and cat.province_keys[pkey] in places.cities():
                city = cat.province_keys[pkey]  # "Thành ủy TPHCM": the city's committee
                return Place(p.end(), body.committee_level, city_place(city), city)
            provs = cat.district_provinces.get(pkey, [])
            prov = src if (src in provs or not provs) else provs[0]
            return Place(p.end(), body.committee_level, pname, prov)
        if pkey in cat.province_keys:
            prov = cat.province_keys[pkey]
            place = Place(p.end(), "tỉnh", prov, prov)
    elif body.committee_level != "tỉnh" and spaced:
        fb = fallback_place(ctx.view, after + 1)
        if fb and not person_after_title(ctx.view, after, fb[1], fb[0]):
            place = Place(fb[0], body.committee_level, fb[1], src)
    if place is None:
        shared = shared_place(ctx.view, after, cat, src)
        if shared is not None and shared.level == body.committee_level and shared.place:
            place = Place(after, shared.level, shared.place, shared.province)
    return place


def pass_committees(ctx: Ctx) -> None:
    """Party committees named by their level ("Tỉnh ủy", "Ban Thường vụ Huyện ủy Can Lộc")."""
    cat = ctx.cat
    for m in cat.committee_scan.finditer(ctx.view):
        body = cat.by_key.get(skey(m.group("committee")))
        # the committee's capital decides ("ban Tuyên giáo Tỉnh ủy" is the body too); a
        # member's title is not the body ("Tỉnh ủy viên")
        if body is None or _MEMBER.match(ctx.tn, m.end()):
            continue
        place = _committee_place(ctx, body, m.end())
        if not ctx.text[m.start("committee")].isupper() \
                and not _lower_union(ctx, body, m.end(), place) \
                and not any(ch.isupper() for ch in m.group("prefix") or ""):
            continue  # "ban Dân vận tỉnh ủy": the organ's capital names its committee
        canon = canonical(body, place, ctx.source_province)
        if canon is None:
            _unplaced_committee(ctx, m, body)
            continue
        name, province = canon
        start = m.start()
        if m.group("prefix") and TITLE_BEFORE.search(ctx.text, max(0, start - 20), start):
            start = m.start("committee")  # "Phó Bí thư Thường trực Tỉnh ủy": a title
        elif m.group("prefix"):
            prefix = cat.prefix_by_key.get(skey(m.group("prefix")), m.group("prefix"))
            listed_prefixes(ctx, start, name, province, body.kind)
            name = f"{prefix} {name}"
        end = place.end if place else m.end()
        # a dash and another body opening with its own head ("Ban Thường vụ Tỉnh đoàn - Hội
        # Liên hiệp Thanh niên tỉnh X"): two bodies, the committee is not the other's unit
        ctx.add(start, end, name, None, province, body.kind,
                3 if _DASH_BODY.match(ctx.text, end) else 2, None, place)


# a dash, then a body opening with its own head and name (module comment in pass_committees);
# initials ("– HĐND – UBND xã X") are a list of one unit's bodies, read elsewhere
_DASH_BODY = re.compile(
    r"\s*[-–]\s+(?:Hội|Liên\s+đoàn|Liên\s+hiệp|Mặt\s+trận|Ủy\s+ban|Công\s+đoàn|Đoàn|Sở|"
    r"Ban|Trung\s+tâm|Hội\s+đồng)\s+(?-i:[A-ZĐ])")


def _lower_union(ctx: Ctx, body: Body, end: int, place: Place | None) -> bool:
    """A Youth Union committee written in lower case with its unit's name right after it
    ("trực thuộc quận đoàn Bình Thủy", "huyện đoàn Phong Điền"), as youth sites write it; other
    lower-case committees stay words ("tỉnh ủy" in a title), and so does one with no name, or a
    district named "Đoàn …" ("huyện Đoàn Hùng")."""
    return body.kind == "đoàn thể" and body.name.endswith("đoàn") and place is not None \
        and ctx.text.endswith("đoàn", 0, end) \
        and place.end > end + 1 and ctx.text[end] == " " and ctx.text[end + 1].isupper()


def _unplaced_committee(ctx: Ctx, m: re.Match, body: Body) -> None:
    """A district or town committee written without its place ("BTV Huyện ủy" after "Huyện ủy
    Đà Bắc") takes the place the resolver finds for its level; dropped when none."""
    if body.committee_level == "tỉnh":
        return
    start = m.start()
    prefixed = bool(m.group("prefix"))
    if prefixed and TITLE_BEFORE.search(ctx.text, max(0, start - 20), start):
        start, prefixed = m.start("committee"), False  # "Phó Bí thư thường trực Thành Đoàn"
    name = body.name
    if prefixed:
        prefix = ctx.cat.prefix_by_key.get(skey(m.group("prefix")), m.group("prefix"))
        name = f"{prefix} {name}"
        listed_prefixes(ctx, m.start(), body.name, ctx.source_province, body.kind, body)
    unit = Body(name, None, body.kind, "", committee_level=body.committee_level)
    ctx.add(start, m.end(), name, None, ctx.source_province, body.kind, 2, unit,
            Place(m.end(), body.committee_level, None, ctx.source_province))
    ctx.cands[-1].needs_place = True


@cache
def _prefix_list_re() -> re.Pattern:
    prefixes = list(load("organisations").get("committee_prefixes", {}))
    # "Ủy viên BTV, Chủ nhiệm UBKT Huyện ủy": a title may stand before the next unit
    return re.compile(WORD_BOUNDARY_BEFORE + "(?P<p>" + alternation(prefixes) + r")\s*(?:,|và)\s*"
                      r"(?:(?:Phó\s+)?(?:Chủ\s+nhiệm|Trưởng\s+ban|Chánh\s+Văn\s+phòng|Ủy\s+viên|"
                      r"Trưởng|Giám\s+đốc)\s+)?$",
                      _I)


def listed_prefixes(ctx: Ctx, start: int, committee: str, province: str | None,
                    kind: str | None, unplaced: Body | None = None,
                    level: str | None = None) -> None:
    """Units of one committee listed before it ("Thường trực, Ban Thường vụ Tỉnh ủy", "BCH,
    BTV Huyện ủy"): each is that committee's unit (``unplaced``: a committee, or a body of
    ``level``, whose place the resolver finds: "Ban Thường vụ, Ban Chấp hành Hội Cựu chiến binh
    phường" are the units of the ward's association the page names)."""
    for _ in range(3):
        p = _prefix_list_re().search(ctx.text, max(0, start - 40), start)
        if p is None or not ctx.text[p.start()].isupper() \
                or TITLE_BEFORE.search(ctx.text, max(0, p.start() - 20), p.start()):
            return
        prefix = ctx.cat.prefix_by_key.get(skey(p.group("p")), p.group("p"))
        if unplaced is None:
            ctx.add(p.start(), p.end("p"), f"{prefix} {committee}", None, province, kind, 2)
        else:
            unit = Body(f"{prefix} {unplaced.name}", None, kind, "",
                        committee_level=unplaced.committee_level)
            ctx.add(p.start(), p.end("p"), unit.name, None, province, kind, 2, unit,
                    Place(p.end("p"), level or unplaced.committee_level, None, province))
            ctx.cands[-1].needs_place = True
        start = p.start()


# the Youth Union of a commune written with its level first, as youth sites write it ("xã Đoàn
# Ngọc Thành", "Phường Đoàn An Phú", "Xã đoàn Thuận Minh" like "Huyện đoàn X"): the commune's
# Đoàn Thanh niên
_LEVEL_UNION = re.compile(r"(?<![^\W_])(?P<level>[Xx]ã|[Pp]hường|[Tt]hị\s+trấn)\s+[Đđ]oàn"
                          r"(?=\s+[A-ZĐ])(?!\s+(?:Thanh|TN))")


# a district's or province's Youth Union written level-first without a name ("Phó Bí thư
# huyện Đoàn, …"): the committee "Huyện đoàn" of the district the text or page names
_LEVEL_FIRST_UNION = re.compile(r"(?<![^\W_])(?P<level>huyện|quận|thị\s+xã|tỉnh)\s+Đoàn(?![^\W_])"
                                r"(?!\s+(?:[A-ZĐ]|Thanh|TN))")
_LEVEL_COMMITTEES = {"huyện": "Huyện đoàn", "quận": "Quận đoàn", "thị xã": "Thị đoàn",
                     "tỉnh": "Tỉnh đoàn"}
# a commune's Youth Union written level-first without a name, a verb or a comma after it ("tại
# UBND xã Vĩnh Thạnh, xã Đoàn đã tổ chức …"): the commune's union, placed by the resolver
_COMMUNE_UNION = re.compile(r"(?<![^\W_])(?P<level>xã|phường|thị\s+trấn)\s+Đoàn(?![^\W_])"
                            r"(?!\s+(?:[A-ZĐ0-9]|Thanh|TN|[Kk]ết))")


def _level_first_unions(ctx: Ctx) -> None:
    """"huyện Đoàn" with no name after it: the district's (or province's) Youth Union committee,
    placed by the resolver like a bare "Huyện đoàn"."""
    for m in _LEVEL_FIRST_UNION.finditer(ctx.text):
        level = re.sub(r"\s+", " ", m.group("level"))
        body = ctx.cat.by_key.get(skey(_LEVEL_COMMITTEES[level]))
        if body is None:
            continue
        canon = canonical(body, None, ctx.source_province)
        if canon is not None:  # "tỉnh Đoàn": the paper's province
            ctx.add(m.start(), m.end(), canon[0], None, canon[1], body.kind, 2)
            continue
        unit = Body(body.name, None, body.kind, "", committee_level=body.committee_level)
        ctx.add(m.start(), m.end(), body.name, None, ctx.source_province, body.kind, 2, unit,
                Place(m.end(), body.committee_level, None, ctx.source_province))
        ctx.cands[-1].needs_place = True


def pass_level_unions(ctx: Ctx) -> None:
    """"xã Đoàn X": the Youth Union of commune X (its Ban Thường vụ written before it is its
    unit, read by the units pass); "huyện Đoàn" alone: the district's."""
    if "Đoàn" not in ctx.text and "đoàn" not in ctx.text:
        return
    _level_first_unions(ctx)
    union = ctx.cat.by_key.get(skey("Đoàn Thanh niên"))
    if union is None:
        return
    for m in _COMMUNE_UNION.finditer(ctx.text):
        level = re.sub(r"\s+", " ", m.group("level"))
        ctx.add(m.start(), m.end(), union.name, union.acronym, ctx.source_province, union.kind, 2,
                union, Place(m.end(), level, None, ctx.source_province))
        ctx.cands[-1].needs_place = True
    for m in _LEVEL_UNION.finditer(ctx.text):
        level = re.sub(r"\s+", " ", m.group("level")).lower()
        place = level_place(ctx.view, m.end(), level, ctx.cat, ctx.source_province)
        if place is None or not place.place or places.is_commune_name(f"Đoàn {place.place}"):
            continue  # "xã Đoàn Kết" is a commune
        canon = canonical(union, place, ctx.source_province)
        if canon is not None:
            ctx.add(m.start(), place.end, canon[0], union.acronym, canon[1], union.kind, 2)
