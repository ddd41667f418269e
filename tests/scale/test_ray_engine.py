"""`baochi process --engine ray` on a local two-worker Ray cluster bound to loopback."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.scale.warehouse_support import demo, nlp_tables, unprocessed_copy

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo warehouse, analysed by the local engine."""
    return demo(tmp_path_factory.mktemp("demo"))


def _process(db: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "baochi.pipeline", "process", "--engine", "ray", "--workers", "2",
         "--db", str(db), "--quiet", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
        start_new_session=True,
    )


def _task_pids() -> list[int]:
    """Ray worker processes running our task (Ray names them after the task)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if b"ray::analyse_partition" in cmdline:
            found.append(int(entry.name))
    return found


def _wait_for_task(timeout: float = 120) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pids = _task_pids()
        if pids:
            return pids
        time.sleep(0.02)
    raise AssertionError("no Ray task started")


def test_ray_with_a_worker_killed_gives_the_local_engines_tables(reference, tmp_path) -> None:
    db = unprocessed_copy(reference, tmp_path)
    driver = _process(db)
    victim = _wait_for_task()[0]
    os.kill(victim, signal.SIGKILL)
    out, err = driver.communicate(timeout=600)
    assert driver.returncode == 0, err[-3000:]
    assert nlp_tables(db) == nlp_tables(reference)
    assert not list((tmp_path / "nlp-parts").rglob("*.parquet")), "every part is loaded and removed"


def test_driver_killed_then_rerun_gives_the_same_tables(reference, tmp_path) -> None:
    db = unprocessed_copy(reference, tmp_path)
    driver = _process(db)
    _wait_for_task()
    time.sleep(1.5)
    os.killpg(driver.pid, signal.SIGKILL)
    driver.wait(timeout=60)
    rerun = _process(db)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err[-3000:]
    assert nlp_tables(db) == nlp_tables(reference)


def test_a_part_left_by_a_killed_driver_is_loaded_without_analysing_again(reference, tmp_path) -> None:
    """The driver died after writing a part but before its transaction: the rerun loads the
    part as it is (one of its rows is marked, so the warehouse shows it was not re-analysed)."""
    import duckdb
    from baochi import nlp
    from baochi.pipeline.jobs.process import _fetch
    from baochi.pipeline.jobs.ray_engine import (
        analyse_partition,
        parts_dir,
        read_part,
        results_to_parquet,
    )

    db = unprocessed_copy(reference, tmp_path)
    con = duckdb.connect(str(db), read_only=True)
    ids = [r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY 1 LIMIT 3").fetchall()]
    hashes = dict(con.execute("SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT unnest(?))",
                              [ids]).fetchall())
    articles = _fetch(con, ids)
    con.close()
    folder = parts_dir(tmp_path, nlp.NLP_VERSION)
    folder.mkdir(parents=True)
    part = folder / "part-left-behind.parquet"
    part.write_bytes(analyse_partition(articles, hashes, nlp.NLP_VERSION))
    results = read_part(part)
    assert {r.article_id for r, _ in results} == set(ids)
    # Mark one date mention so that the warehouse shows whether the part itself was loaded.
    marked = next(r for r, _ in results if r.rows["date_mentions"])
    original = marked.rows["date_mentions"][0]["surface"]
    marked.rows["date_mentions"][0]["surface"] = "MARKED"
    part.write_bytes(results_to_parquet([r for r, _ in results], hashes))
    done = _process(db)
    out, err = done.communicate(timeout=600)
    assert done.returncode == 0, err[-3000:]
    assert not part.exists()
    con = duckdb.connect(str(db))
    assert con.execute("SELECT count(*) FROM date_mentions WHERE surface = 'MARKED'").fetchone() == (1,)
    con.execute("UPDATE date_mentions SET surface = ? WHERE surface = 'MARKED'", [original])
    con.close()
    assert nlp_tables(db) == nlp_tables(reference)


def _ray_head(env: dict[str, str]) -> tuple[subprocess.Popen, int, Path]:
    """`ray start --head --block` on a free loopback port, in its own process group, with a short
    temporary folder (Ray's socket paths must fit in 107 bytes; pytest's tmp_path may not)."""
    import tempfile

    from tests.scale.conftest import free_port

    port = free_port()
    temp = Path(tempfile.mkdtemp(prefix="ray", dir="/tmp"))
    head = subprocess.Popen(
        [str(Path(sys.executable).with_name("ray")), "start", "--head", "--block", "--port", str(port),
         "--node-ip-address", "127.0.0.1", "--num-cpus", "2", "--include-dashboard", "false",
         "--disable-usage-stats", f"--temp-dir={temp}"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    return head, port, temp


def test_joining_a_token_protected_cluster_started_by_ray_start(reference, tmp_path) -> None:
    """`ray start --head` turns token authentication on when it finds a token; the driver,
    given the same token and no RAY_AUTH_MODE, joins it (it was refused with InvalidAuthToken)."""
    token = tmp_path / "auth_token"
    token.write_text("0123456789abcdef" * 4)
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_AUTH")}
    env.update(RAY_AUTH_TOKEN_PATH=str(token), RAY_USAGE_STATS_ENABLED="0")
    head, port, temp = _ray_head(env)
    try:
        db = unprocessed_copy(reference, tmp_path / "w")
        deadline = time.monotonic() + 90
        while True:
            driver = subprocess.run(
                [sys.executable, "-m", "baochi.pipeline", "process", "--engine", "ray",
                 "--address", f"127.0.0.1:{port}", "--db", str(db), "--quiet"],
                cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
            if driver.returncode != 3 or time.monotonic() > deadline:  # 3: head not up yet
                break
            time.sleep(2)
        assert driver.returncode == 0, driver.stderr[-3000:]
        assert nlp_tables(db) == nlp_tables(reference)
        wrong = tmp_path / "wrong_token"
        wrong.write_text("f" * 64)
        refused = subprocess.run(
            [sys.executable, "-m", "baochi.pipeline", "process", "--engine", "ray",
             "--address", f"127.0.0.1:{port}", "--db", str(unprocessed_copy(reference, tmp_path / "x")), "--quiet"],
            cwd=REPO, env={**env, "RAY_AUTH_TOKEN_PATH": str(wrong)}, capture_output=True, text=True, timeout=600)
        assert refused.returncode == 3, refused.stderr[-3000:]
        assert f"could not join the Ray cluster at 127.0.0.1:{port}" in refused.stderr
        assert "Traceback" not in refused.stderr
    finally:
        os.killpg(head.pid, signal.SIGTERM)
        head.wait(timeout=60)
        shutil.rmtree(temp, ignore_errors=True)
