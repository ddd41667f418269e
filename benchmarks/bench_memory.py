"""Memory: peak RSS of `baochi load` and `baochi process` at N and 10×N articles, same run.
Streaming in batches keeps the ratio near 1 (target ≤ 1.2); a stage that held the whole
corpus in memory would grow with it. Articles are short (titles only) so the NLP stage
finishes in minutes at 100k articles."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Row, main_for, row, write_staging

DEFAULT_SIZE = 10_000

_CHILD = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, capture_output=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of the largest process the command ran (KiB → MiB)."""
    done = subprocess.run([sys.executable, "-c", _CHILD, *command], check=True,
                          capture_output=True, text=True)
    return int(done.stdout.strip().splitlines()[-1]) / 1024


def _measure(root: Path, n: int) -> dict[str, float]:
    db = root / f"w{n}" / "baochi.duckdb"
    write_staging(db.parent / "staging", n, short=True)
    base = [sys.executable, "-m", "baochi.pipeline"]
    load = peak_rss_mb([*base, "load", "--db", str(db)])
    process = peak_rss_mb([*base, "process", "--db", str(db), "--workers", "2", "--quiet"])
    shutil.rmtree(db.parent)
    return {"load": load, "process": process}


def run(size: int | None = None) -> list[Row]:
    small_n = size or DEFAULT_SIZE
    large_n = small_n * 10
    with tempfile.TemporaryDirectory() as tmp:
        small = _measure(Path(tmp), small_n)
        large = _measure(Path(tmp), large_n)
    return [
        row(f"peak RSS of {stage}: {large_n:,} vs {small_n:,} articles", large[stage], small[stage],
            "MiB", "≤ 1.2")
        for stage in ("load", "process")
    ]


if __name__ == "__main__":
    main_for(run, __doc__ or "")
