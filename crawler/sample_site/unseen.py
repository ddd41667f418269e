"""Báo Thanh Hóa-shaped sites in markup the crawler was never tuned to (held-out variants).

Same URL shapes as the sample site (`/<slug>-<id>.htm`, `/<cat>/<slug>/<id>.htm`, RSS under
`/rss/<cat>.xml`, robots.txt), but each variant has its own class names, menus, listing paths,
pagination window, sitemap layout, breadcrumb, byline and date forms — so a crawl of them
measures whether discovery and extraction read the site instead of the registry's guesses.

    variant "b": listings `/<cat>.htm` + `/<cat>/trang-N.htm`, a window of page numbers only,
                 robots.txt names a sitemap index of category sitemaps; visible dateline with
                 a date-only JSON-LD; the site name as JSON-LD/meta author; bylines as a
                 separate element, a right-aligned bold last paragraph or "Bài và ảnh: NAME".
    variant "c": listings `/chuyen-muc/<cat>` + `/p<N>`, a small window and "Trang sau »";
                 the menu shows four sections, the footer one, a sitemap of sections the rest;
                 no sitemap in robots.txt, `/sitemap.xml` an index of an index; microdata
                 with a local time without offset; no meta description; bylines as an
                 `itemprop=author`, "Bài, ảnh: NAME" or "Theo AGENCY"; a few photo pages
                 without a body.

    variant "d": an old table-layout portal (ASP.NET era): no `h1`, title, dateline, summary and
                 content in table cells with mixed-case classes (`NewsTitle`, `NewsDate`);
                 paragraphs as `div`s, or lines of one block cut by `<br>`; a dateline with an
                 update time after the publication time; the lead opens with the outlet's
                 tag; bylines in an author box that also holds the day, a right-aligned bold
                 `div` or a "Bài và ảnh: NAME" line; listings `/tin-tuc/<cat>/` + `?page=N`
                 with a window of three and "»"; Atom feeds; no microdata, JSON-LD or meta.

    variant "e": a plain CMS that labels little: no JSON-LD, meta description or date classes;
                 the dateline as unclassed spans under the headline (`14:20 | Thứ Bảy,
                 05/12/2026`), the lead as an unclassed `h2`, the body in `story-body` with a
                 "Xem thêm:" pointer and an advertising block inside, captions as italic
                 paragraphs under a picture's paragraph; bylines as a plain closing line of
                 names, "Bài và ảnh: NAME" under the headline, or a name before a "(Nguồn: …)"
                 line; listings `/danh-muc/<cat>/` + `/danh-muc/<cat>/page/N/` (WordPress) with
                 numbers and "»"; robots.txt names a sitemap index.

Only the newest article per category is in the sitemaps and feeds; older ones are reachable
only through listing pages (the oldest from page 3 or 4).

    from baochi.crawler.sample_site.unseen import generate_unseen
    manifest = generate_unseen(out_dir, "b")   # out_dir/site/ + out_dir/manifest.json
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from baochi.crawler.sample_site import textgen
from baochi.crawler.sample_site import vocab as V
from baochi.crawler.sample_site.generate import fresh_site, slugify
from baochi.crawler.sample_site.pages import attr, esc, paragraph_html

TZ = timezone(timedelta(hours=7), "+07")
BASE = "__BASE_URL__"
PER_PAGE = 2
AGENCIES = ("TTXVN", "VOV", "VNA")
VARIANTS = ("b", "c", "d", "e")
BYLINES = {"b": ("element", "signature", "bai-anh"), "c": ("itemprop", "bai-anh-comma", "theo"),
           "d": ("authorbox", "signature-div", "br-bai-anh"), "e": ("name-line", "top-byline", "source-after")}
OUTLET_TAG = "(BTH) - "
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _doc(rng: random.Random, aid: int, cat: str, pub: datetime, variant: str, index: int) -> dict:
    text = textgen.compose_article(random.Random(f"unseen:{variant}:{aid}"), pub, cat)
    title = text["title"].text
    slug = slugify(title)[:60].rstrip("-")
    byline = BYLINES[variant][index % 3]
    author: str | None = AGENCIES[index % len(AGENCIES)] if byline == "theo" else rng.choice(V.AUTHORS)
    no_body = variant == "c" and index % 20 == 7
    paragraphs = [] if no_body else list(text["paragraphs"])
    if no_body and byline != "itemprop":
        author = None  # the signature line is part of the body these photo pages lack
    return {
        "id": str(aid), "category": cat, "category_name": V.CATEGORIES[cat], "slug": slug,
        "paths": {"new": f"/{slug}-{aid}.htm", "old": f"/{cat}/{slug}/{aid}.htm"},
        "title": title, "lead": text["lead"].text, "paragraphs": paragraphs,
        "body": "\n\n".join(paragraphs) or None,
        "captions": [] if no_body else [f"{c} Ảnh: {rng.choice(V.PHOTOGRAPHERS)}" for c in text["captions"][:2]],
        "author": author, "byline": byline, "published_at": pub.isoformat(),
        "markup_seed": f"unseen:{variant}:markup:{aid}",
    }


def _page(title: str, head: str, body: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="vi">\n<head><meta charset="utf-8">'
            f"<title>{esc(title)}</title>{head}</head>\n<body>\n{body}\n</body>\n</html>\n")


def _webform(body: str) -> str:
    """ASP.NET WebForms wrap the whole page in its one server form (variant d's pages)."""
    return ('<form method="post" action="./" id="form1"><div class="aspNetHidden">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAmYPZBYC"></div>\n'
            f"{body}\n</form>")


def _div_paragraph(para: str, rng: random.Random) -> str:
    """The sample site's paragraph markup, as a `div` (old portals write paragraphs so)."""
    html = paragraph_html(para, rng, ["nong-thon-moi"])
    return '<div style="text-align: justify;"' + html[2:-4] + "</div>"


def _body_html_d(d: dict) -> str:
    """Variant d's content cell: `div` paragraphs, or one block cut by `<br>`; captions in
    image tables; the signature as a right-aligned bold `div` or a last "Bài và ảnh" line."""
    rng = random.Random(d["markup_seed"])
    name = esc(d["author"] or "")
    captions = "".join(
        f'<table class="ImageBox"><tr><td><img src="/img/{d["id"]}-{i}.jpg"></td></tr>'
        f'<tr><td class="ImageCaption">{esc(c)}</td></tr></table>' for i, c in enumerate(d["captions"]))
    if d["byline"] == "br-bai-anh":
        lines = "<br><br>".join(esc(p) for p in d["paragraphs"])
        return f'<div class="Content">{lines}<br><br>Bài và ảnh: {name}</div>{captions}'
    out = [_div_paragraph(p, rng) for p in d["paragraphs"]]
    if len(out) > 1:
        out.insert(1, captions)
    if d["byline"] == "signature-div":
        out.append(f'<div style="text-align: right;"><b>{name}</b></div>')
    return "".join(out)


def _article_d(d: dict, docs: list[dict]) -> str:
    pub = datetime.fromisoformat(d["published_at"])
    updated = pub + timedelta(days=1, hours=2)
    others = [o for o in docs if o["category"] == d["category"] and o is not d][:3]
    related = "".join(f'<div class="Item"><a href="{attr(o["paths"]["new"])}">{esc(o["title"])}</a></div>'
                      for o in others)
    box = (f'<div class="AuthorBox"><span class="AuthorName">{esc(d["author"])}</span> '
           f'<span class="AuthorDate">{pub:%d/%m/%Y}</span></div>' if d["byline"] == "authorbox" else "")
    body = (
        f"{_menu('d')}\n"
        '<table class="MainTable"><tr><td class="LeftCol">\n'
        f'<div class="BreadCrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc/{d["category"]}/">'
        f'{esc(d["category_name"])}</a></div>\n'
        '<table class="NewsDetail">'
        f'<tr><td class="NewsTitle">{esc(d["title"])}</td></tr>\n'
        f'<tr><td class="NewsDate">Ngày đăng: {pub:%d/%m/%Y %H:%M} | Cập nhật: {updated:%d/%m/%Y %H:%M} | '
        'Lượt xem: 1.024</td></tr>\n'
        f'<tr><td class="NewsSummary"><b>{esc(OUTLET_TAG + d["lead"])}</b></td></tr>\n'
        f'<tr><td class="NewsContent">{_body_html_d(d)}</td></tr></table>{box}\n'
        f'</td><td class="RightCol"><div class="OtherNews"><b>Tin cùng chuyên mục</b>{related}</div></td></tr>'
        '</table>\n<div class="Footer">Báo Thanh Hóa điện tử</div>'
    )
    return _page(f'{V.SITE_NAME} - {d["category_name"]}', "", _webform(body))


def _body_html_e(d: dict, docs: list[dict]) -> str:
    """Variant e's body: plain paragraphs, a picture's paragraph and its caption in italics, a
    "Xem thêm:" pointer and an advertising block among them, and a closing signature."""
    rng = random.Random(d["markup_seed"])
    caps = dict(zip((1, 3), d["captions"], strict=False))
    other = next((o for o in docs if o["category"] == d["category"] and o is not d), d)
    out = []
    for i, para in enumerate(d["paragraphs"]):
        out.append(paragraph_html(para, rng, ["nong-thon-moi"]))
        if i in caps:
            out.append(f'<p style="text-align:center"><img src="/img/{d["id"]}-{i}.jpg"></p>'
                       f'<p style="text-align:center"><em>{esc(caps[i])}</em></p>')
        if i == 0:
            out.append(f'<p><strong>Xem thêm:</strong> <a href="{attr(other["paths"]["new"])}">{esc(other["title"])}</a></p>')
            out.append('<div class="ads-inread"><p>Quảng cáo: ưu đãi mua sắm cuối năm cho mọi gia đình.</p></div>')
    name = esc(d["author"] or "")
    if d["byline"] == "name-line":
        out.append(f"<p>{name}</p>")
    elif d["byline"] == "source-after":
        out.append(f"<p>{name}</p><p><em>(Nguồn: Báo Tin tức)</em></p>")
    return "\n".join(out)


def _article_e(d: dict, docs: list[dict]) -> str:
    pub = datetime.fromisoformat(d["published_at"])
    weekday = WEEKDAYS[pub.weekday()]
    top = f'<span>Bài và ảnh: {esc(d["author"])}</span> - ' if d["byline"] == "top-byline" else ""
    body = (
        f"{_menu('e')}\n"
        f'<nav aria-label="breadcrumb"><a href="/">Trang chủ</a> / <a href="/danh-muc/{d["category"]}/">'
        f'{esc(d["category_name"])}</a></nav>\n<div class="wrap"><div class="col-main">\n'
        f'<h1>{esc(d["title"])}</h1>\n<div class="info">{top}<span>{pub:%H:%M}</span> | '
        f"<span>{weekday}, {pub:%d/%m/%Y}</span></div>\n<h2>{esc(d['lead'])}</h2>\n"
        f'<div class="story-body">\n{_body_html_e(d, docs)}\n</div>\n</div>\n'
        f'<div class="col-side">{_related(d, docs, "e")}</div></div>\n<div class="bottom"><p>Báo Thanh Hóa điện tử</p></div>'
    )
    return _page(d["title"], f'<link rel="canonical" href="{attr(BASE + d["paths"]["new"])}">', body)


def _body_html(d: dict, variant: str) -> str:
    rng = random.Random(d["markup_seed"])
    out = []
    caps = dict(zip((1, 3), d["captions"], strict=False))
    for i, para in enumerate(d["paragraphs"]):
        out.append(paragraph_html(para, rng, ["nong-thon-moi"]))
        if i in caps:
            if variant == "b":
                out.append(f'<table class="image"><tr><td><img src="/img/{d["id"]}-{i}.jpg"></td></tr>'
                           f'<tr><td class="image-caption">{esc(caps[i])}</td></tr></table>')
            else:
                out.append(f'<figure class="wp-image"><img src="/img/{d["id"]}-{i}.jpg">'
                           f"<figcaption>{esc(caps[i])}</figcaption></figure>")
    name = esc(d["author"] or "")
    if d["byline"] == "signature":
        out.append(f'<p style="text-align: right;"><strong>{name}</strong></p>')
    elif d["byline"] == "bai-anh":
        out.append(f"<p><em>Bài và ảnh: {name}</em></p>")
    elif d["byline"] == "bai-anh-comma":
        out.append(f"<p><strong>Bài, ảnh: {name}</strong></p>")
    elif d["byline"] == "theo":
        out.append(f"<p><em>Theo {name}</em></p>")
    return "\n".join(out)


def _related(d: dict, docs: list[dict], variant: str) -> str:
    others = [o for o in docs if o["category"] == d["category"] and o is not d][:3]
    cls = "tin-lien-quan" if variant == "b" else "more-posts"
    items = "".join(f'<div class="item"><a href="{attr(o["paths"]["new"])}">{esc(o["title"])}</a>'
                    f'<p>{esc(o["lead"])}</p></div>' for o in others)
    return f'<div class="{cls}"><h3>Tin cùng chuyên mục</h3>{items}</div>'


def _menu(variant: str) -> str:
    if variant == "d":
        cells = "".join(f'<td><a href="/tin-tuc/{c}/">{esc(n)}</a></td>' for c, n in V.CATEGORIES.items())
        return (f'<table class="TopMenu"><tr><td><a href="/">Trang chủ</a></td>{cells}'
                '<td><a href="/luu-tru/">Lưu trữ</a></td></tr></table>')
    if variant == "b":
        items = "".join(f'<li><a href="/{c}.htm">{esc(n)}</a></li>' for c, n in V.CATEGORIES.items())
        return (f'<div class="top-menu"><ul><li><a href="/">Trang chủ</a></li>{items}'
                '<li><a href="/luu-tru.htm">Lưu trữ</a></li><li><a href="/lien-he.htm">Liên hệ</a></li></ul></div>')
    if variant == "e":
        items = "".join(f'<li><a href="/danh-muc/{c}/">{esc(n)}</a></li>' for c, n in V.CATEGORIES.items())
        return (f'<nav class="primary"><ul><li><a href="/">Trang chủ</a></li>{items}'
                '<li><a href="/luu-tru/">Lưu trữ</a></li></ul></nav>')
    # Variant c's menu shows four sections; one more is linked from the footer, the rest only
    # from the sitemap of sections.
    items = "".join(f'<a href="/chuyen-muc/{c}">{esc(n)}</a>' for c, n in list(V.CATEGORIES.items())[:4])
    return f'<nav class="navbar"><a href="/">Trang chủ</a>{items}<a href="/luu-tru/">Lưu trữ</a></nav>'


def _article(d: dict, docs: list[dict], variant: str) -> str:
    if variant == "d":
        return _article_d(d, docs)
    if variant == "e":
        return _article_e(d, docs)
    pub = datetime.fromisoformat(d["published_at"])
    canonical = BASE + d["paths"]["new"]
    if variant == "b":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": d["title"],
              "datePublished": f"{pub:%Y-%m-%d}", "author": {"@type": "Organization", "name": V.SITE_NAME},
              "publisher": {"@type": "Organization", "name": V.SITE_NAME}}
        head = (f'<meta property="og:title" content="{attr(d["title"])}">'
                f'<meta name="description" content="{attr(d["lead"])}">'
                f'<meta name="author" content="{attr(V.SITE_NAME)}">'
                f'<link rel="canonical" href="{attr(canonical)}">'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        weekday = WEEKDAYS[pub.weekday()]
        tac_gia = f'<div class="tac-gia">{esc(d["author"])}</div>' if d["byline"] == "element" else ""
        body = (
            f'<div class="header-top">{_menu(variant)}</div>\n'
            f'<div class="duong-dan"><a href="/">Trang chủ</a> » <a href="/{d["category"]}.htm">'
            f'{esc(d["category_name"])}</a></div>\n'
            '<div class="main-detail">\n'
            f'<h1 class="title-detail">{esc(d["title"])}</h1>\n'
            f'<div class="box-date">{weekday}, {pub:%d/%m/%Y - %H:%M}</div>\n'
            f'<div class="sapo-detail"><strong>{esc(d["lead"])}</strong></div>\n'
            f'<div class="content-detail">\n{_body_html(d, variant)}\n</div>\n{tac_gia}\n</div>\n'
            f'{_related(d, docs, variant)}\n<div class="footer"><p>Báo Thanh Hóa điện tử</p></div>'
        )
        return _page(f'{d["title"]} | {V.SITE_NAME}', head, body)
    head = (f'<link rel="canonical" href="{attr(canonical)}">'
            f'<meta property="article:published_time" content="{pub:%Y-%m-%d}">')
    crumb = (f'<ol class="crumbs" itemscope itemtype="https://schema.org/BreadcrumbList">'
             '<li itemprop="itemListElement"><a href="/">Trang chủ</a></li>'
             f'<li itemprop="itemListElement"><a href="/chuyen-muc/{d["category"]}">{esc(d["category_name"])}</a></li>'
             f'<li><span>{esc(d["title"])}</span></li></ol>')
    by = (f'<span class="post-by">Tác giả: <span itemprop="author">{esc(d["author"])}</span></span>'
          if d["byline"] == "itemprop" else "")
    body = (
        f"<header>{_menu(variant)}</header>\n{crumb}\n"
        '<article itemscope itemtype="https://schema.org/NewsArticle">\n'
        f'<h1 class="entry-title" itemprop="headline">{esc(d["title"])}</h1>\n'
        f'<div class="entry-meta"><meta itemprop="datePublished" content="{pub:%Y-%m-%dT%H:%M:%S}">'
        f'<span class="post-date">{pub:%H:%M} | {pub:%d/%m/%Y}</span> {by}</div>\n'
        f'<p class="entry-summary" itemprop="description">{esc(d["lead"])}</p>\n'
        f'<div class="entry-content" itemprop="articleBody">\n{_body_html(d, variant)}\n'
        + ('' if d["paragraphs"] else f'<figure class="gallery"><img src="/img/{d["id"]}.jpg"></figure>')
        + f"\n</div>\n</article>\n{_related(d, docs, variant)}\n"
        "<footer><p>Báo Thanh Hóa điện tử</p></footer>"
    )
    return _page(d["title"], head, body)


def _listing_paths(variant: str, cat: str, page: int) -> str:
    if variant == "d":
        return f"/tin-tuc/{cat}/" if page == 1 else f"/tin-tuc/{cat}/?page={page}"
    if variant == "b":
        return f"/{cat}.htm" if page == 1 else f"/{cat}/trang-{page}.htm"
    if variant == "e":
        return f"/danh-muc/{cat}/" if page == 1 else f"/danh-muc/{cat}/page/{page}/"
    return f"/chuyen-muc/{cat}" if page == 1 else f"/chuyen-muc/{cat}/p{page}"


def _listing_d(cat: str, page: int, pages: int, items: list[dict]) -> str:
    """An old portal's listing: rows of a table, numbered pages in a window of three, "»"."""
    links = [f"<b>{n}</b>" if n == page else f'<a href="{attr(_listing_paths("d", cat, n))}">{n}</a>'
             for n in range(max(1, page - 1), min(pages, page + 1) + 1)]
    if page < pages:
        links.append(f'<a href="{attr(_listing_paths("d", cat, page + 1))}">»</a>')
    rows = "".join(
        f'<tr><td class="ListTitle"><a href="{attr(d["paths"]["old" if int(d["id"]) % 2 else "new"])}">'
        f'{esc(d["title"])}</a></td></tr><tr><td class="ListSummary">{esc(d["lead"][:120])}</td></tr>'
        for d in items)
    body = (f'{_menu("d")}\n<div class="CatName">{esc(V.CATEGORIES[cat])}</div>\n'
            f'<table class="NewsList">{rows}</table>\n<div class="Paging">{" ".join(links)}</div>')
    return _page(V.CATEGORIES[cat], "", _webform(body))


def _listing(variant: str, cat: str, page: int, pages: int, items: list[dict]) -> str:
    if variant == "d":
        return _listing_d(cat, page, pages, items)
    window = 2 if variant == "b" else 1
    links = []
    for n in range(max(1, page - window), min(pages, page + window) + 1):
        links.append(f"<span>{n}</span>" if n == page else f'<a href="{_listing_paths(variant, cat, n)}">{n}</a>')
    if variant == "c" and page < pages:
        links.append(f'<a href="{_listing_paths(variant, cat, page + 1)}">Trang sau »</a>')
    if variant == "e" and page < pages:
        links.append(f'<a class="next" href="{_listing_paths(variant, cat, page + 1)}">»</a>')
    cls = "pages" if variant == "b" else "nav-links"
    stories = "".join(
        f'<div class="{"item-news" if variant == "b" else "post-card"}"><a class="title-news" '
        f'href="{attr(d["paths"]["old" if int(d["id"]) % 2 else "new"])}">{esc(d["title"])}</a>'
        f'<p>{esc(d["lead"][:120])}</p></div>' for d in items)
    body = (f"{_menu(variant)}\n<h1>{esc(V.CATEGORIES[cat])}</h1>\n<div class=\"list\">{stories}</div>\n"
            f'<div class="{cls}">{"".join(links)}</div>')
    return _page(V.CATEGORIES[cat], "", body)


def _listing_file(path: str, page: int, variant: str) -> str:
    """Where a listing page is written for the sample server (`?page=N` → `<dir>/page-N.html`)."""
    if variant == "d":
        return path.split("?")[0] + ("index.html" if page == 1 else f"page-{page}.html")
    return path + ("" if path.endswith(".htm") else ("index.html" if path.endswith("/") else "/index.html"))


def _urlset(paths: list[tuple[str, str]]) -> str:
    urls = "".join(f"<url><loc>{BASE}{esc(p)}</loc><lastmod>{m}</lastmod></url>\n" for p, m in paths)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')


def _index(paths: list[str]) -> str:
    items = "".join(f"<sitemap><loc>{BASE}{esc(p)}</loc></sitemap>\n" for p in paths)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}</sitemapindex>\n')


def _rss(cat: str, docs: list[dict]) -> str:
    from email.utils import format_datetime

    items = "".join(
        f"<item><title>{esc(d['title'])}</title><link>{BASE}{esc(d['paths']['new'])}</link>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(d['published_at']))}</pubDate></item>\n"
        for d in docs)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(V.CATEGORIES[cat])}</title><link>{BASE}/</link>\n{items}</channel></rss>\n")


def _atom(cat: str, docs: list[dict]) -> str:
    entries = "".join(
        f'<entry><title>{esc(d["title"])}</title><link href="{BASE}{esc(d["paths"]["new"])}"/>'
        f'<published>{d["published_at"]}</published><updated>{d["published_at"]}</updated></entry>\n'
        for d in docs)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{esc(V.CATEGORIES[cat])}</title>\n{entries}</feed>\n")


def generate_unseen(out_dir: Path, variant: str = "b", *, seed: int = 15, n_articles: int = 60) -> Path:
    """Write `out_dir/site/` and `out_dir/manifest.json` for one held-out variant."""
    if variant not in VARIANTS:
        raise ValueError(f"variant must be one of {VARIANTS}")
    out_dir, site = fresh_site(out_dir)
    rng = random.Random(f"unseen:{variant}:{seed}")
    cats = list(V.CATEGORIES)
    start = datetime(2025, 3, 1, 6, 0, tzinfo=TZ)
    docs = []
    for i in range(n_articles):
        pub = start + timedelta(hours=11 * i, minutes=rng.randrange(60))
        docs.append(_doc(rng, 230000 + i * 37 + rng.randrange(30), cats[i % len(cats)], pub, variant, i))
    files: dict[str, str] = {}
    for d in docs:
        page = _article(d, docs, variant)
        files[d["paths"]["new"]] = files[d["paths"]["old"]] = page
    newest = sorted(docs, key=lambda d: d["published_at"], reverse=True)
    first_per_cat = {c: [d for d in newest if d["category"] == c][:1] for c in cats}
    for cat in cats:
        items = [d for d in newest if d["category"] == cat]
        pages = max(1, -(-len(items) // PER_PAGE))
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * PER_PAGE: n * PER_PAGE]
            path = _listing_paths(variant, cat, n)
            files[_listing_file(path, n, variant)] = _listing(variant, cat, n, pages, chunk)
        if variant == "d":
            files[f"/feeds/{cat}.atom"] = _atom(cat, first_per_cat[cat])
        else:
            files[f"/rss/{cat}.xml"] = _rss(cat, first_per_cat[cat])
    internal = f"/noi-bo/ban-tin/{990000 + seed}.htm"
    files[internal] = _article({**docs[0], "id": str(990000 + seed)}, docs, variant)
    files["/luu-tru.htm" if variant == "b" else "/luu-tru/index.html"] = _listing(variant, cats[0], 1, 1, docs[:2])
    feeds = "".join(f'<link rel="alternate" type="application/atom+xml" href="/feeds/{c}.atom">' for c in cats[:2]) \
        if variant == "d" else \
        "".join(f'<link rel="alternate" type="application/rss+xml" href="/rss/{c}.xml">' for c in cats[:2])
    home_items = "".join(f'<div class="hot"><a href="{attr(d["paths"]["new"])}">{esc(d["title"])}</a></div>'
                         for d in newest[:4])
    footer = "" if variant in ("b", "e") else (
        f'<div class="site-links"><a href="/chuyen-muc/{cats[4]}">{esc(V.CATEGORIES[cats[4]])}</a></div>')
    files["/index.html"] = _page("Báo Thanh Hóa", feeds, f'{_menu(variant)}\n<div class="home">{home_items}'
                                 f'<a href="{internal}">Bản tin nội bộ</a></div>{footer}')
    files["/lien-he.htm"] = _page("Liên hệ", "", "<p>Liên hệ tòa soạn.</p>")
    disallow = "Disallow: /noi-bo/\nDisallow: /luu-tru\n"
    sitemap_entries = {c: [(d["paths"]["new"], d["published_at"]) for d in first_per_cat[c]] for c in cats}
    if variant == "d":
        files["/robots.txt"] = f"User-agent: *\n{disallow}\nSitemap: {BASE}/sitemap.xml\n"
        files["/sitemap.xml"] = _urlset([e for c in cats for e in sitemap_entries[c]])
    elif variant in ("b", "e"):
        files["/robots.txt"] = f"User-agent: *\n{disallow}\nSitemap: {BASE}/sitemap-index.xml\n"
        files["/sitemap-index.xml"] = _index([f"/sitemaps/{c}.xml" for c in cats])
        for c in cats:
            files[f"/sitemaps/{c}.xml"] = _urlset(sitemap_entries[c])
    else:
        files["/robots.txt"] = f"User-agent: *\n{disallow}"
        files["/sitemap.xml"] = _index(["/sitemap/news-index.xml", "/sitemap/sections.xml"])
        files["/sitemap/news-index.xml"] = _index([f"/sitemap/news-{c}.xml" for c in cats])
        files["/sitemap/sections.xml"] = _urlset([(f"/chuyen-muc/{c}", "2025-03-01") for c in cats[5:]])
        for c in cats:
            files[f"/sitemap/news-{c}.xml"] = _urlset(sitemap_entries[c])
    files["/404.html"] = _page("404", "", "<h1>Không tìm thấy</h1>")
    for rel, text in files.items():
        target = site / rel.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
    listed_only = [d["id"] for d in docs if d not in first_per_cat[d["category"]] and d not in newest[:4]]
    manifest = {
        "source": V.SOURCE, "variant": variant, "seed": seed,
        "articles": [{k: v for k, v in d.items() if k not in ("markup_seed", "paragraphs")} for d in docs],
        "listed_only": listed_only,
        "disallowed": [internal, "/luu-tru"],
    }
    manifest_path = out_dir / "manifest.json"
    manifest_path.write_bytes((json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return manifest_path
