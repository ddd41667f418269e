"""Interval bookkeeping in O(log n) per query, so very long inputs stay linear-ish."""

from __future__ import annotations

from bisect import bisect_left, insort


class SpanSet:
    """A set of half-open [start, end) intervals; ``overlaps`` asks whether any intersects."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans or []):
            if b <= a:
                continue
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect_left(self._starts, b)  # intervals starting before b
        return i > 0 and self._ends[i - 1] > a if b > a else False


class Taken:
    """Greedy non-overlapping selection: ``take`` adds a span only if it overlaps nothing."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: dict[int, int] = {}

    def free(self, a: int, b: int) -> bool:
        # taken spans are disjoint and sorted: only the last one starting before b can reach a
        i = bisect_left(self._starts, b)
        return i == 0 or self._ends[self._starts[i - 1]] <= a

    def take(self, a: int, b: int) -> bool:
        if not self.free(a, b):
            return False
        insort(self._starts, a)
        self._ends[a] = b
        return True
