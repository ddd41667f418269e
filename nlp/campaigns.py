"""Campaign mentions (phong trào thi đua, cuộc vận động, chiến dịch …) and their canonical names.

Layers, precise first:

1. a trigger word ("phong trào (thi đua)", "cuộc vận động", "chiến dịch", "đợt thi đua"; and,
   only right before a quote, "thi đua", "chương trình", "Tháng hành động") followed, within a
   short bridge of lower-case words ("như", "là", "của tỉnh", ":" …), by one quoted name or a
   list of quoted names joined by commas, "và", "…"; when the quote covers only the end of the
   name (cuộc vận động xây dựng gia đình “5 không, 3 sạch”) the span is the quoted text and the
   name is the whole;
2. a trigger followed by an unquoted catalogue name, or by an unquoted capitalised name up to
   the clause boundary (punctuation or a function word);
3. a quoted catalogue name without a trigger;
   "Tháng …" names with a capitalised "Tháng" (Tháng Công nhân, Tháng hành động quốc gia
   phòng, chống HIV/AIDS), quoted or up to the clause boundary — a month written in words
   ("Tháng Tám", "Tháng Giêng") is not one;
4. distinctive catalogue names (``anywhere = true``) written with a capital;
5. later references: any name found by 1–4 appearing again (capitalised or quoted).

Never campaigns: quoted text after "Quỹ", "giải thưởng", "cuộc thi", "danh hiệu", "chủ đề",
"khẩu hiệu", "mô hình" …; honours; the quoted subject of a document ("Chỉ thị 05 … về “…”");
anything inside an organisation name ("Văn phòng Điều phối chương trình …"). A model or award
title that cites a campaign with its trigger ("Khu dân cư thực hiện tốt cuộc vận động “…”") does
count as a mention of that campaign: the campaign is named, also inside an honour title
("danh hiệu “Khu dân cư thực hiện tốt cuộc vận động Toàn dân …”").

Canonical names: the catalogue's (case, tone placement, punctuation, quotes, dash style and a
leading "Thi đua" are ignored, a province name inserted into a national name is dropped, and a
close spelling of the same length and word count — ratio ≥ 0.92 — is accepted); unknown names keep their cleaned surface.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from baochi.nlp import places as gazetteer
from baochi.nlp.catalogues import load
from baochi.nlp.model import CampaignMention, Unplaced
from baochi.nlp.normalise import key, nfc, slug, tone_normalise
from baochi.nlp.quotes import Quote
from baochi.nlp.spans import SpanSet, Taken
from baochi.nlp.tokens import VOCAB, TextView, pattern_doc, syllable_key
from spacy.matcher import PhraseMatcher

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: str
    anywhere: bool


@dataclass(frozen=True, slots=True)
class Index:
    by_key: dict
    keys: tuple
    matcher: PhraseMatcher
    label_entry: dict
    place_keys: tuple
    syllables: frozenset  # every syllable of the catalogue's names: the Doc's whole vocabulary


_LEADING = ("thi đua ", "phong trào thi đua ", "phong trào ", "cuộc vận động ", "chiến dịch ")
_PLACE_WORDS = ("toàn tỉnh ", "cả tỉnh ", "tỉnh ", "toàn huyện ", "huyện ")


def campaign_key(text: str) -> str:
    """Syllables of the folded text; a leading "Thi đua" or trigger word is dropped."""
    k = syllable_key(tone_normalise(nfc(text)).lower())
    changed = True
    while changed:
        changed = False
        for lead in _LEADING:
            if k.startswith(lead) and len(k) > len(lead) + 6:
                k = k[len(lead):]
                changed = True
    return k


@cache
def index() -> Index:
    data = load("campaigns")
    by_key: dict[str, Entry] = {}
    matcher = PhraseMatcher(VOCAB)
    label_entry: dict[int, Entry] = {}
    syllables: set[str] = set()
    short = _abbreviations(data)
    for i, c in enumerate([*data.get("campaign", []), *_programmes(data)]):
        entry = Entry(c["name"], c.get("kind", "phong trào"), bool(c.get("anywhere", False)))
        label = f"CAMPAIGN_{i}"
        docs = []
        keys = [campaign_key(a) for a in [c["name"], *c.get("aliases", [])]]
        for k in dict.fromkeys(keys + [v for kk in keys for v in _short_forms(kk, short)]):
            by_key.setdefault(k, entry)
            docs.append(pattern_doc(k))
            syllables.update(k.split())
        matcher.add(label, docs)
        label_entry[VOCAB.strings[label]] = entry
    names = [*gazetteer.province_forms(), *gazetteer.districts()]
    place_keys = tuple(sorted({syllable_key(tone_normalise(nfc(p)).lower()) for p in names},
                              key=len, reverse=True))
    return Index(by_key, tuple(by_key), matcher, label_entry, place_keys, frozenset(syllables))


def _fold_key(text: str) -> str:
    return syllable_key(tone_normalise(nfc(text)).lower())


def _abbreviations(data: dict) -> list[tuple[str, list[str]]]:
    """(folded phrase, folded short forms), longest phrase first."""
    pairs = [(_fold_key(k), [_fold_key(v) for v in vs])
             for k, vs in data.get("abbreviations", {}).items()]
    return sorted(pairs, key=lambda kv: -len(kv[0]))


def _short_forms(k: str, short: list[tuple[str, list[str]]]) -> list[str]:
    """The key with one or more of its phrases written short ("vì attp", "sxkd giỏi")."""
    out = {k}
    for phrase, forms in short:
        for cur in list(out):
            padded = f" {cur} "
            if f" {phrase} " in padded:
                out.update(padded.replace(f" {phrase} ", f" {f} ").strip() for f in forms)
    out.discard(k)
    return sorted(out)


def _programmes(data: dict) -> list[dict]:
    """National target programmes as campaign entries of kind "chương trình": "Chương trình
    mục tiêu quốc gia <subject>", also written "Chương trình MTQG …", "CTMTQG …", "Chương
    trình mục tiêu quốc gia (MTQG) …", "chương trình <subject>"."""
    out = []
    for p in data.get("programme", []):
        subjects = [p["subject"], *p.get("aliases", [])]
        aliases = [f"{head} {s}" for s in subjects
                   for head in ("Chương trình mục tiêu quốc gia", "Chương trình MTQG",
                                "Chương trình", "CTMTQG", "CT MTQG",
                                "Chương trình mục tiêu quốc gia (MTQG)")]
        out.append({"name": f"Chương trình mục tiêu quốc gia {p['subject']}",
                    "kind": "chương trình", "aliases": aliases, "anywhere": True})
    return out


_EDITION_YEAR = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d{2}$")


@lru_cache(maxsize=8192)
def canonical(surface: str) -> tuple[str, str | None, bool]:
    """(canonical name, catalogue kind or None, is_catalogued) for a campaign name as written."""
    idx = index()
    k = campaign_key(surface)
    entry = idx.by_key.get(k)
    if entry is None:
        # an edition written inside the name ("Thi đua Quyết thắng năm 2020"): the campaign
        edition = _EDITION_YEAR.sub("", k)
        entry = idx.by_key.get(edition) if edition != k else None
    if entry is None:
        stripped = f" {k} "
        for pk in idx.place_keys:
            stripped = stripped.replace(f" {pk} ", " ")
        stripped = stripped.strip()
        for pw in _PLACE_WORDS:
            if stripped.startswith(pw):
                stripped = stripped[len(pw):]
        stripped = stripped.replace(" tỉnh ", " ").strip()
        entry = idx.by_key.get(stripped) or idx.by_key.get(campaign_key(stripped))
    if entry is None and len(k) >= 14:
        # typos only: a close spelling of the same length (±2 characters), never a name with
        # a word added or dropped ("Thanh niên tình nguyện hè" is not "Thanh niên tình nguyện")
        close = [c for c in difflib.get_close_matches(k, idx.keys, n=3, cutoff=0.92)
                 if abs(len(c) - len(k)) <= 2 and c.count(" ") == k.count(" ")]
        if close:
            entry = idx.by_key[close[0]]
    if entry is not None:
        return entry.name, entry.kind, True
    clean = re.sub(r"\s+", " ", surface).strip(" \t\"'“”‘’«»„.,;:…")
    clean = re.sub(r"^(?:[Tt]hi\s+đua)\s+", "", clean)
    if clean:
        clean = clean[0].upper() + clean[1:]
    return clean, None, False


# ------------------------------------------------------------------------------ extraction

_TRIGGER = re.compile(
    r"(?<![^\W_])(?P<t>phong\s+trào\s+thi\s+đua|phong\s+trào|cuộc\s+vận\s+động|chiến\s+dịch|"
    r"đợt\s+thi\s+đua|cuộc\s+thi\s+đua|thi\s+đua|tháng\s+hành\s+động|tháng\s+cao\s+điểm|"
    r"chương\s+trình)(?![^\W_])"
)
# weak triggers take a quoted name only right after them ("chương trình “Bữa trưa no cho em”",
# but not "chương trình nghệ thuật “…”", an event)
_INTRO_BRIDGE = re.compile(r"\s*(?:(?:như|là)\s*)?:?\s*")
_QUOTE_ONLY = {"thi đua", "chương trình", "tháng hành động", "tháng cao điểm"}
_KIND_OF_TRIGGER = {
    "phong trào thi đua": "phong trào thi đua", "phong trào": "phong trào",
    "cuộc vận động": "cuộc vận động", "chiến dịch": "chiến dịch", "đợt thi đua": "đợt thi đua",
    "cuộc thi đua": "phong trào thi đua", "thi đua": "phong trào thi đua",
    "tháng hành động": "tháng hành động", "tháng cao điểm": "tháng hành động",
    "chương trình": "chương trình",
}
_BRIDGE = re.compile(r"^(?:\s+[^\W\d_]+){0,5}\s*:?\s*$")
# a bridge made of these words introduces the quoted name; otherwise the bridge may be the
# unquoted start of the name (cuộc vận động xây dựng gia đình “5 không, 3 sạch”)
_BRIDGE_CONNECTOR = re.compile(
    r"(?<![^\W_])(?:như|là|mang\s+tên|có\s+tên|với|của|do|các|những|về|hưởng\s+ứng|"
    r"triển\s+khai|phát\s+động|thực\s+hiện|tham\s+gia|và|cùng|trong|toàn|đợt|tỉnh|huyện|"
    r"lớn|chính|này|đó|trên|tại|ở|năm|thi\s+đua|cuộc|hai|ba|bốn)(?![^\W_])"
)
_BLOCKERS = re.compile(
    r"(?<![^\W_])(?:quỹ|giải(?:\s+thưởng)?(?!\s+(?:ngân|quyết|pháp|phóng|tỏa|thể|cứu|đáp|trình))|cuộc\s+thi|hội\s+thi|danh\s+hiệu|chủ\s+đề|khẩu\s+hiệu|"
    r"thông\s+điệp|mô\s+hình|dự\s+án|đề\s+án|câu\s+lạc\s+bộ|ngày\s+hội|lễ\s+hội|hội\s+nghị|"
    r"hội\s+thảo|tác\s+phẩm|cuốn\s+sách|sản\s+phẩm|chuyên\s+mục|chương\s+trình|tọa\s+đàm|"
    r"chỉ\s+thị|nghị\s+quyết|kết\s+luận|kế\s+hoạch|quyết\s+định|slogan|bài\s+hát|bộ\s+phim|"
    r"tiêu\s+chí|cụm\s+từ|dòng\s+chữ|biểu\s+ngữ|băng\s+rôn|trang|tài\s+khoản|nhãn\s+hiệu|"
    r"thương\s+hiệu|hội\s+chợ|giải\s+đấu|festival|tuần\s+lễ|ngày)(?![^\W_])"
)
# a blocker word, then at most two more words, right before the quote or name
_BLOCKED_BEFORE = re.compile(
    _BLOCKERS.pattern
    + r"(?:\s+(?!triển\s|phát\s|hưởng\s|thực\s|tổ\s|tham\s|về\s|sơ\s|tổng\s)[^\W\d_]+){0,2}"
    + r"\s*:?\s*$"
)
_LIST_GAP = re.compile(r"^\s*(?:[,;]|\.\.\.|…)?\s*(?:(?:và|cùng|hoặc|hay|cũng\s+như)\s*)?$")
_BRIDGE_GAP = re.compile(r" ")
_AFTER_TRIGGER_SKIP = re.compile(r"\s*:?\s*(?:(?:như|là|mang\s+tên|có\s+tên)\s*:?\s*)?")
_STOP_WORDS = {
    "do", "được", "đã", "đang", "sẽ", "tại", "trên", "trong", "năm", "giai", "gắn", "nhằm",
    "thì", "mà", "bằng", "với", "của", "và", "để", "cho", "đến", "từ", "là", "có", "vào", "theo",
    "sau", "trước", "khi", "nên", "cũng", "rất", "đều", "bởi", "nay", "qua", "ở", "tới", "này",
    "đó", "nhưng", "hoặc", "hay", "cùng", "thông", "tiếp", "tục", "lan", "tỏa", "diễn", "ra",
}
_GENERIC = {"thi đua yêu nước", "thi đua", "yêu nước", "thi đua khen thưởng"}
_ORG_HEADS = re.compile(
    r"^(?:Hội|Đoàn|Ban|Sở|Phòng|Ủy|UBND|HĐND|MTTQ|Mặt|Trung|Tỉnh|Huyện|Thành|Bộ|Công|Liên|"
    r"Chính|Quốc|Nhà|Đảng|Văn|Cục|Chi|Tổng|Trường|Bệnh|Viện|Quỹ|Hợp)(?![^\W_])"
)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    surface_name: str  # the name as written (for canonicalisation)
    kind: str
    priority: int


def _overlaps(a: int, b: int, spans: SpanSet) -> bool:
    return spans.overlaps(a, b)


_OPENING = "“\"«‘'"


def _blocked_before(view: TextView, pos: int) -> bool:
    """A blocker word ("Quỹ", "cuộc thi", "mô hình" …) right before ``pos`` or before the
    opening quote at ``pos`` ("Quỹ “Vì người nghèo”" is a fund wherever the name recurs)."""
    while pos > 0 and (view.text[pos - 1] in _OPENING or (
            view.text[pos - 1] == " " and pos > 1 and view.text[pos - 2] in _OPENING)):
        pos -= 1
    return _BLOCKED_BEFORE.search(view.fold, max(0, pos - 40), pos) is not None


_CAMPAIGN_DAY = re.compile(r"(?<![^\W_])ngày\s+hội\s*$")


def _campaign_day_before(view: TextView, pos: int) -> bool:
    """"Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc”": the named day of a catalogue campaign
    cites the campaign (a "Ngày hội “…”" of any other name is an event)."""
    return _CAMPAIGN_DAY.search(view.fold, max(0, pos - 12), pos) is not None


def _syllable_range(view: TextView, start: int, end: int) -> tuple[int, int]:
    i = view.syllable_index_at(start)
    j = i
    while j < len(view.syllable_spans) and view.syllable_spans[j][1] <= end:
        j += 1
    return i, j


# Extraction is an ordered list of small passes over one candidate type (``_Cand``) and one
# resolver (``_resolve``): each pass appends the candidates of one reading; the resolver keeps
# the best non-overlapping ones, adds later references and gives canonical names. A new failure
# kind is a new pass with its own test.


@dataclass(slots=True)
class _Ctx:
    view: TextView
    idx: Index
    cat_matches: dict  # first syllable -> [(end syllable, label, first syllable)]
    quotes: list[Quote]  # sorted by opening mark
    quote_starts: list[int]
    no_go: SpanSet  # document subjects, organisations and honours
    trig_no_go: SpanSet  # document subjects and organisations
    honour_set: SpanSet
    in_quote: SpanSet
    cands: list[_Cand] = field(default_factory=list)
    used_quotes: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        return self.view.text

    def catalogue_at(self, pos: int) -> tuple[int, Entry] | None:
        """Longest catalogue name whose first syllable starts at ``pos``."""
        view = self.view
        i = view.syllable_index_at(pos)
        if i >= len(view.syllable_spans) or view.syllable_spans[i][0] != pos:
            return None
        best = None
        for e, label, _s in self.cat_matches.get(i, []):
            if best is None or e > best[0]:
                best = (e, label)
        if best is None:
            return None
        return view.syllable_spans[best[0] - 1][1], self.idx.label_entry[best[1]]


def _quote_group(ctx: _Ctx, k: int) -> list[Quote]:
    """The quote at ``k`` and the quotes listed after it ("“A”, “B” và “C”")."""
    group = [ctx.quotes[k]]
    j = k + 1
    while j < len(ctx.quotes):
        gap = ctx.text[group[-1].close_end:ctx.quotes[j].open_start]
        if not (_LIST_GAP.match(gap) and len(gap) <= 12):
            break
        group.append(ctx.quotes[j])
        j += 1
    return group


def _trigger_quotes(ctx: _Ctx, p: int, trig: str, kind: str, cand_no_go: SpanSet) -> bool:
    """Quoted names after a short bridge from the trigger ending at ``p``; True when found."""
    text, fold = ctx.text, ctx.view.fold
    k = _first_quote_after(ctx.quote_starts, p)
    if k is None:
        return False
    q = ctx.quotes[k]
    bridge = text[p:q.open_start]
    if not (q.open_start - p <= 48 and _BRIDGE.match(bridge)
            and (trig not in _QUOTE_ONLY or _INTRO_BRIDGE.fullmatch(bridge))
            and not any(w[0].isupper() for w in bridge.split())
            and not _BLOCKERS.search(fold[p:q.open_start])):
        return False
    prefix_start = None
    if bridge.split() and ":" not in bridge and not _BRIDGE_CONNECTOR.search(
            fold[p:q.open_start]):
        prefix_start = p + (len(bridge) - len(bridge.lstrip()))
    for n, qq in enumerate(_quote_group(ctx, k)):
        if cand_no_go.overlaps(qq.start, qq.end):
            continue
        surface_name = text[qq.start:qq.end]
        if n == 0 and prefix_start is not None:
            # the quote covers part of the name (cuộc vận động xây dựng gia đình “5 không, 3
            # sạch”): the span stays the quoted text, the name is whole
            combined = text[prefix_start:qq.open_start] + " " + surface_name
            if canonical(combined)[2]:
                surface_name = combined
        ctx.used_quotes.add(qq.open_start)
        ctx.cands.append(_Cand(qq.start, qq.end, surface_name, kind, 5))
    return True


def _catalogue_after_trigger(ctx: _Ctx, pos: int) -> tuple[int, int, Entry] | None:
    """An unquoted catalogue name right after the trigger, or after up to three lower-case
    words ("chiến dịch tình nguyện Mùa hè xanh"): (start, end, entry)."""
    view, text = ctx.view, ctx.text
    i = view.syllable_index_at(pos)
    for k in range(i, min(i + 4, len(view.syllable_spans))):
        a = view.syllable_spans[k][0]
        if k > i and (not _BRIDGE_GAP.fullmatch(text, view.syllable_spans[k - 1][1], a)
                      or not text[view.syllable_spans[k - 1][0]].islower()):
            return None
        hit = ctx.catalogue_at(a)
        if hit:
            return a, hit[0], hit[1]
    return None


def _catalogue_right_after(ctx: _Ctx, p: int, cand_no_go: SpanSet) -> None:
    """A weak trigger ("chương trình", "thi đua") takes an unquoted name only when the
    catalogue knows it and it follows at once ("Chương trình Tiếp sức mùa thi")."""
    if p + 1 >= len(ctx.text) or ctx.text[p] != " " or not ctx.text[p + 1].isupper():
        return
    hit = ctx.catalogue_at(p + 1)
    if hit and not cand_no_go.overlaps(p + 1, hit[0]):
        ctx.cands.append(_Cand(p + 1, hit[0], ctx.text[p + 1:hit[0]], hit[1].kind, 4))


def _trigger_unquoted(ctx: _Ctx, p: int, kind: str, cand_no_go: SpanSet) -> None:
    text = ctx.text
    skip = _AFTER_TRIGGER_SKIP.match(text, p)
    pos = skip.end() if skip else p
    if pos >= len(text):
        return
    hit = _catalogue_after_trigger(ctx, pos)
    if hit:
        a, end, entry = hit
        if not cand_no_go.overlaps(a, end):
            ctx.cands.append(_Cand(a, end, text[a:end], entry.kind, 4))
        return
    if text[pos].isupper() and pos == p + 1:
        unq = _unquoted_name(ctx.view, pos)
        if unq and not cand_no_go.overlaps(pos, unq):
            ctx.cands.append(_Cand(pos, unq, text[pos:unq], kind, 3))


def _pass_triggers(ctx: _Ctx) -> None:
    """1 + 2: names after a trigger word, quoted or not."""
    for t in _TRIGGER.finditer(ctx.view.fold):
        if ctx.trig_no_go.overlaps(t.start(), t.end()):
            continue
        # a trigger inside an honour title ("Khu dân cư thực hiện tốt cuộc vận động …") cites
        # a campaign: the names after it are read, the title itself stays out of reach
        in_title = ctx.honour_set.overlaps(t.start(), t.end())
        cand_no_go = ctx.trig_no_go if in_title else ctx.no_go
        trig = re.sub(r"\s+", " ", t.group("t"))
        kind = _KIND_OF_TRIGGER[trig]
        found_quote = _trigger_quotes(ctx, t.end(), trig, kind, cand_no_go)
        if not found_quote and trig in _QUOTE_ONLY:
            _catalogue_right_after(ctx, t.end(), cand_no_go)
            continue
        if found_quote or (
                ctx.in_quote.overlaps(t.start(), t.end()) and not in_title):
            continue  # a trigger inside a quoted name ("“Thi đua nông dân …”") names nothing
        _trigger_unquoted(ctx, t.end(), kind, cand_no_go)


def _pass_quoted_catalogue(ctx: _Ctx) -> None:
    """3: quoted catalogue names without a trigger."""
    text = ctx.text
    for q in ctx.quotes:
        if q.open_start in ctx.used_quotes or ctx.no_go.overlaps(q.start, q.end):
            continue
        _name, kind, catalogued = canonical(text[q.start:q.end])
        if not catalogued or (_blocked_before(ctx.view, q.open_start)
                              and not _campaign_day_before(ctx.view, q.open_start)):
            continue
        ctx.cands.append(_Cand(q.start, q.end, text[q.start:q.end], kind or "phong trào", 2))


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
                or _blocked_before(ctx.view, a):
            continue
        hit = ctx.catalogue_at(a)
        q = quote_at.get(a)
        if q is not None and not (hit and hit[0] < q.end):
            # the quote is the name, not a quotation opening with it ("“Tháng Nhân đạo bắt
            # đầu từ … Chủ đề của …”")
            if q.open_start not in ctx.used_quotes and _short_name(text[q.start:q.end]):
                ctx.cands.append(_Cand(q.start, q.end, text[q.start:q.end], "tháng hành động", 2))
            continue
        if hit:
            ctx.cands.append(_Cand(a, hit[0], text[a:hit[0]], hit[1].kind, 2))
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
            ctx.cands.append(_Cand(a, unq, text[a:unq], "tháng hành động", 1))


def _short_name(name: str) -> bool:
    """A quoted text that can be a name: no sentence inside, at most 24 words."""
    return len(name.split()) <= 24 and not re.search(r"[.!?]\s+\S", name)


def _capitalised_run(view: TextView, pos: int) -> int:
    """End of the words from ``pos`` that are capitalised or continue a word begun by one."""
    text = view.text
    end = pos
    for a, b in view.syllable_spans[view.syllable_index_at(pos):]:
        if a < pos:
            continue
        if a != end and not (a == end + 1 and text[end] == " "):
            break
        if a != pos and not text[a].isupper() and a in view.word_starts:
            break
        end = b
    return end


_NAMED_PERIOD = re.compile(r"(?<![^\W_])tháng\s+(?:cao\s+điểm|hành\s+động)(?![^\W_])")


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
        ctx.cands.append(_Cand(m.start(), q.close_end, name, "tháng hành động", 6))


def _pass_anywhere(ctx: _Ctx) -> None:
    """4: distinctive catalogue names (``anywhere = true``) written with a capital."""
    view, text = ctx.view, ctx.text
    for i, matches in ctx.cat_matches.items():
        for e, label, _s in matches:
            entry = ctx.idx.label_entry[label]
            if not entry.anywhere:
                continue
            a, b = view.syllable_spans[i][0], view.syllable_spans[e - 1][1]
            # a programme's own head word stands for the capital ("chương trình MTQG …")
            headed = entry.kind == "chương trình" and view.fold.startswith("chương trình", a)
            if (text[a].isupper() or headed) and not ctx.no_go.overlaps(a, b) \
                    and (not _blocked_before(view, a) or _campaign_day_before(view, a)):
                ctx.cands.append(_Cand(a, b, text[a:b], entry.kind, 1))


PASSES: tuple[Callable[[_Ctx], None], ...] = (
    _pass_named_periods,
    _pass_triggers,
    _pass_quoted_catalogue,
    _pass_month_campaigns,
    _pass_anywhere,
)


def _resolve(ctx: _Ctx, unplaced: list[Unplaced] | None = None) -> list[CampaignMention]:
    """The best non-overlapping candidates, then (5) later references of the names found, with
    their canonical names; names read after a trigger that the catalogue does not hold go to
    ``unplaced`` too."""
    view, text = ctx.view, ctx.text
    chosen = _choose(ctx.cands)
    if chosen:
        chosen = _choose(chosen + _references(view, chosen, ctx.quotes, ctx.no_go,
                                              ctx.cat_matches))
    out = []
    for c in chosen:
        name, cat_kind, catalogued = canonical(c.surface_name)
        if not name or len(name) < 3:
            continue
        if unplaced is not None and not catalogued and c.priority >= 3:
            unplaced.append(Unplaced(text[c.start:c.end], c.start, c.end,
                                     view.sentence_of(c.start), "campaign", name))
        out.append(CampaignMention(
            surface=text[c.start:c.end], start=c.start, end=c.end,
            sentence=view.sentence_of(c.start), name=name, key=key(name),
            campaign_id=slug(name), kind=cat_kind or c.kind,
        ))
    return out


def extract(view: TextView, quotes: list[Quote], blocked: list[tuple[int, int]],
            orgs: list[tuple[int, int]], honours: list[tuple[int, int]] | tuple = (),
            unplaced: list[Unplaced] | None = None) -> list[CampaignMention]:
    """``blocked``: quoted document subjects; ``orgs``: organisation spans; ``honours``: titles
    and awards — nothing inside them is a campaign except a name cited with its trigger
    ("danh hiệu “Khu dân cư thực hiện tốt cuộc vận động …”")."""
    idx = index()
    cat_matches: dict[int, list[tuple[int, int, int]]] = {}
    for label, s, e in idx.matcher(view.doc):
        cat_matches.setdefault(s, []).append((e, label, s))
    quotes_sorted = sorted(quotes, key=lambda q: q.open_start)
    ctx = _Ctx(
        view, idx, cat_matches, quotes_sorted, [q.open_start for q in quotes_sorted],
        SpanSet(list(blocked) + list(orgs) + list(honours)), SpanSet(list(blocked) + list(orgs)),
        SpanSet(list(honours)), SpanSet([(q.start, q.end) for q in quotes]),
    )
    for run in PASSES:
        run(ctx)
    return _resolve(ctx, unplaced)


def _first_quote_after(starts: list[int], pos: int) -> int | None:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(starts) else None


_NAME_WORD = re.compile(r"[^\W_]+(?:/[^\W_]+)*")
_NAME_GAP = re.compile(r" |, (?=[^\W\d_]+ [^\W\d_]+)| - ")
_MONTH_CAMPAIGN = re.compile(r"(?<![^\W_])Tháng\s+(?P<w>[^\W\d_]+)(?:\s+(?P<w2>[^\W\d_]+))?")
_MONTH_WORDS = {"Giêng", "Chạp", "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín",
                "Mười"}


# what follows "Tháng hành động" / "Tháng cao điểm" in a name: "vì …", "về …", "quốc gia …",
# "phòng, chống …", a capitalised name or a quote
_PERIOD_NAME_START = re.compile(r"\s+(?:vì|về|quốc\s+gia|phòng|an\s+toàn|[“\"«(]|"
                                r"(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]))", re.I)


def _month_campaign(m: re.Match) -> bool:
    w, w2 = m.group("w"), (m.group("w2") or "").lower()
    if (w.lower(), w2) in (("hành", "động"), ("cao", "điểm")):
        return True
    return w[0].isupper() and w not in _MONTH_WORDS


# official "Tháng …" names carry function words ("Tháng hành động vì bình đẳng giới và phòng
# ngừa, ứng phó với bạo lực trên cơ sở giới"): only these end them
_MONTH_STOP = {"năm", "được", "đã", "đang", "sẽ", "tại", "do", "của", "là", "nhằm", "để", "đến",
               "từ", "diễn", "có", "trong", "khi", "thì", "mà", "nên", "cũng", "này", "đó",
               "nay", "qua", "tới", "sau", "trước", "cho", "theo", "tiếp", "ra", "bằng"}


def _unquoted_name(view: TextView, pos: int, stop: set | None = None, max_words: int = 12,
                   max_commas: int = 1) -> int | None:
    """End of an unquoted capitalised name starting at ``pos``, or None when not a name.

    The name runs over words joined by single spaces (a comma or dash is allowed inside,
    "Sạch làng, đẹp ruộng") until punctuation or a function word ("được", "do", "của" …).
    """
    text = view.text
    if _ORG_HEADS.match(text, pos):
        return None
    end = pos
    count = 0
    commas = 0
    cursor = pos
    stop = _STOP_WORDS if stop is None else stop
    while count < max_words:
        m = _NAME_WORD.match(text, cursor)
        if not m:
            break
        if count > 0 and m.group(0).lower() in stop:
            break
        end = m.end()
        count += 1
        gap = _NAME_GAP.match(text, end)
        if not gap:
            break
        if gap.group(0).startswith(","):
            commas += 1
            if commas > max_commas:
                break
        cursor = gap.end()
    if count < 3:
        return None
    if campaign_key(text[pos:end]) in _GENERIC:
        return None
    if end not in view.word_ends and end < len(text) and text[end].isalnum():
        return None
    return end


def _reference_ok(view: TextView, a: int, b: int, quoted_starts: set[int],
                  no_go: SpanSet) -> bool:
    """A later mention counts when capitalised or quoted and outside the traps."""
    return (view.text[a].isupper() or a in quoted_starts) and not no_go.overlaps(a, b) \
        and not _blocked_before(view, a)


def _catalogued_references(view: TextView, seen_names: dict, quoted_starts: set[int],
                           no_go: SpanSet, cat_matches: dict) -> list[_Cand]:
    """Any alias match of a catalogue entry already found."""
    idx = index()
    out: list[_Cand] = []
    for i, matches in cat_matches.items():
        for e, label, _s in matches:
            entry = idx.label_entry[label]
            if entry.name not in seen_names:
                continue
            a, b = view.syllable_spans[i][0], view.syllable_spans[e - 1][1]
            if _reference_ok(view, a, b, quoted_starts, no_go):
                out.append(_Cand(a, b, view.text[a:b], seen_names[entry.name].kind, 0))
    return out


def _references(view: TextView, chosen: list[_Cand], quotes: list[Quote],
                no_go: SpanSet, cat_matches: dict) -> list[_Cand]:
    seen_names = {canonical(c.surface_name)[0]: c for c in chosen}
    quoted_starts = {q.start for q in quotes}
    out = _catalogued_references(view, seen_names, quoted_starts, no_go, cat_matches)
    # unknown names: their own syllables, searched in the syllable list (not the Doc, whose
    # vocabulary is limited to catalogue syllables so that memory stays flat)
    words = view.syllable_words
    positions: dict[str, list[int]] = {}
    for c in chosen:
        i, j = _syllable_range(view, c.start, c.end)
        pattern = words[i:j]
        if not pattern or canonical(c.surface_name)[2]:
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
                out.append(_Cand(a, b, c.surface_name, c.kind, 0))
    return out


def _choose(cands: list[_Cand]) -> list[_Cand]:
    cands = sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    spans = Taken()
    taken = [c for c in cands if spans.take(c.start, c.end)]
    taken.sort(key=lambda c: c.start)
    return taken
