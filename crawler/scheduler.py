"""Scrapy's scheduler, with pending requests kept in memory while the crawl runs.

With a job directory (JOBDIR, kept for `baochi crawl --resume`) Scrapy writes every request to
a disk queue when it is scheduled and reads it back when it is fetched: a pickle of the request
each way, on the reactor thread (profiled: about 0.2 ms of a page's ~2.6 ms). A resume only
ever reads that queue after a clean stop (Ctrl-C, SIGTERM), when the scheduler is closed: after
kill -9 the queue's index is never written and the job directory is not resumed anyway
(crawler/run.py). So requests wait in memory, and `close` moves whatever is still pending into
the disk queue, which Scrapy then saves as before; a resumed run reads them back as usual.

Memory stays bounded: past `BAOCHI_MEMORY_QUEUE_MAX` pending requests (a sitemap naming
hundreds of thousands of articles) new ones go to the disk queue, as without this class.
Requests restored by `--resume` are in the disk queue and are served after the memory queue.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.core.scheduler import Scheduler
from scrapy.crawler import Crawler

DEFAULT_MEMORY_QUEUE_MAX = 20_000


class ResumableScheduler(Scheduler):
    memory_max: int = DEFAULT_MEMORY_QUEUE_MAX

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        scheduler = super().from_crawler(crawler)
        scheduler.memory_max = crawler.settings.getint("BAOCHI_MEMORY_QUEUE_MAX", DEFAULT_MEMORY_QUEUE_MAX)
        return scheduler

    def _dqpush(self, request: Request) -> bool:
        """Memory first (Scrapy falls back to the memory queue when this returns False)."""
        if self.dqs is None or len(self.mqs) < self.memory_max:
            return False
        return super()._dqpush(request)

    def close(self, reason: str) -> Any:
        """Pending requests to the disk queue, then Scrapy's close (which saves its state)."""
        if self.dqs is not None:
            pending = []
            while (request := self.mqs.pop()) is not None:
                pending.append(request)
            for request in reversed(pending):  # so that they are served in the same order
                super()._dqpush(request)  # an unserializable one is counted and lost, as in Scrapy
        return super().close(reason)
