"""A crawl's extraction health (crawler/health.py) from its staging files, judged against the
crawls of the same source that `runs` remembers.

Every crawl (the nightly's, and a standalone `baochi crawl`) stores the health in its `runs.counts`
under `extraction_health` through `crawl_run`; on a sharp drop (markup drift) the crawl is
`failed` and the command prints one line naming the source and the field (the nightly exits 1).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from baochi.crawler.health import extraction_health, markup_drift
from baochi.pipeline.jobs.runs import run_record, write_or_defer

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


def crawl_run(db: Path, *, run_id: str, source_id: str, started_at: datetime, counts: dict[str, Any],
              staging_files: Iterable[str | Path], parent: str | None) -> tuple[dict[str, Any], list[str]]:
    """A crawl's `runs` row (a record for `upsert_run`/`defer_runs`) with its extraction health,
    and the markup-drift lines against the source's earlier crawls. `failed` when articles
    failed or the markup drifted. One definition for the nightly and `baochi crawl`, so both
    rows read alike and each is the baseline of the next."""
    health, drift = crawl_health(db, source_id, staging_files)
    counts = {**counts, "extraction_health": health}
    status = "failed" if int(counts.get("failures", 0)) or drift else "ok"
    return run_record(run_id, "crawl", started_at, status, counts, parent=parent, source_id=source_id), drift


def record_standalone_crawl(db: Path, jobs_dir: Path, *, run_id: str, source_id: str, started_at: datetime,
                            counts: dict[str, Any], staging_files: Iterable[str | Path],
                            ) -> tuple[dict[str, Any], list[str]]:
    """`baochi crawl` on its own: its row (no parent run) written now, or kept in `jobs_dir` for
    the next run that opens the warehouse when a nightly holds it. Returns (row, drift lines)."""
    files = list(staging_files)  # read before anything can move them
    record, drift = crawl_run(db, run_id=run_id, source_id=source_id, started_at=started_at,
                              counts=counts, staging_files=files, parent=None)
    write_or_defer(db, jobs_dir, [record])
    return record, drift
