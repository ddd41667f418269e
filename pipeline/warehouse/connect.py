"""DuckDB connections: one writer at a time, retried with back-off, migrations on open.

DuckDB refuses a second process at once ("Could not set lock on file"), whether it wants to
write or read. A writer therefore retries for a bounded window and then gives up with
`DatabaseBusy`, leaving staging untouched, so the next run completes the work.
"""

from __future__ import annotations

import contextlib
import re
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb
from baochi.pipeline.errors import CannotRun

DEFAULT_RETRY_SECONDS = 30.0
_LOCK_ERROR = re.compile(r"could not set lock|conflicting lock|lock on file", re.I)


class DatabaseBusy(CannotRun):
    """Another process holds the database past the retry window."""


class DatabaseUnavailable(CannotRun):
    """The database path cannot be created or opened (permissions, bad path, corrupt file)."""


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("baochi.pipeline.warehouse").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = re.match(r"^(\d{3})_(\w+)\.sql$", entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    return sorted(found)


def views_sql() -> str:
    return resources.files("baochi.pipeline.warehouse").joinpath("views.sql").read_text("utf-8")


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply pending migrations in order, each in its own transaction; then (re)create views."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    done = []
    for version, name, sql in _migrations():
        if version in applied:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [version, name, datetime.now(tz=UTC)],
            )
            con.execute("COMMIT")
        except Exception:
            with contextlib.suppress(duckdb.Error):  # a failed COMMIT has ended it already
                con.execute("ROLLBACK")
            raise
        done.append(version)
    con.execute(views_sql())
    return done


def _open(db: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(db), read_only=read_only)
    # Shown times are the papers' local time; stored instants stay UTC.
    con.execute("SET TimeZone = 'Asia/Ho_Chi_Minh'")
    # json, parquet and icu are built in; nothing is ever downloaded or loaded at run time
    # (a query naming an http URL would otherwise make DuckDB fetch httpfs).
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    return con


def connect(
    db: Path,
    *,
    read_only: bool = False,
    retry_seconds: float = DEFAULT_RETRY_SECONDS,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, retrying while another process holds it; migrate when writable."""
    if read_only and not db.exists():
        raise DatabaseUnavailable(f"no database at {db}; run `baochi demo` or `baochi load` first")
    if not read_only:
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(f"cannot create the data directory {db.parent}: {exc}") from exc
    deadline = time.monotonic() + retry_seconds
    delay = 0.1
    while True:
        try:
            con = _open(db, read_only)
            break
        except duckdb.IOException as exc:
            message = str(exc)
            if not _LOCK_ERROR.search(message):
                raise DatabaseUnavailable(f"cannot open {db}: {message.splitlines()[0]}") from exc
            if time.monotonic() >= deadline:
                raise DatabaseBusy(
                    f"{db} is in use by another process (waited {retry_seconds:.0f}s); "
                    "try again when it finishes, or raise --retry-seconds"
                ) from exc
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 5.0)
        except duckdb.Error as exc:
            raise DatabaseUnavailable(f"cannot open {db}: {str(exc).splitlines()[0]}") from exc
    if not read_only:
        try:
            migrate(con)
        except duckdb.Error as exc:
            con.close()
            from baochi.pipeline.warehouse.environment import root_cause

            found = root_cause(exc)
            if found is None:
                raise
            cause, fix = found[1]
            raise DatabaseUnavailable(
                f"cannot update {db}: {cause}; nothing was changed; {fix}, then run it again"
            ) from exc
    return con
