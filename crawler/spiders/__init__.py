"""Spiders: one class per registry block, generated from `crawler/sources.toml`."""
