"""`baochi bench`: the benchmark runner (benchmarks/run.py) from the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer
from baochi.pipeline.cli.app import fail


def register(app: typer.Typer) -> None:
    @app.command()
    def bench(
        tiny: Annotated[bool, typer.Option("--tiny", help="Token sizes: checks every benchmark still runs.")] = False,
        only: Annotated[list[str] | None, typer.Option("--only", help="Run only these (bench_load, bench_nlp, …).")] = None,
    ) -> None:
        """Run the benchmarks and print figures as ratios against baselines measured in the same run."""
        repo = Path(__file__).resolve().parents[3]
        if not (repo / "benchmarks" / "run.py").exists():
            raise fail("benchmarks/ not found: run `baochi bench` from a checkout of the repository", 3)
        command = [sys.executable, "-m", "benchmarks.run"]
        if tiny:
            command.append("--tiny")
        if only:
            command += ["--only", *only]
        raise typer.Exit(subprocess.run(command, cwd=repo).returncode)
