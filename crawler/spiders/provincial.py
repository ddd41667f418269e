"""One spider class driven by a source block; each registry block becomes a named spider.

Discovery walks the paper's own entry points (home page, menu, RSS feeds, category listings
and their `rel=next` pages) and schedules each article id once, whichever URL shape or page
linked to it, because both URL shapes of a paper resolve to the same article.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.extract.article import parse_article
from crawler.sources import Source, get_source, load_registry


def new_run_id(source_id: str) -> str:
    stamp = datetime.now(tz=UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{source_id}-{secrets.token_hex(2)}"


def _read_ids(path: str | None) -> set[str]:
    if not path:
        return set()
    return {line.strip() for line in Path(path).read_text("utf-8").splitlines() if line.strip()}


class ProvincialSpider(scrapy.Spider):
    """Base class; concrete spiders set `name` to a registry block id."""

    name = ""  # not runnable itself: registry blocks give the names

    def __init__(
        self,
        base_url: str | None = None,
        run_id: str | None = None,
        known_ids_file: str | None = None,
        max_articles: str | int | None = None,
        refetch: str | bool = False,
        registry: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.source: Source = get_source(self.name, registry)
        self.base_url = (base_url or self.source.base_url).rstrip("/")
        self.host = urlsplit(self.base_url).netloc
        self.allowed_domains = [urlsplit(self.base_url).hostname or ""]
        self.run_id = run_id or new_run_id(self.name)
        self.refetch = str(refetch).lower() in {"1", "true", "yes"}
        self.known_ids = _read_ids(known_ids_file)
        self.max_articles = int(max_articles) if max_articles not in (None, "") else None
        self.scheduled_ids: set[str] = set()
        self.listing_seen: set[str] = set()

    # -- discovery -------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        return urljoin(self.base_url + "/", path.lstrip("/"))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        disc = self.source.discovery
        for path in disc.start_paths:
            yield self._listing_request(self._url(path), kind="home")
        for category in disc.categories:
            if disc.feeds:
                yield self._listing_request(self._url(disc.feeds.format(category=category)), kind="feed")
            if disc.listing:
                yield self._listing_request(self._url(disc.listing.format(category=category)), kind="listing")

    def _listing_request(self, url: str, kind: str) -> scrapy.Request:
        self.listing_seen.add(url)
        return scrapy.Request(
            url, callback=self.parse_listing, errback=self.listing_failed, meta={"kind": kind},
            priority=-1,  # articles first: a listing page yields many article requests
        )

    def listing_failed(self, failure: Failure) -> None:
        self.crawler.stats.inc_value("baochi/listing_failed")
        self.logger.info("listing page not fetched: %s", failure.getErrorMessage())

    def _same_site(self, url: str) -> bool:
        return urlsplit(url).netloc == self.host

    def _article_request(self, url: str) -> scrapy.Request | None:
        if not self._same_site(url):
            return None
        article_id = self.source.article_id(urlsplit(url).path)
        if article_id is None or article_id in self.scheduled_ids:
            return None
        self.scheduled_ids.add(article_id)
        if article_id in self.known_ids and not self.refetch:
            self.crawler.stats.inc_value("baochi/articles_known_skipped")
            return None
        if self.max_articles is not None and self._fetch_count() >= self.max_articles:
            return None
        self.crawler.stats.inc_value("baochi/articles_scheduled")
        return scrapy.Request(
            url, callback=self.parse_article, errback=self.article_failed,
            meta={"source_article_id": article_id},
        )

    def _fetch_count(self) -> int:
        return self.crawler.stats.get_value("baochi/articles_scheduled", 0)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        kind = response.meta.get("kind")
        self.crawler.stats.inc_value(f"baochi/pages/{kind}")
        if kind == "feed" or response.xpath("//rss|//*[local-name()='feed']"):
            links = response.xpath("//item/link/text() | //*[local-name()='entry']/*[local-name()='link']/@href").getall()
        else:
            links = response.css("a::attr(href)").getall()
        for href in links:
            request = self._article_request(response.urljoin(href.strip()))
            if request is not None:
                yield request
        if kind in ("listing", "home"):
            yield from self._next_pages(response, kind)

    def _next_pages(self, response: TextResponse, kind: str) -> Iterator[scrapy.Request]:
        queries = self.source.discovery.next_page if kind == "listing" else ()
        for query in queries:
            for href in response.css(query).getall():
                url = response.urljoin(href)
                if self._same_site(url) and url not in self.listing_seen:
                    yield self._listing_request(url, kind="listing")

    # -- articles ---------------------------------------------------------------------------

    def article_failed(self, failure: Failure) -> None:
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            # robots.txt forbids it (or a middleware chose to skip it): not a failure.
            self.crawler.stats.inc_value("baochi/articles_ignored")
            return
        reason = "http_error" if failure.check(HttpError) else type(failure.value).__name__
        self.crawler.stats.inc_value("baochi/articles_failed")
        self.crawler.stats.inc_value(f"baochi/articles_failed/{reason}")
        self.logger.warning("article not fetched: %s", failure.getErrorMessage())

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        text = response.text if isinstance(response, TextResponse) else ""
        parsed = parse_article(text, response.url, self.source)
        record = parsed.to_dict()
        if not record["source_article_id"]:
            record["source_article_id"] = response.meta["source_article_id"]
        record.update(
            run_id=self.run_id,
            http_status=response.status,
            fetched_at=datetime.now(tz=UTC).isoformat(),
            _raw_html=response.body,
        )
        yield record


def _spider_classes() -> dict[str, type[ProvincialSpider]]:
    classes = {}
    for source_id in load_registry():
        class_name = "".join(part.title() for part in source_id.split("_")) + "Spider"
        classes[class_name] = type(class_name, (ProvincialSpider,), {"name": source_id})
    return classes


globals().update(_spider_classes())
