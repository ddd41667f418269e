"""Member universities written with their parent (round 28).

A university of one of the national or regional universities is named in the press with its
parent after a comma or a dash ("Trường Đại học Kinh tế, Đại học Huế", "Trường Đại học Bách
khoa – Đại học Đà Nẵng"): one body, the member, named with its parent after it (as the labels
name it, without the comma), not the member and the parent. A member university named after a
partner country ("… Việt – Hàn", "… Việt - Đức") keeps the partner after the dash: a name of
many words may have been cut at the name reader's word limit just before it.
"""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Ctx

# the member's own name read so far: a university by its structure, not the catalogue's
_MEMBER = re.compile(r"^Trường Đại học ")
# the parent after a comma or a dash: one of the catalogue's national or regional universities
_PARENT = re.compile(r"\s*[,–-]\s*(?=(?:Đại\s+học|ĐH)\s)")
_PARENTS = ("Đại học Huế", "Đại học Đà Nẵng", "Đại học Thái Nguyên", "Đại học Quốc gia")
# the partner country after "Việt" and a dash ("Việt – Hàn"): one capitalised word, then no
# other capitalised word (a place or another body would follow)
_PARTNER = re.compile(r"\s*[-–]\s*[A-ZĐ][^\W\d_]*(?![^\W_])(?!\s+[A-ZĐ])")


def member_universities(ctx: Ctx) -> None:
    """Extend each university read by its structure over its partner country and its parent
    (module docstring); the parent's own reading there is dropped."""
    text = ctx.text
    for c in list(ctx.cands):
        if c.known or not _MEMBER.match(c.name):
            continue
        if c.name.endswith(" Việt") and (p := _PARTNER.match(text, c.end)) is not None:
            c.name = c.name + " - " + p.group(0).lstrip(" -–")
            c.end = p.end()
        m = _PARENT.match(text, c.end)
        if m is None:
            continue
        parent = max((o for o in ctx.cands if o.start == m.end() and o.known
                      and o.name.startswith(_PARENTS)), key=lambda o: o.end, default=None)
        if parent is None:
            continue
        c.name = f"{c.name} {parent.name}"
        c.end = parent.end
        c.priority = max(c.priority, parent.priority)
        ctx.cands.remove(parent)
