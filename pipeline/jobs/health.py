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


def _earlier_health(db: Path, source_id: str) -> list[dict[str, Any]]:
    """The source's earlier crawls' health, read without waiting long (a busy or unusable
    database gives none: the health is still stored, and drift is judged next time)."""
    from baochi.pipeline.warehouse.connect import connect

    if not db.exists():
        return []
    try:
        con = connect(db, read_only=True, retry_seconds=5)
    except Exception:
        return []
    try:
        return previous_health(con, source_id)
    finally:
        con.close()


def crawl_record(health: dict[str, Any], previous: list[dict[str, Any]], *, run_id: str, source_id: str,
                 started_at: datetime, counts: dict[str, Any], failed: int,
                 parent: str | None) -> tuple[dict[str, Any], list[str]]:
    """A crawl's `runs` row with its extraction health, and the markup-drift lines against the
    earlier crawls (`previous`, newest first). `failed` when articles failed, the markup drifted or
    robots.txt was unreachable (nothing fetched).
    One definition for the nightly, `baochi crawl` and the demo, so their rows read alike and each
    is the baseline of the next."""
    drift = markup_drift(health, previous) if health else []
    counts = {**counts, "extraction_health": health}
    status = "failed" if failed or drift or counts.get("robots_unreachable") else "ok"
    return run_record(run_id, "crawl", started_at, status, counts, parent=parent, source_id=source_id), drift


def crawl_run(db: Path, *, run_id: str, source_id: str, started_at: datetime, counts: dict[str, Any],
              staging_files: Iterable[str | Path], parent: str | None) -> tuple[dict[str, Any], list[str]]:
    """`crawl_record` for a crawl that ran without the warehouse open (the nightly's, `baochi
    crawl`): the earlier crawls are read from `db`."""
    health = staged_health(staging_files)
    previous = _earlier_health(db, source_id) if health else []
    return crawl_record(health, previous, run_id=run_id, source_id=source_id, started_at=started_at,
                        counts=counts, failed=int(counts.get("failures", 0)), parent=parent)


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
