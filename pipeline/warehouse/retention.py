"""Retention: how long files the warehouse no longer needs stay in the data directory.

Nothing here touches `staging/` files that are complete and not loaded yet: those are data
not in the warehouse, and deleting them would lose articles. What can go:

- `loaded/`   staging files whose load committed (the warehouse holds their rows);
- `rejected/` quarantined lines and damaged files, kept for a person to look at;
- `raw/`      gzip raw HTML, kept to re-extract without recrawling (longest default);
- leftovers of killed runs: unfinished `staging/*.part` batches and raw pages written but never
  staged (`raw/<source>/*.part`; the next crawl fetches those
  articles again), crawl/load scratch files under `jobs/`, half-copied read snapshots.

Ages are file modification times; 0 days means "keep forever". Defaults come from the
environment (`BAOCHI_KEEP_LOADED_DAYS`, `BAOCHI_KEEP_REJECTED_DAYS`, `BAOCHI_KEEP_RAW_DAYS`)
so a systemd unit or crontab can set them; `baochi nightly` options override them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from baochi.pipeline.paths import DataPaths
from baochi.pipeline.settings import (
    DEFAULT_LOADED_DAYS,
    DEFAULT_RAW_DAYS,
    DEFAULT_REJECTED_DAYS,
    get_settings,
)

LEFTOVER_DAYS = 2.0  # unfinished .part batches and scratch files: no live run is that old


@dataclass(frozen=True)
class Retention:
    loaded_days: float = DEFAULT_LOADED_DAYS
    rejected_days: float = DEFAULT_REJECTED_DAYS
    raw_days: float = DEFAULT_RAW_DAYS

    @classmethod
    def from_env(
        cls,
        loaded_days: float | None = None,
        rejected_days: float | None = None,
        raw_days: float | None = None,
    ) -> Retention:
        """Explicit values win over BAOCHI_KEEP_*_DAYS (the settings), which win over the defaults."""
        env = get_settings()
        return cls(
            loaded_days if loaded_days is not None else env.keep_loaded_days,
            rejected_days if rejected_days is not None else env.keep_rejected_days,
            raw_days if raw_days is not None else env.keep_raw_days,
        )


def _prune(folder: Path, pattern: str, days: float, now: float, counts: dict[str, int], key: str,
           recursive: bool = False) -> None:
    if days <= 0 or not folder.is_dir():
        return
    cutoff = now - days * 86400
    for path in folder.rglob(pattern) if recursive else folder.glob(pattern):
        try:
            stat = path.stat()
            if not path.is_file() or stat.st_mtime >= cutoff:
                continue
            path.unlink()
        except FileNotFoundError:
            continue
        counts[f"{key}_deleted"] = counts.get(f"{key}_deleted", 0) + 1
        counts["bytes_freed"] = counts.get("bytes_freed", 0) + stat.st_size


def apply_retention(paths: DataPaths, settings: Retention, now: float | None = None) -> dict[str, int]:
    """Delete files past their retention; return counts per kind and the bytes freed."""
    now = time.time() if now is None else now
    counts: dict[str, int] = {"bytes_freed": 0}
    _prune(paths.loaded, "*.jsonl.gz", settings.loaded_days, now, counts, "loaded")
    _prune(paths.data_dir / "rejected", "*", settings.rejected_days, now, counts, "rejected")
    _prune(paths.raw, "*.html.gz", settings.raw_days, now, counts, "raw", recursive=True)
    _prune(paths.staging, "*.part", LEFTOVER_DAYS, now, counts, "unfinished_batches")
    _prune(paths.raw, "*.part", LEFTOVER_DAYS, now, counts, "scratch", recursive=True)  # raw pages never staged
    _prune(paths.data_dir / "jobs", "*.known-ids", LEFTOVER_DAYS, now, counts, "scratch", recursive=True)
    _prune(paths.data_dir / "jobs" / "load", "*.clean", LEFTOVER_DAYS, now, counts, "scratch")
    _prune(paths.data_dir, ".*.tmp", LEFTOVER_DAYS, now, counts, "scratch")  # killed snapshot copies
    return counts
