"""Passes 1 and 2: names after a trigger word ("phong trào", "cuộc vận động", "chiến dịch",
"thi đua", "chương trình" …), quoted (``_trigger_quotes``) or not (``_trigger_unquoted``), and the
quoted items of a plural trigger's list (``_plural_list``).
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.after_trigger import (
    _catalogue_after_trigger,
    _catalogue_list,
    _catalogue_right_after,
    initials_run_on,
    programme_movement,
)
from baochi.nlp.campaigns.candidates import (
    _Ctx,
    _first_quote_after,
    _quote_group,
    _short_name,
)
from baochi.nlp.campaigns.catalogue import _fold_key
from baochi.nlp.campaigns.frames import (
    _BLOCKERS,
    _in_board_name,
    _military,
    _programme_is_event,
)
from baochi.nlp.campaigns.reading import (
    _CLAUSE_END,
    _MONTH_STOP,
    _ORG_HEADS,
    _STOP_WORDS,
    _editions,
    _unquoted_name,
)
from baochi.nlp.campaigns.variants import canonical
from baochi.nlp.quotes import Quote
from baochi.nlp.spans import SpanSet

_TRIGGER = re.compile(
    r"(?<![^\W_])(?P<t>phong\s+trào\s+thi\s+đua|phong\s+trào|cuộc\s+vận\s+động|chiến\s+dịch|"
    # the press's typos of "chiến dịch", a tone mark off: no other word is written so
    r"chiền\s+dịch|chiến\s+dich|"
    r"đợt\s+vận\s+động|"
    r"đợt\s+thi\s+đua|cuộc\s+thi\s+đua|thi\s+đua\s+cao\s+điểm|thi\s+đua|tháng\s+hành\s+động|"
    r"tháng\s+cao\s+điểm|"
    r"chương\s+trình|"
    # a peak drive launched or held by its quoted name ("ra quân cao điểm “…”", "đợt cao điểm
    # “…”"): quoted names only
    r"ra\s+quân\s+cao\s+điểm|đợt\s+cao\s+điểm|"
    # the press's short forms of the triggers: "CVĐ", "PTTĐ"
    r"cvđ|pttđ)(?![^\W_])"
)


# weak triggers take a quoted name only right after them ("chương trình “Bữa trưa no cho em”",
# but not "chương trình nghệ thuật “…”", an event)
_INTRO_BRIDGE = re.compile(
    r"\s*(?:thi\s+đua\s+)?(?:(?:yêu\s+nước|đặc\s+biệt|cao\s+điểm|vận\s+động|tình\s+nguyện|"
    r"thiện\s+nguyện|an\s+sinh|truyền\s+thông(?:\s+đa\s+nền\s+tảng)?)\s+)?(?:(?:như|là)\s*)?:?\s*")


_QUOTE_ONLY = {"thi đua", "chương trình", "tháng hành động", "tháng cao điểm", "thi đua cao điểm",
               "ra quân cao điểm", "đợt cao điểm"}


_KIND_OF_TRIGGER = {
    "phong trào thi đua": "phong trào thi đua", "phong trào": "phong trào",
    "cuộc vận động": "cuộc vận động", "chiến dịch": "chiến dịch", "đợt thi đua": "đợt thi đua",
    "chiền dịch": "chiến dịch", "chiến dich": "chiến dịch",
    "đợt vận động": "cuộc vận động",
    "cuộc thi đua": "phong trào thi đua", "thi đua": "phong trào thi đua",
    "thi đua cao điểm": "đợt thi đua",
    "ra quân cao điểm": "đợt thi đua", "đợt cao điểm": "đợt thi đua",
    "tháng hành động": "tháng hành động", "tháng cao điểm": "tháng hành động",
    "chương trình": "chương trình",
    "cvđ": "cuộc vận động", "pttđ": "phong trào thi đua",
}


_BRIDGE = re.compile(r"^(?:\s+[^\W\d_]+){0,5}\s*:?\s*$")

# a mass organisation's head right after a trigger, then its name, its level or nothing
_ORGANISATION_AFTER = re.compile(
    r"(?:Hội|Đoàn|Công\s+đoàn|Liên\s+đoàn|Mặt\s+trận|Chi\s+hội|Chi\s+đoàn|Tỉnh\s+đoàn|"
    r"Huyện\s+đoàn|Thành\s+đoàn)(?=\s+(?:[A-ZĐ]|(?:tỉnh|huyện|xã|phường|thị|thành|quận|cơ\s+sở|"
    r"các)(?![^\W_]))|\s*[,.;:)]|\s*$)")


# a longer bridge naming the movement's aim before its quoted name ("phong trào phát động xây dựng
# bệnh viện “Xanh - Sạch - Đẹp”", "cuộc vận động rèn luyện phẩm chất đạo đức “Tự tin – …”"): up to
# eight lower-case syllables opening with a verb of building, training, keeping or doing, none of
# them a clause's word (the quote after "… đã giúp nhiều hộ có “…”" is no name)
_AIM_BRIDGE = re.compile(
    r"^\s+(?:phát\s+động\s+)?(?:xây\s+dựng|rèn\s+luyện|giữ\s+gìn|bảo\s+vệ|học\s+tập|"
    r"thực\s+hiện|chăm\s+sóc|bồi\s+dưỡng|phát\s+huy)"
    r"(?:\s+(?!(?:là|được|đã|đang|sẽ|rằng|nhưng|thì|mà|khi|nhằm|để|có|của|do|với|và|tại|ở|"
    r"trong|cho|theo|từ|đến|qua)(?![^\W_]))[^\W\d_]+){1,6}\s*:?\s*$")


def _bridge_ok(bridge: str) -> bool:
    """A short bridge (five syllables at most, ``_BRIDGE``) or a movement's aim (``_AIM_BRIDGE``)."""
    if _BRIDGE.match(bridge):
        return len(bridge) <= 48
    return len(bridge) <= 64 and len(bridge.split()) <= 8 and bridge == bridge.lower() \
        and _AIM_BRIDGE.match(bridge) is not None


# a bridge made of these words introduces the quoted name; otherwise the bridge may be the
# unquoted start of the name (cuộc vận động xây dựng gia đình “5 không, 3 sạch”)
_BRIDGE_CONNECTOR = re.compile(
    r"(?<![^\W_])(?:như|là|mang\s+tên|có\s+tên|với|của|do|các|những|về|hưởng\s+ứng|"
    r"triển\s+khai|phát\s+động|thực\s+hiện|tham\s+gia|và|cùng|trong|toàn|đợt|tỉnh|huyện|"
    r"lớn|chính|này|đó|trên|tại|ở|năm|thi\s+đua|cuộc|hai|ba|bốn)(?![^\W_])"
)


_AFTER_TRIGGER_SKIP = re.compile(
    r"\s*:?\s*(?:(?:như|là|mang\s+tên|có\s+tên)(?![^\W_])\s*:?\s*)?")


def _bridge_capitals_ok(ctx: _Ctx, bridge: str) -> bool:
    """No capitalised word between a trigger and its quote, except one place name (the
    province's own movement: "phong trào thi đua của phụ nữ Hà Tĩnh “…”")."""
    caps = [w for w in bridge.split() if w[0].isupper()]
    return not caps or _fold_key(" ".join(caps)) in ctx.idx.place_set


def _quote_no_go(ctx: _Ctx, q: Quote, cand_no_go: SpanSet) -> bool:
    """The quote after a trigger lies in a document subject, organisation or honour — unless the
    honour is only part of a name that opens with other words ("chương trình “Tri ân mẹ Việt
    Nam anh hùng”": a programme for the title's holders, not the title)."""
    if not cand_no_go.overlaps(q.start, q.end):
        return False
    return ctx.trig_no_go.overlaps(q.start, q.end) or ctx.honour_set.overlaps(q.start, q.start + 1)


def _trigger_quotes(ctx: _Ctx, p: int, trig: str, kind: str, cand_no_go: SpanSet) -> bool:
    """Quoted names after a short bridge from the trigger ending at ``p``; True when found."""
    text, fold = ctx.text, ctx.view.fold
    k = _first_quote_after(ctx.quote_starts, p)
    if k is None:
        return False
    q = ctx.quotes[k]
    bridge = text[p:q.open_start]
    if _fund_drive(ctx, p, trig, q):
        ctx.used_quotes.add(q.open_start)
        ctx.add(q.start, q.end, text[q.start:q.end], kind, 5, fuzzy=True)
        return True
    if not (_bridge_ok(bridge)
            and (trig not in _QUOTE_ONLY or _INTRO_BRIDGE.fullmatch(bridge))
            and _bridge_capitals_ok(ctx, bridge)
            and not _BLOCKERS.search(fold[p:q.open_start])):
        return False
    prefix_start = None
    if bridge.split() and ":" not in bridge and not _BRIDGE_CONNECTOR.search(
            fold[p:q.open_start]):
        prefix_start = p + (len(bridge) - len(bridge.lstrip()))
    group = _quote_group(ctx, k)
    for n, qq in enumerate(group):
        if _quote_no_go(ctx, qq, cand_no_go) or _military(ctx, kind, text[qq.start:qq.end]):
            continue
        surface_name = text[qq.start:qq.end]
        if n == 0 and prefix_start is not None:
            # the quote covers part of the name (cuộc vận động xây dựng gia đình “5 không, 3
            # sạch”): the span stays the quoted text, the name is whole
            combined = text[prefix_start:qq.open_start] + " " + surface_name
            if canonical(combined)[2]:
                surface_name = combined
        if surface_name == text[qq.start:qq.end] and not canonical(surface_name)[2]:
            surface_name = _partial_quote(ctx, p, qq, n == 0, n == len(group) - 1)
        ctx.used_quotes.add(qq.open_start)
        if trig == "chương trình" and _programme_is_event(ctx.view, p - len(trig), qq):
            continue  # "chương trình “Phiên chợ …”", a show broadcast one evening: an event
        for a, b, name in _editions(text, qq.start, qq.end, surface_name):
            ctx.add(a, b, name, kind, 5, fuzzy=True)
    return True


_FUND_BRIDGE = re.compile(r"\s+quỹ\s*")


def _fund_drive(ctx: _Ctx, p: int, trig: str, q: Quote) -> bool:
    """"Cuộc vận động Quỹ “Ngày vì người nghèo”": the drive named after its fund, right after
    its trigger, is the catalogue campaign of that name (the fund itself, "ủng hộ Quỹ “…”",
    stays a fund)."""
    return trig in ("cuộc vận động", "cvđ") and _FUND_BRIDGE.fullmatch(ctx.view.fold, p, q.open_start) \
        is not None and canonical(ctx.text[q.start:q.end])[2]


# the words right after a closing quote, up to punctuation: "“Chung sức” xây dựng nông thôn mới"
_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_]+|,\s+[^\W\d_]+)")


def _partial_quote(ctx: _Ctx, p: int, q: Quote, first: bool, last: bool) -> str:
    """The catalogue name a quote names only in part, with the unquoted words before it in
    the bridge from the trigger ("phong trào nông dân thi đua “sản xuất, kinh doanh giỏi”") or
    after it ("phong trào thi đua “Chung sức” xây dựng nông thôn mới"); the quoted text when
    no such name is whole. Only a catalogued whole counts: the quote alone is the name of an
    unknown campaign."""
    text = ctx.text
    name = text[q.start:q.end]
    if first:
        words = text[p:q.open_start].split()
        if words and ":" not in words[-1]:
            for i in range(len(words)):
                combined = " ".join(words[i:]) + " " + name
                if canonical(combined)[2]:
                    return combined
    if last:
        ends = []
        pos = q.close_end
        for _ in range(10):
            m = _WORDS_AFTER.match(text, pos)
            if m is None:
                break
            pos = m.end()
            ends.append(pos)
        for end in reversed(ends):
            combined = name + text[q.close_end:end]
            if canonical(combined)[2]:
                return combined
    return name


# the community a movement of all the people works in, written after its aim ("phong trào toàn dân
# tham gia phòng, chống HIV/AIDS tại cộng đồng dân cư", "… ở khu dân cư"): part of its name, not
# the place of one event
_AMONG_THE_PEOPLE = re.compile(
    r"\s+(?:tại|ở)\s+(?:cộng\s+đồng(?:\s+dân\s+cư)?|khu\s+dân\s+cư|địa\s+bàn\s+dân\s+cư|"
    r"nơi\s+(?:làm\s+việc|cư\s+trú))(?![^\W_])")
_PEOPLE_LED = re.compile(r"(?:toàn\s+dân|cả\s+nước)\s+(?!và\b|cùng\b)[^\W\d_]")


# "Chiến dịch Hè" (the season capitalised, alone or with its year, no other name after it)
_SUMMER_ALONE = re.compile(r"Hè(?:\s+(?:năm\s+)?(?:19|20)\d{2})?(?![^\W_])(?!\s+[A-ZĐ])")
_SUMMER_CAMPAIGN = "Thanh niên tình nguyện hè"


def _trigger_unquoted(ctx: _Ctx, p: int, trig: str, kind: str, cand_no_go: SpanSet) -> None:
    text = ctx.text
    skip = _AFTER_TRIGGER_SKIP.match(text, p)
    pos = skip.end() if skip else p
    if pos >= len(text):
        return
    hit = _catalogue_after_trigger(ctx, pos)
    if hit and _generic_before(ctx.view.fold, p - len(trig)) \
            and not any(ch.isupper() for ch in text[hit[0]:hit[1]]):
        # "các phong trào thi đua xây dựng nông thôn mới", "các chương trình, chiến dịch tình
        # nguyện hè": a class, not one movement
        return
    if hit:
        _catalogue_list(ctx, *hit, cand_no_go)
        return
    summer = _SUMMER_ALONE.match(text, pos) if trig.lower() == "chiến dịch" and pos == p + 1 \
        and not _generic_before(ctx.view.fold, p - len(trig)) else None
    if summer and not cand_no_go.overlaps(pos, summer.end()):
        # "tháng 7 cao điểm của Chiến dịch Hè": the youth summer campaign by its season alone
        ctx.add(pos, summer.end(), _SUMMER_CAMPAIGN, kind, 3)
        return
    drive = trig.lower().startswith("cuộc")
    if (drive or trig.lower().startswith("phong")) and not _generic_before(ctx.view.fold, p - len(trig)):
        movement = programme_movement(ctx, pos, drive) if pos == p + 1 else None
        if movement and not cand_no_go.overlaps(movement[0], movement[1]):
            ctx.add(movement[0], movement[1], movement[2].name, kind, 3)
            return
    if _PEOPLE_LED.match(ctx.view.fold, pos) and pos == p + 1:
        # "phong trào toàn dân chăm sóc, phụng dưỡng …": a movement named for all its people
        end = _unquoted_name(ctx.view, pos, _MONTH_STOP, max_words=16, max_commas=2)
        among = _AMONG_THE_PEOPLE.match(ctx.view.fold, end) if end else None
        if among is not None:
            end = among.end()  # "… tại cộng đồng dân cư": where all the people act, of the name
        if end and not cand_no_go.overlaps(pos, end):
            ctx.add(pos, end, text[pos:end], kind, 3, fuzzy=True)
        return
    # "phong trào Hội Chữ thập đỏ năm 2022", "phong trào Hội Nông dân huyện": the body's
    # movement work at large, no named movement (no label of any batch names one so)
    if pos != p + 1 or _ORGANISATION_AFTER.match(text, pos):
        return
    if text[pos].isupper():
        _capitalised_after_trigger(ctx, pos, kind, cand_no_go)
    else:
        _lower_after_trigger(ctx, p - len(trig), pos, kind, cand_no_go)


def _lower_after_trigger(ctx: _Ctx, t: int, pos: int, kind: str, cand_no_go: SpanSet) -> None:
    """A name in lower case right after the trigger at ``t``: titled units it builds, a parallel
    aim, or a long name after a capitalised trigger."""
    plural = _generic_before(ctx.view.fold, t)
    if _titles_after_verb(ctx, pos, kind, cand_no_go, plural) \
            or _parallel_aim(ctx, pos, kind, cand_no_go, plural):
        return
    if ctx.text[t].isupper():
        _lower_name_after_capital_trigger(ctx, t, pos, kind, cand_no_go)


_WORD = re.compile(r"[^\W_]+")
# the units and families a movement builds to a titled standard ("xây dựng Gia đình văn hóa, Làng
# văn hóa", "… Gia đình hiếu học, Dòng họ hiếu học, Cộng đồng học tập")
_BUILD_LEAD = re.compile(r"xây dựng (?=\S)")
# what may follow the last title: punctuation, the end, or a word opening the rest of the clause
_TITLES_END = re.compile(r"\s*(?:[.,;:!?()]|$)|\s+(?:từ|của|do|tại|ở|năm|trong|nhằm|được|đã|đến|"
                         r"với|gắn|theo|trên|cho|vào|và\s+(?!\S*[A-ZĐ]))(?![^\W_])")


# a movement named by its aim in parallel phrases closed by one quality word, unquoted and in lower
# case ("phong trào thi đua tuần học tốt, giờ học tốt", "… dạy tốt, học tốt"): two to four phrases
# of two to four words, joined by commas, dashes or "và"
_PARALLEL_AIM = re.compile(
    r"(?P<first>(?:[^\W\d_]+ ){1,3}(?P<w>tốt|giỏi|đẹp|sạch|khéo))"
    r"(?:(?:\s*[,–-]\s*|\s+và\s+)(?:[^\W\d_]+ ){1,3}(?P=w)(?![^\W_])){1,3}")


def _parallel_aim(ctx: _Ctx, pos: int, kind: str, cand_no_go: SpanSet, plural: bool) -> bool:
    """A movement named by its aim (the GUIDE: "phong trào thi đua tuần học tốt, giờ học tốt" is a
    campaign named as written) when the aim is parallel phrases each closed by the same quality
    word (``_PARALLEL_AIM``), the first word no function word, the clause ending after them."""
    if plural:
        return False
    fold = ctx.view.fold
    m = _PARALLEL_AIM.match(fold, pos)
    if m is None or fold[pos:fold.find(" ", pos)] in _STOP_WORDS:
        return False
    end = m.end()
    if not _TITLES_END.match(ctx.text, end) or cand_no_go.overlaps(pos, end):
        return False
    ctx.add(pos, end, ctx.text[pos].upper() + ctx.text[pos + 1:end], kind, 3, fuzzy=True)
    return True


def _titles_after_verb(ctx: _Ctx, pos: int, kind: str, cand_no_go: SpanSet, plural: bool) -> bool:
    """A movement named by the titles it builds, unquoted after a singular trigger: "xây dựng",
    then two or more capitalised titles of two to five words joined by commas
    or "và" ("phong trào xây dựng Gia đình hiếu học, Dòng họ hiếu học, Khu dân cư khuyến học từ
    năm 2003"): the whole run is the movement's name. A body's name is no title ("phong trào ở
    Hội Phụ nữ, Đoàn Thanh niên")."""
    if plural:
        return False
    text = ctx.text
    lead = _BUILD_LEAD.match(ctx.view.fold, pos)
    if lead is None:
        return False
    words = list(_WORD.finditer(text, pos, min(len(text), pos + 240)))
    k = 2  # "xây dựng"
    titles: list[tuple[int, int]] = []
    while k < len(words) and words[k].group(0)[0].isupper() and not _ORG_HEADS.match(text, words[k].start()):
        first = k
        k += 1
        while k < len(words) and k - first < 5 and words[k].group(0).islower() \
                and words[k].group(0) not in _STOP_WORDS and words[k].start() == words[k - 1].end() + 1:
            k += 1
        if k - first < 2:
            return False
        titles.append((words[first].start(), words[k - 1].end()))
        if k < len(words) and text[words[k - 1].end():words[k].start()] == ", ":
            continue
        if k + 1 < len(words) and words[k].group(0) == "và" \
                and text[words[k - 1].end():words[k + 1].start()] == " và ":
            k += 1
            continue
        break
    if len(titles) < 2:
        return False
    end = titles[-1][1]
    if not _TITLES_END.match(text, end) or cand_no_go.overlaps(pos, end):
        return False
    ctx.add(pos, end, text[pos].upper() + text[pos + 1:end], kind, 3, fuzzy=True)
    return True


# a capitalised singular "Cuộc vận động"/"Phong trào" inside a sentence ("… gắn với Cuộc vận động
# làm thay đổi nếp nghĩ cách làm của người đồng bào DTTS, …;"): the capital makes it a proper name,
# its lower-case words up to the clause's end the name — a long one (six to thirty words) that
# opens with no function word and holds no verb of a clause
_NAMED_BY_CAPITAL = re.compile(r"(?:Cuộc vận động|Phong trào(?: thi đua)?)$")
_LOWER_NAME_BAD_START = re.compile(
    r"(?:trong|của|này|đó|với|tại|ở|do|được|đã|là|cho|về|nhằm|các|những|năm|và|để|thì|mà|có|"
    r"trên|từ|đến|theo|bằng|cùng|luôn|cũng|sẽ|đang|vẫn|không)(?![^\W_])")
_LOWER_NAME_CLAUSE = re.compile(r"(?<![^\W_])(?:đã|đang|được|sẽ|là|thì|mà|bị)(?![^\W_])")


def _lower_name_after_capital_trigger(ctx: _Ctx, t: int, pos: int, kind: str,
                                      cand_no_go: SpanSet) -> None:
    text = ctx.text
    s0 = ctx.view.sentence_spans[ctx.view.sentence_of(t)][0]
    if not _NAMED_BY_CAPITAL.search(text, t, pos - 1) or not text[s0:t].strip() \
            or _LOWER_NAME_BAD_START.match(ctx.view.fold, pos):
        return
    stop = _CLAUSE_END.search(text, pos, pos + 240)
    if stop is None or stop.group(0) not in ".;":
        return
    end = len(text[:stop.start()].rstrip(" ,"))
    name = text[pos:end]
    if not 6 <= len(name.split()) <= 30 or _LOWER_NAME_CLAUSE.search(ctx.view.fold, pos, end) \
            or cand_no_go.overlaps(pos, end):
        return
    ctx.add(pos, end, name, kind, 3, fuzzy=True)


def _capitalised_after_trigger(ctx: _Ctx, pos: int, kind: str, cand_no_go: SpanSet) -> None:
    """An unquoted capitalised name right after the trigger, up to the clause boundary (its
    initials alone, or initials and words running on past a comma into a catalogue name)."""
    text = ctx.text
    unq = _abbreviated_name(text, pos) or _unquoted_name(ctx.view, pos)
    longer = initials_run_on(ctx, pos, unq) if unq else None
    if longer is not None and not cand_no_go.overlaps(pos, longer[0]):
        # "cuộc vận động XDGĐ 5 không, 3 sạch": initials and words running on past a comma
        ctx.add(pos, longer[0], text[pos:longer[0]], kind, 3)
        return
    if unq and not cand_no_go.overlaps(pos, unq) and not _military(ctx, kind, text[pos:unq]):
        for a, b, name in _editions(text, pos, unq, text[pos:unq]):
            ctx.add(a, b, name, kind, 3, fuzzy=True)


# a run of the press's initials ("TDBVANTQ", "ND SXKDG") and the capitalised words after it
_INITIALS_RUN = re.compile(r"[A-ZĐ][A-ZĐ&-]+(?:\s+[A-ZĐ][A-ZĐ&-]+)*(?![^\W_])")
_CAPITALISED_AFTER = re.compile(r"\s+[A-ZĐ]")


def _abbreviated_name(text: str, pos: int) -> int | None:
    """End of a catalogue movement written by its initials right after the trigger ("phong trào
    ND SXKDG Các cấp hội …", "phong trào TDBVANTQ Năm 2024 …"): the initials are the whole name,
    the capitalised word after them opens the next sentence or clause, not more of the name —
    unless the words run on into a longer catalogue name."""
    m = _INITIALS_RUN.match(text, pos)
    if m is None or not _CAPITALISED_AFTER.match(text, m.end()):
        return None
    if not canonical(m.group(0), False)[2]:
        return None
    stop = _CLAUSE_END.search(text, m.end(), m.end() + 80)
    words = text[pos:stop.start() if stop else m.end() + 80].split()
    if any(canonical(" ".join(words[:n]), False)[2]
           for n in range(len(m.group(0).split()) + 1, min(len(words), 8) + 1)):
        return None  # "phong trào TDĐKXDĐSVH Khu dân cư": the words run on into a longer name
    return m.end()


_THEME_WORD_BEFORE = re.compile(
    r"(?<![^\W_])(?:chủ\s+đề|khẩu\s+hiệu|thông\s+điệp|phương\s+châm)(?:\s+(?:của|cho))?\s+$")
# the quote right after the trigger, or after a few words and "là"/a colon ("chủ đề của phong
# trào năm nay là “…”")
_QUOTE_OR_COLON = re.compile(r"(?:(?:\s+[^\W\d_]+){0,3}?(?:\s*:|\s+là))?\s*[“\"«]")


def _theme_of_trigger(ctx: _Ctx, t: re.Match) -> bool:
    """"với chủ đề chiến dịch: “Tắt đèn, bật tương lai”": the trigger word names whose theme the
    quote is (a theme, slogan or message), not a campaign of that name."""
    return _THEME_WORD_BEFORE.search(ctx.view.fold, max(0, t.start() - 20), t.start()) is not None \
        and _QUOTE_OR_COLON.match(ctx.view.fold, t.end()) is not None


# what a quote that cites a movement inside it opens with: a meeting's title ("“Hội nghị sơ kết
# phong trào nông dân thi đua … lần thứ VIII”")
_MEETING_HEAD = re.compile(r"(?:hội\s+nghị|đại\s+hội|hội\s+thảo|tọa\s+đàm|lễ)(?![^\W_])")
# … or a speech reported after a colon ("cho biết: “Trong nhiệm kỳ qua, xã đã đẩy mạnh phong trào …”")
_SPEECH_BEFORE = re.compile(r":\s*$")
# … or followed by its speaker and a verb of saying ("“… thực hiện tốt phong trào …” - chị A chia
# sẻ", "“…”, ông B cho biết")
_SPEECH_AFTER = re.compile(
    r"\s*[-–—,]\s*(?:[^\W\d_]+\s+){1,6}?(?:chia\s+sẻ|cho\s+biết|nói|bày\s+tỏ|tâm\s+sự|khẳng\s+định|"
    r"nhấn\s+mạnh|kể|phấn\s+khởi\s+(?:nói|cho\s+biết))(?![^\W_])")


def _quote_cites(ctx: _Ctx, t_start: int) -> bool:
    """The trigger at ``t_start`` lies inside a quote that is no campaign's name but a speech
    reported after a colon or before its speaker, or a meeting's title, two words or more before it: the trigger cites
    the movement after it there as anywhere (GUIDE: a title that cites a campaign with its trigger
    counts)."""
    for q in ctx.quotes:
        if q.start <= t_start < q.end:
            return ctx.text.count(" ", q.start, t_start) >= 2 and (
                _MEETING_HEAD.match(ctx.view.fold, q.start) is not None
                or _SPEECH_BEFORE.search(ctx.text, max(0, q.open_start - 4), q.open_start) is not None
                or _SPEECH_AFTER.match(ctx.view.fold, q.close_end) is not None)
    return False


def _pass_triggers(ctx: _Ctx) -> None:
    """1 + 2: names after a trigger word, quoted or not."""
    for t in _TRIGGER.finditer(ctx.view.fold):
        if ctx.trig_no_go.overlaps(t.start(), t.end()) or _in_board_name(ctx.view, t.start()) \
                or _theme_of_trigger(ctx, t):
            continue
        # a trigger inside an honour title ("Khu dân cư thực hiện tốt cuộc vận động …") cites
        # a campaign: the names after it are read, the title itself stays out of reach
        in_title = ctx.honour_set.overlaps(t.start(), t.end())
        if in_title and not ctx.honour_set.overlaps(t.end(), t.end() + 1):
            continue  # the honour's own head word ("cờ thi đua Quyết thắng"): an award's name
        cand_no_go = ctx.trig_no_go if in_title else ctx.no_go
        trig = re.sub(r"\s+", " ", t.group("t"))
        kind = _KIND_OF_TRIGGER[trig]
        found_quote = _trigger_quotes(ctx, t.end(), trig, kind, cand_no_go)
        if not found_quote and trig in _QUOTE_ONLY:
            _catalogue_right_after(ctx, t.end(), cand_no_go)
            continue
        if found_quote or (
                ctx.in_quote.overlaps(t.start(), t.end()) and not in_title
                and not _quote_cites(ctx, t.start())):
            continue  # a trigger inside a quoted name ("“Thi đua nông dân …”") names nothing
        if _semicolon_list(ctx, t, kind, cand_no_go):
            continue
        _trigger_unquoted(ctx, t.end(), t.group("t"), kind, cand_no_go)
        _plural_list(ctx, t, kind, cand_no_go)


_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những)\s+$")
# another kind of drive listed right before the trigger: "chương trình, chiến dịch …",
# "phong trào và cuộc vận động …" (the activities of a kind, not one named campaign)
_PAIR_BEFORE = re.compile(r"(?<![^\W_])(?:chương\s+trình|chiến\s+dịch|phong\s+trào(?:\s+thi\s+đua)?|"
                          r"cuộc\s+vận\s+động|hoạt\s+động)\s*(?:,|và|&)\s*$")


def _generic_before(fold: str, t_start: int) -> bool:
    """The trigger at ``t_start`` is plural ("các phong trào") or the second of a pair of kinds
    ("chương trình, chiến dịch")."""
    lo = max(0, t_start - 40)
    return bool(_PLURAL_BEFORE.search(fold, lo, t_start) or _PAIR_BEFORE.search(fold, lo, t_start))


# the first item of a list, written unquoted in lower case: "các phong trào thi đua xây dựng
# nông thôn mới; “…”"
_FIRST_ITEM = re.compile(r"\s+(?:[^\W\d_]+\s+){0,8}[^\W\d_]+\s*[;,]\s*")


def _plural_list(ctx: _Ctx, t: re.Match, kind: str, cand_no_go: SpanSet) -> None:
    """A plural trigger whose list opens with an unquoted item and goes on with quoted names
    ("các phong trào thi đua xây dựng nông thôn mới; “Xây dựng người phụ nữ …”"): the quoted
    items are campaigns."""
    fold = ctx.view.fold
    if not _PLURAL_BEFORE.search(fold, max(0, t.start() - 8), t.start()):
        return
    k = _first_quote_after(ctx.quote_starts, t.end())
    if k is None:
        return
    q = ctx.quotes[k]
    if q.open_start in ctx.used_quotes or not _FIRST_ITEM.fullmatch(ctx.text, t.end(),
                                                                  q.open_start) \
            or _BLOCKERS.search(fold, t.end(), q.open_start) \
            or _TRIGGER.search(fold, t.end(), q.open_start) \
            or any(ch.isupper() for ch in ctx.text[t.end():q.open_start]):
        return
    for qq in _quote_group(ctx, k):
        if not cand_no_go.overlaps(qq.start, qq.end) and _short_name(ctx.text[qq.start:qq.end]):
            ctx.used_quotes.add(qq.open_start)
            ctx.add(qq.start, qq.end, ctx.text[qq.start:qq.end], kind, 4, fuzzy=True)


# a trigger and a colon opening a list whose items are parted by semicolons ("các phong trào: A,
# b và c; D; …"): each item runs to its semicolon, commas inside it
_COLON_OPEN = re.compile(r"\s*:\s*")
_ITEM = re.compile(r"[^;.!?:()“”\"«»\n]+")
_ITEM_CLAUSE = re.compile(
    r"(?<![^\W_])(?:đã|đang|sẽ|được|bị|là|phải|cần|các|những|nhiều|tổ\s+chức|triển\s+khai|"
    r"thực\s+hiện|tham\s+gia|phát\s+động)(?![^\W_])")


# what the movements did or hold, not their names: "kết quả các phong trào: …", "nội dung …"
_CONTENT_OF = re.compile(r"(?<![^\W_])(?:kết\s+quả|nội\s+dung|thành\s+tích)"
                         r"(?:\s+(?:của|trong|từ))?\s+(?:các|những)\s+[^:;.]*$")


def _semicolon_list(ctx: _Ctx, t: re.Match, kind: str, cand_no_go: SpanSet) -> bool:
    """A trigger, a colon and items parted by semicolons ("… các cuộc vận động, phong trào: Xung
    kích, tình nguyện …; đồng hành với thanh niên …; tổ chức các hoạt động …"): each item up to
    its semicolon is a campaign when it is a catalogue name (also without its count: "đồng hành
    …" for "Bốn đồng hành …") or a capitalised name with no clause's words; the list ends at the
    first item that is neither. Only after a plural trigger or a pair of kinds (a list of
    movements), not after what they did ("Kết quả các phong trào: …"), with two items or more
    parted by a semicolon and no figure in an item."""
    text, fold = ctx.text, ctx.view.fold
    colon = _COLON_OPEN.match(text, t.end())
    if colon is None or ":" not in text[t.end():colon.end()] \
            or not _generic_before(fold, t.start()) \
            or _CONTENT_OF.search(fold, max(0, t.start() - 60), t.start()):
        return False  # one movement's content ("Kết quả phong trào: …") is no list of names
    pos, items = colon.end(), []
    while True:
        m = _ITEM.match(text, pos)
        if m is None:
            break
        a, b = m.start(), m.end()
        while b > a and text[b - 1] in " ,":
            b -= 1
        items.append((a, b))
        if text[m.end():m.end() + 1] == ";":
            pos = m.end() + 1
            while pos < len(text) and text[pos] == " ":
                pos += 1
            continue
        break
    if len(items) < 2 or len(items) > 12:
        return False
    found = 0
    for a, b in items:
        words = text[a:b].split()
        if not words or len(words) > 18 or cand_no_go.overlaps(a, b) \
                or any(ch.isdigit() for ch in text[a:b]):
            break
        _name, cat_kind, catalogued = canonical(text[a:b])
        if not catalogued and (not text[a].isupper() or _ITEM_CLAUSE.search(fold, a, b)):
            break
        ctx.add(a, b, text[a:b], cat_kind or kind, 4)
        found += 1
    return found > 0
