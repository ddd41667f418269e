"""Every counter `baochi runs` can show in its table is explained in docs/operations.md."""

from __future__ import annotations

import inspect
import re

from baochi.pipeline.cli.app import app  # noqa: F401 — registers the command modules first
from baochi.pipeline.cli.commands import operations

from tests.conftest import REPO

DEMO_COUNTERS = ("articles", "articles_with_body", "campaigns", "campaign_mentions", "organisations",
                 "organisation_mentions")  # the demo row: its first six numeric counts


def shown_counters() -> set[str]:
    source = inspect.getsource(operations._short_counts)
    block = source[source.index("keys = {"):source.index("}.get(stage)")]
    return set(re.findall(r'"([a-z_]+)"', block)) - {"nightly", "crawl", "load", "process", "retention"}


def test_every_counter_in_the_runs_table_is_documented() -> None:
    table = (REPO / "docs" / "operations.md").read_text("utf-8")
    section = table[table.index("### The counters `baochi runs` shows"):]
    counters = shown_counters() | set(DEMO_COUNTERS)
    assert len(counters) > 15
    assert [c for c in sorted(counters) if f"`{c}`" not in section] == []


def test_the_demo_row_shows_those_counters() -> None:
    counts = {name: 1 for name in (*DEMO_COUNTERS, "date_mentions", "dates_resolved")}
    shown = operations._short_counts("demo", counts)
    assert shown.split() == [f"{name}=1" for name in DEMO_COUNTERS]
