"""Shared pieces of the benchmarks: result rows, a synthetic corpus, printing.

Timings on shared 2-core machines are noisy, so each benchmark measures its own baseline in
the same run and reports the ratio; the absolute figures are for orientation only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def row(figure: str, ours: float, baseline: float | None, unit: str, target: str,
        ratio: float | None = None) -> Row:
    if ratio is None and baseline:
        ratio = ours / baseline
    return {"figure": figure, "ours": ours, "baseline": baseline, "unit": unit,
            "ratio": ratio, "target": target}


def timed(func: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = func()
    return time.perf_counter() - start, value


def sample_articles(seed: int = 20200709) -> list[dict[str, Any]]:
    """The sample site's articles (title, lead, body, dates): realistic provincial press text."""
    import tempfile

    from baochi.crawler.sample_site import generate_site

    with tempfile.TemporaryDirectory() as tmp:
        manifest = json.loads(generate_site(Path(tmp), seed=seed).read_text("utf-8"))
    return manifest["articles"]


def staging_records(n: int, *, short: bool = False, seed: int = 1) -> Iterator[dict[str, Any]]:
    """`n` staging records built from the sample corpus with fresh ids (bodies ~2.5 KB, or
    titles only when `short`)."""
    from baochi.crawler.extract.article import content_hash

    articles = sample_articles()
    rng = random.Random(seed)
    fetched = datetime(2026, 1, 1, tzinfo=UTC)
    for number in range(n):
        base = articles[rng.randrange(len(articles))]
        title = base["title"]
        # Short records (title only) let memory benchmarks reach 100k articles in minutes.
        lead, body = ("", "") if short else (base["lead"], base["body"])
        yield {
            "source_id": "baothanhhoa", "source_article_id": str(1_000_000 + number),
            "url": f"http://127.0.0.1/{base['slug']}-{1_000_000 + number}.htm",
            "canonical_url": None, "title": title, "lead": lead, "lead_raw": lead, "body": body,
            "author": base["author"], "category": base["category_name"],
            "category_slug": base["category"], "published_at": base["published_at"],
            "body_status": "ok", "captions": base["captions"],
            "extraction": {"title": "selector:h1.detail-title"},
            "content_hash": content_hash(title, lead, body),
            "run_id": "bench", "http_status": 200,
            "fetched_at": (fetched + timedelta(seconds=number)).isoformat(),
        }


def write_staging(folder: Path, n: int, *, short: bool = False, per_file: int = 500) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    handle = None
    for number, record in enumerate(staging_records(n, short=short)):
        if number % per_file == 0:
            if handle:
                handle.close()
            files.append(folder / f"bench-{len(files) + 1:04d}.jsonl.gz")
            handle = gzip.open(files[-1], "wt", encoding="utf-8", compresslevel=1)  # noqa: SIM115
        assert handle is not None
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return files


def format_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def print_rows(rows: list[Row]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("figure", "ours", "baseline", "unit", "ratio", "target")
    for item in rows:
        table.add_row(item["figure"], format_value(item["ours"]), format_value(item["baseline"]),
                      item["unit"], format_value(item["ratio"]), item["target"])
    Console(width=160).print(table)


def main_for(run: Callable[..., list[Row]], description: str) -> None:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--size", type=int, default=None, help="problem size (default: the benchmark's own)")
    parser.add_argument("--json", action="store_true", help="print rows as JSON lines")
    args = parser.parse_args()
    rows = run(args.size)
    if args.json:
        for item in rows:
            print(json.dumps(item, ensure_ascii=False))
    else:
        print_rows(rows)
