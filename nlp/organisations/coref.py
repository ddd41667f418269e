"""A union or association written bare after its full name in the same paragraph ("Hội Nông
dân tỉnh Hải Dương … để Hội Nông dân trực tiếp thực hiện", "Liên hiệp các Hội KH&KT tỉnh X …
Chủ tịch Liên hiệp Hội"), or a centre placed by its parent written again ("Trung tâm hợp tác
hữu nghị, thuộc Liên hiệp … tỉnh … do Trung tâm hợp tác hữu nghị vận động"): the same body,
named again (coreference inside the paragraph); so is a club named with its unit's level and
written again by its head alone ("CLB Võ thuật tỉnh X … CLB đã có …").

Read after the resolver, over the chosen mentions only: each one written with a level (its
written name before the level word is the bare form) is looked for again after it. A bare
union counts only where the sentence makes it the actor or a party — after a function word, a
person's title, a punctuation mark or at a sentence's start — not as a word of a programme or
movement named after the body ("truyền thông Hội Nông dân chung sức …"), nor before a grouping
("Hội Nông dân các huyện", "Hội Nông dân cấp xã"), nor where a sentence defines the organisation
at large ("Hội Nông dân là tổ chức …"). A bare form two different bodies of the
paragraph share ("Hội Nông dân tỉnh …", "Hội Nông dân huyện …") names neither. A centre's name
of four words or more is no programme's word: it counts wherever it is written again."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from baochi.nlp.catalogues import load
from baochi.nlp.organisations.bodies import catalogue
from baochi.nlp.organisations.candidates import Cand
from baochi.nlp.organisations.placing import Place
from baochi.nlp.organisations.resolver import canonical
from baochi.nlp.organisations.words import LOCAL_LEVELS, initials, skey
from baochi.nlp.tokens import TextView

# the heads of a union or association (a State body written bare is read by its own rules)
_UNION_HEADS = ("Hội ", "Liên hiệp ", "Liên đoàn ", "Công đoàn ")
# a centre or office named by its field, placed by the parent it belongs to
_FIELD_UNITS = ("Trung tâm ", "Văn phòng ")
_LEVEL = re.compile(r"\s+(?:tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn)"
                    r"(?![^\W_])")
# what may stand before a bare repeat: a function word, a title, a mark, nothing
_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:do|để|của|với|và|cho|cùng|từ|tại|là|thuộc|giúp|hỗ\s+trợ|phối\s+hợp|"
    r"Chủ\s+tịch|chủ\s+tịch|Phó\s+Chủ\s+tịch|Phó\s+chủ\s+tịch|lãnh\s+đạo|đại\s+diện|"
    r"Thường\s+trực|hội\s+viên|cán\s+bộ|đồng\s+chí)|[,.;:(\-–“\"])\s+$|^\s*$"
)
# what may not follow it: a level or a place (a body of its own), a grouping, a capitalised
# word that goes on with the name, a count of units ("Hội LHPN 9 huyện, thị, thành phố": a
# grouping of the listed units' bodies, GUIDE)
_AFTER_NOT = re.compile(r"\s+(?:[A-ZĐ]|các(?![^\W_])|cấp(?![^\W_])|tỉnh|thành\s+phố|TP|huyện|"
                        r"thị\s+xã|quận|xã|phường|thị\s+trấn|cơ\s+sở|là(?![^\W_])|"
                        r"\d+\s+(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn|"
                        r"đơn\s+vị|cơ\s+sở)(?![^\W_]))")


def _bare_forms(text: str, c: Cand) -> list[str]:
    """The written name before its level ("Hội Nông dân" of "Hội Nông dân tỉnh"), and the
    short "Liên hiệp Hội" of a "Liên hiệp các Hội …"."""
    surface = re.sub(r"\s+", " ", text[c.start:c.end])
    if surface.startswith(_FIELD_UNITS) and surface.count(" ") >= 3 \
            and c.name.startswith(surface + " ") and _LEVEL.match(c.name, len(surface)):
        return [surface]  # "Trung tâm hợp tác hữu nghị" placed by its parent (pass_parents)
    club = _CLUB.match(surface)
    if club is not None and _LEVEL.search(surface):
        # a club named with its unit's level, written again by its head alone ("CLB Võ thuật
        # cổ truyền tỉnh X … CLB đã có …"), as the unions are (GUIDE); its head either way
        # ("Câu lạc bộ Võ thuật tỉnh X … CLB đã có …")
        return ["CLB", "Câu lạc bộ"]
    front = _FRONT_ORGAN.match(surface)
    if not surface.startswith(_UNION_HEADS) and front is None:
        return []
    m = _LEVEL.search(surface)
    if m is None:
        return []
    bare = re.sub(r"\s+", " ", surface[:m.start()])
    if " " not in bare:
        return []
    if front is not None:
        # the Front's committee or standing board of a commune written again without its place,
        # and without "Việt Nam" ("Ban Thường trực Ủy ban MTTQ Việt Nam phường X … các đồng chí
        # Ban Thường trực Ủy ban MTTQ")
        return [bare, bare.removesuffix(" Việt Nam")] if bare.endswith(" Việt Nam") else [bare]
    if bare in _WOMENS_UNION:
        # the Women's Union written again as the press shortens it ("Hội Liên hiệp Phụ nữ tỉnh
        # X … hội viên Hội phụ nữ trong tỉnh")
        return [bare, "Hội Phụ nữ", "Hội phụ nữ"]
    return [bare, "Liên hiệp Hội"] if bare.startswith("Liên hiệp các Hội ") else [bare]


_WOMENS_UNION = frozenset(("Hội Liên hiệp Phụ nữ", "Hội Liên hiệp phụ nữ", "Hội LHPN"))


# a club's head as written ("CLB", "Câu lạc bộ"), its name following
_CLUB = re.compile(r"(?:CLB|Câu lạc bộ)(?= [^\W\d_])")
# the Front's committee and its standing board as written ("Ban thường trực Uỷ ban MTTQ …")
_FRONT_ORGAN = re.compile(r"(?:Ban\s+[Tt]hường\s+trực\s+)?(?:Ủy|Uỷ|ủy|uỷ)\s+ban\s+(?:MTTQ|[Mm]ặt\s+trận)"
                          r"(?![^\W_])")


@cache
def _short_words() -> tuple[tuple[str, str], ...]:
    """(words, short form) of ``[names] abbreviations``, longest words first ("Văn học Nghệ
    thuật" -> "VHNT")."""
    table = load("organisations").get("names", {}).get("abbreviations", {})
    pairs = [(v.lower(), k) for k, v in table.items() if k.isupper() and " " in v]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _with_short_words(bare: str) -> list[str]:
    """A bare form and the same form with its words written short ("Hội Văn học nghệ thuật" ->
    "Hội VHNT"), as the press writes a union again."""
    low = bare.lower()
    for words, short in _short_words():
        at = low.find(words)
        if at > 0 and bare[at - 1] == " " and at + len(words) == len(bare):
            return [bare, bare[:at] + short]
    return [bare]


def bare_repeats(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with the bare repeats of its unions added (see the module docstring), also
    written with their words short ("Hội VHNT" after "Hội Văn học nghệ thuật tỉnh X"). Work
    proportional to the unions named with a level (a find per bare form)."""
    text = view.text
    firsts: dict[str, Cand] = {}
    shared: set[str] = set()
    for c in chosen:
        for bare in (b for form in _bare_forms(text, c) for b in _with_short_words(form)):
            if bare in firsts and firsts[bare].name != c.name:
                shared.add(bare)
            firsts.setdefault(bare, c)
    if not firsts:
        return chosen
    taken = [(c.start, c.end) for c in chosen]
    added: list[Cand] = []
    for bare, first in firsts.items():
        if bare in shared:
            continue
        at = text.find(bare, first.end)
        while at >= 0:
            end = at + len(bare)
            if (end == len(text) or not (text[end].isalnum() or text[end] == "_")) \
                    and not _AFTER_NOT.match(text, end) \
                    and (bare.startswith(_FIELD_UNITS)
                         or _BEFORE.search(text, max(0, at - 24), at) is not None) \
                    and not any(a < end and at < b for a, b in taken):
                added.append(replace(first, start=at, end=end, acronym=None))
                taken.append((at, end))
            at = text.find(bare, end)
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


# an acronym of a name's head defined inside it ("Bệnh viện Đa khoa (BVĐK) Hòa Hảo - Medic")
_HEAD_ACRONYM = re.compile(r"^(?P<head>[^()]{4,40}?)\s*\((?P<acr>[A-ZĐ][A-ZĐ0-9]{1,7})\)\s+(?P<tail>\S.*)$")


def head_acronym_repeats(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """A body whose head's initials are defined in brackets inside its name, written again as
    the initials and the rest of the name ("Bệnh viện Đa khoa (BVĐK) Hòa Hảo … Giám đốc BVĐK
    Hòa Hảo"): the same body. Work per chosen name with a bracket."""
    text = view.text
    added: list[Cand] = []
    taken = [(c.start, c.end) for c in chosen]
    for c in chosen:
        m = _HEAD_ACRONYM.match(re.sub(r"\s+", " ", text[c.start:c.end]))
        if m is None or "".join(initials(m.group("head"))) != m.group("acr"):
            continue
        short = f"{m.group('acr')} {m.group('tail')}"
        at = text.find(short, c.end)
        while at >= 0:
            end = at + len(short)
            if not any(a < end and at < b for a, b in taken) \
                    and (end == len(text) or not text[end].isalnum()):
                added.append(replace(c, start=at, end=end, acronym=m.group("acr")))
                taken.append((at, end))
            at = text.find(short, end)
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


# the Party committee or cell whose secretary heads a body, titles listed with a comma ("Bí thư
# Đảng ủy, Phó Giám đốc Bệnh viện X"): that body's committee, not the commune's
_SECRETARY_OF = re.compile(
    r"(?<![^\W_])(?:Phó\s+)?Bí\s+thư\s+(?P<unit>Đảng\s+ủy|Chi\s+bộ),\s+(?:Phó\s+)?"
    r"(?:Giám\s+đốc|Tổng\s+Giám\s+đốc|Hiệu\s+trưởng|Viện\s+trưởng|Chánh\s+án|Cục\s+trưởng|"
    r"Chỉ\s+huy\s+trưởng|Chính\s+ủy|Trưởng\s+phòng)\s+")


# a bare Party committee, a comma and a province's or region's military or border-guard command
# ("Đảng ủy, Bộ Chỉ huy Quân sự tỉnh X", "Đảng ủy, Ban Chỉ huy Bộ đội Biên phòng tỉnh X"): the
# command's Party committee, not a commune's; a commune's or district's command ("Ban Chỉ huy
# Quân sự xã") has a Party cell of its own, so "Đảng ủy" there is the commune's
# ("Ban Thường vụ Đảng ủy, Bộ Chỉ huy …": the command's committee's standing board)
_COMMITTEE_COMMA = re.compile(
    r"(?<![^\W_])(?P<board>(?:Ban\s+[Tt]hường\s+vụ|BTV|Thường\s+trực)\s+)?"
    r"(?P<c>Đảng\s+ủy),\s+(?=B)")
_COMMANDS = ("Bộ Chỉ huy Quân sự ", "Bộ Chỉ huy Bộ đội Biên phòng ",
             "Ban Chỉ huy Bộ đội Biên phòng ", "Bộ Tư lệnh ")


def _committees_of_commands(text: str, chosen: list[Cand]) -> list[Cand]:
    out = list(chosen)
    for m in _COMMITTEE_COMMA.finditer(text):
        body = next((c for c in chosen if c.start == m.end()), None)
        if body is None or not body.name.startswith(_COMMANDS):
            continue
        name = f"Đảng ủy {body.name.removeprefix('Bộ Tư lệnh ')}"
        if m.group("board"):
            board = re.sub(r"\s+", " ", m.group("board")).strip()
            name = f"{'Ban Thường vụ' if board == 'BTV' else board[:1].upper() + board[1:]} {name}"
        end = m.end("c")
        bare = next((c for c in out if c.start in (m.start(), m.start("c")) and c.end <= end),
                    None)
        if bare is not None:
            bare.name, bare.province, bare.start, bare.end = name, body.province, m.start(), end
        elif not any(c.start < end and m.start() < c.end for c in out):
            # inside a body read from before it ("Ban Thường vụ Đảng ủy, …"): left as read
            out.append(replace(body, start=m.start(), end=end, name=name, acronym=None,
                               kind="đảng"))
    return sorted(out, key=lambda c: c.start)


# a bare Party committee joined to a body's directors ("Đảng ủy - Giám đốc Công an tỉnh X",
# "Đảng ủy, Ban Giám đốc Bệnh viện Y"): the committee of that body, as its directors are
_COMMITTEE_DIRECTORS = re.compile(
    r"(?<![^\W_])(?P<c>Đảng\s+ủy)\s*(?:[-–]\s*|,\s*|\s+và\s+)(?:Ban\s+)?Giám\s+đốc\s+(?=[A-ZĐ])")


def _committees_of_directed(text: str, chosen: list[Cand]) -> list[Cand]:
    out = list(chosen)
    for m in _COMMITTEE_DIRECTORS.finditer(text):
        body = next((c for c in chosen if c.start == m.end()), None)
        if body is None or body.province is None:
            continue
        name = f"Đảng ủy {body.name}"
        end = m.end("c")
        bare = next((c for c in out if c.start == m.start() and c.end <= end), None)
        if bare is not None:
            bare.name, bare.province = name, body.province
        elif not any(c.start < end and m.start() < c.end for c in out):
            out.append(replace(body, start=m.start(), end=end, name=name, acronym=None,
                               kind="đảng"))
    return sorted(out, key=lambda c: c.start)


def secretaries_of_bodies(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """The committee in "Bí thư Đảng ủy, Phó Giám đốc <body>" is that body's ("Đảng ủy Bệnh
    viện X"): a bare committee read there (given the commune's name) is renamed, or added; so
    is a bare "Đảng ủy" before a comma and a provincial command (``_COMMITTEE_COMMA``)."""
    text = view.text
    if "Đảng ủy, B" in text:
        chosen = _committees_of_commands(text, chosen)
    if "Giám đốc" in text and "Đảng ủy" in text:
        chosen = _committees_of_directed(text, chosen)
    if "Bí thư" not in text:
        return chosen
    out = list(chosen)
    for m in _SECRETARY_OF.finditer(text):
        body = next((c for c in chosen if c.start == m.end()), None)
        if body is None:
            continue
        unit = re.sub(r"\s+", " ", m.group("unit"))
        # a command's Party committee is its force's or region's ("Chính ủy Quân khu":
        # "Đảng ủy Quân khu 4", not "… Bộ Tư lệnh Quân khu 4")
        name = f"{unit} {body.name.removeprefix('Bộ Tư lệnh ')}"
        bare = next((c for c in out if c.start == m.start("unit")), None)
        if bare is not None:
            bare.name, bare.province = name, body.province
        else:
            out.append(replace(body, start=m.start("unit"), end=m.end("unit"), name=name,
                               acronym=None))
    return sorted(out, key=lambda c: c.start)


# a Party organ's head written bare in a list of one person's titles right after a committee
# ("Ủy viên BTV Tỉnh ủy, Trưởng ban Dân vận, Chủ tịch …"): that committee's organ
_ORGAN_TITLE = re.compile(
    r"\s*[,\-–]\s+(?:Phó\s+)?[Tt]rưởng\s+(?P<organ>[Bb]an\s+(?:Dân\s+vận|Tuyên\s+giáo(?:\s+và\s+Dân\s+vận)?|"
    r"Tổ\s+chức|Nội\s+chính|Kinh\s+tế)|Ủy\s+ban\s+[Kk]iểm\s+tra)(?=\s*[,;.]|\s+kiêm)")
_COMMITTEE = re.compile(r"^(?:Ban Thường vụ |Ban Chấp hành )?(?P<c>(?:Tỉnh|Huyện|Thành|Thị|Quận) ủy .+)$")


def organs_in_title_lists(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """The organ named after a committee in one person's titles is that committee's ("Ủy viên
    BTV Tỉnh ủy, Trưởng ban Dân vận" → "Ban Dân vận Tỉnh ủy X"), as the GUIDE reads "Ủy viên Ban
    Thường vụ, Trưởng ban Dân vận Tỉnh ủy" the other way round."""
    text = view.text
    if "rưởng" not in text:
        return chosen
    added: list[Cand] = []
    for c in chosen:
        committee = _COMMITTEE.match(c.name)
        if committee is None:
            continue
        m = _ORGAN_TITLE.match(text, c.end)
        if m is None or any(o.start == m.start("organ") for o in chosen):
            continue
        organ = re.sub(r"\s+", " ", m.group("organ"))
        organ = organ[0].upper() + organ[1:]
        added.append(replace(c, start=m.start("organ"), end=m.end("organ"), acronym=None,
                             name=f"{organ} {committee.group('c')}"))
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


# a standing committee's member written without the committee, before the person's other titles
# ("Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy", "Ủy viên Ban Thường vụ, Phó Chủ tịch
# UBND tỉnh"): the standing committee of the body the titles end with (GUIDE) — of the Party
# committee itself or of its organ; a State or Front body of a level has none, its level's Party
# committee does; an association's or union's is its own
# (written short too: "UV BTV, Phó Chủ tịch UBND huyện"; the mention is then the whole "UV BTV")
_STANDING_MEMBER = re.compile(r"(?<![^\W_])(?:(?:Ủy|Uỷ)\s+viên\s+(?P<btv>[Bb]an\s+[Tt]hường\s+vụ|BTV)"
                              r"|(?P<short>UV\s*BTV))(?=\s*[,\-–]\s)")
_TITLE_GAP = re.compile(r"[^;.()\n]{0,80}")
_ORGAN_OF_COMMITTEE = re.compile(r"^(?:Ban|Ủy ban|Văn phòng)(?: .+?)? (?P<c>(?:Tỉnh|Huyện|Thành|Thị|Quận) ủy .+)$")
_LEVEL_BODY = re.compile(r"^(?:Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam|"
                         r"Đoàn đại biểu Quốc hội) (?P<level>tỉnh|thành phố|huyện|thị xã|quận|xã|"
                         r"phường|thị trấn) (?P<place>.+)$")
_COMMITTEE_OF_LEVEL = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy",
                       "thị xã": "Thị ủy", "quận": "Quận ủy", "xã": "Đảng ủy xã",
                       "phường": "Đảng ủy phường", "thị trấn": "Đảng ủy thị trấn"}
_OWN_STANDING = re.compile(r"^(?:Hội |Liên đoàn |Tỉnh đoàn |Huyện đoàn |Thành đoàn |Đoàn )")


def _standing_of(name: str, province: str | None) -> str | None:
    """The standing committee a member's title list ending with body ``name`` names."""
    if _COMMITTEE.match(name) and not name.startswith("Ban "):
        return f"Ban Thường vụ {name}"
    organ = _ORGAN_OF_COMMITTEE.match(name)
    if organ is not None:
        return f"Ban Thường vụ {organ.group('c')}"
    level = _LEVEL_BODY.match(name)
    if level is not None:
        place = level.group("place")
        if level.group("level") == "tỉnh" or province is not None and province.endswith(place):
            place = province or place  # a province's, or a centrally-run city's, by its name
        return f"Ban Thường vụ {_COMMITTEE_OF_LEVEL[level.group('level')]} {place}"
    if _OWN_STANDING.match(name):
        return f"Ban Thường vụ {name}"
    return None


def standing_members_in_titles(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """"Ủy viên Ban Thường vụ, <title> <body>": the standing committee of that body's Party
    committee (or of the association or union itself); one mention at "Ban Thường vụ"."""
    text = view.text
    if "viên" not in text and "UV" not in text:
        return chosen
    out = list(chosen)
    for m in _STANDING_MEMBER.finditer(text):
        group = "btv" if m.group("btv") else "short"
        gap = _TITLE_GAP.match(text, m.end())
        limit = gap.end() if gap else m.end()
        body = next((c for c in chosen if m.end() < c.start <= limit), None)
        name = _standing_of(body.name, body.province) if body is not None else None
        if body is None or name is None:
            continue
        here = next((c for c in out if c.start == m.start(group)), None)
        if here is not None:
            here.name, here.province, here.acronym = name, body.province, None
        else:
            out.append(replace(body, start=m.start(group), end=m.end(group), name=name,
                               acronym=None))
    return sorted(out, key=lambda c: c.start)


# a Party board of a State body in a member's title list, the body ending the list ("Bí thư
# Ban Cán sự Đảng, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"): that body's board, one mention
_PARTY_BOARD_IN_TITLE = re.compile(r"(?<![^\W_])Ban\s+[Cc]án\s+sự\s+[Đđ]ảng(?=\s*[,\-–]\s)")
_STATE_BODY = re.compile(r"^(?:Bộ|Ủy ban|Ban|Tòa án|Viện|Kiểm toán|Thanh tra|Ngân hàng|Đài|"
                         r"Thông tấn xã|Văn phòng|Bảo hiểm xã hội|Học viện|Đại học) ")


def party_boards_in_titles(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """"Bí thư Ban Cán sự Đảng, <titles> <State body>": that body's Party board (GUIDE: a
    title list names the body it ends with)."""
    text = view.text
    if "án sự" not in text:
        return chosen
    out = list(chosen)
    for m in _PARTY_BOARD_IN_TITLE.finditer(text):
        if any(c.start <= m.start() < c.end for c in chosen):
            continue
        gap = _TITLE_GAP.match(text, m.end())
        limit = gap.end() if gap else m.end()
        body = next((c for c in chosen if m.end() < c.start <= limit), None)
        if body is None or not _STATE_BODY.match(body.name):
            continue
        out.append(replace(body, start=m.start(), end=m.end(),
                           name=f"Ban cán sự Đảng {body.name}", acronym=None, kind="đảng"))
    return sorted(out, key=lambda c: c.start)



_LEVEL_WORDS = frozenset(("tỉnh", "thành", "huyện", "thị", "quận", "xã", "phường"))


def _stem_and_place(name: str) -> tuple[list[str], list[str]] | None:
    """(words before the level, level and place) of a name ending with its level and place."""
    words = name.split()
    at = next((i for i in range(len(words) - 2, 0, -1) if words[i] in _LEVEL_WORDS), None)
    return (words[:at], words[at:]) if at is not None else None


def truncated_repeats(chosen: list[Cand]) -> list[Cand]:
    """A board or council read from the text and written again with the first words of its
    name only, at the same level ("Hội đồng thẩm định nông thôn mới tỉnh … Hội đồng thẩm định
    tỉnh"): the body named in full before it, when only one body of the paragraph's earlier
    ones so begins."""
    for c in chosen:
        if c.known:
            continue
        parts = _stem_and_place(c.name)
        if parts is None or len(parts[0]) < 3:
            continue
        stem, place = parts
        fuller = {o.name for o in chosen if o.end <= c.start and not o.known
                  and o.province == c.province and (p := _stem_and_place(o.name)) is not None
                  and p[1] == place and len(p[0]) > len(stem) and p[0][:len(stem)] == stem}
        if len(fuller) == 1:
            c.name = fuller.pop()
    return chosen


# a national committee or council written again with its head words only ("… của Ủy ban Quốc
# gia phòng, chống AIDS …, Ủy ban Quốc gia đã phát động …"): the one such body named before
_NATIONAL_HEAD = re.compile(r"(?<![^\W_])(?:Ủy|Uỷ)\s+ban\s+Quốc\s+gia|Hội\s+đồng\s+Quốc\s+gia|"
                            r"Ban\s+Chỉ\s+đạo\s+(?:Trung\s+ương|quốc\s+gia)")
_HEAD_GOES_ON = re.compile(r"\s+(?:về|phòng|[A-ZĐ]|\()")


def national_head_repeats(view: TextView, chosen: list[Cand]) -> list[Cand]:
    text = view.text
    if "Quốc gia" not in text and "Trung ương" not in text and "quốc gia" not in text:
        return chosen
    added: list[Cand] = []
    for m in _NATIONAL_HEAD.finditer(text):
        if _HEAD_GOES_ON.match(text, m.end()) or any(c.start <= m.start() < c.end
                                                      for c in chosen):
            continue  # the name goes on, or it was read as a body already
        head = re.sub(r"\s+", " ", m.group(0)).replace("Uỷ", "Ủy")
        fuller = {c.name: c for c in chosen if c.end <= m.start() and c.province is None
                  and c.name.lower().startswith(head.lower() + " ")}
        if len(fuller) == 1:
            c = next(iter(fuller.values()))
            added.append(replace(c, start=m.start(), end=m.end(), acronym=None))
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


# "Đảng đoàn" (the Party group of an association, federation or the Front) before the body's
# name ("Đảng đoàn Hội CCB Việt Nam"), or in a person's titles before the title that names it
# ("Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh"): the body's Party group
_PARTY_GROUP = re.compile(r"(?<![^\W_])Đảng\s+đoàn(?P<comma>\s*,\s)?")
_GROUP_HOSTS = ("Hội ", "Liên đoàn ", "Liên hiệp ", "Ủy ban Mặt trận ", "Ủy ban Hội ")


def party_groups(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """"Đảng đoàn <body>" (or "Đảng đoàn, <title> <body>"): one mention "Đảng đoàn <body>"."""
    text = view.text
    if "Đảng đoàn" not in text:
        return chosen
    out = list(chosen)
    for m in _PARTY_GROUP.finditer(text):
        if m.group("comma"):
            gap = _TITLE_GAP.match(text, m.end())
            limit = min(gap.end() if gap else m.end(), m.end() + 40)
            body = next((c for c in chosen if m.end() < c.start <= limit), None)
        else:
            body = next((c for c in chosen if c.start == m.end() + 1), None)
        if body is None or not body.name.startswith(_GROUP_HOSTS) \
                or any(c.start <= m.start() < c.end for c in out):
            continue
        name = f"Đảng đoàn {body.name}"
        if m.group("comma"):
            out.append(replace(body, start=m.start(), end=m.start() + 9, name=name, acronym=None))
        else:
            body.start, body.name, body.acronym = m.start(), name, None
    return sorted(out, key=lambda c: c.start)


# the bodies after "Thường trực <body>" in a list joined by dashes ("Thường trực Đảng ủy – HĐND –
# UBND – UBMTTQ xã"): each body's standing organ, as the first one's
_LIST_DASH = re.compile(r"\s*[-–]\s*")


# the level and place a district's or commune's body is named with ("… phường Giảng Võ")
_UNIT_TAIL = re.compile(r"^(?P<head>.+) (?P<level>xã|phường|thị trấn|huyện|quận|thành phố) "
                        r"(?P<place>\S.*)$")


# a Party committee whose name carries its level ("Huyện ủy Tam Đường", "Thành ủy Lai Châu",
# "Tỉnh ủy Lai Châu"): the unit it is the committee of
_COMMITTEE_UNIT = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã",
                   "Thành ủy": "thành phố", "Tỉnh ủy": "tỉnh"}
_COMMITTEE_NAME = re.compile(r"^(?P<head>Huyện ủy|Quận ủy|Thị ủy|Thành ủy|Tỉnh ủy) (?P<place>\S.*)$")


def _unit_of(c: Cand) -> Place | None:
    """The district or commune a chosen body is named with (the last level word of its name;
    "thị xã" read whole), or the unit of a Party committee named by its level ("Thành ủy Lai
    Châu – HĐND – UBND": the city's council and committee); None otherwise."""
    k = _COMMITTEE_NAME.match(c.name)
    if k is not None:
        return Place(c.end, _COMMITTEE_UNIT[k.group("head")], k.group("place"), c.province)
    m = _UNIT_TAIL.match(c.name)
    if m is None:
        return None
    level = m.group("level")
    if level == "xã" and m.group("head").endswith(" thị"):
        level = "thị xã"
    return Place(c.end, level, m.group("place"), c.province) if level in LOCAL_LEVELS else None


def dash_listed_bodies(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """Bodies of one unit listed by dashes after the first, which is named with its district or
    commune ("Đảng ủy – HĐND – UBND – UBMTTQ" where "Đảng ủy" is the ward's, "UBND xã X – Hội
    Nông dân"): each bare catalogue body that exists at every level (or is a commune's alone,
    "Đảng ủy") is that unit's. A body written with its own level keeps its own reading; commas
    are not read so (a comma also joins bodies of different units)."""
    text, tn = view.text, view.tn
    if "–" not in text and " - " not in text:
        return chosen
    cat = catalogue()
    added: list[Cand] = []
    for c in chosen:
        if _LIST_DASH.match(text, c.end) is None or (unit := _unit_of(c)) is None:
            continue
        pos = c.end
        for _ in range(6):
            d = _LIST_DASH.match(text, pos)
            if d is None or "-" not in d.group(0) and "–" not in d.group(0):
                break
            b = cat.body_re.match(tn, d.end())
            body = cat.by_key.get(skey(b.group(0))) if b is not None else None
            if b is None or body is None or body.national or body.committee_level \
                    or body.default_level or not text[b.start()].isupper() \
                    or cat.level_re.match(tn, b.end()) is not None:
                break
            if any(o.start < b.end() and b.start() < o.end for o in chosen + added):
                break
            canon = canonical(body, unit, None)
            if canon is None:
                break
            added.append(Cand(b.start(), b.end(), canon[0], body.acronym, canon[1], body.kind, 2))
            pos = b.end()
    return sorted(chosen + added, key=lambda c: c.start) if added else chosen


def standing_organs_in_dash_lists(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """"Thường trực A – B – C": the standing organs of A, B and C (B and C keep their surface)."""
    text = view.text
    if "Thường trực" not in text:
        return chosen
    for i, c in enumerate(chosen):
        if not (c.name.startswith("Thường trực ") and text.startswith("Thường trực", c.start)):
            continue
        end = c.end
        for nxt in chosen[i + 1:]:
            if nxt.start < end or _LIST_DASH.fullmatch(text, end, nxt.start) is None:
                break
            if not nxt.name.startswith(("Thường trực ", "Ban Thường trực ")):
                nxt.name, nxt.acronym = f"Thường trực {nxt.name}", None
            end = nxt.end
    return chosen


# a body's name with its province ("Hội Văn học Nghệ thuật tỉnh Ninh Bình")
_OF_PROVINCE = re.compile(r"^(?P<body>.+) tỉnh (?P<province>\S.*)$")
_BARE_PROVINCE_END = re.compile(r"\stỉnh(?:\s+(?:ta|nhà))?$")


def bare_province_of_its_body(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """A body written with a bare "tỉnh" in a paragraph whose province is read from its text
    (the paper names none), while the same body is written with one named province in the
    paragraph ("Chủ tịch Hội Văn học nghệ thuật tỉnh … tại huyện Hải Hậu, tỉnh Nam Định, Hội Văn
    học Nghệ thuật Ninh Bình đã tổ chức …"): that province's, as that body is (the province the
    text names most is where it happened, not whose body it is). The caller asks only when the
    paper's province is unknown: a paper's bare "tỉnh" is its own."""
    text = view.text
    named: dict[str, set[str]] = {}
    for c in chosen:
        m = _OF_PROVINCE.match(c.name)
        if m is not None and not _BARE_PROVINCE_END.search(text, c.start, c.end):
            named.setdefault(m.group("body"), set()).add(m.group("province"))
    if not named:
        return chosen
    for c in chosen:
        m = _OF_PROVINCE.match(c.name)
        if m is None or not _BARE_PROVINCE_END.search(text, c.start, c.end):
            continue
        provinces = named.get(m.group("body"), set())
        if len(provinces) == 1 and m.group("province") not in provinces:
            province = next(iter(provinces))
            c.name, c.province = f"{m.group('body')} tỉnh {province}", province
    return chosen


# a steering board written bare ("Ban chỉ đạo", "BCĐ"): neither a task nor a place after it
_BARE_BOARD = re.compile(r"(?<![^\W_])(?:Ban\s+[Cc]hỉ\s+đạo|BCĐ)(?![^\W_])")
_BOARD_NAME = re.compile(r"^(?:Thường\s+trực\s+)?(?P<board>Ban\s+[Cc]hỉ\s+đạo\s+\S.*)$")
_BOARD_AFTER_NOT = re.compile(r"\s*\(|\s+(?:[A-ZĐ\d“\"]|các(?![^\W_])|cấp(?![^\W_])|tỉnh|thành\s+phố|"
                              r"TP|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn|cơ\s+sở|là(?![^\W_])|"
                              r"về|phòng|chống|thực\s+hiện|vận\s+động|xây\s+dựng|chương\s+trình|"
                              r"cuộc|phong\s+trào|chuyển\s+đổi|giảm|đảm\s+bảo|công\s+tác)")


def bare_board_repeats(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """A steering board written bare ("Ban chỉ đạo đã vận động", "cuộc họp BCĐ để") after the
    one board the paragraph names in full ("Ban chỉ đạo vận động hiến máu tình nguyện thị xã
    A", its standing members' "Thường trực Ban chỉ đạo …"): that board. None when the paragraph
    names two boards or none, or when a task, a place or a bracket follows the bare words."""
    text = view.text
    if "BCĐ" not in text and "hỉ đạo" not in text:
        return chosen
    boards: dict[str, tuple[Cand, str]] = {}
    for c in chosen:
        m = _BOARD_NAME.match(c.name)
        if m is not None:
            boards.setdefault(skey(m.group("board")), (c, m.group("board")))
    if len(boards) != 1:
        return chosen
    first, name = next(iter(boards.values()))
    out: list[Cand] = []
    added = False
    for c in chosen:
        if c.start > first.end and skey(c.name) in ("ban chỉ đạo", "bcđ") \
                and not _BOARD_AFTER_NOT.match(text, c.end):
            out.append(replace(c, name=name, province=first.province, kind=first.kind))
            added = True
        else:
            out.append(c)
    taken = [(c.start, c.end) for c in out]
    for m in _BARE_BOARD.finditer(text, first.end):
        if any(a < m.end() and m.start() < b for a, b in taken) \
                or _BOARD_AFTER_NOT.match(text, m.end()):
            continue
        out.append(replace(first, start=m.start(), end=m.end(), name=name, acronym=None))
        added = True
    return sorted(out, key=lambda c: c.start) if added else chosen


# a congress and the body it is of ("Đại hội đại biểu Hội Nông dân tỉnh X lần thứ IX")
_CONGRESS = re.compile(r"(?<![^\W_])Đại\s+hội\s+(?:đại\s+biểu\s+|thành\s+viên\s+)?(?=\S)")
# an executive committee written bare, its new term after it or not ("bầu Ban Chấp hành khóa
# mới"): no body, level or place follows
_BARE_EXECUTIVE = re.compile(r"(?<![^\W_])Ban\s+[Cc]hấp\s+hành(?:\s+khóa\s+mới|\s+khoá\s+mới)?"
                             r"(?![^\W_])(?!\s+(?:[A-ZĐ]|các|cấp|tỉnh|thành\s+phố|huyện|quận|"
                             r"thị\s+xã|xã|phường|thị\s+trấn|chi|đảng|hội|đoàn|công\s+đoàn)"
                             r"(?![^\W_]))")
_BARE_EXECUTIVE_NAME = re.compile(r"^Ban [Cc]hấp hành(?: khóa mới| khoá mới)?$")


def congress_committees(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """An executive committee written bare ("Ban Chấp hành", "Ban Chấp hành khóa mới") in a
    paragraph about the congress of one body it names in full ("Đại hội đại biểu Hội Nông dân
    tỉnh X lần thứ IX"): that body's committee ("Ban Chấp hành Hội Nông dân tỉnh X"), the
    mention its head. None when the paragraph names the congresses of two bodies, or none."""
    text = view.text
    if "hấp hành" not in text or "Đại hội" not in text:
        return chosen
    bodies: dict[str, Cand] = {}
    for m in _CONGRESS.finditer(text):
        at = [c for c in chosen if c.start == m.end() and c.province is not None]
        if at:
            c = max(at, key=lambda c: c.end)
            bodies.setdefault(c.name, c)
    if len(bodies) != 1:
        return chosen
    body = next(iter(bodies.values()))
    name = f"Ban Chấp hành {body.name}"
    out = [c for c in chosen if not _BARE_EXECUTIVE_NAME.match(c.name)]
    taken = [(c.start, c.end) for c in out]
    added = False
    for m in _BARE_EXECUTIVE.finditer(text):
        head_end = m.start() + len(" ".join(text[m.start():m.end()].split()[:3]))
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        out.append(replace(body, start=m.start(), end=head_end, name=name, acronym=None))
        added = True
    if not added and len(out) == len(chosen):
        return chosen
    return sorted(out, key=lambda c: c.start)


_YOUTH_UNION = "Đoàn Thanh niên Cộng sản Hồ Chí Minh"
_LOCAL_YOUTH_UNION = re.compile(r"^(?:Đoàn Thanh niên Cộng sản Hồ Chí Minh (?:xã|phường|thị trấn|"
                                r"huyện|quận|thị xã|thành phố|tỉnh)\s|(?:Tỉnh|Thành|Huyện|Quận|"
                                r"Thị|Xã|Phường)\s+đoàn\s)")
_HOLDS_CONGRESS = re.compile(r"(?:[^.;!?]|\.(?=\S))*?\s(?:tổ\s+chức|tiến\s+hành|khai\s+mạc)\s+Đại\s+hội\s+"
                             r"(?:đại\s+biểu\s+)?$")
_TERM_AFTER = re.compile(r"\s+(?:nhiệm\s+kỳ|lần\s+thứ|khóa|khoá)(?![^\W_])")


def congresses_of_local_unions(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """The Youth Union written whole in the name of a congress a unit's union holds ("Xã đoàn
    A tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh nhiệm kỳ 2022 - 2027"): that unit's union,
    whose congress it is."""
    text = view.text
    if "Đại hội" not in text:
        return chosen
    out = list(chosen)
    for i, c in enumerate(out):
        if c.name != _YOUTH_UNION or i == 0 or not _TERM_AFTER.match(text, c.end):
            continue
        host = out[i - 1]
        if _LOCAL_YOUTH_UNION.match(host.name) is None \
                or not _HOLDS_CONGRESS.fullmatch(text, host.end, c.start):
            continue
        out[i] = replace(c, name=host.name, province=host.province, kind=host.kind)
    return out


# the border force written as a name without its unit ("Lực lượng Biên phòng còn phối hợp …")
_BARE_BORDER_FORCE = re.compile(r"(?<![^\W_])(?<!các )[Ll]ực\s+lượng\s+(?:Biên\s+phòng|BĐBP)"
                                r"(?![^\W_])(?!\s+(?:[A-ZĐ]|tỉnh|thành\s+phố|các|cả|toàn)(?![^\W_]))")
_PROVINCE_BORDER_COMMAND = re.compile(r"^(?:Ban|Bộ) Chỉ huy Bộ đội Biên phòng (?:tỉnh|thành phố) ")


def border_force_repeats(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """"Lực lượng Biên phòng" written after the one province's border command the paragraph
    names ("Ban Chỉ huy BĐBP tỉnh X … Lực lượng Biên phòng còn phối hợp …"): that command, as
    a bare "Bộ đội Biên phòng" in the province's activity is (GUIDE). None when the paragraph
    names no such command or two."""
    text = view.text
    if "iên phòng" not in text and "BĐBP" not in text:
        return chosen
    commands = {c.name: c for c in chosen if _PROVINCE_BORDER_COMMAND.match(c.name)}
    if len(commands) != 1:
        return chosen
    first = next(iter(commands.values()))
    taken = [(c.start, c.end) for c in chosen]
    added = [replace(first, start=m.start(), end=m.end(), acronym=None)
             for m in _BARE_BORDER_FORCE.finditer(text, first.end)
             if not any(a < m.end() and m.start() < b for a, b in taken)]
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen
