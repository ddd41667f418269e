"""Docs that cannot drift: docs/schema.md is what the real schema says, every table, view and
column has a description, and every example in docs/analytics.md returns what it shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from baochi.pipeline.warehouse.connect import connect
from baochi.pipeline.warehouse.export import typed_frame
from baochi.pipeline.warehouse.schema_doc import DOC, fresh_schema_markdown

from tests.conftest import REPO
from tests.pipeline.analytics_support import demo_warehouse, tiny_warehouse

ANALYTICS = REPO / "docs" / "analytics.md"
EXAMPLE = re.compile(r"```sql example\n(?P<sql>.*?)```\s*```csv\n(?P<csv>.*?)```", re.S)
VIEWS = ("campaign_coverage", "organisation_coverage", "campaign_organisations", "campaign_timeline",
         "article_entities")


@pytest.fixture(scope="module")
def schema() -> tuple[str, list[str]]:
    return fresh_schema_markdown()


def test_every_table_view_and_column_has_a_description(schema) -> None:
    _, missing = schema
    assert missing == [], f"add COMMENT ON for: {missing}"


def test_schema_page_matches_the_real_schema(schema) -> None:
    text, _ = schema
    assert DOC.read_text("utf-8") == text, "docs/schema.md is stale: run python -m baochi.pipeline.warehouse.schema_doc"


def examples() -> list[tuple[str, str]]:
    return [(m["sql"], m["csv"]) for m in EXAMPLE.finditer(ANALYTICS.read_text("utf-8"))]


def test_every_view_has_an_example() -> None:
    shown = " ".join(sql for sql, _ in examples())
    for view in VIEWS:
        assert re.search(rf"FROM {view}\b", shown), view


def test_examples_return_what_the_docs_show(tmp_path: Path) -> None:
    con = connect(tiny_warehouse(tmp_path / "baochi.duckdb"), read_only=True)
    try:
        for sql, expected in examples():
            assert typed_frame(con.execute(sql)).to_csv(index=False) == expected, sql
    finally:
        con.close()


def test_examples_run_on_the_demo_warehouse(tmp_path_factory) -> None:
    con = connect(demo_warehouse(tmp_path_factory), read_only=True)
    try:
        for sql, expected in examples():
            got = typed_frame(con.execute(sql.replace("'paper:1'", "(SELECT min(article_id) FROM campaign_mentions)")
                                          .replace("source_id = 'paper'", "source_id = 'baothanhhoa'")))
            assert len(got) > 0 and ",".join(got.columns) == expected.splitlines()[0], sql
    finally:
        con.close()
