"""Find a paper's listing pages, feeds and sitemaps from the site itself.

The registry's categories and listing paths are hints: a paper's own home page names its
sections in its menus, its robots.txt and sitemap index name its sitemaps, and every listing
page links its next pages (`rel=next`, "Trang sau", or a window of page numbers). These pure
functions read one parsed page and return addresses; the spider decides what to fetch, and
Scrapy's robots.txt middleware refuses whatever robots.txt forbids.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from baochi.crawler.extract import query
from baochi.crawler.sources import Discovery
from parsel import Selector

# Where papers put their section menus (class and id names vary; these cover the common CMSs;
# matched whatever their case: old portals write `TopMenu`, `MainNav`, `Paging`).
NAV_QUERIES = (
    "nav a", "header a", "[class*=menu i] a", "[id*=menu i] a", "[class*=nav i] a", "[id*=nav i] a",
    "[class*=chuyen-muc i] a", "[class*=category i] a",
)
PAGINATION_CLASSES = ("pagination", "paging", "pager", "phan-trang", "page-nav")
PAGINATION_QUERIES = tuple(f"[class*={word} i] a" for word in PAGINATION_CLASSES)  # read in one walk
NEXT_QUERIES = ("a[rel~=next]::attr(href)", "link[rel~=next]::attr(href)")
NEXT_WORDS = {"trang sau", "sau", "tiếp", "trang tiếp", "xem thêm", "›", "»", ">", ">>", "next"}
DEFAULT_SITEMAP_PATHS = ("/sitemap.xml",)
FEED_QUERIES = (
    "link[rel=alternate][type*=rss]::attr(href)", "link[rel=alternate][type*=atom]::attr(href)",
)
_PAGE_SUFFIX = re.compile(r"(?:[/-](?:trang|page|p)[-/]?\d+|/\d+)$")  # "/page/2": WordPress
_NOT_PAGES = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|css|js|pdf|mp3|mp4|zip|xml|rss|ico)$", re.I)


def _same_site(url: str, hosts: Iterable[str]) -> bool:
    return urlsplit(url).netloc in set(hosts)


# Query parameters that number a listing's pages; any other parameter names the listing itself
# (`danh-sach.aspx?cat=1&page=2` is page 2 of section 1, not of every section the handler lists).
_PAGE_PARAMS = frozenset({"page", "trang", "p", "paged", "pg", "pageindex", "page_index", "pagenum", "start",
                          "limitstart", "offset", "per_page", "limit"})


_TRACKING = re.compile(r"(?i)utm_|fbclid$|gclid$|zarsrc$|ref$|source$|from$")


def stem(url: str) -> str:
    """A listing's path without its extension and page suffix, and with the query parameters
    that are no page number: the family its pages share."""
    parts = urlsplit(url)
    path = re.sub(r"\.(?:html?|php|aspx?)$", "", parts.path.rstrip("/"))
    family = _PAGE_SUFFIX.sub("", path) or "/"
    named = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if k.lower() not in _PAGE_PARAMS and not _TRACKING.match(k))
    return f"{family}?{urlencode(named)}" if named else family


def section_slug(url: str) -> str | None:
    """`/thoi-su.htm`, `/chuyen-muc/thoi-su`, `/thoi-su?page=2` → `thoi-su`."""
    last = stem(url).rstrip("/").rsplit("/", 1)[-1]
    return last or None


def _hrefs(sel: Selector, queries: Iterable[str]) -> list[tuple[str, str]]:
    """(href, link text) of every element the queries match that has an href (compiled queries
    on lxml's elements: the crawl's thread reads every listing page's links with this)."""
    return [link for css in queries for link in _links(query.css(sel, css))]


def _links(nodes: Iterable[Any]) -> list[tuple[str, str]]:
    out = []
    for node in nodes:
        href = query.attrib(node, "href")  # None for a text match or broken attribute names
        if href:
            out.append((href.strip(), " ".join(query.string_value(node).split())))
    return out


# A section's own address: `/thoi-su`, `/thoi-su.htm`, `/chuyen-muc/thoi-su`, `/danh-muc/thoi-su/`,
# `/tin-tuc/thoi-su/`, `/thoi-su.aspx`.
SECTION_PATH = re.compile(
    r"^/(?:(?:chuyen-?muc|danh-?muc|category|categories|muc|section|tin-?tuc|news|chu-?de|topic)/)?"
    r"[a-z0-9][a-z0-9-]*(?:\.html?|\.php|\.aspx?|/)?$")


def section_like(path: str) -> bool:
    return bool(SECTION_PATH.match(path))


def listing_links(sel: Selector, page_url: str, hosts: Iterable[str],
                  is_article: Callable[[str], bool], denied: Callable[[str], bool]) -> list[str]:
    """Section listings a page links to — every link of its menus, and elsewhere the links
    whose address has a section's shape — same site, not articles, not the home page, not
    files, not denied by the registry, in page order without repeats."""
    seen: dict[str, None] = {}
    hosts = set(hosts)
    menu = [(href, True) for href, _ in _hrefs(sel, NAV_QUERIES)]
    anywhere = [(href, False) for href, _ in _hrefs(sel, ("a",))]
    for href, in_menu in menu + anywhere:
        if href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(page_url, href).split("#", 1)[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not _same_site(url, hosts):
            continue
        path = parts.path or "/"
        if path == "/" or _NOT_PAGES.search(path) or denied(path) or is_article(url):
            continue
        if len([p for p in path.split("/") if p]) > 3 or (not in_menu and (parts.query or not section_like(path))):
            continue
        seen.setdefault(url, None)
    return list(seen)


def next_pages(sel: Selector, page_url: str, root: str, configured: Iterable[str] = ()) -> list[str]:
    """Further pages of the listing `root`: the registry's next-page selectors, `rel=next`,
    "Trang sau"-style links and numbered windows — only addresses of the same listing."""
    family = stem(root)
    candidates = [h for q in (*configured, *NEXT_QUERIES) for h in query.getall(sel, q)]
    for links in query.links_under_classes(sel, PAGINATION_CLASSES):  # PAGINATION_QUERIES' matches
        candidates.extend(href for href, _ in _links(links))
    for href, text in _hrefs(sel, ("a",)):
        if text.isdigit() or text.lower() in NEXT_WORDS:
            candidates.append(href)
    out: dict[str, None] = {}
    for href in candidates:
        url = urljoin(page_url, href.strip()).split("#", 1)[0]
        if url != page_url and stem(url) == family and urlsplit(url).netloc == urlsplit(root).netloc:
            out.setdefault(url, None)
    return list(out)


def feed_links(sel: Selector, page_url: str, hosts: Iterable[str]) -> list[str]:
    """RSS/Atom feeds a page announces in its head or links to as `…rss…` files."""
    found = [urljoin(page_url, h.strip()) for q in FEED_QUERIES for h in query.getall(sel, q)]
    for href, _ in _hrefs(sel, ("a[href*=rss]",)):
        if re.search(r"\.(?:xml|rss)$", urlsplit(href).path):
            found.append(urljoin(page_url, href))
    return [u for u in dict.fromkeys(found) if _same_site(u, hosts)]


def uncovered_hints(hints: Iterable[str], discovered: Iterable[str]) -> list[str]:
    """Configured listing paths whose section the site's own menus did not already link."""
    covered = {section_slug(u) for u in discovered}
    return [h for h in hints if section_slug(h) not in covered]


def hints(disc: Discovery, discovered_paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """(listing paths, feed paths) to request from the registry's configuration, given the
    section paths the home page's menus linked. Nothing linked: every configured listing and
    feed. Otherwise the site has spoken: configured sections it does not show are not guessed
    at (they answered 404 on sites with other listing paths); feeds are kept for the sections
    it shows, fixed listing paths only where no menu link covers them."""
    discovered = list(discovered_paths)
    if not discovered:
        return disc.listing_urls(), disc.feed_urls()
    slugs = {section_slug(p) for p in discovered}
    feeds = [disc.feeds.format(category=c) for c in disc.categories if c in slugs] if disc.feeds else []
    return uncovered_hints(list(disc.listing_paths), discovered), feeds + list(disc.feed_paths)
