"""Passes: associations and centres named by their field, anchored by a level word or by
their province's bare name ("Hội Nạn nhân chất độc da cam/dioxin tỉnh", "Trung tâm Bảo trợ xã
hội Nghệ An")."""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp import places
from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import CLAUSE_WORDS, NOT_IN_NAME, TITLE_WORDS, lexicon_run
from baochi.nlp.organisations.pass_institutions import union_of
from baochi.nlp.organisations.placing import city_place, read_place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, alternation

_LOWER = "[a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]"
# associations and centres named by their field, anchored by a level word ("Hội Nạn nhân chất
# độc da cam/dioxin tỉnh", "Trung tâm Văn hóa tỉnh"): the word after the head is capitalised
_NAMED_BODY = re.compile(
    r"(?P<head>Hội|Hiệp\s+hội|Trung\s+tâm|Chi\s+cục|Cục|Phòng|Đài|Bảo\s+tàng|Thư\s+viện|Hạt|Trạm|"
    # an office named by its field ("Văn phòng Đăng ký đất đai tỉnh")
    r"Văn\s+phòng|"
    # a committee's subcommittee ("Tiểu ban An ninh trật tự, an toàn xã hội tỉnh")
    r"Tiểu\s+ban|"
    # the trade union of a city's or province's zones ("Công đoàn các khu chế xuất và công
    # nghiệp Thành phố"): its field begins in lower case
    r"Công\s+đoàn(?:\s+ngành|\s+các(?=\s+khu\s))?)"
    r"(?P<topic>\s+(?:(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])|(?<=các\s)k(?=hu\s))"
    r"[^\W\d_]*"
    # (up to twelve words: three fields listed with a comma and "và", "Hội Bảo trợ bệnh nhân
    # nghèo, người tàn tật và trẻ mồ côi tỉnh X")
    # a field pair joined by an en dash, the second field in lower case ("Văn hóa – thể thao")
    r"(?:(?:,?\s+|/|\s*-\s*|\s*–\s*(?=" + _LOWER + r")|\s*&\s*)"
    r"(?!tỉnh\b|huyện\b|[Tt]hành\s+phố\b|thị\s+xã\b|xã\b(?!\s+hội)|"
    r"phường\b)[^\W\d_]+){0,11}?)"
    # a centrally-run city writes its level capitalised ("Công đoàn Viên chức Thành phố")
    r"(?=\s+(?:tỉnh|huyện|[Tt]hành\s+phố|thị\s+xã|quận|xã(?!\s+hội)|phường|thị\s+trấn|TP\.|"
    r"(?P<vn>Việt\s+Nam))(?![^\W_]))"
)
_TWO_BODIES = re.compile(
    r"(?:(?<![^\W_])và|,)\s+(?:Hội|Hiệp|Trung\s+tâm|Chi\s+cục|Cục|Đài|Bảo|Thư|UBND|Ủy|Sở|Ban|"
    r"Phòng|Công|Liên|Đoàn)(?![^\W_])"
)

# a comma and a place's preposition inside the words read: a clause ("Phòng Hậu cần, ở| phường
# X" is the department and where its man lives), no name
_CLAUSE_AFTER_COMMA = re.compile(r",\s*(?:ở|tại)(?![^\W_])")
_NAMED_BODY_HINTS = ("Hội", "Trung tâm", "ục ", "Đài", "Bảo tàng", "Thư viện", "Công đoàn",
                     "Phòng", "Hạt ", "Trạm", "Tiểu ban", "Văn phòng")
# a subcommittee of a national Party congress ("Tiểu ban Văn kiện Đại hội XIV của Đảng"): a
# central body, named as written
_CONGRESS_SUBCOMMITTEE = re.compile(
    r"(?<![^\W_])Tiểu\s+ban\s+[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,5}?\s+Đại\s+hội\s+"
    r"(?:(?:đại\s+biểu\s+)?(?:toàn\s+quốc\s+)?(?:lần\s+thứ\s+)?)[XVILC]+\s+của\s+Đảng(?![^\W_])")


# a centre or station named by lower-case fields that are all lexicon words ("Trung tâm văn
# hóa - thông tin và thể thao huyện X", "Trạm khuyến nông huyện X")
_FIELD_BODY = re.compile(
    r"(?P<head>Trung\s+tâm|Trạm|Đài|Hạt|Chi\s+cục)(?P<topic>(?:(?:\s+|\s*[-,]\s*|\s+và\s+)"
    r"(?-i:[a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])"
    r"[^\W\d_]*){1,10}?)"
    r"(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã(?!\s+hội)|phường|thị\s+trấn)(?![^\W_]))"
)


# an association named by a lower-case field that only an association's opens ("Hội bảo trợ
# bệnh nhân nghèo tỉnh", "Hội nạn nhân chất độc da cam huyện X", "Hội cựu giáo chức tỉnh"): not
# "Hội thi …", "Hội nghị …", "Hội chợ …", which are events
_ASSOCIATION_WORDS = (
    r"(?:bảo\s+trợ|nạn\s+nhân|cựu|người|đông\s+y|y\s+học|khuyến\s+nông|"
    r"làm\s+vườn|sinh\s+vật\s+cảnh|doanh\s+nhân|luật\s+gia|nhà\s+báo|từ\s+thiện|tù\s+yêu\s+nước|"
    r"kế\s+hoạch\s+hóa|nuôi\s+ong|châm\s+cứu|chiến\s+sĩ|thương\s+binh|gia\s+đình\s+liệt\s+sĩ)")
_ASSOCIATION_FIELD = re.compile(
    r"(?<![^\W_])Hội(?P<topic>\s+" + _ASSOCIATION_WORDS
    + r"(?:(?:\s+|\s*[-,/]\s*|\s+và\s+)[^\W\d_]+){0,10}?)"
    r"(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã(?!\s+hội)|phường|thị\s+trấn)(?![^\W_]))"
)


def _lower_associations(ctx: Ctx) -> None:
    """Associations named by a lower-case field an association's word opens (above)."""
    for m in _ASSOCIATION_FIELD.finditer(ctx.text):
        topic = m.group("topic")
        words = re.split(r"\s*[-,/]\s*|\s+", topic.strip(" ,-/"))
        if not all(w[0].islower() for w in words if w) or NOT_IN_NAME.search(topic) \
                or CLAUSE_WORDS.search(topic.replace(" và ", " ")) or TITLE_WORDS.search(topic):
            continue
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is None:
            continue
        field = re.sub(r"\s+", " ", topic).strip()
        body = Body(f"Hội {field[0].upper()}{field[1:]}", None, "hội", "")
        canon = canonical(body, place, ctx.source_province)
        if canon:
            ctx.add(m.start(), place.end, canon[0], None, canon[1], "hội", 1,
                    None if place.place else body, place, known=False)


def _add_placed(ctx: Ctx, m: re.Match, kind: str) -> None:
    """The body named by ``m`` with the level and place written right after it (a bare "tỉnh"
    is not enough: a field name before it may be a sentence's words); a level without its
    place keeps the body, so the resolver can give it the place named before it."""
    place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province, allow_bare_province=False)
    if place is None:
        return
    body = Body(re.sub(r"\s*–\s*", " - ", re.sub(r"\s+", " ", m.group(0))), None, kind, "")
    canon = canonical(body, place, ctx.source_province)
    if canon:
        ctx.add(m.start(), place.end, canon[0], None, canon[1], body.kind, 1,
                None if place.place else body, place, known=False)


def _lower_fields(ctx: Ctx) -> None:
    """Centres and stations named by lower-case fields that are all lexicon words."""
    for m in _FIELD_BODY.finditer(ctx.text):
        words = re.split(r"\s*[-,]\s*|\s+và\s+|\s+", m.group("topic").strip(" ,-"))
        if not words or not lexicon_run([w for w in words if w]):
            continue
        _add_placed(ctx, m, "đơn vị")


# the partner country of a friendship association, after "Việt Nam" with or without a dash
# ("Hội Hữu nghị Việt Nam - Campuchia", "… Việt Nam Lào"): capitalised words, not a level
_PARTNER = re.compile(
    r"(?:\s*[-–]\s*|\s+)(?P<partner>(?!Thành\s+phố|TP\.)"
    r"(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])[^\W\d_]*"
    r"(?:\s+(?!Thành\s+phố|TP\.)(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])[^\W\d_]*){0,3})"
    + WORD_BOUNDARY_AFTER
)


_OF_AGENCY = re.compile(r"\s[Cc]ơ\s+quan\s+\S")


def _national_of_short_form(ctx: Ctx, m: re.Match) -> str | None:
    """The national association "<body> Việt Nam" when the words before "Việt Nam" are a
    catalogue association's written form of levels ("Hội ND" → "Hội Nông dân"), else None."""
    written = re.sub(r"\s+", " ", ctx.text[m.start():m.end("topic")])
    body = ctx.cat.by_key.get(skey(written))
    if body is None or body.national or not body.name.startswith("Hội "):
        return None
    national = ctx.cat.by_key.get(skey(f"{body.name} Việt Nam"))
    return national.name if national is not None and national.national else None


def _add_national_association(ctx: Ctx, m: re.Match) -> None:
    """"Hội Giáo dục chăm sóc sức khỏe cộng đồng Việt Nam": a national association. A
    friendship association names its partner country after "Việt Nam" ("Hội Hữu nghị Việt Nam
    - Campuchia"): the name runs to the country, written with one dash, and a level and place
    after it make the association's branch there ("… Việt Nam - Campuchia tỉnh Hậu Giang")."""
    # (the words before "Việt Nam" may be spaced by a bracket the reader blanked: "Hội Nông dân
    # (ND) Việt Nam" is read with its bracket masked, so its end is the match's)
    end = m.end("vn")
    name = re.sub(r"\s+", " ", ctx.text[m.start():end])
    partner = _PARTNER.match(ctx.text, end) if "hữu nghị" in m.group("topic").lower() else None
    if partner is None and (national := _national_of_short_form(ctx, m)) is not None:
        # "Hội ND Việt Nam": the catalogue association written short before "Việt Nam" is the
        # national association of that name (the catalogue's canonical name, GUIDE)
        ctx.add(m.start(), end, national, None, None, "đoàn thể", 2)
        return
    if partner is None:
        # an association of an agency ("Hội Cựu chiến binh cơ quan BHXH Việt Nam") outranks the
        # agency read inside it
        agency = _OF_AGENCY.search(m.group("topic")) is not None
        ctx.add(m.start(), end, name, None, None, "hội", 4 if agency else 1, known=False)
        return
    end = partner.end()
    name = name + " - " + re.sub(r"\s+", " ", partner.group("partner"))
    place = read_place(ctx.view, end, ctx.cat, ctx.source_province, allow_bare_province=True)
    if place is None or not place.place:
        ctx.add(m.start(), end, name, None, None, "hội", 1, known=False)
        return
    canon = canonical(Body(name, None, "hội", ""), place, ctx.source_province)
    if canon:
        ctx.add(m.start(), place.end, canon[0], None, canon[1], "hội", 1, known=False)


# the committee or council of a named prize ("Ủy ban Giải thưởng Kovalevskaia", "Hội đồng Giải
# thưởng Tạ Quang Bửu"): a body named as written, the prize's name its capitalised words
_PRIZE_BOARD = re.compile(
    r"(?<![^\W_])(?P<head>Ủy\s+[Bb]an|Uỷ\s+[Bb]an|Hội\s+đồng)"
    # the council named by its task before the prize ("Hội đồng xét chọn giải thưởng Lý Tự
    # Trọng"), the prize's word then in either case
    r"(?:\s+(?P<task>xét\s+(?:chọn|duyệt|tặng)|chấm)(?=\s+[Gg]iải\s))?\s+(?:Giải|(?<=[a-zđ]\s)giải)"
    r"\s+thưởng\s+"
    r"(?P<prize>(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])[^\W\d_]*"
    r"(?:\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])[^\W\d_]*){0,3})(?![^\W_])")


def _prize_boards(ctx: Ctx) -> None:
    """The committee or council of a named prize (above)."""
    for m in _PRIZE_BOARD.finditer(ctx.text):
        head = "Hội đồng" if m.group("head").startswith("Hội") else "Ủy ban"
        prize = re.sub(r"\s+", " ", m.group("prize"))
        if m.group("task") is None:
            ctx.add(m.start(), m.end(), f"{head} Giải thưởng {prize}", None, None, "tổ chức", 1,
                    known=False)
            continue
        task = re.sub(r"\s+", " ", m.group("task"))
        name = f"{head} {task} giải thưởng {prize}"
        ctx.add(m.start(), m.end(), name, None, None, "tổ chức", 1, known=False)
        # the council written again by its task alone ("Hội đồng xét chọn| họp …")
        again = re.compile(r"(?<![^\W_])" + re.escape(m.group("head")) + r"\s+"
                           + r"\s+".join(map(re.escape, task.split())) + r"(?![^\W_])"
                           r"(?!\s+(?:[Gg]iải|[A-ZĐ]))")
        for r in again.finditer(ctx.text, m.end()):
            ctx.add(r.start(), r.end(), name, None, None, "tổ chức", 1, known=False)


# a tier of a body's levels inside the words read as its field ("Hội Phụ nữ cấp cơ sở huyện
# X": the district's grass-roots chapters, a grouping, not one body)
_TIER = re.compile(r"(?<![^\W_])cấp\s+(?:cơ\s+sở|huyện|xã|tỉnh|trên|dưới)(?![^\W_])")


def pass_named_bodies(ctx: Ctx) -> None:
    """Associations and centres named by their field, anchored by a level word ("Hội Nạn nhân
    chất độc da cam/dioxin tỉnh", "Trung tâm văn hóa - thông tin và thể thao huyện X"), and
    the committee of a named prize ("Ủy ban Giải thưởng X")."""
    if "iải thưởng" in ctx.text:
        _prize_boards(ctx)
    if not any(h in ctx.text for h in _NAMED_BODY_HINTS):
        return
    _lower_fields(ctx)
    if "Hội " in ctx.text:
        _lower_associations(ctx)
    for s in _CONGRESS_SUBCOMMITTEE.finditer(ctx.text):
        ctx.add(s.start(), s.end(), re.sub(r"\s+", " ", s.group(0)), None, None, "đảng", 2,
                known=False)
    pos = 0
    while (m := _NAMED_BODY.search(ctx.text, pos)) is not None:
        pos = m.end("head")  # a rejected reading may hold the next body ("Chi cục A, Chi cục B")
        topic = m.group("topic")
        # "và" joins the fields of one name ("Đài Phát thanh và Truyền hình"), not two bodies
        if NOT_IN_NAME.search(topic) or CLAUSE_WORDS.search(topic.replace(" và ", " ")) \
                or _TWO_BODIES.search(topic) or TITLE_WORDS.search(topic) \
                or _CLAUSE_AFTER_COMMA.search(topic) or _TIER.search(topic):
            continue
        pos = m.end()
        if m.group("vn"):
            if m.group("head").startswith(("Hội", "Hiệp")):
                _add_national_association(ctx, m)
            continue
        _add_placed(ctx, m, "hội")


@cache
def _centre_of_province_re() -> re.Pattern:
    """"Trung tâm <field> <Province>": a centre named by its field and its province's name
    without a level word ("Trung tâm Bảo trợ xã hội Nghệ An")."""
    return re.compile(
        r"(?<![^\W_])Trung\s+tâm(?P<topic>\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])"
        r"[^\W\d_]*(?:(?:,?\s+|/|\s*-\s*)(?!tỉnh\b|huyện\b|thành\s+phố\b|thị\s+xã\b|xã\b(?!\s+hội)|"
        r"phường\b)[^\W\d_]+){0,11}?)\s+(?P<prov>(?-i:"
        + alternation(list(places.province_forms())) + r"))" + WORD_BOUNDARY_AFTER)


def pass_centres_of_province(ctx: Ctx) -> None:
    """Centres named by their field and then their province's bare name ("Trung tâm Bảo trợ xã
    hội Nghệ An"), and associations so named ("Hội Nuôi ong Khánh Hòa"); the name is kept as
    written, the province is the one named."""
    if "ội " in ctx.text:
        _associations_of_province(ctx)
        if " tại " in ctx.text:
            _associations_at_cities(ctx)
    if "Trung tâm" not in ctx.text:
        return
    for m in _centre_of_province_re().finditer(ctx.text):
        topic = m.group("topic")
        if NOT_IN_NAME.search(topic) or CLAUSE_WORDS.search(topic.replace(" và ", " ")) \
                or TITLE_WORDS.search(topic):
            continue
        start, name = union_of(ctx.text, m.start(), re.sub(r"\s+", " ", m.group(0)))
        ctx.add(start, m.end(), name, None, places.province_of_form(m.group("prov")),
                "đơn vị", 1, known=False)


@cache
def _association_of_province_re() -> re.Pattern:
    """"Hội <Field> <Province>", "Hiệp hội <field> <Province>": an association named by its
    field and its province's bare name ("Hội Nuôi ong Khánh Hòa", "Hiệp hội ngành gỗ Nghệ
    An"); an association's field opens capitalised ("Hội thi …", "Hội chợ …" are events),
    a trade association's may open in lower case."""
    return re.compile(
        r"(?<![^\W_])(?<!Lễ\s)(?P<head>Hội|Hiệp\s+hội)(?P<topic>\s+(?:(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓ"
        r"ÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])|(?<=hội\s)|" + _ASSOCIATION_WORDS + r")[^\W\d_]*(?:(?:,?\s+|/|\s*-\s*)"
        r"(?!tỉnh\b|huyện\b|"
        r"[Tt]hành\s+phố\b|thị\s+xã\b|xã\b(?!\s+hội)|phường\b|TP\b)[^\W\d_]+){0,7}?)\s+"
        r"(?P<prov>(?-i:" + alternation(list(places.province_forms())) + r"))"
        + WORD_BOUNDARY_AFTER)


# the first word of a "Hội" that is an event or a festival, a council or a hall, not an
# association ("Hội Xuân Hà Nội", "Hội Lim Bắc Ninh", "Hội Sách …", "Hội Báo Xuân …")
_NOT_ASSOCIATION = frozenset(("thi", "nghị", "chợ", "diễn", "trại", "thao", "xuân", "lim", "báo",
                              "đua", "chọi", "làng", "khỏe", "khoẻ", "sách", "hoa", "trăng",
                              "quán", "đồng", "trường", "viên", "ý", "hè", "đền", "chùa", "đình",
                              "trưởng", "phó", "sở", "tụ",
                              # the hometown associations, read with the place their members
                              # live in or not at all ("Hội Cán bộ X" alone is no body)
                              "cán", "tương"))
# a qualifier of the name going on after the province ("Hội Chiến sĩ thành cổ Quảng Trị| năm
# 1972 tỉnh …", "… Quảng Trị| (CSTCQT) …"): the place is a word of the name, not its end
_NAME_GOES_ON = re.compile(r"\s*(?:\d|\(\s*[A-ZĐ]{2,}\s*\)|(?:năm|tại|ở|[Tt]ỉnh|[Tt]hành\s+phố|huyện|TP)"
                           r"(?![^\W_]))")


@cache
def _association_at_city_re() -> re.Pattern:
    """"Hội <Field …> tại <Province>": an association of people of one past or origin living
    in a city, named with its qualifier and the city ("Hội Chiến sĩ bảo vệ cầu Hàm Rồng 1965
    tại Hà Nội"), as a hometown association is (GUIDE)."""
    return re.compile(
        r"(?<![^\W_])(?<!Lễ\s)Hội(?P<topic>\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])"
        r"[^\W\d_]*(?:\s+[^\W_]+){1,11}?)\s+tại\s+(?:(?:TP\.?\s*|[Tt]hành\s+phố\s+))?"
        r"(?P<prov>(?-i:" + alternation(list(places.province_forms())) + r"))"
        + WORD_BOUNDARY_AFTER)


_LEVEL_WORD = re.compile(r"(?<![^\W_])(?:tỉnh|huyện|quận|xã|phường|thị\s+xã|thị\s+trấn|"
                         r"[Tt]hành\s+phố|TP|Việt\s+Nam)(?![^\W_])")
# verbs that open a clause after an association's name (the name ends before them)
_CLAUSE_VERBS = re.compile(r"(?<![^\W_])(?:tổ\s+chức|phối\s+hợp|trao|tặng|thăm|hỗ\s+trợ|gặp\s+mặt|"
                           r"họp|dự|tham\s+gia|kỷ\s+niệm|ra\s+mắt|vận\s+động|ủng\s+hộ|có|đến|về|"
                           r"sinh\s+hoạt|hoạt\s+động|làm\s+việc)(?![^\W_])")


def _place_named_hoi(topic: str) -> bool:
    """Whether "Hội" and the first words after it are a place's name ("Hội An", a ward "Hội
    Hợp"): no association's head."""
    words = topic.split()
    return any(places.is_district_name(" ".join(["Hội", *words[:k]]))
               or places.is_commune_name(" ".join(["Hội", *words[:k]])) for k in (1, 2))


def _associations_at_cities(ctx: Ctx) -> None:
    """Associations named with their qualifier and the city their members live in (above):
    named as written, the province the one named after "tại"; never over a level word, a
    clause's word or verb, nor where another reader took the name."""
    text = ctx.text
    pos = 0
    while (m := _association_at_city_re().search(text, pos)) is not None:
        pos = m.start() + 3
        topic = m.group("topic")
        first = topic.split()[0].lower()
        if first in _NOT_ASSOCIATION or NOT_IN_NAME.search(topic) or CLAUSE_WORDS.search(topic) \
                or TITLE_WORDS.search(topic) or _LEVEL_WORD.search(topic) or _place_named_hoi(topic) \
                or _CLAUSE_VERBS.search(topic) or re.search(r"(?<![^\W_])Hội(?![^\W_])", topic):
            continue
        if any(c.start < m.start() < c.end or m.start() <= c.start < m.end() and c.end > m.end()
               for c in ctx.cands):
            continue  # another reader took these words, or a longer name
        pos = m.end()
        ctx.add(m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)), None,
                places.province_of_form(m.group("prov")), "hội", 2, known=False)


def _associations_of_province(ctx: Ctx) -> None:
    """Associations named by their field and their province's bare name (above): named as
    written, the province the one named; only where no other reader took the name (a
    catalogue association, "Hội Nông dân Hà Tĩnh", is the province's association by level)."""
    text = ctx.text
    pos = 0
    while (m := _association_of_province_re().search(text, pos)) is not None:
        pos = m.end("head")
        topic = m.group("topic")
        first = topic.split()[0].lower()
        if first in _NOT_ASSOCIATION or NOT_IN_NAME.search(topic) \
                or (m.group("head") == "Hội" and _place_named_hoi(topic)) \
                or CLAUSE_WORDS.search(topic.replace(" và ", " ")) or TITLE_WORDS.search(topic) \
                or _TWO_BODIES.search(topic) or _NAME_GOES_ON.match(text, m.end()) \
                or re.search(r"(?<![^\W_])Hội(?![^\W_])", topic):
            continue
        if m.group("head") == "Hội" and ctx.cat.by_key.get(skey(f"Hội{topic}")) is not None:
            continue  # a catalogue association with a bare province: read by its level
        if any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in ctx.cands):
            continue  # another reader took these words
        pos = m.end()
        name = re.sub(r"\s+", " ", m.group(0))
        head = re.sub(r"\s+", " ", m.group("head"))
        if head == "Hội":  # "Hội doanh nhân …": a name's first word capitalised
            name = head + " " + name[len(head) + 1].upper() + name[len(head) + 2:]
        ctx.add(m.start(), m.end(), name, None, places.province_of_form(m.group("prov")), "hội",
                1, known=False)


# a province's board of its industrial parks or economic zone written bare ("Ban Quản lý các
# Khu công nghiệp dự lễ …"), and the trade union of its industrial parks ("Công đoàn các khu
# công nghiệp vừa tổ chức …"): every province has one and the centre none, so it is the body of
# the paper's province; written with its province's bare name ("Công đoàn các KCN Bắc Ninh") it
# is that province's; written with a level after it, other passes read it
_ZONE_BOARD = re.compile(
    r"(?<![^\W_])(?P<head>Ban\s+[Qq]uản\s+lý|(?-i:Công)\s+đoàn(?=\s+các\s))\s+"
    r"(?P<zone>các\s+(?:[Kk]hu\s+công\s+nghiệp|KCN)|[Kk]hu\s+kinh\s+tế|KKT)(?![^\W_])"
    r"(?P<prov>\s+[A-ZĐ][^\W\d_]*(?:\s*[-–]?\s*[A-ZĐ][^\W\d_]*){0,3})?")
_AFTER_ZONE = re.compile(r"\s*(?:[A-ZĐ0-9(]|(?:và|tỉnh|thành\s+phố|huyện|thị\s+xã|tại|số|cấp)"
                         r"(?![^\W_]))")
_ZONES = {"các khu công nghiệp": "các Khu công nghiệp", "các kcn": "các Khu công nghiệp",
          "khu kinh tế": "Khu kinh tế", "kkt": "Khu kinh tế"}
# the union of a province's industrial parks written as initials, the province's own after them
# ("CĐCKCNBD": Bình Dương's, "CĐ các KCN" bare: the paper's province)
_ZONE_UNION_INITIALS = re.compile(r"(?<![^\W_])CĐ(?:C|\s+các\s+)KCN(?P<ini>[A-ZĐ]{2,4})?(?![^\W_])")


def province_written(text: str, pos: int) -> tuple[str, int] | None:
    """(province, end) of the longest province name written at ``pos`` (after its space)."""
    words = list(re.finditer(r"[^\s,.;:()]+", text[pos:pos + 40]))
    for k in range(min(6, len(words)), 0, -1):
        province = places.province_of_form(text[pos + words[0].start():pos + words[k - 1].end()])
        if province is not None:
            return province, pos + words[k - 1].end()
    return None


def _province_place(province: str) -> str:
    return f"thành phố {city_place(province)}" if province in places.cities() \
        else f"tỉnh {province}"


def pass_zone_boards(ctx: Ctx) -> None:
    """A province's industrial-park or economic-zone board, and its industrial parks' trade
    union, written without a level: the body of the province written right after it, else of
    the paper's province (module comment above)."""
    if "Ban " not in ctx.text and "Công đoàn" not in ctx.text and "CĐ" not in ctx.text:
        return
    for m in _ZONE_BOARD.finditer(ctx.text):
        zone = _ZONES[re.sub(r"\s+", " ", m.group("zone")).lower()]
        head = "Ban Quản lý" if m.group("head").startswith("Ban") else "Công đoàn"
        if head == "Công đoàn" and not zone.startswith("các"):
            continue
        province, end = ctx.source_province, m.end("zone")
        written = province_written(ctx.text, m.start("prov")) if m.group("prov") else None
        if written is not None:
            province, end = written
        if end == m.end("zone") and _AFTER_ZONE.match(ctx.text, end):
            continue  # a name, a level or a grouping follows: other passes read it
        if province is None:
            continue
        ctx.add(m.start(), end, f"{head} {zone} {_province_place(province)}", None, province,
                "cơ quan nhà nước" if head.startswith("Ban") else "đoàn thể", 1, known=False)
    if "KCN" in ctx.text:
        _zone_union_initials(ctx)


def _initials(province: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-–]+", city_place(province)) if w)


def _zone_union_initials(ctx: Ctx) -> None:
    for m in _ZONE_UNION_INITIALS.finditer(ctx.text):
        ini = m.group("ini")
        own = ctx.source_province is not None and _initials(ctx.source_province) == ini
        if ini is None or own:
            province = ctx.source_province
        else:
            named = [p for p in places.provinces() if _initials(p) == ini]
            province = named[0] if len(named) == 1 else None
        if province is None:
            continue
        ctx.add(m.start(), m.end(), f"Công đoàn các Khu công nghiệp {_province_place(province)}",
                None, province, "đoàn thể", 1, known=False)
