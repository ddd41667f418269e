"""Load the source registry (`sources.toml`) into frozen dataclasses.

The registry is data so that adding a paper needs no Python: every selector, URL pattern and
discovery entry point of a paper is read from here and validated once, at start-up, with a
message that names the block and the key at fault.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

DEFAULT_REGISTRY = "sources.toml"


class RegistryError(ValueError):
    """The registry file is malformed or names an unknown source."""


@dataclass(frozen=True)
class Discovery:
    start_paths: tuple[str, ...] = ("/",)
    feeds: str | None = None
    listing: str | None = None
    next_page: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    sitemaps: bool = True


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
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def article_id(self, path: str) -> str | None:
        """The paper's own article id for a URL path, or None when the path is no article."""
        if any(path.startswith(prefix) for prefix in self.deny_prefixes):
            return None
        for pattern in self.article_patterns:
            match = pattern.match(path)
            if match:
                return match.group("id")
        return None

    def strip_lead_prefix(self, lead: str) -> str:
        if self.lead_prefix is None:
            return lead
        return self.lead_prefix.sub("", lead, count=1)


def _tuple(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise RegistryError(f"{where}: expected a string or a list of strings, got {value!r}")


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise RegistryError(f"{where}: invalid regular expression {pattern!r}: {exc}") from exc
    return compiled


def _source(source_id: str, block: dict[str, Any]) -> Source:
    where = f"source {source_id!r}"
    for key in ("name", "province", "base_url", "article_patterns", "selectors"):
        if key not in block:
            raise RegistryError(f"{where}: missing required key {key!r}")
    patterns = tuple(
        _compile(p, f"{where}.article_patterns") for p in _tuple(block["article_patterns"], where)
    )
    for pattern in patterns:
        if "id" not in pattern.groupindex:
            raise RegistryError(f"{where}: article pattern {pattern.pattern!r} has no (?P<id>…) group")
    sel = block["selectors"]
    for key in ("title", "lead", "body"):
        if key not in sel:
            raise RegistryError(f"{where}.selectors: missing required key {key!r}")
    selectors = Selectors(
        title=_tuple(sel["title"], f"{where}.selectors.title"),
        lead=_tuple(sel["lead"], f"{where}.selectors.lead"),
        body=_tuple(sel["body"], f"{where}.selectors.body"),
        body_paragraphs=sel.get("body_paragraphs", "p"),
        body_exclude=_tuple(sel.get("body_exclude"), f"{where}.selectors.body_exclude"),
        author=_tuple(sel.get("author"), f"{where}.selectors.author"),
        captions=_tuple(sel.get("captions"), f"{where}.selectors.captions"),
        category=_tuple(sel.get("category"), f"{where}.selectors.category"),
        published=_tuple(sel.get("published"), f"{where}.selectors.published"),
        date_formats=_tuple(sel.get("date_formats"), f"{where}.selectors.date_formats"),
    )
    disc = block.get("discovery", {})
    discovery = Discovery(
        start_paths=_tuple(disc.get("start_paths", ["/"]), f"{where}.discovery.start_paths"),
        feeds=disc.get("feeds"),
        listing=disc.get("listing"),
        next_page=_tuple(disc.get("next_page"), f"{where}.discovery.next_page"),
        categories=_tuple(disc.get("categories"), f"{where}.discovery.categories"),
        sitemaps=bool(disc.get("sitemaps", True)),
    )
    lead_prefix = block.get("lead_prefix")
    known = {
        "name", "province", "base_url", "timezone", "article_patterns", "deny_prefixes",
        "lead_prefix", "discovery", "selectors",
    }
    return Source(
        source_id=source_id,
        name=block["name"],
        province=block["province"],
        base_url=block["base_url"].rstrip("/"),
        timezone=block.get("timezone", "Asia/Ho_Chi_Minh"),
        article_patterns=patterns,
        deny_prefixes=_tuple(block.get("deny_prefixes"), f"{where}.deny_prefixes"),
        lead_prefix=_compile(lead_prefix, f"{where}.lead_prefix") if lead_prefix else None,
        discovery=discovery,
        selectors=selectors,
        extra={k: v for k, v in block.items() if k not in known},
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
        text = resources.files("crawler").joinpath(DEFAULT_REGISTRY).read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return parse_registry(text)


def get_source(source_id: str, path: str | None = None) -> Source:
    registry = load_registry(path)
    if source_id not in registry:
        known = ", ".join(sorted(registry))
        raise RegistryError(f"unknown source {source_id!r}; known sources: {known}")
    return registry[source_id]
