"""The sample-site server serves files inside its folder only, symbolic links included: a link
(to a file or through a folder) that leads out of the site is a 404, one inside is served."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from baochi.crawler.sample_site import serve


def _status(base_url: str, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(base_url + path, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, b""


def test_links_inside_are_served_links_out_are_not(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "tin").mkdir(parents=True)
    (site / "index.html").write_text("<p>home __BASE_URL__</p>", encoding="utf-8")
    (site / "tin" / "bai-1.htm").write_text("<p>bai 1</p>", encoding="utf-8")
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "key.htm").write_text("<p>secret</p>", encoding="utf-8")
    (site / "alias.htm").symlink_to(site / "tin" / "bai-1.htm")
    (site / "leak.htm").symlink_to(outside / "key.htm")
    (site / "ngoai").symlink_to(outside, target_is_directory=True)
    (site / "ben-trong").symlink_to(site / "tin", target_is_directory=True)
    with serve(site) as running:
        status, body = _status(running.base_url, "/")
        assert status == 200 and running.base_url.encode() in body
        assert _status(running.base_url, "/tin/bai-1.htm") == (200, b"<p>bai 1</p>")
        assert _status(running.base_url, "/alias.htm") == (200, b"<p>bai 1</p>")
        assert _status(running.base_url, "/ben-trong/bai-1.htm") == (200, b"<p>bai 1</p>")
        assert _status(running.base_url, "/leak.htm")[0] == 404
        assert _status(running.base_url, "/ngoai/key.htm")[0] == 404
        assert _status(running.base_url, "/tin")[0] == 404  # a folder without index.html
        assert _status(running.base_url, "/tin/../../secret/key.htm")[0] == 404


def test_the_server_takes_a_crawls_connections_while_it_is_busy() -> None:
    """Connections wait in the listen backlog while the server is not accepting (busy): with
    the standard library's 5 the kernel dropped the rest and clients retried a second later."""
    import selectors
    import socket
    from http.server import BaseHTTPRequestHandler

    from baochi.crawler.sample_site.server import _Server

    server = _Server(("127.0.0.1", 0), BaseHTTPRequestHandler)  # bound and listening, never accepting
    clients = []
    try:
        with selectors.DefaultSelector() as waiting:
            for _ in range(32):
                client = socket.socket()
                client.setblocking(False)
                client.connect_ex(server.server_address)
                waiting.register(client, selectors.EVENT_WRITE)
                clients.append(client)
            connected: set[socket.socket] = set()
            for _ in range(20):  # each select returns as soon as a connection completes
                for key, _ in waiting.select(timeout=0.25):
                    sock = key.fileobj
                    assert isinstance(sock, socket.socket)
                    if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                        connected.add(sock)
                        waiting.unregister(sock)
                if len(connected) == len(clients):
                    break
        assert len(connected) == len(clients)
    finally:
        for client in clients:
            client.close()
        server.server_close()
