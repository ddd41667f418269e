"""A body written again by its head word alone after its full name in the same paragraph (read
after the resolver, over the chosen mentions): a steering or organising board ("Ban Chỉ đạo
tổng kết … Chỉ thị số … Trên cơ sở đó, Ban Chỉ đạo …"), a State group ("EVN … nhiệm vụ của Tập
đoàn"): the one body of the paragraph with that head, where the sentence makes it an actor or a
party (after a function word, a title, a mark or at a sentence's start), never before a name, a
level or a grouping, nor when two bodies of the paragraph have that head. A lone "Hội" is not
read so: the labels of most outlets leave it out ("Hội đã xây dựng …" after "Hội Nông dân xã
X"). The Party committee of a national association whose secretary chairs it ("Bí thư Đảng ủy,
Chủ tịch Hội Luật gia Việt Nam") is that association's."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from baochi.nlp.catalogues import load
from baochi.nlp.organisations.candidates import Cand
from baochi.nlp.tokens import TextView

# head word written bare -> the heads of the names it stands for
_HEADS = {"Ban Chỉ đạo": ("Ban Chỉ đạo ",), "Ban chỉ đạo": ("Ban Chỉ đạo ",),
          "Ban Tổ chức": ("Ban Tổ chức ",), "Tập đoàn": ("Tập đoàn ",)}
_BARE = re.compile(r"(?<![^\W_])(?P<head>Ban\s+[Cc]hỉ\s+đạo|Ban\s+Tổ\s+chức|Tập\s+đoàn)"
                   r"(?![^\W_])")
_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:(?i:do|để|của|với|và|cho|cùng|từ|tại|là|thuộc|giúp|theo|phối\s+hợp)|"
    r"Trưởng|Phó\s+Trưởng|Chủ\s+tịch|Phó\s+Chủ\s+tịch|Tổng\s+Giám\s+đốc|lãnh\s+đạo|đại\s+diện|"
    r"thành\s+viên|hội\s+viên|anh\s+chị|cán\s+bộ|đồng\s+chí)|[,.;:(\-–“\"])\s+$|^\s*$")
# what a bare head may not run into: a name, a number, a quote, a level, a grouping, an event's
# second word ("Hội nghị", "Hội thi"), a word that makes the head a common noun
_AFTER_NOT = re.compile(
    r"\s*[“\"(\d]|\s+(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]|(?:tỉnh|thành\s+phố|TP|huyện|"
    r"thị\s+xã|quận|xã|phường|thị\s+trấn|các|cấp|cơ\s+sở|nghị|thi|thao|diễn|chợ|trại|giảng|khỏe|"
    r"khoẻ|đồng|viên|quán|họp|ngộ|làng|xuân|hoa|sách|báo|chỉ\s+đạo|liên\s+ngành|trưởng|"
    r"này|đó|kia|nào|mới|tỉnh|mình|ta)(?![^\W_]))")


@cache
def _group_sites() -> dict[str, str]:
    """Host label -> State group, of the groups' own sites (``[names] group_sites``)."""
    return dict(load("organisations").get("names", {}).get("group_sites", {}))


def _site_group(address: str | None) -> str | None:
    host = (address or "").strip().lower().split("://", 1)[-1].split("/", 1)[0]
    return _group_sites().get(host.removeprefix("www.").split(".", 1)[0]) if host else None


def bare_head_repeats(view: TextView, chosen: list[Cand],
                      address: str | None = None) -> list[Cand]:
    """``chosen`` with the bare heads of its bodies added (module docstring); on a State
    group's own site (``address``) a bare "Tập đoàn" is that group. Work: one scan for the
    heads, in paragraphs that name such a body or on such a site."""
    text = view.text
    if not any(c.name.startswith(("Ban Chỉ đạo ", "Ban Tổ chức ", "Tập đoàn "))
               for c in chosen) and _site_group(address) is None:
        return chosen
    taken = [(c.start, c.end) for c in chosen]
    added: list[Cand] = []
    for m in _BARE.finditer(text):
        head = re.sub(r"\s+", " ", m.group("head"))
        if any(a < m.end() and m.start() < b for a, b in taken) \
                or _AFTER_NOT.match(text, m.end()) \
                or _BEFORE.search(text, max(0, m.start() - 24), m.start()) is None:
            continue
        prefixes = _HEADS[head if head in _HEADS else head[:4] + head[4:].capitalize()]
        earlier = [c for c in chosen if c.end <= m.start() and c.name.startswith(prefixes)]
        if not earlier and head == "Tập đoàn" and (group := _site_group(address)) is not None:
            # a group's own site ("evn.com.vn"): its bare "Tập đoàn" is that group (GUIDE)
            added.append(Cand(m.start(), m.end(), group, None, None, "doanh nghiệp", 1))
            taken.append((m.start(), m.end()))
            continue
        if len({c.name for c in earlier}) != 1:
            continue
        added.append(replace(earlier[0], start=m.start(), end=m.end(), acronym=None))
        taken.append((m.start(), m.end()))
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


_ASSOCIATION_SECRETARY = re.compile(
    r"(?<![^\W_])Bí\s+thư\s+(?P<unit>Đảng\s+ủy|Đảng\s+đoàn),\s+(?:Phó\s+)?Chủ\s+tịch\s+")


def association_committees(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """"Bí thư Đảng ủy, Chủ tịch Hội X Việt Nam": the national association's Party committee."""
    text = view.text
    if "Bí thư" not in text:
        return chosen
    added: list[Cand] = []
    for m in _ASSOCIATION_SECRETARY.finditer(text):
        body = next((c for c in chosen if c.start == m.end()), None)
        if body is None or body.province is not None or not body.name.startswith("Hội ") \
                or any(c.start <= m.start("unit") < c.end for c in chosen):
            continue
        unit = re.sub(r"\s+", " ", m.group("unit"))
        added.append(replace(body, start=m.start("unit"), end=m.end("unit"),
                             name=f"{unit} {body.name}", acronym=None, kind="đảng"))
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen
