"""Emulation drives named unquoted by the greetings they are held for: "đợt thi đua cao điểm mừng
Đảng, mừng Xuân", "thi đua cao điểm “…”" written without quotes, "Tháng cao điểm mừng Đảng, mừng
Xuân" — two to four parallel greetings ("(chào) mừng X"), each of one to four words, joined by
commas, dashes or "và", after a drive's trigger. The greetings are the name (a named month keeps
its month words, GUIDE); one greeting alone ("thi đua chào mừng Đại hội") is the purpose of the
emulation, not a name, and a plural trigger ("các đợt thi đua …") is a class.
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.candidates import _Ctx
from baochi.nlp.campaigns.frames import _blocked_before

_DRIVE_HEAD = re.compile(
    r"(?<![^\W_])(?<!các\s)(?<!những\s)(?<!hội\s)(?P<month>tháng\s+(?:cao\s+điểm|hành\s+động)\s+)?"
    r"(?(month)|(?:đợt\s+thi\s+đua|thi\s+đua|đợt)\s+(?:(?:cao\s+điểm|đặc\s+biệt)\s+)?)"
    r"(?P<aim>(?:chào\s+)?mừng\s)")
_PLURAL = re.compile(r"(?<![^\W_])(?:các|những)\s+(?:đợt\s+)?$")
_GREETING = r"(?:chào\s+)?mừng(?:\s+[^\W\d_]+){1,4}?"
_GREETINGS = re.compile(
    rf"{_GREETING}(?:(?:\s*[,–-]\s*|\s+và\s+){_GREETING}){{1,3}}(?=\s*(?:[.,;:!?()“”\"]|$)|\s+(?:năm|của|do|tại|"
    r"ở|trong|nhằm|được|đã|với|gắn|theo|trên|từ|đến)(?![^\W_]))")


def _pass_greeting_drives(ctx: _Ctx) -> None:
    """A drive named by its parallel greetings, unquoted (see the module)."""
    fold, text = ctx.view.fold, ctx.text
    if "mừng" not in fold:
        return
    for m in _DRIVE_HEAD.finditer(fold):
        a = m.start("aim")
        g = _GREETINGS.match(fold, a)
        if g is None or ctx.in_quote.overlaps(a, g.end()) or _blocked_before(ctx.view, m.start()) \
                or _PLURAL.search(fold, max(0, m.start() - 12), m.start()):
            continue
        start = m.start() if m.group("month") else a
        if ctx.no_go.overlaps(start, g.end()):
            continue
        name = text[start:g.end()]
        kind = "tháng hành động" if m.group("month") else "đợt thi đua"
        ctx.add(start, g.end(), name[0].upper() + name[1:], kind, 3)
