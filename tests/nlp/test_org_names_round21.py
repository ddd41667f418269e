"""Names that run on past their head in lower case (round 21, ``pass_field_names``): bodies
named by their aim (institutes, associations, organisations, centres, clubs, groups, teams),
fields joined by "và" or a dash, a name that ends in lower case before a clause's word, a brand
after a dash or after a lower-case run; and the clause words and descriptions that stop them.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-01"
SOURCE = "baoquangnam"


def rows(text: str, source: str | None = SOURCE) -> list[tuple[str, str]]:
    return organisation_rows(text, PUB, source)


def same(surface: str) -> list[tuple[str, str]]:
    return [(surface, surface)]


# ------------------------------------------ a name of aims that ends in lower case


def test_centre_of_aims_joined_by_and_ends_before_a_clause_word():
    assert rows("Trung tâm Nghiên cứu và hội nhập cộng đồng đã trao 15 suất học bổng.") == same(
        "Trung tâm Nghiên cứu và hội nhập cộng đồng")


def test_institute_with_fields_joined_by_a_dash_ends_before_its_verb():
    assert rows("Viện Nghiên cứu phát triển kinh tế - xã hội miền núi phối hợp khảo sát vùng "
                "cao.") == same("Viện Nghiên cứu phát triển kinh tế - xã hội miền núi")


def test_institute_ends_before_a_verb_of_care():
    assert rows("Viện Y dược miền núi khám bệnh miễn phí cho người dân.") == same(
        "Viện Y dược miền núi")


def test_centre_ends_before_a_lower_case_clause_phrase():
    # "hỗ trợ" capitalised opens a name ("Tổ chức Hỗ trợ …"); in lower case it is the verb
    assert rows("Trung tâm Phát triển cộng đồng hỗ trợ 20 hộ nghèo.") == same(
        "Trung tâm Phát triển cộng đồng")


def test_association_of_a_field_then_a_word_of_two_syllables():
    assert rows("Hiệp hội Doanh nhân Quân đội tặng quà cho gia đình chính sách.") == same(
        "Hiệp hội Doanh nhân Quân đội")


# ------------------------------------------------- a name that ends in a proper name


def test_centre_over_a_slash_and_and_up_to_its_proper_name():
    assert rows("Trung tâm Bảo trợ nạn nhân chất độc da cam/dioxin và người khuyết tật Hòa Bình "
                "tiếp nhận 50 suất quà.") == same(
        "Trung tâm Bảo trợ nạn nhân chất độc da cam/dioxin và người khuyết tật Hòa Bình")


def test_cooperative_of_two_fields_joined_by_and():
    assert rows("HTX Chăn nuôi và kinh doanh nông sản sạch Tân Lập ra mắt.") == [
        ("HTX Chăn nuôi và kinh doanh nông sản sạch Tân Lập",
         "Hợp tác xã Chăn nuôi và kinh doanh nông sản sạch Tân Lập")]


def test_organisation_ending_in_an_international_word():
    assert rows("Tổ chức Trợ giúp người khuyết tật Quốc tế tài trợ xe lăn.") == same(
        "Tổ chức Trợ giúp người khuyết tật Quốc tế")
    # the press's short form of the people it serves is spelt out
    assert rows("Tổ chức Trợ giúp NCT Quốc tế tài trợ xe lăn.") == [
        ("Tổ chức Trợ giúp NCT Quốc tế", "Tổ chức Trợ giúp người cao tuổi Quốc tế")]


def test_microfinance_institution_with_its_branch():
    assert rows("Tổ chức Tài chính vi mô Hòa An chi nhánh Bến Lức giải ngân 2 tỷ đồng.") == same(
        "Tổ chức Tài chính vi mô Hòa An chi nhánh Bến Lức")


def test_institute_of_a_region():
    assert rows("Ông Nguyễn Văn An, Viện trưởng Viện Khoa học xã hội vùng Trung Bộ cho biết.") \
        == same("Viện Khoa học xã hội vùng Trung Bộ")


def test_volunteer_team_by_its_aim_then_its_name_and_district():
    assert rows("Đội tình nguyện Ánh Dương huyện Đại Lộc dọn vệ sinh bãi biển.") == same(
        "Đội tình nguyện Ánh Dương huyện Đại Lộc")


# --------------------------------------------------------------------- brands


def test_group_with_a_brand_after_a_dash():
    assert rows("Nhóm chia sẻ - Nắng Mai tặng quà cho học sinh.") == same(
        "Nhóm chia sẻ - Nắng Mai")


def test_club_named_by_a_brand_with_a_lower_case_tail():
    assert rows("CLB Bàn tay xanh trao quà cho học sinh.") == [
        ("CLB Bàn tay xanh", "Câu lạc bộ Bàn tay xanh")]


def test_club_by_its_aim_and_trade_then_its_brand():
    assert rows("CLB thiện nguyện trà sữa Hồng Phát trao quà.") == [
        ("CLB thiện nguyện trà sữa Hồng Phát", "Câu lạc bộ thiện nguyện trà sữa Hồng Phát")]


# ------------------------------------------------------------------ negatives


def test_a_level_body_written_bare_by_one_field_is_not_read_to_its_verb():
    assert rows("Trung tâm Y tế tổ chức khám bệnh.") == []


def test_capitalised_verb_to_organise_is_no_organisation():
    assert rows("Tổ chức Hội thi văn nghệ cho đoàn viên.") == []


def test_group_or_team_without_an_aim_is_no_body():
    assert rows("Nhóm học sinh lớp 9 trao quà.") == []
    assert rows("Đội bóng đá Sông Lam thắng trận.") == []


def test_team_by_its_aim_alone_is_a_description():
    assert rows("Đội sinh viên tình nguyện đã về xã.") == []


def test_an_adverb_ends_a_club_name():
    assert rows("CLB Dưỡng sinh thường xuyên tập luyện.") == [
        ("CLB Dưỡng sinh", "Câu lạc bộ Dưỡng sinh")]


def test_an_enterprise_name_does_not_end_in_lower_case():
    names = [surface for surface, _ in rows("Công ty Xây dựng thủy lợi đã hoàn thành công trình.")]
    assert "Công ty Xây dựng thủy lợi" not in names


def test_a_venue_before_a_centre_stays_a_building():
    names = [surface for surface, _ in rows("Lễ ra mắt diễn ra tại Trung tâm Phát triển cộng "
                                            "đồng sáng nay.")]
    assert not any(n.startswith("Trung tâm Phát triển") for n in names)


# ------------------------------------- acronyms in brackets, regions, list of legal forms


def test_acronyms_in_brackets_inside_a_centre_name_are_read_over():
    assert rows("Trung tâm Văn hóa-Thể thao công nhân lao động (CNLĐ) khu công nghiệp (KCN) Hòa "
                "Khánh tổ chức giải bóng đá.") == [
        ("Trung tâm Văn hóa-Thể thao công nhân lao động (CNLĐ) khu công nghiệp (KCN) Hòa Khánh",
         "Trung tâm Văn hóa-Thể thao công nhân lao động khu công nghiệp Hòa Khánh")]


def test_an_acronym_after_a_name_of_aims_is_not_part_of_it():
    assert rows("Trung tâm Nghiên cứu và hội nhập cộng đồng (RIC) tổ chức hội thảo.")[0] == same(
        "Trung tâm Nghiên cứu và hội nhập cộng đồng")[0]


def test_a_centre_hosting_an_event_is_read_to_its_proper_name():
    names = [surface for surface, _ in rows(
        "Sáng nay, tại Trung tâm Văn hóa - Thể thao thanh thiếu niên Hòa Khánh diễn ra lễ "
        "phát động.")]
    assert "Trung tâm Văn hóa - Thể thao thanh thiếu niên Hòa Khánh" in names


def test_a_shopping_centre_is_a_building():
    names = [surface for surface, _ in rows("Người dân mua sắm tại Trung tâm Thương mại Hòa "
                                            "Khánh.")]
    assert not any(n.startswith("Trung tâm Thương mại") for n in names)


def test_a_centre_of_a_region_up_to_its_proper_name():
    assert rows("Trung tâm Vì sự phát triển phụ nữ đồng bằng sông Hồng trao quà.") == same(
        "Trung tâm Vì sự phát triển phụ nữ đồng bằng sông Hồng")
    assert rows("Câu lạc bộ Golf bờ tây sông Hồng ủng hộ 50 triệu đồng.") == same(
        "Câu lạc bộ Golf bờ tây sông Hồng")


def test_a_level_body_named_by_its_public_field_is_not_read_to_an_adverb():
    assert not any(s.startswith("Trung tâm Văn hóa thể thao") for s, _ in rows(
        "Trung tâm Văn hóa thể thao thường xuyên tổ chức giải."))


def test_group_of_a_people_is_a_description():
    assert rows("Nhóm phụ nữ Hòa Khánh góp tiền mua quà.") == []


def test_company_written_short_is_spelt_out():
    assert rows("Cty Điện lực Quảng Nam hỗ trợ 20 triệu đồng.") == [
        ("Cty Điện lực Quảng Nam", "Công ty Điện lực Quảng Nam")]


def test_a_short_form_of_a_field_is_spelt_out():
    assert rows("Công ty TNHH VLXD xi măng Hòa Phát Việt Nam ủng hộ.") == [
        ("Công ty TNHH VLXD xi măng Hòa Phát Việt Nam",
         "Công ty TNHH vật liệu xây dựng xi măng Hòa Phát Việt Nam")]


def test_companies_of_a_list_named_by_their_legal_form():
    assert rows("Công ty TNHH Hòa An, TNHH Minh Phát và cổ phần Đại Lộc ủng hộ 30 triệu "
                "đồng.") == [
        ("Công ty TNHH Hòa An", "Công ty TNHH Hòa An"),
        ("TNHH Minh Phát", "Công ty TNHH Minh Phát"),
        ("cổ phần Đại Lộc", "Công ty cổ phần Đại Lộc")]
    # "cổ phần hóa" is the verb to equitise, no company
    assert rows("Công ty TNHH Hòa An và cổ phần hóa doanh nghiệp nhà nước.") == [
        ("Công ty TNHH Hòa An", "Công ty TNHH Hòa An")]


# ------------------------------------------- lower-case heads and fields before a name


def test_a_volunteer_team_in_lower_case_with_its_association_and_level():
    assert rows("Hôm qua, đội tình nguyện viên CTĐ tỉnh tham gia sơ cứu.") == [
        ("đội tình nguyện viên CTĐ tỉnh", "Đội tình nguyện viên Chữ thập đỏ tỉnh Quảng Nam")]


def test_a_compound_with_doi_is_no_team():
    assert rows("Các chiến sĩ bộ đội xung kích Hòa Bình giúp dân.") == []


def test_a_centre_with_its_field_in_lower_case_then_its_proper_name():
    assert rows("Trung tâm huấn luyện Hòa Sơn tiếp nhận tân binh.") == same(
        "Trung tâm huấn luyện Hòa Sơn")
    # with its parent after it, it stays its own body (GUIDE)
    names = [s for s, _ in rows("Hội thao diễn ra tại Trung tâm huấn luyện Hòa Sơn (Quảng "
                                "Nam) của Bộ Chỉ huy Quân sự tỉnh.")]
    assert "Trung tâm huấn luyện Hòa Sơn" in names


def test_a_shopping_centre_in_lower_case_is_a_building():
    assert rows("Khách mua sắm tại Trung tâm thương mại Hòa Khánh.") == []


def test_a_code_of_digits_and_a_capital_is_a_proper_name():
    assert rows("Triển lãm diễn ra tại Trung tâm hội nghị 25B, thu hút đông người xem.") == same(
        "Trung tâm hội nghị 25B")
    # a quantity after a level's body is no name
    assert rows("Trung tâm Y tế huyện có 25 giường bệnh.") == []


def test_the_spellings_of_dioxin_are_one_name():
    assert rows("Hội Nạn nhân chất độc da cam/điôxin tỉnh trao quà.") == [
        ("Hội Nạn nhân chất độc da cam/điôxin tỉnh",
         "Hội Nạn nhân chất độc da cam/dioxin tỉnh Quảng Nam")]


def test_capitalised_fields_joined_by_and_end_in_lower_case_before_an_acronym_and_a_verb():
    assert rows("Trung tâm Nghiên cứu và Phát triển cộng đồng (RCD) trao tặng 100 suất "
                "quà.")[0] == same("Trung tâm Nghiên cứu và Phát triển cộng đồng")[0]


def test_a_guild_hall_of_a_people_up_to_its_place():
    assert rows("Hội quán Doanh nhân trẻ Đà Nẵng tổ chức gặp mặt.") == same(
        "Hội quán Doanh nhân trẻ Đà Nẵng")
