"""Scrapy settings for every baochi spider: polite by default, no open local ports.

The data directory comes from the environment (BAOCHI_DATA_DIR, else the folder of BAOCHI_DB,
else ./data) so that `scrapy crawl` and `baochi crawl` write to the same place.
"""

from __future__ import annotations

import os
from pathlib import Path

BOT_NAME = "baochi"
SPIDER_MODULES = ["baochi.crawler.spiders"]
NEWSPIDER_MODULE = "baochi.crawler.spiders"

BAOCHI_CONTACT = os.environ.get("BAOCHI_CONTACT", "set BAOCHI_CONTACT to an e-mail or URL")
USER_AGENT = f"baochi/0.1 (research crawler of Vietnamese provincial press; contact: {BAOCHI_CONTACT})"


def _data_dir() -> str:
    if os.environ.get("BAOCHI_DATA_DIR"):
        return os.environ["BAOCHI_DATA_DIR"]
    if os.environ.get("BAOCHI_DB"):
        return str(Path(os.environ["BAOCHI_DB"]).resolve().parent)
    return str(Path("data").resolve())


BAOCHI_DATA_DIR = _data_dir()
BAOCHI_REGISTRY = os.environ.get("BAOCHI_REGISTRY")  # None: the packaged sources.toml
# articles per staging file; a killed run loses at most one batch
BAOCHI_STAGING_BATCH = int(os.environ.get("BAOCHI_STAGING_BATCH", "500"))
BAOCHI_KEEP_RAW_HTML = True
# processes that parse article pages beside the crawl (crawler/parsing.py); 0: in the crawl's own
BAOCHI_PARSE_WORKERS = int(os.environ.get("BAOCHI_PARSE_WORKERS", "1"))
# auto: the crawl's thread on one CPU, the parse workers on the others (crawler/placement.py); off
BAOCHI_CPU_PLACEMENT = os.environ.get("BAOCHI_CPU_PLACEMENT", "auto")
# on: while a crawl runs, what it loaded is frozen and the collector runs less often (crawler/collector.py)
BAOCHI_GC_TUNING = os.environ.get("BAOCHI_GC_TUNING", "on")

# Politeness: obey robots.txt, about one request per second per host.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# robots.txt's Crawl-delay is honoured per host up to this many seconds (0: ignored; so with --no-throttle).
BAOCHI_CRAWL_DELAY_MAX = 60.0
# Operators (and the fault tests) may tighten these through the environment.
DOWNLOAD_TIMEOUT = float(os.environ.get("BAOCHI_DOWNLOAD_TIMEOUT", "30"))
RETRY_ENABLED = True
RETRY_TIMES = int(os.environ.get("BAOCHI_RETRY_TIMES", "3"))
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Retries wait: Retry-After when the server sends one, else 1 s, 2 s, 4 s … (capped).
BAOCHI_RETRY_BACKOFF_BASE = float(os.environ.get("BAOCHI_RETRY_BACKOFF_BASE", "1.0"))
BAOCHI_RETRY_BACKOFF_MAX = 60.0
DOWNLOADER_MIDDLEWARES = {
    # before robots.txt (100): a refused host's robots.txt is not fetched either
    "baochi.crawler.middlewares.OffsiteRedirectMiddleware": 40,
    # Scrapy's, fixed: requests that wait for robots.txt obey it too (crawler/middlewares.py)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "baochi.crawler.middlewares.RobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "baochi.crawler.middlewares.BackoffRetryMiddleware": 550,
}
SPIDER_MIDDLEWARES = {"baochi.crawler.middlewares.ArticleFailuresMiddleware": 45}
EXTENSIONS = {"baochi.crawler.pipelines.OutcomeCounter": 0, "baochi.crawler.progress.CrawlProgress": 0,
              "baochi.crawler.http_limits.HeaderCap": 0}
# Status line and headers of a response, in bytes (Scrapy caps only bodies; crawler/http_limits.py).
BAOCHI_MAX_HEADER_BYTES = 256 * 1024
# One progress line on a terminal (never in pipes or logs); `baochi crawl --quiet` turns it off.
BAOCHI_PROGRESS = os.environ.get("BAOCHI_PROGRESS", "1") != "0"
# Size caps that fit news pages, on the wire and after decompression (Content-Encoding and
# gzipped sitemaps alike): a larger article is counted `too_large`, never parsed. Sitemaps get
# their own, larger cap (spider: SITEMAP_MAXSIZE through request meta).
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
BAOCHI_SITEMAP_MAXSIZE = 50 * 1024 * 1024
BAOCHI_SITEMAP_WARNSIZE = 20 * 1024 * 1024
# Sitemap indexes below the one robots.txt names (papers nest one or two): deeper is a trap.
BAOCHI_SITEMAP_MAX_DEPTH = 4
REDIRECT_MAX_TIMES = 5
# A truncated response is an error (retried, then counted as failed), never a short article.
DOWNLOAD_FAIL_ON_DATALOSS = True
COOKIES_ENABLED = False
# Pending requests wait in memory and reach the job directory (JOBDIR, for --resume) when the
# crawl stops; past this many, in the job directory at once (crawler/scheduler.py).
SCHEDULER = "baochi.crawler.scheduler.ResumableScheduler"
BAOCHI_MEMORY_QUEUE_MAX = int(os.environ.get("BAOCHI_MEMORY_QUEUE_MAX", "20000"))

# An unattended crawler must not open local control ports (stack-facts.md).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Scrapy's default reactor, named because scrapy-playwright requires it.
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# Render mode (crawler/render.py): only when a Chromium is installed and not switched off with
# BAOCHI_RENDER=0. Without it, self-decoding pages the native decoder cannot read are stored
# with body_status='encoded'.
BAOCHI_RENDER_ENABLED = False
if os.environ.get("BAOCHI_RENDER", "1") != "0":
    from baochi.crawler.render import browser_path, playwright_settings

    if _browser := browser_path():
        globals().update(playwright_settings(_browser))

# The spider's filters, then staging (crawler/pipelines.py): each drops with an outcome.
ITEM_PIPELINES = {
    "baochi.crawler.pipelines.AcceptPipeline": 100,
    "baochi.crawler.pipelines.BodyQualityPipeline": 200,
    "baochi.crawler.staging.StagingPipeline": 300,
}
LOG_LEVEL = os.environ.get("BAOCHI_SCRAPY_LOG_LEVEL", "INFO")
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"

# Scrapy starts this many asyncio workers for every callback's output; our callbacks yield a
# handful of requests or one item and the staging pipeline is synchronous, so a small number
# saves tens of thousands of idle tasks per crawl.
CONCURRENT_ITEMS = 8
