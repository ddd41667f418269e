"""Packaged catalogues (TOML data), loaded once per process with tomllib."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def load(name: str) -> dict:
    """Parsed ``nlp/catalogues/<name>.toml``."""
    data = resources.files(__package__).joinpath(f"{name}.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))
