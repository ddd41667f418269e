"""The `baochi` command as a subprocess: help, exit codes, one-line errors, formats."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO


def _commands() -> list[str]:
    from baochi.pipeline.cli.app import app

    return sorted(c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands)


COMMANDS = _commands()


def baochi(*args: str, stdin: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "baochi.pipeline", *args], input=stdin, capture_output=True,
        text=True, cwd=REPO, timeout=timeout,
    )


def test_help_lists_every_command() -> None:
    done = baochi("--help")
    assert done.returncode == 0
    for command in COMMANDS:
        assert command in done.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    done = baochi(command, "--help")
    assert done.returncode == 0 and "Usage" in done.stdout


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    for command in COMMANDS:
        assert f"baochi {command}" in readme, command


@pytest.mark.parametrize("args", [
    ["crawl", "no-such-paper"],
    ["trends", "campaigns", "--since", "yesterday"],
    ["trends", "campaigns", "--by", "fortnight"],
    ["load", "--no-such-option"],
    ["analyse", "--published-at", "not-a-date"],
])
def test_usage_errors_exit_2_with_one_line(args: list[str], tmp_path: Path) -> None:
    done = baochi(*args, "--db", str(tmp_path / "x.duckdb")) if args[0] in ("crawl", "trends") else baochi(*args)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr


def test_unknown_source_names_the_known_ones(tmp_path: Path) -> None:
    done = baochi("crawl", "no-such-paper", "--db", str(tmp_path / "x.duckdb"))
    assert "baothanhhoa" in done.stderr


def test_unwritable_database_exits_3() -> None:
    done = baochi("load", "--db", "/proc/baochi/cannot/baochi.duckdb")
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and "cannot" in done.stderr


def test_locked_database_exits_3_after_retrying(tmp_path: Path) -> None:
    db = tmp_path / "baochi.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb,sys,time; c=duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(60)",
         str(db)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        started = time.monotonic()
        done = baochi("load", "--db", str(db), "--retry-seconds", "2")
        assert done.returncode == 3, done.stderr
        assert "in use by another process" in done.stderr
        assert time.monotonic() - started >= 2
    finally:
        holder.kill()
        holder.wait()
    assert baochi("load", "--db", str(db)).returncode == 0


def test_analyse_reads_stdin_and_prints_json() -> None:
    text = "Chiều 9-7, Ban Thi đua - Khen thưởng (TĐKT) tỉnh phát động phong trào thi đua “Chung sức xây dựng nông thôn mới”."
    done = baochi("analyse", "--published-at", "2020-07-10T08:00:00+07:00", "--source", "baothanhhoa", stdin=text)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {"campaigns", "organisations", "dates", "honours", "documents"} <= set(result)
    assert [c["surface"] for c in result["campaigns"]] == ["Chung sức xây dựng nông thôn mới"]
    assert result["dates"][0]["date_start"] == "2020-07-09"


def test_analyse_jsonl_keeps_order_and_ids() -> None:
    lines = "\n".join(json.dumps({"id": i, "text": f"Ngày {i}/3/2025, hội nghị.", "published_at": None})
                      for i in range(1, 4))
    done = baochi("analyse", "--jsonl", stdin=lines)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in results] == [1, 2, 3]
    assert results[1]["dates"][0]["date_start"] == "2025-03-02"


def test_sources_lists_the_registry() -> None:
    done = baochi("sources")
    assert done.returncode == 0 and "baothanhhoa" in done.stdout


def test_reading_commands_need_a_database(tmp_path: Path) -> None:
    done = baochi("trends", "campaigns", "--db", str(tmp_path / "none.duckdb"))
    assert done.returncode == 3 and "baochi demo" in done.stderr


def test_serve_sample_serves_the_site_until_interrupted(tmp_path: Path) -> None:
    import signal
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "baochi.pipeline", "serve-sample", "--port", str(port), "--db",
         str(tmp_path / "baochi.duckdb")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        first = server.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in first
        robots = urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=10).read().decode()
        assert "Disallow: /noi-bo/" in robots
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=20) == 0
