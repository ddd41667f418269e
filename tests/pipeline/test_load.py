"""Loading staging files: idempotent, versioned, and only ever moved after commit."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from baochi.crawler.extract.article import content_hash
from baochi.pipeline.jobs.stages import open_warehouse
from baochi.pipeline.paths import resolve_paths
from baochi.pipeline.warehouse.load import load_staging, staged_files


def record(article_id: str, title: str, fetched_at: str, body: str = "Nội dung.") -> dict:
    return {
        "source_id": "baothanhhoa", "source_article_id": article_id,
        "url": f"http://127.0.0.1/tin-{article_id}.htm", "canonical_url": None,
        "title": title, "lead": "Sáng 9-7, hội nghị.", "body": body, "author": "Tố Phương",
        "category": "Thời sự", "category_slug": "thoi-su",
        "published_at": "2020-07-09T16:45:00+07:00", "body_status": "ok",
        "extraction": {"title": "selector:h1"}, "content_hash": content_hash(title, "Sáng 9-7, hội nghị.", body),
        "fetched_at": fetched_at, "run_id": "r1", "captions": [], "lead_raw": None,
    }


def write_staging(folder: Path, name: str, records: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for item in records:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def paths(tmp_path: Path):
    return resolve_paths(tmp_path / "w" / "baochi.duckdb")


def table(con, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def test_loading_the_same_file_twice_changes_nothing(paths) -> None:
    records = [record("1", "Tin một", "2025-01-01T00:00:00+00:00"),
               record("2", "Tin hai", "2025-01-01T00:00:00+00:00")]
    path = write_staging(paths.staging, "a-0001.jsonl.gz", records)
    con = open_warehouse(paths)
    first = load_staging(con, paths.staging, paths.loaded)
    assert first.new == 2 and first.updated == 0
    assert staged_files(paths.staging) == [] and (paths.loaded / path.name).exists()
    snapshot = table(con, "SELECT * FROM articles ORDER BY article_id")
    # Put the very same file back and load again: same rows, no versions.
    (paths.loaded / path.name).rename(path)
    second = load_staging(con, paths.staging, paths.loaded)
    assert second.new == 0 and second.updated == 0 and second.unchanged == 2
    assert table(con, "SELECT * FROM articles ORDER BY article_id") == snapshot
    assert table(con, "SELECT count(*) FROM article_versions") == [(0,)]
    con.close()


def test_changed_content_keeps_the_earlier_version(paths) -> None:
    write_staging(paths.staging, "a-0001.jsonl.gz", [record("7", "Tiêu đề cũ", "2025-01-01T00:00:00+00:00")])
    con = open_warehouse(paths)
    load_staging(con, paths.staging, paths.loaded)
    write_staging(paths.staging, "b-0001.jsonl.gz", [record("7", "Tiêu đề mới", "2025-01-02T00:00:00+00:00")])
    result = load_staging(con, paths.staging, paths.loaded)
    assert result.updated == 1
    assert table(con, "SELECT title FROM articles") == [("Tiêu đề mới",)]
    assert table(con, "SELECT version, title FROM article_versions") == [(1, "Tiêu đề cũ")]
    con.close()


def test_duplicate_ids_in_one_file_load_once(paths) -> None:
    write_staging(paths.staging, "a-0001.jsonl.gz", [
        record("9", "Bản cũ", "2025-01-01T00:00:00+00:00"),
        record("9", "Bản mới", "2025-01-03T00:00:00+00:00"),
    ])
    con = open_warehouse(paths)
    load_staging(con, paths.staging, paths.loaded)
    assert table(con, "SELECT article_id, title FROM articles") == [("baothanhhoa:9", "Bản mới")]
    con.close()


def test_a_bad_line_does_not_block_its_file(paths) -> None:
    path = write_staging(paths.staging, "a-0001.jsonl.gz", [record("1", "Tin", "2025-01-01T00:00:00+00:00")])
    with gzip.open(path, "ab") as handle:
        handle.write(b"{not json\n")
    con = open_warehouse(paths)
    result = load_staging(con, paths.staging, paths.loaded)
    assert result.counts()["rejected_invalid_json"] == 1 and result.new == 1
    assert not path.exists() and (paths.loaded / path.name).exists()
    assert table(con, "SELECT count(*) FROM articles") == [(1,)]
    rejected = (paths.data_dir / "rejected" / "a-0001.rejected.jsonl").read_text("utf-8")
    assert json.loads(rejected)["reason"] == "invalid_json"
    con.close()


def test_published_at_is_kept_as_an_instant(paths) -> None:
    write_staging(paths.staging, "a-0001.jsonl.gz", [record("1", "Tin", "2025-01-01T00:00:00+00:00")])
    con = open_warehouse(paths)
    load_staging(con, paths.staging, paths.loaded)
    local = table(con, "SELECT strftime(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh', '%Y-%m-%d %H:%M') FROM articles")
    utc = table(con, "SELECT strftime(published_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') FROM articles")
    assert local == [("2020-07-09 16:45",)] and utc == [("2020-07-09 09:45",)]
    con.close()


def test_what_the_crawl_knew_is_kept_and_a_wrong_type_refuses_only_its_line(paths) -> None:
    """Every staged field reaches the warehouse (migration 004): precision, body reason,
    captions, charset, HTTP status; a captions value that is not a list is that line's fault."""
    sound = record("1", "Tin một", "2025-01-01T00:00:00+00:00") | {
        "published_precision": "minute", "captions": ["Ảnh: Tố Phương"], "charset": "utf-8",
        "http_status": 200, "body_reason": None,
    }
    encoded = record("2", "Tin hai", "2025-01-01T00:00:00+00:00") | {
        "body_status": "encoded", "body": None, "body_reason": "cipher", "http_status": 200,
    }
    older = record("3", "Tin ba", "2025-01-01T00:00:00+00:00")
    for field in ("published_precision", "captions", "charset", "http_status", "body_reason"):
        older.pop(field, None)  # staged before these fields existed
    bad = record("4", "Tin bốn", "2025-01-01T00:00:00+00:00") | {"captions": "Ảnh: không phải danh sách"}
    write_staging(paths.staging, "a-0001.jsonl.gz", [sound, encoded, older, bad])
    con = open_warehouse(paths)
    result = load_staging(con, paths.staging, paths.loaded)
    assert result.new == 3 and result.counts()["rejected_bad_type_captions"] == 1
    rows = table(con, "SELECT source_article_id, published_precision, body_reason, captions, charset,"
                      " http_status FROM articles ORDER BY 1")
    assert rows == [("1", "minute", None, ["Ảnh: Tố Phương"], "utf-8", 200),
                    ("2", None, "cipher", [], None, 200),
                    ("3", None, None, [], None, None)]


def test_progress_counts_every_staging_file_once(paths) -> None:
    """The bar's counts rise to the number of files, whatever became of each file."""
    from baochi.pipeline.warehouse.load import FILES_PER_TRANSACTION

    n = FILES_PER_TRANSACTION * 2 + 1
    for i in range(n):
        write_staging(paths.staging, f"p-{i:04d}.jsonl.gz",
                      [record(str(i + 1), f"Tin {i}", "2025-01-01T00:00:00+00:00")])
    (paths.staging / f"p-{n:04d}.jsonl.gz").write_bytes(b"not gzip at all")
    calls: list[tuple[int, int]] = []
    con = open_warehouse(paths)
    result = load_staging(con, paths.staging, paths.loaded, progress=lambda d, t: calls.append((d, t)))
    con.close()
    assert result.new == n
    assert calls[0] == (0, n + 1) and calls[-1] == (n + 1, n + 1)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_load_shows_a_bar_on_a_terminal_only(paths) -> None:
    import os
    import pty
    import subprocess
    import sys

    from tests.conftest import REPO, read_terminal

    def run_load(stdout: int, stderr: int) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "baochi.pipeline", "load", "--db", str(paths.db)],
                                cwd=REPO, stdout=stdout, stderr=stderr,
                                env={**os.environ, "COLUMNS": "120", "TERM": "xterm"})

    write_staging(paths.staging, "t-0001.jsonl.gz", [record("1", "Tin", "2025-01-01T00:00:00+00:00")])
    primary, secondary = pty.openpty()
    proc = run_load(secondary, secondary)
    os.close(secondary)
    seen = read_terminal(primary)
    assert proc.wait(timeout=120) == 0, seen[-2000:]
    assert b"Loading staging files" in seen, seen[-2000:]
    write_staging(paths.staging, "t-0002.jsonl.gz", [record("2", "Tin hai", "2025-01-01T00:00:00+00:00")])
    piped = subprocess.run([sys.executable, "-m", "baochi.pipeline", "load", "--db", str(paths.db)],
                           cwd=REPO, capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0, piped.stderr
    assert "Loading staging files" not in piped.stdout + piped.stderr
    assert json.loads(piped.stdout)["new"] == 1
