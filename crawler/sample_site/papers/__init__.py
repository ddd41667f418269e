"""Small generated sites in the shape of the other registry papers (reference §2).

Each shape module (`nghean`, `hatinh`, `quangninh`, `ninhbinh`) renders articles, listings and
feeds the way that paper's CMS does — the selectors in `crawler/sources.toml` come from the
reference note, and these pages carry the metadata quirks it reports. Text comes from the same
templates as the Thanh Hóa sample site. Served by the same loopback server (`serve`).

    from baochi.crawler.sample_site.papers import generate_paper
    manifest = generate_paper("baonghean", out_dir)   # out_dir/site/ + out_dir/manifest.json
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from baochi.crawler.sample_site import textgen
from baochi.crawler.sample_site import vocab as V
from baochi.crawler.sample_site.generate import fresh_site, slugify
from baochi.crawler.sample_site.pages import attr, esc, paragraph_html

TZ = timezone(timedelta(hours=7), "+07")
BASE = "__BASE_URL__"
PER_PAGE = 5


@dataclass
class Doc:
    """One generated article of a paper and what the crawler should make of it."""

    id: str
    slug: str
    category: str
    category_name: str
    title: str
    lead: str
    paragraphs: list[str]
    captions: list[tuple[int, str]]  # (after paragraph index, caption)
    author: str
    published: datetime
    path: str
    markup_seed: str
    variant: str = ""  # shape-specific page variant (which metadata the page carries)
    alt_paths: list[str] = field(default_factory=list)  # other URLs of the same article
    expected_published: str | None = None
    lead_displayed: str = ""

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def body_html(self, figure: Callable[[str], str] | None = None) -> str:
        rng = random.Random(self.markup_seed)
        caps = dict(self.captions)
        out = []
        for i, para in enumerate(self.paragraphs):
            out.append(paragraph_html(para, rng, ["nong-thon-moi"]))
            if i in caps:
                out.append(figure(caps[i]) if figure else
                           f'<figure><img src="//img.sample.local/{self.id}-{i}.jpg" alt="">'
                           f"<figcaption>{esc(caps[i])}</figcaption></figure>")
        return "\n".join(out)


@dataclass
class Shape:
    source: str
    categories: dict[str, str]
    new_id: Callable[[random.Random, int], str]
    path: Callable[[Doc], str]
    article: Callable[[Doc, list[Doc]], str]
    listing: Callable[[str, list[Doc], str | None], str]
    finish: Callable[[list[Doc], random.Random], dict[str, str]]  # extra files, doc tweaks
    variant: Callable[[random.Random, int], str] = lambda rng, i: ""
    expected_published: Callable[[Doc], str | None] = lambda d: d.published.isoformat()
    lead_prefix: str = ""


def _times(rng: random.Random, n: int, start: date = date(2024, 9, 1), days: int = 420) -> list[datetime]:
    out = []
    for _ in range(n):
        day = start + timedelta(days=rng.randrange(days))
        out.append(datetime(day.year, day.month, day.day, rng.randrange(6, 22), rng.randrange(60),
                            rng.randrange(1, 60), tzinfo=TZ))
    return sorted(out)


def html_document(title: str, head: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head><meta charset="utf-8"><title>{esc(title)}</title>'
            f"{head}</head>\n<body>\n{body}\n</body>\n</html>\n")


def og_head(doc: Doc, lead: str) -> str:
    canonical = BASE + doc.path
    return (f'<meta property="og:title" content="{attr(doc.title)}">'
            f'<meta property="og:type" content="article">'
            f'<meta property="og:url" content="{attr(canonical)}">'
            f'<meta property="og:description" content="{attr(lead)}">'
            f'<meta name="description" content="{attr(lead)}">'
            f'<link rel="canonical" href="{attr(canonical)}">')


def rss(title: str, docs: list[Doc]) -> str:
    from email.utils import format_datetime

    items = "".join(
        f"<item><title>{esc(d.title)}</title><link>{BASE}{esc(d.path)}</link>"
        f"<description>{esc(d.lead)}</description><pubDate>{format_datetime(d.published)}</pubDate>"
        f"<guid>{BASE}{esc(d.path)}</guid></item>\n" for d in docs)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(title)}</title><link>{BASE}/</link>\n{items}</channel></rss>\n")


def sitemap(docs: list[Doc]) -> str:
    urls = "".join(f"<url><loc>{BASE}{esc(d.path)}</loc><lastmod>{d.published.isoformat()}</lastmod></url>\n"
                   for d in docs)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')


def robots(with_sitemap: bool) -> str:
    text = "User-agent: *\nDisallow: /dang-nhap\n"
    return text + (f"\nSitemap: {BASE}/sitemap.xml\n" if with_sitemap else "")


def _shape(name: str) -> Shape:
    from baochi.crawler.sample_site.papers import hatinh, nghean, ninhbinh, quangninh

    shapes = {s.SHAPE.source: s.SHAPE for s in (nghean, hatinh, quangninh, ninhbinh)}
    if name not in shapes:
        raise ValueError(f"no generated shape for {name!r}; shapes: {', '.join(sorted(shapes))}")
    return shapes[name]


SOURCES = ("baonghean", "baohatinh", "baoquangninh", "baoninhbinh")


def generate_paper(source: str, out_dir: Path, *, seed: int = 7, n_articles: int = 24) -> Path:
    """Write `out_dir/site/` (served by `baochi.crawler.sample_site.serve`) and `out_dir/manifest.json`."""
    shape = _shape(source)
    out_dir, site = fresh_site(out_dir)
    rng = random.Random(f"baochi-paper:{source}:{seed}")
    cats = list(shape.categories)
    th_cats = list(V.CATEGORIES)
    docs: list[Doc] = []
    for i, pub in enumerate(_times(rng, n_articles)):
        cat = cats[i % len(cats)]
        text = textgen.compose_article(random.Random(f"{source}:{seed}:{i}"), pub, th_cats[i % len(th_cats)])
        title = text["title"].text
        n_par = len(text["paragraphs"])
        spots = sorted(rng.sample(range(n_par - 1), min(len(text["captions"]), n_par - 1)))
        doc = Doc(
            id=shape.new_id(rng, i), slug=slugify(title)[:60].rstrip("-"), category=cat,
            category_name=shape.categories[cat], title=title, lead=text["lead"].text,
            paragraphs=list(text["paragraphs"]),
            captions=[(a, f"{c} Ảnh: {rng.choice(V.PHOTOGRAPHERS)}") for a, c in zip(spots, text["captions"], strict=False)],
            author=rng.choice(V.AUTHORS), published=pub, path="", markup_seed=f"{source}:{seed}:markup:{i}",
            variant=shape.variant(rng, i),
        )
        doc.lead_displayed = (shape.lead_prefix + doc.lead) if shape.lead_prefix and rng.random() < 0.7 else doc.lead
        doc.path = shape.path(doc)
        doc.expected_published = shape.expected_published(doc)
        docs.append(doc)
    extra = shape.finish(docs, rng)  # may add alt paths, redirects, feeds

    def write(rel: str, text: str) -> None:
        path = site / rel.lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))

    newest = sorted(docs, key=lambda d: d.published, reverse=True)
    for d in docs:
        related = [o for o in newest if o.category == d.category and o is not d][:4]
        page = shape.article(d, related)
        write(d.path, page)
        for alt in d.alt_paths:
            write(alt, page)
    for cat, name in shape.categories.items():
        items = [d for d in newest if d.category == cat]
        pages = [items[k:k + PER_PAGE] for k in range(0, len(items), PER_PAGE)] or [[]]
        for n, chunk in enumerate(pages, start=1):
            nxt = f"/{cat}?page={n + 1}" if n < len(pages) else None
            write(f"{cat}/index.html" if n == 1 else f"{cat}/page-{n}.html", shape.listing(name, chunk, nxt))
    write("index.html", shape.listing("Trang chủ", newest[:8], None))
    write("404.html", html_document("Không tìm thấy", "", "<h1>404</h1>"))
    for rel, page in extra.items():
        write(rel, page)
    manifest = {
        "source": source,
        "seed": seed,
        "articles": [{
            "id": d.id, "path": d.path, "alt_paths": d.alt_paths, "variant": d.variant,
            "title": d.title, "lead": d.lead, "body": d.body, "captions": [c for _, c in d.captions],
            "author": d.author, "category": d.category, "category_name": d.category_name,
            "published_at": d.published.isoformat(), "expected_published_at": d.expected_published,
        } for d in docs],
    }
    path = out_dir / "manifest.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return path
