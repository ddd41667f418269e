"""Pass: a unit written right before the institution, enterprise or body it belongs to is one
body, the unit of that host (GUIDE: a sub-unit written before its parent), named by the unit as
written and the host's canonical name:

* a centre, department, ward, station or workshop of a hospital, school, centre, institute,
  company, group or plant: "Trung tâm Truyền máu| Bệnh viện X", "Khoa Hồi sức tích cực| Bệnh
  viện Đa khoa tỉnh", "Phòng Khám đa khoa khu vực X| Trung tâm Y tế huyện Y", "Ban Quản lý dự
  án| Công ty X", "Phân xưởng Sản xuất| Nhà máy X";
* a standing team or a council at an institution: "Đội xung kích tình nguyện| Trường Đại học X",
  "Hội đồng Đội| Trường Tiểu học X" (the school's Pioneers' council); a team for an event ("Đội
  tuyển", "Đội văn nghệ Trường …") is no body;
* a bare "Đoàn" before an enterprise or an institution is its Youth Union, named "Đoàn Thanh
  niên <host>" as the union of any institution is (GUIDE): "Đoàn| Tập đoàn X".

The unit's head is capitalised; a department named by its field opens with a capitalised word
("Khoa Nhi", not "phòng họp"); its words run up to the host with no comma, no clause word and
no link ("thuộc", "của", "và", "với": other passes read a unit after its link, and two bodies
joined are two). Not a unit: a plural ("các khoa Bệnh viện …", "Các Khoa …": a grouping), a
common noun ("Đội ngũ Bệnh viện …"), a unit with a place of its own ("Trạm Y tế xã A| Trung tâm
Y tế huyện B": the commune's station is a body of its own, the centre too), an institution of
its own ("Trường Cao đẳng Y tế| Bệnh viện …": "Trường" is no unit head). The unit outranks the
readings it holds (the host, a shorter reading of the unit). Work: only candidates whose name
opens with a host's head, and a short look back within the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.names import CLAUSE_VERBS, CLAUSE_WORDS, NOT_IN_NAME

# the hosts, by the head of their canonical name
_HOSTS = ("Bệnh viện ", "Trường ", "Tập đoàn ", "Tổng công ty ", "Tổng Công ty ", "Công ty ",
          "Nhà máy ", "Trung tâm ", "Viện ", "Học viện ", "Đại học ", "Xí nghiệp ")
# the heads of units (capitalised); "named" heads need a capitalised word after them
_UNIT_HEAD = re.compile(
    r"(?<![^\W_])(?:(?P<named>Trung\s+tâm|Khoa|Phòng|Trạm)|"
    r"(?P<free>Ban\s+[Qq]uản\s+lý|Phân\s+xưởng|Xưởng|Hội\s+đồng\s+Đội|Đội(?!\s+ngũ))|"
    r"(?P<union>Đoàn))(?![^\W_])"
)
# a word of a unit's name: a word, a number, a dash or "&" between words
_TOKEN = re.compile(r"\s*[-–&]|\s+[^\W_]+")
_CAPITALISED = re.compile(r"\s+[A-ZĐÀ-Ỹ0-9]")
# links and words that end a unit's name before the host (the host is then a body of its own)
_NOT_UNIT_WORD = re.compile(
    r"(?<![^\W_])(?:thuộc|ở|tỉnh|huyện|quận|xã|phường|thị\s+trấn|thị\s+xã|thành\s+phố|tổ\s+chức|"
    r"tiếp\s+nhận|trao|tặng|thăm|phối\s+hợp|ra\s+quân|gồm|như|ngũ|họp|công\s+tác|y\s+bác\s+sĩ)"
    r"(?![^\W_])", re.IGNORECASE)
# the teams an institution keeps as bodies of its own: volunteers, youth shock teams, rescue and
# fire teams, self-managed security ("Đội xung kích tình nguyện", "Đội sinh viên tình nguyện")
_STANDING_TEAM = re.compile(
    r"(?<![^\W_])(?i:xung\s+kích|tình\s+nguyện|thanh\s+niên|sinh\s+viên|phản\s+ứng\s+nhanh|"
    r"cứu\s+hộ|cứu\s+nạn|phòng\s+cháy|chữa\s+cháy|dân\s+phòng|tự\s+quản|công\s+tác\s+xã\s+hội)"
    r"|TNTN|SVTN|PCCC(?![^\W_])")
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những|mỗi|từng|cấp|hai|ba|nhiều)\s+$",
                            re.IGNORECASE)
_LOOK_BACK = 70


def _unit_at(ctx: Ctx, c: Cand) -> tuple[int, str] | None:
    """(start, unit as named) of the unit written right before the host ``c``, or None."""
    text, view = ctx.text, ctx.view
    if c.start < 2 or not text[c.start - 1].isspace():
        return None
    lo = max(view.sentence_starts[view.sentence_of(c.start)], c.start - _LOOK_BACK)
    for h in _UNIT_HEAD.finditer(text, lo, c.start):
        between = text[h.end():c.start]
        if h.group("union") or (h.group("free") or "").startswith("Hội"):
            if between.strip():
                continue  # "Đoàn công tác …", "Đoàn Nghệ thuật …": no union
        else:
            words = _TOKEN.findall(between.rstrip())
            if not words or "".join(words) != between.rstrip() or len(words) > 8:
                continue
            if h.group("named") and not _CAPITALISED.match(between):
                continue  # "phòng họp", "Phòng làm việc": no department named
            if NOT_IN_NAME.search(between) or CLAUSE_WORDS.search(between) \
                    or CLAUSE_VERBS.search(between) or _NOT_UNIT_WORD.search(between):
                continue
            if h.group(0) == "Đội" and not _STANDING_TEAM.search(between):
                continue  # "Đội tuyển", "Đội văn nghệ Trường …": a team for an event, no body
        if _PLURAL_BEFORE.search(text, max(0, h.start() - 12), h.start()):
            return None
        if h.group("union"):
            return h.start(), "Đoàn Thanh niên"
        unit = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", text[h.start():c.start])).strip()
        return h.start(), unit
    return None


def pass_host_units(ctx: Ctx) -> None:
    """The units of the module docstring, composed over each host candidate."""
    for c in list(ctx.cands):
        if c.priority < 1 or not c.name.startswith(_HOSTS) or c.needs_place:
            continue
        unit = _unit_at(ctx, c)
        if unit is None:
            continue
        u_start, u_name = unit
        if u_name.startswith("Đoàn Thanh niên") and c.name.startswith(("Bệnh viện ", "Trường ")):
            continue  # read by the institutions' pass (union_of)
        # the unit outranks the readings it holds
        held = [d.priority for d in ctx.cands if d.start >= u_start and d.end <= c.end]
        body = replace(c.body, name=f"{u_name} {c.body.name}", level_names=tuple(
            (level, f"{u_name} {name}") for level, name in c.body.level_names),
            default_level="") if c.body is not None else None
        kind = "đoàn thể" if u_name.startswith(("Đoàn Thanh niên", "Hội đồng Đội")) else c.kind
        ctx.cands.append(Cand(u_start, c.end, f"{u_name} {c.name}", None, c.province, kind,
                              max([c.priority, *held]), body, c.level, c.place, known=c.known))
