"""Reading a body's name from the text: how far a name runs (capitalised words, lexicon
words before a capitalised one), the unit written before its parent body, and the patterns
that say a run is not a name (clause words, titles of persons)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from baochi.nlp.catalogues import load
from baochi.nlp.organisations.bodies import catalogue
from baochi.nlp.organisations.words import SYL, initials, skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, alternation
from baochi.nlp.tokens import TextView

_I = re.IGNORECASE


# school types, in any case ("Trường tiểu học và THCS …", "trường PT DTNT THCS …")
_SCHOOL_TYPE = (
    r"(?i:(?:(?:PTDTBT|PTDTNT|PT\s*DT(?:BT|NT)|Phổ\s+thông\s+DT(?:BT|NT)|PTDT\s+(?:bán|nội)\s+trú|"
    r"Phổ\s+thông\s+dân\s+tộc\s+(?:bán\s+trú|nội\s+trú))(?:\s*\((?:PT)?DT(?:BT|NT)\))?"
    r"(?:\s+|\s*[-–]\s*(?=THCS|TH\b|Trung|Tiểu)))?"
    r"(?:(?:TH|Tiểu\s+học)\s*(?:[-&]|và)\s*(?:THCS|Trung\s+học\s+cơ\s+sở)|"
    r"THCS\s*(?:[-&]|và)\s*THPT|THPT|THCS|(?-i:TH)|Tiểu\s+học|Mầm\s+non|(?-i:MN)|Mẫu\s+giáo|"
    # a college written short ("Trường CĐ Y tế X": "CĐ" only after "Trường", in capitals)
    # a vocational college's "nghề" ("Trường Cao đẳng nghề Cơ điện Tây Bắc") is part of its type
    r"Đại\s+học|(?:Cao\s+đẳng|(?-i:CĐ))(?:\s+nghề)?|cấp\s+(?:[123]|III|II|I)(?![^\W_])|"
    # a boarding school by its kind alone, its initials written after "Phổ thông" ("trường Phổ
    # thông DTNT tỉnh")
    r"Trung\s+cấp(?:\s+nghề)?|PTDTNT|Phổ\s+thông\s+dân\s+tộc\s+nội\s+trú|Trung\s+học\s+phổ\s+thông|"
    r"Phổ\s+thông\s+DT(?:BT|NT)|"
    r"Trung\s+học\s+cơ\s+sở|PTDTBT|Phổ\s+thông\s+dân\s+tộc\s+bán\s+trú|"
    # a reform school of the police, by its number ("Trường Giáo dưỡng số 4")
    r"Giáo\s+dưỡng)(?:\s+chuyên)?)"
)
# a school's unit written with its type but without "Trường" ("Liên đội THCS Lý Thường Kiệt",
# "Liên đội Tiểu học Trác Văn"): the unit of that school
SCHOOL_UNIT = re.compile(
    r"(?<![^\W_])(?P<unit>[Ll]iên\s+[Đđ]ội|[Cc]hi\s+đoàn|[Cc]hi\s+bộ)\s+(?P<head>"
    + _SCHOOL_TYPE + r")(?=\s+[A-ZĐ0-9])"
)
INSTITUTION = re.compile(
    r"(?P<head>[Tt]rường\s+" + _SCHOOL_TYPE + r"|"
    r"[Bb]ệnh\s+viện(?:\s+Đa\s+khoa)?|Tổng\s+[Cc]ông\s+ty|Tập\s+đoàn|"
    r"Công\s+[Tt]y(?:\s+(?:TNHH(?:\s+(?:MTV|[Mm]ột\s+thành\s+viên))?|CP|[Cc]ổ\s+phần))?|"
    r"Doanh\s+nghiệp\s+tư\s+nhân|DNTN|Hợp\s+tác\s+xã|HTX|Ngân\s+hàng|"
    # production groups named like cooperatives ("Tổ liên kết sản xuất nhãn X", "Tổ hợp tác Y")
    r"Tổ\s+(?:liên\s+kết|hợp\s+tác)(?:\s+sản\s+xuất)?|"
    r"Trung\s+tâm\s+[Yy]\s+tế|Ban\s+[Qq]uản\s+lý|[Đđ]ồn\s+(?:[Bb]iên\s+phòng|BP)|Trạm\s+[Yy]\s+tế|Sư\s+đoàn|"
    r"Chi\s+cục\s+[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*)?\s+[Kk]hu\s+vực|"
    r"Lữ\s+đoàn|Trung\s+đoàn|Tiểu\s+đoàn|Đại\s+đội|Trung\s+đội|Tiểu\s+đội|"
    r"Trạm\s+(?:Công\s+an|[Kk]iểm\s+lâm|[Kk]iểm\s+soát\s+[Bb]iên\s+phòng|Biên\s+phòng)|Quân\s+đoàn|Binh\s+đoàn|Hải\s+đoàn|Hải\s+đội|Câu\s+lạc\s+bộ(?:\s*\(CLB\))?|CLB|[Nn]hà\s+máy|Chi\s+nhánh|Chi\s+hội|Đại\s+sứ\s+quán|Xí\s+nghiệp|"
    r"Giáo\s+xứ|Giáo\s+phận|Tạp\s+chí|Học\s+viện|Bảo\s+tàng|"
    # an airport by its name ("Cảng hàng không quốc tế Phú Bài"; the corporation that runs
    # them all is the catalogue's)
    r"Cảng\s+[Hh]àng\s+[Kk]hông(?:\s+[Qq]uốc\s+[Tt]ế)?(?=\s+[A-ZĐ])|"
    # a nursing home of war invalids, its kind in lower case ("Khu điều dưỡng thương binh (tâm
    # thần kinh) X"), as its sister centres ("Trung tâm Điều dưỡng thương binh X") are read
    r"Khu\s+[Đđ]iều\s+dưỡng(?:\s+thương\s+binh(?:\s+tâm\s+thần(?:\s+kinh)?)?)?(?=\s+[A-ZĐ])|"
    # host institutions named by their own name (round 12): prisons and detention centres,
    # rehabilitation centres, a broadcaster's relay station ("Đài tiếp vận PTTH X")
    r"Trại\s+(?:tạm\s+)?giam|Cơ\s+sở\s+cai\s+nghiện(?:\s+ma\s+túy)?|Đài\s+tiếp\s+vận|"
    # a market surveillance team by its number ("Đội Quản lý thị trường số 3", "Đội QLTT số 5")
    r"Đội\s+(?:[Qq]uản\s+lý\s+thị\s+trường|QLTT)(?=\s+số\s+\d)|"
    r"Nhóm\s+(?:[Tt]hiện\s+nguyện|[Tt]ình\s+nguyện|[Tt]ừ\s+thiện)|"
    r"(?:Tổng\s+)?Lãnh\s+sự\s+quán)"
    r"(?P<name>(?:\s+[^\s,.;:()“”\"]+){1,6})"
)
# a person's title inside what looks like a name: two mentions and a person, not one body
TITLE_WORDS = re.compile(r"(?<![^\W_])(?:Chủ\s+tịch|Giám\s+đốc|Bí\s+thư|Trưởng\s+ban|"
                         r"Phó\s+[^\W\d_]+|Tổng\s+Biên\s+tập)(?![^\W_])")
NOT_IN_NAME = re.compile(
    r"(?<![^\W_])(?:đã|đang|sẽ|được|với|tại|phối|cho|là|vừa|cùng|trong|khi|nhằm|để|trên)"
    r"(?![^\W_])"
)
CLAUSE_VERBS = re.compile(r"(?<![^\W_])(?:cũng|đề\s+nghị|yêu\s+cầu|kiến\s+nghị|cho\s+biết|"
                          r"thông\s+báo|chỉ\s+đạo\s+các)(?![^\W_])")
PLURAL = re.compile(r"\s+(?:các|cấp|những|hai|ba)" + WORD_BOUNDARY_AFTER, _I)


@cache
def _inner_words() -> tuple[frozenset, int]:
    words = load("organisations").get("names", {}).get("inner_words", [])
    phrases = frozenset(tuple(skey(w).split()) for w in words)
    return phrases, max((len(p) for p in phrases), default=0)


def lexicon_run(sylls: list[str]) -> bool:
    """Whether the lower-case syllables are a run of lexicon words ("dịch vụ nông nghiệp")."""
    phrases, longest = _inner_words()
    ok = [True] + [False] * len(sylls)
    for i in range(len(sylls)):
        if not ok[i]:
            continue
        for k in range(1, min(longest, len(sylls) - i) + 1):
            if tuple(skey(x) for x in sylls[i:i + k]) in phrases:
                ok[i + k] = True
    return ok[-1]


# a word of a name; a dot between a capital and a capitalised syllable is inside it ("Công ty cổ
# phần quốc tế I.Co", "Vina.Com"), a dot before a space or a small letter ends it
_NEXT_WORD = re.compile(r"[ \t]+((?:[^\s,.;:()“”\"]|(?<=[A-ZĐ])\.(?=[A-ZĐ][a-zđ]))+)")


@cache
def _compounds_re() -> re.Pattern | None:
    """Nouns a name writes with only their first syllable capitalised ("Người cao tuổi",
    "Cựu quân nhân"): ``[names] compounds``."""
    words = load("organisations").get("names", {}).get("compounds", [])
    if not words:
        return None
    return re.compile("(?i:" + alternation(words) + ")" + WORD_BOUNDARY_AFTER)


_BRIDGE_LEVELS = frozenset(("xã", "phường", "huyện", "tỉnh", "quận", "thị"))


def _level_ends_name(text: str, sylls: list[tuple[str, int]], k: int) -> bool:
    """Whether the word ``k`` is a level word that ends the name before it: its place follows
    (capitalised) or a punctuation mark does ("Câu lạc bộ Cựu quân nhân| xã Minh Hòa", "… xã.")."""
    if sylls[k][0] not in _BRIDGE_LEVELS:
        return False
    if k + 1 < len(sylls):
        nxt = sylls[k + 1][0]
        return nxt[0].isupper() or (nxt == "xã" and k + 2 < len(sylls)
                                    and sylls[k + 2][0][0].isupper())
    return sylls[k][1] < len(text) and text[sylls[k][1]] in ",.;:)"


def _bridge(text: str, pos: int) -> int | None:
    """End of a run of lexicon words at ``pos`` that a capitalised word follows (the name goes
    on: "Dịch vụ| nông nghiệp| Đông Hưng", "Điện lực| miền| Bắc"), or that a level word ends
    ("Cựu| quân nhân| xã Minh Hòa": the level and place are read after the name), or None."""
    sylls: list[tuple[str, int]] = []
    at = pos
    while len(sylls) < 8 and (w := _NEXT_WORD.match(text, at)) is not None:
        sylls.append((w.group(1), w.end()))
        at = w.end()
    lower = 0
    while lower < len(sylls) and lower < 7 and sylls[lower][0][0].islower():
        lower += 1
    for k in range(lower, 0, -1):
        # a bracket closing the run ends the name too ("Phòng Công tác xã hội| (Bệnh viện …)")
        closed = k == len(sylls) and text[sylls[k - 1][1]:sylls[k - 1][1] + 2].lstrip()[:1] == "("
        if (closed or k < len(sylls) and (sylls[k][0][0].isupper()
                                          or _level_ends_name(text, sylls, k)
                                          or _numbered(sylls, k) or _parent_link(sylls, k))) \
                and lexicon_run([w for w, _ in sylls[:k]]):
            return sylls[k - 1][1]
    return None


def _parent_link(sylls: list[tuple[str, int]], k: int) -> bool:
    """A unit's parent follows after "thuộc" and a capital ("Ban Công tác đại biểu| thuộc Ủy
    ban Thường vụ Quốc hội"): the unit's lexicon words are its name."""
    return sylls[k][0] == "thuộc" and k + 1 < len(sylls) and sylls[k + 1][0][0].isupper()


def _numbered(sylls: list[tuple[str, int]], k: int) -> bool:
    """The unit's number follows the lexicon words ("Đội Quản lý thị trường| số 3", "Đội Cảnh
    sát giao thông| số 2"): the name goes on."""
    return sylls[k][0] == "số" and k + 1 < len(sylls) and sylls[k + 1][0][0].isdigit()


def _joins_fields(text: str, pos: int, end: int, after: int) -> bool:
    """"và" at ``end`` joins two fields of one name ("Công ty TNHH Đầu tư và Du lịch Ánh
    Phương", "… Xây dựng và Thương mại …"): lexicon words end the name read so far and a
    capitalised lexicon word follows; between two proper names it joins two bodies."""
    before = _SYLLABLES.findall(text, pos, end)[-2:]
    nxt = _SYLLABLES.findall(text, after, min(len(text), after + 24))[:2]
    if not before or not nxt or not nxt[0][0].isupper():
        return False
    return any(lexicon_run(before[-k:]) for k in (1, 2) if len(before) >= k) \
        and any(lexicon_run(nxt[:k]) for k in (1, 2) if len(nxt) >= k)


_SYLLABLES = re.compile(r"[^\W\d_]+")


@cache
def _short_forms() -> frozenset[str]:
    """The press's short forms of words inside names (``[names] abbreviations``)."""
    return frozenset(load("organisations").get("names", {}).get("abbreviations", {}))


def _joins_short_forms(text: str, pos: int, end: int, after: int, stop: int) -> bool:
    """"và" between two short forms of words joins two fields of one name ("Phòng Cảnh sát
    PCCC và CNCH Công an tỉnh")."""
    before = text[pos:end].rsplit(None, 1)[-1] if end > pos else ""
    nxt = _NEXT_WORD.match(text, after)
    return before in _short_forms() and nxt is not None and nxt.end() <= stop \
        and nxt.group(1) in _short_forms()


# one Vietnamese syllable, its diacritics folded: an initial, a vowel cluster, a final
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                          r"(?:ch|ng|nh|[cmnpt])?")


def vi_syllable(word: str) -> bool:
    """Whether ``word`` is one Vietnamese syllable ("Xây", "Kinh"), not a foreign brand
    ("Samsung", "Vissan"): a segmenter may glue the verb after a brand to it ("Samsung| đầu
    tư"), never a Vietnamese word's second syllable to a brand."""
    folded = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d")).lower()
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _VI_SYLLABLE.fullmatch(plain) is not None


# the first syllables of the verbs a news sentence opens with after its subject, which the
# segmenter glues to a proper name before them ("Nắng Mai trao| 40 suất quà", "Hoa Mai tặng"):
# never the lower-case half of a word a name's capital began (only verbs that are no compound's
# second syllable: not "vận" of "Dân vận", "tiếp" of "Trực tiếp", "kỷ" of "Thế kỷ")
_GLUED_VERBS = frozenset({"trao", "tặng", "đón", "thăm", "giành", "đoạt", "khen", "tuyên", "ủng",
                          "khởi"})


def read_name(view: TextView, pos: int, limit: int = 8, stop: int | None = None) -> int:
    """End of the proper name after a head at ``pos``: capitalised words, numbers, "&", "-",
    lower-case syllables inside a word begun by the name, lexicon words between capitals."""
    text = view.text
    stop = len(text) if stop is None else stop
    end = pos
    count = 0
    caps, prev = 0, -1  # capitalised syllables read just before; the last one's start
    last_cap = ""  # the last capitalised syllable read
    while count < limit:
        w = _NEXT_WORD.match(text, end)
        if not w or w.end() > stop:
            break
        word = w.group(1)
        # a lower-case syllable inside a word the previous capitalised syllable began ("Xây|
        # dựng", "Khu Kinh| tế"), not a verb the segmenter glued to a two-syllable name
        # ("Trần Phú| tổ chức"); the segmenter is asked only then (it runs per paragraph on
        # first use)
        # (a dash glued to the next capitalised word is the name's: "Kinh tế -Xã hội")
        if word[0].isupper() or word[0].isdigit() or word in ("&", "-", "–") \
                or (word[0] in "-–" and word[1:2].isupper()) \
                or (word[0].isalpha() and caps >= 1 and w.start(1) not in view.word_starts
                    and (caps == 1 or prev in view.word_starts) and vi_syllable(last_cap)
                    and word.lower() not in _GLUED_VERBS):
            caps, prev = (caps + 1, w.start(1)) if word[0].isupper() else (caps, prev)
            last_cap = word if word[0].isupper() else last_cap
            end = w.end()
            count += 1
            continue
        compound = _compounds_re()
        c = compound.match(text, prev) if compound is not None and caps and word[0].islower() \
            else None
        if c is not None and c.end() > end and c.end() <= stop:
            end = c.end()  # "Tạp chí Người| cao tuổi"
            count += 1
            continue
        if word == "và" and caps and (_joins_fields(text, pos, end, w.end())
                                      or _joins_short_forms(text, pos, end, w.end(), stop)):
            end, count = w.end(), count + 1  # "Đầu tư| và| Du lịch Ánh Phương": one name
            continue
        if word == "số" and (n := _NEXT_WORD.match(text, w.end())) is not None \
                and n.group(1)[0].isdigit() and n.end() <= stop:
            end, count = n.end(), count + 1  # "… thị trường số 3": the unit's number
            continue
        if word[0].islower():
            b = _bridge(text, end)
            if b is not None and b <= stop:
                end, caps = b, 0
                count += 1
                continue
        break
    if count >= limit:
        end = _through_place(view, pos, end, stop)
    return end


# a level word before a place a name ends with ("… Tin học Thành phố| Đà Nẵng")
_PLACE_LEVEL = re.compile(r"(?:[Tt]hành\s+phố|TP\.?|Tp\.?|[Tt]ỉnh|[Hh]uyện|[Tt]hị\s+xã|[Qq]uận)"
                          r"(?:\s+|(?<=\.))")


def _through_place(view: TextView, pos: int, end: int, stop: int) -> int:
    """``end`` moved to the end of a place the word limit cut inside ("Trường Đại học Ngoại ngữ -
    Tin học Thành phố Hồ| Chí Minh", "… Nghệ thuật Bà Rịa| - Vũng Tàu", a level read without its
    place): a place at a name's end is read whole or not at all."""
    tn, place_re = view.tn, catalogue().place_re
    for w in _NEXT_WORD.finditer(tn, pos, end):
        at = w.start(1)
        p = place_re.match(tn, at)
        if p is None and (level := _PLACE_LEVEL.match(tn, at)) is not None:
            p = place_re.match(tn, level.end())
        if p is not None and p.end() > end:
            return p.end() if p.end() <= stop else end
    return end


_UNIT_HEAD = re.compile(
    r"(?<![^\W_])(?:[Bb]an\s+cán\s+sự\s+[Đđ]ảng|Đoàn\s+Khoa|Phòng\s+[Gg]iao\s+dịch|Đoàn\s+[Tt]hanh\s+niên|[Đđ]oàn\s+TNCS\s+Hồ\s+Chí\s+Minh|[Cc]hi\s+đoàn(?:\s+[Tt]hanh\s+niên|\s+[Gg]iáo\s+viên)?|[Bb]an\s+[Nn]ữ\s+công|[Bb]an|[Pp]hòng|Khoa|Đội|Trạm|Hội\s+đồng|Đồn|Văn\s+[Pp]hòng|Ủy\s+ban|Trung\s+tâm|Chi\s+cục|Cục|Trại|"
    r"Hải\s+đội|Đại\s+đội|Tiểu\s+đoàn|Trung\s+đoàn|Lữ\s+đoàn|Sư\s+đoàn|Cơ\s+quan|Thường\s+trực|Đoàn\s+Chủ\s+tịch|"
    # the mass organisations of a body ("Hội Phụ nữ Công an tỉnh", "Công đoàn Công an tỉnh")
    r"Hội\s+Phụ\s+nữ|Hội\s+Cựu\s+chiến\s+binh|Công\s+đoàn\s+cơ\s+sở|CĐCS|Công\s+đoàn|Đoàn\s+cơ\s+sở|"
    # the Party's cell or committee of an agency, a unit, a school or a hospital ("Chi bộ Tòa án
    # nhân dân huyện X", "Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "Đảng ủy Bệnh viện …")
    r"[Cc]hi\s+bộ|Đảng\s+ủy|"
    # a committee's organ written as its initials ("UBKT Đảng ủy", "BTV Đảng ủy phường")
    r"(?-i:UBKT|BTV|BTT|BCH|BDV|BTG|BTGDV|BTC))"
    r"(?=[ \t])"
)


# "Phó ban Thường trực" before a body: the title of its standing deputy head, no unit "Ban
# Thường trực" or "Thường trực" of that body
# ("Phó Trưởng ban Thường trực Ban Tổ chức Trung ương": the same title written in full)
_DEPUTY_BEFORE = re.compile(r"(?<![^\W_])Phó\s+(?:[Tt]rưởng\s+)?$")
_STANDING_DEPUTY = re.compile(r"(?<![^\W_])Phó\s+[Bb]an\s+$")
TITLE_BEFORE = re.compile(r"(?:Bí\s+thư|Chủ\s+tịch|Trưởng\s+ban|Phó\s+Trưởng\s+ban)\s+$",
                          _I)
# a commission's deputy chair too ("Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương"): his
# title, the body is the commission (not before a committee's organ: "Chủ nhiệm UBKT Huyện ủy")
_STANDING_TITLE_BEFORE = re.compile(r"Phó\s+Chủ\s+nhiệm\s+$", _I)


def unit_before(view: TextView, start: int) -> tuple[int, str] | None:
    """A unit named right before its parent body ("Phòng Cảnh sát giao thông| Công an tỉnh",
    "Ban Kinh tế - Ngân sách| HĐND tỉnh", "Ban Thường vụ| Đảng ủy xã …"): (start, unit)."""
    text = view.text
    lo = max(view.sentence_starts[view.sentence_of(start)], start - 60)
    for h in _UNIT_HEAD.finditer(text, lo, start):
        if h.group(0).startswith("Thường") and (TITLE_BEFORE.search(text, lo, h.start())
                                                 or _STANDING_TITLE_BEFORE.search(text, lo,
                                                                                  h.start())
                                                 or text.startswith("Tiểu ban", start)):
            # "Phó Bí thư Thường trực Tỉnh ủy": a title, the body is the Tỉnh ủy; a
            # subcommittee has a standing member, no standing body
            continue
        if (h.group(0) in ("ban", "Ban") and _DEPUTY_BEFORE.search(text, lo, h.start())
                and text.startswith(" Thường trực", h.end())) \
                or (h.group(0).startswith("Thường") and _DEPUTY_BEFORE.search(
                    text, lo, h.start()) is None and _STANDING_DEPUTY.search(text, lo, h.start())):
            continue  # "Phó ban Thường trực Ban Tuyên giáo Tỉnh ủy": a deputy head's title
        e = read_name(view, h.end(), limit=7, stop=start)
        organ = e == h.end() and skey(text[h.start():start].strip()) in catalogue().prefix_by_key
        if organ:
            e = len(text[:start].rstrip())  # "Ủy ban kiểm tra| Đảng ủy …": a Party organ
        # "Văn phòng UBND tỉnh", "Thường trực HĐND tỉnh": the unit needs no name of its own
        named = e > h.end() or organ \
            or h.group(0).startswith(("Văn", "Thường", "Đoàn", "Hội", "Công", "CĐCS", "Chi bộ",
                                      "chi bộ", "Đảng")) \
            or "giao" in h.group(0).lower() or "đoàn" in h.group(0) or "cán sự" in h.group(0) \
            or "ữ công" in h.group(0)  # a union's women's board, its words in either case
        if h.group(0).startswith(_PARTY_UNITS) and _DASH.search(text, h.end(), start):
            continue  # "Đảng ủy – HĐND – UBND xã X": bodies of one commune, listed by dashes
        # "Phòng Thời sự - Đài PT-TH Nghệ An": a unit joined to its parent by a dash
        e = h.end() + len(text[h.end():e].rstrip(" -–")) if e > h.end() else e
        e = _faculty_end(text, h, e, start)
        link = text[e:start].strip().strip("-–").strip()
        link, named = _widened(text, h.start(), e, link, named)
        if link in ("thuộc", "của") and re.search(r"[-–]\s*(?:thuộc|của)", text[e:start]):
            link = ","  # "Đồn Biên phòng X - thuộc BĐBP tỉnh": an aside, as after a comma
        if link == "," and _FACULTY.match(h.group(0)) and _SCHOOL_PARENT.match(text, start):
            link = ""  # "Đoàn Khoa Văn hóa và Truyền thông, Trường Đại học …": the school's unit
        elif link == "," and _armed_parent(text, h, e, start):
            link = ""  # "Lữ đoàn 125, Vùng 2 Hải quân": the higher formation's unit
        elif link == "," and (_front_department(text, h.start(), e, start)
                              or _newsroom_desk(text, h.start(), e, start)):
            # "Ban Phong trào, Ủy ban MTTQ tỉnh": the Front's department; "Ban Thời sự, Đài
            # Tiếng nói Việt Nam": the broadcaster's own desk
            link = ""
        if named and link in _UNIT_LINKS and e < start \
                and not TITLE_WORDS.search(text, h.end(), e):
            unit = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", text[h.start():e]))
            unit = _TNCS.sub("Đoàn Thanh niên Cộng sản", unit)  # the Youth Union spelt out
            unit = _CDCS.sub("Công đoàn cơ sở", unit)
            unit = unit.replace("Văn Phòng", "Văn phòng", 1)  # "Chánh Văn Phòng Hội ND tỉnh"
            if unit.startswith("chi đoàn"):  # "chi đoàn thanh niên Trung tâm Y tế …"
                unit = "Chi đoàn" + unit[8:].replace(" thanh niên", " Thanh niên", 1)
            unit = unit[0].upper() + unit[1:]  # "Trưởng ban Công tác …": a name's capital
            return h.start(), f"{unit} {link}" if link else unit
    return None


# the echelons of the armed forces, lowest first: a numbered unit written before a higher
# formation after a comma is that formation's unit ("Lữ đoàn 125, Vùng 2 Hải quân", "Trung đoàn
# 141, Sư đoàn 7"), as the press writes a unit with its parent
_ECHELONS = {"tiểu đội": 1, "trung đội": 2, "đại đội": 3, "hải đội": 3, "tiểu đoàn": 4,
             "trung đoàn": 5, "hải đoàn": 5, "lữ đoàn": 6, "sư đoàn": 7, "quân đoàn": 8,
             "binh đoàn": 8, "vùng": 8, "quân khu": 8}
_ARMED_UNIT = re.compile(
    r"(?P<head>Tiểu\s+đội|Trung\s+đội|Đại\s+đội|Hải\s+đội|Tiểu\s+đoàn|Trung\s+đoàn|Hải\s+đoàn|"
    r"Lữ\s+đoàn|Sư\s+đoàn|Quân\s+đoàn|Binh\s+đoàn|Vùng|Quân\s+khu)\s+(?:\d{1,3}|[IVX]{1,4})"
    r"(?![^\W_])")
# a unit of the same echelon listed before the unit ("Trung đoàn 141, Trung đoàn 209, Sư đoàn
# 7"): a list of units, no one unit's parent
_LISTED_BEFORE = re.compile(r",\s*$")


def _echelon(head: str) -> int:
    return _ECHELONS.get(re.sub(r"\s+", " ", head).lower(), 0)


def _armed_parent(text: str, h: re.Match, e: int, start: int) -> bool:
    """Whether the numbered armed unit at ``h`` (its number read up to ``e``) is written before a
    higher formation at ``start`` after a comma, and not as one item of a list of its echelon."""
    unit = _ARMED_UNIT.match(text, h.start())
    parent = _ARMED_UNIT.match(text, start)
    if unit is None or parent is None or unit.end() != e:
        return False
    rank = _echelon(unit.group("head"))
    if not rank or _echelon(parent.group("head")) <= rank:
        return False
    before = text[max(0, h.start() - 40):h.start()]
    if _LISTED_BEFORE.search(before):
        prev = list(_ARMED_UNIT.finditer(before))
        if prev and prev[-1].end() >= len(before.rstrip(" ,")) \
                and _echelon(prev[-1].group("head")) == rank:
            return False
    after = _ARMED_UNIT.match(text, parent.end() + 2) \
        if text.startswith(", ", parent.end()) else None
    return after is None or _echelon(after.group("head")) > _echelon(parent.group("head"))


# the Front and the mass organisations, as the parent of a department written before them
_MASS_PARENT = re.compile(
    r"(?:Ủy\s+ban\s+(?:MTTQ|Mặt\s+trận)|UBMTTQ|Hội\s+(?:LHPN|Liên\s+hiệp|Phụ\s+nữ|Nông\s+dân|"
    r"Cựu\s+chiến\s+binh|CCB|Chữ\s+thập\s+đỏ|CTĐ)|Liên\s+đoàn\s+[Ll]ao\s+động|LĐLĐ)(?![^\W_])")


@cache
def _not_front_departments() -> frozenset[str]:
    """The Party committee's organs and the standing organs of any body ("Ban Dân vận", "Ban
    Thường vụ"): written before a Front body after a comma they open a list of bodies."""
    structure = load("organisations").get("structure", {})
    names = [*structure.get("party_organs", ()), *structure.get("central_organs", {}).values(),
             "Ban Chỉ đạo", "Ban Tổ chức", "Ban Thường trực"]
    return frozenset(skey(n) for n in names)


def _front_department(text: str, h_start: int, e: int, start: int) -> bool:
    """A department named by its field, a comma, then the Front or a mass organisation ("Ban
    Phong trào, Ủy ban MTTQ tỉnh", "ban Gia đình xã hội, Hội Phụ nữ thành phố"): one body, the
    parent's department. A Party organ or a standing organ written so ("Ban Dân vận, Ủy ban
    MTTQ …", "Ban Thường vụ, Hội Nông dân …") opens a list instead."""
    unit = text[h_start:e]
    if not unit.lower().startswith("ban ") or _MASS_PARENT.match(text, start) is None:
        return False
    # a department of two fields joined by a dash is the parent's even when its first field
    # is a Party organ's ("Ban Kinh tế - Xã hội, Hội Nông dân tỉnh")
    two_fields = _FIELD_DASH.search(unit) is not None
    return skey(re.sub(r"\s+", " ", unit)) not in _not_front_departments() \
        and (two_fields or not any(skey(unit).startswith(n + " ")
                                   for n in _not_front_departments()))


_FIELD_DASH = re.compile(r"\S\s*[-–]\s*[A-ZĐ]")

# a newsroom's desk, named by what it makes ("Ban Thời sự", "Phòng Chuyên đề"), written before
# a paper, a station or the news agency after a comma: only that outlet's desk, one body
_NEWSROOM = re.compile(r"(?:Ban|Phòng)\s+(?:Thời\s+sự|Chuyên\s+đề|Phóng\s+viên|Thư\s+ký\s+"
                       r"[Tt]òa\s+soạn|Văn\s+nghệ|Báo\s+điện\s+tử)")
_PRESS_PARENT = re.compile(r"(?:Đài|Báo|Thông\s+tấn\s+xã|TTXVN|VTV|VOV)(?![^\W_])")


def _newsroom_desk(text: str, h_start: int, e: int, start: int) -> bool:
    """A newsroom's desk at ``h_start`` (read up to ``e``) written before an outlet at ``start``
    after a comma (see ``_NEWSROOM``)."""
    return _NEWSROOM.fullmatch(text, h_start, e) is not None \
        and _PRESS_PARENT.match(text, start) is not None


# the lower-case words a faculty's name goes on with up to the comma before its school ("Khoa
# Chạm| khắc gỗ, Trường …"): at most four, none a clause's
_FACULTY_TAIL = re.compile(r"(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){1,4}(?=,\s*$)")


def _faculty_end(text: str, h: re.Match, end: int, start: int) -> int:
    """End of a faculty's name written before its school after a comma, its name begun with a
    capital and going on in lower case ("Khoa Chạm khắc gỗ, Trường Cao đẳng …"); else ``end``."""
    if end <= h.end() or not _FACULTY.match(h.group(0)) or not _SCHOOL_PARENT.match(text, start):
        return end
    tail = _FACULTY_TAIL.match(text[:start], end)
    if tail is None or NOT_IN_NAME.search(tail.group(0)) or CLAUSE_WORDS.search(tail.group(0)):
        return end
    return tail.end()


def _widened(text: str, start: int, end: int, link: str, named: bool) -> tuple[str, bool]:
    """(link, named) of a standing organ whose meeting is widened: "(hội nghị) Ban Chấp hành mở
    rộng Hội X" says the meeting is widened to guests, the organ is the body's own Ban Chấp
    hành, "mở rộng" no link."""
    if _EXTENDED.fullmatch(link) and _STANDING_ORGAN.fullmatch(text, start, end):
        return "", True
    return link, named


# a standing organ whose meeting is widened ("Ban Chấp hành mở rộng Hội …", "BCH Đảng bộ mở rộng"
# is read elsewhere): the organ is the body's own
_EXTENDED = re.compile(r"mở\s+rộng")
_STANDING_ORGAN = re.compile(r"Ban\s+[Cc]hấp\s+[Hh]ành|BCH|Ban\s+[Tt]hường\s+[Vv]ụ|BTV")


_TNCS = re.compile(r"^[Đđ]oàn TNCS(?= )")
_CDCS = re.compile(r"^CĐCS(?= |$)")
_PARTY_UNITS = ("Đảng", "Chi bộ", "chi bộ")
_DASH = re.compile(r"\s[-–—]\s")
# a faculty (or its youth union) joined by a comma to its school or hospital
_FACULTY = re.compile(r"(?:Đoàn\s+)?Khoa$")
_SCHOOL_PARENT = re.compile(r"(?:Trường|Học\s+viện|Đại\s+học|Bệnh\s+viện)\s")
# words between a unit and its parent that are part of the unit's name ("Ủy ban Pháp luật của
# Quốc hội", "Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội")
_UNIT_LINKS = ("", "của", "thuộc")


def acronym_head(surface: str, acronym: str) -> tuple[bool, str | None]:
    """(matches, head) — head is the written words the acronym does not cover ("Ban").

    The acronym's letters are the initials of the whole name, of the name after a head
    ("Ban Thi đua - Khen thưởng (TĐKT)": the head "Ban" is written again on reuse, "Ban TĐKT"),
    or of its first words ("Ban Chỉ đạo phòng chống thiên tai (BCĐ)": reused bare, "BCĐ").
    """
    letters = re.sub(r"[^A-ZĐ0-9]", "", acronym.upper())
    words = SYL.findall(surface)
    inits = initials(surface)
    if len(letters) < 2:
        return False, None
    for k in range(0, min(3, max(1, len(words) - 1))):  # a head of at most two words
        if "".join(inits[k:]) == letters:
            return True, (" ".join(words[:k]) if k else None)
    for k in range(len(words) - 1, 1, -1):
        if "".join(inits[:k]) == letters:
            return True, None
    return False, None


CLAUSE_WORDS = re.compile(
    r"(?<![^\W_])(?:và|của|do|các|những|này|đó|theo|về|từ|đến|bị|có|không|biết|nói)(?![^\W_])"
)


VIET_NAM = re.compile(r"\s+Việt\s+Nam" + WORD_BOUNDARY_AFTER)


# a level written short before its place inside a name read from the text ("Bệnh viện … TP
# Cần Thơ", "Trung tâm … TX. Sơn Hòa", "TP.Biên Hòa"): canonical names spell the level out;
# before initials ("TP HCM", "TP.HCM") nothing is read as a place and the name is left alone
_SHORT_LEVEL = re.compile(r"(?<![^\W_])(?P<level>TP|Tp|TX)(?:\.\s*|\s+)(?=(?P<word>[^\W\d_]+))")
_LEVELS_SPELT = {"TP": "thành phố", "Tp": "thành phố", "TX": "thị xã"}


def spell_levels(name: str) -> str:
    """``name`` with a level written short before a place name spelt out (above)."""
    if "TP" not in name and "Tp" not in name and "TX" not in name:
        return name

    def spelt(m: re.Match) -> str:
        word = m.group("word")
        if not word[0].isupper() or word.isupper():
            return m.group(0)
        return _LEVELS_SPELT[m.group("level")] + " "

    return _SHORT_LEVEL.sub(spelt, name)
