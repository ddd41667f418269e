"""Passes: funds. A people's credit fund ("Quỹ tín dụng nhân dân X", "QTDND xã Y") is a credit
cooperative licensed as a credit institution: an organisation. A charity or support fund
("Quỹ Vì người nghèo", "Quỹ Khuyến học", "Quỹ Hỗ trợ nông dân") is money, not a body: the board
that runs it ("Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh X", "Ban Vận động Quỹ …") is the
organisation, the fund itself is neither (the real-text GUIDE's convention)."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.names import read_name
from baochi.nlp.organisations.placing import read_place
from baochi.nlp.organisations.words import COMMUNE_LEVELS

_CREDIT_FUND = re.compile(r"(?<![^\W_])(?:(?P<head>Quỹ\s+[Tt]ín\s+dụng(?P<people>\s+[Nn]hân\s+dân)?)|"
                          r"(?P<initials>QTDND|QTD))(?=\s)")
# funds that are State financial bodies rather than charity ("Quỹ Đầu tư phát triển tỉnh",
# "Quỹ Bảo lãnh tín dụng", "Quỹ Bảo vệ và Phát triển rừng"): read as bodies where they are read
_BODY_FUNDS = re.compile(r"Quỹ\s+(?:[Tt]ín\s+dụng|[Đđ]ầu\s+tư|[Bb]ảo\s+lãnh|[Bb]ảo\s+vệ\s+và\s+"
                         r"[Pp]hát\s+triển|[Pp]hát\s+triển)|"
                         # the funds that are international organisations ("Quỹ Nhi đồng Liên
                         # hợp quốc", "Quỹ Tiền tệ Quốc tế")
                         r".*(?:Liên\s+[Hh]ợp\s+[Qq]uốc|Quốc\s+tế|Thế\s+giới|Toàn\s+cầu)$")


def pass_credit_funds(ctx: Ctx) -> None:
    """"Quỹ tín dụng nhân dân Hòa Bình", "QTDND xã Quỳnh Hưng", "Quỹ tín dụng Nguyễn Trãi":
    the fund's proper name, or its commune written after it."""
    if "Quỹ" not in ctx.text and "QTD" not in ctx.text:
        return
    for m in _CREDIT_FUND.finditer(ctx.text):
        head = "Quỹ tín dụng nhân dân" if m.group("initials") or m.group("people") \
            else "Quỹ tín dụng"
        place = read_place(ctx.view, m.end(), ctx.cat, ctx.source_province,
                           allow_bare_province=False)
        if place is not None and place.place and place.level in COMMUNE_LEVELS:
            ctx.add(m.start(), place.end, f"{head} {place.level} {place.place}", None,
                    place.province or ctx.source_province, "doanh nghiệp", 2, known=False)
            continue
        end = read_name(ctx.view, m.end(), limit=5)
        if end > m.end():
            name = re.sub(r"\s+", " ", ctx.text[m.end():end]).strip()
            ctx.add(m.start(), end, f"{head} {name}", None, ctx.source_province, "doanh nghiệp",
                    2, known=False)


def pass_no_charity_funds(ctx: Ctx) -> None:
    """Drop the readings that name a charity or support fund itself (an acronym definition
    "Quỹ Hỗ trợ nông dân (HTND) tỉnh X", a "Quỹ …" read by its head): not organisations."""
    ctx.cands[:] = [c for c in ctx.cands
                    if not (c.name.startswith("Quỹ ") and not _BODY_FUNDS.match(c.name))]
