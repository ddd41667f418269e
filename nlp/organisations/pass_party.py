"""Passes: party committees of blocs and forces ("Đảng ủy Khối Doanh nghiệp tỉnh"),
of a command ("Đảng ủy, Bộ Tư lệnh …") and party boards at a level ("Ban Tuyên giáo huyện")."""

from __future__ import annotations

import re

from baochi.nlp import places
from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.pass_named import province_written as _province_written
from baochi.nlp.organisations.placing import Place, city_place, read_place
from baochi.nlp.organisations.resolver import canonical

# a party committee of a bloc or a force, anchored by a level word ("Đảng ủy các cơ quan Đảng
# tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng ủy Quân sự tỉnh")
_PARTY_BLOC = re.compile(
    r"(?-i:Đảng\s+ủy)\s+(?P<topic>(?:(?-i:Khối)\s+)?(?:(?i:(?:các\s+)?cơ\s+quan(?:\s+Đảng|\s+và\s+doanh"
    r"\s+nghiệp)?)|cơ\s+quan\s+Dân\s+chính\s+Đảng|(?<=Khối\s)(?i:doanh\s+nghiệp)|"
    r"(?-i:Dân\s+chính\s+Đảng|Doanh\s+nghiệp|"
    r"Quân\s+sự|Công\s+an|Biên\s+phòng)|Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND))"
    r"(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã)(?![^\W_]))"
)
_EXPAND = {"ubnd": "Ủy ban nhân dân", "hđnd": "Hội đồng nhân dân"}
# two blocs' committees under one "Đảng ủy" and one level ("Đảng ủy Khối các cơ quan, Khối
# doanh nghiệp tỉnh", "Đảng ủy Khối Cơ quan và Khối Doanh nghiệp tỉnh"): each its own committee
_BLOC = r"(?-i:Khối)\s+(?i:(?:các\s+)?cơ\s+quan(?:\s+Đảng)?|doanh\s+nghiệp|dân\s+chính\s+Đảng)"
_PARTY_BLOC_PAIR = re.compile(
    r"(?-i:Đảng\s+ủy)\s+(?P<t1>" + _BLOC + r")(?P<join>\s*,\s*(?:và\s+)?|\s+và\s+)(?P<t2>"
    + _BLOC + r")(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã)(?![^\W_]))")
# the Youth Union or trade union of a bloc ("Đoàn khối các cơ quan tỉnh", "Đoàn Thanh niên khối
# doanh nghiệp tỉnh", "Công đoàn Khối Doanh nghiệp tỉnh"), anchored by a level word
_UNION_BLOC = re.compile(
    r"(?<![^\W_])(?P<org>(?-i:Đoàn)(?:\s+Thanh\s+niên)?|(?-i:Công)\s+đoàn)\s+(?P<topic>khối\s+"
    # the bloc of agencies and enterprises ("Đoàn Khối các Cơ quan và Doanh nghiệp tỉnh")
    r"(?:(?:các\s+)?cơ\s+quan(?:\s+Đảng|(?P<and>\s+và)?\s+doanh\s+nghiệp)?|doanh\s+nghiệp|"
    r"dân\s+chính\s+Đảng))"
    # the central bloc's union ("Đoàn khối doanh nghiệp Trung ương", "Đoàn Khối các cơ quan
    # Trung ương"): a national body
    r"(?:(?P<central>\s+(?:trung\s+ương|TƯ|TW|T\.Ư)(?![^\W_]))"
    r"|(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã)(?![^\W_]))"
    # written without its level: its province's bare name, else nothing that goes on with the
    # name (a bloc union is a province's, "Đoàn khối Doanh nghiệp, Đoàn Thanh niên …")
    r"|(?P<bare>(?=\s+(?-i:[A-ZĐ]))|(?!\s*(?:[(\w]|-\s*[\w])))(?![^\W_]))", re.I)
# "tỉnh, thành phố" with no name after it: the provinces and cities at large
_AND_CITIES = re.compile(r"\s*,\s*thành\s+phố(?!\s+[A-ZĐ])(?![^\W_])")
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những|hai|ba)\s+$", re.I)


def _union_blocs(ctx: Ctx) -> None:
    """The Youth Union or trade union of a bloc, named as written with its bloc capitalised
    ("Đoàn Khối các cơ quan tỉnh X", "Đoàn Thanh niên Khối Doanh nghiệp tỉnh X")."""
    if "hối" not in ctx.text:
        return
    for m in _UNION_BLOC.finditer(ctx.tn):
        if m.group("central") is not None:
            _central_bloc(ctx, m)
            continue
        if m.group("bare") is not None:
            place = _bare_bloc_place(ctx, m)
        else:
            place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                               allow_bare_province=False)
        if place is None or (place.level == "tỉnh" and _AND_CITIES.match(ctx.tn, place.end)):
            continue  # "Đoàn Khối các cơ quan tỉnh, thành phố phía Bắc": the blocs of many
        org, bloc = _bloc_words(ctx, m)
        if m.group("and") is None and bloc.lower().endswith("quan doanh nghiệp"):
            # "Đoàn Khối cơ quan doanh nghiệp tỉnh": the bloc of agencies and enterprises
            bloc = bloc[:-len(" doanh nghiệp")] + " và " + bloc[-len("doanh nghiệp"):]
        body = Body(f"{org} Khối {bloc}", None, "đoàn thể", "")
        canon = canonical(body, place, ctx.source_province)
        if canon:
            # "Đoàn khối cơ quan huyện": the district the text names before it (resolver)
            ctx.add(m.start(), place.end, canon[0], None, canon[1], "đoàn thể", 2,
                    None if place.place else body, place)


def _bloc_words(ctx: Ctx, m: re.Match) -> tuple[str, str]:
    """The union's head and its bloc as written, the bloc capitalised ("Đoàn", "Doanh nghiệp")."""
    org = re.sub(r"\s+", " ", ctx.text[m.start("org"):m.end("org")])
    org = "Đoàn Thanh niên" if org.lower() == "đoàn thanh niên" else org[0] + org[1:].lower()
    bloc = re.sub(r"\s+", " ", ctx.text[m.start("topic"):m.end("topic")]).split(" ", 1)[1]
    bloc = bloc if bloc.lower().startswith(("các", "cơ")) else bloc[0].upper() + bloc[1:]
    return org, bloc


def _central_bloc(ctx: Ctx, m: re.Match) -> None:
    """The union of a central bloc ("Đoàn khối doanh nghiệp Trung ương"): "Đoàn Khối Doanh
    nghiệp Trung ương", no province; none after a plural."""
    if _PLURAL_BEFORE.search(ctx.tn, max(0, m.start() - 8), m.start()):
        return
    org, bloc = _bloc_words(ctx, m)
    ctx.add(m.start(), m.end(), f"{org} Khối {bloc} Trung ương", None, None, "đoàn thể", 2)


def _bare_bloc_place(ctx: Ctx, m: re.Match) -> Place | None:
    """The province of a bloc's union written without its level: the province whose bare name
    follows ("Đoàn Khối Doanh nghiệp Nghệ An"), else the paper's; none after a plural ("các
    Đoàn khối …": a grouping) or before another capitalised word."""
    if _PLURAL_BEFORE.search(ctx.tn, max(0, m.start() - 8), m.start()):
        return None
    province, end = ctx.source_province, m.end()
    if ctx.text[m.end():].lstrip()[:1].isupper():
        written = _province_written(ctx.text, m.end())
        if written is None:
            return None
        province, end = written
    if province is None:
        return None
    level = "thành phố" if province in places.cities() else "tỉnh"
    return Place(end, level, city_place(province) if level == "thành phố" else province,
                 province)


def pass_party_blocs(ctx: Ctx) -> None:
    """Party committees of a bloc or a force ("Đảng ủy Khối Doanh nghiệp tỉnh"), and the
    Youth Union or trade union of a bloc ("Đoàn khối các cơ quan tỉnh")."""
    _union_blocs(ctx)
    if "Đảng ủy" not in ctx.text:
        return
    for m in _PARTY_BLOC.finditer(ctx.tn):
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is None:
            continue
        topic = re.sub(r"\s+", " ", ctx.text[m.start("topic"):m.end("topic")])
        topic = _EXPAND.get(topic.lower(), topic)
        canon = canonical(Body(f"Đảng ủy {topic}", None, "đảng", ""), place,
                          ctx.source_province)
        if canon:
            ctx.add(m.start(), place.end, canon[0], None, canon[1], "đảng", 2)
    if "hối" in ctx.text:
        _party_bloc_pairs(ctx)


def _party_bloc_pairs(ctx: Ctx) -> None:
    """Two blocs' Party committees sharing "Đảng ủy" and the level written after the second
    ("Đảng ủy Khối các cơ quan, Khối doanh nghiệp tỉnh"): the first named up to its bloc, the
    second from its "Khối" to its place, both of that place."""
    for m in _PARTY_BLOC_PAIR.finditer(ctx.tn):
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is None:
            continue
        for start, end, group in ((m.start(), m.end("t1"), "t1"),
                                  (m.start("t2"), place.end, "t2")):
            topic = re.sub(r"\s+", " ", ctx.text[m.start(group):m.end(group)])
            canon = canonical(Body(f"Đảng ủy {topic}", None, "đảng", ""), place,
                              ctx.source_province)
            if canon:
                ctx.add(start, end, canon[0], None, canon[1], "đảng", 2)


_PARTY_OF_COMMAND = re.compile(r"(?<![^\W_])Đảng\s+ủy\s*,\s+(?=Bộ\s+Tư\s+lệnh\s|BTL\s)")


def pass_party_of_command(ctx: Ctx) -> None:
    """"Đảng ủy, Bộ Tư lệnh Quân khu 2": a unit listed before its parent sharing it; the Party
    committee is the command's ("Đảng ủy Quân khu 2", "Đảng ủy Bộ đội Biên phòng"), not the
    commune's a bare "Đảng ủy" would name. Runs after the catalogue pass it reads."""
    if "Đảng ủy," not in ctx.text and "Đảng ủy ," not in ctx.text:
        return
    for m in _PARTY_OF_COMMAND.finditer(ctx.tn):
        command = next((c for c in ctx.cands if c.start == m.end()
                        and c.name.startswith("Bộ Tư lệnh ")), None)
        if command is not None:
            ctx.add(m.start(), m.start() + len("Đảng ủy"),
                    "Đảng ủy " + command.name.removeprefix("Bộ Tư lệnh "), None,
                    command.province, "đảng", 4)


_PARTY_BOARD_AT_LEVEL = re.compile(
    r"(?<![^\W_])Ban\s+(?P<field>Tuyên\s+giáo\s+và\s+Dân\s+vận|Tuyên\s+giáo|Dân\s+vận|Tổ\s+chức|"
    r"Nội\s+chính)(?=\s+(?:huyện|quận|thị\s+xã|tỉnh)\s+(?-i:[A-ZĐ]))")
_COMMITTEE_OF_LEVEL = {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy",
                       "tỉnh": "Tỉnh ủy"}


def pass_party_boards_at_level(ctx: Ctx) -> None:
    """A Party board written with the level of its committee instead of the committee ("Ban
    Dân vận huyện Nghi Lộc"): the board of that committee ("Ban Dân vận Huyện ủy Nghi Lộc")."""
    if "Ban " not in ctx.text:
        return
    for m in _PARTY_BOARD_AT_LEVEL.finditer(ctx.text):
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is None or place.level is None or not place.place:
            continue
        committee = _COMMITTEE_OF_LEVEL.get(place.level)
        if committee is None:
            continue
        field = re.sub(r"\s+", " ", m.group("field"))
        ctx.add(m.start(), place.end, f"Ban {field} {committee} {place.place}", None,
                place.province, "đảng", 2)


# a military region written without its number after it was named with one ("Bộ Tư lệnh Quân
# khu 4 … Chính ủy Quân khu", "… Quân khu 4, Bảo tàng Quân khu")
_BARE_REGION = re.compile(r"(?<![^\W_])Quân\s+khu(?!\s*\d)(?![^\W_])")
_NUMBERED_REGION = re.compile(r"^Bộ Tư lệnh Quân khu (?P<n>\d)$")
# a commander's title right before it: the region's command
_COMMAND_TITLE = re.compile(r"(?<![^\W_])(?:Chính\s+ủy|Phó\s+Chính\s+ủy|Tư\s+lệnh|Phó\s+Tư\s+lệnh|"
                            r"Tham\s+mưu\s+trưởng|Chủ\s+nhiệm\s+Chính\s+trị)\s+$")


def pass_bare_regions(ctx: Ctx) -> None:
    """"Quân khu" written without its number in a paragraph that named one numbered region: the
    command after a commander's title ("Chính ủy Quân khu" → "Bộ Tư lệnh Quân khu 4"), and the
    region in the name of a body of it read from the text ("Bảo tàng Quân khu" → "Bảo tàng
    Quân khu 4"). Two regions named, or none: nothing."""
    if "Quân khu" not in ctx.text:
        return
    numbers = {m.group("n") for c in ctx.cands if (m := _NUMBERED_REGION.match(c.name))}
    if len(numbers) != 1:
        return
    n = numbers.pop()
    for m in _BARE_REGION.finditer(ctx.text):
        owned = [c for c in ctx.cands if c.end == m.end() and c.start < m.start() and not c.known]
        for c in owned:
            c.name = f"{c.name} {n}"
        if not owned and _COMMAND_TITLE.search(ctx.text, max(0, m.start() - 24), m.start()):
            ctx.add(m.start(), m.end(), f"Bộ Tư lệnh Quân khu {n}", None, None,
                    "lực lượng vũ trang", 2)


# a Party board written bare on a provincial paper's page ("Trong đó, Ban Dân vận yêu cầu …"):
# its province's committee's board, when the paragraph names no committee and no lower unit
_BARE_PARTY_BOARD = re.compile(
    r"(?<![^\W_])Ban\s+(?P<field>[Dd]ân\s+vận|[Tt]uyên\s+giáo(?:\s+và\s+[Dd]ân\s+vận)?|"
    r"[Nn]ội\s+chính)(?![^\W_])(?!\s+(?:Trung\s+ương|TƯ|TW|[A-ZĐ]|(?:tỉnh|huyện|quận|thị\s+xã|"
    r"thành\s+phố|xã|phường|thị\s+trấn|các|cấp)(?![^\W_])))")
_LOWER_LEVELS = frozenset(("huyện", "quận", "thị xã", "xã", "phường", "thị trấn"))


def pass_bare_party_boards(ctx: Ctx) -> None:
    """"Ban Dân vận" written bare where the page's province is known and the paragraph names
    no Party committee and no district or commune (nor does the page address): the board of
    that province's committee ("Ban Dân vận Tỉnh ủy X", "… Thành ủy X" in a centrally-run
    city)."""
    province = ctx.source_province
    if province is None or "Ban " not in ctx.text:
        return
    matches = list(_BARE_PARTY_BOARD.finditer(ctx.text))
    if not matches:
        return
    committee = "Thành ủy" if province in places.cities() else "Tỉnh ủy"
    own = f"{committee} {province}"
    if any(" ủy" in c.name or c.name.startswith("Đảng ủy") or c.level in _LOWER_LEVELS
           for c in ctx.cands):
        return  # a committee (its organs are read with it) or a lower unit in the paragraph
    if ctx.address and (places.address_units(ctx.address, province)
                        or places.gov_portal(ctx.address)[1]):
        return  # a district's or commune's page
    for m in matches:
        if any(c.start <= m.start() < c.end for c in ctx.cands):
            continue
        field = re.sub(r"\s+", " ", m.group("field"))
        field = field[0].upper() + field[1:]
        field = field.replace("và dân vận", "và Dân vận")
        ctx.add(m.start(), m.end(), f"Ban {field} {own}", None, province, "đảng", 1)
