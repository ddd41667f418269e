"""Scrapy project that discovers, fetches and parses provincial press articles.

The crawler writes staging files only; it never touches the warehouse, so any number of
crawlers can run anywhere and hand their files to `baochi load`.
"""
