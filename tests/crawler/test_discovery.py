"""Listing pages, pagination and feeds read from the site's own pages."""

from __future__ import annotations

from baochi.crawler.discovery import (
    feed_links,
    hints,
    listing_links,
    next_pages,
    section_slug,
    stem,
    uncovered_hints,
)
from baochi.crawler.sources import Discovery
from parsel import Selector

BASE = "http://127.0.0.1:9"
HOSTS = {"127.0.0.1:9"}


def is_article(url: str) -> bool:
    return url.endswith(("-123456.htm", "/123456.htm"))


def test_menu_links_become_listings() -> None:
    page = Selector(text=(
        '<div class="top-menu"><a href="/">Trang chủ</a><a href="/thoi-su.htm">Thời sự</a>'
        '<a href="/kinh-te.htm">Kinh tế</a><a href="/video/">Video</a><a href="/x-123456.htm">Bài</a>'
        '<a href="https://other.example/thoi-su">Ngoài</a><a href="/logo.png">Logo</a></div>'
        '<nav class="navbar"><a href="/chuyen-muc/xa-hoi">Xã hội</a><a href="/thoi-su.htm">Thời sự</a></nav>'
        '<div class="home"><a href="/phap-luat.htm">Pháp luật</a><a href="/a/b/c.htm">x</a>'
        '<a href="/tim?q=1">q</a><a href="/giao-duc/">Giáo dục</a></div>'))
    found = listing_links(page, BASE + "/", HOSTS, is_article, lambda p: p.startswith("/video"))
    # menus first, then section-shaped addresses linked elsewhere on the page
    assert found == [BASE + "/chuyen-muc/xa-hoi", BASE + "/thoi-su.htm", BASE + "/kinh-te.htm",
                     BASE + "/phap-luat.htm", BASE + "/giao-duc/"]


def test_pagination_windows_and_next_words() -> None:
    root = BASE + "/thoi-su.htm"
    page2 = Selector(text=(
        '<div class="pages"><a href="/thoi-su.htm">1</a><span>2</span><a href="/thoi-su/trang-3.htm">3</a>'
        '<a href="/thoi-su/trang-4.htm">4</a></div><a href="/kinh-te/trang-2.htm">2</a>'))
    assert next_pages(page2, BASE + "/thoi-su/trang-2.htm", root) == [
        BASE + "/thoi-su.htm", BASE + "/thoi-su/trang-3.htm", BASE + "/thoi-su/trang-4.htm"]
    page = Selector(text='<div class="nav-links"><a href="/chuyen-muc/xa-hoi/p2">Trang sau »</a></div>'
                         '<a rel="next" href="/chuyen-muc/xa-hoi/p2">›</a>')
    assert next_pages(page, BASE + "/chuyen-muc/xa-hoi", BASE + "/chuyen-muc/xa-hoi") == [
        BASE + "/chuyen-muc/xa-hoi/p2"]
    query = Selector(text='<a class="next" rel="next" href="/thoi-su?page=2">Xem thêm</a>')
    assert next_pages(query, BASE + "/thoi-su", BASE + "/thoi-su") == [BASE + "/thoi-su?page=2"]


def test_stems_and_hints() -> None:
    assert stem(BASE + "/thoi-su/trang-3.htm") == stem(BASE + "/thoi-su.htm") == "/thoi-su"
    assert stem(BASE + "/chuyen-muc/xa-hoi/p4") == "/chuyen-muc/xa-hoi"
    assert stem(BASE + "/category/tin-tuc/page/2/") == stem(BASE + "/category/tin-tuc/") == "/category/tin-tuc"


def test_wordpress_pagination_is_the_listing_s_own() -> None:
    root = BASE + "/category/tin-tuc/"
    page = Selector(text='<nav class="navigation pagination"><span class="page-numbers current">1</span>'
                         f'<a class="page-numbers" href="{root}page/2/">2</a>'
                         f'<a class="page-numbers" href="{root}page/3/">3</a>'
                         f'<a class="next page-numbers" href="{root}page/2/">Trang sau »</a></nav>')
    assert next_pages(page, root, root) == [root + "page/2/", root + "page/3/"]
    assert section_slug(BASE + "/chuyen-muc/xa-hoi") == "xa-hoi"
    hints = [BASE + "/thoi-su", BASE + "/phap-luat"]
    assert uncovered_hints(hints, [BASE + "/thoi-su.htm"]) == [BASE + "/phap-luat"]


def test_feeds_announced_by_the_page() -> None:
    page = Selector(text='<head><link rel="alternate" type="application/rss+xml" href="/rss/a.xml"></head>'
                         '<a href="/rss/b.rss">RSS</a><a href="https://x.example/rss.xml">x</a>')
    assert feed_links(page, BASE + "/", HOSTS) == [BASE + "/rss/a.xml", BASE + "/rss/b.rss"]


def test_registry_listings_are_hints() -> None:
    disc = Discovery(feeds="/rss/{category}.xml", listing="/{category}", listing_paths=("/tin-moi",),
                     categories=("thoi-su", "kinh-te", "theo-guong-bac"))
    # the home page named no section: every configured route is tried
    assert hints(disc, []) == (["/thoi-su", "/kinh-te", "/theo-guong-bac", "/tin-moi"],
                               ["/rss/thoi-su.xml", "/rss/kinh-te.xml", "/rss/theo-guong-bac.xml"])
    # its menus named /thoi-su.htm and /kinh-te.htm: no guessed listing, feeds of those sections
    assert hints(disc, ["/thoi-su.htm", "/kinh-te.htm"]) == (["/tin-moi"], ["/rss/thoi-su.xml", "/rss/kinh-te.xml"])


def test_a_listing_family_keeps_the_query_that_names_its_section() -> None:
    assert stem("https://x.vn/tin-tuc/danh-sach.aspx?cat=1&page=2") == stem("https://x.vn/tin-tuc/danh-sach.aspx?cat=1")
    assert stem("https://x.vn/tin-tuc/danh-sach.aspx?cat=1") != stem("https://x.vn/tin-tuc/danh-sach.aspx?cat=2")
    assert stem("https://x.vn/thoi-su?utm_source=menu") == stem("https://x.vn/thoi-su.htm?page=3") == "/thoi-su"
    assert stem("https://x.vn/index.php/tin-tuc?limitstart=10") == "/index.php/tin-tuc"
