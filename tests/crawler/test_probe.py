"""`baochi sources probe URL` against held-out sites on loopback, and `parse-html` on a page of
a paper outside the registry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from baochi.crawler.extract.article import parse_article
from baochi.crawler.probe import url_shape
from baochi.crawler.sample_site import serve
from baochi.crawler.sample_site.unseen import VARIANTS, generate_unseen
from baochi.crawler.sources import parse_registry

from tests.conftest import REPO
from tests.crawler.test_unseen_sites import field_checks


def baochi(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).with_name("baochi")), *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120, env={**os.environ, "COLUMNS": "200"})


@pytest.fixture(scope="module", params=VARIANTS)
def probed(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"probe-{request.param}")
    manifest = json.loads(generate_unseen(out, request.param).read_text("utf-8"))
    with serve(out / "site") as site:
        done = baochi("sources", "probe", site.base_url, "--delay", "0", "--id", "newpaper")
        requested = list(site.requested)
        base_url = site.base_url
    assert done.returncode == 0, done.stderr[-2000:]
    return out, manifest, done.stdout, requested, base_url


def test_block_is_valid_and_reviewable(probed) -> None:
    _, manifest, block, requested, _ = probed
    assert "review every line" in block
    source = parse_registry(block)["newpaper"]
    data = tomllib.loads(block)["newpaper"]
    assert data["selectors"]["body"] and data["selectors"]["title"]
    for article in manifest["articles"]:
        for path in article["paths"].values():
            assert source.article_id(path) == article["id"], path
    assert len(requested) <= 12  # robots.txt, home, a listing, a few articles


def test_probe_obeys_robots_txt(probed) -> None:
    _, manifest, block, requested, _ = probed
    assert requested[0] == "/robots.txt"
    assert not [p for p in requested if any(p.startswith(d) for d in manifest["disallowed"])]
    assert "left out: /luu-tru" in block


def test_probed_block_parses_the_site(probed) -> None:
    out, manifest, block, _, base_url = probed
    source = parse_registry(block)["newpaper"]
    right = total = 0
    for article in manifest["articles"]:
        page = (out / "site" / article["paths"]["new"].lstrip("/")).read_text("utf-8")
        record = parse_article(page.replace("__BASE_URL__", base_url), base_url + article["paths"]["new"],
                               source).to_dict()
        checks = field_checks(record, article)
        right += sum(checks.values())
        total += len(checks)
    assert right / total >= 0.95


def test_url_shapes() -> None:
    assert url_shape("/thoi-su/some-slug/123456.htm") == r"^/[a-z0-9-]+/[a-z0-9-]+/(?P<id>\d{5,})\.htm$"
    assert url_shape("/some-slug-post12345.html") == r"^/[a-z0-9-]+-post(?P<id>\d+)\.html$"
    assert url_shape("/thoi-su.htm") is None


def test_parse_html_outside_the_registry(tmp_path) -> None:
    generate_unseen(tmp_path, "b", n_articles=6)
    manifest = json.loads((tmp_path / "manifest.json").read_text("utf-8"))
    article = manifest["articles"][1]
    page = tmp_path / "site" / article["paths"]["new"].lstrip("/")
    done = baochi("parse-html", str(page), "--url", "https://www.baomoi-tinh.vn" + article["paths"]["new"])
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source_id"] == "generic_baomoi_tinh_vn"
    assert record["source_article_id"] == article["id"]
    assert record["author"] == article["author"] and record["author"] != "Báo Thanh Hóa"
    assert record["category"] == article["category_name"] and record["body"] == article["body"]


@pytest.mark.parametrize(("name", "content", "says"), [
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x01\x02", "no HTML page (not_html)"),
    ("empty.html", b"", "no HTML page (empty_page)"),
    ("cut.html.gz", b"\x1f\x8b\x08\x00cut short", "cannot unpack"),
    ("bomb.html.gz", None, "cannot unpack"),  # 1 GiB of spaces in about 1 MiB: stops at the page cap
])
def test_parse_html_says_what_is_wrong_with_a_file_that_is_no_page(tmp_path, name, content, says) -> None:
    from tests.crawler.hostile_server import GIB, gzip_bomb

    path = tmp_path / name
    path.write_bytes(gzip_bomb(GIB) if content is None else content)
    done = baochi("parse-html", str(path), "--url", "https://baothanhhoa.vn/x-1.htm")
    assert done.returncode == 2, done.stderr[-2000:]
    assert says in done.stderr and "Traceback" not in done.stderr


def test_the_probe_skips_a_page_whose_answer_is_broken() -> None:
    """A header section that does not end (http.client gives up after 100 headers) or a body
    cut short is a page the probe could not read, not a traceback."""
    from baochi.crawler.probe import PoliteFetcher

    from tests.crawler.hostile_server import HostileServer, article_path

    with HostileServer() as site:
        fetcher = PoliteFetcher(site.base_url, delay=0)
        assert fetcher.get(site.base_url + article_path("200019")) is None
        assert fetcher.get(site.base_url + article_path("200014")) is not None
