"""Organisation failure kinds of round 16 (issue 14, batch 14 of outlets new to the set): the
central organs of a national association written with a bare "Hội", national bodies named by
their sector (trade unions, State groups, churches) and their short forms, steering and
organising boards named by their task, grass-roots and school bodies.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as rows

# ------------------------------------------------ a national association's central organs


def test_central_committee_of_the_association_the_paragraph_names():
    assert rows("Sáng 3-4, T.Ư Hội Cựu giáo chức Việt Nam họp Hội nghị lần thứ hai Ban Chấp "
                "hành T.Ư Hội khóa III.", source=None) == [
        ("Hội Cựu giáo chức Việt Nam", "Hội Cựu giáo chức Việt Nam"),
        ("Ban Chấp hành T.Ư Hội", "Ban Chấp hành Trung ương Hội Cựu giáo chức Việt Nam")]


def test_bare_centre_of_the_association_is_the_association():
    assert rows("Hội Khuyến học Việt Nam có thêm hội viên. Phong trào do TƯ Hội phát động lan "
                "rộng.", source=None) == [
        ("Hội Khuyến học Việt Nam", "Hội Khuyến học Việt Nam"),
        ("TƯ Hội", "Hội Khuyến học Việt Nam")]


def test_organs_listed_before_the_central_committee_share_it():
    assert names("Đảng đoàn Hội Nhà báo Việt Nam chỉ đạo; Đảng đoàn, Ban Thường vụ, Ban Chấp "
                 "hành Trung ương Hội góp ý vào dự thảo.", source=None) == [
        "Đảng đoàn Hội Nhà báo Việt Nam", "Đảng đoàn Hội Nhà báo Việt Nam",
        "Ban Thường vụ Trung ương Hội Nhà báo Việt Nam",
        "Ban Chấp hành Trung ương Hội Nhà báo Việt Nam"]


def test_without_an_association_it_is_not_the_party_central_committee():
    assert names("Ban Chấp hành Trung ương Hội họp phiên thường kỳ.", source=None) == []
    # the Party's own stays
    assert names("Ban Chấp hành Trung ương họp Hội nghị lần thứ 10.", source=None) == [
        "Ban Chấp hành Trung ương Đảng"]


# ------------------------------------------------ national bodies named by their sector


def test_sector_trade_unions_and_groups_and_churches():
    assert names("Công đoàn Xây dựng Việt Nam, Tập đoàn Hóa chất Việt Nam và Giáo hội Công giáo "
                 "Việt Nam ký kết chương trình phối hợp.", source=None) == [
        "Công đoàn Xây dựng Việt Nam", "Tập đoàn Hóa chất Việt Nam",
        "Giáo hội Công giáo Việt Nam"]
    assert names("Công đoàn Giao thông vận tải Việt Nam trao quà.", source=None) == [
        "Công đoàn Giao thông vận tải Việt Nam"]


def test_acronym_defined_inside_a_national_name_is_reused_with_viet_nam():
    assert rows("Công đoàn Y tế (CĐYT) Việt Nam kỷ niệm ngày thành lập; CĐYT Việt Nam phát "
                "động thi đua.", source=None) == [
        ("Công đoàn Y tế (CĐYT) Việt Nam", "Công đoàn Y tế Việt Nam"),
        ("CĐYT Việt Nam", "Công đoàn Y tế Việt Nam")]


def test_state_groups_by_their_latin_short_forms():
    assert names("Công nhân các đơn vị trong EVN và Petrolimex thi đua lao động giỏi.",
                 source=None) == ["Tập đoàn Điện lực Việt Nam", "Tập đoàn Xăng dầu Việt Nam"]
    # a province's branch keeps its brand and province
    assert names("Viettel Quảng Bình trao tặng máy tính.", source=None) == ["Viettel Quảng Bình"]


def test_national_assembly_written_short():
    assert names("QH đã thông qua Luật Đất đai sửa đổi.", source=None) == ["Quốc hội"]


def test_catholic_solidarity_committees_at_every_level():
    assert names("Ủy ban Đoàn kết Công giáo tỉnh Bắc Ninh thực hiện phong trào của Ủy ban Đoàn "
                 "kết Công giáo Việt Nam.", source=None) == [
        "Ủy ban Đoàn kết Công giáo tỉnh Bắc Ninh", "Ủy ban Đoàn kết Công giáo Việt Nam"]
    # its committees of every province are no one body
    assert names("Ủy ban Đoàn kết Công giáo Việt Nam các tỉnh phía Nam họp mặt.",
                 source=None) == []


def test_group_short_form_inside_a_subsidiary_or_branch_name_is_no_group():
    assert names("Petrolimex Hà Tĩnh và Công ty Kho vận Cái Lân - Vinacomin ký hợp đồng.",
                 source=None) == ["Petrolimex Hà Tĩnh", "Công ty Kho vận Cái Lân - Vinacomin"]


# ------------------------------------------------ boards named by their task, written again


def test_board_named_by_the_document_it_reviews():
    assert names("Ban Bí thư quyết định thành lập Ban Chỉ đạo sơ kết 5 năm thực hiện Nghị quyết "
                 "số 18-NQ/TW. Trên cơ sở đó, Ban Chỉ đạo đã ban hành kế hoạch.",
                 source=None) == [
        "Ban Bí thư Trung ương Đảng", "Ban Chỉ đạo sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW",
        "Ban Chỉ đạo sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW"]
    # its central issuer is part of its name, not a mention of its own
    assert names("Đoàn công tác của Ban Chỉ đạo tổng kết 15 năm thực hiện Chỉ thị 42-CT/TW của "
                 "Bộ Chính trị làm việc tại tỉnh.", source=None) == [
        "Ban Chỉ đạo tổng kết 15 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị"]


def test_bare_group_after_its_short_form_is_the_group():
    assert names("Người lao động của PVN vượt khó; nhiều sáng kiến của Tập đoàn được áp dụng.",
                 source=None) == ["Tập đoàn Dầu khí Việt Nam", "Tập đoàn Dầu khí Việt Nam"]
    # two groups in the paragraph: a bare "Tập đoàn" names neither
    assert names("EVN và Vinachem ký kết; Tập đoàn cam kết cung ứng.", source=None) == [
        "Tập đoàn Điện lực Việt Nam", "Tập đoàn Hóa chất Việt Nam"]


def test_party_committee_of_the_association_its_secretary_chairs():
    assert rows("Ông Lê Văn An, Bí thư Đảng ủy, Chủ tịch Hội Nhà báo Việt Nam phát biểu.",
                source=None) == [("Đảng ủy", "Đảng ủy Hội Nhà báo Việt Nam"),
                                 ("Hội Nhà báo Việt Nam", "Hội Nhà báo Việt Nam")]


# ------------------------------------------------ grass-roots and school bodies


def test_pioneer_council_written_short_at_any_level():
    assert names("Theo hướng dẫn của HĐĐ Quận Hoàn Kiếm, các liên đội ra quân.",
                 source=None) == ["Hội đồng Đội quận Hoàn Kiếm"]
    assert names("HĐĐ huyện Yên Dũng tổ chức hội trại.", source=None) == [
        "Hội đồng Đội huyện Yên Dũng"]


def test_pioneer_unit_named_after_a_person():
    assert names("Liên đội Võ Thị Sáu phối hợp tổ chức ngày hội.", source=None) == [
        "Liên đội Võ Thị Sáu"]
    # a school's unit keeps its school
    assert names("Liên đội Trường Tiểu học Kim Đồng phát động.", source=None) == [
        "Liên đội Trường Tiểu học Kim Đồng"]


def test_two_unions_of_one_school_joined_by_a_dash():
    assert rows("Đoàn Thanh niên - Hội Sinh viên Trường Đại học Vinh tổ chức chiến dịch.",
                source=None) == [
        ("Đoàn Thanh niên", "Đoàn Thanh niên Trường Đại học Vinh"),
        ("Hội Sinh viên Trường Đại học Vinh", "Hội Sinh viên Trường Đại học Vinh")]


def test_quoted_club_of_a_hamlet_is_the_communes():
    assert rows("Hội LHPN xã Kỳ Tân họp mặt các thành viên CLB “Phụ nữ với pháp luật” thôn 3.",
                source=None) == [
        ("Hội LHPN xã Kỳ Tân", "Hội Liên hiệp Phụ nữ xã Kỳ Tân"),
        ("CLB “Phụ nữ với pháp luật” thôn 3", "Câu lạc bộ Phụ nữ với pháp luật thôn 3 xã Kỳ Tân")]
    # a model of one quoted name in several places stays no body
    assert names("Hội Phụ nữ xã Kỳ Tân duy trì mô hình CLB “Gia đình hạnh phúc” thôn 2.",
                 source=None) == ["Hội Liên hiệp Phụ nữ xã Kỳ Tân"]


def test_private_teaching_centre_named_by_its_brand():
    assert names("Nhà trường phối hợp với Trung tâm ngoại ngữ Sao Mai tổ chức lớp học.",
                 source=None) == ["Trung tâm ngoại ngữ Sao Mai"]
    # a venue is no body
    assert names("Lễ diễn ra tại Trung tâm thương mại Vincom.", source=None) == []


def test_lower_case_school_name_ends_before_the_verb():
    assert rows("Năm học này trường tiểu học Cẩm Thành  xây dựng Kế hoạch giáo dục.",
                source=None) == [("trường tiểu học Cẩm Thành", "Trường tiểu học Cẩm Thành")]


# ------------------------------------------------ national organisations written bare


def test_union_in_its_anniversary_with_its_founding_day():
    assert rows("Trường thi đua chào mừng ngày thành lập Đoàn 26/3 và ngày thành lập Đội 15-5.",
                source=None) == [
        ("Đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Đội", "Đội Thiếu niên Tiền phong Hồ Chí Minh")]
    # the bare occasion, and an inspection team set up on a day, stay no mention
    assert names("Trường tổ chức lễ kỷ niệm ngày thành lập Đoàn.") == []
    assert names("Ngày thành lập Đoàn kiểm tra 26/3 đã được công bố.") == []


def test_our_union_is_the_union():
    assert rows("Đoàn ta ngày càng lớn mạnh.", source=None) == [
        ("Đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh")]


def test_bare_centre_as_the_actor_of_a_party_decision():
    assert rows("Cán bộ góp ý vào các văn kiện của Trung ương trình Đại hội XIV của Đảng.",
                source=None) == [("Trung ương", "Ban Chấp hành Trung ương Đảng")]
    # a level, not a body
    assert names("Nguồn vốn từ Trung ương đến địa phương được phân bổ.", source=None) == []


def test_a_second_sector_body_is_read_alone():
    assert names("Công đoàn Dệt may và Công đoàn Da giày Việt Nam ký kết.", source=None) == [
        "Công đoàn Da giày Việt Nam"]


def test_school_site_under_its_district_education_office_names_the_district():
    from baochi.nlp import places
    assert places.address_units("http://thkimdong.pgdthanhxuan.edu.vn/tin-tuc/ab", "Hà Nội") \
        == (("quận", "Thanh Xuân"),)
    assert places.address_units("http://mgxanhon.pgddtphumy.edu.vn/tin-tuc/ab", "Bình Định") \
        == (("huyện", "Phù Mỹ"),)
    # an office label naming no district of the province says nothing
    assert places.address_units("http://thkimdong.pgdthanhxuan.edu.vn/tin-tuc/ab",
                                "Bình Định") == ()


def test_organising_board_written_again_after_theo():
    assert names("Ban Tổ chức Hội thi Tiếng hát công nhân tỉnh Nghệ An cho biết có 30 đội dự "
                 "thi. Theo Ban Tổ chức, giải năm nay lớn hơn.", source="baonghean") == [
        "Ban Tổ chức Hội thi Tiếng hát công nhân tỉnh Nghệ An",
        "Ban Tổ chức Hội thi Tiếng hát công nhân tỉnh Nghệ An"]


def test_state_corporations_and_the_catholic_committee_of_a_district():
    assert names("VNR và Ban Đoàn kết Công giáo huyện Giao Thủy trao quà.", source=None) == [
        "Tổng công ty Đường sắt Việt Nam", "Ban Đoàn kết Công giáo huyện Giao Thủy"]


def test_central_organ_named_after_a_provincial_branch_is_the_national_associations():
    assert names("Ông Trần An, Chủ tịch Hội Nông dân tỉnh Quảng Trị, Ủy viên Ban Chấp hành "
                 "Trung ương Hội, phát biểu.", source="baoquangtri") == [
        "Hội Nông dân tỉnh Quảng Trị", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"]
    assert names("Hội Cựu chiến binh tỉnh Quảng Trị thực hiện chỉ đạo của Trung ương Hội.",
                 source="baoquangtri") == [
        "Hội Cựu chiến binh tỉnh Quảng Trị", "Hội Cựu chiến binh Việt Nam"]


def test_a_clause_run_up_to_viet_nam_is_no_sector_body():
    assert "Tập đoàn Samsung đầu tư vào Việt Nam" not in names(
        "Tập đoàn Samsung đầu tư vào Việt Nam nhiều dự án.", source=None)


def test_school_site_named_after_a_township_with_a_number():
    from baochi.nlp import places
    assert places.school_site("http://thcsttkienluong1.kienluong.edu.vn/tin/a", "Kiên Giang") \
        == "Trường Trung học cơ sở Thị trấn Kiên Lương 1"
    assert places.school_site("http://thvathcsttquanchu.daitu.edu.vn/a", "Thái Nguyên") \
        == "Trường Tiểu học và Trung học cơ sở Thị trấn Quân Chu"


def test_bare_group_on_the_groups_own_site():
    from baochi.nlp import analyse
    text = "Năm qua, Tập đoàn đã có hơn 3.000 sáng kiến được áp dụng."
    on_site = analyse(text, "2024-05-10", "https://www.vinatex.com.vn/tin-tuc/sang-kien-123")
    assert [o.name for o in on_site.organisations] == ["Tập đoàn Dệt May Việt Nam"]
    elsewhere = analyse(text, "2024-05-10", "https://baonghean.vn/tin-tuc/sang-kien-123")
    assert list(elsewhere.organisations) == []


def test_group_unions_by_their_groups_short_form():
    assert rows("Công đoàn TKV và Công đoàn EVN trao quà.", source=None) == [
        ("Công đoàn TKV", "Công đoàn Than - Khoáng sản Việt Nam"),
        ("Công đoàn EVN", "Công đoàn Điện lực Việt Nam")]
    # the short form in brackets right after the union is the union's, not the group's
    assert names("Công đoàn Dầu khí Việt Nam (PVN) thăm công nhân.", source=None) == [
        "Công đoàn Dầu khí Việt Nam"]


def test_a_foreign_brand_does_not_take_the_verb_after_it():
    assert names("Công ty Vissan sản xuất thực phẩm sạch.", source=None) == ["Công ty Vissan"]
    # a Vietnamese word of the name stays whole
    assert names("Công ty Xây dựng Hòa Bình tặng quà.", source=None) == [
        "Công ty Xây dựng Hòa Bình"]


def test_the_party_written_bare_is_not_read():
    # labelled nowhere in the set: "của Đảng", "Đảng ta"
    assert names("Đảng ta luôn quan tâm; chủ trương của Đảng đi vào cuộc sống.",
                 source=None) == []


def test_national_bodies_the_catalogue_lacked():
    assert names("BHXH Việt Nam, VCCI và Tổng hội Y học Việt Nam ký kết; VCCI Nghệ An dự.",
                 source=None) == [
        "Bảo hiểm xã hội Việt Nam", "Phòng Thương mại và Công nghiệp Việt Nam",
        "Tổng hội Y học Việt Nam", "VCCI Nghệ An"]
    assert names("Ban Tôn giáo tỉnh và Ban Đại diện Cộng đồng Hồi giáo tỉnh An Giang gặp mặt.",
                 source="baoangiang") == [
        "Ban Tôn giáo tỉnh An Giang", "Ban Đại diện Cộng đồng Hồi giáo tỉnh An Giang"]
    # an association of the agency stays one body
    assert names("Hội Cựu chiến binh cơ quan BHXH Việt Nam được tặng cờ.", source=None) == [
        "Hội Cựu chiến binh cơ quan Bảo hiểm xã hội Việt Nam"]


def test_regional_defence_commands_of_a_province():
    assert names("Đảng ủy Ban Chỉ huy Phòng thủ khu vực 2 - Hương Khê và Ban CHPTKV 1 dự lễ.",
                 source="baohatinh") == [
        "Đảng ủy Ban Chỉ huy Phòng thủ Khu vực 2 - Hương Khê",
        "Ban Chỉ huy Phòng thủ Khu vực 1 tỉnh Hà Tĩnh"]


def test_any_national_body_with_its_acronym_defined_inside_its_name():
    assert rows("Hiệp hội Du lịch (HHDL) Việt Nam họp; HHDL Việt Nam cho biết, HHDL sẽ mở rộng.",
                source=None) == [
        ("Hiệp hội Du lịch (HHDL) Việt Nam", "Hiệp hội Du lịch Việt Nam"),
        ("HHDL Việt Nam", "Hiệp hội Du lịch Việt Nam"),
        ("HHDL", "Hiệp hội Du lịch Việt Nam")]
    # a level after the acronym keeps the branch ("… (HLV) tỉnh X")
    assert names("Hội Làm vườn (HLV) tỉnh Nghệ An họp; HLV tỉnh có 20 chi hội.",
                 source="baonghean") == ["Hội Làm vườn tỉnh Nghệ An", "Hội Làm vườn tỉnh Nghệ An"]


def test_organising_board_of_a_quoted_event_without_a_level():
    assert names("Theo Ban Tổ chức Cuộc thi “Đại sứ văn hóa đọc”, năm nay có nhiều bài dự thi. "
                 "Ban Tổ chức cho biết sẽ trao giải vào tháng 10.", source=None) == [
        "Ban Tổ chức Cuộc thi Đại sứ văn hóa đọc", "Ban Tổ chức Cuộc thi Đại sứ văn hóa đọc"]


def test_bare_branch_of_a_hamlet_on_the_associations_own_site():
    from baochi.nlp import analyse
    found = analyse("Hơn 50 hội viên chi Hội thôn Đồng Văn, xã Kỳ Tân và chi hội xóm 3 tham gia.",
                    None, "http://hoinongdanhatinh.org.vn/ra-quan-123.html").organisations
    assert [o.name for o in found] == ["Chi hội Nông dân thôn Đồng Văn xã Kỳ Tân",
                                       "Chi hội Nông dân xóm 3 xã Kỳ Tân"]
