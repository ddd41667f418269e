"""The press inventory: outlets named otherwise than by a province (nlp/catalogues/press.csv).

One table serves two readers, so that an outlet is added once: the organisation catalogue reads
its names as national bodies ("Báo Dân tộc và Phát triển" is one body wherever it is written),
and `paper_province` reads its hosts, so that a page of a provincial paper not named after its
province ("baoapbac.vn": Tiền Giang) gives its bare "tỉnh" a province, and a page of a national
outlet gives none (no rule guesses a province from "thanhnien" or "laodong")."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    hosts: tuple[str, ...]  # first labels of its web addresses, letters and digits only
    province: str | None  # the province a provincial outlet serves; None: national


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


@cache
def outlets() -> tuple[Outlet, ...]:
    raw = resources.files("baochi.nlp.catalogues").joinpath("press.csv").read_text(encoding="utf-8")
    lines = [line for line in raw.splitlines() if line and not line.startswith("#")]
    return tuple(
        Outlet(name=row["name"].strip(), aliases=_split(row["aliases"]),
               hosts=tuple(h.lower() for h in _split(row["hosts"])),
               province=(row["province"] or "").strip() or None)
        for row in csv.DictReader(io.StringIO("\n".join(lines)))
    )


def national_entries() -> list[dict]:
    """The outlets as the organisation catalogue's ``[[national]]`` entries: fixed names with
    no level. ``short_form`` is off: "Báo Phụ nữ Việt Nam" without its "Việt Nam" names
    another paper."""
    return [{"name": o.name, "kind": "báo chí", "short_form": False, "aliases": [o.name, *o.aliases]}
            for o in outlets()]


@cache
def _by_host() -> dict[str, Outlet]:
    return {host: o for o in outlets() for host in o.hosts}


def outlet_of_host(label: str) -> Outlet | None:
    """The listed outlet whose address has this first label ("baoapbac"), if any."""
    return _by_host().get(label.lower())
