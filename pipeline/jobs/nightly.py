"""`baochi nightly`: crawl what is new → load → process → refresh the report, unattended.

Safe to kill, safe to repeat, honest about what it did:

- **One at a time.** The run holds an OS lock on `<data>/baochi.lock` for its whole life
  (`baochi.pipeline.jobs.lock`); a second run exits at once with code 3 ("already running"). The kernel
  frees the lock when the holder dies, so a killed run never blocks the next one.
- **State it owns.** Crawls run one source at a time in child processes (Scrapy's reactor runs
  once per process) that write complete staging batches; load and process then run here.
  Every stage is idempotent and keyed on state in files and the warehouse, so after a kill
  at any point the next run simply completes the work: nothing lost, nothing doubled.
- **History.** The run and each stage are rows in `runs` (counts, status, error). When the
  database cannot be opened, the rows wait in `<data>/jobs/runs-pending.jsonl` and the next
  run that opens it writes them; rows left `running` by a killed run become `interrupted`.
- **No exception escapes a stage.** A stage that breaks is recorded as `error` with its
  message and the run goes on to the next stage where that makes sense.

Exit codes: 0 success; 1 finished with failures (see the counts); 3 could not run (already
running, database busy past the retry window, data directory unusable); 2 usage.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from baochi.pipeline.errors import EXIT_CANNOT_RUN, EXIT_FAILURES, EXIT_OK
from baochi.pipeline.errors import UsageError as BaochiUsageError
from baochi.pipeline.jobs.faults import crash_point
from baochi.pipeline.jobs.lock import AlreadyRunning, LockUnavailable, run_lock
from baochi.pipeline.jobs.parent_death import preexec_die_with_parent
from baochi.pipeline.jobs.runs import (
    defer_runs,
    flush_deferred_runs,
    mark_interrupted,
    new_run_id,
    upsert_run,
)
from baochi.pipeline.jobs.runs import run_record as _record  # shared with `baochi crawl`
from baochi.pipeline.logging_setup import log_event
from baochi.pipeline.paths import DataPaths
from baochi.pipeline.warehouse.connect import DatabaseBusy, DatabaseUnavailable
from baochi.pipeline.warehouse.environment import EnvironmentFault
from baochi.pipeline.warehouse.retention import Retention, apply_retention

INFO, WARNING, ERROR = logging.INFO, logging.WARNING, logging.ERROR
SPACE_RESERVE = "space-reserve"  # <data>/jobs/: 64 KB freed to record a disk-full run


@dataclass(frozen=True)
class NightlyOptions:
    sources: tuple[str, ...] = ()  # empty: every source in the registry
    base_url: str | None = None
    retry_seconds: float = 30.0
    throttle: bool = True
    refetch: bool = False
    refetch_days: int = 3  # edits to recent articles are common: fetch them again
    max_articles: int | None = None
    workers: int = 2
    crawl_timeout_seconds: float = 6 * 3600.0
    retention: Retention = field(default_factory=Retention)
    report: bool = True


@dataclass
class NightlyOutcome:
    code: int
    run_id: str
    status: str
    counts: dict[str, Any]
    message: str = ""


class UsageError(BaochiUsageError):
    """Options that cannot work together (exit 2)."""


def _now() -> datetime:
    return datetime.now(tz=UTC)


def _error_text(exc: BaseException) -> str:
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}"[:500]


def resolve_sources(options: NightlyOptions) -> list[str]:
    """The sources to crawl, validated against the registry (RegistryError → usage)."""
    from baochi.crawler.sources import get_source, load_registry

    if options.sources:
        for source in options.sources:
            get_source(source)
        chosen = list(dict.fromkeys(options.sources))
    else:
        chosen = list(load_registry())
    if options.base_url and len(chosen) != 1:
        raise UsageError("--base-url points one source at another host: name that source with --source")
    return chosen


class Nightly:
    def __init__(self, paths: DataPaths, options: NightlyOptions, logger: logging.Logger) -> None:
        self.paths = paths
        self.options = options
        self.log = logger
        self.run_id = new_run_id("nightly")
        self.started = _now()
        self.records: list[dict[str, Any]] = []  # stage rows not yet written to the warehouse
        self.failures: dict[str, int] = {}
        self.totals: dict[str, Any] = {}
        self.stages: dict[str, str] = {}
        self.sources: list[str] = []

    # -- helpers ----------------------------------------------------------------------------

    def event(self, level: int, message: str, **fields: Any) -> None:
        log_event(self.log, level, message, run_id=self.run_id, **fields)

    def fail(self, reason: str, count: int = 1) -> None:
        if count:
            self.failures[reason] = self.failures.get(reason, 0) + count

    def add(self, key: str, value: int) -> None:
        self.totals[key] = self.totals.get(key, 0) + int(value or 0)

    def connect(self) -> Any:
        from baochi.pipeline.jobs.stages import register_sources
        from baochi.pipeline.warehouse.connect import connect

        con = connect(self.paths.db, retry_seconds=self.options.retry_seconds)
        try:
            base_urls = {self.sources[0]: self.options.base_url} if self.options.base_url and self.sources else None
            register_sources(con, base_urls)
            flush_deferred_runs(con, self.paths.data_dir / "jobs")
            for record in self.records:
                upsert_run(con, record)
            self.records.clear()
        except BaseException:
            con.close()
            raise
        return con

    # -- stages -----------------------------------------------------------------------------

    def start(self) -> None:
        """Open the warehouse once before crawling: a busy or unusable database stops the run
        before it fetches anything (exit 3), and dead runs' rows are marked."""
        con = self.connect()
        self._reserve_space()
        try:
            dead = mark_interrupted(con, self.run_id)
            upsert_run(con, {
                "run_id": self.run_id, "parent_run_id": None, "stage": "nightly",
                "source_id": None, "started_at": self.started.isoformat(), "ended_at": None,
                "status": "running", "counts": {"sources": self.sources}, "error": None,
            })
        finally:
            con.close()
        if dead:
            self.event(WARNING, "earlier runs died before finishing; marked interrupted", rows=dead)

    def crawl(self, source: str) -> None:  # noqa: C901 -- builds the child's options, then reads each way it ends; owner: jobs (issue 13)
        """One source's crawl in a child process; its `CrawlReport` comes back in a result file
        written atomically. The crawl's counts are stored as they are (same names as `crawl`)."""
        from baochi.crawler.contract import CrawlReport

        started = _now()
        result_file = self.paths.data_dir / "jobs" / source / f"crawl-report-{self.run_id}.json"
        result_file.parent.mkdir(parents=True, exist_ok=True)
        result_file.unlink(missing_ok=True)
        command = [
            sys.executable, "-m", "baochi.pipeline.jobs.crawl_worker", source, "--db", str(self.paths.db),
            "--result", str(result_file), "--parent-pid", str(os.getpid()),
        ]
        if self.options.base_url:
            command += ["--base-url", self.options.base_url]
        if not self.options.throttle:
            command.append("--no-throttle")
        if self.options.refetch:
            command.append("--refetch")
        elif self.options.refetch_days:
            command += ["--refetch-days", str(self.options.refetch_days)]
        if self.options.max_articles is not None:
            command += ["--max-articles", str(self.options.max_articles)]
        self.event(INFO, "crawl started", stage="crawl", source=source)
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, errors="replace",
                timeout=self.options.crawl_timeout_seconds, preexec_fn=preexec_die_with_parent(),
            )
            stderr, code = done.stderr, done.returncode
        except subprocess.TimeoutExpired:
            stderr = f"crawl timed out after {self.options.crawl_timeout_seconds:.0f}s"
            code = -1
        except OSError as exc:
            stderr, code = _error_text(exc), -1
        lines = [line for line in stderr.splitlines() if line.strip()]
        for line in lines[-20:]:
            self.event(WARNING, "crawl output", stage="crawl", source=source, line=line[:1000])
        report = None
        if code == 0:
            try:
                report = CrawlReport.read(result_file)
            except (OSError, ValueError, KeyError, TypeError):
                report = None
        result_file.unlink(missing_ok=True)
        if report is None:
            error = f"crawl process exited with code {code}: " + (lines[-1][:400] if lines else "no output")
            self.fail("crawl_crashed")
            self.stages[f"crawl:{source}"] = "error"
            self.records.append(_record(new_run_id(source), "crawl", started, "error", {},
                                        parent=self.run_id, source_id=source, error=error))
            self.event(ERROR, "crawl failed", stage="crawl", source=source, error=error)
            return
        counts = report.counts
        for key in ("discovered", "fetched", "encoded", "gone"):
            self.add(key, counts.get(key, 0))
        for key, value in counts.items():
            if key.startswith("failed_") and value:
                self.fail(key.removeprefix("failed_"), int(value))
        failures = int(counts.get("failures", 0))
        if counts.get("robots_unreachable"):
            self.fail("robots_unreachable", int(counts["robots_unreachable"]))
            self.event(ERROR, "robots.txt unreachable: nothing fetched (RFC 9309)", stage="crawl", source=source)
        # Extraction health and markup drift (crawler/health.py): one line per sharp drop.
        from baochi.pipeline.jobs.health import crawl_run

        record, drift = crawl_run(self.paths.db, run_id=report.run_id, source_id=source,
                                  started_at=datetime.fromisoformat(report.started_at), counts=counts,
                                  staging_files=report.staging_files, parent=self.run_id)
        for line in drift:
            self.fail("markup_drift")
            self.event(ERROR, line, stage="crawl", source=source)
        self.stages[f"crawl:{source}"] = status = record["status"]
        self.records.append(record)
        self.event(INFO, "crawl done", stage="crawl", source=source, status=status,
                   discovered=counts.get("discovered", 0), fetched=counts.get("fetched", 0),
                   failed=failures, staging_files=len(report.staging_files))

    def load_and_process(self) -> None:
        from baochi.pipeline.jobs.stages import run_load, run_process

        con = self.connect()
        try:
            self.event(INFO, "load started", stage="load")
            try:
                loaded = run_load(con, self.paths, parent_run_id=self.run_id)
            except EnvironmentFault:  # disk full, I/O error: nothing moved; the run stops with code 3
                self.stages["load"] = "error"
                raise
            except Exception as exc:  # recorded by run_load; the run goes on to process
                self.stages["load"] = "error"
                self.fail("load_error")
                self.event(ERROR, "load failed", stage="load", error=_error_text(exc))
            else:
                counts = loaded.counts()
                for key in ("new", "updated", "unchanged", "rejected_lines", "files"):
                    self.add(key if key != "files" else "files_loaded", counts.get(key, 0))
                for reason, count in loaded.rejected.items():
                    self.fail(f"rejected_{reason}", count)
                self.stages["load"] = "failed" if loaded.rejected else "ok"
                self.event(INFO, "load done", stage="load", **counts)
            crash_point("nightly:loaded")
            self.event(INFO, "process started", stage="process")
            try:
                processed = run_process(con, workers=self.options.workers, parent_run_id=self.run_id)
            except EnvironmentFault:
                self.stages["process"] = "error"
                raise
            except Exception as exc:
                self.stages["process"] = "error"
                self.fail("process_error")
                self.event(ERROR, "process failed", stage="process", error=_error_text(exc))
            else:
                self.add("analysed", processed.analysed)
                self.add("nlp_errors", processed.failed)
                self.fail("nlp_error", processed.failed)
                self.stages["process"] = "failed" if processed.failed else "ok"
                self.event(INFO, "process done", stage="process", **processed.counts())
        finally:
            con.close()

    def retention(self) -> None:
        started = _now()
        try:
            counts = apply_retention(self.paths, self.options.retention)
        except Exception as exc:  # a file we could not delete is no reason to stop
            self.stages["retention"] = "error"
            self.fail("retention_error")
            self.records.append(_record(new_run_id("retention"), "retention", started, "error", {},
                                        parent=self.run_id, error=_error_text(exc)))
            self.event(ERROR, "retention failed", stage="retention", error=_error_text(exc))
            return
        self.stages["retention"] = "ok"
        self.records.append(_record(new_run_id("retention"), "retention", started, "ok", counts,
                                    parent=self.run_id))
        self.event(INFO, "retention done", stage="retention", **counts)

    def report(self, con: Any) -> None:
        """Refresh the report; never fatal to the data (a failure is counted and the run ends
        with code 1)."""
        from baochi.pipeline.report import write_report

        started = _now()
        if not self.options.report:
            return
        status, counts, error = "ok", {}, None
        try:
            counts = {"output": str(write_report(con, self.paths.reports, source_file=self.paths.db))}
        except Exception as exc:  # the report must never break a nightly run
            status, error = "error", _error_text(exc)
            self.fail("report_error")
        self.stages["report"] = status
        upsert_run(con, _record(new_run_id("report"), "report", started, status, counts,
                                parent=self.run_id, error=error))
        self.event(INFO if status == "ok" else ERROR, f"report {'done' if status == 'ok' else 'failed'}",
                   stage="report", error=error, **counts)

    def finish(self) -> tuple[str, dict[str, Any]]:
        """Write the stage rows, refresh the report, close the run's row, publish the snapshot."""
        try:
            con = self.connect()
        except Exception as exc:
            con = None
            self.stages["report"] = "skipped"
            self.event(WARNING, "run history deferred: the database is busy; the next run writes it",
                       error=_error_text(exc))
        try:
            if con is not None:
                self.report(con)
            status = "failed" if self.failures else "ok"
            counts = {"sources": self.sources, **self.totals,
                      "failed": dict(sorted(self.failures.items())), "stages": self.stages}
            self.records.append(_record(self.run_id, "nightly", self.started, status, counts, parent=None))
            if con is None:
                defer_runs(self.paths.data_dir / "jobs", self.records)
            else:
                for record in self.records:
                    upsert_run(con, record)
                _publish_snapshot(con, self.paths)
            self.records.clear()
        finally:
            if con is not None:
                con.close()
        return status, counts

    def _reserve_space(self) -> None:
        """Keep a little disk space for the run's own record: a full disk that stops the load
        must not also stop the run from saying so in `runs` (the file is freed for it)."""
        reserve = self.paths.data_dir / "jobs" / SPACE_RESERVE
        try:
            reserve.parent.mkdir(parents=True, exist_ok=True)
            if not reserve.exists():
                reserve.write_bytes(b"\0" * 65536)
        except OSError:
            reserve.unlink(missing_ok=True)

    def cannot_run(self, exc: BaseException, where: str) -> NightlyOutcome:
        """The warehouse could not be opened (busy, unusable, broken install): exit 3, with the
        run's rows kept on disk for the next run to write."""
        known = isinstance(exc, DatabaseBusy | DatabaseUnavailable | EnvironmentFault)
        message = str(exc) if known else _error_text(exc)
        if where == "load" and "staging files are kept" not in message:
            message += "; staging files are kept for the next run"
        self.records.append(_record(
            self.run_id, "nightly", self.started, "error",
            {"sources": self.sources, **self.totals, "failed": dict(self.failures), "stages": self.stages},
            parent=None, error=message,
        ))
        # The disk may be full: the reserve makes room for the record (the next run renews it).
        (self.paths.data_dir / "jobs" / SPACE_RESERVE).unlink(missing_ok=True)
        try:
            defer_runs(self.paths.data_dir / "jobs", self.records)
        except OSError as error:  # a full disk may refuse even this; the log line keeps the record
            self.event(ERROR, "run history could not be kept", stage="nightly", error=_error_text(error),
                       record=self.records[-1])
        self.records.clear()
        self.log.debug("traceback", exc_info=exc)
        self.event(ERROR, "nightly could not run" if where == "start" else "nightly could not load",
                   stage="nightly" if where == "start" else "load", error=message)
        return NightlyOutcome(EXIT_CANNOT_RUN, self.run_id, "error", self.totals, message)

    def run(self, sources: list[str]) -> NightlyOutcome:
        self.sources = sources
        self.event(INFO, "nightly started", stage="nightly", sources=sources, data_dir=str(self.paths.data_dir))
        try:
            self.start()
        except Exception as exc:
            return self.cannot_run(exc, "start")
        for source in sources:
            try:
                self.crawl(source)
            except Exception as exc:  # the crawl's own process is isolated; this is our side
                self.fail("crawl_error")
                self.stages[f"crawl:{source}"] = "error"
                self.records.append(_record(new_run_id(source), "crawl", _now(), "error", {},
                                            parent=self.run_id, source_id=source, error=_error_text(exc)))
                self.event(ERROR, "crawl failed", stage="crawl", source=source, error=_error_text(exc))
        try:
            self.load_and_process()
        except Exception as exc:
            return self.cannot_run(exc, "load")
        crash_point("nightly:processed")
        self.retention()
        status, counts = self.finish()
        self.event(INFO if status == "ok" else WARNING, "nightly done", stage="nightly",
                   status=status, **{k: v for k, v in counts.items() if k != "sources"})
        return NightlyOutcome(EXIT_OK if status == "ok" else EXIT_FAILURES, self.run_id, status, counts)


def _publish_snapshot(con: Any, paths: DataPaths) -> None:
    """Publish the read snapshot so readers see the final history."""
    from baochi.pipeline.warehouse.snapshot import publish_after_stage

    publish_after_stage(con, paths.db, changed=True)


def run_nightly(paths: DataPaths, options: NightlyOptions, logger: logging.Logger) -> NightlyOutcome:
    """The whole nightly job under the lock; returns the outcome with its exit code."""
    sources = resolve_sources(options)  # usage errors before taking the lock
    nightly = Nightly(paths, options, logger)
    try:
        with run_lock(paths.lock):
            return nightly.run(sources)
    except AlreadyRunning as exc:
        nightly.event(ERROR, "already running", stage="nightly", error=str(exc))
        return NightlyOutcome(EXIT_CANNOT_RUN, nightly.run_id, "locked", {}, str(exc))
    except LockUnavailable as exc:
        nightly.event(ERROR, "cannot take the lock", stage="nightly", error=str(exc))
        return NightlyOutcome(EXIT_CANNOT_RUN, nightly.run_id, "error", {}, str(exc))
