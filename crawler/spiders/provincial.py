"""One spider class driven by a source block; each registry block becomes a named spider.

Discovery walks the paper's own entry points — the sitemaps robots.txt names (lastmod
respected), RSS feeds, the home page and category listings with their `rel=next` pages — and
schedules each article id once, whichever URL shape or page linked to it. Listings are walked
back only until a page holds nothing new: older than `--since`, or already known once a
previous run walked that listing to its end (state in `<data>/jobs/<source>/walks.json`).

Every article scheduled ends in exactly one `baochi.crawler.contract.Outcome`: staged (by body
status), duplicate, out of range, gone, robots_forbidden, offsite_redirect, too_large,
http_error or failed (by reason). The callbacks build a typed `StagedArticle`; the filters
(dedupe, robots.txt again, body quality) are item pipelines (crawler/pipelines.py) that drop
with an outcome.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import scrapy
from baochi.crawler import discovery, parsing, render
from baochi.crawler.contract import Outcome, StagedArticle, record_outcome, safe_file_name
from baochi.crawler.decode import decode_page, not_a_page
from baochi.crawler.extract import query
from baochi.crawler.extract.article import ParsedArticle, content_hash, parse_article
from baochi.crawler.extract.dates import parse_published
from baochi.crawler.http_limits import headers_too_large
from baochi.crawler.parsing import PageParser, parser_options
from baochi.crawler.sources import Source, get_source, load_registry
from baochi.crawler.verdicts import OffsiteRedirect
from parsel import Selector
from scrapy import signals
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.misc import is_generator_with_return_value
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.internet.defer import CancelledError
from twisted.python.failure import Failure

GONE_STATUSES = (404, 410)
ID_MEMO_SIZE = 200_000  # URLs whose article id `_id_for` remembers (then it starts again)


def new_run_id(source_id: str) -> str:
    stamp = datetime.now(tz=UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{source_id}-{secrets.token_hex(2)}"


def _read_ids(path: str | None) -> set[str]:
    if not path:
        return set()
    return {line.strip() for line in Path(path).read_text("utf-8").splitlines() if line.strip()}


def _day(value: str | date | None, zone: ZoneInfo, end: bool = False) -> datetime | None:
    """`--since`/`--until` as instants: the start (or the end) of that day at the paper."""
    if value in (None, ""):
        return None
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return datetime.combine(day, time.max if end else time.min, tzinfo=zone)


def _flag(value: str | bool | None) -> bool:
    return str(value).lower() in {"1", "true", "yes"}


class ProvincialSpider(scrapy.Spider):
    """Base class; concrete spiders set `name` to a registry block id."""

    name = ""  # not runnable itself: registry blocks give the names

    def __init__(
        self,
        base_url: str | None = None,
        run_id: str | None = None,
        known_ids: set[str] | None = None,
        known_ids_file: str | None = None,
        max_articles: str | int | None = None,
        refetch: str | bool = False,
        registry: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.source: Source = get_source(self.name, registry)
        self.base_url = (base_url or self.source.base_url).rstrip("/")
        self.host = urlsplit(self.base_url).netloc
        self.hosts = {self.host, *self.source.all_hosts}
        self.allowed_domains = [urlsplit(self.base_url).hostname or "", *self.source.hosts]
        self.run_id = run_id or new_run_id(self.name)
        self.refetch = _flag(refetch)
        # known ids come as a set from crawler.run; `scrapy crawl -a known_ids_file=…` reads a file
        self.known_ids = set(known_ids or ()) | _read_ids(known_ids_file)
        self.max_articles = int(max_articles) if max_articles not in (None, "") else None
        self.zone = ZoneInfo(self.source.timezone)
        self.since = _day(since, self.zone)
        self.until = _day(until, self.zone, end=True)
        self.scheduled_ids: set[str] = set()
        self.staged_ids: set[str] = set()
        self._ids: dict[str, str | None] = {}  # URL → article id (`_id_for`)
        self.robots: dict[str, Any] = {}  # netloc → robots.txt parser, as Scrapy built it
        self.listing_seen: set[str] = set()
        self.walks_done: set[str] = set()  # listing roots walked to their end in earlier runs
        self.walks_completed: set[str] = set()  # … and in this run
        self.listing_ids: dict[str, set[str]] = {}  # listing root → article ids its pages showed this run
        self.truncated = False  # some article was not scheduled (max-articles / since)
        self._install_hint_logged = False
        self._page_parser: PageParser | None = None
        # Scrapy checks each generator callback's source for `return value`, caching the
        # answer weakly by the bound method: a request's own bound method dies with it, so
        # every response paid a source parse (profiled, ~3 ms). Checked once here, on bound
        # methods kept alive, later lookups (equal bound methods) are cache hits.
        self._callbacks = tuple(getattr(self, name) for name in _method_names(type(self).__qualname__, type(self))
                                if name.startswith(("parse", "robots_", "listing_", "article_", "render_", "home_")))
        for callback in self._callbacks:
            is_generator_with_return_value(callback)
        self._hints_sent = False  # configured listings: hints sent once the home page spoke

    # Scrapy writes every request to the job queue (JOBDIR) by its callback's name, found with
    # inspect.getmembers(spider), which reads every attribute dir() lists (profiled: about half
    # a millisecond per request with Scrapy's own attributes). dir() of the spider therefore
    # lists the methods of this class and its subclasses only.
    def __dir__(self) -> list[str]:
        return _method_names(type(self).__qualname__, type(self))

    # -- set-up -----------------------------------------------------------------------------

    @property
    def render_enabled(self) -> bool:
        return self.settings.getbool("BAOCHI_RENDER_ENABLED") and self.source.render.policy != "never"

    def _walks_file(self) -> Path:
        data = Path(self.settings.get("BAOCHI_DATA_DIR", "data"))
        return data / "jobs" / self.name / "walks.json"

    def _load_walks(self) -> None:
        try:
            state = json.loads(self._walks_file().read_text("utf-8"))
        except (OSError, ValueError):
            return
        if state.get("base_url") == self.base_url:
            self.walks_done = set(state.get("complete", []))

    @property
    def page_parser(self) -> PageParser:
        if self._page_parser is None:
            self._page_parser = parsing.take(self.source, *parser_options(self.settings))
        return self._page_parser

    def closed(self, reason: str) -> None:
        """Keep what a resumed run needs; remember listings walked to their end, only after a
        complete, clean run."""
        if self._page_parser is not None:
            self._page_parser.close()
        stats = self.crawler.stats
        failed = any(key.startswith("baochi/failed/") for key in stats.get_stats())
        if reason != "finished" or failed or self.truncated or self.refetch:
            return
        path = self._walks_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        state = {"base_url": self.base_url, "complete": sorted(self.walks_done | self.walks_completed)}
        path.with_suffix(".part").write_text(json.dumps(state, indent=1), "utf-8")
        os.replace(path.with_suffix(".part"), path)

    def _url(self, path: str) -> str:
        return urljoin(self.base_url + "/", path.lstrip("/"))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)
        self.page_parser.warm_up()
        self._load_walks()
        # --resume: Scrapy's SpiderState restored `self.state` from the job directory; the ids
        # scheduled before the stop are either staged or still in the resumed queue.
        # The sets live in the state itself, so whatever order the close handlers run in,
        # the state saved is current.
        state = getattr(self, "state", None)
        if state is not None:
            self.scheduled_ids = state["scheduled_ids"] = set(state.get("scheduled_ids", ())) | self.scheduled_ids
            self.listing_seen = state["listing_seen"] = set(state.get("listing_seen", ())) | self.listing_seen
        if self.render_enabled:
            render.allow_hosts({urlsplit(self.base_url).hostname or "", *self.source.all_hosts,
                                *self.source.render.allowed_hosts})
        disc = self.source.discovery
        if disc.sitemaps:
            yield scrapy.Request(
                self._url("/robots.txt"), callback=self.parse_robots, errback=self.robots_failed,
                priority=-2, meta={"dont_obey_robotstxt": True},
            )
        for path in disc.start_paths:
            yield self._listing_request(self._url(path), kind="home", errback=self.home_failed)
        if not disc.start_paths:
            for request in self._hint_requests([]):
                yield request

    # -- discovery: sitemaps ----------------------------------------------------------------

    def _sitemap_request(self, url: str, depth: int = 0) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.listing_failed,
                              priority=-1, meta={"kind": "sitemap", "sitemap_depth": depth, **self._sitemap_caps()})

    def _sitemap_caps(self) -> dict[str, int]:
        return {"download_maxsize": self.settings.getint("BAOCHI_SITEMAP_MAXSIZE", 50 << 20),
                "download_warnsize": self.settings.getint("BAOCHI_SITEMAP_WARNSIZE", 20 << 20)}

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        urls = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        if not urls:
            paths = self.source.discovery.sitemap_paths or discovery.DEFAULT_SITEMAP_PATHS
            urls = [self._url(p) for p in paths]
        for url in urls:
            if self._same_site(url):
                yield self._sitemap_request(url)

    def robots_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        for path in self.source.discovery.sitemap_paths or discovery.DEFAULT_SITEMAP_PATHS:
            yield self._sitemap_request(self._url(path))

    def _lastmod(self, value: str | None) -> datetime | None:
        if not value:
            return None
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=self.zone)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        self.crawler.stats.inc_value("baochi/pages/sitemap")
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:  # Scrapy's own gunzip, capped: a gzip bomb stops at the cap
                body = gunzip(body, max_size=self._sitemap_caps()["download_maxsize"])
            except Exception as exc:  # OSError, EOFError, or the size cap
                self.crawler.stats.inc_value("baochi/listing_failed")
                self.crawler.stats.inc_value("baochi/sitemap_too_large" if "max" in type(exc).__name__.lower()
                                             or "size" in str(exc).lower() else "baochi/sitemap_unreadable")
                return
        try:
            sitemap = Sitemap(body)
        except Exception:
            self.crawler.stats.inc_value("baochi/listing_failed")
            return
        for entry in sitemap:
            loc = (entry.get("loc") or "").strip()
            lastmod = self._lastmod(entry.get("lastmod"))
            if self.since and lastmod and lastmod < self.since:
                # lastmod ≥ publication: the whole entry is older than --since.
                record_outcome(self.crawler.stats, Outcome.OUT_OF_RANGE_UNFETCHED)
                continue
            if sitemap.type == "sitemapindex":
                if not (self._same_site(loc) and loc not in self.listing_seen):
                    continue
                # Papers nest indexes one or two levels deep; a chain of indexes each naming a
                # new one is a trap, cut at BAOCHI_SITEMAP_MAX_DEPTH.
                depth = response.meta.get("sitemap_depth", 0) + 1
                if depth > self.settings.getint("BAOCHI_SITEMAP_MAX_DEPTH", 4):
                    self.crawler.stats.inc_value("baochi/sitemap_too_deep")
                    continue
                self.listing_seen.add(loc)
                yield self._sitemap_request(loc, depth)
            elif loc:
                url = response.urljoin(loc)
                request = self._article_request(url)
                if request is not None:
                    yield request
                elif self._sitemap_section(url):  # a sitemap of the paper's sections
                    yield self._listing_request(url, kind="listing", root=url)

    # -- discovery: feeds and listings -------------------------------------------------------

    def _listing_request(self, url: str, kind: str, root: str | None = None,
                         errback: Any = None) -> scrapy.Request:
        self.listing_seen.add(url)
        return scrapy.Request(
            url, callback=self.parse_listing, errback=errback or self.listing_failed,
            meta={"kind": kind, "root": root},
            priority=-1,  # articles first: a listing page yields many article requests
        )

    def _hint_requests(self, discovered: list[str]) -> Iterator[scrapy.Request]:
        """The registry's listings and feeds as hints (discovery.hints): all of them when the
        home page named no section, else only what its menus did not already cover."""
        if self._hints_sent:
            return
        self._hints_sent = True
        listings, feeds = discovery.hints(self.source.discovery, [urlsplit(u).path for u in discovered])
        for url in (self._url(p) for p in feeds):
            if url not in self.listing_seen:
                yield self._listing_request(url, kind="feed")
        for url in (self._url(p) for p in listings):
            if url not in self.listing_seen:
                yield self._listing_request(url, kind="listing", root=url)

    def _sitemap_section(self, url: str) -> bool:
        path = urlsplit(url).path
        return (self._same_site(url) and url not in self.listing_seen and self._id_for(url) is None
                and discovery.section_like(path) and not self.source.denied(path) and not self.robots_forbid(url))

    def home_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        self.listing_failed(failure)
        yield from self._hint_requests([])

    def _discover_from_home(self, sel: Selector, response: Response) -> Iterator[scrapy.Request]:
        """Sections from the home page's menus and the feeds it announces; hints for the rest."""
        found = discovery.listing_links(
            sel, response.url, self.hosts, lambda u: self._id_for(u) is not None, self.source.denied)
        forbidden = [u for u in found if self.robots_forbid(u)]
        found = [u for u in found if u not in forbidden]
        self.crawler.stats.inc_value("baochi/listings_discovered", len(found))
        self.crawler.stats.inc_value("baochi/listings_robots_forbidden", len(forbidden))
        for url in found:
            if url not in self.listing_seen:
                yield self._listing_request(url, kind="listing", root=url)
        for url in discovery.feed_links(sel, response.url, self.hosts):
            if url not in self.listing_seen:
                yield self._listing_request(url, kind="feed")
        yield from self._hint_requests(found)

    def listing_failed(self, failure: Failure) -> None:
        if failure.check(IgnoreRequest):  # robots.txt forbids it: not fetched, not a failure
            self.crawler.stats.inc_value("baochi/listings_robots_forbidden")
            return
        self.crawler.stats.inc_value("baochi/listing_failed")
        self.logger.info("listing page not fetched: %s", failure.getErrorMessage())

    def _same_site(self, url: str) -> bool:
        return urlsplit(url).netloc in self.hosts

    def _page_text(self, response: Response) -> str:
        return decode_page(response.body, (response.headers.get(b"Content-Type") or b"").decode("latin-1"))[0]

    def _parse_time(self, text: str | None) -> datetime | None:
        return parse_published(text, self.source.timezone, self.source.dates.formats)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        kind = response.meta.get("kind")
        self.crawler.stats.inc_value(f"baochi/pages/{kind}")
        text = self._page_text(response)
        head = text.lstrip()[:400].lower()
        if kind == "feed" or head.startswith("<?xml") or "<rss" in head or "<feed" in head:
            yield from self._parse_feed(text, response)
            return
        sel = Selector(text=text)
        disc = self.source.discovery
        links: list[tuple[str, datetime | None]] = []
        if disc.listing_item and disc.listing_time:
            for item in query.css(sel, disc.listing_item):
                times = query.css(item, disc.listing_time) if not isinstance(item, str) else []
                shown_text = query.string_value(times[0]) if times else None
                for css in disc.listing_links:
                    links.extend((href, self._parse_time(shown_text)) for href in query.getall(item, css))
        dated = {href for href, _ in links}
        links += [(href, None) for css in disc.listing_links for href in query.getall(sel, css)
                  if href not in dated]
        new_here = False
        page_ids: set[str] = set()
        for href, shown in links:
            url = response.urljoin(href.strip())
            article_id = self._id_for(url)
            if article_id is None:
                continue
            page_ids.add(article_id)
            too_old = self.since is not None and shown is not None and shown < self.since
            known = article_id in self.known_ids and not self.refetch
            new_here = new_here or not (too_old or known)
            request = self._article_request(url, published=shown)
            if request is not None:
                yield request
        if kind == "listing":
            yield from self._walk_on(sel, response, new_here, page_ids)
        elif kind == "home":
            yield from self._discover_from_home(sel, response)

    def _walk_on(self, sel: Selector, response: Response, new_here: bool,
                 page_ids: set[str]) -> Iterator[scrapy.Request]:
        """Follow a listing's further pages, unless nothing calls for it: everything known (see
        the module docstring), or a page that shows no article its listing had not shown already
        in this run. That is where a listing's end repeats itself — past the last page many
        sites answer an empty list, the last page again or the first page again, still with a
        "next" link — and where a pagination trap would walk forever."""
        root = response.meta.get("root") or response.url
        shown_before = self.listing_ids.setdefault(root, set())
        if page_ids <= shown_before and response.url != root:
            self.crawler.stats.inc_value("baochi/listing_pages_repeating")
            self.walks_completed.add(root)
            return
        shown_before |= page_ids
        if not new_here:
            if self.since is not None:
                self.crawler.stats.inc_value("baochi/listing_walks_stopped")
                self.truncated = True
                return
            if root in self.walks_done:
                # Everything here is known and this listing was walked to its end before.
                self.crawler.stats.inc_value("baochi/listing_walks_stopped")
                self.walks_completed.add(root)
                return
        nexts = discovery.next_pages(sel, response.url, root, self.source.discovery.next_page)
        nexts = [u for u in nexts if self._same_site(u) and u not in self.listing_seen]
        if not nexts:
            self.walks_completed.add(root)
        for url in nexts:
            if url not in self.listing_seen:
                yield self._listing_request(url, kind="listing", root=root)

    def _parse_feed(self, text: str, response: Response) -> Iterator[scrapy.Request]:
        sel = Selector(text=text, type="xml")
        sel.remove_namespaces()
        for item in sel.xpath("//item | //entry"):
            link = item.xpath("string(link)").get("").strip() or item.xpath("link/@href").get("")
            when = item.xpath("string(pubDate | published | updated)").get("").strip()
            published = None
            if when:
                try:
                    published = parsedate_to_datetime(when)
                except (TypeError, ValueError, IndexError):
                    published = self._parse_time(when)
                if published is not None and published.tzinfo is None:
                    published = published.replace(tzinfo=self.zone)
            if link:
                request = self._article_request(response.urljoin(link), published=published)
                if request is not None:
                    yield request

    # -- scheduling articles -----------------------------------------------------------------

    def _id_for(self, url: str) -> str | None:
        """The article id of a URL (None: not an article of this source), remembered: a crawl
        meets each article's URL on its listing, in the sitemap, in a feed and at its fetch."""
        if url in self._ids:
            return self._ids[url]
        article_id = self._read_id(url)
        if len(self._ids) >= ID_MEMO_SIZE:
            self._ids.clear()
        self._ids[url] = article_id
        return article_id

    def _read_id(self, url: str) -> str | None:
        if not self._same_site(url):
            return None
        parts = urlsplit(url)
        article_id = self.source.article_id(parts.path, parts.query)
        if article_id is not None and (not article_id.isascii() or not safe_file_name(article_id)):
            # ids are ASCII (a `\d` pattern also matches other scripts' digits) and name the
            # raw page's file (a registry pattern's `(?P<id>.+)` could take a `/` or `..`)
            return None
        return article_id

    def _article_request(self, url: str, published: datetime | None = None) -> scrapy.Request | None:
        article_id = self._id_for(url)
        if article_id is None or article_id in self.scheduled_ids:
            return None
        stats = self.crawler.stats
        if len(url) > self.settings.getint("URLLENGTH_LIMIT", 2083):
            # Scrapy's UrlLengthMiddleware would drop the request unseen, after it was counted
            # as scheduled: a broken link, not an article this crawl can fetch.
            stats.inc_value("baochi/article_urls_too_long")
            return None
        if article_id in self.known_ids and not self.refetch:
            self.scheduled_ids.add(article_id)
            record_outcome(stats, Outcome.KNOWN)
            return None
        if published is not None and (
            (self.since and published < self.since) or (self.until and published > self.until)
        ):
            # Not marked as scheduled: another route might not know the date, but this one did.
            record_outcome(stats, Outcome.OUT_OF_RANGE_UNFETCHED)
            self.scheduled_ids.add(article_id)
            return None
        if self.max_articles is not None and self._fetch_count() >= self.max_articles:
            self.truncated = True
            return None
        self.scheduled_ids.add(article_id)
        stats.inc_value("baochi/articles_scheduled")
        # dont_filter: ids are deduped here; a redirect to an address another route already
        # fetched must still reach parse_article, so that it is counted as a duplicate.
        return scrapy.Request(
            url, callback=self.parse_article, errback=self.article_failed,
            meta={"source_article_id": article_id}, dont_filter=True,
        )

    def _fetch_count(self) -> int:
        return self.crawler.stats.get_value("baochi/articles_scheduled", 0)

    # -- articles ---------------------------------------------------------------------------

    def article_failed(self, failure: Failure) -> None:
        """An article request that produced no page: its outcome, counted once."""
        outcome, reason = self._failure_outcome(failure)
        if failure.check(HttpError):
            self.crawler.stats.inc_value("baochi/article_pages_fetched")
        record_outcome(self.crawler.stats, outcome, reason)
        url = failure.request.url if hasattr(failure, "request") else ""
        if outcome in (Outcome.GONE, Outcome.ROBOTS_FORBIDDEN):
            self.logger.info("article %s (%s): %s", outcome.value, reason, url)
        else:
            self.logger.warning("article %s (%s): %s %s", outcome.value, reason, url, failure.getErrorMessage()[:200])

    @staticmethod
    def _failure_outcome(failure: Failure) -> tuple[Outcome, str]:
        if failure.check(HttpError):
            assert isinstance(failure.value, HttpError)
            status = failure.value.response.status
            return (Outcome.GONE if status in GONE_STATUSES else Outcome.HTTP_ERROR), f"http_{status}"
        if failure.check(OffsiteRedirect):
            return Outcome.OFFSITE_REDIRECT, "offsite_redirect"
        message = failure.getErrorMessage()
        if headers_too_large(failure.value):
            return Outcome.TOO_LARGE, "headers_too_large"
        if failure.check(DownloadCancelledError, CancelledError) or (
                failure.check(IgnoreRequest) and "DOWNLOAD_MAXSIZE" in message):
            return Outcome.TOO_LARGE, "too_large"
        if failure.check(IgnoreRequest):
            if "redirect" in message:
                return Outcome.FAILED, "redirect_loop"
            return Outcome.ROBOTS_FORBIDDEN, "robots_txt"
        kind = type(failure.value)
        if kind.__module__.lstrip("_").startswith(("zlib", "brotli", "zstd", "zstandard")):
            # a body its Content-Encoding does not decode (the class is just `error`)
            return Outcome.FAILED, "bad_content_encoding"
        return Outcome.FAILED, kind.__name__

    def _stamp(self, response: Response) -> dict[str, Any]:
        """What the record of an article page takes from its fetch (contract.StagedArticle.from_parsed)."""
        return {"requested_id": response.meta["source_article_id"], "run_id": self.run_id,
                "http_status": response.status, "fetched_at": datetime.now(tz=UTC).isoformat()}

    def _record(self, response: Response, parsed: ParsedArticle, *, charset: str | None = None) -> StagedArticle:
        """The page as a typed record (InvalidRecord, counted `failed`, when it breaks the contract)."""
        return StagedArticle.from_parsed(parsed, charset=charset, **self._stamp(response))

    def _robots_parsed(self, robotparser: Any, request: scrapy.Request) -> None:
        self.robots[urlsplit(request.url).netloc] = robotparser

    def robots_forbid(self, url: str) -> bool:
        """robots.txt, checked again before staging (AcceptPipeline) on the final URL."""
        parser = self.robots.get(urlsplit(url).netloc)
        if parser is None:
            return False
        agent = self.settings.get("ROBOTSTXT_USER_AGENT") or self.settings.get("USER_AGENT")
        return not parser.allowed(url, agent)

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        self.crawler.stats.inc_value("baochi/article_pages_fetched")
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        if response.meta.get("redirect_urls") and self._redirected_away(response.url):
            # Sent to the home page or a section: how papers answer for an article they took
            # down. Gone, like a 404 or 410, not a page to stage as the article.
            self.logger.info("article redirected to a page that is no article: %s -> %s",
                             response.meta["redirect_urls"][0], response.url)
            record_outcome(self.crawler.stats, Outcome.GONE, "redirected_away")
            return
        problem = not_a_page(response.body, content_type)
        if problem is not None:
            self.logger.warning("article failed (%s): %s %s", problem, response.url, content_type)
            record_outcome(self.crawler.stats, Outcome.FAILED, problem)
            return
        # the typed record is built beside the parse (InvalidRecord raised here, counted `failed`)
        page = await self.page_parser.read(response.body, content_type, response.url, self._stamp(response))
        record = page.record
        assert record is not None
        record.raw_gz, record.raw_part, record.body_verdict = page.raw_gz, page.raw_part, page.verdict
        policy = self.source.render.policy
        wants_render = record.body_status == "encoded" or (policy == "always" and record.body_status != "ok")
        if wants_render and self.render_enabled:
            self.crawler.stats.inc_value("baochi/render_requests")
            meta = render.render_meta(self.source.render.wait_for, self.source.render.timeout_seconds)
            meta.update(source_article_id=record.source_article_id, pending=record)
            yield scrapy.Request(response.url, callback=self.parse_rendered, errback=self.render_failed,
                                 meta=meta, dont_filter=True, priority=1)
            return
        if record.body_status == "encoded":
            self._log_install_hint()
        self._count_published(record)
        yield record

    def _redirected_away(self, url: str) -> bool:
        """The home page or a listing this crawl knows, not another address of an article
        (any other page keeps its chance to be parsed: papers move articles to new shapes)."""
        if self._id_for(url) is not None:
            return False
        return urlsplit(url).path in ("", "/") or url in self.listing_seen

    def _log_install_hint(self) -> None:
        if not self._install_hint_logged and not self.render_enabled:
            self._install_hint_logged = True
            self.logger.warning(render.INSTALL_HINT)

    def _count_published(self, record: StagedArticle) -> None:
        if record.published_at is None:
            self.crawler.stats.inc_value("baochi/published_missing")

    def parse_rendered(self, response: Response) -> Iterator[StagedArticle]:
        record: StagedArticle = response.meta["pending"]
        rendered = self._record(response, parse_article(response.text, response.url, self.source, rendered=True))
        if rendered.body_status == "ok":
            self.crawler.stats.inc_value("baochi/render_ok")
            record.body, record.captions = rendered.body, rendered.captions
            record.body_status = "ok"
            record.extraction = {**record.extraction, "body": "render+" + rendered.extraction.get("body", "")}
            record.title = record.title or rendered.title
            record.lead = record.lead or rendered.lead
            record.content_hash = content_hash(record.title, record.lead, record.body)
        else:
            self.crawler.stats.inc_value("baochi/render_failed")
        self._count_published(record)
        yield record

    def render_failed(self, failure: Failure) -> Iterator[StagedArticle]:
        request = failure.request  # type: ignore[attr-defined]
        self.crawler.stats.inc_value("baochi/render_failed")
        self.logger.warning("render failed, stored as encoded: %s (%s)", request.url, failure.getErrorMessage()[:200])
        record = request.meta["pending"]
        self._count_published(record)
        yield record


_METHOD_NAMES: dict[str, list[str]] = {}


def _method_names(key: str, cls: type) -> list[str]:
    if key in _METHOD_NAMES:
        return _METHOD_NAMES[key]
    own = cls.__mro__[:cls.__mro__.index(ProvincialSpider) + 1]  # scrapy.Spider's are no callbacks
    names = _METHOD_NAMES[key] = sorted({"parse"} | {name for klass in own for name, value in vars(klass).items()
                                                     if callable(value) and not isinstance(value, type)})
    return names


def _spider_classes() -> dict[str, type[ProvincialSpider]]:
    classes = {}
    for source_id in load_registry():
        class_name = "".join(part.title() for part in source_id.split("_")) + "Spider"
        classes[class_name] = type(class_name, (ProvincialSpider,), {"name": source_id})
    return classes


globals().update(_spider_classes())
