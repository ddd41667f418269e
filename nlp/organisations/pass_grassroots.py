"""Pass: grass-roots units below a commune, named by the hamlet or quarter they belong to ("Chi
đoàn thôn Phú Lợi", "Chi bộ khu phố 3", "Chi hội Phụ nữ ấp Tân Hòa", the Front's "Ban Công tác Mặt trận khu phố
4"): the press of district
and commune portals names them often, and no catalogue can list them. The name is the unit as
written, with its mass organisation spelt out; the commune they belong to is added when the
paragraph names it before them (or the page address does): the labels name "Chi hội Cựu chiến
binh khu phố 11 phường Ba Đình" for "Chi hội khu phố 11" on that ward's page."""

from __future__ import annotations

import re

from baochi.nlp import places
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import INSTITUTION, read_name
from baochi.nlp.organisations.placing import level_place
from baochi.nlp.organisations.words import (
    COMMON_SURNAMES,
    COMMUNE_LEVELS,
    LEVEL_CANON,
    place_follows,
)

# the mass organisations a branch ("chi hội") belongs to, as written -> spelt out
ORGANISATIONS = {
    "Phụ nữ": "Phụ nữ", "PN": "Phụ nữ", "Nông dân": "Nông dân", "ND": "Nông dân",
    "Cựu chiến binh": "Cựu chiến binh", "CCB": "Cựu chiến binh",
    "Người cao tuổi": "Người cao tuổi", "NCT": "Người cao tuổi",
    "Khuyến học": "Khuyến học", "Chữ thập đỏ": "Chữ thập đỏ", "CTĐ": "Chữ thập đỏ",
    "Cựu giáo chức": "Cựu giáo chức", "Thanh niên": "Thanh niên",
    "Cựu thanh niên xung phong": "Cựu thanh niên xung phong",
    "Cựu TNXP": "Cựu thanh niên xung phong",
}
# a hamlet's or quarter's name: capitalised words or a number ("thôn Phú Lợi", "khu phố 11", "ấp 3A")
_HAMLET_NAME = r"(?P<name>(?:(?:số\s+)?\d{1,3}[A-Z]?|[A-ZĐ][^\W\d_]*)(?:\s+(?:\d{1,3}[A-Z]?|[A-ZĐ][^\W\d_]*)){0,3})"
_GRASSROOTS = re.compile(
    # the head in either case ("chi hội thôn Quảng Trung 3": its hamlet's name makes it one;
    # "Trưởng ban Công tác Mặt trận bản X": the board inside its head's title)
    r"(?<![^\W_])(?P<head>[Cc]hi\s+(?:đoàn|bộ|hội)|[Bb]an\s+[Cc]ông\s+tác\s+[Mm]ặt\s+trận)"
    # the branch inside its head's title ("Chi hội trưởng CCB thôn Phú Thọ")
    r"(?:\s+(?:trưởng|phó)(?=\s+\S+\s+(?i:thôn|xóm|ấp|bản|khu\s+phố|tổ\s+dân\s+phố)\s))?"
    # its organisation, in either case ("chi hội phụ nữ thôn X" on a commune's page)
    r"(?:\s+(?P<org>(?i:" + "|".join(
        re.escape(k).replace(r"\ ", r"\s+") for k in sorted(ORGANISATIONS, key=len, reverse=True))
    + r")))?"
    # the unit below the commune, in any case ("Khu phố 11" in a title-cased line)
    r"\s+(?P<unit>(?i:thôn|xóm|ấp|bản|làng|buôn|khóm|khu\s+phố|khối\s+phố|khu\s+dân\s+cư|"
    r"tổ\s+dân\s+phố|khối|khu\s+vực)|TDP|KP\.?)"
    # its name: capitalised words or a number ("thôn Phú Lợi", "khu phố 11", "ấp 3A", "KP.4")
    r"(?:\s+|(?<=KP\.))" + _HAMLET_NAME + r"(?![^\W_])"
)
_ORGANISATIONS_BY_KEY = {k.lower(): v for k, v in ORGANISATIONS.items()}
_UNIT_CANON = {"tdp": "tổ dân phố", "kp": "khu phố", "kp.": "khu phố"}
# what follows "Chi hội" in a grass-roots branch's name: its organisation or its hamlet
# (the institutions pass leaves these to this one: "Chi hội Khu phố" alone names no branch)
BRANCH_WORDS = re.compile(
    r"\s+(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in ORGANISATIONS)
    + r"|(?i:thôn|xóm|ấp|bản|làng|buôn|khóm|khu\s+phố|khối\s+phố|khu\s+dân\s+cư|tổ\s+dân\s+phố|"
    r"khối|khu\s+vực)|TDP|KP(?=[.\s]))(?![^\W_])"
)
# the branch written without its organisation ("Chi hội khu phố 11") is the branch of the mass
# organisation the text names before it ("Hội CCB phường Ba Đình … Chi hội khu phố 11")
_ORGANISATION_OF_BODY = {"Hội Cựu chiến binh": "Cựu chiến binh", "Hội Nông dân": "Nông dân",
                         "Hội Liên hiệp Phụ nữ": "Phụ nữ", "Hội Người cao tuổi": "Người cao tuổi",
                         "Hội Khuyến học": "Khuyến học", "Hội Chữ thập đỏ": "Chữ thập đỏ",
                         "Hội Cựu giáo chức": "Cựu giáo chức",
                         "Hội Cựu thanh niên xung phong": "Cựu thanh niên xung phong"}


def _organisation_before(ctx: Ctx, start: int, communal: bool = False) -> str | None:
    """The mass organisation of the last body read before ``start`` that is one ("Hội Cựu chiến
    binh phường Ba Đình" -> "Cựu chiến binh"), or None; ``communal``: only one of a commune or
    ward (whose branches need no commune named after them)."""
    best: tuple[int, str | None] | None = None
    for c in ctx.cands:
        if c.end > start or (best is not None and c.start <= best[0]):
            continue
        org = next((v for k, v in _ORGANISATION_OF_BODY.items() if c.name.startswith(k + " ")),
                   None)
        if org is not None:
            best = (c.start, org if not communal or c.level in COMMUNE_LEVELS else None)
    return best[1] if best else None


# the members a paragraph writes of ("hội viên phụ nữ", "hội viên nông dân"): their organisation
_MEMBERS = re.compile(r"(?<![^\W_])hội\s+viên\s+(?P<org>phụ\s+nữ|nông\s+dân|cựu\s+chiến\s+binh|"
                      r"người\s+cao\s+tuổi|chữ\s+thập\s+đỏ|khuyến\s+học)(?![^\W_])", re.I)


def _members_organisation(text: str) -> str | None:
    """The one mass organisation whose members the paragraph writes of ("… hội viên phụ nữ …
    chi hội thôn X": the women's branch), or None when it writes of none or of several."""
    found = {_ORGANISATIONS_BY_KEY[re.sub(r"\s+", " ", m.group("org")).lower()]
             for m in _MEMBERS.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _commune_before(ctx: Ctx, start: int) -> tuple[str, str] | None:
    """(level, name) of the last commune or ward the text names before ``start`` with its level
    ("… phường Ba Đình …"), else the one it names after, else the one the page address names;
    None when none does."""
    found: tuple[str, str] | None = None
    later: set[tuple[str, str]] = set()
    tn = ctx.tn
    for m in ctx.cat.level_re.finditer(tn):
        level = re.sub(r"\s+", " ", m.group("level")).lower()
        level = LEVEL_CANON.get(level, level)
        if level not in COMMUNE_LEVELS or not place_follows(tn, m.end()):
            continue
        p = level_place(ctx.view, m.end(), level, ctx.cat, ctx.source_province)
        if p is not None and p.place and p.end <= start:
            found = (level, p.place)
        elif p is not None and p.place and m.start() >= start:
            later.add((level, p.place))
    if found is None and len(later) == 1:
        # "Ban Công tác Mặt trận thôn X tổ chức … Ủy ban MTTQ xã Y dự": the one commune the
        # paragraph names after it, as a bare level takes the one unit named later
        found = later.pop()
    if found is None and ctx.address:
        units = [u for u in places.address_units(ctx.address, ctx.source_province)
                 if u[0] in COMMUNE_LEVELS]
        found = units[0] if len(units) == 1 else None
    return found


def pass_grassroots(ctx: Ctx) -> None:
    """Branches of the Youth Union, the Party and the mass organisations in a hamlet or quarter
    ("Chi đoàn thôn Phú Lợi", "Chi hội Phụ nữ ấp 3"): one body each, in the commune named before
    them when the text or page names one."""
    _bare_branches(ctx)
    _commune_unions(ctx)
    if "hi " not in ctx.text and "ặt trận" not in ctx.text:
        return
    for m in _GRASSROOTS.finditer(ctx.text):
        # the Front's work board of a hamlet or quarter ("Ban Công tác Mặt trận khu phố 4")
        head = "Ban Công tác Mặt trận" if m.group("head").startswith(("Ban", "ban")) \
            else "Chi " + re.sub(r"\s+", " ", m.group("head"))[4:]
        org = m.group("org")
        unit = re.sub(r"\s+", " ", m.group("unit")).lower()
        words = [head]
        if org:
            words.append(_ORGANISATIONS_BY_KEY[re.sub(r"\s+", " ", org).lower()])
        elif head == "Chi hội" and (of := _organisation_before(ctx, m.start())
                                    or _members_organisation(ctx.text)) is not None:
            words.append(of)
        words += [_UNIT_CANON.get(unit, unit), re.sub(r"\s+", " ", m.group("name"))]
        name = " ".join(words)
        commune = _commune_after(ctx, m.end()) or _commune_before(ctx, m.start())
        if commune is not None:
            name = f"{name} {commune[0]} {commune[1]}"
        kind = "đảng" if head == "Chi bộ" else "đoàn thể"
        ctx.add(m.start(), m.end(), name, None, ctx.source_province, kind, 2, known=False)
    _named_branches(ctx)


# a branch named by its own name or number, right after "Chi hội" ("Chi hội Đông Quyền thuộc
# phường Nghi Thu", "Chi hội 4")
_NAMED_BRANCH = re.compile(
    r"(?<![^\W_])Chi\s+hội\s+(?P<name>\d{1,3}(?![\d/.,]\d)|[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,2})"
    r"(?![^\W_])"
)
# the commune written right after it ("… thuộc phường Nghi Thu", "…, xã Thạch Kim", "… (xã Phú
# Trạch)")
_COMMUNE_AFTER = re.compile(r"(?:\s+thuộc\s+|\s*,\s+|\s*\(\s*|\s+)(?P<level>xã|phường|thị\s+trấn)\s+(?=[A-ZĐ])")


def _commune_after(ctx: Ctx, end: int) -> tuple[str, str] | None:
    """(level, name) of the commune written right after a branch ("Chi hội CCB thôn Phú Thọ,
    xã Tây Phú"), or None."""
    after = _COMMUNE_AFTER.match(ctx.text, end)
    if after is None:
        return None
    place = level_place(ctx.view, after.end() - 1, re.sub(r"\s+", " ", after.group("level")),
                        ctx.cat, ctx.source_province)
    return (place.level or "", place.place) if place is not None and place.place else None


def _named_branches(ctx: Ctx) -> None:
    """A branch named by its name or number after a mass organisation ("Hội cựu TNXP … Chi hội
    Đông Quyền thuộc phường Nghi Thu"): that organisation's branch, in the commune written
    right after it (else the one named before); a branch with no such organisation before it
    is a club or charity of its own name ("Chi hội Thiện Tâm"), read as an institution."""
    for m in _NAMED_BRANCH.finditer(ctx.text):
        if BRANCH_WORDS.match(ctx.text, m.start("name") - 1):
            continue  # "Chi hội Phụ nữ …", "Chi hội Khu phố …": the hamlet form above
        after = _COMMUNE_AFTER.match(ctx.text, m.end())
        # a branch of an association of a commune, or one the text places in a commune ("Hội
        # LHPN huyện … và Chi hội Thiện Nhân ở TP.HCM": a charity of its own name)
        org = _organisation_before(ctx, m.start(), communal=after is None)
        if org is None:
            continue
        written = m.group("name")
        branch = f"số {written}" if written.isdigit() else re.sub(r"\s+", " ", written)
        name = f"Chi hội {org} {branch}"
        place = level_place(ctx.view, after.end() - 1, re.sub(r"\s+", " ", after.group("level")),
                            ctx.cat, ctx.source_province) if after else None
        commune = (place.level or "", place.place) if place is not None and place.place \
            else _commune_before(ctx, m.start())
        if commune is not None:
            name = f"{name} {commune[0]} {commune[1]}"
        ctx.add(m.start(), m.end(), name, None, ctx.source_province, "đoàn thể", 2, known=False)


# a branch written with its hamlet's level word only ("do Hội Phụ nữ thôn trồng", "Chi đoàn
# thôn") or a Party cell named bare by its secretary's title ("Bí thư Chi bộ", "Phó Bí thư chi
# bộ", "Bí thư Chi bộ cho biết"): the branch of the hamlet the paragraph names before it ("Ngược lên thôn Chè 3, xã Yên
# Hợp, …"), or, for the cell, the hamlet its secretary also heads ("Phó Bí thư chi bộ, Trưởng
# thôn Nà Pan 2"); with no hamlet named, nothing (every hamlet has one)
_UNITS = r"thôn|xóm|ấp|bản|làng|buôn|khóm|khu\s+phố|tổ\s+dân\s+phố"
_BARE_BRANCH = re.compile(
    r"(?<![^\W_])(?:(?:[Pp]hó\s+)?[Bb]í\s+thư\s+(?P<cell>[Cc]hi\s+bộ)(?=\s*(?:,|kiêm\s|[.;:)]|"
    r"(?:cho\s+biết|chia\s+sẻ|nói|kể|phát\s+biểu|khẳng\s+định|thông\s+tin)(?![^\W_])))"
    # the Front's work board, which only a hamlet or quarter has, written bare
    r"|(?P<front>Ban\s+[Cc]ông\s+tác\s+[Mm]ặt\s+trận)(?!\s+(?:" + _UNITS + r"|[A-ZĐ]|\())"
    r"|(?P<head>[Cc]hi\s+(?:đoàn|bộ|hội)|Hội)(?:\s+(?P<org>(?i:" + "|".join(
        re.escape(k).replace(r"\ ", r"\s+") for k in sorted(ORGANISATIONS, key=len, reverse=True))
    + r")))?\s+(?P<unit>" + _UNITS + r")(?!\s+(?:số\s+)?\d)(?!\s+[A-ZĐ])(?![^\W_]))"
)
# a hamlet named as a place: its level word (not a head's title, "trưởng thôn X") and its name
_HAMLET = re.compile(r"(?<![^\W_])(?<![Tt]rưởng\s)(?P<unit>" + _UNITS + r")\s+" + _HAMLET_NAME
                     + r"(?![^\W_])")
_HEADS_HAMLET = re.compile(r"\s*(?:,\s*|\s+kiêm\s+)[Tt]rưởng\s+(?P<unit>" + _UNITS + r")\s+"
                           + _HAMLET_NAME + r"(?![^\W_])")


def _hamlet_before(text: str, start: int) -> tuple[str, str, int] | None:
    """(unit, name, end) of the last hamlet the text names as a place before ``start``."""
    found = None
    for m in _HAMLET.finditer(text, 0, start):
        found = (re.sub(r"\s+", " ", m.group("unit")).lower(), re.sub(r"\s+", " ", m.group("name")),
                 m.end())
    return found


def _bare_branches(ctx: Ctx) -> None:
    """The branches of a hamlet written bare (see ``_BARE_BRANCH``)."""
    text = ctx.text
    if "hôn" not in text and "xóm" not in text and "ấp" not in text and "bản" not in text \
            and "phố" not in text:
        return
    for m in _BARE_BRANCH.finditer(text):
        if m.group("cell"):
            head, org, unit_word = "Chi bộ", None, None
            start, end = m.start("cell"), m.end("cell")
        elif m.group("front"):
            head, org, unit_word = "Ban Công tác Mặt trận", None, None
            start, end = m.start(), m.end()
        else:
            written = re.sub(r"\s+", " ", m.group("head"))
            org = m.group("org")
            if written == "Hội" and not org:
                continue
            head = "Chi hội" if written == "Hội" else "Chi " + written[4:]
            unit_word = re.sub(r"\s+", " ", m.group("unit")).lower()
            start, end = m.start(), m.end()
        hamlet = _hamlet_before(text, start)
        if m.group("cell") and hamlet is None:
            heads = _HEADS_HAMLET.match(text, end)
            if heads is not None and heads.group("name").split()[0] not in COMMON_SURNAMES:
                hamlet = (re.sub(r"\s+", " ", heads.group("unit")).lower(),
                          re.sub(r"\s+", " ", heads.group("name")), heads.end())
        if hamlet is None or (unit_word is not None and hamlet[0] != unit_word):
            continue
        words = [head]
        if org:
            words.append(_ORGANISATIONS_BY_KEY[re.sub(r"\s+", " ", org).lower()])
        words += [hamlet[0], hamlet[1]]
        commune = _commune_after(ctx, hamlet[2]) or _commune_before(ctx, start)
        name = " ".join(words) + (f" {commune[0]} {commune[1]}" if commune else "")
        kind = "đảng" if head == "Chi bộ" else "đoàn thể"
        ctx.add(start, end, name, None, ctx.source_province, kind, 2, known=False)


# a grass-roots trade union named by its commune, ward or township ("Công đoàn cơ sở thị trấn
# X", "CĐCS xã Y", "công đoàn cơ sở phường Z"): the union of that unit's staff, named as written
# with its short form spelt out (the bare "Công đoàn" of the catalogue is a district's or
# province's federation, and would take the district named before it)
_COMMUNE_UNION = re.compile(r"(?<![^\W_])(?:[Cc]ông\s+đoàn\s+cơ\s+sở|CĐCS)\s+"
                            r"(?P<level>xã|phường|thị\s+trấn)(?=\s+[A-ZĐ0-9])")

# the Youth Union's grass-roots organisation named by its commune, ward or township ("Đoàn cơ
# sở xã X", "Đoàn cơ sở TT.Y"): the Youth Union of that unit, named as the catalogue names a
# commune's ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã X"); a school's or an agency's "Đoàn cơ
# sở" keeps its own name (read with its unit)
_COMMUNE_YOUTH_UNION = re.compile(r"(?<![^\W_])Đoàn\s+cơ\s+sở\s+"
                                  r"(?P<level>xã|phường|thị\s+trấn|(?-i:TT)(?=\.[A-ZĐ])|(?-i:TT\.)(?=\s))"
                                  r"(?=\.?\s*[A-ZĐ0-9])")


def _commune_unions(ctx: Ctx) -> None:
    """Grass-roots trade unions of a commune, ward or township (see ``_COMMUNE_UNION``), and
    the Youth Union's (``_COMMUNE_YOUTH_UNION``)."""
    if "CĐCS" not in ctx.text and "cơ sở" not in ctx.text:
        return
    for m in _COMMUNE_UNION.finditer(ctx.text):
        level = re.sub(r"\s+", " ", m.group("level"))
        place = level_place(ctx.view, m.end("level"), level, ctx.cat, ctx.source_province)
        if place is None or not place.place:
            continue
        ctx.add(m.start(), place.end, f"Công đoàn cơ sở {level} {place.place}", None,
                place.province or ctx.source_province, "đoàn thể", 2, known=False)
    for m in _COMMUNE_YOUTH_UNION.finditer(ctx.text):
        level = LEVEL_CANON.get(m.group("level").lower(), re.sub(r"\s+", " ", m.group("level")))
        place = level_place(ctx.view, m.end("level"), level, ctx.cat, ctx.source_province)
        if place is None or not place.place:
            continue
        ctx.add(m.start(), place.end, f"Đoàn Thanh niên Cộng sản Hồ Chí Minh {level} "
                f"{place.place}", None, place.province or ctx.source_province, "đoàn thể", 2,
                known=False)


# the units listed after a grass-roots union's first one ("CĐCS Trung tâm A, Công ty B và Công
# nghệ C được bàn giao …", "CĐCS Công ty D và E (KCN …)"): each is that unit's union; a body's
# head ends the list ("CĐCS Công ty A và UBND xã B")
_GRASSROOTS_HEAD = re.compile(r"(?:CĐCS|[Cc]ông\s+đoàn\s+cơ\s+sở)\s")
_LISTED_UNION_NEXT = re.compile(r"\s*,\s*(?=[A-ZĐ])|\s+và\s+(?=[A-ZĐ])")
_OTHER_BODY = re.compile(r"(?:Công\s+(?:ty|an|đoàn)|CĐCS|Trường|Bệnh|Hội|Ban|Sở|Phòng|UBND|HĐND|"
                         r"UBMTTQ|MTTQ|LĐLĐ|Đoàn|Huyện|Tỉnh|Thành|Xã|Phường|Chi|Liên|Ủy|Đảng|"
                         r"Viện|Cục|Trung\s+tâm|Ngân|Quỹ|Tổng|Tập|Hợp|HTX|Báo|Đài|Nhà|Mặt|Quân)"
                         r"(?![^\W_])")


def pass_listed_unions(ctx: Ctx) -> None:
    """The grass-roots unions of the units listed after one (see ``_LISTED_UNION_NEXT``): an
    institution read there takes the union's head, a proper name of two capitalised syllables
    or more with no body's head is the unit's name; after every other pass, so that the first
    union is read whatever its unit ("CĐCS Trung tâm …" is read by the field names)."""
    if "CĐCS" not in ctx.text and "ông đoàn cơ sở" not in ctx.text:
        return
    text = ctx.text
    heads = [c for c in ctx.cands if c.name.startswith("Công đoàn cơ sở ")
             and _GRASSROOTS_HEAD.match(text, c.start) is not None]
    for first in heads:
        end, seen = first.end, {first.name}
        while (nxt := _LISTED_UNION_NEXT.match(text, end)) is not None:
            at = nxt.end()
            inst = max((c for c in ctx.cands if c.start == at and not c.known
                        and INSTITUTION.match(text, at)), key=lambda c: c.end, default=None)
            if inst is not None:
                stop, unit = inst.end, inst.name
            elif _OTHER_BODY.match(text, at):
                break
            else:
                stop = read_name(ctx.view, at - 1, limit=5)
                unit = re.sub(r"\s+", " ", text[at:stop]).strip()
                if sum(w[0].isupper() for w in unit.split()) < 2 \
                        or places.province_of_form(unit) or places.is_district_name(unit):
                    break
            name = f"Công đoàn cơ sở {unit}"
            if name in seen:
                break  # "CĐCS Công ty A và Công ty A ký …": the company itself, no union
            seen.add(name)
            ctx.add(at, stop, name, None, first.province, "đoàn thể", 2, known=False)
            end = stop
