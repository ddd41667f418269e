"""Organisation failure kinds of round 27 (issue 14, fixer F42): structure. A body written without
its place, a grouping of provinces and the provinces named after "gồm" (each the body of that
province, the first mention spanning the head); a central organ written in lower case before a
national association ("Ban chấp hành Trung ương Hội …": the association's committee, not the
Party's).

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as orgs

# ------------------------------------------------ a grouping of provinces and its list after "gồm"


def test_a_count_of_provinces_then_the_provinces_after_gom():
    assert orgs("Cụm thi đua Hội Nông dân 4 tỉnh miền Trung gồm: Quảng Nam, Quảng Ngãi, "
                "Bình Định và Phú Yên đã ký kết giao ước.") == [
        ("Hội Nông dân 4 tỉnh miền Trung gồm: Quảng Nam", "Hội Nông dân tỉnh Quảng Nam"),
        ("Quảng Ngãi", "Hội Nông dân tỉnh Quảng Ngãi"),
        ("Bình Định", "Hội Nông dân tỉnh Bình Định"),
        ("Phú Yên", "Hội Nông dân tỉnh Phú Yên")]


def test_a_youth_union_of_listed_provinces_takes_each_provinces_name_and_spelling():
    assert names("Đoàn Thanh niên 3 tỉnh gồm Đak Lak, Gia Lai và Kon Tum trao quà.") == [
        "Tỉnh đoàn Đắk Lắk", "Tỉnh đoàn Gia Lai", "Tỉnh đoàn Kon Tum"]


def test_a_competition_block_named_by_its_word_then_the_provinces():
    assert names("Lãnh đạo Ủy ban MTTQ Việt Nam trong khối gồm Đồng Nai, Bình Phước, "
                 "Bà Rịa–Vũng Tàu dự lễ.") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bà Rịa - Vũng Tàu"]


def test_a_list_that_holds_a_name_of_no_province_is_not_read():
    found = names("Hội Nông dân 3 tỉnh gồm Quảng Nam, Hoàng Long và Phú Yên ký kết.")
    assert "Hội Nông dân tỉnh Quảng Nam" not in found


def test_a_grouping_only_counted_is_not_labelled():
    assert "Hội Nông dân tỉnh Quảng Nam" not in names(
        "Hội Nông dân 4 tỉnh miền Trung đã ký kết giao ước thi đua.")


# ------------------------------------------------ a central organ of a national association


def test_a_central_committee_in_lower_case_before_a_national_association():
    assert orgs("Tại hội nghị Ban chấp hành Trung ương Hội LHPN Việt Nam khóa XIII, nhiều tập "
                "thể được khen.") == [("Ban chấp hành Trung ương Hội LHPN Việt Nam",
                                      "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam")]


def test_the_party_central_committee_alone_stays_the_partys():
    assert names("Hội nghị Ban chấp hành Trung ương lần thứ 10 đã bế mạc.") == [
        "Ban Chấp hành Trung ương Đảng"]


# ------------------------------------------------ a liaison board of a body's former officials


def test_a_liaison_board_of_former_officials_of_a_district_union_is_its_own_body():
    assert orgs("Đoàn viên giao lưu với Ban Liên lạc cựu cán bộ Đoàn huyện Can Lộc.") == [
        ("Ban Liên lạc cựu cán bộ Đoàn huyện Can Lộc",
         "Ban Liên lạc cựu cán bộ Đoàn huyện Can Lộc")]


def test_the_district_union_alone_stays_the_district_union():
    assert names("Đoàn huyện Can Lộc tổ chức lễ ra quân.") == ["Huyện đoàn Can Lộc"]


# ------------------------------------------------ the Youth Union written in full before a unit


def test_the_youth_union_in_full_before_a_local_unit_is_named_doan_thanh_nien():
    assert orgs("Đoàn Thanh niên Cộng sản Hồ Chí Minh UBND huyện Can Lộc trao quà.") == [
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh UBND huyện Can Lộc",
         "Đoàn Thanh niên Ủy ban nhân dân huyện Can Lộc")]


def test_the_youth_union_in_full_before_a_national_unit_keeps_its_full_name():
    assert names("Đoàn TNCS Hồ Chí Minh Cảnh sát biển Việt Nam trao quà.") == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh Cảnh sát biển Việt Nam"]


def test_the_youth_union_in_full_with_a_level_is_the_level_union():
    assert names("Đoàn TNCS Hồ Chí Minh tỉnh Hà Tĩnh phát động.") == ["Tỉnh đoàn Hà Tĩnh"]


# ------------------------------------------------ a province's economic zone bodies written bare


def test_an_economic_zone_union_written_bare_is_the_papers_provinces():
    assert orgs("Chiều 3-2, Công đoàn Khu kinh tế trao quà cho công nhân.") == [
        ("Công đoàn Khu kinh tế", "Công đoàn Khu kinh tế tỉnh Hà Tĩnh")]


def test_an_economic_zone_board_with_its_level_bare_is_the_papers_provinces():
    assert names("Lãnh đạo Ban quản lý Khu kinh tế tỉnh và công nhân dự lễ.") == [
        "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"]


def test_an_economic_zone_union_with_the_zones_own_name_keeps_it():
    assert "Công đoàn Khu kinh tế tỉnh Hà Tĩnh" not in names(
        "Công đoàn Khu kinh tế Vũng Áng trao quà cho công nhân.")


def test_an_economic_zone_union_on_a_city_paper_is_not_placed():
    assert "Công đoàn Khu kinh tế thành phố Hải Phòng" not in names(
        "Công đoàn Khu kinh tế trao quà cho công nhân.", source="baohaiphong")


# ------------------------------------------------ a hamlet's branch written without its union


def test_a_hamlets_branch_takes_the_union_whose_members_the_paragraph_writes_of():
    assert names("Mô hình có 30 hội viên phụ nữ tiêu biểu của chi hội thôn Trung Lương, "
                 "xã Thạch Kim.") == ["Chi hội Phụ nữ thôn Trung Lương xã Thạch Kim"]


def test_a_hamlets_branch_with_members_of_two_unions_takes_neither():
    found = names("Có 30 hội viên phụ nữ và 20 hội viên nông dân của chi hội thôn Trung Lương, "
                  "xã Thạch Kim tham gia.")
    assert not any(n.startswith(("Chi hội Phụ nữ", "Chi hội Nông dân")) for n in found)


# ------------------------------------------------ a police force's committee and branches


def test_a_party_committee_joined_to_a_police_forces_directors_is_the_forces():
    assert orgs("Đảng ủy - Giám đốc Công an tỉnh Hà Tĩnh luôn quan tâm công tác phụ nữ.") == [
        ("Đảng ủy", "Đảng ủy Công an tỉnh Hà Tĩnh"), ("Công an tỉnh Hà Tĩnh",
                                                      "Công an tỉnh Hà Tĩnh")]


def test_a_union_before_the_bare_police_initials_is_the_named_forces_branch():
    assert "Hội Phụ nữ Công an tỉnh Hà Tĩnh" in names(
        "Công an tỉnh Hà Tĩnh tạo điều kiện để Hội phụ nữ CAT hoạt động hiệu quả.")


def test_a_union_before_the_bare_police_initials_with_no_force_named_is_not_placed():
    assert not any(n.startswith("Hội Phụ nữ Công an") for n in names(
        "Lãnh đạo tạo điều kiện để Hội phụ nữ CAT hoạt động hiệu quả."))


# ------------------------------------------------ a commune named with its kind before its name


def test_a_bare_commune_body_takes_the_border_commune_named_before_it():
    assert "Ủy ban nhân dân xã Khổng Lào" in names(
        "Tại bản Nà Vàng (xã biên giới Khổng Lào), Đồn Biên phòng phối hợp với Ủy ban Nhân dân "
        "xã tổ chức chương trình.", source="baolaichau")


# ------------------------------------------------ a bank written again by its head and level


def test_a_bare_district_bank_after_its_full_name_is_that_bank():
    assert names("Nhờ vốn vay từ Ngân hàng CSXH huyện Can Lộc, chị thoát nghèo. Chị được vay "
                 "vốn Ngân hàng huyện để mua bò.") == [
        "Ngân hàng Chính sách xã hội huyện Can Lộc", "Ngân hàng Chính sách xã hội huyện Can Lộc"]


def test_a_bare_district_bank_with_no_bank_named_before_is_not_read():
    assert names("Chị được vay vốn Ngân hàng huyện để mua bò.") == []


# ------------------------------------------------ bare bodies before "các sở, ban, ngành" and a level


def test_bare_councils_before_the_provinces_agencies_take_the_province():
    assert orgs("Dự lễ có lãnh đạo HĐND, UBND và các sở, ban, ngành của tỉnh.") == [
        ("HĐND", "Hội đồng nhân dân tỉnh Hà Tĩnh"), ("UBND", "Ủy ban nhân dân tỉnh Hà Tĩnh")]


def test_bare_councils_before_a_districts_agencies_take_the_district_named():
    assert names("Tại huyện Can Lộc, lãnh đạo HĐND, UBND và các phòng, ban, ngành của huyện "
                 "dự lễ.") == ["Hội đồng nhân dân huyện Can Lộc", "Ủy ban nhân dân huyện Can Lộc"]


def test_a_place_after_a_body_written_without_its_level_is_no_body_of_the_lists_opener():
    found = names("Lãnh đạo Ủy ban MTTQ tỉnh, Sở LĐ-TB&XH và huyện Can Lộc đến thăm các em.")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Can Lộc" not in found
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh" in found
