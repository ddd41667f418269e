"""The compiled CSS queries (crawler/extract/query.py) find what `parsel.Selector.css` finds, and
the one-walk metadata reads the first declaration as the whole-page queries did."""

from __future__ import annotations

from pathlib import Path

import pytest
from baochi.crawler.extract import query
from baochi.crawler.extract.metadata import page_metadata
from parsel import Selector

PAGE = """<html><head>
<meta property="og:title" content="  ">
<meta property="og:title" content="Second title">
<meta name="description" content="Lead from description">
<link rel="canonical stylesheet" href="/not-canonical">
<link rel="canonical" href="/a-1.htm"><link rel="canonical" href="/a-2.htm">
<meta name="author"><meta name="author" content="Lê Hợi">
<meta property="article:published_time" content="2025-03-01T08:15:00+07:00">
</head><body>
<div class="detail-content"><p>Một <b>hai</b> ba</p><p class="pCaption">Ảnh: X</p>
<span itemprop="datePublished"> <i>01/03/2025 08:15</i> tail</span>
<span itemprop="datePublished" datetime="2025-03-01">x</span></div>
<div class="breadcrumb"><a href="/">Trang chủ</a><a href="/xa-hoi">Xã hội</a></div>
</body></html>"""

QUERIES = (
    "p", ".detail-content p.pCaption", ".breadcrumb a:last-child", "a::attr(href)",
    "[itemprop=datePublished]::text", "[itemprop=datePublished]::attr(datetime)",
    "meta[property='og:title']::attr(content)", "link[rel=canonical]::attr(href)", "[class*=crumb] a",
    "h1", "p::text",
)


@pytest.mark.parametrize("css", QUERIES)
def test_compiled_queries_find_what_parsel_finds(css: str) -> None:
    sel = Selector(text=PAGE)
    assert query.css(sel, css) == [s.root for s in sel.css(css)]
    assert query.first(sel, css) == sel.css(css).get()
    container = sel.css(".detail-content")[0].root
    assert query.css(container, css) == [s.root for s in Selector(root=container).css(css)]


def test_text_matches_hold_no_elements_and_json_is_refused() -> None:
    assert query.css("just text", "p") == []
    with pytest.raises(ValueError, match="json"):
        query.css(Selector(text='{"a": 1}'), "p")


def test_metadata_takes_each_declaration_first_in_document_order() -> None:
    meta = page_metadata(Selector(text=PAGE))
    assert meta["title"] is None  # the first og:title is blank: not the second
    assert meta["lead"] == "Lead from description"
    assert meta["canonical_url"] == "/a-1.htm"  # rel must equal "canonical"
    assert meta["author"] == "Lê Hợi"  # a declaration without content is skipped
    assert meta["published"] == "2025-03-01T08:15:00+07:00"
    assert meta["published_microdata"] == "2025-03-01"


def _microdata_as_parsel_reads_it(sel: Selector) -> dict[str, str | None]:
    """The whole-page queries the one-walk microdata read replaced."""
    def first(css: str) -> str | None:
        value = sel.css(css).get()
        return value.strip() if value and value.strip() else None

    def text(prop: str) -> str | None:
        for node in sel.css(f"[itemprop={prop}]"):
            value = node.attrib.get("content") if node.root.tag == "meta" else " ".join(node.css("::text").getall())
            if value and value.strip():
                return " ".join(value.split())
        return None

    return {"published_microdata": first("[itemprop=datePublished]::attr(content)")
            or first("[itemprop=datePublished]::attr(datetime)") or first("[itemprop=datePublished]::text"),
            "category": text("articleSection") or text("genre"), "title": text("headline")}


MICRODATA_PAGES = (
    PAGE,
    # a blank first content hides the later ones (the first match is read, as before)
    '<div><meta itemprop="datePublished" content=" "><meta itemprop="datePublished" content="2024-01-02">'
    '<time itemprop="datePublished" datetime="2024-01-03T07:00">3/1</time></div>',
    # text only, the first text node inside a match; names are exact (case kept)
    '<div><span itemprop="datepublished">1/1/2020</span><p itemprop="datePublished"><b>in b</b> after</p>'
    '<h2 itemprop="headline">Tiêu đề</h2><a itemprop="genre">Thời sự</a>'
    '<meta itemprop="articleSection" content="Xã hội"></div>',
    # nothing declared
    "<div><p>Không có microdata</p></div>",
    # genre only when articleSection is blank
    '<div><span itemprop="articleSection"> </span><span itemprop="genre">Kinh tế</span></div>',
)


@pytest.mark.parametrize("page", MICRODATA_PAGES)
def test_microdata_in_one_walk_reads_what_the_whole_page_queries_read(page: str) -> None:
    sel = Selector(text=page)
    meta = page_metadata(sel)
    expected = _microdata_as_parsel_reads_it(sel)
    assert meta["published_microdata"] == expected["published_microdata"]
    assert meta["category"] == expected["category"]
    assert meta["title"] == expected["title"]


LINKS_PAGE = """<html><body><!-- a comment --><div class="Main-PAGINATION"><a href="/1">1</a>
<ul class="pager"><li><a href="/2">2</a></li><a href="/x" class="paging-next"><a href="/in">in</a></a></ul></div>
<div class="phan-trang"><a href="/3">3</a></div><div class="İpager"><a href="/tr">tr</a></div>
<p class=""><a href="/none">none</a></p><a href="/top" class="pagination">top</a>
<nav class="page-nav"><span><a href="/4">4</a><?pi x?></span></nav></body></html>"""


def _all_pages(tmp_path: Path) -> list[str]:
    from baochi.crawler.sample_site import generate_site
    from baochi.crawler.sample_site.unseen import VARIANTS, generate_unseen

    generate_site(tmp_path / "sample", n_articles=40)
    folders = [tmp_path / "sample"]
    for variant in VARIANTS:
        generate_unseen(tmp_path / variant, variant)
        folders.append(tmp_path / variant)
    files = [f for folder in folders for f in folder.rglob("*") if f.suffix in (".html", ".htm")]
    return [LINKS_PAGE] + [f.read_text("utf-8") for f in sorted(files)]


def test_pagination_links_in_one_walk_are_what_the_class_queries_find(tmp_path: Path) -> None:
    from baochi.crawler.discovery import PAGINATION_CLASSES, PAGINATION_QUERIES

    pages = _all_pages(tmp_path)
    assert len(pages) > 100
    with_links = 0
    for text in pages:
        sel = Selector(text=text)
        expected = [query.css(sel, css) for css in PAGINATION_QUERIES]
        assert query.links_under_classes(sel, PAGINATION_CLASSES) == expected
        with_links += any(expected)
    assert with_links > 20  # the generated listings have pagination to compare
    first = query.links_under_classes(Selector(text=LINKS_PAGE), PAGINATION_CLASSES)
    hrefs = [[a.get("href") for a in links] for links in first]
    # case folded; an `a` inside an `a` is closed by the HTML parser, so the "paging-next" link holds none
    assert hrefs[:3] == [["/1", "/2", "/x", "/in"], [], ["/2", "/x", "/in", "/tr"]]
    assert hrefs[3:] == [["/3"], ["/4"]]
