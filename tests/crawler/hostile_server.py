"""A loopback site that attacks the crawler at fetch time (issue 15 §6), shaped like Báo Thanh
Hóa so the `baothanhhoa` block crawls it, plus an "elsewhere" server standing for any other
host: nothing may ever be fetched from it.

`HOSTILE` says what each article id does and the outcome the crawl must count for it.
"""

from __future__ import annotations

import json
import socket
import threading
import zlib
from collections.abc import Callable
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from baochi.crawler.decode import rotate
from baochi.crawler.sources import get_source

from tests.crawler.fault_server import BODY, LEAD, TITLE, page

LONG_ID = "9" * 300
GIB = 1 << 30
TEASERS = ["Sáng nay, tại thành phố diễn ra lễ khởi công dự án giao thông trọng điểm...",
           "Hội nghị tổng kết công tác năm của ngành y tế tỉnh đã đề ra nhiều nhiệm vụ...",
           "Người dân vùng cao phấn khởi đón nhận những chính sách mới về đất đai..."]
CAPTION = "Ảnh: Lê Hợi"

# id: (behaviour, outcome, body_status or None)
HOSTILE: dict[str, tuple[str, str, str | None]] = {
    "200001": ("offsite-302", "offsite_redirect", None),
    "200002": ("offsite-meta-refresh", "offsite_redirect", None),
    "200003": ("gzip-bomb", "too_large", None),
    "200004": ("big-with-length", "too_large", None),
    "200005": ("big-streamed", "too_large", None),
    LONG_ID: ("ok", "failed", None),
    "200007": ("surrogate-json-ld", "failed", None),
    "200008": ("utf8-one-bad-byte", "staged", "ok"),
    "200009": ("cipher-body", "staged", "ok"),
    "200010": ("hex-body", "staged", "encoded"),
    "200011": ("teasers", "staged", "failed"),
    "200012": ("lone-date", "staged", "failed"),
    "200013": ("caption-in-body", "staged", "ok"),
    "200014": ("ok", "staged", "ok"),
    "200015": ("forbidden", "robots_forbidden", None),
    "200016": ("image", "failed", None),  # an image answered at an article's address
    "200017": ("empty", "failed", None),  # 200 with nothing in it
    "200018": ("bad-gzip", "failed", None),  # Content-Encoding: gzip over bytes that are not
    "200019": ("header-flood", "too_large", None),  # a header section that does not end
    "200020": ("file-302", "offsite_redirect", None),  # a redirect to file:///etc/passwd
    "200021": ("file-meta-refresh", "offsite_redirect", None),  # … and a meta refresh to it
    "200022": ("to-home", "gone", None),  # a taken-down article sent to the home page
}


def article_path(article_id: str) -> str:
    if HOSTILE[article_id][0] == "forbidden":
        return f"/cam/tin/{article_id}.htm"
    return f"/bai-viet-{article_id}.htm"


@lru_cache(maxsize=2)
def gzip_bomb(unpacked: int = GIB) -> bytes:
    """`unpacked` bytes of spaces inside a gzip stream of about 1 MiB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b" " * (1 << 20)
    parts = [packer.compress(chunk) for _ in range(unpacked // len(chunk))]
    parts.append(packer.flush())
    return b"".join(parts)


def _with_body(paragraphs: list[str], extra_head: str = "") -> str:
    html = page("x")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    start = html.index('<div class="detail-content">') + len('<div class="detail-content">')
    end = html.index('<p class="detail-author">')
    return html[:start] + body + html[end:].replace("</head>", extra_head + "</head>", 1)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits: dict[str, int]
    lock: threading.Lock
    elsewhere: str

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str | None = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: bool = True) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(body)
            self.wfile.flush()
        except OSError:
            pass  # the crawler hung up on a page too large: that is the point
        self.close_connection = True

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        with self.lock:
            self.hits[path] = self.hits.get(path, 0) + 1
        if path == "/":
            links = "".join(f'<a href="{article_path(i)}">{i}</a> ' for i in HOSTILE)
            links += '<a href="/bai-viet-\u0661\u0662\u0663.htm">other digits</a>'
            links += f'<a href="/{"bai-viet-" * 300}200099.htm">an article link too long to fetch</a>'
            return self._send(200, f"<html><body>{links}</body></html>".encode())
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow: /cam/\nSitemap: /sitemap-bomb.xml.gz\n"
                              b"Sitemap: /sitemap-chain-0.xml\n", "text/plain")
        if path.startswith("/sitemap-chain-"):  # an index naming a new index, for ever
            number = int(path.removeprefix("/sitemap-chain-").removesuffix(".xml")) + 1
            return self._send(200, (
                '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
                f'schemas/sitemap/0.9"><sitemap><loc>http://{self.headers["Host"]}/sitemap-chain-{number}.xml</loc>'
                "</sitemap></sitemapindex>").encode(), "application/xml")
        if path == "/sitemap-bomb.xml.gz":
            return self._send(200, gzip_bomb(), "application/x-gzip")
        if path in TRAPS:
            return self._send(200, _endless_listing(path, urlsplit(self.path).query, TRAPS[path]))
        article_id = path.rsplit("/", 1)[-1].removeprefix("bai-viet-").removesuffix(".htm")
        kind = HOSTILE.get(article_id, ("missing", "", None))[0]
        raw = RAW_ANSWERS.get(kind)
        if raw is not None:
            return raw(self, article_id)
        make = PAGES.get(kind)
        if make is None:
            return self._send(404, b"")
        return self._send(200, make(article_id, self.elsewhere))

    def _header_flood(self, article_id: str) -> None:
        """100-byte header lines, up to about 66 MB, until the crawler hangs up."""
        chunk = (b"X-Padding: " + b"a" * 87 + b"\r\n") * 100
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(6_600):
                self.wfile.write(chunk)
        except OSError:
            pass
        self.close_connection = True


# kind → how the handler answers, for answers that are not a 200 page (handler, article id)
RAW_ANSWERS: dict[str, Callable[[_Handler, str], None]] = {
    "offsite-302": lambda h, aid: h._send(302, b"", headers={"Location": f"{h.elsewhere}/bai-viet-{aid}.htm"}),
    "gzip-bomb": lambda h, aid: h._send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"}),
    "header-flood": _Handler._header_flood,
    "to-home": lambda h, aid: h._send(302, b"", headers={"Location": "/"}),
    "file-302": lambda h, aid: h._send(302, b"", headers={"Location": "file:///etc/passwd"}),
    "file-meta-refresh": lambda h, aid: h._send(
        200, b'<html><head><meta http-equiv="refresh" content="0; url=file:///etc/passwd"></head></html>'),
    "bad-gzip": lambda h, aid: h._send(200, b"\x1f\x8b\x08\x00not gzip after all" * 8,
                                      headers={"Content-Encoding": "gzip"}),
    "image": lambda h, aid: h._send(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64, "image/png"),
    "big-streamed": lambda h, aid: h._send(200, page(aid).encode() + b" " * (12 << 20), length=False),
}


# Listings (configured paths of the `baothanhhoa` block) whose pagination never ends: every
# page links `?page=N+1`. One shows the same two articles on every page (a CMS answering its
# last page for any page number), the other an empty list.
TRAPS = {"/thoi-su": ["200014", "200008"], "/kinh-te": []}
TRAP_PAGES_FETCHED_AT_MOST = 3  # the first page, the second, and one that repeats


def _endless_listing(path: str, query: str, ids: list[str]) -> bytes:
    number = int(query.removeprefix("page=")) if query.startswith("page=") and query[5:].isdigit() else 1
    items = "".join(f'<div class="story"><a href="{article_path(i)}">Bài {i}</a></div>' for i in ids)
    more = f'<a rel="next" href="{path}?page={number + 1}">Trang sau</a>'
    return f"<html><body>{items}<div class=\"pagination\">{more}</div></body></html>".encode()


def _offsite_refresh(article_id: str, elsewhere: str) -> bytes:
    refresh = f'<meta http-equiv="refresh" content="0; url={elsewhere}/bai-viet-{article_id}.htm">'
    return f"<html><head>{refresh}</head><body>Chuyển trang</body></html>".encode()


def _surrogate_json_ld(article_id: str, elsewhere: str) -> bytes:
    ld = json.dumps({"@type": "NewsArticle", "headline": TITLE, "author": {"name": "L\ud800"},
                     "datePublished": "2025-07-09T08:30:00+07:00"})
    html = page(article_id).replace("</head>", f'<script type="application/ld+json">{ld}</script></head>')
    return html.replace('<p class="detail-author">Lê Hợi</p>', "").encode()


def _cipher_body(article_id: str, elsewhere: str) -> bytes:
    alphabet = get_source("baothanhhoa").decoder.alphabets[0]
    return _with_body([rotate(p, alphabet, -61) for p in BODY]).encode()


def _hex_body(article_id: str, elsewhere: str) -> bytes:
    tokens = "x".join(format((i * 7919) % 65521, "x") for i in range(400))
    return _with_body([tokens]).encode()


# kind → the page answered with 200 (article id, the other host's address)
PAGES: dict[str, Callable[[str, str], bytes]] = {
    "ok": lambda aid, _: page(aid).encode(),
    "forbidden": lambda aid, _: page(aid).encode(),
    "offsite-meta-refresh": _offsite_refresh,
    "big-with-length": lambda aid, _: page(aid).encode() + b" " * (12 << 20),
    "surrogate-json-ld": _surrogate_json_ld,
    "utf8-one-bad-byte": lambda aid, _: page(aid).encode().replace(b"</head>", b"<!-- \xff --></head>", 1),
    "cipher-body": _cipher_body,
    "hex-body": _hex_body,
    "teasers": lambda aid, _: _with_body(TEASERS).encode(),
    "lone-date": lambda aid, _: _with_body(["09/07/2025 08:30"]).encode(),
    "caption-in-body": lambda aid, _: _with_body([BODY[0], CAPTION, BODY[1]]).encode(),
    "empty": lambda aid, _: b"",
}


class _Elsewhere(BaseHTTPRequestHandler):
    hits: dict[str, int]

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        body = page("elsewhere").replace(TITLE, "Trang của máy chủ khác").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _QuietServer(ThreadingHTTPServer):
    request_queue_size = socket.SOMAXCONN  # as the sample site's: no 1-s retries when accepting lags
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class HostileServer:
    """The hostile site and the other host; `hits` and `elsewhere_hits` count requests."""

    def __init__(self) -> None:
        self.elsewhere_hits: dict[str, int] = {}
        other = type("Elsewhere", (_Elsewhere,), {"hits": self.elsewhere_hits})
        self._other = _QuietServer(("127.0.0.1", 0), other)
        elsewhere = f"http://127.0.0.1:{self._other.server_address[1]}"
        handler = type("Hostile", (_Handler,), {"hits": {}, "lock": threading.Lock(), "elsewhere": elsewhere})
        self.hits = handler.hits
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        gzip_bomb()  # built before the crawl starts
        for server in (self._server, self._other):
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc: object) -> None:
        for server in (self._server, self._other):
            server.shutdown()
            server.server_close()


__all__ = ["BODY", "CAPTION", "HOSTILE", "LEAD", "LONG_ID", "TITLE", "HostileServer", "article_path"]
