"""Scrapy's HTTP handler, with scrapy-playwright brought in at the first page that needs a browser.

scrapy-playwright's own handler is imported with the crawl's handlers (Playwright and its
dependencies: about 0.2 s of CPU) and starts its Playwright driver (a Node.js process, about
half a second more) when the engine starts, whether or not any page will be rendered. Most
crawls render nothing (the selectors and the native decoder read the bodies). This handler
fetches plain requests with Scrapy's HTTP handler, as before; at the first request with
`meta["playwright"]` (crawler/render.py builds those) it imports, builds and starts
scrapy-playwright's handler, once, and hands it every such request.
"""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response


class LazyPlaywrightHandler(HTTP11DownloadHandler):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._for_crawler = crawler
        self._browser: Any = None  # scrapy_playwright's handler, once a page needed it
        self._starting = asyncio.Lock()

    async def _browser_handler(self) -> Any:
        async with self._starting:
            if self._browser is None:
                from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

                handler = ScrapyPlaywrightDownloadHandler(self._for_crawler)
                # its own start waits for engine_started, which has fired long ago
                await handler._maybe_future_from_coro(handler._launch())
                self._browser = handler
        return self._browser

    async def download_request(self, request: Request) -> Response:
        if request.meta.get("playwright"):
            browser = await self._browser_handler()
            return await browser.download_request(request)
        return await super().download_request(request)

    async def close(self) -> None:
        if self._browser is not None:
            await self._browser.close()
        await super().close()
