"""Pass: departments listed after one head ("lãnh đạo Sở: Tài chính, Kế hoạch và Đầu tư", "các
Sở Nội vụ, Tư pháp tỉnh", "Bộ Công an, Quốc phòng"): each field after the head is the catalogue
body "<head> <field>", of the level and place written once after the list (else its default)."""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp.organisations.bodies import Body, catalogue
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.placing import read_place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import skey
from baochi.nlp.patterns import phrase_pattern

_I = re.IGNORECASE
_HEADS = ("Sở", "sở", "Bộ", "Phòng", "phòng")
# a head, a colon or a space, then a capitalised field (a department's head may be written in
# lower case: "yêu cầu sở Nông nghiệp và phát triển nông thôn, Thông tin và truyền thông")
_LIST_HEAD = re.compile(r"(?<![^\W_])(?P<head>Sở|sở|Bộ|Phòng|phòng)(?P<colon>\s*:\s*|\s+)(?=[A-ZĐ])")
_SEP = re.compile(r"\s*(?:,|;)\s*(?:và\s+)?|\s+và\s+")


@cache
def _fields(head: str) -> tuple[re.Pattern, dict[str, Body]]:
    """The written fields of the catalogue bodies named "<head> <field>" (full names and their
    joined forms, not initials), longest first, and each field's body by its key."""
    cat = catalogue()
    by_field: dict[str, Body] = {}
    forms: dict[str, str] = {}
    prefix = skey(head) + " "
    for key, body in cat.by_key.items():
        if not key.startswith(prefix) or not body.name.startswith(head + " "):
            continue
        field = body.name[len(head) + 1:]
        by_field.setdefault(skey(field), body)
        forms.setdefault(skey(field), field)
    ordered = sorted(forms.values(), key=len, reverse=True)
    pattern = re.compile("(?:" + "|".join(phrase_pattern(f) for f in ordered) + r")(?![^\W_])",
                         _I)
    return pattern, by_field


def _read_list(ctx: Ctx, head: str, at: int) -> list[tuple[int, int, Body]]:
    """(start, end, body) of each field listed from ``at``; stops at the first word that is
    no field of ``head``."""
    pattern, by_field = _fields(head)
    items: list[tuple[int, int, Body]] = []
    for _ in range(8):
        f = pattern.match(ctx.tn, at)
        body = by_field.get(skey(f.group(0))) if f else None
        if f is None or body is None or not ctx.text[f.start()].isupper():
            break
        items.append((f.start(), f.end(), body))
        sep = _SEP.match(ctx.tn, f.end())
        if sep is None:
            break
        at = sep.end()
    return items


def pass_field_lists(ctx: Ctx) -> None:
    """Two or more fields after one head are one body each; without a colon the first is read
    here only when the list writes its place (else the catalogue's "Sở Nội vụ" reading holds)."""
    if not any(h in ctx.text for h in _HEADS):
        return
    for m in _LIST_HEAD.finditer(ctx.text):
        items = _read_list(ctx, m.group("head").capitalize(), m.end())
        if len(items) < 2:
            continue
        place = read_place(ctx.view, items[-1][1], ctx.cat, ctx.source_province,
                           allow_bare_province=True)
        written = place is not None and place.end > items[-1][1]
        colon = ":" in m.group("colon")
        for k, (start, end, body) in enumerate(items):
            canon = canonical(body, place, ctx.source_province)
            if canon is None or (k == 0 and not colon and not written):
                continue
            if k == 0 and not colon:
                start = m.start()  # "Sở Nội vụ, Tư pháp tỉnh X": over the catalogue's reading
            last = k == len(items) - 1 and written
            ctx.add(start, place.end if last and place else end, canon[0], body.acronym,
                    canon[1], body.kind, 3 if k == 0 and not colon else 2)


# a minister named by the ministry's field alone ("Bộ trưởng Giáo dục và Đào tạo", "Thứ trưởng
# Y tế"): the ministry inside the role (GUIDE: a body inside a role counts)
_MINISTER = re.compile(r"(?<![^\W_])(?:[Bb]ộ|[Tt]hứ)\s+trưởng\s+(?=[A-ZĐ])")


def pass_minister_titles(ctx: Ctx) -> None:
    """The ministry a minister's title names by its field: "Bộ <field>" over the field's words
    (a title written with the ministry's head, "Bộ trưởng Bộ Y tế", is read by the catalogue)."""
    if "trưởng" not in ctx.text:
        return
    pattern, by_field = _fields("Bộ")
    for m in _MINISTER.finditer(ctx.text):
        f = pattern.match(ctx.tn, m.end())
        body = by_field.get(skey(f.group(0))) if f else None
        if f is None or body is None or not ctx.text[f.start()].isupper():
            continue
        canon = canonical(body, None, ctx.source_province)
        if canon is not None:
            ctx.add(f.start(), f.end(), canon[0], body.acronym, canon[1], body.kind, 2)
