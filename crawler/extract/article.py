"""One article page → one article record, recording which layer produced each field.

Layers, most precise first: the source's CSS selectors, then the page's own metadata. A field
no layer finds stays None: a missing publication time is stored as missing, never replaced by
the crawl time, because trends would silently move articles to the crawl date.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html
from parsel import Selector

from crawler.extract.dates import parse_published
from crawler.extract.metadata import page_metadata
from crawler.extract.text import clean_text, element_text
from crawler.sources import Source


@dataclass
class ParsedArticle:
    url: str
    canonical_url: str | None
    source_id: str
    source_article_id: str | None
    title: str | None
    lead: str | None
    lead_raw: str | None
    body: str | None
    author: str | None
    category: str | None
    category_slug: str | None
    published_at: str | None
    body_status: str
    captions: list[str] = field(default_factory=list)
    extraction: dict[str, str] = field(default_factory=dict)
    content_hash: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _css_text(sel: Selector, queries: tuple[str, ...]) -> tuple[str | None, str | None]:
    """First non-empty text among `queries` (attribute queries `::attr(x)` allowed)."""
    for query in queries:
        for node in sel.css(query):
            root = node.root
            text = clean_text(root) if isinstance(root, str) else element_text(root)
            if text:
                return text, query
    return None, None


def _body(sel: Selector, source: Source) -> tuple[str | None, list[str], str | None]:
    """Body paragraphs joined by blank lines; captions and bylines kept out of the body."""
    selectors = source.selectors
    for query in selectors.body:
        containers = sel.css(query)
        if not containers:
            continue
        # Work on a copy so removing excluded parts does not disturb other layers.
        container = lxml_html.fromstring(etree.tostring(containers[0].root, encoding="unicode"))
        captions = []
        for cap_query in selectors.captions:
            captions.extend(
                t for t in (element_text(n.root) for n in Selector(root=container).css(cap_query)) if t
            )
        for exclude in selectors.body_exclude:
            for node in Selector(root=container).css(exclude):
                node.root.drop_tree()
        paragraphs = [
            text
            for text in (
                element_text(n.root) for n in Selector(root=container).css(selectors.body_paragraphs)
            )
            if text
        ]
        if not paragraphs:
            text = element_text(container)
            paragraphs = [text] if text else []
        if paragraphs:
            return "\n\n".join(paragraphs), captions, f"selector:{query}"
    return None, [], None


def _category_from_url(path: str, source: Source) -> str | None:
    parts = [p for p in path.split("/") if p]
    if len(parts) == 3 and source.article_id(path):
        return parts[0]
    return None


def _category(sel: Selector, source: Source) -> tuple[str | None, str | None, str | None]:
    """Category name as shown, and its slug from the link's address when it is a link."""
    for query in source.selectors.category:
        for node in sel.css(query):
            name = element_text(node.root) if not isinstance(node.root, str) else clean_text(node.root)
            if name:
                href = node.attrib.get("href") if not isinstance(node.root, str) else None
                slug = urlsplit(href).path.strip("/").split("/")[-1] if href else None
                return name, slug or None, f"selector:{query}"
    return None, None, None


def content_hash(title: str | None, lead: str | None, body: str | None) -> str:
    digest = hashlib.sha256()
    for part in (title, lead, body):
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def parse_article(
    html: str, url: str, source: Source, now: datetime | None = None
) -> ParsedArticle:
    """Parse an article page. Never raises on malformed HTML: missing parts become None."""
    sel = Selector(text=html or "<html></html>")
    meta = page_metadata(sel)
    extraction: dict[str, str] = {}

    title, how = _css_text(sel, source.selectors.title)
    if title:
        extraction["title"] = f"selector:{how}"
    elif meta["title"]:
        title, extraction["title"] = clean_text(meta["title"]), "metadata"

    lead_raw, how = _css_text(sel, source.selectors.lead)
    if lead_raw:
        extraction["lead"] = f"selector:{how}"
    elif meta["lead"]:
        lead_raw, extraction["lead"] = clean_text(meta["lead"]), "metadata"
    lead = source.strip_lead_prefix(lead_raw).strip() if lead_raw else None

    body, captions, how = _body(sel, source)
    if body:
        extraction["body"] = how or "selector"
    body_status = "ok" if body else "missing"

    author, how = _css_text(sel, source.selectors.author)
    if author:
        extraction["author"] = f"selector:{how}"
    elif meta["author"]:
        author, extraction["author"] = clean_text(meta["author"]), "metadata"

    path = urlsplit(url).path
    category, category_slug, how = _category(sel, source)
    if category:
        extraction["category"] = how
    elif meta["category"]:
        category, extraction["category"] = clean_text(meta["category"]), "metadata"
    category_slug = category_slug or _category_from_url(path, source)
    if category is None and category_slug:
        category, extraction["category"] = category_slug, "url"

    published = None
    if meta.get("published_jsonld"):
        published = parse_published(meta["published_jsonld"], source.timezone, now=now)
        if published:
            extraction["published_at"] = "metadata:json-ld"
    if published is None:
        for query in source.selectors.published:
            text, _ = _css_text(sel, (query,))
            published = parse_published(
                text, source.timezone, source.selectors.date_formats, now=now
            )
            if published:
                extraction["published_at"] = f"selector:{query}"
                break
    if published is None and meta["published"]:
        published = parse_published(meta["published"], source.timezone, now=now)
        if published:
            extraction["published_at"] = "metadata"

    canonical = meta["canonical_url"]
    canonical = urljoin(url, canonical) if canonical else None
    article_id = source.article_id(path)
    if canonical and (canonical_id := source.article_id(urlsplit(canonical).path)):
        article_id = article_id or canonical_id

    return ParsedArticle(
        url=url,
        canonical_url=canonical,
        source_id=source.source_id,
        source_article_id=article_id,
        title=title,
        lead=lead,
        lead_raw=lead_raw,
        body=body,
        author=author,
        category=category,
        category_slug=category_slug,
        published_at=published.isoformat() if published else None,
        body_status=body_status,
        captions=captions,
        extraction=extraction,
        content_hash=content_hash(title, lead, body),
    )
