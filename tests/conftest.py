"""Shared fixtures: a generated sample site served on loopback, isolated data directories."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from baochi.crawler.sample_site import generate_site

    out = tmp_path_factory.mktemp("sample")
    generate_site(out)
    return out


@pytest.fixture(scope="session")
def manifest(sample_dir: Path) -> dict:
    return json.loads((sample_dir / "manifest.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def sample_site(sample_dir: Path) -> Iterator:
    from baochi.crawler.sample_site import serve

    with serve(sample_dir / "site") as site:
        yield site


def read_terminal(primary: int) -> bytes:
    """Everything a child wrote to the pseudo-terminal whose primary end is `primary`, until it
    closed its end (Linux then raises EIO on read); closes `primary`."""
    import os

    seen = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(primary)
    return seen
