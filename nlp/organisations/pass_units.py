"""Passes: a unit written right before its parent body ("Phòng Cảnh sát giao thông Công
an tỉnh") or with its parent in brackets after it ("Khoa Nhi (Bệnh viện Đa khoa tỉnh)"), and
a branch written after a body ("… - Chi nhánh Hà Tĩnh")."""

from __future__ import annotations

import re
from dataclasses import replace

from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.choose import expand_abbreviations
from baochi.nlp.organisations.names import lexicon_run, read_name, unit_before
from baochi.nlp.organisations.pass_committees import listed_prefixes
from baochi.nlp.organisations.placing import read_place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import CAPITAL, skey

# a unit word that is a person's office in this body, not a body of its own: the Party
# Secretariat has no standing committee, "Thường trực Ban Bí thư" is its standing member
_OFFICE_OF = frozenset({("Thường trực", "Ban Bí thư Trung ương Đảng")})
# a unit read up to a list's joint ends a body listed before the next one, it is no unit of it
_ENDS_WITH_JOINT = re.compile(r"(?:\s(?:và|cùng|với)|,)$")
# the units a branch belongs to, by the head of their canonical name; not a territorial
# committee, council or mass organisation (those hold no branch of another organisation)
UNIT_NAMES = (
    "Sở ", "Công an ", "Bộ Chỉ huy ", "Ban Chỉ huy ", "Công ty ", "Tổng công ty ", "Tổng Công ty ",
    "Tập đoàn ",
    "Ngân hàng ", "Bệnh viện ", "Trường ", "Báo ", "Đài ", "Cục ", "Chi cục ", "Viện ", "Tòa án ",
    "Kho bạc ", "Bảo hiểm xã hội ", "Văn phòng ", "Trung tâm ", "Nhà máy ", "Xí nghiệp ",
    "Điện lực ", "Lữ đoàn ", "Sư đoàn ", "Trung đoàn ", "Quân khu ", "Quân đoàn ", "Bộ đội ",
    "Đồn ", "Hải đoàn ", "Học viện ", "Đại học ", "Phân hiệu ", "Ban Quản lý ", "Bộ ", "Kiểm toán ",
    "Thanh tra ", "Hợp tác xã ", "Cảng ", "Phòng ", "Thông tấn xã ", "Hải quan ", "Liên doanh ",
    "Viettel ", "VNPT ",
)
# a mass organisation or Party unit joined by a dash to a body that is no such unit (another
# mass organisation, a committee) lists the two; joined so to a unit it is that unit's, as a
# department is ("Phòng Thời sự - Đài PT-TH X", "Đoàn Thanh niên - Công an tỉnh")
_MASS_HEADS = ("Hội ", "Công đoàn", "Đoàn ", "Chi đoàn", "Chi hội", "Chi bộ", "Đảng ủy",
               "Liên đội", "Liên chi đoàn")
_DASH_BEFORE = re.compile(r"[-–—]\s*$")


# the units a body read from the text (a school, a hospital, an armed unit, a company) is
# parent of: its faculties, its Party cell or committee, its unions, its liaison board of
# veterans ("Ban Liên lạc Cựu chiến binh Sư đoàn 324", "Chi bộ Đồn Biên phòng X")
_ARMED_UNITS = ("Tiểu đội ", "Trung đội ", "Đại đội ", "Hải đội ", "Tiểu đoàn ", "Trung đoàn ",
                "Hải đoàn ", "Lữ đoàn ", "Sư đoàn ")
_UNITS_OF_READ_BODIES = ("Khoa ", "Đoàn Khoa ", "Đảng ủy ", "Chi bộ ", "Công đoàn ",
                         "Chi đoàn ", "Đoàn Thanh niên ", "Đoàn cơ sở ", "Ban Liên lạc ",
                         "Ban liên lạc ",
                         # a numbered armed unit of a formation read from the text ("Trung
                         # đoàn 141, Sư đoàn 7")
                         *_ARMED_UNITS)


def pass_units_before(ctx: Ctx) -> None:
    """Units named before their parent body ("Phòng Cảnh sát giao thông Công an tỉnh")."""
    compose_units_before(ctx, list(ctx.cands))


def compose_units_before(ctx: Ctx, cands: list[Cand]) -> None:
    """The readings of ``cands`` with the unit written right before each (pass_units_before;
    also for bodies a later pass composes: "Ban Thường vụ| Hội Cựu chiến binh Sở X")."""
    for c in cands:
        # 4: an acronym reused ("Bộ CHQS tỉnh"); 1: a school, hospital or unit read from the
        # text, only for its own units ("Khoa Nhi, Bệnh viện …", "Chi bộ Đồn Biên phòng X")
        if c.priority in (1, 2, 3, 4) and c.start > 0:
            unit = unit_before(ctx.view, c.start)
            if unit is not None and c.priority == 1 \
                    and not (unit[1] + " ").startswith(_UNITS_OF_READ_BODIES):
                continue
            if unit is not None and _ENDS_WITH_JOINT.search(unit[1]):
                continue  # "Công đoàn TKV và| Công đoàn EVN": two bodies listed, no unit
            if unit is not None and unit[1].startswith(_MASS_HEADS) \
                    and not c.name.startswith(UNIT_NAMES) \
                    and _DASH_BEFORE.search(ctx.text, unit[0], c.start):
                continue  # "Hội Cựu chiến binh –| Hội Nông dân xã X": two bodies listed
            if unit is not None and (unit[1], c.name) not in _OFFICE_OF:
                u_start, u_name = unit
                prefix = ctx.cat.prefix_by_key.get(skey(u_name), u_name)
                # a parent whose level awaits its place ("Phòng giao dịch NHCSXH thị xã"):
                # the unit's name takes the place the resolver finds for the parent, and the
                # parent's name at that level ("Ban Chấp hành Đoàn thanh niên huyện" on a
                # district's page: "Ban Chấp hành Huyện đoàn X")
                body = replace(c.body, name=f"{prefix} {c.body.name}", level_names=tuple(
                    (level, f"{prefix} {name}") for level, name in c.body.level_names),
                    default_level="") if c.body is not None else None
                composed = Cand(u_start, c.end, f"{prefix} {c.name}", None, c.province,
                                c.kind, c.priority, body, c.level, c.place, known=c.known,
                                needs_place=c.needs_place)
                ctx.cands.append(composed)
                # "Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Hội Nông dân tỉnh"
                listed_prefixes(ctx, u_start, c.name, c.province, c.kind, c.body, c.level)
                if u_name.startswith(_ARMED_UNITS):
                    # a unit of that unit before it ("Ban Liên lạc Cựu chiến binh| Trung đoàn
                    # 141, Sư đoàn 7"): one body of the three
                    compose_units_before(ctx, [composed])


_OPEN_BRACKET = re.compile(r"\s*\(\s*$")
# departments named by their field only ("Khoa Nhi", "Phòng Công tác xã hội"): no body without
# their parent; a department or post with a name of its own ("Cục Báo chí (Bộ …)", "Đồn Biên
# phòng X (…)") is named alone, its parent being its own mention
_DEPARTMENTS = ("Khoa ", "Phòng ", "phòng ", "Ban ", "ban ", "Tổ ")
_BOARDS = ("Ban ", "ban ")


# what may follow a board written again alone: no name, level or bracket goes on after it
_BOARD_GOES_ON = re.compile(r"\s*(?:[(\-–&]|(?:tỉnh|thành|huyện|thị|quận|xã|phường|cấp|các|của|"
                            r"thuộc)(?![^\W_]))")


def _board_repeats(ctx: Ctx, written: str, after: int, name: str, parent: Cand) -> None:
    """A board first named with its parent in brackets, written again alone ("Ban Pháp chế (HĐND
    tỉnh) … Phó Ban Pháp chế cho biết"): the same body."""
    if len(written.split()) < 2:
        return
    for m in re.finditer(r"(?<![^\W_])" + re.escape(written) + r"(?![^\W_])", ctx.text[after:]):
        end = after + m.end()
        nxt = ctx.text[end:].lstrip()[:1]
        if _BOARD_GOES_ON.match(ctx.text, end) or nxt.isupper() or nxt.isdigit():
            break  # "Ban Pháp chế Sở Tư pháp", "Ban Pháp chế huyện": another board, and a bare
            # one after it may be either
        ctx.cands.append(Cand(after + m.start(), end, name, None, parent.province, parent.kind,
                              parent.priority + 1, known=parent.known))


def pass_units_with_parent_in_brackets(ctx: Ctx) -> None:
    """A unit written with its parent in brackets after it ("Khoa Huyết học - Truyền máu (Bệnh
    viện Đa khoa tỉnh)"): the unit is a body of that parent; the parent, written as its own
    mention, stays one too."""
    if "(" not in ctx.text:
        return
    for c in list(ctx.cands):
        if c.priority < 2 or ctx.text[c.end:c.end + 1] != ")":
            continue
        bracket = _OPEN_BRACKET.search(ctx.text, max(0, c.start - 4), c.start)
        if bracket is None or ctx.text[bracket.start()] != " ":
            continue
        # read as if the parent followed the unit's name after the space before the bracket
        unit = unit_before(ctx.view, bracket.start() + 1)
        if unit is not None and unit[1].startswith(_DEPARTMENTS):
            u_start, u_name = unit
            if u_name.startswith(_BOARDS) and any(ch.isspace() for ch in ctx.text[c.start:c.end]):
                # a committee's parent in brackets ("Ban Pháp chế (HĐND tỉnh)", "Ban Tuyên giáo
                # (Tỉnh ủy)") is one body with it, as written without brackets: the parent is
                # not labelled again (GUIDE, batches 33-36); one word in brackets is the
                # board's own short form ("Ban Chỉ huy Quân sự (BCHQS) huyện"), no parent
                ctx.cands.append(Cand(u_start, c.end + 1, f"{u_name} {c.name}", None,
                                      c.province, c.kind, c.priority + 1, known=c.known))
                _board_repeats(ctx, ctx.text[u_start:bracket.start()].rstrip(), c.end + 1,
                               f"{u_name} {c.name}", c)
                continue
            ctx.cands.append(Cand(u_start, bracket.start(), f"{u_name} {c.name}", None,
                                  c.province, c.kind, c.priority, known=c.known))


# the branch as part of the official name is capitalised ("… - Chi nhánh Đồng Tháp"); "Agribank
# chi nhánh Nghệ An" describes the bank's office and names the bank
_BRANCH_AFTER = re.compile(r"\s*(?:[-–]\s*)?Chi\s+nhánh(?=\s+[A-ZĐ])")


def pass_branches(ctx: Ctx) -> None:
    """A branch written after its parent is one body ("Ngân hàng … Việt Nam - Chi nhánh Đồng
    Tháp"): the parent's name, "Chi nhánh" and the branch's."""
    if "Chi nhánh" not in ctx.text:
        return
    for c in list(ctx.cands):
        b = _BRANCH_AFTER.match(ctx.text, c.end)
        if b is not None:
            add_branch(ctx, c, b.end(), known=c.known)


def add_branch(ctx: Ctx, parent: Cand, at: int, *, known: bool) -> None:
    """The parent's reading extended over the branch's name read from ``at``: "<parent> Chi
    nhánh <branch>" (the form the labels and the banks' own registers give)."""
    end = read_name(ctx.view, at, limit=6)
    if end > at:
        branch = re.sub(r"\s+", " ", ctx.text[at:end]).strip()
        ctx.cands.append(Cand(parent.start, end, f"{parent.name} Chi nhánh {branch}", None,
                              parent.province, parent.kind, parent.priority, known=known))


# a provincial military command's departments written bare ("Bộ CHQS tỉnh giao Phòng Tham mưu,
# Phòng Chính trị chuẩn bị"): in a paragraph naming one command, that command's departments
# (its head may be written in lower case before the capitalised field: "nhân viên phòng Hậu cần")
_COMMAND_DEPARTMENT = re.compile(
    r"(?<![^\W_])[Pp]hòng\s+(?:Tham\s+mưu|Chính\s+trị|Hậu\s+cần(?:\s*[-–]\s*|\s+và\s+)Kỹ\s+thuật|"
    r"Hậu\s+cần)(?![^\W_])")
_COMMANDS = ("Bộ Chỉ huy Quân sự ", "Bộ Chỉ huy Bộ đội Biên phòng ", "Ban Chỉ huy Bộ đội Biên phòng ")


def pass_command_departments(ctx: Ctx) -> None:
    """A military command's staff departments written without it, when the paragraph names
    exactly one provincial command."""
    if "hòng " not in ctx.text:
        return
    commands = {c.name: c for c in ctx.cands if c.name.startswith(_COMMANDS) and c.province}
    if len(commands) != 1:
        return
    command = next(iter(commands.values()))
    for m in _COMMAND_DEPARTMENT.finditer(ctx.text):
        if any(c.start <= m.start() < c.end for c in ctx.cands):
            continue  # read with its parent already ("Phòng Chính trị Bộ CHQS tỉnh")
        unit = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", m.group(0)))
        unit = unit[0].upper() + unit[1:]
        ctx.add(m.start(), m.end(), f"{unit} {command.name}", None, command.province,
                command.kind, 1)


# a police department or team written with its level but without "Công an" ("Phòng Cảnh sát
# giao thông tỉnh", "Đội CSGT huyện X", "chi đoàn Phòng cảnh sát giao thông tỉnh"): the
# department of that level's police
_POLICE_UNIT = re.compile(
    r"(?<![^\W_])(?P<unit>Phòng|Đội)\s+(?P<arm>[Cc]ảnh\s+sát|CS(?=[A-ZĐ]))(?P<field>(?:\s*[^\s,.;:()“”\"]+){1,6}?)"
    r"(?=\s+(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|TP)(?![^\W_]))")


def _police_field(field: str) -> str | None:
    """The department's field as written ("giao thông", "PCCC và CNCH"), or None when the words
    are not a police field: runs of lexicon words, short forms, "và" between them."""
    words = field.split()
    run: list[str] = []
    for w in [*words, "và"]:
        if w.isupper() or w in ("và", "&"):
            if run and not lexicon_run(run):
                return None
            run = []
        else:
            run.append(w)
    return " ".join(words) if words and words[-1] not in ("và", "&") else None


_SHORT_FIELD = re.compile(r"[A-ZĐ]{1,6}(?:\s+số\s+\d{1,2})?")


def pass_police_departments(ctx: Ctx) -> None:
    """A police department or team written with its level, without "Công an" ("Phòng Cảnh sát
    giao thông tỉnh", "Đội CSGT huyện X"): the department of that level's police."""
    if "ảnh sát" not in ctx.text and "CS" not in ctx.text:
        return
    police = ctx.cat.by_key.get(skey("Công an"))
    if police is None:
        return
    for m in _POLICE_UNIT.finditer(ctx.text):
        short = m.group("arm") == "CS"  # "Đội CSGT": the arm and its field as initials
        field = m.group("field").strip() if short else _police_field(m.group("field"))
        if short and not _SHORT_FIELD.fullmatch(field or ""):
            continue  # "Đội CSGT số 2 Công an huyện": read with its police (pass_units_before)
        if not field or any(c.start <= m.start() < c.end and c.known for c in ctx.cands):
            continue
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        canon = canonical(police, place, ctx.source_province) if place and place.place else None
        if canon is None or place is None:
            continue
        arm = "CS" if short else "Cảnh sát "
        unit = expand_abbreviations(f"{m.group('unit')} {arm}{field}")
        ctx.add(m.start(), place.end, f"{unit} {canon[0]}", None, canon[1], police.kind, 2)


# two mass organisations of one parent joined by a dash ("Đoàn Thanh niên - Hội Sinh viên Trường
# X", "Công đoàn - Đoàn Thanh niên Bệnh viện Y"): two bodies of that parent, one mention each
_MASS_UNIT = (r"(?:Đoàn\s+(?:Thanh\s+niên(?:\s+Cộng\s+sản\s+Hồ\s+Chí\s+Minh)?|TNCS\s+Hồ\s+Chí\s+Minh|"
              r"[Tt]rường)|Hội\s+Sinh\s+viên|Công\s+đoàn|Hội\s+Cựu\s+chiến\s+binh|Hội\s+Phụ\s+nữ|"
              r"Hội\s+Liên\s+hiệp\s+Thanh\s+niên|Liên\s+đội|Chi\s+đoàn)")
_DASH_PAIR = re.compile(r"(?P<a>" + _MASS_UNIT + r")\s*[-–]\s*(?P<b>" + _MASS_UNIT + r")\s+")
_YOUTH_UNION = re.compile(r"^Đoàn (?:Thanh niên Cộng sản Hồ Chí Minh|TNCS Hồ Chí Minh|[Tt]rường)$")


def pass_dash_joined_units(ctx: Ctx) -> None:
    """A reading of "U1 - U2 <parent>" (``_DASH_PAIR``, read as one unit by pass_units_before)
    is two bodies, each its unit and the parent (a school's union is "Đoàn Thanh niên <school>",
    GUIDE); they outrank the joined reading."""
    text = ctx.text
    if "-" not in text and "–" not in text:
        return
    for c in list(ctx.cands):
        m = _DASH_PAIR.match(text, c.start)
        if m is None or m.end() >= c.end:
            continue
        written = re.sub(r"\s+", " ", text[c.start:m.end()]).strip()
        joined = re.sub(r"\s*[-–]\s*", " - ", written)
        if not (c.name.startswith(joined + " ") or c.name.startswith(written + " ")):
            continue
        parent = c.name[len(joined if c.name.startswith(joined + " ") else written) + 1:]
        for unit, start, end in ((m.group("a"), c.start, m.end("a")),
                                 (m.group("b"), m.start("b"), c.end)):
            unit = re.sub(r"\s+", " ", unit)
            unit = "Đoàn Thanh niên" if _YOUTH_UNION.match(unit) else unit
            ctx.add(start, end, f"{unit} {parent}", None, c.province, c.kind, c.priority + 1,
                    known=c.known)


def composed_with(c: Cand, start: int, prefix: str, priority: int, known: bool | None = None,
                  kind: str | None = None) -> Cand:
    """``c`` with a unit written before it (``prefix`` from ``start``): one body, named by the
    unit and ``c``'s name; a parent whose level awaits its place ("Nhà khách Huyện ủy") gives
    the unit the place the resolver finds for it, as compose_units_before does."""
    body = replace(c.body, name=f"{prefix} {c.body.name}", level_names=tuple(
        (level, f"{prefix} {name}") for level, name in c.body.level_names),
        default_level="") if c.body is not None else None
    return Cand(start, c.end, f"{prefix} {c.name}", None, c.province, c.kind if kind is None
                else kind, priority, body, c.level, c.place,
                known=c.known if known is None else known, needs_place=c.needs_place)


# the ranks of an agency's departments, highest first: a lower unit written before a department
# already joined to its parent, after a dash or a comma, is that department's ("Kho K2 - Phòng
# Hậu cần - Bộ CHQS tỉnh", "Ban Xăng dầu, Phòng Hậu cần Bộ Chỉ huy Quân sự tỉnh"); a unit of
# the same rank or higher opens a list instead ("Phòng Tham mưu, Phòng Kỹ thuật …")
_DEPARTMENT_RANKS = {"cục": 5, "phòng": 4, "khoa": 4, "trung tâm": 4, "ban": 3, "đội": 3,
                     "bộ môn": 3, "trạm": 2, "kho": 2, "xưởng": 2, "tổ": 1}
_RANKED_HEAD = r"(?:Cục|Phòng|Khoa|Trung\s+tâm|Ban|Đội|Bộ\s+môn|Trạm|Kho|Xưởng|Tổ)"
# the inner unit: a ranked head at the start of a reading joined to its parent
_INNER_HEAD = re.compile(r"(?P<head>" + _RANKED_HEAD + r")\s")
# the outer unit right before it: its head, a capitalised word or a code ("K1", "Quân"), at
# most three more words ("Xăng dầu"), then the dash or comma that joins it
_OUTER_UNIT = re.compile(
    r"(?<![^\W_])(?P<unit>(?P<head>" + _RANKED_HEAD + r")\s+(?:[0-9]|" + CAPITAL + r")[^\s,;:()“”\"–-]*"
    r"(?:\s+[^\W_][^\s,;:()“”\"–-]*){0,3})\s*[-–,]\s*$")
# a unit listed before the outer one ("Ban Tài chính, Ban Xăng dầu, Phòng Hậu cần …"): a list
_LISTED = re.compile(r"(?:,|\s(?:và|cùng|với))\s*$")
# a Party committee's organ or a body's own board as the outer unit ("Ban Dân vận, Phòng Nội vụ
# UBND huyện"): two bodies listed, no chain
_ORGAN_UNIT = re.compile(r"Ban\s+(?:Dân\s+vận|Tuyên\s+giáo|Tổ\s+chức|Kiểm\s+tra|Nội\s+chính|"
                         r"Kinh\s+tế|Thường\s+vụ|Thường\s+trực|Chấp\s+hành|Chỉ\s+đạo|Giám\s+hiệu)"
                         r"(?![^\W_])", re.I)


def _rank(head: str) -> int:
    return _DEPARTMENT_RANKS.get(re.sub(r"\s+", " ", head).lower(), 0)


def pass_unit_chains(ctx: Ctx) -> None:
    """A chain of units down from a parent, joined by dashes or a comma ("Kho K2- Phòng Hậu
    cần- Bộ CHQS tỉnh", "Ban Xăng dầu, Phòng Hậu cần Bộ Chỉ huy Quân sự tỉnh"): one body,
    the lowest unit's, named by every unit and the parent's canonical name; the lower unit must
    rank below the department it is written before. The chain written again without its parent
    ("làm việc ở Kho K2 - Phòng Hậu cần") is the same body."""
    text = ctx.text
    if "-" not in text and "–" not in text and "," not in text:
        return
    for c in list(ctx.cands):
        inner = _INNER_HEAD.match(text, c.start)
        if inner is None or c.priority < 2 or c.start < 4:
            continue
        # joined to its parent: a reading of the parent ends where the department's does
        parent = max((o for o in ctx.cands if c.start < o.start and o.end == c.end),
                     key=lambda o: o.end - o.start, default=None)
        if parent is None or not parent.name.startswith(UNIT_NAMES):
            continue  # no parent, or a territorial body's ("Phòng Nội vụ UBND huyện")
        lo = max(ctx.view.sentence_starts[ctx.view.sentence_of(c.start)], c.start - 48)
        outer = _OUTER_UNIT.search(text, lo, c.start)
        if outer is None or _rank(outer.group("head")) >= _rank(inner.group("head")) \
                or _ORGAN_UNIT.match(outer.group("unit")) \
                or _LISTED.search(text, lo, outer.start()) \
                or any(o.start < outer.start() < o.end for o in ctx.cands):
            continue
        unit = re.sub(r"\s+", " ", outer.group("unit"))
        chain = composed_with(c, outer.start(), unit, c.priority + 1)
        ctx.cands.append(chain)
        written = re.sub(r"\s*[-–]\s*$", "", text[outer.start():parent.start].rstrip())
        _board_repeats(ctx, written, c.end, chain.name, chain)


# an agency's Youth Union written "Đoàn" and the agency after its secretary's title ("Bí thư
# Đoàn UBND tỉnh X", "Phó Bí thư Đoàn Sở Y tế"): that agency's union (GUIDE: "Đoàn Thanh niên
# Công an tỉnh X"); without the title, "Đoàn" before a body is as often its delegation
_SECRETARY_OF = re.compile(r"(?<![^\W_])[Bb]í\s+thư\s+(?P<union>Đoàn)\s+$")
_AGENCIES = (*UNIT_NAMES, "Ủy ban nhân dân ", "Hội đồng nhân dân ")


def pass_unions_of_agencies(ctx: Ctx) -> None:
    """The Youth Union of an agency named after its secretary's title ("Phó Bí thư Đoàn UBND
    tỉnh Nghệ An" → "Đoàn Thanh niên Ủy ban nhân dân tỉnh Nghệ An"): one body, the agency is not
    labelled again."""
    if "thư Đoàn" not in ctx.text:
        return
    for c in list(ctx.cands):
        if c.priority < 2 or not c.name.startswith(_AGENCIES):
            continue
        title = _SECRETARY_OF.search(ctx.text, max(0, c.start - 16), c.start)
        if title is None:
            continue
        ctx.cands.append(composed_with(c, title.start("union"), "Đoàn Thanh niên",
                                       c.priority + 1, kind="đoàn thể"))


# a union or Party unit of a police department named by the department's field without its
# head ("Đoàn cơ sở Cảnh sát kinh tế Công an tỉnh", "Chi bộ Cảnh sát giao thông Công an huyện"):
# one body of that police, named as written
_POLICE_FIELD_UNIT = re.compile(
    r"(?<![^\W_])(?P<unit>Đoàn\s+cơ\s+sở|Chi\s+đoàn|Liên\s+chi\s+đoàn|Chi\s+bộ|Công\s+đoàn)\s+"
    r"(?P<field>(?:An\s+ninh|Cảnh\s+sát)(?:\s+[^\W\d_A-ZĐ][^\W\d_]*){1,4})\s+$")


def pass_police_field_units(ctx: Ctx) -> None:
    """A union or Party unit of a police department written with the department's field and
    its police (above)."""
    if "An ninh" not in ctx.text and "Cảnh sát" not in ctx.text:
        return
    for c in list(ctx.cands):
        if c.priority < 2 or not c.name.startswith("Công an "):
            continue
        m = _POLICE_FIELD_UNIT.search(ctx.text, max(0, c.start - 60), c.start)
        if m is None:
            continue
        unit = re.sub(r"\s+", " ", f"{m.group('unit')} {m.group('field')}")
        ctx.cands.append(composed_with(c, m.start(), unit, c.priority + 1))


# an outlet's editorial board written before it ("Ban biên tập báo X", "Ban Biên tập Đài …"):
# one body, the board of that outlet ("Ban Biên tập Báo X"), the outlet not labelled again
_EDITORIAL_BOARD = re.compile(r"(?<![^\W_])[Bb]an\s+[Bb]iên\s+tập\s+$")


def pass_editorial_boards(ctx: Ctx) -> None:
    """An outlet's editorial board written right before it (above)."""
    if "iên tập" not in ctx.text:
        return
    for c in list(ctx.cands):
        if c.kind != "báo chí" or c.priority < 2:
            continue
        board = _EDITORIAL_BOARD.search(ctx.text, max(0, c.start - 16), c.start)
        if board is not None:
            ctx.cands.append(composed_with(c, board.start(), "Ban Biên tập", c.priority + 1))


# a unit written once before two branches of one parent joined by "và" ("Công đoàn Vietcombank
# Bắc Ninh và Vietcombank Từ Sơn"): the unit of each branch (the second is no branch acting
# alone beside the first's union)
_AND = re.compile(r"\s+và\s+")


def pass_units_of_listed_branches(ctx: Ctx) -> None:
    """The second of two branches of one parent after a unit written before the first (above):
    that unit of the second branch."""
    if " và " not in ctx.text or "Chi nhánh" not in " ".join(c.name for c in ctx.cands):
        return
    branches = [c for c in ctx.cands if " Chi nhánh " in c.name]
    for c in list(ctx.cands):
        first = next((b for b in branches if b.end == c.end and b.start > c.start
                      and c.name.endswith(" " + b.name)), None)
        if first is None or (m := _AND.match(ctx.text, c.end)) is None:
            continue
        parent = first.name.split(" Chi nhánh ")[0]
        second = next((b for b in branches if b.start == m.end()
                       and b.name.split(" Chi nhánh ")[0] == parent), None)
        if second is not None:
            unit = c.name[:len(c.name) - len(first.name)].rstrip()
            ctx.cands.append(composed_with(second, second.start, unit, second.priority + 1))


# a body written with its bare level and a lower bare level after "và" ("Ủy ban MTTQ Việt Nam
# huyện và xã hỗ trợ …"): the same body at that level too, of the unit the paragraph names for
# it (the resolver places it as any bare level); not the levels of a grouping ("hai cấp tỉnh và
# huyện", "các cấp")
_AND_BARE_LEVEL = re.compile(r"\s+và\s+(?P<level>xã|phường|thị\s+trấn|huyện|thị\s+xã|quận)"
                             r"(?![^\W_])(?!\s*[(“\"0-9]|\s+" + CAPITAL + r")")
_RANKS = {"huyện": 2, "thị xã": 2, "quận": 2, "thành phố": 2, "xã": 1, "phường": 1,
          "thị trấn": 1}
_LEVELS_GROUPED = re.compile(r"(?<![^\W_])(?:cấp|các|hai|ba)\s+$", re.I)


def pass_bodies_at_a_lower_level(ctx: Ctx) -> None:
    """A body with a bare level and a lower bare level after "và" (above): that body at the
    lower level as well."""
    if " và " not in ctx.text:
        return
    for c in list(ctx.cands):
        if c.body is None or c.place or c.level not in _RANKS:
            continue
        m = _AND_BARE_LEVEL.match(ctx.text, c.end)
        if m is None:
            continue
        level = re.sub(r"\s+", " ", m.group("level"))
        written = ctx.text[c.start:c.end]
        if _RANKS[level] >= _RANKS[c.level] or not written.endswith(c.level) \
                or _LEVELS_GROUPED.search(ctx.text, max(0, c.end - len(c.level) - 8),
                                          c.end - len(c.level)):
            continue
        ctx.cands.append(Cand(m.start("level"), m.end("level"), c.name, None, c.province, c.kind,
                              c.priority, c.body, level, None, known=c.known,
                              needs_place=c.needs_place))


# a liaison board of a body's former officials ("Ban Liên lạc cựu cán bộ Đoàn huyện X"): the
# board is a body of its own, the body named inside its people is no mention
_LIAISON = re.compile(r"Ban\s+(?i:liên\s+lạc)\s+(?i:cựu|cán\s+bộ)\s")


def pass_liaison_boards(ctx: Ctx) -> None:
    """A liaison board whose people are a body's former officials outranks the body inside it."""
    if "iên lạc" not in ctx.text:
        return
    for c in list(ctx.cands):
        if c.priority != 1 or not _LIAISON.match(ctx.text, c.start):
            continue
        inner = [o for o in ctx.cands if c.start < o.start and o.end == c.end and o.priority >= 2]
        if inner:
            ctx.cands.append(replace(c, priority=max(o.priority for o in inner)))


# a bank written again by its head and level only after its full name ("Ngân hàng CSXH huyện X
# … vay vốn Ngân hàng huyện"): the bank of that level the paragraph names
_BARE_BANK = re.compile(r"(?<![^\W_])Ngân\s+hàng\s+(?P<level>huyện|tỉnh|thị\s+xã|quận)"
                        r"(?![^\W_])(?!\s+[A-ZĐ0-9])")


def pass_bare_bank_repeats(ctx: Ctx) -> None:
    """"Ngân hàng huyện" after one bank of a district named in full: that bank; none when the
    paragraph names no bank of that level before it, or several."""
    if "Ngân hàng" not in ctx.text:
        return
    for m in _BARE_BANK.finditer(ctx.text):
        level = re.sub(r"\s+", " ", m.group("level"))
        banks = {(c.name, c.province) for c in ctx.cands if c.end <= m.start()
                 and c.priority >= 2 and c.name.startswith("Ngân hàng ")
                 and re.search(rf" {level} [A-ZĐ][^ ]*(?: [A-ZĐ][^ ]*)*$", c.name)}
        if len(banks) != 1:
            continue
        name, province = banks.pop()
        ctx.add(m.start(), m.end(), name, None, province, "đơn vị", 2, known=False)
