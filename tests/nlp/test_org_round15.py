"""Organisation failure kinds of round 15 (issue 14, batch 13 of outlets new to the set): names
written in capitals, the Secretariat named by its members' title, bodies missing from the
catalogue.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as rows

# ------------------------------------------------ names written in capitals


def test_school_unit_in_a_heading_written_in_capitals():
    assert rows("LIÊN ĐỘI TIỂU HỌC ĐÔNG BA TÍCH CỰC THU GOM GIẤY VỤN NĂM HỌC 2024 - 2025",
                source=None) == [("LIÊN ĐỘI TIỂU HỌC ĐÔNG BA",
                                  "Liên đội Trường Tiểu học Đông Ba")]


def test_branch_of_a_school_written_in_capitals_keeps_its_acronyms():
    assert names("HOẠT ĐỘNG CỦA CHI ĐOÀN TRƯỜNG PT DTBT THCS NẬM KHĂN CHÀO MỪNG NGÀY 26/3",
                 source=None) == [
        "Chi đoàn Trường Phổ thông dân tộc bán trú Trung học cơ sở Nậm Khăn"]


def test_communes_body_in_capitals_is_named_in_title_case():
    assert rows("HỘI NÔNG DÂN XÃ ĐỨC LẠC TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2023") == [
        ("HỘI NÔNG DÂN XÃ ĐỨC LẠC", "Hội Nông dân xã Đức Lạc")]
    assert names("UBND HUYỆN ĐỨC THỌ HỌP BÁO QUÝ I") == ["Ủy ban nhân dân huyện Đức Thọ"]


def test_capitals_go_on_with_a_name_the_text_reads_in_part():
    # the union read as written, then its school in capitals: one body, the school's union
    assert rows("ĐẠI HỘI ĐOÀN TNCS HỒ CHÍ MINH TRƯỜNG THCS NGUYỄN DU NHIỆM KỲ 2024 - 2025",
                source=None) == [("ĐOÀN TNCS HỒ CHÍ MINH TRƯỜNG THCS NGUYỄN DU",
                                  "Đoàn Thanh niên Trường Trung học cơ sở Nguyễn Du")]


def test_capitals_with_no_body_give_nothing():
    assert names("NGÀY HỘI VĂN HÓA CÁC DÂN TỘC NĂM 2024 DIỄN RA SÔI NỔI") == []
    assert names("HỘI KHỎE PHÙ ĐỔNG CẤP TRƯỜNG NĂM HỌC 2024 - 2025") == []
    assert names("HỘI THI GIÁO VIÊN DẠY GIỎI CẤP HUYỆN") == []


# ------------------------------------------------ the Secretariat by its members' title


def test_secretary_of_the_central_committee_is_a_member_of_the_secretariat():
    assert rows("Dự lễ có đồng chí Trần Văn Bình, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, "
                "Trưởng Ban Tuyên giáo Trung ương.") == [
        ("Bộ Chính trị", "Bộ Chính trị"),
        ("Bí thư Trung ương Đảng", "Ban Bí thư Trung ương Đảng"),
        ("Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Trung ương")]


def test_the_title_written_short_is_the_secretariat_too():
    assert rows("Đồng chí Trần Văn Bình, Ủy viên Bộ Chính trị, Bí thư T.Ư Đảng, dự lễ.") == [
        ("Bộ Chính trị", "Bộ Chính trị"),
        ("Bí thư T.Ư Đảng", "Ban Bí thư Trung ương Đảng")]


def test_general_secretary_title_stays_the_central_committee():
    assert rows("Đồng chí Trần Văn Bình, Tổng Bí thư Trung ương Đảng, gửi thư chúc mừng.") == [
        ("Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")]


# ------------------------------------------------ bodies the catalogue lacked


def test_national_bodies_named_by_their_field():
    assert names("Phó Thủ tướng, Trưởng Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp "
                 "tác xã chủ trì phiên họp.") == [
        "Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã"]
    assert names("Ông từng là Chủ nhiệm Ủy ban Thanh niên Việt Nam.") == [
        "Ủy ban Thanh niên Việt Nam"]


def test_labour_department_initials_without_ampersand():
    assert names("Đoàn viên Sở LĐ-TBXH tỉnh Hà Tĩnh ra quân dọn vệ sinh.") == [
        "Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh"]
    assert names("Phòng LĐ-TBXH huyện Kỳ Anh trao quà.") == [
        "Phòng Lao động - Thương binh và Xã hội huyện Kỳ Anh"]
    assert names("Bộ LĐ-TBXH chỉ đạo các địa phương.") == ["Bộ Lao động - Thương binh và Xã hội"]


# ------------------------------------------------ the Front in a list the Party's committees open


def test_front_in_a_list_opened_by_party_committees_is_the_front_at_large():
    assert names("Điều đó nâng cao trách nhiệm của cấp ủy đảng, Mặt trận Tổ quốc và các đoàn "
                 "thể trong việc vận động nhân dân.") == ["Mặt trận Tổ quốc Việt Nam"]
    # the list naming its commune: that commune's Front committee
    assert names("Có sự vào cuộc của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể xã "
                 "Kỳ Tân.") == ["Ủy ban Mặt trận Tổ quốc Việt Nam xã Kỳ Tân"]


# ------------------------------------------------ cooperatives and production groups


def test_cooperatives_and_groups_with_their_product_in_lower_case():
    assert rows("Xã đã kiện toàn Hợp tác xã bưởi Phúc Trạch và Tổ liên kết sản xuất rau Đồng "
                "Môn; xã viên HTX bưởi sạch Phúc Trạch được cấp chứng nhận.") == [
        ("Hợp tác xã bưởi Phúc Trạch", "Hợp tác xã bưởi Phúc Trạch"),
        ("Tổ liên kết sản xuất rau Đồng Môn", "Tổ liên kết sản xuất rau Đồng Môn"),
        # a cooperative written short is spelt out in its name (the GUIDE, round 19)
        ("HTX bưởi sạch Phúc Trạch", "Hợp tác xã bưởi sạch Phúc Trạch")]


def test_production_group_written_again_without_its_production_word():
    assert names("Tổ hợp tác sản xuất chè Tân Hương ra mắt. Mỗi thành viên Tổ hợp tác chè Tân "
                 "Hương góp 2 triệu đồng.") == ["Tổ hợp tác sản xuất chè Tân Hương"] * 2


def test_a_kind_of_cooperative_is_no_body():
    assert names("Khối thi đua các Hợp tác xã Phi nông nghiệp tổng kết năm 2023.") == []
    assert names("Khối thi đua các Hợp tác xã Phi Nông nghiệp tổng kết năm 2023.") == []


# ------------------------------------------------ grass-roots units in lower case


def test_hamlet_branch_with_its_organisation_in_lower_case():
    assert rows("Hội LHPN xã Thạch Kim ra mắt mô hình tại chi hội phụ nữ thôn Bắc Sơn.") == [
        ("Hội LHPN xã Thạch Kim", "Hội Liên hiệp Phụ nữ xã Thạch Kim"),
        ("chi hội phụ nữ thôn Bắc Sơn", "Chi hội Phụ nữ thôn Bắc Sơn xã Thạch Kim")]
    assert names("Các chi hội phụ nữ thôn đều tham gia.") == []


def test_board_named_by_what_it_fights():
    assert rows("Ban phòng chống HIV/AIDS xã Thạch Kim tổ chức mít tinh.") == [
        ("Ban phòng chống HIV/AIDS xã Thạch Kim", "Ban Phòng chống HIV/AIDS xã Thạch Kim")]
    assert names("Đẩy mạnh công tác phòng chống HIV/AIDS xã Thạch Kim.") == []


# ------------------------------------------------ one ward's bodies written bare or in lower case


def test_wards_bodies_after_titles_in_lower_case_and_its_front_board_again():
    assert rows("Ban thường trực Uỷ ban MTTQ Việt Nam phường Hòa Phú tổ chức hội nghị. Dự có "
                "đồng chí Lê Văn An – Phó bí thư thường trực đảng uỷ; đồng chí Trần Thị Bình - "
                "Uỷ viên ban thường vụ - Chủ tịch Uỷ ban MTTQ Việt Nam phường Hòa Phú; các đồng "
                "chí Ban thường trực Uỷ ban MTTQ.") == [
        ("Ban thường trực Uỷ ban MTTQ Việt Nam phường Hòa Phú",
         "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Phú"),
        ("đảng uỷ", "Đảng ủy phường Hòa Phú"),
        ("ban thường vụ", "Ban Thường vụ Đảng ủy phường Hòa Phú"),
        ("Uỷ ban MTTQ Việt Nam phường Hòa Phú",
         "Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Phú"),
        ("Ban thường trực Uỷ ban MTTQ",
         "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Phú")]



# ------------------------------------------------ a body's site named by its province's initials


def test_body_site_named_by_its_provinces_initials_gives_the_province():
    from tests.nlp.mention_support import organisation_rows

    assert organisation_rows("Dự hội nghị có Phó Chủ tịch Hội Nông dân thành phố.", None,
                             "http://hoinongdanhp.org.vn/tin-tuc/") == [
        ("Hội Nông dân thành phố", "Hội Nông dân thành phố Hải Phòng")]
    # initials two provinces share ("hn": Hà Nội, Hà Nam) name none
    assert organisation_rows("Dự hội nghị có Phó Chủ tịch Hội Nông dân tỉnh.", None,
                             "http://hoinongdanhn.org.vn/tin-tuc/") == [
        ("Hội Nông dân tỉnh", "Hội Nông dân tỉnh")]


# ------------------------------------------------ district names inside a site's address


def test_a_district_spelt_across_a_national_sites_words_is_no_place():
    from baochi.nlp import places

    # "moitruong" after "tainguyen" spells the letters of a district's name across two words
    assert places.host_district("tainguyenmoitruong") is None
    assert places.host_district("hiephoanet") == ("Hiệp Hòa", "Bắc Giang")
    assert places.host_district("vinh24h") == ("Vinh", "Nghệ An")


def test_a_district_label_two_provinces_share_told_apart_by_its_commune():
    from baochi.nlp import places

    assert places.gov_portal("http://thphucuonga.pgdtamnong.edu.vn/x") == (
        "Đồng Tháp", (("huyện", "Tam Nông"),))


# ------------------------------------------------ a Party board in a title list


def test_party_board_in_a_title_list_is_the_board_of_the_body_ending_it():
    assert rows("Đồng chí Lê Văn An, Bí thư Ban Cán sự Đảng, Bộ trưởng, Chủ nhiệm Ủy ban Dân "
                "tộc phát biểu.") == [
        ("Ban Cán sự Đảng", "Ban cán sự Đảng Ủy ban Dân tộc"),
        ("Ủy ban Dân tộc", "Ủy ban Dân tộc")]


# ------------------------------------------------ a school's Young Pioneers' unit written bare


def test_bare_pioneer_unit_after_its_school_is_the_schools():
    assert rows("Liên đội Trường Tiểu học Đông Ba phát động phong trào. Ngay sau khi Liên đội "
                "phát động, học sinh hưởng ứng.", source=None) == [
        ("Liên đội Trường Tiểu học Đông Ba", "Liên đội Trường Tiểu học Đông Ba"),
        ("Liên đội", "Liên đội Trường Tiểu học Đông Ba")]
    assert names("Bệnh viện Đa khoa tỉnh tổ chức ngày hội. Liên đội tham gia.", source=None) == [
        "Bệnh viện Đa khoa tỉnh"]
