"""The resolver: drops candidates in a trap frame whichever pass read them, keeps the best
non-overlapping ones, adds later references, and gives each its canonical name, kind and id.
"""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp.campaigns.after_trigger import people_movement
from baochi.nlp.campaigns.candidates import _OPENING, _before_quote, _Cand, _Ctx, _first_quote_after
from baochi.nlp.campaigns.frames import (
    _TRAP_BEFORE,
    _in_board_name,
    _inside_saying,
    _theme_of_period,
    raised_for_fund,
    turnout_theme,
)
from baochi.nlp.campaigns.reading import _DEFINED_ACRONYM
from baochi.nlp.campaigns.references import _references
from baochi.nlp.campaigns.variants import canonical
from baochi.nlp.catalogues import load
from baochi.nlp.model import CampaignMention, Unplaced
from baochi.nlp.normalise import key, slug
from baochi.nlp.spans import SpanSet, Taken


def _mention_here(ctx: _Ctx, c: _Cand) -> bool:
    """Whatever pass read it, a name inside a board's name ("Ban Chỉ đạo Tháng Thanh niên") or
    inside a quoted fund, theme, slogan or model name (“Chiến sĩ Mùa hè xanh hành động vì trẻ
    em” after "chủ đề") is no mention of a campaign unless the quote cites it with its
    trigger word."""
    if _in_board_name(ctx.view, c.start):
        return False
    if c.priority < 3 and _TRAP_BEFORE.search(
            ctx.view.fold, max(0, c.start - 40), _before_quote(ctx.text, c.start)) \
            and not _theme_of_period(ctx.view, c.start, c.end) \
            and not turnout_theme(ctx.view, c.start):
        return False  # after "Quỹ", "cuộc thi", "chủ đề" …: a trap whichever pass read it
    if raised_for_fund(ctx.view, c.start):
        return False  # "gây quỹ “Kế hoạch nhỏ”": the fund the money goes to
    k = _first_quote_after(ctx.quote_starts, c.start + 1)
    k = (len(ctx.quotes) if k is None else k) - 1
    if k < 0:
        return True
    q = ctx.quotes[k]
    # a title citing the campaign with its trigger still names it ("danh hiệu “Khu dân cư thực
    # hiện tốt cuộc vận động …”")
    inside = q.open_start < c.start and c.end <= q.close_end and (c.start, c.end) != (
        q.start, q.end) and c.priority < 3
    if inside and _inside_saying(ctx.view, q, c.start, c.end):
        return False  # a quoted saying built around the campaign's words
    return not (inside and q.open_start not in ctx.used_quotes
                and ctx.trap_quotes.overlaps(q.start, q.end))


def _resolve(ctx: _Ctx, unplaced: list[Unplaced] | None = None) -> list[CampaignMention]:
    """The best non-overlapping candidates, then (5) later references of the names found, with
    their canonical names; names read after a trigger that the catalogue does not hold go to
    ``unplaced`` too."""
    view, text = ctx.view, ctx.text
    chosen = _choose([c for c in ctx.cands if _mention_here(ctx, c)])
    if chosen:
        refs = _references(ctx, chosen)
        # a short form defined in brackets right after its name is part of that mention
        defining = SpanSet([m.span("a") for c in chosen
                            if (m := _DEFINED_ACRONYM.match(text, c.end)) is not None])
        chosen = _choose(chosen + [c for c in refs if _mention_here(ctx, c)
                                   and not defining.overlaps(c.start, c.end)])
        chosen = _without_edition_heads(ctx, _without_appositions(ctx, chosen))
    out = []
    for c in chosen:
        name, cat_kind, catalogued = canonical(c.surface_name, c.fuzzy)
        if not catalogued and c.fuzzy and (of_people := people_movement(view.fold, c.surface_name)):
            name, cat_kind, catalogued = of_people
        if not name or len(name) < 3:
            continue
        if unplaced is not None and not catalogued and c.priority >= 3:
            unplaced.append(Unplaced(text[c.start:c.end], c.start, c.end,
                                     view.sentence_of(c.start), "campaign", name))
        # a name whose quote opens inside it and ends with it ("Tết trồng cây “Đời đời nhớ ơn
        # Bác Hồ”") keeps its closing quote: no half-quoted surface
        end = next((q.close_end for q in ctx.quotes
                    if q.end == c.end and c.start < q.open_start < c.end), c.end)
        out.append(CampaignMention(
            surface=text[c.start:end], start=c.start, end=end,
            sentence=view.sentence_of(c.start), name=name, key=key(name),
            campaign_id=slug(name), kind=cat_kind or c.kind,
        ))
    return out


# a bracket right after a campaign's name (its closing quote and edition between) that
# restates it: its initials, its trigger with a short form, or "gọi tắt là …" — "cuộc vận
# động “…” (gọi tắt là cuộc vận động 5 không 3 sạch)", "phong trào … (phong trào TDBVANTQ)"
_APPOSITION = re.compile(
    r"[”\"»’]?(?:\s+(?:năm\s+)?(?:19|20)\d{2}|\s+giai\s+đoạn\s+(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2})?"
    r"\s*\(\s*(?:(?:sau\s+đây\s+)?(?:gọi|viết)\s+(?:tắt\s+)?là\s*:?\s*|hay\s+|còn\s+gọi\s+là\s+)?"
    r"(?P<t>(?:phong\s+trào|cuộc\s+vận\s+động|chiến\s+dịch|chương\s+trình)\s+)?[“\"]?", re.IGNORECASE)


def _without_appositions(ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
    """Drops a name that a bracket right after another campaign opens with: the press restating
    the campaign just named (by its initials, or "gọi tắt là" a short name), one mention."""
    out: list[_Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        m = _APPOSITION.match(ctx.text, prev.end) if prev is not None else None
        if m is not None and c.start in (m.end(), m.start("t")) and ")" in ctx.text[c.end:c.end + 3]:
            continue
        out.append(c)
    return out


@cache
def _edition_heads() -> frozenset[str]:
    """Keys of the catalogue movements marked ``edition_head``: umbrella movements whose name
    the press writes as the head of one of their named editions."""
    return frozenset(key(c["name"]) for c in load("campaigns").get("campaign", [])
                     if c.get("edition_head"))


_OPENING_QUOTE = re.compile(r"\s*[" + re.escape(_OPENING) + "]")


def _without_edition_heads(ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
    """Drops an umbrella movement written right before a quoted name: "Chiến dịch Thanh niên
    tình nguyện “Mùa hè xanh”" cites one campaign, the quoted edition, as the same words in
    lower case already read (the quote after the trigger phrase is the name)."""
    out: list[_Cand] = []
    for c, nxt in zip(chosen, [*chosen[1:], None], strict=True):
        m = _OPENING_QUOTE.match(ctx.text, c.end)
        if nxt is not None and m is not None and nxt.start in (m.end(), m.end() - 1) \
                and key(canonical(c.surface_name, c.fuzzy)[0] or "") in _edition_heads():
            continue
        out.append(c)
    return out


def _choose(cands: list[_Cand]) -> list[_Cand]:
    cands = sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    spans = Taken()
    taken = [c for c in cands if spans.take(c.start, c.end)]
    taken.sort(key=lambda c: c.start)
    return taken
