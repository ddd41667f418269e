"""The registry's schema as pydantic models: one block of `sources.toml` → a `Source`.

pydantic checks types and unknown keys and reports where (`source 'x'.selectors.title[2]`);
the validators here add what only we know — CSS that parsel compiles, article patterns with an
`(?P<id>…)` group, paths starting with `/`, listing templates naming `{category}`, decoder
alphabets without repeats — and the "did you mean" hint for a misspelt key.
"""

from __future__ import annotations

import difflib
import re
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from baochi.crawler.sources import (
    Dates,
    Decoder,
    Discovery,
    RegistryError,
    Render,
    Selectors,
    Source,
)
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)


def _listify(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


def _css(query: str) -> str:
    """Reject selectors parsel cannot compile now, not on the first page of a night's crawl."""
    from parsel import Selector

    try:
        Selector(text="<html></html>").css(query)
    except Exception as exc:  # cssselect raises several error types
        raise ValueError(f"invalid CSS selector {query!r}: {exc}") from exc
    return query


def _path(value: str) -> str:
    if not value.startswith("/"):
        raise ValueError(f"{value!r} must be a path starting with '/'")
    return value


def _template(value: str) -> str:
    _path(value)
    if "{category}" not in value:
        raise ValueError(f"{value!r} must contain {{category}}")
    return value


def _pattern(value: str) -> str:
    try:
        compiled = re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {value!r}: {exc}") from exc
    if "id" not in compiled.groupindex:
        raise ValueError(f"{value!r} has no (?P<id>…) group")
    return value


Css = Annotated[str, AfterValidator(_css)]
CssList = Annotated[list[Css], BeforeValidator(_listify)]
Strs = Annotated[list[str], BeforeValidator(_listify)]
Paths = Annotated[list[Annotated[str, AfterValidator(_path)]], BeforeValidator(_listify)]
Template = Annotated[str, AfterValidator(_template)]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class DiscoveryModel(_Table):
    start_paths: Paths = ["/"]
    sitemaps: bool = True
    sitemap_paths: Paths = []
    feeds: Template | None = None
    feed_paths: Paths = []
    listing: Template | None = None
    listing_paths: Paths = []
    listing_links: CssList = ["a::attr(href)"]
    listing_item: str | None = None
    listing_time: str | None = None
    next_page: CssList = []
    categories: Strs = []


class SelectorsModel(_Table):
    title: CssList
    lead: CssList
    body: CssList
    body_paragraphs: Css = "p"
    body_exclude: CssList = []
    author: CssList = []
    captions: CssList = []
    category: CssList = []
    published: CssList = []
    date_formats: Strs = []


class DatesModel(_Table):
    formats: Strs = []
    meta_formats: Strs = []
    distrust_utc: bool = False


def _alphabet(value: str) -> str:
    if len(value) < 2:
        raise ValueError("an alphabet needs at least 2 characters")
    repeated = sorted({ch for ch in value if value.count(ch) > 1})
    if repeated:
        raise ValueError(f"repeated characters {''.join(repeated)!r}")
    return value


class DecoderModel(_Table):
    enabled: bool | None = None
    alphabets: Annotated[list[Annotated[str, AfterValidator(_alphabet)]], BeforeValidator(_listify)] = []
    base64: bool = True
    min_blob: Annotated[int, Field(gt=0)] = 200
    prefix: str = '<h1 class="pTitle">'
    title: Css = "h1.pTitle"
    lead: Css = "p.pHead"
    body: Css = "p.pBody"
    captions: Css = "p.pCaption"
    container: str | None = None

    @model_validator(mode="after")
    def _enabled_needs_alphabets(self) -> DecoderModel:
        if self.enabled and not self.alphabets:
            raise ValueError("enabled without any alphabets")
        return self


class RenderModel(_Table):
    policy: Literal["auto", "never", "always"] = "auto"
    wait_for: Css | None = None
    timeout_seconds: Annotated[float, Field(gt=0)] = 20.0
    allowed_hosts: Strs = []


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except Exception as exc:
        raise ValueError(f"unknown time zone {value!r}") from exc
    return value


def _base_url(value: str) -> str:
    if urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).hostname:
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value.rstrip("/")


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {value!r}: {exc}") from exc
    return value


class BlockModel(_Table):
    name: str
    province: str
    base_url: Annotated[str, AfterValidator(_base_url)]
    hosts: Strs = []
    timezone: Annotated[str, AfterValidator(_timezone)] = "Asia/Ho_Chi_Minh"
    article_patterns: Annotated[list[Annotated[str, AfterValidator(_pattern)]], BeforeValidator(_listify),
                                Field(min_length=1)]
    deny_prefixes: Strs = []
    lead_prefix: Annotated[str, AfterValidator(_regex)] | None = None
    notes: str | None = None
    discovery: DiscoveryModel = DiscoveryModel()
    selectors: SelectorsModel
    dates: DatesModel = DatesModel()
    decoder: DecoderModel = DecoderModel()
    render: RenderModel = RenderModel()


_TABLES: dict[str, type[BaseModel]] = {
    "": BlockModel, "discovery": DiscoveryModel, "selectors": SelectorsModel, "dates": DatesModel,
    "decoder": DecoderModel, "render": RenderModel,
}


def _where(source_id: str, loc: tuple[int | str, ...]) -> str:
    where = f"source {source_id!r}"
    for part in loc:
        where += f"[{part + 1}]" if isinstance(part, int) else f".{part}"
    return where


def _message(source_id: str, error: Any) -> str:
    loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith(("function-", "list["))))
    kind = error["type"]
    if kind == "extra_forbidden":
        table = next((str(p) for p in loc[:-1] if isinstance(p, str)), "")
        allowed = sorted(_TABLES.get(table, BlockModel).model_fields)
        key = str(loc[-1])
        close = difflib.get_close_matches(key, allowed, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; allowed: {', '.join(allowed)}"
        return f"{_where(source_id, loc[:-1])}: unknown key {key!r}{hint}"
    if kind == "missing":
        extra = " (use [] to rely on metadata and fallbacks)" if loc[:1] == ("selectors",) else ""
        return f"{_where(source_id, loc[:-1])}: missing required key {str(loc[-1])!r}{extra}"
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        message = f"must be a table, not {type(error['input']).__name__}"
    elif kind not in ("value_error", "assertion_error"):
        message += f", got {error['input']!r}"
    return f"{_where(source_id, loc)}: {message}"


def build_source(source_id: str, block: Any) -> Source:
    """Validate one registry block and build its frozen `Source`; RegistryError names the
    block, the key (and list position) and the fix."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", source_id):
        raise RegistryError(f"source {source_id!r}: a block name must be lowercase letters, digits and '_' "
                            "(it names the spider)")
    if not isinstance(block, dict):
        raise RegistryError(f"source {source_id!r}: expected a table [{source_id}]")
    try:
        model = BlockModel.model_validate(block)
    except ValidationError as exc:
        raise RegistryError("\n".join(_message(source_id, e) for e in exc.errors())) from None
    d, s, dec, r = model.discovery, model.selectors, model.decoder, model.render
    return Source(
        source_id=source_id, name=model.name, province=model.province, base_url=model.base_url,
        timezone=model.timezone,
        # ids are ASCII: `\d` in a pattern must not match other scripts' digits
        article_patterns=tuple(re.compile(p, re.ASCII) for p in model.article_patterns),
        deny_prefixes=tuple(model.deny_prefixes),
        lead_prefix=re.compile(model.lead_prefix) if model.lead_prefix else None,
        discovery=Discovery(
            start_paths=tuple(d.start_paths), sitemaps=d.sitemaps, sitemap_paths=tuple(d.sitemap_paths),
            feeds=d.feeds, feed_paths=tuple(d.feed_paths), listing=d.listing,
            listing_paths=tuple(d.listing_paths), listing_links=tuple(d.listing_links),
            listing_item=d.listing_item, listing_time=d.listing_time, next_page=tuple(d.next_page),
            categories=tuple(d.categories),
        ),
        selectors=Selectors(
            title=tuple(s.title), lead=tuple(s.lead), body=tuple(s.body), body_paragraphs=s.body_paragraphs,
            body_exclude=tuple(s.body_exclude), author=tuple(s.author), captions=tuple(s.captions),
            category=tuple(s.category), published=tuple(s.published), date_formats=tuple(s.date_formats),
        ),
        hosts=tuple(model.hosts),
        dates=Dates(formats=tuple(model.dates.formats), meta_formats=tuple(model.dates.meta_formats),
                    distrust_utc=model.dates.distrust_utc),
        decoder=Decoder(
            enabled=dec.enabled if dec.enabled is not None else bool(dec.alphabets),
            alphabets=tuple(dec.alphabets), base64=dec.base64, min_blob=dec.min_blob, prefix=dec.prefix,
            title=dec.title, lead=dec.lead, body=dec.body, captions=dec.captions, container=dec.container,
        ),
        render=Render(policy=r.policy, wait_for=r.wait_for, timeout_seconds=r.timeout_seconds,
                      allowed_hosts=tuple(r.allowed_hosts)),
        extra={"notes": model.notes} if model.notes is not None else {},
    )
