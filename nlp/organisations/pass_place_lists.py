"""Pass: one body written once for several places. The places listed right after a body, each
written with its level ("Ủy ban MTTQ tỉnh, huyện A và xã B"; "Hội LHPN tỉnh, huyện A"), a
plural level and its names ("…, các huyện A, B, C"), or numbered urban districts ("…, Quận 5,
6, 7") stand each for the same body at that place (GUIDE: a level and place written once after
a list applies to each body; here one body and a list of places).

Only a list that continues the body's own name counts: its places come right after the body,
joined by a comma or "và", of the body's level or a lower one (levels going down: "UBND xã A,
huyện B" is the commune's address, no district's body; and down only after a body whose level
is written bare, "Hội LHPN tỉnh, huyện A", or after a list of bodies: after "UBND tỉnh A, huyện
B" the district is where the province's body acts), each ending the list or followed by
the next item. What stops it: a level without a name ("Hội LHPN tỉnh, các huyện, thị xã"), a
place that is the start of another reading (a body of its own), a capitalised word going on
after the place, a number followed by a measure ("phường 5, 6 tháng …"). A body inside a
person's title ("Chủ tịch UBND huyện A, xã B") lists the person's offices, not bodies. In a
list of bodies of one place ("LĐLĐ Thành phố, Công đoàn Viên chức Thành phố, Quận 5, 6") the
bare places take the body that opens the list; when that one is no body of a level and place
("Huyện ủy, UBND huyện A, xã B": the commune's leaders), none. A steering board written bare
at a place after the paragraph's one board named with its task ("BCĐ Hiến máu tình nguyện tỉnh
phối hợp BCĐ thị xã A, các huyện B, C") is that board there, and so are its listed places. A
catalogue body written without its place and followed by its places in brackets ("3 Hội Nông
dân (xã A, xã B và xã C)") is the body of each (a numbered ward takes its district from
``wards``). After a neighbouring country's unit the names listed bare are units of its level ("Ủy ban chính quyền
tỉnh Salavan, Champasak và Sekong"; not a province of ours, nor a person). A catalogue body
written without its place before a count of districts and the districts named after "gồm"
("UBMTTQ 4 huyện, thành phố …, gồm A, B và thành phố C") is the body of each, the name its
mention (every item a district of the paper's province). Gated on a comma or "và" in the text; work
proportional to the candidates."""

from __future__ import annotations

import re

from baochi.nlp import places
from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.placing import Place, bare_district, level_place, read_place
from baochi.nlp.organisations.resolver import FOREIGN, canonical
from baochi.nlp.organisations.words import skey

_I = re.IGNORECASE

# a comma or "và" between two items (the space before the next item is left for the level)
_SEP = re.compile(r"\s*,(?=\s)|\s+và(?=\s)")
# the separator between two bodies of a list (to find the body that opens it)
_BODY_SEP = re.compile(r"\s*,\s*|\s+và\s+")
_PLURAL = re.compile(r"\s+các(?=\s)", _I)
# a bare number of an urban district or ward after a numbered one ("Quận 5, 6, 7")
_NUMBER = re.compile(r"\s+(\d{1,2})(?![\d/.,:\-]?\d)(?![^\W_])")
_MEASURE = re.compile(r"\s+(?:tháng|năm|ngày|tuần|giờ|phút|người|hộ|lần|km|ha|m|tỷ|triệu|nghìn|"
                      r"ngàn|đồng|đ|%|cái|con|căn|suất|phần|xã|phường|thôn|ấp|khu)"
                      r"(?![^\W_])", _I)
# what may follow the last place of a list: punctuation, the end, or a lower-case word (a verb:
# "… xã B khởi công"; "… huyện A bàn giao")
_END = re.compile(r"\s*(?:[,;:.!?)\]]|[-–]\s|$)|\s+(?-i:[a-zđà-ỹ])", _I)
# a title before the body: the offices of a person, not bodies ("Chủ tịch UBND huyện A, xã B")
_TITLE_BEFORE = re.compile(
    r"(?:Chủ\s+tịch|Bí\s+thư|Trưởng(?:\s+ban)?|Phó|Giám\s+đốc|Chủ\s+nhiệm|Chánh|Ủy\s+viên|"
    r"Thường\s+trực|đồng\s+chí|ông|bà|anh|chị|lãnh\s+đạo\s+các)\s+$", _I)
# a head that a province has and its districts and communes have not ("Sở Y tế tỉnh, huyện A"
# names the district's office by another head: "Phòng Y tế")
_PROVINCE_ONLY = re.compile(r"(?:Sở|Bộ|Tỉnh|Thành)\s", _I)

_RANK = {"tỉnh": 0, "huyện": 1, "quận": 1, "thị xã": 1, "thành phố": 1,
         "xã": 2, "phường": 2, "thị trấn": 2}


def _rank(level: str | None, place: str | None) -> int | None:
    if level == "thành phố" and place and (place in places.cities()
                                           or f"Thành phố {place}" in places.cities()):
        return 0  # a centrally-run city is a province's level
    return _RANK.get(level or "")


def _prefix(c: Cand) -> str | None:
    """The body's name without its level and place ("Hội Liên hiệp Phụ nữ" of "… tỉnh X")."""
    if not c.level or not c.place:
        return None
    tail = f" {c.level} {c.place}"
    if not c.name.lower().endswith(tail.lower()):
        return None
    prefix = c.name[:-len(tail)].strip()
    return prefix if prefix and not _PROVINCE_ONLY.match(prefix + " ") else None


def _named(ctx: Ctx, prefix: str, place: Place) -> tuple[str, str | None]:
    body = ctx.cat.by_key.get(skey(prefix))
    if isinstance(body, Body) and not body.national and not body.committee_level:
        named = canonical(body, place, ctx.source_province)
        if named is not None:
            return named
    return f"{prefix} {place.level} {place.place}", place.province


def _opener(ctx: Ctx, c: Cand) -> Cand:
    """The body that opens the list of bodies ``c`` ends (``c`` itself when none comes before)."""
    first = c
    for _ in range(8):
        before = [o for o in ctx.cands if o.priority >= 1 and o.end < first.start
                  and _BODY_SEP.fullmatch(ctx.tn, o.end, first.start)]
        if not before:
            break
        first = min(before, key=lambda o: o.start)
    return first


def _taken(ctx: Ctx, start: int, end: int) -> bool:
    """Whether another reading starts inside the item (a body of its own: "huyện Đoàn …")."""
    return any(o.priority >= 1 and start <= o.start < end for o in ctx.cands)


def _item(ctx: Ctx, at: int, plural: str | None, numbered: str | None, districts: bool = False
          ) -> tuple[int, Place, str | None] | None:
    """The place listed at ``at`` (after a separator): its start, the place and the plural level
    the next bare names take ("các huyện A, B")."""
    tn, view = ctx.tn, ctx.view
    many = _PLURAL.match(tn, at)
    if many:
        p = read_place(view, many.end(), ctx.cat, ctx.source_province, False)
        if p is None or p.level is None or not p.place or p.end <= many.end():
            return None  # "các huyện, thị xã": no place named
        return many.end() + 1, p, p.level
    n = _NUMBER.match(tn, at)
    if n is not None and numbered:
        if _MEASURE.match(tn, n.end()):
            return None
        return n.start(1), Place(n.end(), numbered, n.group(1), ctx.source_province), None
    if ctx.cat.level_re.match(tn, at):
        p = read_place(view, at, ctx.cat, ctx.source_province, False)
        if p is None or not p.place or p.end <= at:
            return None
        return at + 1, p, None
    if plural and tn[at:at + 1] == " ":
        p = level_place(view, at, plural, ctx.cat, ctx.source_province)
        return (at + 1, p, plural) if p is not None and p.place else None
    if districts:
        # "HND huyện A, B và C": the names after a district's body are districts of the paper's
        # province, each the same body there
        p = bare_district(view, at, ctx.cat, ctx.source_province)
        return (at + 1, p, None) if p is not None else None
    return None


def _items(ctx: Ctx, pos: int, rank: int, down: bool, bare: str | None = None,
           numbered: str | None = None, districts: bool = False) -> list[tuple[int, Place]]:
    """The places listed from ``pos`` (a separator's start): (start, place) each, or none when
    the list does not end as a list of places does; ``down``: its levels may go down; ``bare``:
    the level of the names listed bare (a foreign province's: "tỉnh Salavan và Champasak");
    ``numbered``: the level of the numbers listed bare ("UBND phường 5, 6 và 7")."""
    tn = ctx.tn
    found: list[tuple[int, Place]] = []
    plural = bare  # the level of "các huyện A, B": the bare names after it
    while (sep := _SEP.match(tn, pos)) is not None:
        item = _item(ctx, sep.end(), plural, numbered, districts)
        if item is None:
            break
        start, place, plural = item
        r = _rank(place.level, place.place)
        if r is None or r < rank or (r > rank and not down) or _taken(ctx, start, place.end):
            break
        rank = r
        numbered = place.level if place.place and place.place.isdigit() else None
        found.append((start, place))
        pos = place.end
    if found and (_SEP.match(tn, pos) or _END.match(tn, pos)) \
            and not (pos < len(tn) and tn[pos:pos + 1] == " " and tn[pos + 1:pos + 2].isupper()):
        return found
    return []


# a steering board written bare at a place ("BCĐ thị xã A", "Ban Chỉ đạo huyện B")
_BARE_BOARD = re.compile(r"(?<![^\W_])(?:BCĐ|Ban\s+[Cc]hỉ\s+đạo)(?=\s+(?:tỉnh|thành\s+phố|TP|huyện|"
                         r"thị\s+xã|TX|quận|xã|phường|thị\s+trấn)(?![^\W_]))")
_BOARD = "Ban Chỉ đạo "


def _bare_boards(ctx: Ctx, done: set[int]) -> None:
    """A steering board written bare at a place after the paragraph's one board named with its
    task ("BCĐ Hiến máu tình nguyện tỉnh X phối hợp BCĐ thị xã A, các huyện B, C") is that
    board at that place, as are the places listed after it."""
    text = ctx.text
    for m in _BARE_BOARD.finditer(text):
        full = {p for o in ctx.cands if o.end <= m.start() and o.priority >= 1
                and (p := _prefix(o)) is not None and p.startswith(_BOARD)}
        if len(full) != 1:
            continue  # none, or two boards of different tasks: which one is not said
        prefix = full.pop()
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province, False)
        if place is None or not place.place or _TITLE_BEFORE.search(text, max(0, m.start() - 24),
                                                                     m.start()):
            continue
        rank = _rank(place.level, place.place)
        if rank is None or _END.match(ctx.tn, place.end) is None \
                and _SEP.match(ctx.tn, place.end) is None:
            continue
        ctx.add(m.start(), place.end, f"{prefix} {place.level} {place.place}", None,
                place.province, None, 2, place=place, known=False)
        done.add(place.end)
        for start, item in _items(ctx, place.end, rank, False):
            done.add(item.end)
            ctx.add(start, item.end, f"{prefix} {item.level} {item.place}", None, item.province,
                    None, 2, place=item, known=False)


# a body written without its place, then its places in brackets ("2 Hội Khuyến học cơ sở
# (phường 3 và phường 4)"): the level of the first place right after the bracket
_BRACKETED = re.compile(r"(?:\s+cơ\s+sở)?\s*\((?P<level>xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)"
                        r"(?= )")


def _bracketed_places(ctx: Ctx) -> None:
    """A catalogue body written without its place whose places follow in brackets: the body of
    each place ("các Hội Khuyến học cơ sở (xã A, xã B)")."""
    tn = ctx.tn
    for b in _BRACKETED.finditer(tn):
        m = next((m for m in ctx.cat.body_re.finditer(tn, max(0, b.start() - 60), b.start())
                  if m.end() == b.start()), None)
        body = ctx.cat.by_key.get(skey(m.group(0))) if m else None
        if not isinstance(body, Body) or body.national or body.committee_level:
            continue
        level = re.sub(r"\s+", " ", b.group("level"))
        first = level_place(ctx.view, b.end(), level, ctx.cat, ctx.source_province)
        # a numbered ward ("phường 3") is named with its district by ``wards`` from what the
        # paragraph writes ("thị xã A có 2 Hội Khuyến học cơ sở (phường 3 và phường 4)")
        rank = _rank(level, first.place) if first is not None and first.place else None
        if first is None or rank is None or _taken(ctx, b.end() - len(level), first.end):
            continue
        listed = [(b.end() - len(b.group("level")), first)]
        if tn[first.end:first.end + 1] != ")":
            listed += _items(ctx, first.end, rank, False)
            if len(listed) == 1 or tn[listed[-1][1].end:listed[-1][1].end + 1] != ")":
                continue  # the bracket holds more than places
        _add_listed(ctx, body, listed)


def _add_listed(ctx: Ctx, body: Body, listed: list[tuple[int, Place]]) -> None:
    """Each place of a list read as the body there, the first mention spanning from ``start``."""
    for start, place in listed:
        named = canonical(body, place, ctx.source_province)
        if named is not None:
            ctx.add(start, place.end, named[0], body.acronym, named[1], body.kind, 2,
                    place=place)


# a count of districts after a body written without its place, then what they are ("UBMTTQ 4
# huyện, thành phố thuộc Cụm thi đua số 2, gồm A, B, C và thành phố D")
_DISTRICT_LEVEL = r"(?:huyện|thị\s+xã|thành\s+phố|quận)"
_COUNTED = re.compile(r"\s+\d{1,2}\s+" + _DISTRICT_LEVEL + r"(?:\s*(?:,|và)\s*" + _DISTRICT_LEVEL
                      + r")*(?![^\W_])[^.;:!?()“”\"]{0,60}?(?:,\s*)?(?:gồm|là)(?::|\s*:)?\s+")
_COUNT = re.compile(r"\s+\d{1,2}\s+" + _DISTRICT_LEVEL + r"(?![^\W_])")
_BARE_NAME = re.compile(r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}(?![^\W_])")


def _counted_item(ctx: Ctx, at: int) -> tuple[int, Place] | None:
    """The district listed at ``at``: written with its level ("thành phố D") or bare, a district
    of the paper's province by the gazetteer ("A"); (start, place) or None."""
    if ctx.cat.level_re.match(ctx.tn, at):
        p = read_place(ctx.view, at, ctx.cat, ctx.source_province, False)
        ok = p is not None and p.place and p.end > at and _RANK.get(p.level or "") == 1
        return (at, p) if ok and p is not None else None
    m = _BARE_NAME.match(ctx.text, at)
    if m is None:
        return None
    name = re.sub(r"\s+", " ", m.group(0))
    covered = places.covered_provinces(ctx.source_province)
    if not set(places.districts().get(name, ())) & set(covered):
        return None
    level = places.district_level(name, ctx.source_province)
    return at, Place(m.end(), level, name, ctx.source_province)


def _counted_places(ctx: Ctx) -> None:
    """A catalogue body written without its place, a count of districts and the districts
    named after "gồm" ("UBMTTQ 4 huyện, thành phố …, gồm A, B, C và thành phố D"): the body of
    each district, the name written (bare or with its level) its mention; every item must be a
    district of the paper's province, or none is read."""
    tn = ctx.tn
    for n in _COUNT.finditer(tn):
        m = next((m for m in ctx.cat.body_re.finditer(tn, max(0, n.start() - 60), n.start())
                  if m.end() == n.start()), None)
        body = ctx.cat.by_key.get(skey(m.group(0))) if m else None
        if not isinstance(body, Body) or body.national or body.committee_level:
            continue
        count = _COUNTED.match(tn, n.start())
        if count is None:
            continue
        listed: list[tuple[int, Place]] = []
        at = count.end()
        while (item := _counted_item(ctx, at)) is not None:
            listed.append(item)
            sep = _BODY_SEP.match(tn, item[1].end)
            if sep is None:
                break
            at = sep.end()
        end = listed[-1][1].end if listed else at
        if len(listed) < 2 or not (_SEP.match(tn, end) or _END.match(tn, end)) \
                or any(_taken(ctx, start, place.end) for start, place in listed):
            continue
        _add_listed(ctx, body, listed)


# a count of units of one level after a body written without its place, then a colon and the
# units' names ("Hội LHPN của 6 xã: A, B, C, D, E và F"; "Đoàn Thanh niên 3 phường: A, B, C")
_WORD_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_COLON_COUNTED = re.compile(
    r"(?:\s+của)?\s+(?P<n>\d{1,2}|" + "|".join(_WORD_COUNTS) + r")\s+"
    r"(?P<level>xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)\s*:\s*", _I)


def _colon_counted_places(ctx: Ctx) -> None:
    """A catalogue body written without its place, a count of units of one level, a colon and
    exactly that many capitalised names: the body of each unit (the units of the paper's
    province), the first mention spanning from the body."""
    tn = ctx.tn
    for count in _COLON_COUNTED.finditer(tn):
        m = next((m for m in ctx.cat.body_re.finditer(tn, max(0, count.start() - 60), count.start())
                  if m.end() == count.start()), None)
        body = ctx.cat.by_key.get(skey(m.group(0))) if m else None
        if m is None or not isinstance(body, Body) or body.national or body.committee_level:
            continue
        wanted = int(count.group("n")) if count.group("n").isdigit() else _WORD_COUNTS[count.group("n").lower()]
        level = re.sub(r"\s+", " ", count.group("level")).lower()
        listed: list[tuple[int, Place]] = []
        at = count.end()
        while (name := _BARE_NAME.match(ctx.text, at)) is not None:
            listed.append((name.start(), Place(name.end(), level, re.sub(r"\s+", " ", name.group(0)),
                                               ctx.source_province)))
            sep = _BODY_SEP.match(tn, name.end())
            if sep is None:
                break
            at = sep.end()
        if len(listed) != wanted or wanted < 2 or not _END.match(tn, listed[-1][1].end) \
                or any(_taken(ctx, start, place.end) for start, place in listed):
            continue
        _add_listed(ctx, body, [(m.start(), listed[0][1]), *listed[1:]])


# a body written without its place, then a grouping of provinces and what they are: a count of
# provinces ("Đoàn Thanh niên 5 tỉnh Tây Nguyên gồm: A, B và C") or the grouping's own word
# ("Ủy ban MTTQ Việt Nam trong khối gồm A, B, C")
_NUMERAL = r"(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_GROUPED = re.compile(
    r"(?:\s+" + _NUMERAL + r"\s+(?:tỉnh(?:\s*,\s*thành(?:\s+phố)?)?|tỉnh\s+thành(?:\s+phố)?)"
    r"(?![^\W_])[^.;:!?()“”\"\d]{0,40}?|\s+(?:trong|thuộc)\s+(?:khối|cụm)(?:\s+thi\s+đua)?"
    r"(?![^\W_])[^.;:!?()“”\"\d]{0,30}?)(?:\s*,)?\s+gồm(?:\s*:)?\s+", _I)
_PROVINCE_NAME = re.compile(r"[A-ZĐ][^\W\d_]*(?:(?:\s+|\s*[-–]\s*)[A-ZĐ][^\W\d_]*){0,3}"
                            r"(?![^\W_])")


def _grouped_province(ctx: Ctx, at: int) -> Place | None:
    """The province named at ``at`` (bare, "tỉnh A" or "thành phố A"): the longest run of
    capitalised words that is one province's name however it is spelt."""
    level = re.match(r"(?:tỉnh|thành\s+phố|TP\.?)\s+", ctx.text[at:at + 12], _I)
    start = at + (level.end() if level else 0)
    m = _PROVINCE_NAME.match(ctx.text, start)
    if m is None:
        return None
    words = list(re.finditer(r"[^\W\d_]+", m.group(0)))
    for n in range(len(words), 0, -1):
        end = start + words[n - 1].end()
        province = places.province_spelling(re.sub(r"\s+", " ", ctx.text[start:end]))
        if province is not None:
            if province in places.cities() or f"Thành phố {province}" in places.cities():
                return Place(end, "thành phố", province, province)
            return Place(end, "tỉnh", province, province)
    return None


def _grouped_places(ctx: Ctx) -> None:
    """A catalogue body written without its place, a grouping of provinces and the provinces
    named after "gồm" ("Đoàn Thanh niên 5 tỉnh A gồm: B, C và D"; "Ủy ban MTTQ trong khối gồm
    B, C"): the body of each province (GUIDE: units named one by one after a head are each
    labelled, the first mention spanning the head); every item must be a province, or none is
    read."""
    tn = ctx.tn
    for m in ctx.cat.body_re.finditer(tn):
        group = _GROUPED.match(tn, m.end())
        if group is None:
            continue
        body = ctx.cat.by_key.get(skey(m.group(0)))
        if not isinstance(body, Body) or body.national or body.committee_level:
            continue
        listed: list[tuple[int, Place]] = []  # the first mention spans the head
        at, start = group.end(), m.start()
        while (place := _grouped_province(ctx, at)) is not None:
            listed.append((start, place))
            sep = _BODY_SEP.match(tn, place.end)
            if sep is None:
                break
            at = start = sep.end()
        end = listed[-1][1].end if listed else at
        if len(listed) < 2 or not (_SEP.match(tn, end) or _END.match(tn, end)):
            continue
        _add_listed(ctx, body, listed)


# a list of bodies written bare, then the level's agencies and the level once ("lãnh đạo HĐND,
# UBND và các sở, ban, ngành của tỉnh"): the level is each body's (GUIDE: a level written once
# after a list applies to each body)
_SECTORS_OF_LEVEL = re.compile(
    r"\s+và\s+các\s+(?:sở|phòng),\s*ban,\s*ngành(?:,\s*đoàn\s+thể)?\s+(?:của\s+)?"
    r"(?P<level>tỉnh|huyện|thị\s+xã|quận)(?![^\W_])", _I)
_LIST_GAP = re.compile(r"\s*,\s*")


def _bodies_before_sectors(ctx: Ctx) -> None:
    """The bare bodies listed before "và các sở, ban, ngành (của) <level>": each at that
    level, its place the resolver's (the paper's province for "tỉnh")."""
    tn = ctx.tn
    for s in _SECTORS_OF_LEVEL.finditer(tn):
        written = read_place(ctx.view, s.start("level") - 1, ctx.cat, ctx.source_province,
                             False)
        if written is None or written.level is None:
            continue
        listed: list[tuple[re.Match, Body]] = []
        end = s.start()
        while True:
            m = next((b for b in ctx.cat.body_re.finditer(tn, max(0, end - 40), end)
                      if b.end() == end), None)
            body = ctx.cat.by_key.get(skey(m.group(0))) if m else None
            if m is None or not isinstance(body, Body) or body.national or body.committee_level:
                break
            listed.append((m, body))
            gap = next((g for g in _LIST_GAP.finditer(tn, max(0, m.start() - 4), m.start())
                        if g.end() == m.start()), None)
            if gap is None:
                break
            end = gap.start()
        for m, body in listed:
            place = Place(m.end(), written.level, written.place, written.province)
            canon = canonical(body, place, ctx.source_province)
            if canon is not None:
                ctx.add(m.start(), m.end(), canon[0], body.acronym, canon[1], body.kind, 2,
                        body if not place.place else None, place)


def _lists_of_bare_bodies(ctx: Ctx, done: set[int]) -> None:
    """The lists after a body written without its place (a bare steering board, a body with its
    places in brackets, a count of districts), each gated on its own words."""
    text = ctx.text
    if "BCĐ" in text or "hỉ đạo" in text:
        _bare_boards(ctx, done)
    if "(" in text:
        _bracketed_places(ctx)
    if "gồm" in text or " là " in text:  # and a count of districts (one regex over the text)
        _counted_places(ctx)
    if "gồm" in text:
        _grouped_places(ctx)
    if ":" in text:
        _colon_counted_places(ctx)
    if "ngành" in text:
        _bodies_before_sectors(ctx)


def pass_place_lists(ctx: Ctx) -> None:
    """The bodies of the places listed after a body: one each, named as the body."""
    if "," not in ctx.text and " và " not in ctx.text:
        return
    text = ctx.text
    done: set[int] = set()
    _lists_of_bare_bodies(ctx, done)
    last: dict[int, Cand] = {}  # by its end: the reading the resolver would keep there
    for c in ctx.cands:
        o = last.get(c.end)
        if c.priority >= 1 and (o is None or (c.priority, -c.start) > (o.priority, -o.start)):
            last[c.end] = c  # "Văn phòng UBND tỉnh", not the "UBND tỉnh" inside it
    for c in list(last.values()):
        if c.end in done or not _SEP.match(ctx.tn, c.end):
            continue
        giver = _opener(ctx, c)
        prefix = _prefix(giver)
        if prefix is None or _TITLE_BEFORE.search(text, max(0, giver.start - 24), giver.start):
            continue
        rank = _rank(giver.level, giver.place)
        if rank is None:
            continue
        if giver is not c and _PROVINCE_ONLY.match(c.name) \
                and ctx.cat.level_re.search(ctx.tn, c.start, c.end) is None:
            continue  # "Ủy ban MTTQ tỉnh, Sở LĐ-TB&XH và huyện A": after a province's
            # department written without its level the place is a unit of its own (its
            # leaders), not the opener's
        done.add(c.end)
        # levels go down after a body whose level is written bare ("Hội LHPN tỉnh, huyện A") or
        # after a list of bodies ("LĐLĐ Thành phố, Công đoàn Viên chức Thành phố, Quận 5");
        # after one body with its place "UBND tỉnh A, huyện B" the district is where it acts
        down = giver is not c or str(giver.place) not in text[giver.start:giver.end]
        # a neighbouring country's unit: the names listed bare after it are of its level (the
        # gazetteer holds ours only: pass_province_lists reads those)
        bare = giver.level if giver is c and giver.kind == FOREIGN else None
        numbered = giver.level if giver is c and str(giver.place).isdigit() else None
        # a district's body with its place written: the names listed bare after it are
        # districts of the paper's province ("HND huyện A, B và C")
        districts = giver is c and rank == 1 and not bare and not numbered \
            and str(giver.place) in text[giver.start:giver.end]
        for start, place in _items(ctx, c.end, rank, down, bare, numbered, districts):
            if bare and skey(place.place or "") in ctx.cat.province_keys:
                break  # "… tỉnh Salavan và Quảng Trị": ours, no Lao unit
            name, province = _named(ctx, prefix, place)
            ctx.add(start, place.end, name, giver.acronym, province, giver.kind,
                    max(giver.priority, 2), place=place, known=giver.known)
