"""How far a real-text score can be trusted: bootstrap intervals over outlets.

A labelled sample of a few hundred paragraphs gives one F1 per kind, but paragraphs of one
outlet share its house style, its places and its bodies, so they are not independent: an
extractor fitted to one paper's habits scores well on all of that paper's paragraphs at once.
Resampling paragraphs would treat them as independent and give intervals that are too narrow;
resampling **outlets** (with all their paragraphs) asks the question a researcher needs
answered before trusting a trend on other papers: how much would the score move on another
draw of outlets like these. The interval is the percentile interval of micro-averaged F1 over
`resamples` draws, with a fixed seed so a report is reproducible.

With one outlet there is nothing to resample (the interval is the point itself); with a
handful the interval is wide, and that is the point of printing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

RESAMPLES = 2000
LEVEL = 0.95
SEED = 20261206


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    clusters: int  # outlets resampled

    def __str__(self) -> str:
        return f"[{self.low:.3f}, {self.high:.3f}]"


def _f1(tp: np.ndarray, pred: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """Micro F1 per draw, with the scorer's conventions (nothing predicted → precision 1,
    nothing to find → recall 1, both 0 → F1 0)."""
    precision = np.where(pred > 0, tp / np.maximum(pred, 1), 1.0)
    recall = np.where(gold > 0, tp / np.maximum(gold, 1), 1.0)
    total = precision + recall
    return np.where(total > 0, 2 * precision * recall / np.where(total > 0, total, 1), 0.0)


def cluster_counts(units: Sequence[tuple[str, Sequence[int]]]) -> tuple[list[str], np.ndarray]:
    """Per outlet, the summed (tp, predicted, gold) of its paragraphs, outlets in first-seen order."""
    order: dict[str, int] = {}
    rows: list[list[int]] = []
    for cluster, counts in units:
        if cluster not in order:
            order[cluster] = len(rows)
            rows.append([0, 0, 0])
        row = rows[order[cluster]]
        for i in range(3):
            row[i] += int(counts[i])
    return list(order), np.array(rows, dtype=float).reshape(-1, 3)


def f1_interval(units: Sequence[tuple[str, Sequence[int]]], resamples: int = RESAMPLES,
                level: float = LEVEL, seed: int = SEED) -> Interval:
    """Percentile interval of F1 when outlets are drawn with replacement.

    `units`: one `(outlet, (tp, predicted, gold))` per paragraph (the scorer's per-paragraph
    counts of one kind).
    """
    _names, counts = cluster_counts(units)
    n = len(counts)
    if n == 0:
        return Interval(1.0, 1.0, 0)
    if n == 1:
        point = float(_f1(*(counts.sum(axis=0)[:, None])).item())
        return Interval(point, point, 1)
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n, size=(resamples, n))
    weights = np.zeros((resamples, n))
    np.add.at(weights, (np.arange(resamples)[:, None], draws), 1.0)
    totals = weights @ counts  # resamples × (tp, predicted, gold)
    scores = _f1(totals[:, 0], totals[:, 1], totals[:, 2])
    tail = (1 - level) / 2
    low, high = np.quantile(scores, [tail, 1 - tail])
    return Interval(float(low), float(high), n)
