"""Pass: a State branch's regional office, named by its region's number ("Kiểm toán Nhà nước
khu vực IV", "KTNN khu vực XIII", "Bảo hiểm xã hội khu vực XXVI", "Kho bạc Nhà nước khu vực
5", "Chi cục Hải quan khu vực II"): one body of its own, not the national branch whose name it
opens with (the 2025 reorganisation made most of the State's provincial branches such offices)."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Ctx

_BRANCHES = {
    "kiểm toán nhà nước": "Kiểm toán Nhà nước", "ktnn": "Kiểm toán Nhà nước",
    "kho bạc nhà nước": "Kho bạc Nhà nước", "kbnn": "Kho bạc Nhà nước",
    "bảo hiểm xã hội": "Bảo hiểm xã hội", "bhxh": "Bảo hiểm xã hội",
    "chi cục hải quan": "Chi cục Hải quan", "hải quan": "Hải quan",
    "chi cục thuế": "Chi cục Thuế", "thống kê": "Thống kê",
}
_REGIONAL = re.compile(
    r"(?<![^\W_])(?P<branch>(?i:Kiểm\s+toán\s+nhà\s+nước|Kho\s+bạc\s+nhà\s+nước|Bảo\s+hiểm\s+xã\s+hội|"
    r"Chi\s+cục\s+Hải\s+quan|Chi\s+cục\s+Thuế)|KTNN|KBNN|BHXH|Hải\s+quan|Thống\s+kê)"
    r"\s+(?i:khu\s+vực)\s+(?P<n>[IVXL]{1,6}|\d{1,2})(?![^\W_])")
_HINTS = ("khu vực", "Khu vực", "Khu Vực", "KHU VỰC")


def pass_regional_offices(ctx: Ctx) -> None:
    """Regional offices of the State's branches, by their number."""
    if not any(h in ctx.text for h in _HINTS):
        return
    for m in _REGIONAL.finditer(ctx.text):
        branch = _BRANCHES[re.sub(r"\s+", " ", m.group("branch")).lower()]
        # outranks the national branch read at the same words ("Kiểm toán Nhà nước")
        ctx.add(m.start(), m.end(), f"{branch} khu vực {m.group('n')}", None, None,
                "cơ quan nhà nước", 4, known=False)
