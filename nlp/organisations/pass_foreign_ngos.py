"""Passes: a foreign organisation named in English after "Tổ chức" ("Tổ chức Good Neighbors
International của Hàn Quốc", "Tổ chức Plan International"): the organisation by its own name,
without the Vietnamese head; and a pagoda or monastery acting in the news ("chùa Liên Trì (TP.Đà
Nẵng) vừa tổ chức bữa cơm", "do Thiền viện Trúc Lâm trao tặng"), a religious body (GUIDE), named
with its head capitalised — but not where it is only a place ("tại chùa X"); the managing board
of a religious house ("Ban Trị sự Thất phủ X"), a body wherever it is written."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.organisations.words import CAPITAL

# English words of a name: capitalised ASCII words (an acronym too), small joining words inside
_ENGLISH = re.compile(
    r"(?<![^\W_])[Tt]ổ\s+chức\s+(?P<name>[A-Z][A-Za-z'’&.-]*(?:\s+(?:(?:of|the|for|and|in)\s+)?"
    r"[A-Z][A-Za-z'’&.-]*){0,6})(?![^\W_])")
_ASCII = re.compile(r"^[\x20-\x7e’]+$")
# a lower-case "tổ chức" is the organisation only after a word of a party ("do tổ chức …")
_NOUN_BEFORE = re.compile(r"(?<![^\W_])(?:do|của|từ|với|và|cùng|bởi)\s+$")


# a UN mission named by its initials ("Phái bộ UNMISS", "Phái bộ MINUSCA"): an international
# body, named as written
_MISSION = re.compile(r"(?<![^\W_])Phái\s+bộ\s+(?P<name>[A-Z]{3,10})(?![^\W_])")
# a foreign outlet named in English after its kind in lower case ("hãng tin Reuters", "hãng thông
# tấn Reuters", "kênh truyền hình CNN", "tờ báo The Guardian"): the outlet, by its own name, and
# so wherever the paragraph writes that name again
_FOREIGN_OUTLET = re.compile(
    r"(?<![^\W_])(?:hãng\s+(?:tin|thông\s+tấn)|kênh\s+truyền\s+hình|đài\s+truyền\s+hình|"
    r"tờ\s+báo|tờ)\s+(?P<name>[A-Z][A-Za-z'’&.-]*(?:\s+(?:of|the|for|and)?\s*[A-Z][A-Za-z'’&.-]*)"
    r"{0,4})(?![^\W_])")


# our own stations' call signs after "kênh/đài truyền hình" ("VTV", "HTV7", "VOV"): not foreign
_OUR_STATIONS = re.compile(r"(?:VTV|VTC|HTV|VOV|VOH|ANTV|QPVN|THVL|TH[A-Z])")
# what may follow a one-word outlet's name ("hãng tin Reuters, …", "hãng tin Bloomberg của Mỹ")
_ONE_WORD_ENDS = re.compile(r"\s*(?:[,.;:)]|\(|$)|\s+(?:của|cho\s+biết|đưa\s+tin|dẫn)(?![^\W_])")


def _missions_and_outlets(ctx: Ctx) -> None:
    """UN missions by their initials and foreign outlets by their English names (above)."""
    if "Phái bộ" in ctx.text:
        for m in _MISSION.finditer(ctx.text):
            ctx.add(m.start(), m.end(), f"Phái bộ {m.group('name')}", None, None,
                    "tổ chức quốc tế", 2, known=False)
    for m in _FOREIGN_OUTLET.finditer(ctx.text):
        name = re.sub(r"\s+", " ", m.group("name")).rstrip(".-")
        if len(name) < (2 if name.isupper() else 3) or not _ASCII.match(name) \
                or _OUR_STATIONS.match(name) \
                or any(c.start <= m.start("name") < c.end for c in ctx.cands):
            continue  # a Vietnamese word, or an outlet the catalogue names ("tờ Nhân Dân")
        if " " not in name and not name.isupper() \
                and not _ONE_WORD_ENDS.match(ctx.text, m.start("name") + len(name)):
            continue  # one word that may be Vietnamese written plain ("tờ Doanh nhân")
        ctx.add(m.start("name"), m.start("name") + len(name), name, None, None, "báo chí", 2,
                known=False)
        # the outlet written again by its name alone ("… Reuters cho biết"): the same outlet
        after = m.start("name") + len(name)
        for again in re.finditer(r"(?<![^\W_])" + re.escape(name) + r"(?![^\W_])",
                                 ctx.text[after:]):
            ctx.add(after + again.start(), after + again.end(), name, None, None, "báo chí", 2,
                    known=False)


def pass_foreign_ngos(ctx: Ctx) -> None:
    """Foreign organisations named in English after "Tổ chức" (module docstring), UN missions
    and foreign outlets."""
    _missions_and_outlets(ctx)
    if "ổ chức" not in ctx.text:
        return
    for m in _ENGLISH.finditer(ctx.text):
        name = re.sub(r"\s+", " ", m.group("name")).rstrip(".-")
        if not _ASCII.match(name) or (" " not in name and not name.isupper()):
            continue  # a Vietnamese word, or one English word that may be anything
        if ctx.text[m.start()] == "t" and not _NOUN_BEFORE.search(
                ctx.text, max(0, m.start() - 8), m.start()):
            continue  # "… tổ chức Workshop Digital Marketing": the verb, an event
        ctx.add(m.start(), m.start("name") + len(name), name, None, None, "tổ chức nước ngoài", 2,
                known=False)


# (a city's or town's abbreviation after the name is its place: "Chùa X TP. Y")
_RELIGIOUS = re.compile(
    r"(?<![^\W_])(?P<head>[Cc]hùa|[Tt]hiền\s+viện|[Tt]u\s+viện|[Tt]ịnh\s+xá)\s+"
    r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})(?![^\W_])")
# a word of the name: capitalised, any letter (a capital with its marks: "Ấn Quang", "Ông")
_NAME_WORD = re.compile(r"\s*(?P<w>[^\W\d_]+)")
# acting: an action after it (a place between, bracketed or written with its level), or a
# function word of a party before
_ACTS_AFTER = re.compile(r"\s*(?:\([^()\n]{2,30}\)\s*|(?:TP|Tp|TX|[Tt]hành\s+phố|[Hh]uyện|[Tt]hị\s+xã)"
                         r"\.?\s*[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}\s*\)?\s*)?"
                         r"(?:đã\s+|vừa\s+|cũng\s+)?(?:tổ\s+chức|trao|"
                         r"tặng|phối\s+hợp|ủng\s+hộ|quyên\s+góp|hỗ\s+trợ|thăm)(?![^\W_])")
_PARTY_BEFORE = re.compile(r"(?<![^\W_])(?:do|cùng|với|bởi)\s+$")
# the house named in the role of its abbot or as its monks' and followers' ("Phó Trụ trì Tịnh xá
# X", "trụ trì chùa Y", "tăng ni phật tử của chùa Z"): a body inside a role counts (GUIDE)
_HEAD_BEFORE = re.compile(r"(?<![^\W_])(?:[Tt]rụ\s+trì|[Tt]ăng\s+ni(?:\s*,?\s*[Pp]hật\s+tử)?|"
                          r"[Pp]hật\s+tử)\s+(?:của\s+)?$")
# the founding temple of a lineage, its title written before the pagoda ("tổ đình chùa Keo"):
# one body, named with the title ("Tổ đình chùa Keo", as the labels name it)
_ANCESTRAL = re.compile(r"(?<![^\W_])[Tt]ổ\s+đình\s+$")


def pass_religious_bodies(ctx: Ctx) -> None:
    """Pagodas and monasteries acting in the news (module docstring), and the managing board of
    a religious house ("Ban Trị sự Thất phủ X")."""
    if "Trị sự" in ctx.text:
        for m in _RELIGIOUS_BOARD.finditer(ctx.text):
            if any(c.start <= m.start() < c.end for c in ctx.cands):
                continue  # a board the catalogue names ("Ban Trị sự Giáo hội Phật giáo …")
            ctx.add(m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)), None,
                    ctx.source_province, "tôn giáo", 1, known=False)
    if "hùa " not in ctx.text and "viện " not in ctx.text and "ịnh xá" not in ctx.text:
        return
    for m in _RELIGIOUS.finditer(ctx.text):
        end = _capitalised_end(ctx.text, m.start("name"), m.end("name"))
        ancestral = _ANCESTRAL.search(ctx.text, max(0, m.start() - 10), m.start())
        start = ancestral.start() if ancestral is not None else m.start()
        if end == m.start("name") or not (
                _ACTS_AFTER.match(ctx.text, end)
                or _PARTY_BEFORE.search(ctx.text, max(0, start - 8), start)
                or _HEAD_BEFORE.search(ctx.text, max(0, start - 24), start)):
            continue
        head = re.sub(r"\s+", " ", m.group("head"))
        head = f"{head[0].upper()}{head[1:]}" if ancestral is None else f"Tổ đình {head.lower()}"
        name = re.sub(r"\s+", " ", ctx.text[m.start("name"):end])
        ctx.add(start, end, f"{head} {name}", None, ctx.source_province, "tôn giáo", 1,
                known=False)


def _capitalised_end(text: str, start: int, end: int) -> int:
    """End of the capitalised words from ``start`` (before ``end``), a city's or town's
    abbreviation ("TP", "TX") excluded: the place after a name."""
    pos = start
    while (w := _NAME_WORD.match(text, pos, end)) is not None:
        word = w.group("w")
        if not word[0].isupper() or word in ("TP", "Tp", "TX"):
            break
        pos = w.end()
    return pos


# the managing board of a religious house or congregation, named by it ("Ban Trị sự Thất phủ X",
# "Ban Trị sự Hội thánh Y"): a body wherever it is written, never a place; the house's name
# may hold a lower-case word before a capitalised one ("Thánh thất Cao Đài")
_RELIGIOUS_BOARD = re.compile(
    r"(?<![^\W_])Ban\s+Trị\s+sự\s+(?!Giáo\s+hội|GHPG|Phật\s+giáo)" + CAPITAL + r"[^\W\d_]*"
    r"(?:\s+(?:[a-zđ][^\W\d_]*\s+)?(?!(?:TP|Tp|TX)(?![^\W_]))" + CAPITAL
    + r"[^\W\d_]*){0,4}(?![^\W_])")
