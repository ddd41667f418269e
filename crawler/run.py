"""Run one source's spider in this process and report what it did.

Used by `baochi crawl`, `baochi demo` and `baochi nightly`; `scrapy crawl NAME` runs the same
spider through Scrapy's own command.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from baochi.crawler import collector, parsing, placement
from baochi.crawler.contract import CrawlReport, counts_from_stats
from baochi.crawler.render import INSTALL_HINT, browser_path, playwright_settings
from baochi.crawler.sources import get_source
from baochi.crawler.spiders.provincial import ProvincialSpider, new_run_id
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings


class RenderUnavailable(RuntimeError):
    """Render mode was required but no Chromium is installed."""


class CrawlLocked(RuntimeError):
    """Another crawl of the same source holds its job directory (exit 3)."""


@contextmanager
def source_lock(data_dir: Path, source_id: str) -> Iterator[None]:
    """An OS lock on `<data>/jobs/<source>/crawl.lock` for the whole crawl: a second crawl of
    the same source (a manual `baochi crawl` while the nightly crawls it) stops before it
    touches the job queue. The kernel frees the lock when the holder dies."""
    path = data_dir / "jobs" / source_id / "crawl.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise CrawlLocked(f"another crawl of {source_id} is running{who} on {path.parent}; "
                              "try again when it has finished") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)


def job_dir(data_dir: Path, source_id: str) -> Path:
    """Scrapy JOBDIR of a source: kept after a clean stop (Ctrl-C, SIGTERM) for `--resume`."""
    return data_dir / "jobs" / source_id / "job"


@dataclass
class CrawlResult:
    run_id: str
    source_id: str
    staging_files: list[Path]
    stats: dict[str, Any] = field(default_factory=dict)
    started_at: datetime = field(default_factory=lambda: datetime.now(tz=UTC))

    @property
    def staged(self) -> int:
        return int(self.stats.get("baochi/articles_staged", 0))

    def counts(self) -> dict[str, int]:
        """The crawl's counters, under the names every command shows (contract.counts_from_stats)."""
        return counts_from_stats(self.stats)

    def report(self) -> CrawlReport:
        return CrawlReport(
            run_id=self.run_id, source_id=self.source_id, started_at=self.started_at.isoformat(),
            finish_reason=str(self.stats.get("finish_reason", "")), counts=self.counts(),
            staging_files=[str(p) for p in self.staging_files],
        )


def crawl_settings(
    data_dir: Path, *, throttle: bool = True, log_level: str = "WARNING", extra: dict | None = None,
    render: bool | None = None, browser: str | None = None,
) -> Settings:
    """Project settings plus this run's choices. `render`: None uses a browser when one is
    installed, False never does, True requires one (RenderUnavailable otherwise)."""
    settings = Settings()
    settings.setmodule("baochi.crawler.settings", priority="project")
    settings.set("BAOCHI_DATA_DIR", str(data_dir), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    executable = browser_path(browser) if render is not False else None
    if render and executable is None:
        raise RenderUnavailable(INSTALL_HINT)
    if executable:
        for key, value in playwright_settings(executable).items():
            settings.set(key, value, priority="cmdline")
    else:
        settings.set("DOWNLOAD_HANDLERS", {}, priority="cmdline")
        settings.set("BAOCHI_RENDER_ENABLED", False, priority="cmdline")
    if not throttle:
        # Only for our own loopback sites and benchmarks: never for a real paper.
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8, priority="cmdline")
        settings.set("BAOCHI_CRAWL_DELAY_MAX", 0, priority="cmdline")
    for key, value in (extra or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def crawl(
    source_id: str,
    data_dir: Path,
    *,
    base_url: str | None = None,
    run_id: str | None = None,
    throttle: bool = True,
    known_ids: set[str] | None = None,
    max_articles: int | None = None,
    refetch: bool = False,
    log_level: str = "WARNING",
    settings: dict | None = None,
    since: date | None = None,
    until: date | None = None,
    resume: bool = False,
    render: bool | None = None,
    browser: str | None = None,
) -> CrawlResult:
    """Crawl one source into `<data_dir>/staging`. Call at most once per process (Twisted).

    `resume` continues the job a clean stop left in `<data>/jobs/<source>/job`; without it any
    old job state is discarded. After kill -9 do not resume: run again, and the staged batches
    plus the known-id set make the new run fetch only what is missing.
    """
    get_source(source_id)  # fail fast on an unknown source, before starting the reactor
    data_dir.mkdir(parents=True, exist_ok=True)
    with source_lock(data_dir, source_id):
        return _crawl_locked(
            source_id, data_dir, base_url=base_url, run_id=run_id or new_run_id(source_id),
            throttle=throttle, known_ids=known_ids or set(), max_articles=max_articles,
            refetch=refetch, log_level=log_level, settings=settings, since=since, until=until,
            resume=resume, render=render, browser=browser,
        )


def _crawl_locked(
    source_id: str, data_dir: Path, *, base_url: str | None, run_id: str, throttle: bool,
    known_ids: set[str], max_articles: int | None, refetch: bool, log_level: str,
    settings: dict | None, since: date | None, until: date | None, resume: bool,
    render: bool | None, browser: str | None,
) -> CrawlResult:
    started = datetime.now(tz=UTC)
    jobdir = job_dir(data_dir, source_id)
    if not resume and jobdir.exists():
        shutil.rmtree(jobdir)
    jobdir.parent.mkdir(parents=True, exist_ok=True)
    run_settings = crawl_settings(data_dir, throttle=throttle, log_level=log_level, extra=settings,
                                  render=render, browser=browser)
    if "JOBDIR" not in (settings or {}):
        run_settings.set("JOBDIR", str(jobdir), priority="cmdline")
    from baochi.crawler.frontier import configure as use_frontier

    frontier = use_frontier(run_settings)  # --frontier / BAOCHI_FRONTIER: a queue shared through Redis
    workers = parsing.parser_options(run_settings)[0]
    with placement.placed(run_settings, workers=workers, frontier=frontier):
        parsing.prestart(get_source(source_id), *parsing.parser_options(run_settings))
        try:
            with collector.tuned(run_settings):
                return _run_process(source_id, run_settings, jobdir, started, run_id=run_id, base_url=base_url,
                                    known_ids=known_ids, max_articles=max_articles, refetch=refetch,
                                    since=since, until=until)
        finally:
            parsing.close_prestarted()


def _run_process(
    source_id: str, run_settings: Settings, jobdir: Path, started: datetime, *, run_id: str,
    base_url: str | None, known_ids: set[str], max_articles: int | None, refetch: bool,
    since: date | None, until: date | None,
) -> CrawlResult:
    process = CrawlerProcess(run_settings)
    from baochi.crawler.spiders import provincial

    spider_cls: type[ProvincialSpider] = next(
        cls for cls in vars(provincial).values()
        if isinstance(cls, type) and issubclass(cls, ProvincialSpider) and getattr(cls, "name", None) == source_id
    )
    crawler = process.create_crawler(spider_cls)
    process.crawl(
        crawler,
        base_url=base_url,
        run_id=run_id,
        known_ids=known_ids,
        max_articles=max_articles,
        refetch=refetch,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
    )
    process.start()
    stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    if stats.get("finish_reason") == "finished" and jobdir.exists():
        shutil.rmtree(jobdir)  # nothing left to resume
    files = [Path(p) for p in stats.get("baochi/staging_files", [])]
    return CrawlResult(run_id=run_id, source_id=source_id, staging_files=files, stats=stats, started_at=started)
