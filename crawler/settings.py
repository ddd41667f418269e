"""Scrapy settings for every baochi spider: polite by default, no open local ports.

The data directory comes from the environment (BAOCHI_DATA_DIR, else the folder of BAOCHI_DB,
else ./data) so that `scrapy crawl` and `baochi crawl` write to the same place.
"""

from __future__ import annotations

import os
from pathlib import Path

BOT_NAME = "baochi"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

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
BAOCHI_STAGING_BATCH = 500  # articles per staging file; a killed run loses at most one batch
BAOCHI_KEEP_RAW_HTML = True

# Politeness: obey robots.txt, about one request per second per host.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False

# An unattended crawler must not open local control ports (stack-facts.md).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

ITEM_PIPELINES = {"crawler.staging.StagingPipeline": 300}
LOG_LEVEL = os.environ.get("BAOCHI_SCRAPY_LOG_LEVEL", "INFO")
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
