"""Run history: every run and every stage of a run is a row in `runs`.

A stage row is written as `running` when it starts and completed when it ends, so a process
that dies leaves a `running` row with no end: the history shows the death instead of hiding it
(the next nightly, holding the lock, marks such rows `interrupted`). Statuses: running, ok,
failed (finished with failures), error (could not run), interrupted (the process died).
"""

from __future__ import annotations

import json
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb


def new_run_id(stage: str) -> str:
    return f"{datetime.now(tz=UTC).strftime('%Y%m%dT%H%M%SZ')}-{stage}-{secrets.token_hex(2)}"


def start_run(
    con: duckdb.DuckDBPyConnection,
    stage: str,
    *,
    run_id: str | None = None,
    parent_run_id: str | None = None,
    source_id: str | None = None,
    started_at: datetime | None = None,
) -> str:
    run_id = run_id or new_run_id(stage)
    con.execute(
        "INSERT INTO runs (run_id, parent_run_id, stage, source_id, started_at, status)"
        " VALUES (?, ?, ?, ?, ?, 'running') ON CONFLICT (run_id) DO NOTHING",
        [run_id, parent_run_id, stage, source_id, started_at or datetime.now(tz=UTC)],
    )
    return run_id


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: str,
    counts: dict[str, Any] | None = None,
    error: str | None = None,
) -> None:
    con.execute(
        "UPDATE runs SET ended_at = ?, status = ?, counts = ?, error = ? WHERE run_id = ?",
        [datetime.now(tz=UTC), status, json.dumps(counts or {}, ensure_ascii=False), error, run_id],
    )


def record_run(
    con: duckdb.DuckDBPyConnection,
    stage: str,
    *,
    run_id: str,
    started_at: datetime,
    status: str,
    counts: dict[str, Any],
    parent_run_id: str | None = None,
    source_id: str | None = None,
    error: str | None = None,
) -> None:
    """Record a stage that ran without the database open (the crawl) once it is over."""
    start_run(con, stage, run_id=run_id, parent_run_id=parent_run_id, source_id=source_id,
              started_at=started_at)
    finish_run(con, run_id, status, counts, error)


# -- records written later, when the database could not be opened ------------------------------

PENDING_FILE = "runs-pending.jsonl"


def upsert_run(con: duckdb.DuckDBPyConnection, record: dict[str, Any]) -> None:
    """Write a complete run row (`record` has the `runs` columns), replacing an earlier one."""
    counts = record.get("counts")
    con.execute(
        "INSERT INTO runs (run_id, parent_run_id, stage, source_id, started_at, ended_at, status,"
        " counts, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET"
        " ended_at = excluded.ended_at, status = excluded.status, counts = excluded.counts,"
        " error = excluded.error",
        [
            record["run_id"], record.get("parent_run_id"), record["stage"], record.get("source_id"),
            record["started_at"], record.get("ended_at"), record["status"],
            json.dumps(counts, ensure_ascii=False) if counts is not None else None,
            record.get("error"),
        ],
    )


def defer_runs(jobs_dir: Path, records: list[dict[str, Any]]) -> None:
    """Keep run rows on disk when the database is busy; the next run that opens it writes them.

    Without this, a run that could not reach the database would leave no trace in `runs`.
    """
    if not records:
        return
    jobs_dir.mkdir(parents=True, exist_ok=True)
    with open(jobs_dir / PENDING_FILE, "a", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def flush_deferred_runs(con: duckdb.DuckDBPyConnection, jobs_dir: Path) -> int:
    """Write deferred run rows (idempotent: upserts on run_id), then forget them."""
    path = jobs_dir / PENDING_FILE
    if not path.exists():
        return 0
    written = 0
    for line in path.read_text("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
            upsert_run(con, record)
            written += 1
        except (ValueError, KeyError, TypeError, duckdb.Error):
            continue  # a torn last line from a killed writer: nothing to recover
    path.unlink(missing_ok=True)
    return written


def mark_interrupted(con: duckdb.DuckDBPyConnection, noticed_by: str) -> int:
    """Rows still `running` belong to processes that died (only the lock holder gets here).

    They keep their NULL end so the history shows the death; the status says what happened.
    """
    rows = con.execute(
        "UPDATE runs SET status = 'interrupted', error = coalesce(error, ?)"
        " WHERE status = 'running' AND run_id <> ? RETURNING run_id",
        [f"the process died before finishing (noticed by {noticed_by})", noticed_by],
    ).fetchall()
    return len(rows)
