"""Pass: catalogue bodies with their level and place ("UBND huyện X"), national bodies
and their provincial branches, acronyms defined after a body, plural lists of places ("UBND
các xã A, B và C", "các Hội NCT xã A, B"), a body written without its place when a partner or
the paragraph gives its level, and the police written as initials with its level ("CATP Hà
Nội")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from baochi.nlp import places
from baochi.nlp.organisations import placing
from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import (
    INSTITUTION,
    PLURAL,
    VIET_NAM,
    acronym_head,
    read_name,
    unit_before,
)
from baochi.nlp.organisations.placing import (
    LIST_SEP,
    Place,
    city_place,
    fallback_place,
    read_place,
    shared_place,
)
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import (
    COMMUNE_LEVELS,
    DISTRICT_LEVELS,
    LEVEL_CANON,
    LOCAL_LEVELS,
    initials,
    skey,
)
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, alternation

_I = re.IGNORECASE


_BARE_OWN_ACR = re.compile(r"\s+(?P<acr>[A-ZĐ][A-ZĐ&]{1,7})(?=\s+(?:tỉnh|huyện|quận|thị\s+xã|"
                           r"thành\s+phố|xã|phường|thị\s+trấn|TP)\b)")
_ACR_RE = re.compile(r"\s*\(\s*(?P<acr>[A-ZĐ][A-ZĐ0-9&\-.]{1,11})\s*\)")
_CENTRAL = re.compile(r"\s+(?:Trung\s+ương|TƯ|TW)" + WORD_BOUNDARY_AFTER)
# "đại biểu Quốc hội" is one word of office (a deputy); "Thủ tướng Chính phủ" is not: the body
# inside the role counts (GUIDE: "a body inside a role counts", as in "Chủ tịch UBND tỉnh").
_ROLE_BEFORE = re.compile(r"(?<![^\W_])(?<!hội\s)đại\s+biểu\s+$", _I)


def _capital_after_head(m: re.Match) -> bool:
    """A lower-case head whose next word is capitalised names the body ("đoàn ĐBQH tỉnh",
    "trường Chính trị tỉnh"), as does a spelled-out name whose fourth word is ("đoàn đại
    biểu Quốc hội"); a lower-case phrase does not ("hội nông dân")."""
    words = m.group(0).split()
    # a spelled-out name whose proper part comes later ("đoàn đại biểu Quốc hội tỉnh") too
    return len(words) >= 2 and (words[1][0].isupper() or (
        len(words) >= 4 and words[3][0].isupper()))


_CHI_BEFORE = re.compile(r"(?<![^\W_])(?:Chi|Tổng|Hiệp)\s+$")  # "Hiệp hội …" is another body
_LEVEL_IN_NAME = re.compile(r"(?<![^\W_])(?:Thành|Huyện|Tỉnh|Quận|Thị|Chi|Liên)\s+(?=Đoàn\b)")
_PARTY_ORG_BEFORE = re.compile(r"(?<![^\W_])Đảng\s+bộ\s+$", _I)


_BRANCH_BEFORE = re.compile(r"(?<![^\W_])chi\s+nhánh\s+$", _I)
# a bank's branch written after it with its level and place ("… chi nhánh tỉnh Hà Tĩnh", "- Chi
# nhánh huyện X"; with a bare level, "… chi nhánh tỉnh", the bank itself is what is named); a
# branch named by its place alone is read by pass_branches
_BRANCH_AFTER = re.compile(r"\s*(?:[-–]\s*)?chi\s+nhánh(?=\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|"
                           r"quận|TP)\.?\s*(?-i:[A-ZĐ]))", _I)
_PIONEER_UNIT_BEFORE = re.compile(r"(?<![^\W_])[Ll]iên\s+$")


def _national_body(ctx: Ctx, m: re.Match, body: Body, end: int) -> None:
    if body.name == "Quốc hội" and _ROLE_BEFORE.search(ctx.tn, max(0, m.start() - 16),
                                                       m.start()):
        return  # "đại biểu Quốc hội" is a deputy's title ("đại biểu Ban Tuyên giáo Trung
        # ương", "đại biểu Bộ Công an": people sent by the body, which counts)
    if _PARTY_ORG_BEFORE.search(ctx.tn, max(0, m.start() - 12), m.start()):
        return  # "Đảng bộ Đảng Cộng sản Việt Nam tỉnh X": the party organisation, no body
    if _PIONEER_UNIT_BEFORE.search(ctx.tn, max(0, m.start() - 10), m.start()) \
            and INSTITUTION.match(ctx.text, end + 1):
        return  # "Liên đội TNTP Hồ Chí Minh trường TH X": the school's unit, read with it
    if body.name.startswith(("Hội ", "Liên ", "Ngân hàng ")):
        if body.name == "Ngân hàng Chính sách xã hội" and (b := _BRANCH_AFTER.match(ctx.tn, end)):
            # "Ngân hàng CSXH chi nhánh tỉnh X": the branch, named by its level as the bank
            # names its branches ("Ngân hàng Chính sách xã hội tỉnh X"; a commercial bank's is
            # "… Chi nhánh X", read by pass_branches)
            end = b.end()
        place = _bare_province(ctx, end) or read_place(
            ctx.view, end, ctx.cat, ctx.source_province, allow_bare_province=False) \
            or _national_list_place(ctx, end)
        if place is None and body.name.startswith("Ngân hàng ") and ctx.source_province \
                and _BRANCH_BEFORE.search(ctx.tn, max(0, m.start() - 12), m.start()):
            # "chi nhánh NHCSXH" on a provincial page: the bank's branch of that province
            place = Place(end, "tỉnh", ctx.source_province, ctx.source_province)
        if place is not None:
            _provincial_branch(ctx, m.start(), body, place)
            second = _and_province(ctx, place)
            if second is not None:
                _provincial_branch(ctx, second[0], body, second[1])
            return  # "Hội Liên hiệp Thanh niên Việt Nam tỉnh": the provincial body
    ctx.add(m.start(), end, body.name, None, None, body.kind, 3)


_AND = re.compile(r"\s+và(?=\s)")


def _and_province(ctx: Ctx, place: Place) -> tuple[int, Place] | None:
    """(start, place) of the province written bare after "và" right after a body's province
    ("Đại hội MTTQ Việt Nam TP. HCM và Thanh Hóa"): the same body of that province too; None
    when there is none."""
    if not place.place or place.province is None or place.level not in ("tỉnh", "thành phố"):
        return None
    a = _AND.match(ctx.tn, place.end)
    second = _bare_province(ctx, a.end()) if a else None
    if a is None or second is None or second.province == place.province:
        return None
    return a.end() + 1, second


def _national_list_place(ctx: Ctx, end: int) -> Place | None:
    """The place written once after a list of national associations' branches ("Hội LHTN
    Việt Nam, Hội Sinh viên Việt Nam tỉnh Bình Định"): only when the next item is one too, so
    that "Trung ương Hội LHPN Việt Nam, Hội LHPN tỉnh" keeps its central body."""
    sep = LIST_SEP.match(ctx.tn, end)
    b = ctx.cat.body_re.match(ctx.tn, sep.end()) if sep else None
    nxt = ctx.cat.by_key.get(skey(b.group(0))) if b else None
    if b is None or nxt is None or not nxt.national or not nxt.name.startswith(("Hội ", "Liên ")):
        return None
    place = _bare_province(ctx, b.end()) or read_place(
        ctx.view, b.end(), ctx.cat, ctx.source_province, allow_bare_province=False)
    if place is None or not place.place:
        return None
    return Place(end, place.level, place.place, place.province)  # this item ends here


def _bare_province(ctx: Ctx, end: int) -> Place | None:
    """A province written right after ``end`` without a level ("… TP.HCM", "… Nghệ An")."""
    tn = ctx.tn
    p = ctx.cat.place_re.match(tn, end + 1) if end < len(tn) and tn[end] == " " else None
    prov = ctx.cat.province_keys.get(skey(ctx.text[p.start():p.end()])) if p else None
    return Place(p.end(), "tỉnh", prov, prov) if p and prov else None


def _provincial_branch(ctx: Ctx, start: int, body: Body, place: Place) -> None:
    """A national association written with a level or province after it ("Hội Sinh viên Việt
    Nam TP.HCM", "… Thành phố"): its branch there; a level without its place ("Ngân hàng
    Chính sách xã hội thị xã") is filled by the resolver."""
    if not place.place:
        if place.level and place.level != "tỉnh":
            branch = Body(body.name, None, body.kind, "")
            ctx.add(start, place.end, f"{body.name} {place.level}", None, place.province,
                    body.kind, 2, branch, place)
        return
    local = ctx.cat.by_key.get(skey(body.name.removesuffix(" Việt Nam")))
    if local is not None and not local.national:
        # "Hội Liên hiệp Phụ nữ Việt Nam tỉnh Long An" is the body "Hội LHPN tỉnh" names
        canon = canonical(local, place, ctx.source_province)
        if canon is not None:
            ctx.add(start, place.end, canon[0], local.acronym, canon[1], local.kind, 2)
            return
    level, where = place.level, place.place
    if place.province in places.cities() and level == "tỉnh":
        level, where = "thành phố", city_place(place.province or "")
    ctx.add(start, place.end, f"{body.name} {level} {where}", None, place.province, body.kind, 2)


def _defined_acronym(ctx: Ctx, m: re.Match, body: Body) -> tuple[int, str | None, str | None]:
    """(end, acronym defined right after the body or None, its head): "Ban Thi đua - Khen
    thưởng (TĐKT)" defines TĐKT, reused as "Ban TĐKT"."""
    a = _ACR_RE.match(ctx.text, m.end())
    if a is None:
        # the body's own short form written again right after its full name, without brackets
        # ("Hội Liên hiệp Phụ nữ LHPN tỉnh X"): part of this mention, no word of its name
        own = _BARE_OWN_ACR.match(ctx.text, m.end())
        if own is not None and " " in m.group(0) and (own.group("acr") == body.acronym or ctx.cat
                                                      .by_key.get(skey(own.group("acr"))) is body):
            return own.end(), None, None
        return m.end(), None, None
    if ctx.cat.by_key.get(skey(a.group("acr"))) is body:
        # the body's own short form in brackets ("Bộ Chỉ huy Bộ đội biên phòng (BĐBP) tỉnh",
        # "Cơ quan Hợp tác quốc tế Nhật Bản (JICA)"): part of this mention, and its level and
        # place are read after it
        return a.end(), None, None
    if body.national:
        return m.end(), None, None
    ok, head = acronym_head(ctx.text[m.start():m.end()], a.group("acr"))
    if not ok:
        # the initials of the name's last words ("Ban Điều hành Quỹ Hỗ trợ nông dân (HTND)
        # tỉnh X": the fund's): part of this mention, its level and place read after it
        inits = initials(ctx.text[m.start():m.end()])
        letters = re.sub(r"[^A-ZĐ0-9]", "", a.group("acr").upper())
        suffix = any("".join(inits[k:]) == letters for k in range(1, len(inits) - 1))
        return (a.end() if suffix else m.end()), None, None
    ctx.def_spans.append((m.start(), a.end()))
    return a.end(), a.group("acr"), head


# a body written once for the units counted after "của", the local government words between
# ("Đảng ủy, chính quyền của ba xã: …")
_OF_UNITS = re.compile(r"(?:\s*,\s*chính\s+quyền(?:\s+địa\s+phương)?)?\s+của(?=\s)", _I)
# the units may follow a colon ("Hội Nông dân các huyện: Kỳ Anh, Cẩm Xuyên")
_PLURAL_LEVEL = re.compile(r"\s+(?:các|hai|ba|bốn|năm)\s+(?P<level>xã|phường|thị\s+trấn|huyện|"
                           r"quận|thị\s+xã|tỉnh)(?:\s*:\s*|\s+)(?=(?-i:[A-ZĐ])|\d)", _I)
_LIST_ITEM_SEP = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:(?P<sep>\s*,\s*|\s+và\s+)"
                            r"(?=(?-i:[A-ZĐ])|\d|(?:quận|phường|huyện|thị\s+xã|thành\s+phố)\s)|"
                            r"\s+cùng\s+(?=(?:quận|phường|huyện|thị\s+xã|thành\s+phố)\s))")
# a district-level unit of another level closing a list of urban districts ("Công an các quận 3,
# 4, Phú Nhuận và thành phố Thủ Đức"): its own level written before it
_OTHER_DISTRICT_LEVEL = re.compile(r"(?P<level>huyện|thị\s+xã|thành\s+phố)\s+(?=[A-ZĐ])")
# a unit of the cities numbered, not named ("các quận 3, 4, 5"): a number standing alone, not
# a count ("3, 10 người")
_ITEM_NUMBER = re.compile(r"\d{1,2}(?![\d/.,:\-]?\d)(?![^\W\d_])"
                          r"(?!\s+(?:người|hộ|ha|km|triệu|tỷ|nghìn|ngàn|lượt|suất|căn)\b)")


def _list_item(ctx: Ctx, at: int, level: str) -> tuple[int, str] | None:
    """The unit named at ``at`` in a list after a plural level: a name, or for wards and urban
    districts a number ("Công an các quận 3, 4, 5, Phú Nhuận")."""
    if level in ("quận", "phường") and ctx.text.startswith(("huyện ", "thị xã ", "thành phố "),
                                                          at):
        return None  # another level's unit: read by _list_unit_of_level
    if ctx.cat.body_re.match(ctx.tn, at):
        return None  # "UBND các xã A, B và Hội Nông dân huyện": another body, no unit
    if level in ("quận", "phường"):
        if ctx.text.startswith(level + " ", at):
            at += len(level) + 1  # "quận Phú Nhuận, quận Bình Thạnh": the level written again
        n = _ITEM_NUMBER.match(ctx.text, at)
        if n is not None:
            return n.end(), n.group(0)
    return fallback_place(ctx.view, at)


def _plural_list(ctx: Ctx, start: int, body: Body, end: int) -> None:
    """A body written once for several units named after it ("UBND hai xã Châu Bình, Tân
    Bình", "Ban Thường trực Ủy ban MTTQ các xã Ia Nan, Ia Dom", "Hội Nông dân các tỉnh Nghệ An,
    Hà Tĩnh"): one body of each unit; a unit named right before the body ("Ban Thường trực")
    belongs to each."""
    p = _PLURAL_LEVEL.match(ctx.tn, end)
    if p is None:
        return
    level = re.sub(r"\s+", " ", p.group("level")).lower()
    unit = unit_before(ctx.view, start)
    prefix = ""
    if unit is not None:
        start, u_name = unit
        prefix = ctx.cat.prefix_by_key.get(skey(u_name), u_name) + " "
    at, first = p.end(), True
    for _ in range(8):
        fb = _list_item(ctx, at, level)
        if fb is None:
            if not first and level in ("quận", "huyện"):
                _list_unit_of_level(ctx, at, body, prefix)
            return
        name_end, name = fb
        province = ctx.source_province
        if level == "tỉnh":
            # "Hội Nông dân các tỉnh Nghệ An, Hà Tĩnh": each item is a province of its own
            province = places.province_of_form(name)
            if province is None:
                return
        canon = canonical(body, Place(name_end, level, name, province), province)
        if canon is not None:
            ctx.add(start if first else at, name_end, prefix + canon[0], body.acronym, canon[1],
                    body.kind, 3)
        first = False
        sep = _LIST_ITEM_SEP.match(ctx.text, name_end)
        if sep is None:
            return
        at = sep.end()


def _list_unit_of_level(ctx: Ctx, at: int, body: Body, prefix: str) -> None:
    """The district-level unit written with its own level at the end of a list of urban
    districts ("… Bình Thạnh và thành phố Thủ Đức"): the same body of that unit."""
    o = _OTHER_DISTRICT_LEVEL.match(ctx.text, at)
    if o is None:
        return
    level = re.sub(r"\s+", " ", o.group("level"))
    place = placing.level_place(ctx.view, o.end() - 1, level, ctx.cat, ctx.source_province)
    if place is None or not place.place:
        return
    canon = canonical(body, place, ctx.source_province)
    if canon is not None:
        ctx.add(at, place.end, prefix + canon[0], body.acronym, canon[1], body.kind, 3)


_OF_LEVEL = re.compile(r"\s+của(?=\s+(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố)(?![^\W_]))")


def _body_place(ctx: Ctx, body: Body, end: int) -> Place | None:
    """The level and place after a catalogue body, or written once after its list."""
    place = read_place(ctx.view, end, ctx.cat, ctx.source_province, allow_bare_province=True)
    if place is None and body.name.startswith("Hội ") and (
            of := _OF_LEVEL.match(ctx.view.tn, end)) is not None:
        # "Hội Cựu TNXP của tỉnh": an association written with its level after "của" is that
        # level's, as "Hội Cựu TNXP tỉnh" is
        place = read_place(ctx.view, of.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
    if place is not None and place.level in LOCAL_LEVELS and place.place is None:
        # "Chủ tịch HĐND huyện, Chủ tịch danh dự Hội CTĐ huyện Lăk": one person's titles, the
        # place written once after the last (placing.shared_place)
        shared = shared_place(ctx.view, place.end, ctx.cat, ctx.source_province, place)
        if shared is not None and shared.place:
            place = Place(place.end, shared.level, shared.place, shared.province)
    if place is None:
        shared = shared_place(ctx.view, end, ctx.cat, ctx.source_province)
        # a body of communes written bare ("Đảng ủy, Hội CCB huyện, Hội CCB xã") takes no
        # district's level from the list: a district's Party committee is its "Huyện ủy"
        if shared is not None and body.default_level in ("", shared.level) and not (
                body.bare_level in COMMUNE_LEVELS and shared.level not in COMMUNE_LEVELS):
            place = Place(end, shared.level, shared.place, shared.province)
    return place


# a lower-case body followed by its level and a named place ("công an huyện Củ Chi")
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:tỉnh|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+"
                                r"(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])", _I)


_ACRONYM_IN = re.compile(r"(?<![^\W_])[A-ZĐ]{3,}(?![^\W_])")


# a syllable that makes a word with a lower-case "bộ" after it ("nội bộ", "toàn bộ", "Đảng bộ")
_WORD_WITH_BO = re.compile(r"(?<![^\W_])(?:nội|toàn|cán|[Đđ]ảng|chi|đồng|sơ|thượng)\s+$")


_COMMITTEE_MEMBER = re.compile(r"\s+viên(?![^\W_])")
_FRONT_WORD = skey("mặt trận")


def _capital_opens_longer_body(ctx: Ctx, m: re.Match) -> bool:
    """Whether the capitalised second word of a lower-case match opens a catalogue body that
    runs past the match ("toàn quốc Hội Liên hiệp Thanh niên Việt Nam": no "Quốc hội")."""
    second = re.search(r"\s+(?=[A-ZĐ])", ctx.text[m.start():m.end()])
    if second is None:
        return False
    b = ctx.cat.body_re.match(ctx.tn, m.start() + second.end())
    return b is not None and b.end() > m.end()


def _long_proper_name(written: str) -> bool:
    """A national body's name of five syllables or more is a name in any case ("vay vốn ngân
    hàng chính sách xã hội"): no common phrase runs that long; a front's is a front of a
    struggle too ("mặt trận dân tộc thống nhất")."""
    return len(written.split()) >= 5 and not written.lower().startswith("mặt trận")


def _not_this_body(ctx: Ctx, m: re.Match, body: Body) -> bool:
    """A catalogue match that names no body: a lower-case phrase ("hội nông dân"), unless its
    next word is capitalised or its level and named place follow ("công an huyện Củ Chi",
    "công an các quận 1, 3");
    the words of a sub-department ("Chi cục Thuế") or of another body's name ("Thành Đoàn")."""
    text, tn = ctx.text, ctx.tn
    if _COMMITTEE_MEMBER.match(tn, m.end()) and m.group(0).lower().endswith(("ủy", "uỷ")):
        return True  # "Đảng ủy viên": a member's title, one word of office (GUIDE)
    if text[m.start()].islower():
        if _CHI_BEFORE.search(tn, max(0, m.start() - 5), m.start()):
            return True
        if skey(m.group(0)) == _FRONT_WORD:
            return True  # "mặt trận" in lower case is a front of work or of war ("tình nguyện
            # tại mặt trận xã X", "trên mặt trận tư tưởng"), no Front committee; its committee
            # is written "Mặt trận" or with its full name in any case ("mặt trận tổ quốc xã X")
        if _capital_opens_longer_body(ctx, m):
            return True  # "toàn quốc Hội Liên hiệp …": the capital opens the next body
        if m.group(0).startswith("bộ ") and _WORD_WITH_BO.search(tn, max(0, m.start() - 8),
                                                                 m.start()):
            return True  # "Phòng An ninh chính trị nội bộ Công an tỉnh", "Đảng bộ Công an
            # tỉnh": the "bộ" of a word, not a ministry's head
        # a national name written out to its "Việt Nam" names the body whatever its case
        # ("ngày thành lập quân đội nhân dân Việt Nam")
        # so does a national name ending with its number ("quân khu 5", "vùng 2 hải quân":
        # a numbered command is one body whatever its case)
        if m.group(0) == "đoàn" and _COMMUNE_LEVEL_AFTER.match(tn, m.end()) \
                and not _WORD_WITH_DOAN.search(tn, max(0, m.start() - 8), m.start()):
            return False  # "đoàn xã ra quân", "chi đoàn trực thuộc đoàn phường": the unit's
            # Youth Union, as youth and commune sites write it
        if _lower_list_item(ctx, m, body):
            return False  # "lãnh đạo đảng ủy, HĐND, UBND xã": the first body of a list
        if not body.national and len(m.group(0).split()) >= 3 \
                and _AGENT_BEFORE.search(tn, max(0, m.start() - 12), m.start()) \
                and _BARE_LEVEL_AFTER.match(tn, m.end()):
            return False  # "Lãnh đạo liên đoàn lao động tỉnh phát biểu", "được hội nông dân
            # huyện hỗ trợ": a union of several words in lower case, its level bare, as the one
            # who acts or is represented names that body (a class has no such word before it:
            # "mỗi hội nông dân huyện")
        if not (_capital_after_head(m) or _ACRONYM_IN.search(m.group(0)) or (
                body.national and (m.group(0).endswith(" Việt Nam")
                                   or m.group(0)[-1].isdigit()
                                   or _long_proper_name(m.group(0)))) or (
                not body.national and (_NAMED_PLACE_AFTER.match(tn, m.end())
                                       or _PLURAL_LEVEL.match(tn, m.end())))):
            return True  # "cán bộ công an huyện X" is no "Bộ Công an"; "ngân hàng CSXH" is
    return bool(_LEVEL_IN_NAME.search(tn, max(0, m.start() - 6), m.start()))


# the one who acts or is represented, right before a lower-case body ("đại diện", "lãnh đạo",
# the agent of a passive "được … chọn")
_AGENT_BEFORE = re.compile(r"(?<![^\W_])(?:[Đđ]ại\s+diện|[Ll]ãnh\s+đạo|được)\s+$")
# a level written bare after it: no named place, no plural ("liên đoàn lao động tỉnh đã …")
_BARE_LEVEL_AFTER = re.compile(r"\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận)(?![^\W_])"
                               r"(?!\s+(?-i:[A-ZĐ0-9]))", _I)


# a commune's or ward's level written bare after a lower-case "đoàn" ("đoàn xã ra quân")
_COMMUNE_LEVEL_AFTER = re.compile(r"\s+(?:xã(?!\s+hội)|phường|thị\s+trấn)(?![^\W_])"
                                  r"(?!\s+(?-i:[A-ZĐ0-9]))", _I)
# a syllable that makes a word or another unit with "đoàn" after it ("chi đoàn", "phái đoàn",
# "liên đoàn", "các đoàn"): no Youth Union
_WORD_WITH_DOAN = re.compile(r"(?<![^\W_])(?:chi|liên|sư|trung|binh|quân|tập|phái|đại|tiểu|lữ|"
                             r"các|những|mỗi|từng|hai|ba|đội|nghi|hợp|một)\s+$", _I)


# the next item of a list of bodies: a comma or a dash, then a body written in capitals
_NEXT_LISTED = re.compile(r"\s*(?:,|[-–](?=\s))\s*(?=[A-ZĐ])")


def _lower_list_item(ctx: Ctx, m: re.Match, body: Body) -> bool:
    """A commune's Party committee written in lower case as the first of a list of bodies in
    capitals ("đại diện lãnh đạo đảng ủy, HĐND, UBND, UB MTTQ xã"): the body, as its list
    makes clear (lower case elsewhere stays a word)."""
    if not body.bare_level or body.national:
        return False
    n = _NEXT_LISTED.match(ctx.tn, m.end())
    b = ctx.cat.body_re.match(ctx.tn, n.end()) if n is not None else None
    listed = ctx.cat.by_key.get(skey(b.group(0))) if b is not None else None
    return listed is not None and not listed.national


def pass_catalogue_bodies(ctx: Ctx) -> None:
    """Catalogue bodies with their level and place, and the acronyms they define."""
    cat, tn, src = ctx.cat, ctx.tn, ctx.source_province
    for m in cat.body_scan.finditer(ctx.view):
        body = cat.by_key.get(skey(m.group(0)))
        if body is None or _not_this_body(ctx, m, body):
            continue
        end, new_acronym, head = _defined_acronym(ctx, m, body)
        if PLURAL.match(tn, end) and not body.national:
            _plural_list(ctx, m.start(), body, end)
            continue
        of = _OF_UNITS.match(tn, end) if not body.national else None
        if of is not None and _PLURAL_LEVEL.match(tn, of.end()):
            # "lãnh đạo Đảng ủy, chính quyền của ba xã: A, B và C": the body of each
            _plural_list(ctx, m.start(), body, of.end())
            continue
        vn = VIET_NAM.match(tn, end) if new_acronym else None
        national = cat.by_key.get(skey(f"{body.name} Việt Nam")) if vn else None
        if vn and national is not None and national.national:
            # "Hội Liên hiệp Phụ nữ (LHPN) Việt Nam": the national body, its acronym inside
            ctx.add(m.start(), vn.end(), national.name, new_acronym, None, national.kind, 3)
            continue
        if body.national:
            _national_body(ctx, m, body, end)
            continue
        if _CENTRAL.match(tn, end):
            continue  # "… Trung ương" without a national entry: not a provincial body
        place = _body_place(ctx, body, end)
        if place is None and _read_without_place(ctx, m, body, end):
            continue
        if new_acronym:
            ctx.defined[new_acronym] = (body, head, place)
        canon = canonical(body, place, src)
        if canon is None:
            continue
        unplaced = body if place is not None and not place.place else None
        ctx.add(m.start(), place.end if place else end, canon[0], new_acronym or body.acronym,
                canon[1], body.kind, 2, unplaced, place)
        if place is not None:
            _more_units(ctx, m, body, place)


def _more_units(ctx: Ctx, m: re.Match, body: Body, place: Place) -> None:
    """The same body of further units written right after its place: "HĐND tỉnh và thành phố
    Kon Tum" (the councils of the province and of the city), "các Hội NCT xã A, B và C", "Ủy
    ban MTTQ Việt Nam tỉnh Nghệ An và Hà Tĩnh" (a second province's bare name)."""
    tn = ctx.tn
    if place.place and (place.level != "tỉnh" or _AND_LOWER_LEVEL.match(tn, place.end)):
        _more_places(ctx, body, place.end, place.level)
        if _PLURAL_BEFORE.search(tn, max(0, m.start() - 5), m.start()):
            _more_names(ctx, body, place)
        elif place.level in COMMUNE_LEVELS and place.end > m.end() + 1:
            _more_names(ctx, body, place, singular=True)  # its own place, not a list's
    second = _and_province(ctx, place)
    more = canonical(body, second[1], ctx.source_province) if second is not None else None
    if second is not None and more is not None:
        ctx.add(second[0], second[1].end, more[0], body.acronym, more[1], body.kind, 2)


def _read_without_place(ctx: Ctx, m: re.Match, body: Body, end: int) -> bool:
    """A catalogue body written without a level or place that names something else: the
    national force ("chiến sĩ BĐBP"), the commune's committee ("Đảng ủy, chính quyền địa
    phương …", dropped when no commune is known) or an institution's proper name ("Trường
    Chính trị Trần Phú"). True when read here."""
    src = ctx.source_province
    if skey(m.group(0)) in body.bare_keys:
        # (only a force written short: "Mặt trận Tổ quốc Việt Nam" in full is the national one)
        partner = _partner_level(ctx, m.start(), provincial=True) \
            if body.kind == _FORCE and not ctx.text[end:end + 1].isalnum() else None
        canon = canonical(body, partner, src) if partner is not None and partner.place else None
        if canon is not None and partner is not None and partner.level == "tỉnh":
            # a province's body working with the bare force ("Hội LHPN Thanh Hóa phối hợp với
            # Bộ đội Biên phòng tổ chức …"): that province's command (GUIDE)
            ctx.add(m.start(), end, canon[0], body.acronym, canon[1], body.kind, 2)
            return True
        ctx.add(m.start(), end, body.bare_name, None, None, body.kind, 2)
        return True
    if body.bare_level:
        ctx.add(m.start(), end, body.name, None, src, body.kind, 2, body,
                Place(end, body.bare_level, None, src))
        ctx.cands[-1].needs_place = True
        return True
    if _national_in_list(ctx, m, body, end) or _read_in_opened_province(ctx, m, body, end) \
            or _listed_after_commune_committee(ctx, m, body, end):
        return True
    follows = ctx.text[end + 1:end + 2] if ctx.text[end:end + 1] == " " else ""
    state = body.kind in _STATE_BRANCHES
    partner = (_partner_level(ctx, m.start(), state) or _partner_after(ctx, end)
               or _listed_before(ctx, end)) \
        if not body.default_level and not (
            follows.isupper() or INSTITUTION.match(ctx.text, end + 1)) else None
    if partner is not None:
        # "Hội Chữ thập đỏ huyện phối hợp cùng Hội Người cao tuổi": the same district's
        canon = canonical(body, partner, src)
        if canon is not None:
            ctx.add(m.start(), end, canon[0], body.acronym, canon[1], body.kind, 2,
                    None if partner.place else body, Place(end, partner.level, partner.place,
                                                           partner.province))
            return True
    if (body.kind == "phòng" or body.name in _DISTRICT_CENTRES) and not follows.isupper():
        # a district's department written bare ("Phòng Nội vụ thẩm định") where the paragraph
        # or the page names units of one district level only: that district's (the resolver
        # finds which one, as for "UBND huyện")
        level = _one_district_level(ctx) or (_one_unit_level(ctx, COMMUNE_LEVELS)
                                             if body.name in _COMMUNE_DEPARTMENTS else None)
        canon = canonical(body, Place(end, level, None, src), src) if level else None
        if canon is not None:
            ctx.add(m.start(), end, canon[0], body.acronym, canon[1], body.kind, 2, body,
                    Place(end, level, None, src))
            ctx.cands[-1].needs_place = True
            return True
    if body.name.startswith(_PROPER_NAMED) and end < len(ctx.text) and ctx.text[end] == " " \
            and ctx.text[end + 1:end + 2].isupper():
        if INSTITUTION.match(ctx.text, m.start()):
            return True  # "Bệnh viện Hữu nghị Đa khoa Nghệ An": read as an institution
        name_end = read_name(ctx.view, end, limit=8)
        if name_end > end:
            name = re.sub(r"\s+", " ", ctx.text[m.start():name_end])
            ctx.add(m.start(), name_end, name[0].upper() + name[1:], None, src, body.kind, 1,
                    known=False)
            return True
    return False


@cache
def _province_opening_re() -> re.Pattern:
    return re.compile(r"(?<![^\W_])[Tt]ại\s+(?P<p>(?-i:" + alternation(list(places.province_forms()))
                      + r"))\s*,\s*$")


# the separator of a list's items before a body ("Đảng ủy, HĐND", "Đảng ủy – UBND")
_ITEM_SEP_BEFORE = re.compile(r"(?:\s*,|\s+và|\s+[-–])\s*$")


def _listed_after_commune_committee(ctx: Ctx, m: re.Match, body: Body, end: int) -> bool:
    """A body of every level written bare in a list after a commune's Party committee written
    bare ("Đảng ủy, HĐND, UBND, UBMTTQ đã tổ chức …", "BTV Đảng ủy, HĐND"), or after a body so
    read: a body of the same commune (or ward: the resolver gives it the commune-tier unit the
    committee takes). True when read here."""
    if body.default_level or body.national or ctx.text[end + 1:end + 2].isupper():
        return False
    sep = _ITEM_SEP_BEFORE.search(ctx.tn, max(0, m.start() - 4), m.start())
    if sep is None or not any(c.end == sep.start() and c.needs_place and c.body is not None
                              and c.body.bare_level in COMMUNE_LEVELS for c in ctx.cands):
        return False
    unit = replace(body, bare_level="xã")
    ctx.add(m.start(), end, body.name, None, ctx.source_province, body.kind, 2, unit,
            Place(end, "xã", None, ctx.source_province))
    ctx.cands[-1].needs_place = True
    return True


def _read_in_opened_province(ctx: Ctx, m: re.Match, body: Body, end: int) -> bool:
    """"Còn tại Đà Nẵng, Hội Văn học – Nghệ thuật xin phép …": the clause's province's body.
    True when read here (a body of every level, no capitalised word going on with its name)."""
    if body.default_level or ctx.text[end + 1:end + 2].isupper():
        return False
    opened = _province_opening(ctx, m.start())
    canon = canonical(body, opened, ctx.source_province) if opened is not None else None
    if canon is None:
        return False
    ctx.add(m.start(), end, canon[0], body.acronym, canon[1], body.kind, 2)
    return True


def _province_opening(ctx: Ctx, start: int) -> Place | None:
    """The province a clause opens with right before a bare body ("Tại Quảng Nam, Hội Nông dân
    …", "Còn tại Đà Nẵng, Hội …"): that province (or centrally-run city) as the body's place."""
    if "ại " not in ctx.text:
        return None
    m = _province_opening_re().search(ctx.text, max(0, start - 40), start)
    province = places.province_of_form(m.group("p")) if m is not None else None
    if province is None:
        return None
    if province in places.cities():
        return Place(start, "thành phố", placing.city_place(province), province)
    return Place(start, "tỉnh", province, province)


# a list opened by the Party and the State ("sự quan tâm của Đảng, Nhà nước, Mặt trận Tổ quốc,
# Hội Chữ thập đỏ và toàn xã hội"): the national bodies, named short
_STATE_LIST_BEFORE = re.compile(r"(?<![^\W_])Đảng\s*,\s*Nhà\s+nước\s*(?:,|và)\s*"
                                r"(?:[^,.;:()“”\"]{1,40}?\s*(?:,|và)\s*){0,4}$")
_LIST_GOES_ON = re.compile(r"\s*(?:[,;.)]|và\s|$)")
# a list opened by the Party's committees ("trách nhiệm của cấp ủy đảng, Mặt trận Tổ quốc và các
# đoàn thể"): the Front and the mass organisations at large, as after the Party and the State
_PARTY_LIST_BEFORE = re.compile(r"(?<![^\W_])cấp\s+ủy(?:\s+đảng)?(?:\s*,\s*chính\s+quyền)?\s*"
                                r"(?:,|và)\s*(?:[^,.;:()“”\"]{1,40}?\s*(?:,|và)\s*){0,3}$", _I)
# the rest of such a list naming a unit ("… và các đoàn thể xã X"): the unit's bodies
_LIST_UNIT_AFTER = re.compile(r"[^,.;:()“”\"]{0,40}?(?<![^\W_])(?:xã|phường|thị\s+trấn|huyện|quận|"
                              r"thị\s+xã|thành\s+phố|tỉnh|cơ\s+sở|địa\s+phương)(?![^\W_])", _I)


def _national_in_list(ctx: Ctx, m: re.Match, body: Body, end: int) -> bool:
    """A mass organisation written bare in a list that the Party and the State open is the
    national organisation ("Đảng, Nhà nước, Mặt trận Tổ quốc, Hội Chữ thập đỏ và …"). True when
    read here."""
    if not _LIST_GOES_ON.match(ctx.tn, end):
        return False
    state = "Nhà nước" in ctx.text \
        and _STATE_LIST_BEFORE.search(ctx.tn, max(0, m.start() - 200), m.start())
    if not state and not ("cấp ủy" in ctx.tn.lower()
                          and _PARTY_LIST_BEFORE.search(ctx.tn, max(0, m.start() - 200),
                                                        m.start())
                          and not _LIST_UNIT_AFTER.match(ctx.tn, end)):
        return False
    national = ctx.cat.by_key.get(skey(f"{body.name} Việt Nam"))
    name = body.bare_name or (national.name if national is not None and national.national
                              else "")
    if not name:
        return False
    ctx.add(m.start(), end, name, body.acronym, None, body.kind, 2)
    return True


_PARTNER_BEFORE = re.compile(r"(?:\s+(?:đã|đang|sẽ|cũng))?\s+(?:phối\s+hợp(?:\s+(?:cùng|với))?|"
                             r"cùng\s+với|cùng)\s+$", _I)


_FORCE = "lực lượng vũ trang"
# items of an enumeration, each opening with its body and its figures ("Cụ thể: Hội LHPN thị xã
# huy động 4 tỷ đồng; Hội Nông dân hơn 2 tỷ đồng; …"): the item before a bare body's own
_SEMICOLON_BEFORE = re.compile(r";\s*$")
_ITEM_START = re.compile(r"[;:]\s*(?=\S)")


def _item_before(ctx: Ctx, start: int) -> Place | None:
    """The unit of the body that opens the enumeration item before a bare body's, when that
    body is a district's or commune's with its place ("…; Hội Nông dân hơn 2 tỷ đồng" after "Hội
    LHPN thị xã Điện Bàn huy động …"): the same unit's."""
    semi = _SEMICOLON_BEFORE.search(ctx.tn, max(0, start - 4), start)
    if semi is None:
        return None
    opens = [m.end() for m in _ITEM_START.finditer(ctx.tn, max(0, semi.start() - 300),
                                                    semi.start())]
    # the nearest earlier item opened by a body with its level (a committee's item, "Thị đoàn
    # 1 tỷ đồng", has its level in its name: the walk goes on over it)
    for at in reversed(opens[-4:]):
        first = [c for c in ctx.cands if c.start == at and c.level in LOCAL_LEVELS]
        if first:
            c = first[0]
            return Place(c.end, c.level, c.place, c.province)
        if not any(c.start == at for c in ctx.cands):
            return None  # an item that opens with no body: the enumeration is not of bodies
    return None
_COMMA_BEFORE = re.compile(r"(?:\s*,|\s+và)\s*$")
# branches of a State hierarchy: a bare one working with a provincial body is that province's
# (a bare mass organisation next to "UBND tỉnh" may as well be the national one: not read)
_STATE_BRANCHES = frozenset({"tư pháp", "cơ quan nhà nước"})


def _partner_level(ctx: Ctx, start: int, provincial: bool = False, depth: int = 0
                   ) -> Place | None:
    """The level and place of the body a bare body works with ("Hội Chữ thập đỏ huyện phối hợp
    cùng Hội Người cao tuổi", "Thi hành án dân sự tỉnh X phối hợp với Viện Kiểm sát nhân dân,
    Tòa án nhân dân"): the body right before the link, or the partner listed before this one."""
    link = _PARTNER_BEFORE.search(ctx.tn, max(0, start - 24), start)
    if link is None:
        comma = _COMMA_BEFORE.search(ctx.tn, max(0, start - 5), start) if depth < 4 else None
        if comma is None:
            return _item_before(ctx, start)
        before = [c for c in ctx.cands if c.end == comma.start()]
        if before and before[0].level in LOCAL_LEVELS and before[0].place:
            # listed after a district's or commune's body ("Hội LHPN huyện Kỳ Anh, Hội Nông
            # dân và Hội Cựu chiến binh"): the same unit's
            c = before[0]
            return Place(c.end, c.level, c.place, c.province)
        return _partner_level(ctx, before[0].start, provincial, depth + 1) if before else None
    for c in ctx.cands:
        if c.end == link.start() and (c.level in LOCAL_LEVELS or (
                provincial and c.level == "tỉnh" and c.province)):
            place = c.province if c.level == "tỉnh" else c.place  # a bare "huyện": resolved later
            return Place(c.end, c.level, place, c.province)
    return None


_PARTNER_AFTER = re.compile(r"\s+(?:phối\s+hợp(?:\s+(?:cùng|với))?|cùng\s+với)\s+", _I)


def _partner_after(ctx: Ctx, end: int) -> Place | None:
    """The level of the catalogue body a bare body works with, written right after it ("Ban
    chỉ huy quân sự phối hợp với Đoàn thanh niên phường"): a district's or commune's; its place
    is the one that body has (the resolver gives a bare level the place named before it)."""
    link = _PARTNER_AFTER.match(ctx.tn, end)
    b = ctx.cat.body_re.match(ctx.tn, link.end()) if link else None
    if b is None or ctx.cat.by_key.get(skey(b.group(0))) is None:
        return None
    lv = ctx.cat.level_re.match(ctx.tn, b.end())
    written = re.sub(r"\s+", " ", lv.group("level")).lower() if lv else ""
    level = LEVEL_CANON.get(written, written)
    if level not in LOCAL_LEVELS:
        return None
    return Place(end, level, None, ctx.source_province)


# the next item of a list, and a unit written before its body in it ("Phòng giao dịch Ngân hàng
# Chính sách xã hội huyện")
_NEXT_ITEM = re.compile(r"(?:\s*,\s*|\s+và\s+)(?:(?:Phòng\s+giao\s+dịch|Chi\s+nhánh|Ban\s+"
                        r"Thường\s+vụ|Thường\s+trực)\s+)?")


_COUNCIL_CLOSER = re.compile(
    r"(?:Hội\s+đồng|Ban\s+[Cc]hỉ\s+(?:huy|đạo))(?:\s+[^\W\d_]+){1,6}?\s+"
    r"(?P<level>xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)(?=\s*(?:[,.;]|$))")


def _listed_before(ctx: Ctx, end: int) -> Place | None:
    """The level of the body that closes a list of bare bodies, written with its level ("… là
    Hội Nông dân, Hội Liên hiệp Phụ nữ và Đoàn Thanh niên, Ngân hàng Chính sách xã hội huyện"):
    a district's or commune's, each bare body before it is that unit's (its place is the one
    the resolver gives that level). Only over catalogue bodies, at most six items on."""
    tn, pos = ctx.tn, end
    for _ in range(6):
        sep = _NEXT_ITEM.match(tn, pos)
        b = ctx.cat.body_re.match(tn, sep.end()) if sep else None
        if b is None or ctx.cat.by_key.get(skey(b.group(0))) is None:
            # a council or board of the level, named by its field, closing the list with its
            # bare level ("…, UBND, Hội đồng nghĩa vụ quân sự xã."): the level is the list's
            c = _COUNCIL_CLOSER.match(tn, sep.end()) if sep else None
            if c is None:
                return None
            level = LEVEL_CANON.get(c.group("level").lower(), c.group("level").lower())
            return Place(end, level, None, ctx.source_province) if level in LOCAL_LEVELS \
                else None
        lv = ctx.cat.level_re.match(tn, b.end())
        if lv is not None:
            written = re.sub(r"\s+", " ", lv.group("level")).lower()
            level = LEVEL_CANON.get(written, written)
            return Place(end, level, None, ctx.source_province) if level in LOCAL_LEVELS \
                else None
        pos = b.end()
    return None


def _one_district_level(ctx: Ctx) -> str | None:
    """The one district level ("huyện", "thành phố" …) of the units the paragraph has named so
    far and of those its page address names; None when none or several."""
    return _one_unit_level(ctx, DISTRICT_LEVELS)


# the departments of a commune's or ward's People's Committee since 2025-07-01: written bare where
# the paragraph or the page names units of one commune level only, that commune's
_COMMUNE_DEPARTMENTS = frozenset(("Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
                                  "Phòng Kinh tế, Hạ tầng và Đô thị"))


# centres every district has one of, read bare as its departments are
_DISTRICT_CENTRES = frozenset(("Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình",
                               "Trung tâm Văn hóa - Thông tin và Thể thao"))


def _one_unit_level(ctx: Ctx, tier: frozenset[str] | tuple[str, ...]) -> str | None:
    levels = {c.level for c in ctx.cands if c.level in tier and c.place}
    if ctx.address:
        levels |= {level for level, _name in places.address_units(ctx.address,
                                                                  ctx.source_province)
                   if level in tier}
        if tier is COMMUNE_LEVELS:  # a commune's portal is named by its commune
            levels |= {level for level, _name in places.gov_portal(ctx.address)[1]
                       if level in tier}
    return levels.pop() if len(levels) == 1 else None


# institutions with a proper name of their own after their kind ("Trường Chính trị Trần Phú",
# "Bảo tàng Quang Trung", "Thư viện Tạ Quang Bửu")
_PROPER_NAMED = ("Trường ", "Bảo tàng", "Thư viện", "Nhà ", "Bệnh viện")


_AND_LEVEL = re.compile(r"(?:\s*,|\s+và)(?=\s+(?:(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|"
                        r"thành\s+phố)\s+(?-i:[A-ZĐ])|(?:quận|phường)\s+\d))", _I)


def _tier(level: str | None) -> int:
    return 0 if level in COMMUNE_LEVELS else 1


# "các Hội Người cao tuổi xã A, B và C": the plural written before the body
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])các\s+$", _I)


def _more_names(ctx: Ctx, body: Body, first: Place, singular: bool = False) -> None:
    """Bodies written once in the plural before a list of units of one level ("các Hội Người
    cao tuổi xã Hồng Giang, Phượng Sơn và Thanh Hải"): the same body of each further unit,
    each a known commune or district name (a capitalised word after the comma may begin
    another body). ``singular``: a body written once for communes listed after its first
    ("Hội LHPN xã Hòa An, Hòa Thắng đạt giải"): commune names that no district or province
    shares (after a commune, a district's bare name is where the commune is)."""
    end, level = first.end, first.level or ""
    for _ in range(6):
        sep = _LIST_ITEM_SEP.match(ctx.text, end)
        fb = fallback_place(ctx.view, sep.end()) if sep is not None else None
        if sep is None or fb is None or not _is_unit_name(ctx, fb[1], level) or (
                singular and (skey(fb[1]) in ctx.cat.district_provinces or " " not in fb[1]
                              or skey(fb[1]) in ctx.cat.province_keys)):
            return
        end, name = fb
        canon = canonical(body, Place(end, level, name, first.province), first.province)
        if canon is None:
            return
        ctx.add(sep.end(), end, canon[0], body.acronym, canon[1], body.kind, 2, None,
                Place(end, level, name, first.province))


def _is_unit_name(ctx: Ctx, name: str, level: str) -> bool:
    if level in COMMUNE_LEVELS:
        return places.is_commune_name(name)
    return skey(name) in ctx.cat.district_provinces


# a district-tier unit joined by "và" after a province's body
_AND_LOWER_LEVEL = re.compile(r"\s+và\s+(?:thành\s+phố|huyện|thị\s+xã|quận)\s+(?=[A-ZĐ])")


def _more_places(ctx: Ctx, body: Body, end: int, first: str | None) -> None:
    """One body written for a second unit named right after the first ("Hội Nông dân huyện
    Châu Đức và xã Bình Trung", "Ban CHQS thị trấn Tây Sơn và xã Sơn Kim", "UBND quận 7, quận
    8, huyện Nhà Bè"): the same body of that unit; after a comma only when both units are
    communes or both districts."""
    for _ in range(4):
        a = _AND_LEVEL.match(ctx.tn, end)
        if a is None:
            return
        place = read_place(ctx.view, a.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is None or not place.place or (
                "," in a.group(0) and _tier(place.level) != _tier(first)):
            return  # "xã Hòa Mỹ, huyện Phụng Hiệp": where the commune is, not a second body
        canon = canonical(body, place, ctx.source_province)
        if canon is None:
            return
        ctx.add(a.end() + 1, place.end, canon[0], body.acronym, canon[1], body.kind, 2, None,
                place)
        end = place.end


# the police of a unit written as initials with its level ("CATP Hà Nội", "CAH Can Lộc", "CAQ
# Đống Đa"): "Công an" and the level in two or three capitals, the place's name after them
_POLICE_INITIALS = re.compile(r"(?<![^\W_])CA(?P<lv>TP|H|Q|TX|T|X|P)(?:\.\s*|\s+)(?=[A-ZĐ])")
_POLICE_LEVELS = {"TP": "thành phố", "H": "huyện", "Q": "quận", "TX": "thị xã", "T": "tỉnh",
                  "X": "xã", "P": "phường"}


def pass_police_initials(ctx: Ctx) -> None:
    """The police written as initials with its level and place ("CATP Hà Nội" is Công an thành
    phố Hà Nội); without a place after them the initials name no unit and are left."""
    if "CA" not in ctx.text:
        return
    police = ctx.cat.by_key.get(skey("Công an"))
    if police is None:
        return
    for m in _POLICE_INITIALS.finditer(ctx.text):
        level = _POLICE_LEVELS[m.group("lv")]
        place = placing.level_place(ctx.view, m.end() - 1, level, ctx.cat, ctx.source_province)
        if place is None or not place.place or place.end <= m.end():
            continue
        canon = canonical(police, place, ctx.source_province)
        if canon is not None:
            ctx.add(m.start(), place.end, canon[0], "CA", canon[1], police.kind, 2)


# a province written bare after a province's body, in a list ("Hội Nông dân tỉnh Nghệ An, Hà
# Tĩnh và Quảng Bình", "Hội Chữ thập đỏ thành phố Hà Nội, TP. HCM và một số tỉnh"): the same
# body of that province too
_PROVINCE_LIST_SEP = re.compile(r"\s*,|\s+và(?=\s)")
_PROVINCE_TAIL = re.compile(r" (?:tỉnh|thành phố) (?P<place>[^\W\d_][\w ]*)$")


def pass_province_lists(ctx: Ctx) -> None:
    """The bodies of the provinces listed bare after a province's body: one each."""
    if "," not in ctx.text and " và " not in ctx.text:
        return
    for c in list(ctx.cands):
        tail = _PROVINCE_TAIL.search(c.name) if c.province and c.priority >= 2 else None
        if tail is None or places.province_of_form(tail.group("place")) != c.province:
            continue  # not named by its province (a district's body, a central one)
        end, seen = c.end, {c.province}
        for _ in range(6):
            sep = _PROVINCE_LIST_SEP.match(ctx.tn, end)
            if sep is None:
                break
            nxt = _bare_province(ctx, sep.end())
            if nxt is None or nxt.province is None or nxt.province in seen \
                    or _in_name(ctx, nxt.end):
                break
            seen.add(nxt.province)
            where = city_place(nxt.province) if nxt.province in places.cities() else nxt.province
            level = "thành phố" if nxt.province in places.cities() else "tỉnh"
            ctx.add(sep.end() + 1, nxt.end, f"{c.name[:tail.start()]} {level} {where}", c.acronym,
                    nxt.province, c.kind, c.priority)
            end = nxt.end


def _in_name(ctx: Ctx, end: int) -> bool:
    """Whether a capitalised word goes on after a province's name (a name of its own: "Hà Tĩnh
    Xanh")."""
    nxt = ctx.text[end + 1:end + 2] if ctx.text[end:end + 1] == " " else ""
    return nxt.isupper()
