"""Self-decoding bodies: native E1 decoding, browser render for unknown alphabets, and the
`encoded` status when no browser is installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from baochi.crawler.decode import decode_e1, find_blobs, rotate
from baochi.crawler.sample_site import generate_site, serve
from baochi.crawler.sample_site.encoded import E1_ALPHABET, UNREGISTERED_ALPHABET, encode
from baochi.crawler.sources import get_source

from tests.crawler.helpers import assert_accounted, crawl_cli, run_cli, staged_records

CHROMIUM = Path("/usr/bin/chromium")
FRAGMENT = ('<h1 class="pTitle">Từ “một làng tiên tiến kiểu mẫu” đến nông thôn mới</h1>'
            '<p class="pHead"> Xã Lam Sơn đạt chuẩn – 100% hộ dân đồng thuận…</p>'
            '<p class="pBody">Sáng 9-7, UBND tỉnh tổ chức hội nghị; è z/+ ‘trích’ “dẫn”.'
            '<p class="pBody">Đoạn hai chưa đóng thẻ'
            '<p class="pCaption"><img class="dthumb iCenter" src="//c.baothanhhoa.vn/img/desktop/news/2404/a.webp?r=1" alt="x" />Các đại biểu. Ảnh: Minh Hiếu</p>')
TITLE = "Từ “một làng tiên tiến kiểu mẫu” đến nông thôn mới"


def test_alphabet_in_the_registry_is_the_reference_one() -> None:
    assert get_source("baothanhhoa").decoder.alphabets[0] == E1_ALPHABET
    assert len(E1_ALPHABET) == 215


@pytest.mark.parametrize("shift", [1, 8, 16, 93, 124, 158, 160, 165, 192, 206, 214])
def test_every_shift_decodes_natively(shift: int) -> None:
    decoder = get_source("baothanhhoa").decoder
    blob = encode(FRAGMENT, E1_ALPHABET, shift)
    assert find_blobs(f'<script>var c="{blob}";</script>') == [blob]
    decoded = decode_e1(blob, decoder, [TITLE])
    assert decoded is not None and decoded.shift == shift and decoded.alphabet == 1
    assert decoded.title == TITLE
    assert decoded.lead == "Xã Lam Sơn đạt chuẩn – 100% hộ dân đồng thuận…"
    assert decoded.paragraphs == ["Sáng 9-7, UBND tỉnh tổ chức hội nghị; è z/+ ‘trích’ “dẫn”.",
                                  "Đoạn hai chưa đóng thẻ"]
    assert decoded.captions == ["Các đại biểu. Ảnh: Minh Hiếu"]
    assert rotate(rotate(FRAGMENT, E1_ALPHABET, -shift), E1_ALPHABET, shift) == FRAGMENT


def test_wrong_alphabet_or_title_is_not_accepted() -> None:
    decoder = get_source("baothanhhoa").decoder
    assert decode_e1(encode(FRAGMENT, UNREGISTERED_ALPHABET, 165), decoder, [TITLE]) is None
    assert decode_e1(encode(FRAGMENT, E1_ALPHABET, 165), decoder, ["Một bài khác hẳn"]) is None


def test_parse_html_never_stores_the_blob(tmp_path: Path) -> None:
    blob = encode(FRAGMENT, UNREGISTERED_ALPHABET, 42)
    page = tmp_path / "page.html"
    page.write_text(f'<html><head><meta property="og:title" content="{TITLE}"></head><body>'
                    f'<h1 class="detail-title">{TITLE}</h1><div class="detail-content">{blob}</div>'
                    "</body></html>", "utf-8")
    done = run_cli("parse-html", str(page), "--url", "https://baothanhhoa.vn/x-123456.htm")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["body_status"] == "encoded" and record["body"] is None
    assert record["source_article_id"] == "123456"


@pytest.fixture(scope="module")
def encoded_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("encoded")
    manifest = json.loads(generate_site(out, n_articles=40, encoded_share=0.2,
                                        unregistered_share=0.15).read_text("utf-8"))
    with serve(out / "site") as site:
        yield site, manifest


def _check_bodies(records: list[dict], manifest: dict, *, rendered: bool) -> None:
    expected = {a["id"]: a for a in manifest["articles"]}
    assert {r["source_article_id"] for r in records} == set(expected)
    for record in records:
        article = expected[record["source_article_id"]]
        if article["encoded"] == "unregistered" and not rendered:
            assert record["body_status"] == "encoded" and record["body"] is None
            continue
        assert record["body_status"] == "ok"
        assert (record["title"], record["lead"], record["body"], record["captions"], record["author"]) == (
            article["title"], article["lead"], article["body"], article["captions"], article["author"])
        layer = record["extraction"]["body"]
        if article["encoded"] == "e1":
            assert layer == "decoder:e1"
        elif article["encoded"] == "unregistered":
            assert layer.startswith("render+")


def test_without_a_browser_unknown_alphabets_are_flagged(encoded_site, tmp_path) -> None:
    site, manifest = encoded_site
    done, summary = crawl_cli("baothanhhoa", site.base_url, tmp_path,
                              env={"BAOCHI_CHROMIUM": str(tmp_path / "no-chromium")})
    assert done.returncode == 0, done.stderr[-3000:]
    unregistered = sum(a["encoded"] == "unregistered" for a in manifest["articles"])
    assert unregistered >= 3 and summary["body_encoded"] == unregistered
    assert summary["render_requests"] == 0
    assert "apt-get install -y chromium" in done.stderr
    _check_bodies(staged_records(tmp_path), manifest, rendered=False)
    assert_accounted(summary)
    # --render demands a browser: "could not run"
    again, _ = crawl_cli("baothanhhoa", site.base_url, tmp_path / "again", "--render", "require",
                         env={"BAOCHI_CHROMIUM": str(tmp_path / "no-chromium")})
    assert again.returncode == 3 and "chromium" in again.stderr


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="render mode needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)")
def test_browser_render_decodes_unknown_alphabets(encoded_site, tmp_path) -> None:
    site, manifest = encoded_site
    done, summary = crawl_cli("baothanhhoa", site.base_url, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    unregistered = sum(a["encoded"] == "unregistered" for a in manifest["articles"])
    # only the pages the native decoder could not read went to the browser
    assert summary["render_requests"] == summary["render_ok"] == unregistered
    assert summary["body_ok"] == len(manifest["articles"]) and summary["body_encoded"] == 0
    assert summary["render_blocked_requests"] > 0  # images and foreign hosts never loaded
    _check_bodies(staged_records(tmp_path), manifest, rendered=True)
    assert_accounted(summary)


def test_rotate_turns_back_what_it_turned_and_passes_other_characters() -> None:
    alphabet = "aăâbcdđeêơưáàảãạ"
    text = "Đoàn viên ra quân: chiến dịch hè 2024!"
    assert rotate(rotate(text, alphabet, -7), alphabet, 7) == text
    assert rotate("abc-xyz", "abc", 1) == "cab-xyz"  # back by one, wrapping; others unchanged
    assert rotate("aba", "aba", 1) == "bab"  # a repeated character takes its last place, as an index would


@pytest.mark.parametrize(("body", "content_type", "problem"), [
    (b"", "text/html; charset=utf-8", "empty_page"),
    (b" \r\n\t", None, "empty_page"),
    (b"\x89PNG\r\n\x1a\n\x00\x01", "image/png", "not_html"),
    (b"%PDF-1.7\n%\xe2\xe3", "application/pdf", "not_html"),
    (b"\x00\x01\x02", None, "not_html"),
    (b"<!DOCTYPE html><html><body><p>B\xc3\xa0i</p></body></html>", "application/octet-stream", None),
    (b"<p>B\xc3\xa0i vi\xe1\xba\xbft</p>", "", None),
    (b"<html><body>x</body></html>", "text/html", None),
    (b"plain words", "text/plain; charset=utf-8", None),
])
def test_an_answer_that_is_no_page_says_why(body: bytes, content_type: str | None, problem: str | None) -> None:
    from baochi.crawler.decode import not_a_page

    assert not_a_page(body, content_type) == problem
