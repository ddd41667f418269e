"""Local bodies named by a brand, a phrase or a parent (round 27): firms by their legal name,
clubs of a body or of a place, and the farmers' "hội quán" named before the word.

* A firm's whole legal name wins over the brand or catalogue body written inside it ("Công ty
  TNHH MTV Petrolimex X" is that company, not "Petrolimex X"); a group written "Tập đoàn"
  with a capitalised brand the catalogue does not hold ("Tập đoàn Hoa Sen Xanh Hi-Tech").
* A club written before the body that runs it ("CLB Thầy thuốc trẻ Sở Y tế X") is one body,
  named by the club and the body's canonical name, as a unit before its parent is.
* A club named by a lower-case phrase up to its level and place ("Câu lạc bộ nghĩa tình thị xã
  X") is that unit's club; "TPHCM" closing a club's name is the city spelt out.
* "<Name> Hội quán" (the Mekong farmers' clubs, their name written first) is a body, and a bare
  "Hội quán" after it in the paragraph is that club again.
* A catalogue bank written by its name ("Ngân hàng …", not its brand alone) and followed by "chi
  nhánh <name>" in lower case is that branch ("Ngân hàng Đầu tư và Phát triển Việt Nam chi
  nhánh X").
* A farmers' union's trade group "Tổ hội nghề nghiệp <trade> <place>", and a bare "Tổ hội nghề
  nghiệp" after it.
* A centre named by fields listed with commas up to its level ("Trung tâm văn hóa, thể thao,
  thanh thiếu niên tỉnh").
* A friendship association abroad with its seat ("Hội Hữu nghị Hàn - Việt tại tỉnh X").
* A shop or workshop by its trade and its own name ("cơ sở bánh mì X"), its branch in brackets
  kept ("(chi nhánh Y)").
"""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.names import CLAUSE_WORDS, NOT_IN_NAME
from baochi.nlp.organisations.pass_units import add_branch
from baochi.nlp.organisations.placing import read_place
from baochi.nlp.organisations.words import CAPITAL

# a capitalised word of a brand: "Petrolimex", "Hi-Tech", "BIN", "Cò"
_CAP_WORD = r"(?-i:" + CAPITAL + r")[^\W_]*(?:-[^\W_]+)*"

# "Công ty TNHH MTV X", "Công ty CP X": a company's head and its legal form written short
_LEGAL_FIRM = re.compile(
    r"(?<![^\W_])Công\s+ty(?:\s+(?:TNHH|MTV|CP|TNHH\s+MTV))+\s+(?P<name>" + _CAP_WORD
    + r"(?:\s+" + _CAP_WORD + r"){0,5})(?![^\W_])"
)
# "Tập đoàn X" (any case of "đoàn") and a capitalised brand
_GROUP = re.compile(
    r"(?<![^\W_])Tập\s+[Đđ]oàn\s+(?P<name>" + _CAP_WORD + r"(?:\s+" + _CAP_WORD
    + r"){0,5})(?![^\W_])"
)


def pass_legal_firms(ctx: Ctx) -> None:
    """A company's legal name over the brand read inside it; a group by its brand."""
    text = ctx.text
    if "Công ty" in text:
        for m in _LEGAL_FIRM.finditer(text):
            inside = [c for c in ctx.cands
                      if m.start() < c.start and c.end <= m.end() and c.known]
            if not inside:
                continue  # nothing inside competes: the institutions' reading stands
            name = re.sub(r"\s+", " ", m.group(0))
            ctx.add(m.start(), m.end(), name, None, ctx.source_province, "doanh nghiệp",
                    max(c.priority for c in inside), known=False)
    if "Tập" in text:
        for m in _GROUP.finditer(text):
            if any(c.start <= m.start() < c.end for c in ctx.cands):
                continue  # a catalogue group ("Tập đoàn Xăng dầu Việt Nam") or a longer name
            brand = re.sub(r"\s+", " ", m.group("name"))
            ctx.add(m.start(), m.end(), "Tập đoàn " + brand, None, None, "doanh nghiệp", 1,
                    known=False)


# a club's head and its name, ending right before the body that runs it
_CLUB_BEFORE = re.compile(
    r"(?<![^\W_])(?:CLB|Câu\s+lạc\s+bộ)\s+(?P<words>(?-i:" + CAPITAL + r")[^\W\d_]*"
    r"(?:\s+[^\W\d_]+){0,4})\s+$"
)
_BODY_HEAD = re.compile(r"^(?:Sở|Bệnh\s+viện|Trung\s+tâm|Ban|Hội|Công\s+an|Bộ|Trường|Đoàn|"
                        r"Ủy\s+ban|UBND|Liên\s+đoàn|Cục|Chi\s+cục|Phòng|Viện|Báo|Đài)(?![^\W_])")


def pass_clubs_of_bodies(ctx: Ctx) -> None:
    """"CLB <name> <body>": the body's club, named with the body's canonical name."""
    text = ctx.text
    if "CLB" not in text and "Câu lạc bộ" not in text:
        return
    for c in list(ctx.cands):
        if c.body is not None and c.level not in (None, "tỉnh"):
            continue  # its name is settled only by the resolver
        if not _BODY_HEAD.match(text[c.start:c.end]):
            continue
        m = _CLUB_BEFORE.search(text, max(0, c.start - 80), c.start)
        if m is None:
            continue
        words = m.group("words")
        if NOT_IN_NAME.search(words) or CLAUSE_WORDS.search(words) \
                or _BODY_HEAD.search(words.split()[-1]):
            continue
        ctx.add(m.start(), c.end, "Câu lạc bộ " + re.sub(r"\s+", " ", words) + " " + c.name,
                None, c.province, "câu lạc bộ", max(c.priority, 1), known=False)


# "Câu lạc bộ <lower-case phrase>" up to a level word
_PHRASE_CLUB = re.compile(
    r"(?<![^\W_])(?:CLB|Câu\s+lạc\s+bộ)(?P<phrase>(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){2,6}?)"
    r"(?=\s+(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn)\s+(?-i:"
    + CAPITAL + r"|[0-9]))"
)
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những|mỗi|nhiều|mô\s+hình)\s+$", re.I)
_CITY_SHORT = re.compile(r"\s+(?:TPHCM|TP\.\s?HCM|TP\s+HCM|TP\.\s?Hồ\s+Chí\s+Minh)$")


def pass_phrase_clubs(ctx: Ctx) -> None:
    """A club named by a lower-case phrase, then its unit's level and place; a club's name
    closed by "TPHCM" spelt out."""
    text = ctx.text
    if "CLB" not in text and "Câu lạc bộ" not in text:
        return
    for m in _PHRASE_CLUB.finditer(text):
        phrase = re.sub(r"\s+", " ", m.group("phrase")).strip()
        if NOT_IN_NAME.search(phrase) or CLAUSE_WORDS.search(phrase) \
                or _PLURAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province, False)
        if place is None or place.place is None or place.level is None:
            continue
        name = f"Câu lạc bộ {phrase[0].upper()}{phrase[1:]} {place.level} {place.place}"
        ctx.add(m.start(), place.end, name, None, place.province, "câu lạc bộ", 2,
                known=False)
    for c in list(ctx.cands):
        if c.known or not c.name.startswith("Câu lạc bộ ") \
                or (city := _CITY_SHORT.search(c.name)) is None:
            continue
        ctx.cands.append(Cand(c.start, c.end, c.name[:city.start()] + " Thành phố Hồ Chí Minh",
                              c.acronym, "Thành phố Hồ Chí Minh", c.kind, c.priority + 1,
                              known=False))


# "<Name> Hội quán": two to four capitalised words before it
_HOI_QUAN = re.compile(
    r"(?<![^\W_])(?P<name>" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){1,3})\s+Hội\s+quán"
    r"(?![^\W_])"
)
_NOT_A_NAME = re.compile(r"^(?:Các|Những|Mỗi|Tại|Đến|Thăm|Ở|Từ|Theo|Với|Cùng|Và|Của)\s")
_BARE_HOI_QUAN = re.compile(r"(?<![^\W_])Hội\s+quán(?!\s+(?:thứ|(?-i:" + CAPITAL + r")))"
                            r"(?![^\W_])")


def pass_named_clubhouses(ctx: Ctx) -> None:
    """"Mỹ Hiệp Hội quán" and, after it in the paragraph, a bare "Hội quán"."""
    text = ctx.text
    if "Hội quán" not in text:
        return
    first = None
    for m in _HOI_QUAN.finditer(text):
        start = m.start()
        if (stop := _NOT_A_NAME.match(m.group("name") + " ")) is not None:
            start += stop.end()  # "Đến Mỹ Hiệp Hội quán": the name after the verb
            if " " not in text[start:m.end("name")]:
                continue
        if any(c.start < m.end() and start < c.end for c in ctx.cands):
            continue
        name = re.sub(r"\s+", " ", text[start:m.end()])
        ctx.add(start, m.end(), name, None, ctx.source_province, "câu lạc bộ", 1,
                known=False)
        first = first or (m.end(), name)
    if first is None:
        return
    for b in _BARE_HOI_QUAN.finditer(text, first[0]):
        before = text[max(0, b.start() - 12):b.start()]
        if _PLURAL_BEFORE.search(before) or re.search(_CAP_WORD + r"\s+$", before):
            continue
        ctx.add(b.start(), b.end(), first[1], None, ctx.source_province, "câu lạc bộ", 1,
                known=False)


# a bank's branch written in lower case after it ("Ngân hàng X chi nhánh Quảng Bình")
_LOWER_BRANCH = re.compile(r"\s+(?:[-–]\s+)?chi\s+nhánh(?=\s+(?-i:" + CAPITAL + r"))")


def pass_bank_branches(ctx: Ctx) -> None:
    """A catalogue bank followed by "chi nhánh <name>" in lower case is that branch, one body
    named as when "Chi nhánh" is capitalised."""
    if "chi nhánh" not in ctx.text:
        return
    for c in list(ctx.cands):
        if not c.known or c.kind != "ngân hàng" \
                or not ctx.text.startswith("Ngân hàng", c.start):
            continue  # a brand alone before "chi nhánh" ("Agribank chi nhánh X") is the bank
        b = _LOWER_BRANCH.match(ctx.text, c.end)
        if b is not None:
            add_branch(ctx, c, b.end(), known=True)


# "Tổ hội nghề nghiệp <trade in lower case> <place>": a farmers' union's trade group, named by
# its trade and its place (a capitalised name, perhaps after a hamlet's or commune's level)
_TRADE_GROUP = re.compile(
    r"(?<![^\W_])Tổ\s+hội\s+nghề\s+nghiệp(?P<trade>(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){1,12}?)"
    r"\s+(?P<place>(?:(?:xã|thôn|ấp|bản|phường|thị\s+trấn)\s+)?" + _CAP_WORD
    + r"(?:\s+" + _CAP_WORD + r"){0,2})(?![^\W_])"
)
_BARE_TRADE_GROUP = re.compile(r"(?<![^\W_])Tổ\s+hội\s+nghề\s+nghiệp(?![^\W_])")


def pass_trade_groups(ctx: Ctx) -> None:
    """A trade group of the farmers' union by its trade and place, and a bare "Tổ hội nghề
    nghiệp" after it when the paragraph names only that one."""
    text = ctx.text
    if "Tổ hội nghề nghiệp" not in text:
        return
    named: list[tuple[int, int, str]] = []
    for m in _TRADE_GROUP.finditer(text):
        trade = m.group("trade")
        if NOT_IN_NAME.search(trade) or _PLURAL_BEFORE.search(text, max(0, m.start() - 12),
                                                               m.start()):
            continue
        name = re.sub(r"\s+", " ", m.group(0))
        named.append((m.start(), m.end(), name))
        ctx.add(m.start(), m.end(), name, None, ctx.source_province, "hội", 2, known=False)
    if len({n for _, _, n in named}) != 1:
        return
    first_end, name = named[0][1], named[0][2]
    for b in _BARE_TRADE_GROUP.finditer(text, first_end):
        if any(s <= b.start() < e for s, e, _ in named) \
                or _PLURAL_BEFORE.search(text, max(0, b.start() - 12), b.start()):
            continue
        ctx.add(b.start(), b.end(), name, None, ctx.source_province, "hội", 1, known=False)


# "Trung tâm <field>, <field>(, | và) <field> <level>": a centre named by fields listed with
# commas, each a few lower-case words, up to its level word
_FIELD = r"(?-i:[a-zđà-ỹ])[^\W\d_]*(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){0,2}"
_COMMA_CENTRE = re.compile(
    r"(?<![^\W_])Trung\s+tâm\s+(?P<fields>" + _FIELD + r"(?:,\s+" + _FIELD + r"){1,3}"
    r"(?:\s+và\s+" + _FIELD + r")?)(?=\s+(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố)(?![^\W_]))"
)
_HEAD_IN_FIELD = re.compile(
    r"(?<![^\W_])(?:trường|bệnh\s+viện|trạm|phòng|ban|hội|sở|ủy\s+ban|đoàn|công\s+an|trung\s+tâm|"
    r"chi\s+cục|cục|viện|đài|báo|các|những|nhà)(?![^\W_])")


def pass_comma_centres(ctx: Ctx) -> None:
    """A centre whose fields are listed with commas ("Trung tâm văn hóa, thể thao, thanh thiếu
    niên tỉnh"), placed by its level."""
    text = ctx.text
    if "Trung tâm" not in text:
        return
    for m in _COMMA_CENTRE.finditer(text):
        fields = re.sub(r"\s+", " ", m.group("fields"))
        if NOT_IN_NAME.search(fields) or CLAUSE_WORDS.search(fields.replace(" và ", " ")) \
                or _HEAD_IN_FIELD.search(fields):
            continue
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province, False)
        if place is None or place.place is None or place.level is None:
            continue
        spelt = ", ".join(f[0].upper() + f[1:] for f in fields.split(", "))
        spelt = re.sub(r" và (\w)", lambda v: " và " + v.group(1).upper(), spelt)
        ctx.add(m.start(), place.end, f"Trung tâm {spelt} {place.level} {place.place}", None,
                place.province, "trung tâm", 2, known=False)


# "Hội Hữu nghị A - B tại (tỉnh) C": a friendship association abroad, named with its seat
_FRIENDSHIP_ABROAD = re.compile(
    r"(?<![^\W_])Hội\s+[Hh]ữu\s+nghị\s+" + _CAP_WORD + r"\s*[-–]\s*" + _CAP_WORD
    + r"\s+tại\s+(?:(?:tỉnh|thành\s+phố|bang|vùng)\s+)?" + _CAP_WORD + r"(?:\s+" + _CAP_WORD
    + r"){0,2}(?![^\W_])"
)


def pass_friendship_abroad(ctx: Ctx) -> None:
    """A friendship association written with "tại" and its seat abroad, named as written (as a
    hometown association keeps its "tại")."""
    if "ữu nghị" not in ctx.text:
        return
    for m in _FRIENDSHIP_ABROAD.finditer(ctx.text):
        name = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", m.group(0)), count=1)
        ctx.add(m.start(), m.end(), name, None, None, "tổ chức nước ngoài", 2, known=False)


# "cơ sở <trade> <Name>" (a shop or workshop by its trade and its own capitalised name), perhaps
# with its branch in brackets: "cơ sở bánh mì X (chi nhánh Y)"
_SHOP = re.compile(
    r"(?<![^\W_])[Cc]ơ\s+sở(?P<trade>(?:\s+(?-i:[a-zđà-ỹ])[^\W\d_]*){1,3})\s+(?P<name>" + _CAP_WORD
    + r"(?:\s+" + _CAP_WORD + r"){1,3})(?![^\W_])"
    r"(?P<branch>\s*\(\s*chi\s+nhánh\s+(?P<bname>" + _CAP_WORD + r"(?:\s+" + _CAP_WORD
    + r"){0,3})\s*\))?"
)
# not a trade: a level, a kind of facility or knowledge, a clause word
_NOT_A_TRADE = re.compile(
    r"(?<![^\W_])(?:tỉnh|huyện|quận|thị|thành|xã|phường|trấn|thôn|ấp|cấp|cơ\s+quan|đơn\s+vị|vật\s+chất|"
    r"hạ\s+tầng|dữ\s+liệu|pháp\s+lý|khoa\s+học|lý\s+luận|thực\s+tiễn|giáo\s+dục|đào\s+tạo|y\s+tế|"
    r"tôn\s+giáo|thờ|tự|hội|đoàn|đảng|sáp\s+nhập|trực\s+thuộc)(?![^\W_])", re.I)
_BODY_WORD = re.compile(r"^(?:Hội|Đoàn|Đảng|Chi|Ban|Công|Ủy|UBND|Trường|Trung|Bệnh|Phòng|Sở)"
                        r"(?![^\W_])")
_PLACE_LEVEL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những|nhiều|mỗi|đoàn|hội|công\s+đoàn|"
                                 r"chi\s+bộ|đảng\s+ủy|cấp)\s+$", re.I)


def pass_shops(ctx: Ctx) -> None:
    """A shop or workshop named by its trade and its own name, its branch in brackets kept."""
    text = ctx.text
    if "ơ sở" not in text:
        return
    for m in _SHOP.finditer(text):
        trade = re.sub(r"\s+", " ", m.group("trade")).strip()
        if NOT_IN_NAME.search(trade) or CLAUSE_WORDS.search(trade) \
                or _NOT_A_TRADE.search(trade) or _BODY_WORD.match(m.group("name")) \
                or _PLACE_LEVEL_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue
        if any(c.start < m.end("name") and m.start() < c.end for c in ctx.cands):
            continue
        name = f"Cơ sở {trade} " + re.sub(r"\s+", " ", m.group("name"))
        end = m.end("name")
        if m.group("branch"):
            name += " chi nhánh " + re.sub(r"\s+", " ", m.group("bname"))
            end = m.end("branch")
        ctx.add(m.start(), end, name, None, ctx.source_province, "doanh nghiệp", 1, known=False)
