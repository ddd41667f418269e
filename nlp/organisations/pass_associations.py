"""Passes: "Tỉnh hội" (the province's association the text names), hometown
associations, "Trung ương Hội" (the national association named before it) and an
association's organs written with a bare "Hội" ("Ban Chấp hành Hội": the association named
before it)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from baochi.nlp import places
from baochi.nlp.catalogues import load
from baochi.nlp.normalise import slug
from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.placing import Place, level_place, read_place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import CAPITAL, skey

_PROVINCE_ASSOCIATION = re.compile(r"(?<![^\W_])Tỉnh\s+[Hh]ội(?![^\W_])")
# a district's or town's association written by its level ("do Huyện Hội nhận đỡ đầu")
_DISTRICT_ASSOCIATION = re.compile(r"(?<![^\W_])(?:Huyện|Quận|Thị)\s+[Hh]ội(?![^\W_])")
_DISTRICT_HOI = re.compile(r"^Hội .+ (?:huyện|quận|thị xã)(?: \S|$)")
_CAPITAL_AFTER = re.compile(r"\s+(?-i:[A-ZĐ])")
_PROVINCIAL_HOI = re.compile(r"^Hội .+ tỉnh \S")


@cache
def _association_sites() -> tuple[tuple[str, str], ...]:
    """(address stem, association) of the sites of mass organisations
    (``[names] association_sites``): on them a bare "Tỉnh hội" is that association's."""
    table = load("organisations").get("names", {}).get("association_sites", {})
    return tuple(sorted(table.items()))


def _site_association(ctx: Ctx) -> Body | None:
    host = (ctx.address or "").lower().split("://", 1)[-1].split("/", 1)[0]
    for stem, name in _association_sites():
        if stem in host:
            return ctx.cat.by_key.get(skey(name))
    return None


def _province_after(ctx: Ctx, end: int) -> tuple[int, str] | None:
    """(end, province) of a province named right after "Tỉnh hội" ("Tỉnh hội Bắc Giang")."""
    p = ctx.cat.place_re.match(ctx.tn, end + 1) if ctx.tn[end:end + 1] == " " else None
    province = ctx.cat.province_keys.get(skey(p.group(0))) if p else None
    return (p.end(), province) if p and province else None


def _district_associations(ctx: Ctx) -> None:
    """"Huyện Hội", "Quận hội", "Thị hội" after one district's or town's association named
    earlier in the paragraph is that association (as "Tỉnh hội" is the province's); with no
    such association, or with a name of its own after it, it is left alone."""
    if "ội" not in ctx.text:
        return
    for m in _DISTRICT_ASSOCIATION.finditer(ctx.text):
        if _CAPITAL_AFTER.match(ctx.text, m.end()):
            continue
        earlier = [c for c in ctx.cands if c.end <= m.start() and _DISTRICT_HOI.match(c.name)]
        # one reading per written name: its best ("Hội LHPN huyện" is read as the catalogue's
        # "Hội Liên hiệp Phụ nữ huyện" and, with less weight, as written)
        best: dict[tuple[int, int], Cand] = {}
        for c in earlier:
            if (span := (c.start, c.end)) not in best or c.priority > best[span].priority:
                best[span] = c
        earlier = list(best.values())
        if len({c.name for c in earlier}) != 1:
            continue
        last = max(earlier, key=lambda c: (c.end, c.priority))
        ctx.cands.append(replace(last, start=m.start(), end=m.end(), acronym=None,
                                 priority=max(2, last.priority)))


_DISTRICT_HOI_HEAD = re.compile(r"^(?P<head>Hội .+?) (?:huyện|quận|thị xã|thành phố) \S")


def _province_of_district_association(ctx: Ctx, m: re.Match) -> bool:
    """"Tỉnh hội" after a district's association and no provincial one ("Hội Nông dân huyện
    X được Tỉnh hội khen thưởng"): the province's association of that kind, when the paragraph
    names one kind only (two kinds, "Hội Phụ nữ huyện" and "Hội Nông dân huyện", name none)."""
    heads = {h.group("head"): c for c in ctx.cands if c.end <= m.start() and c.province and c.known
             and (h := _DISTRICT_HOI_HEAD.match(c.name)) is not None}
    if len(heads) != 1:
        return False
    head, c = next(iter(heads.items()))
    body = ctx.cat.by_key.get(skey(head))
    province = c.province
    if body is None or body.national or province is None or province in places.cities():
        return False
    canon = canonical(body, Place(m.end(), "tỉnh", province, province), province)
    if canon is not None:
        ctx.add(m.start(), m.end(), canon[0], None, canon[1], body.kind, 2)
    return canon is not None


@cache
def _level_associations() -> tuple[tuple[str, str], ...]:
    """(slug without dashes, name) of the catalogue's associations with levels, longest first."""
    from baochi.nlp.organisations.bodies import catalogue

    names = {b.name for b in catalogue().by_key.values()
             if not b.national and not b.committee_level and b.name.startswith("Hội ")}
    return tuple(sorted(((slug(n).replace("-", ""), n) for n in names), key=lambda kv: -len(kv[0])))


def _province_of_address_association(ctx: Ctx, m: re.Match) -> None:
    """"Tỉnh hội" alone on a page whose address names one association ("…/hoi-nan-nhan-chat-
    doc-da-cam…-trien-khai-…"): that association's branch of the paper's province, as on the
    association's own site; nothing when the address names none or several."""
    path = (ctx.address or "").lower().split("://", 1)[-1].partition("/")[2]
    province = ctx.source_province
    if not path or province is None or province in places.cities():
        return
    joined = re.sub(r"[^a-z0-9]", "", path)
    found: list[tuple[str, str]] = []
    for key, name in _level_associations():
        if key in joined and not any(key in longer for longer, _ in found):
            found.append((key, name))  # a longer name holding a shorter one is that one
    if len(found) != 1:
        return
    body = ctx.cat.by_key.get(skey(found[0][1]))
    canon = canonical(body, Place(m.end(), "tỉnh", province, province), province) \
        if body is not None else None
    if canon is not None and body is not None:
        ctx.add(m.start(), m.end(), canon[0], None, canon[1], body.kind, 2)


# an association written with "ở" before its level and place ("Hội Nông dân ở huyện X"): that
# place's association, named without "ở"; the surface runs over it
_AT_PLACE = re.compile(r"(?<![^\W_])(?P<body>Hội\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?)\s+ở"
                       r"(?=\s+(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn)\s+"
                       r"(?-i:[A-ZĐ]))")


def pass_associations_at_places(ctx: Ctx) -> None:
    """A catalogue association written "<association> ở <level> <place>" (above)."""
    if " ở " not in ctx.text or "Hội " not in ctx.text:
        return
    for m in _AT_PLACE.finditer(ctx.text):
        body = ctx.cat.by_key.get(skey(m.group("body")))
        if body is None or body.national or body.committee_level:
            continue
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is None or not place.place:
            continue
        canon = canonical(body, place, ctx.source_province)
        if canon is not None:
            ctx.add(m.start(), place.end, canon[0], body.acronym, canon[1], body.kind, 2,
                    None, place)


def pass_province_association(ctx: Ctx) -> None:
    """"Tỉnh hội" (the provincial association) after a provincial association named earlier
    in the paragraph ("Hội Chữ thập đỏ tỉnh … Tỉnh hội sẽ …") is that association; on a mass
    organisation's own site (``[names] association_sites``) it is that organisation's branch,
    in the province named after it ("Tỉnh hội Bắc Giang") or the article's; alone, or before a
    name of its own ("Tỉnh hội Phật giáo"), it is left alone."""
    _district_associations(ctx)
    if "Tỉnh hội" not in ctx.text and "Tỉnh Hội" not in ctx.text:
        return
    site = _site_association(ctx)
    for m in _PROVINCE_ASSOCIATION.finditer(ctx.text):
        named = _province_after(ctx, m.end())
        if named is None and _CAPITAL_AFTER.match(ctx.text, m.end()):
            continue  # "Tỉnh hội Phật giáo": a name of its own
        earlier = [c for c in ctx.cands if c.end <= m.start() and c.province
                   and _PROVINCIAL_HOI.match(c.name)]
        if earlier and named is None:
            last = max(earlier, key=lambda c: (c.end, c.priority))
            ctx.add(m.start(), m.end(), last.name, None, last.province, last.kind, 2)
        elif named is None and site is None:
            if not _province_of_district_association(ctx, m):
                _province_of_address_association(ctx, m)
        elif site is not None:
            province = named[1] if named else ctx.source_province
            canon = canonical(site, Place(m.end(), "tỉnh", province, province), province) \
                if province else None
            if canon is not None:
                ctx.add(m.start(), named[0] if named else m.end(), canon[0], site.acronym,
                        canon[1], site.kind, 2)


_HOMETOWN = re.compile(
    # its liaison board ("Ban liên lạc Hội đồng hương X tại Y", "BLL …") is the board, named
    # with both; an association of the cadres from a place living in another ("Hội Cán bộ X tại
    # Y", only with its second place) is one too, and so is a liaison board of the people of a
    # hometown ("Ban Liên lạc cán bộ quê hương X")
    r"(?P<head>(?:(?:Ban\s+[Ll]iên\s+lạc|BLL)\s+)?Hội\s+(?:đồng\s+hương|(?P<cadres>[Cc]án\s+bộ))|"
    r"Ban\s+[Ll]iên\s+lạc\s+(?:(?:[Cc]ựu\s+)?(?:[Cc]án\s+bộ|[Cc]hiến\s+sĩ|[Hh]ọc\s+sinh|"
    r"[Ss]inh\s+viên)\s+quê\s+hương|đồng\s+hương)|"
    r"Hội\s+[Tt]ương\s+tế)\s+"
    r"(?P<origin>(?:(?:tỉnh|huyện|thị\s+xã|xã)\s+)?" + CAPITAL + r"[^\W\d_]*(?:(?:\s+|\s*[-–]\s*)"
    + CAPITAL + r"[^\W\d_]*){0,5})"
    # where its members live, when written ("… tại Hà Nội")
    r"(?:\s+tại\s+"
    r"(?P<at>(?:TP\.?\s*|[Tt]hành\s+phố\s+|[Tt]ỉnh\s+)?" + CAPITAL + r"[^\W\d_.]*(?:\s+" + CAPITAL
    + r"[^\W\d_]*){0,3}))?"
    r"(?![^\W_])"
)


def pass_hometown_associations(ctx: Ctx) -> None:
    """Associations of people from one place living in another ("Hội đồng hương Quảng Ngãi
    tại Hà Nội", "Ban liên lạc đồng hương … tại TP. Hồ Chí Minh"): named with both places,
    the second as a province is named; with its origin alone when the text writes no second
    place ("Hội đồng hương Tam Kỳ cùng …")."""
    if "hương" not in ctx.text and "tế" not in ctx.text and "án bộ" not in ctx.text:
        return
    for m in _HOMETOWN.finditer(ctx.text):
        origin = re.sub(r"\s*[-–]\s*", " - ", m.group("origin"))
        head = re.sub(r"\s+", " ", m.group("head")).replace("Ban liên lạc Hội", "Ban Liên lạc Hội")
        head = re.sub(r"^BLL(?= )", "Ban Liên lạc", head)
        at = m.group("at")
        if at is None and m.group("cadres"):
            continue  # "Hội Cán bộ X" without the place its members live in: no such body
        if at is None:
            ctx.add(m.start(), m.end(), f"{head} {origin}", None, None, "hội", 2, known=False)
            continue
        bare = re.sub(r"^(?:TP\.?\s*|[Tt]hành\s+phố\s+|[Tt]ỉnh\s+)", "", at)
        province = places.province_of_form(bare) or places.province_of_form(f"TP {bare}")
        where = province or at
        ctx.add(m.start(), m.end(), f"{head} {origin} tại {where}", None, province, "hội", 2,
                known=False)


_CENTRE_OF_ASSOCIATION = re.compile(r"(?<![^\W_])(?:Trung\s+ương|TƯ|TW)\s+Hội(?!\s+[A-ZĐ])(?![^\W_])")


def pass_association_centre(ctx: Ctx) -> None:
    """"Trung ương Hội" written alone names the national association the text names before
    it, the most often named when several are ("… Hội NCT Việt Nam … các đơn vị trực thuộc
    Trung ương Hội")."""
    if "Hội" not in ctx.text:
        return
    for m in _CENTRE_OF_ASSOCIATION.finditer(ctx.text):
        best: dict[int, Cand] = {}  # the reading the resolver keeps at each start
        for c in ctx.cands:
            if c.end <= m.start() and (c.start not in best or c.priority > best[c.start].priority):
                best[c.start] = c
        counts: dict[str, int] = {}
        for c in best.values():
            if c.name.startswith("Hội ") and c.name.endswith(" Việt Nam"):
                counts[c.name] = counts.get(c.name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            ctx.add(m.start(), m.end(), ranked[0][0], None, None, "đoàn thể", 3)
        elif not ranked and (national := _one_local_association(ctx)) is not None:
            ctx.add(m.start(), m.end(), national, None, None, "đoàn thể", 3)


@cache
def _national_associations() -> tuple[tuple[str, str], ...]:
    """("Hội X ", "Hội X Việt Nam") of the catalogue's national associations."""
    from baochi.nlp.organisations.bodies import catalogue

    names = {b.name for b in catalogue().by_key.values()
             if b.national and b.name.startswith("Hội ") and b.name.endswith(" Việt Nam")}
    return tuple(sorted(((n.removesuffix("Việt Nam"), n) for n in names),
                        key=lambda kv: -len(kv[0])))


def _one_local_association(ctx: Ctx) -> str | None:
    """The national association whose local branches are the only associations the paragraph
    names ("… do Trung ương Hội phát động. Hội LHPN xã Quảng Lạc tổ chức …": the Women's
    Union), else the one whose site the page is; None when none or several."""
    found = set()
    for c in ctx.cands:
        national = next((n for prefix, n in _national_associations()
                         if c.name.startswith(prefix)), None)
        if national is not None and national != c.name:
            found.add(national)
    if len(found) == 1:
        return found.pop()
    site = _site_association(ctx) if not found and ctx.address else None
    national = ctx.cat.by_key.get(skey(f"{site.name} Việt Nam")) if site else None
    if national is not None and national.national:
        return national.name
    # the page's address names one national association ("…/hoi-chu-thap-do-viet-nam-keu-goi-…")
    path = (ctx.address or "").lower().split("://", 1)[-1].partition("/")[2]
    if found or not path:
        return None
    named = {n for _prefix, n in _national_associations() if slug(n) in path}
    return named.pop() if len(named) == 1 else None


# an association's standing organs written with a bare "Hội" ("Ban Chấp hành Hội gồm 47 đồng
# chí"; a youth federation's secretariat "Ban Thư ký Hội", its audit board, its standing
# members): the name of the association does not follow
_ORGAN_OF_ASSOCIATION = re.compile(
    r"(?<![^\W_])(?P<organ>Ban\s+[Cc]hấp\s+hành|BCH|Ban\s+[Tt]hường\s+vụ|BTV|Ban\s+[Tt]hư\s+ký|"
    r"Ban\s+[Kk]iểm\s+tra|Thường\s+trực)\s+Hội(?![^\W_])"
    r"(?!\s+(?:[A-ZĐ]|(?i:nông|phụ|cựu|liên|người|chữ|khuyến|đồng|sinh|doanh|nạn|luật)))"
)
_ORGANS = {"bch": "Ban Chấp hành", "btv": "Ban Thường vụ"}


def pass_association_organs(ctx: Ctx) -> None:
    """"Ban Chấp hành Hội", "BTV Hội" written after an association ("Hội Nông dân xã Hà Đông …
    Ban Chấp hành Hội gồm 47 đồng chí"): that association's organ; nothing when no association
    is named before it."""
    if "Hội" not in ctx.text:
        return
    for m in _ORGAN_OF_ASSOCIATION.finditer(ctx.text):
        earlier = [c for c in ctx.cands if c.end <= m.start() and c.name.startswith("Hội ")
                   and c.known and not c.needs_place]
        if not earlier:
            continue
        last = max(earlier, key=lambda c: (c.end, c.priority))
        written = re.sub(r"\s+", " ", m.group("organ"))
        organ = _ORGANS.get(written.lower(), written[:4] + written[4:].capitalize()
                            if written.startswith("Ban ") else written.capitalize())
        ctx.add(m.start(), m.end(), f"{organ} {last.name}", None, last.province, last.kind, 2)


# an organ written with a level and place but no body ("Ban Thường vụ Huyện Châu Thành tổ chức
# …"): on a mass organisation's own site, that organisation's organ at that level
_ORGAN_AT_LEVEL = re.compile(
    r"(?<![^\W_])(?P<organ>Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Thường\s+trực)\s+"
    r"(?P<level>[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hành\s+phố|[Xx]ã|[Pp]hường|[Tt]hị\s+trấn)"
    r"(?=\s+(?-i:[A-ZĐ]))(?!\s+(?:Đoàn|Hội|Ủy|Uỷ|Đảng)(?![^\W_]))")


def pass_site_organs(ctx: Ctx) -> None:
    """On a mass organisation's own site (``[names] association_sites``), an organ written with
    a level and its place and no body between ("Ban Thường vụ Huyện Châu Thành") is that
    organisation's organ of that unit; elsewhere nothing says whose organ it is."""
    if "Ban " not in ctx.text and "Thường trực" not in ctx.text:
        return
    site = _site_association(ctx) if ctx.address else None
    if site is None:
        return
    for m in _ORGAN_AT_LEVEL.finditer(ctx.text):
        level = re.sub(r"\s+", " ", m.group("level")).lower()
        place = level_place(ctx.view, m.end("level"), level, ctx.cat, ctx.source_province)
        canon = canonical(site, place, ctx.source_province) if place and place.place else None
        if canon is None or place is None:
            continue
        organ = re.sub(r"\s+", " ", m.group("organ"))
        ctx.add(m.start(), place.end, f"{organ} {canon[0]}", None, canon[1], site.kind, 2)


# a branch written bare by its hamlet ("chi Hội thôn Làng Vố, xã Sơn Thượng"), its commune after
_SITE_BRANCH = re.compile(
    r"(?<![^\W_])[Cc]hi\s+[Hh]ội\s+(?P<hamlet>(?:thôn|ấp|bản|xóm|buôn|tổ\s+dân\s+phố|khu\s+phố)\s+"
    r"(?:\d+[A-Za-z]?|(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3}))(?![^\W_])"
    r"(?:\s*,?\s*(?P<level>xã|phường|thị\s+trấn)\s+(?P<commune>(?-i:[A-ZĐ])[^\W\d_]*"
    r"(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3})(?![^\W_]))?")


def pass_site_branches(ctx: Ctx) -> None:
    """On a mass organisation's own site (``[names] association_sites``), a branch written bare
    with its hamlet ("chi Hội thôn Làng Vố, xã Sơn Thượng") is that organisation's ("Chi hội
    Nông dân thôn Làng Vố xã Sơn Thượng"); its commune is the one written after it, else the
    one the resolver finds for a commune's body."""
    if "hi hội" not in ctx.text and "hi Hội" not in ctx.text:
        return
    site = _site_association(ctx) if ctx.address else None
    if site is None or not site.name.startswith("Hội "):
        return
    for m in _SITE_BRANCH.finditer(ctx.text):
        name = "Chi hội " + site.name.removeprefix("Hội ") + " " + re.sub(r"\s+", " ",
                                                                          m.group("hamlet"))
        if m.group("commune"):
            level = re.sub(r"\s+", " ", m.group("level"))
            commune = re.sub(r"\s+", " ", m.group("commune"))
            ctx.add(m.start(), m.end(), f"{name} {level} {commune}", None, ctx.source_province,
                    site.kind, 3, known=False)
            continue
        # the site names the organisation a bare grass-roots reading cannot (priority over it)
        ctx.cands.append(Cand(m.start(), m.end(), name, None, ctx.source_province, site.kind, 3,
                              Body(name, None, site.kind, ""), "xã", None, known=False))
