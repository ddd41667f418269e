"""Which catalogue entry a name as written is, and the canonical name of those that are none.

A name is looked up by its key, then without its edition ("Hè 2025", "lần thứ 12"), without a
province inserted into a national name, as a close spelling of the same shape, with its number
words as figures, and — only for names read after a trigger or in a frame (``fuzzy``) — as a
variant wording of one entry or a long entry followed by more words. Unknown names keep their
cleaned surface without the edition, so one campaign keeps one id.
"""

from __future__ import annotations

import difflib
import re
from functools import cache, lru_cache

from baochi.nlp.campaigns.catalogue import Entry, Index, _fold_key, campaign_key, index
from baochi.nlp.catalogues import load
from baochi.nlp.dates.grammar import CAN_CHI
from baochi.nlp.normalise import strip_diacritics

_I = re.IGNORECASE


_PLACE_WORDS = ("toàn tỉnh ", "cả tỉnh ", "tỉnh ", "toàn huyện ", "huyện ")


# the horizon written after a programme's period ("giai đoạn 2018-2020, định hướng đến năm 2030",
# "tầm nhìn 2045") and the spring or Tết of a lunar year ("Tết Khuyến học Xuân Ất Tỵ"): editions
_HORIZON = r"(?:định\s+hướng|tầm\s+nhìn)\s+(?:đến\s+)?(?:năm\s+)?(?:19|20)\d{2}"
_LUNAR_SPRING = rf"(?:xuân|tết)\s+{CAN_CHI}"


# an edition written with a name: "năm 2020", "2025", "Hè 2025", "lần thứ 12" (also "lần II",
# "lần 3"; for a catalogue name "số 5", "đợt 2" too), "giai đoạn 2021 - 2025", a school term or
# year ("học kỳ I", "năm học 2025-2026"), a horizon, a lunar year's spring (on keys: syllables,
# punctuation dropped)
_EDITION_KEY = re.compile(
    r"(?:\s+(?:lần\s+(?:thứ\s+\w+|[ivxl]{1,5}|\d{1,3})|(?:số|đợt)\s+\d{1,3}|"
    rf"{_HORIZON}|{_LUNAR_SPRING}|"
    r"giai\s+đoạn\s+(?:19|20)\d{2}\s+(?:19|20)?\d{2}|"
    r"(?:năm\s+học\s+|năm\s+)?(?:19|20)\d{2}(?:\s+(?:19|20)?\d{2})?|"
    r"học\s+k[ỳìy]\s+(?:i{1,3}|[12]|một|hai)))+$")


_SEASON_KEY = re.compile(r"\s+(?:mùa\s+)?(?:hè|xuân|đông|thu)$")


_EDITION_SURFACE = re.compile(
    r"(?:[\s,]*[-–—]?[\s(]*(?:lần\s+(?:thứ\s+[^\W_]+|[IVXL]{1,5}|\d{1,3})(?![^\W_])|"
    rf"{_HORIZON}|{_LUNAR_SPRING}|"
    r"giai\s+đoạn\s+(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}|"
    r"(?:năm\s+học\s+|năm\s+)?(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)?\d{2})?|"
    r"học\s+k[ỳìy]\s+(?:I{1,3}|[12]|một|hai))\)?)+$", _I)


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


# the level word written before a place inside a name ("Tuổi trẻ thành phố Kon Tum …")
_LEVEL_BEFORE = (("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("tỉnh",), ("huyện",),
                 ("quận",), ("tp",), ("xã",), ("phường",))


def _place_at(tokens: list[str], i: int, idx: Index) -> int:
    """The number of syllables of the longest place name at ``tokens[i]`` (up to five), or 0."""
    return next((n for n in (5, 4, 3, 2, 1) if i + n <= len(tokens)
                 and " ".join(tokens[i:i + n]) in idx.place_set), 0)


def _drop_level(kept: list[str]) -> None:
    """Drop the level word closing ``kept`` (it stood before a place just left out)."""
    for level in _LEVEL_BEFORE:
        if len(kept) > len(level) and tuple(kept[-len(level):]) == level:
            del kept[-len(level):]
            return


def _place_stripped(k: str, idx: Index) -> str:
    """The key without a province or district name inserted into a national name (the
    longest place name at each syllable, up to five syllables), with its level word."""
    tokens = k.split()
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        n = _place_at(tokens, i, idx)
        if n:
            _drop_level(kept)
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
    another number ("5 không, 4 sạch" is not "5 không, 3 sạch"), nor another word ("… dân
    biển" is not "… dân bản", ``_other_word``)."""
    if len(k) < 14:
        return _marks_typo(k, idx)
    digits = re.findall(r"\d+", k)
    same_shape = [c for c in idx.by_words.get(k.count(" "), ())
                  if abs(len(c) - len(k)) <= 2 and re.findall(r"\d+", c) == digits]
    close = difflib.get_close_matches(k, same_shape, n=1, cutoff=0.92)
    if not close or _other_word(k.split(), tuple(close[0].split())):
        return None
    return idx.by_key[close[0]]


def _marks_typo(k: str, idx: Index) -> Entry | None:
    """A short name (three syllables or more) with one syllable's marks typed wrong ("Dận vận
    khéo" for "Dân vận khéo"): the one catalogue key of its syllables whose letters are the
    same and whose marks differ in that syllable only."""
    tokens = k.split()
    if len(tokens) < 3:
        return None
    found = {idx.by_key[c].name: idx.by_key[c] for c in _bare_keys().get(strip_diacritics(k), ())
             if sum(a != b for a, b in zip(tokens, c.split(), strict=True)) == 1}
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def _bare_keys() -> dict[str, list[str]]:
    """Every catalogue key by its letters without marks ("dan van kheo" → "dân vận khéo")."""
    out: dict[str, list[str]] = {}
    for k in index().by_key:
        out.setdefault(strip_diacritics(k), []).append(k)
    return out


# small function words one wording of a name may have for another ("vì"/"cho", "và"/"với")
_SMALL_WORDS = frozenset(["vì", "về", "và", "của", "cho", "với", "ở", "trong", "để", "là", "cùng",
                          "các", "những", "tại", "đến", "tới", "mọi"])


def _spelt_alike(a: str, b: str) -> bool:
    """Two writings of one word: the same letters without their marks ("Dận"/"Dân", a tone
    placed or left off), or one letter typed wrong, added or lost in a word of three letters
    or more ("Liêp"/"Liên")."""
    x, y = strip_diacritics(a), strip_diacritics(b)
    if x == y:
        return True
    if min(len(x), len(y)) < 3 or abs(len(x) - len(y)) > 1:
        return False
    sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
    return max(len(x), len(y)) - sum(b.size for b in sm.get_matching_blocks()) <= 1


def _other_word(tokens: list[str], other: tuple[str, ...]) -> bool:
    """A content word of one name replaced by another word in the other ("Xuân Biên phòng ấm
    lòng dân biển" beside "… dân bản": the sea's people, not the village's; another
    programme): not a spelling of the same name. A replaced word spelt alike (marks, one
    letter), written as one with its neighbour ("chủnhật"), or a small function word for
    another is the same name; words only added or dropped are ``_fuzzy_score``'s to weigh."""
    sm = difflib.SequenceMatcher(None, tokens, other, autojunk=False)
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op != "replace":
            continue
        mine, theirs = tokens[a1:a2], other[b1:b2]
        if all(t in _SMALL_WORDS for t in (*mine, *theirs)):
            continue
        if len(mine) == len(theirs) and all(map(_spelt_alike, mine, theirs)):
            continue
        if _spelt_alike("".join(mine), "".join(theirs)):
            continue
        return True
    return False


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
    if ratio < 0.85 or _other_word(tokens, other):
        return None
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op != "equal" and any(t.isdigit() or t in _NUMBER_WORDS
                                 for t in (*tokens[a1:a2], *other[b1:b2])):
            return None
        # the thing a number counts changed ("5 có, 3 sạch" is not "5 không, 3 sạch"): another
        # set of criteria, another campaign
        if op in ("replace", "insert", "delete") and (
                (a1 > 0 and tokens[a1 - 1].isdigit()) or (b1 > 0 and other[b1 - 1].isdigit())):
            return None
    return ratio


# the people a movement of one group is named for, opening its name ("Phụ nữ <tỉnh> chung sức
# xây dựng nông thôn mới", "Cựu chiến binh giúp nhau làm kinh tế"): that group's own movement,
# not a variant wording of a national one that names no group or another (on keys)
_GROUP_LEAD = re.compile(
    r"^(?:phụ\s+nữ|nông\s+dân|thanh\s+niên|tuổi\s+trẻ|cựu\s+chiến\s+binh|công\s+nhân|công\s+đoàn|"
    r"người\s+cao\s+tuổi|quân\s+đội|công\s+an|doanh\s+nghiệp|doanh\s+nhân|thiếu\s+nhi|học\s+sinh|"
    r"sinh\s+viên|hội\s+viên|đoàn\s+viên|đảng\s+viên|cán\s+bộ|giáo\s+viên|nhà\s+giáo|"
    r"trí\s+thức|văn\s+nghệ\s+sĩ|đồng\s+bào|bộ\s+đội|dân\s+quân)(?!\S)")


def _group_lead(k: str) -> str:
    m = _GROUP_LEAD.match(k)
    return m.group(0) if m else ""


def _fuzzy_entry(k: str, idx: Index) -> Entry | None:
    """The one catalogue entry a variant wording names (a word dropped, added or changed:
    "… – Không ai bị bỏ lại phía sau" for "… Không để ai …"); None when two entries are as
    close (a near-miss between two campaigns is neither). A name opening with a people's group
    the entry does not open with is that group's own movement (``_GROUP_LEAD``)."""
    tokens = k.split()
    if len(tokens) < 6:
        return None
    pool = {*idx.by_first.get(tokens[0], ()), *idx.by_last.get(tokens[-1], ())}
    lead = _group_lead(k)
    best: dict[str, tuple[float, Entry]] = {}
    for other in pool:
        o_tokens = tuple(other.split())
        if abs(len(o_tokens) - len(tokens)) > 2 or lead and _group_lead(other) != lead:
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


_WORD_OF = {d: w for w, d in _DIGIT_OF.items()}


def _digits_for_words(k: str) -> str | None:
    """A name counting in figures and words at once ("5 không, ba sạch") with every number
    word as a figure ("5 không, 3 sạch"), or None when it has no figure and no number word
    (a name written all in words is a catalogue alias where the press uses it)."""
    tokens = k.split()
    if not any(t.isdigit() for t in tokens) or not any(t in _DIGIT_OF for t in tokens):
        return None
    return " ".join(_DIGIT_OF.get(t, t) for t in tokens)


# the whole people written before a national movement that names none ("Toàn dân chung sức xây
# dựng NTM" for "(Cả nước) Chung sức xây dựng nông thôn mới"): the press's way of saying the
# movement is everyone's, no other campaign
_PEOPLE_LEAD = re.compile(r"^(?:toàn\s+dân|cả\s+nước|toàn\s+quốc|toàn\s+xã\s+hội)\s+")


def _people_lead_stripped(k: str, idx: Index) -> Entry | None:
    """The catalogue entry ``k`` names once its leading "toàn dân"/"cả nước" is dropped (a name
    that opens with those words in the catalogue, "Toàn dân đoàn kết …", matched whole before)."""
    bare = _PEOPLE_LEAD.sub("", k)
    if bare == k or bare.count(" ") < 3:
        return None
    return idx.by_key.get(bare) or idx.by_key.get(campaign_key(bare))


def _place_for_nation(k: str, idx: Index) -> Entry | None:
    """The national name a people's movement is written as with its own place where the nation
    stands ("Tuổi trẻ thành phố X học tập và làm theo lời Bác" for "Tuổi trẻ Việt Nam …"): the
    catalogue entry the key names with its one place (and the level word before it) written
    "Việt Nam" (a place opening the name, for "Cả nước", is ``_place_stripped``'s)."""
    tokens = k.split()
    for i in range(1, len(tokens)):
        n = _place_at(tokens, i, idx)
        if n:
            head = tokens[:i]
            _drop_level(head)
            return idx.by_key.get(" ".join([*head, "việt", "nam", *tokens[i + n:]]))
    return None


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
        entry = _people_lead_stripped(stripped, idx)
    if entry is None and stripped != bare_k:
        entry = _place_for_nation(bare_k, idx)
    if entry is None:
        entry = _close_spelling(k, idx)
    if entry is None:
        digits = _digits_for_words(stripped)
        entry = idx.by_key.get(digits) if digits else None
    if entry is None and stripped.count(" ") >= 4 and stripped.split(" ", 1)[0] not in _DIGIT_OF:
        entry = _counted_entry(stripped, idx)
    if entry is None:
        # the count a name opens with written as a figure ("4 đồng hành …", "3 sẵn sàng")
        head, _, rest = stripped.partition(" ")
        word = _WORD_OF.get(head)
        entry = idx.by_key.get(f"{word} {rest}") if word and rest else None
    if entry is None and fuzzy:
        entry = _fuzzy_entry(stripped, idx) or _prefix_entry(stripped, idx) or reordered_entry(stripped, idx)
    return entry


@cache
def _by_syllables() -> dict[tuple[str, ...], list[str]]:
    """Keys of five syllables or more by their sorted syllables."""
    found: dict[tuple[str, ...], list[str]] = {}
    for k in index().by_key:
        words = k.split()
        if len(words) >= 5:
            found.setdefault(tuple(sorted(words)), []).append(k)
    return found


def reordered_entry(k: str, idx: Index) -> Entry | None:
    """The one entry written with its parts in another order ("lao động sáng tạo, lao động
    giỏi" for "Lao động giỏi, lao động sáng tạo"): the same five syllables or more, and no
    other entry with them."""
    words = k.split()
    if len(words) < 5:
        return None
    keys = _by_syllables().get(tuple(sorted(words)), [])
    entries = {idx.by_key[key].name: idx.by_key[key] for key in keys}
    return next(iter(entries.values())) if len(entries) == 1 else None


def _counted_entry(k: str, idx: Index) -> Entry | None:
    """The catalogue name that is ``k`` with a count before it ("đồng hành với thanh niên lập
    thân, lập nghiệp" for "Bốn đồng hành …"): the press drops the count of a programme listed
    among others (five syllables or more, one entry only)."""
    found = {e.name: e for w in (*_DIGIT_OF, *_DIGIT_OF.values())
             if (e := idx.by_key.get(f"{w} {k}")) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def _prefix_entry(k: str, idx: Index) -> Entry | None:
    """A long catalogue name (6+ syllables) written with more words after it ("Nông dân thi
    đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu"): the campaign it opens with,
    the longest such name — unless the words added count something ("Xây dựng gia đình 5 không,
    3 sạch, 3 an toàn": a provincial campaign with a criterion of its own, as "5 không, 4 sạch"
    is no variant of "5 không, 3 sạch" in ``_fuzzy_score``)."""
    tokens = k.split()
    best = None
    for other in idx.by_first.get(tokens[0], ()):
        n = other.count(" ") + 1
        if 6 <= n < len(tokens) and k.startswith(other + " ") and (
                best is None or n > best.count(" ") + 1) \
                and not any(t.isdigit() or t in _NUMBER_WORDS for t in tokens[n:]):
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

    def one(w: str) -> str:
        if w in table:
            return table[w]
        bare = w.rstrip(",;:.")  # "… đồng bào DTTS, làm …": the comma closes the word, not the form
        return table[bare] + w[len(bare):] if bare in table else w
    return " ".join(one(w) for w in name.split(" "))


# a movement named after a resolution or another standing text, or a drive named after a congress
# ("Thực hiện thắng lợi Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025", "Chào mừng Đại hội … lần thứ
# XV"): its years and ordinal are the text's or the congress's, no edition of the movement
_TITLE_OF_TEXT = re.compile(r"(?<![^\W_])(?:Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận|Đại\s+hội)(?![^\W_])", _I)
# words that cannot end a name without the year after them
_NEEDS_ITS_YEAR = re.compile(r"(?<![^\W_])(?:nhiệm\s+kỳ|đến\s+năm|đến|trước\s+năm|khóa)$", _I)
# the scope a name is written with ("… trên địa bàn tỉnh", "… tại huyện Đông Sơn"): no part of it
_LOCATIVE_TAIL = re.compile(
    r"\s+(?:trên\s+địa\s+bàn|tại|ở)\s+(?:toàn\s+)?(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã|phường|"
    r"thị\s+trấn)(?:\s+[A-ZĐ][^\W\d_]*)*$")


def clean_name(surface: str) -> str:
    """An uncatalogued name as the id is made from it: no quotes, no leading "Thi đua", no
    edition ("Tình nguyện mùa đông 2025" → "Tình nguyện mùa đông"), short forms written out
    ("CCB giúp nhau làm kinh tế" → "Cựu chiến binh …"), first letter capital."""
    clean = _expanded(re.sub(r"\s+", " ", surface).strip(" \t\"'“”‘’«»„.,;:…"))
    clean = re.sub(r"^(?:[Tt]hi\s+đua|[Pp]hong\s+trào(?:\s+thi\s+đua)?|[Cc]uộc\s+vận\s+động|"
                   r"[Cc]hiến\s+dịch)\s+(?=\S+\s+\S)", "", clean)
    if not _TITLE_OF_TEXT.search(clean):
        bare = clean
        for _ in range(2):  # "… trên địa bàn tỉnh giai đoạn 2018 - 2023": scope and edition
            bare = _LOCATIVE_TAIL.sub("", _EDITION_SURFACE.sub("", bare).strip(" ,-–—"))
        if len(bare.split()) >= 2 and not _NEEDS_ITS_YEAR.search(bare):
            clean = bare
    if clean:
        clean = clean[0].upper() + clean[1:]
    return clean


_SPACED_INITIALS = re.compile(r"[A-ZĐ]{2,}(?:\s+[A-ZĐ]{2,})+")


# a word of the press's initials ("TNTN", "XDGĐ", "ĐKXD"): two or more capitals, nothing else
_CAPS_TOKEN = re.compile(r"(?<![^\W_])[A-ZĐ]{2,}(?![^\W_])")


@cache
def _plain_keys() -> tuple[tuple[tuple[str, ...], Entry], ...]:
    """The syllables of every catalogue name and alias with the entry it names (the initials
    matcher's candidates)."""
    idx = index()
    out: dict[tuple[str, ...], Entry] = {}
    for row in load("campaigns").get("campaign", []):
        entry = idx.by_key.get(campaign_key(row["name"]))
        if entry is None:
            continue
        for form in (row["name"], *row.get("aliases", [])):
            out.setdefault(tuple(campaign_key(form).split()), entry)
    return tuple(out.items())


def _initial(word: str) -> str:
    return "đ" if word[0] == "đ" else strip_diacritics(word[0]).lower()


def _aligns(tokens: list[tuple[str, bool]], key: tuple[str, ...]) -> bool:
    """The written tokens (word, is initials) spell ``key`` exactly: each run of initials the
    first letters of as many syllables, each other word that syllable."""
    j = 0
    for word, caps in tokens:
        if caps:
            n = len(word)
            if j + n > len(key) or any(_initial(key[j + i]) != word[i] for i in range(n)):
                return False
            j += n
        else:
            if j >= len(key) or key[j] != word:
                return False
            j += 1
    return j == len(key)


def _mixed_initials_entry(surface: str, idx: Index) -> Entry | None:
    """A catalogue name written partly in the press's initials and partly in words ("TNTN hè",
    "XDGĐ 5 không, 3 sạch", "Toàn dân ĐKXD ĐSVH", "Xây dựng THTT, HSTC"), its edition dropped:
    the one entry whose syllables the words and initials spell exactly (none when two do)."""
    bare = _EDITION_SURFACE.sub("", surface).strip(" ,-–—")
    caps = {m.start() for m in _CAPS_TOKEN.finditer(bare)}
    tokens: list[tuple[str, bool]] = []
    for m in re.finditer(r"[^\W_]+", bare):
        word = m.group(0)
        if m.start() in caps:
            tokens.append(("".join("đ" if ch == "Đ" else strip_diacritics(ch).lower() for ch in word),
                           True))
        else:
            tokens.append((campaign_key(word), False))
    if not tokens:
        return None
    found = {entry.name: entry for key, entry in _plain_keys() if _aligns(tokens, key)}
    return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=8192)
def canonical(surface: str, fuzzy: bool = False) -> tuple[str, str | None, bool]:
    """(canonical name, catalogue kind or None, is_catalogued) for a campaign name as written.

    ``fuzzy``: also accept a variant wording of one catalogue name (``_fuzzy_entry``); only
    for names read after a trigger word or in a frame that names a campaign, never for a quoted
    text on its own."""
    idx = index()
    k = campaign_key(surface)
    entry = idx.by_key.get(k)
    if entry is None and _CAPS_TOKEN.search(surface):
        entry = _mixed_initials_entry(surface, idx)
    if entry is None:
        entry = _catalogue_entry(k, idx, fuzzy) or _themed_entry(surface, idx)
    if entry is None and _SPACED_INITIALS.fullmatch(surface):
        # "ND SXKDG": the initials of the people and of the movement, written apart
        entry = _catalogue_entry(campaign_key(surface.replace(" ", "")), idx, False)
    if entry is None and fuzzy:
        entry = _initials_typo(surface, idx)
    if entry is not None and fuzzy and k not in idx.by_key and _longer_aim(surface, entry, idx):
        entry = None
    if entry is not None:
        return entry.name, entry.kind, True
    return clean_name(surface), None, False


# the words opening a clause after a name rather than another aim of it
_LINKING = frozenset(["gắn", "góp", "nhằm", "để", "hướng", "tạo", "vì", "với", "và", "cùng", "qua",
                      "từ", "đến", "trong", "theo", "giai", "năm", "đợt", "lần", "tại", "ở", "do"])


def _longer_aim(surface: str, entry: Entry, idx: Index) -> bool:
    """A catalogue name followed by short aims of its own after a comma ("Xây dựng nông thôn mới,
    đô thị văn minh, sống tốt đời, đẹp đạo": a movement of another launcher, named as written),
    where no wording of that campaign the catalogue knows goes on so ("Nông dân thi đua sản
    xuất, kinh doanh giỏi, đoàn kết giúp nhau …" is the catalogue's longer wording, GUIDE). The
    name must itself list its aims with commas and each added item be no longer than its last
    one and a word ("…, cộng đồng, đơn vị"): parallel to them, not a clause ("Chung sức xây dựng
    nông thôn mới, quê hương đổi mới")."""
    items = [item.strip() for item in surface.split(",")]
    for m in range(len(items) - 1, 0, -1):
        head = campaign_key(", ".join(items[:m]))
        if idx.by_key.get(head) is not entry:
            continue
        if head.count(" ") < 5:
            return False  # a short name and its theme ("Tết sum vầy, xuân sẻ chia"): the name
        if m < 2:
            return False  # a name that lists nothing: what follows its comma is a clause of its own
        last = len(campaign_key(items[m - 1]).split())
        tail = [campaign_key(item).split() for item in items[m:]]
        if not all(0 < len(words) <= min(4, last + 1) and words[0] not in _LINKING for words in tail):
            return False  # "…, gắn với xây dựng nông thôn mới", "…, góp phần …": a clause after it
        added = tail[0][0]
        return not any(
            idx.by_key[other] is entry and other.startswith(head + " ")
            and other[len(head) + 1:].split(" ", 1)[0] == added
            for other in idx.by_first.get(head.split(" ", 1)[0], ()))
    return False


@cache
def _short_form_keys() -> frozenset[str]:
    """Every short form of [abbreviations], folded ("ccb", "attp", "ntm")."""
    return frozenset(_fold_key(form) for forms in load("campaigns").get("abbreviations", {}).values()
                     for form in forms)


def _one_edit(a: str, b: str) -> bool:
    """Same length, one letter changed or two neighbours swapped ("cbb" for "ccb")."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


_CAPS_WORD = re.compile(r"(?<![^\W_])[A-ZĐ]{3,6}(?![^\W_])")


def _initials_typo(surface: str, idx: Index) -> Entry | None:
    """A catalogue name whose press short form is mistyped ("phong trào “CBB gương mẫu”" for
    "CCB gương mẫu"): a word in capitals, 3–6 letters, that is no short form but one letter
    off exactly one of them, and with that short form the name is a catalogue name. Only for
    names read after a trigger; a typo that could be two short forms names neither."""
    forms = _short_form_keys()
    found: dict[str, Entry] = {}
    for m in _CAPS_WORD.finditer(surface):
        word = _fold_key(m.group(0))
        if word in forms:
            continue
        for form in forms:
            if len(form) == len(word) and _one_edit(word, form):
                fixed = surface[:m.start()] + form + surface[m.end():]
                entry = _catalogue_entry(campaign_key(fixed), idx, False)
                if entry is not None:
                    found[entry.name] = entry
    return next(iter(found.values())) if len(found) == 1 else None


_THEME_DASH = re.compile(r"\s*[-–—]\s+|\s+[-–—]\s*")
_THEME_COMMA = re.compile(r"\s*,\s+")
_SEASON_THEME = re.compile(r"(?:xuân|tết|hè|thu|đông)(?![^\W_])", re.IGNORECASE)


# one-word parts joined by dashes closing a name ("… Xanh - Sạch - Đẹp"): the press's run of
# qualities, which lengthens the name it ends (a city's "Ngày Chủ nhật Xanh - Sạch - Đẹp" is its own
# movement, not the catalogue's "Ngày Chủ nhật xanh" with a theme)
_SLOGAN_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:\s*[-–—]\s*[^\W\d_]+){2,}(?![^\W\d_])")


# a dash typed without spaces between two words ("vầy-kết"), not inside a compound of initials or
# figures ("kinh tế-xã hội" is a compound the catalogue keys already fold)
_BARE_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _activity_lead(parts: list[str], idx: Index) -> Entry | None:
    """A catalogue programme led by one short activity and a dash ("Tư vấn-tiếp sức mùa thi", "Tư
    vấn - Tiếp sức mùa thi"): the programme, the activity being what its volunteers do there. The
    lead is one or two syllables, no season's greeting ("Xuân đoàn kết - Tết yêu thương" is a name
    of its own), and the rest a whole catalogue name of three syllables or more."""
    head, tail = (campaign_key(p) for p in parts)
    if not head or head.count(" ") > 1 or _SEASON_THEME.match(head) \
            or head in idx.by_key or tail.count(" ") < 2:
        return None
    return idx.by_key.get(tail)


def _themed_entry(surface: str, idx: Index) -> Entry | None:
    """A catalogue name with the year's theme written after a dash ("Tết Sum vầy - Xuân ơn
    Đảng", "Tết sum vầy - Xuân tri ân"), or after a comma when the theme is a season's ("Tết sum
    vầy, xuân sẻ chia"): the programme itself, its theme changing every year.
    Only when the words before the dash are a whole catalogue name of two or more syllables and
    those after it a short theme (up to six syllables, no comma) that opens with no catalogue
    name (two names joined by a dash are two campaigns)."""
    if _SLOGAN_RUN.search(surface):
        return None  # "Ngày Chủ nhật Xanh - Sạch - Đẹp": the name lengthened, no theme
    parts = _THEME_DASH.split(surface, maxsplit=1)
    if len(parts) != 2 and len(_BARE_HYPHEN.findall(surface)) == 1:
        # "Tết sum vầy-kết nối yêu thương": the dash typed without spaces between two words
        parts = _BARE_HYPHEN.split(surface, maxsplit=1)
    if len(parts) == 2:
        lead = _activity_lead(parts, idx)
        if lead is not None:
            return lead
    if len(parts) != 2:
        # after a comma only a season's theme ("Tết sum vầy, xuân sẻ chia")
        parts = _THEME_COMMA.split(surface, maxsplit=1)
        if len(parts) != 2 or not _SEASON_THEME.match(parts[1]):
            return None
    if re.search(r"[,;:]", parts[1]):
        return None
    head, theme = (campaign_key(p) for p in parts)
    # the edition may close the name before the theme ("Tết Sum vầy năm 2025 – Xuân ơn Đảng")
    head = next((h for h in (head, *_edition_stripped(head)) if h in idx.by_key), head)
    entry = idx.by_key.get(head)
    words = theme.split()
    if entry is None or " " not in head or not 1 <= len(words) <= 6 or any(
            " ".join(words[:n]) in idx.by_key for n in range(1, len(words) + 1)):
        return None
    return entry
