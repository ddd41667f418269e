"""Báo Thanh Hóa-shaped sites in markup the registry does not describe, crawled as
`baochi crawl baothanhhoa` would crawl them: discovery must read the site (menus, sitemap
indexes, pagination windows) and fields must come from ranked evidence."""

from __future__ import annotations

import json

import pytest
from baochi.crawler.sample_site import serve
from baochi.crawler.sample_site.unseen import VARIANTS, generate_unseen

from tests.crawler.helpers import crawl_cli, staged_records

FIELDS = ("title", "lead", "body", "author", "category", "published_at", "captions")


def field_checks(record: dict, article: dict) -> dict[str, bool]:
    return {
        "title": record["title"] == article["title"],
        "lead": record["lead"] == article["lead"],
        "body": record["body"] == article["body"],
        "author": record["author"] == article["author"],
        "category": record["category"] == article["category_name"],
        "published_at": record["published_at"] == article["published_at"],
        "captions": record["captions"] == article["captions"],
    }


@pytest.fixture(scope="module", params=VARIANTS)
def crawled(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"unseen-{request.param}")
    manifest = json.loads(generate_unseen(out, request.param).read_text("utf-8"))
    data = out / "data"
    with serve(out / "site") as site:
        done, summary = crawl_cli("baothanhhoa", site.base_url, data)
        requested = list(site.requested)
    assert done.returncode == 0, done.stderr[-3000:]
    return manifest, summary, staged_records(data), requested


@pytest.mark.slow
def test_every_article_is_found(crawled) -> None:
    manifest, summary, records, _ = crawled
    ids = [r["source_article_id"] for r in records]
    assert len(ids) == len(set(ids))
    assert set(ids) == {a["id"] for a in manifest["articles"]}
    # some articles are linked only from listing pages 3 and 4
    assert set(manifest["listed_only"]) <= set(ids) and len(manifest["listed_only"]) > 20


@pytest.mark.slow
def test_fields_are_right(crawled) -> None:
    manifest, _, records, _ = crawled
    expected = {a["id"]: a for a in manifest["articles"]}
    right = total = 0
    wrong: dict[str, int] = {}
    for record in records:
        for name, ok in field_checks(record, expected[record["source_article_id"]]).items():
            total += 1
            right += ok
            if not ok:
                wrong[name] = wrong.get(name, 0) + 1
    assert right / total >= 0.95, wrong
    for record in records:
        article = expected[record["source_article_id"]]
        assert record["body_status"] == ("ok" if article["body"] else "missing")
        if record["published_at"]:
            assert record["published_precision"] in ("minute", "second")


@pytest.mark.slow
def test_robots_txt_obeyed_and_no_guessed_listings(crawled) -> None:
    manifest, summary, _, requested = crawled
    for path in requested:
        assert not any(path.startswith(prefix) for prefix in manifest["disallowed"]), path
    # the registry's `/{category}` listings are hints: the menus linked every section
    assert summary.get("listing_failed", 0) == 0, summary
