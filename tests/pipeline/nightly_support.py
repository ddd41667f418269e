"""Helpers for the nightly tests: run `baochi nightly` as a real process, read tables back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb

from tests.conftest import REPO

# Columns that legitimately differ between two runs over the same pages: when, which run, and
# which of the paper's two URL shapes reached the article first (discovery is concurrent; the
# article id and `canonical_url` are the same either way, and both are compared).
VOLATILE = {"first_seen_at", "fetched_at", "analysed_at", "replaced_at", "run_id", "url"}
NOT_COMPARED = {"runs", "schema_migrations"}  # run history differs by design (killed runs show)


def nightly_args(db: Path, base_url: str, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "baochi.pipeline", "nightly", "--db", str(db), "--source", "baothanhhoa",
        "--base-url", base_url, "--no-throttle", "--workers", "1", "--retry-seconds", "5",
        "--log-json", *extra,
    ]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("BAOCHI_FAULT", None)
    env.update(extra)
    return env


def run_nightly(db: Path, base_url: str, *extra: str, env: dict[str, str] | None = None,
                timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        nightly_args(db, base_url, *extra), capture_output=True, text=True, cwd=REPO,
        env=env or child_env(), timeout=timeout,
    )


def log_lines(stderr: str) -> list[dict[str, Any]]:
    lines = []
    for line in stderr.splitlines():
        try:
            lines.append(json.loads(line))
        except ValueError:
            continue
    return lines


def summary(done: subprocess.CompletedProcess) -> dict[str, Any]:
    return json.loads(done.stdout.strip().splitlines()[-1])


def warehouse_rows(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows (volatile columns left out), sorted, duplicates kept."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND NOT temporary ORDER BY 1"
        ).fetchall()]
        out: dict[str, list[tuple]] = {}
        for table in tables:
            if table in NOT_COMPARED:
                continue
            columns = [r[0] for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
                [table],
            ).fetchall() if r[0] not in VOLATILE]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def runs_rows(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT run_id, parent_run_id, stage, status, counts, error FROM runs ORDER BY started_at"
        ).fetchall()
    finally:
        con.close()
