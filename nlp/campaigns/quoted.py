"""Quoted names without a trigger before them: a catalogue name in quotes, a quote opening
with its own trigger word (“Phong trào …”), and the quoted examples of several programmes.
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.candidates import _LIST_GAP, _Ctx, _quote_group, _short_name
from baochi.nlp.campaigns.frames import (
    _EVENT_HEAD,
    _QUOTED_EVENT_HEAD,
    _blocked_before,
    _campaign_day_before,
)
from baochi.nlp.campaigns.triggers import _KIND_OF_TRIGGER
from baochi.nlp.campaigns.variants import canonical

_LAUNCH_BEFORE = re.compile(
    r"(?<![^\W_])(?:phát\s+động|hưởng\s+ứng|ra\s+quân|khởi\s+động|triển\s+khai)\s*$")


# three or more words of one or two syllables joined by dashes or commas ("Xanh - Sạch - Đẹp",
# "Sáng - Xanh - Sạch - Đẹp", "Sạch nhà, đẹp ngõ, xanh đồng"): quoted without a trigger it is
# the slogan or standard a place is held to ("đường thôn được “Xanh - Sạch - Đẹp”"), not the
# movement of that name, which is cited with its trigger
_SLOGAN_FORM = re.compile(
    r"\s*[^\W\d_]+(?:\s[^\W\d_]+)?(?:\s*[-–—,]\s*[^\W\d_]+(?:\s[^\W\d_]+)?){2,}\s*[.!]?\s*")


# a catalogue name quoted as a quality people show ("người cao tuổi luôn “Tuổi cao, gương sáng”",
# "… cũng như “tuổi cao gương sáng” được biểu dương", "thực sự là “…”"): the campaign's words as a
# slogan, not a citation (a campaign is cited by its trigger, a launching verb or a preposition;
# "“A” cũng như “B”" lists two campaigns)
_QUALITY_BEFORE = re.compile(
    r"(?<![^\W_])(?:luôn(?:\s+luôn)?|(?<![”\"»]\s)(?<![”\"»])cũng\s+như|thực\s+sự|thật\s+sự|xứng\s+đáng|đúng\s+(?:là|nghĩa)|"
    r"trở\s+thành)(?:\s+là)?(?:\s+(?:những|các))?(?:\s+(?:tấm\s+)?gương)?\s*$")


def _pass_quoted_catalogue(ctx: _Ctx) -> None:
    """3: quoted catalogue names without a trigger; right after a launching verb ("hưởng ứng
    “…”") a variant wording counts too (``fuzzy``)."""
    text, fold = ctx.text, ctx.view.fold
    for _k, q in ctx.free_quotes():
        fuzzy = _LAUNCH_BEFORE.search(fold, max(0, q.open_start - 16), q.open_start) is not None
        name, kind, catalogued = canonical(text[q.start:q.end], fuzzy)
        if not catalogued or (_blocked_before(ctx.view, q.open_start) and not (
                name in ctx.idx.day_names and _campaign_day_before(ctx.view, q.open_start))) \
                or _SLOGAN_FORM.fullmatch(text, q.start, q.end) \
                or _QUALITY_BEFORE.search(fold, max(0, q.open_start - 24), q.open_start):
            continue
        ctx.add(q.start, q.end, text[q.start:q.end], kind or "phong trào", 2, fuzzy=fuzzy)


# a quote that opens with its own trigger word: “Phong trào Cựu chiến binh hiến kế …”
_QUOTE_TRIGGER = re.compile(
    r"(?P<t>phong\s+trào(?:\s+thi\s+đua)?|cuộc\s+vận\s+động|chiến\s+dịch)\s+(?=[^\W\d_])")


# a movement named for all the people, in lower case inside its quote (“Phong trào toàn dân tham
# gia …”), as after an unquoted trigger
_ALL_PEOPLE = re.compile(r"(?:toàn\s+dân|cả\s+nước|toàn\s+xã\s+hội)\s+(?=[^\W\d_])")


# words of a clause, not of a name: “Phong trào Dân vận khéo đã lan tỏa …” is a quotation
_CLAUSE_WORDS = re.compile(
    r"(?<![^\W_])(?:đã|đang|sẽ|được|bị|là|phải|cần|rất|đều|thì|mà|không\s+chỉ|vẫn|còn)"
    r"(?![^\W_])")


def _listed_with_trigger(ctx: _Ctx, k: int) -> bool:
    """The quote ``k`` is an item of a list ("“A”; “B” và “C”") whose next or previous item
    also opens with a trigger word: a list of movements, each named whole."""
    fold = ctx.view.fold
    for j in (k - 1, k + 1):
        if not 0 <= j < len(ctx.quotes):
            continue
        first, second = sorted((ctx.quotes[k], ctx.quotes[j]), key=lambda q: q.open_start)
        gap = ctx.text[first.close_end:second.open_start]
        if len(gap) <= 12 and _LIST_GAP.match(gap) and _QUOTE_TRIGGER.match(
                fold, ctx.quotes[j].start, ctx.quotes[j].end):
            return True
    return False


def _pass_quotes_with_their_trigger(ctx: _Ctx) -> None:
    """A quoted name that opens with its trigger word and a capitalised name (“Phong trào
    Cựu chiến binh hiến kế, hiến công …”) or a movement of all the people (“Phong trào toàn
    dân tham gia …”), or in lower case when listed beside another such quote (“Phong trào nông dân thi đua …”; “Phong trào nông dân tham gia …”): the campaign
    is the rest of the quote."""
    text, fold = ctx.text, ctx.view.fold
    for k, q in ctx.free_quotes():
        m = _QUOTE_TRIGGER.match(fold, q.start, q.end)
        if m is None or not (text[m.end()].isupper() or _ALL_PEOPLE.match(fold, m.end())
                             or _listed_with_trigger(ctx, k)) \
                or not _short_name(text[q.start:q.end]) \
                or _CLAUSE_WORDS.search(fold, m.end(), q.end) \
                or _blocked_before(ctx.view, q.open_start):
            continue
        kind = _KIND_OF_TRIGGER[re.sub(r"\s+", " ", m.group("t"))]
        ctx.add(q.start, q.end, text[q.start:q.end], kind, 2, fuzzy=True)


# examples of several drives, the first without its own trigger: "những chương trình, hoạt
# động tiêu biểu như “A”, phong trào “B” …", "nhiều chương trình, hành động thiết thực hướng về
# biển, đảo của Tổ quốc như “A”, “B”" (a show's words in between make it shows)
_EXAMPLES_OF_PROGRAMMES = re.compile(
    r"(?<![^\W_])(?:các|những|nhiều)\s+chương\s+trình(?:\s*,\s*(?:hoạt|hành)\s+động)?"
    # what they are for, up to ten words ("… thiết thực hướng về biển, đảo của Tổ quốc như")
    r"(?P<w>(?:,?\s+[^\W\d_]+){0,10}?)\s+như\s*:?\s*$")


# an example that names its own kind of thing: a fund, prize, contest, model or project
# ("những chương trình hỗ trợ như “Quỹ Hỗ trợ nông dân”")
_TRAP_HEAD = re.compile(r"(?:quỹ|giải|cuộc\s+thi|hội\s+thi|mô\s+hình|dự\s+án|đề\s+án|công\s+trình)(?![^\W_])")


def _pass_programme_examples(ctx: _Ctx) -> None:
    """Quoted names given as examples of several programmes ("những chương trình, hoạt động
    tiêu biểu như “Vì một Việt Nam xanh”, …"): each untriggered quote of the list is a drive,
    unless the words before "như" name shows or the quote opens with an event word."""
    text, fold = ctx.text, ctx.view.fold
    if "chương trình" not in fold:
        return
    for k, q in enumerate(ctx.quotes):
        m = _EXAMPLES_OF_PROGRAMMES.search(fold, max(0, q.open_start - 130), q.open_start)
        if m is None or _EVENT_HEAD.search(m.group("w")):
            continue
        for item in _quote_group(ctx, k):
            name = text[item.start:item.end]
            if item.open_start in ctx.used_quotes or not _short_name(name) \
                    or _QUOTED_EVENT_HEAD.match(fold, item.start) or _TRAP_HEAD.match(fold, item.start) \
                    or ctx.no_go.overlaps(item.start, item.end) \
                    or _blocked_before(ctx.view, item.open_start):
                continue
            ctx.add(item.start, item.end, name, "chương trình", 2, fuzzy=True)
