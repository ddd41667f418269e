"""The embedded sample site: a synthetic Báo Thanh Hóa-shaped newspaper for offline runs.

`generate_site` writes a static site plus a ground-truth manifest (text fields and every
campaign, organisation, date, honour and document mention with offsets); `serve` runs a
loopback HTTP server over it. See `generate.py` for the on-disk layout.
"""

from baochi.crawler.sample_site.generate import generate_site, slugify
from baochi.crawler.sample_site.server import SampleSite, serve

__all__ = ["SampleSite", "generate_site", "serve", "slugify"]
