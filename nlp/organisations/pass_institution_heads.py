"""Pass: State and public institutions named by a head word of their own (round 18).

Vietnam's public institutions outside the administration are named by a head word that says
what they are, then their kind in lower case, then a proper name or a level and place:

* production units, read wherever written (GUIDE: an institution hosting an event counts):
  State farms and forestries (``Nông trường Tây Sơn``, ``Lâm trường quốc doanh Hương Sơn``),
  workshops (``Xưởng may Hồng Lĩnh``; ``xưởng`` in lower case, ``nhà xưởng`` are common
  nouns), the boards of protection and special-use forests (``Ban Quản lý rừng phòng hộ Nam Hà
  Tĩnh``, ``BQL rừng đặc dụng huyện X``), art troupes and theatres named by their art
  (``Đoàn Nghệ thuật truyền thống tỉnh``, ``Đoàn Ca múa nhạc dân tộc X``, ``Nhà hát Chèo X``);
* institutions named as a building or a ground — cultural houses of a people (``Cung Văn hóa
  Lao động tỉnh``, ``Nhà Văn hóa Lao động tỉnh``, ``Cung Thiếu nhi X``), a theatre named by a
  proper name (``Nhà hát Lớn X``), national parks and nature reserves (``Vườn quốc gia Vũ
  Quang``, ``Khu bảo tồn thiên nhiên X``). A cultural house of a people is read wherever
  written, also as the venue it hosts an event in (GUIDE: an institution hosting an event
  counts, as ``tại Nhà Thiếu nhi X`` is labelled); theatres and parks only when they act (a
  building or ground named as a place is none) — an action follows them, or a party's or a
  role's word stands before them (``do``, ``phối hợp với``, ``Giám đốc``); never after a
  place's preposition (``tại``, ``trong``, ``thuộc`` …: a venue, a ground). A hamlet's
  ``nhà văn hóa thôn`` names no people, so no institution.
* welfare homes by their own heads (``Cô nhi viện Phú Hòa``, ``Mái ấm Hoa Mai``, ``Nhà mở X``,
  ``Trung tâm nuôi dạy trẻ khuyết tật X``, ``Trung tâm Bảo trợ trẻ em X``, ``Cơ sở Bảo trợ xã
  hội X``), read wherever written, as the hosts of the
  province's gift-giving they are;
* associations whose field holds a lower-case pair joined by ``và`` (``Hội Doanh nghiệp nhỏ và
  vừa tỉnh``, ``Hiệp hội Doanh nghiệp vừa và nhỏ huyện X``), up to their level and place.

Work: one substring test per family gates its regular expression.
"""

from __future__ import annotations

import re

from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import CLAUSE_WORDS, NOT_IN_NAME, TITLE_WORDS, read_name
from baochi.nlp.organisations.pass_institutions import union_of
from baochi.nlp.organisations.placing import Place, read_place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import CAPITAL, COMMON_SURNAMES

_B = r"(?<![^\W_])"  # a word starts here
_E = r"(?![^\W_])"  # a word ends here

# the arts a troupe or theatre is named by
_ARTS = (r"(?i:nghệ\s+thuật|ca\s+múa\s+nhạc|ca\s+múa|ca\s+nhạc|ca\s+kịch|kịch\s+nói|kịch\s+hát|"
         r"kịch|chèo|tuồng|cải\s+lương|văn\s+công|dân\s+ca|ca\s+huế|múa\s+rối|xiếc|hát\s+bội|"
         r"bài\s+chòi|ca\s+trù|quan\s+họ)")
# the peoples a cultural house is of (a mass organisation's house, not a hamlet's building)
_PEOPLES = (r"(?:Lao\s+động|Công\s+nhân|Thanh\s+niên|Sinh\s+viên|Thiếu\s+nhi|Phụ\s+nữ|"
            r"Người\s+cao\s+tuổi|Thể\s+thao)")

# production units, boards and troupes: read wherever written
_UNIT = re.compile(
    _B + r"(?P<head>(?P<farm>Nông\s+trường|Lâm\s+trường)|(?P<shop>Xưởng)|"
    # a children's palace, as a children's house is (catalogue "Nhà Thiếu nhi")
    r"(?P<palace>Cung\s+Thiếu\s+nhi)|"
    r"(?P<forest>(?:Ban\s+[Qq]uản\s+lý|BQL)\s+[Rr]ừng\s+(?:phòng\s+hộ|đặc\s+dụng)(?:\s+(?:và|-)\s+"
    r"(?:phòng\s+hộ|đặc\s+dụng))?)|"
    r"(?P<troupe>(?:Đoàn|Nhà\s+hát)\s+" + _ARTS + r")|"
    # schools named by what they train rather than by a level of general education (the
    # province's military school, officers' schools, a school for the gifted, a preparatory
    # school, a school of cadres' training)
    r"(?P<school>[Tt]rường\s+(?:Quân\s+sự|Sĩ\s+quan|Hạ\s+sĩ\s+quan|Bồi\s+dưỡng|Dự\s+bị|"
    r"(?:Phổ\s+thông\s+)?Năng\s+khiếu|Nghiệp\s+vụ|Thiếu\s+sinh\s+quân|Khiếm\s+thị|Quân\s+chính))|"
    # publishers, port authorities, youth volunteer forces
    r"(?P<publisher>[Nn]hà\s+xuất\s+bản|NXB)|(?P<port>Cảng\s+vụ)|"
    r"(?P<tnxp>(?:Tổng\s+đội|Đội|Lực\s+lượng)\s+(?:Thanh\s+niên\s+xung\s+phong|TNXP))|"
    # pharmacies and clinics by their name ("Nhà thuốc X", "Phòng khám đa khoa khu vực X")
    r"(?P<care>Nhà\s+thuốc|Hiệu\s+thuốc|Quầy\s+thuốc|Phòng\s+khám(?:\s+[Đđ]a\s+khoa)?"
    r"(?:\s+khu\s+vực)?)|"
    # welfare homes by their own heads ("Cô nhi viện X", "Mái ấm X", "Nhà mở X", "Trung tâm
    # nuôi dạy trẻ khuyết tật X"): a body whether it acts or hosts (GUIDE: an institution
    # hosting an event counts); "mái ấm" in lower case is a home, a common noun
    r"(?P<home>Cô\s+nhi\s+viện|Mái\s+ấm(?!\s+(?i:tình|công\s+đoàn|nghĩa|cho|yêu|đồng|"
    r"biên|an\s+sinh|nhân\s+ái|hạnh\s+phúc|Hội|Đảng|Đoàn|quân|đại|chữ))|Nhà\s+mở|"
    r"Trung\s+tâm\s+[Bb]ảo\s+trợ|Cơ\s+sở\s+[Bb]ảo\s+trợ(?:\s+xã\s+hội)?|Làng\s+Hòa\s+Bình|"
    r"Trung\s+tâm\s+[Nn]uôi\s+dạy\s+trẻ(?:\s+(?:em\s+)?(?:khuyết\s+tật|mồ\s+côi|"
    r"có\s+hoàn\s+cảnh\s+đặc\s+biệt|khiếm\s+thị))?))" + _E
    # a farm's worker, a workshop's head: a person's title ("Nông trường viên", "Xưởng trưởng")
    + r"(?!\s+(?:viên|trưởng|phó)" + _E + ")")
# institutions named as a building or a ground: read when they act
_GROUND = re.compile(
    _B + r"(?P<head>(?P<house>Cung\s+[Vv]ăn\s+(?:hóa|hoá)|"
    # the labour house written in sentence case before its level ("Nhà Văn hóa lao động tỉnh
    # X"): its people's words are the head's
    r"Nhà\s+[Vv]ăn\s+(?:hóa|hoá)\s+lao\s+động(?=\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)"
    + _E + r")|"
    r"Nhà\s+[Vv]ăn\s+(?:hóa|hoá)(?=\s+" + _PEOPLES + _E + r"))|(?P<theatre>Nhà\s+hát)|"
    r"(?P<park>Vườn\s+[Qq]uốc\s+gia|VQG|Khu\s+[Bb]ảo\s+tồn\s+(?:[Tt]hiên\s+nhiên|[Ll]oài\s+và\s+"
    r"[Ss]inh\s+cảnh|[Bb]iển)|Khu\s+BTTN|Khu\s+[Dd]ự\s+trữ\s+(?:[Tt]hiên\s+nhiên|sinh\s+quyển)))"
    + _E)
# a cultural house's words as its official name writes them ("Cung văn hoá lao động" →
# "Cung Văn hóa Lao động")
_HOUSE_WORDS = re.compile(r"^(Cung|Nhà)\s+[Vv]ăn\s+(?:hóa|hoá)(\s+[Ll]ao\s+động(?![^\W_]))?")
# a labour federation's cultural house, written without its level: the province's
_LABOUR_HOUSE = re.compile(r"^(?:Cung|Nhà)\s+[Vv]ăn\s+(?:hóa|hoá)\s+[Ll]ao\s+động$")
# houses built or given under a programme ("xây 5 Mái ấm Tình thương", "trao Mái ấm Công
# đoàn"): no welfare home
_HOUSE_GIVEN = re.compile(_B + r"(?i:\d+|căn|ngôi|xây|xây\s+dựng|trao|tặng|bàn\s+giao|khởi\s+công|"
                          r"hỗ\s+trợ|khánh\s+thành|chương\s+trình|mô\s+hình|quỹ)\s+$")
_HINTS = ("rường", "Xưởng", "ừng", "Đoàn", "Nhà", "Cung", "Vườn", "VQG", "Khu", "ội ", "NXB",
          "xuất bản", "Cảng vụ", "TNXP", "xung phong", "thuốc", "Phòng khám", "Cô nhi",
          "Mái ấm", "Làng Hòa", "nuôi dạy", "Bảo trợ", "bảo trợ")

# a common noun's word before the head ("nhà xưởng", "các nông trường"): no name follows
_COMMON_BEFORE = re.compile(r"(?<![^\W_])(?i:nhà|các|những|mỗi|từng)\s+$")
# lower-case words of a kind before the proper name or the level ("may", "quốc doanh",
# "truyền thống", "nhạc dân tộc"): at most five, none a clause or level word
_KIND = re.compile(r"(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){1,5}?(?=\s+(?:" + CAPITAL + r"|\d|(?:tỉnh|"
                   r"huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn)" + _E + r"))")
_KIND_NOT = re.compile(_B + r"(?:tỉnh|huyện|quận|thị|thành|xã|phường|của|các|và|ở|tại|với|thuộc|"
                       r"trong|trên|cho|cùng|là|có|được|đã|đang|sẽ|vừa|năm|này|đó|không|mới|"
                       r"nhiều|cũng|để|do|từ|đến|theo|về|khi|như|bị|tới)" + _E)
# "quốc gia" inside a proper name ("Chính trị quốc gia Sự thật", "Chính trị quốc gia")
_BRIDGE = re.compile(r"\s+quốc\s+gia" + _E)
# a bare level that names another unit than the paper's ("tỉnh bạn", "huyện khác")
_OTHER_UNIT = re.compile(r"\s+(?:bạn|khác|lân\s+cận|ngoài|nhà\s+bạn)" + _E)

# a park's ranger unit written before it ("Hạt Kiểm lâm Vườn quốc gia X", "Trạm Kiểm lâm …")
_RANGERS = re.compile(r"(?<![^\W_])(?:Hạt|Trạm|Đội)\s+[Kk]iểm\s+lâm(?:\s+cơ\s+động)?\s+$")
# a place's preposition or a ground's noun before a building or a ground: a venue, no body
_PLACE_BEFORE = re.compile(
    _B + r"(?i:tại|ở|trong|ngoài|vào|đến|tới|về|quanh|khắp|giữa|trước|sau|bên|cạnh|gần|lên|"
    r"thuộc|qua|khu\s+vực|địa\s+bàn|vùng|đất|rừng|sân|khuôn\s+viên|hội\s+trường|sảnh|"
    r"sân\s+khấu|rạp|diện\s+tích|phân\s+khu|vùng\s+lõi|vùng\s+đệm|ranh\s+giới|du\s+lịch|"
    r"tham\s+quan|thăm)\s+$")
# a party's or a role's word right before it: the institution acts or is a party
_PARTY_BEFORE = re.compile(
    _B + r"(?:do|bởi|cùng|với|cùng\s+với|phối\s+hợp\s+với|phối\s+hợp|giúp|(?:Phó\s+)?[Gg]iám\s+đốc|"
    r"Ban\s+[Gg]iám\s+đốc|(?:Phó\s+)?[Tt]rưởng|lãnh\s+đạo|[Ll]ãnh\s+đạo|cán\s+bộ|viên\s+chức|"
    r"nhân\s+viên|người\s+lao\s+động|công\s+nhân|nghệ\s+sĩ|diễn\s+viên|kiểm\s+lâm|đại\s+diện|"
    r"[Đđ]ại\s+diện)\s+$")
# an action right after it (an acronym in brackets and a few adverbs between)
_ACTS_AFTER = re.compile(
    r"\s*(?:\([^()\n]{2,30}\)\s*)?(?:,\s*)?(?:(?:đã|đang|vừa|sẽ|cũng|mới|luôn|tiếp\s+tục|"
    r"thường\s+xuyên|chủ\s+động|đã\s+và\s+đang)\s+){0,2}"
    r"(?:tổ\s+chức|phối\s+hợp|tuần\s+tra|triển\s+khai|thực\s+hiện|tiếp\s+nhận|phát\s+hiện|trao|"
    r"tặng|ký|thả|cứu\s+hộ|bàn\s+giao|ra\s+quân|kiểm\s+tra|xử\s+lý|cho\s+biết|thông\s+tin|"
    r"đề\s+nghị|đề\s+xuất|tham\s+gia|biểu\s+diễn|dàn\s+dựng|công\s+diễn|chủ\s+trì|hỗ\s+trợ|"
    r"trồng|bắt\s+giữ|lập|chỉ\s+đạo|kêu\s+gọi|công\s+bố|phát\s+động|đón|nhận|vinh\s+dự|"
    r"mở|khai\s+mạc|khai\s+giảng|tuyển|đào\s+tạo|ủng\s+hộ|quyên\s+góp|thăm|cử|báo\s+cáo|"
    r"ban\s+hành|quản\s+lý|bảo\s+vệ|đăng\s+cai|phục\s+vụ|giới\s+thiệu|ra\s+mắt|"
    r"được\s+(?:trao|tặng|nhận|công\s+nhận|giao|đón))" + _E)


def _name_end(ctx: Ctx, head_end: int, bridge: bool = False) -> int:
    """End of the name after a head: its proper name (capitalised words), else its kind in
    lower case and then a proper name; ``head_end`` when it has only a level after it, after
    its kind or not (read by the caller), or nothing. ``bridge``: the proper name goes on over
    "quốc gia" ("Chính trị| quốc gia| Sự thật", a publisher's name)."""
    text, view = ctx.text, ctx.view
    end = read_name(view, head_end, limit=6)
    if end > head_end:
        b = _BRIDGE.match(text, end) if bridge else None
        if b is not None:
            end = max(b.end(), read_name(view, b.end(), limit=4))
        return _trim(text, head_end, end)
    k = _KIND.match(text, head_end)
    if k is None or _KIND_NOT.search(k.group(0)):
        return head_end
    after = read_name(view, k.end(), limit=5)
    return _trim(text, head_end, after) if after > k.end() else k.end()


def _parent_after(ctx: Ctx, head_end: int) -> bool:
    """Whether a body an earlier pass read begins right after the head (and its kind): the
    head names a unit of that body ("Trường Quân sự| Quân đoàn …", "Đoàn Văn công| Quân khu
    4"), which the readers of units name."""
    k = _KIND.match(ctx.text, head_end)
    at = {head_end + 1} | ({k.end() + 1} if k is not None else set())
    return any(c.start in at for c in ctx.cands) \
        or any(_ARMED_PARENT.match(ctx.text, a - 1) is not None for a in at)


# the armed forces' bodies a school or troupe belongs to, written after it (the corps pass reads
# "Quân đoàn" unnumbered later, by the corps the paragraph names)
_ARMED_PARENT = re.compile(r"\s+(?:Quân\s+đoàn|Quân\s+khu|Quân\s+chủng|Binh\s+chủng|Binh\s+đoàn|"
                           r"Bộ\s+(?:Tư\s+lệnh|Chỉ\s+huy|Quốc\s+phòng|Công\s+an)|Sư\s+đoàn|"
                           r"Công\s+an|Bộ\s+đội|Cảnh\s+sát|Hải\s+quân|Phòng\s+không)" + _E)


def _trim(text: str, head_end: int, end: int) -> int:
    while end > head_end and text[end - 1] in " -&–":
        end -= 1
    words = list(_NAME_WORD.finditer(text, head_end, end))
    for i in range(1, len(words) - 1):
        if words[i].group(0) in _SURNAMES and 2 <= len(words) - i - 1 <= 3 \
                and all(w.group(0)[0].isupper() for w in words[i:]):
            # "Giám đốc Vườn quốc gia Vũ Quang| Nguyễn Văn A": the holder's name after the
            # institution's (a family name after the name's first word, two or three more)
            end = words[i - 1].end()
            words = words[:i]
            break
    if len(words) >= 3 and words[-1].group(0)[0].islower() and words[-2].group(0)[0].isupper() \
            and words[-3].group(0)[0].isupper():
        # "Xưởng Cơ khí Trường Xuân| nhận": a verb the segmenter glued to a proper name of two
        # capitalised syllables (a word's second syllable follows one capital: "Lao động")
        end = words[-2].end()
    return end


_NAME_WORD = re.compile(r"[^\s,.;:()“”\"]+")
# the commonest family names, after which a proper name is a person's
_SURNAMES = COMMON_SURNAMES


def _place_after(ctx: Ctx, end: int) -> Place | None:
    place = read_place(ctx.view, end, ctx.cat, ctx.source_province, allow_bare_province=False)
    if place is not None and _OTHER_UNIT.match(ctx.text, place.end) and not place.place:
        return None
    if place is not None and place.level == "tỉnh" and _OTHER_UNIT.match(ctx.text, place.end):
        return None  # "Đoàn Nghệ thuật tỉnh bạn": another province's, which the text names not
    return place


def _add(ctx: Ctx, start: int, head_end: int, end: int, kind: str, rangers: str = "") -> bool:
    """The institution from ``start`` with the name read to ``end`` and the level and place
    after it; False when it names no single one (a head alone, a level left without place).
    ``rangers``: the ranger unit written before a park (its words open the name)."""
    text = ctx.text
    place = _place_after(ctx, end)
    if end == head_end and (place is None or place.level is None):
        return False  # a head word alone, or its kind with no name nor level
    written = text[head_end:end]
    if NOT_IN_NAME.search(written) or TITLE_WORDS.search(written):
        return False
    name = re.sub(r"\s+", " ", text[start + len(rangers):end])
    name = name[0].upper() + name[1:]
    name = _HOUSE_WORDS.sub(lambda w: f"{w[1]} Văn hóa" + (" Lao động" if w[2] else ""), name)
    name = re.sub(r"^VQG(?= )", "Vườn quốc gia", name)
    name = re.sub(r"^Khu BTTN(?= )", "Khu bảo tồn thiên nhiên", name)
    if rangers:
        unit = re.sub(r"\s+", " ", rangers).strip()
        name = f"{unit[0].upper()}{unit[1:]} {name}"
    name = re.sub(r"^BQL(?= )", "Ban Quản lý", name)
    name = re.sub(r"^NXB(?= )", "Nhà xuất bản", name)
    name = re.sub(r"(?<=^Tổng đội )TNXP|(?<=^Đội )TNXP|(?<=^Lực lượng )TNXP",
                  "Thanh niên xung phong", name)
    if place is not None and place.level is not None:
        body = Body(name, None, kind, "")
        canon = canonical(body, place, ctx.source_province)
        if canon is None:
            return False
        if not place.place and place.level != "tỉnh":
            # "Đoàn Nghệ thuật huyện": the district the text names before, by the resolver
            ctx.add(start, place.end, canon[0], None, canon[1], kind, 1, body, place,
                    known=False)
            return True
        u_start, u_name = union_of(text, start, canon[0])
        ctx.add(u_start, place.end, u_name, None, canon[1], kind, 2 if u_start < start else 1,
                known=False)
        return True
    if place is None and ctx.source_province and _LABOUR_HOUSE.search(name):
        # "tại Nhà Văn hóa Lao động": the labour federation's house of the paper's province
        canon = canonical(Body(name, None, kind, "tỉnh"), None, ctx.source_province)
        if canon is not None:
            ctx.add(start, end, canon[0], None, canon[1], kind, 1, known=False)
            return True
    u_start, u_name = union_of(text, start, name)
    ctx.add(u_start, end, u_name, None, None, kind, 2 if u_start < start else 1, known=False)
    return True


def _acts(ctx: Ctx, start: int, end: int) -> bool:
    """Whether an institution named as a building or a ground acts here (module docstring),
    alone or in a list of bodies read before it ("Hạt Kiểm lâm X, Vườn quốc gia Y và Đồn Biên
    phòng Z phối hợp …": the list's first item and its last are looked at)."""
    text = ctx.text
    start, end = _list_of(ctx, start, end)
    lo = max(0, start - 40)
    if _PLACE_BEFORE.search(text, lo, start):
        return False
    if _PARTY_BEFORE.search(text, lo, start):
        return True
    return _ACTS_AFTER.match(text, end) is not None


_SEP_BEFORE = re.compile(r"(?:\s*,|\s+và|\s+cùng)\s+$")
_SEP_AFTER = re.compile(r"\s*,\s*|\s+và\s+|\s+cùng\s+")


def _list_of(ctx: Ctx, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the list of bodies read so far that the span is an item of: bodies
    joined to it by a comma, "và" or "cùng" (at most four on each side)."""
    text = ctx.text
    ends = {c.end: c.start for c in ctx.cands}
    starts: dict[int, int] = {}
    for c in ctx.cands:
        starts[c.start] = max(starts.get(c.start, c.end), c.end)
    for _ in range(4):
        sep = _SEP_BEFORE.search(text, max(0, start - 8), start)
        if sep is None or sep.start() not in ends:
            break
        start = ends[sep.start()]
    for _ in range(4):
        sep = _SEP_AFTER.match(text, end)
        if sep is None or sep.end() not in starts:
            break
        end = starts[sep.end()]
    return start, end


def _span_end(ctx: Ctx, end: int) -> int:
    place = _place_after(ctx, end)
    return place.end if place is not None and place.level is not None else end


def pass_institution_heads(ctx: Ctx) -> None:
    """Institutions named by a head word of their own (module docstring)."""
    text = ctx.text
    if not any(h in text for h in _HINTS):
        return
    if "và" in text and "ội " in text:
        _paired_field_associations(ctx)
    _units(ctx)
    _grounds(ctx)


def _units(ctx: Ctx) -> None:
    """Production units, boards, troupes, schools, publishers … (read wherever written)."""
    text = ctx.text
    for m in _UNIT.finditer(text):
        if _COMMON_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        head_end = m.end("head")
        if _parent_after(ctx, head_end):
            continue  # "Trường Quân sự Quân đoàn 3": a unit of a body, read by the unit readers
        end = _name_end(ctx, head_end, bridge=m.group("publisher") is not None)
        if m.group("shop") and end == head_end:
            continue  # "Xưởng" with no name: the common noun at a sentence's start
        if m.group("home") and _HOUSE_GIVEN.search(text, max(0, m.start() - 24), m.start()):
            continue  # "bàn giao 3 Mái ấm …": houses given, a programme's, no home
        kind = "doanh nghiệp" if m.group("farm") or m.group("shop") or m.group("care") \
            else "đơn vị"
        _add(ctx, m.start(), head_end, end, kind)


def _grounds(ctx: Ctx) -> None:
    """Institutions named as a building or a ground, when they act (module docstring)."""
    text = ctx.text
    for m in _GROUND.finditer(text):
        if _COMMON_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if m.group("park") and re.search(r"(?:Ban\s+[Qq]uản\s+lý|BQL)\s+$",
                                         text[max(0, m.start() - 16):m.start()]):
            continue  # "Ban Quản lý Vườn quốc gia X": the board, read with its head
        head_end = m.end("head")
        end = _name_end(ctx, head_end)
        if end == head_end and not m.group("house"):
            continue  # a park or a theatre with no proper name
        ranger = _RANGERS.search(text, max(0, m.start() - 32), m.start()) \
            if m.group("park") else None
        if ranger is not None:
            # "Hạt Kiểm lâm Vườn quốc gia X": the park's ranger unit, one body wherever written
            _add(ctx, ranger.start(), head_end, end, "đơn vị", rangers=ranger.group(0))
            continue
        if not m.group("house") and not _acts(ctx, m.start(), _span_end(ctx, end)):
            continue  # a cultural house of a people is an institution also where it hosts
        _add(ctx, m.start(), head_end, end, "đơn vị")


# an association whose field holds a lower-case pair joined by "và" ("Hội Doanh nghiệp nhỏ và
# vừa tỉnh"), up to its level word
_PAIRED_FIELD = re.compile(
    _B + r"(?P<head>Hội|Hiệp\s+hội)\s+(?P<topic>" + CAPITAL + r"[^\W\d_]*(?:\s+[^\W\d_]+){0,6}?"
    r"\s+(?P<a>(?-i:[a-zđà-ỹ])[^\W\d_]*)\s+và\s+(?P<b>(?-i:[a-zđà-ỹ])[^\W\d_]*))"
    r"(?=\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã(?!\s+hội)|phường|thị\s+trấn)" + _E + ")")


# words of a clause, not qualifiers ("đã và đang"); "vừa" is a size in the pair ("nhỏ và vừa")
_PAIR_NOT = re.compile(_B + r"(?:đã|đang|sẽ|cũng|đều|được|là|có|với|tại|cho|trong|khi|để)" + _E)


def _paired_field_associations(ctx: Ctx) -> None:
    """The associations of the module docstring's last family: the word after "và" is one of
    a pair of qualifiers (a size, "nhỏ và vừa"), which the readers of fields take for a clause
    word ("vừa" as "just"); the rest of the field must read as a name."""
    text = ctx.text
    for m in _PAIRED_FIELD.finditer(text):
        rest = text[m.start("topic"):m.start("a")]
        pair = f"{m.group('a')} {m.group('b')}"
        if NOT_IN_NAME.search(rest) or CLAUSE_WORDS.search(rest) or TITLE_WORDS.search(rest) \
                or _PAIR_NOT.search(pair) or CLAUSE_WORDS.search(pair):
            continue
        place = _place_after(ctx, m.end())
        if place is None or place.level is None:
            continue
        name = re.sub(r"\s+", " ", text[m.start():m.end()])
        body = Body(name, None, "hội", "")
        canon = canonical(body, place, ctx.source_province)
        if canon is None:
            continue
        ctx.add(m.start(), place.end, canon[0], None, canon[1], "hội", 1,
                None if place.place or place.level == "tỉnh" else body, place, known=False)
