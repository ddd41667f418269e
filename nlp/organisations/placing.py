"""Place readers: the level and place written after a body ("tỉnh Thanh Hóa",
"huyện Yên Thành", "xã Vinh Hưng", "TP.Biên Hòa"), a bare "tỉnh"/"tỉnh ta" as the source's
province, and a level and place shared by a list of bodies written before it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from baochi.nlp import places
from baochi.nlp.normalise import tone_normalise
from baochi.nlp.organisations import words
from baochi.nlp.organisations.bodies import Catalogue
from baochi.nlp.organisations.names import PLURAL
from baochi.nlp.organisations.words import COMMUNE_LEVELS, LEVEL_CANON, SYL, place_follows, skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER
from baochi.nlp.tokens import TextView

_I = re.IGNORECASE


# a list of bodies sharing the level and place written after the last one ("Huyện ủy, HĐND,
# UBND huyện Thạch Hà")
LIST_SEP = re.compile(r"\s*,\s*|\s+và\s+|\s+[-–]\s+")
_SELF = re.compile(r"\s+(?:ta|nhà)" + WORD_BOUNDARY_AFTER)


@dataclass(slots=True)
class Place:
    end: int
    level: str | None
    place: str | None
    province: str | None


def fallback_place(view: TextView, pos: int, commune: bool = False) -> tuple[int, str] | None:
    """Capitalised syllables at ``pos`` (up to 3; stop at an underthesea word end after two,
    unless ``commune`` and the three syllables are a commune's name somewhere in the country:
    "xã An Phú Trung" is not "xã An Phú")."""
    text = view.text
    end = pos
    count = 0
    while count < 3:
        if count > 0 and (end >= len(text) or text[end] != " "):
            break
        m = SYL.match(text, end + (1 if count else 0))
        if not m or not m.group(0)[0].isupper():
            break
        end = m.end()
        if text[end:end + 1] in ("'", "’") and text[end + 1:end + 2].isupper():
            # a highland name's syllable runs through its apostrophe ("Ia H’Drai", "Ea H'leo")
            end = SYL.match(text, end + 1).end()  # type: ignore[union-attr]
        count += 1
        if count >= 2 and text[end:end + 1] == " " and text[end + 1:end + 2].isupper() \
                and end in view.word_ends and not (commune and _commune_of_three(text, pos, end)):
            break  # the segmenter is asked only when a third capital could join
    n = _UNIT_NUMBER.match(text, end) if count else None
    if n:
        end = n.end()  # "xã Sơn Kim 1", "phường An Hòa 2": a numbered unit of one name
    elif count in (1, 2):
        low = _LOWER_SYLLABLE.match(text, end)
        known = places.is_commune_name if commune else places.is_district_name
        if low is not None and known(text[pos:low.end()]):
            # a unit's last syllable left in lower case ("xã Vĩnh hoà", "huyện đoàn Đô lương"):
            # the commune or district, capitalised as its name is
            return low.end(), f"{text[pos:end]} {tone_normalise(low.group(1)).capitalize()}"
    return (end, text[pos:end]) if count else None


_LOWER_SYLLABLE = re.compile(r" ((?-i:[a-zđà-ỹ])[^\W\d_]*)(?![^\W_])")


def _commune_of_three(text: str, pos: int, end: int) -> bool:
    third = SYL.match(text, end + 1)
    return third is not None and places.is_commune_name(text[pos:third.end()])


_UNIT_NUMBER = re.compile(r" \d(?![\d/.,:\-]?\d)(?![^\W\d_])")


_SURNAMES = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trương", "Mai", "Cao", "Lâm", "Tạ", "Thái", "Đoàn", "Trịnh", "Lưu", "Kiều", "Châu", "Đàm", "Tống", "Quách", "Hứa", "Lại", "Từ", "Triệu", "Văn", "Nông", "Lò", "Hà", "Mạc", "Chu", "Doãn", "Khúc", "Vương", "Tô", "Thân", "La", "Lã", "Đào", "Phùng", "Khổng", "Âu", "Bế", "Quàng", "Lục", "Diệp", "Tăng", "Ông", "Nghiêm", "Thạch", "Danh", "Giáp"])


# the Central Highlands' names: a man's "Y", a woman's "H'", and Jarai family names ("Y Biêr Niê",
# "H'Hen Niê", "Ksor Phước")
_HIGHLAND_NAMES = frozenset(["Y", "Ksor", "Siu", "Rơ", "Rah", "Nay", "Kpă", "Rcom", "Puih"])
_UPLAND_MIDDLE_NAMES = frozenset(["A", "Seo"])


def _person_name(name: str) -> bool:
    """Whether a name read after "tỉnh" outside the gazetteer begins as a person's does (a
    woman's "H'" is cut at its apostrophe by the reader: the caller looks at the next sign)."""
    sylls = name.split()
    first = sylls[0]
    # the middle names of the Hmong and Dao ("Giàng A Tông", "Lý Seo Chứ"): no province's
    return first in _SURNAMES or first in _HIGHLAND_NAMES \
        or (len(sylls) == 3 and sylls[1] in _UPLAND_MIDDLE_NAMES)


# a person's title a few words before the level: "Bí thư Huyện ủy", "Chủ tịch UBND huyện",
# "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố"
_TITLE_AHEAD = re.compile(
    r"(?<![^\W_])(?:[Bb]í\s+thư|[Cc]hủ\s+tịch|[Tt]rưởng\s+ban|[Gg]iám\s+đốc|[Cc]hánh\s+[Vv]ăn\s+"
    r"phòng|[Tt]rưởng\s+[Cc]ông\s+an)(?:\s+[^\s,;:.]+){1,10}$"
)
# the middle names of most Vietnamese persons: a unit is rarely named so
_MIDDLE_NAMES = frozenset(["Văn", "Thị", "Đức", "Hữu", "Công", "Quang", "Minh", "Ngọc", "Thanh",
                           "Xuân", "Quốc", "Kim", "Hồng", "Bá", "Đình", "Trọng", "Viết", "Thế"])
_NAME_ENDS = re.compile(r"\s*(?:[,;:.)]|[-–]\s|$)|\s+[^\W\d_A-ZĐ]")


def person_after_title(view: TextView, level_end: int, name: str, end: int) -> bool:
    """Whether the three capitalised syllables read as a district's or commune's name after
    "Bí thư Huyện ủy", "Chủ tịch UBND huyện" are the holder's name ("Chủ tịch UBND huyện
    Nguyễn Văn A dự"): a title stands a few words before the level, the name begins as a
    person's (a family name, or a middle name such as "Văn", "Thị"), and ends there. The body is
    then the bare level's, its place the unit the paragraph is about."""
    # a caption's name in capitals ("Chủ tịch UBND huyện VÕ MINH TÂM") is read as written in
    # title case
    sylls = [w.capitalize() if w.isupper() else w for w in name.split()]
    if len(sylls) != 3 or not (sylls[0] in _SURNAMES or sylls[1] in _MIDDLE_NAMES):
        return False
    if not _NAME_ENDS.match(view.text, end):
        # a name of four syllables ("Phó Chủ tịch Ủy ban MTTQ thành phố Nguyễn Thị Ái Vân"): the
        # place reader stops at three
        fourth = SYL.match(view.text, end + 1) if view.text[end:end + 1] == " " else None
        if fourth is None or not fourth.group(0)[0].isupper() \
                or not _NAME_ENDS.match(view.text, fourth.end()):
            return False
    return _TITLE_AHEAD.search(view.text, max(0, level_end - 72), level_end) is not None


def _gazetteer_place(view: TextView, p: re.Match, level: str, cat: Catalogue,
                     source_province: str | None) -> Place:
    """A level followed by a gazetteer name: a province, or a district (its province is the
    one that has a district of that name, the source's when several do)."""
    name = view.text[p.start():p.end()]
    pkey = skey(name)
    if level == "tỉnh" or (level == "thành phố" and pkey in cat.province_keys
                           and pkey not in cat.district_provinces):
        province = cat.province_keys.get(pkey, name)
        joined = _JOINED_PROVINCE.match(view.text, p.end()) if level == "tỉnh" else None
        if joined is not None and (province, joined.group("second")) in _JOINED_PROVINCES:
            # a province of two before 1997 ("tỉnh Quảng Nam – Đà Nẵng"): one unit, named whole
            whole = f"{province} - {joined.group('second')}"
            return Place(joined.end(), level, whole, whole)
        return Place(p.end(), level, province, province)
    provinces = cat.district_provinces.get(pkey, [])
    province = source_province
    if provinces and source_province not in provinces and len(provinces) == 1:
        province = provinces[0]
    return Place(p.end(), level, name, province)


# the provinces of two names joined by a dash until 1997 ("Quảng Nam – Đà Nẵng", "Gia Lai - Kon
# Tum"): one province then, which the press of those years and histories name whole
_JOINED_PROVINCES = frozenset({("Quảng Nam", "Đà Nẵng"), ("Gia Lai", "Kon Tum")})
_JOINED_PROVINCE = re.compile(r"\s*[-–]\s*(?P<second>Đà\s+Nẵng|Kon\s+Tum)(?![^\W_])")


_NUMBERED = re.compile(r" (\d{1,2})(?![\d/.,:\-]?\d)")


def level_place(view: TextView, after: int, level: str, cat: Catalogue,
                source_province: str | None) -> Place | None:
    """The place written after a level word at ``after`` (a space follows the level)."""
    tn = view.tn
    p = cat.place_re.match(tn, after + 1)
    if p and level in COMMUNE_LEVELS and p.end() < len(tn) and re.match(
            r" [^\W\d_]", tn[p.end():p.end() + 2]) and tn[p.end() + 1].isupper():
        # the gazetteer holds provinces and districts: "xã Vinh Hưng" is not "xã Vinh"
        p = None
    if p:
        return _gazetteer_place(view, p, level, cat, source_province)
    fb = fallback_place(view, after + 1, level in COMMUNE_LEVELS)
    if fb is None:
        n = _NUMBERED.match(tn, after) if level in ("phường", "quận") else None
        # "UBND phường 10", "Quận 3": units of the cities numbered, not named
        return Place(n.end(), level, n.group(1), source_province) if n else None
    end, name = fb
    if level != "tỉnh" and person_after_title(view, after, name, end) \
            and not places.is_commune_name(name):
        return None  # "Chủ tịch UBND huyện Nguyễn Văn A": the district the paragraph names
    if name in ("Đoàn", "Hội"):
        # "Phó Bí thư huyện Đoàn", "xã Đoàn đã tổ chức": the unit's Youth Union, no unit "Đoàn";
        # "do Huyện Hội nhận đỡ đầu": the district's association, no unit "Hội"
        return None
    if level == "tỉnh" and (_person_name(name) or view.text[end:end + 1] in ("'", "’")
                            or "'" in name or "’" in name):
        # the gazetteer holds every province of Vietnam: "Chủ tịch UBND tỉnh Nguyễn Văn A"
        # names a person (a foreign province, "tỉnh Xiêng Khoảng", is read as written)
        return None
    province = name if level == "tỉnh" else source_province
    if level == "thành phố" and f"Thành phố {name}" in places.provinces():
        province = f"Thành phố {name}"  # "thành phố Hồ Chí Minh"
    return Place(end, level, name, province)


def province_of_level(source_province: str | None) -> str | None:
    """The province a bare "tỉnh" names in a paper whose province changed its name and level:
    on the paper of a centrally-run city made of one province renamed ("Huế", Thừa Thiên Huế
    until 2025), the word "tỉnh" says the level, so the body is the former province's; any
    other paper's own province."""
    if source_province is None or source_province not in places.cities():
        return source_province
    known = places.provinces()
    if source_province not in known or known[source_province].act is not None:
        return source_province  # a city that was one before (its own row, merged in 2025)
    former = [p.name for p in known.values()
              if p.successor == source_province and p.name != source_province
              and p.valid_to is not None and p.name not in places.cities()]
    return former[0] if len(former) == 1 else source_province


def read_place(view: TextView, pos: int, cat: Catalogue, source_province: str | None,
               allow_bare_province: bool) -> Place | None:
    tn = view.tn
    m = cat.level_re.match(tn, pos)
    if m:
        level = re.sub(r"\s+", " ", m.group("level")).lower()
        level = LEVEL_CANON.get(level, level)
        after = m.end()
        s = _SELF.match(tn, after)
        if s and level == "tỉnh":
            province = province_of_level(source_province)
            return Place(s.end(), level, province, province)
        written = level_place(view, after, level, cat, source_province) \
            if place_follows(tn, after) else None
        if written is not None:
            return written
        if level == "tỉnh":
            province = province_of_level(source_province)
            return Place(after, level, province, province)
        if level == "thành phố" and source_province in places.cities():
            # a bare "thành phố" in a centrally-run city's paper is that city
            return Place(after, level, city_place(source_province or ""), source_province)
        return Place(after, level, None, source_province)
    if allow_bare_province and pos < len(tn) and tn[pos] == " ":
        p = cat.place_re.match(tn, pos + 1)
        if p:
            return _bare_place(view.text[p.start():p.end()], p.end(), cat, source_province,
                               view.text)
    return None


def _bare_place(name: str, end: int, cat: Catalogue, source_province: str | None,
                text: str = "") -> Place | None:
    """A province, or a district of the paper's province, written after a body without its
    level ("Hội CTĐ Tiên Phước" is the district's: "huyện Tiên Phước", its level from the
    package, or the one level the paragraph writes it with: "huyện Điện Bàn" in a text of the
    years before it became a town)."""
    pkey = skey(name)
    if pkey in cat.province_keys:
        province = cat.province_keys[pkey]
        return Place(end, "tỉnh", province, province)
    if source_province and name[0].isupper() and set(places.covered_provinces(
            source_province)).intersection(cat.district_provinces.get(pkey, ())):
        written = {LEVEL_CANON.get(lv, lv) for lv in (re.sub(r"\s+", " ", m.group(1)).lower()
                                                      for m in _district_level_before(name).finditer(text))}
        level = written.pop() if len(written) == 1 else places.district_level(name, source_province)
        return Place(end, level, name, source_province)
    return None


def bare_district(view: TextView, pos: int, cat: Catalogue, source_province: str | None
                  ) -> Place | None:
    """A district of the paper's province written bare at ``pos`` (a space before it), its
    level from the gazetteer or the one level the paragraph writes it with; None for a
    province's name ("…, Thanh Hóa" is an address) or a name no district of it has."""
    tn = view.tn
    if not source_province or tn[pos:pos + 1] != " ":
        return None
    p = cat.place_re.match(tn, pos + 1)
    if p is None or skey(view.text[p.start():p.end()]) in cat.province_keys:
        return None
    place = _bare_place(view.text[p.start():p.end()], p.end(), cat, source_province, view.text)
    return place if place is not None and place.level != "tỉnh" else None


def _district_level_before(name: str) -> re.Pattern:
    """A district level word written right before ``name`` ("huyện Điện Bàn")."""
    return re.compile(r"(?<![^\W_])(huyện|thị\s+xã|thành\s+phố|quận)\s+" + re.escape(name)
                      + r"(?![^\W_])", re.IGNORECASE)


_GENERIC_ITEM = re.compile(r"(?:các\s+)?(?:chính\s+quyền(?:\s+địa\s+phương)?|(?:hội,?\s+)?đoàn\s+thể"
                           r"(?:\s+chính\s+trị\s*[-–]?\s*xã\s+hội)?|(?:ban,?\s+)?ngành|"
                           # "Ủy ban MTTQ, các tổ chức chính trị - xã hội tỉnh", also after "và"
                           # unless a congress is named ("Đại hội MTTQ và các tổ chức …" names
                           # one joint congress: see _CONGRESS_BEFORE)
                           r"(?:(?<=,\s)|(?<=và\s))(?:các\s+)?tổ\s+chức\s+chính\s+trị\s*[-–]\s*xã\s+hội)"
                           r"(?![^\W_])"
                           r"(?:\s+của(?=\s+(?:xã|phường|thị\s+trấn|huyện|thị\s+xã)(?![^\W_])))?")
# a congress named a few words before a list ("Đại hội MTTQ và các tổ chức …"): bounded look-back
_CONGRESS_BEFORE = re.compile(r"[Đđ]ại\s+hội(?![^\W_])")
_TITLE_LEAD = re.compile(r"(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Trưởng\s+ban|Giám\s+đốc|Chủ\s+nhiệm|"
                         r"Trưởng|Chánh\s+Văn\s+phòng)\s+(?:(?:danh\s+dự|thường\s+trực)\s+)?", _I)
# more places written right after the place that ends a chain ("Hội CTĐ huyện A, huyện B",
# "… huyện A và các huyện …"): the place is one of a list, not the chain's
_MORE_PLACES = re.compile(r"\s*(?:,|và)\s*(?:các\s+)?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|"
                          r"phường|thị\s+trấn)(?![^\W_])", _I)


# a body's short form in brackets right after it ("Hội Liên hiệp Phụ nữ (LHPN)"), and so before
# the list goes on
_SHORT_FORM = re.compile(r"\s*\((?-i:[A-ZĐ][A-ZĐ&.\-]{1,9})\)")
_SHORT_FORM_AFTER = re.compile(_SHORT_FORM.pattern + r"(?=\s*(?:,|và\s|[-–]\s))")


def shared_place(view: TextView, pos: int, cat: Catalogue, source_province: str | None,
                 waiting: Place | None = None) -> Place | None:
    """The level and place written once after a list of bodies, read from ``pos`` (the end of
    an earlier body of the list): "Huyện ủy, HĐND, UBND huyện Thạch Hà". A body of the list
    written with its level only (one person's titles: "Huyện ủy, Chủ tịch HĐND huyện, Chủ tịch
    danh dự Hội CTĐ huyện Lăk") waits, as the bodies before it do, for the place a later body of
    that level writes; when none does (or that place opens a list of places: "… huyện A, huyện
    B"), its level alone is the list's. ``waiting``: the level the body at ``pos`` is written
    with, without its place."""
    tn = view.tn
    for _ in range(4):
        if (short := _SHORT_FORM_AFTER.match(tn, pos)) is not None:
            pos = short.end()  # "Liên đoàn Lao động (LĐLĐ), Hội LHPN (LHPN), … huyện A"
        sep = LIST_SEP.match(tn, pos)
        if not sep:
            return waiting
        item = _list_item(view, pos, sep, cat, source_province)
        if item is None:
            return waiting
        place, pos = item
        if place is None:
            continue
        if place.level in words.LOCAL_LEVELS and place.place is None \
                and (waiting is None or waiting.level == place.level):
            # "Chủ tịch HĐND huyện, …": the level, its place written after a later body
            waiting = waiting or place
            pos = place.end
            continue
        if waiting is None:
            return place if place.level else None
        return place if place.level == waiting.level and place.place \
            and not _MORE_PLACES.match(tn, place.end) else waiting
    return waiting


def _list_item(view: TextView, pos: int, sep: re.Match, cat: Catalogue,
               source_province: str | None) -> tuple[Place | None, int] | None:
    """The next item of a list of bodies after ``sep``: (the level and place written after
    it, or None and where the list goes on), or None where the list ends."""
    tn, text = view.tn, view.text
    # "Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Đông": a title before the next body
    title = _TITLE_LEAD.match(tn, sep.end())
    generic = _GENERIC_ITEM.match(tn, sep.end())
    if generic is not None and "và" in sep.group(0) and "tổ" in generic.group(0) \
            and _CONGRESS_BEFORE.search(tn, max(0, pos - 48), pos):
        return None  # "Đại hội MTTQ và các tổ chức chính trị - xã hội tỉnh": one congress
    if generic is not None:
        # "Đảng ủy, chính quyền, đoàn thể xã Phú Thọ": words for every body of the unit
        place = read_place(view, generic.end(), cat, source_province, allow_bare_province=False)
        return place, generic.end()
    u = _LEVEL_UNION.match(tn, sep.end())
    if u is not None:
        return None, u.end()  # "Hội Nông dân, xã Đoàn, Hội LHPN xã X": the unit's union, listed
    b = cat.body_re.match(tn, title.end() if title else sep.end())
    if not b or not text[b.start()].isupper():
        return None
    body = cat.by_key.get(skey(b.group(0)))
    if body is None or body.national or PLURAL.match(tn, b.end()):
        return None
    if _same_head_before(tn, b.group(0), pos):
        return None  # "Đoàn TNCS Hồ Chí Minh, Đoàn thanh niên huyện A": the whole, then its unit
    end = short.end() if (short := _SHORT_FORM.match(tn, b.end())) else b.end()
    place = read_place(view, end, cat, source_province, allow_bare_province=False)
    return place, end


def _same_head_before(tn: str, head: str, pos: int) -> bool:
    """Whether the item before ``pos`` opens with the next item's head words ("Đoàn thanh niên
    Cộng sản Hồ Chí Minh" before "Đoàn thanh niên huyện A"): one organisation written whole and
    then one of its units, no list of bodies sharing a place."""
    words = r"\s+".join(re.escape(w) for w in head.split())
    return re.search(r"(?<![^\W_])" + words + r"(?:\s+[^\s,;]+){1,6}$", tn[max(0, pos - 90):pos],
                     re.IGNORECASE) is not None


# a unit's Youth Union written level first, without its unit's name ("xã Đoàn", "huyện Đoàn")
_LEVEL_UNION = re.compile(r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)\s+[Đđ]oàn(?![^\W_])"
                          r"(?!\s+(?-i:[A-ZĐ]))", re.IGNORECASE)


def city_place(province: str) -> str:
    """How a centrally-run city is written after the level word "thành phố"."""
    return province.removeprefix("Thành phố ")


def named_units(view: TextView, cat: Catalogue, source_province: str | None,
                matches: Iterable[re.Match] | None = None,
                levels: frozenset[str] | None = None) -> Iterator[tuple[int, str, Place]]:
    """(start, level, place) of every district and commune the text names with its level
    ("trên địa bàn huyện Cần Giuộc", "xã Vinh Hưng"): the level words ``matches`` finds
    (``cat.level_re`` over the text by default) followed by a place name. Both the resolver
    (a later bare "UBND huyện" is theirs) and the province reader (the one province of the
    units named) read the text's units this one way. ``levels``: the levels read (districts
    and communes by default; "thành phố" is also a province's level)."""
    tn = view.tn
    levels = words.LOCAL_LEVELS if levels is None else levels
    for m in cat.level_re.finditer(tn) if matches is None else matches:
        level = re.sub(r"\s+", " ", m.group("level")).lower()
        level = LEVEL_CANON.get(level, level)
        if level not in levels or not place_follows(tn, m.end()):
            continue
        p = level_place(view, m.end(), level, cat, source_province)
        if p is not None and p.place:
            yield m.start(), level, p
