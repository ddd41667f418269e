"""Crawl progress on a terminal: one line, rewritten once a second, cleared at the end.

    baothanhhoa  1,204 pages  830 staged  310 known  3 failed  41.5 pages/s

Shown only when standard error is a terminal and `BAOCHI_PROGRESS` is not 0 (`baochi crawl
--quiet` sets it to 0); nothing at all in logs, pipes and the nightly's crawl workers.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from baochi.crawler.contract import FAILURES, Outcome
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall


def progress_line(name: str, stats: dict[str, Any], elapsed: float) -> str:
    def stat(key: str) -> int:
        return int(stats.get(key, 0) or 0)

    pages = stat("response_received_count")
    failed = sum(stat("baochi/" + o.counter) for o in FAILURES)
    rate = pages / elapsed if elapsed > 0 else 0.0
    return (f"{name}  {pages:,} pages  {stat('baochi/' + Outcome.STAGED.counter):,} staged  "
            f"{stat('baochi/' + Outcome.KNOWN.counter):,} known  {failed:,} failed  {rate:.1f} pages/s")


class CrawlProgress:
    """Scrapy extension (settings.EXTENSIONS)."""

    def __init__(self, crawler: Any, stream: TextIO) -> None:
        self.crawler = crawler
        self.stream = stream
        self.started = time.monotonic()
        self.loop: LoopingCall | None = None
        self.width = 0
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlProgress:
        stream = sys.stderr
        if not crawler.settings.getbool("BAOCHI_PROGRESS", True) or not stream.isatty():
            raise NotConfigured
        return cls(crawler, stream)

    def opened(self, spider: Any = None) -> None:
        self.started = time.monotonic()
        self.loop = LoopingCall(self.show)
        self.loop.start(1.0, now=False)

    def show(self) -> None:
        spider = self.crawler.spider
        line = progress_line(getattr(spider, "name", "crawl"), self.crawler.stats.get_stats(),
                             time.monotonic() - self.started)
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def closed(self, spider: Any = None, reason: str = "") -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
