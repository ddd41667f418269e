"""Pass: enterprise and institution names that run over lower-case field words (round 20).

The registered name of an enterprise, a cooperative or a public-service institution often
writes its field in lower case between its head and its proper name, and the readers of names
stop at the first lower-case word ("Công ty Cổ phần Gốm| sứ Long Hầu", "Xí nghiệp Khai thác|
công trình thủy lợi huyện X") or read nothing ("Nhà máy bánh kẹo X II", a field right after the
head in lower case). This pass reads such a name whole:

    head [legal form] <field words> [a few lower-case words] <proper name | level and place>

* the head: Công ty (with its legal forms, TNHH, MTV, CP, cổ phần, một thành viên), Tổng công
  ty, Tập đoàn, Xí nghiệp, Nhà máy, (Tổng) đại lý (an agency by its field and brand: "Tổng đại
  lý Bảo hiểm X Quảng Ngãi"), Hợp tác xã / HTX (an acronym in brackets after it is part
  of the surface), Liên hiệp HTX, Doanh nghiệp tư nhân / DNTN, Trung tâm (its field
  capitalised, not after a place's preposition: "tại Trung tâm thương mại X" is a building),
  Câu lạc bộ / CLB (houses of culture are read by ``pass_institution_heads``, when they act);
* the words right after it must open with a field (``catalogues/field_words.toml`` and the
  names' ``inner_words``, either case: "Gốm sứ", "Khai thác công trình thủy lợi", "bánh kẹo"),
  not a proper name ("Công ty TNHH Hòa Lâm| hỗ trợ …" is not extended);
* the lower-case words after the fields are few (at most two syllables outside the lexicon),
  none a function word or a verb that opens a clause (a closed list: "đã", "của", "với", "tổ
  chức", "hỗ trợ", "trao" …), none a level word;
* the name ends in a proper name (capitalised words, a Roman numeral after them: "Hải Châu II";
  not the head of another body nor a person's name) or in a level and its place ("huyện X", a
  bare "tỉnh" for the paper's province).

Round 21 adds the bodies named by their aim, whose registered names run on in lower case:

* heads: Viện, Hiệp hội, Tổ chức, Hội quán (capitalised, their first word capitalised: "tổ
  chức" is the verb), Nhóm and Đội only before an aim of ``field_words.toml [group_aims]``
  ("Nhóm chia sẻ", "Đội tình nguyện"; "Nhóm học sinh", "Nhóm phụ nữ X", "Đội bóng đá X" are
  none), in lower case too ("đội tình nguyện viên CTĐ tỉnh"), not in a compound ("bộ đội");
  a centre's field may be written in lower case ("Trung tâm huấn luyện X"), its name then
  ending in a proper name or a place;
* fields joined by "và", a dash or "&" ("Sản xuất và kinh doanh nông sản", "kinh tế - xã
  hội", "Văn hóa-Thể thao"), a word with a slash ("da cam/dioxin"), an acronym in brackets
  inside ("… lao động (CNLĐ) khu công nghiệp (KCN) X", left out of the canonical name); a
  lower-case phrase of a clause ("hỗ trợ", "tổ chức") goes on no name, capitalised it may open
  one ("Tổ chức Hỗ trợ …");
* a name of a centre, club or institution may end in lower case, before a clause's word or
  punctuation ("Viện Y học biển| khám …", "Trung tâm Phát triển và hội nhập| đã …"), with an
  aim of ``[aims]`` among its words and three syllables at least (a level's body written bare
  by its public-service field, "Trung tâm Y tế| tổ chức", "Trung tâm Văn hóa thể thao| tổ
  chức", is left to the readers of levels), at most one syllable outside the lexicon, never
  after a place's preposition; an enterprise's name and a team's or group's never ends so
  (they end in a proper name);
* the proper name may follow a dash ("Nhóm chia sẻ - Sharing"), end in a word of two syllables
  of the lexicon ("… Quốc tế"), take its branch ("… chi nhánh X"); a team or institute takes its
  level and place after it; a team is not read before "thuộc"/"của" and a parent (a unit
  named with its parent, read elsewhere; a centre of its own name stays its own body); a club may be named by a brand, a capitalised word and one or two
  lower-case syllables up to a clause's word ("CLB Trái tim hồng| trao …");
* after a place's preposition ("tại Trung tâm …") a centre is read only to a proper name or a
  place (an institution hosting an event counts), never when it is a shopping centre ("Trung
  tâm Thương mại X"); "Cty" is a company's head, spelt out;
* a code of digits and a capital is a proper name ("Trung tâm hội nghị 25B");
* a second company of a list named by its legal form alone ("Công ty TNHH A và cổ phần B") is
  "Công ty cổ phần B".

A reading is added only when it runs further than every reading of an earlier pass at its
head, and it outranks them; a body of the catalogue read inside its words stops it. Work: one
substring test per head family gates one regular expression.
"""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp import places
from baochi.nlp.catalogues import load
from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.pass_institutions import union_of
from baochi.nlp.organisations.pass_units import compose_units_before
from baochi.nlp.organisations.placing import Place, read_place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import COMMON_SURNAMES, skey

_B = r"(?<![^\W_])"
_E = r"(?![^\W_])"

_HEAD = re.compile(
    _B + r"(?P<head>(?:Tổng\s+(?:[Cc]ông\s+ty|Cty)|Công\s+ty|Cty)"
    r"(?:\s+(?:TNHH|[Tt]rách\s+nhiệm\s+hữu\s+hạn|CP|[Cc]ổ\s+phần|MTV|[Mm]ột\s+thành\s+viên|"
    r"[Hh]ai\s+thành\s+viên(?:\s+trở\s+lên)?|[Hh]ợp\s+danh)" + _E + r"){0,3}|"
    # written in lower case, a head is a name's only with its legal form ("công ty TNHH X",
    # "doanh nghiệp tư nhân Y"): the words after a legal form are the registered name
    r"(?P<legal>công\s+ty\s+(?:TNHH|CP|cổ\s+phần)(?:\s+(?:MTV|một\s+thành\s+viên))?|"
    r"doanh\s+nghiệp\s+tư\s+nhân)(?=\s+[A-ZĐ])|"
    # a private enterprise named by its trade in lower case, then its proper name ("doanh
    # nghiệp tư nhân khách sạn X"): the trade's words must be fields, the name must end in a
    # proper name (below)
    r"(?P<private>doanh\s+nghiệp\s+tư\s+nhân)(?=\s+(?-i:[a-zđà-ỹ]))|"
    r"Tập\s+đoàn|Xí\s+nghiệp|Nhà\s+máy|(?:Tổng\s+)?[Đđ]ại\s+lý(?=\s+[A-ZĐ])|"
    r"(?:Liên\s+hiệp\s+)?(?:Hợp\s+tác\s+xã|HTX)(?:\s*\(HTX\))?|"
    r"Doanh\s+nghiệp\s+tư\s+nhân|DNTN|"
    r"(?P<centre>Trung\s+tâm)|(?P<club>Câu\s+lạc\s+bộ(?:\s*\(CLB\))?|CLB)|"
    # round 21: institutes, associations, organisations, groups and volunteer teams, each named
    # by its aim (capitalised "Tổ chức" only: in lower case it is the verb; "Nhóm" and "Đội"
    # only before an aim of ``[aims]``, below)
    r"(?P<inst>Viện|Hiệp\s+hội|Tổ\s+chức|Hội\s+quán)|(?P<group>Nhóm|Đội|"
    # in lower case, only before the first word of a volunteers' aim (cheap filter; the aims
    # are checked below) and never in a compound ("bộ đội", "quân đội", "đại đội")
    r"(?<!\b[Bb]ộ\s)(?<!\b[Qq]uân\s)(?<![Đđ]ại\s)(?<![Tt]iểu\s)(?<![Tt]rung\s)"
    r"(?:nhóm|đội)(?=\s+(?:tình|thiện|từ|chia|sẻ|hiến|sơ|cấp|cứu|xung|phản|sinh|thanh|"
    r"công|nhân)\s)))" + _E)
_HINTS = ("ông ty", "Cty", "Tập đoàn", "Xí nghiệp", "Nhà máy", "ại lý", "Hợp tác xã", "HTX", "oanh nghiệp",
          "DNTN", "Trung tâm", "Câu lạc bộ", "CLB", "Viện", "Hiệp hội", "Tổ chức", "Hội quán",
          "Nhóm", "Đội", "nhóm", "đội")

# a word of a name: letters, digits, a dash or a dot inside ("II", "Sài Gòn-Hà Nội")
_WORD = re.compile(r"[ \t]+([^\s,.;:!?()\[\]“”\"'…/]+(?:/[^\W\d_]+)*)")

# words that end a name rather than go on with it (closed list): function words, and the verbs
# that open a reporting clause after a body
_STOP = frozenset((
    "đã", "đang", "sẽ", "được", "bị", "của", "cho", "với", "tại", "ở", "trên", "trong", "dưới",
    "ngoài", "là", "có", "các", "những", "này", "đó", "kia", "để", "theo", "từ", "đến", "về",
    "do", "cùng", "khi", "và", "hoặc", "hay", "vừa", "mới", "cũng", "đều", "không", "chưa",
    "nhằm", "như", "sau", "trước", "nay", "thì", "mà", "nên", "vì", "bởi", "qua", "tới", "vào",
    "ra", "lên", "xuống", "năm", "ngày", "tháng", "người", "ông", "bà", "anh", "chị", "em",
    "nhiều", "hơn", "rất", "luôn", "còn", "thuộc", "gồm", "nhận", "trao", "tặng", "ký", "thăm",
    "đón", "mở", "lập", "giúp", "làm", "đưa", "đạt", "xin", "mời", "thi", "xây", "bán", "mua",
    "giành", "đoạt",
    # round 21: adverbs and the verbs of care that open a clause after a body named by its aim
    "thường", "vẫn", "từng", "hiện", "khám", "chăm", "dạy", "ngay", "liền", "gửi", "chữa",
))
_STOP_PHRASES = (
    "tổ chức", "phối hợp", "hỗ trợ", "ra mắt", "tuyển dụng", "tuyển sinh", "nạo vét", "tài trợ",
    "ủng hộ", "triển khai", "thực hiện", "tiếp nhận", "bàn giao", "khởi công", "khánh thành",
    "vận động", "tham gia", "thành lập", "liên kết", "thu mua", "bao tiêu", "cung cấp",
    "đầu tư xây dựng mới", "xây dựng mới", "chủ trì", "chỉ đạo", "kiểm tra", "khắc phục",
    "cho biết", "đề nghị", "đề xuất", "báo cáo", "công bố", "ban hành", "trao tặng",
    "quyên góp", "khen thưởng", "đăng cai", "phục vụ", "giới thiệu", "ký kết", "hoạt động",
    "đi vào", "hoàn thành", "sửa chữa lại", "quản lý nhà nước", "xử lý", "tiếp đón",
    "bao gồm", "tiếp tục", "phát động", "thi công", "lắp đặt", "thu gom", "chi trả", "cấp phát",
    "sản xuất ra", "vô địch",
    # round 21
    "hỗ trợ", "chăm sóc", "thường xuyên", "liên tục", "chính thức", "đặc biệt", "trực tiếp",
    "phát động", "khám bệnh", "khám chữa bệnh", "chia sẻ", "tặng quà", "trao quà", "đồng hành",
)
_LEVELS = frozenset(("tỉnh", "huyện", "quận", "xã", "phường"))
# levels of two syllables, by their first ("thị xã", "thị trấn", "thành phố"; not "thị trường")
_LEVEL_PAIRS = {"thị": ("xã", "trấn"), "thành": ("phố",)}
# the head of another body or thing, or a person's name, opening what follows: no proper name
_NOT_PROPER = re.compile(
    r"(?:Trường|Bệnh\s+viện|Công\s+(?:ty|an|đoàn)|Hội|Ban|Sở|Phòng|Trung\s+(?:tâm|ương)|UBND|"
    r"HĐND|Đoàn|Huyện|Tỉnh|Xã|Chi\s+(?:cục|nhánh|hội|bộ|đoàn)|Liên\s+(?:đoàn|đội|hiệp|minh)|"
    r"Ủy|Đảng|Viện|Cục|Tổng\s+(?:công|cục|[Ll]iên)|Tập\s+đoàn|Xí\s+nghiệp|Nhà\s+(?:máy|văn|hát)|"
    r"Hợp\s+tác|HTX|Khu|Cụm|Dự\s+án|Quỹ|Chương\s+trình|Đề\s+án|Nghị|Quyết|Thông\s+tư|Luật|"
    r"Tết|Ngày|Giải|Lễ|Đại\s+(?:học|hội|đội)|Tháng|Năm|Quý|Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|"
    r"Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Đông\s+Xuân|Hè\s+Thu)" + _E)


# a place's preposition before a centre: the building where something happens
_VENUE_BEFORE = re.compile(_B + r"(?i:tại|ở|trong|vào|đến|tới|về|trước|sau|quanh)\s+$")
_TRAILING_NUMBER = re.compile(r"\s+\d[\d.,]*$")
# a unit's parent written after it ("… Vĩnh Phúc thuộc Trường Đại học X")
_OF_PARENT = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:thuộc|của)\s+[A-ZĐ]")
_CODE = re.compile(r"\d{1,4}[A-Z]")
# a branch named after its parent's proper name
_BRANCH = re.compile(r"\s+(?:chi\s+nhánh|Chi\s+nhánh)(?=\s+[A-ZĐ])")


@cache
def _lexicon() -> tuple[frozenset[tuple[str, ...]], int]:
    words = list(load("field_words").get("fields", {}).get("words", []))
    words += load("field_words").get("aims", {}).get("words", [])
    words += load("organisations").get("names", {}).get("inner_words", [])
    # one key a written word ("cam/dioxin" is one word, as the reader reads it)
    phrases = frozenset(tuple(skey(x) for x in w.split()) for w in words)
    return phrases, max((len(p) for p in phrases), default=0)


@cache
def _stop_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(skey(p).split()) for p in _STOP_PHRASES)


def _field_prefix(words: list[str]) -> int:
    """How many of ``words`` a run of field phrases covers from the first (longest reach); a
    capitalised syllable only opens a phrase, never continues one ("Gốm sứ", not "gốm Sứ").
    Two fields may be joined by "và", a dash or "&" ("Sản xuất và kinh doanh nông sản", "kinh tế
    - xã hội"); a lower-case phrase that opens a clause ("hỗ trợ", "tổ chức") goes on no name."""
    phrases, longest = _lexicon()
    stops = _stop_phrases()
    keys = [skey(w) for w in words]
    reach = [False] * (len(words) + 1)
    reach[0] = True
    best = 0
    for i in range(len(words)):
        if not reach[i]:
            continue
        # a joiner is crossed only when a field follows it (the reach it gives is that field's)
        st = i + 1 if i and (words[i] in _JOINERS or keys[i] == _VA) else i
        if i + 2 < len(words) and words[i + 1] in _JOINERS and words[i + 2][0].islower():
            # a field whose first syllable is written apart before a dash or "&" ("Nông - lâm
            # nghiệp": "nông lâm nghiệp", the trade of a cooperative)
            for k in range(1, min(longest - 1, len(words) - i - 2) + 1):
                if (keys[i], *keys[i + 2:i + 2 + k]) in phrases:
                    reach[i + 2 + k] = True
                    best = max(best, i + 2 + k)
        for k in range(1, min(longest, len(words) - st) + 1):
            if any(w[0].isupper() for w in words[st + 1:st + k]):
                break
            phrase = tuple(keys[st:st + k])
            if st and words[st][0].islower() and (phrase in stops or k == 1 and keys[st] in _STOP):
                continue
            if phrase in phrases:
                reach[st + k] = True
                best = max(best, st + k)
    return best


# words that join two fields of one name ("Sản xuất và kinh doanh", "Văn hóa - Thể thao")
_JOINERS = frozenset(("và", "-", "–", "&"))
_VA = skey("và")


def _extra_syllables(words: list[str]) -> int:
    """Syllables of the lower-case words that no field phrase covers (read left to right)."""
    phrases, longest = _lexicon()
    keys = [skey(w) for w in words]
    i = extra = 0
    while i < len(keys):
        for k in range(min(longest, len(keys) - i), 0, -1):
            if tuple(keys[i:i + k]) in phrases:
                i += k
                break
        else:
            extra += 1
            i += 1
    return extra


def _level_at(word: str, nxt: str | None) -> bool:
    """A level word that opens a place ("huyện Tiền Hải", a bare "tỉnh" before a stop)."""
    k = skey(word)
    if k in _LEVEL_PAIRS:
        return nxt is not None and skey(nxt) in _LEVEL_PAIRS[k]
    if k not in _LEVELS:
        return False
    # "công tác xã hội": a field, no commune
    return not (k == "xã" and nxt is not None and skey(nxt) == "hội")


def pass_field_names(ctx: Ctx) -> None:
    """Names over lower-case field words (module docstring)."""
    text = ctx.text
    if "Trường" in text:
        _schools_by_fields(ctx)
    if not any(h in text for h in _HINTS):
        return
    for m in _HEAD.finditer(text):
        _read(ctx, m)
    if "ông ty" in text:
        _listed_legal_forms(ctx)
    if "lạc bộ" in text or "CLB" in text:
        _clubs_by_aim(ctx)


# a club of a people named by the aim it gathers them for (the words of the people's emulation
# movements: "Câu lạc bộ Cựu chiến binh sản xuất, kinh doanh giúp nhau phát triển kinh tế",
# "CLB Phụ nữ giúp nhau làm kinh tế"): the aims are a closed list, a comma only inside the pair
# "sản xuất, kinh doanh"; a level and place may follow
_AIM = (r"(?:sản\s+xuất,?\s+kinh\s+doanh(?:\s+giỏi)?|làm\s+kinh\s+tế(?:\s+giỏi)?|"
        r"phát\s+triển\s+kinh\s+tế(?:\s+gia\s+đình)?|khởi\s+nghiệp|làm\s+giàu|"
        r"giúp\s+nhau\s+(?:phát\s+triển\s+kinh\s+tế|làm\s+kinh\s+tế|giảm\s+nghèo|thoát\s+nghèo|"
        r"làm\s+giàu|vươn\s+lên))")
_CLUB_AIM = re.compile(
    _B + r"(?:Câu\s+lạc\s+bộ(?:\s*\(CLB\))?|CLB)\s+(?:Cựu\s+chiến\s+binh|CCB|Phụ\s+nữ|Nông\s+dân|"
    r"Thanh\s+niên|Cựu\s+thanh\s+niên\s+xung\s+phong|Người\s+cao\s+tuổi|Hội\s+viên|"
    r"Doanh\s+nhân|Nữ\s+doanh\s+nhân|Cựu\s+quân\s+nhân)"
    r"(?:\s+" + _AIM + r"){1,3}" + _E)


# a college or university named in sentence case by its fields, listed with commas and "và"
# ("Trường Cao đẳng nghề công nghệ, kinh tế và chế biến lâm sản"): every field a lexicon phrase,
# the name closed by punctuation or a bracket
_HIGHER_HEAD = re.compile(_B + r"Trường\s+(?:Cao\s+đẳng|Đại\s+học|Trung\s+cấp)(?:\s+nghề)?"
                          r"(?=\s+(?-i:[a-zđà-ỹ]))")
_FIELD_SEGMENT = re.compile(r"\s+((?-i:[a-zđà-ỹ])[^\W\d_]*(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){0,5}?)"
                            r"(?=,\s|\s+và\s|\s*[.;:(]|\s*$)")
_SEGMENT_JOIN = re.compile(r",(?=\s)|\s+và(?=\s)")


def _schools_by_fields(ctx: Ctx) -> None:
    """Colleges and universities named by lower-case fields (above): two fields at least, the
    last one closed by a full stop, a colon or semicolon, a bracket or the text's end."""
    text = ctx.text
    for m in _HIGHER_HEAD.finditer(text):
        end, fields, at = m.end(), 0, m.end()
        while (seg := _FIELD_SEGMENT.match(text, at)) is not None:
            words = seg.group(1).split()
            if _field_prefix(words) != len(words):
                break
            fields, end = fields + 1, seg.end()
            join = _SEGMENT_JOIN.match(text, end)
            if join is None:
                break
            at = join.end()
        if fields >= 2 and re.match(r"\s*(?:[.;:(]|$)", text[end:]):
            before = len(ctx.cands)
            _add_named(ctx, m, end, "đơn vị")
            # its faculty written before it ("Khoa X, Trường …"): composed as the readers of
            # units compose the schools read before them
            compose_units_before(ctx, ctx.cands[before:])


# a second company of a list named by its legal form alone ("Công ty TNHH Hòa An và cổ phần
# Minh Phát"): the head is the first company's
_LISTED_LEGAL = re.compile(
    r"(?:,|\s+và)\s+(?P<legal>TNHH|[Cc]ổ\s+phần|CP)(?:\s+(?:MTV|[Mm]ột\s+thành\s+viên))?"
    r"(?=\s+[A-ZĐ])")


def _listed_legal_forms(ctx: Ctx) -> None:
    text = ctx.text
    for m in _LISTED_LEGAL.finditer(text):
        if not any(c.end == m.start() and c.name.startswith("Công ty") for c in ctx.cands):
            continue
        if _NOT_PROPER.match(text, m.end() + 1):
            continue
        end = _proper_end(text, m.end())
        while end > m.end() and text[end - 1] in " -–&":
            end -= 1
        if end <= m.end():
            continue
        start = m.start("legal")
        priority = _longer(ctx, start, end)
        if priority is not None:
            name = re.sub(r"\s+", " ", "Công ty " + text[start:end])
            ctx.add(start, end, name, None, None, "doanh nghiệp", priority, known=False)


# a club named in sentence case by a few lower-case words and its province's or city's bare
# name ("CLB thiện nguyện Hà Tĩnh", "Câu lạc bộ bóng chuyền Vinh"): named as written
_CLUB_OF_PLACE = re.compile(_B + r"(?:Câu\s+lạc\s+bộ(?:\s*\(CLB\))?|CLB)"
                            r"(?P<field>(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){1,4})(?=\s+[A-ZĐ])")


def _clubs_of_places(ctx: Ctx) -> None:
    """Clubs named by lower-case words and a place (above): the words no clause's, the place a
    province's or a district's name and the name's end (a clause's word or punctuation after
    it), not after a plural ("các CLB thiện nguyện …" is a class)."""
    text = ctx.text
    for m in _CLUB_OF_PLACE.finditer(text):
        field = m.group("field").split()
        if any(skey(w) in _STOP or _level_at(w, None) for w in field) \
                or _clause_at(field, 0, len(field)) < len(field) \
                or _PLURAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        words = _words(text, m.end())
        plain = [w for w, _, _ in words]
        k = _place_words(plain, 0)
        if k and _clause_or_stop(text, words, plain, k):
            _add_named(ctx, m, words[k - 1][2], "đơn vị")


def _clubs_by_aim(ctx: Ctx) -> None:
    text = ctx.text
    _clubs_of_places(ctx)
    for m in _CLUB_AIM.finditer(text):
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is not None and place.level is not None and (place.place
                                                             or place.level == "tỉnh"):
            _add_placed(ctx, m, m.end(), place, "đơn vị")
        elif place is None or place.level is None:
            _add_named(ctx, m, m.end(), "đơn vị")


def _read(ctx: Ctx, m: re.Match) -> None:
    text = ctx.text
    head_end = m.end("head")
    words = _words(text, head_end)
    if not words:
        return
    plain = [w for w, _, _ in words]
    if not _head_opens(text, m, plain):
        return
    p = _field_prefix(plain)
    if p == 0:
        if m.group("legal") and not _NOT_PROPER.match(text, words[0][1]):
            # "doanh nghiệp tư nhân Hòa Thắng": a proper name after a legal form in lower case
            end = _proper_end(text, head_end)
            if end > head_end:
                _add_named(ctx, m, end)
        elif m.group("club"):
            _brand(ctx, m, words)
        return  # else a proper name (or nothing) after the head: the readers of names read it
    _tail(ctx, m, words, p)


# an acronym in brackets inside a name ("… công nhân lao động (CNLĐ) khu công nghiệp (KCN) X"):
# read over, the canonical name leaves it out
_ACRONYM_BRACKET = re.compile(r"\s*\([A-ZĐ][A-ZĐ0-9&]{1,9}\)")
# two fields joined by a dash with no spaces ("Văn hóa-Thể thao"): three words
_HYPHENED = re.compile(r"(?P<a>[^\W\d_]+)(?P<d>[-–])(?P<b>[^\W\d_]+)")


def _words(text: str, at: int) -> list[tuple[str, int, int]]:
    """The words after ``at`` (at most 20), with their offsets."""
    words: list[tuple[str, int, int]] = []
    while len(words) < 20:
        if words and (b := _ACRONYM_BRACKET.match(text, at)) is not None \
                and _WORD.match(text, b.end()) is not None:
            at = b.end()
        if (w := _WORD.match(text, at)) is None:
            break
        if (h := _HYPHENED.fullmatch(w.group(1))) is not None:
            o = w.start(1)
            words += [(h.group("a"), o + h.start("a"), o + h.end("a")),
                      (h.group("d"), o + h.start("d"), o + h.end("d")),
                      (h.group("b"), o + h.start("b"), o + h.end("b"))]
        else:
            words.append((w.group(1), w.start(1), w.end(1)))
        at = w.end()
    return words


def _head_opens(text: str, m: re.Match, plain: list[str]) -> bool:
    """Whether the words after the head may open a name of its kind."""
    if m.group("centre") and skey(plain[0]) in _MARKETS:
        return False  # "Trung tâm thương mại X", "Trung tâm Thương mại X": a building
    if m.group("inst") and not plain[0][0].isupper():
        return False  # "Viện", "Tổ chức" …: a registered name opens capitalised ("tổ chức" is
        # the verb)
    # "Nhóm", "Đội": a group or team is a body only by the aim it is named for
    return not m.group("group") or _aim_opens(plain)


# the first words of a centre that is a shopping building, never a body
_MARKETS = frozenset(skey(w) for w in ("Thương", "Mua", "Chợ", "Siêu"))


def _venue(text: str, m: re.Match) -> bool:
    """A centre after a place's preposition ("tại Trung tâm …"): the building where something
    happens, read only when its name ends in a proper name or a place (GUIDE: an institution
    hosting an event counts), never to a lower-case end."""
    return bool(m.group("centre")) and _VENUE_BEFORE.search(
        text, max(0, m.start() - 12), m.start()) is not None


def _tail(ctx: Ctx, m: re.Match, words: list[tuple[str, int, int]], p: int) -> None:
    """Read the name on from its field words (``words[:p]``): lower-case words, then a clause's
    word or punctuation (a name that ends in lower case), a proper name, or a level and place."""
    text = ctx.text
    plain = [w for w, _, _ in words]
    if m.group("centre") and (nat := _NATIONAL.match(text, words[p - 1][2])) is not None:
        # "Trung tâm Hội nghị quốc gia": the national centre, "quốc gia" in lower case ends its
        # name as "Quốc gia" does, a venue's too (its proper name after it is its: "… quốc gia
        # Mỹ Đình")
        end = _proper_end(text, nat.end())
        _add_named(ctx, m, end if end > nat.end() else nat.end())
        return
    j = p
    while j < len(words) and plain[j][0].islower() \
            and not _level_at(plain[j], plain[j + 1] if j + 1 < len(words) else None):
        j += 1
    stretch = plain[p:j]
    clause = _clause_at(plain, p, j)
    if clause < j or (j == len(words) and _punctuated(text, words[-1][2])):
        # the lower-case run meets a clause's word or the sentence's punctuation: a name of
        # fields and aims that ends in lower case ("Viện Y học biển| khám bệnh …")
        if not _venue(text, m):
            _open_end(ctx, m, words, p, clause)
        return
    if j == len(words) or len(stretch) > 6 or _extra_syllables(stretch) > 2:
        return
    if m.group("private") and not _one_private(text, m, words[j]):
        return  # "các doanh nghiệp tư nhân …": a class; a trade and a proper name name one
    if words[j][0] in ("-", "–") and j + 1 < len(words) and words[j + 1][0][0].isupper() \
            and not (m.group("centre") or m.group("legal")):
        # a brand after a dash ("Nhóm chia sẻ - Sharing"): the name runs over the dash
        _close(ctx, m, words[j - 1][2], words[j + 1], dash=True)
        return
    _close(ctx, m, words[j - 1][2], words[j])


@cache
def _aims(table: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(skey(x) for x in w.split())
                     for w in load("field_words").get(table, {}).get("words", []))


def _aim_opens(plain: list[str]) -> bool:
    """Whether the words open with an aim of ``[group_aims]`` (either case)."""
    keys = tuple(skey(w) for w in plain[:4])
    return any(keys[:n] in _aims("group_aims") for n in range(1, len(keys) + 1))


def _has_aim(plain: list[str]) -> bool:
    """Whether an aim of ``[aims]`` is among the words (a name of aims, not a level's body
    named by its public-service field: "Trung tâm Văn hóa thể thao" written bare)."""
    aims = _aims("aims")
    keys = [skey(w) for w in plain]
    return any(tuple(keys[i:i + n]) in aims for i in range(len(keys)) for n in (1, 2, 3, 4, 5))


def _clause_at(plain: list[str], p: int, j: int) -> int:
    """Index of the first word in ``plain[p:j]`` that opens a clause (a function word, a verb of
    the closed lists), else ``j``."""
    stops = _stop_phrases()
    keys = [skey(w) for w in plain[:j]]
    for i in range(p, j):
        if keys[i] in _STOP or any(tuple(keys[i:i + n]) in stops for n in (2, 3, 4)):
            return i
    return j


_PUNCT_AFTER = re.compile(r"\s*(?:[,.;:!?)(…]|$)")


def _punctuated(text: str, pos: int) -> bool:
    return _PUNCT_AFTER.match(text, pos) is not None


def _open_end(ctx: Ctx, m: re.Match, words: list[tuple[str, int, int]], p: int,
              k: int) -> None:
    """A name that ends in lower case before ``words[k]``: only the heads of bodies named by
    their aim (not an enterprise's: its registered name ends in a proper name), capitalised as
    a registered name is, of at least three syllables ("Trung tâm Y tế| tổ chức …" is a level's
    body written bare, left to the readers of levels), with at most one word outside the
    lexicon and no joiner at its end."""
    if not (m.group("centre") or m.group("club") or m.group("inst")):
        return  # a team or group written by its aim alone is a description ("Đội sinh viên
        # tình nguyện"), an enterprise's registered name ends in a proper name
    plain = [w for w, _, _ in words]
    if k == 0 or not plain[0][0].isupper():
        return
    while k > 0 and (plain[k - 1] in _JOINERS or skey(plain[k - 1]) == _VA):
        k -= 1
    if k < 3 or k - p > 4 or _extra_syllables(plain[p:k]) > 1 or not _has_aim(plain[:k]):
        return
    _add_named(ctx, m, words[k - 1][2])


def _brand(ctx: Ctx, m: re.Match, words: list[tuple[str, int, int]]) -> None:
    """A club named by a brand: one capitalised word, then one or two lower-case syllables up to
    a clause's word or punctuation ("CLB Trái tim hồng| trao …")."""
    text = ctx.text
    plain = [w for w, _, _ in words]
    if len(plain) < 2 or not plain[0][0].isupper() or not plain[0][1:].islower() \
            or _NOT_PROPER.match(text, words[0][1]) or plain[0] in _SURNAMES:
        return
    n = 1
    while n < len(plain) and n < 4 and plain[n][0].islower() \
            and skey(plain[n]) not in _STOP and not _level_at(plain[n], None):
        n += 1
    if not 2 <= n <= 3:
        return
    if n < len(plain) and plain[n][0].isupper() \
            and (k := _place_words(plain, n)) and _clause_or_stop(text, words, plain, n + k):
        # the brand and the place the club is of, without its level ("CLB Giọt hồng Kon Tum",
        # "Câu lạc bộ Trái tim ấm Buôn Ma Thuột"): named as written, through the place
        _add_named(ctx, m, words[n + k - 1][2])
        return
    if n < len(plain) and _clause_at(plain, n, n + 1) != n:
        return
    if n == len(plain) and not _punctuated(text, words[-1][2]):
        return
    _add_named(ctx, m, words[n - 1][2])


# a plural before a lower-case head: a class of enterprises, not one
_PLURAL_BEFORE = re.compile(_B + r"(?i:các|những|nhiều|mọi|mỗi|từng)\s+$")


def _one_private(text: str, m: re.Match, nxt: tuple[str, int, int]) -> bool:
    """Whether a private enterprise read by its trade in lower case names one: no plural before
    it, a proper name (not a level) after its trade."""
    return _PLURAL_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None \
        and nxt[0][0].isupper()


def _place_words(plain: list[str], at: int) -> int:
    """How many capitalised words at ``at`` name a province or a district (the longest), else
    0."""
    for k in (4, 3, 2, 1):
        written = plain[at:at + k]
        if len(written) == k and all(w[0].isupper() for w in written) \
                and (places.province_of_form(" ".join(written)) is not None
                     or places.is_district_name(" ".join(written))):
            return k
    return 0


def _clause_or_stop(text: str, words: list[tuple[str, int, int]], plain: list[str],
                    at: int) -> bool:
    """Whether the name ends before ``words[at]``: a clause's word or punctuation follows."""
    if at >= len(plain):
        return _punctuated(text, words[-1][2])
    return _punctuated(text, words[at - 1][2]) or _clause_at(plain, at, at + 1) == at


def _close(ctx: Ctx, m: re.Match, name_end: int, nxt: tuple[str, int, int],
           dash: bool = False) -> None:
    """Read the name's end after its field words (``name_end``): the level and place or the
    proper name that opens at ``nxt``."""
    text = ctx.text
    if nxt[0][0].islower() or nxt[0] in ("TP", "Tp", "TX"):  # a level word
        place = read_place(ctx.view, name_end, ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is not None and place.level is not None:
            _add_placed(ctx, m, name_end, place)
        return
    if not (nxt[0][0].isupper() or _CODE.fullmatch(nxt[0])) or _NOT_PROPER.match(text, nxt[1]):
        return  # (a code of digits and a capital is a proper name: "Trung tâm hội nghị 25B")
    if dash or "(" in text[name_end:nxt[1]]:
        name_end = nxt[1] - 1  # the proper name is read from after the dash or the acronym
    end = _proper_end(text, name_end)
    while end > name_end and text[end - 1] in " -–&":
        end -= 1
    while (d := _TRAILING_NUMBER.search(text, name_end, end)) is not None:
        end = d.start()  # "… Nghệ An| 1 tấn gạo": a quantity after the name
    if end > name_end and (b := _BRANCH.match(text, end)) is not None:
        end = _proper_end(text, b.end())  # "… Bình Minh chi nhánh Tân Phú": its branch
    if end > name_end and m.group("group") and _OF_PARENT.match(text, end):
        return  # "Đội X thuộc Trường Y": a unit named with its parent, read by others (a
        # centre with a name of its own stays its own body: GUIDE)
    if end > name_end:
        if m.group("group") or m.group("inst"):
            # a team or institute of a level after its proper name or acronym ("Đội tình nguyện
            # viên CTĐ tỉnh"): the level and place are the body's
            place = read_place(ctx.view, end, ctx.cat, ctx.source_province,
                               allow_bare_province=False)
            if place is not None and place.level is not None and (place.place
                                                                 or place.level == "tỉnh"):
                _add_placed(ctx, m, end, place)
                return
        _add_named(ctx, m, end)


def _proper_end(text: str, pos: int) -> int:
    """End of the proper name at ``pos``: up to five capitalised words (a Roman numeral or a
    number among them: "Hải Châu II"); read without the segmenter, which a proper name of
    capitalised words never needs."""
    words: list[re.Match] = []
    end = pos
    for _ in range(5):
        w = _WORD.match(text, end)
        if w is None or not (w.group(1)[0].isupper() or w.group(1)[0].isdigit()):
            break
        words.append(w)
        end = w.end()
    if words and (w := _WORD.match(text, end)) is not None and w.group(1)[0].islower() \
            and ((pair := (skey(words[-1].group(1)), skey(w.group(1)))) in _lexicon()[0]
                 or pair in _NAME_ENDS):
        end = w.end()  # a word of two syllables the name ends in ("… Quốc tế", "… Quốc gia")
        if pair in _NAME_ENDS:
            # its proper name may follow the national word ("… Quốc gia Mỹ Đình")
            end = _proper_end(text, end)
    for i in range(1, len(words) - 2):
        if words[i].group(1) in _SURNAMES and len(words) - i - 1 in (2, 3):
            # "HTX … Trung Thành| Nguyễn Văn An": the holder's name after the name (a family
            # name after the name's first word, two or three capitalised words more)
            return words[i - 1].end()
    return end


# "quốc gia" in lower case right after a centre's field words: the national centre
_NATIONAL = re.compile(r"\s+quốc\s+gia" + _E)


# words of two syllables a registered name ends in with its second in lower case, that are no
# field ("Trung tâm Hội nghị Quốc gia": the national one, "Quốc| gia" one word)
_NAME_ENDS = frozenset({(skey("quốc"), skey("gia"))})


# (not "Thái", "Lâm", "Hà": they open the places companies are named after, "Thái Bình",
# "Lâm Đồng", "Hà Tĩnh")
_SURNAMES = COMMON_SURNAMES - {"Thái", "Lâm", "Hà"}


def _kind(m: re.Match) -> str:
    head = m.group("head")
    return "đơn vị" if head.startswith(("Trung", "Câu", "CLB")) \
        else "doanh nghiệp"


def _name(text: str, start: int, end: int) -> str:
    name = _ACRONYM_BRACKET.sub("", text[start:end])
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"^CLB(?= )", "Câu lạc bộ", name)
    name = re.sub(r"^(Tổng )?Cty(?= )", lambda m: "Tổng công ty" if m.group(1) else "Công ty", name)
    return name[0].upper() + name[1:]


def _inside_known(ctx: Ctx, start: int, end: int, inner: int) -> bool:
    """Whether a catalogue body's reading begins inside the name's words (after ``inner``)."""
    return any(c.known and inner < c.start < end for c in ctx.cands)


def _longer(ctx: Ctx, start: int, end: int) -> int | None:
    """The priority the reading takes (above the readings at its head), or None when a reading
    of an earlier pass already runs as far."""
    rivals = [c for c in ctx.cands if c.start < end and start < c.end]
    if any(c.start <= start and c.end >= end for c in rivals):
        return None
    return max((c.priority for c in rivals), default=0) + 1


def _add_named(ctx: Ctx, m: re.Match, end: int, kind: str | None = None) -> None:
    start = m.start()
    if _inside_known(ctx, start, end, m.end("head") if "head" in m.re.groupindex else end):
        return
    priority = _longer(ctx, start, end)
    if priority is None:
        return
    u_start, u_name = union_of(ctx.text, start, _name(ctx.text, start, end))
    ctx.add(u_start, end, u_name, None, None, kind or _kind(m),
            priority + 1 if u_start < start else priority, known=False)


def _add_placed(ctx: Ctx, m: re.Match, name_end: int, place: Place,
                kind: str | None = None) -> None:
    start = m.start()
    if _inside_known(ctx, start, name_end,
                     m.end("head") if "head" in m.re.groupindex else name_end):
        return
    priority = _longer(ctx, start, place.end)
    if priority is None:
        return
    body = Body(_name(ctx.text, start, name_end), None, kind or _kind(m), "")
    canon = canonical(body, place, ctx.source_province)
    if canon is None:
        return
    if not place.place and place.level != "tỉnh":
        # "… huyện" with no district written: the district named before, by the resolver
        ctx.add(start, place.end, canon[0], None, canon[1], body.kind, priority, body,
                place, known=False)
        return
    u_start, u_name = union_of(ctx.text, start, canon[0])
    ctx.add(u_start, place.end, u_name, None, canon[1], body.kind,
            priority + 1 if u_start < start else priority, known=False)
