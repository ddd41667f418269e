"""Retention: old loaded/rejected/raw files go, unloaded staging never does, 0 keeps forever."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from baochi.pipeline.paths import resolve_paths
from baochi.pipeline.settings import get_settings, reload_settings
from baochi.pipeline.warehouse.retention import Retention, apply_retention

DAY = 86400.0


def touch(path: Path, age_days: float, size: int = 10) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    stamp = time.time() - age_days * DAY
    os.utime(path, (stamp, stamp))
    return path


@pytest.fixture
def tree(tmp_path: Path):
    paths = resolve_paths(tmp_path / "baochi.duckdb")
    files = {
        "old_loaded": touch(paths.loaded / "a-0001.jsonl.gz", 40),
        "new_loaded": touch(paths.loaded / "b-0001.jsonl.gz", 5),
        "old_rejected": touch(paths.data_dir / "rejected" / "a-0001.rejected.jsonl", 100),
        "new_rejected": touch(paths.data_dir / "rejected" / "b-0001.rejected.jsonl", 10),
        "old_raw": touch(paths.raw / "baothanhhoa" / "1.html.gz", 400),
        "new_raw": touch(paths.raw / "baothanhhoa" / "2.html.gz", 100),
        "old_staging": touch(paths.staging / "c-0001.jsonl.gz", 1000),  # never loaded: never deleted
        "old_part": touch(paths.staging / "d-0001.jsonl.gz.part", 3),
        "new_part": touch(paths.staging / "e-0001.jsonl.gz.part", 0),
        # a raw page the parse worker wrote for a run killed before staging it
        "old_raw_part": touch(paths.raw / "baothanhhoa" / "3.html.gz.77-1.part", 3),
        "new_raw_part": touch(paths.raw / "baothanhhoa" / "4.html.gz.78-1.part", 0),
        "old_known": touch(paths.data_dir / "jobs" / "baothanhhoa" / "r.known-ids", 3),
        "old_snapshot_copy": touch(paths.data_dir / ".baochi.read.duckdb.123.tmp", 3),
        "database": touch(paths.db, 1000),
    }
    return paths, files


def test_defaults_delete_only_what_is_past_retention(tree) -> None:
    paths, files = tree
    counts = apply_retention(paths, Retention())
    gone = {name for name, path in files.items() if not path.exists()}
    assert gone == {"old_loaded", "old_rejected", "old_raw", "old_part", "old_raw_part", "old_known",
                    "old_snapshot_copy"}
    assert counts["loaded_deleted"] == 1 and counts["raw_deleted"] == 1 and counts["bytes_freed"] == 70


def test_zero_days_keeps_forever(tree) -> None:
    paths, files = tree
    apply_retention(paths, Retention(loaded_days=0, rejected_days=0, raw_days=0))
    for name in ("old_loaded", "old_rejected", "old_raw", "old_staging"):
        assert files[name].exists(), name


@pytest.fixture
def fresh_settings(monkeypatch: pytest.MonkeyPatch):
    """The settings are read once a process; read them again around a test that changes them."""
    yield monkeypatch
    monkeypatch.undo()
    get_settings.cache_clear()


def test_environment_sets_the_defaults_and_options_win(fresh_settings: pytest.MonkeyPatch) -> None:
    fresh_settings.setenv("BAOCHI_KEEP_LOADED_DAYS", "7")
    fresh_settings.setenv("BAOCHI_KEEP_RAW_DAYS", "0")
    reload_settings()
    settings = Retention.from_env(rejected_days=1)
    assert (settings.loaded_days, settings.rejected_days, settings.raw_days) == (7, 1, 0)
    fresh_settings.setenv("BAOCHI_KEEP_LOADED_DAYS", "a week")
    assert Retention.from_env().loaded_days == 7, "the environment is read once"
    get_settings.cache_clear()
    with pytest.raises(ValueError, match="BAOCHI_KEEP_LOADED_DAYS"):
        Retention.from_env()
