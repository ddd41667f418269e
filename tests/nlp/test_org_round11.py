"""Organisation failure kinds of round 11 (issue 14, held-out batch 10's miss kinds): the
grammar of names — short forms of words inside any name, a union named again bare after its
full name, sub-units with their parents, committees named after what they steer, names that
run through the words their head kind holds.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as rows

# ------------------------------------------------ short forms of words inside any name

def test_science_unions_written_short_are_spelt_out():
    assert names("Liên hiệp các Hội KH&KT tỉnh Nghệ An tổ chức hội thảo.") == [
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An"]
    assert names("Hội KHKT Lâm nghiệp tỉnh Bắc Giang ra mắt ban chấp hành mới.") == [
        "Hội Khoa học kỹ thuật Lâm nghiệp tỉnh Bắc Giang"]


def test_youth_union_initials_inside_a_unit_name_are_spelt_out():
    found = names("Ban Thường vụ Đoàn TNCS Hồ Chí Minh Sở Y tế đã phát động đợt hiến máu.")
    assert found == ["Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh Sở Y tế tỉnh Hà Tĩnh"]


def test_a_bank_written_with_tmcp_and_its_short_name_is_one_body():
    found = names("Ngân hàng TMCP Công Thương Việt Nam (VietinBank) trao 20 căn nhà.")
    assert found == ["Ngân hàng Thương mại Cổ phần Công Thương Việt Nam"]


# ------------------------------------------------ a union named again bare

def test_a_union_written_bare_after_its_full_name_is_that_body():
    assert rows("Hội Nông dân tỉnh Quảng Trị đề xuất để Hội Nông dân trực tiếp quản lý vốn.",
                "baoquangtri") == [
        ("Hội Nông dân tỉnh Quảng Trị", "Hội Nông dân tỉnh Quảng Trị"),
        ("Hội Nông dân", "Hội Nông dân tỉnh Quảng Trị")]


def test_the_short_form_of_a_federation_of_associations():
    found = rows("Liên hiệp các Hội KH&KT tỉnh Nam Định họp; ông Trần Văn A, Chủ tịch Liên hiệp "
                 "Hội, phát biểu.", "baonamdinh")
    assert found[-1] == ("Liên hiệp Hội", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định")


def test_no_bare_repeat_before_a_grouping_or_inside_a_programme_name():
    # the branches of every district, a contest named after the union, a union written before
    # its full name: none is the province's union again
    assert names("Hội Nông dân tỉnh Hà Tĩnh chỉ đạo Hội Nông dân các huyện tổ chức hội thi "
                 "Hội Nông dân với pháp luật.") == ["Hội Nông dân tỉnh Hà Tĩnh"]
    assert names("Vai trò của Hội Nông dân được khẳng định, Hội Nông dân tỉnh Hà Tĩnh cho "
                 "biết.") == ["Hội Nông dân tỉnh Hà Tĩnh"]


def test_a_bare_form_two_bodies_share_names_neither():
    found = names("Hội Nông dân tỉnh Hà Tĩnh và Hội Nông dân huyện Kỳ Anh ký kết; sau đó Hội "
                  "Nông dân trao quà.")
    assert found == ["Hội Nông dân tỉnh Hà Tĩnh", "Hội Nông dân huyện Kỳ Anh"]


def test_a_brand_in_brackets_after_its_bank_is_one_mention():
    assert names("Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) tài trợ 2 tỷ đồng.") == [
        "Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"]


# ------------------------------------------------ sub-units with their parents

def test_the_party_caucus_of_a_peoples_committee():
    assert rows("Tỉnh ủy chỉ đạo Ban cán sự Đảng UBND tỉnh rà soát quy hoạch.", "baonamdinh") == [
        ("Tỉnh ủy", "Tỉnh ủy Nam Định"),
        ("Ban cán sự Đảng UBND tỉnh", "Ban cán sự Đảng Ủy ban nhân dân tỉnh Nam Định")]


# ------------------------------------------------ a person's name after a bare level

def test_a_holders_name_after_a_title_and_a_bare_level_is_no_place():
    found = rows("UBND huyện Vũ Quang tổ chức lễ; dự có Bí thư Huyện ủy Đào Văn Lục, Chủ tịch "
                 "UBND huyện Nguyễn Văn Tám.")
    assert found == [("UBND huyện Vũ Quang", "Ủy ban nhân dân huyện Vũ Quang"),
                     ("Huyện ủy", "Huyện ủy Vũ Quang"),
                     ("UBND huyện", "Ủy ban nhân dân huyện Vũ Quang")]


def test_a_commune_named_after_a_person_keeps_its_name():
    # communes and wards named after heroes are places, not holders
    assert names("Chủ tịch UBND phường Hoàng Văn Thụ phát biểu.", "baolangson") == [
        "Ủy ban nhân dân phường Hoàng Văn Thụ"]


def test_a_front_department_written_before_its_front_after_a_comma():
    found = names("Bà Lan, Trưởng Ban Phong trào, Ủy ban MTTQ Việt Nam tỉnh dự lễ.")
    assert found == ["Ban Phong trào Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"]


def test_a_party_organ_before_a_front_body_after_a_comma_opens_a_list():
    found = names("Ban Dân vận, Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể cùng dự.")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh" in found
    assert not any(n.startswith("Ban Dân vận Ủy ban") for n in found)


def test_an_editorial_board_of_a_bodys_portal():
    found = names("Ban Biên tập Trang Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh mở chuyên mục "
                  "mới.", "baoyenbai")
    assert found == ["Ban Biên tập Trang Thông tin điện tử Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh "
                     "Yên Bái"]


# ------------------------------------------------ names run through their kind's words

def test_an_sos_village_named_by_its_town():
    assert names("Đoàn đến thăm Làng trẻ em SOS Đồng Hới và tặng quà.", "baoquangbinh") == [
        "Làng trẻ em SOS Đồng Hới"]


def test_a_specialist_hospital_reads_through_its_speciality():
    found = rows("Các y bác sĩ Bệnh viện Chuyên khoa mắt tổ chức khám miễn phí.")
    assert found == [("Bệnh viện Chuyên khoa mắt", "Bệnh viện Chuyên khoa mắt")]


# ------------------------------------------------ committees named after what they steer

def test_a_steering_committee_of_a_campaign_with_its_edition_year():
    assert names("Ban Chỉ đạo Chiến dịch Thanh niên tình nguyện hè 2024 tỉnh đã họp.") == [
        "Ban Chỉ đạo Chiến dịch Thanh niên tình nguyện hè 2024 tỉnh Hà Tĩnh"]


def test_an_organising_committee_named_by_its_event():
    assert names("Ban Tổ chức Hội thi Tiếng hát tỉnh trao 12 giải.") == [
        "Ban Tổ chức Hội thi Tiếng hát tỉnh Hà Tĩnh"]
    # the Party's organisation department is a committee's organ, not an organising committee
    assert names("Ban Tổ chức Tỉnh ủy thẩm định hồ sơ.") == ["Ban Tổ chức Tỉnh ủy Hà Tĩnh"]


def test_a_liaison_board_of_a_hometown_association_keeps_its_origin_as_written():
    assert names("Ban Liên lạc Hội đồng hương Nghệ An tại Hà Nội gặp mặt đầu xuân.") == [
        "Ban Liên lạc Hội đồng hương Nghệ An tại Hà Nội"]


# ------------------------------------------------ a body inside a quoted title

def test_a_local_body_with_its_place_inside_a_quoted_movement_title_counts():
    found = names("Phong trào “Thi đua thực hiện Nghị quyết Đại hội Hội LHPN tỉnh Quảng Bình lần "
                  "thứ XVI” được triển khai rộng khắp.", "baoquangbinh")
    assert found == ["Hội Liên hiệp Phụ nữ tỉnh Quảng Bình"]


def test_a_national_body_inside_a_quiz_title_is_a_word_of_the_title():
    assert names("Cuộc thi “Tìm hiểu 80 năm Quân đội nhân dân Việt Nam” thu hút 5.000 bài.") == []


def test_a_department_of_a_standing_committee_after_thuoc():
    found = names("Bà Lan, Trưởng ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội, dự họp.")
    assert found == ["Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội"]


# ------------------------------------------------ a committee with a bare level; a dateline tag

def test_the_committee_for_the_advancement_of_women_at_a_bare_level():
    assert names("Phó Chủ tịch UBND tỉnh, Trưởng Ban Vì sự tiến bộ của phụ nữ tỉnh dự lễ.") == [
        "Ủy ban nhân dân tỉnh Hà Tĩnh", "Ban Vì sự tiến bộ của phụ nữ tỉnh Hà Tĩnh"]


def test_an_outlets_name_opening_its_lead_is_its_dateline_tag():
    assert names("Báo Hà Tĩnh - Ngày 3/2, Hội Nông dân tỉnh tổ chức hội nghị.") == [
        "Hội Nông dân tỉnh Hà Tĩnh"]
    assert names("(Báo Hà Tĩnh) Sáng 3/2, Hội Nông dân tỉnh tổ chức hội nghị.") == [
        "Hội Nông dân tỉnh Hà Tĩnh"]
    # the outlet as the subject of its own news is a mention
    assert names("Báo Hà Tĩnh tổ chức hội nghị cộng tác viên.") == ["Báo Hà Tĩnh"]


# ------------------------------------------------ a centre placed by its parent after "thuộc"

def test_a_centre_under_thuoc_takes_its_parents_level_and_place():
    found = rows("Trung tâm tư vấn pháp luật, thuộc Hội Luật gia tỉnh tổ chức buổi trợ giúp "
                 "pháp lý; năm nay Trung tâm tư vấn pháp luật tiếp 300 lượt người.")
    assert found == [
        ("Trung tâm tư vấn pháp luật", "Trung tâm tư vấn pháp luật tỉnh Hà Tĩnh"),
        ("Hội Luật gia tỉnh", "Hội Luật gia tỉnh Hà Tĩnh"),
        ("Trung tâm tư vấn pháp luật", "Trung tâm tư vấn pháp luật tỉnh Hà Tĩnh")]


def test_no_centre_from_a_clause_before_thuoc():
    assert names("Các hộ gia đình được hỗ trợ thuộc Hội Nông dân tỉnh quản lý.") == [
        "Hội Nông dân tỉnh Hà Tĩnh"]


# ------------------------------------------------ sub-units of agencies, units and schools

def test_party_cells_and_grassroots_unions_of_agencies():
    assert names("Chi bộ Tòa án nhân dân huyện Cẩm Xuyên tổ chức đại hội.") == [
        "Chi bộ Tòa án nhân dân huyện Cẩm Xuyên"]
    assert names("Đảng ủy Bộ Chỉ huy Quân sự tỉnh ra nghị quyết.") == [
        "Đảng ủy Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"]
    assert names("CĐCS Viện Kiểm sát nhân dân tỉnh tổ chức hội thao.") == [
        "Công đoàn cơ sở Viện Kiểm sát nhân dân tỉnh Hà Tĩnh"]


def test_a_department_named_with_a_lexicon_word_before_its_agency():
    assert names("Phòng Tổ chức cán bộ Sở Nội vụ thẩm định hồ sơ.") == [
        "Phòng Tổ chức cán bộ Sở Nội vụ tỉnh Hà Tĩnh"]


def test_a_veterans_liaison_board_of_an_armed_unit():
    assert names("Ban Liên lạc Cựu chiến binh Sư đoàn 312 gặp mặt truyền thống.") == [
        "Ban Liên lạc Cựu chiến binh Sư đoàn 312"]


def test_party_committee_listed_with_dashes_is_not_a_unit_of_the_next_body():
    found = names("Đảng ủy – HĐND – UBND xã Cẩm Bình tổ chức lễ.")
    assert found == ["Đảng ủy xã Cẩm Bình", "Hội đồng nhân dân xã Cẩm Bình",
                     "Ủy ban nhân dân xã Cẩm Bình"]


# ------------------------------------------------ titles listed with a comma; head initials

def test_the_secretarys_committee_is_the_body_he_also_heads():
    found = rows("Dự lễ có ông Trần Văn Tư, Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa tỉnh.")
    assert found == [("Đảng ủy", "Đảng ủy Bệnh viện Đa khoa tỉnh Hà Tĩnh"),
                     ("Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa tỉnh Hà Tĩnh")]
    found = rows("Thiếu tướng Lê Văn Năm, Bí thư Đảng ủy, Chính ủy Quân khu 5 phát biểu.")
    assert found[0] == ("Đảng ủy", "Đảng ủy Quân khu 5")


def test_a_name_written_again_with_its_heads_initials():
    found = rows("Bệnh viện Đa khoa (BVĐK) Thành An - Sài Gòn khai trương khoa mới; Giám đốc BVĐK "
                 "Thành An - Sài Gòn cho biết.")
    assert [name for _, name in found] == ["Bệnh viện Đa khoa Thành An - Sài Gòn"] * 2


def test_a_wartime_base_named_after_a_committee_is_a_place():
    assert names("Đoàn viên về nguồn tại Di tích Khu Căn cứ Tỉnh ủy Quảng Trị.") == []


def test_an_organ_in_a_title_list_after_its_committee():
    found = rows("Bà Hoa, Ủy viên BTV Tỉnh ủy, Trưởng ban Dân vận, Chủ tịch Ủy ban MTTQ Việt Nam "
                 "tỉnh dự lễ.")
    assert ("ban Dân vận", "Ban Dân vận Tỉnh ủy Hà Tĩnh") in found
    # a bare organ with no committee before it in the titles names no committee's
    assert names("Bà Hoa, Trưởng ban Dân vận, phát biểu.") == []


def test_guards_of_the_new_readings():
    # a sentence defining the organisation at large is no repeat of the province's union
    assert names("Hội Nông dân tỉnh Hà Tĩnh phát động. Hội Nông dân là tổ chức chính trị - xã "
                 "hội của nông dân.") == ["Hội Nông dân tỉnh Hà Tĩnh"]
    # a year after "năm" dates a board's meeting, it is no edition in its name
    assert names("Ban Chỉ đạo năm 2024 của tỉnh đã họp.") == []
    # an outlet opening a sentence with its apposition is a mention, not a dateline tag
    assert names("Báo Nhân Dân - cơ quan trung ương của Đảng - đăng loạt bài.") == ["Báo Nhân Dân"]


def test_a_youth_union_of_a_hospital_read_from_the_text():
    assert names("Đoàn cơ sở Bệnh viện Chuyên khoa mắt tổ chức hiến máu.") == [
        "Đoàn cơ sở Bệnh viện Chuyên khoa mắt"]


# ------------------------------------------------ a board with no level: the sentence's unit

def test_a_board_without_its_level_is_the_board_of_the_unit_its_sentence_names():
    found = rows("Ủy ban MTTQ Việt Nam huyện Hương Sơn cho biết, Ban Vận động ủng hộ Quỹ “Vì người "
                 "nghèo” đã tiếp nhận 2 tỷ đồng.")
    assert found[-1] == ("Ban Vận động ủng hộ Quỹ “Vì người nghèo”",
                         "Ban Vận động Quỹ Vì người nghèo huyện Hương Sơn")
    found = rows("MTTQ phường Bắc Hà phối hợp với Ban chỉ đạo liên ngành làm công tác dân vận đợt "
                 "II tổ chức ra quân.")
    assert found[-1][1] == "Ban Chỉ đạo liên ngành làm công tác dân vận phường Bắc Hà"


def test_a_board_with_no_unit_in_its_sentence_or_written_short_again_is_not_guessed():
    assert names("Ban chỉ đạo phòng chống dịch đã họp trực tuyến.") == []
    found = names("Ban Chỉ đạo cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh tổng "
                  "kết. Dự có UBND tỉnh và thành viên Ban Chỉ đạo cuộc vận động.")
    assert found[-1] == ("Ban Chỉ đạo cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam "
                         "tỉnh Hà Tĩnh")


def test_a_town_level_written_t_dot_x():
    assert names("UBND và Ủy ban MTTQ T.X Phổ Yên, tỉnh Thái Nguyên phát động.", None) == [
        "Ủy ban nhân dân thị xã Phổ Yên", "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Phổ Yên"]


def test_traffic_police_initials_spelt_out_in_a_name():
    assert names("Đội CSGT số 2 Công an huyện Kỳ Anh tuần tra.") == [
        "Đội Cảnh sát giao thông số 2 Công an huyện Kỳ Anh"]


def test_a_brand_branch_written_with_its_provinces_level_and_its_youth_union():
    assert names("Đoàn cơ sở Viettel tỉnh Gia Lai ra quân tình nguyện.", "baogialai") == [
        "Đoàn cơ sở Viettel Gia Lai"]


def test_an_ampersand_between_a_centres_fields_is_spelt_and():
    assert names("Hội chợ diễn ra tại Trung tâm Hội nghị & Triển lãm tỉnh Nghệ An.") == [
        "Trung tâm Hội nghị và Triển lãm tỉnh Nghệ An"]
