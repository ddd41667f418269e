"""Honours, titles and awards (Huân chương …, Bà Mẹ Việt Nam Anh hùng, Bằng khen …).

They are extracted so that a quoted title is never mistaken for a campaign. Catalogue names
match anywhere (case-insensitive) unless marked ``cue`` (common words: only quoted or after
"danh hiệu"); any quoted text right after "danh hiệu" is an honour too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from baochi.nlp.catalogues import load
from baochi.nlp.model import HonourMention
from baochi.nlp.patterns import (
    WORD_BOUNDARY_AFTER,
    WORD_BOUNDARY_BEFORE,
    PrefixScanner,
    alternation,
)
from baochi.nlp.quotes import Quote
from baochi.nlp.spans import Taken
from baochi.nlp.tokens import TextView, syllable_key

_I = re.IGNORECASE
_RANKS = {"nhất": "Nhất", "nhì": "Nhì", "ba": "Ba", "1": "Nhất", "2": "Nhì", "3": "Ba",
          "i": "Nhất", "ii": "Nhì", "iii": "Ba"}
_RANK_RE = re.compile(r"\s+hạng\s+(?P<rank>nhất|nhì|ba|iii|ii|i|[123])" + WORD_BOUNDARY_AFTER, _I)
_ISSUER_RE = re.compile(
    r"\s+của\s+(?P<issuer>Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ|Chủ\s+tịch\s+nước|"
    r"Chủ\s+tịch\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+tỉnh|(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+tỉnh|"
    r"Bộ\s+trưởng\s+Bộ\s+[A-ZĐ][^\s,.;]*(?:\s+[^\s,.;()]+){0,5}?(?=[\s,.;()]|$)|"
    r"Trung\s+ương\s+Đoàn|Tỉnh\s+ủy|Tỉnh\s+đoàn)"
)
_TITLE_CUE = re.compile(r"(?:danh\s+hiệu|tặng|phong\s+tặng|truy\s+tặng)\s*$", _I)


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    ranked: bool
    issuer: bool
    cue: bool


@cache
def _catalogue() -> tuple[PrefixScanner, dict]:
    data = load("honours")
    by_key: dict[str, _Entry] = {}
    phrases: list[str] = []
    for h in data.get("honour", []):
        entry = _Entry(h["name"], h.get("ranked", False), h.get("issuer", False),
                       h.get("cue", False))
        for alias in [h["name"], *h.get("aliases", [])]:
            by_key[syllable_key(alias.lower())] = entry
            phrases.append(alias.lower())
    rx = re.compile(WORD_BOUNDARY_BEFORE + "(?:" + alternation(phrases) + ")"
                    + WORD_BOUNDARY_AFTER, _I)
    return PrefixScanner(phrases, rx), by_key


def _entry_for(view: TextView, start: int, end: int, by_key: dict) -> _Entry | None:
    return by_key.get(syllable_key(view.fold[start:end]))


def _qualified(text: str, tn: str, entry: _Entry, end: int) -> tuple[int, str]:
    """(end, name) with the rank ("hạng Nhất") or the issuer ("của Thủ tướng Chính phủ")."""
    name = entry.name
    if entry.ranked:
        r = _RANK_RE.match(tn, end)
        if r:
            return r.end(), f"{name} hạng {_RANKS[r.group('rank').lower()]}"
    elif entry.issuer:
        i = _ISSUER_RE.match(tn, end)
        if i:
            issuer = re.sub(r"\s+", " ", text[i.start("issuer"):i.end("issuer")])
            return i.end(), f"{name} của {issuer}"
    return end, name


def extract(view: TextView, quotes: list[Quote]) -> list[HonourMention]:
    rx, by_key = _catalogue()
    text, tn = view.text, view.tn
    quoted = {(q.start, q.end) for q in quotes}
    out: list[HonourMention] = []
    taken = Taken()

    def add(a: int, b: int, name: str) -> None:
        if not taken.take(a, b):
            return
        out.append(HonourMention(surface=text[a:b], start=a, end=b,
                                 sentence=view.sentence_of(a), name=name))

    # quoted after "danh hiệu" / "tặng": always an honour
    for q in quotes:
        before = text[max(0, q.open_start - 24):q.open_start]
        entry = _entry_for(view, q.start, q.end, by_key)
        if entry or _TITLE_CUE.search(before):
            add(q.start, q.end, entry.name if entry else re.sub(r"\s+", " ", text[q.start:q.end]))
    for m in rx.finditer(view):
        entry = _entry_for(view, m.start(), m.end(), by_key)
        if entry is None:
            continue
        if entry.cue:
            before = text[max(0, m.start() - 24):m.start()]
            if (m.start(), m.end()) not in quoted and not _TITLE_CUE.search(before):
                continue
        end, name = _qualified(text, tn, entry, m.end())
        add(m.start(), end, name)
    out.sort(key=lambda h: h.start)
    return out
