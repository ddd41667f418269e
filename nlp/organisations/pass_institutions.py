"""Pass: institutions named by a head and a proper name (schools, hospitals,
companies, cooperatives, border posts, clubs), with the trade union of one written before it."""

from __future__ import annotations

import re

from baochi.nlp import places
from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import INSTITUTION, NOT_IN_NAME, SCHOOL_UNIT, read_name
from baochi.nlp.organisations.pass_grassroots import BRANCH_WORDS, ORGANISATIONS
from baochi.nlp.organisations.pass_member_universities import member_universities
from baochi.nlp.organisations.placing import city_place, read_place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import CAPITAL, LOCAL_LEVELS, skey

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
    # up to eight lower-case syllables of kind ("Khu| nông nghiệp ứng dụng công nghệ cao Măng Đen");
    # a level or clause word stops the reading above
    if not 1 <= lower <= 8:
        return None
    upper = lower
    while upper < len(words) and upper - lower < 4 and words[upper][0][0].isupper():
        upper += 1
    return pos + words[upper - 1][1] if upper > lower else None


# cooperatives and production groups: a product in lower case may come before their name
_COOPERATIVE = re.compile(r"Hợp\s+tác\s+xã|HTX|Tổ\s+(?:liên\s+kết|hợp\s+tác)(?:\s+sản\s+xuất)?")
# a kind of cooperative written with capitals and no name after it ("Hợp tác xã Phi nông
# nghiệp", "HTX Nông nghiệp" closing a phrase): no body
_COOPERATIVE_KIND = re.compile(r"\s+(?i:phi\s+)?(?i:nông\s+nghiệp)(?!\s+(?-i:[A-ZĐ0-9]))")
# a dash before the branch of the body named before it
_BRANCH_DASH = re.compile(r"\s*[-–]\s*(?=[Cc]hi\s+nhánh\s)")
def _no_one_body(text: str, m: re.Match, end: int) -> bool:
    """Units counted ("Chi hội 05 thôn trên địa bàn": the branches of five hamlets), or the
    country's cooperatives ("Ngày Hợp tác xã Việt Nam": a sector; its body is the alliance,
    "Liên minh Hợp tác xã Việt Nam", the catalogue's): no one body."""
    return _COUNTED_UNITS.match(text, m.end("head")) is not None \
        or (_COOPERATIVE.fullmatch(m.group("head")) is not None
            and _COUNTRY_ONLY.fullmatch(text, m.end("head"), end) is not None)


# a number and a kind of unit with no name after it ("Chi hội 05 thôn trên địa bàn xã"): the
# units counted, no one body
_COUNTED_UNITS = re.compile(r"\s+\d{1,3}\s+(?:thôn|ấp|bản|buôn|xóm|khu\s+phố|tổ\s+dân\s+phố|xã|"
                            r"phường|thị\s+trấn|huyện|đơn\s+vị|chi\s+hội|cơ\s+sở)(?![^\W_])"
                            r"(?!\s+(?-i:[A-ZĐ0-9]))")
# a cooperative "named" by the country alone: the sector, no one cooperative
_COUNTRY_ONLY = re.compile(r"\s*Việt\s+Nam(?:\s+\d[\d/.\-–]*)?")
# a company's legal form written as its head: what follows is the company's own name
_LEGAL_FORM = re.compile(r"TNHH|CP|[Cc]ổ\s+phần|tư\s+nhân|DNTN|thành\s+viên")
_INSTITUTION_HINTS = ("rường", "ệnh viện", "ông ty", "ông Ty", "tư nhân", "DNTN", "Doanh nghiệp", "CĐCS", "Hợp tác xã", "HTX", "Ngân hàng",
                      "Tập đoàn", "Tổ liên kết", "Tổ hợp tác", "Trung tâm", "Ban Quản lý", "Ban quản lý", "ồn ", "Trạm", "đoàn", "Hải đội",
                      "Câu lạc bộ", "CLB", "hà máy", "Chi nhánh", "Chi hội", "Chi cục", "sứ quán",
                      "Xí nghiệp", "Nhóm", "Giáo", "Tạp chí", "Viện", "Học viện", "Bảo tàng", "Lãnh sự",
                      "Đại đội", "Trung đội", "Tiểu đội", "Trại", "cai nghiện", "tiếp vận", "thị trường số", "QLTT",
                      "àng không", "iều dưỡng")
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
    (re.compile(r"(?<=^Trường )MN\b"), "Mầm non"),
    (re.compile(r"(?<=^Trường )CĐ\b"), "Cao đẳng"),
    # the older names of the levels ("trường cấp 3 Liên Hà", "Trường cấp II X")
    (re.compile(r"(?<=^Trường )[Cc]ấp\s+(?:3|III)\b"), "Trung học phổ thông"),
    (re.compile(r"(?<=^Trường )[Cc]ấp\s+(?:2|II)\b"), "Trung học cơ sở"),
    (re.compile(r"(?<=^Trường )[Cc]ấp\s+(?:1|I)\b"), "Tiểu học"),
    (re.compile(r"^Đồn BP\b"), "Đồn Biên phòng"),
)


def _school_name(name: str) -> str:
    if not name.startswith(("Trường ", "Đồn BP ")):
        return name
    for pattern, words in _SCHOOL_WORDS:
        name = pattern.sub(words, name, count=1)
    if _GENERAL_SCHOOL.search(name):
        name = _CITY_WORDS.sub(_city_words, name, count=1)
    # two levels of one school joined by "&" ("Trường THCS & Tiểu học X"): "và", as written out
    name = _SCHOOL_AND.sub(" và ", name)
    # a boarding school joined to its level by a dash, spaced or not ("PTDTNT–THCS X")
    return _BOARDING_DASH.sub("trú - ", name, count=1)


# a city or town abbreviated at the head of a general school's name ("THPT TP. Sóc Trăng",
# "THCS TX Quảng Trị"), written out in the canonical name
_CITY_NAMED = re.compile(r"\s+(?:TP|Tp|TX)\.?(?=\s*[A-ZĐ])")
_CITY_WORDS = re.compile(r"(?<=\s)(?P<abbr>TP|Tp|TX)\.?\s*(?=[A-ZĐ])")


def _city_words(m: re.Match) -> str:
    return "Thị xã " if m.group("abbr") == "TX" else "Thành phố "


_SCHOOL_AND = re.compile(r"\s*&\s*(?=Trung học|Tiểu học|Mầm non|Mẫu giáo|THCS|THPT|TH\b)")
_BOARDING_DASH = re.compile(r"trú\s*[-–]\s*(?=Trung|Tiểu)")


def _trade_end(text: str, head: str, head_end: int, end: int) -> int | None:
    """End of a company's or cooperative's name whose trade comes before its proper name, or
    None (read on as any institution's)."""
    if not (_LEGAL_FORM.search(head) or _COOPERATIVE.fullmatch(head)):
        return None
    if end == head_end:
        # "Công ty cổ phần mật ong Xuân Nguyên", "Công ty TNHH một thành viên dầu khí La
        # Giang": a company's trade in lower case before its proper name; so too a
        # cooperative's or production group's product ("Hợp tác xã nhãn an toàn X")
        return _facility_end(text, head_end) or head_end
    if _ENDS_LOWER.search(text, head_end, end):
        # "HTX Tiểu thủ công nghiệp| mỹ nghệ xuất khẩu X", "Công ty TNHH Xây dựng| dân dụng X":
        # a trade written with a capital goes on in lower case up to the proper name
        return _facility_end(text, end)
    return None


def _club_end(text: str, head_end: int, end: int) -> int:
    """End of a club's name read up to ``end``: "CLB Võ thuật cổ truyền tỉnh X", "Câu lạc bộ
    Bóng chuyền hơi người cao tuổi huyện Y": a club's field goes on in lower case up to the
    level of the unit that runs it. A name cut after its first syllable inside a phrase that
    goes on in lower case ("mô hình Câu lạc bộ Liên| thế hệ tự giúp nhau") is a kind of club
    written in sentence case, no body: ``head_end``."""
    tail = _CLUB_TAIL.match(text, end)
    if tail is not None and not NOT_IN_NAME.search(tail.group(0)) \
            and not _CLUB_TAIL_NOT.search(tail.group(0)) \
            and all(w[0].islower() for w in tail.group(0).split()):
        return tail.end()
    name = text[head_end:end].strip()
    if tail is None and " " not in name and not name.isupper() \
            and (cut := _CLUB_CUT.match(text, end)) is not None \
            and not _CLUB_TAIL_NOT.search(cut.group(0)) and not NOT_IN_NAME.search(cut.group(0)):
        # the phrase may reach the unit's level a little later ("CLB Liên thế hệ tự giúp nhau
        # xã X"): the club of that unit, its whole phrase in the name
        longer = _CLUB_CUT_TO_LEVEL.match(text, end)
        if longer is not None and not _CLUB_TAIL_NOT.search(longer.group(0)) \
                and not NOT_IN_NAME.search(longer.group(0)):
            return longer.end()
        return head_end
    return end


# two lower-case syllables going on after a club's one-syllable name
_CLUB_CUT = re.compile(r"(?!\s+(?:tỉnh|huyện|quận|thị|thành|xã|phường)(?![^\W_]))"
                       r"(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){2}(?![^\W_])")
_CLUB_CUT_TO_LEVEL = re.compile(r"(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){2,6}?(?=\s+(?:tỉnh|huyện|quận|"
                                r"thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn)\s+[A-ZĐ0-9])")


def _institution_end(ctx: Ctx, m: re.Match) -> int:
    """End of the proper name after an institution's head: the capitalised words (or numbers,
    "&", "-"); after a facility noun ("Ban Quản lý Khu di tích Nguyễn Du") its lower-case kind
    and the proper name, or nothing."""
    text, head_end = ctx.text, m.end("head")
    if _COOPERATIVE.fullmatch(m.group("head")) and _COOPERATIVE_KIND.match(text, head_end):
        return head_end  # "các Hợp tác xã Phi nông nghiệp": a kind of cooperative, no name
    if (legal := _SPELT_LEGAL_FORM.match(text, head_end)) is not None \
            and m.group("head").endswith(("Công ty", "công ty")):
        # "Công ty trách nhiệm hữu hạn (một thành viên) X": the legal form spelt out, then the
        # company's name, its trade perhaps in lower case first
        end = _without_amount(text, legal.end(), read_name(ctx.view, legal.end(), limit=8))
        return end if end > legal.end() else (_facility_end(text, legal.end()) or head_end)
    end = _without_amount(text, head_end, read_name(ctx.view, head_end, limit=8))
    city = _CITY_NAMED.match(text, head_end) if _GENERAL_SCHOOL.search(m.group("head")) else None
    if city is not None and (after := read_name(ctx.view, city.end(), limit=6)) > city.end():
        # "Trường THPT TP. Sóc Trăng": a school named after its city, the city's name after the
        # abbreviation's dot is the school's name, not a place read after it
        return _proper_name_end(ctx, head_end, max(end, after))
    if (trade := _trade_end(text, m.group("head"), head_end, end)) is not None:
        return trade
    while end > head_end and text[end - 1] in " -&":
        end -= 1
    if text.endswith(" TP", head_end, end) and text[end:end + 1] == "." and end - 3 > head_end:
        end -= 3  # "Trường Đại học Y Dược TP.HCM": the city is the place read after the name
    last = text[m.start("name"):end].rsplit(" ", 1)[-1] if end > head_end else ""
    if last in _FACILITY:
        end = _facility_end(text, end) or (end - len(last))
        while end > head_end and text[end - 1] in " -&":
            end -= 1
    if end > head_end and _GENERAL_SCHOOL.search(m.group("head")):
        end = _proper_name_end(ctx, head_end, end)
    if end > head_end and m.group("head").startswith(("CLB", "Câu")):
        end = _club_end(text, head_end, end)
    f = _FIELDS_IN_NAME.match(text, end) if end > head_end and m.group("head")[0] in "Tt" \
        else None
    if f is not None and not _HEAD_WORD.search(f.group(0)):
        # a school named by a list of fields ("Trường Cao đẳng nghề Cơ điện, Xây dựng và Nông
        # lâm Trung bộ"): the list and the words after its "và" are the name
        after = read_name(ctx.view, f.end(), limit=6)
        end = after if after > f.end() else end
    return end


# a company's legal form spelt out after "Công ty" ("trách nhiệm hữu hạn một thành viên")
_SPELT_LEGAL_FORM = re.compile(r"\s+trách\s+nhiệm\s+hữu\s+hạn(?:\s+(?:MTV|một\s+thành\s+viên|"
                               r"hai\s+thành\s+viên(?:\s+trở\s+lên)?))?(?![^\W_])", re.I)
# a number right after a name that opens an amount ("Công ty X 20.000.000 đồng", "nhà máy
# 4.500m2", "Công ty X 20 triệu đồng"): the sum or the size, no word of the name
_AMOUNT = re.compile(r"[.,]\d|\s*(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng|USD|suất|phần|m2|m²|ha|tấn|kg|"
                     r"chiếc|người|hộ|xuất)(?![^\W_])")
_LAST_NUMBER = re.compile(r"\s+\d+$")


def _without_amount(text: str, head_end: int, end: int) -> int:
    """``end`` before a number the name read ends with when an amount begins there."""
    last = _LAST_NUMBER.search(text, head_end, end)
    if last is not None and _AMOUNT.match(text, end):
        return last.start()
    return end


# companies and platoons: by their number alone, units of some unit the text does not name
_SMALL_UNITS = ("Đại", "Trung đội", "Tiểu đội")
# a college, university or academy named by its fields ("Trường Cao đẳng Văn hóa và Nghệ
# thuật", "Trường Đại học Khoa học Xã hội và Nhân văn", "Học viện Báo chí và Tuyên truyền")
_HIGHER_SCHOOL = re.compile(r"(?i:đại\s+học|cao\s+đẳng|trung\s+cấp)|CĐ|^Học\s+viện")
# "và" and a field: a capitalised syllable, then a lower-case one
_AND_FIELD = re.compile(r"\s+và\s+(?=" + CAPITAL + r"[^\W\d_]*\s+(?-i:[a-zđà-ỹ]))")
_ENDS_LOWER = re.compile(r"\s(?-i:[a-zđà-ỹ])[^\W\d_]*$")


def _fields_over_and(ctx: Ctx, head_end: int, end: int) -> int:
    """End of a higher school's name whose fields go on over "và" and a capitalised field
    ("… Văn hóa| và Nghệ thuật"): the name read so far ends in a field's lower-case syllable
    (a proper name — "Đại học Vinh và Hà Tĩnh" — does not) and what follows "và" is a field,
    a capital and a lower-case syllable of one word, not the head of another body."""
    text = ctx.text
    a = _AND_FIELD.match(text, end)
    if a is None or not _ENDS_LOWER.search(text, head_end, end) or _HEAD_WORD.match(text, a.end()):
        return end
    nxt = _WORD.match(text, a.end())
    second = _WORD.match(text, nxt.end() + 1) if nxt is not None else None
    if second is None or second.start() in ctx.view.word_starts:
        return end  # "… và Hà Tĩnh tổ chức": the lower-case word opens a clause
    after = read_name(ctx.view, a.end() - 1, limit=4)  # from the space before the field
    return after if after > a.end() else end


# the trades a company's registered name stacks as short forms ("Công ty TNHH SX TMDV XNK X",
# "Công ty CP XD-TM Y"): spelt out inside the name (GUIDE: short forms of words are spelt out)
_TRADE_WORDS = {"SX": "Sản xuất", "TM": "Thương mại", "DV": "Dịch vụ", "XNK": "Xuất nhập khẩu",
                "XD": "Xây dựng", "XL": "Xây lắp", "ĐT": "Đầu tư", "PT": "Phát triển",
                "VT": "Vận tải", "KD": "Kinh doanh"}
_TRADE_TOKEN = re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(_TRADE_WORDS, key=len, reverse=True))
                          + r"){1,3}(?![^\W_])")
_TRADE_PART = re.compile("|".join(sorted(_TRADE_WORDS, key=len, reverse=True)))
# a company's head and legal form, before its trades
_COMPANY_HEAD = re.compile(r"^(?:Tổng\s+)?[Cc]ông\s+ty(?:\s+(?:TNHH|CP|[Cc]ổ\s+phần|trách\s+nhiệm\s+"
                           r"hữu\s+hạn)(?:\s+(?:MTV|[Mm]ột\s+thành\s+viên))?)?")


def company_words(name: str) -> str:
    """A company's name with the short forms of its trades spelt out, when every short form
    after its legal form is one of the trades (a brand in capitals stays as written)."""
    head = _COMPANY_HEAD.match(name)
    if head is None:
        return name
    rest = name[head.end():]
    words = rest.split()
    trades = [w for w in re.split(r"[\s\-–]+", rest) if _TRADE_TOKEN.fullmatch(w)]
    if not trades or not words or not _TRADE_TOKEN.fullmatch(re.split(r"[\-–]", words[0])[0]):
        return name  # the trades open the name, or no short form is there
    def spell(m: re.Match) -> str:
        return " ".join(_TRADE_WORDS[p] for p in _TRADE_PART.findall(m.group(0)))
    rest = _TRADE_TOKEN.sub(spell, rest)
    rest = re.sub(r"\s*[-–]\s*", " - ", rest)
    return name[:head.end()] + rest


# an enterprise's head: its trade may go on in lower case before its proper name
_ENTERPRISE = re.compile(r"Xí\s+nghiệp|[Nn]hà\s+máy|Công\s+[Tt]y|Tổng\s+[Cc]ông\s+ty")
_TITLE_CASE_COMPANY = re.compile(r"^Công Ty(?![^\W_])")
# one to three lower-case words of a trade, then a capitalised word
_TRADE_TAIL = re.compile(r"(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){1,3}(?=\s+" + CAPITAL + ")")
_TRADE_NOT = re.compile(r"(?<![^\W_])(?:của|các|và|ở|tại|với|thuộc|trong|trên|cho|cùng|là|có|được|"
                        r"đã|đang|sẽ|vừa|năm|này|đó|không|mới|nhiều|cũng|để|do|từ|đến|theo|về|"
                        r"khi|như|bị|tới|ông|bà|anh|chị|em|cháu|tỉnh|huyện|xã|phường|quận|thị|"
                        r"thành)(?![^\W_])")
_SURNAME = re.compile(r"(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý)"
                      r"(?![^\W_])")


def _trade_over_lower(ctx: Ctx, head_end: int, end: int) -> int:
    """End of an enterprise's name whose trade goes on in lower case before its proper name
    ("Xí nghiệp Chế biến| nông sản| Điều Phú Yên", "Nhà máy Chế biến| gỗ| X"): the name read
    so far is a trade (it ends in a lower-case syllable of a capitalised word, not a proper
    name), the lower-case words are no clause's, and what follows is no other body's head nor
    a person's name."""
    text = ctx.text
    if not _ENDS_LOWER.search(text, head_end, end):
        return end
    t = _TRADE_TAIL.match(text, end)
    if t is None or _TRADE_NOT.search(t.group(0)) or NOT_IN_NAME.search(t.group(0)):
        return end
    cap = t.end() + 1
    if _HEAD_WORD.match(text, cap) or _SURNAME.match(text, cap):
        return end
    after = read_name(ctx.view, t.end(), limit=4)
    if after <= t.end() or not _ends_with_place(text[t.end():after]):
        return end  # "Nhà máy Thủy điện| phát điện Tết": a verb and its object
    return after


def _ends_with_place(words: str) -> bool:
    """Whether a proper name ends with a province's or a district's name ("Điều Phú Yên"):
    where an enterprise of a trade is, not the object of a verb."""
    sylls = words.split()
    return any(places.province_of_form(" ".join(sylls[-k:])) is not None
               or places.is_district_name(" ".join(sylls[-k:]))
               for k in (1, 2, 3) if len(sylls) >= k and (k > 1 or len(sylls) == 1))


# a school of general education (nursery to upper secondary): named after a person or a place,
# so its name ends at the first lower-case word after that name ("trường mẫu giáo Thuận Thành
# xây dựng Kế hoạch …": a verb, not a word of the name); colleges and universities have fields
_GENERAL_SCHOOL = re.compile(r"(?i:mầm\s+non|mẫu\s+giáo|tiểu\s+học|trung\s+học|dân\s+tộc)|"
                             r"THCS|THPT|(?<![^\W_])(?:TH|MN|PTDT\w*)(?![^\W_])")
_WORD = re.compile(r"[^\s,.;:()“”\"]+")


def _proper_name_end(ctx: Ctx, head_end: int, end: int) -> int:
    """End of a general school's proper name read up to ``end``: before the first lower-case
    word that opens a word of its own after a capitalised one (the words inside a syllable
    group the segmenter joins, "Xây| dựng", stay; "số 2" stays)."""
    text, view = ctx.text, ctx.view
    prev_cap = False
    last_end = head_end
    for w in _WORD.finditer(text, head_end, end):
        word = w.group(0)
        if word[0].islower() and prev_cap and word != "số" and w.start() in view.word_starts:
            return last_end
        prev_cap = word[0].isupper() or word[0].isdigit()
        last_end = w.end()
    return end


# fields listed inside a name, closed by "và" and a capitalised word: each a capitalised
# syllable and at most one lower-case one
_FIELDS_IN_NAME = re.compile(
    r"(?:,\s+(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[a-zđ])[^\W\d_]*)?){1,3}\s+và(?=\s+(?-i:[A-ZĐ]))")
# a word that opens another body, not a field of this one
_HEAD_WORD = re.compile(r"(?<![^\W_])(?:Trường|Bệnh|Công|Hội|Ban|Sở|Phòng|Trung|UBND|HĐND|Đoàn|"
                        r"Huyện|Tỉnh|Xã|Chi|Liên|Ủy|Đảng|Viện|Cục)(?![^\W_])")


def pass_institutions(ctx: Ctx) -> None:
    """Named institutions: schools, hospitals, companies, banks ("Trường THPT Phan Đình Phùng")."""
    text = ctx.text
    if not any(h in text for h in _INSTITUTION_HINTS):
        _universities_written_short(ctx)
        return
    pos = 0
    while (m := INSTITUTION.search(text, pos)) is not None:
        pos = m.end("head")  # the name group may run over the next head: rescan from here
        end = _institution_end(ctx, m)
        if end > m.end("head") and _HIGHER_SCHOOL.search(m.group("head")):
            end = _fields_over_and(ctx, m.end("head"), end)
        elif end > m.end("head") and _ENTERPRISE.match(m.group("head")):
            end = _trade_over_lower(ctx, m.end("head"), end)
            # "Tổng công ty Phân bón| và Hóa chất Dầu khí": a group's trades over "và"
            end = _fields_over_and(ctx, m.end("head"), end)
        if m.group("head").startswith("Chi hội") and (skey(
                "Hội " + text[m.end("head"):end]) in ctx.cat.by_key
                or BRANCH_WORDS.match(text, m.end("head"))):
            # "Chi hội Phụ nữ thôn 3": a branch of a mass organisation, named by its unit (the
            # grass-roots pass); one named by its commune or district is read here
            _association_branch(ctx, m)
            continue
        if _no_one_body(text, m, end):
            continue
        name = _CLUB_HEAD.sub("Câu lạc bộ", re.sub(r"\s+", " ", text[m.start():end]), 1)
        # "Bảo tàng X - Chi nhánh Y": the branch named after its parent, no dash between (as the
        # labels name a bank's or a museum's branch)
        name = _BRANCH_DASH.sub(" ", name)
        name = _school_name(name[0].upper() + name[1:])  # "trường THPT X" names the school
        if _ENTERPRISE.match(m.group("head")):
            # "Công Ty TNHH X": the head in title case is the same word, written "Công ty"
            name = company_words(_TITLE_CASE_COMPANY.sub("Công ty", name, count=1))
        place = read_place(ctx.view, end, ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place and place.place:
            where = city_place(place.place) if place.place in places.cities() else place.place
            name = f"{name} {place.level} {where}"  # "… thành phố Hồ Chí Minh" once
            end = place.end
        elif end == m.end("head") or (m.group("head").startswith(_SMALL_UNITS) and text[
                m.end("head"):end].strip().isdigit()):
            continue  # "Đại đội 2": a company of some unit the text does not name
        elif place is not None and place.level in LOCAL_LEVELS and _CLUB_HEAD.sub(
                "Câu lạc bộ", m.group("head") + " ").strip() in _CLUBS:
            # ("CLB" written short is the club's head too: "CLB TNTN huyện")
            # "Câu lạc bộ Cựu quân nhân xã": the commune's club, placed by the resolver
            body = Body(name, None, "đơn vị", "")
            canon = canonical(body, place, ctx.source_province)
            if canon is not None:
                ctx.add(m.start(), place.end, canon[0], None, canon[1], "đơn vị", 1, body, place,
                        known=False)
                pos = place.end
                continue
        pos = end
        start, name = union_of(text, m.start(), name)
        # a union written in full before its school ("Đoàn Thanh niên Cộng sản Hồ Chí Minh
        # Trường …") is one body: it outranks the union's bare national name read there
        ctx.add(start, end, name, None, place.province if place else None, "đơn vị",
                2 if start < m.start() else 1, known=False)
    _brand_unions(ctx)
    _named_enterprises(ctx)
    _groups_written_short(ctx)
    _numbered_posts(ctx)
    _units_by_arm(ctx)
    _listed_schools(ctx)
    _universities_written_short(ctx)
    _school_union_lists(ctx)
    member_universities(ctx)


# the Youth Unions of several schools under one plural head, the schools named by their type
# and name without "Trường" ("các Đoàn trường: Đại học A, Đại học B và Đoàn trường Cao đẳng C",
# "Đoàn Thanh niên các trường: THPT A, THPT B"): the Youth Union of each school (GUIDE)
_SCHOOL_UNIONS = re.compile(
    r"(?<![^\W_])(?:[Cc]ác\s+Đoàn\s+(?:[Tt]rường|TN\s+trường|Thanh\s+niên\s+trường)|"
    r"Đoàn\s+(?:Thanh\s+niên\s+|TN\s+)?các\s+trường)\s*:?(?=\s)")
# an item of such a list: its own head written again or not, then the school's type
_LISTED_TYPE = re.compile(
    r"\s+(?P<union>Đoàn\s+[Tt]rường\s+|Đoàn\s+(?:Thanh\s+niên|TN)\s+[Tt]rường\s+|Trường\s+)?"
    r"(?P<type>Đại\s+học|ĐH|Cao\s+đẳng|CĐ|Học\s+viện|Trung\s+cấp|THPT|THCS|"
    r"Trung\s+học\s+(?:phổ\s+thông|cơ\s+sở))(?=\s+[A-ZĐ])")
# the university's branch written after its name ("Đại học X Phân hiệu tại Đồng Nai")
_LISTED_CAMPUS = re.compile(r"\s*[-–]?\s*Phân\s+hiệu\s+tại\s+(?P<town>(?:TP\.?\s*)?[A-ZĐ]"
                            r"[^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})(?![^\W_])")
_NEXT_ITEM = re.compile(r"\s*,|\s+và(?=\s)")


def _school_union_lists(ctx: Ctx) -> None:
    """The schools' Youth Unions listed after one plural head (see ``_SCHOOL_UNIONS``): at
    least two schools, the list closed by anything that is not a school's type."""
    text = ctx.text
    if "Đoàn" not in text or "trường" not in text:
        return
    for m in _SCHOOL_UNIONS.finditer(text):
        found: list[tuple[int, int, str, bool]] = []
        pos = m.end()
        while len(found) < 12 and (item := _LISTED_TYPE.match(text, pos)) is not None:
            read = _listed_school(ctx, item)
            if read is None:
                break
            end, school = read
            found.append((item.start("union") if item.group("union") else item.start("type"),
                          end, school, item.group("union") is not None))
            nxt = _NEXT_ITEM.match(text, end)
            if nxt is None:
                break
            pos = nxt.end()
        if len(found) < 2:
            continue
        for start, end, school, _ in found:
            ctx.add(start, end, f"Đoàn Thanh niên {school}", None, ctx.source_province,
                    "đoàn thể", 2, known=False)


def _listed_school(ctx: Ctx, item: re.Match) -> tuple[int, str] | None:
    """(end, full name) of a school listed by its type and name."""
    text = ctx.text
    end = read_name(ctx.view, item.end("type"), limit=8)
    if end <= item.end("type"):
        return None
    if text.endswith(" Phân hiệu", item.end("type"), end) and text.startswith(" tại ", end):
        end -= len(" Phân hiệu")  # "Đại học X Phân hiệu tại Y": the branch, read below
    if text.endswith(" TP", item.end("type"), end) and text[end:end + 1] == ".":
        end -= 3  # "Đại học X TP. Hồ Chí Minh": the city is the place read after the name
    kind = re.sub(r"\s+", " ", item.group("type"))
    kind = {"ĐH": "Đại học", "CĐ": "Cao đẳng"}.get(kind, kind)
    proper = re.sub(r"\s+", " ", text[item.end("type"):end]).strip()
    school = _school_name(f"Trường {kind} {proper}")
    if kind == "Đại học" and proper.startswith(_UNIVERSITIES):
        school = school.removeprefix("Trường ")
    campus = _LISTED_CAMPUS.match(text, end)
    if campus is not None:
        town = re.sub(r"\s+", " ", campus.group("town"))
        town = re.sub(r"^TP\.?\s*", "Thành phố ", town)
        return campus.end(), f"Phân hiệu {school} tại {town}"
    place = read_place(ctx.view, end, ctx.cat, ctx.source_province, allow_bare_province=False)
    if place and place.place:
        where = city_place(place.place) if place.place in places.cities() else place.place
        return place.end, f"{school} {place.level} {where}"
    return end, school


# a general school's type written without "Trường" after a comma or "và" that follows a school
# ("Trường THCS A, THCS B và THCS C"): each is a school of its own
_LISTED_SCHOOL = re.compile(
    r"\s*(?:,|;|\s+và)\s+(?P<type>THCS\s*(?:[-&]|và)\s*THPT|TH\s*[-&]\s*THCS|THCS|THPT|TH|MN|"
    r"Tiểu\s+học|Trung\s+học\s+cơ\s+sở|Trung\s+học\s+phổ\s+thông|Mầm\s+non|Mẫu\s+giáo)"
    r"(?=\s+[A-ZĐ0-9])")
_GENERAL_SCHOOLS = ("Trường Tiểu học", "Trường Trung học", "Trường Mầm non", "Trường Mẫu giáo",
                    "Trường Phổ thông")


def _listed_schools(ctx: Ctx) -> None:
    """The schools listed after a school by their type alone ("Trường THCS A, THCS B và THCS
    C": three schools, each named in full), or after a plural "các trường" ("cho các trường:
    THCS A và THCS B")."""
    text = ctx.text
    if "," not in text and " và " not in text:
        return
    for c in list(ctx.cands):
        if c.name.startswith(_GENERAL_SCHOOLS):
            _schools_after(ctx, c.end, c.province)
    if "trường" in text:
        for m in _SCHOOLS_PLURAL.finditer(text):
            _schools_after(ctx, m.end(), ctx.source_province, first=True)
        if " và " in text:
            _counted_schools(ctx)


# a count of schools of one type, then their names alone ("3 trường tiểu học, gồm: A, B và C",
# "2 trường THCS A và B"): each is that type's school, named in full; at least two names are
# listed (one name after "các trường THCS" may be the schools' district)
_COUNTED_SCHOOLS = re.compile(
    r"(?<![^\W_])(?:[Cc]ác|[2-9]|1\d|hai|ba|bốn|năm)\s+trường\s+(?P<type>(?i:tiểu\s+học|mầm\s+non|"
    r"mẫu\s+giáo|trung\s+học\s+cơ\s+sở|trung\s+học\s+phổ\s+thông)|THCS|THPT)"
    r"(?P<sep>\s*,?\s*(?:gồm|là)\s*:?|\s*:)?(?=\s+[A-ZĐ])")
_NEXT_SCHOOL = re.compile(r"\s*(?:,|\s+và)\s(?=[A-ZĐ])")


def _counted_schools(ctx: Ctx) -> None:
    text = ctx.text
    for m in _COUNTED_SCHOOLS.finditer(text):
        kind = re.sub(r"\s+", " ", m.group("type"))
        kind = kind[0].upper() + kind[1:].lower() if not kind.isupper() else kind
        found: list[tuple[int, int, str]] = []
        pos = m.end()
        while len(found) < 8:
            start = pos + len(text[pos:]) - len(text[pos:].lstrip())
            if _HEAD_WORD.match(text, start):
                break  # "… và UBND xã": another body, the list is over
            end = read_name(ctx.view, pos, limit=5)
            if end <= start:
                break
            written = re.sub(r"\s+", " ", text[start:end])
            typed = _FIRST_SCHOOL.match(" " + written) is not None  # "Tiểu học Lộc Nga"
            found.append((start, end, _school_name(
                f"Trường {written}" if typed else f"Trường {kind} {written}")))
            nxt = _NEXT_SCHOOL.match(text, end)
            if nxt is None:
                break
            pos = nxt.end() - 1  # read_name reads from the space before a word
        if len(found) < 2:
            continue
        if not m.group("sep"):
            # "2 trường THCS A và B": the first school is written with its head
            found[0] = (m.start() + m.group(0).index("trường"), found[0][1], found[0][2])
        for start, end, name in found:
            ctx.add(start, end, name, None, ctx.source_province, "đơn vị", 1, known=False)


# a plural of schools followed by their types and names ("các trường: THCS A và THCS B")
_SCHOOLS_PLURAL = re.compile(r"(?<![^\W_])[Cc]ác\s+trường\s*:?(?=\s+(?:THCS|THPT|TH|MN|"
                             r"Tiểu\s+học|Trung\s+học|Mầm\s+non)\s+[A-ZĐ0-9])")
_FIRST_SCHOOL = re.compile(_LISTED_SCHOOL.pattern.replace(r"\s*(?:,|;|\s+và)\s+", r"\s+", 1))


def _schools_after(ctx: Ctx, end: int, province: str | None, first: bool = False) -> None:
    """Add the schools written by their type from ``end`` on, each after a comma or "và" (the
    first one right at ``end`` when ``first``)."""
    text = ctx.text
    while (m := (_FIRST_SCHOOL if first else _LISTED_SCHOOL).match(text, end)) is not None:
        first = False
        name_end = read_name(ctx.view, m.end("type"), limit=5)
        if name_end <= m.end("type"):
            break
        written = re.sub(r"\s+", " ", text[m.start("type"):name_end])
        ctx.add(m.start("type"), name_end, _school_name(f"Trường {written}"), None,
                province, "đơn vị", 1, known=False)
        end = name_end


# a university written short without "Trường" ("ĐH Cửu Long", "ĐH Sư phạm kỹ thuật X"); "ĐH"
# is also the press's short form of "Đại hội" ("ĐH Đoàn", "ĐH Hội LHPN tỉnh", "ĐH đại biểu"):
# not before an organisation's or a congress's word, nor in a paragraph about a congress
_UNIVERSITY_SHORT = re.compile(r"(?<![^\W_])ĐH(?=\s+[A-ZĐ])")
_CONGRESS_WORDS = re.compile(
    r"\s+(?:Đảng|Đoàn|Hội|Công\s+đoàn|Phụ\s+nữ|Nông\s+dân|Cựu|CCB|MTTQ|Mặt\s+trận|Thi\s+đua|"
    r"TDTT|Thể\s+dục|Đại\s+biểu|Chi|Liên|Cháu|Cổ\s+đông|Xã\s+viên|Công\s+nhân|Thanh\s+niên|"
    r"Hội\s+viên|Đội|Người|Phật|Giáo|Khuyến|Chữ|LHPN|HLHPN|TNCS|[IVXL]+(?![^\W_]))(?![^\W_])")
# the national and regional universities are "Đại học …", the others "Trường Đại học …"
_UNIVERSITIES = ("Quốc gia", "Huế", "Đà Nẵng", "Thái Nguyên")


def _universities_written_short(ctx: Ctx) -> None:
    """"ĐH X", "Trường ĐH X" read as the university "Trường Đại học X" (see above)."""
    text = ctx.text
    if "ĐH " not in text or "Đại hội" in text or "đại hội" in text or "nhiệm kỳ" in text:
        return
    for m in _UNIVERSITY_SHORT.finditer(text):
        if _CONGRESS_WORDS.match(text, m.end()):
            continue
        start = m.start()
        if text[max(0, start - 7):start].lower().endswith("trường "):
            start -= 7  # "Trường ĐH X": the head written too
        end = read_name(ctx.view, m.end(), limit=7)
        if end <= m.end():
            continue
        proper = re.sub(r"\s+", " ", text[m.end():end]).strip()
        name = f"Đại học {proper}" if proper.startswith(_UNIVERSITIES) \
            else f"Trường Đại học {proper}"
        ctx.add(start, end, name, None, None, "đơn vị", 1, known=False)


def _groups_written_short(ctx: Ctx) -> None:
    """A production group written again without "sản xuất" ("Tổ liên kết nhãn X" after "Tổ
    liên kết sản xuất nhãn X") is the group the paragraph named in full."""
    full = {c.name for c in ctx.cands if c.name.startswith(("Tổ liên kết sản xuất ",
                                                            "Tổ hợp tác sản xuất "))}
    if not full:
        return
    for c in ctx.cands:
        words = c.name.split(" ")
        if c.name.startswith(("Tổ liên kết ", "Tổ hợp tác ")) and words[3:4] != ["sản"]:
            named = " ".join([*words[:3], "sản xuất", *words[3:]])
            if named in full:
                c.name = named


# a mass organisation's branch named by a commune or district ("Chi hội Cựu giáo chức xã X",
# "Chi hội Nữ doanh nhân huyện Y", "Chi hội CCB phường Z"): its organisation's words (a short
# form spelt out), then the level and place
_BRANCH_ORG = re.compile(r"\s+(?P<org>(?:[A-ZĐ][^\W\d_]*|[A-ZĐ]{2,4})(?:\s+[^\W\d_]+){0,4}?)"
                         r"(?=\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\s+"
                         r"[A-ZĐ0-9])")


def _association_branch(ctx: Ctx, m: re.Match) -> None:
    b = _BRANCH_ORG.match(ctx.text, m.end("head"))
    if b is None:
        return
    org = re.sub(r"\s+", " ", b.group("org"))
    org = ORGANISATIONS.get(org, org)
    body = ctx.cat.by_key.get(skey("Hội " + org))
    if body is None and org not in ORGANISATIONS.values():
        return  # the words of no mass organisation: a club's or a charity's own name
    place = read_place(ctx.view, b.end(), ctx.cat, ctx.source_province, allow_bare_province=False)
    if place is None or not place.place or place.level not in LOCAL_LEVELS:
        return
    ctx.add(m.start(), place.end, f"Chi hội {org} {place.level} {place.place}", None,
            place.province, "đoàn thể", 2, known=False)


# an armed unit written with its arm between its head and its number ("Lữ đoàn xe tăng 203",
# "Trung đoàn pháo binh 368"): the unit by its number, as the labels name it
_UNIT_BY_ARM = re.compile(
    r"(?<![^\W_])(?P<head>Lữ\s+đoàn|Sư\s+đoàn|Trung\s+đoàn|Tiểu\s+đoàn)\s+(?:xe\s+tăng|"
    r"thiết\s+giáp|pháo\s+binh|pháo\s+phòng\s+không|phòng\s+không|tên\s+lửa|công\s+binh|"
    r"thông\s+tin|đặc\s+công|bộ\s+binh|cơ\s+giới|hóa\s+học|không\s+quân|hải\s+quân(?:\s+"
    r"đánh\s+bộ)?)\s+(?P<n>\d{1,4})(?![^\W_])")


def _units_by_arm(ctx: Ctx) -> None:
    if "đoàn" not in ctx.text:
        return
    for m in _UNIT_BY_ARM.finditer(ctx.text):
        head = re.sub(r"\s+", " ", m.group("head"))
        ctx.add(m.start(), m.end(), f"{head} {m.group('n')}", None, None, "lực lượng vũ trang", 1,
                known=False)


# a border post written with its number code before its name ("Đồn Biên phòng 847 Long
# Phước"): the post is named by its place, the code is none of its name; the code alone later
# ("Kinh phí do Đồn Biên phòng 847 ủng hộ") is the same post
_POST_CODE = re.compile(r"^(?P<head>Đồn [Bb]iên phòng) (?P<code>\d{2,4})(?: (?P<name>[A-ZĐ].*))?$")


def _numbered_posts(ctx: Ctx) -> None:
    if "iên phòng" not in ctx.text:
        return
    posts: dict[str, str] = {}
    for c in sorted(ctx.cands, key=lambda c: c.start):
        m = _POST_CODE.match(c.name)
        if m is None or c.known:
            continue
        if m.group("name"):
            c.name = f"Đồn Biên phòng {m.group('name')}"
            posts.setdefault(m.group("code"), c.name)
        elif m.group("code") in posts:
            c.name = posts[m.group("code")]


# a grass-roots trade union of an enterprise named by its brand in capitals ("Công đoàn cơ sở
# THACO", "CĐCS VSIP"): the union of that enterprise
_BRAND_UNION = re.compile(r"(?<![^\W_])(?:CĐCS|Công\s+đoàn\s+cơ\s+sở)\s+"
                          r"(?P<brand>[A-Z][A-Z0-9&]{2,9})(?![^\W_])(?!\s+[A-ZĐ0-9])")


def _brand_unions(ctx: Ctx) -> None:
    if "CĐCS" not in ctx.text and "cơ sở" not in ctx.text:
        return
    for m in _BRAND_UNION.finditer(ctx.text):
        if ctx.cat.by_key.get(skey(m.group("brand"))) is not None:
            continue  # a body's initials ("CĐCS UBND …"): read with that body
        ctx.add(m.start(), m.end(), f"Công đoàn cơ sở {m.group('brand')}", None,
                ctx.source_province, "đoàn thể", 1, known=False)


# an enterprise named after "Doanh nghiệp" written with a capital ("Doanh nghiệp Xây dựng
# Hoàng Long hỗ trợ …"): a private enterprise's registered name, its trade and its owner's or
# brand name
_NAMED_ENTERPRISE = re.compile(r"(?<![^\W_])Doanh\s+nghiệp(?=\s+[A-ZĐ])")
# words before it that make it a word of another body's name or a class ("Hiệp hội Doanh
# nghiệp …", "Đoàn Khối Doanh nghiệp", "Cơ quan và Doanh nghiệp", "các Doanh nghiệp …")
_ENTERPRISE_OF = re.compile(r"(?<![^\W_])(?:[Hh]ội|[Kk]hối|và|các|những|nhiều|[Cc]ộng\s+đồng|"
                            r"[Nn]gày|[Hh]iệp\s+hội|[Ll]iên\s+minh|[Qq]uỹ|[Cc]âu\s+lạc\s+bộ|CLB)\s+$")
# names that are a class of enterprises, not one ("Doanh nghiệp Nhà nước", "Doanh nghiệp Việt
# Nam", "Doanh nghiệp Hội viên")
_NOT_ENTERPRISE = re.compile(r"(?:Nhà|Việt|Hội|Nhỏ|Vừa|Trẻ|FDI|Xã|Khoa|Tư|Quốc|Ngoài|Tiêu)"
                             r"(?![^\W_])")


def _named_enterprises(ctx: Ctx) -> None:
    """Enterprises named by "Doanh nghiệp" and a proper name (see ``_NAMED_ENTERPRISE``): at
    least two capitalised syllables, not a place's name, not a class of enterprises."""
    text = ctx.text
    if "Doanh nghiệp" not in text:
        return
    for m in _NAMED_ENTERPRISE.finditer(text):
        if _ENTERPRISE_OF.search(text, max(0, m.start() - 14), m.start()):
            continue
        end = _without_amount(text, m.end(), read_name(ctx.view, m.end(), limit=6))
        written = re.sub(r"\s+", " ", text[m.end():end]).strip(" -&")
        capitals = [w for w in written.split() if w[0].isupper()]
        if len(capitals) < 2 or _NOT_ENTERPRISE.match(written) \
                or places.province_of_form(written) is not None \
                or places.is_district_name(written):
            continue
        ctx.add(m.start(), m.start() + len(text[m.start():end].rstrip(" -&")),
                f"Doanh nghiệp {written}", None, ctx.source_province, "doanh nghiệp", 1,
                known=False)


def _unit_head(written: str) -> str:
    """"chi đoàn thanh niên" -> "Chi đoàn Thanh niên", "Liên Đội" -> "Liên đội"."""
    head = written[0].upper() + written[1:].lower()
    head = re.sub(r" tntp hồ chí minh$", "", head)  # the Pioneers' name is not the unit's
    return head.replace(" thanh niên", " Thanh niên").replace(" giáo viên", " Giáo viên") \
        .replace(" giám hiệu", " Giám hiệu")


def union_of(text: str, start: int, name: str) -> tuple[int, str]:
    """(start, name) of the body an institution's name at ``start`` makes: "Đoàn trường Cao
    đẳng X" is the school's Youth Union, "Công đoàn Trường …" its trade union, "CĐCS Công ty X"
    a company's union (bodies of their own); else the institution itself."""
    union = _UNION_OF.search(text, max(0, start - 45), start)
    if union is None:
        return start, name
    written = re.sub(r"\s+", " ", union.group(0)).strip()
    # an institution's Youth Union is "Đoàn Thanh niên <institution>" however written (GUIDE:
    # the full "… Cộng sản Hồ Chí Minh" names the organisation and its territorial levels only)
    head = "Công đoàn cơ sở" if union.group("grassroots") else "Công đoàn" \
        if written.startswith("Công") else "Đoàn Thanh niên" \
        if written.startswith("Đoàn") else _unit_head(written) \
        if union.group("unit") else written
    return union.start(), f"{head} {name}"


def pass_school_units(ctx: Ctx) -> None:
    """A school's unit written with the school's type but without "Trường" ("Liên đội THCS Lý
    Thường Kiệt", "Chi đoàn THPT Can Lộc"): the unit of that school, named in full."""
    if "ội" not in ctx.text and "hi " not in ctx.text:
        return
    for m in SCHOOL_UNIT.finditer(ctx.text):
        end = read_name(ctx.view, m.end("head"), limit=6)
        while end > m.end("head") and ctx.text[end - 1] in " -&":
            end -= 1
        if end == m.end("head"):
            continue
        unit = re.sub(r"\s+", " ", m.group("unit"))
        school = _school_name("Trường " + re.sub(r"\s+", " ", ctx.text[m.start("head"):end]))
        ctx.add(m.start(), end, f"{unit[0].upper()}{unit[1:].lower()} {school}", None,
                ctx.source_province, "đoàn thể", 1, known=False)
    _bare_pioneer_units(ctx)


# "liên đội" with no school after it ("toàn liên đội", "Liên đội nhà trường")
_BARE_PIONEERS = re.compile(r"(?<![^\W_])[Ll]iên\s+[Đđ]ội(?:\s+nhà\s+trường)?"
                            r"(?!\s+(?:[A-ZĐ0-9]|trường|các|cơ|\())(?![^\W_])")


# a school's board of principals or its Pioneer unit's command with no school after it ("được
# sự đồng ý của Ban giám hiệu nhà trường", "đại diện Ban Giám hiệu", "Ban chỉ huy Liên đội"):
# the school's own (GUIDE); the boards of several schools ("Ban giám hiệu các trường") are none
_BARE_BOARDS = re.compile(r"(?<![^\W_])(?P<unit>[Bb]an\s+[Gg]iám\s+[Hh]iệu|[Bb]an\s+[Cc]hỉ\s+huy\s+"
                          r"[Ll]iên\s+[Đđ]ội)(?:\s+(?:nhà\s+)?trường)?"
                          r"(?!\s+(?:[A-ZĐ0-9]|trường|các|cơ|của|\())(?![^\W_])")


# the teachers' Youth Union branch with no school after it ("các thầy cô trong Chi đoàn giáo
# viên"): the school's own
_BARE_TEACHERS = re.compile(r"(?<![^\W_])[Cc]hi\s+đoàn\s+giáo\s+viên(?!\s+(?:[A-ZĐ]|trường))"
                            r"(?![^\W_])")


def _bare_pioneer_units(ctx: Ctx) -> None:
    """"Liên đội" (and "Chi đoàn giáo viên", "Ban giám hiệu nhà trường", "Ban chỉ huy Liên
    đội") written alone is the unit of the one school the paragraph names ("Liên đội Tiểu học
    Trác Văn … toàn liên đội"), else of the school whose own site the page is ("…/thtracvan/…");
    nothing when they name none or several."""
    if "iên" not in ctx.text and "iám" not in ctx.text:
        return
    schools = {c.name.split(" ", 2)[2] if c.name.startswith("Liên đội Trường ") else c.name
               for c in ctx.cands if c.name.startswith(("Trường ", "Liên đội Trường "))}
    if not schools and ctx.address:
        # on a school's own site, the school its address names ("…/thtracvan/…")
        site = places.school_site(ctx.address, ctx.source_province)
        schools = {site} if site else set()
    if len(schools) != 1:
        return
    school = schools.pop()
    for m in _BARE_PIONEERS.finditer(ctx.text):
        ctx.add(m.start(), m.end(), f"Liên đội {school}", None, ctx.source_province, "đoàn thể",
                1, known=False)
    for m in _BARE_TEACHERS.finditer(ctx.text):
        ctx.add(m.start(), m.end(), f"Chi đoàn giáo viên {school}", None, ctx.source_province,
                "đoàn thể", 1, known=False)
    for m in _BARE_BOARDS.finditer(ctx.text):
        unit = _unit_head(re.sub(r"\s+", " ", m.group("unit"))).replace(" liên đội", " Liên đội")
        ctx.add(m.start(), m.end(), f"{unit} {school}", None, ctx.source_province, "đoàn thể", 1,
                known=False)


_CLUBS = frozenset(("Câu lạc bộ", "Chi hội"))
# lower-case words of a club's field before its level word (at most four)
_CLUB_TAIL = re.compile(r"(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){1,4}(?=\s+(?:tỉnh|huyện|quận|thị\s+xã|"
                        r"thành\s+phố|xã|phường|thị\s+trấn)(?![^\W_]))")
# words that end a name rather than go on with it (a clause, a grouping, an owner)
_CLUB_TAIL_NOT = re.compile(r"(?<![^\W_])(?:của|các|và|thuộc|ở|năm|có|không|này|đó|mới)(?![^\W_])")
# a club's head as the press shortens or defines it: "CLB X", "Câu lạc bộ (CLB) X"
_CLUB_HEAD = re.compile(r"^(?:CLB|Câu lạc bộ \(CLB\)|Câu lạc bộ\(CLB\))(?= )")
_UNION_OF = re.compile(r"(?<![^\W_])(?:(?P<grassroots>CĐCS|Công\s+đoàn\s+cơ\s+sở)|"
                       # the Youth Union in any of its names ("Đoàn Thanh niên Cộng sản Hồ Chí
                       # Minh Trường …" is the school's union, as "Đoàn trường …" is)
                       r"Đoàn(?:\s+(?:Thanh\s+niên(?:\s+Cộng\s+sản\s+Hồ\s+Chí\s+Minh)?|TN|"
                       r"TNCS\s+Hồ\s+Chí\s+Minh))?|Công\s+đoàn|"
                       # a school's or a body's unit, in any case ("Liên Đội Trường …", "chi
                       # đoàn Trường …", "Chi bộ Trường …")
                       r"(?P<unit>[Ll]iên\s+[Đđ]ội(?:\s+TNTP\s+Hồ\s+Chí\s+Minh)?|[Cc]hi\s+bộ|"
                       # a school's board of principals ("Ban giám hiệu Trường …", GUIDE)
                       r"[Bb]an\s+[Gg]iám\s+[Hh]iệu|[Cc]hi\s+đoàn"
                       # the teachers' or young workers' branch ("Chi đoàn Giáo viên trường …",
                       # "chi đoàn thanh niên Trung tâm Y tế …")
                       r"(?:\s+(?:[Gg]iáo\s+viên|[Tt]hanh\s+niên))?))\s+$")
