"""Pass: an association's branch named by its field and written with its parent, in brackets or
right after it ("Chi hội VAC (Hội ND xã Dân Tiến)", "Tổ hội trồng cây giống Hội ND xã Ông Đình",
"CLB dưỡng sinh (Hội NCT phường X)"): one body, the branch and its field, then the parent's
name (GUIDE: a parent in brackets after a unit is one body with it). The branch of a hamlet or
of another place ("Chi hội Phụ nữ thôn 3 (Hội LHPN xã X)") is read by its place elsewhere, not
here; the parent stays a mention of its own only where the other passes read it apart.

Work only for texts with a branch head, proportional to the parents read."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.names import CLAUSE_WORDS, NOT_IN_NAME

_HEADS = {"chi hội": "Chi hội", "tổ hội": "Tổ hội", "câu lạc bộ": "Câu lạc bộ", "clb": "Câu lạc bộ"}
# the branch's head, then its field: one to six words, lower case or an acronym ("VAC"), no
# comma; the parent after a bracket or a space
_BRANCH = re.compile(
    r"(?<![^\W_])(?P<head>Chi\s+hội|Tổ\s+hội|Câu\s+lạc\s+bộ|CLB)"
    r"(?P<field>(?:\s+(?:[^\W\d_A-ZĐ][^\W\d_]*|[A-ZĐ]{2,6}(?![^\W_]))){1,6})"
    r"(?P<gap>\s*\(\s*|\s+)$")
# a field never holds a place's level (the branch of a hamlet or commune) nor a count; a
# branch's head or member is a person ("Chi hội trưởng", "Chi hội phó")
_PLACE_WORDS = re.compile(r"(?<![^\W_])(?:thôn|xóm|ấp|bản|tổ|khu|khối|làng|buôn|plei|khóm|"
                          r"xã|phường|thị|huyện|tỉnh|thành|quận|các|những|số)(?![^\W_])", re.I)
_PERSON = re.compile(r"\s*(?:trưởng|phó|viên)(?![^\W_])")
_PARENT_HEADS = ("Hội ", "Đoàn ", "Công đoàn ", "Liên đoàn ", "Ủy ban Mặt trận ")


def pass_field_branches(ctx: Ctx) -> None:
    """Branches named by their field before their parent association: one body each."""
    text = ctx.text
    if "hội " not in text and "CLB" not in text and "Câu lạc bộ" not in text:
        return
    for c in list(ctx.cands):
        if c.priority < 2 or not c.level or not c.place or not c.name.startswith(_PARENT_HEADS):
            continue
        lo = max(ctx.view.sentence_starts[ctx.view.sentence_of(c.start)], c.start - 80)
        m = _BRANCH.search(text, lo, c.start)
        if m is None or _PERSON.match(m.group("field")) or _PLACE_WORDS.search(m.group("field")) \
                or NOT_IN_NAME.search(m.group("field")) or CLAUSE_WORDS.search(m.group("field")):
            continue
        bracketed = "(" in m.group("gap")
        end = c.end
        if bracketed:
            close = re.match(r"\s*\)", text[c.end:])
            if close is None:
                continue
            end = c.end + close.end()
        head = _HEADS[re.sub(r"\s+", " ", m.group("head")).lower()]
        field = re.sub(r"\s+", " ", m.group("field")).strip()
        ctx.cands.append(Cand(m.start(), end, f"{head} {field} {c.name}", None, c.province, c.kind,
                              c.priority + 1, known=c.known))
