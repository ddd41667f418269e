"""scrapy-playwright's download handler, started on the first page that needs a browser.

scrapy-playwright starts its Playwright driver (a Node.js process) when the engine starts,
whether or not any page will be rendered. Most crawls render nothing (the selectors and the
native decoder read the bodies), and that start costs about half a second of CPU on the
machine the crawl runs on, while the first pages are fetched. This handler leaves plain
requests to Scrapy's HTTP handler as before and starts Playwright at the first request with
`meta["playwright"]` (crawler/render.py builds those), once.
"""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler


class LazyPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        # the parent connects one of these to engine_started; neither runs now
        crawler.signals.disconnect(self._maybe_launch_in_thread, signals.engine_started)
        crawler.signals.disconnect(self._engine_started, signals.engine_started)
        self._launched = False
        self._launch_once = asyncio.Lock()

    async def _ensure_launched(self) -> None:
        async with self._launch_once:
            if not self._launched:
                await self._maybe_future_from_coro(self._launch())
                self._launched = True

    async def download_request(self, request: Request) -> Response:  # type: ignore[override]
        if request.meta.get("playwright"):
            await self._ensure_launched()
        return await super().download_request(request)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)
