"""Load the source registry (`sources.toml`) into frozen dataclasses.

The registry is data so that adding a paper needs no Python: every selector, URL pattern,
discovery entry point, date quirk, decoder alphabet and render policy of a paper is read from
here and validated once, at start-up, with a message that names the block and the key at fault.
Unknown keys are errors too, because a misspelt key would otherwise be silently ignored and the
crawl would quietly lose a field.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_REGISTRY = "sources.toml"
RENDER_POLICIES = ("auto", "never", "always")


class RegistryError(ValueError):
    """The registry file is malformed or names an unknown source."""


@dataclass(frozen=True)
class Discovery:
    start_paths: tuple[str, ...] = ("/",)
    sitemaps: bool = True
    sitemap_paths: tuple[str, ...] = ()
    feeds: str | None = None
    feed_paths: tuple[str, ...] = ()
    listing: str | None = None
    listing_paths: tuple[str, ...] = ()
    listing_links: tuple[str, ...] = ("a::attr(href)",)
    listing_item: str | None = None
    listing_time: str | None = None
    next_page: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()

    def feed_urls(self) -> list[str]:
        paths = [self.feeds.format(category=c) for c in self.categories] if self.feeds else []
        return paths + list(self.feed_paths)

    def listing_urls(self) -> list[str]:
        paths = [self.listing.format(category=c) for c in self.categories] if self.listing else []
        return paths + list(self.listing_paths)


@dataclass(frozen=True)
class Selectors:
    title: tuple[str, ...]
    lead: tuple[str, ...]
    body: tuple[str, ...]
    body_paragraphs: str = "p"
    body_exclude: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dates:
    """How the paper prints times. `meta_formats` parse `article:published_time` first (a US
    month/day order there, say); `distrust_utc` reads a trailing `Z` as local time, for CMSs
    that mark local time as UTC."""

    formats: tuple[str, ...] = ()
    meta_formats: tuple[str, ...] = ()
    distrust_utc: bool = False


@dataclass(frozen=True)
class Decoder:
    """Self-decoding bodies (reference §1.4): which alphabets to try and how to read the
    decoded fragment. `container` is where the page's own script writes the fragment (read
    after a browser render)."""

    enabled: bool = False
    alphabets: tuple[str, ...] = ()
    base64: bool = True
    min_blob: int = 200
    prefix: str = '<h1 class="pTitle">'
    title: str = "h1.pTitle"
    lead: str = "p.pHead"
    body: str = "p.pBody"
    captions: str = "p.pCaption"
    container: str | None = None


@dataclass(frozen=True)
class Render:
    """Headless browser fallback. `auto`: only pages whose body neither the selectors nor the
    native decoder produced; `never`: store them as `encoded`; `always`: render every article."""

    policy: str = "auto"
    wait_for: str | None = None
    timeout_seconds: float = 20.0
    allowed_hosts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    source_id: str
    name: str
    province: str
    base_url: str
    timezone: str
    article_patterns: tuple[re.Pattern[str], ...]
    deny_prefixes: tuple[str, ...]
    lead_prefix: re.Pattern[str] | None
    discovery: Discovery
    selectors: Selectors
    hosts: tuple[str, ...] = ()
    dates: Dates = field(default_factory=Dates)
    decoder: Decoder = field(default_factory=Decoder)
    render: Render = field(default_factory=Render)
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def article_id(self, path: str) -> str | None:
        """The paper's own article id for a URL path, or None when the path is no article."""
        if self.denied(path):
            return None
        for pattern in self.article_patterns:
            match = pattern.match(path)
            if match:
                return match.group("id")
        return None

    def denied(self, path: str) -> bool:
        return any(path.startswith(prefix) for prefix in self.deny_prefixes)

    def strip_lead_prefix(self, lead: str) -> str:
        if self.lead_prefix is None:
            return lead
        return self.lead_prefix.sub("", lead, count=1)

    @property
    def all_hosts(self) -> tuple[str, ...]:
        return (urlsplit(self.base_url).hostname or "", *self.hosts)


# -- validation helpers -------------------------------------------------------------------------

_BLOCK_KEYS = {
    "name", "province", "base_url", "hosts", "timezone", "article_patterns", "deny_prefixes",
    "lead_prefix", "discovery", "selectors", "dates", "decoder", "render", "notes",
}
_REQUIRED = ("name", "province", "base_url", "article_patterns", "selectors")


def _check_keys(table: dict[str, Any], allowed: set[str], where: str) -> None:
    for key in table:
        if key not in allowed:
            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; allowed: {', '.join(sorted(allowed))}"
            raise RegistryError(f"{where}: unknown key {key!r}{hint}")


def _table(block: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = block.get(key, {})
    if not isinstance(value, dict):
        raise RegistryError(f"{where}: {key!r} must be a table, not {type(value).__name__}")
    return value


def _tuple(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise RegistryError(f"{where}: expected a string or a list of strings, got {value!r}")


def _str(value: Any, where: str, default: str | None = None) -> str | None:
    if value is None:
        return default
    if not isinstance(value, str):
        raise RegistryError(f"{where}: expected a string, got {value!r}")
    return value


def _bool(value: Any, where: str, default: bool) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise RegistryError(f"{where}: expected true or false, got {value!r}")
    return value


def _number(value: Any, where: str, default: float) -> float:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise RegistryError(f"{where}: expected a positive number, got {value!r}")
    return float(value)


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise RegistryError(f"{where}: invalid regular expression {pattern!r}: {exc}") from exc
    return compiled


def _css(queries: tuple[str, ...], where: str) -> tuple[str, ...]:
    """Reject selectors parsel cannot compile now, not on the first page of a night's crawl."""
    from parsel import Selector

    probe = Selector(text="<html></html>")
    for query in queries:
        try:
            probe.css(query)
        except Exception as exc:  # cssselect raises several error types
            raise RegistryError(f"{where}: invalid CSS selector {query!r}: {exc}") from exc
    return queries


def _paths(values: tuple[str, ...], where: str) -> tuple[str, ...]:
    for value in values:
        if not value.startswith("/"):
            raise RegistryError(f"{where}: {value!r} must be a path starting with '/'")
    return values


# -- blocks -------------------------------------------------------------------------------------

def _discovery(disc: dict[str, Any], where: str) -> Discovery:
    allowed = {f.name for f in Discovery.__dataclass_fields__.values()}
    _check_keys(disc, allowed, where)
    for key in ("feeds", "listing"):
        template = _str(disc.get(key), f"{where}.{key}")
        if template is not None and not template.startswith("/"):
            raise RegistryError(f"{where}.{key}: {template!r} must be a path starting with '/'")
        if template is not None and "{category}" not in template:
            raise RegistryError(f"{where}.{key}: {template!r} must contain {{category}}")
    return Discovery(
        start_paths=_paths(_tuple(disc.get("start_paths", ["/"]), f"{where}.start_paths"), f"{where}.start_paths"),
        sitemaps=_bool(disc.get("sitemaps"), f"{where}.sitemaps", True),
        sitemap_paths=_paths(_tuple(disc.get("sitemap_paths"), f"{where}.sitemap_paths"), f"{where}.sitemap_paths"),
        feeds=disc.get("feeds"),
        feed_paths=_paths(_tuple(disc.get("feed_paths"), f"{where}.feed_paths"), f"{where}.feed_paths"),
        listing=disc.get("listing"),
        listing_paths=_paths(_tuple(disc.get("listing_paths"), f"{where}.listing_paths"), f"{where}.listing_paths"),
        listing_links=_css(_tuple(disc.get("listing_links", ["a::attr(href)"]), f"{where}.listing_links"), f"{where}.listing_links"),
        listing_item=_str(disc.get("listing_item"), f"{where}.listing_item"),
        listing_time=_str(disc.get("listing_time"), f"{where}.listing_time"),
        next_page=_css(_tuple(disc.get("next_page"), f"{where}.next_page"), f"{where}.next_page"),
        categories=_tuple(disc.get("categories"), f"{where}.categories"),
    )


def _selectors(sel: dict[str, Any], where: str) -> Selectors:
    allowed = {f.name for f in Selectors.__dataclass_fields__.values()}
    _check_keys(sel, allowed, where)
    for key in ("title", "lead", "body"):
        if key not in sel:
            raise RegistryError(f"{where}: missing required key {key!r} (use [] to rely on metadata and fallbacks)")
    lists = {
        key: _css(_tuple(sel.get(key), f"{where}.{key}"), f"{where}.{key}")
        for key in ("title", "lead", "body", "body_exclude", "author", "captions", "category", "published")
    }
    return Selectors(
        **lists,
        body_paragraphs=_css((_str(sel.get("body_paragraphs"), f"{where}.body_paragraphs", "p"),), f"{where}.body_paragraphs")[0],
        date_formats=_tuple(sel.get("date_formats"), f"{where}.date_formats"),
    )


def _dates(block: dict[str, Any], where: str) -> Dates:
    _check_keys(block, {"formats", "meta_formats", "distrust_utc"}, where)
    return Dates(
        formats=_tuple(block.get("formats"), f"{where}.formats"),
        meta_formats=_tuple(block.get("meta_formats"), f"{where}.meta_formats"),
        distrust_utc=_bool(block.get("distrust_utc"), f"{where}.distrust_utc", False),
    )


def _decoder(block: dict[str, Any], where: str) -> Decoder:
    allowed = {f.name for f in Decoder.__dataclass_fields__.values()}
    _check_keys(block, allowed, where)
    alphabets = _tuple(block.get("alphabets"), f"{where}.alphabets")
    for number, alphabet in enumerate(alphabets, start=1):
        if len(set(alphabet)) != len(alphabet):
            repeated = sorted({ch for ch in alphabet if alphabet.count(ch) > 1})
            raise RegistryError(f"{where}.alphabets[{number}]: repeated characters {''.join(repeated)!r}")
        if len(alphabet) < 2:
            raise RegistryError(f"{where}.alphabets[{number}]: an alphabet needs at least 2 characters")
    enabled = _bool(block.get("enabled"), f"{where}.enabled", bool(alphabets))
    if enabled and not alphabets:
        raise RegistryError(f"{where}: enabled without any alphabets")
    defaults = Decoder()
    return Decoder(
        enabled=enabled,
        alphabets=alphabets,
        base64=_bool(block.get("base64"), f"{where}.base64", True),
        min_blob=int(_number(block.get("min_blob"), f"{where}.min_blob", defaults.min_blob)),
        prefix=_str(block.get("prefix"), f"{where}.prefix", defaults.prefix) or defaults.prefix,
        **{
            key: _css((_str(block.get(key), f"{where}.{key}", getattr(defaults, key)),), f"{where}.{key}")[0]
            for key in ("title", "lead", "body", "captions")
        },
        container=_str(block.get("container"), f"{where}.container"),
    )


def _render(block: dict[str, Any], where: str) -> Render:
    allowed = {f.name for f in Render.__dataclass_fields__.values()}
    _check_keys(block, allowed, where)
    policy = _str(block.get("policy"), f"{where}.policy", "auto")
    if policy not in RENDER_POLICIES:
        raise RegistryError(f"{where}.policy: {policy!r} is not one of {', '.join(RENDER_POLICIES)}")
    wait_for = _str(block.get("wait_for"), f"{where}.wait_for")
    if wait_for:
        _css((wait_for,), f"{where}.wait_for")
    return Render(
        policy=policy or "auto",
        wait_for=wait_for,
        timeout_seconds=_number(block.get("timeout_seconds"), f"{where}.timeout_seconds", 20.0),
        allowed_hosts=_tuple(block.get("allowed_hosts"), f"{where}.allowed_hosts"),
    )


def _source(source_id: str, block: Any) -> Source:
    where = f"source {source_id!r}"
    if not re.fullmatch(r"[a-z][a-z0-9_]*", source_id):
        raise RegistryError(f"{where}: a block name must be lowercase letters, digits and '_' (it names the spider)")
    if not isinstance(block, dict):
        raise RegistryError(f"{where}: expected a table [{source_id}]")
    _check_keys(block, _BLOCK_KEYS, where)
    for key in _REQUIRED:
        if key not in block:
            raise RegistryError(f"{where}: missing required key {key!r}")
    base_url = _str(block["base_url"], f"{where}.base_url") or ""
    if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).hostname:
        raise RegistryError(f"{where}.base_url: {base_url!r} is not an http(s) URL")
    patterns = tuple(
        _compile(p, f"{where}.article_patterns")
        for p in _tuple(block["article_patterns"], f"{where}.article_patterns")
    )
    if not patterns:
        raise RegistryError(f"{where}.article_patterns: at least one pattern is needed")
    for pattern in patterns:
        if "id" not in pattern.groupindex:
            raise RegistryError(f"{where}.article_patterns: {pattern.pattern!r} has no (?P<id>…) group")
    timezone = _str(block.get("timezone"), f"{where}.timezone", "Asia/Ho_Chi_Minh") or "Asia/Ho_Chi_Minh"
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(timezone)
    except Exception as exc:
        raise RegistryError(f"{where}.timezone: unknown time zone {timezone!r}") from exc
    lead_prefix = _str(block.get("lead_prefix"), f"{where}.lead_prefix")
    return Source(
        source_id=source_id,
        name=_str(block["name"], f"{where}.name") or source_id,
        province=_str(block["province"], f"{where}.province") or "",
        base_url=base_url.rstrip("/"),
        timezone=timezone,
        article_patterns=patterns,
        deny_prefixes=_tuple(block.get("deny_prefixes"), f"{where}.deny_prefixes"),
        lead_prefix=_compile(lead_prefix, f"{where}.lead_prefix") if lead_prefix else None,
        discovery=_discovery(_table(block, "discovery", where), f"{where}.discovery"),
        selectors=_selectors(_table(block, "selectors", where), f"{where}.selectors"),
        hosts=_tuple(block.get("hosts"), f"{where}.hosts"),
        dates=_dates(_table(block, "dates", where), f"{where}.dates"),
        decoder=_decoder(_table(block, "decoder", where), f"{where}.decoder"),
        render=_render(_table(block, "render", where), f"{where}.render"),
        extra={"notes": block["notes"]} if "notes" in block else {},
    )


def parse_registry(text: str) -> dict[str, Source]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"registry is not valid TOML: {exc}") from exc
    return {source_id: _source(source_id, block) for source_id, block in data.items()}


@cache
def load_registry(path: str | None = None) -> dict[str, Source]:
    """The registry at `path`, or the packaged one."""
    if path is None:
        text = resources.files("baochi.crawler").joinpath(DEFAULT_REGISTRY).read_text("utf-8")
    else:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise RegistryError(f"cannot read registry {path}: {exc.strerror}") from exc
    return parse_registry(text)


def get_source(source_id: str, path: str | None = None) -> Source:
    registry = load_registry(path)
    if source_id not in registry:
        known = ", ".join(sorted(registry))
        raise RegistryError(f"unknown source {source_id!r}; known sources: {known}")
    return registry[source_id]


def source_for_url(url: str, path: str | None = None) -> Source | None:
    """The registry block whose hosts include the URL's host (www. ignored)."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    for source in load_registry(path).values():
        if host in {h.removeprefix("www.") for h in source.all_hosts}:
            return source
    return None
