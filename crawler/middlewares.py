"""Retries that back off: honour `Retry-After` on 429/503 and wait exponentially longer after
each 5xx or timeout, so a struggling newspaper server is not hammered by our retries.

Scrapy's own RetryMiddleware retries at once; this subclass waits first (without blocking the
reactor) and then hands the retry request back the same way.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater


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

    async def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))

    async def process_response(self, request: Request, response: Response):  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        delay = self._delay(request, response)
        self.crawler.stats.inc_value("baochi/retry_backoff_seconds", delay)
        await self._sleep(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception):  # type: ignore[override]
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is None:
            return None
        delay = self._delay(request, None)
        self.crawler.stats.inc_value("baochi/retry_backoff_seconds", delay)
        await self._sleep(delay)
        return retry
