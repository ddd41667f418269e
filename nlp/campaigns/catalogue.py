"""The campaign catalogue as an index: every key of every entry (its name and aliases, the
press's short forms of words inside them, its initials), national target programmes generated
from their subjects, and a PhraseMatcher over a Doc of catalogue syllables, so that finding every
catalogue name in a text costs one matcher run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from baochi.nlp import places as gazetteer
from baochi.nlp.catalogues import load
from baochi.nlp.normalise import nfc, tone_normalise
from baochi.nlp.tokens import VOCAB, pattern_doc, syllable_key
from spacy.matcher import PhraseMatcher
from underthesea import word_tokenize


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: str
    anywhere: bool
    # the campaign has a named day that cites it ("Ngày hội Toàn dân bảo vệ an ninh Tổ quốc");
    # a "Ngày hội “…”" named after any other campaign is a festival, not a mention
    day: bool = False
    # the name has no sense but the campaign, so with ``anywhere`` it counts in lower case too
    # ("tham gia tiếp sức mùa thi"): few names qualify, most are also the words of a sentence
    any_case: bool = False


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
    day_names: frozenset = frozenset()  # names of the entries with ``day = true``
    # a national target programme's bare subject ("xây dựng nông thôn mới", "xây dựng NTM") →
    # the entries of the movements a singular "phong trào" before it names (``movements``)
    movements: dict = field(default_factory=dict)


_LEADING = ("thi đua ", "phong trào thi đua ", "phong trào ", "cuộc vận động ", "chiến dịch ")


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
    its syllables: the whole name ("TDBVANTQ"), part by part ("TDĐKXDNTM, ĐTVM"), a tail
    of whole words of its last part, 3–6 syllables, not opening with a function word ("Toàn
    dân bảo vệ ANTQ", "… xây dựng NTM"), and a head of whole words, 4 syllables or more, before
    the rest written out ("TDĐKXD đời sống văn hóa ở khu dân cư", which ``_entry_keys`` also
    shortens: "TDĐKXD ĐSVH ở KDC"). Names with a number ("5 không, 3 sạch") are never
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
    out += _head_forms(tokens, [w for w in (campaign_key(w).split()
                                            for w in word_tokenize(name)) if w])
    return out


def _head_forms(tokens: list[str], words: list[list[str]]) -> list[str]:
    """The name with a head of whole words (4+ syllables, no function word, 2+ left) written
    as initials."""
    out = []
    head = 0
    for w in words[:-1]:
        if w[0] in _FUNCTION_WORDS:
            break
        head += len(w)
        if head >= len(tokens) - 1:
            break
        if head >= 4:
            out.append(" ".join([_initials(tokens[:head]), *tokens[head:]]))
    return out


_PEOPLE_LEADS = ("toàn dân đoàn kết ", "toàn dân ", "cả nước ")


def _without_people(k: str) -> str | None:
    """A long movement of all the people written without its people ("phong trào xây dựng nông
    thôn mới, đô thị văn minh" for "Toàn dân đoàn kết xây dựng …"): the key without its lead,
    when eight syllables or more are left (a shorter rest, "bảo vệ an ninh Tổ quốc", is too
    common a phrase to name the movement)."""
    for lead in _PEOPLE_LEADS:
        if k.startswith(lead) and k.count(" ") - lead.count(" ") + 1 >= 8:
            return k[len(lead):]
    return None


def _entry_keys(c: dict, short: list[tuple[str, list[str]]]) -> list[str]:
    """Every key of a catalogue entry: its name and aliases, with the usual short forms of
    words inside them ([abbreviations]), and written with initials (``_acronym_forms``)."""
    names = [c["name"], *c.get("aliases", [])]
    keys = [campaign_key(a) for a in names]
    keys += [k for k in map(_without_people, keys) if k]
    keys += [v for kk in keys for v in _short_forms(kk, short)]
    acronyms = [a for n in names for a in _acronym_forms(n)]
    keys += acronyms + [v for a in acronyms for v in _short_forms(a, short)]
    return list(dict.fromkeys(keys))


def _month_subjects(entries: list[Entry], keys_of: dict, raw: list[dict]) -> tuple:
    """(subject syllables, entry) of the named months "Tháng hành động/cao điểm vì|về X", and
    the shorter subjects a catalogue month lists (``subjects``: "thực phẩm" for the month of
    food safety, a sentence about "kinh doanh thực phẩm" being about that month)."""
    out: list[tuple[str, Entry]] = []
    for entry, c in zip(entries, raw, strict=True):
        if entry.kind != "tháng hành động":
            continue
        out.extend((_fold_key(s), entry) for s in c.get("subjects", []))
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
        entry = Entry(c["name"], c.get("kind", "phong trào"), bool(c.get("anywhere", False)),
                      bool(c.get("day", False)), bool(c.get("any_case", False)))
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
                 frozenset(place_keys), by_first, by_last, _month_subjects(entries, keys_of, raw),
                 by_words, frozenset(e.name for e in entries if e.day),
                 _movements(data, short, {e.name: e for e in entries}))


def _movements(data: dict, short: list[tuple[str, list[str]]], entries: dict) -> dict:
    """The keys of a programme's bare subject (and its short forms: "xây dựng ntm", "xdntm") →
    the entries of the movements its ``movements`` names, the national one first."""
    out: dict[str, tuple[Entry, ...]] = {}
    for p in data.get("programme", []):
        named = tuple(entries[n] for n in p.get("movements", []))
        if named:
            k = campaign_key(p["subject"])
            for key in (k, *_short_forms(k, short)):
                out[key] = named
    return out


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
                    "Chương trình mục tiêu quốc gia về", "Chương trình MTQG về",
                    # "quốc gia" left out ("chương trình mục tiêu xây dựng nông thôn mới", round 20)
                    "Chương trình mục tiêu")


def _programmes(data: dict) -> list[dict]:
    """National target programmes as campaign entries of kind "chương trình": "Chương trình
    mục tiêu quốc gia <subject>", also written "Chương trình MTQG …", "CTMTQG …", "Chương
    trình mục tiêu quốc gia (MTQG) …", "Chương trình MTQG về …", "chương trình <subject>"."""
    out = []
    for p in data.get("programme", []):
        subjects = [p["subject"], *p.get("aliases", [])]
        aliases = [f"{head} {s}" for s in subjects for head in _PROGRAMME_HEADS]
        # the subject cut short after a full head ("Chương trình mục tiêu quốc gia xây dựng
        # nông thôn| cùng …"): never after a bare "chương trình"
        aliases += [f"{head} {s}" for s in p.get("cut", []) for head in _PROGRAMME_HEADS[:2]]
        out.append({"name": f"Chương trình mục tiêu quốc gia {p['subject']}",
                    "kind": "chương trình", "aliases": aliases, "anywhere": True})
    return out


_INNER_ACRONYM = re.compile(r"\s*\((?P<a>[A-ZĐ]{2,8})\)")
