"""The scheduler keeps pending requests in memory and hands them to the job directory when the
crawl stops, so that `--resume` finds them (crawler/scheduler.py)."""

from __future__ import annotations

from pathlib import Path

import scrapy
from baochi.crawler.scheduler import ResumableScheduler
from scrapy.utils.test import get_crawler


class _Spider(scrapy.Spider):
    name = "scheduler-test"


def _scheduler(jobdir: Path, **settings: object) -> tuple[ResumableScheduler, object]:
    # the plain priority queue: the downloader-aware one (the crawl's) needs a running engine
    crawler = get_crawler(_Spider, {"JOBDIR": str(jobdir), "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue",
                                    **settings})
    crawler.spider = crawler._create_spider()
    scheduler = ResumableScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    return scheduler, crawler.stats


def _urls(scheduler: ResumableScheduler) -> list[str]:
    urls = []
    while (request := scheduler.next_request()) is not None:
        urls.append(request.url)
    return urls


def _requests() -> list[scrapy.Request]:
    return [scrapy.Request(f"http://site.test/a-{i}.htm", priority=-1 if i % 3 == 0 else 0) for i in range(9)]


def test_pending_requests_reach_the_job_directory_at_close(tmp_path: Path) -> None:
    first, stats = _scheduler(tmp_path)
    for request in _requests():
        first.enqueue_request(request)
    assert stats.get_value("scheduler/enqueued/memory") == 9 and not stats.get_value("scheduler/enqueued/disk")
    assert first.next_request().url == "http://site.test/a-8.htm"  # served before the stop
    first.close("shutdown")

    resumed, stats = _scheduler(tmp_path)
    assert len(resumed) == 8
    # in the order the stopped crawl would have served them
    reference, _ = _scheduler(tmp_path / "reference", BAOCHI_MEMORY_QUEUE_MAX=0)
    for request in _requests():
        reference.enqueue_request(request)
    reference.next_request()
    assert _urls(resumed) == _urls(reference)
    assert stats.get_value("scheduler/dequeued/disk") == 8


def test_past_the_cap_requests_go_to_disk_at_once(tmp_path: Path) -> None:
    scheduler, stats = _scheduler(tmp_path, BAOCHI_MEMORY_QUEUE_MAX=4)
    for request in _requests():
        scheduler.enqueue_request(request)
    assert stats.get_value("scheduler/enqueued/memory") == 4
    assert stats.get_value("scheduler/enqueued/disk") == 5
    assert len(_urls(scheduler)) == 9
    scheduler.close("finished")
