"""`baochi report`: one offline HTML file whose charts really draw in a browser.

The report is rendered by headless Chromium from a file:// URL (no network) and screenshot;
a copy with plotly.js removed is rendered the same way. The charts drew when the real page
has far more non-background pixels and colours than the page without the library.
"""

from __future__ import annotations

import json
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
    for anchor in ("gains-table", "coverage-over-time", "coverage-by-paper", "coverage-by-category",
                   "campaign-organisation-heatmap", "campaign-table"):
        assert f'id="{anchor}"' in text
    assert "Chung sức xây dựng nông thôn mới" in text  # the campaign table is there
    # the first thing on the page answers "which campaigns gained coverage this quarter, in which papers"
    assert text.index('id="gains"') < text.index('id="coverage-over-time"')
    assert re.search(r"gained coverage in Q\d \d{4}", text) and "baothanhhoa +" in text
    # full names in the heatmap's hover (JSON-escaped), not cut with "…"
    long_name = "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"
    assert json.dumps(long_name)[1:-1] in text
    # plain headers, local dates, links to a page per campaign, and each page links its articles
    assert "<th>First seen</th>" in text and "first_seen_at" not in text.split('id="campaign-table"')[1]
    pages = sorted((report.parent / "campaigns").glob("*.html"))
    campaign_table = text[text.index('id="campaign-table"'):]
    campaign_table = campaign_table[:campaign_table.index("</table>")]
    assert len(pages) == campaign_table.count('<tr><td class="" data-sort=')
    page = (report.parent / "campaigns" / "chung-suc-xay-dung-nong-thon-moi.html").read_text("utf-8")
    assert 'href="campaigns/chung-suc-xay-dung-nong-thon-moi.html"' in text
    for expected in ('<svg class="bar" id="timeline"', "Organisations named in the same articles",
                     "Ủy ban nhân dân tỉnh Thanh Hóa", 'href="http://127.0.0.1:', "../baochi-report.html"):
        assert expected in page, expected
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//(?!127\.0\.0\.1)""", page)


def test_report_options_choose_campaigns_period_and_paper(tmp_path_factory) -> None:
    db = demo_warehouse(tmp_path_factory)
    out = tmp_path_factory.mktemp("report-options")
    done = baochi("report", "--campaign", "nong thon moi", "--campaign", "người nghèo", "--since", "2025-01-01",
                  "--until", "2025-06-30", "--source", "baothanhhoa", "--out", str(out), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "matched 1 campaign: Chung sức xây dựng nông thôn mới" in done.stderr
    text = (out / "baochi-report.html").read_text("utf-8")
    assert "gained coverage in Q2 2025" in text and "2025-01-01 to 2025-06-30" in text
    assert {p.stem for p in (out / "campaigns").glob("*.html")} == {
        "chung-suc-xay-dung-nong-thon-moi", "ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau"}
    wrong = baochi("report", "--source", "baothanhoa", "--out", str(out), "--db", str(db))
    assert wrong.returncode == 2 and "did you mean baothanhhoa" in wrong.stderr


def test_sections_chart_counts_every_article_once(tmp_path_factory) -> None:
    """Per paper and section: articles add up to the paper's articles, and the share with a
    campaign is what the mention tables say — also when few sections are kept."""
    import duckdb
    from baochi.pipeline.report.data import Filters, by_category

    db = demo_warehouse(tmp_path_factory)
    con = duckdb.connect(str(db), read_only=True)
    try:
        per_paper = dict(con.execute("SELECT source_id, count(*) FROM articles GROUP BY ALL").fetchall())
        covered = con.execute("""SELECT count(DISTINCT article_id) FROM campaign_mentions""").fetchone()[0]
        for limit in (15, 1):
            frame = by_category(con, Filters(), None, limit=limit)
            assert frame.groupby("source_id")["articles"].sum().to_dict() == per_paper
            assert int(frame["articles_with_campaigns"].sum()) == covered
            assert ((frame["share_with_campaigns"] - frame["articles_with_campaigns"] / frame["articles"]).abs()
                    < 1e-12).all()
        assert "(other sections)" in set(by_category(con, Filters(), None, limit=1)["category"])
        none = by_category(con, Filters(), ["no-such-campaign"])
        assert int(none["articles_with_campaigns"].sum()) == 0
    finally:
        con.close()


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


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_tables_sort_in_a_browser(report: Path, tmp_path: Path) -> None:
    """Click "Articles" twice (descending) and "Campaign" once in headless Chromium; read the
    rows back from the DOM."""
    page = tmp_path / "sorted.html"
    clicks = ("<script>var th = document.querySelectorAll('#campaign-table th');"
              "th[2].click(); th[2].click();"
              "document.body.setAttribute('data-first', document.querySelector('#campaign-table tbody tr').cells[2].textContent);"
              "th[0].click();</script></body>")
    page.write_text(report.read_text("utf-8").replace("</body>", clicks), "utf-8")
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    dom = done.stdout
    first_by_articles = int(re.search(r'data-first="(\d+)"', dom).group(1))
    assert first_by_articles == 30  # the most covered campaigns have 30 articles in the demo
    table = dom[dom.index('id="campaign-table"'):]
    table = table[:table.index("</table>")]
    names = re.findall(r'<tr><td class="" data-sort="([^"]+)"', table)
    assert len(names) == 33 and names[0] == "Áo ấm cho em vùng cao"  # Vietnamese order: Á sorts with A
