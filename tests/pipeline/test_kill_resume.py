"""Kill -9 the nightly job at many moments, re-run it, and compare with an uninterrupted run.

Moments are chosen by a seed (BAOCHI_KILL_SEED to replay another set): a timed kill after a
stage's log line (`--log-json` on stderr) with a seeded delay — during the crawl, the load,
the NLP stage, the report — and named crash points where a timed kill rarely lands
(`load:committed`: transaction committed, staging file not yet moved). Twelve moments form
two chains, each in its own data directory: six killed runs, each resuming the last, then
one complete run, after which every table is compared with the uninterrupted reference: the same
rows (timestamps, run ids and URL shape aside), no duplicates, nothing missing, no staging
file left, no run left `running`, and no crawl process left behind.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.pipeline.nightly_support import (
    child_env,
    nightly_args,
    run_nightly,
    runs_rows,
    summary,
    warehouse_rows,
)

pytestmark = pytest.mark.slow

SEED = int(os.environ.get("BAOCHI_KILL_SEED", "20261126"))
N_ARTICLES = 40
BATCH = "8"  # small staging files, so a killed crawl has committed some and not others

TIMED = [  # (log line that starts the clock, lowest delay, highest delay)
    ("nightly started", 0.0, 0.6),
    ("crawl started", 0.8, 3.0),
    ("crawl started", 0.8, 3.0),
    ("crawl started", 0.8, 3.0),
    ("load started", 0.0, 0.05),
    ("load started", 0.0, 0.1),
    ("process started", 0.0, 0.5),
    ("process started", 0.2, 1.0),
    ("retention done", 0.0, 0.2),
]
FAULTS = ["load:committed", "nightly:loaded", "nightly:processed"]


def chains() -> list[list[tuple[str, str, float]]]:
    """Twelve moments in two chains of six kills, each kill hitting the run resuming the last.

    `load:committed` needs staging files to load, so it opens one chain and a mid-crawl kill
    opens the other; the other moments are shuffled by the seed, with seeded delays.
    """
    rng = random.Random(SEED)
    timed = [("after", event, round(rng.uniform(lo, hi), 3)) for event, lo, hi in TIMED]
    opener = next(m for m in timed if m[1] == "crawl started")
    rest = [m for m in timed if m is not opener] + [("fault", n, 0.0) for n in FAULTS if n != "load:committed"]
    rng.shuffle(rest)
    return [[("fault", "load:committed", 0.0), *rest[0::2]], [opener, *rest[1::2]]]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    from baochi.crawler.sample_site import generate_site, serve

    folder = tmp_path_factory.mktemp("kill-site")
    generate_site(folder, n_articles=N_ARTICLES)
    with serve(folder / "site") as served:
        yield served


@pytest.fixture(scope="module")
def reference(site, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("kill-reference") / "baochi.duckdb"
    done = run_nightly(db, site.base_url, env=child_env(BAOCHI_STAGING_BATCH=BATCH))
    assert done.returncode == 0, done.stderr[-3000:]
    rows = warehouse_rows(db)
    assert len(rows["articles"]) == N_ARTICLES
    assert rows["campaign_mentions"] and rows["article_analyses"]
    return rows


def _kill_at(db: Path, base_url: str, kind: str, what: str, delay: float) -> int:
    """Run a nightly and SIGKILL it at the moment; its return code (-9 when killed)."""
    env = child_env(BAOCHI_STAGING_BATCH=BATCH)
    if kind == "fault":
        env["BAOCHI_FAULT"] = what
        return subprocess.run(nightly_args(db, base_url), capture_output=True, text=True,
                              cwd=REPO, env=env, timeout=300).returncode
    process = subprocess.Popen(nightly_args(db, base_url), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)
    assert process.stderr is not None
    for line in process.stderr:
        try:
            message = json.loads(line).get("msg")
        except ValueError:
            continue
        if message == what:
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            break
    process.stderr.close()
    return process.wait(timeout=300)


def _crawl_children(db: Path) -> list[int]:
    """Crawl workers of this data directory still alive (they must die with the nightly)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"baochi.pipeline.jobs.crawl_worker" in command and str(db).encode() in command:
            alive.append(int(entry.name))
    return alive


def _chain(number: int, chain: list[tuple[str, str, float]], base_url: str,
           reference: dict[str, list[tuple]], root: Path) -> int:
    """Kill at each moment in turn, then complete; check the warehouse. Returns the kills."""
    db = root / f"chain{number}" / "baochi.duckdb"
    killed = 0
    where = f"chain {number} {chain} (seed {SEED})"
    for kind, what, delay in chain:
        code = _kill_at(db, base_url, kind, what, delay)
        killed += code == -signal.SIGKILL
        deadline = time.monotonic() + 10
        while _crawl_children(db) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _crawl_children(db), f"{where}: a crawl process outlived the killed nightly"

    done = run_nightly(db, base_url, env=child_env(BAOCHI_STAGING_BATCH=BATCH))
    assert done.returncode == 0, f"{where}: {done.stderr[-3000:]}"
    assert summary(done)["status"] == "ok", where
    got = warehouse_rows(db)
    for table, rows in reference.items():
        assert got.get(table) == rows, f"{where}: table {table} differs from the uninterrupted run"
    assert set(got) == set(reference), where
    assert not list((db.parent / "staging").glob("*.jsonl.gz")), f"{where}: staging left behind"
    history = runs_rows(db)
    assert not [r for r in history if r[3] == "running"], f"{where}: a run is still 'running'"
    assert [r[3] for r in history if r[2] == "nightly"][-1] == "ok", where
    return killed


def test_killed_runs_resume_to_the_same_warehouse(site, reference, tmp_path: Path) -> None:
    plan = chains()
    assert sum(len(chain) for chain in plan) >= 10
    # Both chains at once (each nightly is mostly one busy process): half the wall time.
    with ThreadPoolExecutor(max_workers=2) as pool:
        killed = sum(pool.map(
            lambda item: _chain(item[0], item[1], site.base_url, reference, tmp_path), enumerate(plan)
        ))
    assert killed >= 10, f"only {killed} of 12 runs were killed before they finished"
