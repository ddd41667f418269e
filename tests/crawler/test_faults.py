"""The spider against a misbehaving server: every page accounted for, Vietnamese decoded."""

from __future__ import annotations

import pytest

from tests.crawler.fault_server import BODY, FAULTS, LEAD, TITLE, FaultServer
from tests.crawler.helpers import assert_accounted, crawl_cli, staged_records

pytestmark = pytest.mark.slow

FAST_FAILURES = {"BAOCHI_DOWNLOAD_TIMEOUT": "3", "BAOCHI_RETRY_TIMES": "2",
                 "BAOCHI_RETRY_BACKOFF_BASE": "0.2", "BAOCHI_RENDER": "0"}


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    data = tmp_path_factory.mktemp("faults")
    with FaultServer() as server:
        done, summary = crawl_cli("baothanhhoa", server.base_url, data, env=FAST_FAILURES)
        hits = dict(server.hits)
    return done, summary, staged_records(data), hits


def test_never_crashes_and_reports_failures(faulty) -> None:
    done, summary, _, _ = faulty
    assert done.returncode == 1, done.stderr[-2000:]  # finished, with failures
    assert "Traceback" not in done.stderr


def test_every_page_is_accounted_for(faulty) -> None:
    _, summary, records, _ = faulty
    kinds = ("staged", "gone", "failed", "http_error")
    expected = {kind: sum(outcome == kind for _, outcome in FAULTS.values()) for kind in kinds}
    assert summary["articles_scheduled"] == len(FAULTS)
    assert summary["articles_staged"] == expected["staged"] == len(records)
    assert summary["articles_gone"] == expected["gone"]
    assert summary["articles_failed"] == expected["failed"]
    assert summary["articles_http_error"] == expected["http_error"] == 1
    assert_accounted(summary)
    staged = {r["source_article_id"] for r in records}
    assert staged == {i for i, (_, outcome) in FAULTS.items() if outcome == "staged"}
    assert summary["failed_redirect_loop"] == 1
    assert summary["failed_http_500"] == 1


def test_vietnamese_is_decoded_whatever_the_charset(faulty) -> None:
    _, _, records, _ = faulty
    for record in records:
        assert (record["title"], record["lead"], record["body"]) == (TITLE, LEAD, "\n\n".join(BODY)), (
            record["source_article_id"], FAULTS[record["source_article_id"]], record["charset"])
    charsets = {r["source_article_id"]: r["charset"] for r in records}
    assert charsets["100010"] == charsets["100011"] == charsets["100012"] == "cp1258"


def test_retries_back_off_and_then_stop(faulty) -> None:
    _, summary, _, hits = faulty
    assert hits["/bai-viet-100005.htm"] == 2  # 503 + Retry-After, then served
    assert hits["/bai-viet-100015.htm"] == 2  # one 500, then served
    assert hits["/bai-viet-100004.htm"] == 3  # first try + RETRY_TIMES
    assert hits["/bai-viet-100002.htm"] == 1  # 404 is not retried
    assert summary["retries"] >= 5
