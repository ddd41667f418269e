"""Crawl → load → NLP → DuckDB, the `baochi` command line and the nightly job."""
