"""baochi NLP: campaigns, organisations, dates, honours and documents in Vietnamese press text.

``analyse(text, published_at=None, source=None) -> Analysis`` is pure and deterministic: it
reads nothing but the packaged catalogues (cached) and never imports ``crawler`` or
``pipeline``. Every offset indexes ``nfc(text)``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from baochi.nlp import campaigns, dates, documents, honours, organisations
from baochi.nlp.model import (
    Analysis,
    CampaignMention,
    DateMention,
    DocumentMention,
    HonourMention,
    OrganisationMention,
    Unplaced,
    as_written,
)
from baochi.nlp.normalise import key, nfc, reading_form, slug
from baochi.nlp.quiet_import import drop_underthesea_log_handler
from baochi.nlp.quotes import find_quotes
from baochi.nlp.tokens import build

drop_underthesea_log_handler()  # its import's root log handler (nlp/quiet_import.py)

__all__ = [
    "NLP_VERSION", "Analysis", "CampaignMention", "DateMention", "DocumentMention",
    "HonourMention", "OrganisationMention", "Unplaced", "analyse", "key", "nfc", "slug", "SOURCE_PROVINCES",
]

NLP_VERSION = "0.34.0"

SOURCE_PROVINCES = {
    "baothanhhoa": "Thanh Hóa",
    "baonghean": "Nghệ An",
    "baohatinh": "Hà Tĩnh",
    "baoquangninh": "Quảng Ninh",
    "baoninhbinh": "Ninh Bình",
}

_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def publication_date(published_at: datetime | date | str | None) -> date | None:
    """Local (Asia/Ho_Chi_Minh) calendar date; naive datetimes are taken as local time."""
    if published_at is None:
        return None
    if isinstance(published_at, str):
        s = published_at.strip()
        if not s:
            return None
        try:
            published_at = datetime.fromisoformat(s.replace("Z", "+00:00"))
        except ValueError:
            try:
                return date.fromisoformat(s[:10])
            except ValueError:
                return None
    if isinstance(published_at, datetime):
        if published_at.tzinfo is not None:
            published_at = published_at.astimezone(_TZ)
        return published_at.date()
    if isinstance(published_at, date):
        return published_at
    return None


def _ascii_key(name: str) -> str:
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in folded.lower() if ch.isascii() and ch.isalnum())


@cache
def _provinces_by_ascii() -> dict[str, str]:
    from baochi.nlp import places

    out: dict[str, str] = {}
    for form, name in places.province_forms().items():
        out.setdefault(_ascii_key(form.removeprefix("TP ").removeprefix("TP.")), name)
    return out


# labels of an address that name no outlet: top-level and second-level domains, hosting services
_GENERIC_LABELS = frozenset({"vn", "com", "net", "org", "gov", "edu", "info", "biz", "int", "ac",
                             "pro", "name", "health", "io", "blogspot", "wordpress"})


def paper_province(source: str) -> str | None:
    """The province a paper is named after, from its source id or address: "baoquangbinh",
    "baoquangbinh.vn", "https://www.baodanang.vn/…" → Quảng Bình, Đà Nẵng; None otherwise.

    Each label of the host is read from the left until one names a province or a listed
    outlet, so a section or staging site of a paper ("m.", "admin.", "demo.") is the paper's;
    a listed national outlet ("tienphong.vn", "svvn.tienphong.vn") names none; a local outlet
    named after its district names that district's province ("hoianrt.vn" → Quảng Nam)."""
    from baochi.nlp import outlets, places

    host = source.strip().lower()
    host = host.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].removeprefix("www.")
    # a government portal names its province in its own label ("hadong.haiphong.gov.vn"):
    # that label wins over a district of another province its commune's label also spells
    portal = places.gov_portal(source)[0]
    if portal:
        return portal
    labels = host.split(".")
    while len(labels) > 1 and labels[-1] in _GENERIC_LABELS:
        labels.pop()
    for label in labels:
        key = _ascii_key(label)
        outlet = outlets.outlet_of_host(key)
        if outlet is not None:
            return outlet.province
        found = _label_province(key)
        if found:
            return found
    # a district's or city's own outlet named after it ("hoianrt.vn": Hội An's radio and
    # television, "tamky…"): the province of the one district its host names
    if labels and (unit := places.host_district(_ascii_key(labels[0]))) is not None:
        return unit[1]
    return None


def _label_province(key: str) -> str | None:
    stem = key
    for prefix in ("bao", "dai", "ptth", "ptt"):
        stem = stem.removeprefix(prefix)
    if not stem:
        return None
    from baochi.nlp import places

    return _provinces_by_ascii().get(stem) or places.paper_named_otherwise(stem)


@cache
def _province_slugs() -> tuple[tuple[str, str], ...]:
    from baochi.nlp import places

    out = []
    for form, name in places.province_forms().items():
        folded = unicodedata.normalize("NFD", form.replace("Đ", "D").replace("đ", "d")).lower()
        words = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in folded
                        if not unicodedata.combining(ch)).split()
        if words:
            out.append(("-" + "-".join(words) + "-", name))
    return tuple(sorted(out, key=lambda kv: -len(kv[0])))


def address_province(source: str) -> str | None:
    """The one province named in an article address's path ("…/long-an-phat-huy-…" → Long
    An): the headline's words, when only the page address is known; None if none or several."""
    path = source.strip().lower().split("://", 1)[-1].partition("/")[2]
    if not path:
        return None
    slug = "-" + "-".join(t for t in re.split(r"[^a-z0-9]+", path) if t) + "-"
    found = set()
    for pattern, name in _province_slugs():
        if pattern in slug:
            found.add(name)
            slug = slug.replace(pattern, "-")
    return found.pop() if len(found) == 1 else None


def analyse(text: str, published_at: datetime | date | str | None = None,
            source: str | None = None) -> Analysis:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    written = nfc(text)
    text = reading_form(written)  # the same length: offsets index both
    pub = publication_date(published_at)
    province = SOURCE_PROVINCES.get((source or "").strip().lower())
    found_by = "source" if province else None
    if province is None and source:
        province = paper_province(source)
        found_by = "paper" if province else None
    if not text.strip():
        return Analysis(nlp_version=NLP_VERSION)
    view = build(text, campaigns.index().syllables)
    if province is None:
        inferred = organisations.infer_province(view)
        if inferred is not None:
            province, found_by = inferred
    if province is None and source:
        province = address_province(source)
        found_by = "address" if province else None
    quotes = find_quotes(text)
    unplaced: list[Unplaced] = []
    orgs = organisations.extract(view, province, unplaced, address=source, published=pub,
                                 province_from_text=found_by not in ("source", "paper"))
    hons = honours.extract(view, quotes)
    docs = documents.extract(view, orgs, quotes)
    subject_spans = [
        (q.start, q.end)
        for q in quotes
        for d in docs
        if d.subject and d.start <= q.open_start and q.close_end <= d.end
        and text[q.start:q.end] == d.subject
    ]
    camps = campaigns.extract(view, quotes, subject_spans, [(o.start, o.end) for o in orgs],
                              [(h.start, h.end) for h in hons], unplaced)
    dts = dates.extract(view, pub, quotes, address=source)
    result = Analysis(
        nlp_version=NLP_VERSION,
        campaigns=tuple(camps),
        organisations=tuple(orgs),
        dates=tuple(dts),
        honours=tuple(hons),
        documents=tuple(docs),
        province=province,
        province_found_by=found_by,
        unplaced=tuple(sorted(unplaced, key=lambda u: (u.start, u.end))),
    )
    return result if text is written else as_written(result, written)
