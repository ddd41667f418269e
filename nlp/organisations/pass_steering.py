"""Pass: steering committees, boards and councils named by their topic and anchored
by a level word ("Ban Chỉ đạo 35 tỉnh", "Hội đồng Thi đua - Khen thưởng huyện")."""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp import places
from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.names import CLAUSE_VERBS, NOT_IN_NAME, TITLE_WORDS
from baochi.nlp.organisations.placing import Place, city_place, read_place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, alternation

# the people a liaison board gathers, the first words of its name in lower case (a closed list:
# "Ban liên lạc cựu tù chính trị", "Ban liên lạc cán bộ quê hương X", "Ban liên lạc đồng hương
# X"; "Ban liên lạc kết nối với …" is a board acting, no name)
_LIAISON_PEOPLE = (r"(?:cựu|cán\s+bộ|chiến\s+sĩ|quân\s+nhân|bộ\s+đội|tù\s+chính\s+trị|học\s+sinh|"
                   r"sinh\s+viên|thanh\s+niên\s+xung\s+phong|truyền\s+thống|thương\s+binh|"
                   r"đồng\s+đội|đồng\s+hương|người\s+kháng\s+chiến|nữ\s+kháng\s+chiến|"
                   r"con\s+em|giáo\s+chức|nhà\s+giáo)(?![^\W_])")
_STEERING = re.compile(
    r"(?P<head>Ban\s+(?i:chỉ\s+đạo|chỉ\s+huy)|BCĐ|Ban\s+(?:Quản\s+lý|QLDA|QL)|Ban\s+An\s+toàn\s+giao\s+thông|[Hh]ội\s+đồng|"
    r"Ban\s+(?i:vận\s+động|điều\s+hành)|Ban\s+Đại\s+diện|Ủy\s+ban\s+bầu\s+cử|"
    # a liaison board of veterans or former prisoners ("Ban Liên lạc Cựu tù chính trị tỉnh"),
    # its people also in lower case ("Ban liên lạc cựu cán bộ kháng chiến xã X")
    r"Ban\s+(?i:liên\s+lạc)(?=\s+(?:[A-ZĐ]|" + _LIAISON_PEOPLE + r"))|"
    # a board named by what it fights ("Ban phòng chống HIV/AIDS xã X", "Ban Phòng, chống tham
    # nhũng huyện Y")
    r"Ban\s+(?i:phòng,?\s+chống)(?=\s)|"
    # an organising committee named by its event or campaign ("Ban Tổ chức Chiến dịch …")
    r"Ban\s+(?i:tổ\s+chức)(?=\s+[A-ZĐ“\"])(?!\s+(?:Tỉnh|Huyện|Thành|Thị|Quận|Đảng|Trung)\s+ủy)|"
    # the bodies of a province's industrial or economic zones ("Công đoàn các KCN tỉnh")
    r"(?:Công\s+đoàn|Đảng\s+ủy)(?=\s+các\s+(?:KCN|KKT|CCN|[Kk]hu\s|[Cc]ụm\s)))"
    r"(?P<topic>(?:,?\s+(?!tỉnh\b|huyện\b|thành\s+phố\b|thị\s+xã\b|xã\b(?!\s+hội)|phường\b)"
    r"[\"“”]?(?:[^\W\d_]+(?:[/-][^\W\d_]+)?|(?<![Nn]ăm\s)(?:19|20)\d\d|"
    # (words joined by a hyphen or a slash too: "phòng-chống", "HIV/AIDS"); a disease's code
    # ("COVID-19", "H5N1", "SARS-CoV-2"): a board against an epidemic
    r"(?-i:[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)+|H\d+N\d+))[\"“”]?){0,24}?)(?P<short>\s*\([^()]{1,30}\))?"  # "… (Ban Chỉ đạo 799) huyện X"
    r"(?=\s+(?P<anchor>(?:tỉnh|huyện|thành\s+phố|TP\.?(?=\s*[A-ZĐ])|thị\s+xã|quận|xã(?!\s+hội)|phường|"
    r"thị\s+trấn|"
    r"Trung\s+ương|TƯ|TW)(?![^\W_])|"
    # a city or town written short, its name after the dot ("TX.Dĩ An", "TP.Hà Tĩnh")
    r"(?:TP|TX)\.(?=[A-ZĐ])))"
)


# words a lower-case council's field never holds: its name ends before them ("thành viên hội
# đồng quản trị công ty ở xã X" is no council of the commune)
_LOWER_STOPS = frozenset(("ở", "tại", "của", "với", "cho", "và", "các", "trên", "trong", "về",
                          "là", "có", "thuộc"))


# words no task read before a bare province holds: a level's word (the level is written, the
# board is read with it by pass_steering) or a visit's verb ("Ban Chỉ đạo thăm Hà Tĩnh")
_NOT_TASK = frozenset(("tỉnh", "huyện", "thành", "thị", "xã", "quận", "phường", "cấp",
                          "thăm", "trao", "tặng", "về", "đến", "tới"))
_BCD = re.compile(r"^BCĐ(?= )")
_NTM_BOARD = re.compile(r"^Ban [Cc]hỉ đạo (?:NTM|[Nn]ông thôn mới)$")


@cache
def _steering_of_province() -> re.Pattern:
    """A board named by its task and then its province's bare name, its task a quoted
    campaign, a campaign against a disease or a task in lower-case words with no clause word
    ("Ban vận động “Ngày vì người nghèo” Hà Tĩnh", "Ban Chỉ đạo phòng, chống Covid-19 TPHCM",
    "Ban Chỉ đạo xây dựng nông thôn mới Hà Tĩnh")."""
    return re.compile(
        r"(?<![^\W_])(?P<head>Ban\s+(?i:chỉ\s+đạo|vận\s+động))"
        r"(?P<topic>\s+(?:[“\"][^“”\"\n]{3,60}[”\"]|(?i:phòng,?\s+chống)\s+[^\s,.;:()]{2,20}|"
        # a task in lower-case words ("Ban Chỉ đạo xây dựng nông thôn mới Phú Yên")
        r"(?-i:[a-zđà-ỹ][^\W\d_]*)(?:\s+(?-i:[a-zđà-ỹ][^\W\d_]*)){1,7}))"
        r"\s+(?P<prov>(?-i:" + alternation(list(places.province_forms())) + r"))"
        + WORD_BOUNDARY_AFTER)


def _boards_of_province(ctx: Ctx) -> None:
    """Boards named by their task and their province's bare name: the province's board."""
    for m in _steering_of_province().finditer(ctx.text):
        province = places.province_of_form(m.group("prov"))
        if province is None:
            continue
        task = m.group("topic").split()
        if task[0][0] not in "“\"" and task[0] not in ("phòng", "phòng,", "Phòng", "Phòng,") and (
                _LOWER_STOPS.intersection(task) or _TASK_STOPS.intersection(task)
                or _NOT_TASK.intersection(task) or NOT_IN_NAME.search(m.group("topic"))
                or CLAUSE_VERBS.search(m.group("topic"))):
            continue  # "Ban Chỉ đạo đã làm việc với Quảng Nam": a clause, not the board's task
        level = "thành phố" if province in places.cities() else "tỉnh"
        where = city_place(province) if level == "thành phố" else province
        head = re.sub(r"\s+", " ", m.group("head"))
        topic = re.sub(r"[\"“”]", "", re.sub(r"\s+", " ", m.group("topic")))
        body = Body("Ban " + head[4:5].upper() + head[5:] + topic, None, "ban chỉ đạo", "")
        canon = canonical(body, Place(m.end(), level, where, province), province)
        if canon:
            start, name = _standing(ctx.text, m.start(), canon[0])
            ctx.add(start, m.end(), name, None, canon[1], body.kind, 1, known=False)


_STANDING = "Thường trực "


def _standing(text: str, start: int, name: str) -> tuple[int, str]:
    """A board's standing organ written right before it ("Thường trực Ban Chỉ đạo … tỉnh X"):
    one body, the unit and the board (GUIDE: a sub-unit before its parent)."""
    if text.startswith(_STANDING, start - len(_STANDING)) and not text[
            max(0, start - len(_STANDING) - 4):start - len(_STANDING)].rstrip().endswith(("Phó", "ban")):
        return start - len(_STANDING), _STANDING + name
    return start, name


def pass_steering(ctx: Ctx) -> None:
    """Steering committees and boards named by their task, anchored by a level word ("Ban Chỉ
    đạo phòng, chống dịch tỉnh")."""
    if "Ban " not in ctx.text and "ội đồng" not in ctx.text and "bầu cử" not in ctx.text \
            and "Công đoàn" not in ctx.text and "Đảng ủy" not in ctx.text \
            and "BCĐ" not in ctx.text:
        return
    _boards_of_province(ctx)
    for m in _STEERING.finditer(ctx.text):
        topic = m.group("topic")
        if (not topic.strip() and "bầu" not in m.group("head")
                and "giao thông" not in m.group("head")) or TITLE_WORDS.search(topic) \
                or NOT_IN_NAME.search(topic) or CLAUSE_VERBS.search(topic):
            continue  # "Ban Quản lý Khu kinh tế X cũng đề nghị quận Y": a clause, not a name
        if m.group(0)[0] == "h" and (len(topic.split()) > 5 or not topic.strip()
                                     or any(q in topic for q in "“”\",")
                                     or not topic.strip()[0].islower()
                                     or _LOWER_STOPS.intersection(topic.split())):
            continue  # a council in lower case: a short field of its own only ("hội đồng
            # nghĩa vụ quân sự huyện"), never a clause run up to a level word
        if _joins_a_body(ctx, m.start(), m.end()):
            continue  # "Ban chỉ đạo phong trào “…” và Thường trực Ủy ban MTTQ phường X": two
            # bodies, the board's level is its partner's (pass_boards_of_the_unit)
        written = re.sub(r"\s+", " ", m.group("head") + re.sub(r"[\"“”]", "", m.group("topic")))
        written = written[0].upper() + written[1:]  # "hội đồng …" in lower case: a name
        if written.startswith("Ban phòng"):
            written = "Ban P" + written[5:]  # "Ban phòng chống …": its first word a name's
        # a steering committee written by its initials ("BCĐ xây dựng NTM tỉnh"), and the
        # rural-development one by the programme's initials alone ("BCĐ NTM tỉnh")
        written = _NTM_BOARD.sub("Ban Chỉ đạo xây dựng NTM", _BCD.sub("Ban Chỉ đạo", written))
        # "Ban Chỉ đạo NTM của huyện": the board of that level, "của" no word of its name
        written = written.removesuffix(" của")
        if m.group("anchor").startswith(("Trung", "TƯ", "TW")) \
                and (m.group("head").startswith("Ban") or m.group("head").startswith("Hội đồng")
                     and not _LOWER_STOPS.intersection(topic.split())):
            # "Ban Chỉ đạo … Trung ương", "Hội đồng thẩm định Trung ương": the national board
            end = m.end() + 1 + len(m.group("anchor"))
            ctx.add(m.start(), end, f"{written} Trung ương", None, None, "ban chỉ đạo", 1,
                    known=False)
            continue
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is None:
            continue
        if written.endswith(" cấp"):
            continue  # "Ban Vận động Quỹ … cấp huyện": the boards of every district
        body = Body(written, None, "ban chỉ đạo", "")
        canon = canonical(body, place, ctx.source_province)
        if canon:
            # a level without its place ("… huyện") is filled by the resolver
            start, name = _standing(ctx.text, m.start(), canon[0])
            end = place.end
            if place.place and (written.lower().startswith("ban tổ chức") or _EVENT_IN_TOPIC.search(written)) \
                    and (edition := _EDITION_AFTER.match(ctx.text, end)) is not None and edition.group(0):
                # an event's committee or jury keeps the event's edition (GUIDE): "Ban tổ chức
                # Giải Báo chí tỉnh X lần thứ XII, năm 2021", "Hội đồng chung khảo Giải … năm 2021"
                end = edition.end()
                name += " " + re.sub(r"\s+", " ", edition.group(0).replace(",", "")).strip()
            ctx.add(start, end, name, None, canon[1], body.kind, 1,
                    None if place.place else body, place, known=False)


# an event named in a board's words ("Hội đồng chung khảo Giải Báo chí tỉnh X năm 2021")
_EVENT_IN_TOPIC = re.compile(r"(?<![^\W_])(?:Giải|Cuộc\s+thi|Hội\s+thi|Liên\s+hoan|Hội\s+diễn|Hội\s+thao)(?![^\W_])")
# an event's edition after its committee's place ("… tỉnh X lần thứ XII, năm 2021", "… năm 2021")
_EDITION_AFTER = re.compile(r"(?:\s+lần\s+thứ\s+(?:[IVXLC]{1,6}|\d{1,3})(?![^\W_]))?(?:,?\s+năm\s+(?:19|20)\d\d(?![^\W_]))?")


# a central steering committee named by its task after "về" ("Ban Chỉ đạo Trung ương về xóa nhà
# tạm, nhà dột nát", "… về tổng kết Nghị quyết số 18-NQ/TW"): its words run to the clause's
# next part (a verb, a clause word after a comma, a stop), never past twelve words
_CENTRAL_TASK = re.compile(r"(?<![^\W_])Ban\s+[Cc]hỉ\s+đạo\s+(?:Trung\s+ương|TƯ|TW)\s+về(?=\s)")
_TASK_WORD = re.compile(r"(?P<sep>\s*,\s*|\s+)(?P<word>[^\s,.;:()“”\"]+)")
_TASK_STOPS = frozenset([
    "đã", "đang", "sẽ", "được", "với", "tại", "cho", "là", "vừa", "cũng", "cùng", "trong", "khi",
    "nhằm", "để", "trên", "ở", "do", "theo", "đến", "bị", "có", "không", "đề", "yêu", "kiến",
    "thông", "chỉ", "tổ", "họp", "ban", "tiến", "làm", "kiểm", "giám"])


def _task_end(text: str, pos: int) -> int | None:
    """End of a central committee's task read from ``pos``; None when no stop closes it."""
    end, count = pos, 0
    while (w := _TASK_WORD.match(text, end)) is not None:
        if w.group("word").lower() in _TASK_STOPS or count >= 12:
            break
        end, count = w.end(), count + 1
    after = text[end:end + 2]
    closed = count >= 2 and (w is not None and w.group("word").lower() in _TASK_STOPS
                             or not after or after[0] in ".;:()" or after == ", ")
    return end if closed and count < 12 else None


def pass_central_tasks(ctx: Ctx) -> None:
    """"Ban Chỉ đạo Trung ương về <task>": the national steering committee, named as written."""
    if "hỉ đạo" not in ctx.text:
        return
    for m in _CENTRAL_TASK.finditer(ctx.text):
        end = _task_end(ctx.text, m.end())
        if end is None:
            continue
        name = re.sub(r"\s+", " ", ctx.text[m.start():end])
        ctx.add(m.start(), end, "Ban Chỉ đạo" + name[len("Ban chỉ đạo"):], None, None,
                "ban chỉ đạo", 2, known=False)


# a board named by its task with no level after it ("Ban Vận động ủng hộ Quỹ “Vì người nghèo”
# đã tiếp nhận …", "phối hợp với Ban chỉ đạo liên ngành làm công tác dân vận đợt I …"): the task
# runs to the clause's next part
_BOARD_NO_LEVEL = re.compile(r"(?<![^\W_])(?:Ban\s+(?i:chỉ\s+đạo|vận\s+động|điều\s+hành)|"
                             # a council or jury named after its award or contest ("Hội đồng xét
                             # tặng giải thưởng “Dân vận khéo”")
                             r"Hội\s+đồng\s+(?i:xét\s+tặng|xét\s+chọn|giám\s+khảo)|"
                             r"Ban\s+(?i:giám\s+khảo)(?=\s+(?i:giải|hội\s+thi|cuộc\s+thi)))(?=\s)")
_BOARD_WORD = re.compile(r"\s+(?P<word>[“\"][^“”\"\n]{3,60}[”\"]|[^\s,.;:()“”\"]+)")
_BOARD_STOPS = frozenset([*(_TASK_STOPS - {"làm"}), "tiếp", "đợt", "năm", "phối", "và", "các",
                          "của", "tỉnh", "huyện", "xã", "phường", "quận", "thị", "thành", "TP",
                          "cấp", "gồm", "này", "triển", "kêu", "đều", "vẫn", "luôn", "mới",
                          "rất", "nên", "thì", "mà"])


def _board_end(text: str, pos: int) -> int | None:
    """End of a board's task read from ``pos`` (two to ten words, a quoted name one word); None
    when no clause word or mark closes it, or a level follows (read by ``pass_steering``)."""
    end, count, quoted = pos, 0, False
    while (w := _BOARD_WORD.match(text, end)) is not None and count < 11:
        word = w.group("word")
        if word.lower() in _BOARD_STOPS or word in _BOARD_STOPS:
            break
        end, count, quoted = w.end(), count + 1, quoted or word[0] in "“\""
    if count < (1 if quoted else 2) or count > 10:
        return None  # a quoted name alone names the task ("Ban vận động “Ngày vì người nghèo”")
    nxt = _BOARD_WORD.match(text, end)
    stop = nxt.group("word").lower() if nxt is not None else ""
    if stop in ("tỉnh", "huyện", "xã", "phường", "quận", "thị", "thành", "tp", "cấp", "các"):
        return None
    return end


def pass_boards_of_the_unit(ctx: Ctx) -> None:
    """A board named by its task and no level, in a sentence that names one body with a level
    before it ("Ủy ban MTTQ huyện … Ban Vận động ủng hộ Quỹ “Vì người nghèo” đã …"): the board of
    that unit, its place the one the resolver finds for the level (dropped when none)."""
    if "Ban " not in ctx.text and "Hội đồng" not in ctx.text:
        return
    view = ctx.view
    for m in _BOARD_NO_LEVEL.finditer(ctx.text):
        end = _board_end(ctx.text, m.end())
        if end is None or any(c.start <= m.start() < c.end for c in ctx.cands):
            continue
        sentence = view.sentence_of(m.start())
        before = [c for c in ctx.cands if c.end <= m.start() and c.level
                  and view.sentence_of(c.start) == sentence]
        unit = max(before, key=lambda c: c.end) if before else _partner_after(ctx, end)
        if unit is None:
            continue
        written = re.sub(r"[\"“”]", "", re.sub(r"\s+", " ", ctx.text[m.start():end]))
        if any(skey(re.sub(r"[\"“”]", "", ctx.text[c.start:c.end])).startswith(skey(written))
               for c in ctx.cands if c.end <= m.start()):
            continue  # a board named in full before, written short again (shortened_repeats)
        if written.startswith("Ban "):
            written = "Ban " + written[4:5].upper() + written[5:]
        # "Ban Vận động ủng hộ Quỹ …" is the fund's board, "Ban Vận động Quỹ …" (GUIDE)
        written = written.replace("Ban Vận động ủng hộ ", "Ban Vận động ", 1)
        level = unit.level or ""
        body = Body(written, None, "ban chỉ đạo", "")
        place = Place(end, level, unit.place, unit.province)
        canon = canonical(body, place, ctx.source_province) if unit.place else None
        if canon is not None:
            ctx.add(m.start(), end, canon[0], None, canon[1], body.kind, 1, known=False)
        elif level and level != "tỉnh":
            ctx.cands.append(Cand(m.start(), end, written, None, ctx.source_province, body.kind,
                                  1, body, level, None, known=False))


_JOINT_BEFORE = re.compile(r"(?:,|\svà|\scùng)\s+(?:(?:Ban\s+)?Thường\s+trực\s+|Ban\s+Thường\s+vụ\s+)?$")


def _joins_a_body(ctx: Ctx, start: int, end: int) -> bool:
    """Whether a catalogue body begins inside a board's topic right after a list's joint: the
    topic ran over into the next body."""
    return any(start < c.start < end and c.known and c.priority >= 2
               and _JOINT_BEFORE.search(ctx.text, start, c.start) for c in ctx.cands)


_AND_PARTNER = re.compile(r"\s*(?:,|và|cùng|cùng\s+với|phối\s+hợp\s+với)\s+")


def _partner_after(ctx: Ctx, end: int) -> Cand | None:
    """The body of a named unit written right after a board, joined to it ("Ban Chỉ đạo phong
    trào “…” và Thường trực Ủy ban MTTQ phường X tổ chức"): the two organisers share the unit."""
    a = _AND_PARTNER.match(ctx.text, end)
    if a is None:
        return None
    # the partner itself, or its standing unit written before it ("Thường trực Ủy ban …")
    after = [c for c in ctx.cands if c.level and c.place and (c.start == a.end() or (
        a.end() < c.start <= a.end() + 24 and _STANDING_UNIT.fullmatch(ctx.text, a.end(),
                                                                       c.start)))]
    return min(after, key=lambda c: c.start) if after else None


_STANDING_UNIT = re.compile(r"(?:Ban\s+)?Thường\s+trực\s+|Ban\s+Thường\s+vụ\s+")



# a steering committee named by the review of a Party or State document ("Ban Chỉ đạo tổng kết
# 20 năm thực hiện Chỉ thị số 56-CT/TW", "… sơ kết 5 năm thực hiện Nghị quyết 18-NQ/TW của Bộ
# Chính trị"): its words run to the document's number and its central issuer when written
_REVIEW_BOARD = re.compile(
    r"(?<![^\W_])(?:Ban\s+[Cc]hỉ\s+đạo|BCĐ)\s+(?P<task>(?:tổng\s+kết|sơ\s+kết)\s+"
    r"(?:[^\W_]+\s+){0,8}?(?:Chỉ\s+thị|Nghị\s+quyết|Kết\s+luận|Quyết\s+định|Quy\s+định|"
    r"Nghị\s+định|Luật)(?:\s+số)?\s+\d+(?:\s*[-–/]\s*[A-ZĐ0-9]+)+)"
    r"(?P<of>\s+của\s+(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?|"
    r"Chính\s+phủ|Thủ\s+tướng\s+Chính\s+phủ|Quốc\s+hội))?(?![^\W_])")


def pass_review_boards(ctx: Ctx) -> None:
    """A steering committee named by the document it reviews (``_REVIEW_BOARD``): with a level
    and place after it, that unit's; else the central one, named as written."""
    if "hỉ đạo" not in ctx.text and "BCĐ" not in ctx.text:
        return
    for m in _REVIEW_BOARD.finditer(ctx.text):
        written = "Ban Chỉ đạo " + re.sub(r"\s*([-–/])\s*", r"\1",
                                          re.sub(r"\s+", " ", m.group("task")))
        written = written.replace("–", "-")
        if m.group("of"):
            written += " " + re.sub(r"\s+", " ", m.group("of").strip())
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is not None and place.place:
            canon = canonical(Body(written, None, "ban chỉ đạo", ""), place, ctx.source_province)
            if canon:
                ctx.add(m.start(), place.end, canon[0], None, canon[1], "ban chỉ đạo", 3,
                        known=False)
                continue
        ctx.add(m.start(), m.end(), written, None, None, "ban chỉ đạo", 3, known=False)


# an organising committee named by its event's quoted name and no level after it ("Ban Tổ chức
# Cuộc thi “Đại sứ văn hóa đọc”"); with a level after it pass_steering reads it (an event named
# by unquoted words is not read: where its name ends is not known)
_ORGANISING = re.compile(
    r"(?<![^\W_])Ban\s+[Tt]ổ\s+chức\s+(?P<event>Cuộc\s+thi|Hội\s+thi|Giải|Liên\s+hoan|Hội\s+diễn|"
    r"Hội\s+thao|Lễ\s+hội|Ngày\s+hội|Hành\s+trình|Festival|Tuần\s+lễ|Hội\s+trại|"
    # a programme's, its word in either case ("Ban tổ chức chương trình “X” năm 2015")
    r"[Cc]hương\s+trình)"
    r"\s*(?P<quoted>[“\"][^“”\"\n]{3,80}[”\"])"
    # the edition written after the name (GUIDE: kept, the year also a date)
    r"(?:\s+năm\s+(?:19|20)\d\d(?![^\W_]))?")
_LEVEL_AFTER = re.compile(r"\s+(?:tỉnh|thành\s+phố|TP|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|"
                          r"Trung\s+ương|toàn\s+quốc)(?![^\W_])")


def pass_organising_boards(ctx: Ctx) -> None:
    """Organising committees named by their event's quoted name, no level after it
    (``_ORGANISING``): one body each, named as written without the quotes."""
    if "Ban " not in ctx.text or "ổ chức" not in ctx.text:
        return
    text = ctx.text
    for m in _ORGANISING.finditer(text):
        end = m.end()
        if _LEVEL_AFTER.match(text, end):
            continue
        written = re.sub(r"[“”\"]", "", re.sub(r"\s+", " ", text[m.start():end]))
        ctx.add(m.start(), end, "Ban Tổ chức" + written[len("Ban tổ chức"):], None, None,
                "ban chỉ đạo", 1, known=False)
