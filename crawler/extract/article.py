"""One article page → one article record, recording which layer produced each field.

Fields come from ranked evidence, most precise first: the source's CSS selectors, the page's
declared metadata (JSON-LD, microdata `itemprop`, og:*, article:*, canonical), generic
structure any paper has (the densest paragraph block, the breadcrumb's most specific item, a
visible dateline or byline — crawler/extract/generic/), the URL, then — for a body nothing
else found — the self-decoding body decoder (crawler/decode.py) and the text-only extractors
(trafilatura, htmldate). A publication time that carries the time of day always beats one that
knows only the day; `published_precision` says which was known. A field no layer finds stays
None: a missing publication time is stored as missing, never replaced by the crawl time,
because trends would silently move articles to the crawl date.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from baochi.crawler.decode import Decoded, detect_and_decode, find_blobs, read_rendered
from baochi.crawler.extract import generic
from baochi.crawler.extract.dates import parse_published
from baochi.crawler.extract.fallback import generic_body, generic_date
from baochi.crawler.extract.metadata import page_metadata
from baochi.crawler.extract.query import attrib, css
from baochi.crawler.extract.text import clean_text, element_text
from baochi.crawler.sources import Source
from lxml import html as lxml_html
from parsel import Selector


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
    published_precision: str | None = None  # second|minute|day; None when unknown

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _css_text(sel: Selector, queries: tuple[str, ...]) -> tuple[str | None, str | None]:
    """First non-empty text among `queries` (attribute queries `::attr(x)` allowed)."""
    for query in queries:
        for root in css(sel, query):
            text = clean_text(root) if isinstance(root, str) else element_text(root)
            if text:
                return text, query
    return None, None


def _body(sel: Selector, source: Source) -> tuple[str | None, list[str], str | None, str | None]:
    """Body paragraphs joined by blank lines; captions and bylines kept out of the body (a
    closing signature line — "Bài và ảnh: NAME", a right-aligned bold name — is returned as
    the author it names)."""
    selectors = source.selectors
    for query in selectors.body:
        containers = css(sel, query)
        if not containers:
            continue
        # Work on a copy so removing excluded parts does not disturb other layers (a deep copy
        # of the subtree: a third of the cost of writing it out and parsing it again).
        container = copy.deepcopy(containers[0])
        captions: list[str] = []
        for cap_query in selectors.captions:
            captions.extend(
                t for t in (element_text(n) for n in css(container, cap_query)) if t
            )
        for exclude in selectors.body_exclude:
            for node in css(container, exclude):
                node.drop_tree()
        # each paragraph's text read once, not again for the body
        texts = [(n, text) for n in css(container, selectors.body_paragraphs)
                 if not isinstance(n, str) and (text := element_text(n))]
        texts, captions = generic.body_paragraphs(texts, captions, container)
        texts, opened_by = generic.leading_byline(texts)
        signatures: list[tuple[str, str]] = []
        while len(texts) > 1 and (name := generic.signature(texts[-1][0])):
            signatures.append((texts.pop()[1], name))
        signed_by = generic.closing_author(signatures) or opened_by
        paragraphs = [text for _, text in texts]
        if not paragraphs:  # paragraphs written as divs or cut by <br>, not as the selector's `p`
            paragraphs, div_captions, signed_by = generic.block_paragraphs(container)
            captions = captions or div_captions
            if not paragraphs and (text := element_text(container)):
                paragraphs = [text]
        if paragraphs:
            return "\n\n".join(paragraphs), captions, f"selector:{query}", signed_by
    return None, [], None, None


def _category_from_url(path: str, source: Source) -> str | None:
    parts = [p for p in path.split("/") if p]
    if len(parts) == 3 and source.article_id(path):
        return parts[0]
    return None


def _slug(href: str | None) -> str | None:
    if not href:
        return None
    from baochi.crawler.discovery import section_slug

    return section_slug(href)


def _category(sel: Selector, source: Source, title: str | None) -> tuple[str | None, str | None, str | None]:
    """Category name as shown, and its slug from the link's address when it is a link: the
    most specific match (a breadcrumb's last section; else the category a blog CMS marks on
    the post), never the home link."""
    for query in source.selectors.category:
        found = []
        for node in css(sel, query):
            name = element_text(node) if not isinstance(node, str) else clean_text(node)
            href = attrib(node, "href")  # None when lxml refuses the attribute names
            if name and name.lower() not in generic.HOME_NAMES and href not in ("/", "./") \
                    and name != title:
                found.append((name, href))
        if found:
            name, href = found[-1]
            return name, _slug(href), f"selector:{query}"
    crumb, crumb_href, crumb_query = generic.breadcrumb(sel, title)
    if crumb:
        return crumb, _slug(crumb_href), f"generic:{crumb_query}"
    marked, marked_href, marked_query = generic.post_category(sel)
    if marked:
        return marked, _slug(marked_href), f"generic:{marked_query}"
    return None, None, None


def content_hash(title: str | None, lead: str | None, body: str | None) -> str:
    digest = hashlib.sha256()
    for part in (title, lead, body):
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def looks_encoded(text: str | None) -> bool:
    """A 'body' that is one long run without spaces is a cipher blob shown as text, not prose."""
    if not text or len(text) < 200:
        return False
    return text.count(" ") / len(text) < 0.02


_SECONDS = re.compile(r"\d:\d{2}:\d{2}")
_MINUTES = re.compile(r"\d[:hg]\d{2}|T\d{2}")


def precision_of(text: str) -> str:
    """What a date text says: `second`, `minute` or only the `day`."""
    if _SECONDS.search(text):
        return "second"
    return "minute" if _MINUTES.search(text) else "day"


def _published_candidates(sel: Selector, meta: dict, url: str, source: Source,
                          near_title: Callable[[], list[tuple[Any, str]]]) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(text, layer, extra formats) for every piece of date evidence, best first."""
    dates = source.dates
    if meta.get("published_jsonld"):
        yield meta["published_jsonld"], "metadata:json-ld", ()
    if meta.get("published_microdata"):
        yield meta["published_microdata"], "metadata:microdata", ()
    formats = (*dates.formats, *source.selectors.date_formats)
    for query in source.selectors.published:
        text, _ = _css_text(sel, (query,))
        if text:
            yield text, f"selector:{query}", formats
    if meta["published"]:
        yield meta["published"], "metadata", dates.meta_formats
    for text, _precision, query in generic.datelines(sel):
        yield text, f"generic:{query}", ()
    if found := generic.near_title_dateline(near_title()):
        yield found[0], "generic:near-title", ()
    if found := generic.url_date(urlsplit(url).path):
        yield found[0], "url", ()


def _published(sel: Selector, meta: dict, html: str, url: str, source: Source, now: datetime | None,
               near_title: Callable[[], list[tuple[Any, str]]]) -> tuple[datetime | None, str, str | None]:
    """(time, layer, precision): the best evidence that has the time of day; evidence that
    knows only the day is used only when nothing has the time."""
    tz, dates = source.timezone, source.dates
    day_only: tuple[datetime, str] | None = None
    for text, layer, formats in _published_candidates(sel, meta, url, source, near_title):
        moment = parse_published(text, tz, formats, now=now, distrust_utc=dates.distrust_utc)
        if moment is None:
            continue
        precision = precision_of(text)
        if precision == "day":
            day_only = day_only or (moment, layer)
            continue
        if layer == "metadata:json-ld" or layer == "metadata":
            precision = "second"
        return moment, layer, precision
    if day_only:
        return day_only[0], day_only[1], "day"
    moment = generic_date(html, url, tz, now=now)
    if moment:
        return moment, "fallback:htmldate", "day"
    return None, "missing", None


def _author(sel: Selector, source: Source, meta: dict, signed_by: str | None,
            near_title: Callable[[], list[tuple[Any, str]]]) -> tuple[str | None, str]:
    """The paper's author selectors, declared metadata, a byline element, the body's signature
    line — never the paper's own name, which CMSs put into `author` fields."""
    site_names = (source.name, meta.get("site_name"), meta.get("publisher"), urlsplit(source.base_url).hostname)
    author, how = _css_text(sel, source.selectors.author)
    if (author := generic.usable_author(author, site_names)):
        return author, f"selector:{how}"
    if (author := generic.usable_author(meta["author"], site_names)):
        return author, "metadata"
    author, how = generic.generic_author(sel, site_names)
    if author:
        return author, f"generic:{how}"
    if signed_by:
        return signed_by, "generic:signature"
    if (author := generic.usable_author(generic.near_title_byline(near_title()), site_names)):
        return author, "generic:near-title"
    return None, "missing"


def _article_id(url: str, canonical: str | None, source: Source) -> str | None:
    """The canonical link's id when it is this paper's own article URL (papers that migrated
    ids keep old URLs alive with the new canonical), else the fetched URL's id."""
    if canonical:
        parts = urlsplit(canonical)
        hosts = {urlsplit(url).hostname, *source.all_hosts}
        if parts.hostname in hosts and (canonical_id := source.article_id(parts.path, parts.query)):
            return canonical_id
    fetched = urlsplit(url)
    return source.article_id(fetched.path, fetched.query)


def _ranked(sel: Selector, queries: tuple[str, ...], declared: str | None,
            generic_find: Callable[[], tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """A text field and its layer: the paper's selectors, the page's declared metadata, then
    the generic structure any paper has."""
    value, how = _css_text(sel, queries)
    if value:
        return value, f"selector:{how}"
    if declared:
        return clean_text(declared), "metadata"
    value, how = generic_find()
    return (value, f"generic:{how}") if value else (None, None)


def _title(sel: Selector, source: Source, meta: dict) -> tuple[str | None, str | None]:
    site_names = (source.name, meta.get("site_name"), meta.get("publisher"))
    return _ranked(sel, source.selectors.title, meta["title"], lambda: generic.headline(sel, site_names))


def _generic_lead(sel: Selector) -> tuple[str | None, str | None]:
    """An element classed as the lead, else a sentence-long heading right under the headline."""
    lead, query = generic.classed_lead(sel)
    return (lead, query) if lead else generic.heading_lead(sel)


def _lead(sel: Selector, source: Source, meta: dict) -> tuple[str | None, str | None]:
    """The lead as written (before the paper's prefix is stripped) and its layer. A declared
    description cut short ("… vừa qua..."), or one the visible lead element starts with, gives
    way to that element: the page shows the lead whole."""
    lead, how = _ranked(sel, source.selectors.lead, meta["lead"], lambda: _generic_lead(sel))
    if how == "metadata" and lead:
        visible, query = generic.classed_lead(sel)
        stem = generic.strip_outlet_tag(lead).rstrip(".… ")
        whole = generic.strip_outlet_tag(visible or "")
        if stem and len(whole) > len(stem) + 1 and whole.startswith(stem):
            return visible, f"generic:{query}"
    return lead, how


def _html_root(sel: Selector) -> lxml_html.HtmlElement | None:
    return sel.root if isinstance(sel.root, lxml_html.HtmlElement) else None


@dataclass
class _BodyFields:
    """The body being decided, with the fields a decoded page may fill in as well."""

    title: str | None
    lead_raw: str | None
    body: str | None = None
    captions: list[str] = field(default_factory=list)
    status: str = "missing"
    signed_by: str | None = None


def _page_body(sel: Selector, source: Source, fields: _BodyFields, extraction: dict[str, str]) -> None:
    """The body from the paper's selectors, else the page's generic paragraph structure (never
    a cipher, never a run of other articles' teasers)."""
    body, captions, how, signed_by = _body(sel, source)
    if looks_encoded(body):
        body, captions, how, signed_by = None, [], None, None
    root = _html_root(sel)
    if not body and root is not None:
        g_body, g_captions, signed_by = generic.generic_body(root)
        if g_body and not looks_encoded(g_body) and generic.teaser_share(root, g_body.split("\n\n")) < 0.5:
            body, captions, how = g_body, g_captions, "generic:paragraphs"
    fields.body, fields.captions, fields.signed_by = body, captions, signed_by
    if body:
        fields.status = "ok"
        extraction["body"] = how or "selector"


def _decoded_body(html: str, sel: Selector, source: Source, meta: dict, rendered: bool,
                  fields: _BodyFields, extraction: dict[str, str]) -> None:
    """A self-decoding body: read from the rendered DOM, or decoded natively; `encoded` when a
    cipher is there but cannot be read."""
    decoded: Decoded | None
    if rendered:
        decoded = read_rendered(html, source.decoder)
        layer = "render"
        encoded = decoded is None and bool(find_blobs(html, source.decoder.min_blob))
    else:
        h1 = css(sel, "h1")
        titles = [t for t in (fields.title, meta["title"], h1[0].xpath("string()") if h1 else None) if t]
        detection = detect_and_decode(html, source.decoder, titles)
        decoded, encoded, layer = detection.decoded, detection.encoded, "decoder:e1"
    if decoded is not None and decoded.body:
        fields.body, fields.captions, fields.status = decoded.body, decoded.captions, "ok"
        extraction["body"] = layer
        if decoded.alphabet:
            extraction["decoder"] = f"alphabet {decoded.alphabet}, shift {decoded.shift}"
        if not fields.title and decoded.title:
            fields.title, extraction["title"] = decoded.title, layer
        if not fields.lead_raw and decoded.lead:
            fields.lead_raw, extraction["lead"] = decoded.lead, layer
    elif encoded:
        fields.status = "encoded"
        extraction["body"] = "encoded"


def _fallback_body(html: str, url: str, sel: Selector, fields: _BodyFields, extraction: dict[str, str]) -> None:
    """The text-only extractor, unless what it finds is other articles' teasers."""
    fallback = generic_body(html, url, skip=(fields.title, fields.lead_raw))
    root = _html_root(sel)
    if fallback and (root is None or generic.teaser_share(root, fallback.split("\n\n")) < 0.5):
        fields.body, fields.status, extraction["body"] = fallback, "ok", "fallback:trafilatura"
    elif fallback:
        extraction["body"] = "missing:teasers"  # other articles' teasers, not this body


def _category_fields(sel: Selector, source: Source, meta: dict, url: str, title: str | None,
                     extraction: dict[str, str]) -> tuple[str | None, str | None]:
    """Category and its URL slug: selectors or the breadcrumb, `article:section`, the URL."""
    category, category_slug, how = _category(sel, source, title)
    if category and how:
        extraction["category"] = how
    elif meta["category"]:
        category, extraction["category"] = clean_text(meta["category"]), "metadata"
    category_slug = category_slug or _category_from_url(urlsplit(url).path, source)
    if category is None and category_slug:
        category, extraction["category"] = category_slug, "url"
    return category, category_slug


# Characters XML cannot hold (C0 controls other than tab and line breaks, lone surrogates,
# U+FFFE/U+FFFF) carry no text; lxml keeps them in the tree and then refuses to set them back
# (drop_tree, tails), so they go before parsing.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _without_controls(html: str) -> str:
    return _CONTROLS.sub("", html) if _CONTROLS.search(html) else html


def parse_article(
    html: str, url: str, source: Source, now: datetime | None = None, *, rendered: bool = False
) -> ParsedArticle:
    """Parse an article page. Never raises on malformed HTML: missing parts become None.

    `rendered` says the HTML is a browser's DOM after the page's scripts ran, so a
    self-decoding body is read from where the script wrote it.
    """
    html = _without_controls(html or "<html></html>")
    sel = Selector(text=html)
    meta = page_metadata(sel)
    extraction: dict[str, str] = {}

    title, how_title = _title(sel, source, meta)
    lead_raw, how_lead = _lead(sel, source, meta)
    extraction.update({k: v for k, v in (("title", how_title), ("lead", how_lead)) if v})

    fields = _BodyFields(title=title, lead_raw=lead_raw)
    _page_body(sel, source, fields, extraction)
    if fields.status == "missing" and source.decoder.enabled:
        _decoded_body(html, sel, source, meta, rendered, fields, extraction)
    if fields.status == "missing":
        _fallback_body(html, url, sel, fields, extraction)
    if fields.body and not fields.lead_raw and (root := _html_root(sel)) is not None \
            and (split := generic.bold_lead(root, fields.body)):
        fields.lead_raw, fields.body = split
        extraction["lead"] = "generic:bold-first-paragraph"
    title, lead_raw, body = fields.title, fields.lead_raw, fields.body
    lead = generic.strip_outlet_tag(source.strip_lead_prefix(lead_raw)).strip() if lead_raw else None

    # the lines under the headline, read once and only when no better evidence gave the author or the time
    near_title = cache(lambda: generic.near_title(sel))
    author, extraction_author = _author(sel, source, meta, fields.signed_by, near_title)
    if author:
        extraction["author"] = extraction_author

    category, category_slug = _category_fields(sel, source, meta, url, title, extraction)
    published, extraction["published_at"], precision = _published(sel, meta, html, url, source, now, near_title)

    canonical = meta["canonical_url"]
    canonical = urljoin(url, canonical) if canonical else None

    return ParsedArticle(
        url=url,
        canonical_url=canonical,
        source_id=source.source_id,
        source_article_id=_article_id(url, canonical, source),
        title=title,
        lead=lead,
        lead_raw=lead_raw,
        body=body,
        author=author,
        category=category,
        category_slug=category_slug,
        published_at=published.isoformat() if published else None,
        body_status=fields.status,
        captions=fields.captions,
        extraction=extraction,
        content_hash=content_hash(title, lead, body),
        published_precision=precision,
    )
