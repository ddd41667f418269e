"""Organisations: catalogue bodies + level + place, acronym definitions and their reuse.

Canonical name = body name fully expanded, then level and place ("Ủy ban nhân dân tỉnh Thanh
Hóa"). A bare "tỉnh" (or "tỉnh ta"/"tỉnh nhà") is the source's province. An acronym defined in
the article ("Ban Thi đua - Khen thưởng (TĐKT) tỉnh Thanh Hóa") is reused only in the form it
was defined for: when it covers the words after a head ("Ban"), the head must be written again
("Ban TĐKT tỉnh"); a bare "TĐKT" ("công tác TĐKT") is then the activity, not the body. Acronyms
defined in the article win over the catalogue; an acronym that is not the initials of the name
("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh") is taken when the name reads as a proper name and
is reused bare; one written after the level and place ("Trung tâm Y tế huyện Yên Thành (TTYT)")
covers the body, so "TTYT huyện" is the same body.

National names are also matched without their final "Việt Nam" ("Tổng Liên đoàn Lao động")
unless that short form is a body with levels ("Hội Nông dân"); half-abbreviated forms of
"Head X và Y" are derived from the "Head A&B" alias ("Sở Nông nghiệp và PTNT"). Commune-level
places (xã, phường, thị trấn) are never cut at a district name of the gazetteer ("xã Vinh
Hưng"). Associations and centres named by their field ("Hội Nạn nhân chất độc da cam/dioxin
tỉnh", "Đài Phát thanh và Truyền hình tỉnh") are read up to a level word.

A unit named right before its parent body is one mention ("Phòng Cảnh sát giao thông Công an
tỉnh", "Ban Thường vụ Đảng ủy xã Quỳnh Văn"); a level and place written once after a list of
bodies belongs to each ("Huyện ủy, HĐND, UBND huyện Thạch Hà"); a level written without its
place ("Đoàn Thanh niên phường") takes the place of the latest earlier body of that level. Names
read from the text run over lower-case words only when they are lexicon words
(``[names] inner_words``) followed by a capitalised word ("HTX Dịch vụ nông nghiệp Đông Hưng").
Grass-roots units are bodies of their own ("Chi đoàn thôn X", "Liên đội THCS X", "Chi hội khu
phố 11" of the association named before it), and names follow the article's date (a province's
border guard is "Ban Chỉ huy Bộ đội Biên phòng" in an article published since 2025-07-01). A
chain of units down from a parent ("Kho K2 - Phòng Hậu cần - Bộ CHQS tỉnh") is one body, an
agency's Youth Union after its secretary's title ("Bí thư Đoàn UBND tỉnh") is "Đoàn Thanh niên"
of that agency, and a bank's branch by its brand and name ("Vietcombank Nam Hà Tĩnh") is that branch.

The package is an ordered list of small passes over one candidate type with one resolver
(issue 14): a new failure kind is a new pass with its own test. ``PASSES`` runs in order over
one ``candidates.Ctx``; each pass reads one written form and adds ``candidates.Cand`` readings
(canonical names from ``resolver.canonical``); ``choose.resolve`` keeps the best
non-overlapping ones and gives a level written without its place the place named before it.
Modules: ``words`` (levels and syllable keys shared by every reader), ``bodies`` (the
catalogue and the written forms of its bodies), ``names`` (reading a name from the text),
``placing`` (reading a level and place), ``resolver`` (canonical name, level and place),
``candidates`` (the candidate and the context), ``pass_*`` (one family of passes each),
``choose`` (the resolver over candidates), ``coref`` (a body written again in its paragraph: a
bare union after its full name, head initials, "Bí thư Đảng ủy, Giám đốc <body>"), ``province``
(an article's province from its text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from baochi.nlp.model import OrganisationMention, Unplaced
from baochi.nlp.organisations.bare_heads import association_committees, bare_head_repeats
from baochi.nlp.organisations.bodies import catalogue
from baochi.nlp.organisations.candidates import Ctx, mention
from baochi.nlp.organisations.capitals import through_capitals
from baochi.nlp.organisations.choose import (
    LAW_TITLE,
    LEVELS_AFTER,
    bare_commune_committees,
    drop_bracketed_repeats,
    expand_abbreviations,
    general_secretaries,
    grouped,
    in_title,
    not_a_body,
    rename_by_date,
    resolve,
    shortened_repeats,
    trim_trailing_dots,
    youth_secretaries,
)
from baochi.nlp.organisations.coref import (
    bare_board_repeats,
    bare_province_of_its_body,
    bare_repeats,
    border_force_repeats,
    congress_committees,
    congresses_of_local_unions,
    dash_listed_bodies,
    head_acronym_repeats,
    national_head_repeats,
    organs_in_title_lists,
    party_boards_in_titles,
    party_groups,
    secretaries_of_bodies,
    standing_members_in_titles,
    standing_organs_in_dash_lists,
    truncated_repeats,
)
from baochi.nlp.organisations.names import spell_levels
from baochi.nlp.organisations.pass_acronyms import (
    pass_acronym_definitions,
    pass_acronym_reuse,
    pass_short_names,
)
from baochi.nlp.organisations.pass_associations import (
    pass_association_centre,
    pass_association_organs,
    pass_associations_at_places,
    pass_hometown_associations,
    pass_province_association,
    pass_site_branches,
    pass_site_organs,
)
from baochi.nlp.organisations.pass_boards import pass_boards_of_bodies
from baochi.nlp.organisations.pass_bureaus import pass_body_agencies, pass_bureaus
from baochi.nlp.organisations.pass_campuses import pass_campuses
from baochi.nlp.organisations.pass_care import pass_care_bodies
from baochi.nlp.organisations.pass_catalogue import (
    pass_catalogue_bodies,
    pass_police_initials,
    pass_province_lists,
)
from baochi.nlp.organisations.pass_cells import pass_cell_lists
from baochi.nlp.organisations.pass_central import (
    pass_arms,
    pass_central_departments,
    pass_central_front,
    pass_central_organs,
    pass_central_seats,
    pass_founding_anniversaries,
    pass_presidium,
)
from baochi.nlp.organisations.pass_committees import pass_committees, pass_level_unions
from baochi.nlp.organisations.pass_corps import pass_corps_units
from baochi.nlp.organisations.pass_field_branches import pass_field_branches
from baochi.nlp.organisations.pass_field_names import pass_field_names
from baochi.nlp.organisations.pass_fields import pass_field_lists, pass_minister_titles
from baochi.nlp.organisations.pass_foreign import pass_foreign_bodies
from baochi.nlp.organisations.pass_foreign_ngos import pass_foreign_ngos, pass_religious_bodies
from baochi.nlp.organisations.pass_funds import pass_credit_funds, pass_no_charity_funds
from baochi.nlp.organisations.pass_grassroots import pass_grassroots, pass_listed_unions
from baochi.nlp.organisations.pass_groups import pass_quoted_groups
from baochi.nlp.organisations.pass_host_units import pass_host_units
from baochi.nlp.organisations.pass_institution_heads import pass_institution_heads
from baochi.nlp.organisations.pass_institutions import pass_institutions, pass_school_units
from baochi.nlp.organisations.pass_local_names import (
    pass_bank_branches,
    pass_clubs_of_bodies,
    pass_comma_centres,
    pass_friendship_abroad,
    pass_legal_firms,
    pass_named_clubhouses,
    pass_phrase_clubs,
    pass_shops,
    pass_trade_groups,
)
from baochi.nlp.organisations.pass_named import (
    pass_centres_of_province,
    pass_named_bodies,
    pass_zone_boards,
)
from baochi.nlp.organisations.pass_named_units import pass_defence_commands, pass_named_units
from baochi.nlp.organisations.pass_nationals import (
    pass_association_centre_organs,
    pass_central_committee_acts,
    pass_group_suffixes,
    pass_our_organisations,
    pass_sector_nationals,
)
from baochi.nlp.organisations.pass_owned import (
    pass_guest_houses,
    pass_local_bodies,
    pass_owned_units,
    pass_union_site,
)
from baochi.nlp.organisations.pass_parents import pass_thuoc_units
from baochi.nlp.organisations.pass_party import (
    pass_bare_party_boards,
    pass_bare_regions,
    pass_party_blocs,
    pass_party_boards_at_level,
    pass_party_of_command,
)
from baochi.nlp.organisations.pass_place_lists import pass_place_lists
from baochi.nlp.organisations.pass_place_pairs import pass_place_pairs, pass_shared_seats
from baochi.nlp.organisations.pass_press import (
    pass_brand_branches,
    pass_magazines,
    pass_portal_hosts,
    pass_power_branches,
    pass_press,
    pass_station_call_signs,
    pass_wire_tags,
)
from baochi.nlp.organisations.pass_regions import pass_regional_offices
from baochi.nlp.organisations.pass_steering import (
    pass_boards_of_the_unit,
    pass_central_tasks,
    pass_organising_boards,
    pass_review_boards,
    pass_steering,
)
from baochi.nlp.organisations.pass_students import pass_student_chapters
from baochi.nlp.organisations.pass_unit_branches import (
    pass_branches_of_named_police,
    pass_unit_branches,
    pass_youth_unions_of_local_units,
)
from baochi.nlp.organisations.pass_units import (
    pass_bare_bank_repeats,
    pass_bodies_at_a_lower_level,
    pass_branches,
    pass_command_departments,
    pass_dash_joined_units,
    pass_editorial_boards,
    pass_liaison_boards,
    pass_police_departments,
    pass_police_field_units,
    pass_unions_of_agencies,
    pass_unit_chains,
    pass_units_before,
    pass_units_of_listed_branches,
    pass_units_with_parent_in_brackets,
)
from baochi.nlp.organisations.pass_volunteer_units import pass_volunteer_units
from baochi.nlp.organisations.pass_zone_bodies import pass_zone_bodies
from baochi.nlp.organisations.province import infer_province, pre_merger_province
from baochi.nlp.organisations.resolver import spell_places
from baochi.nlp.organisations.wards import name_numbered_wards
from baochi.nlp.organisations.words import skey
from baochi.nlp.tokens import TextView, build

__all__ = ["PASSES", "extract", "infer_province"]

PASSES: tuple[Callable[[Ctx], None], ...] = (
    pass_foreign_bodies,
    pass_committees,
    pass_level_unions,
    pass_catalogue_bodies,
    pass_police_initials,
    pass_field_lists,
    pass_minister_titles,
    pass_acronym_definitions,
    pass_institutions,
    pass_institution_heads,
    pass_campuses,
    pass_school_units,
    pass_student_chapters,
    pass_grassroots,
    pass_steering,
    pass_central_tasks,
    pass_review_boards,
    pass_organising_boards,
    pass_boards_of_the_unit,
    pass_party_blocs,
    pass_party_of_command,
    pass_party_boards_at_level,
    pass_bare_regions,
    pass_press,
    pass_station_call_signs,
    pass_wire_tags,
    pass_magazines,
    pass_corps_units,
    pass_brand_branches,
    pass_power_branches,
    pass_portal_hosts,
    pass_named_bodies,
    pass_associations_at_places,
    pass_named_units,
    pass_defence_commands,
    pass_centres_of_province,
    pass_zone_boards,
    pass_zone_bodies,
    pass_care_bodies,
    pass_quoted_groups,
    pass_foreign_ngos,
    pass_religious_bodies,
    pass_central_departments,
    pass_hometown_associations,
    pass_acronym_reuse,
    pass_central_organs,
    pass_founding_anniversaries,
    pass_arms,
    pass_province_association,
    pass_police_departments,
    pass_units_before,
    pass_unit_branches,
    pass_host_units,
    pass_dash_joined_units,
    pass_units_with_parent_in_brackets,
    pass_field_branches,
    pass_bureaus,
    pass_body_agencies,
    pass_unit_chains,
    pass_liaison_boards,
    pass_youth_unions_of_local_units,
    pass_branches_of_named_police,
    pass_bare_bank_repeats,
    pass_unions_of_agencies,
    pass_police_field_units,
    pass_editorial_boards,
    pass_units_of_listed_branches,
    pass_bodies_at_a_lower_level,
    pass_thuoc_units,
    pass_boards_of_bodies,
    pass_branches,
    pass_cell_lists,
    pass_association_centre,
    pass_association_organs,
    pass_site_organs,
    pass_site_branches,
    pass_owned_units,
    pass_guest_houses,
    pass_union_site,
    pass_local_bodies,
    pass_credit_funds,
    pass_presidium,
    pass_no_charity_funds,
    pass_short_names,
    pass_central_seats,
    pass_province_lists,
    pass_place_lists,
    pass_regional_offices,
    pass_command_departments,
    pass_central_front,
    pass_bare_party_boards,
    pass_sector_nationals,
    pass_association_centre_organs,
    pass_group_suffixes,
    pass_our_organisations,
    pass_central_committee_acts,
    pass_field_names,
    pass_listed_unions,
    pass_legal_firms,
    pass_clubs_of_bodies,
    pass_phrase_clubs,
    pass_named_clubhouses,
    pass_bank_branches,
    pass_trade_groups,
    pass_comma_centres,
    pass_friendship_abroad,
    pass_shops,
    pass_place_pairs,
    pass_shared_seats,
    pass_volunteer_units,
)


# an acronym in brackets inside a name, the name going on after it ("Ban Chấp hành (BCH) Đảng bộ
# tỉnh", "Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) Chi nhánh Phú Giáo"): capitals
# (or a catalogue alias), one word, then a capitalised word or a level word
_INNER_ACRONYM = re.compile(
    r"(?<=[^\W\d_]) \((?P<acr>[^\W_][\w&.\-]{1,14})\)"
    r"(?= (?:(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])|(?:tỉnh|huyện|thành phố|thị xã|quận|xã|"
    r"phường|thị trấn)(?![^\W_])))"
)


def _through_inner_acronyms(ctx: Ctx) -> None:
    """Read the names an acronym in brackets interrupts: the text with each such bracket blanked
    (same length, so offsets hold) is read by every pass again, and a body that runs across a
    bracket is added, ahead of the readings that stop at it. Work only for texts with such a
    bracket, proportional to the text."""
    text = ctx.text
    gaps = [(m.start(), m.end()) for m in _INNER_ACRONYM.finditer(text)
            if m.group("acr").isupper() or skey(m.group("acr")) in ctx.cat.by_key]
    # a bracket a catalogue reading already runs across ("Ủy ban nhân dân (UBND) tỉnh X") needs
    # no second one (a definition read from the text may stop short: "Ban Thường vụ (BTV) Tỉnh")
    gaps = [(a, b) for a, b in gaps
            if not any(c.known and c.start < a and b < c.end for c in ctx.cands)]
    if not gaps:
        return
    masked = list(text)
    for a, b in gaps:
        masked[a + 1:b] = " " * (b - a - 1)
    inner = Ctx(build("".join(masked)), ctx.cat, ctx.source_province, [], {}, [], ctx.address)
    for run in PASSES:
        run(inner)
    for c in inner.cands:
        across = [(a, b) for a, b in gaps if c.start < a and b < c.end]
        if not across or (c.end < len(text) and (text[c.end].isalnum() or text[c.end] == "_")):
            continue  # not across a bracket, or cut inside a word (a reader that closed the gap)
        if any(o.start <= c.start and c.end <= o.end for o in ctx.cands):
            continue  # the first reading already runs across it ("Hội LHPN (LHPN) Việt Nam")
        rivals = [o.priority for o in ctx.cands if o.start < c.end and c.start < o.end]
        c.priority = max([c.priority, *rivals]) + 1
        ctx.cands.append(c)


def extract(view: TextView, source_province: str | None,
            unplaced: list[Unplaced] | None = None, address: str | None = None,
            published: date | None = None,
            province_from_text: bool = False) -> list[OrganisationMention]:
    """Organisations of the text; bodies read by their structure only (not in the catalogue)
    also go to ``unplaced`` when given. ``address`` (the page address, when the caller knows
    it) names the article's district or commune in its headline words: a body of that level
    written without its place ("UBND huyện") and named nowhere in the text is theirs.
    ``province_from_text``: ``source_province`` was read from the text, the paper names none
    (a bare "tỉnh" may then be the province of its body written again with one; so too when
    the text names one of the provinces the paper's merged province was made of).
    ``published`` (the article's date) gives a renamed body the name of that date."""
    paper_province = source_province
    source_province = pre_merger_province(view, source_province, published, address)
    ctx = Ctx(view, catalogue(), source_province, [], {}, [], address)
    for run in PASSES:
        run(ctx)
    _through_inner_acronyms(ctx)
    through_capitals(ctx, PASSES)
    chosen = [c for c in resolve(ctx)
              if not in_title(view.text, c) and not not_a_body(view.text, c)
              and not grouped(view.tn, c)
              and not LAW_TITLE.search(view.text, max(0, c.start - 16), c.start)
              and not (c.province is None and LEVELS_AFTER.match(view.tn, c.end))]
    for c in chosen:
        # also a known body's name composed with a unit written short ("Ban Thường vụ Đoàn
        # TNCS Hồ Chí Minh Sở …"): catalogue names hold no short forms, so this only spells out;
        # before the repeats are compared ("Ngân hàng TMCP X (Vietcombank)" is one mention)
        c.name = spell_levels(expand_abbreviations(c.name))
    chosen = bare_repeats(view, shortened_repeats(view, drop_bracketed_repeats(view, chosen)))
    chosen = secretaries_of_bodies(view, head_acronym_repeats(view, chosen))
    chosen = bare_commune_committees(view, chosen)
    chosen = standing_members_in_titles(view, organs_in_title_lists(view, chosen))
    chosen = party_boards_in_titles(view, chosen)
    chosen = national_head_repeats(view, truncated_repeats(chosen))
    chosen = standing_organs_in_dash_lists(view, dash_listed_bodies(view,
                                                                    party_groups(view, chosen)))
    chosen = bare_head_repeats(view, association_committees(view, chosen), address)
    chosen = congress_committees(view, bare_board_repeats(view, chosen))
    chosen = border_force_repeats(view, congresses_of_local_unions(view, chosen))
    if province_from_text or source_province != paper_province:
        # the bare "tỉnh" was read from the text (no paper's province, or one of the provinces
        # a merged one was made of): the body's own province wins where the text writes it
        chosen = bare_province_of_its_body(view, chosen)
    trim_trailing_dots(view.text, chosen)
    general_secretaries(view.text, chosen)
    youth_secretaries(view.text, chosen)
    name_numbered_wards(view.text, chosen, source_province, address)
    rename_by_date(chosen, published, view.text)
    spell_places(chosen)
    if unplaced is not None:
        unplaced.extend(Unplaced(view.text[c.start:c.end], c.start, c.end,
                                 view.sentence_of(c.start), "organisation", c.name)
                        for c in chosen if not c.known)
    return [mention(view, c) for c in chosen]
