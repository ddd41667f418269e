"""`baochi sql` and the notebooks' reader connection are truly read-only.

DuckDB's own settings do the refusing (no external access, no extension autoload/install,
configuration locked); the CLI adds one-statement-per-call and a one-line refusal that names
the command doing the job. Each hostile query from issue 16 runs through the real command.
"""

from __future__ import annotations

import hashlib
import json
import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from tests.pipeline.chaos_support import baochi, error_lines, line, staged_record, write_lines


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("lockdown")
    rng = random.Random(3)
    write_lines(data / "staging" / "a-0001.jsonl.gz", [line(staged_record(500 + n, rng)) for n in range(25)])
    done = baochi("load", "--db", str(data / "baochi.duckdb"))
    assert done.returncode == 0, done.stderr
    return data / "baochi.duckdb"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(db: Path, query: str, *extra: str) -> str:
    done = baochi("sql", query, "--db", str(db), *extra, timeout=120)
    assert done.returncode == 2, (query, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = error_lines(done.stderr)
    assert len(lines) == 1, lines
    return lines[0]


def test_attach_read_write_cannot_change_the_warehouse(warehouse: Path) -> None:
    before = _digest(warehouse)
    message = _refused(warehouse, f"ATTACH '{warehouse}' AS w (READ_WRITE)")
    assert "ATTACH is not allowed in baochi sql" in message
    message = _refused(warehouse, f"ATTACH '{warehouse}' AS w (READ_WRITE); UPDATE w.articles SET title = 'x'")
    assert "one statement per call" in message
    assert "not allowed" in _refused(warehouse, "UPDATE articles SET title = 'x'")
    assert _digest(warehouse) == before
    titles = duckdb.connect(str(warehouse), read_only=True).execute(
        "SELECT count(*) FROM articles WHERE title = 'x'").fetchone()
    assert titles == (0,)


def test_copy_writes_no_file_and_names_baochi_export(warehouse: Path, tmp_path: Path) -> None:
    target = tmp_path / "stolen.csv"
    message = _refused(warehouse, f"COPY (SELECT * FROM articles) TO '{target}'")
    assert message.startswith("error: COPY is not allowed in baochi sql") and "baochi export" in message
    assert not target.exists()
    # Not even into a folder the query may read.
    message = _refused(warehouse, f"COPY articles TO '{tmp_path / 'lake' / 'x.parquet'}'",
                       "--allow-dir", str(tmp_path))
    assert "COPY is not allowed" in message and not (tmp_path / "lake").exists()
    assert "EXPORT DATABASE is not allowed" in _refused(warehouse, f"EXPORT DATABASE '{tmp_path / 'dump'}'")
    assert not (tmp_path / "dump").exists()


def test_no_file_outside_the_warehouse_no_setting_no_extension(warehouse: Path) -> None:
    assert "reading /etc/passwd is not allowed" in _refused(warehouse, "SELECT * FROM read_text('/etc/passwd')")
    assert "not allowed" in _refused(warehouse, "SELECT * FROM glob('/etc/*')")
    assert "SET and RESET are not allowed" in _refused(warehouse, "SET enable_external_access = true")
    assert "INSTALL and LOAD are not allowed" in _refused(warehouse, "INSTALL httpfs")
    assert "INSTALL and LOAD are not allowed" in _refused(warehouse, "LOAD httpfs")


class _Counting(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # pragma: no cover - must never be reached
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"a\n1\n")

    def do_HEAD(self) -> None:  # pragma: no cover - must never be reached
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_url_reaches_no_network_and_downloads_no_extension(warehouse: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/data.csv"
        message = _refused(warehouse, f"SELECT * FROM read_csv('{url}')")
    finally:
        server.shutdown()
        server.server_close()
    assert f"reaching {url} is not allowed" in message
    assert _Counting.hits == []


def test_reading_parquet_exports_stays_possible_where_allowed(warehouse: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    done = baochi("export", "articles", "--format", "parquet", "--out", str(lake), "--db", str(warehouse))
    assert done.returncode == 0, done.stderr
    query = f"SELECT count(*) AS n FROM read_parquet('{lake}/**/*.parquet', hive_partitioning = true)"
    allowed = baochi("sql", query, "--format", "json", "--allow-dir", str(lake), "--db", str(warehouse))
    assert allowed.returncode == 0, allowed.stderr
    assert json.loads(allowed.stdout) == [{"n": 25}]
    assert "--allow-dir" in _refused(warehouse, query)


def test_ordinary_queries_still_work(warehouse: Path) -> None:
    for query in ("SELECT count(*) AS n FROM articles", "DESCRIBE articles", "SHOW TABLES",
                  "EXPLAIN SELECT * FROM articles", "WITH x AS (SELECT 1 AS n) SELECT * FROM x"):
        done = baochi("sql", query, "--format", "json", "--db", str(warehouse))
        assert done.returncode == 0, (query, done.stderr)


def test_the_notebook_connection_is_locked_by_duckdb_itself(warehouse: Path, tmp_path: Path) -> None:
    """No statement check here: the settings alone refuse (what a notebook gets)."""
    from baochi.pipeline.warehouse.snapshot import connect_reader

    con = connect_reader(warehouse)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (25,)
        settings = dict(con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access',"
            " 'autoinstall_known_extensions', 'autoload_known_extensions', 'lock_configuration')").fetchall())
        assert settings == {"enable_external_access": "false", "autoinstall_known_extensions": "false",
                            "autoload_known_extensions": "false", "lock_configuration": "true"}
        for statement in (f"ATTACH '{warehouse}' AS w (READ_WRITE)", f"COPY articles TO '{tmp_path / 'x.csv'}'",
                          "SELECT * FROM read_text('/etc/hostname')", "SET lock_configuration = false",
                          "SET enable_external_access = true", "INSTALL httpfs", "LOAD httpfs"):
            with pytest.raises(duckdb.Error):
                con.execute(statement)
    finally:
        con.close()
    assert not (tmp_path / "x.csv").exists()


def test_no_connection_of_the_project_installs_or_loads_an_extension(warehouse: Path, tmp_path: Path) -> None:
    from baochi.pipeline.warehouse.connect import connect

    con = connect(tmp_path / "writer.duckdb")
    try:
        settings = dict(con.execute(
            "SELECT name, value FROM duckdb_settings()"
            " WHERE name IN ('autoinstall_known_extensions', 'autoload_known_extensions')").fetchall())
        assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}
        with pytest.raises(duckdb.Error):  # httpfs would be fetched and loaded on demand otherwise
            con.execute("SELECT * FROM read_csv('http://127.0.0.1:9/none.csv')")
        loaded = con.execute("SELECT extension_name FROM duckdb_extensions() WHERE loaded").fetchall()
        assert {name for (name,) in loaded} <= {"core_functions", "json", "parquet", "icu"}, loaded
    finally:
        con.close()
