"""The pipeline's stages as functions the CLI, the demo and the nightly job share.

Each stage opens the warehouse only for as long as it needs it and records itself in `runs`.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
from baochi.crawler.sources import load_registry
from baochi.pipeline.jobs.process import ProcessResult, process_pending
from baochi.pipeline.jobs.runs import finish_run, start_run, upsert_run
from baochi.pipeline.paths import DataPaths
from baochi.pipeline.warehouse import aggregates
from baochi.pipeline.warehouse.connect import DatabaseBusy, DatabaseUnavailable, connect
from baochi.pipeline.warehouse.environment import (
    EnvironmentFault,
    as_environment_fault,
    environment_faults,
)
from baochi.pipeline.warehouse.lake import refresh_after_stage as refresh_lake
from baochi.pipeline.warehouse.load import LoadResult, load_staging, staged_files, upsert_sources
from baochi.pipeline.warehouse.snapshot import connect_reader, paths_db, publish_after_stage

log = logging.getLogger("baochi")


@dataclass
class CrawlSummary:
    run_id: str
    source_id: str
    started_at: datetime
    counts: dict[str, int]
    staging_files: list[Path]


def known_article_ids(paths: DataPaths, source_id: str, refetch_days: int = 0) -> set[str]:
    """Ids already in the warehouse or in staged, not yet loaded files.

    `refetch_days`: articles published within the last N days are left out, so they are
    fetched again and an edit the paper made after publication becomes a new version.

    Read through a read-only connection that does not wait: if a load holds the database,
    the crawl goes on with the staged ids only (at worst it refetches, and loading dedupes).
    """
    ids: set[str] = set()
    if paths.db.exists():
        try:
            # The read snapshot when there is one: reading the main file, even briefly, would
            # block a concurrent load. A stale snapshot only costs refetches (loads dedupe).
            con = connect_reader(paths.db, retry_seconds=0)
        except (DatabaseBusy, DatabaseUnavailable):
            con = None
        if con is not None:
            try:
                ids.update(
                    row[0] for row in con.execute(
                        "SELECT source_article_id FROM articles WHERE source_id = ? AND body_status = 'ok'"
                        " AND (published_at IS NULL OR published_at < now() - to_days(?))",
                        [source_id, max(0, int(refetch_days))],
                    ).fetchall()
                )
            except duckdb.CatalogException:
                pass
            finally:
                con.close()
    for path in staged_files(paths.staging):
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                for line in handle:
                    record = json.loads(line)
                    if record.get("source_id") == source_id and record.get("body_status") == "ok":
                        ids.add(str(record.get("source_article_id")))
        except (OSError, ValueError):
            continue
    return ids


def run_crawl(
    paths: DataPaths,
    source_id: str,
    *,
    base_url: str | None = None,
    throttle: bool = True,
    refetch: bool = False,
    refetch_days: int = 0,
    max_articles: int | None = None,
    log_level: str = "WARNING",
    since: date | None = None,
    until: date | None = None,
    resume: bool = False,
    render: bool | None = None,
    browser: str | None = None,
) -> CrawlSummary:
    """Crawl one source into staging (the warehouse is not touched). Once per process.

    `render`: None uses Chromium when installed, False never, True requires it.
    """
    from baochi.crawler.run import crawl

    started = datetime.now(tz=UTC)
    known = set() if refetch else known_article_ids(paths, source_id, refetch_days)
    result = crawl(
        source_id, paths.data_dir, base_url=base_url, throttle=throttle, known_ids=known,
        max_articles=max_articles, refetch=refetch, log_level=log_level, since=since,
        until=until, resume=resume, render=render, browser=browser,
    )
    return CrawlSummary(result.run_id, source_id, started, result.counts(), result.staging_files)


def record_crawl(con: duckdb.DuckDBPyConnection, crawl: CrawlSummary,
                 parent_run_id: str | None = None) -> list[str]:
    """The crawl's row in `runs`, made like the nightly's (`health.crawl_record`: extraction health
    read from the staging files before a load moves them, markup drift against the source's
    earlier crawls). Returns the drift lines."""
    from baochi.pipeline.jobs.health import crawl_record, previous_health, staged_health

    health = staged_health(crawl.staging_files)
    previous = previous_health(con, crawl.source_id) if health else []
    record, drift = crawl_record(health, previous, run_id=crawl.run_id, source_id=crawl.source_id,
                                 started_at=crawl.started_at, counts=crawl.counts,
                                 failed=crawl.counts.get("articles_failed", 0), parent=parent_run_id)
    upsert_run(con, record)
    return drift


def register_sources(con: duckdb.DuckDBPyConnection, base_urls: dict[str, str] | None = None) -> None:
    base_urls = base_urls or {}
    upsert_sources(
        con,
        [
            (s.source_id, s.name, s.province, base_urls.get(s.source_id, s.base_url))
            for s in load_registry().values()
        ],
    )


def run_load(
    con: duckdb.DuckDBPyConnection, paths: DataPaths, parent_run_id: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """Load staging into the warehouse and record the stage in `runs`.

    A fault of the environment (no space, I/O error, interrupt) raises `EnvironmentFault`
    (exit code 3) after recording the stage as `error` when the database still takes a write;
    staging files are then where they were. Rejected lines make the stage `failed`.
    """
    with environment_faults("load"):
        run_id = start_run(con, "load", parent_run_id=parent_run_id)
    try:
        result = load_staging(con, paths.staging, paths.loaded, progress=progress)
        aggregates.sync_after_load(con)  # hook (analytics): coverage aggregates
    except BaseException as exc:
        fault = exc if isinstance(exc, EnvironmentFault) else as_environment_fault("load", exc)
        partial = fault.result.counts() if fault is not None and fault.result is not None else None
        _finish_quietly(con, run_id, "interrupted" if isinstance(exc, KeyboardInterrupt) else "error",
                        partial, str(fault) if fault is not None else f"{type(exc).__name__}: {exc}")
        if fault is None or isinstance(exc, KeyboardInterrupt | EnvironmentFault):
            raise
        raise fault from exc
    counts = result.counts()
    troubled = counts["rejected_lines"] or counts["files_quarantined"] or counts["files_kept"]
    with environment_faults("load"):
        finish_run(con, run_id, "failed" if troubled else "ok", counts,
                   "; ".join(result.errors)[:2000] or None)
        publish_after_stage(con, paths.db, changed=bool(result.files))  # hook (analytics): read snapshot
        refresh_lake(con, paths.db, changed=bool(result.files))  # hook (scale): the Parquet lake, if any
    if result.files:
        trim_frontier(con)  # hook (scale): loaded ids leave the shared frontier's done-set
    return result


def trim_frontier(con: duckdb.DuckDBPyConnection) -> int | None:
    """With BAOCHI_FRONTIER set, drop the ids now in the warehouse from the frontier's
    done-sets (crawler/frontier.forget_loaded); how many, or None without a frontier. An
    unreachable Redis is a warning, not a failed load: a stale entry only marks an article that
    the warehouse already knows."""
    url = os.environ.get("BAOCHI_FRONTIER")
    if not url:
        return None
    from baochi.crawler.frontier import forget_loaded

    def loaded(source_id: str, ids: list[str]) -> set[str]:
        rows = con.execute(
            "SELECT a.source_article_id FROM articles a JOIN unnest(?::VARCHAR[]) AS t(id) "
            "ON a.source_article_id = t.id WHERE a.source_id = ?", [ids, source_id]).fetchall()
        return {row[0] for row in rows}

    try:
        removed = forget_loaded(url, loaded)
    except Exception as exc:  # noqa: BLE001 (redis and socket errors alike: the load stands)
        log.warning("frontier %s not trimmed: %s", url, exc)
        return None
    log.info("frontier: %d loaded ids left the done-sets", removed)
    return removed


def _finish_quietly(con: duckdb.DuckDBPyConnection, run_id: str, status: str,
                    counts: dict[str, int] | None, error: str) -> None:
    """Record a stage's failure when the database still takes it (a full disk may not)."""
    with suppress(duckdb.Error, OSError):
        finish_run(con, run_id, status, counts, error[:2000])


def run_process(
    con: duckdb.DuckDBPyConnection,
    *,
    workers: int = 2,
    limit: int | None = None,
    parent_run_id: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    engine: str = "local",
    address: str | None = None,
) -> ProcessResult:
    with environment_faults("process"):
        run_id = start_run(con, "process", parent_run_id=parent_run_id)
    try:
        result = process_pending(con, workers=workers, limit=limit, progress=progress, engine=engine,
                                 address=address)
    except BaseException as exc:
        fault = as_environment_fault("process", exc)
        _finish_quietly(con, run_id, "interrupted" if isinstance(exc, KeyboardInterrupt) else "error", None,
                        str(fault) if fault is not None else f"{type(exc).__name__}: {exc}")
        if fault is None or isinstance(exc, KeyboardInterrupt):
            raise
        raise fault from exc
    with environment_faults("process"):
        finish_run(con, run_id, "failed" if result.failed else "ok", result.counts())
        publish_after_stage(con, paths_db(con), changed=bool(result.analysed or result.failed))  # hook (analytics)
        refresh_lake(con, paths_db(con), changed=bool(result.analysed or result.failed))  # hook (scale)
    return result


def open_warehouse(paths: DataPaths, retry_seconds: float = 30.0) -> duckdb.DuckDBPyConnection:
    con = connect(paths.db, retry_seconds=retry_seconds)
    register_sources(con)
    return con
