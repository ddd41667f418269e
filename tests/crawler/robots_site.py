"""A two-article loopback site whose robots.txt the test chooses (tests of robots.txt handling)."""

from __future__ import annotations


class RobotsSite:
    """A two-article site whose robots.txt answers `status` (0: does not answer in time), and
    counts every request."""

    def __init__(self, status: int, robots: bytes = b"<html><body>Service Unavailable</body></html>") -> None:
        import threading
        import time
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        from tests.crawler.fault_server import page

        hits: dict[str, int] = {}
        self.hits = hits
        self.times: list[float] = []  # when each request other than robots.txt arrived
        times = self.times

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                hits[self.path] = hits.get(self.path, 0) + 1
                if self.path != "/robots.txt":
                    times.append(time.monotonic())
                if self.path == "/robots.txt" and status == 0:  # never answers in time
                    time.sleep(6)
                    return
                if self.path == "/robots.txt":
                    code, body = status, robots
                elif self.path == "/":
                    code, body = 200, b'<a href="/bai-viet-400001.htm">a</a> <a href="/bai-viet-400002.htm">b</a>'
                elif self.path.startswith("/bai-viet-4000"):
                    code, body = 200, page(self.path[9:15]).encode()
                else:
                    code, body = 404, b""
                self.send_response(code)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
