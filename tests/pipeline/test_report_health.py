"""The report's "Extraction health" table: per paper, the latest crawl's share of articles with
each field and the layer mix, and markup drift flagged as the nightly judged it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.pipeline.analytics_support import tiny_warehouse

FIELDS = ("title", "lead", "body", "author", "category", "published_at")


def _health(articles: int, body_layers: dict[str, float], author: float = 0.5) -> dict:
    fields = {name: 1.0 for name in FIELDS} | {"author": author, "body": sum(body_layers.values())}
    layers = {name: {"selector": 1.0} for name in FIELDS} | {"author": {"generic": author}, "body": body_layers}
    return {"articles": articles, "fields": fields, "layers": layers}


@pytest.fixture
def warehouse(tmp_path: Path):
    from baochi.pipeline.warehouse.connect import connect

    db = tiny_warehouse(tmp_path / "baochi.duckdb")
    con = connect(db)
    start = datetime(2025, 3, 1, 1, 0, tzinfo=UTC)
    crawls = [  # (source, day, status, health of that source in the crawl)
        *[("paper", day, "ok", _health(40, {"selector": 0.95, "fallback": 0.05})) for day in range(4)],
        ("paper", 4, "failed", _health(30, {"generic": 0.9, "selector": 0.1})),  # the redesign
        ("paper", 5, "ok", None),  # nothing new: no health, not the latest judged
        ("other", 3, "ok", _health(20, {"selector": 1.0})),
        ("other", 4, "ok", _health(22, {"selector": 1.0}, author=0.8)),
    ]
    for number, (source, day, status, health) in enumerate(crawls):
        counts = {"fetched": 10, "extraction_health": {source: health} if health else {}}
        con.execute("INSERT INTO runs VALUES (?, NULL, 'crawl', ?, ?, ?, ?, ?, NULL)",
                    [f"c{number}", source, start + timedelta(days=day), start + timedelta(days=day, hours=1),
                     status, json.dumps(counts)])
    con.execute("INSERT INTO runs VALUES ('e', NULL, 'crawl', 'paper', ?, NULL, 'error', NULL, 'boom')",
                [start + timedelta(days=6)])
    yield con
    con.close()


def _rows(page: Path) -> dict[str, lxml_html.HtmlElement]:
    tree = lxml_html.fromstring(page.read_text("utf-8"))
    heading = tree.xpath('//h2[@id="health"]')
    assert heading, "the report has an Extraction health section"
    headers = [th.text_content() for th in tree.xpath('//table[@id="health-table"]//th')]
    assert headers == ["Paper", "Crawled", "Articles", "title", "lead", "body", "author", "category",
                       "published at", "Markup drift"]
    return {tr.xpath("td")[0].text_content(): tr for tr in tree.xpath('//table[@id="health-table"]/tbody/tr')}


def test_health_table_shows_shares_layers_and_drift(warehouse, tmp_path: Path) -> None:
    from baochi.pipeline.report import write_report

    rows = _rows(write_report(warehouse, tmp_path / "reports"))
    assert sorted(rows) == ["other", "paper"]
    paper = [td.text_content() for td in rows["paper"].xpath("td")]
    assert paper[1] == "2025-03-05" and paper[2] == "30"  # the latest crawl that staged articles
    assert paper[5] == "100%generic 90% · selector 10%"  # body: its share, then the layer mix
    assert paper[6] == "50%generic 50%"
    assert rows["paper"].get("class") == "drift"
    assert "markup drift: body from selector 95% → 10%" in paper[-1]
    other = [td.text_content() for td in rows["other"].xpath("td")]
    assert other[2] == "22" and other[6] == "80%generic 80%" and other[-1] == "none"
    assert rows["other"].get("class") is None


def test_health_follows_the_paper_filter_and_says_when_nothing_is_recorded(warehouse, tmp_path: Path) -> None:
    from baochi.pipeline.report import write_report
    from baochi.pipeline.report.data import Filters

    rows = _rows(write_report(warehouse, tmp_path / "one", filters=Filters(sources=("other",))))
    assert list(rows) == ["other"]
    warehouse.execute("DELETE FROM runs")
    page = write_report(warehouse, tmp_path / "none").read_text("utf-8")
    assert "No crawl with extraction health recorded yet" in page
