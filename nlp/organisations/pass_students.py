"""Pass: students' chapters named by their home place or faculty ("chi hội sinh viên Châu
Thành A", "Liên chi hội sinh viên Cà Mau tại Trường Đại học Cần Thơ"): a body of its own, of
the school written after "tại" when there is one (the school is then not a second body)."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import read_name

_CHAPTER = re.compile(r"(?<![^\W_])(?P<head>(?:[Ll]iên\s+)?[Cc]hi\s+[Hh]ội)\s+[Ss]inh\s+viên"
                      r"(?=\s+[A-ZĐ])")
_AT = re.compile(r"\s+tại\s+")
_SCHOOL_HEADS = ("Trường", "Học viện", "Đại học", "Khoa")


def pass_student_chapters(ctx: Ctx) -> None:
    """A chapter of the students' association named after a capitalised place or unit; "tại"
    and a school read by the institutions pass join it to that school."""
    if "sinh viên" not in ctx.tn:
        return
    for m in _CHAPTER.finditer(ctx.text):
        end = read_name(ctx.view, m.end(), limit=5)
        if end <= m.end():
            continue
        head = "Liên Chi hội" if m.group("head")[0] in "Ll" else "Chi hội"
        name = f"{head} sinh viên {ctx.text[m.end():end].strip()}"
        at = _AT.match(ctx.text, end)
        school = None
        if at is not None:
            school = max((c for c in ctx.cands if c.start == at.end()
                          and c.name.startswith(_SCHOOL_HEADS)), key=lambda c: c.end, default=None)
        if school is not None:
            name, end = f"{name} {school.name}", school.end
        rivals = [c.priority for c in ctx.cands if c.start < end and m.start() < c.end]
        ctx.add(m.start(), end, name, None, ctx.source_province, "đoàn thể",
                max([2, *rivals]) + 1, known=False)
