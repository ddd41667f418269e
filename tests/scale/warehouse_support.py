"""Helpers for the Ray and lake tests: reset a warehouse's NLP results, compare tables."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from tests.conftest import REPO

NLP_TABLES = (
    "campaign_mentions", "organisation_mentions", "date_mentions", "honour_mentions", "document_mentions",
    "campaigns", "organisations", "campaign_period_counts", "campaign_source_counts",
    "campaign_organisation_counts", "organisation_period_counts", "period_article_counts",
)


def baochi(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "baochi.pipeline", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=timeout)


def demo(folder: Path) -> Path:
    db = folder / "baochi.duckdb"
    done = baochi("demo", "--db", str(db), "--quiet")
    assert done.returncode == 0, done.stderr[-3000:]
    return db


def unprocessed_copy(db: Path, folder: Path) -> Path:
    """A copy of `db` with every NLP result removed (aggregates recomputed to match)."""
    from baochi.pipeline.jobs.process import MENTION_TABLES
    from baochi.pipeline.warehouse import aggregates

    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "baochi.duckdb"
    shutil.copyfile(db, copy)
    con = duckdb.connect(str(copy))
    try:
        con.execute("BEGIN TRANSACTION")
        for table in MENTION_TABLES:
            con.execute(f"DELETE FROM {table}")
        con.execute("DELETE FROM article_analyses")
        aggregates.rebuild(con)
        con.execute("COMMIT")
    finally:
        con.close()
    return copy


def nlp_tables(db: Path) -> dict[str, list[tuple]]:
    """Every NLP result table, sorted; article_analyses without its timestamp."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in NLP_TABLES}
        out["article_analyses"] = sorted(con.execute(
            "SELECT article_id, nlp_version, content_hash, status, error FROM article_analyses").fetchall())
        return out
    finally:
        con.close()
