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

import subprocess
import sys

from tests.conftest import REPO

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
