"""The registry validated by pydantic models: errors name the block, the key and the fix."""

from __future__ import annotations

import pytest
from baochi.crawler.sources import RegistryError, generic_source, load_registry, parse_registry

BLOCK = r"""[x]
name = "X"
province = "P"
base_url = "https://x.vn"
article_patterns = ['^/a-(?P<id>\d+)\.htm$']
[x.selectors]
title = ["h1"]
lead = []
body = []
"""


def test_packaged_registry_loads() -> None:
    registry = load_registry()
    assert {"baothanhhoa", "baonghean", "baohatinh", "baoquangninh", "baoninhbinh"} <= set(registry)
    assert registry["baothanhhoa"].decoder.enabled
    assert registry["baonghean"].dates.distrust_utc


@pytest.mark.parametrize(("extra", "message"), [
    ("[x.discovery]\nsitemap = true\n", "source 'x'.discovery: unknown key 'sitemap'; did you mean 'sitemaps'?"),
    ("[x.selectorz]\n", "source 'x': unknown key 'selectorz'; did you mean 'selectors'?"),
    ("[x.render]\npolicy = 'sometimes'\n", "source 'x'.render.policy: Input should be 'auto', 'never' or 'always'"),
    ("[x.discovery]\nlisting = 'cat'\n", "source 'x'.discovery.listing: 'cat' must be a path starting with '/'"),
    ("[x.discovery]\nlisting = '/cat'\n", "source 'x'.discovery.listing: '/cat' must contain {category}"),
    ("[x.decoder]\nalphabets = ['ab', 'aab']\n", "source 'x'.decoder.alphabets[2]: repeated characters 'a'"),
    ("[x.decoder]\nenabled = true\n", "source 'x'.decoder: enabled without any alphabets"),
    ("[x.discovery]\nnext_page = ['a', 'a[[']\n", "source 'x'.discovery.next_page[2]: invalid CSS selector 'a[['"),
    ("[x.dates]\ndistrust_utc = 'yes'\n", "source 'x'.dates.distrust_utc: Input should be a valid boolean, got 'yes'"),
    ("[x.render]\ntimeout_seconds = 0\n", "source 'x'.render.timeout_seconds: Input should be greater than 0"),
])
def test_errors_are_located(extra: str, message: str) -> None:
    with pytest.raises(RegistryError) as caught:
        parse_registry(BLOCK + extra)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(("old", "new", "message"), [
    ('title = ["h1"]\n', "", "source 'x'.selectors: missing required key 'title' (use [] to rely on metadata"),
    ("(?P<id>", "(", r"source 'x'.article_patterns[1]: '^/a-(\\d+)\\.htm$' has no (?P<id>…) group"),
    ("https://x.vn", "x.vn", "source 'x'.base_url: 'x.vn' is not an http(s) URL"),
    ("[x]", "[X-1]", "source 'X-1': a block name must be lowercase"),
])
def test_block_errors(old: str, new: str, message: str) -> None:
    with pytest.raises(RegistryError) as caught:
        parse_registry(BLOCK.replace(old, new).replace("[x.", "[X-1." if new == "[X-1]" else "[x."))
    assert str(caught.value).startswith(message)


def test_ids_are_ascii_digits_only() -> None:
    source = parse_registry(BLOCK)["x"]
    assert source.article_id("/a-123.htm") == "123"
    assert source.article_id("/a-١٢٣.htm") is None  # Arabic-Indic digits are \\d in Unicode regexes


def test_generic_profile() -> None:
    source = generic_source("https://www.baomoi-tinh.vn/thoi-su/abc-123456.html")
    assert source.source_id == "generic_baomoi_tinh_vn"
    assert source.article_id("/thoi-su/abc-123456.html") == "123456"
    assert source.article_id("/abc-post1234.html") == "1234"
    assert source.article_id("/abc-١٢٣٤٥٦.html") is None
    assert source.article_id("/tag/abc-123456.html") is None
    # portals' slugs ending in their id without an extension, or on .aspx
    assert source.article_id("/tin-tuc-su-kien/ubnd-tinh-hop-phien-thuong-ky-12345") == "12345"
    assert source.article_id("/tin-tuc/hoi-nghi-so-ket-12345.aspx") == "12345"
    assert source.article_id("/tin-tuc-2024") is None  # a listing named by a year is no article
