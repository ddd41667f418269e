"""Later mentions of the names found: a catalogue name found once, recurring; the
article's own short form defined in brackets; the words of an unknown name recurring.
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.candidates import _Cand, _Ctx, _syllable_range
from baochi.nlp.campaigns.catalogue import campaign_key
from baochi.nlp.campaigns.frames import _blocked_before, _slogan_on_name
from baochi.nlp.campaigns.quoted import _SLOGAN_FORM
from baochi.nlp.campaigns.reading import _DEFINED_ACRONYM
from baochi.nlp.campaigns.variants import canonical
from baochi.nlp.spans import SpanSet
from baochi.nlp.tokens import TextView


def _reference_ok(view: TextView, a: int, b: int, quoted: dict[int, int],
                  no_go: SpanSet) -> bool:
    """A later mention counts when capitalised or quoted and outside the traps."""
    return (view.text[a].isupper() or a in quoted) and not no_go.overlaps(a, b) \
        and not _blocked_before(view, a) and not _slogan_on_name(view.text, a, b, quoted)


# the people a movement is named for, honoured under its title: "Đại hội Tuyên dương nông dân sản
# xuất - kinh doanh giỏi" is a congress of the title's holders, no later mention of the movement
_HONOURED_BEFORE = re.compile(r"(?<![^\W_])(?:tuyên\s+dương|biểu\s+dương|tôn\s+vinh)\s+$")


# the people a movement is named for, described as a household or member who earns the name ("những
# hộ nông dân sản xuất kinh doanh giỏi của xã", "hội viên nông dân …"): those people, no later
# mention of the movement (GUIDE: a title's holders are no mention); "ủng hộ" is a verb of support
_PEOPLE_BEFORE = re.compile(
    r"(?<![^\W_])(?<!ủng\s)(?:hộ|hộ\s+gia\s+đình|hội\s+viên|cá\s+nhân|người)\s+$")
# … and the title's levels after the words ("bình xét nông dân sản xuất, kinh doanh giỏi cấp
# tỉnh", "… giỏi các cấp"): the title its holders earn at each level, no mention of the movement
_LEVELS_AFTER = re.compile(
    r"\s+(?:các\s+cấp|cấp\s+(?:trung\s+ương|tỉnh|huyện|xã|cơ\s+sở|thành\s+phố|quận|thị\s+xã))"
    r"(?![^\W_])")


# the words of a movement in lower case as the subject of "(chính) là" and what the practice is
# ("… khẳng định, người Việt Nam ưu tiên dùng hàng Việt Nam chính là giải pháp …"): the practice
# the words say, no later mention of the movement (one defined as a campaign or task still is)
_PRACTICE_DEFINED = re.compile(
    r"\s+(?:(?:chính|cũng|vẫn|đều|luôn)\s+)?là\s+(?!(?:một\s+|những\s+)?(?:cuộc|phong\s+trào|"
    r"chương\s+trình|chiến\s+dịch|nhiệm\s+vụ|tháng|đợt)(?![^\W_]))")


# a document named by what it carries out ("Đề án triển khai xóa nhà tạm, nhà dột nát trên địa
# bàn tỉnh", "Kế hoạch thực hiện …", "Dự án về …"): the words after it are the document's title,
# which names only the movement's words, no later mention of the movement (a trigger after the
# document's noun, "Kế hoạch triển khai phong trào …", still cites it, in its own pass)
_DOCUMENT_BEFORE = re.compile(
    r"(?<![^\W_])(?:đề\s+án|dự\s+án|kế\s+hoạch|quyết\s+định|nghị\s+quyết|chỉ\s+thị|hướng\s+dẫn|"
    r"chương\s+trình\s+hành\s+động)(?:\s+(?:số\s+)?[\w/.-]*\d[\w/.-]*)?"
    r"(?:\s+(?:triển\s+khai|thực\s+hiện|về(?:\s+việc)?|đẩy\s+mạnh)){0,2}\s+$")


def _catalogued_references(ctx: _Ctx, seen_names: dict,
                           quoted_starts: dict[int, int]) -> list[_Cand]:
    """Any alias match of a catalogue entry already found; in lower case too when it repeats,
    word for word, a mention of four or more syllables the article made with a capital or
    quotes ("Chương trình “Ngày Chủ nhật xanh”" … "sôi nổi ngày chủ nhật xanh"), not after an
    honouring word (``_HONOURED_BEFORE``) nor in a document's title (``_DOCUMENT_BEFORE``: "Đề án
    triển khai …") nor after the people it is named for
    (``_PEOPLE_BEFORE``: "các hộ nông dân …" are households) nor before the title's levels
    (``_LEVELS_AFTER``: "… giỏi các cấp") nor as the subject of what the practice is
    (``_PRACTICE_DEFINED``)."""
    view, no_go = ctx.view, ctx.no_go
    out: list[_Cand] = []
    said = {view.fold[c.start:c.end] for c in seen_names.values()
            if view.fold.count(" ", c.start, c.end) >= 3}
    for _i, _e, a, b, entry in ctx.catalogue_hits():
        if entry.name not in seen_names:
            continue
        if _reference_ok(view, a, b, quoted_starts, no_go) or (
                view.fold[a:b] in said and not no_go.overlaps(a, b)
                and not _blocked_before(view, a)
                and not _HONOURED_BEFORE.search(view.fold, max(0, a - 16), a)
                and not _PEOPLE_BEFORE.search(view.fold, max(0, a - 16), a)
                and not _DOCUMENT_BEFORE.search(view.fold, max(0, a - 60), a)
                and not _LEVELS_AFTER.match(view.fold, b)
                and not _PRACTICE_DEFINED.match(view.fold, b)):
            out.append(_Cand(a, b, view.text[a:b], seen_names[entry.name].kind, 0))
    return out


def _tail_initials(name: str, acronym: str) -> bool:
    """The bracketed initials spell only the last words of the name ("Chương trình MTQG xây dựng
    Nông thôn mới (NTM)": NTM is "nông thôn mới", the standard a commune reaches, not the
    programme), so the short form recurring later is no mention of the campaign."""
    words = re.findall(r"[^\W_]+", name)
    initials = "".join(w[0] for w in words)
    acr = acronym.lower()
    return initials != acr and len(acr) < len(words) and initials.endswith(acr)


def _acronym_references(view: TextView, chosen: list[_Cand], no_go: SpanSet) -> list[_Cand]:
    """The article's own short form of a campaign, defined in brackets after it, names the
    campaign wherever it recurs ("phong trào DVK")."""
    text = view.text
    out: list[_Cand] = []
    for c in chosen:
        m = _DEFINED_ACRONYM.match(text, c.end)
        if m is None or _tail_initials(view.fold[c.start:c.end], m.group("a")):
            continue
        for r in re.finditer(rf"(?<![^\W_]){re.escape(m.group('a'))}(?![^\W_])", text):
            if r.start() != m.start("a") and not no_go.overlaps(r.start(), r.end()) \
                    and not _blocked_before(view, r.start()):
                out.append(_Cand(r.start(), r.end(), c.surface_name, c.kind, 0, fuzzy=c.fuzzy))
    return out


_TRIGGER_OF_KIND = {"chiến dịch": "chiến dịch", "phong trào": "phong trào", "phong trào thi đua": "phong trào",
                    "cuộc vận động": "cuộc vận động", "chương trình": "chương trình"}


def _shortened_references(view: TextView, chosen: list[_Cand], no_go: SpanSet) -> list[_Cand]:
    """A catalogue campaign named in full and later by its trigger and the last words of its
    name ("Chiến dịch Thanh niên tình nguyện hè …; … của Chiến dịch tình nguyện Hè"): the press
    shortening a name it has just given. Two syllables at least, after the full mention. Each
    name is tried once at each later trigger (work in names × triggers, not in the text's
    length per mention)."""
    fold = view.fold
    first: dict[str, tuple[int, str, str]] = {}  # name -> (end of its first mention, trigger, kind)
    for c in chosen:
        name, kind, catalogued = canonical(c.surface_name, c.fuzzy)
        trigger = _TRIGGER_OF_KIND.get(kind or "")
        if catalogued and trigger is not None and campaign_key(name).count(" ") >= 2 \
                and (name not in first or c.end < first[name][0]):
            first[name] = (c.end, trigger, c.kind)
    out: list[_Cand] = []
    at: dict[str, list[int]] = {}
    for name, (end, trigger, kind) in first.items():
        if trigger not in at:
            at[trigger] = [m.end() for m in re.finditer(rf"(?<![^\W_]){trigger}(?=\s)", fold)]
        words = campaign_key(name).split()
        tails = re.compile("|".join(rf"\s+(?P<n{k}>" + r"\s+".join(map(re.escape, words[-k:])) + r")(?![^\W_])"
                                    for k in range(len(words) - 1, 1, -1)))
        for pos in at[trigger]:
            m = tails.match(fold, pos) if pos > end else None
            if m is not None:
                a, b = m.span(m.lastgroup or 0)
                if not no_go.overlaps(a, b):
                    out.append(_Cand(a, b, name, kind, 0))
    return out


def _references(ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
    """Later mentions of the names ``chosen``: catalogue names, defined short forms, and the
    words of unknown names recurring."""
    view, no_go = ctx.view, ctx.no_go
    seen_names = {canonical(c.surface_name, c.fuzzy)[0]: c for c in chosen}
    quoted_starts = {q.start: q.end for q in ctx.quotes}
    out = _catalogued_references(ctx, seen_names, quoted_starts)
    out += _acronym_references(view, chosen, no_go)
    out += _shortened_references(view, chosen, no_go)
    # unknown names: their own syllables, searched in the syllable list (not the Doc, whose
    # vocabulary is limited to catalogue syllables so that memory stays flat)
    words = view.syllable_words
    positions: dict[str, list[int]] = {}
    for c in chosen:
        i, j = _syllable_range(view, c.start, c.end)
        pattern = words[i:j]
        if not pattern or canonical(c.surface_name, c.fuzzy)[2]:
            continue
        if not positions:
            for n, w in enumerate(words):
                positions.setdefault(w, []).append(n)
        for s in positions.get(pattern[0], []):
            e = s + len(pattern)
            if words[s:e] != pattern:
                continue
            a, b = view.syllable_spans[s][0], view.syllable_spans[e - 1][1]
            if _reference_ok(view, a, b, quoted_starts, no_go):
                out.append(_Cand(a, b, c.surface_name, c.kind, 0, fuzzy=c.fuzzy))
    # a motto of short words joined by dashes or commas recurring after a place's noun ("… và xây
    # dựng bệnh viện “Xanh - Sạch - Đẹp”" after "phong trào … “Xanh - Sạch - Đẹp”") is the
    # standard the place is held to, no later mention of the movement (a slogan, GUIDE); cited
    # by a preposition or a launching verb ("Nhờ “Xanh - Sạch - Đẹp”, …") it is the movement
    return [c for c in out if not (_SLOGAN_FORM.fullmatch(view.text, c.start, c.end)
                                   and not _CITED_BEFORE.search(view.fold, max(0, c.start - 24), c.start))]


# what cites a movement by its name alone: a preposition, a launching verb, a sentence's start
_CITED_BEFORE = re.compile(
    r"(?:^|[.;:!?(]|(?<![^\W_])(?:nhờ|qua|với|từ|của|trong|về|hưởng\s+ứng|phát\s+động|thực\s+hiện|"
    r"tham\s+gia|triển\s+khai|ra\s+quân))\s*[“\"«]?\s*$")
