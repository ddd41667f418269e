"""Deterministic generator: a Báo Thanh Hóa-shaped static site plus its ground-truth manifest.

Layout on disk (`out_dir/site/` is exactly what the server serves; the manifest sits beside it):

    index.html  robots.txt  sitemap.xml  404.html  tim-kiem.html
    rss/<cat>.xml
    <cat>/index.html  <cat>/page-<N>.html          (/<cat>, /<cat>?page=N)
    <cat>/<slug>/<id>.htm  <slug>-<id>.htm         (both article URL shapes, identical bytes)
    print/<29 hex>/<id>.htm  tag/<slug>.html  noi-bo/ban-tin/<id>.htm
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from baochi.crawler.sample_site import pages as P
from baochi.crawler.sample_site import textgen
from baochi.crawler.sample_site import vocab as V
from baochi.crawler.sample_site.dates import visible_time

TZ = timezone(timedelta(hours=7), "+07")
PER_PAGE = 12
HOME_LATEST = 30
RSS_ITEMS = 20
TAG_ITEMS = 20
OLD_SHAPE_SHARE = 0.4


def slugify(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _stable(*parts: object) -> float:
    """Deterministic uniform [0, 1) from the parts (independent of PYTHONHASHSEED)."""
    digest = hashlib.sha256(":".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, 1)


def _pub_times(rng: random.Random, start: date, months: int, n: int) -> list[datetime]:
    end = _add_months(start.replace(day=1), months)
    span = (end - start).days
    out = []
    for _ in range(n):
        day = start + timedelta(days=rng.randrange(span))
        hour = rng.choices(range(5, 23), [2, 5, 7, 8, 8, 7, 5, 6, 7, 7, 6, 5, 4, 4, 3, 3, 2, 1])[0]
        out.append(datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=TZ))
    out.sort()
    for i in range(1, len(out)):  # strictly increasing, so ids follow publication time
        if out[i] <= out[i - 1]:
            out[i] = out[i - 1] + timedelta(minutes=1)
    return out


class _Doc:
    """One generated article: text fields with mentions plus the rendering record."""

    def __init__(self, seed: int, aid: int, category: str, pub: datetime, rng: random.Random,
                 *, path_new: str | None = None, path_old: str | None = None) -> None:
        text = textgen.compose_article(rng, pub, category)
        self.text = text
        self.title: textgen.Field = text["title"]
        self.lead: textgen.Field = text["lead"]
        self.body: textgen.Field = text["body"]
        self.slug = slugify(self.title.text)
        self.id = aid
        self.category = category
        path_new = path_new or f"/{self.slug}-{aid}.htm"
        path_old = path_old or f"/{category}/{self.slug}/{aid}.htm"
        hexpart = hashlib.sha1(f"{seed}:print:{aid}".encode()).hexdigest()[:29]
        tags = rng.sample(V.CATEGORY_TAGS[category], min(2, len(V.CATEGORY_TAGS[category])))
        credits = [rng.random() < 0.8 for _ in text["captions"]]
        captions = [
            f"{c} Ảnh: {rng.choice(V.PHOTOGRAPHERS)}" if credit else c
            for c, credit in zip(text["captions"], credits, strict=True)
        ]
        n_par = len(text["paragraphs"])
        spots = sorted(rng.sample(range(n_par - 1), min(len(captions), n_par - 1)))
        folder = f"{pub.year % 100:02d}{pub.isocalendar()[1]:02d}"
        figures = [
            P.Figure(after, f"//c.sample.local/img/desktop/news/{folder}/"
                     f"{self.slug[:24].rstrip('-')}-{aid}-{k + 1}.webp", cap,
                     text["captions"][k].rstrip("."))
            for k, (after, cap) in enumerate(zip(spots, captions, strict=False))
        ]
        self.captions = [f.caption for f in figures]
        self.encoded: str | None = None
        self.page = P.Page(
            id=aid, category=category, slug=self.slug, path_old=path_old, path_new=path_new,
            canonical_path=path_new, title=self.title.text, lead=self.lead.text,
            lead_prefixed=rng.random() < 0.85, paragraphs=text["paragraphs"], figures=figures,
            author=rng.choice(V.AUTHORS), published_at=pub, visible_time=visible_time(rng, pub),
            has_meta_time=rng.random() < 0.7, print_path=f"/print/{hexpart}/{aid}.htm",
            tags=tags, markup_seed=f"{seed}:markup:{aid}",
        )

    def href(self, seed: int, place: str) -> str:
        """The URL shape a given place links to: a deterministic ~40/60 old/new mix."""
        old = _stable(seed, self.id, place) < OLD_SHAPE_SHARE
        return self.page.path_old if old else self.page.path_new

    def manifest(self) -> dict:
        pg = self.page
        return {
            "id": str(self.id),
            "category": self.category,
            "category_name": V.CATEGORIES[self.category],
            "slug": self.slug,
            "paths": {"old": pg.path_old, "new": pg.path_new},
            "title": self.title.text,
            "lead": self.lead.text,
            "lead_prefixed": pg.lead_prefixed,
            "body": self.body.text,
            "captions": self.captions,
            "author": pg.author,
            "published_at": pg.published_at.isoformat(),
            "has_meta_time": pg.has_meta_time,
            "encoded": self.encoded,
            "encoded_shift": pg.encoding[1] if pg.encoding else None,
            "tags": pg.tags,
            "mentions": textgen.mentions_json(
                {"title": self.title, "lead": self.lead, "body": self.body}),
        }


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel.lstrip("/")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def fresh_site(out_dir: Path) -> tuple[Path, Path]:
    """(out_dir, out_dir/site) with the site folder emptied: same arguments, same bytes."""
    out_dir = Path(out_dir)
    site = out_dir / "site"
    if site.exists():
        shutil.rmtree(site)
    site.mkdir(parents=True)
    return out_dir, site


def _articles(rng: random.Random, seed: int, n_articles: int, start: date, months: int) -> list[_Doc]:
    cats = list(V.CATEGORIES)
    categories = [cats[i % len(cats)] for i in range(n_articles)]
    rng.shuffle(categories)
    times = _pub_times(rng, start, months, n_articles)
    ids: list[int] = []
    next_id = 200000 + rng.randrange(0, 900)
    for _ in range(n_articles):
        ids.append(next_id)
        next_id += rng.randint(12, 380)
    return [
        _Doc(seed, aid, cat, pub, random.Random(f"{seed}:article:{aid}"))
        for aid, cat, pub in zip(ids, categories, times, strict=True)
    ]


def _encode_some(docs: list[_Doc], seed: int, encoded_share: float, unregistered_share: float) -> None:
    from baochi.crawler.sample_site.encoded import E1_ALPHABET, UNREGISTERED_ALPHABET

    for d in docs:
        roll = _stable(seed, d.id, "encoding")
        shift = 1 + int(_stable(seed, d.id, "shift") * (len(E1_ALPHABET) - 1))
        if roll < unregistered_share:
            d.encoded, d.page.encoding = "unregistered", (UNREGISTERED_ALPHABET, shift)
        elif roll < unregistered_share + encoded_share:
            d.encoded, d.page.encoding = "e1", (E1_ALPHABET, shift)


def _internal(rng: random.Random, seed: int, docs: list[_Doc]) -> list[_Doc]:
    """Disallowed article-shaped pages under /noi-bo/."""
    times = [d.page.published_at for d in docs]
    n_internal = rng.randint(5, 8)
    internal: list[_Doc] = []
    iid = 900000 + rng.randrange(100, 999)
    for k in range(n_internal):
        pub = times[max(0, len(times) - 1 - k * 3)] if times else datetime(2025, 1, 1, 8, tzinfo=TZ)
        path = f"/noi-bo/ban-tin/{iid}.htm"
        internal.append(_Doc(seed, iid, "thoi-su", pub, random.Random(f"{seed}:internal:{iid}"),
                             path_new=path, path_old=path))
        iid += rng.randint(3, 40)
    return internal


def _relate(seed: int, docs: list[_Doc], internal: list[_Doc]) -> None:
    """Related boxes: other stories of the same category, mostly older ones."""
    by_cat: dict[str, list[_Doc]] = {c: [] for c in V.CATEGORIES}
    for d in docs:
        by_cat[d.category].append(d)
    for d in docs + internal:
        same = [o for o in by_cat[d.category] if o is not d]
        r = random.Random(f"{seed}:related:{d.id}")
        older = [o for o in same if o.id < d.id][-12:]
        candidates = older if len(older) >= 4 else same
        chosen = r.sample(candidates, min(4, len(candidates)))
        d.page.related = [(o.href(seed, f"related:{d.id}"), o.title.text, P.cut(o.lead.text, 18))
                          for o in chosen]


def _stories(seed: int, items: list[_Doc], place: str) -> list[str]:
    return [P.story(d.href(seed, place), d.title.text, d.lead.text, d.page.published_at) for d in items]


def _write_listings(site: Path, seed: int, newest: list[_Doc],
                    internal_links: list[tuple[str, str]]) -> None:
    """Category listings (paged), home, tags, search and 404 pages."""
    for ci, cat in enumerate(V.CATEGORIES):
        items = [d for d in newest if d.category == cat]
        n_pages = max(1, -(-len(items) // PER_PAGE))
        for page_no in range(1, n_pages + 1):
            chunk = items[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]
            nxt = f"/{cat}?page={page_no + 1}" if page_no < n_pages else None
            aside = P.internal_box(internal_links[ci % 3::3]) if page_no == 1 and ci % 2 == 0 \
                else ""
            html = P.listing_page(V.CATEGORIES[cat], V.CATEGORIES[cat],
                                  _stories(seed, chunk, f"list:{cat}"), next_href=nxt, aside=aside)
            _write(site, f"{cat}/index.html" if page_no == 1 else f"{cat}/page-{page_no}.html",
                   html)
    _write(site, "index.html", P.listing_page(
        "Tin tức Thanh Hóa", "Tin mới nhất", _stories(seed, newest[:HOME_LATEST], "home"),
        next_href=None, aside=P.home_aside(V.TAGS, internal_links)))
    for tag, name in V.TAGS.items():
        tagged = [d for d in newest if tag in d.page.tags][:TAG_ITEMS]
        _write(site, f"tag/{tag}.html", P.listing_page(
            f"Chủ đề: {name}", f"Chủ đề: {name}", _stories(seed, tagged, f"tag:{tag}"), next_href=None))
    _write(site, "tim-kiem.html", P.simple_page("Tìm kiếm", "Không tìm thấy kết quả phù hợp."))
    _write(site, "404.html", P.simple_page("Không tìm thấy trang",
                                           "Trang bạn tìm không tồn tại hoặc đã bị xóa."))


def _write_feeds(site: Path, seed: int, docs: list[_Doc], newest: list[_Doc]) -> None:
    """Feeds per category, the sitemap and robots.txt."""
    for cat in V.CATEGORIES:
        items = [d for d in newest if d.category == cat][:RSS_ITEMS]
        _write(site, f"rss/{cat}.xml", P.rss(cat, [
            (d.title.text, d.href(seed, "rss"), d.page.lead_displayed, d.page.published_at,
             d.page.path_new) for d in items]))
    _write(site, "sitemap.xml", P.sitemap([(d.page.path_new, d.page.published_at)
                                           for d in sorted(docs, key=lambda d: d.id)]))
    _write(site, "robots.txt", P.robots())


def generate_site(out_dir: Path, *, seed: int = 20200709, n_articles: int = 320,
                  start: date = date(2024, 7, 1), months: int = 28,
                  encoded_share: float = 0.1, unregistered_share: float = 0.0) -> Path:
    """Write `out_dir/site/` and `out_dir/manifest.json`; return the manifest path.

    Same arguments give byte-identical output. `encoded_share` of the articles carry a
    self-decoding body in the registry's E1 alphabet (the crawler decodes them natively);
    `unregistered_share` more use an alphabet the registry does not list, so only a browser
    render (the page's own script) decodes them. The manifest keeps the plain text either way.
    """
    out_dir, site = fresh_site(out_dir)
    rng = random.Random(f"baochi-sample:{seed}")
    docs = _articles(rng, seed, n_articles, start, months)
    _encode_some(docs, seed, encoded_share, unregistered_share)
    internal = _internal(rng, seed, docs)
    internal_links = [(d.page.path_new, "Bản tin nội bộ: " + d.title.text) for d in internal]
    _relate(seed, docs, internal)

    for d in docs:
        html = P.article_page(d.page)
        _write(site, d.page.path_old, html)
        _write(site, d.page.path_new, html)
        _write(site, d.page.print_path, P.print_page(d.page))
    for d in internal:
        _write(site, d.page.path_new, P.article_page(d.page))

    newest = sorted(docs, key=lambda d: d.id, reverse=True)
    _write_listings(site, seed, newest, internal_links)
    _write_feeds(site, seed, docs, newest)

    manifest = {
        "seed": seed,
        "generated_with": {
            "seed": seed, "n_articles": n_articles, "start": start.isoformat(), "months": months,
            "encoded_share": encoded_share, "unregistered_share": unregistered_share,
        },
        "source": V.SOURCE,
        "province": V.PROVINCE,
        "categories": dict(V.CATEGORIES),
        "articles": [d.manifest() for d in docs],
        "disallowed": [{"id": str(d.id), "path": d.page.path_new} for d in internal],
    }
    manifest_path = out_dir / "manifest.json"
    manifest_path.write_bytes((json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return manifest_path
