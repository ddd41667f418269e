"""`baochi sources probe URL`: look at a paper's home page and a few articles, politely, and
write the registry block a person reviews and adds.

It reads robots.txt first (and obeys it, including `Crawl-delay`), fetches one page at a time
with a pause between requests, finds the sitemaps robots.txt names, the feeds the home page
announces, the section listings its menus link, the article URL shapes its links share, and on
a few articles the selectors that reproduce what the generic layers found. Nothing is written:
the block is printed, with how many sample articles each selector worked on.
"""

from __future__ import annotations

import re
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.client import HTTPException
from urllib.error import HTTPError, URLError
from urllib.parse import parse_qsl, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from baochi.crawler import discovery
from baochi.crawler.extract import generic
from baochi.crawler.extract.charset import decode_html
from baochi.crawler.extract.text import element_text
from baochi.crawler.sources import GENERIC_DENY, QUERY_ID_PARAMS, generic_source
from lxml import html as lxml_html
from parsel import Selector

USER_AGENT = "baochi-probe (+https://github.com/baochi; research crawler)"
MAX_BYTES = 5 * 1024 * 1024
FIELDS = ("title", "lead", "body", "author", "published", "category")


class ProbeError(RuntimeError):
    """The site could not be probed (unreachable, or robots.txt forbids its home page)."""


@dataclass
class Probe:
    base_url: str
    source_id: str
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    article_patterns: list[tuple[str, int]] = field(default_factory=list)  # (regex, links seen)
    articles: list[str] = field(default_factory=list)
    selectors: dict[str, tuple[str, int]] = field(default_factory=dict)  # field → (css, hits)
    fetched: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)


# a refused or broken answer (HTTPException: more than 100 headers, a body cut short …)
FETCH_ERRORS = (HTTPError, URLError, TimeoutError, OSError, HTTPException)


class PoliteFetcher:
    """One request at a time, `delay` seconds apart (or robots.txt's Crawl-delay if longer),
    only what robots.txt allows, bodies capped at MAX_BYTES."""

    def __init__(self, base_url: str, delay: float = 1.0, user_agent: str = USER_AGENT,
                 timeout: float = 20.0) -> None:
        self.base_url, self.delay, self.user_agent, self.timeout = base_url, delay, user_agent, timeout
        self.robots = RobotFileParser()
        self.fetched: list[str] = []
        self._last = 0.0
        self.robots.parse(self._robots_text(urljoin(base_url + "/", "robots.txt")).splitlines())
        crawl_delay = self.robots.crawl_delay(user_agent)
        if crawl_delay:
            self.delay = max(self.delay, float(crawl_delay))

    def _robots_text(self, url: str) -> str:
        """robots.txt's text; "" when the site has none (4xx). A server error or no answer is a
        complete disallow (RFC 9309 §2.3.1.4), so the probe stops (ProbeError)."""
        try:
            return self._fetch(url)
        except HTTPError as exc:
            if exc.code < 500:
                return ""
            why = f"HTTP {exc.code}"
        except FETCH_ERRORS as exc:
            why = type(exc).__name__
        raise ProbeError(f"robots.txt at {url} unreachable ({why}): a site whose robots.txt cannot be read is "
                         "not crawled (RFC 9309); try again later")

    def allowed(self, url: str) -> bool:
        return self.robots.can_fetch(self.user_agent, url)

    def _fetch(self, url: str) -> str:
        """The page's text, `delay` after the previous request; raises FETCH_ERRORS."""
        wait = self._last + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (http(s) only)
                body = response.read(MAX_BYTES + 1)[:MAX_BYTES]
                content_type = response.headers.get("Content-Type", "")
        finally:
            self._last = time.monotonic()
            self.fetched.append(url)
        return decode_html(body, content_type)[0]

    def get(self, url: str) -> str | None:
        """The page's text, or None when robots.txt forbids it or it could not be fetched."""
        if not self.allowed(url):
            return None
        try:
            return self._fetch(url)
        except FETCH_ERRORS:
            return None


def source_id_for(host: str) -> str:
    """`www.baothanhhoa.vn` → `baothanhhoa`; a registry block name."""
    host = host.lower().removeprefix("www.")
    name = re.sub(r"\.(?:com\.vn|org\.vn|gov\.vn|net\.vn|vn|com|net|org)$", "", host)
    name = re.sub(r"[^a-z0-9]+", "_", name).strip("_")
    return name if re.match(r"[a-z]", name or "") else f"site_{name or 'x'}"


_SEGMENT = "[a-z0-9-]+"


# The id parameters of the generic profile, and WordPress's `p`.
_ID_PARAMS = (*QUERY_ID_PARAMS, "p")


def _query_shape(path: str, query: str) -> str | None:
    """`^/path\\?(?:[^#]*&)?<param>=(?P<id>\\d+)(?:&|$)` for a detail page addressed by its id
    in the query string: the path is the page's handler, so it is kept as written."""
    params = parse_qsl(query, keep_blank_values=True)
    # one handler for every kind of page (Joomla's index.php): the page's kind is a parameter too
    kind = "".join(f"(?=(?:[^#]*&)?{re.escape(n)}={re.escape(v)}(?:&|$))" for n, v in params
                   if n.lower() in ("view", "task", "type") and v)
    for name, value in params:
        if name.lower() in _ID_PARAMS and re.fullmatch(r"\d+(?::[^&]*)?", value):
            return f"^{re.escape(path)}\\?{kind}(?:[^#]*&)?{re.escape(name)}=(?P<id>\\d+)(?:[:&]|$)"
    return None


def _local(url: str) -> str:
    """The address on its site: the path, with its query string when it has one (a portal's
    listing is `/tin-tuc/danh-sach.aspx?cat=1`; its path alone names every section at once)."""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def url_shape(path: str, query: str = "") -> str | None:
    """The article pattern an address belongs to, with the id as `(?P<id>\\d+)` (a dated
    permalink's slug as the id), or None."""
    if query and (shape := _query_shape(path, query)):
        return shape
    parts = [p for p in path.split("/") if p]
    if not parts:
        return None
    last = parts[-1]
    lead = "".join(f"/{_SEGMENT}" for _ in parts[:-1])
    for regex, shape in (
        (r"^[a-z0-9-]+-post(\d{3,})\.(html?)$", f"{_SEGMENT}-post(?P<id>\\d+)"),
        (r"^[a-z0-9-]+-(\d{5,})\.(html?)$", f"{_SEGMENT}-(?P<id>\\d{{5,}})"),
        (r"^d?(\d{5,})\.(html?)$", "(?P<id>\\d{5,})" if not last.startswith("d") else "d(?P<id>\\d{5,})"),
    ):
        match = re.match(regex, last)
        if match:
            return f"^{lead}/{shape}\\.{match.group(2)}$"
    return _dated_slug_shape(parts)


_YEAR, _MONTH, _DAY = r"(?:19|20)\d{2}", r"[01]?\d", r"[0-3]?\d"
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+){2,}"


def _dated_slug_shape(parts: list[str]) -> str | None:
    """`^/\\d{4}/\\d{2}/\\d{2}/(?P<id>slug)/?$` for WordPress's dated permalinks, whose only id
    is the post's slug: the year, month (and day) before it, any section before them."""
    last, dated = parts[-1], parts[:-1]
    if not re.fullmatch(_SLUG, last.removesuffix(".html").removesuffix(".htm")):
        return None
    for units in ((_YEAR, _MONTH, _DAY), (_YEAR, _MONTH)):
        if len(dated) >= len(units) and all(
                re.fullmatch(u, p) for u, p in zip(units, dated[-len(units):], strict=True)):
            lead = "".join(f"/{_SEGMENT}" for _ in dated[:-len(units)]) + "".join(f"/{u}" for u in units)
            suffix = re.search(r"\.html?$", last)
            end = "\\" + suffix.group(0) if suffix else "/?"
            return f"^{lead}/(?P<id>{_SLUG}){end}$"
    return None


def _css_for(element: lxml_html.HtmlElement, page: Selector) -> str:
    """A short selector that finds `element` first on the page: #id, tag.class, [itemprop]."""
    tag = element.tag
    element_id = generic.attr(element, "id")
    if element_id and re.fullmatch(r"[A-Za-z][\w-]*", element_id):
        return f"#{element_id}"
    for cls in (generic.attr(element, "class") or "").split():
        if re.fullmatch(r"[A-Za-z_][\w-]*", cls):
            query = f"{tag}.{cls}"
            found = page.css(query)
            if found and found[0].root is element:
                return query
    if (itemprop := generic.attr(element, "itemprop")):
        return f"{tag}[itemprop={itemprop}]"
    return tag


def _found_elements(page: Selector, root: lxml_html.HtmlElement) -> dict[str, lxml_html.HtmlElement]:
    """The element each generic layer took its field from on one article page."""
    found: dict[str, lxml_html.HtmlElement] = {}
    h1 = root.find(".//h1")
    title = h1 if h1 is not None else generic.title_element(page)
    if title is not None:
        found["title"] = title
    for query in generic.LEAD_QUERIES:
        nodes = page.css(query)
        if nodes and element_text(nodes[0].root):
            found["lead"] = nodes[0].root
            break
    block = generic.body_block(root)
    if block is None:
        block = generic.text_block(root)  # paragraphs written as divs or cut by <br>
    if block is not None:
        found["body"] = block
    for query in generic.AUTHOR_QUERIES:
        authors = [n for n in page.css(query) if n.root.tag not in ("meta", "link") and element_text(n.root)]
        if authors:
            found["author"] = authors[0].root
            break
    for query in generic.DATELINE_QUERIES:
        dates = [n for n in page.css(query) if n.root.tag not in ("meta", "script")
                 and generic.dateline_text(generic.attr(n, "datetime") or element_text(n.root))]
        if dates:
            found["published"] = dates[0].root
            break
    return found


def _category_query(page: Selector) -> str | None:
    for query in generic.BREADCRUMB_QUERIES:
        if page.css(query):
            return query
    return None


def _listed_links(fetcher: PoliteFetcher, listings: list[str], known: list[str], enough: int,
                  hosts: set[str], is_article: Callable[[str], bool]) -> list[str]:
    """Article links on the first listing pages, until `enough` are known with the home page's."""
    links: list[str] = []
    for listing in listings:
        if len(known) + len(links) >= enough:
            break
        listing_text = fetcher.get(listing)
        if listing_text:
            links += [u for u in _article_links(Selector(text=listing_text), listing, hosts, is_article)
                      if u not in known and u not in links]
    return links


def _working_selectors(fetcher: PoliteFetcher, articles: list[str]) -> dict[str, tuple[str, int]]:
    """Per field, the selector that found it on most of the fetched articles, with that count."""
    hits: dict[str, Counter[str]] = {name: Counter() for name in FIELDS}
    for article_url in articles:
        page_text = fetcher.get(article_url)
        if not page_text:
            continue
        page = Selector(text=page_text)
        root = page.root
        if not isinstance(root, lxml_html.HtmlElement):
            continue
        for name, element in _found_elements(page, root).items():
            hits[name][_css_for(element, page)] += 1
        if (query := _category_query(page)):
            hits["category"][query] += 1
    return {name: counter.most_common(1)[0] for name, counter in hits.items() if counter}


def probe(url: str, *, delay: float = 1.0, max_articles: int = 3,
          fetcher_factory: Callable[[str, float], PoliteFetcher] = PoliteFetcher) -> Probe:
    parts = urlsplit(url if "://" in url else f"https://{url}")
    base = f"{parts.scheme}://{parts.netloc}"
    fetcher = fetcher_factory(base, delay)
    result = Probe(base_url=base, source_id=source_id_for(parts.hostname or "site"))
    result.sitemaps = list(fetcher.robots.site_maps() or [])
    home_url = base + "/"
    if not fetcher.allowed(home_url):
        raise ProbeError(f"robots.txt of {base} forbids its home page to {USER_AGENT}")
    home = fetcher.get(home_url)
    if home is None:
        raise ProbeError(f"could not fetch {home_url}")
    hosts = {parts.netloc}
    profile = generic_source(base)
    sel = Selector(text=home)

    def is_article(u: str) -> bool:
        parts = urlsplit(u)
        return profile.article_id(parts.path, parts.query) is not None

    result.listings = discovery.listing_links(sel, home_url, hosts, is_article,
                                              lambda p: p.startswith(GENERIC_DENY))
    result.feeds = discovery.feed_links(sel, home_url, hosts)
    result.forbidden = [u for u in result.listings if not fetcher.allowed(u)]
    result.listings = [u for u in result.listings if fetcher.allowed(u)]
    links = _article_links(sel, home_url, hosts, is_article)
    links += _listed_links(fetcher, result.listings[:2], links, 2 * max_articles, hosts, is_article)
    shapes = Counter(s for s in (url_shape(*urlsplit(u)[2:4]) for u in links) if s)
    result.article_patterns = shapes.most_common()
    result.articles = [u for u in links if fetcher.allowed(u)][:max_articles]
    result.selectors = _working_selectors(fetcher, result.articles)
    result.fetched = list(fetcher.fetched)
    return result


def _article_links(sel: Selector, page_url: str, hosts: set[str], is_article: Callable[[str], bool]) -> list[str]:
    out: dict[str, None] = {}
    for href in sel.css("a::attr(href)").getall():
        absolute = urljoin(page_url, href.strip()).split("#", 1)[0]
        if urlsplit(absolute).netloc in hosts and is_article(absolute):
            out.setdefault(absolute, None)
    return list(out)


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(_toml_str(v) for v in values) + "]"


def _toml_str(value: str) -> str:
    return "'" + value + "'" if "'" not in value and "\n" not in value else '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def registry_block(result: Probe) -> str:
    """The probe as a `sources.toml` block, each finding commented with its evidence."""
    sid, n = result.source_id, max(1, len(result.articles))
    host = urlsplit(result.base_url).hostname or sid
    lines = [
        f"# Proposed by `baochi sources probe {result.base_url}`: review every line before adding it.",
        f"# Fetched {len(result.fetched)} page(s); robots.txt obeyed"
        + (f" (menu links it forbids, left out: {', '.join(_local(u) for u in result.forbidden)})" if result.forbidden else "")
        + ".",
        f"[{sid}]",
        f"name = {_toml_str(host)}  # the paper's name as it prints it",
        'province = ""  # fill in',
        f"base_url = {_toml_str(result.base_url)}",
    ]
    patterns = [p for p, _ in result.article_patterns] or list(GENERIC_PATTERNS_FALLBACK)
    seen = ", ".join(f"{c} link(s)" for _, c in result.article_patterns) or "none seen: generic shapes"
    lines.append(f"# article URL shapes on the home page and listings: {seen}")
    lines.append(f"article_patterns = {_toml_list(patterns)}")
    lines.append(f"deny_prefixes = {_toml_list(list(GENERIC_DENY))}")
    lines += ["", f"[{sid}.discovery]", 'start_paths = ["/"]', "sitemaps = true"]
    if not result.sitemaps:
        lines.append("# robots.txt names no sitemap; /sitemap.xml is tried")
    else:
        lines.append(f"# robots.txt names: {', '.join(result.sitemaps)}")
    if result.feeds:
        lines.append(f"feed_paths = {_toml_list(list(dict.fromkeys(_local(u) for u in result.feeds)))}")
    if result.listings:
        lines.append("# sections linked from the home page's menus (discovered on every crawl too):")
        lines.append(f"listing_paths = {_toml_list(list(dict.fromkeys(_local(u) for u in result.listings)))}")
    lines += ["", f"[{sid}.selectors]"]
    for name in ("title", "lead", "body", "author", "category", "published"):
        if name in result.selectors:
            query, hits = result.selectors[name]
            lines.append(f"{name} = {_toml_list([query])}  # worked on {hits}/{n} sample article(s)")
        elif name in ("title", "lead", "body"):
            lines.append(f"{name} = []  # none found: page metadata and the generic layers decide")
    if "body" in result.selectors:
        lines.append('body_exclude = ["figure", "table", "script", "style", "[class*=caption i]"]')
        lines.append('captions = ["figcaption", "[class*=caption i]"]')
    return "\n".join(lines) + "\n"


GENERIC_PATTERNS_FALLBACK = (r"^/[a-z0-9-]+-(?P<id>\d{5,})\.html?$",)
