"""First/last instants of the all-time aggregates (migration 003) under removals.

Counts are additive, first/last instants are not: removing the article that held a key's
first or last instant must bring the next one in. These tests do it on the hand-made tiny
warehouse, where every instant is known, and then in a long random sequence of re-analyses,
re-datings, new and undated articles, each followed by a comparison with a recomputation.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from baochi.pipeline.jobs.process import ArticleResult, ProcessResult, write_results
from baochi.pipeline.warehouse import aggregates
from baochi.pipeline.warehouse.connect import connect

from tests.pipeline.analytics_support import tiny_warehouse, views_differ_from_base

EXACT = {t: 0 for t in aggregates.TABLES}
VIEWS_EXACT = {"campaign_timeline": 0, "campaign_organisations": 0}


def _assert_exact(con: duckdb.DuckDBPyConnection) -> None:
    assert aggregates.differences(con) == EXACT
    assert views_differ_from_base(con) == VIEWS_EXACT
    for table in aggregates.TABLES[1:]:
        assert con.execute(f"SELECT count(*) FROM {table} WHERE articles <= 0").fetchone()[0] == 0, table


def _mentions(article_id: str, campaigns: list[str], organisations: list[str]) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {"campaign_mentions": [], "organisation_mentions": []}
    for n, campaign in enumerate(campaigns):
        rows["campaign_mentions"].append({"article_id": article_id, "nlp_version": "t", "field": "body",
                                          "char_start": 100 * n, "char_end": 100 * n + 5, "campaign_id": campaign,
                                          "surface": campaign, "sentence_index": 0})
    for n, organisation in enumerate(organisations):
        rows["organisation_mentions"].append({"article_id": article_id, "nlp_version": "t", "field": "body",
                                              "char_start": 100 * n + 50, "char_end": 100 * n + 55,
                                              "organisation_id": organisation, "surface": organisation,
                                              "sentence_index": 0})
    return rows


@pytest.fixture
def tiny(tmp_path: Path):
    con = connect(tiny_warehouse(tmp_path / "baochi.duckdb"))
    yield con
    con.close()


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_removing_the_first_article_brings_in_the_next(tiny: duckdb.DuckDBPyConnection) -> None:
    con = tiny
    timeline = "SELECT first_seen_at, last_seen_at, articles, sources FROM campaign_timeline WHERE campaign_id = 'green'"
    assert con.execute(timeline).fetchone() == (_local("2024-01-05 09:00+07:00"), _local("2024-03-10 09:00+07:00"), 4, 1)
    # paper:1 (green's first article, and the only one naming green with the union) loses its mentions
    write_results(con, [ArticleResult("paper:1", "ok", rows={})], "t", ProcessResult())
    assert con.execute(timeline).fetchone() == (_local("2024-01-20 09:00+07:00"), _local("2024-03-10 09:00+07:00"), 3, 1)
    assert con.execute("SELECT campaign_id FROM campaign_organisations").fetchall() == [("roads",)]
    _assert_exact(con)
    # re-analysed again, it finds green and the union: both bounds come back without a recomputation
    write_results(con, [ArticleResult("paper:1", "ok", rows=_mentions("paper:1", ["green"], ["union"]))], "t",
                  ProcessResult())
    assert con.execute(timeline).fetchone() == (_local("2024-01-05 09:00+07:00"), _local("2024-03-10 09:00+07:00"), 4, 1)
    _assert_exact(con)


def test_redating_the_last_article_and_undating_it(tiny: duckdb.DuckDBPyConnection) -> None:
    con = tiny
    timeline = "SELECT first_seen_at, last_seen_at, months_with_coverage FROM campaign_timeline WHERE campaign_id = 'green'"
    # paper:5 (10 March) is green's last dated article; move it to the morning of the same day
    con.execute("UPDATE articles SET published_at = TIMESTAMPTZ '2024-03-10 07:00:00+07' WHERE article_id = 'paper:5'")
    assert aggregates.sync_after_load(con) == 1
    assert con.execute(timeline).fetchone() == (_local("2024-01-05 09:00+07:00"), _local("2024-03-10 07:00+07:00"), 2)
    _assert_exact(con)
    con.execute("UPDATE articles SET published_at = NULL WHERE article_id = 'paper:5'")
    assert aggregates.sync_after_load(con) == 1
    assert con.execute(timeline).fetchone() == (_local("2024-01-05 09:00+07:00"), _local("2024-01-20 09:00+07:00"), 1)
    _assert_exact(con)
    # a new source's undated article counts in the totals and sources, not in the instants
    con.execute("INSERT INTO articles (article_id, source_id, source_article_id, url, published_at, body_status,"
                " content_hash, first_seen_at, fetched_at) VALUES"
                " ('other:1', 'other', '1', 'u', NULL, 'ok', 'h', now(), now())")
    aggregates.sync_after_load(con)
    write_results(con, [ArticleResult("other:1", "ok", rows=_mentions("other:1", ["green"], ["union"]))], "t",
                  ProcessResult())
    assert con.execute("SELECT articles, sources, first_seen_at FROM campaign_timeline WHERE campaign_id = 'green'"
                       ).fetchone() == (5, 2, _local("2024-01-05 09:00+07:00"))
    _assert_exact(con)


@pytest.mark.slow
def test_a_random_sequence_of_changes_stays_exact(tiny: duckdb.DuckDBPyConnection) -> None:
    con = tiny
    rng = random.Random(20240101)
    campaigns = ["green", "roads", "c3", "c4"]
    organisations = ["union", "o2", "o3"]
    con.execute("INSERT INTO campaigns VALUES ('c3', 'C3', 'c3', NULL), ('c4', 'C4', 'c4', NULL)")
    con.execute("INSERT INTO organisations VALUES ('o2', 'O2', NULL, NULL, NULL), ('o3', 'O3', NULL, NULL, NULL)")
    start = datetime(2024, 1, 1, tzinfo=UTC)
    next_id = 100
    for step in range(60):
        ids = [r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()]
        action = rng.choice(["reanalyse", "reanalyse", "redate", "redate", "new", "undate"])
        if action == "reanalyse":
            chosen = rng.sample(ids, rng.randint(1, 3))
            results = [ArticleResult(a, "ok", rows=_mentions(a, rng.sample(campaigns, rng.randint(0, 2)),
                                                             rng.sample(organisations, rng.randint(0, 2))))
                       for a in chosen]
            write_results(con, results, "t", ProcessResult())
        else:
            if action == "new":
                article = f"{rng.choice(['paper', 'other'])}:{next_id}"
                next_id += 1
                con.execute("INSERT INTO articles (article_id, source_id, source_article_id, url, published_at,"
                            " body_status, content_hash, first_seen_at, fetched_at)"
                            " VALUES (?, split_part(?, ':', 1), ?, 'u', ?, 'ok', 'h', now(), now())",
                            [article, article, article, start + timedelta(hours=rng.randint(0, 24 * 120))])
            for article in rng.sample(ids, rng.randint(1, 3)):
                when = None if action == "undate" else start + timedelta(hours=rng.randint(0, 24 * 120))
                if action == "redate" and rng.random() < 0.3:  # same day, another hour
                    con.execute("UPDATE articles SET published_at = published_at + INTERVAL 1 HOUR"
                                " WHERE article_id = ?", [article])
                else:
                    con.execute("UPDATE articles SET published_at = ? WHERE article_id = ?", [when, article])
            aggregates.sync_after_load(con)
        assert aggregates.differences(con) == EXACT, (step, action)
        assert views_differ_from_base(con) == VIEWS_EXACT, (step, action)
    assert con.execute("SELECT count(*) FROM campaign_organisation_counts").fetchone()[0] > 3
