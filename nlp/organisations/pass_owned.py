"""Pass: bodies inside the page's own unit written without its name ("Chi đoàn", "Chi bộ nhà
trường", "Công đoàn Nhà trường", "Đoàn Thanh niên cơ quan", "Công đoàn cơ sở Trung tâm Y tế",
"trường Đông Ba") on a school's, hospital's or health centre's page.

A school, hospital or health centre writes about its own Youth Union branch, Party cell and
trade union without naming itself again; the label is the body of that unit ("Chi đoàn Trường
Tiểu học Đông Ba"). The owner is the one school, hospital or health centre the paragraph names,
else the one whose own site the page is (``places.school_site``, ``places.health_site``); with
none or several known, nothing is read (precision first). A trade union or Youth Union written
bare ("Công đoàn", "Đoàn Thanh niên") also names the movement at large, so it is read only on
the owner's own site or after the paragraph named that unit of the owner in full ("CĐCS
Trường X … đoàn viên CĐCS"). A hospital's or health centre's department written bare ("Khoa
Cấp cứu", "phòng Công tác xã hội") is its owner's when the catalogue knows that owner or the
page is its site. ``pass_local_bodies``: "<body> địa phương" is the one such body the paragraph
named before with its district or commune."""

from __future__ import annotations

import re

from baochi.nlp import places
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.pass_units import composed_with
from baochi.nlp.organisations.words import LOCAL_LEVELS, skey

# an owner's name inside a candidate's ("Liên đội Trường Tiểu học Đông Ba" -> the school)
_OWNER = re.compile(r"(?:^|\s)((?:Trường|Bệnh\s+viện|Trung\s+tâm\s+Y\s+tế)\s.+)$", re.I)

_UNIT = (r"(?P<unit>[Cc]hi\s+[Đđ]oàn|Chi\s+bộ|Liên\s+đội|Công\s+đoàn\s+cơ\s+sở|CĐCS|Công\s+đoàn|"
         r"Đoàn\s+(?:Thanh\s+niên|TN)|Đoàn\s+cơ\s+sở|"
         # the school's Youth Union written "Đoàn trường" (lower-case "trường", no name after)
         r"Đoàn(?=\s+trường(?![^\W_])))")
# the owner's kind written without its name ("Công đoàn Nhà trường", "Đoàn Thanh niên cơ quan")
_QUALIFIER = (r"\s+(?P<qual>(?i:nhà\s+trường|cơ\s+quan|bệnh\s+viện|trung\s+tâm\s+y\s+tế)|"
              r"trường)")
# a unit followed by a name, a level or a plural is someone else's ("Chi đoàn thôn 3", "Công
# đoàn Việt Nam", "Công đoàn ngành Giáo dục", "Chi bộ số 2")
_NOT_BARE = (r"(?![^\W_])(?!\s*(?:[A-ZĐ0-9(“\"'&]|(?:các|của|thôn|xóm|ấp|bản|khu|tổ\s+(?:dân|\d)|"
             r"xã|phường|thị|huyện|quận|tỉnh|thành|giáo|thanh|khối|ngành|cấp|viên|trường|số|"
             r"cơ|bộ|trực|doanh|công|lao|y|bệnh|nhà|trung|TNCS)(?![^\W_])))")
_BARE = re.compile(r"(?<![^\W_])" + _UNIT + r"(?:" + _QUALIFIER + r"(?![^\W_])(?!\s*[A-ZĐ0-9(])|"
                   + _NOT_BARE + r")")
# words before a unit that make it generic or the movement ("các chi đoàn", "tổ chức Công
# đoàn", "cán bộ Công đoàn", "Bữa cơm Công đoàn", "ngày thành lập Công đoàn")
_GENERIC_BEFORE = re.compile(r"(?:các|mỗi|từng|những|tổ\s+chức|cán\s+bộ|công\s+tác|hoạt\s+động|"
                             r"thành\s+lập|cơm|cấp|toàn|vào|là|và\s+các)\s+$", re.I)
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|mỗi|từng|những)\s+$", re.I)
# a congress of a union and its term, written bare ("Đại hội Công đoàn nhiệm kỳ 2017-2022")
_CONGRESS_BEFORE = re.compile(r"(?<![^\W_])Đại\s+hội\s+$", re.I)
_TERM_AFTER = re.compile(r"\s+(?:lần\s+thứ\s+[IVXLC\d]+\s*,?\s*)?nhiệm\s+kỳ(?![^\W_])", re.I)
# a school written short by its own name ("trường Đông Ba" for "Trường Tiểu học Đông Ba")
_SHORT_SCHOOL = re.compile(r"(?<![^\W_])[Tt]rường\s+(?P<name>[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})"
                           r"(?![^\W_])")
_HEADS = {"chi đoàn": "Chi đoàn", "chi bộ": "Chi bộ", "công đoàn cơ sở": "Công đoàn cơ sở",
          "cđcs": "Công đoàn cơ sở", "công đoàn": "Công đoàn", "đoàn thanh niên": "Đoàn Thanh niên",
          "đoàn tn": "Đoàn Thanh niên", "đoàn cơ sở": "Đoàn cơ sở", "đoàn": "Đoàn Thanh niên",
          "liên đội": "Liên đội"}
# units that exist only inside a base unit (a branch, a cell, a grass-roots union): any one
# owner names them; a trade union or Youth Union written bare needs the owner's site or its
# own earlier mention
_BASE_ONLY = frozenset({"Chi đoàn", "Chi bộ", "Công đoàn cơ sở", "Đoàn cơ sở", "Liên đội"})
_KIND_OF_QUALIFIER = {"nhà trường": "trường", "trường": "trường", "bệnh viện": "bệnh viện",
                      "trung tâm y tế": "trung tâm y tế", "cơ quan": ""}


def _owner_readings(ctx: Ctx) -> dict[str, tuple[str, bool]]:
    """The owners the paragraph names, by key, with whether the catalogue knows the body (a
    name read from the text may be cut: "Bệnh viện Truyền" for "… Truyền máu Huyết học")."""
    out: dict[str, tuple[str, bool]] = {}
    taken: list[tuple[int, int]] = []
    # one reading per written span: the best one ("Bệnh viện tỉnh" is the catalogue's "Bệnh
    # viện Đa khoa tỉnh X", not also "Bệnh viện tỉnh X")
    for c in sorted(ctx.cands, key=lambda c: (-c.priority, c.start - c.end)):
        m = _OWNER.search(c.name)
        if m is None or any(s < c.end and c.start < e for s, e in taken):
            continue
        taken.append((c.start, c.end))
        name = re.sub(r"\s+", " ", m.group(1))
        out.setdefault(skey(name), (name[0].upper() + name[1:], c.known))
    return out


def _site_owner(ctx: Ctx) -> str | None:
    if not ctx.address:
        return None
    return places.school_site(ctx.address, ctx.source_province) \
        or places.health_site(ctx.address, ctx.source_province)


def pass_owned_units(ctx: Ctx) -> None:
    """Units of the page's own school, hospital or health centre written without its name."""
    text = ctx.text
    if "oàn" not in text and "Chi" not in text and "CĐCS" not in text and "rường" not in text \
            and "hoa " not in text and "hòng " not in text:
        return
    readings = _owner_readings(ctx)
    site = _site_owner(ctx) if not readings else None
    if site is not None:
        readings = {skey(site): (site, True)}
    if len(readings) != 1:
        return
    owner, known = next(iter(readings.values()))
    named = {c.name.split(" ", 1)[0] for c in ctx.cands if _OWNER.search(c.name)}
    for m in _BARE.finditer(ctx.tn):
        head = _HEADS[re.sub(r"\s+", " ", m.group("unit")).lower()]
        qual = re.sub(r"\s+", " ", m.group("qual") or "").lower()
        if qual and not skey(owner).startswith(skey(_KIND_OF_QUALIFIER[qual])):
            continue  # "Đoàn Thanh niên Bệnh viện" on a school's page: not this owner's
        if not qual and _GENERIC_BEFORE.search(ctx.tn, max(0, m.start() - 14), m.start()):
            continue
        if _PLURAL_BEFORE.search(ctx.tn, max(0, m.start() - 8), m.start()):
            continue  # "các Đoàn trường": the unions of several schools, no one body
        if head == "Liên đội" and not skey(owner).startswith(skey("Trường")):
            continue  # the Young Pioneers' unit of a school only
        if head not in _BASE_ONLY and not qual and site is None \
                and head.split(" ", 1)[0] not in named \
                and not (_CONGRESS_BEFORE.search(ctx.tn, max(0, m.start() - 9), m.start())
                         and _TERM_AFTER.match(ctx.tn, m.end())):
            continue  # a bare "Công đoàn" beside a school: the movement as well (its
            # congress of a term is the owner's own union's: "trường X tổ chức Đại hội Công
            # đoàn nhiệm kỳ 2017-2022")
        ctx.add(m.start(), m.end(), f"{head} {owner}", None, ctx.source_province, "đoàn thể", 1,
                known=False)
    _short_school(ctx, owner)
    if known:
        # a department goes to a hospital the catalogue knows or whose site the page is: a
        # hospital read from the text may be another one, cut ("khoa Xét nghiệm … qua Bệnh
        # viện Truyền máu Huyết học" is the page's own hospital's)
        _departments(ctx, owner)


# a hospital's department written bare ("Khoa Cấp cứu", "phòng Công tác xã hội"): its field
# begins with a capital, runs over lower-case words and ends before a clause or punctuation
_DEPARTMENT = re.compile(
    r"(?<![^\W_])(?P<head>[Kk]hoa|[Pp]hòng)\s+(?P<field>[A-ZĐ][^\W\d_]*(?:\s+(?!(?:đã|đang|sẽ|"
    r"thì|là|và|của|để|đến|cho|với|tại|trong|được|có|cùng|phối|tổ|tiếp|thực|đều|này|đó|"
    r"cũng|vẫn|mới|khi|không|chưa|luôn|qua|về|từ|do|nên|mà|như|các|những|một|nhằm|"
    r"huyện|tỉnh|xã(?!\s+hội)|phường|quận|thị|thành)(?![^\W_]))[a-zđà-ỹ][^\W\d_]*|"
    # fields joined by a dash ("Khoa Huyết học- Truyền máu")
    r"\s*[-–]\s*[A-ZĐ][^\W\d_]*){0,5})"
    r"(?![^\W_])(?!\s*[-–]|\s+[A-ZĐ0-9])")


def _departments(ctx: Ctx, owner: str) -> None:
    """Departments of the one hospital or health centre known ("Khoa Cấp cứu" -> "Khoa Cấp cứu
    Trung tâm Y tế huyện X"); a department followed by a name or bracket has its own parent."""
    if not owner.startswith(("Bệnh viện", "Trung tâm Y tế")):
        return
    for m in _DEPARTMENT.finditer(ctx.text):
        field = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", m.group("field")))
        head = m.group("head")[0].upper() + m.group("head")[1:]
        ctx.add(m.start(), m.end(), f"{head} {field} {owner}", None, ctx.source_province,
                "đơn vị", 1, known=False)


def _short_school(ctx: Ctx, owner: str) -> None:
    """"trường Đông Ba" for the one school named in full ("Trường Tiểu học Đông Ba")."""
    if not owner.startswith("Trường "):
        return
    for m in _SHORT_SCHOOL.finditer(ctx.text):
        name = re.sub(r"\s+", " ", m.group("name"))
        if skey(owner) != skey(name) and skey(owner).endswith(" " + skey(name)) \
                and len(skey(name).split()) >= 2:
            ctx.add(m.start(), m.end(), owner, None, ctx.source_province, "đơn vị", 1,
                    known=False)


# a district's or town's youth union site names itself by its level and district
# ("huyendoanhungha.vn", "thidoan…", "thanhdoan…"): a bare "Đoàn thanh niên" there is that union
_UNION_SITE = re.compile(r"^(?:huyen|thi|thanh)doan(?=[a-z]{4})")
_BARE_UNION = re.compile(r"(?<![^\W_])Đoàn\s+(?:[Tt]hanh\s+niên|TN)" + _NOT_BARE)


def pass_union_site(ctx: Ctx) -> None:
    """A bare "Đoàn thanh niên" on a district's (or town's, city's) youth union site is that
    union ("Tham gia chương trình do Đoàn thanh niên tổ chức" on huyendoanhungha.vn: Huyện
    đoàn Hưng Hà, the catalogue's name at that level); not after a plural or generic word."""
    if not ctx.address or "oàn" not in ctx.text:
        return
    stem = places.host_stem(ctx.address)
    if not _UNION_SITE.match(stem):
        return
    unit = places.host_district(stem)
    body = ctx.cat.by_key.get(skey("Đoàn Thanh niên"))
    if unit is None or body is None:
        return
    level = places.district_level(unit[0], unit[1])
    names = dict(body.level_names)
    if level not in names:
        return
    for m in _BARE_UNION.finditer(ctx.tn):
        if _GENERIC_BEFORE.search(ctx.tn, max(0, m.start() - 14), m.start()):
            continue
        ctx.add(m.start(), m.end(), f"{names[level]} {unit[0]}", None, unit[1], body.kind, 1)


_LOCAL_LEVEL_WORDS = tuple(f"{level} " for level in LOCAL_LEVELS)
_LOCAL = re.compile(r"\s+địa\s+phương(?![^\W_])")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+\s+){0,5}[^\W\d_]+$")


def pass_local_bodies(ctx: Ctx) -> None:
    """"Hội nông dân địa phương" ("the local farmers' association") after the same body was
    named with its unit in the paragraph ("Hội nông dân xã Vĩnh Hanh … hội viên Hội nông dân
    địa phương"): that body; with no such body, or two, nothing."""
    if "địa phương" not in ctx.text:
        return
    for m in _LOCAL.finditer(ctx.text):
        words = _WORDS_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
        if words is None:
            continue
        tokens = words.group(0).split()
        for k in range(min(len(tokens), 6), 0, -1):
            written = " ".join(tokens[-k:])
            body = ctx.cat.by_key.get(skey(written))
            if body is None or not written[0].isupper():
                continue
            named = {c.name for c in ctx.cands if c.end <= m.start() - len(written)
                     and c.name.startswith(f"{body.name} ")
                     and c.name[len(body.name) + 1:].startswith(_LOCAL_LEVEL_WORDS)}
            if len(named) == 1:
                start = m.start() - len(written)
                ctx.add(start, m.end(), named.pop(), body.acronym, ctx.source_province,
                        body.kind, 2)
            break


# a guest house or a nursery of a body, written before it ("Nhà khách Văn phòng Trung ương Đảng",
# "Nhà khách Tỉnh ủy", "nhà trẻ Liên đội TNXP X"): a unit of that body, where events are held
# and which hosts them, or which it runs for its staff's children
_GUEST_HOUSE = re.compile(r"(?<![^\W_])(?P<head>Nhà\s+khách|[Nn]hà\s+trẻ)\s+$")


# a department of a central office written before it ("Cục Quản trị T.78 Văn phòng Trung ương
# Đảng", "Vụ Địa phương I Văn phòng Trung ương Đảng"): its head, a capitalised word, then at most
# four words of its name
_OFFICE_UNIT = re.compile(r"(?<![^\W_])(?:Cục|Vụ)\s+[A-ZĐ][^\s,.;:()“”\"]*(?:\s+[^\s,;:()“”\"]+){0,4}?\s+$")
_NOT_IN_UNIT = re.compile(r"(?<![^\W_])(?:và|với|của|cho|tại|đã|đang|sẽ|được|là|các|cùng|trong)"
                          r"(?![^\W_])")


def _office_units(ctx: Ctx) -> None:
    """A department of a national office written right before it (above): one body, named as
    written."""
    for c in list(ctx.cands):
        if c.province is not None or not c.name.startswith("Văn phòng "):
            continue
        unit = _OFFICE_UNIT.search(ctx.text, max(0, c.start - 48), c.start)
        if unit is None or _NOT_IN_UNIT.search(unit.group(0)):
            continue
        written = re.sub(r"\s+", " ", ctx.text[unit.start():c.end])
        ctx.add(unit.start(), c.end, written, None, None, "cơ quan nhà nước", c.priority + 1,
                known=False)


def pass_guest_houses(ctx: Ctx) -> None:
    """A body's guest house or nursery ("Nhà khách Tỉnh ủy", "nhà trẻ Liên đội TNXP X"), and a department of a national office ("Cục
    Quản trị T.78 Văn phòng Trung ương Đảng"): one body, the unit of the body read right
    after its head; named with the body as written when that is a national one (its own name
    holds it so), else with the body's canonical name and place ("Nhà khách Tỉnh ủy X")."""
    if "Văn phòng" in ctx.text and ("Cục " in ctx.text or "Vụ " in ctx.text):
        _office_units(ctx)
    if "Nhà khách" not in ctx.text and "hà trẻ" not in ctx.text:
        return
    for c in list(ctx.cands):
        head = _GUEST_HOUSE.search(ctx.text, max(0, c.start - 12), c.start)
        if head is None:
            continue
        unit = "Nhà khách" if "khách" in head.group("head") else "Nhà trẻ"
        if c.body is not None and c.level not in (None, "tỉnh"):
            # a district's or commune's body the resolver has yet to place ("Nhà khách Huyện
            # ủy"): the unit takes the place it finds for the body
            ctx.cands.append(composed_with(c, head.start(), unit, c.priority + 1, known=False,
                                           kind="đơn vị"))
            continue
        written = re.sub(r"\s+", " ", ctx.text[c.start:c.end])
        parent = written if c.province is None else c.name
        ctx.add(head.start(), c.end, f"{unit} {parent}", None, c.province, "đơn vị",
                c.priority + 1, known=False)
