"""A site in WordPress's shapes, whose articles have dated permalinks with a slug and no number:
probed, then crawled from a registry file of the user's own, as an operator adds such a paper."""

from __future__ import annotations

import duckdb
import pytest
from baochi.crawler.probe import url_shape
from baochi.crawler.sources import generic_source, parse_registry

from tests.crawler.helpers import (
    assert_accounted,
    crawl_cli,
    probed_registry,
    run_cli,
    staged_records,
)
from tests.crawler.wordpress_site import ARTICLES, CATEGORIES, WordPressSite, path_of, title_of


@pytest.fixture(scope="module")
def wordpress(tmp_path_factory):
    out = tmp_path_factory.mktemp("wordpress")
    with WordPressSite() as site:
        block, env = probed_registry(site.base_url, "wpsite", out)
        first, summary = crawl_cli("wpsite", site.base_url, out / "data", env=env)
        staged = staged_records(out / "data")
        loaded = run_cli("load", "--db", str(out / "data" / "baochi.duckdb"), "--quiet", env=env)
        again, summary_again = crawl_cli("wpsite", site.base_url, out / "data", env=env)
        requested = list(site.requested)
        raw = sorted(p.name for p in (out / "data").rglob("*.html.gz"))
    with duckdb.connect(str(out / "data" / "baochi.duckdb"), read_only=True) as con:
        warehouse = con.execute("SELECT source_article_id FROM articles WHERE source_id = 'wpsite'").fetchall()
    return block, (first, summary, staged), (again, summary_again), requested, raw, (loaded, warehouse)


def test_the_probe_proposes_the_dated_slug_as_the_id(wordpress) -> None:
    source = parse_registry(wordpress[0])["wpsite"]
    slug, day = ARTICLES["thoi-su"][3]
    assert source.article_id(path_of(slug, day)) == slug
    assert source.article_id(path_of(slug, day).rstrip("/")) == slug
    for listing in ("/2026/11/", "/2026/11/05/", "/chuyen-muc/thoi-su/page/2/", "/tag/thi-dua/", "/"):
        assert source.article_id(listing) is None, listing


def test_every_article_is_crawled_with_its_slug_as_its_id(wordpress) -> None:
    done, summary, staged = wordpress[1]
    assert done.returncode == 0, done.stderr[-3000:]
    every = {slug: (cat, day) for cat, items in ARTICLES.items() for slug, day in items}
    assert sorted(r["source_article_id"] for r in staged) == sorted(every)
    assert summary["articles_staged"] == len(every) and summary["failures"] == 0
    assert_accounted(summary)
    for record in staged:
        cat, day = every[record["source_article_id"]]
        assert record["url"].endswith(path_of(record["source_article_id"], day))
        assert record["title"] == title_of(record["source_article_id"]) and record["author"] == "Thu Trang"
        assert record["category"] == CATEGORIES[cat]
        assert record["published_at"] == f"2026-11-{day:02d}T09:15:00+07:00"
        assert record["body"].count("\n\n") == 2 and "Trả lời" not in record["body"]


def test_the_raw_pages_are_named_by_their_slugs(wordpress) -> None:
    assert sorted(wordpress[4]) == sorted(f"{slug}.html.gz" for items in ARTICLES.values() for slug, _ in items)


def test_slug_ids_load_into_the_warehouse(wordpress) -> None:
    loaded, warehouse = wordpress[5]
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert sorted(i for (i,) in warehouse) == sorted(slug for items in ARTICLES.values() for slug, _ in items)


def test_a_second_crawl_stages_nothing_and_date_archives_are_no_articles(wordpress) -> None:
    done, summary = wordpress[2]
    assert done.returncode == 0, done.stderr[-3000:]
    assert summary["articles_staged"] == 0
    assert not any(p.startswith("/wp-admin") for p in wordpress[3])


@pytest.mark.parametrize(("path", "article_id"), [
    ("/2026/11/05/hoi-nghi-tong-ket-phong-trao/", "hoi-nghi-tong-ket-phong-trao"),
    ("/2026/11/hoi-nghi-tong-ket-phong-trao/", "hoi-nghi-tong-ket-phong-trao"),
    ("/tin-tuc/2026/11/05/hoi-nghi-tong-ket-phong-trao", "hoi-nghi-tong-ket-phong-trao"),
    ("/2026/11/05/hoi-nghi-tong-ket-phong-trao.html", "hoi-nghi-tong-ket-phong-trao"),
    ("/2026/11/05/", None),
    ("/2026/11/page/2/", None),
    ("/2026/11/05/tin-moi/", None),  # two words: a section's name, not a post's
    ("/chuyen-muc/thoi-su/", None),
])
def test_the_generic_profile_reads_dated_slugs(path: str, article_id: str | None) -> None:
    assert generic_source("https://huyenx.example.vn/").article_id(path) == article_id


def test_dated_slug_shapes() -> None:
    assert url_shape("/2026/11/05/hoi-nghi-tong-ket-phong-trao/") == \
        r"^/(?:19|20)\d{2}/[01]?\d/[0-3]?\d/(?P<id>[a-z0-9]+(?:-[a-z0-9]+){2,})/?$"
    assert url_shape("/tin/2026/11/hoi-nghi-tong-ket.html") == \
        r"^/[a-z0-9-]+/(?:19|20)\d{2}/[01]?\d/(?P<id>[a-z0-9]+(?:-[a-z0-9]+){2,})\.html$"
    assert url_shape("/gioi-thieu/lich-su-hinh-thanh-huyen/") is None  # a slug without a date: no shape


def test_a_category_marked_on_the_post_is_read_and_a_sidebars_are_not() -> None:
    from baochi.crawler.extract.article import parse_article

    post = ("<article class='post'><h1 class='entry-title'>Hội nghị tổng kết phong trào thi đua năm 2026</h1>"
            "<div class='entry-content'>" + "<p>Các đại biểu thảo luận về kết quả phong trào thi đua yêu nước "
            "và những nhiệm vụ trọng tâm trong thời gian tới.</p>" * 3 + "</div>{footer}</article>")
    sidebar = ("<aside class='widget-area'><article class='post'><a href='/x/'>Tin khác</a>"
               "<a href='/chuyen-muc/the-thao/' rel='category tag'>Thể thao</a></article></aside>")
    footer = "<footer class='entry-footer'><a href='/chuyen-muc/thoi-su/' rel='category tag'>Thời sự</a></footer>"
    source = generic_source("https://huyenx.example.vn/")
    url = "https://huyenx.example.vn/2026/11/05/hoi-nghi-tong-ket-phong-trao/"
    marked = parse_article(f"<html><body>{post.format(footer=footer)}{sidebar}</body></html>", url, source)
    assert (marked.category, marked.category_slug) == ("Thời sự", "thoi-su")
    assert marked.extraction["category"] == "generic:a[rel~=category]"
    unmarked = parse_article(f"<html><body>{post.format(footer='')}{sidebar}</body></html>", url, source)
    assert unmarked.category is None
