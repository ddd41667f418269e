"""Drives named in lower case and without quotes. A lower-case name after a trigger is usually
a description ("phong trào thi đua xây dựng …"), so it counts only when the clause names its
launcher ("chương trình xóa nhà dột nát do Hội Cựu chiến binh tỉnh phát động": a launched thing
is a movement or drive of its own), or when it is a fundraising drive named by its purpose
("Chương trình vận động hỗ trợ xây trường học cho các xã biên giới"). For the same reason a
quoted name its launcher follows is a drive whatever word comes before it ("chuỗi hoạt động
“Tết Nhân ái” do Trung ương Hội Chữ thập đỏ Việt Nam phát động"), unless that word makes it a
fund, contest, theme or event (``frames._blocked_before``).
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.candidates import _Ctx
from baochi.nlp.campaigns.catalogue import campaign_key
from baochi.nlp.campaigns.frames import _QUOTED_EVENT_HEAD, _blocked_before, _in_board_name
from baochi.nlp.campaigns.reading import _GENERIC
from baochi.nlp.campaigns.triggers import _KIND_OF_TRIGGER, _PLURAL_BEFORE

# trigger, a lower-case name of 2–10 words (a comma may join two parts), "do", the launching
# body (an organisation span, capitalised) and "phát động"
_LAUNCHED = re.compile(
    r"(?<![^\W_])(?P<t>phong\s+trào(?:\s+thi\s+đua)?|cuộc\s+vận\s+động|chiến\s+dịch|"
    r"chương\s+trình|đợt\s+thi\s+đua)\s+"
    r"(?P<n>[^\W\d_]+(?:(?:\s+|,\s+)[^\W\d_]+){1,9}?)\s+do\s+"
    r"(?P<o>[^\W\d_][^.;:!?()“”\"«»]{1,80}?)\s+(?:đã\s+|vừa\s+|mới\s+)?phát\s+động(?![^\W_])")
# words that qualify the trigger rather than open a name ("phong trào thi đua đặc biệt do …")
_QUALIFIERS = frozenset(["đặc", "cao", "yêu", "này", "đó", "lớn", "chung", "chính", "trên",
                         "hành", "công", "nói", "mới", "trọng", "thường"])
# words of a clause, not of a name ("chương trình này đã được … do …"); "cho", "vì", "và" may
# be words of a drive's name ("làm nhà cho hội viên nghèo")
_CLAUSE = frozenset(["đã", "đang", "sẽ", "được", "bị", "là", "có", "này", "đó", "tại", "ở",
                     "trong", "năm", "nhằm", "để", "đến", "từ", "khi", "mà", "thì", "nên",
                     "cũng", "rất", "đều", "vào", "theo", "sau", "trước", "của"])


def _pass_launched_names(ctx: _Ctx) -> None:
    """A lower-case unquoted name after a trigger whose launcher follows ("chương trình xóa
    nhà dột nát do Hội CCB tỉnh phát động"): the name up to "do" is a drive."""
    fold, text = ctx.view.fold, ctx.text
    if "phát động" not in fold:
        return
    for m in _LAUNCHED.finditer(fold):
        a, b, o = m.start("n"), m.end("n"), m.start("o")
        words = m.group("n").replace(",", " ").split()
        if not text[a].islower() or not text[o].isupper() or words[0] in _QUALIFIERS \
                or any(w in _CLAUSE for w in words) \
                or campaign_key(text[a:b]) in _GENERIC \
                or not ctx.trig_no_go.overlaps(o, o + 1) \
                or ctx.no_go.overlaps(a, b) or ctx.in_quote.overlaps(m.start(), b) \
                or _PLURAL_BEFORE.search(fold, max(0, m.start() - 8), m.start()) \
                or _in_board_name(ctx.view, m.start()):
            continue
        kind = _KIND_OF_TRIGGER[re.sub(r"\s+", " ", m.group("t"))]
        ctx.add(a, b, text[a:b], kind, 3, fuzzy=True)


# a fundraising programme named by what it raises for: "Chương trình vận động hỗ trợ xây trường
# học cho các xã biên giới" (the word "chương trình" makes it one programme; "cuộc vận động ủng
# hộ đồng bào vùng lũ" is the act of mobilising, not a named campaign)
_PURPOSE = re.compile(
    r"(?<![^\W_])chương\s+trình\s+(?=vận\s+động\s+(?:hỗ\s+trợ|ủng\s+hộ|quyên\s+góp)(?:,?\s+)"
    r"[^\W\d_])")
_PURPOSE_WORD = re.compile(r"\s*[^\W\d_]+(?:,(?=\s+(?:hỗ|ủng|quyên)))?")
# where a purpose ends: a verb or connective of the clause
_PURPOSE_STOP = re.compile(
    r"\s*(?:được|đã|đang|sẽ|do|nhằm|để|tại|năm|và|với|của|trong|thì|là|có|từ|đến|góp\s+phần|"
    r"nên|cũng|đều|theo|qua|trên)(?![^\W_])", re.IGNORECASE)


def _purpose_end(text: str, pos: int) -> int | None:
    """End of the purpose words from ``pos`` (7–16 syllables, "vận động" included, up to
    punctuation or a clause word), None when it runs on or gives to a fund ("ủng hộ Quỹ …": a
    donation)."""
    end, count = pos, 0
    for _ in range(17):
        m = _PURPOSE_WORD.match(text, end)
        if m is None or _PURPOSE_STOP.match(text, end):
            break
        if m.group(0).strip().lower() == "quỹ":
            return None
        end, count = m.end(), count + 1
    if count > 16 or count < 7:
        return None
    return end


def _pass_fundraising_drives(ctx: _Ctx) -> None:
    """A programme named by its purpose, unquoted and in lower case: "Chương trình vận động"
    + hỗ trợ/ủng hộ/quyên góp and the purpose up to the clause's end is the name ("Chương
    trình vận động hỗ trợ xây trường học cho các xã biên giới")."""
    fold, text = ctx.view.fold, ctx.text
    if "vận động" not in fold:
        return
    for m in _PURPOSE.finditer(fold):
        a = m.end()
        b = _purpose_end(text, a)
        if b is None or ctx.no_go.overlaps(a, b) or ctx.in_quote.overlaps(m.start(), b) \
                or _PLURAL_BEFORE.search(fold, max(0, m.start() - 8), m.start()) \
                or _in_board_name(ctx.view, m.start()):
            continue
        ctx.add(a, b, text[a:b], "chương trình", 3, fuzzy=True)


# after a quote: "do", the launching body (capitalised, no sentence break) and "phát động"
_LAUNCHER_AFTER = re.compile(
    r"\s*,?\s*do\s+(?P<o>[^\W\d_][^.;:!?()“”\"«»]{1,80}?)\s+(?:đã\s+|vừa\s+|mới\s+)?"
    r"phát\s+động(?![^\W_])")


def _pass_quoted_launched(ctx: _Ctx) -> None:
    """A quoted name of two to twelve words, capitalised, right before "do <body> phát động" is
    a drive (see the module's docstring); a fund's, contest's, theme's or event's quote is not."""
    fold, text = ctx.view.fold, ctx.text
    if "phát động" not in fold:
        return
    for q in ctx.quotes:
        m = _LAUNCHER_AFTER.match(fold, q.close_end)
        if m is None or not text[m.start("o")].isupper() or not text[q.start:q.start + 1].isupper():
            continue
        if not 2 <= len(text[q.start:q.end].split()) <= 12 or ctx.trap_quotes.overlaps(q.start, q.end) \
                or ctx.no_go.overlaps(q.start, q.end) or _blocked_before(ctx.view, q.open_start) \
                or _in_board_name(ctx.view, q.open_start) or _QUOTED_EVENT_HEAD.match(fold, q.start):
            continue  # "“Đêm hội trăng rằm” do Đoàn phường phát động": an event, not a drive
        ctx.add(q.start, q.end, text[q.start:q.end], "phong trào", 2, fuzzy=True)
