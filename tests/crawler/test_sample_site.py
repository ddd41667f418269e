"""The embedded sample site: generator determinism, manifest truth, and the served contract."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
import unicodedata
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from urllib.robotparser import RobotFileParser

import lxml.html
import pytest

try:
    from baochi.crawler.sample_site import generate_site, serve
except ModuleNotFoundError:  # running before the package is installed (editable) with crawler/
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from baochi.crawler.sample_site import generate_site, serve

ARTICLE_RE = re.compile(r"^/(?:[a-z0-9-]+/[a-z0-9-]+/(\d+)|[a-z0-9-]+-(\d+))\.htm$")
FIELDS = ("title", "lead", "body")
PREFIX = "(Baothanhhoa.vn) - "


# ---- fixtures ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, float]:
    out = tmp_path_factory.mktemp("sample")
    started = time.perf_counter()
    manifest_path = generate_site(out)
    elapsed = time.perf_counter() - started
    return out, json.loads(manifest_path.read_text(encoding="utf-8")), elapsed


@pytest.fixture(scope="module")
def manifest(generated: tuple[Path, dict, float]) -> dict:
    return generated[1]


@pytest.fixture(scope="module")
def site(generated: tuple[Path, dict, float]):
    with serve(generated[0] / "site") as running:
        yield running


class Fetched:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def fetch(site, path: str) -> Fetched:
    try:
        with urllib.request.urlopen(site.base_url + path, timeout=10) as resp:
            result = Fetched(resp.status, dict(resp.headers), resp.read())
    except urllib.error.HTTPError as err:
        result = Fetched(err.code, dict(err.headers), err.read())
    assert b"__BASE_URL__" not in result.body, path
    return result


def article_id(href: str) -> str | None:
    m = ARTICLE_RE.match(href)
    if not m or href.startswith(("/print/", "/noi-bo/")):
        return None
    return m.group(1) or m.group(2)


def collapse(text: str) -> str:
    return " ".join(text.split())


# ---- generator -----------------------------------------------------------------------------

def _tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_same_bytes_and_other_seed_differs(generated, tmp_path: Path) -> None:
    out, _, _ = generated
    generate_site(tmp_path / "again")
    assert _tree_digest(tmp_path / "again") == _tree_digest(out)
    generate_site(tmp_path / "other", seed=7, n_articles=40)
    assert (tmp_path / "other" / "manifest.json").read_bytes() != (out / "manifest.json").read_bytes()


def test_generation_is_fast(generated) -> None:
    assert generated[2] < 3.0


def test_scale_categories_and_ids(manifest: dict) -> None:
    arts = manifest["articles"]
    assert len(arts) >= 300
    assert manifest["source"] == "baothanhhoa" and manifest["province"] == "Thanh Hóa"
    assert set(manifest["categories"]) == {a["category"] for a in arts}
    assert len(manifest["categories"]) == 7
    published = [datetime.fromisoformat(a["published_at"]) for a in arts]
    assert all(p.utcoffset().total_seconds() == 7 * 3600 for p in published)
    first, last = min(published), max(published)
    assert (last.year - first.year) * 12 + last.month - first.month >= 24
    ids = [int(a["id"]) for a in arts]
    assert len(set(ids)) == len(ids)
    order = sorted(range(len(arts)), key=lambda i: published[i])
    assert [ids[i] for i in order] == sorted(ids)
    assert 199000 < min(ids) < 202000
    for a in arts:
        assert a["paths"]["new"] == f"/{a['slug']}-{a['id']}.htm"
        assert a["paths"]["old"] == f"/{a['category']}/{a['slug']}/{a['id']}.htm"
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", a["slug"])
        assert 4 <= len(a["body"].split("\n\n")) <= 9
        assert 1 <= len(a["captions"]) <= 3
    disallowed = manifest["disallowed"]
    assert 5 <= len(disallowed) <= 8
    assert all(int(d["id"]) >= 900000 and d["path"].startswith("/noi-bo/ban-tin/")
               for d in disallowed)
    assert not {d["id"] for d in disallowed} & {a["id"] for a in arts}


def test_every_mention_is_exact(manifest: dict) -> None:
    counts: dict[str, int] = {}
    for a in manifest["articles"]:
        for name in FIELDS:
            assert unicodedata.normalize("NFC", a[name]) == a[name]
        for mtype, mentions in a["mentions"].items():
            counts[mtype] = counts.get(mtype, 0) + len(mentions)
            for m in mentions:
                text = a[m["field"]]
                assert m["field"] in FIELDS
                assert text[m["start"]:m["end"]] == m["surface"], (a["id"], m)
                assert m["surface"] == m["surface"].strip() and m["surface"]
    assert set(counts) == {"campaigns", "organisations", "dates", "honours", "documents"}
    assert all(n > 50 for n in counts.values()), counts


def test_mention_attributes(manifest: dict) -> None:
    kinds = {"phong trào thi đua", "phong trào", "cuộc vận động", "chương trình", "chiến dịch",
             "tháng hành động"}
    names: set[str] = set()
    for a in manifest["articles"]:
        ms = a["mentions"]
        for c in ms["campaigns"]:
            assert c["kind"] in kinds and isinstance(c["catalogued"], bool)
            assert not c["surface"].startswith(("“", '"')) and not c["surface"].endswith("”")
            names.add(c["name"])
        for o in ms["organisations"]:
            assert o["name"] and ("acronym" in o)
            assert o["surface"] not in ("tỉnh ta", "tỉnh nhà", "TĐKT")
        for d in ms["dates"]:
            assert d["granularity"] in {"day", "month", "quarter", "half", "year", "range"}
            assert date.fromisoformat(d["date_start"]) <= date.fromisoformat(d["date_end"])
            assert d["part_of_day"] in {None, "sáng", "trưa", "chiều", "tối", "đêm"}
        for doc in ms["documents"]:
            assert doc["kind"] and doc["number"] and doc["subject"]
    assert "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" in names
    assert len(names) >= 26


def test_seed_like_date_forms_resolve(manifest: dict) -> None:
    """Day-month forms without a year resolve to the year nearest publication."""
    seen = 0
    for a in manifest["articles"]:
        pub = datetime.fromisoformat(a["published_at"]).date()
        for d in a["mentions"]["dates"]:
            if d["granularity"] == "day" and not re.search(r"\d{4}|qua", d["surface"]):
                start = date.fromisoformat(d["date_start"])
                assert abs((start - pub).days) <= 60, (d, pub)
                seen += 1
    assert seen > 100


# ---- served site ---------------------------------------------------------------------------

def test_robots_txt(site) -> None:
    res = fetch(site, "/robots.txt")
    assert res.status == 200
    assert res.headers["Content-Type"].startswith("text/plain")
    lines = res.text.splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /noi-bo/" in lines and "Disallow: /tim-kiem" in lines
    assert f"Sitemap: {site.base_url}/sitemap.xml" in lines


def test_articles_served_with_body_convention(site, manifest: dict) -> None:
    for a in manifest["articles"]:
        old, new = fetch(site, a["paths"]["old"]), fetch(site, a["paths"]["new"])
        assert old.status == new.status == 200
        assert old.body == new.body
        assert new.headers["Content-Type"] == "text/html; charset=utf-8"
        tree = lxml.html.fromstring(new.body)
        (art,) = tree.xpath("//article[contains(@class, 'detail')]")
        assert art.get("data-id") == a["id"]
        (h1,) = art.xpath(".//h1[@class='detail-title']")
        assert h1.text_content() == a["title"]
        (sapo,) = art.xpath(".//*[contains(@class, 'detail-sapo')]")
        displayed = (PREFIX + a["lead"]) if a["lead_prefixed"] else a["lead"]
        assert sapo.text_content() == displayed
        assert tree.xpath("string(//meta[@name='description']/@content)") == displayed
        (content,) = art.xpath(".//div[@class='detail-content']")
        if a["encoded"]:
            # self-decoding body: empty container, the blob in the page's own script
            assert len(content) == 0 and not content.text_content().strip()
            assert "atob(" in new.text and a["author"] in new.text
            continue
        paras = [collapse("".join(p.itertext())) for p in content.xpath("./p")
                 if "detail-author" not in (p.get("class") or "")]
        assert "\n\n".join(paras) == a["body"], a["id"]
        author = content.xpath("./p[@class='detail-author']")
        assert len(author) == 1 and author[0].text_content() == a["author"]
        assert content[-1] is author[0]
        assert [collapse(f.text_content()) for f in content.xpath(".//figcaption")] == a["captions"]
        canonical = f"{site.base_url}{a['paths']['new']}"
        assert tree.xpath("string(//link[@rel='canonical']/@href)") == canonical
        assert tree.xpath("string(//meta[@property='og:url']/@content)") == canonical
        meta_time = tree.xpath("string(//meta[@property='article:published_time']/@content)")
        assert meta_time == (a["published_at"] if a["has_meta_time"] else "")
        assert tree.xpath("string(/html/@lang)") == "vi"


def test_page_variety(manifest: dict, site) -> None:
    arts = manifest["articles"]
    share_prefixed = sum(a["lead_prefixed"] for a in arts) / len(arts)
    share_meta = sum(a["has_meta_time"] for a in arts) / len(arts)
    assert 0.75 < share_prefixed < 0.95 and 0.6 < share_meta < 0.8
    formats = set()
    for a in arts[:60]:
        tree = lxml.html.fromstring(fetch(site, a["paths"]["new"]).body)
        shown = tree.xpath("string(//div[@class='detail-time'])")
        pub = datetime.fromisoformat(a["published_at"])
        if shown.startswith(("Thứ", "Chủ nhật")):
            formats.add("weekday")
            assert pub.strftime("%d/%m/%Y - %H:%M") in shown
        elif shown.endswith("GMT+7"):
            formats.add("gmt")
        elif re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", shown):
            formats.add("iso")
            assert shown == pub.strftime("%Y-%m-%d %H:%M:%S")
        else:
            formats.add("dmy")
            assert shown == pub.strftime("%d/%m/%Y %H:%M")
        (print_link,) = tree.xpath("//a[@class='print']/@href")
        assert re.fullmatch(rf"/print/[0-9a-f]{{29}}/{a['id']}\.htm", print_link)
        assert fetch(site, print_link).status == 200
    assert formats == {"weekday", "gmt", "iso", "dmy"}


def test_pagination_reaches_every_article(site, manifest: dict) -> None:
    expected = {a["id"]: a for a in manifest["articles"]}
    found: dict[str, set[str]] = {}
    for cat in manifest["categories"]:
        url, pages = f"/{cat}", 0
        last_time = "9999"
        while url:
            res = fetch(site, url)
            assert res.status == 200, url
            tree = lxml.html.fromstring(res.body)
            stories = tree.xpath("//div[@class='story']")
            assert 1 <= len(stories) <= 12
            for s in stories:
                href = s.xpath("string(.//h3[@class='story-title']/a/@href)")
                aid = article_id(href)
                assert aid in expected and expected[aid]["category"] == cat
                found.setdefault(aid, set()).add(href)
                shown = s.xpath("string(.//span[@class='story-time'])")
                assert shown <= last_time
                last_time = shown
            nxt = tree.xpath("//a[@rel='next']/@href")
            pages += 1
            url = nxt[0] if nxt else None
            if url:
                assert url == f"/{cat}?page={pages + 1}"
        assert pages >= 2
    assert set(found) == set(expected)
    shapes = [h for hs in found.values() for h in hs]
    old_share = sum(h.count("/") == 3 for h in shapes) / len(shapes)
    assert 0.25 < old_share < 0.55


def test_duplicate_shapes_are_linked(site, manifest: dict) -> None:
    """Some ids are linked under both shapes from different places (a non-deduping crawler
    would stage duplicates)."""
    hrefs: dict[str, set[str]] = {}
    pages = ["/"] + [f"/{c}" for c in manifest["categories"]]
    pages += [a["paths"]["new"] for a in manifest["articles"][-40:]]
    for path in pages:
        tree = lxml.html.fromstring(fetch(site, path).body)
        for href in tree.xpath("//a/@href"):
            aid = article_id(href)
            if aid:
                hrefs.setdefault(aid, set()).add(href)
    both = [aid for aid, hs in hrefs.items() if len(hs) == 2]
    assert len(both) >= 5


def test_rss_feeds(site, manifest: dict) -> None:
    ids = {a["id"] for a in manifest["articles"]}
    for cat in manifest["categories"]:
        res = fetch(site, f"/rss/{cat}.xml")
        assert res.status == 200
        assert res.headers["Content-Type"] == "application/rss+xml; charset=utf-8"
        root = ET.fromstring(res.body)
        assert root.tag == "rss" and root.get("version") == "2.0"
        items = root.findall("./channel/item")
        assert len(items) == 20
        newest = sorted((a for a in manifest["articles"] if a["category"] == cat),
                        key=lambda a: a["published_at"], reverse=True)[:20]
        got = []
        for item in items:
            link = item.findtext("link")
            assert link.startswith(site.base_url + "/")
            aid = article_id(link[len(site.base_url):])
            assert aid in ids
            got.append(aid)
            assert re.fullmatch(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d \+0700",
                                item.findtext("pubDate"))
            assert item.findtext("title") and item.findtext("description") and item.findtext("guid")
        assert got == [a["id"] for a in newest]


def test_sitemap_lists_every_article(site, manifest: dict) -> None:
    res = fetch(site, "/sitemap.xml")
    assert res.status == 200 and "xml" in res.headers["Content-Type"]
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(res.body)
    locs = {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns)
            for u in root.findall("s:url", ns)}
    for a in manifest["articles"]:
        assert locs[site.base_url + a["paths"]["new"]] == a["published_at"]
    assert len(locs) == len(manifest["articles"])


def test_home_page_and_disallowed_trap(site, manifest: dict) -> None:
    home = fetch(site, "/")
    assert home.status == 200
    tree = lxml.html.fromstring(home.body)
    menu = tree.xpath("//nav[@class='main-menu']/a/@href")
    assert menu == [f"/{c}" for c in manifest["categories"]]
    assert len(tree.xpath("//div[@class='story']")) == 30
    hrefs = set(tree.xpath("//a/@href"))
    assert any(h.startswith("/tag/") for h in hrefs)
    assert any(h.startswith("/tim-kiem?q=") for h in hrefs)
    assert {"/video", "/podcast"} <= hrefs

    robots = RobotFileParser()
    robots.parse(fetch(site, "/robots.txt").text.splitlines())
    for d in manifest["disallowed"]:
        assert d["path"] in hrefs
        res = fetch(site, d["path"])
        assert res.status == 200
        page = lxml.html.fromstring(res.body)
        assert page.xpath("string(//article/@data-id)") == d["id"]
        assert not robots.can_fetch("baochi", site.base_url + d["path"])
    for a in manifest["articles"][:20]:
        assert robots.can_fetch("baochi", site.base_url + a["paths"]["old"])
    assert not robots.can_fetch("baochi", site.base_url + "/tim-kiem?q=x")
    # some listing pages link the trap too
    listed = set()
    for cat in manifest["categories"]:
        listed |= set(lxml.html.fromstring(fetch(site, f"/{cat}").body).xpath("//a/@href"))
    assert {d["path"] for d in manifest["disallowed"]} & listed


def test_tag_pages_and_404(site) -> None:
    tag = fetch(site, "/tag/nong-thon-moi")
    assert tag.status == 200 and b'class="story"' in tag.body
    assert fetch(site, "/kinh-te?page=2").body != fetch(site, "/kinh-te").body
    assert fetch(site, "/kinh-te?page=1").body == fetch(site, "/kinh-te").body
    for path in ("/video", "/podcast", "/khong-co-trang-nay", "/kinh-te?page=999",
                 "/kinh-te/khong-co/1.htm", "/../../etc/passwd", "/404.html"):
        res = fetch(site, path)
        assert res.status == 404, path
        assert res.headers["Content-Type"] == "text/html; charset=utf-8"
