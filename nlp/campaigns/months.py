"""Named months and weeks of action: "Tháng cao điểm “Vì người nghèo”" (one campaign with
the month word), "Tháng Công nhân", catalogue months in lower case, weeks of action, and a bare
"Tháng hành động" standing for the named month its sentence is about.
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.candidates import (
    _Ctx,
    _first_quote_after,
    _short_name,
    _syllable_range,
)
from baochi.nlp.campaigns.catalogue import campaign_key
from baochi.nlp.campaigns.frames import _blocked_before, _theme_of_period
from baochi.nlp.campaigns.quoted import _LAUNCH_BEFORE
from baochi.nlp.campaigns.reading import _MONTH_STOP, _capitalised_run, _unquoted_name


def _pass_month_campaigns(ctx: _Ctx) -> None:
    """3b: "Tháng …" campaigns (Tháng Công nhân, Tháng hành động quốc gia phòng, chống
    HIV/AIDS): a capitalised "Tháng" + a name, quoted or up to the clause boundary; a month
    written in words ("Tháng Tám", "Tháng Giêng") is not one."""
    text = ctx.text
    if "Tháng" not in text:
        return
    quote_at = {q.start: q for q in ctx.quotes}
    for m in _MONTH_CAMPAIGN.finditer(text):
        a = m.start()
        if not _month_campaign(m) or ctx.no_go.overlaps(a, m.end()) \
                or _blocked_before(ctx.view, a) or _PEAK_OF.match(text, a):
            continue
        hit = ctx.catalogue_at(a)
        q = quote_at.get(a)
        if q is not None and not (hit and hit[0] < q.end):
            # the quote is the name, not a quotation opening with it ("“Tháng Nhân đạo bắt
            # đầu từ … Chủ đề của …”")
            if q.open_start not in ctx.used_quotes and _short_name(text[q.start:q.end]):
                ctx.add(q.start, q.end, text[q.start:q.end], "tháng hành động", 2)
            continue
        if hit:
            ctx.add(a, hit[0], text[a:hit[0]], hit[1].kind, 2)
            continue
        if ctx.in_quote.overlaps(a, a + 1):
            continue
        unq: int | None
        if m.group("w")[0].isupper():
            # a proper name after "Tháng" ("Tháng Nhân đạo", "Tháng Công nhân"): its
            # capitalised words, not the clause after it ("… bắt đầu từ ngày 1/5")
            unq = _capitalised_run(ctx.view, m.start("w"))
        elif _PERIOD_NAME_START.match(text, m.end()):
            unq = _unquoted_name(ctx.view, a, _MONTH_STOP, max_words=24, max_commas=2)
        else:
            unq = None  # "Tháng hành động truyền đi các thông điệp": a clause, not a name
        if unq:
            tail = _OCCASION_TAIL.search(text, a, unq)
            unq = tail.start() if tail and tail.start() > m.end() else unq
        if unq and campaign_key(text[a:unq]) not in _BARE_PERIOD_KEYS:
            # "Sau khi kết thúc Tháng Hành động, …": the bare period, named by its sentence's
            # subject or by none (``_pass_bare_periods``)
            ctx.add(a, unq, text[a:unq], "tháng hành động", 1, fuzzy=True)


# the occasion a month is held for, written after its name ("Tháng cao điểm ATGT dịp Tết", "…
# Tết Nguyên đán Giáp Thìn"): the edition, not the name
_OCCASION_TAIL = re.compile(
    r"\s+(?:dịp\s+)?[Tt]ết(?:\s+(?:Nguyên\s+[đĐ]án|cổ\s+truyền))?"
    r"(?:\s+[A-ZĐ][^\W\d_]*\s+[A-ZĐ][^\W\d_]*)?(?:\s+(?:năm\s+)?\d{4})?$")


_NAMED_PERIOD = re.compile(
    r"(?<![^\W_])(?:tháng|tuần(?:\s+lễ)?)\s+(?:cao\s+điểm|hành\s+động)(?![^\W_])")


def _pass_named_periods(ctx: _Ctx) -> None:
    """A named month or period with its quoted name ("Tháng cao điểm “Vì người nghèo”",
    "Tháng hành động “…”") is one campaign: the whole span, the name without its quotes."""
    text, fold = ctx.text, ctx.view.fold
    if "tháng" not in fold:
        return
    for m in _NAMED_PERIOD.finditer(fold):
        k = _first_quote_after(ctx.quote_starts, m.end())
        if k is None or text[m.end():ctx.quotes[k].open_start].strip():
            continue
        q = ctx.quotes[k]
        if ctx.no_go.overlaps(m.start(), q.close_end):
            continue
        name = re.sub(r"\s+", " ", text[m.start():m.end()]) + " " + text[q.start:q.end]
        ctx.used_quotes.add(q.open_start)
        ctx.add(m.start(), q.close_end, name, "tháng hành động", 6)
    # "Tháng “Thanh niên tình nguyện hè”": a capitalised "Tháng" right before a quoted name
    # that opens in capitals is a named month too (its name the month word and the quote's)
    for m in _MONTH_BEFORE_QUOTE.finditer(text):
        k = _first_quote_after(ctx.quote_starts, m.end())
        if k is None or text[m.end():ctx.quotes[k].open_start].strip():
            continue
        q = ctx.quotes[k]
        if q.start >= q.end or not text[q.start].isupper() or not _short_name(text[q.start:q.end]) \
                or ctx.no_go.overlaps(m.start(), q.close_end) or q.open_start in ctx.used_quotes:
            continue
        ctx.used_quotes.add(q.open_start)
        ctx.add(m.start(), q.close_end, "Tháng " + text[q.start:q.end], "tháng hành động", 6)


_MONTH_BEFORE_QUOTE = re.compile(r"(?<![^\W_])Tháng(?=\s*[“\"])")


def _pass_catalogue_months(ctx: _Ctx) -> None:
    """A catalogue named month in lower case ("hưởng ứng tháng hành động vì an toàn thực
    phẩm", "tháng hành động quốc gia phòng, chống HIV/AIDS"): the month word opens the name,
    so no capital is needed to tell it from ordinary words."""
    view = ctx.view
    for i, _e, a, b, entry in ctx.catalogue_hits(longest=True):
        if view.syllable_words[i] not in ("tháng", "tuần"):
            continue
        if entry.kind == "tháng hành động" and not ctx.no_go.overlaps(a, b) \
                and not _blocked_before(view, a):
            ctx.add(a, b, ctx.text[a:b], entry.kind, 1)


_NAMED_WEEK = re.compile(
    # "Tuần cao điểm (Tết) vì người nghèo": "lễ" and the occasion may be left out
    r"(?<![^\W_])tuần(?:\s+lễ)?\s+(?:hành\s+động|cao\s+điểm)(?:\s+quốc\s+gia)?\s+(?:tết\s+)?(?:vì|về)\s+"
    r"(?=[^\W\d_])")


# a national week ("Tuần lễ quốc gia nước sạch và vệ sinh môi trường"): a capital "Tuần lễ"
# and "quốc gia" name a week of action; other capitalised weeks may be festivals ("Tuần lễ
# Văn hóa - Du lịch"), so those count only when catalogued
_PROPER_WEEK = re.compile(r"(?<![^\W_])Tuần\s+lễ\s+(?i:quốc\s+gia)\s+[^\W\d_]")


_LOWER_NATIONAL_WEEK = re.compile(r"(?<![^\W_])tuần\s+lễ\s+quốc\s+gia\s+(?:về\s+)?(?=[^\W\d_])")


def _pass_named_weeks(ctx: _Ctx) -> None:
    """A named week of action, unquoted ("hưởng ứng tuần lễ hành động vì trẻ em", "Tuần lễ
    quốc gia nước sạch …"): like a named month, the whole phrase up to the clause boundary
    (an edition "năm 2024", a date, a verb) is the campaign."""
    if "tuần" not in ctx.view.fold:
        return
    starts = [m.start() for m in _NAMED_WEEK.finditer(ctx.view.fold)]
    starts += [m.start() for m in _PROPER_WEEK.finditer(ctx.text)
               if ctx.catalogue_at(m.start()) is None and not ctx.in_quote.overlaps(
                   m.start(), m.start() + 1)]
    # the national week in lower case ("phát động tuần lễ quốc gia nước sạch và vệ sinh môi trường")
    starts += [m.start() for m in _LOWER_NATIONAL_WEEK.finditer(ctx.text)
               if ctx.catalogue_at(m.start()) is None and not ctx.in_quote.overlaps(
                   m.start(), m.start() + 1)]
    quote_at = {q.start: q for q in ctx.quotes}
    for m in _PROPER_WEEK.finditer(ctx.text):
        q = quote_at.get(m.start())
        # a quoted national week ("hưởng ứng “Tuần lễ quốc gia về nước sạch …”"): the quote
        if q is not None and _short_name(ctx.text[q.start:q.end]) \
                and not ctx.no_go.overlaps(q.start, q.end) and not _blocked_before(ctx.view, q.start):
            ctx.add(q.start, q.end, ctx.text[q.start:q.end], "tuần lễ", 2)
    for a in sorted(set(starts)):
        end = _unquoted_name(ctx.view, a, _MONTH_STOP, max_words=16, max_commas=2)
        if end and not ctx.no_go.overlaps(a, end):
            ctx.add(a, end, ctx.text[a:end], "tháng hành động", 1)


_BARE_PERIOD = re.compile(r"(?<![^\W_])Tháng\s+(?i:hành\s+động|cao\s+điểm)(?![^\W_])")
# the bare words alone, however capitalised ("Tháng Hành động"): no name of their own
_BARE_PERIOD_KEYS = frozenset(["tháng hành động", "tháng cao điểm"])


# a demonstrative after the bare words points back to a month named before ("trong Tháng Hành
# động này", "Tháng hành động đó"): no mention of its own, whatever its sentence's subject
_POINTED_BACK = re.compile(r"\s+(?:này|đó|ấy|nói\s+trên)(?![^\W_])")


def _pass_bare_periods(ctx: _Ctx) -> None:
    """"Tháng hành động" / "Tháng cao điểm" written without its name stands for the named
    month whose subject its sentence names ("Tháng hành động … cho trẻ em" → Tháng hành động
    vì trẻ em); with no subject, or two, it names none. Lowest priority: any name written
    after it wins."""
    view = ctx.view
    if "Tháng" not in ctx.text or not ctx.idx.month_subjects:
        return
    for m in _BARE_PERIOD.finditer(view.tn):
        a, b = m.start(), m.end()
        if ctx.no_go.overlaps(a, b) or (_blocked_before(view, a) and not _theme_of_period(view, a, b)):
            continue
        if _POINTED_BACK.match(view.fold, b):
            continue  # "Tháng hành động này đã trở thành …": the month a sentence before named
        s0, s1 = view.sentence_spans[view.sentence_of(a)]
        i, j = _syllable_range(view, s0, s1)
        # a subject inside a body's name ("Ủy ban Quốc gia phòng, chống AIDS …") is no subject
        spans = view.syllable_spans
        words = [w if not ctx.trig_no_go.overlaps(*spans[k]) else "·"
                 for k, w in enumerate(view.syllable_words[i:j], start=i)]
        sentence = f" {' '.join(words)} "
        named = {e.name: e for subject, e in ctx.idx.month_subjects if f" {subject} " in sentence}
        if len(named) == 1:
            entry = next(iter(named.values()))
            ctx.add(a, b, entry.name, entry.kind, -1)


_MONTH_CAMPAIGN = re.compile(r"(?<![^\W_])Tháng\s+(?P<w>[^\W\d_]+)(?:\s+(?P<w2>[^\W\d_]+))?")


_MONTH_WORDS = {"Giêng", "Chạp", "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín",
                "Mười"}


# what follows "Tháng hành động" / "Tháng cao điểm" in a name: "vì …", "về …", "quốc gia …",
# "phòng, chống …", a capitalised name or a quote
_PERIOD_NAME_START = re.compile(r"\s+(?:vì|về|quốc\s+gia|phòng|an\s+toàn|[“\"«(]|"
                                r"(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]))", re.I)


# the peak month of another campaign, not a named month: "“Tháng cao điểm của Chiến dịch”",
# "tháng hành động trong chiến dịch"
_PEAK_OF = re.compile(r"tháng\s+(?:hành\s+động|cao\s+điểm)\s+(?:của|trong|này|đó)(?![^\W_])",
                      re.IGNORECASE)


# a month of trade or of a faith, not an organised movement: "Tháng Khuyến mại Hà Nội", "Tháng
# Ưu đãi tri ân khách hàng" (a sales promotion, as "chương trình khuyến mãi"), "Tháng Ăn chay"
_NOT_A_MOVEMENT_MONTH = frozenset([("khuyến", "mại"), ("khuyến", "mãi"), ("ưu", "đãi"), ("giảm", "giá"),
                                   ("mua", "sắm"), ("ăn", "chay")])


def _month_campaign(m: re.Match) -> bool:
    w, w2 = m.group("w"), (m.group("w2") or "").lower()
    if (w.lower(), w2) in (("hành", "động"), ("cao", "điểm")):
        return True
    if (w.lower(), w2) in _NOT_A_MOVEMENT_MONTH:
        return False
    return w[0].isupper() and w not in _MONTH_WORDS


# a quoted name opening with "tháng" in lower case: a month of action by its words ("“tháng
# hành động vì môi trường”"), or any named month when a launching verb precedes the quote
# ("hưởng ứng “tháng an toàn giao thông”") — never a calendar month ("“tháng Ba …”")
_QUOTED_MONTH = re.compile(r"tháng\s+(?:(?P<p>hành\s+động|cao\s+điểm)\s+|(?!(?:một|hai|ba|tư|"
                           r"năm|sáu|bảy|tám|chín|mười|giêng|chạp|này|trước|sau|tới|qua|"
                           r"\d)(?![^\W_])))[^\W\d_]")


def _pass_quoted_months(ctx: _Ctx) -> None:
    """A named month quoted in lower case and outside the catalogue ("“tháng hành động vì môi
    trường”"): the quote is the campaign, kind "tháng hành động"."""
    text, fold = ctx.text, ctx.view.fold
    if "“tháng" not in fold and "\"tháng" not in fold:
        return
    for _k, q in ctx.free_quotes():
        m = _QUOTED_MONTH.match(fold, q.start, q.end)
        if m is None or not text[q.start].islower() or not _short_name(text[q.start:q.end]) \
                or _blocked_before(ctx.view, q.open_start) or _PEAK_OF.match(text, q.start):
            continue
        if m.group("p") or _LAUNCH_BEFORE.search(fold, max(0, q.open_start - 16), q.open_start):
            ctx.add(q.start, q.end, text[q.start:q.end], "tháng hành động", 2)


# a capitalised week that is launched or answered ("phát động Tháng Công nhân và Tuần lễ
# Thanh niên công nhân", "hưởng ứng Tuần lễ …"): a week of action, not a festival
_LAUNCHED_WEEK = re.compile(
    r"(?<![^\W_])Tuần\s+lễ\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
_LAUNCH_OF_WEEK = re.compile(
    r"(?<![^\W_])(?:phát\s+động|hưởng\s+ứng|khởi\s+động|ra\s+quân)\s+"
    r"(?:[^.;:!?“”\"]{0,60}?\s(?:và|cùng)\s+)?$")


def _pass_launched_weeks(ctx: _Ctx) -> None:
    """A capitalised named week outside the catalogue right after a launching verb, or listed
    after a launched month ("Lễ phát động Tháng Công nhân và Tuần lễ Thanh niên công nhân"):
    the week is a campaign, its name up to the clause's next function word."""
    text, fold = ctx.text, ctx.view.fold
    if "Tuần lễ" not in text:
        return
    for m in _LAUNCHED_WEEK.finditer(text):
        a = m.start()
        if ctx.catalogue_at(a) is not None or ctx.in_quote.overlaps(a, a + 1) \
                or not _LAUNCH_OF_WEEK.search(fold, max(0, a - 90), a):
            continue
        end = _unquoted_name(ctx.view, a, max_words=10)
        if end and not ctx.no_go.overlaps(a, end):
            ctx.add(a, end, text[a:end], "tháng hành động", 1)


# a named month of action in lower case and unquoted, outside the catalogue ("tuyên truyền
# tháng hành động phòng chống lao nhân ngày …"): "tháng hành động" + "phòng (,) chống" or "vì" and
# its subject of one to six lower-case words, up to the clause's next function word
_LOWER_ACTION_MONTH = re.compile(
    r"(?<![^\W_])tháng\s+hành\s+động\s+(?:quốc\s+gia\s+)?(?:phòng,?\s+chống|vì)\s+(?=[^\W\d_])")
_SUBJECT_WORD = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)?")
_SUBJECT_STOP = frozenset([
    "nhân", "năm", "tại", "trên", "với", "bằng", "do", "của", "và", "từ", "đến", "trong", "cho",
    "nhằm", "để", "được", "đã", "sẽ", "là", "có", "theo", "ở", "khi", "vào", "dịp", "tháng",
    "các", "những", "thì", "mà", "này", "đó", "cùng", "qua", "đợt"])


def _pass_lower_action_months(ctx: _Ctx) -> None:
    """A lower-case, unquoted named month of action outside the catalogue (see above): the
    month word is part of the name, kind "tháng hành động"; not after "các"/"những" (a class)
    nor inside a quote or a board's name."""
    text, fold = ctx.text, ctx.view.fold
    if "tháng hành động" not in fold:
        return
    for m in _LOWER_ACTION_MONTH.finditer(fold):
        a = m.start()
        if not text[a].islower() or ctx.in_quote.overlaps(a, m.end()) \
                or re.search(r"(?<![^\W_])(?:các|những)\s+$", fold[max(0, a - 8):a]):
            continue
        end, count = m.end(), 0
        while count < 6:
            w = _SUBJECT_WORD.match(text, end)
            if w is None or not w.group(0)[0].islower() or w.group(0) in _SUBJECT_STOP:
                break
            end, count = w.end(), count + 1
            if not text.startswith(" ", end):
                break
            end += 1
        end = end if text[end - 1] != " " else end - 1
        if count and not ctx.no_go.overlaps(a, end) and not _blocked_before(ctx.view, a):
            ctx.add(a, end, text[a:end], "tháng hành động", 1, fuzzy=True)


# the subject a recurring national month of action is named by when no "hành động" is written:
# traffic, food and labour safety ("tháng an toàn giao thông", "Tháng cao điểm an toàn giao
# thông", "tháng an toàn, vệ sinh lao động"), and the national month "về dân số" / "về …" after
# "hành động (quốc gia)". Not after a number ("1 tháng an toàn"), "các"/"những"/"mỗi" (a class or
# a span of time).
_CAUSE_MONTH = re.compile(
    r"(?<![^\W_])tháng\s+(?:(?:cao\s+điểm|hành\s+động(?:\s+quốc\s+gia)?)\s+)?(?:về\s+)?"
    r"(?:an\s+toàn,?\s+(?:giao\s+thông|thực\s+phẩm|vệ\s+sinh|lao\s+động)|atgt|attp|vsattp|atvslđ|"
    r"at-vslđ)(?![^\W_])"
    r"|(?<![^\W_])tháng\s+hành\s+động\s+(?:quốc\s+gia\s+)?về\s+(?=[^\W\d_])")
_THEME_DASH = re.compile(r"\s+[-–—]\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
_NEXT_SUBJECT_WORD = re.compile(r"\s+([^\W\d_]+(?:/[^\W\d_]+)?)")
_NOT_ONE_MONTH = re.compile(r"(?:(?<![^\W_])(?:các|những|mỗi|một|hai|ba|từng|mấy)|\d)\s+$")


def _pass_cause_months(ctx: _Ctx) -> None:
    """A named month of action called by its cause, in any case, quoted or not ("hưởng ứng tháng
    an toàn giao thông năm học …", "hoạt động “Tháng an toàn giao thông cho học sinh đến
    trường”"): the quote is the name when it opens with the month; unquoted, the cause and up
    to six lower-case words after it, to the clause's next function word (the school year or
    edition after it is not part of the name)."""
    text, fold = ctx.text, ctx.view.fold
    if "tháng" not in fold or ("an toàn" not in fold and " về " not in fold and " at" not in fold
                               and "vsat" not in fold):
        return
    quote_at = {q.start: q for q in ctx.quotes}
    for m in _CAUSE_MONTH.finditer(fold):
        a = m.start()
        if _NOT_ONE_MONTH.search(fold, max(0, a - 8), a) or _PEAK_OF.match(fold, a) \
                or _blocked_before(ctx.view, a):
            continue
        q = quote_at.get(a)
        if q is not None:
            if q.open_start not in ctx.used_quotes and _short_name(text[q.start:q.end]) \
                    and not ctx.no_go.overlaps(q.start, q.end):
                # the year's theme after a dash is not the name ("“Tháng an toàn giao thông - Vì
                # sự an toàn của học sinh”", as "Tết Sum vầy - Xuân ơn Đảng", GUIDE)
                theme = _THEME_DASH.search(text, m.end(), q.end)
                name = text[q.start:theme.start()] if theme else text[q.start:q.end]
                ctx.add(q.start, q.end, name, "tháng hành động", 2, fuzzy=True)
            continue
        if ctx.in_quote.overlaps(a, m.end()):
            continue
        end, count = len(fold[:m.end()].rstrip()), 0
        while count < 6:
            w = _NEXT_SUBJECT_WORD.match(text, end)
            if w is None or not w.group(1)[0].islower() or w.group(1) in _SUBJECT_STOP \
                    or w.group(1) in _MONTH_STOP:
                break
            end, count = w.end(), count + 1
        if (count or not m.group(0).rstrip().endswith("về")) \
                and not ctx.no_go.overlaps(a, end):
            ctx.add(a, end, text[a:end], "tháng hành động", 1, fuzzy=True)


# a peak day named by its own aim, quoted ("ra quân “Ngày cao điểm tuổi trẻ bảo vệ môi
# trường”"), like a named week or month of peak action: the day is the campaign; the peak day of
# another campaign ("ngày cao điểm Chiến dịch …", "… của Chiến dịch", "… chiến sĩ Mùa hè xanh")
# names that one, so the aim must follow in lower case and not be a trigger or a link word
_PEAK_DAY = re.compile(
    r"Ngày\s+(?i:cao\s+điểm)\s+(?!(?:của|trong|chiến|tình|ra|năm|lần|này|đó|tại|ở|và)(?![^\W_]))"
    r"(?=[^\W\d_])")
# another name listed after the day inside the same quote ("“Ngày cao điểm … và Ngày Chủ nhật
# xanh …”"): the day's name ends before it
_NEXT_NAME = re.compile(r"\s+(?:và|,)\s+(?=[A-ZĐ])|\s*,\s+(?=[A-ZĐ])")


def _pass_peak_days(ctx: _Ctx) -> None:
    """A quoted peak day named by its aim ("“Ngày cao điểm tuổi trẻ …”", ``_PEAK_DAY``), its
    name up to the quote's end or the next capitalised name listed in it; kind "chiến dịch"
    (the day of a volunteers' campaign)."""
    text = ctx.text
    if "Ngày" not in text:
        return
    for _k, q in ctx.free_quotes():
        m = _PEAK_DAY.match(text, q.start, q.end)
        if m is None or not text[m.end()].islower() or _blocked_before(ctx.view, q.open_start):
            continue
        nxt = _NEXT_NAME.search(text, m.end(), q.end)
        end = nxt.start() if nxt else q.end
        if text.count(" ", m.end(), end) >= 1 and not ctx.no_go.overlaps(q.start, end):
            ctx.add(q.start, end, text[q.start:end], "chiến dịch", 2, fuzzy=True)
