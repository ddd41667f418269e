"""Loopback HTTP server for a generated sample site.

Static files are served as written, except that the placeholder `__BASE_URL__` is replaced by
this server's base URL (so canonical links, RSS, sitemap and robots.txt point at whatever port
the server got). Requests are not logged unless BAOCHI_SAMPLE_SITE_LOG is set.
"""

from __future__ import annotations

import os
import socket
import stat
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

PLACEHOLDER = b"__BASE_URL__"
LOG_ENV = "BAOCHI_SAMPLE_SITE_LOG"
HTML = "text/html; charset=utf-8"


def resolve(site_dir: Path, raw_path: str) -> Path | None:
    """Map a request path (with query) to a file under site_dir, or None (404)."""
    parts = urlsplit(raw_path)
    path = unquote(parts.path)
    rel = path.strip("/")
    if any(seg in ("..", ".") for seg in rel.split("/")) or "\\" in rel or "\x00" in rel:
        return None
    page = parse_qs(parts.query).get("page", [""])[0]
    if page.isdigit() and int(page) >= 2 and rel:
        candidates = [f"{rel}/page-{int(page)}.html"]
    elif not rel:
        candidates = ["index.html"]
    else:
        candidates = [rel, f"{rel}.html", f"{rel}/index.html", f"{rel}.xml"]
    for cand in candidates:
        target = site_dir / cand
        if target.name != "404.html" and _is_file_inside(site_dir, target):
            return target
    return None


def _is_file_inside(site_dir: Path, target: Path) -> bool:
    """A regular file that stays under site_dir. `..` and `.` segments are refused before
    this, so only a symbolic link can lead out: the real path is resolved only when the
    target or a folder on its way is one (one `lstat` per request for a generated site,
    instead of a `realpath` of every candidate: the server's CPU is on the crawl benchmark's
    machine too)."""
    try:
        mode = os.lstat(target).st_mode
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(mode) or _links_on_the_way(site_dir, target):
        real = target.resolve()
        return real.is_file() and real.is_relative_to(site_dir.resolve())
    return stat.S_ISREG(mode)


def _links_on_the_way(site_dir: Path, target: Path) -> bool:
    """A folder between site_dir and target that is a symbolic link."""
    folder = target.parent
    while folder != site_dir and site_dir in folder.parents:
        if folder.is_symlink():
            return True
        folder = folder.parent
    return False


def content_type(path: Path, site_dir: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return HTML
    if suffix == ".rss" or (suffix == ".xml" and "rss" in path.relative_to(site_dir.resolve()).parts[:-1]):
        return "application/rss+xml; charset=utf-8"
    if suffix == ".xml":
        return "application/xml; charset=utf-8"
    if suffix == ".txt":
        return "text/plain; charset=utf-8"
    return "application/octet-stream"


class _Handler(BaseHTTPRequestHandler):
    server_version = "BaochiSample/1.0"
    site_dir: Path
    base_url: str
    delay: float = 0.0
    requested: list[str]  # every path asked for, in order (tests check what was fetched)

    def _redirect(self) -> str | None:
        """`_redirects.json` in the site folder maps old paths to new ones (301)."""
        table = self.site_dir / "_redirects.json"
        if not table.is_file():
            return None
        import json

        return json.loads(table.read_text("utf-8")).get(urlsplit(self.path).path)

    def _respond(self, send_body: bool) -> None:
        self.requested.append(self.path)
        if self.delay:
            import time

            time.sleep(self.delay)
        location = self._redirect()
        if location:
            self.send_response(301)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        target = resolve(self.site_dir, self.path)
        if target is None:
            status, ctype = 404, HTML
            not_found = self.site_dir / "404.html"
            data = not_found.read_bytes() if not_found.is_file() else b"<h1>404</h1>"
        else:
            status, ctype = 200, content_type(target, self.site_dir)
            data = target.read_bytes()
        data = data.replace(PLACEHOLDER, self.base_url.encode("ascii"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if send_body:
            self.wfile.write(data)

    def do_GET(self) -> None:
        self._respond(True)

    def do_HEAD(self) -> None:
        self._respond(False)

    def log_message(self, format: str, *args: object) -> None:
        if os.environ.get(LOG_ENV):
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


class _Server(ThreadingHTTPServer):
    """`ThreadingHTTPServer` with a listen backlog a crawl cannot fill. The standard library's
    is 5 connections: a crawl with eight requests in flight, each on a new connection,
    overflowed it whenever accepting fell behind, the kernel dropped the connection attempt and
    the client tried again a second later (then two), so a few pages of a 600-page benchmark
    crawl took one or two seconds each and decided its rate (benchmarks/README, round 5).
    Real servers listen with hundreds (nginx: 511)."""

    request_queue_size = socket.SOMAXCONN
    daemon_threads = True


class SampleSite:
    """A running sample-site server; stop() it or use it as a context manager."""

    def __init__(self, site_dir: Path, host: str = "127.0.0.1", port: int = 0, delay: float = 0.0) -> None:
        self.site_dir = Path(site_dir)
        self.requested: list[str] = []
        handler: type[_Handler] = type("SampleSiteHandler", (_Handler,), {"site_dir": self.site_dir, "delay": delay,
                                                           "requested": self.requested})
        self._server = _Server((host, port), handler)
        self.host = host
        self.port: int = self._server.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        handler.base_url = self.base_url
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name=f"sample-site:{self.port}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()

    def __enter__(self) -> SampleSite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"SampleSite({self.base_url!r}, site_dir={str(self.site_dir)!r})"


def serve(site_dir: Path, host: str = "127.0.0.1", port: int = 0, *, delay: float = 0.0) -> SampleSite:
    """Start serving site_dir (the generated `site/` folder) in a daemon thread.

    `delay` (seconds) slows every response down: tests use it to stop a crawl mid-run."""
    site_dir = Path(site_dir)
    if not (site_dir / "index.html").is_file():
        raise FileNotFoundError(f"{site_dir} has no index.html: pass the generated site/ folder")
    return SampleSite(site_dir, host, port, delay=delay)
