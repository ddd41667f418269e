"""Crawl: our spider (discovery, dedupe, extraction, decoding, staging) versus a bare Scrapy
spider that follows the same kinds of links and yields only each response's length, both on the
local sample site with throttling off, same run. Target: ours ≥ 0.6 of the bare rate.

Each crawl runs in its own subprocess (Twisted's reactor cannot restart); pages per second come
from each crawl's own Scrapy stats (responses received / elapsed), so interpreter start-up is
not counted on either side.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/bench_crawl.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Row, main_for, row

DEFAULT_SIZE = 600
REPO = Path(__file__).resolve().parents[1]


def _child_ours(base_url: str, data: str) -> dict:
    from baochi.crawler.run import crawl

    result = crawl("baothanhhoa", Path(data), base_url=base_url, throttle=False)
    stats = result.stats
    return {"responses": stats.get("response_received_count", 0),
            "elapsed": stats.get("elapsed_time_seconds", 0.0), "staged": result.staged}


def _child_baseline(base_url: str, data: str) -> dict:

    import scrapy
    from baochi.crawler.run import crawl_settings
    from baochi.crawler.sources import get_source
    from scrapy.crawler import CrawlerProcess

    source = get_source("baothanhhoa")
    patterns = source.article_patterns
    disc = source.discovery

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self):
            for path in ["/", *disc.listing_urls(), *disc.feed_urls()]:
                yield scrapy.Request(base_url + path, callback=self.parse_listing)

        def parse_listing(self, response):
            yield {"length": len(response.body)}
            if not hasattr(response, "css"):
                return
            for href in response.css("a::attr(href)").getall() + response.xpath("//item/link/text()").getall():
                url = response.urljoin(href)
                path = url[len(base_url):] if url.startswith(base_url) else ""
                if any(p.match(path) for p in patterns) and not source.denied(path):
                    yield scrapy.Request(url, callback=self.parse_article)
            for href in response.css("a[rel=next]::attr(href)").getall():
                yield scrapy.Request(response.urljoin(href), callback=self.parse_listing)

        def parse_article(self, response):
            yield {"length": len(response.body)}

    settings = crawl_settings(Path(data), throttle=False, render=False)
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(Bare)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    return {"responses": stats.get("response_received_count", 0),
            "elapsed": stats.get("elapsed_time_seconds", 0.0)}


def _run_child(kind: str, base_url: str, data: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", kind, base_url, str(data)],
        capture_output=True, text=True, cwd=REPO, timeout=1800,
        env={**os.environ, "BAOCHI_SCRAPY_LOG_LEVEL": "WARNING"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} crawl failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(size: int | None = None) -> list[Row]:
    from baochi.crawler.sample_site import generate_site, serve

    n = size or DEFAULT_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate_site(root / "sample", n_articles=n)
        with serve(root / "sample" / "site") as site:
            baseline = _run_child("baseline", site.base_url, root / "baseline")
            ours = _run_child("ours", site.base_url, root / "ours")
    ours_rate = ours["responses"] / max(ours["elapsed"], 1e-9)
    base_rate = baseline["responses"] / max(baseline["elapsed"], 1e-9)
    return [row(f"crawl: sample site, {n:,} articles ({ours['staged']:,} staged), throttle off",
                ours_rate, base_rate, "pages/s", "≥ 0.6")]


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        kind, base, data_dir = sys.argv[2:]
        result = (_child_ours if kind == "ours" else _child_baseline)(base, data_dir)
        print(json.dumps(result))
    else:
        main_for(run, __doc__ or "")
