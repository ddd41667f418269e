"""Passes: grass-roots units and private centres named by a proper name of their own, with no
level or place after them: a Pioneer unit named after a person ("Liên đội Phạm Ngọc Thạch", its
school named the same), a private centre named by what it teaches in lower case and its brand
("Trung tâm kỹ năng sống Rồng Việt"). Each is one body, named as written. A province's regional
defence command (since the 2025 reorganisation, "Ban Chỉ huy Phòng thủ khu vực 1 - Nghi Lộc",
"Ban CHPTKV 2"): named with its number and the place written after it, else its province."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.words import skey

_CAP = "(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])"
_LOW = "(?-i:[a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])"
_PROPER = _CAP + r"[^\W\d_]*(?:\s+" + _CAP + r"[^\W\d_]*){1,3}"

# a Pioneer unit and a proper name of two to four capitalised syllables, no school type or
# level word first ("Liên đội Trường …", "Liên đội THCS …", "Liên đội Xã …" are read elsewhere)
_PIONEER_UNIT = re.compile(
    r"(?<![^\W_])Liên\s+đội\s+(?!(?:Trường|Tiểu|Trung|Mầm|Mẫu|Phổ|THCS|THPT|TH|MN|PT\w*|Xã|"
    r"Phường|Thị|Huyện|Quận|Thành|Tỉnh|Tổng)(?![^\W_]))(?P<name>" + _PROPER + r")(?![^\W_])"
    r"(?!\s+" + _CAP + r")")

# a private school-like centre named by its teaching in lower case and a brand of one to three
# capitalised syllables that is no place of the gazetteer ("Trung tâm kỹ năng sống Rồng Việt",
# "Trung tâm ngoại ngữ Sao Mai"); a venue ("trung tâm thương mại Vincom") is no body
_BRAND_CENTRE = re.compile(
    r"(?<![^\W_])Trung\s+tâm(?P<field>\s+(?:kỹ\s+năng|kĩ\s+năng|ngoại\s+ngữ|anh\s+ngữ|tin\s+học|"
    r"đào\s+tạo|dạy\s+nghề|giáo\s+dục|bồi\s+dưỡng|luyện\s+thi|năng\s+khiếu|tư\s+vấn)"
    r"(?:\s+" + _LOW + r"[^\W\d_]*){0,4}?)\s+"
    r"(?P<brand>" + _CAP + r"[^\W\d_]*(?:\s+" + _CAP + r"[^\W\d_]*){0,2})(?![^\W_])"
    r"(?!\s+" + _CAP + r")")


def pass_named_units(ctx: Ctx) -> None:
    """Pioneer units named after a person, private centres named by a brand (module docstring);
    work: the texts holding their head words."""
    text = ctx.text
    if "Liên đội" in text:
        for m in _PIONEER_UNIT.finditer(text):
            name = re.sub(r"\s+", " ", m.group("name"))
            ctx.add(m.start(), m.end(), f"Liên đội {name}", None, None, "đoàn thể", 1,
                    known=False)
    if "Trung tâm" in text:
        cat = ctx.cat
        for m in _BRAND_CENTRE.finditer(text):
            brand = re.sub(r"\s+", " ", m.group("brand"))
            bkey = skey(brand)
            if bkey in cat.province_keys or bkey in cat.district_provinces:
                continue
            name = re.sub(r"\s+", " ", m.group(0))
            ctx.add(m.start(), m.end(), name, None, None, "đơn vị", 1, known=False)


# a province's regional defence command, by its number and the place it is named after
_DEFENCE_COMMAND = re.compile(
    r"(?<![^\W_])(?:Ban\s+[Cc]hỉ\s+huy\s+(?:[Pp]hòng\s+thủ\s+[Kk]hu\s+vực|PTKV)|Ban\s+CHPTKV|"
    r"BCH\s+PTKV)\s*(?P<n>\d{1,2})(?![\d])"
    r"(?:\s*[-–]\s*(?P<place>" + _CAP + r"[^\W\d_]*(?:\s+" + _CAP + r"[^\W\d_]*){0,2}))?")


def pass_defence_commands(ctx: Ctx) -> None:
    """Regional defence commands (module docstring); work: texts that name one."""
    text = ctx.text
    if "hòng thủ" not in text and "PTKV" not in text:
        return
    for m in _DEFENCE_COMMAND.finditer(text):
        name = f"Ban Chỉ huy Phòng thủ Khu vực {m.group('n')}"
        if m.group("place"):
            name += " - " + re.sub(r"\s+", " ", m.group("place"))
        elif ctx.source_province:
            name += f" tỉnh {ctx.source_province}"
        else:
            continue
        ctx.add(m.start(), m.end(), name, None, ctx.source_province, "lực lượng vũ trang", 2,
                known=False)
