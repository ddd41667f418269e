"""Pass: a university's branch campus named by its university and its town ("Phân hiệu Đại học
Thái Nguyên tại Hà Giang", "Phân hiệu Trường Đại học Lâm nghiệp tại Đồng Nai"): a body of its own,
named as written with "ĐH" spelt out. Without it the university's name inside is read alone
(a regional university is in the catalogue), and a branch written before the campus ("Hội Chữ
thập đỏ Phân hiệu …") has no unit to belong to."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.words import CAPITAL

_CAPITAL = CAPITAL + r"[^\W\d_]*"
_CAMPUS = re.compile(
    r"(?<![^\W_])Phân\s+hiệu\s+(?P<school>(?:Trường\s+)?(?:Đại\s+học|ĐH|Cao\s+đẳng)"
    r"\s+" + _CAPITAL + r"(?:\s+(?!(?:tổ|đã|đang|sẽ|được|vừa|có|là|cùng|phối|của|cho|với)\s)"
    r"[^\W\d_]+){0,6}?)"
    r"\s+tại\s+(?P<town>(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?" + _CAPITAL + r"(?:\s+" + _CAPITAL
    + r"){0,3})(?![^\W_])")


# the parent written first, then the branch ("Trường Đại học X – Phân hiệu tại TP.HCM"): the
# same campus, named branch-first as the GUIDE has it, the city's short form spelt out
_CAMPUS_AFTER = re.compile(
    r"(?<![^\W_])(?P<school>(?:Trường\s+)?(?:Đại\s+học|ĐH|Cao\s+đẳng)\s+" + _CAPITAL
    + r"(?:\s+(?!(?:tổ|đã|đang|sẽ|được|vừa|có|là|cùng|phối|của|cho|với)\s)[^\W\d_]+){0,6}?)"
    r"\s*[-–,]\s*Phân\s+hiệu\s+tại\s+"
    r"(?P<town>TP\.?\s*HCM|(?:(?:tỉnh|[Tt]hành\s+phố|TP\.?)\s*)?" + _CAPITAL + r"(?:\s+"
    + _CAPITAL + r"){0,3})(?![^\W_])")
_CITY_SHORT = re.compile(r"^(?:TP\.?\s*|thành\s+phố\s+)")
# an academy's or university's branch named by its region after the parent and a comma or a
# dash ("Học viện Thanh thiếu niên Việt Nam, Phân viện miền Nam"): one body, named branch first
# (GUIDE: a sub-unit written after its parent and a comma)
_NAMED_BRANCH_AFTER = re.compile(
    r"(?<![^\W_])(?P<school>(?:(?:Trường\s+)?(?:Đại\s+học|ĐH)|Học\s+viện)\s+" + _CAPITAL
    + r"(?:\s+(?!(?:tổ|đã|đang|sẽ|được|vừa|có|là|cùng|phối|của|cho|với|và)\s)[^\W\d_]+){0,6}?)"
    r"\s*[-–,]\s*(?P<unit>Phân\s+viện|Phân\s+hiệu)\s+"
    r"(?P<branch>(?:(?:miền|khu\s+vực)\s+)?" + _CAPITAL + r"(?:\s+" + _CAPITAL + r"){0,3})"
    r"(?![^\W_])")


def _town(written: str) -> str:
    town = re.sub(r"\s+", " ", written)
    if re.fullmatch(r"TP\.? ?HCM", town):
        return "Thành phố Hồ Chí Minh"
    return _CITY_SHORT.sub("Thành phố ", town)


def pass_campuses(ctx: Ctx) -> None:
    """Branch campuses (see the module's docstring), one body each."""
    if "Phân viện" in ctx.text or "Phân hiệu" in ctx.text:
        for m in _NAMED_BRANCH_AFTER.finditer(ctx.text):
            school = re.sub(r"\bĐH\b", "Đại học", re.sub(r"\s+", " ", m.group("school")))
            unit = re.sub(r"\s+", " ", m.group("unit"))
            branch = re.sub(r"\s+", " ", m.group("branch"))
            ctx.add(m.start(), m.end(), f"{unit} {branch} {school}", None, None, "trường", 3,
                    known=False)
    if "Phân hiệu" not in ctx.text:
        return
    for pattern in (_CAMPUS, _CAMPUS_AFTER):
        for m in pattern.finditer(ctx.text):
            school = re.sub(r"\s+", " ", m.group("school"))
            school = re.sub(r"\bĐH\b", "Đại học", school)
            town = re.sub(r"\s+", " ", m.group("town")) if pattern is _CAMPUS \
                else _town(m.group("town"))
            ctx.add(m.start(), m.end(), f"Phân hiệu {school} tại {town}", None, None, "trường",
                    3, known=False)
