"""Frozen result types of ``baochi.nlp.analyse``; ``to_dict`` gives plain JSON types."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the NFC text: ``nfc(text)[start:end] == surface``."""

    surface: str
    start: int
    end: int
    sentence: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class CampaignMention(Mention):
    name: str
    key: str
    campaign_id: str
    kind: str


@dataclass(frozen=True, slots=True)
class OrganisationMention(Mention):
    name: str
    key: str
    organisation_id: str
    acronym: str | None
    province: str | None
    kind: str | None


@dataclass(frozen=True, slots=True)
class DateMention(Mention):
    date_start: str | None
    date_end: str | None
    granularity: str
    part_of_day: str | None


@dataclass(frozen=True, slots=True)
class HonourMention(Mention):
    name: str


@dataclass(frozen=True, slots=True)
class DocumentMention(Mention):
    kind: str
    number: str | None
    issuer: str | None
    subject: str | None


@dataclass(frozen=True, slots=True)
class Unplaced(Mention):
    """A name the extractor read but the catalogue does not hold: a campaign name after a
    trigger (``kind = "campaign"``) or a body read by its structure (``"organisation"``).
    For ``baochi catalogue candidates``; not part of ``to_dict`` (the analyse contract)."""

    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class Analysis:
    nlp_version: str
    campaigns: tuple[CampaignMention, ...] = field(default_factory=tuple)
    organisations: tuple[OrganisationMention, ...] = field(default_factory=tuple)
    dates: tuple[DateMention, ...] = field(default_factory=tuple)
    honours: tuple[HonourMention, ...] = field(default_factory=tuple)
    documents: tuple[DocumentMention, ...] = field(default_factory=tuple)
    # the province a bare "tỉnh" stands for, and how it was found: "source" (the registry),
    # "dateline", "paper" or "text" (read from the text when the source gives none); None: none
    province: str | None = None
    province_found_by: str | None = None
    unplaced: tuple[Unplaced, ...] = field(default_factory=tuple)  # not in to_dict

    def to_dict(self) -> dict:
        return {
            "nlp_version": self.nlp_version,
            "campaigns": [m.to_dict() for m in self.campaigns],
            "organisations": [m.to_dict() for m in self.organisations],
            "dates": [m.to_dict() for m in self.dates],
            "honours": [m.to_dict() for m in self.honours],
            "documents": [m.to_dict() for m in self.documents],
            "province": {"name": self.province, "found_by": self.province_found_by},
        }


def as_written(analysis: Analysis, text: str) -> Analysis:
    """``analysis`` of a reading of ``text`` (``normalise.reading_form``: the same length) with
    every mention's surface taken back from ``text``: the names and values are the reading's,
    the surfaces what the page wrote."""
    def back(mentions: tuple) -> tuple:
        return tuple(replace(m, surface=text[m.start:m.end]) for m in mentions)
    return replace(analysis, campaigns=back(analysis.campaigns),
                   organisations=back(analysis.organisations), dates=back(analysis.dates),
                   honours=back(analysis.honours), documents=back(analysis.documents),
                   unplaced=back(analysis.unplaced))
