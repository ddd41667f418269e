"""Text of HTML elements as readers see it: NFC, whitespace runs collapsed."""

from __future__ import annotations

import unicodedata

from lxml import html as lxml_html


def clean_text(text: str) -> str:
    """NFC with whitespace runs (including no-break spaces) collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def element_text(element: lxml_html.HtmlElement) -> str:
    return clean_text("".join(element.itertext()))
