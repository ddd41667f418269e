"""Run history: every run and every stage of a run is a row in `runs`.

A stage row is written as `running` when it starts and completed when it ends, so a process
that dies leaves a `running` row with no end: the history shows the death instead of hiding it.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
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
