"""A cap on the size of an HTTP response's status line and headers, in the crawl's process.

Scrapy caps bodies (`DOWNLOAD_MAXSIZE`), not headers. Twisted's HTTP client, under Scrapy's
HTTP/1.1 handler, keeps every header line a server sends (each line is capped at 16 KiB, their
number is not), so a server answering with an endless header section grew the crawl's process by
about 60 MB a second until the download timeout (1.4 GB in 24 s on loopback; the hostile site
in tests/crawler/hostile_server.py now has such a page). Twisted has no setting for it, so the
`HeaderCap` extension wraps `HTTPClientParser.dataReceived` once per process: past
`BAOCHI_MAX_HEADER_BYTES` (256 KiB; news servers send a few KiB) the response fails with
`HeadersTooLarge`, which the spider counts as `too_large` (`failed_headers_too_large`).
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from twisted.web import _newclient

DEFAULT_MAX_HEADER_BYTES = 256 * 1024


class HeadersTooLarge(Exception):
    """The status line and headers of a response ran past the cap."""


def install(limit: int) -> None:
    """Cap every response's status line and headers at `limit` bytes in this process.

    Counted on the bytes that arrive while the parser is still before the body (one read may
    also hold the body's first bytes: at most one read over the cap). `dataReceived`, not
    `lineReceived`, because Scrapy parses lines with its own subclass of the parser."""
    parser: Any = _newclient.HTTPClientParser
    if getattr(parser, "baochi_header_cap", None) is None:
        original = parser.dataReceived

        def data_received(self: Any, data: bytes) -> None:
            if getattr(self, "state", _newclient.STATUS) in (_newclient.STATUS, _newclient.HEADER):
                self.baochi_header_bytes = getattr(self, "baochi_header_bytes", 0) + len(data)
                if self.baochi_header_bytes > parser.baochi_header_cap:
                    # HTTP11ClientProtocol.dataReceived gives the connection up with this
                    raise HeadersTooLarge(f"response headers over {parser.baochi_header_cap} bytes")
            original(self, data)

        parser.dataReceived = data_received
    parser.baochi_header_cap = limit


class HeaderCap:
    """Installs the cap when the crawler starts (an extension, so `scrapy crawl` gets it too)."""

    def __init__(self, limit: int) -> None:
        install(limit)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HeaderCap:
        return cls(crawler.settings.getint("BAOCHI_MAX_HEADER_BYTES", DEFAULT_MAX_HEADER_BYTES))


def headers_too_large(failure_value: BaseException | None) -> bool:
    """Whether a download failed on the header cap: Twisted wraps it in `ResponseFailed`, and
    Scrapy that in `DownloadFailedError` (its `__cause__`)."""
    seen = 0
    while failure_value is not None and seen < 5:
        if isinstance(failure_value, HeadersTooLarge):
            return True
        reasons = getattr(failure_value, "reasons", None) or []
        if any(getattr(reason, "check", lambda *_: None)(HeadersTooLarge) for reason in reasons):
            return True
        failure_value, seen = failure_value.__cause__, seen + 1
    return False
