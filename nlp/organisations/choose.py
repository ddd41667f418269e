"""Choosing among candidates: the best non-overlapping readings, the place of a body
written without it (earlier text, the one unit of that level in the paragraph, the page
address), and the last clean-ups (quoted titles, groupings, trailing dots, abbreviations)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from baochi.nlp import places
from baochi.nlp.catalogues import load
from baochi.nlp.normalise import tone_normalise
from baochi.nlp.organisations.bodies import Body, Catalogue
from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.placing import Place, named_units
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import (
    COMMUNE_LEVELS,
    DISTRICT_LEVELS,
    LOCAL_LEVELS,
    initials,
    skey,
)
from baochi.nlp.spans import Taken
from baochi.nlp.tokens import TextView

_I = re.IGNORECASE


def resolve(ctx: Ctx) -> list[Cand]:
    """Keep the best non-overlapping candidates (priority, then length, then position); a level
    written without its place ("Đoàn Thanh niên phường") after a body of the same level with a
    place ("Công an phường Nam Bình … Đoàn Thanh niên phường") takes that place."""
    cands = sorted(ctx.cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    spans = Taken()
    chosen = [c for c in cands if spans.take(c.start, c.end)]
    chosen.sort(key=lambda c: c.start)
    events: list[tuple[int, Place | Cand]] = [(c.start, c) for c in chosen]
    events += [(start, p) for start, p in _text_places(ctx)]
    events.sort(key=lambda e: (e[0], isinstance(e[1], Cand)))
    named: dict[str, Place] = {}
    unwritten: _Unwritten | None = None
    for _start, e in events:
        if isinstance(e, Place):
            named[e.level or ""] = e
            continue
        c = e
        if c.body is not None and c.level not in (None, "tỉnh"):
            prev = named.get(c.level or "")
            if prev is None and c.body.bare_level and c.level in COMMUNE_LEVELS:
                # a commune's body written alone ("Đảng ủy", "Ban Thanh tra nhân dân") after a
                # ward or a township: the latest unit of the commune tier named before it
                prev = max((p for lv in COMMUNE_LEVELS if (p := named.get(lv)) is not None),
                           key=lambda p: p.end, default=None)
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
            level = prev.level if c.body.bare_level and prev.level in COMMUNE_LEVELS \
                and c.level in COMMUNE_LEVELS else c.level
            canon = canonical(_local_body(ctx.cat, c.body), Place(c.end, level, prev.place,
                                                                  prev.province),
                              ctx.source_province)
            if canon is not None:
                c.name, c.province = canon
                c.needs_place = False
        elif c.level and c.place:
            named[c.level] = Place(c.end, c.level, c.place, c.province)
    kept = [c for c in chosen if not c.needs_place]
    expand_place_initials(ctx.view, kept, ctx.cat, ctx.source_province)
    return kept


# a district's or city's place written by its initials ("Hội LHPN TP.TDM", "Thành ủy TDM")
_INITIALS_PLACE = re.compile(r"^(?P<head>.+ (?:thành phố|thị xã|huyện|quận)|(?:Thành|Thị|Huyện|Quận) ủy)"
                             r" (?P<initials>[A-ZĐ]{2,4})$")


def _local_body(cat: Catalogue, body: Body) -> Body:
    """A mass organisation written with "Việt Nam" and a bare level ("Hội CCBVN huyện"): its
    local body, named without "Việt Nam" as when the place is written ("Hội Cựu chiến binh
    huyện X"); a body whose catalogue name keeps "Việt Nam" ("Ủy ban Mặt trận Tổ quốc Việt
    Nam") keeps it."""
    if body.national or not body.name.endswith(" Việt Nam"):
        return body
    local = cat.by_key.get(skey(body.name.removesuffix(" Việt Nam")))
    return local if local is not None and not local.national \
        and local.name == body.name.removesuffix(" Việt Nam") else body


def expand_place_initials(view: TextView, chosen: list[Cand], cat: Catalogue,
                          source_province: str | None) -> None:
    """A district or city written by its initials after its level ("TP.TDM") or its Party
    committee ("Thành ủy TDM") is the one place of those initials that the paragraph names in
    full or that the paper's province (or the body's) holds ("Thủ Dầu Một" of Bình Dương); left
    as written when none or several are. Work: a match per chosen name; the gazetteer only when
    one ends with initials."""
    wanted = [(c, m) for c in chosen if (m := _INITIALS_PLACE.match(c.name)) is not None]
    if not wanted:
        return
    written = {view.text[p.start():p.end()] for p in cat.place_re.finditer(view.tn)
               if view.text[p.start()].isupper()}
    for c, m in wanted:
        provinces = set(places.covered_provinces(c.province or source_province))
        names = written | {name for name, provs in places.districts().items()
                           if provinces.intersection(provs)}
        full = {tone_normalise(n) for n in names
                if "".join(initials(n)) == m.group("initials") and " " in n}
        if len(full) == 1:
            place = full.pop()
            c.name = f"{m.group('head')} {place}"
            c.place = place


class _Unwritten:
    """Where a body of a district or commune written without its place ("UBND huyện", "Hội
    Khuyến học xã") is when no earlier text names a unit of that level: the one unit of that
    level the paragraph names later; else the one district of the paper's province named
    without its level ("tại Hiệp Đức, Hội CTĐ huyện …"); else the one unit of that level the
    page address names in its headline words ("…/can-giuoc-trao-qua-…"). Read lazily: most
    texts never ask."""

    def __init__(self, ctx: Ctx, events: list) -> None:
        self.ctx = ctx
        self.events = events
        self.cache: dict[str, Place | None] = {}

    def place(self, level: str) -> Place | None:
        if level not in self.cache:
            self.cache[level] = self._text(level) or self._bare_district(level) \
                or self._communes_district(level) or self._address(level)
        return self.cache[level]

    def _text(self, level: str) -> Place | None:
        found = {(e.place, e.province): e for _s, e in self.events
                 if isinstance(e, Place) and e.level == level and e.place}
        found.update({(e.place, e.province): Place(e.end, e.level, e.place, e.province)
                      for _s, e in self.events if isinstance(e, Cand) and e.body is None
                      and e.level == level and e.place})
        return next(iter(found.values())) if len(found) == 1 else None

    def _bare_district(self, level: str) -> Place | None:
        ctx = self.ctx
        src = ctx.source_province
        if level not in DISTRICT_LEVELS or src is None:
            return None
        covered = set(places.covered_provinces(src))
        found: set[str] = set()
        tn, text = ctx.tn, ctx.text
        for p in ctx.cat.place_re.finditer(tn):
            name = text[p.start():p.end()]
            pkey = skey(name)
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
        return Place(0, level, name, src)

    def _communes_district(self, level: str) -> Place | None:
        """The one district holding the communes the text names ("… phường Nghĩa Lộ và xã
        Nghĩa Hà … Công an thành phố": Quảng Ngãi's city), of the level asked."""
        src = self.ctx.source_province
        if level not in DISTRICT_LEVELS or src is None:
            return None
        named = [(e.level, e.place) for _s, e in self.events if isinstance(e, Place)
                 and e.level in COMMUNE_LEVELS and e.place]
        unit = places.district_of_communes(named, src) if named else None
        if unit is None or unit[0] != level:
            return None
        return Place(0, level, unit[1], src)

    def address(self, level: str) -> Place | None:
        """The unit of ``level`` the address names; for a commune's body written alone, the
        one unit of the commune tier it names (a ward's page: "Đảng ủy" is the ward's)."""
        found = self._address(level)
        if found is None and level in COMMUNE_LEVELS:
            others = [p for lv in COMMUNE_LEVELS if lv != level
                      and (p := self._address(lv)) is not None]
            found = others[0] if len(others) == 1 else None
        return found

    def _raised(self, level: str, unit_level: str, name: str) -> bool:
        """Whether the address's district ``name``, a town or city now (``unit_level``), is
        the district a body written with a lower ``level`` is of ("…/kinh-mon-…", "MTTQ
        huyện": a district when the text was written, named as written, as a district named
        bare is, placing._bare_place): the address writes it without its level or with the
        body's, and the text names no unit of the district tier."""
        return unit_level in _RAISED.get(level, ()) \
            and places.address_level_of(self.ctx.address or "", name) in (None, level) \
            and not any(isinstance(e, Place) and e.level in DISTRICT_LEVELS and e.place
                        for _s, e in self.events)

    def _address(self, level: str) -> Place | None:
        ctx = self.ctx
        if not ctx.address:
            return None
        units = places.address_units(ctx.address, ctx.source_province)
        for unit_level, name in units:
            if unit_level == level:
                return Place(0, level, name, ctx.source_province)
        districts = [(lv, name) for lv, name in units if lv in DISTRICT_LEVELS]
        if len(districts) == 1 and self._raised(level, *districts[0]):
            return Place(0, level, districts[0][1], ctx.source_province)
        if level in COMMUNE_LEVELS and ctx.source_province in places.provinces():
            # a headline naming its commune without the level word ("…/phu-nu-che-cu-nha-giup-
            # nhau-…"): a name of three syllables or more, one commune of the province's
            named = _headline_commune(ctx.address, ctx.source_province, level)
            if named is not None:
                return Place(0, level, named, ctx.source_province)
        if ctx.source_province is None and level in DISTRICT_LEVELS:
            # a page of no province (a national paper) whose headline opens with a district
            # ("…/muong-ang-ung-ho-…"): a district's body written bare is that district's
            unit = places.headline_district(ctx.address)
            if unit is not None and (unit[0] == level or self._raised(level, unit[0], unit[1])):
                return Place(0, level, unit[1], unit[2])
        return None


# a district's level and the levels it may have been raised to since (a district became a
# town, a town a provincial city): the level a text written before then gives it
_RAISED = {"huyện": ("thị xã", "thành phố"), "thị xã": ("thành phố",)}


def _headline_commune(address: str, province: str, level: str) -> str | None:
    """The one commune of ``level`` of ``province`` whose name of three syllables or more the
    address's path writes without its level word, or whose name of two opens the headline
    ("…/thanh-thuy-ra-quan-…": the subject of the headline); None when none or several are."""
    path = address.lower().split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    tokens = re.findall(r"[a-z0-9]+", path)
    communes = places._address_index(province)[1]
    found = {names[0] for i in range(len(tokens)) for k in (5, 4, 3)
             if (names := communes.get((level, "-".join(tokens[i:i + k])), ())) and len(names) == 1
             and len(tokens[i:i + k]) == k}
    headline = re.findall(r"[a-z0-9]+", path.rstrip("/").rsplit("/", 1)[-1])
    if not found and len(headline) >= 4:
        names = communes.get((level, "-".join(headline[:2])), ())
        # a district's name there is the district's ("can-duoc-…"), not its namesake commune's
        district = set(places.districts().get(names[0], ())) if len(names) == 1 else set()
        found = {names[0]} if len(names) == 1 \
            and not district & set(places.covered_provinces(province)) else set()
    return found.pop() if len(found) == 1 else None


# a level word before a district's name, or a capitalised word whose name it continues ("Trường
# THPT Hiệp Đức" names a school; "Tại Hiệp Đức" the district)
_LEVEL_BEFORE = re.compile(r"(?:tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã|TX\.?|quận|xã|phường|"
                           r"thị\s+trấn|(?<![^\W_])(?!(?:Tại|Ở|Trong|Từ|Về|Riêng|Còn)\s)"
                           r"[^\W\d_]*[A-ZĐ][^\W\d_]*)\s+$")


# a paragraph opening with the unit it is about ("Huyện Can Lộc có 20 xã …"): no space before
# its level word, which the catalogue's level pattern needs
_OPENING_LEVEL = re.compile(r"(?P<level>Huyện|Quận|Thị\s+xã|Thành\s+phố|Xã|Phường|Thị\s+trấn)(?= )")


# a unit written in brackets, as a person's or a hamlet's address ("làng Pan (xã Dun, huyện
# Chư Sê)"): no space before its level word either
_BRACKETED_LEVEL = re.compile(r"(?<=\()(?P<level>huyện|quận|thị\s+xã|thành\s+phố|TP\.?|TX\.?|xã|"
                              r"phường|thị\s+trấn)(?![^\W_])")


# a commune written with its kind between its level and its name ("xã biên giới Khổng Lào")
_QUALIFIED_LEVEL = re.compile(r"(?<![^\W_])(?P<level>xã)\s+(?:biên\s+giới|vùng\s+cao)"
                              r"(?=\s+(?P<name>[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,2}))")


def _text_places(ctx: Ctx) -> list[tuple[int, Place]]:
    """Districts and communes the text names as places ("trên địa bàn huyện Cần Giuộc"): a
    later body of that level written without its place ("Ủy ban MTTQ huyện") is theirs; a
    paragraph may open with its unit ("Huyện Can Lộc có …"), a bracket hold it ("(xã Dun,
    huyện Chư Sê)")."""
    opening = _OPENING_LEVEL.match(ctx.tn)
    matches = ([opening] if opening else []) + list(ctx.cat.level_re.finditer(ctx.tn))
    if "(" in ctx.tn:
        matches = sorted([*matches, *_BRACKETED_LEVEL.finditer(ctx.tn)], key=lambda m: m.start())
    if "biên giới" in ctx.tn or "vùng cao" in ctx.tn:
        # "xã biên giới Khổng Lào": a commune named with its kind between level and name, when
        # the name is a commune's somewhere in the country
        qualified = [m for m in _QUALIFIED_LEVEL.finditer(ctx.tn)
                     if places.is_commune_name(m.group("name"))]
        matches = sorted([*matches, *qualified], key=lambda m: m.start())
    # a city of the province named with its level ("tại TP. Sầm Sơn, UBND Thành phố …") is a
    # unit as a district is; a centrally-run city so named is a province
    return [(start, p) for start, _level, p
            in named_units(ctx.view, ctx.cat, ctx.source_province, matches, _UNIT_LEVELS)
            if p.level != "thành phố" or p.place not in places.cities()]


_UNIT_LEVELS = LOCAL_LEVELS | {"thành phố"}


_TRAILING_DOTS = ("…", "...", "..")


def _joint_key(short: str) -> str:
    """A short form with the spaces around its dashes and ampersands dropped and an en dash
    read as a hyphen ("VH - XH&DT", "NN & PTNT" -> "VH-XH&DT", "NN&PTNT")."""
    return re.sub(r"\s*([-–&])\s*", lambda m: "-" if m.group(1) == "–" else m.group(1), short)


def _short_form_re(short: str) -> str:
    # a dash or an ampersand between initials, written with or without spaces ("TT-TH",
    # "TT - TH", "VH-XH & DT"; names are read with their dashes spaced), and never one piece of a
    # longer joined form ("TT-TH" is not read inside "VH-TT-TH")
    form = r"\s*[-–]\s*".join(r"\s*&\s*".join(re.escape(part) for part in piece.split("&"))
                              for piece in short.split("-"))
    if form == re.escape(short):
        return form
    return r"(?<![-–&])(?<![-–&]\s)" + form + r"(?!\s*[-–&]\s*[^\W\d_])"


@cache
def _abbreviations() -> tuple[re.Pattern, dict[str, str]]:
    table = load("organisations").get("names", {}).get("abbreviations", {})
    if not table:
        return re.compile(r"(?!x)x"), {}
    joined = {_joint_key(k): v for k, v in table.items()}
    return re.compile(r"(?<![^\W_])(?:" + "|".join(
        _short_form_re(k) for k in sorted(joined, key=len, reverse=True)) + r")(?![^\W_])"), joined


def expand_abbreviations(name: str) -> str:
    """A name read from the text with the press's short forms of its words spelt out ("Ban
    Quản lý các KCN tỉnh" is "Ban Quản lý các khu công nghiệp tỉnh", "… bảo vệ ANTQ …" "…
    bảo vệ an ninh Tổ quốc …", "Đài TT-TH huyện" "Đài Truyền thanh - Truyền hình huyện"):
    ``[names] abbreviations`` of organisations.toml, a dash or an ampersand inside a short form
    written with or without spaces."""
    pattern, table = _abbreviations()
    name = pattern.sub(lambda m: table[_joint_key(m.group(0))], name) if table else name
    # the youth federation's secretariat is its committee's ("Ban Thư ký Hội LHTN tỉnh" is
    # "Ban Thư ký Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh X"; a students' association has
    # its own: "Ban Thư ký Hội Sinh viên …")
    if name.startswith(_YOUTH_SECRETARIAT):
        name = "Ban Thư ký Ủy ban " + name.removeprefix("Ban Thư ký ")
    return _AMPERSAND.sub(_and, name) if " & " in name else name


_YOUTH_SECRETARIAT = "Ban Thư ký Hội Liên hiệp Thanh niên"


# "&" between two words of a name ("Trung tâm Hội nghị & Triển lãm tỉnh"): spelt "và", as a
# name's own fields are joined; between initials ("NN & PTNT") it stays (the catalogue reads them)
_AMPERSAND = re.compile(r"(?P<a>[^\W\d_]+) & (?P<b>[^\W\d_]+)")


def _and(m: re.Match) -> str:
    words_ok = not m.group("a").isupper() and not m.group("b").isupper()
    return f"{m.group('a')} và {m.group('b')}" if words_ok else m.group(0)


# "các cấp Hội Nông dân tỉnh", "cấp ủy, chính quyền các cấp": every level's bodies, no one body
# ("cán bộ cao cấp Quân đội": a rank, no level)
GROUPING = re.compile(r"(?<![^\W_])(?:(?:các\s+)?(?<!cao\s)cấp|các\s+(?:ban|sở|phòng|hội))\s+$",
                      _I)
# a plural right before a head written in lower case ("đại diện các tạp chí miền Trung"): a
# kind of body, no one body; "các Hội Người cao tuổi xã A, B" names each commune's, and schools
# after "các trường" are named each (pass_institutions); a place read as one of a list's bodies
# ("… BCĐ thị xã A, các huyện B, C") is the body there
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những)\s+$", _I)
_LIST_PLACE = re.compile(r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|trường)\s",
                         _I)
# the grassroots units of a union written before it in lower case ("các cơ sở đoàn huyện A")
_BASES_BEFORE = re.compile(r"(?<![^\W_])cơ\s+sở\s+$", _I)
_COUNT_BEFORE = re.compile(r"(?<![^\W_])(?<!tháng\s)(?<!ngày\s)(?<!năm\s)(?<!số\s)(?<!lần\s)"
                           r"(?<![\d.,/:])\d{1,3}\s+$", _I)
_COMMITTEES_OF = re.compile(r"(?<![^\W_])các\s+ban\s+$", _I)
# a committee named by its level word alone, no place written ("Tỉnh Đoàn", "Huyện ủy"): after
# a plural, the committees of every such unit
_LEVEL_COMMITTEE = re.compile(r"(?:tỉnh|thành|huyện|quận|thị|xã|phường)\s+(?:ủy|uỷ|đoàn)", _I)


# a body read with a level but no place after it ("Hội LHPN cấp tỉnh có thể …", "Hội Chữ thập
# đỏ hai cấp tỉnh và huyện"): that organisation at every unit of the level, no one body (as a
# placeless body before "cấp tỉnh", LEVELS_AFTER); "Trung cấp", "cao cấp" are words of a name
_LEVEL_ENDS_NAME = re.compile(
    r"(?<![Tt]rung)(?<![Cc]ao)\s+(?:(?:hai|ba|bốn|các|\d+)\s+)?cấp\s+(?:cơ\s+sở|tỉnh|thành\s+phố|"
    r"huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|thôn|[Tt]rung\s+ương)$")


# a count, a kind of unit in lower case and their bare names ("thuộc 4 đồn biên phòng A, B, C,
# D"): a grouping of listed units under one head (GUIDE), no body of the first name alone;
# schools so counted are named each (pass_institutions, as the labels read them)
_COUNT_BEFORE = re.compile(r"(?<![^\W_])(?<!thứ )(?:[2-9]|[1-9]\d|hai|ba|bốn|sáu|bảy|tám|chín|"
                           r"mười)\s+$", _I)
# the next item a bare name: not another body's head or initials ("2 đồn biên phòng A và UBND
# xã B" names one post)
_BARE_NAME_AFTER = re.compile(
    r"\s*(?:,|\s+và)\s+(?!(?:Hội|Ủy|Uỷ|Ban|Sở|Phòng|Công|Trường|Đoàn|Đồn|Bộ|Chi|Huyện|Tỉnh|"
    r"Thành|Đảng|Trung|Bệnh|Ngân|Viện|Cục|Tổng|Liên|Quỹ|Đài|Báo)\s|[A-ZĐ]{2,}(?![^\W\d_]))[A-ZĐ]")


def _counted_units(tn: str, c: Cand) -> bool:
    if not tn[c.start:c.start + 1].islower() or tn.startswith("trường", c.start):
        return False
    if _COUNT_BEFORE.search(tn, max(0, c.start - 12), c.start) is None:
        return False
    after = _BARE_NAME_AFTER.match(tn, c.end)
    head = tn[c.start:c.end].split()[0]
    return after is not None and not tn.startswith(head.capitalize(), after.end() - 1) \
        and not tn.startswith(head, after.end() - 1)


def grouped(tn: str, c: Cand) -> bool:
    """A body after a grouping word ("các cấp Hội …", "các Hội Người cao tuổi xã …") is no one
    body; but a council after its committees ("lãnh đạo các ban HĐND tỉnh") is named as their
    parent and counts, as "các ban của HĐND tỉnh" does. Nor is a body read with a level word
    and no place ("Hội LHPN cấp tỉnh"), a head in lower case after a plural ("các tạp chí …")
    or units counted and listed under one head ("4 đồn biên phòng A, B, C, D"); nor a committee
    named by its level word alone after a plural ("các Huyện ủy, Thị ủy")."""
    if _LEVEL_ENDS_NAME.search(tn, c.start, c.end) or _counted_units(tn, c):
        return True
    before = max(0, c.start - 12)
    if (tn[c.start:c.start + 1].islower() and not _LIST_PLACE.match(tn, c.start)
            or _LEVEL_COMMITTEE.fullmatch(tn, c.start, c.end)) \
            and _PLURAL_BEFORE.search(tn, before, c.start) is not None:
        return True  # "các tạp chí …", "các Huyện ủy, Thị ủy": kinds, no one body
    if tn[c.start:c.start + 1].islower() and (
            _BASES_BEFORE.search(tn, before, c.start)
            or (_COUNT_BEFORE.search(tn, before, c.start) and tn[c.start:c.end].islower())):
        # "các cơ sở đoàn huyện A": the district's grassroots unions; "tặng 2 liên đội nhà
        # trường": units counted, no name written (no one body; "2 trường THCS A và B" are
        # named each)
        return True
    if GROUPING.search(tn, before, c.start) is None:
        return False
    return not (c.name.startswith("Hội đồng nhân dân ")
                and _COMMITTEES_OF.search(tn, before, c.start) is not None)
# a body without a place followed by its levels ("Đại hội Hội LHTN Việt Nam cấp cơ sở", "Hội
# Nông dân các cấp", "đại hội điểm MTTQ Việt Nam cấp xã", also in brackets: "trực thuộc Mặt trận
# Tổ quốc Việt Nam (cấp tỉnh, cấp xã)", "… Việt Nam các tỉnh"), also after a board's number
# ("Ban Chỉ đạo (BCĐ) 799 các cấp"): the association's branches at those levels, no one body
LEVELS_AFTER = re.compile(
    r"\s+(?:\d+\s+(?=(?:các\s+)?cấp\s))?"
    r"\(?(?:các\s+cấp|cấp\s+(?:cơ\s+sở|tỉnh|huyện|xã|thôn|tổ|trên|dưới)|"
    # its committees in the provinces ("Ủy ban Đoàn kết Công giáo Việt Nam các tỉnh, thành phố")
    r"các\s+(?:tỉnh|thành\s+phố|huyện|quận|xã|phường|địa\s+phương))(?![^\W_])", _I)
# deputies of a council ("các vị đại biểu HĐND tỉnh", "ứng cử đại biểu HĐND xã") are people, as a
# "đại biểu Quốc hội" is; a council's group of deputies ("Tổ đại biểu HĐND tỉnh", "Đoàn đại
# biểu HĐND") names the council
_DEPUTIES_BEFORE = re.compile(r"(?<![Tt]ổ )(?<![Đđ]oàn )(?<![^\W_])[Đđ]ại\s+biểu\s+$")
# a common family name right before a body's head: the head is a person's given name ("Phó
# Chủ tịch HĐND tỉnh Nguyễn Đài Thy đề nghị …" is no "Đài")
_FAMILY_NAME_BEFORE = re.compile(r"(?<![^\W_])(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|"
                                 r"Đặng|Bùi|Đỗ|Ngô|Đinh|Trịnh) $")


# an outlet's own dateline tag, its site's name before a dash ("VOV.VN - Sáng 11/2, …"): no
# mention of a body (GUIDE), unlike a credit ("TTXVN/VietnamPlus.vn 22/9")
_SITE_TAG = re.compile(r"\.(?:VN|vn|Vn)\s*[-–—]\s")


# a body's initials inside a document's number ("Nghị quyết 10/2016/NQ-HĐND tỉnh", "Kế hoạch số
# 77/KH-UBND"): the issuer's code, not a mention
_DOCUMENT_CODE = re.compile(r"\d/(?:[A-ZĐ]{1,6}-)+$")
# a wartime base or relic named after a body is a place (GUIDE: grounds named as a place)
_HISTORIC_SITE = re.compile(r"(?<![^\W_])(?:[Cc]ăn\s+cứ|[Dd]i\s+tích)\s+$")


def not_a_body(text: str, c: Cand) -> bool:
    """A reading that names no body: a council's deputies, a person's name whose given name is
    a body's head word, an outlet's dateline tag, the issuer's code in a document number, a
    historic site named after a body."""
    if _SITE_TAG.match(text, c.end):
        return True
    if _DOCUMENT_CODE.search(text, max(0, c.start - 16), c.start):
        return True
    if _HISTORIC_SITE.search(text, max(0, c.start - 16), c.start):
        return True  # "Khu Căn cứ Tỉnh ủy Sóc Trăng": a historic site named after the body
    if c.name.startswith("Hội đồng nhân dân") \
            and _DEPUTIES_BEFORE.search(text, max(0, c.start - 16), c.start):
        return True
    if text.startswith("Quân khu", c.start) and _region_as_territory(text, c.start):
        return True  # "các tỉnh thuộc Quân khu 7": the provinces' territory (GUIDE: a place)
    if c.name.startswith("Câu lạc bộ") and c.start > 0 and text[c.start - 1] in "“\"" \
            and text[c.end:c.end + 1] in ("”", "\"") \
            and "mô hình" in text[max(0, c.start - 300):c.start]:
        return True  # a model named as a quoted club in a list of models (GUIDE: no body)
    return bool(_FAMILY_NAME_BEFORE.search(text, max(0, c.start - 8), c.start))


# a military region named as the land of the units written before it ("các tỉnh thuộc Quân khu 7,
# Quân khu 9", "trên địa bàn Quân khu 4"): a territory, no command (GUIDE, batches 33-36)
_TERRITORY_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?:các\s+)?(?:tỉnh|tỉnh,\s*thành(?:\s+phố)?|thành\s+phố|huyện|địa\s+phương)"
    r"\s+(?:thuộc|trong)|địa\s+bàn)\s+$", _I)
_REGION_LISTED_BEFORE = re.compile(r"Quân\s+khu\s+[\dIVX]+\s*(?:,|\s+và)\s+$")


def _region_as_territory(text: str, start: int) -> bool:
    """Whether the military region at ``start`` (or the list of regions it closes) is written
    after the units it is the land of (``_TERRITORY_BEFORE``)."""
    for _ in range(4):
        listed = _REGION_LISTED_BEFORE.search(text, max(0, start - 24), start)
        if listed is None:
            break
        start = listed.start()
    return _TERRITORY_BEFORE.search(text, max(0, start - 40), start) is not None


# a body named in a law's title ("Luật Tổ chức Chính phủ", "Luật Công an nhân dân"): the law
LAW_TITLE = re.compile(r"(?<![^\W_])Luật(?:\s+[Tt]ổ\s+chức)?\s+$")


_LOCAL_LEVELS = frozenset(("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường",
                           "thị trấn"))


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]")


def in_title(text: str, c: Cand) -> bool:
    """A catalogue body inside a quoted title (“Tìm hiểu 80 năm Quân đội nhân dân Việt Nam”,
    “Đường dây nóng Trưởng Công an xã”) is a word of the title, not a mention of the body:
    the last curly quote before it opens and the next one after it closes (curly, or straight
    as typed: “… xã"; a title typed in straight quotes only opens with the odd one of its line,
    not after a colon: words said),
    with words of the title around the body."""
    if c.place and c.level in _LOCAL_LEVELS:
        # a province's or district's body written with its place inside a quoted movement or
        # resolution title (“… theo Nghị quyết Đại hội Hội LHPN tỉnh Bắc Giang …”) is that
        # body: only the national bodies and bare words are words of a title
        return False
    opened = text.rfind("“", 0, c.start)
    if opened < 0 or max(text.rfind("”", 0, c.start), text.rfind('"', opened, c.start)) > opened:
        # typed straight quotes only: inside when an odd number of them open before it on its line
        line = text.rfind("\n", 0, c.start) + 1
        if text.count('"', line, c.start) % 2 == 0 or "“" in text[line:c.start] or "”" in text[line:c.start]:
            return False
        opened = text.rfind('"', 0, c.start)
        if text[max(0, opened - 3):opened].rstrip().endswith(":"):
            return False  # "… cho biết: "…"": someone's words, not a title
    ends = [i for i in (text.find("”", c.end), text.find('"', c.end)) if i >= 0]
    closed = min(ends) if ends else -1
    if closed < 0 or "“" in text[c.end:closed] or "\n" in text[opened:closed] \
            or _SENTENCE_BREAK.search(text, opened, closed):
        # a quoted passage of sentences is someone's words ("… cho biết: “Các hội viên …
        # Chúng tôi sẽ …”"), not a title: the bodies it names are mentions
        return False
    return bool(text[opened + 1:c.start].strip() or text[c.end:closed].strip())


def trim_trailing_dots(text: str, chosen: list[Cand]) -> None:
    """A name read up to an ellipsis ("Đồn Biên phòng Dào San… dự") ends before it: the dots
    close a list, they are no part of the body's name."""
    for c in chosen:
        for dots in _TRAILING_DOTS:
            if text.endswith(dots, c.start, c.end) and c.end - len(dots) > c.start:
                c.end -= len(dots)
                c.name = c.name.removesuffix(dots).rstrip()
                break


@cache
def _renamed() -> tuple[tuple[str, str, date], ...]:
    """(name, new name, since) of the bodies a reorganisation renamed: ``renamed`` of a
    ``[[body]]`` in organisations.toml."""
    out = []
    for b in load("organisations").get("body", []):
        for since, new in b.get("renamed", {}).items():
            out.append((b["name"], new, date.fromisoformat(since)))
    return tuple(out)


def rename_by_date(chosen: list[Cand], published: date | None, text: str = "") -> None:
    """Names follow the date of the article: a body renamed by a reorganisation takes its new
    name in an article published since ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị" in 2026
    is "Ban Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"); an undated article keeps the name
    written, unless it writes the new name itself: then its other mentions of that body that
    do not write the old head ("Bộ đội Biên phòng (BĐBP) tỉnh Tây Ninh" beside "Ban Chỉ huy BĐBP
    tỉnh Tây Ninh") are of the new date too. In a dated article a body named after the renamed
    one ("Đảng ủy Bộ Chỉ huy …") takes the new name inside its own."""
    for old, new, since in _renamed():
        if published is not None and published < since:
            continue
        old_head = " ".join(old.split()[:2]).lower()
        if published is None and not any(
                c.name.startswith(new + " ") and text[c.start:c.end].lower().startswith(
                    " ".join(new.split()[:2]).lower()) for c in chosen):
            continue
        for c in chosen:
            if c.name.startswith(old + " ") and (
                    published is not None
                    or not text[c.start:c.end].lower().startswith(old_head)):
                c.name = new + c.name[len(old):]
            elif published is not None and f" {old} " in c.name:
                # its Party committee or organs named after it ("Đảng ủy Bộ Chỉ huy … tỉnh X")
                # take the new name too
                c.name = c.name.replace(f" {old} ", f" {new} ", 1)


_ACRONYM = re.compile(r"(?<![^\W_])[A-ZĐ]{2,}(?![^\W_])")
_OPENS_BRACKET = re.compile(r"\s*\(")
# the acronym pass_wire_tags gives the news agency read from a reprint's opening tag
WIRE_TAG = "TTXVN"
_STAMP = re.compile(r"\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+")
_TAG_CLOSE = re.compile(r"\)\s*[-–—]\s")
# an outlet's name opening its own lead, then a dash or the dateline: the tag (GUIDE), no mention
_DATELINE_AFTER = re.compile(r"\)?\s*[-–—]\s+(?=[A-ZĐ\d])(?!Cơ\s+quan|Tờ\s+báo)"
                             r"|\)?\s+(?:Ngày|Sáng|Chiều|Tối|Trưa|Hôm)\s+(?:nay|qua|\d)")


def drop_bracketed_repeats(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """A body's short form in brackets after its name in the same sentence ("Cơ quan Thường
    trú khu vực miền Trung - Đài Tiếng nói Việt Nam (VOV Miền Trung)", "Đài Tiếng nói nhân dân
    thành phố Hồ Chí Minh … Phòng Công tác xã hội và Bạn nghe Đài (VOH)") defines it: one
    mention, not two. An outlet's tag opening the paragraph ("(VOH) – Tại …") is no mention."""
    text = view.text
    # a page's metadata stamp opening the line (" date 2021-09 (Báo X)- …", GUIDE): the tag
    # after it opens the text as well
    stamp = _STAMP.match(text)
    lead = stamp.end() if stamp is not None else 0
    out: list[Cand] = []
    for c in chosen:
        bracketed = text[c.start - 1:c.start] == "(" and text[c.end:c.end + 1] == ")"
        if bracketed and c.start - lead <= 2 and _TAG_CLOSE.match(text, c.end) \
                and c.acronym != WIRE_TAG:
            continue  # an outlet's own tag; the news agency's opens a reprint (pass_wire_tags)
        if c.start - lead <= 1 and c.kind == "báo chí" and _DATELINE_AFTER.match(text, c.end) \
                and c.acronym != WIRE_TAG:
            continue  # "Báo Cà Mau - Ngày 3/2, …", "(Báo X) Sáng 5/3 …": the outlet's tag
        if bracketed and out and " " not in text[c.start:c.end] \
                and _OPENS_BRACKET.fullmatch(text, out[-1].end, c.start) and c.province is None \
                and (_ACRONYM.fullmatch(text, c.start, c.end) or c.name != out[-1].name):
            # one word in brackets right after a body names that body ("Công đoàn Than -
            # Khoáng sản Việt Nam (TKV)": the union's short form, not the group it abbreviates)
            continue
        # a short form with initials, not the parent named again in brackets; or one word, a
        # brand, right after the body ("Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)")
        if bracketed and any(
                skey(o.name) == skey(c.name) and o.end - o.start > c.end - c.start
                and view.sentence_of(o.start) == view.sentence_of(c.start)
                and (_ACRONYM.search(text, c.start, c.end) is not None
                     or (" " not in text[c.start:c.end] and c.start - 3 <= o.end))
                for o in out):
            continue
        out.append(c)
    return out


_QUOTE = re.compile(r"\s*[“\"]")
_NOT_SHORT_END = re.compile(r"\s*[“\"]|\s+(?-i:[A-ZĐ])|\s+(?:tỉnh|huyện|xã|phường|thành\s+phố)(?![^\W_])",
                            _I)


def shortened_repeats(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """A body named after a quoted programme, written again later without the quote ("Ban chỉ
    đạo cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh Thanh Hóa … thành viên
    Ban chỉ đạo cuộc vận động"): the same body. The words before the quote (three or more) are
    the short form; one followed by a quote, a capitalised word or a level is another body."""
    text, tn = view.text, view.tn
    added: list[Cand] = []
    for c in chosen:
        q = _QUOTE.search(text, c.start, c.end)
        short = tn[c.start:q.start()] if q is not None else ""
        if len(short.split()) < 3:
            continue
        pattern = re.compile(r"(?<![^\W_])" + re.escape(short) + r"(?![^\W_])", _I)
        for m in pattern.finditer(tn, c.end):
            if _NOT_SHORT_END.match(tn, m.end()) or any(
                    o.start < m.end() and m.start() < o.end for o in chosen + added):
                continue
            added.append(Cand(m.start(), m.end(), c.name, c.acronym, c.province, c.kind,
                              c.priority, known=c.known))
    return sorted(chosen + added, key=lambda c: c.start) if added else chosen


_SECRETARIAT = "Ban Bí thư Trung ương Đảng"
_GENERAL_BEFORE = re.compile(r"(?<![^\W_])(?:Tổng|TỔNG)\s+$")


def general_secretaries(text: str, chosen: list[Cand]) -> None:
    """"Bí thư Trung ương Đảng" as a title is a member of the Secretariat (the catalogue reads it
    so, GUIDE); after "Tổng" it is the General Secretary's title, whose body is the Central
    Committee ("Tổng Bí thư Trung ương Đảng" → "Trung ương Đảng")."""
    for c in chosen:
        if c.name != _SECRETARIAT or not text.startswith("Bí thư", c.start):
            continue
        if _GENERAL_BEFORE.search(text, max(0, c.start - 8), c.start):
            c.start += len("Bí thư ")
            c.name = "Ban Chấp hành Trung ương Đảng"


_YOUTH_CENTRE = frozenset({"Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                           "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"})
_UNION_SECRETARIAT = "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
_YOUTH_SECRETARY_BEFORE = re.compile(
    r"(?<![^\W_])(?<!Phó )(?<!phó )(?<!Ban )(?<!ban )[Bb]í\s+thư(?:\s+thứ\s+nhất|\s+[Tt]hường\s+trực)?\s+$")


def youth_secretaries(text: str, chosen: list[Cand]) -> None:
    """"Bí thư (thứ nhất | thường trực) (BCH) Trung ương Đoàn" before a name is the title of a
    member of the Youth Union's Secretariat, as "Bí thư Trung ương Đảng" is of the Party's: one
    mention from "Bí thư" (GUIDE, settled with the labels of eight paragraphs)."""
    for c in chosen:
        if c.name not in _YOUTH_CENTRE:
            continue
        m = _YOUTH_SECRETARY_BEFORE.search(text, max(0, c.start - 30), c.start)
        if m is None or any(o is not c and o.start < c.start and o.end > m.start()
                            for o in chosen):
            continue
        c.start = m.start()
        c.name = _UNION_SECRETARIAT


# a Party committee written bare after a member's title ("Phó Bí thư thường trực Đảng ủy;",
# "lãnh đạo đảng uỷ"): no level, no place, nothing of a body after it
_BARE_PARTY_COMMITTEE = re.compile(
    r"(?<![^\W_])[Đđ]ảng\s+(?:ủy|uỷ)(?![^\W_])(?!\s*[(]|\s+(?:xã|phường|thị\s+trấn|huyện|quận|"
    r"thị\s+xã|thành\s+phố|tỉnh|các|cấp|viên|khối|cơ\s+sở|bộ|[A-ZĐ0-9])(?![^\W_]))")
_MEMBER_TITLE_BEFORE = re.compile(r"(?<![^\W_])(?:[Bb]í\s+thư(?:\s+[Tt]hường\s+trực)?|"
                                  r"[Tt]hường\s+trực|[Tt]hường\s+vụ|[ỦUuủ][ỷy]\s+viên|"
                                  r"[Ll]ãnh\s+đạo|[Đđ]ại\s+diện)\s+$")
_OF_COMMUNE = re.compile(r" (?P<level>xã|phường|thị trấn) (?P<place>[^\W\d_][\w ]*|\d{1,2})$")
_COMMITTEES_ABOVE = re.compile(r"^(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy ")


def bare_commune_committees(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """A Party committee written bare after a member's title ("Phó bí thư thường trực đảng
    uỷ") in a paragraph whose local bodies are all of one commune or ward and that names no
    higher committee: that commune's Party committee (a bare level takes its unit, GUIDE)."""
    text = view.text
    if "ảng ủy" not in text and "ảng uỷ" not in text:
        return chosen
    communes = {(m.group("level"), m.group("place")) for c in chosen
                if (m := _OF_COMMUNE.search(c.name))}
    if len(communes) != 1 or any(_COMMITTEES_ABOVE.match(c.name) for c in chosen):
        return chosen
    level, place = communes.pop()
    model = next(c for c in chosen if _OF_COMMUNE.search(c.name))
    added = [Cand(m.start(), m.end(), f"Đảng ủy {level} {place}", None, model.province, "đảng",
                  1) for m in _BARE_PARTY_COMMITTEE.finditer(text)
             if _MEMBER_TITLE_BEFORE.search(text, max(0, m.start() - 24), m.start())
             and not any(c.start < m.end() and m.start() < c.end for c in chosen)]
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen
