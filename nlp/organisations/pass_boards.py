"""Pass: a body's managing board written before it ("Ban Giám đốc Bệnh viện Đa khoa tỉnh",
"Ban Giám hiệu Trường THPT X", "Hội đồng quản trị Công ty …"): one mention, the board of that
body, as the GUIDE reads a unit written with its parent. The board's words are titles elsewhere
("Giám đốc", "Chủ nhiệm"), so the name readers stop before them; this pass joins a board to the
body read right after it, at any level. Work only for texts with such a board."""

from __future__ import annotations

import re
from dataclasses import replace

from baochi.nlp.organisations.candidates import Ctx

_BOARD = re.compile(r"(?<![^\W_])(?P<board>Ban\s+(?i:giám\s+đốc|giám\s+hiệu|chủ\s+nhiệm|quản\s+trị)|"
                    r"Hội\s+đồng\s+(?i:quản\s+trị))\s+$")
_TRIGGERS = ("iám đốc", "iám hiệu", "hủ nhiệm", "uản trị")


def pass_boards_of_bodies(ctx: Ctx) -> None:
    """A board's words right before a body read by the other passes: the board of that body."""
    if not any(t in ctx.text for t in _TRIGGERS):
        return
    for c in list(ctx.cands):
        if c.start < 8:
            continue
        m = _BOARD.search(ctx.text, max(0, c.start - 24), c.start)
        if m is None:
            continue
        board = re.sub(r"\s+", " ", m.group("board"))
        board = board[:4] + board[4:].capitalize() if board.startswith("Ban") else board
        if c.name.startswith(board):
            continue
        ctx.cands.append(replace(c, start=m.start(), name=f"{board} {c.name}", acronym=None,
                                 priority=c.priority + 1))
