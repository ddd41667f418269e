"""What an analyst types → what the warehouse holds: sources, campaigns, organisations.

An analyst writes `UBND`, `nong thon moi`, `Chung sức xây dựng NTM` or `BaoThanhHoa`; the
warehouse holds canonical names and ids. Names are resolved through the same catalogues and
keys as the extraction (baochi.nlp: acronyms, aliases, tone placement, a close spelling of a
catalogued campaign) and then compared accent-insensitively, word by word. Wrong input is
never answered by an empty table: an unknown source or a name that matches nothing raises
`NotFound` with the closest known names, which the CLI prints as one line.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache

import duckdb
from baochi.nlp.normalise import slug

ENTITY_TABLES = {
    "campaigns": ("campaigns", "campaign_id", "campaign"),
    "organisations": ("organisations", "organisation_id", "organisation"),
}


class NotFound(LookupError):
    """A filter matched nothing. `exit_code` 2: the input is wrong (unknown source);
    1: the input is well formed but the warehouse has nothing for it."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class Match:
    query: str
    ids: tuple[str, ...]
    names: tuple[str, ...]

    def describe(self, entity: str) -> str:
        noun = ENTITY_TABLES[entity][2] + ("s" if len(self.ids) != 1 else "")
        shown = "; ".join(self.names[:6]) + (f"; … ({len(self.names) - 6} more)" if len(self.names) > 6 else "")
        return f"{self.query!r} matched {len(self.ids)} {noun}: {shown}"


def fold(text: str) -> str:
    """Accent-, case- and punctuation-insensitive key with word boundaries: `-uy-ban-nhan-dan-`."""
    return f"-{slug(text)}-"


@cache
def _catalogue_forms(entity: str) -> tuple[tuple[str, str], ...]:
    """(written form, canonical name) pairs from the extraction's catalogues: campaign aliases,
    organisation acronyms and aliases ("UBND" → "Ủy ban nhân dân")."""
    from baochi.nlp.catalogues import load

    pairs: list[tuple[str, str]] = []
    if entity == "campaigns":
        for c in load("campaigns").get("campaign", []):
            for alias in [c["name"], *c.get("aliases", [])]:
                pairs.append((alias, c["name"]))
    else:
        data = load("organisations")
        for group in ("body", "national", "committee"):
            for b in data.get(group, []):
                forms = [b["name"], *b.get("aliases", [])]
                if b.get("acronym"):
                    forms.append(b["acronym"])
                pairs.extend((form, b["name"]) for form in forms)
    return tuple(pairs)


def _query_variants(entity: str, query: str) -> set[str]:
    """The folded query, plus the query with a catalogued alias or acronym written out."""
    folded = fold(query)
    variants = {folded}
    for form, name in _catalogue_forms(entity):
        f = fold(form)
        if f in folded and f != fold(name):
            variants.add(folded.replace(f, fold(name)))
    if entity == "campaigns":
        from baochi.nlp.campaigns import canonical

        name, _, catalogued = canonical(query)
        if catalogued:
            variants.add(fold(name))
    return variants


def resolve(con: duckdb.DuckDBPyConnection, entity: str, query: str) -> Match:
    """Every campaign (or organisation) of the warehouse that `query` names. Raises NotFound."""
    table, id_col, noun = ENTITY_TABLES[entity]
    acronym = "acronym" if entity == "organisations" else "NULL"
    counts = f"{'campaign' if entity == 'campaigns' else 'organisation'}_period_counts"
    rows = con.execute(  # most covered first, so the description names the main ones
        f"SELECT t.{id_col}, t.name, {acronym} FROM {table} t LEFT JOIN ("
        f"  SELECT {id_col}, sum(articles) AS n FROM {counts} WHERE period_grain = 'year' GROUP BY ALL"
        f") c USING ({id_col}) ORDER BY coalesce(c.n, 0) DESC, t.name").fetchall()
    if not query.strip():
        raise NotFound(f"empty {noun} name; give part of a name, an acronym or an alias", 2)
    variants = _query_variants(entity, query)
    aliases: dict[str, list[str]] = {}
    for form, name in _catalogue_forms(entity):
        aliases.setdefault(fold(name), []).append(fold(form))
    hits: list[tuple[str, str]] = []
    for row_id, name, acr in rows:
        forms = [fold(name), *aliases.get(fold(name), [])]
        if acr:
            forms.append(fold(acr))
        if row_id == query.strip() or any(v in f for v in variants for f in forms):
            hits.append((row_id, name))
    if not hits:
        raise NotFound(f"no {noun} in the warehouse matches {query!r}{_closest([r[1] for r in rows], query)}", 1)
    return Match(query, tuple(h[0] for h in hits), tuple(h[1] for h in hits))


def _closest(names: list[str], query: str) -> str:
    keys = {slug(n): n for n in names}
    close = difflib.get_close_matches(slug(query), list(keys), n=3, cutoff=0.5)
    if not close:  # a word of the query inside a name
        words = [w for w in slug(query).split("-") if len(w) > 2]
        close = [k for k in keys if any(f"-{w}-" in f"-{k}-" for w in words)][:3]
    return f"; closest: {', '.join(keys[c] for c in close)}" if close else ""


def registered_sources(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """source_id → display name: the warehouse's sources and the crawler's registry."""
    known = dict(con.execute("SELECT source_id, name FROM sources").fetchall())
    try:
        from baochi.crawler.sources import load_registry

        for source_id, source in load_registry().items():
            known.setdefault(source_id, getattr(source, "name", source_id))
    except Exception:  # noqa: BLE001 — a broken registry must not stop an analyst's query
        pass
    return known


def resolve_source(con: duckdb.DuckDBPyConnection, value: str) -> str:
    """The source id `value` names (ids compare case- and accent-insensitively).

    Unknown: NotFound exit 2 naming the closest registered sources. Registered but without
    articles: NotFound exit 1 saying so (a paper never crawled is not "no coverage")."""
    known = registered_sources(con)
    source_id = value if value in known else next(
        (k for k in known if slug(k) == slug(value) or slug(known[k] or "") == slug(value)), None)
    if source_id is None:
        close = difflib.get_close_matches(value.lower(), list(known), n=3, cutoff=0.6)
        hint = f"did you mean {' or '.join(close)}?" if close else f"registered: {', '.join(sorted(known))}"
        raise NotFound(f"unknown source {value!r}; {hint} (baochi sources lists them)", 2)
    articles = con.execute("SELECT count(*) FROM articles WHERE source_id = ?", [source_id]).fetchone()
    if not articles or not articles[0]:
        raise NotFound(f"source {source_id!r} is registered but has no articles yet; "
                       f"crawl it first: baochi crawl {source_id} && baochi load && baochi process", 1)
    return source_id
