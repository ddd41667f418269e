"""Passes: provincial papers and broadcasters named by their province ("Báo Hà Tĩnh"),
national groups' provincial branches named by brand and province ("Viettel Phú Thọ"), and a
province's portal named by its address in a credit ("Ảnh: …/daklak.gov.vn")."""

from __future__ import annotations

import re
from functools import cache

from baochi.nlp import places
from baochi.nlp.catalogues import load
from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import read_name
from baochi.nlp.organisations.placing import city_place
from baochi.nlp.organisations.words import CAPITAL, skey
from baochi.nlp.patterns import WORD_BOUNDARY_AFTER, WORD_BOUNDARY_BEFORE, alternation

_I = re.IGNORECASE


@cache
def _press_re() -> re.Pattern:
    """Provincial papers and broadcasters named by their province ("Báo Hà Tĩnh", "Đài Phát
    thanh và Truyền hình Nghệ An", "Báo và Phát thanh, Truyền hình Quảng Ninh")."""
    provinces = list(places.province_forms())
    return re.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<head>(?-i:[Bb]áo)(?:\s+và\s+Phát\s+thanh,?\s+Truyền\s+hình)?"
        r"|(?-i:Đài)\s+Phát\s+thanh(?:\s+và|\s*[-–,])\s+Truyền\s+hình)\s+(?:tỉnh\s+)?"
        r"(?P<place>(?-i:" + alternation(provinces) + "))" + WORD_BOUNDARY_AFTER
    )


def pass_press(ctx: Ctx) -> None:
    """Provincial papers and broadcasters named by their province ("Báo Hà Tĩnh")."""
    if "áo" not in ctx.text and "Đài" not in ctx.text:
        return
    for m in _press_re().finditer(ctx.tn):
        head = re.sub(r"\s+", " ", ctx.text[m.start("head"):m.end("head")])
        if head[0] == "b" and _NOT_PAPER_BEFORE.search(ctx.tn, max(0, m.start() - 8),
                                                       m.start()):
            continue  # "thông báo Nghệ An …": a notice, not the paper
        head = head[0].upper() + head[1:]  # "báo Hải Dương" names the paper
        if head.startswith("Đài"):
            head = "Đài Phát thanh và Truyền hình"
        prov = ctx.cat.province_keys.get(skey(m.group("place")), m.group("place"))
        longer = _LONGER_PLACE.match(ctx.text, m.end()) if head == "Báo" else None
        if longer is not None:
            # a paper named by a longer place of its province that begins with the province's
            # name ("Báo Điện Biên Phủ"): the paper keeps the whole name as written
            name = f"{m.group('place')} {longer.group('more')}"
            if prov in places.districts().get(name, ()):
                ctx.add(m.start(), longer.end(), f"Báo {name}", None, prov, "báo chí", 2)
                continue
        ctx.add(m.start(), m.end(), f"{head} {prov}", None, prov, "báo chí", 2)
    _papers_before_stations(ctx)


# a province's paper written bare before its station, the place written once after both ("Báo
# và Đài PT-TH Đồng Tháp", "Báo, Đài Phát thanh - Truyền hình tỉnh"): two bodies before the
# 2025 mergers (GUIDE), the paper of the station's province ("Báo và Phát thanh, Truyền hình X",
# the merged body, is one name, read above)
_PAPER_BEFORE_STATION = re.compile(r"(?<![^\W_])Báo(?:\s*,\s*|\s+và\s+)(?=Đài\s)")
_STATION = "Đài Phát thanh và Truyền hình "
# the two cities whose papers are not named by the city ("Hà Nội Mới", "Sài Gòn Giải Phóng")
_PAPERS_NAMED_OTHERWISE = frozenset({"Hà Nội", "Hồ Chí Minh"})


def _papers_before_stations(ctx: Ctx) -> None:
    """"Báo và Đài PT-TH X": the paper of the province whose station is read right after it."""
    if "Báo" not in ctx.text:
        return
    for m in _PAPER_BEFORE_STATION.finditer(ctx.text):
        station = next((c for c in ctx.cands if c.start == m.end() and c.known and c.province
                        and c.name == _STATION + c.province), None)
        if station is None or station.province in _PAPERS_NAMED_OTHERWISE:
            continue
        ctx.add(m.start(), m.start() + 3, f"Báo {station.province}", None, station.province,
                "báo chí", 2)


# the capitalised syllable after a province's name that may make it a longer place's
_LONGER_PLACE = re.compile(r" (?P<more>[A-ZĐ][^\W\d_]+)(?![^\W_])")


@cache
def _call_sign_re() -> tuple[re.Pattern | None, dict[str, str]]:
    signs = load("organisations").get("names", {}).get("station_call_signs", {})
    if not signs:
        return None, {}
    return re.compile(r"(?<![^\W_])Đài\s+(?:[Tt]ruyền\s+hình\s+|PT-TH\s+|PTTH\s+)?"
                      r"(?P<sign>(?-i:" + alternation(list(signs)) + r"))(?![^\W_])"), signs


def pass_station_call_signs(ctx: Ctx) -> None:
    """A provincial station written by its call sign after "Đài" ("Đài TRT phát động …", "Đài
    NTV"): the radio-television station of that province (``[names] station_call_signs``)."""
    if "Đài" not in ctx.text:
        return
    pattern, signs = _call_sign_re()
    if pattern is None:
        return
    for m in pattern.finditer(ctx.text):
        written = signs[m.group("sign")]
        prov = ctx.cat.province_keys.get(skey(written), written)
        ctx.add(m.start(), m.end(), f"Đài Phát thanh và Truyền hình {prov}", m.group("sign"), prov,
                "báo chí", 2)


@cache
def _brand_branch_re() -> re.Pattern | None:
    """Provincial branches of national groups written as the group's brand and the province
    ("Viettel Phú Thọ", "VNPT Hà Tĩnh"): ``[names] branch_brands``."""
    brands = load("organisations").get("names", {}).get("branch_brands", [])
    if not brands:
        return None
    return re.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<brand>(?-i:" + alternation(brands) + r"))\s+"
        # the province's level may be written ("Viettel tỉnh Gia Lai"): the branch's name has none
        r"(?:(?-i:tỉnh|thành\s+phố)\s+)?"
        r"(?P<place>(?-i:" + alternation(list(places.province_forms())) + "))"
        + WORD_BOUNDARY_AFTER)


def pass_brand_branches(ctx: Ctx) -> None:
    """A national group's provincial branch named by its brand and province ("Viettel Phú
    Thọ"): one body of that province; a bank's branch named by its brand and the branch's own
    name ("Vietcombank Nam Hà Tĩnh"): that branch of the bank."""
    _bank_branches(ctx)
    pattern = _brand_branch_re()
    if pattern is None:
        return
    for m in pattern.finditer(ctx.tn):
        prov = ctx.cat.province_keys.get(skey(m.group("place")), m.group("place"))
        ctx.add(m.start(), m.end(), f"{m.group('brand')} {prov}", None, prov, "doanh nghiệp", 2)


# a State bank's branch named by the bank's brand and the branch's name, a province's, a
# district's or a quarter's ("BIDV Hà Thành", "Vietcombank Nam Hà Tĩnh", "Vietcombank Thành
# Công"), as the banks name their branches: one body, the bank's name, "Chi nhánh" and the
# branch's ("Ngân hàng … Việt Nam Chi nhánh Hà Thành", as "… - Chi nhánh X" is read; the bank
# is not labelled again); not the bank's own words after its brand ("Agribank Chi nhánh …",
# read with the branch; "BIDV Việt Nam")
_BANK_BRANCH = re.compile(
    r"(?<![^\W_])(?P<brand>BIDV|Vietcombank|VietinBank|Agribank)\s+"
    r"(?!(?:Chi|Việt|Trung|Hội|Tập|Ngân|Tổng|Sở|Phòng)(?![^\W_]))"
    r"(?P<name>" + CAPITAL + r"[^\W\d_A-Z]+(?:\s+" + CAPITAL + r"[^\W\d_A-Z]+){0,2})(?![^\W_])")
# a product's or a service's English word after the brand ("BIDV Premier", "Agribank Plus"):
# no branch
_NOT_BRANCH = re.compile(r"(?:Smart|Digi|Premier|Priority|Private|Online|Cup|Bank|Pay|Plus|Life|"
                         r"Direct|Group|Mobile|Card|Money|Securities|Insurance)")


def _bank_branches(ctx: Ctx) -> None:
    if "BIDV" not in ctx.text and "bank" not in ctx.text:
        return
    for m in _BANK_BRANCH.finditer(ctx.text):
        if _NOT_BRANCH.match(m.group("name")):
            continue
        bank = ctx.cat.by_key.get(skey(m.group("brand")))
        branch = re.sub(r"\s+", " ", m.group("name"))
        name = f"{bank.name} Chi nhánh {branch}" if bank is not None \
            else re.sub(r"\s+", " ", m.group(0))
        ctx.add(m.start(), m.end(), name, None, ctx.source_province, "doanh nghiệp", 3,
                known=False)


_NOT_PAPER_BEFORE = re.compile(r"(?<![^\W_])(?:thông|cảnh|dự|tố|phản|khai|tin|họp)\s+$", _I)


# a government portal's address written in the text, not inside a link ("(Ảnh: Kim Bảo/daklak.
# gov.vn)", "Nguồn: quangninh.gov.vn")
PORTAL_HOST = re.compile(r"(?<![\w.@-])(?<!//)(?P<host>(?:[a-z0-9-]+\.)+gov\.vn)(?![\w-])")


def portal_province(host: str) -> str | None:
    """The province whose own portal ``host`` is ("daklak.gov.vn"); None for a district's or
    commune's portal, or any other address."""
    province, units = places.gov_portal(f"https://{host}/")
    return province if province is not None and not units else None


def pass_portal_hosts(ctx: Ctx) -> None:
    """A province's portal named by its address (a photo credit, a source line): the body
    "Cổng Thông tin điện tử tỉnh X"."""
    if ".gov.vn" not in ctx.text:
        return
    for m in PORTAL_HOST.finditer(ctx.text):
        province = portal_province(m.group("host"))
        if province is None:
            continue
        where = f"thành phố {city_place(province)}" if province in places.cities() \
            else f"tỉnh {province}"
        ctx.add(m.start(), m.end(), f"Cổng Thông tin điện tử {where}", None, province,
                "cơ quan", 2)


# a district's power branch written "Điện lực <district>" ("Điện lực Hương Sơn thay 300 công
# tơ"): a body of its own; the province's company ("Công ty Điện lực X") is read as a company
_POWER_BRANCH = re.compile(r"(?<![^\W_])(?<!ty\s)(?<!Tập\sđoàn\s)Điện\s+lực\s+(?=[A-ZĐ])")


def pass_power_branches(ctx: Ctx) -> None:
    """"Điện lực" and a district of the paper's province (or a province merged into it):
    that district's power branch; "Điện lực" and a province: that province's power company."""
    if "Điện lực" not in ctx.text or ctx.source_province is None:
        return
    covered = set(places.covered_provinces(ctx.source_province))
    for m in _POWER_BRANCH.finditer(ctx.text):
        p = ctx.cat.place_re.match(ctx.tn, m.end())
        if p is None or not ctx.text[p.start()].isupper():
            continue
        name = ctx.text[p.start():p.end()]
        if skey(name) in ctx.cat.province_keys:
            # "Điện lực Quảng Trị" (after "Công ty Điện lực Quảng Trị" or alone): the
            # province's power company, as its full name has it
            province = ctx.cat.province_keys[skey(name)]
            ctx.add(m.start(), p.end(), f"Công ty Điện lực {province}", None, province,
                    "doanh nghiệp", 2, known=False)
            continue
        if not covered.intersection(ctx.cat.district_provinces.get(skey(name), ())):
            continue
        ctx.add(m.start(), p.end(), f"Điện lực {name}", None, ctx.source_province,
                "doanh nghiệp", 2, known=False)


# a magazine named by its title after "tạp chí" in lower case ("bài in trên tạp chí Sông
# Hương"), or by a title in capitals ("tạp chí NON NƯỚC"); a capitalised "Tạp chí X" is read by
# the institutions pass
_MAGAZINE = re.compile(r"(?<![^\W_])(?P<head>[Tt]ạp\s+chí)\s+(?=[A-ZĐÀ-Ỹ])")
# magazines counted or grouped by a region ("các tạp chí Bắc miền Trung"): no one magazine
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những|nhiều|mọi|\d+)\s+$", re.IGNORECASE)


def _title_word(word: str) -> str:
    return word[0] + word[1:].lower() if len(word) > 1 and word.isupper() else word


def pass_magazines(ctx: Ctx) -> None:
    """"tạp chí" before a capitalised title: the magazine "Tạp chí <Title>", a title written
    in capitals spelt in title case ("tạp chí NON NƯỚC" is "Tạp chí Non Nước")."""
    if "ạp chí" not in ctx.text:
        return
    for m in _MAGAZINE.finditer(ctx.text):
        if _PLURAL_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
            continue
        end = read_name(ctx.view, m.end("head"), limit=5)
        title = ctx.text[m.end("head"):end].split()
        # a title in capitals: two words or more ("NON NƯỚC"), never one acronym ("ABC News")
        run = next((i for i, w in enumerate(title) if not (w.isupper() and w.isalpha())),
                   len(title))
        capitals = run >= 2
        if not title or (m.group("head")[0] == "T" and not capitals):
            continue
        if capitals:  # the title ends with its capitals ("NON NƯỚC| số 300")
            title = title[:run]
            end = m.end("head") + 1
            for w in title:
                end = ctx.text.index(w, end) + len(w)
        name = "Tạp chí " + " ".join(_title_word(w) if capitals else w for w in title)
        ctx.add(m.start(), end, name, None, None, "báo chí", 2, known=False)


# a wire story reprinted with the news agency's tag opening it ("(TTX) - Huyện X …", "(TTXVN) –"):
# the agency, Thông tấn xã Việt Nam, a mention unlike a paper's own tag (GUIDE), except on the
# agency's own pages (its acronym, "TTXVN", tells choose.drop_bracketed_repeats so)
_WIRE_TAG = re.compile(r"\s*\((?P<tag>TTXVN|TTX)\)\s*[-–—]\s")
WIRE_AGENCY = "Thông tấn xã Việt Nam"


def pass_wire_tags(ctx: Ctx) -> None:
    """The news agency's tag opening a reprinted story (above)."""
    m = _WIRE_TAG.match(ctx.text)
    if m is None:
        return
    from baochi.nlp import outlets  # the press inventory: the agency's own hosts

    if ctx.address and any((o := outlets.outlet_of_host(label)) is not None
                           and o.name == WIRE_AGENCY
                           for label in re.findall(r"[a-z0-9-]+", ctx.address.split("://")[-1]
                                                   .split("/")[0].lower())):
        return
    ctx.add(m.start("tag"), m.end("tag"), WIRE_AGENCY, "TTXVN", None, "báo chí", 5)

