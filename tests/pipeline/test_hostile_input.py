"""Hostile input: malformed pages, lying charsets, absurd dates, control characters, bad
staging lines. Nothing may crash; every page and every line is accounted for.

The fuzz pages are generated from a real sample-site article with a seed (BAOCHI_FUZZ_SEED)
and decoded the way the spider decodes them (Scrapy's HtmlResponse: headers, meta charset,
BOM, then replacement), then go through every entry point the pipeline calls:
`parse_article`, `parse_published` and the NLP stage's `analyse_article` (which calls
`baochi.nlp.analyse`).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.pipeline.nightly_support import log_lines

SEED = int(os.environ.get("BAOCHI_FUZZ_SEED", "7"))
# 10,000 pages by default (a few minutes: the tests that use them are marked slow).
N_PAGES = int(os.environ.get("BAOCHI_FUZZ_PAGES", "10000"))

ABSURD_DATES = [
    "31/02/2025 25:61", "9999-99-99", "0000-00-00T00:00:00", "10000-01-01T00:00:00", "1" * 400,
    "\x00", "2025-01-01T00:00:00+99:00", "Thứ hai, 32/13/2025 - 99:99", "-1", "1e308",
    "Mon, 99 Foo 2025 99:99:99 +0700", "2099-01-01T00:00:00+07:00", "1900-01-01", "",
    "T" * 10_000, "٢٠٢٥-٠١-٠١", "2025-1-1T1:1:1", "NaN", "29/02/2023 10:00",
]
CONTROL = [chr(c) for c in range(0, 32)] + ["\x7f", "\u200b", "\ufeff", "\u202e", "\u2028", "\ufffe", "\U0010ffff"]
CHARSETS = [None, "utf-8", "windows-1258", "windows-1252", "iso-8859-1", "utf-16", "bogus-charset", "shift_jis"]


def _with_date(html: str, value: str) -> str:
    import re

    html = re.sub(r'(article:published_time" content=")[^"]*', lambda m: m.group(1) + value, html)
    html = re.sub(r'("datePublished":\s*")[^"]*', lambda m: m.group(1) + value.replace('"', ""), html)
    return re.sub(r'(class="detail-time"[^>]*>)[^<]*', lambda m: m.group(1) + value, html)


def _truncated(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    raw = base.encode()
    return raw[: rng.randrange(0, len(raw))], "utf-8"


def _empty(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    return rng.choice([b"", b" ", b"<html></html>", b"<", b"\xef\xbb\xbf"]), "utf-8"


def _binary(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    body = rng.randbytes(rng.randrange(1, 20_000))
    return body, rng.choice(CHARSETS)


def _enormous(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    paragraph = "<p>Sáng 9-7, Ban Thi đua - Khen thưởng tỉnh phát động phong trào “Xanh”.</p>"
    return base.replace('<div class="detail-content">',
                        '<div class="detail-content">' + paragraph * rng.randrange(2_000, 8_000)).encode(), "utf-8"


def _nested(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    depth = rng.randrange(500, 8_000)
    return base.replace('<div class="detail-content">',
                        '<div class="detail-content">' + "<div><span>" * depth + "<p>sâu</p>").encode(), "utf-8"


def _charset(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    body = base.encode(rng.choice(["windows-1258", "windows-1252", "utf-16"]), "replace")
    return body, rng.choice(CHARSETS)


def _lying_meta(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    meta = rng.choice(["iso-8859-1", "utf-16", "windows-1258", "x-unknown", "utf-8"])
    return base.replace("<head>", f'<head><meta charset="{meta}">', 1).encode(), None


def _absurd_date(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    return _with_date(base, rng.choice(ABSURD_DATES)).encode(), "utf-8"


def _control(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    chars = list(base)
    for _ in range(rng.randrange(1, 200)):
        chars.insert(rng.randrange(len(chars)), rng.choice(CONTROL))
    return "".join(chars).encode("utf-8", "surrogatepass"), "utf-8"


def _broken_tags(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    return base.replace(">", "", rng.randrange(1, 200)).replace("</", "<", rng.randrange(1, 50)).encode(), "utf-8"


def _byte_flips(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    raw = bytearray(base.encode())
    for _ in range(rng.randrange(1, 500)):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw), "utf-8"


def _unclosed(rng: random.Random, base: str) -> tuple[bytes, str | None]:
    """Unclosed comments, CDATA, scripts swallowing the rest of the page."""
    opener = rng.choice(["<!--", "<![CDATA[", "<script>", "<style>", "<textarea>", "<?xml ", "<!DOCTYPE"])
    cut = rng.randrange(len(base))
    return (base[:cut] + opener + base[cut:]).encode(), "utf-8"


HOSTILE_KINDS = {
    "truncated": _truncated, "empty": _empty, "binary": _binary, "enormous": _enormous,
    "nested": _nested, "charset": _charset, "lying_meta": _lying_meta, "absurd_date": _absurd_date,
    "control": _control, "broken_tags": _broken_tags, "byte_flips": _byte_flips, "unclosed": _unclosed,
}


def hostile_page(rng: random.Random, base: str, number: int) -> tuple[str, bytes, str | None]:
    """One malformed page: (kind, body bytes, declared charset or None)."""
    kind = list(HOSTILE_KINDS)[number % len(HOSTILE_KINDS)]
    body, charset = HOSTILE_KINDS[kind](rng, base)
    return kind, body, charset


@pytest.fixture(scope="module")
def base_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    from baochi.crawler.sample_site import generate_site

    folder = tmp_path_factory.mktemp("hostile-site")
    generate_site(folder, n_articles=6)
    page = next(p for p in sorted((folder / "site").glob("*-*.htm")))
    return page.read_text("utf-8")


@pytest.fixture(scope="module")
def fuzz(base_page: str) -> dict:
    """Run the fuzz pages through the stages as the pipeline does; keep what happened."""
    from baochi import nlp
    from baochi.crawler.extract.article import parse_article
    from baochi.crawler.extract.dates import parse_published
    from baochi.crawler.sources import get_source
    from baochi.pipeline.jobs.process import ArticleText, analyse_article
    from scrapy.http import HtmlResponse

    source = get_source("baothanhhoa")
    rng = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    parser_crashes: list[str] = []
    stage_crashes: list[str] = []
    for number in range(N_PAGES):
        kind, body, charset = hostile_page(rng, base_page, number)
        headers = {"Content-Type": f"text/html; charset={charset}" if charset else "text/html"}
        url = f"http://127.0.0.1/bai-viet-hong-{100000 + number}.htm"
        published = parse_published(rng.choice(ABSURD_DATES), source.timezone, source.selectors.date_formats)
        if published is not None and not 1995 <= published.year <= 2100:
            stage_crashes.append(f"page {number}: absurd date accepted: {published}")
        try:
            text = HtmlResponse(url, body=body, headers=headers).text
            parsed = parse_article(text, url, source)
        except Exception as exc:  # what the spider's callback would raise: Scrapy counts it
            parser_crashes.append(f"page {number} ({kind}): {type(exc).__name__}: {exc}"[:300])
            outcomes[f"parse_failed_{type(exc).__name__}"] += 1
            continue
        try:
            result = analyse_article(
                ArticleText(f"baothanhhoa:{number}", "baothanhhoa", parsed.title, parsed.lead,
                            parsed.body, parsed.published_at),
                nlp.NLP_VERSION,
            )
        except Exception as exc:
            stage_crashes.append(f"page {number} ({kind}): {type(exc).__name__}: {exc}"[:300])
            continue
        if result.status != "ok" and not (result.error or "").startswith("TooLong"):
            stage_crashes.append(f"page {number} ({kind}): nlp.analyse raised {result.error}"[:300])
        outcomes[f"body_{parsed.body_status}"] += 1
        outcomes["nlp_ok" if result.status == "ok" else "nlp_failed"] += 1
    return {"outcomes": outcomes, "parser_crashes": parser_crashes, "stage_crashes": stage_crashes}


@pytest.mark.slow
@pytest.mark.timeout(3600)  # 10,000 pages through parser and NLP: several minutes
def test_fuzz_pages_are_all_accounted_for_and_nothing_escapes(fuzz: dict) -> None:
    outcomes = fuzz["outcomes"]
    assert not fuzz["stage_crashes"], f"{len(fuzz['stage_crashes'])} crashes, e.g. {fuzz['stage_crashes'][:5]}"
    parsed = sum(n for k, n in outcomes.items() if k.startswith("body_"))
    parse_failed = sum(n for k, n in outcomes.items() if k.startswith("parse_failed_"))
    assert parsed + parse_failed == N_PAGES
    assert outcomes["nlp_ok"] + outcomes["nlp_failed"] == parsed
    assert outcomes["nlp_failed"] > 0  # the enormous pages: recorded as TooLong, not analysed


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_the_parser_raises_on_no_fuzz_page(fuzz: dict) -> None:
    assert not fuzz["parser_crashes"], f"{len(fuzz['parser_crashes'])} parser crashes, e.g. {fuzz['parser_crashes'][:3]}"


def test_nlp_survives_control_characters_and_odd_text() -> None:
    from baochi import nlp

    rng = random.Random(SEED)
    texts = ["", "\x00" * 1000, "\ud800 lone surrogate", "\u0301" * 5000, "(" * 5000, "“" * 5000,
             "\u202e" * 100 + "UBND tỉnh", "ngày " * 2000, "\r\n" * 3000, "\ufeff" * 100]
    texts += ["".join(rng.choice(CONTROL + list("aăâđ“”()/-0123456789 ")) for _ in range(2000)) for _ in range(30)]
    for text in texts:
        analysis = nlp.analyse(text, "2025-01-01T00:00:00+07:00", "baothanhhoa")
        json.dumps(analysis.to_dict(), ensure_ascii=False)


def _staging_line(number: int, **changes: object) -> bytes:
    record = {
        "source_id": "baothanhhoa", "source_article_id": str(number), "url": f"http://127.0.0.1/a-{number}.htm",
        "title": f"Tin {number}", "lead": "Sáng 9-7.", "body": "Nội dung.", "body_status": "ok",
        "extraction": {}, "content_hash": f"h{number}", "fetched_at": "2025-01-01T00:00:00+00:00",
        "published_at": "2025-01-01T08:00:00+07:00", "run_id": "r",
    }
    record.update(changes)
    return (json.dumps(record, ensure_ascii=False) + "\n").encode()


def test_malformed_staging_lines_are_quarantined_and_the_rest_loads(tmp_path: Path) -> None:
    from baochi.pipeline.jobs.stages import open_warehouse
    from baochi.pipeline.paths import resolve_paths
    from baochi.pipeline.warehouse.load import load_staging

    paths = resolve_paths(tmp_path / "baochi.duckdb")
    paths.staging.mkdir(parents=True)
    bad = [
        b"{not json\n", b"[1, 2]\n", b'"a string"\n', b"null\n", b"\xff\xfe\x00garbage\n",
        _staging_line(900, source_article_id=None), _staging_line(901, fetched_at="yesterday"),
        _staging_line(902, url=""), b"[" * 100_000 + b"\n", _staging_line(903, content_hash=None),
        # Types as the contract says: never silently coerced.
        _staging_line(52, extraction="not an object"), _staging_line(53, author=["a", "list"]),
        _staging_line(54, source_article_id=54), _staging_line(904, title=123), _staging_line(905, body=["x"]),
        # Ids, sources, times and text the warehouse must never hold.
        _staging_line(906, source_article_id=""), _staging_line(907, source_id="baokhongco"),
        _staging_line(908, source_article_id="１２３"), _staging_line(909, source_article_id="12a"),
        _staging_line(910, fetched_at="9999-01-01T00:00:00+00:00"), _staging_line(911, fetched_at="1900-01-01T00:00:00Z"),
        _staging_line(912, fetched_at="2025-01-01T00:00:00+05:30:15.500000"), _staging_line(913, body_status="great"),
        _staging_line(914).replace(b"Tin 914", b"\\ud800 914"), b'{"title": NaN}\n',
    ]
    good = [_staging_line(n) for n in range(20)] + [
        _staging_line(50, title="Tiêu đề\x00\x07 có ký tự điều khiển"), _staging_line(51, published_at="31/02/2025"),
        _staging_line(55, published_at="9999-01-01T00:00:00+07:00"), _staging_line(56, extraction=None, author=None),
    ]
    lines = good[:10] + bad + good[10:]
    with gzip.open(paths.staging / "mixed-0001.jsonl.gz", "wb") as handle:
        handle.write(b"".join(lines))
    with gzip.open(paths.staging / "clean-0001.jsonl.gz", "wb") as handle:
        handle.write(b"".join(_staging_line(n) for n in range(100, 110)))
    (paths.staging / "broken-0001.jsonl.gz").write_bytes(gzip.compress(b"".join(_staging_line(n) for n in range(200, 230)))[:-40])
    (paths.staging / "notgzip-0001.jsonl.gz").write_bytes(b"this is not gzip at all")

    con = open_warehouse(paths)
    try:
        result = load_staging(con, paths.staging, paths.loaded)
        counts = result.counts()
        loaded_ids = {r[0] for r in con.execute("SELECT source_article_id FROM articles").fetchall()}
        bad_dates = con.execute("SELECT published_at FROM articles WHERE source_article_id IN ('51', '55')").fetchall()
    finally:
        con.close()
    assert {str(n) for n in range(20)} | {"50", "51", "55", "56"} <= loaded_ids
    assert not loaded_ids & ({str(n) for n in range(900, 915)} | {"52", "53", "54"})
    assert {str(n) for n in range(100, 110)} <= loaded_ids
    assert bad_dates == [(None,), (None,)]  # unreadable or absurd: unknown, the line still loads
    assert counts["rejected_lines"] >= len(bad)
    assert counts["rejected_invalid_json"] >= 3 and counts["rejected_not_an_object"] == 3
    for reason in ("bad_type_extraction", "bad_type_author", "bad_type_source_article_id", "bad_type_title",
                   "bad_type_body", "missing_source_article_id", "unknown_source", "bad_source_article_id",
                   "fetched_at_out_of_range", "bad_fetched_at", "bad_body_status", "invalid_unicode"):
        assert counts.get(f"rejected_{reason}", 0) >= 1, (reason, counts)
    assert counts["files_quarantined"] == 2
    assert not list(paths.staging.glob("*.jsonl.gz")), "no file may stay in staging forever"
    quarantined = (paths.data_dir / "rejected" / "mixed-0001.rejected.jsonl").read_text("utf-8").splitlines()
    assert len(quarantined) == len(bad)
    assert (paths.data_dir / "rejected" / "notgzip-0001.jsonl.gz").exists()
    # Every line of the readable part of the truncated file is either loaded or quarantined.
    recovered = {str(n) for n in range(200, 230)} & loaded_ids
    assert recovered, "the readable part of a truncated file is loaded"


class _HostileSite(BaseHTTPRequestHandler):
    """A home page linking hostile article pages (the generated fuzz pages)."""

    pages: dict[str, tuple[bytes, str | None]] = {}

    def do_GET(self) -> None:
        if self.path == "/":
            links = "".join(f'<a href="{path}">x</a>' for path in self.pages)
            self._send(200, f"<html><body>{links}</body></html>".encode(), "utf-8")
        elif self.path in self.pages:
            body, charset = self.pages[self.path]
            self._send(200, body, charset)
        else:
            self._send(404, b"not found", "utf-8")

    def _send(self, status: int, body: bytes, charset: str | None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"text/html; charset={charset}" if charset else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.slow
def test_nightly_over_a_hostile_site_accounts_for_every_page(base_page: str, tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    pages = {}
    for number in range(60):
        kind, body, charset = hostile_page(rng, base_page, number)
        if kind == "enormous":
            body = body[:3_000_000]
        pages[f"/bai-viet-hong-{300000 + number}.htm"] = (body, charset)
    handler = type("Handler", (_HostileSite,), {"pages": pages})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        db = tmp_path / "baochi.duckdb"
        done = subprocess.run(
            [sys.executable, "-m", "baochi.pipeline", "nightly", "--db", str(db), "--source", "baothanhhoa",
             "--base-url", f"http://127.0.0.1:{server.server_address[1]}", "--no-throttle",
             "--workers", "1", "--log-json", "--no-report"],
            capture_output=True, text=True, cwd=REPO, timeout=600,
        )
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode in (0, 1), done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["stages"]["load"] == "ok" and result["stages"]["process"] in ("ok", "failed")
    crawl = next(line for line in log_lines(done.stderr) if line.get("msg") == "crawl done")
    failed = sum(v for k, v in result["failed"].items() if not k.startswith(("nlp", "rejected", "report")))
    assert crawl["discovered"] == len(pages)
    assert result["fetched"] + failed == len(pages), result
    assert result["new"] == result["fetched"]
    assert result["analysed"] + result["nlp_errors"] == result["fetched"]
