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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nlp.catalogues import load
from nlp.model import OrganisationMention
from nlp.normalise import key, nfc, slug, tone_normalise
from nlp.patterns import (
    WORD_BOUNDARY_AFTER,
    WORD_BOUNDARY_BEFORE,
    PrefixScanner,
    alternation,
    phrase_pattern,
)
from nlp.spans import SpanSet, Taken
from nlp.tokens import TextView, syllable_key

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
_LEVEL_CANON = {"tp": "thành phố", "tp.": "thành phố", "tx": "thị xã", "tx.": "thị xã"}


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


def _skey(text: str) -> str:
    return syllable_key(tone_normalise(nfc(text)).lower())


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
        )
        for alias in [b["name"], *b.get("aliases", [])]:
            by_key.setdefault(_skey(alias), body)
            body_aliases.append(alias)
    for b in data.get("body", []):
        for alias in _mixed_forms(b["name"], [b["name"], *b.get("aliases", [])]):
            if _skey(alias) not in by_key:
                by_key[_skey(alias)] = by_key[_skey(b["name"])]
                body_aliases.append(alias)
    body_keys = set(by_key)
    for n in data.get("national", []):
        body = Body(name=n["name"], acronym=None, kind=n.get("kind"), default_level="",
                    national=True)
        aliases = [n["name"], *n.get("aliases", [])]
        aliases += [a for a in _mixed_forms(n["name"], aliases) if a not in aliases]
        # "Việt Nam" is often dropped from a national name ("Tổng Liên đoàn Lao động"): the
        # short form counts too, unless it is the written form of a body with levels
        # ("Hội Nông dân" + tỉnh …)
        for alias in list(aliases):
            short = re.sub(r"\s+Việt\s+Nam$", "", alias)
            if short != alias and _skey(short) not in body_keys:
                aliases.append(short)
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
        r"\s+(?P<level>tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã|TX\.?|quận|xã|phường|thị\s+trấn)"
        + WORD_BOUNDARY_AFTER, _I
    )
    places = data.get("places", {})
    province_keys = {}
    for p in places.get("provinces", []):
        province_keys[_skey(p)] = "Thành phố Hồ Chí Minh" if "hồ chí minh" in _skey(p) or p == "TP.HCM" else p
    district_provinces: dict[str, list[str]] = {}
    all_places = list(places.get("provinces", []))
    for d in data.get("district", []):
        for name in d["names"]:
            district_provinces.setdefault(_skey(name), []).append(d["province"])
            all_places.append(name)
    place_re = re.compile("(?:" + alternation(all_places) + ")" + WORD_BOUNDARY_AFTER)
    heads = ["Ban", "Hội", "Sở", "Phòng", "Trung tâm", "Ủy ban", "Văn phòng", "Chi cục", "Cục",
             "Tổng cục", "Viện", "Liên đoàn", "Liên minh", "Hiệp hội", "Công ty", "Tổng công ty",
             "Ngân hàng", "Bệnh viện", "Trường", "Hợp tác xã", "Câu lạc bộ", "Quỹ", "Đài",
             "Hội đồng", "Bảo hiểm xã hội", "Kho bạc", "Cục Thuế", "Chi nhánh", "Đoàn",
             "Tập đoàn"]
    generic_re = re.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<name>(?-i:" + "|".join(phrase_pattern(h) for h in heads)
        + r")(?:\s+[^\s(),.;:“”\"]+){1,12}?)\s*\(\s*(?P<acr>(?-i:[A-ZĐ][A-ZĐ0-9&\-]{1,11}))\s*\)"
    )
    body_scan = PrefixScanner(body_aliases, body_re)
    committee_scan = PrefixScanner(committee_aliases + list(prefixes), committee_re)
    generic_scan = PrefixScanner(heads, generic_re)
    return Catalogue(by_key, body_re, committee_re, body_scan, committee_scan, generic_scan,
                     prefix_by_key, level_re, place_re, province_keys, district_provinces,
                     generic_re)


# --------------------------------------------------------------------------------------------

_INSTITUTION = re.compile(
    r"(?P<head>Trường\s+(?:THPT|THCS|TH|Tiểu\s+học|Mầm\s+non|Đại\s+học|Cao\s+đẳng|Trung\s+cấp|"
    r"PTDTNT|Phổ\s+thông\s+dân\s+tộc\s+nội\s+trú|Trung\s+học\s+phổ\s+thông|"
    r"Trung\s+học\s+cơ\s+sở)|Bệnh\s+viện(?:\s+Đa\s+khoa)?|Tổng\s+công\s+ty|Tập\s+đoàn|"
    r"Công\s+ty(?:\s+(?:TNHH|CP|Cổ\s+phần))?|Hợp\s+tác\s+xã|HTX|Ngân\s+hàng|Trung\s+tâm\s+Y\s+tế)"
    r"(?P<name>(?:\s+[^\s,.;:()“”\"]+){1,6})"
)
_STEERING = re.compile(
    r"(?P<head>Ban\s+Chỉ\s+đạo|Ban\s+Quản\s+lý|Ban\s+An\s+toàn\s+giao\s+thông|Hội\s+đồng)"
    r"(?P<topic>(?:,?\s+(?!tỉnh\b|huyện\b|thành\s+phố\b|thị\s+xã\b|xã\b|phường\b)"
    r"[^\W\d_]+){0,10}?)(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã|phường|thị\s+trấn)(?![^\W_]))"
)
# associations and centres named by their field, anchored by a level word ("Hội Nạn nhân chất
# độc da cam/dioxin tỉnh", "Trung tâm Văn hóa tỉnh"): the word after the head is capitalised
_NAMED_BODY = re.compile(
    r"(?P<head>Hội|Hiệp\s+hội|Trung\s+tâm|Chi\s+cục|Đài|Bảo\s+tàng|Thư\s+viện)"
    r"(?P<topic>\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])[^\W\d_]*"
    r"(?:(?:,?\s+|/|\s+-\s+)(?!tỉnh\b|huyện\b|thành\s+phố\b|thị\s+xã\b|xã\b|phường\b)"
    r"[^\W\d_]+){0,9}?)"
    r"(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã|phường|thị\s+trấn)(?![^\W_]))"
)
_TWO_BODIES = re.compile(
    r"(?<![^\W_])và\s+(?:Hội|Hiệp|Trung|Chi|Đài|Bảo|Thư|UBND|Ủy|Sở|Ban|Phòng|Công|Liên|Đoàn)"
    r"(?![^\W_])"
)
_NOT_IN_NAME = re.compile(
    r"(?<![^\W_])(?:đã|đang|sẽ|được|với|tại|phối|cho|là|vừa|cùng|trong|khi|nhằm|để)(?![^\W_])"
)
_ACR_RE = re.compile(r"\s*\(\s*(?P<acr>[A-ZĐ][A-ZĐ0-9&\-.]{1,11})\s*\)")
_PLURAL = re.compile(r"\s+(?:các|cấp|những|hai|ba)" + WORD_BOUNDARY_AFTER, _I)
_SELF = re.compile(r"\s+(?:ta|nhà)" + WORD_BOUNDARY_AFTER)
_CENTRAL = re.compile(r"\s+(?:Trung\s+ương|TƯ|TW)" + WORD_BOUNDARY_AFTER)
_SYL = re.compile(r"[^\W_]+")
_ROLE_BEFORE = re.compile(r"(?<![^\W_])(?:(?:Phó\s+)?Thủ\s+tướng|đại\s+biểu)\s+$", _I)


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
        if count >= 2 and end in view.word_ends:
            break
    return (end, text[pos:end]) if count else None


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
        if after < len(tn) and tn[after] == " ":
            p = cat.place_re.match(tn, after + 1)
            if p and level in _COMMUNE_LEVELS and p.end() < len(tn) and re.match(
                    r" [^\W\d_]", tn[p.end():p.end() + 2]) and tn[p.end() + 1].isupper():
                # the gazetteer holds provinces and districts: "xã Vinh Hưng" is not "xã Vinh"
                p = None
            if p:
                name = view.text[p.start():p.end()]
                pkey = _skey(name)
                if level == "tỉnh" or (level == "thành phố" and pkey in cat.province_keys
                                       and pkey not in cat.district_provinces):
                    province = cat.province_keys.get(pkey, name)
                    return _Place(p.end(), level, province, province)
                provinces = cat.district_provinces.get(pkey, [])
                if source_province in provinces or not provinces:
                    province = source_province
                elif len(provinces) == 1:
                    province = provinces[0]
                else:
                    province = source_province
                if provinces and source_province not in provinces and level == "huyện":
                    province = provinces[-1] if len(provinces) == 1 else province
                return _Place(p.end(), level, name, province)
            fb = _fallback_place(view, after + 1)
            if fb:
                end, name = fb
                province = name if level == "tỉnh" else source_province
                return _Place(end, level, name, province)
        if level == "tỉnh":
            return _Place(after, level, source_province, source_province)
        return _Place(after, level, None, source_province)
    if allow_bare_province and pos < len(tn) and tn[pos] == " ":
        p = cat.place_re.match(tn, pos + 1)
        if p:
            pkey = _skey(view.text[p.start():p.end()])
            if pkey in cat.province_keys:
                province = cat.province_keys[pkey]
                return _Place(p.end(), "tỉnh", province, province)
    return None


def _canonical(body: Body, place: _Place | None, source_province: str | None
               ) -> tuple[str, str | None] | None:
    """(canonical name, province) or None when the mention names no single body."""
    if body.national:
        return body.name, None
    if body.committee_level:
        if place is not None and place.place:
            return f"{body.name} {place.place}", place.province
        if body.committee_level == "tỉnh":
            if source_province:
                return f"{body.name} {source_province}", source_province
            return body.name, None
        return None
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


def _mention(view: TextView, c: _Cand) -> OrganisationMention:
    return OrganisationMention(
        surface=view.text[c.start:c.end], start=c.start, end=c.end,
        sentence=view.sentence_of(c.start), name=c.name, key=key(c.name),
        organisation_id=slug(c.name), acronym=c.acronym, province=c.province, kind=c.kind,
    )


def extract(view: TextView, source_province: str | None) -> list[OrganisationMention]:
    cat = catalogue()
    text, tn = view.text, view.tn
    cands: list[_Cand] = []
    defined: dict[str, tuple[Body | str, str | None, _Place | None]] = {}  # acronym -> definition
    def_spans: list[tuple[int, int]] = []

    for m in cat.committee_scan.finditer(view):
        if not text[m.start()].isupper():
            continue
        body = cat.by_key.get(_skey(m.group("committee")))
        if body is None:
            continue
        place = None
        after = m.end()
        p = cat.place_re.match(tn, after + 1) if after < len(tn) and tn[after] == " " else None
        if p:
            pname = text[p.start():p.end()]
            pkey = _skey(pname)
            if body.committee_level == "tỉnh":
                if pkey in cat.province_keys:
                    prov = cat.province_keys[pkey]
                    place = _Place(p.end(), "tỉnh", prov, prov)
            else:
                provs = cat.district_provinces.get(pkey, [])
                prov = source_province if (source_province in provs or not provs) else provs[0]
                place = _Place(p.end(), body.committee_level, pname, prov)
        elif body.committee_level != "tỉnh" and after < len(tn) and tn[after] == " ":
            fb = _fallback_place(view, after + 1)
            if fb:
                place = _Place(fb[0], body.committee_level, fb[1], source_province)
        canon = _canonical(body, place, source_province)
        if canon is None:
            continue
        name, province = canon
        if m.group("prefix"):
            prefix = cat.prefix_by_key.get(_skey(m.group("prefix")), m.group("prefix"))
            name = f"{prefix} {name}"
        end = place.end if place else m.end()
        cands.append(_Cand(m.start(), end, name, None, province, body.kind, 2))

    for m in cat.body_scan.finditer(view):
        if not text[m.start()].isupper():
            continue
        body = cat.by_key.get(_skey(m.group(0)))
        if body is None:
            continue
        end = m.end()
        acronym = body.acronym
        a = _ACR_RE.match(text, end)
        new_acronym = None
        if a and not body.national:
            ok, head = _acronym_head(text[m.start():m.end()], a.group("acr"))
            if ok:
                acronym = new_acronym = a.group("acr")
                def_spans.append((m.start(), a.end()))
                end = a.end()
        if _PLURAL.match(tn, end) and not body.national:
            continue
        if body.national:
            if _ROLE_BEFORE.search(tn, max(0, m.start() - 16), m.start()):
                continue  # "Thủ tướng Chính phủ" is a person's title
            cands.append(_Cand(m.start(), end, body.name, None, None, body.kind, 3))
            continue
        if _CENTRAL.match(tn, end):
            continue  # "… Trung ương" without a national entry: not a provincial body
        place = _read_place(view, end, cat, source_province, allow_bare_province=True)
        if new_acronym:
            defined[new_acronym] = (body, head, place)
        canon = _canonical(body, place, source_province)
        if canon is None:
            continue
        name, province = canon
        cands.append(_Cand(m.start(), place.end if place else end, name, acronym, province,
                           body.kind, 2))

    for m in (_generic_definitions(view, cat) if "(" in text else ()):
        name_s = text[m.start("name"):m.end("name")]
        acr = m.group("acr")
        if _skey(name_s) in cat.by_key:
            continue  # a catalogue body defining its acronym: read above, with its canonical name
        if _NOT_IN_NAME.search(name_s):
            continue  # a clause, not a name ("… đã phối hợp với Ban … (TĐKT)")
        ok, head = _acronym_head(name_s, acr)
        if not ok:
            # an acronym that is not the initials ("Trung tâm Kiểm soát bệnh tật (CDC)", an
            # English or older name): taken when the name reads as a proper name (a capital
            # right after the head, no clause word), reused bare ("CDC tỉnh")
            words = name_s.split()
            if len(words) > 12 or not any(w[0].isupper() for w in words[1:3]) \
                    or _CLAUSE_WORDS.search(name_s):
                continue
            head = None
        clean = re.sub(r"\s*[-–—]\s*", " - ", re.sub(r"\s+", " ", name_s)).strip()
        place = _read_place(view, m.end(), cat, source_province, allow_bare_province=True)
        inner = _inner_place(view, m, acr, cat, source_province)
        if inner is not None:
            # "Trung tâm Y tế huyện Yên Thành (TTYT)": the acronym covers the body, the level
            # and place are written before it; "TTYT huyện" is then the same body
            clean, place = inner
        defined.setdefault(acr, (clean, head, place))
        canon = _canonical(Body(clean, acr, None, ""), place, source_province)
        name, province = canon if canon else (clean, None)
        end = max(place.end, m.end()) if place else m.end()
        cands.append(_Cand(m.start(), end, name, acr, province,
                           None, 5))  # an explicit definition beats catalogue readings inside it
        def_spans.append((m.start(), m.end()))

    # named institutions: schools, hospitals, companies, banks ("Trường THPT Phan Đình Phùng")
    if any(h in text for h in ("Trường", "Bệnh viện", "Công ty", "Hợp tác xã", "HTX", "Ngân hàng",
                               "Tập đoàn",
                               "Trung tâm Y tế")):
        pos = 0
        while (m := _INSTITUTION.search(text, pos)) is not None:
            pos = m.end("head")  # the name group may run over the next head: rescan from here
            # the proper name: the capitalised words (or numbers, "&", "-") after the head
            end = m.end("head")
            for w in re.finditer(r"\s+(\S+)", m.group("name")):
                word = w.group(1)
                w_start = m.start("name") + w.start(1)
                inside_word = end > m.end("head") and w_start not in view.word_starts
                if not (word[0].isupper() or word[0].isdigit() or word in ("&", "-")
                        or (inside_word and word[0].isalpha())):
                    break
                end = m.start("name") + w.end()
            while end > m.end("head") and text[end - 1] in " -&":
                end -= 1
            name = re.sub(r"\s+", " ", text[m.start():end])
            place = _read_place(view, end, cat, source_province, allow_bare_province=False)
            if place and place.place:
                name = f"{name} {place.level} {place.place}"
                end = place.end
            elif end == m.end("head"):
                continue
            pos = end
            cands.append(_Cand(m.start(), end, name, None, place.province if place else None,
                               "đơn vị", 1))
    # steering committees and boards named by their task, anchored by a level word
    # ("Ban Chỉ đạo phòng, chống dịch tỉnh")
    if "Ban " in text or "Hội đồng" in text:
        for m in _STEERING.finditer(text):
            if not m.group("topic").strip():
                continue
            place = _read_place(view, m.end(), cat, source_province, allow_bare_province=False)
            if place is None:
                continue
            body = Body(re.sub(r"\s+", " ", m.group(0)), None, "ban chỉ đạo", "")
            canon = _canonical(body, place, source_province)
            if canon:
                cands.append(_Cand(m.start(), place.end, canon[0], None, canon[1], body.kind, 1))

    if "Hội" in text or "Trung tâm" in text or "Chi cục" in text or "Đài" in text \
            or "Bảo tàng" in text or "Thư viện" in text:
        for m in _NAMED_BODY.finditer(text):
            topic = m.group("topic")
            # "và" joins the fields of one name ("Đài Phát thanh và Truyền hình"), not two bodies
            if _NOT_IN_NAME.search(topic) or _CLAUSE_WORDS.search(topic.replace(" và ", " ")) \
                    or _TWO_BODIES.search(topic):
                continue
            place = _read_place(view, m.end(), cat, source_province, allow_bare_province=False)
            if place is None:
                continue
            body = Body(re.sub(r"\s+", " ", m.group(0)), None, "hội", "")
            canon = _canonical(body, place, source_province)
            if canon:
                cands.append(_Cand(m.start(), place.end, canon[0], None, canon[1], body.kind, 1))

    # reuse of acronyms defined in this article (they win over the catalogue)
    def_set = SpanSet(def_spans)
    for acr, (what, head, def_place) in defined.items():
        pat = (phrase_pattern(head) + r"\s+" if head else "") + re.escape(acr)
        for m in re.finditer(WORD_BOUNDARY_BEFORE + pat + WORD_BOUNDARY_AFTER, tn, _I):
            if def_set.overlaps(m.start(), m.start() + 1):
                continue
            if not head and m.group(0) != acr:
                continue
            if _PLURAL.match(tn, m.end()):
                continue
            body = what if isinstance(what, Body) else Body(what, acr, None, "")
            place = _read_place(view, m.end(), cat, source_province, allow_bare_province=True)
            if def_place is not None and def_place.place and (
                place is None or (place.level == def_place.level and place.place in (
                    None, source_province) and def_place.level != "tỉnh")
                or (place.level == def_place.level == "tỉnh" and source_province is None)
            ):
                # "TTPTQĐ huyện" after "… (TTPTQĐ) huyện Nghi Lộc": the same body
                end_at = place.end if place else m.end()
                place = _Place(end_at, def_place.level, def_place.place, def_place.province)
            canon = _canonical(body, place, source_province)
            if canon is None:
                if isinstance(what, str):
                    canon = (what, source_province)
                else:
                    continue
            name, province = canon
            cands.append(_Cand(m.start(), place.end if place else m.end(), name, acr, province,
                               body.kind, 4))

    cands.sort(key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    spans = Taken()
    chosen = [c for c in cands if spans.take(c.start, c.end)]
    chosen.sort(key=lambda c: c.start)
    return [_mention(view, c) for c in chosen]
