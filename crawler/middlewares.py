"""The crawl's own middlewares.

- `BackoffRetryMiddleware`: retries that back off — `Retry-After` on 429/503, else exponentially
  longer after each 5xx or timeout — so a struggling newspaper server is not hammered. Scrapy's
  RetryMiddleware retries at once; this one waits (without blocking the reactor) and builds the
  retry with Scrapy's public `get_retry_request`.
- `OffsiteRedirectMiddleware`: a redirect (HTTP 30x or meta refresh) to a host outside the
  source's hosts is never followed. Article requests use `dont_filter=True` (ids are deduped by
  the spider), which also switches off Scrapy's off-site filter, so this check does not look at
  `dont_filter`. The article's errback counts it as `offsite_redirect`.
- `RobotsTxtMiddleware`: Scrapy's, with every request that waits while robots.txt downloads
  getting the parser. Scrapy parks those requests on one Deferred and each turns it into an
  asyncio future; a Deferred hands its result from callback to callback and the callback that
  completes the first future returns None, so every later waiter got None ("no robots.txt")
  and was fetched. A fresh crawl rarely has two waiters; a `--resume`d job queue hands the
  middleware many requests at once: the cause of the old "forbidden page fetched after
  --resume" bug. A robots.txt the server cannot give (5xx after retries, a timeout, a refused
  connection) means "crawl nothing" (RFC 9309 §2.3.1.4; Scrapy reads the error page as an
  empty robots.txt and allows everything); a 4xx still means "no rules".
- `ArticleFailuresMiddleware`: an exception in an article callback (a page the extractors choke
  on) is counted as that article's `failed` outcome instead of vanishing into the log.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from baochi.crawler.contract import InvalidRecord, Outcome, record_outcome
from baochi.crawler.verdicts import OffsiteRedirect
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.response import get_meta_refresh
from twisted.internet import reactor
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), None if unusable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(tz=UTC)).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("BAOCHI_RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("BAOCHI_RETRY_BACKOFF_MAX", 60.0)

    def _delay(self, request: Request, response: Response | None) -> float:
        if response is not None and response.status in (429, 503):
            after = retry_after_seconds(response.headers.get(b"Retry-After"))
            if after is not None:
                return min(after, self.cap)
        attempt = request.meta.get("retry_times", 0)
        return min(self.base * (2**attempt), self.cap)

    def _retry_request(self, request: Request, reason: str | Exception) -> Request | None:
        spider = self.crawler.spider
        assert spider is not None
        return get_retry_request(
            request, spider=spider, reason=reason,
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=request.meta.get("priority_adjust", self.priority_adjust),
        )

    async def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))

    async def process_response(self, request: Request, response: Response):  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry_request(request, f"HTTP {response.status}")
        if retry is None:
            return response
        delay = self._delay(request, response)
        self.crawler.stats.inc_value("baochi/retry_backoff_seconds", round(delay))
        await self._sleep(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception):  # type: ignore[override]
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry_request(request, exception)
        if retry is None:
            return None
        delay = self._delay(request, None)
        self.crawler.stats.inc_value("baochi/retry_backoff_seconds", round(delay))
        await self._sleep(delay)
        return retry


class OffsiteRedirectMiddleware:
    """Refuses every redirected request whose host is not one of the spider's `hosts`, and every
    redirect (30x or meta refresh) to another scheme (`file:`, `data:`, `ftp:` …), which Scrapy
    does not follow but passed on as a page: a refresh stub staged as an article, a 302 counted
    as an HTTP error."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> OffsiteRedirectMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        redirected = request.meta.get("redirect_urls")
        if not redirected:
            return
        hosts = getattr(self.crawler.spider, "hosts", None)
        if hosts is not None and urlsplit(request.url).netloc not in hosts:
            self.crawler.stats.inc_value("baochi/offsite_refused")
            raise OffsiteRedirect(f"off-site redirect refused: {redirected[0]} -> {request.url}")

    def process_response(self, request: Request, response: Response) -> Response:
        target: str | None = None
        if 300 <= response.status < 400:
            location = response.headers.get(b"Location")
            target = location.decode("latin-1") if location else None
        elif isinstance(response, HtmlResponse):
            interval, target = get_meta_refresh(response)
            if interval is not None and interval > self.crawler.settings.getfloat("METAREFRESH_MAXDELAY", 100):
                target = None
        if target and urlsplit(response.urljoin(target)).scheme not in ("http", "https"):
            self.crawler.stats.inc_value("baochi/offsite_refused")
            raise OffsiteRedirect(f"redirect to another scheme refused: {request.url} -> {target[:200]}")
        return response


class ArticleFailuresMiddleware:
    """Spider middleware: an article callback that raises ends that article as `failed`."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArticleFailuresMiddleware:
        return cls(crawler)

    def process_spider_exception(self, response: Response, exception: Exception) -> Iterable[Any] | None:
        if "source_article_id" not in response.meta:
            return None
        reason = "invalid_record" if isinstance(exception, InvalidRecord) else f"exception_{type(exception).__name__}"
        record_outcome(self.crawler.stats, Outcome.FAILED, reason)
        logger.warning("article failed (%s: %s): %s", reason, str(exception)[:200], response.url)
        return []


DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Scrapy's robots.txt middleware; every waiter reads the parser itself, not the Deferred's
    passed-along result (which is None for all but the first waiter); an unreachable robots.txt
    forbids the host for the run (counted `baochi/robots_unreachable`)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        # robots.txt's Crawl-delay, honoured up to this many seconds (0: not read; --no-throttle)
        self._delay_cap = crawler.settings.getfloat("BAOCHI_CRAWL_DELAY_MAX", 60.0)
        self._delays: dict[str, float] = {}  # download slot → the delay its robots.txt asks
        if self._delay_cap > 0:
            # after AutoThrottle's own handler, which would pull the slot's delay back down
            crawler.signals.connect(self._keep_delay, signal=signals.response_downloaded)

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        super().process_request_2(rp, request)
        if rp is None or self._delay_cap <= 0 or self.crawler.engine is None:
            return
        key, slot = self.crawler.engine.downloader._get_slot(request)
        if key not in self._delays:
            self._delays[key] = self._crawl_delay(rp, key)
            if self._delays[key]:
                slot.jitter = 0.0  # Scrapy's ±50 % spread would go under the asked delay
        self._apply_delay(key, slot)

    def _apply_delay(self, key: str, slot: Any) -> None:
        """At least the host's Crawl-delay (× workers sharing a frontier) between requests."""
        delay = self._delays.get(key)
        if delay and slot is not None:
            slot.delay = max(slot.delay, delay * self._workers())

    def _workers(self) -> int:
        """Crawl workers sharing a frontier share the host's Crawl-delay too (crawler/frontier.py)."""
        worker = getattr(self.crawler, "baochi_frontier", None)
        if worker is None or not self.crawler.settings.getbool("BAOCHI_FRONTIER_SHARE_POLITENESS"):
            return 1
        return max(1, int(worker.live_workers))

    def _crawl_delay(self, rp: RobotParser, key: str) -> float:
        inner = getattr(rp, "rp", None)  # Protego (Scrapy's default) or the standard library's parser
        asked = inner.crawl_delay(self._robotstxt_useragent or self._default_useragent) if inner else None
        if not asked:
            return 0.0
        delay = min(float(asked), self._delay_cap)
        self._stats.max_value("baochi/crawl_delay_seconds", delay)
        logger.info("robots.txt of %s asks a Crawl-delay of %s s: %s s between requests", key, asked, delay,
                    extra={"spider": self.crawler.spider})
        return delay

    def _keep_delay(self, response: Response, request: Request, spider: Any = None) -> None:
        if self.crawler.engine is None:
            return
        key = self.crawler.engine.downloader.get_slot_key(request)
        self._apply_delay(key, self.crawler.engine.downloader.slots.get(key))

    def _unreachable(self, netloc: str, why: str) -> None:
        self._stats.inc_value("baochi/robots_unreachable")
        logger.warning("robots.txt of %s unreachable (%s): nothing is fetched from it in this run (RFC 9309)",
                       netloc, why, extra={"spider": self.crawler.spider})

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            self._unreachable(netloc, f"HTTP {response.status}")
            response = response.replace(body=DISALLOW_ALL)
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        pending = self._parsers[netloc]
        if isinstance(exc, IgnoreRequest) or not isinstance(pending, Deferred):  # not the server's answer
            super()._robots_error(exc, netloc)
            return
        self._unreachable(netloc, type(exc).__name__)
        parser = build_from_crawler(self._parserimpl, self.crawler, DISALLOW_ALL)
        self._parsers[netloc] = parser
        pending.callback(parser)

    async def robot_parser(self, request: Request) -> RobotParser | None:
        netloc = urlparse_cached(request).netloc
        pending = self._parsers.get(netloc)
        if isinstance(pending, Deferred):
            await maybe_deferred_to_future(pending)
            parser = self._parsers[netloc]  # set (parser, or None when unreadable) before it fired
            return None if isinstance(parser, Deferred) else parser
        return await super().robot_parser(request)
