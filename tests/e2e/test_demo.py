"""`baochi demo` as a user runs it, checked against the sample site's ground-truth manifest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

# Limits of the current NLP on the generated corpus, measured on exact spans (see README,
# "What the demo did"). A change that makes extraction worse fails here.
FLOORS = {
    "campaign_mentions": (0.95, 0.85),  # (precision, recall)
    "organisation_mentions": (0.95, 0.95),
    "date_mentions": (0.95, 0.95),
}


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    data = tmp_path_factory.mktemp("demo")
    db = data / "baochi.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "baochi.pipeline", "demo", "--db", str(db), "--quiet"],
        capture_output=True, text=True, cwd=REPO, timeout=600,
    )
    assert done.returncode == 0, (done.stdout[-3000:], done.stderr[-3000:])
    return db, done


@pytest.fixture(scope="module")
def demo_manifest(demo_run) -> dict:
    db, _ = demo_run
    return json.loads((db.parent / "sample_site" / "manifest.json").read_text("utf-8"))


def query(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_every_article_once_with_the_manifest_fields(demo_run, demo_manifest) -> None:
    db, _ = demo_run
    rows = query(db, "SELECT source_article_id, title, lead, body, author, category,"
                     " strftime(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh', '%Y-%m-%dT%H:%M:%S') FROM articles")
    expected = {a["id"]: a for a in demo_manifest["articles"]}
    assert len(rows) == len({r[0] for r in rows}) == len(expected)
    for article_id, title, lead, body, author, category, published in rows:
        article = expected[article_id]
        assert (title, lead, body, author, category) == (
            article["title"], article["lead"], article["body"], article["author"], article["category_name"])
        assert published == article["published_at"][:19]


def test_nothing_from_the_disallowed_path(demo_run, demo_manifest) -> None:
    db, _ = demo_run
    forbidden = {d["id"] for d in demo_manifest["disallowed"]}
    loaded = {r[0] for r in query(db, "SELECT source_article_id FROM articles")}
    assert forbidden and not forbidden & loaded


def _spans(demo_manifest: dict, kind: str) -> set[tuple]:
    return {
        (f"baothanhhoa:{a['id']}", m["field"], m["start"], m["end"])
        for a in demo_manifest["articles"] for m in a["mentions"][kind]
    }


@pytest.mark.parametrize("table, kind", [
    ("campaign_mentions", "campaigns"), ("organisation_mentions", "organisations"),
    ("date_mentions", "dates"),
])
def test_mentions_match_the_manifest_within_the_stated_limits(demo_run, demo_manifest, table, kind) -> None:
    db, _ = demo_run
    found = set(query(db, f"SELECT article_id, field, char_start, char_end FROM {table}"))
    truth = _spans(demo_manifest, kind)
    hits = len(found & truth)
    precision, recall = hits / max(len(found), 1), hits / max(len(truth), 1)
    floor_p, floor_r = FLOORS[table]
    assert precision >= floor_p and recall >= floor_r, (table, round(precision, 3), round(recall, 3))


def test_campaign_ids_are_canonical(demo_run, demo_manifest) -> None:
    """Spelling variants of one campaign in the corpus land on one campaign_id."""
    from baochi.nlp.normalise import slug

    db, _ = demo_run
    by_span = {
        (f"baothanhhoa:{a['id']}", m["field"], m["start"]): slug(m["name"])
        for a in demo_manifest["articles"] for m in a["mentions"]["campaigns"]
    }
    rows = query(db, "SELECT article_id, field, char_start, campaign_id FROM campaign_mentions")
    matched = [(by_span[(a, f, s)], cid) for a, f, s, cid in rows if (a, f, s) in by_span]
    agree = sum(expected == got for expected, got in matched)
    assert matched and agree / len(matched) >= 0.9


def test_dates_resolve_to_the_manifest_values(demo_run, demo_manifest) -> None:
    db, _ = demo_run
    truth = {
        (f"baothanhhoa:{a['id']}", m["field"], m["start"], m["end"]): (m["date_start"], m["date_end"])
        for a in demo_manifest["articles"] for m in a["mentions"]["dates"]
    }
    rows = query(db, "SELECT article_id, field, char_start, char_end, CAST(date_start AS VARCHAR),"
                     " CAST(date_end AS VARCHAR) FROM date_mentions")
    matched = [(truth[r[:4]], r[4:]) for r in rows if r[:4] in truth]
    agree = sum(expected == tuple(got) for expected, got in matched)
    assert matched and agree / len(matched) >= 0.95


def test_summary_and_trend_table_are_printed(demo_run) -> None:
    db, done = demo_run
    assert str(db) in done.stdout
    assert "campaigns:" in done.stdout and "C1 = " in done.stdout


def test_second_demo_fetches_no_known_article(demo_run) -> None:
    db, _ = demo_run
    done = subprocess.run(
        [sys.executable, "-m", "baochi.pipeline", "demo", "--db", str(db), "--quiet"],
        capture_output=True, text=True, cwd=REPO, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "0 articles staged" in done.stderr
    assert query(db, "SELECT count(*) FROM articles")[0][0] == query(
        db, "SELECT count(DISTINCT source_article_id) FROM articles")[0][0]


def test_runs_are_recorded(demo_run) -> None:
    db, _ = demo_run
    stages = {r[0] for r in query(db, "SELECT stage FROM runs WHERE status = 'ok'")}
    assert {"demo", "crawl", "load", "process"} <= stages


def test_the_demo_crawl_records_its_extraction_health(demo_run) -> None:
    """Like the nightly's crawls, the demo's crawl row carries the field shares and layer mix
    the report's health table reads."""
    db, _ = demo_run
    # the first demo's crawl (a second demo, run by another test, stages nothing to judge)
    [(health,)] = query(db, "SELECT counts->'extraction_health' FROM runs WHERE stage = 'crawl'"
                            " ORDER BY started_at LIMIT 1")
    paper = json.loads(health)["baothanhhoa"]
    assert paper["articles"] > 0 and paper["fields"]["body"] >= 0.95
    assert abs(sum(paper["layers"]["body"].values()) - 1.0) < 0.01
    report = (db.parent / "reports" / "baochi-report.html").read_text("utf-8")
    assert "Extraction health" in report and "No crawl with extraction health" not in report
