"""A loopback server whose article pages misbehave in every way a provincial server does.

Shaped like Báo Thanh Hóa (so the `baothanhhoa` block crawls it): the home page links one
article per fault. `FAULTS` says what each id does and what the crawler should make of it.
"""

from __future__ import annotations

import socket
import threading
import time
import unicodedata
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

TITLE = "Đồng chí Nguyễn Văn Thành dự lễ phát động phong trào thi đua “Dân vận khéo”"
LEAD = "Sáng 9-7, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác năm."
BODY = ["Phát biểu tại hội nghị, đồng chí nhấn mạnh những kết quả đạt được của phong trào.",
        "Dịp này, nhiều tập thể, cá nhân được tặng bằng khen vì có thành tích xuất sắc."]

# id: (behaviour, expected outcome)
FAULTS: dict[str, tuple[str, str]] = {
    "100001": ("ok", "staged"),
    "100002": ("404", "gone"),
    "100003": ("410", "gone"),
    "100004": ("500", "http_error"),
    "100005": ("503-retry-after", "staged"),
    "100006": ("slow", "staged"),
    "100007": ("timeout", "failed"),
    "100008": ("redirect-loop", "failed"),
    "100009": ("truncated", "failed"),
    "100010": ("cp1258-declared", "staged"),
    "100011": ("cp1258-undeclared", "staged"),
    "100012": ("cp1258-declared-utf8", "staged"),
    "100013": ("utf8-declared-latin1", "staged"),
    "100014": ("utf8-meta-only", "staged"),
    "100015": ("500-once", "staged"),
}


def to_cp1258(text: str) -> bytes:
    """Vietnamese in windows-1258: base letters plus combining tone marks where needed."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        # keep the vowel letter cp1258 has precomposed (â ê ô ơ ư ă), the tone mark combining
        options = [(unicodedata.normalize("NFC", base + m), marks.replace(m, "")) for m in marks]
        for head, rest in [*options, (base, marks)]:
            try:
                out += head.encode("cp1258") + rest.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            out += b"?"
    return bytes(out)


def page(article_id: str, meta_charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<!DOCTYPE html><html lang=\"vi\"><head>{meta}<title>{TITLE}</title>"
            f'<meta property="article:published_time" content="2025-07-09T08:30:00+07:00"></head><body>'
            f'<article class="detail"><h1 class="detail-title">{TITLE}</h1>'
            f'<h2 class="detail-sapo">{LEAD}</h2><div class="detail-content">{paras}'
            f'<p class="detail-author">Lê Hợi</p></div></article></body></html>')


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits: dict[str, int]
    lock: threading.Lock

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str | None = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: int | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        self.close_connection = True

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        with self.lock:
            self.hits[path] = self.hits.get(path, 0) + 1
            hit = self.hits[path]
        if path == "/":
            links = "".join(f'<a href="/bai-viet-{i}.htm">{i}</a> ' for i in FAULTS)
            return self._send(200, f"<html><body>{links}</body></html>".encode())
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        article_id = path.removeprefix("/bai-viet-").removesuffix(".htm")
        if path.startswith("/loop-"):
            target = "/loop-b" if path == "/loop-a" else "/loop-a"
            return self._send(302, b"", headers={"Location": target})
        kind = FAULTS.get(article_id, ("missing", ""))[0]
        self._fault(kind, hit, article_id)

    def _slow(self, seconds: float, body: bytes) -> None:
        time.sleep(seconds)
        self._send(200, body)

    def _fault(self, kind: str, hit: int, article_id: str) -> None:
        """Answer an article request the way its fault says."""
        utf8 = page(article_id).encode("utf-8")

        def cp() -> bytes:
            return to_cp1258(page(article_id, None))

        answers: dict[str, Callable[[], None]] = {
            "ok": lambda: self._send(200, utf8),
            "404": lambda: self._send(404, b"<h1>Not found</h1>"),
            "missing": lambda: self._send(404, b"<h1>Not found</h1>"),
            "410": lambda: self._send(410, b"<h1>Not found</h1>"),
            "500": lambda: self._send(500, b"<h1>Server error</h1>"),
            "500-once": lambda: self._send(500, b"oops") if hit == 1 else self._send(200, utf8),
            "503-retry-after": lambda: (self._send(503, b"busy", headers={"Retry-After": "1"}) if hit == 1
                                        else self._send(200, utf8)),
            "slow": lambda: self._slow(1.5, utf8),
            "timeout": lambda: self._slow(8, utf8),
            "redirect-loop": lambda: self._send(302, b"", headers={"Location": "/loop-a"}),
            "truncated": lambda: self._send(200, utf8[: len(utf8) // 2], length=len(utf8)),
            "cp1258-declared": lambda: self._send(200, cp(), "text/html; charset=windows-1258"),
            "cp1258-undeclared": lambda: self._send(200, cp(), "text/html"),
            "cp1258-declared-utf8": lambda: self._send(200, cp(), "text/html; charset=utf-8"),
            "utf8-declared-latin1": lambda: self._send(200, utf8, "text/html; charset=iso-8859-1"),
            "utf8-meta-only": lambda: self._send(200, utf8, "text/html"),
        }
        answers.get(kind, lambda: self._send(404, b""))()


class _QuietServer(ThreadingHTTPServer):
    request_queue_size = socket.SOMAXCONN  # as the sample site's: no 1-s retries when accepting lags
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up on slow or truncated answers is the point here


class FaultServer:
    def __init__(self) -> None:
        handler = type("FaultHandler", (_Handler,), {"hits": {}, "lock": threading.Lock()})
        self.hits = handler.hits
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
