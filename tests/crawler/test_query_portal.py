"""A portal addressed by query string (`chi-tiet.aspx?id=1020`), probed and then crawled from a
registry file of the user's own (`BAOCHI_REGISTRY`), as an operator adds such a paper."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from baochi.crawler.probe import url_shape
from baochi.crawler.sources import generic_source, parse_registry

from tests.conftest import REPO
from tests.crawler.helpers import crawl_cli, probed_registry, staged_records
from tests.crawler.query_site import CATEGORIES, IDS, QuerySite, title_of


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    out = tmp_path_factory.mktemp("portal")
    with QuerySite() as site:
        block, env = probed_registry(site.base_url, "portal", out)
        first, summary = crawl_cli("portal", site.base_url, out / "data", env=env)
        staged = staged_records(out / "data")
        again, summary_again = crawl_cli("portal", site.base_url, out / "data", env=env)
        listed = subprocess.run([sys.executable, "-m", "baochi.pipeline", "sources", "list"], capture_output=True,
                                text=True, cwd=REPO, timeout=120, env={**os.environ, **env, "COLUMNS": "250"})
    return block, (first, summary, staged), (again, summary_again), listed


def test_the_probe_proposes_the_query_shape_and_the_listings_with_their_queries(portal) -> None:
    block = portal[0]
    source = parse_registry(block)["portal"]
    assert source.article_id("/tin-tuc/chi-tiet.aspx", "id=1020") == "1020"
    assert source.article_id("/tin-tuc/chi-tiet.aspx", "lang=vi&id=1041") == "1041"
    assert source.article_id("/tin-tuc/danh-sach.aspx", "cat=1") is None
    assert "'/tin-tuc/danh-sach.aspx?cat=1', '/tin-tuc/danh-sach.aspx?cat=2'" in block


def test_every_article_is_crawled_from_a_registry_of_ones_own(portal) -> None:
    done, summary, staged = portal[1]
    assert done.returncode == 0, done.stderr[-3000:]
    every = sorted(str(i) for ids in IDS.values() for i in ids)
    assert sorted(r["source_article_id"] for r in staged) == every
    assert summary["articles_staged"] == len(every) and summary["failures"] == 0
    for record in staged:
        article_id = int(record["source_article_id"])
        assert record["url"].endswith(f"/tin-tuc/chi-tiet.aspx?id={article_id}")
        assert record["title"] == title_of(article_id) and record["author"] == "Minh Hoàng"
        assert record["category"] == next(CATEGORIES[c] for c, ids in IDS.items() if article_id in ids)
        assert record["published_at"] == f"2026-11-{1 + article_id % 28:02d}T08:30:00+07:00"


def test_a_second_crawl_stages_nothing_again(portal) -> None:
    done, summary = portal[2]
    assert done.returncode == 0, done.stderr[-3000:]
    assert summary["articles_staged"] == 0


def test_the_registry_of_ones_own_adds_to_the_packaged_one(portal) -> None:
    listed = portal[3]
    assert listed.returncode == 0, listed.stderr
    assert "portal" in listed.stdout and "baothanhhoa" in listed.stdout


@pytest.mark.parametrize(("path", "query", "article_id"), [
    ("/tin-tuc/chi-tiet.aspx", "id=1234", "1234"),
    ("/Pages/TinTuc/ChiTiet.aspx", "ItemID=5678&cat=2", "5678"),
    ("/news/NewsDetail.aspx", "newsid=90", "90"),
    ("/index.php", "option=com_content&view=article&id=123:hoi-nghi&catid=4", "123"),
    ("/", "p=321", "321"),
    ("/index.php", "option=com_content&view=category&id=12", None),
    ("/tin-tuc/danh-sach.aspx", "cat=5&page=2", None),
    ("/tin-tuc.aspx", "id=5", None),
    ("/tin-tuc/hoi-nghi-tong-ket-123456.htm", "utm_source=zalo", "123456"),
])
def test_the_generic_profile_reads_ids_from_query_strings(path: str, query: str, article_id: str | None) -> None:
    assert generic_source("https://tinhx.example.vn/").article_id(path, query) == article_id


def test_query_shapes() -> None:
    shape = url_shape("/Pages/TinTuc/ChiTiet.aspx", "ItemID=5678&cat=2")
    assert shape == r"^/Pages/TinTuc/ChiTiet\.aspx\?(?:[^#]*&)?ItemID=(?P<id>\d+)(?:[:&]|$)"
    joomla = url_shape("/index.php", "option=com_content&view=article&id=123:hoi-nghi")
    source = parse_registry(f"[x]\nname = 'X'\nprovince = ''\nbase_url = 'https://x.vn'\n"
                            f"article_patterns = ['{joomla}']\n[x.discovery]\n[x.selectors]\ntitle = []\nlead = []\nbody = []\n")["x"]
    assert source.article_id("/index.php", "option=com_content&id=9:bai&view=article") == "9"
    assert source.article_id("/index.php", "option=com_content&view=category&id=9") is None
