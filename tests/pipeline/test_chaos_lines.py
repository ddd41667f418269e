"""A poison line and an odd timestamp refuse only themselves, through the real `baochi load`.

Issue 16: a line with an escaped lone surrogate crashed every later load, and a `fetched_at`
DuckDB cannot cast sent a whole file to `rejected/`. Now each is quarantined with its reason,
the good lines of the same file load, later files load, and a repeated load stays clean.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import duckdb

from tests.pipeline.chaos_support import baochi, line, staged_record, write_lines


def _ids(db: Path) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {row[0] for row in con.execute("SELECT source_article_id FROM articles").fetchall()}
    finally:
        con.close()


def test_poison_and_bad_time_lines_refuse_only_themselves(tmp_path: Path) -> None:
    rng = random.Random(5)
    db = tmp_path / "baochi.duckdb"
    staging = tmp_path / "staging"
    poison = line(staged_record(7001, rng)).replace(b'"title": "Tin s', b'"title": "\\ud800 Tin s')
    odd_time = line(staged_record(7002, rng, fetched_at="2025-07-10T00:00:00+05:30:15.500000"))
    future = line(staged_record(7003, rng, fetched_at="9999-01-01T00:00:00+00:00"))
    blank_id = line(staged_record(7004, rng, source_article_id=""))
    unknown = line(staged_record(7005, rng, source_id="baokhongtontai"))
    good_first = [line(staged_record(6000 + n, rng)) for n in range(40)]
    good_after = [line(staged_record(6100 + n, rng)) for n in range(40)]
    # The poisoned file sorts first; a clean file sorts after it.
    write_lines(staging / "a-0001.jsonl.gz", good_first[:20] + [poison, odd_time, future, blank_id, unknown]
                + good_first[20:])
    write_lines(staging / "b-0001.jsonl.gz", good_after)

    done = baochi("load", "--db", str(db))

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    counts = json.loads(done.stdout)
    assert counts["new"] == 80 and counts["rejected_lines"] == 5 and counts["files_quarantined"] == 0
    for reason in ("invalid_unicode", "bad_fetched_at", "fetched_at_out_of_range", "missing_source_article_id",
                   "unknown_source"):
        assert counts[f"rejected_{reason}"] == 1, (reason, counts)
    wanted = {str(6000 + n) for n in range(40)} | {str(6100 + n) for n in range(40)}
    assert _ids(db) == wanted
    assert not list(staging.glob("*.jsonl.gz"))
    assert sorted(p.name for p in (tmp_path / "loaded").iterdir()) == ["a-0001.jsonl.gz", "b-0001.jsonl.gz"]
    quarantined = [json.loads(x) for x in (tmp_path / "rejected" / "a-0001.rejected.jsonl").read_text("utf-8").splitlines()]
    assert [(q["line"], q["reason"]) for q in quarantined] == [
        (21, "invalid_unicode"), (22, "bad_fetched_at"), (23, "fetched_at_out_of_range"),
        (24, "missing_source_article_id"), (25, "unknown_source")]
    assert "7002" in quarantined[1]["text"]  # the line as it was, for whoever fixes the crawler

    # The next load is not blocked by anything: it has nothing to do, and says so.
    again = baochi("load", "--db", str(db))
    assert again.returncode == 0 and json.loads(again.stdout)["files"] == 0
    sql = baochi("sql", "SELECT count(*) AS n, max(fetched_at) < now() AS sane FROM articles",
                 "--format", "json", "--db", str(db))
    assert sql.returncode == 0 and json.loads(sql.stdout) == [{"n": 80, "sane": True}]
