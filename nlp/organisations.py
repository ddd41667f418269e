"""Organisations: catalogue bodies + level + place, acronym definitions and their reuse.

Canonical name = body name fully expanded, then level and place ("Ủy ban nhân dân tỉnh Thanh
Hóa"). A bare "tỉnh" (or "tỉnh ta"/"tỉnh nhà") is the source's province. An acronym defined in
the article ("Ban Thi đua - Khen thưởng (TĐKT) tỉnh Thanh Hóa") is reused only in the form it
was defined for: when it covers the words after a head ("Ban"), the head must be written again
("Ban TĐKT tỉnh"); a bare "TĐKT" ("công tác TĐKT") is then the activity, not the body. Acronyms
defined in the article win over the catalogue; an acronym that is not the initials of the name
("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh") is taken when the name reads as a proper name and
is reused bare; one written after the level and place ("Trung tâm Y tế huyện Yên Thành (TTYT)")
covers the body, so "TTYT huyện" is the same body.

National names are also matched without their final "Việt Nam" ("Tổng Liên đoàn Lao động")
unless that short form is a body with levels ("Hội Nông dân"); half-abbreviated forms of
"Head X và Y" are derived from the "Head A&B" alias ("Sở Nông nghiệp và PTNT"). Commune-level
places (xã, phường, thị trấn) are never cut at a district name of the gazetteer ("xã Vinh
Hưng"). Associations and centres named by their field ("Hội Nạn nhân chất độc da cam/dioxin
tỉnh", "Đài Phát thanh và Truyền hình tỉnh") are read up to a level word.

A unit named right before its parent body is one mention ("Phòng Cảnh sát giao thông Công an
tỉnh", "Ban Thường vụ Đảng ủy xã Quỳnh Văn"); a level and place written once after a list of
bodies belongs to each ("Huyện ủy, HĐND, UBND huyện Thạch Hà"); a level written without its
place ("Đoàn Thanh niên phường") takes the place of the latest earlier body of that level. Names
read from the text run over lower-case words only when they are lexicon words
(``[names] inner_words``) followed by a capitalised word ("HTX Dịch vụ nông nghiệp Đông Hưng").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from baochi.nlp import places
from baochi.nlp.catalogues import load
from baochi.nlp.model import OrganisationMention, Unplaced
from baochi.nlp.normalise import key, nfc, slug, tone_normalise
from baochi.nlp.patterns import (
    WORD_BOUNDARY_AFTER,
    WORD_BOUNDARY_BEFORE,
    PrefixScanner,
    alternation,
    phrase_pattern,
)
from baochi.nlp.spans import SpanSet, Taken
from baochi.nlp.tokens import TextView, syllable_key

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Body:
    name: str
    acronym: str | None
    kind: str | None
    default_level: str  # "" = a level must be written
    level_names: tuple[tuple[str, str], ...] = ()
    national: bool = False
    committee_level: str = ""  # "tỉnh" for Tỉnh ủy: the level is in the name
    bare_name: str = ""  # the national body its bare_keys name without a level or place
    bare_keys: frozenset[str] = frozenset()
    bare_level: str = ""  # the level it has when written alone ("Đảng ủy": its commune's)


@dataclass(frozen=True, slots=True)
class Catalogue:
    by_key: dict
    body_re: re.Pattern
    committee_re: re.Pattern
    body_scan: PrefixScanner
    committee_scan: PrefixScanner
    generic_scan: PrefixScanner
    prefix_by_key: dict
    level_re: re.Pattern
    place_re: re.Pattern
    province_keys: dict
    district_provinces: dict
    generic_re: re.Pattern


_COMMUNE_LEVELS = ("xã", "phường", "thị trấn")
_LEVEL_CANON = {"tp": "thành phố", "tp.": "thành phố", "tx": "thị xã", "tx.": "thị xã",
                "h": "huyện"}


def _place_follows(tn: str, after: int) -> bool:
    """A place is written after the level word ending at ``after``: after a space, or right
    after a dot ("TP.Biên Hòa", "H.Cô Tô", "TX.Kỳ Anh")."""
    return after + 1 < len(tn) and (tn[after] == " " or (tn[after] == "."
                                                          and tn[after + 1].isupper()))


def _mixed_forms(name: str, aliases: list[str]) -> list[str]:
    """Half-abbreviated forms of "Head X và Y" from an alias "Head A&B" whose parts are the
    initials of X and Y: "Sở Nông nghiệp và PTNT", "Sở NN và PTNT", "Sở LĐ-TB và XH"."""
    words = name.split(" ", 1)
    if len(words) != 2 or " và " not in words[1]:
        return []
    head, rest = words
    full = rest.split(" và ")
    out: list[str] = []
    for alias in aliases:
        a_words = alias.split(" ", 1)
        if len(a_words) != 2 or a_words[0] != head or "&" not in a_words[1]:
            continue
        abbr = a_words[1].split("&")
        if len(abbr) != len(full) or len(full) != 2:
            continue
        if any("".join(_initials(f)) != re.sub(r"[^A-ZĐ0-9]", "", a.upper())
               for f, a in zip(full, abbr, strict=True)):
            continue
        for x, y in ((full[0], abbr[1]), (abbr[0], full[1]), (abbr[0], abbr[1])):
            out.append(f"{head} {x} và {y}")
    return out


_FIELD_SEP = re.compile(r"\s+và\s+|\s*,\s+|\s+-\s+")


def _abbreviated(name: str, heads: tuple[str, ...]) -> list[str]:
    """A name "Head A và B" (or "Head A, B và C", "Head A - B") with its fields written as
    initials: "Đài PT-TH", "Đài PT&TH", "Đài PTTH", "Sở VH,TT&DL", "Báo VH&ĐS"."""
    head = next((h for h in heads if name.startswith(h + " ")), None)
    if head is None:
        return []
    rest = name[len(head) + 1:]
    fields = _FIELD_SEP.split(re.sub(r"\s+Việt\s+Nam$", "", rest))
    if len(fields) < 2 or len(fields) > 4:
        return []
    inits = ["".join(_initials(f)) for f in fields]
    if any(len(i) < 2 for i in inits):
        return []
    last_joins = ("&", "-", " và ")
    joins = ("-", "&", "", ", ", ",")
    forms = {f"{head} " + sep.join(inits) for sep in ("-", "&", "")}
    for j in joins:
        for last in last_joins:
            forms.add(f"{head} " + j.join(inits[:-1]) + last + inits[-1])
    return sorted(forms)


def _vn_forms(written: list[str]) -> list[str]:
    """Forms ending in "Việt Nam" written with "VN" ("Ủy ban MTTQ VN")."""
    return [a.removesuffix(" Việt Nam") + " VN" for a in written if a.endswith(" Việt Nam")]


def _joined_forms(name: str) -> list[str]:
    """"Head A và B" with its fields joined otherwise in the press: "Sở Tài nguyên Môi
    trường", "Sở Nông nghiệp - Phát triển nông thôn"."""
    if " và " not in name or name.count(" và ") > 1:
        return []
    forms = [name.replace(" và ", " - "), name.replace(" và ", " ")]
    if ", " in name:
        forms.append(name.replace(", ", " "))  # "Bộ Văn hóa Thể thao và Du lịch"
    return forms


def _central_forms(aliases: list[str], structure: dict) -> list[str]:
    """"Trung ương" written short in a national name: "Ban Tổ chức TƯ", "T.Ư Đảng"."""
    out = []
    for alias in aliases:
        if "Trung ương" in alias:
            out += [alias.replace("Trung ương", w) for w in structure.get("central_words", ())]
    return out


def _central_organs(structure: dict, national: list[dict]) -> list[dict]:
    """Each Party organ at the centre ("Ban Kinh tế Trung ương") unless listed already."""
    known = {n["name"] for n in national}
    return [{"name": f"{organ} Trung ương", "kind": "đảng"}
            for organ in structure.get("party_organs", ())
            if f"{organ} Trung ương" not in known]


def _skey(text: str) -> str:
    return syllable_key(tone_normalise(nfc(text)).lower())


def _national_aliases(n: dict, heads: tuple[str, ...], structure: dict,
                      body_keys: set[str]) -> list[str]:
    """Written forms of a national body: its aliases, their half-abbreviated and initialled
    forms, "TƯ"/"T.Ư"/"TW" for "Trung ương", and the name without its final "Việt Nam"
    ("Tổng Liên đoàn Lao động"), unless that short form is a body with levels ("Hội Nông dân"
    + tỉnh …)."""
    aliases = [n["name"], *n.get("aliases", [])]
    aliases += [a for a in _mixed_forms(n["name"], aliases) if a not in aliases]
    aliases += [a for a in _abbreviated(n["name"], heads) if a not in aliases]
    aliases += [a for a in _central_forms(aliases, structure) if a not in aliases]
    aliases += [a for a in _joined_forms(n["name"]) if a not in aliases]
    for alias in list(aliases) if n.get("short_form", True) else ():
        short = re.sub(r"\s+Việt\s+Nam$", "", alias)
        if short != alias and _skey(short) not in body_keys:
            aliases.append(short)
    return aliases


def _local_forms(bodies: list[dict]) -> dict[str, list[str]]:
    """Body name key -> its written forms ("Hội Người cao tuổi" -> "Hội NCT" …), for the
    national organisation named "<body> Việt Nam"."""
    return {_skey(b["name"]): [b["name"], *b.get("aliases", [])] for b in bodies
            if not b.get("default_level")}


def _viet_nam_forms(name: str, local_forms: dict[str, list[str]], known: list[str]
                   ) -> list[str]:
    """"Hội NCT Việt Nam", "Hội ND VN", "Hội NDVN": a local body's short forms with "Việt Nam"
    name the national organisation."""
    out: list[str] = []
    for a in local_forms.get(_skey(name.removesuffix(" Việt Nam")), ()):
        forms = [f"{a} Việt Nam", f"{a} VN"]
        if a.rsplit(" ", 1)[-1].isupper():
            forms.append(f"{a}VN")
        out += [f for f in forms if f not in known and f not in out]
    return out


@cache
def catalogue() -> Catalogue:
    data = load("organisations")
    by_key: dict[str, Body] = {}
    body_aliases: list[str] = []
    for b in data.get("body", []):
        body = Body(
            name=b["name"], acronym=b.get("acronym") or None, kind=b.get("kind"),
            default_level=b.get("default_level", ""),
            level_names=tuple(sorted(b.get("level_names", {}).items())),
            bare_name=b.get("bare_name", ""),
            bare_keys=frozenset(_skey(a) for a in b.get("bare_aliases", [])),
            bare_level=b.get("bare_level", ""),
        )
        for alias in [b["name"], *b.get("aliases", [])]:
            by_key.setdefault(_skey(alias), body)
            body_aliases.append(alias)
    structure = data.get("structure", {})
    heads = tuple(structure.get("abbreviate_heads", ()))
    for b in data.get("body", []):
        written = [b["name"], *b.get("aliases", [])]
        own = by_key[_skey(b["name"])]
        for alias in [*_mixed_forms(b["name"], written), *_abbreviated(b["name"], heads),
                      *_joined_forms(b["name"]), *_vn_forms(written)]:
            # forms differing only in punctuation share a key: each is still written out
            if by_key.setdefault(_skey(alias), own) is own:
                body_aliases.append(alias)
    body_keys = set(by_key)
    local_forms = _local_forms(data.get("body", []))
    for n in [*data.get("national", []), *_central_organs(structure, data.get("national", []))]:
        body = Body(name=n["name"], acronym=None, kind=n.get("kind"), default_level="",
                    national=True)
        aliases = _national_aliases(n, heads, structure, body_keys)
        aliases += _viet_nam_forms(n["name"], local_forms, aliases)
        for alias in aliases:
            by_key[_skey(alias)] = body
            body_aliases.append(alias)
    committee_aliases: list[str] = []
    for c in data.get("committee", []):
        body = Body(name=c["name"], acronym=None, kind=c.get("kind"), default_level="",
                    committee_level=c["level"])
        for alias in [c["name"], *c.get("aliases", [])]:
            by_key[_skey(alias)] = body
            committee_aliases.append(alias)
    prefixes = data.get("committee_prefixes", {})
    prefix_by_key = {_skey(k): v for k, v in prefixes.items()}
    body_re = re.compile(
        WORD_BOUNDARY_BEFORE + "(?:" + alternation(body_aliases) + ")" + WORD_BOUNDARY_AFTER, _I
    )
    committee_re = re.compile(
        WORD_BOUNDARY_BEFORE + "(?:(?P<prefix>" + alternation(list(prefixes)) + r")\s+)?"
        "(?P<committee>" + alternation(committee_aliases) + ")" + WORD_BOUNDARY_AFTER, _I
    )
    level_re = re.compile(
        r"\s+(?P<level>tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã|TX\.?|quận|xã|phường|thị\s+trấn|"
        r"(?-i:H)(?=\.[A-ZĐ]))"
        + WORD_BOUNDARY_AFTER, _I
    )
    # the gazetteer: vietnam-provinces + the 2025 changes and districts beside it (places.py)
    province_keys = {_skey(form): name for form, name in places.province_forms().items()}
    district_provinces: dict[str, list[str]] = {}
    all_places = list(places.province_forms())
    for name, provs in places.districts().items():
        district_provinces.setdefault(_skey(name), []).extend(provs)
        all_places.append(name)
    place_re = re.compile("(?:" + alternation(all_places) + ")" + WORD_BOUNDARY_AFTER)
    generic_heads = ["Ban", "Hội", "Sở", "Phòng", "Trung tâm", "Ủy ban", "Văn phòng", "Chi cục", "Cục",
             "Tổng cục", "Viện", "Liên đoàn", "Liên minh", "Hiệp hội", "Công ty", "Tổng công ty",
             "Ngân hàng", "Bệnh viện", "Trường", "Hợp tác xã", "Câu lạc bộ", "Quỹ", "Đài",
             "Hội đồng", "Bảo hiểm xã hội", "Kho bạc", "Cục Thuế", "Chi nhánh", "Đoàn",
             "Tập đoàn"]
    generic_re = re.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<name>(?-i:" + "|".join(phrase_pattern(h) for h in generic_heads)
        + r")(?:\s+[^\s(),.;:“”\"]+){1,12}?)\s*\(\s*(?P<acr>(?-i:[A-ZĐ][A-ZĐ0-9&\-]{1,11}))\s*\)"
    )
    body_scan = PrefixScanner(body_aliases, body_re)
    committee_scan = PrefixScanner(committee_aliases + list(prefixes), committee_re)
    generic_scan = PrefixScanner(generic_heads, generic_re)
    return Catalogue(by_key, body_re, committee_re, body_scan, committee_scan, generic_scan,
                     prefix_by_key, level_re, place_re, province_keys, district_provinces,
                     generic_re)


# --------------------------------------------------------------------------------------------

# school types, in any case ("Trường tiểu học và THCS …", "trường PT DTNT THCS …")
_SCHOOL_TYPE = (
    r"(?i:(?:(?:PTDTBT|PTDTNT|PT\s*DT(?:BT|NT)|Phổ\s+thông\s+DT(?:BT|NT)|PTDT\s+(?:bán|nội)\s+trú|"
    r"Phổ\s+thông\s+dân\s+tộc\s+(?:bán\s+trú|nội\s+trú))(?:\s*\((?:PT)?DT(?:BT|NT)\))?\s+)?"
    r"(?:(?:TH|Tiểu\s+học)\s*(?:[-&]|và)\s*(?:THCS|Trung\s+học\s+cơ\s+sở)|"
    r"THCS\s*(?:[-&]|và)\s*THPT|THPT|THCS|(?-i:TH)|Tiểu\s+học|Mầm\s+non|Đại\s+học|Cao\s+đẳng|"
    r"Trung\s+cấp|PTDTNT|Phổ\s+thông\s+dân\s+tộc\s+nội\s+trú|Trung\s+học\s+phổ\s+thông|"
    r"Trung\s+học\s+cơ\s+sở|PTDTBT|Phổ\s+thông\s+dân\s+tộc\s+bán\s+trú)(?:\s+chuyên)?)"
)
_INSTITUTION = re.compile(
    r"(?P<head>[Tt]rường\s+" + _SCHOOL_TYPE + r"|"
    r"[Bb]ệnh\s+viện(?:\s+Đa\s+khoa)?|Tổng\s+công\s+ty|Tập\s+đoàn|"
    r"Công\s+ty(?:\s+(?:TNHH(?:\s+MTV)?|CP|[Cc]ổ\s+phần))?|Hợp\s+tác\s+xã|HTX|Ngân\s+hàng|"
    r"Trung\s+tâm\s+[Yy]\s+tế|Ban\s+Quản\s+lý|[Đđ]ồn\s+(?:[Bb]iên\s+phòng|BP)|Trạm\s+[Yy]\s+tế|Sư\s+đoàn|"
    r"Chi\s+cục\s+[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*)?\s+[Kk]hu\s+vực|"
    r"Lữ\s+đoàn|Trung\s+đoàn|Tiểu\s+đoàn|Quân\s+đoàn|Binh\s+đoàn|Hải\s+đoàn|Hải\s+đội|Câu\s+lạc\s+bộ(?:\s*\(CLB\))?|CLB|[Nn]hà\s+máy|Chi\s+nhánh|Chi\s+hội|Đại\s+sứ\s+quán|Xí\s+nghiệp|"
    r"Giáo\s+xứ|Giáo\s+phận|Tạp\s+chí|Học\s+viện|Bảo\s+tàng|"
    r"Nhóm\s+(?:[Tt]hiện\s+nguyện|[Tt]ình\s+nguyện|[Tt]ừ\s+thiện)|"
    r"(?:Tổng\s+)?Lãnh\s+sự\s+quán)"
    r"(?P<name>(?:\s+[^\s,.;:()“”\"]+){1,6})"
)
_STEERING = re.compile(
    r"(?P<head>Ban\s+(?i:chỉ\s+đạo|chỉ\s+huy)|Ban\s+(?:Quản\s+lý|QLDA|QL)|Ban\s+An\s+toàn\s+giao\s+thông|Hội\s+đồng|"
    r"Ban\s+(?i:vận\s+động|điều\s+hành)|Ban\s+Đại\s+diện|Ủy\s+ban\s+bầu\s+cử|"
    # the bodies of a province's industrial or economic zones ("Công đoàn các KCN tỉnh")
    r"(?:Công\s+đoàn|Đảng\s+ủy)(?=\s+các\s+(?:KCN|KKT|CCN|[Kk]hu\s|[Cc]ụm\s)))"
    r"(?P<topic>(?:,?\s+(?!tỉnh\b|huyện\b|thành\s+phố\b|thị\s+xã\b|xã\b(?!\s+hội)|phường\b)"
    r"[\"“”]?[^\W\d_]+[\"“”]?){0,24}?)(?P<short>\s*\([^()]{1,30}\))?"  # "… (Ban Chỉ đạo 799) huyện X"
    r"(?=\s+(?P<anchor>tỉnh|huyện|thành\s+phố|TP\.?(?=\s*[A-ZĐ])|thị\s+xã|quận|xã(?!\s+hội)|phường|"
    r"thị\s+trấn|"
    r"Trung\s+ương|TƯ|TW)(?![^\W_]))"
)
# associations and centres named by their field, anchored by a level word ("Hội Nạn nhân chất
# độc da cam/dioxin tỉnh", "Trung tâm Văn hóa tỉnh"): the word after the head is capitalised
_NAMED_BODY = re.compile(
    r"(?P<head>Hội|Hiệp\s+hội|Trung\s+tâm|Chi\s+cục|Cục|Phòng|Đài|Bảo\s+tàng|Thư\s+viện|Hạt|Trạm|"
    r"Công\s+đoàn(?:\s+ngành)?)"
    r"(?P<topic>\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])[^\W\d_]*"
    r"(?:(?:,?\s+|/|\s*-\s*)(?!tỉnh\b|huyện\b|thành\s+phố\b|thị\s+xã\b|xã\b(?!\s+hội)|phường\b)"
    r"[^\W\d_]+){0,9}?)"
    r"(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã(?!\s+hội)|phường|thị\s+trấn|TP\.|"
    r"(?P<vn>Việt\s+Nam))(?![^\W_]))"
)
# a party committee of a bloc or a force, anchored by a level word ("Đảng ủy các cơ quan Đảng
# tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng ủy Quân sự tỉnh")
_PARTY_BLOC = re.compile(
    r"(?-i:Đảng\s+ủy)\s+(?P<topic>(?:(?-i:Khối)\s+)?(?:(?i:(?:các\s+)?cơ\s+quan(?:\s+Đảng|\s+và\s+doanh"
    r"\s+nghiệp)?)|cơ\s+quan\s+Dân\s+chính\s+Đảng|(?-i:Dân\s+chính\s+Đảng|Doanh\s+nghiệp|"
    r"Quân\s+sự|Công\s+an|Biên\s+phòng)|Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND))"
    r"(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã)(?![^\W_]))"
)
_EXPAND = {"ubnd": "Ủy ban nhân dân", "hđnd": "Hội đồng nhân dân"}
# a person's title inside what looks like a name: two mentions and a person, not one body
_TITLE_WORDS = re.compile(r"(?<![^\W_])(?:Chủ\s+tịch|Giám\s+đốc|Bí\s+thư|Trưởng\s+ban|"
                          r"Phó\s+[^\W\d_]+|Tổng\s+Biên\s+tập)(?![^\W_])")
# a list of bodies sharing the level and place written after the last one ("Huyện ủy, HĐND,
# UBND huyện Thạch Hà")
_LIST_SEP = re.compile(r"\s*,\s*|\s+và\s+|\s+[-–]\s+")
_TWO_BODIES = re.compile(
    r"(?:(?<![^\W_])và|,)\s+(?:Hội|Hiệp|Trung\s+tâm|Chi\s+cục|Cục|Đài|Bảo|Thư|UBND|Ủy|Sở|Ban|"
    r"Phòng|Công|Liên|Đoàn)(?![^\W_])"
)
_NOT_IN_NAME = re.compile(
    r"(?<![^\W_])(?:đã|đang|sẽ|được|với|tại|phối|cho|là|vừa|cùng|trong|khi|nhằm|để|trên)"
    r"(?![^\W_])"
)
_CLAUSE_VERBS = re.compile(r"(?<![^\W_])(?:cũng|đề\s+nghị|yêu\s+cầu|kiến\s+nghị|cho\s+biết|"
                           r"thông\s+báo|chỉ\s+đạo\s+các)(?![^\W_])")
_ACR_RE = re.compile(r"\s*\(\s*(?P<acr>[A-ZĐ][A-ZĐ0-9&\-.]{1,11})\s*\)")
_PLURAL = re.compile(r"\s+(?:các|cấp|những|hai|ba)" + WORD_BOUNDARY_AFTER, _I)
_SELF = re.compile(r"\s+(?:ta|nhà)" + WORD_BOUNDARY_AFTER)
_CENTRAL = re.compile(r"\s+(?:Trung\s+ương|TƯ|TW)" + WORD_BOUNDARY_AFTER)
_SYL = re.compile(r"[^\W_]+")
# "đại biểu Quốc hội" is one word of office (a deputy); "Thủ tướng Chính phủ" is not: the body
# inside the role counts (GUIDE: "a body inside a role counts", as in "Chủ tịch UBND tỉnh").
_ROLE_BEFORE = re.compile(r"(?<![^\W_])đại\s+biểu\s+$", _I)


@cache
def _inner_words() -> tuple[frozenset, int]:
    words = load("organisations").get("names", {}).get("inner_words", [])
    phrases = frozenset(tuple(_skey(w).split()) for w in words)
    return phrases, max((len(p) for p in phrases), default=0)


def _lexicon_run(sylls: list[str]) -> bool:
    """Whether the lower-case syllables are a run of lexicon words ("dịch vụ nông nghiệp")."""
    phrases, longest = _inner_words()
    ok = [True] + [False] * len(sylls)
    for i in range(len(sylls)):
        if not ok[i]:
            continue
        for k in range(1, min(longest, len(sylls) - i) + 1):
            if tuple(_skey(x) for x in sylls[i:i + k]) in phrases:
                ok[i + k] = True
    return ok[-1]


_NEXT_WORD = re.compile(r"[ \t]+([^\s,.;:()“”\"]+)")


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
        if k < len(sylls) and (sylls[k][0][0].isupper() or _level_ends_name(text, sylls, k)) \
                and _lexicon_run([w for w, _ in sylls[:k]]):
            return sylls[k - 1][1]
    return None


def _read_name(view: TextView, pos: int, limit: int = 8, stop: int | None = None) -> int:
    """End of the proper name after a head at ``pos``: capitalised words, numbers, "&", "-",
    lower-case syllables inside a word begun by the name, lexicon words between capitals."""
    text = view.text
    stop = len(text) if stop is None else stop
    end = pos
    count = 0
    caps, prev = 0, -1  # capitalised syllables read just before; the last one's start
    while count < limit:
        w = _NEXT_WORD.match(text, end)
        if not w or w.end() > stop:
            break
        word = w.group(1)
        # a lower-case syllable inside a word the previous capitalised syllable began ("Xây|
        # dựng", "Khu Kinh| tế"), not a verb the segmenter glued to a two-syllable name
        # ("Trần Phú| tổ chức"); the segmenter is asked only then (it runs per paragraph on
        # first use)
        if word[0].isupper() or word[0].isdigit() or word in ("&", "-", "–") \
                or (word[0].isalpha() and caps >= 1 and w.start(1) not in view.word_starts
                    and (caps == 1 or prev in view.word_starts)):
            caps, prev = (caps + 1, w.start(1)) if word[0].isupper() else (caps, prev)
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
        if word[0].islower():
            b = _bridge(text, end)
            if b is not None and b <= stop:
                end, caps = b, 0
                count += 1
                continue
        break
    return end


_UNIT_HEAD = re.compile(
    r"(?<![^\W_])(?:Phòng\s+[Gg]iao\s+dịch|Đoàn\s+[Tt]hanh\s+niên|[Cc]hi\s+đoàn|[Bb]an|[Pp]hòng|Đội|Trạm|Đồn|Văn\s+phòng|Ủy\s+ban|Trung\s+tâm|Chi\s+cục|Cục|Trại|"
    r"Hải\s+đội|Đại\s+đội|Tiểu\s+đoàn|Trung\s+đoàn|Cơ\s+quan|Thường\s+trực|Đoàn\s+Chủ\s+tịch|"
    # the mass organisations of a body ("Hội Phụ nữ Công an tỉnh", "Công đoàn Công an tỉnh")
    r"Hội\s+Phụ\s+nữ|Hội\s+Cựu\s+chiến\s+binh|Công\s+đoàn|Đoàn\s+cơ\s+sở)"
    r"(?=[ \t])"
)


_TITLE_BEFORE = re.compile(r"(?:Bí\s+thư|Chủ\s+tịch|Trưởng\s+ban|Phó\s+Trưởng\s+ban)\s+$",
                           _I)


def _unit_before(view: TextView, start: int) -> tuple[int, str] | None:
    """A unit named right before its parent body ("Phòng Cảnh sát giao thông| Công an tỉnh",
    "Ban Kinh tế - Ngân sách| HĐND tỉnh", "Ban Thường vụ| Đảng ủy xã …"): (start, unit)."""
    text = view.text
    lo = max(view.sentence_starts[view.sentence_of(start)], start - 60)
    for h in _UNIT_HEAD.finditer(text, lo, start):
        if h.group(0).startswith("Thường") and _TITLE_BEFORE.search(text, lo, h.start()):
            continue  # "Phó Bí thư Thường trực Tỉnh ủy": a title, the body is the Tỉnh ủy
        e = _read_name(view, h.end(), limit=7, stop=start)
        if e == h.end() and _skey(text[h.start():start].strip()) in catalogue().prefix_by_key:
            e = len(text[:start].rstrip())  # "Ủy ban kiểm tra| Đảng ủy …": a Party organ
        # "Văn phòng UBND tỉnh", "Thường trực HĐND tỉnh": the unit needs no name of its own
        named = e > h.end() or h.group(0).startswith(("Văn", "Thường", "Đoàn", "Hội", "Công")) \
            or "giao" in h.group(0).lower() or "đoàn" in h.group(0)
        link = text[e:start].strip()
        if named and link in _UNIT_LINKS and e < start \
                and not _TITLE_WORDS.search(text, h.end(), e):
            unit = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", text[h.start():e]))
            return h.start(), f"{unit} {link}" if link else unit
    return None


# words between a unit and its parent that are part of the unit's name ("Ủy ban Pháp luật của
# Quốc hội", "Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội")
_UNIT_LINKS = ("", "của", "thuộc")


_FACILITY = {"Khu", "Vườn", "Cụm", "Cảng", "Nhà", "Làng", "Di"}
_FACILITY_STOP = {"tỉnh", "huyện", "xã", "phường", "thành", "thị", "quận", "tại", "của", "và",
                  "ở", "với", "đã", "đang", "sẽ", "được", "cho", "các", "những", "trên", "trong",
                  "là", "có", "vừa"}


def _facility_end(text: str, pos: int) -> int | None:
    """End of "<lower-case kind> <Proper Name>" after a facility noun at ``pos`` ("… Khu| di tích
    Nguyễn Du", "… Vườn| quốc gia Bến En"), or None."""
    words: list[tuple[str, int]] = []
    for w in re.finditer(r"\s+([^\W\d_]+)", text[pos:pos + 80]):
        if w.start() != (words[-1][1] if words else 0):
            break
        words.append((w.group(1), w.end()))
    lower = 0
    while lower < len(words) and words[lower][0][0].islower():
        if words[lower][0] in _FACILITY_STOP:
            return None
        lower += 1
    if not 1 <= lower <= 3:
        return None
    upper = lower
    while upper < len(words) and upper - lower < 4 and words[upper][0][0].isupper():
        upper += 1
    return pos + words[upper - 1][1] if upper > lower else None


@dataclass(slots=True)
class _Place:
    end: int
    level: str | None
    place: str | None
    province: str | None


def _initials(surface: str) -> list[str]:
    """One initial per syllable; an all-capital token (an acronym) gives all its letters."""
    out = []
    for tok in _SYL.findall(surface):
        if len(tok) >= 2 and tok.isupper():
            out.append(tok)
        else:
            out.append(tok[0].upper())
    return out


def _acronym_head(surface: str, acronym: str) -> tuple[bool, str | None]:
    """(matches, head) — head is the written words the acronym does not cover ("Ban").

    The acronym's letters are the initials of the whole name, of the name after a head
    ("Ban Thi đua - Khen thưởng (TĐKT)": the head "Ban" is written again on reuse, "Ban TĐKT"),
    or of its first words ("Ban Chỉ đạo phòng chống thiên tai (BCĐ)": reused bare, "BCĐ").
    """
    letters = re.sub(r"[^A-ZĐ0-9]", "", acronym.upper())
    words = _SYL.findall(surface)
    inits = _initials(surface)
    if len(letters) < 2:
        return False, None
    for k in range(0, min(3, max(1, len(words) - 1))):  # a head of at most two words
        if "".join(inits[k:]) == letters:
            return True, (" ".join(words[:k]) if k else None)
    for k in range(len(words) - 1, 1, -1):
        if "".join(inits[:k]) == letters:
            return True, None
    return False, None


_CLAUSE_WORDS = re.compile(
    r"(?<![^\W_])(?:và|của|do|các|những|này|đó|theo|về|từ|đến|bị|có|không|biết|nói)(?![^\W_])"
)


def _inner_place(view: TextView, m: re.Match, acr: str, cat: Catalogue,
                 source_province: str | None) -> tuple[str, _Place] | None:
    """(body name, place) when the name before "(ACR)" ends with a level and place and the
    acronym is the initials of the words before the level."""
    letters = re.sub(r"[^A-ZĐ0-9]", "", acr.upper())
    a, b = m.start("name"), m.end("name")
    for lv in cat.level_re.finditer(view.tn, a, b):
        body = view.text[a:lv.start()]
        if "".join(_initials(body)) != letters:
            continue
        place = _read_place(view, lv.start(), cat, source_province, allow_bare_province=False)
        if place is not None and place.end == b and place.place:
            clean = re.sub(r"\s*[-–—]\s*", " - ", re.sub(r"\s+", " ", body)).strip()
            return clean, place
    return None


def _generic_definitions(view: TextView, cat: Catalogue):
    """Matches of the generic "Head Name (ACR)" pattern at every head syllable (overlapping:
    "Ban tổ chức cho biết Trung tâm … (CDC)" is tried from "Trung tâm" as well)."""
    first = cat.generic_scan.first
    regex = cat.generic_re
    for (a, _b), word in zip(view.syllable_spans, view.syllable_words, strict=True):
        if word in first:
            m = regex.match(view.tn, a)
            if m:
                yield m


def _fallback_place(view: TextView, pos: int) -> tuple[int, str] | None:
    """Capitalised syllables at ``pos`` (up to 3; stop at an underthesea word end after two)."""
    text = view.text
    end = pos
    count = 0
    while count < 3:
        if count > 0 and (end >= len(text) or text[end] != " "):
            break
        m = _SYL.match(text, end + (1 if count else 0))
        if not m or not m.group(0)[0].isupper():
            break
        end = m.end()
        count += 1
        if count >= 2 and text[end:end + 1] == " " and text[end + 1:end + 2].isupper() \
                and end in view.word_ends:
            break  # the segmenter is asked only when a third capital could join
    n = _UNIT_NUMBER.match(text, end) if count else None
    if n:
        end = n.end()  # "xã Sơn Kim 1", "phường An Hòa 2": a numbered unit of one name
    return (end, text[pos:end]) if count else None


_UNIT_NUMBER = re.compile(r" \d(?![\d/.,:\-]?\d)(?![^\W\d_])")


_SURNAMES = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trương", "Mai", "Cao", "Lâm", "Tạ", "Thái", "Đoàn", "Trịnh", "Lưu", "Kiều", "Châu", "Đàm", "Tống", "Quách", "Hứa", "Lại", "Từ", "Triệu", "Văn", "Nông", "Lò", "Hà", "Mạc", "Chu", "Doãn", "Khúc", "Vương", "Tô", "Thân", "La", "Lã", "Đào", "Phùng", "Khổng", "Âu", "Bế", "Quàng", "Lục", "Diệp", "Tăng", "Ông", "Nghiêm", "Thạch", "Danh", "Giáp"])


def _gazetteer_place(view: TextView, p: re.Match, level: str, cat: Catalogue,
                     source_province: str | None) -> _Place:
    """A level followed by a gazetteer name: a province, or a district (its province is the
    one that has a district of that name, the source's when several do)."""
    name = view.text[p.start():p.end()]
    pkey = _skey(name)
    if level == "tỉnh" or (level == "thành phố" and pkey in cat.province_keys
                           and pkey not in cat.district_provinces):
        province = cat.province_keys.get(pkey, name)
        return _Place(p.end(), level, province, province)
    provinces = cat.district_provinces.get(pkey, [])
    province = source_province
    if provinces and source_province not in provinces and len(provinces) == 1:
        province = provinces[0]
    return _Place(p.end(), level, name, province)


_NUMBERED = re.compile(r" (\d{1,2})(?![\d/.,:\-]?\d)")


def _level_place(view: TextView, after: int, level: str, cat: Catalogue,
                 source_province: str | None) -> _Place | None:
    """The place written after a level word at ``after`` (a space follows the level)."""
    tn = view.tn
    p = cat.place_re.match(tn, after + 1)
    if p and level in _COMMUNE_LEVELS and p.end() < len(tn) and re.match(
            r" [^\W\d_]", tn[p.end():p.end() + 2]) and tn[p.end() + 1].isupper():
        # the gazetteer holds provinces and districts: "xã Vinh Hưng" is not "xã Vinh"
        p = None
    if p:
        return _gazetteer_place(view, p, level, cat, source_province)
    fb = _fallback_place(view, after + 1)
    if fb is None:
        n = _NUMBERED.match(tn, after) if level in ("phường", "quận") else None
        # "UBND phường 10", "Quận 3": units of the cities numbered, not named
        return _Place(n.end(), level, n.group(1), source_province) if n else None
    end, name = fb
    if level == "tỉnh" and name.split()[0] in _SURNAMES:
        # the gazetteer holds every province of Vietnam: "Chủ tịch UBND tỉnh Nguyễn Văn A"
        # names a person (a foreign province, "tỉnh Xiêng Khoảng", is read as written)
        return None
    province = name if level == "tỉnh" else source_province
    if level == "thành phố" and f"Thành phố {name}" in places.provinces():
        province = f"Thành phố {name}"  # "thành phố Hồ Chí Minh"
    return _Place(end, level, name, province)


def _read_place(view: TextView, pos: int, cat: Catalogue, source_province: str | None,
                allow_bare_province: bool) -> _Place | None:
    tn = view.tn
    m = cat.level_re.match(tn, pos)
    if m:
        level = re.sub(r"\s+", " ", m.group("level")).lower()
        level = _LEVEL_CANON.get(level, level)
        after = m.end()
        s = _SELF.match(tn, after)
        if s and level == "tỉnh":
            return _Place(s.end(), level, source_province, source_province)
        written = _level_place(view, after, level, cat, source_province) \
            if _place_follows(tn, after) else None
        if written is not None:
            return written
        if level == "tỉnh":
            return _Place(after, level, source_province, source_province)
        if level == "thành phố" and source_province in places.cities():
            # a bare "thành phố" in a centrally-run city's paper is that city
            return _Place(after, level, _city_place(source_province or ""), source_province)
        return _Place(after, level, None, source_province)
    if allow_bare_province and pos < len(tn) and tn[pos] == " ":
        p = cat.place_re.match(tn, pos + 1)
        if p:
            return _bare_place(view.text[p.start():p.end()], p.end(), cat, source_province)
    return None


def _bare_place(name: str, end: int, cat: Catalogue, source_province: str | None
                ) -> _Place | None:
    """A province, or a district of the paper's province, written after a body without its
    level ("Hội CTĐ Tiên Phước" is the district's: "huyện Tiên Phước", its level from the
    package)."""
    pkey = _skey(name)
    if pkey in cat.province_keys:
        province = cat.province_keys[pkey]
        return _Place(end, "tỉnh", province, province)
    if source_province and name[0].isupper() and set(places.covered_provinces(
            source_province)).intersection(cat.district_provinces.get(pkey, ())):
        return _Place(end, places.district_level(name, source_province), name,
                      source_province)
    return None


_GENERIC_ITEM = re.compile(r"(?:các\s+)?(?:chính\s+quyền(?:\s+địa\s+phương)?|đoàn\s+thể|ban,?\s+ngành)"
                           r"(?![^\W_])")
_TITLE_LEAD = re.compile(r"(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Trưởng\s+ban|Giám\s+đốc|Chủ\s+nhiệm|"
                         r"Trưởng|Chánh\s+Văn\s+phòng)\s+", _I)


def _shared_place(view: TextView, pos: int, cat: Catalogue, source_province: str | None
                  ) -> _Place | None:
    """The level and place written once after a list of bodies, read from ``pos`` (the end of
    an earlier body of the list): "Huyện ủy, HĐND, UBND huyện Thạch Hà"."""
    tn, text = view.tn, view.text
    for _ in range(4):
        sep = _LIST_SEP.match(tn, pos)
        if not sep:
            return None
        # "Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Đông": a title before the next body
        title = _TITLE_LEAD.match(tn, sep.end())
        generic = _GENERIC_ITEM.match(tn, sep.end())
        if generic is not None:
            # "Đảng ủy, chính quyền, đoàn thể xã Phú Thọ": words for every body of the unit
            place = _read_place(view, generic.end(), cat, source_province,
                                allow_bare_province=False)
            if place is not None:
                return place if place.level else None
            pos = generic.end()
            continue
        b = cat.body_re.match(tn, title.end() if title else sep.end())
        if not b or not text[b.start()].isupper():
            return None
        body = cat.by_key.get(_skey(b.group(0)))
        if body is None or body.national:
            return None
        if _PLURAL.match(tn, b.end()):
            return None
        place = _read_place(view, b.end(), cat, source_province, allow_bare_province=False)
        if place is not None:
            return place if place.level else None
        pos = b.end()
    return None


@cache
def _press_re() -> re.Pattern:
    """Provincial papers and broadcasters named by their province ("Báo Hà Tĩnh", "Đài Phát
    thanh và Truyền hình Nghệ An", "Báo và Phát thanh, Truyền hình Quảng Ninh")."""
    provinces = list(places.province_forms())
    return re.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<head>(?-i:[Bb]áo)(?:\s+và\s+Phát\s+thanh,?\s+Truyền\s+hình)?"
        r"|(?-i:Đài)\s+Phát\s+thanh(?:\s+và|\s*[-–,])\s+Truyền\s+hình)\s+(?:tỉnh\s+)?"
        r"(?P<place>(?-i:" + alternation(provinces) + "))" + WORD_BOUNDARY_AFTER
    )


def _city_place(province: str) -> str:
    """How a centrally-run city is written after the level word "thành phố"."""
    return province.removeprefix("Thành phố ")


def _committee_canonical(body: Body, place: _Place | None, source_province: str | None
                         ) -> tuple[str, str | None] | None:
    if place is not None and place.place:
        where = place.place
        if f"Thành phố {where}" in places.cities():
            where = f"Thành phố {where}"  # "Thành ủy Thành phố Hồ Chí Minh"
        return f"{body.name} {where}", place.province
    if body.committee_level == "tỉnh":
        if source_province:
            return f"{body.name} {source_province}", source_province
        return body.name, None
    if body.committee_level == "thành phố" and source_province in places.cities():
        return f"{body.name} {source_province}", source_province  # "Thành ủy Hà Nội"
    return None


def _canonical(body: Body, place: _Place | None, source_province: str | None
               ) -> tuple[str, str | None] | None:
    """(canonical name, province) or None when the mention names no single body."""
    if body.national:
        return body.name, None
    if body.committee_level:
        return _committee_canonical(body, place, source_province)
    level = place.level if place else None
    where = place.place if place else None
    province = place.province if place else None
    if level is None:
        if not body.default_level:
            return None
        level = body.default_level
        where = source_province if level == "tỉnh" else None
        province = source_province
        if where is None:
            return body.name, None  # "Sở Y tế" with no known province
    names = dict(body.level_names)
    if level in names and where:
        return f"{names[level]} {where}", province
    if where:
        if level in ("tỉnh", "thành phố") and where in places.cities():
            # "Đoàn ĐBQH Hải Phòng": a centrally-run city is no tỉnh; "LĐLĐ TPHCM" is of
            # "thành phố Hồ Chí Minh", its level written once
            level, where = "thành phố", _city_place(where)
        return f"{body.name} {level} {where}", province
    return f"{body.name} {level}", province


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    name: str
    acronym: str | None
    province: str | None
    kind: str | None
    priority: int
    body: Body | None = None  # a catalogue body whose level was written without a place
    level: str | None = None
    place: str | None = None  # the named place (for a later "… phường" of the same level)
    known: bool = True  # False: read by its structure, the catalogue does not hold it
    needs_place: bool = False  # dropped unless the resolver finds its level's place


def _mention(view: TextView, c: _Cand) -> OrganisationMention:
    return OrganisationMention(
        surface=view.text[c.start:c.end], start=c.start, end=c.end,
        sentence=view.sentence_of(c.start), name=c.name, key=key(c.name),
        organisation_id=slug(c.name), acronym=c.acronym, province=c.province, kind=c.kind,
    )


# ------------------------------------------------------------------------------ passes
#
# Extraction is an ordered list of small passes over one candidate type (``_Cand``) and one
# resolver (``_resolve``). Each pass reads the text and appends the candidates of one reading
# ("committees", "catalogue bodies", "acronym definitions" …); the resolver keeps, by priority
# then length then position, the candidates that do not overlap a kept one, and fills levels
# written without their place. A new failure kind is a new pass with its own test.


@dataclass(slots=True)
class _Ctx:
    view: TextView
    cat: Catalogue
    source_province: str | None
    cands: list[_Cand]
    defined: dict  # acronym -> (Body | name, head, _Place | None)
    def_spans: list[tuple[int, int]]
    address: str | None = None

    @property
    def text(self) -> str:
        return self.view.text

    @property
    def tn(self) -> str:
        return self.view.tn

    def add(self, start: int, end: int, name: str, acronym: str | None, province: str | None,
            kind: str | None, priority: int, body: Body | None = None,
            place: _Place | None = None, known: bool = True) -> None:
        self.cands.append(_Cand(start, end, name, acronym, province, kind, priority, body,
                                place.level if place else None, place.place if place else None,
                                known))


_MEMBER = re.compile(r"\s+viên" + WORD_BOUNDARY_AFTER)


def _committee_place(ctx: _Ctx, body: Body, after: int) -> _Place | None:
    """The place written after a committee ("Huyện ủy Can Lộc", "Tỉnh ủy Nghệ An") or once
    after a list of bodies."""
    cat, tn, text, src = ctx.cat, ctx.tn, ctx.text, ctx.source_province
    spaced = after < len(tn) and tn[after] == " "
    written = _read_place(ctx.view, after, cat, src, allow_bare_province=False)
    if written is not None and written.level == body.committee_level and written.place:
        # the level written again: "Thành đoàn thành phố Hồ Chí Minh", named as written
        where = _city_place(written.place) if written.place in places.cities() \
            else written.place
        return _Place(written.end, written.level, f"{written.level} {where}",
                      written.province)
    p = cat.place_re.match(tn, after + 1) if spaced else None
    place = None
    if p:
        pname = text[p.start():p.end()]
        pkey = _skey(pname)
        if body.committee_level != "tỉnh":
            if pkey in cat.province_keys and cat.province_keys[pkey] in places.cities():
                city = cat.province_keys[pkey]  # "Thành ủy TPHCM": the city's committee
                return _Place(p.end(), body.committee_level, _city_place(city), city)
            provs = cat.district_provinces.get(pkey, [])
            prov = src if (src in provs or not provs) else provs[0]
            return _Place(p.end(), body.committee_level, pname, prov)
        if pkey in cat.province_keys:
            prov = cat.province_keys[pkey]
            place = _Place(p.end(), "tỉnh", prov, prov)
    elif body.committee_level != "tỉnh" and spaced:
        fb = _fallback_place(ctx.view, after + 1)
        if fb:
            place = _Place(fb[0], body.committee_level, fb[1], src)
    if place is None:
        shared = _shared_place(ctx.view, after, cat, src)
        if shared is not None and shared.level == body.committee_level and shared.place:
            place = _Place(after, shared.level, shared.place, shared.province)
    return place


def _pass_committees(ctx: _Ctx) -> None:
    """Party committees named by their level ("Tỉnh ủy", "Ban Thường vụ Huyện ủy Can Lộc")."""
    cat = ctx.cat
    for m in cat.committee_scan.finditer(ctx.view):
        body = cat.by_key.get(_skey(m.group("committee")))
        # the committee's capital decides ("ban Tuyên giáo Tỉnh ủy" is the body too); a
        # member's title is not the body ("Tỉnh ủy viên")
        if body is None or not ctx.text[m.start("committee")].isupper() \
                or _MEMBER.match(ctx.tn, m.end()):
            continue
        place = _committee_place(ctx, body, m.end())
        canon = _canonical(body, place, ctx.source_province)
        if canon is None:
            _unplaced_committee(ctx, m, body)
            continue
        name, province = canon
        start = m.start()
        if m.group("prefix") and _TITLE_BEFORE.search(ctx.text, max(0, start - 20), start):
            start = m.start("committee")  # "Phó Bí thư Thường trực Tỉnh ủy": a title
        elif m.group("prefix"):
            prefix = cat.prefix_by_key.get(_skey(m.group("prefix")), m.group("prefix"))
            _listed_prefixes(ctx, start, name, province, body.kind)
            name = f"{prefix} {name}"
        ctx.add(start, place.end if place else m.end(), name, None, province, body.kind, 2,
                None, place)


def _unplaced_committee(ctx: _Ctx, m: re.Match, body: Body) -> None:
    """A district or town committee written without its place ("BTV Huyện ủy" after "Huyện ủy
    Đà Bắc") takes the place the resolver finds for its level; dropped when none."""
    if body.committee_level == "tỉnh":
        return
    start = m.start()
    prefixed = bool(m.group("prefix"))
    if prefixed and _TITLE_BEFORE.search(ctx.text, max(0, start - 20), start):
        start, prefixed = m.start("committee"), False  # "Phó Bí thư thường trực Thành Đoàn"
    name = body.name
    if prefixed:
        prefix = ctx.cat.prefix_by_key.get(_skey(m.group("prefix")), m.group("prefix"))
        name = f"{prefix} {name}"
        _listed_prefixes(ctx, m.start(), body.name, ctx.source_province, body.kind, body)
    unit = Body(name, None, body.kind, "", committee_level=body.committee_level)
    ctx.add(start, m.end(), name, None, ctx.source_province, body.kind, 2, unit,
            _Place(m.end(), body.committee_level, None, ctx.source_province))
    ctx.cands[-1].needs_place = True


@cache
def _prefix_list_re() -> re.Pattern:
    prefixes = list(load("organisations").get("committee_prefixes", {}))
    # "Ủy viên BTV, Chủ nhiệm UBKT Huyện ủy": a title may stand before the next unit
    return re.compile(WORD_BOUNDARY_BEFORE + "(?P<p>" + alternation(prefixes) + r")\s*(?:,|và)\s*"
                      r"(?:(?:Phó\s+)?(?:Chủ\s+nhiệm|Trưởng\s+ban|Chánh\s+Văn\s+phòng|Ủy\s+viên|"
                      r"Trưởng|Giám\s+đốc)\s+)?$",
                      _I)


def _listed_prefixes(ctx: _Ctx, start: int, committee: str, province: str | None,
                     kind: str | None, unplaced: Body | None = None) -> None:
    """Units of one committee listed before it ("Thường trực, Ban Thường vụ Tỉnh ủy", "BCH,
    BTV Huyện ủy"): each is that committee's unit (``unplaced``: a committee whose place the
    resolver finds)."""
    for _ in range(3):
        p = _prefix_list_re().search(ctx.text, max(0, start - 40), start)
        if p is None or not ctx.text[p.start()].isupper() \
                or _TITLE_BEFORE.search(ctx.text, max(0, p.start() - 20), p.start()):
            return
        prefix = ctx.cat.prefix_by_key.get(_skey(p.group("p")), p.group("p"))
        if unplaced is None:
            ctx.add(p.start(), p.end("p"), f"{prefix} {committee}", None, province, kind, 2)
        else:
            unit = Body(f"{prefix} {unplaced.name}", None, kind, "",
                        committee_level=unplaced.committee_level)
            ctx.add(p.start(), p.end("p"), unit.name, None, province, kind, 2, unit,
                    _Place(p.end("p"), unplaced.committee_level, None, province))
            ctx.cands[-1].needs_place = True
        start = p.start()


_VIET_NAM = re.compile(r"\s+Việt\s+Nam" + WORD_BOUNDARY_AFTER)


def _capital_after_head(m: re.Match) -> bool:
    """A lower-case head whose next word is capitalised names the body ("đoàn ĐBQH tỉnh",
    "trường Chính trị tỉnh"), as does a spelled-out name whose fourth word is ("đoàn đại
    biểu Quốc hội"); a lower-case phrase does not ("hội nông dân")."""
    words = m.group(0).split()
    # a spelled-out name whose proper part comes later ("đoàn đại biểu Quốc hội tỉnh") too
    return len(words) >= 2 and (words[1][0].isupper() or (
        len(words) >= 4 and words[3][0].isupper()))


_CHI_BEFORE = re.compile(r"(?<![^\W_])(?:Chi|Tổng|Hiệp)\s+$")  # "Hiệp hội …" is another body
_LEVEL_IN_NAME = re.compile(r"(?<![^\W_])(?:Thành|Huyện|Tỉnh|Quận|Thị|Chi|Liên)\s+(?=Đoàn\b)")
_PARTY_ORG_BEFORE = re.compile(r"(?<![^\W_])Đảng\s+bộ\s+$", _I)


def _national_body(ctx: _Ctx, m: re.Match, body: Body, end: int) -> None:
    if _ROLE_BEFORE.search(ctx.tn, max(0, m.start() - 16), m.start()):
        return  # "đại biểu Quốc hội" is a deputy's title
    if _PARTY_ORG_BEFORE.search(ctx.tn, max(0, m.start() - 12), m.start()):
        return  # "Đảng bộ Đảng Cộng sản Việt Nam tỉnh X": the party organisation, no body
    if body.name.startswith(("Hội ", "Liên ", "Ngân hàng ")):
        place = _bare_province(ctx, end) or _read_place(
            ctx.view, end, ctx.cat, ctx.source_province, allow_bare_province=False) \
            or _national_list_place(ctx, end)
        if place is not None:
            _provincial_branch(ctx, m.start(), body, place)
            return  # "Hội Liên hiệp Thanh niên Việt Nam tỉnh": the provincial body
    ctx.add(m.start(), end, body.name, None, None, body.kind, 3)


def _national_list_place(ctx: _Ctx, end: int) -> _Place | None:
    """The place written once after a list of national associations' branches ("Hội LHTN
    Việt Nam, Hội Sinh viên Việt Nam tỉnh Bình Định"): only when the next item is one too, so
    that "Trung ương Hội LHPN Việt Nam, Hội LHPN tỉnh" keeps its central body."""
    sep = _LIST_SEP.match(ctx.tn, end)
    b = ctx.cat.body_re.match(ctx.tn, sep.end()) if sep else None
    nxt = ctx.cat.by_key.get(_skey(b.group(0))) if b else None
    if b is None or nxt is None or not nxt.national or not nxt.name.startswith(("Hội ", "Liên ")):
        return None
    place = _bare_province(ctx, b.end()) or _read_place(
        ctx.view, b.end(), ctx.cat, ctx.source_province, allow_bare_province=False)
    if place is None or not place.place:
        return None
    return _Place(end, place.level, place.place, place.province)  # this item ends here


def _bare_province(ctx: _Ctx, end: int) -> _Place | None:
    """A province written right after ``end`` without a level ("… TP.HCM", "… Nghệ An")."""
    tn = ctx.tn
    p = ctx.cat.place_re.match(tn, end + 1) if end < len(tn) and tn[end] == " " else None
    prov = ctx.cat.province_keys.get(_skey(ctx.text[p.start():p.end()])) if p else None
    return _Place(p.end(), "tỉnh", prov, prov) if p and prov else None


def _provincial_branch(ctx: _Ctx, start: int, body: Body, place: _Place) -> None:
    """A national association written with a level or province after it ("Hội Sinh viên Việt
    Nam TP.HCM", "… Thành phố"): its branch there; a level without its place ("Ngân hàng
    Chính sách xã hội thị xã") is filled by the resolver."""
    if not place.place:
        if place.level and place.level != "tỉnh":
            branch = Body(body.name, None, body.kind, "")
            ctx.add(start, place.end, f"{body.name} {place.level}", None, place.province,
                    body.kind, 2, branch, place)
        return
    local = ctx.cat.by_key.get(_skey(body.name.removesuffix(" Việt Nam")))
    if local is not None and not local.national:
        # "Hội Liên hiệp Phụ nữ Việt Nam tỉnh Long An" is the body "Hội LHPN tỉnh" names
        canon = _canonical(local, place, ctx.source_province)
        if canon is not None:
            ctx.add(start, place.end, canon[0], local.acronym, canon[1], local.kind, 2)
            return
    level, where = place.level, place.place
    if place.province in places.cities() and level == "tỉnh":
        level, where = "thành phố", _city_place(place.province or "")
    ctx.add(start, place.end, f"{body.name} {level} {where}", None, place.province, body.kind, 2)


def _defined_acronym(ctx: _Ctx, m: re.Match, body: Body) -> tuple[int, str | None, str | None]:
    """(end, acronym defined right after the body or None, its head): "Ban Thi đua - Khen
    thưởng (TĐKT)" defines TĐKT, reused as "Ban TĐKT"."""
    a = _ACR_RE.match(ctx.text, m.end())
    if a is None:
        return m.end(), None, None
    if ctx.cat.by_key.get(_skey(a.group("acr"))) is body:
        # the body's own short form in brackets ("Bộ Chỉ huy Bộ đội biên phòng (BĐBP) tỉnh",
        # "Cơ quan Hợp tác quốc tế Nhật Bản (JICA)"): part of this mention, and its level and
        # place are read after it
        return a.end(), None, None
    if body.national:
        return m.end(), None, None
    ok, head = _acronym_head(ctx.text[m.start():m.end()], a.group("acr"))
    if not ok:
        return m.end(), None, None
    ctx.def_spans.append((m.start(), a.end()))
    return a.end(), a.group("acr"), head


_PLURAL_LEVEL = re.compile(r"\s+(?:các|hai|ba|bốn|năm)\s+(?P<level>xã|phường|thị\s+trấn|huyện|"
                           r"quận|thị\s+xã|tỉnh)\s+(?=(?-i:[A-ZĐ])|\d)", _I)
_LIST_ITEM_SEP = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?P<sep>\s*,\s*|\s+và\s+)"
                            r"(?=(?-i:[A-ZĐ])|\d|(?:quận|phường)\s)")
# a unit of the cities numbered, not named ("các quận 3, 4, 5"): a number standing alone, not
# a count ("3, 10 người")
_ITEM_NUMBER = re.compile(r"\d{1,2}(?![\d/.,:\-]?\d)(?![^\W\d_])"
                          r"(?!\s+(?:người|hộ|ha|km|triệu|tỷ|nghìn|ngàn|lượt|suất|căn)\b)")


def _list_item(ctx: _Ctx, at: int, level: str) -> tuple[int, str] | None:
    """The unit named at ``at`` in a list after a plural level: a name, or for wards and urban
    districts a number ("Công an các quận 3, 4, 5, Phú Nhuận")."""
    if level in ("quận", "phường"):
        if ctx.text.startswith(level + " ", at):
            at += len(level) + 1  # "quận Phú Nhuận, quận Bình Thạnh": the level written again
        n = _ITEM_NUMBER.match(ctx.text, at)
        if n is not None:
            return n.end(), n.group(0)
    return _fallback_place(ctx.view, at)


def _plural_list(ctx: _Ctx, start: int, body: Body, end: int) -> None:
    """A body written once for several units named after it ("UBND hai xã Châu Bình, Tân
    Bình", "Ban Thường trực Ủy ban MTTQ các xã Ia Nan, Ia Dom", "Hội Nông dân các tỉnh Nghệ An,
    Hà Tĩnh"): one body of each unit; a unit named right before the body ("Ban Thường trực")
    belongs to each."""
    p = _PLURAL_LEVEL.match(ctx.tn, end)
    if p is None:
        return
    level = re.sub(r"\s+", " ", p.group("level")).lower()
    unit = _unit_before(ctx.view, start)
    prefix = ""
    if unit is not None:
        start, u_name = unit
        prefix = ctx.cat.prefix_by_key.get(_skey(u_name), u_name) + " "
    at, first = p.end(), True
    for _ in range(6):
        fb = _list_item(ctx, at, level)
        if fb is None:
            return
        name_end, name = fb
        province = ctx.source_province
        if level == "tỉnh":
            # "Hội Nông dân các tỉnh Nghệ An, Hà Tĩnh": each item is a province of its own
            province = places.province_of_form(name)
            if province is None:
                return
        canon = _canonical(body, _Place(name_end, level, name, province), province)
        if canon is not None:
            ctx.add(start if first else at, name_end, prefix + canon[0], body.acronym, canon[1],
                    body.kind, 3)
        first = False
        sep = _LIST_ITEM_SEP.match(ctx.text, name_end)
        if sep is None:
            return
        at = sep.end()


def _body_place(ctx: _Ctx, body: Body, end: int) -> _Place | None:
    """The level and place after a catalogue body, or written once after its list."""
    place = _read_place(ctx.view, end, ctx.cat, ctx.source_province, allow_bare_province=True)
    if place is None:
        shared = _shared_place(ctx.view, end, ctx.cat, ctx.source_province)
        if shared is not None and body.default_level in ("", shared.level):
            place = _Place(end, shared.level, shared.place, shared.province)
    return place


# a lower-case body followed by its level and a named place ("công an huyện Củ Chi")
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:tỉnh|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+"
                                r"(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])", _I)


_ACRONYM_IN = re.compile(r"(?<![^\W_])[A-ZĐ]{3,}(?![^\W_])")


def _not_this_body(ctx: _Ctx, m: re.Match, body: Body) -> bool:
    """A catalogue match that names no body: a lower-case phrase ("hội nông dân"), unless its
    next word is capitalised or its level and named place follow ("công an huyện Củ Chi",
    "công an các quận 1, 3");
    the words of a sub-department ("Chi cục Thuế") or of another body's name ("Thành Đoàn")."""
    text, tn = ctx.text, ctx.tn
    if text[m.start()].islower():
        if _CHI_BEFORE.search(tn, max(0, m.start() - 5), m.start()):
            return True
        if not (_capital_after_head(m) or _ACRONYM_IN.search(m.group(0)) or (
                not body.national and (_NAMED_PLACE_AFTER.match(tn, m.end())
                                       or _PLURAL_LEVEL.match(tn, m.end())))):
            return True  # "cán bộ công an huyện X" is no "Bộ Công an"; "ngân hàng CSXH" is
    return bool(_LEVEL_IN_NAME.search(tn, max(0, m.start() - 6), m.start()))


def _pass_catalogue_bodies(ctx: _Ctx) -> None:
    """Catalogue bodies with their level and place, and the acronyms they define."""
    cat, tn, src = ctx.cat, ctx.tn, ctx.source_province
    for m in cat.body_scan.finditer(ctx.view):
        body = cat.by_key.get(_skey(m.group(0)))
        if body is None or _not_this_body(ctx, m, body):
            continue
        end, new_acronym, head = _defined_acronym(ctx, m, body)
        if _PLURAL.match(tn, end) and not body.national:
            _plural_list(ctx, m.start(), body, end)
            continue
        vn = _VIET_NAM.match(tn, end) if new_acronym else None
        national = cat.by_key.get(_skey(f"{body.name} Việt Nam")) if vn else None
        if vn and national is not None and national.national:
            # "Hội Liên hiệp Phụ nữ (LHPN) Việt Nam": the national body, its acronym inside
            ctx.add(m.start(), vn.end(), national.name, new_acronym, None, national.kind, 3)
            continue
        if body.national:
            _national_body(ctx, m, body, end)
            continue
        if _CENTRAL.match(tn, end):
            continue  # "… Trung ương" without a national entry: not a provincial body
        place = _body_place(ctx, body, end)
        if place is None and _read_without_place(ctx, m, body, end):
            continue
        if new_acronym:
            ctx.defined[new_acronym] = (body, head, place)
        canon = _canonical(body, place, src)
        if canon is None:
            continue
        unplaced = body if place is not None and not place.place else None
        ctx.add(m.start(), place.end if place else end, canon[0], new_acronym or body.acronym,
                canon[1], body.kind, 2, unplaced, place)
        if place is not None and place.place and place.level != "tỉnh":
            _more_places(ctx, body, place.end, place.level)


def _read_without_place(ctx: _Ctx, m: re.Match, body: Body, end: int) -> bool:
    """A catalogue body written without a level or place that names something else: the
    national force ("chiến sĩ BĐBP"), the commune's committee ("Đảng ủy, chính quyền địa
    phương …", dropped when no commune is known) or an institution's proper name ("Trường
    Chính trị Trần Phú"). True when read here."""
    src = ctx.source_province
    if _skey(m.group(0)) in body.bare_keys:
        ctx.add(m.start(), end, body.bare_name, None, None, body.kind, 2)
        return True
    if body.bare_level:
        ctx.add(m.start(), end, body.name, None, src, body.kind, 2, body,
                _Place(end, body.bare_level, None, src))
        ctx.cands[-1].needs_place = True
        return True
    follows = ctx.text[end + 1:end + 2] if ctx.text[end:end + 1] == " " else ""
    state = body.kind in _STATE_BRANCHES
    partner = _partner_level(ctx, m.start(), state) if not body.default_level and not (
        follows.isupper() or _INSTITUTION.match(ctx.text, end + 1)) else None
    if partner is not None:
        # "Hội Chữ thập đỏ huyện phối hợp cùng Hội Người cao tuổi": the same district's
        canon = _canonical(body, partner, src)
        if canon is not None:
            ctx.add(m.start(), end, canon[0], body.acronym, canon[1], body.kind, 2,
                    None if partner.place else body, _Place(end, partner.level, partner.place,
                                                            partner.province))
            return True
    if body.name.startswith(_PROPER_NAMED) and end < len(ctx.text) and ctx.text[end] == " " \
            and ctx.text[end + 1:end + 2].isupper():
        if _INSTITUTION.match(ctx.text, m.start()):
            return True  # "Bệnh viện Hữu nghị Đa khoa Nghệ An": read as an institution
        name_end = _read_name(ctx.view, end, limit=8)
        if name_end > end:
            name = re.sub(r"\s+", " ", ctx.text[m.start():name_end])
            ctx.add(m.start(), name_end, name[0].upper() + name[1:], None, src, body.kind, 1,
                    known=False)
            return True
    return False


_PARTNER_BEFORE = re.compile(r"\s+(?:phối\s+hợp(?:\s+(?:cùng|với))?|cùng\s+với|cùng)\s+$", _I)


_COMMA_BEFORE = re.compile(r"\s*,\s*$")
# branches of a State hierarchy: a bare one working with a provincial body is that province's
# (a bare mass organisation next to "UBND tỉnh" may as well be the national one: not read)
_STATE_BRANCHES = frozenset({"tư pháp", "cơ quan nhà nước"})


def _partner_level(ctx: _Ctx, start: int, provincial: bool = False, depth: int = 0
                   ) -> _Place | None:
    """The level and place of the body a bare body works with ("Hội Chữ thập đỏ huyện phối hợp
    cùng Hội Người cao tuổi", "Thi hành án dân sự tỉnh X phối hợp với Viện Kiểm sát nhân dân,
    Tòa án nhân dân"): the body right before the link, or the partner listed before this one."""
    link = _PARTNER_BEFORE.search(ctx.tn, max(0, start - 24), start)
    if link is None:
        comma = _COMMA_BEFORE.search(ctx.tn, max(0, start - 4), start) if depth < 4 else None
        if comma is None:
            return None
        before = [c for c in ctx.cands if c.end == comma.start()]
        return _partner_level(ctx, before[0].start, provincial, depth + 1) if before else None
    for c in ctx.cands:
        if c.end == link.start() and (c.level in _LOCAL_LEVELS or (
                provincial and c.level == "tỉnh" and c.province)):
            place = c.province if c.level == "tỉnh" else c.place  # a bare "huyện": resolved later
            return _Place(c.end, c.level, place, c.province)
    return None


# institutions with a proper name of their own after their kind ("Trường Chính trị Trần Phú",
# "Bảo tàng Quang Trung", "Thư viện Tạ Quang Bửu")
_PROPER_NAMED = ("Trường ", "Bảo tàng", "Thư viện", "Nhà ", "Bệnh viện")


_AND_LEVEL = re.compile(r"(?:\s*,|\s+và)(?=\s+(?:(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|"
                        r"thành\s+phố)\s+(?-i:[A-ZĐ])|(?:quận|phường)\s+\d))", _I)


def _tier(level: str | None) -> int:
    return 0 if level in _COMMUNE_LEVELS else 1


def _more_places(ctx: _Ctx, body: Body, end: int, first: str | None) -> None:
    """One body written for a second unit named right after the first ("Hội Nông dân huyện
    Châu Đức và xã Bình Trung", "Ban CHQS thị trấn Tây Sơn và xã Sơn Kim", "UBND quận 7, quận
    8, huyện Nhà Bè"): the same body of that unit; after a comma only when both units are
    communes or both districts."""
    for _ in range(4):
        a = _AND_LEVEL.match(ctx.tn, end)
        if a is None:
            return
        place = _read_place(ctx.view, a.end(), ctx.cat, ctx.source_province,
                            allow_bare_province=False)
        if place is None or not place.place or (
                "," in a.group(0) and _tier(place.level) != _tier(first)):
            return  # "xã Hòa Mỹ, huyện Phụng Hiệp": where the commune is, not a second body
        canon = _canonical(body, place, ctx.source_province)
        if canon is None:
            return
        ctx.add(a.end() + 1, place.end, canon[0], body.acronym, canon[1], body.kind, 2, None,
                place)
        end = place.end


def _proper_name_acronym(name_s: str) -> bool:
    """An acronym that is not the initials ("Trung tâm Kiểm soát bệnh tật (CDC)", an English or
    older name) is taken when the name reads as a proper name: a capital right after the head,
    no clause word."""
    words = name_s.split()
    return len(words) <= 12 and any(w[0].isupper() for w in words[1:3]) \
        and not _CLAUSE_WORDS.search(name_s)


def _names_last_words(name_s: str, acr: str) -> bool:
    """"Trung tâm Văn hóa - Thể thao công nhân lao động (CNLĐ)": the acronym is of the last
    words ("công nhân lao động"), not of the body."""
    letters = re.sub(r"[^A-ZĐ0-9]", "", acr.upper())
    inits = _initials(name_s)
    return any("".join(inits[k:]) == letters for k in range(1, len(inits) - 1))


def _pass_acronym_definitions(ctx: _Ctx) -> None:
    """"Head Name (ACR)" definitions of bodies the catalogue does not hold."""
    if "(" not in ctx.text:
        return
    cat, text, src = ctx.cat, ctx.text, ctx.source_province
    for m in _generic_definitions(ctx.view, cat):
        name_s = text[m.start("name"):m.end("name")]
        acr = m.group("acr")
        inst = _INSTITUTION.match(text, m.start())
        if inst is not None and inst.end("head") >= m.end():
            continue  # "Trường Phổ thông dân tộc bán trú (DTBT) THCS X": the school's type
        if _skey(name_s) in cat.by_key:
            continue  # a catalogue body defining its acronym: read above, with its canonical name
        if _NOT_IN_NAME.search(name_s):
            continue  # a clause, not a name ("… đã phối hợp với Ban … (TĐKT)")
        ok, head = _acronym_head(name_s, acr)
        reused: str | None = acr
        if not ok:
            if not _proper_name_acronym(name_s):
                continue
            head = None
            if _names_last_words(name_s, acr):
                reused = None  # the acronym is of the body's last words: not the body's
        clean = re.sub(r"\s*[-–—]\s*", " - ", re.sub(r"\s+", " ", name_s)).strip()
        place = _read_place(ctx.view, m.end(), cat, src, allow_bare_province=True)
        inner = _inner_place(ctx.view, m, acr, cat, src)
        if inner is not None:
            # "Trung tâm Y tế huyện Yên Thành (TTYT)": the acronym covers the body, the level
            # and place are written before it; "TTYT huyện" is then the same body
            clean, place = inner
        if reused is not None:
            ctx.defined.setdefault(reused, (clean, head, place))
        canon = _canonical(Body(clean, reused, None, ""), place, src)
        name, province = canon if canon else (clean, None)
        end = max(place.end, m.end()) if place else m.end()
        # an explicit definition beats catalogue readings inside it
        ctx.add(m.start(), end, name, reused, province, None, 5, known=False)
        ctx.def_spans.append((m.start(), m.end()))


_INSTITUTION_HINTS = ("rường", "ệnh viện", "ông ty", "Hợp tác xã", "HTX", "Ngân hàng",
                      "Tập đoàn", "Trung tâm", "Ban Quản lý", "ồn ", "Trạm", "đoàn", "Hải đội",
                      "Câu lạc bộ", "CLB", "hà máy", "Chi nhánh", "Chi hội", "Chi cục", "sứ quán",
                      "Xí nghiệp", "Nhóm", "Giáo", "Tạp chí", "Viện", "Bảo tàng", "Lãnh sự")
# school types written short; the canonical name spells them out, so that "Trường THPT X" and
# "Trường Trung học phổ thông X" are one organisation
_SCHOOL_WORDS = (
    (re.compile(r"\b(?:TH|(?i:Tiểu học))\s*(?:[-&]|và)\s*THCS\b"), "Tiểu học và Trung học cơ sở"),
    (re.compile(r"\bTHCS\s*(?:[-&]|và)\s*THPT\b"), "Trung học cơ sở và Trung học phổ thông"),
    (re.compile(r"\bTHPT\b"), "Trung học phổ thông"),
    (re.compile(r"\bTHCS\b"), "Trung học cơ sở"),
    (re.compile(r"\s*\((?:PT)?DT(?:BT|NT)\)"), ""),  # "… bán trú (DTBT) THCS …": the acronym
    (re.compile(r"\b(?:PT\s*|Phổ thông )DTNT\b"), "Phổ thông dân tộc nội trú"),
    (re.compile(r"\b(?:PT\s*|Phổ thông )DTBT\b"), "Phổ thông dân tộc bán trú"),
    (re.compile(r"\bPTDT (?=(?:bán|nội) trú)"), "Phổ thông dân tộc "),
    (re.compile(r"\bPTDTNT\b"), "Phổ thông dân tộc nội trú"),
    (re.compile(r"\bPTDTBT\b"), "Phổ thông dân tộc bán trú"),
    (re.compile(r"(?<=^Trường )TH\b"), "Tiểu học"),
    (re.compile(r"^Đồn BP\b"), "Đồn Biên phòng"),
)


def _school_name(name: str) -> str:
    if not name.startswith(("Trường ", "Đồn BP ")):
        return name
    for pattern, words in _SCHOOL_WORDS:
        name = pattern.sub(words, name, count=1)
    return name


def _institution_end(ctx: _Ctx, m: re.Match) -> int:
    """End of the proper name after an institution's head: the capitalised words (or numbers,
    "&", "-"); after a facility noun ("Ban Quản lý Khu di tích Nguyễn Du") its lower-case kind
    and the proper name, or nothing."""
    text, head_end = ctx.text, m.end("head")
    end = _read_name(ctx.view, head_end, limit=8)
    while end > head_end and text[end - 1] in " -&":
        end -= 1
    last = text[m.start("name"):end].rsplit(" ", 1)[-1] if end > head_end else ""
    if last in _FACILITY:
        end = _facility_end(text, end) or (end - len(last))
        while end > head_end and text[end - 1] in " -&":
            end -= 1
    return end


def _pass_institutions(ctx: _Ctx) -> None:
    """Named institutions: schools, hospitals, companies, banks ("Trường THPT Phan Đình Phùng")."""
    text = ctx.text
    if not any(h in text for h in _INSTITUTION_HINTS):
        return
    pos = 0
    while (m := _INSTITUTION.search(text, pos)) is not None:
        pos = m.end("head")  # the name group may run over the next head: rescan from here
        end = _institution_end(ctx, m)
        if m.group("head").startswith("Chi hội") and _skey(
                "Hội " + text[m.end("head"):end]) in ctx.cat.by_key:
            continue  # "Chi hội Phụ nữ thôn 3": a branch of a mass organisation, named by its unit
        name = _CLUB_HEAD.sub("Câu lạc bộ", re.sub(r"\s+", " ", text[m.start():end]), 1)
        name = _school_name(name[0].upper() + name[1:])  # "trường THPT X" names the school
        place = _read_place(ctx.view, end, ctx.cat, ctx.source_province,
                            allow_bare_province=False)
        if place and place.place:
            name = f"{name} {place.level} {place.place}"
            end = place.end
        elif end == m.end("head"):
            continue
        elif place is not None and place.level in _LOCAL_LEVELS and _CLUB_HEAD.sub(
                "Câu lạc bộ", m.group("head")) in _CLUBS:
            # "Câu lạc bộ Cựu quân nhân xã": the commune's club, placed by the resolver
            body = Body(name, None, "đơn vị", "")
            canon = _canonical(body, place, ctx.source_province)
            if canon is not None:
                ctx.add(m.start(), place.end, canon[0], None, canon[1], "đơn vị", 1, body, place,
                        known=False)
                pos = place.end
                continue
        pos = end
        start, name = _union_of(text, m.start(), name)
        ctx.add(start, end, name, None, place.province if place else None, "đơn vị", 1,
                known=False)


def _union_of(text: str, start: int, name: str) -> tuple[int, str]:
    """(start, name) of the body an institution's name at ``start`` makes: "Đoàn trường Cao
    đẳng X" is the school's Youth Union, "Công đoàn Trường …" its trade union, "CĐCS Công ty X"
    a company's union (bodies of their own); else the institution itself."""
    union = _UNION_OF.search(text, max(0, start - 30), start)
    if union is None:
        return start, name
    written = re.sub(r"\s+", " ", union.group(0)).strip()
    head = "Công đoàn cơ sở" if union.group("grassroots") else "Công đoàn" \
        if written.startswith("Công") else "Đoàn Thanh niên" \
        if written.startswith("Đoàn") else written
    return union.start(), f"{head} {name}"


_CLUBS = frozenset(("Câu lạc bộ", "Chi hội"))
# a club's head as the press shortens or defines it: "CLB X", "Câu lạc bộ (CLB) X"
_CLUB_HEAD = re.compile(r"^(?:CLB|Câu lạc bộ \(CLB\)|Câu lạc bộ\(CLB\))(?= )")
_UNION_OF = re.compile(r"(?<![^\W_])(?:(?P<grassroots>CĐCS|Công\s+đoàn\s+cơ\s+sở)|Liên\s+đội|"
                       r"Đoàn(?:\s+(?:Thanh\s+niên|TN|TNCS\s+Hồ\s+Chí\s+Minh))?|"
                       r"Công\s+đoàn|Chi\s+đoàn(?:\s+Thanh\s+niên)?)\s+$")


def _pass_steering(ctx: _Ctx) -> None:
    """Steering committees and boards named by their task, anchored by a level word ("Ban Chỉ
    đạo phòng, chống dịch tỉnh")."""
    if "Ban " not in ctx.text and "Hội đồng" not in ctx.text and "bầu cử" not in ctx.text \
            and "Công đoàn" not in ctx.text and "Đảng ủy" not in ctx.text:
        return
    for m in _STEERING.finditer(ctx.text):
        topic = m.group("topic")
        if (not topic.strip() and "bầu" not in m.group("head")) or _TITLE_WORDS.search(topic) \
                or _NOT_IN_NAME.search(topic) or _CLAUSE_VERBS.search(topic):
            continue  # "Ban Quản lý Khu kinh tế X cũng đề nghị quận Y": a clause, not a name
        written = re.sub(r"\s+", " ", m.group("head") + re.sub(r"[\"“”]", "", m.group("topic")))
        if m.group("anchor")[0] == "T" and m.group("head").startswith("Ban"):
            # "Ban Chỉ đạo … Trung ương": the national board
            end = m.end() + 1 + len(m.group("anchor"))
            ctx.add(m.start(), end, f"{written} Trung ương", None, None, "ban chỉ đạo", 1,
                    known=False)
            continue
        place = _read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                            allow_bare_province=False)
        if place is None:
            continue
        if written.endswith(" cấp"):
            continue  # "Ban Vận động Quỹ … cấp huyện": the boards of every district
        body = Body(written, None, "ban chỉ đạo", "")
        canon = _canonical(body, place, ctx.source_province)
        if canon:
            # a level without its place ("… huyện") is filled by the resolver
            ctx.add(m.start(), place.end, canon[0], None, canon[1], body.kind, 1,
                    None if place.place else body, place, known=False)


def _pass_party_blocs(ctx: _Ctx) -> None:
    """Party committees of a bloc or a force ("Đảng ủy Khối Doanh nghiệp tỉnh")."""
    if "Đảng ủy" not in ctx.text:
        return
    for m in _PARTY_BLOC.finditer(ctx.tn):
        place = _read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                            allow_bare_province=False)
        if place is None:
            continue
        topic = re.sub(r"\s+", " ", ctx.text[m.start("topic"):m.end("topic")])
        topic = _EXPAND.get(topic.lower(), topic)
        canon = _canonical(Body(f"Đảng ủy {topic}", None, "đảng", ""), place,
                           ctx.source_province)
        if canon:
            ctx.add(m.start(), place.end, canon[0], None, canon[1], "đảng", 2)


_PARTY_OF_COMMAND = re.compile(r"(?<![^\W_])Đảng\s+ủy\s*,\s+(?=Bộ\s+Tư\s+lệnh\s|BTL\s)")


def _pass_party_of_command(ctx: _Ctx) -> None:
    """"Đảng ủy, Bộ Tư lệnh Quân khu 2": a unit listed before its parent sharing it; the Party
    committee is the command's ("Đảng ủy Quân khu 2", "Đảng ủy Bộ đội Biên phòng"), not the
    commune's a bare "Đảng ủy" would name. Runs after the catalogue pass it reads."""
    if "Đảng ủy," not in ctx.text and "Đảng ủy ," not in ctx.text:
        return
    for m in _PARTY_OF_COMMAND.finditer(ctx.tn):
        command = next((c for c in ctx.cands if c.start == m.end()
                        and c.name.startswith("Bộ Tư lệnh ")), None)
        if command is not None:
            ctx.add(m.start(), m.start() + len("Đảng ủy"),
                    "Đảng ủy " + command.name.removeprefix("Bộ Tư lệnh "), None,
                    command.province, "đảng", 4)


_PARTY_BOARD_AT_LEVEL = re.compile(
    r"(?<![^\W_])Ban\s+(?P<field>Tuyên\s+giáo\s+và\s+Dân\s+vận|Tuyên\s+giáo|Dân\s+vận|Tổ\s+chức|"
    r"Nội\s+chính)(?=\s+(?:huyện|quận|thị\s+xã|tỉnh)\s+(?-i:[A-ZĐ]))")
_COMMITTEE_OF_LEVEL = {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy",
                       "tỉnh": "Tỉnh ủy"}


def _pass_party_boards_at_level(ctx: _Ctx) -> None:
    """A Party board written with the level of its committee instead of the committee ("Ban
    Dân vận huyện Nghi Lộc"): the board of that committee ("Ban Dân vận Huyện ủy Nghi Lộc")."""
    if "Ban " not in ctx.text:
        return
    for m in _PARTY_BOARD_AT_LEVEL.finditer(ctx.text):
        place = _read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                            allow_bare_province=False)
        if place is None or place.level is None or not place.place:
            continue
        committee = _COMMITTEE_OF_LEVEL.get(place.level)
        if committee is None:
            continue
        field = re.sub(r"\s+", " ", m.group("field"))
        ctx.add(m.start(), place.end, f"Ban {field} {committee} {place.place}", None,
                place.province, "đảng", 2)


_PROVINCE_ASSOCIATION = re.compile(r"(?<![^\W_])Tỉnh\s+hội(?![^\W_])(?!\s+(?-i:[A-ZĐ]))")
_PROVINCIAL_HOI = re.compile(r"^Hội .+ tỉnh \S")


def _pass_province_association(ctx: _Ctx) -> None:
    """"Tỉnh hội" (the provincial association) after a provincial association named earlier
    in the paragraph ("Hội Chữ thập đỏ tỉnh … Tỉnh hội sẽ …") is that association; alone, or
    before a name of its own ("Tỉnh hội Phật giáo"), it is left alone."""
    if "Tỉnh hội" not in ctx.text:
        return
    for m in _PROVINCE_ASSOCIATION.finditer(ctx.text):
        earlier = [c for c in ctx.cands if c.end <= m.start() and c.province
                   and _PROVINCIAL_HOI.match(c.name)]
        if earlier:
            last = max(earlier, key=lambda c: (c.end, c.priority))
            ctx.add(m.start(), m.end(), last.name, None, last.province, last.kind, 2)


def _pass_press(ctx: _Ctx) -> None:
    """Provincial papers and broadcasters named by their province ("Báo Hà Tĩnh")."""
    if "áo" not in ctx.text and "Đài" not in ctx.text:
        return
    for m in _press_re().finditer(ctx.tn):
        head = re.sub(r"\s+", " ", ctx.text[m.start("head"):m.end("head")])
        if head[0] == "b" and _NOT_PAPER_BEFORE.search(ctx.tn, max(0, m.start() - 8),
                                                       m.start()):
            continue  # "thông báo Nghệ An …": a notice, not the paper
        head = head[0].upper() + head[1:]  # "báo Hải Dương" names the paper
        if head.startswith("Đài"):
            head = "Đài Phát thanh và Truyền hình"
        prov = ctx.cat.province_keys.get(_skey(m.group("place")), m.group("place"))
        ctx.add(m.start(), m.end(), f"{head} {prov}", None, prov, "báo chí", 2)


@cache
def _brand_branch_re() -> re.Pattern | None:
    """Provincial branches of national groups written as the group's brand and the province
    ("Viettel Phú Thọ", "VNPT Hà Tĩnh"): ``[names] branch_brands``."""
    brands = load("organisations").get("names", {}).get("branch_brands", [])
    if not brands:
        return None
    return re.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<brand>(?-i:" + alternation(brands) + r"))\s+"
        r"(?P<place>(?-i:" + alternation(list(places.province_forms())) + "))"
        + WORD_BOUNDARY_AFTER)


def _pass_brand_branches(ctx: _Ctx) -> None:
    """A national group's provincial branch named by its brand and province ("Viettel Phú
    Thọ"): one body of that province."""
    pattern = _brand_branch_re()
    if pattern is None:
        return
    for m in pattern.finditer(ctx.tn):
        prov = ctx.cat.province_keys.get(_skey(m.group("place")), m.group("place"))
        ctx.add(m.start(), m.end(), f"{m.group('brand')} {prov}", None, prov, "doanh nghiệp", 2)


_NOT_PAPER_BEFORE = re.compile(r"(?<![^\W_])(?:thông|cảnh|dự|tố|phản|khai|tin|họp)\s+$", _I)

_NAMED_BODY_HINTS = ("Hội", "Trung tâm", "ục ", "Đài", "Bảo tàng", "Thư viện", "Công đoàn",
                     "Phòng", "Hạt ", "Trạm")


# a centre or station named by lower-case fields that are all lexicon words ("Trung tâm văn
# hóa - thông tin và thể thao huyện X", "Trạm khuyến nông huyện X")
_FIELD_BODY = re.compile(
    r"(?P<head>Trung\s+tâm|Trạm|Đài|Hạt|Chi\s+cục)(?P<topic>(?:(?:\s+|\s*[-,]\s*|\s+và\s+)"
    r"(?-i:[a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])"
    r"[^\W\d_]*){1,10}?)"
    r"(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã(?!\s+hội)|phường|thị\s+trấn)(?![^\W_]))"
)


def _lower_fields(ctx: _Ctx) -> None:
    for m in _FIELD_BODY.finditer(ctx.text):
        words = re.split(r"\s*[-,]\s*|\s+và\s+|\s+", m.group("topic").strip(" ,-"))
        if not words or not _lexicon_run([w for w in words if w]):
            continue
        place = _read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                            allow_bare_province=False)
        if place is None:
            continue
        body = Body(re.sub(r"\s+", " ", m.group(0)), None, "đơn vị", "")
        canon = _canonical(body, place, ctx.source_province)
        if canon:
            ctx.add(m.start(), place.end, canon[0], None, canon[1], body.kind, 1,
                    None if place.place else body, place, known=False)


def _pass_named_bodies(ctx: _Ctx) -> None:
    """Associations and centres named by their field, anchored by a level word ("Hội Nạn nhân
    chất độc da cam/dioxin tỉnh", "Trung tâm văn hóa - thông tin và thể thao huyện X")."""
    if not any(h in ctx.text for h in _NAMED_BODY_HINTS):
        return
    _lower_fields(ctx)
    pos = 0
    while (m := _NAMED_BODY.search(ctx.text, pos)) is not None:
        pos = m.end("head")  # a rejected reading may hold the next body ("Chi cục A, Chi cục B")
        topic = m.group("topic")
        # "và" joins the fields of one name ("Đài Phát thanh và Truyền hình"), not two bodies
        if _NOT_IN_NAME.search(topic) or _CLAUSE_WORDS.search(topic.replace(" và ", " ")) \
                or _TWO_BODIES.search(topic) or _TITLE_WORDS.search(topic):
            continue
        pos = m.end()
        if m.group("vn"):
            if m.group("head").startswith(("Hội", "Hiệp")):
                # "Hội Giáo dục chăm sóc sức khỏe cộng đồng Việt Nam": a national association
                end = m.end() + 1 + len(m.group("vn"))
                name = re.sub(r"\s+", " ", ctx.text[m.start():end])
                ctx.add(m.start(), end, name, None, None, "hội", 1, known=False)
            continue
        place = _read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                            allow_bare_province=False)
        if place is None:
            continue
        body = Body(re.sub(r"\s+", " ", m.group(0)), None, "hội", "")
        canon = _canonical(body, place, ctx.source_province)
        if canon:
            ctx.add(m.start(), place.end, canon[0], None, canon[1], body.kind, 1,
                    None if place.place else body, place, known=False)


@cache
def _centre_of_province_re() -> re.Pattern:
    """"Trung tâm <field> <Province>": a centre named by its field and its province's name
    without a level word ("Trung tâm Bảo trợ xã hội Nghệ An")."""
    return re.compile(
        r"(?<![^\W_])Trung\s+tâm(?P<topic>\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])"
        r"[^\W\d_]*(?:(?:,?\s+|/|\s*-\s*)(?!tỉnh\b|huyện\b|thành\s+phố\b|thị\s+xã\b|xã\b(?!\s+hội)|"
        r"phường\b)[^\W\d_]+){0,11}?)\s+(?P<prov>(?-i:"
        + alternation(list(places.province_forms())) + r"))" + WORD_BOUNDARY_AFTER)


def _pass_centres_of_province(ctx: _Ctx) -> None:
    """Centres named by their field and then their province's bare name ("Trung tâm Bảo trợ xã
    hội Nghệ An"); the name is kept as written, the province is the one named."""
    if "Trung tâm" not in ctx.text:
        return
    for m in _centre_of_province_re().finditer(ctx.text):
        topic = m.group("topic")
        if _NOT_IN_NAME.search(topic) or _CLAUSE_WORDS.search(topic.replace(" và ", " ")) \
                or _TITLE_WORDS.search(topic):
            continue
        start, name = _union_of(ctx.text, m.start(), re.sub(r"\s+", " ", m.group(0)))
        ctx.add(start, m.end(), name, None, places.province_of_form(m.group("prov")),
                "đơn vị", 1, known=False)


def _reuse_place(place: _Place | None, def_place: _Place | None, src: str | None,
                 end: int) -> _Place | None:
    """"TTPTQĐ huyện" after "… (TTPTQĐ) huyện Nghi Lộc": the place of the definition."""
    if def_place is None or not def_place.place:
        return place
    same = place is None or (
        place.level == def_place.level and place.place in (None, src)
        and def_place.level != "tỉnh"
    ) or (place.level == def_place.level == "tỉnh" and src is None)
    if not same:
        return place
    return _Place(place.end if place else end, def_place.level, def_place.place,
                  def_place.province)


def _names_national(ctx: _Ctx, what: Body | str, end: int) -> bool:
    """A reused acronym followed by "Việt Nam" whose body has a national entry ("Hội LHPN tỉnh
    … Hội LHPN Việt Nam") names the national body, read by the catalogue pass."""
    if not isinstance(what, Body) or not _VIET_NAM.match(ctx.tn, end):
        return False
    national = ctx.cat.by_key.get(_skey(f"{what.name} Việt Nam"))
    return national is not None and national.national


_SUFFIX_DASH = re.compile(r"[^\W_]\s*[-–]\s*$")


def _group_suffix(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the acronym at ``start`` ends a subsidiary's name already read ("Công ty Than
    Khe Chàm - TKV"): part of that company's name, not a mention of the group."""
    return bool(_SUFFIX_DASH.search(ctx.tn, max(0, start - 4), start)) and any(
        c.end == end and c.start < start for c in ctx.cands)


def _pass_acronym_reuse(ctx: _Ctx) -> None:
    """Reuse of acronyms defined in this article (they win over the catalogue)."""
    def_set = SpanSet(ctx.def_spans)
    src = ctx.source_province
    for acr, (what, head, def_place) in ctx.defined.items():
        pat = (phrase_pattern(head) + r"\s+" if head else "") + re.escape(acr)
        for m in re.finditer(WORD_BOUNDARY_BEFORE + pat + WORD_BOUNDARY_AFTER, ctx.tn, _I):
            if def_set.overlaps(m.start(), m.start() + 1) or (not head and m.group(0) != acr) \
                    or _PLURAL.match(ctx.tn, m.end()) or _names_national(ctx, what, m.end()) \
                    or _group_suffix(ctx, m.start(), m.end()):
                continue
            body = what if isinstance(what, Body) else Body(what, acr, None, "")
            place = _read_place(ctx.view, m.end(), ctx.cat, src, allow_bare_province=True)
            place = _reuse_place(place, def_place, src, m.end())
            canon = _canonical(body, place, src)
            if canon is None and isinstance(what, str):
                canon = (what, src)
            if canon is None:
                continue
            ctx.add(m.start(), place.end if place else m.end(), canon[0], acr, canon[1],
                    body.kind, 4, known=isinstance(what, Body))


@cache
def _central_organ_re() -> re.Pattern:
    organs = load("organisations").get("structure", {}).get("central_organs", {})
    return re.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<organ>(?-i:" + alternation(list(organs)) + r"))\s+"
        r"(?:Trung\s+ương|TƯ|T\.Ư|TW)\s+(?=(?-i:[A-ZĐÂĂÊÔƠƯ]))", _I)


def _pass_central_organs(ctx: _Ctx) -> None:
    """A central organ of a national organisation belongs to it: "BCH Trung ương Hội LHPN
    Việt Nam" is "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam", not the Party's
    Central Committee followed by an association."""
    if "Trung ương" not in ctx.text and "TƯ" not in ctx.text and "TW" not in ctx.text \
            and "T.Ư" not in ctx.text:
        return
    cat, text, tn = ctx.cat, ctx.text, ctx.tn
    organs = load("organisations").get("structure", {}).get("central_organs", {})
    for m in _central_organ_re().finditer(tn):
        b = cat.body_re.match(tn, m.end())
        body = cat.by_key.get(_skey(b.group(0))) if b else None
        if b is None or body is None or body.committee_level:
            continue
        end = b.end()
        central = cat.by_key.get(_skey(f"Trung ương {b.group(0)}"))
        if body.national:
            name = body.name
        elif re.match(r"\s+Việt\s+Nam" + WORD_BOUNDARY_AFTER, tn[end:]):
            end += len(re.match(r"\s+Việt\s+Nam", tn[end:]).group(0))  # type: ignore[union-attr]
            name = f"{body.name} Việt Nam"
        elif central is not None and central.national:
            # "BCH Trung ương Đoàn": "Trung ương Đoàn" is the Youth Union's centre
            name = central.name.removeprefix("Trung ương ")
        else:
            continue
        organ = organs.get(text[m.start("organ"):m.end("organ")], m.group("organ"))
        ctx.add(m.start(), end, f"{organ} Trung ương {name}", None, None, body.kind, 4)


def _pass_units_before(ctx: _Ctx) -> None:
    """Units named before their parent body ("Phòng Cảnh sát giao thông Công an tỉnh")."""
    for c in list(ctx.cands):
        if c.priority in (2, 3) and c.start > 0:
            unit = _unit_before(ctx.view, c.start)
            if unit is not None:
                u_start, u_name = unit
                prefix = ctx.cat.prefix_by_key.get(_skey(u_name), u_name)
                # a parent whose level awaits its place ("Phòng giao dịch NHCSXH thị xã"):
                # the unit's name takes the place the resolver finds for the parent
                body = replace(c.body, name=f"{prefix} {c.body.name}", level_names=(),
                               default_level="") if c.body is not None else None
                ctx.cands.append(_Cand(u_start, c.end, f"{prefix} {c.name}", None, c.province,
                                       c.kind, c.priority, body, c.level, c.place,
                                       known=c.known, needs_place=c.needs_place))
                # "Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Hội Nông dân tỉnh"
                _listed_prefixes(ctx, u_start, c.name, c.province, c.kind)


# departments of a ministry or a central body, named before it ("Cục Báo chí (Bộ TT&TT)",
# "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an")
_DEPARTMENT = re.compile(r"(?<![^\W_])(?:Tổng\s+cục|Cục|Vụ)(?=\s+[A-ZĐ])")
_CENTRAL_PARENT = re.compile(
    r"\s*(?:\(\s*|,\s*|\s+thuộc\s+|\s+[-–]\s+)(?:Bộ\s|Ban\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+"
    r"(?:Trung\s+ương|TƯ|TW)|Tổng\s+cục\s|Ngân\s+hàng\s+Nhà\s+nước|Văn\s+phòng\s+(?:Chính\s+phủ|"
    r"Quốc\s+hội|Trung\s+ương)|Ủy\s+ban\s+Dân\s+tộc|Thông\s+tấn\s+xã)", _I)


_LOWER_RUN = re.compile(r"(?:[ \t]+(?-i:[a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])"
                        r"[^\W\d_]*){1,6}")


def _pass_central_departments(ctx: _Ctx) -> None:
    """Departments named right before their ministry or central body: central bodies of
    their own ("Cục Báo chí (Bộ TT&TT)")."""
    if "Cục" not in ctx.text and "Vụ" not in ctx.text:
        return
    for m in _DEPARTMENT.finditer(ctx.text):
        end = _read_name(ctx.view, m.end(), limit=9)
        while end > m.end() and ctx.text[end - 1] in " -&":
            end -= 1
        if end > m.end() and _CENTRAL_PARENT.match(ctx.text, end) is None:
            # "Cục Bảo vệ thực vật (Bộ …)": lower-case words up to the parent end the name
            run = _LOWER_RUN.match(ctx.text, end)
            if run and not _NOT_IN_NAME.search(run.group(0)) \
                    and not _CLAUSE_VERBS.search(run.group(0)):
                end = run.end()
        if end == m.end() or _CENTRAL_PARENT.match(ctx.text, end) is None \
                or _TITLE_WORDS.search(ctx.text, m.end(), end):
            continue
        name = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", ctx.text[m.start():end]))
        ctx.add(m.start(), end, name, None, None, "cơ quan nhà nước", 1, known=False)


_HOMETOWN = re.compile(
    r"(?P<head>Hội\s+đồng\s+hương|Ban\s+[Ll]iên\s+lạc\s+đồng\s+hương|Hội\s+[Tt]ương\s+tế)\s+"
    r"(?P<origin>(?:(?:tỉnh|huyện|thị\s+xã|xã)\s+)?[A-ZĐ][^\W\d_]*(?:(?:\s+|\s*[-–]\s*)[A-ZĐ][^\W\d_]*){0,5})"
    r"\s+tại\s+"
    r"(?P<at>(?:TP\.?\s*|[Tt]hành\s+phố\s+|[Tt]ỉnh\s+)?[A-ZĐ][^\W\d_.]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})"
)


def _pass_hometown_associations(ctx: _Ctx) -> None:
    """Associations of people from one place living in another ("Hội đồng hương Quảng Ngãi
    tại Hà Nội", "Ban liên lạc đồng hương … tại TP. Hồ Chí Minh"): named with both places,
    the second as a province is named."""
    if "hương" not in ctx.text and "tế" not in ctx.text:
        return
    for m in _HOMETOWN.finditer(ctx.text):
        at = m.group("at")
        bare = re.sub(r"^(?:TP\.?\s*|[Tt]hành\s+phố\s+|[Tt]ỉnh\s+)", "", at)
        province = places.province_of_form(bare) or places.province_of_form(f"TP {bare}")
        where = province or at
        origin = re.sub(r"\s*[-–]\s*", " - ", m.group("origin"))
        head = re.sub(r"\s+", " ", m.group("head"))
        ctx.add(m.start(), m.end(), f"{head} {origin} tại {where}", None, province, "hội", 2,
                known=False)


# the branch as part of the official name is capitalised ("… - Chi nhánh Đồng Tháp"); "Agribank
# chi nhánh Nghệ An" describes the bank's office and names the bank
_BRANCH_AFTER = re.compile(r"\s*(?:[-–]\s*)?Chi\s+nhánh(?=\s+[A-ZĐ])")


def _pass_branches(ctx: _Ctx) -> None:
    """A branch written after its parent is one body ("Ngân hàng … Việt Nam - Chi nhánh Đồng
    Tháp"): the parent's name, "Chi nhánh" and the branch's."""
    if "Chi nhánh" not in ctx.text:
        return
    for c in list(ctx.cands):
        b = _BRANCH_AFTER.match(ctx.text, c.end)
        if b is None:
            continue
        end = _read_name(ctx.view, b.end(), limit=6)
        if end > b.end():
            branch = re.sub(r"\s+", " ", ctx.text[b.end():end]).strip()
            ctx.cands.append(_Cand(c.start, end, f"{c.name} Chi nhánh {branch}", None,
                                   c.province, c.kind, c.priority, known=c.known))


_CENTRE_OF_ASSOCIATION = re.compile(r"(?<![^\W_])(?:Trung\s+ương|TƯ|TW)\s+Hội(?!\s+[A-ZĐ])(?![^\W_])")


def _pass_association_centre(ctx: _Ctx) -> None:
    """"Trung ương Hội" written alone names the national association the text names before
    it, the most often named when several are ("… Hội NCT Việt Nam … các đơn vị trực thuộc
    Trung ương Hội")."""
    if "Hội" not in ctx.text:
        return
    for m in _CENTRE_OF_ASSOCIATION.finditer(ctx.text):
        best: dict[int, _Cand] = {}  # the reading the resolver keeps at each start
        for c in ctx.cands:
            if c.end <= m.start() and (c.start not in best or c.priority > best[c.start].priority):
                best[c.start] = c
        counts: dict[str, int] = {}
        for c in best.values():
            if c.name.startswith("Hội ") and c.name.endswith(" Việt Nam"):
                counts[c.name] = counts.get(c.name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            ctx.add(m.start(), m.end(), ranked[0][0], None, None, "đoàn thể", 3)


PASSES: tuple[Callable[[_Ctx], None], ...] = (
    _pass_committees,
    _pass_catalogue_bodies,
    _pass_acronym_definitions,
    _pass_institutions,
    _pass_steering,
    _pass_party_blocs,
    _pass_party_of_command,
    _pass_party_boards_at_level,
    _pass_press,
    _pass_brand_branches,
    _pass_named_bodies,
    _pass_centres_of_province,
    _pass_central_departments,
    _pass_hometown_associations,
    _pass_acronym_reuse,
    _pass_central_organs,
    _pass_units_before,
    _pass_branches,
    _pass_association_centre,
    _pass_province_association,
)


def _resolve(ctx: _Ctx) -> list[_Cand]:
    """Keep the best non-overlapping candidates (priority, then length, then position); a level
    written without its place ("Đoàn Thanh niên phường") after a body of the same level with a
    place ("Công an phường Nam Bình … Đoàn Thanh niên phường") takes that place."""
    cands = sorted(ctx.cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    spans = Taken()
    chosen = [c for c in cands if spans.take(c.start, c.end)]
    chosen.sort(key=lambda c: c.start)
    events: list[tuple[int, _Place | _Cand]] = [(c.start, c) for c in chosen]
    events += [(start, p) for start, p in _text_places(ctx)]
    events.sort(key=lambda e: (e[0], isinstance(e[1], _Cand)))
    named: dict[str, _Place] = {}
    unwritten: _Unwritten | None = None
    for _start, e in events:
        if isinstance(e, _Place):
            named[e.level or ""] = e
            continue
        c = e
        if c.body is not None and c.level not in (None, "tỉnh"):
            prev = named.get(c.level or "")
            if prev is None:
                unwritten = unwritten or _Unwritten(ctx, events)
                # a body read from its bare name ("Đảng ủy") takes only a unit named before it
                # or the address's
                prev = unwritten.address(c.level or "") if c.body.bare_level \
                    else unwritten.place(c.level or "")
            if prev is None:
                # "UBND huyện" with no district known anywhere: its canonical name would name
                # no body ("Ủy ban nhân dân huyện" is every district's), so it is not emitted
                c.needs_place = True
                continue
            canon = _canonical(c.body, _Place(c.end, c.level, prev.place, prev.province),
                               ctx.source_province)
            if canon is not None:
                c.name, c.province = canon
                c.needs_place = False
        elif c.level and c.place:
            named[c.level] = _Place(c.end, c.level, c.place, c.province)
    return [c for c in chosen if not c.needs_place]


class _Unwritten:
    """Where a body of a district or commune written without its place ("UBND huyện", "Hội
    Khuyến học xã") is when no earlier text names a unit of that level: the one unit of that
    level the paragraph names later; else the one district of the paper's province named
    without its level ("tại Hiệp Đức, Hội CTĐ huyện …"); else the one unit of that level the
    page address names in its headline words ("…/can-giuoc-trao-qua-…"). Read lazily: most
    texts never ask."""

    def __init__(self, ctx: _Ctx, events: list) -> None:
        self.ctx = ctx
        self.events = events
        self.cache: dict[str, _Place | None] = {}

    def place(self, level: str) -> _Place | None:
        if level not in self.cache:
            self.cache[level] = self._text(level) or self._bare_district(level) \
                or self._address(level)
        return self.cache[level]

    def _text(self, level: str) -> _Place | None:
        found = {(e.place, e.province): e for _s, e in self.events
                 if isinstance(e, _Place) and e.level == level and e.place}
        found.update({(e.place, e.province): _Place(e.end, e.level, e.place, e.province)
                      for _s, e in self.events if isinstance(e, _Cand) and e.body is None
                      and e.level == level and e.place})
        return next(iter(found.values())) if len(found) == 1 else None

    def _bare_district(self, level: str) -> _Place | None:
        ctx = self.ctx
        src = ctx.source_province
        if level not in _DISTRICT_LEVELS or src is None:
            return None
        covered = set(places.covered_provinces(src))
        found: set[str] = set()
        tn, text = ctx.tn, ctx.text
        for p in ctx.cat.place_re.finditer(tn):
            name = text[p.start():p.end()]
            pkey = _skey(name)
            if pkey in ctx.cat.province_keys or not covered.intersection(
                    ctx.cat.district_provinces.get(pkey, ())) or not name[0].isupper() \
                    or _LEVEL_BEFORE.search(tn, max(0, p.start() - 10), p.start()):
                continue
            found.add(name)
        if len(found) != 1:
            return None
        name = found.pop()
        if places.district_level(name, src) != level:
            return None
        return _Place(0, level, name, src)

    def address(self, level: str) -> _Place | None:
        return self._address(level)

    def _address(self, level: str) -> _Place | None:
        ctx = self.ctx
        if not ctx.address:
            return None
        for unit_level, name in places.address_units(ctx.address, ctx.source_province):
            if unit_level == level:
                return _Place(0, level, name, ctx.source_province)
        return None


_DISTRICT_LEVELS = frozenset({"huyện", "quận", "thị xã", "thành phố"})
# a level word before a district's name, or a capitalised word whose name it continues ("Trường
# THPT Hiệp Đức" names a school; "Tại Hiệp Đức" the district)
_LEVEL_BEFORE = re.compile(r"(?:tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã|TX\.?|quận|xã|phường|"
                           r"thị\s+trấn|(?<![^\W_])(?!(?:Tại|Ở|Trong|Từ|Về|Riêng|Còn)\s)"
                           r"[^\W\d_]*[A-ZĐ][^\W\d_]*)\s+$")


_LOCAL_LEVELS = frozenset({"huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})


def _text_places(ctx: _Ctx) -> list[tuple[int, _Place]]:
    """Districts and communes the text names as places ("trên địa bàn huyện Cần Giuộc"): a
    later body of that level written without its place ("Ủy ban MTTQ huyện") is theirs."""
    out = []
    tn = ctx.tn
    for m in ctx.cat.level_re.finditer(tn):
        level = re.sub(r"\s+", " ", m.group("level")).lower()
        level = _LEVEL_CANON.get(level, level)
        if level not in _LOCAL_LEVELS or not _place_follows(tn, m.end()):
            continue
        p = _level_place(ctx.view, m.end(), level, ctx.cat, ctx.source_province)
        if p is not None and p.place:
            out.append((m.start(), p))
    return out


_TRAILING_DOTS = ("…", "...", "..")


@cache
def _abbreviations() -> tuple[re.Pattern, dict[str, str]]:
    table = load("organisations").get("names", {}).get("abbreviations", {})
    if not table:
        return re.compile(r"(?!x)x"), {}
    return re.compile(r"(?<![^\W_])(?:" + "|".join(
        re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")(?![^\W_])"), table


def _expand_abbreviations(name: str) -> str:
    """A name read from the text with the press's short forms of its words spelt out ("Ban
    Quản lý các KCN tỉnh" is "Ban Quản lý các khu công nghiệp tỉnh", "… bảo vệ ANTQ …" "…
    bảo vệ an ninh Tổ quốc …"): ``[names] abbreviations`` of organisations.toml."""
    pattern, table = _abbreviations()
    return pattern.sub(lambda m: table[m.group(0)], name) if table else name
# "các cấp Hội Nông dân tỉnh", "cấp ủy, chính quyền các cấp": every level's bodies, no one body
_GROUPING = re.compile(r"(?<![^\W_])(?:(?:các\s+)?cấp|các\s+(?:ban|sở|phòng|hội))\s+$", _I)


def _in_title(text: str, c: _Cand) -> bool:
    """A catalogue body inside a quoted title (“Tìm hiểu 80 năm Quân đội nhân dân Việt Nam”,
    “Đường dây nóng Trưởng Công an xã”) is a word of the title, not a mention of the body:
    the last curly quote before it opens and the next one after it closes (curly, or straight
    as typed: “… xã"), with words of the title around the body."""
    opened = text.rfind("“", 0, c.start)
    if opened < 0 or max(text.rfind("”", 0, c.start), text.rfind('"', opened, c.start)) > opened:
        return False
    ends = [i for i in (text.find("”", c.end), text.find('"', c.end)) if i >= 0]
    closed = min(ends) if ends else -1
    if closed < 0 or "“" in text[c.end:closed] or "\n" in text[opened:closed]:
        return False
    return bool(text[opened + 1:c.start].strip() or text[c.end:closed].strip())


def _trim_trailing_dots(text: str, chosen: list[_Cand]) -> None:
    """A name read up to an ellipsis ("Đồn Biên phòng Dào San… dự") ends before it: the dots
    close a list, they are no part of the body's name."""
    for c in chosen:
        for dots in _TRAILING_DOTS:
            if text.endswith(dots, c.start, c.end) and c.end - len(dots) > c.start:
                c.end -= len(dots)
                c.name = c.name.removesuffix(dots).rstrip()
                break


def extract(view: TextView, source_province: str | None,
            unplaced: list[Unplaced] | None = None, address: str | None = None
            ) -> list[OrganisationMention]:
    """Organisations of the text; bodies read by their structure only (not in the catalogue)
    also go to ``unplaced`` when given. ``address`` (the page address, when the caller knows
    it) names the article's district or commune in its headline words: a body of that level
    written without its place ("UBND huyện") and named nowhere in the text is theirs."""
    ctx = _Ctx(view, catalogue(), source_province, [], {}, [], address)
    for run in PASSES:
        run(ctx)
    chosen = [c for c in _resolve(ctx)
              if not _in_title(view.text, c)
              and not _GROUPING.search(view.tn, max(0, c.start - 12), c.start)]
    for c in chosen:
        if not c.known:
            c.name = _expand_abbreviations(c.name)
    _trim_trailing_dots(view.text, chosen)
    if unplaced is not None:
        unplaced.extend(Unplaced(view.text[c.start:c.end], c.start, c.end,
                                 view.sentence_of(c.start), "organisation", c.name)
                        for c in chosen if not c.known)
    return [_mention(view, c) for c in chosen]


# ------------------------------------------------------------------------ article province

_DATELINE = re.compile(r"\s*\(?\s*(?P<p>[^\W\d_][^()\-–—,.:]{1,28}?)\s*\)?\s*[-–—]\s")
_BEFORE_PROVINCE = re.compile(r"(?:(?P<level>tỉnh|thành\s+phố|TP\.?)|(?P<paper>Báo)|"
                              r"(?P<district>huyện|quận|thị\s+xã|xã|phường))\s+$", _I)


@cache
def _province_re() -> re.Pattern:
    return re.compile(WORD_BOUNDARY_BEFORE + "(?-i:" + alternation(list(places.province_forms()))
                      + ")" + WORD_BOUNDARY_AFTER)


def _province_of_units(view: TextView) -> str | None:
    """The one province whose districts ("huyện Đức Cơ", before 2025) and communes (units in
    force since 2025) the text names with their level, when their names belong to one
    province only; None when they name none or several."""
    cat = catalogue()
    found: set[str] = set()
    for m in cat.level_re.finditer(view.tn):
        level = _LEVEL_CANON.get(re.sub(r"\s+", " ", m.group("level")).lower(),
                                 re.sub(r"\s+", " ", m.group("level")).lower())
        if level not in _LOCAL_LEVELS or not _place_follows(view.tn, m.end()):
            continue
        p = _level_place(view, m.end(), level, cat, None)
        if p is None or not p.place:
            continue
        provs = cat.district_provinces.get(_skey(p.place), ()) if level in _DISTRICT_LEVELS \
            else places.communes().get(key(p.place), ())
        if len(set(provs)) == 1:
            found.add(places.successor(provs[0]) if level in _COMMUNE_LEVELS else provs[0])
        if len(found) > 1:
            return None
    return found.pop() if found else None


def infer_province(view: TextView) -> tuple[str, str] | None:
    """(province, found_by) of an article whose source gives none, read from its text.

    ``found_by`` says how: ``"dateline"`` (the text opens with a province: "Thanh Hóa – …",
    "(Quảng Bình) - …"), ``"paper"`` (the paper names itself: "Báo Cà Mau"), ``"text"`` (the
    province named most in the text, "tỉnh X" counting twice a bare "X"; a tie names none;
    when the text names no province, the one province of the districts and communes it names).
    A name after "huyện", "xã" … is a district or commune, not a province.
    """
    d = _DATELINE.match(view.text)
    named = places.province_of_form(d.group("p").strip()) if d else None
    if named is not None:
        return named, "dateline"
    score: dict[str, int] = {}
    paper: str | None = None
    for m in _province_re().finditer(view.text):
        before = _BEFORE_PROVINCE.search(view.text, max(0, m.start() - 12), m.start())
        name = places.province_of_form(m.group(0))
        if name is None:
            continue
        if before is not None and before.group("district"):
            continue
        if before is not None and before.group("paper") and paper is None:
            paper = name
        score[name] = score.get(name, 0) + (2 if before is not None else 1)
    if paper is not None:
        return paper, "paper"
    if not score:
        unit = _province_of_units(view)
        return (unit, "text") if unit else None
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0], "text"
