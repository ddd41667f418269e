"""The candidate type every pass adds and the context the passes share (text, catalogue,
source province, acronyms defined so far, page address)."""

from __future__ import annotations

from dataclasses import dataclass

from baochi.nlp.model import OrganisationMention
from baochi.nlp.normalise import key, slug
from baochi.nlp.organisations.bodies import Body, Catalogue
from baochi.nlp.organisations.placing import Place
from baochi.nlp.tokens import TextView


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    name: str
    acronym: str | None
    province: str | None
    kind: str | None
    priority: int
    body: Body | None = None  # a catalogue body whose level was written without a place
    level: str | None = None
    place: str | None = None  # the named place (for a later "… phường" of the same level)
    known: bool = True  # False: read by its structure, the catalogue does not hold it
    needs_place: bool = False  # dropped unless the resolver finds its level's place


def mention(view: TextView, c: Cand) -> OrganisationMention:
    return OrganisationMention(
        surface=view.text[c.start:c.end], start=c.start, end=c.end,
        sentence=view.sentence_of(c.start), name=c.name, key=key(c.name),
        organisation_id=slug(c.name), acronym=c.acronym, province=c.province, kind=c.kind,
    )


#
# Extraction is an ordered list of small passes over one candidate type (``Cand``) and one
# resolver (``resolve``). Each pass reads the text and appends the candidates of one reading
# ("committees", "catalogue bodies", "acronym definitions" …); the resolver keeps, by priority
# then length then position, the candidates that do not overlap a kept one, and fills levels
# written without their place. A new failure kind is a new pass with its own test.


@dataclass(slots=True)
class Ctx:
    view: TextView
    cat: Catalogue
    source_province: str | None
    cands: list[Cand]
    defined: dict  # acronym -> (Body | name, head, Place | None)
    def_spans: list[tuple[int, int]]
    address: str | None = None

    @property
    def text(self) -> str:
        return self.view.text

    @property
    def tn(self) -> str:
        return self.view.tn

    def add(self, start: int, end: int, name: str, acronym: str | None, province: str | None,
            kind: str | None, priority: int, body: Body | None = None,
            place: Place | None = None, known: bool = True) -> None:
        self.cands.append(Cand(start, end, name, acronym, province, kind, priority, body,
                               place.level if place else None, place.place if place else None,
                               known))
