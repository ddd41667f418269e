"""Load the source registry (`sources.toml`) into frozen dataclasses.

The registry is data so that adding a paper needs no Python: every selector, URL pattern,
discovery entry point, date quirk, decoder alphabet and render policy of a paper is read from
here and validated once, at start-up, by pydantic models (crawler/registry_model.py), with a
message that names the block and the key at fault. Unknown keys are errors too, with a "did you
mean" hint, because a misspelt key would otherwise be silently ignored and the crawl would
quietly lose a field. A page of a paper outside the registry parses with `generic_source`.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_REGISTRY = "sources.toml"
RENDER_POLICIES = ("auto", "never", "always")


class RegistryError(ValueError):
    """The registry file is malformed or names an unknown source."""


@dataclass(frozen=True)
class Discovery:
    start_paths: tuple[str, ...] = ("/",)
    sitemaps: bool = True
    sitemap_paths: tuple[str, ...] = ()
    feeds: str | None = None
    feed_paths: tuple[str, ...] = ()
    listing: str | None = None
    listing_paths: tuple[str, ...] = ()
    listing_links: tuple[str, ...] = ("a::attr(href)",)
    listing_item: str | None = None
    listing_time: str | None = None
    next_page: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()

    def feed_urls(self) -> list[str]:
        paths = [self.feeds.format(category=c) for c in self.categories] if self.feeds else []
        return paths + list(self.feed_paths)

    def listing_urls(self) -> list[str]:
        paths = [self.listing.format(category=c) for c in self.categories] if self.listing else []
        return paths + list(self.listing_paths)


@dataclass(frozen=True)
class Selectors:
    title: tuple[str, ...]
    lead: tuple[str, ...]
    body: tuple[str, ...]
    body_paragraphs: str = "p"
    body_exclude: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dates:
    """How the paper prints times. `meta_formats` parse `article:published_time` first (a US
    month/day order there, say); `distrust_utc` reads a trailing `Z` as local time, for CMSs
    that mark local time as UTC."""

    formats: tuple[str, ...] = ()
    meta_formats: tuple[str, ...] = ()
    distrust_utc: bool = False


@dataclass(frozen=True)
class Decoder:
    """Self-decoding bodies (reference §1.4): which alphabets to try and how to read the
    decoded fragment. `container` is where the page's own script writes the fragment (read
    after a browser render)."""

    enabled: bool = False
    alphabets: tuple[str, ...] = ()
    base64: bool = True
    min_blob: int = 200
    prefix: str = '<h1 class="pTitle">'
    title: str = "h1.pTitle"
    lead: str = "p.pHead"
    body: str = "p.pBody"
    captions: str = "p.pCaption"
    container: str | None = None


@dataclass(frozen=True)
class Render:
    """Headless browser fallback. `auto`: only pages whose body neither the selectors nor the
    native decoder produced; `never`: store them as `encoded`; `always`: render every article."""

    policy: str = "auto"
    wait_for: str | None = None
    timeout_seconds: float = 20.0
    allowed_hosts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    source_id: str
    name: str
    province: str
    base_url: str
    timezone: str
    article_patterns: tuple[re.Pattern[str], ...]
    deny_prefixes: tuple[str, ...]
    lead_prefix: re.Pattern[str] | None
    discovery: Discovery
    selectors: Selectors
    hosts: tuple[str, ...] = ()
    dates: Dates = field(default_factory=Dates)
    decoder: Decoder = field(default_factory=Decoder)
    render: Render = field(default_factory=Render)
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def article_id(self, path: str, query: str = "") -> str | None:
        """The paper's own article id for a URL path (and its query string), or None when the
        address is no article. A pattern is matched against the path; one that names the query
        (a literal `\\?`: `^/tin-tuc/chi-tiet\\.aspx\\?(?:.*&)?id=(?P<id>\\d+)`, as old ASP.NET and
        Joomla portals address articles) against `path?query` too."""
        if self.denied(path):
            return None
        for pattern in self.article_patterns:
            match = pattern.match(path)
            if match:
                return match.group("id")
        if query:
            address = f"{path}?{query}"
            for pattern in self.article_patterns:
                if "\\?" in pattern.pattern and (match := pattern.match(address)):
                    return match.group("id")
        return None

    def denied(self, path: str) -> bool:
        return path.startswith(tuple(self.deny_prefixes))  # one call: asked of every link a crawl sees

    def strip_lead_prefix(self, lead: str) -> str:
        if self.lead_prefix is None:
            return lead
        return self.lead_prefix.sub("", lead, count=1)

    @property
    def all_hosts(self) -> tuple[str, ...]:
        return (urlsplit(self.base_url).hostname or "", *self.hosts)


def parse_registry(text: str) -> dict[str, Source]:
    from baochi.crawler.registry_model import build_source

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"registry is not valid TOML: {exc}") from exc
    return {source_id: build_source(source_id, block) for source_id, block in data.items()}


def load_registry(path: str | None = None) -> dict[str, Source]:
    """The registry at `path`; without one, the packaged registry with the blocks of the file
    `BAOCHI_REGISTRY` names added (a block with a packaged id replaces that block): adding a
    paper is a block in a file of one's own, which every command and the crawl's processes read."""
    if path is not None:
        return _registry(path, None)
    return _registry(None, os.environ.get("BAOCHI_REGISTRY") or None)


@cache
def _registry(path: str | None, extra: str | None) -> dict[str, Source]:
    if path is None:
        text = resources.files("baochi.crawler").joinpath(DEFAULT_REGISTRY).read_text("utf-8")
    else:
        text = _read_registry(path)
    registry = parse_registry(text)
    if extra is not None:
        registry.update(parse_registry(_read_registry(extra)))
    return registry


def _read_registry(path: str) -> str:
    try:
        return Path(path).read_text("utf-8")
    except OSError as exc:
        raise RegistryError(f"cannot read registry {path}: {exc.strerror}") from exc


def get_source(source_id: str, path: str | None = None) -> Source:
    registry = load_registry(path)
    if source_id not in registry:
        known = ", ".join(sorted(registry))
        raise RegistryError(f"unknown source {source_id!r}; known sources: {known}")
    return registry[source_id]


def source_for_url(url: str, path: str | None = None) -> Source | None:
    """The registry block whose hosts include the URL's host (www. ignored)."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    for source in load_registry(path).values():
        if host in {h.removeprefix("www.") for h in source.all_hosts}:
            return source
    return None


# A profile for papers outside the registry: the usual URL shapes of Vietnamese news CMSs (a
# slug ending in its id, with `.htm`, `.html`, `.aspx` or no extension; an id in the query
# string; WordPress's dated slug), ids in ASCII only, and no selectors (metadata and the generic
# layers do the work).
# The query parameters that carry an article's id on portals addressed by query string (the
# generic profile's pattern below; `baochi sources probe` shapes the links it took by them).
QUERY_ID_PARAMS = ("id", "newsid", "news_id", "itemid", "item_id", "articleid", "article_id", "nid", "postid")
GENERIC_PATTERNS = (
    r"^/(?:[a-z0-9-]+/)*[a-z0-9-]+-post(?P<id>[0-9]{3,})\.html?$",
    r"^/(?:[a-z0-9-]+/)*[a-z0-9-]+/d(?P<id>[0-9]{8,})\.html?$",
    r"^/(?:[a-z0-9-]+/)*[a-z0-9-]+-(?P<id>[0-9]{5,})(?:\.html?|\.aspx)?/?$",
    r"^/(?:[a-z0-9-]+/)+(?P<id>[0-9]{5,})(?:\.html?|\.aspx)?/?$",
    # an article page addressed by its id in the query string (ASP.NET and SharePoint portals,
    # PHP CMSs): a detail page's path, then `id=`, `newsid=`, `ItemID=` … with digits
    r"(?i)^/(?:[\w.-]+/)*[\w.-]*(?:detail|chi-?tiet|view|article|bai-?viet)"
    r"[\w.-]*\?(?:[^#]*&)?(?:" + "|".join(QUERY_ID_PARAMS) + r")=(?P<id>[0-9]{2,})(?:&|$)",
    # WordPress's dated permalinks, whose only id is the post's slug (unique on the site):
    # /2026/11/05/hoi-nghi-tong-ket/ or /2026/11/hoi-nghi-tong-ket/ (a slug of at least three
    # words: /2026/11/page/2/ and the date archives /2026/11/05/ are listings)
    r"^/(?:[a-z0-9-]+/)*(?:19|20)[0-9]{2}/[01]?[0-9]/(?:[0-3]?[0-9]/)?"
    r"(?P<id>[a-z0-9]+(?:-[a-z0-9]+){2,})(?:\.html?)?/?$",
    # WordPress's own address of a post: /?p=123
    r"^/(?:index\.php)?\?(?:[^#]*&)?p=(?P<id>[0-9]+)(?:&|$)",
    # Joomla without address rewriting: index.php?option=com_content&view=article&id=123:slug
    r"(?i)^/index\.php\?(?=(?:[^#]*&)?view=article(?:&|$))(?:[^#]*&)?id=(?P<id>[0-9]+)(?::[^&]*)?(?:&|$)",
)
GENERIC_DENY = ("/tag/", "/tags/", "/video", "/print/", "/tim-kiem", "/search", "/rss", "/en/", "/podcast")


def generic_source(url: str) -> Source:
    """A profile for a page of a paper the registry does not know (its host names it)."""
    parts = urlsplit(url)
    host = (parts.hostname or "unknown").removeprefix("www.")
    source_id = "generic_" + (re.sub(r"[^a-z0-9]+", "_", host.lower()).strip("_") or "site")
    return Source(
        source_id=source_id, name=host, province="", base_url=f"{parts.scheme or 'https'}://{parts.netloc}",
        timezone="Asia/Ho_Chi_Minh",
        article_patterns=tuple(re.compile(p, re.ASCII) for p in GENERIC_PATTERNS),
        deny_prefixes=GENERIC_DENY, lead_prefix=None, discovery=Discovery(),
        selectors=Selectors(title=(), lead=(), body=()),  # metadata, then the generic headline
        extra={"generic": True},
    )
