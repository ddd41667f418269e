"""`baochi report`: one offline HTML file whose charts really draw in a browser.

The report is rendered by headless Chromium from a file:// URL (no network) and screenshot;
a copy with plotly.js removed is rendered the same way. The charts drew when the real page
has far more non-background pixels and colours than the page without the library.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from tests.pipeline.analytics_support import baochi, demo_warehouse

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit RGB/RGBA non-interlaced PNG (stdlib only)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            upper_left = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else upper_left)) & 0xFF
        previous = line
        rows.append(bytes(line) if channels == 3 else bytes(b for i, b in enumerate(line) if i % 4 != 3))
    return width, height, rows


def ink(path: Path) -> tuple[int, int]:
    """Non-white pixels and distinct colours (sampled every 2nd pixel and row)."""
    width, _, rows = read_png(path)
    coloured, colours = 0, set()
    for row in rows[::2]:
        for x in range(0, width * 3, 6):
            pixel = row[x:x + 3]
            if min(pixel) < 235:
                coloured += 1
                colours.add(bytes(c & 0xF0 for c in pixel))
    return coloured, len(colours)


def screenshot(html: Path, png: Path, profile: Path) -> None:
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
         "--hide-scrollbars", "--window-size=1280,2400", "--virtual-time-budget=10000",
         f"--screenshot={png}", html.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert png.exists(), done.stderr[-2000:]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    db = demo_warehouse(tmp_path_factory)
    out = tmp_path_factory.mktemp("report")
    done = baochi("report", "--out", str(out), "--db", str(db))
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip())
    assert path == out / "baochi-report.html"
    return path


def test_report_is_self_contained(report: Path) -> None:
    text = report.read_text("utf-8")
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", text, re.I)
    assert "Plotly.newPlot" in text and len(text) > 3_000_000  # plotly.js inlined
    for anchor in ("coverage-over-time", "campaign-organisation-heatmap", "coverage-by-category", "campaign-table"):
        assert f'id="{anchor}"' in text
    assert "Chung sức xây dựng nông thôn mới" in text  # the campaign table is there


def test_demo_wrote_the_report_and_printed_its_path(tmp_path_factory) -> None:
    db = demo_warehouse(tmp_path_factory)
    printed = (db.parent / "demo.out").read_text("utf-8")
    path = db.parent / "reports" / "baochi-report.html"
    assert path.exists() and "baochi-report.html" in printed.replace("\n", "")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_charts_draw_in_a_browser(report: Path, tmp_path: Path) -> None:
    blank = tmp_path / "no-plotly.html"
    text = report.read_text("utf-8")
    start = text.index('<script type="text/javascript">') + len('<script type="text/javascript">')
    blank.write_text(text[:start] + text[text.index("</script>", start):], "utf-8")
    drawn, empty = tmp_path / "drawn.png", tmp_path / "empty.png"
    screenshot(report, drawn, tmp_path / "profile-1")
    screenshot(blank, empty, tmp_path / "profile-2")
    drawn_pixels, drawn_colours = ink(drawn)
    empty_pixels, _ = ink(empty)
    assert drawn_pixels > empty_pixels + 40_000, (drawn_pixels, empty_pixels)
    assert drawn_colours >= 150, drawn_colours  # lines in several colours, the heatmap's blues, bars
