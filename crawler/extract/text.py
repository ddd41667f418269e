"""Text of HTML elements as readers see it: NFC, whitespace runs collapsed."""

from __future__ import annotations

import re
import unicodedata

from lxml import html as lxml_html

# How a site names or describes itself ("Cổng thông tin điện tử xã X", "Trang tin điện tử …",
# "Báo điện tử …"): in a page's <title>, a title-classed element or its `description`, it is
# the site's own words, never an article's title or lead.
SITE_SELF_NAME = re.compile(
    r"^\s*(?:cổng thông tin|trang thông tin|trang tin|website|trang web|báo điện tử|tạp chí điện tử)\b", re.I)


def clean_text(text: str) -> str:
    """NFC with whitespace runs (including no-break spaces) collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def element_text(element: lxml_html.HtmlElement) -> str:
    return clean_text("".join(element.itertext()))
