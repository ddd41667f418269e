"""Shared by the analytics tests: one real demo warehouse per test session, the CLI as a
subprocess, and a tiny hand-made warehouse for tests that must not depend on the NLP."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import REPO


def baochi(*args: str, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=REPO,
        timeout=timeout, env=env,
    )


def demo_warehouse(factory: pytest.TempPathFactory) -> Path:
    """`baochi demo` once per session (about 30 s); later callers reuse its data directory.
    Tests that write must copy it first (`copy_warehouse`)."""
    folder = factory.getbasetemp() / "analytics-demo"
    db = folder / "baochi.duckdb"
    done = folder / "done"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        run = baochi("demo", "--db", str(db), "--quiet", timeout=600)
        assert run.returncode == 0, (run.stdout[-2000:], run.stderr[-2000:])
        (folder / "demo.out").write_text(run.stdout, "utf-8")
        done.touch()
    return db


def copy_warehouse(db: Path, target_dir: Path) -> Path:
    """A private copy of a warehouse (main file only; no snapshot) to write to."""
    target_dir.mkdir(parents=True, exist_ok=True)
    copy = target_dir / "baochi.duckdb"
    shutil.copyfile(db, copy)
    return copy


def tiny_warehouse(db: Path) -> Path:
    """Three months of a hand-made paper: 6 dated articles (one undated), 2 campaigns,
    1 organisation — every number in it is known."""
    from pipeline import aggregates
    from pipeline.warehouse.connect import connect

    con = connect(db)
    now = datetime(2025, 1, 1, tzinfo=UTC)
    con.execute("INSERT INTO sources VALUES ('paper', 'The Paper', 'Thanh Hóa', 'http://127.0.0.1')")
    articles = [  # id, published (UTC+7 local), category
        ("1", "2024-01-05 09:00:00+07", "Thời sự"),
        ("2", "2024-01-20 09:00:00+07", "Thời sự"),
        ("3", "2024-01-31 23:30:00+07", "Kinh tế"),  # still January locally (UTC: Jan 31 16:30)
        ("4", "2024-03-01 06:00:00+07", "Kinh tế"),  # March locally, February 29 in UTC
        ("5", "2024-03-10 09:00:00+07", "Thời sự"),
        ("6", "2024-03-11 09:00:00+07", "Thời sự"),
        ("7", None, "Thời sự"),
    ]
    for number, published, category in articles:
        con.execute(
            "INSERT INTO articles VALUES (?, 'paper', ?, ?, NULL, ?, NULL, 'body', NULL, ?, NULL,"
            " ?::TIMESTAMPTZ, 'ok', NULL, ?, ?, ?, 'r1')",
            [f"paper:{number}", number, f"http://127.0.0.1/{number}.htm", f"Title {number}", category,
             published, f"hash{number}", now, now],
        )
    con.execute("INSERT INTO campaigns VALUES ('green', 'Xanh sạch đẹp', 'xanh sach dep', 'phong trào'),"
                " ('roads', 'Đường đẹp', 'duong dep', 'cuộc vận động')")
    con.execute("INSERT INTO organisations VALUES ('union', 'Đoàn Thanh niên', 'ĐTN', 'Thanh Hóa', 'đoàn thể')")
    campaign_mentions = [("1", "green", 0), ("1", "green", 50), ("2", "green", 0), ("3", "roads", 0),
                         ("5", "green", 0), ("7", "green", 0)]
    for number, campaign, start in campaign_mentions:
        surface = {"green": "phong trào Xanh sạch đẹp", "roads": "cuộc vận động Đường đẹp"}[campaign]
        con.execute("INSERT INTO campaign_mentions VALUES (?, 'v1', 'body', ?, ?, ?, ?, 0)",
                    [f"paper:{number}", start, start + len(surface), campaign, surface])
    for number in ("1", "3"):
        con.execute("INSERT INTO organisation_mentions VALUES (?, 'v1', 'body', 10, 15, 'union', 'ĐTN', 0)",
                    [f"paper:{number}"])
    con.execute("BEGIN TRANSACTION")
    aggregates.rebuild(con)
    con.execute("COMMIT")
    con.close()
    return db
