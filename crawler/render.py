"""Headless-browser fallback for bodies the native decoder cannot read (scrapy-playwright).

Only pages that need it are rendered: every article is first fetched plainly, and only one
whose body neither the selectors nor `crawler/decode.py` produced goes to the browser, so the
page's own script decodes it. In the browser only requests to the source's own hosts are
allowed; images, media and fonts are never loaded; navigation and the wait for the decoded
body time out. Chromium comes from the OS (Debian: `apt-get install chromium`), not from
`playwright install`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

BLOCKED_RESOURCE_TYPES = frozenset({"image", "media", "font"})
DEFAULT_BROWSER = "/usr/bin/chromium"
INSTALL_HINT = (
    "no browser for self-decoding pages: install Debian's chromium "
    "(`sudo apt-get install -y chromium`) or point BAOCHI_CHROMIUM at a Chromium binary; "
    "these articles are stored with body_status='encoded' and are fetched again by a later run"
)

# Hosts the browser may contact in this process (one crawl per process: Twisted's reactor
# cannot restart). Set by the spider when it opens.
_allowed_hosts: set[str] = set()


def browser_path(configured: str | None = None) -> str | None:
    """The Chromium executable to use, or None when none is installed."""
    candidate = configured or os.environ.get("BAOCHI_CHROMIUM") or DEFAULT_BROWSER
    if os.sep not in candidate:
        candidate = shutil.which(candidate) or candidate
    path = Path(candidate)
    return str(path) if path.is_file() and os.access(path, os.X_OK) else None


def playwright_settings(executable: str, timeout_seconds: float = 20.0) -> dict[str, Any]:
    """Scrapy settings that route `meta={"playwright": True}` requests through Chromium."""
    handler = "baochi.crawler.render_handler.LazyPlaywrightHandler"  # Playwright starts at the first render
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": executable,
            "headless": True,
            "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-dev-shm-usage"],
        },
        "PLAYWRIGHT_ABORT_REQUEST": "baochi.crawler.render.abort_request",
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int(timeout_seconds * 1000),
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 2,
        "BAOCHI_RENDER_ENABLED": True,
    }


def allow_hosts(hosts: set[str]) -> None:
    _allowed_hosts.clear()
    _allowed_hosts.update(h for h in hosts if h)


def abort_request(request: Any) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: block heavy resources and every other host."""
    if request.resource_type in BLOCKED_RESOURCE_TYPES:
        return True
    if request.url.startswith(("data:", "blob:", "about:")):
        return False
    return urlsplit(request.url).hostname not in _allowed_hosts


def render_meta(wait_for: str | None, timeout_seconds: float) -> dict[str, Any]:
    """Request meta for one render: wait until the page's script has written the body."""
    from scrapy_playwright.page import PageMethod

    methods = []
    if wait_for:
        methods.append(PageMethod("wait_for_selector", wait_for, state="attached",
                                  timeout=int(timeout_seconds * 1000)))
    return {
        "playwright": True,
        "playwright_page_methods": methods,
        "playwright_page_goto_kwargs": {"wait_until": "load", "timeout": int(timeout_seconds * 1000)},
        "playwright_context": "render",
    }
