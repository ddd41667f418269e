"""Pass: a branch of a mass organisation, of the Party, the Youth Union or a trade union written
right before the unit it belongs to is one body, the branch of that unit ("Hội Cựu chiến binh
Đài Phát thanh và Truyền hình X", "Công đoàn Khu công nghiệp Y", "Chi đoàn Phòng Tham mưu (Bộ
CHQS tỉnh)").

The name is the branch's head spelt out, without the national name's "Việt Nam" (a branch is
no national body: "Hội Cựu chiến binh Việt Nam Đài …" → "Hội Cựu chiến binh Đài …"), then the
unit's canonical name. The unit is one a reader reads as a unit: an agency, a company, a
school, a hospital, a newspaper or station, an armed or police unit (a reading of the other
passes whose name opens with such a head), an industrial park or economic zone, a joint
venture (read here: "Khu công nghiệp X", "Liên doanh X"), or a department of such a unit with
the unit in brackets after it. A branch written before a place only ("Hội Phụ nữ xã X"), after
a plural ("các chi đoàn …"), or parted from the unit by a comma or "và" ("Hội Nông dân tỉnh và
Sở …", "Đoàn Thanh niên, Công an tỉnh") is no branch of it; a working party ("Đoàn công tác")
is no branch head.

An association's branch at a unit is written "Chi hội" and its field ("Chi hội Nhà báo Báo X").
The branch of a body's office ("Chi bộ cơ quan Ủy ban MTTQ tỉnh", "Công đoàn cơ quan Huyện ủy
X") is one body whatever the body ("cơ quan" kept, as the labels name it). A head may be
written in lower case ("hội phụ nữ Công an huyện"); it is named as its body writes it. A branch
shared by two small agencies of one level, joined by a dash ("Chi đoàn Tòa án - Viện Kiểm sát
huyện"), is one body named as written, then that level and its place.

The branch outranks the readings inside it (the national body "Hội Cựu chiến binh Việt Nam",
the unit, a shorter branch "chi đoàn X" in "Liên chi đoàn X"), not a longer reading that holds
it ("Ban Thường vụ Hội CCB Sở X": that organ is composed over the branch). Where another pass
already reads the branch and it wins, nothing is added; the best reading of the unit is
composed first ("Văn phòng UBND tỉnh" with its catalogue parent, not as written). Work only for texts with a branch head.
"""

from __future__ import annotations

import re
from dataclasses import replace

from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.names import CLAUSE_WORDS, NOT_IN_NAME, TITLE_WORDS, read_name
from baochi.nlp.organisations.pass_units import UNIT_NAMES, compose_units_before
from baochi.nlp.organisations.placing import read_place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import skey

# the heads of branches, their words in either case ("hội phụ nữ Công an huyện"), short forms in
# capitals; "Đảng bộ" is no body (GUIDE: the party organisation), its committee is
_HEAD = (
    r"(?<![^\W_])(?P<head>(?i:công\s+đoàn\s+cơ\s+sở)|CĐCS|(?i:công\s+đoàn)|"
    # (the Youth Union written in full, "Đoàn TNCS Hồ Chí Minh Sở X", is read by unit_before)
    r"(?i:đoàn\s+thanh\s+niên)|Đoàn\s+TN|"
    r"Đoàn\s+cơ\s+sở|Liên\s+chi\s+đoàn|(?i:chi\s+đoàn(?:\s+thanh\s+niên)?)|(?i:chi\s+bộ)|Đảng\s+ủy|"
    r"(?i:hội|chi\s+hội)\s+(?:(?i:cựu\s+chiến\s+binh)|CCB|(?i:liên\s+hiệp\s+phụ\s+nữ)|LHPN|"
    r"(?i:phụ\s+nữ|nông\s+dân|chữ\s+thập\s+đỏ)|CTĐ|(?i:khuyến\s+học))|"
    # an association's branch at a unit ("Chi hội Nhà báo Báo X", "Chi hội Luật gia Sở Y")
    r"Chi\s+hội\s+(?:Nhà\s+báo|Luật\s+gia|Người\s+cao\s+tuổi|Cựu\s+giáo\s+chức|"
    r"Cựu\s+(?:thanh\s+niên\s+xung\s+phong|TNXP))|Chi\s+hội)"
    r"(?P<vn>\s+Việt\s+Nam)?"
)
# the office of a body ("Công đoàn cơ quan Sở X", "Chi bộ cơ quan Ủy ban MTTQ tỉnh"): the branch
# of that body's office, whatever the body
_HEAD_BEFORE = re.compile(_HEAD + r"(?P<office>\s+cơ\s+quan)?\s+$")
_SPELT = {"cđcs": "công đoàn cơ sở", "tnxp": "thanh niên xung phong", "ccb": "cựu chiến binh",
          "lhpn": "liên hiệp phụ nữ", "ctđ": "chữ thập đỏ", "tn": "thanh niên"}
# the heads as their bodies write them, by their words in lower case
_HEAD_NAMES = {h.lower(): h for h in (
    "Công đoàn cơ sở", "Công đoàn", "Đoàn Thanh niên", "Đoàn cơ sở", "Liên chi đoàn", "Chi đoàn",
    "Chi đoàn Thanh niên", "Chi bộ", "Đảng ủy", "Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ",
    "Hội Phụ nữ", "Hội Nông dân", "Hội Chữ thập đỏ", "Hội Khuyến học", "Chi hội Cựu chiến binh",
    "Chi hội Liên hiệp Phụ nữ", "Chi hội Phụ nữ", "Chi hội Nông dân", "Chi hội Chữ thập đỏ",
    "Chi hội Khuyến học", "Chi hội Nhà báo", "Chi hội Luật gia", "Chi hội Người cao tuổi",
    "Chi hội Cựu giáo chức", "Chi hội Cựu thanh niên xung phong", "Chi hội")}
# a national body's founding day or tradition opening a sentence without a comma ("Kỷ niệm Ngày
# thành lập Hội CCB Việt Nam| Bộ CHQS tỉnh tổ chức …"): the national body, then the actor
_OCCASION_BEFORE = re.compile(r"(?<![^\W_])(?i:thành\s+lập|truyền\s+thống|kỷ\s+niệm|ngày|"
                              r"chào\s+mừng|đại\s+hội(?:\s+đại\s+biểu)?)\s+$")
# a plural or a grouping before the head: the branches of many units, no one body
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những|mỗi|từng|cấp)\s+$", re.IGNORECASE)

# organs of the body read before them, no unit ("Hội Nông dân Ban Chấp hành …" is no text)
_NOT_UNITS = ("Ban Chấp hành", "Ban Thường vụ", "Ban Chỉ đạo", "Ban Tổ chức", "Bộ Chính trị")

# units no other pass reads, written right after a branch head: an industrial park, an
# economic or export-processing zone, an industrial cluster, a joint venture, then a name
_READ_UNIT = re.compile(
    r"\s+(?P<unit>[Kk]hu\s+(?i:công\s+nghiệp|kinh\s+tế|chế\s+xuất|công\s+nghệ\s+cao)|"
    r"[Cc]ụm\s+(?i:công\s+nghiệp)|KCN|KKT|KCX|CCN)(?=\s+[A-ZĐ])")
_UNIT_SPELT = {"khu công nghiệp": "Khu công nghiệp", "khu kinh tế": "Khu kinh tế",
               "khu chế xuất": "Khu chế xuất", "khu công nghệ cao": "Khu công nghệ cao",
               "cụm công nghiệp": "Cụm công nghiệp", "kcn": "Khu công nghiệp",
               "kkt": "Khu kinh tế", "kcx": "Khu chế xuất", "ccn": "Cụm công nghiệp"}
_HEAD_THEN_ZONE = re.compile(_HEAD + _READ_UNIT.pattern)
_ENTERPRISE_BEFORE = re.compile(r"(?<![^\W_])(?:[Cc]ông\s+ty|TNHH|MTV|[Xx]í\s+nghiệp|[Nn]hà\s+máy|"
                                r"[Tt]ập\s+đoàn|[Dd]oanh\s+nghiệp|[Cc]ổ\s+phần|CP)\s+$")
_JOINT_VENTURE = re.compile(r"(?<![^\W_])Liên\s+doanh(?=\s+[A-ZĐ])")

# a department of a unit written before the unit in brackets ("Chi đoàn Phòng Kỹ thuật nghiệp
# vụ (Công an tỉnh)"): its head and at most seven words of its field
_DEPARTMENT = re.compile(
    _HEAD + r"\s+(?P<dept>(?:[Pp]hòng|[Bb]an|[Kk]hoa|[Đđ]ội|[Tt]ổ|[Tt]rạm|Đại\s+đội|Tiểu\s+đoàn|"
    r"Văn\s+phòng|Phân\s+xưởng|Xưởng)(?P<field>(?:\s+[^\W\d_][^\s,.;:()“”\"]*|\s+\d+){1,7}?))\s*\(\s*$")
# a branch shared by two small agencies of one level, joined by a dash ("Chi đoàn Tòa án - Viện
# Kiểm sát huyện", "Chi bộ Thuế - Kho bạc huyện X"): one body, named as written, then the
# level and place
_AGENCY = (r"(?i:tòa\s+án(?:\s+nhân\s+dân)?|viện\s+kiểm\s+sát(?:\s+nhân\s+dân)?|"
           r"(?:chi\s+cục\s+)?thi\s+hành\s+án(?:\s+dân\s+sự)?|kho\s+bạc(?:\s+nhà\s+nước)?|"
           r"(?:chi\s+cục\s+)?thuế|bảo\s+hiểm\s+xã\s+hội|ngân\s+hàng\s+chính\s+sách(?:\s+xã\s+hội)?)|"
           r"VKSND|TAND|BHXH|KBNN|NHCSXH")
_AGENCY_SPELT = {"VKSND": "Viện Kiểm sát nhân dân", "TAND": "Tòa án nhân dân",
                 "BHXH": "Bảo hiểm xã hội", "KBNN": "Kho bạc Nhà nước",
                 "NHCSXH": "Ngân hàng Chính sách xã hội"}
_JOINT_AGENCIES = re.compile(
    _HEAD + r"\s+(?P<pair>(?P<a>" + _AGENCY + r")\s*[-–]\s*(?P<b>" + _AGENCY + r"))"
    r"(?=\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận)(?![^\W_]))")
_CELL = re.compile(r"[Cc]hi\s+đoàn\s")
_LIEN_BEFORE = re.compile(r"(?<![^\W_])Liên\s+$")
_TRIGGERS = ("oàn", "Hội", "hội", "Chi", "chi", "Đảng ủy", "CĐCS", "Liên doanh")


def _head_name(written: str) -> str:
    """The head as its body writes it, short forms spelt out, without "Việt Nam"."""
    words = re.sub(r"\s+", " ", written).lower().split(" ")
    spelt = " ".join(_SPELT.get(w, w) for w in words)
    return _HEAD_NAMES.get(spelt, spelt[0].upper() + spelt[1:])


def _add_branch(ctx: Ctx, start: int, end: int, head: str, unit: str, c: Cand | None,
                new: list[Cand]) -> None:
    """The branch ``head`` of ``unit`` over [start, end), above the readings inside that span;
    nothing when a reading of the same name and span already wins there."""
    name = f"{head} {unit}"
    same = [o for o in ctx.cands if o.start == start and o.end == end
            and skey(o.name) == skey(name)]
    rivals = [o for o in ctx.cands if o.start < end and start < o.end and o not in same
              and not (o.start <= start and end <= o.end and (o.start, o.end) != (start, end))]
    top = max((o.priority for o in rivals), default=0)
    if same and max(o.priority for o in same) > top:
        return
    if c is None:
        # a structured reading, as a unit composed with its parent is (an organ is composed
        # over it: "Ban Chấp hành Công đoàn Khu kinh tế X")
        cand = Cand(start, end, name, None, ctx.source_province, "đoàn thể", max(top, 1) + 1,
                    known=False)
    else:
        # a unit whose level awaits its place ("Công an huyện"): the branch takes the place
        # the resolver finds for it, as a unit written before its parent does
        body = replace(c.body, name=f"{head} {c.body.name}", level_names=tuple(
            (level, f"{head} {n}") for level, n in c.body.level_names),
            default_level="") if c.body is not None else None
        cand = Cand(start, end, name, None, c.province, c.kind, max(top, c.priority) + 1, body,
                    c.level, c.place, known=c.known, needs_place=c.needs_place)
    ctx.cands.append(cand)
    new.append(cand)


def _read_already(ctx: Ctx, start: int, end: int) -> bool:
    """Whether a reading of exactly [start, end) (the unit reader's branch) already outranks
    every other reading inside that span: its readings decide ("Đoàn Thanh niên Văn phòng UBND
    tỉnh" has two, the one with the catalogue's parent wins)."""
    exact = [o.priority for o in ctx.cands if o.start == start and o.end == end]
    inside = [o.priority for o in ctx.cands if o.start < end and start < o.end
              and (o.start, o.end) != (start, end) and not (o.start <= start and end <= o.end)]
    return bool(exact) and max(exact) >= max(inside, default=0)


def _swallows(ctx: Ctx, c: Cand) -> bool:
    """Whether ``c``, a name read from the text, holds a stronger reading inside it ("Phòng Tham
    mưu, Bộ CHQS tỉnh" read as one name holds the command): no unit to compose a branch with."""
    return c.priority < 2 and any(
        o.priority >= 2 and c.start <= o.start and o.end <= c.end
        and (o.start, o.end) != (c.start, c.end) for o in ctx.cands)


def _before_units(ctx: Ctx, new: list[Cand]) -> None:
    """A branch head right before a unit another pass read."""
    text = ctx.text
    # the best reading of a unit first: a weaker one ("Văn phòng UBND tỉnh" read as written,
    # beside the catalogue's parent) then finds the branch read
    for c in sorted(ctx.cands, key=lambda c: (-c.priority, c.start - c.end)):
        if c.name.startswith("Chi đoàn ") and _CELL.match(text, c.start) \
                and (lien := _LIEN_BEFORE.search(text, max(0, c.start - 6), c.start)):
            # "Liên chi đoàn| chi đoàn Công ty X" (a reader took the unit with its cell)
            _add_branch(ctx, lien.start(), c.end, "Liên chi đoàn", c.name[len("Chi đoàn "):],
                        c, new)
            continue
        if c.start < 5 or c.name.startswith(_NOT_UNITS) or _swallows(ctx, c):
            continue
        lo = max(ctx.view.sentence_starts[ctx.view.sentence_of(c.start)], c.start - 64)
        m = _HEAD_BEFORE.search(text, lo, c.start)
        if m is None or (m.group("vn") and (not c.known or c.priority < 2 or m.group("office")
                                            or _OCCASION_BEFORE.search(text, lo, m.start()))) \
                or _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if not (c.name.startswith(UNIT_NAMES) or (m.group("office") and c.known)):
            continue  # a body's office is any known body's; else only a unit holds a branch
        if not m.group("vn") and _read_already(ctx, m.start(), c.end):
            continue
        unit = f"cơ quan {c.name}" if m.group("office") else c.name
        _add_branch(ctx, m.start(), c.end, _head_name(m.group("head")), unit, c, new)


def _read_units(ctx: Ctx, new: list[Cand]) -> None:
    """A branch head before a zone or a joint venture and its name (``_READ_UNIT``)."""
    text = ctx.text
    for m in _HEAD_THEN_ZONE.finditer(text):
        if _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        end = read_name(ctx.view, m.end("unit"), limit=6)
        if end == m.end("unit"):
            continue
        unit = _UNIT_SPELT[re.sub(r"\s+", " ", m.group("unit")).lower()]
        written = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", text[m.end("unit"):end]))
        _add_branch(ctx, m.start(), end, _head_name(m.group("head")),
                    f"{unit} {written.strip()}", None, new)


def _joint_agencies(ctx: Ctx, new: list[Cand]) -> None:
    """A branch of two agencies joined by a dash, then their level and place (``_JOINT_AGENCIES``):
    the level's place is the one written, else the one the resolver finds for it."""
    for m in _JOINT_AGENCIES.finditer(ctx.text):
        if m.group("vn") or _PLURAL_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
            continue
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is None:
            continue
        words = [_AGENCY_SPELT.get(w, w) for w in
                 (re.sub(r"\s+", " ", m.group("a")), re.sub(r"\s+", " ", m.group("b")))]
        pair = " - ".join(w[0].upper() + w[1:] for w in words)
        body = Body(f"{_head_name(m.group('head'))} {pair}", None, "đoàn thể", "")
        canon = canonical(body, place, ctx.source_province)
        if canon is None:
            continue
        cand = Cand(m.start(), place.end, canon[0], None, canon[1], "đoàn thể", 2,
                    None if place.place else body, place.level, place.place, known=False)
        ctx.cands.append(cand)
        new.append(cand)


def _departments(ctx: Ctx, new: list[Cand]) -> None:
    """A branch of a department with its unit in brackets after it: one body, the branch, the
    department and the unit's canonical name, the bracket included."""
    text = ctx.text
    for c in list(ctx.cands):
        if c.priority < 2 or text[c.end:c.end + 1] != ")" or "(" not in text[c.start - 3:c.start]:
            continue
        lo = max(ctx.view.sentence_starts[ctx.view.sentence_of(c.start)], c.start - 90)
        m = _DEPARTMENT.search(text, lo, c.start)
        if m is None or m.group("vn"):
            continue
        field = m.group("field")
        if NOT_IN_NAME.search(field) or CLAUSE_WORDS.search(field.replace(" và ", " ")) \
                or TITLE_WORDS.search(field) \
                or _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        dept = re.sub(r"\s+", " ", m.group("dept"))
        dept = dept[0].upper() + dept[1:]  # "phòng Tham mưu" → "Phòng Tham mưu"
        head_words = len(re.sub(r"\s+", " ", m.group("dept")[:-len(field)]).split(" "))
        words = dept.split(" ")
        if len(words) > head_words:  # "Phòng chính trị" → "Phòng Chính trị"
            words[head_words] = words[head_words][0].upper() + words[head_words][1:]
        _add_branch(ctx, m.start(), c.end + 1, _head_name(m.group("head")),
                    f"{' '.join(words)} {c.name}", c, new)


def _joint_ventures(ctx: Ctx) -> None:
    """A joint venture by its name ("Liên doanh Việt – Nga Vietsovpetro"): a company."""
    for m in _JOINT_VENTURE.finditer(ctx.text):
        end = read_name(ctx.view, m.end(), limit=6)
        if end == m.end() or _ENTERPRISE_BEFORE.search(ctx.text, max(0, m.start() - 24),
                                                       m.start()):
            continue  # a word of a company's name ("Công ty Liên doanh X"): the company's
        written = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", ctx.text[m.end():end]))
        ctx.add(m.start(), end, f"Liên doanh {written.strip()}", None, None, "doanh nghiệp", 1,
                known=False)


def pass_unit_branches(ctx: Ctx) -> None:
    """Branches of mass organisations, the Party and the unions at a unit (module comment)."""
    text = ctx.text
    if not any(t in text for t in _TRIGGERS):
        return
    if "Liên doanh" in text:
        _joint_ventures(ctx)
    new: list[Cand] = []
    _before_units(ctx, new)
    if "Khu" in text or "khu" in text or "Cụm" in text or "cụm" in text \
            or "KCN" in text or "KKT" in text or "KCX" in text or "CCN" in text:
        _read_units(ctx, new)
    if "(" in text:
        _departments(ctx, new)
    if "-" in text or "–" in text:
        _joint_agencies(ctx, new)
    # the organ or unit written before a branch ("Ban Thường vụ| Hội CCB Sở X")
    compose_units_before(ctx, new)


_YOUTH_SPELT = "Đoàn Thanh niên Cộng sản Hồ Chí Minh "
_LEVEL_START = re.compile(r"(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s", re.I)


def pass_youth_unions_of_local_units(ctx: Ctx) -> None:
    """The Youth Union written in full before a local unit ("Đoàn Thanh niên Cộng sản Hồ Chí
    Minh UBND thành phố X") is named "Đoàn Thanh niên" and the unit, as the branch written
    "Đoàn Thanh niên" is (GUIDE: "Đoàn Thanh niên Công an tỉnh X"); a national unit's (no
    province) keeps the name written in full."""
    if "Hồ Chí Minh" not in ctx.text:
        return
    for c in list(ctx.cands):
        if not c.name.startswith(_YOUTH_SPELT) or c.province is None:
            continue
        unit = c.name[len(_YOUTH_SPELT):]
        if _LEVEL_START.match(unit) or unit.startswith(("Hồ Chí Minh", "Việt Nam")):
            continue
        ctx.cands.append(replace(c, name=f"Đoàn Thanh niên {unit}", priority=c.priority + 1,
                                 acronym=None))


# a branch before the police written as bare initials of its level ("Hội phụ nữ CATP", "Đoàn
# Thanh niên CAT"): the branch of the police of that level the paragraph names
_POLICE_BARE = re.compile(_HEAD + r"\s+CA(?P<lv>TP|TX|T|H|Q)(?![^\W_])(?!\.?\s*[A-ZĐ0-9])")
_POLICE_LEVELS = {"TP": "thành phố", "TX": "thị xã", "T": "tỉnh", "H": "huyện", "Q": "quận"}


def pass_branches_of_named_police(ctx: Ctx) -> None:
    """A branch written before the police's bare initials ("Hội phụ nữ CATP") is the branch of
    the one police of that level the paragraph names in full ("Công an TP Hải Phòng"); none when
    it names none or several."""
    if "CA" not in ctx.text:
        return
    for m in _POLICE_BARE.finditer(ctx.text):
        prefix = f"Công an {_POLICE_LEVELS[m.group('lv')]} "
        police = {(c.name, c.province) for c in ctx.cands
                  if c.name.startswith(prefix) and c.priority >= 2}
        if len(police) != 1:
            continue
        name, province = police.pop()
        head = _head_name(m.group("head"))
        ctx.add(m.start(), m.end(), f"{head} {name}", None, province, "đoàn thể", 3,
                known=False)
