"""The one candidate type every pass produces (``_Cand``), the context the passes share
(``_Ctx``), and the small helpers over the article's quotes and catalogue matches that the passes
loop over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from baochi.nlp.campaigns.catalogue import Entry, Index
from baochi.nlp.quotes import Quote
from baochi.nlp.spans import SpanSet
from baochi.nlp.tokens import TextView

_LIST_GAP = re.compile(r"^\s*(?:[,;]|\.\.\.|…)?\s*(?:(?:và|cùng|hoặc|hay|cũng\s+như)\s*)?$")


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    surface_name: str  # the name as written (for canonicalisation)
    kind: str
    priority: int
    # the name was read after a trigger or in a frame that names a campaign: a variant
    # wording of a catalogue name counts (``canonical(…, fuzzy=True)``)
    fuzzy: bool = False


_OPENING = "“\"«‘'"


def _before_quote(text: str, pos: int) -> int:
    """``pos`` moved back over an opening quote (and a space after it) that starts there."""
    while pos > 0 and (text[pos - 1] in _OPENING or (
            text[pos - 1] == " " and pos > 1 and text[pos - 2] in _OPENING)):
        pos -= 1
    return pos


def _syllable_range(view: TextView, start: int, end: int) -> tuple[int, int]:
    i = view.syllable_index_at(start)
    j = i
    while j < len(view.syllable_spans) and view.syllable_spans[j][1] <= end:
        j += 1
    return i, j


class Hit(NamedTuple):
    """One catalogue match: its first and end syllable, its characters and its entry."""

    i: int
    e: int
    start: int
    end: int
    entry: Entry


@dataclass(slots=True)
class _Ctx:
    view: TextView
    idx: Index
    cat_matches: dict  # first syllable -> [(end syllable, label, first syllable)]
    quotes: list[Quote]  # sorted by opening mark
    quote_starts: list[int]
    no_go: SpanSet  # document subjects, organisations and honours
    trig_no_go: SpanSet  # document subjects and organisations
    honour_set: SpanSet
    in_quote: SpanSet
    trap_quotes: SpanSet = field(default_factory=SpanSet)  # quotes after a blocker word
    subjects: frozenset[tuple[int, int]] = frozenset()  # documents' quoted subjects
    cands: list[_Cand] = field(default_factory=list)
    used_quotes: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        return self.view.text

    def catalogue_at(self, pos: int) -> tuple[int, Entry] | None:
        """Longest catalogue name whose first syllable starts at ``pos``."""
        view = self.view
        i = view.syllable_index_at(pos)
        if i >= len(view.syllable_spans) or view.syllable_spans[i][0] != pos:
            return None
        best = None
        for e, label, _s in self.cat_matches.get(i, []):
            if best is None or e > best[0]:
                best = (e, label)
        if best is None:
            return None
        return view.syllable_spans[best[0] - 1][1], self.idx.label_entry[best[1]]

    def add(self, start: int, end: int, surface_name: str, kind: str, priority: int,
            fuzzy: bool = False) -> None:
        """Append one candidate reading; the resolver decides among them."""
        self.cands.append(_Cand(start, end, surface_name, kind, priority, fuzzy))

    def catalogue_hits(self, longest: bool = False) -> Iterator[Hit]:
        """Every catalogue match of the text, in the matcher's order — or, with ``longest``,
        the longest match at each first syllable: the loop every catalogue-led pass runs."""
        spans, label_entry = self.view.syllable_spans, self.idx.label_entry
        for i, matches in self.cat_matches.items():
            for e, label, _s in ([max(matches)] if longest else matches):
                yield Hit(i, e, spans[i][0], spans[e - 1][1], label_entry[label])

    def free_quotes(self) -> Iterator[tuple[int, Quote]]:
        """(position, quote) of the quotes no earlier pass took as a name and that lie outside
        document subjects, organisations and honours: the loop every quote-led pass runs."""
        for k, q in enumerate(self.quotes):
            if q.open_start not in self.used_quotes and not self.no_go.overlaps(q.start, q.end):
                yield k, q


def _quote_group(ctx: _Ctx, k: int) -> list[Quote]:
    """The quote at ``k`` and the quotes listed after it ("“A”, “B” và “C”")."""
    group = [ctx.quotes[k]]
    j = k + 1
    while j < len(ctx.quotes):
        gap = ctx.text[group[-1].close_end:ctx.quotes[j].open_start]
        if not (_LIST_GAP.match(gap) and len(gap) <= 12):
            break
        group.append(ctx.quotes[j])
        j += 1
    return group


def _short_name(name: str) -> bool:
    """A quoted text that can be a name: no sentence inside, at most 24 words."""
    return len(name.split()) <= 24 and not re.search(r"[.!?]\s+\S", name)


def _first_quote_after(starts: list[int], pos: int) -> int | None:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(starts) else None
