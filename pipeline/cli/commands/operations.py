"""Operator commands: `nightly` (the scheduled job) and `runs` (its history)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any

import typer
from baochi.pipeline.cli.app import (
    EXIT_CANNOT_RUN,
    EXIT_USAGE,
    DbOption,
    DebugOption,
    Format,
    fail,
    handles_errors,
    out,
)
from baochi.pipeline.paths import resolve_paths

STATUS_STYLE = {"ok": "green", "failed": "yellow", "error": "red", "interrupted": "red", "running": "cyan"}


def _short_counts(stage: str, counts: dict[str, Any]) -> str:
    """The few counts an operator reads first, as `key=value` pairs."""
    keys = {
        "nightly": ("discovered", "fetched", "new", "updated", "unchanged", "gone", "analysed",
                    "nlp_errors", "rejected_lines"),
        "crawl": ("discovered", "fetched", "articles_known_skipped", "failures", "encoded", "gone"),
        "load": ("files", "new", "updated", "unchanged", "rejected_lines"),
        "process": ("analysed", "failed"),
        "retention": ("loaded_deleted", "raw_deleted", "rejected_deleted", "bytes_freed"),
    }.get(stage)
    if keys is None:
        keys = tuple(k for k, v in counts.items() if isinstance(v, int | float))[:6]
    parts = [f"{k}={counts[k]}" for k in keys if counts.get(k)]
    failed = counts.get("failed")
    if isinstance(failed, dict) and failed:
        parts.append("failed:" + ",".join(f"{k}={v}" for k, v in failed.items()))
    health = counts.get("extraction_health")  # share of articles with each field, and its layers
    if isinstance(health, dict):
        from baochi.crawler.health import health_summary

        parts += [health_summary(h) for h in health.values() if isinstance(h, dict)]
    return " ".join(parts)


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if isinstance(value, datetime) else ""


def _duration(start: Any, end: Any) -> str:
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return ""
    seconds = int((end - start).total_seconds())
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"


def history(con: Any, last: int) -> list[dict[str, Any]]:
    """The last `last` top-level runs, newest first, each followed by its stages in order."""
    columns = "run_id, parent_run_id, stage, source_id, started_at, ended_at, status, counts, error"
    tops = con.execute(
        f"SELECT {columns} FROM runs WHERE parent_run_id IS NULL ORDER BY started_at DESC LIMIT ?",
        [last],
    ).fetchall()
    ids = [row[0] for row in tops]
    children = con.execute(
        f"SELECT {columns} FROM runs WHERE parent_run_id IN (SELECT unnest(?)) ORDER BY started_at, run_id",
        [ids],
    ).fetchall() if ids else []
    names = [c.strip() for c in columns.split(",")]
    by_parent: dict[str, list[dict[str, Any]]] = {}
    for row in children:
        item = dict(zip(names, row, strict=True))
        by_parent.setdefault(item["parent_run_id"], []).append(item)
    rows: list[dict[str, Any]] = []
    for row in tops:
        item = dict(zip(names, row, strict=True))
        rows.append(item)
        rows.extend(by_parent.get(item["run_id"], []))
    for item in rows:
        try:
            item["counts"] = json.loads(item["counts"]) if item["counts"] else {}
        except ValueError:
            item["counts"] = {}
    return rows


def register(app: typer.Typer) -> None:  # noqa: C901 -- nested typer commands count here; lift them to module level as in analytics.py
    @app.command()
    @handles_errors
    def nightly(
        source: Annotated[list[str] | None, typer.Option("--source", help="Crawl this source (repeatable). Default: every source in the registry.")] = None,
        base_url: Annotated[str | None, typer.Option(help="Crawl this host instead of the registry's (one --source only): a mirror or test site.")] = None,
        retry_seconds: Annotated[float, typer.Option(help="How long to wait for a busy database before giving up with code 3.")] = 30.0,
        no_throttle: Annotated[bool, typer.Option("--no-throttle", help="No delays: only for your own local sites.")] = False,
        frontier: Annotated[str | None, typer.Option(envvar="BAOCHI_FRONTIER", help="Crawl through a request queue shared with other crawl workers in Redis: redis://HOST:PORT/DB (docs/scale.md).")] = None,
        refetch: Annotated[bool, typer.Option(help="Fetch known articles again (changed ones get a new version).")] = False,
        refetch_days: Annotated[int, typer.Option(min=0, help="Fetch again known articles published in the last N days, so that edits become new versions.")] = 3,
        max_articles: Annotated[int | None, typer.Option(help="Fetch at most this many articles per source.")] = None,
        workers: Annotated[int, typer.Option(help="NLP worker processes.")] = 2,
        keep_loaded_days: Annotated[float | None, typer.Option(help="Delete loaded staging files older than this (0 keeps them). Default: $BAOCHI_KEEP_LOADED_DAYS or 30.")] = None,
        keep_rejected_days: Annotated[float | None, typer.Option(help="Delete quarantined lines/files older than this (0 keeps them). Default: $BAOCHI_KEEP_REJECTED_DAYS or 90.")] = None,
        keep_raw_days: Annotated[float | None, typer.Option(help="Delete raw HTML older than this (0 keeps it). Default: $BAOCHI_KEEP_RAW_DAYS or 365.")] = None,
        crawl_timeout_minutes: Annotated[float, typer.Option(help="Stop a source's crawl after this long.")] = 360.0,
        no_report: Annotated[bool, typer.Option("--no-report", help="Do not refresh the report.")] = False,
        log_json: Annotated[bool, typer.Option("--log-json", help="Log one JSON object per line on stderr.")] = False,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Crawl what is new, load, analyse, refresh the report: the scheduled job (one at a time).

        Exit codes: 0 ok; 1 finished with failures; 2 usage; 3 could not run (already
        running, database busy past --retry-seconds, data directory unusable).
        """
        import logging

        from baochi.pipeline.jobs.nightly import NightlyOptions, UsageError, run_nightly
        from baochi.pipeline.logging_setup import setup_logging
        from baochi.pipeline.warehouse.retention import Retention

        logger = setup_logging(json_lines=log_json, level=logging.DEBUG if debug else logging.INFO)
        if frontier:  # the crawl workers (child processes) read it when their crawler starts
            import os

            from baochi.crawler.frontier import FrontierError, frontier_url

            os.environ["BAOCHI_FRONTIER"] = frontier
            try:
                frontier_url()
            except FrontierError as exc:
                raise typer.BadParameter(str(exc), param_hint="--frontier") from None
        if workers < 1:
            raise typer.BadParameter("must be at least 1", param_hint="--workers")
        for name, value in (("--keep-loaded-days", keep_loaded_days), ("--keep-rejected-days", keep_rejected_days),
                            ("--keep-raw-days", keep_raw_days)):
            if value is not None and value < 0:
                raise typer.BadParameter("must be 0 (keep forever) or more days", param_hint=name)
        try:
            retention = Retention.from_env(keep_loaded_days, keep_rejected_days, keep_raw_days)
        except ValueError as exc:
            raise fail(f"misconfigured: {exc}", EXIT_CANNOT_RUN) from None
        options = NightlyOptions(
            sources=tuple(source or ()), base_url=base_url, retry_seconds=retry_seconds,
            throttle=not no_throttle, refetch=refetch, refetch_days=refetch_days,
            max_articles=max_articles, workers=workers,
            crawl_timeout_seconds=crawl_timeout_minutes * 60, retention=retention,
            report=not no_report,
        )
        try:
            outcome = run_nightly(resolve_paths(db), options, logger)
        except UsageError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
        summary = {"run_id": outcome.run_id, "status": outcome.status, **outcome.counts}
        if outcome.message:
            summary["error"] = outcome.message
        out.file.write(json.dumps(summary, ensure_ascii=False, default=str) + "\n")
        out.file.flush()
        raise typer.Exit(outcome.code)

    @app.command()
    @handles_errors
    def runs(
        last: Annotated[int, typer.Option(help="Show the last N runs (each with its stages).")] = 10,
        fmt: Annotated[Format, typer.Option("--format", help="table, csv or json.")] = Format.table,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Run history: each run and its stages with status, duration, counts and error."""
        from baochi.pipeline.cli.app import console
        from baochi.pipeline.warehouse.connect import DatabaseBusy, connect

        paths = resolve_paths(db)
        try:
            con = connect(paths.db, read_only=True, retry_seconds=2)
        except DatabaseBusy:
            from baochi.pipeline.warehouse.snapshot import snapshot_path

            if not snapshot_path(paths.db).exists():
                raise
            console.print("note: the warehouse is busy (a run is writing); showing the read snapshot")
            con = connect(snapshot_path(paths.db), read_only=True, retry_seconds=2)
        try:
            rows = history(con, max(last, 0))
        finally:
            con.close()
        if fmt == Format.json:
            out.file.write(json.dumps(rows, ensure_ascii=False, default=str, indent=1) + "\n")
            return
        if fmt == Format.csv:
            import csv

            writer = csv.writer(out.file)
            writer.writerow(["run_id", "parent_run_id", "stage", "source_id", "started_at", "ended_at",
                             "status", "counts", "error"])
            for row in rows:
                writer.writerow([row["run_id"], row["parent_run_id"] or "", row["stage"], row["source_id"] or "",
                                 row["started_at"], row["ended_at"] or "", row["status"],
                                 json.dumps(row["counts"], ensure_ascii=False), row["error"] or ""])
            return
        from rich.console import Console
        from rich.table import Table

        table = Table("started", "run / stage", "status", "took", "counts", "error")
        for row in rows:
            style = STATUS_STYLE.get(row["status"], "")
            if row["parent_run_id"] is None:
                label = f"{row['stage']} {row['run_id']}"
            else:
                label = f"  └ {row['stage']}" + (f" {row['source_id']}" if row["source_id"] else "")
            table.add_row(
                _when(row["started_at"]), label,
                f"[{style}]{row['status']}[/]" if style else row["status"],
                _duration(row["started_at"], row["ended_at"]),
                _short_counts(row["stage"], row["counts"]), (row["error"] or "")[:160],
            )
        # A log file or a pipe gets a wide table rather than one folded to 80 columns.
        console = out if out.is_terminal else Console(file=out.file, width=220)
        console.print(table)
