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
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb


def new_run_id(stage: str) -> str:
    return f"{datetime.now(tz=UTC).strftime('%Y%m%dT%H%M%SZ')}-{stage}-{secrets.token_hex(2)}"


def run_record(run_id: str, stage: str, started: datetime, status: str, counts: dict[str, Any],
               *, parent: str | None, source_id: str | None = None, error: str | None = None,
               ended: datetime | None = None) -> dict[str, Any]:
    """A complete `runs` row as a plain record: written with `upsert_run`, or kept on disk with
    `defer_runs` when the database is busy (so it is JSON-ready: instants as ISO text)."""
    return {
        "run_id": run_id, "parent_run_id": parent, "stage": stage, "source_id": source_id,
        "started_at": started.isoformat(), "ended_at": (ended or datetime.now(tz=UTC)).isoformat(),
        "status": status, "counts": counts, "error": error,
    }


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
    # Taken aside first: rows another process defers meanwhile go to a new file, not lost. Only
    # the database's writer flushes, so a `.flushing` file found here was left by a dead one.
    with suppress(FileNotFoundError):
        os.replace(path, path.with_name(f"{PENDING_FILE}.{os.getpid()}.flushing"))
    written = 0
    for taken in sorted(jobs_dir.glob(f"{PENDING_FILE}.*.flushing")):
        for line in taken.read_text("utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
                upsert_run(con, record)
                written += 1
            except (ValueError, KeyError, TypeError, duckdb.Error):
                continue  # a torn last line from a killed writer: nothing to recover
        taken.unlink(missing_ok=True)
    return written


def write_or_defer(db: Path, jobs_dir: Path, records: list[dict[str, Any]],
                   retry_seconds: float = 5.0) -> bool:
    """Write run rows (and rows deferred earlier) for a process that does not otherwise hold the
    warehouse, such as a standalone `baochi crawl`. When the database is busy (a nightly is
    loading) or unusable the rows wait in `jobs_dir` for the next run that opens it. Returns
    True when written now. `baochi runs` reads them at once; the read snapshot (the report's) is
    published only when missing or stale in schema, not copied for a few rows: the next load
    publishes them."""
    from baochi.pipeline.warehouse.connect import DatabaseBusy, DatabaseUnavailable, connect
    from baochi.pipeline.warehouse.snapshot import publish_after_stage

    try:
        con = connect(db, retry_seconds=retry_seconds)
    except (DatabaseBusy, DatabaseUnavailable):
        defer_runs(jobs_dir, records)
        return False
    try:
        try:
            flush_deferred_runs(con, jobs_dir)
            for record in records:
                upsert_run(con, record)
        except (duckdb.Error, OSError):  # a full disk: upserts are idempotent, keep them all
            defer_runs(jobs_dir, records)
            return False
        with suppress(duckdb.Error, OSError):
            publish_after_stage(con, db, changed=False)
    finally:
        con.close()
    return True


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
