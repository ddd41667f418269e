"""Pass: the associations of former members and of people from one place named by a pair of
provinces joined by a dash ("Hội Cựu thanh niên xung phong tỉnh A - B", "Ban liên lạc Hội Cựu
chiến binh A - B": the people who served in A and live in B). The pair is the name, no list of
two bodies: the reading of the body up to the first province is lengthened to the second,
named as written. Only a body of former members ("Cựu"), of people from one place ("đồng
hương") or a liaison board ("Ban liên lạc"), the second name a province the gazetteer holds and
the name ending there (no capitalised word going on). Gated on a dash in the text. And the seat
of two associations of people from one place written once after them ("Hội đồng hương tỉnh A
và CLB doanh nhân A tại TP. Hồ Chí Minh"): each one's (``pass_shared_seats``)."""

from __future__ import annotations

import re
from dataclasses import replace

from baochi.nlp import places
from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.words import skey

# the bodies whose name pairs two places: former members, people from one place, liaison boards
_PAIRED_BODY = re.compile(r"(?:Hội|Ban\s+[Ll]iên\s+lạc|BLL|Câu\s+lạc\s+bộ|CLB)\s"
                          r"(?:.*?\s)?(?:[Cc]ựu|đồng\s+hương)(?![^\W_])|Ban\s+[Ll]iên\s+lạc\s")
# a dash and the second province's name (up to four capitalised syllables)
_SECOND = re.compile(r"\s*[-–]\s*(?P<name>[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})"
                     r"(?![^\W_])")


def _second_province(ctx: Ctx, pos: int) -> tuple[int, str] | None:
    """The end and name of the province written after a dash at ``pos``, the name ending there."""
    m = _SECOND.match(ctx.text, pos)
    if m is None:
        return None
    spans = [w.span() for w in re.finditer(r"\S+", ctx.text[:m.end("name")])
             if w.start() >= m.start("name")]
    for k in range(len(spans), 0, -1):
        end = spans[k - 1][1]
        name = ctx.text[m.start("name"):end]
        if skey(name) in ctx.cat.province_keys:
            if re.match(r"\s+[A-ZĐ]", ctx.text[end:end + 2]):
                return None  # the name goes on: no pair
            return end, name
    return None


def pass_place_pairs(ctx: Ctx) -> None:
    """A body of former members or people from one place, then "- <province>": one body."""
    if "-" not in ctx.text and "–" not in ctx.text:
        return
    seen: set[tuple[int, int]] = set()
    for c in list(ctx.cands):
        if c.priority < 1 or c.place is None or (c.start, c.end) in seen:
            continue
        written = ctx.text[c.start:c.end]
        if not _PAIRED_BODY.match(written) or skey(c.place) not in ctx.cat.province_keys \
                or not skey(written).endswith(skey(c.place)):
            continue
        second = _second_province(ctx, c.end)
        if second is None or skey(second[1]) == skey(c.place):
            continue
        seen.add((c.start, c.end))
        end, name = second
        head = re.sub(r"\s+", " ", written)
        ctx.cands.append(Cand(c.start, end, f"{head} - {name}", c.acronym, c.province, c.kind,
                              c.priority + 1, known=False))


# the seat written once after a list of two bodies of people from one place ("Hội đồng hương
# tỉnh A và CLB doanh nhân A tại TP. Hồ Chí Minh")
_SEAT = re.compile(r"\s+tại\s+(?P<at>(?:TP\.?\s*|[Tt]hành\s+phố\s+|[Tt]ỉnh\s+)?[A-ZĐ][^\W\d_.]*"
                   r"(?:\s+[A-ZĐ][^\W\d_]*){0,3})(?![^\W_])")
_PEOPLES_BODY = re.compile(r"(?:Hội|CLB|Câu\s+lạc\s+bộ|Ban\s+[Ll]iên\s+lạc|BLL)\s")
_LIST_JOIN = re.compile(r"\s*,\s*|\s+và\s+")


def _seat(ctx: Ctx, pos: int) -> tuple[int, str] | None:
    """The end and the province of "tại <province>" at ``pos`` (a city or province the
    gazetteer holds, the name ending there)."""
    m = _SEAT.match(ctx.text, pos)
    if m is None:
        return None
    at = m.group("at")
    bare = re.sub(r"^(?:TP\.?\s*|[Tt]hành\s+phố\s+|[Tt]ỉnh\s+)", "", at)
    province = places.province_of_form(bare) or places.province_of_form(f"TP {bare}")
    return (m.end(), province) if province else None


def _longest_ending(ctx: Ctx, end: int) -> Cand | None:
    ending = [c for c in ctx.cands if c.end == end and c.priority >= 1]
    return max(ending, key=lambda c: (c.priority, c.end - c.start)) if ending else None


def pass_shared_seats(ctx: Ctx) -> None:
    """Two associations of people from one place listed, one of them a hometown association
    ("đồng hương"), then "tại <province>" once: the seat is each one's (GUIDE: a place written
    once after a list applies to each body), named "<body> tại <province>"."""
    if "đồng hương" not in ctx.text or " tại " not in ctx.text:
        return
    for second in [c for c in ctx.cands if c.priority >= 1]:
        seat = _seat(ctx, second.end)
        if seat is None or _longest_ending(ctx, second.end) is not second:
            continue
        joins = [c for c in ctx.cands if c.priority >= 1 and c.end < second.start
                 and _LIST_JOIN.fullmatch(ctx.text, c.end, second.start)]
        first = max(joins, key=lambda c: (c.priority, c.end - c.start)) if joins else None
        if first is None:
            continue
        pair = (first, second)
        written = [ctx.text[c.start:c.end] for c in pair]
        if not all(_PEOPLES_BODY.match(w) for w in written) \
                or not any("đồng hương" in w for w in written) \
                or any(" tại " in c.name for c in pair):
            continue
        end, province = seat
        top = max(c.priority for c in pair) + 1
        ctx.cands.append(replace(first, name=f"{first.name} tại {province}", province=province,
                                 priority=top, known=False))
        ctx.cands.append(replace(second, end=end, name=f"{second.name} tại {province}",
                                 province=province, priority=top, known=False))
