"""Benchmarks are not tests: this only runs each at a token size so that none of them rots."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def test_every_benchmark_runs_at_a_tiny_size() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "baochi.pipeline", "bench", "--tiny"], capture_output=True, text=True,
        cwd=REPO, timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    names = sorted(p.stem for p in (REPO / "benchmarks").glob("bench_*.py"))
    for name in names:
        assert f"{name}:" in done.stderr and "FAILED" not in done.stderr, name
    assert "ratio" in done.stdout
