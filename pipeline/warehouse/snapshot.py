"""The read snapshot: readers never hold the file the writer needs.

DuckDB lets one process hold a database file for writing and then refuses every other
process, readers included; a process holding it read-only likewise stops a writer from
opening it. So readers (`baochi sql|trends|export|report`, notebooks) do not open
`<data>/baochi.duckdb` at all once a snapshot exists: after each committed load or NLP
stage the writer runs CHECKPOINT (the file is then complete, the WAL empty), copies the file
to a temporary name in the same folder, fsyncs it and renames it over
`<data>/baochi.read.duckdb`. The rename is atomic: a reader opening the snapshot gets either
the old or the new file, never a partial one, and a reader that already has the old one open
keeps reading it (on POSIX the old inode lives until its last handle closes). The writer never
opens the snapshot, so its lock never meets a reader's.

The price is freshness — readers see the warehouse as of the last committed stage — and one
file copy per stage (about a second per GB).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import duckdb
from baochi.pipeline.warehouse.connect import DEFAULT_RETRY_SECONDS, connect


def snapshot_path(db: Path) -> Path:
    """`<data>/baochi.read.duckdb` for `<data>/baochi.duckdb` (same stem rule for other names)."""
    return db.with_name(f"{db.stem}.read{db.suffix or '.duckdb'}")


def _schema_signature(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute(
        "SELECT coalesce(sql, '') || coalesce(comment, '') FROM duckdb_tables() WHERE NOT internal"
        " UNION ALL SELECT coalesce(sql, '') || coalesce(comment, '') FROM duckdb_views() WHERE NOT internal"
        " UNION ALL SELECT table_name || column_name || coalesce(comment, '') FROM duckdb_columns() WHERE NOT internal"
        " ORDER BY 1"
    ).fetchall()
    return hashlib.sha256("\n".join(r[0] for r in rows).encode()).hexdigest()


def is_current_schema(con: duckdb.DuckDBPyConnection, db: Path) -> bool:
    """True when a snapshot exists and has the same tables, views and comments as `con`."""
    target = snapshot_path(db)
    if not target.exists():
        return False
    try:
        snap = duckdb.connect(str(target), read_only=True, config=NO_EXTENSIONS)
    except duckdb.Error:
        return False
    try:
        return _schema_signature(snap) == _schema_signature(con)
    finally:
        snap.close()


def publish(con: duckdb.DuckDBPyConnection, db: Path) -> Path:
    """Checkpoint the writer's database and atomically replace the snapshot with a copy.

    Call between transactions, on the writer's connection: the writer is the only process
    that can change the file, so after CHECKPOINT the bytes on disk are a complete database.
    """
    target = snapshot_path(db)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    con.execute("CHECKPOINT")
    try:
        shutil.copyfile(db, temporary)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    stale_wal = target.with_name(target.name + ".wal")
    stale_wal.unlink(missing_ok=True)
    directory = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    return target


def paths_db(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The file behind a connection (None for an in-memory database)."""
    row = con.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    return Path(row[0]) if row and row[0] and row[0] != ":memory:" else None


def publish_after_stage(con: duckdb.DuckDBPyConnection, db: Path | None, *, changed: bool) -> Path | None:
    """The stage hook: publish when the stage changed data or the snapshot is missing or has
    an older schema; a stage that did nothing costs no copy."""
    if db is None or (not changed and is_current_schema(con, db)):
        return None
    return publish(con, db)


# No connection of the project installs or loads an extension at run time.
NO_EXTENSIONS: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False, "autoload_known_extensions": False,
}

# What user SQL may not do on a reader, enforced by DuckDB itself (not by reading the SQL):
# no file or URL outside the open database (no ATTACH of the warehouse read-write, no COPY
# TO a file, no read_text('/etc/…'), no http), no extension installed or loaded at run time,
# and no setting changed afterwards (the lock is set last and cannot be undone).
LOCKDOWN = (
    "SET enable_external_access = false",
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET lock_configuration = true",
)


def lock_down(
    con: duckdb.DuckDBPyConnection, allowed_directories: Sequence[Path | str] = ()
) -> duckdb.DuckDBPyConnection:
    """Lock a reader's connection. `allowed_directories`: folders whose files the connection
    may still read (the project's Parquet exports or lake) — DuckDB then also permits writes
    there, so pass only folders meant for it."""
    folders = [str(Path(folder).resolve()) for folder in allowed_directories]
    if folders:
        con.execute("SET allowed_directories = ?", [folders])
    for statement in LOCKDOWN:
        con.execute(statement)
    return con


def connect_reader(
    db: Path,
    *,
    retry_seconds: float = DEFAULT_RETRY_SECONDS,
    allowed_directories: Sequence[Path | str] = (),
) -> duckdb.DuckDBPyConnection:
    """A read-only, locked connection for analysts (`baochi sql|trends|export|report`, the
    notebooks): the snapshot when there is one, else the warehouse itself (waiting up to
    `retry_seconds` while a writer holds it). See `lock_down` for what it refuses."""
    target = snapshot_path(db)
    con = connect(target if target.exists() else db, read_only=True, retry_seconds=retry_seconds)
    try:
        return lock_down(con, allowed_directories)
    except BaseException:
        con.close()
        raise


def reader_source(db: Path) -> Path:
    """Which file `connect_reader` would open (for messages and reports)."""
    target = snapshot_path(db)
    return target if target.exists() else db
