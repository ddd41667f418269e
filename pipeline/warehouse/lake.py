"""A Parquet lake: the warehouse as Hive-partitioned Parquet files, kept up to date incrementally.

`baochi export --lake DIR` writes, and on later runs refreshes, this layout:

    DIR/manifest.json                          schema version, row counts, last run
    DIR/articles/source_id=S/year=Y/month=M/data_0.parquet
    DIR/<mention table>/source_id=S/year=Y/month=M/data_0.parquet   (the article's partition)
    DIR/campaigns/data_0.parquet  DIR/organisations/data_0.parquet     (small, whole)

Year and month are those of `published_at` in the papers' time zone (Asia/Ho_Chi_Minh); an
article without a publication time is in year=0/month=0. The partition columns are in the
paths, not in the files (every Hive reader puts them back).

Incremental: a refresh reads articles (without their text columns) and article_analyses once
and fingerprints every partition twice — the articles in it (a sum of hashes of the columns every
write changes: content_hash, published_at, fetched_at, run_id, body_status) and their analyses (mentions change only when `baochi process`
rewrites an article's analysis, which always stamps `analysed_at`). It compares with the
fingerprints of the previous refresh (`DIR/_state.json`) and rewrites only the changed
partitions, with one `COPY … PARTITION_BY` per table into a scratch folder, then one rename per
partition; partitions left without rows are removed. `manifest.json` is written last,
atomically. A reader that lists files during a refresh may see some partitions old and some
new; one that reads after `manifest.json`'s `last_run.finished_at` sees one state. Mention rows
edited by hand (not through `baochi process`) are not noticed: delete `DIR/_state.json` and the
next refresh rewrites everything.

After `baochi export --lake DIR`, the warehouse remembers DIR (`<data>/lake.json`) and every
later `baochi load` / `baochi process` (and so the nightly job) refreshes it after committing.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

LAKE_FORMAT = 1
MENTION_TABLES = ("campaign_mentions", "organisation_mentions", "date_mentions", "honour_mentions",
                  "document_mentions")
PARTITIONED = ("articles", *MENTION_TABLES)
WHOLE = ("campaigns", "organisations")
LOCAL = "published_at AT TIME ZONE 'Asia/Ho_Chi_Minh'"
KEY_COLUMNS = ("source_id", "year", "month")
CONFIG_NAME = "lake.json"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?"
        " ORDER BY ordinal_position", [table]).fetchall()
    return [r[0] for r in rows]


def _keys_table(con: duckdb.DuckDBPyConnection) -> None:
    """One scan of articles (text columns left out) and article_analyses: each article's
    partition, a hash of its row and a hash of its analyses. Mentions change only when
    `baochi process` rewrites an article's analysis, so the analyses stand for the mentions."""
    # Every write of an article row (a load's upsert) sets fetched_at and run_id; a changed
    # text changes content_hash; re-dating changes published_at. Hashing these (not every
    # column) keeps the scan light.
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE lake_keys AS
        SELECT a.article_id, a.source_id, coalesce(year({LOCAL}), 0)::INTEGER AS year,
               coalesce(month({LOCAL}), 0)::INTEGER AS month,
               hash(a.article_id, a.content_hash, a.published_at, a.fetched_at, a.run_id, a.body_status) AS fp_article,
               CASE WHEN x.fp IS NULL THEN 0 ELSE hash(a.article_id, x.fp) END AS fp_analysis  -- no analysis, no mentions
        FROM articles a LEFT JOIN (
            SELECT article_id, sum(hash(nlp_version, content_hash, analysed_at, status)::HUGEINT) AS fp
            FROM article_analyses GROUP BY ALL) x USING (article_id)""")


def _fingerprints(con: duckdb.DuckDBPyConnection, column: str) -> dict[str, dict[str, Any]]:
    found = con.execute(
        f"SELECT source_id, year, month, count(*), sum({column}::HUGEINT)::VARCHAR FROM lake_keys GROUP BY ALL"
    ).fetchall()
    return {_key(s, y, m): {"source_id": s, "year": y, "month": m, "rows": n, "fingerprint": f}
            for s, y, m, n, f in found}


def _rows_sql(table: str) -> str:
    """The rows of `table` in the changed partitions, with source_id/year/month."""
    keys = "(SELECT article_id, source_id, year, month FROM lake_keys SEMI JOIN lake_changed USING (source_id, year, month))"
    if table == "articles":
        return f"SELECT a.*, k.year, k.month FROM articles a JOIN {keys} k USING (article_id)"
    return f"SELECT m.*, k.source_id, k.year, k.month FROM {_q(table)} m JOIN {keys} k USING (article_id)"


def _key(source_id: str, year: int, month: int) -> str:
    return f"source_id={source_id}/year={year}/month={month}"


def _write_json(path: Path, data: dict[str, Any]) -> None:
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), "utf-8")
    with open(part, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(part, path)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError):
        return {}


def _rewrite(con: duckdb.DuckDBPyConnection, lake: Path, tables: tuple[str, ...], changed: list[dict[str, Any]],
             scratch: Path) -> None:
    """Write the changed partitions of `tables` (one COPY each), then swap each into place; a
    partition left without rows is removed."""
    con.execute("CREATE OR REPLACE TEMP TABLE lake_changed (source_id VARCHAR, year INTEGER, month INTEGER)")
    con.executemany("INSERT INTO lake_changed VALUES (?, ?, ?)",
                    [[c["source_id"], c["year"], c["month"]] for c in changed])
    for table in tables:
        target = scratch / table
        con.execute(
            f"COPY ({_rows_sql(table)} ORDER BY ALL) TO {_lit(target)} (FORMAT parquet, COMPRESSION zstd,"
            f" PARTITION_BY (source_id, year, month), OVERWRITE_OR_IGNORE true)")
        for item in changed:
            key = _key(item["source_id"], item["year"], item["month"])
            fresh, final = target / key, lake / table / key
            old = final.with_name(final.name + ".old")
            if final.exists():
                os.replace(final, old)
            if fresh.exists():
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(fresh, final)
            shutil.rmtree(old, ignore_errors=True)
    con.execute("DROP TABLE lake_changed")


def _copy_whole(con: duckdb.DuckDBPyConnection, lake: Path, table: str) -> int:
    folder = lake / table
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / "data_0.parquet.part"
    con.execute(f"COPY (SELECT * FROM {_q(table)} ORDER BY ALL) TO {_lit(part)} (FORMAT parquet)")
    os.replace(part, folder / "data_0.parquet")
    return int(con.execute(f"SELECT count(*) FROM {_q(table)}").fetchone()[0])  # type: ignore[index]


def refresh(con: duckdb.DuckDBPyConnection, lake: Path) -> dict[str, Any]:
    """Bring the lake at `lake` up to date with the warehouse behind `con`; returns the run's
    summary (also in manifest.json's `last_run`)."""
    began = time.monotonic()
    started = datetime.now(tz=UTC)
    lake.mkdir(parents=True, exist_ok=True)
    state_path = lake / "_state.json"
    state = _read_json(state_path)
    schema_row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    schema_version = schema_row[0] if schema_row else None
    if (state.get("lake_format") != LAKE_FORMAT or state.get("schema_version") != schema_version
            or set(state.get("tables", {})) - {"articles", "mentions"}):
        # a new lake, or a migration changed the columns: rewrite every partition
        state = {"lake_format": LAKE_FORMAT, "schema_version": schema_version, "tables": {}}
    scratch = lake / f".refresh-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    written = removed = 0
    counts: dict[str, int] = {}
    try:
        _keys_table(con)
        # articles partitions; the five mention tables share one fingerprint per partition
        for name, column, tables in (("articles", "fp_article", ("articles",)),
                                     ("mentions", "fp_analysis", MENTION_TABLES)):
            now = _fingerprints(con, column)
            before: dict[str, Any] = state["tables"].get(name, {})
            changed = [v for k, v in now.items() if before.get(k, {}).get("fingerprint") != v["fingerprint"]
                       or (name == "articles" and not (lake / "articles" / k).exists())]
            gone = [before[k] for k in set(before) - set(now)]
            if changed or gone:
                _rewrite(con, lake, tables, changed + gone, scratch)
            written += len(changed) * len(tables)
            removed += len(gone) * len(tables)
            state["tables"][name] = now
            _write_json(state_path, state)  # a crash later redoes only what is left
        con.execute("DROP TABLE lake_keys")
        for table in PARTITIONED:
            counts[table] = int(con.execute(f"SELECT count(*) FROM {_q(table)}").fetchone()[0])  # type: ignore[index]
        for table in WHOLE:
            counts[table] = _copy_whole(con, lake, table)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    last_run = {
        "started_at": started.isoformat(), "finished_at": datetime.now(tz=UTC).isoformat(),
        "seconds": round(time.monotonic() - began, 3), "partitions_written": written,
        "partitions_removed": removed,
    }
    manifest = {
        "lake_format": LAKE_FORMAT, "schema_version": schema_version,
        "partitioning": {"tables": list(PARTITIONED), "by": list(KEY_COLUMNS),
                         "time_zone": "Asia/Ho_Chi_Minh", "undated": "year=0/month=0"},
        "whole_tables": list(WHOLE), "row_counts": counts, "last_run": last_run,
    }
    _write_json(lake / "manifest.json", manifest)
    return {"lake": str(lake), **last_run, "row_counts": counts}


def remember(data_dir: Path, lake: Path) -> None:
    """Record `lake` as this warehouse's lake, refreshed after every load and process."""
    _write_json(data_dir / CONFIG_NAME, {"lake": str(lake.resolve())})


def configured(data_dir: Path) -> Path | None:
    value = _read_json(data_dir / CONFIG_NAME).get("lake")
    return Path(value) if value else None


def refresh_after_stage(con: duckdb.DuckDBPyConnection, db: Path | None, *, changed: bool) -> dict[str, Any] | None:
    """The stage hook: refresh the remembered lake after a load or process that changed data."""
    if db is None or not changed:
        return None
    lake = configured(db.parent)
    return refresh(con, lake) if lake is not None else None


def refresh_lake_command(paths: Any, lake: Path) -> dict[str, Any]:
    """`baochi export --lake DIR`: refresh DIR from the read snapshot (or the warehouse, read-only)
    and remember it for later loads."""
    from baochi.pipeline.errors import UsageError
    from baochi.pipeline.warehouse.snapshot import NO_EXTENSIONS, reader_source

    lake = lake.resolve()
    if lake.exists() and not lake.is_dir():
        raise UsageError(f"--lake {lake} is a file; give a folder")
    if lake.exists() and any(lake.iterdir()) and not (lake / "manifest.json").exists():
        raise UsageError(f"--lake {lake} is a non-empty folder that is not a baochi lake; give a new folder")
    if not paths.db.exists():
        raise UsageError(f"no warehouse at {paths.db}; run `baochi load` first or pass --db")
    # The project's own writer of the lake: it needs COPY into the lake, so it is not locked
    # down like user SQL, but like every connection here it never installs an extension.
    con = duckdb.connect(str(reader_source(paths.db)), read_only=True, config=NO_EXTENSIONS)
    try:
        done = refresh(con, lake)
    finally:
        con.close()
    remember(paths.data_dir, lake)
    return done
