"""Catalogue names written unquoted after a trigger: right after it or after a few
lower-case words, with a province or a bracketed short form inside, and the catalogue names
listed after the first.
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.candidates import _Ctx
from baochi.nlp.campaigns.catalogue import _INNER_ACRONYM, Entry, _initials, campaign_key
from baochi.nlp.campaigns.frames import (
    _INSTALMENT_AFTER,
    _NOT_A_DRIVE,
    one_day_for_an_occasion,
    prize_programme,
)
from baochi.nlp.campaigns.reading import _CLAUSE_END, _CLEAR_END, _unquoted_name
from baochi.nlp.campaigns.variants import canonical, reordered_entry
from baochi.nlp.dates.grammar import CAN_CHI
from baochi.nlp.spans import SpanSet

_BRIDGE_GAP = re.compile(r":? ")  # "chiến dịch tình nguyện: Mùa hè xanh, …"
# an edition year after an unquoted programme's name, and the spring (or Tết) of a lunar year
# closing the name before it ("… Kết nối yêu thương Xuân Ất Tỵ 2025")
_YEAR_TAIL = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d{2}$")
_SPRING_TAIL = re.compile(rf"\s+(?:xuân|tết(?:\s+nguyên\s+đán)?)\s+{CAN_CHI}$")


def _catalogue_after_trigger(ctx: _Ctx, pos: int) -> tuple[int, int, Entry] | None:
    """An unquoted catalogue name right after the trigger, or after up to three lower-case
    words ("chiến dịch tình nguyện Mùa hè xanh"): (start, end, entry)."""
    view, text = ctx.view, ctx.text
    i = view.syllable_index_at(pos)
    for k in range(i, min(i + 4, len(view.syllable_spans))):
        a = view.syllable_spans[k][0]
        if k > i and (not _BRIDGE_GAP.fullmatch(text, view.syllable_spans[k - 1][1], a)
                      or not text[view.syllable_spans[k - 1][0]].islower()):
            break
        hit = ctx.catalogue_at(a)
        if hit:
            # "Chiến dịch Thanh niên tình nguyện (TNTN) hè": a shorter catalogue name closed by
            # its own bracketed initials runs on to the longer name the bracket sits inside
            inner = _catalogue_with_acronym(ctx, k) if _INNER_ACRONYM.match(text, hit[0]) else None
            if inner is not None and inner[1] > hit[0]:
                return inner
            return a, hit[0], hit[1]
    return _catalogue_with_place(ctx, i) or _catalogue_with_acronym(ctx, i) \
        or _catalogue_of_people(ctx, i) or _catalogue_without_lead(ctx, i) \
        or _catalogue_with_insert(ctx, i) or _catalogue_reordered(ctx, i)


def _catalogue_reordered(ctx: _Ctx, i: int) -> tuple[int, int, Entry] | None:
    """A catalogue name of five syllables or more written right after its trigger with its
    parts in another order ("phong trào lao động sáng tạo, lao động giỏi" for "Lao động giỏi,
    lao động sáng tạo"), closed where a name surely ends; the longest such run wins."""
    view, text = ctx.view, ctx.text
    if i >= len(view.syllable_spans):
        return None
    j = _clause_end_syllable(ctx, i)
    words, spans = view.syllable_words, view.syllable_spans
    for n in range(min(j - i, 12), 4, -1):
        entry = reordered_entry(" ".join(words[i:i + n]), ctx.idx)
        if entry is not None and _CLEAR_END.match(text, spans[i + n - 1][1]):
            return spans[i][0], spans[i + n - 1][1], entry
    return None


def _catalogue_without_lead(ctx: _Ctx, i: int) -> tuple[int, int, Entry] | None:
    """A movement of all the people written after its trigger without "Toàn dân (đoàn kết)" or
    "Cả nước" ("phong trào bảo vệ ANTQ", "phong trào bảo vệ an ninh Tổ quốc"): the catalogue
    name those words plus the clause's first three or more words make (longer such names are
    catalogue keys already, ``catalogue._without_people``)."""
    view = ctx.view
    if i >= len(view.syllable_spans) or not ctx.text[view.syllable_spans[i][0]].islower():
        return None
    j = _clause_end_syllable(ctx, i)
    words = view.syllable_words
    for n in range(j - i, 2, -1):
        rest = " ".join(words[i:i + n])
        for lead in _LEADS:
            entry = ctx.idx.by_key.get(f"{lead} {rest}")
            if entry is not None:
                return view.syllable_spans[i][0], view.syllable_spans[i + n - 1][1], entry
    return None


# the people a mass organisation's movement is named for ("Nông dân sản xuất, kinh doanh giỏi",
# "Phụ nữ tích cực học tập …", "Cựu chiến binh gương mẫu")
_PEOPLE = ("nông dân", "cựu chiến binh", "phụ nữ", "thanh niên", "công nhân", "người cao tuổi")
_PEOPLE_WORDS = {p: re.compile(rf"(?<![^\W_]){p}(?![^\W_])") for p in _PEOPLE}
# the words a movement of all the people opens with
_LEADS = ("toàn dân đoàn kết", "toàn dân", "cả nước")


def _without_people(ctx: _Ctx, a: int, end: int, entry: Entry) -> bool:
    """The entry is a people's movement whose people word (or a movement of all the people whose
    "Toàn dân"/"Cả nước") is not written at [a, end)."""
    key = campaign_key(entry.name)
    return any(key.startswith(p + " ") and p not in ctx.view.fold[a:end]
               for p in (*_PEOPLE, *_LEADS))


def programme_movement(ctx: _Ctx, pos: int, drive: bool = False) -> tuple[int, int, Entry] | None:
    """A national target programme's bare subject right after a singular "phong trào (thi
    đua)" ("phong trào xây dựng nông thôn mới", "… xây dựng NTM"): the emulation movement for
    it, not the programme (GUIDE) — the national movement, or a people's own movement
    ("Nông dân thi đua xây dựng nông thôn mới") when the paragraph names those people. After
    "cuộc vận động" (``drive``) it is the movement of that kind ("cuộc vận động xây dựng nông
    thôn mới": the Front's "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh")."""
    view = ctx.view
    i = view.syllable_index_at(pos)
    if i >= len(view.syllable_spans) or view.syllable_spans[i][0] != pos \
            or not ctx.text[pos].islower():
        return None
    words = view.syllable_words
    for n in (5, 4, 3, 1):
        named = ctx.idx.movements.get(" ".join(words[i:i + n]))
        if named is None or i + n > len(words):
            continue
        named = [e for e in named if (e.kind == "cuộc vận động") == drive]
        if not named:
            return None
        chosen = named[0]
        for entry in named[1:]:
            people = next((p for p in _PEOPLE if campaign_key(entry.name).startswith(p + " ")), None)
            if people and _PEOPLE_WORDS[people].search(view.fold):
                chosen = entry
                break
        return pos, view.syllable_spans[i + n - 1][1], chosen
    return None


def _clause_end_syllable(ctx: _Ctx, i: int) -> int:
    """The syllable index after the clause that starts at syllable `i` (at most 24 syllables or
    200 characters): where a name written unquoted after its trigger must end."""
    view = ctx.view
    start = view.syllable_spans[i][0]
    stop = _CLAUSE_END.search(ctx.text, start, start + 200)
    limit = stop.start() if stop else start + 200
    j = i
    while j < len(view.syllable_words) and j < i + 24 and view.syllable_spans[j][1] <= limit:
        j += 1
    return j


def _catalogue_of_people(ctx: _Ctx, i: int) -> tuple[int, int, Entry] | None:
    """A people's movement written after a trigger without its people ("phong trào thi đua sản
    xuất kinh doanh giỏi" in a farmers' union article): the catalogue name that the people word
    plus the clause's first four or more words make, when the paragraph names those people
    elsewhere ("hội viên nông dân"), so the movement of whoever the text is about is meant."""
    view = ctx.view
    if i >= len(view.syllable_spans):
        return None
    start, j = view.syllable_spans[i][0], _clause_end_syllable(ctx, i)
    words = view.syllable_words
    if j - i < 4:
        return None
    for people in _PEOPLE:
        for n in range(j - i, 3, -1):
            entry = ctx.idx.by_key.get(f"{people} {' '.join(words[i:i + n])}")
            if entry is not None:
                # the text is searched only on a catalogue hit: per trigger it would make a
                # long text quadratic (a 1 MB text has thousands of triggers)
                if not _PEOPLE_WORDS[people].search(view.fold):
                    break
                return start, view.syllable_spans[i + n - 1][1], entry
    return None


def people_movement(fold: str, surface_name: str) -> tuple[str, str | None, bool] | None:
    """The catalogue movement a name read after its trigger is with its people put before it
    (a quoted "“thi đua sản xuất, kinh doanh giỏi”" in a farmers' union article: "Nông dân …"),
    when the paragraph names those people; as ``canonical`` gives it, or None."""
    for people in _PEOPLE:
        name, kind, catalogued = canonical(f"{people} {surface_name.strip()}", False)
        if catalogued and _PEOPLE_WORDS[people].search(fold):
            return name, kind, catalogued
    return None


# what may not be inserted between a people's movement's people and the rest of its name: a
# second item ("và", "cùng"), another trigger, a place or body ("của", "tại") or a clause's verb
_NO_INSERT = frozenset(["và", "cùng", "hoặc", "với", "của", "do", "tại", "ở", "trong", "phong",
                        "cuộc", "chiến", "đã", "đang", "sẽ", "được", "là"])


def _catalogue_with_insert(ctx: _Ctx, i: int) -> tuple[int, int, Entry] | None:
    """A people's catalogue movement with a qualifying phrase inserted after its people
    ("phong trào cựu chiến binh phát huy bản chất người lính giúp nhau làm kinh tế"):
    the people word right after the trigger, then within eight more syllables of the clause
    the whole rest of one catalogue name (three syllables or more), right after a space (after a
    comma it is another item of a list) and closed where a name surely ends (a comma, a stop,
    "của" …). The inserted words are no second item, trigger or clause (``_NO_INSERT``)."""
    view, text = ctx.view, ctx.text
    if i >= len(view.syllable_spans):
        return None
    words, spans = view.syllable_words, view.syllable_spans
    j = _clause_end_syllable(ctx, i)
    people = next((p for p in _PEOPLE if " ".join(words[i:i + p.count(" ") + 1]) == p), None)
    if people is None:
        return None
    h = i + people.count(" ") + 1
    for s in range(h + 1, min(h + 9, j)):
        if words[s - 1] in _NO_INSERT:
            return None
        if text[spans[s - 1][1]:spans[s][0]] != " ":
            continue  # "…, sản xuất kinh doanh giỏi": after a comma, another item of a list
        for n in range(j - s, 2, -1):
            entry = ctx.idx.by_key.get(f"{people} {' '.join(words[s:s + n])}")
            if entry is not None and _CLEAR_END.match(text, spans[s + n - 1][1]):
                return spans[i][0], spans[s + n - 1][1], entry
    return None


def _catalogue_with_acronym(ctx: _Ctx, i: int) -> tuple[int, int, Entry] | None:
    """A catalogue name with the initials of its last words bracketed inside it, unquoted
    after a trigger ("phong trào nông dân sản xuất, kinh doanh (SXKD) giỏi"): the bracket is
    the press defining a short form, so the name is read without it. The initials must be
    those of the words right before the bracket, so a bracketed place or body is not skipped."""
    view, idx, text = ctx.view, ctx.idx, ctx.text
    if i >= len(view.syllable_spans):
        return None
    start = view.syllable_spans[i][0]
    m = _INNER_ACRONYM.search(text, start, start + 120)
    if m is None or _CLAUSE_END.search(text, start, m.start()):
        return None
    words, spans = view.syllable_words, view.syllable_spans
    inside = [k for k in range(i, min(i + 40, len(spans)))
              if m.start() <= spans[k][0] < m.end()]
    if not inside:
        return None
    before = words[i:inside[0]]
    acr = m.group("a").lower()
    if len(before) < len(acr) or _initials(before[-len(acr):]) != acr:
        return None
    after_end = _CLAUSE_END.search(text, m.end(), m.end() + 120)
    limit = after_end.start() if after_end else m.end() + 120
    rest = [k for k in range(inside[-1] + 1, min(inside[-1] + 12, len(spans)))
            if spans[k][1] <= limit]
    kept = before + [words[k] for k in rest]
    for n in range(len(kept), len(before), -1):
        entry = idx.by_key.get(" ".join(kept[:n]))
        if entry is not None:
            return start, spans[rest[n - len(before) - 1]][1], entry
    return None


def _catalogue_with_place(ctx: _Ctx, i: int) -> tuple[int, int, Entry] | None:
    """A catalogue name with a province or district name inserted, unquoted after a trigger
    ("phong trào nông dân Nghệ An thi đua sản xuất, kinh doanh giỏi"): the place (capitalised,
    within the first four words) is dropped and the longest catalogue name read from the rest
    of the clause."""
    view, idx = ctx.view, ctx.idx
    if i >= len(view.syllable_spans):
        return None
    start, j = view.syllable_spans[i][0], _clause_end_syllable(ctx, i)
    words = view.syllable_words
    for s in range(i + 1, min(i + 4, j)):
        if not ctx.text[view.syllable_spans[s][0]].isupper():
            continue
        for n in (3, 2, 1):
            if " ".join(words[s:s + n]) in idx.place_set:
                kept = words[i:s] + words[s + n:j]
                for m in range(len(kept), max(2, s - i), -1):
                    entry = idx.by_key.get(" ".join(kept[:m]))
                    if entry is not None:
                        end = i + m + (n if m > s - i else 0)
                        return start, view.syllable_spans[end - 1][1], entry
                return None
    return None


def _edition_start(ctx: _Ctx, a: int, b: int) -> int:
    """Where the name [a, b) ends before its edition: a closing year and the spring (or Tết) of
    its lunar year before it ("Trao quà Tết - Kết nối yêu thương Xuân Ất Tỵ 2025")."""
    year = _YEAR_TAIL.search(ctx.view.fold, a, b)
    if year is None:
        return b
    spring = _SPRING_TAIL.search(ctx.view.fold, a, year.start())
    return spring.start() if spring else year.start()


_THEME_QUOTE_NEXT = re.compile(r"\s*[“\"«]")


# "thi đua" as the verb of people who take part ("công nhân ra sức thi đua lao động giỏi, lao
# động sáng tạo"): the catalogue movement after it, in lower case; in a list of kinds of
# emulation ("các phong trào thi đua lao động sản xuất, thi đua lao động giỏi") it names a class
_EMULATE_VERB = re.compile(r"(?<![^\W_])(?:ra\s+sức|tích\s+cực|hăng\s+hái|sôi\s+nổi|đồng\s+loạt)"
                           r"\s+thi\s+đua$")


# a programme's gift-giving activity written between "chương trình" and the catalogue name it
# belongs to ("chương trình tặng quà Tết Nhân ái", "chương trình thăm, tặng quà …")
_GIFT_ACTIVITY = re.compile(
    r" (?:thăm(?: hỏi)?(?:,| và)? )?(?:trao tặng|trao|tặng|chúc tết,? tặng) quà (?=\S)")


# an episode's number closing an unquoted programme's name ("Chương trình Bạn nhà nông số 2", "… kỳ
# 5", "… tập 3"): one instalment of a show or series (``frames._INSTALMENT_AFTER`` for a quote)
_EPISODE_END = re.compile(r"(?<![^\W_])(?:số|kỳ|tập|mùa)\s+\d{1,3}$")


def _catalogue_right_after(ctx: _Ctx, p: int, cand_no_go: SpanSet) -> None:
    """A weak trigger ("chương trình", "thi đua") takes an unquoted name only when the
    catalogue knows it and it follows at once ("Chương trình Tiếp sức mùa thi"; in lower case
    only a programme of four syllables or more: "chương trình con nuôi biên phòng", or a
    movement after "thi đua" as a verb: "ra sức thi đua lao động giỏi, lao động sáng tạo")."""
    if p + 1 >= len(ctx.text) or ctx.text[p] != " ":
        return
    if not ctx.text[p + 1].isupper():
        # "chương trình con nuôi biên phòng": a catalogue programme of four syllables or more
        # in lower case, right after the word; a distinctive one of three ("chương trình mùa hè
        # xanh": the youth programme, ``Entry.anywhere``)
        programme = ctx.view.fold.startswith("chương trình", p - 12)
        hit = ctx.catalogue_at(p + 1) if programme \
            or _EMULATE_VERB.search(ctx.view.fold, max(0, p - 30), p) else None
        if hit and ctx.text.count(" ", p + 1, hit[0]) >= (2 if hit[1].anywhere else 3) \
                and (not _THEME_QUOTE_NEXT.match(ctx.text, hit[0])
                     or not ctx.text[p + 1:hit[0]].islower()):
            # (before a quote the words say what the quoted programme is about, "chương trình
            # hiến máu tình nguyện “Hành trình Đỏ”": the quote is its name; a name with capitals
            # is a name, the quote after it its theme: "chương trình ngày Chủ nhật đỏ “…”")
            _catalogue_list(ctx, p + 1, hit[0], hit[1], cand_no_go)
            return
        gift = _GIFT_ACTIVITY.match(ctx.view.fold, p) if programme else None
        if gift is None:
            return
        hit = ctx.catalogue_at(gift.end())
        if hit and ctx.text[gift.end()].isupper() and ctx.text.count(" ", gift.end(), hit[0]) >= 1:
            # "chương trình tặng quà Tết Nhân ái cho hộ nghèo": the words between the trigger and a
            # capitalised catalogue name are the programme's activity, the name is the campaign
            _catalogue_list(ctx, gift.end(), hit[0], hit[1], cand_no_go)
        return
    hit = ctx.catalogue_at(p + 1)
    if hit:
        _catalogue_list(ctx, p + 1, hit[0], hit[1], cand_no_go)
    elif ctx.view.fold.startswith("chương trình", p - 12) and not _NOT_A_DRIVE.match(
            ctx.view.fold, p + 1):
        # "Chương trình Caravan thắp sáng yêu thương của …": a drive named without quotes
        end = _unquoted_name(ctx.view, p + 1, strict_end=True)
        if not end or cand_no_go.overlaps(p + 1, end):
            return
        if one_day_for_an_occasion(ctx.view, p - len("chương trình"), ctx.text[p + 1:end], end):
            return  # "Sáng 13/02, … tổ chức Chương trình Xuân Đoàn kết của xã nhân dịp Tết": an event
        if _EPISODE_END.search(ctx.view.fold, p + 1, end) or _INSTALMENT_AFTER.match(ctx.view.fold, end) \
                or prize_programme(ctx.view, p - len("chương trình")):
            return  # "Chương trình Góc nhìn nông thôn số 3 do …": one episode of a show, no drive
        if _CLEAR_END.match(ctx.text, end) or _THEME_QUOTE_NEXT.match(ctx.text, end):
            # "Chương trình Tết Nhân ái “Chung tay mang Tết về làng”": the quote after the name is
            # this year's theme, so the name ends before it
            ctx.add(p + 1, end, ctx.text[p + 1:_edition_start(ctx, p + 1, end)], "chương trình", 3,
                    fuzzy=True)


# between two listed names: a comma, "và", or a dash between two editions ("Tình nguyện mùa
# đông 2025 – Xuân tình nguyện 2026")
_UNQUOTED_LIST_GAP = re.compile(
    r"(?:\s+(?:năm\s+)?(?:19|20)\d{2})?(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+|\s*[-–—]\s*)")


def _lead_words(text: str, a: int) -> str:
    """The lower-case words (up to three) right before the first name of a list ("chiến dịch:
    tình nguyện Mùa hè xanh"), which the press may write again before each later name."""
    words = text[max(0, a - 40):a].split()[-3:]
    while words and not all(w.isalpha() and w.islower() for w in words):
        words = words[1:]
    return " ".join(words) if text[a - 1:a] == " " else ""


def _repeated_lead(text: str, p: int, lead: str) -> int:
    """Where the next listed name starts at ``p``: after the lead words written again before it
    ("…, tình nguyện Hoa phượng đỏ, tình nguyện Kỳ nghỉ hồng"), a suffix of them at least."""
    words = lead.split()
    for k in range(len(words)):
        again = " ".join(words[k:]) + " "
        if text.startswith(again, p) and p + len(again) < len(text):
            return p + len(again)
    return p


# a catalogue name whose last word opens a run of one-word qualities joined by dashes ("Ngày Chủ
# nhật Xanh - Sạch - Đẹp"; two words more at least, each capitalised and alone): the name
# lengthened, a campaign of its own (``variants._SLOGAN_RUN``)
_RUN_ON = re.compile(r"(?:\s*[-–—]\s*[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\W\d_]*(?![^\W\d_])){2,}"
                     r"(?!\s+[A-ZĐ])")


# lower-case items of one to four words after a comma, up to the name's period ("giai đoạn …",
# "(đến) năm …"): the aims that may lengthen a catalogue name into another movement's — without
# that period a clause may follow the comma ("…, quê hương đổi mới."), and the name stays the
# catalogue's
_AIMS_RUN_ON = re.compile(
    r"(?:,\s*[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+"
    r"(?:\s+[^\W\d_]+){0,3}){1,3}"
    r"(?=\s+(?:giai\s+đoạn|(?:đến\s+)?năm\s+\d)(?![^\W_]))")


_TRIGGER_WORD = re.compile(r"(?<![^\W_])(?:phong\s+trào|cuộc\s+vận\s+động|chiến\s+dịch|chương\s+trình|"
                           r"đợt|tháng|tuần\s+lễ|thi\s+đua)(?![^\W_])")


# a word of the press's initials, and the words that may run on after a name (a space or a comma)
_INITIALS_WORD = re.compile(r"(?<![^\W_])[A-ZĐ]{2,}(?![^\W_])")
_RUN_ON_WORD = re.compile(r"(?:,\s*|\s+)[^\W_]+")


def initials_run_on(ctx: _Ctx, a: int, end: int) -> tuple[int, str, str] | None:
    """A name written with the press's initials at [a, end) whose next words (up to four, after
    a space or a comma, in the clause) spell a longer catalogue name with them ("Chiến dịch TNTN
    hè": "Thanh niên tình nguyện hè", not "TNTN" alone; "cuộc vận động XDGĐ 5 không, 3 sạch"):
    (end, catalogue name, kind) of the longest, or None."""
    text = ctx.text
    if not _INITIALS_WORD.search(text, a, end):
        return None
    first = canonical(text[a:end])[0]
    best = None
    pos = end
    for _ in range(4):
        m = _RUN_ON_WORD.match(text, pos)
        if m is None or _CLAUSE_END.search(text, pos, m.end()):
            break
        pos = m.end()
        name, kind, catalogued = canonical(text[a:pos])
        if catalogued and name != first:
            best = (pos, name, kind or "phong trào")
    return best


def _catalogue_list(ctx: _Ctx, a: int, end: int, entry: Entry, cand_no_go: SpanSet) -> None:
    """The catalogue name at [a, end) after a trigger, and the capitalised catalogue names
    listed after it ("Chương trình Nâng bước em tới trường, Con nuôi Đồn Biên phòng"). A name
    written without its people ("sản xuất kinh doanh giỏi") is given the entry's name."""
    text = ctx.text
    lead = _lead_words(text, a)
    for _ in range(8):
        longer = initials_run_on(ctx, a, end)
        if longer is not None:
            end, entry = longer[0], ctx.idx.by_key[campaign_key(longer[1])]
        run_on = _RUN_ON.match(text, end)
        aims = _AIMS_RUN_ON.match(text, end) if run_on is None \
            and campaign_key(text[a:end]).count(" ") >= 5 else None
        if aims is not None and not _TRIGGER_WORD.search(ctx.view.fold, end, aims.end()) \
                and not canonical(text[a:aims.end()], True)[2] \
                and not cand_no_go.overlaps(a, aims.end()):
            # "phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị": short
            # aims of its own after the catalogue name, another movement (``variants._longer_aim``)
            ctx.add(a, aims.end(), text[a:aims.end()], entry.kind, 4, fuzzy=True)
            end = aims.end()
        elif run_on is not None and not cand_no_go.overlaps(a, run_on.end()):
            # "phong trào Ngày Chủ nhật Xanh - Sạch - Đẹp": a longer name of its own
            ctx.add(a, run_on.end(), text[a:run_on.end()], entry.kind, 4)
            end = run_on.end()
        elif not cand_no_go.overlaps(a, end):
            written = text[a:end]
            # a name written without its people, or with words inserted after them
            # (``_catalogue_with_insert``), is given the entry's name
            named = _without_people(ctx, a, end, entry) or not canonical(written)[2]
            ctx.add(a, end, entry.name if named else written, entry.kind, 4)
        gap = _UNQUOTED_LIST_GAP.match(text, end)
        if gap is None or gap.end() >= len(text):
            return
        nxt = _repeated_lead(text, gap.end(), lead)
        if not text[nxt].isupper():
            return
        hit = ctx.catalogue_at(nxt)
        if hit is None:
            return
        a, (end, entry) = nxt, hit
