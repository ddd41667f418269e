"""The organisation catalogue: bodies with their levels, and every written form of a
body the press uses (half-abbreviated, initialled, "TƯ" for "Trung ương", without "Việt Nam"),
built once from catalogues/organisations.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from baochi.nlp import outlets, places
from baochi.nlp.catalogues import load
from baochi.nlp.organisations.words import initials, skey
from baochi.nlp.patterns import (
    WORD_BOUNDARY_AFTER,
    WORD_BOUNDARY_BEFORE,
    PrefixScanner,
    alternation,
    phrase_pattern,
)

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
        if any("".join(initials(f)) != re.sub(r"[^A-ZĐ0-9]", "", a.upper())
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
    inits = ["".join(initials(f)) for f in fields]
    if any(len(i) < 2 for i in inits):
        return []
    last_joins = ("&", "-", " và ")
    joins = ("-", "&", "", ", ", ",")
    forms = {f"{head} " + sep.join(inits) for sep in ("-", "&", "")}
    for j in joins:
        for last in last_joins:
            forms.add(f"{head} " + j.join(inits[:-1]) + last + inits[-1])
    return sorted(forms)


def _apostrophe_case(name: str) -> str:
    """``name`` with the letter after each apostrophe in the other case ("Đắk R'Lấp" ->
    "Đắk R'lấp"): the press writes the Highlands' names both ways."""
    return re.sub(r"(['’])(\w)", lambda m: m.group(1) + m.group(2).swapcase(), name)


_ASSOCIATION_FIELD = re.compile(r"Hội (?!đồng )(?P<field>[^\W\d_]+(?: [^\W\d_]+){1,3})")


def _association_initials(name: str) -> list[str]:
    """An association written with its field's initials, as the press writes most of them
    ("Hội KH" for Hội Khuyến học, "Hội SVVN", "Hội LHVHNT"): "Hội" and two to four syllables,
    no "và" (those fields are spelt "A&B", by `_abbreviated`); never a council ("Hội đồng")."""
    m = _ASSOCIATION_FIELD.fullmatch(name)
    if m is None or " và " in name:
        return []
    inits = "".join(initials(m.group("field")))
    return [f"Hội {inits}"] if 2 <= len(inits) <= 4 else []


def _vn_forms(written: list[str]) -> list[str]:
    """Forms ending in "Việt Nam" written with "VN" ("Ủy ban MTTQ VN"); a body whose name ends
    in "Việt Nam" also with "VN" after its short forms ("Hội LHTN VN huyện X")."""
    forms = [a.removesuffix(" Việt Nam") + " VN" for a in written if a.endswith(" Việt Nam")]
    if written and written[0].endswith(" Việt Nam"):
        forms += [a + " VN" for a in written[1:] if not a.endswith((" Việt Nam", " VN"))]
    return forms


def _joined_forms(name: str) -> list[str]:
    """"Head A và B" with its fields joined otherwise in the press: "Sở Tài nguyên Môi
    trường", "Sở Nông nghiệp - Phát triển nông thôn", "Sở Nông nghiệp & Phát triển nông
    thôn"; a dash between fields also written as a comma ("Sở Lao động, Thương binh và Xã
    hội")."""
    if " và " not in name or name.count(" và ") > 1:
        return []
    forms = [name.replace(" và ", " - "), name.replace(" và ", " "),
             name.replace(" và ", " & ")]  # "Sở Tài nguyên & Môi trường"
    if ", " in name:
        forms.append(name.replace(", ", " "))  # "Bộ Văn hóa Thể thao và Du lịch"
    if " - " in name:
        forms.append(name.replace(" - ", ", "))  # "Sở Lao động, Thương binh và Xã hội"
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


def _national_aliases(n: dict, heads: tuple[str, ...], structure: dict,
                      body_keys: set[str]) -> list[str]:
    """Written forms of a national body: its aliases, their half-abbreviated and initialled
    forms, "VN" for a final "Việt Nam", "TƯ"/"T.Ư"/"TW" for "Trung ương", and the name without its final "Việt Nam"
    ("Tổng Liên đoàn Lao động"), unless that short form is a body with levels ("Hội Nông dân"
    + tỉnh …)."""
    aliases = [n["name"], *n.get("aliases", [])]
    aliases += [a for a in _mixed_forms(n["name"], aliases) if a not in aliases]
    aliases += [a for a in _abbreviated(n["name"], heads) if a not in aliases]
    # "Việt Nam" written "VN" at the end ("Hội Liên hiệp Thanh niên VN"), before "Trung
    # ương" is written short ("T.Ư Hội Liên hiệp Thanh niên VN")
    aliases += [v for a in aliases if a.endswith(" Việt Nam")
                if (v := a.removesuffix(" Việt Nam") + " VN") not in aliases]
    aliases += [a for a in _central_forms(aliases, structure) if a not in aliases]
    aliases += [a for a in _joined_forms(n["name"]) if a not in aliases]
    for alias in list(aliases) if n.get("short_form", True) else ():
        short = re.sub(r"\s+Việt\s+Nam$", "", alias)
        if short != alias and skey(short) not in body_keys:
            aliases.append(short)
    return aliases


def _local_forms(bodies: list[dict]) -> dict[str, list[str]]:
    """Body name key -> its written forms ("Hội Người cao tuổi" -> "Hội NCT" …), for the
    national organisation named "<body> Việt Nam"."""
    return {skey(b["name"]): [b["name"], *b.get("aliases", []), *_association_initials(b["name"])]
            for b in bodies if not b.get("default_level")}


def _viet_nam_forms(name: str, local_forms: dict[str, list[str]], known: list[str]
                   ) -> list[str]:
    """"Hội NCT Việt Nam", "Hội ND VN", "Hội NDVN": a local body's short forms with "Việt Nam"
    name the national organisation."""
    out: list[str] = []
    for a in local_forms.get(skey(name.removesuffix(" Việt Nam")), ()):
        forms = [f"{a} Việt Nam", f"{a} VN"]
        if a.rsplit(" ", 1)[-1].isupper():
            forms.append(f"{a}VN")
        out += [f for f in forms if f not in known and f not in out]
    return out


def _central_association_forms(name: str, local_forms: dict[str, list[str]],
                               structure: dict, known: list[str]) -> list[str]:
    """"Trung ương Hội Phụ nữ", "TW Hội ND": a national association written as the centre of
    any written form of its local body is that association (GUIDE: "Trung ương Hội LHPN Việt
    Nam" is the Women's Union itself), whichever of its forms the centre is written with."""
    if not name.startswith("Hội ") or not name.endswith(" Việt Nam"):
        return []
    out: list[str] = []
    for a in local_forms.get(skey(name.removesuffix(" Việt Nam")), ()):
        if not a.startswith("Hội "):
            continue
        for centre in ("Trung ương", *structure.get("central_words", ())):
            form = f"{centre} {a}"
            if form not in known and form not in out:
                out.append(form)
    return out


def _short_word_forms(written: list[str], table: dict[str, str]) -> list[str]:
    """Forms with the press's short form of a phrase inside the name: the ``[names]
    abbreviations`` table read backwards, so one entry serves every body that holds the phrase
    ("Liên hiệp các Hội Khoa học và Kỹ thuật" is also "Liên hiệp các Hội KH&KT", "… KH-KT";
    "Trung ương Đoàn Thanh niên Cộng sản …" also "… TNCS …"), never one alias per body."""
    out: list[str] = []
    for alias in written:
        low = alias.lower()
        for short, long in table.items():
            at = low.find(long.lower())
            if at < 0 or " " not in long or (at and low[at - 1] != " ") \
                    or (at + len(long) < len(low) and low[at + len(long)] != " "):
                continue
            form = alias[:at] + short + alias[at + len(long):]
            if form not in written and form not in out:
                out.append(form)
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
            bare_keys=frozenset(skey(a) for a in b.get("bare_aliases", [])),
            bare_level=b.get("bare_level", ""),
        )
        for alias in [b["name"], *b.get("aliases", [])]:
            by_key.setdefault(skey(alias), body)
            body_aliases.append(alias)
    structure = data.get("structure", {})
    heads = tuple(structure.get("abbreviate_heads", ()))
    short_words = data.get("names", {}).get("abbreviations", {})
    for b in data.get("body", []):
        written = [b["name"], *b.get("aliases", [])]
        own = by_key[skey(b["name"])]
        for alias in [*_mixed_forms(b["name"], written), *_abbreviated(b["name"], heads),
                      *_association_initials(b["name"]),
                      *_joined_forms(b["name"]), *_vn_forms(written),
                      *_short_word_forms(written, short_words)]:
            # forms differing only in punctuation share a key: each is still written out
            if by_key.setdefault(skey(alias), own) is own:
                body_aliases.append(alias)
    body_keys = set(by_key)
    local_forms = _local_forms(data.get("body", []))
    # the press inventory's outlets are national bodies too (nlp/catalogues/press.csv)
    nationals = [*data.get("national", []), *outlets.national_entries()]
    for n in [*nationals, *_central_organs(structure, nationals)]:
        body = Body(name=n["name"], acronym=None, kind=n.get("kind"), default_level="",
                    national=True)
        aliases = _national_aliases(n, heads, structure, body_keys)
        aliases += _viet_nam_forms(n["name"], local_forms, aliases)
        aliases += _central_association_forms(n["name"], local_forms, structure, aliases)
        aliases += _short_word_forms(aliases, short_words)
        for alias in aliases:
            by_key[skey(alias)] = body
            body_aliases.append(alias)
    committee_aliases: list[str] = []
    for c in data.get("committee", []):
        body = Body(name=c["name"], acronym=None, kind=c.get("kind"), default_level="",
                    committee_level=c["level"])
        for alias in [c["name"], *c.get("aliases", [])]:
            by_key[skey(alias)] = body
            committee_aliases.append(alias)
    prefixes = data.get("committee_prefixes", {})
    prefix_by_key = {skey(k): v for k, v in prefixes.items()}
    body_re = re.compile(
        WORD_BOUNDARY_BEFORE + "(?:" + alternation(body_aliases) + ")" + WORD_BOUNDARY_AFTER, _I
    )
    committee_re = re.compile(
        WORD_BOUNDARY_BEFORE + "(?:(?P<prefix>" + alternation(list(prefixes)) + r")\s+)?"
        "(?P<committee>" + alternation(committee_aliases) + ")" + WORD_BOUNDARY_AFTER, _I
    )
    level_re = re.compile(
        r"\s+(?P<level>tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã|TX\.?|T\.X\.?|quận|xã|phường|thị\s+trấn|"
        r"(?-i:H)(?=\.[A-ZĐ])|"
        # an urban district written short ("UBND Q. Hải Châu", "Q.Cẩm Lệ")
        r"(?-i:Q)(?=\.[A-ZĐ])|(?-i:Q\.)(?=\s[A-ZĐ])|"
        # a township written short ("Đoàn Thanh niên TT.Long Hải", "UBND TT. Phú Mỹ")
        r"(?-i:TT)(?=\.[A-ZĐ])|(?-i:TT\.)(?=\s[A-ZĐ]))"
        + WORD_BOUNDARY_AFTER, _I
    )
    # the gazetteer: vietnam-provinces + the 2025 changes and districts beside it (places.py)
    province_keys = {skey(form): name for form, name in places.province_forms().items()}
    district_provinces: dict[str, list[str]] = {}
    all_places = list(places.province_forms())
    for name, provs in places.districts().items():
        district_provinces.setdefault(skey(name), []).extend(provs)
        all_places.append(name)
    # the letter after a Highlands name's apostrophe is written in either case ("Đắk R'lấp")
    all_places += [v for name in all_places if "'" in name or "’" in name
                   if (v := _apostrophe_case(name)) not in all_places]
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
