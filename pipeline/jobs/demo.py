"""`baochi demo`: the whole job once, on the embedded sample site, in under three minutes.

Generate the sample site, serve it on a free loopback port, crawl it with the real spider
(no throttling: it is our own local site), load, analyse with both cores, print a summary.
"""

from __future__ import annotations

import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from baochi.pipeline.jobs.runs import finish_run, start_run
from baochi.pipeline.jobs.stages import (
    open_warehouse,
    record_crawl,
    run_crawl,
    run_load,
    run_process,
)
from baochi.pipeline.paths import DataPaths
from baochi.pipeline.progress import progress_bar
from baochi.pipeline.report.build import demo_report
from baochi.pipeline.warehouse.trends import trend_table
from rich.console import Console
from rich.table import Table

DEMO_SOURCE = "baothanhhoa"


def summary_counts(con) -> dict[str, int]:
    queries = {
        "articles": "SELECT count(*) FROM articles",
        "articles_with_body": "SELECT count(*) FROM articles WHERE body_status = 'ok'",
        "campaigns": "SELECT count(DISTINCT campaign_id) FROM campaign_mentions",
        "campaign_mentions": "SELECT count(*) FROM campaign_mentions",
        "organisations": "SELECT count(DISTINCT organisation_id) FROM organisation_mentions",
        "organisation_mentions": "SELECT count(*) FROM organisation_mentions",
        "date_mentions": "SELECT count(*) FROM date_mentions",
        "dates_resolved": "SELECT count(*) FROM date_mentions WHERE date_start IS NOT NULL",
    }
    return {name: int(con.execute(sql).fetchone()[0]) for name, sql in queries.items()}


def monthly_table(con, top: int = 5, months: int = 12) -> tuple[Table, list[tuple[str, str]]]:
    """The last `months` months × the top campaigns, article counts in cells."""
    frame = trend_table(con, "campaigns", "month", top=top)
    legend: list[tuple[str, str]] = []
    table = Table(title=f"Articles mentioning the top {top} campaigns, by month (last {months})")
    table.add_column("month")
    if frame.empty:
        return table, legend
    names = list(dict.fromkeys(frame["campaign_name"]))
    for number, name in enumerate(names, start=1):
        legend.append((f"C{number}", name))
        table.add_column(f"C{number}", justify="right")
    table.add_column("all articles", justify="right")
    periods = sorted(frame["period_start"].unique())[-months:]
    for period in periods:
        rows = frame[frame["period_start"] == period]
        cells = [str(int(rows[rows["campaign_name"] == n]["articles"].sum())) for n in names]
        total = int(rows["articles_in_period"].max()) if len(rows) else 0
        table.add_row(str(period)[:7], *cells, str(total))
    return table, legend


def _command_name() -> str:
    """How the user can call baochi again: plain `baochi` when it is on PATH, else its path."""
    if shutil.which("baochi"):
        return "baochi"
    script = Path(sys.executable).parent / "baochi"
    try:
        return str(script.relative_to(Path.cwd()))
    except ValueError:
        return str(script)


def run_demo(
    paths: DataPaths,
    *,
    port: int = 0,
    seed: int = 20200709,
    n_articles: int = 320,
    workers: int = 2,
    progress: bool = True,
    console: Console,
    out: Console,
) -> int:
    from baochi.crawler.sample_site import generate_site, serve

    began = time.monotonic()
    started_at = datetime.now(tz=UTC)
    console.print(f"[bold]baochi demo[/] — data directory {paths.data_dir}")
    generate_site(paths.sample_site, seed=seed, n_articles=n_articles)
    with serve(paths.sample_site / "site", port=port) as site:
        console.print(f"1/4 sample site ({n_articles} articles) served at {site.base_url}; crawling…")
        crawl = run_crawl(paths, DEMO_SOURCE, base_url=site.base_url, throttle=False)
    console.print(
        f"    crawled: {crawl.counts['articles_staged']} articles staged, "
        f"{crawl.counts['articles_known_skipped']} already known, "
        f"{crawl.counts['articles_failed']} failed, {crawl.counts['requests']} requests"
    )
    con = open_warehouse(paths)
    try:
        demo_run = start_run(con, "demo", started_at=started_at)
        for line in record_crawl(con, crawl, parent_run_id=demo_run):
            console.print(f"[yellow]{line}[/]", highlight=False)
        console.print("2/4 loading staging files into DuckDB…")
        loaded = run_load(con, paths, parent_run_id=demo_run)
        console.print(f"    loaded: {loaded.new} new, {loaded.updated} updated, {loaded.unchanged} unchanged")
        console.print("3/4 analysing articles (campaigns, organisations, dates)…")
        with progress_bar("    analysing", enabled=progress, console=console) as update:
            processed = run_process(con, workers=workers, parent_run_id=demo_run, progress=update)
        console.print(f"    analysed: {processed.analysed} articles, {processed.failed} failed")
        console.print("4/4 summary")
        counts = summary_counts(con)
        table, legend = monthly_table(con)
        failures = crawl.counts.get("articles_failed", 0) + processed.failed
        finish_run(con, demo_run, "failed" if failures else "ok",
                   {**counts, "crawl": crawl.counts, "load": loaded.counts()})
        report_path = demo_report(con, paths.db, paths.reports)  # hook (analytics): snapshot + report
    finally:
        con.close()
    out.print(
        f"Warehouse: {paths.db}\n"
        f"  articles: {counts['articles']} ({counts['articles_with_body']} with body)\n"
        f"  campaigns: {counts['campaigns']} distinct, {counts['campaign_mentions']} mentions\n"
        f"  organisations: {counts['organisations']} distinct, {counts['organisation_mentions']} mentions\n"
        f"  dates: {counts['date_mentions']} mentions, {counts['dates_resolved']} resolved to calendar days",
        highlight=False,
    )
    out.print(table)
    for label, name in legend:
        out.print(f"  {label} = {name}", highlight=False)
    out.print(f"\nReport: {report_path}", highlight=False, soft_wrap=True)  # hook (analytics)
    command = _command_name()
    out.print(
        f"\nQuery it: {command} sql \"SELECT * FROM campaign_timeline ORDER BY articles DESC\" --db {paths.db}\n"
        f"      or: {command} trends campaigns --by month --db {paths.db}\n"
        f"Done in {time.monotonic() - began:.0f} s.",
        highlight=False,
    )
    return 1 if failures else 0
