"""Campaign mentions (phong trào thi đua, cuộc vận động, chiến dịch …) and their canonical names.

Layers, precise first (each is a pass of ``PASSES``):

1. a trigger word ("phong trào (thi đua)", "cuộc vận động", "chiến dịch", "đợt thi đua", "thi
   đua cao điểm"; and, only right before a quote, "thi đua", "chương trình", "Tháng hành động")
   followed, within a short bridge of lower-case words ("như", "là", "của tỉnh", "của phụ nữ Hà
   Tĩnh", ":" …), by one quoted name or a list of quoted names joined by commas, "và", "…"; when
   the quote covers only the end of the name (cuộc vận động xây dựng gia đình “5 không, 3
   sạch”) the span is the quoted text and the name is the whole; two editions named together
   ("Tình nguyện mùa đông 2025 - Xuân tình nguyện 2026") are two campaigns; a plural trigger
   whose list opens with an unquoted item ("các phong trào thi đua …; “…”") takes the quotes;
2. a trigger followed by an unquoted catalogue name (also with a province inserted: "phong
   trào nông dân Nghệ An thi đua …", after lower-case words and a colon: "chiến dịch tình
   nguyện: Mùa hè xanh, …", and the catalogue names listed after it), by a movement
   named for all its people ("phong trào toàn dân chăm sóc …"), or by an unquoted capitalised
   name up to the clause boundary (a name led by a number word may have two words: "Hai
   giỏi"); after "Chương trình" an unquoted drive needs a clear end ("… của …");
3. a quoted catalogue name without a trigger; "Tháng …" names with a capitalised "Tháng"
   (Tháng Công nhân), quoted or up to the clause boundary — a month written in words ("Tháng
   Tám") is not one; catalogue named months and weeks in any case; a bare "Tháng hành động" is
   the named month its sentence is about (its subject: "trẻ em", "an toàn thực phẩm" …);
4. distinctive catalogue names (``anywhere = true``) written with a capital; catalogue names
   after a launching verb ("phát động tết Trồng cây"); the named day of a campaign ("ngày hội
   Toàn dân bảo vệ an ninh Tổ quốc", "Ngày hội TDBVANTQ"); the frame "học tập và làm theo …
   Hồ Chí Minh"; a quote opening with its trigger (“Phong trào X”, in lower case when listed
   beside another such quote); programmes after the MTQG head, also listed ("3 Chương trình
   MTQG: …, … và …") or misspelt; a capitalised catalogue name followed by its own initials
   in brackets ("… (TDĐKXDĐSVH)", the bracketed short form being part of that mention);
   quoted names given as examples of several programmes ("những chương trình, hoạt động
   tiêu biểu như “A”, phong trào “B” …"), unless the words before "như" name shows;
5. later references: any name found by 1–4 appearing again (capitalised or quoted; in lower
   case too when it repeats word for word a mention of four or more syllables).

Never campaigns: quoted text after "Quỹ", "giải thưởng", "cuộc thi", "hội thi", "danh hiệu",
"chủ đề", "khẩu hiệu", "mô hình", "điển hình", "đề án", "dự án", "công trình", "phương châm",
"thông điệp", films, songs … (also the later items of a list after one, and a theme given
after "là"), even when the same words are a campaign elsewhere in the article; a saying that
opens with a campaign's name (“Dân vận khéo thì việc gì cũng thành công”); honours; the
subject of a document ("Chỉ thị 05 … về “…”"); anything inside an organisation or a board's
name ("Ban Chỉ đạo … phong trào …", "Văn phòng Điều phối chương trình …", "Ban vận động
“Ngày vì người nghèo” Hà Tĩnh") or inside a quoted fund, theme or slogan; a battle ("chiến
dịch Điện Biên Phủ"); an event called "chương trình" ("chương trình “Phiên chợ …”", a show
of one evening, an honouring ceremony "Tôn vinh …", a charity run or walk "Chạy …", "Đi bộ
…"). The fund, contest, prize, title, theme, slogan and model frames are checked once more
for every candidate of passes 3–5 (``_TRAP_BEFORE``), whichever pass read it. A model or award title that cites a campaign with its trigger
("Khu dân cư thực hiện tốt cuộc vận động “…”") does count as a mention of that campaign.

Canonical names: the catalogue's (case, tone placement, punctuation, quotes, dash style and a
leading "Thi đua" are ignored, a province name inserted into a national name and an edition —
"năm 2020", "Hè 2025", "lần thứ 12", "giai đoạn 2021-2025" — are dropped, a close spelling of
the same length, word count and numbers is accepted; the press's initials of a name or of its
last words are the name: "TDBVANTQ", "Toàn dân bảo vệ ANTQ"); for names read after a trigger
or in a frame, a variant wording of one catalogue name (``_fuzzy_entry``: a word added,
dropped or changed, with a floor; a near-miss that is another campaign is not merged).
Unknown names keep their cleaned surface without the edition, so one campaign keeps one id.
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
from underthesea import word_tokenize

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
    place_set: frozenset = frozenset()
    # fuzzy lookup: keys by their first and by their last syllable, and each key's syllables
    by_first: dict = field(default_factory=dict)
    by_last: dict = field(default_factory=dict)
    # named months ("Tháng hành động vì trẻ em"): (subject syllables, entry), for a bare
    # "Tháng hành động" whose sentence names the subject
    month_subjects: tuple = ()
    by_words: dict = field(default_factory=dict)  # keys by their number of spaces


_LEADING = ("thi đua ", "phong trào thi đua ", "phong trào ", "cuộc vận động ", "chiến dịch ")
_PLACE_WORDS = ("toàn tỉnh ", "cả tỉnh ", "tỉnh ", "toàn huyện ", "huyện ")


def campaign_key(text: str) -> str:
    """Syllables of the folded text; a leading "Thi đua" or trigger word and a bracketed short
    form inside the name ("kinh doanh (SXKD) giỏi") are dropped."""
    if "(" in text:
        text = _INNER_ACRONYM.sub("", text)
    k = syllable_key(tone_normalise(nfc(text)).lower())
    changed = True
    while changed:
        changed = False
        for lead in _LEADING:
            if k.startswith(lead) and len(k) > len(lead) + 6:
                k = k[len(lead):]
                changed = True
    return k


def _initials(tokens: list[str]) -> str:
    """The press's acronym of a phrase: the first letter of each syllable ("Toàn dân bảo vệ an
    ninh Tổ quốc" → TDBVANTQ, "đời sống văn hóa" → ĐSVH)."""
    return "".join(t[0] for t in tokens)


_PART_SEP = re.compile(r"\s*[,;]\s*|\s+[-–—]\s+")
_FUNCTION_WORDS = frozenset(["vì", "về", "và", "của", "cho", "với", "ở", "trong", "để", "là"])


def _acronym_forms(name: str) -> list[str]:
    """Keys of a name (4+ syllables) written as the press abbreviates it, by the initials of
    its syllables: the whole name ("TDBVANTQ"), part by part ("TDĐKXDNTM, ĐTVM"), and a tail
    of whole words of its last part, 3–6 syllables, not opening with a function word ("Toàn
    dân bảo vệ ANTQ", "… xây dựng NTM"). Names with a number ("5 không, 3 sạch") are never
    abbreviated."""
    tokens = _fold_key(name).split()
    if len(tokens) < 4 or any(not t.isalpha() for t in tokens):
        return []
    out = [_initials(tokens)]
    parts = [_fold_key(part).split() for part in _PART_SEP.split(name)]
    if len(parts) > 1 and all(len(part) >= 2 for part in parts):
        out.append(" ".join(_initials(part) for part in parts))
    words = [campaign_key(w).split() for w in word_tokenize(" ".join(parts[-1]))]
    tail: list[str] = []
    for w in reversed([w for w in words if w]):
        tail = w + tail
        if len(tail) > 6 or len(tail) >= len(tokens):
            break
        if len(tail) >= 3 and w[0] not in _FUNCTION_WORDS:
            out.append(" ".join([*tokens[:len(tokens) - len(tail)], _initials(tail)]))
    return out


def _entry_keys(c: dict, short: list[tuple[str, list[str]]]) -> list[str]:
    """Every key of a catalogue entry: its name and aliases, with the usual short forms of
    words inside them ([abbreviations]), and written with initials (``_acronym_forms``)."""
    names = [c["name"], *c.get("aliases", [])]
    keys = [campaign_key(a) for a in names]
    keys += [v for kk in keys for v in _short_forms(kk, short)]
    keys += [a for n in names for a in _acronym_forms(n)]
    return list(dict.fromkeys(keys))


def _month_subjects(entries: list[Entry], keys_of: dict) -> tuple:
    """(subject syllables, entry) of the named months "Tháng hành động/cao điểm vì|về X"."""
    out = []
    for entry in entries:
        if entry.kind != "tháng hành động":
            continue
        for k in keys_of[entry.name]:
            m = re.match(r"tháng (?:hành động|cao điểm)(?: quốc gia)?(?: vì| về)? (.+)$", k)
            if m and len(m.group(1).split()) >= 2:
                out.append((m.group(1), entry))
    return tuple(out)


@cache
def index() -> Index:
    data = load("campaigns")
    by_key: dict[str, Entry] = {}
    matcher = PhraseMatcher(VOCAB)
    label_entry: dict[int, Entry] = {}
    syllables: set[str] = set()
    short = _abbreviations(data)
    raw = [*data.get("campaign", []), *_programmes(data)]
    keys_of = {c["name"]: _entry_keys(c, short) for c in raw}
    # an acronym two entries share names neither
    owners: dict[str, set[str]] = {}
    for name, ks in keys_of.items():
        for k in ks:
            owners.setdefault(k, set()).add(name)
    entries = []
    for i, c in enumerate(raw):
        entry = Entry(c["name"], c.get("kind", "phong trào"), bool(c.get("anywhere", False)))
        entries.append(entry)
        label = f"CAMPAIGN_{i}"
        keys = [k for k in keys_of[c["name"]] if len(owners[k]) == 1 or " " in k]
        keys_of[c["name"]] = keys
        for k in keys:
            by_key.setdefault(k, entry)
            syllables.update(k.split())
        matcher.add(label, [pattern_doc(k) for k in keys])
        label_entry[VOCAB.strings[label]] = entry
    names = [*gazetteer.province_forms(), *gazetteer.districts()]
    place_keys = tuple(sorted({syllable_key(tone_normalise(nfc(p)).lower()) for p in names},
                              key=len, reverse=True))
    by_first: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    by_words: dict[int, list[str]] = {}
    for k in by_key:
        tokens = k.split()
        by_first.setdefault(tokens[0], []).append(k)
        by_last.setdefault(tokens[-1], []).append(k)
        by_words.setdefault(len(tokens) - 1, []).append(k)
    return Index(by_key, tuple(by_key), matcher, label_entry, place_keys, frozenset(syllables),
                 frozenset(place_keys), by_first, by_last, _month_subjects(entries, keys_of),
                 by_words)


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


_PROGRAMME_HEADS = ("Chương trình mục tiêu quốc gia", "Chương trình MTQG", "Chương trình",
                    "CTMTQG", "CT MTQG", "Chương trình mục tiêu quốc gia (MTQG)",
                    "Chương trình mục tiêu quốc gia về", "Chương trình MTQG về")


def _programmes(data: dict) -> list[dict]:
    """National target programmes as campaign entries of kind "chương trình": "Chương trình
    mục tiêu quốc gia <subject>", also written "Chương trình MTQG …", "CTMTQG …", "Chương
    trình mục tiêu quốc gia (MTQG) …", "Chương trình MTQG về …", "chương trình <subject>"."""
    out = []
    for p in data.get("programme", []):
        subjects = [p["subject"], *p.get("aliases", [])]
        aliases = [f"{head} {s}" for s in subjects for head in _PROGRAMME_HEADS]
        out.append({"name": f"Chương trình mục tiêu quốc gia {p['subject']}",
                    "kind": "chương trình", "aliases": aliases, "anywhere": True})
    return out


# an edition written with a name: "năm 2020", "2025", "Hè 2025", "lần thứ 12", "giai đoạn
# 2021 - 2025" (on keys: syllables, punctuation dropped)
_EDITION_KEY = re.compile(
    r"(?:\s+(?:lần\s+thứ\s+\w+|giai\s+đoạn\s+(?:19|20)\d{2}\s+(?:19|20)?\d{2}|"
    r"(?:năm\s+)?(?:19|20)\d{2}(?:\s+(?:19|20)?\d{2})?))+$")
_SEASON_KEY = re.compile(r"\s+(?:mùa\s+)?(?:hè|xuân|đông|thu)$")
_EDITION_SURFACE = re.compile(
    r"(?:[\s,]*[-–—]?[\s(]*(?:lần\s+thứ\s+[^\W_]+|giai\s+đoạn\s+(?:19|20)\d{2}\s*[-–—]\s*"
    r"(?:19|20)?\d{2}|(?:năm\s+)?(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)?\d{2})?)\)?)+$", _I)
_NUMBER_WORDS = frozenset(["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"])


def _edition_stripped(k: str) -> list[str]:
    """The key without its edition; then also without a season before it ("… hè 2025")."""
    bare = _EDITION_KEY.sub("", k)
    if bare == k or not bare:
        return []
    out = [bare]
    seasonless = _SEASON_KEY.sub("", bare)
    if seasonless != bare and seasonless:
        out.append(seasonless)
    return out


def _place_stripped(k: str, idx: Index) -> str:
    """The key without a province or district name inserted into a national name (the
    longest place name at each syllable, up to five syllables)."""
    tokens = k.split()
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        n = next((n for n in (5, 4, 3, 2, 1) if i + n <= len(tokens)
                  and " ".join(tokens[i:i + n]) in idx.place_set), 0)
        if n:
            i += n
            continue
        kept.append(tokens[i])
        i += 1
    stripped = " ".join(kept)
    for pw in _PLACE_WORDS:
        if stripped.startswith(pw):
            stripped = stripped[len(pw):]
    return stripped.replace(" tỉnh ", " ").strip()


def _close_spelling(k: str, idx: Index) -> Entry | None:
    """Typos only: a close spelling of the same length (±2 characters), never a name with a
    word added or dropped ("Thanh niên tình nguyện hè" is not "Thanh niên tình nguyện"), nor
    another number ("5 không, 4 sạch" is not "5 không, 3 sạch")."""
    if len(k) < 14:
        return None
    digits = re.findall(r"\d+", k)
    same_shape = [c for c in idx.by_words.get(k.count(" "), ())
                  if abs(len(c) - len(k)) <= 2 and re.findall(r"\d+", c) == digits]
    close = difflib.get_close_matches(k, same_shape, n=1, cutoff=0.92)
    return idx.by_key[close[0]] if close else None


def _fuzzy_score(tokens: list[str], other: tuple[str, ...]) -> float | None:
    """Similarity of two names word by word, or None below the floor: at least 6 shared
    syllables, at most 2 unshared on either side and 3 in all, ratio ≥ 0.85, and no number
    among the unshared words ("5 không, 3 sạch" is not "5 không, 4 sạch")."""
    sm = difflib.SequenceMatcher(None, tokens, other, autojunk=False)
    shared = sum(b.size for b in sm.get_matching_blocks())
    extra_a, extra_b = len(tokens) - shared, len(other) - shared
    if shared < 6 or extra_a > 2 or extra_b > 2 or extra_a + extra_b > 3:
        return None
    ratio = 2 * shared / (len(tokens) + len(other))
    if ratio < 0.85:
        return None
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op != "equal" and any(t.isdigit() or t in _NUMBER_WORDS
                                 for t in (*tokens[a1:a2], *other[b1:b2])):
            return None
    return ratio


def _fuzzy_entry(k: str, idx: Index) -> Entry | None:
    """The one catalogue entry a variant wording names (a word dropped, added or changed:
    "… – Không ai bị bỏ lại phía sau" for "… Không để ai …"); None when two entries are as
    close (a near-miss between two campaigns is neither)."""
    tokens = k.split()
    if len(tokens) < 6:
        return None
    pool = {*idx.by_first.get(tokens[0], ()), *idx.by_last.get(tokens[-1], ())}
    best: dict[str, tuple[float, Entry]] = {}
    for other in pool:
        o_tokens = tuple(other.split())
        if abs(len(o_tokens) - len(tokens)) > 2:
            continue
        score = _fuzzy_score(tokens, o_tokens)
        if score is not None:
            entry = idx.by_key[other]
            if score > best.get(entry.name, (0.0, entry))[0]:
                best[entry.name] = (score, entry)
    ranked = sorted(best.values(), key=lambda se: -se[0])
    if not ranked or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0] - 0.02):
        return None
    return ranked[0][1]


_DIGIT_OF = {w: str(n) for n, w in enumerate(
    ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"], 1)}


def _digits_for_words(k: str) -> str | None:
    """A name counting in figures and words at once ("5 không, ba sạch") with every number
    word as a figure ("5 không, 3 sạch"), or None when it has no figure and no number word
    (a name written all in words is a catalogue alias where the press uses it)."""
    tokens = k.split()
    if not any(t.isdigit() for t in tokens) or not any(t in _DIGIT_OF for t in tokens):
        return None
    return " ".join(_DIGIT_OF.get(t, t) for t in tokens)


def _catalogue_entry(k: str, idx: Index, fuzzy: bool) -> Entry | None:
    entry = idx.by_key.get(k)
    if entry is not None:
        return entry
    # an edition written inside the name ("Thi đua Quyết thắng năm 2020", "Hè 2025")
    for bare in _edition_stripped(k):
        if bare in idx.by_key:
            return idx.by_key[bare]
    bare_k = (_edition_stripped(k) or [k])[0]
    stripped = _place_stripped(bare_k, idx)
    entry = idx.by_key.get(stripped) or idx.by_key.get(campaign_key(stripped))
    if entry is None:
        entry = _close_spelling(k, idx)
    if entry is None:
        digits = _digits_for_words(stripped)
        entry = idx.by_key.get(digits) if digits else None
    if entry is None and fuzzy:
        entry = _fuzzy_entry(stripped, idx) or _prefix_entry(stripped, idx)
    return entry


def _prefix_entry(k: str, idx: Index) -> Entry | None:
    """A long catalogue name (6+ syllables) written with more words after it ("Nông dân thi
    đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu"): the campaign it opens with,
    the longest such name."""
    tokens = k.split()
    best = None
    for other in idx.by_first.get(tokens[0], ()):
        n = other.count(" ") + 1
        if 6 <= n < len(tokens) and k.startswith(other + " ") and (
                best is None or n > best.count(" ") + 1):
            best = other
    return idx.by_key[best] if best else None


@cache
def _expansions() -> dict[str, str]:
    """The press's short forms ([abbreviations]) that stand for one phrase only: "CCB" →
    "Cựu chiến binh", "NTM" → "nông thôn mới" ("VSATTP" names two and is left as written)."""
    out: dict[str, str] = {}
    seen: dict[str, str] = {}
    for phrase, forms in load("campaigns").get("abbreviations", {}).items():
        for form in forms:
            if form in seen and _fold_key(seen[form]) != _fold_key(phrase):
                out.pop(form, None)
                continue
            seen.setdefault(form, phrase)
            out.setdefault(form, phrase)
    return out


def _expanded(name: str) -> str:
    """``name`` with its short forms written out, as the GUIDE names unknown campaigns."""
    table = _expansions()
    return " ".join(table.get(w, w) for w in name.split(" "))


def clean_name(surface: str) -> str:
    """An uncatalogued name as the id is made from it: no quotes, no leading "Thi đua", no
    edition ("Tình nguyện mùa đông 2025" → "Tình nguyện mùa đông"), short forms written out
    ("CCB giúp nhau làm kinh tế" → "Cựu chiến binh …"), first letter capital."""
    clean = _expanded(re.sub(r"\s+", " ", surface).strip(" \t\"'“”‘’«»„.,;:…"))
    clean = re.sub(r"^(?:[Tt]hi\s+đua|[Pp]hong\s+trào(?:\s+thi\s+đua)?|[Cc]uộc\s+vận\s+động|"
                   r"[Cc]hiến\s+dịch)\s+(?=\S+\s+\S)", "", clean)
    bare = _EDITION_SURFACE.sub("", clean).strip(" ,-–—")
    if len(bare.split()) >= 2:
        clean = bare
    if clean:
        clean = clean[0].upper() + clean[1:]
    return clean


@lru_cache(maxsize=8192)
def canonical(surface: str, fuzzy: bool = False) -> tuple[str, str | None, bool]:
    """(canonical name, catalogue kind or None, is_catalogued) for a campaign name as written.

    ``fuzzy``: also accept a variant wording of one catalogue name (``_fuzzy_entry``); only
    for names read after a trigger word or in a frame that names a campaign, never for a quoted
    text on its own."""
    entry = _catalogue_entry(campaign_key(surface), index(), fuzzy)
    if entry is not None:
        return entry.name, entry.kind, True
    return clean_name(surface), None, False


# ------------------------------------------------------------------------------ extraction

_TRIGGER = re.compile(
    r"(?<![^\W_])(?P<t>phong\s+trào\s+thi\s+đua|phong\s+trào|cuộc\s+vận\s+động|chiến\s+dịch|"
    r"đợt\s+vận\s+động|"
    r"đợt\s+thi\s+đua|cuộc\s+thi\s+đua|thi\s+đua\s+cao\s+điểm|thi\s+đua|tháng\s+hành\s+động|"
    r"tháng\s+cao\s+điểm|"
    r"chương\s+trình)(?![^\W_])"
)
# weak triggers take a quoted name only right after them ("chương trình “Bữa trưa no cho em”",
# but not "chương trình nghệ thuật “…”", an event)
_INTRO_BRIDGE = re.compile(
    r"\s*(?:thi\s+đua\s+)?(?:(?:yêu\s+nước|đặc\s+biệt|cao\s+điểm|vận\s+động|tình\s+nguyện|"
    r"thiện\s+nguyện|an\s+sinh)\s+)?(?:(?:như|là)\s*)?:?\s*")
_QUOTE_ONLY = {"thi đua", "chương trình", "tháng hành động", "tháng cao điểm", "thi đua cao điểm"}
_KIND_OF_TRIGGER = {
    "phong trào thi đua": "phong trào thi đua", "phong trào": "phong trào",
    "cuộc vận động": "cuộc vận động", "chiến dịch": "chiến dịch", "đợt thi đua": "đợt thi đua",
    "đợt vận động": "cuộc vận động",
    "cuộc thi đua": "phong trào thi đua", "thi đua": "phong trào thi đua",
    "thi đua cao điểm": "đợt thi đua",
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
    r"(?<![^\W_])(?:(?<!gây\s)quỹ|giải(?:\s+thưởng)?(?!\s+(?:ngân|quyết|pháp|phóng|tỏa|thể|cứu|đáp|trình))|cuộc\s+thi|hội\s+thi|danh\s+hiệu|chủ\s+đề|khẩu\s+hiệu|"
    r"thông\s+điệp|mô\s+hình|dự\s+án|đề\s+án|câu\s+lạc\s+bộ|ngày\s+hội|lễ\s+hội|hội\s+nghị|"
    r"hội\s+thảo|tác\s+phẩm|cuốn\s+sách|sản\s+phẩm|chuyên\s+mục|chương\s+trình|tọa\s+đàm|"
    r"chỉ\s+thị|nghị\s+quyết|kết\s+luận|kế\s+hoạch|quyết\s+định|slogan|bài\s+hát|bộ\s+phim|"
    r"tiêu\s+chí|cụm\s+từ|dòng\s+chữ|biểu\s+ngữ|băng\s+rôn|"
    r"trang(?!\s+(?:trọng|phục|bị|trải|trí|điểm|hoàng|nghiêm))|tài\s+khoản|nhãn\s+hiệu|"
    r"thương\s+hiệu|hội\s+chợ|giải\s+đấu|festival|tuần\s+lễ|ngày|phương\s+châm|"
    r"tinh\s+thần|lời\s+kêu\s+gọi|công\s+trình|phần\s+việc|chuyên\s+đề|sân\s+chơi|"
    r"hành\s+trình|diễn\s+đàn|liên\s+hoan|hội\s+diễn|triển\s+lãm|đêm\s+nhạc|ứng\s+dụng|"
    r"chuyên\s+trang|biểu\s+trưng|tiết\s+mục|phim|ca\s+khúc|phóng\s+sự|vở(?:\s+diễn|\s+kịch)?|"
    r"tiểu\s+phẩm|bức\s+tranh|bộ\s+ảnh|album|clip|video|podcast|điển\s+hình|"
    r"tấm\s+gương)(?![^\W_])"
)
# a blocker word, then at most three more words or years (a comma between them: "mô hình,
# điển hình “…”", "chủ đề năm 2024 “…”"), none opening a clause or a trigger, right before
# the quote or name
_BLOCKED_BEFORE = re.compile(
    _BLOCKERS.pattern
    + r"(?:(?:\s*,\s*|\s+)(?!(?:triển|phát|hưởng|thực|tổ|tham|về|sơ|tổng|phong|cuộc|chiến|"
    + r"gắn|với|của|cho|trong|nhân|chào)\s)(?:[^\W\d_]+|(?:19|20)\d{2})){0,3}\s*:?\s*$"
)
# a contest or prize and its subject, up to eight words before the quote ("Cuộc thi trực
# tuyến tìm hiểu về “…”"), with no trigger word between
_CONTEST_BEFORE = re.compile(
    r"(?<![^\W_])(?:cuộc\s+thi|hội\s+thi|giải\s+thưởng)(?![^\W_])"
    r"(?:\s+(?!(?:phong|chiến|đợt|tháng)\s|cuộc\s+vận)[^\W\d_]+){0,8}\s*:?\s*$")
# a theme, slogan or motto given after "là" or a colon: "chủ đề của Tháng … năm nay là “…”"
_BLOCKED_IS = re.compile(
    r"(?<![^\W_])(?:chủ\s+đề|khẩu\s+hiệu|thông\s+điệp|phương\s+châm)(?![^\W_])"
    r"[^.;!?“”\"]{0,60}?(?:\s(?:là|rằng)|:)\s*$")
_LIST_GAP = re.compile(r"^\s*(?:[,;]|\.\.\.|…)?\s*(?:(?:và|cùng|hoặc|hay|cũng\s+như)\s*)?$")
_BRIDGE_GAP = re.compile(r":? ")  # "chiến dịch tình nguyện: Mùa hè xanh, …"
_AFTER_TRIGGER_SKIP = re.compile(
    r"\s*:?\s*(?:(?:như|là|mang\s+tên|có\s+tên)(?![^\W_])\s*:?\s*)?")
_STOP_WORDS = {
    "do", "được", "đã", "đang", "sẽ", "tại", "trên", "trong", "năm", "giai", "gắn", "nhằm",
    "thì", "mà", "bằng", "với", "của", "và", "để", "cho", "đến", "từ", "là", "có", "vào", "theo",
    "sau", "trước", "khi", "nên", "cũng", "rất", "đều", "bởi", "nay", "qua", "ở", "tới", "này",
    "đó", "nhưng", "hoặc", "hay", "thông", "tiếp", "tục", "lan", "tỏa", "diễn", "ra",
    # verbs of the clause the name is subject of: "phong trào X đạt 3 tỷ đồng", "… góp phần",
    # "… thu hút", "… trở thành"
    "đạt", "góp", "thu", "trở",
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
    # the name was read after a trigger or in a frame that names a campaign: a variant
    # wording of a catalogue name counts (``canonical(…, fuzzy=True)``)
    fuzzy: bool = False


def _overlaps(a: int, b: int, spans: SpanSet) -> bool:
    return spans.overlaps(a, b)


_OPENING = "“\"«‘'"


def _before_quote(text: str, pos: int) -> int:
    """``pos`` moved back over an opening quote (and a space after it) that starts there."""
    while pos > 0 and (text[pos - 1] in _OPENING or (
            text[pos - 1] == " " and pos > 1 and text[pos - 2] in _OPENING)):
        pos -= 1
    return pos


# the end of an earlier quoted item of the same list: "Quỹ “A”, “B” và “C”"
_LIST_BEFORE = re.compile(r"[”\"»’]\s*(?:[,;]\s*)?(?:(?:và|cùng|hoặc)\s+)?$")


def _blocked_before(view: TextView, pos: int) -> bool:
    """A blocker word ("Quỹ", "cuộc thi", "mô hình" …) right before ``pos`` or before the
    opening quote at ``pos`` ("Quỹ “Vì người nghèo”" is a fund wherever the name recurs), or
    before the first quote of the list ``pos`` continues ("các quỹ “A”, “B”")."""
    text = view.text
    quoted = _before_quote(text, pos)
    follow = quoted != pos or (pos < len(text) and text[pos] in _OPENING)
    pos = quoted
    for _ in range(6):
        if _BLOCKED_BEFORE.search(view.fold, max(0, pos - 40), pos) is not None \
                or _BLOCKED_IS.search(view.fold, max(0, pos - 80), pos) is not None \
                or _CONTEST_BEFORE.search(view.fold, max(0, pos - 70), pos) is not None:
            return True
        prev = _LIST_BEFORE.search(text, max(0, pos - 12), pos) if follow else None
        if prev is None:
            return False
        lo = max(0, prev.start() - 120)
        opening = max(text.rfind(c, lo, prev.start()) for c in _OPENING)
        if opening < 0:
            return False
        pos = _before_quote(text, opening + 1)
    return False


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
    trap_quotes: SpanSet = field(default_factory=SpanSet)  # quotes after a blocker word
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


def _bridge_capitals_ok(ctx: _Ctx, bridge: str) -> bool:
    """No capitalised word between a trigger and its quote, except one place name (the
    province's own movement: "phong trào thi đua của phụ nữ Hà Tĩnh “…”")."""
    caps = [w for w in bridge.split() if w[0].isupper()]
    return not caps or _fold_key(" ".join(caps)) in ctx.idx.place_set


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
            and _bridge_capitals_ok(ctx, bridge)
            and not _BLOCKERS.search(fold[p:q.open_start])):
        return False
    prefix_start = None
    if bridge.split() and ":" not in bridge and not _BRIDGE_CONNECTOR.search(
            fold[p:q.open_start]):
        prefix_start = p + (len(bridge) - len(bridge.lstrip()))
    for n, qq in enumerate(_quote_group(ctx, k)):
        if cand_no_go.overlaps(qq.start, qq.end) or _military(ctx, kind, text[qq.start:qq.end]):
            continue
        surface_name = text[qq.start:qq.end]
        if n == 0 and prefix_start is not None:
            # the quote covers part of the name (cuộc vận động xây dựng gia đình “5 không, 3
            # sạch”): the span stays the quoted text, the name is whole
            combined = text[prefix_start:qq.open_start] + " " + surface_name
            if canonical(combined)[2]:
                surface_name = combined
        ctx.used_quotes.add(qq.open_start)
        if trig == "chương trình" and (_QUOTED_EVENT_HEAD.match(fold, qq.start) or _ONE_EVENING.match(
                fold, qq.close_end)) and not _DRIVE_VERB.search(fold, max(0, p - len(trig) - 40),
                                                                p - len(trig)):
            continue  # "chương trình “Phiên chợ …”", a show broadcast one evening: an event
        for a, b, name in _editions(text, qq.start, qq.end, surface_name):
            ctx.cands.append(_Cand(a, b, name, kind, 5, fuzzy=True))
    return True


# what a one-off event's name opens with: "chương trình “Phiên chợ nghĩa tình”", "“Đêm nhạc
# …”", "“Giao lưu …”", an honouring ceremony ("Tôn vinh …", "Tự hào …") and a charity run or
# walk ("Chạy vì trẻ em", "Đi bộ từ thiện": a morning's sport that raises money) are events;
# "chương trình “Xuân yêu thương”" is a drive
_EVENT_WORDS = (
    r"phiên\s+chợ|chợ|đêm|lễ|hội\s+(?:nghị|thảo|thi|diễn|chợ|ngộ)|giao\s+lưu|gặp\s+mặt|"
    r"họp\s+mặt|tọa\s+đàm|tuyên\s+truyền|tập\s+huấn|khám|ngày\s+hội|liên\s+hoan|"
    r"biểu\s+diễn|triển\s+lãm|nghệ\s+thuật|ca\s+nhạc|văn\s+nghệ|cuộc\s+thi|đối\s+thoại|"
    r"diễn\s+đàn|tổng\s+kết|sơ\s+kết|kỷ\s+niệm|mít\s+tinh|tôn\s+vinh|vinh\s+danh|tự\s+hào|"
    r"chạy|đi\s+bộ|đạp\s+xe|marathon|giải\s+(?:chạy|đi|đua)")
_EVENT_HEAD = re.compile(rf"(?:{_EVENT_WORDS})(?![^\W_])")
# a quoted name opening with "Văn nghệ" is as often a long-running programme ("Văn nghệ … về cơ
# sở") as a show, so only the unquoted "chương trình văn nghệ" is taken for a show
_QUOTED_EVENT_HEAD = re.compile(rf"(?!văn\s+nghệ)(?:{_EVENT_WORDS})(?![^\W_])")
# one answers, launches or carries out a drive, never a show: "hưởng ứng chương trình “Văn nghệ
# … về cơ sở”" is a programme although its name opens with an event word
_DRIVE_VERB = re.compile(r"(?<![^\W_])(?:hưởng\s+ứng|phát\s+động|"
                         r"(?<!được\s)thực\s+hiện|duy\s+trì|nhân\s+rộng)\s+(?:các\s+|những\s+)?$")
# what follows the name of a one-evening show: "chương trình “…” được truyền hình trực tiếp",
# "… diễn ra tối 17/10", "… phát sóng trên VTV1"
_ONE_EVENING = re.compile(
    r"[^.;!?]{0,40}?(?<![^\W_])(?:(?:được\s+)?truyền\s+hình\s+trực\s+tiếp|phát\s+sóng|"
    r"lên\s+sóng|diễn\s+ra\s+(?:vào\s+)?(?:tối|đêm)|tổ\s+chức\s+(?:vào\s+)?(?:tối|đêm))"
    r"(?![^\W_])")
# two editions named together, each with its year: "Tình nguyện mùa đông 2025 - Xuân tình
# nguyện 2026" is two campaigns
_DOUBLE_EDITION = re.compile(
    r"(?P<a>(?:[^\W\d_]+\s+){2,}(?:năm\s+)?(?:19|20)\d{2})\s*[-–—]\s*"
    r"(?P<b>(?:[^\W\d_]+\s+){2,}(?:năm\s+)?(?:19|20)\d{2})$")


_NAME_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")


def _editions(text: str, a: int, b: int, name: str) -> list[tuple[int, int, str]]:
    """(start, end, name as written) of each campaign in a name: one, or two joined by a dash
    when each carries its own edition year or each is a catalogue name on its own
    ("Tình nguyện mùa đông – Xuân tình nguyện") and the whole is not."""
    if name != text[a:b]:
        return [(a, b, name)]
    m = _DOUBLE_EDITION.match(text, a, b)
    if m is not None:
        return [(m.start("a"), m.end("a"), m.group("a")),
                (m.start("b"), m.end("b"), m.group("b"))]
    dashes = list(_NAME_DASH.finditer(text, a, b))
    if len(dashes) != 1 or canonical(name)[2]:
        return [(a, b, name)]
    d = dashes[0]
    left, right = text[a:d.start()], text[d.end():b]
    if canonical(left)[2] and canonical(right)[2]:
        return [(a, d.start(), left), (d.end(), b, right)]
    return [(a, b, name)]


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
            return a, hit[0], hit[1]
    return _catalogue_with_place(ctx, i) or _catalogue_with_acronym(ctx, i)


_INNER_ACRONYM = re.compile(r"\s*\((?P<a>[A-ZĐ]{2,8})\)")


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


_CLAUSE_END = re.compile(r"[.;:!?()“”\"«»\n]")


def _catalogue_with_place(ctx: _Ctx, i: int) -> tuple[int, int, Entry] | None:
    """A catalogue name with a province or district name inserted, unquoted after a trigger
    ("phong trào nông dân Nghệ An thi đua sản xuất, kinh doanh giỏi"): the place (capitalised,
    within the first four words) is dropped and the longest catalogue name read from the rest
    of the clause."""
    view, idx = ctx.view, ctx.idx
    if i >= len(view.syllable_spans):
        return None
    start = view.syllable_spans[i][0]
    stop = _CLAUSE_END.search(ctx.text, start, start + 200)
    limit = stop.start() if stop else start + 200
    words = view.syllable_words
    j = i
    while j < len(words) and j < i + 24 and view.syllable_spans[j][1] <= limit:
        j += 1
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


def _catalogue_right_after(ctx: _Ctx, p: int, cand_no_go: SpanSet) -> None:
    """A weak trigger ("chương trình", "thi đua") takes an unquoted name only when the
    catalogue knows it and it follows at once ("Chương trình Tiếp sức mùa thi")."""
    if p + 1 >= len(ctx.text) or ctx.text[p] != " " or not ctx.text[p + 1].isupper():
        return
    hit = ctx.catalogue_at(p + 1)
    if hit:
        _catalogue_list(ctx, p + 1, hit[0], hit[1], cand_no_go)
    elif ctx.view.fold.startswith("chương trình", p - 12) and not _NOT_A_DRIVE.match(
            ctx.view.fold, p + 1):
        # "Chương trình Caravan thắp sáng yêu thương của …": a drive named without quotes
        end = _unquoted_name(ctx.view, p + 1, strict_end=True)
        if end and not cand_no_go.overlaps(p + 1, end) and _CLEAR_END.match(ctx.text, end):
            ctx.cands.append(_Cand(p + 1, end, ctx.text[p + 1:end], "chương trình", 3,
                                   fuzzy=True))


# where an unquoted name surely ends: its organiser ("của …", "do …"), a place or time, or
# punctuation — not a run of words cut at a length limit
_CLEAR_END = re.compile(r"\s*(?:[,.;:!?()]|$)|\s+(?:của|do|tại|ở|năm|trong|nhằm|được|đã)(?![^\W_])")


# what a capitalised word after "Chương trình" names when it is not a drive: a plan or
# document ("Chương trình Hành động", "Chương trình công tác"), a curriculum, a body
# ("Chương trình Phát triển Liên hợp quốc"), the national target programmes, an event
_NOT_A_DRIVE = re.compile(
    r"(?:hành\s+động|công\s+tác|phối\s+hợp|phát\s+triển|giáo\s+dục|gdpt|mục\s+tiêu|mtqg|"
    r"ctmtqg|số|nghị\s+sự|lương\s+thực|khung|đào\s+tạo|hợp\s+tác|toàn\s+quốc|quốc\s+gia|"
    r"ký\s+kết|liên\s+kết|làm\s+việc|tổng\s+thể|kế\s+hoạch|" + _EVENT_WORDS + r")(?![^\W_])")


# between two listed names: a comma, "và", or a dash between two editions ("Tình nguyện mùa
# đông 2025 – Xuân tình nguyện 2026")
_UNQUOTED_LIST_GAP = re.compile(
    r"(?:\s+(?:năm\s+)?(?:19|20)\d{2})?(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+|\s*[-–—]\s*)")


def _catalogue_list(ctx: _Ctx, a: int, end: int, entry: Entry, cand_no_go: SpanSet) -> None:
    """The catalogue name at [a, end) after a trigger, and the capitalised catalogue names
    listed after it ("Chương trình Nâng bước em tới trường, Con nuôi Đồn Biên phòng")."""
    text = ctx.text
    for _ in range(8):
        if not cand_no_go.overlaps(a, end):
            ctx.cands.append(_Cand(a, end, text[a:end], entry.kind, 4))
        gap = _UNQUOTED_LIST_GAP.match(text, end)
        if gap is None or gap.end() >= len(text) or not text[gap.end()].isupper():
            return
        hit = ctx.catalogue_at(gap.end())
        if hit is None:
            return
        a, (end, entry) = gap.end(), hit


# battles of the wars: "chiến dịch" + a place or a front ("Chiến dịch Điện Biên Phủ", "chiến
# dịch Hồ Chí Minh", "Chiến dịch Biên giới 1950") is a military campaign, not a movement
_FRONTS = frozenset(["hồ chí minh", "biên giới", "tây nguyên", "việt bắc", "mậu thân",
                     "đường 9 nam lào", "trị thiên", "thượng lào", "tây bắc", "quảng trị",
                     "điện biên phủ", "hòa bình", "tây nam", "điện biên phủ trên không",
                     "biên giới thu đông", "việt bắc thu đông", "trần hưng đạo", "quang trung",
                     "hoàng hoa thám", "lê hồng phong", "khe sanh", "bình giã", "đồng xoài",
                     "trung lào", "hạ lào", "nam lào", "đường 9", "xuân mậu thân"])


def _military(ctx: _Ctx, kind: str, name: str) -> bool:
    """A "chiến dịch" named by a place or a front of the wars (``_FRONTS``)."""
    if kind != "chiến dịch":
        return False
    k = (_edition_stripped(campaign_key(name)) or [campaign_key(name)])[0]
    k = re.sub(r" lịch sử$", "", k)
    # places joined ("Chiến dịch Huế - Đà Nẵng") are a front too
    return k in _FRONTS or not _place_stripped(k, ctx.idx)


_PEOPLE_LED = re.compile(r"(?:toàn\s+dân|cả\s+nước)\s+(?!và\b|cùng\b)[^\W\d_]")


def _trigger_unquoted(ctx: _Ctx, p: int, trig: str, kind: str, cand_no_go: SpanSet) -> None:
    text = ctx.text
    skip = _AFTER_TRIGGER_SKIP.match(text, p)
    pos = skip.end() if skip else p
    if pos >= len(text):
        return
    hit = _catalogue_after_trigger(ctx, pos)
    if hit and _PLURAL_BEFORE.search(ctx.view.fold, max(0, p - 30), p - len(trig)) \
            and not any(ch.isupper() for ch in text[hit[0]:hit[1]]):
        return  # "các phong trào thi đua xây dựng nông thôn mới": a class, not one movement
    if hit:
        _catalogue_list(ctx, *hit, cand_no_go)
        return
    if _PEOPLE_LED.match(ctx.view.fold, pos) and pos == p + 1:
        # "phong trào toàn dân chăm sóc, phụng dưỡng …": a movement named for all its people
        end = _unquoted_name(ctx.view, pos, _MONTH_STOP, max_words=16, max_commas=2)
        if end and not cand_no_go.overlaps(pos, end):
            ctx.cands.append(_Cand(pos, end, text[pos:end], kind, 3, fuzzy=True))
        return
    if text[pos].isupper() and pos == p + 1:
        unq = _unquoted_name(ctx.view, pos)
        if unq and not cand_no_go.overlaps(pos, unq) and not _military(ctx, kind, text[pos:unq]):
            for a, b, name in _editions(text, pos, unq, text[pos:unq]):
                ctx.cands.append(_Cand(a, b, name, kind, 3, fuzzy=True))


# a board or office named after the campaign it runs: "Ban Chỉ đạo thực hiện phong trào …",
# "Ban Chỉ đạo phòng, chống tội phạm … và xây dựng phong trào …", "Cục Xây dựng phong trào …",
# "Văn phòng Điều phối chương trình …"
_BOARD_HEAD = re.compile(
    r"(?<![^\W_])(?:ban\s+chỉ\s+đạo|ban\s+chỉ\s+huy|ban\s+điều\s+hành|ban\s+vận\s+động|"
    r"ban\s+quản\s+lý|"
    r"văn\s+phòng\s+điều\s+phối|cục\s+xây\s+dựng)(?![^\W_])")
_BOARD_GAP = re.compile(
    r"(?:(?:\s*,\s*|\s+)[^\W\d_]+){0,14}?(?:\s+(?:thực\s+hiện|xây\s+dựng|về|các))?\s+$")
_BOARD_BREAK = re.compile(
    r"(?<![^\W_])(?:tỉnh|huyện|xã(?!\s+hội)|phường|thành\s+phố|trung\s+ương|đã|đang|sẽ|vừa|cần|phải|"
    r"tiếp\s+tục|phát\s+động|tổ\s+chức|triển\s+khai|hưởng\s+ứng|chỉ\s+đạo|đẩy\s+mạnh|"
    r"yêu\s+cầu|đề\s+nghị|giao|ban\s+hành|tăng\s+cường|làm\s+việc|họp)(?![^\W_])")


# a trigger phrase right before a name inside a board's name: "Ban Chỉ huy chiến dịch tình
# nguyện Mùa hè xanh quận …"
_TRAILING_TRIGGER = re.compile(
    r"\s(?:phong\s+trào(?:\s+thi\s+đua)?|cuộc\s+vận\s+động|chiến\s+dịch|chương\s+trình)"
    r"(?:\s+[^\W\d_]+){0,2}\s*$")


def _in_board_name(view: TextView, pos: int) -> bool:
    """The trigger at ``pos`` is part of a board's or office's name (see ``_BOARD_HEAD``): the
    words between the head and it name the board's remit, with no place, verb or clause."""
    fold = view.fold
    heads = list(_BOARD_HEAD.finditer(fold, max(0, pos - 110), pos))
    if not heads:
        return False
    # the opening quote of a name inside the board's name ("Ban vận động “Ngày vì người
    # nghèo” Hà Tĩnh") is no word of the gap
    gap = _TRAILING_TRIGGER.sub(" ", fold[heads[-1].end():pos].rstrip(_OPENING + " "))
    if gap.strip() == "":
        return True
    return _BOARD_GAP.fullmatch(gap) is not None and gap.rstrip().endswith(
        ("thực hiện", "xây dựng", "về", "các")) and not _BOARD_BREAK.search(gap)


def _pass_triggers(ctx: _Ctx) -> None:
    """1 + 2: names after a trigger word, quoted or not."""
    for t in _TRIGGER.finditer(ctx.view.fold):
        if ctx.trig_no_go.overlaps(t.start(), t.end()) or _in_board_name(ctx.view, t.start()):
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
        _trigger_unquoted(ctx, t.end(), t.group("t"), kind, cand_no_go)
        _plural_list(ctx, t, kind, cand_no_go)


_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những)\s+$")
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
            ctx.cands.append(_Cand(qq.start, qq.end, ctx.text[qq.start:qq.end], kind, 4,
                                   fuzzy=True))


_LAUNCH_BEFORE = re.compile(
    r"(?<![^\W_])(?:phát\s+động|hưởng\s+ứng|ra\s+quân|khởi\s+động|triển\s+khai)\s*$")


def _pass_quoted_catalogue(ctx: _Ctx) -> None:
    """3: quoted catalogue names without a trigger; right after a launching verb ("hưởng ứng
    “…”") a variant wording counts too (``fuzzy``)."""
    text, fold = ctx.text, ctx.view.fold
    for q in ctx.quotes:
        if q.open_start in ctx.used_quotes or ctx.no_go.overlaps(q.start, q.end):
            continue
        fuzzy = _LAUNCH_BEFORE.search(fold, max(0, q.open_start - 16), q.open_start) is not None
        _name, kind, catalogued = canonical(text[q.start:q.end], fuzzy)
        if not catalogued or (_blocked_before(ctx.view, q.open_start)
                              and not _campaign_day_before(ctx.view, q.open_start)):
            continue
        ctx.cands.append(_Cand(q.start, q.end, text[q.start:q.end], kind or "phong trào", 2,
                               fuzzy=fuzzy))


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


_NAMED_PERIOD = re.compile(
    r"(?<![^\W_])(?:tháng|tuần\s+lễ)\s+(?:cao\s+điểm|hành\s+động)(?![^\W_])")


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
    quoted = {q.start: q.end for q in ctx.quotes}
    for i, matches in ctx.cat_matches.items():
        for e, label, _s in matches:
            entry = ctx.idx.label_entry[label]
            if not entry.anywhere:
                continue
            a, b = view.syllable_spans[i][0], view.syllable_spans[e - 1][1]
            # a programme's own head word stands for the capital ("chương trình MTQG …"),
            # unless it is part of a board's name ("Văn phòng Điều phối Chương trình 135 …")
            headed = entry.kind == "chương trình" and view.fold.startswith("chương trình", a)
            if headed and _in_board_name(view, a):
                continue
            if (text[a].isupper() or headed) and not ctx.no_go.overlaps(a, b) \
                    and (not _blocked_before(view, a) or _campaign_day_before(view, a)) \
                    and not _slogan_on_name(text, a, b, quoted):
                ctx.cands.append(_Cand(a, b, text[a:b], entry.kind, 1))


_DAY_HEAD = re.compile(r"(?<![^\W_])ngày\s+hội\s+(?=[^\W\d_])")


def _pass_campaign_days(ctx: _Ctx) -> None:
    """The named day of a catalogue campaign, unquoted and in any case ("ngày hội Toàn dân bảo
    vệ an ninh Tổ quốc", "Ngày hội TDBVANTQ"): the day cites the campaign."""
    if "ngày hội" not in ctx.view.fold:
        return
    for m in _DAY_HEAD.finditer(ctx.view.fold):
        a = m.end()
        hit = ctx.catalogue_at(a)
        if hit and not ctx.no_go.overlaps(a, hit[0]):
            ctx.cands.append(_Cand(a, hit[0], ctx.text[a:hit[0]], hit[1].kind, 2))


# "học tập và làm theo … Hồ Chí Minh": the national campaign whatever its wording ("tấm gương
# đạo đức", "tư tưởng, đạo đức, phong cách"), lower case and without a trigger
_FRAME = re.compile(
    r"(?<![^\W_])học\s+tập\s+và\s+làm\s+theo\s+(?:[^\W\d_]+,?\s+){1,9}?"
    r"(?:hồ\s+chí\s+minh|bác\s+hồ)(?![^\W_])")
# the subject of a document ("Chỉ thị 05-CT/TW … về đẩy mạnh học tập và làm theo …") is not
# a mention of the campaign
_DOCUMENT_BEFORE = re.compile(
    r"(?<![^\W_])(?:chỉ\s+thị|nghị\s+quyết|kết\s+luận|kế\s+hoạch|quy\s+định|hướng\s+dẫn|"
    r"đề\s+án|chuyên\s+đề)(?![^\W_])[^.;:!?]{0,60}?\s(?:về|số\s+\S+)\s+(?:việc\s+)?"
    r"(?:tiếp\s+tục\s+)?(?:đẩy\s+mạnh\s+)?$")


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
        # "Tuổi trẻ (Việt Nam | Hà Tĩnh) học tập và làm theo …": the youth campaign when the
        # words before the frame make its name, else the frame alone
        youth = _YOUTH_BEFORE.search(fold, max(0, m.start() - 40), m.start())
        for a in ([youth.start()] if youth else []) + [m.start()]:
            _name, kind, catalogued = canonical(ctx.text[a:b], True)
            if catalogued and not ctx.no_go.overlaps(a, b):
                ctx.cands.append(_Cand(a, b, ctx.text[a:b], kind or "cuộc vận động", 2,
                                       fuzzy=True))
                break


_PROGRAMME_HEAD = re.compile(
    r"(?<![^\W_])(?:chương\s+trình\s+mục\s+tiêu\s+quốc\s+gia(?:\s*\(mtqg\))?|"
    r"chương\s+trình\s+mtqg|ct\s*mtqg)(?![^\W_])")


def _pass_programme_heads(ctx: _Ctx) -> None:
    """A national target programme whose subject is misspelt or reworded ("Chương trình MTQG
    về dựng NTM"): the head is certain, the subject is matched with ``fuzzy`` up to a word the
    catalogue's subjects end with, longest first."""
    view, fold = ctx.view, ctx.view.fold
    if "mtqg" not in fold and "mục tiêu quốc gia" not in fold:
        return
    for m in _PROGRAMME_HEAD.finditer(fold):
        a = m.start()
        if _programme_list(ctx, m.end()) or ctx.catalogue_at(a) or ctx.no_go.overlaps(a, m.end()):
            continue
        stop = _CLAUSE_END.search(ctx.text, m.end(), m.end() + 120)
        limit = stop.start() if stop else m.end() + 120
        i = view.syllable_index_at(m.end())
        ends = [b for (_s, b), w in zip(view.syllable_spans[i:i + 14],
                                        view.syllable_words[i:i + 14], strict=False)
                if b <= limit and w in ctx.idx.by_last]
        for b in reversed(ends):
            _name, kind, catalogued = canonical(ctx.text[a:b], True)
            if catalogued and kind == "chương trình":
                ctx.cands.append(_Cand(a, b, ctx.text[a:b], kind, 1, fuzzy=True))
                break


def _pass_catalogue_months(ctx: _Ctx) -> None:
    """A catalogue named month in lower case ("hưởng ứng tháng hành động vì an toàn thực
    phẩm", "tháng hành động quốc gia phòng, chống HIV/AIDS"): the month word opens the name,
    so no capital is needed to tell it from ordinary words."""
    view = ctx.view
    for i, matches in ctx.cat_matches.items():
        if view.syllable_words[i] not in ("tháng", "tuần"):
            continue
        e, label, _s = max(matches)
        entry = ctx.idx.label_entry[label]
        a, b = view.syllable_spans[i][0], view.syllable_spans[e - 1][1]
        if entry.kind == "tháng hành động" and not ctx.no_go.overlaps(a, b) \
                and not _blocked_before(view, a):
            ctx.cands.append(_Cand(a, b, ctx.text[a:b], entry.kind, 1))


# a quote that opens with its own trigger word: “Phong trào Cựu chiến binh hiến kế …”
_QUOTE_TRIGGER = re.compile(
    r"(?P<t>phong\s+trào(?:\s+thi\s+đua)?|cuộc\s+vận\s+động|chiến\s+dịch)\s+(?=[^\W\d_])")


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
    Cựu chiến binh hiến kế, hiến công …”), or in lower case when listed beside another such
    quote (“Phong trào nông dân thi đua …”; “Phong trào nông dân tham gia …”): the campaign
    is the rest of the quote."""
    text, fold = ctx.text, ctx.view.fold
    for k, q in enumerate(ctx.quotes):
        m = _QUOTE_TRIGGER.match(fold, q.start, q.end)
        if m is None or q.open_start in ctx.used_quotes \
                or not (text[m.end()].isupper() or _listed_with_trigger(ctx, k)) \
                or ctx.no_go.overlaps(q.start, q.end) or not _short_name(text[q.start:q.end]) \
                or _CLAUSE_WORDS.search(fold, m.end(), q.end) \
                or _blocked_before(ctx.view, q.open_start):
            continue
        kind = _KIND_OF_TRIGGER[re.sub(r"\s+", " ", m.group("t"))]
        ctx.cands.append(_Cand(q.start, q.end, text[q.start:q.end], kind, 2, fuzzy=True))


_LAUNCH = re.compile(
    r"(?<![^\W_])(?P<v>phát\s+động|hưởng\s+ứng|ra\s+quân|khởi\s+động|chung\s+tay)"
    r"(?:\s+(?:hỗ\s+trợ|ủng\s+hộ|thực\s+hiện))?\s+(?=[^\W\d_])")


def _pass_launches(ctx: _Ctx) -> None:
    """A catalogue name right after a launching verb ("phát động tết Trồng cây", "hưởng ứng
    Tháng Nhân đạo", "ra quân Mùa hè xanh") in whatever case, when written with a capital
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
                or verb in campaign_key(entry.name):
            ctx.cands.append(_Cand(a, b, text[a:b], entry.kind, 1))


# the items of a list: runs of words between commas, semicolons and "và"
_LIST_PARTS = re.compile(r"[^\W_](?:[^,;]*?[^\W_])??(?=\s*(?:[,;]|\svà\s|$))")
_AND = re.compile(r"(?:và\s+)?")
_LIST_INTRO = re.compile(r"\s*(?:(?:gồm|là)\s*)?:\s*|\s+gồm\s+(?:có\s+)?")


def _programme_list(ctx: _Ctx, p: int) -> bool:
    """Programmes listed after one head ("3 Chương trình MTQG: xây dựng nông thôn mới, giảm
    nghèo bền vững và …"): each subject is its programme; True when the head opens a list."""
    intro = _LIST_INTRO.match(ctx.text, p)
    if intro is None:
        return False
    stop = _CLAUSE_END.search(ctx.text, intro.end(), intro.end() + 300)
    limit = stop.start() if stop else min(len(ctx.text), intro.end() + 300)
    for item in _LIST_PARTS.finditer(ctx.text, intro.end(), limit):
        a, b = item.start(), item.end()
        joined = _AND.match(ctx.text, a)  # always matches: the "và " is optional
        a += joined.end() - a if joined else 0
        name = f"Chương trình mục tiêu quốc gia {ctx.text[a:b]}"
        _name, kind, catalogued = canonical(name, True)
        if catalogued and kind == "chương trình" and not ctx.no_go.overlaps(a, b):
            ctx.cands.append(_Cand(a, b, name, kind, 2, fuzzy=True))
    return True


_NAMED_WEEK = re.compile(
    r"(?<![^\W_])tuần\s+lễ\s+(?:hành\s+động|cao\s+điểm)(?:\s+quốc\s+gia)?\s+(?:vì|về)\s+"
    r"(?=[^\W\d_])")


# a national week ("Tuần lễ quốc gia nước sạch và vệ sinh môi trường"): a capital "Tuần lễ"
# and "quốc gia" name a week of action; other capitalised weeks may be festivals ("Tuần lễ
# Văn hóa - Du lịch"), so those count only when catalogued
_PROPER_WEEK = re.compile(r"(?<![^\W_])Tuần\s+lễ\s+(?i:quốc\s+gia)\s+[^\W\d_]")


def _pass_named_weeks(ctx: _Ctx) -> None:
    """A named week of action, unquoted ("hưởng ứng tuần lễ hành động vì trẻ em", "Tuần lễ
    quốc gia nước sạch …"): like a named month, the whole phrase up to the clause boundary
    (an edition "năm 2024", a date, a verb) is the campaign."""
    if "tuần lễ" not in ctx.view.fold:
        return
    starts = [m.start() for m in _NAMED_WEEK.finditer(ctx.view.fold)]
    starts += [m.start() for m in _PROPER_WEEK.finditer(ctx.text)
               if ctx.catalogue_at(m.start()) is None and not ctx.in_quote.overlaps(
                   m.start(), m.start() + 1)]
    quote_at = {q.start: q for q in ctx.quotes}
    for m in _PROPER_WEEK.finditer(ctx.text):
        q = quote_at.get(m.start())
        # a quoted national week ("hưởng ứng “Tuần lễ quốc gia về nước sạch …”"): the quote
        if q is not None and _short_name(ctx.text[q.start:q.end]) \
                and not ctx.no_go.overlaps(q.start, q.end) and not _blocked_before(ctx.view, q.start):
            ctx.cands.append(_Cand(q.start, q.end, ctx.text[q.start:q.end], "tuần lễ", 2))
    for a in sorted(set(starts)):
        end = _unquoted_name(ctx.view, a, _MONTH_STOP, max_words=16, max_commas=2)
        if end and not ctx.no_go.overlaps(a, end):
            ctx.cands.append(_Cand(a, end, ctx.text[a:end], "tháng hành động", 1))


def _pass_defined_names(ctx: _Ctx) -> None:
    """A capitalised catalogue name followed by its own initials in brackets ("Toàn dân đoàn
    kết xây dựng đời sống văn hóa (TDĐKXDĐSVH) trở thành …"): the article names the movement
    and defines its short form, so no trigger is needed."""
    view, text = ctx.view, ctx.text
    if "(" not in text:
        return
    for i, matches in ctx.cat_matches.items():
        e, label, _s = max(matches)
        a, b = view.syllable_spans[i][0], view.syllable_spans[e - 1][1]
        m = _DEFINED_ACRONYM.match(text, b)
        if m is None or not text[a].isupper() or ctx.no_go.overlaps(a, b):
            continue
        if m.group("a").upper() == "".join(w[0] for w in view.syllable_words[i:e]).upper():
            ctx.cands.append(_Cand(a, b, text[a:b], ctx.idx.label_entry[label].kind, 1))


_BARE_PERIOD = re.compile(r"(?<![^\W_])Tháng\s+(?:hành\s+động|cao\s+điểm)(?![^\W_])")


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
        if ctx.no_go.overlaps(a, b) or _blocked_before(view, a):
            continue
        s0, s1 = view.sentence_spans[view.sentence_of(a)]
        i, j = _syllable_range(view, s0, s1)
        sentence = f" {' '.join(view.syllable_words[i:j])} "
        named = {e.name: e for subject, e in ctx.idx.month_subjects if f" {subject} " in sentence}
        if len(named) == 1:
            entry = next(iter(named.values()))
            ctx.cands.append(_Cand(a, b, entry.name, entry.kind, -1))


# examples of several drives, the first without its own trigger: "những chương trình, hoạt
# động tiêu biểu như “A”, phong trào “B” …" (a show's words in between make it shows)
_EXAMPLES_OF_PROGRAMMES = re.compile(
    r"(?<![^\W_])(?:các|những)\s+chương\s+trình(?:\s*,\s*hoạt\s+động)?"
    r"(?P<w>(?:\s+[^\W\d_]+){0,3}?)\s+như\s*:?\s*$")


def _pass_programme_examples(ctx: _Ctx) -> None:
    """Quoted names given as examples of several programmes ("những chương trình, hoạt động
    tiêu biểu như “Vì một Việt Nam xanh”, …"): each untriggered quote of the list is a drive,
    unless the words before "như" name shows or the quote opens with an event word."""
    text, fold = ctx.text, ctx.view.fold
    if "chương trình" not in fold:
        return
    for k, q in enumerate(ctx.quotes):
        m = _EXAMPLES_OF_PROGRAMMES.search(fold, max(0, q.open_start - 80), q.open_start)
        if m is None or _EVENT_HEAD.search(m.group("w")):
            continue
        for item in _quote_group(ctx, k):
            name = text[item.start:item.end]
            if item.open_start in ctx.used_quotes or not _short_name(name) \
                    or _QUOTED_EVENT_HEAD.match(fold, item.start) \
                    or ctx.no_go.overlaps(item.start, item.end) \
                    or _blocked_before(ctx.view, item.open_start):
                continue
            ctx.cands.append(_Cand(item.start, item.end, name, "chương trình", 2, fuzzy=True))


PASSES: tuple[Callable[[_Ctx], None], ...] = (
    _pass_named_periods,
    _pass_triggers,
    _pass_quoted_catalogue,
    _pass_month_campaigns,
    _pass_anywhere,
    _pass_campaign_days,
    _pass_catalogue_months,
    _pass_launches,
    _pass_named_weeks,
    _pass_quotes_with_their_trigger,
    _pass_frames,
    _pass_programme_heads,
    _pass_bare_periods,
    _pass_defined_names,
    _pass_programme_examples,
)


# the frames that make any name after them something else — a fund, contest, prize, title,
# theme, slogan or model — with at most two words between ("Quỹ khuyến học “…”", "mô hình,
# điển hình “…”"); weaker blockers ("chương trình", "ngày", "tinh thần") are left to the
# passes, which know their trigger
_TRAP_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?<!gây\s)quỹ|cuộc\s+thi|hội\s+thi|giải\s+thưởng|danh\s+hiệu|chủ\s+đề|"
    r"khẩu\s+hiệu|thông\s+điệp|mô\s+hình|điển\s+hình|phương\s+châm)(?![^\W_])"
    r"(?:(?:\s*,\s*|\s+)(?!(?:phong|cuộc|chiến|tháng|đợt|của|cho|với|trong|về|gắn|"
    r"triển|phát|hưởng|thực|tham)\s)(?:[^\W\d_]+|(?:19|20)\d{2})){0,2}\s*:?\s*$")


def _mention_here(ctx: _Ctx, c: _Cand) -> bool:
    """Whatever pass read it, a name inside a board's name ("Ban Chỉ đạo Tháng Thanh niên") or
    inside a quoted fund, theme, slogan or model name (“Chiến sĩ Mùa hè xanh hành động vì trẻ
    em” after "chủ đề") is no mention of a campaign unless the quote cites it with its
    trigger word."""
    if _in_board_name(ctx.view, c.start):
        return False
    if c.priority < 3 and _TRAP_BEFORE.search(
            ctx.view.fold, max(0, c.start - 40), _before_quote(ctx.text, c.start)):
        return False  # after "Quỹ", "cuộc thi", "chủ đề" …: a trap whichever pass read it
    k = _first_quote_after(ctx.quote_starts, c.start + 1)
    k = (len(ctx.quotes) if k is None else k) - 1
    if k < 0:
        return True
    q = ctx.quotes[k]
    # a title citing the campaign with its trigger still names it ("danh hiệu “Khu dân cư thực
    # hiện tốt cuộc vận động …”")
    inside = q.open_start < c.start and c.end <= q.close_end and (c.start, c.end) != (
        q.start, q.end) and c.priority < 3
    return not (inside and q.open_start not in ctx.used_quotes
                and ctx.trap_quotes.overlaps(q.start, q.end))


def _resolve(ctx: _Ctx, unplaced: list[Unplaced] | None = None) -> list[CampaignMention]:
    """The best non-overlapping candidates, then (5) later references of the names found, with
    their canonical names; names read after a trigger that the catalogue does not hold go to
    ``unplaced`` too."""
    view, text = ctx.view, ctx.text
    chosen = _choose([c for c in ctx.cands if _mention_here(ctx, c)])
    if chosen:
        refs = _references(view, chosen, ctx.quotes, ctx.no_go, ctx.cat_matches)
        # a short form defined in brackets right after its name is part of that mention
        defining = SpanSet([m.span("a") for c in chosen
                            if (m := _DEFINED_ACRONYM.match(text, c.end)) is not None])
        chosen = _choose(chosen + [c for c in refs if _mention_here(ctx, c)
                                   and not defining.overlaps(c.start, c.end)])
    out = []
    for c in chosen:
        name, cat_kind, catalogued = canonical(c.surface_name, c.fuzzy)
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
        SpanSet([(q.start, q.end) for q in quotes_sorted if _blocked_before(view, q.open_start)]),
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


_NAME_WORD = re.compile(r"[^\W_]+(?:[/-][^\W_]+)*")
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
               "nay", "qua", "tới", "sau", "trước", "cho", "theo", "tiếp", "ra", "bằng", "vừa",
               "hiện"}


# "cùng" joins the name ("Sát cánh cùng gia đình Việt") unless it opens "cùng với", "cùng các"
_CUNG = re.compile(r"cùng(?:\s+(?:với|các|những|nhiều|toàn|cả|nhau|lúc)(?![^\W_])|\W*$)", _I)
_LEVEL_PLACE = re.compile(r"(?:tỉnh|huyện|xã|phường|thị\s+xã|thành\s+phố|TP\.?)\s+[A-ZĐ]")
_NUMBER_LED = re.compile(r"(?:Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+(?!nay|qua|tới|sau)"
                         r"[^\W\d_]")


def _unquoted_name(view: TextView, pos: int, stop: set | None = None, max_words: int = 12,
                   max_commas: int = 1, strict_end: bool = False) -> int | None:
    """End of an unquoted capitalised name starting at ``pos``, or None when not a name.

    The name runs over words joined by single spaces (a comma or dash is allowed inside,
    "Sạch làng, đẹp ruộng") until punctuation or a function word ("được", "do", "của" …);
    ``strict_end``: a name still running at ``max_words`` is no name.
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
        # a stop word ends the name only as a word of its own ("đang" in "Ba đảm đang" is not)
        if count > 0 and (m.group(0).lower() in stop and m.start() in view.word_starts
                          or _LEVEL_PLACE.match(text, m.start()) or _CUNG.match(text, m.start())):
            break  # "… tỉnh Quảng Nam": the organiser's level and place follow the name
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
    if count >= max_words and _NAME_WORD.match(text, cursor) and (
            strict_end or end not in view.word_ends):
        return None  # cut at the length limit (inside a word): where the name ends is unknown
    return _name_end_ok(view, pos, end, count)


def _name_end_ok(view: TextView, pos: int, end: int, count: int) -> int | None:
    """``end`` when the words [pos, end) can be a name: three words or more ("Hai giỏi", "Ba
    đảm đang": two when led by a number word), not a generic phrase, ending on a word end."""
    text = view.text
    if count < 3 and not (count == 2 and _NUMBER_LED.match(text, pos)):
        return None
    if campaign_key(text[pos:end]) in _GENERIC:
        return None
    if end not in view.word_ends and end < len(text) and text[end].isalnum():
        return None
    return end


def _slogan_on_name(text: str, a: int, b: int, quoted: dict[int, int]) -> bool:
    """The name opens a longer quotation ("“Dân vận khéo thì việc gì cũng thành công”"): a
    slogan or saying built on the name, not a mention of the campaign."""
    end = quoted.get(a)
    if end is None or end <= b:
        return False
    rest = text[b:end].strip(" ,-–—")
    return bool(rest) and _EDITION_SURFACE.fullmatch(" " + rest) is None


def _reference_ok(view: TextView, a: int, b: int, quoted: dict[int, int],
                  no_go: SpanSet) -> bool:
    """A later mention counts when capitalised or quoted and outside the traps."""
    return (view.text[a].isupper() or a in quoted) and not no_go.overlaps(a, b) \
        and not _blocked_before(view, a) and not _slogan_on_name(view.text, a, b, quoted)


def _catalogued_references(view: TextView, seen_names: dict, quoted_starts: dict[int, int],
                           no_go: SpanSet, cat_matches: dict) -> list[_Cand]:
    """Any alias match of a catalogue entry already found; in lower case too when it repeats,
    word for word, a mention of four or more syllables the article made with a capital or
    quotes ("Chương trình “Ngày Chủ nhật xanh”" … "sôi nổi ngày chủ nhật xanh")."""
    idx = index()
    out: list[_Cand] = []
    said = {view.fold[c.start:c.end] for c in seen_names.values()
            if view.fold.count(" ", c.start, c.end) >= 3}
    for i, matches in cat_matches.items():
        for e, label, _s in matches:
            entry = idx.label_entry[label]
            if entry.name not in seen_names:
                continue
            a, b = view.syllable_spans[i][0], view.syllable_spans[e - 1][1]
            if _reference_ok(view, a, b, quoted_starts, no_go) or (
                    view.fold[a:b] in said and not no_go.overlaps(a, b)
                    and not _blocked_before(view, a)):
                out.append(_Cand(a, b, view.text[a:b], seen_names[entry.name].kind, 0))
    return out


# a short form defined right after a name: "phong trào “Dân vận khéo” (DVK)"
_DEFINED_ACRONYM = re.compile(r"[”\"»’]?\s*\((?P<a>[A-ZĐ][A-ZĐ0-9&-]{1,11})\)")


def _acronym_references(view: TextView, chosen: list[_Cand], no_go: SpanSet) -> list[_Cand]:
    """The article's own short form of a campaign, defined in brackets after it, names the
    campaign wherever it recurs ("phong trào DVK")."""
    text = view.text
    out: list[_Cand] = []
    for c in chosen:
        m = _DEFINED_ACRONYM.match(text, c.end)
        if m is None:
            continue
        for r in re.finditer(rf"(?<![^\W_]){re.escape(m.group('a'))}(?![^\W_])", text):
            if r.start() != m.start("a") and not no_go.overlaps(r.start(), r.end()) \
                    and not _blocked_before(view, r.start()):
                out.append(_Cand(r.start(), r.end(), c.surface_name, c.kind, 0, fuzzy=c.fuzzy))
    return out


def _references(view: TextView, chosen: list[_Cand], quotes: list[Quote],
                no_go: SpanSet, cat_matches: dict) -> list[_Cand]:
    seen_names = {canonical(c.surface_name, c.fuzzy)[0]: c for c in chosen}
    quoted_starts = {q.start: q.end for q in quotes}
    out = _catalogued_references(view, seen_names, quoted_starts, no_go, cat_matches)
    out += _acronym_references(view, chosen, no_go)
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
    return out


def _choose(cands: list[_Cand]) -> list[_Cand]:
    cands = sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    spans = Taken()
    taken = [c for c in cands if spans.take(c.start, c.end)]
    taken.sort(key=lambda c: c.start)
    return taken
