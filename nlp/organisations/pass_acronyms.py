"""Passes: acronyms defined in the article ("Ban Thi đua - Khen thưởng (TĐKT) tỉnh")
and their later reuse, in the form they were defined for."""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp.organisations.bodies import Body, Catalogue, catalogue
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import (
    CLAUSE_WORDS,
    INSTITUTION,
    NOT_IN_NAME,
    PLURAL,
    VIET_NAM,
    acronym_head,
)
from baochi.nlp.organisations.placing import Place, read_place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import initials, skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, WORD_BOUNDARY_BEFORE, phrase_pattern
from baochi.nlp.spans import SpanSet
from baochi.nlp.tokens import TextView

_I = re.IGNORECASE


def _inner_place(view: TextView, m: re.Match, acr: str, cat: Catalogue,
                 source_province: str | None) -> tuple[str, Place] | None:
    """(body name, place) when the name before "(ACR)" ends with a level and place and the
    acronym is the initials of the words before the level."""
    letters = re.sub(r"[^A-ZĐ0-9]", "", acr.upper())
    a, b = m.start("name"), m.end("name")
    for lv in cat.level_re.finditer(view.tn, a, b):
        body = view.text[a:lv.start()]
        if "".join(initials(body)) != letters:
            continue
        place = read_place(view, lv.start(), cat, source_province, allow_bare_province=False)
        if place is not None and place.end == b and place.place:
            clean = re.sub(r"\s*[-–—]\s*", " - ", re.sub(r"\s+", " ", body)).strip()
            return clean, place
    return None


def _generic_definitions(view: TextView, cat: Catalogue):
    """Matches of the generic "Head Name (ACR)" pattern at every head syllable (overlapping:
    "Ban tổ chức cho biết Trung tâm … (CDC)" is tried from "Trung tâm" as well)."""
    first = cat.generic_scan.first
    regex = cat.generic_re
    for (a, _b), word in zip(view.syllable_spans, view.syllable_words, strict=True):
        if word in first:
            m = regex.match(view.tn, a)
            if m:
                yield m


def _proper_name_acronym(name_s: str) -> bool:
    """An acronym that is not the initials ("Trung tâm Kiểm soát bệnh tật (CDC)", an English or
    older name) is taken when the name reads as a proper name: a capital right after the head,
    no clause word."""
    words = name_s.split()
    return len(words) <= 12 and any(w[0].isupper() for w in words[1:3]) \
        and not CLAUSE_WORDS.search(name_s)


def _names_last_words(name_s: str, acr: str) -> bool:
    """"Trung tâm Văn hóa - Thể thao công nhân lao động (CNLĐ)": the acronym is of the last
    words ("công nhân lao động"), not of the body."""
    letters = re.sub(r"[^A-ZĐ0-9]", "", acr.upper())
    inits = initials(name_s)
    return any("".join(inits[k:]) == letters for k in range(1, len(inits) - 1))


# an event named with the head word "Hội" ("Hội thao", "Hội thi", "Hội diễn", "Hội chợ", "Hội
# nghị", "Hội trại", "Hội giảng", "Hội khỏe Phù Đổng"): no association (GUIDE: events)
_EVENT = re.compile(r"Hội\s+(?:thao|thi|diễn|chợ|nghị|trại|giảng|khỏe|khoẻ|báo|sách|hoa|làng|xuân|"
                    r"đua|ngộ)(?![^\W_])", _I)


def _define(ctx: Ctx, acronym: str | None, what: tuple) -> None:
    """The first definition of an acronym in the article is the one reused."""
    if acronym is not None:
        ctx.defined.setdefault(acronym, what)


def _national_definition(ctx: Ctx, m: re.Match, clean: str, reused: str | None,
                         head: str | None) -> bool:
    """"Hiệp hội Du lịch (HHDL) Việt Nam": a national body, its acronym defined inside its
    name ("HHDL Việt Nam" names it again: pass_acronym_reuse); False when no "Việt Nam" (or a
    level after it) follows the bracket."""
    vn = VIET_NAM.match(ctx.tn, m.end())
    if vn is None or _LEVEL_NEXT.match(ctx.tn, vn.end()):
        return False
    national = f"{clean} Việt Nam"
    _define(ctx, reused, (national, head, None))
    ctx.add(m.start(), vn.end(), national, reused, None, None, 5, known=False)
    ctx.def_spans.append((m.start(), m.end()))
    return True


def pass_acronym_definitions(ctx: Ctx) -> None:
    """"Head Name (ACR)" definitions of bodies the catalogue does not hold."""
    if "(" not in ctx.text:
        return
    cat, text, src = ctx.cat, ctx.text, ctx.source_province
    for m in _generic_definitions(ctx.view, cat):
        name_s = text[m.start("name"):m.end("name")]
        acr = m.group("acr")
        inst = INSTITUTION.match(text, m.start())
        if inst is not None and inst.end("head") >= m.end():
            continue  # "Trường Phổ thông dân tộc bán trú (DTBT) THCS X": the school's type
        if skey(name_s) in cat.by_key or _mistyped(ctx, m, name_s, acr):
            continue  # a catalogue body defining its acronym: read above, with its canonical name
            # (or here, mistyped by one letter)
        if any(c.known and c.start < m.start() and c.end >= m.end() for c in ctx.cands):
            continue  # the last words of a catalogue body ("Ban Điều hành Quỹ Hỗ trợ nông dân
            # (HTND) tỉnh X"): the fund its board runs, not a body of its own
        if NOT_IN_NAME.search(name_s) or _EVENT.match(text, m.start()):
            continue  # a clause, not a name ("… đã phối hợp với Ban … (TĐKT)"), or an event
            # ("Hội thao Thể dục thể thao (TDTT) quốc phòng": no association)
        ok, head = acronym_head(name_s, acr)
        reused: str | None = acr
        if not ok:
            if not _proper_name_acronym(name_s):
                continue
            head = None
            if _names_last_words(name_s, acr):
                reused = None  # the acronym is of the body's last words: not the body's
        clean = re.sub(r"\s*[-–—]\s*", " - ", re.sub(r"\s+", " ", name_s)).strip()
        clean, place = _place_after(ctx, m.end(), clean)
        inner = _inner_place(ctx.view, m, acr, cat, src)
        if inner is not None:
            # "Trung tâm Y tế huyện Yên Thành (TTYT)": the acronym covers the body, the level
            # and place are written before it; "TTYT huyện" is then the same body
            clean, place = inner
        if place is None and inner is None and _national_definition(ctx, m, clean, reused, head):
            continue
        _define(ctx, reused, (clean, head, place))
        canon = _enterprise_as_written(ctx, clean, m.end(), place) \
            or canonical(Body(clean, reused, None, ""), place, src)
        name, province = canon if canon else (clean, None)
        end = max(place.end, m.end()) if place else m.end()
        # an explicit definition beats catalogue readings inside it
        ctx.add(m.start(), end, name, reused, province, None, 5, known=False)
        ctx.def_spans.append((m.start(), m.end()))


# a year the body's standing name holds, written after its acronym and before its level
# ("Hội Chiến sĩ thành cổ Quảng Trị (CSTCQT) năm 1972 tỉnh X": GUIDE, a year that is part of a
# body's standing name)
_NAME_YEAR = re.compile(r"\s+năm\s+(?P<year>1[89]\d\d|20\d\d)(?=\s+(?:tỉnh|thành\s+phố|huyện|"
                        r"quận|thị\s+xã|xã|phường|thị\s+trấn)\s)")


def _place_after(ctx: Ctx, end: int, clean: str) -> tuple[str, Place | None]:
    """(name, place) of a definition: the level and place written after its acronym, over a
    year of the name's own ("… (ACR) năm 1972 tỉnh X": the year joins the name)."""
    place = read_place(ctx.view, end, ctx.cat, ctx.source_province, allow_bare_province=True)
    year = _NAME_YEAR.match(ctx.text, end) if place is None else None
    if year is not None:
        after = read_place(ctx.view, year.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=True)
        if after is not None and after.place:
            return f"{clean} năm {year.group('year')}", after
    return clean, place


# a catalogue name mistyped by one letter is still that body only when it is long (a short
# name one letter off is another word: "Hội Nông dân" / "Hội Nông dâu")
_TYPO_MIN = 15


@cache
def _keys_by_shape() -> dict[tuple[str, int], tuple[str, ...]]:
    """Catalogue keys of bodies with levels, by (first word, length)."""
    out: dict[tuple[str, int], list[str]] = {}
    for k, body in catalogue().by_key.items():
        if len(k) >= _TYPO_MIN and not body.national and " " in k:
            out.setdefault((k.split(" ", 1)[0], len(k)), []).append(k)
    return {shape: tuple(keys) for shape, keys in out.items()}


def _one_letter(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (of one length, or lengths one apart) differ by one letter."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _one_letter_off(cat: Catalogue, name_s: str, acr: str) -> Body | None:
    """The catalogue body (with levels) whose written form the name before "(ACR)" mistypes by
    one letter inside a word ("Hội Liêp hiệp Phụ nữ (LHPN)"), its head word and the acronym's
    letters (the written words' initials) agreeing; None when none or several."""
    key = skey(re.sub(r"\s+", " ", name_s).strip())
    if len(key) < _TYPO_MIN or " " not in key or not acronym_head(name_s, acr)[0]:
        return None
    head = key.split(" ", 1)[0]
    found = {cat.by_key[k].name for n in (len(key) - 1, len(key), len(key) + 1)
             for k in _keys_by_shape().get((head, n), ()) if _one_letter(key, k)
             and len(k.split()) == len(key.split())}
    return cat.by_key.get(skey(found.pop())) if len(found) == 1 else None


def _mistyped(ctx: Ctx, m: re.Match, name_s: str, acr: str) -> bool:
    """Whether the definition names a catalogue body mistyped by one letter, read here (added
    as that body), or ends with one ("Ban Thường vụ Hội Liêp hiệp Phụ nữ (LHPN)": the organ of
    that body, read from the body's own head by the readers of units)."""
    body = _one_letter_off(ctx.cat, name_s, acr)
    if body is not None:
        _typo_definition(ctx, m, body)
        return True
    words = name_s.split()
    return any(_one_letter_off(ctx.cat, " ".join(words[k:]), acr) is not None
               for k in range(1, len(words) - 1))


def _typo_definition(ctx: Ctx, m: re.Match, body: Body) -> None:
    """A catalogue body defined with its name mistyped by one letter: the body, its level and
    place read after the acronym, as the catalogue pass reads its correct spelling."""
    place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province, allow_bare_province=True)
    if place is None:
        return
    canon = canonical(body, place, ctx.source_province)
    if canon is not None:
        # (the catalogue's priority, so the readers of units compose its organs written before
        # it: "Ban Thường vụ| Hội …")
        ctx.add(m.start(), max(place.end, m.end()), canon[0], body.acronym, canon[1], body.kind,
                3, body, place)


# an enterprise's head: its name is its registered name, a province in it as written
_ENTERPRISE_HEAD = re.compile(r"(?:Tổng\s+)?[Cc]ông\s+ty|Doanh\s+nghiệp|Xí\s+nghiệp|Nhà\s+máy|"
                              r"Hợp\s+tác\s+xã")


def _enterprise_as_written(ctx: Ctx, name: str, after: int,
                           place: Place | None) -> tuple[str, str | None] | None:
    """(name, province) of an enterprise whose acronym is followed by its province's bare name
    ("Công ty Xổ số kiến thiết (XSKT) Bình Định", "Công ty XSKT Bình Định"): the province is a
    word of the company's registered name, written as the text has it, no level added (the
    labels: "Công ty TNHH MTV Xổ số kiến thiết Tây Ninh"); None otherwise."""
    if place is None or not place.place or place.level != "tỉnh" \
            or not _ENTERPRISE_HEAD.match(name) or place.end <= after:
        return None
    written = ctx.text[after:place.end]
    if ctx.cat.level_re.match(ctx.tn, after) or not written[:1].isspace():
        return None  # "Công ty XSKT tỉnh Bình Định": the level written, read by the resolver
    words = " ".join(written.split())
    return f"{name} {words}", place.province


def _reuse_place(place: Place | None, def_place: Place | None, src: str | None,
                 end: int) -> Place | None:
    """"TTPTQĐ huyện" after "… (TTPTQĐ) huyện Nghi Lộc": the place of the definition."""
    if def_place is None or not def_place.place:
        return place
    same = place is None or (
        place.level == def_place.level and place.place in (None, src)
        and def_place.level != "tỉnh"
    ) or (place.level == def_place.level == "tỉnh" and src is None)
    if not same:
        return place
    return Place(place.end if place else end, def_place.level, def_place.place,
                 def_place.province)


def _names_national(ctx: Ctx, what: Body | str, end: int) -> bool:
    """A reused acronym followed by "Việt Nam" whose body has a national entry ("Hội LHPN tỉnh
    … Hội LHPN Việt Nam") names the national body, read by the catalogue pass."""
    if not isinstance(what, Body) or not VIET_NAM.match(ctx.tn, end):
        return False
    national = ctx.cat.by_key.get(skey(f"{what.name} Việt Nam"))
    return national is not None and national.national


_SUFFIX_DASH = re.compile(r"[^\W_]\s*[-–]\s*$")


def _group_suffix(ctx: Ctx, start: int, end: int) -> bool:
    """Whether the acronym at ``start`` ends a subsidiary's name already read ("Công ty Than
    Khe Chàm - TKV"): part of that company's name, not a mention of the group."""
    return bool(_SUFFIX_DASH.search(ctx.tn, max(0, start - 4), start)) and any(
        c.end == end and c.start < start for c in ctx.cands)


# a level written after a name: the body of that level, not the national one
_LEVEL_NEXT = re.compile(r"\s+(?:tỉnh|thành\s+phố|TP|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
                         r"(?![^\W_])")


# a party committee after a reused acronym ("Ban Thường vụ (BTV) Tỉnh ủy … Ủy viên BTV Tỉnh
# ủy"): the committee's organ, read by the committees pass; "Tỉnh" there is no level
_COMMITTEE_AFTER = re.compile(r"\s+(?:(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+(?:ủy|đoàn)|Đảng\s+ủy)(?![^\W_])", _I)


def pass_acronym_reuse(ctx: Ctx) -> None:
    """Reuse of acronyms defined in this article (they win over the catalogue)."""
    def_set = SpanSet(ctx.def_spans)
    src = ctx.source_province
    for acr, (what, head, def_place) in ctx.defined.items():
        pat = (phrase_pattern(head) + r"\s+" if head else "") + re.escape(acr)
        if isinstance(what, str) and what.endswith(" Việt Nam") and def_place is None:
            # a national body's acronym, written again with or without "Việt Nam"
            for m in re.finditer(WORD_BOUNDARY_BEFORE + pat + r"(?:\s+Việt\s+Nam)?"
                                 + WORD_BOUNDARY_AFTER, ctx.tn, _I):
                if def_set.overlaps(m.start(), m.start() + 1) or (not head and not
                                                                  m.group(0).startswith(acr)) \
                        or _LEVEL_NEXT.match(ctx.tn, m.end()) or PLURAL.match(ctx.tn, m.end()):
                    continue
                ctx.add(m.start(), m.end(), what, acr, None, None, 4, known=False)
            continue
        for m in re.finditer(WORD_BOUNDARY_BEFORE + pat + WORD_BOUNDARY_AFTER, ctx.tn, _I):
            if def_set.overlaps(m.start(), m.start() + 1) or (not head and m.group(0) != acr) \
                    or PLURAL.match(ctx.tn, m.end()) or _names_national(ctx, what, m.end()) \
                    or _group_suffix(ctx, m.start(), m.end()) or _COMMITTEE_AFTER.match(ctx.tn, m.end()):
                continue
            body = what if isinstance(what, Body) else Body(what, acr, None, "")
            place = read_place(ctx.view, m.end(), ctx.cat, src, allow_bare_province=True)
            bare = _enterprise_as_written(ctx, body.name, m.end(), place)
            place = _reuse_place(place, def_place, src, m.end())
            canon = bare or canonical(body, place, src)
            if canon is None and isinstance(what, str):
                canon = (what, src)
            if canon is None:
                continue
            ctx.add(m.start(), place.end if place else m.end(), canon[0], acr, canon[1],
                    body.kind, 4, known=isinstance(what, Body))


# a short name the article defines for a body it has just named ("Ban chỉ đạo liên ngành an toàn
# thực phẩm tỉnh (gọi tắt là Ban chỉ đạo tỉnh)", "(sau đây gọi tắt là Ban Quản lý)"): capitalised
_SHORT_NAME = re.compile(
    r"\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)\s+tắt\s+là\s+[“\"]?"
    r"(?P<short>(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])[^()“”\"]{1,60}?)[”\"]?\s*\)", _I)


def pass_short_names(ctx: Ctx) -> None:
    """A short name defined in brackets right after a body ("… (gọi tắt là Ban chỉ đạo tỉnh)")
    names that body wherever the article writes it, the definition included; work is the
    definitions (rare) times the text."""
    if "tắt" not in ctx.text:
        return
    text = ctx.text
    for m in _SHORT_NAME.finditer(text):
        before = text[:m.start()].rstrip()
        named = [c for c in ctx.cands if c.end == len(before)]
        if not named:
            continue
        body = max(named, key=lambda c: (c.priority, c.end - c.start))
        short = m.group("short").strip()
        pos = m.start("short")
        while (at := text.find(short, pos)) >= 0:
            pos = at + len(short)
            if pos < len(text) and (text[pos].isalnum() or text[pos] == "_"):
                continue  # a longer word ("Ban chỉ đạo tỉnh" in "… tỉnhs"): not the name
            ctx.add(at, pos, body.name, body.acronym, body.province, body.kind, body.priority,
                    known=body.known)
