"""Generic evidence for papers whose markup the registry does not describe.

Each function reads structure every news CMS has in some form — a block of paragraphs, a
breadcrumb, a dateline, a byline — without class names from any one paper. They rank below a
paper's own selectors and its declared metadata, and above the text-only fallbacks
(trafilatura, htmldate), because they know which element a paragraph came from.

One module a kind of evidence: ``elements`` (element helpers, what is chrome), ``body`` (the
article's block, paragraphs, captions), ``signatures`` (bylines and closing signatures),
``heading`` (the headline and the lines under it, the breadcrumb), ``visible_dates`` (visible
dates and dates in URLs). The names below are what the article parser and the probe use.
"""

from baochi.crawler.extract.generic.body import (
    block_paragraphs,
    body_block,
    body_paragraphs,
    bold_lead,
    generic_body,
    is_caption,
    is_pointer,
    text_block,
    text_blocks_body,
)
from baochi.crawler.extract.generic.elements import (
    attr,
    in_advert,
    is_chrome,
    short_text,
    teaser_share,
)
from baochi.crawler.extract.generic.heading import (
    BREADCRUMB_QUERIES,
    HOME_NAMES,
    LEAD_QUERIES,
    breadcrumb,
    classed_lead,
    heading_lead,
    headline,
    near_title,
    near_title_byline,
    post_category,
    title_element,
)
from baochi.crawler.extract.generic.signatures import (
    AUTHOR_QUERIES,
    CMS_ACCOUNTS,
    byline_name,
    closing_author,
    generic_author,
    leading_byline,
    name_line,
    signature,
    source_line,
    strip_outlet_tag,
    usable_author,
)
from baochi.crawler.extract.generic.visible_dates import (
    DATELINE_QUERIES,
    dateline_text,
    datelines,
    near_title_dateline,
    url_date,
)

__all__ = [
    "AUTHOR_QUERIES", "BREADCRUMB_QUERIES", "CMS_ACCOUNTS", "DATELINE_QUERIES", "HOME_NAMES", "LEAD_QUERIES",
    "attr", "block_paragraphs", "classed_lead", "body_block", "body_paragraphs", "bold_lead", "breadcrumb", "byline_name",
    "closing_author", "dateline_text", "datelines", "generic_body", "generic_author", "heading_lead",
    "headline", "in_advert", "is_caption", "leading_byline", "is_chrome", "is_pointer", "name_line", "near_title",
    "near_title_byline", "near_title_dateline", "post_category", "short_text", "signature", "source_line", "strip_outlet_tag",
    "teaser_share", "text_block", "text_blocks_body", "title_element", "url_date", "usable_author",
]
