"""Markup drift: the nightly records each crawl's extraction health in `runs` and exits 1 with
one line naming the source and the field when a field's usual layer collapses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO
from tests.pipeline.nightly_support import log_lines, run_nightly

pytestmark = pytest.mark.slow


def test_markup_change_is_reported_as_drift(tmp_path: Path) -> None:
    from baochi.crawler.sample_site import generate_site, serve
    from baochi.crawler.sample_site.unseen import generate_unseen

    db = tmp_path / "w" / "baochi.duckdb"
    generate_site(tmp_path / "before", n_articles=24, encoded_share=0.0)
    with serve(tmp_path / "before" / "site") as served:
        first = run_nightly(db, served.base_url, "--no-report")
    assert first.returncode == 0, first.stderr[-3000:]

    # The same paper after a redesign: other class names, bylines, dates (held-out variant b).
    generate_unseen(tmp_path / "after", "b", n_articles=24)
    with serve(tmp_path / "after" / "site") as served:
        second = run_nightly(db, served.base_url, "--no-report")
    assert second.returncode == 1, second.stderr[-3000:]
    drift = [line["msg"] for line in log_lines(second.stderr) if line["msg"].startswith("markup drift:")]
    assert "markup drift: baothanhhoa body from selector 100% → 0%" in drift, drift

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT counts FROM runs WHERE stage = 'crawl' ORDER BY started_at").fetchall()
    finally:
        con.close()
    health = [json.loads(counts)["extraction_health"]["baothanhhoa"] for (counts,) in rows]
    assert health[0]["articles"] == 24 and health[0]["layers"]["body"] == {"selector": 1.0}
    assert health[1]["layers"]["body"] == {"generic": 1.0} and health[1]["fields"]["body"] == 1.0

    shown = subprocess.run([sys.executable, "-m", "baochi.pipeline", "runs", "--db", str(db)],
                           capture_output=True, text=True, cwd=REPO, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "body 100% (generic 100%)" in shown.stdout and "body 100% (selector 100%)" in shown.stdout
