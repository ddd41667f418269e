"""Organisation failure kinds of provincial papers' own political and administrative reporting
(issue 14, round 7): friendship associations and their provincial unions, an acronym in
brackets inside a name, a province's military command written as a "Ban", a short name the
article defines, foreign mass organisations, a national body followed by a grouping level.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as orgs

# ------------------------------------------------------------ friendship bodies

def test_friendship_association_runs_to_its_partner_country():
    found = names("Chiều qua, Trung ương Hội Hữu nghị Việt Nam - Lào và Hội Hữu nghị Việt Nam "
                  "Thái Lan đã trao học bổng cho sinh viên.")
    assert found == ["Hội Hữu nghị Việt Nam - Lào", "Hội Hữu nghị Việt Nam - Thái Lan"]


def test_friendship_association_of_a_province_and_of_a_city():
    found = names("Hội Hữu nghị Việt Nam - Campuchia tỉnh và Hội Hữu nghị Việt Nam - Cu Ba "
                  "Thành phố Hồ Chí Minh cùng dự buổi gặp mặt.")
    assert found == ["Hội Hữu nghị Việt Nam - Campuchia tỉnh Hà Tĩnh",
                     "Hội Hữu nghị Việt Nam - Cu Ba thành phố Hồ Chí Minh"]


def test_association_without_friendship_keeps_its_national_name():
    # only a friendship association names a partner country after "Việt Nam"
    found = names("Hội Giáo dục chăm sóc sức khỏe cộng đồng Việt Nam Trao quà cho trẻ em.")
    assert "Hội Giáo dục chăm sóc sức khỏe cộng đồng Việt Nam" in found


def test_provincial_union_of_friendship_organisations_has_no_viet_nam():
    found = names("Liên hiệp các tổ chức hữu nghị tỉnh phối hợp với Liên hiệp các tổ chức hữu "
                  "nghị Việt Nam tổ chức hội thảo.")
    assert found == ["Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh",
                     "Liên hiệp các tổ chức hữu nghị Việt Nam"]


# ------------------------------------------------------------ an acronym inside a name

def test_bracketed_acronym_inside_a_party_committee_name():
    assert orgs("Sáng 3/6, Ban Chấp hành (BCH) Đảng bộ tỉnh họp phiên thường kỳ.") == [
        ("Ban Chấp hành (BCH) Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh")]


def test_bracketed_brand_inside_a_bank_branch_name():
    assert names("Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) Chi nhánh Hương Khê "
                 "trao 5 căn nhà cho hộ nghèo.") == [
        "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam Chi nhánh Hương Khê"]


def test_acronym_defined_after_a_name_that_already_reads_through_it():
    # the first reading already runs across the bracket: it stays, whole
    assert names("Đại diện Hội Liên hiệp Phụ nữ (LHPN) Việt Nam dự lễ.") == [
        "Hội Liên hiệp Phụ nữ Việt Nam"]
    assert names("Hội Nông dân (HND) xã Kỳ Thọ ra mắt tổ hội mới.") == ["Hội Nông dân xã Kỳ Thọ"]


def test_bracketed_place_is_no_acronym_inside_a_name():
    # a place in brackets (two words, or a lower-case continuation) joins nothing
    found = names("Đảng bộ xã Kỳ Thọ (Kỳ Anh) tổ chức đại hội, Ban Thường vụ Huyện ủy Kỳ Anh dự.")
    assert found == ["Ban Thường vụ Huyện ủy Kỳ Anh"]


# ------------------------------------------------------------ armed forces, short names

def test_province_military_command_written_as_a_ban():
    assert names("Dự họp có đại diện Ban Chỉ huy Quân sự tỉnh, Ban CHQS huyện Cẩm Xuyên và "
                 "Ban Chỉ huy Quân sự xã Cẩm Hưng.") == [
        "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh", "Ban Chỉ huy Quân sự huyện Cẩm Xuyên",
        "Ban Chỉ huy Quân sự xã Cẩm Hưng"]


def test_short_name_defined_in_brackets_names_the_body_again():
    found = orgs("Ban Chỉ đạo phòng, chống thiên tai tỉnh (gọi tắt là Ban Chỉ đạo tỉnh) họp "
                 "sáng nay; các thành viên Ban Chỉ đạo tỉnh báo cáo tình hình.")
    assert [s for s, _ in found] == ["Ban Chỉ đạo phòng, chống thiên tai tỉnh",
                                     "Ban Chỉ đạo tỉnh", "Ban Chỉ đạo tỉnh"]
    assert len({n for _, n in found}) == 1


def test_short_name_without_a_body_before_it_is_nothing():
    assert names("Các thành viên (gọi tắt là Tổ công tác) đã họp.") == []


# ------------------------------------------------------------ foreign bodies, groupings

def test_foreign_mass_organisations_in_either_writing_are_one_body():
    found = names("Đoàn Hội Liên hiệp Phụ nữ nước Cộng hòa Dân chủ Nhân dân Lào thăm tỉnh; Chủ "
                  "tịch Hội Liên hiệp Phụ nữ Lào cảm ơn. Hội Chữ thập đỏ Trung Quốc tặng quà.")
    assert found == ["Hội Liên hiệp Phụ nữ Lào", "Hội Liên hiệp Phụ nữ Lào",
                     "Hội Chữ thập đỏ Trung Quốc"]


def test_a_foreign_army_or_ministry_is_not_ours():
    assert names("Đoàn Quân đội nhân dân Lào và Bộ Quốc phòng Campuchia thăm Bộ Quốc phòng.",
                 source=None) == ["Quân đội nhân dân Lào", "Bộ Quốc phòng Campuchia", "Bộ Quốc phòng"]
    assert names("Chiến sĩ Quân đội nhân dân Việt Nam giúp dân gặt lúa.") == [
        "Quân đội nhân dân Việt Nam"]


def test_a_country_word_that_begins_one_of_our_places_is_no_foreign_body():
    assert names("Hội Nông dân Lào Cai và Hội Nông dân huyện Anh Sơn ký kết phối hợp.",
                 source=None) == ["Hội Nông dân tỉnh Lào Cai", "Hội Nông dân huyện Anh Sơn"]


def test_national_body_followed_by_a_level_is_a_grouping():
    found = names("Các huyện đã hoàn thành đại hội điểm MTTQ Việt Nam cấp xã; đại hội Hội Nông "
                  "dân Việt Nam cấp huyện sẽ diễn ra sau.")
    assert found == []


# ------------------------------------------------------------ boards, police, councils

def test_management_board_of_a_zone_named_in_lower_case():
    assert names("Đoàn làm việc với Ban quản lý Khu du lịch sinh thái Thác Vờ để nắm tình hình.") \
        == ["Ban quản lý Khu du lịch sinh thái Thác Vờ"]
    # a board named by no proper name is a common noun
    assert names("Ban quản lý chợ và ban quản lý các dự án đã trả lời.") == []


def test_bo_of_a_word_is_no_ministry():
    found = names("Đại diện Phòng An ninh chính trị nội bộ Công an tỉnh và Đảng bộ Công an tỉnh "
                  "dự; lãnh đạo Bộ Công an chúc mừng.")
    assert found == ["Phòng An ninh chính trị nội bộ Công an tỉnh Hà Tĩnh", "Bộ Công an"]


def test_front_work_board_of_a_quarter_is_a_grassroots_body():
    assert orgs("Ủy ban MTTQ Việt Nam phường Bắc Hà phối hợp Ban Công tác Mặt trận tổ dân phố 6 "
                "tổ chức ngày hội.") == [
        ("Ủy ban MTTQ Việt Nam phường Bắc Hà", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Hà"),
        ("Ban Công tác Mặt trận tổ dân phố 6",
         "Ban Công tác Mặt trận tổ dân phố 6 phường Bắc Hà")]


def test_council_of_the_province_and_of_its_city():
    assert names("Sau kỳ họp HĐND tỉnh và thành phố Hà Tĩnh, đại biểu tiếp xúc cử tri.") == [
        "Hội đồng nhân dân tỉnh Hà Tĩnh", "Hội đồng nhân dân thành phố Hà Tĩnh"]
    # without the city's name there is no second body
    assert names("UBND tỉnh và huyện đã họp.") == ["Ủy ban nhân dân tỉnh Hà Tĩnh"]


def test_acronym_of_a_committee_organ_reused_before_the_committee():
    found = orgs("Ban Thường vụ (BTV) Tỉnh ủy tổ chức lễ; dự lễ có các Ủy viên BTV Tỉnh ủy.")
    assert [n for _, n in found] == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh",
                                     "Ban Thường vụ Tỉnh ủy Hà Tĩnh"]
    assert [s for s, _ in found][1] == "BTV Tỉnh ủy"


def test_member_title_of_the_central_committee_written_short_and_glued():
    assert names("Dự hội nghị có đồng chí X, UVT.Ư Đảng, Bí thư Tỉnh ủy và đồng chí Y, UVTW Đảng.") \
        == ["Ban Chấp hành Trung ương Đảng", "Tỉnh ủy Hà Tĩnh", "Ban Chấp hành Trung ương Đảng"]


def test_undated_article_that_writes_the_new_name_of_the_border_guard():
    text = ("Đồn Biên phòng Cầu Treo, Bộ đội Biên phòng (BĐBP) tỉnh phối hợp tổ chức chương trình; "
            "dự có Trung tá X, Phó Chỉ huy trưởng Ban Chỉ huy BĐBP tỉnh.")
    found = names(text, pub=None)
    assert found.count("Ban Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh") == 2
    # without the new name written, an undated article keeps the name of the force's command
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh" in names(
        "Bộ đội Biên phòng tỉnh phối hợp tổ chức chương trình.", pub=None)


def test_standing_office_of_a_central_body_in_a_city():
    assert names("Dự có Phó Vụ trưởng Cơ quan Thường trực Ban Dân vận Trung ương tại TP.HCM.") == [
        "Cơ quan Thường trực Ban Dân vận Trung ương tại Thành phố Hồ Chí Minh"]
    # "tại" before no city: the office as read
    assert names("Cơ quan Thường trực Ban Dân vận Trung ương tại các tỉnh phía Nam dự.") == [
        "Cơ quan Thường trực Ban Dân vận Trung ương"]


def test_front_committee_and_the_political_social_organisations_of_the_province():
    assert names("Dự lễ có lãnh đạo Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội "
                 "tỉnh.") == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"]
    # a joint congress of the Front and the organisations is an event, no body
    assert names("Đại hội MTTQ và các tổ chức chính trị - xã hội tỉnh diễn ra sáng nay.") == []
