"""Helpers the NLP tests share: ``analyse`` a sentence and get its mentions as plain tuples, so
a test compares them with a literal list (each test file keeps its own default publication
date and source in a one-line wrapper)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from baochi.nlp import analyse

DateRow = tuple[str, str | None, str | None, str]
Published = datetime | date | str | None


def date_rows(text: str, pub: Published, source: str | None = None) -> list[DateRow]:
    """(surface, date_start, date_end, granularity) of every date mention, in text order."""
    return [(d.surface, d.date_start, d.date_end, d.granularity)
            for d in analyse(text, pub, source).dates]


def date_starts(text: str, pub: Published, source: str | None = None) -> list[str | None]:
    """The first day of every date mention (the value a year hint or a page address decides)."""
    return [d.date_start for d in analyse(text, pub, source).dates]


def campaign_rows(text: str, pub: Published, source: str | None = None) -> list[tuple[str, str]]:
    """(surface, canonical name) of every campaign mention."""
    return [(c.surface, c.name) for c in analyse(text, pub, source).campaigns]


def campaign_names(text: str, pub: Published, source: str | None = None) -> list[str]:
    """The canonical name of every campaign mention."""
    return [c.name for c in analyse(text, pub, source).campaigns]


def campaign_surfaces(text: str, pub: Published, source: str | None = None) -> list[str]:
    """The surface of every campaign mention, as written."""
    return [c.surface for c in analyse(text, pub, source).campaigns]


def organisation_rows(text: str, pub: Published, source: str | None = None) -> list[tuple[str, str]]:
    """(surface, canonical name) of every organisation mention."""
    return [(o.surface, o.name) for o in analyse(text, pub, source).organisations]


# The organisation rounds' tests (test_org_round11/12/13) read sentences of one provincial paper on
# one day unless a test says otherwise.
ROUND_PUB = "2024-05-10T08:00:00+07:00"


def round_names(text: str, source: str | None = "baohatinh", pub: str | None = ROUND_PUB) -> list[str]:
    """Canonical names of every organisation mention, in order."""
    return [name for _, name in organisation_rows(text, pub, source)]


def round_rows(text: str, source: str | None = "baohatinh", pub: str | None = ROUND_PUB
               ) -> list[tuple[str, str]]:
    """(surface, canonical name) of every organisation mention, on the rounds' day."""
    return organisation_rows(text, pub, source)


def campaign_readers(pub: Published, source: str | None = None) -> tuple[
        Callable[..., list[str]], Callable[..., list[str]]]:
    """(names, surfaces) of a test file: ``campaign_names`` and ``campaign_surfaces`` with the
    file's own publication date and source as defaults."""
    def names(text: str, pub: Published = pub, source: str | None = source) -> list[str]:
        return campaign_names(text, pub, source)

    def surfaces(text: str, pub: Published = pub, source: str | None = source) -> list[str]:
        return campaign_surfaces(text, pub, source)

    return names, surfaces
