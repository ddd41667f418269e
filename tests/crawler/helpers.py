"""Shared helpers for crawler tests: run the CLI as a user does, read staged records."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def staged_records(data_dir: Path) -> list[dict]:
    records = []
    for path in sorted((data_dir / "staging").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            records.extend(json.loads(line) for line in handle)
    return records


def run_cli(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "baochi.pipeline", *args], capture_output=True, text=True, cwd=REPO,
        timeout=timeout, env={**os.environ, **(env or {})},
    )


def crawl_cli(source: str, base_url: str, data: Path, *extra: str, env: dict | None = None,
              timeout: int = 300) -> tuple[subprocess.CompletedProcess, dict]:
    done = run_cli("crawl", source, "--base-url", base_url, "--no-throttle",
                   "--db", str(data / "baochi.duckdb"), *extra, env=env, timeout=timeout)
    summary = json.loads(done.stdout) if done.stdout.strip().startswith("{") else {}
    return done, summary


def assert_accounted(summary: dict) -> None:
    """Every article request ends in exactly one outcome count."""
    from baochi.crawler.contract import FAILURES, FETCH_OUTCOMES

    assert summary["articles_scheduled"] == sum(summary[o.counter] for o in FETCH_OUTCOMES), summary
    reasons = sum(v for k, v in summary.items() if k.startswith("failed_"))
    assert reasons == summary["failures"] == sum(summary[o.counter] for o in FAILURES), summary


def probed_registry(base_url: str, source_id: str, out: Path, province: str = "Thanh Hóa") -> tuple[str, dict]:
    """Probe a loopback site as an operator does (`baochi sources probe`), save the proposed block
    (its province filled in) to a registry file of one's own: (the block, the env naming it)."""
    probe = subprocess.run([str(Path(sys.executable).with_name("baochi")), "sources", "probe", base_url,
                            "--delay", "0", "--id", source_id], capture_output=True, text=True, cwd=REPO,
                           timeout=120)
    assert probe.returncode == 0, probe.stderr[-2000:]
    registry = out / "mine.toml"
    registry.write_text(probe.stdout.replace('province = ""', f'province = "{province}"'), "utf-8")
    return probe.stdout, {"BAOCHI_REGISTRY": str(registry)}
