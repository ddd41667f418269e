"""A crawl's extraction health (crawler/health.py) from its staging files, judged against the
crawls of the same source that `runs` remembers.

The nightly stores the health in the crawl's `runs.counts` under `extraction_health` and, on
a sharp drop (markup drift), fails the run with one line naming the source and the field.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from baochi.crawler.health import extraction_health, markup_drift

HISTORY = 5  # earlier crawls whose median is the baseline


def staged_health(files: Iterable[str | Path]) -> dict[str, Any]:
    """Extraction health of the records in staging files (gzip JSON lines)."""
    records: list[dict[str, Any]] = []
    for path in files:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                records.extend(json.loads(line) for line in handle if line.strip())
        except (OSError, EOFError, ValueError):
            continue  # a file a load already moved, or a torn one: judged by the next run
    return extraction_health(records)


def previous_health(con: Any, source_id: str, limit: int = HISTORY) -> list[dict[str, Any]]:
    """The `extraction_health` of the last crawls of a source, newest first."""
    rows = con.execute(
        "SELECT counts FROM runs WHERE stage = 'crawl' AND source_id = ? AND status IN ('ok', 'failed')"
        " AND counts IS NOT NULL ORDER BY started_at DESC LIMIT ?",
        [source_id, limit],
    ).fetchall()
    found = []
    for (counts,) in rows:
        data = json.loads(counts) if isinstance(counts, str) else counts
        if isinstance(data, dict) and isinstance(data.get("extraction_health"), dict):
            found.append(data["extraction_health"])
    return found


def crawl_health(db: Path, source_id: str, files: Iterable[str | Path]) -> tuple[dict[str, Any], list[str]]:
    """(health of this crawl, markup-drift lines against the earlier crawls of the source)."""
    from baochi.pipeline.warehouse.connect import connect

    health = staged_health(files)
    if not health or not db.exists():
        return health, []
    try:
        con = connect(db, read_only=True, retry_seconds=5)
    except Exception:  # busy or unusable: the health is still stored, drift judged next time
        return health, []
    try:
        previous = previous_health(con, source_id)
    finally:
        con.close()
    return health, markup_drift(health, previous)
