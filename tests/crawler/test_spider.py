"""The spider against the generated sample site on loopback, run as a user runs it."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.crawler.helpers import staged_records


@pytest.fixture(scope="module")
def crawled(sample_site, tmp_path_factory) -> tuple[Path, dict, list[dict]]:
    data = tmp_path_factory.mktemp("crawl")
    done = subprocess.run(
        [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url",
         sample_site.base_url, "--no-throttle", "--db", str(data / "baochi.duckdb")],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return data, json.loads(done.stdout), staged_records(data)


def test_every_article_is_staged_once(crawled, manifest) -> None:
    _, summary, records = crawled
    ids = [r["source_article_id"] for r in records]
    assert len(ids) == len(set(ids)), "an article was staged twice (both URL shapes?)"
    assert set(ids) == {a["id"] for a in manifest["articles"]}
    assert summary["articles_staged"] == len(manifest["articles"])
    assert summary["articles_failed"] == 0


def test_fields_equal_the_manifest(crawled, manifest) -> None:
    _, _, records = crawled
    expected = {a["id"]: a for a in manifest["articles"]}
    for record in records:
        article = expected[record["source_article_id"]]
        assert record["title"] == article["title"]
        assert record["lead"] == article["lead"], "lead prefix must be stripped"
        assert record["body"] == article["body"], "captions, byline, related boxes stay out of the body"
        assert record["author"] == article["author"]
        assert record["category"] == article["category_name"]
        assert record["category_slug"] == article["category"]
        assert record["published_at"] == article["published_at"]
        assert record["body_status"] == "ok"


def test_nothing_from_the_disallowed_path(crawled, manifest) -> None:
    _, summary, records = crawled
    forbidden = {d["id"] for d in manifest["disallowed"]}
    assert forbidden and not forbidden & {r["source_article_id"] for r in records}
    assert summary["robots_forbidden"] >= 1
    assert all("/noi-bo/" not in r["url"] for r in records)


def test_raw_html_is_kept_compressed(crawled, manifest) -> None:
    data, _, records = crawled
    some = manifest["articles"][0]["id"]
    raw = data / "raw" / "baothanhhoa" / f"{some}.html.gz"
    assert some in gzip.decompress(raw.read_bytes()).decode("utf-8")
    # one raw page per staged article, nothing half-written (the worker writes a part file)
    assert sorted(p.name for p in raw.parent.iterdir()) == sorted(f"{r['source_article_id']}.html.gz" for r in records)


def test_scrapy_crawl_command_works_too(sample_site, tmp_path) -> None:
    env = {**os.environ, "BAOCHI_DATA_DIR": str(tmp_path), "BAOCHI_SCRAPY_LOG_LEVEL": "WARNING"}
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "baothanhhoa", "-a", f"base_url={sample_site.base_url}",
         "-a", "max_articles=5", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(staged_records(tmp_path)) == 5


def test_control_ports_are_off() -> None:
    from baochi.crawler import settings

    assert settings.TELNETCONSOLE_ENABLED is False
    assert settings.REMOTE_CONTROL_ENABLED is False
    assert settings.ROBOTSTXT_OBEY is True
    assert "baochi" in settings.USER_AGENT
