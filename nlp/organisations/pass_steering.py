"""Pass: steering committees, boards and councils named by their topic and anchored
by a level word ("Ban Chỉ đạo 35 tỉnh", "Hội đồng Thi đua - Khen thưởng huyện")."""

from __future__ import annotations

import re

from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import CLAUSE_VERBS, NOT_IN_NAME, TITLE_WORDS
from baochi.nlp.organisations.placing import read_place
from baochi.nlp.organisations.resolver import canonical

_STEERING = re.compile(
    r"(?P<head>Ban\s+(?i:chỉ\s+đạo|chỉ\s+huy)|Ban\s+(?:Quản\s+lý|QLDA|QL)|Ban\s+An\s+toàn\s+giao\s+thông|Hội\s+đồng|"
    r"Ban\s+(?i:vận\s+động|điều\s+hành)|Ban\s+Đại\s+diện|Ủy\s+ban\s+bầu\s+cử|"
    # the bodies of a province's industrial or economic zones ("Công đoàn các KCN tỉnh")
    r"(?:Công\s+đoàn|Đảng\s+ủy)(?=\s+các\s+(?:KCN|KKT|CCN|[Kk]hu\s|[Cc]ụm\s)))"
    r"(?P<topic>(?:,?\s+(?!tỉnh\b|huyện\b|thành\s+phố\b|thị\s+xã\b|xã\b(?!\s+hội)|phường\b)"
    r"[\"“”]?[^\W\d_]+[\"“”]?){0,24}?)(?P<short>\s*\([^()]{1,30}\))?"  # "… (Ban Chỉ đạo 799) huyện X"
    r"(?=\s+(?P<anchor>tỉnh|huyện|thành\s+phố|TP\.?(?=\s*[A-ZĐ])|thị\s+xã|quận|xã(?!\s+hội)|phường|"
    r"thị\s+trấn|"
    r"Trung\s+ương|TƯ|TW)(?![^\W_]))"
)


def pass_steering(ctx: Ctx) -> None:
    """Steering committees and boards named by their task, anchored by a level word ("Ban Chỉ
    đạo phòng, chống dịch tỉnh")."""
    if "Ban " not in ctx.text and "Hội đồng" not in ctx.text and "bầu cử" not in ctx.text \
            and "Công đoàn" not in ctx.text and "Đảng ủy" not in ctx.text:
        return
    for m in _STEERING.finditer(ctx.text):
        topic = m.group("topic")
        if (not topic.strip() and "bầu" not in m.group("head")) or TITLE_WORDS.search(topic) \
                or NOT_IN_NAME.search(topic) or CLAUSE_VERBS.search(topic):
            continue  # "Ban Quản lý Khu kinh tế X cũng đề nghị quận Y": a clause, not a name
        written = re.sub(r"\s+", " ", m.group("head") + re.sub(r"[\"“”]", "", m.group("topic")))
        if m.group("anchor")[0] == "T" and m.group("head").startswith("Ban"):
            # "Ban Chỉ đạo … Trung ương": the national board
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
            ctx.add(m.start(), place.end, canon[0], None, canon[1], body.kind, 1,
                    None if place.place else body, place, known=False)
