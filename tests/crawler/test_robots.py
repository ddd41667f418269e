"""robots.txt is obeyed by every request, including the ones that arrive while it downloads.

Scrapy's RobotsTxtMiddleware parks the requests of a host on one Deferred while robots.txt
downloads, and each waiter turns that Deferred into an asyncio future. A Deferred passes its
result from callback to callback, and the callback that completes the first future returns
None: every later waiter got None ("no robots.txt") and was fetched. After `--resume` the
restored job queue hands the middleware many requests at once, so pages robots.txt forbids were
fetched (the old "known bug" of tests/crawler/test_incremental.py). Run in a subprocess: the
asyncio reactor is installed there.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.crawler.robots_site import RobotsSite

SCRIPT = """
import asyncio, sys
from scrapy.utils.reactor import install_reactor
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as Scrapys
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, TextResponse
from scrapy.utils.test import get_crawler
from baochi.crawler.middlewares import RobotsTxtMiddleware as Ours

async def refused(cls):
    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True})
    class Engine:
        async def download_async(self, request):
            await asyncio.sleep(0.2)  # every request below arrives while robots.txt downloads
            return TextResponse(request.url, body=b"User-agent: *\\nDisallow: /cam/\\n")
    crawler.engine = Engine()
    middleware = cls.from_crawler(crawler)
    requests = [Request(f"http://site.test/cam/{i}.htm") for i in range(6)]
    results = await asyncio.gather(*(middleware.process_request(r) for r in requests), return_exceptions=True)
    return sum(isinstance(r, IgnoreRequest) for r in results)

loop = asyncio.get_event_loop()
print(loop.run_until_complete(refused(Scrapys)), loop.run_until_complete(refused(Ours)))
"""


def test_every_request_waiting_for_robots_txt_obeys_it() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    scrapys, ours = map(int, done.stdout.split())
    assert ours == 6  # all six forbidden requests refused
    assert scrapys < 6  # the bug this middleware exists for (drop the subclass when this fails)


def test_the_crawl_uses_the_fixed_middleware() -> None:
    from baochi.crawler import settings

    assert settings.DOWNLOADER_MIDDLEWARES["scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"] is None
    assert settings.DOWNLOADER_MIDDLEWARES["baochi.crawler.middlewares.RobotsTxtMiddleware"] == 100


ROBOTS_ENV = {"BAOCHI_RENDER": "0", "BAOCHI_RETRY_TIMES": "1", "BAOCHI_RETRY_BACKOFF_BASE": "0.1"}


@pytest.mark.parametrize("status", [503, 0])
def test_a_robots_txt_the_server_cannot_give_means_crawl_nothing(tmp_path, status: int) -> None:
    """RFC 9309 §2.3.1.4: a robots.txt unreachable for a server error or a timeout is a complete
    disallow, not an empty file."""
    from tests.crawler.helpers import crawl_cli

    site = RobotsSite(status)
    try:
        done, summary = crawl_cli("baothanhhoa", site.base_url, tmp_path,
                                  env={**ROBOTS_ENV, "BAOCHI_DOWNLOAD_TIMEOUT": "2"})
    finally:
        site.close()
    assert done.returncode == 1, done.stderr[-2000:]  # finished with failures: nothing could be fetched
    assert summary["robots_unreachable"] == 1 and summary["articles_staged"] == 0, summary
    assert set(site.hits) == {"/robots.txt"}, site.hits  # retried, and nothing else asked for
    assert "robots.txt of 127.0.0.1" in done.stderr and "RFC 9309" in done.stderr


def test_a_missing_robots_txt_means_no_rules(tmp_path) -> None:
    from tests.crawler.helpers import crawl_cli

    site = RobotsSite(404)
    try:
        done, summary = crawl_cli("baothanhhoa", site.base_url, tmp_path, env=ROBOTS_ENV)
    finally:
        site.close()
    assert done.returncode == 0, done.stderr[-2000:]
    assert summary["robots_unreachable"] == 0 and summary["articles_staged"] == 2, summary


def test_the_probe_stops_at_a_robots_txt_the_server_cannot_give() -> None:
    from tests.crawler.helpers import run_cli

    site = RobotsSite(503)
    try:
        done = run_cli("sources", "probe", site.base_url, "--delay", "0")
    finally:
        site.close()
    assert done.returncode == 3, done.stderr[-2000:]
    assert "robots.txt" in done.stderr and "503" in done.stderr and "RFC 9309" in done.stderr
    assert set(site.hits) == {"/robots.txt"}, site.hits


@pytest.mark.slow
def test_a_crawl_delay_in_robots_txt_spaces_the_requests(tmp_path) -> None:
    """Politeness on (the default: about one request a second): `Crawl-delay: 2` makes it one
    every two seconds, AutoThrottle's own adjustments notwithstanding."""
    import signal
    import time

    site = RobotsSite(200, b"User-agent: *\nCrawl-delay: 2\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url", site.base_url,
         "--db", str(tmp_path / "baochi.duckdb")],
        cwd=REPO, env={**os.environ, **ROBOTS_ENV}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(site.times) < 6 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        site.close()
    gaps = [b - a for a, b in zip(site.times, site.times[1:], strict=False)]
    assert len(gaps) >= 5, site.hits
    assert min(gaps) > 1.9, gaps  # without the Crawl-delay: about 1 s
