"""Extraction health: how much of each field a crawl found, and which layer found it.

Markup changes do not fail a crawl; they quietly move fields from a paper's precise selectors
to the generic guesses, or lose them. Recording per source the share of articles with each
field and the layer mix, and comparing it with earlier runs, turns that silent loss into one
line naming the source and the field ("baothanhhoa: body from selector 95% → 10%").

Pure functions over staged records (dicts with `source_id`, the fields and `extraction`) and
the health dicts earlier runs stored in `runs.counts`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from statistics import median
from typing import Any

FIELDS = ("title", "lead", "body", "author", "category", "published_at")
MIN_ARTICLES = 10  # fewer articles than this say nothing about the markup


def layer_family(layer: str | None) -> str:
    """`selector:.detail-content` → `selector`; `render+decoder:e1` → `render`."""
    if not layer:
        return "missing"
    return layer.split(":", 1)[0].split("+", 1)[0]


def _present(record: Mapping[str, Any], name: str) -> bool:
    if name == "body":
        return record.get("body_status") == "ok" and bool(record.get("body"))
    return record.get(name) not in (None, "")


def extraction_health(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Per source: articles, the share with each field, and per field the share each layer
    family produced (of all articles, so the shares of one field add up to its presence)."""
    counts: dict[str, dict[str, Any]] = {}
    for record in records:
        source = str(record.get("source_id") or "unknown")
        entry = counts.setdefault(source, {"articles": 0, "present": {}, "layers": {}})
        entry["articles"] += 1
        extraction = record.get("extraction") or {}
        for name in FIELDS:
            if not _present(record, name):
                continue
            entry["present"][name] = entry["present"].get(name, 0) + 1
            family = layer_family(extraction.get(name))
            layers = entry["layers"].setdefault(name, {})
            layers[family] = layers.get(family, 0) + 1
    health: dict[str, Any] = {}
    for source, entry in sorted(counts.items()):
        n = entry["articles"]
        health[source] = {
            "articles": n,
            "fields": {name: round(entry["present"].get(name, 0) / n, 4) for name in FIELDS},
            "layers": {
                name: {family: round(k / n, 4) for family, k in sorted(entry["layers"].get(name, {}).items())}
                for name in FIELDS
            },
        }
    return health


def _pct(share: float) -> str:
    return f"{share * 100:.0f}%"


def markup_drift(current: Mapping[str, Any], previous_runs: Iterable[Mapping[str, Any]], *,
                 min_drop: float = 0.3, ratio: float = 0.5) -> list[str]:
    """One line per (source, field) whose share — of articles with the field, or of the field
    from the layer that usually produced it — fell sharply against the median of earlier runs
    (by at least `min_drop` and to at most `ratio` of it). Small runs are not judged."""
    previous = list(previous_runs)
    lines: list[str] = []
    for source, now in sorted(current.items()):
        if now.get("articles", 0) < MIN_ARTICLES:
            continue
        before = [run[source] for run in previous if source in run and run[source].get("articles", 0) >= MIN_ARTICLES]
        if not before:
            continue
        for name in FIELDS:
            base = median(run["fields"].get(name, 0.0) for run in before)
            share = now["fields"].get(name, 0.0)
            if base - share >= min_drop and share <= base * ratio:
                lines.append(f"markup drift: {source} {name} found in {_pct(base)} → {_pct(share)} of articles")
                continue
            families: set[str] = set()
            for run in before:
                families.update(run["layers"].get(name, {}))
            for family in sorted(families - {"missing"}):
                base = median(run["layers"].get(name, {}).get(family, 0.0) for run in before)
                share = now["layers"].get(name, {}).get(family, 0.0)
                if base - share >= min_drop and share <= base * ratio:
                    lines.append(f"markup drift: {source} {name} from {family} {_pct(base)} → {_pct(share)}")
    return lines


def health_summary(source_health: Mapping[str, Any]) -> str:
    """One source's health in a line: `title 100% lead 98% body 95% (selector 90%, fallback 5%) …`."""
    parts = []
    for name in FIELDS:
        share = source_health.get("fields", {}).get(name, 0.0)
        layers = source_health.get("layers", {}).get(name, {})
        mix = ", ".join(f"{family} {_pct(s)}" for family, s in sorted(layers.items(), key=lambda kv: -kv[1]))
        parts.append(f"{name} {_pct(share)}" + (f" ({mix})" if mix else ""))
    return " ".join(parts)
