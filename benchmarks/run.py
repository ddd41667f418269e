"""Run every benchmark and print one table: figure, ours, baseline, unit, ratio, target.

Each benchmark runs in its own process (Scrapy's reactor cannot restart; memory figures must
not leak into each other) and prints its rows as JSON lines. `--tiny` runs each at a token
size so the smoke test can check that none of them rotted.
"""

from __future__ import annotations

import argparse
import json
import pkgutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Row, print_rows

TINY_SIZES = {
    "bench_load": 500, "bench_process": 30, "bench_memory": 100, "bench_nlp": 20,
    "bench_crawl": 30, "bench_trends": 2_000,
}


def benchmark_names() -> list[str]:
    folder = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_"))


def run_one(name: str, size: int | None) -> tuple[list[Row], str | None]:
    command = [sys.executable, "-m", f"benchmarks.{name}", "--json"]
    if size is not None:
        command += ["--size", str(size)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        return [], (done.stderr.strip().splitlines() or ["failed"])[-1]
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return rows, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tiny", action="store_true", help="token sizes (smoke test)")
    parser.add_argument("--only", nargs="*", help="benchmark module names (bench_load …)")
    args = parser.parse_args()
    names = args.only or benchmark_names()
    rows: list[Row] = []
    failures = 0
    began = time.monotonic()
    for name in names:
        size = TINY_SIZES.get(name, 10) if args.tiny else None
        started = time.monotonic()
        found, error = run_one(name, size)
        print(f"{name}: {time.monotonic() - started:.0f} s" + (f" — FAILED: {error}" if error else ""),
              file=sys.stderr, flush=True)
        failures += error is not None
        rows.extend(found)
    print_rows(rows)
    print(f"{len(names)} benchmarks in {time.monotonic() - began:.0f} s", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
