"""A site served on 127.0.0.1 from one function of the request's path and query: the loopback
server the generated-portal tests share (each site is its pages, not its plumbing)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

# (path, query) → (status, body, content type)
Answer = Callable[[str, str], tuple[int, str, str]]


class LoopbackSite:
    """Serves ``answer`` on 127.0.0.1 (a free port) and records every request's path and query."""

    def __init__(self, answer: Answer) -> None:
        requested: list[str] = []
        self.requested = requested

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                requested.append(self.path)
                parts = urlsplit(self.path)
                code, body, kind = answer(parts.path, parts.query)
                data = body.encode()
                self.send_response(code)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LoopbackSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
