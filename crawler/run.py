"""Run one source's spider in this process and report what it did.

Used by `baochi crawl`, `baochi demo` and `baochi nightly`; `scrapy crawl NAME` runs the same
spider through Scrapy's own command.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.sources import get_source
from crawler.spiders.provincial import ProvincialSpider, new_run_id


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
            "articles_ignored": int(self.stats.get("baochi/articles_ignored", 0)),
            "listing_failed": int(self.stats.get("baochi/listing_failed", 0)),
            "requests": int(self.stats.get("downloader/request_count", 0)),
            "robots_forbidden": int(self.stats.get("robotstxt/forbidden", 0)),
        }
        for key, value in self.stats.items():
            if key.startswith("baochi/body_status/"):
                out["body_" + key.rsplit("/", 1)[1]] = int(value)
            elif key.startswith("baochi/articles_failed/"):
                out["failed_" + key.rsplit("/", 1)[1]] = int(value)
        return out


def crawl_settings(
    data_dir: Path, *, throttle: bool = True, log_level: str = "WARNING", extra: dict | None = None
) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("BAOCHI_DATA_DIR", str(data_dir), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
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
) -> CrawlResult:
    """Crawl one source into `<data_dir>/staging`. Call at most once per process (Twisted)."""
    get_source(source_id)  # fail fast on an unknown source, before starting the reactor
    data_dir.mkdir(parents=True, exist_ok=True)
    run_id = run_id or new_run_id(source_id)
    known_file = None
    if known_ids:
        jobs = data_dir / "jobs" / source_id
        jobs.mkdir(parents=True, exist_ok=True)
        known_file = jobs / f"{run_id}.known-ids"
        known_file.write_text("\n".join(sorted(known_ids)), "utf-8")
    process = CrawlerProcess(
        crawl_settings(data_dir, throttle=throttle, log_level=log_level, extra=settings)
    )
    from crawler.spiders import provincial

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
    )
    process.start()
    if known_file is not None and known_file.exists():
        os.unlink(known_file)
    stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    files = [Path(p) for p in stats.get("baochi/staging_files", [])]
    return CrawlResult(run_id=run_id, source_id=source_id, staging_files=files, stats=stats)
