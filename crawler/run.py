"""Run one source's spider in this process and report what it did.

Used by `baochi crawl`, `baochi demo` and `baochi nightly`; `scrapy crawl NAME` runs the same
spider through Scrapy's own command.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from baochi.crawler.render import INSTALL_HINT, browser_path, playwright_settings
from baochi.crawler.sources import get_source
from baochi.crawler.spiders.provincial import ProvincialSpider, new_run_id
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings


class RenderUnavailable(RuntimeError):
    """Render mode was required but no Chromium is installed."""


def job_dir(data_dir: Path, source_id: str) -> Path:
    """Scrapy JOBDIR of a source: kept after a clean stop (Ctrl-C, SIGTERM) for `--resume`."""
    return data_dir / "jobs" / source_id / "job"


@dataclass
class CrawlResult:
    run_id: str
    source_id: str
    staging_files: list[Path]
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def staged(self) -> int:
        return int(self.stats.get("baochi/articles_staged", 0))

    def counts(self) -> dict[str, int]:
        """Run counts that operators read: discovered, fetched, failed, by body status."""
        out = {
            "articles_scheduled": int(self.stats.get("baochi/articles_scheduled", 0)),
            "articles_staged": self.staged,
            "articles_known_skipped": int(self.stats.get("baochi/articles_known_skipped", 0)),
            "articles_failed": int(self.stats.get("baochi/articles_failed", 0)),
            "articles_gone": int(self.stats.get("baochi/articles_gone", 0)),
            "articles_ignored": int(self.stats.get("baochi/articles_ignored", 0)),
            "articles_duplicate": int(self.stats.get("baochi/articles_duplicate", 0)),
            "articles_out_of_range": int(self.stats.get("baochi/articles_out_of_range", 0)),
            "articles_out_of_range_unfetched": int(self.stats.get("baochi/articles_out_of_range_unfetched", 0))
            + int(self.stats.get("baochi/sitemap_before_since", 0)),
            "published_missing": int(self.stats.get("baochi/published_missing", 0)),
            "listing_failed": int(self.stats.get("baochi/listing_failed", 0)),
            "listing_walks_stopped": int(self.stats.get("baochi/listing_walks_stopped", 0)),
            "render_requests": int(self.stats.get("baochi/render_requests", 0)),
            "render_ok": int(self.stats.get("baochi/render_ok", 0)),
            "render_failed": int(self.stats.get("baochi/render_failed", 0)),
            "render_blocked_requests": int(self.stats.get("playwright/request_count/aborted", 0)),
            "requests": int(self.stats.get("downloader/request_count", 0)),
            "article_pages_fetched": int(self.stats.get("baochi/article_pages_fetched", 0)),
            "retries": int(self.stats.get("retry/count", 0)),
            "robots_forbidden": int(self.stats.get("robotstxt/forbidden", 0)),
            "robots_forbidden_after_fetch": int(self.stats.get("baochi/robots_forbidden_after_fetch", 0)),
        }
        for status in ("ok", "encoded", "missing", "failed"):
            out.setdefault("body_" + status, 0)
        for key, value in self.stats.items():
            if key.startswith("baochi/body_status/"):
                out["body_" + key.rsplit("/", 1)[1]] = int(value)
            elif key.startswith("baochi/articles_failed/"):
                out["failed_" + key.rsplit("/", 1)[1]] = int(value)
        return out


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
    run_id = run_id or new_run_id(source_id)
    jobdir = job_dir(data_dir, source_id)
    if not resume and jobdir.exists():
        shutil.rmtree(jobdir)
    jobdir.parent.mkdir(parents=True, exist_ok=True)
    known_file = None
    if known_ids:
        jobs = data_dir / "jobs" / source_id
        jobs.mkdir(parents=True, exist_ok=True)
        known_file = jobs / f"{run_id}.known-ids"
        known_file.write_text("\n".join(sorted(known_ids)), "utf-8")
    run_settings = crawl_settings(data_dir, throttle=throttle, log_level=log_level, extra=settings,
                                  render=render, browser=browser)
    if "JOBDIR" not in (settings or {}):
        run_settings.set("JOBDIR", str(jobdir), priority="cmdline")
    from baochi.crawler.frontier import configure as use_frontier

    use_frontier(run_settings)  # --frontier / BAOCHI_FRONTIER: a queue shared through Redis
    process = CrawlerProcess(run_settings)
    from baochi.crawler.spiders import provincial

    spider_cls: type[ProvincialSpider] = next(
        cls for cls in vars(provincial).values()
        if isinstance(cls, type) and issubclass(cls, ProvincialSpider) and cls.name == source_id
    )
    crawler = process.create_crawler(spider_cls)
    process.crawl(
        crawler,
        base_url=base_url,
        run_id=run_id,
        known_ids_file=str(known_file) if known_file else None,
        max_articles=max_articles,
        refetch=refetch,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
    )
    process.start()
    if known_file is not None and known_file.exists():
        os.unlink(known_file)
    stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    if stats.get("finish_reason") == "finished" and jobdir.exists():
        shutil.rmtree(jobdir)  # nothing left to resume
    files = [Path(p) for p in stats.get("baochi/staging_files", [])]
    return CrawlResult(run_id=run_id, source_id=source_id, staging_files=files, stats=stats)
