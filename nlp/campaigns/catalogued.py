"""Catalogue campaigns written without a trigger where the text still means the movement:
distinctive names with a capital (``anywhere``), the named day of a campaign, a name after a
launching verb, a name followed by its own initials in brackets, and the frame "học tập và làm
theo … Hồ Chí Minh".
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.candidates import _LIST_GAP, _Ctx
from baochi.nlp.campaigns.catalogue import campaign_key
from baochi.nlp.campaigns.frames import (
    _APPEAL_FOR,
    _DOCUMENT_BEFORE,
    _blocked_before,
    _campaign_day_before,
    _in_board_name,
    _slogan_on_name,
)
from baochi.nlp.campaigns.reading import _DEFINED_ACRONYM
from baochi.nlp.campaigns.variants import canonical


def _pass_anywhere(ctx: _Ctx) -> None:
    """4: distinctive catalogue names (``anywhere = true``) written with a capital, or in any
    case when the name has no other sense (``any_case = true``)."""
    view, text = ctx.view, ctx.text
    quoted = {q.start: q.end for q in ctx.quotes}
    for _i, _e, a, b, entry in ctx.catalogue_hits():
        if not entry.anywhere or text[a - 1:a] == "(":
            continue  # a bracketed short form defines the name before it: no mention of its own
        if _INNER_PUNCT.search(text, a, b) and not _INNER_PUNCT.search(entry.name):
            continue  # "Ngày chủ nhật, xanh mát …": the words of a name across a comma
        # a programme's own head word stands for the capital ("chương trình MTQG …"),
        # unless it is part of a board's name ("Văn phòng Điều phối Chương trình 135 …")
        headed = entry.kind == "chương trình" and view.fold.startswith("chương trình", a)
        if headed and (_in_board_name(view, a) or _PLURAL_HEAD.search(view.fold, max(0, a - 8), a)):
            continue  # "các chương trình mục tiêu quốc gia về …": a class of programmes
        if (text[a].isupper() or headed or entry.any_case or _VOLUNTEERS_BEFORE.search(view.fold, max(0, a - 20), a)) \
                and not ctx.no_go.overlaps(a, b) \
                and (not _blocked_before(view, a) or entry.day and _campaign_day_before(view, a)
                     or _APPEAL_FOR.search(view.fold, max(0, a - 16), a) is not None) \
                and not _slogan_on_name(text, a, b, quoted):
            ctx.add(a, b, text[a:b], entry.kind, 1)


# the campaign's volunteers named right before a distinctive name in lower case ("các chiến sĩ
# mùa hè xanh", "tình nguyện viên tiếp sức mùa thi"): they cite the campaign as the capital does
_VOLUNTEERS_BEFORE = re.compile(r"(?<![^\W_])(?:chiến\s+s[ĩỹ]|tình\s+nguyện\s+viên)\s+$")


# a plural before a programme's own head word ("hoàn thành các chương trình mục tiêu quốc gia về
# xây dựng nông thôn mới"): the programmes of a kind, not the one programme (GUIDE: plural triggers)
_PLURAL_HEAD = re.compile(r"(?<![^\W_])(?:các|những)\s+$")


# "Ngày hội", then the campaign's participants or what they do in it ("Ngày hội Chiến sĩ Hoa
# phượng đỏ", "Ngày hội Em làm kế hoạch nhỏ", "Ngày hội thiếu nhi thực hiện Kế hoạch nhỏ")
_DAY_HEAD = re.compile(
    r"(?<![^\W_])ngày\s+hội\s+(?:chiến\s+s[ĩỹiy]\s+|(?:em|thiếu\s+nhi|đội\s+viên|học\s+sinh)"
    r"(?:\s+cùng)?\s+(?:làm|thực\s+hiện)\s+)?(?=[^\W\d_])")


def _pass_campaign_days(ctx: _Ctx) -> None:
    """The named day of a catalogue campaign (``Entry.day``), unquoted and in any case ("ngày
    hội Toàn dân bảo vệ an ninh Tổ quốc", "Ngày hội TDBVANTQ"), also named for its participants
    or what they do ("Ngày hội Chiến sỹ Hoa phượng đỏ", "Ngày hội Em làm kế hoạch nhỏ"): the
    day cites the campaign; so does a national day of the whole people (``_people_days``)."""
    _people_days(ctx)
    if "ngày hội" not in ctx.view.fold:
        return
    for m in _DAY_HEAD.finditer(ctx.view.fold):
        a = m.end()
        hit = ctx.catalogue_at(a)
        if hit and hit[1].day and not ctx.no_go.overlaps(a, hit[0]):
            ctx.add(a, hit[0], ctx.text[a:hit[0]], hit[1].kind, 2)


# a national day named for the whole people doing a movement ("Ngày toàn dân hiến máu tình
# nguyện", 7 April): the day word, then "toàn dân" and the movement's name
_PEOPLE_DAY = re.compile(r"(?<![^\W_])ngày\s+(toàn\s+dân)\s+(?=[^\W\d_])")


def _people_days(ctx: _Ctx) -> None:
    """"Ngày toàn dân <catalogue movement>" cites the movement ("Nhân Ngày toàn dân hiến máu
    tình nguyện (7-4)" → Hiến máu tình nguyện): the day is the movement's own, as a campaign's
    "Ngày hội" is; the span runs from "toàn dân", the name is the movement's."""
    if "ngày toàn dân" not in ctx.view.fold:
        return
    for m in _PEOPLE_DAY.finditer(ctx.view.fold):
        a, b = m.start(1), m.end()
        hit = ctx.catalogue_at(a) or ctx.catalogue_at(b)
        if hit and not ctx.no_go.overlaps(a, hit[0]):
            ctx.add(a, hit[0], ctx.text[a:hit[0]], hit[1].kind, 2)


# "học tập và làm theo … Hồ Chí Minh": the national campaign whatever its wording ("tấm gương
# đạo đức", "tư tưởng, đạo đức, phong cách"), lower case and without a trigger
_FRAME = re.compile(
    r"(?<![^\W_])học(?:\s+tập)?(?:\s+và|\s*,)\s+làm\s+theo\s+(?:[^\W\d_]+,?\s+){1,9}?"
    r"(?:hồ\s+chí\s+minh|bác\s+hồ)(?![^\W_])")


_YOUTH_BEFORE = re.compile(r"(?<![^\W_])tuổi\s+trẻ(?:\s+[^\W\d_]+){0,3}?\s+$")


def _pass_frames(ctx: _Ctx) -> None:
    """A catalogue campaign in its verbal frame without a trigger ("đẩy mạnh việc học tập và
    làm theo tấm gương đạo đức Hồ Chí Minh"), its wording matched to the catalogue by
    ``canonical(…, fuzzy=True)`` ("học tập và làm theo phong cách của Bác" names none)."""
    fold = ctx.view.fold
    if "làm theo" not in fold:
        return
    for m in _FRAME.finditer(fold):
        b = m.end()
        if ctx.no_go.overlaps(m.start(), b) or ctx.in_quote.overlaps(m.start(), b) \
                or _DOCUMENT_BEFORE.search(fold, max(0, m.start() - 90), m.start()):
            continue
        if ctx.text[m.start()].isupper() and _blocked_before(ctx.view, m.start()):
            continue  # "tọa đàm Học tập và làm theo …", "chủ đề … là Học tập …": a title or theme
        # "Tuổi trẻ (Việt Nam | Hà Tĩnh) học tập và làm theo …": the youth campaign when the
        # words before the frame make its name, else the frame alone
        youth = _YOUTH_BEFORE.search(fold, max(0, m.start() - 40), m.start())
        for a in ([youth.start()] if youth else []) + [m.start()]:
            _name, kind, catalogued = canonical(ctx.text[a:b], True)
            if catalogued and not ctx.no_go.overlaps(a, b):
                ctx.add(a, b, ctx.text[a:b], kind or "cuộc vận động", 2, fuzzy=True)
                break
    for m in _FRAME_BAC.finditer(ctx.text):
        a, b = m.span()
        if not ctx.no_go.overlaps(a, b) and not ctx.in_quote.overlaps(a, b) \
                and not _DOCUMENT_BEFORE.search(fold, max(0, a - 90), a):
            ctx.add(a, b, _HCM_CAMPAIGN, "cuộc vận động", 2)


# the frame with the President named by the people's word for him alone ("Tiên phong trong học
# và làm theo Bác"): the campaign, as batch 29's labels read it; "làm theo lời Bác" (his words)
# and "tấm gương của Bác" are not this short form
_FRAME_BAC = re.compile(r"(?<![^\W_])[Hh]ọc(?:\s+tập)?\s+và\s+làm\s+theo\s+Bác(?!\s+Hồ)(?![^\W_])")
_HCM_CAMPAIGN = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"


_LAUNCH = re.compile(
    r"(?<![^\W_])(?P<v>phát\s+động|hưởng\s+ứng|ra\s+quân|khởi\s+động|chung\s+tay|tổ\s+chức)"
    r"(?:\s+(?:hỗ\s+trợ|ủng\s+hộ|thực\s+hiện|toàn\s+dân))?\s+(?=[^\W\d_])")
# a launch ceremony ("lễ phát động toàn dân hiến máu tình nguyện", "Lễ ra quân …"): what it
# launches is a campaign, whatever its case
_CEREMONY_BEFORE = re.compile(r"(?<![^\W_])lễ\s+$")


def _pass_launches(ctx: _Ctx) -> None:
    """A catalogue name right after a launching verb ("phát động tết Trồng cây", "hưởng ứng
    Tháng Nhân đạo", "ra quân Mùa hè xanh", "tổ chức tết trồng cây") in whatever case, when written with a capital
    somewhere or distinctive (``anywhere``), or when the verb is a word of the campaign's own
    name ("chung tay hỗ trợ xóa nhà tạm, nhà dột nát" echoes "Cả nước chung tay xóa nhà tạm,
    nhà dột nát"): the verb says a campaign is meant."""
    text = ctx.text
    for m in _LAUNCH.finditer(ctx.view.fold):
        a = m.end()
        hit = ctx.catalogue_at(a)
        if hit is None or ctx.no_go.overlaps(a, hit[0]):
            continue
        b, entry = hit
        verb = re.sub(r"\s+", " ", m.group("v"))
        if entry.anywhere or any(ch.isupper() for ch in text[a:b]) \
                or verb in campaign_key(entry.name) \
                or _CEREMONY_BEFORE.search(ctx.view.fold, max(0, m.start() - 6), m.start()):
            ctx.add(a, b, text[a:b], entry.kind, 1)


# a festival's head right before the name ("Tại Ngày hội Hiến máu tình nguyện (HMTN) năm …"): the
# initials are the festival's, an event named after the movement (GUIDE: a festival merely named
# after a movement), unless the campaign has a named day of its own (``Entry.day``)
_FESTIVAL_BEFORE = re.compile(r"(?<![^\W_])(?:ngày|lễ)\s+hội\s+$")


def _pass_defined_names(ctx: _Ctx) -> None:
    """A capitalised catalogue name followed by its own initials in brackets ("Toàn dân đoàn
    kết xây dựng đời sống văn hóa (TDĐKXDĐSVH) trở thành …"): the article names the movement
    and defines its short form, so no trigger is needed."""
    view, text = ctx.view, ctx.text
    if "(" not in text:
        return
    for i, e, a, b, entry in ctx.catalogue_hits(longest=True):
        m = _DEFINED_ACRONYM.match(text, b)
        if m is None or not text[a].isupper() or ctx.no_go.overlaps(a, b) \
                or not entry.day and _FESTIVAL_BEFORE.search(view.fold, max(0, a - 10), a):
            continue
        if m.group("a").upper() == "".join(w[0] for w in view.syllable_words[i:e]).upper():
            ctx.add(a, b, text[a:b], entry.kind, 1)


_CLOSING = "”\"»’"
_OPENING_QUOTES = "“\"«‘"


def _pass_listed_beside(ctx: _Ctx) -> None:
    """A catalogue name written with a capital as an item of a list whose neighbouring item is
    already read as a campaign ("các đội hình tình nguyện Tiếp sức mùa thi, Mùa hè Xanh, Hoa
    phượng Đỏ, Kỳ nghỉ Hồng"): one list names one kind of thing, so the name that counts only
    after a trigger (not ``anywhere``) counts there too. Runs after the passes it leans on."""
    if not ctx.cands:
        return
    view, text = ctx.view, ctx.text
    taken = {(c.start, c.end) for c in ctx.cands}
    starts = sorted({c.start for c in ctx.cands if c.priority >= 1})
    ends = sorted({c.end for c in ctx.cands if c.priority >= 1})
    for _i, _e, a, b, entry in ctx.catalogue_hits(longest=True):
        if (a, b) in taken or not text[a].isupper() or ctx.no_go.overlaps(a, b) \
                or _blocked_before(view, a):
            continue
        # a quoted neighbour's closing or opening quote is no word of the gap ("“A”, B")
        joined = [text[e:a].lstrip(_CLOSING) for e in ends if a - 8 <= e < a] \
            + [text[b:s].rstrip(_OPENING_QUOTES) for s in starts if b < s <= b + 8]
        if any(gap.strip() and _LIST_GAP.match(gap) for gap in joined):
            ctx.add(a, b, text[a:b], entry.kind, 1)


def _pass_lower_lists(ctx: _Ctx) -> None:
    """Catalogue names written in lower case as the items of one list ("các phần việc như tiếp
    sức mùa thi, mùa hè xanh, hoa phượng đỏ, hành quân xanh"): one name in lower case may be
    the words of a sentence, but three catalogue campaigns in a row, or two after a word that
    opens examples ("như", "gồm", a colon), are a list of campaigns. A name the GUIDE counts only
    as a programme's subject written with a capital (``chương trình``) is left to its own
    passes, and a blocker word before a list of two ("Quỹ", "cuộc thi" …) stops it."""
    view, text = ctx.view, ctx.text
    hits = sorted((h for h in ctx.catalogue_hits(longest=True) if h.entry.kind != "chương trình"),
                  key=lambda h: h.start)
    chain: list = []
    chains: list[list] = []
    for h in hits:
        if chain and h.start >= chain[-1].end and len(text[chain[-1].end:h.start]) <= 8 \
                and text[chain[-1].end:h.start].strip() \
                and _LIST_GAP.match(text[chain[-1].end:h.start]):
            chain.append(h)
            continue
        if chain and h.start < chain[-1].end:
            continue
        chains.append(chain)
        chain = [h]
    chains.append(chain)
    for items in chains:
        if len({h.entry.name for h in items}) < 2:
            continue
        if len(items) < 3 and _EXAMPLES_BEFORE.search(view.fold, max(0, items[0].start - 12),
                                                      items[0].start) is None:
            continue
        if len(items) < 3 and _blocked_before(view, items[0].start):
            continue  # three campaigns in a row outweigh a word before them ("phần việc như")
        for h in items:
            if not ctx.no_go.overlaps(h.start, h.end):
                ctx.add(h.start, h.end, text[h.start:h.end], h.entry.kind, 1)


# a word that opens a list of examples right before its first item
_EXAMPLES_BEFORE = re.compile(r"(?:(?<![^\W_])(?:như|gồm|bao\s+gồm|là)|:)\s*$")


# a trigger's initials run into a catalogue name's own ("PTTĐQT": phong trào thi đua Quyết thắng,
# "PTTDBVANTQ"): one word of capitals the press writes for the movement
_TRIGGER_INITIALS = re.compile(r"(?<![^\W_])(?:PT|CV)[A-ZĐ]{4,14}(?![^\W_])")
_TRIGGER_HEADS = ("PTTĐ", "PTTD", "PT", "CVĐ", "CVD")


def _pass_trigger_initials(ctx: _Ctx) -> None:
    """A campaign written as one word of initials that opens with its trigger's ("PTTĐQT",
    "PTTDBVANTQ"): the catalogue campaign the rest abbreviates (a short form the catalogue
    knows, "TĐQT", "TDBVANTQ"), never an unknown word of capitals."""
    text = ctx.text
    if "PT" not in text and "CV" not in text:
        return
    for m in _TRIGGER_INITIALS.finditer(text):
        a, b = m.span()
        if ctx.no_go.overlaps(a, b):
            continue
        word = m.group()
        for head in _TRIGGER_HEADS:
            rest = word[len(head):]
            if not word.startswith(head) or len(rest) < 2:
                continue
            name, kind, catalogued = canonical(rest)
            if catalogued and kind:
                ctx.add(a, b, rest, kind, 1)
                break


_DAY_WORD = re.compile(r"ngày\s+[“\"«]?\s*(?=[^\W\d_])")
_INNER_PUNCT = re.compile(r"[,;:.!?()]")


def _pass_day_named_entries(ctx: _Ctx) -> None:
    """A catalogue campaign named as a day ("Ngày Chủ nhật xanh", "Ngày thứ Bảy tình nguyện")
    written with its day word in lower case and the rest capitalised or quoted ("các hoạt động
    ngày “Chủ nhật xanh”", "tham gia ngày Chủ nhật xanh"): the day word is part of the
    campaign's name, not a day a quote names (the trap of ``_blocked_before``). A "Ngày hội"
    keeps its own rule (``_pass_campaign_days``)."""
    view, text = ctx.view, ctx.text
    if "ngày" not in view.fold:
        return
    quote_at = {q.start: q for q in ctx.quotes}
    for i, _e, a, b, entry in ctx.catalogue_hits(longest=True):
        if view.syllable_words[i] != "ngày" or not text[a].islower() \
                or not entry.name.startswith("Ngày ") or entry.name.startswith("Ngày hội") \
                or ctx.no_go.overlaps(a, b) or _blocked_before(view, a):
            continue
        m = _DAY_WORD.match(view.fold, a)
        if m is None or m.end() >= b or _INNER_PUNCT.search(text, m.end(), b):
            continue  # "Vào ngày thứ bảy, tình nguyện viên …": two phrases, no name
        q = quote_at.get(m.end())
        if q is not None:
            if q.end == b and not ctx.no_go.overlaps(q.start, q.end):
                ctx.used_quotes.add(q.open_start)
                ctx.add(q.start, q.end, "ngày " + text[q.start:q.end], entry.kind, 3)
        elif text[m.end()].isupper() and not ctx.in_quote.overlaps(a, b) and b in view.word_ends:
            # capitalised after the day word; all in lower case it is not enough on its own
            # ("Phường sôi nổi ngày chủ nhật xanh cuối tuần", test_real_campaigns)
            ctx.add(a, b, text[a:b], entry.kind, 2)
