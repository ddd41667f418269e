"""The crawl contract (crawler/contract.py), the body check and the page decoder, unit by unit."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from baochi.crawler.bodycheck import assess_body, is_prose
from baochi.crawler.contract import (
    FETCH_OUTCOMES,
    WAREHOUSE_FIELDS,
    CrawlReport,
    InvalidRecord,
    Outcome,
    StagedArticle,
    counts_from_stats,
    unaccounted,
)
from baochi.crawler.decode import decode_page, rotate
from baochi.crawler.sources import get_source

from tests.crawler.fault_server import BODY, to_cp1258

PROSE = "\n\n".join(BODY)


def record(**changes: object) -> dict:
    base = {
        "source_id": "baothanhhoa", "source_article_id": "226583", "url": "https://baothanhhoa.vn/a-226583.htm",
        "canonical_url": None, "title": "Tiêu đề", "lead": None, "body": PROSE, "author": None,
        "category": None, "category_slug": None, "published_at": "2025-07-09T08:30:00+07:00",
        "body_status": "ok", "extraction": {"body": "selector"}, "content_hash": "x",
        "fetched_at": "2025-07-09T09:00:00+00:00", "run_id": "r1", "lead_raw": "not staged",
    }
    return {**base, **changes}


def test_the_warehouse_fields_are_the_loaders_columns() -> None:
    from baochi.pipeline.warehouse.load import STAGING_COLUMNS

    # every staged field is loaded (the last five since migration 004); nothing is dropped
    assert set(WAREHOUSE_FIELDS) == set(STAGING_COLUMNS)
    assert {"published_precision", "captions", "body_reason", "charset", "http_status"} <= set(WAREHOUSE_FIELDS)
    line = json.loads(StagedArticle.from_record(record(raw_gz=b"x", body_verdict=object())).to_json())
    assert set(line) == set(WAREHOUSE_FIELDS)  # no raw page, no lead_raw


def test_a_record_changed_after_the_parse_is_checked_and_serialised_again(tmp_path: Path) -> None:
    """The parse worker stages a checked record's JSON line with it; a pipeline that changes a
    staged field (a rejected body, a rendered one) must not stage the stale line, and a change
    that breaks the contract is still refused."""
    from baochi.crawler.staging import StagingWriter

    article = StagedArticle.from_record(record())
    article.staged_gz = article.staged_member()
    article.raw_part = "elsewhere"  # not staged: the line stays
    assert article.staged_gz is not None
    article.body_status, article.body = "failed", None
    assert article.staged_gz is None
    writer = StagingWriter(tmp_path, "r1")
    writer.write(article)
    writer.flush()
    with gzip.open(writer.files[0], "rt", encoding="utf-8") as handle:
        [staged] = [json.loads(line) for line in handle]
    assert staged["body_status"] == "failed" and staged["body"] is None
    article.author = "L\ud800"
    with pytest.raises(InvalidRecord, match="invalid_text_author"):
        article.check()


@pytest.mark.parametrize(("changes", "reason"), [
    ({"source_article_id": "9" * 300}, "id_too_long"),
    ({"source_article_id": "\u0661\u0662\u0663"}, "id_not_ascii"),
    ({"source_article_id": "../../etc"}, "id_not_a_file_name"),
    ({"source_article_id": "a/b"}, "id_not_a_file_name"),
    ({"source_article_id": ".hidden"}, "id_not_a_file_name"),
    ({"source_article_id": "a\\b"}, "id_not_a_file_name"),
    ({"author": "L\ud800"}, "invalid_text_author"),
    ({"published_at": "09/07/2025"}, "published_at"),
    ({"body_status": "great"}, "body_status"),
])
def test_records_that_break_the_contract_are_refused(changes: dict, reason: str) -> None:
    with pytest.raises(InvalidRecord, match=reason):
        StagedArticle.from_record(record(**changes))


def test_counts_add_up_and_name_every_outcome() -> None:
    stats = {"baochi/articles_scheduled": 7, "baochi/articles_staged": 3, "baochi/articles_gone": 1,
             "baochi/articles_http_error": 1, "baochi/articles_too_large": 1, "baochi/articles_failed": 1,
             "baochi/failed/http_500": 1, "baochi/failed/too_large": 1, "baochi/failed/invalid_record": 1,
             "baochi/articles_known_skipped": 4, "baochi/body_status/ok": 3}
    counts = counts_from_stats(stats)
    assert all(o.counter in counts for o in Outcome)
    assert unaccounted(counts) == 0 and counts["failures"] == 3
    assert sum(v for k, v in counts.items() if k.startswith("failed_")) == counts["failures"]
    assert (counts["discovered"], counts["fetched"], counts["gone"]) == (11, 3, 1)
    assert len(FETCH_OUTCOMES) == 9


def test_the_report_file_is_whole_or_absent(tmp_path: Path) -> None:
    report = CrawlReport("r1", "baothanhhoa", "2025-07-09T09:00:00+00:00", "finished", {"fetched": 2}, ["a"])
    path = tmp_path / "report.json"
    report.write(path)
    assert CrawlReport.read(path) == report and not list(tmp_path.glob("*.part"))


def test_prose_passes_and_garbage_gets_a_reason() -> None:
    alphabets = get_source("baothanhhoa").decoder.alphabets
    assert is_prose(PROSE) and assess_body(PROSE, alphabets).status == "ok"
    cipher = assess_body("\n\n".join(rotate(p, alphabets[0], -40) for p in BODY), alphabets)
    assert (cipher.status, cipher.body, cipher.decoder) == ("ok", PROSE, "cipher")
    assert assess_body("\n\n".join(rotate(p, alphabets[0], -40) for p in BODY)).reason == "cipher"
    assert assess_body("x".join(format(ord(c), "x") for c in PROSE)).body == PROSE  # hex code points
    assert assess_body("3fx9ax1bx77x0cx5ex2dx41x66").reason == "hex_tokens"
    assert assess_body("Thứ tư, 09/07/2025 08:30 GMT+7").reason == "lone_date"
    assert assess_body("Tin một ngắn gọn về sự kiện...\n\nTin hai về việc khác trong tỉnh...").reason == "teasers"
    assert assess_body("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod").reason == "not_prose"
    split = assess_body(f"{BODY[0]}\n\nẢnh: Lê Hợi\n\n{BODY[1]}")
    assert (split.body, split.captions) == (PROSE, ["Ảnh: Lê Hợi"])


def test_one_bad_byte_keeps_utf8_but_cp1258_is_still_found() -> None:
    page = f"<html><head><meta charset='utf-8'></head><body>{PROSE}</body></html>".encode()
    text, charset = decode_page(page.replace(b"<body>", b"<body>\xff", 1), "text/html; charset=utf-8")
    assert charset == "utf-8" and PROSE in text
    text, charset = decode_page(to_cp1258(PROSE), "text/html; charset=utf-8")  # mislabelled cp1258
    assert charset == "cp1258" and text == PROSE


def test_a_staging_file_of_members_and_plain_lines_reads_whole(tmp_path: Path) -> None:
    """Records gzipped beside their parse are appended as gzip members between plain lines;
    Python's gzip and DuckDB (the loader) must both read every line, in order."""
    import duckdb
    from baochi.crawler.staging import StagingWriter

    first, third = StagedArticle.from_record(record()), StagedArticle.from_record(record())
    first.source_article_id, third.source_article_id = "100001", "100003"
    first.staged_gz, third.staged_gz = first.staged_member(), third.staged_member(level=1)
    plain = StagedArticle.from_record(record())
    plain.source_article_id = "100002"
    writer = StagingWriter(tmp_path, "r1")
    for item in (first, plain, {"source_article_id": "100004"}, third):
        writer.write(item)
    writer.flush()
    with gzip.open(writer.files[0], "rt", encoding="utf-8") as handle:
        ids = [json.loads(line)["source_article_id"] for line in handle]
    assert ids == ["100001", "100002", "100004", "100003"]
    rows = duckdb.sql(f"SELECT source_article_id FROM read_json('{writer.files[0]}', format='newline_delimited')").fetchall()
    assert [r[0] for r in rows] == ids


def test_a_checked_record_crosses_the_workers_socket_still_checked() -> None:
    """Pickled in the parse worker and unpickled in the crawl's thread, a record keeps every
    field and its staged line; a change after that still clears the line."""
    import pickle

    article = StagedArticle.from_record(record())
    article.staged_gz = article.staged_member()
    again = pickle.loads(pickle.dumps(article))
    assert again == article and again.staged_gz == article.staged_gz is not None
    assert again.raw_gz is None and again.requested_id == article.requested_id
    again.title = "Tiêu đề khác"
    assert again.staged_gz is None and article.staged_gz is not None
