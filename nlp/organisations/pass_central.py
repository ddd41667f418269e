"""Passes: central Party organs ("Ban Kinh tế Trung ương"), central departments
written with their parent ministry ("Cục Cảnh sát giao thông, Bộ Công an") and national
organisations in their founding anniversary ("… năm thành lập Đoàn TNCS")."""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp.catalogues import load
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import CLAUSE_VERBS, NOT_IN_NAME, TITLE_WORDS, read_name
from baochi.nlp.organisations.words import CAPITAL, skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, WORD_BOUNDARY_BEFORE, alternation

_I = re.IGNORECASE


def _organ_form(organ: str) -> str:
    """An organ's pattern: its first word as written (a capital), the words after it in any case
    ("Ban chấp hành Trung ương Hội …" is the association's committee as "Ban Chấp hành" is)."""
    first, _, rest = organ.partition(" ")
    head = r"(?-i:" + re.escape(first) + r")"
    return head + (r"\s+" + r"\s+".join(re.escape(w) for w in rest.split()) if rest else "")


@cache
def _central_organ_re() -> re.Pattern:
    organs = load("organisations").get("structure", {}).get("central_organs", {})
    forms = sorted(organs, key=len, reverse=True)
    return re.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<organ>" + "|".join(_organ_form(o) for o in forms) + r")\s+"
        r"(?:Trung\s+ương|TƯ|T\.Ư|TW)\s+(?=(?-i:[A-ZĐÂĂÊÔƠƯ]))", _I)


@cache
def _organ_names() -> dict[str, str]:
    """The canonical organ by its written form, folded to lower case and single spaces."""
    organs = load("organisations").get("structure", {}).get("central_organs", {})
    return {" ".join(k.lower().split()): v for k, v in organs.items()}


def pass_central_organs(ctx: Ctx) -> None:
    """A central organ of a national organisation belongs to it: "BCH Trung ương Hội LHPN
    Việt Nam" is "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam", not the Party's
    Central Committee followed by an association."""
    if "Trung ương" not in ctx.text and "TƯ" not in ctx.text and "TW" not in ctx.text \
            and "T.Ư" not in ctx.text:
        return
    cat, text, tn = ctx.cat, ctx.text, ctx.tn
    organs = _organ_names()
    for m in _central_organ_re().finditer(tn):
        b = cat.body_re.match(tn, m.end())
        body = cat.by_key.get(skey(b.group(0))) if b else None
        if b is None or body is None or body.committee_level:
            continue
        end = b.end()
        central = cat.by_key.get(skey(f"Trung ương {b.group(0)}"))
        if body.national:
            name = body.name
        elif re.match(r"\s+Việt\s+Nam" + WORD_BOUNDARY_AFTER, tn[end:]):
            end += len(re.match(r"\s+Việt\s+Nam", tn[end:]).group(0))  # type: ignore[union-attr]
            name = f"{body.name} Việt Nam"
        elif central is not None and central.national:
            # "BCH Trung ương Đoàn": "Trung ương Đoàn" is the Youth Union's centre
            name = central.name.removeprefix("Trung ương ")
        else:
            continue
        written = " ".join(text[m.start("organ"):m.end("organ")].lower().split())
        organ = organs.get(written, m.group("organ"))
        ctx.add(m.start(), end, f"{organ} Trung ương {name}", None, None, body.kind, 4)


# departments of a ministry or a central body, named before it ("Cục Báo chí (Bộ TT&TT)",
# "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an")
_DEPARTMENT = re.compile(r"(?<![^\W_])(?:Tổng\s+cục|Cục|Vụ)(?=\s+[A-ZĐ])")
_CENTRAL_PARENT = re.compile(
    r"\s*(?:\(\s*|,\s*|\s+thuộc\s+|\s+[-–]\s+)(?:Bộ\s|Ban\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+"
    r"(?:Trung\s+ương|TƯ|TW)|Tổng\s+cục\s|Ngân\s+hàng\s+Nhà\s+nước|Văn\s+phòng\s+(?:Chính\s+phủ|"
    r"Quốc\s+hội|Trung\s+ương)|Ủy\s+ban\s+Dân\s+tộc|Thông\s+tấn\s+xã)", _I)


_LOWER_RUN = re.compile(r"(?:[ \t]+(?-i:[a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])"
                        r"[^\W\d_]*){1,6}")


def pass_central_departments(ctx: Ctx) -> None:
    """Departments named right before their ministry or central body: central bodies of
    their own ("Cục Báo chí (Bộ TT&TT)")."""
    if "Cục" not in ctx.text and "Vụ" not in ctx.text:
        return
    for m in _DEPARTMENT.finditer(ctx.text):
        end = read_name(ctx.view, m.end(), limit=9)
        while end > m.end() and ctx.text[end - 1] in " -&":
            end -= 1
        if end > m.end() and _CENTRAL_PARENT.match(ctx.text, end) is None:
            # "Cục Bảo vệ thực vật (Bộ …)": lower-case words up to the parent end the name
            run = _LOWER_RUN.match(ctx.text, end)
            if run and not NOT_IN_NAME.search(run.group(0)) \
                    and not CLAUSE_VERBS.search(run.group(0)):
                end = run.end()
        if end == m.end() or _CENTRAL_PARENT.match(ctx.text, end) is None \
                or TITLE_WORDS.search(ctx.text, m.end(), end):
            continue
        name = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", ctx.text[m.start():end]))
        ctx.add(m.start(), end, name, None, None, "cơ quan nhà nước", 1, known=False)


# a national organisation in its own anniversary (its "ngày thành lập", "… năm thành lập"), written
# without "Việt Nam" or with the Youth Union's short form ("… năm thành lập Đoàn TNCS (26/3/1931 – …)", "ngày thành lập Hội Liên hiệp
# Phụ nữ, 20/10"): the organisation itself, when nothing but a bracket, a date or the sentence's
# punctuation follows (a level or a name after it makes a local body, read elsewhere)
_FOUNDING = re.compile(r"(?<![^\W_])(?:ngày|năm)\s+thành\s+lập\s+(?=(?-i:[A-ZĐ]))", _I)
_UNION_TAIL = re.compile(r"\s+(?:TNCS|Thanh\s+niên\s+Cộng\s+sản|Cộng\s+sản)(?:\s+Hồ\s+Chí\s+Minh)?"
                         r"(?![^\W_])")
_ANNIVERSARY_END = re.compile(r"\s*(?:[(,.;:–-]|$)|\s+(?:và|năm|ngày)\s|\s+\d")


def pass_founding_anniversaries(ctx: Ctx) -> None:
    """National organisations named in their own founding anniversary without their full name
    ("thành lập Đoàn TNCS", "thành lập Hội Liên hiệp Phụ nữ (20/10/1930)")."""
    if "thành lập" not in ctx.tn.lower():
        return
    cat, tn = ctx.cat, ctx.tn
    for m in _FOUNDING.finditer(tn):
        b = cat.body_re.match(tn, m.end())
        body = cat.by_key.get(skey(b.group(0))) if b else None
        if b is None or body is None or body.national:
            continue
        national = cat.by_key.get(skey(f"{body.name} Việt Nam"))
        name = body.bare_name or (national.name if national is not None and national.national
                                  else "")
        tail = _UNION_TAIL.match(tn, b.end()) if body.bare_name else None
        end = tail.end() if tail else b.end()
        # a bare "Đoàn" ("ngày thành lập Đoàn") is the occasion's name, not a mention
        if name and " " in tn[b.start():end] and _ANNIVERSARY_END.match(tn, end):
            ctx.add(b.start(), end, name, body.acronym, None, body.kind, 2)


# a federation's presidium written bare, the federation named at the end of the same person's
# next title ("Ủy viên Đoàn Chủ tịch, Chủ nhiệm Ủy ban Kiểm tra Tổng Liên đoàn Lao động Việt Nam")
_BARE_PRESIDIUM = re.compile(r"(?<![^\W_])Đoàn\s+Chủ\s+tịch(?=\s*,)")
# between the presidium and that title: a comma and the title's words, nothing that starts
# another person or clause
_TITLE_BETWEEN = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+){0,5}$")


def pass_presidium(ctx: Ctx) -> None:
    """"Đoàn Chủ tịch" written without its federation, followed by a title in the national body
    that has one: that body's presidium. Runs after the passes that read the title's body."""
    if "Đoàn Chủ tịch" not in ctx.text:
        return
    nationals = [b.name for b in set(ctx.cat.by_key.values()) if b.national]
    for m in _BARE_PRESIDIUM.finditer(ctx.text):
        after = sorted((c for c in ctx.cands if m.end() < c.start <= m.end() + 60),
                       key=lambda c: c.start)
        if not after:
            continue
        first = after[0]
        between = ctx.text[m.end():first.start]
        if not _TITLE_BETWEEN.fullmatch(between) or re.search(r"(?<![^\W_])và(?![^\W_])",
                                                                  between):
            continue
        parent = next((n for n in sorted(nationals, key=len, reverse=True)
                       if first.name.endswith(n)), None)
        if parent is not None:
            ctx.add(m.start(), m.end(), f"Đoàn Chủ tịch {parent}", None, None, first.kind, 2)


# the office a central body keeps in a city ("Cơ quan Thường trực Ban Dân vận Trung ương tại TP
# Hồ Chí Minh", "Văn phòng đại diện Bộ Công Thương tại Đà Nẵng"): its own body, named with the city
_SEAT_HEADS = ("Cơ quan Thường trực", "Cơ quan thường trực", "Văn phòng đại diện",
               "Văn phòng Đại diện", "Cơ quan đại diện", "Cơ quan Đại diện")


@cache
def _seat_re() -> re.Pattern:
    from baochi.nlp import places
    return re.compile(r"\s+tại\s+(?P<city>" + alternation(list(places.province_forms()))
                      + r")" + WORD_BOUNDARY_AFTER)


def pass_central_seats(ctx: Ctx) -> None:
    """A central body's standing or representative office named with the city it sits in: the
    office is its own body, the city part of its name (work: the few such candidates)."""
    if " tại " not in ctx.text:
        return
    from baochi.nlp import places
    for c in list(ctx.cands):
        if c.province is not None or not c.name.startswith(_SEAT_HEADS):
            continue
        m = _seat_re().match(ctx.text, c.end)
        if m is None:
            continue
        city = places.province_of_form(m.group("city")) or m.group("city")
        ctx.add(c.start, m.end(), f"{c.name} tại {city}", c.acronym, None, c.kind,
                c.priority + 1, known=c.known)


# an arm of the army written bare after its soldiers or forces ("chiến sĩ Hải quân", "lực lượng
# Phòng không - Không quân"): the arm itself, as "cán bộ, chiến sĩ BĐBP" is the border guard
_ARM = re.compile(
    r"(?<![^\W_])(?:chiến\s+s[ĩỹ]|lực\s+lượng|bộ\s+đội|quân\s+nhân)\s+"
    r"(?P<arm>Hải\s+quân|Phòng\s+không\s*[-–]\s*Không\s+quân)(?![^\W_])"
    r"(?!\s+(?:nhân\s+dân|(?-i:[A-ZĐ0-9])))", _I)
_ARMS = {"hải quân": "Quân chủng Hải quân", "phòng không": "Quân chủng Phòng không - Không quân"}


def pass_arms(ctx: Ctx) -> None:
    """An arm of the army named bare after its soldiers (``_ARM``): the arm's national body;
    the army and the youth volunteer force at large (``_forces_at_large``)."""
    _forces_at_large(ctx)
    if "quân" not in ctx.text:
        return
    for m in _ARM.finditer(ctx.text):
        arm = m.group("arm")
        if not arm[0].isupper():
            continue  # "chiến sĩ hải quân" in lower case: a kind of soldier
        name = _ARMS["hải quân" if arm.lower().startswith("hải") else "phòng không"]
        ctx.add(m.start("arm"), m.end("arm"), name, None, None, "lực lượng vũ trang", 2)


# the army written bare and capitalised after its people ("cán bộ cao cấp Quân đội", "sĩ quan
# Quân đội", "lực lượng Quân đội"): the people's army, as "cán bộ, chiến sĩ BĐBP" is the border
# guard (GUIDE); not a word of another name (a capitalised word before it: "Ban Thanh niên Quân
# đội", "Ngân hàng TMCP Quân đội"), nor another country's army or a unit (a capital, a number or
# "nước" after it: "Quân đội Hoàng gia Campuchia", "Quân đội nước bạn")
_ARMY = re.compile(
    r"(?<![^\W_])(?:(?:cán\s+bộ|chiến\s+s[ĩỹ]|sĩ\s+quan|quân\s+nhân|tướng\s+lĩnh)(?:\s+cao\s+cấp)?|"
    r"lực\s+lượng)\s+(?P<force>Quân\s+đội)(?![^\W_])"
    r"(?!\s*(?:nhân\s+dân|nước|hai|ba|các|" + CAPITAL + r"|[0-9(]))")
# the youth volunteer force as a force ("lực lượng TNXP Việt Nam", "Ngày truyền thống Thanh niên
# xung phong"): "Thanh niên xung phong Việt Nam"; not its generations or members ("các thế hệ
# TNXP", "cựu TNXP"), nor a province's force (a level or a name after it)
_VOLUNTEERS = re.compile(
    r"(?<![^\W_])(?:[Ll]ực\s+lượng|[Nn]gày\s+truyền\s+thống(?:\s+của)?"
    r"(?:\s+lực\s+lượng)?)\s+(?P<name>TNXP|Thanh\s+niên\s+xung\s+phong)"
    r"(?P<vn>\s+(?:Việt\s+Nam|VN))?(?![^\W_])"
    r"(?!\s*(?:tỉnh|huyện|thành\s+phố|TP|xã|của\s+tỉnh|" + CAPITAL + r"|[0-9]))")


def _forces_at_large(ctx: Ctx) -> None:
    """The army and the youth volunteer force named as a force (``_ARMY``, ``_VOLUNTEERS``)."""
    if "Quân đội" in ctx.text:
        for m in _ARMY.finditer(ctx.text):
            ctx.add(m.start("force"), m.end("force"), "Quân đội nhân dân Việt Nam", None, None,
                    "lực lượng vũ trang", 2)
    if "TNXP" in ctx.text or "xung phong" in ctx.text:
        for m in _VOLUNTEERS.finditer(ctx.text):
            force = m.group(0).lower().find("lực lượng")  # the span opens with it, if written
            start = m.start() + force if force >= 0 else m.start("name")
            ctx.add(start, m.end(), "Thanh niên xung phong Việt Nam", "TNXP", None, "đoàn thể", 2)


# the Front's committee written with "Việt Nam" and no level in a list of central bodies ("đại
# diện UB MTTQ Việt Nam, Bộ Y tế, Bộ Tài chính"): its central committee, as its partners are
_FRONT_NATIONAL = re.compile(
    r"(?<![^\W_])(?:Ủy|Uỷ|UB)\s*(?:ban\s+)?(?:Mặt\s+trận\s+Tổ\s+quốc|MTTQ)\s*(?:Việt\s+Nam|VN)"
    r"(?![^\W_])(?!\s+(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|TP|các|cấp)"
    r"(?![^\W_]))")
_LIST_JOINT = re.compile(r"\s*(?:,|;|và)\s*")


def pass_central_front(ctx: Ctx) -> None:
    """"Ủy ban MTTQ Việt Nam" listed beside national bodies: the Front's central committee."""
    if "MTTQ" not in ctx.text and "Mặt trận" not in ctx.text:
        return
    national = [c for c in ctx.cands if c.known and c.province is None and c.priority >= 3]
    if not national:
        return
    for m in _FRONT_NATIONAL.finditer(ctx.text):
        if any(c.start <= m.start() < c.end and c.province for c in ctx.cands):
            continue  # read with its place
        after = _LIST_JOINT.match(ctx.text, m.end())
        listed = any((after is not None and c.start == after.end()) or (
            c.end <= m.start() and _LIST_JOINT.fullmatch(ctx.text, c.end, m.start()))
            for c in national)
        if listed:
            ctx.add(m.start(), m.end(), "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", None, None,
                    "mặt trận", 3)
